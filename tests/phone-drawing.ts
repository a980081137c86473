import type { Page } from '@playwright/test';

/**
 * Until the phone's drawing is at rest: no zoom's drawing being built behind the one on screen,
 * nor the old one being emptied (src/lib/timeline/phone-buffer.ts: while they are, each event's
 * link is made anew in the other layer, and the hidden layer's links are not the reader's),
 * nothing stretched.
 */
export const phoneAtRest = (page: Page) =>
  page.waitForFunction(
    () => {
      const drawing = document.querySelector('.vertical-drawing');
      return !!drawing && !drawing.querySelector('g.layer[transform], g[data-buffer] a');
    },
    undefined,
    { polling: 'raf' }
  );
