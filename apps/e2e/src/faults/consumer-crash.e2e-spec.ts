import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { testEnvelope, testKafkaBrokers, testServerUrl, waitFor } from '@kvalitetsnav/testing';
import { Stack, startStack } from '../stack';
import { report } from './ledger';
import { FAULT_TIMEOUT_MS, SCALE } from './scale';
import { queryDb } from './workload';

/**
 * A consumer killed with SIGKILL in the middle of a backlog (as a crash or an OOM kill would:
 * no shutdown hooks) and started again must go on where it was, applying nothing twice and
 * losing nothing. Messages it applied but had not yet committed the offset of come again;
 * the inbox makes them no-ops.
 */
describe('a consumer killed in the middle of a batch', () => {
  let stack: Stack;
  let kafka: Kafka;
  let producer: Producer;
  const units = Array.from({ length: SCALE.backlog }, () => ({ id: randomUUID(), eventId: randomUUID() }));
  const providerId = randomUUID();

  beforeAll(async () => {
    stack = await startStack({ gateway: false });
    kafka = new Kafka({ clientId: 'fault-crash', brokers: testKafkaBrokers().split(','), logLevel: logLevel.NOTHING });
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
  }, FAULT_TIMEOUT_MS);
  afterAll(async () => {
    await producer?.disconnect();
    await stack?.subgraphs.deviations.stop();
    await stack?.close();
  }, 120_000);

  const applied = async () =>
    (
      await queryDb<{ n: number }>(
        stack,
        testServerUrl(),
        'deviations',
        `SELECT count(*)::int AS n FROM unit_ref WHERE provider_id = $1`,
        [providerId],
      )
    )[0].n;
  const inboxed = async () =>
    (
      await queryDb<{ n: number }>(
        stack,
        testServerUrl(),
        'deviations',
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)`,
        [units.map((u) => u.eventId)],
      )
    )[0].n;

  it(
    `applies a backlog of ${SCALE.backlog} unit events exactly once across ${SCALE.kills} kill(s) mid-batch`,
    async () => {
      const topic = `${stack.topicPrefix}contracts.unit.v1`;
      for (let start = 0; start < units.length; start += 1000) {
        await producer.send({
          topic,
          acks: -1,
          messages: units.slice(start, start + 1000).map((u, i) => ({
            key: u.id,
            value: testEnvelope(
              { id: u.id, providerId, name: `Krasch ${start + i}`, serviceArea: 'HOME_CARE', places: 4, version: 1 },
              u.eventId,
              'UnitCreated',
            ),
          })),
        });
      }

      const kills: { appliedAtKill: number; committedAtKill: number }[] = [];
      const admin = kafka.admin();
      await admin.connect();
      try {
        for (let k = 1; k <= SCALE.kills; k++) {
          // Kill somewhere in the middle of what is left, while messages are being applied.
          const target = Math.floor((SCALE.backlog * k) / (SCALE.kills + 1));
          await waitFor(async () => (await applied()) >= target, {
            timeoutMs: 120_000,
            intervalMs: 20,
            what: `${target} units applied`,
          });
          // Seen applied means a run just committed; a little later the kill falls anywhere in the next run's cycle.
          await new Promise((r) => setTimeout(r, (k * 37) % 50));
          await stack.subgraphs.deviations.kill();
          const appliedAtKill = await applied();
          const [{ partitions }] = await admin.fetchOffsets({
            groupId: `kvn-deviations-${stack.databases[2]}`,
            topics: [topic],
          });
          const committedAtKill = partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
          kills.push({ appliedAtKill, committedAtKill });
          expect(appliedAtKill).toBeLessThan(SCALE.backlog);
          stack.subgraphs.deviations = await stack.subgraphs.deviations.restart();
        }
      } finally {
        await admin.disconnect();
      }
      await waitFor(async () => (await applied()) === SCALE.backlog, {
        timeoutMs: FAULT_TIMEOUT_MS / 2,
        what: 'the whole backlog applied',
      });
      await new Promise((r) => setTimeout(r, 2000)); // anything applied twice would show by now

      const finalApplied = await applied();
      const finalInboxed = await inboxed();
      // Applied before the kill but not yet committed: Kafka hands these out again after the restart.
      const redelivered = kills.reduce((n, k) => n + Math.max(0, k.appliedAtKill - k.committedAtKill), 0);
      report('consumer-crash', {
        backlog: SCALE.backlog,
        kills,
        applied: finalApplied,
        inboxed: finalInboxed,
        lost: SCALE.backlog - finalApplied,
        duplicated: finalInboxed - SCALE.backlog,
        redeliveredAfterKill: redelivered,
      });
      expect(finalApplied).toBe(SCALE.backlog);
      expect(finalInboxed).toBe(SCALE.backlog);
    },
    FAULT_TIMEOUT_MS,
  );
});
