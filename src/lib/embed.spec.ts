import { describe, expect, it } from 'vitest';
import { embedSnippet, HEIGHT_MESSAGE } from './embed.ts';

describe('the embed snippet', () => {
  const snippet = embedSnippet(
    'https://chronologie.example.org/embed/histoire/',
    'Chronologie : Un titre "cité" & <b>'
  );

  it('is an iframe of the embed URL with an escaped title', () => {
    expect(snippet).toContain('<iframe src="https://chronologie.example.org/embed/histoire/"');
    expect(snippet).toContain('title="Chronologie : Un titre &quot;cité&quot; &amp; &lt;b>"');
  });

  it('only resizes on height messages from the embed’s own origin', () => {
    expect(snippet).toContain('e.origin!=="https://chronologie.example.org"');
    expect(snippet).toContain(`e.data.type!=="${HEIGHT_MESSAGE}"`);
  });
});
