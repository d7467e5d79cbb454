import { Field, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Provider } from './provider.entity';

export const PROVIDER_SORT_FIELDS = ['NAME', 'ORGANISATION_NUMBER', 'OWNERSHIP', 'CREATED_AT'] as const;
export type ProviderSortField = (typeof PROVIDER_SORT_FIELDS)[number];
export const ProviderSortFieldEnum = registerStringEnum(
  PROVIDER_SORT_FIELDS,
  'ProviderSortField',
  'What a list of providers is sorted by.',
);

@ObjectType({ description: 'One part of the list of providers, and how many there are in all.' })
export class ProvidersPage {
  @Field(() => [Provider])
  items!: Provider[];

  @Field(() => Int, { description: 'How many providers match the filter, over all parts.' })
  total!: number;
}
