import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import {
  ANONYMOUS_IDENTITY,
  API_KEY_HEADER,
  Identity,
  REQUEST_ID_HEADER,
  signIdentityHandoff,
  TokenError,
  UserTokenVerifier,
} from '@kvalitetsnav/auth';
import { ApiKeyIdentities } from '../auth/api-key-identities';
import { isAnonymousOperation } from './anonymous-operations';

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** Signed once per request, sent to every subgraph the plan touches. */
  handoff: string;
}

const MISSING_CREDENTIALS = `missing Authorization: Bearer <token> (or ${API_KEY_HEADER} for providers' systems)`;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * A user's bearer token or a provider's API key, turned into who is asking (a request without
 * either is handled by the context factory).
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
    if (!header) throw unauthenticated(MISSING_CREDENTIALS);
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('Authorization must be "Bearer <token>"');
    try {
      return await verifyUserToken(token);
    } catch (error) {
      throw unauthenticated(error instanceof TokenError ? error.message : 'token is invalid');
    }
  };
}

type GraphQLRequest = IncomingMessage & { id?: unknown; body?: unknown; query?: unknown };

/**
 * A request without credentials is a respondent's only if it asks for nothing but an answer
 * link's operations (anonymous-operations.ts); it then goes on as ANONYMOUS, else it is refused.
 */
function anonymousCaller(req: GraphQLRequest): Identity {
  const params = (req.method === 'GET' ? req.query : req.body) as { query?: unknown; operationName?: unknown };
  if (!isAnonymousOperation(params)) throw unauthenticated(MISSING_CREDENTIALS);
  return ANONYMOUS_IDENTITY;
}

export function createContextFactory(identify: (req: IncomingMessage) => Promise<Identity>, handoffSecret: string) {
  return async ({ req }: { req: GraphQLRequest }): Promise<GatewayContext> => {
    const credentials = req.headers.authorization !== undefined || req.headers[API_KEY_HEADER] !== undefined;
    const identity = credentials ? await identify(req) : anonymousCaller(req);
    const requestId = typeof req.id === 'string' ? req.id : String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
    return { identity, requestId, handoff: await signIdentityHandoff({ identity, requestId }, handoffSecret) };
  };
}
