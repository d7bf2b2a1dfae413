import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from '../../contract/content-schema.ts';
import { agencyTexts } from './agency-text.ts';

const content = Content.parse(
  JSON.parse(readFileSync(new URL('../../../data/default-content.json', import.meta.url), 'utf8')),
);
const byPath = (path: string) => agencyTexts(content).find((t) => t.path === path);

describe('agencyTexts', () => {
  it('starts with the bureau page in printed order, then the privacy policy', () => {
    const texts = agencyTexts(content);
    expect(texts.slice(0, 3).map((t) => [t.seed, t.path])).toEqual([
      ['bureau', 'bureau.name'],
      ['bureau', 'bureau.abbreviation'],
      ['bureau', 'bureau.pageTitle'],
    ]);
    expect(texts.at(-1)).toMatchObject({ seed: 'privacy', path: 'privacy.references.1' });
  });

  it('marks whole seed lines apart from phrases quoted from inside one', () => {
    expect(byPath('programs.0.description.0')?.whole).toBe(true);
    expect(byPath('privacy.principles.1.blocks.2.items.0')?.whole).toBe(true);
    expect(byPath('programs.0.title')?.whole).toBe(false);
    expect(byPath('programs.0.list.8')).toMatchObject({ text: 'Records Supervisor', whole: false });
    expect(byPath('programs.0.units.0.phone')).toMatchObject({ text: '(916) 227-4253' });
  });

  it('skips empty fields, Spanish and the kiosk’s own words', () => {
    const paths = agencyTexts(content).map((t) => t.path);
    expect(paths).not.toContain('programs.2.heading');
    expect(paths).not.toContain('programs.0.webAddress');
    expect(paths).not.toContain('privacy.moreInfo.contact.email');
    expect(paths.some((p) => p.startsWith('kiosk'))).toBe(false);
    expect(agencyTexts(content).every((t) => t.text !== '')).toBe(true);
  });

  it('gives the policy date as the policy prints it', () => {
    expect(byPath('privacy.policyDate')?.text).toBe('Policy Date: 4/28/2022');
  });
});
