import type { PulseAnswerType } from '../__generated__/graphql';

/** 2026-W49 → "vecka 49, 2026". */
export const weekLabel = (week: string) => `vecka ${Number(week.slice(6))}, ${week.slice(0, 4)}`;

export interface PulseQuestionOf {
  key: string;
  text: string;
  answerType: PulseAnswerType;
}

/** One answer as it reads: a score "4", or "ja" / "nej". */
export const pulseValueLabel = (answerType: PulseAnswerType, value: number) =>
  answerType === 'YES_NO' ? (value === 1 ? 'ja' : 'nej') : String(value);

/** "Påverkan på verksamheten: 2, Bemanning: 4, …" in the order of the questions. */
export const pulseAnswerText = (
  questions: readonly PulseQuestionOf[],
  values: readonly { key: string; value: number }[],
) =>
  questions
    .flatMap((q) => {
      const v = values.find((x) => x.key === q.key);
      return v ? [`${q.text}: ${pulseValueLabel(q.answerType, v.value)}`] : [];
    })
    .join(', ');
