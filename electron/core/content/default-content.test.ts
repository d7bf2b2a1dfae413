import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from '../../contract/content-schema.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import { agencyTexts } from './agency-text.ts';
import { localizedTextsIn } from './content-walk.ts';
import {
  findContactDetails,
  findPhoneNumbersNotInSeeds,
  findSeedTextMissing,
  findTextNotInSeeds,
  type Seeds,
} from './seed-check.ts';
import { normalizeWhitespace, seedLines } from './seed-text.ts';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';

const root = new URL('../../../', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('data/default-content.json', root), 'utf8'));
const seeds: Seeds = {
  bureau: readFileSync(new URL('tests/fixtures/seeds/bureau-page.txt', root), 'utf8'),
  privacy: readFileSync(new URL('tests/fixtures/seeds/privacy-policy.txt', root), 'utf8'),
};

let parsed: Content | undefined;
function content(): Content {
  parsed ??= Content.parse(raw);
  return parsed;
}

const en = (texts: { en: string }[]) => texts.map((t) => t.en);
const program = (id: string) => {
  const found = content().programs.find((p) => p.id === id);
  if (!found) throw new Error(`No program with id ${id}`);
  return found;
};

describe('data/default-content.json', () => {
  it('validates against the current content schema', () => {
    const result = Content.safeParse(raw);
    expect(result.success ? [] : formatIssues(result.error)).toEqual([]);
    expect(content().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('has exactly the six program titles, in page order', () => {
    expect(content().programs.map((p) => p.title.en)).toEqual([
      'Professional Certificates',
      'Training Reimbursement',
      'Contracts',
      'Rule Making and Information Release',
      'Graphic Design, Forms and Publications',
      'Library Services',
    ]);
    expect(content().programs.map((p) => p.id)).toEqual([
      'professional-certificates',
      'training-reimbursement',
      'contracts',
      'rule-making',
      'graphic-design',
      'library',
    ]);
  });

  it('says nothing as agency text that the seeds do not say word for word', () => {
    expect(agencyTexts(content()).length).toBeGreaterThan(50);
    expect(findTextNotInSeeds(content(), seeds)).toEqual([]);
  });

  it('leaves out no line of the bureau page but the "Bureau Overview" heading', () => {
    // The schema has no field for that heading: the kiosk labels the overview itself.
    expect(findSeedTextMissing(content(), seeds, 'bureau')).toEqual(['Bureau Overview']);
  });

  it('leaves out no line of the privacy policy', () => {
    expect(findSeedTextMissing(content(), seeds, 'privacy')).toEqual([]);
  });

  it('keeps the seed pages in their printed order', () => {
    const inOrder = (seed: 'bureau' | 'privacy') =>
      agencyTexts(content())
        .filter((t) => t.seed === seed && t.whole)
        .map((t) => normalizeWhitespace(t.text));
    const lines = (seed: string) => seedLines(seed).map((l) => l.text);
    expect(inOrder('bureau')).toEqual(lines(seeds.bureau).filter((l) => l !== 'Bureau Overview'));
    expect(inOrder('privacy')).toEqual(lines(seeds.privacy));
  });

  it('has the nine principles, each with its own paragraphs and lists as the policy nests them', () => {
    const expected: (string | string[])[][] = [];
    for (const line of seedLines(seeds.privacy)) {
      if (line.bullet && line.indent === 2) expected.push([line.text]);
      else if (line.indent === 0) continue;
      else {
        const blocks = expected.at(-1);
        const last = blocks?.at(-1);
        if (!blocks) throw new Error(`Nested line before any principle: ${line.text}`);
        if (line.bullet && Array.isArray(last)) last.push(line.text);
        else blocks.push(line.bullet ? [line.text] : line.text);
      }
    }
    const actual = content().privacy.principles.map((p) =>
      p.blocks.map((b) => (b.type === 'paragraph' ? b.text.en : en(b.items))),
    );
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(9);
  });

  it('lists the six items collected automatically inside the second principle', () => {
    const second = content().privacy.principles[1];
    const lists = second?.blocks.filter((b) => b.type === 'list') ?? [];
    expect(lists.map((l) => en(l.items))).toEqual([
      [
        'Your domain or Internet Protocol (IP) address.',
        'The type of browser you used to access our site.',
        'The date and time of your visit to our site.',
        'The webpages or services you accessed at this site.',
        'The URL or IP address of the website from which you came to this site.',
        'If you downloaded a form, publication, or document.',
      ],
    ]);
    expect(second?.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
    ]);
  });

  it('lists the nine certificate types, and no other program has a list', () => {
    expect(en(program('professional-certificates').list)).toEqual([
      'Basic',
      'Intermediate',
      'Advanced',
      'Supervisory',
      'Management',
      'Executive',
      'Reserve Officer',
      'Dispatcher',
      'Records Supervisor',
    ]);
    expect(
      content()
        .programs.filter((p) => p.list.length > 0)
        .map((p) => p.id),
    ).toEqual(['professional-certificates']);
  });

  it('gives Rule Making its 45-day, PAM and information-bulletin facts, and no one else facts', () => {
    expect(en(program('rule-making').keyFacts)).toEqual([
      'The public is given 45 days to comment on the proposed material.',
      'The POST Administrative Manual (PAM) contains these regulations.',
      'ASB is also responsible for information bulletins.',
    ]);
    expect(
      content()
        .programs.filter((p) => p.keyFacts.length > 0)
        .map((p) => p.id),
    ).toEqual(['rule-making']);
  });

  it('keeps the FAQ sentence verbatim and leaves the Contracts heading empty', () => {
    const faq = 'There are also Frequently Asked Questions (FAQs) which may be helpful.';
    expect(en(program('professional-certificates').description).at(-1)).toContain(faq);
    expect(en(program('training-reimbursement').description).at(-1)).toContain(faq);
    expect(program('contracts').heading).toEqual({ en: '', es: '' });
  });

  it('puts each phone number on the right unit, stored as displayed', () => {
    const phones = content().programs.map((p) => [
      p.id,
      p.units.map((u) => [u.id, u.name.en, u.phone]),
    ]);
    expect(phones).toEqual([
      ['professional-certificates', [['certificates-unit', 'Certificates Unit', '(916) 227-4253']]],
      ['training-reimbursement', [['reimbursement-unit', 'Reimbursement Unit', '(916) 227-4840']]],
      ['contracts', [['contracts-unit', 'Contracts Unit', '(916) 227-3924']]],
      ['rule-making', []],
      ['graphic-design', []],
      ['library', [['library', 'POST Library', '(916) 227-3765']]],
    ]);
    expect(content().privacy.moreInfo.contact.phone).toBe('(916) 227-3909');
  });

  it('has no phone number the seeds do not give, anywhere', () => {
    expect(findPhoneNumbersNotInSeeds(raw, seeds)).toEqual([]);
  });

  it('has no email, no web address, and no street address but the privacy officer’s', () => {
    expect(findContactDetails(raw)).toEqual([
      {
        path: 'privacy.moreInfo.contact.lines.2',
        text: '860 Stillwater Road, Suite 100',
        kind: 'street',
      },
    ]);
    expect(content().privacy.moreInfo.contact).toEqual({
      lines: [
        'Commission on POST',
        'Attn: IT Privacy and Compliance Officer Computer Services Bureau',
        '860 Stillwater Road, Suite 100',
        'West Sacramento, CA 95605',
      ],
      phone: '(916) 227-3909',
      email: '',
    });
    expect(content().programs.map((p) => p.webAddress)).toEqual(['', '', '', '', '', '']);
  });

  it('dates the policy 4/28/2022', () => {
    expect(content().privacy.policyDate).toBe('4/28/2022');
  });

  it('keeps Spanish apart: every es is a string and never a copy of the English', () => {
    const pairs = localizedTextsIn(raw);
    expect(pairs.length).toBeGreaterThan(80);
    const mixedUp = pairs.filter((p) => typeof p.es !== 'string' || (p.es !== '' && p.es === p.en));
    expect(mixedUp).toEqual([]);
  });
});
