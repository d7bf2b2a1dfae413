import type { DurableFs } from './durable-fs.ts';
import type { StoreFileErrorKind } from './store-file-error.ts';

const LABEL: Readonly<Record<StoreFileErrorKind, string>> = {
  unreadable: 'unreadable',
  unparsable: 'unparsable',
  invalid: 'invalid',
  'too-new': 'newer-version',
};

/** 2026-11-23T19:40:05.123Z -> 2026-11-23T19-40-05Z: sortable, and legal in Windows file names. */
export function fileTimestamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

/**
 * Keeps a file the store cannot use beside it, under a name that says why and when, e.g.
 * content.json.invalid-2026-11-23T19-40-05Z. Never deletes: not the file, and not an earlier
 * copy that was moved aside in the same second (the new one gets -2, -3, …).
 */
export async function moveAside(
  fs: DurableFs,
  path: string,
  kind: StoreFileErrorKind,
  at: Date,
): Promise<string> {
  const base = `${path}.${LABEL[kind]}-${fileTimestamp(at)}`;
  let target = base;
  for (let n = 2; await fs.exists(target); n += 1) target = `${base}-${n}`;
  await fs.rename(path, target);
  return target;
}
