/**
 * Events proposed from small dispatches, written for this test in both languages: which
 * sentences make an event and on what day, the passages and quotations each takes, its title and
 * the claim status its verb suggests. Every text is published on Thursday 14 March 2024, so
 * "lundi" / "on Monday" is the 11th, "mardi" the 12th, "mercredi" the 13th, "dimanche" the 10th.
 */
import { describe, expect, it } from 'vitest';
import type { DraftClaim } from './claims.ts';
import { findDateExpressions } from './dates.ts';
import { proposeEvents, proposeTitle } from './events.ts';
import { findQuotations } from './quotations.ts';
import type { DraftLanguage } from './sentences.ts';
import { attributeSpeakers } from './speakers.ts';

const PUBLISHED = '2024-03-14';

function propose(text: string, lang: DraftLanguage) {
  const dates = findDateExpressions(text, PUBLISHED, lang);
  const quotations = findQuotations(text, lang);
  const attributions = attributeSpeakers(text, quotations, lang);
  const events = proposeEvents(text, { dates, quotations, attributions }, lang);
  return { dates, quotations, events };
}

/** What a row expects of an event; the keys it leaves out are not checked. */
interface ExpectedEvent {
  /** The words that date it, and the day they name. */
  on: string;
  day: string;
  /** How many dated sentences it groups (1 unless said). */
  sentences?: number;
  /** Its passages' words. */
  passages?: string[];
  /** Its quotations' words. */
  quotations?: string[];
  title?: string;
  claim?: DraftClaim;
}

interface Row {
  name: string;
  lang: DraftLanguage;
  text: string;
  expected: ExpectedEvent[];
}

const rows: Row[] = [
  {
    name: 'one event per dated sentence, each running to the next dated sentence, with its quotations',
    lang: 'fr',
    text:
      'Le ministre de la Santé, Paul Girard, a présenté lundi un plan pour les urgences. ' +
      '« Nous ne pouvons plus attendre », a-t-il déclaré devant la presse. ' +
      'Le plan prévoit 500 postes d’infirmiers.\n' +
      'Les syndicats ont réagi mardi. « C’est une goutte d’eau », a affirmé Marie Leroy, de la CGT.',
    expected: [
      {
        on: 'lundi',
        day: '2024-03-11',
        passages: [
          'Le ministre de la Santé, Paul Girard, a présenté lundi un plan pour les urgences. ' +
            '« Nous ne pouvons plus attendre », a-t-il déclaré devant la presse. ' +
            'Le plan prévoit 500 postes d’infirmiers.'
        ],
        quotations: ['Nous ne pouvons plus attendre'],
        title: 'Le ministre de la Santé, Paul Girard, a présenté lundi un plan pour les urgences'
      },
      {
        on: 'mardi',
        day: '2024-03-12',
        passages: [
          'Les syndicats ont réagi mardi. « C’est une goutte d’eau », a affirmé Marie Leroy, de la CGT.'
        ],
        quotations: ['C’est une goutte d’eau'],
        title: 'Les syndicats ont réagi mardi'
      }
    ]
  },
  {
    name: 'one event per dated sentence, each running to the next dated sentence, with its quotations',
    lang: 'en',
    text:
      'Health Secretary Paul Grant unveiled a plan for emergency rooms on Monday. ' +
      '“We cannot wait any longer,” he told reporters. ' +
      'The plan funds 500 nursing posts.\n' +
      'Unions responded on Tuesday. “It is a drop in the bucket,” said Mary Lee of the nurses’ union.',
    expected: [
      {
        on: 'on Monday',
        day: '2024-03-11',
        passages: [
          'Health Secretary Paul Grant unveiled a plan for emergency rooms on Monday. ' +
            '“We cannot wait any longer,” he told reporters. ' +
            'The plan funds 500 nursing posts.'
        ],
        quotations: ['We cannot wait any longer,'],
        title: 'Health Secretary Paul Grant unveiled a plan for emergency rooms on Monday'
      },
      {
        on: 'on Tuesday',
        day: '2024-03-12',
        passages: [
          'Unions responded on Tuesday. “It is a drop in the bucket,” said Mary Lee of the nurses’ union.'
        ],
        quotations: ['It is a drop in the bucket,'],
        title: 'Unions responded on Tuesday'
      }
    ]
  },
  {
    name: 'a paragraph without a date goes on the passage of the dated sentence before it',
    lang: 'fr',
    text:
      'Paul Girard a présenté lundi un plan pour les urgences.\n' +
      '« Il arrive trop tard », juge Marie Leroy, de la CGT.\n' +
      'Mardi, les syndicats ont appelé à la grève.',
    expected: [
      {
        on: 'lundi',
        day: '2024-03-11',
        passages: [
          'Paul Girard a présenté lundi un plan pour les urgences.',
          '« Il arrive trop tard », juge Marie Leroy, de la CGT.'
        ],
        quotations: ['Il arrive trop tard']
      },
      {
        on: 'Mardi',
        day: '2024-03-12',
        passages: ['Mardi, les syndicats ont appelé à la grève.'],
        quotations: [],
        title: 'Les syndicats ont appelé à la grève'
      }
    ]
  },
  {
    name: 'a lede repeated further down (same day, same subject) is one event',
    lang: 'fr',
    text:
      'Paul Girard a présenté lundi un plan pour les urgences.\n' +
      'Les syndicats jugent le plan insuffisant.\n' +
      'Paul Girard a présenté lundi ce plan comme « le dernier avant la loi ».',
    expected: [
      {
        on: 'lundi',
        day: '2024-03-11',
        sentences: 2,
        passages: [
          'Paul Girard a présenté lundi un plan pour les urgences.',
          'Les syndicats jugent le plan insuffisant.',
          'Paul Girard a présenté lundi ce plan comme « le dernier avant la loi ».'
        ],
        quotations: ['le dernier avant la loi']
      }
    ]
  },
  {
    name: 'a lede repeated further down (same day, same subject) is one event',
    lang: 'en',
    text:
      'Paul Grant unveiled a plan for emergency rooms on Monday.\n' +
      'Unions said the plan falls short.\n' +
      'Paul Grant described the plan on Monday as “the last one before the bill.”',
    expected: [
      {
        on: 'on Monday',
        day: '2024-03-11',
        sentences: 2,
        quotations: ['the last one before the bill.']
      }
    ]
  },
  {
    name: 'the same day with another subject is another event',
    lang: 'fr',
    text:
      'Paul Girard a présenté lundi un plan pour les urgences. ' +
      'Marie Leroy a appelé lundi les infirmiers à la grève.',
    expected: [
      { on: 'lundi', day: '2024-03-11' },
      { on: 'lundi', day: '2024-03-11' }
    ]
  },
  {
    name: 'the same day with another subject is another event',
    lang: 'en',
    text:
      'Paul Grant unveiled a plan for emergency rooms on Monday. ' +
      'Mary Lee called on nurses to strike on Monday.',
    expected: [
      { on: 'on Monday', day: '2024-03-11' },
      { on: 'on Monday', day: '2024-03-11' }
    ]
  },
  {
    name: 'a date inside a quotation does not date the sentence that quotes it',
    lang: 'fr',
    text: 'Le maire a déclaré mercredi que « le chantier a commencé lundi » dans le quartier.',
    expected: [{ on: 'mercredi', day: '2024-03-13' }]
  },
  {
    name: 'a date inside a quotation does not date the sentence that quotes it',
    lang: 'en',
    text: 'The mayor said on Wednesday that “work began on Monday” in the district.',
    expected: [{ on: 'on Wednesday', day: '2024-03-13' }]
  },
  {
    name: 'a date in an incidental clause between commas gives way to the main clause’s',
    lang: 'fr',
    text: 'Le président, arrivé dimanche à Berlin, a rencontré mardi le chancelier.',
    expected: [{ on: 'mardi', day: '2024-03-12' }]
  },
  {
    name: 'a date in an incidental clause between commas gives way to the main clause’s',
    lang: 'en',
    text: 'The president, who arrived in Berlin on Sunday, met the chancellor on Tuesday.',
    expected: [{ on: 'on Tuesday', day: '2024-03-12' }]
  },
  {
    name: 'refusing to confirm',
    lang: 'fr',
    text: 'Le Kremlin a refusé mardi de confirmer la tenue du sommet.',
    expected: [{ on: 'mardi', day: '2024-03-12', claim: { status: 'refused-to-confirm' } }]
  },
  {
    name: 'declining to confirm',
    lang: 'en',
    text: 'The White House declined Tuesday to confirm the meeting.',
    expected: [{ on: 'Tuesday', day: '2024-03-12', claim: { status: 'refused-to-confirm' } }]
  },
  {
    name: 'reported by a newspaper, which is named',
    lang: 'fr',
    text: 'Selon le New York Times, les deux dirigeants se sont rencontrés lundi à Vladivostok.',
    expected: [
      {
        on: 'lundi',
        day: '2024-03-11',
        claim: { status: 'reported', outlet: 'New York Times' }
      }
    ]
  },
  {
    name: 'reported by a newspaper, which is named',
    lang: 'en',
    text: 'According to the New York Times, the two leaders met on Monday in Vladivostok.',
    expected: [
      {
        on: 'on Monday',
        day: '2024-03-11',
        claim: { status: 'reported', outlet: 'New York Times' }
      }
    ]
  },
  {
    name: 'announced, denied',
    lang: 'fr',
    text:
      'Le groupe a annoncé mercredi la fermeture de son usine de Lille.\n' +
      'Son directeur a démenti lundi toute fermeture.',
    expected: [
      { on: 'mercredi', day: '2024-03-13', claim: { status: 'announced' } },
      { on: 'lundi', day: '2024-03-11', claim: { status: 'denied' } }
    ]
  },
  {
    name: 'announced, denied',
    lang: 'en',
    text:
      'The group announced on Wednesday that it would close its Leeds plant.\n' +
      'Its director denied on Monday that any closure was planned.',
    expected: [
      { on: 'on Wednesday', day: '2024-03-13', claim: { status: 'announced' } },
      { on: 'on Monday', day: '2024-03-11', claim: { status: 'denied' } }
    ]
  },
  {
    name: 'a vague expression dates nothing: its sentence joins the event before it',
    lang: 'fr',
    text:
      'Le ministre a promis une réforme dans les prochains jours.\n' +
      'Paul Girard a présenté lundi un plan pour les urgences. ' +
      'Le texte a été récemment remanié, a-t-il ajouté. Le texte sera voté prochainement.',
    expected: [
      {
        on: 'lundi',
        day: '2024-03-11',
        passages: [
          'Paul Girard a présenté lundi un plan pour les urgences. ' +
            'Le texte a été récemment remanié, a-t-il ajouté. Le texte sera voté prochainement.'
        ]
      }
    ]
  },
  {
    name: 'a vague expression dates nothing: its sentence joins the event before it',
    lang: 'en',
    text:
      'The minister promised a reform in the coming days.\n' +
      'Paul Grant unveiled a plan for emergency rooms on Monday. ' +
      'Talks with unions will resume soon.',
    expected: [
      {
        on: 'on Monday',
        day: '2024-03-11',
        passages: [
          'Paul Grant unveiled a plan for emergency rooms on Monday. ' +
            'Talks with unions will resume soon.'
        ]
      }
    ]
  }
];

describe('proposeEvents', () => {
  for (const row of rows) {
    it(`${row.lang}: ${row.name}`, () => {
      const { events, quotations } = propose(row.text, row.lang);
      const slice = (s: { start: number; end: number }) => row.text.slice(s.start, s.end);
      const got = events.map((e, i) => {
        const want = row.expected[i];
        return {
          on: e.date.text,
          day: e.date.resolved.start === e.date.resolved.end ? e.date.resolved.start : '(days)',
          ...(want?.sentences !== undefined && { sentences: e.sentences.length }),
          ...(want?.passages && { passages: e.passages.map(slice) }),
          ...(want?.quotations && { quotations: e.quotations.map((k) => quotations[k]!.text) }),
          ...(want?.title && { title: e.title }),
          ...(want?.claim && { claim: { status: e.claim.status, outlet: e.claim.outlet } })
        };
      });
      const want = row.expected.map((w) => ({
        ...w,
        ...(w.sentences === 1 && { sentences: 1 }),
        ...(w.claim && { claim: { status: w.claim.status, outlet: w.claim.outlet } })
      }));
      expect(got).toEqual(want);
    });
  }

  it('fr, en: the vague expressions are found, and marked vague', () => {
    const fr = propose(
      'Le ministre a promis une réforme dans les prochains jours. Le texte sera voté prochainement.',
      'fr'
    );
    const en = propose(
      'The minister promised a reform in the coming days. Talks will resume soon.',
      'en'
    );
    for (const { dates, events } of [fr, en]) {
      expect(dates.length).toBe(2);
      expect(dates.every((d) => d.vague && d.resolved === null)).toBe(true);
      expect(events).toEqual([]);
    }
  });

  it('fr, en: an article with no dated sentence proposes no event', () => {
    const fr = propose(
      'Les négociations se poursuivent entre les deux camps. « Rien n’est décidé », a dit un diplomate.',
      'fr'
    );
    const en = propose(
      'Negotiations between the two sides continue. “Nothing is settled,” a diplomat said.',
      'en'
    );
    for (const { quotations, events } of [fr, en]) {
      expect(quotations.length).toBe(1);
      expect(events).toEqual([]);
    }
  });

  it('fr: quotations before the first dated sentence go to the first event', () => {
    const text =
      '« Un plan de la dernière chance », titre la presse.\n' +
      'Paul Girard a présenté lundi un plan pour les urgences.';
    const { events, quotations } = propose(text, 'fr');
    expect(events.map((e) => e.quotations.map((k) => quotations[k]!.text))).toEqual([
      ['Un plan de la dernière chance']
    ]);
  });
});

describe('proposeTitle', () => {
  const rows: { lang: DraftLanguage; sentence: string; title: string }[] = [
    // A dateline and a leading date go; the stop goes.
    {
      lang: 'fr',
      sentence: 'PARIS (AFP) — Mardi, les syndicats ont appelé à la grève.',
      title: 'Les syndicats ont appelé à la grève'
    },
    {
      lang: 'en',
      sentence: 'LONDON (Reuters) - On Tuesday, unions called a strike.',
      title: 'Unions called a strike'
    },
    // The main clause: up to the comma after the subject and verb.
    {
      lang: 'fr',
      sentence:
        'Les syndicats de la fonction publique ont appelé mardi à la grève, une première depuis 2019.',
      title: 'Les syndicats de la fonction publique ont appelé mardi à la grève'
    },
    {
      lang: 'en',
      sentence: 'Public sector unions called a nationwide strike on Tuesday, the first since 2019.',
      title: 'Public sector unions called a nationwide strike on Tuesday'
    },
    // Longer than 90 characters with no comma: cut at a word, no dangling preposition.
    {
      lang: 'fr',
      sentence:
        'La commission d’enquête parlementaire sur la gestion des inondations a remis mardi son rapport définitif aux présidents des deux assemblées.',
      title: 'La commission d’enquête parlementaire sur la gestion des inondations a remis mardi'
    },
    {
      lang: 'en',
      sentence:
        'The parliamentary inquiry into the handling of the winter floods handed its final report to the speakers of both houses on Tuesday.',
      title:
        'The parliamentary inquiry into the handling of the winter floods handed its final report'
    }
  ];
  for (const { lang, sentence, title } of rows) {
    it(`${lang}: ${title}`, () => {
      const dates = findDateExpressions(sentence, PUBLISHED, lang);
      const got = proposeTitle(sentence, { start: 0, end: sentence.length }, dates, lang);
      expect(got).toBe(title);
      expect(got.length).toBeLessThanOrEqual(90);
      expect(got).not.toMatch(/[\s.,;:!?…—–-]$/u);
    });
  }
});
