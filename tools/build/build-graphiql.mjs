// Builds GraphiQL (graphiql, React and Monaco from npm, bundled by Vite) into dist/graphiql, which
// the gateway serves at /graphiql outside production. Skips the build when neither the page's
// sources (apps/gateway/graphiql) nor package-lock.json changed since the last one: a stamp in
// dist/graphiql keeps their hash, so npm start and the e2e suite pay for it once.
//   node tools/build/build-graphiql.mjs [--force]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(root, 'apps/gateway/graphiql');
const out = path.join(root, 'dist/graphiql');
const stamp = path.join(out, '.inputs-sha256');

function inputsHash() {
  const hash = createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json')));
  const files = readdirSync(source, { recursive: true })
    .map(String)
    .filter((f) => !/\.spec\.tsx?$/.test(f) && statSync(path.join(source, f)).isFile())
    .sort();
  for (const file of files) hash.update(`\n${file}\n`).update(readFileSync(path.join(source, file)));
  return hash.digest('hex');
}

const hash = inputsHash();
const fresh = existsSync(path.join(out, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
if (fresh && !process.argv.includes('--force')) {
  console.log(`[build] graphiql: ${path.relative(root, out)} is up to date`);
} else {
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(source, 'vite.config.mts'), logLevel: 'warn' });
  writeFileSync(stamp, hash);
  console.log(`[build] graphiql → ${path.relative(root, out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
