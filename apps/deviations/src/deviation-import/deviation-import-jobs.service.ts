import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { DataSource, In, MoreThan } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { CheckedRow, checkRow, fileError, FILE, headerErrors, RowError, rowError } from './deviation-csv-rules';
import { counts, DeviationImportService, ImportContext, PlannedRow, previewRow } from './deviation-import.service';
import { DeviationImportJob } from './import-job.entity';
import { isUnfinished, IMPORT_JOB_STATUSES, keepErrors, MAX_STREAMED_ROWS, STREAM_BATCH } from './import-job-rules';
import { DeviationImportStagedRow } from './import-staged-row.entity';

const PREVIEW_ROWS = 20;

export interface StreamRequest {
  source: string | null;
  dryRun: boolean;
  bytesTotal: number | null;
}

/**
 * Large files as streams: read and checked as they arrive, never whole in memory; their good
 * rows staged in the database; then, only if every row is good, planned and written in one
 * transaction. The job row carries the progress, updated outside that transaction.
 */
@Injectable()
export class DeviationImportJobsService implements OnModuleInit {
  private readonly logger = new Logger(DeviationImportJobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: DeviationImportService,
  ) {}

  async onModuleInit(): Promise<void> {
    const unfinished = IMPORT_JOB_STATUSES.filter(isUnfinished);
    await this.dataSource
      .getRepository(DeviationImportJob)
      .update({ status: In(unfinished) }, { status: 'FAILED', finishedAt: new Date() });
  }

  /** The job, for the one who started it (or an administrator). */
  async find(id: string, identity: Identity): Promise<DeviationImportJob | null> {
    const job = await this.dataSource.getRepository(DeviationImportJob).findOneBy({ id });
    return job && (job.requestedBy === identity.sub || identity.roles.includes('ADMIN')) ? job : null;
  }

  /**
   * Reads the file as it arrives and answers when it has been read: refused with its errors, or
   * (all rows good) writing, which goes on after the answer.
   */
  async receive(
    body: Readable,
    request: StreamRequest,
    identity: Identity,
    today = stockholmToday(),
  ): Promise<DeviationImportJob> {
    const context = await this.importer.contextOf(request.source);
    const jobs = this.dataSource.getRepository(DeviationImportJob);
    const job = jobs.create({
      id: randomUUID(),
      source: context.source?.code ?? null,
      dryRun: request.dryRun,
      status: 'RECEIVING',
      requestedBy: identity.sub,
      bytesTotal: request.bytesTotal,
      startedAt: new Date(),
      finishedAt: null,
    });
    await jobs.insert(job);
    const read = await this.readStream(body, job, context, identity, today).catch(async (error: Error) => {
      await this.deleteStaged(job.id);
      await this.settle(job, { status: 'FAILED' });
      throw error;
    });
    if (read.count) {
      await this.deleteStaged(job.id);
      return this.settle(job, { status: 'REFUSED', errors: read.kept, errorCount: read.count });
    }
    await this.save(job, { status: 'WRITING' });
    void this.finish(job, context, identity).catch(async (error: Error) => {
      this.logger.error(`import ${job.id} failed: ${error.message}`);
      await this.deleteStaged(job.id);
      await this.settle(job, { status: 'FAILED' });
    });
    return job;
  }

  private async readStream(
    body: Readable,
    job: DeviationImportJob,
    context: ImportContext,
    identity: Identity,
    today: string,
  ): Promise<{ kept: RowError[]; count: number }> {
    const { layout } = context;
    let errors = { kept: [] as RowError[], count: 0 };
    const add = (found: readonly RowError[]) => (errors = keepErrors(errors.kept, errors.count, found));
    const counted = new PassThrough();
    body.on('data', (chunk: Buffer) => (job.bytesRead += chunk.length));
    body.pipe(counted);
    const parser = counted.pipe(
      parse({
        bom: true,
        skip_empty_lines: true,
        trim: true,
        delimiter: [...(layout.options.delimiters ?? [',', ';'])],
        info: true,
      }),
    );
    const seen = new Map<string, number>();
    let header: string[] | null = null;
    let batch: CheckedRow[] = [];
    let line = 1;
    const flush = async () => {
      const placed = this.importer.place(batch, context, identity, seen);
      add(placed.errors);
      // Once a row is wrong nothing will be stored: the rest is only checked, to name every error.
      if (!errors.count && placed.rows.length)
        await this.dataSource
          .getRepository(DeviationImportStagedRow)
          .insert(placed.rows.map(({ row }) => ({ jobId: job.id, line: row.line, row })));
      batch = [];
      await this.save(job, { rowsRead: job.rowsRead, bytesRead: job.bytesRead });
    };
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        if (!header) {
          header = layout.headerOf(record);
          const problems = headerErrors(header, layout);
          if (problems.length) {
            add(problems);
            break;
          }
          continue;
        }
        line = info.lines;
        job.rowsRead += 1;
        if (job.rowsRead > MAX_STREAMED_ROWS) {
          const max = MAX_STREAMED_ROWS;
          add([fileError({ kind: 'TOO_MANY_ROWS', line, rows: job.rowsRead, max })]);
          break;
        }
        const checked = checkRow(header, record, line, today, layout);
        add(checked.errors);
        if (checked.row) batch.push(checked.row);
        if (batch.length >= STREAM_BATCH) await flush();
      }
      if (!header) add([fileError({ kind: 'EMPTY', line: 1 })]);
      await flush();
    } catch (error) {
      // Only the parser's own errors are the file's; anything else fails the job.
      if (!String((error as { code?: unknown }).code ?? '').startsWith('CSV_')) throw error;
      const reason = (error as Error).message;
      add([
        rowError(
          line,
          FILE,
          `is not valid CSV: ${reason}`,
          deviationsViolation('CSV_NOT_READABLE', undefined, { reason }),
        ),
      ]);
    } finally {
      body.unpipe(counted);
      body.resume();
    }
    return errors;
  }

  /** Plans the staged rows a batch at a time, and writes them all in one transaction unless it is a dry run. */
  private async finish(job: DeviationImportJob, context: ImportContext, identity: Identity): Promise<void> {
    const total = { created: 0, changed: 0, unchanged: 0 };
    const preview: DeviationImportJob['preview'] = [];
    let refused: RowError[] = [];
    const each = async (write: (rows: PlannedRow[]) => Promise<void>) => {
      let after = 0;
      for (;;) {
        const staged = await this.dataSource
          .getRepository(DeviationImportStagedRow)
          .find({ where: { jobId: job.id, line: MoreThan(after) }, order: { line: 'ASC' }, take: STREAM_BATCH });
        if (!staged.length) return;
        after = staged[staged.length - 1].line;
        const placed = staged.map(({ row }) => ({
          row,
          unit: context.units.get(context.source ? row.unit_code! : row.unit_id!)!,
        }));
        const plan = await this.importer.planPlaced(placed, context, identity);
        if (plan.errors.length) {
          refused = plan.errors;
          throw new Refused();
        }
        const c = counts(plan.rows);
        total.created += c.created;
        total.changed += c.changed;
        total.unchanged += c.unchanged;
        for (const r of plan.rows.slice(0, PREVIEW_ROWS - preview.length)) preview.push(previewRow(r));
        await write(plan.rows);
        await this.save(job, { rowsDone: job.rowsDone + staged.length });
      }
    };
    try {
      if (job.dryRun) await each(async () => undefined);
      else await this.dataSource.transaction((manager) => each((rows) => this.importer.write(manager, rows, identity)));
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
    } finally {
      await this.deleteStaged(job.id);
    }
    if (refused.length)
      await this.settle(job, { status: 'REFUSED', errors: refused, errorCount: refused.length, rowsDone: 0 });
    else await this.settle(job, { status: 'DONE', ...total, preview });
  }

  private async save(job: DeviationImportJob, change: Partial<DeviationImportJob>): Promise<void> {
    Object.assign(job, change);
    await this.dataSource.getRepository(DeviationImportJob).update({ id: job.id }, change as never);
  }

  private async settle(job: DeviationImportJob, change: Partial<DeviationImportJob>): Promise<DeviationImportJob> {
    await this.save(job, { ...change, finishedAt: new Date() });
    return job;
  }

  private deleteStaged(jobId: string) {
    return this.dataSource.getRepository(DeviationImportStagedRow).delete({ jobId });
  }
}

/** A row turned out to be another provider's case: the transaction is undone, nothing stored. */
class Refused extends Error {}
