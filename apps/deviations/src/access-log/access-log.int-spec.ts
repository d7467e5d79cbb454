import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KafkaClient } from '@kvalitetsnav/messaging';
import { addDays, stockholmToday } from '@kvalitetsnav/calendar';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
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

const ENTRY = 'id readAt readerSub readerName readerRoles recordKind recordIds deviationKind field reason';

describe('who read what: the access log (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let admin: Record<string, string>;
  let mas: Record<string, string>;
  let manager: Record<string, string>;
  const today = stockholmToday();
  const unitId = randomUUID();

  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const report = async (kind: string, description: string, headers = official) =>
    (
      await gql(
        `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
        { i: { unitId, kind, occurredOn: today, description } },
        headers,
      )
    ).data.reportDeviation.id as string;
  const readOriginal = (id: string, headers: Record<string, string>, reason?: string) =>
    gql(
      `query($id: ID!, $reason: String) { deviation(id: $id) { id protectedDescription(reason: $reason) } }`,
      { id, reason },
      headers,
    );
  const entriesOf = async (recordId: string, recordKind = 'DEVIATION') =>
    (
      await gql(
        `query($f: AccessLogFilter) { accessLog(filter: $f) { total items { ${ENTRY} } } }`,
        {
          f: { recordId, recordKind },
        },
        admin,
      )
    ).data.accessLog;
  const registerDecision = async (gender: string, decidedOn = today) =>
    (
      await gql(
        `mutation($i: RegisterDecisionNotExecutedInput!) { registerDecisionNotExecuted(input: $i) { id } }`,
        {
          i: {
            serviceArea: 'LSS_GROUP_HOME',
            intervention: 'Bostad med särskild service enligt LSS 9 § 9',
            law: 'LSS',
            gender,
            decidedOn,
            reason: 'Ingen ledig plats',
          },
        },
        official,
      )
    ).data.registerDecisionNotExecuted.id as string;
  const db = () => service.app.get(DataSource);

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    admin = await handoffHeaders({ sub: 'admin-1', name: 'Ada Admin', roles: ['ADMIN'] });
    mas = await handoffHeaders({ sub: 'mas-1', name: 'Mia MAS', roles: ['MEDICALLY_RESPONSIBLE'] });
    manager = await handoffHeaders({ sub: 'chef-1', name: 'Chef', roles: ['MANAGER'] });
    await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
      id: unitId,
      providerId: randomUUID(),
      name: 'Särskilt boende Linden',
      serviceArea: 'NURSING_HOME',
      places: 30,
      version: 1,
    });
    await waitFor(
      async () => Number((await db().query(`SELECT count(*) FROM unit_ref WHERE id = $1`, [unitId]))[0].count) === 1,
      { what: 'the unit from contracts' },
    );
  });
  afterAll(() => service?.close());

  it('runs its migrations at start, and they match the entities exactly', async () => {
    expect(await pendingSchemaChanges(db())).toEqual([]);
  });

  it('logs a read of the original as it is returned: who, roles, when, record, kind, field, reason', async () => {
    const id = await report('LEX_SARAH', 'Kränkande bemötande av 19811218-9876');
    const before = Date.now();
    const read = await readOriginal(id, official, '  Utredning enligt lex Sarah ');
    expect(read.data.deviation.protectedDescription).toBe('Kränkande bemötande av 19811218-9876');
    const log = await entriesOf(id);
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      readerSub: officialIdentity.sub,
      readerName: officialIdentity.name,
      readerRoles: [...officialIdentity.roles],
      recordKind: 'DEVIATION',
      recordIds: [id],
      deviationKind: 'LEX_SARAH',
      field: 'protectedDescription',
      reason: 'Utredning enligt lex Sarah',
    });
    expect(new Date(log.items[0].readAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    // A second read, without a reason, is a second entry, newest first.
    await readOriginal(id, admin);
    const again = await entriesOf(id);
    expect(again.items.map((e: any) => [e.readerSub, e.reason])).toEqual([
      ['admin-1', null],
      [officialIdentity.sub, 'Utredning enligt lex Sarah'],
    ]);
  });

  it('logs nothing when the read is refused, the reason is too long, or there is no original', async () => {
    const sarah = await report('LEX_SARAH', 'Brist i tillsyn av 19811218-9876');
    const refused = await readOriginal(sarah, manager);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_REQUIRED' });
    expect((await readOriginal(sarah, mas)).data.deviation).toBeNull();
    const tooLong = await readOriginal(sarah, official, 'x'.repeat(501));
    expect(tooLong.data?.deviation?.protectedDescription ?? null).toBeNull();
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'TEXT_LENGTH',
      field: 'reason',
      params: { min: 1, max: 500 },
    });
    const hsl = await report('HSL', 'Fel dos vid kvällsmedicinering');
    expect((await readOriginal(hsl, official)).data.deviation.protectedDescription).toBeNull();
    expect((await entriesOf(sarah)).total).toBe(0);
    expect((await entriesOf(hsl)).total).toBe(0);
  });

  it('returns no text when the log entry cannot be written', async () => {
    const id = await report('LEX_SARAH', 'Stöld från 19811218-9876');
    // The database refuses this one entry, as it would when full or away.
    await db().query(
      `ALTER TABLE access_log_entry ADD CONSTRAINT "test_refuses" CHECK (reason IS DISTINCT FROM 'vägras')`,
    );
    try {
      const read = await readOriginal(id, official, 'vägras');
      expect(read.data?.deviation?.protectedDescription ?? null).toBeNull();
      expect(read.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(read)).not.toContain('19811218-9876');
    } finally {
      await db().query(`ALTER TABLE access_log_entry DROP CONSTRAINT "test_refuses"`);
    }
    expect((await entriesOf(id)).total).toBe(0);
  });

  it('searches by period, reader and record for the administrator only; myAccessLog shows only one’s own', async () => {
    const maria = await report('LEX_MARIA', 'Fallskada hos 19811218-9876', mas);
    await readOriginal(maria, mas, 'Utredning av vårdskada');
    await readOriginal(maria, official);

    const search = async (f: Record<string, unknown>) =>
      (
        await gql(
          `query($f: AccessLogFilter) { accessLog(filter: $f) { total items { readerSub recordIds } } }`,
          {
            f,
          },
          admin,
        )
      ).data.accessLog;
    expect((await search({ userSub: 'mas-1' })).items.map((e: any) => e.recordIds)).toEqual([[maria]]);
    expect((await search({ userSub: 'mas-1', deviationId: maria })).total).toBe(1);
    expect((await search({ deviationId: maria })).total).toBe(2);
    expect((await search({ from: today, to: today, deviationId: maria })).total).toBe(2);
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    expect((await search({ to: yesterday, deviationId: maria })).total).toBe(0);
    expect((await search({ from: '2999-01-01' })).total).toBe(0);
    const paged = (
      await gql(`{ accessLog(paging: { offset: 0, limit: 1 }) { total offset limit items { id } } }`, {}, admin)
    ).data.accessLog;
    expect(paged).toMatchObject({ offset: 0, limit: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(4);

    // The old filter by deviation still finds them.
    expect((await search({ deviationId: maria })).total).toBe(2);
    expect((await search({ recordKind: 'DECISION_NOT_EXECUTED', recordId: maria })).total).toBe(0);
    for (const headers of [official, mas, manager])
      expect((await gql(`{ accessLog { total } }`, {}, headers)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'ROLE_REQUIRED',
      });

    const mine = (await gql(`{ myAccessLog { total items { readerSub recordIds reason } } }`, {}, mas)).data
      .myAccessLog;
    expect(mine.total).toBe(1);
    expect(mine.items).toEqual([{ readerSub: 'mas-1', recordIds: [maria], reason: 'Utredning av vårdskada' }]);
    const officials = (await gql(`{ myAccessLog { items { readerSub } } }`, {}, official)).data.myAccessLog;
    expect(officials.items.length).toBeGreaterThanOrEqual(2);
    expect(officials.items.every((e: any) => e.readerSub === officialIdentity.sub)).toBe(true);
    // A manager reads no protected text, but has reads of their own to see (none yet).
    expect((await gql(`{ myAccessLog { total } }`, {}, manager)).data.myAccessLog.total).toBe(0);
    const reporting = await handoffHeaders({ sub: 'rapport-1', name: 'Rapport', roles: ['REPORTING'] });
    expect((await gql(`{ myAccessLog { total } }`, {}, reporting)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('logs one deviation opened with its texts, and not one opened for its status alone', async () => {
    const id = await report('SOL_LSS', 'Brukaren föll i badrummet');
    const opened = await gql(
      `query($id: ID!) { deviation(id: $id) { id ...Texts } } fragment Texts on Deviation { description actions }`,
      { id },
      manager,
    );
    expect(opened.data.deviation.description).toBe('Brukaren föll i badrummet');
    const log = await entriesOf(id);
    expect(log.items).toEqual([
      expect.objectContaining({
        readerSub: 'chef-1',
        recordKind: 'DEVIATION',
        recordIds: [id],
        deviationKind: 'SOL_LSS',
        field: 'deviation',
        reason: null,
      }),
    ]);
    await gql(`query($id: ID!) { deviation(id: $id) { id status twoMonthRule { overdue } } }`, { id }, manager);
    // Lists of deviations are an overview, and not logged.
    await gql(`{ deviations { id description } deviationsPage { total items { id description } } }`, {}, manager);
    expect((await entriesOf(id)).total).toBe(1);
    expect(
      (await gql(`{ myAccessLog { items { recordIds field } } }`, {}, manager)).data.myAccessLog.items,
    ).toContainEqual({ recordIds: [id], field: 'deviation' });
  });

  it('logs a read of decisions not executed (one person each) with the decisions shown; counts are not logged', async () => {
    const woman = await registerDecision('WOMAN');
    const man = await registerDecision('MAN');
    const listed = (
      await gql(`{ decisionsNotExecuted { id gender decidedOn intervention } }`, {}, manager)
    ).data.decisionsNotExecuted.map((d: { id: string }) => d.id);
    expect(listed).toEqual(expect.arrayContaining([woman, man]));
    const log = await entriesOf(woman, 'DECISION_NOT_EXECUTED');
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      readerSub: 'chef-1',
      readerRoles: ['MANAGER'],
      recordKind: 'DECISION_NOT_EXECUTED',
      deviationKind: null,
      field: 'decisionsNotExecuted',
      reason: null,
    });
    expect(log.items[0].recordIds).toEqual(listed);
    expect((await entriesOf(man, 'DECISION_NOT_EXECUTED')).items.map((e: any) => e.id)).toEqual([log.items[0].id]);

    // Only ids and units, and the counts and shares, are about no one: not logged.
    const [year, month] = today.split('-').map(Number);
    const quarter = Math.ceil(month / 3);
    await gql(`{ decisionsNotExecuted { id unitId serviceArea } }`, {}, manager);
    await gql(`query($y: Int!) { decisionsNotExecutedByQuarter(year: $y) { quarter count } }`, { y: year }, manager);
    await gql(
      `query($i: DecisionQuarterInput!) { decisionsNotExecutedQuarterReport(input: $i) { count byGender { key numerator } } }`,
      { i: { year, quarter } },
      manager,
    );
    expect((await entriesOf(woman, 'DECISION_NOT_EXECUTED')).total).toBe(1);

    // The admin filters by kind; a deviation's record kind holds none of these.
    const decisions = (
      await gql(`{ accessLog(filter: { recordKind: DECISION_NOT_EXECUTED }) { items { recordKind } } }`, {}, admin)
    ).data.accessLog.items;
    expect(decisions.length).toBeGreaterThanOrEqual(1);
    expect(decisions.every((e: any) => e.recordKind === 'DECISION_NOT_EXECUTED')).toBe(true);
    expect((await entriesOf(woman, 'DEVIATION')).total).toBe(0);

    // The manager sees the read as theirs.
    const mine = (await gql(`{ myAccessLog { items { recordKind recordIds field } } }`, {}, manager)).data.myAccessLog
      .items;
    expect(mine).toContainEqual({
      recordKind: 'DECISION_NOT_EXECUTED',
      recordIds: listed,
      field: 'decisionsNotExecuted',
    });

    // The entry cannot be changed, even by SQL through the service's own connection.
    const [entry] = log.items;
    await expect(db().query(`UPDATE access_log_entry SET record_ids = '{}' WHERE id = $1`, [entry.id])).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(
      db().query(
        `UPDATE access_log_entry SET reason = '[Gallrad 2030-01-01]', record_kind = 'DEVIATION' WHERE id = $1`,
        [entry.id],
      ),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db().query(`DELETE FROM access_log_entry WHERE id = $1`, [entry.id])).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    expect((await entriesOf(woman, 'DECISION_NOT_EXECUTED')).items[0]).toEqual(entry);
  });

  it("logs the quarter report's decisions when they are read", async () => {
    // Decided 200 days ago and not executed: reportable this quarter.
    const decision = await registerDecision('NOT_STATED', addDays(today, -200));
    const [year, month] = today.split('-').map(Number);
    const quarter = Math.ceil(month / 3);
    const reportRead = await gql(
      `query($i: DecisionQuarterInput!) { decisionsNotExecutedQuarterReport(input: $i) { count decisions { id gender reason } } }`,
      { i: { year, quarter } },
      official,
    );
    const shown = reportRead.data.decisionsNotExecutedQuarterReport.decisions.map((d: { id: string }) => d.id);
    const entries = (
      await gql(
        `{ accessLog(filter: { recordKind: DECISION_NOT_EXECUTED, userSub: "${officialIdentity.sub}" }) { items { field recordIds } } }`,
        {},
        admin,
      )
    ).data.accessLog.items;
    expect(shown).toContain(decision);
    expect(entries[0]).toEqual({ field: 'decisionsNotExecutedQuarterReport.decisions', recordIds: shown });
  });

  it('cannot be changed: the database refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    const id = await report('LEX_SARAH', 'Hot mot 19811218-9876');
    await readOriginal(id, official, 'Första läsningen');
    await expect(
      db().query(`UPDATE access_log_entry SET reason = 'ändrad' WHERE record_ids @> ARRAY[$1::uuid]`, [id]),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db().query(`DELETE FROM access_log_entry WHERE record_ids @> ARRAY[$1::uuid]`, [id])).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(db().query(`TRUNCATE access_log_entry`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect((await entriesOf(id)).items).toEqual([expect.objectContaining({ reason: 'Första läsningen' })]);
    // And the API has no way to change it.
    const mutations = (
      await gql(`{ __schema { mutationType { fields { name } } } }`, {}, admin)
    ).data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((name: string) => /access ?log/i.test(name))).toEqual([]);
  });
  it('keeps the entries written before records had kinds: each becomes a read of one DEVIATION', async () => {
    const id = await report('LEX_MARIA', 'Felmedicinering av 19811218-9876', mas);
    await readOriginal(id, mas, 'Före flytten');
    // Back to the log as it was (one deviation per entry), then forward again.
    await db().undoLastMigration();
    const [old] = await db().query(
      `SELECT deviation_id, deviation_kind, reason FROM access_log_entry WHERE reason = $1`,
      ['Före flytten'],
    );
    expect(old).toEqual({ deviation_id: id, deviation_kind: 'LEX_MARIA', reason: 'Före flytten' });
    await db().runMigrations();
    expect((await entriesOf(id)).items).toEqual([
      expect.objectContaining({
        recordKind: 'DEVIATION',
        recordIds: [id],
        deviationKind: 'LEX_MARIA',
        field: 'protectedDescription',
        reason: 'Före flytten',
      }),
    ]);
    expect(await pendingSchemaChanges(db())).toEqual([]);
    await expect(db().query(`DELETE FROM access_log_entry`)).rejects.toThrow(/append-only: DELETE refused/);
  });
});
