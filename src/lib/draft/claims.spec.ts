import { describe, expect, it } from 'vitest';
import { claimStatusOf, type DraftClaim } from './claims.ts';
import type { DraftLanguage } from './sentences.ts';

const rows: [DraftLanguage, string, DraftClaim][] = [
  [
    'fr',
    'Moscou a refusé mardi de confirmer la tenue d’un tel sommet.',
    { status: 'refused-to-confirm' }
  ],
  ['en', 'The White House declined to confirm that account.', { status: 'refused-to-confirm' }],
  ['fr', 'Son avocat a démenti toute irrégularité.', { status: 'denied' }],
  ['en', 'Veltrix denied the report.', { status: 'denied' }],
  [
    'fr',
    'Selon le quotidien américain The New York Times, Moscou cherche des obus.',
    { status: 'reported', outlet: 'The New York Times' }
  ],
  [
    'fr',
    'Selon le New York Times, les deux dirigeants se sont rencontrés lundi.',
    { status: 'reported', outlet: 'New York Times' }
  ],
  ['fr', 'D’après l’AFP, le sommet est reporté.', { status: 'reported', outlet: 'AFP' }],
  ['fr', 'Selon Paul Girard, le plan arrive trop tard.', { status: 'stated' }],
  [
    'en',
    'According to the Financial Times, the deal is off.',
    { status: 'reported', outlet: 'Financial Times' }
  ],
  ['fr', 'Le ministre a annoncé lundi des exercices conjoints.', { status: 'announced' }],
  ['en', 'The company announced a new chief executive.', { status: 'announced' }],
  ['fr', '«Non», a déclaré le porte-parole.', { status: 'stated' }],
  ['en', '"No," the spokesman said.', { status: 'stated' }],
  ['en', 'According to two aides, the talks stalled.', { status: 'stated' }],
  ['fr', 'Kim Jong Un est arrivé en Russie mardi.', { status: 'established' }]
];

describe('claimStatusOf', () => {
  for (const [lang, sentence, expected] of rows) {
    it(`${expected.status}: ${sentence}`, () => {
      expect(claimStatusOf(sentence, lang)).toEqual(expected);
    });
  }
});
