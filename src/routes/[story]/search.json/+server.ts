import { json } from '@sveltejs/kit';
import { loadSearchWords, storyEntries } from '$lib/server/loaders';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/**
 * Each event's words, for the search box: fetched when a reader first searches, so that a
 * reader who never does never pays for them.
 */
export const GET = (({ params }) => json(loadSearchWords(params.story))) satisfies RequestHandler;
