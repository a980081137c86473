# Regenerates src/lib/server/fixtures/stories/: one broken story per fault, each with the exact
# messages it must produce (expected.txt). Run from the repository root: python3 scripts/dev/make-story-fixtures.py
# Rewrites the fixtures it makes, one folder each, and leaves the hand-written ones
# (english-expression-cut-short, vague-expression-without-evidence) alone.
import json, os, copy, shutil
root='src/lib/server/fixtures/stories'
article="Lundi, le ministre a déclaré «nous partons» à la presse. Mardi, il est parti."
def at(n): i=article.index(n); return i, i+len(n)
D='depeche'  # the one document's id: every span names it
base={
 'id':'mini','title':'Une petite histoire','language':'fr',
 'documents':[{'id':D,'file':'article.fr.txt','outlet':'AFP','credit':'AFP','language':'fr','published':{'date':'2023-09-05'}}],
 'bounds':{'start':'2023-09-01','end':'2023-09-05'},
 'actors':[{'id':'ministre','name':'Le ministre','kind':'person','role':'ministre','represents':'France'}],
 'events':[
  {'slug':'le-ministre-annonce','title':'Le ministre annonce son départ','summary':'Il le dit.',
   'date':{'start':'2023-09-04','end':'2023-09-04','precision':'day','expression':{'document':D,'text':'Lundi','start':0,'end':5}},
   'actors':['ministre'],'claim':{'status':'stated','by':'ministre'},
   'passages':[{'document':D,'text':"Lundi, le ministre a déclaré «nous partons» à la presse.",'start':0,'end':at("Lundi, le ministre a déclaré «nous partons» à la presse.")[1]}],
   'quotes':[{'id':'nous-partons','document':D,'text':'nous partons','start':at('nous partons')[0],'end':at('nous partons')[1],'speaker':'ministre'}]},
  {'slug':'le-ministre-part','title':'Le ministre part','summary':'Il part.',
   'date':{'start':'2023-09-05','end':'2023-09-05','precision':'day','expression':{'document':D,'text':'Mardi','start':at('Mardi')[0],'end':at('Mardi')[1]}},
   'actors':['ministre'],'claim':{'status':'established'},
   'passages':[{'document':D,'text':'Mardi, il est parti.','start':at('Mardi, il est parti.')[0],'end':at('Mardi, il est parti.')[1]}],
   'quotes':[]}]}
F='content/stories/mini/story.json'
def write(name, story, expected, art=article, raw=None):
    d=f'{root}/{name}'; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    if story is not None: story=dict(story, id=name)
    open(f'{d}/article.fr.txt','w').write(art)
    open(f'{d}/story.json','w').write(raw if raw is not None else json.dumps(story,ensure_ascii=False,indent=2)+'\n')
    open(f'{d}/expected.txt','w').write(''.join(f'{{file}}: {e}\n' for e in expected))
def fault(name, mutate, expected, **kw):
    s=copy.deepcopy(base); mutate(s); write(name, s, expected, **kw)

write('valid', base, [])
fault('missing-field', lambda s: s['events'][1].pop('title'), ['events[1].title: required field is missing'])
def impossible(s): s['events'][1]['date'].update(start='2023-02-30', end='2023-02-30')
fault('impossible-date', impossible, ['events[1].date.start: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)','events[1].date.end: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)'])
def before(s):
    s['events'][1]['date'].update(start='2023-09-05', end='2023-09-03', precision='days'); s['events'][1]['date'].pop('expression')
    s['events'][1]['date']['evidence']={'note':'Une source.','sources':[{'outlet':'AFP','published':'2023-09-05'}]}
fault('end-before-start', before, ['events[1].date.end: 2023-09-03 is before start 2023-09-05'])
def notin(s): s['events'][0]['quotes'][0]['text']='nous restons'
fault('quote-not-in-article', notin, ['events[0].quotes[0].text: not found in article.fr.txt','documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
def elsewhere(s): s['events'][0]['quotes'][0].update(start=0, end=12)
fault('offsets-point-elsewhere', elsewhere, ['events[0].quotes[0]: offsets 0–12 of article.fr.txt point to "Lundi, le mi", not to the text, which is at 30–42','documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
def dup(s): s['events'][1]['slug']='le-ministre-annonce'
fault('duplicate-slug', dup, ['events[1].slug: duplicate slug "le-ministre-annonce" (also events[0])'])
def unknown(s): s['events'][0]['quotes'][0]['speaker']='president'; s['events'][1]['actors'].append('president')
fault('unknown-actor', unknown, ['events[0].quotes[0].speaker: unknown actor "president" (not in actors)','events[1].actors[1]: unknown actor "president" (not in actors)'])
# with an empty article nothing can be checked against it: the emptiness is the message
fault('empty-article', lambda s: None, ['documents[0].file: article.fr.txt is empty'], art='')
def types(s):
    s['title']=42; s['events'][0]['date']['start']=20230904; s['events'][0]['quotes']={}; s['actors'][0]['kind']='robot'
fault('wrong-types', types, ['title: expected string, got 42','actors[0].kind: expected ("person" | "institution" | "country" | "outlet"), got "robot"','events[0].date.start: expected string, got 20230904','events[0].quotes: expected Array, got Object'])
fault('quotation-not-attached', lambda s: s['events'][0].__setitem__('quotes', []), ['documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
def outside(s):
    s['events'][1]['date'].update(start='2023-09-12', end='2023-09-12'); s['events'][1]['date'].pop('expression')
    s['events'][1]['date']['evidence']={'note':'Plus tard.','sources':[{'outlet':'Reuters','published':'2023-09-13'}]}
fault('date-outside-bounds', outside, ["events[1].date: 2023-09-12…2023-09-12 lies outside the story's bounds 2023-09-01…2023-09-05"])
def disagree(s): s['events'][0]['date'].update(start='2023-09-03', end='2023-09-03')
fault('date-disagrees-with-article', disagree, ['events[0].date: 2023-09-03…2023-09-03 is outside 2023-09-04…2023-09-04, what "Lundi" means on 2023-09-05'])
def noevidence(s): s['events'][1]['date'].pop('expression')
fault('undated-without-evidence', noevidence, ['events[1].date.evidence: required when no document gives a date expression (cite the sources that establish the date)'])
write('invalid-json', None, ['invalid JSON at line 1, column 3: Expected property name or \'}\''], raw='{ id: "mini" }\n')
def many(s):
    s['events'][1]['slug']='le-ministre-annonce'
    s['events'][0]['quotes'][0]['text']='nous restons'
    s['events'][1]['actors']=['inconnu']
    s['events'][1]['date'].update(start='2023-09-06', end='2023-09-04')
fault('every-error-listed', many, [
 'events[0].quotes[0].text: not found in article.fr.txt',
 'events[1].slug: duplicate slug "le-ministre-annonce" (also events[0])',
 'events[1].actors[0]: unknown actor "inconnu" (not in actors)',
 'events[1].date.end: 2023-09-04 is before start 2023-09-06',
 'documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
def mixed(s):
    s['events'][1]['date']['start']='2023-02-30'
    s['events'][0]['quotes'][0]['text']='nous restons'
fault('shape-and-content-errors', mixed, [
 'events[1].date.start: impossible date "2023-02-30" (expected a real day, YYYY-MM-DD)',
 'events[0].quotes[0].text: not found in article.fr.txt'])
# "Mardi dernier" in the article, "Mardi" alone as the expression: the date would be wrong.
art2 = article.replace('Mardi, il est parti.', 'Mardi dernier, il est parti.')
def cut(s):
    s['events'][1]['passages'][0].update(text='Mardi dernier, il est parti.', end=s['events'][1]['passages'][0]['start'] + len('Mardi dernier, il est parti.'))
fault('expression-cut-short', cut, ['events[1].date.expression: "Mardi" is cut short: article.fr.txt says "Mardi dernier"'], art=art2)
def misquote(s): s['events'][0]['summary'] = 'Il dit « nous partirons » à la presse.'
fault('quoted-words-not-in-article', misquote, ['events[0].summary: "nous partirons" is in quotation marks but in no document (article.fr.txt)'])
def nolane(s):
    s['lanes'] = [{'id': 'paris', 'label': 'Paris', 'represents': ['Italie']}]
fault('actor-in-no-lane', nolane, ['actors[0].represents: "France" is in no lane (see lanes)'])
def toplevel(s):
    s['documents'][0]['credit'] = 5
    s['events'][0]['quotes'][0]['text'] = 'nous restons'
fault('top-level-error-hides-nothing', toplevel, [
 'documents[0].credit: expected string, got 5',
 'events[0].quotes[0].text: not found in article.fr.txt',
 'documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
write('root-not-an-object', None, ['(root): expected a JSON object, got an array'], raw='[]\n')
def notime(s): s['documents'][0]['published'].update(time='21:44')
fault('publication-time-without-zone', notime, ['documents[0].published.timeZone: a time needs its time zone, and a time zone its time'])
def badzone(s): s['documents'][0]['published'].update(time='21:44', timeZone='Mars/Olympus')
fault('unknown-time-zone', badzone, ['documents[0].published.timeZone: unknown IANA time zone "Mars/Olympus"'])
art3 = article.replace('Mardi, il est parti.', 'Au lendemain du vote, il est parti.')
def unreadable(s):
    p = 'Au lendemain du vote, il est parti.'
    st = art3.index(p)
    s['events'][1]['passages'][0].update(text=p, start=st, end=st + len(p))
    s['events'][1]['date']['expression'] = {'document': D, 'text': 'Au lendemain du vote', 'start': st, 'end': st + len('Au lendemain du vote')}
fault('unresolvable-expression', unreadable, ['events[1].date.expression.text: cannot resolve "Au lendemain du vote" against 2023-09-05: not an expression the resolver knows (see README, "How dates are read")'], art=art3)
def spaces(s): s['events'][0]['quotes'][0]['text'] = 'nous partons '
fault('quote-not-verbatim', spaces, ['events[0].quotes[0].text: not found in article.fr.txt', 'documents[0]: the quotation "nous partons" at 30–42 of article.fr.txt belongs to no event\'s quotes'])
def reserved(s): s['events'][1]['slug'] = 'article'
fault('reserved-slug', reserved, ['events[1].slug: "article" is an address the site uses itself; choose another'])
# Two lanes with one id would share the timeline's row and its key.
def twolanes(s):
    s['lanes'] = [{'id': 'paris', 'label': 'Paris', 'represents': ['France']},
                  {'id': 'paris', 'label': 'Rome', 'represents': ['Italie']}]
fault('duplicate-lane-id', twolanes, ['lanes[1].id: duplicate lane "paris" (also lanes[0])'])
# Without "lanes", each "represents" makes a lane, its id made from it: "France" and "FRANCE" make one.
def collide(s):
    s['actors'].append({'id': 'ministere', 'name': 'Le ministère', 'kind': 'institution', 'role': 'ministère', 'represents': 'FRANCE'})
fault('lane-ids-collide', collide, ['actors[1].represents: "FRANCE" makes the lane id "france", as "France" does (actors[0].represents); write them alike, or list the lanes in lanes'])

# --- The faults of the model of many documents (issue 13) ---
def unknowndoc(s): s['events'][1]['passages'][0]['document'] = 'autre-depeche'
fault('unknown-document', unknowndoc, ['events[1].passages[0].document: unknown document "autre-depeche" (not in documents)'])
def beyond(s): s['events'][1]['passages'][0].update(start=70, end=90)
fault('offsets-beyond-document', beyond, [f'events[1].passages[0]: offsets 70–90 are not a span of article.fr.txt ({len(article)} characters)'])
# An event no document reports must say what it rests on: evidence, or the newsroom's own text.
def nobasis(s): s['events'][1]['passages'] = []
fault('event-without-basis', nobasis, ['events[1].passages: stands on no passage: give passages, evidence (the sources that report it) or claim status "editorial"'])
def exact(s): s['events'][1]['date'].update(precision='time', time='14:30')
fault('time-without-zone', exact, ['events[1].date.timeZone: a time needs its time zone (an IANA zone such as "Asia/Vladivostok")'])
def zoneonly(s): s['events'][1]['date'].update(timeZone='Europe/Paris')
fault('zone-without-time', zoneonly, ['events[1].date.timeZone: only a date of precision "time" has a timeZone'])
def escape(s): s['events'][1]['media'] = [{'file': '../../secret.jpg', 'alt': 'Un secret'}]
fault('image-outside-folder', escape, ['events[1].media[0].file: "../../secret.jpg" is outside the story\'s folder (give a path inside it, such as "media/photo.jpg")'])
def svg(s): s['events'][1]['media'] = [{'file': 'media/carte.svg', 'alt': 'Une carte'}]
fault('image-not-raster', svg, ['events[1].media[0].file: "media/carte.svg" is not an image the site shows (.jpg, .jpeg, .png, .webp, .gif or .avif)'])
def loose(s): s['events'][1]['media'] = [{'file': 'photo.jpg', 'alt': 'Une photo'}]
fault('image-not-in-media-folder', loose, ['events[1].media[0].file: "photo.jpg" is not in the story\'s media folder (put the image there, such as "media/photo.jpg")'])
def nofile(s): s['events'][1]['media'] = [{'file': 'media/absente.jpg', 'alt': 'Absente'}]
fault('image-not-found', nofile, ['events[1].media[0].file: "media/absente.jpg" not found in the story\'s folder'])
# A media address is only ever a link: http or https, nothing else.
def insecure(s): s['events'][1]['media'] = [{'url': 'ftp://exemple.fr/photo', 'caption': 'Ailleurs'}]
fault('media-url-not-http', insecure, ['events[1].media[0].url: must be http or https'])
def backwards(s): s['periods'] = [{'id': 'la-semaine', 'label': 'La semaine', 'start': '2023-09-05', 'end': '2023-09-01'}]
fault('period-ends-before-start', backwards, ['periods[0].end: 2023-09-01 is before start 2023-09-05'])

# --- The fields of an imported TimelineJS timeline (issue 14) ---
# A valid story with no documents and no actors: its events in listed lanes, all the newsroom's text.
imported = {
 'id': 'valid-without-documents', 'title': 'Une chronologie importée', 'language': 'fr',
 'introduction': '<p>Une <em>chronologie</em> venue d\'ailleurs.</p>',
 'media': [{'url': 'http://exemple.fr/carte', 'caption': 'La carte'}],
 'documents': [], 'bounds': {'start': '1939-01-01', 'end': '1969-12-31'}, 'actors': [],
 'lanes': [{'id': 'guerre', 'label': 'Guerre', 'represents': ['Guerre']},
           {'id': 'espace', 'label': 'Espace', 'represents': ['Espace']}],
 'events': [
  {'slug': 'la-guerre', 'title': 'La guerre', 'summary': 'Elle dure six ans.',
   'body': '<p>Elle dure <strong>six ans</strong>.</p><ul><li>1939</li><li>1945</li></ul>',
   'lane': 'guerre', 'date': {'start': '1939-01-01', 'end': '1945-12-31', 'precision': 'days'},
   'actors': [], 'claim': {'status': 'editorial'}, 'passages': [], 'quotes': [],
   'background': {'color': '#1a2b3c'}},
  {'slug': 'le-premier-pas', 'title': 'Le premier pas', 'summary': 'Il dit « un petit pas ».',
   'lane': 'espace', 'date': {'start': '1969-06-01', 'end': '1969-08-31', 'precision': 'days', 'display': 'Été 1969'},
   'actors': [], 'claim': {'status': 'editorial'}, 'passages': [], 'quotes': [],
   'attributedQuotes': [{'text': 'Un petit pas pour l\'homme', 'attribution': 'Neil Armstrong'}],
   'background': {'url': 'http://exemple.fr/lune.jpg'}}]}
def write_story(name, story, expected):
    d=f'{root}/{name}'; shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    open(f'{d}/story.json','w').write(json.dumps(dict(story, id=name),ensure_ascii=False,indent=2)+'\n')
    open(f'{d}/expected.txt','w').write(''.join(f'{{file}}: {e}\n' for e in expected))
write_story('valid-without-documents', imported, [])
def variant(name, mutate, expected):
    s=copy.deepcopy(imported); mutate(s); write_story(name, s, expected)
def nolanegiven(s): s['events'][1].pop('lane')
variant('event-without-lane', nolanegiven, ["events[1].lane: required for an event without actors (the id of one of the story's lanes)"])
def nolanes(s): s.pop('lanes')
variant('lane-without-lanes', nolanes, [
 'events[0].lane: "guerre" names a lane, but the story lists none (list them in lanes)',
 'events[1].lane: "espace" names a lane, but the story lists none (list them in lanes)'])
def strangelane(s): s['events'][0]['lane'] = 'paix'
variant('unknown-lane', strangelane, ['events[0].lane: unknown lane "paix" (not in lanes)'])
def script(s): s['events'][0]['body'] = '<p>Elle dure.<script>alert(1)</script></p>'
variant('body-outside-subset', script, ['events[0].body: outside the rich-text subset: <script> (allowed: <p>, <br>, <em>, <strong>, <ul>, <ol>, <li>, <a href="http(s)://…">)'])
def handler(s): s['introduction'] = '<p onclick="alert(1)">Une <a href="javascript:alert(1)">chronologie</a>.</p>'
variant('introduction-outside-subset', handler, ['introduction: outside the rich-text subset: onclick, javascript: link (allowed: <p>, <br>, <em>, <strong>, <ul>, <ol>, <li>, <a href="http(s)://…">)'])
def css(s): s['events'][0]['background'] = {'color': 'red;background:url(https://exemple.fr/x)'}
variant('background-color-unsafe', css, ['events[0].background.color: "red;background:url(https://exemple.fr/x)" is not a colour the site can draw (a hex colour such as #1a2b3c, rgb() or hsl() of numbers, or a CSS colour name)'])
def bare(s): s['events'][0]['background'] = {}
variant('background-empty', bare, ['events[0].background: give a color or a url (an image address, shown as a link)'])
def badlink(s): s['events'][1]['background'] = {'url': 'javascript:alert(1)'}
variant('background-url-not-http', badlink, ['events[1].background.url: must be http or https'])
def undated(s): s['events'][0]['claim'] = {'status': 'established'}
variant('imported-event-not-editorial', undated, [
 'events[0].date.evidence: required when no document gives a date expression (cite the sources that establish the date)',
 'events[0].passages: stands on no passage: give passages, evidence (the sources that report it) or claim status "editorial"'])
# The story's actors place an event: a lane of its own must agree with theirs (one truth).
def twolanes2(s):
    s['lanes'] = [{'id': 'paris', 'label': 'Paris', 'represents': ['France']},
                  {'id': 'rome', 'label': 'Rome', 'represents': ['Italie']}]
    s['events'][0]['lane'] = 'rome'
    s['events'][1]['lane'] = 'paris'
fault('lane-disagrees-with-actor', twolanes2, ['events[0].lane: "rome", but its actor "ministre" is in lane "paris": leave lane out (the actor places the event) or make them agree'])
