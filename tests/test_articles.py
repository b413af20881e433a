from graph_builder.articles import split_articles, split_names
from graph_builder.clean import clean_page

PRINT_PAGE = """本报讯（记者董柏生）4月9日，市委书记王小平
到国家能源投资集团洽谈。①3

王小平到国家能源投资集团对接工作
本报讯（记者翟倩倩 实
习生蒋子涵） 昨日下午，全市安全生产
工作会议召开。（赵飞飞）

安全生产会议召开
"""


def headlines(page: str) -> list[str | None]:
    return [a.headline_text for a in split_articles(clean_page(page))]


def headlines_and_reporters(page: str) -> list[tuple[str | None, list[str]]]:
    return [(a.headline_text, a.reporters) for a in split_articles(clean_page(page))]


def column_block(text: str, width: int) -> str:
    """Text hard-wrapped at width characters, as a column prints it."""
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


def test_headline_after_article_attaches_to_it():
    articles = split_articles(clean_page(PRINT_PAGE))
    assert [a.headline_text for a in articles] == ["王小平到国家能源投资集团对接工作", "安全生产会议召开"]
    assert articles[0].reporters == ["董柏生"]
    assert articles[1].reporters == ["翟倩倩", "蒋子涵", "赵飞飞"]


def test_markdown_headline_before_article():
    page = "## 全国文明城市创建工作推进会召开\n\n本报讯(记者朱晓琳)8月13日上午,推进会召开。\n\n## 宣讲会开讲\n\n本报讯(记者徐金华)8月12日,宣讲会开讲。\n"
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["全国文明城市创建工作推进会召开", "宣讲会开讲"]


def test_photo_caption_is_its_own_article():
    page = "本报讯（记者付凯明）示范区召开会议。\n\n7月16日，研发人员在调试设备。\n\n本报见习记者 万 千 摄\n"
    articles = split_articles(clean_page(page))
    assert len(articles) == 2
    assert articles[1].reporters == ["万千"]


def test_reporter_names_split_on_roles_and_spaces():
    assert split_names("记者原文钊通讯员李军鹏、李欣") == ["原文钊", "李军鹏", "李欣"]
    assert split_names("赵春营 卢亚星") == ["赵春营", "卢亚星"]
    assert split_names("杨一帆 阿牛木日") == ["杨一帆", "阿牛木日"]  # kept apart by a space: one name of four
    assert split_names("本报记者 朱 红") == ["朱红"]


def test_credit_lines_on_top_and_reported_bylines():
    page = ("□本报记者 张 华\n本报通讯员 李明\n\n4月12日上午，市长王刚主持召开会议。\n\n市政府召开常务会议\n\n"
            "本报讯 记者王芳报道：4月15日，中心组举行集中学习。（下转第二版）\n")
    articles = split_articles(clean_page(page))
    assert [a.reporters for a in articles] == [["张华", "李明"], ["王芳"]]
    assert articles[0].headline_text == "市政府召开常务会议"


def reporters_of(page: str) -> list[list[str]]:
    return [a.reporters for a in split_articles(clean_page(page))]


def test_bylines_of_other_papers_and_agencies():
    page = ("本报郑州4月2日电（特派记者 高明远）4月1日，省里召开会议。\n\n"
            "大河网讯（河南日报全媒体记者 温向阳 通讯员 柯青松）3日，县里举行仪式。\n\n"
            "晨报讯（记者 韦小川）昨日，市民在公园晨练。\n\n"
            "新华社北京5月6日电（记者 卓立新）国务院新闻办举行发布会。\n")
    assert reporters_of(page) == [["高明远"], ["温向阳", "柯青松"], ["韦小川"], ["卓立新"]]


def test_credit_lines_of_another_paper_on_top():
    page = "□晚报记者 钱多多 实习生 桑语\n市民反映的问题得到解决。\n"
    assert reporters_of(page) == [["钱多多", "桑语"]]


def test_trailing_credits_spaced_glued_and_bare():
    spaced = "本报讯 县里召开会议，部署工作。（柯青松 温向阳）\n"
    glued = "本报讯 县里召开会议，部署工作。（柯青松温向阳）\n"
    bare = "本报讯 县里召开会议，部署工作。 韦小川\n"
    assert reporters_of(spaced) == [["柯青松", "温向阳"]]
    assert reporters_of(glued) == [["柯青松", "温向阳"]]
    assert reporters_of(bare) == [["韦小川"]]
    assert reporters_of("本报讯 县里召开会议，部署工作。全面推进\n") == [[]]


def test_glued_names_split_by_surname_and_length():
    assert split_names("高明远韦小川") == ["高明远", "韦小川"]
    assert split_names("卓立韦小川") == ["卓立", "韦小川"]
    assert split_names("欧阳立新") == ["欧阳立新"]
    assert split_names("通讯员高明远记者韦小川") == ["高明远", "韦小川"]


def test_photo_and_text_credits():
    page = ("本报讯 市里举行运动会。\n\n选手们在比赛中。\n\n文/图 本报记者 柯青松\n\n"
            "本报讯 村里新修道路。\n\n摄影 温向阳\n")
    assert reporters_of(page) == [["柯青松"], ["温向阳"]]


def test_article_opening_with_another_papers_byline_in_columns():
    page = ("县里召开工作会议。（柯青松）\n\n安阳日报讯11月\n2日上午,文学艺\n术院揭牌仪式\n在区里举行。\n")
    texts = [a.text for a in split_articles(clean_page(page))]
    assert texts[-1].startswith("安阳日报讯11月2日上午")


def test_credit_verbs_are_not_names():
    assert split_names("记者 万 千 摄") == ["万千"]
    assert split_names("本报记者 韦小川 报道") == ["韦小川"]
    assert split_names("记者 柯青松 温向阳 摄影") == ["柯青松", "温向阳"]


COLUMN_ITEM_WITHOUT_BYLINE = """为进一步丰富群众的文化生活促进
两地书画交流与合作共同发展繁荣
活动的精神,12月4日上午,书画
联展在市文化馆开幕,两地的书画家
和爱好者出席了开幕式,现场气氛热
烈,观众纷纷驻足欣赏,赞不绝口。
①5
书画联展在市文化馆开幕
"""


def test_column_item_without_byline_is_not_a_headline():
    articles = split_articles(clean_page(COLUMN_ITEM_WITHOUT_BYLINE))
    assert len(articles) == 1
    assert articles[0].text.startswith("为进一步丰富群众的文化生活促进两地书画交流")
    assert articles[0].headline_text == "书画联展在市文化馆开幕"


def test_uncredited_caption_stays_with_the_article_before_but_not_after_a_headline():
    jump = "■文/图 本报记者 柯青松\n他到村里的第一天就走访了农户。\n（下转2版）\n\n韦某(右)和村干部到农户家走访。\n"
    assert len(split_articles(clean_page(jump))) == 1
    assert len(split_articles(clean_page(columns(jump)))) == 1  # its first line is no headline
    headed = "## 村里修通了路\n\n图为村民在新修的路上(右)。\n\n## 县里召开会议\n\n本报讯 县里召开会议。\n"
    assert [a.text for a in split_articles(clean_page(headed))][:1] == ["图为村民在新修的路上(右)。"]


def test_a_column_label_on_top_belongs_to_the_article_below():
    page = "■两会特别报道之三\n本报讯（记者 韦小川）代表们审议报告。\n"
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].reporters == ["韦小川"]


def test_more_byline_forms():
    page = ("本报讯【融媒记者 高明远 通讯员 柯青松】县里召开会议。\n\n"
            "本报讯（县融媒体中心 记者 温向阳 文/图）村里修通了路。\n\n"
            "■本报记者 韦小川 文/图\n市民在公园晨练。\n")
    assert reporters_of(page) == [["高明远", "柯青松"], ["温向阳"], ["韦小川"]]


def test_editors_and_end_words_are_not_reporters():
    assert split_names("记者 高明远 编辑 柯青松") == ["高明远"]
    assert reporters_of("本报讯 县里召开会议，部署工作。（记者 温向阳 责编 韦小川）\n") == [["温向阳"]]
    assert reporters_of("本报讯 县里召开会议，部署工作。 全文完\n") == [[]]


def columns(page: str, width: int = 13) -> str:
    """The page as narrow columns print it: short lines, spaces gone, blank lines between paragraphs."""
    paras = [p.replace(" ", "") for p in page.split("\n") if p.strip()]
    return "\n\n".join("\n".join(p[i:i + width] for i in range(0, len(p), width)) for p in paras) + "\n"


def test_bylines_and_credits_hold_in_columns():
    page = ("本报郑州4月2日电（特派记者 高明远）4月1日，省里召开会议，部署全年的重点工作任务。\n"
            "大河网讯（河南日报全媒体记者 温向阳 通讯员 柯青松）3日，县里举行仪式，文学艺术院揭牌。\n"
            "本报讯 县里召开会议，部署工作，要求各部门切实抓好落实，确保取得实效。 高明远 韦小川\n"
            "本报讯（记者 卓立新）村里修通了路，村民出行更加方便，大家都很高兴。（柯青松 温向阳）\n")
    want = [["高明远"], ["温向阳", "柯青松"], ["高明远", "韦小川"], ["卓立新", "柯青松", "温向阳"]]
    assert reporters_of(page) == want
    assert reporters_of(columns(page)) == want


def test_notes_and_outlets_in_credit_places_are_not_reporters():
    assert reporters_of("本报讯 县里召开会议，部署工作。（综合）\n") == [[]]
    assert reporters_of("本报讯 县里召开会议，部署工作。（新华社）\n") == [[]]
    assert reporters_of("本报讯 县里召开会议，部署工作。（东方）\n") == [["东方"]]


def test_a_column_line_opening_with_our_reporter_mid_sentence_runs_on():
    page = ("本报讯（记者 韦小川）县里的种植大户在接受\n本报记者采访时说，今年的收成很好，\n"
            "全村村民都增加了收入，大家都很高兴。\n")
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].reporters == ["韦小川"]


def test_a_credit_line_wrapped_by_the_column_stays_one_credit():
    page = ("■本报记者 高明远 通讯员 韦小\n川\n\n本报讯 代表们认真审议报告\n，大家一致认为报告实事求\n"
            "是，目标明确，措施有力，\n催人奋进，令人鼓舞。\n")
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].reporters == ["高明远", "韦小川"]


def test_spaced_credit_lines_and_reports_without_brackets():
    body = "\n4月9日上午，市委书记王某到某县调研。副市长李某陪同。\n"
    pages = ["本报讯 记者张一鸣 通讯员李二丰 报道", "记者 张一鸣 通讯员 李二丰 王五福", "通讯员 李二丰 记者 张一鸣 报道",
             "焦作日报社全媒体记者 张一鸣", "文/图 本报记者 张一鸣"]
    assert [reporters_of(p + body) for p in pages] == [
        [["张一鸣", "李二丰"]], [["张一鸣", "李二丰", "王五福"]], [["李二丰", "张一鸣"]], [["张一鸣"]], [["张一鸣"]]]


def test_a_headline_line_the_column_filled_runs_on_into_the_next(tmp_path):
    from graph_builder.pipeline import extract_one
    body = ("在某县某镇某村，说起刘文华，\n村民们都竖起大拇指。\n刘文华是城里人，大学毕业后\n"
            "进入基层法院工作。组织安排他\n驻村，他满口答应。\n")
    page = tmp_path / "2019-04-10_A03.txt"
    page.write_text("这个书记就是中\n\n——记市委办公室驻某县某镇\n某村第一书记刘文华\n\n■文/图本报记者张一鸣\n\n" + body,
                    encoding="utf-8")
    article = extract_one(page).articles[0]
    people = {p.name: p.titles for p in article.persons}
    assert people["刘文华"] == ["市委办公室驻某县某镇某村第一书记"]


def test_written_by_lines_colons_and_suffix_roles():
    body = "\n4月9日上午，市委书记王某到某县调研。副市长李某陪同。\n"
    tops = ["文/本报记者 张一鸣", "文/张一鸣 图/李二丰", "撰文：张一鸣 摄影：李二丰", "本报讯（记者：张一鸣）",
            "本报讯（记者张一鸣/文 李二丰/图）"]
    assert [reporters_of(t + body)[-1] for t in tops] == [
        ["张一鸣"], ["张一鸣", "李二丰"], ["张一鸣", "李二丰"], ["张一鸣"], ["张一鸣", "李二丰"]]
    long_body = "\n4月9日上午，市委书记王某到某县调研农业生产工作。他强调，要抓好春耕生产。副市长李某陪同。\n"
    assert reporters_of("本报讯" + long_body + "记者：张一鸣\n")[-1] == ["张一鸣"]


def test_spaced_credits_after_the_news_head_and_more_bullets():
    assert reporters_of("本报讯 记者张一鸣 实习生李二丰 4月9日上午，市委书记王某到某县调研。\n") == [["张一鸣", "李二丰"]]
    body = "\n4月9日上午，市委书记王某到某县调研。副市长李某陪同。\n"
    assert [reporters_of(b + "本报记者 张一鸣" + body) for b in "◎▶"] == [[["张一鸣"]], [["张一鸣"]]]


def test_closing_credits_after_the_last_sentence_or_with_the_role_last():
    assert reporters_of("本报讯 1月25日，县长看望慰问了老党员。 文/图 记者 汪某洋\n") == [["汪某洋"]]
    assert reporters_of("本报讯 11月8日，书画展开幕。\n\n卢某东 文/图\n") == [["卢某东"]]
    assert reporters_of("本报讯 近日，丰收节举办。\n\n文/本报记者 费某东 图/本报记者 左某\n") == [["费某东", "左某"]]


def test_a_news_head_of_a_broadcaster():
    assert reporters_of("央广网郑州1月5日消息（记者 杨某明）1月4日，某县召开会议。\n") == [["杨某明"]]


def test_credits_the_column_wrapped_or_glued():
    assert reporters_of("□本报记者 何某平 实\n习生 丁某 文/图\n\n1月4日，某县召开会\n议，县长孙某海出席\n会议并讲话。\n") == [
        ["何某平", "丁某"]]
    assert reporters_of("■本报记者 高某亮 通\n讯员 田某军/文 韩某\n/图\n\n1月4日，某县召开会议，县长出\n席。\n") == [
        ["高某亮", "田某军", "韩某"]]
    assert reporters_of("晚报讯 记者 范某伟\n 文/图 1月4日，某县召开\n会议，县长出席。\n") == [["范某伟"]]
    # the column layout drops the space between two credits: 李某梅/文王某军/图
    assert split_names("李某梅/文王某军/图") == ["李某梅", "王某军"]


def test_more_credit_forms_of_other_papers():
    assert reporters_of("【记者 王某华】1月4日，某县召开会议，县长出席。\n") == [["王某华"]]
    assert reporters_of("王某华/文 李某军/图\n\n1月4日，某县召开会议，县长出席。\n") == [["王某华", "李某军"]]
    assert reporters_of("撰文/王某华 摄影/李某军\n\n1月4日，某县召开会议，县长出席。\n") == [["王某华", "李某军"]]
    assert reporters_of("1月4日，某县召开会议，县长出席。\n\n（来源：某某日报 记者 王某华）\n") == [["王某华"]]
    assert reporters_of("1月4日，某县召开会议，县长出席。\n\n记者：王某华 编辑：李某军\n") == [["王某华"]]


def columns(*paragraphs: str, width: int = 11) -> str:
    """Paragraphs laid out in a column `width` characters wide, a blank line between them."""
    return "\n\n".join("\n".join(p[k:k + width] for k in range(0, len(p), width)) for p in paragraphs) + "\n"


def test_a_headline_the_column_wrapped_and_a_photo_word_at_a_line_end():
    page = columns("本报讯（记者 应某丽）12月8日，由市总工会主办的全市职工书画摄影展在市文化馆开幕。市总工会主席宣布开幕。",
                   "全市职工书画摄影展在市文化馆隆重开幕")
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].headline_text == "全市职工书画摄影展在市文化馆隆重开幕"
    assert "书画摄影展在市文化馆开幕" in articles[0].text


def test_closing_and_top_credits_the_column_wrapped():
    page = columns("全县经济工作会议召开", "撰文/王某华 摄影/李某军", "1月4日，某县召开会议，县长孙某海出席。", width=9)
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [("全县经济工作会议召开", ["王某华", "李某军"])]
    page = columns("1月4日，某县召开会议，县长孙某海出席。", "（本报记者 王某华 本报通讯员 李某军）", width=9)
    assert [a.reporters for a in split_articles(clean_page(page))] == [["王某华", "李某军"]]


def test_words_and_pictures_with_a_middle_dot():
    assert reporters_of("文·图/本报记者 王某华\n\n1月4日，某县召开会议，县长出席。\n") == [["王某华"]]
    assert reporters_of("1月4日，某县召开会议，县长出席。\n\n文·图/王某华\n") == [["王某华"]]


def test_a_photo_credit_in_brackets_after_a_caption():
    assert reporters_of("图为1月19日市委书记会见客人一行 （张某 摄）\n") == [["张某"]]


def test_the_editors_line_closes_the_article_and_names_nobody():
    page = "本报讯 1月4日，某县召开会议，县长孙某海出席。（张某）\n\n编辑：许某静\n\n市里召开会议\n\n本报讯 1月5日，某县召开会议。\n"
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [("市里召开会议", ["张某"]), (None, [])]


def test_a_caption_that_ends_with_its_credit_takes_no_paragraph_before_it():
    page = columns("本报讯 昨日，某县举行项目集中开工仪式，县长柏某岚宣布开工。", "与会人员一致表示，要认真落实会议精神。",
                   "图为群众在展厅参观。 邬某蹊 摄", "某县举行项目集中开工仪式", width=12)
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [("某县举行项目集中开工仪式", ["邬某蹊"])]


def test_an_agency_photo_credit_in_brackets_closes_the_caption():
    page = columns("本报讯 昨日，某县举行项目集中开工仪式。", "图为群众在展厅参观。新华社发（邬某蹊 摄）", "某县举行项目集中开工仪式",
                   width=12)
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [("某县举行项目集中开工仪式", ["邬某蹊"])]


def test_credit_lines_of_agencies_apps_and_stations_on_top_start_articles():
    items = [("新华社记者 邬某蹊 卜某满", ["邬某蹊", "卜某满"]), ("河南日报客户端记者 邬某蹊", ["邬某蹊"]),
             ("大河报·豫视频记者 邬某蹊", ["邬某蹊"]), ("极目新闻记者 邬某蹊", ["邬某蹊"])]
    for credit, names in items:
        paras = ["本报讯（记者 钟某秀）3月12日，某县召开会议。", "与会人员一致表示，要认真落实会议精神。", "某县召开春季农业生产工作会议",
                 credit, "9月6日，全市教育工作会议召开，副市长龚某如出席。", "全市教育工作会议召开"]
        for page in ("\n".join(paras) + "\n", columns(*paras, width=9)):
            articles = split_articles(clean_page(page))
            assert [a.reporters for a in articles] == [["钟某秀"], names], (credit, page)
    assert reporters_of("本台消息（记者 邬某蹊）9月6日，全市教育工作会议召开。\n") == [["邬某蹊"]]


def test_another_outlets_reporter_opening_a_column_line_mid_sentence_runs_on():
    page = "本报讯（记者 韦某川）种植大户在接受\n中国青年报记者采访时\n说，今年的收成很好。\n"
    assert len(split_articles(clean_page(page))) == 1


def test_a_credit_line_of_roles_after_a_headline_opens_the_next_article():
    first = ["本报讯（记者 钟某秀）3月12日，某县召开会议。", "与会人员一致表示，要以更加务实的作风、更加有力的举措推动各项工作落地见效，为全年目标任务的完成打下坚实基础。"]
    tops = [("文/邬某蹊 图/卜某满", ["邬某蹊", "卜某满"]), ("记者/邬某蹊", ["邬某蹊"]), ("特约通讯员 卜某满", ["卜某满"]),
            ("记者 邬某蹊 报道", ["邬某蹊"]), ("文/图 邬某蹊", ["邬某蹊"])]
    for top, names in tops:
        second = [top, "9月6日，全市教育工作会议召开，会议表彰了一批优秀教师和先进集体，副市长龚某如出席会议并讲话。"]
        layouts = {"after": first + ["某县召开春季农业生产工作会议"] + second + ["全市教育工作会议召开"],
                   "before": ["某县召开春季农业生产工作会议"] + first + ["全市教育工作会议召开"] + second}
        for paras in layouts.values():
            for page in ("\n".join(paras) + "\n", columns(*paras, width=12)):
                articles = split_articles(clean_page(page))
                assert [(a.headline_text, a.reporters) for a in articles] == [
                    ("某县召开春季农业生产工作会议", ["钟某秀"]), ("全市教育工作会议召开", names)], (top, page)


def test_a_spaced_credit_line_the_column_wrapped_before_its_role_last():
    page = "□晚报记者 邬某蹊\n 实习生 卜某满 \n文/图\n\n本报讯 1月27日,某县\n农民特别高兴。\n"
    assert len(clean_page(page).paragraphs) == 2 and reporters_of(page) == [["邬某蹊", "卜某满"]]


def test_spaced_bylines_with_several_names_a_slash_or_a_bullet_after_the_news_head():
    body = "3月12日，某县召开会议，县长冯某树出席。\n"
    assert reporters_of("本报讯 记者邬某蹊 通讯员卜某满 郜某 " + body) == [["邬某蹊", "卜某满", "郜某"]]
    assert reporters_of("南方日报讯 记者/邬某蹊 通讯员/卜某满 " + body) == [["邬某蹊", "卜某满"]]
    assert reporters_of("本报讯 □记者 邬某蹊 " + body) == [["邬某蹊"]]
    assert reporters_of("某县融媒讯（记者 邬某蹊）" + body) == [["邬某蹊"]]


def test_a_dateline_the_column_broke_opens_its_article_and_is_no_headline():
    first = ["本报讯（记者 钟某秀）3月12日，某县召开会议。", "与会人员一致表示，要认真落实会议精神。", "某县召开春季农业生产工作会议"]
    for head in ("新华社北京3月5日电（记者 邬某蹊 卜某满）", "人民网北京3月5日电 （记者邬某蹊 卜某满）"):
        page = columns(*first, head + "昨日，某市举行重点项目集中开工仪式，市长柏某岚宣布开工。", "某市重点项目集中开工", width=9)
        articles = split_articles(clean_page(page))
        assert [(a.headline_text, a.reporters) for a in articles] == [
            ("某县召开春季农业生产工作会议", ["钟某秀"]), ("某市重点项目集中开工", ["邬某蹊", "卜某满"])], head


def test_a_credit_line_with_the_role_after_the_names_or_a_picture_credit_closes_its_article_in_columns():
    for credit, names in (("卜某满 邬某蹊 文/图", ["卜某满", "邬某蹊"]), ("图/邬某蹊", ["邬某蹊"])):
        paras = ["本报讯 今年以来，某镇大力发展林果产业，带动农户户均增收八千余元。", credit, "某镇林果产业带动农户增收",
                 "本报讯（记者 钟某秀）3月12日，某县召开会议。", "某县召开春季农业生产工作会议"]
        for width in (9, 12, 17):
            articles = split_articles(clean_page(columns(*paras, width=width)))
            assert [(a.headline_text, a.reporters) for a in articles] == [
                ("某镇林果产业带动农户增收", names), ("某县召开春季农业生产工作会议", ["钟某秀"])], (credit, width)


def test_a_headline_that_exclaims_before_its_article():
    page = ("见义勇为！小伙跳河救起落水女孩\n本报讯（记者 韩某）11月28日，快递员杨某说起那一幕仍心有余悸。\n"
            "\n真是太感谢你们了！\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["见义勇为！小伙跳河救起落水女孩"]


def test_an_item_with_no_byline_after_an_article_with_no_closing_credit():
    # The headline between them is the boundary; headlines come after or before their articles.
    first = ["本报记者 钟某秀", "3月12日，某县召开春季农业生产工作会议。", "会议要求各乡镇抓好春耕备播。"]
    items = [["据《某都市报》报道，4月20日，某市开展防汛应急演练。", "三百余名队员参加演练。"],
             ["记者近日从市交通运输局获悉，今年某市将新改建农村公路三百公里。"],
             ["昨日，某市举行重点项目集中开工仪式，市长柏某岚宣布项目开工。"],
             ["图为村民在田间查看麦苗长势。本报通讯员 卜某满 摄"]]
    heads = ["某县召开春季农业生产工作会议", "某市重点项目集中开工"]
    for second in items:
        for layout in ("after", "before"):
            paras = first + [heads[0]] + second + [heads[1]] if layout == "after" else \
                [heads[0]] + first + [heads[1]] + second
            for page in ["\n".join(paras) + "\n"] + [columns(*paras, width=w) for w in (9, 12, 17)]:
                articles = split_articles(clean_page(page))
                assert [a.headline_text for a in articles] == heads, (second[0], layout, page)
                assert articles[0].reporters == ["钟某秀"]


def test_planners_and_editors_before_the_writer_on_top():
    # 策划 and 统筹 are editors; 撰文 is the writer, a reporter.
    for credit in ("策划：郜某宁 撰文：卜某满", "策划/郜某宁 撰文/卜某满", "统筹：郜某宁 策划：满某舟 撰文：卜某满"):
        paras = ["某县召开春季农业生产工作会议", credit, "11月8日，省调研组来某市调研科技创新工作。",
                 "某区举办迎新春书画展", "本报讯（记者 钟某秀）近日，区文化馆举办书画展。"]
        for page in ["\n".join(paras) + "\n"] + [columns(*paras, width=w) for w in (9, 12, 17)]:
            articles = split_articles(clean_page(page))
            assert [(a.headline_text, a.reporters) for a in articles] == [
                ("某县召开春季农业生产工作会议", ["卜某满"]), ("某区举办迎新春书画展", ["钟某秀"])], (credit, page)
    page = "某县召开春季农业生产工作会议\n统筹：郜某宁\n11月8日，省调研组来某市调研科技创新工作。\n"
    assert [(a.headline_text, a.reporters) for a in split_articles(clean_page(page))] == [
        ("某县召开春季农业生产工作会议", [])]


def test_roles_after_the_names_without_slashes():
    # 文 and 图 after a whole name say what its holder did; they are no half of a name.
    for top in ("本报记者 邬某蹊 文 卜某满 图", "本报记者 邬某蹊 摄影 卜某满 文"):
        paras = ["某县召开春季农业生产工作会议", top, "11月8日，省调研组来某市调研科技创新工作。"]
        for page in ["\n".join(paras) + "\n"] + [columns(*paras, width=w) for w in (9, 12, 17)]:
            assert [a.reporters for a in split_articles(clean_page(page))] == [["邬某蹊", "卜某满"]], page
    assert split_names("记者 邬 文") == ["邬文"]  # a spaced-out name still joins


def test_an_editors_line_in_brackets_is_no_part_of_the_headline_after_it():
    paras = ["本报讯（记者 邬某蹊）4月20日，某市开展防汛应急演练。", "(责任编辑：黎某)", "某市开展防汛应急演练",
             "本报讯（记者 钟某秀）近日，区文化馆举办书画展。", "某区举办迎新春书画展"]
    for page in ["\n".join(paras) + "\n"] + [columns(*paras, width=w) for w in (9, 12, 17)]:
        assert [(a.headline_text, a.reporters) for a in split_articles(clean_page(page))] == [
            ("某市开展防汛应急演练", ["邬某蹊"]), ("某区举办迎新春书画展", ["钟某秀"])], page


def test_an_end_note_in_brackets_ends_the_paragraph_before_a_headline_in_columns():
    paras = ["本报讯（记者 邬某蹊）春节前夕，县长闫某墨走访慰问困难群众。", "与会人员表示要认真落实。（完）", "某县走访慰问困难群众",
             "本报讯（记者 钟某秀）近日，区文化馆举办书画展。", "某区举办迎新春书画展"]
    for width in (9, 12, 17):
        assert [(a.headline_text, a.reporters) for a in split_articles(clean_page(columns(*paras, width=width)))] == [
            ("某县走访慰问困难群众", ["邬某蹊"]), ("某区举办迎新春书画展", ["钟某秀"])], width


# Made-up Taiwan, Hong Kong and Macau pages, headlines on top (the shadow's simplified
# characters and folded marks: 〔〕 as 【】, ／ as /).
TAIWAN_HONG_KONG_PAGE = """市长视察豪雨灾区
【记者王冠文/台中报导】台中市长林佳安昨日上午前往大里区视察灾情。

立委质询部长
记者陈明远/台北报导
立法院交通委员会今天召开会议，立法委员蔡宜安质询交通部长周正德。

院会听取报告
（中央社记者林雅青台北9日电）行政院长郑宏远今天上午主持院会。

保安局长会见代表团
【大公报讯】记者郑子安报道：保安局局长邓志远昨日会见代表团。

海滨长廊启用
（星岛日报报道）东区海滨长廊昨日下午举行启用仪式。

法案通过
（本报记者 陈慧青）立法会昨日举行全体会议。
"""


def test_taiwan_and_hong_kong_bylines_open_articles_and_give_reporters():
    articles = split_articles(clean_page(TAIWAN_HONG_KONG_PAGE))
    assert [a.headline_text for a in articles] == ["市长视察豪雨灾区", "立委质询部长", "院会听取报告",
                                                   "保安局长会见代表团", "海滨长廊启用", "法案通过"]
    assert [a.reporters for a in articles] == [["王冠文"], ["陈明远"], ["林雅青"], ["郑子安"], [], ["陈慧青"]]


def test_an_agency_dateline_gives_the_names_without_the_place():
    page = "院会听取报告\n（中央社记者林雅青、王小安台北9日电）行政院长郑宏远今天上午主持院会。\n"
    assert split_articles(clean_page(page))[0].reporters == ["林雅青", "王小安"]


def test_a_headline_before_an_item_that_opens_on_a_taiwan_date():
    page = ("县务会议召开\n\n（记者刘家安/新竹报导）县长杨志远昨日主持县务会议。\n\n"
            "总统颁授勋章 表彰外交贡献\n\n４月９日（周二）上午10时，总统府举行授勋典礼。\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["县务会议召开", "总统颁授勋章表彰外交贡献"]


def test_an_agency_dateline_the_column_broke_gives_its_reporter():
    page = ("部长出席论坛\n\n中央社记者张玮安台\n北10日电\n\n经济部长王正平今天\n出席产业论坛并致词，\n"
            "他说，政府将持续协\n助业者。\n")
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [("部长出席论坛", ["张玮安"])]


def test_who_supplied_a_picture_or_told_the_story_is_no_reporter():
    body = "那一年我十八岁，在村里当民兵，暗暗下定决心要加入党组织。"
    for credit, reporters in (("（邬某蹊 提供）", []), ("（图片由邬某蹊提供）", []), ("（邬某蹊口述）", []),
                              ("（邬某蹊口述 本报记者卜某满整理）", ["卜某满"]), ("口述：邬某蹊 整理：本报记者 卜某满", ["卜某满"]),
                              ("（卜某满 供图）", ["卜某满"]), ("（卜某满供稿）", ["卜某满"]), ("（邬某蹊自述）", [])):
        page = f"我的入党故事\n{body}\n{credit}\n"
        assert [a.reporters for a in split_articles(clean_page(page))] == [reporters], credit


def test_a_line_of_bare_names_after_the_last_sentence_credits_the_article():
    for credit, names in (("            邬某蹊", ["邬某蹊"]), ("邬某蹊 卜某满", ["邬某蹊", "卜某满"])):
        web = ["某县举办春季招聘会", "4月9日，某县举办春季招聘会，120家企业提供岗位3000余个。", credit,
               "某区召开安全生产会议", "4月9日，某区召开安全生产工作会议，部署近期工作。"]
        print_page = ["本报讯（记者 钟某秀）4月9日，某县举办春季招聘会，120家企业提供岗位3000余个。", credit,
                      "某县举办春季招聘会", "本报讯（记者 黎某）4月9日，某区召开安全生产工作会议。", "某区召开安全生产会议"]
        for paras, reporters in ((web, [names, []]), (print_page, [["钟某秀"] + names, ["黎某"]])):
            articles = split_articles(clean_page("\n".join(paras) + "\n"))
            assert [(a.headline_text, a.reporters) for a in articles] == [
                ("某县举办春季招聘会", reporters[0]), ("某区召开安全生产会议", reporters[1])], paras


def test_a_headline_of_several_short_lines_after_its_article_in_columns():
    # …联控指挥部会议 / / 严密落实防控措施 / / 高效处置疫情: each part a line of its own
    page = ("本报讯（记者 钟某秀）4月2日，省长在某市检查指导疫情防控\n工作，并主持召开会议。\n\n"
            "某省长在某市召开省疫情联防\n联控指挥部会议\n\n严密落实防控措施\n\n高效快速处置疫情\n")
    assert headlines(page) == [
        "某省长在某市召开省疫情联防联控指挥部会议 严密落实防控措施 高效快速处置疫情"]


def test_an_end_note_is_no_part_of_the_headline_after_it():
    page = "本报讯（记者 钟某秀）4月28日，某区召开重点项目工作推进会议。\n（完）\n某区召开重点项目工作推进会议\n"
    assert headlines(page) == ["某区召开重点项目工作推进会议"]


# Print pages: items with no byline and no closing credit, each headline after its text.
SCENE = ["清晨六点，某县某乡的麦田里已是一片繁忙景象，几架植保无人机在田间来回穿梭。",
         "“往年这个时候得背着药桶一垄一垄地打。”种粮大户温某成说，今年他的小麦全部交给合作社统一管护。"]
QUOTE = ["“以前下雨天出门一脚泥，现在家门口就是柏油路。”说起村里的变化，某镇某村村民蔺某芳笑得合不拢嘴。",
         "近年来，某镇累计新改建农村公路四十六公里，实现了村村通硬化路。"]
SINCE = ["今年以来，我市多措并举拓宽就业渠道，截至6月底全市城镇新增就业两万一千余人。",
         "市人社局相关负责人介绍，下一步将继续开展专项招聘活动。"]


def test_a_headline_that_repeats_the_text_before_it_closes_an_item_with_no_byline():
    heads = ["某乡小麦春管用上无人机", "家门口的路通了", "——某镇农村公路建设见闻", "我市上半年新增就业两万余人"]
    paras = SCENE + heads[:1] + QUOTE + heads[1:3] + SINCE + heads[3:]
    for width in (12, 17, 21):
        articles = split_articles(clean_page(columns(*paras, width=width)))
        assert [a.headline_text for a in articles] == [heads[0], " ".join(heads[1:3]), heads[3]], width
        assert [a.paragraphs[0].text[:4] for a in articles] == ["清晨六点", "“以前下", "今年以来"], width


def test_a_headline_its_text_hardly_repeats_closes_it_where_the_next_headline_sums_up_only_what_follows():
    # 夜经济点亮城市烟火气 repeats nothing of its text; 我市上半年新增就业… repeats only the item after it.
    night = ["随着气温回升，某区的夜市重新热闹起来，民主路美食街上人头攒动。",
             "据了解，某区今年新规划夜间消费街区五处。"]
    paras = night + ["夜经济点亮城市烟火气"] + SINCE + ["我市上半年新增就业两万余人"]
    for width in (12, 17, 21):
        articles = split_articles(clean_page(columns(*paras, width=width)))
        assert [a.headline_text for a in articles] == ["夜经济点亮城市烟火气", "我市上半年新增就业两万余人"], width


def test_sub_heads_inside_a_long_article_do_not_close_it():
    numbered = ["上半年，某市坚持以项目建设为抓手，经济运行稳中有进。", "一、项目建设提速增效",
                "该市实行市级领导分包重点项目制度，上半年实施重点项目八十六个。", "二、营商环境不断改善",
                "该市推行企业开办一网通办，企业开办时间压缩至一个工作日。"]
    parallel = ["国企改革三年行动实施以来，我市国有企业在完善治理、激发活力等方面取得明显成效。",
                "聚焦主业 做强实体", "市投资集团剥离非主业资产十二项，集中资源发展两大主业。",
                "完善治理 激发活力", "各市属国企全面推行经理层成员任期制和契约化管理。"]
    bulleted = ["本报讯（记者 甘某燕）连日来，某区政务服务中心推出一系列便民举措。", "■延时服务不打烊",
                "该中心推行午间不休、周末不停服务，累计办理业务三千余件。", "■帮办代办暖人心",
                "该中心组建帮办代办队伍，为老年人提供全程代办服务。"]
    heads = ["坚持项目为王推动高质量发展", "国企改革三年行动见实效", "让群众办事只跑一次"]
    paras = numbered + heads[:1] + parallel + heads[1:2] + bulleted + heads[2:]
    for width in (12, 17, 21):
        articles = split_articles(clean_page(columns(*paras, width=width)))
        assert [a.headline_text for a in articles] == heads, width
        assert [a.paragraphs[0].text[:4] for a in articles] == ["上半年，", "国企改革", "本报讯（"], width


def test_a_sub_head_after_a_scene_opening_or_repeating_the_next_headline_does_not_close_the_article():
    scene = ["天刚蒙蒙亮，老窦就拿起手机，看了看地里的墒情数据。", "数据种田 省心省力",
             "某县推广智慧农业，在田间安装墒情监测设备，种粮大户在手机上就能掌握作物长势，种地更轻松。"]
    repeated = ["今年以来，我市多措并举稳就业，重点群体就业保持稳定。", "多措并举稳就业",
                "市人社局组织开展招聘会五十余场，提供就业岗位三万余个。"]
    heads = ["某县：智慧农业让种地更轻松", "我市多措并举稳就业"]
    for width in (12, 17, 21):
        articles = split_articles(clean_page(columns(*scene, heads[0], *repeated, heads[1], width=width)))
        assert [a.headline_text for a in articles] == heads, width


def test_dotted_minority_names_in_bylines():
    page = ("天山网讯（记者 阿依古丽·买买提 通讯员 王建军）6日，座谈会在县里举行。\n\n"
            "本报讯（记者迪丽娜尔·阿不都热合曼通讯员马晓军）6日，展销会开幕。\n")
    assert reporters_of(page) == [["阿依古丽·买买提", "王建军"], ["迪丽娜尔·阿不都热合曼", "马晓军"]]


def test_a_headline_of_two_phrases_split_by_a_comma_before_a_byline():
    page = "风雨中，子弟兵来了\n本报讯（记者 钟某秀）7月21日夜，某村300余名群众被困，官兵连夜赶赴现场。\n"
    assert headlines(page) == ["风雨中，子弟兵来了"]


def test_a_headline_wider_than_the_column_right_under_its_article():
    # no blank line between the last sentence and the headline: a line wider than any
    # line of the column is no body line
    page = ("　　本报讯（记者江海）昨\n日，市长周明山带领有关部\n门负责人深入北河县调研春\n耕工作。周明山要求，要为\n全年农业丰收打下坚实基础\n，确保粮食播种面积稳定。\n周明山在北河县调研春耕备耕工作\n\n"
            "　　本报讯（记者林青）昨日，全\n市安全生产工作会议召开。\n\n全市安全生产工作会议召开\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["周明山在北河县调研春耕备耕工作", "全市安全生产工作会议召开"]


def test_a_role_right_before_a_name_credits_it_whatever_its_surname():
    page = ("乡村少年宫开放\n\n本报讯（记者 巴雅尔 通讯员 岩罕）日前，乡村少年宫开放。\n\n"
            "社区举办义诊\n\n　　□本报记者 尚云飞 通讯员 郦小敏　5月8日，社区举办义诊。\n\n"
            "春茶开采\n\n本报讯 4月2日，茶农开始采摘春茶。\n　　文/图 记者 温雅 通讯员 禤海波\n")
    articles = split_articles(clean_page(page))
    assert [a.reporters for a in articles] == [["巴雅尔", "岩罕"], ["尚云飞", "郦小敏"], ["温雅", "禤海波"]]


def test_a_web_pages_date_and_source_line_is_no_part_of_the_headline():
    page = "新能源项目落户开发区\n2023-06-29 08:20　来源：某某日报\n某某新闻网讯（记者 田野）6月28日下午，项目签约仪式举行。\n"
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["新能源项目落户开发区"]
    assert articles[0].reporters == ["田野"]


def test_a_profiles_headline_heads_a_feature_with_no_byline():
    page = ("新桥落成通车\n\n本报讯（记者 唐远）昨日，新桥落成通车。\n\n"
            "守桥人的四十年\n——记河口村护桥员一家\n\n每天清晨，老人都要沿着桥面走上一遍。\n（曾 岚）\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["新桥落成通车", "守桥人的四十年 ——记河口村护桥员一家"]
    assert [a.reporters for a in articles] == [["唐远"], ["曾岚"]]
    page = ("一根扁担，挑了三十年\n——记山村邮递员\n"
            "清晨五点，天还没亮，他已经挑着邮包出发了，要翻过两座山，才能把报纸和信件送到最远的村子。\n"
            "三十年来，他走过的山路，加起来足够绕地球好几圈，村里人都说，见到他就知道外面的消息来了。\n")
    assert headlines(page) == ["一根扁担，挑了三十年 ——记山村邮递员"]


def test_headlines_under_their_text_on_a_page_that_prints_others_over_it():
    page = ("城南公园开园\n\n　　本报讯（记者 高原）昨日，城南\n公园正式开园，市民纷纷前来游\n览。\n\n"
            "　　本报讯（记者 周岚）昨日下\n午，市消防支队在化工园区开展\n应急救援综合演练，副市长到场\n观摩并讲评，要求切实保障安全。\n"
            "我市举行危化品泄漏\n事故应急救援演练\n\n"
            "　　本报讯（记者 马骏）9月27\n日，全市农村信用工作会议召开，\n会议部署了下一步工作，全村大\n棚从40个发展到\n（下转第二版②）\n\n"
            "以信用建设助推农民增收\n全市农村信用工作会议召开\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == [
        "城南公园开园", "我市举行危化品泄漏 事故应急救援演练", "以信用建设助推农民增收 全市农村信用工作会议召开"]


def test_a_credit_line_right_over_the_text_after_a_blank_line_opens_the_next_article():
    page = ("县里集中签约8个项目\n　　本报讯（记者 丁一）6月16日\n上午，县里集中签约8个项目，\n总投资46亿元。\n\n"
            "　　县委书记表示，要全程代办，\n保障项目早日落地投产。\n\n文/图 杭晓雪\n　　天刚蒙蒙亮，镇上的快递\n"
            "驿站里已经忙碌起来。40岁的\n快递员常立新把包裹装车。\n\n　　“能让乡亲们少跑腿，我就\n觉得值。”常立新说。\n"
            "乡村快递员：每天百里送件\n\n　　本报讯（记者 丁一）近日，\n好人榜发布。\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["县里集中签约8个项目", "乡村快递员：每天百里送件", None]
    assert [a.reporters for a in articles] == [["丁一"], ["杭晓雪"], ["丁一"]]


def test_a_spaced_byline_whose_last_name_the_column_broke_before_the_date():
    page = "研究会揭牌成立\n本报讯 记者 严晓敏 通讯员 童大龙\n10月24日，研究会成立暨揭牌仪式在县博物馆举行。\n"
    articles = split_articles(clean_page(page))
    assert articles[0].reporters == ["严晓敏", "童大龙"]
    page = "　　□本报记者 凌子宇 6 月 27 日下午，市长冒雨检查防洪堤。\n"
    assert split_articles(clean_page(page))[0].reporters == ["凌子宇"]


def test_a_credit_on_top_closed_by_reporting_before_the_lead():
    page = "交警开展夜查酒驾专项整治\n通讯员 阎立宇 报道 为进一步严厉打击酒驾醉驾，交警大队开展专项整治。\n"
    assert split_articles(clean_page(page))[0].reporters == ["阎立宇"]


def test_on_a_web_page_a_caption_of_the_articles_scene_is_its_photo():
    page = ("鲅鱼圈区集中签约12个项目\n本报讯（记者 于海）6月18日，鲅鱼圈区举行项目集中签约仪式，12个项目现场签约，"
            "总投资86.5亿元，涵盖新能源、高端装备制造等领域。\n图为签约现场。\n记者 富春生 摄\n")
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].reporters == ["于海", "富春生"]


def test_a_headline_with_a_comma_printed_after_its_text_closes_it():
    items = [("本报讯（记者张文）4月9日，全市安全生产工作会议召开，市长王建军出席并讲话。", "全市安全生产工作会议召开"),
             ("4月9日，市委书记刘海涛到某县调研乡村振兴工作，先后来到某村、某合作社。", "刘海涛调研乡村振兴工作，要求推动产业发展"),
             ("4月9日，某县举行重点项目集中开工仪式，32个项目集中开工。", "某县32个项目集中开工"),
             ("4月10日，某镇组织青年志愿者清理河道垃圾，守护一河清水。", "让青春在河畔闪光！")]
    page = "\n\n".join(column_block(text, 12) + "\n\n" + column_block(head, 12) for text, head in items) + "\n"
    assert headlines(page) == [head for _, head in items]


def test_a_web_pages_date_without_a_time_and_its_source():
    page = "滦平县举行防汛抢险应急演练\n2010-06-24来源：某某日报\n本报讯（通讯员 邸立新）6月23日，滦平县举行防汛抢险应急演练。\n"
    assert headlines(page) == ["滦平县举行防汛抢险应急演练"]


def test_a_story_opening_on_someones_words_after_a_headline_in_columns():
    signing = "本报讯（记者林青）昨日上午，我市第三季度重大项目集中签约仪式在市会议中心举行，28个项目集中签约。"
    story = "“凌晨四点半的街道，只有我们和路灯。”说起自己的工作，环卫工人石秀英笑着说。今年56岁的她已经扫了12个年头。"
    page = (column_block(signing, 14) + "\n\n我市第三季度重大项目集中签约\n28个项目总投资216.3亿元\n\n" + column_block(story, 14)
            + "\n（冷晓梅）\n凌晨四点半的守护者\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["我市第三季度重大项目集中签约28个项目总投资216.3亿元", "凌晨四点半的守护者"]


def test_a_note_after_the_last_sentence_closes_the_paragraph_in_columns():
    # `…。（来源：…）` ends the article's text: the headline under it starts the next block
    first = column_block("本报讯（记者柏某某）3月2日，某县举行春季植树活动，干部群众300余人参加。（来源：某某日报2月11日第3版）", 12)
    second = column_block("本报讯 某区召开防汛工作会议，部署今年防汛工作。", 12)
    page = f"{first}\n\n某县干部群众义务植树\n\n{second}\n\n某区部署防汛工作\n"
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["某县干部群众义务植树", "某区部署防汛工作"]


def test_a_page_opening_with_the_rest_of_an_article_takes_the_next_headline_as_before_its_text():
    page = ("（上接第一版②）日子越\n过越红火。随后，某某一\n行看望了老战士。\n\n"
            "某局发布全年经济数据\n\n本报讯（记者 某某）昨\n日上午，某局召开发布会。\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == [None, "某局发布全年经济数据"]


def test_where_a_web_page_sits_and_its_edition_line_are_no_headline():
    for meta in ("某某网 | 首页 > 新闻中心 > 本地新闻", "某某日报网 > 评论 > 本报评论",
                 "某某时报数字报2022年03月08日第02版：要闻", "某某日报　2018年6月13日"):
        page = f"{meta}\n\n某县举行植树活动\n\n本报讯（记者 某某）昨日，某县干部群众参加植树。\n"
        assert headlines(page) == ["某县举行植树活动"], meta


def test_a_web_headline_opening_on_its_day_and_a_comma():
    page = "9月26日，某市秋季37个重大项目集中开工\n总投资186亿元\n\n本报讯（记者 某某）上午9时，开工仪式举行。\n"
    assert headlines(page) == \
        ["9月26日，某市秋季37个重大项目集中开工 总投资186亿元"]


def test_a_photo_credit_closing_a_web_page_keeps_the_last_paragraph_with_the_article():
    page = ("某市长会见某国代表团\n\n本报讯（记者 某某）6月12日上午，市长在市政府会见了某国某州副州长率领的代表团一行，"
            "双方就推进口岸建设、跨境旅游和教育合作等事宜进行了交流。\n\n"
            "副市长某某某，市外事办主任某某某等参加会见。\n\n实习生 某某 摄\n")
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].paragraphs[-2].text.startswith("副市长")


MIXED_PAGE_TEXT = column_block("本报讯（记者 某某）2月21日，副省长某某某来我市调研煤层气产业发展工作。", 13)


def test_a_page_that_prints_one_headline_after_its_text_and_the_next_over_its_text():
    second = column_block("本报讯 2月23日下午，市长某某某参加某县代表团讨论。", 13)
    page = (f"{MIXED_PAGE_TEXT}①3\n\n某某某在我市调研时强调\n加快煤层气产业发展\n\n"
            f"某某某参加某县代表团讨论\n\n{second}\n（某 某 某某某）\n")
    assert headlines(page) == \
        ["某某某在我市调研时强调 加快煤层气产业发展", "某某某参加某县代表团讨论"]


def test_the_headline_between_an_article_and_the_next_one_s_end_headline_is_the_first_s():
    brief = column_block("日前，从市统计局获悉，今年1月份全市经济运行开局平稳，工业增加值增长14.6%。", 13)
    third = column_block("本报讯 记者 某某 2月28日，市长某某某到某县调研春季农业生产。", 13)
    page = (f"某某某来我市调研\n\n{MIXED_PAGE_TEXT}①3\n\n{brief}①3\n\n全市经济运行开局平稳\n\n"
            f"{third}（下转第二版①）\n\n某某某到某县调研春季农业生产\n")
    assert headlines(page) == \
        ["某某某来我市调研", "全市经济运行开局平稳", "某某某到某县调研春季农业生产"]


def test_the_rest_of_an_article_from_another_page_takes_no_headline_over_it():
    rest = column_block("（上接第一版）代表们一致认为，报告总结成绩客观实在。", 13)
    honours = column_block("本报讯（记者 某某）1月9日上午，全市道德模范表彰大会举行。", 13)
    page = f"某某某来我市调研\n\n{MIXED_PAGE_TEXT}①3\n\n{honours}①3\n\n我市隆重表彰道德模范\n\n{rest}\n"
    assert headlines(page) == \
        ["某某某来我市调研", "我市隆重表彰道德模范", None]


def test_a_two_character_name_spaced_to_a_three_s_width_in_a_byline():
    page = "某某召开座谈会\n\n本报讯 记者 付 某 通讯员\n晁某某 3 月 16 日下午，市\n政府召开企业家座谈会。\n"
    assert split_articles(clean_page(page))[0].reporters == ["付某", "晁某某"]


def test_names_read_inside_a_credit_line_are_no_people_of_the_story(tmp_path):
    from graph_builder.pipeline import extract_one

    text = column_block("本报讯 昨日，县长陈建华带队督导检查安全生产工作。城阳街道党工委书记高志远陪同检查。", 13)
    page = tmp_path / "credit.txt"
    page.write_text(f"{text}\n（宋 凯 马晓雯）\n\n陈建华督导检查安全生产工作\n", encoding="utf-8")
    article = extract_one(page).articles[0]
    assert article.reporters == ["宋凯", "马晓雯"]
    assert {p.name for p in article.persons} == {"陈建华", "高志远"}


def test_one_step_from_a_news_site_into_its_section_is_no_headline():
    from graph_builder.clean import is_web_page_meta
    assert is_web_page_meta("某某新闻网>本地要闻") and is_web_page_meta("某某网 > 首页")
    assert not is_web_page_meta("GDP>5%") and not is_web_page_meta("甲>乙")


def test_a_note_that_the_page_compiled_its_items_is_no_headline():
    from graph_builder.clean import is_headline_like
    assert not is_headline_like("本版综合") and is_headline_like("某县举行植树活动")


def test_a_comma_headline_on_top_of_a_web_feature_with_no_byline():
    page = ("某某网 > 新闻中心 > 社会民生\n\n凌晨五点的县城，他们最早醒来\n\n来源：某某日报　　发布时间：2023-07-24 09:30\n\n"
            "　　凌晨4点50分，天还没亮透，环卫工人朱某英已经推着保洁车走上街头，一扫帚一扫帚地清扫着路面。她说，干这行已经十二年了，每天最早醒来的就是她们这些人。\n")
    assert headlines(page) == ["凌晨五点的县城，他们最早醒来"]


def test_credit_lines_on_top_after_a_bullet_or_the_outlet_with_ideographic_spaces():
    for line, names in (("□记者 贾某蝶　通讯员 武某鸥 文/图", ["贾某蝶", "武某鸥"]),
                        ("某某日报全媒体记者 阳某晖　通讯员 邝敏", ["阳某晖", "邝敏"]),
                        ("YMG全媒体记者 由某丽　通讯员 栾某江", ["由某丽", "栾某江"]),
                        ("本报记者 韦某丹　本报通讯员 牛建设", ["韦某丹", "牛建设"])):
        page = (f"某地一季度经济运行开局平稳\n\n　　{line}\n\n　　记者昨天从市统计局获悉，一季度，全市实现地区生产总值"
                "1980亿元，同比增长6.6%，经济运行开局平稳、稳中有进，主要指标好于预期。\n")
        article = split_articles(clean_page(page))[0]
        assert (article.headline_text, article.reporters) == ("某地一季度经济运行开局平稳", names), line


def test_the_browser_s_page_title_and_a_paper_day_and_page_line_are_no_headline():
    from graph_builder.clean import is_web_page_meta
    assert is_web_page_meta("某某会见某某集团客商_焦作网") and is_web_page_meta("江门日报2011年11月09日A01")


def test_two_headlines_between_articles_the_first_printed_after_its_text():
    first = column_block("本报讯 记者 某某 5月15日上午，某街道举行助残志愿服务活动。", 13)
    second = column_block("5月14日傍晚，某区一名老人不慎落水，快递员跳河将其救起。", 13)
    page = (f"某市与某大学签署合作协议\n\n{column_block('本报讯（记者 某某）5月16日下午，某市与某大学签署协议。', 13)}\n\n"
            f"{first}\n\n邻里一家亲 助残暖人心\n\n快递小哥跳河勇救落水老人\n\n□记者 宗某光 实习生 柴某玥\n{second}\n")
    assert headlines(page) == \
        ["某市与某大学签署合作协议", "邻里一家亲助残暖人心", "快递小哥跳河勇救落水老人"]


def test_a_scene_caption_run_on_from_the_text_in_columns_is_the_article_s_photo():
    text = column_block("本报讯（记者 某某）6月27日上午，我市首届“最美环卫工人”颁奖仪式举行，十名环卫工人受表彰。", 13)
    page = f"{text}\n图为颁奖现场。\n本报记者 范某东 摄\n\n我市首届“最美环卫工人”揭晓\n"
    articles = split_articles(clean_page(page))
    assert len(articles) == 1 and articles[0].reporters == ["某某", "范某东"]


def test_a_web_page_s_controls_its_day_header_and_section_are_no_headline():
    from graph_builder.clean import is_web_page_meta
    for line in ("【字号：大中小】【打印】【关闭】", "分享到：微信微博QQ空间", "上一篇：我市启动三夏生产工作",
                 "某县融媒2025年10月19日08:12河南", "2018年6月29日星期五", "要闻"):
        assert is_web_page_meta(line), line
    assert not is_web_page_meta("2018年6月29日市委召开会议")


def test_a_commentary_s_subtitle_and_credit_under_its_headline():
    page = ("让“花牛”红遍四方\n——论做大做强某地苹果产业\n\n本报评论员\n\n"
            "金秋时节，走进某地的果园，满树“花牛”红艳艳、沉甸甸，果农脸上洋溢着丰收的喜悦，今年全市苹果产量再创新高。\n")
    articles = split_articles(clean_page(page))
    assert [a.headline_text for a in articles] == ["让“花牛”红遍四方 ——论做大做强某地苹果产业"]


def test_a_markdown_lead_in_over_its_title_and_a_subtitle_with_a_comma():
    body = "\n\n本报讯（记者 某某）8月9日，市委书记某某某冒雨赴某地，检查防台工作，看望慰问一线人员和转移群众。\n"
    assert headlines("# 某某某在某地检查防台工作时强调\n\n## 全力以赴迎战台风 确保群众生命安全" + body) == \
        ["某某某在某地检查防台工作时强调 全力以赴迎战台风确保群众生命安全"]
    assert headlines("# 某区：细化创建标准\n\n## 全国文明城市创建工作推进会召开" + body) == ["全国文明城市创建工作推进会召开"]
    assert headlines("前10个月某市进出口总值超5100亿元\n同比增长17.3%，对东盟进出口占比过半" + body) == \
        ["前10个月某市进出口总值超5100亿元 同比增长17.3%，对东盟进出口占比过半"]


def test_more_lines_of_a_web_page_s_frame():
    from graph_builder.clean import is_web_page_meta
    for line in ("某某网|首页|某某新闻|县区动态|图片新闻|专题", "上一版 下一版 PDF下载", "A01：要闻", "某某网-某某日报>社会民生",
                 "某某网某县频道>正文", "某某新闻网", "某某新闻网 2010年07月16日【字体：大 中 小】", "[打印本页] [关闭窗口]",
                 "某某新闻网 2015年05月21日 来源：某某日报", "某某融媒体中心　2020-04-24 17:32"):
        assert is_web_page_meta(line), line
    for line in ("全市大气污染治理动员会召开", "某某网：全市动员", "我市召开会议"):
        assert not is_web_page_meta(line), line


def test_a_comma_headline_quoting_a_word_over_a_profile_s_subtitle():
    page = ("某某网-某某日报 > 社会民生\n2016年12月22日 09:15　　来源：某某日报\n\n凌晨四点半，她和扫帚一起“醒来”\n"
            "——记环卫工人邢某兰\n\n文/图 本报记者 宁某\n\n　　冬日的凌晨四点半，解放路上路灯昏黄，行人稀少。一身橘黄色工作服的"
            "邢某兰已经推着保洁车出了门，开始一天的清扫。\n")
    assert headlines(page) == ["凌晨四点半，她和扫帚一起“醒来” ——记环卫工人邢某兰"]


def test_a_headline_of_three_lines_a_lead_in_a_title_and_a_subtitle_in_columns():
    text = column_block("本报讯（记者 某某）昨天上午，某市政府与某大学签署全面战略合作协议，双方将共建研究院。", 15)
    page = f"{text}\n\n深化校地合作 助推产业升级\n某市政府与某大学签署全面战略合作协议书\n共建某大学某市研究院\n"
    assert headlines(page) == ["深化校地合作助推产业升级某市政府与某大学签署全面战略合作协议书共建某大学某市研究院"]


def test_a_headline_under_its_column_s_name_in_brackets():
    from graph_builder.clean import is_headline_like
    assert is_headline_like("【最美基层人】乡村医生某某国：四十年守护乡亲健康")
    assert not is_headline_like("【记者 张三】") and not is_headline_like("【新华社北京3月5日电】某某")


def test_a_scene_caption_or_a_closing_photo_credit_in_columns_stays_with_the_article():
    body = column_block("本报讯（记者 某某）6月28日上午，某区举行重点项目集中签约仪式，12个项目现场签约，总投资86.5亿元。", 12)
    assert len(split_articles(clean_page(f"{body}\n\n图为签约现场。\n\n记者 富某诚 摄\n"))) == 1
    paragraphs = "\n\n".join(column_block(t, 12) for t in (
        "本报讯（记者 某某）6月12日上午，市长在市政府会见了某国某州副州长率领的代表团一行。",
        "市长对代表团一行表示欢迎，希望双方深化能源、农业、旅游等领域合作。",
        "副州长表示，愿与我市一道，在扩大农产品贸易、开展青少年交流等方面加强协作。",
        "副市长于某涛，市外事办主任毛某琴等参加会见。"))
    article = split_articles(clean_page(f"{paragraphs}\n\n实习生 高某 摄\n"))
    assert len(article) == 1 and article[0].reporters == ["某某", "高某"]


def test_a_credit_on_top_whose_role_word_the_column_broke():
    page = "某县调研防汛工作\n\n□本报记者 符某川 通讯\n员 彭某　6月22日至2\n3日，县委书记上官某\n涛冒雨调研防汛工作。\n"
    assert split_articles(clean_page(page))[0].reporters == ["符某川", "彭某"]


def test_a_menu_of_the_paper_s_sites_and_sections_run_together():
    from graph_builder.clean import is_web_page_meta
    for line in ("某某网某某日报某某晚报某某网视数字报", "某某网首页时政民生县区文旅网视专题",
                 "某某日报数字报 上一期 下一期 往期回顾 版面导航 第02版：综合新闻", "某某新闻网 中文|조선어|日本語"):
        assert is_web_page_meta(line), line
    assert not is_web_page_meta("某某日报社召开会议")


def test_the_site_s_name_and_its_navigation_and_a_column_name_alone():
    from graph_builder.clean import is_web_page_meta
    for line in ("某某网 | 首页 新闻 政务 县区 民生 专题 数字报 某某日报客户端", "某某日报客户端 ＜返回 分享", "某某日报数字报",
                 "【防汛救灾 某地在行动】"):
        assert is_web_page_meta(line), line
    for line in ("某某日报社召开职工大会", "【记者 张三】", "【新华社北京3月5日电】"):
        assert not is_web_page_meta(line), line


def test_the_credit_in_a_web_pages_frame_and_a_countys_news_head():
    page = ("某某新闻网 > 新闻 > 本地要闻\n\n县里召开防汛工作会议\n\n"
            "发布时间：2022-06-18 09:12　来源：某某日报　作者：记者 柯青松 通讯员 甘小禾　字号：大 中 小\n\n"
            "　　6月17日，县里召开防汛工作会议。\n")
    assert reporters_of(page) == [["柯青松", "甘小禾"]]
    assert reporters_of("宁丰讯（融媒体记者 卓立新）3月2日，县里举行仪式。\n") == [["卓立新"]]
    page = ("县里召开防汛工作会议\n\n发布时间：2015-09-12 08:41:06 | 来源：某某日报 | 记者：柯晓娟\n\n"
            "　　9月11日，县里召开防汛工作会议，总结前一阶段防汛工作，安排部署下一阶段重点任务。县长甘立新出席会议并讲话。\n\n"
            "　　会议要求，各乡镇各部门要压实责任，加强巡查，确保安全度汛。\n")
    assert reporters_of(page) == [["柯晓娟"]]
    assert headlines("县政府召开常务会议\n\n2024-03-12　某某日报\n\n　　3月11日，县政府召开常务会议。\n") \
        == ["县政府召开常务会议"]


def test_a_name_written_with_another_dot_in_a_byline():
    page = "本报讯（记者 韦小川 阿依古丽•吐尔逊）9月10日，调研组深入乡村。\n"
    assert reporters_of(page) == [["韦小川", "阿依古丽•吐尔逊"]]


def test_an_item_without_byline_run_on_from_the_article_before_takes_its_headline_under_it():
    page = ("某法院公开审理一起诈骗案\n\n本报讯（记者 韦小川）本月12日，市中级人民法院公开开庭\n"
            "审理一起集资诈骗案，百余名群众旁听。\n　　据了解，今年以来，全市法院院庭长已\n主审案件1600余件。\n\n"
            "日前，市委督查室组成暗访组，对\n12个窗口单位的工作作风进行了暗\n访，发现个别工作人员脱岗离岗。\n"
            "　　针对暗访发现的问题，市委督查\n室已下发督办通知。\n\n（柯小禾 甘立）\n\n"
            "市委督查室开展窗口单位作风暗访\n\n“运河记忆”文物展开展\n\n"
            "本报讯（记者 卓文）3 月上旬，“运\n河记忆”文物展在市博物馆开展。\n")
    arts = split_articles(clean_page(page))
    assert [a.headline_text for a in arts] == ["某法院公开审理一起诈骗案", "市委督查室开展窗口单位作风暗访",
                                               "“运河记忆”文物展开展"]
    assert [a.reporters for a in arts] == [["韦小川"], ["柯小禾", "甘立"], ["卓文"]]


def test_headlines_between_articles_go_to_the_text_whose_words_they_repeat():
    page = ("本报讯（记者 韦小川）昨日上午，市委理论\n学习中心组举行集体学习，专题学习\n全会精神。市委书记柯长青主持。\n①3\n\n"
            "市委理论学习中心组举行集体学习\n\n舞阳县举行危化品泄漏应急演练\n\n"
            "本报讯（通讯员 甘文博）近日，一场\n危化品泄漏事故应急演练在舞阳县\n一家化工企业展开。副县长卓立\n担任演练总指挥。\n\n"
            "应急演练莫成“演戏”\n\n"
            "□本报评论员\n　　应急演练，本是检验预案、锻炼\n队伍的重要手段，演练不能成了“演戏”。\n")
    assert headlines(page) == ["市委理论学习中心组举行集体学习", "舞阳县举行危化品泄漏应急演练",
                               "应急演练莫成“演戏”"]


def test_a_headline_printed_across_columns_ends_at_the_blank_line_under_it():
    page = ("本报讯（记者 韦小川）4月8日，州委书\n记柯春林深入边境乡镇调研。他强调，\n要巩固边境地区和谐稳定。\n\n"
            "柯春林在勐腊县调研时强调\n建设民族团结进步示范区 促进边境繁荣稳定\n\n"
            "州人民医院专家进村义诊\n\n本报讯 4月10日，州人民医院组织\n12名专家走进村寨开展义诊。\n")
    assert [h.replace(" ", "") for h in headlines(page)] == ["柯春林在勐腊县调研时强调建设民族团结进步示范区促进边境繁荣稳定",
                                                           "州人民医院专家进村义诊"]


def test_a_sites_sections_apart_by_bars_are_its_frame():
    page = ("中国某某|某某新闻|县市区动态\n\n市领导到安县检查灾后重建工作\n\n"
            "　　3月5日，市领导到安县检查灾后重建工作，要求加快推进项目建设，确保群众早日住进新房。\n")
    assert headlines(page) == ["市领导到安县检查灾后重建工作"]


def test_a_headline_after_the_rest_of_a_jumped_article_opens_the_next_one():
    page = ("（上接第一版）“以前在外打工，一年到头见\n不着家人。”村民柯亮说。\n　　如今，该村已建成民宿12家。\n\n"
            "“爱心剪”一剪就是八年\n\n"
            "每周三上午，某社区的便民服务站里\n总是格外热闹，志愿者甘红英早早就\n摆好了“摊子”。\n\n（卓瑞 韦晓）\n")
    arts = split_articles(clean_page(page))
    assert [a.headline_text for a in arts] == [None, "“爱心剪”一剪就是八年"]
    assert arts[1].reporters == ["卓瑞", "韦晓"]


def test_frame_credits_with_roles_apart_and_authors_with_no_role():
    body = ("　　9月11日，县里召开防汛工作会议，总结前一阶段防汛工作，安排部署下一阶段重点任务。县长甘立新出席会议并讲话。\n\n"
            "　　会议要求，各乡镇各部门要压实责任，加强巡查，确保安全度汛。\n")
    two_roles = "县里召开防汛工作会议\n\n来源：某某日报　　作者：记者 柯佳恬　通讯员 卓伟东　　发布时间：2012-02-24 07:52\n\n"
    authors = "凌晨五点的县城，他们最早醒来\n\n来源：某某日报　　作者：韦晓燕　甘帆　　发布时间：2023-07-24 09:10\n\n"
    assert reporters_of(two_roles + body) == [["柯佳恬", "卓伟东"]]
    assert reporters_of(authors + body) == [["韦晓燕", "甘帆"]]
    assert headlines(authors + body) == ["凌晨五点的县城，他们最早醒来"]


def test_a_governments_site_and_a_papers_page_header_are_the_frame():
    body = "\n\n　　9月7日至8日，县人大常委会组织人大代表视察重点项目建设，察看了12个项目的建设进展，听取了有关情况汇报。\n"
    for frame in ("某某县人民政府", "某某县人民政府门户网站", "某某日报 第A01版：要闻 上一篇下一篇", "某某新闻网→新闻中心→本地新闻",
                  "某某日报\n2015年12月28日　星期一\n第A01版：要闻\n\n上一篇　　下一篇"):
        assert headlines(frame + "\n\n县人大常委会组织人大代表视察重点项目建设" + body) == ["县人大常委会组织人大代表视察重点项目建设"]


def test_a_dated_credited_caption_under_an_article_is_its_own_and_a_pages_header_is_frame():
    page = ("某某日报\n2013年6月18日　星期二\n3　综合新闻\n\n公共自行车系统下月试运行\n\n"
            " 本报讯（记者韦小川）记者从昨天召开的推进\n会上获悉，市区首批公共自行车服务站\n点将于7月上旬建成。\n"
            "副市长柯建平出席会议并讲话。\n\n"
            " 6月16日，某县某村，果农甘雪琴在自家\n杨梅林里采摘东魁杨梅。\n　本报记者　卓超　摄\n")
    arts = split_articles(clean_page(page))
    assert [a.headline_text for a in arts] == ["公共自行车系统下月试运行", None]
    assert [a.reporters for a in arts] == [["韦小川"], ["卓超"]]


def test_a_column_line_left_open_is_no_headline():
    page = ("本报讯（记者 甘雨桐）6月5日上午，某市防汛\n突击队授旗仪式在江堤举行。副市长\n柯建湘向突击队授旗。\n\n"
            "在某某街道，“红马甲”们为\n\n辖区40余户独居老人送去了蔬\n菜和药品。\n\n十支防汛突击队授旗出征\n")
    arts = split_articles(clean_page(page))
    assert [a.headline_text for a in arts] == ["十支防汛突击队授旗出征"]
    assert "“红马甲”们为辖区40余户" in "".join(p.text for p in arts[0].paragraphs)


def test_a_headline_may_end_on_what_it_is_and_a_date_named_opens_an_item():
    page = ("日子是一碗一碗煮出来的\n\n来源：某某日报　2022-08-15\n\n"
            "　　近日，记者走进一家米线馆，店里已经坐满了食客。老板娘甘秀英在灶台前忙个不停。\n")
    assert headlines(page) == ["日子是一碗一碗煮出来的"]
    two = ("本报讯（记者 甘雨桐）6月5日上午，某市防汛\n突击队授旗仪式在江堤举行。副市长\n柯建湘向突击队授旗。\n\n"
           "防汛突击队授旗出征\n\n\n志愿红闪耀街头巷尾\n某区开展“学雷锋”志愿服务活动\n\n"
           "3月5日是第57个“学雷锋\n纪念日”。当天，某区1200余\n名志愿者走进社区。（卓宇航）\n")
    arts = split_articles(clean_page(two))
    assert [a.headline_text for a in arts] == ["防汛突击队授旗出征", "志愿红闪耀街头巷尾某区开展“学雷锋”志愿服务活动"]


def test_a_comma_headline_with_its_dash_subtitle_after_a_sentence_heads_the_byline_under_it():
    page = ("本报讯（记者 甘雨桐）9月26日上午，全国安全生产电视电话会\n议召开，我市在分会场组织收听收看。\n\n"
            "明年起，城乡居民门诊慢特病报销比例提高\n——市人社局相关负责人解读我市医保新政\n\n"
            "本报讯（记者 卓晓彤）记者近日从市人社局获悉，从明年1月1日起，我市将调整城乡居民门诊慢特病政策。\n")
    arts = split_articles(clean_page(page))
    assert arts[1].headline_text.startswith("明年起，城乡居民门诊慢特病报销比例提高")
    assert arts[1].reporters == ["卓晓彤"]


def test_a_papers_page_header_with_the_weekday_and_page_is_frame():
    page = ("某某日报　2015年5月11日　星期一　A2　要闻\n\n全市第二批重点项目集中开工\n\n"
            "　　本报讯（记者 甘雨桐）5月10日，全市第二批重点项目集中开工仪式举行。\n")
    assert headlines(page) == ["全市第二批重点项目集中开工"]


def test_a_credit_line_of_text_and_photo_with_an_ideographic_space():
    page = ("返乡青年带回新业态\n\n文/某某日报记者 冼丽婷 通讯员 揭健　图/揭健\n\n"
            "近日，记者走进某镇某村，只见青砖黛瓦的古民居错落有致。\n")
    assert reporters_of(page) == [["冼丽婷", "揭健"]]


def test_a_government_sites_controls_and_browser_title_are_frame():
    body = "\n\n　　3月31日，县委副书记甘德润到某乡督导检查森林防火工作，察看了重点林区卡口。\n"
    for frame in ("字体：【大】【中】【小】", "【大】【中】【小】", "字号：[ 大 中 小 ]　　打印本页　　关闭窗口",
                  "【我要打印】【关闭】", "某某县人民政府_政务动态_甘德润督导检查森林防火工作"):
        page = "甘德润督导检查森林防火工作\n\n" + frame + body
        assert headlines(page) == ["甘德润督导检查森林防火工作"], frame


def test_the_frames_author_and_editors_over_the_text_and_writers_at_its_end():
    body = "\n\n　　近年来，某县坚持把选派驻村第一书记作为抓党建促乡村振兴的重要举措，推动人才、资源、政策向基层集聚。\n"
    top = "某县：选好用好驻村第一书记\n\n发布时间：2023-05-22 17:40　　来源：某县融媒体中心　　作者：蒲俊杰　　浏览次数：\n编辑：李佳　　审核：何川"
    arts = split_articles(clean_page(top + body))
    assert [(a.headline_text, a.reporters) for a in arts] == [("某县：选好用好驻村第一书记", ["蒲俊杰"])]
    assert reporters_of("某乡开展森林防火演练\n\n【发布时间：2019-11-08 10:35】【来源：某县融媒体中心】【作者：马海日体】" + body) \
        == [["马海日体"]]
    assert reporters_of("某乡开展森林防火演练" + body + "\n撰稿：于晓宇　　审核：郎瑞峰\n") == [["于晓宇"]]
    assert reporters_of("某乡开展森林防火演练" + body + "\n（某某镇　黄晓琳）\n") == [["黄晓琳"]]


def test_page_headers_with_the_weekday_and_a_dotted_section_are_frame():
    body = "\n\n本报讯（记者 甘雨桐）9月25日上午，某某旅游节在\n景区开幕。副市长柯建湘出席。\n"
    for header in ("某某日报　2010年9月26日　星期日　第三版　某某新闻　责任编辑　卓晓丽",
                   "2013年8月27日　星期二　某某日报　县域新闻", "2013年10月23日　星期三　　某某日报　　3\n经济·开放"):
        assert headlines(header + "\n\n山水盛会迎宾朋" + body) == ["山水盛会迎宾朋"], header


def test_headlines_with_a_comma_subtitle_after_a_jump_and_over_the_next_byline():
    page = ("本报讯（记者 甘雨桐）5月17日上午，全市银企对接洽谈会\n在市会展中心召开。各级各部门要着\n"
            "力构建银企合作长效机制，（下转\n第二版）\n\n"
            "我市举办银企对接洽谈会\n现场签约贷款项目112个，金额86.5亿元\n\n"
            "总投资20亿元\n某国际物流园项目在某县开工\n\n"
            "本报讯 5 月 16 日上午，某国际物流园项\n目在某工业园区开工奠基。\n")
    assert headlines(page) == ["我市举办银企对接洽谈会 现场签约贷款项目112个，金额86.5亿元",
                               "总投资20亿元 某国际物流园项目在某县开工"]
    across = ("2013年10月23日　星期三　某某日报　3\n\n某某新能源汽车传动部件项目签约落户某市\n"
              "总投资1.5亿欧元，达产后年销售收入可达30亿元\n\n本报讯（记者 甘雨桐 通讯员\n 卓雯）10 月 22 日下\n"
              "午，某集团新能源汽车传动部件项\n目签约仪式在开发区举行。\n")
    assert headlines(across) == ["某某新能源汽车传动部件项目签约落户某市 总投资1.5亿欧元，达产后年销售收入可达30亿元"]


def test_an_official_notice_under_its_title_opens_on_its_addressees():
    page = ("市人大常委会开展述职评议\n\n　　本报讯（记者 甘雨桐）2 月 27 日\n上午，市人大常委会举行第二次全体\n会议，听取两名局长的履职情况报\n"
            "告。\n　　据悉，这是本届市人大常委会首次\n对政府组成部门负责人开展述职评\n议。\n\n"
            "某市妇女联合会\n关于表彰2018年度某市三八红旗手\n和三八红旗集体的决定\n\n"
            "　　各县（市）、区妇联，市直各单位妇\n委会：\n　　2018 年，全市广大妇女积极投身经\n济社会发展主战场，建功立业。\n")
    arts = split_articles(clean_page(page))
    assert len(arts) == 2 and arts[1].headline_text.startswith("某市妇女联合会")


def articles_of(tmp_path, text: str):
    """The articles extracted from a page of the given text."""
    from graph_builder.pipeline import extract_one

    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return extract_one(page).articles


def test_the_list_of_people_under_an_article_is_its_own_with_their_units_and_posts(tmp_path):
    articles = articles_of(tmp_path, "　　3月5日上午，某县志愿服务先进典型表彰大会在县文化广场举行。县委副书记、县长龚立衡出席并讲话。\n\n"
                           "附：某县“十佳志愿者”名单\n（排名不分先后）\n\n卜东海（县公安局交警大队）\n韦红英（某镇某社区）\n"
                           "滕秀兰（县人民医院护士）\n柏建中（县第一中学）\n\n来源：某县融媒体中心\n")
    assert len(articles) == 1
    found = {p.name: p.titles for p in articles[0].persons}
    assert {"卜东海", "韦红英", "柏建中"} <= set(found) and found["滕秀兰"] == ["县人民医院护士"]


def test_a_list_of_prizes_a_line_each_stays_in_the_article_over_its_credits(tmp_path):
    articles = articles_of(tmp_path, "某县篮球联赛总决赛落幕\n\n" + "7月29日晚，某县首届篮球联赛总决赛在县全民健身中心鸣哨开赛，现场观众呐喊助威。\n\n" * 3
                           + "本届联赛获奖名单\n\n冠军：某镇代表队\n亚军：某乡代表队\n最有价值球员：卜浩然（某镇）\n"
                             "最佳教练员：韦建军（某乡）\n\n来源：某县融媒体中心\n记者：滕文博　柏晓萌\n编辑：某某\n")
    assert len(articles) == 1 and articles[0].headline == "某县篮球联赛总决赛落幕"
    assert {"卜浩然", "韦建军"} <= {p.name for p in articles[0].persons}
    assert articles[0].reporters == ["滕文博", "柏晓萌"]


def test_a_table_of_units_and_the_people_they_sent_names_the_people_not_the_credits(tmp_path):
    articles = articles_of(tmp_path, "某县表彰技能人才\n\n" + "12月27日上午，某县技能人才表彰大会召开，县领导为受表彰人员颁发证书。\n\n" * 2
                           + "　　获得“某县工匠”称号的同志是：\n\n　　县鑫达电子陶瓷有限公司　卜庆华\n　　县农机事务中心　　　　韦新民\n"
                             "　　县人民医院　　　　　　滕　洁\n　　县第一建筑工程公司　　柏铁军\n\n一审：冉晓茜\n二审：韩云龙\n")
    names = {p.name for a in articles for p in a.persons}
    assert {"卜庆华", "韦新民", "滕洁", "柏铁军"} <= names and not names & {"冉晓茜", "韩云龙"}


def test_the_profiles_of_a_web_pages_list_of_honours_are_parts_of_one_article(tmp_path):
    articles = articles_of(tmp_path, "某县第三季度“某县好人”榜发布\n\n　　近日，经群众推荐、县文明委审核，5人入选第三季度“某县好人”榜。\n\n"
                           "【助人为乐】韦玉兰：二十年如一日照料孤寡老人\n\n　　韦玉兰是某镇某村的一名普通农村妇女，二十年照料同村老人。\n\n"
                           "【见义勇为】滕振东：跳入冰冷河水勇救落水儿童\n\n　　今年8月21日傍晚，外卖骑手滕振东在湖边送餐时救起落水男孩。\n\n"
                           "编辑：某某\n初审：方晓园\n复审：吴梦雪\n\n阅读 3026　在看 86\n")
    articles = [a for a in articles if a.persons]
    assert len(articles) == 1 and articles[0].headline == "某县第三季度“某县好人”榜发布"
    assert {p.name for p in articles[0].persons} == {"韦玉兰", "滕振东"}


def test_an_honours_list_of_indented_lines_is_text_and_its_people_keep_their_posts(tmp_path):
    from graph_builder.pipeline import extract_one

    items = "".join(f"　　{name} {post}\n" for name, post in [
        ("甘雅丽", "焦作市中心医院产科主任"), ("柯淑敏", "辉县市拍石头乡椿树沟村党"), ("", "支部书记"),
        ("卓文静", "新乡学院外国语学院副教授"), ("宰秋菊", "新乡市牧野区王村镇小冀村党"), ("", "支部书记"),
        ("库丽君", "新乡市环境监测站高级工程师"), ("牧丽萍", "新乡市第一中学教师"), ("祁玉兰", "封丘县应举镇树莓种植户")]
    ).replace("　　 ", "")
    page = tmp_path / "honours.txt"
    page.write_text("某市妇女联合会关于表彰三八红旗手的决定\n\n　　各县（市）、区妇联，市直各单位妇\n委会：\n"
                    "　　市妇联决定，授予甘雅丽等7名同志\n“某市三八红旗手”称号。\n\n　　某市妇女联合会\n"
                    "　　2019 年 3 月 4 日\n　　某市三八红旗手名单（7 名）\n" + items, encoding="utf-8")
    articles = extract_one(page).articles
    assert len(articles) == 1
    found = {p.name: p.titles for p in articles[0].persons}
    assert found["甘雅丽"] == ["焦作市中心医院产科主任"] and found["柯淑敏"] == ["辉县市拍石头乡椿树沟村党支部书记"]
    assert found["宰秋菊"] == ["新乡市牧野区王村镇小冀村党支部书记"] and found["祁玉兰"] == ["封丘县应举镇树莓种植户"]
    assert set(found) == {"甘雅丽", "柯淑敏", "卓文静", "宰秋菊", "库丽君", "牧丽萍", "祁玉兰"}


def test_an_item_opening_at_dawn_and_the_hour_after_its_headline_is_its_own():
    page = ("本报讯（记者 甘雨桐）8月3日，市长柯东升\n深入某县调研灾后重建工作。\n\n"
            "环卫工人拾金不昧\n2.3万元现金物归原主\n\n"
            "　　8月2日清晨5时许，某区环\n卫工人卓玉梅在路边发现一个手\n提包。\n\n　　（沙志强 卢晓冉）\n")
    arts = split_articles(clean_page(page))
    assert [a.reporters for a in arts] == [["甘雨桐"], ["沙志强", "卢晓冉"]]
    assert arts[1].headline_text.startswith("环卫工人拾金不昧")


def test_a_profiles_headline_under_it_then_the_next_articles_headline():
    page = ("本报记者 甘晓岚\n　　清晨6点，天刚蒙蒙亮，乡村医生卓秀英就背\n起药箱出了门。她在这条山路上走了二十\n"
            "年。\n\n山沟里的“背包医生”\n——记某镇某村乡村医生卓秀英\n\n我县举办食用菌种植技术培训班\n\n"
            "　　本报讯（通讯员 甘瑞岭）4月9日至11日，\n县农业局举办食用菌种植技术培训班。\n")
    assert headlines(page) == ["山沟里的“背包医生”——记某镇某村乡村医生卓秀英", "我县举办食用菌种植技术培训班"]


def test_the_authors_name_alone_under_a_headline_is_the_byline_not_the_headline(tmp_path):
    from graph_builder.pipeline import extract_one

    page = tmp_path / "web.txt"
    page.write_text("市政协召开十届二十次常委会议\n\n郝明远\n\n　　本报讯 6月3日，市政协召开十届二十次常委会议，"
                    "市政协主席韦志刚主持会议并讲话。\n　　会议听取了有关情况汇报。\n", encoding="utf-8")
    (article,) = extract_one(page).articles
    assert article.headline == "市政协召开十届二十次常委会议" and article.reporters == ["郝明远"]
    assert [(p.name, p.participant) for p in article.persons] == [("韦志刚", True)] and article.date_text == "6月3日"
    # in columns a headline's last line may be name-shaped (邻里相聚送 / 祝福): not set apart, it stays
    assert headlines("百岁老人过生日邻里相聚送\n祝福\n\n　　近日，家住某小区的百岁老人迎来生日。\n") == \
        ["百岁老人过生日邻里相聚送 祝福"]


def test_a_bare_number_after_a_paragraph_the_text_runs_on_from_points_at_a_photo():
    page = ("专家义诊进乡村\n\n本报讯（记者 甘雨桐）9月8日上午，市中心医院专家团队来到某镇\n"
            "开展义诊。主任医师闵卫东为村民查看药盒。①\n"
            "在眼科诊台前，副主任医师上官雯为老人们逐一检查。②\n\n"
            "某县举办农技培训班\n\n本报讯（通讯员 卓瑞岭）9月9日，某县举办农技培训班。③\n")
    arts = split_articles(clean_page(page))
    assert [a.headline_text for a in arts] == ["专家义诊进乡村", "某县举办农技培训班"]
    assert "上官雯" in arts[0].text


def test_a_page_ending_on_a_headline_splits_off_the_item_with_no_byline_it_heads():
    page = ("某某书法作品展开展\n\n　　本报讯（记者 甘晓冬）6月5日上午，某某书法作品展在市博物馆开展。\n"
            "　　展览将持续至6月20日。\n\n"
            "　　6月14日端午节当天，某市龙舟赛在汉江城区段举行，16支代表队参赛。\n"
            "　　文/图 本报记者 卓佳慧\n\n汉江龙舟赛\n谢村镇队夺冠\n")
    assert headlines_and_reporters(page) == [("某某书法作品展开展", ["甘晓冬"]), ("汉江龙舟赛 谢村镇队夺冠", ["卓佳慧"])]


def test_a_headline_over_a_photo_caption_belongs_to_the_item_that_ran_on_before_it():
    page = ("某市书画展开幕\n\n本报讯（记者 甘晓楠）5月18日上午，某市书画展在市美术馆开幕。\n"
            "展览将持续至5月28日。\n\n5月16日晚，新编秦腔剧《周公辅政》在市人民剧院首演。演出赢得全场掌声。\n"
            "（文/图 本报记者 卓思远）\n\n秦腔新编历史剧《周公辅政》首演\n\n"
            "5月17日，剪纸传承人在某小学指导学生剪纸。 本报记者 甘亚宁 摄\n")
    assert headlines_and_reporters(page) == [
        ("某市书画展开幕", ["甘晓楠"]), ("秦腔新编历史剧《周公辅政》首演", ["卓思远"]), (None, ["甘亚宁"])]


def test_a_page_mast_of_paper_day_and_page_with_no_weekday_is_no_headline():
    for mast in ("平顶山日报　2019年11月18日　第五版　文体新闻", "A2　要闻·民生　南通日报　2023年10月31日"):
        page = mast + "\n\n长篇小说首发\n\n　　本报讯（记者 甘衍青）11月16日上午，长篇小说首发式在市图书馆举行。\n"
        assert headlines(page) == ["长篇小说首发"]


def test_in_a_run_of_briefs_a_news_lead_on_a_day_of_its_own_opens_the_next():
    page = ("　　本台讯（通讯员 甘文涛）8月19日，桃园镇在南京举办特色农产品推介会，现场达成意向订单15个。\n\n"
            "　　8月17日，王集镇组织20余名巾帼志愿者走进各村小广场，开展暑期防溺水安全宣传。\n")
    arts = split_articles(clean_page(page))
    assert [a.text[:5] for a in arts] == ["本台讯（通", "8月17日"]


def test_hyphen_crumbs_and_a_paper_day_and_credit_line_are_frame():
    page = ("某某传媒网 - 某某新闻 - 正文\n\n某某在某县调研时要求\n守护好高原生态\n\n"
            "某某日报　2019-11-27 08:40　全媒体记者 甘清华 卓晓娟\n\n　　11月26日，某县举行项目集中签约仪式。\n")
    (art,) = split_articles(clean_page(page))
    assert art.headline_text == "某某在某县调研时要求 守护好高原生态" and art.reporters == ["甘清华", "卓晓娟"]


def test_a_second_credit_of_other_names_splits_off_the_item_the_closing_headline_heads():
    page = ("县委书记到某镇调研\n\n　　本报讯（融媒记者 甘俊杰）11月14日，县委书记卓志远到某镇调研特色产业。\n"
            "　　卓志远强调，要做强特色产业。\n\n　　在某村，有个远近闻名的“志愿者家庭”，祖孙三代都是志愿者。\n"
            "　　一家人常年照顾独居老人。\n（融媒记者 卓明 通讯员 甘文杰）\n\n三代人的“红马甲”情缘\n")
    assert headlines_and_reporters(page) == [("县委书记到某镇调研", ["甘俊杰"]), ("三代人的“红马甲”情缘", ["卓明", "甘文杰"])]


def test_two_headlines_printed_across_columns_one_over_the_other_go_each_to_its_article():
    body_a = column_block("本报讯（记者 甘晓鸥）昨日上午，全国书画名家邀请展在洛阳美术馆开幕。展览将持续至5月10日。", 15)
    body_b = column_block("本报讯（记者 卓晓鸥）4月12日上午，纪念某将军诞辰120周年座谈会在新安召开。与会者缅怀了将军的业绩。", 15)
    page = (body_a + "\n\n全国书画名家邀请展在洛阳美术馆开幕\n纪念某将军诞辰120周年座谈会在新安召开\n\n" + body_b
            + "\n\n某县举办农技培训班\n\n" + column_block("本报讯（通讯员 甘瑞岭）4月9日，某县举办农技培训班。", 15) + "\n")
    assert headlines(page)[:2] == ["全国书画名家邀请展在洛阳美术馆开幕", "纪念某将军诞辰120周年座谈会在新安召开"]


def test_a_web_storys_photo_between_its_paragraphs_is_no_end_and_credits_its_photographer():
    page = ("某某新闻网 > 时政\n\n卓立新在某区检查赛事筹备工作\n\n　　11月25日，市委书记卓立新到某区检查赛事筹备工作。\n\n"
            "　　图为卓立新在滑雪公园检查赛道。　记者 甘丽娜 摄\n\n　　随后，卓立新来到交通枢纽，察看交通组织情况。\n\n编辑：韩某\n")
    (article,) = split_articles(clean_page(page))
    assert article.reporters == ["甘丽娜"] and "随后" in article.text


def test_a_two_character_name_padded_after_a_whole_one_is_a_name_of_its_own():
    assert split_names("宓某华　杭　琳") == ["宓某华", "杭琳"]
    assert split_names("段 婷 张 维") == ["段婷", "张维"]


def test_an_item_credited_apart_from_the_bylined_article_it_ran_on_from_takes_the_first_headline_under_them():
    page = ("某某法院公开审理一起涉黑案\n本报讯（记者 甘晓芬 通讯员 江某鹏）9月14日，某某法院公开开庭审理一起案件。\n"
            "法庭宣布休庭，将择期宣判。\n9月10日上午，在某镇某村，一对堂兄弟在社区民警的见证下握手言和。\n"
            "社区民警卓振南多次上门调解。\n（江某鹏 龚某）\n\n两兄弟为一米地界闹僵\n社区民警上门巧化解\n\n"
            "挺身而出擒窃贼 两市民获表彰\n本报讯（记者 林某琴）9月15日上午，某市举行表彰仪式。\n")
    assert headlines_and_reporters(page) == [
        ("某某法院公开审理一起涉黑案", ["甘晓芬", "江某鹏"]), ("两兄弟为一米地界闹僵 社区民警上门巧化解", ["江某鹏", "龚某"]),
        ("挺身而出擒窃贼两市民获表彰", ["林某琴"])]
