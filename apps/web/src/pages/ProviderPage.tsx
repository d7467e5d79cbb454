import { useParams } from 'react-router-dom';
import { ErrorMessage, Loading, Page, Ratio } from '../components/ui';
import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_TYPE_LABELS,
  label,
  OWNERSHIP_LABELS,
  SERVICE_AREA_LABELS,
} from '../labels';
import { useQuery } from '../session';

const QUERY = `query Provider($id: ID!) {
  provider(id: $id) {
    id name organisationNumber ownership
    deviationStatistics { total deviations lexSarah complaints overdue closedWithinTwoMonths { numerator denominator share } }
    caseFlow { month incoming outgoing balance }
    units { id name serviceArea places
      deviationStatistics { total open }
      surveyResults { roundName period answers responseRate { numerator denominator share } sharePositive }
      staffingReports { year half version sickLeavePercent staffTurnoverPercent }
      businessReports { year version }
    }
  }
  contracts(providerId: $id) { id reference title form status startDate endDate followUps { id title type status plannedOn } }
}`;

interface Data {
  provider: {
    name: string;
    organisationNumber: string;
    ownership: string;
    deviationStatistics: {
      total: number;
      deviations: number;
      lexSarah: number;
      complaints: number;
      overdue: number;
      closedWithinTwoMonths: { numerator: number; denominator: number; share: number | null };
    };
    caseFlow: { month: string; incoming: number; outgoing: number; balance: number }[];
    units: {
      id: string;
      name: string;
      serviceArea: string;
      places: number | null;
      deviationStatistics: { total: number; open: number };
      surveyResults: {
        roundName: string;
        period: string;
        answers: number;
        responseRate: { numerator: number; denominator: number; share: number | null };
        sharePositive: number | null;
      }[];
      staffingReports: {
        year: number;
        half: number;
        version: number;
        sickLeavePercent: number;
        staffTurnoverPercent: number;
      }[];
      businessReports: { year: number; version: number }[];
    }[];
  } | null;
  contracts: {
    id: string;
    reference: string;
    title: string;
    form: string;
    status: string;
    startDate: string;
    endDate: string | null;
    followUps: { id: string; title: string; type: string; status: string; plannedOn: string }[];
  }[];
}

/** Everything about one provider on one page: units, contracts, follow-ups, reports, deviations, surveys, case flows. */
export function ProviderPage() {
  const { id } = useParams();
  const { data, error, loading } = useQuery<Data>(QUERY, { id });
  const p = data?.provider;
  return (
    <Page title={p ? p.name : 'Utförare'}>
      <ErrorMessage error={error} />
      {loading && <Loading what="utföraren" />}
      {data && !p && <p>Utföraren finns inte eller är inte synlig för dig.</p>}
      {p && (
        <>
          <p>
            {p.organisationNumber} · {label(OWNERSHIP_LABELS, p.ownership)} · {p.deviationStatistics.deviations}{' '}
            avvikelser, {p.deviationStatistics.lexSarah} lex Sarah, {p.deviationStatistics.complaints} klagomål,{' '}
            {p.deviationStatistics.overdue} över två månader · slutbedömda inom två månader{' '}
            <Ratio value={p.deviationStatistics.closedWithinTwoMonths} />
          </p>
          <h2>Avtal och uppföljningar</h2>
          <table>
            <caption>Avtal</caption>
            <thead>
              <tr>
                <th scope="col">Avtal</th>
                <th scope="col">Form</th>
                <th scope="col">Status</th>
                <th scope="col">Period</th>
                <th scope="col">Uppföljningar</th>
              </tr>
            </thead>
            <tbody>
              {data.contracts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.reference} – {c.title}
                  </th>
                  <td>{c.form}</td>
                  <td>{c.status}</td>
                  <td>
                    {c.startDate} – {c.endDate ?? 'tills vidare'}
                  </td>
                  <td>
                    {c.followUps
                      .map(
                        (f) =>
                          `${label(FOLLOW_UP_TYPE_LABELS, f.type)} ${f.plannedOn} (${label(FOLLOW_UP_STATUS_LABELS, f.status)})`,
                      )
                      .join(', ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Enheter</h2>
          <table>
            <caption>Enheter med avvikelser, brukarundersökningar och rapporter</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col">Område</th>
                <th scope="col" className="num">
                  Avvikelser (öppna)
                </th>
                <th scope="col">Brukarundersökningar</th>
                <th scope="col">Bemanning (senaste)</th>
                <th scope="col">Verksamhetsberättelser</th>
              </tr>
            </thead>
            <tbody>
              {p.units.map((u) => {
                const staffing = [...u.staffingReports].sort(
                  (a, b) => b.year - a.year || b.half - a.half || b.version - a.version,
                )[0];
                return (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    <td>{label(SERVICE_AREA_LABELS, u.serviceArea)}</td>
                    <td className="num">
                      {u.deviationStatistics.total} ({u.deviationStatistics.open})
                    </td>
                    <td>
                      {u.surveyResults.map((s) => (
                        <div key={s.roundName}>
                          {s.roundName}: svar <Ratio value={s.responseRate} />
                        </div>
                      ))}
                      {!u.surveyResults.length && '–'}
                    </td>
                    <td>
                      {staffing
                        ? `${staffing.year} halvår ${staffing.half}: sjukfrånvaro ${staffing.sickLeavePercent} %, omsättning ${staffing.staffTurnoverPercent} %`
                        : 'Saknas'}
                    </td>
                    <td>{u.businessReports.map((b) => `${b.year} v${b.version}`).join(', ') || 'Saknas'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2>Ärendeflöden</h2>
          {p.caseFlow.length ? (
            <table>
              <caption>Inkomna och avslutade ärenden per månad</caption>
              <thead>
                <tr>
                  <th scope="col">Månad</th>
                  <th scope="col" className="num">
                    Inkomna
                  </th>
                  <th scope="col" className="num">
                    Avslutade
                  </th>
                  <th scope="col" className="num">
                    Netto
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.caseFlow.map((c) => (
                  <tr key={c.month}>
                    <th scope="row">{c.month}</th>
                    <td className="num">{c.incoming}</td>
                    <td className="num">{c.outgoing}</td>
                    <td className="num">{c.balance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Inga ärendeflöden rapporterade.</p>
          )}
        </>
      )}
    </Page>
  );
}
