import { describe, expect, it } from 'vitest';
import { adviseOnElectron, describeElectronAdvice } from './electron-advice.ts';

const versions = [
  '44.9.0',
  '45.0.0-alpha.4',
  '45.0.0',
  '45.6.1',
  '45.10.0',
  '46.0.0-beta.2',
  '46.1.0',
  '47.0.0',
  '48.0.0-nightly.20260101',
];

describe('adviseOnElectron', () => {
  it('finds nothing newer when the pin is the newest release', () => {
    expect(
      adviseOnElectron('45.6.1', { versions: ['45.6.0', '45.6.1'], latest: '45.6.1' }),
    ).toEqual({ pinned: '45.6.1', supported: true });
  });

  it('names the newest stable patch of the pinned major, comparing numbers not text', () => {
    const advice = adviseOnElectron('45.6.1', { versions, latest: '45.10.0' });
    expect(advice.newerPatch).toBe('45.10.0');
    expect(advice.newerMajor).toBeUndefined();
  });

  it('ignores prereleases of any major', () => {
    const advice = adviseOnElectron('45.6.1', {
      versions: ['45.6.1', '45.7.0-beta.1', '46.0.0-alpha.1'],
      latest: '45.6.1',
    });
    expect(advice).toEqual({ pinned: '45.6.1', supported: true });
  });

  it('names a newer major from the latest tag, still supported within the latest three', () => {
    expect(adviseOnElectron('45.10.0', { versions, latest: '47.0.0' })).toEqual({
      pinned: '45.10.0',
      newerMajor: 47,
      supported: true,
    });
  });

  it('says when the pinned major has left support', () => {
    const advice = adviseOnElectron('44.9.0', { versions, latest: '47.0.0' });
    expect(advice).toMatchObject({ newerMajor: 47, supported: false });
  });

  it('refuses a range instead of an exact pin', () => {
    expect(() => adviseOnElectron('^45.6.1', { versions, latest: '45.6.1' })).toThrow(
      'pin electron to one exact version',
    );
  });
});

describe('describeElectronAdvice', () => {
  it('says there is nothing to take', () => {
    expect(describeElectronAdvice({ pinned: '45.6.1', supported: true })).toEqual([
      'Electron 45.6.1 is the newest release of Electron 45.',
      'Electron 45 is the newest major.',
    ]);
  });

  it('gives the command for a newer patch and the deadline for a newer major', () => {
    const lines = describeElectronAdvice({
      pinned: '45.6.1',
      newerPatch: '45.7.0',
      newerMajor: 46,
      supported: true,
    });
    expect(lines[0]).toContain('npm install --save-dev --save-exact electron@45.7.0');
    expect(lines[1]).toBe(
      'Electron 46 is out; 45 is supported until 48 ships (Electron supports its latest 3 ' +
        'majors): plan the move to 46.',
    );
  });

  it('says to move now when the pinned major is unsupported', () => {
    const lines = describeElectronAdvice({ pinned: '44.9.0', newerMajor: 47, supported: false });
    expect(lines[1]).toContain('Electron 44 is no longer supported');
    expect(lines[1]).toContain('move to 47 now');
  });
});
