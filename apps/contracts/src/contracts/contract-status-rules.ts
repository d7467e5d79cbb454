import { contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

export const CONTRACT_STATUSES = ['PLANNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export interface ContractPeriod {
  startDate: string;
  endDate: string | null;
  terminatedOn: string | null;
}

/**
 * A contract's status on a day (ISO dates compare as strings): terminated from its termination
 * date, expired after its end date, planned before its start, otherwise active.
 */
export function contractStatus(contract: ContractPeriod, today: string): ContractStatus {
  if (contract.terminatedOn !== null && contract.terminatedOn <= today) return 'TERMINATED';
  if (contract.endDate !== null && contract.endDate < today) return 'EXPIRED';
  if (contract.startDate > today) return 'PLANNED';
  return 'ACTIVE';
}

/** A new contract ends on or after the day it starts; an open-ended one never ends. */
export function periodViolation(startDate: string, endDate: string | null | undefined): RuleViolation | null {
  return endDate && endDate < startDate ? contractsViolation('END_BEFORE_START', 'endDate', { startDate }) : null;
}

/** A contract covers only its provider's units: the ids given that are not among them, if any. */
export function unitsViolation(
  unitIds: readonly string[],
  units: readonly { id: string; providerId: string }[],
  provider: { id: string; name: string },
): RuleViolation | null {
  const strangers = unitIds.filter((id) => !units.some((u) => u.id === id && u.providerId === provider.id));
  return strangers.length
    ? contractsViolation('UNITS_OF_ANOTHER_PROVIDER', 'unitIds', {
        ids: strangers,
        providerId: provider.id,
        providerName: provider.name,
      })
    : null;
}

/** Why a termination on `terminatedOn` is not possible, or null when it is. */
export function terminationViolation(contract: ContractPeriod, terminatedOn: string): RuleViolation | null {
  if (contract.terminatedOn !== null)
    return contractsViolation('ALREADY_TERMINATED', 'contractId', { terminatedOn: contract.terminatedOn });
  return outsidePeriodViolation(contract, terminatedOn);
}

/**
 * An edited period of a terminated contract still holds its termination day: moving the start
 * past it or the end before it would make the termination one the contract could not have had.
 */
export function editedPeriodViolation(contract: ContractPeriod): RuleViolation | null {
  return contract.terminatedOn === null ? null : outsidePeriodViolation(contract, contract.terminatedOn);
}

function outsidePeriodViolation(period: ContractPeriod, terminatedOn: string): RuleViolation | null {
  if (terminatedOn < period.startDate)
    return contractsViolation('TERMINATED_BEFORE_START', 'terminatedOn', { startDate: period.startDate });
  if (period.endDate !== null && terminatedOn > period.endDate)
    return contractsViolation('TERMINATED_AFTER_END', 'terminatedOn', { endDate: period.endDate });
  return null;
}
