/**
 * Labels that fit (issue 12): a label takes the room its row leaves it, and where it must be
 * cut, the whole title shows on hover and on keyboard focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtStory, LONG, SEED } from './story-data';

const mark = (page: Page, slug: string) => page.locator(`.horizontal a[data-slug="${slug}"]`);

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.horizontal.only')).toBeVisible();
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a label with room is drawn whole: "Choïgou en visite en Corée du Nord"', async ({
    page,
    request
  }) => {
    const story = await builtStory(request, SEED);
    await open(page, `/${SEED}/`);
    const visit = story.events.find((e) => e.short === 'Choïgou en visite en Corée du Nord')!;
    await expect(mark(page, visit.slug).locator('text')).toHaveText(visit.short!);
    // And no label of the story as first shown is cut: there is room for all of them.
    for (const event of story.events)
      await expect(mark(page, event.slug).locator('text')).toHaveText(event.short ?? event.title);
  });

  test('labels never run into the next mark or label of their row', async ({ page }) => {
    await open(page, `/${SEED}/le-kremlin-refuse-de-confirmer-le-sommet/`);
    const boxes = await page.locator('.horizontal a.mark').evaluateAll((marks) =>
      marks.flatMap((a) =>
        [...a.querySelectorAll('text, path.shape, rect.band, rect.outer')].map((el) => ({
          mark: a.getAttribute('data-slug'),
          ...el.getBoundingClientRect().toJSON()
        }))
      )
    );
    for (const a of boxes)
      for (const b of boxes)
        if (a.mark !== b.mark) {
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `${a.mark} × ${b.mark}`).toBe(false);
        }
  });
});

test.describe('where labels must be cut (10,000 events, zoomed in)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the whole title shows on hover and on keyboard focus', async ({ page }) => {
    const story = JSON.parse(readFileSync(`build/${LONG}/timeline.json`, 'utf8')) as {
      events: { slug: string; title: string }[];
    };
    await page.goto(`/${LONG}/`);
    await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
    const cut = page.locator('.horizontal a.mark', { has: page.locator('text', { hasText: '…' }) });
    // Zoomed in until single marks crowd each other's labels.
    // (Each zoom counted at rest: laid out, no longer stretched.)
    const drawing = page.locator('.horizontal svg[role="group"]');
    for (let i = 0; i < 8 && (await cut.count()) === 0; i++) {
      await page.getByRole('button', { name: 'Zoom avant' }).click();
      await expect(drawing).not.toHaveClass(/stretched/);
    }
    const mark = cut.first();
    await expect(mark).toBeVisible();
    const slug = (await mark.getAttribute('data-slug'))!;
    const title = story.events.find((e) => e.slug === slug)!.title;
    const full = page.locator('.horizontal .full-label');
    await expect(full).toHaveCount(0);
    await mark.locator('text').hover();
    await expect(full).toHaveText(title);
    await expect(full).toBeVisible();
    await page.mouse.move(1, 1);
    await expect(full).toHaveCount(0);
    // By keyboard: the mark focused (as Tab and the arrows bring focus to marks).
    await mark.focus();
    await expect(full).toHaveText(title);
    // Its name starts with what it shows, the ellipsis aside (WCAG 2.5.3).
    const shown = (await mark.locator('text').textContent())!.replace(/…$/, '');
    expect((await mark.getAttribute('aria-label'))!.startsWith(shown)).toBe(true);
  });
});
