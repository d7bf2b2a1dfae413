import type { Plugin } from 'vite';

const ENTRY = /<script type="module"(?![^>]*\bblocking=)([^>]*\bsrc="[^"]+"[^>]*)><\/script>/g;

/**
 * The built page's entry script with `blocking="render"`: the browser paints nothing before it
 * has the script. That script is what answers "Touch to begin" before React (early-touch.ts),
 * and a module script does not hold the first paint, so where the style sheet came in before
 * it, the button was on screen and dead until it ran: a touch then was lost, and one just
 * after it cost a second frame, the first screen's, before home's. The script is 4.5 KB, asked
 * for with the style sheet. Exactly one entry: a build that changed shape stops here.
 */
export function blockRenderOnEntry(html: string): string {
  const entries = html.match(ENTRY) ?? [];
  if (entries.length !== 1) {
    throw new Error(`Expected one entry script in index.html, found ${String(entries.length)}`);
  }
  return html.replace(ENTRY, '<script type="module" blocking="render"$1></script>');
}

/** Applies blockRenderOnEntry to the built index.html. */
export function blockRenderOnEntryScript(): Plugin {
  return {
    name: 'kiosk-block-render-on-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: blockRenderOnEntry },
  };
}
