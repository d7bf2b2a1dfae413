import { fileURLToPath } from 'node:url';

// The browser shell runs from the repository (npm run serve / npm start), so its files are
// found relative to this module rather than to whatever folder the command was started in.
const repoRoot = new URL('../../', import.meta.url);

export const DEFAULT_CONTENT_PATH = fileURLToPath(new URL('data/default-content.json', repoRoot));
export const BUILT_RENDERER_DIR = fileURLToPath(new URL('dist/renderer/', repoRoot));
