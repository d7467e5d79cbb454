import { QueryClientProvider } from '@tanstack/react-query';
import { ComponentType, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { ERROR_CODE_MESSAGES } from '@kvalitetsnav/swedish';
import { graphql } from './__generated__';
import { createQueryClient, useGatewayQuery } from './queries';
import { ROUTES } from './routes';
import { claimsOf, hasRole, Session, SessionContext } from './session';
import { SignIn } from './SignIn';
import { Page as PageFrame } from './components/ui';

const SESSION_CHECK = graphql(`
  query SessionCheck {
    __typename
  }
`);

const TOKEN_KEY = 'kvalitetsnav.token';

/** Each page is a chunk of its own, loaded when first shown: the start page does not wait for the chart and table libraries. */
const PAGES = ROUTES.map((route) => ({
  route,
  Page: lazy(() => route.load().then((component: ComponentType) => ({ default: component }))),
}));

/** Asks the gateway once whether the stored sign-in still holds; an expired one signs the user out with the reason. */
function SessionCheck() {
  useGatewayQuery(SESSION_CHECK, {});
  return null;
}

/** Closes the phone menu when the page changes. */
function CloseMenuOnNavigate({ close }: { close: () => void }) {
  const location = useLocation();
  useEffect(close, [location.pathname, close]);
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

/** A page the user cannot see, with a heading like every page so it is announced and found. */
function Refused({ title, message }: { title: string; message: string }) {
  return (
    <PageFrame title={title}>
      <p>{message}</p>
    </PageFrame>
  );
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
  const [queryClient] = useState(() => createQueryClient(signOut));
  // Nothing one user read stays in the cache for the next.
  useEffect(() => {
    if (!token) queryClient.clear();
  }, [token, queryClient]);
  const session = useMemo<Session | null>(
    () => (token ? { token, ...claimsOf(token), signOut } : null),
    [token, signOut],
  );
  // On a phone the menu folds behind one button; on a wide screen it is always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  const menu = ROUTES.filter((route) => route.menu && session && hasRole(session, route.roles));
  // A start page with menu pages under it (/, /portal) is marked only when it is itself shown.
  const holdsOthers = (path: string) =>
    menu.some((other) => other.path !== path && other.path.startsWith(path.endsWith('/') ? path : `${path}/`));
  // Public pages (a survey's answer link) are shown with or without a sign-in.
  const publicRoutes = PAGES.filter(({ route }) => route.public).map(({ route, Page }) => (
    <Route key={route.path} path={route.path} element={<Page />} />
  ));

  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <a href="#main" className="skip">
          Hoppa till innehållet
        </a>
        <header className="topbar">
          <span className="brand">Kvalitetsnav</span>
          {session && (
            <button
              type="button"
              className="menu-toggle link"
              aria-expanded={menuOpen}
              aria-controls="main-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              Meny
            </button>
          )}
          {session && (
            <nav aria-label="Huvudmeny" id="main-menu" className={menuOpen ? 'open' : undefined}>
              <CloseMenuOnNavigate close={closeMenu} />
              <ul>
                {menu.map((route) => (
                  <li key={route.path}>
                    {/* Closes on a click too: choosing the page already shown changes no path. */}
                    <NavLink to={route.path} end={holdsOthers(route.path)} onClick={closeMenu}>
                      {route.menu}
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
        {/* Focusable, so the skip link moves focus (not only the view) to the content. */}
        <main id="main" tabIndex={-1}>
          {session ? (
            <SessionContext.Provider value={session}>
              <SessionCheck />
              <FocusOnNavigate />
              <Suspense fallback={<p role="status">Laddar…</p>}>
                <Routes>
                  {publicRoutes}
                  {PAGES.filter(({ route }) => !route.public).map(({ route, Page }) => (
                    <Route
                      key={route.path}
                      path={route.path}
                      element={
                        route.sends && hasRole(session, route.sends.roles) ? (
                          <Navigate to={route.sends.to} replace />
                        ) : hasRole(session, route.roles) ? (
                          <Page />
                        ) : (
                          <Refused title="Ingen behörighet" message={ERROR_CODE_MESSAGES.FORBIDDEN} />
                        )
                      }
                    />
                  ))}
                  <Route path="/inloggad" element={<Navigate to="/" replace />} />
                  <Route
                    path="*"
                    element={
                      <Refused title="Sidan finns inte" message="Adressen leder inte till någon sida i Kvalitetsnav." />
                    }
                  />
                </Routes>
              </Suspense>
            </SessionContext.Provider>
          ) : (
            <Suspense fallback={<p role="status">Laddar…</p>}>
              <Routes>
                {publicRoutes}
                <Route path="*" element={<SignIn onSignedIn={signIn} notice={notice} />} />
              </Routes>
            </Suspense>
          )}
        </main>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
