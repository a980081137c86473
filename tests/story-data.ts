/** The built site's own export, read as a client would, to drive the e2e tests. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { Story, StoryEvent } from '../src/lib/story/types';

export type ExportedStory = Omit<Story, 'events'> & { events: (StoryEvent & { path: string })[] };

/** One story of the built site, by id, as its export gives it. */
export async function builtStory(request: APIRequestContext, id: string): Promise<ExportedStory> {
  const response = await request.get(`/${id}/story.json`);
  if (!response.ok()) throw new Error(`/${id}/story.json: HTTP ${response.status()}`);
  return (await response.json()) as ExportedStory;
}

export const SEED = 'coree-du-nord-russie-armes';
/** The 10,000-event synthetic story that npm run test:e2e generates and builds in. */
export const LONG = 'synthetique-10000';
/**
 * An English synthetic story of 1,000 events, generated with --lang en: the English pages are
 * tested on it (a thousand events give it list pages; the 10,000 are tested on the French one).
 */
export const LONG_EN = 'synthetic-1000-en';

/** A long story's pages are many: of a folder with more than this many, a sample is tested. */
const SAMPLE_ABOVE = 60;

/**
 * Every page of the built site (each index.html, and 404.html), except that of a folder with
 * many pages (a long story's events), only a sample is kept: its own page, its first three
 * and its last two pages, and its list's second and last pages. Of the stories named in
 * `onlyStoryPagesOf`, only the story's page and its embed are kept (the imported TimelineJS
 * timelines: tests/timelinejs.e2e.ts and hostile.e2e.ts open every page of theirs).
 */
export function builtPages(
  dir = process.env.E2E_BUILD_DIR ?? 'build',
  { onlyStoryPagesOf = [] as readonly string[] } = {}
): string[] {
  const only = new Set(onlyStoryPagesOf.flatMap((id) => [`/${id}/`, `/embed/${id}/`]));
  const all = allBuiltPages(dir).filter(
    (page) => only.has(page) || ![...only].some((own) => page.startsWith(own))
  );
  const byFolder = new Map<string, string[]>();
  for (const page of all) {
    const folder = page
      .split('/')
      .slice(0, page.startsWith('/embed/') ? 3 : 2)
      .join('/');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), page]);
  }
  return [...byFolder.entries()]
    .flatMap(([folder, pages]) => {
      if (pages.length <= SAMPLE_ABOVE) return pages;
      const lists = pages.filter((p) => /\/liste\/\d+\/$/.test(p));
      const rest = pages.filter((p) => !lists.includes(p));
      // (A long synthetic story's documents' pages are megabytes of generated text: left out.)
      const own = rest.filter((p) => p === `${folder}/`);
      const events = rest.filter(
        (p) => !own.includes(p) && !/\/(article|sources\/[^/]+)\/$/.test(p)
      );
      return [
        ...own,
        ...events.slice(0, 3),
        ...events.slice(-2),
        ...lists.slice(0, 1),
        ...lists.slice(-1)
      ];
    })
    .sort();
}

/** Every page of the built site, unsampled: each index.html's folder, and /404.html. */
export function allBuiltPages(dir = process.env.E2E_BUILD_DIR ?? 'build'): string[] {
  const pages: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = path.posix.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (name === 'index.html') pages.push(`/${sub ? `${sub}/` : ''}`);
      else if (rel === '404.html') pages.push('/404.html');
    }
  };
  walk('');
  return pages.sort();
}
