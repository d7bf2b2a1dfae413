/** Sets a performance mark the first time only, so a benchmark reads the first render. */
export function markOnce(name: string, perf: Performance = performance): void {
  if (perf.getEntriesByName(name, 'mark').length === 0) perf.mark(name);
}
