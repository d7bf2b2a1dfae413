import type { UsageKind } from './usage-schema.ts';
import type { KIOSK_LANGUAGES, SCREEN_NAMES, USAGE_FEATURES } from './wire.ts';

/**
 * The words staff read for the names the kiosk counts: usage keeps codes (`read-aloud`, `es`,
 * a program's id), admin and the CSV show these beside them.
 */
const SCREENS: Record<(typeof SCREEN_NAMES)[number], string> = {
  attract: 'Welcome screen',
  home: 'Home',
  program: 'A program’s page',
  privacy: 'Privacy notice',
  search: 'Search',
  phones: 'All phone numbers',
};

const LANGUAGES: Record<(typeof KIOSK_LANGUAGES)[number], string> = {
  en: 'English',
  es: 'Spanish',
};

const FEATURES: Record<(typeof USAGE_FEATURES)[number], string> = {
  'text-size': 'Larger text',
  'high-contrast': 'High contrast',
  'read-aloud': 'Read aloud (Listen)',
  'reach-mode': 'Reach mode (controls lower down)',
  'reduced-motion': 'Reduced motion',
};

/** What staff call a program no title is known for: never its id. */
export const UNKNOWN_PROGRAM = 'A program no longer on the kiosk';

/**
 * `key` in words: a program by its title (`titles`: id to its current or last title), the
 * kiosk's own names by theirs.
 */
export function usageName(
  kind: UsageKind,
  key: string,
  titles: Readonly<Record<string, string>>,
): string {
  const table: Record<string, string> =
    kind === 'screen'
      ? SCREENS
      : kind === 'language'
        ? LANGUAGES
        : kind === 'feature'
          ? FEATURES
          : titles;
  return (Object.hasOwn(table, key) ? table[key] : undefined) ?? UNKNOWN_PROGRAM;
}
