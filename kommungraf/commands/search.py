"""kommungraf search — not implemented yet (see the open issues)."""

from __future__ import annotations

import argparse

from ..errors import NotImplementedFeature


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="(search: not implemented yet)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise NotImplementedFeature("'kommungraf search' is not implemented yet")
