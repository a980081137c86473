/**
 * The files of tests/fixtures/stories/histoire-piegee/: a test-only story whose titles, quotes,
 * speakers and article carry markup, script, javascript: text, entities, right-to-left overrides,
 * emoji and a 10,000-character quote. It must render as text and run nothing.
 *
 * Offsets are found in the text, never typed: JavaScript's indexes are the UTF-16 code units the
 * offsets count (an emoji takes two). `node scripts/dev/make-test-stories.js` writes the folder;
 * test-stories.spec.ts checks the folder is what this makes, byte for byte.
 */

export const FOLDER = 'tests/fixtures/stories/histoire-piegee';

const LONG_SENTENCE =
  "Le témoin raconte ce qu'il a vu ce soir-là, sans reprendre son souffle, " +
  'et chaque phrase en appelle une autre ';
/** Ten thousand characters, ending on a letter, with no quotation mark to close it early. */
const LONG_QUOTE = `${LONG_SENTENCE.repeat(Math.floor(10_000 / LONG_SENTENCE.length) + 1)
  .slice(0, 10_000)
  .trimEnd()}x`.slice(0, 10_000);

const RLO = '\u202e';
const PDF = '\u202c';
const Q1 = '<script>alert("citation")</script>';
const Q2 =
  '<img src=x onerror="alert(1)"> &amp; &lt;b&gt;gras&lt;/b&gt; <a href="javascript:alert(2)">lien</a>';
const Q3 = `${RLO}ecnerèffid al tse’c${PDF} — 🚀🇫🇷👩🏽‍🚀`;

const ARTICLE =
  `Mardi, le titre «${Q1}» a circulé sur les réseaux.\n\n` +
  `Un internaute a écrit «${Q2}» lundi.\n\n` +
  `Un militant a déclaré «${Q3}» hier.\n\n` +
  `Un témoin a raconté «${LONG_QUOTE}».`;

const DOC = 'depeche-piegee';

function span(needle: string) {
  const start = ARTICLE.indexOf(needle);
  if (start === -1) throw new Error(`not in the article: ${needle.slice(0, 40)}`);
  return { document: DOC, text: needle, start, end: start + needle.length };
}
const quote = (id: string, needle: string, speaker: string) => {
  const { document, text, start, end } = span(needle);
  return { id, document, text, start, end, speaker };
};

const CITATION = {
  outlet: '<b>Agence</b> « piégée » &amp;',
  site: 'example.org',
  url: 'https://example.org/?q=<script>alert(8)</script>',
  published: '2020-03-10',
  excerpt: '</script><script>alert(7)</script>'
};

const STORY = {
  id: 'histoire-piegee',
  title: '<script>alert("titre")</script> Une histoire piégée &amp; 🚀',
  language: 'fr',
  documents: [
    {
      id: DOC,
      file: 'article.fr.txt',
      title: '<script>alert("document")</script> Une dépêche',
      outlet: '<i>AFP</i>',
      credit: '"><svg onload=alert(9)>',
      language: 'fr',
      published: { date: '2020-03-10' },
      url: 'https://example.org/?q="><script>alert(15)</script>'
    }
  ],
  bounds: { start: '2020-03-01', end: '2020-03-10' },
  periods: [
    {
      id: 'periode-piegee',
      label: '<img src=x onerror=alert(16)> Une période',
      start: '2020-03-09',
      end: '2020-03-10'
    }
  ],
  actors: [
    {
      id: 'robert',
      name: '<b onmouseover=alert(5)>Robert</b>',
      kind: 'person',
      role: `${RLO}elôr${PDF} javascript:alert(10)`,
      represents: 'Pays <x>'
    },
    { id: 'temoin', name: 'Témoin 👩🏽‍🚀', kind: 'person', role: 'témoin', represents: 'Pays <x>' }
  ],
  lanes: [{ id: 'pays', label: '"><svg onload=alert(6)>', represents: ['Pays <x>'] }],
  events: [
    {
      slug: 'titre-script',
      title: '<script>alert("titre")</script> Un titre',
      short: `${RLO}tiurb${PDF} <img src=x onerror=alert(11)>`,
      summary: 'Un résumé avec <img src=x onerror=alert(3)> et javascript:alert(4) et &lt;i&gt;.',
      date: { start: '2020-03-10', end: '2020-03-10', precision: 'day', expression: span('Mardi') },
      actors: ['robert'],
      claim: { status: 'stated', by: 'robert' },
      passages: [span(`Mardi, le titre «${Q1}» a circulé sur les réseaux.`)],
      quotes: [quote('citation-script', Q1, 'robert')]
    },
    {
      slug: 'image-piegee',
      title: 'Une image <img src=x onerror=alert(12)>',
      summary: 'Entités &amp; &lt;b&gt; et un lien javascript:alert(13).',
      date: { start: '2020-03-09', end: '2020-03-09', precision: 'day', expression: span('lundi') },
      actors: ['robert'],
      claim: { status: 'reported', outlet: '<b>Réseau</b>' },
      passages: [span(`Un internaute a écrit «${Q2}» lundi.`)],
      quotes: [quote('citation-image', Q2, 'robert')],
      media: [
        {
          url: 'https://example.org/"><script>alert(17)</script>',
          caption: '<b>Légende</b> piégée',
          credit: '"><svg onload=alert(18)>'
        }
      ]
    },
    {
      slug: 'texte-inverse',
      title: `Texte ${RLO}esrevni${PDF} et émojis 🚀🇫🇷`,
      summary: `Un militant écrit à l’envers ${RLO}ici${PDF} et avec des émojis 👩🏽‍🚀.`,
      date: { start: '2020-03-09', end: '2020-03-09', precision: 'day', expression: span('hier') },
      actors: ['temoin'],
      claim: { status: 'stated', by: 'temoin' },
      passages: [span(`Un militant a déclaré «${Q3}» hier.`)],
      quotes: [quote('citation-inverse', Q3, 'temoin')]
    },
    {
      slug: 'citation-longue',
      title: 'Une citation de dix mille caractères',
      summary: 'Le témoin parle longtemps.',
      date: {
        start: '2020-03-10',
        end: '2020-03-10',
        precision: 'day',
        evidence: { note: 'Une source <script>alert(14)</script>.', sources: [CITATION] }
      },
      actors: ['temoin'],
      claim: { status: 'stated', by: 'temoin' },
      passages: [span('Un témoin a raconté')],
      quotes: [quote('citation-longue', LONG_QUOTE, 'temoin')]
    }
  ]
};

/** The folder's files, by path inside it. */
export function files(): Record<string, string | Uint8Array> {
  return {
    'article.fr.txt': ARTICLE,
    'story.json': `${JSON.stringify(STORY, null, 2)}\n`
  };
}
