/** How a page looks as far as its theme goes, for the e2e tests. */
import type { Page } from '@playwright/test';

export interface ThemeLook {
  /** Whether the page's background is dark or light (or not painted at all). */
  background: 'dark' | 'light' | 'none';
  /** CSS's `color-scheme` on <html> (what form controls and scroll bars follow). */
  scheme: string;
  /** The content of <meta name="color-scheme">. */
  meta: string | null;
}

/**
 * The look of the document it runs in. Plain JavaScript, so that an init script can run it
 * too (before the page's own scripts).
 */
export function lookOfDocument(): ThemeLook {
  const root = getComputedStyle(document.documentElement);
  const [r, g, b, alpha] = (root.backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  const luma = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  return {
    background: alpha === 0 ? 'none' : luma < 0.5 ? 'dark' : 'light',
    scheme: root.colorScheme,
    meta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null
  };
}

export const look = (page: Page) => page.evaluate(lookOfDocument);

/** The look of a page with a chosen theme, or with none ("light dark": the system's). */
export const chosen = (theme: 'light' | 'dark'): ThemeLook => ({
  background: theme,
  scheme: theme,
  meta: theme
});
export const system = (theme: 'light' | 'dark'): ThemeLook => ({
  background: theme,
  scheme: 'light dark',
  meta: 'light dark'
});
