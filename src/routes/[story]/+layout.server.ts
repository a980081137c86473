import { error } from '@sveltejs/kit';
import { findStory } from '$lib/server/stories';
import { toStorySummary } from '$lib/story/view';
import { toTimelineData } from '$lib/timeline/model';
import type { LayoutServerLoad } from './$types';

export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, 'Histoire introuvable');
  return { story: toStorySummary(story), timeline: toTimelineData(story) };
}) satisfies LayoutServerLoad;
