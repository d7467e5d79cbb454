/** Accuracy measures as defined in Hyndman & Koehler (2006) and Hyndman & Athanasopoulos, FPP. */

/** Mean absolute error of a seasonal naive forecast within the training data: MASE's scale. */
export function seasonalNaiveScale(training: number[], period: number): number {
  const m = period > 1 && training.length > period ? period : 1;
  const diffs = training.slice(m).map((v, i) => Math.abs(v - training[i]));
  if (!diffs.length) throw new RangeError('MASE needs a training series longer than its season');
  return diffs.reduce((s, d) => s + d, 0) / diffs.length;
}

/** Mean absolute scaled error: below 1 beats the in-sample seasonal naive forecast. */
export function mase(actual: number[], forecast: number[], training: number[], period: number): number {
  const scale = seasonalNaiveScale(training, period);
  const mae = actual.reduce((s, a, i) => s + Math.abs(a - forecast[i]), 0) / actual.length;
  return scale === 0 ? (mae === 0 ? 0 : Number.POSITIVE_INFINITY) : mae / scale;
}

/** Symmetric MAPE in percent, 200·|y − ŷ| / (|y| + |ŷ|); a pair of zeros counts as no error. */
export function smape(actual: number[], forecast: number[]): number {
  const terms = actual.map((a, i) => {
    const denominator = Math.abs(a) + Math.abs(forecast[i]);
    return denominator === 0 ? 0 : (200 * Math.abs(a - forecast[i])) / denominator;
  });
  return terms.reduce((s, t) => s + t, 0) / terms.length;
}
