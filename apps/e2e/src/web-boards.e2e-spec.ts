import { Page } from 'playwright-core';
import { waitFor } from '@kvalitetsnav/testing';
import {
  BOARDS_WITH_DEPARTMENTS,
  CONTRACT_BOARDS,
  DEVIATION_STATISTICS_OF_BOARD,
  FOLLOW_UP_PLAN_OF_BOARD,
  REPORT_DEVIATION,
  UNIT_PLACEMENT,
} from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

/**
 * Boards (nämnder) in the web: the administrator registers a board and a department, puts a unit
 * under them (shown in the units table, named in the unit's history), registers a contract with
 * the board, and saves the board's follow-up plan with the periods of seed 002 (1 December–31 May
 * and 1 June–30 November), first refused in Swedish for overlapping periods with nothing stored.
 */
const year = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 4));
const SEED_002 = [
  { startsOn: `${year - 1}-12-01`, endsOn: `${year}-05-31`, target: 12 },
  { startsOn: `${year}-06-01`, endsOn: `${year}-11-30`, target: 8 },
];

describe('boards in the web: a board, its department, a unit under it, and its plan with its own periods', () => {
  let web: Web;
  let page: Page;
  let providerId: string;
  let unitId: string;
  const suffix = Date.now() % 100000;
  const boardName = `Äldrenämnden ${suffix}`;
  const unitName = `Hemtjänst Norr ${suffix}`;
  const board = async () =>
    (await web.api(BOARDS_WITH_DEPARTMENTS, {}, 'QUALITY_OFFICIAL')).boards.filter((b) => b.name === boardName);

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    providerId = (await registerProvider(web.gatewayUrl, headers, { name: `Nämndens Omsorg ${suffix} AB` })).id;
    unitId = (await registerUnit(web.gatewayUrl, headers, providerId, { name: unitName, serviceArea: 'HOME_CARE' })).id;
    page = await web.signedIn('ADMIN', { width: 'phone' });
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  it('registers a board once by its name, and a department under it', async () => {
    await go(page, 'Nämnder', 'Nämnder');
    const form = page.getByRole('form', { name: 'Registrera nämnd' });
    await form.getByLabel('Nämndens namn').fill(boardName);
    await form.getByRole('button', { name: 'Registrera nämnd' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Nämnden ${boardName} är registrerad.` })
      .waitFor();

    await form.getByLabel('Nämndens namn').fill(boardName.toUpperCase());
    await form.getByRole('button', { name: 'Registrera nämnd' }).click();
    await expectInvalid(
      form.getByLabel('Nämndens namn'),
      `Det finns redan en nämnd med namn ${boardName.toUpperCase()}.`,
    );
    expect(await board()).toHaveLength(1);

    const department = page.getByRole('form', { name: 'Registrera avdelning' });
    await department.getByLabel('Nämnd').selectOption({ label: boardName });
    await department.getByLabel('Avdelningens namn').fill('Hemtjänst');
    await department.getByRole('button', { name: 'Registrera avdelning' }).click();
    await page.getByRole('status').filter({ hasText: 'Avdelningen Hemtjänst är registrerad.' }).waitFor();
    await page.getByRole('table', { name: 'Nämnder och avdelningar' }).getByRole('row', { name: boardName }).waitFor();
    expect(await board()).toMatchObject([{ name: boardName, departments: [{ name: 'Hemtjänst' }] }]);
    await web.shot(page, 'boards');
  });

  it("puts a unit under the board and its department in the unit's form", async () => {
    await page.goto(`${web.webUrl}/utforare/${providerId}`);
    await page.getByRole('button', { name: `Ändra enheten ${unitName}` }).click();
    const form = page.getByRole('form', { name: `Ändra enheten ${unitName}` });
    await form.getByLabel('Nämnd', { exact: true }).selectOption({ label: boardName });
    await form.getByLabel('Avdelning', { exact: true }).selectOption({ label: 'Hemtjänst' });
    await form.getByRole('button', { name: 'Spara ändringar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Enheten ${unitName} är ändrad.` })
      .waitFor();
    const [{ id: boardId, departments }] = await board();
    expect((await web.api(UNIT_PLACEMENT, { id: unitId }, 'QUALITY_OFFICIAL')).unit).toEqual({
      boardId,
      departmentId: departments[0]!.id,
    });
  });

  it('shows the board and department in the units table, and names them in the change history', async () => {
    const row = page
      .getByRole('table', { name: 'Enheter med avvikelser, brukarundersökningar och rapporter' })
      .getByRole('row')
      .filter({ hasText: unitName });
    await row.filter({ hasText: boardName }).filter({ hasText: 'Hemtjänst' }).waitFor();
    const history = page.getByRole('table', { name: `Ändringshistorik för enheten ${unitName}` });
    await history.getByText(`Nämnd: ${boardName}`).waitFor();
    await history.getByText('Avdelning: Hemtjänst').waitFor();
    const [{ id: boardId, departments }] = await board();
    const text = await history.innerText();
    expect(text).not.toContain(boardId);
    expect(text).not.toContain(departments[0]!.id);
  });

  it('registers a contract with the board chosen in the form, with no units to take it from', async () => {
    const reference = `NMD-${suffix}`;
    const form = page.getByRole('form', { name: 'Registrera avtal' });
    await form.getByLabel('Avtalsnummer').fill(reference);
    await form.getByLabel('Rubrik').fill('Hemtjänst enligt LOV');
    await form.getByLabel('Startdatum').fill(`${year}-01-01`);
    await form.getByLabel('Nämnd', { exact: true }).selectOption({ label: boardName });
    await form.getByRole('button', { name: 'Registrera avtal' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Avtalet ${reference} är registrerat.` })
      .waitFor();
    const [{ id: boardId }] = await board();
    expect((await web.api(CONTRACT_BOARDS, { providerId }, 'QUALITY_OFFICIAL')).contracts).toEqual([
      { reference, boardId },
    ]);
    await page
      .getByRole('table', { name: 'Avtal', exact: true })
      .getByRole('row')
      .filter({ hasText: reference })
      .filter({ hasText: boardName })
      .waitFor();
    await web.shot(page, 'boards-contract');
  });

  it("saves the board's plan with 1 December–31 May and 1 June–30 November, refusing overlapping periods first", async () => {
    const [{ id: boardId }] = await board();
    const planInApi = async () =>
      (await web.api(FOLLOW_UP_PLAN_OF_BOARD, { year, boardId }, 'QUALITY_OFFICIAL')).followUpPlan;
    await go(page, 'Uppföljning', 'Uppföljning av avtal');
    await page.getByLabel('Planens nämnd').selectOption({ label: boardName });
    await page.getByRole('heading', { name: `Uppföljningsplan ${year} – ${boardName}` }).waitFor();
    await page.getByText(`Ingen plan är sparad för ${year}.`).waitFor();

    const form = page.getByRole('form', { name: 'Spara uppföljningsplan' });
    await form.getByRole('button', { name: '1 december–31 maj och 1 juni–30 november' }).click();
    const period = (n: number) => form.getByRole('group', { name: `Period ${n}` });
    for (const [i, p] of SEED_002.entries())
      await period(i + 1)
        .getByLabel('Mål (antal fördjupade uppföljningar)')
        .fill(String(p.target));
    // Period 2 begins on the last day of period 1: the periods overlap.
    await period(2).getByLabel('Från').fill(`${year}-05-31`);
    await form.getByRole('button', { name: 'Spara plan' }).click();
    await expectInvalid(
      period(2).getByLabel('Från'),
      'Period 2 överlappar period 1. Perioderna får inte gå in i varandra.',
    );
    expect(await planInApi()).toBeNull();
    await web.shot(page, 'boards-plan-refused');

    await period(2).getByLabel('Från').fill(SEED_002[1]!.startsOn);
    await form.getByRole('button', { name: 'Spara plan' }).click();
    const progress = page.getByRole('table', { name: 'Fördjupade uppföljningar mot målet' });
    await progress
      .getByRole('row', { name: new RegExp(`${SEED_002[0]!.startsOn} – ${SEED_002[0]!.endsOn}`) })
      .waitFor();
    expect(await planInApi()).toEqual({ boardId, periods: SEED_002 });
    await web.shot(page, 'boards-plan');
  });

  it("cuts the deviation statistics by the board, as the unit's board reached the deviations service", async () => {
    const [{ id: boardId }] = await board();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await web.api(
      REPORT_DEVIATION,
      {
        input: { unitId, kind: 'SOL_LSS', occurredOn: today, description: 'Utebliven insats enligt genomförandeplan' },
      },
      'QUALITY_OFFICIAL',
    );
    await waitFor(
      async () =>
        (await web.api(DEVIATION_STATISTICS_OF_BOARD, { boardId }, 'QUALITY_OFFICIAL')).deviationStatistics
          .deviations === 1,
      { what: "the unit's board in the deviations service" },
    );
    await go(page, 'Avvikelser', 'Avvikelser');
    await page.getByRole('form', { name: 'Statistikens nämnd' }).getByLabel('Nämnd').selectOption({ label: boardName });
    const figures = page.getByRole('table', { name: 'Avvikelser, lex Sarah och klagomål per område' });
    // The figures change once the board's answer is in: the area row counts the board's unit only.
    await waitFor(async () => /Äldreomsorg, ordinärt boende\s+1\s/.test(await figures.innerText()), {
      what: "the board's figures on screen",
    });
    await web.shot(page, 'boards-deviation-statistics');
  });
});
