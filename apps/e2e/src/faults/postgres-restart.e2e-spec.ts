import { OwnServer, ownPostgres, testKafkaBrokers, waitFor } from '@kvalitetsnav/testing';
import { Stack, startStack, SUBGRAPHS } from '../stack';
import { account, report } from './ledger';
import { FAULT_TIMEOUT_MS, SCALE } from './scale';
import { MixedWorkload } from './workload';

const RATE_PER_SECOND = 20;
/** After the server is back, services must be writing again within this (pools reconnect by themselves). */
const RECOVERY_MS = 10_000;

/**
 * The database server every service uses is restarted while writes come in. Callers get a
 * clear, retryable error (SERVICE_UNAVAILABLE, 503, Retry-After) and never a half-written
 * record; the services recover without being restarted and every stored write's event still
 * reaches the other services. The test runs its own PostgreSQL server.
 */
describe('Postgres restarted under load', () => {
  let pg: OwnServer;
  let stack: Stack;
  let workload: MixedWorkload;

  beforeAll(async () => {
    pg = await ownPostgres();
    stack = await startStack({ databaseUrl: pg.address, gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    workload = await MixedWorkload.prepare(stack, pg.address);
  }, FAULT_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.close();
    await pg?.remove();
  }, 120_000);

  it(
    'answers clear retryable errors while it is down, writes nothing by halves, and recovers by itself',
    async () => {
      const count = Math.round((SCALE.loadMs / 1000) * RATE_PER_SECOND);
      const load = workload.runPaced(0, count, SCALE.loadMs);
      await new Promise((r) => setTimeout(r, SCALE.loadMs / 4));
      await pg.stop();
      const downAt = Date.now();
      await new Promise((r) => setTimeout(r, 1000));
      const readyWhileDown = (await fetch(`${stack.subgraphs.deviations.url}/health/ready`)).status;
      await new Promise((r) => setTimeout(r, Math.max(0, downAt + SCALE.postgresDownMs - Date.now())));
      await pg.start();
      const upAt = Date.now();
      const outcomes = await load;

      const failures = outcomes.filter((o) => !o.ok);
      const firstSuccessAfterUp = outcomes.find((o) => o.ok && o.at >= upAt);
      const lateFailures = failures.filter((o) => o.at >= upAt + RECOVERY_MS);
      const leaky = failures.filter((o) =>
        /\d+\.\d+\.\d+\.\d+|:\d{4,5}|ECONN|terminat|postgres|SQL/i.test(o.message ?? ''),
      );
      for (const service of SUBGRAPHS) {
        await waitFor(async () => (await fetch(`${stack.subgraphs[service].url}/health/ready`)).ok, {
          timeoutMs: 30_000,
          what: `${service} ready again`,
        });
      }
      const ledger = await account(stack, pg.address, testKafkaBrokers(), workload, outcomes, FAULT_TIMEOUT_MS / 2);
      report('postgres-restart', {
        downSeconds: Math.round((upAt - downAt) / 1000),
        ...ledger,
        failureAnswers: [...new Set(failures.map((o) => `${o.status} ${o.code}`))],
        writingAgainAfterMs: firstSuccessAfterUp ? firstSuccessAfterUp.at + firstSuccessAfterUp.ms - upAt : null,
        failuresLaterThanRecovery: lateFailures.length,
      });

      expect(readyWhileDown).toBe(503);
      expect(ledger.failed).toBeGreaterThan(0); // the restart did hit writes in flight
      expect(failures.every((o) => o.status === 503 && o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(leaky).toEqual([]);
      expect(lateFailures).toEqual([]);
      expect(ledger).toMatchObject({ unclearFailures: 0, partialWrites: 0, lost: 0, duplicated: 0 });
    },
    FAULT_TIMEOUT_MS,
  );
});
