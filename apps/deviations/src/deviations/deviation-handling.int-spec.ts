import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TopicName } from '@kvalitetsnav/events';
import { KafkaClient, OutboxRelay } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/calendar';
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

const FIELDS = `id kind status description redactions reportedOn actionsRegisteredOn finalAssessedOn seriousness ivoReportedOn twoMonthRule { deadline overdue assessedInTime } statusHistory { fromStatus toStatus changedBy }`;

describe('deviation handling (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let manager: Record<string, string>;
  let providerHeaders: Record<string, string>;
  const today = stockholmToday();
  const providerId = randomUUID();
  const otherProviderId = randomUUID();
  const unitId = randomUUID();
  const otherUnitId = randomUUID();
  const boardId = randomUUID();

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const report = (input: Record<string, unknown>, headers = official) =>
    gql(`mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { ${FIELDS} } }`, { i: input }, headers);
  const move = (deviationId: string, to: string, text?: string, headers = official) =>
    gql(
      `mutation($i: ChangeDeviationStatusInput!) { changeDeviationStatus(input: $i) { ${FIELDS} } }`,
      { i: { deviationId, to, text } },
      headers,
    );
  const count = async (table: string) =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM ${table}`))[0].count);

  const send = (topic: TopicName, key: string, payload: unknown, eventId?: string) =>
    sendTestEvent(service.app.get(KafkaClient), topic, key, payload, eventId);

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    manager = await handoffHeaders({ sub: 'chef', name: 'Chef', roles: ['MANAGER'] });
    providerHeaders = await handoffHeaders({ sub: 'api-key:a', name: 'A', roles: ['PROVIDER'], providerId });
    await send('contracts.unit.v1', unitId, {
      id: unitId,
      providerId,
      name: 'Särskilt boende Eken',
      serviceArea: 'NURSING_HOME',
      places: 40,
      version: 1,
    });
    await send('contracts.unit.v1', otherUnitId, {
      id: otherUnitId,
      providerId: otherProviderId,
      name: 'Hemtjänst Syd',
      serviceArea: 'HOME_CARE',
      places: null,
      // The first unit's event is as events were before units had boards: without one.
      boardId,
      version: 1,
    });
    await waitFor(
      async () => Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref`))[0].count) === 2,
      { what: 'units from contracts' },
    );
  });
  afterAll(() => service?.close());

  it('gives the MAS/MAR the HSL deviations and lex Maria, and answers every other kind as unknown', async () => {
    const mas = await handoffHeaders({ sub: 'mas', name: 'Mia MAS', roles: ['MEDICALLY_RESPONSIBLE'] });
    const hsl = (
      await report({ unitId, kind: 'HSL', occurredOn: today, description: 'Fel dos vid kvällsmedicinering' })
    ).data.reportDeviation;
    const maria = (
      await report({ unitId, kind: 'LEX_MARIA', occurredOn: today, description: 'Fallskada hos 19811218-9876' }, mas)
    ).data.reportDeviation;
    const sarah = (await report({ unitId, kind: 'LEX_SARAH', occurredOn: today, description: 'Kränkande bemötande' }))
      .data.reportDeviation;
    const seen = (await gql(`query { deviations { id kind } }`, {}, mas)).data.deviations;
    expect(seen.every((d: { kind: string }) => d.kind === 'HSL' || d.kind === 'LEX_MARIA')).toBe(true);
    expect(seen.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([hsl.id, maria.id]));
    expect(seen.map((d: { id: string }) => d.id)).not.toContain(sarah.id);
    const page = (await gql(`query { deviationsPage { total items { kind } } }`, {}, mas)).data.deviationsPage;
    expect(page.items.every((d: { kind: string }) => d.kind === 'HSL' || d.kind === 'LEX_MARIA')).toBe(true);

    const one = (id: string) => gql(`query($id: ID!) { deviation(id: $id) { id protectedDescription } }`, { id }, mas);
    expect((await one(sarah.id)).data.deviation).toBeNull();
    expect((await one(maria.id)).data.deviation.protectedDescription).toBe('Fallskada hos 19811218-9876');
    const handled = await move(sarah.id, 'INVESTIGATING', undefined, mas);
    expect(handled.errors?.[0].extensions).toMatchObject({ rule: 'UNKNOWN', field: 'deviationId' });
    expect((await move(hsl.id, 'INVESTIGATING', undefined, mas)).data.changeDeviationStatus.status).toBe(
      'INVESTIGATING',
    );

    const before = await count('deviation');
    const refused = await report({ unitId, kind: 'SOL_LSS', occurredOn: today, description: 'Utebliven insats' }, mas);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'KIND_NOT_HANDLED',
      field: 'kind',
      params: { kind: 'SOL_LSS', kinds: ['HSL', 'LEX_MARIA'] },
    });
    const complaint = await gql(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`,
      {
        i: { unitId, receivedOn: today, description: 'Klagomål', complainant: 'RELATIVE', category: 'TREATMENT' },
      },
      mas,
    );
    expect(complaint.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('deviation')).toBe(before);
  });

  it('takes a deviation through the workflow, recording who and when, and refuses skipping steps', async () => {
    const created = await report(
      { unitId, kind: 'SOL_LSS', occurredOn: today, description: 'Utebliven dusch enligt genomförandeplan' },
      providerHeaders,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.reportDeviation.id;
    const skip = await move(id, 'CLOSED');
    expect(skip.errors?.[0]).toMatchObject({
      message: 'a deviation that is REPORTED can only go to INVESTIGATING, not CLOSED',
      extensions: {
        code: 'CONFLICT',
        field: 'to',
        rule: 'NOT_NEXT_STATUS',
        params: { from: 'REPORTED', to: 'CLOSED', next: 'INVESTIGATING' },
      },
    });
    await move(id, 'INVESTIGATING', undefined, providerHeaders);
    const noText = await move(id, 'ACTIONS_REGISTERED');
    expect(noText.errors?.[0]).toMatchObject({
      message: 'text must describe the actions registered',
      extensions: { field: 'text', rule: 'STEP_TEXT_REQUIRED', params: { to: 'ACTIONS_REGISTERED' } },
    });
    await move(id, 'ACTIONS_REGISTERED', 'Rutin för dusch genomgången med personalen');
    await move(id, 'FINAL_ASSESSMENT', 'Åtgärden bedöms tillräcklig');
    const closed = (await move(id, 'CLOSED', undefined, manager)).data.changeDeviationStatus;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      actionsRegisteredOn: today,
      finalAssessedOn: today,
      twoMonthRule: { overdue: false, assessedInTime: true },
    });
    expect(closed.statusHistory.map((h: any) => [h.fromStatus, h.toStatus, h.changedBy])).toEqual([
      [null, 'REPORTED', 'api-key:a'],
      ['REPORTED', 'INVESTIGATING', 'api-key:a'],
      ['INVESTIGATING', 'ACTIONS_REGISTERED', 'test-official'],
      ['ACTIONS_REGISTERED', 'FINAL_ASSESSMENT', 'test-official'],
      ['FINAL_ASSESSMENT', 'CLOSED', 'chef'],
    ]);
    const again = await move(id, 'REPORTED');
    expect(again.errors?.[0]?.message).toBe('a deviation that is CLOSED cannot change status');
  });

  it('redacts personal identity numbers from texts, and keeps the original of a lex Sarah report for officials only', async () => {
    const plain = (
      await report({ unitId, kind: 'HSL', occurredOn: today, description: 'Brukare 811218-9876 fick fel dos' })
    ).data.reportDeviation;
    expect(plain).toMatchObject({ description: 'Brukare [personnummer] fick fel dos', redactions: 1 });
    const sarah = (
      await report({
        unitId,
        kind: 'LEX_SARAH',
        occurredOn: today,
        description: 'Kränkande bemötande av 19811218-9876',
      })
    ).data.reportDeviation;
    expect(sarah.description).toBe('Kränkande bemötande av [personnummer]');
    const asOfficial = await gql(`query($id: ID!) { deviation(id: $id) { protectedDescription } }`, { id: sarah.id });
    expect(asOfficial.data.deviation.protectedDescription).toBe('Kränkande bemötande av 19811218-9876');
    const asManager = await gql(
      `query($id: ID!) { deviation(id: $id) { protectedDescription } }`,
      { id: sarah.id },
      manager,
    );
    expect(asManager.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', field: 'protectedDescription', rule: 'ROLE_REQUIRED' },
    });
    expect(
      Number(
        (
          await service.app
            .get(DataSource)
            .query(`SELECT count(*) FROM deviation_protected_text WHERE deviation_id = $1`, [plain.id])
        )[0].count,
      ),
    ).toBe(0);

    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope::text AS text FROM outbox WHERE message_key = ANY($1)`, [[plain.id, sarah.id]]);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.text).not.toMatch(/9876|fel dos|Kränkande/);
  });

  it('handles lex Sarah: seriousness, the report to IVO, and no closing before it', async () => {
    const id = (await report({ unitId, kind: 'LEX_SARAH', occurredOn: today, description: 'Brist i tillsyn nattetid' }))
      .data.reportDeviation.id;
    await move(id, 'INVESTIGATING');
    await move(id, 'ACTIONS_REGISTERED', 'Nattbemanning utökad');
    const unassessed = await move(id, 'FINAL_ASSESSMENT', 'Allvarligt missförhållande');
    expect(unassessed.errors?.[0]).toMatchObject({
      message: 'a LEX_SARAH report needs its seriousness assessed before the final assessment',
      extensions: { field: 'to', rule: 'SERIOUSNESS_NOT_ASSESSED', params: { kind: 'LEX_SARAH' } },
    });
    await gql(`mutation($i: AssessSeriousnessInput!) { assessSeriousness(input: $i) { seriousness } }`, {
      i: { deviationId: id, seriousness: 'SERIOUS' },
    });
    await move(id, 'FINAL_ASSESSMENT', 'Allvarligt missförhållande');
    const early = await move(id, 'CLOSED');
    expect(early.errors?.[0]?.message).toBe('a serious LEX_SARAH must be reported to IVO before it is closed');
    const ivo = await gql(`mutation($i: ReportToIvoInput!) { reportDeviationToIvo(input: $i) { ivoReportedOn } }`, {
      i: { deviationId: id, reportedOn: today, ivoReference: '3.5.1-12345/2022' },
    });
    expect(ivo.data.reportDeviationToIvo.ivoReportedOn).toBe(today);
    expect((await move(id, 'CLOSED')).data.changeDeviationStatus.status).toBe('CLOSED');
    const history = await gql(
      `query($id: ID!) { deviation(id: $id) { assessmentHistory { seriousness ivoReportedOn ivoReference changedBy } } }`,
      { id },
    );
    expect(history.data.deviation.assessmentHistory).toEqual([
      { seriousness: 'SERIOUS', ivoReportedOn: null, ivoReference: null, changedBy: expect.any(String) },
      { seriousness: null, ivoReportedOn: today, ivoReference: '3.5.1-12345/2022', changedBy: expect.any(String) },
    ]);
    const notLex = await report({ unitId, kind: 'SOL_LSS', occurredOn: today, description: 'x' });
    const refused = await gql(`mutation($i: AssessSeriousnessInput!) { assessSeriousness(input: $i) { id } }`, {
      i: { deviationId: notLex.data.reportDeviation.id, seriousness: 'SERIOUS' },
    });
    expect(refused.errors?.[0]?.message).toBe(
      'seriousness is assessed for lex Sarah and lex Maria reports, not SOL_LSS',
    );
  });

  it('registers complaints and publishes them on deviations.complaint.v1', async () => {
    const created = await gql(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id kind complainant complaintCategory occurredOn } }`,
      {
        i: {
          unitId,
          receivedOn: today,
          complainant: 'RELATIVE',
          category: 'TREATMENT',
          description: 'Anhörig upplever otrevligt bemötande',
        },
      },
    );
    expect(created.data.registerComplaint).toMatchObject({
      kind: 'COMPLAINT',
      complainant: 'RELATIVE',
      complaintCategory: 'TREATMENT',
      occurredOn: today,
    });
    const viaReport = await report({ unitId, kind: 'COMPLAINT', occurredOn: today, description: 'x' });
    expect(viaReport.errors?.[0]).toMatchObject({
      message: 'kind COMPLAINT is registered with registerComplaint',
      extensions: { field: 'kind', rule: 'KIND_REGISTERED_ELSEWHERE' },
    });
    await service.app.get(OutboxRelay).flush();
    const [event] = await service.app
      .get(DataSource)
      .query(`SELECT topic, envelope FROM outbox WHERE message_key = $1`, [created.data.registerComplaint.id]);
    expect(event).toMatchObject({
      topic: 'deviations.complaint.v1',
      envelope: {
        type: 'ComplaintRegistered',
        payload: { unitId, providerId, receivedOn: today, serviceArea: 'NURSING_HOME' },
      },
    });
  });

  it('imports a CSV period all or nothing, with per-row errors', async () => {
    const header = 'unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on';
    const good = [
      header,
      `${unitId},SOL_LSS,2022-01-10,2022-01-11,Fall,CLOSED,2022-01-20,2022-02-01`,
      `${unitId},HSL,2022-01-15,2022-01-15,"Läkemedel, fel tid",REPORTED,,`,
    ].join('\n');
    const bad = [
      header,
      `${unitId},SOL_LSS,2022-01-10,2022-01-11,Fall,,,`,
      `${otherUnitId},SOL_LSS,2022-01-10,2022-01-11,Fall,,,`,
      `${randomUUID()},SOL_LSS,2022-01-10,2022-01-11,Fall,,,`,
    ].join('\n');
    const before = [await count('deviation'), await count('outbox')];
    const rejected = await gql(
      `mutation($csv: String!) { importDeviations(csv: $csv) { accepted imported errors { line column message } } }`,
      { csv: bad },
      providerHeaders,
    );
    expect(rejected.data.importDeviations).toEqual({
      accepted: false,
      imported: 0,
      errors: [
        // Another provider's unit answers as one that does not exist.
        { line: 3, column: 'unit_id', message: `${otherUnitId} is not a known unit` },
        { line: 4, column: 'unit_id', message: expect.stringContaining('is not a known unit') },
      ],
    });
    expect([await count('deviation'), await count('outbox')]).toEqual(before);
    const imported = await gql(
      `mutation($csv: String!) { importDeviations(csv: $csv) { accepted imported errors { line } } }`,
      { csv: good },
      providerHeaders,
    );
    expect(imported.data.importDeviations).toEqual({ accepted: true, imported: 2, errors: [] });
    expect([await count('deviation'), await count('outbox')]).toEqual([before[0] + 2, before[1] + 2]);
  });

  it('gives each import error its rule and params', async () => {
    const csv = [
      'unit_id,kind,occurred_on,reported_on,description',
      `${otherUnitId},SOL_LSS,2022-01-10,2022-01-11,Fall`,
      `${unitId},PARKING,2022-01-10,2022-01-11,Fall`,
    ].join('\n');
    const rejected = await gql(
      `mutation($csv: String!) { importDeviations(csv: $csv) { accepted errors { line column message rule params } } }`,
      { csv },
      providerHeaders,
    );
    expect(rejected.data.importDeviations.errors).toEqual([
      {
        line: 3,
        column: 'kind',
        message: 'must be one of SOL_LSS, HSL, LEX_SARAH, LEX_MARIA, COMPLAINT',
        rule: 'NOT_ONE_OF',
        params: { allowed: ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA', 'COMPLAINT'] },
      },
    ]);
    const foreign = await gql(
      `mutation($csv: String!) { importDeviations(csv: $csv) { errors { rule params } } }`,
      { csv: csv.split('\n').slice(0, 2).join('\n') },
      providerHeaders,
    );
    expect(foreign.data.importDeviations.errors).toEqual([
      { rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [otherUnitId] } },
    ]);
  });

  it("answers another provider's deviation and unit exactly as ones that do not exist", async () => {
    const foreign = (
      await report({ unitId: otherUnitId, kind: 'SOL_LSS', occurredOn: today, description: 'Utebliven insats' })
    ).data.reportDeviation.id;
    const missing = randomUUID();
    const asProvider = async (deviationId: string) =>
      (await move(deviationId, 'INVESTIGATING', undefined, providerHeaders)).errors?.[0];
    expect(await asProvider(foreign)).toMatchObject({
      message: `deviationId ${foreign} is not a known deviation`,
      extensions: {
        code: 'NOT_FOUND',
        field: 'deviationId',
        rule: 'UNKNOWN',
        params: { entity: 'DEVIATION', ids: [foreign] },
      },
    });
    expect((await asProvider(missing))?.extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'deviationId',
      rule: 'UNKNOWN',
      params: { entity: 'DEVIATION', ids: [missing] },
    });
    const read = await gql(`query($id: ID!) { deviation(id: $id) { id } }`, { id: foreign }, providerHeaders);
    expect(read.data.deviation).toBeNull();
    const onForeignUnit = await report(
      { unitId: otherUnitId, kind: 'HSL', occurredOn: today, description: 'x' },
      providerHeaders,
    );
    expect(onForeignUnit.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'unitId', rule: 'UNKNOWN', params: { entity: 'UNIT' } },
    });
    const figures = await gql(
      `query($p: ID) { deviationStatistics(filter: { providerId: $p }) { total } }`,
      { p: otherProviderId },
      providerHeaders,
    );
    expect(figures.data.deviationStatistics.total).toBe(0);
  });

  it('lists deviations past the two-month rule and counts the shares per sector', async () => {
    const header = 'unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on';
    const csv = [
      header,
      `${otherUnitId},SOL_LSS,2021-03-01,2021-03-01,Sen insats,REPORTED,,`,
      `${otherUnitId},SOL_LSS,2021-03-01,2021-03-01,Sen insats,FINAL_ASSESSMENT,2021-03-05,2021-04-30`,
    ].join('\n');
    expect(
      (await gql(`mutation($csv: String!) { importDeviations(csv: $csv) { accepted } }`, { csv })).data.importDeviations
        .accepted,
    ).toBe(true);
    const overdue = await gql(`{ overdueDeviations { unitId reportedOn twoMonthRule { deadline overdue } } }`);
    expect(overdue.data.overdueDeviations).toContainEqual({
      unitId: otherUnitId,
      reportedOn: '2021-03-01',
      twoMonthRule: { deadline: '2021-05-01', overdue: true },
    });
    const asProvider = await gql(`{ overdueDeviations { unitId } }`, {}, providerHeaders);
    expect(asProvider.data.overdueDeviations.map((d: any) => d.unitId)).not.toContain(otherUnitId);

    const bySector = await gql(
      `{ deviationStatisticsBy(groupBy: SECTOR, filter: { from: "2021-01-01", to: "2021-12-31" }) { key statistics { deviations overdue closedWithinTwoMonths { numerator denominator share } } } }`,
    );
    const homeCare = bySector.data.deviationStatisticsBy.find((g: any) => g.key === 'HOME_CARE');
    expect(homeCare.statistics).toEqual({
      deviations: 2,
      overdue: 1,
      closedWithinTwoMonths: { numerator: 1, denominator: 2, share: 0.5 },
    });
    expect(bySector.data.deviationStatisticsBy.map((g: any) => g.key)).toEqual([
      'INDIVIDUAL_AND_FAMILY_CARE',
      'AUTHORITY',
      'DISABILITY',
      'NURSING_HOME',
      'HOME_CARE',
    ]);

    // Per board: the deviations of the board's units, as the catalogue has the units' boards.
    const ofBoard = (b: string) =>
      gql(
        `query($b: ID) { deviationStatistics(filter: { from: "2021-01-01", to: "2021-12-31", boardId: $b }) { deviations } }`,
        {
          b,
        },
      );
    expect((await ofBoard(boardId)).data.deviationStatistics.deviations).toBe(2);
    expect((await ofBoard(randomUUID())).data.deviationStatistics.deviations).toBe(0);
  });

  it('counts decisions not executed within three months per quarter', async () => {
    const register = (decidedOn: string) =>
      gql(`mutation($i: RegisterDecisionNotExecutedInput!) { registerDecisionNotExecuted(input: $i) { id } }`, {
        i: {
          serviceArea: 'LSS_SERVICE_HOME',
          law: 'LSS',
          gender: 'WOMAN',
          intervention: 'Bostad med särskild service LSS 9 § 9',
          decidedOn,
          reason: 'Nyproduktion försenad',
        },
      });
    const late = (await register('2021-12-15')).data.registerDecisionNotExecuted.id;
    await register('2021-11-01');
    await gql(`mutation($i: MarkDecisionExecutedInput!) { markDecisionExecuted(input: $i) { executedOn } }`, {
      i: { decisionId: late, executedOn: '2022-04-10' },
    });
    const quarters = await gql(`{ decisionsNotExecutedByQuarter(year: 2022) { quarter count } }`);
    expect(quarters.data.decisionsNotExecutedByQuarter).toEqual([
      { quarter: '2022-Q1', count: 2 },
      { quarter: '2022-Q2', count: 2 },
      { quarter: '2022-Q3', count: 1 },
      { quarter: '2022-Q4', count: 1 },
    ]);
    const future = await register('2999-01-01');
    expect(future.errors?.[0]).toMatchObject({
      extensions: { code: 'VALIDATION_FAILED', field: 'decidedOn', rule: 'IN_THE_FUTURE' },
    });
  });

  it('links root causes from the managed list and follows an improvement through PDSA', async () => {
    const causes = (await gql(`{ rootCauses { id code } }`)).data.rootCauses;
    expect(causes.map((c: any) => c.code)).toContain('NO_SUPERVISION_OUTSIDE_OFFICE_HOURS');
    const deviation = (
      await report({ unitId, kind: 'SOL_LSS', occurredOn: today, description: 'Ingen arbetsledning på natten' })
    ).data.reportDeviation.id;
    const staffing = causes.find((c: any) => c.code === 'STAFFING').id;
    const night = causes.find((c: any) => c.code === 'NO_SUPERVISION_OUTSIDE_OFFICE_HOURS').id;
    const linked = await gql(
      `mutation($i: SetRootCausesInput!) { setDeviationRootCauses(input: $i) { rootCauses { code } } }`,
      { i: { deviationId: deviation, rootCauseIds: [staffing, night] } },
    );
    expect(linked.data.setDeviationRootCauses.rootCauses.map((c: any) => c.code).sort()).toEqual([
      'NO_SUPERVISION_OUTSIDE_OFFICE_HOURS',
      'STAFFING',
    ]);
    await gql(`mutation($i: SetRootCauseActiveInput!) { setRootCauseActive(input: $i) { active } }`, {
      i: { rootCauseId: staffing, active: false },
    });
    const retired = await gql(`mutation($i: SetRootCausesInput!) { setDeviationRootCauses(input: $i) { id } }`, {
      i: { deviationId: deviation, rootCauseIds: [staffing] },
    });
    expect(retired.errors?.[0]).toMatchObject({
      extensions: { field: 'rootCauseIds', rule: 'NOT_ACTIVE_ROOT_CAUSES', params: { ids: [staffing] } },
    });

    const improvement = (
      await gql(`mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { id phase unitId } }`, {
        i: {
          title: 'Arbetsledning kvällar och helger',
          plan: 'Jourhavande chef per telefon',
          deviationIds: [deviation],
        },
      })
    ).data.createImprovement;
    expect(improvement).toMatchObject({ phase: 'PLAN', unitId });
    const step = (notes: string, extra: Record<string, unknown> = {}) =>
      gql(
        `mutation($i: CompleteImprovementPhaseInput!) { completeImprovementPhase(input: $i) { phase studyResult actDecision } }`,
        { i: { improvementId: improvement.id, notes, ...extra } },
      );
    const first = await step('Plan klar');
    expect(first.errors).toBeUndefined();
    await step('Infört från 1 mars');
    expect((await step('Utvärderat')).errors?.[0]).toMatchObject({
      extensions: { field: 'studyResult', rule: 'STUDY_RESULT_REQUIRED' },
    });
    await step('Färre avvikelser nattetid', { studyResult: 'WORKED' });
    expect((await step('Införs i alla boenden', { actDecision: 'ADOPT' })).data.completeImprovementPhase).toEqual({
      phase: 'DONE',
      studyResult: 'WORKED',
      actDecision: 'ADOPT',
    });
  });

  it('links a deviation to a contracts follow-up it learns of over Kafka, only within the provider', async () => {
    const followUpId = randomUUID();
    const foreignFollowUpId = randomUUID();
    const followUp = (id: string, owner: string) => ({
      id,
      type: 'SPECIFIC',
      status: 'REPORTED',
      contractId: randomUUID(),
      providerId: owner,
      unitIds: [],
      plannedOn: today,
      closedOn: null,
      decisionNeeded: false,
      openActions: 1,
      version: 1,
    });
    await send('contracts.follow-up.v1', followUpId, followUp(followUpId, providerId));
    await send('contracts.follow-up.v1', foreignFollowUpId, followUp(foreignFollowUpId, otherProviderId));
    await waitFor(
      async () =>
        Number((await service.app.get(DataSource).query(`SELECT count(*) FROM follow_up_ref`))[0].count) === 2,
      { what: 'follow-ups from contracts' },
    );
    const deviation = (
      await report({ unitId, kind: 'SOL_LSS', occurredOn: today, description: 'Genomförandeplan saknas' })
    ).data.reportDeviation.id;
    const link = (id: string) =>
      gql(
        `mutation($i: LinkFollowUpInput!) { linkDeviationToFollowUp(input: $i) { followUpId } }`,
        { i: { deviationId: deviation, followUpId: id } },
        providerHeaders,
      );
    expect((await link(followUpId)).data.linkDeviationToFollowUp.followUpId).toBe(followUpId);
    expect((await link(foreignFollowUpId)).errors?.[0]).toMatchObject({
      message: 'followUpId is a follow-up of another provider',
      extensions: { field: 'followUpId', rule: 'FOLLOW_UP_OF_ANOTHER_PROVIDER' },
    });
    expect((await link(randomUUID())).errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'followUpId', rule: 'UNKNOWN', params: { entity: 'FOLLOW_UP' } },
    });
  });
});
