/**
 * The broken stories the build must refuse, for the tests (stories.spec.ts and the Vite plugin's):
 * one row per fault, each a change to one of the two valid stories of fixtures/stories/ and the
 * exact messages it must produce. The tests write them to a folder of their own
 * (writeBrokenStories) and read them back as the build does, so every message is checked with
 * the file it names.
 *
 * The valid stories are data, edited by hand; every offset a change gives is found in the text
 * (`at`), never typed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoryFile } from '../story/schema.ts';

/** The valid stories the broken ones are made from, one folder each. */
export const VALID_STORIES = fileURLToPath(new URL('./fixtures/stories/', import.meta.url));

type ValidStory = 'valid' | 'valid-without-documents';

export interface BrokenStory {
  /** The folder's name, and the story's id. */
  name: string;
  /** The valid story it is made from: by default "valid" (one French dispatch). */
  from?: ValidStory;
  /** What is wrong: a change to a copy of the valid story. */
  change?: (story: StoryFile) => void;
  /** The folder's texts, in place of the valid story's, when the fault is in a document. */
  texts?: Record<string, string>;
  /** story.json's own text, when the fault is in the file itself (then there is no change). */
  storyJson?: string;
  /** The exact messages, in order, each after "<its story.json>: ". */
  expected: string[];
}

/** A valid story's file and its documents' texts, as on disk. */
export function readValidStory(name: ValidStory): {
  story: StoryFile;
  texts: Record<string, string>;
} {
  const dir = path.join(VALID_STORIES, name);
  const story = JSON.parse(readFileSync(path.join(dir, 'story.json'), 'utf8')) as StoryFile;
  const texts = Object.fromEntries(
    story.documents.map(({ file }) => [file, readFileSync(path.join(dir, file), 'utf8')])
  );
  return { story, texts };
}

/** Where a needle stands in a text, in UTF-16 code units, end exclusive. */
function at(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return { start, end: start + needle.length };
}

const event = (story: StoryFile, index: number) => story.events[index]!;
/** Gives a field a value its type forbids: the fault itself. */
const force = (target: object, key: string, value: unknown) => {
  (target as Record<string, unknown>)[key] = value;
};
const drop = (target: object, key: string) => {
  Reflect.deleteProperty(target, key);
};

const ARTICLE = readValidStory('valid').texts['article.fr.txt']!;
const SECOND_SENTENCE = 'Mardi, il est parti.';

/**
 * The valid story whose second sentence says something else: its passage follows, and its date
 * expression too when one is given (else the expression stays "Mardi").
 */
function retold(sentence: string, expression?: string): Pick<BrokenStory, 'texts' | 'change'> {
  const article = ARTICLE.replace(SECOND_SENTENCE, sentence);
  return {
    texts: { 'article.fr.txt': article },
    change: (s) => {
      const departure = event(s, 1);
      departure.passages[0] = { document: 'depeche', text: sentence, ...at(article, sentence) };
      if (expression)
        departure.date.expression = {
          document: 'depeche',
          text: expression,
          ...at(article, expression)
        };
    }
  };
}

/** The valid story told in English, from one English dispatch. */
const ENGLISH_ARTICLE =
  'On Monday, the minister said “we are leaving” to the press. He will leave next Tuesday.';
function inEnglish(s: StoryFile) {
  const span = (text: string) => ({ document: 'dispatch', text, ...at(ENGLISH_ARTICLE, text) });
  s.title = 'A short story';
  s.language = 'en';
  Object.assign(s.documents[0]!, { id: 'dispatch', file: 'article.en.txt', language: 'en' });
  Object.assign(s.actors[0]!, { name: 'The minister', role: 'minister' });
  const [announces, leaves] = [event(s, 0), event(s, 1)];
  Object.assign(announces, {
    slug: 'the-minister-announces',
    title: 'The minister announces he is leaving',
    summary: 'He says so.',
    passages: [span('On Monday, the minister said “we are leaving” to the press.')],
    quotes: [{ id: 'we-are-leaving', ...span('we are leaving'), speaker: 'ministre' }]
  });
  announces.date.expression = span('On Monday');
  Object.assign(leaves, {
    slug: 'the-minister-leaves',
    title: 'The minister leaves',
    summary: 'He leaves.',
    passages: [span('He will leave next Tuesday.')]
  });
  // "next Tuesday" in the text, "Tuesday" alone as the expression: the date would be wrong.
  leaves.date.expression = span('Tuesday');
}

const UNATTACHED =
  'documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes';
const RICH_TEXT_SUBSET =
  '(allowed: <p>, <br>, <em>, <strong>, <ul>, <ol>, <li>, <a href="http(s)://…">)';

export const BROKEN_STORIES: BrokenStory[] = [
  {
    name: 'missing-field',
    change: (s) => drop(event(s, 1), 'title'),
    expected: ['events[1].title: required field is missing']
  },
  {
    name: 'impossible-date',
    change: (s) => Object.assign(event(s, 1).date, { start: '2023-02-30', end: '2023-02-30' }),
    expected: [
      'events[1].date.start: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)',
      'events[1].date.end: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)'
    ]
  },
  {
    name: 'end-before-start',
    change: (s) => {
      const { date } = event(s, 1);
      Object.assign(date, { start: '2023-09-05', end: '2023-09-03', precision: 'days' });
      drop(date, 'expression');
      date.evidence = {
        note: 'Une source.',
        sources: [{ outlet: 'AFP', published: '2023-09-05' }]
      };
    },
    expected: ['events[1].date.end: 2023-09-03 is before start 2023-09-05']
  },
  {
    name: 'quote-not-in-article',
    change: (s) => {
      event(s, 0).quotes[0]!.text = 'nous restons';
    },
    expected: ['events[0].quotes[0].text: not found in article.fr.txt', UNATTACHED]
  },
  {
    name: 'offsets-point-elsewhere',
    change: (s) => Object.assign(event(s, 0).quotes[0]!, { start: 0, end: 12 }),
    expected: [
      'events[0].quotes[0]: offsets 0–12 of article.fr.txt point to "Lundi, le mi", not to the text, which is at 30–42',
      UNATTACHED
    ]
  },
  {
    name: 'duplicate-slug',
    change: (s) => {
      event(s, 1).slug = 'le-ministre-annonce';
    },
    expected: ['events[1].slug: duplicate slug "le-ministre-annonce" (also events[0])']
  },
  {
    name: 'unknown-actor',
    change: (s) => {
      event(s, 0).quotes[0]!.speaker = 'president';
      event(s, 1).actors.push('president');
    },
    expected: [
      'events[0].quotes[0].speaker: unknown actor "president" (not in actors)',
      'events[1].actors[1]: unknown actor "president" (not in actors)'
    ]
  },
  {
    // With an empty article nothing can be checked against it: the emptiness is the message.
    name: 'empty-article',
    texts: { 'article.fr.txt': '' },
    expected: ['documents[0].file: article.fr.txt is empty']
  },
  {
    name: 'wrong-types',
    change: (s) => {
      force(s, 'title', 42);
      force(event(s, 0).date, 'start', 20230904);
      force(event(s, 0), 'quotes', {});
      force(s.actors[0]!, 'kind', 'robot');
    },
    expected: [
      'title: expected string, got 42',
      'actors[0].kind: expected ("person" | "institution" | "country" | "outlet"), got "robot"',
      'events[0].date.start: expected string, got 20230904',
      'events[0].quotes: expected Array, got Object'
    ]
  },
  {
    name: 'quotation-not-attached',
    change: (s) => {
      event(s, 0).quotes = [];
    },
    expected: [UNATTACHED]
  },
  {
    name: 'date-outside-bounds',
    change: (s) => {
      const { date } = event(s, 1);
      Object.assign(date, { start: '2023-09-12', end: '2023-09-12' });
      drop(date, 'expression');
      date.evidence = {
        note: 'Plus tard.',
        sources: [{ outlet: 'Reuters', published: '2023-09-13' }]
      };
    },
    expected: [
      "events[1].date: 2023-09-12…2023-09-12 lies outside the story's bounds 2023-09-01…2023-09-05"
    ]
  },
  {
    name: 'date-disagrees-with-article',
    change: (s) => Object.assign(event(s, 0).date, { start: '2023-09-03', end: '2023-09-03' }),
    expected: [
      'events[0].date: 2023-09-03…2023-09-03 is outside 2023-09-04…2023-09-04, what "Lundi" means on 2023-09-05'
    ]
  },
  {
    name: 'undated-without-evidence',
    change: (s) => drop(event(s, 1).date, 'expression'),
    expected: [
      'events[1].date.evidence: required when no document gives a date expression (cite the sources that establish the date)'
    ]
  },
  {
    name: 'invalid-json',
    storyJson: '{ id: "mini" }\n',
    expected: ["invalid JSON at line 1, column 3: Expected property name or '}'"]
  },
  {
    name: 'every-error-listed',
    change: (s) => {
      event(s, 1).slug = 'le-ministre-annonce';
      event(s, 0).quotes[0]!.text = 'nous restons';
      event(s, 1).actors = ['inconnu'];
      Object.assign(event(s, 1).date, { start: '2023-09-06', end: '2023-09-04' });
    },
    expected: [
      'events[0].quotes[0].text: not found in article.fr.txt',
      'events[1].slug: duplicate slug "le-ministre-annonce" (also events[0])',
      'events[1].actors[0]: unknown actor "inconnu" (not in actors)',
      'events[1].date.end: 2023-09-04 is before start 2023-09-06',
      UNATTACHED
    ]
  },
  {
    name: 'shape-and-content-errors',
    change: (s) => {
      event(s, 1).date.start = '2023-02-30';
      event(s, 0).quotes[0]!.text = 'nous restons';
    },
    expected: [
      'events[1].date.start: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)',
      'events[0].quotes[0].text: not found in article.fr.txt'
    ]
  },
  {
    // "Mardi dernier" in the article, "Mardi" alone as the expression: the date would be wrong.
    name: 'expression-cut-short',
    ...retold('Mardi dernier, il est parti.'),
    expected: [
      'events[1].date.expression: "Mardi" is cut short: article.fr.txt says "Mardi dernier"'
    ]
  },
  {
    name: 'english-expression-cut-short',
    texts: { 'article.en.txt': ENGLISH_ARTICLE },
    change: inEnglish,
    expected: [
      'events[1].date.expression: "Tuesday" is cut short: article.en.txt says "next Tuesday"'
    ]
  },
  {
    name: 'quoted-words-not-in-article',
    change: (s) => {
      event(s, 0).summary = 'Il dit « nous partirons » à la presse.';
    },
    expected: [
      'events[0].summary: "nous partirons" is in quotation marks but in no document (article.fr.txt)'
    ]
  },
  {
    name: 'actor-in-no-lane',
    change: (s) => {
      s.lanes = [{ id: 'paris', label: 'Paris', represents: ['Italie'] }];
    },
    expected: ['actors[0].represents: "France" is in no lane (see lanes)']
  },
  {
    name: 'top-level-error-hides-nothing',
    change: (s) => {
      force(s.documents[0]!, 'credit', 5);
      event(s, 0).quotes[0]!.text = 'nous restons';
    },
    expected: [
      'documents[0].credit: expected string, got 5',
      'events[0].quotes[0].text: not found in article.fr.txt',
      UNATTACHED
    ]
  },
  {
    name: 'root-not-an-object',
    storyJson: '[]\n',
    expected: ['(root): expected a JSON object, got an array']
  },
  {
    name: 'publication-time-without-zone',
    change: (s) => {
      s.documents[0]!.published.time = '21:44';
    },
    expected: [
      'documents[0].published.timeZone: a time needs its time zone, and a time zone its time'
    ]
  },
  {
    name: 'unknown-time-zone',
    change: (s) =>
      Object.assign(s.documents[0]!.published, { time: '21:44', timeZone: 'Mars/Olympus' }),
    expected: ['documents[0].published.timeZone: unknown IANA time zone "Mars/Olympus"']
  },
  {
    name: 'unresolvable-expression',
    ...retold('Au lendemain du vote, il est parti.', 'Au lendemain du vote'),
    expected: [
      'events[1].date.expression.text: cannot resolve "Au lendemain du vote" against 2023-09-05: not an expression the resolver knows (see README, "How dates are read")'
    ]
  },
  {
    name: 'vague-expression-without-evidence',
    ...retold('Dans les prochains jours, il partira.', 'Dans les prochains jours'),
    expected: [
      'events[1].date.expression.text: "Dans les prochains jours" is vague (expression vague : un moment après la publication (2023-09-05), sans jour précis): a vague expression cannot date an event by itself: cite evidence'
    ]
  },
  {
    name: 'quote-not-verbatim',
    change: (s) => {
      event(s, 0).quotes[0]!.text = 'nous partons ';
    },
    expected: ['events[0].quotes[0].text: not found in article.fr.txt', UNATTACHED]
  },
  {
    name: 'reserved-slug',
    change: (s) => {
      event(s, 1).slug = 'article';
    },
    expected: ['events[1].slug: "article" is an address the site uses itself; choose another']
  },
  {
    // Two lanes with one id would share the timeline's row and its key.
    name: 'duplicate-lane-id',
    change: (s) => {
      s.lanes = [
        { id: 'paris', label: 'Paris', represents: ['France'] },
        { id: 'paris', label: 'Rome', represents: ['Italie'] }
      ];
    },
    expected: ['lanes[1].id: duplicate lane "paris" (also lanes[0])']
  },
  {
    // Without "lanes", each "represents" makes a lane, its id made from it: "France" and
    // "FRANCE" make one.
    name: 'lane-ids-collide',
    change: (s) => {
      s.actors.push({
        id: 'ministere',
        name: 'Le ministère',
        kind: 'institution',
        role: 'ministère',
        represents: 'FRANCE'
      });
    },
    expected: [
      'actors[1].represents: "FRANCE" makes the lane id "france", as "France" does (actors[0].represents); write them alike, or list the lanes in lanes'
    ]
  },

  // The faults of the model of many documents (issue 13).
  {
    name: 'unknown-document',
    change: (s) => {
      event(s, 1).passages[0]!.document = 'autre-depeche';
    },
    expected: [
      'events[1].passages[0].document: unknown document "autre-depeche" (not in documents)'
    ]
  },
  {
    name: 'offsets-beyond-document',
    change: (s) => Object.assign(event(s, 1).passages[0]!, { start: 70, end: 90 }),
    expected: [
      'events[1].passages[0]: offsets 70–90 are not a span of article.fr.txt (77 characters)'
    ]
  },
  {
    // An event no document reports must say what it rests on: evidence, or the newsroom's own text.
    name: 'event-without-basis',
    change: (s) => {
      event(s, 1).passages = [];
    },
    expected: [
      'events[1].passages: stands on no passage: give passages, evidence (the sources that report it) or claim status "editorial"'
    ]
  },
  {
    name: 'time-without-zone',
    change: (s) => Object.assign(event(s, 1).date, { precision: 'time', time: '14:30' }),
    expected: [
      'events[1].date.timeZone: a time needs its time zone (an IANA zone such as "Asia/Vladivostok")'
    ]
  },
  {
    name: 'zone-without-time',
    change: (s) => {
      event(s, 1).date.timeZone = 'Europe/Paris';
    },
    expected: ['events[1].date.timeZone: only a date of precision "time" has a timeZone']
  },
  {
    name: 'image-outside-folder',
    change: (s) => {
      event(s, 1).media = [{ file: '../../secret.jpg', alt: 'Un secret' }];
    },
    expected: [
      'events[1].media[0].file: "../../secret.jpg" is outside the story\'s folder (give a path inside it, such as "media/photo.jpg")'
    ]
  },
  {
    name: 'image-not-raster',
    change: (s) => {
      event(s, 1).media = [{ file: 'media/carte.svg', alt: 'Une carte' }];
    },
    expected: [
      'events[1].media[0].file: "media/carte.svg" is not an image the site shows (.jpg, .jpeg, .png, .webp, .gif or .avif)'
    ]
  },
  {
    name: 'image-not-in-media-folder',
    change: (s) => {
      event(s, 1).media = [{ file: 'photo.jpg', alt: 'Une photo' }];
    },
    expected: [
      'events[1].media[0].file: "photo.jpg" is not in the story\'s media folder (put the image there, such as "media/photo.jpg")'
    ]
  },
  {
    name: 'image-not-found',
    change: (s) => {
      event(s, 1).media = [{ file: 'media/absente.jpg', alt: 'Absente' }];
    },
    expected: ['events[1].media[0].file: "media/absente.jpg" not found in the story\'s folder']
  },
  {
    // A media address is only ever a link: http or https, nothing else.
    name: 'media-url-not-http',
    change: (s) => {
      event(s, 1).media = [{ url: 'ftp://exemple.fr/photo', caption: 'Ailleurs' }];
    },
    expected: ['events[1].media[0].url: must be http or https']
  },
  {
    name: 'period-ends-before-start',
    change: (s) => {
      s.periods = [
        { id: 'la-semaine', label: 'La semaine', start: '2023-09-05', end: '2023-09-01' }
      ];
    },
    expected: ['periods[0].end: 2023-09-01 is before start 2023-09-05']
  },
  {
    // The story's actors place an event: a lane of its own must agree with theirs (one truth).
    name: 'lane-disagrees-with-actor',
    change: (s) => {
      s.lanes = [
        { id: 'paris', label: 'Paris', represents: ['France'] },
        { id: 'rome', label: 'Rome', represents: ['Italie'] }
      ];
      event(s, 0).lane = 'rome';
      event(s, 1).lane = 'paris';
    },
    expected: [
      'events[0].lane: "rome", but its actor "ministre" is in lane "paris": leave lane out (the actor places the event) or make them agree'
    ]
  },

  // The fields of an imported TimelineJS timeline (issue 14), made from the valid story with no
  // documents and no actors, its events in listed lanes, all the newsroom's own text.
  {
    name: 'event-without-lane',
    from: 'valid-without-documents',
    change: (s) => drop(event(s, 1), 'lane'),
    expected: [
      "events[1].lane: required for an event without actors (the id of one of the story's lanes)"
    ]
  },
  {
    name: 'lane-without-lanes',
    from: 'valid-without-documents',
    change: (s) => drop(s, 'lanes'),
    expected: [
      'events[0].lane: "guerre" names a lane, but the story lists none (list them in lanes)',
      'events[1].lane: "espace" names a lane, but the story lists none (list them in lanes)'
    ]
  },
  {
    name: 'unknown-lane',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 0).lane = 'paix';
    },
    expected: ['events[0].lane: unknown lane "paix" (not in lanes)']
  },
  {
    name: 'body-outside-subset',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 0).body = '<p>Elle dure.<script>alert(1)</script></p>';
    },
    expected: [`events[0].body: outside the rich-text subset: <script> ${RICH_TEXT_SUBSET}`]
  },
  {
    name: 'introduction-outside-subset',
    from: 'valid-without-documents',
    change: (s) => {
      s.introduction =
        '<p onclick="alert(1)">Une <a href="javascript:alert(1)">chronologie</a>.</p>';
    },
    expected: [
      `introduction: outside the rich-text subset: onclick, javascript: link ${RICH_TEXT_SUBSET}`
    ]
  },
  {
    name: 'background-color-unsafe',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 0).background = { color: 'red;background:url(https://exemple.fr/x)' };
    },
    expected: [
      'events[0].background.color: "red;background:url(https://exemple.fr/x)" is not a colour the site can draw (a hex colour such as #1a2b3c, rgb() or hsl() of numbers, or a CSS colour name)'
    ]
  },
  {
    name: 'background-empty',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 0).background = {};
    },
    expected: ['events[0].background: give a color or a url (an image address, shown as a link)']
  },
  {
    name: 'background-url-not-http',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 1).background = { url: 'javascript:alert(1)' };
    },
    expected: ['events[1].background.url: must be http or https']
  },
  {
    name: 'imported-event-not-editorial',
    from: 'valid-without-documents',
    change: (s) => {
      event(s, 0).claim = { status: 'established' };
    },
    expected: [
      'events[0].date.evidence: required when no document gives a date expression (cite the sources that establish the date)',
      'events[0].passages: stands on no passage: give passages, evidence (the sources that report it) or claim status "editorial"'
    ]
  }
];

/** A broken story's files: story.json and its texts, by file name. */
export function brokenStoryFiles(broken: BrokenStory): Record<string, string> {
  const valid = readValidStory(broken.from ?? 'valid');
  const story = structuredClone(valid.story);
  story.id = broken.name;
  broken.change?.(story);
  return {
    'story.json': broken.storyJson ?? `${JSON.stringify(story, null, 2)}\n`,
    ...(broken.texts ?? valid.texts)
  };
}

/** Writes each broken story to <root>/<name>/, as a story folder of content/ would be. */
export function writeBrokenStories(root: string, stories = BROKEN_STORIES): void {
  for (const broken of stories) {
    const dir = path.join(root, broken.name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(brokenStoryFiles(broken)))
      writeFileSync(path.join(dir, file), text);
  }
}
