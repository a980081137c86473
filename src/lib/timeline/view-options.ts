/**
 * The view options a reader can share in a link: the scale (`?echelle=lineaire`), a search
 * (`?q=…`) and the lanes shown (`?voies=washington,moscou`). The one place that reads them from
 * the address and writes them back, so every link of the timeline keeps them alike.
 *
 * A prerendered page is the same file whatever its query string: these are read once the
 * script runs, never at build time.
 */
export interface ViewOptions {
  linear: boolean;
  /** The search, as typed (trimmed of nothing: the box shows what the address says). */
  query: string;
  /** The ids of the lanes shown, in the story's order; undefined: all of them. */
  lanes?: string[];
}

export const DEFAULT_VIEW_OPTIONS: ViewOptions = { linear: false, query: '' };

/** A query longer than this is cut: an address is no place for an essay. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads the options from the address. Unknown lane ids are dropped; when every lane of the
 * story is listed, or `voies` is absent, all are shown (lanes: undefined).
 */
export function readViewOptions(params: URLSearchParams, laneIds: readonly string[]): ViewOptions {
  const linear = params.get('echelle') === 'lineaire';
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const voies = params.get('voies');
  if (voies === null) return { linear, query };
  const wanted = new Set(voies.split(',').map((id) => id.trim()));
  const lanes = laneIds.filter((id) => wanted.has(id));
  return lanes.length === laneIds.length ? { linear, query } : { linear, query, lanes };
}

/**
 * The query string for the options ("" for the defaults), in a fixed order, so that the same
 * view always has the same address: "?echelle=lineaire&q=kim%20jong&voies=moscou,pyongyang".
 */
export function viewSearch(options: ViewOptions): string {
  const parts: string[] = [];
  if (options.linear) parts.push('echelle=lineaire');
  if (options.query.trim()) parts.push(`q=${encodeURIComponent(options.query)}`);
  // Lane ids are lowercase letters, digits and hyphens (the story schema): safe as they are.
  if (options.lanes) parts.push(`voies=${options.lanes.map(encodeURIComponent).join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Whether a lane is shown under these options. */
export const laneShown = (options: Pick<ViewOptions, 'lanes'>, laneId: string): boolean =>
  !options.lanes || options.lanes.includes(laneId);

/** The options with one lane shown or hidden, the story's lane order kept. */
export function toggleLane(
  options: ViewOptions,
  laneId: string,
  laneIds: readonly string[]
): ViewOptions {
  const shown = laneIds.filter((id) =>
    id === laneId ? !laneShown(options, id) : laneShown(options, id)
  );
  const { lanes: _, ...rest } = options;
  return shown.length === laneIds.length ? rest : { ...rest, lanes: shown };
}
