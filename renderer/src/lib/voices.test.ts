import { describe, expect, it } from 'vitest';
import { missingVoices, voiceFor } from './voices.ts';

const voice = (lang: string, isDefault = false) => ({ lang, name: lang, default: isDefault });

describe('voiceFor', () => {
  it('prefers the lobby’s region, then the system’s choice, then any voice of the language', () => {
    const voices = [voice('es-ES'), voice('es-MX', true), voice('es-US'), voice('en-GB')];
    expect(voiceFor(voices, 'es')?.lang).toBe('es-US');
    expect(voiceFor(voices.slice(0, 2), 'es')?.lang).toBe('es-MX');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-GB');
  });

  it('reads Android’s underscore tags and any letter case', () => {
    expect(voiceFor([voice('EN_us')], 'en')?.lang).toBe('EN_us');
  });

  it('never takes a voice of another language', () => {
    expect(voiceFor([voice('en-US'), voice('eu-ES')], 'es')).toBeUndefined();
  });
});

describe('missingVoices', () => {
  it('names the languages with no voice', () => {
    expect(missingVoices([voice('en-US')], ['en', 'es'])).toEqual(['es']);
  });

  it('judges nothing while the machine has listed no voice yet', () => {
    expect(missingVoices([], ['en', 'es'])).toEqual([]);
  });
});
