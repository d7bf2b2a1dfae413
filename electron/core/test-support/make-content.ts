import { Content, CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';

const text = (en: string) => ({ en, es: '' });

/**
 * Small content that passes the schema, independent of data/default-content.json, so store tests
 * do not change when the shipped text does. `label` makes two contents tell apart.
 */
export function makeContent(label = 'Test'): Content {
  return Content.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    bureau: {
      name: text(`${label} Bureau`),
      abbreviation: 'TB',
      pageTitle: text(`${label} page`),
      overview: [text('Overview.')],
      programsHeading: text('Programs'),
    },
    programs: [
      {
        id: 'library-services',
        title: text('Library Services'),
        heading: text(''),
        description: [text('A description.')],
        listTitle: text(''),
        list: [],
        keyFacts: [],
        units: [{ id: 'library', name: text('Library'), phone: '(916) 555-0100' }],
        webAddress: '',
        hidden: false,
      },
    ],
    privacy: {
      title: text('Privacy'),
      intro: [text('Intro.')],
      principlesLead: text('Principles:'),
      principles: [{ blocks: [{ type: 'paragraph', text: text('One.') }] }],
      note: text('Note.'),
      moreInfo: { heading: text('More'), body: text('Write to:'), contact: contact() },
      policyDate: '4/28/2022',
      references: [],
    },
    kiosk: {
      attractTitle: text('Touch to begin'),
      privacyNote: [text('We keep nothing.')],
      idleTimeoutSeconds: 60,
      defaultLanguage: 'en',
    },
    announcements: [],
    hours: { weekly: [], closures: [] },
  });
}

function contact() {
  return { lines: ['Privacy Officer'], phone: '', email: '' };
}
