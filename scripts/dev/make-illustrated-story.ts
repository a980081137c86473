/**
 * The files of tests/fixtures/stories/histoire-illustree/: the test-only story of the document
 * pages and the panel's blocks (two documents, one in English with a url; a tiny PNG in its
 * media folder; an outside image; a hostile caption and credit; a time in Vladivostok; an event
 * on evidence; an editorial one).
 *
 * Offsets are found in the texts (JavaScript's indexes are the UTF-16 code units they count),
 * never typed. `node scripts/dev/make-test-stories.js` writes the folder; test-stories.spec.ts
 * checks the folder is what this makes, byte for byte.
 */
import { crc32, deflateSync } from 'node:zlib';

export const FOLDER = 'tests/fixtures/stories/histoire-illustree';

/** A width × height PNG of red pixels, made here (no image tool needed). */
export function redPng(width: number, height: number): Uint8Array {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from('cc2222'.repeat(width), 'hex')]);
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a sample, truecolour, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
      chunk('IEND', Buffer.alloc(0))
    ])
  );
}

const FR =
  'Lundi, la ministre a déclaré «le port rouvrira» devant la presse. Le port a rouvert mardi.\n';
const EN = 'The harbour master said the first ship was “already in sight” as the port reopened.\n';
const TEXTS: Record<string, string> = { 'depeche-fr': FR, 'dispatch-en': EN };

function span(document: string, needle: string) {
  const text = TEXTS[document]!;
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`not in ${document}: ${needle}`);
  return { document, text: needle, start, end: start + needle.length };
}

const HOSTILE = '<img src=x onerror=alert("légende")> <script>alert(1)</script>';
const TASS = { outlet: 'TASS', url: 'https://tass.com/economy/0000000', published: '2023-09-06' };

const STORY = {
  id: 'histoire-illustree',
  title: 'Le port rouvre (histoire de test : sources, images, rédaction)',
  language: 'fr',
  documents: [
    {
      id: 'depeche-fr',
      file: 'depeche.fr.txt',
      title: 'Le port rouvre',
      outlet: 'AFP',
      credit: 'AFP',
      language: 'fr',
      published: { date: '2023-09-05', time: '18:30', timeZone: 'Europe/Paris' }
    },
    {
      id: 'dispatch-en',
      file: 'dispatch.en.txt',
      title: 'Harbour reopens',
      outlet: 'Reuters',
      credit: 'Reuters',
      language: 'en',
      published: { date: '2023-09-06' },
      url: 'https://www.reuters.com/world/harbour-reopens/'
    }
  ],
  bounds: { start: '2023-09-01', end: '2023-09-07' },
  actors: [
    {
      id: 'ministre',
      name: 'La ministre',
      kind: 'person',
      role: 'ministre des Transports',
      represents: 'France'
    },
    {
      id: 'capitaine',
      name: 'Le capitaine du port',
      kind: 'person',
      role: 'capitaine du port',
      represents: 'Port'
    }
  ],
  events: [
    {
      slug: 'la-ministre-annonce',
      title: 'La ministre annonce la réouverture',
      summary: 'Elle annonce que le port rouvrira.',
      date: {
        start: '2023-09-04',
        end: '2023-09-04',
        precision: 'day',
        expression: span('depeche-fr', 'Lundi')
      },
      actors: ['ministre'],
      claim: { status: 'announced', by: 'ministre' },
      passages: [
        span('depeche-fr', 'Lundi, la ministre a déclaré «le port rouvrira» devant la presse.')
      ],
      quotes: [
        { ...span('depeche-fr', 'le port rouvrira'), id: 'ministre-rouvrira', speaker: 'ministre' }
      ],
      media: [
        {
          file: 'media/carte.png',
          alt: 'Carte du port (trois points rouges)',
          caption: `Légende piégée : ${HOSTILE}`,
          credit: 'Crédit <b>gras</b>'
        },
        {
          url: 'https://images.example.org/port.jpg',
          alt: 'Le port vu du ciel',
          caption: 'Photo d’une agence',
          credit: 'Agence'
        }
      ]
    },
    {
      slug: 'le-premier-navire-arrive',
      title: 'Le premier navire arrive',
      summary: 'Le premier navire est en vue à la réouverture.',
      date: {
        start: '2023-09-06',
        end: '2023-09-06',
        precision: 'time',
        time: '09:15',
        timeZone: 'Asia/Vladivostok',
        evidence: {
          note: 'L’heure est celle de la capitainerie.',
          sources: [{ outlet: 'Reuters', site: 'reuters.com', published: '2023-09-06' }]
        }
      },
      actors: ['capitaine'],
      claim: { status: 'stated', by: 'capitaine' },
      passages: [span('dispatch-en', EN.trim())],
      quotes: [
        {
          ...span('dispatch-en', 'already in sight'),
          id: 'capitaine-en-vue',
          speaker: 'capitaine',
          translation: { en: 'already in sight' }
        }
      ]
    },
    {
      slug: 'le-port-rouvre',
      title: 'Le port rouvre',
      summary: 'Le port a rouvert.',
      date: {
        start: '2023-09-05',
        end: '2023-09-05',
        precision: 'day',
        expression: span('depeche-fr', 'mardi')
      },
      actors: ['ministre'],
      claim: { status: 'established' },
      passages: [span('depeche-fr', 'Le port a rouvert mardi.')],
      quotes: []
    },
    {
      slug: 'bilan-de-la-redaction',
      title: 'Bilan de la rédaction',
      summary: 'Une semaine de fermeture, résumée par la rédaction.',
      date: {
        start: '2023-09-07',
        end: '2023-09-07',
        precision: 'day',
        evidence: {
          note: 'Le jour où la rédaction écrit ce bilan.',
          sources: [{ outlet: 'La rédaction' }]
        }
      },
      actors: ['ministre'],
      claim: { status: 'editorial' },
      passages: [],
      quotes: []
    },
    {
      slug: 'les-dockers-saluent',
      title: 'Les dockers saluent la réouverture',
      summary: 'Les dockers saluent la réouverture du port.',
      date: {
        start: '2023-09-06',
        end: '2023-09-06',
        precision: 'day',
        evidence: { note: 'Selon la dépêche de TASS du 6 septembre.', sources: [TASS] }
      },
      actors: ['capitaine'],
      claim: { status: 'reported', outlet: 'TASS' },
      passages: [],
      quotes: [],
      evidence: {
        note: 'Aucune des sources de l’histoire ne le rapporte ; TASS et l’agence Interfax, si.',
        sources: [TASS, { outlet: 'Interfax' }]
      }
    }
  ]
};

/** The folder's files, by path inside it. */
export function files(): Record<string, string | Uint8Array> {
  return {
    'media/carte.png': redPng(3, 2),
    ...Object.fromEntries(STORY.documents.map((d) => [d.file, TEXTS[d.id]!])),
    'story.json': `${JSON.stringify(STORY, null, 2)}\n`
  };
}
