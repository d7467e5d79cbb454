import { createHash } from 'node:crypto';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import type { RiskPart } from './risk-rules';

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

/** Why a contract was proposed: its third, and within risk and chance, which turn it had. */
export const SELECTION_REASONS = [
  'COMPLAINTS_RECEIVED',
  'ON_ORDERING_LIST',
  'HIGHEST_RISK_LEFT',
  'RISK_FOR_SHORT_DRAW',
  'DRAWN_AT_RANDOM',
  'DRAWN_FOR_UNFILLED_PLACE',
] as const;
export type SelectionReason = (typeof SELECTION_REASONS)[number];

/** Why a contract on the ordering function's list was not proposed from it. */
export const SKIP_REASONS = [
  'NOT_RUNNING_IN_PERIOD',
  'ALREADY_PROPOSED_FROM_COMPLAINTS',
  'ORDERING_THIRD_FULL',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

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
  reasonCode: SelectionReason;
  /** The contract's place on the ordering function's list (1 = most wanted), for ON_ORDERING_LIST. */
  orderedPosition: number | null;
  /** The reason in English, for API users who read it; clients render `reasonCode` instead. */
  reason: string;
}

export interface SkippedOrdered {
  contractId: string;
  reasonCode: SkipReason;
  reason: string;
}

export interface SelectionResult {
  shares: { complaints: number; ordering: number; random: number };
  proposals: Proposal[];
  shortfall: number;
  /** Contracts on the ordering list that could not be proposed, and why. */
  skippedOrdered: SkippedOrdered[];
}

const complaintsText = (n: number) => `${n} complaint${n === 1 ? '' : 's'} received in the last twelve months`;

/** The English sentence of a reason, as the API has always given it. */
export function selectionReasonText(
  code: SelectionReason,
  p: { complaints: number; riskScore: number; orderedPosition: number | null },
): string {
  switch (code) {
    case 'COMPLAINTS_RECEIVED':
      return complaintsText(p.complaints);
    case 'ON_ORDERING_LIST':
      return `number ${p.orderedPosition} on the ordering function's list`;
    case 'HIGHEST_RISK_LEFT':
      return `risk score ${p.riskScore}, highest left when complaints and the ordering list fell short`;
    case 'RISK_FOR_SHORT_DRAW':
      return `risk score ${p.riskScore}, taken because too few contracts were eligible for the draw`;
    case 'DRAWN_AT_RANDOM':
      return 'drawn at random among contracts not followed up in depth this contract period';
    case 'DRAWN_FOR_UNFILLED_PLACE':
      return 'drawn at random for a place no other third could fill';
  }
}

const SKIP_TEXT: Record<SkipReason, string> = {
  NOT_RUNNING_IN_PERIOD: 'not a contract running in the period',
  ALREADY_PROPOSED_FROM_COMPLAINTS: 'already proposed from complaints',
  ORDERING_THIRD_FULL: 'the ordering third is full',
};

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
  const take = (
    c: SelectionCandidate,
    third: SelectionThird,
    reasonCode: SelectionReason,
    orderedPosition = null as number | null,
  ) =>
    chosen.set(c.contractId, {
      rank: chosen.size + 1,
      contractId: c.contractId,
      reference: c.reference,
      third,
      riskScore: c.riskScore,
      complaints: c.complaints,
      riskParts: c.riskParts,
      reasonCode,
      orderedPosition,
      reason: selectionReasonText(reasonCode, { ...c, orderedPosition }),
    });
  const open = (c: SelectionCandidate) => !chosen.has(c.contractId);

  const complained = request.candidates
    .filter((c) => c.complaints > 0)
    .sort(byComplaints)
    .slice(0, shares.complaints);
  complained.forEach((c) => take(c, 'COMPLAINTS', 'COMPLAINTS_RECEIVED'));

  const skippedOrdered: SkippedOrdered[] = [];
  const skip = (contractId: string, reasonCode: SkipReason) =>
    skippedOrdered.push({ contractId, reasonCode, reason: SKIP_TEXT[reasonCode] });
  let ordered = 0;
  request.orderedContractIds.forEach((id, index) => {
    const c = byId.get(id);
    if (!c) return skip(id, 'NOT_RUNNING_IN_PERIOD');
    if (!open(c)) return skip(id, 'ALREADY_PROPOSED_FROM_COMPLAINTS');
    if (ordered >= shares.ordering) return skip(id, 'ORDERING_THIRD_FULL');
    ordered += 1;
    take(c, 'ORDERING', 'ON_ORDERING_LIST', index + 1);
  });

  // Places the first two thirds left empty go to risk before chance.
  const unfilled = shares.complaints + shares.ordering - chosen.size;
  request.candidates
    .filter((c) => open(c) && c.riskScore > 0)
    .sort(byRisk)
    .slice(0, unfilled)
    .forEach((c) => take(c, 'RISK', 'HIGHEST_RISK_LEFT'));

  const eligible = request.candidates.filter((c) => open(c) && !c.followedUpInDepthThisPeriod);
  const drawn = seededShuffle(eligible, request.seed).slice(0, shares.random);
  drawn.forEach((c) => take(c, 'RANDOM', 'DRAWN_AT_RANDOM'));

  let left = request.count - chosen.size;
  if (left > 0) {
    request.candidates
      .filter((c) => open(c) && c.riskScore > 0)
      .sort(byRisk)
      .slice(0, left)
      .forEach((c) => take(c, 'RISK', 'RISK_FOR_SHORT_DRAW'));
    left = request.count - chosen.size;
  }
  if (left > 0) {
    seededShuffle(
      request.candidates.filter((c) => open(c) && !c.followedUpInDepthThisPeriod),
      `${request.seed}:extra`,
    )
      .slice(0, left)
      .forEach((c) => take(c, 'RANDOM', 'DRAWN_FOR_UNFILLED_PLACE'));
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

type StoredProposal = Omit<Proposal, 'reasonCode' | 'orderedPosition'> & Partial<Proposal>;
type StoredSkip = Omit<SkippedOrdered, 'reasonCode'> & Partial<SkippedOrdered>;
export type StoredSelectionResult = Omit<SelectionResult, 'proposals' | 'skippedOrdered'> & {
  proposals: StoredProposal[];
  skippedOrdered: StoredSkip[];
};

const LEGACY_REASONS: [RegExp, SelectionReason][] = [
  [/^number (\d+) on/, 'ON_ORDERING_LIST'],
  [/^risk score \d+, taken/, 'RISK_FOR_SHORT_DRAW'],
  [/^drawn at random for a place/, 'DRAWN_FOR_UNFILLED_PLACE'],
];
const LEGACY_BY_THIRD: Record<SelectionThird, SelectionReason> = {
  COMPLAINTS: 'COMPLAINTS_RECEIVED',
  ORDERING: 'ON_ORDERING_LIST',
  RISK: 'HIGHEST_RISK_LEFT',
  RANDOM: 'DRAWN_AT_RANDOM',
};

/**
 * A stored selection with every reason as a code. Selections stored before the codes existed
 * hold only the English sentence, which this service wrote itself; the code is read back from it.
 */
export function withReasonCodes(result: StoredSelectionResult): SelectionResult {
  return {
    ...result,
    proposals: result.proposals.map((p) => {
      if (p.reasonCode) return { ...p, reasonCode: p.reasonCode, orderedPosition: p.orderedPosition ?? null };
      const legacy = LEGACY_REASONS.find(([pattern]) => pattern.test(p.reason));
      const position = /^number (\d+) on/.exec(p.reason)?.[1];
      return {
        ...p,
        reasonCode: legacy?.[1] ?? LEGACY_BY_THIRD[p.third],
        orderedPosition: position ? Number(position) : null,
      };
    }),
    skippedOrdered: result.skippedOrdered.map((s) => ({
      ...s,
      reasonCode:
        s.reasonCode ??
        (Object.entries(SKIP_TEXT).find(([, text]) => text === s.reason)?.[0] as SkipReason | undefined) ??
        'NOT_RUNNING_IN_PERIOD',
    })),
  };
}
