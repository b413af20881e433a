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


# --- people of local news beyond protocol (made-up text), through the pipeline -

@pytest.fixture(scope="module")
def nlp_people():
    from graph_builder.pipeline import shared_nlp

    nlp = shared_nlp()

    def found(text):
        doc = nlp(text)
        return {name: [text[t.start:t.end] for t in sorted(p.titles, key=lambda t: t.start)]
                for name, p in doc._.gb_persons.items()}
    return found


def test_descriptions_of_ordinary_people_are_titles(nlp_people):
    text = "县委书记张志刚看望慰问了困难党员李长海、退休干部王秀英。某镇东关村困难教师马春燕说，日子好了。"
    assert nlp_people(text) == {"张志刚": ["县委书记"], "李长海": ["困难党员"], "王秀英": ["退休干部"],
                                 "马春燕": ["某镇东关村困难教师"]}


def test_a_description_takes_no_verb_before_it(nlp_people):
    found = nlp_people("要引导广大党员发挥作用。他们帮助困难群众解决难题。")
    assert found == {}


def test_people_in_stories_after_kinship_and_ages(nlp_people):
    text = "46岁的周立中是老人的孙子。其子周小豪唱了一首歌，二女儿周清雅介绍说，家住新华小区的刘桂芳老人今年90岁。"
    assert set(nlp_people(text)) == {"周立中", "周小豪", "周清雅", "刘桂芳"}


def test_people_visited_and_closing_lists(nlp_people):
    text = "慰问了赵德胜、孙万福。出席会议的还有刘春生、杨晓东、郭红梅。"
    assert set(nlp_people(text)) == {"赵德胜", "孙万福", "刘春生", "杨晓东", "郭红梅"}


def test_award_winners_after_the_award_and_their_trade_or_honour(nlp_people):
    text = "荣获一等奖的有胡立林、包明远。获得二等奖的有车工庞建勋、挡车工宁小雨。为见义勇为先进个人贾红卫颁发证书。"
    assert nlp_people(text) == {"胡立林": [], "包明远": [], "庞建勋": ["车工"], "宁小雨": ["挡车工"],
                                "贾红卫": ["见义勇为先进个人"]}


def test_award_words_before_counts_and_units_are_no_names(nlp_people):
    text = "荣获一等奖的有12名选手。被评为先进集体的有市公安局、市交通局。企业荣获省长质量奖的有关情况。"
    assert nlp_people(text) == {}


def test_a_name_ends_before_a_glued_verb(nlp_people):
    assert set(nlp_people("县民政局办公室主任罗小宏说，老人有1499个。")) == {"罗小宏"}


def test_ordinary_words_and_phrases_are_not_names(nlp_people):
    text = "有关负责同志参加。各位负责人要落实。成员单位要配合，包联干部要到位。"
    assert nlp_people(text) == {}


def test_and_inside_place_and_organisation_names(nlp_people):
    text = "呼和浩特市委副书记王宏伟出席。市文化广电和旅游局调研员李红军参加。"
    assert nlp_people(text) == {"王宏伟": ["呼和浩特市委副书记"], "李红军": ["市文化广电和旅游局调研员"]}


def test_descriptions_with_their_places_and_what_people_do(nlp_people):
    text = ("某县某镇某村村民组老党员刘长庚说，日子好了。致富带头人戚红旗办起了菌菇基地。"
            "外卖骑手苗壮壮、出租车司机柴国辉拾金不昧。返乡创业青年路小川开了网店。"
            "某市第一中学高三学生单雨萱考入大学。包联干部彭学军到村走访。")
    assert nlp_people(text) == {"刘长庚": ["某县某镇某村村民组老党员"], "戚红旗": ["致富带头人"],
                                "苗壮壮": ["外卖骑手"], "柴国辉": ["出租车司机"], "路小川": ["返乡创业青年"],
                                "单雨萱": ["某市第一中学高三学生"], "彭学军": ["包联干部"]}


def test_descriptions_with_no_name_after_them(nlp_people):
    text = "致富带头人越来越多，外卖骑手送来了饭菜。返乡创业青年成为生力军，包联干部要到位。"
    assert nlp_people(text) == {}


def test_and_in_national_bodies_and_words_opened_by_a_boundary(nlp_people):
    text = "中央和国家机关工委副书记苏建伟作报告。中国人民对外友好协会副会长卢德华致辞。县对口帮扶办公室主任汪国华说，"
    assert nlp_people(text) == {"苏建伟": ["中央和国家机关工委副书记"], "卢德华": ["中国人民对外友好协会副会长"],
                                "汪国华": ["县对口帮扶办公室主任"]}
    assert nlp_people("市民和局长面对面交流，李建国对外事办公室主任赵卫东提出要求。")["赵卫东"] == ["外事办公室主任"]


def test_a_foreign_name_after_a_foreign_office_is_one_name(nlp_people):
    text = "澳大利亚某某州州长麦克林托会见了代表团。日本爱知县知事大村秀树发来贺信。"
    assert nlp_people(text) == {"麦克林托": ["澳大利亚某某州州长"], "大村秀树": ["日本爱知县知事"]}


def test_which_ones_and_qualifiers_before_a_post_are_no_names(nlp_people):
    assert nlp_people("有关方面负责同志、各县区分管负责同志参加会议。") == {}
    assert nlp_people("有关负责同志李建国主持会议。") == {"李建国": ["负责同志"]}


def test_foreign_names_after_foreign_offices(nlp_people):
    text = "日本某某市议会议长山田太郎一行访问。俄罗斯驻沈阳总领事维克托罗夫出席。"
    assert set(nlp_people(text)) == {"山田太郎", "维克托罗夫"}


def test_names_written_together_after_a_title(nlp_people):
    found = nlp_people("副市长张海涛李建民出席会议。")
    assert found == {"张海涛": ["副市长"], "李建民": ["副市长"]}


def test_rare_surnames_need_the_segmenters_word(nlp_people):
    # 通, 全 are surnames of the full table but mostly begin words.
    assert nlp_people("市民政局负责人通报了情况。确保困难群众全保障。") == {}


def test_a_list_of_names_holds_names_that_are_words_too(nlp_people):
    found = nlp_people("副县长时永红、于海洋、万里、林立出席。王振东、李保国、高峰、刘素芳等市领导参加。")
    assert set(found) == {"时永红", "于海洋", "万里", "林立", "王振东", "李保国", "高峰", "刘素芳"}
    assert found["万里"] == ["副县长"]


def test_a_place_after_a_visit_verb_is_not_part_of_a_description(nlp_people):
    found = nlp_people("一行走进某镇东坡村贫困户李有田家中。在慰问西坡村五保户赵春来时，他说。")
    assert found["李有田"] == ["贫困户"] and found["赵春来"] == ["五保户"]


def test_people_of_features_and_interviews(nlp_people):
    text = ("张大山，今年56岁，是种粮大户。记者采访了刚从地里回来的李春生。刘小梅（化名）告诉记者，她很满意。"
            "见到赵长顺时，他正在喂牛。让美好的蓝图成为现实。")
    assert set(nlp_people(text)) == {"张大山", "李春生", "刘小梅", "赵长顺"}


def test_a_title_in_brackets_after_a_name(nlp_people):
    assert nlp_people("会上，张卫东（河南某某有限公司董事长）发言。") == {"张卫东": ["河南某某有限公司董事长"]}


def test_names_never_overlap(nlp_people):
    # 赵云龙听说 is also read as 云龙听 (before 说): the name found first stays, the page does not fail.
    assert set(nlp_people("退伍军人赵云龙听说后，马上赶到现场。")) == {"赵云龙"}


def test_a_post_inside_a_longer_word_takes_no_name(nlp_people):
    assert nlp_people("担任欧盟轮值主席国期间将致力于合作。") == {}


def test_an_office_after_the_name(nlp_people):
    found = nlp_people("市农科所彭立新所长介绍，今年小麦长势良好。陈晓东副秘书长指出，要抓好落实。")
    assert found == {"彭立新": ["所长"], "陈晓东": ["副秘书长"]}


def test_the_occasion_between_speaker_and_verb(nlp_people):
    assert set(nlp_people("会议结束时，王振华在讲话中指出，要抓好落实。")) == {"王振华"}


def test_function_word_surnames_and_places_of_speech(nlp_people):
    assert nlp_people("有关负责人向记者介绍了情况。他在贺信中指出，但俗话说得好。") == {}


def test_foreign_names_after_a_title(nlp_people):
    found = nlp_people("某国总统卡里莫拉今天会见了代表团。议长博尔特·费尔南多主持会议。")
    assert set(found) == {"卡里莫拉", "博尔特·费尔南多"}


def test_lists_ending_with_he_and_who_leads(nlp_people):
    found = nlp_people("副市长王建国、李卫东和赵红梅出席。代表团以刘永跃副书记为团长。会议由郑梦雄主持。"
                       "以农家乐、宾馆以及景区商户为重点。")
    assert found == {"王建国": ["副市长"], "李卫东": ["副市长"], "赵红梅": ["副市长"],
                     "刘永跃": ["副书记"], "郑梦雄": []}


def test_a_person_named_in_a_story(nlp_people):
    assert set(nlp_people("一位名叫韩秀英的老人告诉记者。")) == {"韩秀英"}


def test_titles_with_he_inside_commas_between_and_notes(nlp_people):
    found = nlp_people("市住房和城乡建设局党组书记、局长王国强，市委常委、市纪委书记，市监委主任王建民，"
                       "沁阳市副市长（挂职）王志远出席。三级调研员郭凯和市总工会财务部部长姬平安参加。")
    assert found["王国强"] == ["市住房和城乡建设局党组书记", "局长"]
    assert found["王建民"] == ["市委常委", "市纪委书记", "市监委主任"]
    assert found["王志远"] == ["沁阳市副市长"]
    assert found["姬平安"] == ["市总工会财务部部长"]


def test_titles_set_off_after_a_name(nlp_people):
    found = nlp_people("王建华，村党支部书记，今年56岁。李亦博现任焦作市市长，分管工业。")
    assert found == {"王建华": ["村党支部书记"], "李亦博": ["焦作市市长"]}


def test_a_field_noun_before_a_description(nlp_people):
    found = nlp_people("医改专家王建国说，社区党员李红梅介绍。引导广大党员积极参与。某邮政分公司青年党员周海波发言。")
    assert found == {"王建国": ["医改专家"], "李红梅": ["社区党员"], "周海波": ["某邮政分公司青年党员"]}


def test_ranks_and_standing_before_a_description(nlp_people):
    found = nlp_people("中国工程院院士、著名水稻专家袁丽平说，国家一级演员李雪梅表演了节目。市级优秀共产党员刘春华发言。"
                       "两名专家王立新、李长江参加。")
    assert found == {"袁丽平": ["中国工程院院士", "著名水稻专家"], "李雪梅": ["国家一级演员"],
                     "刘春华": ["市级优秀共产党员"], "王立新": ["专家"], "李长江": ["专家"]}


def test_occupations_are_descriptions(nlp_people):
    text = "著名指挥家孙立群率乐团演出。工作人员赵明杰介绍，驾驶员钱志远一早就到了。"
    assert nlp_people(text) == {"孙立群": ["著名指挥家"], "赵明杰": ["工作人员"], "钱志远": ["驾驶员"]}


def test_a_name_the_segmenter_keeps_whole_opens_a_clause(nlp_people):
    found = nlp_people("临行前，杨晓东站在队伍最前面。那年冬天，“金凤凰”飞来了。")
    assert set(found) == {"杨晓东"}


def test_a_partner_of_a_person_found_and_activity_words_are_no_names(nlp_people):
    found = nlp_people("县长张国强出席。会后，张国强和刘海波来到田间。邻居们为老人祝寿。")
    assert found == {"张国强": ["县长"], "刘海波": []}


def test_a_list_of_names_keeps_its_items_that_are_words_too(nlp_people):
    assert set(nlp_people("高峰、孙立新、马晓玲等参加了会见。")) == {"高峰", "孙立新", "马晓玲"}


def test_named_by_a_person_word_and_an_age_in_brackets(nlp_people):
    assert nlp_people("有一个女工叫孙秀芹。县实验学校学生（17岁）马晓玲的作品获奖。") == {
        "孙秀芹": [], "马晓玲": ["县实验学校学生"]}


def test_conjunctions_and_adverbs_end_a_name(nlp_people):
    assert nlp_people("中央军委副主席温浩田以及各位来宾出席。主教练叶晓鹏却认为发挥不错。") == {
        "温浩田": ["中央军委副主席"], "叶晓鹏": ["主教练"]}


def test_a_short_quoted_name_inside_a_title(nlp_people):
    assert nlp_people("省“三八”红旗手孙秀芹说。在“两会”期间，市长王建国说。") == {
        "孙秀芹": ["省“三八”红旗手"], "王建国": ["市长"]}


def test_digits_inside_a_title_and_a_date_before_one(nlp_people):
    assert nlp_people("市12345热线服务中心主任王建国说。4月9日上午市委书记李文华出席。10时市长赵国庆到达。") == {
        "王建国": ["市12345热线服务中心主任"], "李文华": ["市委书记"], "赵国庆": ["市长"]}


def test_delegates_to_a_numbered_congress(nlp_people):
    from graph_builder.extract.page import congress_number
    assert nlp_people("党的十九大代表、村党支部书记孙立新说。") == {"孙立新": ["党的十九大代表", "村党支部书记"]}
    assert congress_number("党的十九", "大代表", 4) == (None, 2)  # the post is 十九大代表, of no organisation
    assert congress_number("市委", "书记", 2) == ("市委", 2)


def test_who_leads_a_delegation_and_winners_listed_after_de(nlp_people):
    assert nlp_people("市长王建国会见了以董事长李文华为团长的代表团。以色列驻华大使赵国庆出席。") == {
        "王建国": ["市长"], "李文华": ["董事长"], "赵国庆": ["以色列驻华大使"]}
    assert set(nlp_people("副县长王建国为获得一等奖的李文华、张国强颁奖。")) == {"王建国", "李文华", "张国强"}


def test_two_names_opening_a_clause_and_what_they_did(nlp_people):
    assert set(nlp_people("座谈会上，李文华、张国强分别发言。")) == {"李文华", "张国强"}


def test_an_author_before_the_title_of_a_work(nlp_people):
    assert set(nlp_people("孙立新的《乡村记忆》获奖。观看了电影《我和我的祖国》。")) == {"孙立新"}


def test_a_name_the_dictionary_lists_as_a_word_before_tongzhi(nlp_people):
    assert set(nlp_people("党和国家领导人对商天娥同志的这种精神十分敬佩。区政府同志介绍。")) == {"商天娥"}


def test_a_foreign_name_before_an_office(nlp_people):
    assert nlp_people("外长表示同意拉法里诺总统的看法。市长高度重视。") == {"拉法里诺": ["总统"]}


def test_a_foreign_name_before_an_honorific(nlp_people):
    assert nlp_people("从贝卡尔多先生的描述中可以看出。") == {"贝卡尔多": []}


def test_a_list_holds_compound_surnames_and_not_the_de_before_it(nlp_people):
    assert set(nlp_people("参加纪念活动的孙庚、马雪、欧阳立尊等。")) == {"孙庚", "马雪", "欧阳立尊"}


def test_closing_list_words_and_jump_notes_are_no_part_of_titles(nlp_people):
    assert nlp_people("出席会议的还有市人大常委会主任冯某庆。") == {"冯某庆": ["市人大常委会主任"]}
    assert nlp_people("考察团成员有县发改委主任金晓东。") == {"金晓东": ["县发改委主任"]}
    assert nlp_people("（上接第一版）县委常委、常务副县长苗某新陪同。") == {"苗某新": ["县委常委", "常务副县长"]}


def test_a_place_inside_a_name_does_not_join_two_descriptions(nlp_people):
    # 平和 is a county's short name: here it spans a name's end and 和
    assert nlp_people("看望了下岗职工赵国平和伤残军人孙家旺。") == {"赵国平": ["下岗职工"], "孙家旺": ["伤残军人"]}


def test_a_surname_glued_to_a_description_starts_a_name(nlp_people):
    assert nlp_people("近日，种粮大户史大勇分享了经验。") == {"史大勇": ["种粮大户"]}
    assert nlp_people("担任欧盟轮值主席国期间将致力于合作。") == {}


def test_a_name_ends_before_a_glued_family_word(nlp_people):
    assert nlp_people("他和村干部到贫困户马合营家走访。") == {"马合营": ["贫困户"]}


def test_rare_surnames_after_an_office(nlp_people):
    assert nlp_people("消防救援站站长禹海波，特级教师荀丽萍出席活动。") == {"禹海波": ["消防救援站站长"],
                                                                "荀丽萍": ["特级教师"]}
    assert nlp_people("他也成为这方面的专家和权威。") == {}


def test_dotted_names_stand_anywhere(nlp_people):
    # a description with its place written right before the name is its title
    assert nlp_people("美国友人约翰·史密斯参加了会见。") == {"约翰·史密斯": ["美国友人"]}
    assert nlp_people("国会主席沙曼·维雅吉会见了代表团。") == {"沙曼·维雅吉": ["国会主席"]}
    assert nlp_people("郑州·焦作两市书画联展开幕。") == {}


def test_titles_in_brackets_after_a_name_and_names_glued_to_an_office(nlp_people):
    assert nlp_people("县领导孟祥林参加活动。孟祥林（县委常委、宣传部部长）致辞。") == {
        "孟祥林": ["县委常委", "宣传部部长"]}
    assert nlp_people("市人武部政委、上校石国强出席仪式。") == {"石国强": ["市人武部政委", "上校"]}


def test_circumstances_before_a_description(nlp_people):
    assert nlp_people("为困难户祁某胜、独居老人毕桂英送去生活物资。")["毕桂英"] == ["独居老人"]


def test_who_conveys_a_spirit_or_is_commended_takes_part():
    from graph_builder.pipeline import shared_nlp

    text = ("4月2日，全县经济工作会议召开。会上，县委副书记杜文军传达了全市会议精神。学习王国栋同志的讲话精神。"
            "受表彰的道德模范有：杨春生、朱秀兰、秦建华。")
    found = shared_nlp()(text)._.gb_persons
    assert not found["杜文军"].reference_only and not found["杨春生"].reference_only
    assert found["王国栋"].reference_only


def test_campaigns_before_a_description(nlp_people):
    assert nlp_people("走访慰问了抗美援朝老战士许德山。") == {"许德山": ["抗美援朝老战士"]}


def test_foreign_and_minority_names_after_titles_and_in_lists(nlp_people):
    assert nlp_people("日本某某市议会议长渡边次郎率友好代表团访问我市。") == {"渡边次郎": ["日本某某市议会议长"]}
    assert nlp_people("蒙古族歌手巴特尔、乌兰其其格演唱了歌曲。") == {
        "巴特尔": ["蒙古族歌手"], "乌兰其其格": ["蒙古族歌手"]}
    assert nlp_people("村民阿依古丽告诉记者，今年收入翻了一番。") == {"阿依古丽": ["村民"]}
    assert nlp_people("格鲁吉亚总统警告说将武力解决冲突。") == {}


def test_a_name_ending_in_he_before_a_follower(nlp_people):
    assert nlp_people("市人大常委会主任郑永和出席会议。") == {"郑永和": ["市人大常委会主任"]}
    assert nlp_people("副市长王刚和李明出席会议。")["王刚"] == ["副市长"]


def test_relations_before_names_in_stories(nlp_people):
    found = nlp_people("何万山和老伴儿杨桂花一起见证了发展。老人的家属赵秀芝送来锦旗。")
    assert found.get("杨桂花") == [] and found.get("赵秀芝") == []


def test_an_organisation_before_its_office_is_no_name(nlp_people):
    assert nlp_people("某区政协组织部分委员视察工作。区政协主席康伟民参加视察。") == {"康伟民": ["区政协主席"]}


def test_names_listed_before_a_comrade_share_it(nlp_people):
    assert set(nlp_people("市领导刘某奇、朱某同志带领工作组来到某村。")) >= {"刘某奇", "朱某"}


def test_a_name_word_before_an_office(nlp_people):
    assert set(nlp_people("李鹏总理和朱镕基副总理就治水作出指示。")) == {"李鹏", "朱镕基"}


def test_halls_and_courtyards_end_no_name(lex):
    assert people("他第一个走进纪念馆，又来到敬老院。", lex) == {}


def test_people_known_for_what_they_do_well(nlp_people):
    assert nlp_people("近日，养殖能手戚桂兰、岗位标兵韩立新分享了经验。") == {
        "戚桂兰": ["养殖能手"], "韩立新": ["岗位标兵"]}


def test_a_verb_with_its_aspect_after_a_name(nlp_people):
    assert nlp_people("近日，村民赵丽看着新房，笑得合不拢嘴。") == {"赵丽": ["村民"]}


def test_given_names_ending_in_a_glue_character(nlp_people):
    assert set(nlp_people("副县长张德才主持会议。市委书记李成才强调，要抓好落实。")) == {"张德才", "李成才"}


def test_long_places_and_national_bodies_in_titles(nlp_people):
    found = nlp_people("联合国开发计划署驻华代表白雅婷，国家发展和改革委员会主任何立峰，"
                       "沁阳市西向镇西向村村委会主任李东升出席。")
    assert found == {"白雅婷": ["联合国开发计划署驻华代表"], "何立峰": ["国家发展和改革委员会主任"],
                     "李东升": ["沁阳市西向镇西向村村委会主任"]}


def test_a_news_head_glued_to_the_text_opens_a_clause_and_no_title(nlp_people):
    assert nlp_people("本报讯孙秀兰和丈夫一起经营着一家小超市。") == {"孙秀兰": []}
    assert nlp_people("本报讯该公司总经理曹永胜表示，将扩大生产。") == {"曹永胜": ["总经理"]}


def test_a_name_joined_to_a_kinship_word(nlp_people):
    assert set(nlp_people("近日，周桂芝的儿子从外地赶回。")) == {"周桂芝"}


def test_two_names_listed_with_what_they_are(nlp_people):
    assert set(nlp_people("王海涛、李静是一对年轻夫妻。")) == {"王海涛", "李静"}
    assert set(nlp_people("郑立新、胡晓燕两位同志受到表彰。")) == {"郑立新", "胡晓燕"}


def test_a_note_on_the_person_before_a_bracketed_title(nlp_people):
    assert nlp_people("李红（女，45岁，某镇卫生院院长）获得表彰。") == {"李红": ["某镇卫生院院长"]}


def test_candidates_and_words_that_hold_a_boundary_character(nlp_people):
    assert nlp_people("县委副书记、县长候选人李明明作表态发言。") == {"李明明": ["县委副书记", "县长候选人"]}
    assert nlp_people("某师范高等专科学校党委书记毋小利出席。") == {"毋小利": ["某师范高等专科学校党委书记"]}


def test_a_verb_of_meeting_someone_opens_no_title(nlp_people):
    assert nlp_people("4月9日，市委书记王小平在北京拜会某集团董事长周育先。") == {
        "王小平": ["市委书记"], "周育先": ["某集团董事长"]}


def test_names_after_offices_of_minority_areas(nlp_people):
    assert nlp_people("某彝族自治州副州长阿苦日吉陪同。") == {"阿苦日吉": ["某彝族自治州副州长"]}
    assert nlp_people("某盟委副书记、盟长巴特尔出席会议。") == {"巴特尔": ["某盟委副书记", "盟长"]}
    # a word that follows names ends the name (今天), and is never one (出席了)
    assert nlp_people("某自治区党委副书记丹增今天指出，要抓好落实。") == {"丹增": ["某自治区党委副书记"]}
    assert nlp_people("某自治区文明办主任和有关部门负责同志出席了今天的会议。") == {}


def test_a_person_brought_up_in_talk(nlp_people):
    assert set(nlp_people("在某村，说起周立新，没有人不竖大拇指。")) == {"周立新"}


def test_a_list_closed_by_deng_before_a_count(nlp_people):
    assert set(nlp_people("会议表彰了张红、李明、王强等10名先进个人。")) == {"张红", "李明", "王强"}


def test_a_verb_that_gives_a_name_its_post_ends_the_name(nlp_people):
    assert nlp_people("督导组由省委常委、组织部部长王刚任组长。") == {"王刚": ["省委常委", "组织部部长"]}


def test_a_verb_and_its_complement_after_a_description_is_no_name(nlp_people):
    assert nlp_people("校长赵建军为学生代表戴上成人帽。") == {"赵建军": ["校长"]}


def test_a_name_after_a_word_that_opens_the_clause(nlp_people):
    assert set(nlp_people("当时王建军正在值班。")) == {"王建军"}
    assert set(nlp_people("同时刘洋表示支持。")) == {"刘洋"}  # 时 ends 同时, it starts no name


def test_a_name_ending_in_a_place_syllable_before_and(nlp_people):
    assert nlp_people("市委书记王小平和市长李强出席会议。") == {"王小平": ["市委书记"], "李强": ["市长"]}


def test_friends_students_and_speakers_from_abroad(nlp_people):
    assert nlp_people("俄罗斯留学生伊万诺夫说，他喜欢中国文化。") == {"伊万诺夫": ["俄罗斯留学生"]}
    assert nlp_people("来自澳大利亚的詹妮弗说，太极拳让她受益匪浅。") == {"詹妮弗": []}
    # the last part of a dotted name, later, is a mention of it, not a second person
    assert set(nlp_people("负责人阿兰·布朗特出席。布朗特说，一切顺利。")) == {"阿兰·布朗特"}


def test_a_name_and_a_verb_glued_are_not_two_names(nlp_people):
    assert nlp_people("该院院长王德云称：这是一座科研大桥。") == {"王德云": ["院长"]}


def test_police_officers_and_models_are_descriptions(nlp_people):
    assert nlp_people("图为干警孟祥芬与孤儿结成帮扶对子。") == {"孟祥芬": ["干警"]}


def test_the_last_name_of_a_list_before_a_verb(nlp_people):
    assert nlp_people("获奖家庭代表刘桂英、马秀兰上台领奖。") == {
        "刘桂英": ["获奖家庭代表"], "马秀兰": ["获奖家庭代表"]}


def test_phrases_that_look_like_names_in_other_contexts(nlp_people):
    # a dotted name ends where the segmenter's foreign words do
    assert set(nlp_people("正在干活的农民汤马索·姜尼拉突然看见两架飞机。")) == {"汤马索·姜尼拉"}
    assert nlp_people("他希望广播电视战线的同志们坚持学习。") == {}  # 的 is in no given name
    assert nlp_people("叶利钦总统曾于去年致函。") == {"叶利钦": ["总统"]}  # 于 is a preposition
    assert "王晨以" not in nlp_people("北京的王晨以２∶０战胜了对手。")  # 以 is a preposition
    assert set(nlp_people("将从政协主席任上退下来的方秉钧表示，自己很高兴。")) == {"方秉钧"}


# Made-up Taiwan, Hong Kong and Macau sentences, as the simplified shadow reads them.
def test_a_bylines_bracket_is_no_part_of_the_title_after_it(lex):
    assert people("（中央社记者林雅青台北9日电）行政院长郑宏远今天主持院会。", lex) == {"郑宏远": ["行政院长"]}
    assert people("（记者刘家安/新竹报导）新竹县长杨志远主持县务会议。", lex) == {"杨志远": ["新竹县长"]}
    assert people("新华社北京4月10日电（记者 张晓明）国务院总理李建安主持会议。", lex)["李建安"] == ["国务院总理"]


def test_taiwan_and_hong_kong_posts(lex):
    assert people("立法会议员黄国安联同区议员马志刚探访长者。", lex) == {
        "黄国安": ["立法会议员"], "马志刚": ["区议员"]}
    assert people("市长张振安与交通部次长林颖青剪彩，里长陈金福陪同。", lex) == {
        "张振安": ["市长"], "林颖青": ["交通部次长"], "陈金福": ["里长"]}


def test_a_name_ends_before_hong_kong_verbs(lex):
    assert people("区议会主席钟志强主礼，司长罗志文列席。", lex) == {"钟志强": ["区议会主席"], "罗志文": ["司长"]}


def test_a_legislator_questioning_a_minister_holds_no_title_of_his(lex):
    assert people("立法委员蔡宜安质询交通部长周正德。", lex) == {"蔡宜安": ["立法委员"], "周正德": ["交通部长"]}


def test_a_dateline_glued_to_the_text_is_no_part_of_the_title(lex):
    assert people("中央社记者张玮安台北10日电经济部长王正平今天出席论坛。", lex) == {"王正平": ["经济部长"]}


def test_a_story_name_the_segmenter_cut_at_a_clause_start(nlp_people):
    # surname | two-character given name, then any verb
    assert set(nlp_people("事后，宁晓静婉拒了家属送来的酬金。")) == {"宁晓静"}
    assert set(nlp_people("宁晓静从小就喜欢画画。")) == {"宁晓静"}
    # a surname character before a frequent noun or a word that is no noun is no name
    assert nlp_people("入夜，原以为会听到海风。高水平人才队伍逐步扩大。") == {}


def test_a_story_name_after_de_before_any_verb(nlp_people):
    assert set(nlp_people("危急时刻，过路的岑晓峰跳进了冰冷的河水。")) == {"岑晓峰"}
    assert set(nlp_people("被救的计小明已经脱离危险。")) == {"计小明"}
    # a direction before a place is a place, a foreign word no name
    assert nlp_people("属于贫民区的东伦敦口音很重。") == {}


def test_a_name_inside_a_frame_of_features(nlp_people):
    assert set(nlp_people("在范宏伟看来，读书是最好的投资。")) == {"范宏伟"}
    assert set(nlp_people("对于柯永生来说，这份工作意义重大。")) == {"柯永生"}
    assert set(nlp_people("在柴立新的带领下，村民们种上了果树。")) == {"柴立新"}
    assert set(nlp_people("像仇海燕这样的志愿者还有很多。")) == {"仇海燕"}
    # kinship words and ordinary words in the frame are no names; a verb before 了 is no given name
    assert nlp_people("和孙子一起玩耍。在常人看来，这不可能。让群众没想到的是，路修好了。") == {}


def test_people_named_by_their_part_in_a_rescue_or_a_good_deed(nlp_people):
    assert nlp_people("好心人谯德林捐出了一万元。") == {"谯德林": ["好心人"]}
    assert nlp_people("伤者申文静已被送往医院。") == {"申文静": ["伤者"]}
    assert nlp_people("失主屈志飞连声道谢。") == {"屈志飞": ["失主"]}
    assert nlp_people("几位好奇的旅客闻声凑过去。") == {}  # 闻声 is a verb


def test_an_age_in_words_before_a_name(nlp_people):
    assert set(nlp_people("年过七旬的宗伟每天早上都去公园锻炼。")) == {"宗伟"}
    assert set(nlp_people("年逾古稀的尚德文仍在田间劳作。")) == {"尚德文"}


def test_people_of_weddings_and_features_by_description(nlp_people):
    assert nlp_people("新郎林子杰和新娘苏梦瑶完婚。") == {"林子杰": ["新郎"], "苏梦瑶": ["新娘"]}
    assert nlp_people("白衣天使毛春燕连续奋战在一线。") == {"毛春燕": ["白衣天使"]}


def test_a_name_after_a_dash_takes_the_description_before_it(nlp_people):
    assert nlp_people("说起这事，好心人——景志宏至今记忆犹新。") == {"景志宏": ["好心人"]}
    assert set(nlp_people("她想起了一位老朋友———韩立新，两人相识多年。")) == {"韩立新"}
    assert nlp_people("这是一种好办法——方便又实惠。") == {}


def test_a_name_after_verbs_of_stories(nlp_people):
    assert set(nlp_people("他跟着蒋玉生干了三年木工。")) == {"蒋玉生"}
    assert set(nlp_people("随着何建军的一声令下，比赛开始了。")) == {"何建军"}
    assert set(nlp_people("在路上，我们遇到了潘德胜。")) == {"潘德胜"}
    assert set(nlp_people("几经周折，终于联系上了包文斌。")) == {"包文斌"}
    # ordinary words after the verbs, and a two-character word before 的, are no names
    assert nlp_people("跟着感觉走，随着时代发展，带着问题学习，随着严冬的到来。") == {}
    assert nlp_people("我们找到了方向，遇到了困难，联系上了家长。") == {}


def test_a_name_between_you_or_bei_and_a_verb(nlp_people):
    assert set(nlp_people("这个奖项最终由冯志刚获得。")) == {"冯志刚"}
    assert set(nlp_people("该职务由蔡国庆担任。")) == {"蔡国庆"}
    assert set(nlp_people("这一情况被宋志远发现后，他立即报了警。")) == {"宋志远"}
    assert nlp_people("由此可见，这个问题由大家讨论决定，比赛被取消了。") == {}


def test_a_name_between_yu_and_a_bond(nlp_people):
    assert set(nlp_people("他与林正平有着三十年的交情。")) == {"林正平"}
    assert set(nlp_people("她与戴建华结下了深厚的友谊。")) == {"戴建华"}
    assert set(nlp_people("我与孟庆林交往多年。")) == {"孟庆林"}
    # 和, 同 join words; 有关 is no bond
    assert nlp_people("北爱和平依然有希望。在防控的同时积极有序复工。这与高温有关。他与同事相处融洽。") == {}


def names_in_words(words, lex):
    """Names found in a text cut into the words given (the segmenter's cuts vary with context)."""
    text, bounds, k = "".join(words), set(), 0
    for w in words:
        bounds.add(k)
        k += len(w)
    return set(NameFinder(text, lex, bounds | {k}).run())


def test_a_name_glued_to_a_home(lex):
    def found(words):
        return names_in_words(words, lex)
    assert found(["我们", "来到", "葛玉梅家", "的", "院子", "。"]) == {"葛玉梅"}
    assert found(["走进", "柏", "志新", "家庭", "，", "屋里", "很", "整洁", "。"]) == {"柏志新"}
    assert found(["走进", "王", "国家", "的", "院子", "。"]) == set()


def test_a_compound_surname_cut_from_its_given_name_at_a_clause_start(lex):
    def found(words):
        return names_in_words(words, lex)
    assert found(["欧阳", "晓峰", "站", "在", "门口", "迎接", "客人", "。"]) == {"欧阳晓峰"}
    assert found(["欧阳", "光照", "射", "下来", "。"]) == set()


def test_a_rare_surname_cut_from_its_given_name_needs_strong_context(lex):
    def found(words):
        return names_in_words(words, lex)
    assert found(["糜", "海峰", "介绍", "，", "合作社", "已", "有", "社员", "。"]) == {"糜海峰"}
    assert found(["村民", "宓", "海波", "告诉", "记者", "，", "收成", "不错", "。"]) == {"宓海波"}
    # no speech verb after it, or a surname that is mostly a verb: weak evidence
    assert found(["宓", "海波", "来到", "村里", "。"]) == set()
    assert found(["高级", "干部", "有", "保健", "大夫", "。"]) == set()


def test_a_name_right_after_a_bracketed_byline_opens_a_clause(nlp_people):
    assert set(nlp_people("本报讯（记者张文）赵立强指出，要抓好春耕生产。")) == {"赵立强"}
    assert nlp_people("本报讯（记者张文）原定于下月举行的展会将提前举办。") == {}


def test_long_foreign_names_and_dictionary_names_after_foreign_offices(nlp_people):
    text = "罗马尼亚驻华大使康斯坦丁内斯库出席招待会。以色列外长利维４日宣布辞职。"
    assert set(nlp_people(text)) == {"康斯坦丁内斯库", "利维"}
    assert nlp_people("美国总统访华，双方发表联合声明。") == {}


def test_a_foreign_name_opening_a_clause_before_a_speech(nlp_people):
    text = "会上，伊万诺维奇表示，合作前景广阔。随后，恩托巴在记者招待会上说，双方将加强合作。"
    assert set(nlp_people(text)) == {"伊万诺维奇", "恩托巴"}
    assert nlp_people("会后，巴基斯坦表示欢迎。目前，安全生产形势总体平稳。") == {}
    # the last part of a dotted name is a later mention of it, no other person
    assert set(nlp_people("会见了以部长阿兰·布洛特为团长的代表团。布洛特说，访问很成功。")) == {"阿兰·布洛特"}


def test_a_name_ending_in_he_before_high_regard(nlp_people):
    assert set(nlp_people("县委书记范继和高度重视此项工作，多次现场调研。")) == {"范继和"}
    assert nlp_people("各级高度重视安全生产。") == {}


def test_names_the_dictionary_tags_as_their_given_name(nlp_people):
    # jieba tags 梁建国 a place as it tags 建国: a name all the same, where names stand
    text = "退休教师梁建国每天到公园义务清扫。村党支部书记马建国带领群众修路。"
    assert set(nlp_people(text)) == {"梁建国", "马建国"}
    assert nlp_people("建国以来，全市发生了巨大变化。国庆节期间，各景区游客爆满。") == {}


def test_japanese_names_by_family_and_given_name(nlp_people):
    text = "日本客商吉田健二一行来我市考察。自由党党首小泽太郎表示支持。日本专家伊藤美智子女士授课。"
    assert set(nlp_people(text)) == {"吉田健二", "小泽太郎", "伊藤美智子"}
    # a Japanese family name as a Chinese name or a place, a given name that is a word
    assert nlp_people("市长中田一行来到现场。田中一片金黄。他考上了中山大学。") == {}


def test_a_dotted_name_whose_first_part_is_no_transliteration(nlp_people):
    # 吐, 艾 are no transliteration characters: the name starts where the segmenter's word does
    assert set(nlp_people("吐尔洪·买买提说，感谢党的好政策。")) == {"吐尔洪·买买提"}
    assert nlp_people("国会主席沙曼·维雅吉会见了代表团。") == {"沙曼·维雅吉": ["国会主席"]}
    assert nlp_people("纪念一二·九运动八十周年。") == {}


def test_a_rare_or_adverb_surname_cut_after_a_description(nlp_people):
    text = "快递员相立强每天骑行上百公里。慰问了困难职工全秀兰。环卫工人常玉芬每天凌晨上班。"
    assert set(nlp_people(text)) == {"相立强", "全秀兰", "常玉芬"}
    assert nlp_people("职工相互帮助。居民全程参与监督。村民常年在外打工。") == {}


def test_titles_of_companies_trades_and_the_then_serving(nlp_people):
    # 区长X与某公司总经理Y: a titled person joined to the next, no organisation's name
    found = nlp_people("区委副书记、区长李丽华与恒远新能源科技有限公司总经理赵晓东代表双方签约。")
    assert found["赵晓东"] == ["恒远新能源科技有限公司总经理"]
    # a company named with 和 (临江天和集团), a chief officer, a trade before 大户, 时任 a pointer
    assert nlp_people("座谈会上，临江天和集团董事长陈德胜发言。")["陈德胜"] == ["临江天和集团董事长"]
    assert nlp_people("该集团首席财务官梁志远参加会见。")["梁志远"] == ["首席财务官"]
    assert nlp_people("村党支部书记黄建民、种茶大户龙秀英一起算账。")["龙秀英"] == ["种茶大户"]
    assert nlp_people("1986年，时任某州委书记吴家明到村里调研。")["吴家明"] == ["某州委书记"]
    assert nlp_people("合作社社员梁秋月说，收入翻了一番。")["梁秋月"] == ["合作社社员"]


def test_a_preposition_surname_cut_after_a_title(nlp_people):
    # 向 is mostly a preposition: a name when the segmenter cut off a given name of its own
    # and punctuation or a word that follows names comes next
    found = nlp_people("县委副书记、县长向丽华，乡村医生向国栋，镇党委书记向春明主持会议。")
    assert found == {"向丽华": ["县委副书记", "县长"], "向国栋": ["乡村医生"], "向春明": ["镇党委书记"]}
    assert nlp_people("县长赵卫东向全县人民拜年。院长王建国向德国客人介绍情况。局长向社会各界表示感谢。") == {
        "赵卫东": ["县长"], "王建国": ["院长"]}
    assert nlp_people("书记向大家通报了全年工作。镇长向村民了解春耕情况。") == {}


def test_regional_surnames_and_a_surname_glued_to_its_title(nlp_people):
    # 俸, 丘 are surnames of the household registers, not of the 百家姓
    found = nlp_people("镇党委书记俸建国汇报了情况。区领导张卫东、俸建华、晏丽萍参加签约仪式。")
    assert set(found) == {"俸建国", "张卫东", "俸建华", "晏丽萍"}
    # 护士|长丘|丽华: the segmenter glued the surname to the title
    assert nlp_people("市人民医院护士长丘丽华带着护士为老人测量血压。") == {"丘丽华": ["市人民医院护士长"]}
    assert nlp_people("古代官员的俸禄由朝廷发放。村民在丘陵地带种植茶叶。") == {}


def test_minority_names_with_long_parts_and_dotted_slogans(nlp_people):
    # the last part holds characters that are no transliteration characters (力, 别)
    found = nlp_people("副县长木拉提·哈力木拜克，县财政局局长热孜万古丽参加座谈。县长叶尔江·哈力木拜主持会议。")
    assert found == {"木拉提·哈力木拜克": ["副县长"], "热孜万古丽": ["县财政局局长"], "叶尔江·哈力木拜": ["县长"]}
    assert set(nlp_people("正在地里干活的农民保罗·德桑蒂斯开着汽车回家。")) == {"保罗·德桑蒂斯"}
    # a dotted phrase alone in quotes is an activity's name; a name inside an organisation's is not
    assert nlp_people("社区开展“学雷锋·暖夕阳”志愿服务活动，社区书记张红梅参加。") == {"张红梅": ["社区书记"]}
    assert set(nlp_people("反政府武装“安德烈斯·卡斯特罗联合阵线”交出武器。")) == {"安德烈斯·卡斯特罗"}


def test_a_name_the_segmenter_keeps_whole_is_not_cut_into_two(nlp_people):
    # 李桂兰|接力|施救: not 李桂 and 兰接力 glued together, though 施救 may follow a name
    assert nlp_people("村民张大勇和环卫工人李桂兰接力施救。") == {"张大勇": ["村民"], "李桂兰": ["环卫工人"]}
    assert nlp_people("副市长张海涛李建民出席会议。") == {"张海涛": ["副市长"], "李建民": ["副市长"]}


def test_officers_of_firms(nlp_people):
    found = nlp_people("集团副总裁陈建华，首席财务官王海涛，财务总监刘晓燕参加会见。")
    assert found == {"陈建华": ["集团副总裁"], "王海涛": ["首席财务官"], "刘晓燕": ["财务总监"]}


def test_facilities_named_after_places_and_nouns_joined_after_de(nlp_people):
    # 周口港: a place and 港 is a port, no 周 named 口港
    assert nlp_people("他说，周口港正在加快建设。列车驶出信阳站后，乘务员李秀英送上热水。") == {"李秀英": ["乘务员"]}
    # 的关怀和“七一”问候: 和 joins two nouns after 的; a name ending in 和 takes a verb after it
    assert nlp_people("为他们送去党组织的关怀和“七一”节日问候。") == {}
    assert set(nlp_people("获奖的郑永和说，这份荣誉属于大家。")) == {"郑永和"}


def test_a_speech_verb_is_no_given_name(nlp_people):
    # the segmenter cut 韩|振|江建议: the name is 韩振江, 建议 what he did
    found = nlp_people("市政协委员、市水利局原局长韩振江建议，要加强管护。")
    assert found == {"韩振江": ["市政协委员", "市水利局原局长"]}


def test_a_preposition_ends_a_name_before_a_dotted_one(nlp_people):
    assert set(nlp_people("阙国栋对马丁·霍夫曼一行的到来表示欢迎。")) == {"阙国栋", "马丁·霍夫曼"}


def test_a_surname_that_is_hardly_a_word_after_an_office(nlp_people):
    # 蒯 is a word almost never: after an office it opens a name before any verb
    found = nlp_people("心内科主任医师蒯晓明一上午就接诊了60多名群众。")
    assert found == {"蒯晓明": ["心内科主任医师"]}
    assert nlp_people("专家和权威人士出席。") == {}  # 和 is a word: no name after 专家


def test_a_schools_year_or_class_before_a_description(nlp_people):
    found = nlp_people("校长致辞。该校1987届校友、航天专家孟宪华发来视频。高三(5)班学生郝思雨代表新生发言。")
    assert found == {"孟宪华": ["1987届校友", "航天专家"], "郝思雨": ["高三(5)班学生"]}


def test_a_surname_the_segmenter_cut_off_its_given_name_anywhere(nlp_people):
    # no title, no verb of speech: a frequent surname and a given name, each a word of the
    # segmenter's, after a place, an organisation or a description ending in 者/户/员
    assert set(nlp_people("突然被尾随而至的刑满释放者贾志波用刀抵住胸口。")) == {"贾志波"}
    assert set(nlp_people("图为东河湾村邓秀华高兴地从镇上领回奖状。")) == {"邓秀华"}
    # a measure word after a number, a quoted word, a noun's suffix: no name
    assert nlp_people("他垫支7000元兴修水利，确立防汛工作“金标准”，当前正是项目建设的黄金期。") == {}


def test_a_verb_of_telling_someone_opens_the_title_after_it(nlp_people):
    found = nlp_people("市长高德明还叮嘱市政府副秘书长孔令山，要尽快拿出方案。")
    assert found == {"高德明": ["市长"], "孔令山": ["市政府副秘书长"]}


def test_given_names_the_dictionary_knows_as_words_right_after_an_office(nlp_people):
    # 冷清 (quiet) after 主任 and before a comma; 鲍立|新 cut after a word, closed by 陪同
    found = nlp_people("市卫健委党组书记、主任冷清，桥东区委书记翟向东参加督导。")
    assert found == {"冷清": ["市卫健委党组书记", "主任"], "翟向东": ["桥东区委书记"]}
    assert set(nlp_people("麦积区委副书记、区长鲍立新陪同。")) == {"鲍立新"}
    # what a person did, or an ordinary word and one more character, is no name
    assert nlp_people("有位美国科学家宣布，只要筹足资金，就能建成。") == {}
    assert nlp_people("要把重点放在提高教练员水平上，教练员水平高了，成绩才能上去。") == {}


def test_a_note_in_brackets_after_a_post_is_part_of_the_title(nlp_people):
    found = nlp_people("郸城县委副书记、县长（代）诸葛文海，市农业农村局局长宋立军出席。")
    assert found["诸葛文海"] == ["郸城县委副书记", "县长（代）"]


def test_what_the_persons_firm_did_before_a_description(nlp_people):
    assert nlp_people("签约企业代表甘小霖发言。") == {"甘小霖": ["签约企业代表"]}


def test_a_name_always_written_with_one_more_character_ends_with_it(nlp_people):
    # a Yi name read as a Han one (吉克日|呷): every time it is written, 呷 follows, then a verb
    found = nlp_people("州人大常委会副主任吉克日呷率视察组到西昌市视察。吉克日呷指出，要健全机制。吉克日呷要求，要抓好落实。")
    assert set(found) == {"吉克日呷"}


def test_times_of_day_after_a_name_and_verbs_of_inviting_before_a_title(nlp_people):
    found = nlp_people("心血管内科主任、主任医师孟振国一上午接诊了40多位群众。")
    assert found == {"孟振国": ["心血管内科主任", "主任医师"]}
    found = nlp_people("会议特邀省委党校经济学教研部教授尹秋生作辅导报告。县检察院指派检察员桑立明出庭支持公诉。")
    assert found == {"尹秋生": ["省委党校经济学教研部教授"], "桑立明": ["检察员"]}
    # the party committee's study group: 学习 is no verb here
    found = nlp_people("县委书记、县委理论学习中心组组长欧阳志明主持并讲话。")
    assert found == {"欧阳志明": ["县委书记", "县委理论学习中心组组长"]}
    assert nlp_people("张店区科苑街道华光路社区开展志愿服务。") == {}


def test_a_building_or_the_revolution_before_a_description(nlp_people):
    found = nlp_people("5号楼居民岳春兰说，志愿者来了。射洪县个体工商户代表丁长林发言。她讲了革命烈士游德勋的故事。")
    assert found["岳春兰"] == ["5号楼居民"]
    assert found["丁长林"] == ["射洪县个体工商户代表"]
    assert found["游德勋"] == ["革命烈士"]


def test_a_surname_hardly_ever_a_word_after_an_office_before_any_verb(nlp_people):
    found = nlp_people("县统计局局长綦立新分析说，农村居民收入较快增长。项目经理宓文华指着正在施工的大楼说。")
    assert found == {"綦立新": ["县统计局局长"], "宓文华": ["项目经理"]}
    assert nlp_people("据了解，华光路社区党委自2021年起开展志愿服务。") == {}  # a road, no name


def test_a_list_of_things_is_no_list_of_names(nlp_people):
    assert nlp_people("好来宝、呼麦、安代舞等节目轮番上演，现场掌声不断。") == {}
    assert set(nlp_people("王建国、李明、张华等同志参加活动。")) == {"王建国", "李明", "张华"}


def test_a_name_the_segmenter_keeps_whole_ends_before_yu(nlp_people):
    found = nlp_people("签约仪式上，佟国华与辽宁海澜新能源科技有限公司董事长尹博远分别致辞。")
    assert found["尹博远"] == ["辽宁海澜新能源科技有限公司董事长"]


def test_uyghur_name_parts_after_a_dot_and_a_word_after_the_name(nlp_people):
    assert nlp_people("副县长努尔古丽·阿不都热依木出席揭牌仪式。") == {"努尔古丽·阿不都热依木": ["副县长"]}
    assert set(nlp_people("吐尔洪·沙吾尔高兴地说：“院士工作站建在了家门口。”")) == {"吐尔洪·沙吾尔"}
    assert set(nlp_people("美国联邦调查局局长路易斯·布朗不久前也曾公开表态。")) == {"路易斯·布朗"}


def test_white_hair_is_no_name_and_embroiderers_are_described(nlp_people):
    assert nlp_people("孩子们跟着一位白发老人一笔一画地练字。") == {}
    assert nlp_people("绣娘杨阿秀说，订单排到了年底。") == {"杨阿秀": ["绣娘"]}


def test_parallel_phrases_and_verb_complements_are_no_names(nlp_people):
    assert nlp_people("项目坚持边建设、边投产、边招商，当年见效。") == {}
    assert nlp_people("产业兴旺了，农民富起来了。") == {}


def test_a_surname_hardly_a_word_after_a_group_word_of_officials(nlp_people):
    assert set(nlp_people("市领导毋国庆、闫小明、王付生出席。")) == {"毋国庆", "闫小明", "王付生"}


def test_a_place_short_name_is_a_given_name_after_a_surname_that_is_hardly_a_word(nlp_people):
    # 秀英 is a district's short name too; after 蒯 (hardly ever a word) it is a given name
    assert nlp_people("某镇低保户蒯秀英说，日子越过越好。") == {"蒯秀英": ["某镇低保户"]}


def test_a_post_word_that_goes_on_into_a_body_is_no_title(lex):
    from graph_builder.extract.rules import find_titles
    text = "市委书记某某某参加人大三次会议某县代表团审议，与代表们一起审议报告。"
    assert [text[t.start:t.end] for t in find_titles(text, lex)] == ["市委书记"]


def test_he_opens_a_name_right_after_an_office_before_a_verb(nlp_people):
    assert nlp_people("州人大常委会副主任段某某，副州长和文斌出席并颁奖。") == \
        {"段某某": ["州人大常委会副主任"], "和文斌": ["副州长"]}
    assert nlp_people("罗某某总工程师也成为这方面的专家和权威。").keys() == {"罗某某"}


def test_descriptions_of_heritage_bearers_farm_owners_and_returned_overseas_chinese(nlp_people):
    assert nlp_people("在某村，杂技世家第五代传人于小军表演了顶碗。") == {"于小军": ["杂技世家第五代传人"]}
    assert nlp_people("家庭农场主吕芳芳、某乡合作社理事长黄某平先后发言。") == \
        {"吕芳芳": ["家庭农场主"], "黄某平": ["某乡合作社理事长"]}
    assert nlp_people("90岁的菲律宾归侨许秀治老人早早就在门口等着。") == {"许秀治": ["菲律宾归侨"]}


def test_a_function_word_surname_after_a_description_before_a_speech_verb(nlp_people):
    assert nlp_people("来自某镇的种粮大户向远山说，他今年流转了120亩。") == {"向远山": ["种粮大户"]}


def test_the_first_name_of_a_titled_list_may_be_a_word(nlp_people):
    found = nlp_people("获奖的有：市书法家协会会员高山、林某峰、向某菊，退休干部原春来。")
    assert found == {"高山": ["市书法家协会会员"], "林某峰": ["市书法家协会会员"],
                     "向某菊": ["市书法家协会会员"], "原春来": ["退休干部"]}
    assert nlp_people("要为困难群众解难题、办实事。") == {}


def test_he_ends_a_name_before_deng_and_opens_one_in_a_list_after_an_office(nlp_people):
    assert nlp_people("县委书记时某，县政协主席高玉和等县领导出席。") == {"时某": ["县委书记"], "高玉和": ["县政协主席"]}
    assert nlp_people("副市长和晓明、万里，市政府秘书长郭某某参加会见。") == \
        {"和晓明": ["副市长"], "万里": ["副市长"], "郭某某": ["市政府秘书长"]}


def test_a_place_short_name_after_a_preposition_surname_before_punctuation_is_a_given_name(nlp_people):
    assert nlp_people("某市委副书记、市长向东明，常务副市长李某某陪同。") == \
        {"向东明": ["某市委副书记", "市长"], "李某某": ["常务副市长"]}
    assert nlp_people("县长向东明县人民致以问候。") == {}


def test_along_with_a_class_in_brackets_and_a_prefecture_by_its_short_name(nlp_people):
    assert nlp_people("随着市委书记、市人大常委会主任赵某风一声令下，项目开工。") == \
        {"赵某风": ["市委书记", "市人大常委会主任"]}
    assert nlp_people("新生代表、七(3)班学生蓝诗雨发言。") == {"蓝诗雨": ["新生代表", "七(3)班学生"]}
    assert nlp_people("昌吉州人民政府与某公司签署协议。") == {}


def test_vietnamese_women_s_names_with_shi_in_a_text_about_vietnam(nlp_people):
    assert nlp_people("越南某省某市委副书记、人民议会主席黎氏青兰出席签约仪式。") == \
        {"黎氏青兰": ["越南某省某市委副书记", "人民议会主席"]}
    assert nlp_people("越南某市副市长阮氏花说，合作前景广阔。") == {"阮氏花": ["越南某市副市长"]}


def test_a_dotted_name_closing_a_bare_list_ends_before_deng(nlp_people):
    found = nlp_people("市领导为冷某英、马某兰、聂某虎、艾力·吐尔逊等受表彰代表颁发证书。")
    assert "艾力·吐尔逊" in found and not any("等" in name for name in found)


def test_a_title_the_segmenter_glued_to_the_name_after_it_and_a_place_named_in_a_list(nlp_people):
    found = nlp_people("大会执行主席时伟、江华、文建民、向春梅在主席台前排就座。")
    assert found == {name: ["大会执行主席"] for name in ("时伟", "江华", "文建民", "向春梅")}


def test_after_an_office_a_whole_word_of_a_rare_surname_a_place_glued_and_verbs_of_bringing_up(nlp_people):
    assert nlp_people("心内科主任医师刀丽芬一边为村民测量血压，一边讲解。") == {"刀丽芬": ["心内科主任医师"]}
    assert nlp_people("副市长、市防汛抗旱指挥部指挥长武红霞主持会议。") == \
        {"武红霞": ["副市长", "市防汛抗旱指挥部指挥长"]}
    assert nlp_people("说起某村第一书记诸葛欣然，村民们都竖起大拇指。") == {"诸葛欣然": ["某村第一书记"]}


def test_no_name_starts_right_after_a_number_and_everyday_words_the_dictionary_calls_names(nlp_people):
    assert set(nlp_people("当天19时许，今年47岁的肖振兴回忆说。")) == {"肖振兴"}
    assert nlp_people("临走时，夫妻俩一再向民警道谢。") == {}


def test_names_of_surnames_that_are_words_before_titles_in_brackets(nlp_people):
    found = nlp_people("出席发布会的有：向立民（市人社局副局长）、于红（市教委副主任）、和建新（市财政局副局长）。")
    assert found == {"向立民": ["市人社局副局长"], "于红": ["市教委副主任"], "和建新": ["市财政局副局长"]}


def test_a_name_ends_before_where_someone_is_and_a_hyphen_joins_two_foreign_names(nlp_people):
    assert nlp_people("市长走到焊工卜春雷身边，询问他的收入。") == {"卜春雷": ["焊工"]}
    assert nlp_people("某集团技术总监汉斯-彼得·沃尔夫等参加会见。") == {"汉斯-彼得·沃尔夫": ["某集团技术总监"]}


def test_a_name_s_last_character_glued_to_the_verb_after_it(nlp_people):
    assert nlp_people("正在给油菜追肥的村民揭长福拉起了家常。") == {"揭长福": ["村民"]}
    assert nlp_people("网格员李红梅和村医常国华守在安置点。") == {"李红梅": ["网格员"], "常国华": ["村医"]}
    assert nlp_people("县长王刚主持会议。") == {"王刚": ["县长"]}


def test_a_word_name_after_an_office_before_a_word_that_follows_names(nlp_people):
    assert nlp_people("市人大常委会副主任路平安，市政协副主席甘露分别陪同。") == \
        {"路平安": ["市人大常委会副主任"], "甘露": ["市政协副主席"]}
    assert nlp_people("大家要齐心协力，主任齐心协力抓落实。") == {}


def test_a_dotted_name_ends_before_a_preposition_the_segmenter_glued_on(nlp_people):
    assert set(nlp_people("“每次来都有新的收获。”皮埃尔·勒菲弗用略显生硬的汉语对记者说。")) == {"皮埃尔·勒菲弗"}


def test_a_firm_s_chief_representative_in_a_region(nlp_people):
    assert nlp_people("日本某某株式会社中国区总代表佐藤健一表示，将扩大投资。") == {"佐藤健一": ["日本某某株式会社中国区总代表"]}


def test_a_chief_statistician_is_no_president(nlp_people):
    assert nlp_people("市统计局总统计师皮建国介绍，前三季度经济稳中有进。") == {"皮建国": ["市统计局总统计师"]}


def test_kazakh_and_uyghur_name_parts_after_the_dot_and_a_home_after_the_name(nlp_people):
    assert nlp_people("县委副书记、县长努尔兰·托合塔尔别克走进哈萨克族牧民努尔别克·哈力木家中。") == \
        {"努尔兰·托合塔尔别克": ["县委副书记", "县长"], "努尔别克·哈力木": ["哈萨克族牧民"]}
    assert nlp_people("维吾尔族村民麦麦提江·艾则孜说，日子越来越好。") == {"麦麦提江·艾则孜": ["维吾尔族村民"]}
    assert set(nlp_people("帕提古丽·吾拉木家中欢声笑语。")) == {"帕提古丽·吾拉木"}


def test_a_share_or_a_multiple_is_no_name(nlp_people):
    assert nlp_people("其中，易地扶贫搬迁群众占六成以上。") == {}


def test_a_name_before_an_office_and_a_one_character_verb(nlp_people):
    assert nlp_people("会上，市农科院柯红梅研究员作了专题辅导。") == {"柯红梅": ["研究员"]}


def test_a_name_the_segmenter_cuts_written_twice_after_an_office(nlp_people):
    assert nlp_people("县委书记包容新对会议作出批示。包容新在批示中指出，过去一年。") == {"包容新": ["县委书记"]}


def test_names_before_the_verb_that_gives_them_a_post(lex):
    found = set(NameFinder("检查组由邝立平任组长、闵春华任副组长。大会上，宁善琪当选为县政协主席。", lex).run())
    assert found == {"邝立平", "闵春华", "宁善琪"}


def test_which_holder_of_a_post_is_part_of_the_title(lex):
    assert people("市书法家协会首任会长柯正清出席。", lex) == {"柯正清": ["市书法家协会首任会长"]}


def test_tibetan_and_mongolian_names_are_made_of_name_words(lex):
    text = "州委副书记格桑多吉，副州长卓玛央金，旗长巴图孟和出席。牧民旺堆说，今年收入不错。"
    assert set(NameFinder(text, lex).run()) == {"格桑多吉", "卓玛央金", "巴图孟和", "旺堆"}


def test_a_dotted_name_starts_after_a_verb_and_ends_before_a_word_that_follows_names(nlp_people):
    found = nlp_people("副厅长买买提•吾斯曼率调研组深入农户。宽敞的新房，让古再丽•艾买提一家喜笑颜开。")
    assert set(found) == {"买买提•吾斯曼", "古再丽•艾买提"}


def test_regional_surnames_of_the_national_ranking(nlp_people):
    found = nlp_people("副县长粘立华、揣永明出席。镇党委书记隽长青说，要抓好落实。")
    assert set(found) == {"粘立华", "揣永明", "隽长青"}


def test_trades_graduates_nationals_and_the_five_kinds_of_moral_models(nlp_people):
    text = ("他听取了镇党委书记宁海川关于工作的汇报。参加演练的操作工柯立华说，很有收获。"
            "应届毕业生韦小禾、美籍华人甘思远出席。孝老爱亲模范卓春兰发言。")
    assert nlp_people(text) == {"宁海川": ["镇党委书记"], "柯立华": ["操作工"], "韦小禾": ["应届毕业生"],
                                "甘思远": ["美籍华人"], "卓春兰": ["孝老爱亲模范"]}


def test_adverbs_and_a_places_one_character_name_are_no_names(nlp_people):
    found = nlp_people("刘文远在致辞中说，自己少年时曾在这所中学读书，希望外资企业加大在苏研发投入。")
    assert set(found) == {"刘文远"}


def test_compound_surnames_glued_to_the_office_and_rare_ones_after_a_description(nlp_people):
    found = nlp_people("消防大队防火参谋尉迟明为师生讲解。公司首席技术官司徒辉现场演示。书记来到下岗职工雒振民家中。")
    assert set(found) == {"尉迟明", "司徒辉", "雒振民"}


def test_a_prepositions_surname_before_the_word_that_closes_a_list(nlp_people):
    assert set(nlp_people("会上，大学教授向春林等分别作专题报告。")) == {"向春林"}


def test_korean_fujian_and_dai_surnames(nlp_people):
    assert set(nlp_people("延吉市副市长玄明哲、市政协副主席留志川出席。")) == {"玄明哲", "留志川"}


def test_yi_clan_names_and_naxi_surnames(nlp_people):
    found = nlp_people("县委书记吉克木呷、副县长阿苏拉则出席。市委书记木立华说，要抓好落实。")
    assert set(found) == {"吉克木呷", "阿苏拉则", "木立华"}


def test_kinship_words_and_abstract_nouns_are_no_names(nlp_people):
    assert set(nlp_people("老人说：“还能照顾孙子。”他说，要守护好古城的原真性和完整性。")) == set()


def test_titles_of_branch_secretaries_helpers_and_people_moved_back(nlp_people):
    text = "周城村党总支书记柯立祥说，要抓好落实。消防大队宣传员甘小笛讲解。书记走进回迁居民卓凤兰家中。"
    assert nlp_people(text) == {"柯立祥": ["周城村党总支书记"], "甘小笛": ["消防大队宣传员"], "卓凤兰": ["回迁居民"]}


def test_a_name_of_a_surname_that_is_a_word_written_three_times(nlp_people):
    text = "市委书记木立新到古城区调研。木立新一行察看了街区。木立新要求，要守护好古城。"
    assert nlp_people(text) == {"木立新": ["市委书记"]}


def test_dai_names(nlp_people):
    found = nlp_people("副州长岩温罕一同调研。州委书记走进村民岩香龙家中。傣族老人玉罕香今年78岁。")
    assert set(found) == {"岩温罕", "岩香龙", "玉罕香"}


def test_a_ships_quoted_name_opens_the_title(lex):
    text = "救援中，“粤湛江渔01588”船船长柯海明说，风浪太大了。"
    assert people(text, lex) == {"柯海明": ["“粤湛江渔01588”船船长"]}


def test_a_college_department_before_a_description(nlp_people):
    assert nlp_people("某学院历史系学生柯思琪说，讲座很精彩。") == {"柯思琪": ["某学院历史系学生"]}


def test_a_description_and_a_pronoun_of_time_are_no_names_and_a_family_name_is_the_dotted_one(nlp_people):
    found = nlp_people("组织党员楼栋长参与小区管理。那时候学校只有3间土坯房。公司总裁托马斯·魏纳尔出席。魏纳尔说，合作前景广阔。")
    assert set(found) == {"托马斯·魏纳尔"}


def test_a_hyphenated_french_name_keeps_its_jean_and_a_rare_surnames_third_character(nlp_people):
    found = nlp_people("法国太极拳联合会主席让-吕克·贝尔纳出席。种植户苌天福种了30多年山药。")
    assert set(found) == {"让-吕克·贝尔纳", "苌天福"}


def test_a_mongolian_name_of_two_name_words_the_segmenter_cut(nlp_people):
    assert set(nlp_people("达斡尔族歌手敖登格日乐演唱了民歌。彝族老党员字正明说，日子好了。")) == {"敖登格日乐", "字正明"}


def test_titles_spoken_for_and_a_delegations_head(nlp_people):
    found = nlp_people("副市长韦立询问老人的生活情况，代表市委书记柯建勋、市长甘宏民向他致以问候。代表团团长卓明远出席。")
    assert found == {"韦立": ["副市长"], "柯建勋": ["市委书记"], "甘宏民": ["市长"], "卓明远": ["代表团团长"]}


def test_a_note_on_a_list_item_does_not_end_the_list(nlp_people):
    found = nlp_people("副市长柯立新（挂职）、甘秀英出席。")
    assert found == {"柯立新": ["副市长"], "甘秀英": ["副市长"]}


def test_native_places_countries_and_abroad_before_a_description(nlp_people):
    found = nlp_people("河南籍选手甘晓峰获得亚军。在京焦作籍企业家柯晓峰、白俄罗斯籍硕士研究生卓丽娜参加座谈。"
                       "尼日利亚商人奥卢·阿德巴约则表示满意。冠军被埃塞俄比亚选手梅塞·阿亚娜获得。台山旅加侨领甘伯年致辞。")
    assert found == {"甘晓峰": ["河南籍选手"], "柯晓峰": ["在京焦作籍企业家"], "卓丽娜": ["白俄罗斯籍硕士研究生"],
                     "奥卢·阿德巴约": ["尼日利亚商人"], "梅塞·阿亚娜": ["埃塞俄比亚选手"], "甘伯年": ["台山旅加侨领"]}


def test_people_gathering_is_no_name_and_a_masters_line_keeps_its_art(nlp_people):
    found = nlp_people("中外太极拳爱好者齐聚陈家沟。陈氏太极拳第十二代传人陈晓墨、杨式太极拳第五代传人柯立新出席。")
    assert found == {"陈晓墨": ["陈氏太极拳第十二代传人"], "柯立新": ["杨式太极拳第五代传人"]}


def test_a_given_name_ending_in_he_before_a_conjunction(nlp_people):
    found = nlp_people("随后，副市长皇甫庆和与柯明远分别代表双方签字。68岁的村医甘庆和把血压计摆好。")
    assert found == {"皇甫庆和": ["副市长"], "柯明远": [], "甘庆和": ["村医"]}


def test_a_country_opens_a_description(nlp_people):
    assert nlp_people("5月8日，市长会见了途经我市的客人，菲律宾侨商施嘉宝一行。") == {"施嘉宝": ["菲律宾侨商"]}


def test_a_longer_name_read_at_the_same_place_takes_the_titles_before_it(nlp_people):
    found = nlp_people("泰国清莱府副府尹颂猜·汶塔翁等嘉宾出席。曼听村村民玉香和姐妹们一早就换上了新衣。")
    assert found == {"颂猜·汶塔翁": ["泰国清莱府副府尹"], "玉香": ["曼听村村民"]}


def test_a_compound_surname_and_one_character_and_no_township_as_a_japanese_name(nlp_people):
    found = nlp_people("昨日，副市长欧阳靖，市政协副主席柯国华出席。8月3日，金城乡党委书记甘志远说，他是榜样。")
    assert found == {"欧阳靖": ["副市长"], "柯国华": ["市政协副主席"], "甘志远": ["金城乡党委书记"]}


def test_a_short_reading_of_a_name_found_whole_elsewhere_and_a_family_is_no_name(nlp_people):
    found = nlp_people("环卫工人甘全喜扔下扫帚跳入河中。51岁的甘全喜顾不上脱掉工作服。提起司马家，乡亲们都会说一声好。")
    assert found == {"甘全喜": ["环卫工人"]}


def test_two_of_a_kind_joined_by_he_share_their_description(nlp_people):
    assert nlp_people("在岸边钓鱼的市民甘光华和卓志刚见状，迅速把钓竿伸了过去。") == {"甘光华": ["市民"], "卓志刚": ["市民"]}
    found = nlp_people("退休教师柯春生摆好了摊子。隔壁开杂货店的个体户甘金水和柯春生做了二十多年邻居。")
    assert found == {"柯春生": ["退休教师"], "甘金水": ["个体户"]}


def test_a_city_glued_to_what_it_opens_is_no_name(nlp_people):
    found = nlp_people("授信金额78.6亿元。许昌瑞祥发制品有限公司董事长甘立新介绍，许昌银保监分局局长上官凌云说，将加大支持。")
    assert found == {"甘立新": ["许昌瑞祥发制品有限公司董事长"], "上官凌云": ["许昌银保监分局局长"]}


def test_every_name_of_a_list_before_the_election_verb(nlp_people):
    found = nlp_people("全委会上，海来木呷当选为团市委书记，喻晓彤、勒格伍沙当选为团市委副书记，澹台丽、区志强当选为常委。")
    assert set(found) == {"海来木呷", "喻晓彤", "勒格伍沙", "澹台丽", "区志强"}


def test_adverbs_after_a_name_letters_of_congratulation_and_cadres_serving_elsewhere(nlp_people):
    found = nlp_people("集团董事长班永禄多次强调要支持老区。省委发来贺信。阮建勋与集团党委书记、董事长郏振亚座谈。"
                       "天津市援甘挂职干部邰振宇参加。")
    assert found == {"班永禄": ["集团董事长"], "阮建勋": [], "郏振亚": ["集团党委书记", "董事长"],
                     "邰振宇": ["天津市援甘挂职干部"]}


def test_regional_surnames_of_the_hui_and_of_shaanxi(nlp_people):
    assert nlp_people("市委副书记喇建荣、市人大常委会副主任骞玉莲出席。") == {
        "喇建荣": ["市委副书记"], "骞玉莲": ["市人大常委会副主任"]}


def test_a_given_name_kept_whole_after_an_office_and_a_rare_or_function_surname(nlp_people):
    found = nlp_people("该校党委书记蒲春生、校长位晓明，以及校友出席。殷墟博物馆馆长堵建新等出席开幕式。当主持人问巴图为什么坚持时，他笑了。")
    assert found == {"蒲春生": ["党委书记"], "位晓明": ["校长"], "堵建新": ["殷墟博物馆馆长"]}


def test_a_list_item_sharing_an_office_is_read_as_after_an_office(nlp_people):
    assert nlp_people("4月9日，副市长甘立新、操文杰出席。") == {"甘立新": ["副市长"], "操文杰": ["副市长"]}


def test_a_predicate_opened_by_a_preposition_or_together_ends_the_name(nlp_people):
    found = nlp_people("市政协委员常青、阿丽玛、萧子航围绕提升服务建言。青年演员佘丽娜、操文杰联袂表演。家长切莫轻信。")
    assert found == {"常青": ["市政协委员"], "阿丽玛": ["市政协委员"], "萧子航": ["市政协委员"],
                     "佘丽娜": ["青年演员"], "操文杰": ["青年演员"]}


def test_a_place_after_the_join_opens_the_next_title_and_long_names_end_before_it(nlp_people):
    found = nlp_people("5月20日，市委书记韦志刚在焦作迎宾馆与山西省晋城市委书记公孙岳峰一行座谈。"
                       "市长欧阳崇岳与中铁七局集团有限公司总经理晏鸿钧签约。")
    assert found["公孙岳峰"] == ["山西省晋城市委书记"] and found["晏鸿钧"] == ["中铁七局集团有限公司总经理"]
    # (an organisation's own join stays: 住房和城乡建设厅)
    assert nlp_people("省住房和城乡建设厅厅长韦志刚出席。")["韦志刚"] == ["省住房和城乡建设厅厅长"]


def test_verbs_of_asking_following_or_knowing_someone_end_the_title_before_it(nlp_people):
    found = nlp_people("当晚，所长罗开阳专门请来镇林业站站长苏光华一起调解。他跟随时任某县文化局局长杭建明下乡。")
    assert found["苏光华"] == ["镇林业站站长"] and found["杭建明"] == ["某县文化局局长"]


def test_a_bus_route_is_the_drivers_post_and_an_age_no_part_of_a_description(nlp_people):
    found = nlp_people("11月5日，某市公交集团18路公交车驾驶员韦志强发现乘客晕倒。33路驾驶员滕春梅上交手机。"
                       "61岁东乡街道居民柏德贵在家中摔倒。")
    assert found["韦志强"] == ["某市公交集团18路公交车驾驶员"] and found["滕春梅"] == ["33路驾驶员"]
    assert found["柏德贵"] == ["东乡街道居民"]


def test_yi_clan_names_open_a_name_of_two_syllables_after_them(nlp_people):
    found = nlp_people("运动员代表、县民族中学学生曲木拉果宣誓。射弩选手海来木则信心满满。")
    assert found["曲木拉果"] == ["运动员代表", "县民族中学学生"] and "海来木则" in found


def test_a_given_name_ending_in_he_before_a_report_given(nlp_people):
    found = nlp_people("省委宣讲团成员、省社会科学院副院长韦兆和作宣讲报告。")
    assert found["韦兆和"] == ["省委宣讲团成员", "省社会科学院副院长"]


def test_police_of_a_kind_describe_the_officer_and_a_courts_evidence_is_no_name(nlp_people):
    found = nlp_people("他与骑警韦海鹏驾驶警用摩托开道。社区片警滕家驹也表示支持。公诉人出示了被害人陈述、证人证言。")
    assert found["韦海鹏"] == ["骑警"] and found["滕家驹"] == ["社区片警"] and "陈述" not in found


def test_a_list_of_people_each_with_a_unit_in_brackets_names_them_all(nlp_people):
    found = nlp_people("十位“最美教师”分别是：韦红英（某街道中心幼儿园园长）、项立军（某镇中心学校）、"
                       "麻春宁（某县高级中学）、卜东海（县职教中心）。")
    assert found["韦红英"] == ["某街道中心幼儿园园长"] and {"项立军", "麻春宁", "卜东海"} <= set(found)


def test_a_visit_on_purpose_or_to_the_door_ends_the_name_before_it(nlp_people):
    found = nlp_people("当天，人民调解员郦宝华上门了解情况。下午，街道党工委书记阎振林专程来到老人家中。")
    assert found["郦宝华"] == ["人民调解员"] and found["阎振林"] == ["街道党工委书记"]


def test_a_surname_and_two_given_characters_right_after_a_title_the_segmenter_cut_anyhow(nlp_people):
    found = nlp_people("这时，坐在前排的退休教师仝振邦站了出来。龙驹镇玉龙村村民向德明摸着摩托车笑了。")
    assert found["仝振邦"] == ["退休教师"] and found["向德明"] == ["龙驹镇玉龙村村民"]
    # not when the third character makes a word with the next (贫困户养羊增收), nor 代表 after a title
    assert set(nlp_people("近年来，贫困户养羊增收明显。裁判员代表甘秀英宣誓。")) == {"甘秀英"}


def test_what_happened_to_a_person_and_a_numbered_school_stay_in_the_title(nlp_people):
    found = nlp_people("他把11名被困旅客甘晓燕接回家。搬迁群众卓玉梅说，新房子住着舒心。沧州一中校长丛立杰致辞。")
    assert found == {"甘晓燕": ["被困旅客"], "卓玉梅": ["搬迁群众"], "丛立杰": ["沧州一中校长"]}
    assert nlp_people("武警某部中校王立杰出席。")["王立杰"] == ["武警某部中校"]


def test_the_heritage_item_opens_its_inheritors_description(nlp_people):
    found = nlp_people("省级黎锦技艺非遗传承人符亚英现场展示。这位侗族大歌非遗传承人吴秀梅说。记者见到了非遗传承人卓秀兰。")
    assert found == {"符亚英": ["省级黎锦技艺非遗传承人"], "吴秀梅": ["侗族大歌非遗传承人"], "卓秀兰": ["非遗传承人"]}


def test_a_dai_name_of_one_syllable_ends_before_what_its_bearer_did(nlp_people):
    assert nlp_people("布朗族茶农岩三告诉检查组，古茶树长得很好。") == {"岩三": ["布朗族茶农"]}
    assert nlp_people("副州长岩温叫一同调研。") == {"岩温叫": ["副州长"]}


def test_a_race_or_a_festival_is_no_name(nlp_people):
    assert nlp_people("昨日上午，2016海峡两岸（厦门集美）龙舟赛在集美龙舟池开桨。") == {}


def test_an_adverb_of_at_once_ends_a_name_before_it(nlp_people):
    assert nlp_people("石鼓村党总支书记滕代平当场表态，一定把事办好。") == {"滕代平": ["石鼓村党总支书记"]}


def test_what_a_meeting_studies_is_no_organisation_before_and(nlp_people):
    found = nlp_people("会议传达学习了全国“两会”精神和省委书记卓怀谦在省委常委会上的讲话。")
    assert found == {"卓怀谦": ["省委书记"]}


def test_a_dotted_name_loses_the_words_the_segmenter_glued_on_either_side(nlp_people):
    found = nlp_people("泰国商务部副部长巴差·宋通猜率泰国商务代表团一行考察。在会见安德烈·霍夫纳一行时，他表示欢迎。"
                       "英国太极拳爱好者米洛·卡特格外引人注目。哈萨克族牧民叶尔兰·哈力木宰了一只羊。总经理买买提·艾力作表态发言。")
    assert set(found) == {"巴差·宋通猜", "安德烈·霍夫纳", "米洛·卡特", "叶尔兰·哈力木", "买买提·艾力"}


def test_short_country_names_and_traders_by_their_trade(nlp_people):
    found = nlp_people("印尼侨领柯其昌说，也门采购商萨利姆·哈桑说，蔬菜批发商卓永胜说，生意好做了。")
    assert found == {"柯其昌": ["印尼侨领"], "萨利姆·哈桑": ["也门采购商"], "卓永胜": ["蔬菜批发商"]}


def test_a_pointer_to_the_case_the_bank_or_the_association_is_no_part_of_the_title(nlp_people):
    found = nlp_people("该案主审法官欧阳卓琳说，该行大堂经理向婷婷说，该会创会理事长蔡文远说，该社区党支部书记卓立新说，好。")
    assert found == {"欧阳卓琳": ["主审法官"], "向婷婷": ["大堂经理"], "蔡文远": ["创会理事长"], "卓立新": ["党支部书记"]}


def test_a_representative_keeps_the_post_he_speaks_for_and_a_court_names_its_parties(nlp_people):
    found = nlp_people("驻村第一书记代表卓立新发言。法院以运输毒品罪判处被告人甘国强有期徒刑十五年。辩护人柯文静到庭。")
    assert found == {"卓立新": ["驻村第一书记代表"], "甘国强": ["被告人"], "柯文静": ["辩护人"]}


def test_a_modifier_of_what_a_place_received_opens_the_title_before_the_place(nlp_people):
    assert nlp_people("受捐赠村卫生室乡村医生代表卓立新说，设备很实用。") == {"卓立新": ["受捐赠村卫生室乡村医生代表"]}


def test_the_onset_of_a_word_that_follows_names_is_no_part_of_the_name(nlp_people):
    found = nlp_people("驻村第一书记司马琳正在核对账目。书记员甘翔参与庭审。市政协副主席欧阳铮作关于提案工作的报告。")
    assert set(found) == {"司马琳", "甘翔", "欧阳铮"}


def test_regional_surnames_and_grassroots_jobs(nlp_people):
    found = nlp_people("省乡村振兴局局长黑晓东出席。正在值守的巡堤员甘大满说，水位稳定。银行柜员卓婷婷及时报警。")
    assert found == {"黑晓东": ["省乡村振兴局局长"], "甘大满": ["巡堤员"], "卓婷婷": ["银行柜员"]}


@pytest.mark.parametrize("text, expected", [
    # a name the segmenter cut inside a Mongolian name word ends at the word's end
    ("旗教育局局长包特木尔汇报了工作。嘎查党支部书记苏日根达来介绍了发展模式。",
     {"包特木尔": ["旗教育局局长"], "苏日根达来": ["嘎查党支部书记"]}),
    # a Uyghur name's last syllable the segmenter cut off stays with it
    ("副主任医师艾力·吐尔地为群众义诊。村党支部书记买买提江·阿不都外力介绍，全村增收。",
     {"艾力·吐尔地": ["副主任医师"], "买买提江·阿不都外力": ["村党支部书记"]}),
    # Amdo Tibetan name words
    ("村党支部书记卓玛吉结合本村经验作了发言。乡村医生东主才华说，牧民看病方便了。",
     {"卓玛吉": ["村党支部书记"], "东主才华": ["乡村医生"]}),
])
def test_minority_names_the_segmenter_cut_stay_whole(nlp_people, text, expected):
    assert nlp_people(text) == expected


def test_a_post_taken_by_the_name_before_a_comma_is_no_title_of_the_next(nlp_people):
    found = nlp_people("庭长甘建军担任审判长，法官助理柴丽娟、书记员卓翔参与庭审。")
    assert found == {"甘建军": ["庭长"], "柴丽娟": ["法官助理"], "卓翔": ["书记员"]}
    assert nlp_people("市纪委书记，市监委主任卓立新出席。") == {"卓立新": ["市纪委书记", "市监委主任"]}


def test_a_named_neighbourhood_opens_its_residents_description_and_handing_over_ends_a_title(nlp_people):
    found = nlp_people("城关镇北街社区独居老人甘桂芝今年82岁。民警把老人送到某区公安分局花果派出所民警卓鹏程手中。")
    assert found == {"甘桂芝": ["城关镇北街社区独居老人"], "卓鹏程": ["某区公安分局花果派出所民警"]}


def test_the_early_2020_name_of_the_disease_stays_inside_a_title(nlp_people):
    found = nlp_people("市委书记、市新型冠状病毒感染的肺炎疫情防控工作领导小组组长卓立新到高速路口检查。")
    assert found == {"卓立新": ["市委书记", "市新型冠状病毒感染的肺炎疫情防控工作领导小组组长"]}


def test_a_deputy_who_speaks_has_the_title_after_the_name(nlp_people):
    assert nlp_people("“竹编成了金饭碗。”卓文海代表说，村里六百户人家从事竹编。") == {"卓文海": ["代表"]}
    assert nlp_people("卓文海代表市委讲话。") == {}


def test_a_boundary_character_ending_an_organisations_own_name_is_no_edge(nlp_people):
    found = nlp_people("武汉协和医院护士卓雅琴说，市见义勇为基金会秘书长甘美玲颁奖。此案由温县人民法院副院长柯红旗审理。")
    assert found == {"卓雅琴": ["武汉协和医院护士"], "甘美玲": ["市见义勇为基金会秘书长"], "柯红旗": ["温县人民法院副院长"]}


def test_an_election_or_a_call_received_ends_a_title(nlp_people):
    found = nlp_people("会议选举产生常务副会长甘鸿远、卓丽君。市海上搜救中心接到渔船船长柯海生的求救电话。")
    assert found["甘鸿远"] == ["常务副会长"] and found["柯海生"] == ["渔船船长"]
