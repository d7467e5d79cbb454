import { Page } from 'playwright-core';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
import { registerProvider, registerUnit } from './register';
import { go, startWeb, Web } from './web/harness';

const QUESTION = 'Trivs du i ditt boende?';

/**
 * Group homes and service homes have different Kolada KPIs for one question. A quality official
 * gives the service homes their own KPI on the round's survey (first mistyped, refused in
 * Swedish at the field), sees the service homes' national figure beside their results, and
 * changes it again.
 */
describe("a service area's own Kolada KPI set in the web", () => {
  let web: Web;
  let official: Page;
  const run = Date.now() % 100000;
  const roundName = `Trivsel LSS ${run}`;

  beforeAll(async () => {
    web = await startWeb();
    const gatewayUrl = web.gatewayUrl;
    const admin = await web.headers('ADMIN');
    const gql = (query: string, variables: Record<string, unknown>) =>
      postGraphQL<any>(`${gatewayUrl}/graphql`, query, variables, admin);
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name: `Trivselboenden ${run} AB` });
    const [groupHome, serviceHome] = await Promise.all(
      (
        [
          [`Gruppbostaden Linden ${run}`, 'LSS_GROUP_HOME'],
          [`Servicebostaden Almen ${run}`, 'LSS_SERVICE_HOME'],
        ] as const
      ).map(
        async ([name, serviceArea]) => (await registerUnit(gatewayUrl, admin, providerId, { name, serviceArea })).id,
      ),
    );
    // The national figures as the other survey tests have them (Kolada's API shape, period 2020).
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
      {
        i: {
          code: `TRIVSEL_LSS_${run}`,
          name: 'Trivsel i LSS-boende',
          questions: [
            {
              id: 'F1',
              text: QUESTION,
              koladaKpi: 'U28532',
              options: [
                { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
                { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
              ],
            },
          ],
        },
      },
    );
    const created = await waitFor(
      async () => {
        const answer = await gql(`mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`, {
          i: {
            definitionId: definition.data.createSurveyDefinition.id,
            name: roundName,
            period: '2020',
            units: [
              { unitId: groupHome, offered: 10 },
              { unitId: serviceHome, offered: 10 },
            ],
          },
        });
        return refusesUnknownId(answer) ? null : answer;
      },
      { what: 'the units in surveys' },
    );
    const answers = [
      ...Array.from({ length: 8 }, (_, i) => `${groupHome},NOT_STATED,${i < 6 ? 'JA' : 'NEJ'}`),
      ...Array.from({ length: 8 }, (_, i) => `${serviceHome},NOT_STATED,${i < 4 ? 'JA' : 'NEJ'}`),
    ];
    const imported = await gql(
      `mutation($r: ID!, $csv: String!) { importSurveyResponses(roundId: $r, csv: $csv) { accepted imported } }`,
      { r: created.data.createSurveyRound.id, csv: ['unit_id,gender,F1', ...answers].join('\n') },
    );
    expect(imported.data.importSurveyResponses).toEqual({ accepted: true, imported: 16 });
    official = await web.signedIn('QUALITY_OFFICIAL');
    await go(official, 'Brukarundersökningar', 'Brukarundersökningar');
    await official.getByLabel('Omgång', { exact: true }).selectOption({ label: `${roundName} (2020, pågår)` });
    await official.getByLabel('Dela upp på').selectOption({ label: 'Boendeform' });
  });

  afterAll(async () => {
    await web?.close();
  });

  /** The national figure beside the question's share positive, in the results of one service area. */
  const national = async (area: string) => {
    const group = official
      .getByRole('region', { name: area, exact: true })
      .filter({ has: official.getByRole('table', { name: 'Andel positiva svar' }) });
    const cells = group.getByRole('row', { name: new RegExp(`^${QUESTION.replace('?', '\\?')}`) }).getByRole('cell');
    await cells.first().waitFor();
    return (await cells.allInnerTexts())[2];
  };

  it("refuses a mistyped KPI in Swedish, then shows the service homes' own national figure", async () => {
    expect([await national('Gruppbostad LSS'), await national('Servicebostad LSS')]).toEqual(['–', '–']);
    await official.locator('summary', { hasText: 'Nyckeltal i Kolada' }).click();
    const form = official.getByRole('form', { name: 'Nyckeltal för F1' });
    expect(await form.getByLabel('Nyckeltal för hela enkäten, F1').inputValue()).toBe('U28532');
    await form.getByText('Inget verksamhetsområde har ett eget nyckeltal.').waitFor();
    await form.getByRole('button', { name: 'Lägg till verksamhetsområde för F1' }).click();
    await form.getByLabel('Verksamhetsområde 1', { exact: true }).selectOption({ label: 'Servicebostad LSS' });
    const kpi = form.getByLabel('Nyckeltal för verksamhetsområde 1');
    await kpi.fill('28533');
    await form.getByRole('button', { name: 'Spara nyckeltalen för F1' }).click();
    await form.getByText('Nyckeltal måste vara ett nyckeltal i Kolada, t.ex. U28532.').first().waitFor();
    expect(await kpi.getAttribute('aria-invalid')).toBe('true');
    expect(await national('Servicebostad LSS')).toBe('–');

    await kpi.fill('U28533');
    await form.getByRole('button', { name: 'Spara nyckeltalen för F1' }).click();
    await official.getByText('Nyckeltalen för F1 är sparade: hela enkäten U28532, Servicebostad LSS U28533.').waitFor();
    await waitFor(async () => (await national('Servicebostad LSS')) === '75,0 %', {
      what: "the service homes' national figure",
    });
    // A group home without a KPI of its own has no national figure: the whole survey's is another measure.
    expect(await national('Gruppbostad LSS')).toBe('–');
    await web.shot(official, 'survey-kolada-per-area');
  });

  it('changes the KPI of the service homes and adds one for the group homes', async () => {
    const form = official.getByRole('form', { name: 'Nyckeltal för F1' });
    await form.getByLabel('Nyckeltal för verksamhetsområde 1').fill('U28532');
    await form.getByRole('button', { name: 'Lägg till verksamhetsområde för F1' }).click();
    const second = form.getByLabel('Verksamhetsområde 2', { exact: true });
    // The service homes have their KPI already: they are not offered again.
    expect(await second.locator('option', { hasText: 'Servicebostad LSS' }).count()).toBe(0);
    await second.selectOption({ label: 'Gruppbostad LSS' });
    await form.getByLabel('Nyckeltal för verksamhetsområde 2').fill('U28533');
    await form.getByRole('button', { name: 'Spara nyckeltalen för F1' }).click();
    await official
      .getByText(
        'Nyckeltalen för F1 är sparade: hela enkäten U28532, Servicebostad LSS U28532, Gruppbostad LSS U28533.',
      )
      .waitFor();
    await waitFor(
      async () =>
        (await national('Servicebostad LSS')) === '82,0 %' && (await national('Gruppbostad LSS')) === '75,0 %',
      { what: 'the changed national figures' },
    );
  });
});
