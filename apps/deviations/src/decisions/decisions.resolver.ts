import { Args, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles, selectedFields } from '@kvalitetsnav/service-kit';
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

  @Query(() => [DecisionNotExecuted], {
    description:
      "Oldest decision first. Each is one person's decision: a read of their intervention, law, gender, dates or reason is logged, one entry with the decisions shown (accessLog, myAccessLog).",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  decisionsNotExecuted(
    @Args('openOnly', { defaultValue: true }) openOnly: boolean,
    @CurrentIdentity() identity: Identity,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DecisionNotExecuted[]> {
    return this.decisions.read(openOnly, identity, selectedFields(info));
  }

  @Query(() => [QuarterReport], {
    description: 'Per quarter of the year: decisions to report to IVO and the board, and whether it was reported.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  decisionsNotExecutedByQuarter(@Args('year', { type: () => Int }) year: number): Promise<QuarterReport[]> {
    return this.decisions.quarters(year);
  }

  @Query(() => DecisionQuarterBreakdown, {
    description:
      "A quarter's board report: the reportable decisions by intervention, law and gender. Reading its decisions (one person's each) is logged; the groups are not.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  decisionsNotExecutedQuarterReport(
    @Args('input') input: DecisionQuarterInput,
    @CurrentIdentity() identity: Identity,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DecisionQuarterBreakdown> {
    return this.decisions.readBreakdown(input.year, input.quarter, identity, selectedFields(info, ['decisions']));
  }
}
