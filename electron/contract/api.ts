import { z } from 'zod';
import { adminOperations } from './admin-schema.ts';
import { ContentV5 } from './content-schema.ts';
import { editingOperations } from './editing-schema.ts';
import { fleetOperations } from './fleet-schema.ts';
import type { Reply } from './errors.ts';
import { policyOperations } from './policy-schema.ts';
import { publishOperations } from './publish-schema.ts';
import { rendererOperations } from './renderer-schema.ts';
import { transferOperations } from './transfer-schema.ts';
import { usageOperations } from './usage-schema.ts';
import type { EventName, OperationName } from './wire.ts';

/**
 * The one table of what the renderer may ask of the core. The preload, the IPC handlers, the
 * HTTP routes and the renderer's bridges are all derived from it, so a channel name is written
 * only here. Every input is validated by the core against `input`, whatever the shell.
 */
export const operations = {
  getPublishedContent: {
    input: z.undefined(),
    // As read: content published before a rule existed still shows (see ContentV5).
    output: z.object({ revision: z.number().int().nonnegative(), content: ContentV5 }),
  },
  ...adminOperations,
  ...editingOperations,
  ...transferOperations,
  ...usageOperations,
  ...policyOperations,
  ...publishOperations,
  ...fleetOperations,
  ...rendererOperations,
} as const;

/** Pushed from the core to every renderer: IPC events in Electron, server-sent events in the browser shell. */
export const events = {
  contentChanged: z.object({ revision: z.number().int().nonnegative() }),
  /** The renderer stopped beating: the browser shell asks the page to load itself again. */
  reloadRequested: z.object({ reason: z.string() }),
  /** How the kiosk follows IT's central source changed (applied, refused, back): ask adminStatus. */
  centralChanged: z.object({}),
} as const;

export type Operations = typeof operations;
export type { EventName, OperationName } from './wire.ts';

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Fails to compile when wire.ts's names and this table's drift apart, either way. */
export type WireMatchesTable = [
  Holds<SameKeys<keyof Operations, OperationName>>,
  Holds<SameKeys<keyof typeof events, EventName>>,
];

export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/** What a renderer holds: one async function per operation, plus a subscription per event. */
export type KioskApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationOutput<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * What the Electron preload puts on window.kiosk: the same operations, each resolving with a
 * Reply instead of throwing, because contextBridge drops an Error's own properties. The
 * renderer turns it back into a KioskApi (renderer/src/api/get-api.ts).
 */
export type KioskBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Reply<OperationOutput<K>>>;
} & Pick<KioskApi, 'on'>;
