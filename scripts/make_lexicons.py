"""Regenerate the lexicons that come from well-kept outside sources (not from the pages).

    .venv/bin/python scripts/make_lexicons.py

Sources, fetched from PyPI (pip download, nothing imported):
- jionlp 1.5.31 (Apache-2.0): the 百家姓 surname table and the compound surnames
  (`jionlp/rule/rule_pattern.py`); the administrative divisions of China down to
  the county (`jionlp/dictionary/china_location.zip`) and the world's countries and
  cities (`world_location.txt`).
- ngender 0.1.1 (MIT): how often each character stands in the given names of a
  large list of Chinese names (`ngender/charfreq.csv`); characters seen 300 times or
  more become `given_name_chars.txt`, what a given name found on weak evidence is
  made of (难题, 保障 are words, not given names).
- gimei 0.2.3 (MIT, after the Ruby gimei): its table of Japanese names in kanji
  (`gimei/data/names.yml`): the 500 most frequent family names and some 13,000 given
  names. Written as Chinese papers write them (simplified characters: 渡辺 -> 渡边,
  鈴木 -> 铃木), they become `japanese_surnames.txt` and `japanese_given_names.txt`.
- jieba 0.42.1 (MIT): its dictionary of 349k words with part-of-speech tags; the
  words that start with a surname character and are not tagged as names become
  `common_words.txt`, candidates that are ordinary words, never a person's name;
  the characters of the words it tags as transliterated names (nrt) become
  `transliteration_name_chars.txt`, beside the hand-made Xinhua table; its ordinary
  words written only in such characters `transliteration_words.txt` (昂扬 is no
  foreign name); its frequent two-character nouns `description_fields.txt`, the
  field that may stand before a description (医改专家); its nouns that end in an
  agent suffix `occupations.txt` (驾驶员, 设计师, 指挥家), read as descriptions.

Each output file keeps its header and the entries added by hand in its own
`*_extra.txt` sibling are left alone (they are read as well).
"""
from __future__ import annotations

import collections
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graph_builder.extract.lexicon import read_entries  # noqa: E402

LEXICONS = Path(__file__).resolve().parent.parent / "graph_builder" / "lexicons"
JIONLP = "jionlp==1.5.31"
JIEBA = "jieba==0.42.1"
NGENDER = "ngender==0.1.1"
GIMEI = "gimei==0.2.3"
GIVEN_NAME_MIN_COUNT = 300
# Real surnames the 百家姓 table lacks, checked against the national household-registration
# ranking of 2008 (1.2 billion people: Bao, ChineseNames, CRAN 2021) and the regional surnames of
# the surname dictionaries: 丘 (丘逢甲) and 占 rank among the first 260; 刀 (Dai), 俸 (Zhuang),
# 雒, 渠, 巨, 税 and the rest are regional or old. Characters of that ranking that are first of all
# words or given-name characters (小, 生, 要, 德, 英) are left out.
REGIONAL_SURNAMES = ("丘 占 俸 刀 渠 巨 雒 税 矫 靖 宛 茆 畅 仵 眭 冒 郅 禚 苌 弋 戢 忻 恽 颉 虢 睢 甯 翦 芈 邳 郐 镡 迮 顼 缐 轷 苻 淦 杲 邾 鄞 剡 蘧 弭 贠"
                     # (and 粘 of Jinjiang, 鱼 and 拓 of Shaanxi, 撒 of the Hui, 沐 of Yunnan, 揣, 隽, 职, 资)
                     " 粘 鱼 拓 撒 沐 揣 隽 职 资"
                     # (玄 of the Koreans of Yanbian, 留 of Fujian, 暴, and 岩 that opens Dai men's names)
                     " 玄 留 暴 岩"
                     # (木 of the Naxi)
                     " 木"
                     # (字, 者 and 茶 of the Yi and Hani of Yunnan)
                     " 字 者 茶"
                     # (喇 of the Hui of Gansu and Qinghai, 闪 of the Hui of Shandong and Henan, 骞 of Shaanxi)
                     " 喇 闪 骞"
                     # (妥 of the Hui and Dongxiang of Gansu and Qinghai, 淡 of Shaanxi)
                     " 妥 淡"
                     # (黑 of the Hui of Ningxia and Shaanxi, 卯 of Guizhou)
                     " 黑 卯")
# Surname characters outside the 百家姓 that people really write, and variant forms
# (𠮷 for 吉, 阎 beside 闫, 付 beside 傅); from the national surname statistics.
VARIANT_SURNAMES = "𠮷 付 阎 闫 覃 冼 敬 揭 粟 邝 谌 麦 禤 仝 么 郄 佘 呙 隋 逄 亓 铁 银 水 昝 仉 蹇 晋 谷 操 艾 遇 檀 衣 笪 郗 续 信 回 展 朴 兰 代 但 门 种 綦 郇 苑 帖 智 母 过 户 么 计 伊 来 肇 库 折 类 旷 原 第 问 泮 丛 修 卿 战 达 邸 初 庹 郜 寻 凃 涂 降 锁 牟 延 招"


def download(spec: str, dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(dest), spec], check=True)
    return next(p for p in dest.iterdir() if p.name.lower().startswith(spec.split("==")[0]))


def jionlp_files(wheel: Path) -> tuple[str, bytes, str]:
    with zipfile.ZipFile(wheel) as z:
        rules = z.read("jionlp/rule/rule_pattern.py").decode("utf-8")
        location = z.read("jionlp/dictionary/china_location.zip")
        world = z.read("jionlp/dictionary/world_location.txt").decode("utf-8")
    return rules, location, world


def string_constant(source: str, name: str) -> str:
    """The value of `NAME = 'a' 'b' …` in a Python file, without running it."""
    m = re.search(rf"^{name} = \\\n((?:\s*'[^']*'\s*\\?\n)+)", source, re.M)
    return "".join(re.findall(r"'([^']*)'", m.group(1)))


# Clan names of the Yi of Liangshan and Chuxiong, written as one two-character surname before a
# two-character given name (吉克某呷, 沙马某果): the clan names of the Yi naming system.
YI_CLAN_NAMES = ("阿苏 吉克 沙马 海来 俄底 马海 阿约 吉伍 曲比 俄木 勒格 瓦扎 吉木 罗洪 伍合 马黑 阿的 克惹 史布"
                 " 阿牛 阿侯 巴莫 吉狄 洛古 木乃 果基 倮伍 井叶 补约 甲巴 沙玛 吉尔 阿西 俄地 加拉 毛坡 苏呷"
                 " 曲木 吉史 巴且 金古 莫色 吉觉 吉布 俄其")


def surnames(rules: str) -> tuple[list[str], list[str]]:
    single = list(dict.fromkeys(string_constant(rules, "SINGLE_CHINESE_FAMILY_NAME") + (VARIANT_SURNAMES + REGIONAL_SURNAMES).replace(" ", "")))
    compound = string_constant(rules, "TWO_CHAR_CHINESE_FAMILY_NAME").split("|") + YI_CLAN_NAMES.split()
    return single, compound


def places(location_zip: bytes, world: str) -> list[str]:
    """Province, city and county names with their short forms; countries and cities abroad."""
    names: list[str] = []
    with zipfile.ZipFile(io.BytesIO(location_zip)) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth <= 2 and fields and fields[0]:
            names.append(fields[0])
            if len(fields) >= 3 and len(fields[2]) >= 2:
                names.append(fields[2])
    for line in world.splitlines():
        if line.endswith(":"):
            continue
        for field in line.split("\t"):
            names.extend(n for n in field.split("/") if len(n) >= 2)
    return list(dict.fromkeys(n for n in names if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", n)))


def countries(world: str) -> list[str]:
    """Short and full names of the world's countries (日本, 日本国, 越南)."""
    names = []
    for line in world.splitlines():
        if line and not line.endswith(":"):
            names.extend(f for f in line.split("\t")[:2] if re.fullmatch(r"[\u4e00-\u9fff]{2,20}", f))
    return list(dict.fromkeys(names))


def jieba_rows(jieba_sdist: Path) -> list[tuple[str, str, str]]:
    """jieba's dictionary: (word, frequency, part of speech) a line."""
    with tarfile.open(jieba_sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
        text = tar.extractfile(member).read().decode("utf-8")
    return [tuple(line.split(" ")) for line in text.splitlines()]


def common_words(rows: list[tuple[str, str, str]], first_chars: set[str], name_like, name_tagged_as_given) -> list[str]:
    words = []
    for word, freq, tag in rows:
        if 2 <= len(word) <= 3 and word[0] in first_chars and int(freq) >= 3 and (
                not tag.startswith("nr") or mistagged_name(word, int(freq), name_like)) \
                and not name_tagged_as_given(word, tag):
            words.append(word)
    return sorted(set(words))


# The last character of a given name is no agent, household, discipline or place suffix
# (利安人, 武田家, 冶金学, 斯河中, 祁山寨); 国 ends many given names (建国, 卫国).
NOT_GIVEN_NAME_LAST = set("人家们者员长师学中上下里内外间处山河江湖海岛岭路街城州寨洲湾门桥"
                          "队局厅委办部站所校村乡镇县市区省组协联院馆会科社府厂司行团号式网")


def names_tagged_as_given(rows: list[tuple[str, str, str]], frequent: set[str], given_chars: set[str],
                          not_given: set[str], transliteration: set[str]):
    """jieba gives some three-character names the tag of their given name: 高建国 and
    梁建国 are places (ns) as 建国 is, while 王建国 and 张建国 are names (nr); 周恩来 is a
    time, its given name 恩来 a transliterated name (nrt). Such a word is a name, not an
    ordinary word: a frequent surname and a given name of given-name characters that two
    or more of jieba's names (nr) with other surnames hold and whose tag the word copies,
    or that jieba tags as a name itself. `not_given` are words no given name is (posts, nouns);
    words of transliteration characters only (巴拉克, 索尼亚) are foreign, left to those rules."""
    surnames_of: dict[str, set[str]] = {}
    tags = {word: tag for word, _, tag in rows}
    for word, _, tag in rows:
        if len(word) == 3 and tag == "nr" and word[0] in frequent:
            surnames_of.setdefault(word[1:], set()).add(word[0])

    def name_tagged_as_given(word: str, tag: str) -> bool:
        given = word[1:]
        if len(word) != 3 or word[0] not in frequent or tag.startswith("nr") or tag == "m" \
                or not all(c in given_chars for c in given) or given[-1] in NOT_GIVEN_NAME_LAST or given in not_given \
                or all(c in transliteration for c in word):
            return False
        return (len(surnames_of.get(given, ())) >= 2 and tags.get(given) == tag) or tags.get(given) in ("nrt", "nrfg")
    return name_tagged_as_given


def compound_surname_names(rows: list[tuple[str, str, str]], compound: list[str], given_chars: set[str]):
    """jieba tags some names of a compound surname and one given-name character as places
    (欧阳靖 ns, 夏侯惇 ns): such a word is a name, where the surname stands in two or more
    of jieba's names (欧阳修, 夏侯渊; 东方 and 第五 do not: 东方号, 第五年) and the last
    character ends no noun (东门外)."""
    named = collections.Counter(word[:2] for word, _, tag in rows if len(word) == 3 and tag == "nr")
    surnames = {c for c in compound if len(c) == 2 and named[c] >= 2}  # (欧阳修, 欧阳询: a surname in use)

    def compound_name(word: str, tag: str) -> bool:
        return len(word) == 3 and word[:2] in surnames and word[2] in given_chars \
            and word[2] not in NOT_GIVEN_NAME_LAST and tag != "m"
    return compound_name


def mistagged_name(word: str, freq: int, name_like) -> bool:
    """jieba tags many words as names (蓬勃 nr 523): two characters seen 100 times
    and not shaped like a name are words. (Wider rules, such as three characters
    whose last two are a word, take real names: 温家宝, 万国权.)"""
    return len(word) == 2 and freq >= 100 and not name_like(word)


# Characters jieba's nrt words hold that are not name sounds: numbers, places, function words.
NOT_TRANSLITERATION = set("一二三四五六七八九十百千万人大中上下不在出分家所已市省县镇村部城河山岛州堡"
                          "日年天地世帝王国子小老新东西南北内外前后和与及的了是也都就有")
TRANSLITERATION_MIN_WORDS = 10


def transliteration_chars(rows: list[tuple[str, str, str]]) -> list[str]:
    """Characters in ten or more of jieba's transliterated names (nrt), most frequent first."""
    counts: dict[str, int] = {}
    for word, _, tag in rows:
        if tag == "nrt":
            for c in set(word):
                counts[c] = counts.get(c, 0) + 1
    return [c for c, n in sorted(counts.items(), key=lambda cn: -cn[1])
            if n >= TRANSLITERATION_MIN_WORDS and c not in NOT_TRANSLITERATION and "\u4e00" <= c <= "\u9fff"]


def transliteration_words(rows: list[tuple[str, str, str]], chars: set[str]) -> list[str]:
    """Ordinary words written only in transliteration characters (昂扬, 安全): jieba's
    words of two to six characters, seen three times or more, not tagged as names."""
    return sorted({word for word, freq, tag in rows
                   if 2 <= len(word) <= 6 and int(freq) >= 3 and not tag.startswith("nr")
                   and all(c in chars for c in word)})


# Nouns that say how many, not what kind: 全体党员 is 党员.
NOT_FIELDS = {"全体", "部分", "广大", "众多", "所有", "各级", "一些", "许多", "其他", "其余", "有关", "相关", "全面", "一般", "个别"}


def description_fields(rows: list[tuple[str, str, str]]) -> list[str]:
    """Two-character nouns (jieba's n, nz, j, seen 100 times or more) that may stand
    before a description as its field: 医改专家, 社区党员, 船厂职工."""
    return sorted({word for word, freq, tag in rows
                   if len(word) == 2 and tag in ("n", "nz", "j") and int(freq) >= 100 and word not in NOT_FIELDS})


def function_words(rows: list[tuple[str, str, str]]) -> list[str]:
    """Two-character words that are no nouns (jieba's verbs, adverbs, numbers, times, not
    tagged n*, seen 500 times or more): 以为, 正好, 第三. A name cut by the segmenter into a
    surname and one of them (原|以为) is likely no name."""
    return sorted({word for word, freq, tag in rows
                   if len(word) == 2 and not tag.startswith("n") and int(freq) >= 500})


# Agent suffixes of occupations (驾驶员, 设计师, 指挥家, 从业者); a 家 after a word of people
# or of home is a household (邻居家, 老人家, 国家), not a trade.
AGENT_SUFFIXES = set("员师手官者匠工家")
HOUSEHOLD_STEMS = ("人", "友", "居", "戚", "子", "娘", "姓", "主", "老", "起", "国", "里")
# The roles of a byline name reporters, never persons (clean.BYLINE reads them).
CREDIT_ROLES = ("记者", "通讯员", "评论员")


def occupations(rows: list[tuple[str, str, str]], known: set[str]) -> list[str]:
    """Occupations that stand before a name as its description (工作人员王某, 著名指挥家李某):
    jieba's nouns of three or four characters (n, nz, seen 20 times or more) that end in an
    agent suffix, less the roles of bylines and the descriptions and posts kept by hand."""
    return sorted({word for word, freq, tag in rows
                   if 3 <= len(word) <= 4 and tag in ("n", "nz") and int(freq) >= 20
                   and word[-1] in AGENT_SUFFIXES and not word.endswith(CREDIT_ROLES)
                   and not (word[-1] == "家" and word[:-1].endswith(HOUSEHOLD_STEMS))}
                  - known)


def given_name_chars(ngender_sdist: Path) -> list[str]:
    with tarfile.open(ngender_sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("charfreq.csv"))
        rows = tar.extractfile(member).read().decode("utf-8").splitlines()[1:]
    counts = [(c, int(m) + int(f)) for c, m, f in (r.split(",") for r in rows)]
    return [c for c, n in sorted(counts, key=lambda cn: -cn[1]) if n >= GIVEN_NAME_MIN_COUNT]


# Japanese forms (shinjitai) that OpenCC's traditional-to-simplified table leaves alone,
# and their simplified Chinese forms: 渡辺 -> 渡边, 広瀬 -> 广濑, 篠原 -> 筱原.
SHINJITAI = str.maketrans(
    "辺斎沢関広瀬黒徳稲桜浜増篠筿児豊戸滝亀渋恵竜栄髙嶋﨑実聡歩涼団仏蔵覚剣斉鉄尭奨穂巌峯禎"
    "絵亜楽穏郷蛍観総円満歓渓顕渉縁氷塁摂勲駆駈壱気倹浄弾継譲錬経掲粋頼霊寛暁薫姫",
    "边斋泽关广濑黑德稻樱滨增筱筱儿丰户泷龟涩惠龙荣高岛崎实聪步凉团佛藏觉剑齐铁尧奖穗岩峰祯"
    "绘亚乐稳乡萤观总圆满欢溪显涉缘冰垒摄勋驱驱壹气俭净弹继让炼经揭粹赖灵宽晓薰姬")
KANA = re.compile(r"[\u3040-\u30ff]")


# A character seen fewer times than this as a word of its own in jieba's dictionary is a
# surname far more than a word (蒯 14, 訾 14, 荀 102, 俸 475; 和 555,815, 海 9,676).
SURNAME_ONLY_MAX_FREQ = 500


def surname_only_chars(rows: list[tuple[str, str, str]], rare: list[str]) -> list[str]:
    """Rare surname characters that are hardly ever words of their own: right after a
    title they open a name whatever follows it (人民陪审员蒯某林组成合议庭)."""
    freq = {word: int(count) for word, count, _ in rows if len(word) == 1}
    return [c for c in rare if len(c) == 1 and freq.get(c, 0) < SURNAME_ONLY_MAX_FREQ]


def japanese_names(gimei_wheel: Path) -> tuple[list[str], list[str]]:
    """gimei's Japanese family names of two or three characters (one-character ones, 林,
    森, are Chinese surnames already) and given names, most frequent family names first,
    in simplified Chinese characters (佐々木 -> 佐佐木); names written in kana are left out."""
    import opencc

    to_simplified = opencc.OpenCC("t2s")
    with zipfile.ZipFile(gimei_wheel) as z:
        text = z.read("gimei/data/names.yml").decode("utf-8")
    given_part, family_part = text.split("last_name:")

    def names(part: str) -> list[str]:
        out = []
        for name in re.findall(r"- \['([^']+)'", part):
            name = to_simplified.convert(re.sub(r"(.)々", r"\1\1", name).translate(SHINJITAI))
            if not KANA.search(name):
                out.append(name)
        return list(dict.fromkeys(out))
    return [n for n in names(family_part) if len(n) >= 2], sorted(names(given_part))


def write(name: str, header: str, entries: list[str], per_line: int = 20) -> None:
    lines = [" ".join(entries[i:i + per_line]) for i in range(0, len(entries), per_line)]
    (LEXICONS / name).write_text(header.rstrip() + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rules, location, world = jionlp_files(download(JIONLP, Path(tmp)))
        jieba = jieba_rows(download(JIEBA, Path(tmp)))
        single, compound = surnames(rules)
        given_chars = given_name_chars(download(NGENDER, Path(tmp)))
        japanese_family, japanese_given = japanese_names(download(GIMEI, Path(tmp)))
        write("japanese_surnames.txt", "# Japanese family names of two or three characters, most frequent first, as Chinese\n"
              "# papers write them (田中, 铃木, 渡边, 佐佐木): the 500 of gimei's table (MIT), in simplified\n"
              "# characters. Generated by scripts/make_lexicons.py; add your own in japanese_surnames_extra.txt.",
              japanese_family)
        write("japanese_given_names.txt", "# Japanese given names (一郎, 健二, 龙太郎, 美智子) as Chinese papers write them: gimei's\n"
              "# table (MIT), in simplified characters, kana names left out. Generated by\n"
              "# scripts/make_lexicons.py; add your own in japanese_given_names_extra.txt.", japanese_given, per_line=40)
        write("yi_clan_names.txt", "# The clan names of the Yi, written as a two-character surname before a two-character\n"
              "# given name (吉克某呷); they are in surnames.txt too. Generated by scripts/make_lexicons.py.",
              YI_CLAN_NAMES.split())
        write("surnames.txt", "# Chinese surnames, single and compound: jionlp's 百家姓 table (Apache-2.0) and the\n"
              "# variant and regional surname characters of the national statistics, and real surnames it\n"
              "# lacks (丘, 俸, 刀, 雒) checked against the household-registration ranking of 2008 (ChineseNames,\n"
              "# Bao 2021). Generated by scripts/make_lexicons.py; add your own in surnames_extra.txt\n"
              "# (frequent ones in surnames_frequent.txt).", single + compound)
        write("places.txt", "# Place names: China's provinces, cities and counties (full and short forms) and\n"
              "# the world's countries and cities, from jionlp's location dictionaries (Apache-2.0).\n"
              "# Generated by scripts/make_lexicons.py; add your own in places_extra.txt.",
              places(location, world), per_line=12)
        write("countries.txt", "# The world's countries, short and full names, from jionlp's world_location.txt\n"
              "# (Apache-2.0). Generated by scripts/make_lexicons.py.", countries(world), per_line=12)
        write("given_name_chars.txt", "# Characters of Chinese given names, most frequent first: those seen 300 times or more\n"
              "# in ngender's table of name characters (MIT). A name found on weak evidence (after a\n"
              "# description, before an age) has a given name made of them.\n"
              "# Generated by scripts/make_lexicons.py; add your own in given_name_chars_extra.txt.",
              given_chars, per_line=50)
        write("transliteration_name_chars.txt", "# Characters of transliterated foreign names: those in ten or more of the words jieba's\n"
              "# dictionary (MIT) tags as transliterated names (nrt), less numbers, places and function\n"
              "# words. Read with transliteration_chars.txt (the Xinhua table). Generated by\n"
              "# scripts/make_lexicons.py.", transliteration_chars(jieba), per_line=50)
        frequent = set(read_entries(LEXICONS / "surnames_frequent.txt"))
        write("surname_only_chars.txt", "# Rare surname characters that are hardly ever words of their own (蒯, 訾, 荀, 俸): fewer\n"
              f"# than {SURNAME_ONLY_MAX_FREQ} uses as a one-character word in jieba's dictionary (MIT). Right after a\n"
              "# title they open a name whatever follows it (人民陪审员蒯某林组成); 和, 原, 有 do not.\n"
              "# Generated by scripts/make_lexicons.py.", surname_only_chars(jieba, [c for c in single if c not in frequent]),
              per_line=40)
        translit = transliteration_chars(jieba) + read_entries(LEXICONS / "transliteration_chars.txt")
        write("transliteration_words.txt", "# Ordinary words written only in transliteration characters (jieba's dictionary, MIT,\n"
              "# frequency >= 3, not tagged as names): a foreign name candidate equal to one is a word.\n"
              "# Generated by scripts/make_lexicons.py.", transliteration_words(jieba, set(translit)), per_line=25)
        write("description_fields.txt", "# Nouns that may stand right before a description as its field (医改专家, 社区党员):\n"
              "# two-character nouns of jieba's dictionary (MIT), tags n/nz/j, frequency >= 100, less\n"
              "# words of quantity (全体, 广大). Generated by scripts/make_lexicons.py.",
              description_fields(jieba), per_line=40)
        write("function_words.txt", "# Two-character words that are no nouns: jieba's dictionary (MIT), tags other than n*,\n"
              "# frequency >= 500 (以为, 正好, 第三, 改进). A given name cut off as one of them is likely\n"
              "# no given name. Generated by scripts/make_lexicons.py.", function_words(jieba), per_line=40)
        known = set(read_entries(LEXICONS / "descriptions.txt")) | set(read_entries(LEXICONS / "posts.txt"))
        write("occupations.txt", "# Occupations, read as descriptions (工作人员, 驾驶员, 设计师, 指挥家): jieba's nouns\n"
              "# (MIT) of three or four characters, frequency >= 20, ending in an agent suffix, less households\n"
              "# (邻居家) and what descriptions.txt and posts.txt hold. Generated by scripts/make_lexicons.py.",
              occupations(jieba, known), per_line=25)
        firsts = set(single) | {c[0] for c in compound} | {c[0] for c in frequent}
        given = set(given_chars[:1000])

        def name_like(word: str) -> bool:  # 李娜, 王强: a frequent surname and a frequent given name
            return word[0] in frequent and word[1] in given
        not_given = known | set(read_entries(LEXICONS / "kin_words.txt")) | set(read_entries(LEXICONS / "person_nouns.txt")) \
            | set(description_fields(jieba)) | set(function_words(jieba))
        given_name_tagged = names_tagged_as_given(jieba, frequent, set(given_chars), not_given, set(translit))
        compound_name = compound_surname_names(jieba, compound, set(given_chars))

        def tagged_as_given(word: str, tag: str) -> bool:
            return given_name_tagged(word, tag) or compound_name(word, tag)
        write("common_words.txt", "# Ordinary words that start with a surname character (jieba's dictionary, MIT,\n"
              "# frequency >= 3, not tagged as names unless two characters and frequent; less three-character\n"
              "# names tagged as their given name, 高建国 as 建国 a place, or a compound surname's, 欧阳靖 a place):\n"
              "# a name candidate equal to one is a word.\n"
              "# Generated by scripts/make_lexicons.py; add your own in not_names.txt.",
              common_words(jieba, firsts, name_like, tagged_as_given), per_line=25)


if __name__ == "__main__":
    main()
