import { canSeeProvider, type Identity } from '@kvalitetsnav/auth';
import { Interval, Ratio, responseRate, sharePositive, suppress, wilsonInterval } from '@kvalitetsnav/survey-stats';
import { AnswerOptionDefinition, answerDistribution, hiddenDistribution, OptionShare } from './distribution-rules';

export const RESULT_GROUPINGS = ['TOTAL', 'UNIT', 'PROVIDER', 'SERVICE_AREA', 'GENDER'] as const;
export type ResultGrouping = (typeof RESULT_GROUPINGS)[number];

export interface QuestionDefinition {
  id: string;
  text: string;
  options: AnswerOptionDefinition[];
}

export interface ParticipatingUnit {
  unitId: string;
  providerId: string;
  serviceArea: string;
  offered: number;
  optedOut: boolean;
}

export interface AnswerSheet {
  unitId: string;
  gender: string;
  answers: Record<string, string | null>;
}

export interface QuestionResult {
  questionId: string;
  text: string;
  suppressed: boolean;
  sharePositive: Ratio | null;
  interval: Interval | null;
  /** Each option's count and share; hidden with the share positive when the group is suppressed. */
  distribution: OptionShare[];
}

export interface GroupResult {
  key: string;
  answers: number;
  /** Not for gender: how many of each gender were offered is not known. */
  responseRate: Ratio | null;
  questions: QuestionResult[];
}

/**
 * A round's results per group: response rate over the units that took part, and per question
 * the share positive with its interval. Per question, a group with fewer than `minCell`
 * substantive answers is hidden, and so is whatever could give it away by subtraction; the
 * answer distribution over the options is hidden with it.
 */
export function computeResults(
  questions: QuestionDefinition[],
  units: ParticipatingUnit[],
  sheets: AnswerSheet[],
  groupBy: ResultGrouping,
  minCell: number,
): GroupResult[] {
  const unitById = new Map(units.map((u) => [u.unitId, u]));
  const keyOf = (sheet: AnswerSheet): string => {
    const unit = unitById.get(sheet.unitId);
    if (!unit) throw new Error(`an answer from unit ${sheet.unitId}, which is not in the round`);
    return {
      TOTAL: 'TOTAL',
      UNIT: unit.unitId,
      PROVIDER: unit.providerId,
      SERVICE_AREA: unit.serviceArea,
      GENDER: sheet.gender,
    }[groupBy];
  };
  const unitKey = (u: ParticipatingUnit) =>
    ({ TOTAL: 'TOTAL', UNIT: u.unitId, PROVIDER: u.providerId, SERVICE_AREA: u.serviceArea, GENDER: '' })[groupBy];
  const keys = groupBy === 'GENDER' ? ['WOMAN', 'MAN', 'NOT_STATED'] : [...new Set(units.map(unitKey))].sort();
  const groups = keys.map((key) => {
    const own = sheets.filter((s) => keyOf(s) === key);
    const groupUnits = groupBy === 'GENDER' ? [] : units.filter((u) => unitKey(u) === key);
    const rate =
      groupBy === 'GENDER'
        ? null
        : responseRate(
            groupUnits.map((u) => ({
              unitId: u.unitId,
              offered: u.offered,
              optedOut: u.optedOut,
              answered: u.optedOut ? 0 : sheets.filter((s) => s.unitId === u.unitId).length,
            })),
          );
    const shares = questions.map((q) =>
      sharePositive(
        own.map((s) => s.answers[q.id] ?? null),
        {
          positive: q.options.filter((o) => o.positive).map((o) => o.code),
          nonSubstantive: q.options.filter((o) => o.nonSubstantive).map((o) => o.code),
        },
      ),
    );
    return { key, own, answers: own.length, rate, shares };
  });
  const hidden = questions.map(
    (_, qi) =>
      suppress(
        groups.map((g) => ({ key: g.key, n: g.shares[qi].denominator })),
        minCell,
        groupBy !== 'TOTAL',
      ).cells,
  );
  return groups.map((g) => ({
    key: g.key,
    answers: g.answers,
    responseRate: g.rate,
    questions: questions.map((q, qi) => {
      const suppressed = hidden[qi].has(g.key);
      const share = g.shares[qi];
      return {
        questionId: q.id,
        text: q.text,
        suppressed,
        sharePositive: suppressed ? null : share,
        interval: suppressed ? null : wilsonInterval(share.numerator, share.denominator),
        distribution: suppressed
          ? hiddenDistribution(q.options)
          : answerDistribution(
              q.options,
              g.own.map((s) => s.answers[q.id] ?? null),
            ),
      };
    }),
  }));
}

/** All questions pooled, per unit: the single figure other services use as a signal. */
export function pooledShare(result: GroupResult): number | null {
  const shown = result.questions.flatMap((q) => (q.sharePositive ? [q.sharePositive] : []));
  if (shown.length < result.questions.length) return null;
  const numerator = shown.reduce((s, r) => s + r.numerator, 0);
  const denominator = shown.reduce((s, r) => s + r.denominator, 0);
  return denominator ? numerator / denominator : null;
}

/**
 * The groups a caller may see. A provider sees its own provider's group and its own units',
 * and the aggregates (total, service area, gender) that every provider's answers make up.
 */
export function visibleGroups<G extends { key: string }>(
  identity: Identity,
  groupBy: ResultGrouping,
  groups: G[],
  units: readonly ParticipatingUnit[],
): G[] {
  if (groupBy === 'PROVIDER') return groups.filter((g) => canSeeProvider(identity, g.key));
  if (groupBy === 'UNIT')
    return groups.filter((g) => units.some((u) => u.unitId === g.key && canSeeProvider(identity, u.providerId)));
  return groups;
}
