// Writes apps/gateway/reporting-operations.json (npm run reporting-operations); run it after
// `npm run codegen` when a REPORTING page's queries or an external operation change.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderReportingOperations, REPORTING_OPERATIONS_FILE, reportingOperations } from './reporting-operations';

writeFileSync(REPORTING_OPERATIONS_FILE, renderReportingOperations());
console.log(`${path.relative(process.cwd(), REPORTING_OPERATIONS_FILE)}: ${reportingOperations().length} operations`);
