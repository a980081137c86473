import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { storyEntries } from '$lib/server/loaders';
import { storyShareCard } from '$lib/server/share-cards';
import { renderShareImage } from '$lib/server/share-image';
import { findStory } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/** The story's share image, made at build time: /<story>/share.png */
export const GET = (async ({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  const png = await renderShareImage(storyShareCard(story));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}) satisfies RequestHandler;
