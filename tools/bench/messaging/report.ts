import { LatencySummary } from './stats';
import type { ApplyResult } from './consume';
import type { CrossServiceResult } from './cross-service';
import type { ThroughputResult } from './publish';

export interface BenchResults {
  label: string;
  machine: Record<string, unknown>;
  options: Record<string, unknown>;
  publish: {
    oursPerEvent: ThroughputResult;
    oursBatched: ThroughputResult;
    rawPerEvent: ThroughputResult;
    rawBatched: ThroughputResult;
  };
  apply: ApplyResult;
  latency: { oursSteady: LatencySummary; rawSteady: LatencySummary; oursIdle: LatencySummary; rawIdle: LatencySummary };
  crossService?: CrossServiceResult;
  seconds: number;
}

export interface Row {
  metric: string;
  ours: string;
  reference: string;
  referenceIs: string;
}

const ms = (s: LatencySummary, a: 'p50' | 'p95' | 'p99', b: 'p95' | 'p99') => `${s[a]} / ${s[b]} ms`;
const tput = (t: ThroughputResult) => `${t.eventsPerSecond}/s (${t.onKafkaSeconds} s)`;

export function rows(r: BenchResults): Row[] {
  const o = r.options;
  const list: Row[] = [
    {
      metric: `publish ${o['events']}, 1 tx per event (${o['concurrency']} at a time): events/s (time until all on Kafka)`,
      ours: tput(r.publish.oursPerEvent),
      reference: tput(r.publish.rawPerEvent),
      referenceIs: 'kafkajs send per event, idempotent, acks all',
    },
    {
      metric: `publish ${o['events']}, enqueueMany ${o['batch']} per tx: events/s (time until all on Kafka)`,
      ours: tput(r.publish.oursBatched),
      reference: tput(r.publish.rawBatched),
      referenceIs: `kafkajs send of ${o['batch']} messages`,
    },
    {
      metric: `apply ${r.apply.events} through EventConsumer (inbox + handler tx): events/s (s)`,
      ours: `${r.apply.eventsPerSecond}/s (${r.apply.appliedSeconds} s)`,
      reference: `${Math.round(r.apply.events / r.apply.readSeconds)}/s (${r.apply.readSeconds} s)`,
      referenceIs: 'plain kafkajs consumer reading the same events',
    },
    {
      metric: `commit → on Kafka at ${o['rate']}/s for ${o['seconds']} s: p50 / p99`,
      ours: ms(r.latency.oursSteady, 'p50', 'p99'),
      reference: ms(r.latency.rawSteady, 'p50', 'p99'),
      referenceIs: 'kafkajs produce → consume at the same rate',
    },
    {
      metric: `commit → on Kafka, ${o['idle']} single events at idle: p50 / p99`,
      ours: ms(r.latency.oursIdle, 'p50', 'p99'),
      reference: ms(r.latency.rawIdle, 'p50', 'p99'),
      referenceIs: 'kafkajs produce → consume at idle',
    },
  ];
  if (r.crossService) {
    const c = r.crossService;
    list.push(
      {
        metric: `reportDeviation in deviations → risk signal visible in contracts (${c.visible.count} writes): p50 / p95`,
        ours: ms(c.visible, 'p50', 'p95'),
        reference: ms(r.latency.rawIdle, 'p50', 'p95'),
        referenceIs: 'kafkajs produce → consume at idle',
      },
      {
        metric: '  of which the mutation round trip: p50 / p95',
        ours: ms(c.response, 'p50', 'p95'),
        reference: '',
        referenceIs: '',
      },
      {
        metric: '  of which write tx start → relay picks the row up: p50 / p95',
        ours: ms(c.stages.writeTxToRelayPickup, 'p50', 'p95'),
        reference: '',
        referenceIs: '',
      },
      {
        metric: '  of which relay pick-up → contracts consumer tx start: p50 / p95',
        ours: ms(c.stages.relayPickupToConsumerTx, 'p50', 'p95'),
        reference: '',
        referenceIs: '',
      },
    );
  }
  return list;
}

export function printTable(r: BenchResults): void {
  const list = rows(r);
  const widths = [
    Math.max(...list.map((x) => x.metric.length)),
    Math.max(4, ...list.map((x) => x.ours.length)),
    Math.max(9, ...list.map((x) => x.reference.length)),
  ];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(
    `\nmessaging bench (${r.label}), ${r.machine['cpuCount']}× ${r.machine['cpuModel']}, Node ${r.machine['node']}\n`,
  );
  console.log(line(['', 'OURS', 'REFERENCE', 'reference is']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-') + '-+-' + '-'.repeat(12));
  for (const x of list) console.log(line([x.metric, x.ours, x.reference, x.referenceIs]));
}

/** With a baseline (the same bench before a change), the table gets a "before" column. */
export function markdown(r: BenchResults, baseline?: BenchResults, notes?: string): string {
  const current = rows(r);
  // The reference measured in the "before" run shows how much of a difference is the machine's noise.
  const before = baseline ? new Map(rows(baseline).map((x) => [x.metric, x])) : undefined;
  const head = before
    ? '| | ours before | reference in that run | ours after | reference | reference is |\n|---|---|---|---|---|---|'
    : '| | ours | reference | reference is |\n|---|---|---|---|';
  const body = current
    .map((x) =>
      before
        ? `| ${x.metric} | ${before.get(x.metric)?.ours ?? ''} | ${before.get(x.metric)?.reference ?? ''} | ${x.ours} | ${x.reference} | ${x.referenceIs} |`
        : `| ${x.metric} | ${x.ours} | ${x.reference} | ${x.referenceIs} |`,
    )
    .join('\n');
  const machine = Object.entries(r.machine)
    .map(([k, v]) => `- ${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
    .join('\n');
  const beforeMachine = baseline
    ? `\nBefore: measured ${baseline.machine['date']} (load average then ${(baseline.machine['loadAverage'] as number[]).join(', ')}).\n`
    : '';
  return `# Messaging benchmark (${r.label})

Generated by \`npm run bench:messaging\` (tools/bench/messaging.ts) in ${r.seconds} s. Options: \`${JSON.stringify(r.options)}\`.

${head}
${body}
${beforeMachine}
## Machine

${machine}
${notes ? `\n${notes}\n` : ''}`;
}
