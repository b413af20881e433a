"""`graph-builder setup`: fetch the pkuseg model so that extraction can run offline."""
from __future__ import annotations

from ..pkuseg_model import configured_model_dir, fetch_model, is_complete, write_msgpack_features


def add_arguments(parser) -> None:
    parser.add_argument("--quiet", action="store_true")


def run(args) -> int:
    target = configured_model_dir()
    if is_complete(target):
        write_msgpack_features(target)
        print(f"pkuseg model present: {target}")
        return 0
    print(f"fetching the pkuseg default model into {target} …")
    fetch_model(target, quiet=args.quiet)
    print(f"pkuseg model ready: {target}")
    return 0
