import { describe, expect, it } from 'vitest';
import { countdownSpeech, idleWarningSpeech } from './idle-warning-speech.ts';
import { UI_TEXT } from './ui-text.ts';

describe('the idle warning, spoken', () => {
  it('says the seconds left in their plural form, in English and in Spanish', () => {
    expect(countdownSpeech(UI_TEXT.en, 'en', 1)).toBe('1 second left.');
    expect(countdownSpeech(UI_TEXT.en, 'en', 10)).toBe('10 seconds left.');
    expect(countdownSpeech(UI_TEXT.es, 'es', 1)).toBe('1 segundo restante.');
    expect(countdownSpeech(UI_TEXT.es, 'es', 5)).toBe('5 segundos restantes.');
  });

  it('says what is happening, the time left and how to keep the visit', () => {
    expect(idleWarningSpeech(UI_TEXT.en, 'en', 20)).toBe(
      'Are you still there? For the next visitor’s privacy, this screen will start over. ' +
        '20 seconds left. Touch the screen or press any key to keep going.',
    );
  });
});
