import type { Handle, HandleServerError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { building } from '$app/environment';
import { DEFAULT_LANGUAGE, interfaceLanguage } from '$lib/i18n/messages';
import { messagesFor } from '$lib/i18n/catalogues';
import { emptyCommentAtTopLevel, partOutsideAnElement, setPartRenderer } from '$lib/island-render';
import { bootAfterPaint } from '$lib/server/boot-after-paint';
import { findStory, StoryContentError } from '$lib/server/stories';

/**
 * Whether SvelteKit's client starts after the first paint (the default: see README,
 * "Performance") or with the page, as SvelteKit has it, which the first-visit benchmark builds
 * to compare (FIRST_VISIT_BOOT=eager). Prerendered pages only: the dev server sends its policy
 * as a header, and its boot script is its own.
 */
const AFTER_PAINT = building && process.env.FIRST_VISIT_BOOT !== 'eager';

// The islands' HTML (src/lib/components/Island.svelte): Svelte's server renderer, which the
// browser's bundle must not carry.
setPartRenderer((component, options) => {
  const html = render(component, options).body;
  if (emptyCommentAtTopLevel(html)) throw partOutsideAnElement(component.name);
  return html;
});

/**
 * Each page says its language in <html lang> (src/app.html's %lang%): its story's, on a
 * story's pages and the embed's, else the site's own. Its script is fetched and started once
 * the page has painted.
 */
export const handle: Handle = ({ event, resolve }) => {
  const story = event.params.story === undefined ? undefined : findStory(event.params.story);
  const lang = story ? interfaceLanguage(story.language) : DEFAULT_LANGUAGE;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', lang);
      return AFTER_PAINT ? bootAfterPaint(page) : page;
    }
  });
};

/**
 * A broken story is the author's to fix: in the dev server, show every problem on the page,
 * not an "Internal Error". (A build stops earlier, in the story-content Vite plugin.)
 */
export const handleError: HandleServerError = ({ error, event }) => {
  if (error instanceof StoryContentError) return { message: error.message };
  // Anything else is the code's: said in the build's log (the prerendering only says "500"),
  // the page saying no more than "Internal error".
  console.error(`${event.url.pathname}:`, error);
  return { message: messagesFor().t('error.internal') };
};
