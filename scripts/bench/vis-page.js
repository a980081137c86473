/**
 * The benchmark-only vis-timeline page: the same stories as our app, from their export
 * (/<id>/story.json), drawn by vis-timeline's standalone build, which injects its own CSS.
 * One page, index.html?data=<id>.json; it marks 'timeline-drawn' at the end of the first
 * redraw that vis shows (its first 'changed' event once its root is visible), with all items.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const MS_PER_DAY = 86_400_000;

/**
 * @typedef {{ id: string, label?: string }} ExportLane
 * @typedef {{ slug: string, title: string, short?: string, lane: string, date: { start: string, end: string } }} ExportEvent
 * @typedef {{ id: string, bounds?: { start: string, end: string }, lanes: ExportLane[], events: ExportEvent[] }} StoryExport
 * @typedef {{ id: string, content: string, start: string, end?: string, group: string }} VisItem
 * @typedef {{ items: VisItem[], groups: { id: string, content: string }[], start?: string, end?: string }} VisData
 */

/** The day after an ISO day: vis ends a range at an instant, so the last day is included. */
const nextDay = (/** @type {string} */ day) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Items and groups for vis-timeline: a single day is a box (no end), a span of days a range
 * whose end is the day after its last day.
 * @param {StoryExport} story
 * @returns {VisData}
 */
export function toVisData(story) {
  return {
    items: story.events.map((event) => ({
      id: event.slug,
      content: event.short || event.title,
      start: event.date.start,
      ...(event.date.end && event.date.end !== event.date.start
        ? { end: nextDay(event.date.end) }
        : {}),
      group: event.lane
    })),
    groups: story.lanes.map((lane) => ({ id: lane.id, content: lane.label ?? lane.id })),
    start: story.bounds?.start,
    end: story.bounds?.end && nextDay(story.bounds.end)
  };
}

/**
 * The options a newsroom would keep: stacked items in one group per lane, the story's period
 * in view. ctrl+wheel zooms (as in our app; a plain wheel scrolls the page) and drag pans;
 * zoomFriction makes one ctrl+wheel notch of the benchmark the same ×1.5 as in our app.
 * @param {number} zoomFriction
 */
export const visOptions = (zoomFriction) => ({
  stack: true,
  zoomKey: 'ctrlKey',
  zoomFriction
});

/** @param {Record<string, unknown>} options */
const html = (options) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>vis-timeline — benchmark</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
      h1 { font-size: 1.25rem; margin: 16px; }
      #timeline { margin: 0 16px; }
    </style>
    <script src="vis-timeline-graph2d.min.js"></script>
  </head>
  <body>
    <h1>vis-timeline</h1>
    <div id="timeline"></div>
    <script>
      const file = new URLSearchParams(location.search).get('data');
      fetch(file)
        .then((response) => response.json())
        .then((data) => {
          const container = document.getElementById('timeline');
          const options = Object.assign(${JSON.stringify(options)}, {
            start: data.start,
            end: data.end
          });
          const timeline = new vis.Timeline(
            container,
            new vis.DataSet(data.items),
            new vis.DataSet(data.groups),
            options
          );
          window.benchTimeline = timeline;
          // The window's span at load, then after each change: to check the zooms (×1.5 each).
          const span = () => timeline.getWindow().end - timeline.getWindow().start;
          window.benchSpans = [span()];
          timeline.on('rangechanged', () => window.benchSpans.push(span()));
          let changed = 0;
          // Registered after vis's own 'changed' handler, which shows the root after the first
          // redraw at the initial window: the first one seen visible is the first drawn.
          timeline.on('changed', () => {
            changed += 1;
            const root = container.querySelector('.vis-timeline');
            if (
              performance.getEntriesByName('timeline-drawn').length === 0 &&
              root && root.style.visibility === 'visible'
            )
              performance.mark('timeline-drawn', { detail: { changed, items: data.items.length } });
          });
        })
        .catch((error) => {
          window.benchError = String(error);
        });
    </script>
  </body>
</html>
`;

/**
 * Writes the page, vis-timeline's standalone build and one data file per story into dir.
 * @param {string} dir
 * @param {StoryExport[]} stories
 * @param {number} zoomFriction
 * @returns {{ version: string, script: string }}
 */
export function writeVisPage(dir, stories, zoomFriction) {
  mkdirSync(dir, { recursive: true });
  const manifest = require.resolve('vis-timeline/package.json');
  const pkgDir = path.dirname(manifest);
  const script = 'standalone/umd/vis-timeline-graph2d.min.js';
  copyFileSync(path.join(pkgDir, script), path.join(dir, 'vis-timeline-graph2d.min.js'));
  writeFileSync(path.join(dir, 'index.html'), html(visOptions(zoomFriction)));
  for (const story of stories)
    writeFileSync(path.join(dir, `${story.id}.json`), JSON.stringify(toVisData(story)));
  return { version: JSON.parse(readFileSync(manifest, 'utf8')).version, script };
}
