import { loadStories } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export const entries = (() =>
  loadStories().map((story) => ({ story: story.id }))) satisfies EntryGenerator;
