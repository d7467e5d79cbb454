import { Saved, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { hasRole, useSession } from '../session';
import {
  RegisterSectorForm,
  RegisterServiceAreaForm,
  RenameSectorForm,
  Sector,
  UpdateServiceAreaForm,
} from './ServiceAreaForms';
import { SERVICE_AREAS_PAGE } from './ServiceAreasPage.operations';

function SectorRows({ sector }: { sector: Sector }) {
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={2}>
          {sector.name} (<code>{sector.code}</code>)
        </th>
      </tr>
      {sector.serviceAreas.length ? (
        sector.serviceAreas.map((a) => (
          <tr key={a.code}>
            <th scope="row">{a.name}</th>
            <td>
              <code>{a.code}</code>
            </td>
          </tr>
        ))
      ) : (
        <tr>
          <td colSpan={2}>Inga verksamhetsområden.</td>
        </tr>
      )}
    </tbody>
  );
}

/**
 * The municipality's sectors and service areas: units belong to an area, and figures are
 * reported per area and sector. The administrator keeps the lists; the officials read them.
 */
export function ServiceAreasPage() {
  const session = useSession();
  const admin = hasRole(session, ['ADMIN']);
  const { data, error, isLoading } = useGatewayQuery(SERVICE_AREAS_PAGE, {});
  const saved = useSaved();
  const sectors = data?.sectors ?? [];
  const hasAreas = sectors.some((s) => s.serviceAreas.length > 0);

  return (
    <Page title="Verksamhetsområden">
      <p>
        Varje enhet hör till ett verksamhetsområde, och varje verksamhetsområde till en sektor. Statistik och rapporter
        redovisas per verksamhetsområde och sektor.
      </p>
      <Saved message={saved.message} />
      <ErrorMessage error={error} />
      {isLoading && <Loading what="verksamhetsområdena" />}
      {data && (
        <>
          {sectors.length ? (
            <ScrollBox label="Sektorer och verksamhetsområden">
              <table>
                <caption>Sektorer och verksamhetsområden</caption>
                <thead>
                  <tr>
                    <th scope="col">Verksamhetsområde</th>
                    <th scope="col">Kod</th>
                  </tr>
                </thead>
                {sectors.map((s) => (
                  <SectorRows key={s.code} sector={s} />
                ))}
              </table>
            </ScrollBox>
          ) : (
            <p>Inga sektorer är registrerade.</p>
          )}
          {admin && (
            <>
              <RegisterSectorForm notify={saved.show} />
              {sectors.length > 0 && <RenameSectorForm sectors={sectors} notify={saved.show} />}
              {sectors.length > 0 && <RegisterServiceAreaForm sectors={sectors} notify={saved.show} />}
              {hasAreas && <UpdateServiceAreaForm sectors={sectors} notify={saved.show} />}
            </>
          )}
        </>
      )}
    </Page>
  );
}
