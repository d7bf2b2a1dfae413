import { Content } from '../../contract/content-schema.ts';
import { formatIssues } from '../../contract/format-issues.ts';

const SHOWN = 3;

/**
 * What staff must fix in content that breaks a rule added since it was published (it still
 * shows: see ContentV5), as one line for adminStatus; null when it keeps every rule.
 */
export function contentProblem(content: Content): string | null {
  const result = Content.safeParse(content);
  if (result.success) return null;
  const issues = formatIssues(result.error);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
  return `The published content needs fixing before it can be published again (the editor shows where): ${issues.slice(0, SHOWN).join('; ')}${more}`;
}
