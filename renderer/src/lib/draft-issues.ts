import { Content } from '../../../electron/contract/content-schema.ts';

/** What is wrong with the working copy, by field path ("programs.0.units.1.phone"). */
export type DraftIssues = ReadonlyMap<string, string>;

export const NO_ISSUES: DraftIssues = new Map();

/** The same schema the core checks a draft against, so staff see its words beside the field. */
export function draftIssues(content: Content): DraftIssues {
  const result = Content.safeParse(content);
  if (result.success) return NO_ISSUES;
  const issues = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!issues.has(path)) issues.set(path, issue.message);
  }
  return issues;
}

/**
 * `check` once per working copy: every field asks for its own problem on every render, and
 * each edit makes a new copy, so the schema runs once per change, not once per field.
 */
export function memoiseIssues(
  check: (content: Content) => DraftIssues = draftIssues,
): (content: Content | null) => DraftIssues {
  const seen = new WeakMap<Content, DraftIssues>();
  return (content) => {
    if (!content) return NO_ISSUES;
    let issues = seen.get(content);
    if (!issues) {
      issues = check(content);
      seen.set(content, issues);
    }
    return issues;
  };
}

/** The one memo the editor shares. */
export const issuesOf = memoiseIssues();
