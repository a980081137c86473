/**
 * A first paint with no framework script: the prerendered page already reads and draws the
 * whole timeline, so SvelteKit's client is fetched and started only once the page has painted.
 *
 * SvelteKit writes one inline boot script at the end of <body> that imports the client and
 * starts it (hydration); its CSP hash is in the page's <meta http-equiv="content-security-policy">.
 * `bootAfterPaint` rewrites that script so that each `import("…")` of the client waits for the
 * page's first contentful paint, and the app starts in a task after its modules' evaluation, and puts the new script's hash in place of the old one. The
 * `<link rel="modulepreload">`s that would fetch the client alongside the page leave the
 * <head>: the boot script adds them once the page has painted, so that a client of several
 * modules (bundleStrategy 'split') still comes in one round trip, not a chain of imports.
 */
import { createHash } from 'node:crypto';

/**
 * `painted` resolves once the browser has painted the page's first content (the Paint Timing
 * API's 'first-contentful-paint', reported once it is on screen); where that API is missing,
 * after the first animation frame. A hidden tab paints nothing, so its client starts when it
 * is first shown. `nextTask` hands a value on in a task of its own, so that the evaluation of
 * the client's modules and the start of the app (hydration) are two tasks, not one long one.
 * Plain ES2017, since it runs as it is written.
 */
export const PAINTED = [
  'const painted = new Promise((resolve) => {',
  "if ((window.PerformanceObserver && PerformanceObserver.supportedEntryTypes || []).includes('paint')) {",
  "const observer = new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); resolve(); } });",
  "observer.observe({ type: 'paint', buffered: true });",
  '} else requestAnimationFrame(() => setTimeout(resolve));',
  '});',
  'const nextTask = (value) => new Promise((resolve) => setTimeout(() => resolve(value)));'
].join(' ');

/** SvelteKit's boot script: the inline <script> that sets `__sveltekit_…` and calls `start(`. */
const BOOT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
/** The client's modules, imported by the boot script. */
const IMPORT = /\bimport\(("[^"]+")\)/g;
/** SvelteKit's module preloads, as it writes them in the <head>. */
const MODULE_PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
/** The page's CSP, as SvelteKit writes it in hash mode. */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The page's structured data as StructuredData.svelte writes it in the <head>. */
const JSON_LD_BLOCK = /<script type="application\/ld\+json">([^<]*)<\/script>/;
/** The same JSON-LD in the boot script's data: a string, which devalue writes as JSON writes it. */
const JSON_LD_DATA = /([{,])jsonLd:("(?:[^"\\]|\\.)*")/;
/** An expression of the boot script: the block's text, read once the <head> is parsed. */
export const READ_JSON_LD = `document.querySelector('script[type="application/ld+json"]').textContent`;

/**
 * The boot script's data with the page's JSON-LD read from the block in the <head>, not written
 * a second time (3–5 KB, escaped, before the first paint: the page's bytes): the client needs
 * it only to write the next event's into the head. Left as it is unless the two are exactly the
 * same text.
 */
export function jsonLdFromHead(boot: string, html: string): string {
  const block = JSON_LD_BLOCK.exec(html);
  const data = JSON_LD_DATA.exec(boot);
  if (!block || !data) return boot;
  let value: unknown;
  try {
    value = JSON.parse(data[2] ?? '');
  } catch {
    return boot;
  }
  if (value !== block[1]) return boot;
  return boot.replace(JSON_LD_DATA, (_, before: string) => `${before}jsonLd:${READ_JSON_LD}`);
}

/** The CSP source that allows an inline script of this text. */
export const scriptHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with its boot script waiting for the first paint, and its CSP allowing that script
 * instead of the one it replaces. A page without a boot script (csr off) is returned as it is;
 * a page whose boot script is not allowed by hash in a CSP <meta> is an error, since the page
 * would then start no script at all.
 */
export function bootAfterPaint(html: string): string {
  const boot = BOOT.exec(html);
  if (!boot) return html;
  const text = boot[1] ?? '';
  const imports = text.match(IMPORT) ?? [];
  if (imports.length === 0) throw new Error('SvelteKit’s boot script imports nothing');

  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
  const preload = preloads.length
    ? `\n\t\t\t\t\tpainted.then(() => { for (const href of ${JSON.stringify(preloads)}) { const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); } });\n`
    : '';
  const open = text.indexOf('{') + 1;
  const deferred = jsonLdFromHead(
    text.slice(0, open) +
      `\n\t\t\t\t\t${PAINTED}\n${preload}` +
      text
        .slice(open)
        .replace(IMPORT, (_, url: string) => `painted.then(() => import(${url})).then(nextTask)`),
    html
  );

  const csp = CSP_META.exec(html);
  const oldHash = scriptHash(text);
  if (!csp || !(csp[1] ?? '').includes(oldHash)) {
    throw new Error('SvelteKit’s boot script is not allowed by its hash in the page’s CSP <meta>');
  }
  const policy = (csp[1] ?? '').replace(oldHash, scriptHash(deferred));
  return html
    .replace(MODULE_PRELOAD, '')
    .replace(CSP_META, () => `<meta http-equiv="content-security-policy" content="${policy}">`)
    .replace(BOOT, () => `<script>${deferred}</script>`);
}
