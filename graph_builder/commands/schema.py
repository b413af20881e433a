"""`graph-builder schema`: write the JSON Schema of the extraction output to schemas/."""
from __future__ import annotations

import json
from pathlib import Path

from ..config import PROJECT_DIR
from ..records import Article, PageResult

SCHEMAS = {"article.schema.json": Article, "page_result.schema.json": PageResult}


def schema_texts() -> dict[str, str]:
    return {name: json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
            for name, model in SCHEMAS.items()}


def add_arguments(parser) -> None:
    parser.add_argument("--dir", default=str(PROJECT_DIR / "schemas"), help="where to write (default: schemas/)")


def run(args) -> int:
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {folder / name}")
    return 0
