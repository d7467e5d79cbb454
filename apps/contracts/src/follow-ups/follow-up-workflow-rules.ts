import { FollowUpStatus } from '@kvalitetsnav/events';

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

export interface TransitionProblem {
  field: string;
  message: string;
  /** True when the follow-up is in the wrong state, rather than incomplete. */
  conflict: boolean;
}

/** The status a command leads to, or why it is refused. */
export function followUpTransition(
  command: FollowUpCommand,
  facts: FollowUpFacts,
): { to: FollowUpStatus } | { problem: TransitionProblem } {
  const { from, to } = TARGET[command];
  if (!from.includes(facts.status)) {
    return {
      problem: {
        field: 'status',
        conflict: true,
        message: `a ${facts.status} follow-up cannot go to ${to} (only from ${from.join(' or ')})`,
      },
    };
  }
  const incomplete = (field: string, message: string) => ({ problem: { field, message, conflict: false } });
  if (command === 'START') {
    if (!facts.responsible)
      return incomplete('responsible', 'a responsible official must be named before the follow-up starts');
    const open = CHECKLIST_ITEMS.filter((item) => !facts.checklist.some((c) => c.item === item && c.done));
    if (open.length) return incomplete('checklist', `preparation is not done: ${open.join(', ')}`);
  }
  if (command === 'REPORT') {
    if (!facts.methods.length) return incomplete('methods', 'at least one method must be recorded before reporting');
    if (!facts.findings?.trim()) return incomplete('findings', 'findings are required to report a follow-up');
  }
  if (command === 'CLOSE') {
    const unverified = facts.actionStatuses.filter((s) => s !== 'VERIFIED').length;
    if (unverified)
      return incomplete(
        'actions',
        `${unverified} required action${unverified === 1 ? ' is' : 's are'} not yet verified at re-check`,
      );
  }
  return { to };
}

/** An action is overdue once its deadline has passed while the provider has not completed it. */
export function isActionOverdue(action: { status: ActionStatus; deadline: string }, today: string): boolean {
  return (action.status === 'OPEN' || action.status === 'PLAN_RECEIVED') && action.deadline < today;
}

/** New contracts are followed up about six months after they start (seed 002 §3.6). */
export function newStartFollowUpDate(startDate: string): string {
  const [y, m, d] = startDate.split('-').map(Number);
  const month = m + 6;
  const year = y + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * A contract registered long after it began needs no new-start follow-up: only one starting
 * in the future or in the last six months gets one.
 */
export function needsNewStartFollowUp(startDate: string, today: string): boolean {
  return newStartFollowUpDate(startDate) >= today;
}

/**
 * The board hears follow-ups without a decision case twice a year: in June for those
 * reported 1 December – 31 May, in November for 1 June – 30 November (the plan period of seed 002).
 */
export function boardReportPeriod(year: number, month: 'JUNE' | 'NOVEMBER'): { from: string; to: string } {
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

/** The status an action goes to, or why not. */
export function actionTransition(
  command: ActionCommand,
  status: ActionStatus,
): { to: ActionStatus } | { problem: string } {
  const { from, to } = ACTION_TARGET[command];
  return from.includes(status)
    ? { to }
    : { problem: `an action that is ${status} cannot become ${to} (only from ${from.join(' or ')})` };
}
