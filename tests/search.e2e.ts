/**
 * Finding events (issue 12): the search box (?q=) and the lanes shown (?voies=), on the seed
 * story and on the 10,000-event one.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { builtStory, LONG, SEED, type ExportedStory } from './story-data';

test.use({ viewport: { width: 1280, height: 800 } });

const STORY = `/${SEED}/`;
const KREMLIN = 'le-kremlin-refuse-de-confirmer-le-sommet';
const box = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher' });
const listed = (page: Page) => page.locator('.all-events ol a');
const status = (page: Page) => page.locator('.search [role="status"]');

/**
 * What a reader would expect a search to find, worked out here on the story's export, apart
 * from the app: every word typed begins a word of the event's title, summary, quotes, speakers
 * or actors' names, accents and case aside.
 */
function expected(story: ExportedStory, query: string): string[] {
  const plain = (text: string) =>
    text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe');
  const words = (text: string) => plain(text).split(/[^\p{L}\p{N}]+/u);
  const name = (id: string) => story.actors.find((a) => a.id === id)!.name;
  const terms = words(query).filter(Boolean);
  return story.events
    .filter((event) => {
      const text = words(
        [
          event.title,
          event.short ?? '',
          event.summary,
          ...event.quotes.flatMap((q) => [q.text, q.translation?.en ?? '', name(q.speaker)]),
          ...event.actors.map(name),
          ...event.quotes.map((q) => q.outlet ?? ''),
          event.claim.outlet ?? ''
        ].join(' ')
      );
      return terms.every((term) => text.some((word) => word.startsWith(term)));
    })
    .map((event) => event.title);
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.horizontal.only')).toBeVisible();
}

test('a search ignores case and accents, filters the list with its count and marks the words', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  await open(page, STORY);
  await box(page).pressSequentially('choigou');
  const found = expected(story, 'choigou');
  expect(found.length).toBeGreaterThan(1);
  expect(found.length).toBeLessThan(story.events.length);
  await expect(listed(page)).toHaveText(found);
  await expect(status(page)).toHaveText(`${found.length} événements sur ${story.events.length}`);
  await expect(page.locator('.all-events h2')).toContainText(
    `${found.length} événements sur ${story.events.length}`
  );
  // The words found are marked in the list, as written ("Choïgou").
  await expect(listed(page).first().locator('mark')).toHaveText('Choïgou');
  // The timeline dims the others, and only them.
  await expect(page.locator('.horizontal a.mark.dimmed')).toHaveCount(
    story.events.length - found.length
  );
  await expect(page).toHaveURL(`${STORY}?q=choigou`);
});

test('"peskov" finds the Kremlin’s refusal, by its speaker, and marks him in the panel', async ({
  page
}) => {
  await open(page, `${STORY}?q=peskov`);
  await expect(box(page)).toHaveValue('peskov');
  await expect(listed(page)).toHaveCount(1);
  await listed(page).first().click();
  await expect(page).toHaveURL(`/${SEED}/${KREMLIN}/?q=peskov`);
  await expect(page.locator('.panel figcaption .speaker mark')).toHaveText('Peskov');
  // A word of the quote itself is marked in the quote.
  await box(page).fill('rien');
  await expect(page.locator('.panel blockquote mark')).toHaveText('rien');
});

test('a link to a search opens with it; Back leaves the search in one step', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  await open(page, STORY);
  await box(page).pressSequentially('maison blanche');
  const found = expected(story, 'maison blanche');
  await expect(listed(page)).toHaveText(found);
  await expect(page).toHaveURL(`${STORY}?q=maison%20blanche`);
  // The same address, opened afresh, gives the same results.
  await open(page, `${STORY}?q=maison%20blanche`);
  await expect(box(page)).toHaveValue('maison blanche');
  await expect(listed(page)).toHaveText(found);
  // Typing made one history entry, not one per key.
  await open(page, STORY);
  await box(page).pressSequentially('kim');
  await expect(page).toHaveURL(`${STORY}?q=kim`);
  await page.goBack();
  await expect(page).toHaveURL(STORY);
  await expect(box(page)).toHaveValue('');
  await expect(listed(page)).toHaveCount(story.events.length);
});

test('← and → step through the matches only; Escape in the box clears the search', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  const found = expected(story, 'choigou');
  const slugs = story.events.filter((e) => found.includes(e.title)).map((e) => e.slug);
  await open(page, `${STORY}?q=choigou`);
  await listed(page).first().click();
  await expect(page).toHaveURL(`/${SEED}/${slugs[0]}/?q=choigou`);
  await page.locator(`.horizontal a[data-slug="${slugs[0]}"]`).focus();
  for (const slug of slugs.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(`/${SEED}/${slug}/?q=choigou`);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(`/${SEED}/${slugs.at(-2)}/?q=choigou`);
  // Escape in the box clears it; the panel stays open.
  await box(page).focus();
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(page).toHaveURL(`/${SEED}/${slugs.at(-2)}/`);
  await expect(listed(page)).toHaveCount(story.events.length);
  await expect(page.locator('.panel')).toBeVisible();
});

test('"Tout voir" fits the matches', async ({ page }) => {
  await open(page, `${STORY}?q=sullivan`);
  const viewport = (await page.locator('.horizontal .viewport').boundingBox())!;
  const found = page.locator('.horizontal a.mark.found');
  await expect(found.first()).toBeVisible();
  await page.getByRole('button', { name: 'Tout voir' }).click();
  // Zoomed in on what was found (one day: as far as the zoom goes), all of it on screen.
  await expect(page.getByRole('button', { name: 'Zoom arrière' })).toBeEnabled();
  for (const mark of await found.all()) {
    const shape = (await mark.locator('path.shape, rect.band').first().boundingBox())!;
    expect(shape.x).toBeGreaterThanOrEqual(viewport.x);
    expect(shape.x + shape.width).toBeLessThanOrEqual(viewport.x + viewport.width);
  }
});

test('a search that finds nothing says so', async ({ page }) => {
  await open(page, STORY);
  await box(page).fill('zzzz');
  await expect(status(page)).toHaveText('aucun événement sur 8');
  await expect(listed(page)).toHaveCount(0);
  await expect(page.locator('.all-events')).toContainText('Aucun événement ne contient ces mots');
});

test('the lanes are toggles: a hidden lane leaves the drawing, the list and the address', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  await open(page, STORY);
  const moscou = page.getByRole('button', { name: 'Moscou', exact: true });
  await expect(moscou).toHaveAttribute('aria-pressed', 'true');
  await moscou.click();
  await expect(moscou).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(`${STORY}?voies=washington,pyongyang,presse`);
  const kept = story.events.filter((e) => e.lane !== 'moscou');
  await expect(listed(page)).toHaveText(kept.map((e) => e.title));
  for (const event of story.events)
    await expect(page.locator(`.horizontal a[data-slug="${event.slug}"]`)).toHaveCount(
      event.lane === 'moscou' ? 0 : 1
    );
  // ← / → skip the hidden lane's events too; the address survives a reload.
  await open(page, `${STORY}?voies=washington,pyongyang,presse`);
  await expect(page.getByRole('button', { name: 'Moscou', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false'
  );
  await expect(listed(page)).toHaveCount(kept.length);
  await page.getByRole('button', { name: 'Moscou', exact: true }).click();
  await expect(page).toHaveURL(STORY);
  await expect(listed(page)).toHaveCount(story.events.length);
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no violation with a search active and a lane hidden (${scheme})`, async ({
    page
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `/${SEED}/${KREMLIN}/?q=choigou&voies=washington,moscou,presse`);
    await expect(page.locator('.horizontal a.mark.dimmed').first()).toBeVisible();
    await expect(page.locator('.all-events ol mark').first()).toBeVisible();
    expect((await axeViolations(page)).violations).toEqual([]);
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no search box is offered (nothing could answer it); the list is whole', async ({
    page
  }) => {
    await page.goto(`${STORY}?q=choigou`);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(listed(page)).toHaveCount(11);
  });
});

test.describe('a story of 10,000 events', () => {
  test('a search finds what the story holds, fetching its words once, on first use', async ({
    page
  }) => {
    const story = JSON.parse(readFileSync(`build/${LONG}/story.json`, 'utf8')) as ExportedStory;
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('/search.json') && fetched.push(r.url()));
    await page.goto(`/${LONG}/`);
    await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
    expect(fetched).toHaveLength(0); // a reader who never searches never pays for it
    const query = story.actors[3]!.name.split(' ').slice(0, 2).join(' ');
    const found = expected(story, query);
    expect(found.length).toBeGreaterThan(100);
    await box(page).pressSequentially(query);
    await expect(status(page)).toHaveText(
      `${found.length.toLocaleString('fr-FR')} événements sur 10\u202f000`
    );
    // The list shows the first hundred matches, and more on demand.
    await expect(listed(page)).toHaveCount(100);
    await expect(listed(page)).toHaveText(found.slice(0, 100));
    await page.getByRole('button', { name: /Afficher les \d+ suivants/ }).click();
    await expect(listed(page)).toHaveCount(Math.min(200, found.length));
    expect(fetched).toHaveLength(1);
    // Hiding a lane narrows the matches to the lanes shown.
    await page.getByRole('button', { name: 'Justice', exact: true }).click();
    const lanes = new Map(story.events.map((e) => [e.title, e.lane]));
    const kept = found.filter((title) => lanes.get(title) !== 'justice');
    await expect(status(page)).toHaveText(
      `${kept.length.toLocaleString('fr-FR')} événement${kept.length > 1 ? 's' : ''} sur 10\u202f000`
    );
  });
});
