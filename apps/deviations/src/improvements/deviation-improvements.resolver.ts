import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { Improvement } from './improvement.entity';
import { ImprovementsService } from './improvements.service';

/** The improvements a deviation led to, on Deviation. */
@Resolver(() => Deviation)
export class DeviationImprovementsResolver {
  constructor(private readonly improvementService: ImprovementsService) {}

  @ResolveField(() => [Improvement], {
    description: 'The improvements it led to, newest first (none for roles that do not work with improvements).',
  })
  improvements(@Parent() deviation: Deviation, @CurrentIdentity() identity: Identity): Promise<Improvement[]> {
    return this.improvementService.ofDeviation(deviation, identity);
  }
}
