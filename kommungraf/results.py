"""Query results as rows, and their rendering as a table, CSV, TSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rows:
    """A SELECT result: variable names and rows of plain Python values (None where unbound)."""

    columns: list[str]
    rows: list[dict[str, Any]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)


def _cell(v: Any) -> str:
    return "" if v is None else str(v)


def to_csv(r: Rows, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(r.columns)
    for row in r.rows:
        w.writerow([_cell(row.get(c)) for c in r.columns])
    return buf.getvalue()


def to_json(r: Rows) -> str:
    return json.dumps([{c: row.get(c) for c in r.columns} for row in r.rows], ensure_ascii=False, indent=2,
                      default=str) + "\n"


def console() -> Any:
    """Rich's console for tables on standard output; piped output is not cut to 80 columns, since a table
    wrapped mid-word cannot be grepped."""
    from rich.console import Console

    con = Console()
    return con if con.is_terminal else Console(width=200)


def print_table(r: Rows, title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for c in r.columns:
        t.add_column(c, overflow="fold")
    for row in r.rows:
        t.add_row(*[_cell(row.get(c)) for c in r.columns])
    console().print(t)
    Console(stderr=True).print(f"{len(r.rows)} row(s)", style="dim")


def rows_from_json(data: dict[str, Any]) -> Rows:
    """A SPARQL 1.1 JSON results document as rows of plain Python values."""
    cols = data["head"]["vars"]
    return Rows(cols, [{c: json_value(b.get(c)) for c in cols} for b in data["results"]["bindings"]])


def json_value(b: dict[str, Any] | None) -> Any:
    """A value of a SPARQL JSON result's binding as a plain Python value (None where unbound)."""
    if b is None:
        return None
    if b["type"] in ("literal", "typed-literal") and "datatype" in b:  # Virtuoso says "typed-literal"
        from rdflib import Literal, URIRef

        return Literal(b["value"], datatype=URIRef(b["datatype"])).toPython()
    return b["value"]
