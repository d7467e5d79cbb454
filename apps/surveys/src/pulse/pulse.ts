import { Inject, Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles, SERVICE_CONFIG, stockholmToday } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ProviderRef } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from '../config';
import { invalid, notFound } from '../errors/surveys-error';
import { PulseAnswer } from './pulse-answer.entity';
import { isIsoWeek, isoWeekOf, pulseSignals } from './pulse-rules';

const score =
  (field: string): PropertyDecorator =>
  (target, key) => {
    IsInt({ message: `${field} must be a whole number 1 to 5` })(target, key);
    Min(1, { message: `${field} must be a whole number 1 to 5` })(target, key);
    Max(5, { message: `${field} must be a whole number 1 to 5` })(target, key);
  };

@InputType({ description: 'The weekly pulse: scores 1 (no problem) to 5 (severe).' })
export class SubmitPulseAnswerInput {
  @Field(() => ID, {
    nullable: true,
    description: "Officials answering for a provider name it; a provider's key answers for its own.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a UUID' })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO week, e.g. 2022-W07; default this week.' })
  @IsOptional()
  @IsString()
  week?: string | null;
  @Field(() => Int) @score('impact') impact!: number;
  @Field(() => Int) @score('staffing') staffing!: number;
  @Field(() => Int) @score('protectiveEquipment') protectiveEquipment!: number;
  @Field(() => Int) @score('worry') worry!: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000, { message: 'comment must be 1 to 5000 characters' })
  comment?: string | null;
}

@ObjectType()
export class PulseProvider {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'An answer that crossed the signal threshold.' })
export class PulseSignal {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field() topic!: string;
  @Field(() => Int) score!: number;
}

@ObjectType()
export class PulseOverview {
  @Field() week!: string;
  @Field(() => Int) threshold!: number;
  @Field(() => [PulseAnswer]) answers!: PulseAnswer[];
  @Field(() => [PulseProvider], { description: 'Providers that have not answered this week.' })
  missing!: PulseProvider[];
  @Field(() => [PulseSignal]) signals!: PulseSignal[];
}

@Injectable()
export class PulseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  async submit(input: SubmitPulseAnswerInput, identity: Identity, today = stockholmToday()): Promise<PulseAnswer> {
    const own = ownProviderId(identity);
    if (own && input.providerId && input.providerId !== own)
      throw invalid('providerId', 'a provider answers only for itself');
    const providerId = own ?? input.providerId;
    if (!providerId) throw invalid('providerId', 'providerId is required when an official answers');
    const week = input.week ?? isoWeekOf(today);
    if (!isIsoWeek(week)) throw invalid('week', `week ${week} is not an ISO week like 2022-W07`);
    if (week > isoWeekOf(today)) throw invalid('week', `week ${week} has not begun`);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ProviderRef, { id: providerId })))
        throw notFound('providerId', `providerId ${providerId} is not a known provider`);
      const existing = await manager.findOne(PulseAnswer, {
        where: { providerId, week },
        lock: { mode: 'pessimistic_write' },
      });
      const answer = manager.create(PulseAnswer, {
        id: existing?.id ?? randomUUID(),
        providerId,
        week,
        impact: input.impact,
        staffing: input.staffing,
        protectiveEquipment: input.protectiveEquipment,
        worry: input.worry,
        comment: input.comment ? redactPersonalIdentityNumbers(input.comment.trim()).text : null,
        version: (existing?.version ?? 0) + 1,
        submittedAt: new Date(),
      });
      await manager.save(PulseAnswer, answer);
      return answer;
    });
  }

  async overview(week: string, identity: Identity): Promise<PulseOverview> {
    if (!isIsoWeek(week)) throw invalid('week', `week ${week} is not an ISO week like 2022-W07`);
    const own = ownProviderId(identity);
    const providers = await this.dataSource
      .getRepository(ProviderRef)
      .find({ where: own ? { id: own } : {}, order: { name: 'ASC' } });
    const answers = await this.dataSource
      .getRepository(PulseAnswer)
      .find({ where: own ? { week, providerId: own } : { week } });
    const name = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
    const threshold = this.config.PULSE_SIGNAL_THRESHOLD;
    return {
      week,
      threshold,
      answers,
      missing: providers
        .filter((p) => !answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      signals: answers.flatMap((a) =>
        pulseSignals(a, threshold).map((s) => ({ providerId: a.providerId, providerName: name(a.providerId), ...s })),
      ),
    };
  }
}

@Resolver()
export class PulseResolver {
  constructor(private readonly pulse: PulseService) {}

  @Mutation(() => PulseAnswer, { description: "This week's pulse answer; answering again the same week replaces it." })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  submitPulseAnswer(
    @Args('input') input: SubmitPulseAnswerInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulseAnswer> {
    return this.pulse.submit(input, identity);
  }

  @Query(() => PulseOverview, {
    description: "A week's pulse: answers, providers that have not answered, and signals.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  pulseOverview(
    @Args('week', { description: 'ISO week, e.g. 2022-W07.' }) week: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulseOverview> {
    return this.pulse.overview(week, identity);
  }
}
