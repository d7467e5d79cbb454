import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { KafkaClient } from '@kvalitetsnav/messaging';
import {
  RunningService,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { DeviationsAppModule } from '../app.module';
import { loadDeviationsConfig } from '../config';

const ROWS = 100_000;
jest.setTimeout(600_000);
const JOB = `query($id: ID!) { deviationImportJob(id: $id) {
  status rowsRead rowsDone created changed unchanged errorCount errors { line column rule } bytesRead bytesTotal } }`;

/** A year of a large municipality in one file, sent as a stream, never whole in memory at either end. */
describe('a large file imported as a stream (real Postgres and Kafka)', () => {
  let service: RunningService;
  const unitId = randomUUID();
  const day = (i: number) => new Date(Date.UTC(2022, 0, 1 + (i % 365))).toISOString().slice(0, 10);
  const lines = function* (rows: number, bad?: number) {
    yield 'unit_id,kind,occurred_on,reported_on,description,external_id\n';
    for (let i = 0; i < rows; i++)
      yield `${unitId},${i % 7 === 0 ? 'COMPLAINT' : 'SOL_LSS'},${day(i)},${i === bad ? 'igår' : day(i)},Planerad insats genomfördes inte,S-${i}\n`;
  };
  const send = async (body: Iterable<string>, query = '') => {
    const response = await post(body, query).catch(async (error: Error) => {
      // Says what the server made of the file, so a broken connection can be told from a failed job.
      const [job] = await service.app
        .get(DataSource)
        .query(`SELECT status, rows_read, bytes_read FROM deviation_import_job ORDER BY started_at DESC LIMIT 1`);
      throw new Error(
        `${error.message} (${String((error as { cause?: unknown }).cause)}); last job: ${JSON.stringify(job)}`,
      );
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const post = async (body: Iterable<string>, query: string) =>
    fetch(`${service.graphqlUrl.replace(/\/graphql$/, '')}/internal/imports/deviations${query}`, {
      method: 'POST',
      // Signed afresh: a hand-off token lives a minute, and a large file takes longer.
      headers: { ...(await handoffHeaders(officialIdentity)), 'content-type': 'text/csv' },
      body: Readable.toWeb(Readable.from(body)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
  const settled = async (id: string) => {
    let job: any;
    await waitFor(
      async () => {
        const headers = await handoffHeaders(officialIdentity);
        job = (await postGraphQL<any>(service.graphqlUrl, JOB, { id }, headers)).data.deviationImportJob;
        return job.status !== 'RECEIVING' && job.status !== 'WRITING';
      },
      { what: 'the import to finish', timeoutMs: 400_000 },
    );
    return job;
  };
  const stored = async () =>
    Number(
      (await service.app.get(DataSource).query(`SELECT count(*) FROM deviation WHERE unit_id = $1`, [unitId]))[0].count,
    );

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
      id: unitId,
      providerId: randomUUID(),
      name: 'Hemtjänst Storstaden',
      serviceArea: 'HOME_CARE',
      places: null,
      version: 1,
    });
    await waitFor(
      async () => Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref`))[0].count) === 1,
      {
        what: 'the unit from contracts',
      },
    );
  });
  afterAll(() => service?.close());

  it('refuses a file with one bad row far down, naming it, with nothing stored', async () => {
    const { status, body } = await send(lines(30_000, 25_000));
    expect(status).toBe(202);
    expect(body).toMatchObject({ status: 'REFUSED', rowsRead: 30_000, errorCount: 1 });
    expect(await settled(body.id)).toMatchObject({
      status: 'REFUSED',
      errors: [{ line: 25_002, column: 'reported_on', rule: 'NOT_A_DATE' }],
    });
    expect(await stored()).toBe(0);
    expect(
      Number((await service.app.get(DataSource).query(`SELECT count(*) FROM deviation_import_staged_row`))[0].count),
    ).toBe(0);
  });

  it(`imports ${ROWS.toLocaleString('en')} rows with progress, and the same file again changes nothing`, async () => {
    const first = await send(lines(ROWS));
    expect(first.body).toMatchObject({ status: 'WRITING', rowsRead: ROWS });
    expect(await settled(first.body.id)).toMatchObject({
      status: 'DONE',
      rowsDone: ROWS,
      created: ROWS,
      changed: 0,
      unchanged: 0,
      errorCount: 0,
    });
    expect(await stored()).toBe(ROWS);
    const again = await send(lines(ROWS));
    expect(await settled(again.body.id)).toMatchObject({ status: 'DONE', created: 0, changed: 0, unchanged: ROWS });
    expect(await stored()).toBe(ROWS);
  });

  it('refuses an unknown source and a caller who may not import, before reading the file', async () => {
    expect(await send(lines(1), '?source=NO_SUCH')).toMatchObject({
      status: 404,
      body: { errors: [{ extensions: { rule: 'UNKNOWN', field: 'source' } }] },
    });
    const manager = await handoffHeaders({ sub: 'chef', name: 'Chef', roles: ['MANAGER'] });
    const refused = await fetch(`${service.graphqlUrl.replace(/\/graphql$/, '')}/internal/imports/deviations`, {
      method: 'POST',
      headers: { ...manager, 'content-type': 'text/csv' },
      body: 'unit_id\n',
    });
    expect(refused.status).toBe(403);
  });

  it('carries the category as a stream too: a bad one refused by line and column, and kept when the file has no column', async () => {
    const row = (i: number, category: string) =>
      `${unitId},SOL_LSS,2022-02-01,2022-02-01,Planerad insats genomfördes inte,KAT-${i},${category}\n`;
    const head = 'unit_id,kind,occurred_on,reported_on,description,external_id,category\n';
    const before = await stored();
    const bad = await send([head, row(1, 'TREATMENT'), row(2, 'FALL'), row(3, 'NO_SUCH')]);
    expect(await settled(bad.body.id)).toMatchObject({
      status: 'REFUSED',
      errors: [
        { line: 3, column: 'category', rule: 'CATEGORY_NOT_FOR_KIND' },
        { line: 4, column: 'category', rule: 'NOT_ACTIVE_CATEGORY' },
      ],
    });
    expect(await stored()).toBe(before);

    const good = await send([head, row(1, 'TREATMENT'), row(2, '')]);
    expect(await settled(good.body.id)).toMatchObject({ status: 'DONE', created: 2 });
    const categories = async () =>
      (
        await service.app
          .get(DataSource)
          .query(`SELECT external_id, category_code FROM deviation WHERE external_id LIKE 'KAT-%' ORDER BY 1`)
      ).map((r: { external_id: string; category_code: string | null }) => [r.external_id, r.category_code]);
    expect(await categories()).toEqual([
      ['KAT-1', 'TREATMENT'],
      ['KAT-2', null],
    ]);
    const without = (i: number) =>
      `${unitId},SOL_LSS,2022-02-01,2022-02-01,Planerad insats genomfördes inte,KAT-${i}\n`;
    const again = await send([
      'unit_id,kind,occurred_on,reported_on,description,external_id\n',
      without(1),
      without(2),
    ]);
    expect(await settled(again.body.id)).toMatchObject({ status: 'DONE', created: 0, changed: 0, unchanged: 2 });
    expect(await categories()).toEqual([
      ['KAT-1', 'TREATMENT'],
      ['KAT-2', null],
    ]);
  });
});
