import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ENUM_LABELS, list, swedishNumber, swedishRefusal } from '@kvalitetsnav/swedish';
import type {
  CaseFlowMeasure,
  ForecastsPageForecastQueryVariables,
  ForecastsPageProjectionQueryVariables,
} from '../__generated__/graphql';
import { ErrorMessage, FieldError, Loading, Page, useFormProblems } from '../components/ui';
import { useGatewayQuery } from '../queries';
import { canWrite, hasRole, OFFICIALS, useSession } from '../session';
import { FORECAST, PROJECTION, READINESS, UNITS } from './ForecastsPage.operations';
import { ScrollBox } from '../components/ScrollBox';
import { ServiceAreaSelect } from '../components/ServiceAreas';

const num = (v: number, d = 2) => swedishNumber(v, d);

/** History, forecast and its interval; the model and its accuracy beside seasonal naive; the long-term projection. */
export function ForecastsPage() {
  // Units are single providers' data: REPORTING forecasts all units together (see routes).
  const session = useSession();
  const seesUnits = hasRole(session, OFFICIALS);
  const units = useGatewayQuery(UNITS, {}, { enabled: seesUnits });
  const readiness = useGatewayQuery(READINESS, {}, { enabled: seesUnits });
  const [unitId, setUnitId] = useState('');
  const chosen = readiness.data?.forecastReadiness.find((r) => r.unitId === unitId);
  // Both forms run their query when sent; the answer stays cached for the same question.
  const [forecastAsked, setForecastAsked] = useState<ForecastsPageForecastQueryVariables | null>(null);
  const [projectionAsked, setProjectionAsked] = useState<ForecastsPageProjectionQueryVariables | null>(null);
  const forecast = useGatewayQuery(FORECAST, forecastAsked);
  const project = useGatewayQuery(PROJECTION, projectionAsked);
  const forecastProblems = useFormProblems(forecast.error, ['series.unitId', 'series.measure', 'horizon']);
  const projectionProblems = useFormProblems(project.error, ['serviceArea', 'region', 'fromYear', 'years']);
  const result = forecast.data?.forecast;
  const projection = project.data?.projection;

  function onForecast(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setForecastAsked({
      series: { unitId: String(form.get('unit') ?? '') || null, measure: form.get('measure') as CaseFlowMeasure },
      horizon: Number(form.get('horizon')),
    });
  }

  function onProject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProjectionAsked({
      serviceArea: String(form.get('serviceArea')),
      region: String(form.get('region')),
      fromYear: Number(form.get('fromYear')),
      years: Number(form.get('years')),
    });
  }

  const chart = result
    ? [
        ...result.history.map((h) => ({ month: h.month, historik: h.value })),
        ...result.points.map((p) => ({ month: p.month, prognos: p.value, intervall: [p.lower, p.upper] })),
      ]
    : [];

  return (
    <Page title="Prognoser">
      {canWrite(session) && (
        <p>
          <Link to="/prognoser/underlag">
            Rapportera ärendeflöden och placeringar, importera månader och befolkning
          </Link>
        </p>
      )}
      <ErrorMessage error={units.error ?? readiness.error} />
      {units.isLoading && <Loading what="enheter" />}
      <form className="card form" onSubmit={onForecast} aria-label="Prognos för ärendeflöde">
        <h2>Ärendeflöde per månad</h2>
        {seesUnits ? (
          <>
            <label htmlFor="unit">Enhet</label>
            <select
              id="unit"
              name="unit"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              aria-describedby={chosen && !chosen.ready ? 'unit-history' : undefined}
              {...forecastProblems.input('series.unitId')}
            >
              <option value="">Alla enheter</option>
              {units.data?.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            <FieldError problems={forecastProblems} field="series.unitId" />
            {chosen && !chosen.ready && (
              <p id="unit-history" className="field-error">
                {chosen.unitName} har för kort historik för en prognos. {historyProblem(chosen)}
              </p>
            )}
          </>
        ) : (
          <p>Prognosen gäller alla enheter tillsammans.</p>
        )}
        <label htmlFor="measure">Mått</label>
        <select id="measure" name="measure" defaultValue="INCOMING" {...forecastProblems.input('series.measure')}>
          {Object.entries(ENUM_LABELS.CaseFlowMeasure).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <FieldError problems={forecastProblems} field="series.measure" />
        <label htmlFor="horizon">Månader framåt</label>
        <input
          id="horizon"
          name="horizon"
          type="number"
          defaultValue={12}
          min={1}
          max={36}
          {...forecastProblems.input('horizon')}
        />
        <FieldError problems={forecastProblems} field="horizon" />
        <ErrorMessage problems={forecastProblems} />
        <button type="submit" disabled={forecast.isFetching}>
          {forecast.isFetching ? 'Räknar…' : 'Gör prognos'}
        </button>
      </form>
      {result && (
        <section aria-label="Prognosresultat">
          <p>
            Prognosen är medelvärdet av <strong>{list(result.components)}</strong>.{' '}
            {result.accuracy && result.baseline ? (
              <>
                Träffsäkerhet i backtest över {result.accuracy.origins} startpunkter: MASE {num(result.accuracy.mase)}{' '}
                mot {num(result.baseline.mase)} för säsongsnaiv prognos (sMAPE {num(result.accuracy.smape, 1)} % mot{' '}
                {num(result.baseline.smape, 1)} %).{' '}
                <strong>
                  {result.beatsBaseline
                    ? 'Modellen slår den naiva prognosen.'
                    : 'Modellen slår inte den naiva prognosen – lita mindre på den.'}
                </strong>
              </>
            ) : result.noAccuracyReason ? (
              swedishRefusal({
                code: 'VALIDATION_FAILED',
                rule: result.noAccuracyReason,
                params: result.noAccuracyParams,
              })
            ) : (
              'För kort historik för att mäta träffsäkerheten.'
            )}
          </p>
          <figure className="chart">
            <ResponsiveContainer width="100%" height={300}>
              <ComposedChart data={chart}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis />
                <Tooltip />
                <Legend />
                <Area
                  dataKey="intervall"
                  name="95 % prognosintervall"
                  fill="#b9d3ea"
                  stroke="none"
                  isAnimationActive={false}
                />
                <Line dataKey="historik" name="Historik" stroke="#1b1f24" dot={false} isAnimationActive={false} />
                <Line
                  dataKey="prognos"
                  name="Prognos"
                  stroke="#005595"
                  strokeDasharray="5 3"
                  isAnimationActive={false}
                />
              </ComposedChart>
            </ResponsiveContainer>
            <figcaption>Historik, prognos och intervall</figcaption>
          </figure>
          <ScrollBox label="Prognos per månad">
            <table>
              <caption>Prognos per månad</caption>
              <thead>
                <tr>
                  <th scope="col">Månad</th>
                  <th scope="col" className="num">
                    Prognos
                  </th>
                  <th scope="col" className="num">
                    Lägst (95 %)
                  </th>
                  <th scope="col" className="num">
                    Högst (95 %)
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.points.map((p) => (
                  <tr key={p.month}>
                    <th scope="row">{p.month}</th>
                    <td className="num">{num(p.value, 1)}</td>
                    <td className="num">{num(p.lower, 1)}</td>
                    <td className="num">{num(p.upper, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      )}

      {readiness.data && <ReadinessTable units={readiness.data.forecastReadiness} />}

      <form className="card form" onSubmit={onProject} aria-label="Långsiktig prognos">
        <h2>Långsiktigt behov av platser</h2>
        <label htmlFor="serviceArea">Verksamhetsområde</label>
        <ServiceAreaSelect
          id="serviceArea"
          name="serviceArea"
          defaultValue="NURSING_HOME"
          {...projectionProblems.input('serviceArea')}
        />
        <FieldError problems={projectionProblems} field="serviceArea" />
        <label htmlFor="region">Kommunkod</label>
        <input id="region" name="region" defaultValue="0580" {...projectionProblems.input('region')} />
        <FieldError problems={projectionProblems} field="region" />
        <label htmlFor="fromYear">Från år</label>
        <input
          id="fromYear"
          name="fromYear"
          type="number"
          defaultValue={new Date().getFullYear()}
          {...projectionProblems.input('fromYear')}
        />
        <FieldError problems={projectionProblems} field="fromYear" />
        <label htmlFor="years">Antal år</label>
        <input id="years" name="years" type="number" defaultValue={10} {...projectionProblems.input('years')} />
        <FieldError problems={projectionProblems} field="years" />
        <ErrorMessage problems={projectionProblems} />
        <button type="submit" disabled={project.isFetching}>
          Beräkna
        </button>
      </form>
      {projection && (
        <section aria-label="Projektion">
          <p>
            Kapacitet {projection.capacity} platser i avtalade enheter.{' '}
            {projection.runsOutIn ? (
              <strong>Platserna räcker inte från {projection.runsOutIn}.</strong>
            ) : (
              'Platserna räcker hela perioden.'
            )}
          </p>
          <ScrollBox label="Behov mot kapacitet per år">
            <table>
              <caption>Behov mot kapacitet per år</caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  <th scope="col" className="num">
                    Behov
                  </th>
                  <th scope="col" className="num">
                    Kapacitet
                  </th>
                  <th scope="col" className="num">
                    Underskott
                  </th>
                </tr>
              </thead>
              <tbody>
                {projection.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{num(y.demand, 1)}</td>
                    <td className="num">{y.capacity}</td>
                    <td className="num">{num(y.shortfall, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      )}
    </Page>
  );
}

interface Readiness {
  unitId: string;
  unitName: string;
  months: number;
  monthsReported: number;
  needed: number;
  ready: boolean;
  rule?: string | null;
  params?: unknown;
}

/** Why a unit's series cannot be forecast yet, in the catalogue's words for the refusal it would meet. */
const historyProblem = (r: Readiness) =>
  r.rule ? swedishRefusal({ code: 'VALIDATION_FAILED', rule: r.rule, params: r.params }) : '';

/** Which units have enough history for a forecast, and how many months each has reported. */
function ReadinessTable({ units }: { units: readonly Readiness[] }) {
  const needed = units[0]?.needed ?? 24;
  const ready = units.filter((u) => u.ready);
  return (
    <section className="card" aria-label="Enheternas historik">
      <h2>Enheternas historik för prognos</h2>
      <p>
        En prognos behöver rapporter för minst {needed} månader i följd. {ready.length} av {units.length} enheter har
        tillräcklig historik.
      </p>
      <ScrollBox label="Rapporterade månader per enhet">
        <table>
          <caption>Rapporterade månader per enhet</caption>
          <thead>
            <tr>
              <th scope="col">Enhet</th>
              <th scope="col" className="num">
                Rapporterade månader
              </th>
              <th scope="col">Räcker för prognos</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                <td className="num">
                  {u.monthsReported} av {Math.max(u.months, u.needed)}
                </td>
                <td>{u.ready ? 'Ja' : `Nej. ${historyProblem(u)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
