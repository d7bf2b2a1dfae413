/** Which shell the e2e suite drives: `browser` (default) or `electron` (KIOSK_E2E_TARGET). */
export const E2E_TARGET: 'browser' | 'electron' =
  process.env.KIOSK_E2E_TARGET === 'electron' ? 'electron' : 'browser';
