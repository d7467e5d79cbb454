import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, waitFor, refusesUnknownId } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

/**
 * Seed 001's LSS user survey 2022: 20 group homes and 8 service homes, 297 residents offered;
 * four group homes (23 residents) and one service home (15) opted out; 147 answers. The
 * report printed 58 %; counted, it is 147 / 259 = 56.8 %, and the system must show that.
 */
const spread = (total: number, parts: number) =>
  Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
const GROUP_HOMES = { offered: spread(153, 16), optedOut: spread(23, 4), answers: spread(102, 16) };
const SERVICE_HOMES = { offered: spread(106, 7), optedOut: [15], answers: spread(45, 7) };
const OPTIONS = [
  { code: 'YES', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'SOMETIMES', label: 'Ibland', positive: false, nonSubstantive: false },
  { code: 'NO', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'DONT_WANT_TO_ANSWER', label: 'Vill inte svara', positive: false, nonSubstantive: true },
];
const AFRAID = [
  { code: 'NO', label: 'Nej', positive: true, nonSubstantive: false },
  { code: 'SOMETIMES', label: 'Ibland', positive: false, nonSubstantive: false },
  { code: 'YES', label: 'Ja', positive: false, nonSubstantive: false },
  { code: 'DONT_KNOW', label: 'Vet inte', positive: false, nonSubstantive: true },
];
/** "Är du rädd för något hemma?": "Ibland" from 32 of the 100 substantive answers at group homes, as printed. */
const fill = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([code, n]) => Array<string>(n).fill(code));
const AFRAID_ANSWERS = {
  groupHomes: fill({ SOMETIMES: 32, NO: 66, YES: 2, DONT_KNOW: 2 }),
  serviceHomes: fill({ NO: 27, SOMETIMES: 16, YES: 1, DONT_KNOW: 1 }),
};

describe('the LSS user survey 2022, through the gateway', () => {
  let stack: Stack;
  let auth: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(`${stack.gatewayUrl}/graphql`, query, variables, auth);

  beforeAll(async () => {
    stack = await startStack();
    auth = {
      authorization: `Bearer ${await signUserToken({ sub: 'anna', name: 'Anna Uppföljare', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
  });
  afterAll(() => stack?.close());

  it('shows the response rate with its denominator and the opted-out units, per form too, and the answer distribution with small groups hidden', async () => {
    const gatewayUrl = stack.gatewayUrl!;
    const { id: provider } = await registerProvider(gatewayUrl, auth, {
      name: 'Linköpings kommun',
      ownership: 'MUNICIPAL',
    });
    const createUnits = async (count: number, area: string, prefix: string) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++)
        ids.push(
          (await registerUnit(gatewayUrl, auth, provider, { name: `${prefix} ${i + 1}`, serviceArea: area })).id,
        );
      return ids;
    };
    const groupHomes = await createUnits(20, 'LSS_GROUP_HOME', 'Gruppbostad');
    const serviceHomes = await createUnits(8, 'LSS_SERVICE_HOME', 'Servicebostad');

    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
      {
        i: {
          code: 'SKR_LSS_BOSTAD',
          name: 'SKR brukarundersökning bostad med särskild service',
          pictureSupported: true,
          questions: [
            { id: 'Q1', text: 'Bryr sig personalen om dig?', options: OPTIONS },
            { id: 'Q2', text: 'Är du rädd för något hemma?', options: AFRAID },
          ],
        },
      },
    );
    const units = [
      ...groupHomes.slice(0, 16).map((unitId, i) => ({ unitId, offered: GROUP_HOMES.offered[i] })),
      ...groupHomes.slice(16).map((unitId, i) => ({
        unitId,
        offered: GROUP_HOMES.optedOut[i],
        optedOut: true,
        optOutReason: 'Valde att inte delta',
      })),
      ...serviceHomes.slice(0, 7).map((unitId, i) => ({ unitId, offered: SERVICE_HOMES.offered[i] })),
      {
        unitId: serviceHomes[7],
        offered: SERVICE_HOMES.optedOut[0],
        optedOut: true,
        optOutReason: 'Valde att inte delta',
      },
    ];
    expect(units.reduce((s, u) => s + u.offered, 0)).toBe(297);
    const round = await waitFor(
      async () => {
        const created = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
          i: {
            definitionId: definition.data.createSurveyDefinition.id,
            name: 'LSS 2022 område Norr',
            period: '2022',
            units,
          },
        });
        return refusesUnknownId(created) ? null : created;
      },
      { what: 'the units in the surveys read model' },
    );
    const roundId = round.data.createSurveyRound.id;

    const rows: string[] = [];
    const answer = (n: number) => (n % 7 === 0 ? 'DONT_WANT_TO_ANSWER' : n % 5 === 0 ? 'SOMETIMES' : 'YES');
    // The last three did not state their gender; the answers to Q2 are spread over the units.
    const gender = (n: number) => (n >= 144 ? 'NOT_STATED' : n % 2 ? 'MAN' : 'WOMAN');
    const afraid = (list: string[], k: number) => list[(k * 37) % list.length];
    let n = 0;
    let k = 0;
    GROUP_HOMES.answers.forEach((count, i) => {
      for (let c = 0; c < count; c++, n++, k++)
        rows.push(`${groupHomes[i]},${gender(n)},${answer(n)},${afraid(AFRAID_ANSWERS.groupHomes, k)}`);
    });
    k = 0;
    SERVICE_HOMES.answers.forEach((count, i) => {
      for (let c = 0; c < count; c++, n++, k++)
        rows.push(`${serviceHomes[i]},${gender(n)},${answer(n)},${afraid(AFRAID_ANSWERS.serviceHomes, k)}`);
    });
    expect(rows).toHaveLength(147);

    const bad = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported errors { line column message } } }`,
      {
        r: roundId,
        csv: ['unit_id,gender,Q1,Q2', ...rows.slice(0, 10), `${groupHomes[0]},WOMAN,PERHAPS,NO`].join('\n'),
      },
    );
    expect(bad.data.importSurveyResponses).toEqual({
      accepted: false,
      imported: 0,
      errors: [{ line: 12, column: 'Q1', message: expect.stringContaining('PERHAPS is not an option of Q1') }],
    });
    const afterBad = await gql(`query($r: ID!) { surveyResults(roundId: $r) { answers } }`, { r: roundId });
    expect(afterBad.data.surveyResults[0].answers).toBe(0);

    const good = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      { r: roundId, csv: ['unit_id,gender,Q1,Q2', ...rows].join('\n') },
    );
    expect(good.data.importSurveyResponses).toEqual({ accepted: true, imported: 147 });
    await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status } }`, { r: roundId });

    const results = await gql(
      `query($r: ID!) {
      total: surveyResults(roundId: $r) { answers responseRate { numerator denominator share excluded { reason count } } questions { sharePositive { numerator denominator excluded { reason count } } } }
      byForm: surveyResults(roundId: $r, groupBy: SERVICE_AREA) { key responseRate { numerator denominator } }
    }`,
      { r: roundId },
    );
    expect(results.errors).toBeUndefined();
    const [total] = results.data.total;
    expect(total.responseRate).toEqual({
      numerator: 147,
      denominator: 259,
      share: 147 / 259,
      excluded: [{ reason: 'offered at 5 units that opted out', count: 38 }],
    });
    expect(Math.round(total.responseRate.share * 1000) / 10).toBe(56.8);
    expect(total.questions[0].sharePositive.excluded).toEqual([
      { reason: expect.stringContaining('non-substantive'), count: 21 },
    ]);
    expect(results.data.byForm).toEqual([
      { key: 'LSS_GROUP_HOME', responseRate: { numerator: 102, denominator: 153 } }, // 67 %, as printed
      { key: 'LSS_SERVICE_HOME', responseRate: { numerator: 45, denominator: 106 } }, // 42 %, as printed
    ]);

    // Each option's share per group, over the substantive answers; a small group is hidden, and
    // the next smallest with it, since the total would give it away.
    const distribution = await gql(
      `query($r: ID!) {
      byForm: surveyAnswerDistribution(roundId: $r, groupBy: SERVICE_AREA) { groupKey questionId optionLabel suppressed count share { numerator denominator share } }
      byGender: surveyAnswerDistribution(roundId: $r, groupBy: GENDER) { groupKey questionId optionLabel suppressed count share { numerator denominator } }
      genders: surveyResults(roundId: $r, groupBy: GENDER) { key answers }
    }`,
      { r: roundId },
    );
    expect(distribution.errors).toBeUndefined();
    const afraidIn = (rows: any[], groupKey: string) =>
      rows
        .filter((o) => o.groupKey === groupKey && o.questionId === 'Q2')
        .map(({ groupKey: _g, questionId: _q, ...o }) => o);
    expect(afraidIn(distribution.data.byForm, 'LSS_GROUP_HOME')).toEqual([
      { optionLabel: 'Nej', suppressed: false, count: 66, share: { numerator: 66, denominator: 100, share: 0.66 } },
      { optionLabel: 'Ibland', suppressed: false, count: 32, share: { numerator: 32, denominator: 100, share: 0.32 } }, // 32 %, as printed
      { optionLabel: 'Ja', suppressed: false, count: 2, share: { numerator: 2, denominator: 100, share: 0.02 } },
      { optionLabel: 'Vet inte', suppressed: false, count: 2, share: null }, // outside the base, as for the share positive
    ]);
    const serviceHomeAfraid = afraidIn(distribution.data.byForm, 'LSS_SERVICE_HOME');
    expect(serviceHomeAfraid.map((o) => o.count)).toEqual([27, 16, 1, 1]);
    expect(serviceHomeAfraid.reduce((s, o) => s + (o.share?.share ?? 0), 0)).toBeCloseTo(1);

    expect(distribution.data.genders).toEqual([
      { key: 'WOMAN', answers: 72 },
      { key: 'MAN', answers: 72 },
      { key: 'NOT_STATED', answers: 3 },
    ]);
    expect(
      ['WOMAN', 'MAN', 'NOT_STATED'].map((key) =>
        afraidIn(distribution.data.byGender, key).map((o) => [o.suppressed, o.count]),
      ),
    ).toEqual([
      [
        [false, 45],
        [false, 24],
        [false, 2],
        [false, 1],
      ],
      Array(4).fill([true, null]), // men: 70 substantive, the smaller, hidden with NOT_STATED
      Array(4).fill([true, null]), // 3 answers, under the minimum of 5
    ]);
    expect(afraidIn(distribution.data.byGender, 'WOMAN')[1]).toEqual({
      optionLabel: 'Ibland',
      suppressed: false,
      count: 24,
      share: { numerator: 24, denominator: 71 },
    });

    const late = await gql(`mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id } }`, {
      i: { roundId, unitId: groupHomes[0], gender: 'WOMAN', answers: [{ questionId: 'Q1', option: 'YES' }] },
    });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'roundId' } });
  });

  it('shows the 2022 survey of placed young people: per placement form, those offered of those placed, and the answers of those offered', async () => {
    const gatewayUrl = stack.gatewayUrl!;
    const { id: provider } = await registerProvider(gatewayUrl, auth, {
      name: 'Socialförvaltningen',
      ownership: 'MUNICIPAL',
    });
    // Seed 001: family homes 41 placed, 22 offered, 5 answers (22 %); supported housing 46, 38, 9
    // (23,5 % printed); HVB 62, all offered, 38 answers (61 %).
    const forms = [
      { name: 'Familjehem', placed: 41, offered: 22, answers: 5 },
      { name: 'Stödboende', placed: 46, offered: 38, answers: 9 },
      { name: 'HVB', placed: 62, offered: 62, answers: 38 },
    ];
    const ids: string[] = [];
    for (const f of forms) ids.push((await registerUnit(gatewayUrl, auth, provider, { name: f.name })).id);
    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
      {
        i: {
          code: 'SKR_PLACERADE_BARN_UNGA',
          name: 'Brukarundersökning placerade barn och unga',
          questions: [{ id: 'F1', text: 'Känner du dig trygg där du bor?', options: OPTIONS }],
        },
      },
    );
    const round = await waitFor(
      async () => {
        const created = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
          i: {
            definitionId: definition.data.createSurveyDefinition.id,
            name: 'Placerade barn och unga 2022',
            period: '2022',
            units: forms.map((f, i) => ({ unitId: ids[i], offered: f.offered, placed: f.placed })),
          },
        });
        return refusesUnknownId(created) ? null : created;
      },
      { what: 'the units in the surveys read model' },
    );
    const roundId = round.data.createSurveyRound.id;
    const rows = forms.flatMap((f, i) => Array.from({ length: f.answers }, () => `${ids[i]},NOT_STATED,YES`));
    const imported = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      { r: roundId, csv: ['unit_id,gender,F1', ...rows].join('\n') },
    );
    expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: 52 });
    const answer = await gql(
      `query($r: ID!) {
      surveyRound(id: $r) { units { unitId placed offered coverage { numerator denominator } } }
      surveyResults(roundId: $r, groupBy: UNIT) { key responseRate { numerator denominator share } }
    }`,
      { r: roundId },
    );
    expect(answer.errors).toBeUndefined();
    const unit = (id: string) => answer.data.surveyRound.units.find((u: any) => u.unitId === id);
    const rate = (id: string) => answer.data.surveyResults.find((g: any) => g.key === id).responseRate;
    expect(unit(ids[0])).toEqual({
      unitId: ids[0],
      placed: 41,
      offered: 22,
      coverage: { numerator: 22, denominator: 41 },
    });
    expect(forms.map((_, i) => Math.round(rate(ids[i]).share * 1000) / 10)).toEqual([22.7, 23.7, 61.3]);
    expect(rate(ids[0])).toMatchObject({ numerator: 5, denominator: 22 });
    expect(unit(ids[2]).coverage).toEqual({ numerator: 62, denominator: 62 });
  });
});
