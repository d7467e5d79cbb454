/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the standard coefficients:
 * reflection 1, expansion 2, contraction 0.5, shrink 0.5). Unconstrained: callers map
 * bounded parameters onto the real line.
 */
export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  tolerance?: number;
  /** Size of the initial simplex around the start. */
  step?: number;
}

export function minimize(
  f: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): { x: number[]; value: number; iterations: number } {
  const { maxIterations = 2000, tolerance = 1e-10, step = 0.5 } = options;
  const n = start.length;
  const value = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.MAX_VALUE;
  };
  let simplex = [
    start,
    ...start.map((_, i) => start.map((s, j) => (i === j ? s + (s === 0 ? step : step * Math.max(1, Math.abs(s))) : s))),
  ].map((x) => ({ x, v: value(x) }));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.v - b.v);
    if (Math.abs(simplex[n].v - simplex[0].v) <= tolerance * (Math.abs(simplex[0].v) + tolerance)) break;
    const centroid = Array.from({ length: n }, (_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j], 0) / n);
    const toward = (t: number) => centroid.map((c, j) => c + t * (simplex[n].x[j] - c));
    const reflected = toward(-1);
    const vr = value(reflected);
    if (vr < simplex[0].v) {
      const expanded = toward(-2);
      const ve = value(expanded);
      simplex[n] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
    } else if (vr < simplex[n - 1].v) {
      simplex[n] = { x: reflected, v: vr };
    } else {
      const contracted = vr < simplex[n].v ? toward(-0.5) : toward(0.5);
      const vc = value(contracted);
      if (vc < Math.min(vr, simplex[n].v)) {
        simplex[n] = { x: contracted, v: vc };
      } else {
        const best = simplex[0].x;
        simplex = simplex
          .map((p, i) => (i === 0 ? p : { x: p.x.map((xj, j) => best[j] + 0.5 * (xj - best[j])), v: 0 }))
          .map((p, i) => (i === 0 ? p : { x: p.x, v: value(p.x) }));
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0].x, value: simplex[0].v, iterations };
}
