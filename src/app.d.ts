// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ListPage } from '$lib/story/page-data';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface PageData {
      /** The page of the chronological list a story's page shows (see StoryView). */
      list?: ListPage;
    }
  }
}

export {};
