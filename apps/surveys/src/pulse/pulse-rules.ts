import { canSeeProvider, type Identity } from '@kvalitetsnav/auth';
import { addDays, isoWeekOf, isWeekWithin, weekStart } from '@kvalitetsnav/calendar';
import { RuleViolation, surveysViolation } from '@kvalitetsnav/codes';

/** The weekly pulse survey: its questions, who answers for whom, which weeks, which answers are signals, and the trend. */

export const PULSE_ANSWER_TYPES = ['SCALE', 'YES_NO'] as const;
/** SCALE: 1 (no problem) to 5 (severe). YES_NO: 1 yes, 0 no; the question asks about a problem, so yes is the signal. */
export type PulseAnswerType = (typeof PULSE_ANSWER_TYPES)[number];

/** A question of a pulse: its key (stable within the pulse), its Swedish text and how it is answered. */
export interface PulseQuestionShape {
  key: string;
  text: string;
  answerType: PulseAnswerType;
}

/** One question's answer: a score 1–5, or 1 (yes) / 0 (no). */
export interface PulseValue {
  key: string;
  value: number;
}

/** The questions asked before pulses had their own, and of every week outside a pulse period. */
export const DEFAULT_PULSE_QUESTIONS: readonly PulseQuestionShape[] = [
  { key: 'IMPACT', text: 'Påverkan på verksamheten', answerType: 'SCALE' },
  { key: 'STAFFING', text: 'Bemanning', answerType: 'SCALE' },
  { key: 'PROTECTIVE_EQUIPMENT', text: 'Skyddsutrustning', answerType: 'SCALE' },
  { key: 'WORRY', text: 'Oro hos personal och brukare', answerType: 'SCALE' },
];

const RANGE: Record<PulseAnswerType, { min: number; max: number }> = {
  SCALE: { min: 1, max: 5 },
  YES_NO: { min: 0, max: 1 },
};

/** The same characters as a survey question's id, so the keys read the same everywhere. */
const QUESTION_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/** A pulse's questions: at least one, each with a key of its own and a text. */
export function pulseQuestionsRefusals(questions: readonly PulseQuestionShape[]): RuleViolation[] {
  if (!questions.length) return [surveysViolation('NO_QUESTIONS', 'questions')];
  const problems: RuleViolation[] = [];
  const keys = new Set<string>();
  questions.forEach((q, i) => {
    if (!QUESTION_KEY.test(q.key)) problems.push(surveysViolation('BAD_QUESTION_ID', `questions.${i}.key`));
    else if (keys.has(q.key))
      problems.push(surveysViolation('QUESTION_ID_REUSED', `questions.${i}.key`, { questionId: q.key }));
    keys.add(q.key);
    if (!q.text.trim()) problems.push(surveysViolation('REQUIRED', `questions.${i}.text`));
  });
  return problems;
}

/**
 * An answer answers each of the pulse's questions once, within the question's scale; a key that
 * is no question of the pulse is refused.
 */
export function pulseAnswerRefusals(
  questions: readonly PulseQuestionShape[],
  values: readonly PulseValue[],
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const question = questions.find((q) => q.key === v.key);
    if (!question) problems.push(surveysViolation('UNKNOWN_QUESTION', `answers.${i}.key`, { questionId: v.key }));
    else if (seen.has(v.key))
      problems.push(surveysViolation('ANSWERED_TWICE', `answers.${i}.key`, { questionId: v.key }));
    else {
      const { min, max } = RANGE[question.answerType];
      if (v.value < min || v.value > max)
        problems.push(surveysViolation('OUT_OF_RANGE', `answers.${i}.value`, { min, max, whole: true }));
    }
    seen.add(v.key);
  });
  for (const q of questions)
    if (!seen.has(q.key))
      problems.push(surveysViolation('PULSE_QUESTION_UNANSWERED', 'answers', { questionId: q.key }));
  return problems;
}

/** Whether one answer is a signal: a score at or above the threshold, or a yes. */
export function isPulseSignal(answerType: PulseAnswerType, value: number, threshold: number): boolean {
  return answerType === 'SCALE' ? value >= threshold : value === 1;
}

/** The questions whose answers are signals, in the pulse's order. */
export function pulseSignals(
  questions: readonly PulseQuestionShape[],
  values: readonly PulseValue[],
  threshold: number,
): { questionKey: string; questionText: string; answerType: PulseAnswerType; score: number }[] {
  return questions.flatMap((q) => {
    const v = values.find((x) => x.key === q.key);
    return v && isPulseSignal(q.answerType, v.value, threshold)
      ? [{ questionKey: q.key, questionText: q.text, answerType: q.answerType, score: v.value }]
      : [];
  });
}

/** The questions a week is asked: its pulse period's, or the default ones outside a period. */
export function pulseQuestionsOf(
  period: { questions: readonly PulseQuestionShape[] } | null,
): readonly PulseQuestionShape[] {
  return period?.questions ?? DEFAULT_PULSE_QUESTIONS;
}

/** The weeks of a period that have begun: from its first week to its last or this week, whichever comes first. */
export function pulseWeeksSoFar(period: PulseWeeks, thisWeek: string): string[] {
  const last = period.toWeek !== null && period.toWeek < thisWeek ? period.toWeek : thisWeek;
  const weeks: string[] = [];
  for (let day = weekStart(period.fromWeek); isoWeekOf(day) <= last; day = addDays(day, 7)) weeks.push(isoWeekOf(day));
  return weeks;
}

/** One question's week: how many answered it, their average score (SCALE), the yeses and noes (YES_NO), and the signals. */
export interface PulseQuestionWeek {
  week: string;
  answers: number;
  average: number | null;
  yes: number;
  no: number;
  signals: number;
}

/** A question's week across the providers' answers; the average has two decimals. */
export function pulseQuestionWeek(
  question: PulseQuestionShape,
  week: string,
  answers: readonly (readonly PulseValue[])[],
  threshold: number,
): PulseQuestionWeek {
  const values = answers.flatMap((a) => a.filter((v) => v.key === question.key).map((v) => v.value));
  const sum = values.reduce((s, v) => s + v, 0);
  const scale = question.answerType === 'SCALE';
  return {
    week,
    answers: values.length,
    average: scale && values.length ? Math.round((sum / values.length) * 100) / 100 : null,
    yes: scale ? 0 : values.filter((v) => v === 1).length,
    no: scale ? 0 : values.filter((v) => v === 0).length,
    signals: values.filter((v) => isPulseSignal(question.answerType, v, threshold)).length,
  };
}

/**
 * A provider answers for itself (naming itself is fine). An official answers on a provider's
 * behalf by naming the unit, whose provider it is, so needs not name the provider too.
 */
export function answeringProviderRefusal(identity: Identity, requested?: string | null): RuleViolation | null {
  if (requested && !canSeeProvider(identity, requested)) return surveysViolation('OWN_PROVIDER_ONLY', 'providerId');
  return null;
}

/** A unit as the pulse knows it from the catalogue: whose it is. */
export interface PulseUnitShape {
  id: string;
  providerId: string;
}

/**
 * The unit an answer is for. A provider's staff or system answers for one of its own units; an
 * official names the unit (and, if they name a provider too, it must be the unit's). A unit of
 * another provider answers a provider as an unknown one, as every other provider's id does.
 */
export function answeringUnitRefusal(
  identity: Identity,
  requested: { unitId?: string | null; providerId?: string | null },
  unit: PulseUnitShape | null,
  names: { unitName?: string; providerName?: string } = {},
): RuleViolation | null {
  if (!requested.unitId) return surveysViolation('PULSE_UNIT_REQUIRED', 'unitId');
  if (!unit || !canSeeProvider(identity, unit.providerId))
    return surveysViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: [requested.unitId] });
  if (requested.providerId && requested.providerId !== unit.providerId)
    return surveysViolation('PULSE_UNIT_NOT_OF_PROVIDER', 'unitId', {
      unitId: unit.id,
      unitName: names.unitName ?? unit.id,
      providerId: requested.providerId,
      providerName: names.providerName ?? requested.providerId,
    });
  return null;
}

/** An answer's unit: null for a provider's answer from before answers were per unit. */
export interface PulseAnswerOfUnit {
  providerId: string;
  unitId: string | null;
}

/**
 * The units expected to answer a week, in the order given: every unit of a provider the pulse
 * knows. A provider-level answer (from before answers were per unit) stood for all its units
 * that week, so none of them is missing then.
 */
export function pulseUnitsExpected<U extends PulseUnitShape>(
  units: readonly U[],
  providerIds: ReadonlySet<string>,
  answers: readonly PulseAnswerOfUnit[],
): { answered: U[]; missing: U[] } {
  const expected = units.filter((u) => providerIds.has(u.providerId));
  const answeredFor = (u: U) =>
    answers.some((a) => a.unitId === u.id || (a.unitId === null && a.providerId === u.providerId));
  return { answered: expected.filter(answeredFor), missing: expected.filter((u) => !answeredFor(u)) };
}

/**
 * The providers that have not answered a week: those with a unit expected to answer that has
 * not, and those without units that have given no answer at all.
 */
export function pulseProvidersMissing<P extends { id: string }>(
  providers: readonly P[],
  units: readonly PulseUnitShape[],
  answers: readonly PulseAnswerOfUnit[],
): P[] {
  const { missing } = pulseUnitsExpected(units, new Set(providers.map((p) => p.id)), answers);
  return providers.filter((p) =>
    units.some((u) => u.providerId === p.id)
      ? missing.some((u) => u.providerId === p.id)
      : !answers.some((a) => a.providerId === p.id),
  );
}

/** One unit's (or, from before answers were per unit, a provider's) answer with the signals in it. */
export function pulseSignalsPerUnit<A extends PulseAnswerOfUnit & { values: readonly PulseValue[] }>(
  questions: readonly PulseQuestionShape[],
  answers: readonly A[],
  threshold: number,
): { answer: A; signals: ReturnType<typeof pulseSignals> }[] {
  return answers
    .map((answer) => ({ answer, signals: pulseSignals(questions, answer.values, threshold) }))
    .filter((s) => s.signals.length > 0);
}

/**
 * A provider's week from its units' answers, for the view per provider: one answer is itself;
 * several give each question the highest value among them (the unit worst off), so a signal at
 * any unit is a signal of the provider.
 */
export function providerWeekValues(answers: readonly (readonly PulseValue[])[]): PulseValue[] {
  const keys = [...new Set(answers.flatMap((a) => a.map((v) => v.key)))];
  return keys.map((key) => ({
    key,
    value: Math.max(...answers.flatMap((a) => a.filter((v) => v.key === key).map((v) => v.value))),
  }));
}

/**
 * Carrying a provider's answer from before answers were per unit over to a unit: it is the
 * unit's when the provider has exactly one (it can only have been about that one); with several
 * or none it stays the provider's (unit null), for naming one of several would invent which unit
 * it was about. (Migration 1796900000150 does the same in SQL.)
 */
export function carriedOverUnitId(unitsOfProvider: readonly string[]): string | null {
  return unitsOfProvider.length === 1 ? unitsOfProvider[0] : null;
}

/** A week is answered once it has begun: this week or an earlier one, never a week to come. */
export function pulseWeekRefusal(week: string, today: string): RuleViolation | null {
  return week > isoWeekOf(today) ? surveysViolation('IN_THE_FUTURE', 'week', { value: week, today }) : null;
}

/** Weeks of weekly pulse surveys; a period without `toWeek` goes on until it is ended. */
export interface PulseWeeks {
  fromWeek: string;
  toWeek: string | null;
}

/** ISO weeks as YYYY-Www sort as text, so comparing the strings compares the weeks. */
const overlap = (a: PulseWeeks, b: PulseWeeks) =>
  (b.toWeek === null || a.fromWeek <= b.toWeek) && (a.toWeek === null || b.fromWeek <= a.toWeek);

/** The pulse period a week belongs to, if it is a pulse week. */
export function pulsePeriodOf<P extends PulseWeeks>(periods: readonly P[], week: string): P | null {
  return periods.find((p) => isWeekWithin(week, p.fromWeek, p.toWeek)) ?? null;
}

/**
 * A period's weeks: it ends no earlier than it starts, and shares no week with another period.
 * `clashField` is the input a clash is blamed on (the start when opening, the last week when ending).
 */
export function openPulsePeriodRefusals(
  weeks: PulseWeeks,
  others: readonly (PulseWeeks & { name: string })[],
  clashField: 'fromWeek' | 'lastWeek' = 'fromWeek',
): RuleViolation[] {
  if (weeks.toWeek !== null && weeks.toWeek < weeks.fromWeek)
    return [surveysViolation('PULSE_PERIOD_ENDS_BEFORE_START', 'toWeek', { fromWeek: weeks.fromWeek })];
  const clash = others.find((o) => overlap(weeks, o));
  return clash
    ? [
        surveysViolation('PULSE_PERIOD_OVERLAP', clashField, {
          name: clash.name,
          fromWeek: clash.fromWeek,
          toWeek: clash.toWeek,
        }),
      ]
    : [];
}

/**
 * Ending a period sets its last week: not before it started, and not a week that has already
 * begun and been asked for as a pulse week (so the weeks the providers were asked stay pulse weeks).
 * A period that has already ended stays ended.
 */
export function endPulsePeriodRefusal(period: PulseWeeks, lastWeek: string, today: string): RuleViolation | null {
  const thisWeek = isoWeekOf(today);
  if (period.toWeek !== null && period.toWeek < thisWeek)
    return surveysViolation('PULSE_PERIOD_ENDED', 'id', { toWeek: period.toWeek });
  if (lastWeek < period.fromWeek)
    return surveysViolation('PULSE_PERIOD_ENDS_BEFORE_START', 'lastWeek', { fromWeek: period.fromWeek });
  if (lastWeek < thisWeek)
    return surveysViolation('PULSE_WEEK_PASSED', 'lastWeek', { value: lastWeek, week: thisWeek });
  return null;
}
