import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadStories } from '$lib/server/stories';
import { storyPath } from '$lib/story/view';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The index of the stories, each with its page and its full export. */
export const GET = (() =>
  json({
    stories: loadStories().map((story) => ({
      id: story.id,
      title: story.title,
      path: base + storyPath(story.id),
      json: `${base}${storyPath(story.id)}story.json`,
      published: story.source.published.date,
      events: story.events.length
    }))
  })) satisfies RequestHandler;
