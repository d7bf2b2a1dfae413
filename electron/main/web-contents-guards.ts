import type { WebContents } from 'electron';
import type { Logger } from '../core/index.ts';
import { isAppUrl } from './app-origin.ts';
import { blockedKeyFor } from './blocked-keys.ts';
import { lockZoom } from './zoom-lock.ts';

interface Navigation {
  url: string;
  preventDefault(): void;
}

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'), not just
 * the kiosk window's, so nothing the page manages to open escapes these rules. The kiosk
 * navigates nowhere: only its own app:// origin may load, in any frame, and no new window,
 * <webview> or escape key gets through.
 */
export function guardWebContents(contents: WebContents, log: Logger): void {
  const stayOnApp = (what: string) => (event: Navigation) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(`Blocked ${what} to ${event.url}`);
  };
  contents.on('will-navigate', stayOnApp('a navigation'));
  contents.on('will-frame-navigate', stayOnApp('a frame navigation'));
  contents.on('will-redirect', stayOnApp('a redirect'));

  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a <webview>');
  });

  contents.on('before-input-event', (event, input) => {
    if (blockedKeyFor(input)) event.preventDefault();
  });
  lockZoom(contents);
}
