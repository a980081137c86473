import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { execFileSync } from 'node:child_process';
import { builtStory, LONG, SEED, type ExportedStory } from './story-data';
import { xmlError } from './well-formed-xml';

/**
 * The Atom feeds of the built site, read as a feed reader reads them (README, "Feeds"): each
 * story's feed, through its RFC 5005 archives when it has them, holds every event once, with
 * its title, page and summary as the story has them; every document is well-formed for a strict
 * XML parser and has what RFC 4287 requires; hostile text comes back intact; the pages announce
 * the feeds, and the home page's feed lists every story.
 */

const HOSTILE = 'histoire-piegee';
const HISTORY = 'http://purl.org/syndication/history/1.0';
/** RFC 3339 as Atom writes it: a full date-time with its offset. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface StoryIndex {
  stories: { id: string; title: string; language: string; events: number; path: string }[];
}
/**
 * The days an entry that no document dates may carry: the day its story last changed, so not
 * before this repository's first commit, nor after today (UTC). Not the Unix epoch, which a feed
 * reader shows as 1 January 1970.
 */
const firstCommitDay =
  execFileSync('git', ['log', '--reverse', '--format=%cs'], { encoding: 'utf8' }).split('\n')[0] ??
  '';
const plausibleChangeDay = (updated: string | undefined) =>
  !!updated &&
  updated.slice(0, 10) >= firstCommitDay &&
  updated.slice(0, 10) <= new Date().toISOString().slice(0, 10);

const storyIndex = async (request: APIRequestContext) =>
  (await (await request.get('/stories.json')).json()) as StoryIndex;

/** One feed document, fetched, checked against XML and RFC 4287's musts, and parsed. */
async function feedDocument(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  // The build writes application/atom+xml; a static host types a file by its extension.
  expect(response.headers()['content-type'], path).toMatch(/^application\/(atom\+)?xml/);
  const xml = await response.text();
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'), path).toBe(true);
  expect(xmlError(xml), `${path} is not well-formed XML`).toBeUndefined();
  const feed = parseAtomFeed(xml);
  expect(feed.id, path).toBeTruthy();
  expect(feed.title?.value, path).toBeTruthy();
  expect(feed.updated, path).toMatch(RFC_3339);
  const self = feed.links?.filter((l) => l.rel === 'self') ?? [];
  expect(self, path).toHaveLength(1);
  expect(new URL(self[0]!.href!).pathname, path).toBe(path);
  const entries = feed.entries ?? [];
  // Checked in plain code and asserted once: an expect per entry of a 10,000-event story is
  // 80,000 of Playwright's steps, which took the run minutes.
  const missing: string[] = [];
  for (const entry of entries) {
    if (!entry.id) missing.push(`${path}: an entry without an id`);
    if (!entry.title?.value) missing.push(`${path}: ${entry.id} without a title`);
    if (!RFC_3339.test(entry.updated ?? ''))
      missing.push(`${path}: ${entry.id} updated ${entry.updated}`);
    // An author for every entry, its own or the feed's.
    if ((entry.authors ?? feed.authors ?? []).length === 0)
      missing.push(`${path}: ${entry.id} without an author`);
  }
  expect(missing).toEqual([]);
  // The document's date is its newest entry's.
  if (entries.length > 0)
    expect(feed.updated).toBe(
      entries
        .map((e) => e.updated!)
        .sort()
        .at(-1)
    );
  return { xml, feed, entries };
}

const rel = (feed: { links?: { rel?: string; href?: string }[] }, name: string) =>
  feed.links?.find((l) => l.rel === name)?.href;

/** A story's feed: its subscription document, then its archives from the newest back. */
async function storyFeed(request: APIRequestContext, id: string) {
  const subscription = await feedDocument(request, `/${id}/feed.xml`);
  const documents: [typeof subscription, ...(typeof subscription)[]] = [subscription];
  let prev = rel(subscription.feed, 'prev-archive');
  if (!prev) expect(subscription.xml).toContain(`xmlns:fh="${HISTORY}"`);
  if (!prev) expect(subscription.xml).toContain('<fh:complete/>');
  while (prev) {
    const archive = await feedDocument(request, new URL(prev).pathname);
    expect(archive.xml, prev).toContain('<fh:archive/>');
    expect(archive.feed.id, prev).toBe(subscription.feed.id);
    expect(new URL(rel(archive.feed, 'current')!).pathname, prev).toBe(`/${id}/feed.xml`);
    expect(documents.length, 'archives that link in a circle').toBeLessThan(10_000);
    documents.push(archive);
    prev = rel(archive.feed, 'prev-archive');
  }
  return documents;
}

/** The latest day of the documents an event stands in, from the story's export. */
function reportDay(story: ExportedStory, event: ExportedStory['events'][number]) {
  const ids = new Set([...event.passages, ...event.quotes].map((p) => p.document));
  return story.documents
    .filter((d) => ids.has(d.id))
    .map((d) => d.published.date)
    .filter((d) => /^\d{4}-/.test(d))
    .sort()
    .at(-1);
}

test('each story’s feed holds every event once, as the story tells it', async ({ request }) => {
  test.setTimeout(300_000);
  const { stories } = await storyIndex(request);
  const ids = stories.map((s) => s.id);
  expect(ids).toContain(SEED);
  expect(ids, 'the hostile test story (TEST_STORIES=1)').toContain(HOSTILE);
  expect(
    stories.some((s) => s.language === 'en'),
    'an English story'
  ).toBe(true);
  for (const { id, language } of stories) {
    const story = await builtStory(request, id);
    const documents = await storyFeed(request, id);
    const [{ feed }] = documents;
    expect(feed.title?.value, id).toBe(story.title);
    expect(feed.xml?.lang, id).toBe(language);
    expect(new URL(rel(feed, 'alternate')!).pathname, id).toBe(`/${id}/`);
    const entries = documents.flatMap((d) => d.entries);
    expect(entries.length, id).toBe(story.events.length);
    const bySlug = new Map(story.events.map((e) => [e.slug, e]));
    const seen = new Set<string>();
    const wrong: string[] = []; // asserted once (see feedDocument)
    const differ = (what: string, got: unknown, want: unknown) => {
      if (got !== want) wrong.push(`${what}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
    };
    for (const entry of entries) {
      const page = new URL(entry.id!).pathname;
      const slug = page.split('/').at(-2)!;
      const event = bySlug.get(slug);
      if (!event) {
        wrong.push(`${id}: an entry of no event, ${entry.id}`);
        continue;
      }
      differ(`${entry.id} page`, page, `/${id}/${slug}/`);
      if (seen.has(slug)) wrong.push(`${id}: ${slug} twice`);
      seen.add(slug);
      differ(
        `${entry.id} alternate`,
        entry.links?.find((l) => l.rel === 'alternate')?.href,
        entry.id
      );
      differ(`${entry.id} title`, entry.title?.value, event.title);
      differ(`${entry.id} summary`, entry.summary?.value, event.summary);
      const day = reportDay(story, event);
      if (day) differ(`${entry.id} updated`, entry.updated, `${day}T00:00:00Z`);
      // Else its sources or the story date it, or the day the story last changed: never the
      // Unix epoch, which a feed reader shows as 1 January 1970.
      else if (entry.updated?.startsWith('1970-01-01'))
        wrong.push(`${entry.id}: updated ${entry.updated}`);
    }
    expect(wrong, id).toEqual([]);
    // Newest report first, across the documents (each archive newest first too).
    const updated = entries.map((e) => e.updated!);
    const newestFirst = [...updated].sort().reverse();
    expect(
      updated.findIndex((u, i) => u !== newestFirst[i]),
      `${id}: the first entry out of order`
    ).toBe(-1);
  }
});

test('the seed story’s entries carry their date, the outlet and the page', async ({ request }) => {
  const story = await builtStory(request, SEED);
  const [{ feed, entries }] = await storyFeed(request, SEED);
  expect(feed.authors?.map((a) => a.name)).toEqual([
    ...new Set(story.documents.map((d) => d.outlet))
  ]);
  for (const entry of entries) {
    const event = story.events.find((e) => entry.id!.endsWith(`/${e.slug}/`))!;
    const [date] = entry.categories ?? [];
    expect(date?.scheme, entry.id).toBe('http://id.loc.gov/datatypes/edtf');
    expect(date?.term?.startsWith(event.date.start.slice(0, 4)), entry.id).toBe(true);
    // The label is the date the event's page shows.
    const page = await (await request.get(new URL(entry.id!).pathname)).text();
    expect(page, entry.id).toContain(date!.label!);
    expect(entry.content?.value, entry.id).toContain(date!.label!);
  }
  // The event's page is there.
  const response = await request.get(new URL(entries[0]!.id!).pathname);
  expect(response.status()).toBe(200);
});

test('the hostile story’s texts come out escaped, and back intact', async ({ request }) => {
  const story = await builtStory(request, HOSTILE);
  const [{ xml, feed, entries }] = await storyFeed(request, HOSTILE);
  expect(xml).not.toMatch(/<script|<img|<i>/);
  expect(xml).toContain('&lt;script&gt;');
  expect(feed.title?.value).toBe(story.title);
  expect(feed.authors?.map((a) => a.name)).toEqual(story.documents.map((d) => d.outlet));
  expect(entries.map((e) => e.title?.value).sort()).toEqual(
    story.events.map((e) => e.title).sort()
  );
  expect(entries.map((e) => e.summary?.value).sort()).toEqual(
    story.events.map((e) => e.summary).sort()
  );
});

test('the 10,000-event story’s feed is paged into archives of 100', async ({ request }) => {
  test.setTimeout(300_000);
  const { stories } = await storyIndex(request);
  const long = stories.find((s) => s.id === LONG);
  test.skip(!long, `${LONG} is not in this build (npm run test:e2e builds it)`);
  const documents = await storyFeed(request, LONG);
  expect(documents.length).toBe(long!.events / 100);
  for (const d of documents) expect(d.entries).toHaveLength(100);
  // No document is the multi-megabyte whole.
  for (const d of documents) expect(d.xml.length).toBeLessThan(500_000);
});

test('an imported timeline’s entries, which nothing dates, carry the day the story last changed', async ({
  request
}) => {
  const imported = await builtStory(request, 'chronologie-importee');
  expect(imported.documents, 'a story without documents').toEqual([]);
  const entries = (await storyFeed(request, 'chronologie-importee')).flatMap((d) => d.entries);
  expect(entries).toHaveLength(imported.events.length);
  for (const entry of entries) {
    expect(plausibleChangeDay(entry.updated), `${entry.id}: ${entry.updated}`).toBe(true);
    expect(entry.published, 'no day of publication is claimed').toBeUndefined();
  }
});

test('the home page’s feed has one entry per story', async ({ request }) => {
  const { stories } = await storyIndex(request);
  const { feed, entries } = await feedDocument(request, '/feed.xml');
  expect(new URL(rel(feed, 'alternate')!).pathname).toBe('/');
  expect(entries).toHaveLength(stories.length);
  const byPath = new Map(entries.map((e) => [new URL(e.id!).pathname, e]));
  for (const story of stories) {
    const entry = byPath.get(story.path);
    expect(entry, story.id).toBeDefined();
    expect(entry!.title?.value).toBe(story.title);
    expect(entry!.summary?.value, story.id).toBeTruthy();
    expect(entry!.xml?.lang, story.id).toBe(story.language);
    // Dated as the story's own feed.
    const own = await feedDocument(request, `/${story.id}/feed.xml`);
    expect(entry!.updated, story.id).toBe(own.feed.updated);
  }
});

/** The Atom feeds a page announces in its head. */
async function announced(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"([^>]*)>/g)].map(
    (m) => ({
      href: /href="([^"]+)"/.exec(m[1]!)?.[1],
      title: /title="([^"]+)"/.exec(m[1]!)?.[1]
    })
  );
}

test('the home page, a story, an event, a list and a document page announce their feed', async ({
  request
}) => {
  const { stories } = await storyIndex(request);
  const seed = await builtStory(request, SEED);
  const paged = stories.find((s) => s.events > 100);
  expect(paged, 'a story with list pages').toBeDefined();
  const pages: [string, string][] = [
    ['/', '/feed.xml'],
    [`/${SEED}/`, `/${SEED}/feed.xml`],
    [`/${SEED}/${seed.events[0]!.slug}/`, `/${SEED}/feed.xml`],
    [`/${paged!.id}/liste/2/`, `/${paged!.id}/feed.xml`],
    [`/${SEED}/sources/${seed.documents[0]!.id}/`, `/${SEED}/feed.xml`]
  ];
  for (const [page, feed] of pages) {
    const links = await announced(request, page);
    expect(
      links.map((l) => l.href),
      page
    ).toEqual([feed]);
    expect(links[0]!.title, page).toBeTruthy();
    // The file is there, and is the feed it says.
    await feedDocument(request, feed);
  }
});

test('the head names the right feed after the client has moved to another page', async ({
  page
}) => {
  const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await page.goto(`/${SEED}/`);
  await expect(feeds).toHaveAttribute('href', `/${SEED}/feed.xml`);
  // The client has started (it draws the timeline and marks it): the next page is its own.
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.locator('header a.brand').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(feeds).toHaveCount(1);
  await expect(feeds).toHaveAttribute('href', '/feed.xml');
  // The same document: the client moved, not a new page load.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
