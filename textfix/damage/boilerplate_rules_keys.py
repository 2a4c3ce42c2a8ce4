"""Key strings of the boilerplate patterns (generated; do not edit).

Regenerate with ``python tests/gen_boilerplate_rules.py`` (``--show`` lists each pattern's
keys); a test checks this file against the rules. Patterns are numbered in the order of
``boilerplate_rules._SPEC``; a mask has bit ``k`` for pattern ``k``. A key is a string
(lower case) one of which stands in every line a pattern matches (lowered). A line holding
a ``RISKY`` character is not lowered faithfully, so every pattern is searched in it.

A key with two adjacent ASCII characters is found by its rarest such pair (the pairs of a
line's ASCII runs are few); any other key by one of its characters, its anchor
(``ANCHOR_CHARS`` holds every character that lowers to an anchor, so one scan of the line
finds them).

``ANCHORS`` and ``PAIRS`` have one row per key, tab-separated: the anchor or pair, the key,
and its patterns (bits); a lookup's rows are consecutive, so a line's lookups are parsed
when first met (strings: a module of literals this size costs milliseconds to compile when
no bytecode cache is written, and so would parsing every row at once).
"""

from __future__ import annotations

#: How many patterns the library has (a guard against a stale module).
PATTERNS = 215
RISKY = 'µßİıŉſǰͅΐΣΰςϐϑϕϖϰϱϵևᲀᲁᲂᲃᲄᲅᲆᲇᲈẖẗẘẙẚẛὐὒὔὖᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏᾐᾑᾒᾓᾔᾕᾖᾗᾘᾙᾚᾛᾜᾝᾞᾟᾠᾡᾢᾣᾤᾥᾦᾧᾨᾩᾪᾫᾬᾭᾮᾯᾲᾳᾴᾶᾷᾼιῂῃῄῆῇῌῒΐῖῗῢΰῤῦῧῲῳῴῶῷῼﬀﬁﬂﬃﬄﬅﬆﬓﬔﬕﬖﬗ'
#: The risky characters that can stand in a key's place (the others cannot: Greek, ligatures).
RELEVANT = 'İıſᲀᲁᲂᲃᲄᲅ'
#: Patterns without keys (searched in every line), as a mask.
ALWAYS = 0x0
#: Patterns with a second key set (bit ``PATTERNS + k`` in the tables): a line must hold a
#: key of both.
SECOND = 0x3c280aa000080e05817ce4a39fe3faee0f6f01053ffe222243bade
#: (pattern, characters, n): every match holds n of these characters (lower case).
COUNTS: tuple[tuple[int, str, int], ...] = ((6, ':：', 2), (64, 'i', 2), (66, 'm', 2), (68, 'm', 2), (84, 'в', 2), (85, 'a', 2), (86, 't', 2), (88, 't', 2), (113, 'с', 2), (115, 'r', 2), (117, 'p', 2), (125, 'e', 4), (126, 'd', 2), (127, ' ', 4), (128, 'n', 2), (130, 'н', 5), (132, 'n', 7), (133, 'n', 6), (134, 'n', 5), (164, '>»›＞', 2), (191, ':：', 2), (203, ' ', 2), (210, 'с', 2), (214, '|·•｜', 3))
#: Patterns ending with ``$``: the last character of a stripped line they match is in these
#: ranges of code points ("lo-hi" in hexadecimal, space-separated) or categories.
LASTS: tuple[tuple[int, str, str], ...] = (
    (8, '29-29 5d-5d b7-b7 3011-3011 4e00-9fff ff09-ff09', 'space'),
    (42, '29-29 5d-5d', ''),
    (103, '29-29 5d-5d', 'space'),
    (146, '51-51 71-71 4fe1-4fe1 535a-535a 5708-5708 74e3-74e3 9593-9593 95f4-95f4', 'space'),
    (152, '4b-4e 50-50 52-52 54-54 58-58 6b-6e 70-70 72-72 74-74 78-78 212a-212a', 'space'),
    (177, '29-29 3a-3a 5d-5d 3011-3011 5bb9-5bb9 63a5-63a5 6b22-6b22 6b61-6b61 7ae0-7ae0 805e-805e 8350-8350 85a6-85a6 884c-884c 8a0a-8a0a 8b80-8b80 8baf-8baf 8bfb-8bfb 9053-9053 95fb-95fb 984c-984c 9867-9867 987e-987e 9898-9898 ff09-ff09 ff1a-ff1a', 'space'),
    (180, '3a-3a 30b9-30b9 4e8b-4e8b ff1a-ff1a', 'space'),
    (181, '3a-3a c0ac-c0ac c2a4-c2a4 ff1a-ff1a', 'space'),
    (182, '3a-3a 415-415 418-418 42b-42b 435-435 438-438 44b-44b ff1a-ff1a', 'space'),
    (183, '3a-3a 41-41 48-48 4c-4c 4e-4e 61-61 68-68 6c-6c 6e-6e ff1a-ff1a', 'space'),
    (184, '3a-3a 49-49 53-54 69-69 73-74 130-131 17f-17f ff1a-ff1a', 'space'),
    (185, '3a-3a 4e-4e 52-53 6e-6e 72-73 17f-17f ff1a-ff1a', 'space'),
    (186, '3a-3a 4d-4d 53-53 6d-6d 73-73 17f-17f ff1a-ff1a', 'space'),
    (190, '4eec-4eec 5011-5011 52a1-52a1 52a9-52a9 52d9-52d9 56fe-56fe 5716-5716 624d-624d 63a5-63a5 660e-660e 7a3f-7a3f 7b56-7b56 822a-822a 994b-994b 9988-9988', 'space'),
)
ANCHOR_CHARS = '(,/:>X[x|©·»БВГДЖЗЙКПФЦЧШЩЫЬЯбвгджзйкпфцчшщыья•›→Ⓒⓒおがくごじたてにのへまめェカクグサプペホメラレ三上下业严为主了二于享人他代们众会传佈体你使來供侵修們備傳允入內全共内写凡出击刊划列初删別刪别到制劃勧勿协協博原参參发台号同后员品員喜営器嚴图圈圖在地场址均報場声处备复多大如子字它官定审審对导對導小属屬布帖平广廣建当录律後得微必您想我戶户戻所打扫承投护报担拒持据掃授排掲提搜摄摘撐撑擊擔據攝收文料新於日时時最會期未杂权条来构查标栏校核條業概構標権欄權欢欲歡止正此气気氣注浏涉添瀏為热無照熱營爲獲现現留當發监監相看眾瞭知码碼社禁稿窗站章筆篇类精系糾終絡給統続網繫纠终给络统编网置署美者聞聲自至臺若荐获营著薦處號衆行製複要覈見規覧觀见观訂計訊記訪許註話詳誠請謝證議護计订议讯记许访证诚话详请谢豆負責購贊负责赞転輯轉转载辑辨运返违違邮郵配量錄録鍵鏈鏡链键镜閉開関閱閲闭闻阅隐隱集雜非面頁頂項頻願類顧页顶顾频首體감개게공교구글기내다당데등련많면목무배보복본분성소수신약업요일입저전조참추출카쿠투트특편항홈확（／：＞｜'
#: The pairs of ``PAIRS``, tab-separated.
PAIR_KEYS = '(c\t-m\t19\t20\tac\tad\tag\tak\tap\tar\tau\tav\tbe\tbl\tbo\tbs\tbu\tby\tcc\tch\tci\tck\tcl\tco\tcp\tcr\tct\tcu\tcy\tda\tdd\tdi\tdv\tew\tez\tfa\tfe\tff\tfi\tfo\tfu\tga\tgb\tge\tgh\tgi\tgo\tgr\tgs\tgu\tgw\thi\thr\tib\tic\tif\tig\tik\til\tiv\tiz\tjo\tka\tke\tki\tko\tkt\tkz\tla\tld\tle\tlg\tll\tls\tlu\tlv\tma\tmb\tmi\tmm\tmo\tmp\tnd\tng\tnk\tnu\tnv\tok\tom\tov\tox\tpa\tpf\tpi\tpl\tpo\tpp\tpr\tpu\tpy\tqq\tqu\trb\trc\trd\trf\trg\tri\trl\trm\trv\try\tse\tsh\tsi\tsp\tsu\tsy\ttz\tub\tuc\tuf\tui\tuj\tum\tup\tur\tus\tuy\tva\tvi\tvo\tvu\twi\twr\tws\tww\txi\txp\txt\tyo\tz-\tzu'
ANCHORS = """\
(	(	257
,	,	152
/	/	152,232,258,377,378,410
:	:	218,221,222,226,230,232,237,240,244,248,252,256,258,259,260,261,262,263,264,292,316,357,376,378,404,406
>	>	164,377,378
[	[	257
x	x	367
|	|	152,214,410
©	©	76,78,292,295,298
·	·	152,214,410
»	»	164,377,378
б	обновлено	21,216,217,219
б	опубликовано	21,216,217,219
б	подробнее	60
б	рубрика	22,216,217,219
б	узнать подробнее	61
в	автор	22,216,217,219
г	главная	163
г	другие новости	182
г	категория	22
г	теги	22
д	дата	21,216,217,219
д	редактор	45
ж	похожие материалы	182
ж	похожие новости	182
ж	похожие статьи	182
ж	читайте также	182
з	использование материалов	112
з	использование статьи	112
з	отказ от ответственности	129
з	при использовании	113
з	узнать далее	61
й	подписывайтесь на нас	156
й	сайт использует 	210
к	корректор	45
п	копирование материалов	112
п	о проекте	198
п	по теме	182
п	при копировании	113
п	просмотр	4,5,23,216
ф	политика конфиденциальности	198
ц	инвестиционной рекомендацией	130
ц	при цитировании	113
ц	редакция	45
ч	источник	22,216,217,219
ч	перепечатка материалов	112
ч	перепечатка статьи	112
ч	при перепечатке	113
ч	читать далее	61
ч	читать подробнее	61
ш	подписывайтесь на наш	156
ш	подпишитесь на наш	156
ш	подпишитесь на рассылку	156
ш	пользовательское соглашение	198
ш	разрешается	327
ш	узнать больше	61
ш	читать больше	61
щ	все права защищены	84
щ	запрещен	327
щ	предыдущая запись	172
щ	предыдущая новость	172
щ	предыдущая статья	172
щ	следующая запись	172
щ	следующая новость	172
щ	следующая статья	172
ы	контакты	198
ы	ссылк	327
ы	ссылка	328
ь	копирование статьи	112
ь	поделиться	156
ь	только	327
я	допускается	327
я	не является 	345
•	•	152,214,410
›	›	164,377,378
→	→	377,378
ⓒ	ⓒ	76,78,298
お	お断り	324
が	が保有	297
く	詳しくは	56
ご	ご覧	271
じ	禁じ	324
た	勧誘を目的としたものではありません	135
て	フォローして	153
に	に帰属	297
の	前の記事	170
の	次の記事	170
へ	へ	271
ま	まで	271
め	おすすめ記事	180
ェ	シェア	153
カ	カテゴリ	15,216,217,219
ク	クッキーを使用	211
ク	クッキーを利用	211
グ	タグ	15
サ	当サイト	426
サ	本サイト	426
サ	當サイト	426
プ	トップ	163
ペ	ページの先頭へ戻る	170
ホ	ホーム	163
メ	メルマガ	154
ラ	プライバシーポリシー	196
レ	ニュースレター	154
三	三审	39
三	三審	39
上	上一頁	165
上	上一页	165
下	下一頁	165
下	下一页	165
下	下載	266
下	下载	266
业	增值电信业务經	192
业	增值电信业务经	192
业	增值电信业務經	192
业	增值电信业務经	192
业	增值電信业务經	192
业	增值電信业务经	192
业	增值電信业務經	192
业	增值電信业務经	192
严	严禁	93
为	設为首頁	165
为	設为首页	165
为	设为首頁	165
为	设为首页	165
主	主办	189
主	主編	39
主	主编	39
主	主辦	189
主	主頁	162
主	主页	162
了	了解更多	50
二	二审	39
二	二審	39
二	二維码	137
二	二維碼	137
二	二维码	137
二	二维碼	137
于	轉載于	98
于	轉载于	98
于	转載于	98
于	转载于	98
享	分享	139
人	发佈人	6,216
人	发布人	6,216
人	發佈人	6,216
人	發布人	6,216
他	其他媒体	97
他	其他媒體	97
他	其他網站	97
他	其他网站	97
代	不代表	121
们	关于我们	190
们	关於我们	190
们	我们	140,356
们	關于我们	190
们	關於我们	190
众	公众号	138,142
众	公众號	138,142
众	本公众号	310,336
众	本公众號	310,336
会	不会	121
会	会社概要	196
传	传真	191
佈	发佈时間	7
佈	发佈时间	7
佈	发佈時間	7
佈	发佈時间	7
佈	发佈者	6,7,216
佈	發佈时間	7
佈	發佈时间	7
佈	發佈時間	7
佈	發佈時间	7
佈	發佈者	6,7,216
体	本媒体	310,336
你	你的位置	161
使	使用	428
來	來源	6,7,216
來	來自	6,216
供	仅供	119
供	僅供	119
侵	侵	100
修	監修	43
們	关于我們	190
們	关於我們	190
們	我們	140,356
們	關于我們	190
們	關於我們	190
備	公網安備	188
備	公网安備	188
傳	傳真	191
允	允許	309
允	允许	309
入	加入我们	190
入	加入我們	190
內	內容仅代表作者	122
內	內容來源	98
內	內容僅代表作者	122
內	內容来源	98
內	所有內容	73
內	更多內容	51
全	全文	52
共	共有	153
内	内容仅代表作者	122
内	内容來源	98
内	内容僅代表作者	122
内	内容来源	98
内	所有内容	73
内	更多内容	51
写	写真	17
凡	凡	306
出	出品	39
击	点击	4,5,6,144,216,266,267
击	点击分享	143
击	点击数	7
击	点击數	7
击	點击	4,5,6,144,216,266,267
击	點击分享	143
击	點击数	7
击	點击數	7
刊	本刊	140,310,336
划	策划	39
列	返回列表	166
初	初审	39
初	初審	39
删	删	315
删	删除	314
別	特別提示	118
刪	刪	315
刪	刪除	314
别	特别提示	118
到	分享到	143
制	網站制作	189
制	网站制作	189
劃	策劃	39
勧	勧誘を目的とするものではありません	135
勿	請勿	93
勿	请勿	93
协	协办单位	189
协	协办單位	189
协	协辦单位	189
协	协辦單位	189
協	協办单位	189
協	協办單位	189
協	協辦单位	189
協	協辦單位	189
博	微博	146
原	原文	52
参	参考	334
參	參考	334
发	轉发	139,145
发	转发	139,145
台	本台	310,336
号	本号	140,310,336
同	同意	309
后	后果自負	121
后	后果自负	121
员	通訊员	8
员	通讯员	8
品	所有作品	73
品	本作品	310,336
員	通訊員	8
員	通讯員	8
喜	喜欢	177
喜	喜歡	177
営	運営会社	196
営	運営會社	196
器	浏覽器	408
器	浏览器	408
器	瀏覽器	408
器	瀏览器	408
嚴	嚴禁	93
图	图	8
图	图片來源于網	98
图	图片來源于网	98
图	图片來源於網	98
图	图片來源於网	98
图	图片来源于網	98
图	图片来源于网	98
图	图片来源於網	98
图	图片来源於网	98
图	所有图片	73
圈	朋友圈	146
圖	圖	8
圖	圖片來源于網	98
圖	圖片來源于网	98
圖	圖片來源於網	98
圖	圖片來源於网	98
圖	圖片来源于網	98
圖	圖片来源于网	98
圖	圖片来源於網	98
圖	圖片来源於网	98
圖	所有圖片	73
在	轉載目的在于	96
在	轉載目的在於	96
在	轉载目的在于	96
在	轉载目的在於	96
在	转載目的在于	96
在	转載目的在於	96
在	转载目的在于	96
在	转载目的在於	96
地	網站地图	190
地	網站地圖	190
地	网站地图	190
地	网站地圖	190
场	市场有風险	123
场	市场有風險	123
场	市场有风险	123
场	市场有风險	123
址	原文地址	7
址	地址	191
均	均來自	312
均	均来自	312
均	均轉自	312
均	均轉載	312
均	均轉载	312
均	均转自	312
均	均转載	312
均	均转载	312
報	本報	310,336
場	市場有風险	123
場	市場有風險	123
場	市場有风险	123
場	市場有风險	123
声	免責声明	118
声	免责声明	118
声	声明	101
声	版权声明	71
声	版權声明	71
处	出处	6,7,216
备	公網安备	188
备	公网安备	188
复	复制	308
复	复审	39
复	复審	39
复	复製	308
多	更多	52
多	更多信息	51
大	大	224
如	如有	99
如	如需	265
如	如需轉載	92
如	如需轉载	92
如	如需转載	92
如	如需转载	92
子	电子報	356
子	电子报	356
子	電子報	356
子	電子报	356
字	字体	6,9,216
字	字号	6,9,216
字	字號	6,9,216
字	字體	6,9,216
它	其它媒体	97
它	其它媒體	97
它	其它網站	97
它	其它网站	97
官	官方	140
定	审定	39
定	審定	39
审	一审	39
审	編审	39
審	一審	39
審	編審	39
对	不对	121
对	校对	39
导	網站导航	190
导	編导	39
导	编导	39
导	网站导航	190
對	不對	121
對	校對	39
導	網站導航	190
導	編導	39
導	编導	39
導	网站導航	190
小	小編	39
小	小编	39
属	所属栏目	7
属	所属欄目	7
屬	所屬栏目	7
屬	所屬欄目	7
布	发布时間	7
布	发布时间	7
布	发布時間	7
布	发布時间	7
布	发布者	6,7,216
布	發布时間	7
布	發布时间	7
布	發布時間	7
布	發布時间	7
布	發布者	6,7,216
帖	本帖	310,336
平	本平台	140,310,336
平	本平臺	140,310,336
广	广告服务	190
广	广告服務	190
廣	廣告服务	190
廣	廣告服務	190
建	建設单位	189
建	建設單位	189
建	建设单位	189
建	建设單位	189
建	網站建設	189
建	網站建设	189
建	网站建設	189
建	网站建设	189
当	当前位置	161
录	登录	266
律	法律声明	190
律	法律聲明	190
後	後果自負	121
後	後果自负	121
得	不得	93
微	微信	146
微	本微信	310,336
必	务必	304
必	務必	304
您	您当前的位置	161
您	您當前的位置	161
您	您的位置	161
想	想	265
我	我站	310,336
我	我網	310,336
我	我网	310,336
戶	本客戶端	310,336
户	本客户端	310,336
戻	トップへ戻る	170
所	所有	72,74
打	打印	167
打	打印本頁	166
打	打印本页	166
扫	扫一扫	137
扫	扫一掃	137
承	不承担	121
承	不承擔	121
承	承办	189
承	承辦	189
投	投資	350
投	投資有風险	123
投	投資有風險	123
投	投資有风险	123
投	投資有风險	123
投	投资有風险	123
投	投资有風險	123
投	投资有风险	123
投	投资有风險	123
护	網站維护	189
护	網站维护	189
护	网站維护	189
护	网站维护	189
报	本报	310,336
担	風险自担	121
担	風險自担	121
担	风险自担	121
担	风險自担	121
拒	拒絕	93
拒	拒绝	93
持	技术支持	189
持	技術支持	189
据	依据	335
掃	掃一扫	137
掃	掃一掃	137
授	授权	309
授	授權	309
排	排版	39
掲	掲載	16
掲	掲載日	15
提	風险提示	118
提	風險提示	118
提	风险提示	118
提	风險提示	118
搜	搜索	353
摄	摄影	8
摘	摘編	95,308
摘	摘编	95,308
摘	摘自	95,98
撐	技术支撐	189
撐	技術支撐	189
撑	技术支撑	189
撑	技術支撑	189
擊	点擊	4,5,6,144,216,266,267
擊	点擊分享	143
擊	点擊数	7
擊	点擊數	7
擊	點擊	4,5,6,144,216,266,267
擊	點擊分享	143
擊	點擊数	7
擊	點擊數	7
擔	風险自擔	121
擔	風險自擔	121
擔	风险自擔	121
擔	风險自擔	121
據	依據	335
攝	攝影	8
收	加入收藏	165
收	收藏	145,167
文	文	8,17
文	本文	310,336
文	本文來源	98
文	本文来源	98
料	所有資料	73
料	所有资料	73
新	更新	16
於	轉載於	98
於	轉载於	98
於	转載於	98
於	转载於	98
日	更新日	15,216,217,219
时	发表时間	7
时	发表时间	7
时	时間	6,216
时	时间	6,216
时	更新时間	7
时	更新时间	7
时	發表时間	7
时	發表时间	7
時	发表時間	7
時	发表時间	7
時	時間	6,216
時	時间	6,216
時	更新時間	7
時	更新時间	7
時	發表時間	7
時	發表時间	7
最	最終更新	15
會	不會	121
會	會社概要	196
期	发佈日期	7
期	发布日期	7
期	日期	6,216
期	發佈日期	7
期	發布日期	7
未	未經	94
未	未经	94
杂	电子杂志	356
杂	电子杂誌	356
杂	電子杂志	356
杂	電子杂誌	356
权	版权	75,76,287,288,289
权	版权单位	189
权	版权單位	189
权	版权所有	70
条	上一条	165
条	下一条	165
条	免責条款	118
条	免责条款	118
来	来源	6,7,216
来	来自	6,216
构	不构成	120
查	查看	266,267
查	查看更多	50
标	标明	304,305
标	标注	91
标	标註	91
栏	本栏目	310,336
栏	栏目	6,216
校	审校	39
校	審校	39
校	校閲	43
核	审核	39
核	審核	39
條	上一條	165
條	下一條	165
條	免責條款	118
條	免责條款	118
業	增值电信業务經	192
業	增值电信業务经	192
業	增值电信業務經	192
業	增值电信業務经	192
業	增值電信業务經	192
業	增值電信業务经	192
業	增值電信業務經	192
業	增值電信業務经	192
概	概不負	121
概	概不负	121
構	不構成	120
標	標明	304,305
標	標注	91
標	標註	91
権	著作権は	82
欄	本欄目	310,336
欄	欄目	6,216
權	版權	75,76,287,288,289
權	版權单位	189
權	版權單位	189
權	版權所有	70
欢	欢迎	354
欲	欲	265
欲	欲轉載	92
欲	欲轉载	92
欲	欲转載	92
欲	欲转载	92
歡	歡迎	354
止	禁止	93,324
正	校正	43
此	打印此文	166
气	人气	4,5,6,216
気	人気記事	180
氣	人氣	4,5,6,216
注	关注	139,266,353,355,359
注	注明	91,304,305
注	關注	139,266,353,355,359
浏	浏覽	4,5,6,216,266
浏	浏覽次数	7
浏	浏覽次數	7
浏	浏览	4,5,6,216,266
浏	浏览次数	7
浏	浏览次數	7
涉	如涉及	99
涉	若涉及	99
添	添加	353
瀏	瀏覽	4,5,6,216,266
瀏	瀏覽次数	7
瀏	瀏覽次數	7
瀏	瀏览	4,5,6,216,266
瀏	瀏览次数	7
瀏	瀏览次數	7
為	設為首頁	165
為	設為首页	165
為	设為首頁	165
為	设為首页	165
热	热度	4,5,216
無	無断複製	81
無	無断転用	81
無	無断転載	81
照	参照	271
熱	熱度	4,5,216
營	網站運營	189
營	网站運營	189
營	運營单位	189
營	運營單位	189
爲	設爲首頁	165
爲	設爲首页	165
爲	设爲首頁	165
爲	设爲首页	165
獲	獲取更多	50
獲	獲得	304,305
现	您现在的位置	161
现	现在位置	161
現	您現在的位置	161
現	現在位置	161
留	保留	304,305
當	當前位置	161
發	轉發	139,145
發	转發	139,145
监	监制	39
监	监製	39
監	監制	39
監	監製	39
相	相关	177
相	相關	177
看	在看	145
眾	公眾号	138,142
眾	公眾號	138,142
眾	本公眾号	310,336
眾	本公眾號	310,336
瞭	瞭解更多	50
知	告知	314
码	扫码关注	137
码	扫码关註	137
码	扫码關注	137
码	扫码關註	137
码	掃码关注	137
码	掃码关註	137
码	掃码關注	137
码	掃码關註	137
碼	扫碼关注	137
碼	扫碼关註	137
碼	扫碼關注	137
碼	扫碼關註	137
碼	掃碼关注	137
碼	掃碼关註	137
碼	掃碼關注	137
碼	掃碼關註	137
社	本社	310,336
禁	禁	296
稿	投稿日	15,216,217,219
稿	校稿	39
稿	稿源	6,7,216
窗	关閉窗口	166
窗	关闭窗口	166
窗	關閉窗口	166
窗	關闭窗口	166
站	本站	140,310,336,356
章	所有文章	73
章	文章	177
章	文章仅代表作者	122
章	文章僅代表作者	122
筆	筆者	15
篇	上一篇	165
篇	上篇	165
篇	下一篇	165
篇	下篇	165
类	分类	6,216
精	更多精彩	51
系	联系	304,305,314
系	联系我们	190
系	联系我們	190
系	聯系	304,305,314
系	聯系我们	190
系	聯系我們	190
糾	糾錯	167
糾	糾错	167
終	終审	39
終	終審	39
絡	來源于網絡	98
絡	來源于网絡	98
絡	來源於網絡	98
絡	來源於网絡	98
絡	来源于網絡	98
絡	来源于网絡	98
絡	来源於網絡	98
絡	来源於网絡	98
給	分享給朋友	143
統	統筹	39
統	統籌	39
続	続きを読む	57
網	本網	310,336
繫	联繫	304,305,314
繫	联繫我们	190
繫	联繫我們	190
繫	聯繫	304,305,314
繫	聯繫我们	190
繫	聯繫我們	190
纠	纠錯	167
纠	纠错	167
终	终审	39
终	终審	39
给	分享给朋友	143
络	來源于網络	98
络	來源于网络	98
络	來源於網络	98
络	來源於网络	98
络	来源于網络	98
络	来源于网络	98
络	来源於網络	98
络	来源於网络	98
统	统筹	39
统	统籌	39
编	编审	39
编	编審	39
网	本网	310,336
置	所在位置	161
署	署名	91
美	美編	39
美	美编	39
者	作者	6,7,216,290
聞	互联網新聞信息服务	192
聞	互联網新聞信息服務	192
聞	互联网新聞信息服务	192
聞	互联网新聞信息服務	192
聞	互聯網新聞信息服务	192
聞	互聯網新聞信息服務	192
聞	互聯网新聞信息服务	192
聞	互聯网新聞信息服務	192
聞	新聞	177
聞	更多新聞	51
聲	免責聲明	118
聲	免责聲明	118
聲	版权聲明	71
聲	版權聲明	71
聲	聲明	101
自	轉自	95,98
自	轉載自	98
自	轉载自	98
自	转自	95,98
自	转載自	98
自	转载自	98
至	分享至	143
臺	本臺	310,336
若	若有	99
若	若需	265
若	若需轉載	92
若	若需轉载	92
若	若需转載	92
若	若需转载	92
荐	推荐	177
荐	推荐使用	193
获	获取更多	50
获	获得	304,305
营	網站運营	189
营	网站運营	189
营	運营单位	189
营	運营單位	189
著	著作权	75,287,288,289
著	著作權	75,287,288,289
著	著者	15,216,217,219
薦	推薦	177
薦	推薦使用	193
處	出處	6,7,216
號	本號	140,310,336
衆	公衆号	138,142
衆	公衆號	138,142
衆	本公衆号	310,336
衆	本公衆號	310,336
行	排行	177
製	網站製作	189
製	网站製作	189
複	複制	308
複	複审	39
複	複審	39
複	複製	308
要	如要轉載	92
要	如要轉载	92
要	如要转載	92
要	如要转载	92
要	需要轉載	92
要	需要轉载	92
要	需要转載	92
要	需要转载	92
覈	审覈	39
覈	審覈	39
見	意見反饋	190
見	意見反馈	190
規	利用規約	196
覧	閲覧	4,5,216
觀	觀点仅代表作者	122
觀	觀点僅代表作者	122
觀	觀點仅代表作者	122
觀	觀點僅代表作者	122
见	意见反饋	190
见	意见反馈	190
观	观点仅代表作者	122
观	观点僅代表作者	122
观	观點仅代表作者	122
观	观點僅代表作者	122
訂	訂閱	139,141,355,359
訂	訂閲	139,141,355,359
訂	訂阅	139,141,355,359
計	網站設計	189
計	網站设計	189
計	网站設計	189
計	网站设計	189
訊	更多資訊	51
訊	更多资訊	51
訊	本資訊	310,336
訊	本资訊	310,336
訊	資訊	177
訊	资訊	177
記	記者	6,8,216
訪	訪問	4,5,216,266
訪	訪问	4,5,216,266
許	許可	309
註	关註	139,266,353,355,359
註	註明	91,304,305
註	關註	139,266,353,355,359
話	举報电話	192
話	举報電話	192
話	举报电話	192
話	举报電話	192
話	电話	191
話	舉報电話	192
話	舉報電話	192
話	舉报电話	192
話	舉报電話	192
話	電話	191
詳	更多詳情	51
誠	誠聘英才	190
請	請	354
請	轉載請	89
請	轉载請	89
請	转載請	89
請	转载請	89
謝	謝絕	93
謝	謝绝	93
證	不保證	121
議	建議	335
議	建議使用	193
護	網站維護	189
護	網站维護	189
護	网站維護	189
護	网站维護	189
计	網站設计	189
计	網站设计	189
计	网站設计	189
计	网站设计	189
订	订閱	139,141,355,359
订	订閲	139,141,355,359
订	订阅	139,141,355,359
议	建议	335
议	建议使用	193
讯	更多資讯	51
讯	更多资讯	51
讯	本資讯	310,336
讯	本资讯	310,336
讯	資讯	177
讯	资讯	177
记	记者	6,8,216
许	许可	309
访	访問	4,5,216,266
访	访问	4,5,216,266
证	不保证	121
诚	诚聘英才	190
话	举報电话	192
话	举報電话	192
话	举报电话	192
话	举报電话	192
话	电话	191
话	舉報电话	192
话	舉報電话	192
话	舉报电话	192
话	舉报電话	192
话	電话	191
详	更多详情	51
请	请	354
请	轉載请	89
请	轉载请	89
请	转載请	89
请	转载请	89
谢	谢絕	93
谢	谢绝	93
豆	豆瓣	146
負	不負責	121
負	不負责	121
責	責編	39
責	責编	39
購	購読	369
贊	点贊	145
贊	點贊	145
负	不负責	121
负	不负责	121
责	责編	39
责	责编	39
赞	点赞	145
赞	點赞	145
転	転載	109
輯	編輯	6,39,216
輯	编輯	6,39,216
轉	轉載	90,95,308
转	转載	90,95,308
载	轉载	90,95,308
载	转载	90,95,308
辑	編辑	6,39,216
辑	编辑	6,39,216
辨	分辨率	408
运	網站运營	189
运	網站运营	189
运	网站运營	189
运	网站运营	189
运	运營单位	189
运	运營單位	189
运	运营单位	189
运	运营單位	189
返	返回上一頁	166
返	返回上一页	166
返	返回上頁	166
返	返回上页	166
返	返回首頁	166
返	返回首页	166
违	违法和不良信息举報	192
违	违法和不良信息举报	192
违	违法和不良信息舉報	192
违	违法和不良信息舉报	192
違	違法和不良信息举報	192
違	違法和不良信息举报	192
違	違法和不良信息舉報	192
違	違法和不良信息舉报	192
邮	举報邮箱	192
邮	举报邮箱	192
邮	舉報邮箱	192
邮	舉报邮箱	192
邮	邮箱	191
邮	邮編	191
邮	邮编	191
郵	举報郵箱	192
郵	举报郵箱	192
郵	舉報郵箱	192
郵	舉报郵箱	192
郵	郵箱	191
郵	郵編	191
郵	郵编	191
配	配信	16
配	配信日	15,216,217,219
量	閱讀量	7
量	閱读量	7
量	閲讀量	7
量	閲读量	7
量	阅讀量	7
量	阅读量	7
錄	登錄	266
録	登録	369
鍵	一鍵分享	143
鏈	原文鏈接	7
鏈	文章鏈接	7
鏈	本文鏈接	7
鏡	鏡像	308
链	原文链接	7
链	文章链接	7
链	本文链接	7
键	一键分享	143
镜	镜像	308
閉	关閉	167
閉	关閉本頁	166
閉	关閉本页	166
閉	關閉	167
閉	關閉本頁	166
閉	關閉本页	166
開	公開	16
開	公開日	15,216,217,219
関	関連ニュース	180
関	関連記事	180
閱	閱讀	4,5,6,177,216,267
閱	閱讀数	7
閱	閱讀數	7
閱	閱讀更多	50
閱	閱读	4,5,6,177,216,267
閱	閱读数	7
閱	閱读數	7
閱	閱读更多	50
閲	閲讀	4,5,6,177,216,267
閲	閲讀数	7
閲	閲讀數	7
閲	閲讀更多	50
閲	閲读	4,5,6,177,216,267
閲	閲读数	7
閲	閲读數	7
閲	閲读更多	50
闭	关闭	167
闭	关闭本頁	166
闭	关闭本页	166
闭	關闭	167
闭	關闭本頁	166
闭	關闭本页	166
闻	互联網新闻信息服务	192
闻	互联網新闻信息服務	192
闻	互联网新闻信息服务	192
闻	互联网新闻信息服務	192
闻	互聯網新闻信息服务	192
闻	互聯網新闻信息服務	192
闻	互聯网新闻信息服务	192
闻	互聯网新闻信息服務	192
闻	新闻	177
闻	更多新闻	51
阅	阅讀	4,5,6,177,216,267
阅	阅讀数	7
阅	阅讀數	7
阅	阅讀更多	50
阅	阅读	4,5,6,177,216,267
阅	阅读数	7
阅	阅读數	7
阅	阅读更多	50
隐	隐私政策	190
隱	隱私政策	190
集	編集	43
雜	电子雜志	356
雜	电子雜誌	356
雜	電子雜志	356
雜	電子雜誌	356
非	非經	94
非	非经	94
面	当前頁面	161
面	当前页面	161
面	當前頁面	161
面	當前页面	161
頁	本頁	310,336
頂	返回頂部	166
項	免責事項	129
頻	本頻道	310,336
頻	頻道	6,216
願	フォローお願い	153
類	分類	6,216
顧	往期回顧	177
页	本页	310,336
顶	返回顶部	166
顾	往期回顾	177
频	本频道	310,336
频	频道	6,216
首	首頁	162
首	首页	162
體	本媒體	310,336
감	감수	44
개	개인정보	197
게	게재	18
공	공유하기	155
교	교열	44
구	구독하기	155
글	글	386
기	기사	59,386
기	기자	20
내	자세한 내용은	58
다	다음	171
당	당사는	427
데	업데이트	18
등	등록	18,216,217,219
련	관련	181
많	많이 본 뉴스	181
면	면책	129
목	투자 권유 목적	136
무	무단	111
배	배포	325
보	보기	59
복	복제	110
본	본 사이트는	427
분	분류	18,216,217,219
성	작성자	18,216,217,219
소	회사소개	197
수	수정	18,216,217,219
신	구독신청	155
약	이용약관	197
업	사업자	197
요	구독하세요	155
일	작성일	18
입	입력	18,216,217,219
저	저작권자	83
전	이전	171
전	전재	110,326
조	조회	4,5,19,216
참	참고	273
참	참조	273
추	추천 기사	181
출	출처	18,216,217,219
카	카테고리	18
쿠	쿠키 사용	212
쿠	쿠키를 사용	212
투	투자 권유를	136
트	이 사이트는	427
특	특파원	20
편	편집	44
항	자세한 사항은	58
홈	홈	163
확	확인	273
（	（c）	76
／	／	232,258
：	：	221,222,230,232,258,259,292,316,357,376,404,406
＞	＞	164,377,378
｜	｜	214
"""
PAIRS = """\
(c	(c)	76,78,292,295,298
-m	e-mail	367
19	19	0,1,2,3,219,231,292,293
20	20	0,1,2,3,219,231,292,293
ac	rédaction	47
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
be	nächster beitrag	173
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
cc	redacción	48
cc	sección	33,216,217,219
ch	fecha	32
ch	nicht gestattet	329
ci	início	163
ci	notícia anterior	176
ci	notícias relacionadas	186
ck	back to top	169
ck	check out	268
ck	click	268
ck	click here for	55
ck	click here to	55
ck	nachdruck	114
cl	articles	319
cl	articles similaires	184
cl	disclaimer	124
cl	mots-clés	29
cl	the article	319
cl	the article 	320
cl	this article	319
cl	this article 	320
co	contact	268
co	contacto	201
co	content	169,319
cp	icp	187
cr	suscríbete a nuestra	159
cr	suscríbete a nuestro	159
ct	section	11,216,217,219
cu	accueil	163
cu	artículo anterior	175
cu	artículos relacionados	185
cy	cookie policy	195,204
cy	privacy policy	195
da	data	36
da	date	216,217,219
da	redação	49
dd	reddit	367
di	editor	41
di	editoria	37
di	edição	49
di	édition	47
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
ff	veröffentlicht	24,216,217,219
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
ga	mentions légales	200
gb	agb	199
ge	get the latest	366
ge	mal gelesen	4,5,27,216
gh	you might also be interested in	179
gi	página inicial	163
go	categoria	37,216,217,219
go	categoría	33,216,217,219
go	catégorie	29,216,217,219
go	go to	268
gr	telegram	367
gs	haftungsausschluss	129
gs	tags	11,37
gu	artigo seguinte	176
gu	artículo siguiente	175
gu	entrada siguiente	175
gu	genehmigung	329
gu	noticia siguiente	175
gu	notícia seguinte	176
gu	post seguinte	176
gu	seguir leyendo	67
gu	síguenos en	159
gw	schlagworte	25
hi	hits	4,5,216
hr	mehr lesen	63
ib	accessibility	195
ib	saiba mais	69
ib	weitere informationen gibt es	62
ic	autrice	29
ic	edición	48
ic	inicio	163
ic	noticia anterior	175
ic	noticias relacionadas	185
if	modifié	28
ig	artigo anterior	176
ig	siga-nos	160
ik	like us at	148
ik	like us for	148
ik	like us on	148
ik	nächster artikel	173
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
iz	visualizações	4,5,38,216
jo	join us at	148
jo	join us for	148
jo	join us on	148
jo	mis à jour	28,216,217,219
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
ki	cookieを使用	211
ki	cookieを利用	211
ki	diese seite verwendet cookies	206
ki	notre site utilise des cookies	207
ki	unsere seite verwendet cookies	206
ko	kontakt	199
kt	lektorat	46
kz	cookies akzeptieren	206
la	latest	178
la	related	178
ld	older	168
le	leer más	67
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
ma	email	268,367
ma	leia mais	69
ma	mail	191
ma	material	319
ma	matérias relacionadas	186
ma	the material 	320
ma	this material 	320
mb	lee también	185
mb	leia também	186
mb	veja também	186
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
nd	stand	24
ng	trending	178
nk	linkedin	367
nu	continue lendo	69
nu	menu	169
nv	ne constitue pas un conseil en investissement	132
nv	recomendación de inversión	133
nv	recomendação de investimento	134
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
pa	édité par	47
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
pp	本app	310,336
pr	article précédent	174
pr	aviso de privacidad	201
pr	cookie preferences	204
pr	may not be reprinted	104
pr	may not be reproduced	104
pr	política de privacidad	201
pr	política de privacidade	202
pr	previous	168
pr	print	367
pr	prohibida 	116
pr	proibida a cópia	117
pr	proibida a reprodução	117
pr	reprint our article	107
pr	reprint our content	107
pr	reprint our story	107
pr	reprint this article	107
pr	reprint this content	107
pr	reprint this story	107
pr	reprinted	105
pr	reprinted 	317,318
pr	reproducción	331
pr	reproduced 	317,318
pr	reproduction	115
pr	unauthorised reproduction	106
pu	 purposes only	127
pu	popular	178
pu	te puede interesar	185
py	copyright	77,78,80
py	unauthorised copying	106
py	unauthorized copying	106
qq	qq	146
qu	etiquetas	33
qu	politique de confidentialité	200
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
rm	mais informações :	68
rm	mais informações em	68
rm	mais informações no	68
rm	mehr informationen	63
rm	más información :	66
rm	más información en	66
rm	permission	102,103
rm	termos de uso	202
rm	terms and conditions	195
rm	terms of use	195
rm	términos y condiciones	201
rm	weitere informationen finden sie	62
rm	weitere informationen unter	62
rv	all rights reserved	79
rv	terms of service	195
rv	todos los derechos reservados	87
rv	todos os direitos reservados	88
rv	tous droits réservés	86
rv	vervielfältigung	114
rv	weiterverbreitung	114
ry	category	11,216,217,219
ry	the story	319
ry	the story 	320
ry	this story	319
ry	this story 	320
se	see	268
se	seção	37,216,217,219
sh	share	147
si	site	319
sp	isenção de responsabilidade	129
su	lire la suite	65
sy	syndicated	105
tz	datenschutz	199
tz	diese seite nutzt cookies	206
tz	diese webseite nutzt cookies	206
tz	diese website nutzt cookies	206
tz	unsere seite nutzt cookies	206
tz	unsere webseite nutzt cookies	206
tz	unsere website nutzt cookies	206
ub	first published at	108
ub	first published in	108
ub	first published on	108
ub	may not be republished	104
ub	originally published at	108
ub	originally published in	108
ub	originally published on	108
ub	publicado	32,36,216,217,219
ub	published	14,105,216,217,219
ub	publié	28,216,217,219
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
uc	das könnte sie auch interessieren	183
uc	lesen sie auch	183
uf	aufrufe	4,5,27,216
ui	não constitui 	349
uj	sur le même sujet	184
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
ur	retour à l	174
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
vi	revisión	48
vi	revisão	49
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
wi	twitter	367
wr	may not be rewritten	104
ws	for additional news	53
ws	for more news	53
ws	newsletter	150,356
ws	nossa newsletter	160
ws	the newsletter	319
ws	this newsletter	319
ww	visit www.	55
xi	próxima artigo	176
xi	próxima notícia	176
xi	próxima post	176
xi	próximo artigo	176
xi	próximo notícia	176
xi	próximo post	176
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
zu	zurück zur startseite	173
zu	zurück zur übersicht	173
"""
