/**
 * The state of one timeline on screen: scale mode, zoom and pan, size. It lives in the story's
 * layout, so it survives opening and closing events. Shared with the marks through context.
 */
import { getContext, setContext } from 'svelte';
import type { ScaleTime } from 'd3-scale';
import {
  IDENTITY,
  centreOn,
  clampPan,
  compressGaps,
  createTimeScale,
  dayToDate,
  linearSegments,
  zoomAt,
  type Segments,
  type ViewTransform
} from './scale.ts';
import type { StoryLinks } from '../paths.ts';
import type { TimelineData } from './model.ts';

export type ScaleMode = 'compressed' | 'linear';

/** The largest zoom gives a day this many px, at least. */
const MAX_PX_PER_DAY = 320;
export const ZOOM_STEP = 1.5;
const PAD_START = 12;

export class TimelineView {
  mode: ScaleMode = $state('compressed');
  transform: ViewTransform = $state(IDENTITY);
  /** The length of the time axis on screen, px (width, or height on a phone). */
  length = $state(960);
  /**
   * The view options in the URL ("?echelle=lineaire"), kept on every link. Set once the
   * script runs: a prerendered page is the same file whatever its query string.
   */
  search = $state('');

  readonly data: TimelineData;
  segments: Segments = $derived.by(() =>
    this.mode === 'linear'
      ? linearSegments(this.data.extent)
      : compressGaps(
          // An event takes all the days it may cover: the article's wider span too.
          this.data.events.map((e) => e.outer ?? e),
          this.data.extent
        )
  );
  /** Room kept after the last day, so its label shows when the whole story is in view. */
  padEnd: number = $derived(Math.min(180, Math.round(this.length * 0.14)));
  /** The story's first and last px at zoom 1. */
  content = $derived({ start: PAD_START, end: this.length - this.padEnd });
  /** The d3 time scale at zoom 1: days → px. */
  base: ScaleTime<number, number> = $derived(
    createTimeScale(this.segments, this.length, PAD_START, this.padEnd)
  );
  maxK: number = $derived(
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

  /** A day's left edge on screen, under the current zoom and pan. */
  pos = (day: number): number => this.transform.k * this.base(dayToDate(day)) + this.transform.x;

  zoomBy(factor: number, anchor = this.length / 2) {
    const t = zoomAt(this.transform, factor, anchor, { minK: 1, maxK: this.maxK });
    this.transform = clampPan(t, this.content.start, this.content.end);
  }

  panBy(delta: number) {
    const t = { k: this.transform.k, x: this.transform.x + delta };
    this.transform = clampPan(t, this.content.start, this.content.end);
  }

  showAll() {
    this.transform = IDENTITY;
  }

  /** Pans (without zooming) so that the event is in view, if it is not. */
  reveal(slug: string, margin = 8) {
    const event = this.data.events.find((e) => e.slug === slug);
    if (!event) return;
    const x0 = this.pos(event.start);
    const x1 = this.pos(event.end + 1);
    if (x0 >= margin && x1 <= this.length - margin) return;
    const centre = (this.base(dayToDate(event.start)) + this.base(dayToDate(event.end + 1))) / 2;
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
