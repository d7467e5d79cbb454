import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { ContractForm, FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import type { ChecklistItem } from './follow-up-workflow-rules';

/** Types that follow up one contract; overarching and thematic ones span providers. */
export const NEEDS_CONTRACT: readonly FollowUpType[] = ['SPECIFIC', 'NEW_START', 'TRIGGERED', 'IOP_ANNUAL'];

/**
 * What a new follow-up's type needs: a contract for the contract types, an IOP contract for the
 * IOP annual follow-up, and the signal that triggered a triggered one.
 */
export function creationViolations(
  input: { type: FollowUpType; purpose?: string | null },
  contract: { form: ContractForm } | null,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!contract && NEEDS_CONTRACT.includes(input.type))
    violations.push(contractsViolation('CONTRACT_REQUIRED', 'contractId', { type: input.type }));
  if (input.type === 'IOP_ANNUAL' && contract && contract.form !== 'IOP')
    violations.push(contractsViolation('IOP_CONTRACT_REQUIRED', 'contractId', { form: contract.form }));
  if (input.type === 'TRIGGERED' && !input.purpose?.trim())
    violations.push(contractsViolation('TRIGGER_REQUIRED', 'purpose'));
  return violations;
}

/** Preparation (officials, methods, checklist, date) is done before the follow-up is reported. */
export function preparationViolation(status: FollowUpStatus): RuleViolation | null {
  return status === 'PLANNED' || status === 'IN_PROGRESS'
    ? null
    : contractsViolation('PREPARATION_CLOSED', 'followUpId', { status });
}

export interface ChecklistEntryFacts {
  item: ChecklistItem;
  done: boolean;
  note?: string | null;
}

/** The checklist after an update: the steps given replace their earlier entries, the rest are kept. */
export function mergeChecklist(kept: readonly ChecklistEntryFacts[], given: readonly ChecklistEntryFacts[]) {
  const items = given.map((c) => c.item);
  return [
    ...kept.filter((c) => !items.includes(c.item)),
    ...given.map((c) => ({ item: c.item, done: c.done, note: c.note?.trim() || null })),
  ];
}

/** Each preparation step once per update, and two officials who are not the same person. */
export function preparedViolations(
  checklist: readonly { item: ChecklistItem }[] | null | undefined,
  officials: { responsible: string | null | undefined; assistant: string | null | undefined },
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const items = (checklist ?? []).map((c) => c.item);
  const twice = items.find((item, i) => items.indexOf(item) !== i);
  if (twice) violations.push(commonViolation('LISTED_TWICE', 'checklist', { value: twice }));
  if (officials.responsible && officials.responsible === officials.assistant)
    violations.push(contractsViolation('ASSISTANT_IS_RESPONSIBLE', 'assistant'));
  return violations;
}

/** A required action's deadline lies ahead (today included) when the follow-up is reported. */
export function deadlineViolations(actions: readonly { deadline: string }[], today: string): RuleViolation[] {
  return actions.flatMap((a, i) =>
    a.deadline < today
      ? [contractsViolation('DEADLINE_PASSED', `actions.${i}.deadline`, { value: a.deadline, today })]
      : [],
  );
}

/**
 * A re-check that finds an action not met may give the provider a new deadline, which lies
 * ahead (today included); one that finds it met closes it and gives none.
 */
export function recheckViolations(
  recheck: { met: boolean; newDeadline?: string | null },
  today: string,
): RuleViolation[] {
  if (!recheck.newDeadline) return [];
  if (recheck.met) return [contractsViolation('NEW_DEADLINE_WHEN_MET', 'newDeadline')];
  return recheck.newDeadline < today
    ? [contractsViolation('DEADLINE_PASSED', 'newDeadline', { value: recheck.newDeadline, today })]
    : [];
}

/** A report is published once, after it is reported. */
export function publicationViolation(followUp: {
  status: FollowUpStatus;
  publishedOn: string | null;
}): RuleViolation | null {
  if (followUp.status !== 'REPORTED' && followUp.status !== 'CLOSED')
    return contractsViolation('NOT_REPORTED', 'followUpId', { status: followUp.status });
  if (followUp.publishedOn)
    return contractsViolation('ALREADY_PUBLISHED', 'followUpId', { publishedOn: followUp.publishedOn });
  return null;
}

/**
 * A decision case goes before the board once, at a meeting on or after the report; a follow-up
 * without one is heard in the half-yearly report instead.
 */
export function boardPresentationViolation(
  followUp: { decisionNeeded: boolean; reportedOn: string | null; boardMeetingOn: string | null },
  meetingOn: string,
): RuleViolation | null {
  if (!followUp.decisionNeeded) return contractsViolation('NO_DECISION_CASE', 'followUpId');
  if (followUp.reportedOn && meetingOn < followUp.reportedOn)
    return contractsViolation('MEETING_BEFORE_REPORT', 'meetingOn', { reportedOn: followUp.reportedOn });
  if (followUp.boardMeetingOn)
    return contractsViolation('ALREADY_PRESENTED', 'followUpId', { boardMeetingOn: followUp.boardMeetingOn });
  return null;
}
