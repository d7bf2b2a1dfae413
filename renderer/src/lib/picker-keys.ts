/**
 * Where an arrow key moves the focus in a grid of `count` choices, `columns` wide: sideways by
 * one, up and down by a row, never off the grid. Null for any other key.
 */
export function indexAfterKey(
  index: number,
  key: string,
  count: number,
  columns: number,
): number | null {
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns }[key];
  if (step === undefined) return null;
  const next = index + step;
  return next < 0 || next >= count ? index : next;
}
