import { readdirSync } from 'node:fs';
import path from 'node:path';
import { operationName } from './gateway';
import { AnyDocument, readsOf, ROUTES } from './routes';

const isQuery = (document: AnyDocument) => /^\s*query\b/.test(document.toString());

/** Every document the pages define, from their `*.operations.ts` modules. */
function pageDocuments(): AnyDocument[] {
  const dir = path.join(__dirname, 'pages');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.operations.ts'))
    .flatMap((file) => Object.values(require(path.join(dir, file)) as Record<string, AnyDocument>));
}

describe('the pages, who sees them and what they run', () => {
  const reads = ROUTES.flatMap((route) => route.reads.map((read) => ('document' in read ? read.document : read)));

  it('lists every query a page defines, so REPORTING’s allow-list cannot miss one', () => {
    const unlisted = pageDocuments().filter((d) => isQuery(d) && !reads.includes(d));
    expect(unlisted.map(operationName)).toEqual([]);
  });

  it('lists only queries as reads, each for roles that see the page', () => {
    expect(reads.filter((d) => !isQuery(d)).map(operationName)).toEqual([]);
    for (const route of ROUTES)
      for (const read of route.reads)
        if ('document' in read) expect(read.roles.filter((r) => !route.roles.includes(r))).toEqual([]);
  });

  it('gives REPORTING the start page, surveys, forecasts and reports, with the aggregate queries only', () => {
    const reporting = ROUTES.filter((route) => route.roles.includes('REPORTING'));
    expect(reporting.map((r) => r.path)).toEqual(['/', '/brukarundersokningar', '/prognoser', '/rapporter']);
    expect(reporting.flatMap((r) => readsOf(r, 'REPORTING')).map(operationName)).toEqual([
      'SurveysPageRounds',
      'SurveysPageResults',
      'SurveysPageDistribution',
      'SurveyCrossTab',
      'ServiceAreaList',
      'ForecastsPageForecast',
      'ForecastsPageProjection',
      'ServiceAreaList',
    ]);
  });
});
