import datetime as dt

from graph_builder.identity import IdentityResolver, Overrides, SplitRule, review_report
from graph_builder.records import Article, Person, TitleMention


def article(article_id, date, *people):
    persons = [Person(name=name, titles=[t for t, _, _ in titles],
                      title_mentions=[TitleMention(text=t, org=org, org_resolved=org, post=post, start=0, end=1)
                                      for t, org, post in titles])
               for name, titles in people]
    return Article(article_id=article_id, source="p.txt", page_id="p", index=0, start=0, end=1, text="x",
                   date=date, persons=persons)


XIUWU = ("修武县委书记", "修武县委", "书记")
WENXIAN = ("温县县委书记", "温县县委", "书记")


def ids(resolver):
    return {key: person.id for key, person in resolver.resolve().items()}


def test_same_name_two_counties_same_month_are_two_people():
    r = IdentityResolver("焦作日报")
    r.add_articles([article("a:1", dt.date(2020, 5, 3), ("王伟", [XIUWU])),
                    article("b:1", dt.date(2020, 5, 20), ("王伟", [WENXIAN]))])
    got = ids(r)
    assert got[("a:1", "王伟")] != got[("b:1", "王伟")]
    assert "simultaneous-posts" in review_report(r)


def test_one_official_changing_posts_over_years_stays_one():
    r = IdentityResolver("焦作日报")
    r.add_articles([article("a:1", dt.date(2019, 4, 16), ("吕沛", [("孟州市委副书记", "孟州市委", "副书记")])),
                    article("b:1", dt.date(2021, 7, 14), ("吕沛", [("示范区党工委书记", "示范区党工委", "书记")]))])
    got = ids(r)
    assert got[("a:1", "吕沛")] == got[("b:1", "吕沛")]
    assert "jump" in review_report(r)  # shown for review, not split


def test_villager_and_vice_mayor_are_two_people():
    r = IdentityResolver("焦作日报")
    r.add_articles([article("a:1", dt.date(2019, 1, 1), ("李军", [("村民", None, "村民")])),
                    article("b:1", dt.date(2022, 1, 1), ("李军", [("副市长", None, "副市长")]))])
    got = ids(r)
    assert got[("a:1", "李军")] != got[("b:1", "李军")]


def test_override_split_and_merge():
    overrides = Overrides(splits={"王伟": [SplitRule("修武县", ["修武县"]), SplitRule("温县", ["温县"])]},
                          merges={"王 伟": "王伟"})
    r = IdentityResolver("焦作日报", overrides)
    r.add_articles([article("a:1", dt.date(2019, 1, 1), ("王伟", [XIUWU])),
                    article("b:1", dt.date(2023, 1, 1), ("王伟", [WENXIAN])),
                    article("c:1", dt.date(2023, 2, 1), ("王 伟", [WENXIAN]))])
    got = ids(r)
    assert got[("a:1", "王伟")] != got[("b:1", "王伟")]
    assert got[("b:1", "王伟")] == got[("c:1", "王伟")] == got[("c:1", "王 伟")]


def test_ids_are_stable_when_pages_are_added():
    first = IdentityResolver("焦作日报")
    first.add_articles([article("a:1", dt.date(2019, 1, 1), ("郭鹏", [XIUWU]))])
    before = ids(first)[("a:1", "郭鹏")]
    second = IdentityResolver("焦作日报")
    second.add_articles([article("a:1", dt.date(2019, 1, 1), ("郭鹏", [XIUWU])),
                         article("z:9", dt.date(2019, 3, 1), ("郭鹏", [XIUWU]))])
    assert ids(second)[("a:1", "郭鹏")] == before


def test_overrides_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "identities.yaml"
    bad.write_text("split:\n  - nam: x\n", encoding="utf-8")
    try:
        Overrides.load(bad)
    except ValueError as exc:
        assert "identities.yaml" in str(exc)
    else:
        raise AssertionError("a malformed overrides file must be refused")
