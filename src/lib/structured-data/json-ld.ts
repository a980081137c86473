/**
 * JSON-LD written into a page's `<script type="application/ld+json">`. The browser reads a
 * script element's text raw, up to the first `</script`: story text ("</script>", "<!--")
 * must not reach it as such. JSON.stringify, then `<`, `>`, `&` and the two line separators
 * U+2028 and U+2029 as JSON's own `\uXXXX` escapes, which JSON.parse reads back as the same
 * characters: the text holds no markup at all, and is the same data.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}
