import { type Half, halfEnd, halfStart } from '@kvalitetsnav/calendar';
import { commonViolation, contractsViolation, RuleViolation } from '@kvalitetsnav/codes';

/** The focus areas as the board wrote them, each once, without blanks. */
export function focusAreasOf(areas: readonly string[]): string[] {
  return [...new Set(areas.map((f) => f.trim()).filter(Boolean))];
}

/** Accepted proposals are planned from today while their half-year is under way, else from its first day. */
export function plannedOnForHalf(year: number, half: Half, today: string): string {
  const start = halfStart(year, half);
  return today > start && today <= halfEnd(year, half) ? today : start;
}

export interface HalfProgress {
  half: Half;
  target: number;
  planned: number;
  done: number;
  unplanned: number;
}

/**
 * Specific follow-ups against the plan's target for each half-year: those planned (not
 * cancelled), those done (reported or closed), and how many are still to plan.
 */
export function planProgress(
  plan: { targetFirstHalf: number; targetSecondHalf: number },
  counts: readonly { half: number; planned: number; done: number }[],
): HalfProgress[] {
  return ([1, 2] as const).map((half) => {
    const row = counts.find((c) => c.half === half);
    const target = half === 1 ? plan.targetFirstHalf : plan.targetSecondHalf;
    const planned = row?.planned ?? 0;
    return { half, target, planned, done: row?.done ?? 0, unplanned: Math.max(0, target - planned) };
  });
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
  half: { from: string; to: string };
}

/**
 * What an acceptance may name: only proposed contracts, each once, each planned inside the
 * selection's half-year (so it counts against that half's target).
 */
export function acceptanceViolations({ proposed, contractIds, details, half }: Acceptance): RuleViolation[] {
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
    if (d.plannedOn && (d.plannedOn < half.from || d.plannedOn > half.to))
      violations.push(
        contractsViolation('PLANNED_OUTSIDE_HALF', `proposals.${i}.plannedOn`, { value: d.plannedOn, ...half }),
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
