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
PATTERNS = 380
RISKY = 'µßİıŉſǰͅΐΣΰςϐϑϕϖϰϱϵևᲀᲁᲂᲃᲄᲅᲆᲇᲈẖẗẘẙẚẛὐὒὔὖᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏᾐᾑᾒᾓᾔᾕᾖᾗᾘᾙᾚᾛᾜᾝᾞᾟᾠᾡᾢᾣᾤᾥᾦᾧᾨᾩᾪᾫᾬᾭᾮᾯᾲᾳᾴᾶᾷᾼιῂῃῄῆῇῌῒΐῖῗῢΰῤῦῧῲῳῴῶῷῼﬀﬁﬂﬃﬄﬅﬆﬓﬔﬕﬖﬗ'
#: The risky characters that can stand in a key's place (the others cannot: Greek, ligatures).
RELEVANT = 'İıſᲀᲁᲂᲃᲄᲅ'
#: Patterns without keys (searched in every line), as a mask.
ALWAYS = 0x0
#: Patterns with a second key set (bit ``PATTERNS + k`` in the tables): a line must hold a
#: key of both.
SECOND = 0x400c005492903782807f9f00800080080096a21927c280aa000080e05817ce4a39fe3faee0f6f01053ffe222243bade
#: (pattern, characters, n): every match holds n of these characters (lower case).
COUNTS: tuple[tuple[int, str, int], ...] = ((6, ':：', 2), (64, 'i', 2), (66, 'm', 2), (68, 'm', 2), (84, 'в', 2), (85, 'a', 2), (86, 't', 2), (88, 't', 2), (113, 'с', 2), (115, 'r', 2), (117, 'p', 2), (125, 'e', 4), (126, 'd', 2), (127, ' ', 4), (128, 'n', 2), (130, 'н', 5), (132, 'n', 7), (133, 'n', 6), (134, 'n', 5), (164, '>»›＞', 2), (191, ':：', 2), (203, ' ', 2), (210, 'с', 2), (255, 'м', 2), (289, 'r', 4), (291, 't', 6), (299, 'r', 3), (366, ' ', 5), (367, 'y', 3), (368, 'b', 2), (379, '|·•｜', 3))
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
    (214, '5d-5d 3011-3011 533a-533a 5340-5340 5757-5757 57df-57df 584a-584a 5bb9-5bb9 6587-6587', 'space'),
    (215, '52a1-52a1 52d9-52d9 5316-5316 7248-7248 788d-788d 7919-7919 89bd-89bd 89c8-89c8 8b80-8b80 8bfb-8bfb', 'space'),
    (218, '4eec-4eec 5011-5011 518a-518a 518c-518c 52a1-52a1 52d9-52d9 5f55-5f55 5fc3-5fc3 8058-8058 8a00-8a00 90e8-90e8 9304-9304 9801-9801 9875-9875', 'space'),
    (220, '3a-3a 7b7e-7b7e 7c3d-7c3d 7c64-7c64 7d22-7d22 8350-8350 85a6-85a6 8a5e-8a5e 8bcd-8bcd ff1a-ff1a', 'space'),
    (222, '3067-3067 3089-3089', 'space'),
    (223, '3078-3078', 'space'),
    (238, '21-21 ff01-ff01', 'space'),
    (241, '4c-4c 4e-4e 5d-5d 64-65 6c-6c', 'space'),
    (243, '7d-7d', 'space'),
    (244, 'c9c0-c9c0', 'space'),
    (245, '2e-2e 64-64 6e-6f e9-e9', 'space'),
    (270, '2e-2e 44-44 4e-4e 53-54 59-59 64-64 6e-6e 73-74 79-79 17f-17f', 'space'),
    (271, '45-45 4e-4e 52-52 65-65 6e-6e 72-72', 'space'),
    (272, '2e-2e 45-45 53-53 65-65 73-73 17f-17f', 'space'),
    (273, '2e-2e 4f-4f 53-53 6f-6f 73-73 17f-17f', 'space'),
    (274, '2e-2e 49-49 4f-4f 69-69 6f-6f 130-131', 'space'),
    (275, '2e-2e 4f-4f 53-53 6f-6f 73-73 17f-17f', 'space'),
    (277, '29-29 45-45 59-5a 65-65 79-7a', 'space'),
    (278, '4d-4d 50-50 52-52 6d-6d 70-70 72-72', 'space'),
    (279, '4e-4e 6e-6e', 'space'),
    (280, 'ae00-ae00 ae30-ae30', 'digit,space'),
    (281, '304f-304f 308b-308b 30c8-30c8', 'space'),
    (282, '29-29 5d-5d 3011-3011 4eab-4eab 53d1-53d1 767c-767c 85cf-85cf 8ad6-8ad6 8bba-8bba 8d0a-8d0a 8d5e-8d5e 9aee-9aee ff09-ff09', 'space'),
    (285, '3a-3a 44-45 49-49 4e-4f 52-54 59-59 64-65 69-69 6e-6f 72-74 79-79 130-131 17f-17f 415-415 435-435', 'space'),
    (287, '30b0-30b0 30b9-30b9 4e8b-4e8b', 'space'),
    (289, '41-41 61-61', 'space'),
    (297, '305f-305f 308b-308b 30fc-30fc', 'space'),
    (307, '45-45 48-48 4e-4e 50-50 52-52 57-57 5e-5e 65-65 68-68 6e-6e 70-70 72-72 77-77 418-418 438-438 2191-2191', 'space'),
    (308, '41-41 45-45 47-47 4e-4f 54-55 59-59 5e-5e 61-61 65-65 67-67 6e-6f 74-75 79-79 425-425 445-445 2191-2191', 'space'),
    (310, 'ae30-ae30 b85c-b85c', 'space'),
    (311, '3f-3f 45-45 48-48 4c-4c 65-65 68-68 6c-6c', 'space'),
    (312, '44-44 53-54 64-64 73-74 17f-17f', 'space'),
    (313, '90e8-90e8 9215-9215 94ae-94ae 9802-9802 9876-9876 9996-9996', 'space'),
    (314, '3a-3a 63a5-63a5 ff1a-ff1a', 'space'),
    (315, '3e-3e bb-bb ff1e-ff1e', 'space'),
    (316, '6b22-6b22 6b61-6b61 8350-8350 85a6-85a6 8b80-8b80 8bfb-8bfb', 'space'),
    (317, '3f-3f 5417-5417 55ce-55ce ff1f-ff1f', 'space'),
    (318, '3a-3a 41-41 45-45 49-4a 4e-4e 52-53 61-61 65-65 69-6a 6e-6e 72-73 130-131 15e-15f 17f-17f 42f-42f 44f-44f 1eba-1ebb 308b-308b ae30-ae30', 'space'),
    (319, '41-41 4e-4e 52-52 54-54 61-61 6e-6e 72-72 74-74', 'space'),
    (322, '3a-3a 43-43 45-45 49-49 4d-4e 52-52 63-63 65-65 69-69 6d-6e 72-72 130-131 415-415 418-418 42f-42f 435-435 438-438 44f-44f', 'space'),
    (325, '29-29 2e-2e ff09-ff09', 'space'),
    (328, '2e-2e 413-413 433-433 65e5-65e5 c77c-c77c', 'digit,space'),
    (332, '45-45 47-47 49-4a 4e-4e 52-52 54-54 58-58 65-65 67-67 69-6a 6e-6e 72-72 74-74 78-78 d7-d7 130-131 42c-42c 44c-44c 2715-2715 308b-308b ae30-ae30', 'space'),
    (337, '29-29 41-41 44-45 47-47 4d-4d 4f-4f 54-54 5d-5d 61-61 64-65 67-67 6d-6d 6f-6f 74-74 c0-c0 c9-c9 e0-e0 e9-e9 410-410 430-430 3011-3011 30af-30af 544a-544a ace0-ace0 ff09-ff09', 'space'),
    (338, '529e-529e 7ba1-7ba1 8fa6-8fa6', 'space'),
    (353, '2c-2c 2e-2e 41-41 43-43 45-45 48-4b 4d-4f 52-54 59-59 61-61 63-63 65-65 68-6b 6d-6f 72-74 79-79 c0-c0 e0-e0 130-131 15a-15b 17f-17f 406-406 410-410 412-412 42f-430 432-432 44f-44f 456-456 1c80-1c80 212a-212a 5929-5929 65e5-65e5 b298-b298 c81c-c81c', 'digit,space'),
    (359, '29-29 41-41 45-45 4a-4a 4e-4f 52-52 54-55 59-59 5d-5d 61-61 65-65 6a-6a 6e-6f 72-72 74-75 79-79 418-418 42c-42c 438-438 44c-44c 3011-3011 308b-308b 30b8-30b8 5237-5237 ae30-ae30 c1c4-c1c4 ff09-ff09', 'space'),
)
ANCHOR_CHARS = '!(,-/:>CXZ[]cxz{|}©·»ÜüŹźІБВГДЖЗЙКМПФХЦЧШЩЫЬЮЯбвгджзйкмпфхцчшщыьюяіỐố–—•›→Ⓒⓒ【】おかがくごじたてへまみめよェカキクグゲコサタツドニバブプペホポマメレ三上下业严中临为主买了二于享人仅今他代们件众会传佈你使來供侵信修們備傳僅允先入內全公共关内冊册写凡出击分刊划列创初删別刪别到制刷創劃办动動勧勿协協博原参參发台号同名后吗启员品員啓啟営嗎嚴围图圈圍圖地场址均報場声处备复多大天如媒子字它完官定审容審对导對導小属屬已布帖帮帰幫平广広度廣建开当录律後得微心必怀您情想懷成我戶户戻所打扫承投护报担拒招持指据掃授排採掲提援搜摄摘撐撑撰擊擔據攝收数數文料断新於无日时昨是時智最會有期术机杂权条来构查标栏校核條業概構標権機欄權次欢欲歡止正此气気氣注浏涉添瀏為热照熱營爆爲猜獲现現生留當發的监監相看眾瞭知码碍碼礙社禁稿窗站章端筆签简管篇簡簽籤类精系糾索終絡給統經続網線編繁繫纠线终经给络统编网置署美者聞聲臨自至臺航若荐获营著薦處號衆行術製複要覈見規覧觀见观言訂計訊記訪許註評詞話詳誠說説請謝證議護计订议讯记许访证评词诚话详说请谢豆負責買購贊负责购赞跳転載輯载辑辦辨达过迎运返这进违适這進過達違適邮部郵配采量錄録鍵鏈鏡链键镜長长門閉開関閱閲關门闭闻阅隐隱集雜非面頁頂項頻願類顧页顶顾频飛首髮가감개게공광교구그글기내뉴닫담당댓데등딩력련많면목무바배보복본분삽상성소쇄수신약어업오요원위음인일저전조참추출카쿠태투트특편항홈확환！（）／：＞｜'
#: The pairs of ``PAIRS``, tab-separated.
PAIR_KEYS = ' b\t g\t j\t k\t v\t${\t%}\t(c\t-m\t-v\t19\t20\tab\tac\tad\tag\tak\tap\tar\tau\tav\tay\taz\tba\tbb\tbe\tbj\tbl\tbo\tbs\tbu\tby\tcc\tch\tci\tcj\tck\tcl\tco\tcp\tcr\tct\tcu\tcy\tcz\tda\tdd\tde\tdi\tdo\tds\tdt\tdu\tdv\tdy\tdz\tem\tes\tew\tez\tfa\tfe\tff\tfi\tfo\tfu\tg(\tg-\tga\tgb\tge\tgg\tgh\tgi\tgo\tgr\tgs\tgu\tgw\thi\thr\tib\tic\tif\tig\tij\tik\til\tim\tin\tip\tiv\tiy\tiz\tja\tjo\tju\tka\tke\tkh\tki\tkl\tko\tkt\tku\tkv\tkz\tla\tlc\tld\tle\tlf\tlg\tlk\tll\tlm\tlo\tls\tlu\tlv\tma\tmb\tme\tmi\tmk\tmm\tmo\tmp\tmu\tmy\tna\tnc\tnd\tng\tnh\tnj\tnk\tnm\tno\tnu\tnv\tnz\tob\tod\tof\toj\tok\tom\tov\tow\tox\toy\tp \tpa\tpf\tph\tpi\tpl\tpo\tpp\tpr\tpu\tpy\tqq\tqu\trb\trc\trd\trf\trg\tri\trl\trm\tro\trr\trv\try\trz\tse\tsg\tsh\tsi\tsk\tsl\tsp\tss\tst\tsu\tsy\tsz\ttg\tth\ttu\ttz\tub\tuc\tud\tuf\tui\tuj\tuk\tul\tum\tun\tup\tur\tus\tut\tuv\tux\tuy\tuz\tva\tve\tvi\tvo\tvu\twi\twn\twp\twr\tws\tww\twy\txc\txe\txi\txp\txt\txu\tya\tyf\tyk\tyl\tyo\tyw\tz-\tzd\tzi\tzl\tzu\tzy\tzz\t}}'
ANCHORS = """\
!	!	618
(	(	422,705
,	,	152
-	-	732
/	/	152,397,423,542,543,575,615,703
:	:	383,386,387,391,395,397,402,405,409,413,417,421,423,424,425,426,427,428,429,457,481,522,541,543,569,571,617,673,676,683,684,703,704,706,709,719,721,724,727,730,734
>	>	164,542,543,695
[	[	422,680
]	]	673
c	c	672
x	x	532
z	z	615
{	{	620
|	|	152,379,575,703,732
}	}	623
©	©	76,78,457,460,463,672
·	·	152,379,575
»	»	164,542,543,695
ü	dün	353
ź	źródło	344
б	для добавления комментари	369
б	обновлено	21,295,381,382,384
б	опубликовано	21,381,382,384
б	подробнее	60
б	рубрика	22,381,382,384
б	узнать подробнее	61
в	автор	22,381,382,384
г	главная	163
г	главное	322
г	другие новости	182,322
г	категория	22
г	сегодня	353
г	теги	22,237
д	дата	21,381,382,384
д	редактор	45
ж	добро пожаловать	238
ж	перейти к содержимому	231
ж	похожие материалы	182
ж	похожие новости	182
ж	похожие статьи	182
ж	пропустить к содержимому	231
ж	уже подписаны	264
ж	читайте также	182
ж	читайте также на	321
з	загрузка	331
з	закрыть	332
з	из	615
з	использование материалов	112
з	использование статьи	112
з	мы используем 	255
з	отказ от ответственности	129
з	при использовании	113
з	узнать далее	61
й	войти	264
й	перейти к контенту	231
й	перейти к основному	231
й	подписывайтесь на нас	156
й	сайт использует 	210
й	читайте в	321
й	читайте на	321
й	чтобы оставить комментарий	369
к	корректор	45
к	текст	324
м	 комментари	276
м	комментарии	276
м	метки	237
м	реклама	337
п	копирование материалов	112
п	о проекте	198
п	перевести	307
п	по материалам	325
п	по теме	182
п	последние новости	322
п	при копировании	113
п	просмотр	4,5,23,306,381
ф	оформите подписку	264
ф	политика конфиденциальности	198
ф	фото	324
х	ведутся технические работы	334
х	наверх	308
ц	инвестиционной рекомендацией	130
ц	при цитировании	113
ц	редакция	45
ц	страница	235
ч	версия для печати	359
ч	вчера	353
ч	вчора	353
ч	источник	22,381,382,384
ч	перепечатка материалов	112
ч	перепечатка статьи	112
ч	при перепечатке	113
ч	распечатать	359
ч	самое читаемое	285
ч	читать далее	61,320
ч	читать подробнее	61
ш	подписывайтесь на наш	156
ш	подпишитесь на	264
ш	подпишитесь на наш	156
ш	подпишитесь на рассылку	156
ш	подпишитесь чтобы	264
ш	пользовательское соглашение	198
ш	разрешается	492
ш	узнать больше	61
ш	читать больше	61
щ	все права защищены	84
щ	запрещен	492
щ	по сообщению	325
щ	предыдущая запись	172
щ	предыдущая новость	172
щ	предыдущая статья	172
щ	следующая запись	172
щ	следующая новость	172
щ	следующая статья	172
ы	@темы	326
ы	выпуск	328
ы	контакты	198
ы	по данным	325
ы	ссылк	492
ы	ссылка	493
ь	копирование статьи	112
ь	поделиться	156,318
ь	пропустить к контенту	231
ь	пропустить к основному	231
ь	только	492
ю	перейти к содержанию	231
ю	пропустить к содержанию	231
ю	читать полностью	320
я	для отправки комментари	369
я	допускается	492
я	картина дня	322
я	не является 	510
я	популярное	322
я	самое популярное	285
і	сьогодні	353
ố	số	328
–	–	732
—	—	732
•	•	152,379,575
›	›	164,542,543
→	→	542,543
ⓒ	ⓒ	76,78,463,672
【	【	680
】	】	673
お	お断り	489
か	メニューここから	222
か	本文ここから	222
が	が保有	462
く	詳しくは	56
ご	ご覧	436
じ	禁じ	489
じ	閉じる	332
た	勧誘を目的としたものではありません	135
て	フォローして	153
へ	へ	436,603
へ	本文へ	221
ま	まで	436
ま	本文ここまで	222
み	読み込み中	331
め	おすすめ記事	180
よ	へようこそ	239
ェ	シェア	153
ェ	シェアする	318
カ	カテゴリ	15,381,382,384
キ	本文にスキップ	221
ク	クッキーを使用	211
ク	クッキーを利用	211
グ	ログイン	269
ゲ	ナビゲーションここから	222
ゲ	ナビゲーションここまで	222
ゲ	ナビゲーションへ	221
コ	コメント	281
サ	当サイト	591
サ	本サイト	591
サ	當サイト	591
タ	タグ	15,237
ツ	メインコンテンツへ	221
ド	前のスライド	309
ド	次のスライド	309
ニ	注目ニュース	287
バ	グローバルナビここから	222
バ	グローバルナビここまで	222
ブ	ブログランキング	288
プ	トップ	163
プ	トップに戻る	309
プ	トップへ戻る	170,309
ペ	トップページ	223
ペ	ページの先頭へ戻る	170
ホ	ホーム	163,223
ポ	スポンサーリンク	337
ポ	プライバシーポリシー	196
マ	メルマガ	154
メ	メニューここまで	222
メ	メニューへ	221
レ	ニュースレター	154
三	三审	39
三	三審	39
上	上	302,303,682
上	上一頁	165
上	上一页	165
上	返回上一頁	166
上	返回上一页	166
上	返回上頁	166
上	返回上页	166
下	下一頁	165
下	下一页	165
下	下載	431
下	下载	431
业	增值电信业务經	192
业	增值电信业务经	192
业	增值电信业務經	192
业	增值电信业務经	192
业	增值電信业务經	192
业	增值電信业务经	192
业	增值電信业務經	192
业	增值電信业務经	192
严	严禁	93
中	加載中	335
中	加载中	331,335
临	光临	597
为	为您推荐	316
为	为您推薦	316
为	設为首頁	165
为	設为首页	165
为	设为首頁	165
为	设为首页	165
主	主	302,303,682
主	主編	39
主	主编	39
主	主頁	162
主	主页	162
买	購买	284
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
享	分享	139,282
享	分享到	143
人	人	685
人	发佈人	6,381
人	发布人	6,381
人	發佈人	6,381
人	發布人	6,381
人	髮佈人	6,381
人	髮布人	6,381
仅	文章仅代表作者	122
今	今日	353
他	其他媒体	97
他	其他媒體	97
他	其他網站	97
他	其他网站	97
代	不代表	121
们	关于我们	190,218
们	关於我们	190,218
们	我们	140,521
们	關于我们	190,218
们	關於我们	190,218
件	稿件	674
众	公众号	138,142
众	公众號	138,142
众	本公众号	475,501
众	本公众號	475,501
会	不会	121
会	会社概要	196
传	传真	191
佈	佈	302,303,682
佈	发佈时間	7
佈	发佈时间	7
佈	发佈時間	7
佈	发佈時间	7
佈	发佈者	6,7,381
佈	發佈时間	7
佈	發佈时间	7
佈	發佈時間	7
佈	發佈時间	7
佈	發佈者	6,7,381
佈	髮佈时間	7
佈	髮佈时间	7
佈	髮佈時間	7
佈	髮佈時间	7
佈	髮佈者	6,7,381
你	你的位置	161
使	使用	593
使	推荐使用	193
使	推薦使用	193
來	來源	6,7,381
來	來自	6,381
來	本文來源	98
供	仅供	119
供	供稿	323
供	僅供	119
侵	侵	100
信	信	303,682
修	監修	43
們	关于我們	190,218
們	关於我們	190,218
們	我們	140,521
們	關于我們	190,218
們	關於我們	190,218
備	公網安備	188
備	公网安備	188
傳	傳真	191
僅	文章僅代表作者	122
允	允許	474
允	允许	474
先	先頭に戻る	309
先	先頭へ戻る	309
入	加入我们	190
入	加入我們	190
入	載入中	331
內	內容	214,674
內	內容仅代表作者	122
內	內容來源	98
內	內容僅代表作者	122
內	內容来源	98
內	所有內容	73
內	更多內容	51
全	下載全文	377
全	下载全文	377
全	全文	52
全	全文下載	377
全	全文下载	377
全	閱讀全文	284
全	閱读全文	284
全	閲讀全文	284
全	閲读全文	284
全	阅讀全文	284
全	阅读全文	284
公	公	303,682
共	共有	153
共	共有する	318
关	关	302,682
内	内容	214,674
内	内容仅代表作者	122
内	内容來源	98
内	内容僅代表作者	122
内	内容来源	98
内	所有内容	73
内	更多内容	51
冊	注冊	218
冊	註冊	218
册	注册	218
册	註册	218
写	写真	17
凡	凡	471
出	出品	39
击	点击	4,5,6,144,306,381,431,432
击	点击分享	143
击	点击数	7
击	点击數	7
击	點击	4,5,6,144,306,381,431,432
击	點击分享	143
击	點击数	7
击	點击數	7
分	分	302
刊	本刊	140,475,501
划	策划	39
列	返回列表	166
创	原创作品	301
创	原创文章	301
创	原创稿件	301
初	初审	39
初	初審	39
删	删	480
删	删除	479
別	特別提示	118
刪	刪	480
刪	刪除	479
别	特别提示	118
到	來到	597
到	回到頁首	313
到	回到页首	313
到	来到	597
制	網站制作	189
制	网站制作	189
刷	印刷	359
創	原創作品	301
創	原創文章	301
創	原創稿件	301
劃	策劃	39
办	主办	189,338
办	主办单位	339
办	主办單位	339
动	移动版	215
動	本文に移動	221
動	移動版	215
勧	勧誘を目的とするものではありません	135
勿	請勿	93
勿	请勿	93
协	协办	338
协	协办单位	189
协	协办單位	189
协	协辦	338
协	协辦单位	189
协	协辦單位	189
協	協办	338
協	協办单位	189
協	協办單位	189
協	協辦	338
協	協辦单位	189
協	協辦單位	189
博	微博	146
原	原文	52
原	原文鏈接	7
原	原文链接	7
参	参考	499
參	參考	499
发	轉发	139,145
发	转发	139,145
台	本台	475,501
号	本号	140,475,501
同	同意	474
名	名	302,304,682
后	后果自負	121
后	后果自负	121
吗	有用吗	317
启	浏覽器未启用	336,378
启	浏览器未启用	336,378
启	瀏覽器未启用	336,378
启	瀏览器未启用	336,378
员	通訊员	8,323
员	通讯员	8,323
品	所有作品	73
品	本作品	475,501
員	通訊員	8,323
員	通讯員	8,323
啓	浏覽器未啓用	336,378
啓	浏览器未啓用	336,378
啓	瀏覽器未啓用	336,378
啓	瀏览器未啓用	336,378
啟	浏覽器未啟用	336,378
啟	浏览器未啟用	336,378
啟	瀏覽器未啟用	336,378
啟	瀏览器未啟用	336,378
営	運営会社	196
営	運営會社	196
嗎	有用嗎	317
嚴	嚴禁	93
围	围觀	305
围	围观	305
图	图	8
图	图/文	323
图	图文	674
图	图片	323
图	图片來源于網	98
图	图片來源于网	98
图	图片來源於網	98
图	图片來源於网	98
图	图片来源于網	98
图	图片来源于网	98
图	图片来源於網	98
图	图片来源於网	98
图	文/图	323
圈	朋友圈	146
圍	圍觀	305
圍	圍观	305
圖	圖	8
圖	圖/文	323
圖	圖文	674
圖	圖片	323
圖	圖片來源于網	98
圖	圖片來源于网	98
圖	圖片來源於網	98
圖	圖片來源於网	98
圖	圖片来源于網	98
圖	圖片来源于网	98
圖	圖片来源於網	98
圖	圖片来源於网	98
圖	文/圖	323
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
均	均來自	477
均	均来自	477
均	均轉自	477
均	均轉載	477
均	均轉载	477
均	均转自	477
均	均转載	477
均	均转载	477
報	本報	475,501
場	市場有風险	123
場	市場有風險	123
場	市場有风险	123
場	市場有风險	123
声	免責声明	118
声	免责声明	118
声	声明	101,300
声	版权声明	71,293
声	版權声明	71,293
处	出处	6,7,381
备	公網安备	188
备	公网安备	188
复	复制	473
复	复审	39
复	复審	39
复	复製	473
多	更多	52,315
多	更多信息	51
大	大	389
大	文字大小	219
天	今天	353
如	如有	99
如	如需	430
如	如需轉載	92
如	如需轉载	92
如	如需转載	92
如	如需转载	92
媒	本媒体	475,501
媒	本媒體	475,501
子	电子報	521
子	电子报	521
子	電子報	521
子	電子报	521
字	字体	6,9,219,381
字	字号	6,9,219,381
字	字號	6,9,219,381
字	字體	6,9,219,381
字	文字	323
它	其它媒体	97
它	其它媒體	97
它	其它網站	97
它	其它网站	97
完	下載完整版	377
完	下载完整版	377
完	完整版下載	377
完	完整版下载	377
官	官方	140
定	审定	39
定	審定	39
审	一审	39
审	审稿	323
审	編审	39
审	编审	39
容	容	302,303,682
審	一審	39
審	審稿	323
審	編審	39
審	编審	39
对	不对	121
对	校对	39
导	編导	39
导	编导	39
對	不對	121
對	校對	39
導	編導	39
導	编導	39
小	小編	39
小	小编	39
属	所属栏目	7
属	所属欄目	7
屬	所屬栏目	7
屬	所屬欄目	7
已	浏覽器已禁用	336,378
已	浏览器已禁用	336,378
已	瀏覽器已禁用	336,378
已	瀏览器已禁用	336,378
布	发布时間	7
布	发布时间	7
布	发布時間	7
布	发布時间	7
布	发布者	6,7,381
布	布	302,303,682
布	發布时間	7
布	發布时间	7
布	發布時間	7
布	發布時间	7
布	發布者	6,7,381
布	髮布时間	7
布	髮布时间	7
布	髮布時間	7
布	髮布時间	7
布	髮布者	6,7,381
帖	本帖	475,501
帮	有帮助吗	317
帮	有帮助嗎	317
帰	に帰属	462
幫	有幫助吗	317
幫	有幫助嗎	317
平	本平台	140,475,501
平	本平臺	140,475,501
广	广告	337
广	广告服务	190
广	广告服務	190
広	広告	337
度	热度	4,5,306,381
度	熱度	4,5,306,381
廣	廣告	337
廣	廣告服务	190
廣	廣告服務	190
建	建設单位	189,339
建	建設單位	189,339
建	建设单位	189,339
建	建设單位	189,339
建	網站建設	189
建	網站建设	189
建	网站建設	189
建	网站建设	189
开	开通	284
当	当前位置	161
当	您当前的位置	161
录	登录	218,431
律	法律声明	190
律	法律聲明	190
後	後果自負	121
後	後果自负	121
得	不得	93
微	微信	146
微	本微信	475,501
心	新聞中心	218
心	新闻中心	218
必	务必	469
必	務必	469
怀	关怀版	215
怀	關怀版	215
您	您的位置	161
情	友情鏈接	314
情	友情链接	314
想	想	430
懷	关懷版	215
懷	關懷版	215
成	成	302,303,682
我	我站	475,501
我	我網	475,501
我	我网	475,501
戶	客戶服务	218
戶	客戶服務	218
户	客户服务	218
户	客户服務	218
戻	上に戻る	309
戻	上へ戻る	309
所	所有	72,74,294
所	所有图片	73
所	所有圖片	73
打	打印	167
打	打印本頁	166
打	打印本页	166
扫	扫一扫	137
扫	扫一掃	137
承	不承担	121
承	不承擔	121
承	承办	189,338
承	承辦	189,338
投	投稿日	15,381,382,384
投	投資	515
投	投資有風险	123
投	投資有風險	123
投	投資有风险	123
投	投資有风險	123
投	投资有風险	123
投	投资有風險	123
投	投资有风险	123
投	投资有风險	123
护	維护	335
护	網站維护	189
护	網站维护	189
护	维护	335
护	网站維护	189
护	网站维护	189
报	本报	475,501
担	風险自担	121
担	風險自担	121
担	风险自担	121
担	风險自担	121
拒	拒絕	93
拒	拒绝	93
招	人才招聘	218
持	浏覽器不支持	336,378
持	浏览器不支持	336,378
持	瀏覽器不支持	336,378
持	瀏览器不支持	336,378
指	指导单位	339
指	指导單位	339
指	指導单位	339
指	指導單位	339
据	依据	500
掃	掃一扫	137
掃	掃一掃	137
授	授权	474
授	授權	474
排	排版	39
採	採写	323
採	採寫	323
掲	掲載	16
掲	掲載日	15
提	風险提示	118
提	風險提示	118
提	风险提示	118
提	风險提示	118
援	浏覽器不支援	336,378
援	浏览器不支援	336,378
援	瀏覽器不支援	336,378
援	瀏览器不支援	336,378
搜	热搜	220
搜	熱搜	220
摄	摄影	8,323
摘	摘編	95,473
摘	摘编	95,473
摘	摘自	95,98
撐	技术支撐	189
撐	技術支撐	189
撑	技术支撑	189
撑	技術支撑	189
撰	撰文	323
撰	撰稿	323
擊	点擊	4,5,6,144,306,381,431,432
擊	点擊分享	143
擊	点擊数	7
擊	点擊數	7
擊	點擊	4,5,6,144,306,381,431,432
擊	點擊分享	143
擊	點擊数	7
擊	點擊數	7
擔	風险自擔	121
擔	風險自擔	121
擔	风险自擔	121
擔	风險自擔	121
據	依據	500
攝	攝影	8,323
收	加入收藏	165
收	收藏	145,167,282
数	閱讀数	7
数	閱读数	7
数	閲讀数	7
数	閲读数	7
数	阅讀数	7
数	阅读数	7
數	閱讀數	7
數	閱读數	7
數	閲讀數	7
數	閲读數	7
數	阅讀數	7
數	阅读數	7
文	文	8,17,302,303,304,682
文	本文	475,501,697
料	報料	283
料	所有資料	73
料	所有资料	73
料	报料	283
断	無断複製	81
新	更新	16
於	轉載於	98
於	轉载於	98
於	转載於	98
於	转载於	98
无	无障碍	215
无	无障礙	215
日	更新日	15,381,382,384
时	发表时間	7
时	发表时间	7
时	时間	6,381
时	时间	6,381
时	更新时間	7
时	更新时间	7
时	發表时間	7
时	發表时间	7
时	髮表时間	7
时	髮表时间	7
昨	昨天	353
昨	昨日	353
是	今天是	216
是	今日是	216
時	发表時間	7
時	发表時间	7
時	時間	6,381
時	時间	6,381
時	更新時間	7
時	更新時间	7
時	發表時間	7
時	發表時间	7
時	髮表時間	7
時	髮表時间	7
智	智能推荐	316
智	智能推薦	316
最	最初のスライドに戻る	309
最	最終更新	15
會	不會	121
會	會社概要	196
有	有	682
期	发佈日期	7
期	发布日期	7
期	日期	6,381
期	發佈日期	7
期	發布日期	7
期	髮佈日期	7
期	髮布日期	7
术	技术支持	189
机	手机版	215
杂	电子杂志	521
杂	电子杂誌	521
杂	電子杂志	521
杂	電子杂誌	521
权	版权	75,76,452,453,454
权	版权信息	293
权	版权单位	189
权	版权單位	189
权	版权所有	70
条	上一条	165
条	下一条	165
条	免責条款	118
条	免责条款	118
来	本文来源	98
来	来源	6,7,381
来	来自	6,381
构	不构成	120
查	查看	431,432
查	查看全文	284
查	查看更多	50
标	标明	469,470
标	标注	91
标	标註	91
栏	本栏目	475,501
栏	栏目	6,354,381
校	审校	39
校	審校	39
校	校稿	39
校	校閲	43
核	审核	39
核	審核	39
核	核稿	323
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
標	標明	469,470
標	標注	91
標	標註	91
権	著作権は	82
機	手機版	215
欄	本欄目	475,501
欄	欄目	6,354,381
權	版權	75,76,452,453,454
權	版權信息	293
權	版權单位	189
權	版權單位	189
權	版權所有	70
次	次	685
次	浏覽次数	7
次	浏覽次數	7
次	浏览次数	7
次	浏览次數	7
次	瀏覽次数	7
次	瀏覽次數	7
次	瀏览次数	7
次	瀏览次數	7
欢	喜欢	177
欲	欲	430
欲	欲轉載	92
欲	欲轉载	92
欲	欲转載	92
欲	欲转载	92
歡	喜歡	177
止	止	302,303,682
止	禁止	93,489
正	校正	43
正	正在加載	335
正	正在加载	335
正	正文	214
此	打印此文	166
此	此文	697
气	人气	4,5,6,306,381
気	人気ニュース	287
気	人気記事	180,287
氣	人氣	4,5,6,306,381
注	关注	139,431,518,520,524
注	注明	91,469,470
注	關注	139,431,518,520,524
浏	浏覽	4,5,6,305,306,381,431
浏	浏覽器	573
浏	浏览	4,5,6,305,306,381,431
浏	浏览器	573
涉	如涉及	99
涉	若涉及	99
添	添加	518
瀏	瀏覽	4,5,6,305,306,381,431
瀏	瀏覽器	573
瀏	瀏览	4,5,6,305,306,381,431
瀏	瀏览器	573
為	為您推荐	316
為	為您推薦	316
為	設為首頁	165
為	設為首页	165
為	设為首頁	165
為	设為首页	165
热	热点	220
热	热点鏈接	314
热	热点链接	314
热	热點	220
热	热點鏈接	314
热	热點链接	314
照	参照	436
熱	熱点	220
熱	熱点鏈接	314
熱	熱点链接	314
熱	熱點	220
熱	熱點鏈接	314
熱	熱點链接	314
營	網站運營	189
營	网站運營	189
營	運營单位	189
營	運營單位	189
爆	爆料	283
爲	爲您推荐	316
爲	爲您推薦	316
爲	設爲首頁	165
爲	設爲首页	165
爲	设爲首頁	165
爲	设爲首页	165
猜	猜你喜欢	316
猜	猜你喜歡	316
獲	獲取更多	50
獲	獲得	469,470
现	您现在的位置	161
现	现在位置	161
現	您現在的位置	161
現	現在位置	161
生	生	302,303,682
留	保留	469,470
當	您當前的位置	161
當	當前位置	161
發	轉發	139,145
發	转發	139,145
的	轉載目的在于	96
的	轉載目的在於	96
的	轉载目的在于	96
的	轉载目的在於	96
的	转載目的在于	96
的	转載目的在於	96
的	转载目的在于	96
的	转载目的在於	96
监	监制	39
监	监製	39
監	監制	39
監	監製	39
相	相关	177
相	相关鏈接	314
相	相关链接	314
相	相關	177
相	相關鏈接	314
相	相關链接	314
看	在看	145
眾	公眾号	138,142
眾	公眾號	138,142
眾	本公眾号	475,501
眾	本公眾號	475,501
瞭	瞭解更多	50
知	告知	479
码	扫码关注	137
码	扫码关註	137
码	扫码關注	137
码	扫码關註	137
码	掃码关注	137
码	掃码关註	137
码	掃码關注	137
码	掃码關註	137
碍	無障碍	215
碼	扫碼关注	137
碼	扫碼关註	137
碼	扫碼關注	137
碼	扫碼關註	137
碼	掃碼关注	137
碼	掃碼关註	137
碼	掃碼關注	137
碼	掃碼關註	137
礙	無障礙	215
社	本社	475,501
禁	禁	461
稿	发稿	323
稿	發稿	323
稿	稿源	6,7,381
稿	髮稿	323
窗	关閉窗口	166
窗	关闭窗口	166
窗	關閉窗口	166
窗	關闭窗口	166
站	本站	140,475,501,521
章	所有文章	73
章	文章	177,674
章	文章鏈接	7
章	文章链接	7
端	本客戶端	475,501
端	本客户端	475,501
筆	筆者	15
签	标签	237,600
签	標签	600
签	签发	323
签	签發	323
签	签髮	323
简	简体版	215
简	简體版	215
管	主管	338
管	主管单位	339
管	主管單位	339
篇	上一篇	165
篇	上篇	165
篇	下一篇	165
篇	下篇	165
簡	簡体版	215
簡	簡體版	215
簽	标簽	600
簽	標簽	600
簽	簽发	323
簽	簽發	323
簽	簽髮	323
籤	标籤	600
籤	標籤	237,600
籤	籤发	323
籤	籤發	323
籤	籤髮	323
类	分类	6,354,381
精	更多精彩	51
系	系	681
系	联系	469,470,479
系	联系我们	190,218
系	联系我們	190,218
系	聯系	469,470,479
系	聯系我们	190,218
系	聯系我們	190,218
糾	糾錯	167
糾	糾错	167
索	搜索	518,600
索	索	302,303,682
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
經	未經	94
続	続きを読む	57
続	続きを読むには	269
網	本網	475,501
線	热線	663
線	熱線	663
編	編发	323
編	編發	323
編	編髮	323
繁	繁体版	215
繁	繁體版	215
繫	繫	681
繫	联繫	469,470,479
繫	联繫我们	190,218
繫	联繫我們	190,218
繫	聯繫	469,470,479
繫	聯繫我们	190,218
繫	聯繫我們	190,218
纠	纠錯	167
纠	纠错	167
线	热线	663
线	熱线	663
终	终审	39
终	终審	39
经	未经	94
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
编	编发	323
编	编發	323
编	编髮	323
网	本网	475,501
置	所在位置	161
署	署名	91
美	美編	39
美	美编	39
者	作者	6,7,381,455
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
聲	版权聲明	71,293
聲	版權聲明	71,293
聲	聲明	101,300
臨	光臨	597
自	轉自	95,98
自	轉載自	98
自	轉载自	98
自	转自	95,98
自	转載自	98
自	转载自	98
至	分享至	143
至	跳至	594
至	跳轉至	594
至	跳转至	594
臺	本臺	475,501
航	網站导航	190
航	網站導航	190
航	网站导航	190
航	网站導航	190
若	若有	99
若	若需	430
若	若需轉載	92
若	若需轉载	92
若	若需转載	92
若	若需转载	92
荐	推荐	177,600
荐	推荐閱讀	316
荐	推荐閱读	316
荐	推荐閲讀	316
荐	推荐閲读	316
荐	推荐阅讀	316
荐	推荐阅读	316
获	获取更多	50
获	获得	469,470
营	網站運营	189
营	网站運营	189
营	運营单位	189
营	運营單位	189
著	著作权	75,452,453,454
著	著作權	75,452,453,454
著	著者	15,381,382,384
薦	推薦	177,600
薦	推薦閱讀	316
薦	推薦閱读	316
薦	推薦閲讀	316
薦	推薦閲读	316
薦	推薦阅讀	316
薦	推薦阅读	316
處	出處	6,7,381
號	本號	140,475,501
衆	公衆号	138,142
衆	公衆號	138,142
衆	本公衆号	475,501
衆	本公衆號	475,501
行	排行	177
術	技術支持	189
製	網站製作	189
製	网站製作	189
複	複制	473
複	複审	39
複	複審	39
複	複製	473
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
覈	覈稿	323
見	意見反饋	190
見	意見反馈	190
規	利用規約	196
覧	閲覧	4,5,306,381
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
言	在線留言	218
言	在线留言	218
訂	訂閱	139,141,520,524
訂	訂閲	139,141,520,524
訂	訂阅	139,141,520,524
計	網站設計	189
計	網站设計	189
計	网站設計	189
計	网站设計	189
訊	更多資訊	51
訊	更多资訊	51
訊	本資訊	475,501
訊	本资訊	475,501
訊	資訊	177
訊	资訊	177
記	前の記事	170
記	次の記事	170
記	注目記事	287
記	記者	6,8,381
訪	訪問	4,5,305,306,381,431,597
訪	訪问	4,5,305,306,381,431,597
許	許可	474
註	关註	139,431,518,520,524
註	註明	91,469,470
註	關註	139,431,518,520,524
評	評論	282
評	評论	282
詞	关鍵詞	600
詞	关键詞	600
詞	關鍵詞	600
詞	關键詞	600
話	举報电話	192
話	举報電話	192
話	举报电話	192
話	举报電話	192
話	电話	191,663
話	舉報电話	192
話	舉報電話	192
話	舉报电話	192
話	舉报電話	192
話	電話	191,663
詳	更多詳情	51
誠	誠聘英才	190
說	版权說明	293
說	版權說明	293
説	版权説明	293
説	版權説明	293
請	請	519
請	轉載請	89
請	轉载請	89
請	转載請	89
請	转载請	89
謝	謝絕	93
謝	謝绝	93
證	不保證	121
議	建議	500
議	建議使用	193
護	維護	335
護	網站維護	189
護	網站维護	189
護	维護	335
護	网站維護	189
護	网站维護	189
计	網站設计	189
计	網站设计	189
计	网站設计	189
计	网站设计	189
订	订閱	139,141,520,524
订	订閲	139,141,520,524
订	订阅	139,141,520,524
议	建议	500
议	建议使用	193
讯	更多資讯	51
讯	更多资讯	51
讯	本資讯	475,501
讯	本资讯	475,501
讯	資讯	177
讯	资讯	177
记	记者	6,8,381
许	许可	474
访	访問	4,5,305,306,381,431,597
访	访问	4,5,305,306,381,431,597
证	不保证	121
评	评論	282
评	评论	282
词	关鍵词	600
词	关键词	600
词	關鍵词	600
词	關键词	600
诚	诚聘英才	190
话	举報电话	192
话	举報電话	192
话	举报电话	192
话	举报電话	192
话	电话	191,663
话	舉報电话	192
话	舉報電话	192
话	舉报电话	192
话	舉报電话	192
话	電话	191,663
详	更多详情	51
说	版权说明	293
说	版權说明	293
请	请	519
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
買	購買	284
購	購読	534
贊	点贊	145,282
贊	點贊	145,282
负	不负責	121
负	不负责	121
责	责編	39
责	责编	39
购	购买	284
购	购買	284
赞	点赞	145,282
赞	點赞	145,282
跳	跳到	594
跳	跳到頁首	313
跳	跳到页首	313
跳	跳轉到	594
跳	跳转到	594
転	無断転用	81
転	無断転載	81
転	転載	109
載	轉載	90,95,473
載	转載	90,95,473
輯	編輯	6,39,381
輯	编輯	6,39,381
载	轉载	90,95,473
载	转载	90,95,473
辑	編辑	6,39,381
辑	编辑	6,39,381
辦	主辦	189,338
辦	主辦单位	339
辦	主辦單位	339
辨	分辨率	573
达	直达	594
过	看过	305
迎	欢迎	217,519
迎	歡迎	217,519
运	網站运營	189
运	網站运营	189
运	网站运營	189
运	网站运营	189
运	运營单位	189
运	运營單位	189
运	运营单位	189
运	运营單位	189
返	返回頁首	313
返	返回页首	313
返	返回首頁	166
返	返回首页	166
这	这篇文章	697
进	进入	597
违	违法和不良信息举報	192
违	违法和不良信息举报	192
违	违法和不良信息舉報	192
违	违法和不良信息舉报	192
适	适老化	215
這	這篇文章	697
進	進入	597
過	看過	305
達	直達	594
違	違法和不良信息举報	192
違	違法和不良信息举报	192
違	違法和不良信息舉報	192
違	違法和不良信息舉报	192
適	適老化	215
邮	举報邮箱	192
邮	举报邮箱	192
邮	舉報邮箱	192
邮	舉报邮箱	192
邮	邮箱	191,663
邮	邮編	191
邮	邮编	191
部	回到頂部	313
部	回到顶部	313
部	跳到頂部	313
部	跳到顶部	313
部	返回頂部	166,218,313
部	返回顶部	166,218,313
郵	举報郵箱	192
郵	举报郵箱	192
郵	舉報郵箱	192
郵	舉报郵箱	192
郵	郵箱	191,663
郵	郵編	191
郵	郵编	191
配	配	302,303,682
配	配信	16
配	配信日	15,381,382,384
采	采写	323
采	采寫	323
量	閱讀量	7
量	閱读量	7
量	閲讀量	7
量	閲读量	7
量	阅讀量	7
量	阅读量	7
錄	登錄	218,431
録	会員登録	269
録	登録	534
鍵	一鍵分享	143
鍵	一鍵轉发	282
鍵	一鍵轉發	282
鍵	一鍵轉髮	282
鍵	一鍵转发	282
鍵	一鍵转發	282
鍵	一鍵转髮	282
鏈	本文鏈接	7
鏈	網站鏈接	314
鏈	网站鏈接	314
鏡	鏡像	473
链	本文链接	7
链	網站链接	314
链	网站链接	314
键	一键分享	143
键	一键轉发	282
键	一键轉發	282
键	一键轉髮	282
键	一键转发	282
键	一键转發	282
键	一键转髮	282
镜	镜像	473
長	長輩版	215
長	長辈版	215
长	长輩版	215
长	长辈版	215
門	热門	220
門	熱門	220
閉	关閉	167
閉	关閉本頁	166
閉	关閉本页	166
閉	關閉	167
閉	關閉本頁	166
閉	關閉本页	166
開	公開	16
開	公開日	15,381,382,384
開	開通	284
関	関連ニュース	180,287
関	関連記事	180,287
閱	閱讀	4,5,6,177,305,306,381,432
閱	閱讀更多	50
閱	閱读	4,5,6,177,305,306,381,432
閱	閱读更多	50
閲	閲讀	4,5,6,177,305,306,381,432
閲	閲讀更多	50
閲	閲读	4,5,6,177,305,306,381,432
閲	閲读更多	50
關	關	302,682
门	热门	220
门	熱门	220
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
阅	阅讀	4,5,6,177,305,306,381,432
阅	阅讀更多	50
阅	阅读	4,5,6,177,305,306,381,432
阅	阅读更多	50
隐	隐私政策	190
隱	隱私政策	190
集	編集	43
雜	电子雜志	521
雜	电子雜誌	521
雜	電子雜志	521
雜	電子雜誌	521
非	非經	94
非	非经	94
面	当前頁面	161
面	当前页面	161
面	當前頁面	161
面	當前页面	161
頁	本頁	475,501
頂	回到頁頂	313
頂	回到页頂	313
頂	跳到頁頂	313
頂	跳到页頂	313
頂	返回頁頂	313
頂	返回页頂	313
項	免責事項	129
頻	本頻道	475,501
頻	頻道	6,381
願	フォローお願い	153
類	分類	6,354,381
顧	往期回顧	177
页	本页	475,501
顶	回到頁顶	313
顶	回到页顶	313
顶	跳到頁顶	313
顶	跳到页顶	313
顶	返回頁顶	313
顶	返回页顶	313
顾	往期回顾	177
频	本频道	475,501
频	频道	6,381
飛	本文に飛ぶ	221
首	首頁	162,218
首	首页	162,218
髮	轉髮	139,145
髮	转髮	139,145
가	가기	604
감	감수	44
개	개인정보	197
게	게재	18
공	공유하기	155,318
광	광고	337
교	교열	44
구	구독하기	155
그	로그인	268
글	글	551
기	기사	59,268,551
기	기자	20,327
내	자세한 내용은	58
뉴	많이 본 뉴스	181
닫	닫기	332
담	담당	296
당	당사는	592
댓	댓글	280
데	업데이트	18
등	등록	18,381,382,384
딩	로딩	331
력	입력	18,381,382,384
련	관련	181
많	많이	286
면	면책	129
목	투자 권유 목적	136
무	무단	111
바	바로	224
배	배포	490
보	보기	59
복	복제	110
본	본 사이트는	592
분	분류	18,381,382,384
삽	사용자 삽입 이미지	244
상	상단으로	310
성	작성일	18
성	작성자	18,381,382,384
소	회사소개	197
쇄	인쇄	359
수	수정	18,381,382,384
신	구독신청	155
약	이용약관	197
어	어제	353
업	사업자	197
오	오늘	353
요	구독하세요	155
원	회원가입	268
위	위로	310
음	다음	171
인	인기	286
일	수정일	296
저	저작권자	83,292
전	이전	171
전	전재	110,491
조	조회	4,5,19,306,381
참	참고	438
참	참조	438
추	추천 기사	181
출	출처	18,381,382,384
카	카테고리	18
쿠	쿠키 사용	212
쿠	쿠키를 사용	212
태	태그	237
투	투자 권유를	136
트	이 사이트는	592
특	특파원	20
편	편집	44
항	자세한 사항은	58
홈	홈	163
확	확인	438
환	환영합니다	239
！	！	618
（	（	705
）	（c）	76
／	／	397,423
：	：	386,387,395,397,423,424,457,481,522,541,569,571,617,673,676,683,684,703,719,734
＞	＞	164,542,543,695
｜	｜	379,703
"""
PAIRS = """\
 b	ký nhận bản tin	647
 b	tải bản đầy đủ	376
 g	tümünü gör	357
 j	assine já	262
 k	das könnte sie interessieren	322
 v	tải về bản đầy đủ	376
${	${	243
%}	%}	240
(c	(c)	76,78,457,460,463
-m	e-mail	532
-v	bem-vinda	238
-v	bem-vindo	238
19	19	0,1,2,3,329,352,384,396,457,458,675,686,708
20	20	0,1,2,3,329,352,384,396,457,458,675,686,708
ab	diğer haberler	322
ab	son haberler	285
ac	rédaction	47
ad	head to	433
ad	read	4,5,12,13,306,381
ad	to read	256
ag	tag	237,381,382,384
ag	untersagt	494
ak	aktualisiert	24,295,381,382,384
ak	redakteur	46
ak	redaktion	46
ap	sitemap	195
ar	startseite	163
au	author	381,382,384
au	autor	25,33,37,344,381,382,384
au	autore	341
au	autorisation	495
au	haut de 	308
av	avertissement	129
av	have a 	258
ay	ayer	353
ay	hôm nay	353
ay	say	328
ay	stay connected	148
ay	today	353
ay	yesterday	353
az	você precisa fazer login para comentar	364
az	yazar	347
az	yorum yazabilmek için 	367
az	é necessário fazer login para comentar	364
ba	başa dön	308
bb	abbonati a	263
bb	abbonati ora	263
bb	abbonati per	263
bb	potrebbe interessarti	322
bb	pubblicato	340
bb	pubblicità	337
bb	questo contenuto è riservato agli abbonati	263
bb	sei già abbonato	263
bb	ti potrebbe interessare	322
be	dieser beitrag ist 	260
be	neueste beiträge	285
be	nächster beitrag	173
bj	[object object]	241
bl	blog at wordpress.com	371
bl	blog erstellen	372
bl	cookies ablehnen	206
bl	crea il tuo blog	374
bl	crea un blog	374
bl	crear mi blog	373
bl	crear un blog	373
bl	create a free website or blog at	371
bl	criar meu blog	373
bl	criar um blog	373
bl	créer mon blog	370
bl	créer un blog	370
bl	diesem blog folgen	372
bl	enable javascript	333
bl	follow this blog	371
bl	javascript is disabled	333
bl	javascript is enabled	333
bl	javascript must be disabled	333
bl	javascript must be enabled	333
bl	seguir este blog	373
bl	suivre ce blog	370
bo	abone ol	266
bo	abonne	362
bo	abonnieren	260
bo	abonnieren sie den	157
bo	abonnieren sie unsere	157
bo	about us	195
bo	bereits abonnent	260
bo	déjà abonné	259
bs	diese webseite verwendet cookies	206
bs	diese website verwendet cookies	206
bs	our website use	583
bs	this website use	583
bs	this website use cookies	246
bs	this website uses cookies	246
bs	unsere webseite verwendet cookies	206
bs	unsere website verwendet cookies	206
bs	visit our website	55
bu	bugün	353
bu	may not be distributed	104
bu	may not be redistributed	104
bu	werbung	337
by	 aby dodać komentarz	746
by	 aby napisać komentarz	746
by	 aby opublikować komentarz	746
by	 by dodać komentarz	746
by	 by napisać komentarz	746
by	 by opublikować komentarz	746
by	by	10
by	by continuing 	205
by	by using 	205
by	compiled by	40
by	designed by	194
by	edited by	40,42
by	editing by	40
by	fact checked by	40
by	fact-checked by	40
by	musisz być zalogowany	366
by	powered by	194
by	produced by	40
by	proofread by	40
by	reporting by	40,42
by	reviewed by	40
by	site by	194
by	theme by	194
by	writing by	40,42
cc	 accedere	365
cc	accedi	263
cc	redacción	48
cc	sección	33,381,382,384
cc	to access	256
ch	chia sẻ	318
ch	dịch	307
ch	fecha	32
ch	fechar	332
ch	nicht gestattet	494
ch	schlie	332
ci	entradas recientes	285
ci	início	163
ci	notícia anterior	176
ci	notícias relacionadas	186
ci	redes sociales	318
ci	social media	318
cj	aktualizacja	343
ck	back to top	169,307
ck	check out	433
ck	click	433
ck	click here for	55
ck	click here to	55
ck	druckansicht	359
ck	drucken	359
ck	nachdruck	114
ck	to unlock	256
cl	articles	484
cl	articles similaires	184
cl	close	332
cl	close this window	307
cl	close window	307
cl	disclaimer	124
cl	mots-clés	29
cl	the article	484
cl	the article 	485
cl	this article	484
cl	this article 	485
co	contact	433
co	contacto	201
co	content	169,225,484
co	conteúdo	609
co	ir al contenido	228
co	saltar al contenido	228
co	se connecter	259
cp	icp	187
cr	suscríbete a nuestra	159
cr	suscríbete a nuestro	159
cr	suscríbete ahora	261
cr	suscríbete y	261
ct	section	11,381,382,384
cu	accueil	163
cu	artículo anterior	175
cu	artículos relacionados	185
cy	cookie policy	195,204
cy	privacy policy	195
cy	we value your privacy	246
cz	wczoraj	353
cz	zobacz także	356
cz	zobacz też	356
cz	zobacz więcej	356
da	data	36,340,343
da	date	381,382,384
da	redação	49
dd	reddit	532
de	de	615
di	di	330,615
di	edition	328
di	editor	41
di	editoria	37
di	ediçao	328
di	edição	49,328
di	édition	47,328
do	door	330
ds	odsłon	345
dt	lädt	331
du	traduire	307
du	tradurre	307
dv	advertisement	337
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
dy	already 	256
dz	dowiedz się więcej	356
dz	dział	344
dz	dzisiaj	353
dz	dziś	353
dz	przejdz do menu	232
dz	przejdz do treści	232
dz	przejdz do zawartości	232
em	ontem	353
es	tienes 	261
ew	newer	168
ez	partagez :	158
ez	partagez cet	158
ez	partagez sur	158
ez	vous aimerez aussi	322
ez	çerez	253
fa	fale conosco	202
fe	the feed	484
fe	this feed	484
ff	 effettuare il login	365
ff	profitez de notre offre	362
ff	rediffusion	115
ff	veröffentlicht	24,381,382,384
fi	filed under	11
fi	find out more	54
fi	undefined	241
fo	fonte	37,341,381,382,384
fo	for additional details	53
fo	for additional stories	53
fo	for more details	53
fo	for more stories	53
fo	foto	324
fo	fotó	324
fo	no content found	245
fu	for further coverage	53
fu	for further details	53
fu	for further information	53
fu	for further news	53
fu	for further stories	53
fu	fuente	33,381,382,384
fu	full article	320
fu	full story	320
fu	keine beiträge gefunden	245
fu	refuser les cookies	207
fu	refuser tous les cookies	207
g(	string(	242
g-	tag-archive	236
ga	carregando	331
ga	mentions légales	200
gb	agb	199
ge	 geç	613
ge	gestern	353
ge	get the latest	531
ge	mal gelesen	4,5,27,306,381
gg	 essere loggato	365
gg	aggiornato	295,340
gg	continua a leggere	355
gg	du musst eingeloggt sein	361
gg	leggi anche	355
gg	leggi tutto	320
gg	oggi	353
gg	sie müssen eingeloggt sein	361
gg	ultimo aggiornamento	340
gg	you must be logged in to leave a comment	360
gg	you must be logged in to post a comment	360
gg	you must be logged in to write a comment	360
gh	you might also be interested in	179
gi	bereits registriert	260
gi	faça login para	262
gi	giriş yap	266,747
gi	página	235
gi	página inicial	163
gi	registrata	365
gi	registrato	365
gi	tagi	344
gi	tác giả	350
go	 de la catégorie	236
go	assine agora	262
go	categoria	37,341,381,382,384
go	categoría	33,381,382,384
go	catégorie	29,381,382,384
go	go to	433
go	got a 	258
gr	telegram	532
gs	haftungsausschluss	129
gs	tags	11,37
gu	archiwum tagu	236
gu	artigo seguinte	176
gu	artículo siguiente	175
gu	entrada siguiente	175
gu	genehmigung	494
gu	nguồn	324,350
gu	noticia siguiente	175
gu	notícia seguinte	176
gu	post seguinte	176
gu	seguir leyendo	67
gu	síguenos en	159
gw	schlagwort-archiv	236
gw	schlagworte	25
gw	schlagwörter	237
hi	hier	353
hi	hits	4,5,306,381
hr	mehr lesen	63
ib	accessibility	195
ib	debes estar conectado para escribir un comentario	363
ib	debes estar registrado para escribir un comentario	363
ib	debes iniciar sesión para escribir un comentario	363
ib	ir arriba	308
ib	saiba mais	69
ib	suscribete ahora	261
ib	suscribete para	261
ib	suscribete y	261
ib	weitere informationen gibt es	62
ic	autrice	29,341
ic	caricamento	331
ic	edicao	328
ic	edicion	328
ic	edición	48,328
ic	edicão	328
ic	inicio	163
ic	noticia anterior	175
ic	noticias relacionadas	185
if	modifié	28
ig	artigo anterior	176
ig	este artigo foi útil	311
ig	este artigo lhe foi útil	311
ig	siga-nos	160
ij	udostępnij	318
ik	dieser artikel ist 	260
ik	etiketler	237,347
ik	like us at	148
ik	like us for	148
ik	like us on	148
ik	nächster artikel	173
ik	vorheriger artikel	173
ik	war dieser artikel hilfreich	311
ik	weitere artikel	183
ik	you may also like	179
ik	you might also like	179
il	teilen	157,318
im	sitio en mantenimiento	334
in	 için t	357
in	bản in	359
ip	eres suscriptor	261
iv	archive for the	236
iv	archivio del tag	236
iv	article suivant	174
iv	condividi	318
iv	en poursuivant votre navigation	248
iv	receive our	531
iv	receive the latest	531
iv	tag archive	236
iy	belediyeler haberleri	322
iz	actualizado	32,295,381,382,384
iz	atualizado	36,295,381,382,384
iz	bültenimize abone	266
iz	edizione	328
iz	este site utiliza cookies	251
iz	este sitio web utiliza cookies	249
iz	unauthorized reproduction	106
iz	unauthorized use	106
iz	utilizamos cookies	249,251
iz	visualizações	4,5,38,306,381
iz	zaktualizowano	343
ja	debes estar conectado para dejar un comentario	363
ja	debes estar registrado para dejar un comentario	363
ja	debes iniciar sesión para dejar un comentario	363
ja	javascript	716,758
jo	join the conversation	270
jo	join us at	148
jo	join us for	148
jo	join us on	148
jo	mis à jour	28,295,381,382,384
ju	masz już konto	265
ka	kapat	332
ka	kategori	347
ka	kategoria	344
ka	kategorie	25,381,382,384
ka	kaynak	324,347
ke	keine anlageberatung	131
ke	to keep reading	256
kh	tin khác	322
ki	 cookies	203
ki	accepter les cookies	207
ki	accepter tous les cookies	207
ki	ce site utilise des cookies	207
ki	chúng tôi sử dụng cookie	254
ki	cookie	213,250,590,635
ki	cookie consent	204
ki	cookie settings	204
ki	cookies	204,208,209,585
ki	cookieを使用	211
ki	cookieを利用	211
ki	diese seite verwendet cookies	206
ki	este site usa cookies	251
ki	notre site utilise des cookies	207
ki	nous utilisons des cookies	248
ki	this site use cookies	246
ki	this site uses cookies	246
ki	trang web này sử dụng cookie	254
ki	unsere seite verwendet cookies	206
ki	usamos cookies	249,251
ki	we use cookies	246
ki	we uses cookies	246
ki	wir verwenden cookies	247
kl	eklenme	346
kl	reklam	337
kl	tüm hakl	290
kl	yükleniyor	331
ko	kontakt	199
kt	lektorat	46
ku	en çok okunan	285
ku	kez okundu	348
ku	okunma	348
kv	druckversion	359
kz	cookies akzeptieren	206
la	 atla	613
la	lade	331
la	latest	178
la	related	178
lc	welcome to	238
ld	anmelden	260
ld	melden sie sich an	361
ld	older	168
le	leer más	67
lf	war dieser beitrag hilfreich	311
lg	folgen sie uns	157
lg	ilgili haberler	322
lk	willkommen 	238
ll	 essere collegato	365
ll	aller au contenu	227
ll	aller au menu	227
ll	aller directement au contenu	227
ll	aller directement au menu	227
ll	call	433
ll	erstellt	24
ll	follow us	148
ll	güncelleme	295,346
ll	güncellenme	346
lm	üye olmal	747
lo	lo más leído	285
ls	read also	179
ls	see also	179
lu	bình luận	279
lu	bạn cần đăng nhập mới có thể bình luận	368
lu	bạn cần đăng nhập mới có thể gửi bình luận	368
lu	bạn cần đăng nhập để bình luận	368
lu	bạn cần đăng nhập để gửi bình luận	368
lu	relu par	47
lv	volver al inicio	175
lv	volver arriba	175,308
ma	email	433,532
ma	leia mais	69
ma	mail	191
ma	mais lidas	285
ma	material	484
ma	matérias relacionadas	186
ma	the material 	485
ma	this material 	485
mb	become a member	257
mb	lee también	185
mb	leia também	186
mb	también te puede interesar	322
mb	this article is available to members	257
mb	this article is for members	257
mb	this article is reserved for members	257
mb	this content is available to members	257
mb	this content is for members	257
mb	this content is reserved for members	257
mb	this story is available to members	257
mb	this story is for members	257
mb	this story is reserved for members	257
mb	veja também	186,322
mb	você também pode gostar	322
me	ir al menú	228
me	saltar al menú	228
mi	min	392,393
mk	zamknij	332
mm	 commentaire	272
mm	 commenti	274
mm	add a comment	319
mm	comment	270
mm	commenta	319
mm	commenter	319
mm	creative commons	299
mm	derniers commentaires	285
mm	kommentar	271
mm	kommentieren	319
mm	lascia un commento	274
mm	log in to comment	360
mm	log in to leave a comment	360
mm	nessun commento	274
mm	post a comment	319
mm	recommended	178
mm	sign in to comment	360
mm	sign in to leave a comment	360
mm	vous devez vous connecter pour laisser un commentaire	362
mm	vous devez vous connecter pour poster un commentaire	362
mm	vous devez être connecté pour laisser un commentaire	362
mm	vous devez être connecté pour poster un commentaire	362
mm	write a comment	319
mm	you must be registered to leave a comment	360
mm	you must be registered to post a comment	360
mm	you must be registered to write a comment	360
mm	you must be signed in to leave a comment	360
mm	you must be signed in to post a comment	360
mm	you must be signed in to write a comment	360
mo	learn more	54
mo	more	178,315
mo	most read	178,285
mo	most shared	285
mo	read more	54
mo	see more	54
mp	articolo completo	320
mp	compartilhar	160
mp	compartilhe	160
mp	compartir	159,318
mp	impressum	199
mp	imprimer	359
mp	imprimir	359
mp	leer el artículo completo	320
mp	leer la noticia completo	320
mp	stampa	359
mp	version imprimable	359
mp	versão para impressão	359
mu	du musst angemeldet sein	361
mu	muhabir	347
my	witamy na	238
my	witamy w	238
na	nan	241
nc	no se encontro contenido	245
nc	no se encontró contenido	245
nd	stand	24,295
ng	continue reading	320
ng	loading	331
ng	lên đầu trang	308
ng	ngày	349
ng	nothing 	245
ng	sie müssen angemeldet sein	361
ng	trang	235
ng	trending	178
ng	trên tổng số	615
ng	đang tải	331
ng	đóng	332
ng	đăng 	267
ng	đăng lúc	349
nh	danh mục	350
nh	ký nhận tin	647
nh	nhập	647
nh	tin mới nhất	285
nh	đọc nhiều nhất	285
nh	ảnh	324
nj	enjoy unlimited 	257
nk	linkedin	532
nm	görüntülenme	348
nm	nlanma	346
no	none	241
nu	continuar a ler	320
nu	continue lendo	69
nu	menu	169,609
nu	salta al contenuto	230
nu	salta al menu	230
nu	to continue	256
nv	benvenuti a	238
nv	benvenuti nel	238
nv	benvenuti su	238
nv	benvenuto a	238
nv	benvenuto nel	238
nv	benvenuto su	238
nv	bienvenida	238
nv	bienvenido	238
nv	bienvenue au	238
nv	bienvenue chez	238
nv	bienvenue sur	238
nv	bienvenue à	238
nv	ne constitue pas un conseil en investissement	132
nv	recomendación de inversión	133
nv	recomendação de investimento	134
nz	anzeige	337
ob	nach oben	308
od	od	330
of	of	615
oj	hoje	353
ok	facebook	532
om	 comentario	273
om	 comentário	275
om	comentar	319
om	comentários encerrados	275
om	home	163
ov	for additional coverage	53
ov	for more coverage	53
ow	ładowanie	331
ox	in your inbox	151
ox	to your inbox	151
oy	hoy	353
p 	cập nhật	295,349
pa	assine para	262
pa	ir para 	229
pa	no part of this	106
pa	page	235
pa	pagina	235
pa	par	30,330
pa	partager	158,318
pa	partilhar	318
pa	passer au contenu	227
pa	passer au menu	227
pa	passer directement au contenu	227
pa	passer directement au menu	227
pa	saltar para 	229
pa	suscríbete para	261
pa	the page	484
pa	this page	484
pa	é necessário entrar para comentar	364
pa	é necessário estar logado para comentar	364
pa	édité par	47
pf	keine anlageempfehlung	131
pf	was this answer helpful	311
pf	was this article helpful	311
pf	was this information helpful	311
pf	was this page helpful	311
ph	bạn phải đăng nhập mới có thể bình luận	368
ph	bạn phải đăng nhập mới có thể gửi bình luận	368
ph	bạn phải đăng nhập để bình luận	368
ph	bạn phải đăng nhập để gửi bình luận	368
ph	photo	324
pi	copia	496
pi	i più letti	285
pi	may not be copied	104
pi	pinterest	532
pi	più letti	322
pi	the piece 	485
pi	this piece 	485
pi	topics	11
pl	en savoir plus	65
pl	flash player	333
pl	leave a reply	270
pl	les plus lus	285
pl	log in to reply	360
pl	plan du site	200
pl	plus d	444
pl	sign in to reply	360
po	editado por	48,49
po	por	34,330
po	post anterior	176
po	posted	14,381,382,384
po	recent posts	285
po	the post	484
po	the post 	485
po	the report	484
po	this post	484
po	this post 	485
po	this report	484
pp	approfondisci	355
pp	first appeared at	108,298
pp	first appeared in	108,298
pp	first appeared on	108,298
pp	originally appeared at	108,298
pp	originally appeared in	108,298
pp	originally appeared on	108,298
pp	support local journalism	257
pp	support our journalism	257
pp	whatsapp	532
pp	your browser does not support javascript	333
pp	本app	475,501
pr	article précédent	174
pr	aviso de privacidad	201
pr	cookie preferences	204
pr	may not be reprinted	104
pr	may not be reproduced	104
pr	política de privacidad	201
pr	política de privacidade	202
pr	previous	168
pr	print	359,532
pr	print this page	307
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
pr	reprinted 	482,483
pr	reprinted from	298
pr	reprinted under	298
pr	reprinted with	298
pr	reproducción	496
pr	reproduced 	482,483
pr	reproduced under 	679
pr	reproduction	115
pr	scopri di più	355
pr	unauthorised reproduction	106
pr	você precisa entrar para comentar	364
pr	você precisa estar logado para comentar	364
pr	you are reading a preview	375
pr	you are viewing a preview	375
pu	 purposes only	127
pu	most popular	285
pu	popular	178
pu	pular para 	229
pu	te puede interesar	185
py	copyright	77,78,80
py	unauthorised copying	106
py	unauthorized copying	106
qq	qq	146
qu	archivo de la etiqueta	236
qu	arquivo da tag	236
qu	bài viết liên quan	285
qu	bản quyền thuộc về	290
qu	bỏ qua tới nội dung	234
qu	bỏ qua tới phần chính	234
qu	bỏ qua đến nội dung	234
qu	bỏ qua đến phần chính	234
qu	etiquetas	33,237
qu	hôm qua	353
qu	javascript is required	333
qu	javascript must be required	333
qu	mọi quyền được bảo lưu	290
qu	politique de confidentialité	200
qu	quelle	25,381,382,384
qu	questo articolo ti è stato utile	311
qu	questo sito	250
qu	quảng cáo	337
qu	rubrique	29,381,382,384
qu	segui questo blog	374
qu	tienes que estar conectado para dejar un comentario	363
qu	tienes que estar conectado para escribir un comentario	363
qu	tienes que estar conectado para publicar un comentario	363
qu	tienes que estar registrado para dejar un comentario	363
qu	tienes que estar registrado para escribir un comentario	363
qu	tienes que estar registrado para publicar un comentario	363
qu	tienes que iniciar sesión para dejar un comentario	363
qu	tienes que iniciar sesión para escribir un comentario	363
qu	tienes que iniciar sesión para publicar un comentario	363
qu	tin liên quan	285
qu	étiquettes	237
rb	alle rechte vorbehalten	85
rb	bearbeitet von	46
rb	bearbeitung	46
rb	verboten	494
rb	wartungsarbeiten	334
rc	search	169
rd	interdite	495
rf	mehr erfahren	63
rg	argomenti	341
rg	cargando	331
rg	chargement	331
rg	site is undergoing maintenance	334
rg	wiedergabe	114
ri	entrada anterior	175
ri	ieri	353
ri	stories	484
ri	tarih	346
ri	çeriğe	233
rl	weiterlesen	63,320
rm	fermer	332
rm	for additional information	53
rm	for more information	53
rm	information	64,507
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
ro	strona	235
rr	cerrar	332
rv	all rights reserved	79
rv	nous réservons nos contenus	259
rv	terms of service	195
rv	todos los derechos reservados	87
rv	todos os direitos reservados	88
rv	tous droits réservés	86
rv	tutti i diritti riservati	291
rv	vervielfältigung	114
rv	weiterverbreitung	114
ry	category	11,381,382,384
ry	category archive	236
ry	do góry	308
ry	the story	484
ry	the story 	485
ry	this story	484
ry	this story 	485
rz	dodaj komentarz	277
rz	komentarze	277
rz	przejdź do menu	232
rz	przejdź do treści	232
rz	przejdź do zawartości	232
rz	wszelkie prawa zastrzeżone	290
se	see	433
se	seite	235
se	seção	37,381,382,384
sg	ausgabe	328
sh	share	147,318
si	 sesión	261
si	site	484
sk	skip navigation	225
sk	skip to	225
sl	translate	307
sp	isenção de responsabilidade	129
sp	sponsored	337
ss	já é assinante	262
st	testo	324
su	lire la suite	65,320
su	torna su	308
sy	syndicated	105
sz	musisz się zalogować	366
sz	zapisz się do newslettera	265
tg	meistgelesen	285
th	thẻ	237,350
th	đọc thêm	358
tu	 dostu	359
tz	datenschutz	199
tz	diese seite benutzt cookies	247
tz	diese seite nutzt cookies	206
tz	diese seite setzt cookies	247
tz	diese webseite benutzt cookies	247
tz	diese webseite nutzt cookies	206
tz	diese webseite setzt cookies	247
tz	diese website benutzt cookies	247
tz	diese website nutzt cookies	206
tz	diese website setzt cookies	247
tz	jetzt registrieren	260
tz	jetzt weiterlesen	260
tz	unsere seite nutzt cookies	206
tz	unsere webseite nutzt cookies	206
tz	unsere website nutzt cookies	206
tz	wir nutzen cookies	247
tz	übersetzen	307
ub	become a subscriber	257
ub	debes estar conectado para publicar un comentario	363
ub	debes estar registrado para publicar un comentario	363
ub	debes iniciar sesión para publicar un comentario	363
ub	first published at	108
ub	first published in	108
ub	first published on	108
ub	is republished 	298
ub	may not be republished	104
ub	opublikowano	343
ub	originally published at	108
ub	originally published in	108
ub	originally published on	108
ub	publicado	32,36,381,382,384
ub	publicidad	337
ub	publicité	337
ub	published	14,105,381,382,384
ub	publié	28,381,382,384
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
ub	republished 	482,483
ub	republished from	298
ub	republished under	298
ub	republished under 	679
ub	republished with	298
ub	rubrica	341
ub	rubrik	25,381,382,384
ub	subscribe for	149
ub	subscribe now	149
ub	subscribe to	149
ub	subscribe to enjoy	360
ub	subscribe to get	360
ub	subscribe to our 	150
ub	the publication	484
ub	this article is available to subscribers	257
ub	this article is for subscribers	257
ub	this article is reserved for subscribers	257
ub	this content is available to subscribers	257
ub	this content is for subscribers	257
ub	this content is reserved for subscribers	257
ub	this publication	484
ub	this story is available to subscribers	257
ub	this story is for subscribers	257
ub	this story is reserved for subscribers	257
ub	você precisa entrar para publicar	364
ub	você precisa estar logado para publicar	364
ub	você precisa fazer login para publicar	364
ub	vous devez vous connecter pour publier un commentaire	362
ub	vous devez être connecté pour publier un commentaire	362
ub	é necessário entrar para publicar	364
ub	é necessário estar logado para publicar	364
ub	é necessário fazer login para publicar	364
uc	das könnte sie auch interessieren	183
uc	lesen sie auch	183
uc	traducir	307
ud	chiudi	332
uf	aufrufe	4,5,27,306,381
ui	não constitui 	514
uj	aujourd	353
uj	drukuj	359
uj	sur le même sujet	184
uj	zaloguj się	265
uk	wersja do druku	359
ul	no result	312
ul	null	241
ul	scheduled maintenance	334
ul	show all result	312
ul	¿te ha resultado útil	311
ul	¿te resultó útil	311
um	 yorum	278
um	datum	24
um	nenhum conteúdo encontrado	245
um	nenhum resultado encontrado	245
um	yorum yap	278
um	yorum yapabilmek için 	367
um	yorumlar	278
un	get unlimited 	257
un	site is under maintenance	334
up	for additional updates	53
up	for further updates	53
up	for more updates	53
up	sign up for	149
up	sign up for our 	150
up	sign up now	149
up	sign up to	149
up	update	295
up	updated	14
ur	auteur	29,381,382,384
ur	get our	531
ur	lecturas	4,5,35,306,381
ur	lectures	4,5,31,306,381
ur	leituras	4,5,38,306,381
ur	letture	342
ur	maintenance en cours	334
ur	nur mit	494
ur	our site use	583
ur	relecture	47
ur	retour en haut	308
ur	retour à l	174
ur	source	11,29,381,382,384
ur	sur	615
ur	urlをコピー	297
us	contact us	195
us	email us 	258
us	lire aussi	184
us	nous contacter	200
us	send us 	258
us	this site use	583
us	unauthorised use	106
us	used 	482,483
us	we use	583
ut	heute	353
uv	aucun article trouvé	245
uv	aucun résultat trouvé	245
uv	à découvrir	322
ux	cet article est réservé aux abonnés	259
uy	chuyên mục	350
uy	chuyển tới nội dung	234
uy	chuyển tới phần chính	234
uy	chuyển đến nội dung	234
uy	chuyển đến phần chính	234
uy	no constituye 	513
uy	tin cùng chuyên mục	322
uz	riproduzione riservata	289
uz	traduzir	307
va	devam	320
va	haberin devam	357
va	inscreva-se em nossa	160
va	inscreva-se na nossa	160
va	vai al contenuto	230
va	vai al menu	230
ve	versión 	359
vi	aviso legal	129
vi	en continuant votre navigation	248
vi	i più visti	322
vi	in bài viết	359
vi	lo más visto	285
vi	most viewed	285
vi	reviewer	41
vi	revisado por	48
vi	revisión	48
vi	revisão	49
vi	view	4,5,306,381,382,384
vi	view all result	312
vi	views 	505
vi	visit	433
vi	visit our site	55
vi	visit us at	55
vi	visitas	4,5,35,306,381
vi	vistas	35
vi	çevir	307
vo	cet article vous a-t-il été utile	311
vo	voltar ao topo	176,308
vo	von	26,330,615
vo	vorheriger beitrag	173
vo	vous êtes abonné	259
vu	vues	4,5,31,306,381
wi	connect with us	148
wi	twitter	532
wn	download 	375
wp	ostatnie wpisy	285
wr	may not be rewritten	104
ws	for additional news	53
ws	for more news	53
ws	newsletter	150,521
ws	nossa newsletter	160
ws	the newsletter	484
ws	this newsletter	484
ww	visit www.	55
wy	wydanie	328
wy	wyświetle	345
xc	este contenido es exclusivo para suscriptores	261
xc	este conteúdo é exclusivo para assinantes	262
xc	this article is exclusive to members	257
xc	this article is exclusive to subscribers	257
xc	this content is exclusive to members	257
xc	this content is exclusive to subscribers	257
xc	this story is exclusive to members	257
xc	this story is exclusive to subscribers	257
xe	bạn đang xem bản rút gọn	376
xe	bạn đang xem trước	376
xe	lượt xem	351
xe	xem chi tiết	358
xe	xem thêm	320
xe	xem thêm tin	322
xe	xem tiếp	358
xe	xem toàn bộ	358
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
xt	text	324
xu	tải xuống bản đầy đủ	376
ya	yay	346
yf	sayfa	235
yk	wykup dostęp	265
yk	wykup subskrypcję	265
yl	paylaş	318
yo	you are here	163
yo	you may also be interested in	179
yw	strona używa z 	252
yw	używamy 	252
z-	abonnez-vous à la	158
z-	abonnez-vous à notre	158
z-	connectez-vous pour	259
z-	inscrivez-vous à la lettre	158
z-	inscrivez-vous à la newsletter	158
z-	inscrivez-vous à notre lettre	158
z-	inscrivez-vous à notre newsletter	158
z-	suivez-nous	158
zd	yazd	359
zd	zdjęci	324
zi	sezione	341
zl	daha fazla bilgi	357
zu	cookies zustimmen	206
zu	mehr dazu	63
zu	mehr zum thema	183
zu	zum hauptinhalt	226
zu	zum hauptmenü	226
zu	zum inhalt	226
zu	zum menü	226
zu	zur navigation	226
zu	zurück zur startseite	173
zu	zurück zur übersicht	173
zy	brak komentarzy	277
zy	czytaj dalej	320
zy	czytaj więcej	320
zy	najczęściej czytane	285
zy	przeczytaj także	356
zy	przeczytaj też	356
zy	przeczytaj więcej	356
zy	strona korzysta z 	252
zy	wykorzystujemy 	252
zz	visualizzazioni	342
}}	}}	240
"""
