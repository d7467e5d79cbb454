import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { Provider } from '../providers/provider.entity';
import { FollowUp, FollowUpStatusEnum, FollowUpTypeEnum } from './follow-up.entity';
import { FollowUpAction } from './follow-up-action.entity';
import {
  ActionPlanInput,
  CancelFollowUpInput,
  CreateFollowUpInput,
  FollowUpPageArgs,
  HalfYearReportArgs,
  PrepareFollowUpInput,
  PresentToBoardInput,
  RecheckActionInput,
  ReportFollowUpInput,
} from './follow-ups.inputs';
import { FollowUpPage, HalfYearFollowUpReport } from './follow-ups.models';
import { FollowUpsService } from './follow-ups.service';

const OFFICIALS = ['ADMIN', 'QUALITY_OFFICIAL'] as const;
const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING'] as const;

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(private readonly followUpService: FollowUpsService) {}

  @Query(() => [FollowUp], { description: "Follow-ups by planned date; a provider's key sees only its own." })
  @RequireRoles(...READERS)
  followUps(
    @CurrentIdentity() identity: Identity,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('status', { type: () => FollowUpStatusEnum, nullable: true }) status?: FollowUpStatus,
    @Args('type', { type: () => FollowUpTypeEnum, nullable: true }) type?: FollowUpType,
    @Args('contractId', { type: () => ID, nullable: true }) contractId?: string,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
  ): Promise<FollowUp[]> {
    return this.followUpService.list(identity, { year, status, type, contractId, providerId });
  }

  @Query(() => FollowUpPage, {
    description: "A page of follow-ups, filtered and sorted by the database; a provider's key sees only its own.",
  })
  @RequireRoles(...READERS)
  followUpsPage(@CurrentIdentity() identity: Identity, @Args() args: FollowUpPageArgs): Promise<FollowUpPage> {
    return this.followUpService.page(identity, args);
  }

  @Query(() => FollowUp, { nullable: true, description: 'Null for an id that names no follow-up the caller may see.' })
  @RequireRoles(...READERS)
  followUp(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUp | null> {
    return this.followUpService.findVisible(id, identity);
  }

  @Query(() => [FollowUpAction], {
    description: 'Required actions past their deadline and not completed, oldest deadline first.',
  })
  @RequireRoles(...READERS)
  overdueFollowUpActions(@CurrentIdentity() identity: Identity): Promise<FollowUpAction[]> {
    return this.followUpService.overdueActions(identity);
  }

  @Query(() => [FollowUp], {
    description: 'Reported follow-ups with a decision case, waiting for the next board meeting.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  boardQueue(
    @Args('boardId', { type: () => ID, nullable: true, description: "The board's: its contracts' follow-ups." })
    boardId?: string | null,
  ): Promise<FollowUp[]> {
    return this.followUpService.boardQueue(boardId ?? null);
  }

  @Query(() => HalfYearFollowUpReport)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  halfYearFollowUpReport(@Args() { year, month, boardId }: HalfYearReportArgs): Promise<HalfYearFollowUpReport> {
    return this.followUpService.halfYearReport(year, month, boardId ?? null);
  }

  @Mutation(() => FollowUp)
  @RequireRoles(...OFFICIALS)
  createFollowUp(@Args('input') input: CreateFollowUpInput, @CurrentIdentity() identity: Identity): Promise<FollowUp> {
    return this.followUpService.create(input, identity);
  }

  @Mutation(() => FollowUp, {
    description: 'Names the officials, methods and preparation done; only the fields given change.',
  })
  @RequireRoles(...OFFICIALS)
  prepareFollowUp(
    @Args('input') input: PrepareFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUp> {
    return this.followUpService.prepare(input, identity);
  }

  @Mutation(() => FollowUp)
  @RequireRoles(...OFFICIALS)
  startFollowUp(@Args('id', { type: () => ID }) id: string, @CurrentIdentity() identity: Identity): Promise<FollowUp> {
    return this.followUpService.start(id, identity);
  }

  @Mutation(() => FollowUp, {
    description: 'Records findings and required actions; a decision case goes to the board queue.',
  })
  @RequireRoles(...OFFICIALS)
  reportFollowUp(@Args('input') input: ReportFollowUpInput, @CurrentIdentity() identity: Identity): Promise<FollowUp> {
    return this.followUpService.report(input, identity);
  }

  @Mutation(() => FollowUp, { description: 'Closes a reported follow-up once every required action is verified.' })
  @RequireRoles(...OFFICIALS)
  closeFollowUp(@Args('id', { type: () => ID }) id: string, @CurrentIdentity() identity: Identity): Promise<FollowUp> {
    return this.followUpService.close(id, identity);
  }

  @Mutation(() => FollowUp)
  @RequireRoles(...OFFICIALS)
  cancelFollowUp(@Args('input') input: CancelFollowUpInput, @CurrentIdentity() identity: Identity): Promise<FollowUp> {
    return this.followUpService.cancel(input.followUpId, input.reason, identity);
  }

  @Mutation(() => FollowUp, { description: "Marks the follow-up report as published on the municipality's website." })
  @RequireRoles(...OFFICIALS)
  publishFollowUpReport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUp> {
    return this.followUpService.publishReport(id, identity);
  }

  @Mutation(() => FollowUp, { description: 'Records the board meeting a decision case was presented at.' })
  @RequireRoles(...OFFICIALS)
  presentFollowUpToBoard(
    @Args('input') input: PresentToBoardInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUp> {
    return this.followUpService.presentToBoard(input.followUpId, input.meetingOn, identity);
  }

  @Mutation(() => FollowUpAction, { description: "The provider's action plan for a required action." })
  @RequireRoles('PROVIDER', ...OFFICIALS)
  submitActionPlan(
    @Args('input') input: ActionPlanInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUpAction> {
    return this.followUpService.submitActionPlan(input.actionId, input.plan, identity);
  }

  @Mutation(() => FollowUpAction, {
    description: 'The provider reports a required action done; an official verifies it at re-check.',
  })
  @RequireRoles('PROVIDER', ...OFFICIALS)
  completeFollowUpAction(
    @Args('actionId', { type: () => ID }) actionId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUpAction> {
    return this.followUpService.completeAction(actionId, identity);
  }

  @Mutation(() => FollowUpAction, {
    description: 'Re-check (återkontroll): verified when met, back to the provider when not.',
  })
  @RequireRoles(...OFFICIALS)
  recheckFollowUpAction(
    @Args('input') input: RecheckActionInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUpAction> {
    return this.followUpService.recheckAction(input, identity);
  }

  @ResolveField(() => [FollowUpAction])
  actions(@Parent() followUp: FollowUp): Promise<FollowUpAction[]> {
    return this.followUpService.actionsOf(followUp.id);
  }

  @ResolveField(() => Provider, { nullable: true, description: 'The provider of its contract; none when overarching.' })
  provider(@Parent() followUp: FollowUp, @Context() context: LoaderContext): Promise<Provider | null> | null {
    return followUp.providerId ? this.followUpService.providerOf(context, followUp.providerId) : null;
  }

  @ResolveField(() => Contract, { nullable: true })
  contract(@Parent() followUp: FollowUp, @Context() context: LoaderContext): Promise<Contract | null> | null {
    return followUp.contractId ? this.followUpService.contractOf(context, followUp.contractId) : null;
  }
}
