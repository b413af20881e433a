from pathlib import Path

from graph_builder.commands.schema import schema_texts

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_schemas_in_the_repo_match_the_records():
    for name, text in schema_texts().items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, f"run `graph-builder schema` to refresh {name}"


def test_browser_favourites_match_the_shipped_queries():
    from graph_builder.commands.browser import BROWSER_DIR, favorite_texts

    for name, text in favorite_texts().items():
        path = BROWSER_DIR / "favorites" / name
        assert path.exists() and path.read_text(encoding="utf-8") == text, \
            f"run `graph-builder browser` to refresh {path}"
    assert (BROWSER_DIR / "graph_builder.grass").exists()
