// Prints the forecast's accuracy beside seasonal naive's on monthly series generated with known
// seasonality, trend and noise: the last 12 months are held out, everything before is training.
//   npm run bench:forecast [-- --series 40 --length 60]
import { forecast, mase, seasonalNaive, smape } from '@kvalitetsnav/forecast';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SERIES = option('series', 40);
const LENGTH = option('length', 60);
const HOLDOUT = 12;

/** A seeded LCG and Box–Muller, so every run measures the same series. */
function noise(seed: number) {
  let s = seed;
  const u = () => {
    s = (1103515245 * s + 12345) % 2 ** 31;
    return (s + 0.5) / 2 ** 31;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

interface Family {
  name: string;
  make: (seed: number) => number[];
}

const season = (t: number, amplitude: number) =>
  amplitude * Math.sin((2 * Math.PI * t) / 12) + (amplitude / 2) * Math.cos((4 * Math.PI * t) / 12);

const FAMILIES: Family[] = [
  {
    name: 'seasonal + trend + noise',
    make: (seed) => {
      const e = noise(seed);
      return Array.from({ length: LENGTH }, (_, t) => 100 + 0.8 * t + season(t, 12) + 3 * e());
    },
  },
  {
    name: 'seasonal, no trend',
    make: (seed) => {
      const e = noise(seed);
      return Array.from({ length: LENGTH }, (_, t) => 80 + season(t, 10) + 3 * e());
    },
  },
  {
    name: 'growing season (multiplicative)',
    make: (seed) => {
      const e = noise(seed);
      return Array.from({ length: LENGTH }, (_, t) => (50 + t) * (1 + season(t, 0.2)) + 2 * e());
    },
  },
  {
    name: 'trend that levels off',
    make: (seed) => {
      const e = noise(seed);
      return Array.from({ length: LENGTH }, (_, t) => 60 + 40 * (1 - 0.95 ** t) + season(t, 4) + 2 * e());
    },
  },
  {
    name: 'noise around a level',
    make: (seed) => {
      const e = noise(seed);
      return Array.from({ length: LENGTH }, () => 40 + 4 * e());
    },
  },
];

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const rows: string[][] = [];
let allOurs: number[] = [];
let allNaive: number[] = [];
const started = Date.now();
for (const family of FAMILIES) {
  const ours: number[] = [];
  const naive: number[] = [];
  const oursSmape: number[] = [];
  const naiveSmape: number[] = [];
  let wins = 0;
  for (let i = 0; i < SERIES; i++) {
    const y = family.make(1000 + i * 7919);
    const training = y.slice(0, LENGTH - HOLDOUT);
    const actual = y.slice(LENGTH - HOLDOUT);
    const f = forecast(training, HOLDOUT, { period: 12 }).point;
    const n = seasonalNaive(training, 12, HOLDOUT).point;
    const a = mase(actual, f, training, 12);
    const b = mase(actual, n, training, 12);
    ours.push(a);
    naive.push(b);
    oursSmape.push(smape(actual, f));
    naiveSmape.push(smape(actual, n));
    if (a < b) wins += 1;
  }
  allOurs = allOurs.concat(ours);
  allNaive = allNaive.concat(naive);
  rows.push([
    family.name,
    mean(ours).toFixed(3),
    mean(naive).toFixed(3),
    mean(oursSmape).toFixed(2),
    mean(naiveSmape).toFixed(2),
    `${wins}/${SERIES}`,
  ]);
}
rows.push([
  'all series',
  mean(allOurs).toFixed(3),
  mean(allNaive).toFixed(3),
  '',
  '',
  `${allOurs.filter((v, i) => v < allNaive[i]).length}/${allOurs.length}`,
]);

const header = ['series family', 'MASE ours', 'MASE seasonal naive', 'sMAPE ours %', 'sMAPE naive %', 'ours better'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `Forecast accuracy on ${SERIES} generated series per family, ${LENGTH} months, last ${HOLDOUT} held out (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
