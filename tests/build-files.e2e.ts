import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { builtStory } from './story-data';

/**
 * The build makes its pages from the routes' `entries`, not by following links
 * (svelte.config.js, `crawl: false`): so every page a story calls for must be listed there, and
 * nothing else is made. Here the built files are counted against the stories: each story's
 * page, event pages and list pages, the embed's twins of each, the source documents' pages,
 * every page's `__data.json`, the share images, the data files, the oEmbed responses. A page
 * left out of an `entries` export would be missing here (and a broken link for a reader); a
 * page that comes from nowhere would be one too many. 10,000 events make 50,000 of these files.
 */

const BUILD = process.env.E2E_BUILD_DIR ?? 'build';
/** As src/lib/story/page-data.ts: 100 events a list page, event images up to 200 events. */
const LIST_PAGE_SIZE = 100;
const EVENT_IMAGES_MAX = 200;
/** As src/lib/feed/archive.ts: a feed document holds 100 entries, the rest go to archives. */
const FEED_ENTRIES_MAX = 100;
/** The site's pages that are no story's (each with a server load: its `__data.json` too). */
const STATIC_PAGES = ['/', '/atelier/'];
const DATA_FILES = [
  'story.json',
  'timeline.json',
  'search.json',
  'timelinejs.json',
  'timelinejs.csv',
  'oembed.json'
];

/** Every file under build/ (but the app's scripts and styles), as site paths. */
function builtFiles(): Set<string> {
  const files = new Set<string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(BUILD, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (rel !== '_app') walk(rel);
      } else files.add(`/${rel}`);
    }
  };
  walk('');
  return files;
}

test('the build makes every page, data file and image the stories call for, and no other', async ({
  request
}) => {
  test.setTimeout(120_000);
  const index = (await (await request.get('/stories.json')).json()) as {
    stories: { id: string; events: number }[];
  };
  const expected = new Set(['/404.html', '/404.html__data.json']);
  // The pages of no story: the home page and the drafting workshop.
  for (const page of STATIC_PAGES) {
    expected.add(`${page}index.html`);
    expected.add(`${page}__data.json`);
  }
  // (A sitemap of more than 50,000 pages would have parts, /sitemap-<n>.xml: tests/sitemap.e2e.ts.)
  for (const file of [
    '/stories.json',
    '/story.json',
    '/story.schema.json',
    '/favicon.svg',
    '/sitemap.xml',
    '/robots.txt',
    '/feed.xml'
  ])
    expected.add(file);
  for (const { id, events } of index.stories) {
    const story = await builtStory(request, id);
    expect(story.events).toHaveLength(events);
    const page = (p: string) => {
      expected.add(`${p}index.html`);
      expected.add(`${p}__data.json`);
    };
    for (const site of [`/${id}/`, `/embed/${id}/`]) {
      page(site);
      for (const event of story.events) page(`${site}${event.slug}/`);
      const lists = Math.ceil(events / LIST_PAGE_SIZE);
      for (let n = 2; n <= lists; n++) page(`${site}liste/${n}/`);
    }
    for (const doc of story.documents) page(`/${id}/sources/${doc.id}/`);
    if (story.documents.length > 0) page(`/${id}/article/`);
    for (const file of DATA_FILES) expected.add(`/${id}/${file}`);
    // The story's feed, and past 100 events its archives (tests/feeds.e2e.ts).
    expected.add(`/${id}/feed.xml`);
    const archives = Math.ceil((events - FEED_ENTRIES_MAX) / FEED_ENTRIES_MAX);
    for (let n = 1; n <= archives; n++) expected.add(`/${id}/feed-archive-${n}.xml`);
    expected.add(`/${id}/share.png`);
    // Each event page's oEmbed response (the story page's is among DATA_FILES).
    for (const event of story.events) expected.add(`/${id}/${event.slug}/oembed.json`);
    if (events <= EVENT_IMAGES_MAX)
      for (const event of story.events) expected.add(`/${id}/${event.slug}/share.png`);
  }

  // The images of the stories' folders (/<story>/media/…) are counted by the tests of media.
  const built = new Set([...builtFiles()].filter((file) => !/^\/[^/]+\/media\//.test(file)));
  const missing = [...expected].filter((file) => !built.has(file));
  const extra = [...built].filter((file) => !expected.has(file));
  expect(missing.slice(0, 20), `${missing.length} files missing`).toEqual([]);
  expect(extra.slice(0, 20), `${extra.length} files not called for`).toEqual([]);
});
