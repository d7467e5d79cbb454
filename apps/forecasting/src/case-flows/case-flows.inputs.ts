import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsCode, IsCount, IsId, IsList, IsMonth, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { CASE_FLOW_SOURCES, type CaseFlowSource } from './case-flow-rules';
import { CaseFlowSourceEnum } from './case-flows.models';

@InputType()
export class ReasonCountInput {
  @Field() @IsCode() reason!: string;
  @Field(() => Int) @IsCount(1_000_000) count!: number;
}

@InputType()
export class SubmitCaseFlowReportInput {
  @Field(() => ID) @IsId() unitId!: string;
  @Field({ description: 'The service, e.g. FAMILY_SUPPORT.' }) @IsCode() service!: string;
  @Field() @IsMonth() month!: string;
  @Field(() => CaseFlowSourceEnum, { defaultValue: 'PROVIDER' }) @IsOneOf(CASE_FLOW_SOURCES) source!: CaseFlowSource;
  @Field(() => Int) @IsCount(1_000_000) incoming!: number;
  @Field(() => Int) @IsCount(1_000_000) outgoing!: number;
  @Field(() => [ReasonCountInput], {
    description: 'The closed (outgoing) cases by underlying reason; they must add up to outgoing.',
  })
  @IsList(0, 50)
  @ValidateNested({ each: true })
  @Type(() => ReasonCountInput)
  closedByReason!: ReasonCountInput[];
}

@InputType()
export class CaseFlowFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() unitId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(60, 0) service?: string | null;
  @Field(() => CaseFlowSourceEnum, { defaultValue: 'PROVIDER' }) @IsOneOf(CASE_FLOW_SOURCES) source!: CaseFlowSource;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMonth() from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsMonth() to?: string | null;
}

/** The months of a unit's or provider's case flows, both ends included. */
@ArgsType()
export class CaseFlowMonthsArgs {
  @Field({ nullable: true }) @IsOptional() @IsMonth() from?: string;
  @Field({ nullable: true }) @IsOptional() @IsMonth() to?: string;
}

@ArgsType()
export class MissingCaseFlowMonthsArgs {
  @Field({ nullable: true, description: 'YYYY-MM' }) @IsOptional() @IsMonth() from?: string;
}
