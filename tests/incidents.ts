import type { Page } from '@playwright/test';

/**
 * Records, from now on, what hostile text must never cause on a page: a dialog (an alert, which
 * is dismissed), a page error, a request that leaves the site (`http://127.0.0.1`, where the
 * tests serve it; the schemes in `allow` besides), and with `csp`, a violation of the page's
 * Content-Security-Policy. The test expects the list to stay empty.
 */
export async function recordIncidents(
  page: Page,
  { allow = [] as string[], csp = false } = {}
): Promise<string[]> {
  const incidents: string[] = [];
  page.on('dialog', async (d) => {
    incidents.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => incidents.push(`error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://127.0.0.1') && !allow.some((scheme) => url.startsWith(scheme)))
      incidents.push(`request: ${url}`);
  });
  if (csp) {
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) incidents.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
      );
    });
  }
  return incidents;
}
