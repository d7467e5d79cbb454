// Runs a benchmark (a TypeScript entry point) on what npm start would use: Postgres (DATABASE_URL,
// else 127.0.0.1:5432, else embedded) and Kafka (KAFKA_BROKERS, else the local broker, started here
// when none answers and then stopped at the end). Without this a benchmark waits on an absent
// broker until kafkajs times out with a message that does not say so.
//   node tools/bench/run.mjs <file.ts> [args…]
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePostgres, stopEmbeddedPostgres } from '../dev/postgres.mjs';
import { brokerAnswers, ensureKafka, stopKafka } from '../kafka/kafka.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const say = (m) => console.log(m);
let benchmark;
let stopKafkaAtEnd = false;

function answers(address, timeoutMs = 3000) {
  const [host, port] = [
    address.slice(0, address.lastIndexOf(':')),
    Number(address.slice(address.lastIndexOf(':') + 1)),
  ];
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function main() {
  if (!process.argv[2]) throw new Error('usage: node tools/bench/run.mjs <file.ts> [args…]');
  const databaseUrl = await ensurePostgres({ log: say });
  const given = process.env.KAFKA_BROKERS;
  if (given && !(await Promise.all(given.split(',').map((b) => answers(b.trim())))).some(Boolean)) {
    throw new Error(`no Kafka broker answers at KAFKA_BROKERS=${given}; unset it to use (or start) the local one`);
  }
  // Stop at the end only a broker this run started, never one that was already serving.
  stopKafkaAtEnd = !given && !(await brokerAnswers());
  const brokers = await ensureKafka({ log: say });
  benchmark = spawn(process.execPath, [path.join(root, 'tools/run-ts.mjs'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // Read by the benchmarks through libs/testing (testServerUrl, testKafkaBrokers), as in tests.
    env: { ...process.env, KVN_TEST_DATABASE_URL: databaseUrl, KVN_TEST_KAFKA_BROKERS: brokers },
  });
  return new Promise((resolve) => benchmark.once('exit', (code) => resolve(code ?? 1)));
}

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  if (stopKafkaAtEnd) await stopKafka({ log: say }).catch((e) => say(`[kafka] could not stop: ${e.message}`));
  await stopEmbeddedPostgres().catch(() => undefined);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Ctrl-C reaches the benchmark as well; it cleans up and exits, and then this stops what it started.
    if (benchmark && benchmark.exitCode === null) {
      if (signal === 'SIGTERM') benchmark.kill(signal);
      return;
    }
    void finish(130);
  });
}

main().then(finish, (error) => {
  console.error(`bench: ${error.message}`);
  void finish(1);
});
