import type { StateCreator } from 'zustand';
import { LANGUAGES, type Language } from '../lib/localize.ts';
import type { Speaker, SpeechBlock, Utterance } from '../lib/speech.ts';
import { missingVoiceNotice } from '../lib/missing-voice-notice.ts';
import { UI_TEXT } from '../lib/ui-text.ts';
import type { KioskState } from './kiosk-store.ts';

/** What the visitor is listening to: the blocks of one screen, and the one reached. */
export interface Reading {
  blocks: readonly SpeechBlock[];
  at: number;
  /** Listen reads on to the end; a tapped or focused item is said on its own. */
  onward: boolean;
}

export interface SpeechOptions {
  /** The visitor's language unless given. */
  language?: Language;
  /**
   * False for the idle warning: its own voice must not hold the idle timer, or the warning
   * would keep the visit open for ever.
   */
  holdsVisit?: boolean;
}

export interface SpeechSlice {
  /** True while the kiosk speaks for the visitor; the idle timer waits for it. */
  speaking: boolean;
  reading: Reading | null;
  /** Languages this visitor has been told the kiosk has no voice for: once a visit is enough. */
  voiceNoticesGiven: readonly Language[];
  /** Says one text, on its own (the attract hint, the idle warning, a bottom-bar button). */
  speak(text: string, options?: SpeechOptions): void;
  /** Says `blocks[at]`, and with `onward` every block after it in turn. */
  readBlocks(blocks: readonly SpeechBlock[], at: number, onward: boolean): void;
  /** Next (+1) or previous (-1) block of the reading; false when there is no reading. */
  stepBlock(by: 1 | -1): boolean;
  /** The block reached, again (and on from there, if the reading went on); false: no reading. */
  repeatSpeech(): boolean;
  stopSpeaking(): void;
  /** A new screen: nothing of the last one is left to step through. */
  forgetReading(): void;
}

/** Tells IT which languages this machine has no voice for: once a run, each language once. */
export type ReportMissingVoices = (languages: Language[]) => void;

export const createSpeechSlice =
  (
    speaker: Speaker,
    reportMissingVoices: ReportMissingVoices,
  ): StateCreator<KioskState, [], [], SpeechSlice> =>
  (set, get) => {
    // A machine's voices do not change with the visitor: IT hears of each language once a run.
    const reported = new Set<Language>();

    /** The notices due before `said` and, once a run, the report to IT. */
    const noticesFor = (said: readonly Utterance[]): Utterance[] => {
      const { voiceNoticesGiven, language } = get();
      const languages = [...new Set(said.map((u) => u.language))];
      const missing = speaker.missingVoices(languages);
      const unreported = missing.filter((l) => !reported.has(l));
      if (unreported.length > 0) {
        unreported.forEach((l) => reported.add(l));
        reportMissingVoices(unreported);
      }
      const untold = missing.filter((l) => !voiceNoticesGiven.includes(l));
      if (untold.length === 0) return [];
      set({ voiceNoticesGiven: [...voiceNoticesGiven, ...untold] });
      const voiced = LANGUAGES.filter((l) => !speaker.missingVoices([l]).includes(l));
      const sayIn = voiced.includes(language) ? language : voiced[0];
      // With no voice in any of the kiosk's languages there is no way to say so: IT is told.
      if (!sayIn) return [];
      return untold.map((l) => ({ text: missingVoiceNotice(l, sayIn), language: sayIn }));
    };

    /** Says `utterances` after any notice they call for; `holdsVisit` keeps the visit open. */
    const say = (
      utterances: readonly Utterance[],
      holdsVisit: boolean,
      onStart?: (index: number) => void,
    ): void => {
      const notices = noticesFor(utterances);
      set({ speaking: false });
      speaker.say([...notices, ...utterances], {
        onStart: (index) => {
          if (holdsVisit) set({ speaking: true });
          if (index >= notices.length) onStart?.(index - notices.length);
        },
        onDone: () => set({ speaking: false }),
      });
    };

    /** Reads from `reading.at`; the reading follows the voice, so stepping starts where it is. */
    const read = (reading: Reading): void => {
      const { blocks, at: from, onward } = reading;
      let current = reading;
      set({ reading: current });
      if (from >= blocks.length) {
        // Past the last block: the visitor hears where they are, and Previous still works.
        const { language } = get();
        say([{ text: UI_TEXT[language].endOfScreen, language }], true);
        return;
      }
      say(onward ? blocks.slice(from) : blocks.slice(from, from + 1), true, (index) => {
        if (get().reading !== current) return;
        current = { ...current, at: from + index };
        set({ reading: current });
        blocks[from + index]?.show?.();
      });
    };

    return {
      speaking: false,
      reading: null,
      voiceNoticesGiven: [],
      speak: (text, { language = get().language, holdsVisit = true } = {}) => {
        const utterance = { text, language };
        if (holdsVisit) read({ blocks: [utterance], at: 0, onward: false });
        // The idle warning leaves the visitor's place in the screen as it was.
        else say([utterance], false);
      },
      readBlocks: (blocks, at, onward) => read({ blocks, at, onward }),
      stepBlock: (by) => {
        const { reading } = get();
        if (!reading) return false;
        const at = Math.min(Math.max(reading.at + by, 0), reading.blocks.length);
        read({ ...reading, at });
        return true;
      },
      repeatSpeech: () => {
        const { reading } = get();
        if (reading) read(reading);
        return reading !== null;
      },
      stopSpeaking: () => {
        speaker.stop();
        set({ speaking: false });
      },
      forgetReading: () => set({ reading: null }),
    };
  };
