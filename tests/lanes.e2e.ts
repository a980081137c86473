/**
 * Lanes are told apart by colour, shape and hatching: in a story of five lanes or more, no two
 * look the same. The e2e build's synthetique-10000 has five; any story of the build with five
 * or more is checked.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const BUILD = process.env.E2E_BUILD_DIR ?? 'build';

const wide = (
  JSON.parse(readFileSync(`${BUILD}/stories.json`, 'utf8')) as { stories: { id: string }[] }
).stories
  .map(({ id }) => ({
    id,
    lanes: (
      JSON.parse(readFileSync(`${BUILD}/${id}/story.json`, 'utf8')) as {
        lanes: { label: string }[];
      }
    ).lanes
  }))
  .filter(({ lanes }) => lanes.length >= 5);

const distinct = (values: string[]) => new Set(values).size === values.length;

test('the build has a story of five lanes or more', () => {
  expect(wide.map((s) => s.id)).not.toEqual([]);
});

for (const { id, lanes } of wide) {
  test(`the ${lanes.length} lanes of ${id} all look different`, async ({ page }) => {
    await page.goto(`/${id}/`);
    await page.locator('.legend summary').click();
    const entries = page.locator('.legend ul').first().locator('li');
    await expect(entries).toHaveText(lanes.map((lane) => lane.label));
    const looks = await entries.evaluateAll((items) =>
      items.map((li) => {
        const shape = li.querySelector('path')!;
        return { shape: shape.getAttribute('d')!, colour: getComputedStyle(shape).fill };
      })
    );
    expect(distinct(looks.map((l) => l.shape)), JSON.stringify(looks)).toBe(true);
    expect(distinct(looks.map((l) => l.colour)), JSON.stringify(looks)).toBe(true);
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
    expect(distinct(hatchings), hatchings.join('\n')).toBe(true);
  });
}
