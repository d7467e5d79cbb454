import { ComponentType, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { claimsOf, Session, SessionContext, useQuery } from './session';
import { SignIn } from './SignIn';
import { graphql } from './__generated__';

const SESSION_CHECK = graphql(`
  query SessionCheck {
    __typename
  }
`);

const TOKEN_KEY = 'kvalitetsnav.token';

/** A page as a chunk of its own, loaded when first shown: the start page does not wait for the chart and table libraries. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const StartPage = page(() => import('./pages/StartPage'), 'StartPage');
const ProvidersPage = page(() => import('./pages/ProvidersPage'), 'ProvidersPage');
const ProviderPage = page(() => import('./pages/ProviderPage'), 'ProviderPage');
const FollowUpsPage = page(() => import('./pages/FollowUpsPage'), 'FollowUpsPage');
const FollowUpPage = page(() => import('./pages/FollowUpPage'), 'FollowUpPage');
const DeviationsPage = page(() => import('./pages/DeviationsPage'), 'DeviationsPage');
const SurveysPage = page(() => import('./pages/SurveysPage'), 'SurveysPage');
const ForecastsPage = page(() => import('./pages/ForecastsPage'), 'ForecastsPage');
const ReportsPage = page(() => import('./pages/ReportsPage'), 'ReportsPage');

/** What each role sees in the menu; the gateway enforces the same rules. */
const MENU: { to: string; text: string; roles: string[] }[] = [
  { to: '/', text: 'Att hantera', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] },
  { to: '/utforare', text: 'Utförare', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] },
  { to: '/uppfoljning', text: 'Uppföljning', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] },
  { to: '/avvikelser', text: 'Avvikelser', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] },
  {
    to: '/brukarundersokningar',
    text: 'Brukarundersökningar',
    roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'],
  },
  { to: '/prognoser', text: 'Prognoser', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] },
  { to: '/rapporter', text: 'Rapporter', roles: ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] },
];

/** Asks the gateway once whether the stored sign-in still holds; an expired one signs the user out with the reason. */
function SessionCheck() {
  useQuery<{ __typename: string }>(SESSION_CHECK.toString());
  return null;
}

/** Moves focus to the new page's heading, so screen readers announce the page change. */
function FocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);
  return null;
}

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  // Why the user was signed out (e.g. an expired token), shown on the sign-in form.
  const [notice, setNotice] = useState<string | null>(null);
  const signIn = useCallback((t: string) => {
    sessionStorage.setItem(TOKEN_KEY, t);
    setNotice(null);
    setToken(t);
  }, []);
  const signOut = useCallback((reason?: string) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setNotice(reason ?? null);
    setToken(null);
  }, []);
  const session = useMemo<Session | null>(
    () => (token ? { token, ...claimsOf(token), signOut } : null),
    [token, signOut],
  );
  const menu = MENU.filter((m) => session?.roles.some((r) => m.roles.includes(r)));

  return (
    <BrowserRouter>
      <a href="#main" className="skip">
        Hoppa till innehållet
      </a>
      <header className="topbar">
        <span className="brand">Kvalitetsnav</span>
        {session && (
          <nav aria-label="Huvudmeny">
            <ul>
              {menu.map((m) => (
                <li key={m.to}>
                  <NavLink to={m.to} end={m.to === '/'}>
                    {m.text}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {session && (
          <button type="button" className="link" onClick={() => signOut()}>
            Logga ut
          </button>
        )}
      </header>
      <main id="main">
        {session ? (
          <SessionContext.Provider value={session}>
            <SessionCheck />
            <FocusOnNavigate />
            <Suspense fallback={<p role="status">Laddar…</p>}>
              <Routes>
                <Route path="/" element={<StartPage />} />
                <Route path="/utforare" element={<ProvidersPage />} />
                <Route path="/utforare/:id" element={<ProviderPage />} />
                <Route path="/uppfoljning" element={<FollowUpsPage />} />
                <Route path="/uppfoljning/:id" element={<FollowUpPage />} />
                <Route path="/avvikelser" element={<DeviationsPage />} />
                <Route path="/brukarundersokningar" element={<SurveysPage />} />
                <Route path="/prognoser" element={<ForecastsPage />} />
                <Route path="/rapporter" element={<ReportsPage />} />
                <Route path="/inloggad" element={<Navigate to="/" replace />} />
                <Route path="*" element={<p>Sidan finns inte.</p>} />
              </Routes>
            </Suspense>
          </SessionContext.Provider>
        ) : (
          <SignIn onSignedIn={signIn} notice={notice} />
        )}
      </main>
    </BrowserRouter>
  );
}
