import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { recordIncidents } from './incidents';
import { IMPORTED_TIMELINES } from '../scripts/dev/e2e-timelines.js';
import { builtStory } from './story-data';

/** The test-only story (tests/fixtures/stories), built in by `npm run test:e2e`. */
const STORY = 'histoire-piegee';
const story = JSON.parse(readFileSync(`tests/fixtures/stories/${STORY}/story.json`, 'utf8')) as {
  title: string;
  actors: { name: string }[];
  documents: { id: string }[];
  events: { slug: string; title: string; quotes: { text: string }[] }[];
};
/** The one inline script of src/app.html (it sets the reader's theme), which the app ships. */
const themeScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))![1];

test.describe('hostile text in a story is inert', () => {
  for (const path of [
    `/${STORY}/`,
    ...story.events.map((e) => `/${STORY}/${e.slug}/`),
    ...story.documents.map((d) => `/${STORY}/sources/${d.id}/`),
    `/embed/${STORY}/`
  ]) {
    test(path, async ({ page }) => {
      const incidents = await recordIncidents(page, { allow: ['data:'] });
      expect((await page.goto(path))?.status(), 'built with TEST_STORIES=1').toBe(200);
      await page.waitForLoadState('networkidle');
      // Interact a little: move over the drawing and the text, tab through the links.
      for (const [x, y] of [
        [200, 300],
        [600, 400],
        [300, 700]
      ])
        await page.mouse.move(x!, y!);
      for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
      expect(incidents).toEqual([]);
      // Only the scripts the app ships: no <script>, <img> or handler from the story.
      const injected = await page.evaluate(
        (theme) => ({
          scripts: [...document.querySelectorAll('script')].filter(
            (s) =>
              !s.src &&
              !s.textContent?.includes('__sveltekit') &&
              s.textContent !== theme &&
              // The page's structured data, a data block never run (structured-data.e2e.ts).
              !(s.type === 'application/ld+json' && s.parentElement === document.head)
          ).length,
          images: document.querySelectorAll('img').length,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on'))
          ).length,
          javascriptLinks: [...document.querySelectorAll('a')].filter((a) =>
            a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')
          ).length
        }),
        themeScript
      );
      expect(injected).toEqual({ scripts: 0, images: 0, handlers: 0, javascriptLinks: 0 });
      // Usable: nothing pushes the page sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(1);
    });
  }

  test('renders titles, names and quotes as the text they are', async ({ page }) => {
    await page.goto(`/${STORY}/titre-script/`);
    await expect(page.locator('.panel h1')).toHaveText(story.events[0]!.title);
    await expect(page.locator('.panel blockquote')).toHaveText(
      `«\u00a0${story.events[0]!.quotes[0]!.text}\u00a0»`
    );
    await expect(page.locator('.panel .speaker')).toHaveText(story.actors[0]!.name);
    await expect(page).toHaveTitle(/<script>alert\("titre"\)<\/script> Un titre/);
    await page.goto(`/${STORY}/image-piegee/`);
    await expect(page.locator('.panel blockquote')).toContainText(
      '<img src=x onerror="alert(1)"> &amp; &lt;b&gt;gras&lt;/b&gt;'
    );
    await page.goto(`/${STORY}/texte-inverse/`);
    await expect(page.locator('.panel h1')).toContainText('🚀🇫🇷');
  });

  test('a search marks hostile words as the text they are, and runs nothing', async ({ page }) => {
    const incidents = await recordIncidents(page, { allow: ['data:'] });
    await page.goto(`/${STORY}/titre-script/?q=script%20alert`);
    const first = page.locator('.all-events ol a').first();
    await expect(first).toHaveText(story.events[0]!.title);
    await expect(first.locator('mark')).toHaveText(['script', 'alert', 'script']);
    await expect(page.locator('.panel blockquote mark').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('onerror img');
    const image = page.locator('.all-events ol a', { hasText: story.events[1]!.title });
    await expect(image.locator('mark')).toHaveText(['img', 'onerror']);
    expect(incidents).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
  });

  test('a 10,000-character quote keeps the page usable', async ({ page }) => {
    await page.goto(`/${STORY}/citation-longue/`);
    const quote = page.locator('.panel blockquote');
    expect((await quote.innerText()).length).toBeGreaterThanOrEqual(10_000);
    await expect(page.getByRole('link', { name: /Fermer/ })).toBeVisible();
    // Escape is the script's (without it, "Fermer" is a link): the script starts after the paint.
    await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/${STORY}/`);
  });
});

/** The hostile TimelineJS files (tests/fixtures/timelinejs), imported by npm run test:e2e. */
const HOSTILE_TIMELINES = IMPORTED_TIMELINES.filter((t) => t.file.includes('/hostile.'));
/** Bidi override and isolate controls, which the import removes. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

test.describe('a hostile TimelineJS timeline, imported, is inert', () => {
  test('both hostile files are imported', () => {
    expect(HOSTILE_TIMELINES.map((t) => t.file).sort()).toEqual([
      'tests/fixtures/timelinejs/hostile.csv',
      'tests/fixtures/timelinejs/hostile.json'
    ]);
  });

  for (const { id } of HOSTILE_TIMELINES)
    test(`${id}: no script runs, no markup of the file is an element, the policy holds`, async ({
      page,
      request
    }) => {
      test.setTimeout(120_000);
      const incidents = await recordIncidents(page, { allow: ['data:'], csp: true });
      const story = await builtStory(request, id);
      expect(story.events.length).toBeGreaterThan(0);
      for (const path of [
        `/${id}/`,
        ...story.events.map((e) => e.path),
        `/embed/${id}/`,
        ...story.events.map((e) => `/embed${e.path}`)
      ]) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle');
        for (const [x, y] of [
          [200, 300],
          [600, 400],
          [300, 700]
        ])
          await page.mouse.move(x!, y!);
        for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
        const found = await page.evaluate(
          (theme) => ({
            scripts: [...document.querySelectorAll('script')].filter(
              (s) =>
                !s.src &&
                !s.textContent?.includes('__sveltekit') &&
                s.textContent !== theme &&
                // The page's structured data, a data block never run (structured-data.e2e.ts).
                !(s.type === 'application/ld+json' && s.parentElement === document.head)
            ).length,
            elements: [
              ...document.querySelectorAll('iframe, object, embed, form, img, body style')
            ].map((el) => el.tagName),
            handlers: [...document.querySelectorAll('*')]
              .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
              .map((el) => el.tagName),
            // The app's own script moves the drawing with styles; none comes from the file.
            styled: [...document.querySelectorAll('[style]')]
              .map((el) => el.getAttribute('style')!)
              .filter((style) =>
                /url\(|javascript:|expression\(|color\s*:\s*red|display\s*:\s*none/i.test(style)
              ),
            unsafeLinks: [...document.querySelectorAll('a[href], [*|href]')]
              .map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '')
              .filter((href) => !/^(https?:\/\/|\/(?!\/)|#|\?|$)/i.test(href.trim()))
          }),
          themeScript
        );
        expect(found, path).toEqual({
          scripts: 0,
          elements: [],
          handlers: [],
          styled: [],
          unsafeLinks: []
        });
        // The reversing characters are gone from what the reader sees, title included.
        const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
        expect(BIDI_CONTROLS.test(text), path).toBe(false);
        // The words are there, as text: the title the import made, markup and all reduced.
        if (path === `/${id}/`) await expect(page.locator('h1').first()).toHaveText(story.title);
      }
      expect(incidents).toEqual([]);
    });
});
