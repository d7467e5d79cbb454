import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { enumLabel, surveyExclusion } from '@kvalitetsnav/swedish';
import type {
  SurveyResultGrouping,
  SurveyRoundStatus,
  SurveysPageDistributionQuery,
  SurveysPageResultsQuery,
} from '../__generated__/graphql';
import { Disclosure } from '../components/Disclosure';
import { ErrorMessage, Loading, Page, pct, Ratio } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { canWrite, hasRole, OFFICIALS, useSession } from '../session';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { SurveyCoverage } from './SurveyCoverage';
import { SurveyCrossTab } from './SurveyCrossTab';
import { SurveyDefinitionForm } from './SurveyDefinitionForm';
import { KoladaImport, SurveyResponseImport } from './SurveyImports';
import { SurveyKolada } from './SurveyKolada';
import { SurveyRoundAdmin } from './SurveyRoundAdmin';
import { SurveyRoundForm } from './SurveyRoundForm';
import { DISTRIBUTION, RESULTS, ROUNDS } from './SurveysPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { useServiceAreas } from '../components/ServiceAreas';

type Group = SurveysPageResultsQuery['surveyResults'][number];
type OptionShare = SurveysPageDistributionQuery['surveyAnswerDistribution'][number];

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
  const [compareWith, setCompareWith] = useState('');
  const chosen = roundId || rounds.data?.surveyRounds[0]?.id || '';
  const compared = compareWith && compareWith !== chosen ? compareWith : null;
  const results = useGatewayQuery(RESULTS, chosen ? { roundId: chosen, groupBy, compareWithRoundId: compared } : null);
  const distribution = useGatewayQuery(DISTRIBUTION, chosen ? { roundId: chosen, groupBy } : null);
  const total = results.data?.surveyResults[0];
  const round = rounds.data?.surveyRounds.find((r) => r.id === chosen);
  const comparedRound = rounds.data?.surveyRounds.find((r) => r.id === compared);
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
          <label htmlFor="compareWith">Jämför med omgång</label>
          <select id="compareWith" value={compared ?? ''} onChange={(e) => setCompareWith(e.target.value)}>
            <option value="">Ingen jämförelse</option>
            {rounds.data.surveyRounds
              .filter((r) => r.id !== chosen)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.period}, {ROUND_STATE[r.status]})
                </option>
              ))}
          </select>
        </form>
      )}
      {/* Routes list the answer form's queries for officials only: REPORTING reads results, it does not answer. */}
      {round && writer && <SurveyRoundAdmin key={round.id} round={round} />}
      {round && writer && <SurveyCoverage key={`coverage-${round.id}`} roundId={round.id} />}
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
          {round && (
            <Disclosure summary="Nyckeltal i Kolada">
              <SurveyKolada key={round.definitionId} definitionId={round.definitionId} />
            </Disclosure>
          )}
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
                    {comparedRound && (
                      <>
                        {' '}
                        – i {comparedRound.name}: <Ratio value={g.previousResponseRate} />
                      </>
                    )}
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
          <ErrorMessage error={distribution.error} />
          {total && distribution.data && (
            <Distributions
              groups={results.data.surveyResults}
              rows={distribution.data.surveyAnswerDistribution}
              name={(g) => groupName(groupBy, g, areaName)}
            />
          )}
          {total && total.questions.length > 1 && (
            <SurveyCrossTab key={chosen} roundId={chosen} questions={total.questions} />
          )}
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

/**
 * Per question, how the answers fall over its options in each group: the share over the
 * substantive answers with its numerator, "vet inte" and the like as counts outside the base,
 * and a group with too few answers shown as suppressed, as the share positive is.
 */
function Distributions({ groups, rows, name }: { groups: Group[]; rows: OptionShare[]; name: (g: Group) => string }) {
  return (
    <section className="card block" aria-label="Svarsfördelning">
      <h2>Svarsfördelning</h2>
      {groups[0].questions.map((question) => {
        const ofQuestion = rows.filter((r) => r.questionId === question.questionId);
        const options = ofQuestion.filter((r) => r.groupKey === groups[0].key);
        return (
          <ScrollBox key={question.questionId} label={`Svarsfördelning: ${question.text}`}>
            <table>
              <caption>{question.text}</caption>
              <thead>
                <tr>
                  <th scope="col">Svar</th>
                  {groups.map((g) => (
                    <th key={g.key} scope="col">
                      {name(g)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {options.map((option) => (
                  <tr key={option.optionCode}>
                    <th scope="row">{option.optionLabel}</th>
                    {groups.map((g) => {
                      const cell = ofQuestion.find((r) => r.groupKey === g.key && r.optionCode === option.optionCode);
                      return (
                        <td key={g.key}>
                          {!cell || cell.suppressed ? (
                            <span className="suppressed">För få svar – redovisas inte</span>
                          ) : cell.nonSubstantive ? (
                            `${cell.count} (utanför underlaget)`
                          ) : (
                            <Ratio value={cell.share} />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        );
      })}
    </section>
  );
}
