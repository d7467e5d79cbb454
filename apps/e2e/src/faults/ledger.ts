import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Stack, SubgraphName } from '../stack';
import { CLEAR_FAILURE_CODES, MixedWorkload, MutationKind, Outcome, queryDb } from './workload';

/** Every mutation accounted for after a fault: what callers heard, what was stored, what the other services saw. */
export interface Ledger {
  mutations: number;
  succeeded: number;
  failed: number;
  /** Failures without a code a caller can act on (the goal is none). */
  unclearFailures: number;
  /** Records missing a part (a unit without its change log or event, …), or a success not stored at all. */
  partialWrites: number;
  /** Whole records although the caller was told the write failed (the commit's answer was cut off). */
  storedDespiteFailure: number;
  /** Stored writes whose effect never arrived in a consuming service. */
  lost: number;
  /** Effects applied more than once in a consuming service. */
  duplicated: number;
  /** Messages Kafka handed out more than once (at-least-once delivery); the inbox makes these no-ops. */
  redelivered: number;
  /** From the end of the fault until every effect was visible. */
  convergedAfterMs: number;
}

interface StoredWrite {
  key: string;
  id: string;
  complete: boolean;
  events: string[];
}

const WRITES: Record<
  MutationKind,
  { service: SubgraphName; topic: string; sql: string; params: (w: MixedWorkload) => unknown[] }
> = {
  unit: {
    service: 'contracts',
    topic: 'contracts.unit.v1',
    sql: `SELECT u.id, u.name AS key, (SELECT count(*)::int FROM change_log c WHERE c.entity_id = u.id::text) AS parts,
            ARRAY(SELECT o.event_id::text FROM outbox o WHERE o.topic = 'contracts.unit.v1' AND o.message_key = u.id::text) AS events
          FROM unit u WHERE u.name LIKE $1 || '%'`,
    params: (w) => [w.run],
  },
  deviation: {
    service: 'deviations',
    topic: 'deviations.deviation.v1',
    sql: `SELECT d.id, d.description AS key, (SELECT count(*)::int FROM deviation_transition t WHERE t.deviation_id = d.id) AS parts,
            ARRAY(SELECT o.event_id::text FROM outbox o WHERE o.topic = 'deviations.deviation.v1' AND o.envelope->'payload'->>'id' = d.id::text) AS events
          FROM deviation d WHERE d.description LIKE $1 || '%'`,
    params: (w) => [w.run],
  },
  caseFlow: {
    service: 'forecasting',
    topic: 'forecasting.case-flow.v1',
    sql: `SELECT r.id, r.unit_id || '|' || r.month AS key, 1 AS parts,
            ARRAY(SELECT o.event_id::text FROM outbox o WHERE o.topic = 'forecasting.case-flow.v1' AND o.envelope->'payload'->>'id' = r.id::text) AS events
          FROM case_flow_report r WHERE r.unit_id = ANY($1)`,
    // No case flows are reported while the workload is prepared: every one on its units is the workload's.
    params: (w) => [w.units],
  },
};

async function storedWrites(
  stack: Stack,
  serverUrl: string,
  workload: MixedWorkload,
): Promise<Record<MutationKind, Map<string, StoredWrite[]>>> {
  const result = {} as Record<MutationKind, Map<string, StoredWrite[]>>;
  for (const [kind, { service, sql, params }] of Object.entries(WRITES) as [
    MutationKind,
    (typeof WRITES)[MutationKind],
  ][]) {
    const rows = await queryDb<{ id: string; key: string; parts: number; events: string[] }>(
      stack,
      serverUrl,
      service,
      sql,
      params(workload),
    );
    const byKey = new Map<string, StoredWrite[]>();
    for (const r of rows)
      byKey.set(r.key, [
        ...(byKey.get(r.key) ?? []),
        { key: r.key, id: r.id, complete: r.parts >= 1 && r.events.length === 1, events: r.events },
      ]);
    result[kind] = byKey;
  }
  return result;
}

/** Effects in the consuming services, as rows per key (a key twice would be a double effect). */
async function effects(stack: Stack, serverUrl: string, stored: Record<MutationKind, Map<string, StoredWrite[]>>) {
  const ids = (kind: MutationKind) => [...stored[kind].values()].flat().map((w) => w.id);
  const count = async (service: SubgraphName, sql: string, keys: string[]) =>
    (await queryDb<{ key: string; n: number }>(stack, serverUrl, service, sql, [keys])).reduce(
      (m, r) => m.set(r.key, r.n),
      new Map<string, number>(),
    );
  const unitIds = ids('unit');
  const expected: { where: string; keys: string[]; seen: Map<string, number> }[] = [];
  for (const service of ['surveys', 'deviations', 'forecasting'] as const) {
    expected.push({
      where: `${service} unit_ref`,
      keys: unitIds,
      seen: await count(
        service,
        `SELECT id::text AS key, count(*)::int AS n FROM unit_ref WHERE id = ANY($1) GROUP BY id`,
        unitIds,
      ),
    });
  }
  const signals = ids('deviation').map((id) => `deviation:${id}`);
  expected.push({
    where: 'contracts risk_signal',
    keys: signals,
    seen: await count(
      'contracts',
      `SELECT source_key AS key, count(*)::int AS n FROM risk_signal WHERE source_key = ANY($1) GROUP BY source_key`,
      signals,
    ),
  });
  const months = [...stored.caseFlow.keys()];
  expected.push({
    where: 'contracts case_flow_month',
    keys: months,
    seen: await count(
      'contracts',
      `SELECT unit_id || '|' || month AS key, count(*)::int AS n FROM case_flow_month WHERE unit_id || '|' || month = ANY($1) GROUP BY 1`,
      months,
    ),
  });
  const missing = expected.reduce((n, e) => n + e.keys.filter((k) => !e.seen.has(k)).length, 0);
  const doubled = expected.reduce((n, e) => n + [...e.seen.values()].reduce((d, c) => d + c - 1, 0), 0);
  return { missing, doubled, detail: expected.map((e) => `${e.where} ${e.seen.size}/${e.keys.length}`).join(', ') };
}

/** Reads the three topics from the start with a group of its own and counts each event id. */
async function deliveries(
  brokers: string,
  topicPrefix: string,
  eventIds: Set<string>,
  timeoutMs: number,
): Promise<{ unseen: number; redelivered: number }> {
  const kafka = new Kafka({ clientId: 'fault-observer', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `fault-observer-${topicPrefix}` });
  const seen = new Map<string, number>();
  await consumer.connect();
  try {
    await consumer.subscribe({
      topics: Object.values(WRITES).map((w) => `${topicPrefix}${w.topic}`),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const id = JSON.parse(String(message.value)).eventId as string;
        if (eventIds.has(id)) seen.set(id, (seen.get(id) ?? 0) + 1);
      },
    });
    const deadline = Date.now() + timeoutMs;
    while (seen.size < eventIds.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // A little longer, so a redelivery right behind the last message is counted too.
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    await consumer.disconnect();
  }
  return { unseen: eventIds.size - seen.size, redelivered: [...seen.values()].reduce((n, c) => n + c - 1, 0) };
}

/** Accounts for every mutation once the fault is over, waiting up to `timeoutMs` for effects to arrive. */
export async function account(
  stack: Stack,
  serverUrl: string,
  brokers: string,
  workload: MixedWorkload,
  outcomes: Outcome[],
  timeoutMs: number,
): Promise<Ledger & { detail: string }> {
  const faultOver = Date.now();
  const stored = await storedWrites(stack, serverUrl, workload);
  let partialWrites = 0;
  let storedDespiteFailure = 0;
  for (const o of outcomes) {
    const rows = stored[o.kind].get(workload.keyOf(o.i)) ?? [];
    if (rows.length > 1 || rows.some((r) => !r.complete) || (o.ok && rows.length === 0)) partialWrites += 1;
    else if (!o.ok && rows.length === 1) storedDespiteFailure += 1;
  }
  let effect = await effects(stack, serverUrl, stored);
  while (effect.missing > 0 && Date.now() - faultOver < timeoutMs) {
    await new Promise((r) => setTimeout(r, 500));
    effect = await effects(stack, serverUrl, stored);
  }
  const convergedAfterMs = Date.now() - faultOver;
  const eventIds = new Set(Object.values(stored).flatMap((m) => [...m.values()].flat().flatMap((w) => w.events)));
  const wire = await deliveries(brokers, stack.topicPrefix, eventIds, 60_000);
  const failed = outcomes.filter((o) => !o.ok);
  return {
    mutations: outcomes.length,
    succeeded: outcomes.length - failed.length,
    failed: failed.length,
    unclearFailures: failed.filter((o) => !o.code || !CLEAR_FAILURE_CODES.has(o.code)).length,
    partialWrites,
    storedDespiteFailure,
    lost: effect.missing + wire.unseen,
    duplicated: effect.doubled,
    redelivered: wire.redelivered,
    convergedAfterMs,
    detail: effect.detail,
  };
}

/** Keeps a fault run's figures in tmp/test-artifacts/faults and prints them in one line. */
export function report(name: string, figures: Record<string, unknown>): void {
  const dir = path.resolve(__dirname, '../../../../tmp/test-artifacts/faults');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${name}.json`),
    JSON.stringify({ name, at: new Date().toISOString(), ...figures }, null, 2),
  );
  process.stdout.write(
    `\n[fault] ${name}: ${Object.entries(figures)
      .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
      .join(', ')}\n`,
  );
}
