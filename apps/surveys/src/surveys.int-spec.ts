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

    const perUnitElsewhere = await gql(
      `query($r: ID!) { surveyResults(roundId: $r, groupBy: UNIT) { key } }`,
      { r: roundId },
      otherProvider,
    );
    expect(perUnitElsewhere.data.surveyResults).toEqual([]);

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
      `query($r: ID!, $c: ID!) { surveyResults(roundId: $r, compareWithRoundId: $c) { questions { questionId sharePositive { share } national koladaOwn previous } } }`,
      { r: latest.id, c: earlier },
    );
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

  it('keeps a weekly pulse per provider, listing who has not answered and which answers are signals', async () => {
    const week = '2022-W10';
    const before = await gql(`query($w: String!) { pulseOverview(week: $w) { missing { id } signals { topic } } }`, {
      w: week,
    });
    expect(before.data.pulseOverview).toEqual({ missing: [{ id: providerId }], signals: [] });
    const provider = await handoffHeaders({ sub: 'api-key:x', name: 'System', roles: ['PROVIDER'], providerId });
    const answer = (staffing: number) =>
      gql(
        `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { version comment } }`,
        { i: { week, impact: 2, staffing, protectiveEquipment: 5, worry: 3, comment: 'Brukare 811218-9876 smittad' } },
        provider,
      );
    expect((await answer(3)).data.submitPulseAnswer).toEqual({ version: 1, comment: 'Brukare [personnummer] smittad' });
    expect((await answer(4)).data.submitPulseAnswer.version).toBe(2);
    const after = await gql(
      `query($w: String!) { pulseOverview(week: $w) { missing { id } signals { providerName topic score } } }`,
      { w: week },
    );
    expect(after.data.pulseOverview).toEqual({
      missing: [],
      signals: [
        { providerName: 'Omsorg i Norr AB', topic: 'STAFFING', score: 4 },
        { providerName: 'Omsorg i Norr AB', topic: 'PROTECTIVE_EQUIPMENT', score: 5 },
      ],
    });
    const bad = await gql(
      `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { id } }`,
      { i: { week: '2022-W60', impact: 6, staffing: 1, protectiveEquipment: 1, worry: 1 } },
      provider,
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('impact must be a whole number 1 to 5'),
      extensions: {
        code: 'VALIDATION_FAILED',
        violations: [
          { rule: 'NOT_A_WEEK', field: 'week', params: {} },
          { rule: 'OUT_OF_RANGE', field: 'impact', params: { min: 1, max: 5, whole: true } },
        ],
      },
    });
    const elsewhere = await gql(
      `mutation($i: SubmitPulseAnswerInput!) { submitPulseAnswer(input: $i) { id } }`,
      { i: { providerId: randomUUID(), impact: 1, staffing: 1, protectiveEquipment: 1, worry: 1 } },
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
      { providerId, week: '2022-W10', version: 1 },
      { providerId, week: '2022-W10', version: 2 },
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
});
