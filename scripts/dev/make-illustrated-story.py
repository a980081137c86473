#!/usr/bin/env python3
"""Writes tests/fixtures/stories/histoire-illustree: the test-only story of the document pages
and the panel's blocks (two documents, one in English with a url; a tiny PNG in its media
folder; an outside image; a hostile caption and credit; a time in Vladivostok; an event on
evidence; an editorial one). Offsets are found in the texts (UTF-16 code units), never typed.
Run from the repository's root: python3 scripts/dev/make-illustrated-story.py"""
import json, os, struct, zlib

DIR = 'tests/fixtures/stories/histoire-illustree'
os.makedirs(f'{DIR}/media', exist_ok=True)

def png(w, h):
    """A w × h PNG of red pixels, made here (no image tool needed)."""
    raw = b''.join(b'\x00' + b'\xcc\x22\x22' * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

FR = "Lundi, la ministre a déclaré «le port rouvrira» devant la presse. Le port a rouvert mardi.\n"
EN = "The harbour master said the first ship was “already in sight” as the port reopened.\n"
TEXTS = {'depeche-fr': FR, 'dispatch-en': EN}
u16 = lambda s: len(s.encode('utf-16-le')) // 2

def span(doc, needle):
    text = TEXTS[doc]
    i = text.index(needle)
    return {"document": doc, "text": needle, "start": u16(text[:i]), "end": u16(text[:i]) + u16(needle)}

HOSTILE = '<img src=x onerror=alert("légende")> <script>alert(1)</script>'
TASS = {"outlet": "TASS", "url": "https://tass.com/economy/0000000", "published": "2023-09-06"}
story = {
  "id": "histoire-illustree",
  "title": "Le port rouvre (histoire de test : sources, images, rédaction)",
  "language": "fr",
  "documents": [
    {"id": "depeche-fr", "file": "depeche.fr.txt", "title": "Le port rouvre", "outlet": "AFP", "credit": "AFP",
     "language": "fr", "published": {"date": "2023-09-05", "time": "18:30", "timeZone": "Europe/Paris"}},
    {"id": "dispatch-en", "file": "dispatch.en.txt", "title": "Harbour reopens", "outlet": "Reuters",
     "credit": "Reuters", "language": "en", "published": {"date": "2023-09-06"},
     "url": "https://www.reuters.com/world/harbour-reopens/"}
  ],
  "bounds": {"start": "2023-09-01", "end": "2023-09-07"},
  "actors": [
    {"id": "ministre", "name": "La ministre", "kind": "person", "role": "ministre des Transports", "represents": "France"},
    {"id": "capitaine", "name": "Le capitaine du port", "kind": "person", "role": "capitaine du port", "represents": "Port"}
  ],
  "events": [
    {"slug": "la-ministre-annonce", "title": "La ministre annonce la réouverture",
     "summary": "Elle annonce que le port rouvrira.",
     "date": {"start": "2023-09-04", "end": "2023-09-04", "precision": "day", "expression": span("depeche-fr", "Lundi")},
     "actors": ["ministre"], "claim": {"status": "announced", "by": "ministre"},
     "passages": [span("depeche-fr", "Lundi, la ministre a déclaré «le port rouvrira» devant la presse.")],
     "quotes": [dict(span("depeche-fr", "le port rouvrira"), id="ministre-rouvrira", speaker="ministre")],
     "media": [
       {"file": "media/carte.png", "alt": "Carte du port (trois points rouges)",
        "caption": "Légende piégée : " + HOSTILE, "credit": "Crédit <b>gras</b>"},
       {"url": "https://images.example.org/port.jpg", "alt": "Le port vu du ciel",
        "caption": "Photo d’une agence", "credit": "Agence"}
     ]},
    {"slug": "le-premier-navire-arrive", "title": "Le premier navire arrive",
     "summary": "Le premier navire est en vue à la réouverture.",
     "date": {"start": "2023-09-06", "end": "2023-09-06", "precision": "time", "time": "09:15",
              "timeZone": "Asia/Vladivostok",
              "evidence": {"note": "L’heure est celle de la capitainerie.",
                           "sources": [{"outlet": "Reuters", "site": "reuters.com", "published": "2023-09-06"}]}},
     "actors": ["capitaine"], "claim": {"status": "stated", "by": "capitaine"},
     "passages": [span("dispatch-en", EN.strip())],
     "quotes": [dict(span("dispatch-en", "already in sight"), id="capitaine-en-vue", speaker="capitaine",
                     translation={"en": "already in sight"})]},
    {"slug": "le-port-rouvre", "title": "Le port rouvre", "summary": "Le port a rouvert.",
     "date": {"start": "2023-09-05", "end": "2023-09-05", "precision": "day", "expression": span("depeche-fr", "mardi")},
     "actors": ["ministre"], "claim": {"status": "established"},
     "passages": [span("depeche-fr", "Le port a rouvert mardi.")], "quotes": []},
    {"slug": "bilan-de-la-redaction", "title": "Bilan de la rédaction",
     "summary": "Une semaine de fermeture, résumée par la rédaction.",
     "date": {"start": "2023-09-07", "end": "2023-09-07", "precision": "day",
              "evidence": {"note": "Le jour où la rédaction écrit ce bilan.", "sources": [{"outlet": "La rédaction"}]}},
     "actors": ["ministre"], "claim": {"status": "editorial"}, "passages": [], "quotes": []},
    {"slug": "les-dockers-saluent", "title": "Les dockers saluent la réouverture",
     "summary": "Les dockers saluent la réouverture du port.",
     "date": {"start": "2023-09-06", "end": "2023-09-06", "precision": "day",
              "evidence": {"note": "Selon la dépêche de TASS du 6 septembre.", "sources": [TASS]}},
     "actors": ["capitaine"], "claim": {"status": "reported", "outlet": "TASS"}, "passages": [], "quotes": [],
     "evidence": {"note": "Aucune des sources de l’histoire ne le rapporte ; TASS et l’agence Interfax, si.",
                  "sources": [TASS, {"outlet": "Interfax"}]}}
  ]
}

with open(f'{DIR}/media/carte.png', 'wb') as f: f.write(png(3, 2))
for doc in story['documents']:
    with open(f"{DIR}/{doc['file']}", 'w', encoding='utf-8') as f: f.write(TEXTS[doc['id']])
with open(f'{DIR}/story.json', 'w', encoding='utf-8') as f:
    json.dump(story, f, ensure_ascii=False, indent=2)
    f.write('\n')
