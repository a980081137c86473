import { describe, expect, it } from 'vitest';
import {
  bootAfterPaint,
  jsonLdFromHead,
  PAINTED,
  READ_JSON_LD,
  scriptHash
} from './boot-after-paint';

/** app.html's theme script, as the page carries it. */
const THEME = `
      document.documentElement.dataset.script = '';
    `;

/** SvelteKit's boot script for bundleStrategy 'split', as render.js writes it (data shortened). */
const SPLIT_BOOT = `
				{
					__sveltekit_1ganmxl = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.BUJrfQ6M.js"),
						import("/_app/immutable/entry/app.BwRbcgCV.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 4],
							data: [{type:"data",data:{title:"import(\\"x\\") </p>"},uses:{}}],
							form: null,
							error: null
						});
					});
				}
			`;

/** The same for bundleStrategy 'single'. */
const SINGLE_BOOT = `
				{
					__sveltekit_6e29oy = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					import("/_app/immutable/bundle.__ZnljNt.js").then((app) => {
						app.start(element, {
							node_ids: [0, 4],
							data: [null],
							form: null,
							error: null
						})
					});
				}
			`;

/** A prerendered page as SvelteKit writes it: preloads and CSP in the head, boot at the end. */
function page(boot: string, preloads: string[], cspScripts = [THEME, boot]) {
  const hashes = cspScripts.map(scriptHash).join(' ');
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes}; object-src 'none'">
${preloads.map((href) => `\t\t<link href="${href}" rel="modulepreload">\n`).join('')}\t\t<link href="/_app/immutable/assets/0.css" rel="stylesheet">
    <script>${THEME}</script>
  </head>
  <body>
    <div class="app"><div style="display: contents"><main>…</main>
			<script>${boot}</script>
		</div></div>
  </body>
</html>`;
}

const SPLIT_PRELOADS = [
  '/_app/immutable/entry/start.BUJrfQ6M.js',
  '/_app/immutable/chunks/B1.js',
  '/_app/immutable/entry/app.BwRbcgCV.js',
  '/_app/immutable/nodes/4.js'
];

/** The inline scripts of a page, and the script sources its CSP allows. */
function read(html: string) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const csp = /content="([^"]*)"/.exec(html)?.[1] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
  return { scripts, scriptSrc, boot: scripts[1] ?? '' };
}

describe('bootAfterPaint', () => {
  it('has every import of the client wait for the first paint (split: both entries)', () => {
    const { boot } = read(bootAfterPaint(page(SPLIT_BOOT, SPLIT_PRELOADS)));
    expect(boot).toContain(PAINTED);
    expect(boot).toContain('painted.then(() => import("/_app/immutable/entry/start.BUJrfQ6M.js"))');
    expect(boot).toContain('painted.then(() => import("/_app/immutable/entry/app.BwRbcgCV.js"))');
    // No import is left that does not wait.
    expect(boot.match(/import\("/g)).toHaveLength(2);
    expect(boot.match(/painted\.then\(\(\) => import\(/g)).toHaveLength(2);
  });

  it('and the single bundle’s one import', () => {
    const { boot } = read(
      bootAfterPaint(page(SINGLE_BOOT, ['/_app/immutable/bundle.__ZnljNt.js']))
    );
    expect(boot).toContain(
      'painted.then(() => import("/_app/immutable/bundle.__ZnljNt.js")).then(nextTask).then('
    );
  });

  it('leaves the page’s data as it was, even where it reads like an import', () => {
    const { boot } = read(bootAfterPaint(page(SPLIT_BOOT, SPLIT_PRELOADS)));
    expect(boot).toContain('data: [{type:"data",data:{title:"import(\\"x\\") </p>"},uses:{}}]');
  });

  it('writes a script that parses, and that still reads the element it sits in at once', () => {
    const { boot } = read(bootAfterPaint(page(SPLIT_BOOT, SPLIT_PRELOADS)));
    expect(() => new Function(boot)).not.toThrow();
    // document.currentScript is only set while the script runs: read before any wait.
    expect(boot.indexOf('document.currentScript')).toBeLessThan(
      boot.indexOf('painted.then(() => import(')
    );
  });

  it('moves the module preloads from the <head> into the script, after the paint', () => {
    const html = bootAfterPaint(page(SPLIT_BOOT, SPLIT_PRELOADS));
    expect(html).not.toContain('modulepreload">');
    const { boot } = read(html);
    expect(boot).toContain(`for (const href of ${JSON.stringify(SPLIT_PRELOADS)})`);
    expect(boot).toContain("link.rel = 'modulepreload'");
    // The stylesheet stays: the first paint needs it.
    expect(html).toContain('<link href="/_app/immutable/assets/0.css" rel="stylesheet">');
  });

  it('allows the new boot script by its hash in place of the old one; the theme script’s stays', () => {
    const before = page(SPLIT_BOOT, SPLIT_PRELOADS);
    const after = bootAfterPaint(before);
    const { scripts, scriptSrc } = read(after);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(scriptSrc).toContain(scriptHash(script));
    expect(scriptSrc).not.toContain(scriptHash(SPLIT_BOOT));
    expect(scriptSrc).toContain(scriptHash(THEME));
    expect(scriptSrc).toHaveLength(3); // 'self', the theme's, the boot's
  });

  it('changes nothing else in the page', () => {
    const before = page(SINGLE_BOOT, []);
    const after = bootAfterPaint(before);
    const strip = (html: string) =>
      html.replace(/<script>[\s\S]*?<\/script>/g, '').replace(/'sha256-[^']*'/g, '');
    expect(strip(after)).toBe(strip(before));
  });

  it('leaves a page without SvelteKit’s boot script as it is', () => {
    const html = page('', [], [THEME]).replace('<script></script>', '');
    expect(bootAfterPaint(html)).toBe(html);
  });

  it('says so when the boot script is not allowed by its hash, rather than ship a page whose script would not run', () => {
    expect(() => bootAfterPaint(page(SINGLE_BOOT, [], [THEME]))).toThrow(
      'SvelteKit’s boot script is not allowed by its hash in the page’s CSP <meta>'
    );
  });
});

describe('PAINTED, the wait the boot script runs', () => {
  type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;
  /** Runs PAINTED with these browser APIs; returns its promise and whether it has resolved. */
  function run(api: { observer?: { types: string[]; onObserve: (callback: Callback) => void } }) {
    const frames: (() => void)[] = [];
    class Observer {
      static supportedEntryTypes = api.observer?.types ?? [];
      constructor(private callback: Callback) {}
      observe() {
        api.observer?.onObserve(this.callback);
      }
      disconnect() {}
    }
    const make = new Function(
      'window',
      'PerformanceObserver',
      'requestAnimationFrame',
      `${PAINTED}; return painted;`
    );
    const window = api.observer ? { PerformanceObserver: Observer } : {};
    const painted: Promise<void> = make(window, Observer, (f: () => void) => frames.push(f));
    const state = { resolved: false };
    void painted.then(() => (state.resolved = true));
    return { painted, state, frames };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('waits for the first contentful paint, not the first paint of nothing', async () => {
    let report: Callback = () => {};
    const { state } = run({ observer: { types: ['paint'], onObserve: (c) => (report = c) } });
    await tick();
    expect(state.resolved).toBe(false);
    report({ getEntriesByName: () => [] }); // 'first-paint' alone
    await tick();
    expect(state.resolved).toBe(false);
    report({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    await tick();
    expect(state.resolved).toBe(true);
  });

  it('where the browser has no paint timing, waits for the first frame', async () => {
    const { state, frames } = run({});
    await tick();
    expect(state.resolved).toBe(false);
    for (const frame of frames) frame();
    await tick();
    expect(state.resolved).toBe(true);
  });
});

describe('jsonLdFromHead', () => {
  const json =
    '{"@context":"https://schema.org","name":"Kim \\u003c Poutine","text":"a \\"quote\\""}';
  const head = `<head><script type="application/ld+json">${json}</script></head>`;
  const boot = (value: string) =>
    `kit.start(app, element, { data: [{type:"data",data:{title:"x",jsonLd:${value}},uses:{}}] });`;

  it('reads the page’s JSON-LD from its block in the head, where the data had it again', () => {
    const out = jsonLdFromHead(boot(JSON.stringify(json)), head);
    expect(out).toBe(boot(READ_JSON_LD));
    // …and that expression gives the same text back, in a page.
    const element = { textContent: json };
    const document = {
      querySelector: (selector: string) => selector.includes('ld+json') && element
    };
    expect(new Function('document', `return ${READ_JSON_LD}`)(document)).toBe(json);
  });

  it('leaves the data as it is when the head holds another text, or no block', () => {
    const other = boot(JSON.stringify(`${json} `));
    expect(jsonLdFromHead(other, head)).toBe(other);
    expect(jsonLdFromHead(boot(JSON.stringify(json)), '<head></head>')).toBe(
      boot(JSON.stringify(json))
    );
  });

  it('is what bootAfterPaint writes, with the policy’s hash for it', () => {
    const text = `{ __sveltekit_x = {}; import("/a.js"); kit.start(app, element, { data: [{type:"data",data:{jsonLd:${JSON.stringify(json)}},uses:{}}] }); }`;
    const html = `<meta http-equiv="content-security-policy" content="script-src ${scriptHash(text)}">${head}<body><script>${text}</script></body>`;
    const out = bootAfterPaint(html);
    expect(out).not.toContain(`jsonLd:${JSON.stringify(json)}`);
    expect(out).toContain(`jsonLd:${READ_JSON_LD}`);
    const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1]!;
    expect(out).toContain(scriptHash(script));
  });
});
