import { Link } from 'react-router-dom';
import { isoWeekOf, previousHalf, stockholmToday } from '@kvalitetsnav/calendar';
import { enumLabel } from '@kvalitetsnav/swedish';
import { pulseValueLabel } from './pulse';
import { Block, ErrorMessage, Loading, Page } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { hasRole, MEDICAL, OFFICIALS, ORDERERS, useSession } from '../session';
import { IopFlagItem } from './FollowUpCoverage';
import { ProviderActivityBlock } from './StartPageActivity';
import {
  IOP_WITHOUT_FOLLOW_UP,
  MISSING_REPORTS,
  OVERDUE_ACTIONS,
  OVERDUE_DEVIATIONS,
  OVERDUE_SUPERVISION,
  PULSE,
  RISKS,
} from './StartPage.operations';

function OverdueActions() {
  const { data, error, isLoading } = useGatewayQuery(OVERDUE_ACTIONS, {});
  return (
    <Block title="Försenade åtgärder från uppföljningar">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="åtgärder" />}
      {data &&
        (data.overdueFollowUpActions.length ? (
          <ul>
            {data.overdueFollowUpActions.map((a) => (
              <li key={a.id}>
                <Link to={`/uppfoljning/${a.followUpId}`}>{a.description}</Link> – senast {a.deadline}
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga försenade åtgärder.</p>
        ))}
    </Block>
  );
}

function OverdueSupervision() {
  const { data, error, isLoading } = useGatewayQuery(OVERDUE_SUPERVISION, {});
  return (
    <Block title="Försenade svar till IVO och JO">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="tillsynsärenden" />}
      {data &&
        (data.overdueSupervisionResponses.length ? (
          <ul>
            {data.overdueSupervisionResponses.map((r) => (
              <li key={r.responseId}>
                <Link to={`/tillsyn#arende-${r.caseId}`}>
                  {enumLabel('SupervisingAuthority', r.authority)} {r.caseNumber}
                </Link>
                : {r.required} – senast {r.dueOn}
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga försenade svar.</p>
        ))}
    </Block>
  );
}

function OverdueDeviations() {
  const { data, error, isLoading } = useGatewayQuery(OVERDUE_DEVIATIONS, {});
  const overdue = data?.overdueDeviations ?? [];
  return (
    <Block title="Avvikelser över två månader">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="avvikelser" />}
      {data &&
        (overdue.length ? (
          <>
            <p>
              <strong>{overdue.length}</strong> avvikelser är inte slutbedömda inom två månader.
            </p>
            <ul>
              {overdue.slice(0, 10).map((d) => (
                <li key={d.id}>
                  <Link to={`/avvikelser/${d.id}`}>
                    {enumLabel('DeviationKind', d.kind)} rapporterad {d.reportedOn}
                  </Link>{' '}
                  – senast {d.twoMonthRule.deadline}
                </li>
              ))}
            </ul>
            {overdue.length > 10 && <Link to="/avvikelser">Alla avvikelser</Link>}
          </>
        ) : (
          <p>Alla avvikelser är slutbedömda i tid.</p>
        ))}
    </Block>
  );
}

function MissingReports() {
  const { year, half } = previousHalf(stockholmToday());
  const { data, error, isLoading } = useGatewayQuery(MISSING_REPORTS, { year, half });
  return (
    <Block title={`Saknade bemanningsuppföljningar ${year} halvår ${half}`}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="rapporter" />}
      {data &&
        (data.unitsMissingReport.length ? (
          <ul>
            {data.unitsMissingReport.slice(0, 10).map((u) => (
              <li key={u.id}>
                <Link to={`/utforare/${u.providerId}`}>
                  {u.provider.name}: {u.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Alla enheter har rapporterat.</p>
        ))}
    </Block>
  );
}

function PulseSignals() {
  const week = isoWeekOf(stockholmToday());
  const { data, error, isLoading } = useGatewayQuery(PULSE, { week });
  return (
    <Block title={`Pulsenkät vecka ${week.slice(6)}`}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="pulsenkäten" />}
      {data && (
        <>
          <p>
            {data.pulseOverview.period ? `Pulsvecka: ${data.pulseOverview.period.name}.` : 'Ingen pulsperiod pågår.'}{' '}
            <Link to="/pulsenkat">Till pulsenkäten</Link>
          </p>
          {data.pulseOverview.signals.length ? (
            <ul>
              {data.pulseOverview.signals.map((s, i) => (
                <li key={i}>
                  <Link to={`/utforare/${s.providerId}`}>{s.providerName}</Link>
                  {s.unitName ? `, ${s.unitName}` : ''}: {s.questionText}: {pulseValueLabel(s.answerType, s.score)}
                </li>
              ))}
            </ul>
          ) : (
            <p>Inga signaler.</p>
          )}
          {data.pulseOverview.missing.length ? (
            <>
              <p>{data.pulseOverview.missing.length} utförare har inte svarat:</p>
              <ul>
                {data.pulseOverview.missing.slice(0, 10).map((p) => (
                  <li key={p.id}>
                    <Link to={`/utforare/${p.id}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Alla utförare har svarat.</p>
          )}
        </>
      )}
    </Block>
  );
}

function RisingRisk() {
  const { data, error, isLoading } = useGatewayQuery(RISKS, {});
  const risky = (data?.contracts ?? [])
    .filter((c) => c.status === 'ACTIVE' && c.risk.score > 0)
    .sort((a, b) => b.risk.score - a.risk.score)
    .slice(0, 5);
  return (
    <Block title="Avtal med högst risk">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="risker" />}
      {data &&
        (risky.length ? (
          <ol>
            {risky.map((c) => (
              <li key={c.id}>
                <Link to={`/utforare/${c.providerId}`}>
                  {c.reference} {c.title}
                </Link>
                : riskpoäng {c.risk.score} (
                {c.risk.parts.map((p) => `${enumLabel('RiskSignalKind', p.kind)} ${p.count}`).join(', ')})
              </li>
            ))}
          </ol>
        ) : (
          <p>Inga avtal med risksignaler.</p>
        ))}
    </Block>
  );
}

function IopWithoutFollowUp() {
  const { data, error, isLoading } = useGatewayQuery(IOP_WITHOUT_FOLLOW_UP, {});
  return (
    <Block title="IOP-avtal utan uppföljning på ett år">
      <ErrorMessage error={error} />
      {isLoading && <Loading what="IOP-avtal" />}
      {data &&
        (data.iopContractsWithoutFollowUp.length ? (
          <ul>
            {data.iopContractsWithoutFollowUp.map((f) => (
              <li key={f.contractId}>
                <IopFlagItem flag={f} />
              </li>
            ))}
          </ul>
        ) : (
          <p>Alla gällande IOP-avtal har följts upp det senaste året.</p>
        ))}
    </Block>
  );
}

/** What needs attention this morning. */
export function StartPage() {
  const session = useSession();
  const { name } = session;
  // Routes list these blocks' queries for officials only: REPORTING's allow-list has none of them.
  const official = hasRole(session, OFFICIALS);
  return (
    <Page title="Att hantera">
      <p>Välkommen{name ? `, ${name}` : ''}.</p>
      {official ? (
        <div className="grid">
          <OverdueActions />
          <OverdueSupervision />
          <IopWithoutFollowUp />
          <OverdueDeviations />
          <MissingReports />
          <PulseSignals />
          <RisingRisk />
          <ProviderActivityBlock />
        </div>
      ) : hasRole(session, MEDICAL) ? (
        <div className="grid">
          <OverdueDeviations />
        </div>
      ) : hasRole(session, ORDERERS) ? (
        <p>
          Beställarfunktionen håller sin lista över avtal som ska följas upp.{' '}
          <Link to="/bestallarlista">Till beställarlistan</Link>
        </p>
      ) : (
        <p>
          Din roll ser statistik och rapporter. <Link to="/rapporter">Till rapporterna</Link>
        </p>
      )}
    </Page>
  );
}
