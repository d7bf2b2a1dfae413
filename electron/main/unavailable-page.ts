import { UNAVAILABLE_PATH } from './app-origin.ts';

/**
 * What a visitor sees while the kiosk screens cannot be loaded. It lives in code, not in
 * dist/renderer, so it still shows when the built renderer is missing or damaged. The CSP
 * forbids inline style, so the page links its style sheet from the same origin.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no" />
    <title>ASB Lobby Kiosk</title>
    <link rel="stylesheet" href="${UNAVAILABLE_PATH}.css" />
  </head>
  <body>
    <main>
      <h1>Please ask at the reception desk</h1>
      <p lang="es">Por favor, pregunte en la recepción.</p>
      <p class="small">This screen will try again in a moment.</p>
      <p class="small" lang="es">Esta pantalla lo intentará de nuevo en un momento.</p>
    </main>
  </body>
</html>
`;

const STYLE = `html, body { height: 100%; margin: 0; }
body {
  display: flex; align-items: center; justify-content: center;
  background: #f3f5f8; color: #142033;
  font-family: system-ui, sans-serif; text-align: center;
  user-select: none; cursor: none;
}
main { padding: 56px; }
h1 { font-size: 64px; margin: 0 0 32px; }
p { font-size: 44px; margin: 0 0 24px; }
.small { font-size: 32px; color: #3b4658; }
`;

export interface BuiltInFile {
  body: string;
  contentType: string;
}

export const BUILT_IN_FILES: ReadonlyMap<string, BuiltInFile> = new Map([
  [UNAVAILABLE_PATH, { body: PAGE, contentType: 'text/html; charset=utf-8' }],
  [`${UNAVAILABLE_PATH}.css`, { body: STYLE, contentType: 'text/css; charset=utf-8' }],
]);
