import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { DecisionNotExecuted } from './decision-not-executed.entity';

@ObjectType()
export class SectorCount {
  @Field({ description: 'A code from sectors.' }) sector!: string;
  @Field({ description: "The sector's name." }) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'Decisions not executed within three months, as reported to IVO and the board for a quarter.',
})
export class QuarterReport {
  @Field({ description: 'YYYY-Qn.' }) quarter!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '1–4.' }) number!: number;
  @Field(() => Int) count!: number;
  @Field(() => [SectorCount]) bySector!: SectorCount[];
  @Field({ description: 'The quarter has ended, so it can be reported to IVO.' }) ended!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was marked as reported to IVO.' })
  reportedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Stockholm) of reportedAt.' })
  reportedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Who marked it as reported (their name).' })
  reportedBy!: string | null;
  @Field(() => Int, { nullable: true, description: 'How many were reportable when it was reported.' })
  reportedCount!: number | null;
}

@ObjectType({
  description: 'One group of a quarter’s reportable decisions, as a share of all reportable that quarter.',
})
export class DecisionGroup {
  @Field({ description: 'The intervention, or the DecisionLaw or Gender value.' }) key!: string;
  @Field(() => Int, { description: 'Reportable decisions in the group.' }) numerator!: number;
  @Field(() => Int, { description: 'All reportable decisions in the quarter.' }) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1; none when nothing is reportable.' })
  share!: number | null;
  @Field(() => Int, { description: 'Of the group, executed (or resumed) during the quarter.' })
  executedInQuarter!: number;
}

@ObjectType({ description: 'The quarterly board report on decisions not executed: the reportable ones, broken down.' })
export class DecisionQuarterBreakdown {
  @Field({ description: 'YYYY-Qn.' }) quarter!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'Of them, executed (or resumed) during the quarter.' }) executedInQuarter!: number;
  @Field(() => [DecisionGroup], { description: 'Most first.' }) byIntervention!: DecisionGroup[];
  @Field(() => [DecisionGroup], { description: 'SOL, LSS.' }) byLaw!: DecisionGroup[];
  @Field(() => [DecisionGroup], { description: 'WOMAN, MAN, NOT_STATED.' }) byGender!: DecisionGroup[];
  @Field(() => [DecisionNotExecuted], { description: 'The reportable decisions, oldest decision first.' })
  decisions!: DecisionNotExecuted[];
  @Field(() => QuarterReport) status!: QuarterReport;
}
