import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
    '"text"',
    '{"events": [{"start_date": {"year": "-13800000000"}}]}'
  ])('finds nothing wrong in %s (JSON.parse agrees)', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it.each([
    {
      text: '{\n  "a": 1\n  "b": 2\n}',
      expected: {
        line: 3,
        column: 3,
        message: "expected ',' or '}' after a property's value, found ‘\"’"
      }
    },
    {
      text: '{"a": [1, 2,]}',
      expected: { line: 1, column: 12, message: "a ',' before ']' (JSON allows no trailing comma)" }
    },
    {
      text: '{"a": 1,\n}',
      expected: { line: 1, column: 8, message: "a ',' before '}' (JSON allows no trailing comma)" }
    },
    {
      text: "{'a': 1}",
      expected: {
        line: 1,
        column: 2,
        message: "expected a property name in double quotes, found ‘'’"
      }
    },
    {
      text: '{"a": "open',
      expected: {
        line: 1,
        column: 7,
        message: 'a string opens here and is never closed (a " is missing)'
      }
    },
    {
      text: '{"a": tru}',
      expected: {
        line: 1,
        column: 7,
        message: 'expected a value (a string, number, object, list, true, false or null), found ‘t’'
      }
    },
    {
      text: '{"a": 1}}',
      expected: { line: 1, column: 9, message: 'more text after the end of the JSON value: ‘}’' }
    },
    {
      text: '[1, 2',
      expected: {
        line: 1,
        column: 6,
        message: "expected ',' or ']' after a list item, found the end of the file"
      }
    }
  ])('places the mistake in $text', ({ text, expected }) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });

  it('says a text nested past any timeline is too deep rather than crash', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)?.message).toMatch(/nested too deeply|after a list item/);
  });
});
