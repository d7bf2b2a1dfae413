/** Performance marks the start-up benchmark (scripts/bench) reads: each screen's first render. */
export const ATTRACT_RENDERED_MARK = 'kiosk:attract-rendered';
export const TILES_RENDERED_MARK = 'kiosk:tiles-rendered';
