import { Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DataSource, IsNull } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { Sector, SECTORS, sectorOf, ServiceArea } from '@kvalitetsnav/events';
import { CurrentIdentity, IsIsoDate, RequireRoles, stockholmToday } from '@kvalitetsnav/service-kit';
import { DeviationServiceAreaEnum } from '../deviations/deviation.entity';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { isReportableInQuarter } from '../rules/deviation-rules';
import { SectorEnum } from '../statistics/deviation-statistics.model';
import { DecisionNotExecuted } from './decision-not-executed.entity';

@InputType()
export class RegisterDecisionNotExecutedInput {
  @Field(() => DeviationServiceAreaEnum)
  @IsEnum(DeviationServiceAreaEnum, { message: 'serviceArea must be a service area' })
  serviceArea!: ServiceArea;
  @Field() @IsString() @Length(1, 300, { message: 'intervention must be 1 to 300 characters' }) intervention!: string;
  @Field() @IsIsoDate('decidedOn') decidedOn!: string;
  @Field() @IsString() @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' }) reason!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'unitId must be a UUID' }) unitId?:
    string | null;
}

@InputType()
export class MarkDecisionExecutedInput {
  @Field(() => ID) @IsUUID('all', { message: 'decisionId must be a UUID' }) decisionId!: string;
  @Field() @IsIsoDate('executedOn') executedOn!: string;
}

@ObjectType()
export class SectorCount {
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'Decisions not executed within three months, as reported to IVO and the board for a quarter.',
})
export class QuarterReport {
  @Field({ description: 'YYYY-Qn.' }) quarter!: string;
  @Field(() => Int) count!: number;
  @Field(() => [SectorCount]) bySector!: SectorCount[];
}

@Injectable()
export class DecisionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(
    input: RegisterDecisionNotExecutedInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<DecisionNotExecuted> {
    if (input.decidedOn > today)
      throw new DeviationsError(
        DeviationsErrorCode.VALIDATION_FAILED,
        `decidedOn ${input.decidedOn} is in the future`,
        'decidedOn',
      );
    const decision = this.dataSource.getRepository(DecisionNotExecuted).create({
      ...input,
      id: randomUUID(),
      intervention: input.intervention.trim(),
      reason: input.reason.trim(),
      unitId: input.unitId ?? null,
      executedOn: null,
      registeredBy: by.sub,
    });
    await this.dataSource.getRepository(DecisionNotExecuted).insert(decision);
    return decision;
  }

  async markExecuted(input: MarkDecisionExecutedInput, today = stockholmToday()): Promise<DecisionNotExecuted> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await manager.findOne(DecisionNotExecuted, {
        where: { id: input.decisionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!decision)
        throw new DeviationsError(
          DeviationsErrorCode.NOT_FOUND,
          `decisionId ${input.decisionId} is not a known decision`,
          'decisionId',
        );
      if (decision.executedOn)
        throw new DeviationsError(
          DeviationsErrorCode.CONFLICT,
          `already executed on ${decision.executedOn}`,
          'decisionId',
        );
      if (input.executedOn < decision.decidedOn || input.executedOn > today) {
        throw new DeviationsError(
          DeviationsErrorCode.VALIDATION_FAILED,
          `executedOn must be between ${decision.decidedOn} and today (${today})`,
          'executedOn',
        );
      }
      decision.executedOn = input.executedOn;
      await manager.update(DecisionNotExecuted, { id: decision.id }, { executedOn: input.executedOn });
      return decision;
    });
  }

  list(openOnly: boolean): Promise<DecisionNotExecuted[]> {
    return this.dataSource
      .getRepository(DecisionNotExecuted)
      .find({ where: openOnly ? { executedOn: IsNull() } : {}, order: { decidedOn: 'ASC' }, take: 2000 });
  }

  async quarters(year: number): Promise<QuarterReport[]> {
    const decisions: { decidedOn: string; executedOn: string | null; serviceArea: ServiceArea }[] =
      await this.dataSource.query(
        `SELECT to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(executed_on, 'YYYY-MM-DD') AS "executedOn", service_area AS "serviceArea"
         FROM decision_not_executed WHERE decided_on <= $1 AND (executed_on IS NULL OR executed_on >= $2)`,
        [`${year}-12-31`, `${year}-01-01`],
      );
    return [1, 2, 3, 4].map((q) => {
      const quarter = `${year}-Q${q}`;
      const reportable = decisions.filter((d) => isReportableInQuarter(d, quarter));
      return {
        quarter,
        count: reportable.length,
        bySector: SECTORS.map((sector) => ({
          sector,
          count: reportable.filter((d) => sectorOf(d.serviceArea) === sector).length,
        })),
      };
    });
  }
}

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

  @Query(() => [DecisionNotExecuted], { description: 'Oldest decision first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  decisionsNotExecuted(@Args('openOnly', { defaultValue: true }) openOnly: boolean): Promise<DecisionNotExecuted[]> {
    return this.decisions.list(openOnly);
  }

  @Query(() => [QuarterReport], { description: 'Per quarter of the year: decisions to report to IVO and the board.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  decisionsNotExecutedByQuarter(@Args('year', { type: () => Int }) year: number): Promise<QuarterReport[]> {
    return this.decisions.quarters(year);
  }
}
