import { z } from 'zod';
import { adminOperations } from './admin-schema.ts';
import { Content } from './content-schema.ts';
import { editingOperations } from './editing-schema.ts';
import { policyOperations } from './policy-schema.ts';
import { usageOperations } from './usage-schema.ts';

/**
 * The one table of what the renderer may ask of the core. The preload, the IPC handlers, the
 * HTTP routes and the renderer's bridges are all derived from it, so a channel name is written
 * only here. Every input is validated by the core against `input`, whatever the shell.
 */
export const operations = {
  getPublishedContent: {
    input: z.undefined(),
    output: z.object({ revision: z.number().int().nonnegative(), content: Content }),
  },
  ...adminOperations,
  ...editingOperations,
  ...usageOperations,
  ...policyOperations,
} as const;

/** Pushed from the core to every renderer: IPC events in Electron, server-sent events in the browser shell. */
export const events = {
  contentChanged: z.object({ revision: z.number().int().nonnegative() }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type EventName = keyof typeof events;

export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

export const operationNames = Object.keys(operations) as OperationName[];
export const eventNames = Object.keys(events) as EventName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** What a renderer holds: one async function per operation, plus a subscription per event. */
export type KioskApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationOutput<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Names on the wire, derived from the table. */
export const ipcChannel = (name: OperationName | EventName): string => `kiosk:${name}`;
export const httpRoute = (name: OperationName): string => `/api/${name}`;
export const HTTP_EVENTS_ROUTE = '/api/events';
