/** Exponential back-off: initial, 2×initial, 4×initial, … capped at max. Attempt counts from 1. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  if (attempt < 1) return 0;
  return Math.min(maxMs, initialMs * 2 ** (attempt - 1));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
