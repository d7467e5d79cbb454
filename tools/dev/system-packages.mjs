// Debian packages the project needs beyond Node: Chromium (browser tests, PDF reports),
// poppler-utils (the tests render report PDFs to images) and redis-server (the gateway's shared
// rate-limit test starts one when no Redis answers at 127.0.0.1:6379). Installed with apt when missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const PACKAGES = [
  { binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packages: ['chromium', 'fonts-dejavu-core'] },
  { binary: '/usr/bin/pdftoppm', packages: ['poppler-utils'] },
  { binary: process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server', packages: ['redis-server'] },
];

/**
 * Installs with apt-get the packages of `wanted` ({ present: () => boolean, packages: string[] })
 * that are not present, and returns the names still missing afterwards (none when all went well).
 */
export function installMissing(wanted, { log = console.log } = {}) {
  const missing = () => [...new Set(wanted.filter((w) => !w.present()).flatMap((w) => w.packages))];
  const before = missing();
  if (!before.length) return [];
  log(`[setup] installing ${before.join(', ')} (apt-get)…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...before]);
  return missing();
}

export function ensureSystemPackages({ log = console.log } = {}) {
  return installMissing(
    PACKAGES.map((p) => ({ present: () => existsSync(p.binary), packages: p.packages })),
    { log },
  );
}
