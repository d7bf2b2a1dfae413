import type { WebContents } from 'electron';

/**
 * A public touchscreen: a pinch or Ctrl+wheel would leave the next visitor a zoomed page.
 * Chromium can drop the limits when a page loads or its renderer restarts, so they are set
 * after every load, and any zoom that still gets through is undone.
 */
export function lockZoom(contents: WebContents): void {
  const lock = (): void => {
    contents.setZoomFactor(1);
    // It rejects only when the renderer has just gone, which the window keeper handles.
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  contents.on('did-finish-load', lock);
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}
