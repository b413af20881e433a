"""A repost in traditional characters: found through a simplified shadow, reported as written."""
import datetime as dt

from graph_builder.identity import IdentityResolver
from graph_builder.pipeline import extract_one
from graph_builder.records import Article, Person
from graph_builder.script import simplified

TRADITIONAL = ("本報訊（記者 韋小川）4月9日上午，市委書記王麗華到國家能源集團洽談對接工作，"
               "與集團黨組書記、董事長趙國慶等領導座談。副市長孫長興參加活動。\n")


def test_shadow_keeps_every_offset():
    assert simplified(TRADITIONAL) == ("本报讯（记者 韦小川）4月9日上午，市委书记王丽华到国家能源集团洽谈对接工作，"
                                       "与集团党组书记、董事长赵国庆等领导座谈。副市长孙长兴参加活动。\n")
    assert len(simplified(TRADITIONAL)) == len(TRADITIONAL)


def test_traditional_page_is_analysed_and_reported_as_written(tmp_path):
    page = tmp_path / "2019-04-10_repost.txt"
    page.write_text(TRADITIONAL, encoding="utf-8")
    article = extract_one(page).articles[0]
    assert article.text.startswith("本報訊（記者韋小川）")
    assert article.reporters == ["韋小川"]
    assert article.event_type == "talks" and article.date_text == "4月9日上午"
    people = {p.name: p for p in article.persons}
    assert {"王麗華", "趙國慶", "孫長興"} <= set(people)
    assert people["王麗華"].titles == ["市委書記"]
    assert people["王麗華"].participant
    assert people["王麗華"].mentions[0].sentence.startswith("本報訊")


def test_identity_meets_the_simplified_form():
    def article(article_id, name):
        return Article(article_id=article_id, source="p.txt", page_id="p", index=0, start=0, end=1, text="x",
                       date=dt.date(2019, 4, 9), persons=[Person(name=name)])

    for order in (["a:1", "b:1"], ["b:1", "a:1"]):  # whichever form comes first
        resolver = IdentityResolver("某日报")
        resolver.add_articles([article(i, {"a:1": "王丽华", "b:1": "王麗華"}[i]) for i in order])
        table = resolver.resolve()
        assert table[("a:1", "王丽华")].id == table[("b:1", "王麗華")].id
        assert table[("b:1", "王麗華")].name == "王丽华"


def test_a_name_alone_stays_as_written():
    resolver = IdentityResolver("某日报")
    resolver.add_articles([Article(article_id="a:1", source="p.txt", page_id="p", index=0, start=0, end=1,
                                   text="x", persons=[Person(name="李昇")])])
    assert resolver.resolve()[("a:1", "李昇")].name == "李昇"


def test_taiwan_and_hong_kong_marks_are_folded_one_for_one():
    written = "〔記者林小文／台中報導〕他說「好」。"
    assert simplified(written) == "【记者林小文/台中报导】他说“好”。"
    assert len(simplified(written)) == len(written)


def test_a_headline_of_two_lines_is_reported_as_written(tmp_path):
    page = tmp_path / "2024-04-10_headline.txt"
    page.write_text("縣長視察災區\n要求加速搶修道路\n本報訊（記者 韋小川）4月9日上午，縣長周明德到東河鄉視察災情。\n",
                    encoding="utf-8")
    article = extract_one(page).articles[0]
    assert article.headline == "縣長視察災區 要求加速搶修道路"
