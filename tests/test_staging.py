"""A first load of many documents into an empty store: bulk-written beside it, then swapped in (kommungraf.staging).

Crashes and failures in the middle of a staged load are in tests/test_crash.py; here: that the staged path writes
exactly what the per-document transactions write, and each of its recovery steps on its own.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import Spec, generate
from kommungraf import pipeline
from kommungraf import staging as staging_module
from kommungraf.errors import StoreError
from kommungraf.iri import DOCUMENT_PREFIX
from kommungraf.ontology import load_ontology
from kommungraf.staging import Staging, journal_path, staging_for, text_stream, wants_staging
from kommungraf.store import GraphStore, staging_path
from kommungraf.vocab import ONTOLOGY_IRI


def quads(store: GraphStore) -> set[ox.Quad]:
    return set(store.oxigraph)


def documents(store: GraphStore) -> set[str]:
    return {g for g in store.graphs() if g.startswith(DOCUMENT_PREFIX)}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("staging") / "docs"
    generate(Spec(400, "txt", seed=11), folder)
    return folder


@pytest.fixture(scope="module")
def transactional(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> set[ox.Quad]:
    """The store as one transaction per document writes it (in memory: never staged)."""
    store = GraphStore(None)
    load_ontology(store)
    report = pipeline.load(store, [docs], workers=1)
    assert not report.failed and len(report.loaded) >= 10
    return quads(store)


def test_a_staged_load_writes_the_same_quads_as_one_transaction_per_document(
        docs: Path, transactional: set[ox.Quad], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    monkeypatch.setattr(staging_module, "BATCH_TRIPLES", 5000)  # several batches
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    assert wants_staging(store, 20, set(store.graphs()))
    report = pipeline.load(store, [docs], workers=2)
    assert not report.failed
    assert quads(store) == transactional
    assert not staging_path(store.path).exists() and not journal_path(store.path).exists()
    # The store is now loaded: the next load is per document, and skips every unchanged one.
    assert not wants_staging(store, 20, set(store.graphs()))
    again = pipeline.load(store, [docs], workers=1)
    assert len(again.skipped) == len(report.loaded) and not again.loaded


def test_a_staged_load_is_cut_into_batches_so_that_little_is_left_for_the_end(
        docs: Path, transactional: set[ox.Quad], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The last batch is written after the workers stop, with a core idle: with the triple limit far above the
    # load, the document count alone must still cut it into MIN_BATCHES batches or more.
    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    monkeypatch.setattr(staging_module, "BATCH_TRIPLES", 10**9)
    written: list[int] = []
    real = Staging._write

    def counting(self: Staging, batch: list[tuple[str, str]]) -> None:
        written.append(len(batch))
        real(self, batch)

    monkeypatch.setattr(Staging, "_write", counting)
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    report = pipeline.load(store, [docs], workers=1)
    n = len(report.loaded)
    assert sum(written) == n and len(written) >= staging_module.MIN_BATCHES
    assert max(written) <= -(-n // staging_module.MIN_BATCHES)
    assert quads(store) == transactional


def test_a_resumed_staged_load_replaces_a_document_that_changed_meanwhile(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    mine = tmp_path / "docs"
    shutil.copytree(docs, mine)
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    # An interrupted staged load left the first version of every document in the staging store.
    staging = Staging(store)
    for f in pipeline.expand_paths([mine]):
        b = pipeline.build_text(f)
        assert b.graph is not None and b.graph_iri is not None
        staging.add(str(b.graph_iri), b.graph.text, len(b.graph))  # type: ignore[union-attr]
    staging.write_batch()
    staging.abort()
    first = sorted(f for f in mine.iterdir() if f.suffix == ".txt")[0]
    first.write_text(first.read_text(encoding="utf-8").replace("§", "§ ", 1), encoding="utf-8")

    report = pipeline.load(store, [mine], workers=1)
    assert [b.path for b in report.loaded] == [first]  # only the changed one is extracted again
    clean = GraphStore(None)
    load_ontology(clean)
    pipeline.load(clean, [mine], workers=1)
    assert quads(store) == quads(clean)


def test_a_journal_left_in_the_first_phase_drops_the_batch(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    staging = Staging(store)
    files = sorted(EXAMPLES.glob("*.txt"))[:3]
    built = [pipeline.build_text(f) for f in files]
    staging.add(str(built[0].graph_iri), built[0].graph.text, len(built[0].graph))  # type: ignore[union-attr]
    staging.write_batch()
    staging._wait()
    whole = quads(staging.store)
    # A crash in the middle of the next batch's named graphs: half of the second document, the journal says so.
    text = built[1].graph.text  # type: ignore[union-attr]
    half = "".join(text.splitlines(keepends=True)[: len(text.splitlines()) // 2])
    journal_path(store.path).write_text(json.dumps({"phase": "named", "graphs": [str(built[1].graph_iri)]}))
    staging.store.bulk_write(half.replace(" .\n", f" <{built[1].graph_iri}> .\n"), ox.RdfFormat.N_QUADS)
    staging.abort()

    settled = Staging(store)
    assert quads(settled.store) == whole
    assert not journal_path(store.path).exists()
    settled.abort()


def test_a_journal_left_in_the_second_phase_completes_the_default_graph(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    staging = Staging(store)
    b = pipeline.build_text(sorted(EXAMPLES.glob("*.txt"))[0])
    gi, text = str(b.graph_iri), b.graph.text  # type: ignore[union-attr]
    journal_path(store.path).write_text(json.dumps({"phase": "default", "graphs": [gi]}))
    # the named graph whole, nothing in the default graph
    staging.store.bulk_write(text.replace(" .\n", f" <{gi}> .\n"), ox.RdfFormat.N_QUADS)
    staging.abort()

    settled = Staging(store)
    default = {q.triple for q in settled.store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for q in settled.store.oxigraph.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert default == named and len(default) > len(b.graph)  # type: ignore[arg-type]
    settled.abort()


def test_an_unreadable_journal_is_a_clear_error(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    Staging(store).abort()
    journal_path(store.path).write_text("{not json")
    with pytest.raises(StoreError, match="journal"):
        Staging(store)


@pytest.mark.parametrize("moment", ["after the marker", "between the renames", "after the renames"])
def test_a_swap_interrupted_at_any_moment_is_finished_by_the_next_open(moment: str, tmp_path: Path) -> None:
    path = tmp_path / "store"
    old, new = GraphStore(path), GraphStore(staging_path(path))
    old.oxigraph.add(ox.Quad(ox.NamedNode("http://x/old"), ox.NamedNode("http://x/p"), ox.Literal("old")))
    new.oxigraph.add(ox.Quad(ox.NamedNode("http://x/new"), ox.NamedNode("http://x/p"), ox.Literal("new")))
    want = quads(new)
    old.close()
    new.close()
    path.with_name("store.swap").write_bytes(b"")
    if moment != "after the marker":
        path.rename(path.with_name("store.old"))
    if moment == "after the renames":
        staging_path(path).rename(path)

    store = GraphStore(path)
    assert quads(store) == want
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_stale_staging_store_beside_a_loaded_store_is_discarded(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    pipeline.load(store, [sorted(EXAMPLES.glob("*.txt"))[0]], workers=1)
    assert documents(store)
    GraphStore(staging_path(store.path)).close()
    journal_path(store.path).write_text("{}")
    assert not wants_staging(store, 100, set(store.graphs()))
    assert staging_for(store, 100, set(store.graphs())) is None
    assert not staging_path(store.path).exists() and not journal_path(store.path).exists()


def test_a_failed_write_in_either_of_a_batch_s_two_parallel_loads_loses_only_that_batch(
        docs: Path, transactional: set[ox.Quad], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each phase of a batch is two bulk loads at once (halves of its documents).  A failure in either (here: the
    load that carries one chosen document fails after writing part of it) fails the load with a StoreError; the
    next load settles the journal, keeps the batches written before, and ends with the same quads as ever."""
    from kommungraf.store import GraphStore as Store

    files = pipeline.expand_paths([docs])
    counts = [len(pipeline.build_text(f).graph) for f in files]  # type: ignore[arg-type]
    limit = sum(counts[:4])  # the first batch: four documents
    batches: list[list[int]] = [[]]
    total = 0
    for i, n in enumerate(counts):  # the batches Staging.add will cut
        batches[-1].append(i)
        total += n
        if total >= limit:
            batches.append([])
            total = 0
    second = batches[1]
    assert len(second) >= 2, "the second batch must have two halves"
    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    monkeypatch.setattr(staging_module, "BATCH_TRIPLES", limit)
    monkeypatch.setattr(staging_module, "MIN_BATCHES", 1)  # batches cut by triples alone, as computed above
    # One document in each half of the second batch: the failure is in the writer thread's load or the helper's.
    for victim in (files[second[0]], files[second[-1]]):
        marker = f"<{pipeline.build_text(victim).graph_iri}>"
        real = Store.bulk_write
        failed: list[str] = []

        def failing(self: Store, data: str | bytes, fmt: ox.RdfFormat, *, to_default: bool = False,
                    marker: str = marker, failed: list[str] = failed, real=real) -> None:
            raw = data.read() if hasattr(data, "read") else data  # a stream of text (text_stream) read whole
            text = raw if isinstance(raw, str) else raw.decode()
            if marker in text and not failed and not to_default:
                failed.append(marker)
                lines = text.split("\n")
                part = "\n".join(lines[: len(lines) // 2])
                if part.count("{") > part.count("}"):
                    part += "\n}"
                real(self, part + "\n", fmt, to_default=to_default)
                raise StoreError("injected: disk full")
            real(self, text, fmt, to_default=to_default)

        monkeypatch.setattr(Store, "bulk_write", failing)
        path = tmp_path / victim.stem
        store = GraphStore(path)
        load_ontology(store)
        with pytest.raises(StoreError, match="injected"):
            pipeline.load(store, [docs], workers=1)
        assert failed and not documents(store)  # the store itself untouched
        monkeypatch.setattr(Store, "bulk_write", real)
        report = pipeline.load(store, [docs], workers=1)
        assert len(report.skipped) == len(batches[0]) and not report.failed  # the first batch was kept
        assert quads(store) == transactional


def _copy_documents(docs: Path, folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(f, folder)) for f in sorted(docs.glob("*.txt"))[:n]]


def test_a_folder_of_other_files_is_never_taken_for_a_store(docs: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from kommungraf.cli import main

    # Enough documents for a staged load, whose swap removes the folder it replaces.
    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    minutes = _copy_documents(docs, tmp_path / "minutes", 4)
    assert main(["load", str(tmp_path / "minutes"), "--store", str(tmp_path / "minutes")]) == 1
    assert "holds other files, not a kommungraf store" in capsys.readouterr().err
    assert all(f.exists() for f in minutes) and not staging_path(tmp_path / "minutes").exists()
    monkeypatch.chdir(tmp_path / "minutes")
    assert main(["load", ".", "--store", "."]) == 1  # "." has no name of its own: refused, not a crash
    assert "holds other files" in capsys.readouterr().err
    assert all(f.exists() for f in minutes)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    for args in (["load", str(tmp_path / "minutes")], ["query", "people"]):
        assert main([*args, "--store", str(tmp_path / "afile")]) == 1
        assert "is a file, not a store folder" in capsys.readouterr().err
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "x"


def test_a_users_folder_with_the_swap_s_name_is_kept(docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys) -> None:  # type: ignore[no-untyped-def]
    from kommungraf.cli import main

    monkeypatch.setattr(staging_module, "STAGE_MIN_DOCUMENTS", 2)
    _copy_documents(docs, tmp_path / "minutes", 4)
    backup = tmp_path / "kg.old"
    backup.mkdir()
    (backup / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["load", str(tmp_path / "minutes"), "--store", str(tmp_path / "kg")]) == 1
    assert "kg.old exists" in capsys.readouterr().err
    assert (backup / "keep.txt").read_text(encoding="utf-8") == "mine"
    shutil.rmtree(backup)
    assert main(["load", str(tmp_path / "minutes"), "--store", str(tmp_path / "kg")]) == 0
    assert len(documents(GraphStore(tmp_path / "kg", read_only=True))) == 4 and not backup.exists()


def test_a_second_writer_is_told_the_store_is_being_written(tmp_path: Path) -> None:
    writer = GraphStore(tmp_path / "kg")
    with pytest.raises(StoreError, match="being written by another process"):
        GraphStore(tmp_path / "kg")
    writer.close()


def test_the_ontology_is_written_once_and_rewritten_only_when_it_differs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every load starts with load_ontology; writing the same triples again only moves RocksDB's files under
    # the readers beside the store.
    store = GraphStore(tmp_path / "store")
    load_ontology(store)
    ontology = {q for q in quads(store) if q.graph_name == ox.NamedNode(ONTOLOGY_IRI)}
    assert len(ontology) > 300
    written: list[str] = []
    real = GraphStore.replace_graph_text
    monkeypatch.setattr(GraphStore, "replace_graph_text",
                        lambda self, g, body, n: written.append(str(g)) or real(self, g, body, n))
    load_ontology(store)
    assert written == []
    stray = f"<{ONTOLOGY_IRI}> <http://www.w3.org/2000/01/rdf-schema#label> \"not ours\""
    store.oxigraph.update(f"INSERT DATA {{ GRAPH <{ONTOLOGY_IRI}> {{ {stray} }} {stray} }}")
    load_ontology(store)
    assert written == [ONTOLOGY_IRI]
    assert {q for q in quads(store) if q.graph_name == ox.NamedNode(ONTOLOGY_IRI)} == ontology
    assert not store.oxigraph.query(f"ASK {{ {stray} }}")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)),
                        max_size=40), max_size=12),
       st.integers(min_value=1, max_value=50))
def test_a_text_stream_reads_as_its_parts_joined_in_utf8(parts: list[str], size: int) -> None:
    """The bulk loader reads a batch as a stream of its documents' texts: byte for byte their join, whatever the
    read sizes (a character cut between two reads included)."""
    stream = text_stream(parts)
    got = b""
    while chunk := stream.read(size):
        got += chunk
    assert got == "".join(parts).encode("utf-8")
