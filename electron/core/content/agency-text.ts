import type { Content, LocalizedText } from '../../contract/content-schema.ts';

export type SeedName = 'bureau' | 'privacy';

/** One piece of agency text in the content, with the seed page it must come from. */
export interface AgencyText {
  seed: SeedName;
  /** Where it sits in the content, e.g. "programs.0.description.1". */
  path: string;
  text: string;
  /**
   * True for a whole line of the seed (a paragraph, heading, bullet or address line); false
   * for a phrase quoted from inside one (a tile title, a certificate type, a key fact).
   */
  whole: boolean;
}

/**
 * Every English agency string of the content, whole lines in the order the seed pages print
 * them. Spanish is a translation and the kiosk's own words are ours, so neither is listed.
 */
export function agencyTexts(content: Content): AgencyText[] {
  return [...bureauTexts(content), ...privacyTexts(content.privacy)];
}

function collector(seed: SeedName) {
  const out: AgencyText[] = [];
  const add = (path: string, text: string, whole: boolean) => {
    if (text !== '') out.push({ seed, path, text, whole });
  };
  const addAll = (path: string, texts: LocalizedText[], whole: boolean) =>
    texts.forEach((t, i) => add(`${path}.${i}`, t.en, whole));
  return { out, add, addAll };
}

function bureauTexts(content: Content): AgencyText[] {
  const { out, add, addAll } = collector('bureau');
  const { bureau } = content;
  add('bureau.name', bureau.name.en, true);
  add('bureau.abbreviation', bureau.abbreviation, false);
  add('bureau.pageTitle', bureau.pageTitle.en, true);
  addAll('bureau.overview', bureau.overview, true);
  add('bureau.programsHeading', bureau.programsHeading.en, true);
  content.programs.forEach((program, p) => {
    const at = `programs.${p}`;
    add(`${at}.title`, program.title.en, false);
    add(`${at}.heading`, program.heading.en, true);
    addAll(`${at}.description`, program.description, true);
    add(`${at}.listTitle`, program.listTitle.en, false);
    addAll(`${at}.list`, program.list, false);
    addAll(`${at}.keyFacts`, program.keyFacts, false);
    program.units.forEach((unit, u) => {
      add(`${at}.units.${u}.name`, unit.name.en, false);
      add(`${at}.units.${u}.phone`, unit.phone, false);
    });
    add(`${at}.webAddress`, program.webAddress, false);
  });
  return out;
}

function privacyTexts(privacy: Content['privacy']): AgencyText[] {
  const { out, add, addAll } = collector('privacy');
  add('privacy.title', privacy.title.en, true);
  addAll('privacy.intro', privacy.intro, true);
  add('privacy.principlesLead', privacy.principlesLead.en, true);
  privacy.principles.forEach((principle, p) =>
    principle.blocks.forEach((block, b) => {
      const at = `privacy.principles.${p}.blocks.${b}`;
      if (block.type === 'paragraph') add(`${at}.text`, block.text.en, true);
      else addAll(`${at}.items`, block.items, true);
    }),
  );
  add('privacy.note', privacy.note.en, true);
  const { heading, body, contact } = privacy.moreInfo;
  add('privacy.moreInfo.heading', heading.en, true);
  add('privacy.moreInfo.body', body.en, true);
  contact.lines.forEach((line, i) => add(`privacy.moreInfo.contact.lines.${i}`, line, true));
  add('privacy.moreInfo.contact.phone', contact.phone, true);
  add('privacy.moreInfo.contact.email', contact.email, false);
  // The policy prints its date on a labelled line of its own.
  add('privacy.policyDate', `Policy Date: ${privacy.policyDate}`, true);
  addAll('privacy.references', privacy.references, true);
  return out;
}
