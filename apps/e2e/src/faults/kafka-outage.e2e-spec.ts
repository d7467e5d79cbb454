import { OwnServer, ownKafka, testServerUrl } from '@kvalitetsnav/testing';
import { Stack, startStack } from '../stack';
import { account, report } from './ledger';
import { FAULT_TIMEOUT_MS, SCALE } from './scale';
import { MixedWorkload } from './workload';

/**
 * The broker goes away while officials and providers keep writing in three services. Writes
 * must go on succeeding (the outbox holds their events), and once the broker is back every
 * event must take effect in every consuming service exactly once. The test runs its own
 * broker, so stopping it disturbs no one else.
 */
describe('Kafka stopped while mutations are made across services', () => {
  let kafka: OwnServer;
  let stack: Stack;
  let workload: MixedWorkload;

  beforeAll(async () => {
    kafka = await ownKafka();
    stack = await startStack({ kafkaBrokers: kafka.address, gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    workload = await MixedWorkload.prepare(stack, testServerUrl());
  }, FAULT_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.close();
    await kafka?.remove();
  }, 120_000);

  it(
    `accepts ${SCALE.mutations} mutations during a ${SCALE.outageMs / 1000}-s outage and applies each event once when the broker is back`,
    async () => {
      await kafka.stop();
      const stoppedAt = Date.now();
      const outcomes = await workload.runPaced(0, SCALE.mutations, SCALE.outageMs * 0.8);
      const ready = await fetch(`${stack.subgraphs.contracts.url}/health/ready`);
      await new Promise((r) => setTimeout(r, Math.max(0, stoppedAt + SCALE.outageMs - Date.now())));
      const outageMs = Date.now() - stoppedAt;
      await kafka.start();

      const ledger = await account(stack, testServerUrl(), kafka.address, workload, outcomes, FAULT_TIMEOUT_MS / 2);
      report('kafka-outage', { outageSeconds: Math.round(outageMs / 1000), ...ledger });
      // Readiness tells an orchestrator Kafka is away; liveness stays up so nothing is restarted for it.
      expect(ready.status).toBe(503);
      expect(ledger).toMatchObject({ mutations: SCALE.mutations, failed: 0, partialWrites: 0, lost: 0, duplicated: 0 });
    },
    FAULT_TIMEOUT_MS,
  );
});
