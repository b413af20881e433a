from graph_builder.clean import clean_page, squeeze_line


def test_spaces_inside_dates_and_cjk_are_removed():
    text, offsets = squeeze_line(" 4 月 9 日上午，Windows 10 发布", 100)
    assert text == "4月9日上午，Windows 10发布"
    assert offsets[0] == 101  # the '4' sits after the leading space


def test_lines_rejoin_and_names_split_across_lines_come_back():
    page = "本报讯（记者杜玲）昨日，副市长孙起\n鹏出席会议并讲话。\n\n会议指出，要抓好落实。\n"
    cleaned = clean_page(page)
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[0] == "本报讯（记者杜玲）昨日，副市长孙起鹏出席会议并讲话。"
    assert texts[1] == "会议指出，要抓好落实。"


def test_offsets_map_back_to_the_original():
    page = "本报讯 4 月\n15 日，孟州市委书记卢和\n平主持召开会议。"
    para = clean_page(page).paragraphs[0]
    i = para.text.index("卢和平")
    assert page[para.offsets[i]] == "卢"
    assert page[para.offsets[i + 2]] == "平"


def test_editorial_marks_dropped_and_continuations_kept():
    page = "本报讯（记者郭嘉莉）会议召开。①3\n\n本报讯（记者刘婧）会议强调，（下转第二版②）\n"
    cleaned = clean_page(page)
    assert cleaned.paragraphs[0].text == "本报讯（记者郭嘉莉）会议召开。"
    assert cleaned.paragraphs[0].end_mark
    assert [c.text for c in cleaned.continuations] == ["（下转第二版②）"]
    assert cleaned.continuations[0].direction == "to"


def test_an_indented_credit_line_the_column_wrapped_stays_whole():
    from graph_builder.articles import split_articles

    page = "　　1月4日，某县召\n开会议，县长孙某海\n出席。\n\n　　文/本报记者 \n费某东 图/本报记\n者 左某\n"
    assert [a.reporters for a in split_articles(clean_page(page))] == [["费某东", "左某"]]


def test_a_deep_indent_makes_no_headline_of_an_opening_line():
    from graph_builder.articles import split_articles

    page = "      本报郑\n州4月2日电（特派\n记者 吕某刚）4月\n1日，代表团审议报\n告。\n"
    articles = split_articles(clean_page(page))
    assert [(a.headline_text, a.reporters) for a in articles] == [(None, ["吕某刚"])]


def test_a_web_page_of_short_paragraphs_keeps_a_paragraph_a_line():
    # Lines of 15–30 characters measure like a column, but each ends its sentence.
    page = ("某县召开春季农业生产工作会议\n"
            "本报讯（记者 岑某川）3月12日上午，全县春耕会议召开。\n"
            "县委书记冯某树出席会议并讲话。\n"
            "会议要求各乡镇抓好春耕备播，确保不误农时。\n"
            "与会人员一致表示，要认真落实会议精神。\n"
            "会议还对春季森林防火工作作了安排。\n"
            "某区举办迎新春书画展\n"
            "本报讯（记者 卜某满）近日，区文化馆举办书画展。\n"
            "展出作品二百余幅，吸引市民参观。\n"
            "书画展将持续至本月底，免费向市民开放。\n")
    cleaned = clean_page(page)
    assert len(cleaned.paragraphs) == len(page.splitlines())
    assert cleaned.paragraphs[3].text == "会议要求各乡镇抓好春耕备播，确保不误农时。"


def test_a_short_headline_line_before_a_blank_line_is_a_paragraph_of_its_own():
    # No indent on this page: a column break leaves the line full, a headline falls short.
    page = ("某县召开春季农业生产会议，部署春耕\n备播工作，要求各乡镇抓好落实。\n\n"
            "春耕备播会议召开\n\n“今年的麦苗长势不错。”种粮大户\n温某成说，他流转的八百亩小麦长势喜人。\n")
    assert [p.text[:4] for p in clean_page(page).paragraphs] == ["某县召开", "春耕备播", "“今年的"]


def test_an_indented_opening_line_the_column_broke_goes_on():
    # The extraction drops the indent: first lines run two short; one that short goes on after a break.
    page = ("示范区工商分局推行五办措施，\n全力服务企业发展，一般事项快\n办，引资项目急办。\n\n"
            "河南省某某消防设施有限公\n\n司法定代表人在示范区开办了\n公司，在一次业务办理过程中，\n得到了帮助。\n")
    assert [p.text[:4] for p in clean_page(page).paragraphs] == ["示范区工", "河南省某"]


def test_a_line_the_column_broke_inside_a_word_goes_on_and_a_full_subtitle_ends_its_headline():
    page = ("该镇开设微党课栏目，及时转载\n、发布和推送相关学习内容，方\n便党员学习，帮助党员开展经常\n性在线学习。\n"
            "挖掘资源搭建“体验”课\n\n堂。该镇充分挖掘某村的革命\n历史文化资源，定期组织党员到\n纪念馆参观学习。\n")
    assert [p.text[:4] for p in clean_page(page).paragraphs] == ["该镇开设", "挖掘资源"]
    page = ("某局局长就全市教育工作接受了\n采访，介绍了今年的重点工作。\n\n办好人民满意的教育\n——访某局局长宋某杰\n\n"
            "为缓解市区停车难问题，某局今年\n新建公共停车场八处。\n")
    assert [p.text[:4] for p in clean_page(page).paragraphs] == ["某局局长", "办好人民", "为缓解市"]


def test_a_grid_of_names_keeps_its_names_apart_and_ends_its_paragraph():
    page = ("会议选举产生了主席团，名单如下：\n柯　军　卓立新　甘秀英　\n宓海波　庞春生　申屠\n"
            "明　闵晓燕　覃\u3000伟\n\n大会举行预备会议\n")
    texts = [p.text for p in clean_page(page).paragraphs]
    assert texts[0] == "会议选举产生了主席团，名单如下：柯军、卓立新、甘秀英、宓海波、庞春生、申屠明、闵晓燕、覃伟"
    assert texts[1] == "大会举行预备会议"


def test_spaced_out_characters_credits_and_slogans_are_no_grid():
    for line in ("的 安 全 生 产 事 故 同 比", "本报记者 柯立新 通讯员 卓伟", "通 讯 员 卓建国", "认亲戚 走亲戚 亲上加亲"):
        text, _ = squeeze_line(line, 0)
        assert clean_page(line + "\n").paragraphs[0].text == text


def test_a_short_headline_over_a_news_lead_on_its_day_is_a_paragraph_of_its_own():
    page = ("大家握着民警的手连声道谢，感\n谢他们连夜搜寻老人。\n\n律师进社区 法律送上门\n"
            " 11月16日，某区司法局联合区律\n师协会开展法律服务活动。\n")
    texts = [p.text for p in clean_page(page).paragraphs]
    assert "律师进社区法律送上门" in texts and "11月16日，某区司法局联合区律师协会开展法律服务活动。" in texts


def test_the_spaces_around_a_number_make_no_line_wider_than_its_column():
    page = ("本报讯（记者某某）4月8日上午，广\n场上彩旗飘扬，我市医疗队队员共计\n"
            "今年支援湖北医疗队 47 名队员在黄冈圆\n满完成医疗救治任务、结束 14 天集中休\n整后平安回到家乡。\n")
    assert len(clean_page(page).paragraphs) == 1


def test_a_wechat_accounts_chrome_is_frame():
    page = ("某县发布\n2023-07-30 20:18 发表于河北\n\n“村BA”燃爆夏夜！某县篮球联赛总决赛落幕\n\n点击蓝字 关注我们\n\n"
            + "7月29日晚，某县首届“和美乡村”篮球联赛总决赛在县全民健身中心鸣哨开赛，现场两千多名观众呐喊助威。\n\n" * 3
            + "阅读原文\n\n分享　点赞　在看\n")
    texts = [p.text for p in clean_page(page).paragraphs]
    assert texts == ["“村BA”燃爆夏夜！某县篮球联赛总决赛落幕"] + [
        "7月29日晚，某县首届“和美乡村”篮球联赛总决赛在县全民健身中心鸣哨开赛，现场两千多名观众呐喊助威。"] * 3


def test_a_table_of_people_keeps_a_row_a_paragraph_written_as_a_list_of_honours_prints_it():
    page = clean_page("某县表彰先进个人的决定\n\n　　日前，县委、县政府决定，授予卜东海等同志“先进个人”称号。\n\n"
                      "先进个人名单\n姓　名　　工作单位及职务\n卜东海　　某镇党委副书记\n韦　英　　县财政局\n"
                      "滕秀兰（女）　某村党支部书记\n\n获奖名单\n一等奖　柏建中　县供电公司\n二等奖　葛　辉　某酒店\n")
    texts = [p.text for p in page.paragraphs]
    assert "卜东海（某镇党委副书记）" in texts and "韦英（县财政局）" in texts and "滕秀兰（女）（某村党支部书记）" in texts
    assert "一等奖：柏建中（县供电公司）" in texts and "二等奖：葛辉（某酒店）" in texts
    # (a name and its post a space apart, one such line alone, stay text)
    assert [p.text for p in clean_page("　　卜东海 某镇党委副书记\n").paragraphs] == ["卜东海某镇党委副书记"]


def test_a_print_pages_header_of_section_and_page_or_day_and_page_is_frame():
    for header in ("淄博新闻·法治　C06", "武汉新闻　A07", "2010年11月24日　第二版　要闻"):
        page = clean_page(header + "\n\n　　本报讯（记者 韦某）11月23日上午，某会议召开。\n")
        assert all(header.replace("　", "") not in p.text for p in page.paragraphs), header


def test_a_name_the_column_break_cut_after_its_surname_goes_on_after_the_blank_line():
    lines = ["　　某集团总经理韦立新带领考察团一行", "到我市考察投资环境。他说，公司将认", "真研究在我市设立生产基地的可行性，",
             "争取早日达成合作意向。", "　　集团副总经理、总工程师公孙", "", "庆华，市发改委、市商务局负责人参",
             "加会见。"]
    texts = [p.text for p in clean_page("\n".join(lines) + "\n").paragraphs]
    assert "集团副总经理、总工程师公孙庆华，市发改委、市商务局负责人参加会见。" in texts
    # (a paragraph opening on 会上，随后，据悉， after a break is a paragraph still)
    lines[-2:] = ["会上，市发改委负责人作了介绍。"]
    lines[4] = "　　市领导参加活动"
    texts = [p.text for p in clean_page("\n".join(lines) + "\n").paragraphs]
    assert "会上，市发改委负责人作了介绍。" in texts


def test_a_wechat_posts_headline_under_the_accounts_name_and_time_may_exclaim_and_run_on():
    page = ("某县发布\n2024-08-12 22:47　贵州\n\n燃爆！某县2024年“和美乡村”篮球赛总决赛落幕，某村队夺冠\n\n"
            "来源：某县融媒体中心\n\n" + "8月11日晚，某县2024年“和美乡村”篮球赛总决赛在县民族体育馆打响，现场观众座无虚席。\n\n" * 3)
    from graph_builder.clean import is_headline_like

    paragraphs = clean_page(page).paragraphs
    assert paragraphs[0].text == "燃爆！某县2024年“和美乡村”篮球赛总决赛落幕，某村队夺冠" and is_headline_like(paragraphs[0].text)
