import { readFile } from 'node:fs/promises';
import type { Content } from '../../contract/content-schema.ts';
import { StoredContent } from '../../contract/migrations.ts';
import { formatIssues } from '../../contract/format-issues.ts';

/**
 * Reads the content shipped with the app (data/default-content.json). It is what the kiosk
 * falls back to, so a broken copy is a packaging fault: the error names the file and every
 * problem so whoever built the installer can fix it.
 */
export async function loadBundledDefault(path: string): Promise<Content> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new Error(
      `Could not read the bundled default content at ${path} (${describe(cause)}). Reinstall the kiosk or point it at the right file.`,
      { cause },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new Error(
      `The bundled default content at ${path} is not valid JSON (${describe(cause)}). Fix the file.`,
      { cause },
    );
  }
  const result = StoredContent.safeParse(json);
  if (!result.success) {
    const lines = formatIssues(result.error).map((line) => `- ${line}`);
    throw new Error(
      [`The bundled default content at ${path} does not match the content schema:`, ...lines].join(
        '\n',
      ),
    );
  }
  return result.data;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
