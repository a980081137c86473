import type { HandleServerError } from '@sveltejs/kit';
import { StoryContentError } from '$lib/server/stories';

/**
 * A broken story is the author's to fix: in the dev server, show every problem on the page,
 * not an "Internal Error". (A build stops earlier, in the story-content Vite plugin.)
 */
export const handleError: HandleServerError = ({ error }) => {
  if (error instanceof StoryContentError) return { message: error.message };
  return { message: 'Erreur interne' };
};
