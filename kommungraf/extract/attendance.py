"""The first page and the signature block: who attended, in which role and for which party; body and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import Line
from .dates import find_dates
from .names import find_people

CELL_SPLIT = re.compile(r"\t+| {3,}")

# Headings of attendance lists and signature blocks → the role they give (None: no role of their own).
_LABELS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^(?:ej|icke|inte)\s+tjänstgörande\s+ersättare\b:?", re.I), "ersättare"),
    (re.compile(r"^(?:närvarande\s+)?tjänstgörande\s+ersättare\b:?", re.I), "tjänstgörande ersättare"),
    (re.compile(r"^(?:närvarande\s+)?ersättare\b:?", re.I), "ersättare"),
    (re.compile(r"^(?:närvarande\s+|övriga\s+|beslutande\s+)?ledamöter\b:?", re.I), "ledamot"),
    (re.compile(r"^(?:övriga\s+närvarande|övriga\s+deltagare|närvarande\s+tjänstemän|tjänstemän|"
                r"tjänstepersoner|övriga|närvarande\s+tjänstepersoner|föredragande)\b:?", re.I), "tjänsteman"),
    (re.compile(r"^(?:utses\s+att\s+justera|justerare|justerande|justeras\s+av)\b:?", re.I), "justerare"),
    (re.compile(r"^(?:underskrifter\s+)?sekreterare\b:?|^vid\s+protokollet\b:?", re.I), "sekreterare"),
    (re.compile(r"^(?:förste|andre|1:e|2:e|tredje|3:e)?\s*vice\s+ordförande\b:?", re.I), "vice ordförande"),
    (re.compile(r"^ordförande\b:?", re.I), "ordförande"),
    (re.compile(r"^(?:närvarande\s+)?beslutande\b:?|^närvarande\b:?", re.I), ""),
    (re.compile(r"^(?:frånvarande|ej\s+närvarande)\b:?", re.I), "-"),
    (re.compile(r"^(?:plats\s+och\s+tid|plats|tid|justeringens\s+plats|paragrafer|protokollet\s+omfattar|"
                r"underskrifter|underskrift|anslag|organ\b|sammanträdesdatum|datum|förvaringsplats|"
                r"protokollet\s+är\s+justerat|justerat|justeras\b|dag\s+för\s+justering)", re.I), "-"),
]
_INLINE_ROLE = re.compile(
    r"^\s*,?\s*\(?\s*((?:förste|andre|1:e|2:e)\s+vice\s+ordförande|vice\s+ordförande|ordförande|"
    r"tjänstgörande\s+ersättare|ersättare|ledamot|sekreterare|justerare)\b", re.I)
_SUBSTITUTE = re.compile(r"^\s*,?\s*\(?\s*(?:tjg\.?|tjänstgör(?:ande)?|ersätter|istf\.?|i\s+stället\s+för|för)\s+"
                         r"(?:för\s+)?([^\W\d_][\w-]+(?:\s+[^\W\d_][\w-]+){1,3})", re.I)
_PLAIN_NAME = re.compile(r"^([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*(?:\s+[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*){1,3})"
                         r"\s*(?:,\s*(.+))?$")
_DOTS = re.compile(r"^[.\s_…-]+$")


@dataclass
class PersonInfo:
    name: str
    party: str | None = None
    roles: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    replaces: str | None = None

    def add_role(self, role: str | None) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


@dataclass
class Attendance:
    people: dict[str, PersonInfo] = field(default_factory=dict)

    def add(self, name: str, party: str | None, role: str | None, start: int, end: int) -> PersonInfo:
        p = self.people.get(name)
        if p is None:
            p = self.people[name] = PersonInfo(name, party, [], start, end)
        if party and not p.party:
            p.party = party
        p.add_role(role)
        return p


def label_role(text: str) -> tuple[str | None, int] | None:
    """If ``text`` starts with an attendance or signature heading: (its role, length of the heading)."""
    for pat, role in _LABELS:
        m = pat.match(text)
        if m:
            return role, m.end()
    return None


def _is_job_title(text: str) -> bool:
    t = text.strip().casefold()
    return bool(t) and not re.match(r"^(?:s|m|v|mp|l|fp|c|kd|sd|fi)$", t) and len(t) < 60


def _looks_like_name(text: str) -> bool:
    toks = text.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() and t.replace("-", "").isalpha() and not t.isupper()
                                       for t in toks) and label_role(text) is None


def parse_attendance(lines: list[Line], att: Attendance | None = None) -> Attendance:
    """Read attendance lists and signature blocks: headings, "Name (P), role" entries, names under labels."""
    att = att or Attendance()
    column_role: dict[int, str | None] = {}
    pending: list[str | None] = []  # signature labels waiting for the names below them
    last_names: list[tuple[str, int, int]] = []
    for ln in lines:
        if _DOTS.match(ln.text):
            continue
        cells = _cells(ln)
        names_here: list[tuple[str, int, int]] = []
        labels_here: list[str | None] = []
        for col, (cell, cstart) in enumerate(cells):
            if not cell:
                continue
            lab = label_role(cell)
            if lab is not None:
                role, n = lab
                column_role[col] = role if role not in ("", "-") else (None if role == "" else "-")
                labels_here.append(role if role not in ("", "-") else None)
                rest = cell[n:]
                # "Underskrifter Sekreterare": a second heading after the first.
                lab2 = label_role(rest.strip())
                if lab2 is not None and lab2[0] not in ("", "-"):
                    column_role[col] = lab2[0]
                    labels_here[-1] = lab2[0]
                    rest = rest.strip()[lab2[1]:]
                cell_offset = cstart + (len(cell) - len(rest))
                cell = rest
                if not cell.strip():
                    continue
            else:
                cell_offset = cstart
            role = column_role.get(col, column_role.get(0))
            if role == "-":
                role = None
                if labels_here and not pending:
                    continue
            found = _entries(cell, cell_offset, role, att)
            if found:
                names_here.extend(found)
        if labels_here and not names_here:
            if last_names and len(labels_here) == len(last_names) and all(labels_here):
                # Names above their labels: "Lars-Göran Wester   Helena Ohlsson" / "ordförande   justerare".
                for (name, _, _), role in zip(last_names, labels_here, strict=False):
                    att.people[name].add_role(role)
                last_names = []
                pending = []
            else:
                pending = [r for r in labels_here]
            continue
        if names_here and pending:
            for (name, _, _), role in zip(names_here, pending, strict=False):
                att.people[name].add_role(role)
            pending = pending[len(names_here):]
        last_names = names_here
    return att


def _cells(ln: Line) -> list[tuple[str, int]]:
    out = []
    pos = 0
    for part in CELL_SPLIT.split(ln.text):
        idx = ln.text.find(part, pos) if part else pos
        out.append((part.strip(), ln.start + idx))
        pos = idx + len(part)
    return out


def _entries(cell: str, offset: int, role: str | None, att: Attendance) -> list[tuple[str, int, int]]:
    """People in one cell of an attendance list, with the cell's role and any role written beside them."""
    found: list[tuple[str, int, int]] = []
    people = list(find_people(cell))
    if people:
        for i, m in enumerate(people):
            after = cell[m.end: people[i + 1].start if i + 1 < len(people) else len(cell)]
            inline = _INLINE_ROLE.match(after)
            r = role
            if inline:
                word = inline.group(1).casefold()
                r = "vice ordförande" if "vice" in word else word
            if role == "tjänsteman":
                r = None  # a party member under "Övriga närvarande" is no official
            p = att.add(m.name, m.party, r, offset + m.start, offset + m.end)
            for extra in m.roles:
                p.add_role(extra)
            sub = _SUBSTITUTE.match(after)
            if sub and (r == "tjänstgörande ersättare" or role == "tjänstgörande ersättare" or "tjg" in after
                        or "ersätter" in after):
                p.replaces = sub.group(1)
                p.add_role("tjänstgörande ersättare")
            found.append((m.name, offset + m.start, offset + m.end))
        return found
    # Entries without a party: "Katarina Holmér, socialdirektör", or a bare name under a signature label.
    for part in re.split(r";|\s+och\s+", cell):
        m = _PLAIN_NAME.match(part.strip())
        if not m or not _looks_like_name(m.group(1)):
            continue
        name, title = m.group(1), m.group(2)
        start = offset + cell.find(name)
        r = role
        inline = _INLINE_ROLE.match(", " + title) if title else None
        if inline:
            word = inline.group(1).casefold()
            r = "vice ordförande" if "vice" in word else word
        elif role == "tjänsteman" and not (title and _is_job_title(title)):
            r = None
        elif role in ("ledamot", "ersättare", "tjänstgörande ersättare", None) and not title and \
                name not in att.people:
            r = role if role else None
            if role is None:
                found.append((name, start, start + len(name)))
                att.add(name, None, None, start, start + len(name))
                continue
        att.add(name, None, r, start, start + len(name))
        if title and role == "tjänsteman" and r != "tjänsteman" and _is_job_title(title):
            att.people[name].add_role("tjänsteman")
        found.append((name, start, start + len(name)))
    return found


_MEETING_HINT = re.compile(r"(?i)sammanträd|möte|fört vid|tid och plats|datum\b(?!\s+(?:då|för))|^tid\b")
_NOT_MEETING = re.compile(r"(?i)justera|justering|anslag|nedtag|uppsätt|bevis|uppdaterad|publicerad|"
                          r"utdraget|bestyrk|intygar|skickad|expedierad|daterad|tjänsteutlåtande")


def meeting_date(lines: list[Line]) -> tuple[str, int, int] | None:
    """The meeting's date from the first page: a line about the meeting first, else the first plain date."""
    fallback: tuple[str, int, int] | None = None
    for ln in lines:
        if _NOT_MEETING.search(ln.text):
            continue
        for value, s, e in find_dates(ln.text):
            if _MEETING_HINT.search(ln.text):
                return value, ln.start + s, ln.start + e
            if fallback is None:
                fallback = (value, ln.start + s, ln.start + e)
    return fallback
