"""Format readers: a source file in, its text with positions (:class:`~kommungraf.source.SourceText`) out.

Readers are found through a table keyed by the file's content (magic bytes), then by its suffix, so a
mis-named file is still read by the right reader or refused with a clear message.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import DocumentError, UnsupportedFormatError
from ..source import SourceText
from .chars import PLAIN_HYPHENS

Reader = Callable[[Path, bytes], SourceText]

#: Files larger than this are refused before they are read (minutes are rarely over a few MB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Text longer than this is refused after reading: extraction is linear, but a 10 MB line of text is no minutes
#: and would hold a loader worker for a minute (a 2,000-page protocol has some 6 million characters).
MAX_TEXT_CHARS = 8_000_000

#: Characters no minutes need and that would reach the graph's literals: C0 controls other than TAB, LF, FF and CR
#: (NUL, BEL, ESC …), DEL and C1 controls, the Unicode bidirectional controls (LRM, RLM, ALM, the embeddings and
#: overrides U+202A–U+202E, the isolates U+2066–U+2069), which can make a name display as something else
#: ("Trojan Source"), non-characters and lone surrogates (which cannot be written as UTF-8).
NEUTRALISED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                         "\ufffe\uffff\ud800-\udfff]")

SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


def _reader(kind: str) -> Reader:
    # Imported lazily so that reading a text file never pays for pdfium, lxml or python-docx.
    if kind == "text":
        from .text import read_text

        return read_text
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf
    if kind == "docx":
        from .docx import read_docx

        return read_docx
    if kind == "html":
        from .html import read_html

        return read_html
    raise UnsupportedFormatError("?", f"no reader for {kind}")


def sniff(path: Path, head: bytes) -> str:
    """Which reader a file needs, from its first bytes, falling back to its suffix."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    probe = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html")) or b"<html" in probe[:512]:
        return "html"
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise UnsupportedFormatError(path, f"unsupported file type {path.suffix or '(no suffix)'}; "
                                           "kommungraf reads .txt, .pdf, .docx and .html")
    if kind in ("pdf", "docx"):
        what = "PDF" if kind == "pdf" else "DOCX (zip)"
        raise DocumentError(path, f"the file is named {path.suffix} but is not a {what} file")
    return kind


def read_document(path: str | Path) -> SourceText:
    """Read one source document of any supported format."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise DocumentError(p, "no such file") from None
    except OSError as e:
        raise DocumentError(p, f"cannot read: {e.strerror or e}") from None
    if p.is_dir():
        raise DocumentError(p, "is a folder, not a document")
    if size == 0:
        raise DocumentError(p, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise DocumentError(p, f"the file is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit "
                               "for one document of minutes")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DocumentError(p, f"cannot read: {e.strerror or e}") from None
    kind = sniff(p, data[:4096])
    try:
        src = _reader(kind)(p, data)
    except DocumentError as e:
        if "\n" not in e.reason:
            raise
        # A parser's message may run over lines (lxml: "…allowed range\n, line 1, column 9"); the reason is one.
        raise type(e)(p, " ".join(e.reason.split())) from None
    if len(src.text) > MAX_TEXT_CHARS:
        raise DocumentError(p, f"the text is {len(src.text):,} characters, over the limit of {MAX_TEXT_CHARS:,} "
                               "for one document of minutes; split it")
    src = ocr_parties(ocr_digits(plain_hyphens(neutralise(compose(src)))))
    if not src.text.strip():
        raise DocumentError(p, "no text in the document")
    return src


def neutralise(src: SourceText) -> SourceText:
    """The source with each :data:`NEUTRALISED` character replaced by a space.

    Done once here, for every format, so that no later stage (and no literal in the graph) sees them; one space
    for one character keeps every offset into the text valid.
    """
    if NEUTRALISED.search(src.text) is None:
        return src
    return replace(src, text=NEUTRALISED.sub(" ", src.text))


def plain_hyphens(src: SourceText) -> SourceText:
    """The source with the non-breaking hyphen (U+2011) and the hyphen (U+2010) as the hyphen-minus "-".

    Why: a name or case number typed with a non-breaking hyphen ("Lars\u2011Erik Nydahl", "KS 2024\u20110188") is
    shown as "Lars-Erik", but no pattern reads U+2011 as a hyphen, so the first name was cut off and the same
    person or case written with "-" elsewhere was another.  Done once here, for every format (a DOCX's
    ``<w:noBreakHyphen/>`` already reads as "-", a literal U+2011 in any file did not); one character for one
    keeps every offset valid."""
    text = src.text
    if text.isascii() or ("\u2011" not in text and "\u2010" not in text):
        return src
    return replace(src, text=text.translate(PLAIN_HYPHENS))


def compose(src: SourceText) -> SourceText:
    """The source in Unicode NFC: "å" as one character, not "a" + a combining ring (text copied from macOS, some
    PDF fonts).  Every pattern and gazetteer name is written composed, so a decomposed "Östen" would be no name.

    Done once here, for every format.  Composing shortens the text, so each page is composed on its own and the
    page starts are counted again.
    """
    text = src.text
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return src
    bounds = [*src.page_starts, len(text)]
    pages = [unicodedata.normalize("NFC", text[a:b]) for a, b in itertools.pairwise(bounds)]
    starts = [0]
    for page in pages[:-1]:
        starts.append(starts[-1] + len(page))
    return replace(src, text="".join(pages), page_starts=tuple(starts))


# A number of an OCR'd scan with a digit read as a letter: "l" for 1 ("kl. 09.00-l5.10", "§ l04", "2024-04-l9") or
# "O" for 0 ("2024-05-2O").  Only a token of digits with such letters among them and a digit in it, standing alone:
# no word has a digit inside it, so "l" or "O" there is a misread digit.
# A date's month or day read as letters only ("2024-lO-07") has no digit of its own, so the whole date is the token:
# the yyyy-mm-dd shape with a digit and a misread letter in it (why: the date was lost).
# A lone "l" / "O" between two numbers of a row, spaces apart ("Summa   4   l   1"): a count of one or none, since no
# word stands alone between two counts (the match takes the spaces before it, which the translation keeps).
_OCR_DIGIT_TOKEN = re.compile(r"(?<![\w-])(?=[\d-]*[lO])(?=[lO-]*\d)[\dlO]{4}-[\dlO]{2}-[\dlO]{2}(?![\w-])|"
                              r"(?<!\w)(?:\d+[lO]|[lO]+\d)[\dlO]*(?!\w)|"
                              r"(?<=\d)[ \t]{1,20}[lO](?=[ \t]{1,20}\d+(?![\w.,:-]))")
_OCR_DIGIT = str.maketrans({"l": "1", "O": "0"})
# What every match above holds: a digit beside an "l" or "O" (in a date, maybe a hyphen between them), or a lone "l" or
# "O" in blanks after a digit; written from the digit (the letter before it in a look-behind).  Why: the pattern above
# is tried at every character of the document, and this one, which the regex engine scans for from digit to digit,
# rules most documents out at a sixth of the cost.
_OCR_DIGIT_HINT = re.compile(r"\d(?:-?[lO]|[ \t]{1,20}[lO][ \t]|(?<=[lO]\d)|(?<=[lO]-\d))")


def ocr_digits(src: SourceText) -> SourceText:
    """The source with the digits of OCR-damaged numbers restored ("l02" → "102", "2024-05-2O" → "2024-05-20").

    Done once here, for every format (a scan's text layer may come as PDF or as a text export), so that dates,
    paragraph headings and vote counts read as printed; one character for one keeps every offset valid.
    """
    if _OCR_DIGIT_HINT.search(src.text) is None or _OCR_DIGIT_TOKEN.search(src.text) is None:
        return src
    return replace(src, text=_OCR_DIGIT_TOKEN.sub(lambda m: m.group().translate(_OCR_DIGIT), src.text))


# The party "(SD)" of an OCR'd scan with its S read as a 5: "Eva Lund (5D) reserverar sig".  Only after a word and
# a space, in brackets of its own: "5D" is no party, no number and no word, and SD is the one party code with an S
# and another letter.  (A lone "(5)" may be a numbered point; an attendance list's "(5)" is read as S there.)
_OCR_PARTY = re.compile(r"(?<=\w )\(5D\)(?![\w-])")


def ocr_parties(src: SourceText) -> SourceText:
    """The source with OCR-damaged party brackets restored ("(5D)" → "(SD)"), one character for one.

    Why: a member's party of a scanned page read as "(5D)" is no party, so the member and her reservation were lost.
    """
    if "(5D)" not in src.text:
        return src
    return replace(src, text=_OCR_PARTY.sub("(SD)", src.text))
