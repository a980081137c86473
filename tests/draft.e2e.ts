/**
 * A drafted story, built as it is: the seed dispatch drafted by `npm run draft` into
 * .generated/stories/brouillon-coree (test:e2e drafts it before the build). Its event pages show
 * the draft mark with the engine's notes, its story page says how many events are drafts, and a
 * confirmed story (the seed) shows none.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';

const STORY = 'brouillon-coree';
const story = JSON.parse(
  readFileSync(new URL(`../.generated/stories/${STORY}/story.json`, import.meta.url), 'utf8')
) as {
  events: {
    slug: string;
    draft?: { notes: string[] };
    quotes: { text: string; draft?: { notes: string[] } }[];
  }[];
};
const drafts = story.events.filter((e) => e.draft);

test('an event of a drafted story shows "Brouillon — à confirmer" with its notes, axe-clean', async ({
  page
}) => {
  const event = story.events.find((e) => e.draft && e.quotes.some((q) => q.draft))!;
  await page.goto(`/${STORY}/${event.slug}/`);
  const mark = page.getByRole('complementary', { name: 'Brouillon — à confirmer' });
  await expect(mark).toBeVisible();
  await expect(mark).toContainText(event.draft!.notes[0]!);
  await expect(mark).toContainText(event.quotes.find((q) => q.draft)!.draft!.notes[0]!);
  expect((await axeViolations(page)).violations).toEqual([]);
});

test('the drafted story says how many events are still drafts; the seed story, none', async ({
  page
}) => {
  await page.goto(`/${STORY}/`);
  await expect(page.locator('.story-header')).toContainText(
    `${drafts.length} événements sont encore des brouillons, à confirmer.`
  );
  await page.goto('/coree-du-nord-russie-armes/jake-sullivan-met-en-garde-la-coree-du-nord/');
  await expect(page.getByText('Brouillon — à confirmer')).toHaveCount(0);
  await expect(page.getByText(/encore des? brouillons?/)).toHaveCount(0);
});
