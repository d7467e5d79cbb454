// Runs a TypeScript entry point with SWC (keeps decorator metadata; resolves tsconfig paths).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['-r', '@swc-node/register', path.resolve(entry), ...args], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.json') },
});
process.exit(result.status ?? 1);
