import { describe, expect, it } from 'vitest';
import { CATALOGUES, localeFor, messagesFor } from './catalogues.ts';
import { enMore } from './en-more.ts';
import { en } from './en.ts';
import { frMore } from './fr-more.ts';
import { fr } from './fr.ts';
import { interfaceLanguage, Messages, placeholders, type Catalogue } from './messages.ts';

describe('the catalogues', () => {
  it('have the same keys in every language', () => {
    for (const catalogue of Object.values(CATALOGUES))
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys({ ...fr, ...frMore }).sort());
  });

  it.each(Object.keys(CATALOGUES.fr))('%s has the same placeholders in every language', (key) => {
    const k = key as keyof Catalogue;
    expect(placeholders(CATALOGUES.en[k])).toEqual(placeholders(CATALOGUES.fr[k]));
  });

  it('split the same way in every language: the reading words (fr.ts) and the rest (fr-more.ts)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(enMore).sort()).toEqual(Object.keys(frMore).sort());
    expect(Object.keys(fr).filter((key) => key in frMore)).toEqual([]);
  });

  it('give a plural message a count to choose its form by', () => {
    for (const catalogue of Object.values(CATALOGUES))
      for (const [key, message] of Object.entries(catalogue))
        if (typeof message !== 'string') expect(placeholders(message), key).toContain('count');
  });

  it('leave no message empty', () => {
    for (const catalogue of Object.values(CATALOGUES))
      for (const [key, message] of Object.entries(catalogue))
        for (const text of typeof message === 'string' ? [message] : Object.values(message))
          expect(text.trim(), key).not.toBe('');
  });
});

describe('translate', () => {
  it.each([
    { shown: 0, total: 8, fr: 'aucun événement sur 8', en: 'no event of 8' },
    { shown: 1, total: 8, fr: '1 événement sur 8', en: '1 event of 8' },
    { shown: 2, total: 8, fr: '2 événements sur 8', en: '2 events of 8' },
    {
      shown: 1234,
      total: 10_000,
      fr: '1\u202f234 événements sur 10\u202f000',
      en: '1,234 events of 10,000'
    }
  ])('says $shown of $total: "$fr", "$en"', ({ shown, total, fr, en }) => {
    const params = { count: shown, total };
    expect(messagesFor('fr').t('list.eventsOfTotal', params)).toBe(fr);
    expect(messagesFor('en').t('list.eventsOfTotal', params)).toBe(en);
  });

  it('chooses the plural form by the language’s rules: French says "1 autre", English "1 more"', () => {
    const params = (count: number) => ({ count, day: 'X' });
    expect(messagesFor('fr').t('home.others', params(1))).toBe('Et 1 autre événement, jusqu’au X');
    expect(messagesFor('fr').t('home.others', params(3))).toBe(
      'Et 3 autres événements, jusqu’au X'
    );
    expect(messagesFor('en').t('home.others', params(1))).toBe('And 1 more event, until X');
    expect(messagesFor('en').t('home.others', params(3))).toBe('And 3 more events, until X');
  });

  it('fills text placeholders as they are and writes numbers as counts', () => {
    expect(messagesFor('fr').t('event.opened', { title: '{count} & <b>' })).toBe(
      'Événement ouvert : {count} & <b>'
    );
    expect(messagesFor('en').t('timeline.noScript', { count: 10_000 })).toContain(
      'these 10,000 events'
    );
  });

  it('leaves a placeholder without a value in sight, for the tests to find', () => {
    expect(messagesFor('fr').t('event.opened')).toBe('Événement ouvert : {title}');
  });

  it('marks a key its catalogue lacks, rather than failing (a route that did not load the rest of its words)', () => {
    const reading = new Messages(() => ({ lang: 'fr', catalogue: fr }));
    expect(reading.t('home.open')).toBe('⟦home.open⟧');
    expect(reading.t('timeline.showAll')).toBe('Tout voir');
  });

  it('reads its locale as it changes (a page visited after another)', () => {
    let locale = localeFor('fr');
    const messages = new Messages(() => locale);
    expect(messages.t('timeline.showAll')).toBe('Tout voir');
    locale = localeFor('en');
    expect(messages.t('timeline.showAll')).toBe('Show all');
    expect(messages.lang).toBe('en');
  });
});

describe('interfaceLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['de', 'fr']
  ])('speaks to a story in %s in %s', (tag, lang) => {
    expect(interfaceLanguage(tag)).toBe(lang);
  });
});
