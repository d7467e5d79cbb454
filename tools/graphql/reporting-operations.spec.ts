import { readFileSync } from 'node:fs';
import { renderReportingOperations, REPORTING_OPERATIONS_FILE, reportingOperations } from './reporting-operations';

describe("REPORTING's allow-list", () => {
  it('is the one written from the typed documents (run npm run codegen, then npm run reporting-operations)', () => {
    expect(readFileSync(REPORTING_OPERATIONS_FILE, 'utf8')).toBe(renderReportingOperations());
  });

  it("holds the external systems' operations by their names, and the queries of the web pages REPORTING sees", () => {
    const byName = Object.fromEntries(reportingOperations().map((op) => [op.name, op.usedBy]));
    expect(byName).toMatchObject({
      DeviationStatisticsPerSector: 'external reporting systems',
      Forecast: 'external reporting systems',
      Projection: 'external reporting systems',
      SurveysPageRounds: 'web /brukarundersokningar',
      SurveysPageResults: 'web /brukarundersokningar',
      ForecastsPageForecast: 'web /prognoser',
      ForecastsPageProjection: 'web /prognoser',
    });
  });
});
