/** A run of words the same in both texts, only in the old one, or only in the new one. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

// Words with the spaces after them, so the parts put back together give each text exactly.
const words = (text: string): string[] => text.match(/\s+|[^\s]+\s*/g) ?? [];

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * How `from` became `to`, word by word (longest common subsequence of words): the same parts
 * joined with the removed ones give `from`, with the added ones give `to`.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  const a = words(from);
  const b = words(to);
  // What both share at the start and end needs no table: most edits touch a few words.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // lcs[i][j]: the longest common run of x from i and y from j.
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] =
        x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  if (head > 0) push(parts, 'same', a.slice(0, head).join(''));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      push(parts, 'same', x[i]!);
      i += 1;
      j += 1;
    } else if (i < x.length && (j === y.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removed before added: the old words read first, as on paper.
      push(parts, 'removed', x[i]!);
      i += 1;
    } else {
      push(parts, 'added', y[j]!);
      j += 1;
    }
  }
  if (tail > 0) push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}
