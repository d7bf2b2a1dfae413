import type { Content } from '../../contract/content-schema.ts';
import type { UsageKind } from '../../contract/usage-schema.ts';
import { KIOSK_LANGUAGES, SCREEN_NAMES, USAGE_FEATURES } from '../../contract/wire.ts';

const FIXED: Readonly<Record<Exclude<UsageKind, 'program'>, ReadonlySet<string>>> = {
  screen: new Set(SCREEN_NAMES),
  language: new Set(KIOSK_LANGUAGES),
  feature: new Set(USAGE_FEATURES),
};

/**
 * Whether `key` is a name the kiosk counts under `kind`: one of its own screens, languages and
 * features, or a program the published content has. A closed list, so nothing sent from
 * outside can add a name: the counts stay as small as the kiosk's vocabulary.
 */
export function isCountedName(
  kind: UsageKind,
  key: string,
  programIds: ReadonlySet<string>,
): boolean {
  return (kind === 'program' ? programIds : FIXED[kind]).has(key);
}

/** The ids of the published programs, worked out again only when the content changes. */
export function programIdsOf(content: () => Content): () => ReadonlySet<string> {
  let seen: Content | undefined;
  let ids: ReadonlySet<string> = new Set();
  return () => {
    const current = content();
    if (current !== seen) {
      seen = current;
      ids = new Set(current.programs.map((program) => program.id));
    }
    return ids;
  };
}

/** The published programs' English titles by id, worked out again only when the content changes. */
export function programTitlesOf(content: () => Content): () => ReadonlyMap<string, string> {
  let seen: Content | undefined;
  let titles: ReadonlyMap<string, string> = new Map();
  return () => {
    const current = content();
    if (current !== seen) {
      seen = current;
      titles = new Map(current.programs.map((program) => [program.id, program.title.en]));
    }
    return titles;
  };
}
