import { describe, expect, it, vi } from 'vitest';
import { createSpeaker, DEFAULT_VOLUME } from '../lib/speech.ts';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { createFakeSpeech } from '../test-support/fake-speech.ts';
import { createKioskStore } from './kiosk-store.ts';

function speakingStore(voices: readonly string[] = ['en-US', 'es-US']) {
  const speech = createFakeSpeech(voices);
  const reportMissingVoices = vi.fn();
  const store = createKioskStore(createFakeKioskApi(), {
    speaker: createSpeaker(speech.win),
    reportMissingVoices,
  });
  return { store, speech, reportMissingVoices };
}

const blocks = (...texts: string[]) =>
  texts.map((text) => ({ text, language: 'en' as const, show: vi.fn() }));

describe('reading a screen', () => {
  it('reads a block at a time, bringing each into view as the voice reaches it', () => {
    const { store, speech } = speakingStore();
    const screen = blocks('Title', 'First', 'Second');
    store.getState().readBlocks(screen, 0, true);
    expect(speech.texts()).toEqual(['Title']);
    expect(screen[0]?.show).toHaveBeenCalled();
    speech.finish();
    expect(speech.texts()).toEqual(['Title', 'First']);
    expect(store.getState().reading?.at).toBe(1);
    expect(screen[1]?.show).toHaveBeenCalled();
  });

  it('steps to the next and previous block from where the voice is', () => {
    const { store, speech } = speakingStore();
    store.getState().readBlocks(blocks('Title', 'First', 'Second'), 0, true);
    store.getState().stepBlock(1);
    expect(speech.texts().at(-1)).toBe('First');
    speech.finish();
    expect(speech.texts().at(-1)).toBe('Second');
    store.getState().stepBlock(-1);
    expect(speech.texts().at(-1)).toBe('First');
    store.getState().stepBlock(-1);
    store.getState().stepBlock(-1);
    expect(speech.texts().slice(-2)).toEqual(['Title', 'Title']);
  });

  it('says where the screen ends, and Previous goes back to its last block', () => {
    const { store, speech } = speakingStore();
    store.getState().readBlocks(blocks('Title', 'Last'), 1, false);
    store.getState().stepBlock(1);
    expect(speech.texts().at(-1)).toBe('End of the screen.');
    store.getState().stepBlock(1);
    expect(speech.texts().at(-1)).toBe('End of the screen.');
    store.getState().stepBlock(-1);
    expect(speech.texts().at(-1)).toBe('Last');
  });

  it('says a tapped block on its own, and Next goes on from it', () => {
    const { store, speech } = speakingStore();
    store.getState().readBlocks(blocks('Title', 'First', 'Second'), 1, false);
    speech.finishAll();
    expect(speech.texts()).toEqual(['First']);
    store.getState().stepBlock(1);
    speech.finishAll();
    expect(speech.texts()).toEqual(['First', 'Second']);
  });

  it('repeats the block reached, and has nothing to step through without a reading', () => {
    const { store, speech } = speakingStore();
    expect(store.getState().stepBlock(1)).toBe(false);
    expect(store.getState().repeatSpeech()).toBe(false);
    store.getState().speak('Hello');
    expect(store.getState().repeatSpeech()).toBe(true);
    expect(speech.texts()).toEqual(['Hello', 'Hello']);
  });
});

describe('the idle timer and the voice', () => {
  it('holds the visit while the kiosk speaks, until the voice ends or is stopped', () => {
    const { store, speech } = speakingStore();
    store.getState().speak('Hello');
    expect(store.getState().speaking).toBe(true);
    speech.finish();
    expect(store.getState().speaking).toBe(false);
    store.getState().readBlocks(blocks('One', 'Two'), 0, true);
    speech.finish();
    expect(store.getState().speaking).toBe(true);
    store.getState().stopSpeaking();
    expect(store.getState().speaking).toBe(false);
  });

  it('does not let the idle warning’s own voice hold the visit', () => {
    const { store, speech } = speakingStore();
    store.getState().speak('Are you still there?', { holdsVisit: false });
    expect(speech.texts()).toEqual(['Are you still there?']);
    expect(store.getState().speaking).toBe(false);
  });
});

describe('languages without a voice', () => {
  it('tells the visitor once a visit, in a language it has, and IT once a run', () => {
    const { store, speech, reportMissingVoices } = speakingStore(['en-US']);
    store.getState().speak('Español', { language: 'es' });
    speech.finish();
    expect(speech.said.map(({ text, lang }) => [text, lang])).toEqual([
      ['This kiosk has no Spanish voice, so Spanish text may be hard to understand.', 'en-US'],
      ['Español', 'es-US'],
    ]);
    store.getState().speak('Español', { language: 'es' });
    expect(speech.texts().at(-1)).toBe('Español');
    expect(speech.texts()).toHaveLength(3);

    store.getState().resetVisit();
    store.getState().speak('Hola', { language: 'es' });
    speech.finish();
    expect(speech.texts().at(-2)).toMatch(/no Spanish voice/);
    expect(reportMissingVoices).toHaveBeenCalledOnce();
    expect(reportMissingVoices).toHaveBeenCalledWith(['es']);
  });

  it('says so in Spanish where the machine speaks Spanish only', () => {
    const { store, speech } = speakingStore(['es-MX']);
    store.getState().setLanguage('es');
    store.getState().speak('English', { language: 'en' });
    expect(speech.said[0]).toMatchObject({
      text: 'Este quiosco no tiene voz en inglés, así que el texto en inglés puede ser difícil de entender.',
      lang: 'es-MX',
    });
  });

  it('tells IT, and keeps quiet, where the machine has no voice in either language', () => {
    const { store, speech, reportMissingVoices } = speakingStore(['de-DE']);
    store.getState().speak('Hello');
    expect(speech.texts()).toEqual(['Hello']);
    expect(reportMissingVoices).toHaveBeenCalledWith(['en']);
  });

  it('judges no language while the machine has listed no voice yet', () => {
    const { store, speech, reportMissingVoices } = speakingStore([]);
    store.getState().speak('Hola', { language: 'es' });
    expect(speech.texts()).toEqual(['Hola']);
    expect(reportMissingVoices).not.toHaveBeenCalled();
  });
});

describe('the end of a visit', () => {
  it('stops the voice, forgets the reading, and the next visitor hears the default volume', () => {
    const { store, speech } = speakingStore();
    store.getState().readBlocks(blocks('One', 'Two'), 0, true);
    store.getState().resetVisit();
    expect(speech.cancelled()).toBeGreaterThan(1);
    speech.finishAll();
    expect(speech.texts()).toEqual(['One']);
    expect(store.getState()).toMatchObject({ speaking: false, reading: null });
    store.getState().speak('Welcome');
    expect(speech.said.at(-1)?.volume).toBe(DEFAULT_VOLUME);
  });
});
