import { describe, expect, it } from 'vitest';
import { EXIT_ALREADY_RUNNING, EXIT_FAILED, supervisionOf } from './supervision.ts';

describe('supervisionOf', () => {
  it('on its own (the default), the kiosk starts itself again and a second launch just quits', () => {
    expect(supervisionOf({})).toEqual({
      supervised: false,
      relaunchAfterFailure: true,
      failureExitCode: 0,
      secondInstanceExitCode: 0,
      restartAfterUpdate: true,
    });
    expect(supervisionOf({ supervised: false })).toEqual(supervisionOf({}));
  });

  it('supervised, a failure exits non-zero without starting a copy the supervisor does not watch', () => {
    const supervision = supervisionOf({ supervised: true });
    expect(supervision.relaunchAfterFailure).toBe(false);
    expect(supervision.failureExitCode).toBe(EXIT_FAILED);
    expect(EXIT_FAILED).not.toBe(0);
  });

  it('supervised, a second launch exits non-zero with a code of its own', () => {
    const { secondInstanceExitCode } = supervisionOf({ supervised: true });
    expect(secondInstanceExitCode).toBe(EXIT_ALREADY_RUNNING);
    expect([0, EXIT_FAILED, 2]).not.toContain(EXIT_ALREADY_RUNNING);
  });

  it('supervised, an update does not start the kiosk: the supervisor does', () => {
    expect(supervisionOf({ supervised: true }).restartAfterUpdate).toBe(false);
  });
});
