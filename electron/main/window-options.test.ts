import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from './window-options.ts';

const PRELOAD = '/app/dist/electron/preload.cjs';
const prefs = (isPackaged: boolean) =>
  kioskWindowOptions({ preloadPath: PRELOAD, isPackaged, kioskMode: true }).webPreferences ?? {};

// Electron's security checklist, item by item. Each value is compared with toBe, so a
// preference left out (and so at Electron's default, whatever that becomes) fails as well.
describe('the kiosk window’s web preferences (Electron security checklist)', () => {
  it('isolates the preload’s world from the page (contextIsolation)', () => {
    expect(prefs(true).contextIsolation).toBe(true);
  });

  it('sandboxes the renderer (sandbox)', () => {
    expect(prefs(true).sandbox).toBe(true);
  });

  it.each(['nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker'] as const)(
    'gives the page no Node.js (%s off)',
    (key) => {
      expect(prefs(true)[key]).toBe(false);
    },
  );

  it('keeps the same-origin policy (webSecurity on, no insecure content)', () => {
    expect(prefs(true).webSecurity).toBe(true);
    expect(prefs(true).allowRunningInsecureContent).toBe(false);
  });

  it('turns off experimental features, <webview> and the spellchecker', () => {
    expect(prefs(true).experimentalFeatures).toBe(false);
    expect(prefs(true).webviewTag).toBe(false);
    expect(prefs(true).disableBlinkFeatures).toBe('Auxclick');
    expect(prefs(true).spellcheck).toBe(false);
  });

  it('lets no drop navigate and no dialog block the screen', () => {
    expect(prefs(true).navigateOnDragDrop).toBe(false);
    expect(prefs(true).disableDialogs).toBe(true);
  });

  it('has no developer tools when packaged, and keeps them for development', () => {
    expect(prefs(true).devTools).toBe(false);
    expect(prefs(false).devTools).toBe(true);
  });

  it('loads the bundled preload', () => {
    expect(prefs(true).preload).toBe(PRELOAD);
  });
});

describe('the kiosk window', () => {
  it('fills the screen in kiosk mode with no frame or menu bar', () => {
    const options = kioskWindowOptions({ preloadPath: PRELOAD, isPackaged: true, kioskMode: true });
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
    });
  });
});

describe('the maintenance window (policy kioskMode: false)', () => {
  const options = kioskWindowOptions({ preloadPath: PRELOAD, isPackaged: true, kioskMode: false });

  it('is an ordinary framed window IT can resize and close, with no menu bar', () => {
    expect(options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      resizable: true,
      closable: true,
      autoHideMenuBar: true,
    });
    expect(options.width).toBeGreaterThan(0);
    expect(options.height).toBeGreaterThan(0);
  });

  it('keeps every web preference of the kiosk window', () => {
    const kiosk = kioskWindowOptions({ preloadPath: PRELOAD, isPackaged: true, kioskMode: true });
    expect(options.webPreferences).toEqual(kiosk.webPreferences);
    expect(options.webPreferences?.devTools).toBe(false);
  });
});
