/**
 * First-visit transfer of a page, measured from what Chromium actually loads: a fresh
 * browser context (empty cache), every response recorded until the network is idle, its body
 * bytes as served ("raw") and gzipped at level 9 ("gzip", what a compressing host would send;
 * the static server itself does not compress). Header bytes are not counted.
 * Of that, the JS + CSS the page asked for before its first contentful paint (the Resource
 * Timing entries that started before the Paint Timing API's 'first-contentful-paint'): what
 * stands between a reader and the first paint.
 */
import { gzipSync } from 'node:zlib';

/** @typedef {'JavaScript' | 'CSS' | 'HTML' | 'Images' | 'Fonts' | 'JSON/data' | 'Other'} ResourceType */

/** The types in the order the tables print them. @type {ResourceType[]} */
export const TYPES = ['JavaScript', 'CSS', 'HTML', 'Images', 'Fonts', 'JSON/data', 'Other'];

/**
 * @typedef {{ count: number, raw: number, gzip: number }} Figures
 * @typedef {{ url: string, status: number, contentType: string, type: ResourceType, raw: number, gzip: number }} Resource
 * @typedef {{
 *   url: string,
 *   byType: Record<ResourceType, Figures>,
 *   total: Figures,
 *   jsCssGzip: number,
 *   jsCssRaw: number,
 *   beforePaint: { count: number, jsCount: number, jsCssGzip: number } | null,
 *   offHost: string[],
 *   resources: Resource[]
 * }} FirstVisit
 */

/**
 * @param {string} contentType
 * @returns {ResourceType}
 */
export function classify(contentType) {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/(java|ecma)script/.test(type)) return 'JavaScript';
  if (type === 'text/css') return 'CSS';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'HTML';
  if (type.startsWith('image/')) return 'Images';
  if (type.startsWith('font/') || /font|woff|opentype|truetype/.test(type)) return 'Fonts';
  if (/json|xml|csv/.test(type) || type === 'text/plain') return 'JSON/data';
  return 'Other';
}

/**
 * The resources the page asked for before its first paint (Resource Timing has no entry for
 * the page itself).
 * @param {Resource[]} resources
 * @param {string[]} started the URLs of the Resource Timing entries that started before it
 */
function beforePaint(resources, started) {
  const early = resources.filter((r) => started.includes(r.url));
  const jsCss = early.filter((r) => r.type === 'JavaScript' || r.type === 'CSS');
  return {
    count: early.length,
    jsCount: early.filter((r) => r.type === 'JavaScript').length,
    jsCssGzip: jsCss.reduce((sum, r) => sum + r.gzip, 0)
  };
}

/** @returns {Figures} */
const zero = () => ({ count: 0, raw: 0, gzip: 0 });

/**
 * Loads `url` in a fresh context of `browser` and sums what came over the wire, by type.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<FirstVisit>}
 */
export async function measureFirstVisit(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {Promise<Resource | null>[]} */
    const pending = [];
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const status = response.status();
          const contentType = response.headers()['content-type'] ?? '';
          // A redirect has no body to read; it still counts as a response.
          /** @type {Buffer} */
          let body = Buffer.alloc(0);
          if (status < 300 || status >= 400) {
            try {
              body = await response.body();
            } catch {
              // the page went away before the body was read: count it as empty
            }
          }
          return {
            url: response.url(),
            status,
            contentType,
            type: classify(contentType),
            raw: body.length,
            gzip: body.length ? gzipSync(body, { level: 9 }).length : 0
          };
        })()
      );
    });
    const main = await page.goto(url, { waitUntil: 'networkidle' });
    if (!main || !main.ok()) throw new Error(`${url}: HTTP ${main?.status() ?? 'no response'}`);
    // The client starts after the first paint: on a loaded machine the network can rest for
    // 500 ms before the paint comes. So wait for the first script, then for the requests to stop.
    await page
      .waitForFunction(
        () => performance.getEntriesByType('resource').some((e) => /\.js(\?|$)/.test(e.name)),
        null,
        { timeout: 30_000 }
      )
      .catch(() => {}); // a page with no script at all: measured as it is
    for (let seen = -1; ;) {
      const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
      if (now === seen) break;
      seen = now;
      await page.waitForTimeout(750);
    }
    const resources = /** @type {Resource[]} */ ((await Promise.all(pending)).filter(Boolean));
    const started = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return fcp
        ? performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < fcp.startTime)
            .map((entry) => entry.name)
        : null;
    });

    const byType = /** @type {Record<ResourceType, Figures>} */ (
      Object.fromEntries(TYPES.map((type) => [type, zero()]))
    );
    const total = zero();
    for (const r of resources) {
      for (const sum of [byType[r.type], total]) {
        sum.count += 1;
        sum.raw += r.raw;
        sum.gzip += r.gzip;
      }
    }
    const origin = new URL(url).origin;
    return {
      url,
      byType,
      total,
      jsCssRaw: byType.JavaScript.raw + byType.CSS.raw,
      jsCssGzip: byType.JavaScript.gzip + byType.CSS.gzip,
      beforePaint: started ? beforePaint(resources, started) : null,
      offHost: resources.map((r) => r.url).filter((u) => !u.startsWith(origin)),
      resources
    };
  } finally {
    await context.close();
  }
}
