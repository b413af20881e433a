"""The sample pages end to end: extraction quality must not fall below the targets."""
from pathlib import Path

import pytest

from graph_builder.evaluate import load_gold, score, system_articles_for

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def metrics():
    gold, sources = load_gold(ROOT / "tests" / "gold")
    return score(gold, system_articles_for(ROOT / "data" / "samples" / "pages", sources))


@pytest.fixture(scope="module")
def web_metrics():
    gold, sources = load_gold(ROOT / "tests" / "gold_web")
    return score(gold, system_articles_for(ROOT / "data" / "samples" / "web", sources))


@pytest.mark.parametrize("key,target", [("persons", 0.95), ("titles", 0.90), ("participants", 0.90),
                                        ("coattendance", 0.85), ("reporters", 0.95)])
def test_set_metrics_meet_the_targets(metrics, web_metrics, key, target):
    assert metrics[key]["f1"] >= target
    assert web_metrics[key]["f1"] >= target


def test_articles_headlines_and_event_types(metrics, web_metrics):
    for m in (metrics, web_metrics):
        assert m["articles"]["recall"] >= 0.95
        assert m["headline_accuracy"] >= 0.85
        assert m["event_type_accuracy"] >= 0.85
