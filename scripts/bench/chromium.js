/**
 * The Chromium the benchmark drives: the one the end-to-end tests find (tests/browser.js), as a
 * path, since Lighthouse launches it without Playwright; with the benchmark's own flags.
 */
import { QUIET_ARGS } from '../../tests/browser.js';

export { chromiumExecutable as findChromium } from '../../tests/browser.js';

/** Quiet, offline, headless: Chromium's own calls home are refused on a closed network. */
export const CHROMIUM_ARGS = [...QUIET_ARGS, '--headless=new', '--no-sandbox'];

/**
 * For Lighthouse only: resolve no host name but the local ones, so that nothing it or the
 * page asks for can leave the machine.
 */
export const OFFLINE_ARG =
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

/**
 * Waits for the app's own mark: the timeline drawn, its wide drawing's island included,
 * polled often so that the time after it is measured close to it.
 * @param {import('@playwright/test').Page} page
 */
export const timelineDrawn = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0, null, {
    timeout: 60_000,
    polling: 50
  });
