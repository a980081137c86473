import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { pngSize } from './png';
import { SEED } from './story-data';

/** The public origin the site was built with (SITE_ORIGIN, or the preview server's). */
const ORIGIN = process.env.SITE_ORIGIN?.replace(/\/$/, '') || 'http://localhost:4173';
const seed = JSON.parse(readFileSync(`content/stories/${SEED}/story.json`, 'utf8')) as {
  title: string;
  documents: { outlet: string; published: { date: string } }[];
  events: { slug: string; title: string; quotes: { id: string; text: string }[] }[];
};
/** The story's latest document (Libération's of 12 September): the story's publication. */
const latest = seed.documents.reduce((a, b) => (b.published.date > a.published.date ? b : a));
const eventPath = (slug: string) => `/${SEED}/${slug}/`;
/** The story's publication: its latest document's (the follow-up of 12 September). */
const LATEST = latest.published.date;
/** The seed story's first document's page: the dispatch of 5 September. */
const DISPATCH = `/${SEED}/sources/depeche-afp-2023-09-05/`;
const SULLIVAN = 'jake-sullivan-met-en-garde-la-coree-du-nord';
const KREMLIN = 'le-kremlin-refuse-de-confirmer-le-sommet';

test.describe('share previews, read as a chat app’s crawler reads them', () => {
  const pages = [
    { path: '/', type: 'website' },
    { path: `/${SEED}/`, type: 'article', published: LATEST },
    { path: DISPATCH, type: 'article', published: seed.documents[0]!.published.date },
    ...seed.events.map((e) => ({ path: eventPath(e.slug), type: 'article', published: LATEST }))
  ];

  for (const { path, type, published } of pages) {
    test(path, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const { result } = await ogs({ html });
      expect(result.ogUrl).toBe(ORIGIN + path);
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN + path}"`);
      expect(result.ogTitle?.length).toBeGreaterThan(10);
      expect(result.ogDescription?.length).toBeGreaterThan(30);
      expect(result.ogType).toBe(type);
      expect(result.ogLocale).toBe('fr_FR');
      if (published) expect(result.articlePublishedTime).toBe(published);
      expect(html).toMatch(/<meta name="description" content="[^"]{30,}"/);
      if (path === DISPATCH) return; // a document's page has no image of its own
      const [image] = result.ogImage ?? [];
      expect(image?.url.startsWith(`${ORIGIN}/`)).toBe(true);
      expect([image?.width, image?.height, image?.type]).toEqual(['1200', '630', 'image/png']);
      expect(image?.alt?.length).toBeGreaterThan(10);
      expect(result.twitterCard).toBe('summary_large_image');
      expect(result.twitterImage?.[0]?.url).toBe(image?.url);
      const imagePath = image!.url.slice(ORIGIN.length);
      if (path.startsWith(`/${SEED}/`)) expect(imagePath).toBe(`${path}share.png`); // named by its page
      expect(await pngSize(request, imagePath)).toEqual({ width: 1200, height: 630 });
    });
  }

  test('an event’s preview carries its date and its key quote', async ({ request }) => {
    const html = await (await request.get(eventPath(SULLIVAN))).text();
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe(
      "Jake Sullivan met en garde la Corée du Nord contre toute vente d'armes à la Russie — mardi 5 septembre 2023"
    );
    expect(result.ogImage?.[0]?.alt).toContain('« cela en dit long sur la Russie');
    expect(result.ogImage?.[0]?.alt).toContain('(Jake Sullivan)');
  });
});

test.describe('the share control', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the event’s canonical URL, or a quote’s, and says so', async ({ page }) => {
    await page.addInitScript(() => {
      // As on desktop browsers without the Web Share API.
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined });
    });
    await page.goto(eventPath(KREMLIN));
    await page.getByRole('button', { name: 'Partager l’événement' }).click();
    await expect(page.locator('.panel-bar [role="status"]')).toHaveText('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      ORIGIN + eventPath(KREMLIN)
    );
    await page.getByRole('button', { name: 'Partager la citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${ORIGIN}${eventPath(KREMLIN)}#peskov-rien-a-dire`
    );
  });

  test('uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', {
        value: async (data: ShareData) => void shared.push(data)
      });
    });
    await page.goto(eventPath(KREMLIN));
    await page.getByRole('button', { name: 'Partager l’événement' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([
        {
          title: 'Le Kremlin refuse de confirmer un sommet Poutine–Kim',
          url: ORIGIN + eventPath(KREMLIN)
        }
      ]);
  });
});

test.describe('the source article', () => {
  test('shows the dispatch as published, quotations and dates marked', async ({ page }) => {
    await page.goto(DISPATCH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Dépêche AFP du mardi 5 septembre 2023'
    );
    await expect(page.locator('.facts > dd > time')).toHaveText('mardi 5 septembre 2023');
    await expect(page.locator('a.quotation')).toHaveCount(10);
    await expect(page.getByRole('heading', { level: 2, name: /Obus d'artillerie/ })).toBeVisible();
    await expect(page.locator('#paragraphe-2')).toHaveText(/Vladimir Poutine\. AFP\s*$/);
    await expect(page.locator('#paragraphe-7')).toContainText(
      '(répète le paragraphe 2 de la dépêche)'
    );
    await expect(page.locator('mark.date').first()).toHaveText('mardi [mardi 5 septembre 2023]');
    await expect(page.locator('#date-2008')).toContainText('fin juillet [fin juillet 2023]');
  });

  test('quote → article → event: each passage has its URL, one click leads back', async ({
    page
  }) => {
    await page.goto(eventPath(KREMLIN));
    await page
      .locator('#peskov-rien-a-dire')
      .getByRole('link', { name: 'Voir dans la source : Dépêche AFP du mardi 5 septembre 2023' })
      .click();
    await expect(page).toHaveURL(`${DISPATCH}#peskov-rien-a-dire`);
    const passage = page.locator('a.quotation#peskov-rien-a-dire');
    await expect(passage).toBeInViewport();
    const highlight = await passage
      .locator('mark')
      .evaluate((m) => getComputedStyle(m).outlineStyle);
    expect(highlight).toBe('solid');
    await passage.click();
    await expect(page).toHaveURL(`${eventPath(KREMLIN)}#peskov-rien-a-dire`);
    await expect(page.locator('figure#peskov-rien-a-dire')).toBeInViewport();
    await expect(page.locator('.panel h1')).toHaveText(/Le Kremlin refuse/);
  });
});

test.describe('the embed', () => {
  test('lives in an iframe: fits its height, keeps selection inside, opens the site on top', async ({
    page,
    baseURL
  }) => {
    const src = `${baseURL}/embed/${SEED}/`;
    await page.setContent(`<!doctype html><html lang="fr"><body>
      <h1>Un article hôte</h1>
      <iframe id="frise" src="${src}" title="Chronologie" style="width:900px;height:300px;border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener('message', (e) => {
          if (e.data && e.data.type === 'chronologie:hauteur') {
            window.heights.push(e.data.height);
            document.getElementById('frise').style.height = e.data.height + 'px';
          }
        });
      </script></body></html>`);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)
      )
      .toBeGreaterThan(400);

    const frame = page.frameLocator('#frise');
    await expect(frame.locator('header')).toHaveCount(1); // the story's compact header only
    await expect(frame.locator('header.site, footer.site')).toHaveCount(0);
    const full = frame.getByRole('link', { name: 'Voir la chronologie complète' });
    await expect(full).toHaveAttribute('target', '_top');
    await expect(full).toHaveAttribute('href', `${ORIGIN}/${SEED}/`);

    // Selecting an event stays inside the embed, and grows it.
    const before = await page.evaluate(() =>
      (window as unknown as { heights: number[] }).heights.at(-1)!
    );
    await frame.locator(`.horizontal a[data-slug="${KREMLIN}"]`).click();
    await expect(frame.locator('.panel h1')).toHaveText(/Le Kremlin refuse/);
    expect(page.url()).toBe('about:blank');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!))
      .toBeGreaterThan(before);
    // Leaving the timeline opens the canonical page in the top window.
    const open = frame.getByRole('link', { name: 'Ouvrir sur le site' });
    await expect(open).toHaveAttribute('target', '_top');
    await expect(open).toHaveAttribute('href', ORIGIN + eventPath(KREMLIN));
    const article = frame.getByRole('link', { name: /^Voir dans la source/ });
    await expect(article).toHaveAttribute('target', '_top');
    await expect(article).toHaveAttribute('href', `${ORIGIN}${DISPATCH}#peskov-rien-a-dire`);
  });

  test('the story page gives the iframe code to copy', async ({ page }) => {
    await page.goto(`/${SEED}/`);
    await page.getByText('Intégrer cette chronologie').click();
    const code = await page.getByLabel('Code à coller dans votre page :').inputValue();
    expect(code).toContain(`<iframe src="${ORIGIN}/embed/${SEED}/"`);
    expect(code).toContain('chronologie:hauteur');
  });
});

test.describe('print', () => {
  test('an event prints its date and quotes with speakers and source, without controls', async ({
    page
  }) => {
    await page.goto(eventPath(SULLIVAN));
    await page.locator('.horizontal.only').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.panel h1')).toBeVisible();
    await expect(page.locator('.event .when time')).toHaveText('mardi 5 septembre 2023');
    await expect(page.locator('.panel blockquote')).toHaveCount(5);
    for (const quote of await page.locator('.panel figure').all()) {
      await expect(quote.locator('blockquote')).toBeVisible();
      await expect(quote.locator('.speaker')).toHaveText('Jake Sullivan');
    }
    // The story's sources: every outlet, the latest's date.
    expect(latest.published.date).toBe('2023-09-12');
    await expect(
      page.getByText('Dépêches AFP et Libération, la dernière publiée le mardi 12 septembre 2023')
    ).toBeVisible();
    await expect(
      page.getByText(`Adresse de cet événement : ${ORIGIN}${eventPath(SULLIVAN)}`)
    ).toBeVisible();
    for (const hidden of [
      '.toolbar',
      '.timeline .drawing',
      'header.site',
      '.panel-bar',
      '.siblings',
      '.actions',
      '.all-events'
    ])
      await expect(page.locator(hidden).first()).toBeHidden();
    expect(
      await page.getByRole('button').evaluateAll((b) => b.filter((x) => x.checkVisibility()).length)
    ).toBe(0);
  });

  // FIXME (PAGES, issue 13: the panel's new blocks): a printed event says which document each
  // quote stands in. Sullivan's quotes are in the AFP dispatch of 5 September, but the page only
  // names the story's latest document (Libération, 12 September) in its header.
  test('an event prints the document each of its quotes stands in', async ({ page }) => {
    await page.goto(eventPath(SULLIVAN));
    await page.locator('.horizontal.only').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const quote of await page.locator('.panel figure').all())
      await expect(quote).toContainText(seed.documents[0]!.outlet);
  });

  test('the story prints the chronological list of events', async ({ page }) => {
    await page.goto(`/${SEED}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.all-events li')).toHaveCount(seed.events.length);
    await expect(page.locator('.all-events')).toBeVisible();
    await expect(page.locator('.timeline .drawing')).toBeHidden();
  });
});
