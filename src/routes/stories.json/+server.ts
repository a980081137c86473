import { json } from '@sveltejs/kit';
import { loadStories } from '$lib/server/stories';
import { storyPublished } from '$lib/story/documents';
import { storyDataHref, storyHref } from '$lib/paths';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The index of the stories, each with its page and its full export. */
export const GET = (() =>
  json({
    stories: loadStories().map((story) => ({
      id: story.id,
      title: story.title,
      path: storyHref(story.id),
      json: storyDataHref(story.id),
      language: story.language,
      published: storyPublished(story),
      events: story.events.length
    }))
  })) satisfies RequestHandler;
