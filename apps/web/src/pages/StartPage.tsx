import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { KIND_LABELS, label, RISK_LABELS } from '../labels';
import { isoWeek } from '../dates';
import { useQuery, useSession } from '../session';

const lastHalf = () => {
  const now = new Date();
  return now.getMonth() < 6 ? { year: now.getFullYear() - 1, half: 2 } : { year: now.getFullYear(), half: 1 };
};

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card block" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function OverdueActions() {
  const { data, error, loading } = useQuery<{
    overdueFollowUpActions: { id: string; description: string; deadline: string; followUpId: string }[];
  }>(`{ overdueFollowUpActions { id description deadline followUpId } }`);
  return (
    <Block title="Försenade åtgärder från uppföljningar">
      <ErrorMessage error={error} />
      {loading && <Loading what="åtgärder" />}
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

function OverdueDeviations() {
  const { data, error, loading } = useQuery<{
    overdueDeviations: { id: string; kind: string; reportedOn: string; twoMonthRule: { deadline: string } }[];
  }>(`{ overdueDeviations { id kind reportedOn twoMonthRule { deadline } } }`);
  return (
    <Block title="Avvikelser över två månader">
      <ErrorMessage error={error} />
      {loading && <Loading what="avvikelser" />}
      {data && (
        <p>
          <strong>{data.overdueDeviations.length}</strong> avvikelser är inte slutbedömda inom två månader.{' '}
          {data.overdueDeviations
            .slice(0, 5)
            .map((d) => `${label(KIND_LABELS, d.kind)} rapporterad ${d.reportedOn}`)
            .join('; ')}{' '}
          <Link to="/avvikelser">Till avvikelserna</Link>
        </p>
      )}
    </Block>
  );
}

function MissingReports() {
  const { year, half } = lastHalf();
  const { data, error, loading } = useQuery<{
    unitsMissingReport: { id: string; name: string; provider: { name: string } }[];
  }>(
    `query($year: Int!, $half: Int) { unitsMissingReport(kind: STAFFING, year: $year, half: $half) { id name provider { name } } }`,
    { year, half },
  );
  return (
    <Block title={`Saknade bemanningsuppföljningar ${year} halvår ${half}`}>
      <ErrorMessage error={error} />
      {loading && <Loading what="rapporter" />}
      {data &&
        (data.unitsMissingReport.length ? (
          <ul>
            {data.unitsMissingReport.slice(0, 10).map((u) => (
              <li key={u.id}>
                {u.provider.name}: {u.name}
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
  const week = isoWeek();
  const { data, error, loading } = useQuery<{
    pulseOverview: {
      signals: { providerName: string; topic: string; score: number }[];
      missing: { id: string; name: string }[];
    };
  }>(
    `query($week: String!) { pulseOverview(week: $week) { signals { providerName topic score } missing { id name } } }`,
    { week },
  );
  const topics: Record<string, string> = {
    IMPACT: 'påverkan',
    STAFFING: 'bemanning',
    PROTECTIVE_EQUIPMENT: 'skyddsutrustning',
    WORRY: 'oro',
  };
  return (
    <Block title={`Pulsenkät vecka ${week.slice(6)}`}>
      <ErrorMessage error={error} />
      {loading && <Loading what="pulsenkäten" />}
      {data && (
        <>
          {data.pulseOverview.signals.length ? (
            <ul>
              {data.pulseOverview.signals.map((s, i) => (
                <li key={i}>
                  {s.providerName}: {topics[s.topic] ?? s.topic} {s.score} av 5
                </li>
              ))}
            </ul>
          ) : (
            <p>Inga signaler.</p>
          )}
          <p>{data.pulseOverview.missing.length} utförare har inte svarat.</p>
        </>
      )}
    </Block>
  );
}

function RisingRisk() {
  const { data, error, loading } = useQuery<{
    contracts: {
      id: string;
      reference: string;
      title: string;
      status: string;
      risk: { score: number; parts: { kind: string; count: number }[] };
    }[];
  }>(`{ contracts { id reference title status risk { score parts { kind count } } } }`);
  const risky = (data?.contracts ?? [])
    .filter((c) => c.status === 'ACTIVE' && c.risk.score > 0)
    .sort((a, b) => b.risk.score - a.risk.score)
    .slice(0, 5);
  return (
    <Block title="Avtal med högst risk">
      <ErrorMessage error={error} />
      {loading && <Loading what="risker" />}
      {data &&
        (risky.length ? (
          <ol>
            {risky.map((c) => (
              <li key={c.id}>
                {c.reference} {c.title}: riskpoäng {c.risk.score} (
                {c.risk.parts.map((p) => `${label(RISK_LABELS, p.kind)} ${p.count}`).join(', ')})
              </li>
            ))}
          </ol>
        ) : (
          <p>Inga avtal med risksignaler.</p>
        ))}
    </Block>
  );
}

/** What needs attention this morning. */
export function StartPage() {
  const { name, roles } = useSession();
  const official = roles.some((r) => r === 'ADMIN' || r === 'QUALITY_OFFICIAL' || r === 'MANAGER');
  return (
    <Page title="Att hantera">
      <p>Välkommen{name ? `, ${name}` : ''}.</p>
      {official ? (
        <div className="grid">
          <OverdueActions />
          <OverdueDeviations />
          <MissingReports />
          <PulseSignals />
          <RisingRisk />
        </div>
      ) : (
        <p>
          Din roll ser statistik och rapporter. <Link to="/rapporter">Till rapporterna</Link>
        </p>
      )}
    </Page>
  );
}
