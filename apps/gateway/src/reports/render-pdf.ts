import { chromium } from 'playwright-core';

/** Prints the HTML report with Chromium, A4 with page numbers: what a person hands to the board. */
export async function renderPdf(html: string, executablePath: string, title: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // No network: the report is self-contained, and a report must not fetch anything.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForSelector('body[data-charts-ready="true"]', { timeout: 30_000 });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:right;padding-right:15mm;color:#555">${title.replace(/</g, '&lt;')}</div>`,
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
  } finally {
    await browser.close();
  }
}
