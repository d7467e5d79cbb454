import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ANONYMOUS_IDENTITY } from '@kvalitetsnav/auth';
import { addDays, isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { TopicName } from '@kvalitetsnav/events';
import { KafkaClient, OutboxRelay } from '@kvalitetsnav/messaging';
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
import { SurveysAppModule } from './app.module';
import { loadSurveysConfig } from './config';
import { PulseQuestions1796700000200 } from './migrations/1796700000200-pulse-questions';
import { PulsePerUnit1796900000150 } from './migrations/1796900000150-pulse-per-unit';
import { carriedOverUnitId } from './pulse/pulse-rules';

const OPTIONS = [
  { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'SOMETIMES', label: 'Ibland', positive: false, nonSubstantive: false },
  { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
];

describe('surveys service (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const providerId = randomUUID();
  const [groupHome, serviceHome, optedOut] = [randomUUID(), randomUUID(), randomUUID()];
  let definitionId: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const count = async (table: string) =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM ${table}`))[0].count);

  const send = (topic: TopicName, key: string, payload: unknown, eventId?: string) =>
    sendTestEvent(service.app.get(KafkaClient), topic, key, payload, eventId);

  async function newRound(name: string) {
    const round = await gql(
      `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id status minCell } }`,
      {
        i: {
          definitionId,
          name,
          period: '2022',
          units: [
            { unitId: groupHome, offered: 12 },
            { unitId: serviceHome, offered: 8 },
            { unitId: optedOut, offered: 6, optedOut: true, optOutReason: 'Personalbrist under insamlingsperioden' },
          ],
        },
      },
    );
    expect(round.errors).toBeUndefined();
    return round.data.createSurveyRound.id as string;
  }

  const csvOf = (rows: [string, string, string, string][]) =>
    ['unit_id,gender,Q1,Q2', ...rows.map((r) => r.join(','))].join('\n');

  beforeAll(async () => {
    service = await startTestService('surveys', (env) => SurveysAppModule.forRoot(loadSurveysConfig(env)));
    official = await handoffHeaders(officialIdentity);
    await send('contracts.provider.v1', providerId, {
      id: providerId,
      name: 'Omsorg i Norr AB',
      organisationNumber: '556036-0793',
      ownership: 'PRIVATE',
      version: 1,
    });
    for (const [id, area, name] of [
      [groupHome, 'LSS_GROUP_HOME', 'Gruppbostad Linden'],
      [serviceHome, 'LSS_SERVICE_HOME', 'Servicebostad Eken'],
      [optedOut, 'LSS_GROUP_HOME', 'Gruppbostad Björken'],
    ]) {
      await send('contracts.unit.v1', id, { id, providerId, name, serviceArea: area, places: 6, version: 1 });
    }
    await waitFor(async () => (await count('unit_ref')) === 3 && (await count('provider_ref')) === 1, {
      what: 'units from contracts',
    });
    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id version } }`,
      {
        i: {
          code: 'SKR_LSS_HOME',
          name: 'Brukarundersökning bostad med särskild service LSS',
          pictureSupported: true,
          questions: [
            { id: 'Q1', text: 'Bryr sig personalen om dig?', koladaKpi: 'U28532', options: OPTIONS },
            { id: 'Q2', text: 'Vet du vem du ska prata med om något är dåligt?', options: OPTIONS },
          ],
        },
      },
    );
    expect(definition.data.createSurveyDefinition.version).toBe(1);
    definitionId = definition.data.createSurveyDefinition.id;
  });
  afterAll(() => service?.close());

  it('runs its migrations at start, and they match the entities exactly', async () => {
    expect(await pendingSchemaChanges(service.app.get(DataSource))).toEqual([]);
  });

  it('versions a definition under its code and refuses a broken one, naming the field', async () => {
    const again = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { version } }`,
      {
        i: { code: 'SKR_LSS_HOME', name: 'v2', questions: [{ id: 'Q1', text: 'x', options: OPTIONS }] },
      },
    );
    expect(again.data.createSurveyDefinition.version).toBe(2);
    const broken = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { version } }`,
      {
        i: {
          code: 'BROKEN',
          name: 'x',
          questions: [
            {
              id: 'Q1',
              text: 'x',
              options: [
                { code: 'NO', label: 'Nej', positive: false },
                { code: 'MAYBE', label: 'Kanske', positive: false },
              ],
            },
          ],
        },
      },
    );
    expect(broken.errors?.[0]).toMatchObject({
      message: 'question Q1 needs at least one positive option',
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'questions.0.options',
        rule: 'NO_POSITIVE_OPTION',
        params: { questionId: 'Q1' },
      },
    });
  });

  it('takes answers through the API and CSV, refuses a file with a bad row whole, and a closed round refuses answers', async () => {
    const roundId = await newRound('LSS 2022');
    const submit = (unitId: string, q1: string) =>
      gql(`mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id } }`, {
        i: {
          roundId,
          unitId,
          gender: 'WOMAN',
          answers: [
            { questionId: 'Q1', option: q1 },
            { questionId: 'Q2', option: 'YES' },
          ],
        },
      });
    expect((await submit(groupHome, 'YES')).errors).toBeUndefined();
    expect((await submit(groupHome, 'PERHAPS')).errors?.[0]).toMatchObject({
      message: expect.stringContaining('PERHAPS is not an option of Q1'),
      extensions: {
        field: 'answers.0.option',
        rule: 'NOT_AN_OPTION',
        params: { questionId: 'Q1', option: 'PERHAPS', options: ['YES', 'SOMETIMES', 'NO', 'DONT_KNOW'] },
      },
    });
    expect((await submit(optedOut, 'YES')).errors?.[0]).toMatchObject({
      message: 'unit Gruppbostad Björken opted out of this round',
      extensions: {
        field: 'unitId',
        rule: 'UNIT_OPTED_OUT',
        params: { unitId: optedOut, unitName: 'Gruppbostad Björken' },
      },
    });

    // Another provider's unit answers as a unit outside the round: nothing about it is revealed.
    const otherProvider = await handoffHeaders({
      sub: 'api-key:y',
      name: 'System',
      roles: ['PROVIDER'],
      providerId: randomUUID(),
    });
    const foreign = await gql(
      `mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id } }`,
      { i: { roundId, unitId: groupHome, gender: 'MAN', answers: [] } },
      otherProvider,
    );
    expect(foreign.errors?.[0]).toMatchObject({
      message: `unit ${groupHome} does not take part in this round`,
      extensions: { code: 'NOT_FOUND', field: 'unitId', rule: 'UNIT_NOT_IN_ROUND', params: { unitId: groupHome } },
    });

    const before = await count('survey_response');
    const bad = csvOf([
      [groupHome, 'MAN', 'YES', 'YES'],
      [serviceHome, 'ALIEN', 'YES', 'YES'],
    ]);
    const rejected = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported errors { line column message rule params } } }`,
      { r: roundId, csv: bad },
    );
    expect(rejected.data.importSurveyResponses).toEqual({
      accepted: false,
      imported: 0,
      errors: [
        {
          line: 3,
          column: 'gender',
          message: 'must be one of WOMAN, MAN, NOT_STATED',
          rule: 'NOT_ONE_OF',
          params: { allowed: ['WOMAN', 'MAN', 'NOT_STATED'] },
        },
      ],
    });
    expect(await count('survey_response')).toBe(before);

    const tooMany = csvOf(
      Array.from({ length: 9 }, () => [serviceHome, 'MAN', 'YES', 'YES'] as [string, string, string, string]),
    );
    const over = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted errors { column message rule params } } }`,
      { r: roundId, csv: tooMany },
    );
    expect(over.data.importSurveyResponses).toEqual({
      accepted: false,
      errors: [
        {
          column: 'unit_id',
          message: 'unit Servicebostad Eken would have 9 answers but only 8 were offered the survey',
          rule: 'MORE_ANSWERS_THAN_OFFERED',
          params: { unitId: serviceHome, unitName: 'Servicebostad Eken', answers: 9, offered: 8 },
        },
      ],
    });

    const good = csvOf([
      ...Array.from(
        { length: 8 },
        (_, i) =>
          [groupHome, i < 5 ? 'WOMAN' : 'MAN', i < 6 ? 'YES' : 'NO', i < 7 ? 'YES' : 'DONT_KNOW'] as [
            string,
            string,
            string,
            string,
          ],
      ),
      ...Array.from({ length: 3 }, () => [serviceHome, 'MAN', 'YES', ''] as [string, string, string, string]),
    ]);
    const imported = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      { r: roundId, csv: good },
    );
    expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: 11 });

    const closed = await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status closedOn } }`, { r: roundId });
    expect(closed.data.closeSurveyRound.status).toBe('CLOSED');
    const late = await submit(groupHome, 'YES');
    expect(late.errors?.[0]).toMatchObject({
      message: expect.stringContaining('takes no more answers'),
      extensions: {
        code: 'CONFLICT',
        field: 'roundId',
        rule: 'ROUND_CLOSED',
        params: { closedOn: expect.any(String) },
      },
    });
    const again = await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status } }`, { r: roundId });
    expect(again.errors?.[0]).toMatchObject({
      message: `the round was already closed on ${closed.data.closeSurveyRound.closedOn}`,
      extensions: { code: 'CONFLICT', field: 'roundId', rule: 'ROUND_ALREADY_CLOSED' },
    });

    // 12 answers: 9 at the group home (1 by API + 8 by file), 3 at the service home.
    const total = await gql(
      `query($r: ID!) { surveyResults(roundId: $r) { answers responseRate { numerator denominator share excluded { reasonCode units reason count } } questions { questionId suppressed sharePositive { numerator denominator excluded { reasonCode units reason count } } interval { low high } } } }`,
      { r: roundId },
    );
    expect(total.data.surveyResults[0]).toMatchObject({
      answers: 12,
      responseRate: {
        numerator: 12,
        denominator: 20,
        share: 0.6,
        excluded: [{ reasonCode: 'OPTED_OUT_UNITS', units: 1, reason: 'offered at 1 unit that opted out', count: 6 }],
      },
      questions: [
        { questionId: 'Q1', suppressed: false, sharePositive: { numerator: 10, denominator: 12, excluded: [] } },
        {
          questionId: 'Q2',
          suppressed: false,
          sharePositive: {
            numerator: 8,
            denominator: 8,
            excluded: [
              {
                reasonCode: 'NON_SUBSTANTIVE',
                units: null,
                reason: expect.stringContaining('non-substantive'),
                count: 1,
              },
              { reasonCode: 'UNANSWERED', units: null, reason: 'question left unanswered', count: 3 },
            ],
          },
        },
      ],
    });

    const byForm = await gql(
      `query($r: ID!) { surveyResults(roundId: $r, groupBy: SERVICE_AREA) { key answers responseRate { numerator denominator } questions { suppressed sharePositive { share } } } }`,
      { r: roundId },
    );
    expect(
      byForm.data.surveyResults.map((g: any) => [g.key, g.answers, g.responseRate, g.questions[0].suppressed]),
    ).toEqual([
      ['LSS_GROUP_HOME', 9, { numerator: 9, denominator: 12 }, true], // hidden with the service home, which has 3
      ['LSS_SERVICE_HOME', 3, { numerator: 3, denominator: 8 }, true],
    ]);
    // The distribution is hidden with the share: every option named, none counted.
    const formDistribution = await gql(
      `query($r: ID!) { surveyAnswerDistribution(roundId: $r, groupBy: SERVICE_AREA) { groupKey questionId optionCode suppressed count share { share } } }`,
      { r: roundId },
    );
    expect(formDistribution.data.surveyAnswerDistribution.filter((o: any) => o.questionId === 'Q1')).toEqual(
      ['LSS_GROUP_HOME', 'LSS_SERVICE_HOME'].flatMap((groupKey) =>
        OPTIONS.map((o) => ({
          groupKey,
          questionId: 'Q1',
          optionCode: o.code,
          suppressed: true,
          count: null,
          share: null,
        })),
      ),
    );

    // Each option's count and share over the substantive answers, "vet inte" counted but outside the base.
    const distribution = await gql(
      `query($r: ID!) { surveyAnswerDistribution(roundId: $r) { groupKey groupName questionId questionText optionCode optionLabel nonSubstantive suppressed count share { numerator denominator share excluded { reasonCode count } } } }`,
      { r: roundId },
    );
    expect(distribution.errors).toBeUndefined();
    const rows = distribution.data.surveyAnswerDistribution;
    const q1 = rows.filter((o: any) => o.questionId === 'Q1');
    const q2 = rows.filter((o: any) => o.questionId === 'Q2');
    expect(q1.map((o: any) => [o.optionLabel, o.count, o.share?.numerator, o.share?.denominator])).toEqual([
      ['Ja', 10, 10, 12],
      ['Ibland', 0, 0, 12],
      ['Nej', 2, 2, 12],
      ['Vet inte', 0, undefined, undefined],
    ]);
    expect(q2).toEqual([
      {
        groupKey: 'TOTAL',
        groupName: null,
        questionId: 'Q2',
        questionText: 'Vet du vem du ska prata med om något är dåligt?',
        suppressed: false,
        optionCode: 'YES',
        optionLabel: 'Ja',
        nonSubstantive: false,
        count: 8,
        share: {
          numerator: 8,
          denominator: 8,
          share: 1,
          excluded: [
            { reasonCode: 'NON_SUBSTANTIVE', count: 1 },
            { reasonCode: 'UNANSWERED', count: 3 },
          ],
        },
      },
      expect.objectContaining({ optionCode: 'SOMETIMES', count: 0 }),
      expect.objectContaining({ optionCode: 'NO', count: 0 }),
      expect.objectContaining({
        optionCode: 'DONT_KNOW',
        optionLabel: 'Vet inte',
        nonSubstantive: true,
        count: 1,
        share: null,
      }),
    ]);

    const perUnitElsewhere = await gql(
      `query($r: ID!) { surveyResults(roundId: $r, groupBy: UNIT) { key } }`,
      { r: roundId },
      otherProvider,
    );
    expect(perUnitElsewhere.data.surveyResults).toEqual([]);
    const distributionElsewhere = await gql(
      `query($r: ID!) { surveyAnswerDistribution(roundId: $r, groupBy: UNIT) { groupKey } }`,
      { r: roundId },
      otherProvider,
    );
    expect(distributionElsewhere.data.surveyAnswerDistribution).toEqual([]); // as for the results

    await service.app.get(OutboxRelay).flush();
    const [event] = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'surveys.result.v1' AND message_key = $1`, [roundId]);
    expect(event.envelope.payload.units).toEqual([
      { unitId: groupHome, providerId, offered: 12, answered: 9, sharePositive: null },
      { unitId: serviceHome, providerId, offered: 8, answered: 3, sharePositive: null },
    ]);
  });

  it('shows the national value from a Kolada file beside our own, by gender, and compares with an earlier round', async () => {
    const kolada = {
      values: [
        {
          kpi: 'U28532',
          municipality: '0000',
          period: 2022,
          values: [
            { gender: 'T', value: 82 },
            { gender: 'K', value: 80 },
            { gender: 'M', value: 84 },
          ],
        },
        { kpi: 'U28532', municipality: '0580', period: 2022, values: [{ gender: 'T', value: 87 }] },
      ],
    };
    const imported = await gql(`mutation($j: String!) { importKoladaValues(json: $j) { accepted imported } }`, {
      j: JSON.stringify(kolada),
    });
    expect(imported.data.importKoladaValues).toEqual({ accepted: true, imported: 4 });
    const broken = await gql(
      `mutation($j: String!) { importKoladaValues(json: $j) { accepted errors problems { field rule params } } }`,
      { j: '{"values":[{"kpi":"U1"}]}' },
    );
    expect(broken.data.importKoladaValues.accepted).toBe(false);
    expect(broken.data.importKoladaValues.problems[0]).toEqual({
      field: 'values.0.kpi',
      rule: 'NOT_A_KOLADA_KPI',
      params: {},
    });

    const earlier = await newRound('LSS 2019');
    await gql(`mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted } }`, {
      r: earlier,
      csv: csvOf(
        Array.from(
          { length: 10 },
          (_, i) => [groupHome, 'WOMAN', i < 5 ? 'YES' : 'NO', 'YES'] as [string, string, string, string],
        ),
      ),
    });
    const [, latest] = (await gql(`{ surveyRounds { id name } }`)).data.surveyRounds.sort((a: any, b: any) =>
      a.name.localeCompare(b.name),
    );
    const total = await gql(
      `query($r: ID!, $c: ID!) { surveyResults(roundId: $r, compareWithRoundId: $c) { responseRate { share } previousResponseRate { numerator denominator share } questions { questionId sharePositive { share } national koladaOwn previous } } }`,
      { r: latest.id, c: earlier },
    );
    // The earlier round's response rate beside this one: 10 of 20 then, 12 of 20 now.
    expect(total.data.surveyResults[0].responseRate).toEqual({ share: 0.6 });
    expect(total.data.surveyResults[0].previousResponseRate).toEqual({ numerator: 10, denominator: 20, share: 0.5 });
    expect(total.data.surveyResults[0].questions[0]).toEqual({
      questionId: 'Q1',
      sharePositive: { share: 10 / 12 },
      national: 0.82,
      koladaOwn: 0.87,
      previous: 0.5,
    });
    const byGender = await gql(
      `query($r: ID!) { surveyResults(roundId: $r, groupBy: GENDER) { key answers responseRate { share } questions { suppressed national } } }`,
      { r: latest.id },
    );
    expect(
      byGender.data.surveyResults.map((g: any) => [
        g.key,
        g.answers,
        g.responseRate,
        g.questions[0].suppressed,
        g.questions[0].national,
      ]),
    ).toEqual([
      ['WOMAN', 6, null, false, 0.8],
      ['MAN', 6, null, false, 0.84],
      ['NOT_STATED', 0, null, false, null],
    ]);
  });

  it('keeps a weekly pulse per unit, listing the units and providers that have not answered and which answers are signals', async () => {
    const week = '2022-W10';
    const before = await gql(
      `query($w: String!) { pulseOverview(week: $w) { missing { id } missingUnits { id } signals { questionKey } questions { key } } }`,
      { w: week },
    );
    expect(before.data.pulseOverview).toEqual({
      missing: [{ id: providerId }],
      missingUnits: [{ id: optedOut }, { id: groupHome }, { id: serviceHome }],
      signals: [],
      questions: [{ key: 'IMPACT' }, { key: 'STAFFING' }, { key: 'PROTECTIVE_EQUIPMENT' }, { key: 'WORRY' }],
    });
    const provider = await handoffHeaders({ sub: 'api-key:x', name: 'System', roles: ['PROVIDER'], providerId });
    const scores = (impact: number, staffing: number, protective: number, worry: number) => [
      { key: 'IMPACT', value: impact },
      { key: 'STAFFING', value: staffing },
      { key: 'PROTECTIVE_EQUIPMENT', value: protective },
      { key: 'WORRY', value: worry },
    ];
    const answer = (staffing: number) =>
      gql(
        `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { version comment values { key value } } }`,
        { i: { unitId: groupHome, week, answers: scores(2, staffing, 5, 3), comment: 'Brukare 811218-9876 smittad' } },
        provider,
      );
    expect((await answer(3)).data.submitPulseAnswer).toMatchObject({
      version: 1,
      comment: 'Brukare [personnummer] smittad',
      values: scores(2, 3, 5, 3),
    });
    expect((await answer(4)).data.submitPulseAnswer.version).toBe(2);
    const after = await gql(
      `query($w: String!) { pulseOverview(week: $w) { missing { id } missingUnits { id } signals { providerName unitName questionKey questionText score } } }`,
      { w: week },
    );
    // The provider has answered for one of its three units: it and the other two are still missing.
    expect(after.data.pulseOverview).toEqual({
      missing: [{ id: providerId }],
      missingUnits: [{ id: optedOut }, { id: serviceHome }],
      signals: [
        {
          providerName: 'Omsorg i Norr AB',
          unitName: 'Gruppbostad Linden',
          questionKey: 'STAFFING',
          questionText: 'Bemanning',
          score: 4,
        },
        {
          providerName: 'Omsorg i Norr AB',
          unitName: 'Gruppbostad Linden',
          questionKey: 'PROTECTIVE_EQUIPMENT',
          questionText: 'Skyddsutrustning',
          score: 5,
        },
      ],
    });
    const bad = await gql(
      `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { id } }`,
      { i: { week: '2022-W60', answers: [{ key: 'IMPACT', value: 6 }] } },
      provider,
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('answers.value must be a whole number 0 to 5'),
      extensions: {
        code: 'VALIDATION_FAILED',
        violations: [
          { rule: 'NOT_A_WEEK', field: 'week', params: {} },
          { rule: 'OUT_OF_RANGE', field: 'answers.0.value', params: { min: 0, max: 5, whole: true } },
        ],
      },
    });
    const elsewhere = await gql(
      `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { id } }`,
      { i: { providerId: randomUUID(), answers: scores(1, 1, 1, 1) } },
      provider,
    );
    expect(elsewhere.errors?.[0]).toMatchObject({
      message: 'a provider answers only for itself',
      extensions: { code: 'VALIDATION_FAILED', field: 'providerId', rule: 'OWN_PROVIDER_ONLY' },
    });
  });

  it('opens and ends pulse periods, refusing overlapping weeks and ending in a week already asked for, and publishes them', async () => {
    const thisWeek = isoWeekOf(stockholmToday());
    const lastWeek = isoWeekOf(addDays(stockholmToday(), -7));
    const OPEN = `mutation($i: OpenPulsePeriodInput!) { openPulsePeriod(input: $i) { id name fromWeek toWeek openedBy version } }`;
    const END = `mutation($i: EndPulsePeriodInput!) { endPulsePeriod(input: $i) { id toWeek endedBy version } }`;
    const opened = await gql(OPEN, { i: { name: ' Covid-19 ', fromWeek: lastWeek } });
    expect(opened.errors).toBeUndefined();
    const period = opened.data.openPulsePeriod;
    expect(period).toMatchObject({ name: 'Covid-19', fromWeek: lastWeek, toWeek: null, version: 1 });

    const overlapping = await gql(OPEN, { i: { name: 'Värmebölja', toWeek: '2099-W30' } });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PULSE_PERIOD_OVERLAP',
      field: 'fromWeek',
      params: { name: 'Covid-19', fromWeek: lastWeek, toWeek: null },
    });
    const backwards = await gql(OPEN, { i: { name: 'Värmebölja', fromWeek: '2019-W30', toWeek: '2019-W20' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      rule: 'PULSE_PERIOD_ENDS_BEFORE_START',
      field: 'toWeek',
    });
    const manager = await handoffHeaders({ sub: 'manager', name: 'M', roles: ['MANAGER'] });
    expect((await gql(OPEN, { i: { name: 'X' } }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const overview = await gql(`query($w: String!) { pulseOverview(week: $w) { period { id name } } }`, {
      w: thisWeek,
    });
    expect(overview.data.pulseOverview.period).toEqual({ id: period.id, name: 'Covid-19' });

    const tooEarly = await gql(END, { i: { id: period.id, lastWeek } });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({
      rule: 'PULSE_WEEK_PASSED',
      field: 'lastWeek',
      params: { value: lastWeek, week: thisWeek },
    });
    const ended = await gql(END, { i: { id: period.id } });
    expect(ended.data.endPulsePeriod).toMatchObject({ toWeek: thisWeek, version: 2 });
    const unknown = await gql(END, { i: { id: randomUUID() } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const listed = await gql(`{ pulsePeriods { id toWeek } }`);
    expect(listed.data.pulsePeriods).toEqual([{ id: period.id, toWeek: thisWeek }]);

    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'surveys.pulse-period.v1' ORDER BY id`);
    expect(events.map((e: any) => [e.envelope.type, e.envelope.payload.toWeek, e.envelope.payload.version])).toEqual([
      ['PulsePeriodOpened', null, 1],
      ['PulsePeriodEnded', thisWeek, 2],
    ]);
    const answers = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'surveys.pulse-answer.v1' AND message_key = $1`, [providerId]);
    expect(answers.map((e: any) => e.envelope.payload)).toEqual([
      { providerId, unitId: groupHome, week: '2022-W10', version: 1 },
      { providerId, unitId: groupHome, week: '2022-W10', version: 2 },
    ]);
  });

  it("asks a pulse's own questions, gives the answers per provider and each question's trend, and keeps officials' follow-ups of signals", async () => {
    const db = service.app.get(DataSource);
    const OPEN = `mutation($i: OpenPulsePeriodInput!) { openPulsePeriod(input: $i) { id questions { key text answerType } } }`;
    const HEAT = [
      { key: 'COOLING', text: 'Hur svårt är det att hålla nere värmen inomhus?', answerType: 'SCALE' },
      { key: 'HEAT_STROKE', text: 'Har någon brukare fått värmeslag?', answerType: 'YES_NO' },
    ];
    const periodsBefore = await count('pulse_period');
    const broken = await gql(OPEN, {
      i: {
        name: 'Värmebölja',
        fromWeek: '2022-W20',
        toWeek: '2022-W22',
        questions: [HEAT[0], { ...HEAT[1], key: 'COOLING', text: ' ' }],
      },
    });
    expect(broken.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      violations: [
        { rule: 'QUESTION_ID_REUSED', field: 'questions.1.key', params: { questionId: 'COOLING' } },
        { rule: 'REQUIRED', field: 'questions.1.text' },
      ],
    });
    expect(await count('pulse_period')).toBe(periodsBefore);
    const opened = await gql(OPEN, {
      i: { name: 'Värmebölja', fromWeek: '2022-W20', toWeek: '2022-W22', questions: HEAT },
    });
    expect(opened.errors).toBeUndefined();
    const period = opened.data.openPulsePeriod;
    expect(period.questions).toEqual(HEAT);

    const provider = await handoffHeaders({ sub: 'api-key:x', name: 'System', roles: ['PROVIDER'], providerId });
    const SUBMIT = `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { version values { key value } } }`;
    const week = await gql(
      `query($w: String!) { pulseOverview(week: $w) { questions { key text answerType } } }`,
      { w: '2022-W21' },
      provider,
    );
    expect(week.data.pulseOverview.questions).toEqual(HEAT);
    const answersBefore = await count('pulse_answer');
    const oldQuestions = await gql(
      SUBMIT,
      { i: { unitId: groupHome, week: '2022-W21', answers: [{ key: 'STAFFING', value: 4 }] } },
      provider,
    );
    expect(oldQuestions.errors?.[0]?.extensions).toMatchObject({
      violations: [
        { rule: 'UNKNOWN_QUESTION', field: 'answers.0.key', params: { questionId: 'STAFFING' } },
        { rule: 'PULSE_QUESTION_UNANSWERED', field: 'answers', params: { questionId: 'COOLING' } },
        { rule: 'PULSE_QUESTION_UNANSWERED', field: 'answers', params: { questionId: 'HEAT_STROKE' } },
      ],
    });
    const yesTwo = await gql(
      SUBMIT,
      {
        i: {
          unitId: groupHome,
          week: '2022-W21',
          answers: [
            { key: 'COOLING', value: 3 },
            { key: 'HEAT_STROKE', value: 2 },
          ],
        },
      },
      provider,
    );
    expect(yesTwo.errors?.[0]?.extensions).toMatchObject({
      rule: 'OUT_OF_RANGE',
      field: 'answers.1.value',
      params: { min: 0, max: 1, whole: true },
    });
    expect(await count('pulse_answer')).toBe(answersBefore);
    for (const [w, cooling, stroke] of [
      ['2022-W21', 5, 1],
      ['2022-W22', 2, 0],
    ] as const) {
      const given = await gql(
        SUBMIT,
        {
          i: {
            unitId: groupHome,
            week: w,
            answers: [
              { key: 'HEAT_STROKE', value: stroke },
              { key: 'COOLING', value: cooling },
            ],
          },
        },
        provider,
      );
      expect(given.data.submitPulseAnswer.values).toEqual([
        { key: 'COOLING', value: cooling },
        { key: 'HEAT_STROKE', value: stroke },
      ]);
    }

    const TREND = `query($p: ID!) { pulseTrend(periodId: $p) { weeks threshold
      units { providerName weeks { week answered values { key value } signalKeys followUps { contactedBy outcome } } }
      questions { key answerType weeks { week answers average yes no signals } } } }`;
    const trend = (await gql(TREND, { p: period.id })).data.pulseTrend;
    expect(trend.weeks).toEqual(['2022-W20', '2022-W21', '2022-W22']);
    expect(trend.units).toEqual([
      {
        providerName: 'Omsorg i Norr AB',
        weeks: [
          { week: '2022-W20', answered: false, values: [], signalKeys: [], followUps: [] },
          {
            week: '2022-W21',
            answered: true,
            values: [
              { key: 'COOLING', value: 5 },
              { key: 'HEAT_STROKE', value: 1 },
            ],
            signalKeys: ['COOLING', 'HEAT_STROKE'],
            followUps: [],
          },
          {
            week: '2022-W22',
            answered: true,
            values: [
              { key: 'COOLING', value: 2 },
              { key: 'HEAT_STROKE', value: 0 },
            ],
            signalKeys: [],
            followUps: [],
          },
        ],
      },
    ]);
    expect(trend.questions).toEqual([
      {
        key: 'COOLING',
        answerType: 'SCALE',
        weeks: [
          { week: '2022-W20', answers: 0, average: null, yes: 0, no: 0, signals: 0 },
          { week: '2022-W21', answers: 1, average: 5, yes: 0, no: 0, signals: 1 },
          { week: '2022-W22', answers: 1, average: 2, yes: 0, no: 0, signals: 0 },
        ],
      },
      {
        key: 'HEAT_STROKE',
        answerType: 'YES_NO',
        weeks: [
          { week: '2022-W20', answers: 0, average: null, yes: 0, no: 0, signals: 0 },
          { week: '2022-W21', answers: 1, average: null, yes: 1, no: 0, signals: 1 },
          { week: '2022-W22', answers: 1, average: null, yes: 0, no: 1, signals: 0 },
        ],
      },
    ]);
    const unknownPeriod = await gql(TREND, { p: randomUUID() });
    expect(unknownPeriod.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'periodId' });

    const RECORD = `mutation($i: RecordPulseFollowUpInput!) { recordPulseFollowUp(input: $i) {
      providerId week contactedBy contactedOn outcome outcomeText recordedBy } }`;
    const followUp = {
      providerId,
      week: '2022-W21',
      contactedBy: 'Anna Andersson',
      contactedOn: '2022-05-25',
      outcome: 'ACTION_NEEDED',
      outcomeText: 'Fläktar köps in; brukaren 811218-9876 vårdas på sjukhus.',
    };
    const followUpsBefore = await count('pulse_follow_up');
    const noSignal = await gql(RECORD, { i: { ...followUp, week: '2022-W22', contactedOn: '2022-05-31' } });
    expect(noSignal.errors?.[0]).toMatchObject({
      message: "the provider's answer for 2022-W22 holds no signal to follow up",
      extensions: { code: 'VALIDATION_FAILED', rule: 'PULSE_NO_SIGNAL', field: 'week', params: { week: '2022-W22' } },
    });
    const tooEarly = await gql(RECORD, { i: { ...followUp, contactedOn: '2022-05-20', contactedBy: ' ' } });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({
      violations: [
        { rule: 'REQUIRED', field: 'contactedBy' },
        {
          rule: 'PULSE_CONTACT_BEFORE_WEEK',
          field: 'contactedOn',
          params: { week: '2022-W21', weekStart: '2022-05-23' },
        },
      ],
    });
    const byProvider = await gql(RECORD, { i: followUp }, provider);
    expect(byProvider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('pulse_follow_up')).toBe(followUpsBefore);

    const recorded = await gql(RECORD, { i: followUp });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordPulseFollowUp).toEqual({
      ...followUp,
      outcomeText: 'Fläktar köps in; brukaren [personnummer] vårdas på sjukhus.',
      recordedBy: officialIdentity.name,
    });
    const [stored] = await db.query(
      `SELECT outcome, contacted_on::text AS day FROM pulse_follow_up WHERE week = '2022-W21'`,
    );
    expect(stored).toEqual({ outcome: 'ACTION_NEEDED', day: '2022-05-25' });
    const listed = (await gql(TREND, { p: period.id })).data.pulseTrend.units[0].weeks[1].followUps;
    expect(listed).toEqual([{ contactedBy: 'Anna Andersson', outcome: 'ACTION_NEEDED' }]);
    const overview = await gql(`query($w: String!) { pulseOverview(week: $w) { followUps { contactedBy } } }`, {
      w: '2022-W21',
    });
    expect(overview.data.pulseOverview.followUps).toEqual([{ contactedBy: 'Anna Andersson' }]);
    const ownView = await gql(
      `query($w: String!) { pulseOverview(week: $w) { followUps { contactedBy } } }`,
      { w: '2022-W21' },
      provider,
    );
    expect(ownView.data.pulseOverview.followUps).toEqual([]);
  });

  it('gives existing pulse periods the fixed four questions and carries the existing scores over (migration 1796700000200)', async () => {
    const migration = new PulseQuestions1796700000200();
    const q = service.app.get(DataSource).createQueryRunner();
    await q.startTransaction();
    try {
      await migration.down(q);
      const [periodId, answerId] = [randomUUID(), randomUUID()];
      await q.query(
        `INSERT INTO pulse_period (id, name, from_week, to_week, opened_by, opened_at, version)
         VALUES ($1, 'Covid-19 våren', '2020-W12', '2020-W26', 'Anna', now(), 1)`,
        [periodId],
      );
      await q.query(
        `INSERT INTO pulse_answer (id, provider_id, week, impact, staffing, protective_equipment, worry, version, submitted_at)
         VALUES ($1, $2, '2020-W14', 2, 4, 5, 3, 1, now())`,
        [answerId, providerId],
      );
      await migration.up(q);
      const [period] = await q.query(`SELECT questions FROM pulse_period WHERE id = $1`, [periodId]);
      expect(period.questions).toEqual([
        { key: 'IMPACT', text: 'Påverkan på verksamheten', answerType: 'SCALE' },
        { key: 'STAFFING', text: 'Bemanning', answerType: 'SCALE' },
        { key: 'PROTECTIVE_EQUIPMENT', text: 'Skyddsutrustning', answerType: 'SCALE' },
        { key: 'WORRY', text: 'Oro hos personal och brukare', answerType: 'SCALE' },
      ]);
      const [answer] = await q.query(`SELECT question_values FROM pulse_answer WHERE id = $1`, [answerId]);
      expect(answer.question_values).toEqual([
        { key: 'IMPACT', value: 2 },
        { key: 'STAFFING', value: 4 },
        { key: 'PROTECTIVE_EQUIPMENT', value: 5 },
        { key: 'WORRY', value: 3 },
      ]);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  });

  it('carries answers from before answers were per unit over: to the unit of a provider with one, else kept the provider’s (migration 1796900000150)', async () => {
    const migration = new PulsePerUnit1796900000150();
    const q = service.app.get(DataSource).createQueryRunner();
    await q.startTransaction();
    try {
      // Going back refuses while a provider has answered for two units one week; start from none.
      await q.query(`DELETE FROM pulse_follow_up`);
      await q.query(`DELETE FROM pulse_answer`);
      await migration.down(q);
      const [oneUnitProvider, noUnitProvider, onlyUnit] = [randomUUID(), randomUUID(), randomUUID()];
      await q.query(
        `INSERT INTO provider_ref (id, name, ownership, version) VALUES ($1, 'Ett Boende AB', 'PRIVATE', 1), ($2, 'Utan Enheter AB', 'PRIVATE', 1)`,
        [oneUnitProvider, noUnitProvider],
      );
      await q.query(
        `INSERT INTO unit_ref (id, provider_id, name, service_area, places, version) VALUES ($1, $2, 'Boendet', 'NURSING_HOME', 20, 1)`,
        [onlyUnit, oneUnitProvider],
      );
      const answer = (provider: string) => ({ id: randomUUID(), provider });
      const given = [answer(providerId), answer(oneUnitProvider), answer(noUnitProvider)];
      for (const a of given)
        await q.query(
          `INSERT INTO pulse_answer (id, provider_id, week, question_values, version, submitted_at)
           VALUES ($1, $2, '2020-W15', '[{"key":"STAFFING","value":5}]', 1, now())`,
          [a.id, a.provider],
        );
      for (const provider of [providerId, oneUnitProvider])
        await q.query(
          `INSERT INTO pulse_follow_up (id, provider_id, week, contacted_by, contacted_on, outcome, outcome_text, recorded_by, recorded_at)
           VALUES ($1, $2, '2020-W15', 'Anna', '2020-04-08', 'RESOLVED', 'Löst', 'Anna', now())`,
          [randomUUID(), provider],
        );
      await migration.up(q);

      const units = await q.query(`SELECT provider_id, unit_id FROM pulse_answer WHERE week = '2020-W15'`);
      expect(units).toHaveLength(3);
      const unitOf = (provider: string) => units.find((a: any) => a.provider_id === provider)?.unit_id;
      expect(unitOf(oneUnitProvider)).toBe(onlyUnit);
      expect(unitOf(providerId)).toBeNull();
      expect(unitOf(noUnitProvider)).toBeNull();
      // The rule the service keeps beside the migration decides the same.
      expect(carriedOverUnitId([onlyUnit])).toBe(onlyUnit);
      expect(carriedOverUnitId([groupHome, serviceHome, optedOut])).toBeNull();
      const followUps = await q.query(`SELECT provider_id, unit_id FROM pulse_follow_up WHERE week = '2020-W15'`);
      expect(followUps).toEqual(
        expect.arrayContaining([
          { provider_id: oneUnitProvider, unit_id: onlyUnit },
          { provider_id: providerId, unit_id: null },
        ]),
      );

      // A provider-level answer stays one per provider and week; a unit's answer one per unit and week.
      await expect(
        q.query(
          `INSERT INTO pulse_answer (id, provider_id, week, question_values, version, submitted_at)
           VALUES ($1, $2, '2020-W15', '[]', 1, now())`,
          [randomUUID(), providerId],
        ),
      ).rejects.toThrow(/pulse_answer_provider_week_key/);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  });

  it('refuses to go back to answers per provider while a provider has answered for two units one week (migration 1796900000150)', async () => {
    const q = service.app.get(DataSource).createQueryRunner();
    await q.startTransaction();
    try {
      for (const unit of [groupHome, serviceHome])
        await q.query(
          `INSERT INTO pulse_answer (id, provider_id, unit_id, week, question_values, version, submitted_at)
           VALUES ($1, $2, $3, '2020-W16', '[]', 1, now())`,
          [randomUUID(), providerId, unit],
        );
      await expect(new PulsePerUnit1796900000150().down(q)).rejects.toThrow(/going back would lose answers/);
      expect(await q.query(`SELECT count(*)::int AS n FROM pulse_answer WHERE week = '2020-W16'`)).toEqual([{ n: 2 }]);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  });

  it('takes the pulse per unit: a unit of another provider refused with a code and nothing stored, answers, gaps, signals, follow-ups and the trend per unit', async () => {
    const db = service.app.get(DataSource);
    const [south, southHome] = [randomUUID(), randomUUID()];
    await send('contracts.provider.v1', south, {
      id: south,
      name: 'Vård i Syd AB',
      organisationNumber: '556677-8899',
      ownership: 'PRIVATE',
      version: 1,
    });
    await send('contracts.unit.v1', southHome, {
      id: southHome,
      providerId: south,
      name: 'Gruppbostad Syd',
      serviceArea: 'LSS_GROUP_HOME',
      places: 5,
      version: 1,
    });
    await waitFor(async () => (await count('unit_ref')) === 4 && (await count('provider_ref')) === 2, {
      what: 'the second provider from contracts',
    });
    const week = '2022-W30';
    const opened = await gql(`mutation($i: OpenPulsePeriodInput!) { openPulsePeriod(input: $i) { id } }`, {
      i: { name: 'Covid-19 hösten', fromWeek: week, toWeek: '2022-W31' },
    });
    expect(opened.errors).toBeUndefined();
    const periodId = opened.data.openPulsePeriod.id;
    const provider = await handoffHeaders({ sub: 'api-key:x', name: 'System', roles: ['PROVIDER'], providerId });
    const SUBMIT = `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { id unitId providerId version } }`;
    const scores = (staffing: number) => [
      { key: 'IMPACT', value: 1 },
      { key: 'STAFFING', value: staffing },
      { key: 'PROTECTIVE_EQUIPMENT', value: 1 },
      { key: 'WORRY', value: 2 },
    ];
    const answersBefore = await count('pulse_answer');

    const noUnit = await gql(SUBMIT, { i: { week, answers: scores(2) } }, provider);
    expect(noUnit.errors?.[0]).toMatchObject({
      message: 'unitId is required: the pulse is answered per unit',
      extensions: { code: 'VALIDATION_FAILED', rule: 'PULSE_UNIT_REQUIRED', field: 'unitId' },
    });
    // Another provider's unit answers a provider as one that does not exist.
    for (const unitId of [southHome, randomUUID()]) {
      const elsewhere = await gql(SUBMIT, { i: { unitId, week, answers: scores(2) } }, provider);
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'UNKNOWN',
        field: 'unitId',
        params: { entity: 'UNIT', ids: [unitId] },
      });
    }
    const mismatch = await gql(SUBMIT, { i: { providerId, unitId: southHome, week, answers: scores(2) } });
    expect(mismatch.errors?.[0]).toMatchObject({
      message: `unitId ${southHome} (Gruppbostad Syd) is not a unit of Omsorg i Norr AB`,
      extensions: {
        code: 'VALIDATION_FAILED',
        rule: 'PULSE_UNIT_NOT_OF_PROVIDER',
        field: 'unitId',
        params: { unitId: southHome, unitName: 'Gruppbostad Syd', providerId, providerName: 'Omsorg i Norr AB' },
      },
    });
    expect(await count('pulse_answer')).toBe(answersBefore);

    const linden = (await gql(SUBMIT, { i: { unitId: groupHome, week, answers: scores(5) } }, provider)).data;
    expect(linden.submitPulseAnswer).toMatchObject({ unitId: groupHome, providerId, version: 1 });
    const eken = (await gql(SUBMIT, { i: { unitId: serviceHome, week, answers: scores(3) } }, provider)).data;
    const again = (await gql(SUBMIT, { i: { unitId: serviceHome, week, answers: scores(2) } }, provider)).data;
    expect(again.submitPulseAnswer).toEqual({ ...eken.submitPulseAnswer, version: 2 });
    // An official names the unit; its provider is the one answering.
    const byOfficial = await gql(SUBMIT, { i: { unitId: southHome, week, answers: scores(4) } });
    expect(byOfficial.data.submitPulseAnswer).toMatchObject({ unitId: southHome, providerId: south, version: 1 });
    expect(await count('pulse_answer')).toBe(answersBefore + 3);

    const OVERVIEW = `query($w: String!) { pulseOverview(week: $w) {
      unitAnswers { unit { name providerName } providerName answer { version } signals { questionKey score } followUps { unitId outcome } }
      answeredUnits { name } missingUnits { id name providerName } missing { name } answered { name }
      signals { providerName unitId unitName questionKey score } } }`;
    const overview = (await gql(OVERVIEW, { w: week })).data.pulseOverview;
    expect(overview.unitAnswers).toEqual([
      {
        unit: { name: 'Gruppbostad Linden', providerName: 'Omsorg i Norr AB' },
        providerName: 'Omsorg i Norr AB',
        answer: { version: 1 },
        signals: [{ questionKey: 'STAFFING', score: 5 }],
        followUps: [],
      },
      {
        unit: { name: 'Servicebostad Eken', providerName: 'Omsorg i Norr AB' },
        providerName: 'Omsorg i Norr AB',
        answer: { version: 2 },
        signals: [],
        followUps: [],
      },
      {
        unit: { name: 'Gruppbostad Syd', providerName: 'Vård i Syd AB' },
        providerName: 'Vård i Syd AB',
        answer: { version: 1 },
        signals: [{ questionKey: 'STAFFING', score: 4 }],
        followUps: [],
      },
    ]);
    expect(overview.answeredUnits).toEqual([
      { name: 'Gruppbostad Linden' },
      { name: 'Servicebostad Eken' },
      { name: 'Gruppbostad Syd' },
    ]);
    expect(overview.missingUnits).toEqual([
      { id: optedOut, name: 'Gruppbostad Björken', providerName: 'Omsorg i Norr AB' },
    ]);
    expect(overview.missing).toEqual([{ name: 'Omsorg i Norr AB' }]);
    expect(overview.answered).toEqual([{ name: 'Omsorg i Norr AB' }, { name: 'Vård i Syd AB' }]);
    expect(overview.signals).toEqual([
      {
        providerName: 'Omsorg i Norr AB',
        unitId: groupHome,
        unitName: 'Gruppbostad Linden',
        questionKey: 'STAFFING',
        score: 5,
      },
      {
        providerName: 'Vård i Syd AB',
        unitId: southHome,
        unitName: 'Gruppbostad Syd',
        questionKey: 'STAFFING',
        score: 4,
      },
    ]);
    const own = (await gql(OVERVIEW, { w: week }, provider)).data.pulseOverview;
    expect(own.unitAnswers.map((a: any) => a.unit.name)).toEqual(['Gruppbostad Linden', 'Servicebostad Eken']);
    expect(own.missingUnits.map((u: any) => u.name)).toEqual(['Gruppbostad Björken']);

    const RECORD = `mutation($i: RecordPulseFollowUpInput!) { recordPulseFollowUp(input: $i) { providerId unitId week outcome } }`;
    const followUp = {
      providerId,
      week,
      contactedBy: 'Anna Andersson',
      contactedOn: '2022-07-28',
      outcome: 'RESOLVED',
      outcomeText: 'Vikarier på plats.',
    };
    const followUpsBefore = await count('pulse_follow_up');
    const otherUnit = await gql(RECORD, { i: { ...followUp, unitId: southHome } });
    expect(otherUnit.errors?.[0]?.extensions).toMatchObject({
      rule: 'PULSE_UNIT_NOT_OF_PROVIDER',
      field: 'unitId',
      params: { unitId: southHome, unitName: 'Gruppbostad Syd', providerId, providerName: 'Omsorg i Norr AB' },
    });
    const noSignalThere = await gql(RECORD, { i: { ...followUp, unitId: serviceHome } });
    expect(noSignalThere.errors?.[0]?.extensions).toMatchObject({ rule: 'PULSE_NO_SIGNAL', params: { week } });
    expect(await count('pulse_follow_up')).toBe(followUpsBefore);
    const recorded = await gql(RECORD, { i: { ...followUp, unitId: groupHome } });
    expect(recorded.data.recordPulseFollowUp).toEqual({ providerId, unitId: groupHome, week, outcome: 'RESOLVED' });
    const [stored] = await db.query(`SELECT unit_id FROM pulse_follow_up WHERE week = $1`, [week]);
    expect(stored).toEqual({ unit_id: groupHome });
    const followedUp = (await gql(OVERVIEW, { w: week })).data.pulseOverview.unitAnswers;
    expect(followedUp.map((a: any) => a.followUps)).toEqual([[{ unitId: groupHome, outcome: 'RESOLVED' }], [], []]);

    const TREND = `query($p: ID!, $u: ID, $pr: ID) { pulseTrend(periodId: $p, unitId: $u, providerId: $pr) {
      units { providerName weeks { answered values { key value } signalKeys } }
      perUnit { providerName unitName weeks { answered signalKeys followUps { outcome } } }
      questions { key weeks { week answers average signals } } } }`;
    const staffing = (t: any) => t.questions.find((q: any) => q.key === 'STAFFING').weeks[0];
    const all = (await gql(TREND, { p: periodId })).data.pulseTrend;
    expect(
      all.perUnit.map((r: any) => [r.providerName, r.unitName, r.weeks[0].answered, r.weeks[0].signalKeys]),
    ).toEqual([
      ['Omsorg i Norr AB', 'Gruppbostad Björken', false, []],
      ['Omsorg i Norr AB', 'Gruppbostad Linden', true, ['STAFFING']],
      ['Omsorg i Norr AB', 'Servicebostad Eken', true, []],
      ['Vård i Syd AB', 'Gruppbostad Syd', true, ['STAFFING']],
    ]);
    expect(all.perUnit[1].weeks[0].followUps).toEqual([{ outcome: 'RESOLVED' }]);
    expect(staffing(all)).toEqual({ week, answers: 3, average: 3.67, signals: 2 });
    // A provider's week is its units' worst value per question.
    expect(all.units[0]).toMatchObject({
      providerName: 'Omsorg i Norr AB',
      weeks: [
        {
          answered: true,
          values: [
            { key: 'IMPACT', value: 1 },
            { key: 'STAFFING', value: 5 },
            { key: 'PROTECTIVE_EQUIPMENT', value: 1 },
            { key: 'WORRY', value: 2 },
          ],
          signalKeys: ['STAFFING'],
        },
        { answered: false, values: [], signalKeys: [] },
      ],
    });
    const ofUnit = (await gql(TREND, { p: periodId, u: serviceHome })).data.pulseTrend;
    expect(staffing(ofUnit)).toEqual({ week, answers: 1, average: 2, signals: 0 });
    expect(ofUnit.perUnit.map((r: any) => r.unitName)).toEqual(['Servicebostad Eken']);
    expect(ofUnit.units.map((r: any) => r.providerName)).toEqual(['Omsorg i Norr AB']);
    const ofProvider = (await gql(TREND, { p: periodId, pr: south })).data.pulseTrend;
    expect(staffing(ofProvider)).toEqual({ week, answers: 1, average: 4, signals: 1 });
    expect(ofProvider.units.map((r: any) => r.providerName)).toEqual(['Vård i Syd AB']);
    const unknown = await gql(TREND, { p: periodId, u: randomUUID() });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });

    await service.app.get(OutboxRelay).flush();
    const events = await db.query(
      `SELECT envelope FROM outbox WHERE topic = 'surveys.pulse-answer.v1' AND envelope->'payload'->>'week' = $1 ORDER BY id`,
      [week],
    );
    expect(events.map((e: any) => e.envelope.payload)).toEqual([
      { providerId, unitId: groupHome, week, version: 1 },
      { providerId, unitId: serviceHome, week, version: 1 },
      { providerId, unitId: serviceHome, week, version: 2 },
      { providerId: south, unitId: southHome, week, version: 1 },
    ]);
  });

  it('extends Unit with its results in closed rounds', async () => {
    const result = await gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { surveyResults { roundName optedOut answers responseRate { numerator denominator } sharePositive } } } }`,
      { r: [{ __typename: 'Unit', id: groupHome }] },
    );
    expect(result.data._entities[0].surveyResults).toEqual([
      {
        roundName: 'LSS 2022',
        optedOut: false,
        answers: 9,
        responseRate: { numerator: 9, denominator: 12 },
        sharePositive: null,
      },
    ]);
  });

  it('hands each taking unit an answer link that anyone answers anonymously until the round closes', async () => {
    const roundId = await newRound('Svarslänkar 2022');
    const links = async () =>
      (await gql(`query($r: ID!) { surveyAnswerLinks(roundId: $r) { unitId unitName code } }`, { r: roundId })).data
        .surveyAnswerLinks as { unitId: string; unitName: string; code: string }[];
    const first = await links();
    // The opted-out unit takes no answers, so it gets no link; asking again gives the same codes.
    expect(first.map((l) => l.unitName)).toEqual(['Gruppbostad Linden', 'Servicebostad Eken']);
    expect(await links()).toEqual(first);
    expect(new Set(first.map((l) => l.code)).size).toBe(2);

    const anonymous = await handoffHeaders(ANONYMOUS_IDENTITY);
    const code = first.find((l) => l.unitId === groupHome)!.code;
    const survey = await gql(
      `query($c: String!) { surveyByAnswerCode(code: $c) { surveyName unitName questions { id options { code label } } } }`,
      { c: code },
      anonymous,
    );
    expect(survey.errors).toBeUndefined();
    expect(survey.data.surveyByAnswerCode.unitName).toBe('Gruppbostad Linden');
    expect(survey.data.surveyByAnswerCode.questions.map((q: { id: string }) => q.id)).toEqual(['Q1', 'Q2']);

    const answer = (c: string, option = 'YES') =>
      gql(
        `mutation($i: SubmitSurveyAnswerByCodeInput!) { submitSurveyAnswerByCode(input: $i) }`,
        { i: { code: c, answers: [{ questionId: 'Q1', option }] } },
        anonymous,
      );
    expect((await answer(code)).data).toEqual({ submitSurveyAnswerByCode: true });
    const stored = await service.app
      .get(DataSource)
      .query(`SELECT unit_id, gender, source FROM survey_response WHERE round_id = $1`, [roundId]);
    expect(stored).toEqual([{ unit_id: groupHome, gender: 'NOT_STATED', source: 'WEB' }]);
    expect((await answer(code, 'MAYBE')).errors?.[0].extensions).toMatchObject({ rule: 'NOT_AN_OPTION' });
    expect((await answer('x'.repeat(24))).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN_ANSWER_CODE',
      field: 'code',
    });

    // ANONYMOUS runs these two and nothing else.
    const rounds = await gql(`{ surveyRounds { id } }`, {}, anonymous);
    expect(rounds.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const links2 = await gql(`query($r: ID!) { surveyAnswerLinks(roundId: $r) { code } }`, { r: roundId }, anonymous);
    expect(links2.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { id } }`, { r: roundId });
    expect((await answer(code)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ROUND_CLOSED' });
    const closed = await gql(
      `query($c: String!) { surveyByAnswerCode(code: $c) { unitName } }`,
      { c: code },
      anonymous,
    );
    expect(closed.errors?.[0].extensions).toMatchObject({ rule: 'ROUND_CLOSED' });
  });

  it('cross-tabulates two questions of a round, hiding a small cell and whatever would give it away, and refuses a bad pair', async () => {
    const round = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id minCell } }`, {
      i: {
        definitionId,
        name: 'Korstabell 2022',
        period: '2022',
        units: [
          { unitId: groupHome, offered: 50 },
          { unitId: serviceHome, offered: 30 },
        ],
      },
    });
    const roundId = round.data.createSurveyRound.id;
    expect(round.data.createSurveyRound.minCell).toBe(5);
    // Rows Q1, columns Q2: only Nej × Ja (2) is small.
    const table: Record<string, Record<string, number>> = {
      YES: { YES: 9, SOMETIMES: 8, NO: 10 },
      SOMETIMES: { YES: 6, SOMETIMES: 6, NO: 10 },
      NO: { YES: 2, SOMETIMES: 5, NO: 9 },
    };
    const rows = Object.entries(table).flatMap(([q1, row]) =>
      Object.entries(row).flatMap(([q2, n]) => Array.from({ length: n }, () => [q1, q2])),
    );
    const imported = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      {
        r: roundId,
        csv: csvOf(rows.map(([q1, q2], i) => [i < 45 ? groupHome : serviceHome, 'WOMAN', q1, q2])),
      },
    );
    expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: 65 });

    const crossTab = (row: string, column: string) =>
      gql(
        `query($r: ID!, $row: String!, $col: String!) { surveyCrossTab(roundId: $r, rowQuestionId: $row, columnQuestionId: $col) {
          minCell rowQuestionText columnQuestionText answers
          rows { optionCode optionLabel suppressed answers cells { optionCode suppressed count share { numerator denominator } } }
          columns { optionCode suppressed answers } } }`,
        { r: roundId, row, col: column },
      );
    const result = await crossTab('Q1', 'Q2');
    expect(result.errors).toBeUndefined();
    const tab = result.data.surveyCrossTab;
    expect([tab.minCell, tab.rowQuestionText, tab.answers]).toEqual([5, 'Bryr sig personalen om dig?', 65]);
    // The small cell, and the three that would give it away through the row and column totals.
    expect(tab.rows.map((r: any) => [r.optionCode, r.answers, ...r.cells.map((c: any) => c.count)])).toEqual([
      ['YES', 27, 9, 8, 10, 0],
      ['SOMETIMES', 22, null, null, 10, 0],
      ['NO', 16, null, null, 9, 0],
      ['DONT_KNOW', 0, 0, 0, 0, 0],
    ]);
    expect(tab.rows[2].cells[0]).toEqual({ optionCode: 'YES', suppressed: true, count: null, share: null });
    expect(tab.rows[0].cells[2].share).toEqual({ numerator: 10, denominator: 27 });
    expect(tab.columns.map((c: any) => [c.optionCode, c.answers])).toEqual([
      ['YES', 17],
      ['SOMETIMES', 19],
      ['NO', 29],
      ['DONT_KNOW', 0],
    ]);

    expect((await crossTab('Q2', 'Q2')).errors?.[0]).toMatchObject({
      message: 'columnQuestionId is Q2, the question of the rows too; choose two different questions',
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'columnQuestionId',
        rule: 'SAME_QUESTION_TWICE',
        params: { questionId: 'Q2' },
      },
    });
    expect((await crossTab('Q9', 'Q2')).errors?.[0].extensions).toMatchObject({
      field: 'rowQuestionId',
      rule: 'UNKNOWN_QUESTION',
      params: { questionId: 'Q9' },
    });
  });

  it("keeps each unit's people placed beside those offered, gives the coverage, and refuses more offered than placed", async () => {
    const create = (units: Record<string, unknown>[]) =>
      gql(
        `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id units { unitId offered placed coverage { numerator denominator share } } } }`,
        { i: { definitionId, name: 'Placerade barn och unga 2022', period: '2022', units } },
      );
    // Seed 001: of 41 young people placed in family homes, 22 were offered the survey.
    const round = await create([
      { unitId: groupHome, offered: 22, placed: 41 },
      { unitId: serviceHome, offered: 8 },
    ]);
    expect(round.errors).toBeUndefined();
    const byUnit = new Map(round.data.createSurveyRound.units.map((u: any) => [u.unitId, u]));
    expect(byUnit.get(groupHome)).toEqual({
      unitId: groupHome,
      offered: 22,
      placed: 41,
      coverage: { numerator: 22, denominator: 41, share: 22 / 41 },
    });
    expect(byUnit.get(serviceHome)).toMatchObject({ offered: 8, placed: null, coverage: null });

    const refused = await create([{ unitId: groupHome, offered: 42, placed: 41 }]);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'units.0.offered',
        rule: 'OFFERED_MORE_THAN_PLACED',
        params: { offered: 42, placed: 41 },
      },
    });
  });

  it("gives results by service area each area's own national figure when a question has a KPI per area", async () => {
    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id questions { koladaKpiByServiceArea { serviceArea kpi } } } }`,
      {
        i: {
          code: 'SKR_LSS_BY_FORM',
          name: 'Brukarundersökning LSS, gruppbostad och servicebostad',
          questions: [
            {
              id: 'Q1',
              text: 'Bryr sig personalen om dig?',
              koladaKpi: 'U28532',
              koladaKpiByServiceArea: [
                { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28532' },
                { serviceArea: 'LSS_SERVICE_HOME', kpi: 'U28533' },
              ],
              options: OPTIONS,
            },
          ],
        },
      },
    );
    expect(definition.errors).toBeUndefined();
    expect(definition.data.createSurveyDefinition.questions[0].koladaKpiByServiceArea).toHaveLength(2);
    const twice = await gql(`mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`, {
      i: {
        code: 'SKR_LSS_BY_FORM',
        name: 'x',
        questions: [
          {
            id: 'Q1',
            text: 'x',
            koladaKpiByServiceArea: [
              { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28532' },
              { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28533' },
            ],
            options: OPTIONS,
          },
        ],
      },
    });
    expect(twice.errors?.[0].extensions).toMatchObject({
      field: 'questions.0.koladaKpiByServiceArea',
      rule: 'LISTED_TWICE',
      params: { value: 'LSS_GROUP_HOME' },
    });
    const imported = await gql(`mutation($j: String!) { importKoladaValues(json: $j) { accepted imported } }`, {
      j: JSON.stringify({
        values: [
          { kpi: 'U28532', municipality: '0000', period: 2023, values: [{ gender: 'T', value: 82 }] },
          { kpi: 'U28533', municipality: '0000', period: 2023, values: [{ gender: 'T', value: 75 }] },
        ],
      }),
    });
    expect(imported.data.importKoladaValues).toEqual({ accepted: true, imported: 2 });
    const round = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
      i: {
        definitionId: definition.data.createSurveyDefinition.id,
        name: 'LSS per boendeform 2023',
        period: '2023',
        units: [
          { unitId: groupHome, offered: 10 },
          { unitId: serviceHome, offered: 10 },
        ],
      },
    });
    const roundId = round.data.createSurveyRound.id;
    const results = async (groupBy: string) =>
      (
        await gql(
          `query($r: ID!, $g: SurveyResultGrouping!) { surveyResults(roundId: $r, groupBy: $g) { key questions { national } } }`,
          {
            r: roundId,
            g: groupBy,
          },
        )
      ).data.surveyResults.map((g: any) => [g.key, g.questions[0].national]);
    expect(await results('SERVICE_AREA')).toEqual([
      ['LSS_GROUP_HOME', 0.82],
      ['LSS_SERVICE_HOME', 0.75],
    ]);
    expect(await results('TOTAL')).toEqual([['TOTAL', 0.82]]);

    // The KPIs change in place for the round, the question and its answers as they were.
    const setKolada = (i: Record<string, unknown>) =>
      gql(
        `mutation($i: SetSurveyQuestionKoladaInput!) { setSurveyQuestionKolada(input: $i) { id version questions { id koladaKpi koladaKpiByServiceArea { serviceArea kpi } } } }`,
        { i: { definitionId: definition.data.createSurveyDefinition.id, questionId: 'Q1', ...i } },
      );
    const changed = await setKolada({
      koladaKpi: null,
      koladaKpiByServiceArea: [{ serviceArea: 'LSS_SERVICE_HOME', kpi: 'U28532' }],
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.setSurveyQuestionKolada).toMatchObject({
      id: definition.data.createSurveyDefinition.id,
      version: 1,
      questions: [
        { id: 'Q1', koladaKpi: null, koladaKpiByServiceArea: [{ serviceArea: 'LSS_SERVICE_HOME', kpi: 'U28532' }] },
      ],
    });
    expect(await results('SERVICE_AREA')).toEqual([
      ['LSS_GROUP_HOME', null],
      ['LSS_SERVICE_HOME', 0.82],
    ]);
    expect(await results('TOTAL')).toEqual([['TOTAL', null]]);

    const badFormat = await setKolada({ koladaKpiByServiceArea: [{ serviceArea: 'LSS_GROUP_HOME', kpi: '28532' }] });
    expect(badFormat.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'koladaKpiByServiceArea.0.kpi',
      params: { format: 'KOLADA_KPI' },
    });
    const refused = await setKolada({
      questionId: 'Q9',
      koladaKpiByServiceArea: [
        { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28532' },
        { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28533' },
      ],
    });
    expect((refused.errors?.[0].extensions?.violations as any[]).map((v: any) => [v.field, v.rule])).toEqual([
      ['questionId', 'UNKNOWN_QUESTION'],
      ['koladaKpiByServiceArea', 'LISTED_TWICE'],
    ]);
    const unknown = randomUUID();
    const missing = await gql(
      `mutation($i: SetSurveyQuestionKoladaInput!) { setSurveyQuestionKolada(input: $i) { id } }`,
      { i: { definitionId: unknown, questionId: 'Q1', koladaKpiByServiceArea: [] } },
    );
    expect(missing.errors?.[0].extensions).toMatchObject({
      field: 'definitionId',
      rule: 'UNKNOWN',
      params: { entity: 'SURVEY_DEFINITION', ids: [unknown] },
    });
    expect(await results('SERVICE_AREA')).toEqual([
      ['LSS_GROUP_HOME', null],
      ['LSS_SERVICE_HOME', 0.82],
    ]);
  });
});
