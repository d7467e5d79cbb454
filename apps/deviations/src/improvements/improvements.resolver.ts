import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { Improvement } from './improvement.entity';
import { ImprovementInterval } from './improvement-statistics-rules';
import {
  CompleteImprovementPhaseInput,
  CreateImprovementInput,
  ImprovementStatisticsFilter,
  LinkImprovementToDeviationsInput,
  LinkImprovementToFollowUpInput,
} from './improvements.inputs';
import { FollowUpReference, ImprovementIntervalEnum, ImprovementStatisticsPeriod } from './improvements.models';
import { ImprovementsService } from './improvements.service';

const IMPROVERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'] as const;

@Resolver(() => Improvement)
export class ImprovementsResolver {
  constructor(private readonly improvementService: ImprovementsService) {}

  @Query(() => [Improvement], { description: 'Improvements, newest first; a provider sees its own.' })
  @RequireRoles(...IMPROVERS)
  improvements(@CurrentIdentity() identity: Identity): Promise<Improvement[]> {
    return this.improvementService.list(identity);
  }

  @Query(() => [ImprovementStatisticsPeriod], {
    description:
      'Improvements per quarter or year: started, finished (ACT completed) by outcome, open at the end; by default this year until today.',
  })
  @RequireRoles(...IMPROVERS)
  improvementStatistics(
    @CurrentIdentity() identity: Identity,
    @Args('interval', { type: () => ImprovementIntervalEnum }) interval: ImprovementInterval,
    @Args('filter', { type: () => ImprovementStatisticsFilter, nullable: true }) filter?: ImprovementStatisticsFilter,
  ): Promise<ImprovementStatisticsPeriod[]> {
    return this.improvementService.statistics(identity, filter ?? {}, interval);
  }

  @Mutation(() => Improvement, {
    description: 'Starts an improvement in PLAN from deviations the caller can see and, if any, a follow-up.',
  })
  @RequireRoles(...IMPROVERS)
  createImprovement(
    @Args('input') input: CreateImprovementInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.create(input, identity);
  }

  @Mutation(() => Improvement, {
    description: 'Replaces the deviations an improvement came from (an empty list unlinks them all).',
  })
  @RequireRoles(...IMPROVERS)
  linkImprovementToDeviations(
    @Args('input') input: LinkImprovementToDeviationsInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.linkDeviations(input, identity);
  }

  @Mutation(() => Improvement, {
    description: 'Replaces the contracts follow-up an improvement came from (none unlinks it).',
  })
  @RequireRoles(...IMPROVERS)
  linkImprovementToFollowUp(
    @Args('input') input: LinkImprovementToFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.linkFollowUp(input, identity);
  }

  @Mutation(() => Improvement, { description: 'Plan → do → study (did it work?) → act (adopt, adapt or abandon).' })
  @RequireRoles(...IMPROVERS)
  completeImprovementPhase(
    @Args('input') input: CompleteImprovementPhaseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.completePhase(input, identity);
  }

  @ResolveField(() => [Deviation], { description: 'The deviations it came from that the caller can see.' })
  deviations(@Parent() improvement: Improvement, @CurrentIdentity() identity: Identity): Promise<Deviation[]> {
    return this.improvementService.deviationsOf(improvement, identity);
  }

  @ResolveField(() => FollowUpReference, { nullable: true, description: 'The contracts follow-up it came from.' })
  followUp(@Parent() improvement: Improvement): Promise<FollowUpReference | null> {
    return this.improvementService.followUpOf(improvement);
  }
}
