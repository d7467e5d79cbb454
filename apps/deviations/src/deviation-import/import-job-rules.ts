import type { RowError } from './deviation-csv-rules';

export const IMPORT_JOB_STATUSES = ['RECEIVING', 'WRITING', 'DONE', 'REFUSED', 'FAILED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Rows a file read as a stream may have: ten times what a file sent as GraphQL text may. */
export const MAX_STREAMED_ROWS = 200_000;
/** Errors a job keeps to show; the count says how many there were. */
export const KEPT_ERRORS = 200;
/** Rows staged, checked against what was imported before, and written at a time. */
export const STREAM_BATCH = 1000;

/**
 * The errors of a file read as a stream, kept as they come: all are counted, the first
 * `KEPT_ERRORS` are shown, so a file wrong on every line does not fill the memory.
 */
export function keepErrors(kept: readonly RowError[], count: number, found: readonly RowError[]) {
  return { kept: [...kept, ...found].slice(0, KEPT_ERRORS), count: count + found.length };
}

/** A job that was receiving or writing when the service stopped never finishes: it failed. */
export const isUnfinished = (status: ImportJobStatus) => status === 'RECEIVING' || status === 'WRITING';
