import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Identity, IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';
import { ErrorCode } from '@kvalitetsnav/codes';
import { notSignedIn, refusalOf } from '../http/refusals';

/** What the gateway passes on of a query string: the two settings an import takes. */
const PASSED = ['source', 'dryRun'];

/**
 * Large files go to the service that imports them as a stream: the gateway signs the caller's
 * identity as for GraphQL and pipes the body through, never reading it whole. The service
 * checks roles and answers with the job; `deviationImportJob(id)` follows it.
 */
export function createImportsController(
  deviationsGraphqlUrl: string,
  identify: (req: Request) => Promise<Identity>,
  handoffSecret: string,
) {
  const target = new URL('/internal/imports/deviations', deviationsGraphqlUrl);

  @Controller('imports')
  class ImportsController {
    @Post('deviations')
    async deviations(@Req() req: Request, @Res() res: Response): Promise<void> {
      let identity: Identity;
      try {
        identity = await identify(req);
      } catch (error) {
        throw notSignedIn(error instanceof Error ? error.message : 'not signed in');
      }
      const requestId = String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
      const handoff = await signIdentityHandoff({ identity, requestId }, handoffSecret);
      const url = new URL(target);
      for (const name of PASSED) {
        const value = req.query[name];
        if (typeof value === 'string') url.searchParams.set(name, value);
      }
      await new Promise<void>((resolve) => {
        const upstream = http.request(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': req.headers['content-type'] ?? 'text/csv',
              ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
              [IDENTITY_HEADER]: handoff,
              [REQUEST_ID_HEADER]: requestId,
            },
          },
          (answer) => {
            res.status(answer.statusCode ?? 502);
            res.setHeader('content-type', answer.headers['content-type'] ?? 'application/json');
            answer.pipe(res);
            answer.on('end', resolve);
          },
        );
        upstream.on('error', () => {
          if (!res.headersSent) {
            const away = refusalOf(ErrorCode.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'deviations is not reachable');
            res.status(503).json(away.getResponse());
          }
          resolve();
        });
        req.pipe(upstream);
      });
    }
  }
  return ImportsController;
}
