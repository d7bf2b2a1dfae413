import { CURRENT_SCHEMA_VERSION, type Content } from '../../contract/content-schema.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import { StoredContent } from '../../contract/migrations.ts';

export type ImportResult = { ok: true; content: Content } | { ok: false; reasons: string[] };

/**
 * Reads a file someone chose to import: any earlier schema version is brought up to date, a
 * newer one is refused (this kiosk would lose what it cannot read), and every reason a file is
 * refused is given, in words that say what to fix.
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
  const parsed = StoredContent.safeParse(json);
  if (!parsed.success) return { ok: false, reasons: formatIssues(parsed.error) };
  return { ok: true, content: parsed.data };
}
