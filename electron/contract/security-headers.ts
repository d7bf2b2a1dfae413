/**
 * One policy for both shells (the browser shell's HTTP responses and the Electron shell's
 * custom protocol), so the renderer is held to the same rules wherever it runs. The renderer
 * needs nothing but its own files: no inline script or style, no data: URLs, no other origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Headers every response of the renderer carries, whichever shell serves it.
 *
 * No Cross-Origin-Opener-Policy: it keeps a foreign page from holding a handle on the kiosk's
 * window, and no foreign page ever gets one. Electron's window opens nothing and is opened by
 * nothing (navigation and new windows are denied), and the browser shell refuses a page request
 * that another site started (Sec-Fetch-Site, request-guards.ts): a foreign window.open gets a
 * refusal, not the kiosk (tests/e2e/foreign-opener.spec.ts). What the header did cost: a second
 * renderer process at every cold start, ~45 ms before the first screen (issue 19).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
