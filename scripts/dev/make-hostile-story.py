# Writes tests/fixtures/stories/histoire-piegee/: a test-only story whose titles, quotes,
# speakers and article carry markup, script, javascript: text, entities, right-to-left
# overrides, emoji and a 10,000-character quote. It must render as text and run nothing.
# Offsets are UTF-16 code units (emoji take two). Run from the repository root.
import json, os
d = 'tests/fixtures/stories/histoire-piegee/'
long_quote = ("Le témoin raconte ce qu'il a vu ce soir-là, sans reprendre son souffle, "
              "et chaque phrase en appelle une autre ")
long_quote = (long_quote * (10000 // len(long_quote) + 1))[:10000].rstrip() + "x"
long_quote = long_quote[:10000]
assert len(long_quote) == 10000 and '«' not in long_quote
RLO, PDF = '\u202e', '\u202c'
q1 = '<script>alert("citation")</script>'
q2 = '<img src=x onerror="alert(1)"> &amp; &lt;b&gt;gras&lt;/b&gt; <a href="javascript:alert(2)">lien</a>'
q3 = f'{RLO}ecnerèffid al tse’c{PDF} — 🚀🇫🇷👩🏽‍🚀'
article = (f"Mardi, le titre «{q1}» a circulé sur les réseaux.\n\n"
           f"Un internaute a écrit «{q2}» lundi.\n\n"
           f"Un militant a déclaré «{q3}» hier.\n\n"
           f"Un témoin a raconté «{long_quote}».")
u16 = lambda s: len(s.encode('utf-16-le')) // 2
def at(needle, occ=1):
    i = -1
    for _ in range(occ): i = article.index(needle, i + 1)
    return {'start': u16(article[:i]), 'end': u16(article[:i]) + u16(needle)}
DOC = 'depeche-piegee'
def span(needle): return {'document': DOC, 'text': needle, **at(needle)}
def quote(id, needle, speaker): return {'id': id, 'document': DOC, 'text': needle, **at(needle), 'speaker': speaker}
def expr(needle): return {'document': DOC, 'text': needle, **at(needle)}
cite = {'outlet': '<b>Agence</b> « piégée » &amp;', 'site': 'example.org', 'url': 'https://example.org/?q=<script>alert(8)</script>',
        'published': '2020-03-10', 'excerpt': '</script><script>alert(7)</script>'}
story = {
  'id': 'histoire-piegee',
  'title': '<script>alert("titre")</script> Une histoire piégée &amp; 🚀',
  'language': 'fr',
  'documents': [{'id': DOC, 'file': 'article.fr.txt', 'title': '<script>alert("document")</script> Une dépêche',
                 'outlet': '<i>AFP</i>', 'credit': '"><svg onload=alert(9)>', 'language': 'fr',
                 'published': {'date': '2020-03-10'}, 'url': 'https://example.org/?q="><script>alert(15)</script>'}],
  'bounds': {'start': '2020-03-01', 'end': '2020-03-10'},
  'periods': [{'id': 'periode-piegee', 'label': '<img src=x onerror=alert(16)> Une période', 'start': '2020-03-09', 'end': '2020-03-10'}],
  'actors': [
    {'id': 'robert', 'name': '<b onmouseover=alert(5)>Robert</b>', 'kind': 'person', 'role': f'{RLO}elôr{PDF} javascript:alert(10)', 'represents': 'Pays <x>'},
    {'id': 'temoin', 'name': 'Témoin 👩🏽‍🚀', 'kind': 'person', 'role': 'témoin', 'represents': 'Pays <x>'},
  ],
  'lanes': [{'id': 'pays', 'label': '"><svg onload=alert(6)>', 'represents': ['Pays <x>']}],
  'events': [
    {'slug': 'titre-script', 'title': '<script>alert("titre")</script> Un titre',
     'short': f'{RLO}tiurb{PDF} <img src=x onerror=alert(11)>',
     'summary': 'Un résumé avec <img src=x onerror=alert(3)> et javascript:alert(4) et &lt;i&gt;.',
     'date': {'start': '2020-03-10', 'end': '2020-03-10', 'precision': 'day', 'expression': expr('Mardi')},
     'actors': ['robert'], 'claim': {'status': 'stated', 'by': 'robert'},
     'passages': [span(f'Mardi, le titre «{q1}» a circulé sur les réseaux.')],
     'quotes': [quote('citation-script', q1, 'robert')]},
    {'slug': 'image-piegee', 'title': 'Une image <img src=x onerror=alert(12)>',
     'summary': 'Entités &amp; &lt;b&gt; et un lien javascript:alert(13).',
     'date': {'start': '2020-03-09', 'end': '2020-03-09', 'precision': 'day', 'expression': expr('lundi')},
     'actors': ['robert'], 'claim': {'status': 'reported', 'outlet': '<b>Réseau</b>'},
     'passages': [span(f'Un internaute a écrit «{q2}» lundi.')],
     'quotes': [quote('citation-image', q2, 'robert')],
     'media': [{'url': 'https://example.org/"><script>alert(17)</script>', 'caption': '<b>Légende</b> piégée', 'credit': '"><svg onload=alert(18)>'}]},
    {'slug': 'texte-inverse', 'title': f'Texte {RLO}esrevni{PDF} et émojis 🚀🇫🇷',
     'summary': f'Un militant écrit à l’envers {RLO}ici{PDF} et avec des émojis 👩🏽‍🚀.',
     'date': {'start': '2020-03-09', 'end': '2020-03-09', 'precision': 'day', 'expression': expr('hier')},
     'actors': ['temoin'], 'claim': {'status': 'stated', 'by': 'temoin'},
     'passages': [span(f'Un militant a déclaré «{q3}» hier.')],
     'quotes': [quote('citation-inverse', q3, 'temoin')]},
    {'slug': 'citation-longue', 'title': 'Une citation de dix mille caractères',
     'summary': 'Le témoin parle longtemps.',
     'date': {'start': '2020-03-10', 'end': '2020-03-10', 'precision': 'day',
              'evidence': {'note': 'Une source <script>alert(14)</script>.', 'sources': [cite]}},
     'actors': ['temoin'], 'claim': {'status': 'stated', 'by': 'temoin'},
     'passages': [span('Un témoin a raconté')],
     'quotes': [quote('citation-longue', long_quote, 'temoin')]},
  ]}
os.makedirs(d, exist_ok=True)
open(d + 'article.fr.txt', 'w', encoding='utf-8').write(article)
open(d + 'story.json', 'w', encoding='utf-8').write(json.dumps(story, ensure_ascii=False, indent=2) + '\n')
