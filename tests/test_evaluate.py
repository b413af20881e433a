from graph_builder.evaluate import score

GOLD = [{"source": "p.txt", "anchor": "本报讯（记者杜玲）4月9日", "headline": "会议召开", "date_text": "4月9日",
         "event_type": "meeting", "reporters": ["杜玲"],
         "persons": [{"name": "王小平", "titles": ["市委书记"], "participant": True},
                     {"name": "郭鹏", "titles": [], "participant": True},
                     {"name": "习近平", "titles": [], "participant": False}]}]


def system(**changes):
    article = {"source": "p.txt", "text": "本报讯 （记者杜玲） 4 月 9 日，会议召开。", "headline": "会议 召开",
               "date_text": "4月9日", "event_type": "meeting", "reporters": ["杜玲"],
               "persons": [dict(p) for p in GOLD[0]["persons"]]}
    article.update(changes)
    return article


def test_a_perfect_answer_scores_one_whatever_the_whitespace():
    m = score(GOLD, [system()])
    assert all(m[k]["f1"] == 1.0 for k in ("persons", "titles", "participants", "coattendance", "reporters"))
    assert m["articles"]["recall"] == 1.0 and m["headline_accuracy"] == 1.0
    assert m["coattendance"]["tp"] == 1  # one pair: 王小平–郭鹏


def test_a_missing_person_costs_recall_and_its_pairs():
    m = score(GOLD, [system(persons=[{"name": "王小平", "titles": ["市委书记"], "participant": True}])])
    assert m["persons"]["fn"] == 2 and m["persons"]["fp"] == 0
    assert m["coattendance"]["fn"] == 1


def test_people_in_an_unmatched_article_are_false_positives():
    extra = system(text="另一篇文章", persons=[{"name": "张三", "titles": [], "participant": True}])
    m = score(GOLD, [system(), extra])
    assert m["persons"]["fp"] == 1 and m["articles"]["found"] == 1


def test_null_headline_is_matched_only_by_none():
    gold = [dict(GOLD[0], headline=None)]
    assert score(gold, [system(headline=None)])["headline_accuracy"] == 1.0
    assert score(gold, [system(headline="会议召开")])["headline_accuracy"] == 0.0


def test_nfkc_brackets_match():
    gold = [dict(GOLD[0], anchor="本报讯(记者杜玲)4月9日")]
    assert score(gold, [system()])["articles"]["recall"] == 1.0
