import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceSpans, type DraftLanguage } from './sentences.ts';

const cases: { name: string; lang: DraftLanguage; text: string; expected: string[] }[] = [
  {
    name: 'French abbreviations do not end a sentence',
    lang: 'fr',
    text: 'M. Sullivan a parlé. Mme Watson et le Dr Martin ont suivi. Me Berthier aussi.',
    expected: [
      'M. Sullivan a parlé.',
      'Mme Watson et le Dr Martin ont suivi.',
      'Me Berthier aussi.'
    ]
  },
  {
    name: 'English titles, initials and U.S. before a name',
    lang: 'en',
    text: 'Mr. Smith met Rep. Jones and John F. Kennedy Jr. in the U.S. Senate. They talked.',
    expected: [
      'Mr. Smith met Rep. Jones and John F. Kennedy Jr. in the U.S. Senate.',
      'They talked.'
    ]
  },
  {
    name: 'U.S. ends a sentence when one plainly starts after it',
    lang: 'en',
    text: 'He moved to the U.S. The family followed.',
    expected: ['He moved to the U.S.', 'The family followed.']
  },
  {
    name: 'numbers with points and ellipses',
    lang: 'en',
    text: 'Growth was 3.5 percent... or so. Prices rose.',
    expected: ['Growth was 3.5 percent... or so.', 'Prices rose.']
  },
  {
    name: 'a quotation mark that closes after the full stop',
    lang: 'en',
    text: 'He called it "a miracle." Then he left.',
    expected: ['He called it "a miracle."', 'Then he left.']
  },
  {
    name: 'guillemets over several sentences stay with their attribution',
    lang: 'fr',
    text: '«Nous avons gagné. Rien ne nous arrêtera», a-t-il dit. Il est parti.',
    expected: ['«Nous avons gagné. Rien ne nous arrêtera», a-t-il dit.', 'Il est parti.']
  },
  {
    name: 'closing guillemets with a narrow no-break space after the stop',
    lang: 'fr',
    text: 'Il a dit\u00a0: «\u202fNon.\u202f» Elle a ri.',
    expected: ['Il a dit\u00a0: «\u202fNon.\u202f»', 'Elle a ri.']
  },
  {
    name: 'question and exclamation marks',
    lang: 'fr',
    text: 'Pourquoi pas ? Personne ne sait ! Voilà.',
    expected: ['Pourquoi pas ?', 'Personne ne sait !', 'Voilà.']
  }
];

describe('sentenceSpans', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(sentenceSpans(c.text, c.lang).map((s) => c.text.slice(s.start, s.end))).toEqual(
        c.expected
      );
    });
  }

  it('numbers paragraphs by line, a headline line being one', () => {
    const text = 'Titre sans point\n\nPremière phrase. Deuxième.\nTroisième.';
    const spans = sentenceSpans(text, 'fr');
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Titre sans point', 0],
      ['Première phrase.', 1],
      ['Deuxième.', 1],
      ['Troisième.', 2]
    ]);
    expect(paragraphSpans(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'Titre sans point',
      'Première phrase. Deuxième.',
      'Troisième.'
    ]);
  });
});
