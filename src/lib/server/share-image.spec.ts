import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE_SIZE as SHARE_IMAGE } from '../share.ts';
import { renderShareImage, renderShareSvg, type ShareCard } from './share-image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const long: ShareCard = {
  storyTitle: 'Réforme des retraites : le long feuilleton de l’été à l’Assemblée nationale',
  dateLabel: 'lundi 4 septembre 2023',
  title:
    'À Matignon, la Première ministre reçoit les syndicats et promet « une concertation sans tabou » sur l’âge légal, la pénibilité et l’emploi des seniors — une première depuis janvier',
  quote: {
    text: 'Nous ne reviendrons pas sur l’équilibre financier du système, mais tout ce qui concerne la pénibilité, les carrières longues, l’emploi des seniors et les fins de carrière hachées des femmes est sur la table ; c’est à la fois une question de justice et d’efficacité, et je l’assume pleinement devant les Français… Ça prendra le temps qu’il faudra, même au-delà de l’automne, même si certains à droite comme à gauche trouvent que c’est déjà trop long.',
    speaker: 'Élisabeth Borne, Première ministre',
    marks: { open: '«\u00a0', close: '\u00a0»' }
  },
  source: 'Dépêche AFP du mardi 5 septembre 2023 – mise à jour à 18 h 42'
};

const noQuote: ShareCard = {
  storyTitle: 'Grève à la SNCF',
  dateLabel: 'vendredi 1er décembre 2023',
  title: 'Le trafic reste très perturbé en Île-de-France, Noël s’annonce tendu',
  source: 'Le Monde, édition du samedi 2 décembre 2023 (avec Łukasz Wałęsa et Ștefan Dănescu)'
};

const hostile: ShareCard = {
  storyTitle: 'Tom &amp; Jerry <b>Inc.</b>',
  dateLabel: 'mardi 5 septembre 2023',
  title: 'Une faille <script>alert(1)</script> découverte chez « Dupont &amp; fils »',
  quote: {
    text: '<img src=x onerror=alert(1)> &lt;rien&gt; & "guillemets"',
    speaker: '<i>X</i>',
    marks: { open: '“', close: '”' }
  },
  source: 'Source: </svg><svg onload=alert(1)>'
};

function ihdrSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function expectShareCardPng(png: Uint8Array) {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  expect(ihdrSize(png)).toEqual(SHARE_IMAGE);
  expect(png.byteLength).toBeGreaterThan(10 * 1024);
  expect(png.byteLength).toBeLessThan(400 * 1024);
}

// The first render loads satori's layout engine and parses the fonts: allow for a busy machine.
describe('renderShareImage', { timeout: 30_000 }, () => {
  it('renders a long title and a long French quote as a 1200×630 PNG', async () => {
    expectShareCardPng(await renderShareImage(long));
  });

  it('renders a card without a quote', async () => {
    expectShareCardPng(await renderShareImage(noQuote));
  });

  it('renders markup-like text as text, without throwing', async () => {
    expectShareCardPng(await renderShareImage(hostile));
    const svg = await renderShareSvg(hostile);
    // Text is drawn as glyph paths: nothing from the input ends up as SVG markup.
    expect(svg).not.toMatch(/<script|<img|onerror|onload|<b>|<i>/i);
  });

  it('keeps every box inside the card', async () => {
    for (const card of [long, noQuote, hostile]) {
      const boxes: { left: number; top: number; width: number; height: number }[] = [];
      await renderShareSvg(card, (box) => boxes.push(box));
      expect(boxes.length).toBeGreaterThan(5);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left + box.width).toBeLessThanOrEqual(SHARE_IMAGE.width);
        expect(box.top + box.height).toBeLessThanOrEqual(SHARE_IMAGE.height);
      }
    }
  });
});
