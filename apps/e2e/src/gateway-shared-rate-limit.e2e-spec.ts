import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import {
  freePort,
  ServiceProcess,
  startServiceProcess,
  TestRedis,
  testRedis,
  uniqueSuffix,
  waitFor,
} from '@kvalitetsnav/testing';

/**
 * Several gateway instances behind one address count one request budget in a shared Redis; a
 * Redis that does not answer leaves each instance answering and limiting in its own memory.
 * Only gateways run here: the budget is counted before any subgraph is asked, and `{ __typename }`
 * is answered by the gateway itself.
 */
describe('the request budget across gateway instances', () => {
  const BUDGET = 6;
  const suffix = uniqueSuffix();
  const keyPrefix = `kvn-test:${suffix}`;
  let redis: TestRedis;
  const started: ServiceProcess[] = [];

  const startGateway = async (name: string, env: Record<string, string>) => {
    const closed = await freePort(); // no subgraph runs: they are not needed to count requests
    const gateway = await startServiceProcess(`${name}-${suffix}`, 'gateway', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: String(BUDGET),
      CONTRACTS_URL: `http://127.0.0.1:${closed}/graphql`,
      SURVEYS_URL: `http://127.0.0.1:${closed}/graphql`,
      DEVIATIONS_URL: `http://127.0.0.1:${closed}/graphql`,
      FORECASTING_URL: `http://127.0.0.1:${closed}/graphql`,
      ...env,
    });
    started.push(gateway);
    return gateway;
  };
  const ask = async (gateway: ServiceProcess, sub: string) => {
    const token = await signUserToken({ sub, name: sub, roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET);
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  };
  const readiness = async (gateway: ServiceProcess) =>
    (await (await fetch(`${gateway.url}/health/ready`)).json()).rateLimit;

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await Promise.all(started.map((g) => g.stop()));
    if (redis) {
      const client = new Redis(redis.url);
      const keys = await client.keys(`${keyPrefix}*`);
      if (keys.length) await client.del(...keys);
      await client.quit();
      await redis.stop();
    }
  });

  it('two gateways sharing a Redis count one budget: the next request is refused at either', async () => {
    const env = { REDIS_URL: redis.url, RATE_LIMIT_KEY_PREFIX: `${keyPrefix}:shared` };
    const [a, b] = await Promise.all([startGateway('gateway-a', env), startGateway('gateway-b', env)]);
    await waitFor(async () => (await readiness(a)).up && (await readiness(b)).up, { what: 'both gateways on Redis' });
    expect(await readiness(a)).toEqual({ store: 'redis', up: true });

    const statuses: number[] = [];
    for (let i = 0; i < BUDGET; i++) statuses.push((await ask(i % 2 ? b : a, 'flooder')).status);
    expect(statuses).toEqual(Array(BUDGET).fill(200));

    for (const gateway of [a, b]) {
      const refused = await ask(gateway, 'flooder');
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.body.errors[0].extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfterSeconds: Number(refused.retryAfter),
      });
    }
    // Another user has a budget of their own, at either instance.
    expect((await ask(a, 'someone-else')).status).toBe(200);
    expect((await ask(b, 'someone-else')).status).toBe(200);

    // The count is in Redis, under this deployment's prefix.
    const client = new Redis(redis.url);
    try {
      expect(Number(await client.get(`${keyPrefix}:shared:user:flooder`))).toBeGreaterThan(BUDGET);
    } finally {
      await client.quit();
    }
  });

  it('with Redis unreachable, a gateway still answers and limits by memory, and logs the outage once', async () => {
    const closed = await freePort();
    const gateway = await startGateway('gateway-redis-away', {
      REDIS_URL: `redis://:not-logged@127.0.0.1:${closed}`,
      RATE_LIMIT_KEY_PREFIX: `${keyPrefix}:away`,
    });
    const statuses: number[] = [];
    for (let i = 0; i < BUDGET + 1; i++) statuses.push((await ask(gateway, 'flooder')).status);
    expect(statuses).toEqual([...Array(BUDGET).fill(200), 429]);
    expect(await readiness(gateway)).toEqual({ store: 'redis', up: false });

    // Reconnect attempts go on (at most every 2 s) without another line about it.
    await new Promise((r) => setTimeout(r, 2_500));
    const log = readFileSync(gateway.logFile, 'utf8');
    expect(log.match(/does not answer/g)).toHaveLength(1);
    expect(log).toContain(`Redis at 127.0.0.1:${closed} does not answer`);
    expect(log).not.toContain('not-logged');
  });

  it('when its Redis stops mid-run, a gateway goes on answering and limiting by memory', async () => {
    // A Redis of this test's own (a free port, never the machine's), so that it can be stopped.
    const own = await testRedis({ machinePort: await freePort() });
    try {
      const gateway = await startGateway('gateway-redis-stops', {
        REDIS_URL: own.url,
        RATE_LIMIT_KEY_PREFIX: `${keyPrefix}:stops`,
      });
      await waitFor(async () => (await readiness(gateway)).up, { what: 'the gateway on its Redis' });
      expect((await ask(gateway, 'flooder')).status).toBe(200);
      // Only what follows the stop counts: on a loaded machine the first connection may itself
      // have come after a logged wait.
      const before = readFileSync(gateway.logFile, 'utf8').length;
      await own.stop();
      await waitFor(async () => !(await readiness(gateway)).up, { what: 'the gateway to see Redis gone' });

      const statuses: number[] = [];
      for (let i = 0; i < BUDGET + 1; i++) statuses.push((await ask(gateway, 'flooder')).status);
      expect(statuses).toEqual([...Array(BUDGET).fill(200), 429]);
      expect(
        readFileSync(gateway.logFile, 'utf8')
          .slice(before)
          .match(/does not answer/g),
      ).toHaveLength(1);
    } finally {
      await own.stop();
    }
  });
});
