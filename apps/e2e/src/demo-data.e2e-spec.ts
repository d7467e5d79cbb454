import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL } from '@kvalitetsnav/testing';
import { Stack, startStack } from './stack';

const root = path.resolve(__dirname, '../../..');

/** `npm start` loads this demo data through the public API; it must keep working as the API grows. */
describe('the demo data behind npm start', () => {
  let stack: Stack;
  let auth: Record<string, string>;
  const load = () =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(path.join(root, 'tools/dev/demo-data.mjs'))}); await m.loadDemoData(${JSON.stringify(stack.gatewayUrl)});`,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

  beforeAll(async () => {
    stack = await startStack();
    auth = {
      authorization: `Bearer ${await signUserToken({ sub: 'anna', name: 'Anna', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
  });
  afterAll(() => stack?.close());

  it('loads through the gateway once, with contracts, the plan, follow-ups and provider reports', async () => {
    const output = load();
    expect(output).toContain('[demo] loaded 3 contracts');
    expect(output).toContain('[demo] loaded 1 survey with a closed round and an open one');
    expect(output).toContain('[demo] opened a pulse period this week; 1 provider has answered for 2 of its units');
    expect(output).toContain('[demo] registered 1 IVO case with a response overdue');
    expect(output).toContain('[demo] loaded 36 months of case flows at 2 units');
    const year = new Date().getFullYear();
    const result = await postGraphQL<any>(
      `${stack.gatewayUrl}/graphql`,
      `query($y: Int!) { boards { name departments { name } } units { id name board { name } serviceAreaName } sectors { code serviceAreas { code } } followUpPlans { year board { name } periods { startsOn endsOn } } providers { id } contracts { reference } followUps { type status actions { status } } followUpPlan(year: $y) { focusAreas } staffingReports { id } businessReports { id } surveyRounds { status } pulsePeriods { name toWeek } }`,
      { y: year },
      auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.providers).toHaveLength(3);
    expect(result.data.contracts).toHaveLength(3);
    expect(result.data.followUps.map((f: any) => [f.type, f.status, f.actions.length]).sort()).toEqual([
      ['NEW_START', 'PLANNED', 0],
      ['SPECIFIC', 'REPORTED', 2],
    ]);
    expect(result.data.followUpPlan.focusAreas).toContain('Bemanning');
    expect(result.data.boards.map((b: any) => b.name)).toEqual(['Social- och omsorgsnämnden', 'Äldrenämnden']);
    expect(result.data.units.find((u: any) => u.name === 'Hemtjänst Centrum').board).toEqual({ name: 'Äldrenämnden' });
    // Seed 001's service areas beyond the list every municipality starts with, and a unit in one.
    const areasOf = (code: string) =>
      result.data.sectors.find((s: any) => s.code === code).serviceAreas.map((a: any) => a.code);
    expect(areasOf('DISABILITY')).toEqual(expect.arrayContaining(['SHORT_TERM_STAY', 'RELIEF_SERVICE']));
    expect(areasOf('SOCIAL_PSYCHIATRY')).toEqual(['SOCIAL_PSYCHIATRY_HOUSING']);
    expect(result.data.units.find((u: any) => u.name === 'Korttidsvistelse Kastanjen').serviceAreaName).toBe(
      'Korttidsvistelse',
    );
    expect(result.data.followUpPlans.find((p: any) => p.board)).toEqual({
      year,
      board: { name: 'Social- och omsorgsnämnden' },
      periods: [
        { startsOn: `${year - 1}-12-01`, endsOn: `${year}-05-31` },
        { startsOn: `${year}-06-01`, endsOn: `${year}-11-30` },
      ],
    });
    expect(result.data.surveyRounds.map((r: any) => r.status).sort()).toEqual(['CLOSED', 'OPEN']);
    expect(result.data.pulsePeriods).toEqual([{ name: 'Covid-19', toWeek: null }]);
    expect([result.data.staffingReports.length, result.data.businessReports.length]).toEqual([2, 1]);
    // The forecasting page has a history to forecast from.
    const homeCare = result.data.units.find((u: any) => u.name === 'Hemtjänst Centrum').id;
    const forecast = await postGraphQL<any>(
      `${stack.gatewayUrl}/graphql`,
      `query($s: ForecastSeriesInput!) { forecast(series: $s, horizon: 12) { points { lower } history { value } } }`,
      { s: { unitId: homeCare, measure: 'INCOMING' } },
      auth,
    );
    expect(forecast.errors).toBeUndefined();
    expect(forecast.data.forecast.history).toHaveLength(36);
    expect(forecast.data.forecast.points).toHaveLength(12);
    expect(load()).toContain('demo data not loaded again');
  });
});
