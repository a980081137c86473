import { expect, test, type Page } from '@playwright/test';
import { builtStory, SEED } from './story-data';

const STORY = `/${SEED}/`;
const FIRST = 'visite-de-choigou-en-coree-du-nord';
const SECOND = 'defile-militaire-aux-cotes-de-kim-jong-un';
const MONDAY_WH = 'la-maison-blanche-kim-veut-se-rendre-en-russie';
const SULLIVAN = 'jake-sullivan-met-en-garde-la-coree-du-nord';
const KREMLIN = 'le-kremlin-refuse-de-confirmer-le-sommet';
/** The story's last event: the Putin–Kim summit, Wednesday 13 September 2023. */
const LAST = 'sommet-poutine-kim-au-cosmodrome-vostotchny';
const path = (slug: string) => `/${SEED}/${slug}/`;

const mark = (page: Page, slug: string) => page.locator(`.horizontal a[data-slug="${slug}"]`);
const ticks = (page: Page) => page.locator('.horizontal .tick text').allTextContents();
const viewport = (page: Page) => page.locator('.horizontal .viewport');

/** Opens a page and waits until the app has taken over (the drawing is measured). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.horizontal.only')).toBeVisible();
  // The wide drawing is hydrated in a task of its own, after the toolbar (Island.svelte).
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
}

/** Waits until a zoom's stretch is laid out (it is, 150 ms after the zoom rests). */
const atRest = (page: Page) => expect(page.locator('.horizontal svg.stretched')).toHaveCount(0);

/** The x of a mark's shape or band (not its label, which may sit on either side). */
async function markX(page: Page, slug: string) {
  const box = (await mark(page, slug).locator('path.shape, rect.band').first().boundingBox())!;
  return box.x + box.width / 2;
}

test.describe('selecting an event', () => {
  test('a click on a mark opens its panel at its own URL, without leaving the timeline', async ({
    page
  }) => {
    await open(page, STORY);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(/La Maison Blanche met en garde/);
    await mark(page, SULLIVAN).click();
    await expect(page).toHaveURL(path(SULLIVAN));
    await expect(title).toHaveText(/^Jake Sullivan met en garde/);
    await expect(mark(page, SULLIVAN)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.all-events a[aria-current="page"]')).toHaveText(/Jake Sullivan/);
    await expect(page.locator('.panel blockquote')).toHaveCount(5);
    // The same timeline element: it was not re-rendered by the navigation.
    await mark(page, KREMLIN).click();
    await expect(page).toHaveURL(path(KREMLIN));
    await expect(mark(page, SULLIVAN)).not.toHaveAttribute('aria-current');
    await expect(mark(page, KREMLIN)).toHaveAttribute('aria-current', 'true');
  });

  test('the keyboard selects and moves: Enter, Space, ←, →, Home, End, Escape', async ({
    page
  }) => {
    await open(page, STORY);
    await mark(page, FIRST).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(path(FIRST));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(path(SECOND));
    await expect(mark(page, SECOND)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(path(FIRST));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(path(LAST));
    await expect(mark(page, LAST)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(path(FIRST));
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(STORY);
    await expect(page.locator('.panel')).toHaveCount(0);
    await expect(mark(page, FIRST)).toBeFocused();
    await mark(page, MONDAY_WH).focus();
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(path(MONDAY_WH));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kim Jong Un veut se rendre/);
  });

  test('Back and Forward step through the events opened before', async ({ page }) => {
    await open(page, STORY);
    await mark(page, FIRST).click();
    await expect(page).toHaveURL(path(FIRST));
    await mark(page, SULLIVAN).click();
    await expect(page).toHaveURL(path(SULLIVAN));
    await page.goBack();
    await expect(page).toHaveURL(path(FIRST));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Choïgou en visite/);
    await expect(mark(page, FIRST)).toHaveAttribute('aria-current', 'true');
    await expect(mark(page, FIRST)).toBeFocused(); // focus follows, not lost on <body>
    await page.goBack();
    await expect(page).toHaveURL(STORY);
    await expect(page.locator('.panel')).toHaveCount(0);
    await page.goForward();
    await expect(page).toHaveURL(path(FIRST));
    await expect(page.locator('.panel h1')).toHaveText(/Choïgou en visite/);
  });

  test('a shared link opens cold on its event: mark in view and highlighted, panel open', async ({
    page
  }) => {
    await open(page, path(MONDAY_WH));
    await expect(mark(page, MONDAY_WH)).toHaveAttribute('aria-current', 'true');
    await expect(mark(page, MONDAY_WH)).toBeInViewport();
    const box = (await viewport(page).boundingBox())!;
    const x = await markX(page, MONDAY_WH);
    expect(x).toBeGreaterThanOrEqual(box.x);
    expect(x).toBeLessThanOrEqual(box.x + box.width);
    await expect(page.locator('.panel h1')).toHaveText(/Kim Jong Un veut se rendre en Russie/);
    await expect(page.locator('.panel figcaption')).toHaveCount(2);
  });
});

test.describe('keyboard edge cases', () => {
  test('held arrows skip no event, and the ends add no history', async ({ page }) => {
    await open(page, path(FIRST));
    await mark(page, FIRST).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
    await expect(page).toHaveURL(path('le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang'));
    await page.keyboard.press('End');
    await expect(page).toHaveURL(path(LAST));
    const length = await page.evaluate(() => history.length);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect(mark(page, LAST)).toBeFocused();
  });

  test('zooming by key keeps the focused mark in place and focused', async ({ page }) => {
    await open(page, path(KREMLIN));
    await mark(page, KREMLIN).focus();
    const shape = mark(page, KREMLIN).locator('path.shape');
    const before = (await shape.boundingBox())!;
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect(mark(page, KREMLIN)).toBeFocused();
    const after = (await shape.boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (before.x + before.width / 2))).toBeLessThan(16);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(path(SULLIVAN));
  });
});

test.describe('scrolling and zooming', () => {
  test('however far the reader pans, the story stays on screen', async ({ page }) => {
    await open(page, STORY);
    const box = (await viewport(page).boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 100);
    await page.keyboard.down('Control');
    for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 400);
    await page.keyboard.up('Shift');
    await expect(mark(page, LAST)).toBeInViewport();
    for (let i = 0; i < 80; i++) await page.mouse.wheel(-400, 0);
    await expect(mark(page, FIRST)).toBeInViewport();
  });

  test('zoom and pan change the visible range and keep the selection', async ({ page }) => {
    await open(page, path(SULLIVAN));
    const before = await ticks(page);
    const box = (await viewport(page).boundingBox())!;
    const shape = mark(page, SULLIVAN).locator('path.shape');
    const centre = async () => {
      const b = (await shape.boundingBox())!;
      return b.x + b.width / 2;
    };
    const x = await centre();

    // ctrl+wheel zooms, anchored at the pointer: the mark under it stays put.
    await page.mouse.move(x, box.y + box.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => ticks(page)).not.toEqual(before);
    expect(Math.abs((await centre()) - x)).toBeLessThan(12);
    const zoomed = await ticks(page);
    // Zoomed in, labels have room to be longer.
    await expect(mark(page, SULLIVAN).locator('text')).toHaveText(
      /^Jake Sullivan met en garde Pyongyang$/
    );
    expect(zoomed.some((t) => /^(lun|mar)\. [45]$/.test(t))).toBe(true); // days now
    await expect(mark(page, SULLIVAN)).toHaveAttribute('aria-current', 'true');

    // Drag pans (towards the past: the story's last day cannot go further left). The drawing's
    // height follows its rows, which the zoom changed: measure it again.
    const startX = await markX(page, SULLIVAN);
    const zoomedBox = (await viewport(page).boundingBox())!;
    await page.mouse.move(box.x + 250, zoomedBox.y + zoomedBox.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, zoomedBox.y + zoomedBox.height - 10, { steps: 8 });
    await page.mouse.up();
    expect((await markX(page, SULLIVAN)) - startX).toBeCloseTo(150, -1);
    await expect(page).toHaveURL(path(SULLIVAN)); // a drag is not a click

    // Shift+wheel pans too.
    const beforeShift = await markX(page, SULLIVAN);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Shift');
    await expect.poll(() => markX(page, SULLIVAN)).toBeGreaterThan(beforeShift + 50);

    // "Tout voir" fits the whole story again.
    await page.getByRole('button', { name: 'Tout voir' }).click();
    await expect.poll(() => ticks(page)).toEqual(before);
    await expect(mark(page, SULLIVAN)).toHaveAttribute('aria-current', 'true');
  });

  test('the buttons and the keys zoom', async ({ page }) => {
    await open(page, STORY);
    const zoomOut = page.getByRole('button', { name: 'Zoom arrière' });
    await expect(zoomOut).toBeDisabled();
    const before = await ticks(page);
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    await expect(zoomOut).toBeEnabled();
    await expect.poll(() => ticks(page)).not.toEqual(before);
    await page.locator('.horizontal a[data-slug]').first().focus();
    await page.keyboard.press('0');
    await expect.poll(() => ticks(page)).toEqual(before);
    await page.keyboard.press('+');
    await expect(zoomOut).toBeEnabled();
    await page.keyboard.press('-');
    await expect(zoomOut).toBeDisabled();
  });

  test('a vertical wheel over the timeline scrolls the page, not the timeline', async ({
    page
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await open(page, path(SULLIVAN));
    const before = await ticks(page);
    const x = await markX(page, SULLIVAN);
    const box = (await viewport(page).boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 100);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await ticks(page)).toEqual(before);
    expect(await markX(page, SULLIVAN)).toBeCloseTo(x, 0);
  });

  test('the zoom and the position survive opening and closing events', async ({ page }) => {
    await open(page, STORY);
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    const box = (await viewport(page).boundingBox())!;
    await page.mouse.move(box.x + 500, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + box.height - 10, { steps: 5 });
    await page.mouse.up();
    await atRest(page);
    const view = await ticks(page);
    // A mark well inside the view (one near an edge would be brought into view when opened).
    const slug = await page.locator('.horizontal a[data-slug]').evaluateAll((links, width) => {
      const inside = links.find((a) => {
        const x = a.getBoundingClientRect().x;
        return x > 200 && x < width - 300;
      });
      return inside?.getAttribute('data-slug');
    }, box.x + box.width);
    expect(slug).toBeTruthy();
    const x = await markX(page, slug!);
    await mark(page, slug!).click();
    await expect(page).toHaveURL(path(slug!));
    // The panel opens beside the drawing, which narrows: the same days stay in the same
    // places relative to its width, at the same zoom.
    const narrow = (await viewport(page).boundingBox())!;
    expect(narrow.width).toBeLessThan(box.width * 0.8);
    expect(((await markX(page, slug!)) - narrow.x) / narrow.width).toBeCloseTo(
      (x - box.x) / box.width,
      1
    );
    await expect(page.getByRole('button', { name: 'Zoom arrière' })).toBeEnabled();
    await page.getByRole('link', { name: /Fermer/ }).click();
    await expect(page).toHaveURL(STORY);
    expect(await ticks(page)).toEqual(view);
    expect(await markX(page, slug!)).toBeCloseTo(x, 0);
  });
});

test.describe('pressed before the drawing has started', () => {
  /**
   * The drawing's DOM, to compare two pages by: every element and its attributes, with the
   * per-page ids (gradients, clip paths) numbered in order of appearance.
   */
  const drawingShape = (page: Page) =>
    page.locator('.horizontal').evaluate((root) => {
      const ids = new Map<string, string>();
      const norm = (v: string) => v.replace(/[\w-]*\d[\w-]*/g, (m) => ids.get(m) ?? m);
      for (const el of root.querySelectorAll('[id]')) ids.set(el.id, `id${ids.size}`);
      const out: string[] = [];
      const walk = (el: Element, depth: number) => {
        const attrs = [...el.attributes]
          .filter((a) => a.name !== 'style')
          .map((a) => `${a.name}=${norm(a.value)}`)
          .sort();
        out.push(`${' '.repeat(depth)}${el.tagName} ${attrs.join(' ')}`);
        for (const child of el.children) walk(child, depth + 1);
      };
      walk(root, 0);
      return out;
    });

  test('a zoom pressed between the toolbar and the drawing taking over draws what it draws later', async ({
    page
  }) => {
    // The page takes over in tasks: the timeline (toolbar, legend), then the drawing. The press
    // lands in a task queued as the timeline's ends, so before the drawing's own task.
    await page.addInitScript(() => {
      const measure = performance.measure.bind(performance);
      performance.measure = ((name: string, ...rest: never[]) => {
        if (/^island timeline-(?!drawing)/.test(name)) {
          setTimeout(() => {
            const w = window as unknown as { pressedEarly?: boolean };
            w.pressedEarly = performance.getEntriesByName('island timeline-drawing').length === 0;
            const zoom = document.querySelector<HTMLButtonElement>(
              '.toolbar button[aria-label="Zoom avant"]'
            )!;
            // Three steps: past the stretch's bound (×2.25), so the drawing is laid out at once.
            for (let i = 0; i < 3; i++) {
              zoom.dispatchEvent(
                new PointerEvent('pointerdown', { bubbles: true, composed: true })
              );
              zoom.click();
            }
          });
        }
        return measure(name, ...rest);
      }) as typeof performance.measure;
    });
    await open(page, STORY);
    expect(await page.evaluate(() => (window as { pressedEarly?: boolean }).pressedEarly)).toBe(
      true
    );
    await expect(page.getByRole('button', { name: 'Zoom arrière' })).toBeEnabled();
    await atRest(page);
    const early = await drawingShape(page);

    const later = await page.context().newPage();
    await open(later, STORY);
    for (let i = 0; i < 3; i++) await later.getByRole('button', { name: 'Zoom avant' }).click();
    await expect(later.getByRole('button', { name: 'Zoom arrière' })).toBeEnabled();
    await atRest(later);
    expect(early).toEqual(await drawingShape(later));
    expect(await ticks(page)).toEqual(await ticks(later));
    // And the marks answer: the first one opens its event.
    await mark(page, FIRST).click();
    await expect(page).toHaveURL(path(FIRST));
  });
});

test.describe('the time axis', () => {
  test('names the months, and no two labels overlap', async ({ page }) => {
    await open(page, STORY);
    const labels = await ticks(page);
    expect(labels[0]).toMatch(/juil\.$/);
    expect(labels.some((l) => /sept\.$/.test(l))).toBe(true);
    const boxes = await page
      .locator('.horizontal .tick text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON()));
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
  });

  test('at tablet widths every label of the whole story is on screen', async ({ page }) => {
    for (const width of [640, 800, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, STORY);
      const right = (await viewport(page).boundingBox())!;
      const overflow = await page
        .locator('.horizontal a[data-slug] text')
        .evaluateAll((texts) =>
          texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right])
        );
      for (const [left, end] of overflow) {
        expect(left).toBeGreaterThanOrEqual(right.x - 1);
        expect(end).toBeLessThanOrEqual(right.x + right.width + 1);
      }
    }
  });

  test('shows the compressed break with its length; the linear switch removes it and stays in the URL', async ({
    page,
    request
  }) => {
    // Days apart, from the export: the parade (27 July) to Monday 4 September, and Monday to
    // Tuesday 5 September.
    const story = await builtStory(request, SEED);
    const day = (slug: string) =>
      Date.parse(story.events.find((e) => e.slug === slug)!.date.start) / 86_400_000;
    const days = (day(MONDAY_WH) - day(SECOND)) / (day(SULLIVAN) - day(MONDAY_WH));
    expect(days).toBe(39);
    await open(page, STORY);
    const gap = page.locator('.horizontal [data-testid="axis-break"]');
    await expect(gap).toHaveCount(1);
    await expect(gap).toContainText('≈ 4 semaines');
    /** How many Monday-to-Tuesday widths from the parade to Monday, as drawn. */
    const drawnRatio = async () =>
      ((await markX(page, MONDAY_WH)) - (await markX(page, SECOND))) /
      ((await markX(page, SULLIVAN)) - (await markX(page, MONDAY_WH)));
    // Compressed, the quiet weeks take far less than their days' worth of room.
    expect(await drawnRatio()).toBeLessThan(days / 2);

    await page.getByLabel('Échelle linéaire (durées réelles)').check();
    await expect(page).toHaveURL(`${STORY}?echelle=lineaire`);
    await expect(gap).toHaveCount(0);
    // Linear, every day is as wide as every other.
    expect(Math.abs((await drawnRatio()) / days - 1)).toBeLessThan(0.1);

    // The choice survives a reload and follows the reader to an event.
    await page.reload();
    await expect(page.locator('.horizontal.only')).toBeVisible();
    await expect(page.getByLabel('Échelle linéaire (durées réelles)')).toBeChecked();
    await expect(gap).toHaveCount(0);
    await mark(page, LAST).click();
    await expect(page).toHaveURL(`${path(LAST)}?echelle=lineaire`);
    await page.getByLabel('Échelle linéaire (durées réelles)').uncheck();
    await expect(page).toHaveURL(path(LAST));
    await expect(gap).toHaveCount(1);
  });

  test('draws each kind of date: a point, a band, and the span the article’s words allow', async ({
    page
  }) => {
    await open(page, STORY);
    await expect(mark(page, FIRST).locator('rect.band')).toHaveCount(1);
    await expect(mark(page, FIRST).locator('rect.outer')).toHaveCount(1); // "fin juillet"
    await expect(mark(page, SULLIVAN).locator('path.shape')).toHaveCount(1);
    await expect(mark(page, SULLIVAN).locator('rect.outer')).toHaveCount(0);
    const outer = (await mark(page, FIRST).locator('rect.outer').boundingBox())!;
    const band = (await mark(page, FIRST).locator('rect.band').boundingBox())!;
    expect(band.x).toBeGreaterThan(outer.x);
    expect(band.x + band.width).toBeLessThan(outer.x + outer.width);
    await page.getByText('Légende').click();
    await expect(page.locator('details.legend')).toContainText('un jour précis');
    await expect(page.locator('div.legend')).toContainText('Washington');
  });

  test('lanes have labels, and labels of same-day events do not overlap', async ({ page }) => {
    await open(page, STORY);
    for (const lane of ['Washington', 'Moscou', 'Pyongyang', 'La presse'])
      await expect(page.locator('.horizontal .lane-label', { hasText: lane })).toBeVisible();
    const boxes = await page
      .locator('.horizontal a[data-slug] text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON()));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the timeline is vertical, scrolls with the page, and a tap opens the panel below it', async ({
    page
  }) => {
    await page.goto(STORY);
    await expect(page.locator('.vertical.only')).toBeVisible();
    await expect(page.locator('.horizontal')).toHaveCount(0);
    for (const lane of ['Washington', 'Moscou', 'Pyongyang', 'La presse'])
      await expect(page.locator('.vertical .lanes', { hasText: lane })).toBeVisible();
    const vmark = page.locator(`.vertical a[data-slug="${SULLIVAN}"]`);
    await vmark.scrollIntoViewIfNeeded();
    await vmark.locator('text').tap();
    await expect(page).toHaveURL(path(SULLIVAN));
    await expect(page.locator('.panel h1')).toBeInViewport();
    await expect(vmark).toHaveAttribute('aria-current', 'true');
    // The way back up to the mark.
    await page.getByRole('button', { name: /Voir sur la frise/ }).tap();
    await expect(vmark).toBeInViewport();
    await expect(page.getByRole('link', { name: /Fermer/ })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an event URL shows its panel and a chronological list of every event', async ({
    page,
    request
  }) => {
    const story = await builtStory(request, SEED);
    await page.goto(path(SULLIVAN));
    await expect(page.locator('.panel h1')).toHaveText(/Jake Sullivan met en garde/);
    await expect(page.locator('.panel blockquote')).toHaveCount(5);
    const list = page.locator('.all-events li a');
    await expect(list).toHaveCount(story.events.length);
    await expect(list.first()).toHaveAttribute('href', path(FIRST));
    await expect(list.last()).toHaveAttribute('href', path(LAST));
    await expect(page.locator('.horizontal svg[role="group"]')).toBeVisible(); // drawn by the server
    // Controls that need the script are not offered without it.
    await expect(page.getByRole('button', { name: 'Tout voir' })).toHaveCount(0);
    await page.getByRole('link', { name: /Fermer/ }).click();
    await expect(page).toHaveURL(STORY);
  });
});
