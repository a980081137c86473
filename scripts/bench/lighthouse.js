/**
 * Lighthouse (pinned to 12.2.3) with its default config: mobile form factor and its simulated
 * throttling. One run per page, each in a fresh Chromium launched by chrome-launcher with the
 * benchmark's flags, plus a host-resolver rule that keeps every request on this machine.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, OFFLINE_ARG } from './chromium.js';

/**
 * @typedef {{
 *   url: string,
 *   performance: number | null,
 *   accessibility: number | null,
 *   bestPractices: number | null,
 *   seo: number | null,
 *   lcpMs: number | null,
 *   tbtMs: number | null,
 *   offHost: string[],
 *   runWarnings: string[],
 *   attempts: number,
 *   failedAttempts: string[]
 * }} LighthouseResult
 */

/** The seed story, whose pages the Lighthouse benchmarks audit. */
const SEED = 'coree-du-nord-russie-armes';

/**
 * The pages audited, each as [name, path]: the seed story's page, an event page, and "the floor"
 * (the story page with no script: what it costs with no client at all, issue 16's yardstick for
 * LCP), which `writeFloor` puts beside the story page.
 * @type {[string, string][]}
 */
export const AUDITED_PAGES = [
  ['story', `/${SEED}/`],
  ['event', `/${SEED}/jake-sullivan-met-en-garde-la-coree-du-nord/`],
  ['floor', `/${SEED}/floor.html`]
];

/**
 * Writes the floor into a build: the story page with its inline scripts (the boot, and the
 * client with it) and module preloads taken out. Returns what removes it again.
 * @param {string} dir
 */
export function writeFloor(dir) {
  const folder = path.join(dir, SEED);
  const page = readFileSync(path.join(folder, 'index.html'), 'utf8');
  const floor = page
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(path.join(folder, 'floor.html'), floor);
  return () => rmSync(path.join(folder, 'floor.html'), { force: true });
}

/** Runs again, up to this many times in all, when the performance score cannot be computed. */
const MAX_ATTEMPTS = 3;

/** @param {number | null | undefined} score */
const percent = (score) => (typeof score === 'number' ? Math.round(score * 100) : null);

/**
 * One Lighthouse run per page; a run whose performance score Lighthouse could not compute
 * (for instance NO_LCP, when Chromium reported no largest contentful paint) is run again, up
 * to MAX_ATTEMPTS in all, and the reasons are kept in `failedAttempts`.
 * @param {string} url
 * @param {string} chromePath
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, chromePath) {
  /** @type {string[]} */
  const failedAttempts = [];
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(url, chromePath);
    if (result.performance !== null || attempt >= MAX_ATTEMPTS) {
      return { ...result, attempts: attempt, failedAttempts };
    }
    failedAttempts.push(result.performanceError || 'no performance score');
  }
}

/**
 * @param {string} url
 * @param {string} chromePath
 */
async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, OFFLINE_ARG],
    logLevel: 'error'
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const origin = new URL(url).origin;
    const requests = /** @type {{ items?: { url?: string }[] } | undefined} */ (
      lhr.audits['network-requests']?.details
    );
    const offHost = (requests?.items ?? [])
      .map((item) => item.url ?? '')
      .filter((u) => u && !u.startsWith(origin) && !u.startsWith('data:'));
    return {
      url,
      performance: percent(lhr.categories.performance?.score),
      accessibility: percent(lhr.categories.accessibility?.score),
      bestPractices: percent(lhr.categories['best-practices']?.score),
      seo: percent(lhr.categories.seo?.score),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
      offHost,
      runWarnings: lhr.runWarnings.map(String),
      performanceError: ['largest-contentful-paint', 'total-blocking-time', 'speed-index']
        .map((id) => lhr.audits[id]?.errorMessage)
        .filter(Boolean)
        .join('; ')
    };
  } finally {
    chrome.kill();
  }
}
