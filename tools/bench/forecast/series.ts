// The bench's series: families of generated monthly series (seeded, so every run and machine
// measures the same ones) and windows of R's public monthly datasets (./data, see its README).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const HOLDOUT = 12;

/** mulberry32: a small seeded generator, so the series are the same on every machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
  const between = (lo: number, hi: number) => lo + (hi - lo) * uniform();
  /** Knuth's method for small means, a rounded normal for large ones. */
  const poisson = (mean: number) => {
    if (mean <= 0) return 0;
    if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = uniform();
    while (p > limit) {
      k += 1;
      p *= uniform();
    }
    return k;
  };
  return { uniform, normal, between, poisson };
}

/** A random seasonal shape of mean 0 and amplitude 1: two harmonics with random phases. */
function shape(r: ReturnType<typeof rng>) {
  const p1 = r.between(0, 2 * Math.PI);
  const p2 = r.between(0, 2 * Math.PI);
  const w2 = r.between(0, 0.6);
  return (t: number) => (Math.sin((2 * Math.PI * t) / 12 + p1) + w2 * Math.sin((4 * Math.PI * t) / 12 + p2)) / (1 + w2);
}

export interface Case {
  id: string;
  family: string;
  train: number[];
  actual: number[];
}

type Generator = (seed: number) => number[];

/** Counts of a few a month, many months with none, a mild season. */
const lowCounts: Generator = (seed) => {
  const r = rng(seed);
  const level = r.between(0.4, 4);
  const s = shape(r);
  const amplitude = r.between(0, 0.4);
  const trend = r.between(-0.004, 0.006);
  return Array.from({ length: 60 + HOLDOUT }, (_, t) => r.poisson(level * (1 + trend * t) * (1 + amplitude * s(t))));
};

/** A level that jumps once or twice in the history (a unit opens, a contract moves). */
const levelShifts: Generator = (seed) => {
  const r = rng(seed);
  let level = r.between(15, 150);
  const s = shape(r);
  const amplitude = r.between(0, 0.15);
  const shifts = [Math.floor(r.between(12, 54)), r.uniform() < 0.5 ? Math.floor(r.between(12, 54)) : -1];
  const sizes = shifts.map(() => (r.uniform() < 0.5 ? -1 : 1) * r.between(0.2, 0.6));
  return Array.from({ length: 60 + HOLDOUT }, (_, t) => {
    shifts.forEach((at, i) => {
      if (t === at) level *= 1 + sizes[i];
    });
    return r.poisson(level * (1 + amplitude * s(t)));
  });
};

/** A season of 25–50 % of the level, additive or growing with it, sometimes with a trend. */
const strongSeason: Generator = (seed) => {
  const r = rng(seed);
  const level = r.between(20, 300);
  const s = shape(r);
  const amplitude = r.between(0.25, 0.5);
  const trend = r.uniform() < 0.5 ? r.between(-0.004, 0.01) : 0;
  const multiplicative = r.uniform() < 0.5;
  return Array.from({ length: 60 + HOLDOUT }, (_, t) => {
    const base = level * (1 + trend * t);
    const mean = multiplicative ? base * (1 + amplitude * s(t)) : base + level * amplitude * s(t);
    return r.poisson(Math.max(0, mean));
  });
};

/** A season of 4–12 % of the level under noise of about as much. */
const weakSeason: Generator = (seed) => {
  const r = rng(seed);
  const level = r.between(20, 200);
  const s = shape(r);
  const amplitude = r.between(0.04, 0.12);
  const sd = r.between(0.04, 0.1);
  const trend = r.uniform() < 0.3 ? r.between(-0.003, 0.006) : 0;
  return Array.from({ length: 60 + HOLDOUT }, (_, t) =>
    Math.max(0, Math.round(level * (1 + trend * t) * (1 + amplitude * s(t)) + level * sd * r.normal())),
  );
};

/** 24–36 months of history: half strongly seasonal, half a level with noise, counts. */
const shortHistory: Generator = (seed) => {
  const r = rng(seed);
  const length = 24 + Math.floor(r.between(0, 13));
  const level = r.between(10, 200);
  const s = shape(r);
  const amplitude = r.uniform() < 0.5 ? r.between(0.2, 0.45) : r.between(0, 0.05);
  const trend = r.uniform() < 0.4 ? r.between(-0.005, 0.01) : 0;
  return Array.from({ length: length + HOLDOUT }, (_, t) =>
    r.poisson(level * (1 + trend * t) * (1 + amplitude * s(t))),
  );
};

export const GENERATED: { name: string; make: Generator }[] = [
  { name: 'low counts with zeros', make: lowCounts },
  { name: 'level shifts', make: levelShifts },
  { name: 'strong season', make: strongSeason },
  { name: 'weak season', make: weakSeason },
  { name: 'short histories 24-36', make: shortHistory },
];

export const FAMILIES = [...GENERATED.map((g) => g.name), 'R datasets'];

/** `perFamily` generated series of each family, then every 72-month window of the datasets from their ends. */
export function benchCases(perFamily: number): Case[] {
  const SERIES = perFamily;
  const cases: Case[] = [];
  GENERATED.forEach((family, f) => {
    for (let i = 0; i < SERIES; i++) {
      const y = family.make(1_000_003 * (f + 1) + 7919 * i);
      cases.push({
        id: `${family.name}#${i}`,
        family: family.name,
        train: y.slice(0, -HOLDOUT),
        actual: y.slice(-HOLDOUT),
      });
    }
  });
  const datasets = JSON.parse(readFileSync(path.join(__dirname, 'data', 'r-datasets.json'), 'utf8')) as {
    series: { name: string; values: number[] }[];
  };
  const WINDOW = 60 + HOLDOUT;
  for (const s of datasets.series)
    for (let end = s.values.length; end - WINDOW >= 0; end -= WINDOW) {
      const y = s.values.slice(end - WINDOW, end);
      cases.push({
        id: `${s.name}@${end}`,
        family: 'R datasets',
        train: y.slice(0, -HOLDOUT),
        actual: y.slice(-HOLDOUT),
      });
    }
  return cases;
}
