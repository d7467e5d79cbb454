import { fork } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@kvalitetsnav/testing';

const workspaceRoot = path.resolve(__dirname, '../../..');

export interface ReferenceProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs a reference server (a script in tools/bench/gateway/reference) in its own process, as
 * ours run, so neither shares an event loop with the load generator. The script says it is
 * listening over IPC; output goes to tmp/test-logs/bench-<name>.log.
 */
export async function startReference(name: string, env: Record<string, string>): Promise<ReferenceProcess> {
  const port = await freePort();
  const logDir = path.join(workspaceRoot, 'tmp/test-logs');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `bench-${name}.log`), { flags: 'a' });
  const child = fork(path.join(__dirname, 'reference', `${name}.ts`), [], {
    cwd: workspaceRoot,
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: path.join(workspaceRoot, 'tsconfig.json'), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s; see ${log.path}`)), 60_000);
    child.once('message', () => (clearTimeout(timer), resolve()));
    child.once(
      'exit',
      (code) => (clearTimeout(timer), reject(new Error(`${name} exited with code ${code}; see ${log.path}`))),
    );
  }).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await done;
      clearTimeout(timer);
    },
  };
}
