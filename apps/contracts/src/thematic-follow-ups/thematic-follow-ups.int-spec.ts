import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const QUESTIONS = [
  { key: 'UNQUALIFIED', text: 'Finns outbildad personal?', answerType: 'YES_NO' },
  { key: 'VALIDATION_PLAN', text: 'Finns plan för validering?', answerType: 'YES_NO', askedWhenYes: 'UNQUALIFIED' },
  { key: 'SUPERVISION', text: 'Finns extern handledning?', answerType: 'YES_NO' },
];
const THEMATIC = `followUp { id type } guide { id version } units { unitId answers { questionKey value } }
  results { questionKey of values { value count } byProvider { providerName yes { count of } } previous { yes { count of } } }
  children { id type contractId parentFollowUpId }`;

describe('thematic follow-ups with a question guide (real Postgres)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);
  const unitIds: string[] = [];
  const key = `STAFF_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    for (let i = 0; i < 4; i++)
      unitIds.push(
        (await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) }))
          .data.createUnit.id,
      );
    await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
      i: {
        reference: `T-${key}`,
        title: 'Boende LSS',
        form: 'LOU',
        providerId,
        unitIds,
        startDate: '2020-01-01',
        endDate: '2099-12-31',
      },
    });
  });
  afterAll(() => service?.close());

  const publish = (questions: unknown[]) =>
    gql(`mutation($i: PublishQuestionGuideInput!) { publishQuestionGuide(input: $i) { id key version } }`, {
      i: { key, title: 'Personalens kompetens', questions },
    });
  const create = (guideId: string, plannedOn: string) =>
    gql(`mutation($i: CreateThematicFollowUpInput!) { createThematicFollowUp(input: $i) { ${THEMATIC} } }`, {
      i: { type: 'THEMATIC', title: 'Extra personalinsatser', plannedOn, guideId, scopeKind: 'CHOSEN_UNITS', unitIds },
    });
  const record = (followUpId: string, unitId: string, answers: unknown[]) =>
    gql(`mutation($i: RecordUnitFindingsInput!) { recordUnitFindings(input: $i) { ${THEMATIC} } }`, {
      i: { followUpId, unitId, answers },
    });
  const answers = (unqualified: boolean, plan: boolean, supervision: boolean) => [
    { questionKey: 'UNQUALIFIED', value: unqualified ? 'YES' : 'NO' },
    ...(unqualified ? [{ questionKey: 'VALIDATION_PLAN', value: plan ? 'YES' : 'NO' }] : []),
    { questionKey: 'SUPERVISION', value: supervision ? 'YES' : 'NO' },
  ];

  it('publishes versions, records findings per unit, counts n of N against the earlier round, and starts linked specific follow-ups', async () => {
    const v1 = (await publish(QUESTIONS)).data.publishQuestionGuide;
    expect(v1.version).toBe(1);
    const bad = await publish([...QUESTIONS, { key: 'X', text: 'X', answerType: 'YES_NO', askedWhenYes: 'NOPE' }]);
    expect(JSON.stringify(bad.errors)).toContain('GUIDE_CONDITION_UNKNOWN');
    const v2 = (await publish(QUESTIONS)).data.publishQuestionGuide;
    expect(v2.version).toBe(2);

    const first = (await create(v1.id, '2021-05-01')).data.createThematicFollowUp.followUp.id;
    await record(first, unitIds[0], answers(true, false, false));
    const round = (await create(v2.id, '2022-05-01')).data.createThematicFollowUp;
    expect(round.guide.version).toBe(2);

    await record(round.followUp.id, unitIds[0], answers(true, false, true));
    await record(round.followUp.id, unitIds[1], answers(true, true, false));
    await record(round.followUp.id, unitIds[2], answers(false, false, false));
    const done = (await record(round.followUp.id, unitIds[3], answers(false, false, false))).data.recordUnitFindings;
    const [unqualified, plan, supervision] = done.results;
    expect(unqualified.values).toEqual([
      { value: 'YES', count: 2 },
      { value: 'NO', count: 2 },
    ]);
    expect(unqualified.of).toBe(4);
    expect(plan.of).toBe(2);
    expect(plan.values[1]).toEqual({ value: 'NO', count: 1 });
    expect(supervision.values[0]).toEqual({ value: 'YES', count: 1 });
    expect(unqualified.previous).toEqual({ yes: { count: 1, of: 1 } });

    const refused = await record(round.followUp.id, unitIds[3], [{ questionKey: 'UNQUALIFIED', value: '3' }]);
    expect(JSON.stringify(refused.errors)).toContain('ANSWER_TYPE_MISMATCH');
    const after = (
      await gql(`query($id: ID!) { thematicFollowUp(followUpId: $id) { ${THEMATIC} } }`, { id: round.followUp.id })
    ).data.thematicFollowUp;
    expect(after.units.find((u: any) => u.unitId === unitIds[3]).answers).toEqual(answers(false, false, false));

    const started = await gql(
      `mutation($i: StartSpecificFollowUpsInput!) { startSpecificFollowUps(input: $i) { id type parentFollowUpId } }`,
      { i: { followUpId: round.followUp.id, unitIds: unitIds.slice(0, 2), plannedOn: '2022-09-01' } },
    );
    expect(started.data.startSpecificFollowUps.map((c: any) => [c.type, c.parentFollowUpId])).toEqual([
      ['SPECIFIC', round.followUp.id],
      ['SPECIFIC', round.followUp.id],
    ]);
    const parent = (
      await gql(`query($id: ID!) { thematicFollowUp(followUpId: $id) { ${THEMATIC} } }`, { id: round.followUp.id })
    ).data.thematicFollowUp;
    expect(parent.children).toHaveLength(2);
  });
});
