/**
 * The phone section of the benchmark: each synthetic story (100, 1,000, 10,000 events) opened
 * as a phone opens it (390×844, touch, device scale factor 1), in a fresh context, and measured
 * once drawn:
 *   - the page's height, document.scrollingElement.scrollHeight, in px and in screens (of the
 *     viewport's 844 px);
 *   - the vertical drawing's height (its svg), in px and in screens;
 *   - the DOM nodes in section.timeline;
 *   - the axis labels on the first screen (the page at its top), and whether one names a year.
 * Sizes, not times: the figures are the same on any machine for the same build.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.js';

export const PHONE_VIEWPORT = { width: 390, height: 844 };
const TIMEOUT_MS = 60_000;

/**
 * @typedef {{
 *   size: number,
 *   id: string,
 *   pageHeight: number | null,
 *   drawingHeight: number | null,
 *   pageScreens: number | null,
 *   drawingScreens: number | null,
 *   nodes: number | null,
 *   firstScreenTicks: string[],
 *   yearOnFirstScreen: boolean | null,
 *   error?: string
 * }} PhoneRow
 */

/** @param {number} px */
export const screens = (px) => Math.round((px / PHONE_VIEWPORT.height) * 100) / 100;

/**
 * @param {{ chromePath: string, appOrigin: string, stories: { size: number, id: string }[] }} options
 * @returns {Promise<{ viewport: typeof PHONE_VIEWPORT, rows: PhoneRow[] }>}
 */
export async function measurePhone({ chromePath, appOrigin, stories }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  /** @type {PhoneRow[]} */
  const rows = [];
  try {
    for (const { size, id } of stories) {
      /** @type {PhoneRow} */
      const row = {
        size,
        id,
        pageHeight: null,
        drawingHeight: null,
        pageScreens: null,
        drawingScreens: null,
        nodes: null,
        firstScreenTicks: [],
        yearOnFirstScreen: null
      };
      const context = await browser.newContext({
        viewport: PHONE_VIEWPORT,
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
        locale: 'fr-FR'
      });
      try {
        const page = await context.newPage();
        await page.goto(`${appOrigin}/${id}/`, { waitUntil: 'networkidle', timeout: TIMEOUT_MS });
        await page.waitForFunction(
          () => performance.getEntriesByName('timeline-drawn').length > 0,
          null,
          { timeout: TIMEOUT_MS }
        );
        await page
          .locator('section.timeline .vertical-drawing svg')
          .waitFor({ timeout: TIMEOUT_MS });
        // Two frames: the drawing measures the screen, then draws what is near it.
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))
            )
        );
        const figures = await page.evaluate(() => {
          const svg = /** @type {SVGSVGElement} */ (
            document.querySelector('section.timeline .vertical-drawing svg')
          );
          const ticks = [...svg.querySelectorAll('g.tick text')]
            .map((t) => ({ y: t.getBoundingClientRect().top, text: t.textContent ?? '' }))
            .filter((t) => t.y >= 0 && t.y < innerHeight)
            .sort((a, b) => a.y - b.y)
            .map((t) => t.text);
          return {
            pageHeight: /** @type {Element} */ (document.scrollingElement).scrollHeight,
            drawingHeight: svg.getBoundingClientRect().height,
            nodes: /** @type {Element} */ (
              document.querySelector('section.timeline')
            ).querySelectorAll('*').length,
            ticks
          };
        });
        row.pageHeight = figures.pageHeight;
        row.drawingHeight = Math.round(figures.drawingHeight);
        row.pageScreens = screens(figures.pageHeight);
        row.drawingScreens = screens(figures.drawingHeight);
        row.nodes = figures.nodes;
        row.firstScreenTicks = figures.ticks;
        row.yearOnFirstScreen = figures.ticks.some((t) => /\b(19|20)\d\d\b/.test(t));
      } catch (error) {
        row.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        await context.close();
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
  }
  return { viewport: PHONE_VIEWPORT, rows };
}
