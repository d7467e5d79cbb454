import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { Identity, REQUEST_ID_HEADER, signIdentityHandoff, TokenError, UserTokenVerifier } from '@kvalitetsnav/auth';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** Signed once per request, sent to every subgraph the plan touches. */
  handoff: string;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Every GraphQL request must carry a valid user token; the answer is the gateway context. */
export function createContextFactory(verifyUserToken: UserTokenVerifier, handoffSecret: string) {
  return async ({ req }: { req: IncomingMessage & { id?: unknown } }): Promise<GatewayContext> => {
    const header = req.headers.authorization;
    if (!header) throw unauthenticated('missing Authorization: Bearer <token>');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('Authorization must be "Bearer <token>"');
    let identity: Identity;
    try {
      identity = await verifyUserToken(token);
    } catch (error) {
      throw unauthenticated(error instanceof TokenError ? error.message : 'token is invalid');
    }
    const requestId = typeof req.id === 'string' ? req.id : String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
    return { identity, requestId, handoff: await signIdentityHandoff({ identity, requestId }, handoffSecret) };
  };
}
