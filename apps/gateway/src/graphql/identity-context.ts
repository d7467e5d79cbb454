import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import {
  API_KEY_HEADER,
  Identity,
  REQUEST_ID_HEADER,
  signIdentityHandoff,
  TokenError,
  UserTokenVerifier,
} from '@kvalitetsnav/auth';
import { ApiKeyIdentities } from '../auth/api-key-identities';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** Signed once per request, sent to every subgraph the plan touches. */
  handoff: string;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Every GraphQL request must carry a user's bearer token or a provider's API key; the answer
 * is the gateway context.
 */
export function createIdentifier(verifyUserToken: UserTokenVerifier, apiKeys: ApiKeyIdentities) {
  return async function identify(req: IncomingMessage): Promise<Identity> {
    const header = req.headers.authorization;
    const apiKey = req.headers[API_KEY_HEADER];
    if (header && apiKey) throw unauthenticated(`send either Authorization or ${API_KEY_HEADER}, not both`);
    if (typeof apiKey === 'string') {
      const identity = await apiKeys.identify(apiKey);
      if (!identity) throw unauthenticated('API key is invalid or revoked');
      return identity;
    }
    if (!header)
      throw unauthenticated(`missing Authorization: Bearer <token> (or ${API_KEY_HEADER} for providers' systems)`);
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('Authorization must be "Bearer <token>"');
    try {
      return await verifyUserToken(token);
    } catch (error) {
      throw unauthenticated(error instanceof TokenError ? error.message : 'token is invalid');
    }
  };
}

export function createContextFactory(identify: (req: IncomingMessage) => Promise<Identity>, handoffSecret: string) {
  return async ({ req }: { req: IncomingMessage & { id?: unknown } }): Promise<GatewayContext> => {
    const identity = await identify(req);
    const requestId = typeof req.id === 'string' ? req.id : String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
    return { identity, requestId, handoff: await signIdentityHandoff({ identity, requestId }, handoffSecret) };
  };
}
