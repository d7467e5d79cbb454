import { useState } from 'react';
import { Overview } from './Overview';
import { SignIn } from './SignIn';

const TOKEN_KEY = 'kvalitetsnav.token';

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const signIn = (t: string) => {
    sessionStorage.setItem(TOKEN_KEY, t);
    setToken(t);
  };
  const signOut = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  };
  return (
    <>
      <header className="topbar">
        <span className="brand">Kvalitetsnav</span>
        {token && (
          <button type="button" className="link" onClick={signOut}>
            Logga ut
          </button>
        )}
      </header>
      <main id="main">{token ? <Overview token={token} onUnauthenticated={signOut} /> : <SignIn onSignedIn={signIn} />}</main>
    </>
  );
}
