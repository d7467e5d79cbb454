import { createHash } from 'node:crypto';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { RiskPart } from './risk';

/**
 * The follow-up guidelines' selection rule (seed 002 §3.1): a third of the places from
 * complaints and comments received, a third chosen by the ordering function, a third at random
 * among contracts not followed up in depth in their current period. Where places are short,
 * risk and severity go before chance:
 *  - a remainder of places goes to the complaints third first, then the ordering third, never
 *    to the random third (1 place → complaints; 2 → complaints and ordering);
 *  - places a third cannot fill go to the highest risk scores left (the RISK third) before the
 *    random draw gets any extra; only when no contract with a risk score is left does chance
 *    fill them, and what is still empty is reported as a shortfall.
 * Ties break on complaints, then risk score, then contract reference, so the same input
 * always gives the same proposal; the draw is reproducible from the seed.
 */

export const SELECTION_THIRDS = ['COMPLAINTS', 'ORDERING', 'RISK', 'RANDOM'] as const;
export type SelectionThird = (typeof SELECTION_THIRDS)[number];

export interface SelectionCandidate {
  contractId: string;
  reference: string;
  complaints: number;
  riskScore: number;
  riskParts: RiskPart[];
  followedUpInDepthThisPeriod: boolean;
}

export interface SelectionRequest {
  count: number;
  candidates: SelectionCandidate[];
  /** The ordering function's list, most wanted first. */
  orderedContractIds: string[];
  seed: string;
}

export interface Proposal {
  rank: number;
  contractId: string;
  reference: string;
  third: SelectionThird;
  riskScore: number;
  complaints: number;
  riskParts: RiskPart[];
  reason: string;
}

export interface SelectionResult {
  shares: { complaints: number; ordering: number; random: number };
  proposals: Proposal[];
  shortfall: number;
  /** Contracts on the ordering list that could not be proposed, and why. */
  skippedOrdered: { contractId: string; reason: string }[];
}

export function thirdShares(count: number): SelectionResult['shares'] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number 0 or more, was ${count}`);
  const base = Math.floor(count / 3);
  const rest = count % 3;
  return { complaints: base + (rest >= 1 ? 1 : 0), ordering: base + (rest >= 2 ? 1 : 0), random: base };
}

const byRisk = (a: SelectionCandidate, b: SelectionCandidate) =>
  b.riskScore - a.riskScore || b.complaints - a.complaints || a.reference.localeCompare(b.reference, 'sv');
const byComplaints = (a: SelectionCandidate, b: SelectionCandidate) =>
  b.complaints - a.complaints || b.riskScore - a.riskScore || a.reference.localeCompare(b.reference, 'sv');

export function selectFollowUps(request: SelectionRequest): SelectionResult {
  const shares = thirdShares(request.count);
  const chosen = new Map<string, Proposal>();
  const byId = new Map(request.candidates.map((c) => [c.contractId, c]));
  const take = (c: SelectionCandidate, third: SelectionThird, reason: string) =>
    chosen.set(c.contractId, {
      rank: chosen.size + 1,
      contractId: c.contractId,
      reference: c.reference,
      third,
      riskScore: c.riskScore,
      complaints: c.complaints,
      riskParts: c.riskParts,
      reason,
    });
  const open = (c: SelectionCandidate) => !chosen.has(c.contractId);

  const complained = request.candidates
    .filter((c) => c.complaints > 0)
    .sort(byComplaints)
    .slice(0, shares.complaints);
  complained.forEach((c) =>
    take(
      c,
      'COMPLAINTS',
      `${c.complaints} complaint${c.complaints === 1 ? '' : 's'} received in the last twelve months`,
    ),
  );

  const skippedOrdered: SelectionResult['skippedOrdered'] = [];
  let ordered = 0;
  request.orderedContractIds.forEach((id, index) => {
    const c = byId.get(id);
    if (!c) return skippedOrdered.push({ contractId: id, reason: 'not a contract running in the period' });
    if (!open(c)) return skippedOrdered.push({ contractId: id, reason: 'already proposed from complaints' });
    if (ordered >= shares.ordering)
      return skippedOrdered.push({ contractId: id, reason: 'the ordering third is full' });
    ordered += 1;
    take(c, 'ORDERING', `number ${index + 1} on the ordering function's list`);
  });

  // Places the first two thirds left empty go to risk before chance.
  const unfilled = shares.complaints + shares.ordering - chosen.size;
  request.candidates
    .filter((c) => open(c) && c.riskScore > 0)
    .sort(byRisk)
    .slice(0, unfilled)
    .forEach((c) =>
      take(c, 'RISK', `risk score ${c.riskScore}, highest left when complaints and the ordering list fell short`),
    );

  const eligible = request.candidates.filter((c) => open(c) && !c.followedUpInDepthThisPeriod);
  const drawn = seededShuffle(eligible, request.seed).slice(0, shares.random);
  drawn.forEach((c) =>
    take(c, 'RANDOM', 'drawn at random among contracts not followed up in depth this contract period'),
  );

  let left = request.count - chosen.size;
  if (left > 0) {
    request.candidates
      .filter((c) => open(c) && c.riskScore > 0)
      .sort(byRisk)
      .slice(0, left)
      .forEach((c) =>
        take(c, 'RISK', `risk score ${c.riskScore}, taken because too few contracts were eligible for the draw`),
      );
    left = request.count - chosen.size;
  }
  if (left > 0) {
    seededShuffle(
      request.candidates.filter((c) => open(c) && !c.followedUpInDepthThisPeriod),
      `${request.seed}:extra`,
    )
      .slice(0, left)
      .forEach((c) => take(c, 'RANDOM', 'drawn at random for a place no other third could fill'));
  }
  return { shares, proposals: [...chosen.values()], shortfall: request.count - chosen.size, skippedOrdered };
}

/** Fisher–Yates over the candidates in contract-id order, so the database's row order cannot change the draw. */
export function seededShuffle<T extends { contractId: string }>(items: T[], seed: string): T[] {
  const out = [...items].sort((a, b) => (a.contractId < b.contractId ? -1 : a.contractId > b.contractId ? 1 : 0));
  const rng = xoroshiro128plus(createHash('sha256').update(seed).digest().readInt32BE(0));
  for (let i = out.length - 1; i > 0; i--) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
