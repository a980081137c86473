import { describe, expect, it } from 'vitest';
import { isSafeCssColor } from './css-color.ts';

describe('isSafeCssColor', () => {
  it.each([
    '#fff',
    '#FFFA',
    '#1a2b3c',
    '#1A2B3C80',
    'rgb(255, 0, 0)',
    'rgba(255, 0, 0, 0.5)',
    'RGB(10%, 20%, 30%)',
    'rgb(255 0 0)',
    'rgb(255 0 0 / 50%)',
    'rgba(0,0,0,.25)',
    'hsl(120, 50%, 50%)',
    'hsla(120deg, 50%, 50%, 0.5)',
    'hsl(0.5turn 50% 50% / 0.3)',
    'red',
    'RebeccaPurple',
    'transparent',
    '  navy  '
  ])('accepts %s', (color) => {
    expect(isSafeCssColor(color)).toBe(true);
  });

  it.each([
    '',
    '#ff',
    '#fffff',
    '#1234567',
    '#ggg',
    'fff',
    'rgb(255, 0)',
    'rgb(255, 0, 0, 0.5, 1)',
    'rgb(var(--x), 0, 0)',
    'rgb(calc(1 + 1), 0, 0)',
    'rgb(255, 0, 0);background:url(https://evil.example/x)',
    'url(https://evil.example/x.png)',
    'red;',
    'red}',
    'red; fill: blue',
    'expression(alert(1))',
    '"red"',
    "'red'",
    'red !important',
    'currentcolor',
    'inherit',
    'var(--accent)',
    'notacolour',
    'hsl(120, 50%, 50%) url(x)',
    'rgb(255,0,0)\n}',
    'javascript:alert(1)'
  ])('refuses %j', (color) => {
    expect(isSafeCssColor(color)).toBe(false);
  });
});
