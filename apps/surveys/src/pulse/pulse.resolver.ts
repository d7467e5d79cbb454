import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { PulseAnswer } from './pulse-answer.entity';
import { PulseOverviewArgs, SubmitPulseAnswerInput } from './pulse.inputs';
import { PulseOverview } from './pulse.models';
import { PulseService } from './pulse.service';

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
  pulseOverview(@Args() { week }: PulseOverviewArgs, @CurrentIdentity() identity: Identity): Promise<PulseOverview> {
    return this.pulse.overview(week, identity);
  }
}
