"""The command line: a thin layer over the library.  Each command lives in ``kommungraf/commands/``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .errors import KommungrafError

#: Command modules, each with ``register(subparsers)`` that adds its parser and sets ``func``.
COMMANDS = ("load", "query", "evaluate", "validate", "export", "serve", "push", "network", "timeline", "search",
            "status")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kommungraf",
        description="Turn Swedish municipal minutes into an RDF knowledge graph, and query it.",
    )
    parser.add_argument("--version", action="version", version=f"kommungraf {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kommungraf.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; library errors become one line on stderr and a non-zero exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KommungrafError as e:
        print(f"kommungraf: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kommungraf: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
