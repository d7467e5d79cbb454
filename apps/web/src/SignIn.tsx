import { FormEvent, useEffect, useState } from 'react';
import { requestDevToken } from './gateway-client';
import { ROLE_LABELS } from './labels';
import { CALLBACK_PATH, fetchSignInOptions, OidcSettings, userManager } from './oidc';

export function SignIn({ onSignedIn, notice }: { onSignedIn: (token: string) => void; notice?: string | null }) {
  const [role, setRole] = useState('QUALITY_OFFICIAL');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<{ devLogin: boolean; oidc: OidcSettings | null } | null>(null);

  useEffect(() => {
    fetchSignInOptions().then(async (loaded) => {
      setOptions(loaded);
      // Back from the municipality's sign-in page: finish the code flow and keep the ID token.
      if (loaded.oidc && window.location.pathname === CALLBACK_PATH) {
        try {
          const user = await userManager(loaded.oidc).signinRedirectCallback();
          window.history.replaceState(null, '', '/');
          onSignedIn(user.id_token ?? '');
        } catch {
          setError('Inloggningen via kommunens inloggning misslyckades. Försök igen.');
        }
      }
    });
  }, [onSignedIn]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await requestDevToken(role, name.trim() || 'Utvecklare'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function signInWithOidc() {
    if (!options?.oidc) return;
    setBusy(true);
    await userManager(options.oidc)
      .signinRedirect()
      .catch(() => {
        setBusy(false);
        setError('Det går inte att nå kommunens inloggning just nu. Försök igen om en stund.');
      });
  }

  return (
    <div className="card signin">
      <h1 id="signin-heading">Logga in</h1>
      {options?.oidc && (
        <button type="button" onClick={signInWithOidc} disabled={busy}>
          Logga in med kommunens inloggning
        </button>
      )}
      {notice && !error && (
        <p role="alert" className="error">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {(options === null || options.devLogin) && (
        <form onSubmit={submit} aria-labelledby="signin-heading" className="form">
          <p>Utvecklingsinloggning: välj en roll för att prova Kvalitetsnav.</p>
          <label htmlFor="role">Roll</label>
          <select id="role" value={role} onChange={(e) => setRole(e.target.value)}>
            {Object.entries(ROLE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
          <label htmlFor="name">Namn</label>
          <input
            id="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            placeholder="Anna Andersson"
          />
          <button type="submit" disabled={busy}>
            {busy ? 'Loggar in…' : 'Logga in'}
          </button>
        </form>
      )}
    </div>
  );
}
