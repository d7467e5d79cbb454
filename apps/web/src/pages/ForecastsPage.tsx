import { FormEvent, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorMessage, Loading, Page } from '../components/ui';
import { SERVICE_AREA_LABELS } from '../labels';
import { useMutation, useQuery } from '../session';

interface Forecast {
  model: string;
  history: { month: string; value: number }[];
  points: { month: string; value: number; lower: number; upper: number }[];
  accuracy: { mase: number; smape: number; origins: number } | null;
  baseline: { mase: number; smape: number; origins: number } | null;
  beatsBaseline: boolean | null;
}
interface Projection {
  capacity: number;
  runsOutIn: number | null;
  missingBands: string[];
  years: { year: number; demand: number; capacity: number; shortfall: number }[];
}

const UNITS = `{ units { id name serviceArea places } }`;
const FORECAST = `query($series: ForecastSeriesInput!, $horizon: Int!) { forecast(series: $series, horizon: $horizon) { model history { month value } points { month value lower upper } accuracy { mase smape origins } baseline { mase smape origins } beatsBaseline } }`;
const PROJECTION = `query($serviceArea: ServiceArea!, $region: String!, $fromYear: Int!, $years: Int!) { projection(serviceArea: $serviceArea, region: $region, fromYear: $fromYear, years: $years) { capacity runsOutIn missingBands years { year demand capacity shortfall } } }`;
const num = (v: number, d = 2) => v.toLocaleString('sv-SE', { maximumFractionDigits: d, minimumFractionDigits: d });

/** History, forecast and its interval; the model and its accuracy beside seasonal naive; the long-term projection. */
export function ForecastsPage() {
  const units = useQuery<{ units: { id: string; name: string; serviceArea: string }[] }>(UNITS);
  const [result, setResult] = useState<Forecast | null>(null);
  const [projection, setProjection] = useState<Projection | null>(null);
  const forecast = useMutation<{ forecast: Forecast }>(FORECAST);
  const project = useMutation<{ projection: Projection }>(PROJECTION);

  async function onForecast(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const data = await forecast.run({
      series: { unitId: form.get('unit') || null, measure: form.get('measure') },
      horizon: Number(form.get('horizon')),
    });
    setResult(data?.forecast ?? null);
  }

  async function onProject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const data = await project.run({
      serviceArea: form.get('serviceArea'),
      region: form.get('region'),
      fromYear: Number(form.get('fromYear')),
      years: Number(form.get('years')),
    });
    setProjection(data?.projection ?? null);
  }

  const chart = result
    ? [
        ...result.history.map((h) => ({ month: h.month, historik: h.value })),
        ...result.points.map((p) => ({ month: p.month, prognos: p.value, intervall: [p.lower, p.upper] })),
      ]
    : [];

  return (
    <Page title="Prognoser">
      <ErrorMessage error={units.error} />
      {units.loading && <Loading what="enheter" />}
      <form className="card form" onSubmit={onForecast} aria-label="Prognos för ärendeflöde">
        <h2>Ärendeflöde per månad</h2>
        <label htmlFor="unit">Enhet</label>
        <select id="unit" name="unit">
          <option value="">Alla enheter</option>
          {units.data?.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor="measure">Mått</label>
        <select id="measure" name="measure" defaultValue="INCOMING">
          <option value="INCOMING">Inkomna ärenden</option>
          <option value="OUTGOING">Avslutade ärenden</option>
          <option value="BALANCE">Netto</option>
        </select>
        <label htmlFor="horizon">Månader framåt</label>
        <input id="horizon" name="horizon" type="number" defaultValue={12} min={1} max={36} />
        <ErrorMessage error={forecast.error} />
        <button type="submit" disabled={forecast.busy}>
          {forecast.busy ? 'Räknar…' : 'Gör prognos'}
        </button>
      </form>
      {result && (
        <section aria-label="Prognosresultat">
          <p>
            Vald modell: <strong>{result.model}</strong> (lägst AICc).{' '}
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
        </section>
      )}

      <form className="card form" onSubmit={onProject} aria-label="Långsiktig prognos">
        <h2>Långsiktigt behov av platser</h2>
        <label htmlFor="serviceArea">Verksamhetsområde</label>
        <select id="serviceArea" name="serviceArea" defaultValue="NURSING_HOME">
          {Object.entries(SERVICE_AREA_LABELS).map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
        <label htmlFor="region">Kommunkod</label>
        <input id="region" name="region" defaultValue="0580" />
        <label htmlFor="fromYear">Från år</label>
        <input id="fromYear" name="fromYear" type="number" defaultValue={new Date().getFullYear()} />
        <label htmlFor="years">Antal år</label>
        <input id="years" name="years" type="number" defaultValue={10} />
        <ErrorMessage error={project.error} />
        <button type="submit" disabled={project.busy}>
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
        </section>
      )}
    </Page>
  );
}
