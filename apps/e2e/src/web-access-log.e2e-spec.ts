import { waitFor } from '@kvalitetsnav/testing';
import { REGISTER_DECISION_NOT_EXECUTED, REPORT_DEVIATION } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { answerTo, go, startWeb, Web } from './web/harness';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Who read what: a quality official opens a lex Sarah report's original (with its personal
 * identity number) giving a reason, and reads the decisions not executed (each one person's);
 * the administrator finds both reads in Åtkomstlogg, the decision's by its kind, and the
 * official finds them under Mina läsningar.
 */
describe('the access log in the web: reads of a lex Sarah original and of decisions not executed, seen by the admin and by the reader', () => {
  let web: Web;
  let deviationId = '';
  let decisionId = '';
  const tag = Date.now() % 100000;
  const ORIGINAL = `Kränkande bemötande av brukare 19811218-9876 (${tag})`;
  const REASON = `Utredning enligt lex Sarah ${tag}`;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, { name: `Loggens Omsorg ${tag} AB` });
    const { id: unitId } = await registerUnit(web.gatewayUrl, headers, providerId, {
      name: `Gruppbostad Loggen ${tag}`,
      serviceArea: 'LSS_GROUP_HOME',
      places: 5,
    });
    await waitFor(
      () =>
        web
          .api(
            REPORT_DEVIATION,
            { input: { unitId, kind: 'LEX_SARAH', occurredOn: today(), description: ORIGINAL } },
            'QUALITY_OFFICIAL',
          )
          .then(
            ({ reportDeviation }) => {
              deviationId = reportDeviation.id;
              return true;
            },
            () => false,
          ),
      { what: 'the unit to reach deviations' },
    );
    decisionId = (
      await web.api(
        REGISTER_DECISION_NOT_EXECUTED,
        {
          input: {
            serviceArea: 'LSS_GROUP_HOME',
            intervention: `Bostad med särskild service enligt LSS 9 § 9 (${tag})`,
            law: 'LSS',
            gender: 'WOMAN',
            decidedOn: today(),
            reason: `Ingen ledig plats ${tag}`,
            unitId,
          },
        },
        'QUALITY_OFFICIAL',
      )
    ).registerDecisionNotExecuted.id;
  });
  afterAll(() => web?.close());

  it('the quality official opens the original with a reason, and sees the read under Mina läsningar', async () => {
    const page = await web.signedIn('QUALITY_OFFICIAL');
    try {
      await page.goto(`${web.webUrl}/avvikelser/${deviationId}`);
      await page.getByRole('heading', { name: 'Lex Sarah', level: 1 }).waitFor();
      // What everyone reads has the number removed; the original is only shown on request.
      await page.getByText('[personnummer]').first().waitFor();
      expect(await page.getByText('19811218-9876').count()).toBe(0);
      const form = page.getByRole('form', { name: 'Originaltext' });
      await form.getByLabel('Skäl').fill(REASON);
      const read = answerTo(page, 'DeviationPageOriginal');
      await form.getByRole('button', { name: 'Visa originaltext' }).click();
      expect((await read).data.deviation.protectedDescription).toBe(ORIGINAL);
      await page.getByLabel('Originaltexten').filter({ hasText: ORIGINAL }).waitFor();
      await web.shot(page, 'access-log-original');

      await go(page, 'Mina läsningar', 'Mina läsningar');
      const row = page
        .getByRole('table', { name: 'Mina läsningar, senaste först' })
        .getByRole('row')
        .filter({ hasText: REASON });
      await row.waitFor();
      await expect(row.innerText()).resolves.toMatch(/Lex Sarah/);
      await expect(row.innerText()).resolves.toContain('Originaltext (med personnummer)');
      await row.getByRole('link', { name: 'Lex Sarah' }).waitFor();

      // The decisions not executed are one person's each: showing the list is a read too.
      await page.goto(`${web.webUrl}/avvikelser/ej-verkstallda-beslut`);
      await page.getByRole('heading', { name: 'Ej verkställda beslut', level: 1 }).waitFor();
      await page.getByRole('cell', { name: `Ingen ledig plats ${tag}` }).waitFor();
      await go(page, 'Mina läsningar', 'Mina läsningar');
      const decisions = page
        .getByRole('table', { name: 'Mina läsningar, senaste först' })
        .getByRole('row')
        .filter({ hasText: 'Listan över ej verkställda beslut' })
        .first();
      await decisions.waitFor();
      await expect(decisions.innerText()).resolves.toContain('Ej verkställt beslut');
      await web.shot(page, 'access-log-mine');
      // The official has no Åtkomstlogg in the menu: the whole log is the administrator's.
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await menu.getByRole('link', { name: 'Åtkomstlogg', exact: true }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('the administrator finds that read in Åtkomstlogg, searching by record and period', async () => {
    const page = await web.signedIn('ADMIN');
    try {
      await go(page, 'Åtkomstlogg', 'Åtkomstlogg');
      const form = page.getByRole('form', { name: 'Sök i åtkomstloggen' });
      await form.getByLabel('Ärende eller beslut').fill(deviationId);
      await form.getByLabel('Från').fill(today());
      await form.getByLabel('Till').fill(today());
      const searched = answerTo(page, 'AccessLogPage');
      await form.getByRole('button', { name: 'Sök' }).click();
      // The original shown once, and the deviation's page opened (its redacted texts) each time it was loaded.
      const reads = (await searched).data.accessLog;
      const fields = reads.items.map((e: { field: string }) => e.field);
      expect(fields.filter((f: string) => f === 'protectedDescription')).toHaveLength(1);
      expect(fields.filter((f: string) => f === 'deviation').length).toBeGreaterThanOrEqual(1);
      expect(fields.length).toBe(reads.total);
      const table = page.getByRole('table', { name: 'Läsningar, senaste först' });
      const row = table.getByRole('row').filter({ hasText: REASON });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('Anna Andersson');
      expect(text).toContain('Kvalitetsutvecklare / uppföljare');
      expect(text).toContain('Lex Sarah');
      expect(text).toContain(deviationId);
      await table.getByRole('row').filter({ hasText: 'Ärendet öppnat (texter och avsändare)' }).first().waitFor();
      await page.getByText(`Visar 1–${reads.total} av ${reads.total}`).waitFor();
      await web.shot(page, 'access-log-admin');

      // A period before the read finds nothing.
      await form.getByLabel('Från').fill('2020-01-01');
      await form.getByLabel('Till').fill('2020-12-31');
      const none = answerTo(page, 'AccessLogPage');
      await form.getByRole('button', { name: 'Sök' }).click();
      expect((await none).data.accessLog.total).toBe(0);
      await table.getByRole('cell', { name: 'Inga läsningar.' }).waitFor();

      // The reads of decisions not executed, by their kind and the decision's id.
      await form.getByLabel('Från').fill('');
      await form.getByLabel('Till').fill('');
      await form.getByLabel('Slag av uppgift').selectOption({ label: 'Ej verkställt beslut' });
      await form.getByLabel('Ärende eller beslut').fill(decisionId);
      const byKind = answerTo(page, 'AccessLogPage');
      await form.getByRole('button', { name: 'Sök' }).click();
      const found = (await byKind).data.accessLog;
      expect(found.total).toBeGreaterThanOrEqual(1);
      expect(
        found.items.every(
          (e: { recordKind: string; recordIds: string[] }) =>
            e.recordKind === 'DECISION_NOT_EXECUTED' && e.recordIds.includes(decisionId),
        ),
      ).toBe(true);
      const decisionRow = table.getByRole('row').filter({ hasText: 'Listan över ej verkställda beslut' }).first();
      await decisionRow.waitFor();
      const decisionText = await decisionRow.innerText();
      expect(decisionText).toContain('Anna Andersson');
      expect(decisionText).toContain('Ej verkställt beslut');
      await web.shot(page, 'access-log-admin-decisions');
    } finally {
      await page.close();
    }
  });
});
