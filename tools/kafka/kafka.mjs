// A real single-node Apache Kafka broker (KRaft) for local runs and tests, from Kafka's own
// jars fetched with Maven. Node built-ins only: it runs before `npm ci` on a fresh clone.
//   node tools/kafka/kafka.mjs start|stop|status
// Skipped when KAFKA_BROKERS is set. Data under .data/kafka/; KAFKA_PORT and KAFKA_INSTANCE_DIR run a
// second, separate broker (fault tests stop and start their own without touching anyone else's).
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const home = path.join(root, '.data/kafka');
const libs = path.join(home, 'libs');
const instance = process.env.KAFKA_INSTANCE_DIR ? path.resolve(process.env.KAFKA_INSTANCE_DIR) : home;
const port = Number(process.env.KAFKA_PORT ?? 9092);
const controllerPort = port + 1;
const pidFile = path.join(instance, 'kafka.pid');
const logFile = path.join(instance, 'kafka.log');
const lockFile = path.join(instance, 'start.lock');

const say = (m) => console.log(`[kafka] ${m}`);

function need(cmd, hint) {
  try {
    execFileSync(cmd, ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(`${cmd} is needed to run the local Kafka broker: ${hint}`);
  }
}

/** Kafka's ApiVersions request (key 18, v0): a broker that answers it is really serving. */
export function brokerAnswers(timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const clientId = Buffer.from('kvn-probe');
    const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
    body.writeInt16BE(18, 0);
    body.writeInt16BE(0, 2);
    body.writeInt32BE(1, 4);
    body.writeInt16BE(clientId.length, 8);
    clientId.copy(body, 10);
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    let got = Buffer.alloc(0);
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(Buffer.concat([size, body])));
    socket.on('data', (chunk) => {
      got = Buffer.concat([got, chunk]);
      // size(4) correlationId(4) errorCode(2)
      if (got.length >= 10) done(got.readInt32BE(4) === 1 && got.readInt16BE(8) === 0);
    });
  });
}

function fetchJars() {
  const pom = path.join(here, 'pom.xml');
  const stamp = path.join(home, 'libs.stamp');
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  need('mvn', 'install Apache Maven (apt-get install maven)');
  say('fetching Apache Kafka jars with Maven…');
  rmSync(libs, { recursive: true, force: true });
  execFileSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libs}`, '-DincludeScope=runtime'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  writeFileSync(stamp, hash);
}

function writeConfig() {
  const dataDir = path.join(instance, 'data');
  const config = path.join(instance, 'server.properties');
  writeFileSync(
    config,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}`,
      `log.dirs=${dataDir}`,
      'num.partitions=1',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=5',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      // Tests create and join many consumer groups: do not wait for more members to join.
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=true',
      'log.retention.hours=72',
      'log.segment.bytes=16777216',
      '',
    ].join('\n'),
  );
  return { config, dataDir };
}

function classpath() {
  return `${libs}/*`;
}

function formatStorage(config, dataDir) {
  if (existsSync(path.join(dataDir, 'meta.properties'))) return;
  const clusterIdFile = path.join(instance, 'cluster.id');
  if (!existsSync(clusterIdFile)) {
    // A KRaft cluster id is 16 random bytes in URL-safe base64 without padding.
    writeFileSync(clusterIdFile, randomBytes(16).toString('base64url'));
  }
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  say(`formatting storage (cluster ${clusterId})`);
  execFileSync(
    'java',
    [
      '-cp',
      classpath(),
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      config,
      '--standalone',
      '--ignore-formatted',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

function runningPid() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function tail(file, lines = 30) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

/** Starts the broker unless KAFKA_BROKERS is set or one already answers; returns the brokers. */
export async function ensureKafka({ log = console.log } = {}) {
  if (process.env.KAFKA_BROKERS) {
    log(`[kafka] KAFKA_BROKERS is set (${process.env.KAFKA_BROKERS}); not starting a local broker`);
    return process.env.KAFKA_BROKERS;
  }
  const brokers = `127.0.0.1:${port}`;
  if (await brokerAnswers()) {
    log(`[kafka] broker already answering at ${brokers}`);
    return brokers;
  }
  const started = Date.now();
  mkdirSync(instance, { recursive: true });
  if (!(await takeStartLock())) {
    // Another process (npm start, a second test run) is starting the broker: wait for it.
    log('[kafka] another process is starting the broker; waiting for it');
    return waitForBroker(brokers, started, log);
  }
  try {
    return await startBroker(brokers, started, log);
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** An exclusive-create lock file holding its owner's pid; a dead owner's lock is taken over. */
async function takeStartLock() {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return true;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && isAlive(owner)) return false;
      rmSync(lockFile, { force: true });
    }
  }
  return false;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startBroker(brokers, started, log) {
  need('java', 'install a Java 17+ runtime (apt-get install openjdk-17-jre-headless)');
  fetchJars();
  const { config, dataDir } = writeConfig();
  formatStorage(config, dataDir);
  if (!runningPid()) {
    const out = openSync(logFile, 'a');
    const child = spawn(
      'java',
      [
        '-Xms256m',
        '-Xmx768m',
        '-XX:+UseG1GC',
        `-Dlog4j2.configurationFile=${path.join(here, 'log4j2.xml')}`,
        '-cp',
        classpath(),
        'kafka.Kafka',
        config,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    child.unref();
    writeFileSync(pidFile, String(child.pid));
  }
  return waitForBroker(brokers, started, log);
}

async function waitForBroker(brokers, started, log) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (await brokerAnswers()) {
      log(`[kafka] broker ready at ${brokers} (started in ${((Date.now() - started) / 1000).toFixed(1)}s)`);
      return brokers;
    }
    if (!runningPid() && !existsSync(lockFile))
      throw new Error(`Kafka exited during start-up. Last lines of ${logFile}:\n${tail(logFile)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Kafka did not answer on ${brokers} within 180 s. Last lines of ${logFile}:\n${tail(logFile)}`);
}

export async function stopKafka({ log = console.log } = {}) {
  const pid = runningPid();
  if (!pid) {
    rmSync(pidFile, { force: true });
    log('[kafka] not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && runningPid()) await new Promise((r) => setTimeout(r, 200));
  if (runningPid()) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  log('[kafka] stopped');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2] ?? 'start';
  const log = (m) => console.log(m);
  const run = {
    start: () => ensureKafka({ log }),
    stop: () => stopKafka({ log }),
    status: async () =>
      log((await brokerAnswers()) ? `[kafka] answering at 127.0.0.1:${port}` : '[kafka] not answering'),
  }[command];
  if (!run) {
    console.error('usage: node tools/kafka/kafka.mjs start|stop|status');
    process.exit(2);
  }
  run().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
