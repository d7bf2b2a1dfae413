/** The cold-start medians: the static page, the kiosk left alone, the kiosk begun at once. */
export interface StartUpFigures {
  startRuns: number;
  /** The static page's h1, by Element Timing: the anchor both ratios are taken to. */
  staticMainText: number;
  staticFcp: number;
  /** The attract screen's h1, by Element Timing. */
  attract: number;
  kioskFcp: number;
  /** The last of the six home tile titles, by Element Timing, with "begin" touched at once. */
  tiles: number;
  /** When the page could answer "begin", and when the probe touched it, in the same runs. */
  answers: number;
  begin: number;
  touchToTiles: number;
  /** React's first commit in the same runs: when every touch is answered. */
  react: number;
}

/** measure, figure, target, and whether the figure meets the target (undefined: no target). */
export type StartUpRow = [measure: string, figure: string, target?: string, within?: boolean];

export const ATTRACT_LIMIT = 1.3;
export const TILES_LIMIT = 1.5;

const ms = (n: number) => `${n.toFixed(1)} ms`;

function ratioRow(figure: number, anchor: number, limit: number): StartUpRow {
  const ratio = figure / anchor;
  return [
    "  ratio to the static page's h1 (element timing both)",
    ratio.toFixed(2),
    `<= ${String(limit)}`,
    ratio <= limit,
  ];
}

/** Every start-up row; only the two ratios, each to the static page's h1, have a target. */
export function startUpRows(f: StartUpFigures): StartUpRow[] {
  const n = `median of ${String(f.startRuns)}`;
  return [
    [`static page: nav start -> h1 painted (element timing, ${n})`, ms(f.staticMainText)],
    [`static page: nav start -> first contentful paint (${n})`, ms(f.staticFcp)],
    [`kiosk: nav start -> first contentful paint (${n})`, ms(f.kioskFcp)],
    [`kiosk: nav start -> attract screen's h1 painted (element timing, ${n})`, ms(f.attract)],
    ratioRow(f.attract, f.staticMainText, ATTRACT_LIMIT),
    [`kiosk: nav start -> six tile titles all painted (element timing, ${n})`, ms(f.tiles)],
    ratioRow(f.tiles, f.staticMainText, TILES_LIMIT),
    [`  the page answers "begin": nav start -> its listener is on (${n})`, ms(f.answers)],
    [`  "begin" touched in the task the page answers: nav start -> touch (${n})`, ms(f.begin)],
    [`  touch "begin" -> six tile titles painted (${n})`, ms(f.touchToTiles)],
    [`  React has the page, every touch answered: nav start -> first commit (${n})`, ms(f.react)],
  ];
}
