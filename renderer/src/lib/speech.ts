import type { Language } from './localize.ts';
import { LANGUAGE_TAGS, missingVoices, voiceFor } from './voices.ts';

/** One thing to say, in the language it is written in. */
export interface Utterance {
  text: string;
  language: Language;
}

/** One block of a screen (a heading, a paragraph, a button), and how to bring it into view. */
export interface SpeechBlock extends Utterance {
  show?(): void;
}

export interface SayOptions {
  /** An utterance has begun: its index in the list said. */
  onStart?(index: number): void;
  /** The last utterance has ended, or one failed: nothing more of this list will be said. */
  onDone?(): void;
}

export interface Speaker {
  /** Stops anything being said, then says the utterances one after another. */
  say(utterances: readonly Utterance[], options?: SayOptions): void;
  stop(): void;
  /** Of `languages`, those this machine has no voice for (none while its voices are unknown). */
  missingVoices(languages: readonly Language[]): Language[];
}

/**
 * The synthesiser's own default, set on every utterance: no visit can leave the voice softer
 * or louder for the next visitor.
 */
export const DEFAULT_VOLUME = 1;

/**
 * All speech goes through here (tests spy on window.speechSynthesis). Where the platform has
 * no speech synthesis, the kiosk stays silent rather than failing.
 */
export interface SpeechWindow {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/**
 * Each utterance is queued only when the one before it has ended, not all at once: the
 * synthesiser's own queue would start them all before a visitor could step, and a cancelled
 * reading must not run on. `turn` tells a current reading's events from a cancelled one's.
 */
export function createSpeaker(win: SpeechWindow): Speaker {
  const synth = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  const voices = (): SpeechSynthesisVoice[] => synth?.getVoices() ?? [];
  let turn = 0;

  const sayFrom = (
    list: readonly Utterance[],
    index: number,
    options: SayOptions,
    mine: number,
  ) => {
    if (mine !== turn || !synth || !Utterance) return;
    const next = list[index];
    if (!next) {
      options.onDone?.();
      return;
    }
    if (next.text === '') {
      sayFrom(list, index + 1, options, mine);
      return;
    }
    const utterance = new Utterance(next.text);
    const voice = voiceFor(voices(), next.language);
    utterance.lang = voice?.lang ?? LANGUAGE_TAGS[next.language];
    if (voice) utterance.voice = voice;
    utterance.volume = DEFAULT_VOLUME;
    utterance.onstart = () => {
      if (mine === turn) options.onStart?.(index);
    };
    utterance.onend = () => sayFrom(list, index + 1, options, mine);
    utterance.onerror = () => {
      if (mine === turn) options.onDone?.();
    };
    synth.speak(utterance);
  };

  return {
    say(utterances, options = {}) {
      turn += 1;
      synth?.cancel();
      if (!synth || !Utterance) {
        options.onDone?.();
        return;
      }
      sayFrom(utterances, 0, options, turn);
    },
    stop() {
      turn += 1;
      synth?.cancel();
    },
    missingVoices: (languages) => missingVoices(voices(), languages),
  };
}
