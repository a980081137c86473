/**
 * An English story's pages speak English: `lang="en"`, dates in English, no French interface
 * word in what a reader sees or hears (text, aria-labels, titles), and no accessibility
 * violation. Run on the 1,000-event English synthetic story that npm run test:e2e generates
 * and builds in (npm run synthetic -- 1000 1 .generated/stories --lang en).
 */
import { expect, test, type Page } from '@playwright/test';
import { CALENDAR_WORDS } from '../src/lib/story/calendar-words.js';
import { axeViolations } from './axe';
import { frenchWordsIn } from './french-words';
import { builtStory, LONG_EN, type ExportedStory } from './story-data';

let story: ExportedStory;

test.beforeAll(async ({ request }) => {
  story = await builtStory(request, LONG_EN);
});

/** Everything a reader sees or a screen reader says on the page, one string. */
async function whatThePageSays(page: Page): Promise<string> {
  return page.evaluate(() => {
    const said = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder], [aria-description], [aria-roledescription]'
    ))
      for (const name of [
        'aria-label',
        'title',
        'alt',
        'placeholder',
        'aria-description',
        'aria-roledescription'
      ])
        said.push(el.getAttribute(name) ?? '');
    // SVG titles and the hidden text read aloud are not in innerText.
    for (const el of document.querySelectorAll('svg title, .visually-hidden, .sr-only'))
      said.push(el.textContent ?? '');
    // What a share card says (its address is not words: "/liste/2/" is a path).
    for (const el of document.querySelectorAll(
      'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:site_name"], meta[property="og:image:alt"], meta[name^="twitter:"]'
    ))
      said.push(el.getAttribute('content') ?? '');
    return said.join('\n');
  });
}

/** The pages of the English story a reader reaches: story, an event, a list page, the embed. */
function pages(): { name: string; path: string }[] {
  const event = story.events.find((e) => e.date.precision === 'day')!;
  return [
    { name: 'the story page', path: `/${story.id}/` },
    { name: 'an event page', path: event.path },
    { name: 'a list page', path: `/${story.id}/liste/2/` },
    { name: 'its embed', path: `/embed/${story.id}/` },
    { name: 'an embedded event', path: `/embed/${story.id}/${event.slug}/` }
  ];
}

const NAMES = ['the story page', 'an event page', 'a list page', 'its embed', 'an embedded event'];

for (const name of NAMES) {
  test(`${name} of the English story is in English, with no French interface word`, async ({
    page
  }) => {
    const { path } = pages().find((p) => p.name === name)!;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(frenchWordsIn(await whatThePageSays(page)), path).toEqual([]);
  });

  test(`axe finds no violation on ${name} of the English story`, async ({ page }) => {
    const { path } = pages().find((p) => p.name === name)!;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect((await axeViolations(page)).violations).toEqual([]);
  });
}

test('an English event’s page gives its day in English', async ({ page }) => {
  const event = story.events.find((e) => e.date.precision === 'day')!;
  const [year, month, day] = event.date.start.split('-').map(Number) as [number, number, number];
  await page.goto(event.path);
  const time = page.locator(`main time[datetime="${event.date.start}"]`).first();
  await expect(time).toBeVisible();
  const shown = (await time.textContent())!;
  // The English month, in full or short ("September", "Sep", "Sept."), the day and the year.
  const english = CALENDAR_WORDS.en.months[month - 1]!;
  expect(shown).toMatch(new RegExp(`\\b${english.slice(0, 3)}`));
  expect(shown).toMatch(new RegExp(`\\b${day}\\b`));
  expect(shown).toContain(String(year));
  expect(frenchWordsIn(shown)).toEqual([]);
});

test('the English story’s expressions are read by the English rules, in English', async () => {
  const expressions = story.events.flatMap((e) => e.date.expression ?? []);
  // The generator gives most events the words of their date (over half of them).
  expect(expressions.length).toBeGreaterThan(story.events.length / 2);
  for (const x of expressions.slice(0, 500)) {
    expect(frenchWordsIn(x.text)).toEqual([]);
    expect(frenchWordsIn(x.resolved.explanation)).toEqual([]);
  }
});
