import { Link, useParams } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import { DeviationHistory } from '../components/DeviationHistory';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { PORTAL_DEVIATION } from './PortalDeviationPage.operations';

/** One of the provider's own cases, read-only: its facts, the two-month deadline and its history. */
export function PortalDeviationPage() {
  const { id = '' } = useParams();
  const { data, error, isLoading } = useGatewayQuery(PORTAL_DEVIATION, { id });
  const d = data?.deviation;
  const complaint = d?.kind === 'COMPLAINT';
  const lex = d?.kind === 'LEX_SARAH' || d?.kind === 'LEX_MARIA';

  return (
    <Page title={d ? enumLabel('DeviationKind', d.kind) : 'Avvikelse'}>
      <p>
        <Link to="/portal/avvikelser">Till era avvikelser</Link>
      </p>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="ärendet" />}
      {/* Another provider's case answers exactly as one that does not exist. */}
      {data && !d && (
        <p role="alert" className="error">
          Ärendet finns inte bland era ärenden. Kontrollera adressen, eller öppna ärendet från listan.
        </p>
      )}
      {d && (
        <>
          <p className="muted">
            Ärendet visas som det är registrerat och kan inte ändras här. Är något fel, registrera en ny rapport och
            skriv vilken den rättar.
          </p>
          <dl className="facts">
            <dt>Slag</dt>
            <dd>{enumLabel('DeviationKind', d.kind)}</dd>
            <dt>Status</dt>
            <dd>{enumLabel('DeviationStatus', d.status)}</dd>
            <dt>Enhet</dt>
            <dd>{d.unit.name}</dd>
            <dt>{complaint ? 'Mottaget' : 'Hände'}</dt>
            <dd>{d.occurredOn}</dd>
            <dt>Rapporterad</dt>
            <dd>{d.reportedOn}</dd>
            <dt>Åtgärder och slutbedömning senast</dt>
            <dd>
              {d.twoMonthRule.deadline}
              {d.twoMonthRule.overdue && <strong> – försenad</strong>}
            </dd>
            {complaint && (
              <>
                <dt>Avsändare</dt>
                <dd>{d.complainant ? enumLabel('Complainant', d.complainant) : '–'}</dd>
                <dt>Kategori</dt>
                <dd>{d.complaintCategory ? enumLabel('ComplaintCategory', d.complaintCategory) : '–'}</dd>
              </>
            )}
            {lex && (
              <>
                <dt>Allvarlighet</dt>
                <dd>{d.seriousness ? enumLabel('Seriousness', d.seriousness) : 'Inte bedömd'}</dd>
                <dt>Anmäld till IVO</dt>
                <dd>{d.ivoReportedOn ?? 'Nej'}</dd>
              </>
            )}
          </dl>

          <h2>Beskrivning</h2>
          <p className="description">{d.description}</p>
          {d.redactions > 0 && (
            <p className="muted">
              Personnummer har tagits bort ur texten ({d.redactions}).
              {lex && ' Originaltexten är sparad skyddad och kan bara läsas av kommunens kvalitetsansvariga.'}
            </p>
          )}

          <h2>Åtgärder</h2>
          <p>{d.actions ? `${d.actions} (${d.actionsRegisteredOn})` : 'Inga åtgärder registrerade.'}</p>
          <h2>Slutbedömning</h2>
          <p>{d.finalAssessment ? `${d.finalAssessment} (${d.finalAssessedOn})` : 'Inte slutbedömd.'}</p>
          {d.closedOn && <p>Avslutad {d.closedOn}.</p>}

          <h2>Historik</h2>
          <DeviationHistory deviation={d} />
        </>
      )}
    </Page>
  );
}
