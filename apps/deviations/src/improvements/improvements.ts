import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { ActDecision, completePhase, StudyResult } from './improvement-cycle';
import { ActDecisionEnum, Improvement, StudyResultEnum } from './improvement.entity';

@InputType()
export class CreateImprovementInput {
  @Field() @IsString() @Length(1, 300, { message: 'title must be 1 to 300 characters' }) title!: string;
  @Field({ description: 'What will change and how it will be measured.' })
  @IsString()
  @Length(1, 10_000, { message: 'plan must be 1 to 10000 characters' })
  plan!: string;
  @Field(() => [ID], { description: 'The deviations it learns from.' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'deviationIds must hold UUIDs' })
  deviationIds!: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'studyDueOn must be a date YYYY-MM-DD' })
  studyDueOn?: string | null;
}

@InputType({
  description: "Finishes the improvement's current phase with notes; STUDY needs studyResult, ACT needs actDecision.",
})
export class CompleteImprovementPhaseInput {
  @Field(() => ID) @IsUUID('all', { message: 'improvementId must be a UUID' }) improvementId!: string;
  @Field() @IsString() @Length(1, 10_000, { message: 'notes must be 1 to 10000 characters' }) notes!: string;
  @Field(() => StudyResultEnum, { nullable: true })
  @IsOptional()
  @IsEnum(StudyResultEnum, { message: 'studyResult must be WORKED, PARTLY_WORKED or DID_NOT_WORK' })
  studyResult?: StudyResult | null;
  @Field(() => ActDecisionEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ActDecisionEnum, { message: 'actDecision must be ADOPT, ADAPT or ABANDON' })
  actDecision?: ActDecision | null;
}

@Injectable()
export class ImprovementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(identity: Identity): Promise<Improvement[]> {
    const own = ownProviderId(identity);
    return this.dataSource
      .getRepository(Improvement)
      .find({ where: own ? { providerId: own } : {}, order: { createdAt: 'DESC' } });
  }

  async create(input: CreateImprovementInput, identity: Identity): Promise<Improvement> {
    const ids = [...new Set(input.deviationIds)];
    const deviations = ids.length ? await this.dataSource.getRepository(Deviation).findBy({ id: In(ids) }) : [];
    const own = ownProviderId(identity);
    const unknown = ids.filter((id) => !deviations.some((d) => d.id === id && (!own || d.providerId === own)));
    if (unknown.length)
      throw new DeviationsError(
        DeviationsErrorCode.VALIDATION_FAILED,
        `deviationIds ${unknown.join(', ')} are not deviations you can see`,
        'deviationIds',
      );
    const units = [...new Set(deviations.map((d) => d.unitId))];
    const providers = [...new Set(deviations.map((d) => d.providerId))];
    const improvement = this.dataSource.getRepository(Improvement).create({
      id: randomUUID(),
      title: input.title.trim(),
      plan: input.plan.trim(),
      deviationIds: ids,
      unitId: units.length === 1 ? units[0] : null,
      providerId: own ?? (providers.length === 1 ? providers[0] : null),
      phase: 'PLAN',
      doNotes: null,
      studyResult: null,
      studyNotes: null,
      actDecision: null,
      actNotes: null,
      studyDueOn: input.studyDueOn ?? null,
      createdBy: identity.sub,
    });
    await this.dataSource.getRepository(Improvement).insert(improvement);
    return improvement;
  }

  async completePhase(input: CompleteImprovementPhaseInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const improvement = await manager.findOne(Improvement, {
        where: { id: input.improvementId },
        lock: { mode: 'pessimistic_write' },
      });
      const own = ownProviderId(identity);
      if (!improvement || (own && improvement.providerId !== own))
        throw new DeviationsError(
          DeviationsErrorCode.NOT_FOUND,
          `improvementId ${input.improvementId} is not a known improvement`,
          'improvementId',
        );
      const outcome = completePhase(improvement.phase, input);
      if ('problem' in outcome)
        throw new DeviationsError(
          improvement.phase === 'DONE' ? DeviationsErrorCode.CONFLICT : DeviationsErrorCode.VALIDATION_FAILED,
          outcome.problem,
          outcome.field,
        );
      const notes = input.notes.trim();
      const changes: Partial<Improvement> = { phase: outcome.next };
      if (improvement.phase === 'PLAN') changes.plan = `${improvement.plan}\n\n${notes}`;
      if (improvement.phase === 'DO') changes.doNotes = notes;
      if (improvement.phase === 'STUDY') Object.assign(changes, { studyNotes: notes, studyResult: input.studyResult });
      if (improvement.phase === 'ACT') Object.assign(changes, { actNotes: notes, actDecision: input.actDecision });
      Object.assign(improvement, changes);
      await manager.update(Improvement, { id: improvement.id }, changes);
      return improvement;
    });
  }
}

@Resolver(() => Improvement)
export class ImprovementsResolver {
  constructor(private readonly improvementService: ImprovementsService) {}

  @Query(() => [Improvement], { description: 'Improvements, newest first; a provider sees its own.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  improvements(@CurrentIdentity() identity: Identity): Promise<Improvement[]> {
    return this.improvementService.list(identity);
  }

  @Mutation(() => Improvement)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  createImprovement(
    @Args('input') input: CreateImprovementInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.create(input, identity);
  }

  @Mutation(() => Improvement, { description: 'Plan → do → study (did it work?) → act (adopt, adapt or abandon).' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  completeImprovementPhase(
    @Args('input') input: CompleteImprovementPhaseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.completePhase(input, identity);
  }
}
