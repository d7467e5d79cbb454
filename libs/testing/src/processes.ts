import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { waitFor } from './infrastructure';

const workspaceRoot = path.resolve(__dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would: no shutdown hooks run. */
  kill(): Promise<void>;
  /** The same app again, on the same port, database and consumer group. */
  restart(): Promise<ServiceProcess>;
}

/**
 * Runs an app's real main.ts in its own Node process (as in production: Nest's GraphQL type
 * registry is per process, so subgraphs sharing type names cannot share one), and waits until
 * /health/live answers. Output goes to tmp/test-logs/<name>.log. With KVN_TEST_BUILT_APPS set
 * (tools/test/global-setup-e2e.mjs built every app for this run) it runs the build,
 * dist/apps/<app>/main.js, as the image does, instead of compiling main.ts again in each process.
 */
export async function startServiceProcess(
  name: string,
  app: string,
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const port = env['PORT'] ?? String(await freePort());
  const logDir = path.join(workspaceRoot, 'tmp/test-logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    process.execPath,
    process.env['KVN_TEST_BUILT_APPS']
      ? [path.join(workspaceRoot, `dist/apps/${app}/main.js`)]
      : ['-r', '@swc-node/register', path.join(workspaceRoot, `apps/${app}/src/main.ts`)],
    {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: path.join(workspaceRoot, 'tsconfig.json'),
        HOST: '127.0.0.1',
        ...env,
        PORT: port,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  // A suite that fails or times out half-way must not leave services running behind it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (exited !== null) throw new Error(`${name} exited with code ${exited}; see ${logFile}`);
      return (await fetch(`${url}/health/live`).catch(() => undefined))?.ok;
    },
    { timeoutMs: 90_000, intervalMs: 200, what: `${name} to answer on ${url}` },
  ).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const signal = async (sig: NodeJS.Signals) => {
    if (exited !== null) return;
    const done = new Promise((resolve) => child.once('exit', resolve));
    child.kill(sig);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
  };
  return {
    name,
    url,
    child,
    logFile,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    async restart() {
      await signal('SIGTERM');
      return startServiceProcess(name, app, { ...env, PORT: port });
    },
  };
}
