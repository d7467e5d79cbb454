// Monaco's editor, JSON and GraphQL workers, bundled by Vite as files of their own.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createDevTokenFetch, DEFAULT_ROLE, isRole, Role, ROLES } from './dev-token-fetch';

const DEFAULT_QUERY = `# Kvalitetsnavs GraphQL-API i utvecklingsläge.
# Frågorna skickas med en utvecklartoken för rollen
# som är vald ovan. Kör med Ctrl-Enter; schemat finns
# under dokumentationsikonen till vänster.
{
  providers {
    name
    units {
      name
      serviceArea
    }
  }
}
`;

function App() {
  // Each visit starts as QUALITY_OFFICIAL, who may introspect; REPORTING may run only its
  // allow-listed operations, so the schema would not load for it.
  const [role, setRole] = useState<Role>(DEFAULT_ROLE);
  const roleRef = useRef(role);
  // One fetcher for the page's life: GraphiQL fetches the schema again whenever its fetcher
  // changes, and the schema is the same whichever role asks.
  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: '/graphql', fetch: createDevTokenFetch(() => roleRef.current) }),
    [],
  );

  function chooseRole(value: string) {
    if (!isRole(value)) return;
    roleRef.current = value;
    setRole(value);
  }

  return (
    <div className="kvn-page">
      <header className="kvn-bar">
        <span className="kvn-brand">Kvalitetsnav · GraphiQL</span>
        <span className="kvn-note">Utvecklingsläge: introspektion och utvecklartoken finns inte i produktion.</span>
        <label className="kvn-role">
          Roll
          <select value={role} onChange={(e) => chooseRole(e.target.value)} aria-label="Roll för utvecklartoken">
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="kvn-graphiql">
        {/* Deprecated arguments are listed in the docs too (the API still accepts some). */}
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} inputValueDeprecation />
      </main>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
