import { FormEvent, useEffect, useState } from 'react';
import { ROLE_LABELS, UserRole } from '@kvalitetsnav/swedish';
import { ErrorMessage, FieldError, useFormProblems } from './components/ui';
import { fetchDevProviders, requestDevToken } from './gateway';
import { CALLBACK_PATH, fetchSignInOptions, OidcSettings, userManager } from './oidc';

/** The roles the development sign-in offers, in the form's order. */
const DEV_ROLES: readonly UserRole[] = [
  'QUALITY_OFFICIAL',
  'MANAGER',
  'ADMIN',
  'MEDICALLY_RESPONSIBLE',
  'ORDERING',
  'REPORTING',
  'PROVIDER',
];

export function SignIn({ onSignedIn, notice }: { onSignedIn: (token: string) => void; notice?: string | null }) {
  const [role, setRole] = useState<UserRole>('QUALITY_OFFICIAL');
  const [name, setName] = useState('');
  // The OIDC round trip's own failures are sentences of this form; the gateway's are refusals.
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const problems = useFormProblems(refusal, ['role', 'name', 'providerId']);
  // A provider's staff member acts for one provider: in production the OIDC claim says which.
  const [providers, setProviders] = useState<{ id: string; name: string }[] | null>(null);
  const [providerId, setProviderId] = useState('');
  useEffect(() => {
    if (role !== 'PROVIDER' || providers !== null) return;
    fetchDevProviders().then((list) => {
      setProviders(list);
      setProviderId((chosen) => chosen || (list[0]?.id ?? ''));
    });
  }, [role, providers]);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<{ devLogin: boolean; oidc: OidcSettings | null } | null>(null);

  useEffect(() => {
    fetchSignInOptions().then(async (loaded) => {
      setOptions(loaded);
      // Back from the municipality's sign-in page: finish the code flow and keep the ID token.
      if (loaded.oidc && window.location.pathname === CALLBACK_PATH) {
        try {
          const user = await (await userManager(loaded.oidc)).signinRedirectCallback();
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
    setRefusal(null);
    try {
      onSignedIn(
        await requestDevToken(
          role,
          name.trim() || 'Utvecklare',
          role === 'PROVIDER' ? providerId || undefined : undefined,
        ),
      );
    } catch (e) {
      setRefusal(e);
    } finally {
      setBusy(false);
    }
  }

  async function signInWithOidc() {
    if (!options?.oidc) return;
    setBusy(true);
    await userManager(options.oidc)
      .then((manager) => manager.signinRedirect())
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
      {notice && !error && !refusal && (
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
          <select
            id="role"
            value={role}
            onChange={(e) => setRole(e.target.value as UserRole)}
            {...problems.input('role')}
          >
            {DEV_ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
          <FieldError problems={problems} field="role" />
          {role === 'PROVIDER' && (
            <>
              <label htmlFor="providerId">Utförare</label>
              <select
                id="providerId"
                value={providerId}
                onChange={(e) => setProviderId(e.target.value)}
                {...problems.input('providerId')}
              >
                {providers === null && <option value="">Hämtar utförare…</option>}
                {providers?.length === 0 && <option value="">Inga utförare är registrerade</option>}
                {providers?.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <FieldError problems={problems} field="providerId" />
            </>
          )}
          <label htmlFor="name">Namn</label>
          <input
            id="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            placeholder="Anna Andersson"
            {...problems.input('name')}
          />
          <FieldError problems={problems} field="name" />
          <ErrorMessage problems={problems} />
          <button type="submit" disabled={busy}>
            {busy ? 'Loggar in…' : 'Logga in'}
          </button>
        </form>
      )}
    </div>
  );
}
