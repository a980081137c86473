import { error } from '@sveltejs/kit';
import { findStory, loadStories } from '$lib/server/stories';
import { toStorySummary } from '$lib/story/view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
  loadStories().map((story) => ({ story: story.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, 'Histoire introuvable');
  return { story: toStorySummary(story) };
}) satisfies PageServerLoad;
