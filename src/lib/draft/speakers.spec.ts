import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations.ts';
import type { DraftLanguage } from './sentences.ts';
import { attributeSpeakers, type Certainty, type SpeakerOptions } from './speakers.ts';

interface Row {
  name: string;
  lang: DraftLanguage;
  text: string;
  /** Per quotation: the speaker's name (or null), and the certainty a reader would give it. */
  expected: { speaker: string | null; certainty: Certainty; outlet?: string }[];
  options?: SpeakerOptions;
}

const rows: Row[] = [
  {
    name: '"a déclaré X" after the quotation',
    lang: 'fr',
    text: '«Nous partons», a déclaré Claire Vasseur.',
    expected: [{ speaker: 'Claire Vasseur', certainty: 'sure' }]
  },
  {
    name: '"selon X"',
    lang: 'fr',
    text: 'Selon Marc Delorme, la réforme «fera basculer des chômeurs dans la pauvreté».',
    expected: [{ speaker: 'Marc Delorme', certainty: 'sure' }]
  },
  {
    name: '"X a affirmé que … «…»", with a role in apposition',
    lang: 'fr',
    text: 'Le secrétaire général de la CGT, Marc Delorme, a affirmé que le syndicat ferait grève «dès la semaine prochaine».',
    expected: [{ speaker: 'Marc Delorme', certainty: 'sure' }]
  },
  {
    name: '"a ajouté le ministre": the role resolved to the minister named before',
    lang: 'fr',
    text: 'Le ministre iranien des Affaires étrangères, Hossein Karimi, a parlé lundi. «Notre programme est pacifique», a ajouté le ministre.',
    expected: [{ speaker: 'Hossein Karimi', certainty: 'likely' }]
  },
  {
    name: '"a-t-il dit": the last man named as subject',
    lang: 'fr',
    text: 'M. Sullivan a reconnu ne pas savoir. «Cela reste une question ouverte», a-t-il dit.',
    expected: [{ speaker: 'Sullivan', certainty: 'likely' }]
  },
  {
    name: '"M. Sullivan" is the Jake Sullivan named before',
    lang: 'fr',
    text: 'Le conseiller à la sécurité nationale, Jake Sullivan, était là. «Cela en dit long», a déclaré M. Sullivan.',
    expected: [{ speaker: 'Jake Sullivan', certainty: 'sure' }]
  },
  {
    name: '"la Genevoise": an epithet taken for the last woman named as subject, as a guess',
    lang: 'fr',
    text: "La skieuse suisse Léa Fontanet a gagné samedi devant Paul Martin. «J'ai tout donné», a confié la Genevoise.",
    expected: [{ speaker: 'Léa Fontanet', certainty: 'likely' }]
  },
  {
    name: '"l\'Autrichienne": the epithet set before the name',
    lang: 'fr',
    text: "La Suissesse Léa Fontanet a gagné devant l'Autrichienne Katrin Moser. «Elle était la plus forte», a reconnu l'Autrichienne.",
    expected: [{ speaker: 'Katrin Moser', certainty: 'likely' }]
  },
  {
    name: 'the colon form, and the outlet a quotation came through',
    lang: 'fr',
    text: "Le ministre russe de la Défense, Sergueï Choïgou, s'est exprimé. M. Choïgou : «Pourquoi pas?» «Ce sont nos voisins», a déclaré le ministre, cité par l'agence TASS.",
    expected: [
      { speaker: 'Sergueï Choïgou', certainty: 'sure' },
      { speaker: 'Sergueï Choïgou', certainty: 'likely', outlet: 'TASS' }
    ]
  },
  {
    name: 'a pronoun after two people named together is not guessed',
    lang: 'fr',
    text: "Le procureur, Yann Le Gall, et le juge d'instruction se taisent. Il a seulement indiqué que l'enquête était «loin d'être terminée».",
    expected: [{ speaker: null, certainty: 'unsure' }]
  },
  {
    name: 'an unnamed role is said to be unnamed, and found among known people',
    lang: 'fr',
    text: 'Il doit parler de «sujets sensibles», selon le porte-parole du Kremlin.',
    expected: [{ speaker: 'le porte-parole du Kremlin', certainty: 'unsure' }]
  },
  {
    name: 'the same, with the story’s actors known',
    lang: 'fr',
    text: 'Il doit parler de «sujets sensibles», selon le porte-parole du Kremlin.',
    options: {
      known: [
        { name: 'Adrienne Watson', role: 'porte-parole du Conseil de sécurité nationale' },
        { name: 'Dmitri Peskov', role: 'porte-parole du Kremlin' }
      ]
    },
    expected: [{ speaker: 'Dmitri Peskov', certainty: 'likely' }]
  },
  {
    name: '"X said" with a title, then "she said", then a continued quotation',
    lang: 'en',
    text: '"We are not seeing cancellations," Chief Executive Officer Anita Rao said. "That is a pause," she said. "Orders will recover."',
    expected: [
      { speaker: 'Anita Rao', certainty: 'sure' },
      { speaker: 'Anita Rao', certainty: 'likely' },
      { speaker: 'Anita Rao', certainty: 'likely' }
    ]
  },
  {
    name: '"said X, …" and a surname alone',
    lang: 'en',
    text: '"Let’s see the text first," said Rep. Maria Delgado, D-Texas. "Not yet," Delgado told reporters.',
    expected: [
      { speaker: 'Maria Delgado', certainty: 'sure' },
      { speaker: 'Maria Delgado', certainty: 'sure' }
    ]
  },
  {
    name: '"according to X"',
    lang: 'en',
    text: 'According to Helen Marsh, the figures were "exactly what we would expect."',
    expected: [{ speaker: 'Helen Marsh', certainty: 'sure' }]
  },
  {
    name: '"Sir Peter" is Sir Peter Holloway; "told the BBC" is the outlet',
    lang: 'en',
    text: "The agency's chair, Sir Peter Holloway, told the BBC that defences protected 'tens of thousands of homes'. 'We can’t build walls everywhere,' Sir Peter said.",
    expected: [
      { speaker: 'Peter Holloway', certainty: 'sure', outlet: 'BBC' },
      { speaker: 'Peter Holloway', certainty: 'sure' }
    ]
  },
  {
    name: 'an unnamed source is named as the text names it',
    lang: 'fr',
    text: '«Tout le monde savait», glisse une commerçante du centre-bourg.',
    expected: [{ speaker: 'une commerçante du centre-bourg', certainty: 'sure' }]
  },
  {
    name: 'scare quotes get no speaker; an unattributed quotation is unsure',
    lang: 'en',
    text: 'The company risks being seen as a "one-trick pony." "Nobody knows what comes next, and nobody will say it."',
    expected: [
      { speaker: null, certainty: 'sure' },
      { speaker: null, certainty: 'unsure' }
    ]
  }
];

describe('attributeSpeakers', () => {
  for (const row of rows) {
    it(row.name, () => {
      const quotations = findQuotations(row.text, row.lang);
      const found = attributeSpeakers(row.text, quotations, row.lang, row.options);
      expect(
        found.map((a) => ({
          speaker: a.speaker?.name ?? null,
          certainty: a.certainty,
          ...(a.outlet ? { outlet: a.outlet } : {})
        }))
      ).toEqual(row.expected);
      for (const a of found) expect(a.reason).not.toBe('');
    });
  }

  it('says why it is unsure, in words', () => {
    const text = 'Le procureur, Yann Le Gall, et le juge se taisent. «Rien», a-t-il dit.';
    const [a] = attributeSpeakers(text, findQuotations(text, 'fr'), 'fr');
    expect(a!.reason).toMatch(/more than one person/);
  });

  it('gives the attribution’s words as the cue', () => {
    const text = '«Nous partons», a déclaré Claire Vasseur.';
    const [a] = attributeSpeakers(text, findQuotations(text, 'fr'), 'fr');
    expect(text.slice(a!.cue!.start, a!.cue!.end)).toBe('déclaré');
  });
});
