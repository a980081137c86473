import { describe, expect, it } from 'vitest';
import { columnLetter, parseCsv } from './csv.ts';

const cells = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`${result.place}: ${result.message}`);
  return result.records.map((r) => r.cells);
};

describe('parseCsv: the dialect TimelineJS reads', () => {
  it.each([
    {
      name: 'commas and LF',
      text: 'a,b\n1,2',
      expected: [
        ['a', 'b'],
        ['1', '2']
      ]
    },
    {
      name: 'a trailing LF ends the last record',
      text: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2']
      ]
    },
    {
      name: 'CR LF between records',
      text: 'a,b\r\n1,2\r\n',
      expected: [
        ['a', 'b'],
        ['1', '2']
      ]
    },
    {
      name: 'lone CR between records',
      text: 'a,b\r1,2',
      expected: [
        ['a', 'b'],
        ['1', '2']
      ]
    },
    {
      name: 'CR LF between records, bare LF inside a quoted cell',
      text: 'a,b\r\n"one\ntwo",2\r\n',
      expected: [
        ['a', 'b'],
        ['one\ntwo', '2']
      ]
    },
    { name: '"" inside quotes', text: '"say ""hi""",x', expected: [['say "hi"', 'x']] },
    { name: 'commas inside quotes', text: '"a, b",c', expected: [['a, b', 'c']] },
    { name: 'empty unquoted cells are null', text: 'a,,b,', expected: [['a', null, 'b', null]] },
    { name: 'an empty quoted cell is ""', text: '"",x', expected: [['', 'x']] },
    { name: 'unquoted cells are trimmed', text: '  a  , b ', expected: [['a', 'b']] },
    { name: 'quoted cells keep their spaces', text: '" a ",b', expected: [[' a ', 'b']] },
    {
      name: 'a byte order mark is not part of the first header',
      text: '\uFEFFYear,Month',
      expected: [['Year', 'Month']]
    }
  ])('$name', ({ text, expected }) => {
    expect(cells(text)).toEqual(expected);
  });

  it('numbers records as a spreadsheet numbers rows, whatever their line breaks', () => {
    const result = parseCsv('h1,h2\r\n"multi\nline",x\r\nlast,y\r\n');
    expect(result.ok && result.records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4]
    ]);
  });

  it('says where a quoted cell opens that never closes', () => {
    expect(parseCsv('Year,Headline\n2020,ok\n2021,"never closed\n2022,x\n')).toEqual({
      ok: false,
      place: 'line 3, column 6',
      message: 'a quoted cell opens here and is never closed (a " is missing)'
    });
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [18, 'S'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA']
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
