import type { StoreFileErrorKind } from './store-file-error.ts';

/** A stored file was unusable and has been kept aside: shown to staff in admin, and logged. */
export interface StoreAlert {
  kind: StoreFileErrorKind;
  /** The file that failed, e.g. /…/content.json. */
  file: string;
  /**
   * Where it is kept now, e.g. /…/content.json.invalid-2026-11-23T19-40-05Z; null while the disk
   * would not let it be moved: it is then left where it was, and never written over.
   */
  movedTo: string | null;
  /** Plain sentences: what is wrong, and that it was left in place if it was. */
  reason: string;
  /** One plain line per problem found in it. */
  issues: string[];
  /** When it was found (ISO 8601). */
  at: string;
}
