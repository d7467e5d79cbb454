import { Link } from 'react-router-dom';
import { addMonthsToMonth, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import { formatDate } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { Block, ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { useSession } from '../session';
import { periodLabel } from './portal';
import { MISSING_CASE_FLOWS, OPEN_ACTIONS, PULSE_WEEK, REPORTS_DUE } from './PortalStartPage.operations';
import { PORTAL_UNITS } from './portal.operations';

/** Per unit and period: which reports are due, submitted (with version), late or missing. */
function ReportsDue() {
  const { data, error, isLoading } = useGatewayQuery(REPORTS_DUE, {});
  const rows = data?.reportsDue ?? [];
  const late = rows.filter((r) => r.state === 'OVERDUE').length;
  return (
    <Block title="Rapporter">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="rapporter" />}
      {data && (
        <>
          <p>
            {late ? (
              <>
                <strong>{late}</strong> {late === 1 ? 'rapport är försenad' : 'rapporter är försenade'}.{' '}
              </>
            ) : (
              'Inga rapporter är försenade. '
            )}
            <Link to="/portal/rapporter">Lämna en rapport</Link>
          </p>
          <ScrollBox label="Rapporter per enhet">
            <table>
              <caption>Rapporter per enhet och period</caption>
              <thead>
                <tr>
                  <th scope="col">Enhet</th>
                  <th scope="col">Rapport</th>
                  <th scope="col">Period</th>
                  <th scope="col">Senast</th>
                  <th scope="col">Status</th>
                  <th scope="col">Inlämnad</th>
                  <th scope="col">Lämna</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.unit.id}-${r.kind}-${r.year}-${r.half}`}>
                    <td>{r.unit.name}</td>
                    <td>{enumLabel('ProviderReportKind', r.kind)}</td>
                    <td>{periodLabel(r.year, r.half)}</td>
                    <td>{formatDate(r.dueOn)}</td>
                    <td>
                      {r.state === 'OVERDUE' ? (
                        <strong>{enumLabel('ReportState', r.state)}</strong>
                      ) : (
                        enumLabel('ReportState', r.state)
                      )}
                    </td>
                    <td>
                      {r.latestVersion ? `Version ${r.latestVersion}, ${formatDate(r.lastSubmittedOn ?? '')}` : 'Ingen'}
                    </td>
                    <td>
                      <Link
                        to={`/portal/rapporter?rapport=${r.kind}&enhet=${r.unit.id}&ar=${r.year}${r.half ? `&halvar=${r.half}` : ''}`}
                        aria-label={`Lämna ${enumLabel('ProviderReportKind', r.kind).toLowerCase()} för ${r.unit.name} ${periodLabel(r.year, r.half)}`}
                      >
                        {r.latestVersion ? 'Ny version' : 'Lämna'}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {!rows.length && <p>Utföraren har inga enheter registrerade.</p>}
        </>
      )}
    </Block>
  );
}

/** Required actions of the provider's follow-ups that wait for the provider. */
function OpenActions() {
  const { data, error, isLoading } = useGatewayQuery(OPEN_ACTIONS, {});
  const today = stockholmToday();
  const actions = (data?.followUps ?? []).flatMap((f) =>
    f.actions.filter((a) => a.status === 'OPEN' || a.status === 'PLAN_RECEIVED').map((a) => ({ ...a, followUp: f })),
  );
  return (
    <Block title="Åtgärder att göra">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="åtgärder" />}
      {data &&
        (actions.length ? (
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <Link to={`/portal/uppfoljningar/${a.followUp.id}`}>{a.description}</Link> –{' '}
                {enumLabel('FollowUpActionStatus', a.status)}, senast {formatDate(a.deadline)}
                {a.deadline < today && <strong> (försenad)</strong>}
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga åtgärder väntar på er.</p>
        ))}
      <Link to="/portal/uppfoljningar">Alla uppföljningar</Link>
    </Block>
  );
}

function MissingCaseFlows() {
  const from = addMonthsToMonth(stockholmToday().slice(0, 7), -12);
  const { data, error, isLoading } = useGatewayQuery(MISSING_CASE_FLOWS, { from });
  const missing = (data?.missingCaseFlowMonths ?? []).filter((m) => m.months.length);
  return (
    <Block title="Månadsrapporter om ärenden">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="månadsrapporter" />}
      {data &&
        (missing.length ? (
          <ul>
            {missing.map((m) => (
              <li key={m.unitId}>
                {m.unitName}: saknas för {m.months.join(', ')}
              </li>
            ))}
          </ul>
        ) : (
          <p>Alla månader det senaste året är rapporterade.</p>
        ))}
    </Block>
  );
}

function PulseWeek() {
  const week = isoWeekOf(stockholmToday());
  const { data, error, isLoading } = useGatewayQuery(PULSE_WEEK, { week });
  const answered = data?.pulseOverview.answeredUnits.length ?? 0;
  const missing = data?.pulseOverview.missingUnits ?? [];
  return (
    <Block title={`Pulsenkät vecka ${week.slice(6)}`}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="pulsenkäten" />}
      {data && (
        <p>
          {missing.length === 0
            ? answered
              ? 'Besvarad för alla enheter.'
              : 'Inga enheter att svara för.'
            : `Besvarad för ${answered} av ${answered + missing.length} enheter. Inte besvarad för ${missing.map((u) => u.name).join(', ')}.`}{' '}
          <Link to="/portal/puls">Till pulsenkäten</Link>
        </p>
      )}
    </Block>
  );
}

/** The provider portal's start: what is due, and what the municipality waits for. */
export function PortalStartPage() {
  const { providerId } = useSession();
  const { data } = useGatewayQuery(PORTAL_UNITS, { id: providerId ?? '' }, { enabled: Boolean(providerId) });
  return (
    <Page title="Att göra">
      <p>
        Du lämnar uppgifter för <strong>{data?.provider?.name ?? 'er utförare'}</strong> till kommunen.
      </p>
      <ReportsDue />
      <div className="grid">
        <OpenActions />
        <MissingCaseFlows />
        <PulseWeek />
      </div>
    </Page>
  );
}
