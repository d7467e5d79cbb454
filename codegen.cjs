// Typed GraphQL operations for every client of the gateway, from the committed supergraph:
// `npm run codegen` writes them to each client's __generated__/ (committed, not formatted), and
// `npm test` fails when one no longer validates against the schema or the files are stale.
// Each client writes its operations with `graphql(\`…\`)` next to the code that uses them.
// The public schema the gateway serves (apps/gateway/schema.graphql, written from the supergraph).
const schema = 'apps/gateway/schema.graphql';

const clientPreset = (documents) => ({
  preset: 'client',
  documents,
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    scalars: { ID: 'string' },
  },
});

/** @type {import('@graphql-codegen/cli').CodegenConfig} */
module.exports = {
  schema,
  ignoreNoDocuments: true,
  // Only `graphql(…)` from a client's generated module is an operation: tests also build
  // documents with other helpers (gql, template strings) that are not meant to be typed.
  pluckConfig: { globalGqlIdentifierName: 'graphql', gqlMagicComment: 'graphql', modules: [] },
  generates: {
    'apps/web/src/__generated__/': clientPreset(['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/__generated__/**']),
    'apps/gateway/src/reports/__generated__/': clientPreset([
      'apps/gateway/src/reports/**/*.ts',
      '!apps/gateway/src/reports/__generated__/**',
    ]),
    'apps/e2e/src/__generated__/': clientPreset(['apps/e2e/src/**/*.ts', '!apps/e2e/src/__generated__/**']),
    'apps/gateway/src/auth/__generated__/': clientPreset([
      'apps/gateway/src/auth/**/*.ts',
      '!apps/gateway/src/auth/__generated__/**',
    ]),
    'apps/gateway/src/reporting/__generated__/': clientPreset([
      'apps/gateway/src/reporting/**/*.ts',
      '!apps/gateway/src/reporting/__generated__/**',
    ]),
  },
};
