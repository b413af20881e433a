import datetime as dt

import pytest

from graph_builder.read import PageError, date_from_path, read_page


def test_utf8_bom_and_gbk_pages_are_decoded(tmp_path):
    text = "本报讯（记者杜玲）昨日，会议召开。"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    assert read_page(tmp_path / "bom.txt").text == text
    gbk = read_page(tmp_path / "gbk.txt")
    assert gbk.text == text and gbk.page.encoding == "gb18030"


def test_binary_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(PageError) as err:
        read_page(path)
    assert "photo.txt" in str(err.value) and "binary" in str(err.value)


def test_issue_date_from_option_then_path(tmp_path):
    folder = tmp_path / "2019-04-10"
    folder.mkdir()
    (folder / "a.txt").write_text("本报讯", encoding="utf-8")
    assert read_page(folder / "a.txt").page.issue_date == dt.date(2019, 4, 10)
    assert read_page(folder / "a.txt", issue_date=dt.date(2020, 1, 1)).page.issue_date_source == "option"
    assert date_from_path("jzrb_20210715_p2.txt") == dt.date(2021, 7, 15)
