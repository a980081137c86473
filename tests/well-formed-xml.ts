/**
 * A strict XML 1.0 parser's verdict (saxes: well-formedness, namespaces, the characters XML
 * forbids), for the feeds' tests, unit and e2e: the first error, or undefined when it accepts.
 */
import { SaxesParser } from 'saxes';

export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | undefined;
  parser.on('error', (e) => {
    first ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    first ??= String(e);
  }
  return first;
}
