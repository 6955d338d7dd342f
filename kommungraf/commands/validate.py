"""kommungraf validate — check the store against the SHACL shapes (exit 0 conforms, 1 does not)."""

from __future__ import annotations

import argparse

from . import add_store_option, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check the graph against ontology/shapes.ttl (pySHACL)")
    add_store_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..validate import describe, validate_store

    store = open_store(args, read_only=True)
    violations = validate_store(store)
    for v in violations:
        print(describe(v))
    n = len(store.graphs())
    print(f"{len(violations)} violation(s) in {n} graph(s): {'conforms' if not violations else 'does not conform'}")
    return 1 if violations else 0
