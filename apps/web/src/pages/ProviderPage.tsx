import { useParams } from 'react-router-dom';
import { enumLabel } from '@kvalitetsnav/swedish';
import { ErrorMessage, Loading, Page, Ratio } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { PROVIDER } from './ProviderPage.operations';

/** Everything about one provider on one page: units, contracts, follow-ups, reports, deviations, surveys, case flows. */
export function ProviderPage() {
  const { id = '' } = useParams();
  const { data, error, isLoading } = useGatewayQuery(PROVIDER, { id });
  const p = data?.provider;
  return (
    <Page title={p ? p.name : 'Utförare'}>
      <ErrorMessage error={error} />
      {isLoading && <Loading what="utföraren" />}
      {data && !p && <p>Utföraren finns inte eller är inte synlig för dig.</p>}
      {p && (
        <>
          <p>
            {p.organisationNumber} · {enumLabel('ProviderOwnership', p.ownership)} · {p.deviationStatistics.deviations}{' '}
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
                  <td>{enumLabel('ContractForm', c.form)}</td>
                  <td>{enumLabel('ContractStatus', c.status)}</td>
                  <td>
                    {c.startDate} – {c.endDate ?? 'tills vidare'}
                  </td>
                  <td>
                    {c.followUps
                      .map(
                        (f) =>
                          `${enumLabel('FollowUpType', f.type)} ${f.plannedOn} (${enumLabel('FollowUpStatus', f.status)})`,
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
                    <td>{enumLabel('ServiceArea', u.serviceArea)}</td>
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
