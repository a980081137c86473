import { expect, test, type Page } from '@playwright/test';
import { builtStory, SEED } from './story-data';

/** Every date a reader sees on the home page and on each event page, in page order. */
async function datesShown(page: Page, paths: string[]): Promise<string[]> {
  const seen: string[] = [];
  for (const path of ['/', ...paths]) {
    await page.goto(path);
    // Hydrated: the app had its chance to re-render (story pages draw their axis in the browser).
    if (path.includes('/sources/') || path === '/') await page.waitForLoadState('networkidle');
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

/** From UTC−11 to UTC+14, in the two locales a French newsroom's readers use. */
const CONTEXTS = [
  { timezoneId: 'Pacific/Pago_Pago', locale: 'fr-FR', offset: 660 },
  { timezoneId: 'America/New_York', locale: 'en-US', offset: 240 },
  { timezoneId: 'Europe/Paris', locale: 'fr-FR', offset: -120 },
  { timezoneId: 'Pacific/Kiritimati', locale: 'en-US', offset: -840 },
  { timezoneId: 'Pacific/Honolulu', locale: 'fr-FR', offset: 600 }
] as const;

test('every date shown is the same from Pago Pago to Kiritimati, in en-US and fr-FR', async ({
  browser,
  request
}) => {
  test.setTimeout(240_000); // five browsers' worth of page loads, on a busy CI machine
  const story = await builtStory(request, SEED);
  const paths = [
    ...story.events.map((e) => e.path),
    ...story.documents.map((d) => `/${SEED}/sources/${d.id}/`),
    `/embed/${SEED}/${story.events[0]!.slug}/`
  ];
  const seen: string[][] = [];
  for (const { timezoneId, locale, offset } of CONTEXTS) {
    const context = await browser.newContext({ timezoneId, locale });
    const page = await context.newPage();
    // The browser really is in that zone (2023-09-05 noon, local time).
    expect(await page.evaluate(() => new Date(2023, 8, 5, 12).getTimezoneOffset())).toBe(offset);
    seen.push(await datesShown(page, paths));
    await context.close();
  }
  for (const dates of seen.slice(1)) expect(dates).toEqual(seen[0]);
  const first = seen[0]!;
  expect(first).toContain(`/ lundi 4 septembre 2023`);
  expect(first).toContain(`/ mardi 5 septembre 2023`);
  // An event page: the story's (latest) publication date, then the event's own.
  expect(first.filter((d) => d.startsWith(`/${SEED}/jake-sullivan`)).slice(0, 2)).toEqual([
    `/${SEED}/jake-sullivan-met-en-garde-la-coree-du-nord/ mardi 12 septembre 2023`,
    `/${SEED}/jake-sullivan-met-en-garde-la-coree-du-nord/ mardi 5 septembre 2023`
  ]);
  // The follow-up's events on their fact-checked days: its "dimanche" and "mardi" read against
  // its own date (12 September), and the summit that rests on other sources.
  for (const [slug, day] of [
    ['kim-jong-un-quitte-pyongyang-en-train-blinde', 'dimanche 10 septembre 2023'],
    ['kim-jong-un-arrive-en-russie', 'mardi 12 septembre 2023'],
    ['sommet-poutine-kim-au-cosmodrome-vostotchny', 'mercredi 13 septembre 2023']
  ])
    expect(first.filter((d) => d.startsWith(`/${SEED}/${slug}/`))[1]).toBe(
      `/${SEED}/${slug}/ ${day}`
    );
  expect(first.filter((d) => /lun\. 4|1 sept\.|sept\.$/.test(d)).length).toBeGreaterThan(0);
});
