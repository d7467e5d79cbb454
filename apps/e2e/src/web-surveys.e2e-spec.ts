import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { swedishRefusals, SURVEYS_RULE_MESSAGES } from '@kvalitetsnav/swedish';
import { postGraphQL, refusesUnknownId, waitFor } from '@kvalitetsnav/testing';
import { SURVEY_ANSWER_LINKS, SURVEY_DEFINITION_CODES, SURVEY_ROUNDS_WITH_UNITS } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { answerTo, go, startWeb, Web, WIDTHS } from './web/harness';

/** axe-core's rule violations on the page as it stands (ids and the elements' selectors). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations as string[];
}

/**
 * Surveys done in the web by a quality official, start to finish: a definition, a round with its
 * units (one opting out), a respondent answering from the unit's link on a tablet without signing
 * in, closing the round, and the results with their numerators.
 */
describe('surveys in the web', () => {
  let web: Web;
  let official: Page;
  const unit = { taking: 'Gruppbostad Eken', optingOut: 'Gruppbostad Aspen', takingId: '', optingOutId: '' };
  const survey = { code: 'TABLETT_LSS', name: 'Tablettenkät LSS', question: 'Känner du dig trygg hemma?' };
  const roundName = 'Tablettenkäten 2026';
  let answerUrl = '';
  let roundId = '';

  beforeAll(async () => {
    web = await startWeb();
    const gatewayUrl = web.gatewayUrl;
    const admin = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name: 'Ekens Omsorg AB' });
    unit.takingId = (
      await registerUnit(gatewayUrl, admin, providerId, { name: unit.taking, serviceArea: 'LSS_GROUP_HOME' })
    ).id;
    unit.optingOutId = (
      await registerUnit(gatewayUrl, admin, providerId, { name: unit.optingOut, serviceArea: 'LSS_GROUP_HOME' })
    ).id;
    // Surveys learns of units from Kafka: a round for both through the API says they have arrived.
    const definitionId = (
      await postGraphQL<any>(
        `${gatewayUrl}/graphql`,
        `mutation($i: CreateSurveyDefinitionInput!) { createSurveyDefinition(input: $i) { id } }`,
        {
          i: {
            code: 'FORBEREDELSE',
            name: 'Förberedelse',
            questions: [
              {
                id: 'Q1',
                text: 'Förberedelse',
                options: [
                  { code: 'JA', label: 'Ja', positive: true },
                  { code: 'NEJ', label: 'Nej', positive: false },
                ],
              },
            ],
          },
        },
        admin,
      )
    ).data.createSurveyDefinition.id;
    await waitFor(
      async () => {
        const created = await postGraphQL(
          `${gatewayUrl}/graphql`,
          `mutation($i: CreateSurveyRoundInput!) { createSurveyRound(input: $i) { id } }`,
          {
            i: {
              definitionId,
              name: 'Förberedelse',
              period: '2025',
              units: [
                { unitId: unit.takingId, offered: 1 },
                { unitId: unit.optingOutId, offered: 1 },
              ],
            },
          },
          admin,
        );
        return refusesUnknownId(created) ? null : created;
      },
      { what: 'the units in surveys' },
    );
    official = await web.signedIn('QUALITY_OFFICIAL');
    await go(official, 'Brukarundersökningar', 'Brukarundersökningar');
  });

  afterAll(async () => {
    await web?.close();
  });

  const definitionCodes = async () =>
    (await web.api(SURVEY_DEFINITION_CODES, {}, 'QUALITY_OFFICIAL')).surveyDefinitions.map((d) => d.code);

  it('refuses a bad definition in Swedish next to its fields, storing nothing', async () => {
    await official.locator('summary', { hasText: 'Ny enkät' }).click();
    const form = official.getByRole('form', { name: 'Ny enkät' });
    await form.getByLabel('Enkätens kod').fill('tablett lss');
    await form.getByLabel('Enkätens namn').fill(survey.name);
    const question = form.getByRole('group', { name: 'Fråga 1' });
    await question.getByLabel('Frågetext').fill(survey.question);
    await question.getByRole('group', { name: 'Svarsalternativ 2' }).getByLabel('Text').fill('');
    const refused = answerTo(official, 'CreateSurveyDefinition');
    await form.getByRole('button', { name: 'Spara enkäten' }).click();
    const answer = await refused;
    const byField = Object.fromEntries(swedishRefusals(answer.errors![0].extensions).map((r) => [r.field, r.message]));
    expect(Object.keys(byField).sort()).toEqual(['code', 'questions.0.options.1.label']);
    const codeInput = form.getByLabel('Enkätens kod');
    expect(await codeInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await codeInput.getAttribute('aria-describedby'))!.split(' ');
    const beside = await Promise.all(describedBy.map((id) => official.locator(`[id="${id}"]`).innerText()));
    expect(beside).toContain(byField['code']);
    const option = question.getByRole('group', { name: 'Svarsalternativ 2' });
    expect(await option.locator('.field-error').innerText()).toBe(byField['questions.0.options.1.label']);
    await official.getByRole('alert').waitFor();
    expect(await definitionCodes()).not.toContain('tablett lss');
    await web.shot(official, 'surveys-definition-refused');
    expect(await axeViolations(official)).toEqual([]);
  });

  it('creates a definition with a positive option and a "vet inte" option', async () => {
    const form = official.getByRole('form', { name: 'Ny enkät' });
    await form.getByLabel('Enkätens kod').fill(survey.code);
    const question = form.getByRole('group', { name: 'Fråga 1' });
    await question.getByRole('group', { name: 'Svarsalternativ 2' }).getByLabel('Text').fill('Nej');
    await question.getByLabel('Nyckeltal i Kolada').fill('U28532');
    // A fourth option, added and removed again: the form keeps the other three.
    await question.getByRole('button', { name: 'Lägg till svarsalternativ' }).click();
    await question.getByRole('group', { name: 'Svarsalternativ 4' }).waitFor();
    await question.getByRole('button', { name: 'Ta bort svarsalternativ 4' }).click();
    // A second question, added and removed.
    await form.getByRole('button', { name: 'Lägg till fråga' }).click();
    await form.getByRole('button', { name: 'Ta bort fråga 2' }).click();
    expect(await form.getByRole('group', { name: 'Fråga 2' }).count()).toBe(0);
    await form.getByRole('button', { name: 'Spara enkäten' }).click();
    await official.getByText(`Enkäten ${survey.name} är sparad som version 1.`).waitFor();
    const stored = (await web.api(SURVEY_DEFINITION_CODES, {}, 'QUALITY_OFFICIAL')).surveyDefinitions.find(
      (d) => d.code === survey.code,
    );
    expect(stored?.questions).toEqual([
      {
        id: 'F1',
        options: [
          { code: 'JA', label: 'Ja', positive: true, nonSubstantive: false },
          { code: 'NEJ', label: 'Nej', positive: false, nonSubstantive: false },
          { code: 'VET_INTE', label: 'Vet inte', positive: false, nonSubstantive: true },
        ],
      },
    ]);
    await web.shot(official, 'surveys-definition-saved');
  });

  it('creates a round with offered counts, refusing an opt-out without a reason next to its field', async () => {
    await official.locator('summary', { hasText: 'Ny omgång' }).click();
    const form = official.getByRole('form', { name: 'Ny omgång' });
    await form.getByLabel('Enkät', { exact: true }).selectOption({ label: `${survey.name} (version 1)` });
    await form.getByLabel('Omgångens namn').fill(roundName);
    await form.getByLabel('Period').fill('2026');
    await form.getByLabel('Minsta antal svar att redovisa').fill('1');
    await form.getByLabel(`Med i omgången – ${unit.taking}`).check();
    await form.getByLabel(`Antal erbjudna – ${unit.taking}`).fill('3');
    await form.getByLabel(`Med i omgången – ${unit.optingOut}`).check();
    await form.getByLabel(`Antal erbjudna – ${unit.optingOut}`).fill('4');
    await form.getByLabel(`Avstår – ${unit.optingOut}`).check();
    const refused = answerTo(official, 'CreateSurveyRound');
    await form.getByRole('button', { name: 'Skapa omgången' }).click();
    expect((await refused).errors?.[0].extensions).toMatchObject({ rule: 'OPT_OUT_WITHOUT_REASON' });
    const reason = form.getByLabel(`Skäl att avstå – ${unit.optingOut}`);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const reasonCell = form.getByRole('row', { name: new RegExp(unit.optingOut) });
    expect(await reasonCell.locator('.field-error').innerText()).toBe(
      SURVEYS_RULE_MESSAGES.OPT_OUT_WITHOUT_REASON({}, 'units.1.optOutReason'),
    );
    const rounds = async () => (await web.api(SURVEY_ROUNDS_WITH_UNITS, {}, 'QUALITY_OFFICIAL')).surveyRounds;
    expect((await rounds()).map((r) => r.name)).not.toContain(roundName);

    await reason.fill('Personalbrist under insamlingsperioden');
    await form.getByRole('button', { name: 'Skapa omgången' }).click();
    await official.getByText(`Omgången ${roundName} (2026) är skapad.`, { exact: false }).waitFor();
    const round = (await rounds()).find((r) => r.name === roundName)!;
    expect(round).toMatchObject({ status: 'OPEN', minCell: 1 });
    expect(round.units.map((u) => [u.unitId, u.offered, u.optedOut, u.optOutReason]).sort()).toEqual(
      [
        [unit.takingId, 3, false, null],
        [unit.optingOutId, 4, true, 'Personalbrist under insamlingsperioden'],
      ].sort(),
    );

    // The new round is chosen, with one link: the unit that opted out takes no answers.
    await official.locator('summary', { hasText: 'Ny omgång' }).click();
    const links = official.getByRole('region', { name: 'Svarslänkar' });
    const link = links.getByRole('row', { name: new RegExp(unit.taking) }).getByRole('link');
    answerUrl = (await link.getAttribute('href'))!;
    expect(answerUrl).toMatch(/\/svara\/[A-Za-z0-9_-]{24}$/);
    expect(await links.getByRole('link').count()).toBe(1);
    roundId = round.id;
    const apiLinks = await web.api(SURVEY_ANSWER_LINKS, { roundId: round.id }, 'QUALITY_OFFICIAL');
    expect(apiLinks.surveyAnswerLinks.map((l) => answerUrl.endsWith(`/svara/${l.code}`))).toEqual([true]);
    await links.getByRole('button', { name: `Kopiera länken för ${unit.taking}` }).click();
    await links.getByRole('status').waitFor();
    await web.shot(official, 'surveys-round-links');
    expect(await axeViolations(official)).toEqual([]);
  });

  it('is answered from the link on a tablet, without signing in', async () => {
    const context = await web.browser.newContext({
      viewport: WIDTHS.phone,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    const tablet = await context.newPage();
    await tablet.goto(answerUrl);
    await tablet.getByRole('heading', { name: survey.name, level: 1 }).waitFor();
    await tablet.getByText(unit.taking).waitFor();
    expect(await tablet.getByRole('button', { name: 'Logga in' }).count()).toBe(0);
    expect(await tablet.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await tablet.getByRole('group', { name: survey.question }).getByLabel('Ja').check();
    await tablet.getByLabel('Kvinna').check();
    expect(await axeViolations(tablet)).toEqual([]);
    const sent = answerTo(tablet, 'SubmitSurveyAnswerByCode');
    await tablet.getByRole('button', { name: 'Skicka svaret' }).click();
    expect((await sent).data).toEqual({ submitSurveyAnswerByCode: true });
    await tablet.getByRole('heading', { name: 'Tack för ditt svar!' }).waitFor();
    await web.shot(tablet, 'surveys-answer-link-thanks');
    await context.close();
  });

  const answersSoFar = async () =>
    (
      await postGraphQL<any>(
        `${web.gatewayUrl}/graphql`,
        `query($r: ID!) { surveyResults(roundId: $r, groupBy: TOTAL) { answers } }`,
        { r: roundId },
        await web.headers('QUALITY_OFFICIAL'),
      )
    ).data.surveyResults[0].answers;

  it('imports answers from CSV, showing a bad file’s errors row by row and storing nothing', async () => {
    await official.locator('summary', { hasText: 'Importera svar från CSV' }).click();
    const form = official.getByRole('form', { name: 'Importera svar' });
    await form
      .getByLabel('CSV-innehåll')
      .fill(['unit_id,gender,F1', `${unit.takingId},WOMAN,KANSKE`, 'inte-ett-id,MAN,JA'].join('\n'));
    await form.getByRole('button', { name: 'Importera svaren' }).click();
    const errors = form.getByRole('table', { name: 'Fel i filen' });
    await errors.waitFor();
    expect(await errors.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Rad\s+Kolumn\s+Fel$/),
      expect.stringMatching(/^2\s+F1\s/),
      expect.stringMatching(/^3\s+unit_id\s/),
    ]);
    expect(await errors.getByRole('row').nth(1).innerText()).toContain(
      'KANSKE är inte ett svarsalternativ i fråga F1.',
    );
    await web.shot(official, 'surveys-import-refused');
    expect(await answersSoFar()).toBe(1);

    await form.getByLabel('Välj fil').setInputFiles({
      name: 'svar.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['unit_id,gender,F1', `${unit.takingId},NOT_STATED,VET_INTE`].join('\n')),
    });
    // The file is read into the text box, so the user sees what is sent.
    await waitFor(async () => (await form.getByLabel('CSV-innehåll').inputValue()).includes('VET_INTE'), {
      what: 'the chosen file in the text box',
    });
    await form.getByRole('button', { name: 'Importera svaren' }).click();
    await official.getByText('1 svar är importerade.').waitFor();
    expect(await answersSoFar()).toBe(2);
  });

  it('imports Kolada values, refusing a bad file in Swedish', async () => {
    await official.locator('summary', { hasText: 'Importera värden från Kolada' }).click();
    const form = official.getByRole('form', { name: 'Importera Kolada-värden' });
    const file = (kpi: string) =>
      JSON.stringify({ values: [{ kpi, municipality: '0000', period: 2026, values: [{ gender: 'T', value: 82 }] }] });
    await form.getByLabel('JSON-innehåll').fill(file('X1'));
    await form.getByRole('button', { name: 'Importera värdena' }).click();
    const row = form.getByRole('table', { name: 'Fel i filen' }).getByRole('row', { name: /Post 1/ });
    expect(await row.innerText()).toContain('Nyckeltal måste skrivas som i Kolada, t.ex. U28532.');
    await form.getByLabel('JSON-innehåll').fill(file('U28532'));
    await form.getByRole('button', { name: 'Importera värdena' }).click();
    await official.getByText('1 värden från Kolada är importerade.').waitFor();
    await web.shot(official, 'surveys-kolada-imported');
  });

  it('closes the round after a confirmation; the link then refuses in Swedish', async () => {
    const close = official.getByRole('region', { name: 'Avsluta insamlingen' });
    await close.getByRole('button', { name: 'Stäng omgången' }).click();
    await close.getByText(`Vill du stänga ${roundName}?`, { exact: false }).waitFor();
    await web.shot(official, 'surveys-close-confirm');
    await close.getByRole('button', { name: 'Ja, stäng omgången' }).click();
    await official.getByText(`${roundName} är stängd`, { exact: false }).waitFor();
    expect(await official.getByRole('region', { name: 'Svarslänkar' }).count()).toBe(0);

    const context = await web.browser.newContext({ viewport: WIDTHS.phone, locale: 'sv-SE' });
    const tablet = await context.newPage();
    const refused = answerTo(tablet, 'SurveyByAnswerCode');
    await tablet.goto(answerUrl);
    const answer = await refused;
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ROUND_CLOSED' });
    const sentence = swedishRefusals(answer.errors![0].extensions)[0].message;
    expect(sentence).toMatch(/^Undersökningsomgången stängdes \d{4}-\d{2}-\d{2} och tar inte emot fler svar\.$/);
    await tablet.getByRole('alert').getByText(sentence).waitFor();
    expect(await tablet.getByRole('button', { name: 'Skicka svaret' }).count()).toBe(0);
    await web.shot(tablet, 'surveys-answer-link-closed');
    expect(await axeViolations(tablet)).toEqual([]);

    await tablet.goto(answerUrl.replace(/[^/]+$/, 'A'.repeat(24)));
    await tablet.getByRole('alert').getByText(SURVEYS_RULE_MESSAGES.UNKNOWN_ANSWER_CODE({}, 'code')).waitFor();
    await context.close();
  });

  it('reads the closed round’s results with their numerators and the unit left out', async () => {
    await official.getByLabel('Omgång', { exact: true }).selectOption({ label: `${roundName} (2026, avslutad)` });
    const total = official.getByRole('region', { name: 'Totalt' });
    // Two answers of three offered; the "vet inte" answer is outside the share's base, shown beside it.
    await total.getByText('Svarsfrekvens 66,7 % (2 av 3)', { exact: false }).waitFor();
    expect(await total.innerText()).toContain('utanför underlaget: erbjudna vid 1 enhet som avstod från att delta (4)');
    const row = await total.getByRole('row', { name: new RegExp(survey.question) }).innerText();
    expect(row).toContain('100,0 % (1 av 1)');
    expect(row).toContain('82,0 %');
    expect(row).toContain('svaren "vet inte", "vill inte svara" och "inte aktuellt": 1');
    await web.shot(official, 'surveys-results');

    const phone = await web.signedIn('QUALITY_OFFICIAL', { width: 'phone' });
    await go(phone, 'Brukarundersökningar', 'Brukarundersökningar');
    await phone.getByLabel('Omgång', { exact: true }).selectOption({ label: `${roundName} (2026, avslutad)` });
    await phone
      .getByRole('region', { name: 'Totalt' })
      .getByText('Svarsfrekvens 66,7 % (2 av 3)', { exact: false })
      .waitFor();
    await web.shot(phone, 'surveys-results-phone');
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });
});
