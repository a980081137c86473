import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { mediaEntries, readMedia } from '$lib/server/media';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = mediaEntries satisfies EntryGenerator;

/** An image of the story's folder that one of its events shows, with its content type. */
export const GET = (({ params }) => {
  const media = readMedia(params.story, params.path);
  if (!media) error(404, messagesFor().t('error.notFound'));
  return new Response(media.bytes as BodyInit, {
    headers: { 'content-type': media.type, 'content-length': String(media.bytes.byteLength) }
  });
}) satisfies RequestHandler;
