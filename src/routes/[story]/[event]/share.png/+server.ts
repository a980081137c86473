import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { eventImageEntries } from '$lib/server/loaders';
import { eventShareCard } from '$lib/server/share-cards';
import { renderShareImage } from '$lib/server/share-image';
import { findStory } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = eventImageEntries satisfies EntryGenerator;

/** The event's share image, made at build time: /<story>/<event>/share.png */
export const GET = (async ({ params }) => {
  const story = findStory(params.story);
  const card = story && eventShareCard(story, params.event);
  if (!card) error(404, messagesFor().t('error.event'));
  const png = await renderShareImage(card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
