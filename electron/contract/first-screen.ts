import type { Content } from './content-schema.ts';

/**
 * The first screen, rendered by a shell into the page it serves, so the kiosk paints its content
 * before any script has run; the renderer then hydrates it with this same state.
 */
export interface FirstScreenState {
  revision: number;
  content: Content;
  /** When the shell rendered the page (ms since the epoch): announcements follow the clock. */
  renderedAt: number;
}

/** The server build's HTML for one page. */
export interface FirstScreenHtml {
  /** The first screen (attract), which goes in the page's root and which React hydrates. */
  screen: string;
  /**
   * Home as "begin" opens it, sent hidden beside the root: the page shows it at a touch on
   * "begin" that comes before React has taken the page over, instead of ignoring that touch.
   */
  home: string;
}

/** The renderer's server build (dist/ssr) exports this; both shells call it per page. */
export type RenderFirstScreen = (state: FirstScreenState) => FirstScreenHtml;

/** The file and export of the server build; vite.config.ts names its entry after them. */
export const FIRST_SCREEN_MODULE = 'render-first-screen.js';
export const FIRST_SCREEN_EXPORT = 'renderFirstScreen';

/**
 * The id of the non-executing `<script type="application/json">` block that carries the state.
 * The CSP allows no inline script; a JSON block is data, which the browser never runs.
 */
export const FIRST_SCREEN_STATE_ID = 'kiosk-first-screen';

/** The id of the hidden home beside the root (FirstScreenHtml's `home`). */
export const FIRST_HOME_ID = 'kiosk-first-home';

/**
 * Screens follow the clock a whole minute at a time (announcements, hours): the renderer's
 * clock and the shells' cache of rendered pages both count in these.
 */
export const MINUTE_MS = 60_000;
