import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorMessage, Loading, Page, pct, Ratio } from '../components/ui';
import { GENDER_LABELS, label, SERVICE_AREA_LABELS } from '../labels';
import { useQuery } from '../session';
import { SurveyAnswerForm } from './SurveyAnswerForm';

interface Group {
  key: string;
  name: string | null;
  answers: number;
  responseRate: {
    numerator: number;
    denominator: number;
    share: number | null;
    excluded: { reason: string; count: number }[];
  } | null;
  questions: {
    questionId: string;
    text: string;
    suppressed: boolean;
    sharePositive: {
      numerator: number;
      denominator: number;
      share: number | null;
      excluded: { reason: string; count: number }[];
    } | null;
    interval: { low: number; high: number } | null;
    national: number | null;
  }[];
}

const ROUNDS = `{ surveyRounds { id name period status } }`;
const RESULTS = `query($roundId: ID!, $groupBy: SurveyResultGrouping!) { surveyResults(roundId: $roundId, groupBy: $groupBy) { key name answers responseRate { numerator denominator share excluded { reason count } } questions { questionId text suppressed sharePositive { numerator denominator share excluded { reason count } } interval { low high } national } } }`;
const GROUPINGS: Record<string, string> = {
  TOTAL: 'Totalt',
  SERVICE_AREA: 'Boendeform',
  GENDER: 'Kön',
  PROVIDER: 'Utförare',
  UNIT: 'Enhet',
};

const swedish = (reason: string) =>
  reason
    .replace(
      /^offered at (\d+) units? that opted out$/,
      (_, n) => `erbjudna vid ${n} ${n === '1' ? 'enhet' : 'enheter'} som avstod`,
    )
    .replace(/^non-substantive answers.*$/, '"vet inte", "vill inte svara", "inte aktuellt"')
    .replace('question left unanswered', 'obesvarade');

const groupName = (by: string, g: Group) =>
  by === 'GENDER'
    ? label(GENDER_LABELS, g.key)
    : by === 'SERVICE_AREA'
      ? label(SERVICE_AREA_LABELS, g.key)
      : (g.name ?? (g.key === 'TOTAL' ? 'Totalt' : g.key));

/** Rounds and their results: every figure with numerator and denominator, suppressed cells shown as such. */
export function SurveysPage() {
  const rounds = useQuery<{ surveyRounds: { id: string; name: string; period: string; status: string }[] }>(ROUNDS);
  const [roundId, setRoundId] = useState('');
  const [groupBy, setGroupBy] = useState('TOTAL');
  const chosen = roundId || rounds.data?.surveyRounds[0]?.id || '';
  const results = useQuery<{ surveyResults: Group[] }>(RESULTS, { roundId: chosen, groupBy }, !chosen);
  const total = results.data?.surveyResults[0];

  return (
    <Page title="Brukarundersökningar">
      <ErrorMessage error={rounds.error} />
      {rounds.loading && <Loading what="omgångar" />}
      {rounds.data && !rounds.data.surveyRounds.length && <p>Inga omgångar ännu.</p>}
      {rounds.data && rounds.data.surveyRounds.length > 0 && (
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Välj resultat">
          <label htmlFor="round">Omgång</label>
          <select id="round" value={chosen} onChange={(e) => setRoundId(e.target.value)}>
            {rounds.data.surveyRounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.period}, {r.status === 'OPEN' ? 'pågår' : 'avslutad'})
              </option>
            ))}
          </select>
          <label htmlFor="groupBy">Dela upp på</label>
          <select id="groupBy" value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
            {Object.entries(GROUPINGS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </form>
      )}
      {chosen && <SurveyAnswerForm roundId={chosen} />}
      <ErrorMessage error={results.error} />
      {results.loading && chosen && <Loading what="resultat" />}
      {results.data && (
        <>
          {results.data.surveyResults.map((g) => (
            <section key={g.key} className="card block" aria-label={groupName(groupBy, g)}>
              <h2>{groupName(groupBy, g)}</h2>
              <p>
                {g.answers} svar.{' '}
                {g.responseRate ? (
                  <>
                    Svarsfrekvens <Ratio value={g.responseRate} />
                    {g.responseRate.excluded
                      .map((e) => ` – utanför underlaget: ${swedish(e.reason)} (${e.count})`)
                      .join('')}
                  </>
                ) : (
                  'Svarsfrekvens redovisas inte per kön: antalet erbjudna per kön är okänt.'
                )}
              </p>
              <table>
                <caption>Andel positiva svar</caption>
                <thead>
                  <tr>
                    <th scope="col">Fråga</th>
                    <th scope="col">Andel positiva</th>
                    <th scope="col">Konfidensintervall 95 %</th>
                    <th scope="col">Riket</th>
                    <th scope="col">Utanför underlaget</th>
                  </tr>
                </thead>
                <tbody>
                  {g.questions.map((q) => (
                    <tr key={q.questionId}>
                      <th scope="row">{q.text}</th>
                      <td>
                        {q.suppressed ? (
                          <span className="suppressed">För få svar – redovisas inte</span>
                        ) : (
                          <Ratio value={q.sharePositive} />
                        )}
                      </td>
                      <td>{q.interval ? `${pct(q.interval.low)} – ${pct(q.interval.high)}` : '–'}</td>
                      <td>{pct(q.national)}</td>
                      <td>
                        {q.sharePositive?.excluded.map((e) => `${swedish(e.reason)}: ${e.count}`).join('; ') || '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {total && groupBy === 'TOTAL' && (
            <figure className="chart">
              <ResponsiveContainer width="100%" height={260}>
                <BarChart
                  data={total.questions.map((q, i) => ({
                    name: `Fråga ${i + 1}`,
                    kommunen: q.suppressed ? null : q.sharePositive?.share,
                    riket: q.national,
                  }))}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)} %`} />
                  <Tooltip formatter={(v) => pct(Number(v))} />
                  <Legend />
                  <Bar dataKey="kommunen" name="Kommunen" fill="#005595" isAnimationActive={false} />
                  <Bar dataKey="riket" name="Riket" fill="#c25b00" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
              <figcaption>Andel positiva jämfört med riket</figcaption>
            </figure>
          )}
        </>
      )}
    </Page>
  );
}
