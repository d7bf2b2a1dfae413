/**
 * The heading over a program's description: the agency's own section heading, unless it is
 * missing (Contracts) or merely repeats the screen's title, where the kiosk's words stand in.
 */
export function aboutHeading(title: string, agencyHeading: string, fallback: string): string {
  const heading = agencyHeading.trim();
  return heading === '' || heading === title.trim() ? fallback : heading;
}
