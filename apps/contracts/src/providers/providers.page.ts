import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ProviderOwnership } from '@kvalitetsnav/events';
import { IsFlag, IsOneOf, IsText, IsWholeNumber, registerStringEnum } from '@kvalitetsnav/service-kit';
import { Provider, ProviderOwnershipEnum } from './provider.entity';

export const PROVIDER_SORT_FIELDS = ['NAME', 'ORGANISATION_NUMBER', 'OWNERSHIP', 'CREATED_AT'] as const;
export type ProviderSortField = (typeof PROVIDER_SORT_FIELDS)[number];
export const ProviderSortFieldEnum = registerStringEnum(
  PROVIDER_SORT_FIELDS,
  'ProviderSortField',
  'What a list of providers is sorted by.',
);

/** Which providers, in what order, and which part of the list. */
@InputType()
export class ProvidersPageInput {
  @Field({ nullable: true, description: 'Providers whose name contains this, in any case.' })
  @IsOptional()
  @IsText(200)
  nameContains?: string;

  @Field(() => ProviderOwnershipEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(ProviderOwnershipEnum)
  ownership?: ProviderOwnership;

  @Field(() => ProviderSortFieldEnum, { nullable: true, defaultValue: 'NAME' })
  @IsOptional()
  @IsOneOf(ProviderSortFieldEnum)
  sortBy?: ProviderSortField;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsFlag()
  descending?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'How many providers to skip.' })
  @IsOptional()
  @IsWholeNumber(0, 1_000_000)
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'At most this many, 1 to 100.' })
  @IsOptional()
  @IsWholeNumber(1, 100)
  limit?: number;
}

@ObjectType({ description: 'One part of the list of providers, and how many there are in all.' })
export class ProvidersPage {
  @Field(() => [Provider])
  items!: Provider[];

  @Field(() => Int, { description: 'How many providers match the filter, over all parts.' })
  total!: number;
}
