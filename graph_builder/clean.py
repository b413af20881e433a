"""Cleaning: column-extracted page text → paragraphs, with an offset map back to the file.

Newspaper pages come out of PDF column extraction: lines break every 10–20
characters, mid-word and mid-name; blank lines fall both between paragraphs and
at column breaks; spaces fall inside dates (`4 月 9 日`) and around brackets.
We rebuild paragraphs and remove layout whitespace, keeping for every character
of the cleaned text its offset in the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .records import Continuation

# An editorial page mark at the end of an article: ①3, ②, ③12.
EDITORIAL_MARK = re.compile(r"[①-⑳][0-9０-９]{0,2}$")
CONTINUATION = re.compile(
    r"[（(]\s*(?P<dir>下转|上接|转|接|紧接)\s*(?:第?\s*[0-9A-Za-z一二三四五六七八九十]+\s*版)?[^（）()]{0,8}[）)]")
TERMINAL = set("。！？!?；;…")
# A note that the article ends or goes on later: （完）, （全文完）, (待续).
END_NOTE = re.compile(r"[（(](?:全文完|未完待续|未完|待续|完)[）)]$")
CLOSERS = set("”’」』）)》】")
# `…。（来源：某某日报 3月2日 第5版）`: a bracketed note after the last sentence (where the
# piece came from, who wrote it) closes the paragraph as the sentence did.
NOTE_AFTER_SENTENCE = re.compile(r"[。！？!?”][（(][^（）()]{1,40}[）)]$")
WHITESPACE = re.compile(r"\s")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")


# Han characters, the rare extension planes included (𠮷): names use them.
HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


def is_western(ch: str) -> bool:
    """Latin letters, digits and ASCII/Latin punctuation: spaces between these are real."""
    return ord(ch) < 0x2000


@dataclass
class Line:
    """One physical line, whitespace removed, with the original offset of each character."""

    text: str
    offsets: list[int]
    raw: str
    raw_start: int
    blank_before: bool = False
    heading_level: int = 0
    grid: bool = False  # a line of a grid of names (丁　凯　于卫红　亢建设): its names kept apart
    row: bool = False  # a row of a table or list of people (一等奖　柯某亮　县供电公司): a paragraph of its own

    @property
    def filled(self) -> int:
        """How much of the column the line fills: its characters with the spaces and the
        paragraph indent (`　　本报讯 …`) that the layout put in, where `text` drops them."""
        return max(len(self.text), len(self.raw.rstrip("\r\n")))

    @property
    def ends_sentence(self) -> bool:
        t = self.text.rstrip("".join(CLOSERS))
        return bool(t) and (t[-1] in TERMINAL or EDITORIAL_MARK.search(self.text) is not None
                            or END_NOTE.search(self.text) is not None
                            or self.text[-1] in "）)" and CONTINUATION.search(self.text) is not None)


@dataclass
class Paragraph:
    text: str
    offsets: list[int]
    lines: list[Line] = field(default_factory=list)
    heading_level: int = 0
    blank_before: bool = False
    end_mark: bool = False  # an editorial mark (①3) closed it: an article ends here
    photo_mark: bool = False  # the mark is a bare number (①): inside an article it points at a photo
    headline_like: bool = False

    @property
    def row(self) -> bool:
        """A row of a table or list of people: short and unpunctuated, but no headline."""
        return bool(self.lines) and self.lines[0].row

    @property
    def start(self) -> int:
        return self.offsets[0] if self.offsets else 0

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0

    @property
    def raw(self) -> str:
        """The original text of the paragraph's lines, spaces kept (names in credits),
        also one that the column broke the line at (`记者 范某某` / ` 文/图 …`)."""
        parts = [self.lines[0].raw.strip()] if self.lines else []
        for prev, line in zip(self.lines, self.lines[1:]):
            spaced = prev.raw.rstrip("\r\n")[-1:].isspace() or line.raw[:1].isspace()
            parts.append((" " if spaced else "") + line.raw.strip())
        return "".join(parts)


@dataclass
class CleanPage:
    paragraphs: list[Paragraph]
    continuations: list[Continuation]
    column_width: int


def squeeze_line(raw: str, raw_start: int) -> tuple[str, list[int]]:
    """Drop layout whitespace; keep one space between Western characters (`Windows 10`, `MATCH (n)`)."""
    raw = unicodedata.normalize("NFC", raw)
    if not WHITESPACE.search(raw):
        return raw, list(range(raw_start, raw_start + len(raw)))
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(raw):
        if ch.isspace() or ch == "\u3000":
            pending_space = bool(chars)
            continue
        if pending_space and is_western(chars[-1]) and is_western(ch):
            chars.append(" ")
            offsets.append(raw_start + i - 1)
        pending_space = False
        chars.append(ch)
        offsets.append(raw_start + i)
    return "".join(chars), offsets


# A grid of names under a list's heading (主席团成员名单 / 丁　凯　于卫红　亢建设): three or more
# short pieces a line, spaced; a two-character name padded to the grid's three (丁　凯).
GRID_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")
LAYOUT_PIECE = re.compile(r"[^\s\u3000]+")
# The role a credit writes after the names (记者 张三 文 李四 图), and the words of a credit line
# that make no grid of names (卜某满 邬某蹊 文/图)
ROLE_AFTER_NAME = {"文", "图", "摄", "文图", "图文", "摄影"}
CREDIT_ROLES = ROLE_AFTER_NAME | {"报道", "整理", "供图"}


def grid_names(body: str) -> list[list[tuple[int, int]]] | None:
    """The names of a grid line, each as the spans of its pieces in body (丁 and 凯 are one
    name), or None for no grid line. A lone character first or last is a name the column
    broke (冷建 / 新): it stays a name of its own here and joins its line's neighbour."""
    pieces = [(m.start(), m.end()) for m in LAYOUT_PIECE.finditer(body)]
    if len(pieces) < 3 or not all(GRID_PIECE.fullmatch(body, s, e) for s, e in pieces) \
            or re.search(r"1{4}", "".join("1" if e - s == 1 else "2" for s, e in pieces)) \
            or ROLE_WORD.search(WHITESPACE.sub("", body)) or any(body[s:e] in CREDIT_ROLES for s, e in pieces) \
            or set.intersection(*(set(body[s:e]) for s, e in pieces)):
        return None  # (a line the layout spaced out a character at a time; a credit line; 同心 同向 同行)
    names = table_cells(body)  # (丁　凯: one name padded)
    whole = [n for n in names if 2 <= sum(e - s for s, e in n) <= 3]
    return names if len(whole) >= 2 and 3 * len(whole) >= 2 * len(names) - 2 else None


def squeeze_grid_line(body: str, raw_start: int, names: list[list[tuple[int, int]]]) -> tuple[str, list[int]]:
    """A grid line's names joined by 、, each 、 standing where the space between them was."""
    chars: list[str] = []
    offsets: list[int] = []
    for k, name in enumerate(names):
        if k:
            chars.append("、")
            offsets.append(raw_start + names[k - 1][-1][1])
        for s, e in name:
            chars.extend(body[s:e])
            offsets.extend(range(raw_start + s, raw_start + e))
    return "".join(chars), offsets


# A table of people, a row a line (姓　名　　工作单位及职务 / 孙　涛　　某镇党委副书记; 一等奖
# 柯某亮　县供电公司), or a list of them a line with the unit in brackets (丁某兵（县公安局）) or
# after the prize (最佳教练员：某某某（某镇）):
# each row a paragraph of its own, a table's row written as a list of honours prints it
# (一等奖：柯某亮（县供电公司）).
RANK_CELL = re.compile(r"[\u4e00-\u9fff]{0,4}奖|第[一二三四五六七八九十\d]{1,3}名|冠军|亚军|季军")
NAME_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,3}[）)])?")  # (郭某（女）)
UNIT_CELL = re.compile(r"[^\s\u3000]{4,40}")
BRACKET_ROW = re.compile(r"[\u4e00-\u9fff]{2,4}[（(][^（）()]{2,40}[）)]")
# A list of prizes and who won them, a line each (冠军：某镇代表队 / 最佳教练员：某某某（某镇）), not
# the credits under a story (记者：某某 / 编辑：某某)
COLON_ROW = re.compile(r"(?![^：:]*(?:记者|编|审|监制|来源|作者|通讯员|摄|文|图|责任|校对|统筹|策划|出品|制作))"
                       r"[\u4e00-\u9fff]{1,8}[：:][^，。；！？：:,;!?]{2,40}")
TABLE_HEADER_CELL = "姓名"
TABLE_ROWS_MIN = 3  # rows of a name and a unit only, in a run: a table (a rank before the name says so alone)
# The second half of a name padded to three, its note after it (郭　芳（女）)
PADDED_NAME_END = re.compile(r"[\u4e00-\u9fff](?:[（(][\u4e00-\u9fff]{1,3}[）)])?")


def table_cells(body: str) -> list[list[tuple[int, int]]]:
    """The cells of a line spaced into columns, a name padded to three (詹　涛) one cell."""
    pieces = [(m.start(), m.end()) for m in LAYOUT_PIECE.finditer(body)]
    cells: list[list[tuple[int, int]]] = []
    k = 0
    while k < len(pieces):
        s, e = pieces[k]
        if e - s == 1 and k + 1 < len(pieces) and PADDED_NAME_END.fullmatch(body, *pieces[k + 1]):
            cells.append([pieces[k], pieces[k + 1]])
            k += 2
            continue
        cells.append([pieces[k]])
        k += 1
    return cells


# A table row's cells, the index of the name's cell (-1 in the header) and whether it is
# sure to be a row by itself
TableRow = tuple[list[list[tuple[int, int]]], int, bool]


def table_row(body: str) -> TableRow | None:
    """A table row's cells, the name's cell and whether a rank before it makes it sure."""
    cells = table_cells(body)
    texts = ["".join(body[s:e] for s, e in cell) for cell in cells]
    if TABLE_HEADER_CELL in texts:
        return cells, -1, True
    if len(cells) == 3 and RANK_CELL.fullmatch(texts[0]) and NAME_CELL.fullmatch(texts[1]) \
            and len(texts[2]) >= 2:
        return cells, 1, True
    gap = body[cells[0][-1][1]:cells[1][0][0]] if len(cells) == 2 else ""
    if len(cells) != 2 or not ("\u3000" in gap or "  " in gap):
        return None  # (a name and its post a space apart may be a line of text)
    if NAME_CELL.fullmatch(texts[0]) and UNIT_CELL.fullmatch(texts[1]) and len(cells[1]) == 1 \
            and len(texts[1]) > len(texts[0]):
        return cells, 0, False
    if UNIT_CELL.fullmatch(texts[0]) and NAME_CELL.fullmatch(texts[1]) and len(cells[0]) == 1 \
            and len(texts[0]) > len(texts[1]):
        return cells, 1, False  # 县人民医院　　晏某华: the unit first (written 县人民医院：晏某华)
    return None


def table_row_text(body: str, raw_start: int, cells: list[list[tuple[int, int]]], name: int) -> tuple[str, list[int]]:
    """一等奖：柯某亮（县供电公司）: the marks standing where the spaces between cells were,
    the closing bracket where the line ends."""
    chars: list[str] = []
    offsets: list[int] = []
    for k, cell in enumerate(cells):
        if k:
            chars.append("：" if k == name else "（")
            offsets.append(raw_start + cells[k - 1][-1][1])
        for s, e in cell:
            chars.extend(body[s:e])
            offsets.extend(range(raw_start + s, raw_start + e))
    if name + 1 < len(cells):
        chars.append("）")
        offsets.append(raw_start + cells[-1][-1][1])
    return "".join(chars), offsets


def mark_table_rows(lines: list[Line], rows: list[TableRow | None]) -> list[Line]:
    """Rows of a table or a bracketed list of people: sure rows, or a run of likely ones."""
    found = [None if line.grid else row for line, row in zip(lines, rows)]
    bracketed = [BRACKET_ROW.fullmatch(line.text) is not None or COLON_ROW.fullmatch(line.text) is not None
                 for line in lines]
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and (found[run] or bracketed[run]) and (run == k or bool(found[run]) == bool(found[k])):
            run += 1
        sure = any(found[j] and found[j][2] for j in range(k, run))
        if run - k >= TABLE_ROWS_MIN or sure:
            for j in range(k, run):
                lines[j].row = True
                if found[j] and found[j][1] >= 0:
                    cells, name, _ = found[j]
                    lines[j].text, lines[j].offsets = table_row_text(lines[j].raw.rstrip("\r\n"), lines[j].raw_start,
                                                                     cells, name)
        k = max(run, k + 1)
    return lines


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    blank = False
    rows: list[TableRow | None] = []  # each line's reading as a table's row
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        heading = 0
        m = MARKDOWN_HEADING.match(body.lstrip())
        squeezed_from = pos
        if m:
            heading = len(m.group(1))
            lead = len(body) - len(body.lstrip()) + m.end()
            squeezed_from, body_part = pos + lead, body[lead:]
        else:
            body_part = body
        clean, offsets = squeeze_line(body_part, squeezed_from)
        row = table_row(body_part) if clean else None
        grid = grid_names(body_part) if clean and not (row and row[2]) else None  # (一等奖　某某某　某公司: a row)
        if grid and is_web_page_meta(clean):
            grid = None  # a menu of the site is no grid (上一篇　下一篇　回到目录)
        if grid:
            clean, offsets = squeeze_grid_line(body_part, squeezed_from, grid)
        if clean:
            lines.append(Line(clean, offsets, body, pos, blank_before=blank, heading_level=heading, grid=bool(grid)))
            rows.append(None if heading else row)
            blank = False
        else:
            blank = True
        pos += len(raw)
    return mark_table_rows(join_grid_lines(lines), rows)


def join_grid_lines(lines: list[Line]) -> list[Line]:
    """A grid line ends with 、 where the next line goes on with the grid's names; where the
    column broke a name (冷建 / 新), the lone character after it is the grid's too."""
    for prev, line in zip(lines, lines[1:]):
        if not prev.grid:
            continue
        first = LAYOUT_PIECE.search(line.raw)
        broken = first is not None and len(first.group()) == 1 and GRID_PIECE.fullmatch(first.group()) is not None \
            and not (line.grid and line.text[1:2] not in ("、", ""))
        if broken:
            line.grid = True  # (杭玉 / 梅: the last line holds one character)
        elif line.grid:
            prev.text += "、"
            prev.offsets.append(prev.offsets[-1] + 1)
    return lines


# The narrowest width read as free text: column text wraps at ~10–25.
FREE_TEXT_WIDTH = 41


def column_width(lines: list[Line]) -> int:
    """Typical length of a full column line: a high percentile of line lengths.
    Web text of short paragraphs, one a line, measures narrow but has no column:
    it counts as free text, at least as wide as its longest line."""
    lengths = sorted(len(line.text) for line in lines if line.heading_level == 0 and not line.row)
    if not lengths:
        return 0
    width = lengths[int(len(lengths) * 0.75)]
    if not is_free_text(width) and long_lines_end_sentences(lines, width):
        return max(lengths[-1], FREE_TEXT_WIDTH)
    return width


def long_lines_end_sentences(lines: list[Line], width: int) -> bool:
    """Most of the longest lines end a sentence: paragraphs of a line each
    (`会议要求各乡镇抓好春耕备播。`). A column's full lines break mid-sentence;
    one in six ends a sentence at most, by chance or at a paragraph's end."""
    full = [line for line in lines if not line.heading_level and line.filled >= width - 1]
    return len(full) >= 2 and sum(line.ends_sentence for line in full) >= len(full) / 2


def is_free_text(width: int) -> bool:
    """Web text and markdown keep a paragraph per line; column text wraps at ~10–25."""
    return width >= FREE_TEXT_WIDTH


BULLETS = "■□◆◇●○▲△★☆▼▽◎◉▶►"
# Who wrote or photographed: 记者, 特派记者, 全媒体记者, 见习记者, 通讯员, 实习生,
# with the outlet or posting before it (河南日报全媒体记者, 驻京记者).
ROLE_CORE = (r"(?:特派|特约|见习|实习|首席|全媒体|融媒体|全媒|融媒|摄影|驻[\u4e00-\u9fff]{1,4}){0,2}"
             r"(?:记者|通讯员|实习生)")
# The grammar of bylines and credits, shared by paragraph joining, article
# splitting and the event lead. An outlet: this paper, an agency, another paper,
# site, app or station (安阳日报, 大河网, 晚报, 县融媒体中心, 某县融媒, 本台, 极目新闻, 大河报·豫视频).
OUTLET = (r"(?:本报|本刊|本台|本网|新华社|中新社|中央社|中通社|中评社|晚报|晨报|[\u4e00-\u9fff·]{1,10}?"
          r"(?:日报|晚报|晨报|商报|时报|都市报|报|网|新闻|视频|客户端|电视台|电台|融媒体中心|融媒)社?)")
# 本报讯, 晨报讯, 本报济宁12月12日讯, 本报北京4月2日电, 大河网讯: a dateline may stand before 讯;
# 电 always follows a date; 消息 a date or the outlet itself (本台消息, 央视网消息).
# (and a county's short name alone, where a credit in brackets follows: 南丰讯（融媒体记者 某某）)
NEWS_HEAD = (rf"{OUTLET}[\u4e00-\u9fff\d\s]{{0,14}}?讯|{OUTLET}消息"
             rf"|[\u4e00-\u9fff]{{2,4}}讯(?=\s*[（(【]\s*(?:{OUTLET})?{ROLE_CORE})"
             rf"|{OUTLET}[\u4e00-\u9fff\d\s]{{0,12}}?\d{{1,2}}\s*日\s*(?:电|消息)")
# The news head of a Hong Kong, Macau or Taiwan page, in brackets: 【明报专讯】, 【大公报讯】,
# （星岛日报报道）, （中央社台北9日电）.
BRACKETED_HEAD = rf"[【（(](?:{NEWS_HEAD}|{OUTLET}报道)[】）)]"
# Words and pictures by one hand: 文/图, 图/文, 文图, 文·图.
TEXT_AND_PHOTO = r"(?:文/图|图/文|文图|文·图|图·文)"
ROLE = rf"(?:{OUTLET}\s*)?{ROLE_CORE}|(?:{OUTLET})?评论员|摄影|{TEXT_AND_PHOTO}|文/|图/"
# Editors, planners and designers are credited too, but are not reporters (策划：张三, 统筹/李四).
EDITOR_ROLE = r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|签发|统筹|策划|初审|复审|终审|[一二三]审|制图|设计|排版|来源|稿源)[:：/]?"
# The teller of a reader's story is no reporter either, but a person of the story who
# spoke: named after a label (口述：张三 整理：本报记者 李四, 讲述人 张三) or before the telling
# verb (（张三口述）).
TELLER_LABEL = r"(?:讲述人|口述人|讲述者|口述|讲述|受访者)"
TOLD = r"(?:口述|讲述|自述)"
NOT_REPORTER_ROLE = rf"(?:{EDITOR_ROLE}|{TELLER_LABEL}[:：/]?)"
CREDIT_NAMES = r"[\u4e00-\u9fff ·•、/]{2,30}"
# 编辑：张三, 责任编辑 李四 校对 王五, (责任编辑：张三): the editors' line under an article.
EDITOR_LINE = re.compile(rf"^[（(]?(?:{NOT_REPORTER_ROLE}\s*[\u4e00-\u9fff·]{{2,4}}\s*)+[）)]?$")
# a name in a credit; a two-character one the layout may space out to a three's width (付 强)
SPACED_NAME = r"(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff·]{2,4})"
# Taiwan's byline: the reporters and where they wrote from (记者王某/台中报导, 【记者王某、李某/综合报导】).
REPORTED_FROM = r"\s*/\s*[\u4e00-\u9fff]{2,8}?报[导道]"
FROM_NAMES = r"[\u4e00-\u9fff ·、]{2,30}?"
# A news agency's dateline with its reporter: （中央社记者王某台北9日电）, the place glued to the name.
DATELINE = rf"[（(]?(?:{OUTLET})(?P<dateline>{ROLE_CORE}[\u4e00-\u9fff、]{{3,16}}?)\d{{1,2}}\s*日\s*专?电[）)]?"
# 本报讯（记者X 通讯员Y）, 本报讯 记者X报道：, 本报讯 记者X 通讯员Y (spaced), or the head
# alone (安阳日报讯11月12日上午).
BYLINE = re.compile(
    rf"[【（(]?(?P<reported_from>{ROLE_CORE}\s*{FROM_NAMES}){REPORTED_FROM}[】）)]?|{DATELINE}"
    # 【记者 张三】, （本报记者 张三） with no news head before it
    rf"|[【\[（(](?P<bracketed>(?:{OUTLET})?{ROLE_CORE}\s*{CREDIT_NAMES})[】\]）)]"
    rf"|(?:[{BULLETS}]\s*)?(?:{BRACKETED_HEAD}|{NEWS_HEAD}[：:]?)\s*(?:[（(【\[](?P<inner>[^）)】\]]{{1,40}})[）)】\]]"
    rf"|(?P<reported>(?:{ROLE})\s*{CREDIT_NAMES}?)\s*报道[：:]?"
    # 本报讯 记者张三 实习生李四 4月8日…: credits set apart by spaces, the text after them; also
    # several names after one role (通讯员李四 王五), a slash or colon (记者/张三), a bullet (□记者 张三)
    rf"|(?:[{BULLETS}]\s*)?(?P<spaced_head>{ROLE_CORE}\s*[/:：]?\s*{SPACED_NAME}"
    rf"(?:\s+(?:{ROLE_CORE}\s*[/:：]?\s*)?{SPACED_NAME})*)(?=\s|\d))?")  # (童小龙|10月24日: the line broke there)
# Credit lines on top of an article: □本报记者 张华, □晚报记者 X 实习生 Y, 文/图 本报记者 X.
TOP_CREDIT_LINE = re.compile(
    rf"^(?:[{BULLETS}]\s*)?(?:{TEXT_AND_PHOTO}/?)?\s*(?P<inner>(?:{OUTLET}){ROLE_CORE}\s*{CREDIT_NAMES})$"
    rf"|^[{BULLETS}]\s*(?:{TEXT_AND_PHOTO}/?)?\s*(?P<bare>{ROLE_CORE}\s*{CREDIT_NAMES})$"
    # 记者 张三 通讯员 李四 王五 (报道, 文/图): roles and names set apart by spaces, on a line of their own;
    # 记者/张三 通讯员/李四, 记者：张三: a slash or colon after the role
    # (after a bullet or the outlet too: □记者 张三　通讯员 李四 文/图, 某某日报全媒体记者 张三　实习生 李四,
    # YMG全媒体记者 张三)
    rf"|^(?:[{BULLETS}]\s*)?(?:文/图|图/文)?\s*(?:{OUTLET}|[A-Z]{{2,6}})?"
    rf"(?P<spaced>{ROLE_CORE}(?:\s+|\s*[/:：]\s*){SPACED_NAME}"
    rf"(?:\s+(?:(?:{OUTLET})?{ROLE_CORE}\s*[/:：]?\s*)?{SPACED_NAME})*)(?:\s*(?:报道|{TEXT_AND_PHOTO}))?$"
    # 文/本报记者 张三, 文/张三 图/李四, 文/图 张三, 撰文：张三 摄影：李四, 撰文/张三 摄影/李四,
    # after the planners and editors: 策划：张三 撰文：李四, 统筹/张三 文/李四
    rf"|^(?:{NOT_REPORTER_ROLE}\s*{SPACED_NAME}\s*)*"
    rf"(?:{TEXT_AND_PHOTO}/?|文/|撰文[：:/]|撰稿[：:/]|文字[：:/]|整理[：:/]|作者[：:])\s*(?P<written>[\u4e00-\u9fff ·、/：:\u3000]{{2,36}})$"
    # 张三/文 李四/图: the role after each name
    rf"|^(?P<suffixed>{SPACED_NAME}\s*/\s*[文图摄](?:\s+{SPACED_NAME}\s*/\s*[文图摄])*)$"
    # 记者王某/台北报导 on a line of its own
    rf"|^(?P<reported_from>{ROLE_CORE}\s*{FROM_NAMES}){REPORTED_FROM}$")
# The credit line of another outlet on top of its article: 新华社记者 张三 李四, 河南日报客户端记者 王五,
# or its first line where the column wrapped it before or inside the names (河南日报客户端记者 / 王五,
# 中国新闻网记者王 / 五).
OUTLET_CREDIT_LINE = re.compile(rf"^(?:{OUTLET})\s*{ROLE_CORE}[\u4e00-\u9fff ·、/]{{0,30}}$")
NEWS_HEAD_START = re.compile(rf"^(?:{NEWS_HEAD})")
DATELINE_START = re.compile(rf"^{DATELINE}")
STRUCTURAL_START = re.compile(
    rf"^[{BULLETS}]|^【|^(?:{NEWS_HEAD})|^{BRACKETED_HEAD}|^{DATELINE}|^[（(](?:{OUTLET})?{ROLE_CORE}|^本报(?:特约|见习)?(?:记者|通讯员)|^本报评论员")
# A closing credit is either the whole text (matched from its start) or its last few
# characters: searching those alone spares a scan of every long paragraph.
CREDIT_WHOLE = re.compile(
    r"[（(](?![^）)]*[版转接])[\u4e00-\u9fff\s、·/]{2,20}[）)]$|[（(](?:来源|稿源)[:：][^（）()]{2,30}[）)]$|本报评论员$|(?:文/图|图/文)(?!本报)[\u4e00-\u9fff·、]{2,20}$"
    r"|(来自|来源)[:：].{0,20}[;；]\s*[\u4e00-\u9fff]{2,4}$"
    # 张三 李四 文/图, 图/张三: a credit line under the article, the role after or before the names
    r"|[\u4e00-\u9fff·]{2,9}(?:文/图|图/文)$|(?:图|摄影)/[\u4e00-\u9fff·]{2,8}$")
CREDIT_END = re.compile(r"摄影?[）)]?$|(?<=[。！？”])[（(](?![^）)]*[版转接])(?:(?:来源|稿源)[:：])?[\u4e00-\u9fff·\s/]{2,20}[）)]$")
CREDIT_END_CHARS = 24  # the longest CREDIT_END match (22), a final newline and the look-behind
SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?]")
DAY_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日")


def is_structural_start(text: str) -> bool:
    return STRUCTURAL_START.match(text) is not None or OUTLET_CREDIT_LINE.match(text) is not None


def is_credit(text: str) -> bool:
    """A closing credit: （陈露）, 本报记者 刘金元 摄, 本报评论员, 编辑：张三."""
    return CREDIT_WHOLE.match(text) is not None or CREDIT_END.search(text[-CREDIT_END_CHARS:]) is not None \
        or EDITOR_LINE.match(text) is not None


# How captions point at people in a photo: 鲍某(右), （左二）, 图为. Headlines never do.
CAPTION_MARK = re.compile(r"[（(](?:左|右|中|前|后)[一二三四五六七八九]?[）)]|^图为")


# A day written in digits: 2023-06-29, 2023/6/29, 2023.6.29, 2023年6月29日 (with 日 or not).
DAY_IN_DIGITS = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}"

# Lines of a web page's frame, matched whole:
# 2023-06-29 08:20　来源：某报, 发布时间：2022-04-19: a web page's date and source under its title
WEB_PAGE_META = re.compile(rf"(?:发布|发表|更新)?(?:时间|日期)[：:]|来源[：:]|{DAY_IN_DIGITS}日?\s*"
                           # (2024-03-12 洛阳日报: the day, then the paper)
                           r"(?:\d{1,2}:\d{2}|来源|作者|编辑|$|[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网)$)")
# 某某日报　2018年6月13日: the paper and the day, under the headline
# (and its page: 某某日报　2011年11月09日　A01)
# (and its credit: 某某日报　2019-11-27 08:40　全媒体记者 张三 李四)
SOURCE_AND_DAY = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}{DAY_IN_DIGITS}日?(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                            rf"(?:第?[A-Z]?\d{{1,3}}版?)?(?:{ROLE_CORE}[\u4e00-\u9fff·]{{2,20}})?$")
# 要闻, 本地新闻 on a line of their own over the page: the section, no headline
SECTION_NAME = re.compile(r"^(?:要闻|时政要闻|综合|综合新闻|本地新闻|地方新闻|时政|社会|社会新闻|经济|民生|县域|县区|文体|专版|理论|副刊)$"
                          # (a section of two words with a dot: 经济·开放, 法治·平安)
                          r"|^[\u4e00-\u9fff]{2}·[\u4e00-\u9fff]{2,4}$")
# 2018年6月29日星期五 要闻, 温县融媒2025年10月19日08:12河南: a day with its weekday and a section,
# or with the hour and where it was posted from (and the page: 某某日报 2015年5月11日 星期一 A2 要闻)
DAY_HEADER = re.compile(r"^[\u4e00-\u9fff]{0,8}\d{4}年\d{1,2}月\d{1,2}日(?:(?:星期|周)[一二三四五六日天]"
                        r"(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)(?:第?[A-Z]?\d{1,3}版?)?[\u4e00-\u9fff]{0,6}$")
# 某某时报数字报2022年03月08日第02版：要闻: the digital edition's page of the paper
EDITION_LINE = re.compile(r"(?:数字报|电子报|电子版|数字版)?[^，。；！？]{0,16}?\d{4}年\d{1,2}月\d{1,2}日"
                          r"[^，。；！？]{0,8}?第[0-9A-Za-z一二三四五六七八九十]{1,4}版[：:]?")
# A1：要闻, 某某网: the page's number and section (or the section and the number), a site's name alone
# (a government's site alone: 某某县人民政府, 某某市人民政府门户网站; a paper's page header:
# 某某日报 3综合新闻, 某某日报 第A01版：要闻)
PAGE_SECTION = re.compile(r"^(?:[A-Z]?\d{1,2}版?[：:][\u4e00-\u9fff]{2,6}"
                          r"|[A-Z]?\d{1,2}(?:综合|要闻|新闻|时政|民生|社会|经济|文体|副刊|专版|视点|理论|县区|本地)[\u4e00-\u9fff]{0,4}"
                          r"|[\u4e00-\u9fff]{2,8}(?:新闻网|网|在线|融媒|融媒体中心)"
                          r"|[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,4})?[A-Z]\d{1,2}"  # 某某新闻·法治 C06
                          r"|[\u4e00-\u9fff]{2,10}人民政府(?:门户网站|网站|网)?"
                          r"|第[A-Z]?\d{1,3}版[：:]?[\u4e00-\u9fff]{0,6}"
                          r"|[\u4e00-\u9fff]{2,8}(?:日报|晚报)(?:第?[A-Z]?\d{1,3}版?[：:]?[\u4e00-\u9fff]{0,6}(?:上一篇|下一篇)*)?)$")
# 某某日报 2010年9月26日 星期日 第三版 某某新闻 责任编辑 某某, 2013年8月27日 星期二 某某日报 县域新闻:
# the page's header, a day with its weekday among the paper, page, section and editor
PAGE_DAY_LINE = re.compile(r"^[^，。；！？]{0,12}\d{4}年\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天][^，。；！？]{0,30}$")
# 平顶山日报 2019年11月18日 第五版 文体新闻, A2 要闻·民生 南通日报 2023年10月31日: the paper, the
# day and the page in some order, no weekday
PAGE_MAST_LINE = re.compile(r"^(?=[^，。；！？]{0,20}(?:日报|晚报|时报|都市报))(?=.*(?:第[0-9一二三四五六七八九十]{1,3}版|^[A-Z]\d{1,2}(?!\d)))"
                            r"[^，。；！？]{0,24}\d{4}年\d{1,2}月\d{1,2}日[^，。；！？]{0,24}$")
PAGE_FRAME_LINES = (WEB_PAGE_META, PAGE_SECTION, EDITION_LINE, SOURCE_AND_DAY, SECTION_NAME, DAY_HEADER, PAGE_DAY_LINE,
                    PAGE_MAST_LINE)
# 【防汛救灾 焦作在行动】 alone over a headline: a special's or a column's name
COLUMN_NAME_ALONE = re.compile(r"^【(?P<tag>[^】]{2,14})】$")
# What a bracket holds when it is a byline or a news head, not a column's name: 【记者 张三】,
# 【新华社北京3月5日电】, 【明报专讯】.
BYLINE_IN_BRACKETS = re.compile(rf"{ROLE_CORE}|讯|报|电|社|消息|编辑")

# Pieces of the frame, found anywhere in the line:
# 某某会见某某客商_焦作网: the page's title as the browser shows it, the site after an underscore
# (or the government's site and its section first: 某某县人民政府_政务动态_某某检查防汛工作)
PAGE_TITLE = re.compile(r"_[\u4e00-\u9fffA-Za-z]{1,10}(?:网|在线|新闻|频道|客户端)$"
                        r"|^[\u4e00-\u9fff]{2,16}(?:人民政府|政府网|门户网站|融媒体中心)_")
# 【字号：大 中 小】【打印】【关闭】, [打印本页], 上一版 下一版 PDF下载 (also after the source and day),
# 分享到：微信 微博, 上一篇：…, 下一篇：…: the page's controls and links
# The post's time and place under a WeChat account's name (2023-07-30 20:18 发表于河北)
WECHAT_POSTED = re.compile(r"\d{1,2}:\d{2}\s*发表于[\u4e00-\u9fff]{2,4}$"
                           r"|^\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*[\u4e00-\u9fff]{0,4}$")  # (2024-08-12 22:47 贵州)
PAGE_CONTROLS = re.compile(r"【(?:字号|字体)|[\[【](?:打印|关闭|收藏|返回|我要打印)|上一版|下一版|PDF下载"
                           r"|^(?:分享到|上一篇[：:]|下一篇[：:]|相关新闻|相关阅读|扫一扫)|^上一篇\s*下一篇$"
                           # (字号：[大 中 小], 字体：【大】【中】【小】, 【大】【中】【小】, 打印本页 关闭窗口, 视力保护色)
                           r"|^(?:字号|字体)[：:]|^【大】【中】【小】|^(?:打印本页|打印此页|关闭窗口)|视力保护色"
                           # a WeChat account's chrome: 点击蓝字 关注我们, 阅读原文, 分享 点赞 在看, 长按识别二维码,
                           # the post's time and place
                           r"|^点击(?:上方)?蓝字.{0,4}关注|^阅读原文$|^(?:分享|收藏|点赞|在看|推荐){2,4}$|^长按(?:识别)?二维码"
                           r"|^(?:阅读|在看|点赞)\s*[\d.]+万?(?:\s*(?:在看|点赞)\s*[\d.]+万?)*$"  # (阅读 1.1万 在看 86)
                           rf"|{WECHAT_POSTED.pattern}")
# 某某新闻网 2015年05月21日 来源：某某日报: a source named after the day
SOURCE_INSIDE = re.compile(r"(?:来源|作者|编辑)[：:]")
FULL_DATE = re.compile(DAY_IN_DIGITS)

# Where the page sits on its site, and its menus:
# 某某网|首页>新闻中心>本地新闻, 某某日报网>评论
BREADCRUMB_STEP = re.compile(r"[>＞›»→][^>＞›»→]")
# 某某新闻网>本地要闻: one step from a site or its home page into a section
SITE_SECTION = re.compile(r"首页|网[^>＞›»]{0,8}[>＞›»]|频道[>＞›»]|[>＞›»]\s*(?:[\u4e00-\u9fff]{0,6}(?:要闻|新闻|频道|动态|时政|评论|资讯|民生)|正文)$")
# 某某网|首页|某某新闻|专题: the site's menu, items apart by bars
MENU_ITEM = re.compile(r"[|｜][\u4e00-\u9fff]{2,6}(?=[|｜]|$)")
# 中国某某|某某新闻|县市区动态: the site and its sections, apart by bars
BAR_CRUMBS = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[|｜][\u4e00-\u9fff]{2,8}){2,}$")
# 康巴传媒网 - 甘孜新闻 - 正文: the site and its sections, apart by hyphens
DASH_CRUMBS = re.compile(r"^[\u4e00-\u9fff]{2,10}网(?:[-－][\u4e00-\u9fff]{2,10})+$|^[\u4e00-\u9fff]{2,10}(?:[-－][\u4e00-\u9fff]{2,10})*[-－]正文$")
# 某某网 某某日报 某某晚报 数字报, 首页 时政 民生 专题, 上一期 下一期 往期回顾 版面导航: a menu of
# the paper's sites and sections, run together
NAV_ITEM = (r"(?:首页|[\u4e00-\u9fff]{2,4}(?:网|日报|晚报|广电|数字报|网视|客户端)|数字报|时政|民生|县区|文旅|网视|专题"
            r"|中文|English|日本語|上一期|下一期|往期回顾|版面导航|第[0-9A-Z]{1,3}版[：:][\u4e00-\u9fff]{2,6}|[|｜]|[^\u4e00-\u9fffA-Za-z0-9]{2,6})")
NAV_LINE = re.compile(rf"^(?:{NAV_ITEM}){{3,}}$")
# 某某网|首页新闻政务…, 某某日报客户端 ＜返回 分享: the site's name and its navigation
SITE_HEADER = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:新闻网|网|日报|晚报|客户端|数字报).*?(?:[|｜]|首页|客户端|数字报|返回|分享)")
ROLE_WORD = re.compile(ROLE_CORE)


def is_web_page_meta(text: str) -> bool:
    """A line of the page's frame, no sentence of the story: its date and source, its
    place on the site or in the paper's digital edition, its title in the browser, its
    controls and links."""
    text = WHITESPACE.sub("", text)  # (a line keeps the spaces between digits: 2020-04-24 17:32)
    if len(text) > 60 or SENTENCE_PUNCT.search(text):
        return False
    return any(p.match(text) for p in PAGE_FRAME_LINES) or column_name(COLUMN_NAME_ALONE.match(text)) \
        or PAGE_TITLE.search(text) is not None or PAGE_CONTROLS.search(text) is not None \
        or SOURCE_INSIDE.search(text) is not None and FULL_DATE.search(text) is not None \
        or is_breadcrumb(text)


def is_breadcrumb(text: str) -> bool:
    """某某网>本地要闻, 某某网|首页|新闻|专题: where the page sits on its site, or its menu."""
    steps = len(BREADCRUMB_STEP.findall(text))
    return steps >= 2 or steps == 1 and SITE_SECTION.search(text) is not None or len(MENU_ITEM.findall(text)) >= 3 \
        or NAV_LINE.match(text) is not None or BAR_CRUMBS.match(text) is not None or DASH_CRUMBS.match(text) is not None \
        or SITE_HEADER.match(text) is not None and ROLE_WORD.search(text) is None  # (某某日报客户端记者 某某: a credit)


# The longest headline: three lines of a lead-in, a title and a subtitle (深化校地合作 助推产业升级 /
# 市政府与某大学签署全面战略合作协议 / 共建某大学某研究院).
HEADLINE_CHARS = 48
# 本版综合, 本报综合: a note that the page's items were compiled, over them
COMPILED_NOTE = re.compile(r"^(?:本版|本报|本刊)综合(?:报道|消息)?$")


# 【最美基层人】乡村医生某某：四十年守护乡亲健康: a headline under its column's name in brackets
COLUMN_TAGGED = re.compile(r"^【(?P<tag>[^】]{2,10})】(?P<rest>[^【】]{4,})$")


def column_name(tagged: re.Match | None) -> bool:
    """The bracket holds a column's or a special's name, no byline."""
    return tagged is not None and BYLINE_IN_BRACKETS.search(tagged.group("tag")) is None


def is_headline_like(text: str, open_end: bool = False) -> bool:
    """A line that could be (part of) a headline: short, no sentence punctuation; with
    open_end, also one left open (a line of a headline the column went on breaking)."""
    tagged = COLUMN_TAGGED.match(text or "")
    if column_name(tagged):
        return is_headline_like(tagged.group("rest"), open_end)
    if not text or len(text) > HEADLINE_CHARS or CAPTION_MARK.search(text) or COMPILED_NOTE.match(text):
        return False
    if SENTENCE_PUNCT.search(text) and not exclaimed_headline(text):
        return False
    if is_credit(text) or CONTINUATION.match(text) or TOP_CREDIT_LINE.match(text) or END_NOTE.match(text) \
            or WEB_PAGE_META.match(text):
        return False  # 撰文/张三 摄影/李四, （完）: a credit line or end note, short and unpunctuated like a headline
    if text.count("“") != text.count("”"):  # 强调：“创新… opens a quote that goes on
        return False
    return (open_end or not left_open(text)) and not is_structural_start(text)


# What leaves a line open, waiting for the words after it (`“红马甲”们为` / `辖区老人送去…`):
# a column's break, never a headline's end; 的 too, but for 是…的 (日子是一碗一碗煮出来的).
OPEN_ENDS = set("、：:“‘（(—") | set("为和与及把被对向给从将让使")


def left_open(text: str) -> bool:
    return text[-1] in OPEN_ENDS or text[-1] == "的" and "是" not in text


# 见义勇为！小伙跳河救起落水女孩, 年货备好了吗？: a headline may exclaim or ask, once (a WeChat
# post's with a name quoted before it and a second phrase after a comma: 侗寨“村晚”唱响新春！某村…上演,
# 燃爆！某县篮球赛总决赛落幕，某村队夺冠)
HEADLINE_WORDS = r"(?:[^，。；,;！？!?“”‘’]|“[^，。；,;！？!?“”]{1,10}”)"
EXCLAIMED = re.compile(rf"^{HEADLINE_WORDS}{{2,14}}[！？!?]{HEADLINE_WORDS}{{4,24}}(?:[，,]{HEADLINE_WORDS}{{3,16}})?[！？!?]?$")


def exclaimed_headline(text: str) -> bool:
    return EXCLAIMED.match(text) is not None


def closes_article(para: "Paragraph") -> bool:
    return para.end_mark or is_credit(para.text) or (
        para.text.endswith(("）", ")")) and bool(CONTINUATION.search(para.text[-16:]))
        and "下" in (CONTINUATION.search(para.text[-16:]).group("dir")))


LEADING_DATE = re.compile(r"^\d{1,4}[年月日]")
# How a news item with no byline opens: its source (据《华商报》报道，), what the reporter
# learned (记者从市交通局获悉), or the day of the news and a comma (4月20日，, 昨日上午，, 近日，).
# A year (2008年以来，) or a season (今年以来，) opens a paragraph inside an article as often.
NEWS_LEAD = re.compile(
    r"^(?:据《[^》]{1,15}》(?:报道|消息)|记者(?:近日|日前|昨日|昨天)?从[^，。]{2,24}?(?:获悉|了解到)"
    r"|(?:(?:\d{1,2}月)?\d{1,2}日|近日|日前|昨日|昨天|今天|今日|前日|当日|连日来|[昨今][（(]\d{1,2}[）)]日)"
    # a weekday in brackets and the hour, as Taiwan and Hong Kong write them: 4月9日（周二）上午10时，
    r"(?:[（(](?:周|星期)[一二三四五六日天][）)])?(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午|傍晚|清晨|早晨|深夜|夜间)?"
    r"(?:\d{1,2}时(?:\d{1,2}分)?许?)?[，,]"
    # or the day named for what it is: 3月5日是第57个“学雷锋纪念日”
    r"|\d{1,2}月\d{1,2}日是)")


def opens_on_its_day(text: str) -> bool:
    """A news lead on a day of its own: 11月16日，…, 6月3日上午，…"""
    return DAY_LEAD.match(text) is not None and NEWS_LEAD.match(text) is not None


def ends_headline_block(para: "Paragraph", lines: list[Line], i: int, width: int, indent: int) -> bool:
    """A blank line after a headline-shaped block ends it: a multi-line headline
    of short lines, or one followed by a caption (dated, or 图为…), a news item's lead
    or a credit line (read on into the next line: `记者从市交通运输局` / `获悉，…`,
    `策划：张三 撰文：` / `李四`). A single short
    line may be a column break inside a paragraph, so it goes on."""
    if any(wider_than_column(x, width) for x in para.lines) and all(is_headline_like(x.text) for x in para.lines):
        return True  # a headline printed across the columns, the lead line over it too
    if not (is_headline_like(para.text) or is_punctuated_headline_block(para)):
        return False
    short_lines = len(para.lines) >= 2 and all(len(x.text) < width - 2 for x in para.lines)
    opening = lines[i].text + following_line_text(lines, i)
    # (a story that opens on someone's words: `“凌晨四点半的街道，只有我们和路灯。”说起…`)
    return short_lines or LEADING_DATE.match(opening) is not None or CAPTION_MARK.match(opening) is not None \
        or opening.startswith("“") \
        or NEWS_LEAD.match(opening) is not None or TOP_CREDIT_LINE.match(opening) is not None \
        or sub_headline_after(para, lines, i, width) or ends_short_of_column(para, lines, i, indent) \
        or is_subtitle_block(para, lines, i)


# A phrase of a headline: no sentence punctuation, quotes or colon.
HEADLINE_PHRASE = "[^，。；,;！？!?“”‘’：:]"
# 某某调研乡村振兴工作，要求推动产业发展, 让乡村振兴跑出“加速度”！: two phrases split by a
# comma, or one that exclaims or asks, a block of its own
PUNCTUATED_HEADLINE_BLOCK = re.compile(rf"^{HEADLINE_PHRASE}{{2,16}}[，,][^，。；,;！？!?：:]{{2,16}}[！？!?]?$"
                                       r"|^[^，。；,;！？!?：:]{4,24}[！？!?]$")
# A headline takes at most this many lines (printed under its article, or as a block).
HEADLINE_LINES = 3


def is_punctuated_headline_block(para: "Paragraph") -> bool:
    """A short block after a blank line of two phrases split by a comma, or of one that
    exclaims or asks: shaped like a headline (a sentence's part would run on)."""
    return para.blank_before and len(para.lines) <= HEADLINE_LINES \
        and PUNCTUATED_HEADLINE_BLOCK.match(para.text) is not None and not left_open(para.text)


def is_subtitle_block(para: "Paragraph", lines: list[Line], i: int) -> bool:
    """`——某镇农村公路建设见闻` right after a headline line, in the block or before it: the
    headline's subtitle, which ends the block however full the column."""
    first = i - len(para.lines)
    return any(line.text.startswith("——") and k > 0 and is_headline_like(lines[k - 1].text)
               and not lines[k - 1].ends_sentence for k, line in enumerate(lines[first:i], first))


# The longest bulleted line read as a sub-head or label.
BULLETED_HEAD_MAX = 30


def ends_bulleted_head(para: "Paragraph", lines: list[Line], i: int, indent: int) -> bool:
    """A short bulleted line that ends no sentence, before a blank line (`■延时服务不打烊` / /
    `针对上班族…`): a sub-head or a label, a line of its own."""
    return para.text[:1] in BULLETS and len(para.text) <= BULLETED_HEAD_MAX and not SENTENCE_PUNCT.search(para.text) \
        and not TOP_CREDIT_LINE.match(para.raw.strip()) and ends_short_of_column(para, lines, i, indent)


# How far a paragraph's first line may fall short of the column: its indent, which the
# extraction drops (`　　河南省安达消防设施有限公` in a column of 14), unless the page sets none.
INDENT = 2
# Lines either side that measure the column where the page mixes widths.
NEIGHBOUR_LINES = 4


def paragraph_indent(lines: list[Line]) -> int:
    """How much shorter than the full line after it a paragraph's first line runs on this
    page, at most an indent: 2 where the extraction dropped the indent, 0 where the page
    sets none. A column break after a first line leaves it that full."""
    shortfalls = sorted(nxt.filled - line.filled for prev, line, nxt in zip(lines, lines[1:], lines[2:])
                        if line.blank_before and prev.ends_sentence and not nxt.blank_before
                        and not nxt.ends_sentence and SENTENCE_PUNCT.search(line.text + nxt.text))
    return min(max(shortfalls[len(shortfalls) // 2], 0), INDENT) if shortfalls else INDENT


def ends_short_of_column(para: "Paragraph", lines: list[Line], i: int, indent: int) -> bool:
    """A headline-shaped block whose last line falls short of the column around it by more
    than an indent, before a blank line: a column break leaves a full line (`…有限公` / /
    `司法定代表人…`), so the block ends (`家门口的路通了` / / `“以前下雨天…`)."""
    first = i - len(para.lines)  # the block's lines run up to the blank line
    around = [x.filled for x in lines[max(0, first - NEIGHBOUR_LINES):first] + lines[i:i + NEIGHBOUR_LINES]
              if not x.heading_level]
    return bool(around) and para.lines[-1].filled < max(around) - indent and not FINISHES_A_WORD.match(lines[i].text)


# The text after a break that ends the word the line before broke (`…搭建“体验”课` / / `堂。该镇…`):
# no paragraph opens on a sentence's end.
# (and a name the break cut after its surname: `…总工程师公孙` / / `庆华，市发改委…`; not
# the words a paragraph opens on: 会上，随后，据悉，当天，如今，原来，)
PARAGRAPH_OPENERS = rf"(?:[{HAN}][上前后天日晚时年月中间外来初今]|据悉|原来|如今|目前|随即|随之|其中|此外|同时|另外|为此|对此|因此|然而|但是|首先|其次|起初|眼下)"
FINISHES_A_WORD = re.compile(rf"^[{HAN}](?:[{HAN}])?[。！？；]|^[{HAN}][，、：]|^(?!{PARAGRAPH_OPENERS})[{HAN}]{{2}}[，、]")


def sub_headline_after(para: "Paragraph", lines: list[Line], i: int, width: int) -> bool:
    """A headline that ended on a short line, then a short headline-shaped line standing
    alone between blank lines (`…联控指挥部会议` / / `严密落实防控措施` / /): the
    sub-headline, a line of its own; a column break leaves its line full."""
    alone = i + 1 == len(lines) or lines[i + 1].blank_before
    return para.lines[-1].filled < width - 2 and alone and is_headline_like(lines[i].text) \
        and len(lines[i].text) < width - 2


def following_line_text(lines: list[Line], i: int) -> str:
    """The next line's text when it goes on with no break, else nothing."""
    return lines[i + 1].text if i + 1 < len(lines) and not lines[i + 1].blank_before else ""


REPORTER_START = re.compile(r"^本报(?:特约|见习)?(?:记者|通讯员)")


def runs_on_into_reporter(prev: Line, line: Line, width: int) -> bool:
    """`…接受` / `本报记者采访时说`: a full column line that ends mid-sentence runs
    on into a line opening with 本报记者; only a credit line of names starts anew.
    Another outlet's credit line starts anew only after a sentence or a short line
    (`…接受` / `中国青年报记者采访时` is the sentence going on)."""
    if is_free_text(width) or line.blank_before or prev.ends_sentence or prev.filled < width - 2:
        return False
    if REPORTER_START.match(line.text):
        return not TOP_CREDIT_LINE.match(line.text)
    return OUTLET_CREDIT_LINE.match(line.text) is not None and not STRUCTURAL_START.match(line.text)


# A photo credit: a name (after a role or a space, or alone) and 摄: 本报记者 张三 摄, （李四 摄）,
# 新华社发（王五 摄） with the bracket closing the line.
NAME_THEN_SHOT = re.compile(r"(?:^|\s|记者|通讯员|[（(])[\u4e00-\u9fff·]{2,4}\s*摄影?[）)]?$")


def inside_brackets(para: Paragraph, line: Line, width: int) -> bool:
    """A column paragraph that opened a bracket it has not closed (a closing credit
    wrapped: `（本报记者 张三` / `本报通讯员 李` / `四）`) goes on in the next line."""
    opened = para.text.count("（") + para.text.count("(") - para.text.count("）") - para.text.count(")")
    return not is_free_text(width) and not line.blank_before and opened > 0


def runs_on_past_photo_word(prev: Line, line: Line, width: int) -> bool:
    """A full column line that ends in 摄影 or 摄 inside a word (书画摄|影展, 拍摄) runs on
    into the next line: only a name before 摄 makes it a credit."""
    return (not is_free_text(width) and not line.blank_before and prev.filled >= width - 1
            and NAME_THEN_SHOT.search(prev.raw.strip()) is None)


def is_credit_line(line: Line) -> bool:
    """A credit line on top, read with its spaces too (特约通讯员 李四: spaces set the names apart)."""
    return TOP_CREDIT_LINE.match(line.text) is not None or TOP_CREDIT_LINE.match(line.raw.strip()) is not None


def continues_credit_line(prev: Line, line: Line, width: int) -> bool:
    """The line goes on with the credit line on top before it."""
    return is_credit_line(prev) and credit_wraps_on(prev, line, width)


def credit_wraps_on(prev: Line, line: Line, width: int) -> bool:
    """A credit line on top that the column wrapped: `■本报记者 张三 李` / `四`,
    `□本报记者 张三 实` / `习生 李四 文/图`, and spaced: `实习生 李四` / `文/图`."""
    return (not is_free_text(width) and not line.blank_before and prev.filled >= width - 2
            and not SENTENCE_PUNCT.search(line.text) and (
                TOP_CREDIT_LINE.match(prev.text + line.text) is not None
                or DATELINE_START.match(prev.text + line.text) is not None  # 中央社记者王某台 / 北10日电
                or TOP_CREDIT_LINE.match(prev.raw.strip() + " " + line.raw.strip()) is not None
                or role_broken_across(prev.text, line.text)))


def role_broken_across(before: str, after: str) -> bool:
    """`□本报记者 张三 通讯` / `员 李四　6月22日…`: the column broke a role word of a credit."""
    start = max(0, len(before) - 4)
    window, cut = before[start:] + after[:4], len(before) - start
    return any(m.start() < cut < m.end() for m in re.finditer(ROLE_CORE, window))


LIST_ITEM_INDENT = "\u3000\u3000"


def starts_new_paragraph(prev: Line, line: Line, width: int) -> bool:
    if line.heading_level or prev.heading_level:
        return True
    if runs_on_into_reporter(prev, line, width):
        return False
    if prev.grid != line.grid:
        return prev.grid  # the grid of names ends its paragraph (its list's heading opens it)
    if prev.row or line.row:
        # a row of a table of people; the table's header (姓名 单位) goes on from its heading
        return prev.row or not line.text.startswith(TABLE_HEADER_CELL) or prev.ends_sentence
    if opens_on_its_day(line.text) and prev.filled < width - 2 and is_headline_like(prev.text):
        return True  # 律师进社区 法律送上门 / 11月16日，某区司法局…: a short headline over a news lead
    if is_structural_start(line.text) and not is_credit(line.text) or EDITOR_LINE.match(line.text):
        return True  # a byline, or the editors' line under the article (编辑：某某)
    if line.blank_before and TOP_CREDIT_LINE.match(line.raw.strip()):
        return True  # 文/张三 图/李四, 记者 张三 报道 after a break: the credit line on top of an article
    if is_credit_line(prev):  # □本报记者 张华 on its own line, 撰文/张三 摄影 / /李四 wrapped
        return not continues_credit_line(prev, line, width)
    if is_credit(prev.text) and not runs_on_past_photo_word(prev, line, width):
        return True
    if is_free_text(width):
        return True
    if line.raw.startswith(LIST_ITEM_INDENT):
        return True  # 　　某某 某单位主任 / 　　某某 某村党 / 支部书记: an indent opens a paragraph (or a list's item)
    if wider_than_column(prev, width) and wider_than_column(line, width):
        return True  # two headlines printed across columns, one over the other (…开幕 / 纪念…召开)
    if not prev.ends_sentence:
        return False
    short = prev.filled < width - 1
    return short or line.blank_before or wider_than_column(line, width)


# 医疗队 47 名队员: the spaces a layout puts around a number, where a headline puts none
SPACES_AROUND_NUMBERS = re.compile(r"[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+")


def wider_than_column(line: Line, width: int) -> bool:
    """A headline printed across columns right under the last sentence (`…坚实基础。` /
    `某某在某县调研春耕备耕工作`): wider than any line of the column, punctuation
    hanging in the margin aside."""
    printed = max(len(line.text), len(SPACES_AROUND_NUMBERS.sub("", line.raw.rstrip("\r\n"))))
    return printed >= width + 2 and is_headline_like(line.text)


def flows_into_sentence(lines: list[Line], i: int, width: int) -> bool:
    """Column lines at full width that run on, with no blank line, into a sentence
    are an article's opening (an item with no byline), not a headline: headlines
    end short or before a break."""
    if is_free_text(width):
        return False
    for j in range(i, len(lines) - 1):
        line, nxt = lines[j], lines[j + 1]
        if line.filled < width - 2 or not is_headline_like(line.text, open_end=True):
            return False
        if nxt.blank_before or nxt.heading_level or is_structural_start(nxt.text):
            return False
        if not is_headline_like(nxt.text, open_end=True):
            # (a headline after a break or across the columns, with its subtitle of two phrases
            # under it and a break after: 某某项目签约落户某市 / 总投资1.5亿欧元，达产后年销售收入可达30亿元)
            return not ((wider_than_column(line, width) or lines[i].blank_before) and subtitle_with_comma(lines, j + 1))
    return False


def is_comma_subtitle(text: str) -> bool:
    """`同比增长17.3%，对…占比过半`, `“当时没想那么多，救人要紧”`: a short line of phrases
    split by a comma that ends no sentence: under a headline line, the headline's subtitle."""
    return len(text) <= 32 and "，" in text and text[-1] not in "。！？…；:：" \
        and text.count("“") == text.count("”") and not is_structural_start(text) and not is_credit(text)


def subtitle_with_comma(lines: list[Line], j: int) -> bool:
    """lines[j] is a subtitle of two phrases (is_comma_subtitle), standing before a break or
    the page's end."""
    text = lines[j].text
    return is_comma_subtitle(text) and text.count("，") == 1 and (j + 1 == len(lines) or lines[j + 1].blank_before)


def opens_news_head_across(lines: list[Line], i: int, width: int) -> bool:
    """A column line that with the next one opens a news head (`新华社北京3月5日` / `电（记者…`,
    `人民网北京3月` / `5日电`): the dateline the column broke, no headline."""
    if is_free_text(width) or i + 1 >= len(lines) or lines[i + 1].blank_before or is_structural_start(lines[i].text):
        return False
    return NEWS_HEAD_START.match(lines[i].text + lines[i + 1].text) is not None


def headline_wraps_on(prev: Line, line: Line, width: int) -> bool:
    """A headline line at full column width goes on in the line right after it."""
    return not is_free_text(width) and not line.blank_before and not prev.heading_level \
        and prev.filled >= width - 1 and is_headline_like(prev.text + line.text)


def credit_line_ends(para: Paragraph, line: Line) -> bool:
    """A credit line on top that the column wrapped over two or more lines
    (`□本报记者 张三 实` / `习生 李四 文/图`) ends where the text after it does not continue
    it, or after a break (`本报记者 张三` / `文 李四 图` / / `记者从…`: names would run on)."""
    return len(para.lines) > 1 and TOP_CREDIT_LINE.match(para.text) is not None \
        and (line.blank_before or TOP_CREDIT_LINE.match(para.text + line.text) is None)


def headline_under_article(lines: list[Line], i: int, width: int) -> bool:
    """`…生命财产安全。` / `我市举行危化品泄漏` / `事故应急救援演练` / (blank): short
    unpunctuated lines right under a sentence's end, up to a blank line or the page's end.
    A body line short of the column ends its paragraph, and so a sentence; these end none."""
    if is_free_text(width) or i == 0 or lines[i].blank_before or not lines[i - 1].ends_sentence:
        return False
    run = []
    for line in lines[i:i + HEADLINE_LINES + 1]:
        if run and line.blank_before:
            break
        run.append(line)
    after = lines[i + len(run)] if i + len(run) < len(lines) else None
    # the text after the blank opens a paragraph or an article (a column break goes on mid-word)
    closed = after is None or after.blank_before and (after.raw[:1] in " \u3000\t" or is_structural_start(after.text))
    return closed and len(run) <= HEADLINE_LINES and all(
        x.filled < width - 2 and is_headline_like(x.text) and not x.ends_sentence for x in run)


def join_paragraphs(lines: list[Line], width: int) -> list[Paragraph]:
    """Rebuild paragraphs. Between articles (after an end mark or credit), each
    headline-like line stays a paragraph of its own so that headlines can be found."""
    paragraphs: list[Paragraph] = []
    between = True
    indent = paragraph_indent(lines)
    for i, line in enumerate(lines):
        if paragraphs and EDITORIAL_MARK.fullmatch(line.text):
            paragraphs[-1].end_mark = between = True  # ①5 on a line of its own closes the article
            continue
        dateline = opens_news_head_across(lines, i, width)  # 新华社北京3月5日 / 电（记者…
        after_note = bool(paragraphs) and line.blank_before and NOTE_AFTER_SENTENCE.search(paragraphs[-1].text) is not None
        credit_across = i + 1 < len(lines) and credit_wraps_on(line, lines[i + 1], width)  # 策划：张三 撰文 / ：李四
        headline_zone = (between or headline_under_article(lines, i, width)) and is_headline_like(line.text) \
            and not line.heading_level and not flows_into_sentence(lines, i, width) and not dateline \
            and not credit_across and not (i and continues_credit_line(lines[i - 1], line, width))
        # (a headline's subtitle of two phrases right under it, a break after: 现场签约项目112个，金额86.5亿元)
        headline_zone = headline_zone or bool(paragraphs) and paragraphs[-1].headline_like and not line.blank_before \
            and not line.heading_level and subtitle_with_comma(lines, i)
        # the column broke a headline's line: one line of print, no sub-headline
        wrapped_headline = headline_zone and bool(paragraphs) and paragraphs[-1].headline_like \
            and headline_wraps_on(lines[i - 1], line, width)
        continues = wrapped_headline or bool(paragraphs) and inside_brackets(paragraphs[-1], line, width) \
            or bool(paragraphs) and paragraphs[-1].lines == [lines[i - 1]] and credit_wraps_on(lines[i - 1], line, width)
        if not continues and (i == 0 or headline_zone or after_note or starts_new_paragraph(lines[i - 1], line, width) or (
                dateline and (line.blank_before or lines[i - 1].filled < width - 2)) or (
                paragraphs and paragraphs[-1].headline_like) or (
                paragraphs and line.blank_before and closes_article(paragraphs[-1])) or (
                paragraphs and credit_line_ends(paragraphs[-1], line)) or (
                line.blank_before and ends_headline_block(paragraphs[-1], lines, i, width, indent)) or (
                line.blank_before and ends_bulleted_head(paragraphs[-1], lines, i, indent))):
            paragraphs.append(Paragraph("", [], heading_level=line.heading_level,
                                        blank_before=line.blank_before or i == 0,
                                        headline_like=headline_zone or bool(line.heading_level)))
        para = paragraphs[-1]
        para.text += line.text
        para.offsets.extend(line.offsets)
        para.lines.append(line)
        if not para.headline_like:
            between = False
        if strip_editorial_marks(para) or closes_article(para):
            between = True
    return paragraphs


def strip_editorial_marks(para: Paragraph) -> bool:
    m = EDITORIAL_MARK.search(para.text)
    if m and m.start() > 0:
        para.text, para.offsets = para.text[: m.start()], para.offsets[: m.start()]
        para.end_mark = True
        para.photo_mark = len(m.group(0)) == 1
    return para.end_mark


def find_continuations(paragraphs: list[Paragraph]) -> list[Continuation]:
    notes = []
    for para in paragraphs:
        for m in CONTINUATION.finditer(para.text):
            notes.append(Continuation(text=m.group(0), direction="to" if "下" in m.group("dir") else "from",
                                      start=para.offsets[m.start()], end=para.offsets[m.end() - 1] + 1))
    return notes


# 发布时间：… 来源：某某日报 作者：记者 张三 通讯员 李四　字号：大 中 小: the credit a
# web page's frame gives, up to the frame's next field (set apart by wide space or a label)
# (or the reporter labelled alone: 来源：某某日报 | 记者：张三)
# A role and its names (记者 张三 李四), roles apart by spaces of any width (记者 张三　通讯员 李四)
# (a word before a colon is the frame's next label, no name: 字号：大 中 小)
FRAME_NAME = r"[\u4e00-\u9fff·]{1,6}(?![\u4e00-\u9fff·]*[：:])"
FRAME_ROLE_NAMES = rf"{ROLE_CORE}[：:/]?\s?{FRAME_NAME}(?:\s{FRAME_NAME})*"
FRAME_CREDIT = re.compile(rf"(?:作者[：:]\s*|(?<=[|｜\s\u3000]))(?P<credit>{FRAME_ROLE_NAMES}(?:\s+{FRAME_ROLE_NAMES})*)"
                          # 作者：张三 李四, names with no role: the frame's authors are the reporters
                          rf"|(?P<names>作者[：:]\s*{FRAME_NAME}(?:\s{FRAME_NAME})*)(?=[\s|｜】\]]|$)")


def frame_credit(para: Paragraph) -> Paragraph | None:
    """The credit inside a line of the page's frame, as a credit line of its own: the
    frame goes, who wrote the story stays (作者：张三 with no role too)."""
    m = FRAME_CREDIT.search(para.raw)
    # (spaces of any width between names become one: 作者：张三　李四)
    raw = re.sub(r"\s+", " ", (m.group("credit") or m.group("names") or "").strip()) if m else ""
    text = WHITESPACE.sub("", raw)
    at = para.text.find(text) if text else -1
    if at < 0:
        return None
    offsets = para.offsets[at:at + len(text)]
    return Paragraph(text, offsets, [Line(text, offsets, raw, offsets[0])])


def clean_page(text: str) -> CleanPage:
    lines = split_lines(text.lstrip("\ufeff"))
    width = column_width(lines)
    paragraphs = join_paragraphs(lines, width)
    paragraphs = [q for k, p in enumerate(paragraphs) if p.text and not names_the_account(paragraphs, k)
                  for q in ([frame_credit(p)] if is_web_page_meta(p.text) else [p]) if q is not None]
    return CleanPage(paragraphs, find_continuations(paragraphs), width)


def names_the_account(paragraphs: list[Paragraph], k: int) -> bool:
    """`阜平发布` over `2023-07-30 20:18 发表于河北`: the first line, the WeChat account that
    posted the page, is frame."""
    return k == 0 and len(paragraphs) > 1 and len(paragraphs[0].text) <= 12 \
        and not SENTENCE_PUNCT.search(paragraphs[0].text) and WECHAT_POSTED.search(paragraphs[1].text) is not None
