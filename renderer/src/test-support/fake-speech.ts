import type { SpeechWindow } from '../lib/speech.ts';

/** What a fake utterance carried when it was spoken. */
export interface Said {
  text: string;
  lang: string;
  voice: string | null;
  volume: number;
}

class FakeUtterance {
  lang = '';
  voice: { name: string; lang: string } | null = null;
  volume = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

export interface FakeSpeech {
  win: SpeechWindow;
  /** Everything spoken, in order. */
  said: Said[];
  texts(): string[];
  /** Ends the utterance being spoken, as a voice does when it has finished. */
  finish(): void;
  /** Ends every utterance in turn until nothing more is queued. */
  finishAll(): void;
  cancelled(): number;
  setVoices(langs: readonly string[]): void;
}

/**
 * A speechSynthesis with the machine's voices given (none unless set): it records what it is
 * asked to say and starts each utterance at once, as a voice does.
 */
export function createFakeSpeech(voiceLangs: readonly string[] = []): FakeSpeech {
  const said: Said[] = [];
  let current: FakeUtterance | null = null;
  let cancels = 0;
  let voices = voiceLangs.map((lang) => ({ lang, name: `voice ${lang}`, default: false }));
  const synth = {
    getVoices: () => voices,
    cancel: () => {
      cancels += 1;
      current = null;
    },
    speak: (utterance: FakeUtterance) => {
      current = utterance;
      said.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        volume: utterance.volume,
      });
      utterance.onstart?.();
    },
  };
  const finish = (): void => {
    const ending = current;
    current = null;
    ending?.onend?.();
  };
  return {
    win: {
      speechSynthesis: synth,
      SpeechSynthesisUtterance: FakeUtterance,
    } as unknown as SpeechWindow,
    said,
    texts: () => said.map((s) => s.text),
    finish,
    finishAll: () => {
      for (let guard = 0; current && guard < 1000; guard += 1) finish();
    },
    cancelled: () => cancels,
    setVoices: (langs) => {
      voices = langs.map((lang) => ({ lang, name: `voice ${lang}`, default: false }));
    },
  };
}
