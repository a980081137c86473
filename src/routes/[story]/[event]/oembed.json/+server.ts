import { json } from '@sveltejs/kit';
import { eventOEmbed } from '$lib/oembed/site-oembed';
import { eventEntries } from '$lib/server/loaders';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = eventEntries satisfies EntryGenerator;

/** The event page's oEmbed response, which its discovery link names (README, "oEmbed"). */
export const GET = (({ params }) =>
  json(eventOEmbed(params.story, params.event))) satisfies RequestHandler;
