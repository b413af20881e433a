import pytest

from graph_builder.extract.lexicon import load_lexicons
from graph_builder.extract.rules import NameFinder


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()


def people(text, lex):
    found = NameFinder(text, lex).run()
    return {name: [text[t.start:t.end] for t in sorted(p.titles, key=lambda t: t.start)] for name, p in found.items()}


def test_title_chains_belong_to_the_following_name(lex):
    text = "市委书记、市人大常委会主任王小平到集团，与集团党组书记、董事长王祥喜洽谈。市委常委、修武县委书记郭鹏参加。"
    assert people(text, lex) == {"王小平": ["市委书记", "市人大常委会主任"],
                                 "王祥喜": ["集团党组书记", "董事长"],
                                 "郭鹏": ["市委常委", "修武县委书记"]}


def test_a_title_before_a_list_is_shared(lex):
    text = "由市人大常委会主任郭国明,副主任张建设、李立江,秘书长张凤驰组成视察组。"
    assert people(text, lex) == {"郭国明": ["市人大常委会主任"], "张建设": ["副主任"],
                                 "李立江": ["副主任"], "张凤驰": ["秘书长"]}


def test_leader_lists_and_later_bare_mentions(lex):
    text = "市领导李民生、闫小杏、王付举、薛志杰出席会议。王付举指出，要抓好落实。"
    found = NameFinder(text, lex).run()
    assert set(found) == {"李民生", "闫小杏", "王付举", "薛志杰"}
    assert len(found["王付举"].mentions) == 2


def test_pointer_words_are_not_part_of_titles(lex):
    assert people("该县县委书记王玲出席。该市下岗工人汤吉欢说。", lex) == {
        "王玲": ["县委书记"], "汤吉欢": ["下岗工人"]}


def test_bracketed_organisations_and_dotted_names(lex):
    text = "示范区（高新区）党工委书记、管委会主任王家鹏主持会议。英国哲学家约翰·穆勒说，创新很重要。"
    assert people(text, lex) == {"王家鹏": ["示范区（高新区）党工委书记", "管委会主任"],
                                 "约翰·穆勒": ["英国哲学家"]}


def test_ordinary_words_starting_with_a_surname_are_not_people(lex):
    assert people("王国发展，高新区张贴通知，全市上下高度重视。领导班子和干部参加。", lex) == {}


def test_surname_and_post_refer_to_the_person_introduced(lex):
    text = "市委书记王小平出席会议。王书记指出，要抓落实。副市长王伟参加。王市长表示同意。"
    found = NameFinder(text, lex).run()
    assert set(found) == {"王小平", "王伟"}
    assert [m.via for m in found["王小平"].mentions] == ["title", "alias"]
    assert [m.via for m in found["王伟"].mentions] == ["title", "alias"]


def test_a_name_after_an_election_word_is_a_person_spoken_of(lex):
    from graph_builder.extract.events import assign_roles

    text = "副主任李平主持会议，听取关于补选赵建国为省人大代表的议案。会议任命钱小川为副秘书长。"
    found = NameFinder(text, lex).run()
    assert {"李平", "赵建国", "钱小川"} <= set(found)
    assign_roles(text, found, lex)
    assert found["赵建国"].reference_only and found["钱小川"].reference_only
    assert not found["李平"].reference_only


def test_a_definite_date_wins_over_a_vague_one():
    from graph_builder.extract.events import find_date

    assert find_date("本报讯（记者张鹏）省里日前出台了实施意见。昨日，副市长武磊带领…")[0] == "昨日"
    assert find_date("本报讯近日，全市开展了检查。")[0] == "近日"
    assert find_date("本报讯4月9日上午，日前签约的项目开工。")[0] == "4月9日上午"
