import { CONTENT_PARTS, isLocalPath, type ContentPart } from '../../contract/content-ownership.ts';
import type { Content } from '../../contract/content-schema.ts';
import { numberProblems } from '../../contract/phone-mentions.ts';

/**
 * Lines for adminStatus.problems (and so the heartbeat): a phone number written in a part staff
 * edit here that is no unit's number (nor the privacy contact's) in the part central manages.
 * After a central update moves a unit to a new number, this is how staff learn that their
 * announcement still sends visitors to the old one. [] unless the directory is central and
 * some text is local.
 */
export function localNumberProblems(content: Content, central: readonly ContentPart[]): string[] {
  if (!central.includes('programs') || central.length === CONTENT_PARTS.length) return [];
  return numberProblems(content, content)
    .filter(({ path }) => isLocalPath(path, central))
    .map(
      ({ where, found }) =>
        `${where} mentions ${found}, a number the bureau's central content does not have (any more). Staff check it in admin and change or remove it.`,
    );
}
