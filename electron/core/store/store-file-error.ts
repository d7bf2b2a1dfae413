import { basename } from 'node:path';

/**
 * Why a stored file cannot be used. Each kind means the file is kept aside, never deleted:
 * 'unreadable' is one the disk will not give (a folder in its place, permission denied, EIO).
 */
export type StoreFileErrorKind = 'unreadable' | 'unparsable' | 'invalid' | 'too-new';

const SENTENCE: Readonly<Record<StoreFileErrorKind, string>> = {
  unreadable: 'cannot be read',
  unparsable: 'is not valid JSON',
  invalid: 'does not match the expected format',
  'too-new': 'was written by a newer version of the app, which this one cannot read',
};

export class StoreFileError extends Error {
  readonly kind: StoreFileErrorKind;
  readonly file: string;
  /** One plain line per problem, e.g. "programs.0.units.0.phone: Phone number must look like …". */
  readonly issues: string[];

  constructor(kind: StoreFileErrorKind, file: string, issues: string[], options?: ErrorOptions) {
    super(
      [`${basename(file)} ${SENTENCE[kind]}:`, ...issues.map((i) => `- ${i}`)].join('\n'),
      options,
    );
    this.name = 'StoreFileError';
    this.kind = kind;
    this.file = file;
    this.issues = issues;
  }

  /** The first line of the message: what is wrong, without the list. */
  get summary(): string {
    return `${basename(this.file)} ${SENTENCE[this.kind]}.`;
  }
}
