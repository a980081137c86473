import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS } from './calendar-words.js';
import {
  cutShort,
  isVague,
  readDateExpression,
  type DateLanguage
} from './resolve-date-expression.ts';

/** The days an expression names, or null when it names none (unreadable, or vague). */
function resolveDateExpression(text: string, anchor: string, language: DateLanguage = 'fr') {
  const result = readDateExpression(text, anchor, language);
  return 'start' in result ? result : null;
}

const PUBLISHED = '2023-09-05'; // Tuesday, the seed story's publication date

describe('the seed story’s expressions, from the publication date', () => {
  it.each([
    { text: 'mardi', start: '2023-09-05', end: '2023-09-05', precision: 'day' },
    { text: 'Lundi', start: '2023-09-04', end: '2023-09-04', precision: 'day' },
    { text: 'lundi', start: '2023-09-04', end: '2023-09-04', precision: 'day' },
    { text: 'fin juillet', start: '2023-07-21', end: '2023-07-31', precision: 'part-of-month' }
  ])('"$text" → $start…$end ($precision)', ({ text, start, end, precision }) => {
    expect(resolveDateExpression(text, PUBLISHED)).toMatchObject({ start, end, precision });
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/New_York', 'Asia/Tokyo', 'UTC'])(
    'gives the same days with the process in TZ=%s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone; // Node applies a change of TZ at once
      try {
        const offset = new Date(2023, 8, 5, 12).getTimezoneOffset();
        expect(offset).toBe(
          {
            'Pacific/Honolulu': 600,
            'Pacific/Kiritimati': -840,
            'America/New_York': 240,
            'Asia/Tokyo': -540,
            UTC: 0
          }[zone]
        );
        expect(resolveDateExpression('mardi', PUBLISHED)?.start).toBe('2023-09-05');
        expect(resolveDateExpression('lundi', PUBLISHED)?.start).toBe('2023-09-04');
        expect(resolveDateExpression('fin juillet', PUBLISHED)).toMatchObject({
          start: '2023-07-21',
          end: '2023-07-31'
        });
        expect(resolveDateExpression('on Tuesday', PUBLISHED, 'en')?.start).toBe('2023-09-05');
        expect(resolveDateExpression('late July', PUBLISHED, 'en')).toMatchObject({
          start: '2023-07-21',
          end: '2023-07-31'
        });
      } finally {
        process.env.TZ = saved;
      }
    }
  );
});

describe('other expressions a French dispatch uses', () => {
  it.each([
    { text: 'jeudi', start: '2023-08-31', rule: 'last-weekday-on-or-before' }, // never forward
    { text: 'mardi dernier', start: '2023-08-29', rule: 'last-weekday-before' },
    { text: 'lundi dernier', start: '2023-09-04', rule: 'last-weekday-before' },
    { text: 'hier', start: '2023-09-04', rule: 'days-before' },
    { text: 'avant-hier', start: '2023-09-03', rule: 'days-before' },
    { text: "aujourd'hui", start: '2023-09-05', rule: 'same-day' },
    { text: 'aujourd’hui', start: '2023-09-05', rule: 'same-day' },
    { text: '5 septembre', start: '2023-09-05', rule: 'explicit-day' },
    { text: 'le 1er août', start: '2023-08-01', rule: 'explicit-day' },
    { text: 'mardi 5 septembre 2023', start: '2023-09-05', rule: 'explicit-day' },
    { text: '28 septembre', start: '2022-09-28', rule: 'explicit-day' } // not a future day
  ])('"$text" → $start', ({ text, start, rule }) => {
    const resolved = resolveDateExpression(text, PUBLISHED);
    expect(resolved).toMatchObject({ start, end: start, precision: 'day', rule });
  });

  it.each([
    { text: 'début juillet', start: '2023-07-01', end: '2023-07-10' },
    { text: 'mi-août', start: '2023-08-11', end: '2023-08-20' },
    { text: 'fin février', start: '2023-02-21', end: '2023-02-28' },
    { text: 'fin février 2024', start: '2024-02-21', end: '2024-02-29' },
    { text: 'fin octobre', start: '2022-10-21', end: '2022-10-31' }
  ])('"$text" is a part of a month: $start…$end', ({ text, start, end }) => {
    expect(resolveDateExpression(text, PUBLISHED)).toMatchObject({
      start,
      end,
      precision: 'part-of-month'
    });
  });

  it('reads a bare month as the whole of the most recent such month', () => {
    expect(resolveDateExpression('juillet', PUBLISHED)).toMatchObject({
      start: '2023-07-01',
      end: '2023-07-31',
      precision: 'month'
    });
    expect(resolveDateExpression('en décembre', PUBLISHED)).toMatchObject({
      start: '2022-12-01',
      end: '2022-12-31'
    });
  });

  it('sends a part of a month not begun yet back a year, as past-tense news means it', () => {
    expect(resolveDateExpression('fin juillet', '2023-07-05')).toMatchObject({
      start: '2022-07-21',
      end: '2022-07-31'
    });
  });

  it.each([
    {
      text: 'lundi 5 septembre 2023',
      problem: /weekday contradicts the date: 5 septembre 2023 was a mardi, not a lundi/
    },
    { text: '29 février', anchor: '2024-02-10', problem: /29 février 2023 does not exist/ },
    { text: 'la semaine des quatre jeudis', problem: /not an expression the resolver knows/ }
  ])('says why it cannot read "$text"', ({ text, anchor, problem }) => {
    const result = readDateExpression(text, anchor ?? PUBLISHED);
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(problem);
  });

  it.each(['la semaine des quatre jeudis', '31 juin', 'lundi 5 septembre 2023', '0 juillet', ''])(
    'refuses what it cannot read rather than guess: "%s"',
    (text) => {
      expect(resolveDateExpression(text, PUBLISHED)).toBeNull();
    }
  );
});

describe('the expressions an English dispatch uses, by the same conventions', () => {
  it.each([
    { text: 'Tuesday', start: '2023-09-05', rule: 'last-weekday-on-or-before' },
    { text: 'on Tuesday', start: '2023-09-05', rule: 'last-weekday-on-or-before' },
    { text: 'On Monday', start: '2023-09-04', rule: 'last-weekday-on-or-before' },
    { text: 'on Thursday', start: '2023-08-31', rule: 'last-weekday-on-or-before' }, // never forward
    { text: 'last Friday', start: '2023-09-01', rule: 'last-weekday-before' },
    { text: 'last Tuesday', start: '2023-08-29', rule: 'last-weekday-before' },
    { text: 'last Monday', start: '2023-09-04', rule: 'last-weekday-before' },
    { text: 'yesterday', start: '2023-09-04', rule: 'days-before' },
    { text: 'the day before yesterday', start: '2023-09-03', rule: 'days-before' },
    { text: 'Today', start: '2023-09-05', rule: 'same-day' },
    { text: 'July 5', start: '2023-07-05', rule: 'explicit-day' },
    { text: '5 July', start: '2023-07-05', rule: 'explicit-day' },
    { text: 'on 5 July 2023', start: '2023-07-05', rule: 'explicit-day' },
    { text: 'Tuesday, September 5', start: '2023-09-05', rule: 'explicit-day' },
    { text: 'Tuesday, Sept. 5, 2023', start: '2023-09-05', rule: 'explicit-day' },
    { text: 'on September 1st', start: '2023-09-01', rule: 'explicit-day' },
    { text: 'the 1st of August', start: '2023-08-01', rule: 'explicit-day' },
    { text: 'Aug. 30', start: '2023-08-30', rule: 'explicit-day' },
    { text: 'Sept 28', start: '2022-09-28', rule: 'explicit-day' } // not a future day
  ])('"$text" → $start', ({ text, start, rule }) => {
    const resolved = resolveDateExpression(text, PUBLISHED, 'en');
    expect(resolved).toMatchObject({ start, end: start, precision: 'day', rule });
  });

  it.each([
    { text: 'early July', start: '2023-07-01', end: '2023-07-10' },
    { text: 'mid-August', start: '2023-08-11', end: '2023-08-20' },
    { text: 'mid July', start: '2023-07-11', end: '2023-07-20' },
    { text: 'late July', start: '2023-07-21', end: '2023-07-31' },
    { text: 'in late February 2024', start: '2024-02-21', end: '2024-02-29' },
    { text: 'late October', start: '2022-10-21', end: '2022-10-31' }
  ])('"$text" is a part of a month: $start…$end', ({ text, start, end }) => {
    expect(resolveDateExpression(text, PUBLISHED, 'en')).toMatchObject({
      start,
      end,
      precision: 'part-of-month'
    });
  });

  it.each([
    { text: 'in July', start: '2023-07-01', end: '2023-07-31' },
    { text: 'September 2023', start: '2023-09-01', end: '2023-09-30' },
    { text: 'December', start: '2022-12-01', end: '2022-12-31' }
  ])('reads "$text" as the whole of a month: $start…$end', ({ text, start, end }) => {
    expect(resolveDateExpression(text, PUBLISHED, 'en')).toMatchObject({
      start,
      end,
      precision: 'month',
      rule: 'month'
    });
  });

  it('reads "earlier this month" as the days of the month before publication', () => {
    expect(resolveDateExpression('earlier this month', PUBLISHED, 'en')).toMatchObject({
      start: '2023-09-01',
      end: '2023-09-04',
      precision: 'days',
      rule: 'earlier-this-month'
    });
    expect(resolveDateExpression('Earlier this month', '2023-09-02', 'en')).toMatchObject({
      start: '2023-09-01',
      end: '2023-09-01',
      precision: 'day'
    });
  });

  it.each([
    {
      text: 'Monday, September 5, 2023',
      problem: /weekday contradicts the date: September 5, 2023 was a Tuesday, not a Monday/
    },
    { text: 'February 29', anchor: '2024-02-10', problem: /February 29, 2023 does not exist/ },
    { text: 'September 31', problem: /September 31, 2023 does not exist/ },
    { text: 'July 1th', problem: /"1th" is not an ordinal \(1st\)/ },
    { text: 'earlier this month', anchor: '2023-09-01', problem: /no earlier day/ },
    { text: 'a week from Tuesday', problem: /not an expression the resolver knows/ }
  ])('says why it cannot read "$text"', ({ text, anchor, problem }) => {
    const result = readDateExpression(text, anchor ?? PUBLISHED, 'en');
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(problem);
  });

  it.each(['a week from Tuesday', 'the morrow', 'Tuesday next', 'mardi', 'fin juillet', ''])(
    'refuses what it cannot read rather than guess: "%s"',
    (text) => {
      expect(resolveDateExpression(text, PUBLISHED, 'en')).toBeNull();
    }
  );

  it('reads each language by its own rules only', () => {
    expect(resolveDateExpression('Tuesday', PUBLISHED, 'fr')).toBeNull();
    expect(resolveDateExpression('late July', PUBLISHED)).toBeNull();
  });
});

describe('one calendar for both languages', () => {
  const anchors = Array.from({ length: 60 }, (_, i) => {
    const d = new Date(Date.UTC(2023, 0, 1 + i * 6));
    return d.toISOString().slice(0, 10);
  });
  const pairs = CALENDAR_WORDS.en.weekdays.flatMap((en, d) => {
    const fr = CALENDAR_WORDS.fr.weekdays[d]!;
    return [
      { en, fr },
      { en: `last ${en}`, fr: `${fr} dernier` }
    ];
  });
  CALENDAR_WORDS.en.months.forEach((en, m) => {
    const fr = CALENDAR_WORDS.fr.months[m]!;
    pairs.push(
      { en, fr },
      { en: `early ${en}`, fr: `début ${fr}` },
      { en: `mid-${en}`, fr: `mi-${fr}` },
      { en: `late ${en}`, fr: `fin ${fr}` },
      { en: `${en} 15`, fr: `15 ${fr}` }
    );
  });

  it.each(pairs)('"$en" and "$fr" name the same days, whatever the publication date', (pair) => {
    for (const anchor of anchors) {
      const en = readDateExpression(pair.en, anchor, 'en');
      const fr = readDateExpression(pair.fr, anchor, 'fr');
      expect('start' in en && [en.start, en.end, en.precision]).toEqual(
        'start' in fr && [fr.start, fr.end, fr.precision]
      );
      expect(en).toHaveProperty('start');
    }
  });
});

describe('vague expressions, recognised and never pinned to a day', () => {
  it.each([
    { text: 'dans les prochains jours', language: 'fr', direction: 'future' },
    { text: 'Dans les jours à venir', language: 'fr', direction: 'future' },
    { text: 'prochainement', language: 'fr', direction: 'future' },
    { text: 'bientôt', language: 'fr', direction: 'future' },
    { text: 'récemment', language: 'fr', direction: 'past' },
    { text: 'ces derniers jours', language: 'fr', direction: 'past' },
    { text: 'in the coming days', language: 'en', direction: 'future' },
    { text: 'In the coming weeks', language: 'en', direction: 'future' },
    { text: 'soon', language: 'en', direction: 'future' },
    { text: 'recently', language: 'en', direction: 'past' },
    { text: 'in recent days', language: 'en', direction: 'past' }
  ] as const)('"$text" ($language) is vague, pointing to the $direction', (row) => {
    const result = readDateExpression(row.text, PUBLISHED, row.language);
    expect(isVague(result)).toBe(true);
    expect(result).toMatchObject({ rule: 'vague', precision: 'unknown', direction: row.direction });
    expect(result).not.toHaveProperty('start');
    expect(result).not.toHaveProperty('end');
  });

  it('is not vague in the other language', () => {
    expect(readDateExpression('soon', PUBLISHED, 'fr')).toHaveProperty('problem');
    expect(readDateExpression('récemment', PUBLISHED, 'en')).toHaveProperty('problem');
  });

  it('says what a pinned reading is not', () => {
    expect(isVague(readDateExpression('mardi', PUBLISHED))).toBe(false);
    expect(isVague(readDateExpression('next week', PUBLISHED, 'en'))).toBe(false);
  });
});

describe('explanations, in the expression’s language', () => {
  it.each([
    {
      text: 'mardi',
      language: 'fr',
      explanation: 'le mardi le plus récent à la date de publication (2023-09-05) ou avant'
    },
    {
      text: 'on Tuesday',
      language: 'en',
      explanation: 'the most recent Tuesday on or before the publication date (2023-09-05)'
    },
    {
      text: 'last Friday',
      language: 'en',
      explanation: 'the last Friday before the publication date (2023-09-05)'
    },
    { text: 'hier', language: 'fr', explanation: '1 jour avant la publication (2023-09-05)' },
    { text: 'yesterday', language: 'en', explanation: '1 day before publication (2023-09-05)' },
    {
      text: 'the day before yesterday',
      language: 'en',
      explanation: '2 days before publication (2023-09-05)'
    },
    {
      text: 'fin juillet',
      language: 'fr',
      explanation:
        'les derniers jours, à partir du 21 de juillet 2023 (le juillet le plus récent à la publication, 2023-09-05)'
    },
    {
      text: 'late July',
      language: 'en',
      explanation:
        'the last days, from the 21st of July 2023 (the most recent July at publication, 2023-09-05)'
    },
    { text: 'in July', language: 'en', explanation: 'the month of July 2023' },
    {
      text: 'earlier this month',
      language: 'en',
      explanation: 'from September 1, 2023 to the day before publication (2023-09-05)'
    },
    { text: 'July 5', language: 'en', explanation: 'date given without the year, read as 2023' },
    { text: 'July 5, 2023', language: 'en', explanation: 'date written out in full' },
    {
      text: 'dans les prochains jours',
      language: 'fr',
      explanation:
        'expression vague : un moment après la publication (2023-09-05), sans jour précis'
    },
    {
      text: 'recently',
      language: 'en',
      explanation: 'a vague expression: some time before publication (2023-09-05), no day given'
    }
  ] as const)('"$text" ($language): $explanation', ({ text, language, explanation }) => {
    expect(readDateExpression(text, PUBLISHED, language)).toHaveProperty(
      'explanation',
      explanation
    );
  });
});

describe('an expression cut short of the words that change its meaning', () => {
  it.each([
    {
      text: 'Il est venu mardi dernier à Paris.',
      expression: 'mardi',
      language: 'fr',
      says: 'mardi dernier'
    },
    {
      text: 'Visite fin juillet, dit-il.',
      expression: 'juillet',
      language: 'fr',
      says: 'fin juillet'
    },
    {
      text: 'Le 5 septembre 2022, il a dit.',
      expression: '5 septembre',
      language: 'fr',
      says: '5 septembre 2022'
    },
    {
      text: 'He will come next Tuesday.',
      expression: 'Tuesday',
      language: 'en',
      says: 'next Tuesday'
    },
    { text: 'He came last Friday.', expression: 'Friday', language: 'en', says: 'last Friday' },
    { text: 'It was held in mid-July.', expression: 'July', language: 'en', says: 'mid-July' },
    {
      text: 'On Tuesday, September 5, he spoke.',
      expression: 'Tuesday',
      language: 'en',
      says: 'Tuesday, September'
    },
    {
      text: 'On Tuesday, Sept. 5, he spoke.',
      expression: 'Tuesday',
      language: 'en',
      says: 'Tuesday, Sept'
    },
    { text: 'Talks began July 5 in Seoul.', expression: 'July', language: 'en', says: 'July 5' },
    { text: 'Talks began in July 2022.', expression: 'July', language: 'en', says: 'July 2022' }
  ] as const)('"$expression" in "$text" ($language) leaves out words: "$says"', (row) => {
    const start = row.text.indexOf(row.expression);
    expect(cutShort(row.text, start, start + row.expression.length, row.language)).toBe(row.says);
  });

  it.each([
    { text: 'Il est venu mardi à Paris.', expression: 'mardi', language: 'fr' },
    { text: 'Il est venu fin juillet.', expression: 'fin juillet', language: 'fr' },
    { text: 'He spoke on Tuesday morning.', expression: 'on Tuesday', language: 'en' },
    { text: 'He spoke last Friday, in Seoul.', expression: 'last Friday', language: 'en' },
    { text: 'Talks began July 5, 2023, in Seoul.', expression: 'July 5, 2023', language: 'en' },
    { text: 'The fifth is late.', expression: 'fifth', language: 'en' }
  ] as const)('"$expression" in "$text" ($language) stands whole', (row) => {
    const start = row.text.indexOf(row.expression);
    expect(cutShort(row.text, start, start + row.expression.length, row.language)).toBeNull();
  });
});

describe('the newsroom’s rules beyond past-tense news (issue 15), in both languages', () => {
  type Row = {
    text: string;
    language: 'fr' | 'en';
    tense?: 'past' | 'future';
    anchor?: string;
    start: string;
    end?: string;
    precision: string;
    rule: string;
  };
  // Publication: Tuesday 5 September 2023 unless the row says otherwise; expected days worked
  // out on a calendar, by hand.
  const rows: Row[] = [
    // A bare weekday: behind in a past-tense clause, ahead in a future one; "prochain"/"next".
    {
      text: 'vendredi',
      language: 'fr',
      tense: 'past',
      start: '2023-09-01',
      precision: 'day',
      rule: 'last-weekday-on-or-before'
    },
    {
      text: 'vendredi',
      language: 'fr',
      tense: 'future',
      start: '2023-09-08',
      precision: 'day',
      rule: 'next-weekday-on-or-after'
    },
    {
      text: 'mardi',
      language: 'fr',
      tense: 'future',
      start: '2023-09-05',
      precision: 'day',
      rule: 'next-weekday-on-or-after'
    },
    {
      text: 'ce vendredi',
      language: 'fr',
      tense: 'future',
      start: '2023-09-08',
      precision: 'day',
      rule: 'next-weekday-on-or-after'
    },
    {
      text: 'vendredi prochain',
      language: 'fr',
      start: '2023-09-08',
      precision: 'day',
      rule: 'next-weekday-after'
    },
    {
      text: 'mardi prochain',
      language: 'fr',
      start: '2023-09-12',
      precision: 'day',
      rule: 'next-weekday-after'
    },
    {
      text: 'dimanche soir',
      language: 'fr',
      start: '2023-09-03',
      precision: 'day',
      rule: 'last-weekday-on-or-before'
    },
    {
      text: 'on Friday',
      language: 'en',
      tense: 'future',
      start: '2023-09-08',
      precision: 'day',
      rule: 'next-weekday-on-or-after'
    },
    {
      text: 'Friday',
      language: 'en',
      tense: 'past',
      start: '2023-09-01',
      precision: 'day',
      rule: 'last-weekday-on-or-before'
    },
    {
      text: 'next Friday',
      language: 'en',
      start: '2023-09-08',
      precision: 'day',
      rule: 'next-weekday-after'
    },
    {
      text: 'next Tuesday',
      language: 'en',
      start: '2023-09-12',
      precision: 'day',
      rule: 'next-weekday-after'
    },
    {
      text: 'early Thursday',
      language: 'en',
      start: '2023-08-31',
      precision: 'day',
      rule: 'last-weekday-on-or-before'
    },
    {
      text: 'Sunday night',
      language: 'en',
      start: '2023-09-03',
      precision: 'day',
      rule: 'last-weekday-on-or-before'
    },
    // Days counted from publication.
    { text: 'demain', language: 'fr', start: '2023-09-06', precision: 'day', rule: 'days-after' },
    {
      text: 'après-demain',
      language: 'fr',
      start: '2023-09-07',
      precision: 'day',
      rule: 'days-after'
    },
    {
      text: 'hier soir',
      language: 'fr',
      start: '2023-09-04',
      precision: 'day',
      rule: 'days-before'
    },
    { text: 'tomorrow', language: 'en', start: '2023-09-06', precision: 'day', rule: 'days-after' },
    {
      text: 'the day after tomorrow',
      language: 'en',
      start: '2023-09-07',
      precision: 'day',
      rule: 'days-after'
    },
    {
      text: 'last night',
      language: 'en',
      start: '2023-09-04',
      precision: 'day',
      rule: 'days-before'
    },
    {
      text: 'il y a deux jours',
      language: 'fr',
      start: '2023-09-03',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'il y a 3 semaines',
      language: 'fr',
      start: '2023-08-15',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'il y a quinze jours',
      language: 'fr',
      start: '2023-08-22',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'dans huit jours',
      language: 'fr',
      start: '2023-09-12',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'il y a deux mois',
      language: 'fr',
      start: '2023-07-01',
      end: '2023-07-31',
      precision: 'month',
      rule: 'time-ago'
    },
    {
      text: 'two days ago',
      language: 'en',
      start: '2023-09-03',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: '3 weeks ago',
      language: 'en',
      start: '2023-08-15',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'in two days',
      language: 'en',
      start: '2023-09-07',
      precision: 'day',
      rule: 'time-ago'
    },
    {
      text: 'a year ago',
      language: 'en',
      start: '2022-01-01',
      end: '2022-12-31',
      precision: 'year',
      rule: 'time-ago'
    },
    // Weeks (Monday to Sunday), weekends, months and years around publication.
    {
      text: 'la semaine dernière',
      language: 'fr',
      start: '2023-08-28',
      end: '2023-09-03',
      precision: 'days',
      rule: 'week'
    },
    {
      text: 'la semaine prochaine',
      language: 'fr',
      start: '2023-09-11',
      end: '2023-09-17',
      precision: 'days',
      rule: 'week'
    },
    {
      text: 'cette semaine',
      language: 'fr',
      start: '2023-09-04',
      end: '2023-09-10',
      precision: 'days',
      rule: 'week'
    },
    {
      text: 'last week',
      language: 'en',
      start: '2023-08-28',
      end: '2023-09-03',
      precision: 'days',
      rule: 'week'
    },
    {
      text: 'next week',
      language: 'en',
      start: '2023-09-11',
      end: '2023-09-17',
      precision: 'days',
      rule: 'week'
    },
    {
      text: 'le week-end prochain',
      language: 'fr',
      start: '2023-09-09',
      end: '2023-09-10',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'le week-end dernier',
      language: 'fr',
      start: '2023-09-02',
      end: '2023-09-03',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'ce week-end',
      language: 'fr',
      tense: 'past',
      start: '2023-09-02',
      end: '2023-09-03',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'ce week-end',
      language: 'fr',
      tense: 'future',
      start: '2023-09-09',
      end: '2023-09-10',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'next weekend',
      language: 'en',
      start: '2023-09-09',
      end: '2023-09-10',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'over the weekend',
      language: 'en',
      tense: 'past',
      start: '2023-09-02',
      end: '2023-09-03',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'le week-end dernier',
      language: 'fr',
      anchor: '2023-09-10',
      start: '2023-09-02',
      end: '2023-09-03',
      precision: 'days',
      rule: 'weekend'
    },
    {
      text: 'le mois dernier',
      language: 'fr',
      start: '2023-08-01',
      end: '2023-08-31',
      precision: 'month',
      rule: 'relative-month'
    },
    {
      text: 'le mois prochain',
      language: 'fr',
      start: '2023-10-01',
      end: '2023-10-31',
      precision: 'month',
      rule: 'relative-month'
    },
    {
      text: 'last month',
      language: 'en',
      anchor: '2024-01-15',
      start: '2023-12-01',
      end: '2023-12-31',
      precision: 'month',
      rule: 'relative-month'
    },
    {
      text: "l'an dernier",
      language: 'fr',
      start: '2022-01-01',
      end: '2022-12-31',
      precision: 'year',
      rule: 'relative-year'
    },
    {
      text: 'next year',
      language: 'en',
      start: '2024-01-01',
      end: '2024-12-31',
      precision: 'year',
      rule: 'relative-year'
    },
    {
      text: 'en 2019',
      language: 'fr',
      start: '2019-01-01',
      end: '2019-12-31',
      precision: 'year',
      rule: 'year'
    },
    // Months and their parts: "dernier"/"prochain", and the tense when neither is said.
    {
      text: 'en mars dernier',
      language: 'fr',
      start: '2023-03-01',
      end: '2023-03-31',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'en septembre dernier',
      language: 'fr',
      start: '2022-09-01',
      end: '2022-09-30',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'mars prochain',
      language: 'fr',
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'en mars',
      language: 'fr',
      tense: 'future',
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'last March',
      language: 'en',
      start: '2023-03-01',
      end: '2023-03-31',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'in September',
      language: 'en',
      tense: 'future',
      start: '2023-09-01',
      end: '2023-09-30',
      precision: 'month',
      rule: 'month'
    },
    {
      text: 'fin octobre',
      language: 'fr',
      tense: 'future',
      start: '2023-10-21',
      end: '2023-10-31',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    {
      text: 'début septembre',
      language: 'fr',
      tense: 'future',
      start: '2023-09-01',
      end: '2023-09-10',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    {
      text: 'début août',
      language: 'fr',
      tense: 'future',
      start: '2024-08-01',
      end: '2024-08-10',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    {
      text: 'à la mi-août',
      language: 'fr',
      start: '2023-08-11',
      end: '2023-08-20',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    {
      text: 'by mid-December',
      language: 'en',
      tense: 'future',
      start: '2023-12-11',
      end: '2023-12-20',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    {
      text: 'the end of July',
      language: 'en',
      start: '2023-07-21',
      end: '2023-07-31',
      precision: 'part-of-month',
      rule: 'part-of-month'
    },
    // Days without a year: the tense, "dernier"/"prochain", or the weekday places them.
    {
      text: 'le 12 septembre',
      language: 'fr',
      tense: 'future',
      start: '2023-09-12',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'le 12 septembre',
      language: 'fr',
      tense: 'past',
      start: '2022-09-12',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'le 3 mars prochain',
      language: 'fr',
      start: '2024-03-03',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'le 3 septembre dernier',
      language: 'fr',
      start: '2023-09-03',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'Sept. 12',
      language: 'en',
      tense: 'future',
      start: '2023-09-12',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'mardi 10 janvier',
      language: 'fr',
      start: '2023-01-10',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'mardi 10 janvier',
      language: 'fr',
      tense: 'future',
      start: '2023-01-10',
      precision: 'day',
      rule: 'weekday-and-day'
    },
    {
      text: 'Tuesday, Jan. 10',
      language: 'en',
      tense: 'future',
      start: '2023-01-10',
      precision: 'day',
      rule: 'weekday-and-day'
    },
    {
      text: 'ce jeudi 12 mars',
      language: 'fr',
      anchor: '2026-03-10',
      start: '2026-03-12',
      precision: 'day',
      rule: 'weekday-and-day'
    },
    {
      text: 'ce jeudi 12 mars',
      language: 'fr',
      anchor: '2020-03-13',
      start: '2020-03-12',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'this Thursday, March 12',
      language: 'en',
      anchor: '2026-03-10',
      start: '2026-03-12',
      precision: 'day',
      rule: 'weekday-and-day'
    },
    {
      text: 'Monday, March 3 of next year',
      language: 'en',
      anchor: '2024-09-05',
      start: '2025-03-03',
      precision: 'day',
      rule: 'explicit-day'
    },
    {
      text: 'du 25 au 27 juillet',
      language: 'fr',
      start: '2023-07-25',
      end: '2023-07-27',
      precision: 'days',
      rule: 'explicit-days'
    },
    {
      text: 'July 25-26',
      language: 'en',
      tense: 'future',
      start: '2024-07-25',
      end: '2024-07-26',
      precision: 'days',
      rule: 'explicit-days'
    }
  ];

  it.each(rows)(
    '"$text" ($language, $tense) → $start…$end ($precision, $rule)',
    ({ text, language, tense, anchor, start, end, precision, rule }) => {
      expect(readDateExpression(text, anchor ?? PUBLISHED, language, { tense })).toMatchObject({
        start,
        end: end ?? start,
        precision,
        rule
      });
    }
  );

  it.each([
    {
      text: 'vers 14h (heure de Paris)',
      language: 'fr',
      day: '2023-09-05',
      time: '14:00',
      timeZone: 'Europe/Paris'
    },
    { text: 'à 6h GMT', language: 'fr', day: '2023-09-05', time: '06:00', timeZone: 'Etc/GMT' },
    {
      text: 'lundi à 18h30 (heure de Moscou)',
      language: 'fr',
      day: '2023-09-04',
      time: '18:30',
      timeZone: 'Europe/Moscow'
    },
    {
      text: 'at 6 a.m. GMT',
      language: 'en',
      day: '2023-09-05',
      time: '06:00',
      timeZone: 'Etc/GMT'
    },
    {
      text: 'at 2:30 p.m. Moscow time',
      language: 'en',
      day: '2023-09-05',
      time: '14:30',
      timeZone: 'Europe/Moscow'
    },
    {
      text: 'on Monday at 9:30 a.m. ET',
      language: 'en',
      day: '2023-09-04',
      time: '09:30',
      timeZone: 'America/New_York'
    },
    { text: 'at 12 p.m. UTC', language: 'en', day: '2023-09-05', time: '12:00', timeZone: 'UTC' }
  ] as const)('"$text" is $day at $time, $timeZone', ({ text, language, day, time, timeZone }) => {
    const read = readDateExpression(text, PUBLISHED, language);
    expect(read).toMatchObject({ start: day, end: day, precision: 'time', time, timeZone });
    expect(read).not.toHaveProperty('warning');
  });

  it.each([
    {
      text: '14h30 heure locale',
      language: 'fr',
      time: '14:30',
      warning: /heure locale.*fuseau horaire n'est pas connu/
    },
    { text: 'à 9h (heure de Lagos)', language: 'fr', time: '09:00', warning: /heure de lagos/ },
    {
      text: 'at 4 a.m. local time',
      language: 'en',
      time: '04:00',
      warning: /local time.*not known/
    },
    { text: 'at 10 a.m.', language: 'en', time: '10:00', warning: /not known/ }
  ] as const)(
    '"$text" keeps $time without a zone, and says so',
    ({ text, language, time, warning }) => {
      const read = readDateExpression(text, PUBLISHED, language);
      expect(read).toMatchObject({ precision: 'time', time });
      expect(read).not.toHaveProperty('timeZone');
      expect((read as { warning: string }).warning).toMatch(warning);
    }
  );

  it.each([
    { text: 'à 25h', language: 'fr', problem: /25:00 is not a time of day/ },
    { text: 'at 13 p.m.', language: 'en', problem: /13 p.m. is not a time of day/ },
    { text: 'la semaine prochaine à 10h', language: 'fr', problem: /needs one day/ },
    { text: 'jeudi 12 mars', language: 'fr', problem: /weekday contradicts the date/ }
  ] as const)('says why it cannot read "$text"', ({ text, language, problem }) => {
    expect((readDateExpression(text, PUBLISHED, language) as { problem: string }).problem).toMatch(
      problem
    );
  });

  it.each([
    {
      text: 'vendredi',
      language: 'fr',
      tense: 'future',
      explanation:
        'le premier vendredi à la date de publication (2023-09-05) ou après, la phrase étant au futur'
    },
    {
      text: 'next Friday',
      language: 'en',
      explanation: 'the first Friday after the publication date (2023-09-05)'
    },
    {
      text: 'la semaine prochaine',
      language: 'fr',
      explanation: 'la semaine, du lundi au dimanche, qui suit celle de la publication (2023-09-05)'
    },
    {
      text: 'il y a deux jours',
      language: 'fr',
      explanation: '2 jours avant la publication (2023-09-05)'
    },
    {
      text: 'le 12 septembre',
      language: 'fr',
      tense: 'future',
      explanation:
        "date donnée sans l'année, lue en 2023, la phrase étant au futur (à la publication ou après)"
    },
    {
      text: 'vers 14h (heure de Paris)',
      language: 'fr',
      explanation: 'à 14:00, heure de Europe/Paris'
    },
    {
      text: 'on Monday at 9:30 a.m. ET',
      language: 'en',
      explanation:
        'the most recent Monday on or before the publication date (2023-09-05), at 09:30, America/New_York time'
    }
  ] as const)('explains "$text" ($language) in its language', (row) => {
    const tense = 'tense' in row ? row.tense : undefined;
    expect(readDateExpression(row.text, PUBLISHED, row.language, { tense })).toHaveProperty(
      'explanation',
      row.explanation
    );
  });
});
