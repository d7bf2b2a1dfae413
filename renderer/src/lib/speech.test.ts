import { describe, expect, it, vi } from 'vitest';
import { createFakeSpeech } from '../test-support/fake-speech.ts';
import { createSpeaker, DEFAULT_VOLUME } from './speech.ts';

describe('speaker', () => {
  it('says each utterance in its own language and voice, at the default volume', () => {
    const speech = createFakeSpeech(['en-US', 'es-MX']);
    createSpeaker(speech.win).say([
      { text: 'Language', language: 'en' },
      { text: 'Español', language: 'es' },
    ]);
    speech.finish();
    expect(speech.said).toEqual([
      { text: 'Language', lang: 'en-US', voice: 'voice en-US', volume: DEFAULT_VOLUME },
      { text: 'Español', lang: 'es-MX', voice: 'voice es-MX', volume: DEFAULT_VOLUME },
    ]);
  });

  it('tags an utterance with the lobby’s language where the machine has no voice for it', () => {
    const speech = createFakeSpeech(['en-US']);
    createSpeaker(speech.win).say([{ text: 'Hola', language: 'es' }]);
    expect(speech.said[0]).toMatchObject({ lang: 'es-US', voice: null });
  });

  it('says one utterance at a time, reporting each start and the end', () => {
    const speech = createFakeSpeech();
    const onStart = vi.fn();
    const onDone = vi.fn();
    const list = ['One', '', 'Two'].map((text) => ({ text, language: 'en' as const }));
    createSpeaker(speech.win).say(list, { onStart, onDone });
    expect(speech.texts()).toEqual(['One']);
    expect(onStart).toHaveBeenLastCalledWith(0);
    speech.finish();
    expect(speech.texts()).toEqual(['One', 'Two']);
    expect(onStart).toHaveBeenLastCalledWith(2);
    expect(onDone).not.toHaveBeenCalled();
    speech.finish();
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('stops what it was saying before it says something new, and the old list ends there', () => {
    const speech = createFakeSpeech();
    const speaker = createSpeaker(speech.win);
    const first = vi.fn();
    speaker.say(
      ['One', 'Two'].map((text) => ({ text, language: 'en' as const })),
      { onDone: first },
    );
    const stale = speech.said.length;
    speaker.say([{ text: 'Three', language: 'en' }]);
    expect(speech.cancelled()).toBe(2);
    speech.finishAll();
    expect(speech.texts().slice(stale)).toEqual(['Three']);
    expect(first).not.toHaveBeenCalled();
  });

  it('stops on stop', () => {
    const speech = createFakeSpeech();
    const speaker = createSpeaker(speech.win);
    speaker.say(['One', 'Two'].map((text) => ({ text, language: 'en' as const })));
    speaker.stop();
    speech.finishAll();
    expect(speech.texts()).toEqual(['One']);
  });

  it('stays silent where there is no speech synthesis, and says the reading is over', () => {
    const onDone = vi.fn();
    expect(() =>
      createSpeaker({}).say([{ text: 'Hello', language: 'en' }], { onDone }),
    ).not.toThrow();
    expect(onDone).toHaveBeenCalled();
    expect(createSpeaker({}).missingVoices(['en'])).toEqual([]);
  });

  it('names the languages the machine has no voice for', () => {
    const speech = createFakeSpeech(['en-US']);
    expect(createSpeaker(speech.win).missingVoices(['en', 'es'])).toEqual(['es']);
  });
});
