import { CONTENT_PARTS, isLocalPath, type ContentPart } from './content-ownership.ts';
import type { Content } from './content-schema.ts';
import { numberProblems, type NumberProblem } from './phone-mentions.ts';

/**
 * The publish check's numbers (numberProblems) in the parts staff edit here: a number in a part
 * managed centrally is the publishing PC's to check, as staff here can neither fix nor publish it.
 */
export function numberProblemsHere(
  published: Content,
  draft: Content,
  central: readonly ContentPart[],
): NumberProblem[] {
  return numberProblems(published, draft).filter(({ path }) => isLocalPath(path, central));
}

/**
 * A phone number written in a part staff edit here that is no unit's number (nor the privacy
 * contact's) in the part central manages. After a central update moves a unit to a new number,
 * this is how staff learn that their announcement still sends visitors to the old one: admin
 * marks it where they edit, and adminStatus.problems (so the heartbeat) lists it. [] unless the
 * directory is central and some text is local.
 */
export function localNumberFlags(
  content: Content,
  central: readonly ContentPart[],
): NumberProblem[] {
  if (!central.includes('programs') || central.length === CONTENT_PARTS.length) return [];
  return numberProblemsHere(content, content, central);
}

/** The flag in words, for staff and for IT. */
export function localNumberLine({ where, found }: Pick<NumberProblem, 'where' | 'found'>): string {
  return `${where} mentions ${found}, a number the bureau's central content does not have (any more). Staff check it in admin and change or remove it.`;
}

/** adminStatus.problems' lines: one for each flag. */
export function localNumberProblems(content: Content, central: readonly ContentPart[]): string[] {
  return localNumberFlags(content, central).map(localNumberLine);
}
