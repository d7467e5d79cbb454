// REPORTING's allow-list, built from typed documents: the queries of the web pages REPORTING sees
// (apps/web/src/routes.ts) and the operations external reporting systems run
// (apps/gateway/src/reporting/external-operations.ts). Each document is listed with the exact
// text its client sends, so the gateway's sha256 of that text finds it.
import path from 'node:path';
import { EXTERNAL_OPERATIONS } from '../../apps/gateway/src/reporting/external-operations';
import { readsOf, ROUTES } from '../../apps/web/src/routes';

export const REPORTING_OPERATIONS_FILE = path.resolve(__dirname, '../../apps/gateway/reporting-operations.json');

export interface ReportingOperation {
  name: string;
  document: string;
  /** Who sends it: external systems, or the web page at this path. */
  usedBy: string;
}

const nameOf = (document: string) => {
  const match = /^\s*query\s+(\w+)/.exec(document);
  if (!match) throw new Error(`REPORTING may only read: not a named query:\n${document}`);
  return match[1];
};

export function reportingOperations(): ReportingOperation[] {
  const external = EXTERNAL_OPERATIONS.map((d) => ({ document: d.toString(), usedBy: 'external reporting systems' }));
  const web = ROUTES.flatMap((route) =>
    readsOf(route, 'REPORTING').map((d) => ({ document: d.toString(), usedBy: `web ${route.path}` })),
  );
  const operations: ReportingOperation[] = [];
  for (const { document, usedBy } of [...external, ...web]) {
    const same = operations.find((op) => op.document === document);
    if (same) {
      same.usedBy += `, ${usedBy}`;
      continue;
    }
    const name = nameOf(document);
    if (operations.some((op) => op.name === name)) throw new Error(`two different operations are named ${name}`);
    operations.push({ name, document, usedBy });
  }
  return operations;
}

/** The file's text, as `npm run reporting-operations` writes it. */
export const renderReportingOperations = () => `${JSON.stringify({ operations: reportingOperations() }, null, 2)}\n`;
