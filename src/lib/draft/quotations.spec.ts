import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations.ts';
import type { DraftLanguage } from './sentences.ts';

interface Row {
  name: string;
  lang: DraftLanguage;
  text: string;
  /** Each quotation's words, its marks, and whether it is a scare quote. */
  expected: { text: string; marks: string; scare: boolean; continues?: number }[];
}

const rows: Row[] = [
  {
    name: 'guillemets without inner spaces',
    lang: 'fr',
    text: '«Nous partons», a déclaré le ministre.',
    expected: [{ text: 'Nous partons', marks: '«»', scare: false }]
  },
  {
    name: 'guillemets with no-break and narrow no-break spaces, left out of the offsets',
    lang: 'fr',
    text: 'Elle a dit «\u00a0oui\u00a0» puis «\u202fnon, jamais\u202f», a-t-elle précisé.',
    expected: [
      { text: 'oui', marks: '«»', scare: false },
      { text: 'non, jamais', marks: '«»', scare: false }
    ]
  },
  {
    name: 'curly double quotes with a single quote nested inside',
    lang: 'en',
    text: '“I keep hearing ‘we’re almost there,’ and nothing happens,” he said.',
    expected: [
      {
        text: 'I keep hearing ‘we’re almost there,’ and nothing happens,',
        marks: '“”',
        scare: false
      }
    ]
  },
  {
    name: 'straight double quotes paired, straight single quotes nested',
    lang: 'en',
    text: '"The \'AI boom\' is over," said Jonas Whitaker. "Sell," he added.',
    expected: [
      { text: "The 'AI boom' is over,", marks: '""', scare: false },
      { text: 'Sell,', marks: '""', scare: false }
    ]
  },
  {
    name: 'straight quotes inside guillemets belong to the outer quotation',
    lang: 'fr',
    text: '«Ils parlent de "ligne rouge" depuis vingt ans», a déclaré M. Karimi.',
    expected: [{ text: 'Ils parlent de "ligne rouge" depuis vingt ans', marks: '«»', scare: false }]
  },
  {
    name: 'British single quotes, apostrophes inside and a plural possessive outside',
    lang: 'en',
    text: 'The Farmers’ Union agreed. ‘We can’t build walls everywhere,’ Sir Peter said.',
    expected: [{ text: 'We can’t build walls everywhere,', marks: '‘’', scare: false }]
  },
  {
    name: 'a quotation over several sentences',
    lang: 'fr',
    text: '«Pourquoi pas? Ce sont nos voisins», a déclaré le ministre.',
    expected: [{ text: 'Pourquoi pas? Ce sont nos voisins', marks: '«»', scare: false }]
  },
  {
    name: 'continued after an attribution, in the next sentence',
    lang: 'fr',
    text: '«Cela reste ouvert», a-t-il dit. Mais «cela en dit long sur la Russie».',
    expected: [
      { text: 'Cela reste ouvert', marks: '«»', scare: false },
      { text: 'cela en dit long sur la Russie', marks: '«»', scare: false, continues: 0 }
    ]
  },
  {
    name: 'continued in English after "she said."',
    lang: 'en',
    text: '"That is a pause," she said. "We expect orders to recover."',
    expected: [
      { text: 'That is a pause,', marks: '""', scare: false },
      { text: 'We expect orders to recover.', marks: '""', scare: false, continues: 0 }
    ]
  },
  {
    name: 'scare quotes: a word or two that no one is said to say',
    lang: 'fr',
    text: 'La course était menacée par le «foehn», ce vent chaud.',
    expected: [{ text: 'foehn', marks: '«»', scare: true }]
  },
  {
    name: 'a title in quotes is not a quotation',
    lang: 'en',
    text: 'Okafor won the Golden Bear for "Harbor Lights," a drama.',
    expected: [{ text: 'Harbor Lights,', marks: '""', scare: true }]
  },
  {
    name: 'one word someone is said to say is not a scare quote',
    lang: 'fr',
    text: 'Cela n’améliorera pas «l’image» du pays, a déclaré Jake Sullivan.',
    expected: [{ text: 'l’image', marks: '«»', scare: false }]
  },
  {
    name: 'a colon attributes: "M. Renaud : «…»"',
    lang: 'fr',
    text: 'M. Renaud\u00a0: «\u202fNon.\u202f»',
    expected: [{ text: 'Non.', marks: '«»', scare: false }]
  },
  {
    name: 'empty marks and an apostrophe are no quotations',
    lang: 'fr',
    text: "«» et l'image d'aujourd'hui.",
    expected: []
  }
];

describe('findQuotations', () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = findQuotations(row.text, row.lang);
      expect(
        found.map((q) => ({
          text: q.text,
          marks: q.marks,
          scare: q.scare,
          ...(q.continues !== undefined ? { continues: q.continues } : {})
        }))
      ).toEqual(row.expected);
      for (const q of found) expect(row.text.slice(q.start, q.end)).toBe(q.text);
    });
  }
});
