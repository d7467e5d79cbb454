import { useCallback, useState } from 'react';
import { Overview } from './Overview';
import { SignIn } from './SignIn';

const TOKEN_KEY = 'kvalitetsnav.token';

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  // Why the user was signed out (e.g. an expired token), shown on the sign-in form.
  const [notice, setNotice] = useState<string | null>(null);
  const signIn = (t: string) => {
    sessionStorage.setItem(TOKEN_KEY, t);
    setNotice(null);
    setToken(t);
  };
  const signOut = useCallback((reason?: string) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setNotice(reason ?? null);
    setToken(null);
  }, []);
  return (
    <>
      <header className="topbar">
        <span className="brand">Kvalitetsnav</span>
        {token && (
          <button type="button" className="link" onClick={() => signOut()}>
            Logga ut
          </button>
        )}
      </header>
      <main id="main">{token ? <Overview token={token} onUnauthenticated={signOut} /> : <SignIn onSignedIn={signIn} notice={notice} />}</main>
    </>
  );
}
