import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { DecisionNotExecuted } from './decision-not-executed.entity';
import { MarkDecisionExecutedInput, DecisionQuarterInput, RegisterDecisionNotExecutedInput } from './decisions.inputs';
import { DecisionQuarterBreakdown, QuarterReport } from './decisions.models';
import { DecisionsService } from './decisions.service';

@Resolver(() => DecisionNotExecuted)
export class DecisionsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Mutation(() => DecisionNotExecuted)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  registerDecisionNotExecuted(
    @Args('input') input: RegisterDecisionNotExecutedInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<DecisionNotExecuted> {
    return this.decisions.register(input, identity);
  }

  @Mutation(() => DecisionNotExecuted)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  markDecisionExecuted(@Args('input') input: MarkDecisionExecutedInput): Promise<DecisionNotExecuted> {
    return this.decisions.markExecuted(input);
  }

  @Mutation(() => QuarterReport, {
    description: "Records that a quarter's decisions not executed were reported to IVO.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  recordQuarterReported(
    @Args('input') input: DecisionQuarterInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<QuarterReport> {
    return this.decisions.recordQuarterReported(input, identity);
  }

  @Query(() => [DecisionNotExecuted], { description: 'Oldest decision first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  decisionsNotExecuted(@Args('openOnly', { defaultValue: true }) openOnly: boolean): Promise<DecisionNotExecuted[]> {
    return this.decisions.list(openOnly);
  }

  @Query(() => [QuarterReport], {
    description: 'Per quarter of the year: decisions to report to IVO and the board, and whether it was reported.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  decisionsNotExecutedByQuarter(@Args('year', { type: () => Int }) year: number): Promise<QuarterReport[]> {
    return this.decisions.quarters(year);
  }

  @Query(() => DecisionQuarterBreakdown, {
    description: "A quarter's board report: the reportable decisions by intervention, law and gender.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  decisionsNotExecutedQuarterReport(@Args('input') input: DecisionQuarterInput): Promise<DecisionQuarterBreakdown> {
    return this.decisions.breakdown(input.year, input.quarter);
  }
}
