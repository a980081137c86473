/**
 * Synthetic stories for the scale work (issue 6): seeded and reproducible, N events over
 * several years in several lanes, with a realistic mix of exact days, ranges of days, parts
 * of months and whole months, bursts of many events on one day, and quotes of realistic
 * length. Each story is valid against the story schema: every quote and date expression
 * stands in the generated document at its offsets. About one event in fifty stands on no
 * passage and rests on cited evidence, and one in a hundred is the newsroom's own text; two
 * named periods are drawn as bands.
 *
 * In French (the default) or in English (`--lang en`): titles, summaries, quotes and their
 * attributions, and date expressions as each language's news writes them ("fin juillet 2023",
 * "in late July 2023", "On Tuesday, Sept. 5, 2023"), read back by the resolver's rules for that
 * language. Month and weekday names come from the one table the resolver reads too.
 *
 * Usage: node scripts/synthetic/generate.js <events> [seed] [out-dir] [--lang fr|en]
 * writes <out-dir>/synthetique-<events>/{story.json, article.fr.txt} in French,
 * <out-dir>/synthetic-<events>-en/{story.json, dispatch-<year>-<month>.en.txt…} in English.
 * (generate.js runs this module through Vite's module runner: Node 20 cannot run TypeScript.)
 *
 * Days are counted on the story's own calendar (src/lib/story/calendar-date.ts), never through
 * Date: what the generator writes is what the validator reads back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  partsOfDay,
  weekdayOfDay,
  type CalendarParts
} from '../../src/lib/story/calendar-date.ts';
import { CALENDAR_WORDS, monthName, weekdayName } from '../../src/lib/story/calendar-words.js';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same story. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The languages the generator writes. */
export type SyntheticLanguage = 'fr' | 'en';

/** A day as a sentence writes it: its calendar parts (month 1–12) and weekday (0 = Sunday). */
interface Day extends CalendarParts {
  weekday: number;
}
/** Words before a date expression ("On ") and the expression itself. */
interface Opening {
  before: string;
  words: string;
}
/** How a quotation is said: the attribution before it, its marks, and what follows. */
interface Said {
  say: string;
  open: string;
  stop: string;
  close: string;
}
/** What an event no passage reports says of itself. */
interface Unreported {
  title: (n: number, name: string) => string;
  short: (n: number) => string;
  summary: (name: string, role: string) => string;
}
interface LanguageWords {
  id: (count: number) => string;
  title: (count: number) => string;
  document: { id: string; file: string } | null;
  relative: (d: Day, back: number, i: number) => Opening | null;
  outlet: string;
  periods: [string, string];
  periodIds: [string, string];
  lanes: { id: string; label: string; represents: [string] }[];
  actorId: (lane: number, i: number) => string;
  firstNames: string[];
  lastNames: string[];
  roles: string[];
  words: string;
  day: (d: Day, i: number) => string;
  monthPart: (third: number, d: Day) => string;
  month: (d: Day) => string;
  opening: (words: string, kind: string) => Opening;
  undated: string;
  quote: (name: string, quote: string, i: number) => Said;
  eventSlug: (n: string) => string;
  quoteId: (n: number) => string;
  eventTitle: (n: number, name: string) => string;
  eventShort: (n: number) => string;
  summary: (name: string, role: string) => string;
  evidence: { note: string; outlet: string };
  unreported: { editorial: Unreported; evidence: Unreported };
}

/**
 * What each language writes. The French texts are the generator's original ones, unchanged, so
 * a French story is the same as before this table existed.
 */
const LANGUAGES: Record<SyntheticLanguage, LanguageWords> = {
  fr: {
    id: (count: number) => `synthetique-${count}`,
    title: (count: number) => `Histoire synthétique de ${count} événements`,
    /** One document for the whole story, published after its last event. */
    document: { id: 'depeche-synthetique', file: 'article.fr.txt' },
    relative: () => null,
    outlet: 'Générateur',
    periods: ['La première année', 'La crise'],
    periodIds: ['premiere-annee', 'la-crise'],
    lanes: [
      { id: 'gouvernement', label: 'Gouvernement', represents: ['Gouvernement'] },
      { id: 'opposition', label: 'Opposition', represents: ['Opposition'] },
      { id: 'justice', label: 'Justice', represents: ['Justice'] },
      { id: 'international', label: 'International', represents: ['International'] },
      { id: 'presse', label: 'La presse', represents: ['Presse'] }
    ],
    actorId: (lane: number, i: number) => `acteur-${lane}-${i}`,
    firstNames: ['Claire', 'Marc', 'Aïcha', 'Jean', 'Sofia', 'Yves', 'Inès', 'Paul'],
    lastNames: ['Martin', 'Durand', 'Nguyen', 'Benali', 'Moreau', 'Lefèvre'],
    roles: ['porte-parole', 'ministre', 'député', 'juge', 'diplomate', 'journaliste'],
    words:
      'nous avons dit que la situation reste grave et que les discussions vont se poursuivre ' +
      'dans les prochains jours avec tous les partenaires sans exception car il faut avancer ensemble ' +
      'sur le budget la sécurité les élections et la réforme des institutions du pays',
    day: ({ year, month, day }) => `${day === 1 ? '1er' : day} ${monthName('fr', month)} ${year}`,
    monthPart: (third, { year, month }) =>
      `${['début', 'mi-', 'fin'][third]}${third === 1 ? '' : ' '}${monthName('fr', month)} ${year}`,
    month: ({ year, month }) => `${monthName('fr', month)} ${year}`,
    /** The sentence opens with the date expression, capital included (read case-blind). */
    opening: (words: string, _kind: string) => ({
      before: '',
      words: `${words.charAt(0).toUpperCase()}${words.slice(1)}`
    }),
    undated: 'Ces jours-là, ',
    quote: (name) => ({ say: `${name} a déclaré `, open: '«', stop: '', close: '» à la presse.' }),
    eventSlug: (n: string) => `evenement-${n}`,
    quoteId: (n: number) => `citation-${n}`,
    eventTitle: (n: number, name: string) => `Déclaration ${n} de ${name}`,
    eventShort: (n: number) => `Déclaration ${n}`,
    summary: (name: string, role: string) => `${name}, ${role}, s'exprime devant la presse.`,
    evidence: { note: 'Dates établies par une dépêche de suivi.', outlet: 'Agence de test' },
    /** Events no passage reports: the newsroom's own summary, or what other sources report. */
    unreported: {
      editorial: {
        title: (n: number, name: string) => `Point ${n} sur ${name}`,
        short: (n: number) => `Point ${n}`,
        summary: (name: string, role: string) =>
          `La rédaction résume ce que l'on sait de ${name}, ${role}.`
      },
      evidence: {
        title: (n: number, name: string) => `Information ${n} sur ${name}`,
        short: (n: number) => `Information ${n}`,
        summary: (name: string, role: string) =>
          `D'autres sources rapportent une prise de parole de ${name}, ${role}.`
      }
    }
  },
  en: {
    id: (count: number) => `synthetic-${count}-en`,
    title: (count: number) => `A synthetic story of ${count} events`,
    /**
     * A dispatch a month, published on its last day, so that the days of its last week can be
     * written as news writes them, against that dispatch's own date: "On Tuesday",
     * "Yesterday", "Last Friday".
     */
    document: null,
    relative: ({ weekday }, back, i) => {
      const name = weekdayName('en', weekday);
      const onDay = { before: 'On ', words: name };
      switch (i % 4) {
        case 0:
          return onDay;
        case 1:
          return back === 0
            ? { before: '', words: 'Today' }
            : back === 1
              ? { before: '', words: 'Yesterday' }
              : onDay;
        case 2:
          return back >= 1 ? { before: '', words: `Last ${name}` } : onDay;
        default:
          return null; // the day written out
      }
    },
    outlet: 'Generator',
    periods: ['The first year', 'The crisis'],
    periodIds: ['first-year', 'the-crisis'],
    lanes: [
      { id: 'government', label: 'Government', represents: ['Government'] },
      { id: 'opposition', label: 'Opposition', represents: ['Opposition'] },
      { id: 'courts', label: 'Courts', represents: ['Courts'] },
      { id: 'international', label: 'International', represents: ['International'] },
      { id: 'press', label: 'The press', represents: ['Press'] }
    ],
    actorId: (lane: number, i: number) => `actor-${lane}-${i}`,
    firstNames: ['Claire', 'Mark', 'Aisha', 'John', 'Sofia', 'Ian', 'Grace', 'Paul'],
    lastNames: ['Martin', 'Walker', 'Nguyen', 'Patel', 'Moore', 'Hughes'],
    roles: ['spokesperson', 'minister', 'lawmaker', 'judge', 'diplomat', 'reporter'],
    words:
      'we have said that the situation remains serious and that the talks will go on ' +
      'in the coming days with all our partners without exception because we must move forward ' +
      'together on the budget security the elections and the reform of the institutions of the country',
    // Three ways English news writes a day: AP style with and without the weekday, and British.
    day: ({ year, month, day, weekday }, i) =>
      i % 3 === 0
        ? `${CALENDAR_WORDS.en.monthsWithDay[month - 1]} ${day}, ${year}`
        : i % 3 === 1
          ? `${weekdayName('en', weekday)}, ${CALENDAR_WORDS.en.monthsWithDay[month - 1]} ${day}, ${year}`
          : `${day} ${monthName('en', month)} ${year}`,
    monthPart: (third, { year, month }) =>
      `${['early', 'mid-', 'late'][third]}${third === 1 ? '' : ' '}${monthName('en', month)} ${year}`,
    month: ({ year, month }) => `${monthName('en', month)} ${year}`,
    /** "On Sept. 5, 2023, …", "In late July 2023, …": the preposition stays out of the expression. */
    opening: (words: string, kind: string) => ({
      before: kind === 'day' ? 'On ' : 'In ',
      words
    }),
    undated: 'In those days, ',
    quote: (name, _quote, i) =>
      [
        // A whole sentence quoted keeps its full stop inside the marks: it is part of the quote.
        { say: `${name} said: `, open: '“', stop: '.', close: '”' },
        { say: `${name} told reporters `, open: '“', stop: '', close: '”.' },
        { say: '', open: '“', stop: '', close: `”, ${name} said.` }
      ][i % 3] ?? { say: `${name} said: `, open: '“', stop: '.', close: '”' },
    eventSlug: (n: string) => `event-${n}`,
    quoteId: (n: number) => `quote-${n}`,
    eventTitle: (n: number, name: string) => `Statement ${n} by ${name}`,
    eventShort: (n: number) => `Statement ${n}`,
    summary: (name: string, role: string) => `${name}, ${role}, speaks to the press.`,
    evidence: { note: 'Dates established by a follow-up dispatch.', outlet: 'Test agency' },
    unreported: {
      editorial: {
        title: (n: number, name: string) => `Briefing ${n} on ${name}`,
        short: (n: number) => `Briefing ${n}`,
        summary: (name: string, role: string) =>
          `The newsroom sums up what is known about ${name}, ${role}.`
      },
      evidence: {
        title: (n: number, name: string) => `Report ${n} on ${name}`,
        short: (n: number) => `Report ${n}`,
        summary: (name: string, role: string) =>
          `Other sources report that ${name}, ${role}, spoke.`
      }
    }
  }
};

/** A day number's calendar parts and weekday. */
const dayOf = (dayNumber: number): Day => ({
  ...partsOfDay(dayNumber),
  weekday: weekdayOfDay(dayNumber)
});
const lastDayOf = (year: number, month: number) => daysInMonth(year, month);

/** What a synthetic story is: its file (valid against the schema) and its documents' texts. */
export interface SyntheticStory {
  story: { id: string } & Record<string, unknown>;
  /** The text of each of its documents, by file name. */
  texts: Record<string, string>;
}

/** A seeded story of `count` events in a language: the same arguments, the same story. */
export function generateStory(
  count: number,
  seed = 1,
  language: SyntheticLanguage = 'fr'
): SyntheticStory {
  const words = LANGUAGES[language];
  if (!words) throw new Error(`no synthetic stories in "${language}" (fr or en)`);
  const WORDS = words.words.split(' ');
  const LANES = words.lanes;
  const rand = random(seed * 7919 + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const start = dayNumberOf(2019, 1, 1);
  const end = dayNumberOf(2023, 12, 31); // five years
  const actors = LANES.flatMap((lane, l) =>
    Array.from({ length: 4 }, (_, i) => ({
      id: words.actorId(l, i),
      name: `${pick(words.firstNames)} ${pick(words.lastNames)} ${l}${i}`,
      kind: 'person',
      role: pick(words.roles),
      represents: lane.represents[0]
    }))
  );
  // Bursts: a few days draw many events each.
  const bursts = Array.from(
    { length: Math.max(1, Math.round(count / 250)) },
    () => start + Math.floor(rand() * (end - start))
  );

  const documents = new Map<
    string,
    { id: string; file: string; published: string; text: string }
  >();
  /** The document that reports what happened in a month (1–12). */
  const documentFor = (year: number, month: number) => {
    const single = words.document;
    const key = single ? '' : `${year}-${String(month).padStart(2, '0')}`;
    let doc = documents.get(key);
    if (!doc) {
      doc = !single
        ? {
            id: `dispatch-${key}`,
            file: `dispatch-${key}.${language}.txt`,
            published: fromDayNumber(dayNumberOf(year, month, lastDayOf(year, month))),
            text: ''
          }
        : { ...single, published: '2024-01-15', text: '' };
      documents.set(key, doc);
    }
    return doc;
  };
  const events = [];
  for (let i = 0; i < count; i++) {
    const dayNumber = rand() < 0.15 ? pick(bursts) : start + Math.floor(rand() * (end - start));
    const day = dayOf(dayNumber);
    const { year, month } = day;
    const last = lastDayOf(year, month);
    const kind = rand();
    let when: {
      start: string;
      end: string;
      precision: string;
      words: string;
      relative?: Opening | null;
    };
    if (kind < 0.7)
      when = {
        start: fromDayNumber(dayNumber),
        end: fromDayNumber(dayNumber),
        precision: 'day',
        words: words.day(day, i),
        // Within a week of its dispatch's date, a day may be said relative to it.
        relative:
          !words.document && day.day > last - 7 ? words.relative(day, last - day.day, i) : null
      };
    else if (kind < 0.8) {
      const third = day.day <= 10 ? 0 : day.day <= 20 ? 1 : 2;
      const from = third === 0 ? 1 : third === 1 ? 11 : 21;
      const to = third === 2 ? last : third === 0 ? 10 : 20;
      when = {
        start: fromDayNumber(dayNumberOf(year, month, from)),
        end: fromDayNumber(dayNumberOf(year, month, to)),
        precision: 'part-of-month',
        words: words.monthPart(third, day)
      };
    } else if (kind < 0.88)
      when = {
        start: fromDayNumber(dayNumberOf(year, month, 1)),
        end: fromDayNumber(dayNumberOf(year, month, last)),
        precision: 'month',
        words: words.month(day)
      };
    else
      when = {
        start: fromDayNumber(dayNumber),
        end: fromDayNumber(dayNumber + 1 + Math.floor(rand() * 6)),
        precision: 'days',
        words: ''
      };
    const lane = Math.floor(rand() * LANES.length);
    const speaker = actors[lane * 4 + Math.floor(rand() * 4)] ?? actors[0];
    if (!speaker) throw new Error('no actors');
    const quoteLength = 40 + Math.floor(rand() * 260);
    let quote = '';
    while (quote.length < quoteLength) quote += (quote ? ' ' : '') + pick(WORDS);
    quote = quote.charAt(0).toUpperCase() + quote.slice(1);

    const n = i + 1;
    const slug = words.eventSlug(String(n).padStart(5, '0'));
    const evidence = {
      note: words.evidence.note,
      sources: [{ outlet: words.evidence.outlet, published: when.end }]
    };
    // No passage: reported by other sources, or written by the newsroom itself.
    const basis = i % 100 === 42 ? 'editorial' : i % 50 === 17 ? 'evidence' : 'documents';
    if (basis === 'editorial' || basis === 'evidence') {
      const unreported = words.unreported[basis];
      events.push({
        slug,
        title: unreported.title(n, speaker.name),
        short: unreported.short(n),
        summary: unreported.summary(speaker.name, speaker.role),
        date: { start: when.start, end: when.end, precision: when.precision, evidence },
        actors: [speaker.id],
        claim:
          basis === 'editorial'
            ? { status: 'editorial' }
            : { status: 'reported', by: speaker.id, outlet: words.evidence.outlet },
        passages: [],
        ...(basis === 'evidence' && { evidence }),
        quotes: []
      });
      continue;
    }

    // The date expression as the sentence writes it, where it has one.
    const opening =
      when.relative ?? (when.words ? words.opening(when.words, when.precision) : undefined);
    const doc = documentFor(year, month);
    const lead = opening ? `${opening.before}${opening.words}, ` : words.undated;
    const said = words.quote(speaker.name, quote, i);
    quote += said.stop;
    const sentence = `${lead}${said.say}${said.open}${quote}${said.close}`;
    if (doc.text) doc.text += '\n\n';
    const at = doc.text.length;
    doc.text += sentence;
    const quoteStart = at + lead.length + said.say.length + said.open.length;
    const expressionStart = at + (opening?.before.length ?? 0);
    events.push({
      slug,
      title: words.eventTitle(n, speaker.name),
      short: words.eventShort(n),
      summary: words.summary(speaker.name, speaker.role),
      date: {
        start: when.start,
        end: when.end,
        precision: when.precision,
        ...(opening
          ? {
              expression: {
                document: doc.id,
                text: opening.words,
                start: expressionStart,
                end: expressionStart + opening.words.length
              }
            }
          : { evidence })
      },
      actors: [speaker.id],
      claim: { status: 'stated', by: speaker.id },
      passages: [{ document: doc.id, text: sentence, start: at, end: at + sentence.length }],
      quotes: [
        {
          id: words.quoteId(n),
          document: doc.id,
          text: quote,
          start: quoteStart,
          end: quoteStart + quote.length,
          speaker: speaker.id
        }
      ]
    });
  }
  const story = {
    id: words.id(count),
    title: words.title(count),
    language,
    documents: [...documents.values()]
      .sort((a, b) => (a.published < b.published ? -1 : 1))
      .map(({ id, file, published }) => ({
        id,
        file,
        outlet: words.outlet,
        credit: words.outlet,
        language,
        published: { date: published }
      })),
    bounds: { start: fromDayNumber(start), end: fromDayNumber(end + 7) },
    actors,
    lanes: LANES,
    periods: [
      {
        id: words.periodIds[0],
        label: words.periods[0],
        start: fromDayNumber(start),
        end: '2019-12-31'
      },
      { id: words.periodIds[1], label: words.periods[1], start: '2021-03-15', end: '2021-06-30' }
    ],
    events
  };
  return {
    story,
    texts: Object.fromEntries([...documents.values()].map((d) => [d.file, d.text]))
  };
}

/** Writes a story's folder, <out>/<id>/: story.json and its documents. Returns the folder. */
export function writeStoryFolder(out: string, { story, texts }: SyntheticStory): string {
  const dir = path.join(out, story.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify(story, null, 1) + '\n');
  for (const [file, text] of Object.entries(texts)) writeFileSync(path.join(dir, file), text);
  return dir;
}

/**
 * `node scripts/synthetic/generate.js <events> [seed] [out-dir] [--lang fr|en]`: writes the
 * story and says where; returns the exit code.
 */
export function runGenerate(argv: string[], log: Pick<Console, 'log' | 'error'> = console): number {
  const args = [...argv];
  const flag = args.indexOf('--lang');
  const language = flag === -1 ? 'fr' : args.splice(flag, 2)[1];
  if (language !== 'fr' && language !== 'en') {
    log.error(`--lang: "${language}" is not a language the generator writes (fr or en)`);
    return 1;
  }
  const count = Number(args[0] ?? 1000);
  const seed = Number(args[1] ?? 1);
  const out = args[2] ?? 'bench-results/stories';
  const generated = generateStory(count, seed, language);
  const dir = writeStoryFolder(out, generated);
  const characters = Object.values(generated.texts).reduce((sum, text) => sum + text.length, 0);
  log.log(`${dir}: ${count} events, documents ${characters} characters`);
  return 0;
}
