import { describe, expect, it } from 'vitest';
import { pinPadStatus } from './pin-pad-status.ts';

const clockTime = () => '9:05 AM';
const open = { pinSet: true, lockedUntil: null };

describe('pinPadStatus', () => {
  it('asks for the PIN, or says what went wrong with the last one', () => {
    expect(pinPadStatus({ status: open, message: null, clockTime })).toEqual({
      headline: 'Type the staff PIN.',
      reasons: [],
    });
    expect(pinPadStatus({ status: open, message: 'That PIN is not right.', clockTime })).toEqual({
      headline: 'That PIN is not right.',
      reasons: [],
    });
  });

  it('says why admin is closed when the core gives a reason (a bad policy PIN hash)', () => {
    const status = {
      pinSet: false,
      lockedUntil: null,
      problems: ['policy.json: adminPinHash is not a PIN hash the kiosk can use.'],
    };
    expect(pinPadStatus({ status, message: null, clockTime })).toEqual({
      headline: 'Admin is closed until IT sets a PIN.',
      reasons: ['policy.json: adminPinHash is not a PIN hash the kiosk can use.'],
    });
  });

  it('keeps the reason a wrong PIN could not be saved beside the lockout', () => {
    const message = 'That PIN is not right, and the kiosk cannot save the count of wrong PINs.';
    const status = { pinSet: true, lockedUntil: 1, problems: ['The data folder is read-only.'] };
    expect(pinPadStatus({ status, message, clockTime })).toEqual({
      headline: 'Too many wrong PINs. The pad is locked until 9:05 AM.',
      reasons: [message, 'The data folder is read-only.'],
    });
  });
});
