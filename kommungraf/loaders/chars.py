"""Characters that every reader treats alike: ligatures spelled out, invisible characters dropped."""

from __future__ import annotations

#: Typographic ligatures (PDF fonts, text exports of PDFs) as the letters they stand for.
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st"}
#: Characters that take no room in the text: soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"
#: A ``str.translate`` table that drops :data:`INVISIBLE`.
DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
#: Unicode's own hyphens, shown as the hyphen-minus and meant as it: the non-breaking hyphen U+2011 (pasted into a
#: document, or a web page's "&#8209;") and the hyphen U+2010.
PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
