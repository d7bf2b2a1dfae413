import { describe, expect, it } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { allowedLanguages, contentForVisitors, settingsProblem } from './policy-rules.ts';

const withKiosk = (idleTimeoutSeconds: number, defaultLanguage: 'en' | 'es' = 'en'): Content => {
  const content = makeContent();
  return { ...content, kiosk: { ...content.kiosk, idleTimeoutSeconds, defaultLanguage } };
};

const BOUNDS = { idleTimeoutSeconds: { min: 60, max: 180 } };

describe('contentForVisitors', () => {
  it('brings an idle timeout above the bounds down to the maximum', () => {
    expect(contentForVisitors(withKiosk(300), BOUNDS).kiosk.idleTimeoutSeconds).toBe(180);
  });

  it('brings an idle timeout below the bounds up to the minimum', () => {
    expect(contentForVisitors(withKiosk(30), BOUNDS).kiosk.idleTimeoutSeconds).toBe(60);
  });

  it('leaves content within the policy as it is', () => {
    const content = withKiosk(120, 'es');
    expect(contentForVisitors(content, { ...BOUNDS, languages: ['en', 'es'] })).toBe(content);
    expect(contentForVisitors(withKiosk(600), {}).kiosk.idleTimeoutSeconds).toBe(600);
  });

  it('starts in the first allowed language when staff chose one that is not offered', () => {
    const visitors = contentForVisitors(withKiosk(90, 'en'), { languages: ['es'] });
    expect(visitors.kiosk).toMatchObject({ defaultLanguage: 'es', idleTimeoutSeconds: 90 });
  });

  it('keeps staff’s start language when it is offered', () => {
    expect(
      contentForVisitors(withKiosk(90, 'es'), { languages: ['en', 'es'] }).kiosk.defaultLanguage,
    ).toBe('es');
  });

  it('changes only the kiosk settings, never the stored content', () => {
    const content = withKiosk(300, 'en');
    const before = structuredClone(content);
    const visitors = contentForVisitors(content, { ...BOUNDS, languages: ['es'] });
    expect(content).toEqual(before);
    expect({ ...visitors, kiosk: before.kiosk }).toEqual(before);
  });
});

describe('settingsProblem', () => {
  it('says IT’s bounds when the idle timeout lies outside them', () => {
    for (const seconds of [59, 181, 600]) {
      expect(settingsProblem(withKiosk(seconds), BOUNDS)).toBe(
        "IT's policy keeps the idle timeout between 60 and 180 seconds.",
      );
    }
  });

  it('lets the bounds themselves and values between them through', () => {
    for (const seconds of [60, 120, 180])
      expect(settingsProblem(withKiosk(seconds), BOUNDS)).toBeNull();
  });

  it('names the one value when IT fixes it', () => {
    expect(settingsProblem(withKiosk(60), { idleTimeoutSeconds: { min: 90, max: 90 } })).toBe(
      "IT's policy sets the idle timeout to 90 seconds.",
    );
  });

  it('has nothing to say without bounds', () => {
    expect(settingsProblem(withKiosk(600), { languages: ['en'] })).toBeNull();
  });
});

describe('allowedLanguages', () => {
  it('is the policy’s list, or every language the kiosk has', () => {
    expect(allowedLanguages({ languages: ['es'] })).toEqual(['es']);
    expect(allowedLanguages({})).toEqual(['en', 'es']);
  });
});
