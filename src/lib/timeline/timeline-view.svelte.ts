/**
 * The state of one timeline on screen: scale mode, zoom and pan, size. It lives in the story's
 * layout, so it survives opening and closing events. Shared with the marks through context.
 */
import { getContext, setContext } from 'svelte';
import {
  IDENTITY,
  centreOn,
  clampPan,
  compressGaps,
  createDayScale,
  linearSegments,
  mergeIntervals,
  zoomAt,
  type DayScale,
  type Segments,
  type ViewTransform
} from './scale.ts';
import type { StoryLinks } from '../paths.ts';
import { queryTerms, SearchIndex } from '../story/search.ts';
import { eventRange } from './event-range.ts';
import type { TimelineData } from './timeline-data.ts';
import { DEFAULT_VIEW_OPTIONS, laneShown, viewSearch, type ViewOptions } from './view-options.ts';

export { eventRange };

export type ScaleMode = 'compressed' | 'linear';

/** The largest zoom gives a day this many px, at least. */
const MAX_PX_PER_DAY = 320;
export const ZOOM_STEP = 1.5;
const PAD_START = 12;

export class TimelineView {
  mode: ScaleMode = $state('compressed');
  /** Always replaced whole, never changed in place: raw, so reading it costs no proxy. */
  transform: ViewTransform = $state.raw(IDENTITY);
  /** The length of the time axis on screen, px (width, or height on a phone). */
  length = $state(960);
  /**
   * The view options in the URL: the scale, a search, the lanes shown. Set once the script runs
   * (a prerendered page is the same file whatever its query string), from the address.
   */
  options: ViewOptions = $state.raw(DEFAULT_VIEW_OPTIONS);
  /** The options as a query string ("?echelle=lineaire&q=kim"), kept on every link. */
  search: string = $derived(viewSearch(this.options));

  /** The story's timeline: all its events, or (a long story, before they arrive) none. */
  data: TimelineData = $state.raw()!;
  /** False while a long story's events are on their way (see load). */
  ready: boolean = $derived(this.data.events.length === this.data.count);
  /** Why the events could not be fetched, if they could not. */
  failure: string | undefined = $state();
  /** Each event's index, by slug (made anew with the data, never changed: not reactive). */
  index: ReadonlyMap<string, number> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.data.events.map((e, i) => [e.slug, i]))
  );
  /** Whether each lane (by index) is shown. */
  lanesShown: boolean[] = $derived(this.data.lanes.map((lane) => laneShown(this.options, lane.id)));
  /** Whether some lane is hidden: then only the others' events are drawn, listed and stepped. */
  lanesFiltered: boolean = $derived(this.lanesShown.includes(false));
  /**
   * Whether the event at an index is in a lane shown, while some lane is hidden (else
   * undefined: every event is). What the layouts call for each event near the screen: the
   * lanes and the events are read once here, not on each call.
   */
  inShownLane: ((index: number) => boolean) | undefined = $derived.by(() => {
    if (!this.lanesFiltered) return undefined;
    const { lanesShown } = this;
    const { events } = this.data;
    return (index) => lanesShown[events[index]!.lane]!;
  });

  /** The search's words, folded ("choigou"); none when there is no search. */
  terms: string[] = $derived(queryTerms(this.options.query));
  /** The story's words, indexed once they arrive (see loadSearch). */
  searchIndex: SearchIndex | undefined = $state.raw();
  /** Why the story's words could not be had, if they could not. */
  searchFailure: string | undefined = $state();
  /**
   * For each event, whether it matches the search (1) or not (0); undefined when there is no
   * search, or its words are on their way.
   */
  matches: Uint8Array | undefined = $derived.by(() => this.#filter(this.terms, this.searchIndex));
  /** A search is active and answered: the timeline dims the rest, the list shows the matches. */
  searching: boolean = $derived(this.matches !== undefined);

  /** The events ← / → step through, in order: the search's matches, in the lanes shown. */
  steps: number[] = $derived.by(() => {
    const { matches, inShownLane } = this;
    const steps: number[] = [];
    for (let i = 0; i < this.data.events.length; i++)
      if ((!matches || matches[i]) && (!inShownLane || inShownLane(i))) steps.push(i);
    return steps;
  });

  /** The days the lanes shown cover: what the compressed axis keeps. */
  #covered = $derived.by(() => {
    if (!this.lanesFiltered) return this.data.covered;
    const spans = this.data.events.filter((e) => this.lanesShown[e.lane]).map((e) => e.outer ?? e);
    return spans.length ? mergeIntervals(spans) : this.data.covered;
  });
  segments: Segments = $derived.by(() =>
    this.mode === 'linear'
      ? linearSegments(this.data.extent)
      : // An event takes all the days it may cover: the article's wider span too.
        compressGaps(this.#covered, this.data.extent)
  );
  /** Room kept after the last day, so its label shows when the whole story is in view. */
  padEnd: number = $derived(Math.min(180, Math.round(this.length * 0.14)));
  /** The story's first and last px at zoom 1. */
  content = $derived({ start: PAD_START, end: this.length - this.padEnd });
  /** The day scale at zoom 1: days → px. */
  base: DayScale = $derived(createDayScale(this.segments, this.length, PAD_START, this.padEnd));
  /** The deepest zoom of a drawing with a scale of its own: the phone's (phone-scale.ts). */
  zoomLimit: number | undefined = $state();
  maxK: number = $derived(
    this.zoomLimit ??
      Math.max(
        1,
        MAX_PX_PER_DAY / ((this.length - this.padEnd) / (this.segments.positions.at(-1) || 1))
      )
  );

  /** Where marks, the panel and the list link to: the site's pages or the embed's. */
  readonly links: StoryLinks;

  constructor(data: TimelineData, links: StoryLinks) {
    this.data = data;
    this.links = links;
  }

  /** Fetches a long story's events (from /<story>/timeline.json), once. */
  async load(href: string, fetcher: typeof fetch = fetch) {
    if (this.ready) return;
    try {
      const response = await fetcher(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { events } = (await response.json()) as Pick<TimelineData, 'events'>;
      if (!Array.isArray(events) || events.length !== this.data.count)
        throw new Error(
          `${Array.isArray(events) ? events.length : 0} events, ${this.data.count} expected`
        );
      this.data = { ...this.data, events };
      this.failure = undefined;
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  /**
   * Fetches the story's words for the search (from /<story>/search.json) and indexes them,
   * once: when a reader first uses the search box, or opens a link with a search.
   */
  async loadSearch(href: string, fetcher: typeof fetch = fetch) {
    if (this.searchIndex || this.#searchLoading) return;
    this.#searchLoading = true;
    try {
      const response = await fetcher(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { words } = (await response.json()) as { words: string[] };
      if (!Array.isArray(words) || words.length !== this.data.count)
        throw new Error(
          `${Array.isArray(words) ? words.length : 0} events, ${this.data.count} expected`
        );
      const start = performance.now();
      this.searchIndex = SearchIndex.build(words);
      performance.measure('search-index', { start });
      this.searchFailure = undefined;
    } catch (error) {
      this.searchFailure = (error as Error).message;
    } finally {
      this.#searchLoading = false;
    }
  }
  #searchLoading = false;

  #filter(terms: string[], index: SearchIndex | undefined): Uint8Array | undefined {
    if (terms.length === 0 || !index) return undefined;
    const start = performance.now();
    const matches = new Uint8Array(index.size);
    for (const i of index.match(terms)) matches[i] = 1;
    // What the bench reads: the time a keystroke's filtering takes.
    performance.measure('search-filter', { start });
    return matches;
  }

  /** Sets the view options (from the address); a new scale shows the whole story again. */
  setOptions(options: ViewOptions) {
    if (JSON.stringify(options) !== JSON.stringify(this.options)) this.options = options;
    this.setMode(options.linear ? 'linear' : 'compressed');
  }

  /** Days → px at zoom 1, remembered: the layout asks for the same days on every frame. */
  #basePx: Map<number, number> = $derived.by(() => {
    void this.base;
    // A cache, made anew with each scale: nothing reads it reactively.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map();
  });

  /** A day's left edge at zoom 1, px. */
  basePos = (day: number): number => {
    let px = this.#basePx.get(day);
    if (px === undefined) this.#basePx.set(day, (px = this.base(day)));
    return px;
  };

  /** A day's left edge on screen, under the current zoom and pan. */
  pos = (day: number): number => this.transform.k * this.basePos(day) + this.transform.x;

  /**
   * `pos` for one frame's layout of thousands of events: the zoom, the pan and the scale are
   * read once (each read of reactive state has a cost), not twice per event.
   */
  framePos(transform: ViewTransform = this.transform): (day: number) => number {
    const { k, x } = transform;
    const cache = this.#basePx;
    const base = this.base;
    return (day) => {
      let px = cache.get(day);
      if (px === undefined) cache.set(day, (px = base(day)));
      return k * px + x;
    };
  }

  /** The day at a point of the screen (fractional), under the current (or another) transform. */
  dayAt = (px: number, transform: ViewTransform = this.transform): number =>
    this.base.invert((px - transform.x) / transform.k);

  /**
   * The indices [from, to) of the events that may be drawn between two points of the screen:
   * events are in order of their first day, and data.reach bounds how far each one's drawing
   * goes before and after that day.
   */
  rangeBetween(
    fromPx: number,
    toPx: number,
    transform: ViewTransform = this.transform
  ): [number, number] {
    return eventRange(this.data, this.dayAt(fromPx, transform), this.dayAt(toPx, transform));
  }

  /**
   * The transform the last zoomBy gave (a wheel, a pinch, a button, a key): while it is the
   * view's, that zoom may still go on, and the wide drawing stretches rather than lays out.
   */
  zoomed: ViewTransform | undefined = $state.raw();

  zoomBy(factor: number, anchor = this.length / 2) {
    const t = zoomAt(this.transform, factor, anchor, { minK: 1, maxK: this.maxK });
    this.transform = this.zoomed = clampPan(t, this.content.start, this.content.end);
  }

  /**
   * A new width for the axis (the panel opening beside it, a window resized): the zoom is kept
   * and the same days stay on screen, in the same places relative to its width.
   */
  resize(length: number) {
    if (length === this.length) return;
    const { k, x } = this.transform;
    const ratio = length / this.length;
    this.length = length;
    if (k !== 1 || x !== 0)
      this.transform = clampPan({ k, x: x * ratio }, this.content.start, this.content.end);
  }

  panBy(delta: number) {
    const t = { k: this.transform.k, x: this.transform.x + delta };
    this.transform = clampPan(t, this.content.start, this.content.end);
  }

  /**
   * The whole story; during a search, all its matches (as close as they allow). A drawing with
   * a scale of its own (the phone's, which sets zoomLimit) shows the whole story: it takes a few
   * screens, the matches marked in it.
   */
  showAll() {
    const steps = this.steps;
    if (!this.searching || steps.length === 0 || this.zoomLimit !== undefined) {
      this.transform = IDENTITY;
      return;
    }
    const events = this.data.events;
    let end = -Infinity;
    for (const i of steps) end = Math.max(end, events[i]!.outer?.end ?? events[i]!.end);
    const first = events[steps[0]!]!;
    this.zoomTo(Math.min(first.start, first.outer?.start ?? first.start), end, 0.85);
  }

  /** Zooms so that the days [start, end] fill this share of the view (as far as the zoom goes). */
  zoomTo(start: number, end: number, fill = 0.6) {
    const span = this.basePos(end + 1) - this.basePos(start);
    const k = Math.min(this.maxK, Math.max(1, (this.length * fill) / Math.max(span, 1e-6)));
    const centre = (this.basePos(start) + this.basePos(end + 1)) / 2;
    this.transform = centreOn(centre, this.length, k, this.content);
  }

  /** Pans (without zooming) so that the event is in view, if it is not. */
  reveal(slug: string, margin = 8) {
    const event = this.data.events[this.index.get(slug) ?? -1];
    if (!event) return;
    const x0 = this.pos(event.start);
    const x1 = this.pos(event.end + 1);
    if (x0 >= margin && x1 <= this.length - margin) return;
    const centre = (this.base(event.start) + this.base(event.end + 1)) / 2;
    this.transform = centreOn(centre, this.length, this.transform.k, this.content);
  }

  setMode(mode: ScaleMode) {
    if (mode === this.mode) return;
    this.mode = mode;
    this.transform = IDENTITY;
  }
}

const KEY = Symbol('timeline-view');

export function setTimelineView(view: TimelineView): TimelineView {
  return setContext(KEY, view);
}

export function getTimelineView(): TimelineView {
  return getContext<TimelineView>(KEY);
}
