import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** What the readiness answer says about where the request budget is counted. */
export interface RateLimitStoreState {
  store: 'redis' | 'memory';
  /** With Redis: whether it answers now; while it does not, each instance counts in memory. */
  up: boolean;
}

export interface RateLimitStore {
  limiter: RateLimiterAbstract;
  state(): RateLimitStoreState;
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  perMinute: number;
  /** A Redis every instance of the deployment shares; without it, this process's memory. */
  redisUrl?: string;
  /** Keeps this deployment's counts apart from anything else in the same Redis. */
  keyPrefix: string;
  /** How long a request may wait for Redis before the memory limiter decides instead. */
  commandTimeoutMs?: number;
}

/** host:port of a Redis address, for the log: never the password a URL may carry. */
const where = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 6379}`;
};

/**
 * The request budget's counter. With a Redis every gateway instance counts against one budget
 * (rate-limiter-flexible's atomic Lua script). When Redis is away (down, unreachable, too slow),
 * each request is counted by an insurance limiter in this process's memory with the same budget:
 * the gateway keeps answering and keeps limiting, per instance, until Redis is back. The outage is
 * logged once, and its end once.
 */
export function createRateLimitStore({
  perMinute,
  redisUrl,
  keyPrefix,
  commandTimeoutMs = 500,
}: RateLimitStoreOptions): RateLimitStore {
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix });
  if (!redisUrl) {
    return { limiter: memory, state: () => ({ store: 'memory', up: true }), close: async () => undefined };
  }

  const logger = new Logger('RateLimit');
  const client = new Redis(redisUrl, {
    // A command is refused at once while the connection is down (the insurance limiter answers)
    // instead of queueing until Redis is back.
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    // Reconnect for ever, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let up = false;
  let outageLogged = false;
  const down = (reason: string) => {
    up = false;
    if (outageLogged) return;
    outageLogged = true;
    logger.warn(
      `Redis at ${where(redisUrl)} does not answer (${reason}): each gateway instance counts the request budget in its own memory until it is back`,
    );
  };
  let connectedBefore = false;
  client.on('ready', () => {
    up = true;
    // A first connection can come after an outage too (Redis slow to answer at start-up): its end
    // is logged like any other, so that each "does not answer" has its "answers again".
    if (outageLogged) logger.log(`Redis at ${where(redisUrl)} answers again: the request budget is shared`);
    if (!connectedBefore) logger.log(`the request budget is counted in Redis at ${where(redisUrl)} (${keyPrefix})`);
    connectedBefore = true;
    outageLogged = false;
  });
  client.on('error', (error: Error) => down(error.message || error.name));
  client.on('close', () => down('connection closed'));

  const limiter = new RateLimiterRedis({
    storeClient: client,
    points: perMinute,
    duration: 60,
    keyPrefix,
    rejectIfRedisNotReady: true,
    // A key over its budget is refused from memory for the rest of its minute: a flood of refused
    // requests does not reach Redis.
    inMemoryBlockOnConsumed: perMinute,
    insuranceLimiter: memory,
  });
  return {
    limiter,
    state: () => ({ store: 'redis', up }),
    async close() {
      client.removeAllListeners('close');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
