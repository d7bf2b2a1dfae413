import { describe, expect, it, vi } from 'vitest';
import { createSpeaker, type SpeechWindow } from './speech.ts';

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeWindow() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    cancel: vi.fn(),
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    getVoices: () => [{ lang: 'es-US', name: 'Spanish' }],
  };
  const win = { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance };
  return { win: win as unknown as SpeechWindow, synth, spoken };
}

describe('speaker', () => {
  it('says text in the visitor’s language, after stopping what was being said', () => {
    const { win, synth, spoken } = fakeWindow();
    const onSpeaking = vi.fn();
    createSpeaker(win, onSpeaking).say('Hola', 'es');
    expect(synth.cancel).toHaveBeenCalledBefore(synth.speak);
    expect(spoken[0]).toMatchObject({ text: 'Hola', lang: 'es-US', voice: { name: 'Spanish' } });
    spoken[0]?.onstart?.();
    expect(onSpeaking).toHaveBeenLastCalledWith(true);
    spoken[0]?.onend?.();
    expect(onSpeaking).toHaveBeenLastCalledWith(false);
  });

  it('stops speaking on stop', () => {
    const { win, synth } = fakeWindow();
    const onSpeaking = vi.fn();
    createSpeaker(win, onSpeaking).stop();
    expect(synth.cancel).toHaveBeenCalled();
    expect(onSpeaking).toHaveBeenCalledWith(false);
  });

  it('stays silent where there is no speech synthesis', () => {
    const onSpeaking = vi.fn();
    expect(() => createSpeaker({}, onSpeaking).say('Hello', 'en')).not.toThrow();
    expect(onSpeaking).not.toHaveBeenCalled();
  });
});
