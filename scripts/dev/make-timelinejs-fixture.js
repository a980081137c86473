/**
 * A TimelineJS3 JSON timeline of N events (default 400), seeded and reproducible, written the
 * way real newsrooms' files are (issue 14): the chronicle of an imaginary port town,
 * Valmont-sur-Mer, from its Greek colony to last year's council, in French.
 *
 * What it holds, so that an import of it meets every habit of the format at once:
 * - a title slide (headline, text, media with caption and credit);
 * - 4 to 6 groups (the lanes) and 3 to 5 eras (the periods), a few events in no group;
 * - dates of every precision: year only (some BCE, some ranges of years), month, day, ranges
 *   of days (within a month and across months), hours and minutes (some with the hour alone);
 * - `display_date` in both places TimelineJS reads it: on the slide and in `start_date`, some
 *   free words ("vers 1650", "été 1976"), some a part of a month that the range matches
 *   exactly ("fin juillet 2023": 21–31 July);
 * - date parts as numbers, as strings and as zero-padded strings; a few blank `end_date`
 *   objects (`{"year": ""}`) and a few ends equal to their start, which TimelineJS drops;
 * - media: https links with caption and credit (photos, videos, posts, archives), a few
 *   `<blockquote>` quotations with their author; a few thumbnails, which an import never loads;
 * - HTML in texts: paragraphs, links, emphasis, lists, line breaks, `<b>`/`<i>`, entities;
 * - `unique_id` on some events; background colours and images on a few; three headlines
 *   that recur on other dates (as "Conseil municipal" does in any town's chronicle);
 * - a few slides with no year (no `start_date`, a blank year, an empty `start_date`), which
 *   TimelineJS drops without a word and an import reports.
 *
 * Every headline but those is unique, so that a test can find each event by its title.
 *
 * Usage: node scripts/dev/make-timelinejs-fixture.js [events] [seed] [out-file]
 * (default: 400 events, seed 1, .generated/timelinejs/chronologie-<events>.json)
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CALENDAR_WORDS } from '../../src/lib/story/calendar-words.js';

/**
 * A small, fast, seedable PRNG (mulberry32, as the synthetic stories use): the same seed gives
 * the same timeline.
 * @param {number} seed
 */
function random(seed) {
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
 * @typedef {{ year?: number | string, month?: number | string, day?: number | string,
 *   hour?: number | string, minute?: number | string, display_date?: string }} TimelineDate
 * @typedef {{ url: string, caption?: string, credit?: string, thumbnail?: string }} TimelineMedia
 * @typedef {{ start_date?: TimelineDate, end_date?: TimelineDate, display_date?: string,
 *   text?: { headline?: string, text?: string }, media?: TimelineMedia, group?: string,
 *   background?: { color?: string, url?: string }, unique_id?: string }} TimelineSlide
 * @typedef {{ start_date: TimelineDate, end_date: TimelineDate,
 *   text: { headline: string } }} TimelineEra
 * @typedef {{ title: TimelineSlide, events: TimelineSlide[], eras: TimelineEra[] }} Timeline
 */

const MONTHS = CALENDAR_WORDS.fr.months;

/** The groups a newsroom files its events under; a timeline uses the first 4 to 6. */
const GROUPS = ['Politique', 'Économie', 'Culture', 'Sciences', 'Société', 'Sports'];

/** The town's ages, oldest first: a timeline uses the last 3 to 5, each ending before the next. */
const ERAS = [
  { label: 'Antiquité', start: -600, end: 475 },
  { label: 'Moyen Âge', start: 476, end: 1491 },
  { label: 'Temps modernes', start: 1492, end: 1788 },
  { label: 'Le long XIXe siècle', start: 1789, end: 1913 },
  { label: 'XXe et XXIe siècles', start: 1914, end: 2024 }
];

/** What happens in a town, by group: a headline is one of these, with its place and year. */
const SUBJECTS = {
  Politique: ['Élection du conseil', 'Vote du budget', 'Visite du préfet', 'Réforme du port'],
  Économie: ['Ouverture du marché', 'Faillite du chantier naval', 'Grève des dockers', 'Foire'],
  Culture: ['Inauguration du théâtre', 'Festival de musique', 'Exposition', 'Ouverture du musée'],
  Sciences: ['Observation astronomique', 'Fondation du laboratoire', 'Congrès de médecine'],
  Société: ['Ouverture de l’école', 'Épidémie', 'Inondation', 'Fête du port', 'Grand incendie'],
  Sports: ['Régates', 'Course cycliste', 'Match de football', 'Tournoi de joutes'],
  '': ['Fait divers', 'Découverte archéologique', 'Tempête']
};
const PLACES = ['au vieux port', 'place de la Halle', 'quartier Saint-Jean', 'sur la jetée', ''];
/** Headlines that recur on other dates, as in any town's chronicle: their slugs must differ. */
const RECURRING = ['Conseil municipal', 'Marée d’équinoxe', 'Crue de la Valme'];

/** Outside addresses a newsroom's media point to: only ever links, never loaded. */
const MEDIA = [
  (/** @type {number} */ n) => `https://commons.wikimedia.org/wiki/File:Valmont_${n}.jpg`,
  (/** @type {number} */ n) => `https://www.youtube.com/watch?v=valmont${n}`,
  (/** @type {number} */ n) => `https://twitter.com/valmont/status/${1000 + n}`,
  (/** @type {number} */ n) => `https://archives.valmont.example/document/${n}`,
  (/** @type {number} */ n) => `https://www.flickr.com/photos/valmont/${n}`
];
const CREDITS = ['Archives municipales', 'AFP', 'Wikimedia Commons', 'Collection privée'];
const SPEAKERS = ['Jeanne Arnaud, maire', 'le capitaine du port', 'un docker anonyme'];
const COLOURS = ['#1d3557', '#e63946', '#f1faee', '#a8dadc', 'rgb(40, 60, 90)', 'navy'];

/**
 * The timeline.
 * @param {number} count how many events
 * @param {number} seed the same seed gives the same file
 * @returns {Timeline}
 */
export function makeTimeline(count = 400, seed = 1) {
  const rand = random(seed);
  const int = (/** @type {number} */ lo, /** @type {number} */ hi) =>
    lo + Math.floor(rand() * (hi - lo + 1));
  /**
   * One of the list (never empty).
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  function pick(list) {
    return /** @type {T} */ (list[Math.floor(rand() * list.length)]);
  }
  const chance = (/** @type {number} */ p) => rand() < p;

  const groups = GROUPS.slice(0, int(4, 6));
  const eras = ERAS.slice(ERAS.length - int(3, 5));

  /** A date part as files have it: a number, a string, or a zero-padded string. */
  const part = (/** @type {number} */ n) => {
    const r = rand();
    if (r < 0.45) return n;
    if (r < 0.8 || n < 0 || n > 9) return String(n);
    return String(n).padStart(2, '0');
  };
  /** The last day of a month, in the proleptic Gregorian calendar. */
  const lastDay = (/** @type {number} */ y, /** @type {number} */ m) =>
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31;

  /** A year, most of them recent, as a town's chronicle has them. */
  const year = () => {
    const r = rand();
    if (r < 0.04) return -int(1, 600);
    if (r < 0.1) return int(1, 1491);
    if (r < 0.2) return int(1492, 1788);
    if (r < 0.4) return int(1789, 1913);
    return int(1914, 2024);
  };

  const usedHeadlines = new Set();
  /** @param {string} group @param {number} y */
  const headline = (group, y) => {
    const subjects = SUBJECTS[/** @type {keyof typeof SUBJECTS} */ (group)];
    for (let attempt = 0; ; attempt++) {
      const place = pick(PLACES);
      const when = y < 0 ? `${-y} av. J.-C.` : String(y);
      const numbered = attempt > 3 ? ` (${attempt - 2}e)` : '';
      const words = `${pick(subjects)}${place ? ` ${place}` : ''}, ${when}${numbered}`;
      if (usedHeadlines.has(words)) continue;
      usedHeadlines.add(words);
      return words;
    }
  };

  /** The slide's text: HTML as newsrooms paste it. */
  const text = (/** @type {number} */ n) => {
    const link = `<a href="https://archives.valmont.example/dossier/${n}">le dossier des archives</a>`;
    const forms = [
      () => `<p>Les faits, tels que la rédaction les a reconstitués. Voir ${link}.</p>`,
      () =>
        `<p>Un moment <em>décisif</em> pour la ville.</p><p>Les témoins s’en souviennent &mdash; et la presse locale aussi.</p>`,
      () =>
        `<p>Ce qu’il faut retenir&nbsp;:</p><ul><li>la décision du conseil&nbsp;;</li><li>la réaction du port&nbsp;;</li><li>les suites, <strong>dix ans plus tard</strong>.</li></ul>`,
      () =>
        `Un texte sans paragraphe,<br>sur deux lignes, avec <b>du gras</b> et <i>de l’italique</i>.`,
      () => `<p>Chiffres : 3 &lt; 5 &amp; 7 &gt; 2. ${link}</p>`,
      () => ''
    ];
    return pick(forms)();
  };

  /** @type {TimelineSlide[]} */
  const events = [];
  for (let n = 1; n <= count; n++) {
    const recurring = n % 50 === 0 ? RECURRING[(n / 50 - 1) % RECURRING.length] : undefined;
    const group = chance(0.05) ? '' : pick(groups);
    const y = year();
    /** @type {TimelineSlide} */
    const slide = {};
    /** @type {TimelineDate} */
    let start = { year: part(y) };
    /** @type {TimelineDate | undefined} */
    let end;
    const r = rand();
    if (y < 1500) {
      // Year only; a third of the time a range of years (a siege, a reign, a building site).
      if (r < 0.3) end = { year: part(y + int(1, 30)) };
    } else if (r < 0.15) {
      // Year only, or a range of years.
      if (chance(0.4)) end = { year: part(Math.min(2024, y + int(1, 12))) };
    } else if (r < 0.35) {
      const m = int(1, 12);
      start = { year: part(y), month: part(m) };
      // A range of months within the year, now and then.
      if (m < 12 && chance(0.25)) end = { year: part(y), month: part(int(m + 1, 12)) };
    } else if (r < 0.7 || y < 1950) {
      const m = int(1, 12);
      const d = int(1, lastDay(y, m));
      start = { year: part(y), month: part(m), day: part(d) };
      if (chance(0.3)) {
        // A range of days, within the month or across it.
        const length = int(1, 20);
        const across = d + length > lastDay(y, m);
        end = across
          ? m === 12
            ? { year: part(y + 1), month: part(1), day: part(d + length - lastDay(y, m)) }
            : { year: part(y), month: part(m + 1), day: part(d + length - lastDay(y, m)) }
          : { year: part(y), month: part(m), day: part(d + length) };
      }
    } else {
      // A time of day: hours and minutes, or the hour alone.
      const m = int(1, 12);
      start = { year: part(y), month: part(m), day: part(int(1, lastDay(y, m))) };
      start.hour = part(int(0, 23));
      if (chance(0.8)) start.minute = part(int(0, 59));
    }
    // The author's own words for the date, on the slide or in start_date.
    const p = rand();
    if (p < 0.04 && y >= 1600 && y <= 2023 && end === undefined) {
      // A part of a month, whose range the words match exactly: "fin juillet 2023".
      const m = int(1, 12);
      const third = int(0, 2);
      const first = 1 + 10 * third;
      const last = third === 2 ? lastDay(y, m) : first + 9;
      start = { year: part(y), month: part(m), day: part(first) };
      end = { year: part(y), month: part(m), day: part(last) };
      start.display_date = `${['début', 'mi-', 'fin'][third]}${third === 1 ? '' : ' '}${MONTHS[m - 1]} ${y}`;
    } else if (p < 0.08 && start.month === undefined) {
      slide.display_date = y < 0 ? `vers ${-y} av. J.-C.` : `vers ${y}`;
    } else if (p < 0.12 && start.day !== undefined && start.hour === undefined) {
      start.display_date = `le ${Number(start.day)} ${MONTHS[Number(start.month) - 1]}, dit-on`;
    } else if (p < 0.15 && start.month !== undefined && start.day === undefined) {
      slide.display_date = `${MONTHS[Number(start.month) - 1]} de l’an ${y}`;
    }
    // Blank end dates, and ends equal to their start, as files carry them.
    if (end === undefined && chance(0.03)) end = pick([{ year: '' }, { year: '', month: '' }]);
    else if (end === undefined && start.hour === undefined && chance(0.01)) {
      end = { ...start };
      delete end.display_date;
    }
    slide.start_date = start;
    if (end) slide.end_date = end;
    // Now and then a slide with no year, which TimelineJS drops without a word.
    if (n % 150 === 75) {
      const k = (n - 75) / 150;
      if (k % 3 === 0) delete slide.start_date;
      else slide.start_date = k % 3 === 1 ? { year: '' } : {};
      delete slide.end_date;
      delete slide.display_date;
    }
    const title = recurring ?? headline(group, y);
    // Now and then a word of the headline in italics, as an editor sets a ship's name.
    slide.text = { headline: chance(0.1) ? title.replace(/^(\S+)/, '<em>$1</em>') : title };
    slide.text.text = text(n);
    // Media: a link with caption and credit, now and then a quotation.
    const q = rand();
    if (q < 0.03)
      slide.media = {
        url: `<blockquote>« Nous ne laisserons pas le port mourir. » — ${pick(SPEAKERS)}</blockquote>`,
        credit: pick(CREDITS)
      };
    else if (q < 0.4) {
      slide.media = {
        url: pick(MEDIA)(n),
        caption: `Document ${n}, <em>${pick(['vue du port', 'le conseil', 'la foule'])}</em>`,
        credit: pick(CREDITS)
      };
      if (chance(0.1)) slide.media.thumbnail = `https://commons.wikimedia.org/thumb/${n}.jpg`;
    }
    if (group) slide.group = group;
    if (chance(0.2)) slide.unique_id = `evenement-${n}`;
    const b = rand();
    if (b < 0.04) slide.background = { color: pick(COLOURS) };
    else if (b < 0.06)
      slide.background = { url: `https://commons.wikimedia.org/wiki/File:Fond_${n}.jpg` };
    events.push(slide);
  }

  return {
    title: {
      text: {
        headline: 'Valmont-sur-Mer, vingt-six siècles d’histoire',
        text: '<p>La chronologie de la rédaction&nbsp;: de la colonie grecque au port d’aujourd’hui, <a href="https://archives.valmont.example/">avec les archives municipales</a>.</p>'
      },
      media: {
        url: 'https://commons.wikimedia.org/wiki/File:Valmont_vue_generale.jpg',
        caption: 'Le port, vu de la jetée',
        credit: 'Archives municipales'
      }
    },
    events,
    eras: eras.map((era) => ({
      start_date: { year: part(era.start) },
      end_date: { year: part(era.end) },
      text: { headline: era.label }
    }))
  };
}

// Run as a command, not imported (see scripts/synthetic/generate.js).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const [count = '400', seed = '1', out] = process.argv.slice(2);
  const file = out ?? `.generated/timelinejs/chronologie-${count}.json`;
  const timeline = makeTimeline(Number(count), Number(seed));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(timeline, null, 1) + '\n');
  console.log(`${file}: ${timeline.events.length} events, ${timeline.eras.length} eras`);
}
