import { Page } from 'playwright-core';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

const OPTIONS = [
  { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
  { code: 'IBLAND', label: 'Ibland', positive: false, nonSubstantive: false },
  { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
  { code: 'VET_INTE', label: 'Vet inte', positive: false, nonSubstantive: true },
];
const QUESTION = 'Känner du dig trygg hemma?';

/**
 * A quality official reads how the answers to each question fall over its options, per gender:
 * women's shares over their substantive answers, "vet inte" beside them outside the base; the
 * two answers without a gender too few to show, and the men hidden with them since the total
 * would give them away. Compared with the earlier round, the response rate shows 60 % then.
 */
describe('the answer distribution in the web', () => {
  let web: Web;
  let official: Page;

  beforeAll(async () => {
    web = await startWeb();
    const gatewayUrl = web.gatewayUrl;
    const admin = await web.headers('ADMIN');
    const gql = (query: string, variables: Record<string, unknown>) =>
      postGraphQL<any>(`${gatewayUrl}/graphql`, query, variables, admin);
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name: 'Trygga Hem AB' });
    const groupHome = (
      await registerUnit(gatewayUrl, admin, providerId, { name: 'Gruppbostad Linden', serviceArea: 'LSS_GROUP_HOME' })
    ).id;
    const serviceHome = (
      await registerUnit(gatewayUrl, admin, providerId, { name: 'Servicebostad Eken', serviceArea: 'LSS_SERVICE_HOME' })
    ).id;
    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
      {
        i: {
          code: 'TRYGGHET_LSS',
          name: 'Trygghetsenkät LSS',
          questions: [{ id: 'F1', text: QUESTION, options: OPTIONS }],
        },
      },
    );
    const round = async (name: string, period: string, rows: string[]) => {
      const created = await waitFor(
        async () => {
          const answer = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
            i: {
              definitionId: definition.data.createSurveyDefinition.id,
              name,
              period,
              units: [
                { unitId: groupHome, offered: 12 },
                { unitId: serviceHome, offered: 8 },
              ],
            },
          });
          return refusesUnknownId(answer) ? null : answer;
        },
        { what: 'the units in surveys' },
      );
      const roundId = created.data.createSurveyRound.id;
      const imported = await gql(
        `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
        { r: roundId, csv: ['unit_id,gender,F1', ...rows].join('\n') },
      );
      expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: rows.length });
      await gql(`mutation($r: ID!) { closeSurveyRound(roundId: $r) { status } }`, { r: roundId });
    };
    const rows = (unitId: string, gender: string, answers: Record<string, number>) =>
      Object.entries(answers).flatMap(([code, n]) => Array<string>(n).fill(`${unitId},${gender},${code}`));
    // 2019: 12 answers of 20 offered.
    await round('Trygghetsenkäten 2019', '2019', rows(groupHome, 'WOMAN', { JA: 12 }));
    // 2022: 15 of 20. Women 7 (one "vet inte"), men 6, two without a gender.
    await round('Trygghetsenkäten 2022', '2022', [
      ...rows(groupHome, 'WOMAN', { JA: 3, IBLAND: 3, VET_INTE: 1 }),
      ...rows(groupHome, 'MAN', { JA: 4, NEJ: 1 }),
      ...rows(serviceHome, 'MAN', { NEJ: 1 }),
      ...rows(serviceHome, 'NOT_STATED', { JA: 1, IBLAND: 1 }),
    ]);
    official = await web.signedIn('QUALITY_OFFICIAL');
    await go(official, 'Brukarundersökningar', 'Brukarundersökningar');
  });

  afterAll(async () => {
    await web?.close();
  });

  it('shows each option’s share per gender, the small group and the one it would give away suppressed', async () => {
    await official
      .getByLabel('Omgång', { exact: true })
      .selectOption({ label: 'Trygghetsenkäten 2022 (2022, avslutad)' });
    await official.getByLabel('Dela upp på').selectOption({ label: 'Kön' });
    const table = official.getByRole('region', { name: 'Svarsfördelning' }).getByRole('table', { name: QUESTION });
    await table.getByRole('columnheader', { name: 'Ej angivet' }).waitFor();
    const row = (name: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allInnerTexts();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Svar', 'Kvinnor', 'Män', 'Ej angivet']);
    const hidden = 'För få svar – redovisas inte';
    expect(await row('Ja')).toEqual(['50,0 % (3 av 6)', hidden, hidden]);
    expect(await row('Ibland')).toEqual(['50,0 % (3 av 6)', hidden, hidden]);
    expect(await row('Nej')).toEqual(['0,0 % (0 av 6)', hidden, hidden]);
    expect(await row('Vet inte')).toEqual(['1 (utanför underlaget)', hidden, hidden]);
    await web.shot(official, 'survey-distribution-by-gender');
  });

  it('shows the earlier round’s response rate beside this one', async () => {
    await official.getByLabel('Dela upp på').selectOption({ label: 'Totalt' });
    await official.getByLabel('Jämför med omgång').selectOption({ label: 'Trygghetsenkäten 2019 (2019, avslutad)' });
    const total = official.getByRole('region', { name: 'Totalt' });
    await total
      .getByText('Svarsfrekvens 75,0 % (15 av 20) – i Trygghetsenkäten 2019: 60,0 % (12 av 20)', { exact: false })
      .waitFor();
    const table = official.getByRole('region', { name: 'Svarsfördelning' }).getByRole('table', { name: QUESTION });
    expect(
      await table
        .getByRole('row', { name: /^Ibland/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['28,6 % (4 av 14)']);
    await web.shot(official, 'survey-distribution-compared');
  });
});
