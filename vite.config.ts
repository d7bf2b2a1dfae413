import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { FIRST_SCREEN_MODULE } from './electron/contract/first-screen.ts';
import { blockRenderOnEntryScript } from './scripts/build/block-render-on-entry.ts';
import { preloadFonts } from './scripts/build/preload-fonts.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The fonts the first screen's text is set in: preloaded, so they are not found only once the
// style sheet has been read.
const FIRST_SCREEN_FONTS = [
  'atkinson-hyperlegible-next-latin-400-normal',
  'atkinson-hyperlegible-next-latin-700-normal',
];

// The renderer's CSP (electron/contract/security-headers.ts) allows no inline script or style
// and no data: URL, so nothing may be inlined, and it loads nothing from another origin.
const client: UserConfig = {
  root: fromRoot('./renderer'),
  base: '/',
  plugins: [react(), preloadFonts(FIRST_SCREEN_FONTS), blockRenderOnEntryScript()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // check:bundle reads it for the chunks the entry imports after the first frame.
    manifest: true,
  },
};

// `vite build --ssr`: the first-screen renderer both shells load (dist/ssr). Self-contained
// (React included), since the packaged Electron app has no node_modules to resolve from.
const server: UserConfig = {
  root: fromRoot('./renderer'),
  plugins: [react()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    outDir: fromRoot('./dist/ssr'),
    // Loaded once per start by the shell: smaller to read and parse.
    minify: true,
    emptyOutDir: true,
    rolldownOptions: {
      input: fromRoot('./renderer/src/ssr/render-first-screen.tsx'),
      output: { entryFileNames: FIRST_SCREEN_MODULE, format: 'es' },
    },
  },
};

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? server : client));
