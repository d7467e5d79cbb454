import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { DeviationKind } from '@kvalitetsnav/events';

/**
 * Handling a deviation (seed 004, seed 002 §3.2.4): one step at a time from the report to
 * closing, with the actions and the final assessment written down, and for lex Sarah and lex
 * Maria the seriousness assessed and a serious case reported to IVO. Dates are days in Sweden.
 */

export const DEVIATION_STATUSES = [
  'REPORTED',
  'INVESTIGATING',
  'ACTIONS_REGISTERED',
  'FINAL_ASSESSMENT',
  'CLOSED',
] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

export const SERIOUSNESS = ['SERIOUS', 'NOT_SERIOUS'] as const;
export type Seriousness = (typeof SERIOUSNESS)[number];

/** Lex Sarah (impropriety) and lex Maria (care injury): assessed for seriousness, serious ones reported to IVO. */
export const LEX_KINDS: readonly DeviationKind[] = ['LEX_SARAH', 'LEX_MARIA'];
export const isLex = (kind: DeviationKind): boolean => LEX_KINDS.includes(kind);

/** What the workflow reads of a deviation. */
export interface WorkflowFacts {
  kind: DeviationKind;
  status: DeviationStatus;
  reportedOn: string;
  investigationStartedOn: string | null;
  actionsRegisteredOn: string | null;
  finalAssessedOn: string | null;
  seriousness: Seriousness | null;
  ivoReportedOn: string | null;
}

export interface StatusChange {
  to: DeviationStatus;
  /** The actions or the final assessment, trimmed; null when none was given. */
  text: string | null;
  on: string;
}

/** The columns a step sets. */
export interface StepRecord {
  status: DeviationStatus;
  investigationStartedOn?: string;
  actionsRegisteredOn?: string;
  actions?: string;
  finalAssessedOn?: string;
  finalAssessment?: string;
  closedOn?: string;
}

export const nextStatus = (from: DeviationStatus): DeviationStatus | undefined =>
  DEVIATION_STATUSES[DEVIATION_STATUSES.indexOf(from) + 1];

/** Only the next step is allowed: reported → investigating → actions registered → final assessment → closed. */
export function transitionViolation(from: DeviationStatus, to: DeviationStatus): RuleViolation | null {
  const next = nextStatus(from);
  if (to === next) return null;
  return next
    ? deviationsViolation('NOT_NEXT_STATUS', 'to', { from, to, next })
    : deviationsViolation('STATUS_FINAL', 'to', { status: from });
}

/** The steps that record a text: the actions taken, and the final assessment. */
export const STEPS_WITH_TEXT: readonly DeviationStatus[] = ['ACTIONS_REGISTERED', 'FINAL_ASSESSMENT'];

/** The day of the latest step so far; the next step cannot be dated before it. */
export function latestStepDate(d: WorkflowFacts): string {
  return [d.reportedOn, d.investigationStartedOn, d.actionsRegisteredOn, d.finalAssessedOn]
    .filter((day): day is string => day !== null)
    .reduce((latest, day) => (day > latest ? day : latest));
}

/**
 * Everything that stops the step. A step that is not the next one is refused for that alone:
 * what else is wrong would be about a step the deviation cannot take.
 */
export function statusChangeViolations(d: WorkflowFacts, change: StatusChange, today: string): RuleViolation[] {
  const transition = transitionViolation(d.status, change.to);
  if (transition) return [transition];
  const previous = latestStepDate(d);
  const found: (RuleViolation | null)[] = [
    change.on > today ? deviationsViolation('IN_THE_FUTURE', 'on', { value: change.on, today }) : null,
    change.on < previous ? deviationsViolation('BEFORE_PREVIOUS_STEP', 'on', { value: change.on, previous }) : null,
    STEPS_WITH_TEXT.includes(change.to) && !change.text
      ? deviationsViolation('STEP_TEXT_REQUIRED', 'text', { to: change.to })
      : null,
    change.to === 'FINAL_ASSESSMENT' && isLex(d.kind) && !d.seriousness
      ? deviationsViolation('SERIOUSNESS_NOT_ASSESSED', 'to', { kind: d.kind })
      : null,
    change.to === 'CLOSED' && d.seriousness === 'SERIOUS' && !d.ivoReportedOn
      ? deviationsViolation('NOT_REPORTED_TO_IVO', 'to', { kind: d.kind })
      : null,
  ];
  return found.filter((v): v is RuleViolation => v !== null);
}

/** What a step records: its day, and the actions or the assessment. */
export function stepRecord(change: StatusChange): StepRecord {
  const { to, on, text } = change;
  if (to === 'INVESTIGATING') return { status: to, investigationStartedOn: on };
  if (to === 'ACTIONS_REGISTERED') return { status: to, actionsRegisteredOn: on, actions: text ?? '' };
  if (to === 'FINAL_ASSESSMENT') return { status: to, finalAssessedOn: on, finalAssessment: text ?? '' };
  if (to === 'CLOSED') return { status: to, closedOn: on };
  return { status: to };
}

/** Seriousness is assessed for lex Sarah and lex Maria, and no longer once the case is with IVO. */
export function seriousnessViolation(d: WorkflowFacts): RuleViolation | null {
  if (!isLex(d.kind)) return deviationsViolation('SERIOUSNESS_ONLY_FOR_LEX', 'deviationId', { kind: d.kind });
  if (d.ivoReportedOn)
    return deviationsViolation('ALREADY_REPORTED_TO_IVO', 'seriousness', { reportedOn: d.ivoReportedOn });
  return null;
}

/**
 * A lex Sarah or lex Maria assessed as serious is reported to IVO once, on a day from its
 * report up to today.
 */
export function ivoReportViolation(d: WorkflowFacts, reportedOn: string, today: string): RuleViolation | null {
  if (!isLex(d.kind)) return deviationsViolation('IVO_ONLY_FOR_LEX', 'deviationId', { kind: d.kind });
  if (d.seriousness !== 'SERIOUS')
    return deviationsViolation('IVO_ONLY_FOR_SERIOUS', 'deviationId', { seriousness: d.seriousness });
  if (d.ivoReportedOn)
    return deviationsViolation('ALREADY_REPORTED_TO_IVO', 'deviationId', { reportedOn: d.ivoReportedOn });
  if (reportedOn > today || reportedOn < d.reportedOn)
    return deviationsViolation('DATE_OUT_OF_RANGE', 'reportedOn', {
      value: reportedOn,
      earliest: d.reportedOn,
      today,
    });
  return null;
}
