/** The built site's own export, read as a client would, to drive the e2e tests. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { Story, StoryEvent } from '../src/lib/story/types';

export type ExportedStory = Omit<Story, 'events'> & { events: (StoryEvent & { path: string })[] };

export async function builtStories(request: APIRequestContext): Promise<ExportedStory[]> {
  const index = (await (await request.get('/stories.json')).json()) as {
    stories: { json: string }[];
  };
  return Promise.all(
    index.stories.map(async (s) => (await (await request.get(s.json)).json()) as ExportedStory)
  );
}

export const SEED = 'coree-du-nord-russie-armes';

/** Every page of the built site: each index.html, and 404.html. */
export function builtPages(dir = process.env.E2E_BUILD_DIR ?? 'build'): string[] {
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
