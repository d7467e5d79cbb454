import { createRemoteJWKSet, errors, jwtVerify, JWTPayload, SignJWT } from 'jose';
import { Identity, IdentitySchema, USER_ROLES } from './identity';

const HANDOFF_ISSUER = 'kvalitetsnav-gateway';
const HANDOFF_AUDIENCE = 'kvalitetsnav-subgraph';
/** Long enough for one request's subgraph fetches, short enough to be useless if leaked. */
const HANDOFF_TTL_SECONDS = 60;

export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

export interface UserTokenVerifierOptions {
  /** HS256 secret (development and tests). */
  secret?: string;
  /** The municipality's OIDC provider's key set (production). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export type UserTokenVerifier = (token: string) => Promise<Identity>;

/** Builds the gateway's check of users' bearer tokens: a shared secret, a JWKS, or both. */
export function createUserTokenVerifier(options: UserTokenVerifierOptions): UserTokenVerifier {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  if (!secret && !jwks) throw new Error('a user token verifier needs a secret or a JWKS URL');
  const claims = { issuer: options.issuer, audience: options.audience };

  return async (token) => {
    const errorsSeen: unknown[] = [];
    for (const key of [secret, jwks]) {
      if (!key) continue;
      try {
        const { payload } = await (key instanceof Uint8Array
          ? jwtVerify(token, key, { ...claims, algorithms: ['HS256'] })
          : jwtVerify(token, key, claims));
        return identityFromClaims(payload, USER_ROLES);
      } catch (error) {
        errorsSeen.push(error);
      }
    }
    throw new TokenError(describeJoseError(errorsSeen[errorsSeen.length - 1]));
  };
}

/** Signs a user token with the development secret; used by `npm run token` and tests. */
export async function signUserToken(identity: Identity, secret: string, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT({ name: identity.name, roles: identity.roles, providerId: identity.providerId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}

export interface HandoffClaims {
  identity: Identity;
  requestId?: string;
}

/** The gateway's short-lived statement to a subgraph of who is asking. */
export async function signIdentityHandoff(claims: HandoffClaims, secret: string): Promise<string> {
  const { identity, requestId } = claims;
  return new SignJWT({ name: identity.name, roles: identity.roles, providerId: identity.providerId, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuer(HANDOFF_ISSUER)
    .setAudience(HANDOFF_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${HANDOFF_TTL_SECONDS}s`)
    .sign(new TextEncoder().encode(secret));
}

export async function verifyIdentityHandoff(token: string, secret: string): Promise<HandoffClaims> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: HANDOFF_ISSUER,
      audience: HANDOFF_AUDIENCE,
      algorithms: ['HS256'],
    });
    const requestId = typeof payload['rid'] === 'string' ? payload['rid'] : undefined;
    return { identity: identityFromClaims(payload), requestId };
  } catch (error) {
    throw new TokenError(describeJoseError(error));
  }
}

function identityFromClaims(payload: JWTPayload, allowedRoles?: readonly string[]): Identity {
  const parsed = IdentitySchema.safeParse({
    sub: payload.sub,
    name: payload['name'] ?? payload.sub,
    roles: payload['roles'],
    providerId: payload['providerId'] ?? undefined,
  });
  if (!parsed.success) {
    throw new TokenError(
      `token claims are invalid: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`,
    );
  }
  if (allowedRoles && parsed.data.roles.some((r) => !allowedRoles.includes(r))) {
    throw new TokenError('token claims are invalid: roles may only hold user roles');
  }
  return parsed.data;
}

function describeJoseError(error: unknown): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is invalid`;
  if (error instanceof errors.JOSEError) return `token is invalid (${error.code})`;
  return 'token is invalid';
}
