// Compiles one Node app and the libs into dist/apps/<app>/ with SWC, keeping the source
// layout and decorator metadata (Nest and TypeORM need it; esbuild would drop it) and turning
// @kvalitetsnav/* imports into relative paths. Entry: dist/apps/<app>/main.js.
//   node tools/build/build-node-app.mjs <contracts|surveys|deviations|forecasting|gateway>
import { transformFile } from '@swc/core';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = process.argv[2];
const APPS = ['contracts', 'surveys', 'deviations', 'forecasting', 'gateway'];
if (!APPS.includes(app)) {
  console.error(`usage: node tools/build/build-node-app.mjs <${APPS.join('|')}>`);
  process.exit(2);
}

const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const out = path.join(root, 'dist/apps', app);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.ts$/.test(entry.name) &&
      !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
      ? [full]
      : [];
  });
}

const files = [
  ...sources(path.join(root, 'apps', app, 'src')),
  ...readdirSync(path.join(root, 'libs')).flatMap((lib) => sources(path.join(root, 'libs', lib, 'src'))),
].filter((f) => !f.includes(`${path.sep}libs${path.sep}testing${path.sep}`));

rmSync(out, { recursive: true, force: true });
const started = Date.now();
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        baseUrl: root,
        paths: compilerOptions.paths,
      },
      module: { type: 'commonjs' },
    });
    const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
    writeFileSync(`${target}.map`, map ?? '');
  }),
);
writeFileSync(path.join(out, 'main.js'), `require('./apps/${app}/src/main.js');\n`);
// Files the gateway reads next to its source: the composed supergraph and the REPORTING allow-list.
for (const file of ['supergraph.graphql', 'reporting-operations.json']) {
  const source = path.join(root, 'apps/gateway', file);
  if (app === 'gateway' && existsSync(source)) copyFileSync(source, path.join(out, 'apps/gateway', file));
}
console.log(
  `[build] ${app}: ${files.length} files → ${path.relative(root, out)}/main.js in ${Date.now() - started} ms`,
);
