"""Files that ship with kommungraf (ontology, gazetteer, named queries), found in the wheel or in a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def data_dir(name: str) -> Traversable:
    """The shipped folder ``ontology`` or ``queries``.

    In an installed wheel they live in ``kommungraf/_data``; in a checkout (editable install) they are the
    top-level folders of the repository, which are the one source of both.
    """
    packaged = resources.files("kommungraf").joinpath("_data", name)
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"kommungraf's {name}/ folder is missing from this installation")


def read_text(folder: str, *parts: str) -> str:
    """The text of one shipped file, e.g. ``read_text("ontology", "kommungraf.ttl")``."""
    node = data_dir(folder)
    for p in parts:
        node = node.joinpath(p)
    return node.read_text(encoding="utf-8")
