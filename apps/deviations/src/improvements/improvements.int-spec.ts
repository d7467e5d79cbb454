import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TopicName } from '@kvalitetsnav/events';
import { KafkaClient } from '@kvalitetsnav/messaging';
import { quarterOf, stockholmToday } from '@kvalitetsnav/calendar';
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
import { ImprovementLinks1796700000500 } from '../migrations/1796700000500-improvement-links';

const IMPROVEMENT = `id unitId providerId followUpId deviationIds deviations { id } followUp { id providerId type }`;

describe('improvements: links to deviations and follow-ups, counted per period (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let providerHeaders: Record<string, string>;
  const today = stockholmToday();
  const providerId = randomUUID();
  const otherProviderId = randomUUID();
  const unitId = randomUUID();
  const otherUnitId = randomUUID();
  const followUpId = randomUUID();
  const foreignFollowUpId = randomUUID();

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const db = () => service.app.get(DataSource);
  const count = async (sql: string, params: unknown[] = []) => Number((await db().query(sql, params))[0].count);
  const send = (topic: TopicName, key: string, payload: unknown) =>
    sendTestEvent(service.app.get(KafkaClient), topic, key, payload);
  const report = async (unit: string, headers = official) =>
    (
      await gql(
        `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id } }`,
        { i: { unitId: unit, kind: 'SOL_LSS', occurredOn: today, description: 'Läkemedel gavs inte' } },
        headers,
      )
    ).data.reportDeviation.id as string;
  const create = (input: Record<string, unknown>, headers = official) =>
    gql(
      `mutation($i: CreateImprovementInput!) { createImprovement(input: $i) { ${IMPROVEMENT} } }`,
      { i: { title: 'Signering av läkemedel', plan: 'Dubbelsignering', deviationIds: [], ...input } },
      headers,
    );
  const step = (improvementId: string, extra: Record<string, unknown> = {}) =>
    gql(
      `mutation($i: CompleteImprovementPhaseInput!) { completeImprovementPhase(input: $i) { phase actCompletedOn } }`,
      { i: { improvementId, notes: 'Klart', ...extra } },
    );

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    providerHeaders = await handoffHeaders({ sub: 'api-key:a', name: 'A', roles: ['PROVIDER'], providerId });
    const unit = (id: string, owner: string) => ({
      id,
      providerId: owner,
      name: `Boende ${id.slice(0, 4)}`,
      serviceArea: 'NURSING_HOME',
      places: 20,
      version: 1,
    });
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
    await send('contracts.unit.v1', unitId, unit(unitId, providerId));
    await send('contracts.unit.v1', otherUnitId, unit(otherUnitId, otherProviderId));
    await send('contracts.follow-up.v1', followUpId, followUp(followUpId, providerId));
    await send('contracts.follow-up.v1', foreignFollowUpId, followUp(foreignFollowUpId, otherProviderId));
    await waitFor(
      async () =>
        (await count(`SELECT count(*) FROM unit_ref WHERE id = ANY($1)`, [[unitId, otherUnitId]])) === 2 &&
        (await count(`SELECT count(*) FROM follow_up_ref WHERE id = ANY($1)`, [[followUpId, foreignFollowUpId]])) === 2,
      { what: 'units and follow-ups from contracts' },
    );
  });
  afterAll(() => service?.close());

  it('stores the deviations and the follow-up an improvement came from, and shows it on the deviations', async () => {
    const [first, second] = [await report(unitId), await report(unitId)];
    const created = await create({ deviationIds: [first, second, first], followUpId });
    expect(created.errors).toBeUndefined();
    const improvement = created.data.createImprovement;
    expect(improvement).toMatchObject({ unitId, providerId, followUpId, followUp: { id: followUpId, providerId } });
    expect([...improvement.deviationIds].sort()).toEqual([first, second].sort());
    expect(improvement.deviations.map((d: any) => d.id).sort()).toEqual([first, second].sort());
    expect(await count(`SELECT count(*) FROM improvement_deviation WHERE improvement_id = $1`, [improvement.id])).toBe(
      2,
    );

    const page = await gql(`query($id: ID!) { deviation(id: $id) { improvements { id title } } }`, { id: first });
    expect(page.data.deviation.improvements).toEqual([{ id: improvement.id, title: 'Signering av läkemedel' }]);

    const relinked = await gql(
      `mutation($i: LinkImprovementToDeviationsInput!) { linkImprovementToDeviations(input: $i) { ${IMPROVEMENT} } }`,
      { i: { improvementId: improvement.id, deviationIds: [second] } },
    );
    expect(relinked.data.linkImprovementToDeviations.deviationIds).toEqual([second]);
    expect((await gql(`query($id: ID!) { deviation(id: $id) { improvements { id } } }`, { id: first })).data).toEqual({
      deviation: { improvements: [] },
    });
    const unlinked = await gql(
      `mutation($i: LinkImprovementToDeviationsInput!) { linkImprovementToDeviations(input: $i) { deviationIds unitId } }`,
      { i: { improvementId: improvement.id, deviationIds: [] } },
    );
    expect(unlinked.data.linkImprovementToDeviations).toEqual({ deviationIds: [], unitId: null });

    const linkFollowUp = (id: string | null, headers = official) =>
      gql(
        `mutation($i: LinkImprovementToFollowUpInput!) { linkImprovementToFollowUp(input: $i) { ${IMPROVEMENT} } }`,
        { i: { improvementId: improvement.id, followUpId: id } },
        headers,
      );
    const withoutFollowUp = await linkFollowUp(null);
    expect(withoutFollowUp.data.linkImprovementToFollowUp).toMatchObject({ followUpId: null, followUp: null });
    const foreign = await linkFollowUp(foreignFollowUpId);
    expect(foreign.data.linkImprovementToFollowUp).toMatchObject({ followUpId: foreignFollowUpId });
    const again = await linkFollowUp(followUpId);
    expect(again.data.linkImprovementToFollowUp).toMatchObject({ followUpId, followUp: { id: followUpId } });
  });

  it("relinks an improvement's follow-up only to a known one of its provider", async () => {
    const kept = (await create({ deviationIds: [await report(unitId)] })).data.createImprovement;
    const linkFollowUp = (id: string | null, headers = official, improvementId = kept.id) =>
      gql(
        `mutation($i: LinkImprovementToFollowUpInput!) { linkImprovementToFollowUp(input: $i) { followUpId } }`,
        { i: { improvementId, followUpId: id } },
        headers,
      );
    expect((await linkFollowUp(foreignFollowUpId)).errors?.[0]).toMatchObject({
      extensions: { field: 'followUpId', rule: 'FOLLOW_UP_OF_ANOTHER_PROVIDER' },
    });
    const missing = randomUUID();
    expect((await linkFollowUp(missing)).errors?.[0]).toMatchObject({
      extensions: { field: 'followUpId', rule: 'UNKNOWN', params: { entity: 'FOLLOW_UP', ids: [missing] } },
    });
    expect((await linkFollowUp('not-an-id')).errors?.[0]).toMatchObject({
      extensions: { code: 'VALIDATION_FAILED', field: 'followUpId' },
    });
    const unknownImprovement = randomUUID();
    expect((await linkFollowUp(followUpId, official, unknownImprovement)).errors?.[0]).toMatchObject({
      extensions: { field: 'improvementId', rule: 'UNKNOWN' },
    });
    const foreignImprovement = (await create({ deviationIds: [await report(otherUnitId)] })).data.createImprovement;
    expect((await linkFollowUp(followUpId, providerHeaders, foreignImprovement.id)).errors?.[0]).toMatchObject({
      extensions: { field: 'improvementId', rule: 'UNKNOWN' },
    });
    expect(await db().query(`SELECT follow_up_id FROM improvement WHERE id = $1`, [kept.id])).toEqual([
      { follow_up_id: null },
    ]);
    expect((await linkFollowUp(followUpId, providerHeaders)).data.linkImprovementToFollowUp).toEqual({ followUpId });
  });

  it('refuses unknown or foreign deviations and unfit follow-ups at their field, storing nothing', async () => {
    const own = await report(unitId);
    const foreign = await report(otherUnitId);
    const unknown = randomUUID();
    const before = await count(`SELECT count(*) FROM improvement`);
    const links = await count(`SELECT count(*) FROM improvement_deviation`);

    expect((await create({ deviationIds: [own, unknown] })).errors?.[0]).toMatchObject({
      extensions: { field: 'deviationIds', rule: 'DEVIATIONS_NOT_VISIBLE', params: { ids: [unknown] } },
    });
    expect((await create({ deviationIds: [own, foreign] }, providerHeaders)).errors?.[0]).toMatchObject({
      extensions: { field: 'deviationIds', rule: 'DEVIATIONS_NOT_VISIBLE', params: { ids: [foreign] } },
    });
    const missingFollowUp = randomUUID();
    expect((await create({ deviationIds: [own], followUpId: missingFollowUp })).errors?.[0]).toMatchObject({
      extensions: { field: 'followUpId', rule: 'UNKNOWN', params: { entity: 'FOLLOW_UP', ids: [missingFollowUp] } },
    });
    expect((await create({ deviationIds: [own], followUpId: foreignFollowUpId })).errors?.[0]).toMatchObject({
      extensions: { field: 'followUpId', rule: 'FOLLOW_UP_OF_ANOTHER_PROVIDER' },
    });
    expect(await count(`SELECT count(*) FROM improvement`)).toBe(before);
    expect(await count(`SELECT count(*) FROM improvement_deviation`)).toBe(links);

    const kept = (await create({ deviationIds: [own] }, providerHeaders)).data.createImprovement;
    const relink = await gql(
      `mutation($i: LinkImprovementToDeviationsInput!) { linkImprovementToDeviations(input: $i) { id } }`,
      { i: { improvementId: kept.id, deviationIds: [foreign] } },
      providerHeaders,
    );
    expect(relink.errors?.[0]).toMatchObject({ extensions: { field: 'deviationIds', rule: 'DEVIATIONS_NOT_VISIBLE' } });
    expect(
      await db().query(`SELECT deviation_id FROM improvement_deviation WHERE improvement_id = $1`, [kept.id]),
    ).toEqual([{ deviation_id: own }]);
  });

  it('counts per quarter: started, finished by outcome with the finished as denominator, open at the end', async () => {
    const countedUnit = randomUUID();
    await send('contracts.unit.v1', countedUnit, {
      id: countedUnit,
      providerId,
      name: 'Räknat boende',
      serviceArea: 'NURSING_HOME',
      places: 10,
      version: 1,
    });
    await waitFor(async () => (await count(`SELECT count(*) FROM unit_ref WHERE id = $1`, [countedUnit])) === 1, {
      what: 'the unit',
    });
    const deviation = await report(countedUnit);
    const through = async (decision: string | null) => {
      const id = (await create({ deviationIds: [deviation] })).data.createImprovement.id as string;
      if (!decision) return id;
      await step(id);
      await step(id);
      await step(id, { studyResult: decision === 'ADOPT' ? 'WORKED' : 'DID_NOT_WORK' });
      expect((await step(id, { actDecision: decision })).data.completeImprovementPhase.actCompletedOn).toBe(today);
      return id;
    };
    const adopted = await through('ADOPT');
    await through('ADOPT');
    await through('ADAPT');
    await through('ABANDON');
    await through(null);
    // One adopted last year, started the year before: it counts in its own quarter, not in this one.
    await db().query(
      `UPDATE improvement SET created_at = '2024-05-02T10:00:00+02', act_completed_on = '2025-02-14' WHERE id = $1`,
      [adopted],
    );

    const statistics = (filter: Record<string, unknown>) =>
      gql(
        `query($f: ImprovementStatisticsFilter) { improvementStatistics(interval: QUARTER, filter: $f) {
          period from to started finished openAtEnd
          adopted { numerator denominator } adapted { numerator denominator } abandoned { numerator denominator } } }`,
        { f: filter },
      );
    const now = (await statistics({ unitId: countedUnit })).data.improvementStatistics;
    expect(now.at(-1)).toEqual({
      period: quarterOf(today),
      from: now.at(-1).from,
      to: today,
      started: 4,
      finished: 3,
      openAtEnd: 2,
      adopted: { numerator: 1, denominator: 3 },
      adapted: { numerator: 1, denominator: 3 },
      abandoned: { numerator: 1, denominator: 3 },
    });
    const earlier = (await statistics({ unitId: countedUnit, from: '2025-01-01', to: '2025-06-30' })).data
      .improvementStatistics;
    expect(earlier.map((p: any) => [p.period, p.started, p.finished, p.adopted.numerator, p.openAtEnd])).toEqual([
      ['2025-Q1', 0, 1, 1, 0],
      ['2025-Q2', 0, 0, 0, 0],
    ]);
    const foreign = await gql(
      `query($f: ImprovementStatisticsFilter) { improvementStatistics(interval: YEAR, filter: $f) { started } }`,
      { f: { unitId: countedUnit, providerId: otherProviderId } },
      await handoffHeaders({ sub: 'api-key:b', name: 'B', roles: ['PROVIDER'], providerId: otherProviderId }),
    );
    expect(foreign.data.improvementStatistics.every((p: any) => p.started === 0)).toBe(true);
  });

  it('moves the deviations of improvements before it into the join table and dates the finished ones', async () => {
    const migration = new ImprovementLinks1796700000500();
    const runner = db().createQueryRunner();
    const [done, open, deviation] = [randomUUID(), randomUUID(), randomUUID()];
    try {
      await runner.startTransaction();
      await migration.down(runner);
      for (const [id, phase, decision] of [
        [done, 'DONE', 'ADOPT'],
        [open, 'DO', null],
      ])
        await runner.query(
          `INSERT INTO improvement (id, title, phase, plan, act_decision, deviation_ids, created_by, updated_at)
           VALUES ($1, 'Tidigare', $2, 'p', $3, $4, 'tidigare', '2025-03-31T23:30:00Z')`,
          [id, phase, decision, JSON.stringify([deviation])],
        );
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    const rows = await db().query(
      `SELECT i.id, to_char(i.act_completed_on, 'YYYY-MM-DD') AS on, l.deviation_id FROM improvement i
         JOIN improvement_deviation l ON l.improvement_id = i.id WHERE i.id = ANY($1)`,
      [[done, open]],
    );
    expect(Object.fromEntries(rows.map((r: any) => [r.id, [r.on, r.deviation_id]]))).toEqual({
      [done]: ['2025-04-01', deviation],
      [open]: [null, deviation],
    });
  });
});
