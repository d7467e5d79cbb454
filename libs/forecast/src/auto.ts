import { EtsSpec, modelName } from './ets';
import { fitEts, FittedEts, minimumLength } from './fit';
import { IntervalForecast } from './naive';
import { atLeastZero, combine, etsDistribution, ForecastDistribution } from './distribution';
import { seasonalityF } from './seasonality';
import { airlineDistribution, logAirlineDistribution } from './airline';
import { thetaDistribution } from './theta';
import { forecastInputViolation } from './input';

/**
 * The ETS models tried: with a season when modelling one pays (see `seasonPays`), without one
 * otherwise; multiplicative seasons only for series above zero. `seasonal` undefined tries both.
 */
export function candidateSpecs(y: number[], period: number, seasonal?: boolean): EtsSpec[] {
  const plain: EtsSpec[] = [
    { trend: 'N', season: 'N', period },
    { trend: 'A', season: 'N', period },
    { trend: 'Ad', season: 'N', period },
  ];
  const withSeason: EtsSpec[] = [];
  if (period > 1) {
    withSeason.push(
      { trend: 'N', season: 'A', period },
      { trend: 'A', season: 'A', period },
      { trend: 'Ad', season: 'A', period },
    );
    if (y.every((v) => v > 0))
      withSeason.push(
        { trend: 'N', season: 'M', period },
        { trend: 'A', season: 'M', period },
        { trend: 'Ad', season: 'M', period },
      );
  }
  const fits = (specs: EtsSpec[]) => specs.filter((s) => y.length >= minimumLength(s));
  if (seasonal === undefined) return fits([...plain, ...withSeason]);
  const seasonalFits = fits(withSeason);
  return seasonal && seasonalFits.length ? seasonalFits : fits(plain);
}

/** The fewest observations any forecast can be made from: those of simple exponential smoothing. */
export const MIN_OBSERVATIONS = minimumLength({ trend: 'N', season: 'N', period: 1 });

/** Every candidate fitted, the one with the lowest AICc first. */
export function selectEts(y: number[], period: number, seasonal?: boolean): FittedEts[] {
  const specs = candidateSpecs(y, period, seasonal);
  if (!specs.length)
    throw forecastInputViolation('FORECAST_SERIES_TOO_SHORT', { needed: MIN_OBSERVATIONS, have: y.length });
  return specs.map((spec) => fitEts(y, spec)).sort((a, b) => a.aicc - b.aicc);
}

/** One ETS model's forecast with intervals at `level`. */
export function etsForecast(model: FittedEts, horizon: number, level = 0.95, paths = 2000): IntervalForecast {
  const d = etsDistribution(model, horizon, paths);
  return { point: d.point, ...d.bounds(level), level };
}

export interface AutoForecast {
  /** The forecast: the mean of the component models, cut at zero for series that never go below it. */
  distribution: ForecastDistribution;
  model: string;
  seasonal: boolean;
  /** The ETS models fitted, lowest AICc first; the first is a component. */
  fits: FittedEts[];
  components: string[];
  plan: ForecastPlan;
  /** The plan's ETS models as fitted to the whole series. */
  fitted: Map<EtsSpec, FittedEts>;
}

/**
 * Whether modelling a season of `period` pays: the stable-seasonality F statistic (months' means
 * against the spread within months, after a straight line) above 2. Its expectation is
 * 1 + (n/m)·(season variance)/σ², and seasonal means estimated from n/m values each cut the
 * error only when the season's variance exceeds their own, σ²·m/n: F above 2. A test of
 * significance instead models seasons too faint to estimate in noisy counts and misses real
 * ones in two years of data.
 */
export function seasonPays(y: number[], period: number): boolean {
  return period > 1 && !intermittent(y) && seasonalityF(y, period).f > 2;
}

/**
 * Intermittent: more than 1.32 months per month with a non-zero value on average (Syntetos,
 * Boylan & Croston 2005). Mostly zeros say too little about a season to estimate one, which is
 * why Croston's method and its kin have none.
 */
export function intermittent(y: number[]): boolean {
  const nonZero = y.filter((v) => v !== 0).length;
  return nonZero === 0 || y.length / nonZero > 1.32;
}

/**
 * The automatic forecast: the F rule above decides whether models with a season are tried,
 * then the mean of three forecasts (Makridakis et al. 2020, M4: combinations beat single
 * choices): the ETS model AICc chooses, the Theta method, and a third of another kind: with a
 * season and three seasons of data the airline model ARIMA(0,1,1)(0,1,1), otherwise the
 * damped-trend ETS model AICc prefers, which tempers the trends of the other two. A series with
 * no value below zero (counts) gets forecasts and intervals at or above zero.
 */
export function autoForecast(y: number[], horizon: number, period: number): AutoForecast {
  const seasonal = seasonPays(y, period);
  const fits = selectEts(y, period, seasonal);
  const chosen = fits[0];
  const damped = fits.find((f) => f.spec.trend === 'Ad');
  const plan: ForecastPlan = {
    seasonal,
    ets: chosen.spec,
    theta: y.length >= MIN_OBSERVATIONS + 1,
    third: chosen.spec.season !== 'N' && y.length >= 3 * period ? 'airline' : damped ? damped.spec : null,
  };
  const refitted = new Map<EtsSpec, FittedEts>([[chosen.spec, chosen]]);
  if (damped) refitted.set(damped.spec, damped);
  return { ...forecastByPlan(y, horizon, period, plan, refitted), fits, fitted: refitted };
}

/** What `autoForecast` chose: the seasonal decision and the models combined, to refit on other data. */
export interface ForecastPlan {
  seasonal: boolean;
  ets: EtsSpec;
  theta: boolean;
  third: EtsSpec | 'airline' | null;
}

/**
 * The combination of a plan's models fitted to `y` (reusing fits already made): how the
 * backtest measures the chosen method at earlier origins without choosing again.
 */
export function forecastByPlan(
  y: number[],
  horizon: number,
  period: number,
  plan: ForecastPlan,
  fitted = new Map<EtsSpec, FittedEts>(),
  warmFrom = new Map<EtsSpec, FittedEts>(),
): Omit<AutoForecast, 'fits' | 'fitted'> {
  const fit = (spec: EtsSpec) => fitted.get(spec) ?? fitEts(y, spec, { from: warmFrom.get(spec) });
  const parts: { name: string; distribution: ForecastDistribution }[] = [
    { name: modelName(plan.ets), distribution: etsDistribution(fit(plan.ets), horizon) },
  ];
  if (plan.theta) parts.push({ name: 'Theta', distribution: thetaDistribution(y, horizon, period, plan.seasonal) });
  if (plan.third === 'airline') {
    const positive = y.every((v) => v > 0);
    parts.push({
      name: `ARIMA(0,1,1)(0,1,1)[${period}]${positive ? ' of log' : ''}`,
      distribution: (positive ? logAirlineDistribution : airlineDistribution)(y, horizon, period),
    });
  } else if (plan.third)
    parts.push({ name: modelName(plan.third), distribution: etsDistribution(fit(plan.third), horizon) });
  const combined = combine(parts.map((p) => p.distribution));
  const distribution = y.every((v) => v >= 0) ? atLeastZero(combined) : combined;
  const components = parts.map((p) => p.name);
  return {
    distribution,
    model: components.length > 1 ? `mean(${components.join(', ')})` : components[0],
    seasonal: plan.seasonal,
    plan,
    components,
  };
}

/** The fewest observations all of a plan's models can be fitted to. */
export function planMinimum(plan: ForecastPlan, period: number): number {
  return Math.max(
    minimumLength(plan.ets),
    plan.theta ? MIN_OBSERVATIONS + 1 : 0,
    plan.third === 'airline' ? 3 * period : plan.third ? minimumLength(plan.third) : 0,
  );
}

export const planFits = (plan: ForecastPlan, length: number, period: number): boolean =>
  length >= planMinimum(plan, period);

export { modelName };
export { simulate } from './simulate';
