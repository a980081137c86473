import { describe, expect, it } from 'vitest';
import { readDateExpression } from './resolve-date-expression.ts';

/** What an expression resolves to, or null when it cannot be read. */
function resolveDateExpression(text: string, anchor: string) {
  const result = readDateExpression(text, anchor);
  return 'problem' in result ? null : result;
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
    { text: 'la semaine prochaine', problem: /not an expression the resolver knows/ }
  ])('says why it cannot read "$text"', ({ text, anchor, problem }) => {
    const result = readDateExpression(text, anchor ?? PUBLISHED);
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(problem);
  });

  it.each(['bientôt', 'la semaine prochaine', '31 juin', 'lundi 5 septembre 2023', ''])(
    'refuses what it cannot read rather than guess: "%s"',
    (text) => {
      expect(resolveDateExpression(text, PUBLISHED)).toBeNull();
    }
  );
});
