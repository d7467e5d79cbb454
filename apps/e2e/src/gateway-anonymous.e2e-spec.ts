import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
import { ANONYMOUS_ANSWER, ANONYMOUS_SURVEY, SURVEY_ANSWER_LINKS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

const BUDGET = 30;

/**
 * A respondent with a survey's answer link needs no sign-in: exactly the link's two operations
 * pass without credentials, anything else is still UNAUTHENTICATED, and anonymous callers are
 * rate-limited like everyone else (by their address).
 */
describe('the gateway without credentials', () => {
  let stack: Stack;
  let graphql: string;
  let official: Record<string, string>;
  let code = '';
  let roundId = '';
  const anonymous = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(graphql, query, variables);

  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: String(BUDGET) } });
    graphql = `${stack.gatewayUrl}/graphql`;
    official = {
      authorization: `Bearer ${await signUserToken({ sub: 'anon-setup', name: 'Uppföljare', roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
    const { id: providerId } = await registerProvider(stack.gatewayUrl!, official, { name: 'Anonyma Omsorg AB' });
    const { id: unitId } = await registerUnit(stack.gatewayUrl!, official, providerId, { name: 'Gruppbostad Almen' });
    const definition = await postGraphQL<any>(
      graphql,
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
      {
        i: {
          code: 'ANON',
          name: 'Anonym enkät',
          questions: [
            {
              id: 'Q1',
              text: 'Trivs du?',
              options: [
                { code: 'JA', label: 'Ja', positive: true },
                { code: 'NEJ', label: 'Nej', positive: false },
              ],
            },
          ],
        },
      },
      official,
    );
    const round = await waitFor(
      async () => {
        const created = await postGraphQL<any>(
          graphql,
          `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`,
          {
            i: {
              definitionId: definition.data.createSurveyDefinition.id,
              name: 'Anonym omgång',
              period: '2026',
              units: [{ unitId, offered: 5 }],
            },
          },
          official,
        );
        return refusesUnknownId(created) ? null : created;
      },
      { what: 'the unit in surveys' },
    );
    roundId = round.data.createSurveyRound.id;
    const links = await postGraphQL(graphql, SURVEY_ANSWER_LINKS, { roundId }, official);
    code = links.data!.surveyAnswerLinks[0].code;
  });
  afterAll(() => stack?.close());

  it('lets a respondent read the survey and send one answer sheet', async () => {
    const survey = await postGraphQL(graphql, ANONYMOUS_SURVEY, { code });
    expect(survey.status).toBe(200);
    expect(survey.data?.surveyByAnswerCode).toEqual({
      surveyName: 'Anonym enkät',
      unitName: 'Gruppbostad Almen',
      questions: [{ id: 'Q1' }],
    });
    const sent = await postGraphQL(graphql, ANONYMOUS_ANSWER, {
      input: { code, answers: [{ questionId: 'Q1', option: 'JA' }] },
    });
    expect(sent.data).toEqual({ submitSurveyAnswerByCode: true });
  });

  it('refuses every other field as UNAUTHENTICATED, alone, beside the answer link, aliased or in a fragment', async () => {
    const probes = [
      '{ providers { id } }',
      '{ __typename }',
      '{ __schema { queryType { name } } }',
      `{ surveyByAnswerCode(code: "${code}") { unitName } surveyRounds { id } }`,
      `{ surveyByAnswerCode: surveyRounds { id } }`,
      `{ ...F } fragment F on Query { surveyAnswerLinks(roundId: "${roundId}") { code } }`,
      `mutation { closeSurveyRound(roundId: "${roundId}") { id } }`,
    ];
    for (const query of probes) {
      const answer = await anonymous(query);
      expect({ query, status: answer.status, code: answer.errors?.[0]?.extensions?.code, data: answer.data }).toEqual({
        query,
        status: 401,
        code: 'UNAUTHENTICATED',
        data: undefined,
      });
    }
    const round = await postGraphQL<any>(
      graphql,
      `query($id: ID!) { surveyRound(id: $id) { status } }`,
      { id: roundId },
      official,
    );
    expect(round.data.surveyRound.status).toBe('OPEN');
  });

  it('refuses an unknown code, and every code once the round is closed, with the rule', async () => {
    const unknown = await postGraphQL(graphql, ANONYMOUS_SURVEY, { code: 'A'.repeat(24) });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN_ANSWER_CODE',
      field: 'code',
    });
    await postGraphQL(graphql, `mutation($r: ID!) { closeSurveyRound(roundId: $r) { id } }`, { r: roundId }, official);
    const closed = await postGraphQL(graphql, ANONYMOUS_ANSWER, {
      input: { code, answers: [{ questionId: 'Q1', option: 'NEJ' }] },
    });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'ROUND_CLOSED' });
    const results = await postGraphQL<any>(
      graphql,
      `query($r: ID!) { surveyResults(roundId: $r, groupBy: TOTAL) { answers } }`,
      { r: roundId },
      official,
    );
    expect(results.data.surveyResults[0].answers).toBe(1);
  });

  it('limits anonymous callers by their address, leaving signed-in users alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < BUDGET + 5; i++)
      statuses.push((await postGraphQL(graphql, ANONYMOUS_SURVEY, { code: 'B'.repeat(24) })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    const signedIn = await postGraphQL<any>(graphql, '{ surveyRounds { id } }', {}, official);
    expect(signedIn.status).toBe(200);
  });
});
