import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { FakeWebContents, fakeEvent, resetFakeElectron } from './test-support/fake-electron.ts';
import { guardWebContents } from './web-contents-guards.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

let contents: FakeWebContents;
let log: ReturnType<typeof createRecordingLogger>;
beforeEach(() => {
  resetFakeElectron();
  contents = new FakeWebContents();
  log = createRecordingLogger();
  guardWebContents(contents as unknown as WebContents, log);
});

const NAVIGATION_EVENTS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;
const FOREIGN_URLS = [
  'https://example.com/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'app://other/index.html',
  'data:text/html,<h1>hi</h1>',
  'javascript:alert(1)',
  'about:blank',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
];

function navigate(event: (typeof NAVIGATION_EVENTS)[number], url: string) {
  const details = fakeEvent({ url, isMainFrame: true, isSameDocument: false, frame: null });
  contents.emit(event, details, url);
  return details;
}

describe('navigation away from app://kiosk is denied', () => {
  for (const event of NAVIGATION_EVENTS) {
    it.each(FOREIGN_URLS)(`${event} to %s is prevented`, (url) => {
      expect(navigate(event, url).defaultPrevented).toBe(true);
      expect(log.lines.at(-1)?.message).toContain(url);
    });

    it(`${event} within app://kiosk goes ahead`, () => {
      expect(navigate(event, 'app://kiosk/').defaultPrevented).toBe(false);
      expect(navigate(event, 'app://kiosk/__unavailable').defaultPrevented).toBe(false);
    });
  }
});

describe('no new windows, no <webview>', () => {
  it.each(['https://example.com/', 'app://kiosk/', 'about:blank'])(
    'window.open(%s) is denied',
    (url) => {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );

  it('a <webview> is never attached', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('keys and zoom', () => {
  it('cancels a blocked key (Ctrl+R) before the page or a menu sees it', () => {
    const event = fakeEvent();
    contents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'r',
      code: 'KeyR',
      control: true,
      meta: false,
      alt: false,
      shift: false,
    });
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets ordinary typing through', () => {
    const event = fakeEvent();
    contents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'r',
      code: 'KeyR',
      control: false,
      meta: false,
      alt: false,
      shift: false,
    });
    expect(event.defaultPrevented).toBe(false);
  });

  it('locks visual zoom (pinch) and the zoom factor at 1 on every load', () => {
    for (let load = 0; load < 2; load++) {
      contents.zoomFactor = 2;
      contents.visualZoomLimits = [1, 3];
      contents.emit('did-finish-load');
      expect(contents.visualZoomLimits).toEqual([1, 1]);
      expect(contents.zoomFactor).toBe(1);
    }
  });

  it('undoes any zoom that gets through (Ctrl+wheel)', () => {
    contents.zoomFactor = 1.5;
    contents.emit('zoom-changed', fakeEvent(), 'in');
    expect(contents.zoomFactor).toBe(1);
  });
});
