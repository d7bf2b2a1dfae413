import {
  Award,
  Building2,
  FileSignature,
  Library,
  Palette,
  ReceiptText,
  Scale,
  type LucideIcon,
} from 'lucide-react';

/** Programs the agency page names; a program staff add later gets the plain building. */
const ICONS: Readonly<Record<string, LucideIcon>> = {
  'professional-certificates': Award,
  'training-reimbursement': ReceiptText,
  contracts: FileSignature,
  'rule-making': Scale,
  'graphic-design': Palette,
  library: Library,
};

export function ProgramIcon({ programId, className }: { programId: string; className: string }) {
  const Icon = ICONS[programId] ?? Building2;
  return <Icon aria-hidden="true" className={className} />;
}
