import { CLIENT_MESSAGES, Refusal, swedishRefusal } from '@kvalitetsnav/swedish';
import type { TypedDocumentString } from './__generated__/graphql';

/** A refusal or failure from the gateway, with its Swedish message from the catalogue. */
export class GatewayError extends Error {
  constructor(
    /** `extensions` as the API sent them: `code` always, `rule`, `field`, `params`, `violations` when known. */
    readonly refusal: Refusal & { code: string },
    message = swedishRefusal(refusal),
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  get code(): string {
    return this.refusal.code;
  }
}

interface GatewayBody<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: Refusal }[];
}

/** Turns a gateway response into data, or a GatewayError carrying the first error's extensions. */
export function parseGatewayResponse<T>(status: number, body: GatewayBody<T> | undefined): T {
  const first = body?.errors?.[0];
  if (first || !body?.data) {
    const code = first?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
    throw new GatewayError({ ...first?.extensions, code });
  }
  return body.data;
}

/**
 * The refusal in an answer of one of the gateway's own HTTP endpoints (/reports, /auth/dev-token):
 * `{ errors: [{ message, extensions }] }`, one error per broken rule.
 */
export function restRefusal(status: number, body: { errors?: { extensions?: Refusal }[] } | undefined): GatewayError {
  const refusals = (body?.errors ?? []).map((e) => e.extensions ?? {});
  const [first = {}] = refusals;
  const code = first.code ?? (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
  return new GatewayError({ ...first, code, ...(refusals.length > 1 ? { violations: refusals } : {}) });
}

/** The operation's name, which keys its cached results. */
export function operationName(document: { toString(): string }): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? 'anonymous';
}

/**
 * Runs one typed operation at the gateway (same origin). The text goes as generated, unchanged:
 * REPORTING's allow-list holds exactly these texts.
 */
export async function gatewayRequest<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  token?: string,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), operationName: operationName(document), variables }),
    });
  } catch {
    throw new GatewayError({ code: 'NETWORK' }, CLIENT_MESSAGES.NETWORK);
  }
  const body = (await response.json().catch(() => undefined)) as GatewayBody<R> | undefined;
  return parseGatewayResponse(response.status, body);
}

/** Development sign-in: a token for a chosen role, from the gateway (404 where it is turned off). */
export async function requestDevToken(role: string, name: string, providerId?: string): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, name, providerId }),
  }).catch(() => undefined);
  if (!response) throw new GatewayError({ code: 'NETWORK' }, CLIENT_MESSAGES.NETWORK);
  if (response.status === 404)
    throw new GatewayError({ code: 'DEV_LOGIN_DISABLED' }, CLIENT_MESSAGES.DEV_LOGIN_DISABLED);
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: { extensions?: Refusal }[] };
  if (!body.token) throw restRefusal(response.status, body);
  return body.token;
}

/** The providers a provider's staff member may sign in for in development; none when it cannot be asked. */
export async function fetchDevProviders(): Promise<{ id: string; name: string }[]> {
  const response = await fetch('/auth/dev-providers').catch(() => undefined);
  if (!response?.ok) return [];
  const body = (await response.json().catch(() => ({}))) as { providers?: { id: string; name: string }[] };
  return body.providers ?? [];
}

/**
 * Sends a file as the body of one of the gateway's upload endpoints (POST /imports/…), reporting
 * how much of it has gone (0–1): XMLHttpRequest, as fetch cannot tell an upload's progress.
 */
export function uploadFile<T>(path: string, file: Blob, token: string, onProgress: (sent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('content-type', 'text/csv');
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onerror = () => reject(new GatewayError({ code: 'NETWORK' }, CLIENT_MESSAGES.NETWORK));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(restRefusal(request.status, body as { errors?: { extensions?: Refusal }[] }));
    };
    request.send(file);
  });
}
