import { expect, test } from '@playwright/test';
import { builtStory, SEED, type ExportedStory } from './story-data';

let story: ExportedStory;

test.beforeAll(async ({ request }) => {
  story = await builtStory(request, SEED);
  expect(story, 'the seed story is exported').toBeDefined();
});

/** The seed story's events in the order the facts give (../shared/facts/seed-story-facts.md). */
const FACT_CHECKED_ORDER = [
  'visite-de-choigou-en-coree-du-nord',
  'defile-militaire-aux-cotes-de-kim-jong-un',
  'la-maison-blanche-denonce-la-visite-de-choigou',
  'la-maison-blanche-kim-veut-se-rendre-en-russie',
  'choigou-evoque-des-exercices-conjoints',
  'le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang',
  'jake-sullivan-met-en-garde-la-coree-du-nord',
  'le-kremlin-refuse-de-confirmer-le-sommet',
  'kim-jong-un-quitte-pyongyang-en-train-blinde',
  'kim-jong-un-arrive-en-russie',
  'sommet-poutine-kim-au-cosmodrome-vostotchny'
];
test('the home page shows the story, its source and every event in chronological order', async ({
  page
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Chronologie de l’actualité');
  const section = page.locator('section', { hasText: story.title });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(story.title);
  await expect(section).toContainText(
    'Dépêches AFP et Libération, la dernière publiée le mardi 12 septembre 2023'
  );

  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(story.events.length);
  const shown = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector('time')!.getAttribute('datetime')!,
      title: li.querySelector('a')!.textContent!.trim(),
      href: li.querySelector('a')!.getAttribute('href')!
    }))
  );
  expect(shown.map((e) => e.date)).toEqual([...shown.map((e) => e.date)].sort());
  // The fact-checked order, independent of the app's own sort.
  expect(shown.map((e) => e.href.split('/')[2])).toEqual(FACT_CHECKED_ORDER);
  expect(shown.map((e) => e.title)).toEqual(story.events.map((e) => e.title));
  expect(shown.map((e) => e.href)).toEqual(story.events.map((e) => e.path));
  // The French dates of the seed, first and last.
  await expect(items.first().locator('time')).toHaveText('du 25 au 27 juillet 2023');
  await expect(items.last().locator('time')).toHaveText('mercredi 13 septembre 2023');
});

test('the story page lists every event in the fact-checked order', async ({ page }) => {
  await page.goto(`/${SEED}/`);
  const links = page.locator('.all-events li a');
  await expect(links).toHaveCount(story.events.length);
  const slugs = await links.evaluateAll((as) =>
    as.map((a) => a.getAttribute('href')!.split('/')[2])
  );
  expect(slugs).toEqual(FACT_CHECKED_ORDER);
  await expect(page.locator('.all-events li').last().locator('time')).toHaveText(
    'mercredi 13 septembre 2023'
  );
});

test('every event page opens directly by its URL with its date, actors and quotes', async ({
  page
}) => {
  for (const event of story.events) {
    const response = await page.goto(event.path);
    expect(response?.status(), event.path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.locator('.summary')).toHaveText(event.summary);
    const quotes = page.locator('blockquote');
    await expect(quotes).toHaveCount(event.quotes.length);
    for (const [i, quote] of event.quotes.entries()) {
      await expect(quotes.nth(i)).toHaveText(`«\u00a0${quote.text}\u00a0»`);
      const speaker = story.actors.find((a) => a.id === quote.speaker)!;
      await expect(page.locator(`#${quote.id} figcaption`)).toContainText(speaker.name);
    }
    for (const id of event.actors) {
      const actor = story.actors.find((a) => a.id === id)!;
      await expect(page.locator('.actors')).toContainText(actor.name);
    }
    if (event.date.expression)
      await expect(page.locator('dd', { hasText: '→' })).toContainText(
        `« ${event.date.expression.text} » →`
      );
  }
});

test('an event page shows the date as the article says it and as resolved', async ({ page }) => {
  await page.goto(`/${SEED}/la-maison-blanche-kim-veut-se-rendre-en-russie/`);
  await expect(page.locator('.event .when time')).toHaveText('lundi 4 septembre 2023');
  await expect(page.getByText('« Lundi » → lundi 4 septembre 2023')).toBeVisible();
  await expect(page.locator('figcaption')).toHaveCount(2);
  await expect(page.locator('figcaption').first()).toContainText('Adrienne Watson');

  await page.goto(`/${SEED}/visite-de-choigou-en-coree-du-nord/`);
  await expect(page.locator('.event .when time')).toHaveText('du 25 au 27 juillet 2023');
  await expect(page.getByText('« fin juillet » → fin juillet 2023')).toBeVisible();
  await expect(page.getByText('UrduPoint')).toBeVisible();

  await page.goto(`/${SEED}/la-maison-blanche-denonce-la-visite-de-choigou/`);
  await expect(page.getByText('Aucun document de l’histoire ne date cet événement')).toBeVisible();
  await expect(page.getByText('Date établie par')).toBeVisible();
});

test('links move between the home page, the story and its events in the app', async ({ page }) => {
  const [first, second] = story.events;
  await page.goto('/');
  await page.getByRole('link', { name: first!.title, exact: true }).click();
  await expect(page).toHaveURL(first!.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
  await page.getByRole('link', { name: `${second!.title} →` }).click();
  await expect(page).toHaveURL(second!.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await page.getByRole('link', { name: /Fermer/ }).click();
  await expect(page).toHaveURL(`/${SEED}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page, the story and an event page are complete', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('section', { hasText: story.title }).locator('li')).toHaveCount(
      story.events.length
    );
    await page.goto(`/${SEED}/`);
    await expect(page.locator('.all-events li')).toHaveCount(story.events.length);
    const last = story.events.at(-1)!;
    await page.getByRole('link', { name: last.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
    await expect(page.locator('blockquote')).toHaveCount(last.quotes.length);
  });
});

test.describe('unknown addresses', () => {
  for (const path of [`/${SEED}/evenement-inconnu/`, '/histoire-inconnue/', '/nimporte/quoi/ici']) {
    test(`${path} gets the site's 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle(/Page introuvable/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
      // Styled (root-relative stylesheet found at any depth) and with a way back.
      const background = await page
        .locator('header')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      await page.getByRole('link', { name: /Voir toutes les histoires/ }).click();
      await expect(page).toHaveURL('/');
      await expect(page.locator('section', { hasText: story.title }).locator('li')).toHaveCount(
        story.events.length
      );
    });
  }
});

test('a static server that adds no ".html" serves every page, with or without the slash', async ({
  request
}) => {
  for (const event of story.events) {
    expect((await request.get(event.path)).status(), event.path).toBe(200);
    const bare = await request.get(event.path.slice(0, -1), { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers().location).toBe(event.path);
  }
});

test('/<story>/story.json exports the validated story with canonical paths', async ({
  request
}) => {
  const response = await request.get(`/${SEED}/story.json`);
  expect(response.headers()['content-type']).toContain('application/json');
  const exported = (await response.json()) as ExportedStory;
  // The two documents, as ../shared/facts/seed-story-facts.md and the issue date them.
  expect(exported.documents.map((d) => [d.outlet, d.published.date])).toEqual([
    ['AFP', '2023-09-05'],
    ['Libération', '2023-09-12']
  ]);
  expect(exported.events.map((e) => e.slug)).toEqual(FACT_CHECKED_ORDER);
  for (const event of exported.events) {
    expect(event.path).toBe(`/${SEED}/${event.slug}/`);
    for (const quote of event.quotes)
      expect(
        exported.documents.find((d) => d.id === quote.document)!.text.slice(quote.start, quote.end)
      ).toBe(quote.text);
  }
});

test('/story.json exports the lead story, in the same format', async ({ request }) => {
  const index = (await (await request.get('/stories.json')).json()) as {
    stories: { id: string; published?: string; json: string }[];
  };
  // The most recently published; of two on one day, the first by id. A story without
  // documents has no publication date: it leads only when no story has one.
  const published = index.stories.filter((s) => s.published !== undefined);
  const [first] = [...published].sort(
    (a, b) => b.published!.localeCompare(a.published!) || a.id.localeCompare(b.id)
  );
  const lead = await (await request.get('/story.json')).json();
  const own = await (await request.get(first!.json)).json();
  expect(lead.id).toBe(first!.id);
  expect(lead).toEqual(own);
});
