/** The weekly pulse survey: ISO weeks, and which answers are signals. */

export const PULSE_TOPICS = ['impact', 'staffing', 'protectiveEquipment', 'worry'] as const;
export type PulseTopic = (typeof PULSE_TOPICS)[number];

/** ISO 8601 week of a date (YYYY-MM-DD), e.g. 2022-W01; weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isIsoWeek(value: string): boolean {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  // A year has 53 weeks when 28 December falls in week 53.
  return week >= 1 && week <= Number(isoWeekOf(`${match[1]}-12-28`).slice(6));
}

/** The topics scored at or above the threshold. */
export function pulseSignals(
  answer: Record<PulseTopic, number>,
  threshold: number,
): { topic: PulseTopic; score: number }[] {
  return PULSE_TOPICS.filter((t) => answer[t] >= threshold).map((topic) => ({ topic, score: answer[topic] }));
}
