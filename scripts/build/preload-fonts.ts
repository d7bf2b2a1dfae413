import type { Plugin } from 'vite';

/** The built woff2 files of these faces (`<face>-<hash>.woff2`), in the order given. */
export function fontFiles(fileNames: readonly string[], faces: readonly string[]): string[] {
  return faces.map((face) => {
    const matches = fileNames.filter((name) =>
      new RegExp(`(^|/)${face}-[\\w-]+\\.woff2$`).test(name),
    );
    if (matches.length !== 1) {
      throw new Error(`Expected one built woff2 file for ${face}, found ${String(matches.length)}`);
    }
    return matches[0]!;
  });
}

// Fonts are fetched in CORS mode, so the preload must be too or it is not used.
const fontPreload = (file: string): string =>
  `<link rel="preload" as="font" type="font/woff2" href="/${file}" crossorigin>`;

const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;
const FIRST_SCRIPT = /[ \t]*<(?:script|link rel="modulepreload")\b/;

/**
 * The built page's head with the font preloads and the style sheet ahead of its scripts. The
 * first paint waits for both (Chromium holds it for preloaded fonts), and the browser asks for
 * them in page order over six connections: behind the start-up chunks, the fonts came last.
 */
export function paintFirst(html: string, fontFileNames: readonly string[]): string {
  const styles = html.match(STYLESHEET) ?? [];
  const rest = html.replace(STYLESHEET, '');
  const at = FIRST_SCRIPT.exec(rest);
  if (!at) throw new Error('index.html has no script to put the fonts and style sheet before');
  const indent = /^[ \t]*/.exec(at[0])![0];
  const first = [...fontFileNames.map(fontPreload), ...styles.map((s) => s.trim())]
    .map((tag) => `${indent}${tag}\n`)
    .join('');
  return rest.slice(0, at.index) + first + rest.slice(at.index);
}

/**
 * Adds `<link rel="preload" as="font">` for each face to the built index.html, so the fonts
 * load with the style sheet instead of after it, and puts both before the scripts (see
 * paintFirst). A face that is not in the build stops it: a preload of nothing would pass
 * unnoticed.
 */
export function preloadFonts(faces: readonly string[]): Plugin {
  return {
    name: 'kiosk-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context): string {
        return paintFirst(html, fontFiles(Object.keys(context.bundle ?? {}), faces));
      },
    },
  };
}
