/** The roles a development token can carry, as the web's sign-in names them. */
export const ROLES = [
  { value: 'QUALITY_OFFICIAL', label: 'Kvalitetsutvecklare / uppföljare' },
  { value: 'MANAGER', label: 'Chef' },
  { value: 'ADMIN', label: 'Administratör' },
  { value: 'REPORTING', label: 'Extern rapportering (endast läsning)' },
  { value: 'MEDICALLY_RESPONSIBLE', label: 'MAS/MAR (medicinskt ansvarig)' },
  { value: 'ORDERING', label: 'Beställare (beställarfunktionen)' },
] as const;

export type Role = (typeof ROLES)[number]['value'];
export const DEFAULT_ROLE: Role = 'QUALITY_OFFICIAL';

export const isRole = (value: unknown): value is Role => ROLES.some((r) => r.value === value);

/**
 * A fetch for GraphiQL that signs each request in with a development token (POST /auth/dev-token)
 * for the role chosen at that moment. Credentials typed into GraphiQL's headers editor win, so an
 * API key or a real token can be tried too; a token the gateway no longer accepts (they expire)
 * is replaced once.
 */
export function createDevTokenFetch(currentRole: () => Role, send: typeof fetch = (...args) => fetch(...args)) {
  const tokens = new Map<Role, Promise<string>>();

  async function requestToken(role: Role): Promise<string> {
    const response = await send('/auth/dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, name: 'GraphiQL' }),
    });
    if (response.status === 404) {
      throw new Error(
        'Utvecklingsinloggningen är avstängd här. Lägg in en egen Authorization-rubrik under Headers i stället.',
      );
    }
    if (!response.ok) throw new Error(`Det gick inte att hämta en utvecklartoken (HTTP ${response.status}).`);
    return ((await response.json()) as { token: string }).token;
  }

  function tokenFor(role: Role): Promise<string> {
    let token = tokens.get(role);
    if (!token) {
      token = requestToken(role);
      tokens.set(role, token);
      // A failed request is asked again next time rather than remembered.
      token.catch(() => tokens.delete(role));
    }
    return token;
  }

  return async function devTokenFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (headers.has('authorization') || headers.has('x-api-key')) return send(input, init);
    const role = currentRole();
    const signedIn = async () => {
      headers.set('authorization', `Bearer ${await tokenFor(role)}`);
      return send(input, { ...init, headers });
    };
    const response = await signedIn();
    if (response.status !== 401) return response;
    tokens.delete(role);
    return signedIn();
  };
}
