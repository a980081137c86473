/**
 * Where a JSON text goes wrong, as "line 4, column 9" and what was expected there: Node's
 * JSON.parse gives a character offset for some mistakes and none for others, and only in its
 * own words. A small recursive reader of the JSON grammar (RFC 8259), run only on text that
 * JSON.parse refused.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string
  ) {
    super(reason);
  }
}

/** The first syntax error of a JSON text, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const found = () => (i >= text.length ? 'the end of the file' : `‘${text[i]}’`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else
      fail(
        `expected a value (a string, number, object, list, true, false or null), found ${found()}`
      );
  };
  const string = () => {
    const start = i;
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a line break or control character inside a string (write it as \\n)');
      if (text[i] === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('\\u must be followed by four hexadecimal digits');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          fail(`unknown escape \\${next ?? ''} in a string`);
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= text.length) fail('a string opens here and is never closed (a " is missing)', start);
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`expected a value, found ${found()}`);
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
        string();
        space();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${found()}`);
        i++;
        value();
        space();
        if (text[i] === ',') {
          const comma = i++;
          space();
          if (text[i] === '}') fail("a ',' before '}' (JSON allows no trailing comma)", comma);
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property's value, found ${found()}`);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          const comma = i++;
          space();
          if (text[i] === ']') fail("a ',' before ']' (JSON allows no trailing comma)", comma);
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after a list item, found ${found()}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(
      `expected a value (a string, number, object, list, true, false or null), found ${found()}`
    );
  };
  try {
    value();
    space();
    if (i < text.length) fail(`more text after the end of the JSON value: ${found()}`);
    return null;
  } catch (error) {
    // A recursion this deep ("[[[[…") is no timeline: say so rather than crash.
    if (error instanceof RangeError)
      return { line: 1, column: 1, message: 'lists or objects nested too deeply to read' };
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, message: error.reason };
  }
}
