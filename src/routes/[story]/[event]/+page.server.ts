import { error } from '@sveltejs/kit';
import { findStory, loadStories } from '$lib/server/stories';
import { toEventView } from '$lib/story/view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
  loadStories().flatMap((story) =>
    story.events.map((event) => ({ story: story.id, event: event.slug }))
  )) satisfies EntryGenerator;

export const load = (({ params }) => {
  const story = findStory(params.story);
  const event = story && toEventView(story, params.event);
  if (!event) error(404, 'Événement introuvable');
  return { event };
}) satisfies PageServerLoad;
