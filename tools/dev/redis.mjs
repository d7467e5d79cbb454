// npm start: the gateway counts its request budget in a Redis when one answers at
// 127.0.0.1:6379 (or REDIS_URL names one), else in its own memory. Node built-ins only.
import net from 'node:net';

/** Whether a Redis answers PING at host:port (a raw RESP exchange). */
export function redisAnswers(port = 6379, host = '127.0.0.1', timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let answer = '';
    const done = (ok) => {
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

/** The gateway's REDIS_URL, or undefined for memory; says which in one line. */
export async function findRedis({ log = console.log } = {}) {
  if (process.env.REDIS_URL) {
    log('[redis] REDIS_URL is set: the gateway counts its request budget there');
    return process.env.REDIS_URL;
  }
  if (await redisAnswers(6379)) {
    log('[redis] using the server at 127.0.0.1:6379 for the gateway request budget');
    return 'redis://127.0.0.1:6379';
  }
  log('[redis] none answers at 127.0.0.1:6379: the gateway counts its request budget in memory');
  return undefined;
}
