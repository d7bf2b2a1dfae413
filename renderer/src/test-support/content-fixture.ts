import {
  CURRENT_SCHEMA_VERSION,
  type Content,
  type Program,
} from '../../../electron/contract/content-schema.ts';

const en = (text: string) => ({ en: text, es: '' });

const program = (fields: Partial<Program> & Pick<Program, 'id' | 'title'>): Program => ({
  heading: en(''),
  description: [en(`About ${fields.title.en}.`)],
  listTitle: en(''),
  list: [],
  keyFacts: [],
  units: [],
  webAddress: '',
  hidden: false,
  ...fields,
});

/**
 * Small hand-made content in the shape of the schema: the texts the tests look for, not the
 * whole agency page (the renderer gets the real content only through the API).
 */
export function contentFixture(): Content {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    bureau: {
      name: en('Administrative Services Bureau'),
      abbreviation: 'ASB',
      pageTitle: en('Contact Information for Programs and Services'),
      overview: [en('ASB is also the first point of contact for visitors to POST.')],
      programsHeading: en('ASB Programs and Services'),
    },
    programs: [
      program({
        id: 'professional-certificates',
        title: { en: 'Professional Certificates', es: 'Certificados profesionales' },
        heading: en('Professional Certificates Program'),
        description: [
          en(
            'The Professional Certificate Program fosters education, training, and professionalism.',
          ),
          en('Questions may be directed to the Certificates Unit at (916) 227-4253.'),
        ],
        list: [en('Basic'), en('Intermediate'), en('Advanced')],
        units: [
          { id: 'certificates-unit', name: en('Certificates Unit'), phone: '(916) 227-4253' },
        ],
      }),
      program({
        id: 'training-reimbursement',
        title: en('Training Reimbursement'),
        units: [
          { id: 'reimbursement-unit', name: en('Reimbursement Unit'), phone: '(916) 227-4840' },
        ],
      }),
      program({
        id: 'contracts',
        title: en('Contracts'),
        units: [{ id: 'contracts-unit', name: en('Contracts Unit'), phone: '(916) 227-3924' }],
      }),
      program({
        id: 'rule-making',
        title: en('Rule Making and Information Release'),
        keyFacts: [en('The public is given 45 days to comment on the proposed material.')],
      }),
      program({ id: 'graphic-design', title: en('Graphic Design, Forms and Publications') }),
      program({
        id: 'library',
        title: en('Library Services'),
        units: [{ id: 'library', name: en('POST Library'), phone: '(916) 227-3765' }],
        webAddress: 'https://example.org/library',
      }),
    ],
    privacy: {
      title: en('Privacy Policy Statement'),
      intro: [
        en('POST is committed to promoting and protecting the privacy rights of individuals.'),
      ],
      principlesLead: en(
        'POST follows these principles in collecting and managing personal information:',
      ),
      principles: [
        {
          blocks: [
            { type: 'paragraph', text: en('We do not collect personal information about you.') },
          ],
        },
        {
          blocks: [
            {
              type: 'paragraph',
              text: en('The information that is automatically collected and stored is:'),
            },
            {
              type: 'list',
              items: [
                en('Your domain or Internet Protocol (IP) address.'),
                en('The type of browser you used to access our site.'),
              ],
            },
          ],
        },
      ],
      note: en('Please note that this Privacy Policy reflects POST’s current business practices.'),
      moreInfo: {
        heading: en('For More Information'),
        body: en(
          'The IT Privacy and Compliance Officer has responsibility for POST’s Privacy Policy Statement.',
        ),
        contact: {
          lines: [
            'Commission on POST',
            '860 Stillwater Road, Suite 100',
            'West Sacramento, CA 95605',
          ],
          phone: '(916) 227-3909',
          email: '',
        },
      },
      policyDate: '4/28/2022',
      references: [en('Is Your Computer Secure? - Information and resources on the DOJ Website')],
    },
    kiosk: {
      attractTitle: en('Visitor information'),
      privacyNote: [en('This kiosk does not collect, store or send any personal information.')],
      idleTimeoutSeconds: 60,
      defaultLanguage: 'en',
    },
    announcements: [],
    hours: { weekly: [], closures: [] },
  };
}
