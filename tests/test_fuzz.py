"""Fuzzing the whole loader (issue 9, item 2): random and mutated minutes, PDFs, DOCX and HTML.

Every input goes through :func:`kommungraf.pipeline.build` and a load into an in-memory store, and must satisfy
:func:`check_file`: no unhandled exception, a one-line reason when the file is refused, and a graph whose every
triple survives N-Triples and a strict parser, with IRIs free of spaces and control characters and typed literals
(dates, integers, booleans) lexically valid.  The generators and the check are shared with ``tests/fuzz_run.py``,
the long run (``python tests/fuzz_run.py --seconds 600``); here each property runs a few dozen fixed examples.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from conftest import EXAMPLES, OWN_CORPUS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommungraf.loaders import NEUTRALISED
from kommungraf.loaders.text import decode_text
from kommungraf.pipeline import build
from kommungraf.pipeline import load as pipeline_load
from kommungraf.rdf import ntriples
from kommungraf.store import GraphStore, to_ox

#: Hang guard, not a speed target: extraction is linear (about 10 µs a character), so an input of at most
#: 200 KB that takes longer than this is stuck in something super-linear.
HANG_SECONDS = 20.0
HANG_GUARD_BYTES = 200_000

XSD = "http://www.w3.org/2001/XMLSchema#"
OA_START = "http://www.w3.org/ns/oa#start"
OA_END = "http://www.w3.org/ns/oa#end"
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_LEXICAL: dict[str, re.Pattern[str]] = {
    "integer": re.compile(r"[+-]?\d+"),
    "nonNegativeInteger": re.compile(r"\+?\d+"),
    "positiveInteger": re.compile(r"\+?0*[1-9]\d*"),
    "decimal": re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"),
    "boolean": re.compile(r"true|false|1|0"),
    "date": re.compile(r"-?\d{4,}-\d\d-\d\d(?:Z|[+-]\d\d:\d\d)?"),
    "dateTime": re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?"),
    "gYear": re.compile(r"-?\d{4,}(?:Z|[+-]\d\d:\d\d)?"),
}


# ---------------------------------------------------------------------------------------------- the property

@dataclass
class Outcome:
    """What one input did: refused (with ``error``) or loaded (``triples``), the time it took, what is wrong."""

    seconds: float
    error: str | None = None
    triples: int = 0
    problems: list[str] = field(default_factory=list)


def check_file(path: Path) -> Outcome:
    """Run the loader on one file and list everything that breaks the properties (an empty list: all held)."""
    t = time.monotonic()
    try:
        built = build(path)
    except Exception as e:  # the property: nothing escapes build()
        return Outcome(time.monotonic() - t, problems=[f"build() raised {_exc(e)}"])
    seconds = time.monotonic() - t
    out = Outcome(seconds, built.error, built.triples)
    if built.error is not None:
        msg = built.error
        if not isinstance(msg, str) or not msg.strip() or "\n" in msg.strip() or len(msg) > 600 \
                or "Traceback" in msg:
            out.problems.append(f"the reason for refusing is not one clear line: {msg!r}")
    elif built.graph is None or built.graph_iri is None:
        out.problems.append("build() gave neither a graph nor an error")
    else:
        out.problems.extend(check_graph(list(built.graph)))
    size = path.stat().st_size
    if size <= HANG_GUARD_BYTES and seconds > HANG_SECONDS:
        out.problems.append(f"took {seconds:.1f} s for {size} bytes (hang guard {HANG_SECONDS:g} s)")
    # The same file through the loader's own write path (its own serialiser, and a store that may load it
    # leniently): what the store then holds must be exactly build()'s graph, every term valid.
    store = GraphStore(None)
    try:
        report = pipeline_load(store, [path], workers=1)
    except Exception as e:
        out.problems.append(f"load() raised {_exc(e)}")
        return out
    if (built.error is None) != bool(report.loaded):
        out.problems.append(f"build() and load() disagree: {built.error!r} vs {len(report.loaded)} loaded")
    elif built.graph is not None and built.graph_iri is not None:
        stored = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(built.graph_iri))}
        if stored != {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in built.graph}:
            out.problems.append("the store holds other triples than build() gives")
        for tr in stored:
            for term in (tr.subject, tr.predicate, tr.object):
                out.problems.extend(f"in the store: {p}" for p in check_term(term))
    return out


def check_graph(triples: list[tuple]) -> list[str]:
    """Problems with a document's triples: what N-Triples or a strict parser refuses, bad IRIs and literals."""
    try:
        text = ntriples(triples)
    except Exception as e:
        return [f"the triples cannot be written as N-Triples: {_exc(e)}"]
    try:
        parsed = [q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    except (SyntaxError, ValueError, UnicodeError) as e:
        return [f"pyoxigraph refuses the N-Triples: {e}"]
    problems: list[str] = []
    if len(set(parsed)) != len(set(triples)):
        problems.append(f"{len(set(triples))} triples written, {len(set(parsed))} read back")
    spans: dict[ox.Term, dict[str, int]] = {}
    for tr in parsed:
        for term in (tr.subject, tr.predicate, tr.object):
            problems.extend(check_term(term))
        if tr.predicate.value in (OA_START, OA_END) and isinstance(tr.object, ox.Literal):
            try:
                spans.setdefault(tr.subject, {})[tr.predicate.value] = int(tr.object.value)
            except ValueError:
                pass  # reported by check_term
    for sel, se in spans.items():
        if se.get(OA_START, 0) < 0 or se.get(OA_START, 0) > se.get(OA_END, 1 << 62):
            problems.append(f"text span {sel} runs backwards: {se}")
    return problems[:20]


def check_term(term: object) -> list[str]:
    if isinstance(term, ox.NamedNode):
        iri = term.value
        if _IRI_BAD.search(iri) or NEUTRALISED.search(iri) or not re.match(r"[a-z][a-z0-9+.-]*:\S", iri):
            return [f"bad IRI {iri!r}"]
        return []
    if not isinstance(term, ox.Literal):
        return []
    value = term.value
    if NEUTRALISED.search(value):
        return [f"a control or bidi character in literal {value[:80]!r}"]
    if term.language:
        return [] if _LANG.fullmatch(term.language) else [f"bad language tag {term.language!r}"]
    dtype = term.datatype.value
    if not dtype.startswith(XSD):
        return []
    name = dtype[len(XSD):]
    pattern = _LEXICAL.get(name)
    if pattern is not None and not pattern.fullmatch(value):
        return [f"{value!r} is not a valid xsd:{name}"]
    if name == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return [f"{value!r} is no date in the calendar (xsd:date)"]
    return []


def _exc(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
    return f"{type(e).__name__}: {str(e)[:300]}{where}"


# ---------------------------------------------------------------------------------------------- seeds

TEXT_SEEDS = sorted(EXAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "linked").glob("*.txt")) \
    + sorted((OWN_CORPUS / "docs").glob("*.txt"))
BINARY_SEEDS = sorted(p for p in (OWN_CORPUS / "docs").iterdir() if p.suffix in (".pdf", ".docx", ".html"))


@cache
def seed_text(name: str) -> str:
    """A text seed decoded as the loader decodes it (some are Windows-1252)."""
    return decode_text(seed_bytes(name), Path(name))


@cache
def seed_bytes(name: str) -> bytes:
    """A seed file's bytes: a file of the repository, or a small generated PDF, DOCX or HTML minutes."""
    if name.startswith("generated."):
        return GENERATED[name]()
    return (ROOT / name).read_bytes()


def _example_lines() -> list[str]:
    return sorted(EXAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8").splitlines()


def _generated_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.compress = False  # content streams in the clear, so that mutations hit the text operators
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in _example_lines()[:60]:
        pdf.cell(0, 5, text=line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _generated_docx() -> bytes:
    import docx

    d = docx.Document()
    for line in _example_lines():
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Mona Sjöberg (S)", "ordförande"
    table.cell(1, 0).text, table.cell(1, 1).text = "Jonas Ek (V)", "ledamot"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _generated_html() -> bytes:
    body = "".join(f"<p>{line}</p>" if line.strip() else "" for line in _example_lines())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Protokoll</title>"
            f"<script>var x = 1;</script></head><body><nav><a href='/'>Start</a></nav><main>{body}"
            f"<ul><li>Punkt ett</li><li>Punkt två</li></ul></main></body></html>").encode()


GENERATED: dict[str, Callable[[], bytes]] = {
    "generated.pdf": _generated_pdf, "generated.docx": _generated_docx, "generated.html": _generated_html,
}
TEXT_SEED_NAMES = [str(p.relative_to(ROOT)) for p in TEXT_SEEDS]
BINARY_SEED_NAMES = [str(p.relative_to(ROOT)) for p in BINARY_SEEDS] + sorted(GENERATED)


# ---------------------------------------------------------------------------------------------- mutations

# What hostile or broken text puts in: control characters, bidi overrides and isolates, BOMs, replacement
# characters, odd line ends, and (for lines) the pieces extraction looks for.
ODD_CHARS = ["\x00", "\x07", "\x1b", "\x1b[31m", "\x7f", "\x85", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u200e", "\u200f", "\ufeff", "\ufffd", "\x0b", "\f", "\r", "\u2028", "\u00ad", "\ud800",
             "\U0001f600", "̈", "\t"]
PIECES = ["§", "§ 1", "§ 999999999999999999999", "KS 2019/656", "Dnr 2024/12", "(S)", "(M)", "(sd)", "m.fl.",
          "Anna Berg", "Lina Berg (MP)", "yrkar bifall", "reserverar sig", "Reservation", "Särskilt uttalande",
          "Justerat", "2024-03-07", "2024-02-30", "9999-99-99", "den 31 februari 2024", "den 7 mars 99999",
          "med 7 röster mot 4", "med 99999999999999999999 röster mot 1", "Ja-röster:", "Beslutande:", "ordförande",
          "Protokoll", "Sammanträde", "Kommunstyrelsen", "Solna stad", "att", "1.", "a)", "-", "(", ")", ",",
          "\n", "\n\n", "\t", " ", "  "]


def mutate_text(text: str, rng: random.Random) -> str:
    """One to four text mutations: deletions, duplications, odd characters, huge numbers, long lines."""
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(TEXT_MUTATIONS)(text, rng)
    return text


def _delete(text: str, rng: random.Random) -> str:
    if not text:
        return text
    i = rng.randrange(len(text))
    return text[:i] + text[i + rng.randint(1, max(1, len(text) // 4)):]


def _duplicate_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 20))
    return "\n".join(lines[:j] + lines[i:j] * rng.randint(1, 30) + lines[j:])


def _odd_chars(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(ODD_CHARS))
    return "".join(chars)


def _huge_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: rng.choice([m.group(), "9" * rng.randint(10, 400), "0", "-1", "99"]), text)


def _long_line(text: str, rng: random.Random) -> str:
    unit = rng.choice(["a", "ä", "Å", "Anna ", "(S) ", "§ 1 ", "-", "Berg, ", "1", " ", "Å-", "Åå-", "KS 2019/1 ",
                       "{", "Ab AB "])
    line = unit * (rng.randint(1000, 60_000) // len(unit))
    lines = text.split("\n")
    lines.insert(rng.randint(0, len(lines)), line)
    return "\n".join(lines)


def _pieces(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 10)):
        i = rng.randint(0, len(lines))
        lines.insert(i, " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))))
    return "\n".join(lines)


def _shuffle_block(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    block = lines[i:i + rng.randint(2, 40)]
    rng.shuffle(block)
    return "\n".join(lines[:i] + block + lines[i + len(block):])


TEXT_MUTATIONS: list[Callable[[str, random.Random], str]] = [
    _delete, _duplicate_lines, _odd_chars, _huge_numbers, _long_line, _pieces, _shuffle_block,
]


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """One to three byte mutations: flipped bytes, a truncation, a deleted, duplicated or inserted chunk."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(5)
        if not b:
            b = bytearray(rng.randbytes(rng.randint(1, 64)))
        elif op == 0:
            for _ in range(rng.randint(1, 16)):
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        elif op == 1:
            del b[rng.randrange(len(b)):]
        elif op == 2:
            i = rng.randrange(len(b))
            del b[i:i + rng.randint(1, 512)]
        elif op == 3:
            i = rng.randrange(len(b))
            b[i:i] = b[i:i + rng.randint(1, 2048)] * rng.randint(1, 8)
        else:
            i = rng.randrange(len(b))
            b[i:i] = rng.randbytes(rng.randint(1, 64))
    return bytes(b)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """Mutate the XML inside the package (and re-zip it), so the damage gets past the zip's checksums."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        members = [(i, src.read(i.filename)) for i in src.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return mutate_bytes(data, rng)
    xml = [k for k, (i, _) in enumerate(members) if i.filename.endswith(".xml")]
    out = io.BytesIO()
    targets = {rng.choice(xml) for _ in range(rng.randint(1, 2))} if xml else set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for k, (info, raw) in enumerate(members):
            if k in targets:
                if rng.random() < 0.5:
                    raw = mutate_text(raw.decode("utf-8", "replace"), rng).encode("utf-8", "surrogatepass")
                else:
                    raw = mutate_bytes(raw, rng)
            z.writestr(info.filename, raw)
    return out.getvalue()


def mutate_html(data: bytes, rng: random.Random) -> bytes:
    html = data.decode("utf-8", "replace")
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(4)
        if op == 0:
            html = mutate_text(html, rng)
        elif op == 1:  # unbalanced or deeply nested markup
            tag = rng.choice(["div", "font", "table", "li", "ul", "td", "p", "span", "b"])
            i = rng.randint(0, len(html))
            html = html[:i] + f"<{tag}>" * rng.randint(1, 3000) + html[i:]
        elif op == 2:  # scripts, handlers, javascript: links, entities of odd characters
            i = rng.randint(0, len(html))
            html = html[:i] + rng.choice([
                "<script>alert('x')</script>", "<a href='javascript:alert(1)'>Anna Berg (S)</a>",
                "<img src=x onerror=alert(1)>", "&#0;&#x202e;&#x1b;&#xd800;", "<!--", "<![CDATA[ x ]]>",
                "<style>p{page-break-before:always}</style>", "<td colspan=999999 rowspan=999999>x</td>",
                "<ol start=99999999999999999999><li>x</li></ol>", "<p style='display:none'>dold</p>",
                "<style>" + "a" * rng.randint(1, 50_000), "<pre>" + "Å-" * rng.randint(1, 20_000) + "</pre>",
            ]) + html[i:]
        else:
            html = re.sub(r"<[^>]{0,40}>", lambda m: "" if rng.random() < 0.1 else m.group(), html)
    return html.encode("utf-8", "surrogatepass")


def mutate_binary(name: str, data: bytes, rng: random.Random) -> bytes:
    suffix = Path(name).suffix
    if suffix == ".docx" and rng.random() < 0.7:
        return mutate_docx(data, rng)
    if suffix == ".html" and rng.random() < 0.7:
        return mutate_html(data, rng)
    return mutate_bytes(data, rng)


def token_soup(rng: random.Random) -> str:
    """Text built of the pieces minutes are made of, in random order: it gets deep into extraction."""
    head = rng.choice(["", "SOLNA STAD\nSocialnämnden\nPROTOKOLL\nSammanträde 2024-03-07\n\n"])
    return head + " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 600)))


# ---------------------------------------------------------------------------------------------- inputs for the run

@dataclass(frozen=True)
class FuzzInput:
    kind: str  # what made it
    suffix: str
    data: bytes


def random_input(rng: random.Random) -> FuzzInput:
    """One input for the long run, of every kind the committed tests draw."""
    k = rng.randrange(6)
    if k == 0:
        name = rng.choice(TEXT_SEED_NAMES)
        text = mutate_text(seed_text(name), rng)
        enc = rng.choice(["utf-8", "utf-8", "utf-8", "utf-16", "cp1252"])
        return FuzzInput("mutated-txt", ".txt", encode(text, enc))
    if k == 1:
        name = rng.choice(TEXT_SEED_NAMES)
        return FuzzInput("byte-mutated-txt", ".txt", mutate_bytes(seed_bytes(name), rng))
    if k == 2:
        name = rng.choice(BINARY_SEED_NAMES)
        return FuzzInput(f"mutated{Path(name).suffix}", Path(name).suffix,
                         mutate_binary(name, seed_bytes(name), rng))
    if k == 3:
        return FuzzInput("token-soup", ".txt", token_soup(rng).encode("utf-8"))
    if k == 4:
        alphabet = "abcåäöABCÅÄÖ §()/-,.:0123456789\n\t" + "".join(ODD_CHARS)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4000)))
        return FuzzInput("random-text", ".txt", text.encode("utf-8", "surrogatepass"))
    suffix = rng.choice([".txt", ".pdf", ".docx", ".html"])
    return FuzzInput(f"random-bytes{suffix}", suffix, rng.randbytes(rng.randint(0, 4000)))


def encode(text: str, encoding: str) -> bytes:
    """Text as bytes; lone surrogates pass through UTF-8 and UTF-16, other unencodable characters become "?"."""
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


def check_bytes(data: bytes, suffix: str, folder: Path | None = None) -> Outcome:
    """Write ``data`` to a file with ``suffix`` and check it."""
    with tempfile.TemporaryDirectory(dir=folder) as d:
        path = Path(d) / f"fuzz{suffix}"
        path.write_bytes(data)
        return check_file(path)


# ---------------------------------------------------------------------------------------------- the tests

FAST = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _assert_ok(out: Outcome) -> None:
    assert not out.problems, out.problems


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000))
def test_random_text_never_breaks_the_loader(text: str) -> None:
    """Guards the readers' and extractors' error handling, and the neutralised characters: any Unicode text,
    control and bidi characters included, is refused with one line or loaded as valid triples."""
    _assert_ok(check_bytes(text.encode("utf-8", "surrogatepass"), ".txt"))


@FAST
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".pdf", ".docx", ".html"]))
def test_random_bytes_in_every_format_never_break_the_loader(data: bytes, suffix: str) -> None:
    """Guards format sniffing and the readers' refusals: random bytes under every suffix, and random bytes
    behind a PDF or ZIP signature, give one line of reason, never an exception."""
    _assert_ok(check_bytes(data, suffix))
    for magic in (b"%PDF-1.7\n", b"PK\x03\x04"):
        _assert_ok(check_bytes(magic + data, suffix))


@FAST
@given(st.sampled_from(TEXT_SEED_NAMES), st.randoms(use_true_random=False),
       st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_mutated_text_minutes_never_break_the_loader(name: str, rng: random.Random, encoding: str) -> None:
    """Guards extraction on damaged minutes: deleted and duplicated lines, odd characters (NUL, ESC, RLO …),
    huge numbers and impossible dates, lines of tens of thousands of characters; the graph stays valid (no
    control character in a literal, no 2024-02-30 as an xsd:date) and the time stays linear."""
    _assert_ok(check_bytes(encode(mutate_text(seed_text(name), rng), encoding), ".txt"))


@FAST
@given(st.sampled_from(BINARY_SEED_NAMES), st.randoms(use_true_random=False))
def test_mutated_pdf_docx_and_html_never_break_the_loader(name: str, rng: random.Random) -> None:
    """Guards the PDF, DOCX and HTML readers on damaged files: flipped, cut, deleted and duplicated bytes in
    real and generated files, XML damaged inside a valid zip, nested and unbalanced HTML, scripts."""
    _assert_ok(check_bytes(mutate_binary(name, seed_bytes(name), rng), Path(name).suffix))


@FAST
@given(st.randoms(use_true_random=False))
def test_text_made_of_the_pieces_of_minutes_never_breaks_the_loader(rng: random.Random) -> None:
    """Guards extraction where random text reaches it: paragraph signs, case numbers, names with parties,
    votes and dates in random order (huge counts, § numbers of 21 digits) still give valid triples."""
    _assert_ok(check_bytes(token_soup(rng).encode("utf-8"), ".txt"))
