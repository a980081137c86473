import { describe, expect, it } from 'vitest';
import { emptyCommentAtTopLevel } from './island-render.ts';

describe('emptyCommentAtTopLevel', () => {
  it('finds none in a part drawn in one element, whatever its inside holds', () => {
    expect(
      emptyCommentAtTopLevel(
        '<!--[--><section class="a"><!----><h2>x<!----></h2><br></section><!--]-->'
      )
    ).toBe(false);
    expect(emptyCommentAtTopLevel('<ol><li><img src="a.png"><!----></li></ol>')).toBe(false);
    expect(emptyCommentAtTopLevel('<svg><path d="M0 0"/><!----></svg>')).toBe(false);
    expect(emptyCommentAtTopLevel('<p title="a > b"><!----></p>')).toBe(false);
  });

  it('finds the one a <svelte:element> leaves beside its element (a story’s header)', () => {
    expect(
      emptyCommentAtTopLevel(
        '<!--[--><!----><h1 class="title">Titre<!----></h1><!----> <!--[0--><p>x</p><!--]--><!--]-->'
      )
    ).toBe(true);
  });

  it('finds one after the part’s element, but not the blocks’ own markers', () => {
    expect(emptyCommentAtTopLevel('<div></div><!---->')).toBe(true);
    expect(emptyCommentAtTopLevel('<!--[0--><div></div><!--]--><!--[-1--><!--]-->')).toBe(false);
  });
});
