import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from './content-schema.ts';
import {
  mentionsOf,
  numberProblems,
  phonesInText,
  replaceMentions,
  sentenceAround,
} from './phone-mentions.ts';

const bundled = (): Content =>
  Content.parse(
    JSON.parse(readFileSync(new URL('../../data/default-content.json', import.meta.url), 'utf8')),
  );

/** The bundled content with one announcement added that says `en` (and `es`). */
function withAnnouncement(en: string, es = ''): Content {
  const content = bundled();
  content.announcements.push({ id: 'call', text: { en, es }, startsAt: '', endsAt: '' });
  return content;
}

const OLD = '(916) 227-4840';
const NEW = '(916) 227-4899';
const training = (c: Content) => c.programs.find((p) => p.id === 'training-reimbursement')!;

describe('phonesInText', () => {
  it('finds a number in every format it is written in', () => {
    const text =
      'Call (916) 227-4840, 916-227-4840, 916.227.4840, 227-4840, 9162274840 or (916)227-4840.';
    expect(phonesInText(text).map((p) => [p.found, p.digits, p.style])).toEqual([
      ['(916) 227-4840', '9162274840', 'parens'],
      ['916-227-4840', '9162274840', 'dashes'],
      ['916.227.4840', '9162274840', 'dots'],
      ['227-4840', '2274840', 'local'],
      ['9162274840', '9162274840', 'digits'],
      ['(916)227-4840', '9162274840', 'parens'],
    ]);
  });

  it('finds no number inside a longer run of digits, a date or a zip code', () => {
    expect(
      phonesInText(
        'Order 19162274840, ref 12227-48401, zip 95605-1234, on 2026-12-11, at 4/28/2022.',
      ),
    ).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('gives the sentence the number sits in', () => {
    const text = 'First one. Call (916) 227-4840. There are also FAQs.';
    const [phone] = phonesInText(text);
    expect(sentenceAround(text, phone!.start, phone!.end)).toBe('Call (916) 227-4840.');
  });
});

describe('mentionsOf', () => {
  it('finds Training Reimbursement’s number inside its description, in English and Spanish', () => {
    const mentions = mentionsOf(bundled(), OLD);
    expect(mentions.map((m) => [m.where, m.agency])).toEqual([
      ['Program 2, Training Reimbursement › Description, paragraph 2 (English)', true],
      ['Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)', true],
    ]);
    expect(mentions[0]!.sentence).toContain('Reimbursement Unit at (916) 227-4840.');
    expect(mentions[1]!.sentence).toContain('Unidad de Reembolsos al (916) 227-4840.');
  });

  it('finds it in every format, in every kind of text, and not in the number fields', () => {
    const content = withAnnouncement('Reimbursements: 916-227-4840.', 'Reembolsos: 227-4840.');
    content.privacy.note.es = `${content.privacy.note.es} 916.227.4840`;
    content.kiosk.privacyNote[0]!.en = 'Call 9162274840.';
    content.programs[0]!.keyFacts.push({ en: 'Not this one: 227-4841.', es: '' });
    expect(mentionsOf(content, OLD).map((m) => [m.where, m.found])).toEqual([
      ['Program 2, Training Reimbursement › Description, paragraph 2 (English)', OLD],
      ['Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)', OLD],
      ['Privacy notice › Note (Spanish)', '916.227.4840'],
      ['Announcement 1 › Text (English)', '916-227-4840'],
      ['Announcement 1 › Text (Spanish)', '227-4840'],
      ['Settings › About this kiosk, paragraph 1 (English)', '9162274840'],
    ]);
  });
});

describe('replaceMentions', () => {
  it('writes the new number in the style of each mention, and nothing else', () => {
    const content = withAnnouncement('Call 916-227-4840 or 227-4840 (ask for 227-4840).');
    const next = replaceMentions(content, mentionsOf(content, OLD), { was: OLD, phone: NEW });
    expect(next.announcements[0]!.text.en).toBe(
      'Call 916-227-4899 or 227-4899 (ask for 227-4899).',
    );
    expect(training(next).description[1]!.en).toContain('(916) 227-4899.');
    expect(training(next).description[1]!.es).toContain('(916) 227-4899.');
    expect(mentionsOf(next, OLD)).toEqual([]);
    // Untouched parts are the same objects: the editor's draft is not copied whole.
    expect(next.privacy).toBe(content.privacy);
    expect(next.programs[0]).toBe(content.programs[0]);
  });

  it('gives a number written without its area code one, when the new number has another', () => {
    const content = withAnnouncement('Call 227-4840.');
    const next = replaceMentions(content, mentionsOf(content, OLD), {
      was: OLD,
      phone: '(530) 555-0100',
    });
    expect(next.announcements[0]!.text.en).toBe('Call (530) 555-0100.');
  });

  it('leaves a mention alone whose text changed since it was found', () => {
    const content = bundled();
    const [first] = mentionsOf(content, OLD);
    training(content).description[1]!.en = 'Rewritten.';
    expect(replaceMentions(content, [first!], { was: OLD, phone: NEW })).toBe(content);
  });
});

describe('numberProblems', () => {
  it('finds nothing in the bundled content', () => {
    expect(numberProblems(bundled(), bundled())).toEqual([]);
  });

  it('lists the old number still in the text after the unit’s number changed', () => {
    const published = bundled();
    const draft = bundled();
    training(draft).units[0]!.phone = NEW;
    expect(numberProblems(published, draft).map((p) => [p.why, p.where])).toEqual([
      ['old', 'Program 2, Training Reimbursement › Description, paragraph 2 (English)'],
      ['old', 'Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)'],
    ]);
    const fixed = replaceMentions(draft, mentionsOf(draft, OLD), { was: OLD, phone: NEW });
    expect(numberProblems(published, fixed)).toEqual([]);
  });

  it('lists a number in a text that is no unit’s anywhere', () => {
    const draft = withAnnouncement('Call (916) 227-0000 or (916) 227-3924.');
    expect(numberProblems(bundled(), draft).map((p) => [p.why, p.found, p.sentence])).toEqual([
      ['unknown', '(916) 227-0000', 'Call (916) 227-0000 or (916) 227-3924.'],
    ]);
  });
});
