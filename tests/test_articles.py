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
    assert split_names("本报记者 朱 红") == ["朱红"]


def test_credit_lines_on_top_and_reported_bylines():
    page = ("□本报记者 张 华\n本报通讯员 李明\n\n4月12日上午，市长王刚主持召开会议。\n\n市政府召开常务会议\n\n"
            "本报讯 记者王芳报道：4月15日，中心组举行集中学习。（下转第二版）\n")
    articles = split_articles(clean_page(page))
    assert [a.reporters for a in articles] == [["张华", "李明"], ["王芳"]]
    assert articles[0].headline_text == "市政府召开常务会议"
