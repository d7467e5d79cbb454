// Measures libs/forecast's automatic forecast against the best public references on the same
// series: R's forecast package (ets, auto.arima, thetaf and their mean, the M4 "comb") and
// statsmodels' ETS, scored alike (MASE scaled by the in-sample seasonal naive error, sMAPE,
// coverage of the 80 % and 95 % intervals). Families of generated monthly series (seeded, so
// every run measures the same ones) and windows of R's public monthly datasets.
//   npm run bench:forecast [-- --series 30 --no-references]
// The references need Debian's r-base-core, r-cran-forecast, r-cran-jsonlite and
// python3-statsmodels: installed with apt when missing, or named in one line when that fails.
// The table goes to stdout and to tools/bench/results/forecast-accuracy.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { forecast, mase, seasonalNaive, smape } from '@kvalitetsnav/forecast';
import { benchCases, FAMILIES, HOLDOUT } from './forecast/series';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SERIES = option('series', 30);
const PERIOD = 12;
const HERE = path.join(__dirname, 'forecast');
const RESULTS = path.join(__dirname, 'results', 'forecast-accuracy.md');

const cases = benchCases(SERIES);

interface Bounds {
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
}
type Outputs = Map<string, { bounds: Bounds; ms: number }>;
const methods = new Map<string, Outputs>();
const put = (method: string, id: string, bounds: Bounds, ms: number) => {
  if (!methods.has(method)) methods.set(method, new Map());
  methods.get(method)!.set(id, { bounds, ms });
};

const started = Date.now();
for (const c of cases) {
  const t0 = performance.now();
  const f = forecast(c.train, HOLDOUT, { period: PERIOD, level: 0.8, levels: [0.95], backtest: false });
  const ms = performance.now() - t0;
  put(
    'ours',
    c.id,
    { mean: f.point, lo80: f.lower, hi80: f.upper, lo95: f.intervals[1].lower, hi95: f.intervals[1].upper },
    ms,
  );
  const t1 = performance.now();
  forecast(c.train, HOLDOUT, { period: PERIOD });
  put(
    'ours incl. backtest',
    c.id,
    { mean: f.point, lo80: f.lower, hi80: f.upper, lo95: f.intervals[1].lower, hi95: f.intervals[1].upper },
    performance.now() - t1,
  );
  const n = seasonalNaive(c.train, PERIOD, HOLDOUT, 0.8);
  const n95 = seasonalNaive(c.train, PERIOD, HOLDOUT, 0.95);
  put('seasonal naive', c.id, { mean: n.point, lo80: n.lower, hi80: n.upper, lo95: n95.lower, hi95: n95.upper }, 0);
}
const oursSeconds = (Date.now() - started) / 1000;

// The references, run once per set of series (cached by the input's hash: they do not change).
const REFERENCES = [
  { present: () => existsSync('/usr/bin/Rscript'), packages: ['r-base-core'] },
  {
    present: () => existsSync('/usr/lib/R/site-library/forecast') || existsSync('/usr/lib/R/library/forecast'),
    packages: ['r-cran-forecast'],
  },
  {
    present: () => existsSync('/usr/lib/R/site-library/jsonlite') || existsSync('/usr/lib/R/library/jsonlite'),
    packages: ['r-cran-jsonlite'],
  },
  {
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import statsmodels']).status === 0,
    packages: ['python3-statsmodels'],
  },
];
const notes: string[] = [];
if (!args.includes('--no-references')) {
  const missingNow = REFERENCES.filter((r) => !r.present()).flatMap((r) => r.packages);
  let missing = missingNow;
  if (missingNow.length) {
    // tools/dev/system-packages.mjs is an ES module: run its installer in a child Node.
    const script = `import('${path.join(__dirname, '..', 'dev', 'system-packages.mjs')}').then((m) => m.installMissing([{ present: () => false, packages: ${JSON.stringify(missingNow)} }]))`;
    spawnSync(process.execPath, ['-e', script], { stdio: 'inherit' });
    missing = REFERENCES.filter((r) => !r.present()).flatMap((r) => r.packages);
  }
  const input = JSON.stringify({
    series: cases.map((c) => ({ id: c.id, train: c.train, h: HOLDOUT, period: PERIOD })),
  });
  const hash = createHash('sha1').update(input).digest('hex').slice(0, 12);
  const cacheDir = path.join(tmpdir(), 'kvn-forecast-bench');
  mkdirSync(cacheDir, { recursive: true });
  const inputFile = path.join(cacheDir, `input-${hash}.json`);
  writeFileSync(inputFile, input);
  const run = (label: string, command: string, script: string, prefix: string, need: string[]) => {
    if (need.some((p) => missing.includes(p))) {
      notes.push(`${label}: not run, missing Debian package(s) ${need.filter((p) => missing.includes(p)).join(', ')}`);
      return;
    }
    const output = path.join(cacheDir, `${prefix}-${hash}.json`);
    if (!existsSync(output)) {
      console.log(`running ${label} on ${cases.length} series…`);
      const result = spawnSync(command, [path.join(HERE, script), inputFile, output], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (result.status !== 0) {
        notes.push(`${label}: failed (exit ${result.status})`);
        return;
      }
    }
    const parsed = JSON.parse(readFileSync(output, 'utf8')) as {
      results: { id: string; methods: Record<string, Bounds>; ms: Record<string, number> }[];
    };
    for (const r of parsed.results)
      for (const [method, bounds] of Object.entries(r.methods)) put(`${prefix} ${method}`, r.id, bounds, r.ms[method]);
  };
  run('R forecast', '/usr/bin/Rscript', 'reference.R', 'R', ['r-base-core', 'r-cran-forecast', 'r-cran-jsonlite']);
  run('statsmodels', '/usr/bin/python3', 'reference_statsmodels.py', 'statsmodels', ['python3-statsmodels']);
}

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const inside = (actual: number[], lo: number[], hi: number[]) =>
  actual.filter((a, i) => a >= lo[i] - 1e-9 && a <= hi[i] + 1e-9).length / actual.length;
const ORDER = ['ours', 'R ets', 'R arima', 'R theta', 'R comb', 'statsmodels ets', 'seasonal naive'];
const REFERENCE_METHODS = ['R ets', 'R arima', 'R theta', 'R comb', 'statsmodels ets'];
interface Score {
  mase: number;
  smape: number;
  c80: number;
  c95: number;
  ms: number;
}
const score = (method: string, family: string): Score | null => {
  const outputs = methods.get(method);
  const own = cases.filter((c) => c.family === family);
  if (!outputs || own.some((c) => !outputs.has(c.id))) return null;
  const rows = own.map((c) => {
    const o = outputs.get(c.id)!;
    return {
      mase: mase(c.actual, o.bounds.mean, c.train, PERIOD),
      smape: smape(c.actual, o.bounds.mean),
      c80: inside(c.actual, o.bounds.lo80, o.bounds.hi80),
      c95: inside(c.actual, o.bounds.lo95, o.bounds.hi95),
      ms: o.ms,
    };
  });
  return {
    mase: mean(rows.map((r) => r.mase).filter(Number.isFinite)),
    smape: mean(rows.map((r) => r.smape)),
    c80: 100 * mean(rows.map((r) => r.c80)),
    c95: 100 * mean(rows.map((r) => r.c95)),
    ms: mean(rows.map((r) => r.ms)),
  };
};

const table = (header: string[], rows: string[][]) => [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const detail: string[][] = [];
const summary: string[][] = [];
for (const family of FAMILIES) {
  const count = cases.filter((c) => c.family === family).length;
  for (const method of [...ORDER, 'ours incl. backtest']) {
    const s = score(method, family);
    if (!s) continue;
    if (method === 'ours incl. backtest') {
      detail.push([`${family} (${count})`, method, '', '', '', '', s.ms.toFixed(1)]);
      continue;
    }
    detail.push([
      `${family} (${count})`,
      method,
      s.mase.toFixed(3),
      s.smape.toFixed(2),
      s.c80.toFixed(1),
      s.c95.toFixed(1),
      method === 'seasonal naive' ? '' : s.ms.toFixed(1),
    ]);
  }
  const ours = score('ours', family)!;
  const references = REFERENCE_METHODS.map((m) => ({ m, s: score(m, family) })).filter((r) => r.s);
  const best = references.sort((a, b) => a.s!.mase - b.s!.mase)[0];
  summary.push([
    family,
    ours.mase.toFixed(3),
    ...REFERENCE_METHODS.map((m) => score(m, family)?.mase.toFixed(3) ?? '–'),
    best ? `${best.m} ${best.s!.mase.toFixed(3)}` : '–',
    best ? (ours.mase <= best.s!.mase + 5e-4 ? 'yes' : `no (+${(ours.mase - best.s!.mase).toFixed(3)})`) : '–',
  ]);
}

const lines = [
  '# Forecast accuracy against public references',
  '',
  `Written by \`npm run bench:forecast\` (tools/bench/forecast-accuracy.ts), ${new Date().toISOString()}.`,
  `${SERIES} generated series per family (seeded), 60 months to fit (24–36 for short histories), the next ${HOLDOUT} scored;`,
  `R datasets: windows of 72 months of R's monthly datasets (tools/bench/forecast/data). Ours: ${oursSeconds.toFixed(1)} s in all.`,
  '',
  '## Mean MASE per family',
  '',
  ...table(['family', 'ours', ...REFERENCE_METHODS, 'best reference', 'ours at or below best'], summary),
  '',
  '## All scores',
  '',
  'MASE scaled by the in-sample seasonal naive error; sMAPE in %; coverage of the 80 % and 95 % intervals in %; ms per series.',
  '',
  ...table(['family (series)', 'method', 'MASE', 'sMAPE', 'cover 80', 'cover 95', 'ms'], detail),
  ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
  '',
];
console.log(lines.join('\n'));
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, lines.join('\n'));
