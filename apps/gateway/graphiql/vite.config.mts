import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// GraphiQL for the development gateway, which serves this build at /graphiql (built by
// tools/build/build-graphiql.mjs). Every file is emitted under assets/ with its content hash.
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: '../../../dist/graphiql',
    emptyOutDir: true,
    // Monaco, GraphiQL's editor, is a few megabytes on its own; this is a development tool.
    chunkSizeWarningLimit: 8_000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output marks modules "use no memo"; dropping that is harmless.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
