/**
 * Writes sample share cards to look at, and logs each one's size and rendering time:
 *   node scripts/dev/share-card-samples.js [dir]   (default: bench-results/share-cards)
 * A tool, not a test: src/lib/server/share-image.spec.ts checks the cards.
 * Loads the TypeScript renderer through Vite's SSR loader, as the build does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const dir = resolve(process.argv[2] ?? 'bench-results/share-cards');
mkdirSync(dir, { recursive: true });

const cards = {
  sample: {
    storyTitle: 'Réforme des retraites : le long feuilleton de l’été à l’Assemblée nationale',
    dateLabel: 'lundi 4 septembre 2023',
    title:
      'À Matignon, la Première ministre reçoit les syndicats et promet « une concertation sans tabou » sur l’âge légal, la pénibilité et l’emploi des seniors',
    quote: {
      text: 'Nous ne reviendrons pas sur l’équilibre financier du système, mais tout ce qui concerne la pénibilité, les carrières longues et l’emploi des seniors est sur la table.',
      speaker: 'Élisabeth Borne, Première ministre',
      marks: { open: '«\u00a0', close: '\u00a0»' }
    },
    source: 'Dépêche AFP du mardi 5 septembre 2023'
  },
  'no-quote': {
    storyTitle: 'Grève à la SNCF',
    dateLabel: 'vendredi 1er décembre 2023',
    title: 'Le trafic reste très perturbé en Île-de-France, Noël s’annonce tendu',
    source: 'Le Monde, édition du samedi 2 décembre 2023'
  },
  markup: {
    storyTitle: 'Tom &amp; Jerry <b>Inc.</b>',
    dateLabel: 'mardi 5 septembre 2023',
    title: 'Une faille <script>alert(1)</script> découverte',
    quote: {
      text: '<img src=x onerror=alert(1)> & "guillemets"',
      speaker: '<i>X</i>',
      marks: { open: '“', close: '”' }
    },
    source: 'Source: </svg><svg onload=alert(1)>'
  }
};

const vite = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  configFile: false,
  logLevel: 'error'
});
try {
  const { renderShareImage } = await vite.ssrLoadModule('/src/lib/server/share-image.ts');
  for (const [name, card] of Object.entries(cards)) {
    const start = performance.now();
    const png = await renderShareImage(card);
    const ms = performance.now() - start;
    const file = join(dir, `share-card-${name}.png`);
    writeFileSync(file, png);
    console.log(`${file}: ${png.byteLength} bytes, ${ms.toFixed(0)} ms`);
  }
} finally {
  await vite.close();
}
