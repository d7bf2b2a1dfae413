import type { TestInfo } from '@playwright/test';
import { test } from './fixtures.ts';

export interface WindowSize {
  width: number;
  height: number;
}

const upright = (size: WindowSize) => size.height > size.width;

/**
 * A test that sets its own window size runs once, in the project of the same orientation
 * (tag it @viewport); under Electron, whose window is the display's, not at all.
 */
export function skipUnlessOrientationOf(size: WindowSize, testInfo: TestInfo): void {
  const project = testInfo.project.use.viewport;
  test.skip(!project || upright(project) !== upright(size), 'runs in the other orientation');
}
