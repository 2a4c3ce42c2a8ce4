"""Key strings of the boilerplate patterns (generated; do not edit).

Regenerate with ``python tests/gen_boilerplate_rules.py`` (``--show`` lists each pattern's
keys); a test checks this file against the rules. Patterns are numbered in the order of
``boilerplate_rules._SPEC``. A key is a string (lower case) one of which stands in every
line a pattern matches (lowered). A line holding a ``RISKY`` character is not lowered
faithfully, so every pattern is searched in it.

``INDEX`` has one row per key, tab-separated: a one-character key and the patterns it
stands for, or a longer key's rarest pair of characters, the key and its patterns (one
string: a module of literals this size would cost milliseconds to compile).
"""

from __future__ import annotations

#: How many patterns the library has (a guard against a stale module).
PATTERNS = 215
RISKY = 'µßİıŉſǰͅΐΣΰςϐϑϕϖϰϱϵևᲀᲁᲂᲃᲄᲅᲆᲇᲈẖẗẘẙẚẛὐὒὔὖᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏᾐᾑᾒᾓᾔᾕᾖᾗᾘᾙᾚᾛᾜᾝᾞᾟᾠᾡᾢᾣᾤᾥᾦᾧᾨᾩᾪᾫᾬᾭᾮᾯᾲᾳᾴᾶᾷᾼιῂῃῄῆῇῌῒΐῖῗῢΰῤῦῧῲῳῴῶῷῼﬀﬁﬂﬃﬄﬅﬆﬓﬔﬕﬖﬗ'
#: Patterns without keys (searched in every line).
ALWAYS: tuple[int, ...] = ()
#: Patterns with a second key set (bit ``PATTERNS + k`` in ``INDEX``): a line must hold both.
SECOND: tuple[int, ...] = (1,2,3,4,6,7,9,11,12,13,15,16,17,22,25,29,33,37,41,42,43,44,45,46,47,48,49,50,51,52,53,56,58,64,72,73,74,75,77,78,80,81,82,83,89,90,91,93,94,95,97,99,100,101,102,103,104,105,109,110,111,112,113,114,115,116,119,120,121,125,127,130,133,134,135,138,139,140,141,142,144,151,152,154,161,162,163,171,189,191,193,195,203,205,210,211,212,213)
INDEX = """\
(	257
,	152
/	152,232,258,377,378,410
:	218,221,222,226,230,232,237,240,244,248,252,256,258,259,260,261,262,263,264,292,316,357,376,378,404,406
>	164,377,378
[	257
x	367
|	152,214,410
©	76,78,292,295,298
·	152,214,410
»	164,377,378
•	152,214,410
›	164,377,378
→	377,378
ⓒ	76,78,298
へ	271
侵	100
凡	306
删	315
刪	315
图	8
圖	8
大	224
想	265
文	8,17
欲	265
禁	296
請	354
请	354
글	386
홈	163
／	232,258
：	221,222,230,232,258,259,292,316,357,376,404,406
＞	164,377,378
｜	214
 à	mis à jour	28,216,217,219
 à	retour à l	174
(c	(c)	76,78,292,295,298
-m	e-mail	367
19	19	0,1,2,3,219,231,292,293
20	20	0,1,2,3,219,231,292,293
ad	head to	268
ad	read	4,5,12,13,216
ag	tag	216,217,219
ag	untersagt	329
ak	aktualisiert	24,216,217,219
ak	redakteur	46
ak	redaktion	46
ap	sitemap	195
ar	startseite	163
au	author	216,217,219
au	autor	25,33,37,216,217,219
au	autorisation	330
av	avertissement	129
bl	cookies ablehnen	206
bo	abonnieren sie den	157
bo	abonnieren sie unsere	157
bo	about us	195
bs	diese webseite verwendet cookies	206
bs	diese website verwendet cookies	206
bs	our website use	418
bs	this website use	418
bs	unsere webseite verwendet cookies	206
bs	unsere website verwendet cookies	206
bs	visit our website	55
bu	may not be distributed	104
bu	may not be redistributed	104
by	by	10
by	by continuing 	205
by	by using 	205
by	compiled by	40
by	designed by	194
by	edited by	40,42
by	editing by	40
by	fact checked by	40
by	fact-checked by	40
by	powered by	194
by	produced by	40
by	proofread by	40
by	reporting by	40,42
by	reviewed by	40
by	site by	194
by	theme by	194
by	writing by	40,42
bé	leia também	186
bé	veja também	186
ch	fecha	32
ch	nicht gestattet	329
ck	back to top	169
ck	check out	268
ck	click	268
ck	click here for	55
ck	click here to	55
ck	nachdruck	114
cl	articles	319
cl	articles similaires	184
cl	disclaimer	124
cl	the article	319
cl	the article 	320
cl	this article	319
cl	this article 	320
co	contact	268
co	contacto	201
co	content	169,319
cp	icp	187
ct	section	11,216,217,219
cu	accueil	163
cy	cookie policy	195,204
cy	privacy policy	195
da	data	36
da	date	216,217,219
dd	reddit	367
di	editor	41
di	editoria	37
dv	does not constitute financial advice	126
dv	does not constitute investment advice	126
dv	does not constitute legal advice	126
dv	does not constitute medical advice	126
dv	does not constitute tax advice	126
dv	not intended as financial advice	128
dv	not intended as investment advice	128
dv	not intended as legal advice	128
dv	not to be considered as financial advice	128
dv	not to be considered as investment advice	128
dv	not to be considered as legal advice	128
dv	not to be construed as financial advice	128
dv	not to be construed as investment advice	128
dv	not to be construed as legal advice	128
ew	newer	168
ez	partagez :	158
ez	partagez cet	158
ez	partagez sur	158
fa	fale conosco	202
fe	the feed	319
fe	this feed	319
ff	rediffusion	115
fi	filed under	11
fi	find out more	54
fo	fonte	37,216,217,219
fo	for additional details	53
fo	for additional stories	53
fo	for more details	53
fo	for more stories	53
fu	for further coverage	53
fu	for further details	53
fu	for further information	53
fu	for further news	53
fu	for further stories	53
fu	fuente	33,216,217,219
fu	refuser les cookies	207
fu	refuser tous les cookies	207
fä	vervielfältigung	114
gb	agb	199
ge	get the latest	366
ge	mal gelesen	4,5,27,216
gh	you might also be interested in	179
go	categoria	37,216,217,219
go	go to	268
gr	telegram	367
gs	haftungsausschluss	129
gs	tags	11,37
gu	artigo seguinte	176
gu	entrada siguiente	175
gu	genehmigung	329
gu	noticia siguiente	175
gu	post seguinte	176
gu	seguir leyendo	67
gw	schlagworte	25
hi	hits	4,5,216
hr	mehr lesen	63
ib	accessibility	195
ib	saiba mais	69
ib	weitere informationen gibt es	62
ic	autrice	29
ic	inicio	163
ic	noticia anterior	175
ic	noticias relacionadas	185
ig	artigo anterior	176
ig	siga-nos	160
ik	like us at	148
ik	like us for	148
ik	like us on	148
ik	vorheriger artikel	173
ik	weitere artikel	183
ik	you may also like	179
ik	you might also like	179
il	teilen	157
iv	article suivant	174
iv	receive our	366
iv	receive the latest	366
iz	actualizado	32,216,217,219
iz	atualizado	36,216,217,219
iz	unauthorized reproduction	106
iz	unauthorized use	106
ié	modifié	28
ié	publié	28,216,217,219
jo	join us at	148
jo	join us for	148
jo	join us on	148
ka	kategorie	25,216,217,219
ke	keine anlageberatung	131
ki	 cookies	203
ki	accepter les cookies	207
ki	accepter tous les cookies	207
ki	ce site utilise des cookies	207
ki	cookie	213,425
ki	cookie consent	204
ki	cookie settings	204
ki	cookies	204,208,209,420
ki	diese seite verwendet cookies	206
ki	notre site utilise des cookies	207
ki	unsere seite verwendet cookies	206
ko	kontakt	199
kt	lektorat	46
kz	cookies akzeptieren	206
kö	das könnte sie auch interessieren	183
la	latest	178
la	related	178
ld	older	168
lg	folgen sie uns	157
ll	call	268
ll	erstellt	24
ll	follow us at	148
ll	follow us for	148
ll	follow us on	148
ls	read also	179
ls	see also	179
lu	relu par	47
lv	volver al inicio	175
lv	volver arriba	175
lé	mots-clés	29
lí	política de privacidad	201
lí	política de privacidade	202
ma	email	268,367
ma	leia mais	69
ma	mail	191
ma	material	319
ma	the material 	320
ma	this material 	320
mi	min	227,228
mm	recommended	178
mo	learn more	54
mo	more	178
mo	most read	178
mo	read more	54
mo	see more	54
mp	compartilhar	160
mp	compartilhe	160
mp	compartir	159
mp	impressum	199
má	leer más	67
má	más información :	66
má	más información en	66
mê	sur le même sujet	184
nd	stand	24
ng	trending	178
nk	linkedin	367
nu	continue lendo	69
nu	menu	169
nv	ne constitue pas un conseil en investissement	132
nã	não constitui 	349
ok	facebook	367
om	home	163
ov	for additional coverage	53
ov	for more coverage	53
ox	in your inbox	151
ox	to your inbox	151
pa	no part of this	106
pa	par	30
pa	partager	158
pa	the page	319
pa	this page	319
pf	keine anlageempfehlung	131
pi	copia	331
pi	may not be copied	104
pi	pinterest	367
pi	the piece 	320
pi	this piece 	320
pi	topics	11
pl	en savoir plus	65
pl	plan du site	200
pl	plus d	279
po	editado por	48,49
po	por	34
po	post anterior	176
po	posted	14,216,217,219
po	the post	319
po	the post 	320
po	the report	319
po	this post	319
po	this post 	320
po	this report	319
pp	first appeared at	108
pp	first appeared in	108
pp	first appeared on	108
pp	originally appeared at	108
pp	originally appeared in	108
pp	originally appeared on	108
pp	whatsapp	367
pr	aviso de privacidad	201
pr	cookie preferences	204
pr	may not be reprinted	104
pr	may not be reproduced	104
pr	previous	168
pr	print	367
pr	prohibida 	116
pr	reprint our article	107
pr	reprint our content	107
pr	reprint our story	107
pr	reprint this article	107
pr	reprint this content	107
pr	reprint this story	107
pr	reprinted	105
pr	reprinted 	317,318
pr	reproduced 	317,318
pr	reproduction	115
pr	unauthorised reproduction	106
pu	 purposes only	127
pu	popular	178
pu	te puede interesar	185
py	copyright	77,78,80
py	unauthorised copying	106
py	unauthorized copying	106
pá	página inicial	163
qq	qq	146
qu	etiquetas	33
qu	quelle	25,216,217,219
qu	rubrique	29,216,217,219
rb	alle rechte vorbehalten	85
rb	bearbeitet von	46
rb	bearbeitung	46
rb	verboten	329
rc	search	169
rd	interdite	330
rf	mehr erfahren	63
rg	wiedergabe	114
ri	entrada anterior	175
ri	stories	319
rl	weiterlesen	63
rm	for additional information	53
rm	for more information	53
rm	information	64,342
rm	mehr informationen	63
rm	permission	102,103
rm	termos de uso	202
rm	terms and conditions	195
rm	terms of use	195
rm	weitere informationen finden sie	62
rm	weitere informationen unter	62
rv	all rights reserved	79
rv	terms of service	195
rv	todos los derechos reservados	87
rv	todos os direitos reservados	88
rv	weiterverbreitung	114
ry	category	11,216,217,219
ry	the story	319
ry	the story 	320
ry	this story	319
ry	this story 	320
rí	categoría	33,216,217,219
se	see	268
sh	share	147
si	site	319
su	lire la suite	65
sy	syndicated	105
sã	revisão	49
tz	datenschutz	199
tz	diese seite nutzt cookies	206
tz	diese webseite nutzt cookies	206
tz	diese website nutzt cookies	206
tz	unsere seite nutzt cookies	206
tz	unsere webseite nutzt cookies	206
tz	unsere website nutzt cookies	206
té	politique de confidentialité	200
ub	first published at	108
ub	first published in	108
ub	first published on	108
ub	may not be republished	104
ub	originally published at	108
ub	originally published in	108
ub	originally published on	108
ub	publicado	32,36,216,217,219
ub	published	14,105,216,217,219
ub	republication our article	107
ub	republication our content	107
ub	republication our story	107
ub	republication this article	107
ub	republication this content	107
ub	republication this story	107
ub	republish our article	107
ub	republish our content	107
ub	republish our story	107
ub	republish this article	107
ub	republish this content	107
ub	republish this story	107
ub	republished 	317,318
ub	rubrik	25,216,217,219
ub	subscribe for	149
ub	subscribe now	149
ub	subscribe to	149
ub	subscribe to our 	150
ub	the publication	319
ub	this publication	319
uc	lesen sie auch	183
uf	aufrufe	4,5,27,216
um	datum	24
up	for additional updates	53
up	for further updates	53
up	for more updates	53
up	sign up for	149
up	sign up for our 	150
up	sign up now	149
up	sign up to	149
up	updated	14
ur	auteur	29,216,217,219
ur	get our	366
ur	lecturas	4,5,35,216
ur	lectures	4,5,31,216
ur	leituras	4,5,38,216
ur	nur mit	329
ur	our site use	418
ur	relecture	47
ur	source	11,29,216,217,219
us	contact us	195
us	lire aussi	184
us	nous contacter	200
us	this site use	418
us	unauthorised use	106
us	used 	317,318
us	we use	418
uy	no constituye 	348
va	inscreva-se em nossa	160
va	inscreva-se na nossa	160
vi	aviso legal	129
vi	reviewer	41
vi	revisado por	48
vi	view	4,5,216,217,219
vi	views 	340
vi	visit	268
vi	visit our site	55
vi	visit us at	55
vi	visitas	4,5,35,216
vi	vistas	35
vo	voltar ao topo	176
vo	von	26
vo	vorheriger beitrag	173
vu	vues	4,5,31,216
vé	tous droits réservés	86
wi	twitter	367
wr	may not be rewritten	104
ws	for additional news	53
ws	for more news	53
ws	newsletter	150,356
ws	nossa newsletter	160
ws	the newsletter	319
ws	this newsletter	319
ww	visit www.	55
xp	expediente	202
xp	expressed by	125
xp	expressed here	125
xp	expressed in this	125
xt	next	168
yo	you are here	163
yo	you may also be interested in	179
z-	abonnez-vous à la	158
z-	abonnez-vous à notre	158
z-	inscrivez-vous à la lettre	158
z-	inscrivez-vous à la newsletter	158
z-	inscrivez-vous à notre lettre	158
z-	inscrivez-vous à notre newsletter	158
z-	suivez-nous	158
zu	cookies zustimmen	206
zu	mehr dazu	63
zu	mehr zum thema	183
äc	nächster artikel	173
äc	nächster beitrag	173
çã	edição	49
çã	isenção de responsabilidade	129
çã	proibida a reprodução	117
çã	recomendação de investimento	134
çã	redação	49
çã	seção	37,216,217,219
çõ	mais informações :	68
çõ	mais informações em	68
çõ	mais informações no	68
çõ	visualizações	4,5,38,216
éc	article précédent	174
éd	rédaction	47
éd	édition	47
éd	édité par	47
ég	catégorie	29,216,217,219
ég	mentions légales	200
én	lee también	185
ér	matérias relacionadas	186
ér	términos y condiciones	201
íb	suscríbete a nuestra	159
íb	suscríbete a nuestro	159
íc	artículo anterior	175
íc	artículo siguiente	175
íc	artículos relacionados	185
íc	início	163
íc	notícia anterior	176
íc	notícia seguinte	176
íc	notícias relacionadas	186
íg	síguenos en	159
ón	edición	48
ón	recomendación de inversión	133
ón	redacción	48
ón	reproducción	331
ón	revisión	48
ón	sección	33,216,217,219
óp	proibida a cópia	117
óx	próxima artigo	176
óx	próxima notícia	176
óx	próxima post	176
óx	próximo artigo	176
óx	próximo notícia	176
óx	próximo post	176
öf	veröffentlicht	24,216,217,219
üb	zurück zur übersicht	173
üc	zurück zur startseite	173
ав	автор	22,216,217,219
вс	все права защищены	84
гл	главная	163
да	дата	21,216,217,219
до	допускается	327
др	другие новости	182
за	запрещен	327
ин	инвестиционной рекомендацией	130
ис	использование материалов	112
ис	использование статьи	112
ис	источник	22,216,217,219
ка	категория	22
ко	контакты	198
ко	копирование материалов	112
ко	копирование статьи	112
ко	корректор	45
не	не является 	345
об	обновлено	21,216,217,219
оп	опубликовано	21,216,217,219
от	отказ от ответственности	129
пе	перепечатка материалов	112
пе	перепечатка статьи	112
по	по теме	182
по	поделиться	156
по	подписывайтесь на нас	156
по	подписывайтесь на наш	156
по	подпишитесь на наш	156
по	подпишитесь на рассылку	156
по	подробнее	60
по	политика конфиденциальности	198
по	пользовательское соглашение	198
по	похожие материалы	182
по	похожие новости	182
по	похожие статьи	182
пр	о проекте	198
пр	предыдущая запись	172
пр	предыдущая новость	172
пр	предыдущая статья	172
пр	при использовании	113
пр	при копировании	113
пр	при перепечатке	113
пр	при цитировании	113
пр	просмотр	4,5,23,216
ра	разрешается	327
ре	редактор	45
ре	редакция	45
ру	рубрика	22,216,217,219
са	сайт использует 	210
сл	следующая запись	172
сл	следующая новость	172
сл	следующая статья	172
сс	ссылк	327
сс	ссылка	328
те	теги	22
то	только	327
уз	узнать больше	61
уз	узнать далее	61
уз	узнать подробнее	61
чи	читайте также	182
чи	читать больше	61
чи	читать далее	61
чи	читать подробнее	61
おす	おすすめ記事	180
お断	お断り	324
が保	が保有	297
ご覧	ご覧	271
に帰	に帰属	297
まで	まで	271
を使	cookieを使用	211
を利	cookieを利用	211
カテ	カテゴリ	15,216,217,219
クッ	クッキーを使用	211
クッ	クッキーを利用	211
シェ	シェア	153
タグ	タグ	15
トッ	トップ	163
トッ	トップへ戻る	170
ニュ	ニュースレター	154
フォ	フォローお願い	153
フォ	フォローして	153
プラ	プライバシーポリシー	196
ペー	ページの先頭へ戻る	170
ホー	ホーム	163
メル	メルマガ	154
一审	一审	39
一審	一審	39
一鍵	一鍵分享	143
一键	一键分享	143
三审	三审	39
三審	三審	39
上一	上一条	165
上一	上一條	165
上一	上一篇	165
上一	上一頁	165
上一	上一页	165
上篇	上篇	165
下一	下一条	165
下一	下一條	165
下一	下一篇	165
下一	下一頁	165
下一	下一页	165
下篇	下篇	165
下載	下載	266
下载	下载	266
不代	不代表	121
不会	不会	121
不保	不保證	121
不保	不保证	121
不对	不对	121
不對	不對	121
不得	不得	93
不承	不承担	121
不承	不承擔	121
不會	不會	121
不构	不构成	120
不構	不構成	120
不負	不負責	121
不負	不負责	121
不负	不负責	121
不负	不负责	121
严禁	严禁	93
主办	主办	189
主編	主編	39
主编	主编	39
主辦	主辦	189
主頁	主頁	162
主页	主页	162
举報	举報电話	192
举報	举報电话	192
举報	举報邮箱	192
举報	举報郵箱	192
举報	举報電話	192
举報	举報電话	192
举报	举报电話	192
举报	举报电话	192
举报	举报邮箱	192
举报	举报郵箱	192
举报	举报電話	192
举报	举报電话	192
了解	了解更多	50
二审	二审	39
二審	二審	39
二維	二維码	137
二維	二維碼	137
二维	二维码	137
二维	二维碼	137
互联	互联網新聞信息服务	192
互联	互联網新聞信息服務	192
互联	互联網新闻信息服务	192
互联	互联網新闻信息服務	192
互联	互联网新聞信息服务	192
互联	互联网新聞信息服務	192
互联	互联网新闻信息服务	192
互联	互联网新闻信息服務	192
互聯	互聯網新聞信息服务	192
互聯	互聯網新聞信息服務	192
互聯	互聯網新闻信息服务	192
互聯	互聯網新闻信息服務	192
互聯	互聯网新聞信息服务	192
互聯	互聯网新聞信息服務	192
互聯	互聯网新闻信息服务	192
互聯	互聯网新闻信息服務	192
人气	人气	4,5,6,216
人気	人気記事	180
人氣	人氣	4,5,6,216
仅供	仅供	119
会社	会社概要	196
传真	传真	191
作者	作者	6,7,216,290
你的	你的位置	161
使用	使用	428
來源	來源	6,7,216
來源	來源于網絡	98
來源	來源于網络	98
來源	來源于网絡	98
來源	來源于网络	98
來源	來源於網絡	98
來源	來源於網络	98
來源	來源於网絡	98
來源	來源於网络	98
來自	來自	6,216
依据	依据	335
依據	依據	335
保留	保留	304,305
傳真	傳真	191
僅供	僅供	119
允許	允許	309
允许	允许	309
免責	免責事項	129
免責	免責声明	118
免責	免責条款	118
免責	免責條款	118
免責	免責聲明	118
免责	免责声明	118
免责	免责条款	118
免责	免责條款	118
免责	免责聲明	118
內容	內容仅代表作者	122
內容	內容來源	98
內容	內容僅代表作者	122
內容	內容来源	98
全文	全文	52
公众	公众号	138,142
公众	公众號	138,142
公眾	公眾号	138,142
公眾	公眾號	138,142
公網	公網安備	188
公網	公網安备	188
公网	公网安備	188
公网	公网安备	188
公衆	公衆号	138,142
公衆	公衆號	138,142
公開	公開	16
公開	公開日	15,216,217,219
共有	共有	153
关于	关于我们	190
关于	关于我們	190
关於	关於我们	190
关於	关於我們	190
关注	关注	139,266,353,355,359
关註	关註	139,266,353,355,359
关閉	关閉	167
关閉	关閉本頁	166
关閉	关閉本页	166
关閉	关閉窗口	166
关闭	关闭	167
关闭	关闭本頁	166
关闭	关闭本页	166
关闭	关闭窗口	166
其他	其他媒体	97
其他	其他媒體	97
其他	其他網站	97
其他	其他网站	97
其它	其它媒体	97
其它	其它媒體	97
其它	其它網站	97
其它	其它网站	97
内容	内容仅代表作者	122
内容	内容來源	98
内容	内容僅代表作者	122
内容	内容来源	98
写真	写真	17
出典	出典	15,216,217,219
出品	出品	39
出处	出处	6,7,216
出處	出處	6,7,216
分享	分享	139
分享	分享到	143
分享	分享給朋友	143
分享	分享给朋友	143
分享	分享至	143
分类	分类	6,216
分辨	分辨率	408
分類	分類	6,216
初审	初审	39
初審	初審	39
删除	删除	314
利用	利用規約	196
刪除	刪除	314
前の	前の記事	170
加入	加入我们	190
加入	加入我們	190
加入	加入收藏	165
务必	务必	304
務必	務必	304
勧誘	勧誘を目的としたものではありません	135
勧誘	勧誘を目的とするものではありません	135
协办	协办单位	189
协办	协办單位	189
协辦	协辦单位	189
协辦	协辦單位	189
協办	協办单位	189
協办	協办單位	189
協辦	協辦单位	189
協辦	協辦單位	189
原文	原文	52
原文	原文地址	7
原文	原文鏈接	7
原文	原文链接	7
参照	参照	271
参考	参考	334
參考	參考	334
发佈	发佈人	6,216
发佈	发佈日期	7
发佈	发佈时間	7
发佈	发佈时间	7
发佈	发佈時間	7
发佈	发佈時间	7
发佈	发佈者	6,7,216
发布	发布人	6,216
发布	发布日期	7
发布	发布时間	7
发布	发布时间	7
发布	发布時間	7
发布	发布時间	7
发布	发布者	6,7,216
发表	发表时間	7
发表	发表时间	7
发表	发表時間	7
发表	发表時间	7
同意	同意	309
后果	后果自負	121
后果	后果自负	121
告知	告知	314
喜欢	喜欢	177
喜歡	喜歡	177
嚴禁	嚴禁	93
图片	图片來源于網	98
图片	图片來源于网	98
图片	图片來源於網	98
图片	图片來源於网	98
图片	图片来源于網	98
图片	图片来源于网	98
图片	图片来源於網	98
图片	图片来源於网	98
圖片	圖片來源于網	98
圖片	圖片來源于网	98
圖片	圖片來源於網	98
圖片	圖片來源於网	98
圖片	圖片来源于網	98
圖片	圖片来源于网	98
圖片	圖片来源於網	98
圖片	圖片来源於网	98
在看	在看	145
地址	地址	191
均來	均來自	312
均来	均来自	312
均轉	均轉自	312
均轉	均轉載	312
均轉	均轉载	312
均转	均转自	312
均转	均转載	312
均转	均转载	312
增值	增值电信业务經	192
增值	增值电信业务经	192
增值	增值电信业務經	192
增值	增值电信业務经	192
增值	增值电信業务經	192
增值	增值电信業务经	192
增值	增值电信業務經	192
增值	增值电信業務经	192
增值	增值電信业务經	192
增值	增值電信业务经	192
增值	增值電信业務經	192
增值	增值電信业務经	192
增值	增值電信業务經	192
增值	增值電信業务经	192
增值	增值電信業務經	192
增值	增值電信業務经	192
声明	声明	101
复制	复制	308
复审	复审	39
复審	复審	39
复製	复製	308
如有	如有	99
如涉	如涉及	99
如要	如要轉載	92
如要	如要轉载	92
如要	如要转載	92
如要	如要转载	92
如需	如需	265
如需	如需轉載	92
如需	如需轉载	92
如需	如需转載	92
如需	如需转载	92
字体	字体	6,9,216
字号	字号	6,9,216
字號	字號	6,9,216
字體	字體	6,9,216
官方	官方	140
审定	审定	39
审校	审校	39
审核	审核	39
审覈	审覈	39
審定	審定	39
審校	審校	39
審核	審核	39
審覈	審覈	39
小編	小編	39
小编	小编	39
市场	市场有風险	123
市场	市场有風險	123
市场	市场有风险	123
市场	市场有风險	123
市場	市場有風险	123
市場	市場有風險	123
市場	市場有风险	123
市場	市場有风險	123
广告	广告服务	190
广告	广告服務	190
廣告	廣告服务	190
廣告	廣告服務	190
建設	建設单位	189
建設	建設單位	189
建議	建議	335
建議	建議使用	193
建议	建议	335
建议	建议使用	193
建设	建设单位	189
建设	建设單位	189
当サ	当サイト	426
当前	当前位置	161
当前	当前頁面	161
当前	当前页面	161
往期	往期回顧	177
往期	往期回顾	177
後果	後果自負	121
後果	後果自负	121
微信	微信	146
微博	微博	146
您当	您当前的位置	161
您现	您现在的位置	161
您現	您現在的位置	161
您當	您當前的位置	161
您的	您的位置	161
意見	意見反饋	190
意見	意見反馈	190
意见	意见反饋	190
意见	意见反馈	190
我们	我们	140,356
我們	我們	140,356
我站	我站	310,336
我網	我網	310,336
我网	我网	310,336
所在	所在位置	161
所属	所属栏目	7
所属	所属欄目	7
所屬	所屬栏目	7
所屬	所屬欄目	7
所有	所有	72,74
所有	所有作品	73
所有	所有內容	73
所有	所有内容	73
所有	所有图片	73
所有	所有圖片	73
所有	所有文章	73
所有	所有資料	73
所有	所有资料	73
打印	打印	167
打印	打印本頁	166
打印	打印本页	166
打印	打印此文	166
扫一	扫一扫	137
扫一	扫一掃	137
扫码	扫码关注	137
扫码	扫码关註	137
扫码	扫码關注	137
扫码	扫码關註	137
扫碼	扫碼关注	137
扫碼	扫碼关註	137
扫碼	扫碼關注	137
扫碼	扫碼關註	137
承办	承办	189
承辦	承辦	189
技术	技术支持	189
技术	技术支撐	189
技术	技术支撑	189
技術	技術支持	189
技術	技術支撐	189
技術	技術支撑	189
投稿	投稿日	15,216,217,219
投資	投資	350
投資	投資有風险	123
投資	投資有風險	123
投資	投資有风险	123
投資	投資有风險	123
投资	投资有風险	123
投资	投资有風險	123
投资	投资有风险	123
投资	投资有风險	123
拒絕	拒絕	93
拒绝	拒绝	93
掃一	掃一扫	137
掃一	掃一掃	137
掃码	掃码关注	137
掃码	掃码关註	137
掃码	掃码關注	137
掃码	掃码關註	137
掃碼	掃碼关注	137
掃碼	掃碼关註	137
掃碼	掃碼關注	137
掃碼	掃碼關註	137
授权	授权	309
授權	授權	309
排版	排版	39
排行	排行	177
推荐	推荐	177
推荐	推荐使用	193
推薦	推薦	177
推薦	推薦使用	193
掲載	掲載	16
掲載	掲載日	15
搜索	搜索	353
摄影	摄影	8
摘編	摘編	95,308
摘编	摘编	95,308
摘自	摘自	95,98
攝影	攝影	8
收藏	收藏	145,167
文章	文章	177
文章	文章仅代表作者	122
文章	文章僅代表作者	122
文章	文章鏈接	7
文章	文章链接	7
新聞	新聞	177
新闻	新闻	177
日期	日期	6,216
时間	时間	6,216
时间	时间	6,216
時間	時間	6,216
時间	時间	6,216
更多	更多	52
更多	更多信息	51
更多	更多內容	51
更多	更多内容	51
更多	更多新聞	51
更多	更多新闻	51
更多	更多精彩	51
更多	更多詳情	51
更多	更多详情	51
更多	更多資訊	51
更多	更多資讯	51
更多	更多资訊	51
更多	更多资讯	51
更新	更新	16
更新	更新日	15,216,217,219
更新	更新时間	7
更新	更新时间	7
更新	更新時間	7
更新	更新時间	7
最終	最終更新	15
會社	會社概要	196
朋友	朋友圈	146
未經	未經	94
未经	未经	94
本a	本app	310,336
本サ	本サイト	426
本作	本作品	310,336
本公	本公众号	310,336
本公	本公众號	310,336
本公	本公眾号	310,336
本公	本公眾號	310,336
本公	本公衆号	310,336
本公	本公衆號	310,336
本刊	本刊	140,310,336
本台	本台	310,336
本号	本号	140,310,336
本報	本報	310,336
本媒	本媒体	310,336
本媒	本媒體	310,336
本客	本客戶端	310,336
本客	本客户端	310,336
本帖	本帖	310,336
本平	本平台	140,310,336
本平	本平臺	140,310,336
本微	本微信	310,336
本报	本报	310,336
本文	本文	310,336
本文	本文來源	98
本文	本文来源	98
本文	本文鏈接	7
本文	本文链接	7
本栏	本栏目	310,336
本欄	本欄目	310,336
本社	本社	310,336
本站	本站	140,310,336,356
本網	本網	310,336
本网	本网	310,336
本臺	本臺	310,336
本號	本號	140,310,336
本資	本資訊	310,336
本資	本資讯	310,336
本资	本资訊	310,336
本资	本资讯	310,336
本頁	本頁	310,336
本頻	本頻道	310,336
本页	本页	310,336
本频	本频道	310,336
来源	来源	6,7,216
来源	来源于網絡	98
来源	来源于網络	98
来源	来源于网絡	98
来源	来源于网络	98
来源	来源於網絡	98
来源	来源於網络	98
来源	来源於网絡	98
来源	来源於网络	98
来自	来自	6,216
查看	查看	266,267
查看	查看更多	50
标明	标明	304,305
标注	标注	91
标註	标註	91
栏目	栏目	6,216
校对	校对	39
校對	校對	39
校正	校正	43
校稿	校稿	39
校閲	校閲	43
概不	概不負	121
概不	概不负	121
標明	標明	304,305
標注	標注	91
標註	標註	91
欄目	欄目	6,216
次の	次の記事	170
欢迎	欢迎	354
欲轉	欲轉載	92
欲轉	欲轉载	92
欲转	欲转載	92
欲转	欲转载	92
歡迎	歡迎	354
法律	法律声明	190
法律	法律聲明	190
注明	注明	91,304,305
浏覽	浏覽	4,5,6,216,266
浏覽	浏覽器	408
浏覽	浏覽次数	7
浏覽	浏覽次數	7
浏览	浏览	4,5,6,216,266
浏览	浏览器	408
浏览	浏览次数	7
浏览	浏览次數	7
添加	添加	353
瀏覽	瀏覽	4,5,6,216,266
瀏覽	瀏覽器	408
瀏覽	瀏覽次数	7
瀏覽	瀏覽次數	7
瀏览	瀏览	4,5,6,216,266
瀏览	瀏览器	408
瀏览	瀏览次数	7
瀏览	瀏览次數	7
点击	点击	4,5,6,144,216,266,267
点击	点击分享	143
点击	点击数	7
点击	点击數	7
点擊	点擊	4,5,6,144,216,266,267
点擊	点擊分享	143
点擊	点擊数	7
点擊	点擊數	7
点贊	点贊	145
点赞	点赞	145
热度	热度	4,5,216
無断	無断複製	81
無断	無断転用	81
無断	無断転載	81
熱度	熱度	4,5,216
版权	版权	75,76,287,288,289
版权	版权单位	189
版权	版权單位	189
版权	版权声明	71
版权	版权所有	70
版权	版权聲明	71
版權	版權	75,76,287,288,289
版權	版權单位	189
版權	版權單位	189
版權	版權声明	71
版權	版權所有	70
版權	版權聲明	71
特別	特別提示	118
特别	特别提示	118
獲取	獲取更多	50
獲得	獲得	304,305
现在	现在位置	161
現在	現在位置	161
电子	电子報	356
电子	电子报	356
电子	电子杂志	356
电子	电子杂誌	356
电子	电子雜志	356
电子	电子雜誌	356
电話	电話	191
电话	电话	191
當サ	當サイト	426
當前	當前位置	161
當前	當前頁面	161
當前	當前页面	161
登录	登录	266
登錄	登錄	266
登録	登録	369
發佈	發佈人	6,216
發佈	發佈日期	7
發佈	發佈时間	7
發佈	發佈时间	7
發佈	發佈時間	7
發佈	發佈時间	7
發佈	發佈者	6,7,216
發布	發布人	6,216
發布	發布日期	7
發布	發布时間	7
發布	發布时间	7
發布	發布時間	7
發布	發布時间	7
發布	發布者	6,7,216
發表	發表时間	7
發表	發表时间	7
發表	發表時間	7
發表	發表時间	7
监制	监制	39
监製	监製	39
監修	監修	43
監制	監制	39
監製	監製	39
相关	相关	177
相關	相關	177
瞭解	瞭解更多	50
禁じ	禁じ	324
禁止	禁止	93,324
稿源	稿源	6,7,216
筆者	筆者	15
策划	策划	39
策劃	策劃	39
糾錯	糾錯	167
糾错	糾错	167
終审	終审	39
終審	終審	39
統筹	統筹	39
統籌	統籌	39
続き	続きを読む	57
網站	網站制作	189
網站	網站地图	190
網站	網站地圖	190
網站	網站导航	190
網站	網站導航	190
網站	網站建設	189
網站	網站建设	189
網站	網站維护	189
網站	網站維護	189
網站	網站维护	189
網站	網站维護	189
網站	網站製作	189
網站	網站設計	189
網站	網站設计	189
網站	網站设計	189
網站	網站设计	189
網站	網站运營	189
網站	網站运营	189
網站	網站運營	189
網站	網站運营	189
編审	編审	39
編審	編審	39
編导	編导	39
編導	編導	39
編輯	編輯	6,39,216
編辑	編辑	6,39,216
編集	編集	43
纠錯	纠錯	167
纠错	纠错	167
终审	终审	39
终審	终審	39
统筹	统筹	39
统籌	统籌	39
编审	编审	39
编審	编審	39
编导	编导	39
编導	编導	39
编輯	编輯	6,39,216
编辑	编辑	6,39,216
网站	网站制作	189
网站	网站地图	190
网站	网站地圖	190
网站	网站导航	190
网站	网站導航	190
网站	网站建設	189
网站	网站建设	189
网站	网站維护	189
网站	网站維護	189
网站	网站维护	189
网站	网站维護	189
网站	网站製作	189
网站	网站設計	189
网站	网站設计	189
网站	网站设計	189
网站	网站设计	189
网站	网站运營	189
网站	网站运营	189
网站	网站運營	189
网站	网站運营	189
署名	署名	91
美編	美編	39
美编	美编	39
联系	联系	304,305,314
联系	联系我们	190
联系	联系我們	190
联繫	联繫	304,305,314
联繫	联繫我们	190
联繫	联繫我們	190
聯系	聯系	304,305,314
聯系	聯系我们	190
聯系	聯系我們	190
聯繫	聯繫	304,305,314
聯繫	聯繫我们	190
聯繫	聯繫我們	190
聲明	聲明	101
舉報	舉報电話	192
舉報	舉報电话	192
舉報	舉報邮箱	192
舉報	舉報郵箱	192
舉報	舉報電話	192
舉報	舉報電话	192
舉报	舉报电話	192
舉报	舉报电话	192
舉报	舉报邮箱	192
舉报	舉报郵箱	192
舉报	舉报電話	192
舉报	舉报電话	192
若有	若有	99
若涉	若涉及	99
若需	若需	265
若需	若需轉載	92
若需	若需轉载	92
若需	若需转載	92
若需	若需转载	92
获取	获取更多	50
获得	获得	304,305
著作	著作权	75,287,288,289
著作	著作権は	82
著作	著作權	75,287,288,289
著者	著者	15,216,217,219
複制	複制	308
複审	複审	39
複審	複審	39
複製	複製	308
觀点	觀点仅代表作者	122
觀点	觀点僅代表作者	122
觀點	觀點仅代表作者	122
觀點	觀點僅代表作者	122
观点	观点仅代表作者	122
观点	观点僅代表作者	122
观點	观點仅代表作者	122
观點	观點僅代表作者	122
訂閱	訂閱	139,141,355,359
訂閲	訂閲	139,141,355,359
訂阅	訂阅	139,141,355,359
記者	記者	6,8,216
訪問	訪問	4,5,216,266
訪问	訪问	4,5,216,266
設为	設为首頁	165
設为	設为首页	165
設為	設為首頁	165
設為	設為首页	165
設爲	設爲首頁	165
設爲	設爲首页	165
許可	許可	309
註明	註明	91,304,305
詳し	詳しくは	56
誠聘	誠聘英才	190
請勿	請勿	93
謝絕	謝絕	93
謝绝	謝绝	93
订閱	订閱	139,141,355,359
订閲	订閲	139,141,355,359
订阅	订阅	139,141,355,359
记者	记者	6,8,216
许可	许可	309
设为	设为首頁	165
设为	设为首页	165
设為	设為首頁	165
设為	设為首页	165
设爲	设爲首頁	165
设爲	设爲首页	165
访問	访問	4,5,216,266
访问	访问	4,5,216,266
诚聘	诚聘英才	190
请勿	请勿	93
谢絕	谢絕	93
谢绝	谢绝	93
豆瓣	豆瓣	146
責編	責編	39
責编	責编	39
資訊	資訊	177
資讯	資讯	177
購読	購読	369
责編	责編	39
责编	责编	39
资訊	资訊	177
资讯	资讯	177
転載	転載	109
轉发	轉发	139,145
轉發	轉發	139,145
轉自	轉自	95,98
轉載	轉載	90,95,308
轉載	轉載于	98
轉載	轉載於	98
轉載	轉載目的在于	96
轉載	轉載目的在於	96
轉載	轉載自	98
轉載	轉載請	89
轉載	轉載请	89
轉载	轉载	90,95,308
轉载	轉载于	98
轉载	轉载於	98
轉载	轉载目的在于	96
轉载	轉载目的在於	96
轉载	轉载自	98
轉载	轉载請	89
轉载	轉载请	89
转发	转发	139,145
转發	转發	139,145
转自	转自	95,98
转載	转載	90,95,308
转載	转載于	98
转載	转載於	98
转載	转載目的在于	96
转載	转載目的在於	96
转載	转載自	98
转載	转載請	89
转載	转載请	89
转载	转载	90,95,308
转载	转载于	98
转载	转载於	98
转载	转载目的在于	96
转载	转载目的在於	96
转载	转载自	98
转载	转载請	89
转载	转载请	89
运營	运營单位	189
运營	运營單位	189
运营	运营单位	189
运营	运营單位	189
返回	返回上一頁	166
返回	返回上一页	166
返回	返回上頁	166
返回	返回上页	166
返回	返回列表	166
返回	返回頂部	166
返回	返回顶部	166
返回	返回首頁	166
返回	返回首页	166
违法	违法和不良信息举報	192
违法	违法和不良信息举报	192
违法	违法和不良信息舉報	192
违法	违法和不良信息舉报	192
通訊	通訊员	8
通訊	通訊員	8
通讯	通讯员	8
通讯	通讯員	8
運営	運営会社	196
運営	運営會社	196
運營	運營单位	189
運營	運營單位	189
運营	運营单位	189
運营	運营單位	189
違法	違法和不良信息举報	192
違法	違法和不良信息举报	192
違法	違法和不良信息舉報	192
違法	違法和不良信息舉报	192
邮箱	邮箱	191
邮編	邮編	191
邮编	邮编	191
郵箱	郵箱	191
郵編	郵編	191
郵编	郵编	191
配信	配信	16
配信	配信日	15,216,217,219
鏡像	鏡像	308
镜像	镜像	308
関連	関連ニュース	180
関連	関連記事	180
閱讀	閱讀	4,5,6,177,216,267
閱讀	閱讀数	7
閱讀	閱讀數	7
閱讀	閱讀更多	50
閱讀	閱讀量	7
閱读	閱读	4,5,6,177,216,267
閱读	閱读数	7
閱读	閱读數	7
閱读	閱读更多	50
閱读	閱读量	7
閲覧	閲覧	4,5,216
閲讀	閲讀	4,5,6,177,216,267
閲讀	閲讀数	7
閲讀	閲讀數	7
閲讀	閲讀更多	50
閲讀	閲讀量	7
閲读	閲读	4,5,6,177,216,267
閲读	閲读数	7
閲读	閲读數	7
閲读	閲读更多	50
閲读	閲读量	7
關于	關于我们	190
關于	關于我們	190
關於	關於我们	190
關於	關於我們	190
關注	關注	139,266,353,355,359
關註	關註	139,266,353,355,359
關閉	關閉	167
關閉	關閉本頁	166
關閉	關閉本页	166
關閉	關閉窗口	166
關闭	關闭	167
關闭	關闭本頁	166
關闭	關闭本页	166
關闭	關闭窗口	166
阅讀	阅讀	4,5,6,177,216,267
阅讀	阅讀数	7
阅讀	阅讀數	7
阅讀	阅讀更多	50
阅讀	阅讀量	7
阅读	阅读	4,5,6,177,216,267
阅读	阅读数	7
阅读	阅读數	7
阅读	阅读更多	50
阅读	阅读量	7
隐私	隐私政策	190
隱私	隱私政策	190
電子	電子報	356
電子	電子报	356
電子	電子杂志	356
電子	電子杂誌	356
電子	電子雜志	356
電子	電子雜誌	356
電話	電話	191
電话	電话	191
需要	需要轉載	92
需要	需要轉载	92
需要	需要转載	92
需要	需要转载	92
非經	非經	94
非经	非经	94
頻道	頻道	6,216
频道	频道	6,216
風险	風险提示	118
風险	風险自担	121
風险	風险自擔	121
風險	風險提示	118
風險	風險自担	121
風險	風險自擔	121
风险	风险提示	118
风险	风险自担	121
风险	风险自擔	121
风險	风險提示	118
风險	风險自担	121
风險	风險自擔	121
首頁	首頁	162
首页	首页	162
點击	點击	4,5,6,144,216,266,267
點击	點击分享	143
點击	點击数	7
點击	點击數	7
點擊	點擊	4,5,6,144,216,266,267
點擊	點擊分享	143
點擊	點擊数	7
點擊	點擊數	7
點贊	點贊	145
點赞	點赞	145
감수	감수	44
개인	개인정보	197
게재	게재	18
공유	공유하기	155
관련	관련	181
교열	교열	44
구독	구독신청	155
구독	구독하기	155
구독	구독하세요	155
기사	기사	59,386
기자	기자	20
다음	다음	171
당사	당사는	427
등록	등록	18,216,217,219
많이	많이 본 뉴스	181
면책	면책	129
무단	무단	111
배포	배포	325
보기	보기	59
복제	복제	110
분류	분류	18,216,217,219
사업	사업자	197
사이	본 사이트는	427
사이	이 사이트는	427
수정	수정	18,216,217,219
업데	업데이트	18
이용	이용약관	197
이전	이전	171
입력	입력	18,216,217,219
자세	자세한 내용은	58
자세	자세한 사항은	58
작성	작성일	18
작성	작성자	18,216,217,219
저작	저작권자	83
전재	전재	110,326
조회	조회	4,5,19,216
참고	참고	273
참조	참조	273
추천	추천 기사	181
출처	출처	18,216,217,219
카테	카테고리	18
쿠키	쿠키 사용	212
쿠키	쿠키를 사용	212
투자	투자 권유 목적	136
투자	투자 권유를	136
특파	특파원	20
편집	편집	44
확인	확인	273
회사	회사소개	197
（c	（c）	76
"""
