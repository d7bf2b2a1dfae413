import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../electron/contract/security-headers.ts';

/**
 * For Vite's dev server only, never a shell. Hot reload needs what the production CSP forbids:
 * @vitejs/plugin-react's inline preamble script, the <style> elements Vite swaps in as CSS
 * changes, and Vite's websocket back to the page's own server.
 */
const DEV_ADDITIONS: Readonly<Record<string, (pageOrigins: string[]) => string[]>> = {
  'script-src': () => ["'unsafe-inline'"],
  'style-src': () => ["'unsafe-inline'"],
  'connect-src': (pageOrigins) => pageOrigins.map((origin) => origin.replace(/^http/, 'ws')),
};

/** The production CSP with only what hot reload needs added, for pages at `pageOrigins`. */
export function devContentSecurityPolicy(pageOrigins: string[]): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      const extra = DEV_ADDITIONS[name]?.(pageOrigins) ?? [];
      return [directive, ...extra].join(' ');
    })
    .join('; ');
}

/**
 * The shells' headers with the dev CSP. Cache-Control is left to Vite, whose module caching
 * and 304s make hot reload quick; no-store would defeat them.
 */
export function devSecurityHeaders(pageOrigins: string[]): Record<string, string> {
  const headers = Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Cache-Control');
  return {
    ...Object.fromEntries(headers),
    'Content-Security-Policy': devContentSecurityPolicy(pageOrigins),
  };
}
