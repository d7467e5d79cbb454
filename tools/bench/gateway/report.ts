import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LoadFigures, LoadOptions } from './load';

export interface ScenarioResult {
  scenario: string;
  ours: { label: string; figures: LoadFigures };
  reference: { label: string; figures: LoadFigures };
  /** What the two sides differ in, beside what the scenario names. */
  differs: string;
}

export interface BenchRun {
  label: string;
  /** What this run measured beside the others, e.g. the change since "before". */
  note?: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; os: string };
  options: LoadOptions & { logLevel: string; units: number };
  scenarios: ScenarioResult[];
}

const RESULTS_DIR = path.join(__dirname, '../results');
const JSON_FILE = path.join(RESULTS_DIR, 'gateway.json');
const MD_FILE = path.join(RESULTS_DIR, 'gateway.md');

export function machine(): BenchRun['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Reference time over ours for latency, ours over reference for throughput: above 1 ours is better. */
const ratio = (s: ScenarioResult) => {
  const r = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
  return `p50 ${r(s.reference.figures.p50Ms, s.ours.figures.p50Ms)} · RPS ${r(s.ours.figures.rps, s.reference.figures.rps)}`;
};

const side = (f: LoadFigures) => `${f.p50Ms} / ${f.p95Ms} / ${f.rps}${f.failures ? ` (${f.failures} failed)` : ''}`;

export function table(run: BenchRun): string {
  const rows = run.scenarios.map(
    (s) =>
      `| ${s.scenario} | ${s.ours.label}: ${side(s.ours.figures)} | ${s.reference.label}: ${side(s.reference.figures)} | ${ratio(s)} |`,
  );
  return [
    '| scenario | ours p50 ms / p95 ms / RPS | reference p50 ms / p95 ms / RPS | ratio (>1: ours better) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function section(run: BenchRun): string {
  const m = run.machine;
  const o = run.options;
  return [
    `## ${run.label} (${run.date})`,
    '',
    `${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}. ${o.connections} connections, ${o.durationSeconds} s after ${o.warmupSeconds} s warm-up, LOG_LEVEL=${o.logLevel}, ${o.units} units.`,
    '',
    ...(run.note ? [run.note, ''] : []),
    table(run),
    '',
    ...run.scenarios.map((s) => `- **${s.scenario}**: ${s.differs}`),
    '',
  ].join('\n');
}

/**
 * Keeps one run per label (e.g. "before" and "after" an optimisation) in gateway.json and
 * writes gateway.md from all of them, so a new run never erases the figures it is compared with.
 */
export function save(run: BenchRun): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const previous: { runs: Record<string, BenchRun> } = existsSync(JSON_FILE)
    ? JSON.parse(readFileSync(JSON_FILE, 'utf8'))
    : { runs: {} };
  const runs = { ...previous.runs, [run.label]: run };
  writeFileSync(JSON_FILE, `${JSON.stringify({ runs }, null, 2)}\n`);
  const md = [
    '# Gateway and subgraph benchmarks',
    '',
    'Written by `npm run bench:gateway` (tools/bench/gateway.ts); one section per `--label`. Latency in ms, throughput in requests per second.',
    '',
    ...Object.values(runs).map(section),
  ].join('\n');
  writeFileSync(MD_FILE, md);
}
