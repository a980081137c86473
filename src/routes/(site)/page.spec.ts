import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { localeFor } from '$lib/i18n/catalogues';
import { messagesContext } from '$lib/i18n/context';
import type { EventLink, StorySummary } from '$lib/story/page-data';
import HomePage from './+page.svelte';
import type { PageProps } from './$types';

const event = (slug: string, dateLabel: string): EventLink => ({
  slug,
  title: `Titre ${slug}`,
  start: '2023-09-05',
  end: '2023-09-05',
  precision: 'day',
  dateLabel
});

const summary = (id: string, lang: 'fr' | 'en', lastDayLabel: string): StorySummary => ({
  id,
  lang,
  title: `Histoire ${id}`,
  outlet: 'AFP',
  outlets: ['AFP'],
  outletsLabel: 'AFP',
  credit: 'AFP',
  published: '2023-09-05',
  publishedLabel: lang === 'fr' ? 'mardi 5 septembre 2023' : 'Tuesday 5 September 2023',
  eventCount: 12,
  eventCountLabel: '12',
  lastDayLabel,
  documents: [],
  media: []
});

/** The home page as the build renders it, with a French and an English story. */
function renderHome(): string {
  const data = {
    origin: 'https://chronologie.example.org',
    locale: localeFor('fr'),
    locales: { en: localeFor('en') },
    stories: [
      {
        ...summary('une', 'fr', 'mardi 5 septembre 2023'),
        first: [event('a', 'mardi 5 septembre 2023')],
        others: 1
      },
      {
        ...summary('two', 'en', 'Tuesday 5 September 2023'),
        first: [event('b', 'Tuesday 5 September 2023')],
        others: 11
      },
      {
        // An imported timeline: no documents, so no outlet and no publication date.
        id: 'importee',
        lang: 'fr',
        title: 'Histoire importée',
        outlets: [],
        outletsLabel: '',
        eventCount: 1,
        eventCountLabel: '1',
        lastDayLabel: '1945',
        documents: [],
        media: [],
        first: [event('c', '1939–1945')],
        others: 0
      } satisfies StorySummary & { first: EventLink[]; others: number }
    ]
  };
  const props = { data, params: {}, form: undefined } as unknown as PageProps;
  return render(HomePage, { props, context: messagesContext(localeFor('fr')) }).body;
}

const section = (html: string, id: string) =>
  new RegExp(`<section[^>]*aria-labelledby="story-${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);

describe('the home page, with stories in several languages', () => {
  const html = renderHome();

  it('lists each story in its own language, and says which', () => {
    expect(section(html, 'une')?.[0]).toMatch(/^<section[^>]* lang="fr"/);
    expect(section(html, 'two')?.[0]).toMatch(/^<section[^>]* lang="en"/);
  });

  it('gives each story the words of its language', () => {
    const french = section(html, 'une')![1]!;
    const english = section(html, 'two')![1]!;
    expect(french).toContain('Dépêche AFP, publiée le');
    expect(french).toContain('Ouvrir l’histoire');
    expect(french).toContain('Et 1 autre événement, jusqu’au mardi 5 septembre 2023');
    expect(english).toContain('AFP dispatch, published on');
    expect(english).toContain('Open the story');
    expect(english).toContain('And 11 more events, until Tuesday 5 September 2023');
    expect(english).not.toMatch(/Dépêche|Ouvrir|événement/);
  });

  it('lists a story without documents with no source line and nothing undefined', () => {
    const entry = section(html, 'importee')![1]!;
    expect(entry).toContain('Histoire importée');
    expect(entry).not.toMatch(/Dépêche|publiée|undefined/);
  });

  it('speaks the site’s language around them', () => {
    expect(html).toContain('<h1 class="visually-hidden">Chronologie de l’actualité</h1>');
  });
});
