/** One finding of the package check: a line to print, and whether it fails the run. */
export interface Check {
  ok: boolean;
  line: string;
}

export function formatCheck({ ok, line }: Check): string {
  return `${ok ? 'ok  ' : 'FAIL'} ${line}`;
}

export const count = (n: number): string => n.toLocaleString('en-US');
