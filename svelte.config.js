import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The one inline script of src/app.html, which sets the reader's theme before the first paint,
 * is allowed by the hash of its text, read from the file itself: the two cannot disagree.
 * @type {`sha256-${string}`}
 */
const THEME_SCRIPT = (() => {
  const template = readFileSync(new URL('src/app.html', import.meta.url), 'utf8');
  const scripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (scripts.length !== 1) throw new Error('src/app.html: expected one inline <script>');
  return `sha256-${createHash('sha256').update(scripts[0]).digest('base64')}`;
})();

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
    // A strict Content-Security-Policy on every page, as a <meta> tag (a static host sends no
    // headers of ours): no inline script but SvelteKit's own and app.html's theme script, by
    // hash; nothing from elsewhere. (SvelteKit's boot script is rewritten to start after the
    // first paint, and its hash with it: src/lib/server/boot-after-paint.ts.)
    // frame-ancestors cannot be set by <meta>: see README, "Security".
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', THEME_SCRIPT],
        // Only SvelteKit's own route announcer has a style attribute: allowed by its hash alone.
        'style-src': [
          'self',
          'unsafe-hashes',
          'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
        ],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'manifest-src': ['self'],
        'media-src': ['none'],
        'worker-src': ['none']
      }
    },
    // A file per route and shared chunk, so that a page downloads its own route's code only,
    // not every route's (the workshop's drafting engine, chrono-node and validator, the
    // sources' pages'…). Since the page paints before
    // its script is fetched (src/lib/server/boot-after-paint.ts, from hooks.server.ts), the
    // number of script files no longer stands between a reader and the page; the one bundle
    // for the whole site ('single', BUNDLE_STRATEGY=single) is kept for the first-visit
    // benchmark's comparison (README, "Performance").
    output: { bundleStrategy: process.env.BUNDLE_STRATEGY === 'single' ? 'single' : 'split' },
    // Split by route, a story page's styles come in 7 files, each holding up the first paint
    // (as many requests, more than a browser makes at once to an HTTP/1.1 host): those under
    // 1 KB (5 of them, 2.4 KB in all) are written into the page instead, allowed by their
    // hashes; the site's and the story view's stay files, which the browser keeps.
    inlineStyleThreshold: Number(process.env.INLINE_STYLE_THRESHOLD ?? 1024),
    prerender: {
      // Every page comes from the routes' `entries` (and the list below), not from following
      // links: reading each page back for its links was 13–17 % of the build, the same share
      // of a 10,000-event story's 22,000 pages as of a short one's (README, "Build time"). What
      // the crawl checked, that every link and #anchor leads somewhere, tests/links.e2e.ts
      // checks on the built site, and tests/build-files.e2e.ts that every page was made.
      crawl: false,
      handleHttpError: 'fail',
      // A route with no page is a mistake, except a long story's list pages (/<story>/liste/<n>/),
      // which a site of short stories has none of, and the images of a story's folder
      // (/<story>/media/…), which a site of stories without images has none of, and the parts of
      // a sitemap (/sitemap-<n>.xml), which a site of fewer than 50,000 pages has none of, and the
      // archives of a story's feed (/<story>/feed-archive-<n>.xml), which a story of up to 100
      // events has none of.
      handleUnseenRoutes: ({ routes, message }) => {
        const unseen = routes.filter(
          (id) =>
            !id.endsWith('/[story]/liste/[page]') &&
            id !== '/[story]/media/[...path]' &&
            id !== '/sitemap-[part].xml' &&
            id !== '/[story]/feed-archive-[n].xml'
        );
        if (unseen.length > 0) throw new Error(message);
      },
      entries: ['*', '/404.html', '/stories.json', '/story.json', '/story.schema.json', '/feed.xml']
    }
  }
};

export default config;
