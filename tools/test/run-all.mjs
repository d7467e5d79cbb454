// npm test: every check and test this repository has, against real Postgres and real Kafka.
// Installs what is missing first (npm ci, Kafka's jars), and ends with one line
// "N passed, N failed[, N skipped]" summing everything; exits non-zero if anything failed
// or nothing ran. Node built-ins only until dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/** Every Nx project's folder (where a project.json is, one or two levels down), as lint sees them. */
function projectRoots() {
  const folders = (dir) =>
    readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !/^(\.|node_modules$|dist$|tmp$|coverage$)/.test(e.name))
      .map((e) => path.join(dir, e.name));
  const isProject = (dir) => existsSync(path.join(root, dir, 'project.json'));
  return folders('.').flatMap((top) => (isProject(top) ? [top] : folders(top).filter(isProject)));
}

/** A static check counts as one test: passed or failed. */
function count(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

/** Like run, alongside others: the output is kept and printed in one piece when it ends. */
function runKept(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (status) => {
      const text = Buffer.concat(output).toString();
      console.log(`\n=== ${label}: ${[path.basename(command), ...args].join(' ')}`);
      if (text.trim()) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      console.log(`=== ${label}: exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      resolve(status === 0);
    };
    child.once('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(null);
    });
    child.once('close', (status) => done(status));
  });
}

/**
 * The static checks in two lanes side by side (the machine has two cores, and most checks are
 * one process each), the checks of a lane one after another.
 */
async function staticChecks(checks) {
  const lanes = [0, 1].map((lane) => checks.filter((c) => c.lane === lane));
  const ok = new Map();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const { label, command, args } of lane) ok.set(label, await runKept(label, command, args));
    }),
  );
  // Counted in the listed order, whichever finished first.
  for (const { label } of checks) count(label, ok.get(label));
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
    await staticChecks([
      { lane: 0, label: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json'] },
      { lane: 1, label: 'format', command: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
      {
        lane: 0,
        label: 'typed operations',
        command: bin('graphql-codegen'),
        args: ['--config', 'codegen.cjs', '--check'],
      },
      // What `nx run-many -t lint` runs (`eslint .` in each project, one root config), in one
      // ESLint process instead of one per project, each loading the config and the project graph.
      { lane: 1, label: 'lint', command: bin('eslint'), args: projectRoots() },
      {
        lane: 0,
        label: 'web build',
        command: bin('nx'),
        args: ['run', 'web:build', '--outputStyle=static', '--skip-nx-cache'],
      },
      { lane: 0, label: 'graphiql build', command: process.execPath, args: ['tools/build/build-graphiql.mjs'] },
    ]);
    // Two workers: Jest alone would take one of two cores. The suites of the second run each have
    // their own databases, topic prefix and consumer groups, and their own ports.
    jest('unit', 'jest.config.cjs', ['--maxWorkers=2']);
    jest('integration-and-e2e', 'jest.int.config.cjs', ['--maxWorkers=2']);
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
