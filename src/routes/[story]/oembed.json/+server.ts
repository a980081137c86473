import { json } from '@sveltejs/kit';
import { storyOEmbed } from '$lib/oembed/site-oembed';
import { storyEntries } from '$lib/server/loaders';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/** The story page's oEmbed response, which its discovery link names (README, "oEmbed"). */
export const GET = (({ params }) => json(storyOEmbed(params.story))) satisfies RequestHandler;
