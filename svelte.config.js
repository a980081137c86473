import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page is prerendered to build/; no fallback page: an unknown path is served the
    // prerendered 404.html (see src/routes/404.html), which works without JavaScript.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    paths: {
      // BASE_PATH lets the site live under a sub-folder of a host (e.g. /timeline).
      base: process.env.BASE_PATH ?? '',
      // Root-relative asset URLs: 404.html is served at arbitrary depths, so its CSS and
      // links must not be relative to the page's own location.
      relative: false
    },
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      handleUnseenRoutes: 'fail',
      entries: ['*', '/404.html', '/stories.json', '/story.json']
    }
  }
};

export default config;
