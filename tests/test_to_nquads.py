"""`kommungraf load --to-nquads`: the facts of many documents as one N-Quads file instead of a store, for a bulk
loader on another machine; the file's quads are what a load into an empty store writes."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, ROOT

from kommungraf import pipeline
from kommungraf.cli import main
from kommungraf.store import GraphStore

LINKED = ROOT / "tests" / "linked"


def _quads(store: ox.Store) -> set[ox.Quad]:
    return set(store)


def _from_file(*files: Path) -> ox.Store:
    """A fresh store bulk-loaded from the files, as `oxigraph load` would build it."""
    store = ox.Store()
    for f in files:
        data = gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
        store.bulk_load(data, ox.RdfFormat.N_QUADS)
    return store


def _loaded(tmp_path: Path, *folders: Path) -> set[ox.Quad]:
    assert main(["load", *map(str, folders), "--store", str(tmp_path / "store"), "--quiet"]) == 0
    return _quads(GraphStore(tmp_path / "store", read_only=True).oxigraph)


@pytest.mark.parametrize("name", ["facts.nq", "facts.nq.gz"])
def test_the_file_holds_what_a_load_into_an_empty_store_writes(tmp_path: Path, name: str, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    assert main(["load", str(LINKED), str(EXAMPLES), "--to-nquads", str(out)]) == 0
    assert "wrote 8 document(s)" in capsys.readouterr().err
    got = _quads(_from_file(out))
    want = _loaded(tmp_path, LINKED, EXAMPLES)
    # No blank nodes in the documents' graphs; the ontology's few are compared by number.
    assert {q for q in got if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)} \
        == {q for q in want if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}
    assert len(got) == len(want) > 4000
    assert not list(tmp_path.glob(".*tmp*"))


def test_shards_written_apart_merge_into_the_store_of_all_documents(tmp_path: Path) -> None:
    # The linked documents share people, bodies and a case across files: split over two "machines", their
    # IRIs must still meet in the merged store.
    docs = sorted(LINKED.glob("*.txt"))
    for i, shard in enumerate((docs[::2], docs[1::2])):
        folder = tmp_path / f"shard{i}"
        folder.mkdir()
        for d in shard:
            shutil.copy(d, folder)
        assert main(["load", str(folder), "--to-nquads", str(tmp_path / f"shard{i}.nq"), "--quiet"]) == 0
    merged = _quads(_from_file(tmp_path / "shard0.nq", tmp_path / "shard1.nq"))
    assert merged == _loaded(tmp_path, LINKED)


def test_a_store_bulk_loaded_from_the_file_is_an_ordinary_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "facts.nq"
    assert main(["load", str(LINKED), "--to-nquads", str(out), "--quiet"]) == 0
    disk = ox.Store(str(tmp_path / "target"))  # as `oxigraph load --location target --file facts.nq` does
    disk.bulk_load(out.read_bytes(), ox.RdfFormat.N_QUADS)
    disk.flush()
    del disk
    # A later load finds every document unchanged by the hash its graph records; queries answer.
    assert main(["load", str(LINKED), "--store", str(tmp_path / "target")]) == 0
    assert "skipped 6 unchanged" in capsys.readouterr().err
    assert main(["query", "people", "--param", "name=Jonas Ek", "--store", str(tmp_path / "target")]) == 0
    assert "Sundbybergs stad" in capsys.readouterr().out


def test_a_failed_document_is_reported_and_the_rest_written(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "facts.nq"
    assert main(["load", str(folder), "--to-nquads", str(out)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "1 failed" in err
    graphs = {q.graph_name.value for q in _from_file(out) if isinstance(q.graph_name, ox.NamedNode)}
    assert len([g for g in graphs if "/dokument/" in g]) == len(list(EXAMPLES.glob("*.txt")))


def test_two_documents_with_one_key_are_not_merged(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = sorted(EXAMPLES.glob("*.txt"))[0]
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(src, tmp_path / sub)
    assert main(["load", str(tmp_path / "a"), str(tmp_path / "b"), "--to-nquads", str(tmp_path / "x.nq")]) == 1
    assert "the same document key as" in capsys.readouterr().err


def test_an_interrupted_run_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def build_then_stop(path: Path) -> pipeline.Built:
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return pipeline.build_text(path)

    monkeypatch.setattr(pipeline, "build_text", build_then_stop)
    out = tmp_path / "facts.nq"
    with pytest.raises(KeyboardInterrupt):
        pipeline.extract_to_nquads([LINKED], out, workers=1)
    assert len(calls) == 3 and list(tmp_path.iterdir()) == []


def test_a_file_and_a_store_at_once_are_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["load", str(EXAMPLES), "--to-nquads", str(tmp_path / "x.nq"), "--store", str(tmp_path / "s")]
    assert main(args) == 1
    assert "give --store or --to-nquads, not both" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
