/**
 * What the marks say, to the eye and to assistive technology, for both drawings, in the page's
 * language. A mark's accessible name starts with the words it shows (WCAG 2.5.3, label in
 * name), so that a reader who says what they see ("cliquer 12 événements") reaches it.
 */
import type { Messages } from '../i18n/messages.ts';
import { clusterDaysLabel } from './day-labels.ts';
import { DAYS_PER_YEAR, formatNumber, type CalendarNames } from './ticks.ts';

/** What a cluster's round mark shows: its count, or "99+" past 99 (three characters fit in it). */
export const clusterCount = (count: number): string => (count > 99 ? '99+' : String(count));

/** A cluster's label, and its name's start: "12 événements, du 2 au 4 décembre 2020". */
export const clusterLabel = (
  count: number,
  start: number,
  end: number,
  names: CalendarNames,
  messages: Messages
): string =>
  messages.t('timeline.cluster', {
    count,
    days: clusterDaysLabel(start, end, names, messages)
  });

/**
 * A cluster's accessible name: what it shows, its days, and what a click does. It starts with
 * the count shown in the round mark: "12 événements, le 3 décembre 2020 : zoomer"; past 99,
 * "99+ : 137 événements, du 2 au 4 décembre 2020 : zoomer".
 */
export function clusterName(
  cluster: { count: number; start: number; end: number },
  names: CalendarNames,
  messages: Messages,
  /** The title of the event a click opens, when no zoom can part the cluster; else it zooms. */
  opens?: string
): string {
  const label = clusterLabel(cluster.count, cluster.start, cluster.end, names, messages);
  const shown = clusterCount(cluster.count);
  const lead = label.startsWith(`${shown} `)
    ? label
    : messages.t('timeline.clusterShown', { shown, label });
  const action =
    opens === undefined
      ? messages.t('timeline.clusterZoom')
      : messages.t('timeline.clusterOpen', { title: opens });
  return messages.t('timeline.clusterName', { lead, action });
}

/**
 * An event mark's accessible name: the words its label shows (its lines, joined by spaces),
 * then its date and, when the label is not the title, the title:
 * "Jake Sullivan met en garde Pyongyang — mardi 5 septembre 2023 : Jake Sullivan met en garde
 * la Corée du Nord". A label cut short ("… dit…") is named whole, so the name starts with the
 * words shown, without their ellipsis. A mark whose label is left out shows no words: its name
 * is its date and title.
 */
export function markName(
  shown: string,
  event: { label: string; title: string; dateLabel: string },
  messages: Messages
): string {
  const { dateLabel: date, title } = event;
  if (!shown) return messages.t('timeline.markUnlabelled', { date, title });
  const words = shown.endsWith('…') ? shown.slice(0, -1) : shown;
  const lead = event.label.startsWith(words) ? event.label : shown;
  return title === lead
    ? messages.t('timeline.markTitle', { lead, date })
    : messages.t('timeline.mark', { lead, date, title });
}

/**
 * The length of a compressed stretch, in the unit a reader counts it in: "≈ 5 jours",
 * "≈ 4 semaines", "≈ 3 mois", "≈ 2 ans", then in deep time "≈ 5 millénaires",
 * "≈ 4,5 millions d’années", "≈ 13,8 milliards d’années" (one decimal below 100).
 */
export function durationLabel(days: number, messages: Messages): string {
  if (days < 14) return messages.t('timeline.days', { count: days });
  if (days < 60) return messages.t('timeline.weeks', { count: Math.round(days / 7) });
  if (days < 365) return messages.t('timeline.months', { count: Math.round(days / 30.44) });
  const years = days / DAYS_PER_YEAR;
  if (years < 999.5) return messages.t('timeline.years', { count: Math.round(years) });
  const [key, unit] =
    years < 999_950
      ? (['timeline.millennia', 1e3] as const)
      : years < 999_950_000
        ? (['timeline.millionYears', 1e6] as const)
        : (['timeline.billionYears', 1e9] as const);
  const n = years / unit;
  const count = n < 99.95 ? Math.round(n * 10) / 10 : Math.round(n);
  // The count written as the language writes a decimal ("4,5"), which picks the plural form
  // where it reads as a number ("1" → one, "4.5" → other); translate writes integers only.
  return messages.t(key, { count: formatNumber(count, messages.lang) });
}
