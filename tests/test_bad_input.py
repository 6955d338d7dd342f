"""Bad input gets one clear error line naming the file, a non-zero exit, and leaves the store as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES

from kommungraf.cli import main
from kommungraf.store import GraphStore

GOOD = sorted(EXAMPLES.glob("*.txt"))[0]


def make_scanned_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a page with marks but no text layer, as a scan has
    pdf.output(str(path))


def make_encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="o", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Protokoll § 1")
    pdf.output(str(path))


BAD: dict[str, tuple[str, object]] = {
    "empty.txt": ("empty", b""),
    "notminutes.txt": ("does not look like minutes", "Inköpslista: mjölk, bröd och ost.\n".encode()),
    "corrupt.pdf": ("not a readable PDF", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF"),
    "encrypted.pdf": ("encrypted", make_encrypted_pdf),
    "scanned.pdf": ("OCR", make_scanned_pdf),
    "notazip.docx": ("not a DOCX", b"this is plain text pretending to be a Word file"),
    "nominutes.html": ("does not look like minutes", "<html><body><nav>Meny</nav><main><p>Välkommen till kommunen."
                                                     "</p></main></body></html>".encode()),
}


def write_bad(tmp_path: Path, name: str) -> Path:
    p = tmp_path / name
    content = BAD[name][1]
    if callable(content):
        content(p)
    else:
        p.write_bytes(content)  # type: ignore[arg-type]
    return p


def snapshot(store: Path) -> set:
    s = GraphStore(store, read_only=True)
    return {str(q) for q in s.oxigraph.quads_for_pattern(None, None, None, None)}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_kind_of_bad_input_is_refused_with_a_clear_line_and_the_store_is_unchanged(name, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["load", str(GOOD), "--store", str(store), "--quiet"]) == 0
    before = snapshot(store)
    bad = write_bad(tmp_path, name)
    capsys.readouterr()
    assert main(["load", str(bad), "--store", str(store), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert str(bad) in err[0] and BAD[name][0].casefold() in err[0].casefold(), err[0]
    assert snapshot(store) == before


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, capsys):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    assert main(["load", str(big), "--store", str(tmp_path / "s"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "huge.txt" in err and "limit" in err


def test_a_zip_bomb_disguised_as_docx_is_refused(tmp_path, capsys):
    bomb = tmp_path / "bomb.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b"A" * (300 * 1024 * 1024) + b"</w:document>")
    bomb.write_bytes(buf.getvalue())
    assert main(["load", str(bomb), "--store", str(tmp_path / "s"), "--quiet"]) == 1
    assert "bomb.docx" in capsys.readouterr().err


def test_a_batch_reports_each_failed_file_and_loads_the_rest(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(BAD["corrupt.pdf"][1])  # type: ignore[arg-type]
    store = tmp_path / "store"
    assert main(["load", str(folder), "--store", str(store), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "corrupt.pdf" in err
    graphs = GraphStore(store, read_only=True).graphs()
    assert any(GOOD.stem in g for g in graphs)


def test_files_of_a_folder_that_are_no_minutes_by_their_suffix_are_named_not_skipped_silently(tmp_path, capsys):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    for name in ("notes.odt", "sub/agenda.ODT", "gold.json", "README", ".DS_Store"):
        (folder / name).write_bytes(b"x")
    assert main(["load", str(folder), "--store", str(tmp_path / "store")]) == 0
    err = capsys.readouterr().err
    assert "not read, not minutes by their suffix: 1 (no suffix), 1 .json, 2 .odt" in err and ".DS_Store" not in err
    assert "loaded 1 document(s)" in err


def test_a_defect_met_on_one_document_fails_that_document_and_the_load_goes_on(tmp_path, capsys, monkeypatch):
    """A bug in extraction (here: a KeyError on one file) is reported as that file's error, not a traceback that
    stops the load of all the others."""
    from kommungraf import pipeline

    real = pipeline.extract_minutes

    def flaky(source):
        if "flaky" in str(source.path):
            raise KeyError("ki̇")
        return real(source)

    monkeypatch.setattr(pipeline, "extract_minutes", flaky)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    (folder / "flaky.txt").write_bytes(GOOD.read_bytes())
    store = tmp_path / "store"
    assert main(["load", str(folder), "--store", str(store), "--quiet", "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "flaky.txt: internal error while reading it (KeyError" in err
    assert any(GOOD.stem in g for g in GraphStore(store, read_only=True).graphs())


def test_a_missing_file_is_one_line_naming_it(tmp_path, capsys):
    assert main(["load", str(tmp_path / "nope.pdf"), "--store", str(tmp_path / "s"), "--quiet"]) == 1
    assert "nope.pdf: no such file" in capsys.readouterr().err


MINUTES_WITHOUT_SIGNS = """Testby kommun
Kommunstyrelsen
Sammanträdesdatum 2024-03-05

Beslutande
Anna Berg (S), ordförande
Per Lind (M), vice ordförande
Lena Ek (C), ledamot

Justerare
Lena Ek (C)

Punkt 1.  Val av justerare
Lena Ek utses att justera protokollet.

Punkt 2.  Budget
Kommunstyrelsen beslutar att godkänna budgeten.

Underskrifter
Sekreterare   Karin Sjö
Ordförande    Anna Berg
Justerare     Lena Ek
"""

NOTICE = """Testby kommun
Kallelse till kommunstyrelsen
Sammanträdesdatum 2024-03-05

Ärenden
1. Val av justerare
2. Budget

Anna Berg, ordförande
Karin Sjö, sekreterare
"""


def test_minutes_whose_paragraph_headings_are_not_known_load_their_meeting_with_a_warning(tmp_path, capsys):
    """A heading form the segmenter has not met must not cost the whole document: its meeting and attendance are
    read, and the load says that no paragraph was found."""
    doc = tmp_path / "testby-ks-2024-03-05-protokoll.txt"
    doc.write_text(MINUTES_WITHOUT_SIGNS, encoding="utf-8")
    store = tmp_path / "store"
    assert main(["load", str(doc), "--store", str(store), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "no paragraph (§) found" in err and str(doc) in err
    import kommungraf

    rows = kommungraf.open(store, read_only=True).query("people")
    assert {"Anna Berg", "Lena Ek", "Karin Sjö"} <= {str(r["name"]) for r in rows}


def test_a_notice_of_a_meeting_is_still_no_minutes(tmp_path):
    from kommungraf.errors import NotMinutesError
    from kommungraf.extract import extract_minutes
    from kommungraf.loaders import read_document

    doc = tmp_path / "kallelse.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract_minutes(read_document(doc))
