/**
 * Imported TimelineJS timelines, browsed (issue 14). `npm run test:e2e` imports them before its
 * build (scripts/dev/prepare-e2e.js): a 400-event newsroom timeline that
 * scripts/dev/make-timelinejs-fixture.js writes, and the example timelines of the TimelineJS
 * package. What each page must show is computed here from the TimelineJS file itself.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { IMPORTED_TIMELINES, NEWSROOM_TIMELINE } from '../scripts/dev/e2e-timelines.js';
import { calendarDate, compareCalendarDates, daysInMonth } from '../src/lib/story/calendar-date';
import { CALENDAR_WORDS } from '../src/lib/story/calendar-words.js';
import { formatEventDate, type FormattableDate } from '../src/lib/story/format';
import { axeViolations } from './axe';
import { builtStory, type ExportedStory } from './story-data';

interface Parts {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  display_date?: string;
}
interface Slide {
  start_date?: Parts;
  end_date?: Parts;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url?: string };
  group?: string;
}
interface Timeline {
  events: Slide[];
  eras?: { text: { headline: string } }[];
}

const STORY = IMPORTED_TIMELINES.find((t) => t.file === NEWSROOM_TIMELINE.file)!;
const TIME_ZONE = STORY.timeZone!;
const readTimeline = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Timeline;
const newsroom = () => readTimeline(NEWSROOM_TIMELINE.file);

/** A date part as TimelineJS reads it: a number, or undefined when blank or missing. */
const part = (value: number | string | undefined) =>
  value === undefined || String(value).trim() === '' ? undefined : Number(value);
/** TimelineJS's year -500 is "500 BCE" (its era label): our 500 av. J.-C., astronomical -499. */
const astronomical = (year: number) => (year < 0 ? year + 1 : year);
const DATE_KEYS = ['year', 'month', 'day', 'hour', 'minute'] as const;

/** The words of a headline or display date, as the importer keeps them (markup dropped). */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const dated = (slide: Slide) => part(slide.start_date?.year) !== undefined;

/** "début juillet 2023" read as the third of a month it names: its first and last days. */
function monthThird(words: string): { start: string; end: string } | undefined {
  const match = /^(début|mi-|fin) ?(\p{L}+) (-?\d+)$/u.exec(words);
  if (!match) return undefined;
  const months = CALENDAR_WORDS.fr.months;
  const month = months.indexOf(match[2]!) + 1;
  const year = Number(match[3]);
  if (month === 0) return undefined;
  const first = { début: 1, 'mi-': 11, fin: 21 }[match[1] as 'début'];
  const last = match[1] === 'fin' ? daysInMonth(year, month) : first + 9;
  return { start: calendarDate(year, month, first), end: calendarDate(year, month, last) };
}

/** What the file says of a slide's date, in our terms: days, precision, time, own words. */
function expectedDate(slide: Slide): FormattableDate & { display?: string } {
  const start = slide.start_date!;
  const [y, m, d] = [astronomical(part(start.year)!), part(start.month), part(start.day)];
  const lastOf = (p: Parts) => {
    const [py, pm, pd] = [astronomical(part(p.year)!), part(p.month), part(p.day)];
    return calendarDate(py, pm ?? 12, pd ?? daysInMonth(py, pm ?? 12));
  };
  const end = slide.end_date;
  // A blank end is none; an end equal to the start is dropped, as TimelineJS drops it.
  const ranged =
    end !== undefined &&
    part(end.year) !== undefined &&
    !DATE_KEYS.every((k) => part(end[k]) === part(start[k]));
  const display = slide.display_date || start.display_date;
  const date: FormattableDate & { display?: string } = {
    start: calendarDate(y, m ?? 1, d ?? 1),
    end: ranged ? lastOf(end) : lastOf(start),
    precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year'
  };
  if (display) date.display = plain(display);
  const hour = part(start.hour);
  if (hour !== undefined) {
    date.precision = 'time';
    date.time = `${String(hour).padStart(2, '0')}:${String(part(start.minute) ?? 0).padStart(2, '0')}`;
    date.timeZone = TIME_ZONE;
  } else if (ranged) {
    const third = date.display ? monthThird(date.display) : undefined;
    date.precision =
      third && third.start === date.start && third.end === date.end ? 'part-of-month' : 'days';
  }
  return date;
}

/** What kind of date a slide has, to sample every kind. */
function kind(slide: Slide): string {
  const s = slide.start_date!;
  const e = slide.end_date;
  const date = expectedDate(slide);
  if (part(s.year)! < 0) return 'bce';
  if (slide.display_date) return 'display on the slide';
  if (s.display_date) return `display in start_date, ${date.precision}`;
  if (e && part(e.year) === undefined) return 'blank end';
  if (date.precision === 'time' && part(s.minute) === undefined) return 'hour alone';
  if (date.precision === 'days' && part(e?.month) !== part(s.month)) return 'days across months';
  if (date.precision === 'days' && part(s.month) === undefined) return 'range of years';
  return date.precision;
}

/** Collects the page's errors and console errors, to be empty at the end. */
function guard(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/**
 * As guard, and as tests/security.e2e.ts watches the site's other pages: a violation of the
 * page's Content-Security-Policy, or a request that leaves the site, is an error too.
 */
async function watch(page: Page, origin: string) {
  const errors = guard(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin)
      errors.push(`request: ${r.url()}`);
  });
  return errors;
}

/** The elements of the page with an inline event handler (which the policy would refuse). */
const handlers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.tagName)
  );

async function open(page: Page, path: string) {
  expect((await page.goto(path))?.status(), `${path}: built by npm run test:e2e`).toBe(200);
  await page.waitForLoadState('networkidle');
}

/** How many events a drawing shows: its marks, and the events its clusters hold. */
async function eventsDrawn(page: Page, drawing = '.horizontal') {
  const marks = await page.locator(`${drawing} a[data-slug]`).count();
  const clustered = await page
    .locator(`${drawing} a[data-cluster]`)
    .evaluateAll((links) => links.reduce((n, a) => n + Number(a.getAttribute('data-cluster')), 0));
  return marks + clustered;
}

async function drawn(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
}

test.describe(`the ${NEWSROOM_TIMELINE.events}-event newsroom timeline, imported`, () => {
  test('every event of the file that has a year has its page, reached from the list', async ({
    request
  }) => {
    test.setTimeout(120_000);
    const file = newsroom();
    const story = await builtStory(request, STORY.id);
    expect(story.events).toHaveLength(file.events.filter(dated).length);
    // The titles are the file's headlines, in words.
    expect(story.events.map((e) => e.title).sort()).toEqual(
      file.events
        .filter(dated)
        .map((e) => plain(e.text!.headline!))
        .sort()
    );
    // The story's page and its list's pages link to every event once.
    const paths = new Set(story.events.map((e) => e.path));
    expect(paths.size).toBe(story.events.length);
    const lists = [`/${STORY.id}/`];
    const reached = new Set<string>();
    for (let i = 0; i < lists.length; i++) {
      const html = await (await request.get(lists[i]!)).text();
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        if (/\/liste\/\d+\/$/.test(href!) && !lists.includes(href!)) lists.push(href!);
        else if (paths.has(href!)) reached.add(href!);
      }
    }
    expect(lists.length).toBe(Math.ceil(story.events.length / 100));
    expect([...reached].sort()).toEqual([...paths].sort());
    // Each page is there, with its event's title.
    for (const event of story.events) {
      const response = await request.get(event.path);
      expect(response.status(), event.path).toBe(200);
      const title = event.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      expect(await response.text(), event.path).toContain(title);
    }
  });

  test('an event page shows the date the file gives, for every kind of date', async ({
    page,
    request
  }) => {
    test.setTimeout(180_000);
    const errors = guard(page);
    const file = newsroom();
    const story = await builtStory(request, STORY.id);
    const byTitle = new Map<string, ExportedStory['events']>();
    for (const e of story.events) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
    // The data of three of each kind of date and of one event in twenty-five besides; the pages
    // of the first two of each kind opened.
    const taken = new Map<string, number>();
    const opened = new Set<Slide>();
    const sample = file.events.filter(dated).filter((slide, i) => {
      const k = kind(slide);
      taken.set(k, (taken.get(k) ?? 0) + 1);
      if (taken.get(k)! <= 2) opened.add(slide);
      return taken.get(k)! <= 3 || i % 25 === 0;
    });
    expect([...taken.keys()].length, [...taken.keys()].join(', ')).toBeGreaterThanOrEqual(10);
    for (const slide of sample.filter((s) => kind(s) !== 'bce')) {
      const title = plain(slide.text!.headline!);
      const found = byTitle.get(title) ?? [];
      if (found.length !== 1) continue; // a headline that recurs: its pages are checked above
      const event = found[0]!;
      const want = expectedDate(slide);
      const seen = `${event.path} (${kind(slide)}): ${JSON.stringify(slide.start_date)} → ${JSON.stringify(slide.end_date)}`;
      // The story's data, then what a reader sees.
      expect(
        {
          start: event.date.start,
          end: event.date.end,
          precision: event.date.precision,
          time: event.date.time,
          timeZone: event.date.timeZone
        },
        seen
      ).toEqual({
        start: want.start,
        end: want.end,
        precision: want.precision,
        time: want.time,
        timeZone: want.timeZone
      });
      if (!opened.has(slide)) continue;
      await open(page, event.path);
      const panel = page.locator('.panel');
      await expect(panel.locator('h1'), seen).toHaveText(title);
      const datetime = want.time ? `${want.start}T${want.time}` : want.start;
      await expect(panel.locator(`time[datetime="${datetime}"]`).first(), seen).toBeAttached();
      const computed = formatEventDate(want, 'fr');
      await expect(panel.locator('.when'), seen).toContainText(want.display ?? computed);
      // The author's words do not hide the date they stand for.
      if (want.display) await expect(panel, seen).toContainText(computed);
    }
    expect(errors).toEqual([]);
  });

  test('a year before the common era reads as TimelineJS shows it: -517 is 517 BC', async ({
    page,
    request
  }) => {
    const errors = guard(page);
    const story = await builtStory(request, STORY.id);
    const bce = newsroom().events.filter((s) => dated(s) && kind(s) === 'bce');
    expect(bce.length).toBeGreaterThan(0);
    for (const slide of bce.slice(0, 3)) {
      const event = story.events.find((e) => e.title === plain(slide.text!.headline!))!;
      const want = expectedDate(slide);
      // TimelineJS writes year -517 as "517 BCE" (Language.js: the year's absolute value and
      // its era label), and so does the file's author; astronomically that is year -516.
      const seen = `${event.path}: year ${slide.start_date!.year}`;
      expect({ start: event.date.start, end: event.date.end }, seen).toEqual({
        start: want.start,
        end: want.end
      });
      await open(page, event.path);
      await expect(page.locator('.panel .when'), seen).toContainText(formatEventDate(want, 'fr'));
    }
    expect(errors).toEqual([]);
  });

  test('its groups are drawn as lanes and its eras as periods, with their names', async ({
    page,
    request
  }) => {
    const errors = guard(page);
    const file = newsroom();
    const story = await builtStory(request, STORY.id);
    // The groups in the order TimelineJS draws them: their first appearance among the slides
    // sorted by start (a stable sort); then the events of no group, in a lane of their own.
    const chronological = file.events
      .filter(dated)
      .sort((a, b) => compareCalendarDates(expectedDate(a).start, expectedDate(b).start));
    const groups = [...new Set(chronological.map((e) => plain(e.group ?? '')))];
    const named = groups.filter(Boolean);
    expect(story.lanes.map((l) => l.label)).toEqual(
      named.length < groups.length ? [...named, 'Autres'] : named
    );
    const eras = (file.eras ?? []).map((era) => plain(era.text.headline));
    expect(story.periods.map((p) => p.label).sort()).toEqual([...eras].sort());

    await open(page, `/${STORY.id}/`);
    await drawn(page);
    const drawing = page.locator('.horizontal');
    await expect(drawing.locator('.lane-label')).toHaveText(story.lanes.map((l) => l.label));
    await expect(page.getByTestId('legend-period')).toHaveText(
      story.periods.map((p) => new RegExp(p.label))
    );
    // On the true scale the whole story is on screen: every era is a band with its name.
    await open(page, `/${STORY.id}/?echelle=lineaire`);
    await drawn(page);
    const bands = drawing.locator('[data-testid="period-band"]');
    await expect(bands).toHaveCount(eras.length);
    // Each band says its era's name, cut short ("Le lo…") where the band is narrow.
    const names = await bands.locator('text').allTextContents();
    expect(names.length).toBe(eras.length);
    names.forEach((name, i) => {
      const era = story.periods[i]!.label;
      if (name.endsWith('…'))
        expect(era.startsWith(name.slice(0, -1)), `${name} of ${era}`).toBe(true);
      else expect(name).toBe(era);
    });
    expect(errors).toEqual([]);
  });

  // Every page in the light theme; the story's page and a quotation's in the dark one too: a test
  // for each theme, side by side.
  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe finds nothing on the story page and on events with quotations, lists and media, ${colorScheme}`, async ({
      page,
      request
    }) => {
      test.setTimeout(180_000);
      const file = newsroom().events.filter(dated);
      const story = await builtStory(request, STORY.id);
      const pathOf = (test: (slide: Slide) => boolean) => {
        const titles = new Set(file.filter(test).map((s) => plain(s.text!.headline!)));
        return story.events.find((e) => titles.has(e.title))!.path;
      };
      const pages = [
        `/${STORY.id}/`,
        pathOf((s) => Boolean(s.media?.url?.startsWith('<blockquote>'))),
        pathOf((s) => Boolean(s.text?.text?.includes('<ul>'))),
        pathOf((s) => Boolean(s.media?.url?.startsWith('https://'))),
        pathOf((s) => Boolean(s.display_date || s.start_date?.display_date)),
        `/embed/${STORY.id}/`
      ];
      const found: string[] = [];
      await page.emulateMedia({ colorScheme });
      for (const path of colorScheme === 'light' ? pages : pages.slice(0, 2)) {
        await open(page, path);
        const { violations } = await axeViolations(page);
        found.push(...violations.map((v) => `${path}, ${colorScheme}: ${v}`));
      }
      expect(found).toEqual([]);
    });

  test('no request leaves the site, and the policy holds, while a reader browses', async ({
    page,
    baseURL
  }) => {
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
      );
    });
    page.on('console', (m) => /CSP violation/.test(m.text()) && violations.push(m.text()));
    await open(page, `/${STORY.id}/`);
    await drawn(page);
    // Open an event from its mark, walk to the next ones, zoom, change the scale.
    await page.locator('.horizontal a[data-slug]').first().click();
    await expect(page.locator('.panel h1')).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await page.locator('.panel a[rel="next"]').click();
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    await page.getByLabel('Échelle linéaire (durées réelles)').check();
    await page.waitForLoadState('networkidle');
    // Pages with outside media, quotations and backgrounds.
    const story = newsroom();
    const titles = new Set(
      story.events
        .filter((s) => dated(s) && (s.media?.url || (s as { background?: unknown }).background))
        .slice(0, 12)
        .map((s) => plain(s.text!.headline!))
    );
    const list = await (await page.request.get(`/${STORY.id}/timeline.json`)).json();
    for (const event of (list as { events: { slug: string; title: string }[] }).events.filter((e) =>
      titles.has(e.title)
    ))
      await open(page, `/${STORY.id}/${event.slug}/`);
    await open(page, `/embed/${STORY.id}/`);
    expect(violations).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual(
      []
    );
    expect(requests.length).toBeGreaterThan(10);
  });
});

test.describe('the TimelineJS package’s example timelines, imported', () => {
  const examples = IMPORTED_TIMELINES.filter(
    (t) => t.id !== STORY.id && t.file.includes('@knight-lab')
  );

  for (const { id, file } of examples)
    test(`${id}: every event drawn and built, some opened, without error or outside request`, async ({
      page,
      request,
      baseURL
    }) => {
      test.setTimeout(120_000);
      const errors = await watch(page, new URL(baseURL!).origin);
      const story = await builtStory(request, id);
      // Every slide with a year, as TimelineJS would show it (a CSV's title and era rows are not
      // events).
      if (file.endsWith('.json'))
        expect(story.events).toHaveLength(readTimeline(file).events.filter(dated).length);
      expect(story.events.length).toBeGreaterThan(0);
      await open(page, `/${id}/`);
      await drawn(page);
      expect(await eventsDrawn(page)).toBe(story.events.length);
      expect(await handlers(page)).toEqual([]);
      // Every event's page is built with its title; the first, middle and last are opened in
      // the browser (opening them all cost over a minute of the suite for no other finding).
      for (const event of story.events) {
        const response = await request.get(event.path);
        expect(response.status(), event.path).toBe(200);
        const title = event.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        expect(await response.text(), event.path).toContain(title);
      }
      const last = story.events.length - 1;
      for (const i of new Set([0, Math.floor(last / 2), last])) {
        const event = story.events[i]!;
        await open(page, event.path);
        await expect(page.locator('.panel h1')).toHaveText(event.title);
        expect(await handlers(page), event.path).toEqual([]);
      }
      // And as an embed.
      for (const path of [`/embed/${id}/`, `/embed${story.events[0]!.path}`]) {
        await open(page, path);
        expect(await handlers(page), path).toEqual([]);
      }
      expect(errors).toEqual([]);
    });

  test('the cosmological timeline is drawn with ticks in billions and millions of years', async ({
    page,
    request
  }) => {
    const errors = guard(page);
    const id = 'timelinejs-cosmo';
    const story = await builtStory(request, id);
    for (const path of [`/${id}/`, `/${id}/?echelle=lineaire`]) {
      await open(page, path);
      await drawn(page);
      const drawing = page.locator('.horizontal');
      expect(await eventsDrawn(page), path).toBe(story.events.length);
      const labels = await drawing.locator('.tick text').allTextContents();
      expect(labels.length, path).toBeGreaterThan(1);
      expect(labels.join(' | '), path).not.toMatch(/NaN|undefined|Invalid/);
      if (path.endsWith('lineaire'))
        expect(
          labels.some((l) => / (Ga|Ma)$/.test(l)),
          labels.join(' | ')
        ).toBe(true);
    }
    // The Big Bang, 13.8 billion years ago, is the first event, and says so.
    await open(page, story.events[0]!.path);
    await expect(page.locator('.panel .when')).toContainText(/13\D?8/);
    expect(errors).toEqual([]);
  });
});
