/**
 * Zooming a story of 10,000 events: what keeps it smooth, asserted by counts (elements made,
 * layouts) and sizes, never by time. `npm run bench` (section 8) times it.
 */
import { expect, test, type Page } from '@playwright/test';
import { LONG } from './story-data';

/**
 * Elements a zoom step may make in the wide drawing at 10,000 events, each of 4 steps in from
 * the whole story. Clusters used to be made again at every step (their key was their first
 * event, which a zoom changes): 888, 1,208, 1,224 and 1,482 elements, measured on main before.
 * Kept by place, a step makes mostly the marks that come out of clusters: 448, 604, 296, 446.
 */
const ELEMENTS_PER_STEP = 800;

async function open(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${LONG}/`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
}

const drawing = (page: Page) => page.locator('section.timeline .viewport svg[role="group"]');

/** Waits until the zoom has come to rest: the drawing laid out, no longer stretched. */
const rested = (page: Page) => expect(drawing(page)).not.toHaveClass(/stretched/);

test.describe('zooming 10,000 events', () => {
  test('a zoom step keeps the clusters and makes few elements', async ({ page }) => {
    await open(page);
    await drawing(page).evaluate((svg) => {
      const w = window as unknown as { made: number };
      w.made = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof Element) w.made += 1 + node.querySelectorAll('*').length;
      }).observe(svg, { subtree: true, childList: true });
    });
    const zoomIn = page.getByRole('button', { name: 'Zoom avant' });
    const made: number[] = [];
    for (let i = 0; i < 4; i++) {
      await zoomIn.click();
      await rested(page);
      made.push(
        await page.evaluate(() => {
          const w = window as unknown as { made: number };
          const n = w.made;
          w.made = 0;
          return n;
        })
      );
    }
    console.log(`elements made by each zoom step: ${made.join(', ')}`);
    // Each step changed the drawing, and made no more than its budget.
    expect(Math.max(...made)).toBeLessThanOrEqual(ELEMENTS_PER_STEP);
    await expect(page.locator('section.timeline a.cluster').first()).toBeVisible();
  });

  test('a quick run of wheel steps stretches the drawing and lays it out less often', async ({
    page
  }) => {
    await open(page);
    const viewport = page.locator('section.timeline .viewport');
    const box = (await viewport.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + 120;
    // Six notches of ctrl+wheel (×1.5 each), 20 ms apart, at the centre; each layout changes
    // the drawing's elements, in one batch of mutations.
    const layouts = await viewport.evaluate(
      async (el, at) => {
        let batches = 0;
        const observer = new MutationObserver((records) => {
          if (records.some((r) => r.type === 'childList')) batches++;
        });
        observer.observe(el.querySelector('svg[role="group"] g.marks')!, {
          subtree: true,
          childList: true
        });
        const notch = () =>
          el.dispatchEvent(
            new WheelEvent('wheel', {
              deltaY: -300 * Math.log(1.5),
              ctrlKey: true,
              clientX: at.x,
              clientY: at.y,
              bubbles: true,
              cancelable: true
            })
          );
        await Promise.all(
          Array.from(
            { length: 6 },
            (_, i) => new Promise((resolve) => setTimeout(() => resolve(notch()), i * 20))
          )
        );
        // Until it rests: laid out at the view's zoom.
        await new Promise((resolve) => setTimeout(resolve, 400));
        observer.disconnect();
        return batches;
      },
      { x, y }
    );
    await rested(page);
    // Laid out every step before: 6. Stretched now, up to ×2.25: at the 3rd and the 6th.
    expect(layouts).toBeGreaterThan(0);
    expect(layouts).toBeLessThanOrEqual(3);
  });

  test('a zoom stretches the drawing where the layout then puts it, the zoom anchored', async ({
    page
  }) => {
    await open(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom avant' });
    for (let i = 0; i < 6; i++) await zoomIn.click();
    await rested(page);
    const places = await page.evaluate(async () => {
      const viewport = document.querySelector('section.timeline .viewport')!;
      const svg = viewport.querySelector('svg[role="group"]')!;
      const screen = viewport.getBoundingClientRect();
      const centre = screen.left + viewport.clientLeft + viewport.clientWidth / 2;
      /** The marks on screen, by slug: the middle of each one's shape or band. */
      const marks = () =>
        new Map(
          [...svg.querySelectorAll('a.mark')].flatMap((a) => {
            const box = a.querySelector('path.shape, rect.band')!.getBoundingClientRect();
            const x = box.left + box.width / 2;
            return x > screen.left && x < screen.right ? [[a.getAttribute('data-slug'), x]] : [];
          })
        );
      const before = marks();
      // The button zooms ×1.5 about the screen's middle.
      (document.querySelector('button[aria-label="Zoom avant"]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const stretched = svg.classList.contains('stretched');
      const during = marks();
      await new Promise((resolve) => setTimeout(resolve, 600));
      const after = marks();
      return { centre, stretched, before: [...before], during: [...during], after: [...after] };
    });
    expect(places.stretched).toBe(true);
    const during = new Map(places.during);
    const after = new Map(places.after);
    let compared = 0;
    for (const [slug, x] of places.before) {
      const expected = places.centre + 1.5 * (x - places.centre);
      if (!during.has(slug) || !after.has(slug)) continue;
      compared++;
      // Stretched, each mark is where the zoom puts it; laid out, it stays there.
      expect(Math.abs(during.get(slug)! - expected)).toBeLessThan(1.5);
      expect(Math.abs(after.get(slug)! - expected)).toBeLessThan(1.5);
    }
    expect(compared).toBeGreaterThan(3);
    await rested(page);
  });
});
