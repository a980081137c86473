/**
 * The Chromium the benchmark drives, found as tests/browser.ts finds it for the end-to-end
 * tests (that file is TypeScript, so it is mirrored here): CHROMIUM_PATH (or
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) when set, else Debian's /usr/bin/chromium and kin.
 */
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

/** @returns {string} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file.`);
    return fromEnv;
  }
  const system = SYSTEM_BROWSERS.find((file) => existsSync(file));
  if (system) return system;
  throw new Error(
    'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.'
  );
}

/** Quiet, offline, headless: Chromium's own calls home are refused on a closed network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless=new',
  '--no-sandbox'
];

/**
 * For Lighthouse only: resolve no host name but the local ones, so that nothing it or the
 * page asks for can leave the machine.
 */
export const OFFLINE_ARG =
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';
