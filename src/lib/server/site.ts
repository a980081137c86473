/**
 * The site's public origin, for canonical URLs and share previews, which must be absolute.
 * Read at build time from SITE_ORIGIN (e.g. https://chronologie.example.org); the default is
 * the preview server's, so that a local build previews correctly.
 */
export const DEFAULT_ORIGIN = 'http://localhost:4173';

export function siteOrigin(value: string | undefined = process.env.SITE_ORIGIN): string {
  const raw = value?.trim() || DEFAULT_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_ORIGIN=${JSON.stringify(raw)} is not a URL (expected e.g. https://example.org)`
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_ORIGIN=${JSON.stringify(raw)} must be an http(s) URL`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_ORIGIN=${JSON.stringify(raw)} must be an origin only; put a sub-folder in BASE_PATH`
    );
  return url.origin;
}
