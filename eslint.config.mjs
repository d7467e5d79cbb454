import nx from '@nx/eslint-plugin';

/**
 * Module boundaries are the architecture: a service never imports another service's code;
 * services share only libs tagged scope:shared. e2e and tools may reach everything.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/jest.config.cjs',
      '**/jest.int.config.cjs',
      '**/jest.e2e.config.cjs',
      '**/dist',
      '**/node_modules',
      '**/.nx',
      'tmp',
      '.data',
      'coverage',
      '**/vite.config.*.timestamp*',
      '**/__generated__',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:shared'] },
            { sourceTag: 'scope:surveys', onlyDependOnLibsWithTags: ['scope:surveys', 'scope:shared'] },
            { sourceTag: 'scope:deviations', onlyDependOnLibsWithTags: ['scope:deviations', 'scope:shared'] },
            { sourceTag: 'scope:forecasting', onlyDependOnLibsWithTags: ['scope:forecasting', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'platform:universal'] },
            { sourceTag: 'platform:universal', onlyDependOnLibsWithTags: ['platform:universal'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:util'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The dev stack, benchmarks and supergraph composition start the apps themselves.
    files: ['tools/**/*'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
