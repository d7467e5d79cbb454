import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { enumLabel, surveyExclusion } from '@kvalitetsnav/swedish';
import type { SurveyResultGrouping, SurveyRoundStatus, SurveysPageResultsQuery } from '../__generated__/graphql';
import { Disclosure } from '../components/Disclosure';
import { ErrorMessage, Loading, Page, pct, Ratio } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { canWrite, hasRole, OFFICIALS, useSession } from '../session';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { SurveyDefinitionForm } from './SurveyDefinitionForm';
import { KoladaImport, SurveyResponseImport } from './SurveyImports';
import { SurveyRoundAdmin } from './SurveyRoundAdmin';
import { SurveyRoundForm } from './SurveyRoundForm';
import { RESULTS, ROUNDS } from './SurveysPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { useServiceAreas } from '../components/ServiceAreas';

type Group = SurveysPageResultsQuery['surveyResults'][number];

/** The groupings in the order the picker offers them. */
const GROUPINGS: readonly SurveyResultGrouping[] = ['TOTAL', 'SERVICE_AREA', 'GENDER', 'PROVIDER', 'UNIT'];

/** How a round reads in the round picker, e.g. "(2022, avslutad)". */
const ROUND_STATE: Record<SurveyRoundStatus, string> = { OPEN: 'pågår', CLOSED: 'avslutad' };

const groupName = (by: SurveyResultGrouping, g: Group, areaName: (code: string) => string) =>
  by === 'GENDER' && g.key !== 'TOTAL'
    ? enumLabel('Gender', g.key)
    : by === 'SERVICE_AREA'
      ? areaName(g.key)
      : (g.name ?? (g.key === 'TOTAL' ? enumLabel('SurveyResultGrouping', 'TOTAL') : g.key));

/** Rounds and their results: every figure with numerator and denominator, suppressed cells shown as such. */
export function SurveysPage() {
  const session = useSession();
  const { areaName } = useServiceAreas();
  const rounds = useGatewayQuery(ROUNDS, {});
  const [roundId, setRoundId] = useState('');
  const [groupBy, setGroupBy] = useState<SurveyResultGrouping>('TOTAL');
  const chosen = roundId || rounds.data?.surveyRounds[0]?.id || '';
  const results = useGatewayQuery(RESULTS, chosen ? { roundId: chosen, groupBy } : null);
  const total = results.data?.surveyResults[0];
  const round = rounds.data?.surveyRounds.find((r) => r.id === chosen);
  // Definitions, rounds, links and closing are for those who may write them (the API's roles).
  const writer = canWrite(session);

  return (
    <Page title="Brukarundersökningar">
      {writer && (
        <div className="grid">
          <Disclosure summary="Ny enkät">
            <SurveyDefinitionForm />
          </Disclosure>
          <Disclosure summary="Ny omgång">
            <SurveyRoundForm onCreated={setRoundId} />
          </Disclosure>
        </div>
      )}
      <ErrorMessage error={rounds.error} />
      {rounds.isLoading && <Loading what="omgångar" />}
      {rounds.data && !rounds.data.surveyRounds.length && <p>Inga omgångar ännu.</p>}
      {rounds.data && rounds.data.surveyRounds.length > 0 && (
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Välj resultat">
          <label htmlFor="round">Omgång</label>
          <select id="round" value={chosen} onChange={(e) => setRoundId(e.target.value)}>
            {rounds.data.surveyRounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.period}, {ROUND_STATE[r.status]})
              </option>
            ))}
          </select>
          <label htmlFor="groupBy">Dela upp på</label>
          <select id="groupBy" value={groupBy} onChange={(e) => setGroupBy(e.target.value as SurveyResultGrouping)}>
            {GROUPINGS.map((v) => (
              <option key={v} value={v}>
                {enumLabel('SurveyResultGrouping', v)}
              </option>
            ))}
          </select>
        </form>
      )}
      {/* Routes list the answer form's queries for officials only: REPORTING reads results, it does not answer. */}
      {round && writer && <SurveyRoundAdmin key={round.id} round={round} />}
      {writer && (
        <div className="grid">
          {round?.status === 'OPEN' && (
            <Disclosure summary="Importera svar från CSV">
              <SurveyResponseImport key={round.id} roundId={round.id} />
            </Disclosure>
          )}
          <Disclosure summary="Importera värden från Kolada">
            <KoladaImport />
          </Disclosure>
        </div>
      )}
      {chosen && hasRole(session, OFFICIALS) && <SurveyAnswerForm roundId={chosen} />}
      <ErrorMessage error={results.error} />
      {results.isLoading && <Loading what="resultat" />}
      {results.data && (
        <>
          {results.data.surveyResults.map((g) => (
            <section key={g.key} className="card block" aria-label={groupName(groupBy, g, areaName)}>
              <h2>{groupName(groupBy, g, areaName)}</h2>
              <p>
                {g.answers} svar.{' '}
                {g.responseRate ? (
                  <>
                    Svarsfrekvens <Ratio value={g.responseRate} />
                    {g.responseRate.excluded
                      .map((e) => ` – utanför underlaget: ${surveyExclusion(e)} (${e.count})`)
                      .join('')}
                  </>
                ) : (
                  'Svarsfrekvens redovisas inte per kön: antalet erbjudna per kön är okänt.'
                )}
              </p>
              <ScrollBox label="Andel positiva svar">
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
                          {q.sharePositive?.excluded.map((e) => `${surveyExclusion(e)}: ${e.count}`).join('; ') || '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
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
