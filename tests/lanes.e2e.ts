/**
 * Lanes are told apart by colour, shape and hatching: in a story of five lanes or more, no two
 * look the same. The e2e build's synthetique-10000 has five; every story of the build with
 * five or more is checked.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LONG } from './story-data';

const BUILD = process.env.E2E_BUILD_DIR ?? 'build';

/** The stories of the build with five lanes or more, and their lanes' names. */
function wideStories() {
  const { stories } = JSON.parse(readFileSync(`${BUILD}/stories.json`, 'utf8')) as {
    stories: { id: string }[];
  };
  return stories
    .map(({ id }) => ({
      id,
      lanes: (
        JSON.parse(readFileSync(`${BUILD}/${id}/story.json`, 'utf8')) as {
          lanes: { label: string }[];
        }
      ).lanes.map((lane) => lane.label)
    }))
    .filter(({ lanes }) => lanes.length >= 5);
}

const distinct = (values: string[]) => new Set(values).size === values.length;

test('in a story of five lanes or more, no two lanes look the same', async ({ page }) => {
  const wide = wideStories();
  const built = (
    JSON.parse(readFileSync(`${BUILD}/stories.json`, 'utf8')) as {
      stories: { id: string }[];
    }
  ).stories.some((s) => s.id === LONG);
  if (built) expect(wide.map((s) => s.id)).toContain(LONG);
  test.skip(
    wide.length === 0,
    `no story of five lanes in this build (npm run test:e2e has ${LONG})`
  );
  for (const { id, lanes } of wide) {
    // The legend's entries, in either theme.
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${id}/`);
      await page.locator('.legend summary').click();
      const entries = page.locator('.legend ul').first().locator('li');
      await expect(entries).toHaveText(lanes);
      const looks = await entries.evaluateAll((items) =>
        items.map((li) => {
          const shape = li.querySelector('path')!;
          return { shape: shape.getAttribute('d')!, colour: getComputedStyle(shape).fill };
        })
      );
      const seen = `${id}, ${colorScheme}: ${JSON.stringify(looks)}`;
      expect(distinct(looks.map((l) => l.shape)), seen).toBe(true);
      expect(distinct(looks.map((l) => l.colour)), seen).toBe(true);
    }
    // Each lane's hatching, for the spans its dates may cover: its angle and its pattern.
    await expect(page.locator('.horizontal.only')).toBeVisible();
    const hatchings = await page
      .locator('.horizontal pattern')
      .evaluateAll((patterns) =>
        patterns.map(
          (p) =>
            `${p.getAttribute('patternTransform')} ${[...p.children].map((c) => c.outerHTML.replace(/ class="[^"]*"/g, '')).join('')}`
        )
      );
    expect(hatchings).toHaveLength(lanes.length);
    expect(distinct(hatchings), `${id}:\n${hatchings.join('\n')}`).toBe(true);
  }
});
