import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageProps } from './$types';

/**
 * The story page as the build prerenders it, under a base path: Vitest sets SvelteKit's base
 * from this global (the build writes it into the code), read when $app/paths is first loaded.
 */
async function renderStoryPage(base: string) {
  vi.stubGlobal('__SVELTEKIT_PATHS_BASE__', base);
  vi.resetModules();
  // Svelte's renderer too: it must be the very copy the freshly loaded page uses.
  const { render } = await import('svelte/server');
  const { default: StoryPage } = await import('./+page.svelte');
  const { messagesContext } = await import('$lib/i18n/context');
  const { localeFor } = await import('$lib/i18n/catalogues');
  const data = {
    origin: 'https://chronologie.example.org',
    story: {
      id: 'un-recit',
      title: 'Un récit',
      outlet: 'AFP',
      published: '2023-09-05',
      publishedLabel: 'mardi 5 septembre 2023',
      eventCount: 2,
      documents: []
    }
  };
  // Only what the page reads: the layout's timeline and list are StoryView's.
  const props: PageProps = {
    data: data as unknown as PageProps['data'],
    params: { story: data.story.id },
    form: undefined
  };
  return render(StoryPage, { props, context: messagesContext(localeFor('fr')) }).body;
}

/** The "Intégrer" snippet as a reader copies it from the textarea. */
const snippetOf = (html: string) =>
  (/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the story page’s embed snippet', () => {
  it.each([
    { base: '', src: 'https://chronologie.example.org/embed/un-recit/' },
    { base: '/timeline', src: 'https://chronologie.example.org/timeline/embed/un-recit/' }
  ])('under the base path "$base", frames $src', async ({ base, src }) => {
    const snippet = snippetOf(await renderStoryPage(base));
    expect(snippet).toContain(`<iframe src="${src}"`);
    expect(snippet).toContain('e.origin!=="https://chronologie.example.org"');
  });
});
