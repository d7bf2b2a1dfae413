import { z } from 'zod';
import { Content, CURRENT_SCHEMA_VERSION } from './content-schema.ts';

type Json = Record<string, unknown>;

/**
 * One pure step per schema change, from version N to N + 1. A step only adds or reshapes;
 * it never drops what staff wrote. Validation happens after the last step, against Content.
 */
const STEPS: Readonly<Record<number, (doc: Json) => Json>> = {
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    announcements: [],
    hours: { weekly: [], closures: [] },
    kiosk: { ...(doc.kiosk as Json), idleTimeoutSeconds: 60, defaultLanguage: 'en' },
  }),
  2: (doc) => ({
    ...doc,
    schemaVersion: 3,
    programs: Array.isArray(doc.programs)
      ? doc.programs.map((program: unknown) =>
          typeof program === 'object' && program !== null ? { ...program, hidden: false } : program,
        )
      : doc.programs,
  }),
};

/** Brings a stored document of any earlier version up to the current one; others pass through. */
export function migrateContent(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let doc = value as Json;
  while (typeof doc.schemaVersion === 'number' && doc.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = STEPS[doc.schemaVersion];
    if (!step) return doc;
    doc = step(doc);
  }
  return doc;
}

/** What a content file on disk may hold: any version up to the current, read as the current. */
export const StoredContent = z.preprocess(migrateContent, Content);
