import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Identity, IDENTITY_HEADER, REQUEST_ID_HEADER, verifyIdentityHandoff } from '@kvalitetsnav/auth';
import { requestContext } from './request-context';

export interface IdentifiedRequest extends Request {
  identity?: Identity;
}

/**
 * A subgraph answers only requests the gateway vouched for: without a valid hand-off token
 * the request is refused before GraphQL sees it, so a subgraph reached directly is no open door.
 */
export function createIdentityMiddleware(secret: string) {
  @Injectable()
  class IdentityMiddleware implements NestMiddleware {
    async use(req: IdentifiedRequest, res: Response, next: NextFunction): Promise<void> {
      const header = req.headers[IDENTITY_HEADER];
      const requestId = String(req.headers[REQUEST_ID_HEADER] ?? (req.id as string | undefined) ?? randomUUID());
      if (typeof header !== 'string' || header.length === 0) {
        refuse(res, `missing ${IDENTITY_HEADER}: subgraphs are reached through the gateway`);
        return;
      }
      try {
        const { identity } = await verifyIdentityHandoff(header, secret);
        req.identity = identity;
        requestContext.run({ requestId, identity }, () => next());
      } catch (error) {
        refuse(res, `invalid ${IDENTITY_HEADER}: ${(error as Error).message}`);
      }
    }
  }
  return IdentityMiddleware;
}

function refuse(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}
