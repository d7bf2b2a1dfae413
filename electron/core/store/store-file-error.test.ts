import { describe, expect, it } from 'vitest';
import { StoreFileError } from './store-file-error.ts';

describe('StoreFileError', () => {
  it('says what is wrong with which file, one line per problem', () => {
    const error = new StoreFileError('invalid', '/data/content.json', [
      'privacy.policyDate: The policy date must look like 4/28/2022',
      'programs: Too small',
    ]);
    expect(error.message.split('\n')).toEqual([
      'content.json does not match the expected format:',
      '- privacy.policyDate: The policy date must look like 4/28/2022',
      '- programs: Too small',
    ]);
    expect(error.summary).toBe('content.json does not match the expected format.');
    expect(error).toMatchObject({ kind: 'invalid', file: '/data/content.json' });
  });

  it('names files written by a newer app', () => {
    const error = new StoreFileError('too-new', '/d/content.json', ['schemaVersion is 2']);
    expect(error.summary).toBe(
      'content.json was written by a newer version of the app, which this one cannot read.',
    );
  });
});
