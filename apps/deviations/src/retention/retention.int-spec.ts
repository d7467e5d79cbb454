import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, addMonths, stockholmToday } from '@kvalitetsnav/calendar';
import { KafkaClient } from '@kvalitetsnav/messaging';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import {
  RunningService,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  queryDatabase,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { DeviationsAppModule } from '../app.module';
import { loadDeviationsConfig } from '../config';
import { RetentionScheduleService } from './retention-schedule.service';

const RUN = `id ranAt ranBy ranByName ranOn protectedTextMonths freeTextMonths originalsClosedBy freeTextsClosedBy
  originalsRemoved freeTextsAnonymised accessLogReasonsAnonymised originalsRemovedFrom freeTextsAnonymisedIn`;
const STATISTICS = `{ deviationStatistics { total open byKind { kind count } deviations lexSarah lexSarahSerious
  lexSarahReportedToIvo lexMaria complaints overdue actionsRegistered { numerator denominator } } }`;
const HEADER =
  'external_id,unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on,seriousness';
const PNR = '19811218-9876';

describe('retention (gallring): originals deleted and free texts anonymised once their time is out (real Postgres)', () => {
  let service: RunningService;
  let admin: Record<string, string>;
  let official: Record<string, string>;
  const today = stockholmToday();
  const marker = `[Gallrad ${today}]`;
  const unitId = randomUUID();
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = admin) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const db = () => service.app.get(DataSource);
  const ids: Record<string, string> = {};
  /** Everything of a deviation but its free texts, and its root causes and category. */
  const facts = async () =>
    db().query(
      `SELECT d.id, d.kind, d.status, d.occurred_on, d.reported_on, d.closed_on, d.actions_registered_on,
         d.final_assessed_on, d.seriousness, d.category_code, d.redactions, d.version,
         (SELECT count(*) FROM deviation_root_cause r WHERE r.deviation_id = d.id) AS root_causes
       FROM deviation d ORDER BY d.id`,
    );
  const texts = async (id: string) =>
    (
      await db().query(
        `SELECT description, actions, final_assessment,
           (SELECT original FROM deviation_protected_text p WHERE p.deviation_id = d.id) AS original
         FROM deviation d WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    admin = await handoffHeaders({ sub: 'admin-1', name: 'Ada Admin', roles: ['ADMIN'] });
    official = await handoffHeaders(officialIdentity);
    await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
      id: unitId,
      providerId: randomUUID(),
      name: 'Gruppbostad Almen',
      serviceArea: 'NURSING_HOME',
      places: 6,
      version: 1,
    });
    await waitFor(
      async () => Number((await db().query(`SELECT count(*) FROM unit_ref WHERE id = $1`, [unitId]))[0].count) === 1,
      { what: 'the unit from contracts' },
    );
    // Closed six years ago; closed 30 months ago; closed ten days ago; open since six years.
    const old = addMonths(today, -72);
    const mid = addMonths(today, -30);
    const recent = addDays(today, -10);
    const rows = [
      `OLD,${unitId},LEX_SARAH,${old},${old},Kränkning av ${PNR},CLOSED,${old},${addDays(old, 20)},SERIOUS`,
      `MID,${unitId},LEX_MARIA,${mid},${mid},Fallskada hos ${PNR},CLOSED,${mid},${addDays(mid, 5)},NOT_SERIOUS`,
      `RECENT,${unitId},LEX_SARAH,${addDays(recent, -30)},${addDays(recent, -30)},Hot mot ${PNR},CLOSED,${addDays(recent, -20)},${recent},NOT_SERIOUS`,
      `OPEN,${unitId},SOL_LSS,${old},${old},Utebliven insats,REPORTED,,,`,
    ];
    const imported = await gql(
      `mutation($csv: String!) { importDeviations(csv: $csv) { created errors { line rule } } }`,
      {
        csv: [HEADER, ...rows].join('\n'),
      },
    );
    expect(imported.data.importDeviations).toEqual({ created: 4, errors: [] });
    for (const row of await db().query(`SELECT id, external_id FROM deviation`)) ids[row.external_id] = row.id;
    // Actions and a final assessment as written while the case was handled.
    await db().query(`UPDATE deviation SET actions = 'Samtal med personalen', final_assessment = 'Brist i bemötande'`);
    // A read of the old original, with a reason, in the access log.
    const read = await gql(`query($id: ID!) { deviation(id: $id) { protectedDescription(reason: "Utredning") } }`, {
      id: ids['OLD'],
    });
    expect(read.data.deviation.protectedDescription).toBe(`Kränkning av ${PNR}`);
  });
  afterAll(() => service?.close());

  it('runs its migrations at start, and they match the entities exactly', async () => {
    expect(await pendingSchemaChanges(db())).toEqual([]);
  });

  it('shows the configured times: 24 months for originals, 60 for free texts, by default', async () => {
    expect((await gql(`{ retentionSettings { protectedTextMonths freeTextMonths cron scheduled } }`)).data).toEqual({
      retentionSettings: { protectedTextMonths: 24, freeTextMonths: 60, cron: '30 2 * * *', scheduled: false },
    });
  });

  it('culls only closed deviations past their time, keeps the statistics, records the run, and culls nothing twice', async () => {
    const statisticsBefore = (await gql(STATISTICS)).data;
    const factsBefore = await facts();

    const run = await gql(`mutation { runRetention { ${RUN} } }`);
    expect(run.errors).toBeUndefined();
    expect(run.data.runRetention).toMatchObject({
      ranBy: 'admin-1',
      ranByName: 'Ada Admin',
      ranOn: today,
      protectedTextMonths: 24,
      freeTextMonths: 60,
      originalsClosedBy: addDays(addMonths(today, -24), -1),
      freeTextsClosedBy: addDays(addMonths(today, -60), -1),
      originalsRemoved: 2,
      freeTextsAnonymised: 1,
      accessLogReasonsAnonymised: 1,
      freeTextsAnonymisedIn: [ids['OLD']],
    });
    expect([...run.data.runRetention.originalsRemovedFrom].sort()).toEqual([ids['OLD'], ids['MID']].sort());

    // The old one: original gone, free texts the marker, the reason in the access log too.
    expect(await texts(ids['OLD']!)).toEqual({
      description: marker,
      actions: marker,
      final_assessment: marker,
      original: null,
    });
    const log = (
      await gql(`query($id: ID!) { accessLog(filter: { deviationId: $id }) { items { reason readerSub } } }`, {
        id: ids['OLD'],
      })
    ).data.accessLog;
    expect(log.items).toEqual([{ reason: marker, readerSub: 'admin-1' }]);
    // Closed 30 months ago: the original is gone, the texts are kept for now.
    expect(await texts(ids['MID']!)).toEqual({
      description: 'Fallskada hos [personnummer]',
      actions: 'Samtal med personalen',
      final_assessment: 'Brist i bemötande',
      original: null,
    });
    // Recently closed, and open however old: untouched.
    expect(await texts(ids['RECENT']!)).toMatchObject({
      description: 'Hot mot [personnummer]',
      original: `Hot mot ${PNR}`,
    });
    expect(await texts(ids['OPEN']!)).toMatchObject({
      description: 'Utebliven insats',
      actions: 'Samtal med personalen',
    });

    // Statistics and every fact besides the texts are as before.
    expect((await gql(STATISTICS)).data).toEqual(statisticsBefore);
    expect(await facts()).toEqual(factsBefore);

    // A second run finds nothing left to cull, and is recorded as such.
    const again = (await gql(`mutation { runRetention { ${RUN} } }`)).data.runRetention;
    expect(again).toMatchObject({
      originalsRemoved: 0,
      freeTextsAnonymised: 0,
      accessLogReasonsAnonymised: 0,
      originalsRemovedFrom: [],
      freeTextsAnonymisedIn: [],
    });
    expect(await texts(ids['OLD']!)).toMatchObject({ description: marker });

    const runs = (
      await gql(
        `{ retentionRuns { id originalsRemoved freeTextsAnonymised originalsRemovedFrom freeTextsAnonymisedIn } }`,
      )
    ).data.retentionRuns;
    expect(runs.map((r: any) => r.id)).toEqual([again.id, run.data.runRetention.id]);
    expect(runs[1]).toMatchObject({ originalsRemoved: 2, freeTextsAnonymised: 1, freeTextsAnonymisedIn: [ids['OLD']] });
    expect(runs[1].originalsRemovedFrom).toHaveLength(2);
  });

  it('leaves the access log append-only for everything but the marker in a reason', async () => {
    await expect(db().query(`UPDATE access_log_entry SET reason = 'ändrad'`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(
      db().query(`UPDATE access_log_entry SET reader_name = 'någon annan', reason = '[Gallrad 2030-01-01]'`),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db().query(`DELETE FROM access_log_entry`)).rejects.toThrow(/append-only: DELETE refused/);
  });

  it('does nothing at all when part of a run fails', async () => {
    await db().query(`UPDATE deviation SET closed_on = $2 WHERE id = $1`, [ids['MID'], addMonths(today, -70)]);
    await db().query(`ALTER TABLE retention_run ADD CONSTRAINT "test_refuses" CHECK (ran_by <> 'admin-1') NOT VALID`);
    try {
      const failed = await gql(`mutation { runRetention { id } }`);
      expect(failed.errors?.length).toBeGreaterThan(0);
    } finally {
      await db().query(`ALTER TABLE retention_run DROP CONSTRAINT "test_refuses"`);
    }
    expect((await texts(ids['MID']!)).description).toBe('Fallskada hos [personnummer]');
    expect(Number((await db().query(`SELECT count(*) FROM retention_run`))[0].count)).toBe(2);
  });

  it('is for the administrator only', async () => {
    for (const query of [
      `mutation { runRetention { id } }`,
      `{ retentionRuns { id } }`,
      `{ retentionSettings { cron } }`,
    ])
      expect((await gql(query, {}, official)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'ROLE_REQUIRED',
      });
  });

  it('refuses a retention time that is not a whole number of months, or an original kept longer than the texts', () => {
    expect(loadDeviationsConfig({})).toMatchObject({
      RETENTION_PROTECTED_TEXT_MONTHS: 24,
      RETENTION_FREE_TEXT_MONTHS: 60,
    });
    expect(() => loadDeviationsConfig({ RETENTION_FREE_TEXT_MONTHS: 'fem år' })).toThrow(
      /RETENTION_FREE_TEXT_MONTHS: must be a whole number of months \(got "fem år"\)/,
    );
    expect(() => loadDeviationsConfig({ RETENTION_PROTECTED_TEXT_MONTHS: '0' })).toThrow(
      /RETENTION_PROTECTED_TEXT_MONTHS: must be at least 1 month/,
    );
    expect(() => loadDeviationsConfig({ RETENTION_PROTECTED_TEXT_MONTHS: '72' })).toThrow(
      /RETENTION_PROTECTED_TEXT_MONTHS: must not be longer than RETENTION_FREE_TEXT_MONTHS/,
    );
    expect(() => loadDeviationsConfig({ RETENTION_CRON: 'varje natt' })).toThrow(/RETENTION_CRON/);
  });

  it('schedules the run with pg-boss in Stockholm time when asked, and records a queued run as the schedule’s', async () => {
    const scheduled = await startTestService(
      'deviations',
      (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)),
      { RETENTION_SCHEDULE: 'on', RETENTION_CRON: '15 3 * * *' },
    );
    try {
      const url = scheduled.env['DATABASE_URL']!;
      expect(
        await queryDatabase(url, scheduled.databaseName, `SELECT name, cron, timezone FROM pgboss.schedule`),
      ).toEqual([{ name: 'deviations-retention', cron: '15 3 * * *', timezone: 'Europe/Stockholm' }]);
      await scheduled.app.get(RetentionScheduleService).enqueue();
      await waitFor(
        async () => (await queryDatabase(url, scheduled.databaseName, `SELECT ran_by FROM retention_run`)).length === 1,
        { what: 'the queued retention run' },
      );
      expect(await queryDatabase(url, scheduled.databaseName, `SELECT ran_by, ran_by_name FROM retention_run`)).toEqual(
        [{ ran_by: 'schedule', ran_by_name: null }],
      );
    } finally {
      await scheduled.close();
    }
  });
});
