import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { PulseAnswer } from './pulse-answer.entity';
import { PulseFollowUp } from './pulse-follow-up.entity';
import { PulseFollowUpsService } from './pulse-follow-ups.service';
import { PulsePeriod } from './pulse-period.entity';
import { PulsePeriodsService } from './pulse-periods.service';
import {
  EndPulsePeriodInput,
  OpenPulsePeriodInput,
  PulseOverviewArgs,
  PulseTrendArgs,
  RecordPulseFollowUpInput,
  SubmitPulseAnswerInput,
} from './pulse.inputs';
import { PulseOverview, PulseTrend } from './pulse.models';
import { PulseService } from './pulse.service';

@Resolver()
export class PulseResolver {
  constructor(
    private readonly pulse: PulseService,
    private readonly periods: PulsePeriodsService,
    private readonly followUps: PulseFollowUpsService,
  ) {}

  @Mutation(() => PulseAnswer, {
    description:
      "A unit's pulse answer this week; answering again the same week for the unit replaces it (a new version).",
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  submitPulseAnswer(
    @Args('input') input: SubmitPulseAnswerInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulseAnswer> {
    return this.pulse.submit(input, identity);
  }

  @Query(() => PulseOverview, {
    description: "A week's pulse: answers per unit, units and providers that have not answered, and signals per unit.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  pulseOverview(@Args() { week }: PulseOverviewArgs, @CurrentIdentity() identity: Identity): Promise<PulseOverview> {
    return this.pulse.overview(week, identity);
  }

  @Query(() => [PulsePeriod], { description: 'The periods of weekly pulse surveys, the latest first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  pulsePeriods(): Promise<PulsePeriod[]> {
    return this.periods.list();
  }

  @Mutation(() => PulsePeriod, {
    description: 'Opens a period of weekly pulse surveys; providers are reminded each of its weeks.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  openPulsePeriod(
    @Args('input') input: OpenPulsePeriodInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulsePeriod> {
    return this.periods.open(input, identity);
  }

  @Mutation(() => PulsePeriod, { description: "Sets a pulse period's last week (this week or later)." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  endPulsePeriod(
    @Args('input') input: EndPulsePeriodInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulsePeriod> {
    return this.periods.end(input, identity);
  }

  @Query(() => PulseTrend, {
    description:
      "A pulse period week by week: each provider's and each unit's answers, signals and follow-ups, and each question's trend, of every answer or filtered to a unit or a provider.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  pulseTrend(@Args() { periodId, unitId, providerId }: PulseTrendArgs): Promise<PulseTrend> {
    return this.pulse.trend(periodId, { unitId, providerId });
  }

  @Mutation(() => PulseFollowUp, {
    description:
      'Records who contacted a provider about its pulse signals one week (at one of its units, or all), when, and what came of it.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  recordPulseFollowUp(
    @Args('input') input: RecordPulseFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PulseFollowUp> {
    return this.followUps.record(input, identity);
  }
}
