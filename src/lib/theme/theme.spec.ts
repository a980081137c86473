import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTheme, currentTheme, THEME_KEY, type ThemeChoice } from './theme';

const template = readFileSync('src/app.html', 'utf8');
/** The script of app.html's <head> that puts a stored choice on the page before its first paint. */
const headScript = /<script>([\s\S]*?)<\/script>/.exec(template)![1]!;
const initialScheme = /<meta name="color-scheme" content="([^"]*)"/.exec(template)![1]!;

/** A page as far as the theme goes: <html>'s data-theme, <meta name="color-scheme">, a storage. */
function fakePage(stored: Record<string, string> = {}, blocked = false) {
  const meta = { content: initialScheme };
  const root = { dataset: {} as Record<string, string | undefined> };
  const items = new Map(Object.entries(stored));
  const deny = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    meta,
    root,
    items,
    document: {
      documentElement: root,
      querySelector: (selector: string) => (selector === 'meta[name="color-scheme"]' ? meta : null)
    },
    localStorage: {
      getItem: (key: string) => (deny(), items.get(key) ?? null),
      setItem: (key: string, value: string) => (deny(), items.set(key, value)),
      removeItem: (key: string) => (deny(), items.delete(key))
    }
  };
}
type FakePage = ReturnType<typeof fakePage>;

/** Loads the page: app.html's script runs, as the browser runs it before the first paint. */
function load(page: FakePage) {
  new Function('document', 'localStorage', headScript)(page.document, page.localStorage);
  vi.stubGlobal('document', page.document);
  vi.stubGlobal('localStorage', page.localStorage);
  return page;
}
const shown = (page: FakePage) => ({ theme: page.root.dataset.theme, scheme: page.meta.content });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the theme', () => {
  it('follows the system when none is chosen: app.html says so to the browser', () => {
    expect(initialScheme).toBe('light dark');
    expect(shown(load(fakePage()))).toEqual({ theme: undefined, scheme: 'light dark' });
    expect(currentTheme()).toBe('system');
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['sepia', 'system']
  ] as const)(
    'stored as "%s", is put on the page before its first paint as %s',
    (stored, choice) => {
      const page = load(fakePage({ [THEME_KEY]: stored }));
      expect(currentTheme()).toBe(choice);
      expect(shown(page)).toEqual(
        choice === 'system'
          ? { theme: undefined, scheme: 'light dark' }
          : { theme: choice, scheme: choice }
      );
    }
  );

  it.each<ThemeChoice>(['light', 'dark', 'system'])(
    'chosen as %s, shows at once and is the same on the next page',
    (choice) => {
      const page = load(fakePage({ [THEME_KEY]: choice === 'dark' ? 'light' : 'dark' }));
      chooseTheme(choice);
      expect(currentTheme()).toBe(choice);
      const next = load(fakePage(Object.fromEntries(page.items)));
      expect(shown(next)).toEqual(shown(page));
      expect(currentTheme()).toBe(choice);
    }
  );

  it('without storage, follows the system, and a choice holds for the page', () => {
    const page = load(fakePage({}, true));
    expect(currentTheme()).toBe('system');
    chooseTheme('dark');
    expect(shown(page)).toEqual({ theme: 'dark', scheme: 'dark' });
  });
});
