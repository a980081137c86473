/**
 * A TimelineJS3 timeline (its JSON file, or a sheet downloaded as CSV) as a story file. Pure:
 * text in, a StoryFile and a report out (the CLI, cli.ts, reads and writes the files).
 *
 * What maps to what, and the rules TimelineJS itself follows, are in ../shared/formats/
 * timelinejs.md and in the README ("Importing from TimelineJS"). In short: slides → events
 * resting on the newsroom's own text (claim "editorial", no passages, no quotes), groups →
 * listed lanes, eras → periods, the title slide → the story's title, introduction and media.
 * HTML is reduced to the safe subset of rich-text.ts; outside addresses stay links; a
 * TimelineJS date is read as the calendar days it covers (dates.ts).
 *
 * Every problem is reported with its place in the file ("events[3].start_date.year",
 * "row 12, column A (Year)", "line 4, column 9"), all of them at once, and nothing is produced
 * when there is one. The story made is checked with the story validator before it is returned,
 * so what the CLI writes is what the build accepts.
 */
import { isSafeCssColor } from '../story/css-color.ts';
import { compareCalendarDates, type CalendarDate } from '../story/calendar-date.ts';
import { laneIdOf } from '../story/lanes.ts';
import { slugOf } from '../story/slug.ts';
import { readDateExpression } from '../story/resolve-date-expression.ts';
import { richTextToHtml, richTextToPlain, sanitizeHtml } from '../story/rich-text.ts';
import { isTimeZone, type EventFile, type StoryFile } from '../story/schema.ts';
import { textsContext, validateStory } from '../story/validate.ts';
import { parseCsv } from './csv.ts';
import { daysOf, isBlankDate, readTimelineDate, slideDate, type DateParts } from './dates.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { sheetToConfig } from './sheet.ts';

export interface ImportOptions {
  /** The story's id (its address); by default a slug of its title. */
  id?: string;
  /** The story's language; by default guessed from its words (and the guess reported). */
  lang?: 'fr' | 'en';
  /** The IANA zone of the slides' times (TimelineJS dates carry none); by default UTC. */
  timeZone?: string;
  /** The file's name, for a title when the timeline has no title slide. */
  fileName?: string;
}
/** place: "events[3].start_date.year", "row 12, column A (Year)", "line 4, column 9". */
export interface ImportProblem {
  place: string;
  message: string;
}
export interface ImportReport {
  events: number;
  periods: number;
  lanes: number;
  /** Rows or slides not taken, each with its place and why. */
  skipped: ImportProblem[];
  /** What was taken differently from TimelineJS, or not kept. */
  warnings: ImportProblem[];
}
export type ImportResult =
  { ok: true; story: StoryFile; report: ImportReport } | { ok: false; errors: ImportProblem[] };

type Json = Record<string, unknown>;
type Lang = 'fr' | 'en';

/** A slide to import, wherever it came from, and how to name the place of one of its fields. */
interface Slide {
  data: Json;
  /** The slide itself: "events[3]", "row 12". */
  label: string;
  /** One of its fields: "events[3].start_date.year", "row 12, column A (Year)". */
  at(field: string): string;
}

interface Timeline {
  title?: Slide;
  events: Slide[];
  eras: Slide[];
  scale?: unknown;
  skipped: ImportProblem[];
  warnings: ImportProblem[];
}

/** The words the importer writes into a story, in the story's language. */
const WORDS: Record<Lang, { other: string; events: string; untitled: string; event: string }> = {
  fr: {
    other: 'Autres',
    events: 'Événements',
    untitled: 'Chronologie importée',
    event: 'evenement'
  },
  en: { other: 'Other', events: 'Events', untitled: 'Imported timeline', event: 'event' }
};

/** Where a summary is cut (at a word boundary near it), and a title. */
const SUMMARY_LENGTH = 300;
const TITLE_LENGTH = 200;
const LANE_LENGTH = 60;
/** Addresses the site uses itself, which an event may not take (see validate.ts). */
const RESERVED_SLUGS = ['article', 'liste', 'sources', 'media'];

/** Reads a TimelineJS3 JSON file. */
export function importTimelineJson(text: string, options: ImportOptions = {}): ImportResult {
  if (text.trim() === '') return emptyFile();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const where = findJsonSyntaxError(text.replace(/^\uFEFF/, ''));
    return failure(
      where ? `line ${where.line}, column ${where.column}` : '(file)',
      `not valid JSON: ${where?.message ?? 'unreadable'}`
    );
  }
  const timeline = readJsonTimeline(data);
  if ('errors' in timeline) return { ok: false, errors: timeline.errors };
  return importTimelineConfig(timeline, options);
}

/** Reads a TimelineJS sheet downloaded as CSV. */
export function importSheetCsv(text: string, options: ImportOptions = {}): ImportResult {
  if (text.trim() === '') return emptyFile();
  const csv = parseCsv(text);
  if (!csv.ok) return failure(csv.place, csv.message);
  const sheet = sheetToConfig(csv.records);
  if (!sheet.ok) return { ok: false, errors: sheet.errors };
  const { config } = sheet;
  const slide = (data: object, row: number): Slide => ({
    data: data as Json,
    label: `row ${row}`,
    at: (field) => config.placeOf(row, field)
  });
  return importTimelineConfig(
    {
      ...(config.title && { title: slide(config.title, config.rows.title!) }),
      events: config.events.map((e, i) => slide(e, config.rows.events[i]!)),
      eras: config.eras.map((e, i) => slide(e, config.rows.eras[i]!)),
      skipped: sheet.skipped,
      warnings: sheet.warnings
    },
    options
  );
}

/** Reads either, telling them apart by their first character: JSON opens with { or [. */
export function importTimeline(text: string, options: ImportOptions = {}): ImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return emptyFile();
  return start.startsWith('{') || start.startsWith('[')
    ? importTimelineJson(text, options)
    : importSheetCsv(text, options);
}

const failure = (place: string, message: string): ImportResult => ({
  ok: false,
  errors: [{ place, message }]
});

const emptyFile = () =>
  failure(
    '(file)',
    'the file is empty: expected a TimelineJS3 JSON file or a TimelineJS sheet saved as CSV'
  );

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape of a TimelineJS3 JSON file, or why it is not one. */
function readJsonTimeline(data: unknown): Timeline | { errors: ImportProblem[] } {
  const notTimeline = (message: string) => ({ errors: [{ place: '(root)', message }] });
  if (!isObject(data))
    return notTimeline(
      `expected a TimelineJS3 file (a JSON object with an "events" list), got ${Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`}`
    );
  if (isObject(data.timeline) && !('events' in data))
    return {
      errors: [
        {
          place: 'timeline',
          message:
            'this is a TimelineJS v2 file ({"timeline": {"date": […]}}), which TimelineJS3 no longer reads: open it in a TimelineJS v2 page, or copy its dates into the TimelineJS3 sheet template (one row per "date": startDate → Year, Month, Day; headline → Headline; text → Text; asset.media → Media) and import that sheet'
        }
      ]
    };
  if (!('events' in data))
    return notTimeline(
      'expected a TimelineJS3 file: a JSON object with an "events" list (and optionally "title", "eras", "scale"); this object has none'
    );
  if (!Array.isArray(data.events))
    return { errors: [{ place: 'events', message: 'expected a list of slides' }] };
  const errors: ImportProblem[] = [];
  const slides = (list: unknown[], name: string): Slide[] =>
    list.flatMap((item, i) => {
      if (!isObject(item)) {
        errors.push({ place: `${name}[${i}]`, message: 'expected a slide (an object)' });
        return [];
      }
      return [{ data: item, label: `${name}[${i}]`, at: (field) => `${name}[${i}].${field}` }];
    });
  const events = slides(data.events, 'events');
  let eras: Slide[] = [];
  if (data.eras !== undefined && data.eras !== null) {
    if (Array.isArray(data.eras)) eras = slides(data.eras, 'eras');
    else errors.push({ place: 'eras', message: 'expected a list of eras' });
  }
  let title: Slide | undefined;
  if (isObject(data.title))
    title = { data: data.title, label: 'title', at: (field) => `title.${field}` };
  else if (data.title !== undefined && data.title !== null && data.title !== '')
    errors.push({ place: 'title', message: 'expected a slide (an object)' });
  if (errors.length > 0) return { errors };
  return {
    ...(title && { title }),
    events,
    eras,
    scale: data.scale,
    skipped: [],
    warnings: []
  };
}

/** A field's text: strings as they are, numbers written out, anything else nothing. */
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const field = (data: Json, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), data);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cuts a text at a word boundary near `max` characters, with "…", never inside a character. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.!?\-–—]+$/, '')}…`;
}

/** The first of slug, slug-2, slug-3… not yet taken; then takes it. */
function unique(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Common words that tell French from English apart. */
const LANGUAGE_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(
    'le la les des du de un une et est sont dans pour que qui sur pas au aux avec ce cette il elle ils elles par été mais ou où son sa ses leur plus comme après avant lors'.split(
      ' '
    )
  ),
  en: new Set(
    'the of and to is are was were for on with that by as at from his her its it an which this have has had but not be after before during their they'.split(
      ' '
    )
  )
};

/** French or English, by counting common words; French when nothing tells. */
export function guessLanguage(text: string): { lang: Lang; fr: number; en: number } {
  const counts = { fr: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (LANGUAGE_WORDS.fr.has(word)) counts.fr++;
    if (LANGUAGE_WORDS.en.has(word)) counts.en++;
  }
  return { lang: counts.en > counts.fr ? 'en' : 'fr', ...counts };
}

/** The address of an outside link, when it is an absolute http(s) one. */
function httpUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const describeUrl = (raw: string) => JSON.stringify(cutAtWord(squash(raw), 60));

/** The core: a timeline read from either format, as a story. */
function importTimelineConfig(timeline: Timeline, options: ImportOptions): ImportResult {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [...timeline.warnings];
  const skipped: ImportProblem[] = [...timeline.skipped];
  const warn = (place: string, message: string) => warnings.push({ place, message });

  if (options.timeZone !== undefined && !isTimeZone(options.timeZone))
    errors.push({
      place: '--time-zone',
      message: `unknown IANA time zone ${JSON.stringify(options.timeZone)} (such as "Europe/Paris")`
    });

  // What sanitizing removed, per slide, said once for each.
  const removedBy = new Map<string, Set<string>>();
  const sanitize = (slide: Slide, html: string) => {
    const result = sanitizeHtml(html);
    if (result.removed.length > 0) {
      const set = removedBy.get(slide.label) ?? new Set<string>();
      result.removed.forEach((r) => set.add(r));
      removedBy.set(slide.label, set);
    }
    return result.nodes;
  };
  const plain = (slide: Slide, html: string) => squash(richTextToPlain(sanitize(slide, html)));
  /**
   * A field TimelineJS strips of markup and then writes back as HTML (display_date, group:
   * STRIP_MARKUP_FIELDS in its TimelineConfig.js, then innerHTML): what it shows is read twice,
   * so "&amp;amp;" shows "&". Read the same way, with the same safe reading each time.
   */
  const stripped = (slide: Slide, html: string) => plain(slide, plain(slide, html));

  // The language first: the lanes' names and the date words depend on it.
  const allWords = [timeline.title, ...timeline.events]
    .flatMap((s) =>
      s ? [textOf(field(s.data, 'text.headline')), textOf(field(s.data, 'text.text'))] : []
    )
    .join(' ');
  let lang: Lang;
  if (options.lang) lang = options.lang;
  else {
    const guess = guessLanguage(richTextToPlain(sanitizeHtml(allWords).nodes));
    lang = guess.lang;
    warn(
      'language',
      `guessed ${lang === 'fr' ? 'French' : 'English'} from the words (${guess.fr} common French words, ${guess.en} English); give --lang ${lang === 'fr' ? 'en' : 'fr'} if it is not`
    );
  }
  const words = WORDS[lang];

  const scale = timeline.scale;
  const yearsOnly = scale === 'cosmological';
  if (scale !== undefined && scale !== null && scale !== '' && scale !== 'human' && !yearsOnly)
    warn(
      'scale',
      `${JSON.stringify(scale)} is not a TimelineJS scale ("human" or "cosmological"): read as "human"`
    );

  /** A slide's start and end as read, or undefined with the errors recorded. */
  const readDates = (slide: Slide, endRequired: boolean) => {
    const startRaw = slide.data.start_date;
    const endRaw = slide.data.end_date;
    const read = (raw: unknown, name: 'start_date' | 'end_date') => {
      const result = readTimelineDate(raw, { yearsOnly });
      for (const problem of result.problems)
        errors.push({
          place: slide.at(problem.part ? `${name}.${problem.part}` : name),
          message: problem.message
        });
      for (const dropped of result.dropped)
        warn(slide.at(`${name}.${dropped.part}`), `${dropped.message} not kept`);
      return result.parts;
    };
    if (isBlankDate(startRaw)) {
      errors.push({
        place: slide.at('start_date'),
        message: 'a slide needs a start_date with its year'
      });
      return undefined;
    }
    const start = read(startRaw, 'start_date');
    let end: DateParts | undefined;
    if (!isBlankDate(endRaw)) end = read(endRaw, 'end_date');
    else if (endRequired) {
      errors.push({
        place: slide.at('end_date'),
        message: 'an era needs an end date (TimelineJS refuses an era without one)'
      });
      return undefined;
    }
    if (!start || (!isBlankDate(endRaw) && !end)) return undefined;
    const date = slideDate(start, end);
    if (!date) {
      errors.push({
        place: slide.at('end_date'),
        message: `the end (${daysOf(end!)[1]}) is before the start (${daysOf(start)[0]})`
      });
      return undefined;
    }
    return date;
  };

  // Events.
  const taken = new Set<string>(RESERVED_SLUGS);
  const groupLanes = new Map<string, string>(); // label → lane id
  const laneIds = new Set<string>();
  let withoutGroup = 0;
  let timesWithoutZone: string | undefined;
  let thumbnailAt: string | undefined;
  const events: (EventFile & { group?: string })[] = [];

  for (const slide of timeline.events) {
    const { data } = slide;
    if (isBlankDate(data.start_date)) {
      // TimelineJS skips it with only a console trace ("Missing start date, skipping event").
      skipped.push({
        place: slide.label,
        message: 'no start_date: skipped; TimelineJS would drop it silently'
      });
      continue;
    }
    const date = readDates(slide, false);
    const headlineHtml = textOf(field(data, 'text.headline'));
    const bodyHtml = textOf(field(data, 'text.text'));
    const headline = plain(slide, headlineHtml);
    const bodyNodes = sanitize(slide, bodyHtml);
    const bodyPlain = squash(richTextToPlain(bodyNodes));
    if (!date) continue;

    let title = headline;
    if (!title) {
      title = bodyPlain ? cutAtWord(bodyPlain, 80) : (displayOf(slide, stripped) ?? date.start);
      warn(
        slide.at('text.headline'),
        `no headline: titled ${JSON.stringify(title)} from its ${bodyPlain ? 'text' : 'date'}`
      );
    } else if (title.length > TITLE_LENGTH) {
      title = cutAtWord(title, TITLE_LENGTH);
      warn(
        slide.at('text.headline'),
        `a headline of ${headline.length} characters: cut to ${TITLE_LENGTH}`
      );
    }

    const event: EventFile & { group?: string } = {
      slug: '',
      title,
      summary: bodyPlain ? cutAtWord(bodyPlain, SUMMARY_LENGTH) : title,
      date: { start: date.start, end: date.end, precision: date.precision },
      actors: [],
      claim: { status: 'editorial' },
      passages: [],
      quotes: []
    };
    const body = richTextToHtml(bodyNodes).trim();
    if (body) event.body = body;

    if (date.precision === 'time') {
      event.date.time = date.time!;
      event.date.timeZone = options.timeZone ?? 'UTC';
      if (!options.timeZone) timesWithoutZone ??= slide.at('start_date.hour');
    }
    if (date.notKept) warn(slide.at(`${date.notKept.at}.hour`), `${date.notKept.what} not kept`);
    const display = displayOf(slide, stripped);
    if (display) {
      event.date.display = display;
      // "fin juillet 2023" over exactly the 21st to the 31st is a part of a month: read in the
      // story's language first, then the other (a short timeline's language is a guess).
      const partOfMonth = (language: Lang) => {
        const reading = readDateExpression(display, date.end, language);
        return (
          'rule' in reading &&
          reading.rule === 'part-of-month' &&
          reading.start === date.start &&
          reading.end === date.end
        );
      };
      if (
        date.precision === 'days' &&
        (partOfMonth(lang) || partOfMonth(lang === 'fr' ? 'en' : 'fr'))
      )
        event.date.precision = 'part-of-month';
    }

    // Media.
    const media = field(data, 'media');
    if (isObject(media)) {
      const taken = readMedia(slide, media, plain, warn);
      if (taken.media) event.media = [taken.media];
      if (taken.quote) event.attributedQuotes = [taken.quote];
      if (textOf(media.thumbnail).trim()) thumbnailAt ??= slide.at('media.thumbnail');
    }

    const background = readBackground(slide, data.background, warn);
    if (background) event.background = background;

    // The slug: unique_id, else the headline.
    const uniqueId = textOf(data.unique_id).trim();
    const base = slugOf(uniqueId) || slugOf(title) || words.event;
    event.slug = unique(base, taken);
    if (uniqueId && event.slug !== slugOf(uniqueId))
      warn(
        slide.at('unique_id'),
        `${JSON.stringify(uniqueId)} is taken already: slug ${event.slug}`
      );

    // The group, as TimelineJS strips it: its words.
    // A lane's name sits beside the timeline: a long one is cut (the same cut for every slide).
    const group = cutAtWord(stripped(slide, textOf(data.group)), LANE_LENGTH);
    if (group) event.group = group;
    else withoutGroup++;
    events.push(event);
  }
  if (events.length === 0 && errors.length === 0)
    errors.push({
      place: 'events',
      message:
        skipped.length > 0
          ? 'no slide has a date: nothing to import (see the skipped rows)'
          : 'the timeline has no events'
    });
  if (timesWithoutZone)
    warn(
      timesWithoutZone,
      'TimelineJS times carry no time zone: read as UTC; give --time-zone (such as Europe/Paris) for the zone they were written in'
    );
  if (thumbnailAt)
    warn(thumbnailAt, 'media thumbnails are not kept: the site never loads images from elsewhere');

  // Lanes: the groups in the order TimelineJS draws them (their first appearance among the slides
  // sorted by start, a stable sort: TimeScale.js), then one for the events without a group.
  const chronological = [...events].sort((a, b) =>
    compareCalendarDates(a.date.start, b.date.start)
  );
  for (const { group } of chronological)
    if (group && !groupLanes.has(group))
      groupLanes.set(group, unique(slugOf(group) || `groupe-${groupLanes.size + 1}`, laneIds));
  const lanes = [...groupLanes].map(([label, id]) => ({ id, label, represents: [label] }));
  if (withoutGroup > 0) {
    const label = lanes.length > 0 ? words.other : words.events;
    const id = unique(laneIdOf(label), laneIds);
    lanes.push({ id, label, represents: [label] });
    for (const event of events) if (!event.group) event.group = label;
  }
  const laneOfGroup = new Map(lanes.map((l) => [l.label, l.id]));
  // In the order a story file reads: what it is, where it goes, when, on what it rests.
  const storyEvents: EventFile[] = events.map(({ group, slug, title, summary, body, ...rest }) => ({
    slug,
    title,
    summary,
    ...(body !== undefined && { body }),
    lane: laneOfGroup.get(group!)!,
    ...rest
  }));

  // Periods.
  const periodIds = new Set<string>();
  const periods: NonNullable<StoryFile['periods']> = [];
  for (const era of timeline.eras) {
    const date = readDates(era, true);
    const headline = plain(era, textOf(field(era.data, 'text.headline') ?? era.data.headline));
    if (!date) continue;
    let label = headline || `${date.start} – ${date.end}`;
    if (!headline) warn(era.at('text.headline'), `an era without a headline: labelled ${label}`);
    if (label.length > TITLE_LENGTH) label = cutAtWord(label, TITLE_LENGTH);
    periods.push({
      id: unique(slugOf(label) || 'periode', periodIds),
      label,
      start: date.start,
      end: date.end
    });
  }

  // The title slide.
  let title = '';
  let introduction: string | undefined;
  let storyMedia: StoryFile['media'];
  if (timeline.title) {
    const slide = timeline.title;
    title = plain(slide, textOf(field(slide.data, 'text.headline')));
    if (title.length > TITLE_LENGTH) {
      warn(
        slide.at('text.headline'),
        `a headline of ${title.length} characters: cut to ${TITLE_LENGTH}`
      );
      title = cutAtWord(title, TITLE_LENGTH);
    }
    const intro = richTextToHtml(sanitize(slide, textOf(field(slide.data, 'text.text')))).trim();
    if (intro) introduction = intro;
    const media = field(slide.data, 'media');
    if (isObject(media)) {
      const taken = readMedia(slide, media, plain, warn);
      if (taken.media) storyMedia = [taken.media];
      if (taken.quote)
        warn(
          slide.at('media.url'),
          'a quotation on the title slide is not kept (only events carry quotations)'
        );
    }
    if (isObject(slide.data.background) && !isBlankBackground(slide.data.background))
      warn(slide.at('background'), "the title slide's background is not kept");
  }
  if (!title) {
    const fromFile = titleFromFileName(options.fileName);
    title = fromFile || words.untitled;
    warn(
      timeline.title ? timeline.title.at('text.headline') : 'title',
      `no title slide headline: titled ${JSON.stringify(title)}${fromFile ? ' from the file name' : ''}`
    );
  }
  for (const [label, removed] of removedBy)
    warn(
      label,
      `removed from its HTML (kept as text where it had words): ${[...removed].join(', ')}`
    );
  warnings.sort((a, b) => placeOrder(a.place) - placeOrder(b.place));

  if (options.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.id))
    errors.push({
      place: '--id',
      message: `${JSON.stringify(options.id)} is not a story id: lowercase letters, digits and single hyphens`
    });
  if (errors.length > 0) return { ok: false, errors };

  let id =
    options.id ?? (slugOf(title) || slugOf(titleFromFileName(options.fileName)) || 'timeline');
  if (id === 'embed') id = 'embed-timeline'; // an address the site uses itself

  const days: CalendarDate[] = [
    ...storyEvents.flatMap((e) => [e.date.start, e.date.end]),
    ...periods.flatMap((p) => [p.start, p.end])
  ];
  days.sort(compareCalendarDates);
  const story: StoryFile = {
    id,
    title,
    language: lang,
    ...(introduction && { introduction }),
    ...(storyMedia && { media: storyMedia }),
    documents: [],
    bounds: { start: days[0]!, end: days[days.length - 1]! },
    actors: [],
    lanes,
    ...(periods.length > 0 && { periods }),
    events: storyEvents
  };

  // What the CLI writes must be what the build accepts: a failure here is the importer's fault.
  const validation = validateStory(story, textsContext({}));
  if (!validation.ok)
    return {
      ok: false,
      errors: validation.errors.map((message) => ({
        place: 'story.json',
        message: `the importer made a story the validator refuses (a bug to report): ${message}`
      }))
    };
  return {
    ok: true,
    story,
    report: {
      events: storyEvents.length,
      periods: periods.length,
      lanes: lanes.length,
      skipped,
      warnings
    }
  };
}

/** Warnings in the order of the file: the whole first, then the title, the rows or slides, the eras. */
function placeOrder(place: string): number {
  const row = /^row (\d+)/.exec(place);
  if (row) return Number(row[1]);
  const slide = /^(events|eras)\[(\d+)\]/.exec(place);
  if (slide) return (slide[1] === 'events' ? 1e7 : 2e7) + Number(slide[2]);
  return place.startsWith('title') ? 1 : 0;
}

/** A slide's display_date (its own, else its start_date's), reduced to words. */
function displayOf(
  slide: Slide,
  plain: (slide: Slide, html: string) => string
): string | undefined {
  const own = plain(slide, textOf(slide.data.display_date));
  if (own) return own;
  const start = plain(slide, textOf(field(slide.data, 'start_date.display_date')));
  const end = plain(slide, textOf(field(slide.data, 'end_date.display_date')));
  if (start && end && start !== end) return `${start} – ${end}`;
  return start || undefined;
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return squash(base.replace(/\.[^.]*$/, '').replace(/[_-]+/g, ' '));
}

const isBlankBackground = (background: Json) =>
  Object.values(background).every((v) => typeof v !== 'string' || v.trim() === '');

type Media = NonNullable<EventFile['media']>[number];
type AttributedQuote = NonNullable<EventFile['attributedQuotes']>[number];

/**
 * A slide's media: an outside address as a link (with its caption, credit and alt text as
 * words), a <blockquote> as an attributed quotation, an <iframe> as a link to what it embeds.
 * Anything else is dropped, and said.
 */
function readMedia(
  slide: Slide,
  media: Json,
  plain: (slide: Slide, html: string) => string,
  warn: (place: string, message: string) => void
): { media?: Media; quote?: AttributedQuote } {
  const raw = textOf(media.url).trim();
  const caption = plain(slide, textOf(media.caption));
  const credit = plain(slide, textOf(media.credit));
  const alt = plain(slide, textOf(media.alt));
  const extra = {
    ...(alt && { alt }),
    ...(caption && { caption }),
    ...(credit && { credit })
  };
  if (!raw) {
    if (caption || credit)
      warn(slide.at('media.url'), 'a caption or credit without media: not kept');
    return {};
  }
  if (/^<blockquote[\s>]/i.test(raw)) {
    // The quotation alone: an embed's <script> after it is not part of it.
    const end = raw.toLowerCase().lastIndexOf('</blockquote');
    const quote = (end > 0 ? raw.slice(0, end) : raw).replace(/^<blockquote[^>]*>/i, '');
    const cite = /<cite\b[^>]*>([\s\S]*?)<\/cite\s*>/i.exec(quote);
    let words = plain(slide, cite ? quote.replace(cite[0], ' ') : quote);
    let attribution = credit || (cite ? plain(slide, cite[1]!) : '');
    const dash = /\s*[—―–-]{1,2}\s*([^—―–-]{1,120})$/.exec(words);
    // A trailing "— Name" names the speaker: the attribution, where there is none, and in any
    // case not words of the quotation when the credit names the same person.
    const named = dash && dash.index > 0 ? dash[1]!.trim() : '';
    if (named && (!attribution || attribution.toLowerCase().includes(named.toLowerCase()))) {
      attribution ||= named;
      words = words.slice(0, dash!.index).trim();
    }
    words = words.replace(/^["“«]\s*|\s*["”»]$/g, '');
    if (!words) {
      warn(slide.at('media.url'), 'an empty <blockquote>: not kept');
      return {};
    }
    return { quote: { text: words, ...(attribution && { attribution }) } };
  }
  if (/^<iframe[\s>]/i.test(raw)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(raw);
    const address = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
    const url = httpUrl(address.replace(/&amp;/g, '&'));
    if (url) return { media: { url, ...extra } };
    warn(
      slide.at('media.url'),
      `an <iframe> whose address ${describeUrl(address)} is not http(s): dropped`
    );
    return {};
  }
  const url = httpUrl(raw);
  if (url) return { media: { url, ...extra } };
  warn(
    slide.at('media.url'),
    `${describeUrl(raw)} is not an http(s) address: dropped (a story only links to outside media)`
  );
  return {};
}

/** A slide's background, where it is safe: a CSS colour, or an http(s) image address (a link). */
function readBackground(
  slide: Slide,
  raw: unknown,
  warn: (place: string, message: string) => void
): EventFile['background'] {
  if (!isObject(raw)) return undefined;
  const color = textOf(raw.color).trim();
  const address = textOf(raw.url).trim();
  const background: NonNullable<EventFile['background']> = {};
  if (color) {
    if (isSafeCssColor(color)) background.color = color;
    else
      warn(
        slide.at('background.color'),
        `${describeUrl(color)} is not a plain CSS colour (a hex code, rgb(), hsl() or a colour name): dropped`
      );
  }
  if (address) {
    const url = httpUrl(address);
    if (url) background.url = url;
    else
      warn(
        slide.at('background.url'),
        `${describeUrl(address)} is not an http(s) address: dropped`
      );
  }
  return background.color || background.url ? background : undefined;
}
