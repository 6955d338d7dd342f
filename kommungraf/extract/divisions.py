"""Divisions recorded in a voting list appended to the minutes ("Bilaga 1 – Voteringslista"): one row per member,
one column per division of the meeting ("Omröstning 1", "Omröstning 2"), which the paragraphs cite by number
("Omröstning 1, se bilaga 1") instead of giving the counts themselves."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..clean import Line, MappedText
from ..model import Span, Vote
from .names import find_people
from .votes import CHOICE, party_row_cells, voter

# A division's column in the list: "Omröstning 1", "Votering 2".
_DIVISION_COL = re.compile(r"(?i)(?:omröstning|votering)\s*(\d{1,2})")
# The column of the members' names.
_NAME_COLS = frozenset({"namn", "ledamot", "ledamöter", "ordinarie ledamot", "ledamot/ersättare"})
# The legend that ties a division to its paragraph: "Omröstning 1: § 61 Ändrad bolagsordning …".
_LEGEND = re.compile(r"(?i)^(?:omröstning|votering)\s*(\d{1,2})\s*[:.–-]\s*§\s*(\d{1,4})\b")
# A paragraph that cites a division of the list: "Omröstning 1, se bilaga 1", "Votering 2 (se voteringslistan)".
_CITED = re.compile(r"(?i)\b(?:omröstning|votering)\s+(\d{1,2})\s*[,.]?\s*\(?\s*(?:se\s+)?"
                    r"(?:bilaga|voteringslist|omröstningslist)")


@dataclass(frozen=True)
class Division:
    """One division of an appended voting list: its number, the paragraph its legend names, counts and roll."""

    number: str
    paragraph: str | None
    yes: int
    no: int
    abstain: int
    roll_call: tuple[tuple[str, str], ...]


def _raw(ln: Line, source: str) -> str:
    """The line as it stands in the source, with its indentation: a fixed-width table's columns need it."""
    raw = source[source.rfind("\n", 0, ln.start) + 1:ln.end] if source else ""
    return raw if raw.strip() == ln.text.strip() else ln.text


def appended_divisions(lines: list[Line], source: str) -> tuple[Division, ...]:
    """The divisions of a voting list among ``lines`` (the part after the last paragraph): the header row has a
    name column and one or more numbered division columns; each row gives a member's Ja / Nej / Avstår (or
    Frånvarande, no vote) per division, and a division's counts are the sum of its column."""
    legend: dict[str, str] = {}
    header: str | None = None
    columns: dict[int, str] = {}  # header cell index -> division number
    name_at = 0
    rolls: dict[str, list[tuple[str, str]]] = {}
    for ln in lines:
        text = ln.text.strip()
        if (lm := _LEGEND.match(text)) is not None:
            legend[lm.group(1)] = lm.group(2)
            continue
        if header is None:
            if "mröstning" not in text and "otering" not in text:
                continue
            cells = [c.strip().casefold() for c in re.split(r"\t| {2,}", text)]
            found = {i: m.group(1) for i, c in enumerate(cells) if (m := _DIVISION_COL.fullmatch(c))}
            names = [i for i, c in enumerate(cells) if c in _NAME_COLS]
            if found and names:
                header, columns, name_at = _raw(ln, source), found, names[0]
            continue
        if not re.search(r"[^\W\d_]", text):
            continue  # a rule under the header ("--  -------")
        cells = party_row_cells(_raw(ln, source), header)
        name = voter(cells[name_at]) if name_at < len(cells) else None
        if name is None:
            header = None  # the table has ended ("Resultat  Ja  Nej …")
            continue
        for i, number in columns.items():
            choice = CHOICE.get(cells[i].casefold()) if i < len(cells) else None
            if choice:
                rolls.setdefault(number, []).append((name, choice))
    out = []
    for number, roll in rolls.items():
        count = {c: sum(1 for _, x in roll if x == c) for c in ("yes", "no", "abstain")}
        out.append(Division(number, legend.get(number), count["yes"], count["no"], count["abstain"], tuple(roll)))
    return tuple(out)


def appended_vote(mt: MappedText, span: Callable[[MappedText, int, int], Span], number: str,
                  divisions: tuple[Division, ...]) -> Vote | None:
    """The division of an appended voting list that a paragraph without counts of its own records: the one it
    cites by number ("Omröstning 2, se bilaga 1"), else the one the list's legend ties to this paragraph."""
    if not divisions:
        return None
    text = mt.text
    cited = _CITED.search(text)
    if cited is not None:
        div = next((d for d in divisions if d.number == cited.group(1)), None)
        at = (cited.start(), cited.end())
    else:
        div = next((d for d in divisions if d.paragraph == number), None)
        voted = re.search(r"(?i)omröstning|votering", text)
        if voted is None:
            return None  # a legend alone is no division of a paragraph that tells of none
        at = (voted.start(), voted.end())
    if div is None:
        return None
    return Vote(div.yes, div.no, div.abstain, span(mt, *at), div.roll_call)


# A paragraph's column in a combined attendance and voting list: "§ 45" (the vote of that paragraph).
_PARAGRAPH_COL = re.compile(r"§\s*(\d{1,4})")
# A vote as a word in such a column, or a dash for "no vote" (absent, or not serving for that paragraph).
_VOTE_TOKEN = frozenset({"ja", "nej", "avst", "avst.", "avstår", "–", "-", "—"})


def _trailing_votes(row: str, k: int) -> list[str] | None:
    """The last ``k`` words of a row when each is a vote or a dash, in column order; None when the row has fewer.

    Why: a PDF's text layer drops empty cells and merges others ("– –"), so the vote columns are read from the
    row's end, where each column holds one word, rather than by their position among the tabs."""
    words = row.split()
    tail = words[-k:] if len(words) >= k else []
    return tail if tail and all(w.casefold() in _VOTE_TOKEN for w in tail) else None


def paragraph_divisions(lines: list[Line], source: str) -> tuple[Division, ...]:
    """The divisions of a combined attendance and voting list whose vote columns are the paragraphs' own ("Nr |
    Ordinarie ledamot | Parti | Närv. | Tjänstgörande ersättare | § 45 | § 47"), each row a member's Ja / Nej /
    Avst (or "–", no vote) per paragraph.  A serving substitute named in the row votes on the member's row.

    Why: a long fullmäktige protocol may give a vote's result only in the list ("Resultatet framgår av närvaro-
    och omröstningslistan, kolumn § 48"); each division is tied to the paragraph its column names."""
    columns: list[str] = []  # the paragraph numbers of the vote columns, in order
    name_at = 0
    header = ""
    rolls: dict[str, list[tuple[str, str]]] = {}
    for ln in lines:
        text = ln.text.strip()
        if not columns:
            if "§" not in text:
                continue
            cells = [c.strip().casefold() for c in re.split(r"\t| {2,}", text)]
            names = [i for i, c in enumerate(cells) if c in _NAME_COLS]
            found = [m.group(1) for c in cells if (m := _PARAGRAPH_COL.fullmatch(c))]
            # The vote columns close the header row: a "§" column among others ("Paragraf") is no vote.
            if names and found and all(_PARAGRAPH_COL.fullmatch(c) for c in cells[-len(found):]):
                columns, name_at, header = found, names[0], _raw(ln, source)
            continue
        cells = party_row_cells(_raw(ln, source), header)
        name = voter(cells[name_at]) if name_at < len(cells) else None
        if name is None:
            if re.search(r"[^\W\d_]", text):
                columns = []  # the table has ended ("Justerandes sign", a paragraph heading)
            continue
        votes = _trailing_votes(text, len(columns))
        if votes is None:
            continue
        rest = text[text.find(name) + len(name):] if name in text else ""
        serving = next((p.name for p in find_people(rest)), None)
        for number, word in zip(columns, votes, strict=True):
            if (choice := CHOICE.get(word.casefold().rstrip("."))) is not None:
                rolls.setdefault(number, []).append((serving or name, choice))
    out = []
    for number, roll in rolls.items():
        count = {c: sum(1 for _, x in roll if x == c) for c in ("yes", "no", "abstain")}
        out.append(Division(f"§{number}", number, count["yes"], count["no"], count["abstain"], tuple(roll)))
    return tuple(out)
