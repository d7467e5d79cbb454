import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { CurrentIdentity, RequireRoles, selectedFields } from '@kvalitetsnav/service-kit';
import { Deviation } from './deviation.entity';
import {
  AssessSeriousnessInput,
  ChangeDeviationStatusInput,
  DeviationFilter,
  DeviationPaging,
  RegisterComplaintInput,
  ReportDeviationInput,
  ReportToIvoInput,
} from './deviations.inputs';
import { Provider } from '../federation/provider.models';
import { Unit } from '../federation/unit.models';
import { DeviationList } from './deviation-list.models';
import { DeviationAssessmentRecord, DeviationStatusChange, TwoMonthRuleStatus } from './deviations.models';
import { DeviationsService } from './deviations.service';
import { twoMonthRule } from './two-month-rules';

// The MAS/MAR among them handles health care deviations and lex Maria only (deviation-access-rules).
const HANDLERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE'] as const;
/** Complaints are no health care deviation: the MAS/MAR does not register them. */
const COMPLAINT_REGISTRARS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'] as const;

@Resolver(() => Deviation)
export class DeviationsResolver {
  constructor(private readonly deviationService: DeviationsService) {}

  @Query(() => [Deviation], {
    description: 'Deviations and complaints, newest first (at most 500); a provider sees only its own.',
  })
  @RequireRoles(...HANDLERS)
  deviations(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true, deprecationReason: 'use filter.unitId' }) unitId?: string,
    @Args('filter', { type: () => DeviationFilter, nullable: true }) filter?: DeviationFilter,
  ): Promise<Deviation[]> {
    return this.deviationService.list(identity, { ...filter, unitId: filter?.unitId ?? unitId });
  }

  @Query(() => DeviationList, {
    description: 'Deviations and complaints a page at a time, sorted and filtered; a provider sees only its own.',
  })
  @RequireRoles(...HANDLERS)
  deviationsPage(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => DeviationFilter, nullable: true }) filter?: DeviationFilter,
    @Args('paging', { type: () => DeviationPaging, nullable: true }) paging?: DeviationPaging,
  ): Promise<DeviationList> {
    return this.deviationService.page(identity, filter ?? {}, paging ?? new DeviationPaging());
  }

  @Query(() => Deviation, {
    nullable: true,
    description:
      'One deviation or complaint. Opened with its texts (description, actions, finalAssessment) or complainant, the read is logged (accessLog, myAccessLog).',
  })
  @RequireRoles(...HANDLERS)
  deviation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Deviation | null> {
    return this.deviationService.openVisible(id, identity, selectedFields(info));
  }

  @Query(() => [Deviation], { description: 'Not finally assessed within two months of the report, oldest first.' })
  @RequireRoles(...HANDLERS)
  overdueDeviations(@CurrentIdentity() identity: Identity): Promise<Deviation[]> {
    return this.deviationService.overdue(identity);
  }

  @Mutation(() => Deviation)
  @RequireRoles(...HANDLERS)
  reportDeviation(
    @Args('input') input: ReportDeviationInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.report(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Registers a comment or complaint (synpunkt/klagomål) about a unit.' })
  @RequireRoles(...COMPLAINT_REGISTRARS)
  registerComplaint(
    @Args('input') input: RegisterComplaintInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.registerComplaint(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Moves a deviation to its next status; who and when are recorded.' })
  @RequireRoles(...HANDLERS)
  changeDeviationStatus(
    @Args('input') input: ChangeDeviationStatusInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.changeStatus(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Lex Sarah / lex Maria: whether it is serious.' })
  @RequireRoles(...HANDLERS)
  assessSeriousness(
    @Args('input') input: AssessSeriousnessInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.assessSeriousness(input, identity);
  }

  @Mutation(() => Deviation, { description: 'Records the report of a serious lex Sarah / lex Maria to IVO.' })
  @RequireRoles(...HANDLERS)
  reportDeviationToIvo(
    @Args('input') input: ReportToIvoInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.deviationService.reportToIvo(input, identity);
  }

  @ResolveField(() => TwoMonthRuleStatus)
  twoMonthRule(@Parent() deviation: Deviation): TwoMonthRuleStatus {
    return twoMonthRule(deviation, stockholmToday());
  }

  @ResolveField(() => [DeviationStatusChange])
  statusHistory(@Parent() deviation: Deviation): Promise<DeviationStatusChange[]> {
    return this.deviationService.transitions(deviation.id);
  }

  @ResolveField(() => [DeviationAssessmentRecord], {
    description: 'Lex Sarah / lex Maria: every seriousness assessment and the report to IVO, oldest first.',
  })
  assessmentHistory(@Parent() deviation: Deviation): Promise<DeviationAssessmentRecord[]> {
    return this.deviationService.assessments(deviation.id);
  }

  @ResolveField(() => Unit, { description: 'The unit, as contracts registered it.' })
  unit(@Parent() deviation: Deviation): Unit {
    return { id: deviation.unitId };
  }

  @ResolveField(() => Provider, { description: "The unit's provider, as contracts registered it." })
  provider(@Parent() deviation: Deviation): Provider {
    return { id: deviation.providerId };
  }
}
