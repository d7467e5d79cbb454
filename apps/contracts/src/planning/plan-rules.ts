import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

/** The focus areas as the board wrote them, each once, without blanks. */
export function focusAreasOf(areas: readonly string[]): string[] {
  return [...new Set(areas.map((f) => f.trim()).filter(Boolean))];
}

export interface ProposalDetails {
  contractId: string;
  responsible?: string | null;
  plannedOn?: string | null;
}

export interface Acceptance {
  /** The contracts the selection proposed. */
  proposed: readonly string[];
  /** Accepted without details; null with no details given means every proposal. */
  contractIds: readonly string[] | null;
  /** Accepted with a responsible official and a planned date. */
  details: readonly ProposalDetails[] | null;
  /** The days of the plan period the selection was made for. */
  period: { from: string; to: string };
}

/**
 * What an acceptance may name: only proposed contracts, each once, each planned inside the
 * selection's plan period (so it counts against that period's target).
 */
export function acceptanceViolations({ proposed, contractIds, details, period }: Acceptance): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const strangers = (contractIds ?? []).filter((id) => !proposed.includes(id));
  if (strangers.length) violations.push(contractsViolation('NOT_PROPOSED', 'contractIds', { ids: strangers }));
  const seen = new Set(contractIds ?? []);
  (details ?? []).forEach((d, i) => {
    if (!proposed.includes(d.contractId))
      violations.push(contractsViolation('NOT_PROPOSED', `proposals.${i}.contractId`, { ids: [d.contractId] }));
    else if (seen.has(d.contractId))
      violations.push(commonViolation('LISTED_TWICE', `proposals.${i}.contractId`, { value: d.contractId }));
    seen.add(d.contractId);
    if (d.plannedOn && (d.plannedOn < period.from || d.plannedOn > period.to))
      violations.push(
        contractsViolation('PLANNED_OUTSIDE_PERIOD', `proposals.${i}.plannedOn`, { value: d.plannedOn, ...period }),
      );
  });
  return violations;
}

/**
 * The proposals accepted, in the selection's order, each with its details: every proposal when
 * neither list is given, else those named in either.
 */
export function acceptedProposals<P extends { contractId: string }>(
  proposals: readonly P[],
  contractIds: readonly string[] | null,
  details: readonly ProposalDetails[] | null,
): { proposal: P; responsible: string | null; plannedOn: string | null }[] {
  const all = contractIds === null && details === null;
  return proposals.flatMap((proposal) => {
    const detail = details?.find((d) => d.contractId === proposal.contractId);
    if (!all && !detail && !contractIds?.includes(proposal.contractId)) return [];
    return [{ proposal, responsible: detail?.responsible?.trim() || null, plannedOn: detail?.plannedOn ?? null }];
  });
}
