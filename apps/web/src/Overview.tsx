import { useEffect, useState } from 'react';
import { GatewayError, graphqlRequest } from './gateway-client';
import { label, OWNERSHIP_LABELS, SERVICE_AREA_LABELS } from './labels';

const OVERVIEW = `query Overview {
  providers { id name organisationNumber ownership
    units { id name serviceArea places deviationStatistics { total open } } }
}`;

interface UnitRow {
  id: string;
  name: string;
  serviceArea: string;
  places: number | null;
  deviationStatistics: { total: number; open: number };
}
interface ProviderRow {
  id: string;
  name: string;
  organisationNumber: string;
  ownership: string;
  units: UnitRow[];
}

export function Overview({ token, onUnauthenticated }: { token: string; onUnauthenticated: (reason: string) => void }) {
  const [providers, setProviders] = useState<ProviderRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    graphqlRequest<{ providers: ProviderRow[] }>(OVERVIEW, {}, token).then(
      (data) => !cancelled && setProviders(data.providers),
      (e: GatewayError) => {
        if (cancelled) return;
        if (e.code === 'UNAUTHENTICATED') onUnauthenticated(e.message);
        else setError(e.message);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token, onUnauthenticated]);

  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading">Utförare och enheter</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!error && !providers && <p aria-live="polite">Hämtar…</p>}
      {providers && providers.length === 0 && <p>Inga utförare är registrerade ännu.</p>}
      {providers && providers.length > 0 && (
        <table>
          <caption>Utförare, deras enheter och avvikelser</caption>
          <thead>
            <tr>
              <th scope="col">Utförare</th>
              <th scope="col">Organisationsnummer</th>
              <th scope="col">Driftform</th>
              <th scope="col">Enhet</th>
              <th scope="col">Verksamhetsområde</th>
              <th scope="col" className="num">Platser</th>
              <th scope="col" className="num">Avvikelser (totalt)</th>
              <th scope="col" className="num">Öppna avvikelser</th>
            </tr>
          </thead>
          <tbody>
            {providers.flatMap((p) =>
              (p.units.length ? p.units : [null]).map((u, i) => (
                <tr key={`${p.id}-${u?.id ?? 'none'}`}>
                  {i === 0 && (
                    <>
                      <th scope="row" rowSpan={Math.max(p.units.length, 1)}>
                        {p.name}
                      </th>
                      <td rowSpan={Math.max(p.units.length, 1)}>{p.organisationNumber}</td>
                      <td rowSpan={Math.max(p.units.length, 1)}>{label(OWNERSHIP_LABELS, p.ownership)}</td>
                    </>
                  )}
                  {u ? (
                    <>
                      <td>{u.name}</td>
                      <td>{label(SERVICE_AREA_LABELS, u.serviceArea)}</td>
                      <td className="num">{u.places ?? '–'}</td>
                      <td className="num">{u.deviationStatistics.total}</td>
                      <td className="num">{u.deviationStatistics.open}</td>
                    </>
                  ) : (
                    <td colSpan={5}>Inga enheter</td>
                  )}
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
