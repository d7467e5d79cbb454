import type { UserManager } from 'oidc-client-ts';

export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
}

export const CALLBACK_PATH = '/inloggad';

/**
 * Authorization code flow with PKCE against the municipality's provider; the ID token is the
 * bearer for the gateway. The OIDC client is loaded only where that sign-in is offered.
 */
export async function userManager(settings: OidcSettings): Promise<UserManager> {
  const { UserManager } = await import('oidc-client-ts');
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    response_type: 'code',
    scope: settings.scope,
  });
}

export async function fetchSignInOptions(): Promise<{ devLogin: boolean; oidc: OidcSettings | null }> {
  const response = await fetch('/auth/config').catch(() => undefined);
  if (!response?.ok) return { devLogin: true, oidc: null };
  return response.json();
}
