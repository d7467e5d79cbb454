import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Ratio } from '../statistics/statistics.models';
import { ACT_DECISIONS, IMPROVEMENT_PHASES, STUDY_RESULTS } from './improvement-cycle-rules';
import { IMPROVEMENT_INTERVALS } from './improvement-statistics-rules';

export const ImprovementPhaseEnum = registerStringEnum(
  IMPROVEMENT_PHASES,
  'ImprovementPhase',
  'Plan, do, study, act (PDSA), then done.',
);
export const StudyResultEnum = registerStringEnum(
  STUDY_RESULTS,
  'StudyResult',
  'Whether the improvement worked, as studied.',
);
export const ActDecisionEnum = registerStringEnum(
  ACT_DECISIONS,
  'ActDecision',
  'Adopt, adapt (another cycle) or abandon.',
);
export const ImprovementIntervalEnum = registerStringEnum(
  IMPROVEMENT_INTERVALS,
  'ImprovementInterval',
  'Improvements are counted per quarter or per year.',
);

@ObjectType({ description: "A contracts follow-up as deviations knows it (its copy of contracts' follow-ups)." })
export class FollowUpReference {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) contractId!: string | null;
  @Field(() => ID, { nullable: true }) providerId!: string | null;
  @Field({ description: 'FollowUpType in contracts.' }) type!: string;
  @Field({ description: 'FollowUpStatus in contracts.' }) status!: string;
}

@ObjectType({ description: 'Improvements in a quarter or year: started, finished by outcome, still open at its end.' })
export class ImprovementStatisticsPeriod {
  @Field({ description: 'YYYY-Qn or YYYY.' }) period!: string;
  @Field({ description: 'The first day counted, YYYY-MM-DD (the filter cuts the first period).' }) from!: string;
  @Field({ description: 'The last day counted, YYYY-MM-DD (the filter cuts the last period).' }) to!: string;
  @Field(() => Int, { description: 'Started in the period.' }) started!: number;
  @Field(() => Int, { description: 'With their ACT phase completed in the period.' }) finished!: number;
  @Field(() => Ratio, { description: 'Adopted (it worked), of the finished.' }) adopted!: Ratio;
  @Field(() => Ratio, { description: 'Adapted for another cycle, of the finished.' }) adapted!: Ratio;
  @Field(() => Ratio, { description: 'Abandoned, of the finished.' }) abandoned!: Ratio;
  @Field(() => Int, { description: "Started by the period's end and not adopted or abandoned by then." })
  openAtEnd!: number;
}
