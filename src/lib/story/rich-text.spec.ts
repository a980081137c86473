import { describe, expect, it } from 'vitest';
import {
  parseRichText,
  richTextToHtml,
  richTextToPlain,
  sanitizeHtml,
  type RichNode
} from './rich-text.ts';

const html = (input: string) => richTextToHtml(sanitizeHtml(input).nodes);
const removed = (input: string) => sanitizeHtml(input).removed;

describe('sanitizeHtml: the subset', () => {
  it.each([
    { name: 'paragraph', input: '<p>Un</p>', expected: [{ tag: 'p', children: [{ text: 'Un' }] }] },
    {
      name: 'emphasis and strong',
      input: 'a <em>b</em> <strong>c</strong>',
      expected: [
        { text: 'a ' },
        { tag: 'em', children: [{ text: 'b' }] },
        { text: ' ' },
        { tag: 'strong', children: [{ text: 'c' }] }
      ]
    },
    {
      name: 'line break',
      input: 'a<br>b<br/>c',
      expected: [{ text: 'a' }, { tag: 'br' }, { text: 'b' }, { tag: 'br' }, { text: 'c' }]
    },
    {
      name: 'ordered list',
      input: '<ol><li>un</li><li>deux</li></ol>',
      expected: [
        {
          tag: 'ol',
          children: [
            { tag: 'li', children: [{ text: 'un' }] },
            { tag: 'li', children: [{ text: 'deux' }] }
          ]
        }
      ]
    },
    {
      name: 'https link',
      input: '<a href="https://example.org/a?b=1">lien</a>',
      expected: [{ tag: 'a', href: 'https://example.org/a?b=1', children: [{ text: 'lien' }] }]
    },
    {
      name: 'http link',
      input: '<a href="http://example.org/">lien</a>',
      expected: [{ tag: 'a', href: 'http://example.org/', children: [{ text: 'lien' }] }]
    }
  ] satisfies { name: string; input: string; expected: RichNode[] }[])(
    'keeps $name',
    ({ input, expected }) => {
      expect(sanitizeHtml(input)).toEqual({ nodes: expected, removed: [] });
    }
  );

  it('keeps a nested list inside its item', () => {
    expect(html('<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>')).toBe(
      '<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>'
    );
  });

  it.each([
    ['<b>gras</b>', '<strong>gras</strong>'],
    ['<i>italique</i>', '<em>italique</em>'],
    ['<div>bloc</div>', '<p>bloc</p>'],
    ['<h1>Titre</h1><h3>Sous-titre</h3>', '<p>Titre</p><p>Sous-titre</p>'],
    ['<div><div>a</div>b</div>', '<p>a</p><p>b</p>'],
    ['<B>Cris</B>', '<strong>Cris</strong>']
  ])('maps %s to %s', (input, expected) => {
    expect(html(input)).toBe(expected);
    expect(removed(input)).toEqual([]);
  });
});

describe('sanitizeHtml: links', () => {
  it.each([
    ['javascript:alert(1)', 'javascript: link'],
    ['JavaScript:alert(1)', 'javascript: link'],
    [' javascript:alert(1)', 'javascript: link'],
    ['data:text/html,<script>alert(1)</script>', 'data: link'],
    ['vbscript:msgbox(1)', 'vbscript: link'],
    ['mailto:a@example.org', 'mailto: link'],
    ['/relative/page', 'relative link'],
    ['page.html', 'relative link'],
    ['//evil.example/x', 'protocol-relative link'],
    ['http://', 'malformed link']
  ])('unwraps a link to %s, keeping its words', (href, why) => {
    const result = sanitizeHtml(`voir <a href="${href.replace(/"/g, '&quot;')}">ici</a>`);
    expect(result.nodes).toEqual([{ text: 'voir ici' }]);
    expect(result.removed).toEqual([why]);
  });

  it('unwraps a link without an address', () => {
    expect(sanitizeHtml('<a name="x">ancre</a>')).toEqual({
      nodes: [{ text: 'ancre' }],
      removed: ['name', 'link without an address']
    });
  });

  it('drops every attribute of a link but its address', () => {
    const result = sanitizeHtml(
      '<a href="https://example.org" target="_blank" rel="opener" style="color:red" onclick="x()">l</a>'
    );
    expect(richTextToHtml(result.nodes)).toBe('<a href="https://example.org">l</a>');
    expect(result.removed).toEqual(['target', 'rel', 'style', 'onclick']);
  });

  it('unwraps a link inside a link', () => {
    expect(html('<a href="https://a.example">x <a href="https://b.example">y</a></a>')).toBe(
      '<a href="https://a.example">x y</a>'
    );
  });
});

describe('sanitizeHtml: what is removed', () => {
  it('drops event handlers and style attributes, keeping the element', () => {
    const result = sanitizeHtml(
      '<p onclick="alert(1)" style="background:url(x)" class="c">texte</p><em onmouseover="x">e</em>'
    );
    expect(richTextToHtml(result.nodes)).toBe('<p>texte</p><em>e</em>');
    expect(result.removed).toEqual(['onclick', 'style', 'class', 'onmouseover']);
  });

  it.each([
    ['<script>alert("x")</script>', 'alert("x")', '<script>'],
    ['<style>p { color: red }</style>', 'p { color: red }', '<style>'],
    ['<iframe>cadre</iframe>', 'cadre', '<iframe>'],
    ['<span>mot</span>', 'mot', '<span>']
  ])('unwraps %s to inert text', (input, text, what) => {
    const result = sanitizeHtml(input);
    expect(result.nodes).toEqual([{ text }]);
    expect(result.removed).toEqual([what]);
    // Inert: what is kept is text, and written back it is escaped.
    expect(richTextToHtml(result.nodes)).not.toMatch(/<(script|style|iframe|span)/);
  });

  it('keeps the words of unwrapped blocks apart', () => {
    expect(html('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
    expect(html('<script>x()</script>suite')).toBe('x() suite');
  });

  it('drops elements with nothing to show, naming them', () => {
    expect(sanitizeHtml('<img src="x" onerror="alert(1)">a<hr>b')).toEqual({
      nodes: [{ text: 'a b' }],
      removed: ['<img>', 'src', 'onerror', '<hr>']
    });
  });

  it('drops comments and doctypes', () => {
    expect(sanitizeHtml('<!DOCTYPE html><!-- caché -->vu')).toEqual({
      nodes: [{ text: 'vu' }],
      removed: ['<!doctype>', 'comment']
    });
  });

  it('names each kind of removal once', () => {
    expect(removed('<span>a</span><span onclick="x">b</span><i onclick="y">c</i>')).toEqual([
      '<span>',
      'onclick'
    ]);
  });

  it('removes bidirectional override and isolate controls', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const result = sanitizeHtml(`<p>fi${controls}chier.exe</p>`);
    expect(result.nodes).toEqual([{ tag: 'p', children: [{ text: 'fichier.exe' }] }]);
    expect(result.removed).toEqual([
      'U+202A',
      'U+202B',
      'U+202C',
      'U+202D',
      'U+202E',
      'U+2066',
      'U+2067',
      'U+2068',
      'U+2069'
    ]);
  });

  it('keeps left-to-right and right-to-left marks, which override nothing', () => {
    expect(sanitizeHtml('a\u200Eb\u200Fc')).toEqual({
      nodes: [{ text: 'a\u200Eb\u200Fc' }],
      removed: []
    });
  });

  it('removes bidi controls from a link address', () => {
    expect(sanitizeHtml('<a href="https://example.org/\u202Eexe.txt">l</a>')).toEqual({
      nodes: [{ tag: 'a', href: 'https://example.org/exe.txt', children: [{ text: 'l' }] }],
      removed: ['U+202E']
    });
  });
});

describe('sanitizeHtml: text', () => {
  it('decodes entities, named and numeric', () => {
    expect(
      sanitizeHtml('&amp; &lt;b&gt; &quot;x&quot; &eacute;t&eacute; &#233; &#x41; «&nbsp;a&nbsp;»')
        .nodes
    ).toEqual([{ text: '& <b> "x" été é A «\u00A0a\u00A0»' }]);
  });

  it('keeps a < that opens no tag as text', () => {
    expect(sanitizeHtml('1 < 2').nodes).toEqual([{ text: '1 < 2' }]);
  });

  it('collapses runs of spaces and line ends, as a browser shows them', () => {
    expect(html('  a \n\t b  <em> c </em>  d <br>  e  ')).toBe('a b <em>c </em>d<br>e');
  });

  it('drops spaces between blocks and at the edges of paragraphs and items', () => {
    expect(html('\n<p>  un  </p>\n  <ul>\n <li> a </li>\n</ul>\n')).toBe(
      '<p>un</p><ul><li>a</li></ul>'
    );
  });

  it('keeps non-breaking spaces', () => {
    expect(html('<p>\u00A0a\u00A0</p>')).toBe('<p>\u00A0a\u00A0</p>');
  });

  it('drops empty elements', () => {
    expect(sanitizeHtml('<p></p><p> <em> </em> </p><ul></ul><ul><li> </li></ul>a').nodes).toEqual([
      { text: 'a' }
    ]);
  });

  it('ends a paragraph where a block begins, as a browser does', () => {
    expect(html('<p>a<ul><li>x</li></ul>b</p>')).toBe('<p>a</p><ul><li>x</li></ul>b');
  });

  it('turns blocks inside emphasis into line breaks', () => {
    expect(html('<em><p>a</p><p>b</p></em>')).toBe('<em>a<br>b</em>');
  });

  it('gathers list items without a list into one', () => {
    expect(html('<li>a</li> <li>b</li>')).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('puts what stands loose in a list into an item', () => {
    expect(html('<ul>loose<li>a</li></ul>')).toBe('<ul><li>loose</li><li>a</li></ul>');
  });

  it('reads an empty input as no nodes', () => {
    expect(sanitizeHtml('')).toEqual({ nodes: [], removed: [] });
    expect(sanitizeHtml('  \n ')).toEqual({ nodes: [], removed: [] });
  });
});

describe('richTextToHtml', () => {
  it('escapes text', () => {
    expect(richTextToHtml([{ text: '<script>&amp;</script> > "' }])).toBe(
      '&lt;script&gt;&amp;amp;&lt;/script&gt; &gt; "'
    );
  });

  it('escapes an address', () => {
    expect(
      richTextToHtml([
        { tag: 'a', href: 'https://example.org/?a=1&b="x"<y>', children: [{ text: 'l' }] }
      ])
    ).toBe('<a href="https://example.org/?a=1&amp;b=&quot;x&quot;&lt;y&gt;">l</a>');
  });

  it('writes every element of the subset', () => {
    const nodes: RichNode[] = [
      {
        tag: 'p',
        children: [{ text: 'a' }, { tag: 'br' }, { tag: 'em', children: [{ text: 'b' }] }]
      },
      {
        tag: 'ol',
        children: [{ tag: 'li', children: [{ tag: 'strong', children: [{ text: 'c' }] }] }]
      },
      { tag: 'ul', children: [{ tag: 'li', children: [{ text: 'd' }] }] }
    ];
    expect(richTextToHtml(nodes)).toBe(
      '<p>a<br><em>b</em></p><ol><li><strong>c</strong></li></ol><ul><li>d</li></ul>'
    );
  });
});

describe('idempotence: sanitize(toHtml(x)) is x', () => {
  it.each([
    '<p>Hello <b>world</b></p><p>x</p>',
    '<script>alert(1)</script>hi <a href="javascript:x">y</a>',
    '<div><div>a</div>b<ul><li>c<ol><li>d</li></ol></li></ul></div>',
    'a  <em> b </em>  c <br> <br> d',
    '<em><p>a</p><p>b</p></em> <strong> <a href="https://x.example/?a=&quot;&amp;">l <a href="https://y">m</a></a></strong>',
    '<p>a<ul><li>x</li></ul>b</p><li>o</li>',
    '&lt;script&gt; &amp;amp; «&nbsp;x&nbsp;» \u202E',
    '<table><tr><td> a </td><td>b</td></tr></table><p><br></p><p>a<br></p>',
    '<ul> x <li><p>a</p><p>b</p></li></ul>'
  ])('%s', (input) => {
    const once = sanitizeHtml(input).nodes;
    const stored = richTextToHtml(once);
    expect(sanitizeHtml(stored)).toEqual({ nodes: once, removed: [] });
    expect(parseRichText(stored)).toEqual(once.length ? { nodes: once } : { error: 'has no text' });
    expect(richTextToHtml(sanitizeHtml(stored).nodes)).toBe(stored);
  });
});

describe('parseRichText', () => {
  it('reads the subset', () => {
    expect(parseRichText('<p>a <a href="https://example.org">b</a></p>')).toEqual({
      nodes: [
        {
          tag: 'p',
          children: [
            { text: 'a ' },
            { tag: 'a', href: 'https://example.org', children: [{ text: 'b' }] }
          ]
        }
      ]
    });
  });

  it.each([
    ['<script>x</script>', '<script>'],
    ['<p onclick="x">a</p>', 'onclick'],
    ['<a href="javascript:x">a</a>', 'javascript: link'],
    ['<b>a</b>', '<b>'],
    ['<div>a</div>', '<div>'],
    ['a\u202Eb', 'U+202E'],
    ['<span style="x">a</span>', '<span>, style']
  ])('rejects %s, naming %s', (stored, named) => {
    const result = parseRichText(stored);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(`outside the rich-text subset: ${named}`);
  });

  it('rejects a text with no words', () => {
    expect(parseRichText('<p> </p>')).toEqual({ error: 'has no text' });
  });
});

describe('richTextToPlain', () => {
  it.each([
    ['<p>un</p><p>deux</p>', 'un\ndeux'],
    ['a<br>b', 'a\nb'],
    ['a<br><br>b', 'a\n\nb'],
    ['<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>', 'a\nb\nc'],
    ['intro<p>para</p>fin', 'intro\npara\nfin'],
    ['<p>a <em>b</em> <a href="https://x.example">c</a></p>', 'a b c']
  ])('%s → %j', (input, expected) => {
    expect(richTextToPlain(sanitizeHtml(input).nodes)).toBe(expected);
  });
});
