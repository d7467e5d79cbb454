import { addMonths } from '@kvalitetsnav/calendar';
import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { FollowUpStatus } from '@kvalitetsnav/events';

/**
 * A follow-up's life: planned → in progress (fieldwork, after preparation) → reported
 * (findings, required actions) → closed (every action re-checked). It may be cancelled
 * until it is closed.
 */

export const FOLLOW_UP_METHODS = ['OBSERVATION', 'INTERVIEW', 'SURVEY', 'DOCUMENT_REVIEW'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

/** The preparation of seed 002 §3.1: read the contract, complaints, the business report, MAS/MAR input, system data. */
export const CHECKLIST_ITEMS = ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const ACTION_STATUSES = ['OPEN', 'PLAN_RECEIVED', 'COMPLETED', 'VERIFIED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface FollowUpFacts {
  status: FollowUpStatus;
  responsible: string | null;
  methods: string[];
  checklist: { item: string; done: boolean }[];
  findings: string | null;
  actionStatuses: ActionStatus[];
}

export type FollowUpCommand = 'START' | 'REPORT' | 'CLOSE' | 'CANCEL';

const TARGET: Record<FollowUpCommand, { from: FollowUpStatus[]; to: FollowUpStatus }> = {
  START: { from: ['PLANNED'], to: 'IN_PROGRESS' },
  REPORT: { from: ['IN_PROGRESS'], to: 'REPORTED' },
  CLOSE: { from: ['REPORTED'], to: 'CLOSED' },
  CANCEL: { from: ['PLANNED', 'IN_PROGRESS', 'REPORTED'], to: 'CANCELLED' },
};

/** The status a command leads to, or the rule it breaks: a wrong state (a conflict) before anything missing. */
export function followUpTransition(
  command: FollowUpCommand,
  facts: FollowUpFacts,
): { to: FollowUpStatus } | { violation: RuleViolation } {
  const { from, to } = TARGET[command];
  if (!from.includes(facts.status))
    return {
      violation: contractsViolation('FOLLOW_UP_TRANSITION', 'status', { from: facts.status, to, allowedFrom: from }),
    };
  const violation = missingFor(command, facts);
  return violation ? { violation } : { to };
}

function missingFor(command: FollowUpCommand, facts: FollowUpFacts): RuleViolation | null {
  if (command === 'START') {
    if (!facts.responsible) return contractsViolation('RESPONSIBLE_REQUIRED', 'responsible');
    const missing = CHECKLIST_ITEMS.filter((item) => !facts.checklist.some((c) => c.item === item && c.done));
    if (missing.length) return contractsViolation('PREPARATION_NOT_DONE', 'checklist', { missing });
  }
  if (command === 'REPORT') {
    if (!facts.methods.length) return contractsViolation('METHOD_REQUIRED', 'methods');
    if (!facts.findings?.trim()) return contractsViolation('FINDINGS_REQUIRED', 'findings');
  }
  if (command === 'CLOSE') {
    const count = facts.actionStatuses.filter((s) => s !== 'VERIFIED').length;
    if (count) return contractsViolation('ACTIONS_NOT_VERIFIED', 'actions', { count });
  }
  return null;
}

/** An action is overdue once its deadline has passed while the provider has not completed it. */
export function isActionOverdue(action: { status: ActionStatus; deadline: string }, today: string): boolean {
  return (action.status === 'OPEN' || action.status === 'PLAN_RECEIVED') && action.deadline < today;
}

/** New contracts are followed up about six months after they start (seed 002 §3.6). */
export function newStartFollowUpDate(startDate: string): string {
  return addMonths(startDate, 6);
}

/**
 * A contract registered long after it began needs no new-start follow-up: only one starting
 * in the future or in the last six months gets one.
 */
export function needsNewStartFollowUp(startDate: string, today: string): boolean {
  return newStartFollowUpDate(startDate) >= today;
}

export type BoardReportMonth = 'JUNE' | 'NOVEMBER';

/**
 * The board hears follow-ups without a decision case twice a year: in June for those
 * reported 1 December – 31 May, in November for 1 June – 30 November (the plan period of seed 002).
 * A year with a plan follows the plan's own periods instead (reportedPeriod in plan-period-rules).
 */
export function boardReportPeriod(year: number, month: BoardReportMonth): { from: string; to: string } {
  return month === 'JUNE'
    ? { from: `${year - 1}-12-01`, to: `${year}-05-31` }
    : { from: `${year}-06-01`, to: `${year}-11-30` };
}

export type ActionCommand = 'SUBMIT_PLAN' | 'COMPLETE' | 'RECHECK_MET' | 'RECHECK_NOT_MET';

const ACTION_TARGET: Record<ActionCommand, { from: ActionStatus[]; to: ActionStatus }> = {
  SUBMIT_PLAN: { from: ['OPEN', 'PLAN_RECEIVED'], to: 'PLAN_RECEIVED' },
  COMPLETE: { from: ['OPEN', 'PLAN_RECEIVED'], to: 'COMPLETED' },
  RECHECK_MET: { from: ['COMPLETED'], to: 'VERIFIED' },
  // Not met at re-check: back to the provider, its plan kept.
  RECHECK_NOT_MET: { from: ['COMPLETED'], to: 'PLAN_RECEIVED' },
};

/** The status an action goes to, or the rule it breaks; actions change only while their follow-up is reported. */
export function actionTransition(
  command: ActionCommand,
  status: ActionStatus,
  followUpStatus: FollowUpStatus = 'REPORTED',
): { to: ActionStatus } | { violation: RuleViolation } {
  if (followUpStatus !== 'REPORTED')
    return { violation: contractsViolation('ACTIONS_CLOSED', 'actionId', { status: followUpStatus }) };
  const { from, to } = ACTION_TARGET[command];
  return from.includes(status)
    ? { to }
    : { violation: contractsViolation('ACTION_TRANSITION', 'actionId', { from: status, to, allowedFrom: from }) };
}
