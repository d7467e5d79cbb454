import { enumLabel } from '@kvalitetsnav/swedish';
import type { CaseFlowUnit } from '../components/CaseFlowForm';
import { formatNumber } from '../components/form';
import { PlacementForm } from '../components/PlacementForm';
import { ScrollBox } from '../components/ScrollBox';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { ErrorMessage, Loading } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { PORTAL_PLACEMENTS } from './PortalCasesPage.operations';
import { useServiceAreas } from '../components/ServiceAreas';

function GivenPlacements({ from, unitName }: { from: string; unitName: (id: string | null) => string }) {
  const { areaName } = useServiceAreas();
  const { data, error, isLoading } = useGatewayQuery(PORTAL_PLACEMENTS, { filter: { from } });
  const reports = data?.placementReports ?? [];
  return (
    <>
      <h3>Lämnade placeringar</h3>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="lämnade placeringar" />}
      {data && (
        <ScrollBox label="Lämnade placeringar">
          <table>
            <caption>Lämnade placeringar per månad, enhet och placeringsform</caption>
            <thead>
              <tr>
                <th scope="col">Månad</th>
                <th scope="col">Enhet</th>
                <th scope="col">Placeringsform</th>
                <th scope="col" className="num">
                  Placerade
                </th>
                <th scope="col" className="num">
                  Vårddygn
                </th>
                <th scope="col" className="num">
                  Kostnad (kr)
                </th>
                <th scope="col" className="num">
                  Avslutade
                </th>
                <th scope="col" className="num">
                  Version
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.month}</th>
                  <td>{unitName(r.unitId ?? null)}</td>
                  <td>{areaName(r.form)}</td>
                  <td className="num">{formatNumber(r.placed)}</td>
                  <td className="num">{formatNumber(r.careDays)}</td>
                  <td className="num">{formatNumber(r.costSek)}</td>
                  <td className="num">{formatNumber(r.ended)}</td>
                  <td className="num">{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!reports.length && <p>Inga placeringar det senaste året.</p>}
        </ScrollBox>
      )}
    </>
  );
}

/** The provider's monthly placements per unit and placement form: one month, a file, and what was given. */
export function PortalPlacements({ units, from }: { units: readonly CaseFlowUnit[]; from: string }) {
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? 'Okänd enhet';
  return (
    <section aria-labelledby="portal-placements">
      <h2 id="portal-placements">Placeringar</h2>
      <p>
        Har ni placerade barn, unga eller vuxna (HVB, familjehem eller stödboende) rapporterar ni varje månad som är
        slut per enhet och placeringsform: antal placerade, vårddygn, kostnad och de placeringar som avslutades. Lämnar
        ni samma månad igen ersätts siffrorna och versionen räknas upp.
      </p>
      <div className="grid">
        <PlacementForm units={units} unitRequired />
        <SpreadsheetImport
          kind="PLACEMENTS"
          title="Ladda upp placeringar från fil"
          templateUnitIds={units.map((u) => u.id)}
        />
      </div>
      <GivenPlacements from={from} unitName={unitName} />
    </section>
  );
}
