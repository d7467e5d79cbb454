import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import type { Half } from '@kvalitetsnav/calendar';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Unit } from '../units/unit.entity';
import { BusinessReport } from './business-report.entity';
import { SubmitBusinessReportInput, SubmitStaffingReportInput } from './provider-reports.inputs';
import { ProviderReportKindEnum, ReportDue } from './provider-reports.models';
import { ProviderReportsService, ReportKind } from './provider-reports.service';
import { StaffingReport } from './staffing-report.entity';

const SUBMITTERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL'] as const;
const READERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] as const;

@Resolver()
export class ProviderReportsResolver {
  constructor(private readonly reports: ProviderReportsService) {}

  @Mutation(() => BusinessReport, {
    description: "Submits a unit's yearly business report; resubmitting makes a new version and keeps the old.",
  })
  @RequireRoles(...SUBMITTERS)
  submitBusinessReport(
    @Args('input') input: SubmitBusinessReportInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<BusinessReport> {
    return this.reports.submitBusinessReport(input, identity);
  }

  @Mutation(() => StaffingReport, {
    description: "Submits a unit's staffing report for a half-year; resubmitting makes a new version.",
  })
  @RequireRoles(...SUBMITTERS)
  submitStaffingReport(
    @Args('input') input: SubmitStaffingReportInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<StaffingReport> {
    return this.reports.submitStaffingReport(input, identity);
  }

  @Query(() => [BusinessReport], { description: 'Every version, newest first; a provider sees only its own.' })
  @RequireRoles(...READERS)
  businessReports(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<BusinessReport[]> {
    return this.reports.businessReports(identity, { unitId, providerId, year });
  }

  @Query(() => [StaffingReport], { description: 'Every version, newest first; a provider sees only its own.' })
  @RequireRoles(...READERS)
  staffingReports(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('half', { type: () => Int, nullable: true }) half?: number,
  ): Promise<StaffingReport[]> {
    return this.reports.staffingReports(identity, { unitId, providerId, year, half: half as Half | undefined });
  }

  @Query(() => [ReportDue], {
    description:
      "Per unit, last year's business report and the staffing reports of the half-year that ended and the one under way: due date and state. A provider sees its own units.",
  })
  @RequireRoles(...READERS)
  reportsDue(
    @CurrentIdentity() identity: Identity,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
  ): Promise<ReportDue[]> {
    return this.reports.reportsDue(identity, providerId);
  }

  @Query(() => [Unit], { description: 'Units whose provider has not submitted the report for the period.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  unitsMissingReport(
    @Args('kind', { type: () => ProviderReportKindEnum }) kind: ReportKind,
    @Args('year', { type: () => Int }) year: number,
    @Args('half', { type: () => Int, nullable: true }) half?: number,
  ): Promise<Unit[]> {
    return this.reports.missingReports(kind, year, (half ?? null) as Half | null);
  }
}

@Resolver(() => Unit)
export class UnitReportsResolver {
  constructor(private readonly reports: ProviderReportsService) {}

  @ResolveField(() => [BusinessReport], { description: 'Business reports, every version, newest first.' })
  businessReports(@Parent() unit: Unit, @CurrentIdentity() identity: Identity): Promise<BusinessReport[]> {
    return this.reports.businessReports(identity, { unitId: unit.id });
  }

  @ResolveField(() => [StaffingReport], { description: 'Staffing reports, every version, newest first.' })
  staffingReports(@Parent() unit: Unit, @CurrentIdentity() identity: Identity): Promise<StaffingReport[]> {
    return this.reports.staffingReports(identity, { unitId: unit.id });
  }
}
