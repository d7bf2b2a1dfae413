import type { RevisionInfo } from '../../../electron/contract/editing-schema.ts';

const KIND: Record<RevisionInfo['kind'], string> = {
  first: 'First content',
  publish: 'Published',
  restore: 'Restored',
  found: 'Found at start-up',
  central: 'Central content',
};

/**
 * How a revision came to be, as history lists it: who made it and when, or, for the bureau's
 * central content, the version and the key it was signed with, which IT matches to its bundle.
 */
export function revisionLine(revision: RevisionInfo, when: (iso: string) => string): string {
  const { central } = revision;
  const how = central
    ? `Central content version ${central.version} (key ${central.keyId}), applied`
    : KIND[revision.kind];
  return [
    `${how} ${when(revision.time)}`,
    revision.initials ? ` by ${revision.initials}` : '',
    revision.restoredFrom ? `, from revision ${revision.restoredFrom}` : '',
  ].join('');
}
