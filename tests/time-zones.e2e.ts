import { expect, test, type Page } from '@playwright/test';
import { builtStories, SEED } from './story-data';

/** Every date a reader sees on the home page and on each event page, in page order. */
async function datesShown(page: Page, paths: string[]): Promise<string[]> {
  const seen: string[] = [];
  for (const path of ['/', ...paths]) {
    await page.goto(path);
    // Hydrated: the app had its chance to re-render (story pages draw their axis in the browser).
    if (path === '/') await page.waitForLoadState('networkidle');
    else await page.locator('.horizontal.only').waitFor();
    const texts = [
      ...(await page.locator('time').allTextContents()),
      // The timeline's axis (labels computed in the browser) and its marks.
      ...(await page.locator('.horizontal .tick text').allTextContents()),
      ...(await page
        .locator('.horizontal a[data-slug]')
        .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? '')))
    ];
    seen.push(...texts.map((t) => `${path} ${t.trim()}`));
  }
  return seen;
}

const ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati'] as const; // UTC−10 and UTC+14

test('the same calendar days are shown in Honolulu and in Kiritimati', async ({
  browser,
  request
}) => {
  test.setTimeout(120_000); // two browsers' worth of page loads, on a busy CI machine
  const story = (await builtStories(request)).find((s) => s.id === SEED)!;
  const paths = story.events.map((e) => e.path);
  const byZone: string[][] = [];
  for (const timezoneId of ZONES) {
    const context = await browser.newContext({ timezoneId, locale: 'fr-FR' });
    const page = await context.newPage();
    const offset = await page.evaluate(() => new Date(2023, 8, 5, 12).getTimezoneOffset());
    expect(offset).toBe(timezoneId === 'Pacific/Honolulu' ? 600 : -840);
    byZone.push(await datesShown(page, paths));
    await context.close();
  }
  expect(byZone[0]).toEqual(byZone[1]);
  expect(
    byZone[0]!.filter((d) => d.includes('lun. 4') || d.includes('1 sept.')).length
  ).toBeGreaterThan(0);
  expect(byZone[0]).toContain(`/ lundi 4 septembre 2023`);
  expect(byZone[0]).toContain(`/ mardi 5 septembre 2023`);
  expect(byZone[0]!.filter((d) => d.startsWith(`/${SEED}/jake-sullivan`))[0]).toMatch(
    /mardi 5 septembre 2023$/
  );
});
