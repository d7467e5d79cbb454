// Once per Jest run of e2e suites: what global-setup does, and every Node app built with SWC into
// dist/apps/<app> (tools/build/build-node-app.mjs, as the image builds it), so each of the suites'
// many service processes loads compiled JavaScript instead of compiling its TypeScript again.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import globalSetup from './global-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const APPS = ['contracts', 'surveys', 'deviations', 'forecasting', 'gateway'];

export default async function globalSetupE2e() {
  await globalSetup();
  // Once per run, though every e2e project calls this (a value set elsewhere is not this run's).
  if (process.env.KVN_TEST_BUILT_APPS === String(process.pid)) return;
  for (const app of APPS) {
    const build = spawnSync(process.execPath, ['tools/build/build-node-app.mjs', app], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build of ${app} failed:\n${build.stdout}${build.stderr}`);
  }
  // Read by libs/testing's startServiceProcess in every worker (they start after this).
  process.env.KVN_TEST_BUILT_APPS = String(process.pid);
}
