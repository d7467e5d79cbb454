import { CREATE_CONTRACT, FOLLOW_UP_PARENT, THEMATIC_STATE } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { startWeb, Web } from './web/harness';

const QUESTIONS = [
  { key: 'UNQUALIFIED', text: 'Finns outbildad personal i personalgruppen?' },
  { key: 'VALIDATION_PLAN', text: 'Finns plan för validering eller utbildning?', askedWhenYes: 'UNQUALIFIED' },
  { key: 'COMPETENCE', text: 'Har personalen erbjudits relevant kompetensutveckling?' },
  { key: 'SUPERVISION', text: 'Har verksamheten extern handledning?' },
];
/** Seed 001: 8 of 19 unqualified, 6 of those 8 without a plan, 11 of 19 not offered, 5 of 19 supervised. */
const answersOf = (i: number): Record<string, string> => ({
  UNQUALIFIED: i < 8 ? 'Ja' : 'Nej',
  ...(i < 8 ? { VALIDATION_PLAN: i < 6 ? 'Nej' : 'Ja' } : {}),
  COMPETENCE: i < 11 ? 'Nej' : 'Ja',
  SUPERVISION: i >= 14 ? 'Ja' : 'Nej',
});

describe('a thematic follow-up of 19 homes in the web (seed 001, extra staffing)', () => {
  let web: Web;
  let auth: Record<string, string>;
  const homes: { id: string; name: string }[] = [];
  const thematicInApi = async (id: string) => (await web.api(THEMATIC_STATE, { id }, 'ADMIN')).thematicFollowUp!;

  beforeAll(async () => {
    web = await startWeb();
    auth = await web.headers('ADMIN');
    for (const [p, count] of [
      ['Lindens Omsorg AB', 10],
      ['Ekens LSS AB', 9],
    ] as const) {
      const { id: providerId } = await registerProvider(web.gatewayUrl, auth, { name: p });
      const unitIds: string[] = [];
      for (let i = 0; i < count; i++) {
        const name = `Bostad ${String(homes.length + 1).padStart(2, '0')}`;
        const { id } = await registerUnit(web.gatewayUrl, auth, providerId, { name, serviceArea: 'LSS_GROUP_HOME' });
        homes.push({ id, name });
        unitIds.push(id);
      }
      await web.api(
        CREATE_CONTRACT,
        {
          input: {
            reference: `TEM-${p.slice(0, 5)}`,
            title: `Bostäder ${p}`,
            form: 'LOU',
            providerId,
            unitIds,
            startDate: '2020-01-01',
            endDate: '2099-12-31',
          },
        },
        'ADMIN',
      );
    }
  });
  afterAll(async () => {
    await web?.close();
  });

  it('creates the guide, runs the round, sees 8 av 19 and the rest, refuses a missing answer, and starts two linked specific follow-ups', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL', { width: 'desktop' });
    await page.getByRole('link', { name: 'Frågeguider' }).first().click();
    await page.getByRole('heading', { name: 'Frågeguider och tematiska uppföljningar', level: 1 }).waitFor();
    await page.getByLabel('Guidens nyckel').fill('EXTRA_STAFFING');
    await page.getByLabel('Guidens namn').fill('Personalens kompetens');
    for (const [i, q] of QUESTIONS.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Lägg till fråga' }).click();
      await page.getByLabel(`Frågans nyckel ${i + 1}`).fill(q.key);
      await page.getByLabel(`Frågetext ${i + 1}`).fill(q.text);
      if (q.askedWhenYes) await page.getByLabel(`Ställs bara om ja på ${i + 1}`).selectOption(q.askedWhenYes);
    }
    await page.getByRole('button', { name: 'Publicera version' }).click();
    await page.getByText('Version 1 är publicerad.').waitFor();

    const form = page.getByRole('form', { name: 'Ny tematisk uppföljning' });
    await form.getByLabel('Rubrik').fill('Ersättning för extra personalinsatser');
    await form.getByLabel('Syfte och metod').fill('Strukturerade intervjuer med verksamhetschefer.');
    await form.getByLabel('Planerad').fill('2022-05-01');
    await form.getByLabel('Frågeguide').selectOption({ label: 'Personalens kompetens (version 1)' });
    for (const home of homes) await form.getByLabel(new RegExp(`^${home.name} `)).check();
    await form.getByRole('button', { name: 'Skapa tematisk uppföljning' }).click();
    await page.getByRole('heading', { name: 'Ersättning för extra personalinsatser', level: 1 }).waitFor();
    const followUpId = page.url().split('/').pop()!;

    // Nothing answered: refused in Swedish, nothing stored.
    const first = page.getByRole('form', { name: `Svar för ${homes[0].name}` });
    await first.getByRole('button', { name: `Spara svar för ${homes[0].name}` }).click();
    await first.getByText('Svar: fråga ”UNQUALIFIED” är inte besvarad.').first().waitFor();
    expect((await thematicInApi(followUpId)).units[0].answers).toBeNull();

    for (const [i, home] of homes.entries()) {
      const unitForm = page.getByRole('form', { name: `Svar för ${home.name}` });
      for (const [key, value] of Object.entries(answersOf(i))) {
        const q = QUESTIONS.find((x) => x.key === key)!;
        await unitForm.getByLabel(`${q.text} (${home.name})`).selectOption({ label: value });
      }
      await unitForm.getByRole('button', { name: `Spara svar för ${home.name}` }).click();
      await unitForm.getByText(`Svaren för ${home.name} är sparade.`).waitFor();
    }

    const results = page.getByRole('table', { name: 'Resultat' });
    const row = (key: string) =>
      results
        .getByRole('row')
        .filter({ hasText: QUESTIONS.find((q) => q.key === key)!.text })
        .first();
    await row('UNQUALIFIED').getByText('Ja: 8 av 19').waitFor();
    await row('VALIDATION_PLAN').getByText('Nej: 6 av 8').waitFor();
    await row('COMPETENCE').getByText('Nej: 11 av 19').waitFor();
    await row('SUPERVISION').getByText('Ja: 5 av 19').waitFor();
    await row('UNQUALIFIED').getByText('Lindens Omsorg AB: 8 av 10').waitFor();
    await web.shot(page, 'thematic-results');

    const api = await thematicInApi(followUpId);
    const count = (key: string, value: string) => {
      const r = api.results.find((x) => x.questionKey === key)!;
      return [r.values.find((v) => v.value === value)!.count, r.of];
    };
    expect(count('UNQUALIFIED', 'YES')).toEqual([8, 19]);
    expect(count('VALIDATION_PLAN', 'NO')).toEqual([6, 8]);
    expect(count('COMPETENCE', 'NO')).toEqual([11, 19]);
    expect(count('SUPERVISION', 'YES')).toEqual([5, 19]);

    const start = page.getByRole('form', { name: 'Starta fördjupade uppföljningar' });
    await start.getByLabel(`Välj ${homes[0].name}`).check();
    await start.getByLabel(`Välj ${homes[12].name}`).check();
    await start.getByLabel('Fördjupade uppföljningar planeras').fill('2022-09-01');
    await start.getByRole('button', { name: 'Starta fördjupade uppföljningar' }).click();
    const children = page.getByRole('list', { name: 'Fördjupade uppföljningar' });
    await children.getByRole('link', { name: new RegExp(homes[12].name) }).waitFor();
    await children.getByRole('link', { name: new RegExp(homes[0].name) }).waitFor();

    const linked = (await thematicInApi(followUpId)).children;
    expect(linked.map((c) => [c.type, c.parentFollowUpId])).toEqual([
      ['SPECIFIC', followUpId],
      ['SPECIFIC', followUpId],
    ]);
    const child = await web.api(FOLLOW_UP_PARENT, { id: linked[0].id }, 'ADMIN');
    expect(child.followUp).toMatchObject({ type: 'SPECIFIC', parentFollowUpId: followUpId });

    // The written report of the thematic follow-up carries the same figures.
    const report = await fetch(`${web.gatewayUrl}/reports/follow-ups/${followUpId}/report.html`, { headers: auth });
    const html = await report.text();
    expect(html).toContain('Resultat per fråga');
    expect(html).toContain('Ja: 8 av 19');
    expect(html).toContain('Nej: 6 av 8');
  });
});
