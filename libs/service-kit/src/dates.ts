/** Today's date in Sweden, YYYY-MM-DD: day-based rules follow local time, not UTC. */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
