import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

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

/** Fails the test on any dialog (alert), page error or script the page did not ship. */
async function guard(page: Page) {
  const incidents: string[] = [];
  page.on('dialog', async (d) => {
    incidents.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => incidents.push(`error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:'))
      incidents.push(`request: ${r.url()}`);
  });
  return incidents;
}

test.describe('hostile text in a story is inert', () => {
  for (const path of [
    `/${STORY}/`,
    ...story.events.map((e) => `/${STORY}/${e.slug}/`),
    ...story.documents.map((d) => `/${STORY}/sources/${d.id}/`),
    `/embed/${STORY}/`
  ]) {
    test(path, async ({ page }) => {
      const incidents = await guard(page);
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
            (s) => !s.src && !s.textContent?.includes('__sveltekit') && s.textContent !== theme
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
    const incidents = await guard(page);
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
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/${STORY}/`);
  });
});
