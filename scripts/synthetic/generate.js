/**
 * Synthetic stories for the scale work (issue 6): seeded and reproducible, N events over
 * several years in several lanes, with a realistic mix of exact days, ranges of days, parts
 * of months and whole months, bursts of many events on one day, and quotes of realistic
 * length. Each story is valid against the story schema: every quote and date expression
 * stands in the generated article at its offsets.
 *
 * Usage: node scripts/synthetic/generate.js <events> [seed] [out-dir]
 * writes <out-dir>/synthetique-<events>/{story.json, article.fr.txt}.
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

const MONTHS = CALENDAR_WORDS.fr.months;
const LANES = [
  { id: 'gouvernement', label: 'Gouvernement', represents: ['Gouvernement'] },
  { id: 'opposition', label: 'Opposition', represents: ['Opposition'] },
  { id: 'justice', label: 'Justice', represents: ['Justice'] },
  { id: 'international', label: 'International', represents: ['International'] },
  { id: 'presse', label: 'La presse', represents: ['Presse'] }
];
const WORDS = (
  'nous avons dit que la situation reste grave et que les discussions vont se poursuivre ' +
  'dans les prochains jours avec tous les partenaires sans exception car il faut avancer ensemble ' +
  'sur le budget la sécurité les élections et la réforme des institutions du pays'
).split(' ');
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
 * @returns {{ story: { id: string } & Record<string, unknown>, article: string }}
 */
export function generateStory(count, seed = 1) {
  const rand = random(seed * 7919 + count);
  /** @type {<T>(list: T[]) => T} */
  const pick = (list) => /** @type {any} */ (list[Math.floor(rand() * list.length)]);
  const start = dayOf(2019, 0, 1);
  const end = dayOf(2023, 11, 31); // five years
  const actors = LANES.flatMap((lane, l) =>
    Array.from({ length: 4 }, (_, i) => ({
      id: `acteur-${l}-${i}`,
      name: `${pick(['Claire', 'Marc', 'Aïcha', 'Jean', 'Sofia', 'Yves', 'Inès', 'Paul'])} ${pick(['Martin', 'Durand', 'Nguyen', 'Benali', 'Moreau', 'Lefèvre'])} ${l}${i}`,
      kind: 'person',
      role: pick(['porte-parole', 'ministre', 'député', 'juge', 'diplomate', 'journaliste']),
      represents: lane.represents[0]
    }))
  );
  // Bursts: a few days draw many events each.
  const bursts = Array.from(
    { length: Math.max(1, Math.round(count / 250)) },
    () => start + Math.floor(rand() * (end - start))
  );

  let article = '';
  const events = [];
  for (let i = 0; i < count; i++) {
    const day = rand() < 0.15 ? pick(bursts) : start + Math.floor(rand() * (end - start));
    const { year, month, date } = parts(day);
    const kind = rand();
    /** @type {{ start: string, end: string, precision: string, words: string }} */
    let when;
    if (kind < 0.7)
      when = {
        start: iso(day),
        end: iso(day),
        precision: 'day',
        words: `${date === 1 ? '1er' : date} ${MONTHS[month]} ${year}`
      };
    else if (kind < 0.8) {
      const third = date <= 10 ? 0 : date <= 20 ? 1 : 2;
      const from = third === 0 ? 1 : third === 1 ? 11 : 21;
      const to = third === 2 ? lastDate(year, month) : third === 0 ? 10 : 20;
      when = {
        start: iso(dayOf(year, month, from)),
        end: iso(dayOf(year, month, to)),
        precision: 'part-of-month',
        words: `${['début', 'mi-', 'fin'][third]}${third === 1 ? '' : ' '}${MONTHS[month]} ${year}`
      };
    } else if (kind < 0.88)
      when = {
        start: iso(dayOf(year, month, 1)),
        end: iso(dayOf(year, month, lastDate(year, month))),
        precision: 'month',
        words: `${MONTHS[month]} ${year}`
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

    // The date as the sentence writes it, capital included (the resolver reads it case-blind).
    const words = when.words && `${when.words.charAt(0).toUpperCase()}${when.words.slice(1)}`;
    const lead = words ? `${words}, ` : 'Ces jours-là, ';
    const sentence = `${lead}${speaker.name} a déclaré «${quote}» à la presse.`;
    if (article) article += '\n\n';
    const at = article.length;
    article += sentence;
    const quoteStart = at + sentence.indexOf('«') + 1;
    const slug = `evenement-${String(i + 1).padStart(5, '0')}`;
    events.push({
      slug,
      title: `Déclaration ${i + 1} de ${speaker.name}`,
      short: `Déclaration ${i + 1}`,
      summary: `${speaker.name}, ${speaker.role}, s'exprime devant la presse.`,
      date: {
        start: when.start,
        end: when.end,
        precision: when.precision,
        ...(when.words
          ? {
              expression: {
                text: words,
                start: at,
                end: at + when.words.length
              }
            }
          : {
              evidence: {
                note: 'Dates établies par une dépêche de suivi.',
                sources: [{ outlet: 'Agence de test', published: when.end }]
              }
            })
      },
      actors: [speaker.id],
      claim: { status: 'stated', by: speaker.id },
      passages: [{ text: sentence, start: at, end: at + sentence.length }],
      quotes: [
        {
          id: `citation-${i + 1}`,
          text: quote,
          start: quoteStart,
          end: quoteStart + quote.length,
          speaker: speaker.id
        }
      ]
    });
  }
  const story = {
    id: `synthetique-${count}`,
    title: `Histoire synthétique de ${count} événements`,
    language: 'fr',
    article: 'article.fr.txt',
    source: { outlet: 'Générateur', published: { date: '2024-01-15' }, credit: 'Générateur' },
    period: { start: iso(start), end: iso(end + 7) },
    actors,
    lanes: LANES,
    events
  };
  return { story, article };
}

// Run as a command, not imported: compared as file URLs, which escape a space or an accent in
// the path (and with symlinks resolved, as Node resolves the script it runs).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  const out = process.argv[4] ?? 'bench-results/stories';
  const { story, article } = generateStory(count, seed);
  const dir = path.join(out, story.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify(story, null, 1) + '\n');
  writeFileSync(path.join(dir, 'article.fr.txt'), article);
  console.log(`${dir}: ${count} events, article ${article.length} characters`);
}
