import { Content, ContentV5, CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { MAX_IMPORT_CHARS } from '../../contract/editing-schema.ts';
import {
  damagedFile,
  describeIssue,
  fromNewerKiosk,
  looksLikeContent,
  NOT_CONTENT,
  tooLarge,
  unknownField,
} from '../../contract/import-problems.ts';
import { migrateContent } from '../../contract/migrations.ts';
import { unknownFields } from './unknown-fields.ts';

export type ImportResult = { ok: true; content: Content } | { ok: false; reasons: string[] };

/**
 * Reads a file someone chose to import: any earlier schema version is brought up to date, a
 * newer one is refused (this kiosk would lose what it cannot read), so is a field the kiosk
 * does not know (it would be dropped) and content that breaks a rule (see Content). Every
 * reason a file is refused is given in staff's words (import-problems.ts): where, as admin
 * shows it, and what to do.
 */
export function readImport(text: string): ImportResult {
  if (text.trim() === '') return refuse('The file is empty. Choose a file that Export made.');
  if (text.length > MAX_IMPORT_CHARS) return refuse(tooLarge(text.length, MAX_IMPORT_CHARS));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(damagedFile(text, error as Error));
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  // Checked first: a newer kiosk's file may be shaped in ways this one cannot recognise.
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return refuse(fromNewerKiosk(version, CURRENT_SCHEMA_VERSION));
  }
  if (!looksLikeContent(json)) return refuse(NOT_CONTENT);
  const migrated = migrateContent(json);
  const shaped = ContentV5.safeParse(migrated);
  if (!shaped.success) {
    return { ok: false, reasons: shaped.error.issues.map((i) => describeIssue(migrated, i)) };
  }
  const unknown = unknownFields(migrated, shaped.data).map((path) => unknownField(migrated, path));
  const ruled = Content.safeParse(shaped.data);
  const broken = ruled.success ? [] : ruled.error.issues.map((i) => describeIssue(migrated, i));
  if (unknown.length > 0 || broken.length > 0) {
    return { ok: false, reasons: [...unknown, ...broken] };
  }
  return { ok: true, content: shaped.data };
}

function refuse(reason: string): ImportResult {
  return { ok: false, reasons: [reason] };
}
