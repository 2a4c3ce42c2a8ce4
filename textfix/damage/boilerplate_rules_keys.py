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
PATTERNS = 372
RISKY = 'µßİıŉſǰͅΐΣΰςϐϑϕϖϰϱϵևᲀᲁᲂᲃᲄᲅᲆᲇᲈẖẗẘẙẚẛὐὒὔὖᾀᾁᾂᾃᾄᾅᾆᾇᾈᾉᾊᾋᾌᾍᾎᾏᾐᾑᾒᾓᾔᾕᾖᾗᾘᾙᾚᾛᾜᾝᾞᾟᾠᾡᾢᾣᾤᾥᾦᾧᾨᾩᾪᾫᾬᾭᾮᾯᾲᾳᾴᾶᾷᾼιῂῃῄῆῇῌῒΐῖῗῢΰῤῦῧῲῳῴῶῷῼﬀﬁﬂﬃﬄﬅﬆﬓﬔﬕﬖﬗ'
#: The risky characters that can stand in a key's place (the others cannot: Greek, ligatures).
RELEVANT = 'İıſᲀᲁᲂᲃᲄᲅ'
#: Patterns without keys (searched in every line), as a mask.
ALWAYS = 0x0
#: Patterns with a second key set (bit ``PATTERNS + k`` in the tables): a line must hold a
#: key of both.
SECOND = 0x41800924a40de0a01fcf80800080080096a21927c280aa000080e05817ce4a39fe3faee0f6f01053ffe222243bade
#: (pattern, characters, n): every match holds n of these characters (lower case).
COUNTS: tuple[tuple[int, str, int], ...] = ((6, ':：', 2), (64, 'i', 2), (66, 'm', 2), (68, 'm', 2), (84, 'в', 2), (85, 'a', 2), (86, 't', 2), (88, 't', 2), (113, 'с', 2), (115, 'r', 2), (117, 'p', 2), (125, 'e', 4), (126, 'd', 2), (127, ' ', 4), (128, 'n', 2), (130, 'н', 5), (132, 'n', 7), (133, 'n', 6), (134, 'n', 5), (164, '>»›＞', 2), (191, ':：', 2), (203, ' ', 2), (210, 'с', 2), (255, 'м', 2), (288, 'r', 4), (290, 't', 6), (298, 'r', 3), (363, ' ', 5), (364, 'y', 3), (365, 'b', 2), (371, '|·•｜', 3))
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
    (288, '41-41 61-61', 'space'),
    (296, '305f-305f 308b-308b 30fc-30fc', 'space'),
    (305, '45-45 48-48 4e-4e 50-50 52-52 57-57 5e-5e 65-65 68-68 6e-6e 70-70 72-72 77-77 418-418 438-438 2191-2191', 'space'),
    (306, '41-41 45-45 47-47 4e-4f 54-55 59-59 5e-5e 61-61 65-65 67-67 6e-6f 74-75 79-79 425-425 445-445 2191-2191', 'space'),
    (308, 'ae30-ae30 b85c-b85c', 'space'),
    (309, '3f-3f 45-45 48-48 4c-4c 65-65 68-68 6c-6c', 'space'),
    (310, '44-44 53-54 64-64 73-74 17f-17f', 'space'),
    (311, '90e8-90e8 9215-9215 94ae-94ae 9802-9802 9876-9876 9996-9996', 'space'),
    (312, '3a-3a 63a5-63a5 ff1a-ff1a', 'space'),
    (313, '3e-3e bb-bb ff1e-ff1e', 'space'),
    (314, '6b22-6b22 6b61-6b61 8350-8350 85a6-85a6 8b80-8b80 8bfb-8bfb', 'space'),
    (315, '3f-3f 5417-5417 55ce-55ce ff1f-ff1f', 'space'),
    (316, '3a-3a 41-41 45-45 49-4a 4e-4e 52-53 61-61 65-65 69-6a 6e-6e 72-73 130-131 15e-15f 17f-17f 42f-42f 44f-44f 1eba-1ebb 308b-308b ae30-ae30', 'space'),
    (317, '41-41 4e-4e 52-52 54-54 61-61 6e-6e 72-72 74-74', 'space'),
    (320, '3a-3a 43-43 45-45 49-49 4d-4e 52-52 63-63 65-65 69-69 6d-6e 72-72 130-131 415-415 418-418 42f-42f 435-435 438-438 44f-44f', 'space'),
    (323, '29-29 2e-2e ff09-ff09', 'space'),
    (326, '2e-2e 413-413 433-433 65e5-65e5 c77c-c77c', 'digit,space'),
    (330, '45-45 47-47 49-4a 4e-4e 52-52 54-54 58-58 65-65 67-67 69-6a 6e-6e 72-72 74-74 78-78 d7-d7 130-131 42c-42c 44c-44c 2715-2715 308b-308b ae30-ae30', 'space'),
    (335, '29-29 41-41 44-45 47-47 4d-4d 4f-4f 54-54 5d-5d 61-61 64-65 67-67 6d-6d 6f-6f 74-74 c0-c0 c9-c9 e0-e0 e9-e9 410-410 430-430 3011-3011 30af-30af 544a-544a ace0-ace0 ff09-ff09', 'space'),
    (336, '529e-529e 7ba1-7ba1 8fa6-8fa6', 'space'),
    (350, '2c-2c 2e-2e 41-41 43-43 45-45 48-4b 4d-4f 52-54 59-59 61-61 63-63 65-65 68-6b 6d-6f 72-74 79-79 c0-c0 e0-e0 130-131 15a-15b 17f-17f 406-406 410-410 412-412 42f-430 432-432 44f-44f 456-456 1c80-1c80 212a-212a 5929-5929 65e5-65e5 b298-b298 c81c-c81c', 'digit,space'),
    (356, '29-29 41-41 45-45 4a-4a 4e-4f 52-52 54-55 59-59 5d-5d 61-61 65-65 6a-6a 6e-6f 72-72 74-75 79-79 418-418 42c-42c 438-438 44c-44c 3011-3011 308b-308b 30b8-30b8 5237-5237 ae30-ae30 c1c4-c1c4 ff09-ff09', 'space'),
)
ANCHOR_CHARS = '!(,/:>CXZ[]cxz{|}©·»ÜüŹźІБВГДЖЗЙКМПФХЦЧШЩЫЬЮЯбвгджзйкмпфхцчшщыьюяіỐố•›→Ⓒⓒ【】おかがくごじたてへまみめよェカキクグゲコサタツドニバプペホポマメレ三上下业严中临为主买了二于享人仅今他代们件众会传佈你使來供侵信修們備傳僅允先入內全公共关内冊册写凡出击分刊划列创初删別刪别到制刷創劃办动動勧勿协協博原参參发台号同名后吗启员品員啓啟営嗎嚴围图圈圍圖地场址均報場声处备复多大天如媒子字它完官定审容審对导對導小属屬已布帖帮帰幫平广広度廣建开当录律後得微心必怀您情想懷成我戶户戻所打扫承投护报担拒招持指据掃授排採掲提援搜摄摘撐撑撰擊擔據攝收数數文料断新於无日时昨是時智最會有期术机杂权条来构查标栏校核條業概構標権機欄權次欢欲歡止正此气気氣注浏涉添瀏為热照熱營爆爲猜獲现現生留當發的监監相看眾瞭知码碍碼礙社禁稿窗站章端筆签简管篇簡簽籤类精系糾索終絡給統經続網線編繁繫纠线终经给络统编网置署美者聞聲臨自至臺航若荐获营著薦處號衆行術製複要覈見規覧觀见观言訂計訊記訪許註評詞話詳誠說説請謝證議護计订议讯记许访证评词诚话详说请谢豆負責買購贊负责购赞跳転載輯载辑辦辨达过迎运返这进违适這進過達違適邮部郵配采量錄録鍵鏈鏡链键镜長长門閉開関閱閲關门闭闻阅隐隱集雜非面頁頂項頻願類顧页顶顾频飛首髮가감개게공광교구그글기내뉴닫담당댓데등딩력련많면목무바배보복본분삽상성소쇄수신약어업오요원위음인일저전조참추출카쿠태투트특편항홈확환！（）／：＞｜'
#: The pairs of ``PAIRS``, tab-separated.
PAIR_KEYS = ' b\t g\t j\t k\t v\t${\t%}\t(c\t-m\t-v\t19\t20\tab\tac\tad\tag\tak\tap\tar\tau\tav\tay\taz\tba\tbb\tbe\tbj\tbl\tbo\tbs\tbu\tby\tcc\tch\tci\tcj\tck\tcl\tco\tcp\tcr\tct\tcu\tcy\tcz\tda\tdd\tde\tdi\tdo\tds\tdt\tdu\tdv\tdy\tdz\tem\tes\tew\tez\tfa\tfe\tff\tfi\tfo\tfu\tg(\tg-\tga\tgb\tge\tgg\tgh\tgi\tgo\tgr\tgs\tgu\tgw\thi\thr\tib\tic\tif\tig\tij\tik\til\tim\tin\tip\tiv\tiy\tiz\tja\tjo\tju\tka\tke\tkh\tki\tkl\tko\tkt\tku\tkv\tkz\tla\tlc\tld\tle\tlf\tlg\tlk\tll\tlm\tlo\tls\tlu\tlv\tma\tmb\tme\tmi\tmk\tmm\tmo\tmp\tmu\tmy\tna\tnc\tnd\tng\tnh\tnj\tnk\tnm\tno\tnu\tnv\tnz\tob\tod\tof\toj\tok\tom\tov\tow\tox\toy\tp \tpa\tpf\tph\tpi\tpl\tpo\tpp\tpr\tpu\tpy\tqq\tqu\trb\trc\trd\trf\trg\tri\trl\trm\tro\trr\trv\try\trz\tse\tsg\tsh\tsi\tsk\tsl\tsp\tss\tst\tsu\tsy\tsz\ttg\tth\ttu\ttz\tub\tuc\tud\tuf\tui\tuj\tuk\tul\tum\tun\tup\tur\tus\tut\tuv\tux\tuy\tuz\tva\tve\tvi\tvo\tvu\twi\twn\twp\twr\tws\tww\twy\txc\txe\txi\txp\txt\txu\tya\tyf\tyk\tyl\tyo\tyw\tz-\tzd\tzi\tzl\tzu\tzy\tzz\t}}'
ANCHORS = """\
!	!	610
(	(	414,695
,	,	152
/	/	152,389,415,534,535,567,607,693
:	:	375,378,379,383,387,389,394,397,401,405,409,413,415,416,417,418,419,420,421,449,473,514,533,535,561,563,609,664,667,674,693,694,696,699,709,711,714,717,720,723
>	>	164,534,535,685
[	[	414,671
]	]	664
c	c	663
x	x	524
z	z	607
{	{	612
|	|	152,371,567,693
}	}	615
©	©	76,78,449,452,455,663
·	·	152,371,567
»	»	164,534,535,685
ü	dün	350
ź	źródło	342
б	для добавления комментари	366
б	обновлено	21,294,373,374,376
б	опубликовано	21,373,374,376
б	подробнее	60
б	рубрика	22,373,374,376
б	узнать подробнее	61
в	автор	22,373,374,376
г	главная	163
г	главное	320
г	другие новости	182,320
г	категория	22
г	сегодня	350
г	теги	22,237
д	дата	21,373,374,376
д	редактор	45
ж	добро пожаловать	238
ж	перейти к содержимому	231
ж	похожие материалы	182
ж	похожие новости	182
ж	похожие статьи	182
ж	пропустить к содержимому	231
ж	уже подписаны	264
ж	читайте также	182
ж	читайте также на	319
з	загрузка	329
з	закрыть	330
з	из	607
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
й	читайте в	319
й	читайте на	319
й	чтобы оставить комментарий	366
к	корректор	45
к	текст	322
м	 комментари	276
м	комментарии	276
м	метки	237
м	реклама	335
п	копирование материалов	112
п	о проекте	198
п	перевести	305
п	по материалам	323
п	по теме	182
п	последние новости	320
п	при копировании	113
п	просмотр	4,5,23,304,373
ф	оформите подписку	264
ф	политика конфиденциальности	198
ф	фото	322
х	ведутся технические работы	332
х	наверх	306
ц	инвестиционной рекомендацией	130
ц	при цитировании	113
ц	редакция	45
ц	страница	235
ч	версия для печати	356
ч	вчера	350
ч	вчора	350
ч	источник	22,373,374,376
ч	перепечатка материалов	112
ч	перепечатка статьи	112
ч	при перепечатке	113
ч	распечатать	356
ч	самое читаемое	285
ч	читать далее	61,318
ч	читать подробнее	61
ш	подписывайтесь на наш	156
ш	подпишитесь на	264
ш	подпишитесь на наш	156
ш	подпишитесь на рассылку	156
ш	подпишитесь чтобы	264
ш	пользовательское соглашение	198
ш	разрешается	484
ш	узнать больше	61
ш	читать больше	61
щ	все права защищены	84
щ	запрещен	484
щ	по сообщению	323
щ	предыдущая запись	172
щ	предыдущая новость	172
щ	предыдущая статья	172
щ	следующая запись	172
щ	следующая новость	172
щ	следующая статья	172
ы	@темы	324
ы	выпуск	326
ы	контакты	198
ы	по данным	323
ы	ссылк	484
ы	ссылка	485
ь	копирование статьи	112
ь	поделиться	156,316
ь	пропустить к контенту	231
ь	пропустить к основному	231
ь	только	484
ю	перейти к содержанию	231
ю	пропустить к содержанию	231
ю	читать полностью	318
я	для отправки комментари	366
я	допускается	484
я	картина дня	320
я	не является 	502
я	популярное	320
я	самое популярное	285
і	сьогодні	350
ố	số	326
•	•	152,371,567
›	›	164,534,535
→	→	534,535
ⓒ	ⓒ	76,78,455,663
【	【	671
】	】	664
お	お断り	481
か	メニューここから	222
か	本文ここから	222
が	が保有	454
く	詳しくは	56
ご	ご覧	428
じ	禁じ	481
じ	閉じる	330
た	勧誘を目的としたものではありません	135
て	フォローして	153
へ	へ	428,595
へ	本文へ	221
ま	まで	428
ま	本文ここまで	222
み	読み込み中	329
め	おすすめ記事	180
よ	へようこそ	239
ェ	シェア	153
ェ	シェアする	316
カ	カテゴリ	15,373,374,376
キ	本文にスキップ	221
ク	クッキーを使用	211
ク	クッキーを利用	211
グ	ログイン	269
ゲ	ナビゲーションここから	222
ゲ	ナビゲーションここまで	222
ゲ	ナビゲーションへ	221
コ	コメント	281
サ	当サイト	583
サ	本サイト	583
サ	當サイト	583
タ	タグ	15,237
ツ	メインコンテンツへ	221
ド	前のスライド	307
ド	次のスライド	307
ニ	注目ニュース	287
バ	グローバルナビここから	222
バ	グローバルナビここまで	222
プ	トップ	163
プ	トップに戻る	307
プ	トップへ戻る	170,307
ペ	トップページ	223
ペ	ページの先頭へ戻る	170
ホ	ホーム	163,223
ポ	スポンサーリンク	335
ポ	プライバシーポリシー	196
マ	メルマガ	154
メ	メニューここまで	222
メ	メニューへ	221
レ	ニュースレター	154
三	三审	39
三	三審	39
上	上	301,302,673
上	上一頁	165
上	上一页	165
上	返回上一頁	166
上	返回上一页	166
上	返回上頁	166
上	返回上页	166
下	下一頁	165
下	下一页	165
下	下載	423
下	下载	423
业	增值电信业务經	192
业	增值电信业务经	192
业	增值电信业務經	192
业	增值电信业務经	192
业	增值電信业务經	192
业	增值電信业务经	192
业	增值電信业務經	192
业	增值電信业務经	192
严	严禁	93
中	加載中	333
中	加载中	329,333
临	光临	589
为	为您推荐	314
为	为您推薦	314
为	設为首頁	165
为	設为首页	165
为	设为首頁	165
为	设为首页	165
主	主	301,302,673
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
人	人	675
人	发佈人	6,373
人	发布人	6,373
人	發佈人	6,373
人	發布人	6,373
人	髮佈人	6,373
人	髮布人	6,373
仅	文章仅代表作者	122
今	今日	350
他	其他媒体	97
他	其他媒體	97
他	其他網站	97
他	其他网站	97
代	不代表	121
们	关于我们	190,218
们	关於我们	190,218
们	我们	140,513
们	關于我们	190,218
们	關於我们	190,218
件	稿件	665
众	公众号	138,142
众	公众號	138,142
众	本公众号	467,493
众	本公众號	467,493
会	不会	121
会	会社概要	196
传	传真	191
佈	佈	301,302,673
佈	发佈时間	7
佈	发佈时间	7
佈	发佈時間	7
佈	发佈時间	7
佈	发佈者	6,7,373
佈	發佈时間	7
佈	發佈时间	7
佈	發佈時間	7
佈	發佈時间	7
佈	發佈者	6,7,373
佈	髮佈时間	7
佈	髮佈时间	7
佈	髮佈時間	7
佈	髮佈時间	7
佈	髮佈者	6,7,373
你	你的位置	161
使	使用	585
使	推荐使用	193
使	推薦使用	193
來	來源	6,7,373
來	來自	6,373
來	本文來源	98
供	仅供	119
供	供稿	321
供	僅供	119
侵	侵	100
信	信	302,673
修	監修	43
們	关于我們	190,218
們	关於我們	190,218
們	我們	140,513
們	關于我們	190,218
們	關於我們	190,218
備	公網安備	188
備	公网安備	188
傳	傳真	191
僅	文章僅代表作者	122
允	允許	466
允	允许	466
先	先頭に戻る	307
先	先頭へ戻る	307
入	加入我们	190
入	加入我們	190
入	載入中	329
內	內容	214,665
內	內容仅代表作者	122
內	內容來源	98
內	內容僅代表作者	122
內	內容来源	98
內	所有內容	73
內	更多內容	51
全	下載全文	369
全	下载全文	369
全	全文	52
全	全文下載	369
全	全文下载	369
全	閱讀全文	284
全	閱读全文	284
全	閲讀全文	284
全	閲读全文	284
全	阅讀全文	284
全	阅读全文	284
公	公	302,673
共	共有	153
共	共有する	316
关	关	301,673
内	内容	214,665
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
凡	凡	463
出	出品	39
击	点击	4,5,6,144,304,373,423,424
击	点击分享	143
击	点击数	7
击	点击數	7
击	點击	4,5,6,144,304,373,423,424
击	點击分享	143
击	點击数	7
击	點击數	7
分	分	301
刊	本刊	140,467,493
划	策划	39
列	返回列表	166
创	原创作品	300
创	原创文章	300
创	原创稿件	300
初	初审	39
初	初審	39
删	删	472
删	删除	471
別	特別提示	118
刪	刪	472
刪	刪除	471
别	特别提示	118
到	來到	589
到	回到頁首	311
到	回到页首	311
到	来到	589
制	網站制作	189
制	网站制作	189
刷	印刷	356
創	原創作品	300
創	原創文章	300
創	原創稿件	300
劃	策劃	39
办	主办	189,336
办	主办单位	337
办	主办單位	337
动	移动版	215
動	本文に移動	221
動	移動版	215
勧	勧誘を目的とするものではありません	135
勿	請勿	93
勿	请勿	93
协	协办	336
协	协办单位	189
协	协办單位	189
协	协辦	336
协	协辦单位	189
协	协辦單位	189
協	協办	336
協	協办单位	189
協	協办單位	189
協	協辦	336
協	協辦单位	189
協	協辦單位	189
博	微博	146
原	原文	52
原	原文鏈接	7
原	原文链接	7
参	参考	491
參	參考	491
发	轉发	139,145
发	转发	139,145
台	本台	467,493
号	本号	140,467,493
同	同意	466
名	名	301,673
后	后果自負	121
后	后果自负	121
吗	有用吗	315
启	浏覽器未启用	334,370
启	浏览器未启用	334,370
启	瀏覽器未启用	334,370
启	瀏览器未启用	334,370
员	通訊员	8,321
员	通讯员	8,321
品	所有作品	73
品	本作品	467,493
員	通訊員	8,321
員	通讯員	8,321
啓	浏覽器未啓用	334,370
啓	浏览器未啓用	334,370
啓	瀏覽器未啓用	334,370
啓	瀏览器未啓用	334,370
啟	浏覽器未啟用	334,370
啟	浏览器未啟用	334,370
啟	瀏覽器未啟用	334,370
啟	瀏览器未啟用	334,370
営	運営会社	196
営	運営會社	196
嗎	有用嗎	315
嚴	嚴禁	93
围	围觀	303
围	围观	303
图	图	8
图	图/文	321
图	图文	665
图	图片	321
图	图片來源于網	98
图	图片來源于网	98
图	图片來源於網	98
图	图片來源於网	98
图	图片来源于網	98
图	图片来源于网	98
图	图片来源於網	98
图	图片来源於网	98
图	文/图	321
圈	朋友圈	146
圍	圍觀	303
圍	圍观	303
圖	圖	8
圖	圖/文	321
圖	圖文	665
圖	圖片	321
圖	圖片來源于網	98
圖	圖片來源于网	98
圖	圖片來源於網	98
圖	圖片來源於网	98
圖	圖片来源于網	98
圖	圖片来源于网	98
圖	圖片来源於網	98
圖	圖片来源於网	98
圖	文/圖	321
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
均	均來自	469
均	均来自	469
均	均轉自	469
均	均轉載	469
均	均轉载	469
均	均转自	469
均	均转載	469
均	均转载	469
報	本報	467,493
場	市場有風险	123
場	市場有風險	123
場	市場有风险	123
場	市場有风險	123
声	免責声明	118
声	免责声明	118
声	声明	101,299
声	版权声明	71,292
声	版權声明	71,292
处	出处	6,7,373
备	公網安备	188
备	公网安备	188
复	复制	465
复	复审	39
复	复審	39
复	复製	465
多	更多	52,313
多	更多信息	51
大	大	381
大	文字大小	219
天	今天	350
如	如有	99
如	如需	422
如	如需轉載	92
如	如需轉载	92
如	如需转載	92
如	如需转载	92
媒	本媒体	467,493
媒	本媒體	467,493
子	电子報	513
子	电子报	513
子	電子報	513
子	電子报	513
字	字体	6,9,219,373
字	字号	6,9,219,373
字	字號	6,9,219,373
字	字體	6,9,219,373
字	文字	321
它	其它媒体	97
它	其它媒體	97
它	其它網站	97
它	其它网站	97
完	下載完整版	369
完	下载完整版	369
完	完整版下載	369
完	完整版下载	369
官	官方	140
定	审定	39
定	審定	39
审	一审	39
审	审稿	321
审	編审	39
审	编审	39
容	容	301,302,673
審	一審	39
審	審稿	321
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
已	浏覽器已禁用	334,370
已	浏览器已禁用	334,370
已	瀏覽器已禁用	334,370
已	瀏览器已禁用	334,370
布	发布时間	7
布	发布时间	7
布	发布時間	7
布	发布時间	7
布	发布者	6,7,373
布	布	301,302,673
布	發布时間	7
布	發布时间	7
布	發布時間	7
布	發布時间	7
布	發布者	6,7,373
布	髮布时間	7
布	髮布时间	7
布	髮布時間	7
布	髮布時间	7
布	髮布者	6,7,373
帖	本帖	467,493
帮	有帮助吗	315
帮	有帮助嗎	315
帰	に帰属	454
幫	有幫助吗	315
幫	有幫助嗎	315
平	本平台	140,467,493
平	本平臺	140,467,493
广	广告	335
广	广告服务	190
广	广告服務	190
広	広告	335
度	热度	4,5,304,373
度	熱度	4,5,304,373
廣	廣告	335
廣	廣告服务	190
廣	廣告服務	190
建	建設单位	189,337
建	建設單位	189,337
建	建设单位	189,337
建	建设單位	189,337
建	網站建設	189
建	網站建设	189
建	网站建設	189
建	网站建设	189
开	开通	284
当	当前位置	161
当	您当前的位置	161
录	登录	218,423
律	法律声明	190
律	法律聲明	190
後	後果自負	121
後	後果自负	121
得	不得	93
微	微信	146
微	本微信	467,493
心	新聞中心	218
心	新闻中心	218
必	务必	461
必	務必	461
怀	关怀版	215
怀	關怀版	215
您	您的位置	161
情	友情鏈接	312
情	友情链接	312
想	想	422
懷	关懷版	215
懷	關懷版	215
成	成	301,302,673
我	我站	467,493
我	我網	467,493
我	我网	467,493
戶	客戶服务	218
戶	客戶服務	218
户	客户服务	218
户	客户服務	218
戻	上に戻る	307
戻	上へ戻る	307
所	所有	72,74,293
所	所有图片	73
所	所有圖片	73
打	打印	167
打	打印本頁	166
打	打印本页	166
扫	扫一扫	137
扫	扫一掃	137
承	不承担	121
承	不承擔	121
承	承办	189,336
承	承辦	189,336
投	投稿日	15,373,374,376
投	投資	507
投	投資有風险	123
投	投資有風險	123
投	投資有风险	123
投	投資有风險	123
投	投资有風险	123
投	投资有風險	123
投	投资有风险	123
投	投资有风險	123
护	維护	333
护	網站維护	189
护	網站维护	189
护	维护	333
护	网站維护	189
护	网站维护	189
报	本报	467,493
担	風险自担	121
担	風險自担	121
担	风险自担	121
担	风險自担	121
拒	拒絕	93
拒	拒绝	93
招	人才招聘	218
持	浏覽器不支持	334,370
持	浏览器不支持	334,370
持	瀏覽器不支持	334,370
持	瀏览器不支持	334,370
指	指导单位	337
指	指导單位	337
指	指導单位	337
指	指導單位	337
据	依据	492
掃	掃一扫	137
掃	掃一掃	137
授	授权	466
授	授權	466
排	排版	39
採	採写	321
採	採寫	321
掲	掲載	16
掲	掲載日	15
提	風险提示	118
提	風險提示	118
提	风险提示	118
提	风險提示	118
援	浏覽器不支援	334,370
援	浏览器不支援	334,370
援	瀏覽器不支援	334,370
援	瀏览器不支援	334,370
搜	热搜	220
搜	熱搜	220
摄	摄影	8,321
摘	摘編	95,465
摘	摘编	95,465
摘	摘自	95,98
撐	技术支撐	189
撐	技術支撐	189
撑	技术支撑	189
撑	技術支撑	189
撰	撰文	321
撰	撰稿	321
擊	点擊	4,5,6,144,304,373,423,424
擊	点擊分享	143
擊	点擊数	7
擊	点擊數	7
擊	點擊	4,5,6,144,304,373,423,424
擊	點擊分享	143
擊	點擊数	7
擊	點擊數	7
擔	風险自擔	121
擔	風險自擔	121
擔	风险自擔	121
擔	风險自擔	121
據	依據	492
攝	攝影	8,321
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
文	文	8,17,301,302,673
文	本文	467,493,687
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
日	更新日	15,373,374,376
时	发表时間	7
时	发表时间	7
时	时間	6,373
时	时间	6,373
时	更新时間	7
时	更新时间	7
时	發表时間	7
时	發表时间	7
时	髮表时間	7
时	髮表时间	7
昨	昨天	350
昨	昨日	350
是	今天是	216
是	今日是	216
時	发表時間	7
時	发表時间	7
時	時間	6,373
時	時间	6,373
時	更新時間	7
時	更新時间	7
時	發表時間	7
時	發表時间	7
時	髮表時間	7
時	髮表時间	7
智	智能推荐	314
智	智能推薦	314
最	最初のスライドに戻る	307
最	最終更新	15
會	不會	121
會	會社概要	196
有	有	673
期	发佈日期	7
期	发布日期	7
期	日期	6,373
期	發佈日期	7
期	發布日期	7
期	髮佈日期	7
期	髮布日期	7
术	技术支持	189
机	手机版	215
杂	电子杂志	513
杂	电子杂誌	513
杂	電子杂志	513
杂	電子杂誌	513
权	版权	75,76,444,445,446
权	版权信息	292
权	版权单位	189
权	版权單位	189
权	版权所有	70
条	上一条	165
条	下一条	165
条	免責条款	118
条	免责条款	118
来	本文来源	98
来	来源	6,7,373
来	来自	6,373
构	不构成	120
查	查看	423,424
查	查看全文	284
查	查看更多	50
标	标明	461,462
标	标注	91
标	标註	91
栏	本栏目	467,493
栏	栏目	6,351,373
校	审校	39
校	審校	39
校	校稿	39
校	校閲	43
核	审核	39
核	審核	39
核	核稿	321
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
標	標明	461,462
標	標注	91
標	標註	91
権	著作権は	82
機	手機版	215
欄	本欄目	467,493
欄	欄目	6,351,373
權	版權	75,76,444,445,446
權	版權信息	292
權	版權单位	189
權	版權單位	189
權	版權所有	70
次	次	675
次	浏覽次数	7
次	浏覽次數	7
次	浏览次数	7
次	浏览次數	7
次	瀏覽次数	7
次	瀏覽次數	7
次	瀏览次数	7
次	瀏览次數	7
欢	喜欢	177
欲	欲	422
欲	欲轉載	92
欲	欲轉载	92
欲	欲转載	92
欲	欲转载	92
歡	喜歡	177
止	止	301,302,673
止	禁止	93,481
正	校正	43
正	正在加載	333
正	正在加载	333
正	正文	214
此	打印此文	166
此	此文	687
气	人气	4,5,6,304,373
気	人気ニュース	287
気	人気記事	180,287
氣	人氣	4,5,6,304,373
注	关注	139,423,510,512,516
注	注明	91,461,462
注	關注	139,423,510,512,516
浏	浏覽	4,5,6,303,304,373,423
浏	浏覽器	565
浏	浏览	4,5,6,303,304,373,423
浏	浏览器	565
涉	如涉及	99
涉	若涉及	99
添	添加	510
瀏	瀏覽	4,5,6,303,304,373,423
瀏	瀏覽器	565
瀏	瀏览	4,5,6,303,304,373,423
瀏	瀏览器	565
為	為您推荐	314
為	為您推薦	314
為	設為首頁	165
為	設為首页	165
為	设為首頁	165
為	设為首页	165
热	热点	220
热	热点鏈接	312
热	热点链接	312
热	热點	220
热	热點鏈接	312
热	热點链接	312
照	参照	428
熱	熱点	220
熱	熱点鏈接	312
熱	熱点链接	312
熱	熱點	220
熱	熱點鏈接	312
熱	熱點链接	312
營	網站運營	189
營	网站運營	189
營	運營单位	189
營	運營單位	189
爆	爆料	283
爲	爲您推荐	314
爲	爲您推薦	314
爲	設爲首頁	165
爲	設爲首页	165
爲	设爲首頁	165
爲	设爲首页	165
猜	猜你喜欢	314
猜	猜你喜歡	314
獲	獲取更多	50
獲	獲得	461,462
现	您现在的位置	161
现	现在位置	161
現	您現在的位置	161
現	現在位置	161
生	生	301,302,673
留	保留	461,462
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
相	相关鏈接	312
相	相关链接	312
相	相關	177
相	相關鏈接	312
相	相關链接	312
看	在看	145
眾	公眾号	138,142
眾	公眾號	138,142
眾	本公眾号	467,493
眾	本公眾號	467,493
瞭	瞭解更多	50
知	告知	471
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
社	本社	467,493
禁	禁	453
稿	发稿	321
稿	發稿	321
稿	稿源	6,7,373
稿	髮稿	321
窗	关閉窗口	166
窗	关闭窗口	166
窗	關閉窗口	166
窗	關闭窗口	166
站	本站	140,467,493,513
章	所有文章	73
章	文章	177,665
章	文章鏈接	7
章	文章链接	7
端	本客戶端	467,493
端	本客户端	467,493
筆	筆者	15
签	标签	237,592
签	標签	592
签	签发	321
签	签發	321
签	签髮	321
简	简体版	215
简	简體版	215
管	主管	336
管	主管单位	337
管	主管單位	337
篇	上一篇	165
篇	上篇	165
篇	下一篇	165
篇	下篇	165
簡	簡体版	215
簡	簡體版	215
簽	标簽	592
簽	標簽	592
簽	簽发	321
簽	簽發	321
簽	簽髮	321
籤	标籤	592
籤	標籤	237,592
籤	籤发	321
籤	籤發	321
籤	籤髮	321
类	分类	6,351,373
精	更多精彩	51
系	系	672
系	联系	461,462,471
系	联系我们	190,218
系	联系我們	190,218
系	聯系	461,462,471
系	聯系我们	190,218
系	聯系我們	190,218
糾	糾錯	167
糾	糾错	167
索	搜索	510,592
索	索	301,302,673
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
網	本網	467,493
線	热線	655
線	熱線	655
編	編发	321
編	編發	321
編	編髮	321
繁	繁体版	215
繁	繁體版	215
繫	繫	672
繫	联繫	461,462,471
繫	联繫我们	190,218
繫	联繫我們	190,218
繫	聯繫	461,462,471
繫	聯繫我们	190,218
繫	聯繫我們	190,218
纠	纠錯	167
纠	纠错	167
线	热线	655
线	熱线	655
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
编	编发	321
编	编發	321
编	编髮	321
网	本网	467,493
置	所在位置	161
署	署名	91
美	美編	39
美	美编	39
者	作者	6,7,373,447
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
聲	版权聲明	71,292
聲	版權聲明	71,292
聲	聲明	101,299
臨	光臨	589
自	轉自	95,98
自	轉載自	98
自	轉载自	98
自	转自	95,98
自	转載自	98
自	转载自	98
至	分享至	143
至	跳至	586
至	跳轉至	586
至	跳转至	586
臺	本臺	467,493
航	網站导航	190
航	網站導航	190
航	网站导航	190
航	网站導航	190
若	若有	99
若	若需	422
若	若需轉載	92
若	若需轉载	92
若	若需转載	92
若	若需转载	92
荐	推荐	177,592
荐	推荐閱讀	314
荐	推荐閱读	314
荐	推荐閲讀	314
荐	推荐閲读	314
荐	推荐阅讀	314
荐	推荐阅读	314
获	获取更多	50
获	获得	461,462
营	網站運营	189
营	网站運营	189
营	運营单位	189
营	運营單位	189
著	著作权	75,444,445,446
著	著作權	75,444,445,446
著	著者	15,373,374,376
薦	推薦	177,592
薦	推薦閱讀	314
薦	推薦閱读	314
薦	推薦閲讀	314
薦	推薦閲读	314
薦	推薦阅讀	314
薦	推薦阅读	314
處	出處	6,7,373
號	本號	140,467,493
衆	公衆号	138,142
衆	公衆號	138,142
衆	本公衆号	467,493
衆	本公衆號	467,493
行	排行	177
術	技術支持	189
製	網站製作	189
製	网站製作	189
複	複制	465
複	複审	39
複	複審	39
複	複製	465
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
覈	覈稿	321
見	意見反饋	190
見	意見反馈	190
規	利用規約	196
覧	閲覧	4,5,304,373
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
訂	訂閱	139,141,512,516
訂	訂閲	139,141,512,516
訂	訂阅	139,141,512,516
計	網站設計	189
計	網站设計	189
計	网站設計	189
計	网站设計	189
訊	更多資訊	51
訊	更多资訊	51
訊	本資訊	467,493
訊	本资訊	467,493
訊	資訊	177
訊	资訊	177
記	前の記事	170
記	次の記事	170
記	注目記事	287
記	記者	6,8,373
訪	訪問	4,5,303,304,373,423,589
訪	訪问	4,5,303,304,373,423,589
許	許可	466
註	关註	139,423,510,512,516
註	註明	91,461,462
註	關註	139,423,510,512,516
評	評論	282
評	評论	282
詞	关鍵詞	592
詞	关键詞	592
詞	關鍵詞	592
詞	關键詞	592
話	举報电話	192
話	举報電話	192
話	举报电話	192
話	举报電話	192
話	电話	191,655
話	舉報电話	192
話	舉報電話	192
話	舉报电話	192
話	舉报電話	192
話	電話	191,655
詳	更多詳情	51
誠	誠聘英才	190
說	版权說明	292
說	版權說明	292
説	版权説明	292
説	版權説明	292
請	請	511
請	轉載請	89
請	轉载請	89
請	转載請	89
請	转载請	89
謝	謝絕	93
謝	謝绝	93
證	不保證	121
議	建議	492
議	建議使用	193
護	維護	333
護	網站維護	189
護	網站维護	189
護	维護	333
護	网站維護	189
護	网站维護	189
计	網站設计	189
计	網站设计	189
计	网站設计	189
计	网站设计	189
订	订閱	139,141,512,516
订	订閲	139,141,512,516
订	订阅	139,141,512,516
议	建议	492
议	建议使用	193
讯	更多資讯	51
讯	更多资讯	51
讯	本資讯	467,493
讯	本资讯	467,493
讯	資讯	177
讯	资讯	177
记	记者	6,8,373
许	许可	466
访	访問	4,5,303,304,373,423,589
访	访问	4,5,303,304,373,423,589
证	不保证	121
评	评論	282
评	评论	282
词	关鍵词	592
词	关键词	592
词	關鍵词	592
词	關键词	592
诚	诚聘英才	190
话	举報电话	192
话	举報電话	192
话	举报电话	192
话	举报電话	192
话	电话	191,655
话	舉報电话	192
话	舉報電话	192
话	舉报电话	192
话	舉报電话	192
话	電话	191,655
详	更多详情	51
说	版权说明	292
说	版權说明	292
请	请	511
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
購	購読	526
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
跳	跳到	586
跳	跳到頁首	311
跳	跳到页首	311
跳	跳轉到	586
跳	跳转到	586
転	無断転用	81
転	無断転載	81
転	転載	109
載	轉載	90,95,465
載	转載	90,95,465
輯	編輯	6,39,373
輯	编輯	6,39,373
载	轉载	90,95,465
载	转载	90,95,465
辑	編辑	6,39,373
辑	编辑	6,39,373
辦	主辦	189,336
辦	主辦单位	337
辦	主辦單位	337
辨	分辨率	565
达	直达	586
过	看过	303
迎	欢迎	217,511
迎	歡迎	217,511
运	網站运營	189
运	網站运营	189
运	网站运營	189
运	网站运营	189
运	运營单位	189
运	运營單位	189
运	运营单位	189
运	运营單位	189
返	返回頁首	311
返	返回页首	311
返	返回首頁	166
返	返回首页	166
这	这篇文章	687
进	进入	589
违	违法和不良信息举報	192
违	违法和不良信息举报	192
违	违法和不良信息舉報	192
违	违法和不良信息舉报	192
适	适老化	215
這	這篇文章	687
進	進入	589
過	看過	303
達	直達	586
違	違法和不良信息举報	192
違	違法和不良信息举报	192
違	違法和不良信息舉報	192
違	違法和不良信息舉报	192
適	適老化	215
邮	举報邮箱	192
邮	举报邮箱	192
邮	舉報邮箱	192
邮	舉报邮箱	192
邮	邮箱	191,655
邮	邮編	191
邮	邮编	191
部	回到頂部	311
部	回到顶部	311
部	跳到頂部	311
部	跳到顶部	311
部	返回頂部	166,218,311
部	返回顶部	166,218,311
郵	举報郵箱	192
郵	举报郵箱	192
郵	舉報郵箱	192
郵	舉报郵箱	192
郵	郵箱	191,655
郵	郵編	191
郵	郵编	191
配	配	301,302,673
配	配信	16
配	配信日	15,373,374,376
采	采写	321
采	采寫	321
量	閱讀量	7
量	閱读量	7
量	閲讀量	7
量	閲读量	7
量	阅讀量	7
量	阅读量	7
錄	登錄	218,423
録	会員登録	269
録	登録	526
鍵	一鍵分享	143
鍵	一鍵轉发	282
鍵	一鍵轉發	282
鍵	一鍵轉髮	282
鍵	一鍵转发	282
鍵	一鍵转發	282
鍵	一鍵转髮	282
鏈	本文鏈接	7
鏈	網站鏈接	312
鏈	网站鏈接	312
鏡	鏡像	465
链	本文链接	7
链	網站链接	312
链	网站链接	312
键	一键分享	143
键	一键轉发	282
键	一键轉發	282
键	一键轉髮	282
键	一键转发	282
键	一键转發	282
键	一键转髮	282
镜	镜像	465
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
開	公開日	15,373,374,376
開	開通	284
関	関連ニュース	180,287
関	関連記事	180,287
閱	閱讀	4,5,6,177,303,304,373,424
閱	閱讀更多	50
閱	閱读	4,5,6,177,303,304,373,424
閱	閱读更多	50
閲	閲讀	4,5,6,177,303,304,373,424
閲	閲讀更多	50
閲	閲读	4,5,6,177,303,304,373,424
閲	閲读更多	50
關	關	301,673
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
阅	阅讀	4,5,6,177,303,304,373,424
阅	阅讀更多	50
阅	阅读	4,5,6,177,303,304,373,424
阅	阅读更多	50
隐	隐私政策	190
隱	隱私政策	190
集	編集	43
雜	电子雜志	513
雜	电子雜誌	513
雜	電子雜志	513
雜	電子雜誌	513
非	非經	94
非	非经	94
面	当前頁面	161
面	当前页面	161
面	當前頁面	161
面	當前页面	161
頁	本頁	467,493
頂	回到頁頂	311
頂	回到页頂	311
頂	跳到頁頂	311
頂	跳到页頂	311
頂	返回頁頂	311
頂	返回页頂	311
項	免責事項	129
頻	本頻道	467,493
頻	頻道	6,373
願	フォローお願い	153
類	分類	6,351,373
顧	往期回顧	177
页	本页	467,493
顶	回到頁顶	311
顶	回到页顶	311
顶	跳到頁顶	311
顶	跳到页顶	311
顶	返回頁顶	311
顶	返回页顶	311
顾	往期回顾	177
频	本频道	467,493
频	频道	6,373
飛	本文に飛ぶ	221
首	首頁	162,218
首	首页	162,218
髮	轉髮	139,145
髮	转髮	139,145
가	가기	596
감	감수	44
개	개인정보	197
게	게재	18
공	공유하기	155,316
광	광고	335
교	교열	44
구	구독하기	155
그	로그인	268
글	글	543
기	기사	59,268,543
기	기자	20,325
내	자세한 내용은	58
뉴	많이 본 뉴스	181
닫	닫기	330
담	담당	295
당	당사는	584
댓	댓글	280
데	업데이트	18
등	등록	18,373,374,376
딩	로딩	329
력	입력	18,373,374,376
련	관련	181
많	많이	286
면	면책	129
목	투자 권유 목적	136
무	무단	111
바	바로	224
배	배포	482
보	보기	59
복	복제	110
본	본 사이트는	584
분	분류	18,373,374,376
삽	사용자 삽입 이미지	244
상	상단으로	308
성	작성일	18
성	작성자	18,373,374,376
소	회사소개	197
쇄	인쇄	356
수	수정	18,373,374,376
신	구독신청	155
약	이용약관	197
어	어제	350
업	사업자	197
오	오늘	350
요	구독하세요	155
원	회원가입	268
위	위로	308
음	다음	171
인	인기	286
일	수정일	295
저	저작권자	83,291
전	이전	171
전	전재	110,483
조	조회	4,5,19,304,373
참	참고	430
참	참조	430
추	추천 기사	181
출	출처	18,373,374,376
카	카테고리	18
쿠	쿠키 사용	212
쿠	쿠키를 사용	212
태	태그	237
투	투자 권유를	136
트	이 사이트는	584
특	특파원	20
편	편집	44
항	자세한 사항은	58
홈	홈	163
확	확인	430
환	환영합니다	239
！	！	610
（	（	695
）	（c）	76
／	／	389,415
：	：	378,379,387,389,415,416,449,473,514,533,561,563,609,664,667,674,693,709,723
＞	＞	164,534,535,685
｜	｜	371,693
"""
PAIRS = """\
 b	ký nhận bản tin	639
 b	tải bản đầy đủ	368
 g	tümünü gör	354
 j	assine já	262
 k	das könnte sie interessieren	320
 v	tải về bản đầy đủ	368
${	${	243
%}	%}	240
(c	(c)	76,78,449,452,455
-m	e-mail	524
-v	bem-vinda	238
-v	bem-vindo	238
19	19	0,1,2,3,327,376,388,449,450,666,676,698
20	20	0,1,2,3,327,376,388,449,450,666,676,698
ab	diğer haberler	320
ab	son haberler	285
ac	rédaction	47
ad	head to	425
ad	read	4,5,12,13,304,373
ad	to read	256
ag	tag	237,373,374,376
ag	untersagt	486
ak	aktualisiert	24,294,373,374,376
ak	redakteur	46
ak	redaktion	46
ap	sitemap	195
ar	startseite	163
au	author	373,374,376
au	autor	25,33,37,342,373,374,376
au	autore	339
au	autorisation	487
au	haut de 	306
av	avertissement	129
av	have a 	258
ay	ayer	350
ay	hôm nay	350
ay	say	326
ay	stay connected	148
ay	today	350
ay	yesterday	350
az	você precisa fazer login para comentar	361
az	yazar	345
az	yorum yazabilmek için 	364
az	é necessário fazer login para comentar	361
ba	başa dön	306
bb	abbonati a	263
bb	abbonati ora	263
bb	abbonati per	263
bb	potrebbe interessarti	320
bb	pubblicato	338
bb	pubblicità	335
bb	questo contenuto è riservato agli abbonati	263
bb	sei già abbonato	263
bb	ti potrebbe interessare	320
be	dieser beitrag ist 	260
be	neueste beiträge	285
be	nächster beitrag	173
bj	[object object]	241
bl	cookies ablehnen	206
bl	enable javascript	331
bl	javascript is disabled	331
bl	javascript is enabled	331
bl	javascript must be disabled	331
bl	javascript must be enabled	331
bo	abone ol	266
bo	abonne	359
bo	abonnieren	260
bo	abonnieren sie den	157
bo	abonnieren sie unsere	157
bo	about us	195
bo	bereits abonnent	260
bo	déjà abonné	259
bs	diese webseite verwendet cookies	206
bs	diese website verwendet cookies	206
bs	our website use	575
bs	this website use	575
bs	this website use cookies	246
bs	this website uses cookies	246
bs	unsere webseite verwendet cookies	206
bs	unsere website verwendet cookies	206
bs	visit our website	55
bu	bugün	350
bu	may not be distributed	104
bu	may not be redistributed	104
bu	werbung	335
by	 aby dodać komentarz	735
by	 aby napisać komentarz	735
by	 aby opublikować komentarz	735
by	 by dodać komentarz	735
by	 by napisać komentarz	735
by	 by opublikować komentarz	735
by	by	10
by	by continuing 	205
by	by using 	205
by	compiled by	40
by	designed by	194
by	edited by	40,42
by	editing by	40
by	fact checked by	40
by	fact-checked by	40
by	musisz być zalogowany	363
by	powered by	194
by	produced by	40
by	proofread by	40
by	reporting by	40,42
by	reviewed by	40
by	site by	194
by	theme by	194
by	writing by	40,42
cc	 accedere	362
cc	accedi	263
cc	redacción	48
cc	sección	33,373,374,376
cc	to access	256
ch	chia sẻ	316
ch	dịch	305
ch	fecha	32
ch	fechar	330
ch	nicht gestattet	486
ch	schlie	330
ci	entradas recientes	285
ci	início	163
ci	notícia anterior	176
ci	notícias relacionadas	186
ci	redes sociales	316
ci	social media	316
cj	aktualizacja	341
ck	back to top	169,305
ck	check out	425
ck	click	425
ck	click here for	55
ck	click here to	55
ck	druckansicht	356
ck	drucken	356
ck	nachdruck	114
ck	to unlock	256
cl	articles	476
cl	articles similaires	184
cl	close	330
cl	close this window	305
cl	close window	305
cl	disclaimer	124
cl	mots-clés	29
cl	the article	476
cl	the article 	477
cl	this article	476
cl	this article 	477
co	contact	425
co	contacto	201
co	content	169,225,476
co	conteúdo	601
co	ir al contenido	228
co	saltar al contenido	228
co	se connecter	259
cp	icp	187
cr	suscríbete a nuestra	159
cr	suscríbete a nuestro	159
cr	suscríbete ahora	261
cr	suscríbete y	261
ct	section	11,373,374,376
cu	accueil	163
cu	artículo anterior	175
cu	artículos relacionados	185
cy	cookie policy	195,204
cy	privacy policy	195
cy	we value your privacy	246
cz	wczoraj	350
cz	zobacz także	353
cz	zobacz też	353
cz	zobacz więcej	353
da	data	36,338,341
da	date	373,374,376
da	redação	49
dd	reddit	524
de	de	607
di	di	328,607
di	edition	326
di	editor	41
di	editoria	37
di	ediçao	326
di	edição	49,326
di	édition	47,326
do	door	328
ds	odsłon	343
dt	lädt	329
du	traduire	305
du	tradurre	305
dv	advertisement	335
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
dz	dowiedz się więcej	353
dz	dział	342
dz	dzisiaj	350
dz	dziś	350
dz	przejdz do menu	232
dz	przejdz do treści	232
dz	przejdz do zawartości	232
em	ontem	350
es	tienes 	261
ew	newer	168
ez	partagez :	158
ez	partagez cet	158
ez	partagez sur	158
ez	vous aimerez aussi	320
ez	çerez	253
fa	fale conosco	202
fe	the feed	476
fe	this feed	476
ff	 effettuare il login	362
ff	profitez de notre offre	359
ff	rediffusion	115
ff	veröffentlicht	24,373,374,376
fi	filed under	11
fi	find out more	54
fi	undefined	241
fo	fonte	37,339,373,374,376
fo	for additional details	53
fo	for additional stories	53
fo	for more details	53
fo	for more stories	53
fo	foto	322
fo	fotó	322
fo	no content found	245
fu	for further coverage	53
fu	for further details	53
fu	for further information	53
fu	for further news	53
fu	for further stories	53
fu	fuente	33,373,374,376
fu	full article	318
fu	full story	318
fu	keine beiträge gefunden	245
fu	refuser les cookies	207
fu	refuser tous les cookies	207
g(	string(	242
g-	tag-archive	236
ga	carregando	329
ga	mentions légales	200
gb	agb	199
ge	 geç	605
ge	gestern	350
ge	get the latest	523
ge	mal gelesen	4,5,27,304,373
gg	 essere loggato	362
gg	aggiornato	294,338
gg	continua a leggere	352
gg	du musst eingeloggt sein	358
gg	leggi anche	352
gg	leggi tutto	318
gg	oggi	350
gg	sie müssen eingeloggt sein	358
gg	ultimo aggiornamento	338
gg	you must be logged in to leave a comment	357
gg	you must be logged in to post a comment	357
gg	you must be logged in to write a comment	357
gh	you might also be interested in	179
gi	bereits registriert	260
gi	faça login para	262
gi	giriş yap	266,736
gi	página	235
gi	página inicial	163
gi	registrata	362
gi	registrato	362
gi	tagi	342
gi	tác giả	348
go	 de la catégorie	236
go	assine agora	262
go	categoria	37,339,373,374,376
go	categoría	33,373,374,376
go	catégorie	29,373,374,376
go	go to	425
go	got a 	258
gr	telegram	524
gs	haftungsausschluss	129
gs	tags	11,37
gu	archiwum tagu	236
gu	artigo seguinte	176
gu	artículo siguiente	175
gu	entrada siguiente	175
gu	genehmigung	486
gu	nguồn	322,348
gu	noticia siguiente	175
gu	notícia seguinte	176
gu	post seguinte	176
gu	seguir leyendo	67
gu	síguenos en	159
gw	schlagwort-archiv	236
gw	schlagworte	25
gw	schlagwörter	237
hi	hier	350
hi	hits	4,5,304,373
hr	mehr lesen	63
ib	accessibility	195
ib	debes estar conectado para escribir un comentario	360
ib	debes estar registrado para escribir un comentario	360
ib	debes iniciar sesión para escribir un comentario	360
ib	ir arriba	306
ib	saiba mais	69
ib	suscribete ahora	261
ib	suscribete para	261
ib	suscribete y	261
ib	weitere informationen gibt es	62
ic	autrice	29,339
ic	caricamento	329
ic	edicao	326
ic	edicion	326
ic	edición	48,326
ic	edicão	326
ic	inicio	163
ic	noticia anterior	175
ic	noticias relacionadas	185
if	modifié	28
ig	artigo anterior	176
ig	este artigo foi útil	309
ig	este artigo lhe foi útil	309
ig	siga-nos	160
ij	udostępnij	316
ik	dieser artikel ist 	260
ik	etiketler	237,345
ik	like us at	148
ik	like us for	148
ik	like us on	148
ik	nächster artikel	173
ik	vorheriger artikel	173
ik	war dieser artikel hilfreich	309
ik	weitere artikel	183
ik	you may also like	179
ik	you might also like	179
il	teilen	157,316
im	sitio en mantenimiento	332
in	 için t	354
in	bản in	356
ip	eres suscriptor	261
iv	archive for the	236
iv	archivio del tag	236
iv	article suivant	174
iv	condividi	316
iv	en poursuivant votre navigation	248
iv	receive our	523
iv	receive the latest	523
iv	tag archive	236
iy	belediyeler haberleri	320
iz	actualizado	32,294,373,374,376
iz	atualizado	36,294,373,374,376
iz	bültenimize abone	266
iz	edizione	326
iz	este site utiliza cookies	251
iz	este sitio web utiliza cookies	249
iz	unauthorized reproduction	106
iz	unauthorized use	106
iz	utilizamos cookies	249,251
iz	visualizações	4,5,38,304,373
iz	zaktualizowano	341
ja	debes estar conectado para dejar un comentario	360
ja	debes estar registrado para dejar un comentario	360
ja	debes iniciar sesión para dejar un comentario	360
ja	javascript	706,742
jo	join the conversation	270
jo	join us at	148
jo	join us for	148
jo	join us on	148
jo	mis à jour	28,294,373,374,376
ju	masz już konto	265
ka	kapat	330
ka	kategori	345
ka	kategoria	342
ka	kategorie	25,373,374,376
ka	kaynak	322,345
ke	keine anlageberatung	131
ke	to keep reading	256
kh	tin khác	320
ki	 cookies	203
ki	accepter les cookies	207
ki	accepter tous les cookies	207
ki	ce site utilise des cookies	207
ki	chúng tôi sử dụng cookie	254
ki	cookie	213,250,582,627
ki	cookie consent	204
ki	cookie settings	204
ki	cookies	204,208,209,577
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
kl	eklenme	344
kl	reklam	335
kl	tüm hakl	289
kl	yükleniyor	329
ko	kontakt	199
kt	lektorat	46
ku	en çok okunan	285
ku	kez okundu	346
ku	okunma	346
kv	druckversion	356
kz	cookies akzeptieren	206
la	 atla	605
la	lade	329
la	latest	178
la	related	178
lc	welcome to	238
ld	anmelden	260
ld	melden sie sich an	358
ld	older	168
le	leer más	67
lf	war dieser beitrag hilfreich	309
lg	folgen sie uns	157
lg	ilgili haberler	320
lk	willkommen 	238
ll	 essere collegato	362
ll	aller au contenu	227
ll	aller au menu	227
ll	aller directement au contenu	227
ll	aller directement au menu	227
ll	call	425
ll	erstellt	24
ll	follow us	148
ll	güncelleme	294,344
ll	güncellenme	344
lm	üye olmal	736
lo	lo más leído	285
ls	read also	179
ls	see also	179
lu	bình luận	279
lu	bạn cần đăng nhập mới có thể bình luận	365
lu	bạn cần đăng nhập mới có thể gửi bình luận	365
lu	bạn cần đăng nhập để bình luận	365
lu	bạn cần đăng nhập để gửi bình luận	365
lu	relu par	47
lv	volver al inicio	175
lv	volver arriba	175,306
ma	email	425,524
ma	leia mais	69
ma	mail	191
ma	mais lidas	285
ma	material	476
ma	matérias relacionadas	186
ma	the material 	477
ma	this material 	477
mb	become a member	257
mb	lee también	185
mb	leia também	186
mb	también te puede interesar	320
mb	this article is available to members	257
mb	this article is for members	257
mb	this article is reserved for members	257
mb	this content is available to members	257
mb	this content is for members	257
mb	this content is reserved for members	257
mb	this story is available to members	257
mb	this story is for members	257
mb	this story is reserved for members	257
mb	veja também	186,320
mb	você também pode gostar	320
me	ir al menú	228
me	saltar al menú	228
mi	min	384,385
mk	zamknij	330
mm	 commentaire	272
mm	 commenti	274
mm	add a comment	317
mm	comment	270
mm	commenta	317
mm	commenter	317
mm	creative commons	298
mm	derniers commentaires	285
mm	kommentar	271
mm	kommentieren	317
mm	lascia un commento	274
mm	log in to comment	357
mm	log in to leave a comment	357
mm	nessun commento	274
mm	post a comment	317
mm	recommended	178
mm	sign in to comment	357
mm	sign in to leave a comment	357
mm	vous devez vous connecter pour laisser un commentaire	359
mm	vous devez vous connecter pour poster un commentaire	359
mm	vous devez être connecté pour laisser un commentaire	359
mm	vous devez être connecté pour poster un commentaire	359
mm	write a comment	317
mm	you must be registered to leave a comment	357
mm	you must be registered to post a comment	357
mm	you must be registered to write a comment	357
mm	you must be signed in to leave a comment	357
mm	you must be signed in to post a comment	357
mm	you must be signed in to write a comment	357
mo	learn more	54
mo	more	178,313
mo	most read	178,285
mo	most shared	285
mo	read more	54
mo	see more	54
mp	articolo completo	318
mp	compartilhar	160
mp	compartilhe	160
mp	compartir	159,316
mp	impressum	199
mp	imprimer	356
mp	imprimir	356
mp	leer el artículo completo	318
mp	leer la noticia completo	318
mp	stampa	356
mp	version imprimable	356
mp	versão para impressão	356
mu	du musst angemeldet sein	358
mu	muhabir	345
my	witamy na	238
my	witamy w	238
na	nan	241
nc	no se encontro contenido	245
nc	no se encontró contenido	245
nd	stand	24,294
ng	continue reading	318
ng	loading	329
ng	lên đầu trang	306
ng	ngày	347
ng	nothing 	245
ng	sie müssen angemeldet sein	358
ng	trang	235
ng	trending	178
ng	trên tổng số	607
ng	đang tải	329
ng	đóng	330
ng	đăng 	267
ng	đăng lúc	347
nh	danh mục	348
nh	ký nhận tin	639
nh	nhập	639
nh	tin mới nhất	285
nh	đọc nhiều nhất	285
nh	ảnh	322
nj	enjoy unlimited 	257
nk	linkedin	524
nm	görüntülenme	346
nm	nlanma	344
no	none	241
nu	continuar a ler	318
nu	continue lendo	69
nu	menu	169,601
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
nz	anzeige	335
ob	nach oben	306
od	od	328
of	of	607
oj	hoje	350
ok	facebook	524
om	 comentario	273
om	 comentário	275
om	comentar	317
om	comentários encerrados	275
om	home	163
ov	for additional coverage	53
ov	for more coverage	53
ow	ładowanie	329
ox	in your inbox	151
ox	to your inbox	151
oy	hoy	350
p 	cập nhật	294,347
pa	assine para	262
pa	ir para 	229
pa	no part of this	106
pa	page	235
pa	pagina	235
pa	par	30,328
pa	partager	158,316
pa	partilhar	316
pa	passer au contenu	227
pa	passer au menu	227
pa	passer directement au contenu	227
pa	passer directement au menu	227
pa	saltar para 	229
pa	suscríbete para	261
pa	the page	476
pa	this page	476
pa	é necessário entrar para comentar	361
pa	é necessário estar logado para comentar	361
pa	édité par	47
pf	keine anlageempfehlung	131
pf	was this answer helpful	309
pf	was this article helpful	309
pf	was this information helpful	309
pf	was this page helpful	309
ph	bạn phải đăng nhập mới có thể bình luận	365
ph	bạn phải đăng nhập mới có thể gửi bình luận	365
ph	bạn phải đăng nhập để bình luận	365
ph	bạn phải đăng nhập để gửi bình luận	365
ph	photo	322
pi	copia	488
pi	i più letti	285
pi	may not be copied	104
pi	pinterest	524
pi	più letti	320
pi	the piece 	477
pi	this piece 	477
pi	topics	11
pl	en savoir plus	65
pl	flash player	331
pl	leave a reply	270
pl	les plus lus	285
pl	log in to reply	357
pl	plan du site	200
pl	plus d	436
pl	sign in to reply	357
po	editado por	48,49
po	por	34,328
po	post anterior	176
po	posted	14,373,374,376
po	recent posts	285
po	the post	476
po	the post 	477
po	the report	476
po	this post	476
po	this post 	477
po	this report	476
pp	approfondisci	352
pp	first appeared at	108,297
pp	first appeared in	108,297
pp	first appeared on	108,297
pp	originally appeared at	108,297
pp	originally appeared in	108,297
pp	originally appeared on	108,297
pp	support local journalism	257
pp	support our journalism	257
pp	whatsapp	524
pp	your browser does not support javascript	331
pp	本app	467,493
pr	article précédent	174
pr	aviso de privacidad	201
pr	cookie preferences	204
pr	may not be reprinted	104
pr	may not be reproduced	104
pr	política de privacidad	201
pr	política de privacidade	202
pr	previous	168
pr	print	356,524
pr	print this page	305
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
pr	reprinted 	474,475
pr	reprinted from	297
pr	reprinted under	297
pr	reprinted with	297
pr	reproducción	488
pr	reproduced 	474,475
pr	reproduced under 	670
pr	reproduction	115
pr	scopri di più	352
pr	unauthorised reproduction	106
pr	você precisa entrar para comentar	361
pr	você precisa estar logado para comentar	361
pr	you are reading a preview	367
pr	you are viewing a preview	367
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
qu	bản quyền thuộc về	289
qu	bỏ qua tới nội dung	234
qu	bỏ qua tới phần chính	234
qu	bỏ qua đến nội dung	234
qu	bỏ qua đến phần chính	234
qu	etiquetas	33,237
qu	hôm qua	350
qu	javascript is required	331
qu	javascript must be required	331
qu	mọi quyền được bảo lưu	289
qu	politique de confidentialité	200
qu	quelle	25,373,374,376
qu	questo articolo ti è stato utile	309
qu	questo sito	250
qu	quảng cáo	335
qu	rubrique	29,373,374,376
qu	tienes que estar conectado para dejar un comentario	360
qu	tienes que estar conectado para escribir un comentario	360
qu	tienes que estar conectado para publicar un comentario	360
qu	tienes que estar registrado para dejar un comentario	360
qu	tienes que estar registrado para escribir un comentario	360
qu	tienes que estar registrado para publicar un comentario	360
qu	tienes que iniciar sesión para dejar un comentario	360
qu	tienes que iniciar sesión para escribir un comentario	360
qu	tienes que iniciar sesión para publicar un comentario	360
qu	tin liên quan	285
qu	étiquettes	237
rb	alle rechte vorbehalten	85
rb	bearbeitet von	46
rb	bearbeitung	46
rb	verboten	486
rb	wartungsarbeiten	332
rc	search	169
rd	interdite	487
rf	mehr erfahren	63
rg	argomenti	339
rg	cargando	329
rg	chargement	329
rg	site is undergoing maintenance	332
rg	wiedergabe	114
ri	entrada anterior	175
ri	ieri	350
ri	stories	476
ri	tarih	344
ri	çeriğe	233
rl	weiterlesen	63,318
rm	fermer	330
rm	for additional information	53
rm	for more information	53
rm	information	64,499
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
rr	cerrar	330
rv	all rights reserved	79
rv	nous réservons nos contenus	259
rv	terms of service	195
rv	todos los derechos reservados	87
rv	todos os direitos reservados	88
rv	tous droits réservés	86
rv	tutti i diritti riservati	290
rv	vervielfältigung	114
rv	weiterverbreitung	114
ry	category	11,373,374,376
ry	category archive	236
ry	do góry	306
ry	the story	476
ry	the story 	477
ry	this story	476
ry	this story 	477
rz	dodaj komentarz	277
rz	komentarze	277
rz	przejdź do menu	232
rz	przejdź do treści	232
rz	przejdź do zawartości	232
rz	wszelkie prawa zastrzeżone	289
se	see	425
se	seite	235
se	seção	37,373,374,376
sg	ausgabe	326
sh	share	147,316
si	 sesión	261
si	site	476
sk	skip navigation	225
sk	skip to	225
sl	translate	305
sp	isenção de responsabilidade	129
sp	sponsored	335
ss	já é assinante	262
st	testo	322
su	lire la suite	65,318
su	torna su	306
sy	syndicated	105
sz	musisz się zalogować	363
sz	zapisz się do newslettera	265
tg	meistgelesen	285
th	thẻ	237,348
th	đọc thêm	355
tu	 dostu	356
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
tz	übersetzen	305
ub	become a subscriber	257
ub	debes estar conectado para publicar un comentario	360
ub	debes estar registrado para publicar un comentario	360
ub	debes iniciar sesión para publicar un comentario	360
ub	first published at	108
ub	first published in	108
ub	first published on	108
ub	is republished 	297
ub	may not be republished	104
ub	opublikowano	341
ub	originally published at	108
ub	originally published in	108
ub	originally published on	108
ub	publicado	32,36,373,374,376
ub	publicidad	335
ub	publicité	335
ub	published	14,105,373,374,376
ub	publié	28,373,374,376
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
ub	republished 	474,475
ub	republished from	297
ub	republished under	297
ub	republished under 	670
ub	republished with	297
ub	rubrica	339
ub	rubrik	25,373,374,376
ub	subscribe for	149
ub	subscribe now	149
ub	subscribe to	149
ub	subscribe to enjoy	357
ub	subscribe to get	357
ub	subscribe to our 	150
ub	the publication	476
ub	this article is available to subscribers	257
ub	this article is for subscribers	257
ub	this article is reserved for subscribers	257
ub	this content is available to subscribers	257
ub	this content is for subscribers	257
ub	this content is reserved for subscribers	257
ub	this publication	476
ub	this story is available to subscribers	257
ub	this story is for subscribers	257
ub	this story is reserved for subscribers	257
ub	você precisa entrar para publicar	361
ub	você precisa estar logado para publicar	361
ub	você precisa fazer login para publicar	361
ub	vous devez vous connecter pour publier un commentaire	359
ub	vous devez être connecté pour publier un commentaire	359
ub	é necessário entrar para publicar	361
ub	é necessário estar logado para publicar	361
ub	é necessário fazer login para publicar	361
uc	das könnte sie auch interessieren	183
uc	lesen sie auch	183
uc	traducir	305
ud	chiudi	330
uf	aufrufe	4,5,27,304,373
ui	não constitui 	506
uj	aujourd	350
uj	drukuj	356
uj	sur le même sujet	184
uj	zaloguj się	265
uk	wersja do druku	356
ul	no result	310
ul	null	241
ul	scheduled maintenance	332
ul	show all result	310
ul	¿te ha resultado útil	309
ul	¿te resultó útil	309
um	 yorum	278
um	datum	24
um	nenhum conteúdo encontrado	245
um	nenhum resultado encontrado	245
um	yorum yap	278
um	yorum yapabilmek için 	364
um	yorumlar	278
un	get unlimited 	257
un	site is under maintenance	332
up	for additional updates	53
up	for further updates	53
up	for more updates	53
up	sign up for	149
up	sign up for our 	150
up	sign up now	149
up	sign up to	149
up	update	294
up	updated	14
ur	auteur	29,373,374,376
ur	get our	523
ur	lecturas	4,5,35,304,373
ur	lectures	4,5,31,304,373
ur	leituras	4,5,38,304,373
ur	letture	340
ur	maintenance en cours	332
ur	nur mit	486
ur	our site use	575
ur	relecture	47
ur	retour en haut	306
ur	retour à l	174
ur	source	11,29,373,374,376
ur	sur	607
ur	urlをコピー	296
us	contact us	195
us	email us 	258
us	lire aussi	184
us	nous contacter	200
us	send us 	258
us	this site use	575
us	unauthorised use	106
us	used 	474,475
us	we use	575
ut	heute	350
uv	aucun article trouvé	245
uv	aucun résultat trouvé	245
uv	à découvrir	320
ux	cet article est réservé aux abonnés	259
uy	chuyên mục	348
uy	chuyển tới nội dung	234
uy	chuyển tới phần chính	234
uy	chuyển đến nội dung	234
uy	chuyển đến phần chính	234
uy	no constituye 	505
uy	tin cùng chuyên mục	320
uz	riproduzione riservata	288
uz	traduzir	305
va	devam	318
va	haberin devam	354
va	inscreva-se em nossa	160
va	inscreva-se na nossa	160
va	vai al contenuto	230
va	vai al menu	230
ve	versión 	356
vi	aviso legal	129
vi	en continuant votre navigation	248
vi	i più visti	320
vi	in bài viết	356
vi	lo más visto	285
vi	most viewed	285
vi	reviewer	41
vi	revisado por	48
vi	revisión	48
vi	revisão	49
vi	view	4,5,304,373,374,376
vi	view all result	310
vi	views 	497
vi	visit	425
vi	visit our site	55
vi	visit us at	55
vi	visitas	4,5,35,304,373
vi	vistas	35
vi	çevir	305
vo	cet article vous a-t-il été utile	309
vo	voltar ao topo	176,306
vo	von	26,328,607
vo	vorheriger beitrag	173
vo	vous êtes abonné	259
vu	vues	4,5,31,304,373
wi	connect with us	148
wi	twitter	524
wn	download 	367
wp	ostatnie wpisy	285
wr	may not be rewritten	104
ws	for additional news	53
ws	for more news	53
ws	newsletter	150,513
ws	nossa newsletter	160
ws	the newsletter	476
ws	this newsletter	476
ww	visit www.	55
wy	wydanie	326
wy	wyświetle	343
xc	este contenido es exclusivo para suscriptores	261
xc	este conteúdo é exclusivo para assinantes	262
xc	this article is exclusive to members	257
xc	this article is exclusive to subscribers	257
xc	this content is exclusive to members	257
xc	this content is exclusive to subscribers	257
xc	this story is exclusive to members	257
xc	this story is exclusive to subscribers	257
xe	bạn đang xem bản rút gọn	368
xe	bạn đang xem trước	368
xe	lượt xem	349
xe	xem chi tiết	355
xe	xem thêm	318
xe	xem thêm tin	320
xe	xem tiếp	355
xe	xem toàn bộ	355
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
xt	text	322
xu	tải xuống bản đầy đủ	368
ya	yay	344
yf	sayfa	235
yk	wykup dostęp	265
yk	wykup subskrypcję	265
yl	paylaş	316
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
zd	yazd	356
zd	zdjęci	322
zi	sezione	339
zl	daha fazla bilgi	354
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
zy	czytaj dalej	318
zy	czytaj więcej	318
zy	najczęściej czytane	285
zy	przeczytaj także	353
zy	przeczytaj też	353
zy	przeczytaj więcej	353
zy	strona korzysta z 	252
zy	wykorzystujemy 	252
zz	visualizzazioni	340
}}	}}	240
"""
