/**
 * The pages' structured data (schema.org JSON-LD, src/lib/structured-data/), read from the
 * built site as a search engine reads it: one data block in each story, list and event page's
 * head, valid JSON, schema.org's types and properties only (checked against the vocabulary
 * itself), and saying what the page shows: its dates and quotes are read from the page's DOM
 * (its <time datetime>, its quotes and speakers), never from the builder, and each quote is
 * checked verbatim in its document (story.json).
 */
import Validator from '@adobe/structured-data-validator';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { recordIncidents } from './incidents';
import { builtStory, LONG, LONG_EN, SEED, type ExportedStory } from './story-data';

/** The hostile test story (tests/fixtures/stories): "</script>", bidi controls, markup. */
const HOSTILE = 'histoire-piegee';

/**
 * The bytes of one page's JSON-LD at most: a story's page states the 100 events its list
 * shows (a 10,000-event story's too, not its 10,000): 22,209 B measured on the 400-event
 * newsroom timeline's page. An event page's, beyond the words of its quotations (a quote may be
 * long: the hostile story's is), its event and story: 4,794 B at most on the seed story.
 */
const STORY_PAGE_JSON_LD_BYTES = 30_000;
const EVENT_PAGE_JSON_LD_BYTES = 8_000;

/**
 * schema.org's vocabulary, offline: @zazuko/rdf-vocabularies ships it as N-Quads; the validator
 * (@adobe/structured-data-validator) reads it as schema.org's own JSON-LD file, which this
 * writes from its classes, their parents and the properties' domains.
 */
function schemaOrgVocabulary() {
  // The package's exports do not list its data files: found beside its main module.
  const main = createRequire(import.meta.url).resolve('@zazuko/rdf-vocabularies');
  const file = path.join(path.dirname(main), 'ontologies/schema.nq');
  const S = 'http://schema.org/';
  const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
  const SUBCLASS = '<http://www.w3.org/2000/01/rdf-schema#subClassOf>';
  const entities = new Map<string, Record<string, unknown> & { '@id': string }>();
  const entity = (id: string) => {
    if (!entities.has(id)) entities.set(id, { '@id': `schema:${id}` });
    return entities.get(id)!;
  };
  const push = (e: Record<string, unknown>, key: string, id: string) =>
    (e[key] = [...((e[key] as unknown[]) ?? []), { '@id': `schema:${id}` }]);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^<http:\/\/schema\.org\/([^>]+)> (<[^>]+>) <([^>]+)>/.exec(line);
    if (!m) continue;
    const [, subject, predicate, object] = m as unknown as [string, string, string, string];
    const local = object.startsWith(S) ? object.slice(S.length) : undefined;
    if (predicate === RDF_TYPE && object.endsWith('#Class'))
      entity(subject)['@type'] = 'rdfs:Class';
    else if (predicate === RDF_TYPE && object.endsWith('#Property'))
      entity(subject)['@type'] = 'rdf:Property';
    else if (predicate === SUBCLASS && local) push(entity(subject), 'rdfs:subClassOf', local);
    else if (predicate === `<${S}domainIncludes>` && local)
      push(entity(subject), 'schema:domainIncludes', local);
  }
  return { '@graph': [...entities.values()] };
}

const validator = new Validator(schemaOrgVocabulary());

type JsonLd = Record<string, unknown>;
interface Quotation {
  text: string;
  url?: string;
  spokenByCharacter?: { '@type': string; name: string };
  creditText?: string;
  isPartOf?: { '@type': string; name: string; url: string; datePublished: string };
}

/** The page's JSON-LD blocks, each read as JSON (a parse error fails here), and their bytes. */
async function jsonLdOf(page: Page) {
  const texts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.map((s) => ({ text: s.textContent ?? '', inHead: s.parentElement === document.head }))
    );
  return texts.map(({ text, inHead }) => ({
    data: JSON.parse(text) as JsonLd,
    bytes: Buffer.byteLength(text),
    inHead
  }));
}

/** The one block of the page, checked against schema.org's vocabulary. */
async function theJsonLd(page: Page) {
  const blocks = await jsonLdOf(page);
  expect(blocks, page.url()).toHaveLength(1);
  const [{ data, bytes, inHead }] = blocks as [(typeof blocks)[number]];
  expect(inHead).toBe(true);
  expect(data['@context']).toBe('https://schema.org');
  const issues = await validator.validate({ jsonld: { [String(data['@type'])]: [data] } });
  expect(
    issues.map((i) => i.issueMessage),
    page.url()
  ).toEqual([]);
  return { data, bytes };
}

const pathOf = (url: string) => new URL(url).pathname + new URL(url).hash;

/** What the page's head and header say of the story. */
async function pageFacts(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href,
    image: document.querySelector<HTMLMetaElement>('meta[property="og:image"]')?.content,
    published: document.querySelector('.source time')?.getAttribute('datetime') ?? undefined,
    source: document.querySelector('.source')?.textContent ?? ''
  }));
}

/**
 * The JSON-LD date of an event, from the day or time its page's <time datetime> gives and its
 * precision in story.json: a month as "YYYY-MM", a year as "YYYY", a range with its last day.
 */
function expectedDates(datetime: string, date: ExportedStory['events'][number]['date']) {
  switch (date.precision) {
    case 'year':
      return { startDate: datetime.slice(0, -6) };
    case 'month':
      return { startDate: datetime.slice(0, -3) };
    case 'days':
    case 'part-of-month':
      return { startDate: datetime, endDate: date.end };
    case 'unknown':
      return {};
    default:
      return { startDate: datetime };
  }
}

async function checkStoryPage(page: Page, story: ExportedStory, path: string) {
  await page.goto(path);
  const { data, bytes } = await theJsonLd(page);
  const facts = await pageFacts(page);
  expect(data['@type']).toBe('CollectionPage');
  expect(data.url).toBe(facts.canonical);
  expect(data.headline).toBe(story.title);
  expect(data.inLanguage).toBe(facts.lang);
  expect(data.image).toBe(facts.image);
  expect(data.datePublished).toBe(facts.published);
  const outlets = [...new Set(story.documents.map((d) => d.outlet))];
  expect((data.publisher as { name: string }[] | undefined)?.map((p) => p.name) ?? []).toEqual(
    outlets
  );
  for (const outlet of outlets) expect(facts.source).toContain(outlet);
  expect(bytes).toBeLessThanOrEqual(STORY_PAGE_JSON_LD_BYTES);

  // The events it states are those its list shows, in order, at their places in the story.
  const shown = await page.locator('ol.events').evaluate((ol: HTMLOListElement) =>
    [...ol.querySelectorAll('li')].map((li, i) => ({
      position: (ol.start || 1) + i,
      datetime: li.querySelector('time')!.getAttribute('datetime')!,
      title: li.querySelector('a')!.textContent!,
      href: new URL(li.querySelector('a')!.getAttribute('href')!, location.href).pathname
    }))
  );
  const list = data.mainEntity as {
    '@type': string;
    numberOfItems: number;
    itemListElement: { position: number; item: JsonLd }[];
  };
  expect(list['@type']).toBe('ItemList');
  expect(list.numberOfItems).toBe(story.events.length);
  expect(list.itemListElement.length).toBe(shown.length);
  const bySlug = new Map(story.events.map((e) => [e.slug, e]));
  list.itemListElement.forEach(({ position, item }, i) => {
    const li = shown[i]!;
    expect(position).toBe(li.position);
    expect(item['@type']).toBe('Event');
    expect(item.name).toBe(li.title);
    expect(pathOf(String(item.url))).toBe(li.href);
    const event = bySlug.get(li.href.split('/').at(-2)!)!;
    const { startDate, endDate } = item as { startDate?: string; endDate?: string };
    expect({ startDate, endDate }).toEqual({
      endDate: undefined,
      ...expectedDates(li.datetime, event.date)
    });
  });
  return list.itemListElement.length;
}

async function checkEventPage(page: Page, story: ExportedStory, slug: string) {
  await page.goto(`/${story.id}/${slug}/`);
  const { data, bytes } = await theJsonLd(page);
  const facts = await pageFacts(page);
  const event = story.events.find((e) => e.slug === slug)!;
  expect(data['@type']).toBe('ItemPage');
  expect(data.url).toBe(facts.canonical);
  expect(data.inLanguage).toBe(facts.lang);
  expect(data.image).toBe(facts.image);
  const whole = data.isPartOf as JsonLd;
  expect(whole['@type']).toBe('CollectionPage');
  expect(pathOf(String(whole.url))).toBe(`/${story.id}/`);
  expect(whole.datePublished).toBe(facts.published);

  const shown = await page.evaluate(() => {
    const inner = (q: Element) => {
      const text = q.querySelector('blockquote p')!.textContent!;
      const m = /^(?:«\u00a0|“)([\s\S]*)(?:\u00a0»|”)$/.exec(text);
      return m ? m[1]! : `(no quotation marks) ${text}`;
    };
    return {
      title: document.querySelector('article.event h1')!.textContent!,
      datetime: document.querySelector('.when time')!.getAttribute('datetime')!,
      quotes: [...document.querySelectorAll('figure.quote')].map((q) => ({
        id: q.id,
        text: inner(q),
        speaker: q.querySelector('.speaker')!.textContent!,
        source: new URL(q.querySelector('.actions a')!.getAttribute('href')!, location.href)
          .pathname
      })),
      attributed: [...document.querySelectorAll('figure.attributed')].map((q) => ({
        text: inner(q),
        attribution: q.querySelector('.attribution')?.textContent?.replace(/^— /, '')
      }))
    };
  });
  const main = data.mainEntity as JsonLd & { recordedIn?: Quotation[] };
  expect(main['@type']).toBe('Event');
  expect(main.name).toBe(shown.title);
  expect(pathOf(String(main.url))).toBe(`/${story.id}/${slug}/`);
  const { startDate, endDate } = main as { startDate?: string; endDate?: string };
  expect({ startDate, endDate }).toEqual({
    endDate: undefined,
    ...expectedDates(shown.datetime, event.date)
  });

  const quotations = main.recordedIn ?? [];
  const checked = quotations.filter((q) => q.spokenByCharacter);
  const attributed = quotations.filter((q) => !q.spokenByCharacter);
  expect(checked.map((q) => q.text)).toEqual(shown.quotes.map((q) => q.text));
  expect(attributed.map((q) => q.text)).toEqual(shown.attributed.map((q) => q.text));
  expect(attributed.map((q) => q.creditText)).toEqual(shown.attributed.map((q) => q.attribution));
  for (const [i, q] of checked.entries()) {
    const on = shown.quotes[i]!;
    expect(q['@type' as keyof Quotation]).toBe('Quotation');
    expect(q.spokenByCharacter!.name).toBe(on.speaker);
    expect(new URL(q.url!).hash).toBe(`#${on.id}`);
    expect(q.isPartOf!['@type']).toBe('NewsArticle');
    expect(pathOf(q.isPartOf!.url)).toBe(on.source);
    // Verbatim in its document, at its offsets.
    const quote = event.quotes.find((x) => x.id === on.id)!;
    const document = story.documents.find((d) => d.id === quote.document)!;
    expect(document.text.slice(quote.start, quote.end)).toBe(q.text);
    expect(q.isPartOf!.datePublished).toBe(document.published.date);
  }
  // Beyond the words it quotes (a quote may be long: the hostile story has one), bounded.
  const quoted = quotations.reduce((n, q) => n + Buffer.byteLength(JSON.stringify(q.text)), 0);
  expect(bytes - quoted).toBeLessThanOrEqual(EVENT_PAGE_JSON_LD_BYTES);
  return quotations.length;
}

/** A long story's event pages: its first three, three from its middle, its last two. */
const sample = <T>(items: readonly T[]) =>
  [
    ...new Set([
      0,
      1,
      2,
      items.length >> 1,
      (items.length >> 1) + 1,
      items.length - 2,
      items.length - 1
    ])
  ]
    .filter((i) => i >= 0 && i < items.length)
    .map((i) => items[i]!);

for (const id of [SEED, HOSTILE]) {
  test(`${id}: its page and every event page state what they show, in schema.org terms`, async ({
    page,
    request
  }) => {
    const story = await builtStory(request, id);
    const incidents = await recordIncidents(page, { csp: true });
    expect(await checkStoryPage(page, story, `/${id}/`)).toBe(Math.min(story.events.length, 100));
    let quotations = 0;
    for (const event of story.events) quotations += await checkEventPage(page, story, event.slug);
    expect(quotations).toBeGreaterThan(0);
    expect(incidents).toEqual([]);
  });
}

for (const id of [LONG, LONG_EN]) {
  test(`${id}: its pages state the hundred events they list, not all of them; its events sampled`, async ({
    page,
    request
  }) => {
    test.setTimeout(120_000);
    const story = await builtStory(request, id);
    const pages = Math.ceil(story.events.length / 100);
    expect(pages).toBeGreaterThan(2);
    const incidents = await recordIncidents(page, { csp: true });
    expect(await checkStoryPage(page, story, `/${id}/`)).toBe(100);
    expect(await checkStoryPage(page, story, `/${id}/liste/2/`)).toBe(100);
    expect(await checkStoryPage(page, story, `/${id}/liste/${pages}/`)).toBe(
      story.events.length - (pages - 1) * 100
    );
    for (const event of sample(story.events)) await checkEventPage(page, story, event.slug);
    expect(incidents).toEqual([]);
  });
}

test('a click from one event to another puts the new event’s JSON-LD in the head, once', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  const incidents = await recordIncidents(page, { csp: true });
  const [first, second] = story.events as [(typeof story.events)[0], (typeof story.events)[1]];
  await page.goto(`/${SEED}/${first.slug}/`);
  // The client has started: the timeline is drawn by it.
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  // Hydration kept the prerendered block, once.
  expect((await jsonLdOf(page)).map((b) => pathOf(String(b.data.url)))).toEqual([
    `/${SEED}/${first.slug}/`
  ]);
  // A mark that a full page load would lose: the click must be the client's navigation.
  await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await page.locator('ol.events a', { hasText: second.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${second.slug}/`));
  await expect(page.locator('article.event h1')).toHaveText(second.title);
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  const after = await jsonLdOf(page);
  expect(after).toHaveLength(1);
  expect(pathOf(String(after[0]!.data.url))).toBe(`/${SEED}/${second.slug}/`);
  expect((after[0]!.data.mainEntity as JsonLd).name).toBe(second.title);
  // And back: the first event's again, once.
  await page.goBack();
  await expect(page.locator('article.event h1')).toHaveText(first.title);
  const back = await jsonLdOf(page);
  expect(back).toHaveLength(1);
  expect(pathOf(String(back[0]!.data.url))).toBe(`/${SEED}/${first.slug}/`);
  expect(incidents).toEqual([]);
});

test('the data block needs no hash in the CSP, and the built pages carry exactly one', async ({
  request
}) => {
  for (const path of [`/${SEED}/`, `/${HOSTILE}/`]) {
    const html = await (await request.get(path)).text();
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)![1]!;
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    const data = inline.filter((m) => /type="application\/ld\+json"/.test(m[1]!));
    expect(data).toHaveLength(1);
    // Its text is not among the hashes: the CSP's script-src never applies to a data block.
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(data[0]![2]!).digest('base64');
    expect(csp).not.toContain(hash);
    expect(data[0]![2]).not.toMatch(/[<>&]/);
  }
});
