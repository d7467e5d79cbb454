import { enumLabel } from '@kvalitetsnav/swedish';
import type { PulseTopic } from '../__generated__/graphql';

/** 2026-W49 → "vecka 49, 2026". */
export const weekLabel = (week: string) => `vecka ${Number(week.slice(6))}, ${week.slice(0, 4)}`;

export type PulseScoreField = 'impact' | 'staffing' | 'protectiveEquipment' | 'worry';

/** The questions, each scored as the API takes it: 1 (no problem) to 5 (severe). */
export const PULSE_QUESTIONS: { topic: PulseTopic; field: PulseScoreField }[] = [
  { topic: 'IMPACT', field: 'impact' },
  { topic: 'STAFFING', field: 'staffing' },
  { topic: 'PROTECTIVE_EQUIPMENT', field: 'protectiveEquipment' },
  { topic: 'WORRY', field: 'worry' },
];

/** "Påverkan: 2, Bemanning: 4, …" */
export const pulseScores = (answer: Record<PulseScoreField, number>) =>
  PULSE_QUESTIONS.map((q) => `${enumLabel('PulseTopic', q.topic)}: ${answer[q.field]}`).join(', ');
