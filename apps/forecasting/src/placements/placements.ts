import { Injectable } from '@nestjs/common';
import { Args, Field, Float, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNumber, Matches, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IsCount, RequireRoles, stockholmToday } from '@kvalitetsnav/service-kit';
import { invalid } from '../errors/forecasting-error';
import { PlacementReport } from './placement.entity';

@InputType()
export class PlacementReportInput {
  @Field() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month YYYY-MM' }) month!: string;
  @Field({ description: 'HVB, FAMILY_HOME, SUPPORTED_HOUSING, ...' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'form must be an UPPER_SNAKE code' })
  form!: string;
  @Field(() => Int) @IsCount('placed', 10_000_000) placed!: number;
  @Field(() => Int) @IsCount('careDays', 10_000_000) careDays!: number;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'costSek must be a number' })
  @Min(0, { message: 'costSek must be 0 or more' })
  costSek!: number;
  @Field(() => Int) @IsCount('ended', 10_000_000) ended!: number;
  @Field(() => Int) @IsCount('endedDurationDays', 10_000_000) endedDurationDays!: number;
}

@ObjectType({ description: 'Placements per form over a period, with totals and averages.' })
export class PlacementSummary {
  @Field({ description: 'The placement form, or TOTAL.' }) form!: string;
  @Field(() => Int) placed!: number;
  @Field(() => Int) careDays!: number;
  @Field(() => Float) costSek!: number;
  @Field(() => Float, { nullable: true }) costPerCareDay!: number | null;
  @Field(() => Int) ended!: number;
  @Field(() => Float, { nullable: true, description: 'Average length of placements that ended, days.' })
  averageDurationDays!: number | null;
}

@Injectable()
export class PlacementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A month and form reported again replaces the figures and bumps the version. */
  async submit(input: PlacementReportInput): Promise<PlacementReport> {
    if (input.month >= stockholmToday().slice(0, 7)) throw invalid('month', `month ${input.month} has not ended`);
    const days = new Date(Date.UTC(Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7)), 0)).getUTCDate();
    if (input.careDays > input.placed * days && input.placed > 0)
      throw invalid('careDays', `careDays ${input.careDays} is more than ${input.placed} placed for ${days} days`);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(PlacementReport, {
        where: { month: input.month, form: input.form },
        lock: { mode: 'pessimistic_write' },
      });
      const report = manager.create(PlacementReport, {
        ...input,
        id: existing?.id ?? randomUUID(),
        version: (existing?.version ?? 0) + 1,
      });
      await manager.save(PlacementReport, report);
      return report;
    });
  }

  async summary(from: string, to: string): Promise<PlacementSummary[]> {
    const reports = await this.dataSource
      .getRepository(PlacementReport)
      .createQueryBuilder('p')
      .where('p.month BETWEEN :from AND :to', { from, to })
      .getMany();
    const forms = [...new Set(reports.map((r) => r.form))].sort();
    const sum = (rows: PlacementReport[], form: string): PlacementSummary => {
      const careDays = rows.reduce((s, r) => s + r.careDays, 0);
      const costSek = rows.reduce((s, r) => s + r.costSek, 0);
      const ended = rows.reduce((s, r) => s + r.ended, 0);
      const duration = rows.reduce((s, r) => s + r.endedDurationDays, 0);
      return {
        form,
        placed: rows.reduce((s, r) => s + r.placed, 0),
        careDays,
        costSek,
        costPerCareDay: careDays ? costSek / careDays : null,
        ended,
        averageDurationDays: ended ? duration / ended : null,
      };
    };
    return [
      ...forms.map((f) =>
        sum(
          reports.filter((r) => r.form === f),
          f,
        ),
      ),
      sum(reports, 'TOTAL'),
    ];
  }
}

@Resolver()
export class PlacementsResolver {
  constructor(private readonly placements: PlacementsService) {}

  @Mutation(() => PlacementReport, { description: "A month's placements for one form; reporting again replaces them." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  submitPlacementReport(@Args('input') input: PlacementReportInput): Promise<PlacementReport> {
    return this.placements.submit(input);
  }

  @Query(() => [PlacementSummary], { description: 'Per placement form and in total, from and to months inclusive.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  placementSummary(@Args('from') from: string, @Args('to') to: string): Promise<PlacementSummary[]> {
    return this.placements.summary(from, to);
  }
}
