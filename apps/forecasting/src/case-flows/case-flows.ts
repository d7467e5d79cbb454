import { Injectable } from '@nestjs/common';
import {
  Args,
  Context,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { CaseFlowEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import {
  CurrentIdentity,
  IsCount,
  LoaderContext,
  RequireRoles,
  requestLoader,
  stockholmToday,
} from '@kvalitetsnav/service-kit';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { ForecastingError, ForecastingErrorCode, invalid, notFound } from '../errors/forecasting-error';
import { addMonth, caseFlowProblems, missingMonths, monthsBetween } from '../rules/months';
import { CaseFlowReport, CaseFlowSource, CaseFlowSourceEnum, ClosureReason } from './case-flow.entities';

const month = (field: string): PropertyDecorator =>
  Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `${field} must be a month YYYY-MM` });

@InputType()
export class ReasonCountInput {
  @Field()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'closedByReason.reason must be a reason code' })
  reason!: string;
  @Field(() => Int) @IsCount('closedByReason.count', 1_000_000) count!: number;
}

@InputType()
export class SubmitCaseFlowReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'unitId must be a UUID' }) unitId!: string;
  @Field({ description: 'The service, e.g. FAMILY_SUPPORT.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'service must be an UPPER_SNAKE code' })
  service!: string;
  @Field() @month('month') month!: string;
  @Field(() => CaseFlowSourceEnum, { defaultValue: 'PROVIDER' })
  @IsEnum(CaseFlowSourceEnum, { message: 'source must be PROVIDER or ADMINISTRATION' })
  source!: CaseFlowSource;
  @Field(() => Int) @IsCount('incoming', 1_000_000) incoming!: number;
  @Field(() => Int) @IsCount('outgoing', 1_000_000) outgoing!: number;
  @Field(() => [ReasonCountInput], {
    description: 'The closed (outgoing) cases by underlying reason; they must add up to outgoing.',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReasonCountInput)
  closedByReason!: ReasonCountInput[];
}

@InputType()
export class CaseFlowFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'unitId must be a UUID' }) unitId?:
    string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() service?: string | null;
  @Field(() => CaseFlowSourceEnum, { defaultValue: 'PROVIDER' }) @IsEnum(CaseFlowSourceEnum) source!: CaseFlowSource;
  @Field(() => String, { nullable: true }) @IsOptional() @month('from') from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @month('to') to?: string | null;
}

@ObjectType({ description: "A month's case flows added up: new, closed, and the balance." })
export class CaseFlowMonth {
  @Field() month!: string;
  @Field(() => Int) incoming!: number;
  @Field(() => Int) outgoing!: number;
  @Field(() => Int, { description: 'incoming − outgoing: positive means the caseload grew.' }) balance!: number;
  @Field(() => Int, { description: 'Reports behind the figure.' }) reports!: number;
}

@ObjectType()
export class MissingCaseFlowMonths {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => [String]) months!: string[];
}

/** The Unit and Provider entities owned by contracts, extended here with their case flows. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID) id!: string;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Provider {
  @Field(() => ID) id!: string;
}

const currentMonth = () => stockholmToday().slice(0, 7);

/** Reports (ordered by month) summed per month from the filter's first to last month, gaps as zero. */
function totalsPerMonth(reports: CaseFlowReport[], filter: CaseFlowFilter): CaseFlowMonth[] {
  if (!reports.length) return [];
  const from = filter.from ?? reports[0].month;
  const to = filter.to ?? reports[reports.length - 1].month;
  return monthsBetween(from, to).map((m) => {
    const inMonth = reports.filter((r) => r.month === m);
    const incoming = inMonth.reduce((s, r) => s + r.incoming, 0);
    const outgoing = inMonth.reduce((s, r) => s + r.outgoing, 0);
    return { month: m, incoming, outgoing, balance: incoming - outgoing, reports: inMonth.length };
  });
}

@Injectable()
export class CaseFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  reasons(): Promise<ClosureReason[]> {
    return this.dataSource.getRepository(ClosureReason).find({ where: { active: true }, order: { code: 'ASC' } });
  }

  async submit(input: SubmitCaseFlowReportInput, identity: Identity): Promise<CaseFlowReport> {
    const own = ownProviderId(identity);
    if (own && input.source !== 'PROVIDER')
      throw new ForecastingError(
        ForecastingErrorCode.FORBIDDEN,
        'a provider reports its own service cases (source PROVIDER)',
        'source',
      );
    const reasons = (await this.reasons()).map((r) => r.code);
    const problems = caseFlowProblems(input, currentMonth(), reasons);
    if (problems.length) throw invalid(problems[0].field, problems.map((p) => p.message).join('; '));
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneBy(UnitRef, { id: input.unitId });
      if (!unit)
        throw notFound('unitId', `unitId ${input.unitId} is not a known unit (units are registered in contracts)`);
      if (own && own !== unit.providerId)
        throw new ForecastingError(
          ForecastingErrorCode.FORBIDDEN,
          `unitId ${input.unitId} is a unit of another provider`,
          'unitId',
        );
      // Serialises resubmissions of one unit, service and month so versions do not collide.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `${unit.id}:${input.service}:${input.month}:${input.source}`,
      ]);
      const [{ max }] = await manager.query(
        `SELECT COALESCE(MAX(version), 0) AS max FROM case_flow_report WHERE unit_id = $1 AND service = $2 AND month = $3 AND source = $4`,
        [unit.id, input.service, input.month, input.source],
      );
      const report = manager.create(CaseFlowReport, {
        ...input,
        id: randomUUID(),
        providerId: unit.providerId,
        version: Number(max) + 1,
        submittedBy: identity.sub,
        submittedAt: new Date(),
      });
      await manager.insert(CaseFlowReport, report);
      if (report.source === 'PROVIDER') {
        const payload: CaseFlowEventV1 = {
          id: report.id,
          unitId: report.unitId,
          providerId: report.providerId,
          service: report.service,
          month: report.month,
          incoming: report.incoming,
          outgoing: report.outgoing,
          version: report.version,
        };
        await this.outbox.enqueue(manager, {
          topic: 'forecasting.case-flow.v1',
          key: report.unitId,
          type: 'CaseFlowReported',
          payload,
        });
      }
      return report;
    });
  }

  /** The latest version of each report the filter selects. */
  async latest(
    filter: CaseFlowFilter,
    identity: Identity,
    owners?: { column: 'unit_id' | 'provider_id'; ids: readonly string[] },
  ): Promise<CaseFlowReport[]> {
    const own = ownProviderId(identity);
    if (own && filter.providerId && filter.providerId !== own) return [];
    const conditions = ['source = $1'];
    const params: unknown[] = [filter.source ?? 'PROVIDER'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.unitId) add('unit_id = ?', filter.unitId);
    if (own ?? filter.providerId) add('provider_id = ?', own ?? filter.providerId);
    if (filter.service) add('service = ?', filter.service);
    if (filter.from) add('month >= ?', filter.from);
    if (filter.to) add('month <= ?', filter.to);
    if (owners) add(`${owners.column} = ANY(?)`, owners.ids);
    const rows = await this.dataSource.query(
      `SELECT DISTINCT ON (unit_id, service, month, source) id FROM case_flow_report WHERE ${conditions.join(' AND ')} ORDER BY unit_id, service, month, source, version DESC`,
      params,
    );
    if (!rows.length) return [];
    return this.dataSource
      .getRepository(CaseFlowReport)
      .createQueryBuilder('r')
      .whereInIds(rows.map((r: { id: string }) => r.id))
      .orderBy('r.month')
      .addOrderBy('r.service')
      .getMany();
  }

  /** Monthly totals over every month from the first to the last reported (gaps as zero reports). */
  async monthly(filter: CaseFlowFilter, identity: Identity): Promise<CaseFlowMonth[]> {
    return totalsPerMonth(await this.latest(filter, identity), filter);
  }

  /**
   * `monthly` for many units (or providers) in one query, as each would get it with its id in
   * the filter: the gateway asks for the case flows of every unit in a list at once.
   */
  async monthlyEach(
    filter: CaseFlowFilter,
    by: 'unitId' | 'providerId',
    ids: readonly string[],
    identity: Identity,
  ): Promise<CaseFlowMonth[][]> {
    const reports = await this.latest({ ...filter, [by]: undefined }, identity, {
      column: by === 'unitId' ? 'unit_id' : 'provider_id',
      ids,
    });
    const reportsOf = new Map<string, CaseFlowReport[]>(ids.map((id) => [id, []]));
    for (const r of reports) reportsOf.get(r[by])?.push(r);
    return ids.map((id) => totalsPerMonth(reportsOf.get(id)!, filter));
  }

  /** Per unit that reports case flows: the ended months from its first report with no report. */
  async missing(from: string | null | undefined, identity: Identity): Promise<MissingCaseFlowMonths[]> {
    const own = ownProviderId(identity);
    const rows: { unit_id: string; provider_id: string; months: string[] }[] = await this.dataSource.query(
      `SELECT unit_id, provider_id, array_agg(DISTINCT month) AS months FROM case_flow_report WHERE source = 'PROVIDER' ${own ? 'AND provider_id = $1' : ''} GROUP BY unit_id, provider_id`,
      own ? [own] : [],
    );
    const last = addMonth(currentMonth(), -1);
    const units = await this.dataSource.getRepository(UnitRef).find();
    return rows
      .map((r) => {
        const first = [...r.months].sort()[0];
        return {
          unitId: r.unit_id,
          unitName: units.find((u) => u.id === r.unit_id)?.name ?? r.unit_id,
          providerId: r.provider_id,
          months: missingMonths(r.months, from && from > first ? from : first, last),
        };
      })
      .filter((m) => m.months.length);
  }
}

const REPORTERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL'] as const;
const READERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] as const;

@Resolver()
export class CaseFlowsResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @Mutation(() => CaseFlowReport, {
    description: "A month's incoming and outgoing cases for a unit and service; resubmitting makes a new version.",
  })
  @RequireRoles(...REPORTERS)
  submitCaseFlowReport(
    @Args('input') input: SubmitCaseFlowReportInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowReport> {
    return this.caseFlows.submit(input, identity);
  }

  @Query(() => [CaseFlowReport], { description: 'The latest version of each report; a provider sees its own.' })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  caseFlowReports(
    @Args('filter', { type: () => CaseFlowFilter, nullable: true }) filter: CaseFlowFilter | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowReport[]> {
    return this.caseFlows.latest(filter ?? { source: 'PROVIDER' }, identity);
  }

  @Query(() => [CaseFlowMonth], { description: 'Throughput: new and closed cases per month and the balance.' })
  @RequireRoles(...READERS)
  caseFlowKpis(
    @Args('filter', { type: () => CaseFlowFilter, nullable: true }) filter: CaseFlowFilter | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowMonth[]> {
    return this.caseFlows.monthly(filter ?? { source: 'PROVIDER' }, identity);
  }

  @Query(() => [MissingCaseFlowMonths], {
    description: 'Units that report case flows, with the ended months they have not reported.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  missingCaseFlowMonths(
    @CurrentIdentity() identity: Identity,
    @Args('from', { nullable: true, description: 'YYYY-MM' }) from?: string,
  ): Promise<MissingCaseFlowMonths[]> {
    return this.caseFlows.missing(from, identity);
  }

  @Query(() => [ClosureReason], { description: 'The managed list of reasons a case was closed.' })
  closureReasons(): Promise<ClosureReason[]> {
    return this.caseFlows.reasons();
  }
}

@Resolver(() => Unit)
export class UnitCaseFlowResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @ResolveField(() => [CaseFlowMonth], { description: "The unit's reported case flows per month." })
  caseFlow(
    @Parent() unit: Unit,
    @CurrentIdentity() identity: Identity,
    @Context() context: LoaderContext,
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
  ): Promise<CaseFlowMonth[]> {
    const filter: CaseFlowFilter = { source: 'PROVIDER', from, to };
    return requestLoader(context, `unitCaseFlow:${from}:${to}`, (ids: readonly string[]) =>
      this.caseFlows.monthlyEach(filter, 'unitId', ids, identity),
    ).load(unit.id);
  }
}

@Resolver(() => Provider)
export class ProviderCaseFlowResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @ResolveField(() => [CaseFlowMonth], {
    description: "The provider's reported case flows per month, all units together.",
  })
  caseFlow(
    @Parent() provider: Provider,
    @CurrentIdentity() identity: Identity,
    @Context() context: LoaderContext,
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
  ): Promise<CaseFlowMonth[]> {
    const filter: CaseFlowFilter = { source: 'PROVIDER', from, to };
    return requestLoader(context, `providerCaseFlow:${from}:${to}`, (ids: readonly string[]) =>
      this.caseFlows.monthlyEach(filter, 'providerId', ids, identity),
    ).load(provider.id);
  }
}
