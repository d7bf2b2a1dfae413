import { afterEach, describe, expect, it, vi } from 'vitest';
import { markPaintedOnce, paintedMark, type MarkWindow } from './mark-once.ts';

const NAME = 'kiosk:test-mark';

/** A window whose frames and tasks run only when the test says so. */
function fakeWindow() {
  const frames: FrameRequestCallback[] = [];
  const tasks: Array<() => void> = [];
  const win = {
    performance,
    requestAnimationFrame: vi.fn((callback: FrameRequestCallback) => frames.push(callback)),
    setTimeout: vi.fn((callback: () => void) => tasks.push(callback)),
  } as unknown as MarkWindow;
  const runFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));
  const runTasks = () => tasks.splice(0).forEach((callback) => callback());
  return { win, runFrame, runTasks };
}

const marks = (name: string) => performance.getEntriesByName(name, 'mark');

describe('markPaintedOnce', () => {
  afterEach(() => {
    performance.clearMarks(NAME);
    performance.clearMarks(paintedMark(NAME));
  });

  it('marks the render at once and the paint only after the next frame has been drawn', () => {
    const { win, runFrame, runTasks } = fakeWindow();
    markPaintedOnce(NAME, win);
    expect(marks(NAME)).toHaveLength(1);
    expect(marks(paintedMark(NAME))).toHaveLength(0);

    runFrame();
    expect(marks(paintedMark(NAME))).toHaveLength(0);
    runTasks();
    expect(marks(paintedMark(NAME))).toHaveLength(1);
    expect(marks(paintedMark(NAME))[0]!.startTime).toBeGreaterThanOrEqual(
      marks(NAME)[0]!.startTime,
    );
  });

  it('marks the first time and never again', () => {
    const { win, runFrame, runTasks } = fakeWindow();
    markPaintedOnce(NAME, win);
    const [first] = marks(NAME);
    markPaintedOnce(NAME, win);
    runFrame();
    runTasks();

    expect(marks(NAME)).toEqual([first]);
    expect(marks(paintedMark(NAME))).toHaveLength(1);
    expect(win.requestAnimationFrame).toHaveBeenCalledTimes(1);
  });
});
