"""A small graph with a known answer, for the tests of networks and timelines.

The graph is built from extracted-minutes records (kommungraf.model) through kommungraf.rdf, so its triples
have exactly the shapes the loader writes, without depending on text extraction.  Two municipalities:

Testby kommun
  A  Kommunstyrelsen    2024-01-10  § 1: proposal Anna+Bertil, proposal David; reservation Anna+Bertil+Cecilia;
                                    statement Cecilia+Anna (S, V); substitute statement Fia (SD) endorsing it;
                                    agreement "Avtal om fjärrvärme" (Testby kommun, Testbygdens Energi AB);
                                    roll call.  § 2: roll call.  Case KS 2024/1.
  B  Socialnämnden      2024-03-05  § 5: answers a referral from Kommunstyrelsen on KS 2024/1;
                                    reservation Jenny (M) + Anna (S).
  C  Kommunfullmäktige  2024-06-01  § 10: KS 2024/1 again; reservation David+Eva (M);
                                    agreement "Avtal om kollektivtrafik" (Testby kommun, Region Testland, Energi AB).
  E  Kommunstyrelsen    2024-04-15  attendance only (Anna, Bertil).
Annanstads kommun
  D  Kommunstyrelsen    2024-02-01  § 1: reservation Olle+Pia (S), proposal Olle+Pia.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kommungraf.api import RemoteGraph
from kommungraf.model import (
    Agreement,
    Dated,
    Minutes,
    Named,
    Paragraph,
    Person,
    PersonRef,
    Proposal,
    Span,
    Statement,
    Vote,
)
from kommungraf.rdf import minutes_to_graph
from kommungraf.source import SourceText
from kommungraf.store import GraphStore

ID = "https://w3id.org/kommungraf/id/"
T = ID + "kommun/testby-kommun/"
SP = Span(0, 1)


def person(name: str) -> str:
    return T + "person/" + name.lower().replace(" ", "-")


def body(slug: str) -> str:
    return T + "organ/" + slug


ANNA, BERTIL, CECILIA, JENNY = person("Anna Andersson"), person("Bertil Berg"), person("Cecilia Ceder"), \
    person("Jenny Jul")
DAVID, EVA = person("David Dahl"), person("Eva Ek")
OLLE = ID + "kommun/annanstads-kommun/person/olle-olsson"
PIA = ID + "kommun/annanstads-kommun/person/pia-persson"
KS, SN, KF = body("kommunstyrelsen"), body("socialnämnden"), body("kommunfullmäktige")
PARTY = {p: ID + "parti/" + p.lower() for p in ("S", "V", "M", "SD")}
TESTBY = ID + "kommun/testby-kommun"
ENERGI, REGION = ID + "org/testbygdens-energi-ab", ID + "org/region-testland"


def ref(name: str, party: str | None, others: bool = False) -> PersonRef:
    return PersonRef(name, party, SP, others)


def minutes(key: str, muni: str, body_name: str, date: str, persons: list[tuple[str, str | None, tuple[str, ...]]],
            paragraphs: tuple[Paragraph, ...] = ()) -> Minutes:
    src = SourceText(Path(f"{key}.txt"), "x" * 100, "text/plain", key.ljust(64, "0"))
    return Minutes(src, key, muni, Named(body_name, SP), Dated(date, SP),
                   persons=tuple(Person(n, p, r, SP) for n, p, r in persons), paragraphs=paragraphs)


def documents() -> list[Minutes]:
    a1 = Paragraph(
        "1", "Fjärrvärme", SP, case_numbers=(Named("KS 2024/1", SP),),
        proposals=(Proposal((ref("Anna Andersson", "S"), ref("Bertil Berg", "S")), SP),
                   Proposal((ref("David Dahl", "M"),), SP)),
        statements=(Statement("reservation", (ref("Anna Andersson", "S"), ref("Bertil Berg", "S"),
                                              ref("Cecilia Ceder", "V")), SP),
                    Statement("särskilt uttalande", (ref("Cecilia Ceder", "V"), ref("Anna Andersson", "S")), SP),
                    Statement("ersättaryttrande", (ref("Fia Fors", "SD"),), SP, endorses=1)),
        vote=Vote(3, 3, 0, SP, (("Anna Andersson", "yes"), ("Bertil Berg", "yes"), ("Cecilia Ceder", "no"),
                                ("David Dahl", "no"), ("Eva Ek", "no"), ("Fia Fors", "yes"))),
        agreements=(Agreement("Avtal om fjärrvärme", ("Testby kommun", "Testbygdens Energi AB"), SP),))
    a2 = Paragraph("2", "Budget", SP, vote=Vote(2, 3, 0, SP, (
        ("Anna Andersson", "yes"), ("Bertil Berg", "no"), ("Hanna Holm", "no"), ("David Dahl", "yes"),
        ("Eva Ek", "no"))))
    b5 = Paragraph("5", "Svar på remiss", SP, case_numbers=(Named("KS 2024/1", SP), Named("SN 2024/9", SP)),
                   referred_by=Named("Kommunstyrelsen", SP),
                   statements=(Statement("reservation", (ref("Jenny Jul", "M"), ref("Anna Andersson", "S")), SP),))
    c10 = Paragraph("10", "Fjärrvärme, beslut", SP, case_numbers=(Named("KS 2024/1", SP),),
                    statements=(Statement("reservation", (ref("David Dahl", "M"), ref("Eva Ek", "M")), SP),),
                    agreements=(Agreement("Avtal om kollektivtrafik",
                                          ("Testby kommun", "Region Testland", "Testbygdens Energi AB"), SP),))
    d1 = Paragraph("1", "Motion", SP, case_numbers=(Named("AS 2024/5", SP),),
                   proposals=(Proposal((ref("Olle Olsson", "S"), ref("Pia Persson", "S")), SP),),
                   statements=(Statement("reservation", (ref("Olle Olsson", "S"), ref("Pia Persson", "S")), SP),))
    return [
        minutes("a", "Testby kommun", "Kommunstyrelsen", "2024-01-10", [
            ("Anna Andersson", "S", ("ordförande",)), ("Bertil Berg", "S", ("ledamot",)),
            ("Cecilia Ceder", "V", ("ledamot",)), ("David Dahl", "M", ("ledamot",)), ("Eva Ek", "M", ("ersättare",)),
            ("Fia Fors", "SD", ("ledamot",)), ("Gustav Gran", None, ("sekreterare",)),
            ("Hanna Holm", "S", ("ledamot",))], (a1, a2)),
        minutes("b", "Testby kommun", "Socialnämnden", "2024-03-05", [
            ("Ivar Ivarsson", "S", ("ordförande",)), ("Jenny Jul", "M", ("ledamot",)),
            ("Anna Andersson", "S", ("ledamot",))], (b5,)),
        minutes("c", "Testby kommun", "Kommunfullmäktige", "2024-06-01", [
            ("David Dahl", "M", ("ledamot",)), ("Eva Ek", "M", ("ledamot",)), ("Anna Andersson", "S", ("ledamot",))],
            (c10,)),
        minutes("e", "Testby kommun", "Kommunstyrelsen", "2024-04-15", [
            ("Anna Andersson", "S", ("ordförande",)), ("Bertil Berg", "S", ("ledamot",))]),
        minutes("d", "Annanstads kommun", "Kommunstyrelsen", "2024-02-01", [
            ("Olle Olsson", "S", ("ordförande",)), ("Pia Persson", "S", ("ledamot",))], (d1,)),
    ]


def fill(store) -> None:  # type: ignore[no-untyped-def]
    for m in documents():
        store.replace_graph(*minutes_to_graph(m))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(folder: Path) -> Iterator[RemoteGraph]:
    """The small graph in a store in ``folder``, served read-only by a real ``oxigraph serve`` on 127.0.0.1, as a
    remote endpoint; the server is stopped on leaving.  Skips the test when the server is not installed."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.skip("the oxigraph server (dev dependency) is not installed")
    st = GraphStore(folder / "store")
    fill(st)
    st.flush()
    del st
    port = _free_port()
    server = subprocess.Popen([exe, "serve-read-only", "--location", str(folder / "store"), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield RemoteGraph(f"http://127.0.0.1:{port}/query")
    finally:
        server.terminate()
        server.wait(timeout=10)

