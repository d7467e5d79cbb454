import { Page } from 'playwright-core';
import { addDays, stockholmToday } from '@kvalitetsnav/calendar';
import { CONTRACT_RISK, CREATE_CONTRACT, SUPERVISION_CASES_OF_PROVIDER } from './gateway-operations';
import { registerProvider, registerUnit } from './register';
import { expectInvalid, go, startWeb, Web } from './web/harness';

/**
 * The supervision register in the web: an official registers IVO's case about a unit, adds the
 * response IVO requires by a day that has passed, sees it overdue on the start page and the
 * contract's risk raised, has a bad deadline refused in Swedish, and sends the response.
 */
const today = stockholmToday();
const openedOn = addDays(today, -40);
const dueOn = addDays(today, -3);

describe('supervision (tillsyn) in the web: register, overdue on the start page, the contract risk', () => {
  let web: Web;
  let page: Page;
  let providerId: string;
  let contractId: string;
  const providerName = `Tillsynens Omsorg ${Date.now() % 100000} AB`;
  const caseNumber = `3.5.1-${Date.now() % 100000}/2026`;
  const casesInApi = async () =>
    (await web.api(SUPERVISION_CASES_OF_PROVIDER, { providerId }, 'QUALITY_OFFICIAL')).supervisionCases;
  const supervisionRisk = async () =>
    (await web.api(CONTRACT_RISK, { id: contractId }, 'QUALITY_OFFICIAL')).contract?.risk.parts.find(
      (p) => p.kind === 'OPEN_SUPERVISION',
    );

  beforeAll(async () => {
    web = await startWeb();
    const headers = await web.headers('QUALITY_OFFICIAL');
    providerId = (await registerProvider(web.gatewayUrl, headers, { name: providerName })).id;
    const unit = await registerUnit(web.gatewayUrl, headers, providerId, { name: 'Gruppbostad Tallen' });
    contractId = (
      await web.api(
        CREATE_CONTRACT,
        {
          input: {
            reference: `T-${Date.now() % 100000}`,
            title: 'Gruppbostad LSS Tallen',
            form: 'LOU',
            providerId,
            unitIds: [unit.id],
            startDate: '2024-01-01',
          },
        },
        'QUALITY_OFFICIAL',
      )
    ).createContract.id;
    page = await web.signedIn('QUALITY_OFFICIAL');
  });
  afterAll(async () => {
    await page?.close();
    await web?.close();
  });

  it('refuses a case without its case number, in Swedish next to the field, and stores nothing', async () => {
    await go(page, 'Tillsyn', 'Tillsyn');
    const form = page.getByRole('form', { name: 'Registrera tillsynsärende' });
    await form.getByLabel('Gäller').selectOption({ label: providerName });
    await form.getByLabel('Enhet').selectOption({ label: 'Gruppbostad Tallen' });
    await form.getByLabel('Vad som granskas').fill('Bemanning och kompetens nattetid');
    await form.getByLabel('Öppnat').fill(openedOn);
    await form.getByRole('button', { name: 'Registrera ärendet' }).click();
    await expectInvalid(form.getByLabel('Diarienummer'), 'Diarienummer måste fyllas i, med högst 60 tecken.');
    expect(await casesInApi()).toEqual([]);
  });

  it('registers the case and its response, refusing a deadline before the case opened', async () => {
    const form = page.getByRole('form', { name: 'Registrera tillsynsärende' });
    await form.getByLabel('Diarienummer').fill(caseNumber);
    await form.getByRole('button', { name: 'Registrera ärendet' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Tillsynsärendet IVO ${caseNumber} är registrerat.` })
      .waitFor();
    const card = page.getByRole('article', { name: `IVO ${caseNumber}` });
    await card.getByRole('heading', { name: `IVO ${caseNumber} – Gruppbostad Tallen, ${providerName}` }).waitFor();
    expect(await supervisionRisk()).toEqual({ kind: 'OPEN_SUPERVISION', count: 1, points: 4 });

    const respond = card.getByRole('form', { name: `Begärt svar i ${caseNumber}` });
    await respond.getByLabel('Vad som ska besvaras').fill('Redovisa vidtagna åtgärder för nattbemanningen');
    await respond.getByLabel('Svara senast').fill(addDays(openedOn, -1));
    await respond.getByRole('button', { name: 'Lägg till svar' }).click();
    await expectInvalid(
      respond.getByLabel('Svara senast'),
      `Svara senast kan inte ligga före den dag ärendet öppnades, ${openedOn}.`,
    );
    expect((await casesInApi())[0].responses).toEqual([]);

    await respond.getByLabel('Svara senast').fill(dueOn);
    await respond.getByRole('button', { name: 'Lägg till svar' }).click();
    await card.getByText('försenat').waitFor();
    await web.shot(page, 'supervision-case');
    expect((await casesInApi())[0].responses).toEqual([{ dueOn, sentOn: null, overdue: true }]);
  });

  it('shows the overdue response on the start page and the risk among the contracts with the highest risk', async () => {
    await go(page, 'Att hantera', 'Att hantera');
    const block = page.getByRole('region', { name: 'Försenade svar till IVO och JO' });
    const link = block.getByRole('link', { name: `IVO ${caseNumber}` });
    await link.waitFor();
    await expect(block.innerText()).resolves.toContain(
      `Redovisa vidtagna åtgärder för nattbemanningen – senast ${dueOn}`,
    );
    const risk = page.getByRole('region', { name: 'Avtal med högst risk' });
    await risk
      .getByText(/Pågående tillsyn \(IVO\/JO\) 1/)
      .first()
      .waitFor();
    await web.shot(page, 'supervision-start-page');
    await link.click();
    await page.getByRole('heading', { name: 'Tillsyn', level: 1 }).waitFor();
  });

  it('marks the response sent, closes the case, and the start page no longer lists it', async () => {
    const card = page.getByRole('article', { name: `IVO ${caseNumber}` });
    const sent = card.getByRole('form', { name: 'Skicka svar: Redovisa vidtagna åtgärder för nattbemanningen' });
    await sent.getByLabel('Skickat').fill(addDays(today, -1));
    await sent.getByRole('button', { name: 'Markera som skickat' }).click();
    await card.getByText(`skickat ${addDays(today, -1)}`, { exact: false }).waitFor();
    expect((await casesInApi())[0].responses).toEqual([{ dueOn, sentOn: addDays(today, -1), overdue: false }]);

    await card
      .getByRole('form', { name: `Avsluta ${caseNumber}` })
      .getByRole('button', { name: 'Avsluta ärendet' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `Tillsynsärendet ${caseNumber} är avslutat.` })
      .waitFor();
    expect((await casesInApi())[0].closedOn).toBe(today);
    expect(await supervisionRisk()).toBeUndefined();

    await go(page, 'Att hantera', 'Att hantera');
    const block = page.getByRole('region', { name: 'Försenade svar till IVO och JO' });
    // The page may first show what it had cached, then what the API says now.
    await block.getByRole('link', { name: `IVO ${caseNumber}` }).waitFor({ state: 'detached' });
    await block.getByText('Inga försenade svar.').or(block.getByRole('list')).first().waitFor();
  });
});
