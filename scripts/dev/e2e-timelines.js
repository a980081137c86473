/**
 * The TimelineJS timelines that `npm run test:e2e` imports before its build
 * (scripts/dev/prepare-e2e.js), and that the e2e tests read: kept apart from the script, so
 * that a test reads this list without loading Vite.
 */

const TEMPLATES = 'node_modules/@knight-lab/timelinejs/src/template';
const PACKAGE_TESTS = 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__';

/** The generated newsroom timeline: its events, its seed, and the file it is written to. */
export const NEWSROOM_TIMELINE = {
  events: 400,
  seed: 1,
  file: '.generated/timelinejs/chronologie-400.json'
};

/**
 * The TimelineJS timelines the e2e build imports, each with the story id it gets. Its hours and
 * minutes are Paris time; the package's examples are in English.
 * @type {{ id: string, file: string, lang?: 'fr' | 'en', timeZone?: string }[]}
 */
export const IMPORTED_TIMELINES = [
  { id: 'chronologie-400', file: NEWSROOM_TIMELINE.file, lang: 'fr', timeZone: 'Europe/Paris' },
  { id: 'timelinejs-cosmo', file: `${TEMPLATES}/cosmo.json`, lang: 'en' },
  { id: 'timelinejs-cosmo-mixed', file: `${TEMPLATES}/cosmo-mixed.json`, lang: 'en' },
  { id: 'timelinejs-eras', file: `${TEMPLATES}/eras.json`, lang: 'en' },
  { id: 'timelinejs-all-media-types', file: `${TEMPLATES}/all-media-types.json`, lang: 'en' },
  { id: 'timelinejs-my-own-timeline', file: `${TEMPLATES}/my-own-timeline.csv`, lang: 'en' },
  {
    id: 'timelinejs-women-in-computing',
    file: `${PACKAGE_TESTS}/women_in_computing.csv`,
    lang: 'en'
  },
  { id: 'timelinejs-piegee', file: 'tests/fixtures/timelinejs/hostile.json', lang: 'fr' },
  { id: 'timelinejs-piegee-csv', file: 'tests/fixtures/timelinejs/hostile.csv', lang: 'fr' }
];
