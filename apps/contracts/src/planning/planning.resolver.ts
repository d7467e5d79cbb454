import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { Board } from '../boards/board.entity';
import { BoardsService } from '../boards/boards.service';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { FollowUpPlan } from './follow-up-plan.entity';
import { FollowUpSelection } from './follow-up-selection.entity';
import { FollowUpProposal, PlanProgress, SelectionShares, SkippedOrderedContract } from './planning.models';
import { AcceptProposalsInput, FollowUpPlanInput, PlanFollowUpsInput } from './planning.inputs';
import { PlanningService } from './planning.service';
import { withReasonCodes } from './selection-rules';

const PLANNERS = ['ADMIN', 'QUALITY_OFFICIAL'] as const;
const OFFICIALS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'ORDERING'] as const;

@Resolver(() => FollowUpPlan)
export class FollowUpPlanResolver {
  constructor(
    private readonly planning: PlanningService,
    private readonly boards: BoardsService,
  ) {}

  @Query(() => FollowUpPlan, { nullable: true })
  @RequireRoles(...OFFICIALS)
  followUpPlan(
    @Args('year', { type: () => Int }) year: number,
    @Args('boardId', { type: () => ID, nullable: true, description: 'Leave out for the municipality-wide plan.' })
    boardId?: string | null,
  ): Promise<FollowUpPlan | null> {
    return this.planning.plan(year, boardId);
  }

  @Query(() => [FollowUpPlan], { description: "Every yearly plan, newest first; a board's when one is named." })
  @RequireRoles(...OFFICIALS)
  followUpPlans(@Args('boardId', { type: () => ID, nullable: true }) boardId?: string | null): Promise<FollowUpPlan[]> {
    return this.planning.plans(boardId);
  }

  @ResolveField(() => Board, { nullable: true })
  board(@Parent() plan: FollowUpPlan, @Context() context: LoaderContext): Promise<Board | null> | null {
    return plan.boardId ? this.boards.load(context, plan.boardId) : null;
  }

  @Mutation(() => FollowUpPlan, { description: "Saves the year's plan as the board decided it (creates or replaces)." })
  @RequireRoles(...PLANNERS)
  saveFollowUpPlan(
    @Args('input') input: FollowUpPlanInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUpPlan> {
    return this.planning.savePlan(input, identity);
  }

  @ResolveField(() => [PlanProgress], {
    description: "Specific follow-ups planned and done per the plan's own periods against their targets.",
  })
  progress(@Parent() plan: FollowUpPlan): Promise<PlanProgress[]> {
    return this.planning.progress(plan);
  }

  @ResolveField(() => [FollowUpSelection])
  selections(@Parent() plan: FollowUpPlan): Promise<FollowUpSelection[]> {
    return this.planning.selections(plan.id);
  }
}

@Resolver(() => FollowUpSelection)
export class FollowUpSelectionResolver {
  constructor(private readonly planning: PlanningService) {}

  @Mutation(() => FollowUpSelection, {
    description: 'Proposes contracts to follow up by the thirds rule; stored with its seed.',
  })
  @RequireRoles(...PLANNERS)
  planFollowUps(
    @Args('input') input: PlanFollowUpsInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUpSelection> {
    return this.planning.planFollowUps(input, identity);
  }

  @Mutation(() => [FollowUp], {
    description:
      "Plans specific follow-ups for a selection's proposals: all, or the contracts named in contractIds and input.proposals (those with responsible official and planned date).",
  })
  @RequireRoles(...PLANNERS)
  acceptFollowUpProposals(
    @Args('selectionId', { type: () => ID }) selectionId: string,
    @CurrentIdentity() identity: Identity,
    @Args('contractIds', { type: () => [ID], nullable: true }) contractIds?: string[] | null,
    @Args('input', { type: () => AcceptProposalsInput, nullable: true }) input?: AcceptProposalsInput | null,
  ): Promise<FollowUp[]> {
    return this.planning.accept(selectionId, contractIds ?? null, identity, input?.proposals ?? null);
  }

  @Query(() => FollowUpSelection, { nullable: true })
  @RequireRoles(...OFFICIALS)
  followUpSelection(@Args('id', { type: () => ID }) id: string): Promise<FollowUpSelection | null> {
    return this.planning.selection(id);
  }

  @ResolveField(() => [FollowUpProposal])
  proposals(@Parent() selection: FollowUpSelection): Promise<FollowUpProposal[]> {
    return this.planning.proposals(selection);
  }

  @ResolveField(() => SelectionShares, { description: 'Places per third after rounding.' })
  shares(@Parent() selection: FollowUpSelection): SelectionShares {
    return selection.result.shares;
  }

  @ResolveField(() => Int, { description: 'Places no eligible contract could fill.' })
  shortfall(@Parent() selection: FollowUpSelection): number {
    return selection.result.shortfall;
  }

  @ResolveField(() => [SkippedOrderedContract])
  skippedOrdered(@Parent() selection: FollowUpSelection): SkippedOrderedContract[] {
    return withReasonCodes(selection.result).skippedOrdered;
  }
}
