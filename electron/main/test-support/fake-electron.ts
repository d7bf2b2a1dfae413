// A recording stand-in for the `electron` module, which cannot run here (its binary cannot be
// downloaded). Test files swap it in with
//   vi.mock('electron', () => import('./test-support/fake-electron.ts'));
// and import the same module to drive events and read what the shell did. Only the parts the
// shell uses exist; each behaves as Electron documents it, as far as the shell can tell.
import { EventEmitter } from 'node:events';
import type { CustomScheme, Settings } from 'electron';

export type FakeEvent<T extends object = object> = T & {
  defaultPrevented: boolean;
  preventDefault(): void;
};

export function fakeEvent<T extends object>(fields: T = {} as T): FakeEvent<T> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextId = 1;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public readonly parent: FakeWebFrame | null,
    public readonly processId: number,
    public readonly routingId: number,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame('', null, 1, this.id);
  readonly loads: string[] = [];
  readonly sent: { channel: string; args: unknown[] }[] = [];
  zoomFactor = 1;
  visualZoomLimits: [number, number] | undefined;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
    return Promise.resolve();
  }
  /** Navigates the main frame at once; a test emits did-fail-load itself to fail a load. */
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** How often the renderer was killed on purpose; Electron then reports it gone ('killed'). */
  forcedCrashes = 0;
  forcefullyCrashRenderer(): void {
    this.forcedCrashes++;
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 });
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  lockAvailable = true;
  /** What app.getVersion() answers: package.json's version in the packaged app. */
  version = '0.1.0';
  readonly calls: string[] = [];
  /** Every setLoginItemSettings, oldest first. */
  readonly loginItemSettings: Settings[] = [];
  /** Switches land in `calls` as "appendSwitch <name>", in order with everything else. */
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => {
      this.calls.push(['appendSwitch', name, value].filter((part) => part !== undefined).join(' '));
    },
  };
  private readied = deferred();

  whenReady(): Promise<void> {
    return this.readied.promise;
  }
  /** The test's stand-in for Chromium finishing its start-up. */
  makeReady(): void {
    this.ready = true;
    this.emit('ready');
    this.readied.resolve();
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.lockAvailable;
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  setPath(name: string, path: string): void {
    this.calls.push(`setPath ${name} ${path}`);
  }
  relaunch(): void {
    this.calls.push('relaunch');
  }
  getVersion(): string {
    return this.version;
  }
  /** package.json's productName, as Electron prefers it over name. */
  getName(): string {
    return 'ASB Lobby Kiosk';
  }
  setLoginItemSettings(settings: Settings): void {
    this.loginItemSettings.push(settings);
  }
  exit(code = 0): void {
    this.calls.push(`exit ${code}`);
  }
  /** As Electron: before-quit, then will-quit, either of which may call the quit off. */
  quit(): void {
    this.calls.push('quit');
    const before = fakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.emit('will-quit', fakeEvent());
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.ready = false;
    this.lockAvailable = true;
    this.version = '0.1.0';
    this.calls.length = 0;
    this.loginItemSettings.length = 0;
    this.readied = deferred();
  }
}

export const app = new FakeApp();

/** Every window made since the last reset, oldest first. */
export const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly calls: string[] = [];
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    windows.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.calls.push('restore');
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  /** As a person or the OS closing it: gone for good, then 'closed'. */
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (...args: unknown[]) => unknown;

export const protocol = {
  privileged: [] as { schemes: CustomScheme[]; appWasReady: boolean }[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.privileged.push({ schemes, appWasReady: app.ready });
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    // Electron refuses a second handler on one channel.
    if (this.handlers.has(channel)) throw new Error(`A handler for '${channel}' already exists`);
    this.handlers.set(channel, handler);
  },
};

export const session = {
  defaultSession: {
    permissionRequestHandler: undefined as Handler | undefined,
    permissionCheckHandler: undefined as Handler | undefined,
    devicePermissionHandler: undefined as Handler | undefined,
    setPermissionRequestHandler(handler: Handler): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: Handler): void {
      this.devicePermissionHandler = handler;
    },
  },
};

/** Electron's network stack: records each request and answers it with a fixed body. */
export const net = {
  requests: [] as { input: unknown; init: unknown }[],
  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    this.requests.push({ input, init });
    return new Response('from net.fetch');
  },
};

/** Electron starts with a default menu (with reload, zoom and developer tools in it). */
export const DEFAULT_MENU = Symbol('default menu');

export const Menu = {
  applicationMenu: DEFAULT_MENU as unknown,
  setApplicationMenu(menu: unknown): void {
    this.applicationMenu = menu;
  },
};

export const powerSaveBlocker = {
  started: [] as string[],
  /** The ids given back, in order; an id is its place in `started`, counted from 1. */
  stopped: [] as number[],
  start(type: string): number {
    this.started.push(type);
    return this.started.length;
  },
  stop(id: number): boolean {
    this.stopped.push(id);
    return true;
  },
  /** Blockers started and not stopped. */
  active(): number[] {
    return this.started.map((_type, index) => index + 1).filter((id) => !this.stopped.includes(id));
  },
};

/**
 * A value as the page receives it through Electron's contextBridge (its documented parameter,
 * error and return type support): functions are proxied, objects and arrays are copied without
 * their prototype, promises settle with copies, and an Error keeps its message only, so an
 * ApiError arrives as a plain Error without `code` or `issues`.
 */
export function acrossBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      try {
        return acrossBridge(value(...args.map(acrossBridge)));
      } catch (error) {
        throw acrossBridge(error);
      }
    };
  }
  if (value instanceof Promise) {
    return value.then(acrossBridge, (error: unknown) => Promise.reject(acrossBridge(error)));
  }
  if (value instanceof Error) return new Error(value.message);
  if (Array.isArray(value)) return value.map(acrossBridge);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, acrossBridge(item)]),
    );
  }
  return value;
}

export const contextBridge = {
  /** What the page sees on window, after the bridge copied it. */
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, acrossBridge(api));
  },
};

export const ipcRenderer = {
  invocations: [] as { channel: string; args: unknown[] }[],
  /** What the main process answers; a test sets it. */
  answer: (() => undefined) as (channel: string, ...args: unknown[]) => unknown,
  events: new EventEmitter(),
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.answer(channel, ...args);
  },
  on(channel: string, listener: Handler): void {
    this.events.on(channel, listener);
  },
  removeListener(channel: string, listener: Handler): void {
    this.events.removeListener(channel, listener);
  },
};

type DialogAnswer = { canceled: boolean; paths: string[] };

/**
 * Electron's dialog as far as the kiosk uses it: each call may name a parent window first, and
 * the answer has the real one's shape (a cancelled save gives filePath '', an open filePaths []).
 */
export const dialog = {
  calls: [] as {
    kind: 'save' | 'open';
    parent: BrowserWindow | undefined;
    options: Record<string, unknown>;
  }[],
  /** What the person does in the next dialog; a test sets it. */
  answer: { canceled: true, paths: [] } as DialogAnswer,
  record(kind: 'save' | 'open', args: unknown[]): DialogAnswer {
    const [first, second] = args;
    const parent = first instanceof BrowserWindow ? first : undefined;
    const options = (parent ? second : first) as Record<string, unknown>;
    this.calls.push({ kind, parent, options });
    return this.answer;
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const { canceled, paths } = this.record('save', args);
    return { canceled, filePath: canceled ? '' : (paths[0] ?? '') };
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const { canceled, paths } = this.record('open', args);
    return { canceled, filePaths: canceled ? [] : paths };
  },
};

export function resetFakeElectron(): void {
  dialog.calls.length = 0;
  dialog.answer = { canceled: true, paths: [] };
  app.reset();
  windows.length = 0;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  net.requests.length = 0;
  session.defaultSession.permissionRequestHandler = undefined;
  session.defaultSession.permissionCheckHandler = undefined;
  session.defaultSession.devicePermissionHandler = undefined;
  Menu.applicationMenu = DEFAULT_MENU;
  powerSaveBlocker.started.length = 0;
  powerSaveBlocker.stopped.length = 0;
  contextBridge.exposed.clear();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.answer = () => undefined;
  ipcRenderer.events.removeAllListeners();
}
