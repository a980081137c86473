/** The built site's own export, read as a client would, to drive the e2e tests. */
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
