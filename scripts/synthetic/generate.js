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
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CALENDAR_WORDS } from '../../src/lib/story/calendar-words.js';

/**
 * A small, fast, seedable PRNG (mulberry32): the same seed gives the same story.
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What each language writes. The French texts are the generator's original ones, unchanged, so
 * a French story is the same as before this table existed.
 */
const LANGUAGES = {
  fr: {
    id: (/** @type {number} */ count) => `synthetique-${count}`,
    title: (/** @type {number} */ count) => `Histoire synthétique de ${count} événements`,
    /** One document for the whole story, published after its last event. */
    document: { id: 'depeche-synthetique', file: 'article.fr.txt' },
    /** @type {(d: Day, back: number, i: number) => { before: string, words: string } | null} */
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
    actorId: (/** @type {number} */ lane, /** @type {number} */ i) => `acteur-${lane}-${i}`,
    firstNames: ['Claire', 'Marc', 'Aïcha', 'Jean', 'Sofia', 'Yves', 'Inès', 'Paul'],
    lastNames: ['Martin', 'Durand', 'Nguyen', 'Benali', 'Moreau', 'Lefèvre'],
    roles: ['porte-parole', 'ministre', 'député', 'juge', 'diplomate', 'journaliste'],
    words:
      'nous avons dit que la situation reste grave et que les discussions vont se poursuivre ' +
      'dans les prochains jours avec tous les partenaires sans exception car il faut avancer ensemble ' +
      'sur le budget la sécurité les élections et la réforme des institutions du pays',
    /** @type {(d: Day, i: number) => string} */
    day: ({ year, month, date }) =>
      `${date === 1 ? '1er' : date} ${CALENDAR_WORDS.fr.months[month]} ${year}`,
    /** @type {(third: number, d: Day) => string} */
    monthPart: (third, { year, month }) =>
      `${['début', 'mi-', 'fin'][third]}${third === 1 ? '' : ' '}${CALENDAR_WORDS.fr.months[month]} ${year}`,
    /** @type {(d: Day) => string} */
    month: ({ year, month }) => `${CALENDAR_WORDS.fr.months[month]} ${year}`,
    /** The sentence opens with the date expression, capital included (read case-blind). */
    opening: (/** @type {string} */ words, /** @type {string} */ _kind) => ({
      before: '',
      words: `${words.charAt(0).toUpperCase()}${words.slice(1)}`
    }),
    undated: 'Ces jours-là, ',
    /** @type {(name: string, quote: string, i: number) => { say: string, open: string, stop: string, close: string }} */
    quote: (name) => ({ say: `${name} a déclaré `, open: '«', stop: '', close: '» à la presse.' }),
    eventSlug: (/** @type {string} */ n) => `evenement-${n}`,
    quoteId: (/** @type {number} */ n) => `citation-${n}`,
    eventTitle: (/** @type {number} */ n, /** @type {string} */ name) =>
      `Déclaration ${n} de ${name}`,
    eventShort: (/** @type {number} */ n) => `Déclaration ${n}`,
    summary: (/** @type {string} */ name, /** @type {string} */ role) =>
      `${name}, ${role}, s'exprime devant la presse.`,
    evidence: { note: 'Dates établies par une dépêche de suivi.', outlet: 'Agence de test' },
    /** Events no passage reports: the newsroom's own summary, or what other sources report. */
    unreported: {
      editorial: {
        title: (/** @type {number} */ n, /** @type {string} */ name) => `Point ${n} sur ${name}`,
        short: (/** @type {number} */ n) => `Point ${n}`,
        summary: (/** @type {string} */ name, /** @type {string} */ role) =>
          `La rédaction résume ce que l'on sait de ${name}, ${role}.`
      },
      evidence: {
        title: (/** @type {number} */ n, /** @type {string} */ name) =>
          `Information ${n} sur ${name}`,
        short: (/** @type {number} */ n) => `Information ${n}`,
        summary: (/** @type {string} */ name, /** @type {string} */ role) =>
          `D'autres sources rapportent une prise de parole de ${name}, ${role}.`
      }
    }
  },
  en: {
    id: (/** @type {number} */ count) => `synthetic-${count}-en`,
    title: (/** @type {number} */ count) => `A synthetic story of ${count} events`,
    /**
     * A dispatch a month, published on its last day, so that the days of its last week can be
     * written as news writes them, against that dispatch's own date: "On Tuesday",
     * "Yesterday", "Last Friday".
     */
    document: null,
    /** @type {(d: Day, back: number, i: number) => { before: string, words: string } | null} */
    relative: ({ weekday }, back, i) => {
      const name = CALENDAR_WORDS.en.weekdays[weekday] ?? 'Sunday';
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
    actorId: (/** @type {number} */ lane, /** @type {number} */ i) => `actor-${lane}-${i}`,
    firstNames: ['Claire', 'Mark', 'Aisha', 'John', 'Sofia', 'Ian', 'Grace', 'Paul'],
    lastNames: ['Martin', 'Walker', 'Nguyen', 'Patel', 'Moore', 'Hughes'],
    roles: ['spokesperson', 'minister', 'lawmaker', 'judge', 'diplomat', 'reporter'],
    words:
      'we have said that the situation remains serious and that the talks will go on ' +
      'in the coming days with all our partners without exception because we must move forward ' +
      'together on the budget security the elections and the reform of the institutions of the country',
    // Three ways English news writes a day: AP style with and without the weekday, and British.
    /** @type {(d: Day, i: number) => string} */
    day: ({ year, month, date, weekday }, i) =>
      i % 3 === 0
        ? `${CALENDAR_WORDS.en.monthsWithDay[month]} ${date}, ${year}`
        : i % 3 === 1
          ? `${CALENDAR_WORDS.en.weekdays[weekday]}, ${CALENDAR_WORDS.en.monthsWithDay[month]} ${date}, ${year}`
          : `${date} ${CALENDAR_WORDS.en.months[month]} ${year}`,
    /** @type {(third: number, d: Day) => string} */
    monthPart: (third, { year, month }) =>
      `${['early', 'mid-', 'late'][third]}${third === 1 ? '' : ' '}${CALENDAR_WORDS.en.months[month]} ${year}`,
    /** @type {(d: Day) => string} */
    month: ({ year, month }) => `${CALENDAR_WORDS.en.months[month]} ${year}`,
    /** "On Sept. 5, 2023, …", "In late July 2023, …": the preposition stays out of the expression. */
    opening: (/** @type {string} */ words, /** @type {string} */ kind) => ({
      before: kind === 'day' ? 'On ' : 'In ',
      words
    }),
    undated: 'In those days, ',
    /** @type {(name: string, quote: string, i: number) => { say: string, open: string, stop: string, close: string }} */
    quote: (name, _quote, i) =>
      [
        // A whole sentence quoted keeps its full stop inside the marks: it is part of the quote.
        { say: `${name} said: `, open: '“', stop: '.', close: '”' },
        { say: `${name} told reporters `, open: '“', stop: '', close: '”.' },
        { say: '', open: '“', stop: '', close: `”, ${name} said.` }
      ][i % 3] ?? { say: `${name} said: `, open: '“', stop: '.', close: '”' },
    eventSlug: (/** @type {string} */ n) => `event-${n}`,
    quoteId: (/** @type {number} */ n) => `quote-${n}`,
    eventTitle: (/** @type {number} */ n, /** @type {string} */ name) =>
      `Statement ${n} by ${name}`,
    eventShort: (/** @type {number} */ n) => `Statement ${n}`,
    summary: (/** @type {string} */ name, /** @type {string} */ role) =>
      `${name}, ${role}, speaks to the press.`,
    evidence: { note: 'Dates established by a follow-up dispatch.', outlet: 'Test agency' },
    unreported: {
      editorial: {
        title: (/** @type {number} */ n, /** @type {string} */ name) => `Briefing ${n} on ${name}`,
        short: (/** @type {number} */ n) => `Briefing ${n}`,
        summary: (/** @type {string} */ name, /** @type {string} */ role) =>
          `The newsroom sums up what is known about ${name}, ${role}.`
      },
      evidence: {
        title: (/** @type {number} */ n, /** @type {string} */ name) => `Report ${n} on ${name}`,
        short: (/** @type {number} */ n) => `Report ${n}`,
        summary: (/** @type {string} */ name, /** @type {string} */ role) =>
          `Other sources report that ${name}, ${role}, spoke.`
      }
    }
  }
};

/** @typedef {{ year: number, month: number, date: number, weekday: number }} Day */
/** @typedef {keyof typeof LANGUAGES} Language */

const MS_PER_DAY = 86_400_000;
const iso = (/** @type {number} */ day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const parts = (/** @type {number} */ day) => {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
};
const dayOf = (
  /** @type {number} */ year,
  /** @type {number} */ month,
  /** @type {number} */ date
) => Date.UTC(year, month, date) / MS_PER_DAY;
const lastDate = (/** @type {number} */ year, /** @type {number} */ month) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * @param {number} count the number of events
 * @param {number} seed
 * @param {Language} language
 * @returns {{ story: { id: string } & Record<string, unknown>, texts: Record<string, string> }}
 *   the story file, and the text of each of its documents by file name
 */
export function generateStory(count, seed = 1, language = 'fr') {
  const words = LANGUAGES[language];
  if (!words) throw new Error(`no synthetic stories in "${language}" (fr or en)`);
  const WORDS = words.words.split(' ');
  const LANES = words.lanes;
  const rand = random(seed * 7919 + count);
  /** @type {<T>(list: T[]) => T} */
  const pick = (list) => /** @type {any} */ (list[Math.floor(rand() * list.length)]);
  const start = dayOf(2019, 0, 1);
  const end = dayOf(2023, 11, 31); // five years
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

  /** @type {Map<string, { id: string, file: string, published: string, text: string }>} */
  const documents = new Map();
  /** The document that reports what happened in a month (1 of 12 from 0). */
  const documentFor = (/** @type {number} */ year, /** @type {number} */ month) => {
    const single = words.document;
    const key = single ? '' : `${year}-${String(month + 1).padStart(2, '0')}`;
    let doc = documents.get(key);
    if (!doc) {
      doc = !single
        ? {
            id: `dispatch-${key}`,
            file: `dispatch-${key}.${language}.txt`,
            published: iso(dayOf(year, month, lastDate(year, month))),
            text: ''
          }
        : { ...single, published: '2024-01-15', text: '' };
      documents.set(key, doc);
    }
    return doc;
  };
  const events = [];
  for (let i = 0; i < count; i++) {
    const day = rand() < 0.15 ? pick(bursts) : start + Math.floor(rand() * (end - start));
    const { year, month, date } = parts(day);
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    const kind = rand();
    /** @type {{ start: string, end: string, precision: string, words: string, relative?: { before: string, words: string } | null }} */
    let when;
    if (kind < 0.7)
      when = {
        start: iso(day),
        end: iso(day),
        precision: 'day',
        words: words.day({ year, month, date, weekday }, i),
        // Within a week of its dispatch's date, a day may be said relative to it.
        relative:
          !words.document && date > lastDate(year, month) - 7
            ? words.relative({ year, month, date, weekday }, lastDate(year, month) - date, i)
            : null
      };
    else if (kind < 0.8) {
      const third = date <= 10 ? 0 : date <= 20 ? 1 : 2;
      const from = third === 0 ? 1 : third === 1 ? 11 : 21;
      const to = third === 2 ? lastDate(year, month) : third === 0 ? 10 : 20;
      when = {
        start: iso(dayOf(year, month, from)),
        end: iso(dayOf(year, month, to)),
        precision: 'part-of-month',
        words: words.monthPart(third, { year, month, date, weekday })
      };
    } else if (kind < 0.88)
      when = {
        start: iso(dayOf(year, month, 1)),
        end: iso(dayOf(year, month, lastDate(year, month))),
        precision: 'month',
        words: words.month({ year, month, date, weekday })
      };
    else
      when = {
        start: iso(day),
        end: iso(day + 1 + Math.floor(rand() * 6)),
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
    bounds: { start: iso(start), end: iso(end + 7) },
    actors,
    lanes: LANES,
    periods: [
      { id: words.periodIds[0], label: words.periods[0], start: iso(start), end: '2019-12-31' },
      { id: words.periodIds[1], label: words.periods[1], start: '2021-03-15', end: '2021-06-30' }
    ],
    events
  };
  return {
    story,
    texts: Object.fromEntries([...documents.values()].map((d) => [d.file, d.text]))
  };
}

// Run as a command, not imported: compared as file URLs, which escape a space or an accent in
// the path (and with symlinks resolved, as Node resolves the script it runs).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--lang');
  const language = flag === -1 ? 'fr' : args.splice(flag, 2)[1];
  if (language !== 'fr' && language !== 'en') {
    console.error(`--lang: "${language}" is not a language the generator writes (fr or en)`);
    process.exit(1);
  }
  const count = Number(args[0] ?? 1000);
  const seed = Number(args[1] ?? 1);
  const out = args[2] ?? 'bench-results/stories';
  const { story, texts } = generateStory(count, seed, language);
  const dir = path.join(out, story.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify(story, null, 1) + '\n');
  for (const [file, text] of Object.entries(texts)) writeFileSync(path.join(dir, file), text);
  const characters = Object.values(texts).reduce((sum, text) => sum + text.length, 0);
  console.log(`${dir}: ${count} events, documents ${characters} characters`);
}
