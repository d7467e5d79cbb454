import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser talks only to the gateway, through this origin: /graphql, /auth, reports and large imports are proxied.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.WEB_PORT ?? 4200);
const proxy = { '/graphql': gateway, '/auth': gateway, '/reports': gateway, '/public': gateway, '/imports': gateway };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The web imports the shared pure libraries (@kvalitetsnav/swedish, calendar) by their tsconfig paths.
  resolve: { tsconfigPaths: true },
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: { outDir: '../../dist/apps/web', emptyOutDir: true },
});
