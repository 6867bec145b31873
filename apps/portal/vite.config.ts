import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser bundle only; the portal's own Node server (server/main.ts) serves it with /config.json.
export default defineConfig({
  root: __dirname,
  publicDir: path.join(__dirname, 'public'),
  // An explicit options object: under CommonJS type resolution the plugin's default export requires one.
  plugins: [react({})],
  build: {
    outDir: path.resolve(__dirname, '../../dist/apps/portal/public'),
    emptyOutDir: true,
    sourcemap: 'hidden',
    target: 'es2022',
  },
});
