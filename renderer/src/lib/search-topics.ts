import { foldTerm } from './search-terms.ts';

/**
 * Things visitors ask a lobby about that the agency's pages do not answer. A word for one of
 * them leads to the reception desk (and to office hours, where staff entered some) instead of
 * to "No results". Folded, English and Spanish together, whatever the screen's language.
 */
export const DESK_TOPICS = {
  hours: [
    'hours',
    'hour',
    'open',
    'opening',
    'closed',
    'horario',
    'horarios',
    'abierto',
    'cerrado',
  ],
  address: ['address', 'location', 'directions', 'direccion', 'ubicacion'],
  parking: ['parking', 'park', 'estacionamiento', 'estacionar'],
  restroom: [
    'restroom',
    'restrooms',
    'bathroom',
    'toilet',
    'washroom',
    'bano',
    'banos',
    'sanitario',
  ],
  fax: ['fax'],
  email: ['email', 'mail', 'correo', 'electronico'],
} as const;
export type DeskTopic = keyof typeof DESK_TOPICS;

/** Words that ask for a phone number: each lists every unit that has one. */
export const PHONE_WORDS = ['phone', 'phones', 'telephone', 'number', 'numbers', 'call'].concat([
  'telefono',
  'telefonos',
  'numero',
  'numeros',
  'llamar',
]);

const MIN_PREFIX = 3;

/** The topic a typed word names, also while it is still being typed ("park" for parking). */
export function deskTopicOf(word: string): DeskTopic | undefined {
  const folded = foldTerm(word);
  if (folded.length < MIN_PREFIX) return undefined;
  for (const [topic, words] of Object.entries(DESK_TOPICS) as [DeskTopic, readonly string[]][]) {
    if (words.some((known) => known === folded || known.startsWith(folded))) return topic;
  }
  return undefined;
}
