import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { API_KEY_HEADER } from '@kvalitetsnav/auth';

/**
 * Who a request counts against: a provider's API key, a user (the token's subject), or else
 * the client address. The token is not verified here, only read: an invalid one is refused
 * later anyway, and still counts.
 */
export function rateLimitKey(req: IncomingMessage): string {
  const apiKey = req.headers[API_KEY_HEADER];
  if (typeof apiKey === 'string') return `key:${createHash('sha256').update(apiKey).digest('hex').slice(0, 24)}`;
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (token) {
    try {
      const sub = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).sub;
      if (typeof sub === 'string' && sub) return `user:${sub}`;
    } catch {
      // Not a JWT: count it by the token itself.
    }
    return `token:${createHash('sha256').update(token).digest('hex').slice(0, 24)}`;
  }
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * A budget of requests per minute per key, counted by the given limiter (memory, or the shared
 * store of ./rate-limit-store.ts); over it, 429 with Retry-After.
 */
export function createRateLimitMiddleware(perMinute: number, limiter: RateLimiterAbstract) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    try {
      await limiter.consume(rateLimitKey(req));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.statusCode = 429;
      res.setHeader('Retry-After', String(seconds));
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(
        JSON.stringify({
          errors: [
            {
              message: `too many requests: at most ${perMinute} a minute; try again in ${seconds} s`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
            },
          ],
        }),
      );
    }
  };
}
