/**
 * Finds a Chromium, for the end-to-end tests (playwright.config.ts) and the benchmark
 * (scripts/bench/), in this order:
 *   1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), when set;
 *   2. Playwright's own Chromium, where `npx playwright install chromium` could download it;
 *   3. the system's Chromium: Debian's /usr/bin/chromium (`apt-get install -y chromium`) and kin.
 *
 * Plain JavaScript with JSDoc types, not TypeScript, on purpose: the benchmark is a script that
 * Node runs as is, and Node 20 (which package.json's engines allow) cannot import a .ts file.
 * TypeScript reads the types from the JSDoc (tsconfig's allowJs and checkJs).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

/**
 * The Chromium to launch: its path, or undefined to let Playwright use its own browser. Throws,
 * saying what to install, when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
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
      'No Chromium found. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '  - where downloads work: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at any Chromium or Chrome executable.'
    ].join('\n')
  );
}

/**
 * The same Chromium as findChromium, always as a path: for what launches it without Playwright
 * (Lighthouse) and to say which browser measured.
 * @returns {string}
 */
export function chromiumExecutable() {
  return findChromium() ?? chromium.executablePath();
}

/** Chromium's own calls home are refused on a closed network: keep it quiet. */
export const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** The end-to-end tests' Chromium: quiet and deterministic. */
export const CHROMIUM_ARGS = [...QUIET_ARGS, '--disable-gpu'];
