import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIN_FORMAT_MESSAGE, verifyPin } from '../core/index.ts';
import { createRecordingLogger } from '../core/test-support/recording-logger.ts';
import { HASH_PIN_CHANNEL } from './hash-pin/hash-pin-channel.ts';
import {
  createHashPinHandler,
  hashPinWindowOptions,
  NOT_THIS_WINDOW,
  openHashPinWindow,
  PINS_DIFFER,
} from './hash-pin-window.ts';
import {
  app,
  BrowserWindow,
  DEFAULT_MENU,
  FakeWebContents,
  FakeWebFrame,
  fakeEvent,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
  windows,
} from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

type Sender = { sender: FakeWebContents; senderFrame: FakeWebFrame | null };

let log: ReturnType<typeof createRecordingLogger>;
beforeEach(() => {
  resetFakeElectron();
  log = createRecordingLogger();
});

describe('hashPinWindowOptions', () => {
  it('is an ordinary small window: no kiosk, no full screen, a normal frame', () => {
    const options = hashPinWindowOptions({
      preloadPath: '/app/hash-pin-preload.cjs',
      isPackaged: true,
    });
    expect(options).toMatchObject({
      width: 480,
      height: 420,
      kiosk: false,
      fullscreen: false,
      frame: true,
    });
  });

  it('is sandboxed and isolated, with only its own preload, and no tools when packaged', () => {
    const options = hashPinWindowOptions({
      preloadPath: '/app/hash-pin-preload.cjs',
      isPackaged: true,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/hash-pin-preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      disableBlinkFeatures: 'Auxclick',
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    const dev = hashPinWindowOptions({ preloadPath: '/p', isPackaged: false });
    expect(dev.webPreferences?.devTools).toBe(true);
  });
});

describe('the hash-pin IPC handler', () => {
  let window: BrowserWindow;
  let hash: ReturnType<typeof vi.fn<(pin: string) => Promise<string>>>;
  let handle: ReturnType<typeof createHashPinHandler>;

  beforeEach(() => {
    window = new BrowserWindow();
    void window.webContents.loadURL('app://kiosk/');
    hash = vi.fn(async (pin: string) => `hash-of-${pin.length}-digits`);
    const currentWindow = () => window as unknown as ElectronWindow;
    handle = createHashPinHandler({ currentWindow, log, hash });
  });

  const fromPage = (change: Partial<Sender> = {}): Sender => ({
    sender: window.webContents,
    senderFrame: window.webContents.mainFrame,
    ...change,
  });
  const ask = (event: Sender, pin: unknown, again: unknown) =>
    handle(event as unknown as Parameters<typeof handle>[0], pin, again);

  it('hashes two matching PINs of 6 to 12 digits, logging neither PIN nor hash', async () => {
    expect(await ask(fromPage(), '24681357', '24681357')).toEqual({
      ok: true,
      hash: 'hash-of-8-digits',
    });
    expect(hash).toHaveBeenCalledWith('24681357');
    expect(log.lines).toEqual([
      { level: 'info', message: 'A PIN hash was made for a policy file.' },
    ]);
  });

  it('makes a real scrypt hash with the kiosk’s pin-hash.ts by default', async () => {
    const real = createHashPinHandler({
      currentWindow: () => window as unknown as ElectronWindow,
      log,
    });
    const reply = await real(
      fromPage() as unknown as Parameters<typeof real>[0],
      '135791',
      '135791',
    );
    expect(reply.ok && (await verifyPin('135791', reply.hash))).toBe(true);
    expect(JSON.stringify(log.lines)).not.toContain(reply.ok ? reply.hash : 'x');
  });

  it('says so when the two PINs differ', async () => {
    expect(await ask(fromPage(), '123456', '123465')).toEqual({ ok: false, message: PINS_DIFFER });
    expect(hash).not.toHaveBeenCalled();
  });

  it.each([['12345'], ['1234567890123'], ['12345a'], [' 123456'], ['']])(
    'refuses %j: not 6 to 12 digits',
    async (pin) => {
      expect(await ask(fromPage(), pin, pin)).toEqual({ ok: false, message: PIN_FORMAT_MESSAGE });
      expect(hash).not.toHaveBeenCalled();
    },
  );

  it('refuses PINs that are not text', async () => {
    expect(await ask(fromPage(), 123456, 123456)).toEqual({
      ok: false,
      message: PIN_FORMAT_MESSAGE,
    });
  });

  it('answers only the window’s own top-level page on app://kiosk', async () => {
    const other = new FakeWebContents();
    void other.loadURL('app://kiosk/');
    const subframe = new FakeWebFrame('app://kiosk/', window.webContents.mainFrame, 1, 999);
    const elsewhere = new FakeWebFrame('https://example.com/', null, 1, window.webContents.id);
    for (const event of [
      fromPage({ sender: other, senderFrame: other.mainFrame }),
      fromPage({ senderFrame: subframe }),
      fromPage({ senderFrame: elsewhere }),
      fromPage({ senderFrame: null }),
    ]) {
      expect(await ask(event, '123456', '123456')).toEqual({ ok: false, message: NOT_THIS_WINDOW });
    }
    expect(hash).not.toHaveBeenCalled();
    expect(log.lines.map((line) => line.level)).toEqual(['warn', 'warn', 'warn', 'warn']);
    expect(JSON.stringify(log.lines)).not.toContain('123456');
  });
});

describe('openHashPinWindow', () => {
  let pageDir: string;
  beforeEach(async () => {
    pageDir = await mkdtemp(join(tmpdir(), 'hash-pin-page-'));
    await writeFile(join(pageDir, 'index.html'), '<!doctype html><title>hash</title>');
  });
  afterEach(async () => {
    await rm(pageDir, { recursive: true, force: true });
  });

  function open(): BrowserWindow {
    openHashPinWindow({ pageDir, preloadPath: '/app/hash-pin-preload.cjs', isPackaged: true, log });
    return windows[0]!;
  }

  it('opens one ordinary window on app://kiosk/ with its own preload', () => {
    const window = open();
    expect(windows).toHaveLength(1);
    expect(window.options).toMatchObject({
      kiosk: false,
      webPreferences: { preload: '/app/hash-pin-preload.cjs', sandbox: true },
    });
    expect(window.webContents.loads).toEqual(['app://kiosk/']);
    // Kept for its Edit menu: copy and paste shortcuts on macOS.
    expect(Menu.applicationMenu).toBe(DEFAULT_MENU);
  });

  it('serves its page folder on app:// under the kiosk’s CSP', async () => {
    open();
    const serve = protocol.handlers.get('app');
    const response = await serve!(new Request('app://kiosk/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>hash</title>');
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
  });

  it('answers hash requests from its page on the hash-pin channel', async () => {
    const window = open();
    const handler = ipcMain.handlers.get(HASH_PIN_CHANNEL);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const reply = (await handler!(event, '112233', '112233')) as { ok: boolean; hash: string };
    expect(reply.ok).toBe(true);
    expect(await verifyPin('112233', reply.hash)).toBe(true);
  });

  it('opens no other window and navigates nowhere', () => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const navigation = fakeEvent({ url: 'https://example.com/' });
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('grants the clipboard for Copy and nothing else', () => {
    open();
    const ses = session.defaultSession;
    const answers: boolean[] = [];
    for (const permission of ['clipboard-sanitized-write', 'media', 'clipboard-read']) {
      ses.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([true, false, false]);
    expect(ses.permissionCheckHandler?.(null, 'clipboard-sanitized-write')).toBe(true);
    expect(ses.permissionCheckHandler?.(null, 'geolocation')).toBe(false);
    expect(ses.devicePermissionHandler?.({})).toBe(false);
  });

  it('ends the app when the window is closed', () => {
    const window = open();
    window.close();
    app.emit('window-all-closed');
    expect(app.calls).toContain('quit');
    expect(windows).toHaveLength(1);
  });
});
