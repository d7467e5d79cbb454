/** Plain-Swedish messages for the gateway's error codes; the code stays for support. */
const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Du är inte inloggad eller inloggningen har gått ut. Logga in igen.',
  FORBIDDEN: 'Din roll har inte behörighet till detta.',
  VALIDATION_FAILED: 'Uppgifterna är inte giltiga',
  NOT_FOUND: 'Det du söker finns inte.',
  CONFLICT: 'Uppgiften krockar med något som redan finns.',
  NETWORK: 'Det går inte att nå Kvalitetsnav just nu. Försök igen om en stund.',
};
const FALLBACK = 'Något gick fel i Kvalitetsnav. Försök igen, och kontakta supporten om felet består.';

export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

interface GatewayBody<T> {
  data?: T;
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

/** Turns a gateway response into data, or a GatewayError with a Swedish message. */
export function parseGatewayResponse<T>(status: number, body: GatewayBody<T> | undefined): T {
  const first = body?.errors?.[0];
  if (first || !body?.data) {
    const code = first?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
    return raise(code, first?.message, first?.extensions?.field);
  }
  return body.data;
}

function raise(code: string, detail?: string, field?: string): never {
  const base = MESSAGES[code] ?? FALLBACK;
  // Validation messages name the field and rule; show them after the Swedish lead-in.
  const message = code === 'VALIDATION_FAILED' && detail ? `${base}: ${detail}` : base;
  throw new GatewayError(code, message, field);
}

export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return raise('NETWORK');
  }
  const body = (await response.json().catch(() => undefined)) as GatewayBody<T> | undefined;
  return parseGatewayResponse(response.status, body);
}

export async function requestDevToken(role: string, name: string): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  }).catch(() => undefined);
  if (!response) return raise('NETWORK');
  if (response.status === 404)
    throw new GatewayError(
      'DEV_LOGIN_DISABLED',
      'Utvecklingsinloggning är avstängd här. Logga in via kommunens inloggning.',
    );
  const body = (await response.json()) as { token?: string; errors?: { field: string; message: string }[] };
  if (!body.token) return raise('VALIDATION_FAILED', body.errors?.map((e) => `${e.field}: ${e.message}`).join('; '));
  return body.token;
}
