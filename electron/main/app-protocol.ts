import { protocol, type CustomScheme } from 'electron';
import type { Logger } from '../core/index.ts';
import { APP_SCHEME } from './app-origin.ts';
import { createAppProtocolHandler } from './protocol-handler.ts';

/**
 * standard: a real origin, so relative URLs, CSP 'self' and ES modules work; secure: treated
 * like https (no mixed-content downgrade); supportFetchAPI: the renderer may fetch its own
 * files. Nothing that would weaken the page (bypassCSP, allowServiceWorkers, corsEnabled).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before the app is ready: Chromium fixes its list of schemes at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/**
 * After ready: app:// answers from the built renderer only (see protocol-handler.ts), its page
 * from `page` when given (the kiosk's, with the first screen rendered in).
 */
export function serveAppProtocol(
  rendererDir: string,
  log: Logger,
  page?: () => Promise<string>,
): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rendererDir, log, ...(page && { page }) }),
  );
}
