import { describe, expect, it } from 'vitest';
import { sentenceAround, tenseOf } from './tense.ts';

const KIM =
  'Le dirigeant nord-coréen Kim Jong-un, parti dimanche de Pyongyang à bord d’un train blindé, est arrivé en Russie mardi, où il doit parler de «sujets sensibles» avec Vladimir Poutine dans les jours à venir, selon le porte-parole.';

describe('the tense of the clause around a date expression', () => {
  it.each([
    // French: passé composé, plus-que-parfait, imparfait, passé simple…
    {
      text: 'La Maison Blanche a mis en garde mardi la Corée du Nord.',
      at: 'mardi',
      language: 'fr',
      tense: 'past'
    },
    {
      text: 'Lundi, la Maison Blanche a affirmé que Kim voulait venir.',
      at: 'Lundi',
      language: 'fr',
      tense: 'past'
    },
    {
      text: 'Les syndicats, reçus lundi à Matignon, avaient réclamé un geste.',
      at: 'lundi',
      language: 'fr',
      tense: 'past'
    },
    {
      text: 'Le ministre discutait jeudi avec ses homologues.',
      at: 'jeudi',
      language: 'fr',
      tense: 'past'
    },
    {
      text: 'Les deux hommes se rencontrèrent mardi à Genève.',
      at: 'mardi',
      language: 'fr',
      tense: 'past'
    },
    {
      text: '«Nous parlerons de tout», a-t-il déclaré hier à la presse.',
      at: 'hier',
      language: 'fr',
      tense: 'past'
    },
    // … futur simple, aller / devoir / devrait + infinitif, prévoir.
    {
      text: 'Ils doivent se rencontrer vendredi à Moscou.',
      at: 'vendredi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Le texte va être présenté mercredi en Conseil des ministres.',
      at: 'mercredi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Le président devrait annoncer jeudi sa décision.',
      at: 'jeudi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Le gouvernement prévoit de publier le décret lundi.',
      at: 'lundi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Le gouverneur s’exprimera vendredi 17 janvier devant le Parlement.',
      at: 'vendredi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Les négociations reprendront le 2 avril, selon le ministère.',
      at: 'le 2 avril',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'La réunion est prévue mardi à Bruxelles.',
      at: 'mardi',
      language: 'fr',
      tense: 'future'
    },
    // One sentence, two clauses: each expression takes its own clause's tense.
    { text: KIM, at: 'dimanche', language: 'fr', tense: 'past' },
    { text: KIM, at: 'mardi', language: 'fr', tense: 'past' },
    {
      text: 'Il est arrivé dimanche à Pékin, où il doit rencontrer son homologue mercredi.',
      at: 'mercredi',
      language: 'fr',
      tense: 'future'
    },
    {
      text: 'Il est arrivé dimanche à Pékin, où il doit rencontrer son homologue mercredi.',
      at: 'dimanche',
      language: 'fr',
      tense: 'past'
    },
    // English.
    { text: 'They will meet on Friday.', at: 'on Friday', language: 'en', tense: 'future' },
    { text: "They'll meet on Friday.", at: 'on Friday', language: 'en', tense: 'future' },
    {
      text: 'The Fed held rates steady on Wednesday.',
      at: 'on Wednesday',
      language: 'en',
      tense: 'past'
    },
    {
      text: 'Prices have risen sharply since Monday.',
      at: 'Monday',
      language: 'en',
      tense: 'past'
    },
    {
      text: 'The two leaders met on Tuesday in Geneva.',
      at: 'on Tuesday',
      language: 'en',
      tense: 'past'
    },
    {
      text: 'Zelenskyy is due to travel to Germany on Saturday.',
      at: 'on Saturday',
      language: 'en',
      tense: 'future'
    },
    {
      text: 'The minister is to visit Paris on Monday.',
      at: 'on Monday',
      language: 'en',
      tense: 'future'
    },
    {
      text: 'The company is going to report results on Thursday.',
      at: 'on Thursday',
      language: 'en',
      tense: 'future'
    },
    {
      text: 'A vote on the plan is expected on Thursday.',
      at: 'on Thursday',
      language: 'en',
      tense: 'future'
    },
    {
      text: 'The chancellor said on Sunday that the budget would be published on Wednesday.',
      at: 'on Sunday',
      language: 'en',
      tense: 'past'
    },
    {
      text: 'The chancellor said on Sunday that the budget would be published on Wednesday.',
      at: 'on Wednesday',
      language: 'en',
      tense: 'future'
    }
  ] as const)('"$at" in "$text" → $tense', ({ text, at, language, tense }) => {
    const start = text.indexOf(at);
    expect(tenseOf(text, { start, end: start + at.length }, language)).toBe(tense);
  });

  it.each([
    { text: 'Mardi, jour de marché à Rennes.', at: 'Mardi', language: 'fr' },
    { text: 'Tuesday: talks in Geneva.', at: 'Tuesday', language: 'en' },
    // Words that end like a futur simple or an imparfait and are not verbs.
    { text: 'Un vrai front uni le portrait de jeudi.', at: 'jeudi', language: 'fr' }
  ] as const)('says nothing where no verb marks the tense: "$text"', ({ text, at, language }) => {
    const start = text.indexOf(at);
    expect(tenseOf(text, { start, end: start + at.length }, language)).toBeUndefined();
  });

  it('takes the tense of its own sentence, not the one before', () => {
    const text = 'Il a parlé lundi. Le sommet se tiendra jeudi à Pékin.';
    const start = text.indexOf('jeudi');
    expect(tenseOf(text, { start, end: start + 5 }, 'fr')).toBe('future');
    expect(tenseOf(text, { start: 11, end: 16 }, 'fr')).toBe('past');
  });

  it('does not end a sentence at "M." or "Sept."', () => {
    const text = 'M. Sullivan a parlé mardi. Talks opened on Sept. 5 in Geneva.';
    expect(text.slice(...Object.values(sentenceAround(text, { start: 20, end: 25 })))).toBe(
      'M. Sullivan a parlé mardi.'
    );
    const at = text.indexOf('Sept.');
    expect(sentenceAround(text, { start: at, end: at + 8 }).end).toBe(text.length);
  });
});
