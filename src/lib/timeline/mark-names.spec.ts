import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import { clusterCount, clusterName, durationLabel, markName } from './mark-names.ts';
import { messagesFor } from '../i18n/catalogues.ts';
import { calendarNames } from './names.ts';

const names = calendarNames('fr');
const messages = messagesFor('fr');
const day = toDayNumber;

describe('clusterName', () => {
  it.each([
    {
      name: 'a cluster a click zooms into',
      cluster: { count: 12, start: day('2020-12-02'), end: day('2020-12-04') },
      opens: undefined,
      expected: '12 événements, du 2 au 4 décembre 2020 : zoomer'
    },
    {
      name: 'a burst of one day, which a click opens',
      cluster: { count: 6, start: day('2020-12-03'), end: day('2020-12-03') },
      opens: 'Le Kremlin refuse de confirmer',
      expected:
        '6 événements, le 3 décembre 2020 : ouvrir le premier, « Le Kremlin refuse de confirmer »'
    },
    {
      name: 'a cluster of 99, which shows its count',
      cluster: { count: 99, start: day('2020-11-30'), end: day('2020-12-02') },
      opens: undefined,
      expected: '99 événements, du 30 novembre au 2 décembre 2020 : zoomer'
    },
    {
      name: 'a cluster of more than 99, which shows "99+"',
      cluster: { count: 137, start: day('2019-12-31'), end: day('2020-01-02') },
      opens: undefined,
      expected: '99+ : 137 événements, du 31 décembre 2019 au 2 janvier 2020 : zoomer'
    }
  ])('names $name', ({ cluster, opens, expected }) => {
    const name = clusterName(cluster, names, messages, opens);
    expect(name).toBe(expected);
    // What the round mark shows is how its name starts (WCAG 2.5.3).
    expect(name.startsWith(`${clusterCount(cluster.count)} `)).toBe(true);
  });

  it.each([
    { count: 4, shown: '4' },
    { count: 99, shown: '99' },
    { count: 100, shown: '99+' },
    { count: 10_000, shown: '99+' }
  ])('a cluster of $count shows "$shown"', ({ count, shown }) => {
    expect(clusterCount(count)).toBe(shown);
  });
});

describe('markName', () => {
  const sullivan = {
    label: 'Jake Sullivan met en garde Pyongyang',
    title: 'Jake Sullivan met en garde la Corée du Nord',
    dateLabel: 'mardi 5 septembre 2023'
  };
  const kremlin = {
    label: 'Le Kremlin refuse de confirmer le sommet',
    title: 'Le Kremlin refuse de confirmer le sommet',
    dateLabel: 'mardi 5 septembre 2023'
  };

  it.each([
    {
      name: 'a short label, then the date and the title',
      shown: 'Jake Sullivan met en garde Pyongyang',
      event: sullivan,
      expected:
        'Jake Sullivan met en garde Pyongyang — mardi 5 septembre 2023 : Jake Sullivan met en garde la Corée du Nord'
    },
    {
      name: 'a label cut short, named whole',
      shown: 'Jake Sullivan met en garde…',
      event: sullivan,
      expected:
        'Jake Sullivan met en garde Pyongyang — mardi 5 septembre 2023 : Jake Sullivan met en garde la Corée du Nord'
    },
    {
      name: 'the title as label, said once',
      shown: 'Le Kremlin refuse de confirmer…',
      event: kremlin,
      expected: 'Le Kremlin refuse de confirmer le sommet — mardi 5 septembre 2023'
    },
    {
      name: 'a word cut inside, then more words: the words shown first',
      shown: 'Anticonstitu… sommet',
      event: { ...kremlin, label: 'Anticonstitutionnellement sommet' },
      expected:
        'Anticonstitu… sommet — mardi 5 septembre 2023 : Le Kremlin refuse de confirmer le sommet'
    },
    {
      name: 'a mark whose label is left out: its date and title',
      shown: '',
      event: sullivan,
      expected: 'mardi 5 septembre 2023 : Jake Sullivan met en garde la Corée du Nord'
    }
  ])('names $name', ({ shown, event, expected }) => {
    const name = markName(shown, event, messages);
    expect(name).toBe(expected);
    // It starts with the words shown (an ellipsis is no word).
    expect(name.startsWith(shown.replace(/…$/, ''))).toBe(true);
  });
});

describe('durationLabel', () => {
  it.each([
    { days: 1, fr: '≈ 1 jour', en: '≈ 1 day' },
    { days: 5, fr: '≈ 5 jours', en: '≈ 5 days' },
    { days: 33, fr: '≈ 5 semaines', en: '≈ 5 weeks' },
    { days: 100, fr: '≈ 3 mois', en: '≈ 3 months' },
    { days: 400, fr: '≈ 1 an', en: '≈ 1 year' },
    { days: 800, fr: '≈ 2 ans', en: '≈ 2 years' },
    { days: 365_243, fr: '≈ 1 millénaire', en: '≈ 1 millennium' },
    { days: 3_652_500, fr: '≈ 10 millénaires', en: '≈ 10 millennia' },
    { days: 500 * 365_242.5, fr: '≈ 500 millénaires', en: '≈ 500 millennia' },
    { days: 4.5e6 * 365.2425, fr: '≈ 4,5 millions d’années', en: '≈ 4.5 million years' },
    { days: 13.8e9 * 365.2425, fr: '≈ 13,8 milliards d’années', en: '≈ 13.8 billion years' }
  ])('labels $days days "$fr", "$en"', ({ days, fr, en }) => {
    expect(durationLabel(days, messagesFor('fr'))).toBe(fr);
    expect(durationLabel(days, messagesFor('en'))).toBe(en);
  });
});

describe('in English', () => {
  const en = { names: calendarNames('en'), messages: messagesFor('en') };
  it('names a cluster and a mark with English words and dates', () => {
    const cluster = { count: 137, start: day('2019-12-31'), end: day('2020-01-02') };
    expect(clusterName(cluster, en.names, en.messages)).toBe(
      '99+: 137 events, 31 December 2019 – 2 January 2020: zoom in'
    );
    const one = { count: 1, start: day('2020-12-03'), end: day('2020-12-03') };
    expect(clusterName(one, en.names, en.messages, 'Summit')).toBe(
      '1 event, 3 December 2020: open the first, “Summit”'
    );
    expect(
      markName(
        'Summit',
        { label: 'Summit', title: 'The summit', dateLabel: 'Wednesday 13 September 2023' },
        en.messages
      )
    ).toBe('Summit — Wednesday 13 September 2023: The summit');
  });
});
