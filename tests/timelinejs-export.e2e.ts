/**
 * A second opinion on /<story>/timelinejs.json and /<story>/timelinejs.csv: TimelineJS3 itself
 * (the package's own built script and CSS, node_modules/@knight-lab/timelinejs/dist, served to
 * a blank page through page.route; nothing leaves the origin) opens our built exports, reports
 * no error and draws a slide per event after the title. A broken export makes it report one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIST = path.resolve('node_modules/@knight-lab/timelinejs/dist');
/** Where the blank page and TimelineJS's files appear, on our own origin. */
const HERE = '/__timelinejs__/';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json'
};

interface StoryEntry {
  id: string;
  language: 'fr' | 'en';
  events: number;
}
const stories = (
  JSON.parse(readFileSync('build/stories.json', 'utf8')) as { stories: StoryEntry[] }
).stories;
const byId = (id: string) => stories.find((s) => s.id === id);
/** The smallest English story of the build (a 10,000-slide TimelineJS would take minutes). */
const english = stories
  .filter((s) => s.language === 'en')
  .sort((a, b) => a.events - b.events)
  .find((s) => s.events <= 500);

interface Opened {
  errors: string[];
  slides: number;
  titleSlides: number;
  markers: number;
  alerts: number;
  handlers: string[];
}

/** Serves the blank page and TimelineJS's files; lets our own addresses through; stops the rest. */
async function blankPage(
  page: Page,
  origin: string,
  offOrigin: string[],
  replace?: (url: URL) => string | null
) {
  await page.addInitScript(() => {
    (window as unknown as { alerts: number }).alerts = 0;
    window.alert = () => void (window as unknown as { alerts: number }).alerts++;
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      offOrigin.push(url.href);
      return route.abort();
    }
    const replaced = replace?.(url);
    if (replaced != null) return route.fulfill({ body: replaced, contentType: 'application/json' });
    if (url.pathname === `${HERE}index.html`)
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><meta charset="utf-8">
          <link rel="stylesheet" href="${HERE}css/timeline.css"></head>
          <body><div id="timeline" style="width: 1200px; height: 700px"></div>
          <script src="${HERE}js/timeline.js"></script></body></html>`
      });
    if (url.pathname.startsWith(HERE)) {
      const file = path.join(DIST, url.pathname.slice(HERE.length));
      if (!file.startsWith(DIST)) return route.abort();
      try {
        return route.fulfill({
          body: readFileSync(file),
          contentType: TYPES[path.extname(file)] ?? 'application/octet-stream'
        });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    }
    return route.continue();
  });
  await page.goto(`${HERE}index.html`);
}

/** Opens `address` in TimelineJS on the blank page; what it reports and draws. */
async function openInTimelineJs(page: Page, address: string, language: string): Promise<Opened> {
  await page.evaluate(
    ({ address, language, scriptPath }) => {
      const TL = (window as unknown as { TL: { Timeline: new (...args: unknown[]) => unknown } })
        .TL;
      (window as unknown as { tl: unknown }).tl = new TL.Timeline('timeline', address, {
        script_path: scriptPath,
        language
      });
    },
    { address, language, scriptPath: new URL(`${HERE}js/`, page.url()).href }
  );
  // TimelineJS either draws (ready) or shows its error message over the container.
  await page.waitForFunction(() => {
    const tl = (window as unknown as { tl: { ready: boolean; config: { isValid(): boolean } } }).tl;
    return tl.ready || (tl.config && !tl.config.isValid());
  });
  return page.evaluate(() => {
    const tl = (
      window as unknown as {
        tl: { config: { getErrors(): unknown[] } };
      }
    ).tl;
    const container = document.getElementById('timeline')!;
    const handlers = [...container.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
    );
    return {
      errors: tl.config
        .getErrors()
        .map((e) =>
          typeof e === 'object' && e && 'message_key' in e
            ? `${(e as { message_key: string }).message_key} ${(e as { detail?: string }).detail ?? ''}`
            : String(e)
        ),
      slides: container.querySelectorAll('.tl-slide').length,
      titleSlides: container.querySelectorAll('.tl-slide-titleslide').length,
      markers: container.querySelectorAll('.tl-timemarker').length,
      alerts: (window as unknown as { alerts: number }).alerts,
      handlers
    };
  });
}

const cases = [
  { id: 'coree-du-nord-russie-armes', why: 'the seed story' },
  { id: 'histoire-piegee', why: 'the hostile story' },
  { id: english?.id ?? '(no English story of at most 500 events in the build)', why: 'English' }
];

for (const { id, why } of cases) {
  for (const format of ['json', 'csv'] as const) {
    test(`TimelineJS opens ${why}’s timelinejs.${format} (${id}) without error, a slide per event`, async ({
      page,
      baseURL
    }) => {
      const story = byId(id);
      expect(story, `${id} is in the build`).toBeDefined();
      const offOrigin: string[] = [];
      await blankPage(page, new URL(baseURL!).origin, offOrigin);
      const opened = await openInTimelineJs(page, `/${id}/timelinejs.${format}`, story!.language);
      expect(opened.errors).toEqual([]);
      expect(opened.titleSlides).toBe(1);
      expect(opened.slides).toBe(story!.events + 1);
      expect(opened.markers).toBe(story!.events);
      expect(opened.alerts).toBe(0);
      expect(opened.handlers).toEqual([]);
      // Whatever TimelineJS asks of other hosts (fonts, media) is stopped, never reached.
      for (const url of offOrigin) expect(new URL(url).origin).not.toBe(new URL(baseURL!).origin);
    });
  }
}

test('TimelineJS reports an error for a broken export, and draws no slide for an undated event', async ({
  page,
  baseURL
}) => {
  const seed = byId('coree-du-nord-russie-armes')!;
  const good = (await (await page.request.get(`/${seed.id}/timelinejs.json`)).json()) as {
    events: { start_date?: { year: unknown } }[];
  };
  const badDate = structuredClone(good);
  badDate.events[0]!.start_date = { year: 'c. 2023' };
  const undated = structuredClone(good);
  delete undated.events[0]!.start_date;

  await blankPage(page, new URL(baseURL!).origin, [], (url) =>
    url.pathname === '/broken/bad-date.json'
      ? JSON.stringify(badDate)
      : url.pathname === '/broken/undated.json'
        ? JSON.stringify(undated)
        : null
  );
  const bad = await openInTimelineJs(page, '/broken/bad-date.json', 'fr');
  expect(bad.errors.join()).toContain('invalid_date_err');
  await expect(page.locator('#timeline')).toContainText('c. 2023');

  await page.goto(`${HERE}index.html`);
  const missing = await openInTimelineJs(page, '/broken/undated.json', 'fr');
  expect(missing.errors).toEqual([]);
  expect(missing.slides).toBe(seed.events); // the title and one event fewer
});

test('a static host serves the exports with their content types', async ({ request }) => {
  const json = await request.get('/coree-du-nord-russie-armes/timelinejs.json');
  expect(json.status()).toBe(200);
  expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
  const csv = await request.get('/coree-du-nord-russie-armes/timelinejs.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await csv.text()).split('\r\n')[0]).toMatch(/^Year,Month,Day,Time,/);
});

test('the story page links to both exports', async ({ page }) => {
  await page.goto('/coree-du-nord-russie-armes/');
  await expect(page.getByRole('link', { name: 'fichier JSON' })).toHaveAttribute(
    'href',
    '/coree-du-nord-russie-armes/timelinejs.json'
  );
  await expect(page.getByRole('link', { name: /feuille CSV/ })).toHaveAttribute(
    'href',
    '/coree-du-nord-russie-armes/timelinejs.csv'
  );
});
