import type { Content } from '../../contract/content-schema.ts';
import { agencyTexts, type AgencyText, type SeedName } from './agency-text.ts';
import { stringsIn } from './content-walk.ts';
import { normalizeWhitespace, seedLines } from './seed-text.ts';

/** The seed pages' text, by name: the bureau's page and POST's privacy policy. */
export type Seeds = Record<SeedName, string>;

export interface Finding {
  path: string;
  text: string;
}

/**
 * Agency text the seeds do not say word for word: a whole line must equal a seed line, a quoted
 * phrase must sit inside one. Anything invented, retyped or cut short is reported.
 */
export function findTextNotInSeeds(content: Content, seeds: Seeds): AgencyText[] {
  const lines = {
    bureau: seedLines(seeds.bureau).map((l) => l.text),
    privacy: seedLines(seeds.privacy).map((l) => l.text),
  };
  return agencyTexts(content).filter((item) => {
    const text = normalizeWhitespace(item.text);
    const found = item.whole
      ? lines[item.seed].includes(text)
      : lines[item.seed].some((line) => line.includes(text));
    return !found;
  });
}

/** Lines of one seed that no whole line of the content reproduces: something was left out. */
export function findSeedTextMissing(content: Content, seeds: Seeds, seed: SeedName): string[] {
  const present = new Set(
    agencyTexts(content)
      .filter((item) => item.seed === seed && item.whole)
      .map((item) => normalizeWhitespace(item.text)),
  );
  return seedLines(seeds[seed])
    .map((line) => line.text)
    .filter((text) => !present.has(text));
}

const PHONE_LIKE = /(?:\(\d{3}\)\s*|\b\d{3}[\s.-])?\b\d{3}[.-]\d{4}\b/g;

/** Phone-number-looking strings anywhere in the content (kiosk text too) that no seed gives. */
export function findPhoneNumbersNotInSeeds(content: unknown, seeds: Seeds): Finding[] {
  const seedText = normalizeWhitespace(`${seeds.bureau}\n${seeds.privacy}`);
  return stringsIn(content).flatMap(({ path, text }) =>
    [...text.matchAll(PHONE_LIKE)]
      .map((match) => match[0])
      .filter((number) => !seedText.includes(number))
      .map((number) => ({ path, text: number })),
  );
}

const CONTACT_PATTERNS = {
  email: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i,
  web: /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:gov|com|org|net|edu|us)\b/i,
  street:
    /\b\d+\s+(?:[A-Z][a-z]+\s+)+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Way|Lane|Ln|Court|Ct|Parkway|Pkwy)\b|\bP\.?\s?O\.?\s+Box\b/i,
} as const;

export type ContactKind = keyof typeof CONTACT_PATTERNS;

/** Emails, web addresses and street addresses anywhere in the content, by kind. */
export function findContactDetails(content: unknown): (Finding & { kind: ContactKind })[] {
  return stringsIn(content).flatMap(({ path, text }) =>
    (Object.keys(CONTACT_PATTERNS) as ContactKind[])
      .filter((kind) => CONTACT_PATTERNS[kind].test(text))
      .map((kind) => ({ path, text, kind })),
  );
}
