import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { StoredResponse } from './supervision-case.entity';

/** What the rules need of a case: when it opened, whether it is closed, and its responses. */
export interface CaseState {
  openedOn: string;
  closedOn: string | null;
  responses: readonly StoredResponse[];
}

const present = (v: RuleViolation | null): v is RuleViolation => v !== null;

/** A day recorded on a case: it has happened (not after today) and not before the case opened. */
function pastDayViolation(field: string, value: string, openedOn: string, today: string): RuleViolation | null {
  if (value > today) return contractsViolation('IN_THE_FUTURE', field, { value, today });
  if (value < openedOn) return contractsViolation('SUPERVISION_BEFORE_OPENED', field, { openedOn });
  return null;
}

/** A closed case takes no more changes. */
export function closedCaseViolation(state: CaseState): RuleViolation | null {
  return state.closedOn ? contractsViolation('SUPERVISION_CASE_CLOSED', undefined, { closedOn: state.closedOn }) : null;
}

/** A case is registered when it has opened: the opening day is not in the future. */
export function openedOnViolation(openedOn: string, today: string): RuleViolation | null {
  return openedOn > today ? contractsViolation('IN_THE_FUTURE', 'openedOn', { value: openedOn, today }) : null;
}

/** A required response is due on or after the day the case opened; it may be due in the future. */
export function responseDueViolations(state: CaseState, dueOn: string): RuleViolation[] {
  return [
    closedCaseViolation(state),
    dueOn < state.openedOn
      ? contractsViolation('SUPERVISION_BEFORE_OPENED', 'dueOn', { openedOn: state.openedOn })
      : null,
  ].filter(present);
}

/** A response is sent once, on a day that has come and not before the case opened. */
export function responseSentViolations(
  state: CaseState,
  response: StoredResponse,
  sentOn: string,
  today: string,
): RuleViolation[] {
  const closed = closedCaseViolation(state);
  if (closed) return [closed];
  if (response.sentOn)
    return [contractsViolation('SUPERVISION_RESPONSE_SENT', 'responseId', { sentOn: response.sentOn })];
  return [pastDayViolation('sentOn', sentOn, state.openedOn, today)].filter(present);
}

/** The authority's decision is recorded on a day that has come, not before the case opened. */
export function decisionViolations(state: CaseState, decidedOn: string, today: string): RuleViolation[] {
  return [closedCaseViolation(state), pastDayViolation('decidedOn', decidedOn, state.openedOn, today)].filter(present);
}

/** A case is closed when every required response has been sent, on a day that has come. */
export function closeViolations(state: CaseState, closedOn: string, today: string): RuleViolation[] {
  const closed = closedCaseViolation(state);
  if (closed) return [closed];
  const unsent = state.responses.filter((r) => !r.sentOn).length;
  return [
    unsent ? contractsViolation('SUPERVISION_RESPONSES_UNSENT', undefined, { count: unsent }) : null,
    pastDayViolation('closedOn', closedOn, state.openedOn, today),
  ].filter(present);
}

/** A response is overdue when it has not been sent and its last day has passed. */
export const isOverdue = (response: StoredResponse, today: string): boolean =>
  !response.sentOn && response.dueOn < today;

/** Who a case is about, for the contract risk. */
export interface CaseConcerns {
  providerId: string | null;
  unitId: string | null;
  openedOn: string;
  closedOn: string | null;
}

/**
 * Cases open on `asOf` (opened by then, not yet closed) that concern a contract: those about one
 * of its units, and those about its provider as a whole (no unit named). A case about the
 * administration itself concerns no contract.
 */
export function openCasesConcerning(
  cases: readonly CaseConcerns[],
  contract: { providerId: string; unitIds: readonly string[] },
  asOf: string,
): number {
  return cases.filter(
    (c) =>
      c.openedOn <= asOf &&
      (!c.closedOn || c.closedOn > asOf) &&
      (c.unitId ? contract.unitIds.includes(c.unitId) : c.providerId !== null && c.providerId === contract.providerId),
  ).length;
}
