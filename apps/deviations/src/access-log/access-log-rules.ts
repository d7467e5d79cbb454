import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import { addDays } from '@kvalitetsnav/calendar';

/**
 * Who read what: every time an individual's data is returned (the protected original of a lex
 * Sarah or lex Maria report, one deviation opened with its texts, the decisions not executed of
 * individuals), the reader, their roles, the records and the reason they gave are logged, and
 * the log is only ever added to.
 */

/** The kinds of record whose reading is logged. */
export const ACCESS_LOG_RECORD_KINDS = ['DEVIATION', 'DECISION_NOT_EXECUTED'] as const;
export type AccessLogRecordKind = (typeof ACCESS_LOG_RECORD_KINDS)[number];

/**
 * The reads that are logged, each a field of the API, with the kind of record it returns and
 * the fields that carry an individual's data there (none listed: the field itself is such data).
 *
 * - `protectedDescription`: the unredacted original of a lex Sarah / lex Maria report.
 * - `deviation`: one deviation or complaint opened by id, with its free texts (redacted, but
 *   about the people involved) or who complained.
 * - `decisionsNotExecuted`: the register of decisions not executed. Each row is one person's
 *   decision (intervention, law, gender, dates, why) and there is no page per decision: the
 *   list is where it is read, so one entry per list read, with the ids of the decisions shown.
 * - `decisionsNotExecutedQuarterReport.decisions`: the same decisions, as a quarter report lists them.
 *
 * Not logged: lists of deviations (`deviations`, `deviationsPage`, `overdueDeviations`, an
 * overview of cases at units, each read in full when opened), and every count and share
 * (`deviationStatistics`, breakdowns, trends, `decisionsNotExecutedByQuarter`, the quarter
 * report's groups), which are about no one person.
 */
export const LOGGED_READS = {
  protectedDescription: { recordKind: 'DEVIATION', individualFields: null },
  deviation: {
    recordKind: 'DEVIATION',
    individualFields: ['description', 'actions', 'finalAssessment', 'complainant'],
  },
  decisionsNotExecuted: {
    recordKind: 'DECISION_NOT_EXECUTED',
    individualFields: ['intervention', 'law', 'gender', 'decidedOn', 'interruptedOn', 'reason', 'executedOn'],
  },
  'decisionsNotExecutedQuarterReport.decisions': {
    recordKind: 'DECISION_NOT_EXECUTED',
    individualFields: ['intervention', 'law', 'gender', 'decidedOn', 'interruptedOn', 'reason', 'executedOn'],
  },
} as const satisfies Record<string, { recordKind: AccessLogRecordKind; individualFields: readonly string[] | null }>;

/** The fields (or views) whose reading is logged. */
export type LoggedField = keyof typeof LOGGED_READS;
export const LOGGED_FIELDS = Object.keys(LOGGED_READS) as LoggedField[];

/** What one logged read records: which kind of record, which records, through which field. */
export interface LoggedRead {
  recordKind: AccessLogRecordKind;
  recordIds: string[];
  field: LoggedField;
}

/**
 * Whether a read is logged, and as what: a read through one of LOGGED_READS that returned at
 * least one record is logged when the caller selected a field carrying individual data (the
 * protected original always is); one entry for the read, with every record it returned.
 * The protected original is its own read, so a deviation opened for its original alone is one
 * entry, not two.
 */
export function loggedRead(field: LoggedField, selected: readonly string[], ids: readonly string[]): LoggedRead | null {
  const { recordKind, individualFields } = LOGGED_READS[field];
  const recordIds = [...new Set(ids)];
  if (recordIds.length === 0) return null;
  const individual =
    individualFields === null || selected.some((name) => (individualFields as readonly string[]).includes(name));
  return individual ? { recordKind, recordIds, field } : null;
}

/**
 * Who may see their own reads: everyone who can make a logged read (the protected text's
 * readers, and the handlers of deviations and decisions not executed).
 */
export const OWN_READS_READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE'] as const;

/** The longest reason a reader may give. */
export const READ_REASON_MAX = 500;

/** The most entries one page may hold, and the default. */
export const ACCESS_LOG_PAGE_MAX = 200;
export const ACCESS_LOG_PAGE_DEFAULT = 50;

/** The reason as kept: trimmed, and none when blank. */
export function readReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A reason is at most READ_REASON_MAX characters (after trimming); none at all is fine. */
export function readReasonViolation(reason: string | null | undefined): RuleViolation | null {
  const kept = readReason(reason);
  return kept !== null && kept.length > READ_REASON_MAX
    ? deviationsViolation('TEXT_LENGTH', 'reason', { min: 1, max: READ_REASON_MAX })
    : null;
}

export interface AccessLogCriteria {
  from?: string | null;
  to?: string | null;
  userSub?: string | null;
  recordKind?: AccessLogRecordKind | null;
  recordId?: string | null;
  /** A deviation's id: the same as recordKind DEVIATION with that recordId. */
  deviationId?: string | null;
}

/** SQL conditions on the log (alias l) and their parameters. */
export interface Conditions {
  where: string[];
  params: Record<string, string>;
}

/**
 * What a search selects. A period is whole days in Swedish time: from the start of `from` up to
 * the end of `to`. The reader is matched on their identity (sub), the record on its kind and on
 * its id among the records a read returned.
 */
export function accessLogConditions(criteria: AccessLogCriteria): Conditions {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (criteria.from) {
    where.push(`l.read_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`);
    params['from'] = criteria.from;
  }
  if (criteria.to) {
    where.push(`l.read_at < (CAST(:before AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`);
    params['before'] = addDays(criteria.to, 1);
  }
  if (criteria.userSub) {
    where.push('l.reader_sub = :userSub');
    params['userSub'] = criteria.userSub;
  }
  if (criteria.recordKind) {
    where.push('l.record_kind = :recordKind');
    params['recordKind'] = criteria.recordKind;
  }
  if (criteria.recordId) {
    where.push('l.record_ids @> ARRAY[CAST(:recordId AS uuid)]');
    params['recordId'] = criteria.recordId;
  }
  if (criteria.deviationId) {
    where.push(`l.record_kind = 'DEVIATION' AND l.record_ids @> ARRAY[CAST(:deviationId AS uuid)]`);
    params['deviationId'] = criteria.deviationId;
  }
  return { where, params };
}

/** My own reads: whatever else is asked, only the caller's. */
export const ownReads = (sub: string, criteria: AccessLogCriteria = {}): AccessLogCriteria => ({
  ...criteria,
  userSub: sub,
});
