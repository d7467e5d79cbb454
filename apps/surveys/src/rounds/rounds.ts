import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { SurveyResultEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { CurrentIdentity, RequireRoles, stockholmToday } from '@kvalitetsnav/service-kit';
import { DEFAULT_MIN_CELL } from '@kvalitetsnav/survey-stats';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { SurveyDefinition } from '../definitions/definition.entity';
import { conflict, invalid, notFound } from '../errors/surveys-error';
import { SurveyResponse } from '../responses/response.entity';
import { computeResults, pooledShare } from '../results/compute-results';
import { RoundUnit, SurveyRound } from './round.entity';

@InputType()
export class RoundUnitInput {
  @Field(() => ID) @IsUUID('all', { message: 'units.unitId must be a UUID' }) unitId!: string;
  @Field(() => Int, { description: 'People offered the survey at the unit.' })
  @IsInt({ message: 'units.offered must be a whole number' })
  @Min(0, { message: 'units.offered must be 0 or more' })
  @Max(100_000, { message: 'units.offered must be at most 100000' })
  offered!: number;
  @Field({ defaultValue: false }) @IsBoolean() optedOut!: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'units.optOutReason must be 1 to 1000 characters' })
  optOutReason?: string | null;
}

@InputType()
export class CreateSurveyRoundInput {
  @Field(() => ID) @IsUUID('all', { message: 'definitionId must be a UUID' }) definitionId!: string;
  @Field() @IsString() @Length(1, 300, { message: 'name must be 1 to 300 characters' }) name!: string;
  @Field({ description: 'e.g. 2022 or 2022-H2.' })
  @IsString()
  @Length(4, 20, { message: 'period must be 4 to 20 characters' })
  period!: string;
  @Field(() => [RoundUnitInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'units must name at least one unit' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RoundUnitInput)
  units!: RoundUnitInput[];
  @Field(() => Int, {
    nullable: true,
    description: `Cells with fewer answers are hidden; default ${DEFAULT_MIN_CELL}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minCell must be at least 1' })
  @Max(100, { message: 'minCell must be at most 100' })
  minCell?: number | null;
}

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  list(definitionId?: string): Promise<SurveyRound[]> {
    return this.dataSource
      .getRepository(SurveyRound)
      .find({ where: definitionId ? { definitionId } : {}, order: { createdAt: 'DESC' } });
  }

  find(id: string): Promise<SurveyRound | null> {
    return this.dataSource.getRepository(SurveyRound).findOneBy({ id });
  }

  unitsOf(roundId: string): Promise<RoundUnit[]> {
    return this.dataSource.getRepository(RoundUnit).find({ where: { roundId }, order: { name: 'ASC' } });
  }

  async create(input: CreateSurveyRoundInput, by: Identity): Promise<SurveyRound> {
    const ids = input.units.map((u) => u.unitId);
    if (new Set(ids).size !== ids.length) throw invalid('units', 'units names a unit more than once');
    const missingReason = input.units.findIndex((u) => u.optedOut && !u.optOutReason?.trim());
    if (missingReason >= 0) throw invalid(`units.${missingReason}.optOutReason`, 'a unit that opts out needs a reason');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SurveyDefinition, { id: input.definitionId })))
        throw notFound('definitionId', `definitionId ${input.definitionId} is not a known survey definition`);
      const known = await manager.findBy(UnitRef, { id: In(ids) });
      const unknown = ids.filter((id) => !known.some((u) => u.id === id));
      if (unknown.length)
        throw notFound('units', `units ${unknown.join(', ')} are not known units (units are registered in contracts)`);
      const round = manager.create(SurveyRound, {
        id: randomUUID(),
        definitionId: input.definitionId,
        name: input.name.trim(),
        period: input.period.trim(),
        status: 'OPEN',
        closedOn: null,
        minCell: input.minCell ?? DEFAULT_MIN_CELL,
        createdBy: by.sub,
      });
      await manager.insert(SurveyRound, round);
      await manager.insert(
        RoundUnit,
        input.units.map((u) => {
          const ref = known.find((k) => k.id === u.unitId)!;
          return {
            roundId: round.id,
            unitId: ref.id,
            providerId: ref.providerId,
            serviceArea: ref.serviceArea,
            name: ref.name,
            offered: u.offered,
            optedOut: u.optedOut,
            optOutReason: u.optedOut ? u.optOutReason!.trim() : null,
          };
        }),
      );
      return round;
    });
  }

  /** Closing stops answers and publishes each unit's result for other services' risk signals. */
  async close(id: string, today = stockholmToday()): Promise<SurveyRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(SurveyRound, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw notFound('roundId', `roundId ${id} is not a known round`);
      if (round.status === 'CLOSED') throw conflict('roundId', `the round was already closed on ${round.closedOn}`);
      round.status = 'CLOSED';
      round.closedOn = today;
      await manager.update(SurveyRound, { id }, { status: 'CLOSED', closedOn: today });
      const definition = await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId });
      const units = await manager.findBy(RoundUnit, { roundId: id });
      const sheets = await manager.findBy(SurveyResponse, { roundId: id });
      const results = computeResults(definition.questions, units, sheets, 'UNIT', round.minCell);
      const payload: SurveyResultEventV1 = {
        roundId: round.id,
        name: round.name,
        period: round.period,
        closedOn: today,
        units: units
          .filter((u) => !u.optedOut)
          .map((u) => {
            const result = results.find((r) => r.key === u.unitId)!;
            return {
              unitId: u.unitId,
              providerId: u.providerId,
              offered: u.offered,
              answered: result.answers,
              sharePositive: pooledShare(result),
            };
          }),
      };
      await this.outbox.enqueue(manager, {
        topic: 'surveys.result.v1',
        key: round.id,
        type: 'SurveyRoundClosed',
        payload,
      });
      return round;
    });
  }
}

@Resolver(() => SurveyRound)
export class RoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => [SurveyRound], { description: 'Rounds, newest first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyRounds(
    @Args('definitionId', { type: () => ID, nullable: true }) definitionId?: string,
  ): Promise<SurveyRound[]> {
    return this.rounds.list(definitionId);
  }

  @Query(() => SurveyRound, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyRound(@Args('id', { type: () => ID }) id: string): Promise<SurveyRound | null> {
    return this.rounds.find(id);
  }

  @Mutation(() => SurveyRound)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createSurveyRound(
    @Args('input') input: CreateSurveyRoundInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SurveyRound> {
    return this.rounds.create(input, identity);
  }

  @Mutation(() => SurveyRound, { description: 'Closes the round to answers and publishes surveys.result.v1.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  closeSurveyRound(@Args('roundId', { type: () => ID }) roundId: string): Promise<SurveyRound> {
    return this.rounds.close(roundId);
  }

  @ResolveField(() => [RoundUnit])
  units(@Parent() round: SurveyRound): Promise<RoundUnit[]> {
    return this.rounds.unitsOf(round.id);
  }
}
