import { ChildProcess, execFile, spawn } from 'node:child_process';
import { lstatSync, readlinkSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { uniqueSuffix } from './infrastructure';
import { freePort } from './processes';

const workspaceRoot = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

/** A broker or database server a fault test owns: it may stop and start it at will. */
export interface OwnServer {
  /** Kafka: the broker list; Postgres: a server URL (each service appends its database). */
  address: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  remove(): Promise<void>;
}

const instanceDir = (kind: string) => path.join(workspaceRoot, 'tmp/fault-infra', `${kind}-${uniqueSuffix()}`);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A separate single-node broker (tools/kafka with its own port and directory); its controller takes the next port. */
export async function ownKafka(): Promise<OwnServer> {
  let port = await freePort();
  while (!(await portIsFree(port + 1))) port = await freePort();
  const dir = instanceDir('kafka');
  const env: NodeJS.ProcessEnv = { ...process.env, KAFKA_PORT: String(port), KAFKA_INSTANCE_DIR: dir };
  delete env['KAFKA_BROKERS'];
  // Asynchronous on purpose: a test keeps sending mutations while the broker stops and starts.
  const kafka = (command: 'start' | 'stop') =>
    run(process.execPath, [path.join(workspaceRoot, 'tools/kafka/kafka.mjs'), command], { env, timeout: 200_000 }).then(
      () => undefined,
    );
  await kafka('start');
  return {
    address: `127.0.0.1:${port}`,
    start: () => kafka('start'),
    stop: () => kafka('stop'),
    async remove() {
      await kafka('stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Deletes a PostgreSQL data directory, and the directory it links to when the server's user could
 * not reach the checkout and tools/dev/embedded-postgres.mjs kept the data elsewhere.
 */
export function removePostgresData(dir: string): void {
  if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
    rmSync(path.resolve(path.dirname(dir), readlinkSync(dir)), { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

/** A separate PostgreSQL server (tools/test/own-postgres.mjs); stopping it cuts every open connection. */
export async function ownPostgres(): Promise<OwnServer> {
  const port = await freePort();
  const dir = instanceDir('postgres');
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  const start = async () => {
    if (child) return;
    const started = spawn(
      process.execPath,
      [path.join(workspaceRoot, 'tools/test/own-postgres.mjs'), String(port), dir],
      { cwd: workspaceRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    started.stderr?.on('data', (chunk) => (errors += chunk));
    await new Promise<void>((resolve, reject) => {
      started.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve());
      started.once('exit', (code) =>
        reject(new Error(`own PostgreSQL exited with ${code}: ${errors.trim().slice(-2000)}`)),
      );
    });
    child = started;
    process.once('exit', killOnExit);
  };
  const stop = async () => {
    const running = child;
    if (!running) return;
    child = undefined;
    process.removeListener('exit', killOnExit);
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    address: `postgres://postgres:postgres@127.0.0.1:${port}/`,
    start,
    stop,
    async remove() {
      await stop();
      removePostgresData(dir);
    },
  };
}
