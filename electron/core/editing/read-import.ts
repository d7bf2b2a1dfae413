import { Content, ContentV4, CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import { migrateContent } from '../../contract/migrations.ts';
import { unknownFields } from './unknown-fields.ts';

export type ImportResult = { ok: true; content: Content } | { ok: false; reasons: string[] };

/**
 * Reads a file someone chose to import: any earlier schema version is brought up to date, a
 * newer one is refused (this kiosk would lose what it cannot read), so is a field the kiosk
 * does not know (it would be dropped) and content that breaks a rule (see Content). Every
 * reason a file is refused is given, in words that say what to fix.
 */
export function readImport(text: string): ImportResult {
  if (text.trim() === '') return { ok: false, reasons: ['The file is empty.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reasons: [
        `The file is not a content file (it is not valid JSON: ${(error as Error).message}).`,
      ],
    };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reasons: [
        `The file is from a newer kiosk (content version ${version}; this kiosk reads up to ${CURRENT_SCHEMA_VERSION}). Update this kiosk first.`,
      ],
    };
  }
  const migrated = migrateContent(json);
  const shaped = ContentV4.safeParse(migrated);
  if (!shaped.success) return { ok: false, reasons: formatIssues(shaped.error) };
  const unknown = unknownFields(migrated, shaped.data).map(
    (path) =>
      `${path.join('.')}: The kiosk has no field “${String(path.at(-1))}”, so the file is refused rather than lose what it holds.`,
  );
  const ruled = Content.safeParse(shaped.data);
  const broken = ruled.success ? [] : formatIssues(ruled.error);
  if (unknown.length > 0 || broken.length > 0)
    return { ok: false, reasons: [...unknown, ...broken] };
  return { ok: true, content: shaped.data };
}
