import { z } from 'zod';
import { ContentV5, CURRENT_SCHEMA_VERSION } from './content-schema.ts';

type Json = Record<string, unknown>;

/**
 * One pure step per schema change, from version N to N + 1. A step only adds or reshapes, and
 * what it adds is a default beneath what the document already holds: it never drops or
 * overwrites what staff wrote, even a field written before its version (announcements in a
 * version-1 file, say). Validation happens after the last step, against ContentV5 when reading
 * and Content when importing.
 */
const STEPS: Readonly<Record<number, (doc: Json) => Json>> = {
  1: (doc) => ({
    announcements: [],
    hours: { weekly: [], closures: [] },
    ...doc,
    schemaVersion: 2,
    kiosk: { idleTimeoutSeconds: 60, defaultLanguage: 'en', ...objectOr(doc.kiosk) },
  }),
  2: (doc) => ({
    ...doc,
    schemaVersion: 3,
    programs: Array.isArray(doc.programs)
      ? doc.programs.map((program: unknown) =>
          typeof program === 'object' && program !== null ? { hidden: false, ...program } : program,
        )
      : doc.programs,
  }),
  // Version 4 adds rules, not fields (see ContentV4): a document breaking one still reads.
  3: (doc) => ({ ...doc, schemaVersion: 4 }),
  // A dated closure becomes a closure of that one day, all day, with its note.
  4: (doc) => {
    const hours = objectOr(doc.hours);
    return {
      ...doc,
      schemaVersion: 5,
      hours: Array.isArray(hours.closures)
        ? { ...hours, closures: hours.closures.map(closureV5) }
        : doc.hours,
    };
  },
};

function closureV5(closure: unknown): unknown {
  if (typeof closure !== 'object' || closure === null || Array.isArray(closure)) return closure;
  const { date, ...rest } = closure as Json;
  return { startDate: date, endDate: date, kind: 'closed', time: '', ...rest };
}

const objectOr = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

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

/**
 * What a content file on disk may hold: any version up to the current, read as the current,
 * leniently (see ContentV5): a rule added since it was written does not make it unreadable.
 */
export const StoredContent = z.preprocess(migrateContent, ContentV5);
