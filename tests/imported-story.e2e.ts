/**
 * A story as a TimelineJS import makes it: no documents, no actors, lanes listed, rich text,
 * a quotation its author gives, a background, the author's words for a date, a range of years,
 * http links. The test-only story tests/fixtures/stories/chronologie-importee (build with
 * TEST_STORIES=1).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { look } from './theme-look';

const STORY = 'chronologie-importee';
/** How many events the story file lists, read from it. */
const EVENT_COUNT = (
  JSON.parse(
    readFileSync(new URL(`./fixtures/stories/${STORY}/story.json`, import.meta.url), 'utf8')
  ) as { events: unknown[] }
).events.length;
const PAGES = [
  `/${STORY}/`,
  `/${STORY}/seconde-guerre-mondiale/`,
  `/${STORY}/spoutnik/`,
  `/${STORY}/premier-pas-sur-la-lune/`,
  `/${STORY}/apollo-17/`,
  `/embed/${STORY}/`,
  `/embed/${STORY}/spoutnik/`
];

/** Every request the page makes. */
function requestsOf(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

test('the story page shows the introduction under the title, and its media as a link', async ({
  page
}) => {
  await page.goto(`/${STORY}/`);
  const header = page.locator('.story-header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(
    'La conquête spatiale, chronologie importée'
  );
  const introduction = header.locator('.introduction');
  await expect(introduction.locator('em')).toHaveText('feuille TimelineJS');
  await expect(introduction.locator('strong')).toHaveText('aucun document');
  const nasa = introduction.getByRole('link', { name: 'l’histoire de la NASA' });
  await expect(nasa).toHaveAttribute('href', 'https://www.nasa.gov/history/');
  await expect(nasa).toHaveAttribute('rel', 'external noopener noreferrer nofollow');
  await expect(introduction).toContainText('(www.nasa.gov)');
  // The story's media: an http address, only ever a link.
  await expect(
    introduction.getByRole('link', { name: 'Voir sur archives.example.org' })
  ).toHaveAttribute('href', 'http://archives.example.org/affiche');
  await expect(introduction).toContainText('L’affiche de l’exposition');
  await expect(introduction.locator('img')).toHaveCount(0);
});

test('a story without documents has no source line, no sources and no sources link', async ({
  page,
  request
}) => {
  await page.goto(`/${STORY}/`);
  await expect(page.locator('.story-header .source')).toHaveCount(0);
  await expect(page.locator('nav.sources')).toHaveCount(0);
  await expect(page.locator(`a[href*="/${STORY}/sources/"]`)).toHaveCount(0);
  await expect(page.locator(`a[href*="/${STORY}/article"]`)).toHaveCount(0);
  expect((await request.get(`/${STORY}/article/`)).status()).toBe(404);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    `Chronologie : ${EVENT_COUNT} événements datés.`
  );
});

test('a panel shows the rich text as elements: a list, and a link that leaves the site', async ({
  page
}) => {
  await page.goto(`/${STORY}/seconde-guerre-mondiale/`);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('.summary strong')).toHaveText('V2');
  await expect(panel.locator('.summary ul > li')).toHaveText([
    'leur conception à Peenemünde ;',
    'leurs ingénieurs, après 1945, aux États-Unis et en URSS.'
  ]);
  await expect(panel.locator('.when time')).toHaveText('1939–1945');

  await page.goto(`/${STORY}/spoutnik/`);
  const link = panel.locator('.summary').getByRole('link', { name: 'Sa fiche' });
  await expect(link).toHaveAttribute('href', 'https://fr.wikipedia.org/wiki/Spoutnik_1');
  await expect(link).toHaveAttribute('rel', 'external noopener noreferrer nofollow');
  await expect(panel.locator('.summary')).toContainText('Sa fiche (fr.wikipedia.org)');
});

test('the author’s quotation is marked as unchecked, apart from verified quotes', async ({
  page
}) => {
  await page.goto(`/${STORY}/premier-pas-sur-la-lune/`);
  const panel = page.locator('aside.panel');
  await expect(panel.getByRole('heading', { name: 'Citations non vérifiées' })).toBeVisible();
  const quote = panel.locator('figure.attributed');
  await expect(quote.locator('blockquote')).toContainText(
    'C’est un petit pas pour l’homme, un bond de géant pour l’humanité.'
  );
  await expect(quote).toContainText('Neil Armstrong, 21 juillet 1969');
  await expect(quote).toContainText(
    'Citation donnée par l’auteur de la chronologie, non vérifiée dans un document source'
  );
  // A verified quote links to its place in a document: this one has nowhere to link to.
  await expect(quote.locator('a')).toHaveCount(0);
  await expect(panel.locator('figure.quote')).toHaveCount(0);
});

test('the author’s words for a date are the label, the computed date is given too', async ({
  page
}) => {
  await page.goto(`/${STORY}/premier-pas-sur-la-lune/`);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('.when time')).toHaveText('Été 1969');
  const facts = panel.locator('dl.facts');
  await expect(facts.locator('dt', { hasText: /^Date$/ })).toBeVisible();
  await expect(facts).toContainText('juin–août 1969');
  // The timeline's own labels keep the computed date.
  await expect(page.locator('a[data-slug="premier-pas-sur-la-lune"]').first()).not.toContainText(
    'Été 1969'
  );
});

test('an event without text of its own shows its title once, not again as its summary', async ({
  page
}) => {
  await page.goto(`/${STORY}/apollo-11-retour/`);
  const panel = page.locator('aside.panel');
  await expect(panel.locator('h2, h1').filter({ hasText: 'Retour d’Apollo 11' })).toHaveCount(1);
  await expect(panel.getByText('Retour d’Apollo 11', { exact: true })).toHaveCount(1);
});

test('the background: a swatch of its colour, and its image as a link, never loaded', async ({
  page
}) => {
  const requests = requestsOf(page);
  await page.goto(`/${STORY}/spoutnik/`);
  await page.waitForLoadState('networkidle');
  const panel = page.locator('aside.panel');
  const swatch = panel.locator('.when svg.swatch');
  await expect(swatch).toHaveAttribute('aria-hidden', 'true');
  await expect(swatch.locator('rect')).toHaveAttribute('fill', 'rgb(180, 40, 40)');
  const image = panel.getByRole('link', { name: 'Image de fond (lien externe)' });
  await expect(image).toHaveAttribute('href', 'http://images.example.org/fond-spoutnik.jpg');
  expect(requests.filter((u) => u.includes('example.org'))).toEqual([]);
});

test('no page of the story prints "undefined", and none asks for anything elsewhere', async ({
  page,
  baseURL
}) => {
  const requests = requestsOf(page);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText(), path).not.toContain('undefined');
    const head = await page.locator('head').innerHTML();
    expect(head, path).not.toContain('undefined');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body').innerText(), `${path}, printed`).not.toContain('undefined');
    await page.emulateMedia({ media: 'screen' });
  }
  const elsewhere = requests.filter((u) => new URL(u).origin !== new URL(baseURL!).origin);
  expect(elsewhere).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const)
  for (const path of PAGES.slice(0, 4))
    test(`axe finds no violation on ${path}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect((await look(page)).background).toBe(scheme);
      expect((await axeViolations(page)).violations).toEqual([]);
    });
