/**
 * Finds a Chromium for the end-to-end tests, in this order:
 *   1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), when set;
 *   2. Playwright's own Chromium, where `npx playwright install chromium` could download it;
 *   3. the system's Chromium: Debian's /usr/bin/chromium (`apt-get install -y chromium`) and kin.
 * Returns undefined to let Playwright use its own browser; throws, saying what to install,
 * when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file.`);
    return fromEnv;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_BROWSERS.find((file) => existsSync(file));
  if (system) return system;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '  - where downloads work: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at any Chromium or Chrome executable.'
    ].join('\n')
  );
}

/** Chromium's own calls home are refused on a closed network; keep it quiet and deterministic. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu'
];
