import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { waitFor } from './infrastructure';
import { freePort } from './processes';

/** Whether a Redis answers PING at host:port (a raw RESP exchange: no client, no reconnect loop). */
export function redisAnswers(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

export interface TestRedis {
  url: string;
  /** Stops the server if this test started it; a machine's own Redis is left alone. */
  stop(): Promise<void>;
}

/**
 * The machine's Redis at 127.0.0.1:6379 when one answers; otherwise a server of the test's own,
 * from Debian's redis-server (tools/dev/system-packages.mjs installs it) on a free port, with no
 * persistence. Tests keep apart by key prefix.
 */
export async function testRedis({
  machinePort = 6379,
  binary = process.env['REDIS_SERVER_PATH'] ?? '/usr/bin/redis-server',
} = {}): Promise<TestRedis> {
  if (await redisAnswers(machinePort)) return { url: `redis://127.0.0.1:${machinePort}`, stop: async () => undefined };
  if (!existsSync(binary)) {
    throw new Error(
      `no Redis answers at 127.0.0.1:${machinePort} and ${binary} is missing: install Debian's redis-server`,
    );
  }
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  child.once('error', () => (exited = -1));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await waitFor(
    async () => {
      if (exited !== null) throw new Error(`${binary} exited (${exited}); is Debian's redis-server installed?`);
      return redisAnswers(port);
    },
    { timeoutMs: 15_000, intervalMs: 100, what: `redis-server on port ${port}` },
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (exited !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}
