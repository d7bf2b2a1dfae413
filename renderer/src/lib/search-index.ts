import MiniSearch from 'minisearch';
import type { Content, Program } from '../../../electron/contract/content-schema.ts';
import { localize, type Language } from './localize.ts';
import { expandTerm, foldTerm } from './search-terms.ts';

export type SearchHit =
  | { kind: 'program'; programId: string; title: string }
  | { kind: 'phone'; programId: string; title: string; unit: string; phone: string }
  | { kind: 'privacy'; title: string };

interface SearchDocument {
  id: string;
  title: string;
  text: string;
  hit: SearchHit;
}

export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
}

function programText(program: Program, language: Language): string {
  const t = (text: { en: string; es: string }) => localize(text, language);
  return [
    t(program.heading),
    ...program.description.map(t),
    t(program.listTitle),
    ...program.list.map(t),
    ...program.keyFacts.map(t),
    ...program.units.map((unit) => t(unit.name)),
  ].join(' ');
}

function documents(content: Content, language: Language): SearchDocument[] {
  const t = (text: { en: string; es: string }) => localize(text, language);
  const shown = content.programs.filter((program) => !program.hidden);
  const programs = shown.flatMap((program): SearchDocument[] => {
    const title = t(program.title);
    const phones = program.units
      .filter((unit) => unit.phone !== '')
      .map((unit, index): SearchDocument => ({
        id: `phone:${program.id}:${String(index)}`,
        title: t(unit.name),
        // The digits alone too, so "2274253" and "4253" both find the number.
        text: `${unit.phone} ${unit.phone.replace(/\D/g, '')} ${title}`,
        hit: { kind: 'phone', programId: program.id, title, unit: t(unit.name), phone: unit.phone },
      }));
    return [
      {
        id: `program:${program.id}`,
        title,
        text: programText(program, language),
        hit: { kind: 'program', programId: program.id, title },
      },
      ...phones,
    ] satisfies SearchDocument[];
  });
  const { privacy } = content;
  const privacyText = [
    ...privacy.intro.map(t),
    t(privacy.principlesLead),
    ...privacy.principles.flatMap((principle) =>
      principle.blocks.flatMap((block) =>
        block.type === 'list' ? block.items.map(t) : [t(block.text)],
      ),
    ),
    t(privacy.note),
    t(privacy.moreInfo.heading),
    t(privacy.moreInfo.body),
  ].join(' ');
  return [
    ...programs,
    {
      id: 'privacy',
      title: t(privacy.title),
      text: privacyText,
      hit: { kind: 'privacy', title: t(privacy.title) },
    },
  ];
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
  mini.addAll(documents(content, language));
  return { mini };
}

const MAX_HITS = 12;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * The best matches first; an empty or blank query finds nothing. Every word typed must match
 * (each word, or one of its synonyms), so each word narrows the list instead of widening it.
 */
export function search({ mini }: SearchIndex, text: string): SearchHit[] {
  const words = tokenize(text).filter((word) => word !== '');
  if (words.length === 0) return [];
  return mini
    .search({
      combineWith: 'AND',
      queries: words.map((word) => ({ combineWith: 'OR', queries: [word] })),
    })
    .slice(0, MAX_HITS)
    .map((result) => result.hit as SearchHit);
}
