import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { SEED } from './story-data';

/** A story file as the tests read it, raw: the pages must agree with it. */
interface RawStory {
  title: string;
  documents: { id: string; file: string; title?: string; outlet: string; url?: string }[];
  events: {
    slug: string;
    title: string;
    passages: { document: string }[];
    quotes: { id: string; document: string; text: string }[];
  }[];
}
const read = (dir: string) => JSON.parse(readFileSync(`${dir}/story.json`, 'utf8')) as RawStory;
const seed = read(`content/stories/${SEED}`);
/** The test-only story of images, links, an editorial event and an English document. */
const ILLUSTRATED = 'histoire-illustree';
const illustrated = read(`tests/fixtures/stories/${ILLUSTRATED}`);

const documentPath = (story: string, doc: string) => `/${story}/sources/${doc}/`;
const eventPath = (story: string, slug: string) => `/${story}/${slug}/`;

test.describe('a page per source document', () => {
  for (const doc of seed.documents) {
    test(`${doc.id}: its text, each quotation linked to its event`, async ({ page }) => {
      await page.goto(documentPath(SEED, doc.id));
      const text = readFileSync(`content/stories/${SEED}/${doc.file}`, 'utf8');
      // Every paragraph of the file, verbatim, each with its anchor.
      const paragraphs = text.split('\n').filter((line) => line !== '');
      const shown = page.locator('.passage');
      await expect(shown).toHaveCount(paragraphs.length);
      await expect(page.locator(`#paragraphe-${paragraphs.length}`)).toBeAttached();
      const quotes = seed.events.flatMap((e) =>
        e.quotes.filter((q) => q.document === doc.id).map((q) => ({ ...q, event: e.slug }))
      );
      expect(quotes.length).toBeGreaterThan(0);
      await expect(page.locator('a.quotation')).toHaveCount(quotes.length);
      for (const q of quotes) {
        const mark = page.locator(`a.quotation#${q.id}`);
        await expect(mark).toHaveText(q.text);
        await expect(mark).toHaveAttribute('href', `${eventPath(SEED, q.event)}#${q.id}`);
      }
      if (doc.title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title);
      await expect(page.locator('.facts')).toContainText(doc.outlet);
      if (doc.url) {
        const link = page.getByRole('link', { name: new URL(doc.url).hostname });
        await expect(link).toHaveAttribute('href', doc.url);
      }
      // The way to the story's other documents, this one marked as the page's own.
      await expect(page.locator('nav.sources a[aria-current="page"]')).toHaveAttribute(
        'href',
        documentPath(SEED, doc.id)
      );
      await expect(page.locator('nav.sources a')).toHaveCount(seed.documents.length);
    });
  }

  test('every quote of the story goes from its event to its document and back', async ({
    page
  }) => {
    test.setTimeout(90_000); // two page loads per quote: 9 s alone, past 30 s on a loaded machine
    for (const event of seed.events.filter((e) => e.quotes.length > 0)) {
      for (const quote of event.quotes) {
        await page.goto(eventPath(SEED, event.slug));
        await page
          .locator(`figure#${quote.id}`)
          .getByRole('link', { name: /Voir dans/ })
          .click();
        await expect(page).toHaveURL(`${documentPath(SEED, quote.document)}#${quote.id}`);
        const mark = page.locator(`a.quotation#${quote.id}`);
        await expect(mark).toBeInViewport();
        await mark.click();
        await expect(page).toHaveURL(`${eventPath(SEED, event.slug)}#${quote.id}`);
        await expect(page.locator('.panel h1')).toHaveText(event.title);
      }
    }
  });

  test('the panel names the document each quote stands in, and the documents that report it', async ({
    page
  }) => {
    const event = seed.events.find((e) => e.slug === 'kim-jong-un-arrive-en-russie')!;
    await page.goto(eventPath(SEED, event.slug));
    const second = seed.documents[1]!;
    await expect(
      page.locator('figure#peskov-sujets-sensibles').getByRole('link', {
        name: `Voir dans la source : ${second.title}`
      })
    ).toHaveAttribute('href', `${documentPath(SEED, second.id)}#peskov-sujets-sensibles`);
    await expect(page.locator('.documents a')).toHaveText([second.title!]);
  });

  test('the story page lists its documents', async ({ page }) => {
    await page.goto(`/${SEED}/`);
    const links = page.locator('nav.sources a');
    await expect(links).toHaveCount(seed.documents.length);
    await expect(links.nth(1)).toHaveText(seed.documents[1]!.title!);
    await expect(links.nth(0)).toHaveText('Dépêche AFP du mardi 5 septembre 2023');
  });

  test('an unknown document is the site’s 404 page', async ({ page }) => {
    const response = await page.goto(documentPath(SEED, 'pas-de-document'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Page introuvable');
  });

  test('a document in another language than the story’s says so', async ({ page }) => {
    await page.goto(documentPath(ILLUSTRATED, 'dispatch-en'));
    await expect(page.locator('.text')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.facts')).toContainText('anglais');
    await page.goto(documentPath(ILLUSTRATED, 'depeche-fr'));
    await expect(page.locator('.text')).not.toHaveAttribute('lang', /./);
    // Its publication's time, in its zone, named.
    await expect(page.locator('.facts time')).toHaveText(
      '5 septembre 2023 à 18 h 30 (heure de Paris)'
    );
  });
});

test.describe('the old address of the article', () => {
  for (const [anchor, doc] of [
    ['#paragraphe-3', seed.documents[0]!.id],
    ['#peskov-rien-a-dire', seed.documents[0]!.id],
    ['#kcna-parti-en-train', seed.documents[1]!.id],
    ['', seed.documents[0]!.id]
  ] as const) {
    test(`/article/${anchor} lands on ${doc}${anchor}`, async ({ page }) => {
      await page.goto(`/${SEED}/article/${anchor}`);
      await expect(page).toHaveURL(`${documentPath(SEED, doc)}${anchor}`);
      if (anchor) await expect(page.locator(anchor)).toBeInViewport();
    });
  }

  test('without JavaScript, it lists every document and refreshes to the first', async ({
    browser
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get(`/${SEED}/article/`);
    const html = await response.text();
    expect(html).toContain(
      `<noscript><meta http-equiv="refresh" content="0;url=${documentPath(SEED, seed.documents[0]!.id)}"`
    );
    await page.goto(`/${SEED}/article/`);
    await expect(page).toHaveURL(documentPath(SEED, seed.documents[0]!.id));
    await context.close();
  });
});

test.describe('what an event rests on', () => {
  test('the summit: "D’après d’autres sources", the sources linked by host, the note', async ({
    page
  }) => {
    await page.goto(eventPath(SEED, 'sommet-poutine-kim-au-cosmodrome-vostotchny'));
    const basis = page.locator('.basis.evidence');
    await expect(basis.locator('p').first()).toHaveText(
      'D’après d’autres sources : Reuters, TASS (tass.com)'
    );
    await expect(basis.getByRole('link', { name: /TASS.*tass\.com/ })).toHaveAttribute(
      'href',
      /^https:\/\/tass\.com\//
    );
    await expect(basis.locator('.note')).toContainText('cosmodrome Vostotchny');
    await expect(page.locator('.citations li').last()).toHaveText('TASS — tass.com');
    // Nothing that is not a quote looks like one.
    await expect(page.locator('.panel blockquote')).toHaveCount(0);
    await expect(page.locator('.panel dd')).toContainText(['Fait établi']);
  });

  test('an editorial event says it is the newsroom’s text', async ({ page }) => {
    await page.goto(eventPath(ILLUSTRATED, 'bilan-de-la-redaction'));
    await expect(page.locator('.basis.editorial')).toContainText('Texte de la rédaction');
    await expect(page.locator('.panel blockquote')).toHaveCount(0);
    await expect(page.locator('.panel .documents')).toHaveCount(0);
  });

  test('a time is shown in its zone, the zone named', async ({ page }) => {
    await page.goto(eventPath(ILLUSTRATED, 'le-premier-navire-arrive'));
    const when = page.locator('.panel .when time');
    await expect(when).toHaveText('6 septembre 2023 à 9 h 15 (heure de Vladivostok)');
    await expect(when).toHaveAttribute('datetime', '2023-09-06T09:15');
    // The quote is in its document's language.
    await expect(page.locator('figure#capitaine-en-vue blockquote')).toHaveAttribute('lang', 'en');
  });
});

test.describe('media', () => {
  /** Every request the page makes that leaves the site, and every dialog it opens. */
  function watch(page: Page, origin: string) {
    const incidents: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:'))
        incidents.push(`request: ${r.url()}`);
    });
    page.on('dialog', async (d) => {
      incidents.push(`dialog: ${d.message()}`);
      await d.dismiss();
    });
    return incidents;
  }

  test('an image of the story’s folder is shown, an outside one only linked', async ({
    page,
    baseURL
  }) => {
    const incidents = watch(page, new URL(baseURL!).origin);
    await page.goto(eventPath(ILLUSTRATED, 'la-ministre-annonce'));
    await page.waitForLoadState('networkidle');
    const figure = page.locator('.media figure').first();
    const img = figure.locator('img');
    await expect(img).toHaveAttribute('src', `/${ILLUSTRATED}/media/carte.png`);
    await expect(img).toHaveAttribute('alt', 'Carte du port (trois points rouges)');
    await expect(img).toHaveAttribute('width', '3');
    await expect(img).toHaveAttribute('height', '2');
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(3);
    // The hostile caption and credit are text, not markup.
    await expect(figure.locator('figcaption')).toContainText(
      'Légende piégée : <img src=x onerror=alert("légende")> <script>alert(1)</script>'
    );
    await expect(figure.locator('figcaption')).toContainText('Crédit : Crédit <b>gras</b>');
    await expect(figure.locator('figcaption img, figcaption script, figcaption b')).toHaveCount(0);
    // The outside image: a link by its host name, never an <img>.
    const outside = page.locator('.media figure.link');
    await expect(
      outside.getByRole('link', { name: 'Voir sur images.example.org' })
    ).toHaveAttribute('href', 'https://images.example.org/port.jpg');
    await expect(outside).toContainText('Photo d’une agence');
    await expect(page.locator('img[src*="example.org"]')).toHaveCount(0);
    expect(incidents).toEqual([]);
  });

  test('the image is served with its content type, byte for byte', async ({ request }) => {
    const response = await request.get(`/${ILLUSTRATED}/media/carte.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(
      Buffer.compare(
        await response.body(),
        readFileSync(`tests/fixtures/stories/${ILLUSTRATED}/media/carte.png`)
      )
    ).toBe(0);
  });
});

test.describe('axe on the new pages', () => {
  for (const path of [
    ...seed.documents.map((d) => documentPath(SEED, d.id)),
    ...illustrated.documents.map((d) => documentPath(ILLUSTRATED, d.id)),
    eventPath(SEED, 'sommet-poutine-kim-au-cosmodrome-vostotchny'),
    eventPath(ILLUSTRATED, 'la-ministre-annonce'),
    eventPath(ILLUSTRATED, 'bilan-de-la-redaction'),
    `/${SEED}/`
  ]) {
    test(`no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect((await axeViolations(page)).violations).toEqual([]);
    });
  }
});
