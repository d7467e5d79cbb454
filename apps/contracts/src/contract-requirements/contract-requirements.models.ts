import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { ContractRequirement, RequirementComparisonEnum } from './contract-requirement.entity';
import { REQUIREMENT_OUTCOMES, RequirementComparison, RequirementOutcome } from './requirement-rules';

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

/** The requirement as a finding was judged against it; a later edit of the requirement leaves it as it was. */
@ObjectType({ description: 'The requirement as it was when the finding was recorded (kravet vid bedömningen).' })
export class JudgedRequirement {
  @Field() label!: string;
  @Field(() => RequirementComparisonEnum) comparison!: RequirementComparison;
  @Field(() => Float) target!: number;
  @Field(() => String, { nullable: true }) measureUnit!: string | null;
  @Field(() => Int, { description: "The requirement's version when it was judged." }) version!: number;
}

/** One requirement of the follow-up's contract against what the follow-up found. */
@ObjectType({ description: 'A contract requirement against the finding of a follow-up (krav mot iakttagelse).' })
export class RequirementCheck {
  @Field(() => ContractRequirement) requirement!: ContractRequirement;
  @Field(() => Float, { nullable: true }) measured!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => JudgedRequirement, {
    nullable: true,
    description: 'The requirement as judged; none until a finding is recorded. The outcome is against it.',
  })
  judged!: JudgedRequirement | null;
  @Field({
    description: 'Whether the requirement has been edited in label, comparison, target or unit since it was judged.',
  })
  changedSinceJudged!: boolean;
  @Field(() => RequirementOutcomeEnum, { description: 'The finding against the requirement as judged.' })
  outcome!: RequirementOutcome;
  @Field(() => [GuideAnswerToRequirement], {
    description: "The contract's units' numeric answers in thematic rounds whose question names the requirement's key.",
  })
  guideAnswers!: GuideAnswerToRequirement[];
}
