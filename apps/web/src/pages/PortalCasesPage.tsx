import { addMonthsToMonth, stockholmToday } from '@kvalitetsnav/calendar';
import { CaseFlowForm } from '../components/CaseFlowForm';
import { formatDate, formatNumber } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { CLOSURE_REASONS } from './ForecastDataPage.operations';
import { PORTAL_UNITS } from './portal.operations';
import { PORTAL_CASE_FLOWS, PORTAL_MISSING_MONTHS } from './PortalCasesPage.operations';
import { PortalPlacements } from './PortalPlacements';

/** How far back the page lists months: a year, as the start page does. */
const MONTHS_BACK = 12;

function MissingMonths({ from }: { from: string }) {
  const { data, error, isLoading } = useGatewayQuery(PORTAL_MISSING_MONTHS, { from });
  const missing = data?.missingCaseFlowMonths ?? [];
  return (
    <section className="card" aria-labelledby="missing-months">
      <h2 id="missing-months">Månader som saknas</h2>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="månader som saknas" />}
      {data &&
        (missing.length ? (
          <ul>
            {missing.map((m) => (
              <li key={m.unitId}>
                {m.unitName}: {m.months.join(', ')}
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga månader saknas det senaste året.</p>
        ))}
      <p className="muted">
        En enhet räknas från sin första rapport. En enhet som aldrig har rapporterat börjar med förra månaden.
      </p>
    </section>
  );
}

function GivenReports({ from, unitName }: { from: string; unitName: (id: string) => string }) {
  const { data, error, isLoading } = useGatewayQuery(PORTAL_CASE_FLOWS, { filter: { source: 'PROVIDER', from } });
  const reasons = useGatewayQuery(CLOSURE_REASONS, {});
  const reasonLabel = (code: string) => reasons.data?.closureReasons.find((r) => r.code === code)?.label ?? code;
  const reports = [...(data?.caseFlowReports ?? [])].sort(
    (a, b) => b.month.localeCompare(a.month) || unitName(a.unitId).localeCompare(unitName(b.unitId), 'sv'),
  );
  return (
    <>
      <h2>Lämnade rapporter</h2>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="lämnade rapporter" />}
      {data && (
        <ScrollBox label="Lämnade månadsrapporter">
          <table>
            <caption>Lämnade månadsrapporter, senaste versionen av varje</caption>
            <thead>
              <tr>
                <th scope="col">Månad</th>
                <th scope="col">Enhet</th>
                <th scope="col" className="num">
                  Nya
                </th>
                <th scope="col" className="num">
                  Avslutade
                </th>
                <th scope="col">Avslutade per orsak</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Lämnad</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.month}</th>
                  <td>{unitName(r.unitId)}</td>
                  <td className="num">{formatNumber(r.incoming)}</td>
                  <td className="num">{formatNumber(r.outgoing)}</td>
                  <td>{r.closedByReason.map((c) => `${reasonLabel(c.reason)}: ${c.count}`).join(', ') || '–'}</td>
                  <td className="num">{r.version}</td>
                  <td>{formatDate(String(r.submittedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!reports.length && <p>Inga rapporter det senaste året.</p>}
        </ScrollBox>
      )}
    </>
  );
}

/** The provider's monthly case-flow reports (giving one, what is missing and what was given), then its placements. */
export function PortalCasesPage() {
  const { providerId = '' } = useSession();
  const units = useGatewayQuery(PORTAL_UNITS, { id: providerId }, { enabled: Boolean(providerId) });
  const reasons = useGatewayQuery(CLOSURE_REASONS, {});
  const from = addMonthsToMonth(stockholmToday().slice(0, 7), -MONTHS_BACK);
  const own = units.data?.provider?.units ?? [];
  const unitName = (id: string) => own.find((u) => u.id === id)?.name ?? 'Okänd enhet';
  return (
    <Page title="Ärenden">
      <p>
        Varje månad som är slut rapporterar ni per enhet hur många ärenden som kom in och hur många som avslutades, och
        varför de avslutades. Orsakerna ska tillsammans bli lika många som de avslutade ärendena. Lämnar ni samma månad
        igen sparas en ny version som ersätter den förra.
      </p>
      <ErrorMessage error={units.error ?? reasons.error} />
      {(units.isLoading || reasons.isLoading) && <Loading what="enheter och avslutsorsaker" />}
      {units.data && !own.length && <p>Utföraren har inga enheter registrerade hos kommunen.</p>}
      <div className="grid">
        {own.length > 0 && reasons.data && (
          <CaseFlowForm units={own} reasons={reasons.data.closureReasons} ownCasesOnly />
        )}
        <MissingMonths from={from} />
      </div>
      {own.length > 0 && (
        <SpreadsheetImport
          kind="CASE_FLOWS"
          title="Ladda upp ärendeflöden från fil"
          templateUnitIds={own.map((u) => u.id)}
        />
      )}
      <GivenReports from={from} unitName={unitName} />
      {own.length > 0 && <PortalPlacements units={own} from={from} />}
    </Page>
  );
}
