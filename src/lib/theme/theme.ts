/**
 * The reader's choice of theme: the system's, light or dark, kept on the device
 * (localStorage). A stored choice is put on the page before its first paint by a script of
 * src/app.html's own, which does what `chooseTheme` does to the page (theme.spec.ts runs both
 * and compares): it sets `data-theme` on <html>, which sets CSS's `color-scheme` (see
 * src/app.css), and the content of <meta name="color-scheme">. With no choice, or without
 * JavaScript, the page follows the system.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'theme';

/** The choice in force on the page: the stored one, as app.html's script put it there. */
export const currentTheme = (): ThemeChoice =>
  (document.documentElement.dataset.theme as ThemeChoice | undefined) ?? 'system';

/** Puts `choice` on the page and keeps it on the device (the system's, as no choice). */
export function chooseTheme(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')!.content =
    choice === 'system' ? 'light dark' : choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // No storage (blocked, or a sandboxed frame): the choice holds for this page only.
  }
}
