import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import type { DeviationsConfig } from '../config';
import { RetentionRun } from './retention-run.entity';
import { RetentionRunDeviation } from './retention-run-deviation.entity';
import { RetentionCandidate, retentionPlan, RetentionSettings as Settings } from './retention-rules';
import { RetentionSettings } from './retention.models';

/** Who ran it: the daily schedule, or an administrator. */
export type RetentionRunner = Identity | 'schedule';

/** Two runs at once would count the same deviations twice: they take turns on this lock. */
const RUN_LOCK = 'deviations-retention';

@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: DeviationsConfig,
  ) {}

  get settings(): Settings {
    return {
      protectedTextMonths: this.config.RETENTION_PROTECTED_TEXT_MONTHS,
      freeTextMonths: this.config.RETENTION_FREE_TEXT_MONTHS,
    };
  }

  retentionSettings(scheduled: boolean): RetentionSettings {
    return { ...this.settings, cron: this.config.RETENTION_CRON, scheduled };
  }

  /**
   * One run, in one transaction: the originals deleted, the free texts and the access log's
   * reasons replaced by the marker, and the run recorded with the deviations it touched; or,
   * on any failure, nothing at all.
   */
  run(by: RetentionRunner, today = stockholmToday()): Promise<RetentionRun> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [RUN_LOCK]);
      const settings = this.settings;
      const plan = retentionPlan(today, settings, await this.candidates(manager, today, settings));
      const removed = plan.removeOriginals;
      const anonymised = plan.anonymiseFreeTexts;
      if (removed.length)
        await manager.query(`DELETE FROM deviation_protected_text WHERE deviation_id = ANY($1)`, [removed]);
      let reasons = 0;
      if (anonymised.length) {
        await manager.query(
          `UPDATE deviation SET description = $2,
             actions = CASE WHEN actions IS NULL THEN NULL ELSE $2 END,
             final_assessment = CASE WHEN final_assessment IS NULL THEN NULL ELSE $2 END
           WHERE id = ANY($1)`,
          [anonymised, plan.marker],
        );
        const [, count] = await manager.query(
          `UPDATE access_log_entry SET reason = $2
           WHERE record_kind = 'DEVIATION' AND record_ids && CAST($1 AS uuid[]) AND reason IS NOT NULL`,
          [anonymised, plan.marker],
        );
        reasons = Number(count);
      }
      const run = manager.getRepository(RetentionRun).create({
        id: randomUUID(),
        ranAt: new Date(),
        ranBy: by === 'schedule' ? 'schedule' : by.sub,
        ranByName: by === 'schedule' ? null : by.name,
        ranOn: today,
        ...settings,
        originalsClosedBy: plan.originalsClosedBy,
        freeTextsClosedBy: plan.freeTextsClosedBy,
        originalsRemoved: removed.length,
        freeTextsAnonymised: anonymised.length,
        accessLogReasonsAnonymised: reasons,
      });
      await manager.insert(RetentionRun, run);
      const removedSet = new Set(removed);
      const anonymisedSet = new Set(anonymised);
      const touched = [...new Set([...removed, ...anonymised])].map((deviationId) => ({
        runId: run.id,
        deviationId,
        originalRemoved: removedSet.has(deviationId),
        freeTextsAnonymised: anonymisedSet.has(deviationId),
      }));
      for (let i = 0; i < touched.length; i += 1000)
        await manager.insert(RetentionRunDeviation, touched.slice(i, i + 1000));
      if (touched.length)
        this.logger.log({
          msg: 'retention run',
          today,
          originalsRemoved: removed.length,
          anonymised: anonymised.length,
        });
      return { ...run, originalsRemovedFrom: removed, freeTextsAnonymisedIn: anonymised };
    });
  }

  /** The runs, newest first, with the deviations each touched. */
  async runs(limit: number): Promise<RetentionRun[]> {
    const runs = await this.dataSource
      .getRepository(RetentionRun)
      .find({ order: { ranAt: 'DESC', id: 'DESC' }, take: limit });
    const touched = runs.length
      ? await this.dataSource.getRepository(RetentionRunDeviation).find({
          where: { runId: In(runs.map((r) => r.id)) },
          order: { deviationId: 'ASC' },
        })
      : [];
    return runs.map((run) => {
      const mine = touched.filter((t) => t.runId === run.id);
      return {
        ...run,
        originalsRemovedFrom: mine.filter((t) => t.originalRemoved).map((t) => t.deviationId),
        freeTextsAnonymisedIn: mine.filter((t) => t.freeTextsAnonymised).map((t) => t.deviationId),
      };
    });
  }

  /** Closed deviations whose shorter time may have passed; the rule decides which are culled. */
  private async candidates(manager: EntityManager, today: string, settings: Settings): Promise<RetentionCandidate[]> {
    const shortest = Math.min(settings.protectedTextMonths, settings.freeTextMonths);
    const { originalsClosedBy } = retentionPlan(today, { protectedTextMonths: shortest, freeTextMonths: shortest }, []);
    // Those with nothing left to cull are left out here already, so a run does not read them all.
    const rows: { id: string; status: 'CLOSED'; closed_on: string; has_original: boolean; culled: boolean }[] =
      await manager.query(
        `SELECT id, status, closed_on, has_original, culled FROM (
           SELECT d.id, d.status, to_char(d.closed_on, 'YYYY-MM-DD') AS closed_on,
             EXISTS (SELECT 1 FROM deviation_protected_text p WHERE p.deviation_id = d.id) AS has_original,
             EXISTS (SELECT 1 FROM retention_run_deviation r
                     WHERE r.deviation_id = d.id AND r.free_texts_anonymised) AS culled
           FROM deviation d
           WHERE d.status = 'CLOSED' AND d.closed_on <= $1
         ) c
         WHERE has_original OR NOT culled
         ORDER BY id`,
        [originalsClosedBy],
      );
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      closedOn: r.closed_on,
      hasOriginal: r.has_original,
      freeTextsCulled: r.culled,
    }));
  }
}
