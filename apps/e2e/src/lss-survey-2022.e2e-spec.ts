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

  it('shows the response rate with its denominator and the opted-out units, per form too', async () => {
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
          questions: [{ id: 'Q1', text: 'Bryr sig personalen om dig?', options: OPTIONS }],
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
    let n = 0;
    GROUP_HOMES.answers.forEach((count, i) => {
      for (let k = 0; k < count; k++, n++) rows.push(`${groupHomes[i]},${n % 2 ? 'MAN' : 'WOMAN'},${answer(n)}`);
    });
    SERVICE_HOMES.answers.forEach((count, i) => {
      for (let k = 0; k < count; k++, n++) rows.push(`${serviceHomes[i]},${n % 2 ? 'MAN' : 'WOMAN'},${answer(n)}`);
    });
    expect(rows).toHaveLength(147);

    const bad = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported errors { line column message } } }`,
      {
        r: roundId,
        csv: ['unit_id,gender,Q1', ...rows.slice(0, 10), `${groupHomes[0]},WOMAN,PERHAPS`].join('\n'),
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
      { r: roundId, csv: ['unit_id,gender,Q1', ...rows].join('\n') },
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

    const late = await gql(`mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id } }`, {
      i: { roundId, unitId: groupHomes[0], gender: 'WOMAN', answers: [{ questionId: 'Q1', option: 'YES' }] },
    });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'roundId' } });
  });
});
