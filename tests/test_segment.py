"""segment.PkusegCutter gives pkuseg's own feature lists and words."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.articles import split_articles
from graph_builder.clean import clean_page
from graph_builder.extract.segment import PkusegCutter

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "pages"
# Texts at the edges of pkuseg's features: shorter than its longest word feature,
# digits and letters it writes as **Num / **Letter, its keyword characters, spaces.
EDGE_TEXTS = ["", " ", "市", "市长", "副市长", "王某某说", "2019年4月10日", "１２３４５％增长", "ＡＢＣ公司",
              "abc-d.e_f,g|h/i*j:k", "中国 共产党\n\t委员会　办公室", "——记某镇某村第一书记王某"]


@pytest.fixture(scope="module")
def seg():
    """The pipeline's own spacy_pkuseg segmenter (a second copy of the model costs ~900 MB)."""
    from graph_builder.pipeline import shared_nlp

    return shared_nlp().tokenizer.pkuseg_seg


@pytest.fixture(scope="module")
def texts() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return EDGE_TEXTS + pages + [a.text for page in pages for a in split_articles(clean_page(page))]


def test_features_are_pkusegs(seg, texts):
    cutter = PkusegCutter(seg)
    extractor = seg.feature_extractor
    for fragment in (f for text in texts for f in text.split()):
        nodes = list(extractor.normalize_text(fragment))
        assert cutter.features(fragment) == [extractor.get_node_features_idx(i, nodes) for i in range(len(nodes))]


def test_words_are_pkusegs(seg, texts):
    cutter = PkusegCutter(seg)
    assert not cutter.pkuseg_only
    for text in texts:
        assert cutter.cut(text) == seg.cut(text)
