import MiniSearch from 'minisearch';
import type { Content, Program } from '../../../electron/contract/content-schema.ts';
import { LANGUAGES, localize, type Language } from './localize.ts';
import { expandTerm, foldTerm } from './search-terms.ts';
import { deskTopicOf, PHONE_WORDS, type DeskTopic } from './search-topics.ts';

export type SearchHit =
  | { kind: 'program'; programId: string; title: string }
  | { kind: 'phone'; programId: string; title: string; unit: string; phone: string }
  | { kind: 'privacy'; title: string }
  /** Something only the reception desk can answer (parking, restrooms, fax…). */
  | { kind: 'desk'; topic: DeskTopic }
  /** The office hours staff entered, on the all-phones screen. */
  | { kind: 'hours' };

interface SearchDocument {
  id: string;
  title: string;
  text: string;
  hit: SearchHit;
}

interface PhoneEntry {
  digits: string;
  hit: Extract<SearchHit, { kind: 'phone' }>;
}

export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
  phones: PhoneEntry[];
  hasHours: boolean;
}

type Text = { en: string; es: string };

/** Every visitor word is looked up in both languages, whatever the screen shows. */
const bothLanguages = (text: Text): string =>
  LANGUAGES.map((language) => localize(text, language)).join(' ');

function programText(program: Program): string {
  return [
    program.heading,
    ...program.description,
    program.listTitle,
    ...program.list,
    ...program.keyFacts,
    program.title,
    ...program.units.map((unit) => unit.name),
  ]
    .map(bothLanguages)
    .join(' ');
}

function privacyText({ privacy }: Content): string {
  return [
    privacy.title,
    ...privacy.intro,
    privacy.principlesLead,
    ...privacy.principles.flatMap((principle) =>
      principle.blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text])),
    ),
    privacy.note,
    privacy.moreInfo.heading,
    privacy.moreInfo.body,
  ]
    .map(bothLanguages)
    .join(' ');
}

function phoneEntries(content: Content, language: Language): PhoneEntry[] {
  const t = (text: Text) => localize(text, language);
  return content.programs
    .filter((program) => !program.hidden)
    .flatMap((program) =>
      program.units
        .filter((unit) => unit.phone !== '')
        .map((unit) => ({
          digits: unit.phone.replace(/\D/g, ''),
          hit: {
            kind: 'phone' as const,
            programId: program.id,
            title: t(program.title),
            unit: t(unit.name),
            phone: unit.phone,
          },
        })),
    );
}

function documents(content: Content, language: Language, phones: PhoneEntry[]): SearchDocument[] {
  const t = (text: Text) => localize(text, language);
  const programs = content.programs
    .filter((program) => !program.hidden)
    .map((program): SearchDocument => ({
      id: `program:${program.id}`,
      title: t(program.title),
      text: programText(program),
      hit: { kind: 'program', programId: program.id, title: t(program.title) },
    }));
  const numbers = phones.map(({ hit }, index): SearchDocument => ({
    id: `phone:${String(index)}`,
    title: hit.unit,
    // Any word asking for a number finds every number.
    text: `${hit.phone} ${hit.title} ${PHONE_WORDS.join(' ')}`,
    hit,
  }));
  const privacy: SearchDocument = {
    id: 'privacy',
    title: t(content.privacy.title),
    text: privacyText(content),
    hit: { kind: 'privacy', title: t(content.privacy.title) },
  };
  return [...programs, ...numbers, privacy];
}

/** One index per content and language; visitors type against it, nothing is stored. */
export function buildSearchIndex(content: Content, language: Language): SearchIndex {
  const mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['hit'],
    processTerm: (term) => foldTerm(term),
    searchOptions: {
      boost: { title: 3 },
      // A lone digit begins nearly every number in the index; the next digit narrows it.
      prefix: (term) => term.length > 1 || !/\d/.test(term),
      // A number one digit off is another number, not a typing slip worth matching.
      fuzzy: (term) => (term.length > 4 && !/\d/.test(term) ? 0.2 : false),
      processTerm: (term) => expandTerm(term),
    },
  });
  const phones = phoneEntries(content, language);
  mini.addAll(documents(content, language, phones));
  return { mini, phones, hasHours: content.hours.weekly.length > 0 };
}

const MAX_HITS = 12;
/** Four digits are the shortest part of a number a visitor remembers ("4253"). */
const MIN_DIGIT_RUN = 4;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * The best matches first; an empty or blank query finds nothing. A query of digits (with any
 * punctuation or spaces) of four or more finds every number holding that run. Otherwise every
 * word typed must match (each word, or one of its synonyms), so each word narrows the list;
 * words for what only the reception desk knows lead there instead.
 */
export function search(index: SearchIndex, text: string): SearchHit[] {
  const digits = text.replace(/\D/g, '');
  if (!/\p{L}/u.test(text) && digits.length >= MIN_DIGIT_RUN) {
    return index.phones.filter((phone) => phone.digits.includes(digits)).map(({ hit }) => hit);
  }
  const words = tokenize(text).filter((word) => word !== '');
  const topics = [...new Set(words.map(deskTopicOf).filter((topic) => topic !== undefined))];
  const asked = words.filter((word) => deskTopicOf(word) === undefined);
  const found =
    asked.length === 0
      ? []
      : index.mini
          .search({
            combineWith: 'AND',
            queries: asked.map((word) => ({ combineWith: 'OR', queries: [word] })),
          })
          .map((result) => result.hit as SearchHit);
  const desk = topics.flatMap((topic): SearchHit[] =>
    topic === 'hours' && index.hasHours
      ? [{ kind: 'hours' }, { kind: 'desk', topic }]
      : [{ kind: 'desk', topic }],
  );
  return [...desk, ...found].slice(0, MAX_HITS);
}
