import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';
import type { ContractStatus } from '../contracts/contract-status-rules';

/**
 * The ordering function's list (beställarfunktionens lista) of contracts it wants followed up,
 * most wanted first. It is kept as an ordered list of contract ids: a place is 1-based.
 */

/** The list with `contractId` (taken out first, if it was on it) put at `position`. */
export function placedAt(list: readonly string[], contractId: string, position: number): string[] {
  const others = list.filter((id) => id !== contractId);
  return [...others.slice(0, position - 1), contractId, ...others.slice(position - 1)];
}

/** A place runs from 1 to `max`: the end of the list, or one past it for a contract being added. */
export function positionViolation(position: number, max: number): RuleViolation | null {
  return position < 1 || position > max
    ? contractsViolation('ORDERING_POSITION_OUT_OF_RANGE', 'position', { value: position, max })
    : null;
}

/** A contract goes on the list once, while it is in force, at a place from 1 to one past the end. */
export function addViolations(
  list: readonly string[],
  contractId: string,
  status: ContractStatus,
  position: number,
): RuleViolation[] {
  const at = list.indexOf(contractId);
  return [
    at >= 0 ? contractsViolation('ALREADY_ON_ORDERING_LIST', 'contractId', { position: at + 1 }) : null,
    status === 'EXPIRED' || status === 'TERMINATED'
      ? contractsViolation('CONTRACT_NOT_IN_FORCE', 'contractId', { status })
      : null,
    positionViolation(position, list.length + 1),
  ].filter((v): v is RuleViolation => v !== null);
}

/** Moving or removing needs the contract to be on the list; a move stays within it. */
export function moveViolations(list: readonly string[], contractId: string, position?: number): RuleViolation[] {
  if (!list.includes(contractId)) return [contractsViolation('NOT_ON_ORDERING_LIST', 'contractId', {})];
  const violation = position === undefined ? null : positionViolation(position, list.length);
  return violation ? [violation] : [];
}
