/**
 * oEmbed (oembed.com, 1.0), read as a content-management system reads it: from a story's or an
 * event's page, its discovery link; from the link, the JSON; from the JSON, the thumbnail and
 * the html, pasted into a partner's page, where it must show the right embed and fit it. On the
 * seed story, the English story, the hostile one and the 10,000-event one (a sample of its
 * events, as tests/story-data.ts samples them).
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { pngSize } from './png';
import { builtPages, LONG, LONG_EN, SEED } from './story-data';

/** The public origin the site was built with (SITE_ORIGIN, or the preview server's). */
const ORIGIN = process.env.SITE_ORIGIN?.replace(/\/$/, '') || 'http://localhost:4173';
/** The test-only story of hostile text (TEST_STORIES=1). */
const HOSTILE = 'histoire-piegee';
const STORIES = [SEED, LONG_EN, HOSTILE, LONG];

/** The story pages and event pages of those stories that the build made (a long one sampled). */
const PAGES = builtPages().filter((path) => {
  const [story, event, more] = path.split('/').slice(1, -1);
  return STORIES.includes(story!) && more === undefined && event !== 'article';
});

interface OEmbed {
  [field: string]: unknown;
  html: string;
  title: string;
  thumbnail_url: string;
}

/** An address of the site, as the built files give it (on SITE_ORIGIN), where the tests serve it. */
function served(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  return url.slice(ORIGIN.length);
}

/** What a CMS finds on the page: the discovery link, and the JSON it names, parsed. */
async function discover(page: Page, request: APIRequestContext, path: string) {
  expect((await page.goto(path))?.status(), path).toBe(200);
  const links = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  await expect(links).toHaveCount(1);
  const href = (await links.getAttribute('href'))!;
  // Absolute, and the page's own file beside it.
  expect(href).toBe(`${ORIGIN}${path}oembed.json`);
  expect(await links.getAttribute('title')).toBe(await page.title());
  const response = await request.get(served(href));
  expect(response.status(), href).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json\b/);
  return JSON.parse(await response.text()) as OEmbed;
}

/** The code "Intégrer" gives on the story's page, as its text box shows it. */
async function embedButtonCode(page: Page, story: string): Promise<string> {
  await page.goto(`/${story}/`);
  const code = page.locator('details.embed textarea');
  await expect(code).toHaveCount(1);
  return code.inputValue();
}

test.describe('each page announces an oEmbed response of the embed it gives', () => {
  test('the sample covers a story page and an event page of each story', () => {
    for (const story of STORIES) {
      expect(PAGES, 'built with the e2e stories').toContain(`/${story}/`);
      expect(PAGES.filter((p) => p.startsWith(`/${story}/`)).length).toBeGreaterThan(1);
    }
  });

  for (const path of PAGES) {
    test(path, async ({ page, request }) => {
      const [story, event] = path.split('/').slice(1, -1) as [string, string | undefined];
      const json = await discover(page, request, path);
      const title = await page.title();
      const siteName = await page.locator('meta[property="og:site_name"]').getAttribute('content');
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');

      // The fields oEmbed 1.0 requires of a rich embed, of the types it says.
      expect(json).toMatchObject({ version: '1.0', type: 'rich' });
      for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age'])
        expect(Number.isInteger(json[field]) && (json[field] as number) > 0, field).toBe(true);
      // What the page says of itself, the hostile story's text intact.
      expect(json.title).toBe(title);
      expect(json.provider_name).toBe(siteName);
      expect(json.provider_url).toBe(`${ORIGIN}/`);
      if (story === SEED) expect(json.author_name).toBe('AFP et Libération');
      if ('author_name' in json) expect(typeof json.author_name).toBe('string');
      // The thumbnail is the page's share image, a PNG of the size stated.
      expect(json.thumbnail_url).toBe(image);
      expect(await pngSize(request, served(json.thumbnail_url))).toEqual({
        width: json.thumbnail_width,
        height: json.thumbnail_height
      });

      // The html is the code "Intégrer" gives: on the story's page, its very text; an event's
      // (its page has no button) is the same code for the event's embed.
      const code = event
        ? await embedButtonCode(page, story)
        : await page.locator('details.embed textarea').inputValue();
      const storyEmbed = `src="${ORIGIN}/embed/${story}/"`;
      expect(code).toContain(storyEmbed);
      expect(json.html).toBe(
        event ? code.replace(storyEmbed, `src="${ORIGIN}/embed/${story}/${event}/"`) : code
      );
      expect(json.html).toContain(`height="${json.height}"`);
    });
  }
});

test.describe('its html, pasted into a partner’s page, shows the embed and fits it', () => {
  /** A story page and an event page of each story. */
  const MOUNTED = STORIES.flatMap((story) => {
    const own = PAGES.filter((p) => p.startsWith(`/${story}/`));
    return [own.find((p) => p === `/${story}/`), own.find((p) => p !== `/${story}/`)];
  }).filter((path) => path !== undefined);

  for (const path of MOUNTED) {
    test(path, async ({ page, request, baseURL }) => {
      const [story, event] = path.split('/').slice(1, -1) as [string, string | undefined];
      const json = await discover(page, request, path);
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // The partner's page, on an origin of its own; the site's addresses (on SITE_ORIGIN in
      // the built files) are answered by the server the tests run.
      await page.route(`${ORIGIN}/**`, async (route) =>
        route.fulfill({
          response: await route.fetch({ url: baseURL + served(route.request().url()) })
        })
      );
      await page.route('http://partenaire.example/**', (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="fr"><head><title>Un article</title></head><body><h1>Un article hôte</h1>${json.html}<p>La suite de l’article.</p></body></html>`
        })
      );
      await page.goto('http://partenaire.example/article/');

      const frames = page.locator('iframe');
      await expect(frames).toHaveCount(1);
      const embedUrl = `${ORIGIN}/embed/${story}/${event ? `${event}/` : ''}`;
      expect(await frames.getAttribute('src')).toBe(embedUrl);
      await expect.poll(() => page.frame({ url: embedUrl }) !== null).toBe(true);
      const frame = page.frame({ url: embedUrl })!;
      // The embed of that story, or of that event: its title ("… — chronologie intégrée")
      // names the story, or the event (whose page title adds its date).
      const before = (text: string) => text.slice(0, text.lastIndexOf(' — '));
      await expect
        .poll(() => frame.title().then(before))
        .toBe(event ? before(json.title) : json.title);
      // The embed posts its height; the snippet's script, listening to the site's origin
      // only, sets it on the iframe (which has no height in its style before).
      await expect
        .poll(async () => {
          const set = await frames.evaluate((f: HTMLIFrameElement) => f.style.height);
          const content = await frame.evaluate(() => document.documentElement.scrollHeight);
          return set === `${Math.ceil(content)}px`;
        })
        .toBe(true);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
