import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { RetentionRun } from './retention-run.entity';
import { RetentionSettings } from './retention.models';
import { RetentionScheduleService } from './retention-schedule.service';
import { RetentionService } from './retention.service';

/** The most runs one list holds. */
const RUNS_MAX = 200;

/** Retention (gallring): the settings, the runs, and running it now. ADMIN only. */
@Resolver(() => RetentionRun)
export class RetentionResolver {
  constructor(
    private readonly retentionService: RetentionService,
    private readonly schedule: RetentionScheduleService,
  ) {}

  @Query(() => RetentionSettings, { description: 'How long texts are kept after closing, and when retention runs.' })
  @RequireRoles('ADMIN')
  retentionSettings(): RetentionSettings {
    return this.retentionService.retentionSettings(this.schedule.running);
  }

  @Query(() => [RetentionRun], { description: 'The retention runs, newest first, with what each culled.' })
  @RequireRoles('ADMIN')
  retentionRuns(
    @Args('limit', { type: () => Int, nullable: true, description: `Runs to show; default 50, at most ${RUNS_MAX}.` })
    limit?: number,
  ): Promise<RetentionRun[]> {
    return this.retentionService.runs(Math.min(Math.max(limit ?? 50, 1), RUNS_MAX));
  }

  @Mutation(() => RetentionRun, {
    description:
      'Runs retention now, as the daily schedule does: originals of deviations closed longer than the configured time ago are deleted and their free texts replaced by "[Gallrad <day>]". Statistics stay; what was culled is not touched again.',
  })
  @RequireRoles('ADMIN')
  runRetention(@CurrentIdentity() identity: Identity): Promise<RetentionRun> {
    return this.retentionService.run(identity);
  }
}
