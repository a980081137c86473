/**
 * Month and weekday names, one table per language, as running text writes them: the date
 * resolver reads them and the synthetic generator (scripts/synthetic/generate.js) writes them.
 *
 * Plain JavaScript with JSDoc types, not TypeScript, on purpose: the generator is a script that
 * Node runs as is, and Node 20 (which package.json's engines allow) cannot import a .ts file.
 * TypeScript reads the types from the JSDoc (tsconfig's allowJs and checkJs), so the resolver
 * imports this module like any other. Labels shown to readers come from date-fns' locales
 * (format.ts); calendar-words.spec.ts checks these tables agree with them.
 */

/** @typedef {'fr' | 'en'} DateLanguage */

/**
 * @typedef {object} CalendarWords
 * @property {readonly string[]} months January first, as written in a sentence.
 * @property {readonly string[]} weekdays Sunday first (index 0 = Sunday, as Date.getUTCDay).
 * @property {readonly string[]} monthsWithDay Short forms that house style writes before a day
 *   ("Sept. 5" in AP style); the same as `months` where the language has none.
 */

/** @type {readonly DateLanguage[]} */
export const DATE_LANGUAGES = ['fr', 'en'];

/** @type {Readonly<Record<DateLanguage, CalendarWords>>} */
export const CALENDAR_WORDS = {
  fr: {
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre'
    ],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    monthsWithDay: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre'
    ]
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December'
    ],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    // The Associated Press abbreviates six months before a day and spells out the five short
    // ones: "Sept. 5", "Aug. 30", but "July 5".
    monthsWithDay: [
      'Jan.',
      'Feb.',
      'March',
      'April',
      'May',
      'June',
      'July',
      'Aug.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.'
    ]
  }
};

/**
 * The language whose date words a language tag uses ("en-GB" → "en", "fr" → "fr"), or undefined
 * when there is no table for it.
 * @param {string} tag a BCP 47 language tag, as a story or a document gives it
 * @returns {DateLanguage | undefined}
 */
export function dateLanguageOf(tag) {
  const primary = tag.split('-')[0]?.toLowerCase();
  return DATE_LANGUAGES.find((language) => language === primary);
}

/**
 * The name of a month (1–12) in a language.
 * @param {DateLanguage} language
 * @param {number} month 1–12
 * @returns {string}
 */
export function monthName(language, month) {
  const name = CALENDAR_WORDS[language].months[month - 1];
  if (name === undefined) throw new RangeError(`No month ${month}`);
  return name;
}

/**
 * The name of a weekday (0 = Sunday … 6 = Saturday) in a language.
 * @param {DateLanguage} language
 * @param {number} day 0–6
 * @returns {string}
 */
export function weekdayName(language, day) {
  const name = CALENDAR_WORDS[language].weekdays[day];
  if (name === undefined) throw new RangeError(`No weekday ${day}`);
  return name;
}
