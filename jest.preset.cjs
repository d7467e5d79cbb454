// Shared Jest setup: SWC keeps decorator metadata (Nest DI, TypeORM, code-first GraphQL need it)
// and is fast on small machines; tsconfig paths become module mappings.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(root, target),
  ]),
);

const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
          react: { runtime: 'automatic' },
        },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const kinds = {
  unit: { testMatch: ['<rootDir>/**/*.spec.ts?(x)'], testTimeout: 10_000 },
  integration: {
    testMatch: ['<rootDir>/**/*.int-spec.ts'],
    testTimeout: 120_000,
    globalSetup: path.join(root, 'tools/test/global-setup.mjs'),
    globalTeardown: path.join(root, 'tools/test/global-teardown.mjs'),
  },
  e2e: {
    testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
    testTimeout: 180_000,
    globalSetup: path.join(root, 'tools/test/global-setup-e2e.mjs'),
    globalTeardown: path.join(root, 'tools/test/global-teardown.mjs'),
  },
};

/** Jest config for one Nx project; `kind` picks which files run. */
function jestProject(dir, kind = 'unit') {
  const name = path.relative(root, dir).replace(/\\/g, '/');
  return {
    displayName: kind === 'unit' ? name : `${name}:${kind}`,
    rootDir: dir,
    testEnvironment: 'node',
    transform,
    moduleNameMapper,
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    setupFiles: [path.join(root, 'tools/test/setup-env.cjs')],
    ...kinds[kind],
  };
}

module.exports = { jestProject, transform, moduleNameMapper };
