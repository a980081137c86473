import { describe, expect, it } from 'vitest';
import { fold, highlight, queryTerms, SearchIndex, searchWords } from './search.ts';

describe('fold', () => {
  const rows = [
    ['Choïgou', 'choigou'],
    ['Sergueï CHOÏGOU', 'sergueï choigou'.replace('ï', 'i')],
    ['Défilé à Pyongyang', 'defile a pyongyang'],
    ['Œuvre, cœur, Æsop', 'oeuvre, coeur, aesop'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    // The same word in decomposed form (e + combining acute) folds alike.
    ['De\u0301file\u0301', 'defile'],
    ['Kim Jong Un, 2023', 'kim jong un, 2023']
  ] as const;
  for (const [text, expected] of rows)
    it(`${text} → ${expected}`, () => expect(fold(text)).toBe(expected));
});

describe('queryTerms', () => {
  const rows: [string, string[]][] = [
    ['', []],
    ['   ', []],
    ['Peskov', ['peskov']],
    ["l'image", ['l', 'image']],
    ['Kim  Jong-Un kim', ['kim', 'jong', 'un']],
    ['« Choïgou »', ['choigou']]
  ];
  for (const [query, expected] of rows)
    it(`"${query}" → ${JSON.stringify(expected)}`, () =>
      expect(queryTerms(query)).toEqual(expected));
});

describe('SearchIndex', () => {
  const events = [
    ['Sergueï Choïgou en visite en Corée du Nord', 'Le ministre russe de la Défense'],
    ['Choïgou assiste à un défilé militaire', 'aux côtés de Kim Jong Un'],
    [
      'Le Kremlin refuse de confirmer le sommet',
      'Dmitri Peskov',
      '« Non, nous n’avons rien à dire »'
    ],
    ['Jake Sullivan met en garde la Corée du Nord', 'Maison Blanche']
  ].map((texts) => searchWords(texts));
  const index = SearchIndex.build(events);

  const rows: [string, number[]][] = [
    ['choigou', [0, 1]],
    ['CHOÏGOU', [0, 1]],
    ['choig', [0, 1]],
    ['peskov', [2]],
    ['coree', [0, 3]],
    ['coree nord', [0, 3]],
    ['choigou defile', [1]],
    ['choigou peskov', []],
    ['rien', [2]],
    ['avons', [2]],
    // A term must begin a word, not sit inside one: "rem" is in "Kremlin" but begins no word.
    ['rem', []],
    ['xyz', []],
    ['', [0, 1, 2, 3]]
  ];
  for (const [query, expected] of rows)
    it(`"${query}" finds ${JSON.stringify(expected)}`, () =>
      expect(index.match(queryTerms(query))).toEqual(expected));

  it('indexes raw text too, each event once per word', () => {
    const raw = SearchIndex.build(['kim kim kim', 'jong kim']);
    expect(raw.match(['kim'])).toEqual([0, 1]);
  });

  it('finds among 10,000 events what a scan finds', () => {
    const words = ['alpha', 'alpine', 'beta', 'gamma', 'delta', 'défense', 'défilé'];
    const texts = Array.from({ length: 10_000 }, (_, i) =>
      searchWords([words[i % 7]!, words[(i * 3) % 7]!, words[(i * 5 + 1) % 7]!])
    );
    const big = SearchIndex.build(texts);
    for (const query of ['alp', 'def', 'defi beta', 'gamma delta', 'z']) {
      const terms = queryTerms(query);
      const scan = texts
        .map((t, i) => [t.split(' '), i] as const)
        .filter(([ws]) => terms.every((term) => ws.some((w) => w.startsWith(term))))
        .map(([, i]) => i);
      expect(big.match(terms)).toEqual(scan);
    }
  });
});

describe('highlight', () => {
  const show = (text: string, query: string) =>
    highlight(text, queryTerms(query))
      .map((p) => (p.hit ? `[${p.text}]` : p.text))
      .join('');
  const rows: [string, string, string][] = [
    ['Sergueï Choïgou en visite', 'choig', 'Sergueï [Choïg]ou en visite'],
    ['Sergueï Choïgou en visite', 'choigou', 'Sergueï [Choïgou] en visite'],
    ['La Corée du Nord, la Corée', 'coree', 'La [Corée] du Nord, la [Corée]'],
    ["l'image « tout »", 'image tout', "l'[image] « [tout] »"],
    ['Le Kremlin', 'rem', 'Le Kremlin'],
    ['cœur', 'coe', '[cœ]ur'],
    ['De\u0301file\u0301', 'defile', '[De\u0301file\u0301]'],
    ['Kim Jong Un', 'kim jong', '[Kim] [Jong] Un'],
    ['Kim', '', 'Kim']
  ];
  for (const [text, query, expected] of rows)
    it(`"${query}" in "${text}"`, () => expect(show(text, query)).toBe(expected));

  it('gives back the text verbatim, hostile or not', () => {
    const text = '<script>alert(1)</script> « Choïgou » \u202e evil';
    expect(
      highlight(text, ['choigou', 'script'])
        .map((p) => p.text)
        .join('')
    ).toBe(text);
  });

  it('of the longest of two terms that begin a word', () => {
    expect(show('Pyongyang', 'py pyong')).toBe('[Pyong]yang');
  });
});
