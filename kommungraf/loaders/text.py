"""Plain-text minutes: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy 8-bit code page, detected."""

from __future__ import annotations

from pathlib import Path

from ..errors import DocumentError
from ..source import SourceText, sha256_of

# Letters that Swedish text is full of; a decoding that yields none of them where the bytes are non-ASCII is wrong.
_SWEDISH = set("åäöÅÄÖé§")


def decode_text(data: bytes, path: Path) -> str:
    """Decode bytes of a text document, detecting the encoding rather than assuming it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # errors="replace": a truncated UTF-16 file must not raise UnicodeDecodeError out of a reader.
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Swedish legacy files are Windows-1252 or Latin-1 (identical for letters); cp1252 also maps
    # the typographic quotes and dashes in 0x80-0x9F that Latin-1 leaves as control characters.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not any(c in _SWEDISH for c in text):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise DocumentError(path, "cannot detect the text encoding")
        text = str(best)
    return text


def read_text(path: Path, data: bytes) -> SourceText:
    """Read a plain-text document; form feeds (as pdftotext writes them) separate pages."""
    text = decode_text(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\f":
            starts.append(i + 1)
    return SourceText(path=path, text=text, media_type="text/plain", sha256=sha256_of(data),
                      page_starts=tuple(starts))
