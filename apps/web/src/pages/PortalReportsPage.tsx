import { useSearchParams } from 'react-router-dom';
import { halfOf, previousHalf, stockholmToday } from '@kvalitetsnav/calendar';
import { formatDate, formatNumber } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { SpreadsheetImport } from '../components/SpreadsheetImport';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { periodLabel } from './portal';
import { PortalBusinessForm } from './PortalBusinessForm';
import { SUBMITTED_REPORTS } from './PortalReportsPage.operations';
import { PORTAL_UNITS } from './portal.operations';
import { PortalStaffingForm, StaffingPeriod } from './PortalStaffingForm';

/** Every version the provider has submitted, newest first: a resubmission is a new version, the old kept. */
function Submitted({ unitName }: { unitName: (id: string) => string }) {
  const { data, error, isLoading } = useGatewayQuery(SUBMITTED_REPORTS, {});
  return (
    <section className="card block" aria-label="Inlämnade rapporter">
      <h2>Inlämnade rapporter</h2>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="inlämnade rapporter" />}
      {data && (
        <>
          <ScrollBox label="Inlämnade bemanningsuppföljningar">
            <table>
              <caption>Bemanningsuppföljningar</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  <th scope="col">Period</th>
                  <th scope="col">Version</th>
                  <th scope="col">Chefer</th>
                  <th scope="col">Anställda (tillsvidare, visstid, tim)</th>
                  <th scope="col">Sjukfrånvaro</th>
                  <th scope="col">Inlämnad</th>
                </tr>
              </thead>
              <tbody>
                {data.staffingReports.map((r) => (
                  <tr key={r.id}>
                    <td>{unitName(r.unitId)}</td>
                    <td>{periodLabel(r.year, r.half)}</td>
                    <td>{r.version}</td>
                    <td>{r.managers}</td>
                    <td>
                      {r.permanent}, {r.temporary}, {r.hourly}
                    </td>
                    <td>{formatNumber(r.sickLeavePercent, 1)} %</td>
                    <td>
                      {formatDate(String(r.submittedAt))} av {r.submittedBy}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {!data.staffingReports.length && <p>Ingen bemanningsuppföljning är inlämnad ännu.</p>}
          <ScrollBox label="Inlämnade verksamhetsberättelser">
            <table>
              <caption>Verksamhetsberättelser</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  <th scope="col">År</th>
                  <th scope="col">Version</th>
                  <th scope="col">Inlämnad</th>
                </tr>
              </thead>
              <tbody>
                {data.businessReports.map((r) => (
                  <tr key={r.id}>
                    <td>{unitName(r.unitId)}</td>
                    <td>{r.year}</td>
                    <td>{r.version}</td>
                    <td>
                      {formatDate(String(r.submittedAt))} av {r.submittedBy}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {!data.businessReports.length && <p>Ingen verksamhetsberättelse är inlämnad ännu.</p>}
        </>
      )}
    </section>
  );
}

/** A provider's reports to the municipality: the staffing baseline twice a year, the business report yearly. */
export function PortalReportsPage() {
  const { providerId } = useSession();
  const [params] = useSearchParams();
  const units = useGatewayQuery(PORTAL_UNITS, { id: providerId ?? '' }, { enabled: Boolean(providerId) });
  const list = units.data?.provider?.units ?? [];
  const today = stockholmToday();
  // The half-year that ended and the one under way, the ended one first: it is the one usually due.
  const periods: StaffingPeriod[] = [previousHalf(today), halfOf(today)];
  const chosen = params.get('enhet') ?? undefined;
  return (
    <Page title="Rapporter">
      <p>Här lämnar ni bemanningsuppföljning och verksamhetsberättelse för era enheter.</p>
      <ErrorMessage error={units.error} />
      {units.isLoading && <Loading what="enheter" />}
      {units.data && (
        <>
          <PortalStaffingForm
            key={`staffing-${params.toString()}`}
            units={list}
            periods={periods}
            unitId={params.get('rapport') === 'BUSINESS' ? undefined : chosen}
            period={Math.max(
              0,
              periods.findIndex((p) => String(p.year) === params.get('ar') && String(p.half) === params.get('halvar')),
            )}
          />
          <SpreadsheetImport
            kind="STAFFING"
            title="Ladda upp bemanning från fil"
            templateUnitIds={list.map((u) => u.id)}
          />
          <PortalBusinessForm
            key={`business-${params.toString()}`}
            units={list}
            year={Number(today.slice(0, 4)) - 1}
            unitId={params.get('rapport') === 'BUSINESS' ? chosen : undefined}
          />
        </>
      )}
      <Submitted unitName={(id) => list.find((u) => u.id === id)?.name ?? 'Okänd enhet'} />
    </Page>
  );
}
