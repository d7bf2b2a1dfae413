/**
 * What the seeds say, written out by hand so the e2e suite checks the screens against the
 * agency's page independently of data/default-content.json.
 */
export const PROGRAMS: ReadonlyArray<{ title: string; phones: string[] }> = [
  { title: 'Professional Certificates', phones: ['(916) 227-4253'] },
  { title: 'Training Reimbursement', phones: ['(916) 227-4840'] },
  { title: 'Contracts', phones: ['(916) 227-3924'] },
  { title: 'Rule Making and Information Release', phones: [] },
  { title: 'Graphic Design, Forms and Publications', phones: [] },
  { title: 'Library Services', phones: ['(916) 227-3765'] },
];

export const PRIVACY_OFFICER_PHONE = '(916) 227-3909';
export const RECEPTION_DESK = 'Please ask at the reception desk';
