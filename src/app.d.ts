// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n/messages';
import type { ListPage } from '$lib/story/page-data';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface PageData {
      /** The page of the chronological list a story's page shows (see StoryView). */
      list?: ListPage;
      /** The page's words (src/routes/+layout.ts; a route beyond a story's reading pages adds the rest). */
      locale?: Locale;
    }
  }
}

export {};
