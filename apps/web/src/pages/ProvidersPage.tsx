import { Link } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { PROVIDERS } from './ProvidersPage.operations';

export function ProvidersPage() {
  const { data, error, isLoading } = useGatewayQuery(PROVIDERS, {});
  return (
    <Page title="Utförare och enheter">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utförare" />}
      {data && (
        <table>
          <caption>Utförare, deras enheter och avvikelser</caption>
          <thead>
            <tr>
              <th scope="col">Utförare</th>
              <th scope="col">Regi</th>
              <th scope="col">Enhet</th>
              <th scope="col">Verksamhetsområde</th>
              <th scope="col" className="num">
                Platser
              </th>
              <th scope="col" className="num">
                Avvikelser
              </th>
              <th scope="col" className="num">
                Varav öppna
              </th>
            </tr>
          </thead>
          <tbody>
            {data.providers.flatMap((p) =>
              (p.units.length ? p.units : [null]).map((u, i) => (
                <tr key={`${p.id}-${u?.id ?? 'none'}`}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={Math.max(1, p.units.length)}>
                      <Link to={`/utforare/${p.id}`}>{p.name}</Link>
                      <div className="muted">{p.organisationNumber}</div>
                    </th>
                  )}
                  {i === 0 && (
                    <td rowSpan={Math.max(1, p.units.length)}>{enumLabel('ProviderOwnership', p.ownership)}</td>
                  )}
                  <td>{u?.name ?? 'Inga enheter'}</td>
                  <td>{u ? enumLabel('ServiceArea', u.serviceArea) : ''}</td>
                  <td className="num">{u?.places ?? ''}</td>
                  <td className="num">{u?.deviationStatistics.total ?? ''}</td>
                  <td className="num">{u?.deviationStatistics.open ?? ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </Page>
  );
}
