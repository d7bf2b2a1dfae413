import type { HtmlTagDescriptor, Plugin } from 'vite';

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

/**
 * Adds `<link rel="preload" as="font">` for each face to the built index.html, so the fonts
 * load with the style sheet instead of after it. A face that is not in the build stops it:
 * a preload of nothing would pass unnoticed.
 */
export function preloadFonts(faces: readonly string[]): Plugin {
  return {
    name: 'kiosk-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const names = Object.keys(context.bundle ?? {});
        return fontFiles(names, faces).map((file) => ({
          tag: 'link',
          // Fonts are fetched in CORS mode, so the preload must be too or it is not used.
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            href: `/${file}`,
            crossorigin: '',
          },
          injectTo: 'head',
        }));
      },
    },
  };
}
