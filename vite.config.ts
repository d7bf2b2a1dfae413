import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The renderer's CSP (electron/contract/security-headers.ts) allows no inline script or style
// and no data: URL, so nothing may be inlined, and it loads nothing from another origin.
export default defineConfig({
  root: fromRoot('./renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
