import { waitFor } from '@kvalitetsnav/testing';
import { DEVIATIONS_BY_FILTER, IMPORT_DEVIATIONS, RETENTION_RUNS_CULLED } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { answerTo, go, startWeb, Web } from './web/harness';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Retention in the web: a lex Sarah report closed years ago is imported; the administrator opens
 * Gallring, sees the configured times, presses Gallra nu and confirms, sees the run with its
 * counts, and the report's description reads as the marker on its page.
 */
describe('retention (gallring) in the web: the admin culls a long-closed report', () => {
  let web: Web;
  let unitId = '';
  let deviationId = '';
  const tag = Date.now() % 100000;
  const DESCRIPTION = `Kränkande bemötande av brukare 19811218-9876 (${tag})`;

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('ADMIN');
    const { id: providerId } = await registerProvider(web.gatewayUrl, headers, {
      name: `Gallringens Omsorg ${tag} AB`,
    });
    unitId = (
      await registerUnit(web.gatewayUrl, headers, providerId, {
        name: `Gruppbostad Gallringen ${tag}`,
        serviceArea: 'LSS_GROUP_HOME',
        places: 5,
      })
    ).id;
    // Reported, assessed and closed in 2018: both retention times (24 and 60 months) are out.
    const csv = [
      'unit_id,kind,occurred_on,reported_on,description,status,actions_registered_on,final_assessed_on,seriousness',
      `${unitId},LEX_SARAH,2018-02-01,2018-02-02,${DESCRIPTION},CLOSED,2018-02-20,2018-03-15,NOT_SERIOUS`,
    ].join('\n');
    await waitFor(
      () =>
        web.api(IMPORT_DEVIATIONS, { csv }, 'ADMIN').then(
          ({ importDeviations }) => importDeviations.imported === 1,
          () => false,
        ),
      { what: 'the unit to reach deviations and the import' },
    );
    const [imported] = (await web.api(DEVIATIONS_BY_FILTER, { filter: { unitId } }, 'ADMIN')).deviations;
    deviationId = imported!.id;
    expect(imported!.description).toContain('[personnummer]');
  });
  afterAll(() => web?.close());

  it('the administrator opens Gallring, presses Gallra nu, confirms, and sees the run with its counts', async () => {
    const page = await web.signedIn('ADMIN');
    try {
      await go(page, 'Gallring', 'Gallring');
      const times = page.getByRole('definition');
      await times.filter({ hasText: '24 månader efter att ärendet avslutats' }).waitFor();
      await times.filter({ hasText: '60 månader efter att ärendet avslutats' }).waitFor();

      await page.getByRole('button', { name: 'Gallra nu' }).click();
      const confirm = page.getByRole('group', { name: 'Bekräfta gallring' });
      await confirm.getByText('kan inte återställas').waitFor();
      const ran = answerTo(page, 'RunRetention');
      await confirm.getByRole('button', { name: 'Ja, gallra nu' }).click();
      const run = (await ran).data.runRetention;
      expect(run.originalsRemoved).toBeGreaterThanOrEqual(1);
      expect(run.freeTextsAnonymised).toBeGreaterThanOrEqual(1);
      await page.getByRole('status').filter({ hasText: 'Gallringen är klar' }).waitFor();

      const row = page.getByRole('table', { name: 'Gallringar, senaste först' }).getByRole('row').nth(1);
      await row.waitFor();
      // Who (the admin, not the schedule), then how many originals removed and texts anonymised.
      const cells = await row.getByRole('cell').allInnerTexts();
      expect(cells[0]).not.toBe('Schemat');
      expect(cells.slice(1, 3)).toEqual([String(run.originalsRemoved), String(run.freeTextsAnonymised)]);
      await web.shot(page, 'retention-run');

      const [latest] = (await web.api(RETENTION_RUNS_CULLED, {}, 'ADMIN')).retentionRuns;
      expect(latest).toMatchObject({ id: run.id });
      expect(latest!.originalsRemovedFrom).toContain(deviationId);
      expect(latest!.freeTextsAnonymisedIn).toContain(deviationId);
    } finally {
      await page.close();
    }
  });

  it("the culled report's description reads as the marker on its page", async () => {
    const page = await web.signedIn('ADMIN');
    try {
      await page.goto(`${web.webUrl}/avvikelser/${deviationId}`);
      await page.getByRole('heading', { name: 'Lex Sarah', level: 1 }).waitFor();
      await page.getByText(`[Gallrad ${today()}]`).first().waitFor();
      expect(await page.getByText(DESCRIPTION.replace('19811218-9876', '[personnummer]')).count()).toBe(0);
      await web.shot(page, 'retention-culled-deviation');
    } finally {
      await page.close();
    }
  });
});
