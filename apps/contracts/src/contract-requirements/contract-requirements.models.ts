import { Field, Float, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { ContractRequirement } from './contract-requirement.entity';
import { REQUIREMENT_OUTCOMES, RequirementOutcome } from './requirement-rules';

export const RequirementOutcomeEnum = registerStringEnum(
  REQUIREMENT_OUTCOMES,
  'RequirementOutcome',
  'A requirement against the finding: met, not met, or not assessed (no value found).',
);

/** A unit's numeric answer in a thematic round to a guide question that names the requirement. */
@ObjectType()
export class GuideAnswerToRequirement {
  @Field() followUpTitle!: string;
  @Field() questionText!: string;
  @Field() unitName!: string;
  @Field(() => Float) value!: number;
  @Field(() => RequirementOutcomeEnum) outcome!: RequirementOutcome;
}

/** One requirement of the follow-up's contract against what the follow-up found. */
@ObjectType({ description: 'A contract requirement against the finding of a follow-up (krav mot iakttagelse).' })
export class RequirementCheck {
  @Field(() => ContractRequirement) requirement!: ContractRequirement;
  @Field(() => Float, { nullable: true }) measured!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => RequirementOutcomeEnum) outcome!: RequirementOutcome;
  @Field(() => [GuideAnswerToRequirement], {
    description: "The contract's units' numeric answers in thematic rounds whose question names the requirement's key.",
  })
  guideAnswers!: GuideAnswerToRequirement[];
}
