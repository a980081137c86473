/**
 * Dark mode: the site follows the system's colour scheme, or the reader's choice ("Clair",
 * "Sombre", "Système") kept on the device; the first paint already has it, before the site's
 * script has run; print stays light.
 */
import { expect, test, type Page } from '@playwright/test';
import { SEED } from './story-data';
import { chosen, look, lookOfDocument, system, type ThemeLook } from './theme-look';

const STORY = `/${SEED}/`;
const EVENT = `/${SEED}/le-kremlin-refuse-de-confirmer-le-sommet/`;
/** How long the site's script is held back, ms: the first paint comes long before. */
const SCRIPT_DELAY = 3000;

const control = (page: Page) => page.getByLabel('Thème');

/**
 * Opens `path` with the site's script held back, and returns how the page looked at its first
 * paint (recorded at its first animation frame, which no browser runs before the page can be
 * drawn), and whether the script had arrived by then.
 */
async function firstPaint(page: Page, path: string, stored?: 'light' | 'dark') {
  if (stored) await page.addInitScript((theme) => localStorage.setItem('theme', theme), stored);
  await page.addInitScript(
    `requestAnimationFrame(() => { window.firstPaint = (${lookOfDocument.toString()})(); });`
  );
  let scriptArrived = false;
  page.on('requestfinished', (request) => {
    if (/\/_app\/.*\.js$/.test(request.url())) scriptArrived = true;
  });
  await page.route('**/_app/**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY));
    await route.continue().catch(() => {}); // the test may be over
  });
  await page.goto(path, { waitUntil: 'commit' });
  const painted = (await (
    await page.waitForFunction(() => (window as { firstPaint?: object }).firstPaint)
  ).jsonValue()) as ThemeLook;
  // The control needs the script: it is not offered yet.
  await expect(control(page)).toBeHidden();
  return { painted, scriptArrived };
}

test.describe('with "Sombre" stored and a light system', () => {
  test.use({ colorScheme: 'light' });

  test('the first paint is dark, before the site’s script has run', async ({ page }) => {
    const { painted, scriptArrived } = await firstPaint(page, EVENT, 'dark');
    expect(scriptArrived).toBe(false);
    expect(painted).toEqual(chosen('dark'));
    // And once the script has run, the control says so.
    await expect(control(page)).toBeVisible({ timeout: SCRIPT_DELAY + 10_000 });
    await expect(control(page)).toHaveValue('dark');
    expect(await look(page)).toEqual(chosen('dark'));
  });

  test('the embed, which has no control, is dark too', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(`/embed/${SEED}/`);
    await page.waitForLoadState('networkidle');
    expect(await look(page)).toEqual(chosen('dark'));
    await expect(control(page)).toHaveCount(0);
  });

  test('print is light', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(EVENT);
    expect((await look(page)).background).toBe('dark');
    await page.emulateMedia({ media: 'print' });
    expect(await look(page)).toMatchObject({ background: 'light', scheme: 'light' });
  });
});

test.describe('with a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the first paint is dark; with "Clair" stored, light, before the site’s script has run', async ({
    page
  }) => {
    const unchosen = await firstPaint(page, STORY);
    expect(unchosen).toEqual({ painted: system('dark'), scriptArrived: false });
    const other = await page.context().newPage();
    const { painted, scriptArrived } = await firstPaint(other, STORY, 'light');
    expect(scriptArrived).toBe(false);
    expect(painted).toEqual(chosen('light'));
  });

  test('the embed follows it', async ({ page }) => {
    await page.goto(`/embed/${SEED}/`);
    expect(await look(page)).toEqual(system('dark'));
  });

  test('print is light', async ({ page }) => {
    await page.goto(STORY);
    expect((await look(page)).background).toBe('dark');
    await page.emulateMedia({ media: 'print' });
    expect(await look(page)).toMatchObject({ background: 'light', scheme: 'light' });
  });
});

test('the choice is kept: a reload, and the next page, have it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(STORY);
  await expect(control(page)).toHaveValue('system');
  expect(await look(page)).toEqual(system('light'));
  await control(page).selectOption({ label: 'Sombre' });
  expect(await look(page)).toEqual(chosen('dark'));
  // Form controls follow it: the select itself is drawn dark.
  const field = await control(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(field).not.toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(control(page)).toHaveValue('dark');
  expect(await look(page)).toEqual(chosen('dark'));
  await page.goto(EVENT);
  expect(await look(page)).toEqual(chosen('dark'));
  await control(page).selectOption({ label: 'Clair' });
  await page.reload();
  await expect(control(page)).toHaveValue('light');
  expect(await look(page)).toEqual(chosen('light'));
});

test('"Système" follows the system, as it changes', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('theme', 'dark');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(STORY);
  await expect(control(page)).toHaveValue('dark');
  expect(await look(page)).toEqual(chosen('dark'));
  await control(page).selectOption({ label: 'Système' });
  expect(await look(page)).toEqual(system('light'));
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await look(page)).toEqual(system('dark'));
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await look(page)).toEqual(system('light'));
  // Kept as no choice at all: the next load follows the system too.
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(control(page)).toHaveValue('system');
  expect(await look(page)).toEqual(system('dark'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page follows the system, and offers no control', async ({ page }) => {
    await page.goto(STORY);
    expect(await look(page)).toEqual(system('dark'));
    await expect(control(page)).toBeHidden();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await look(page)).toEqual(system('light'));
  });
});
