import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Provider } from '../providers/provider.entity';
import { Unit } from '../units/unit.entity';

export const PROVIDER_ACTIVITY_KINDS = [
  'STAFFING_REPORT',
  'BUSINESS_REPORT',
  'ACTION_PLAN',
  'ACTION_COMPLETED',
] as const;
export type ProviderActivityKind = (typeof PROVIDER_ACTIVITY_KINDS)[number];
export const ProviderActivityKindEnum = registerStringEnum(
  PROVIDER_ACTIVITY_KINDS,
  'ProviderActivityKind',
  "What came in: a staffing or business report (a version), an action plan, or a provider's word that an action is done.",
);

@ObjectType({ description: 'Something a provider handed in, newest first on the officials\u2019 start page.' })
export class ProviderActivity {
  @Field(() => ProviderActivityKindEnum)
  kind!: ProviderActivityKind;

  @Field(() => Provider)
  provider!: Provider;

  @Field(() => Unit, { nullable: true, description: 'The unit a report is for.' })
  unit!: Unit | null;

  @Field(() => Int, { nullable: true, description: "A report's year." })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: "A staffing report's half-year." })
  half!: number | null;

  @Field(() => Int, { nullable: true, description: "A report's version." })
  version!: number | null;

  @Field(() => ID, { nullable: true, description: 'The follow-up an action belongs to.' })
  followUpId!: string | null;

  @Field(() => String, { nullable: true, description: "The action's description." })
  action!: string | null;

  @Field({ description: 'Who handed it in.' })
  by!: string;

  @Field()
  at!: Date;
}
