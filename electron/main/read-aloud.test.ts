import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enableReadAloud } from './read-aloud.ts';
import { app, resetFakeElectron } from './test-support/fake-electron.ts';

vi.mock('electron', () => import('./test-support/fake-electron.ts'));

beforeEach(() => resetFakeElectron());

describe('read-aloud voices', () => {
  it('on Linux, asks Chromium to speak through speech-dispatcher', () => {
    enableReadAloud('linux');
    expect(app.calls).toEqual(['appendSwitch enable-speech-dispatcher']);
  });

  it.each(['win32', 'darwin'] as const)(
    'on %s, leaves the system voices as they are',
    (platform) => {
      enableReadAloud(platform);
      expect(app.calls).toEqual([]);
    },
  );
});
