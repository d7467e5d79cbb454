// npm test: every check and test this repository has, against real Postgres and real Kafka.
// Installs what is missing first (npm ci, Kafka's jars), and ends with one line
// "N passed, N failed[, N skipped]" summing everything; exits non-zero if anything failed
// or nothing ran. Node built-ins only until dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from '../dev/dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const results = path.join(root, 'tmp/test-results');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[path.basename(command), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return result.status === 0;
}

/** A static check counts as one test: passed or failed. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function jest(label, config, extra = []) {
  const outputFile = path.join(results, `${label}.json`);
  rmSync(outputFile, { force: true });
  const ok = run(label, bin('jest'), ['-c', config, '--json', `--outputFile=${outputFile}`, '--ci', ...extra], {
    KVN_TEST_LOG_LEVEL: 'warn',
  });
  if (!existsSync(outputFile)) {
    totals.failed += 1;
    failures.push(`${label} (no results: jest did not finish)`);
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    if (suite.status === 'failed') failures.push(`${label}: ${path.relative(root, suite.name)}`);
  }
  // Jest can fail after every test passed (an error thrown after a suite ended): that counts too.
  if (!ok && report.numFailedTests + report.numRuntimeErrorTestSuites === 0) {
    totals.failed += 1;
    failures.push(`${label}: jest exited non-zero although no test failed (see its output above)`);
  }
}

async function main() {
  mkdirSync(results, { recursive: true });
  ensureDependencies();
  const { ensureSystemPackages } = await import('../dev/system-packages.mjs');
  ensureSystemPackages();
  const { brokerAnswers, ensureKafka, stopKafka } = await import('../kafka/kafka.mjs');
  const { ensurePostgres, stopEmbeddedPostgres } = await import('../dev/postgres.mjs');
  // Found (or started) here, in the process that outlives every test run.
  process.env.DATABASE_URL = await ensurePostgres();
  const kafkaWasUp = Boolean(process.env.KAFKA_BROKERS) || (await brokerAnswers());
  await ensureKafka();
  try {
    check('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
    check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
    check('typed operations', bin('graphql-codegen'), ['--config', 'codegen.cjs', '--check']);
    check('lint', bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static', '--skip-nx-cache']);
    check('web build', bin('nx'), ['run', 'web:build', '--outputStyle=static', '--skip-nx-cache']);
    check('graphiql build', process.execPath, ['tools/build/build-graphiql.mjs']);
    jest('unit', 'jest.config.cjs');
    jest('integration-and-e2e', 'jest.int.config.cjs', ['--runInBand']);
  } finally {
    if (!kafkaWasUp) await stopKafka();
    await stopEmbeddedPostgres();
  }
  if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
