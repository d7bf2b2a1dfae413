/**
 * What crosses the wire, with no schema library: operation and event names, the channels and
 * routes made from them, and the limits a sender must respect. The sandboxed preload and the
 * renderer's start-up bundle import this (and errors.ts) only, so neither carries zod: its
 * schemas run in the core, which validates every input. api.ts checks at compile time that
 * these names are exactly its table's.
 */
export const operationNames = [
  'getPublishedContent',
  'adminStatus',
  'adminSignIn',
  'adminSignOut',
  'readStoreAlerts',
  'readAuditLog',
  'quitKiosk',
  'getDraft',
  'saveDraft',
  'discardDraft',
  'publishDraft',
  'listRevisions',
  'restoreRevision',
  'checkImport',
  'importAsDraft',
  'exportContent',
  'listTransferPlaces',
  'saveExport',
  'readImportFile',
  'countUsage',
  'readUsage',
  'setUsageCounting',
  'exportUsageCsv',
  'readKioskPolicy',
  'reportScreenError',
  'rendererAlive',
  'reportMissingVoices',
  'publishToKiosks',
  'readFleetStatus',
] as const;
export type OperationName = (typeof operationNames)[number];

export const eventNames = ['contentChanged', 'reloadRequested', 'centralChanged'] as const;
export type EventName = (typeof eventNames)[number];

export function isOperationName(name: string): name is OperationName {
  return (operationNames as readonly string[]).includes(name);
}

export function isEventName(name: string): name is EventName {
  return (eventNames as readonly string[]).includes(name);
}

export const ipcChannel = (name: OperationName | EventName): string => `kiosk:${name}`;
export const httpRoute = (name: OperationName): string => `/api/${name}`;
export const HTTP_EVENTS_ROUTE = '/api/events';

/** The most usage counts one call carries: a visitor's taps in a few seconds are far fewer. */
export const USAGE_BATCH_MAX = 50;
export const USAGE_KINDS = ['screen', 'program', 'language', 'feature'] as const;
/**
 * The names counted under 'feature' and 'language': with SCREEN_NAMES and the published
 * programs' ids, the only keys the core counts (any other is refused). The renderer's usage
 * recorder should name its features from this list.
 */
export const USAGE_FEATURES = [
  'text-size',
  'high-contrast',
  'read-aloud',
  'reach-mode',
  'reduced-motion',
] as const;
export const KIOSK_LANGUAGES = ['en', 'es'] as const;

/**
 * How often the running app tells the core it is alive (rendererAlive). The core's watchdog
 * asks for a reload when four beats in a row are missed.
 */
export const RENDERER_HEARTBEAT_MS = 15_000;
export const RENDERER_SILENT_AFTER_MS = 4 * RENDERER_HEARTBEAT_MS;

/** The visitor screens, by the names the renderer's router gives them. */
export const SCREEN_NAMES = ['attract', 'home', 'program', 'privacy', 'search', 'phones'] as const;

/** A screen failure's message as the log keeps it: code's words, never what a visitor typed. */
export const SCREEN_ERROR_MAX = 300;
