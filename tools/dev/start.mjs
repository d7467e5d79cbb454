// npm start: installs what is missing and runs the whole stack on this machine —
// PostgreSQL (DATABASE_URL, else 127.0.0.1:5432, else embedded), Kafka (KAFKA_BROKERS, else a
// local KRaft broker), the Redis at 127.0.0.1:6379 for the gateway's request budget if one answers
// (else memory), the four services (migrations run at start), the gateway, demo data and the web
// dashboard — then prints the URLs. Ctrl-C stops what it started.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const logs = path.join(root, '.data/logs');
const SERVICES = { contracts: 4001, surveys: 4002, deviations: 4003, forecasting: 4004 };
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 4200);
const children = [];
const say = (m) => console.log(m);

function startProcess(name, args, env) {
  const log = createWriteStream(path.join(logs, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) say(`[${name}] exited (${signal ?? code}); see .data/logs/${name}.log`);
  });
  children.push({ name, child });
  return child;
}

async function waitHealthy(name, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    const entry = children.find((c) => c.name === name);
    if (entry && entry.child.exitCode !== null)
      throw new Error(`${name} stopped during start-up; see .data/logs/${name}.log`);
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000}s; see .data/logs/${name}.log`);
}

let shuttingDown = false;
let stopKafkaOnExit = async () => undefined;
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('\nstopping…');
  const exited = children.reverse().map(({ child }) => {
    if (child.exitCode !== null) return Promise.resolve();
    child.kill('SIGTERM');
    return new Promise((resolve) => child.once('exit', resolve));
  });
  await Promise.race([Promise.all(exited), new Promise((r) => setTimeout(r, 10_000))]);
  await stopKafkaOnExit();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  const started = Date.now();
  mkdirSync(logs, { recursive: true });
  ensureDependencies();
  // Chromium renders the PDF reports.
  const { ensureSystemPackages } = await import('./system-packages.mjs');
  ensureSystemPackages({ log: say });
  const { ensurePostgres } = await import('./postgres.mjs');
  const { brokerAnswers, ensureKafka, stopKafka } = await import('../kafka/kafka.mjs');
  const databaseUrl = await ensurePostgres({ log: say });
  // Stop on exit only a broker this run started, never one that was already serving.
  if (!process.env.KAFKA_BROKERS && !(await brokerAnswers())) stopKafkaOnExit = () => stopKafka({ log: say });
  const brokers = await ensureKafka({ log: say });
  const { findRedis } = await import('./redis.mjs');
  const redisUrl = await findRedis({ log: say });

  for (const app of [...Object.keys(SERVICES), 'gateway']) {
    const result = spawnSync(process.execPath, ['tools/build/build-node-app.mjs', app], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`build of ${app} failed`);
  }
  // The gateway serves GraphiQL outside production; the build is skipped when nothing changed.
  const explorable = (process.env.NODE_ENV ?? 'development') !== 'production';
  if (explorable) {
    const result = spawnSync(process.execPath, ['tools/build/build-graphiql.mjs'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('build of GraphiQL failed');
  }

  const common = { NODE_ENV: process.env.NODE_ENV ?? 'development', DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers };
  for (const [name, port] of Object.entries(SERVICES)) {
    // Contracts links its reminders into the web app; with no SMTP_URL they stay in the Utskick page.
    const own = name === 'contracts' ? { WEB_URL: process.env.WEB_URL ?? `http://127.0.0.1:${WEB_PORT}` } : {};
    startProcess(name, [`dist/apps/${name}/main.js`], { ...common, ...own, PORT: String(port) });
  }
  await Promise.all(
    Object.entries(SERVICES).map(([name, port]) => waitHealthy(name, `http://127.0.0.1:${port}/health/ready`)),
  );
  say('[services] contracts, surveys, deviations and forecasting are ready (migrations applied)');

  const urls = Object.fromEntries(
    Object.entries(SERVICES).map(([n, p]) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${p}/graphql`]),
  );
  startProcess('gateway', ['dist/apps/gateway/main.js'], {
    ...common,
    ...urls,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    PORT: String(GATEWAY_PORT),
  });
  await waitHealthy('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`);

  const { loadDemoData } = await import('./demo-data.mjs');
  await loadDemoData(`http://127.0.0.1:${GATEWAY_PORT}`, { log: say });

  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('web build failed');
  startProcess('web', [vite, 'preview', '--config', 'apps/web/vite.config.mts'], {
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}`,
    WEB_PORT: String(WEB_PORT),
  });
  await waitHealthy('web', `http://127.0.0.1:${WEB_PORT}/`);

  const graphiql = explorable
    ? `\n  GraphiQL          http://127.0.0.1:${GATEWAY_PORT}/graphiql   (schema: /schema.graphql)`
    : '';
  say(`
Kvalitetsnav is running (started in ${((Date.now() - started) / 1000).toFixed(0)}s):
  Web dashboard     http://127.0.0.1:${WEB_PORT}/   (sign in with a development role)
  GraphQL gateway   http://127.0.0.1:${GATEWAY_PORT}/graphql   (token: npm run token)${graphiql}
${Object.entries(SERVICES)
  .map(([n, p]) => `  ${n.padEnd(17)} http://127.0.0.1:${p}/graphql   (health: /health/ready, metrics: /metrics)`)
  .join('\n')}
  Kafka             ${brokers}
  Logs              .data/logs/<service>.log
Press Ctrl-C to stop.`);
}

main().catch((error) => {
  console.error(`\nstart failed: ${error.message}`);
  void shutdown(1);
});
