import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportChart, ReportDocument, ReportTable } from './report-model';

const escape = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

let chartLibrary: string | undefined;
/** Chart.js, inlined so the HTML works offline and the PDF renderer needs no network. */
function chartJs(): string {
  // The UMD build is not in the package's exports map: find it beside the CommonJS entry.
  chartLibrary ??= readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  return chartLibrary;
}

function table(t: ReportTable): string {
  return `<table><caption>${escape(t.caption)}</caption><thead><tr>${t.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead><tbody>${
    t.rows.length
      ? t.rows
          .map(
            (r) =>
              `<tr>${r.map((v, i) => (i === 0 ? `<th scope="row">${escape(v)}</th>` : `<td>${escape(v)}</td>`)).join('')}</tr>`,
          )
          .join('')
      : `<tr><td colspan="${t.columns.length}">Inga uppgifter</td></tr>`
  }</tbody></table>${t.note ? `<p class="note">${escape(t.note)}</p>` : ''}`;
}

function chart(c: ReportChart): string {
  return `<figure><canvas id="${escape(c.id)}" role="img" aria-label="${escape(c.title)}"></canvas><figcaption>${escape(c.title)}</figcaption></figure>`;
}

/** A self-contained Swedish HTML document: tables for the figures, Chart.js for the charts. */
export function renderHtml(doc: ReportDocument): string {
  const charts = doc.sections.flatMap((s) => s.charts);
  const body = doc.sections
    .map(
      (s) =>
        `<section><h2>${escape(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}${s.tables.map(table).join('')}${s.charts.map(chart).join('')}</section>`,
    )
    .join('');
  // JSON inside a script element: "<" is escaped so data can never close the element.
  const data = JSON.stringify(charts).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escape(doc.title)}</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; margin: 2.5rem auto; max-width: 60rem; line-height: 1.45; }
  h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { font-size: 1.35rem; border-bottom: 2px solid #005595; padding-bottom: .2rem; margin-top: 2rem; }
  .subtitle { color: #444; margin-top: 0; } table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
  caption { text-align: left; font-weight: bold; padding: .3rem 0; } th, td { border: 1px solid #b8c4ce; padding: .3rem .5rem; text-align: right; }
  th[scope="row"], thead th:first-child { text-align: left; } thead th { background: #e8f0f7; } .note { font-size: .8rem; color: #444; }
  figure { margin: 1rem 0; page-break-inside: avoid; } canvas { max-height: 18rem; } figcaption { font-size: .85rem; color: #444; }
  section { page-break-inside: auto; } @page { size: A4; margin: 18mm 15mm; }
</style></head>
<body><header><h1>${escape(doc.title)}</h1><p class="subtitle">${escape(doc.subtitle)}</p><p class="note">Framtagen ${escape(doc.generatedAt)} ur Kvalitetsnavs aktuella uppgifter.</p></header>
<main>${body}</main>
<script>${chartJs()}</script>
<script>
  const charts = ${data};
  const colours = ['#005595', '#c25b00', '#3a7d44', '#7b3f98'];
  for (const c of charts) {
    new Chart(document.getElementById(c.id), {
      type: c.type,
      data: { labels: c.labels, datasets: c.datasets.map((d, i) => ({ ...d, backgroundColor: colours[i % 4], borderColor: colours[i % 4] })) },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, ticks: c.percent ? { callback: (v) => Math.round(v * 100) + ' %' } : {} } } },
    });
  }
  document.body.dataset.chartsReady = 'true';
</script></body></html>`;
}
