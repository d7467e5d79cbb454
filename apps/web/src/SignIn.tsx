import { FormEvent, useState } from 'react';
import { requestDevToken } from './gateway-client';
import { ROLE_LABELS } from './labels';

export function SignIn({ onSignedIn, notice }: { onSignedIn: (token: string) => void; notice?: string | null }) {
  const [role, setRole] = useState('QUALITY_OFFICIAL');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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

  return (
    <form className="card signin" onSubmit={submit} aria-labelledby="signin-heading">
      <h1 id="signin-heading">Logga in</h1>
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
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" placeholder="Anna Andersson" />
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
      <button type="submit" disabled={busy}>
        {busy ? 'Loggar in…' : 'Logga in'}
      </button>
    </form>
  );
}
