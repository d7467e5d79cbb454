import { Page } from 'playwright-core';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

const SATISFACTION = 'Hur nöjd är du med stödet?';
const CHANGE = 'Har dina rutiner för att betala hyran förändrats?';
const QUESTIONS = [
  {
    id: 'F1',
    text: SATISFACTION,
    koladaKpi: 'U28532',
    // Group homes and service homes have different Kolada KPIs for the question.
    koladaKpiByServiceArea: [
      { serviceArea: 'LSS_GROUP_HOME', kpi: 'U28532' },
      { serviceArea: 'LSS_SERVICE_HOME', kpi: 'U28533' },
    ],
    options: [
      { code: 'MYCKET_BRA', label: 'Mycket bra', positive: true, nonSubstantive: false },
      { code: 'BRA', label: 'Bra', positive: true, nonSubstantive: false },
      { code: 'DALIGT', label: 'Dåligt', positive: false, nonSubstantive: false },
    ],
  },
  {
    id: 'F2',
    text: 'Är det lättare att planera din ekonomi?',
    options: [
      { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
      { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
    ],
  },
  {
    id: 'F3',
    text: CHANGE,
    options: [
      { code: 'STOR', label: 'Stor positiv förändring', positive: true, nonSubstantive: false },
      { code: 'VISS', label: 'Viss förändring', positive: false, nonSubstantive: false },
      { code: 'INGEN', label: 'Ingen förändring', positive: false, nonSubstantive: false },
      { code: 'VET_INTE', label: 'Vet inte', positive: false, nonSubstantive: true },
    ],
  },
];

/**
 * Seed 000: in the follow-up of housing support, satisfaction and change "did not seem
 * connected". A quality official sets satisfaction against change in the round's results: the
 * shares of each row, the one small cell (two dissatisfied with much change) and the three that
 * would give it away through the totals marked as not shown. The round's units show how many of
 * those placed were offered the survey (seed 001: 22 of 41 in family homes), and results by
 * service area show each area's own national figure.
 */
describe('the cross-table of two questions in the web', () => {
  let web: Web;
  let official: Page;

  beforeAll(async () => {
    web = await startWeb();
    const gatewayUrl = web.gatewayUrl;
    const admin = await web.headers('ADMIN');
    const gql = (query: string, variables: Record<string, unknown>) =>
      postGraphQL<any>(`${gatewayUrl}/graphql`, query, variables, admin);
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name: 'Boendestöd Öst AB' });
    const [supportA, supportB, familyHomes] = await Promise.all(
      (
        [
          ['Boendestöd Centrum', 'LSS_GROUP_HOME'],
          ['Boendestöd Ryd', 'LSS_SERVICE_HOME'],
          ['Familjehem Linköping', 'LSS_GROUP_HOME'],
        ] as const
      ).map(
        async ([name, serviceArea]) => (await registerUnit(gatewayUrl, admin, providerId, { name, serviceArea })).id,
      ),
    );
    const kolada = await gql(`mutation($j: String!) { importKoladaValues(json: $j) { accepted } }`, {
      j: JSON.stringify({
        values: [
          { kpi: 'U28532', municipality: '0000', period: 2020, values: [{ gender: 'T', value: 82 }] },
          { kpi: 'U28533', municipality: '0000', period: 2020, values: [{ gender: 'T', value: 75 }] },
        ],
      }),
    });
    expect(kolada.data.importKoladaValues.accepted).toBe(true);
    const definition = await gql(
      `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
      { i: { code: 'BOENDESTOD_UPPFOLJNING', name: 'Uppföljning av boendestöd', questions: QUESTIONS } },
    );
    const created = await waitFor(
      async () => {
        const answer = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
          i: {
            definitionId: definition.data.createSurveyDefinition.id,
            name: 'Boendestöd 2020',
            period: '2020',
            units: [
              { unitId: supportA, offered: 40, placed: 40 },
              { unitId: supportB, offered: 20 },
              { unitId: familyHomes, offered: 22, placed: 41 },
            ],
          },
        });
        return refusesUnknownId(answer) ? null : answer;
      },
      { what: 'the units in surveys' },
    );
    const roundId = created.data.createSurveyRound.id;
    // Satisfaction (rows) against change (columns).
    const table: Record<string, Record<string, number>> = {
      MYCKET_BRA: { STOR: 9, VISS: 8, INGEN: 10 },
      BRA: { STOR: 6, VISS: 6, INGEN: 10 },
      DALIGT: { STOR: 2, VISS: 5, INGEN: 9 },
    };
    const answers = Object.entries(table).flatMap(([f1, row]) =>
      Object.entries(row).flatMap(([f3, n]) => Array.from({ length: n }, () => `${f1},JA,${f3}`)),
    );
    const unitOf = (i: number) => (i < 40 ? supportA : i < 60 ? supportB : familyHomes);
    const imported = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      {
        r: roundId,
        csv: ['unit_id,gender,F1,F2,F3', ...answers.map((a, i) => `${unitOf(i)},NOT_STATED,${a}`)].join('\n'),
      },
    );
    expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: 65 });
    official = await web.signedIn('QUALITY_OFFICIAL');
    await go(official, 'Brukarundersökningar', 'Brukarundersökningar');
  });

  afterAll(async () => {
    await web?.close();
  });

  it('sets satisfaction against change, the small cell and those that would give it away not shown', async () => {
    await official.getByLabel('Omgång', { exact: true }).selectOption({ label: 'Boendestöd 2020 (2020, pågår)' });
    const section = official.getByRole('region', { name: 'Korstabell' });
    await section.getByLabel('Fråga i raderna').selectOption({ label: SATISFACTION });
    await section.getByLabel('Fråga i kolumnerna').selectOption({ label: CHANGE });
    const table = section.getByRole('table', { name: `${SATISFACTION} mot ${CHANGE}` });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      SATISFACTION,
      'Stor positiv förändring',
      'Viss förändring',
      'Ingen förändring',
      'Vet inte',
      'Antal svar',
    ]);
    const row = (name: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allInnerTexts();
    const hidden = 'För få svar – redovisas inte';
    expect(await row('Mycket bra')).toEqual([
      '33,3 % (9 av 27)',
      '29,6 % (8 av 27)',
      '37,0 % (10 av 27)',
      '0 (utanför underlaget)',
      '27',
    ]);
    expect(await row('Bra')).toEqual([hidden, hidden, '45,5 % (10 av 22)', '0 (utanför underlaget)', '22']);
    expect(await row('Dåligt')).toEqual([hidden, hidden, '56,3 % (9 av 16)', '0 (utanför underlaget)', '16']);
    expect(await row('Antal svar')).toEqual(['17', '19', '29', '0', '65']);
    expect(await table.locator('.suppressed').count()).toBe(4);
    await web.shot(official, 'survey-crosstab');
  });

  it('says in Swedish that two different questions are needed when one is chosen twice', async () => {
    const section = official.getByRole('region', { name: 'Korstabell' });
    await section.getByLabel('Fråga i kolumnerna').selectOption({ label: SATISFACTION });
    await section
      .getByRole('alert')
      .getByText('Fråga F1 är redan vald för raderna. Välj två olika frågor att ställa mot varandra.')
      .waitFor();
  });

  it('shows per unit how many of those placed were offered the survey', async () => {
    const coverage = official
      .getByRole('region', { name: 'Täckning per enhet' })
      .getByRole('table', { name: 'Placerade och erbjudna per enhet' });
    const row = (name: string) =>
      coverage
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allInnerTexts();
    expect(await row('Familjehem Linköping')).toEqual(['41', '22', '53,7 % (22 av 41)']);
    expect(await row('Boendestöd Ryd')).toEqual(['Ej angivet', '20', '–']);
  });

  it("shows each service area's own national figure beside its results", async () => {
    await official.getByLabel('Dela upp på').selectOption({ label: 'Boendeform' });
    const groups = official.locator('section.card', {
      has: official.getByRole('table', { name: 'Andel positiva svar' }),
    });
    await groups.nth(1).waitFor();
    const national = async (i: number) =>
      (
        await groups
          .nth(i)
          .getByRole('row', { name: new RegExp(`^${SATISFACTION.replace('?', '\\?')}`) })
          .getByRole('cell')
          .allInnerTexts()
      )[2];
    expect([await groups.count(), await national(0), await national(1)]).toEqual([2, '82,0 %', '75,0 %']);
  });
});
