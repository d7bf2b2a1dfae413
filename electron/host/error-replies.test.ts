import { describe, expect, it } from 'vitest';
import { ApiError } from '../contract/errors.ts';
import { errorReply } from './error-replies.ts';

const LIMIT = 1024 * 1024;

describe('errorReply', () => {
  it('keeps an ApiError’s code, message and issues', () => {
    expect(errorReply(new ApiError('unavailable', 'Store is busy.', ['a: b']), LIMIT)).toEqual({
      status: 503,
      body: { code: 'unavailable', message: 'Store is busy.', issues: ['a: b'] },
    });
  });

  it('names the limit when the body is too large', () => {
    expect(errorReply({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, 2048)).toEqual({
      status: 413,
      body: {
        code: 'bad_request',
        message: 'The request body is too large: this kiosk accepts at most 2 KiB.',
      },
    });
  });

  it('keeps another client error’s status, as a bad request', () => {
    const error = Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 });
    expect(errorReply(error, LIMIT)).toEqual({
      status: 415,
      body: { code: 'bad_request', message: 'The request was refused: Unsupported Media Type' },
    });
  });

  it.each([new Error('secret detail'), 'a thrown string', undefined, { statusCode: 502 }])(
    'turns anything else (%s) into a 500 that reveals nothing',
    (error) => {
      const reply = errorReply(error, LIMIT);
      expect(reply.status).toBe(500);
      expect(reply.body.code).toBe('internal');
      expect(reply.body.message).not.toMatch(/secret|string/);
    },
  );
});
