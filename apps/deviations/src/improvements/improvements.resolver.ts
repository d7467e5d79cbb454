import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Improvement } from './improvement.entity';
import { CompleteImprovementPhaseInput, CreateImprovementInput } from './improvements.inputs';
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

  @Mutation(() => Improvement)
  @RequireRoles(...IMPROVERS)
  createImprovement(
    @Args('input') input: CreateImprovementInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.create(input, identity);
  }

  @Mutation(() => Improvement, { description: 'Plan → do → study (did it work?) → act (adopt, adapt or abandon).' })
  @RequireRoles(...IMPROVERS)
  completeImprovementPhase(
    @Args('input') input: CompleteImprovementPhaseInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Improvement> {
    return this.improvementService.completePhase(input, identity);
  }
}
