import { randomUUID } from 'node:crypto';
import { Identity } from '@kvalitetsnav/auth';

export type ReportKind = 'QUALITY_REPORT' | 'BOARD_REPORT';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface ReportOutput {
  html: string;
  pdf: Buffer;
  figures?: unknown;
}

export interface ReportJob {
  id: string;
  kind: ReportKind;
  params: Record<string, unknown>;
  owner: string;
  status: JobStatus;
  /** 0–100. */
  progress: number;
  step: string;
  createdAt: string;
  finishedAt?: string;
  error?: string;
  output?: ReportOutput;
}

export type ReportWork = (step: (label: string) => void) => Promise<ReportOutput>;

/**
 * Report generation takes a while (four services, then Chromium): jobs run one at a time in
 * the background, report their progress, and keep their result for an hour. Kept in the
 * gateway's memory: with several gateway instances, fetch from the one that started the job.
 */
export class ReportJobs {
  private readonly jobs = new Map<string, ReportJob>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly keepMs = 60 * 60 * 1000,
    private readonly maxJobs = 50,
  ) {}

  start(
    kind: ReportKind,
    params: Record<string, unknown>,
    owner: Identity,
    steps: number,
    work: ReportWork,
  ): ReportJob {
    this.prune();
    const job: ReportJob = {
      id: randomUUID(),
      kind,
      params,
      owner: owner.sub,
      status: 'QUEUED',
      progress: 0,
      step: 'I kö',
      createdAt: new Date().toISOString(),
    };
    this.jobs.set(job.id, job);
    let done = 0;
    const step = (label: string) => {
      job.step = label;
      job.progress = Math.min(99, Math.round((done++ / steps) * 100));
    };
    this.queue = this.queue.then(async () => {
      job.status = 'RUNNING';
      try {
        job.output = await work(step);
        job.status = 'DONE';
        job.progress = 100;
        job.step = 'Klar';
      } catch (error) {
        job.status = 'FAILED';
        job.error = error instanceof Error ? error.message : String(error);
        job.step = 'Misslyckades';
      }
      job.finishedAt = new Date().toISOString();
    });
    return job;
  }

  get(id: string, asker: Identity): ReportJob | undefined {
    const job = this.jobs.get(id);
    return job && (job.owner === asker.sub || asker.roles.includes('ADMIN')) ? job : undefined;
  }

  private prune(): void {
    const cutoff = Date.now() - this.keepMs;
    for (const [id, job] of this.jobs) if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
    while (this.jobs.size >= this.maxJobs) this.jobs.delete(this.jobs.keys().next().value!);
  }
}
