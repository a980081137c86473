import { describe, expect, it } from 'vitest';
import { markName } from './mark-name.ts';

describe('markName', () => {
  const rows = [
    {
      event: {
        label: 'Kim veut aller en Russie',
        title: 'Kim veut aller en Russie',
        dateLabel: 'lundi 4 septembre 2023'
      },
      expected: 'Kim veut aller en Russie, lundi 4 septembre 2023'
    },
    {
      event: {
        label: 'Le Kremlin ne confirme pas le sommet',
        title: 'Le Kremlin refuse de confirmer le sommet',
        dateLabel: 'mardi 5 septembre 2023'
      },
      expected:
        'Le Kremlin ne confirme pas le sommet, mardi 5 septembre 2023 : Le Kremlin refuse de confirmer le sommet'
    }
  ];
  for (const { event, expected } of rows)
    it(expected, () => {
      expect(markName(event)).toBe(expected);
      // What the mark shows comes first.
      expect(markName(event).startsWith(event.label)).toBe(true);
    });
});
