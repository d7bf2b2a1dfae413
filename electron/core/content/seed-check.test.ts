import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from '../../contract/content-schema.ts';
import {
  findContactDetails,
  findPhoneNumbersNotInSeeds,
  findSeedTextMissing,
  findTextNotInSeeds,
  type Seeds,
} from './seed-check.ts';

const root = new URL('../../../', import.meta.url);
const original = Content.parse(
  JSON.parse(readFileSync(new URL('data/default-content.json', root), 'utf8')),
);
const seeds: Seeds = {
  bureau: readFileSync(new URL('tests/fixtures/seeds/bureau-page.txt', root), 'utf8'),
  privacy: readFileSync(new URL('tests/fixtures/seeds/privacy-policy.txt', root), 'utf8'),
};

/** A copy of the bundled content, changed in memory the way a careless edit would. */
function edited(change: (c: Content) => void): Content {
  const copy = structuredClone(original);
  change(copy);
  return copy;
}

const paths = (found: { path: string }[]) => found.map((f) => f.path);

describe('findSeedTextMissing', () => {
  it('reports a privacy paragraph deleted from a principle', () => {
    const content = edited((c) => c.privacy.principles[2]?.blocks.splice(1, 1));
    expect(findSeedTextMissing(content, seeds, 'privacy')).toEqual([
      'Cookies may be refused. However, if you turn off your cookie option, you may not be able to access some of our online services.',
    ]);
  });

  it('reports a whole principle left out', () => {
    const content = edited((c) => c.privacy.principles.splice(8, 1));
    expect(findSeedTextMissing(content, seeds, 'privacy')).toHaveLength(1);
    expect(findSeedTextMissing(content, seeds, 'privacy')[0]).toMatch(/^We use Google Analytics/);
  });

  it('reports a collected item dropped from the list', () => {
    const content = edited((c) => {
      const list = c.privacy.principles[1]?.blocks[2];
      if (list?.type === 'list') list.items.pop();
    });
    expect(findSeedTextMissing(content, seeds, 'privacy')).toEqual([
      'If you downloaded a form, publication, or document.',
    ]);
  });

  it('reports a program paragraph, the policy date and a contact line left out', () => {
    const content = edited((c) => {
      c.programs[1]?.description.pop();
      c.privacy.policyDate = '1/1/2020';
      c.privacy.moreInfo.contact.lines.pop();
    });
    expect(findSeedTextMissing(content, seeds, 'bureau')).toContain(
      'Questions about the Reimbursement Program may be directed to the Reimbursement Unit at (916) 227-4840. There are also Frequently Asked Questions (FAQs) which may be helpful.',
    );
    expect(findSeedTextMissing(content, seeds, 'privacy')).toEqual([
      'West Sacramento, CA 95605',
      'Policy Date: 4/28/2022',
    ]);
  });
});

describe('findTextNotInSeeds', () => {
  it('reports a straightened apostrophe: quotes must match the seed exactly', () => {
    const content = edited((c) => {
      const intro = c.privacy.intro[1];
      if (intro) intro.en = intro.en.replace('POST’s policy', "POST's policy");
    });
    expect(paths(findTextNotInSeeds(content, seeds))).toEqual(['privacy.intro.1']);
  });

  it('reports a paragraph cut short, though every word of it is on the page', () => {
    const content = edited((c) => {
      const first = c.programs[4]?.description[0];
      if (first) first.en = first.en.slice(0, first.en.indexOf('. ') + 1);
    });
    expect(paths(findTextNotInSeeds(content, seeds))).toEqual(['programs.4.description.0']);
  });

  it('reports an invented certificate type, key fact, unit and web address', () => {
    const content = edited((c) => {
      c.programs[0]?.list.push({ en: 'Senior', es: '' });
      c.programs[3]?.keyFacts.push({ en: 'Comments are due by email.', es: '' });
      c.programs[4]?.units.push({
        id: 'graphics',
        name: { en: 'Graphics Unit', es: '' },
        phone: '',
      });
      if (c.programs[5]) c.programs[5].webAddress = 'https://post.ca.gov/library';
    });
    expect(paths(findTextNotInSeeds(content, seeds))).toEqual([
      'programs.0.list.9',
      'programs.3.keyFacts.3',
      'programs.4.units.0.name',
      'programs.5.webAddress',
    ]);
  });

  it('checks each text against its own seed page', () => {
    const content = edited((c) => {
      c.bureau.overview.push({ en: 'Privacy Policy Statement', es: '' });
    });
    expect(paths(findTextNotInSeeds(content, seeds))).toEqual(['bureau.overview.1']);
  });

  it('ignores Spanish and the kiosk’s own words', () => {
    const content = edited((c) => {
      if (c.programs[0]) c.programs[0].title.es = 'Certificados profesionales';
      c.kiosk.privacyNote.push({ en: 'Our own sentence.', es: '' });
    });
    expect(findTextNotInSeeds(content, seeds)).toEqual([]);
  });
});

describe('findPhoneNumbersNotInSeeds', () => {
  it('reports a made-up number anywhere, kiosk text included', () => {
    const content = edited((c) => {
      if (c.programs[3])
        c.programs[3].units = [
          { id: 'rules', name: { en: 'Rules', es: '' }, phone: '(916) 227-0000' },
        ];
      c.kiosk.privacyNote.push({ en: 'Call 227-1234 or 916.555.0100 for help.', es: '' });
    });
    expect(findPhoneNumbersNotInSeeds(content, seeds)).toEqual([
      { path: 'programs.3.units.0.phone', text: '(916) 227-0000' },
      { path: 'kiosk.privacyNote.3.en', text: '227-1234' },
      { path: 'kiosk.privacyNote.3.en', text: '916.555.0100' },
    ]);
  });

  it('accepts numbers the seeds give, written as they give them', () => {
    expect(findPhoneNumbersNotInSeeds({ a: 'Ring (916) 227-3909.' }, seeds)).toEqual([]);
  });
});

describe('findContactDetails', () => {
  it('finds emails, web addresses and street addresses by kind', () => {
    const found = findContactDetails({
      a: 'privacy@post.ca.gov',
      b: 'See www.example.org',
      c: 'post.ca.gov',
      d: '1601 Alhambra Boulevard',
      e: 'P.O. Box 12',
      f: 'The POST Website contains links to third party sites.',
    });
    expect(found.map((f) => [f.path, f.kind])).toEqual([
      ['a', 'email'],
      ['a', 'web'],
      ['b', 'web'],
      ['c', 'web'],
      ['d', 'street'],
      ['e', 'street'],
    ]);
  });
});
