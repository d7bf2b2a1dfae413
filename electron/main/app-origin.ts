/**
 * The renderer's own origin. A privileged, standard scheme gives it a real origin (so CSP
 * 'self', fetch and ES modules behave as on the web) without file://, which would let any page
 * read any file on the machine.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/`;

/** The local page shown while the renderer cannot be loaded; served from code, never from disk. */
export const UNAVAILABLE_PATH = '/__unavailable';
export const UNAVAILABLE_URL = `${APP_ORIGIN}${UNAVAILABLE_PATH}`;

/**
 * Node's URL gives custom schemes the origin "null", so the scheme and host are compared
 * instead. A URL that does not parse is never ours.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
