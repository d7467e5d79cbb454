import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayConfig, SUBGRAPH_NAMES, subgraphUrls } from '../config';
import { RateLimitStoreState } from '../limits/rate-limit-store';

/**
 * Ready when every subgraph says it is alive: the gateway alone can answer nothing. Where the
 * request budget is counted is reported beside them; a Redis that is away does not make the
 * gateway unready (it counts in memory meanwhile).
 */
export function createGatewayHealthController(config: GatewayConfig, rateLimitStore: () => RateLimitStoreState) {
  const urls = subgraphUrls(config);

  @Controller('health')
  class GatewayHealthController {
    @Get('live')
    live() {
      return { status: 'ok' };
    }

    @Get('ready')
    async ready(@Res({ passthrough: true }) res: Response) {
      const checks = Object.fromEntries(
        await Promise.all(
          SUBGRAPH_NAMES.map(async (name) => {
            const url = urls[name].replace(/\/graphql$/, '/health/live');
            const up = await fetch(url, { signal: AbortSignal.timeout(3_000) }).then(
              (r) => r.ok,
              () => false,
            );
            return [name, { up }] as const;
          }),
        ),
      );
      const up = Object.values(checks).every((c) => c.up);
      res.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
      return { status: up ? 'ok' : 'unavailable', checks, rateLimit: rateLimitStore() };
    }
  }
  return GatewayHealthController;
}
