/**
 * What the marks say, to the eye and to assistive technology, for both drawings. A mark's
 * accessible name starts with the words it shows (WCAG 2.5.3, label in name), so that a reader
 * who says what they see ("cliquer 12 événements") reaches it.
 */
import { clusterDaysLabel } from './day-labels.ts';
import type { FrenchNames } from './ticks.ts';

/** What a cluster's round mark shows: its count, or "99+" past 99 (three characters fit in it). */
export const clusterCount = (count: number): string => (count > 99 ? '99+' : String(count));

/** A cluster's label, and its name's start: "12 événements, du 2 au 4 décembre 2020". */
export const clusterLabel = (
  count: number,
  start: number,
  end: number,
  names: FrenchNames
): string => `${count} événements, ${clusterDaysLabel(start, end, names)}`;

/**
 * A cluster's accessible name: what it shows, its days, and what a click does. It starts with
 * the count shown in the round mark: "12 événements, le 3 décembre 2020 : zoomer"; past 99,
 * "99+ : 137 événements, du 2 au 4 décembre 2020 : zoomer".
 */
export function clusterName(
  cluster: { count: number; start: number; end: number },
  names: FrenchNames,
  /** The title of the event a click opens, when no zoom can part the cluster; else it zooms. */
  opens?: string
): string {
  const label = clusterLabel(cluster.count, cluster.start, cluster.end, names);
  const shown = clusterCount(cluster.count);
  const lead = label.startsWith(`${shown} `) ? label : `${shown} : ${label}`;
  return `${lead} : ${opens === undefined ? 'zoomer' : `ouvrir le premier, « ${opens} »`}`;
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
  event: { label: string; title: string; dateLabel: string }
): string {
  if (!shown) return `${event.dateLabel} : ${event.title}`;
  const words = shown.endsWith('…') ? shown.slice(0, -1) : shown;
  const lead = event.label.startsWith(words) ? event.label : shown;
  return `${lead} — ${event.dateLabel}${event.title === lead ? '' : ` : ${event.title}`}`;
}
