import { buildQualityReport, QualityReportData } from './quality-report';
import { renderHtml } from './render-html';

const data: QualityReportData = {
  year: 2022,
  municipality: '0580',
  plan: {
    focusAreas: ['Bemanning'],
    periods: [{ target: 10 }, { target: 10 }],
    progress: [
      { period: 1, startsOn: '2021-12-01', endsOn: '2022-05-31', target: 10, planned: 12, done: 11 },
      { period: 2, startsOn: '2022-06-01', endsOn: '2022-11-30', target: 10, planned: 9, done: 4 },
    ],
  },
  followUps: [
    { type: 'SPECIFIC', status: 'CLOSED' },
    { type: 'SPECIFIC', status: 'PLANNED' },
    { type: 'NEW_START', status: 'REPORTED' },
  ],
  staffing: [
    {
      unitId: 'u1',
      half: 1,
      version: 1,
      managers: 1,
      permanent: 8,
      temporary: 2,
      hourly: 0,
      sickLeavePercent: 10,
      staffTurnoverPercent: 20,
    },
    {
      unitId: 'u1',
      half: 1,
      version: 2,
      managers: 1,
      permanent: 9,
      temporary: 1,
      hourly: 0,
      sickLeavePercent: 6,
      staffTurnoverPercent: 10,
    },
    {
      unitId: 'u2',
      half: 1,
      version: 1,
      managers: 2,
      permanent: 25,
      temporary: 5,
      hourly: 0,
      sickLeavePercent: 8,
      staffTurnoverPercent: 12,
    },
  ],
  sectors: [
    {
      key: 'HOME_CARE',
      name: 'Äldreomsorg, ordinärt boende',
      statistics: {
        deviations: 1458,
        lexSarah: 1,
        lexSarahReportedToIvo: 0,
        lexMaria: 0,
        lexMariaReportedToIvo: 0,
        complaints: 42,
        closedWithinTwoMonths: { numerator: 900, denominator: 1200, share: 0.75 },
      },
    },
  ],
  trend: [],
  notExecuted: [{ quarter: '2022-Q1', count: 10 }],
  surveys: [],
  caseFlows: [],
  placements: [],
  forecast: null,
  forecastProblem: { code: 'VALIDATION_FAILED', rule: 'FORECAST_SERIES_TOO_SHORT', params: { needed: 24, have: 3 } },
};

describe('the quality report', () => {
  it('states the figures it was given, with numerator and denominator', () => {
    const { document, figures } = buildQualityReport(data, '1 januari 2023');
    expect(figures).toMatchObject({
      deviationsBySector: { HOME_CARE: 1458 },
      notExecutedByQuarter: { '2022-Q1': 10 },
      followUpsDone: 2,
    });
    const html = renderHtml(document);
    expect(html).toContain(
      '<th scope="row">Äldreomsorg, ordinärt boende</th><td>1\u00a0458</td><td>1</td><td>0</td><td>0</td><td>42</td><td>75,0 % (900/1200)</td>',
    );
    expect(html).toContain('<th scope="row">2021-12-01 – 2022-05-31</th><td>10</td><td>12</td><td>11</td>');
  });

  it('uses the latest staffing version per unit and weighs sick leave by staff', () => {
    const html = renderHtml(buildQualityReport(data, 'x').document);
    // u1 v2 (10 staff, 6 %) and u2 (30 staff, 8 %): (60 + 240) / 40 = 7,5 %
    expect(html).toContain(
      '<th scope="row">Halvår 1</th><td>2</td><td>3</td><td>34</td><td>6</td><td>0</td><td>7,5 %</td>',
    );
  });

  it('escapes text so a name cannot become markup', () => {
    const html = renderHtml(
      buildQualityReport({ ...data, plan: { ...data.plan!, focusAreas: ['<script>alert(1)</script>'] } }, 'x').document,
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('says why there is no forecast, and shows one with its accuracy when there is', () => {
    expect(renderHtml(buildQualityReport(data, 'x').document)).toContain(
      'Ingen prognos kunde göras. En prognos behöver rapporter för minst 24 månader, men det finns bara för 3.',
    );
    const forecast = {
      model: 'ETS(A,A,A)',
      points: [{ month: '2023-01', value: 31.25, lower: 25, upper: 37.5 }],
      accuracy: { mase: 0.61 },
      baseline: { mase: 0.98 },
      beatsBaseline: true,
    };
    const html = renderHtml(buildQualityReport({ ...data, forecast, forecastProblem: null }, 'x').document);
    expect(html).toContain('MASE 0,61 mot 0,98 för en säsongsnaiv prognos; modellen slår den naiva prognosen.');
    expect(html).toContain('<th scope="row">2023-01</th><td>31,3</td><td>25,0</td><td>37,5</td>');
  });

  it('says what a survey figure left out in Swedish, from the exclusion codes', () => {
    const survey = {
      name: 'LSS 2022',
      period: '2022',
      answers: 9,
      responseRate: {
        numerator: 9,
        denominator: 38,
        share: 9 / 38,
        excluded: [{ reasonCode: 'OPTED_OUT_UNITS' as const, units: 5, count: 38 }],
      },
      questions: [],
    };
    expect(renderHtml(buildQualityReport({ ...data, surveys: [survey] }, 'x').document)).toContain(
      'Utanför underlaget: erbjudna vid 5 enheter som avstod från att delta (38).',
    );
  });
});
