import { json } from '@sveltejs/kit';
import { storyJsonSchema } from '$lib/story/json-schema';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The JSON Schema of a story file, for editors and tools (see README, "The story file format"). */
export const GET = (() => json(storyJsonSchema())) satisfies RequestHandler;
