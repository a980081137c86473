# How content/stories/coree-du-nord-russie-armes/story.json is written: offsets are computed from
# the documents, never typed by hand. Rerun after an edit here, from the repository root:
#   python3 scripts/dev/make-seed-story.py
# Two documents: the AFP dispatch of 5 September 2023 (article.fr.txt, the seed) and the follow-up
# of 12 September (../shared/articles/2023-09-12-kim-arrive-en-russie.fr.txt), both kept byte for byte.
import json
d='content/stories/coree-du-nord-russie-armes/'
DOC='depeche-afp-2023-09-05'
SUITE='liberation-afp-2023-09-12'
FILES={DOC:'article.fr.txt', SUITE:'2023-09-12-kim-arrive-en-russie.fr.txt'}
TEXTS={doc:open(d+f,encoding='utf-8').read() for doc,f in FILES.items()}
t=TEXTS[DOC]
def at(needle, occ=1, doc=DOC):
    # Offsets are UTF-16 code units, as JavaScript counts them (these texts have no astral characters).
    text=TEXTS[doc]
    assert all(ord(c) < 0x10000 for c in text)
    i=-1
    for _ in range(occ):
        i=text.index(needle,i+1)
    return {'start':i,'end':i+len(needle)}
def span(needle, occ=1, doc=DOC):
    return {'document':doc,'text':needle, **at(needle,occ,doc)}
def q(id, needle, speaker, occ=1, doc=DOC, **kw):
    return {'id':id,'document':doc,'text':needle, **at(needle,occ,doc), 'speaker':speaker, **kw}
def expr(needle, occ=1, within=None, doc=DOC):
    # the expression as it stands in a given sentence
    text=TEXTS[doc]
    base=text.index(within) if within else 0
    i=text.index(needle, base)
    if within: assert i < base+len(within), (needle, within)
    return {'document':doc,'text':needle,'start':i,'end':i+len(needle)}

P1="La Maison Blanche a mis en garde mardi la Corée du Nord contre toute vente d'armes à la Russie en soutien de sa guerre en Ukraine, avant un possible sommet entre le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un."
P2="Lundi, la Maison Blanche a affirmé que Kim Jong Un avait l'intention de se rendre en Russie pour discuter de ventes d'armes avec Vladimir Poutine."
P3a="Une telle livraison d'armes n'améliorera pas «l'image» de la Corée du Nord et «ils en paieront le prix au sein de la communauté internationale», a déclaré le conseiller à la sécurité nationale, Jake Sullivan, faisant part de «discussions actives» entre Moscou et Pyongyang à ce sujet."
P3b="M. Sullivan a reconnu ne pas être en mesure de dire précisément quels types d'armes seraient livrées. «Cela reste une question ouverte quant à savoir quel type de matériel et la qualité de ce matériel qui pourrait être livré», a-t-il dit."
P4a="Mais «cela en dit long sur la Russie qui doit ainsi se tourner vers un pays comme la Corée du Nord pour renforcer ses capacités de défense»."
P4b="Moscou a refusé mardi de confirmer la tenue d'un tel sommet entre le président russe et le dirigeant nord-coréen, mais a évoqué la possibilité d'exercices militaires conjoints. «Non, nous ne pouvons pas (confirmer), nous n'avons rien à dire sur ce sujet», a déclaré à la presse le porte-parole du Kremlin Dmitri Peskov à propos des affirmations de la Maison Blanche."
P5="Le ministre russe de la Défense, Sergueï Choïgou, a par ailleurs annoncé lundi que les deux pays discutaient de la possibilité d'organiser des exercices militaires conjoints. «Nous en discutons avec tout le monde, y compris avec la Corée du Nord. Pourquoi pas? Ce sont nos voisins», a déclaré le ministre, cité par l'agence TASS, à des journalistes."
P8b="Elle avait également dénoncé la visite fin juillet de M. Choïgou en Corée du Nord, où il a assisté à un défilé militaire aux côtés de Kim Jong Un, pour \"tenter de convaincre Pyongyang de vendre à la Russie des munitions d'artillerie\"."
P9="«Comme nous l'avons déjà dit, des négociations sur la fourniture d'armes entre la Russie et la Corée du Nord progressent activement», avait indiqué à la presse Adrienne Watson, une porte-parole du Conseil de sécurité nationale de la Maison Blanche. Et «nous savons que Kim Jong Un souhaite que ces négociations continuent, avec notamment un échange diplomatique au plus haut niveau en Russie»."
P10="Selon le quotidien américain The New York Times, Moscou cherche à obtenir de Pyongyang des obus d'artillerie et des missiles antichars, tandis que M. Kim serait en quête de technologies de pointe pour des satellites et des sous-marins à propulsion nucléaire ainsi que d'une aide alimentaire."
for p in [P1,P2,P3a,P3b,P4a,P4b,P5,P8b,P9,P10]: assert p in t, p[:40]

def cite(outlet, site, published, excerpt=None, title=None, url=None):
    c={'outlet':outlet}
    if site: c['site']=site
    if title: c['title']=title
    if url: c['url']=url
    if published: c['published']=published
    if excerpt: c['excerpt']=excerpt
    return c

fin_juillet=expr('fin juillet', within=P8b)

# The follow-up of 12 September: its sentences, as they stand in it.
S_FIRST="C’est la première visite à l’étranger du dirigeant nord-coréen depuis l’épidémie de Covid-19."
S_SUMMIT="Un sommet avec Vladimir Poutine doit se tenir dans les prochains jours quelque part dans l’Extrême-Orient russe."
S_ARRIVED="Le dirigeant nord-coréen Kim Jong-un, parti dimanche de Pyongyang à bord d’un train blindé, est arrivé en Russie mardi, où il doit parler de «sujets sensibles» avec Vladimir Poutine dans les jours à venir, selon le porte-parole du Kremlin cité par l’agence russe Ria Novosti."
S_LEFT="Le dirigeant nord-coréen Kim Jong-un, parti dimanche de Pyongyang à bord d’un train blindé"
S_KCNA="Kim Jong-un «est parti en train dimanche après-midi pour visiter la Fédération de Russie», a annoncé mardi l’agence officielle nord-coréenne KCNA."
S_IMAGES="Des images des médias d’Etat ont montré le dirigeant marchant vers son train sur un tapis rouge, et passant en revue une garde d’honneur dans la gare."
for p in [S_FIRST,S_SUMMIT,S_ARRIVED,S_KCNA,S_IMAGES]: assert p in TEXTS[SUITE], p[:40]

story={
 'id':'coree-du-nord-russie-armes',
 'title':"La Maison Blanche met en garde la Corée du Nord contre toute vente d'armes à la Russie",
 'language':'fr',
 'documents':[{
   'id':DOC,
   'file':'article.fr.txt',
   'outlet':'AFP',
   'credit':'AFP',
   'language':'fr',
   'published':{'date':'2023-09-05'},
   'note':"Dépêche de l'AFP du mardi 5 septembre 2023, diffusée en soirée (heure d'Europe). Le texte ne porte ni date ni heure : la date vient de ses reprises datées ; l'heure de la dépêche d'origine n'est pas connue.",
   'sources':[
     cite('franceinfo','francetvinfo.fr','2023-09-05','mardi 5 septembre'),
     cite('bluewin (ATS)','bluewin.ch','2023-09-05','5.9.2023 - 21:44'),
     cite("L'essentiel (AFP)",None,None),
   ]},
  {
   'id':SUITE,
   'file':FILES[SUITE],
   'title':'Kim Jong-un est arrivé en Russie à bord de son train blindé',
   'outlet':'Libération',
   'credit':'Libération avec AFP',
   'language':'fr',
   'published':{'date':'2023-09-12'},
   'url':'https://www.liberation.fr/international/asie-pacifique/kim-jong-un-est-arrive-en-russie-a-bord-de-son-train-blinde-20230912_GMKXJJIBUZFFNEYWTK2NG7HERM/',
   'note':"Article de Libération avec l'AFP du mardi 12 septembre 2023 : le chapô et le corps tels que publiés (sans le titre, la signature ni le lien final), lus dans leur reprise par caphaitiennews.com, qui donne l'adresse de l'original, datée du 20230912 ; le texte dit que Kim Jong-un « est arrivé en Russie mardi ». L'heure de publication n'est pas connue.",
   'sources':[cite('caphaitiennews.com (Libération)','caphaitiennews.com','2023-09-12')],
  }],
 'bounds':{'start':'2023-07-21','end':'2023-09-13'},
 'periods':[
   {'id':'visite-de-choigou','label':'Visite de Choïgou','start':'2023-07-25','end':'2023-07-27'},
   {'id':'voyage-de-kim-jong-un-en-russie','label':'Voyage de Kim Jong Un en Russie','start':'2023-09-10','end':'2023-09-13'},
 ],
 'actors':[
   {'id':'maison-blanche','name':'La Maison Blanche','kind':'institution','role':'présidence des États-Unis','represents':'États-Unis'},
   {'id':'jake-sullivan','name':'Jake Sullivan','kind':'person','role':'conseiller à la sécurité nationale','represents':'États-Unis'},
   {'id':'adrienne-watson','name':'Adrienne Watson','kind':'person','role':'porte-parole du Conseil de sécurité nationale de la Maison Blanche','represents':'États-Unis'},
   {'id':'kremlin','name':'Le Kremlin','kind':'institution','role':'présidence russe','represents':'Russie'},
   {'id':'dmitri-peskov','name':'Dmitri Peskov','kind':'person','role':'porte-parole du Kremlin','represents':'Russie'},
   {'id':'serguei-choigou','name':'Sergueï Choïgou','kind':'person','role':'ministre russe de la Défense','represents':'Russie'},
   {'id':'vladimir-poutine','name':'Vladimir Poutine','kind':'person','role':'président russe','represents':'Russie'},
   {'id':'kim-jong-un','name':'Kim Jong Un','kind':'person','role':'dirigeant nord-coréen','represents':'Corée du Nord'},
   {'id':'new-york-times','name':'The New York Times','kind':'outlet','role':'quotidien américain','represents':'Presse'},
   {'id':'tass','name':'TASS','kind':'outlet','role':'agence de presse russe','represents':'Presse'},
   {'id':'kcna','name':'KCNA','kind':'outlet','role':'agence officielle nord-coréenne','represents':'Presse'},
 ],
 'lanes':[
   {'id':'washington','label':'Washington','represents':['États-Unis']},
   {'id':'moscou','label':'Moscou','represents':['Russie']},
   {'id':'pyongyang','label':'Pyongyang','represents':['Corée du Nord']},
   {'id':'presse','label':'La presse','represents':['Presse']},
 ],
 'events':[
  {'slug':'visite-de-choigou-en-coree-du-nord',
   'short':'Choïgou en visite en Corée du Nord',
   'title':'Sergueï Choïgou en visite en Corée du Nord',
   'summary':"Le ministre russe de la Défense, Sergueï Choïgou, se rend en Corée du Nord à la fin du mois de juillet. L'article dit seulement « fin juillet » ; des dépêches du jour établissent son arrivée à Pyongyang le mardi 25 juillet pour une visite prévue jusqu'au 27.",
   'date':{'start':'2023-07-25','end':'2023-07-27','precision':'days','expression':fin_juillet,
     'evidence':{'note':"Arrivé à Pyongyang le mardi 25 juillet, pour une visite annoncée du 25 au 27 juillet ; l'agence nord-coréenne KCNA a annoncé le départ de la délégation le vendredi 28.",
       'sources':[
         cite('Al Arabiya English (AFP)','english.alarabiya.net','2023-07-25','arrived in Pyongyang Tuesday',title='Russian Defense Minister Shoigu arrives in North Korea'),
         cite('UrduPoint','urdupoint.com','2023-07-25','will visit North Korea from July 25-27'),
       ]}},
   'actors':['serguei-choigou','kim-jong-un'],
   'claim':{'status':'established'},
   'passages':[span("Elle avait également dénoncé la visite fin juillet de M. Choïgou en Corée du Nord")],
   'quotes':[]},
  {'slug':'defile-militaire-aux-cotes-de-kim-jong-un',
   'short':'Défilé militaire avec Kim Jong Un',
   'title':'Choïgou assiste à un défilé militaire aux côtés de Kim Jong Un',
   'summary':"Pendant sa visite, Sergueï Choïgou assiste à Pyongyang, aux côtés de Kim Jong Un, au défilé militaire du 70e anniversaire de l'armistice de la guerre de Corée, le jeudi 27 juillet au soir.",
   'date':{'start':'2023-07-27','end':'2023-07-27','precision':'day','expression':fin_juillet,
     'evidence':{'note':"Le défilé du 70e anniversaire de l'armistice a eu lieu le jeudi 27 juillet au soir.",
       'sources':[cite('Sputnik','sputnikglobe.com','2023-07-28','oversaw a military parade on Thursday night in Pyongyang… 70th anniversary of the armistice')]}},
   'actors':['kim-jong-un','serguei-choigou'],
   'claim':{'status':'established'},
   'passages':[span("où il a assisté à un défilé militaire aux côtés de Kim Jong Un")],
   'quotes':[]},
  {'slug':'la-maison-blanche-denonce-la-visite-de-choigou',
   'short':'La Maison Blanche dénonce la visite',
   'title':'La Maison Blanche dénonce la visite de Choïgou',
   'summary':"La Maison Blanche dénonce la visite de Sergueï Choïgou en Corée du Nord, venu selon elle convaincre Pyongyang de vendre des munitions d'artillerie à la Russie. L'article ne date pas cette déclaration ; selon les dépêches du jour, le porte-parole de la Maison Blanche John Kirby l'a faite le mercredi 30 août.",
   'date':{'start':'2023-08-30','end':'2023-08-30','precision':'day',
     'evidence':{'note':"Selon les dépêches du mercredi 30 août, John Kirby, porte-parole de la Maison Blanche, l'a déclaré ce jour-là ; dans les dépêches de l'AFP en français du même jour, c'est l'ambassadrice des États-Unis à l'ONU qui le dit.",
       'sources':[
         cite('Al Arabiya English','english.alarabiya.net','2023-08-30','to try to convince Pyongyang to sell artillery ammunition'),
         cite('TVA Nouvelles (AFP)','tvanouvelles.ca','2023-08-30'),
       ]}},
   'actors':['maison-blanche','serguei-choigou'],
   'claim':{'status':'stated','by':'maison-blanche'},
   'passages':[span(P8b)],
   'quotes':[q('maison-blanche-convaincre-pyongyang',"tenter de convaincre Pyongyang de vendre à la Russie des munitions d'artillerie",'maison-blanche',
              translation={'en':'to try to convince Pyongyang to sell artillery ammunition to Russia'})]},
  {'slug':'la-maison-blanche-kim-veut-se-rendre-en-russie',
   'short':'Kim veut aller en Russie, dit Washington',
   'title':"La Maison Blanche affirme que Kim Jong Un veut se rendre en Russie",
   'summary':"La Maison Blanche affirme que Kim Jong Un a l'intention de se rendre en Russie pour discuter de ventes d'armes avec Vladimir Poutine. Adrienne Watson, porte-parole du Conseil de sécurité nationale, assure que les négociations sur des livraisons d'armes « progressent activement ».",
   'date':{'start':'2023-09-04','end':'2023-09-04','precision':'day','expression':expr('Lundi', within=P2),
     'evidence':{'note':"Annoncé par Washington le lundi 4 septembre, par la voix d'Adrienne Watson.",
       'sources':[cite('BOL News','bolnews.com','2023-09-05','Washington announced on Monday'),
                  cite('UPI',None,None,'said on Monday')]}},
   'actors':['maison-blanche','adrienne-watson','kim-jong-un','vladimir-poutine'],
   'claim':{'status':'stated','by':'maison-blanche'},
   'passages':[span(P2,1),span(P2,2),span(P9)],
   'quotes':[
     q('watson-negociations-progressent',"Comme nous l'avons déjà dit, des négociations sur la fourniture d'armes entre la Russie et la Corée du Nord progressent activement",'adrienne-watson',
       translation={'en':'As we have said before, arms negotiations between Russia and North Korea are actively advancing'}),
     q('watson-echange-diplomatique',"nous savons que Kim Jong Un souhaite que ces négociations continuent, avec notamment un échange diplomatique au plus haut niveau en Russie",'adrienne-watson',
       translation={'en':'we know Kim Jong Un wants these negotiations to continue, including high-level diplomatic engagement in Russia'}),
   ]},
  {'slug':'choigou-evoque-des-exercices-conjoints',
   'short':'Choïgou évoque des exercices conjoints',
   'title':'Choïgou évoque des exercices militaires conjoints avec la Corée du Nord',
   'summary':"Le ministre russe de la Défense, Sergueï Choïgou, annonce que la Russie et la Corée du Nord discutent de la possibilité d'organiser des exercices militaires conjoints. Ses propos sont rapportés par l'agence TASS.",
   'date':{'start':'2023-09-04','end':'2023-09-04','precision':'day','expression':expr('lundi', within=P5),
     'evidence':{'note':"Propos tenus à Sotchi le lundi 4 septembre, rapportés par TASS.",
       'sources':[cite('TASS',None,'2023-09-04','Мы обсуждаем со всеми это… в том числе и с КНДР. Почему нет? Это наши соседи'),
                  cite('Daily Sabah','dailysabah.com','2023-09-04')]}},
   'actors':['serguei-choigou','tass'],
   'claim':{'status':'announced','by':'serguei-choigou','outlet':'TASS'},
   'passages':[span(P5)],
   'quotes':[q('choigou-pourquoi-pas',"Nous en discutons avec tout le monde, y compris avec la Corée du Nord. Pourquoi pas? Ce sont nos voisins",'serguei-choigou',outlet='TASS',
              translation={'en':'We are discussing this with everyone, including North Korea. Why not? They are our neighbours'})]},
  {'slug':'le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang',
   'short':'Ce que chacun cherche, selon le NYT',
   'title':'Selon le New York Times, Moscou veut des obus et Pyongyang des technologies',
   'summary':"Selon le New York Times, Moscou cherche à obtenir de Pyongyang des obus d'artillerie et des missiles antichars ; Kim Jong Un voudrait des technologies de pointe pour des satellites et des sous-marins à propulsion nucléaire, ainsi qu'une aide alimentaire. L'article ne date pas cette information, publiée le lundi 4 septembre.",
   'date':{'start':'2023-09-04','end':'2023-09-04','precision':'day',
     'evidence':{'note':"L'article du New York Times a paru le lundi 4 septembre.",
       'sources':[cite('The Boston Globe (The New York Times)','bostonglobe.com','2023-09-04'),
                  cite('Kyodo',None,None,'The New York Times reported Monday')]}},
   'actors':['new-york-times','kim-jong-un'],
   'claim':{'status':'reported','outlet':'The New York Times','by':'new-york-times'},
   'passages':[span(P10)],
   'quotes':[]},
  {'slug':'jake-sullivan-met-en-garde-la-coree-du-nord',
   'short':'Jake Sullivan met en garde Pyongyang',
   'title':"Jake Sullivan met en garde la Corée du Nord contre toute vente d'armes à la Russie",
   'summary':"Le conseiller américain à la sécurité nationale, Jake Sullivan, avertit la Corée du Nord qu'une livraison d'armes à la Russie n'améliorera pas son « image » et que ses dirigeants « en paieront le prix au sein de la communauté internationale ». Il fait état de « discussions actives » entre Moscou et Pyongyang et juge que la démarche en dit long sur la Russie.",
   'date':{'start':'2023-09-05','end':'2023-09-05','precision':'day','expression':expr('mardi', within=P1),
     'evidence':{'note':"Propos tenus lors du point de presse de la Maison Blanche, le mardi 5 septembre.",
       'sources':[cite('The Korea Herald','news.koreaherald.com','2023-09-06','told a press briefing at the White House')]}},
   'actors':['jake-sullivan','maison-blanche'],
   'claim':{'status':'stated','by':'jake-sullivan'},
   'passages':[span(P1),span(P3a),span(P3b),span(P4a)],
   'quotes':[
     q('sullivan-image',"l'image",'jake-sullivan',translation={'en':'the image'}),
     q('sullivan-paieront-le-prix',"ils en paieront le prix au sein de la communauté internationale",'jake-sullivan',translation={'en':'they will pay a price in the international community'}),
     q('sullivan-discussions-actives',"discussions actives",'jake-sullivan',translation={'en':'active discussions'}),
     q('sullivan-question-ouverte',"Cela reste une question ouverte quant à savoir quel type de matériel et la qualité de ce matériel qui pourrait être livré",'jake-sullivan'),
     q('sullivan-en-dit-long',"cela en dit long sur la Russie qui doit ainsi se tourner vers un pays comme la Corée du Nord pour renforcer ses capacités de défense",'jake-sullivan'),
   ]},
  {'slug':'le-kremlin-refuse-de-confirmer-le-sommet',
   'short':'Le Kremlin ne confirme pas le sommet',
   'title':'Le Kremlin refuse de confirmer un sommet Poutine–Kim',
   'summary':"Moscou refuse de confirmer la tenue d'un sommet entre Vladimir Poutine et Kim Jong Un : le porte-parole du Kremlin, Dmitri Peskov, dit n'avoir « rien à dire sur ce sujet ». Moscou évoque en revanche la possibilité d'exercices militaires conjoints.",
   'date':{'start':'2023-09-05','end':'2023-09-05','precision':'day','expression':expr('mardi', within=P4b),
     'evidence':{'note':"Dépêche TASS datée « MOSCOU, 5 septembre ».",
       'sources':[cite('TASS','tass.com','2023-09-05','MOSCOW, September 5',url='https://tass.com/politics/1670025')]}},
   'actors':['dmitri-peskov','kremlin'],
   'claim':{'status':'refused-to-confirm','by':'dmitri-peskov'},
   'passages':[span(P4b)],
   'quotes':[q('peskov-rien-a-dire',"Non, nous ne pouvons pas (confirmer), nous n'avons rien à dire sur ce sujet",'dmitri-peskov',
              translation={'en':'No, we cannot (confirm), we have nothing to say on this subject'})]},
  # --- What came next: the follow-up of 12 September, and the summit ---
  {'slug':'kim-jong-un-quitte-pyongyang-en-train-blinde',
   'short':'Kim quitte Pyongyang',
   'title':'Kim Jong Un quitte Pyongyang en train blindé pour la Russie',
   'summary':"Kim Jong Un quitte Pyongyang le dimanche 10 septembre à bord d'un train blindé, pour son premier voyage à l'étranger depuis la pandémie de Covid-19. L'agence officielle nord-coréenne KCNA annonce le mardi qu'il « est parti en train dimanche après-midi pour visiter la Fédération de Russie ».",
   'date':{'start':'2023-09-10','end':'2023-09-10','precision':'day',
     # "dimanche" as the dispatch says it, not the one inside KCNA's quotation: that quotation is KCNA's words.
     'expression':expr('dimanche', within=S_LEFT, doc=SUITE)},
   'actors':['kim-jong-un','kcna'],
   'claim':{'status':'announced','outlet':'KCNA'},
   'passages':[span(S_LEFT, doc=SUITE), span(S_KCNA, doc=SUITE), span(S_IMAGES, doc=SUITE)],
   'quotes':[q('kcna-parti-en-train',"est parti en train dimanche après-midi pour visiter la Fédération de Russie",'kcna',doc=SUITE,
              translation={'en':'left by train on Sunday afternoon to visit the Russian Federation'})]},
  {'slug':'kim-jong-un-arrive-en-russie',
   'short':'Kim arrive en Russie',
   'title':'Kim Jong Un arrive en Russie, où un sommet avec Poutine doit se tenir',
   'summary':"Kim Jong Un arrive en Russie le mardi 12 septembre. Selon le porte-parole du Kremlin, cité par l'agence Ria Novosti, il doit parler de « sujets sensibles » avec Vladimir Poutine ; le sommet doit se tenir « dans les prochains jours » dans l'Extrême-Orient russe, sans date ni lieu précisés par Moscou.",
   'date':{'start':'2023-09-12','end':'2023-09-12','precision':'day',
     'expression':expr('mardi', within=S_ARRIVED, doc=SUITE)},
   'actors':['kim-jong-un','dmitri-peskov','vladimir-poutine'],
   'claim':{'status':'established'},
   'passages':[span(S_FIRST, doc=SUITE), span(S_SUMMIT, doc=SUITE), span(S_ARRIVED, doc=SUITE)],
   'quotes':[q('peskov-sujets-sensibles','sujets sensibles','dmitri-peskov',doc=SUITE,outlet='Ria Novosti',
              translation={'en':'sensitive matters'})]},
  {'slug':'sommet-poutine-kim-au-cosmodrome-vostotchny',
   'short':'Sommet à Vostotchny',
   'title':'Sommet de Vladimir Poutine et Kim Jong Un au cosmodrome Vostotchny',
   'summary':"Vladimir Poutine et Kim Jong Un se rencontrent le mercredi 13 septembre au cosmodrome Vostotchny, dans l'Extrême-Orient russe. Les dépêches de la chronologie ne le rapportent pas : le sommet n'y est qu'annoncé pour les jours à venir ; ce sont d'autres sources qui le datent et le situent.",
   'date':{'start':'2023-09-13','end':'2023-09-13','precision':'day',
     'evidence':{'note':"Reuters et TASS rapportent la rencontre le mercredi 13 septembre 2023, au cosmodrome Vostotchny.",
       'sources':[cite('Reuters',None,'2023-09-13','met for a rare summit on Wednesday… Vostochny Cosmodrome'),
                  cite('TASS','tass.com',None,url='https://tass.com/politics/1674885')]}},
   'actors':['vladimir-poutine','kim-jong-un'],
   'claim':{'status':'established'},
   'passages':[],
   'evidence':{'note':"Le sommet s'est tenu le mercredi 13 septembre 2023 au cosmodrome Vostotchny, dans l'Extrême-Orient russe, selon Reuters et TASS.",
     'sources':[cite('Reuters',None,'2023-09-13','met for a rare summit on Wednesday… Vostochny Cosmodrome'),
                cite('TASS','tass.com',None,url='https://tass.com/politics/1674885')]},
   'quotes':[]},
 ]}
open(d+'story.json','w',encoding='utf-8').write(json.dumps(story,ensure_ascii=False,indent=2)+'\n')

