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

/** Why a termination on `terminatedOn` is not possible, or undefined when it is. */
export function terminationProblem(contract: ContractPeriod, terminatedOn: string): string | undefined {
  if (contract.terminatedOn !== null) return `the contract is already terminated as of ${contract.terminatedOn}`;
  if (terminatedOn < contract.startDate) return `terminatedOn must be on or after the start date ${contract.startDate}`;
  if (contract.endDate !== null && terminatedOn > contract.endDate)
    return `terminatedOn must be on or before the end date ${contract.endDate}`;
  return undefined;
}
