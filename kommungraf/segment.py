"""Stage 2b: content lines → the parts of a protocol: first page, paragraphs (§) with their sections, signatures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from .clean import COLUMN_GAP, Line
from .gazetteer import canonical_party
from .language import foreign_label, foreign_line

# An agenda number before the paragraph's own: "Ärende 4 § 133", "Punkt 12. § 40".  It is no paragraph number.
_AGENDA = r"(?:(?:ärende|ärendepunkt|punkt|p\.|nr\.?)\s*\d{1,3}[.:]?\s+)?"
# "§ 13", "§45", "Ks § 112", "KF § 267 Dnr KS 02-820 107", "§ 9 a", "§ 487   0834/20", "Ärende 4 § 133 Titel".
PARAGRAPH_HEAD = re.compile(
    rf"^(?i:{_AGENDA})(?:[A-ZÅÄÖa-zåäö]{{1,6}}\s*)?§\s*(\d{{1,4}})(?:\s?([a-h])(?=\s|$|[.:]))?\s*[.:]?"
    r"(?:\s+(.*))?$")
# The number right-aligned after the title: "Remissvar om badvatten            KS § 23".  Only after a column gap
# and with nothing behind it, so that a reference in prose ("… beslut 2023-01-19 § 8") is no heading, and with
# one column before it: "Patrik Envall<TAB>Ekonomichef<TAB>§ 213" is a row of an attendance table.
_TRAILING_HEAD = re.compile(r"^(\S(?:(?!\t|   ).)*\S)(?:\t+| {3,})(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*(\d{1,4})$")
# The number before the sign: "201 §  Dnr KS 2024/0512", "45 §  Budget 2025".  Only with a title or a registration
# number behind it (or nothing), never a law reference that wrapped to the start of a line: "5 § kommunallagen",
# "2 § förvaltningslagen", "5 § första stycket", "3 § 2 st.".
_NUMBER_FIRST_HEAD = re.compile(r"^\s*(\d{1,4})\s?§(?:\s*[.:]?\s+([A-ZÅÄÖ].*))?\s*$")
# A law's name or a part of a section of law: the rest of "N § …" is then a reference, not a title.
_LAW_REST = re.compile(r"(?i)^(?:\S*(?:lag(?:en)?|balken|förordning(?:en)?|ordning(?:en)?|stadga)\b|"
                       r"(?:första|andra|tredje|fjärde|femte|sista)\s+(?:stycket|meningen)|st\.|p\.|punkt|kap\b)")
# A line that a law reference continues: "… enligt 6 kap." / "5 § kommunallagen".
_REFERENCE_BEFORE = re.compile(r"(?i)(?:\bkap\.?|\benligt|\bi|\boch|\bsamt|\bse|\bjfr\.?|\bmed\s+stöd\s+av|,)\s*$")
# A line of a table of contents: "§ 112<TAB>Yttrande över remiss<TAB>3", "§ 4 Budget ........ 7" (a page number).
_TOC_ENTRY = re.compile(r"(?:\t|\s{2,}|\.{3,}\s*)\d{1,3}$")
_CONTINUED = re.compile(r"^\(?\s*forts(?:\.|ättning)?\b", re.IGNORECASE)

# Headings of the sections of a paragraph, each with the kind of section it opens.
_SECTION_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Förslag till beslut", also with its owner: "Förvaltningens …", "Kommunstyrelsens arbetsutskotts …".
    ("proposal-to-decide", re.compile(r"^(?:(?:[\wåäö-]+\s+)?[\wåäö-]+s\s+)?förslag\s+till\s+beslut:?$", re.I)),
    # "Förslag till beslut i kommunfullmäktige", "Förslag till beslut till kommunstyrelsen": a preparing body's
    # proposal to the body that decides, which is its decision where no decision heading follows (why: the words
    # after "beslut" made it no heading, and a beredning's only decision was lost).
    ("proposal-to-decide", re.compile(r"^förslag\s+till\s+beslut\s+(?:i|till|för)\s+(?:kommun|region)?"
                                      r"(?:fullmäktige|styrelsen)s?:?$", re.I)),
    ("decision", re.compile(
        r"^(?:(?:[\w\-]+\s+){0,3}[\w\-]+s\s+)?(?:beslut(?:\s+för\s+egen\s+del)?|"
        # ("kommunfullrnäktige": OCR reads the m of a scan as "rn".)  A förbund's proposal to its members'
        # fullmäktige names them in the genitive: "Direktionens förslag till medlemskommunernas fullmäktige".
        # "Kommunstyrelsens förslag till beslut i kommunfullmäktige": the owner's proposal to the council worded
        # with "beslut i" is its decision as well (why: with an owner neither this nor "Förslag till beslut i …"
        # read it, and a board's only decision was lost).
        r"förslag\s+till\s+(?:beslut\s+(?:i|till)\s+)?(?:[\wåäö-]+s\s+)?(?:kommun|region)?"
        r"(?:full(?:m|rn)äktige|styrelsen))"
        r"(?:\s+för\s+egen\s+del)?:?$", re.I)),
    ("decision", re.compile(r"^(?:beslut(?:et)?|fullmäktiges beslut)\s*[:.]?$", re.I)),
    # A preparing body's proposal to the body it prepares for, named in any form: "Utskottets förslag till
    # direktionen", "Beredningens förslag till förbundsstyrelsen", "Presidiets förslag till nämnden" (why: only a
    # fullmäktige or a styrelse was read as the receiver, so an arbetsutskott's only decision was lost).
    ("decision", re.compile(r"^(?:[\w-]+\s+){0,2}[\w-]*(?:utskotts|utskottets|beredningens|presidiets)\s+förslag\s+till"
                            r"\s+(?:[\wåäö-]+s\s+)?[\wåäö-]+(?:\s+för\s+egen\s+del)?:?$", re.I)),
    # "Yrkanden och röstning": a company board's heading over the proposals and the vote.
    ("proposals", re.compile(r"^yrkanden?(?:\s+och\s+(?:röstning|votering|omröstning|beslutsgång))?:?$", re.I)),
    # "Förslag till beslut på sammanträdet": the proposals made in the meeting, under minutes that write them with
    # "föreslår" (why: no heading, it ran into the first proposal's sentence, and "Ordföranden föreslår …" after it
    # was no one's motion).
    ("proposals", re.compile(r"^(?:förslag|yrkanden?)\s+(?:till\s+beslut\s+)?(?:på|under|vid)\s+sammanträdet:?$",
                             re.I)),
    ("procedure", re.compile(r"^(?:beslutsgång|propositionsordning|proposition|handläggning|överläggning|"
                             r"votering|omröstning|omröstningsresultat|voteringsresultat|"
                             r"voteringsproposition):?$", re.I)),
    ("reservation", re.compile(r"^(?:reservation(?:er)?|skriftlig reservation)\s*:?$", re.I)),
    ("särskilt uttalande", re.compile(r"^särskil(?:t|da)\s+uttalanden?:?$", re.I)),
    ("särskilt yttrande", re.compile(r"^särskil(?:t|da)\s+yttranden?:?$", re.I)),
    # A party group's statement under its own heading: "Yttrande från Vänsterpartiet".
    ("särskilt yttrande", re.compile(r"^(?:särskilt\s+)?yttrande\s+från\s+(?:[\w-]+partiet(?:\s+de\s+gröna)?|"
                                     r"moderaterna|liberalerna|sverigedemokraterna|kristdemokraterna|"
                                     r"socialdemokraterna|[\w-]+gruppen)\s*:?$", re.I)),
    ("ersättaryttrande", re.compile(r"^ersättaryttranden?:?$", re.I)),
    # A member's explanation of a vote: no statement of the kinds above (the corpus does not count it), so its text
    # must not run on in the statement section before it.
    ("vote-explanation", re.compile(r"^röstförklaring(?:ar)?:?$", re.I)),
    ("protokollsanteckning", re.compile(r"^protokollsanteckning(?:ar)?:?$", re.I)),
    ("case", re.compile(r"^(?:ärendet|ärendebeskrivning|sammanfattning(?:\s+av\s+ärendet)?|bakgrund|"
                        r"beskrivning\s+av\s+ärendet|ärendets\s+beredning|föredragning|"
                        r"förvaltningens\s+(?:synpunkter|bedömning)|bedömning|motivering|"
                        r"beredning|yttrande|remissvar|information(?:en)?|"
                        r"ekonomiska\s+konsekvenser):?$", re.I)),
    ("documents", re.compile(r"^(?:beslutsunderlag|handlingar|underlag|bilagor|"
                             r"handlingar\s+i\s+ärendet|beslutsunderlag\s+och\s+bilagor):?$", re.I)),
    ("distribution", re.compile(r"^(?:beslutet\s+(?:skickas|expedieras)\s+till|expedieras(?:\s+till)?|"
                                r"expediering|protokollsutdrag\s+till|sändlista|för\s+kännedom|"
                                r"för\s+åtgärd):?$", re.I)),
    ("vote-table", re.compile(r"^(?:omröstningsbilaga|voteringsbilaga|omröstningslista|voteringslista|"
                              r"omröstningsprotokoll)\b.{0,20}$", re.I)),
    ("conflict", re.compile(r"^(?:jäv|deltar\s+ej\s+i\s+beslutet|anmälan\s+om\s+jäv):?$", re.I)),
    # What a permit decision tells its applicant after the decision (bygglov, förhandsbesked, föreläggande): notes
    # and how to appeal, which end the decision; their bullets are no decision points.
    ("notice", re.compile(r"^(?:(?:övriga\s+)?upplysningar?(?:\s+till\s+sökanden)?|information\s+till\s+sökanden|"
                          r"(?:information\s+om\s+)?hur\s+(?:man|du)\s+överklagar(?:\s+beslutet)?|"
                          r"överklagandehänvisning|besvärshänvisning):?$", re.I)),
]

# The signature block after the last paragraph of an extract or protocol.
_SIGNATURES = re.compile(
    r"^(?:vid\s+protokollet|justerat\b|justeras\b|underskrifter|dag\s+för\s+justering|justerandes\s+sign|"
    r"protokollet\s+justerades\b|"
    # Digital justering: the signing page or block that an e-signing service adds after the last paragraph.
    r"signeringssida|elektroniska\s+underskrifter|detta\s+dokument\s+har\s+signerats\s+elektroniskt\b|"
    r"protokollsutdraget\s+bestyrks|utdraget\s+bestyrks|utdragets\s+riktighet\s+(?:bestyrks|intygas)|rätt\s+utdraget\s+(?:intygar|betygar|betyger|bestyrker)|utdragsbestyrkande|"
    r"justeringens\s+(?:plats|datum)|protokollet\s+justerat|sekreterare\s*$|ordförande\s*$|justerande\s*$|"
    # A row of signature labels over the names ("Ordförande   Justerare   Justerare").
    r"(?:ordförande|justerare|justerande|sekreterare)(?:(?:\t|\s{2,})(?:ordförande|justerare|justerande|"
    r"sekreterare))+\s*$|"
    # An attendance list appended to the minutes ("Beslutande: se närvarolista, bilaga 1"), also one that is the
    # voting list too ("Närvaro- och voteringslista").
    r"(?:bilaga\s+\d+\W{1,3})?(?:närvarolista|närvaroförteckning|deltagarförteckning|"
    r"närvaro-\s*och\s+(?:votering|omröstning)s(?:lista|förteckning))\s*:?\s*$)",
    re.IGNORECASE)

# An appendix's label: "Bilaga 1", also lettered ("Bilaga A", "Bilaga B"), a capital only ("Bilaga i" is no label).
_APPENDIX_LABEL = r"bilaga\s+(?:\d+|(?-i:[A-ZÅÄÖ]))\b"
_APPENDIX = re.compile(rf"(?i)^{_APPENDIX_LABEL}")


@dataclass
class Section:
    """A heading (or none, for what stands before the first heading) and the lines under it."""

    kind: str
    heading: Line | None
    lines: list[Line] = field(default_factory=list)


@dataclass
class ParagraphSegment:
    number: str
    head: Line
    title_lines: list[Line]
    lines: list[Line]  # everything from the heading to the next paragraph, heading included
    sections: list[Section]


@dataclass
class Segmented:
    header: list[Line]
    paragraphs: list[ParagraphSegment]
    trailer: list[Line]
    # Another meeting's protokollsutdrag reproduced as an appendix (see ``_reproduced_extract_start``).
    appendix: list[Line] = field(default_factory=list)


# All section patterns as one, tried in the same order (an alternation tries its branches in order): one call
# instead of one per pattern.  Group "k<i>" is pattern i; the patterns have no groups of their own.
_ANY_SECTION = re.compile("|".join(f"(?P<k{i}>{pat.pattern})" for i, (_k, pat) in enumerate(_SECTION_PATTERNS)),
                          re.I)
_KIND_OF_GROUP = {f"k{i}": kind for i, (kind, _p) in enumerate(_SECTION_PATTERNS)}


@lru_cache(maxsize=4096)
def section_kind(text: str) -> str | None:
    """The kind of section a line opens, or None when it is no section heading.

    Cached: the segmenter and the sentence splitter ask about the same lines.
    """
    t = " ".join(text.split())
    # "Beslut." is a heading; "beslut." is the end of a sentence that wrapped ("… när fullmäktige har fattat" /
    # "beslut.").
    if len(t) > 70 or (t.endswith(".") and (not t.endswith("beslut.") or t[:1].islower())):
        return None
    m = _ANY_SECTION.match(t)
    if m is None and t.endswith(")"):
        return _party_group_heading_kind(t)
    if m is None and (" / " in t or " – " in t):
        return _bilingual_heading_kind(t)
    return _KIND_OF_GROUP[m.lastgroup] if m and m.lastgroup else None


def _bilingual_heading_kind(text: str) -> str | None:
    """The kind of a heading given in two languages with a slash between them, or None: "Kommunfullmäktiges beslut /
    Kaupunginvaltuuston päätös", "Ehdotukset / Yrkanden" (the minority language may stand first).

    Why: municipalities in the administrative areas for Finnish, Meänkieli and Sami print every heading with its
    translation; the whole line matched no heading, so the decision, proposals and statements went unread.  Exactly
    two halves, each tried alone; the first that is a heading gives the kind.  With dashes ("Beslut – Mearrádus –
    Päätös", up to three languages) the other parts must be words of another language (``foreign_label``): a dash
    also joins a Swedish heading to its own words."""
    halves = text.split(" / ")
    dashed = len(halves) == 1
    if dashed:
        halves = text.split(" – ")
    if not 2 <= len(halves) <= (3 if dashed else 2):
        return None
    for i, half in enumerate(halves):
        m = _ANY_SECTION.match(half.strip())
        if m and m.lastgroup:
            if dashed and not all(foreign_label(h) for h in halves[:i] + halves[i + 1:]):
                return None
            return _KIND_OF_GROUP[m.lastgroup]
    return None


# The party groups behind a statement named in its heading: "Protokollsanteckning (S, V, MP)", "Särskilt yttrande
# (SD)", "Reservation (M och KD)".
_PARTY_CODE = r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}"
_HEADING_PARTIES = re.compile(rf"\s*\(\s*{_PARTY_CODE}(?:\s*(?:,|och|&)\s*{_PARTY_CODE})*\s*\)$")


def _without_party_codes(text: str) -> str:
    """A heading without the party codes in brackets after it, so that "Protokollsanteckning (S, V, MP)" opens a
    protokollsanteckning as the bare heading does; the codes are groups, not the statement's signatories."""
    return _HEADING_PARTIES.sub("", text)


# "Protokollsanteckning från (SD)", "Yttrande från (V)": "från" between the kind and the party codes.
_FROM_END = re.compile(r"(?i)\s+från$")


def _party_group_heading_kind(text: str) -> str | None:
    """The kind of section opened by a heading that names party groups in brackets, or None.

    Why: Göteborg-style minutes head a group's statement "Yttrande (M, L, C)" or "Protokollsanteckning från (V)".
    The bare word "Yttrande" heads the staff's text about the matter, but with party codes after it, it is the
    groups' own statement (a särskilt yttrande), not the matter's description.
    """
    bare = _without_party_codes(text)
    if bare == text:
        return None
    bare = _FROM_END.sub("", bare)
    if bare.casefold() == "yttrande":
        return "särskilt yttrande"
    m = _ANY_SECTION.match(bare)
    return _KIND_OF_GROUP[m.lastgroup] if m and m.lastgroup else None


def _heading_at(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The number and the rest of line ``i`` if it reads as a paragraph heading: "§ 13 Title", "Title   § 13" or
    "13 §  Title"; the last not where the line before leads into it ("enligt 6 kap. / 38 § kommunallagen")."""
    text = lines[i].text
    m = PARAGRAPH_HEAD.match(text)
    if m and not text.lstrip().startswith("§§") and not _cited_at_line_start(lines, i, m) and \
            not _preposition_before_sign(text) and not _wrapped_entry_note(lines, i):
        return m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), (m.group(3) or "")
    if variant := _variant_head(lines, i):
        return variant
    if hyphenated := _hyphenated_body_head(text):
        return hyphenated
    if separated := _separated_head(text):
        return separated
    if trailing := _trailing_number(text):
        return trailing
    if banner := _agenda_banner_head(text):
        return banner
    if row := _agenda_table_row_head(lines, i):
        return row
    if (box := _box_head(text)) and not _row_of_sign_table(lines, i):
        return box
    if i and _REFERENCE_BEFORE.search(lines[i - 1].text):
        return None
    return _number_first(text)


# A body's short name with a hyphen before the sign: "KF-pres § 5", "KS-AU § 12", "BUN-au § 3 Title".  The plain
# heading allows one short word only, so these headings were missed.  A capital first, the number followed by a
# gap, a title or nothing (never "/2024" nor lower-case prose, which is a citation that a line break put first).
_HYPHENATED_BODY_HEAD = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}-[A-ZÅÄÖa-zåäö]{1,6}\s*§\s*(\d{1,4})"
                                   r"(?:\s?([a-h])(?=\s|$|[.:)]))?(?=\s|$)\s*[.:]?(?:\s+([^\s–—a-zåäö-].*))?$")


def _hyphenated_body_head(text: str) -> tuple[str, str] | None:
    """The number and rest of a heading with a hyphenated body name before the sign ("KF-pres § 5  KS 2023/7").

    Why: presidia and utskott abbreviate their name with a hyphen ("KF-pres", "KS-AU"), which ``PARAGRAPH_HEAD``'s
    single short word does not cover, so the whole paragraph was lost."""
    if not (m := _HYPHENATED_BODY_HEAD.match(text.lstrip())):
        return None
    return m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), (m.group(3) or "")


# Prose cut off before a citation: "… antogs av nämnden 12/6 2019," / "§ 47. Förvaltningen föreslår …".
# (Also an ISO date: "… behandlade ärendet 2024-03-26," / "§ 38. Lagen …".)
_CUT_BEFORE_CITATION = re.compile(r"(?:\d{4},|\d{4}-\d{2}-\d{2},|"
                                  r"\b(?:[Bb]eslut|[Pp]rotokoll|[Ii]|[Ee]nligt|[Mm]ed\s+stöd\s+av))\s*$")


def _cited_at_line_start(lines: list[Line], i: int, m: re.Match[str]) -> bool:
    """Whether a "§ N" at the start of line ``i`` is a citation that wrapped there rather than a heading: the line
    before breaks off after a year and a comma ("beslut 12/6 2019,") or a word that leads into a citation, and the
    line goes on as a sentence ("§ 47. Förvaltningen föreslår att …": punctuation after the number, a lower-case
    word or a long run of words).

    Why: the number of a cited decision may be higher than the paragraph's own, so the check against the previous
    heading's number does not catch it."""
    if not i or not _CUT_BEFORE_CITATION.search(lines[i - 1].text):
        return False
    rest = m.group(3) or ""
    number_part = lines[i].text[: m.start(3)].rstrip() if m.group(3) else lines[i].text.rstrip()
    return number_part.endswith((".", ",")) or rest[:1].islower() or len(rest.split()) > 8


# A bare "§ 19" in the first column: nothing after the number but the line's end or a column gap.
_BARE_SIGN_CELL = re.compile(r"^\s*§\s*\d{1,4}\s*(?:$|\t| {3,})")
# An attendance entry broken off after a comma: a name, a comma, a title and a comma ("Karl Berg, byggchef,").
_NAME_WORD = r"[A-ZÅÄÖÉ][^\W\d_]+(?:-[^\W\d_]+)?"
_OPEN_NAME_ENTRY = re.compile(rf"^\s*{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,3}},[^\t]*,\s*$")


def _wrapped_entry_note(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` opens with a bare "§ N" cell that is the wrapped end of the entry above it: the line
    before is a name entry broken off after a comma ("Karl Berg, byggnadsinspektör," / "§ 19   Justeringens plats
    och tid"); a title wrapped around its number row ("Avtal om … för Karlskoga," / "§ 72   Dnr …") is no entry.

    Why: an attendance block flattened from two columns wraps a staff member's paragraph note onto a line of its
    own, beside the right column's next label; read as a heading, it cut the first page short (the secretary
    below it was lost) and, being a higher number than the first real heading, made the real "§ 18" read as a
    reference and took "§ 19"'s place with the label for a title.  A heading never follows a line broken off
    after a comma."""
    return bool(i) and _OPEN_NAME_ENTRY.match(lines[i - 1].text) is not None and \
        _BARE_SIGN_CELL.match(lines[i].text) is not None


# A lower-case function word before the sign where a heading would have a body's short name ("KS § 112", "kf § 3"):
# "under § 117. Valberedningen …", "enligt § 12", "i § 4" are a citation that a line break put first on its line.
_PREPOSITION_SIGN = re.compile(r"^\s*(?:under|enligt|i|se|jfr|från|till|med|av|om|och|samt|vid|mot|på|hos|efter|"
                               r"inför|som|per)\s*§")


def _preposition_before_sign(text: str) -> bool:
    """Whether the line opens with a lower-case preposition or conjunction before "§ N" ("under § 117. …").

    Why: the heading pattern allows a short word before the sign for a body's short name, and a preposition fits
    it; such a cited number, higher than the paragraphs after it, made every later heading read as a reference."""
    return _PREPOSITION_SIGN.match(text) is not None


# A case system's header box, repeated on every page of a paragraph: "Kommunstyrelsen<TAB>2024-04-15<TAB>§ 62",
# "Kultur- och fritidsnämnden<TAB>Sammanträdesdatum<TAB>§ 52".  The first cell names a body, the second is the
# meeting date (or its label), the third only the number.
_BOX_HEAD = re.compile(r"^(?i:[\wåäö]+(?:[\s-]+[\wåäö]+){0,5}?(?:nämnden|nämnd|styrelsen|styrelse|fullmäktige|"
                       r"utskottet|utskott|direktionen|beredningen|kommittén))"
                       r"(?:\t+| {3,})(?:\d{4}-\d{2}-\d{2}|[Ss]ammanträdesdatum)(?:\t+| {3,})§\s*(\d{1,4})\s*$")


def _box_head(text: str) -> tuple[str, str] | None:
    """The number of a header box "Kommunstyrelsen<TAB>2024-04-15<TAB>§ 62" that heads a paragraph without a
    title (the title stands below it, under or above the Dnr line), or None.

    Why: a case system prints the paragraph number only in the box at the top of each page; the body and the date
    before the number kept ``_TRAILING_HEAD`` from reading it, so no paragraph was found at all."""
    if "§" not in text:
        return None
    m = _BOX_HEAD.match(text.strip())
    return (m.group(1), "") if m else None


# A row of a table whose last column holds a paragraph ("Kommunstyrelsen<TAB>2024-03-19<TAB>§ 52"), as a case's
# earlier handling is tabled (Organ | Datum | Paragraf).
_SIGN_CELL_ROW = re.compile(r"\S(?:\t+| {3,})\S.*(?:\t+| {3,})§\s*(\d{1,4})\s*$")


def _row_of_sign_table(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, shaped as a header box, is one row of a table of several such rows: a row next to it
    has the same shape and another paragraph's number.

    Why: a table of a case's earlier handling ("Tidigare behandling": Organ | Datum | Paragraf) has rows of a body,
    a date and a "§ N" of that body's meeting; each read as a header box and a number above the paragraph's own
    started a false paragraph that took the rest of the case.  A header box stands alone on its line."""
    own = _SIGN_CELL_ROW.search(lines[i].text)
    if own is None:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and (m := _SIGN_CELL_ROW.search(lines[j].text)) and m.group(1) != own.group(1):
            return True
    return False


# A portal's item banner: the agenda number at the left, the paragraph number at the right margin, the title on the
# next line: "Beslutsärende 6          Paragraf § 38", "Informationsärende 2<TAB>§ 40", "Ärende 4<TAB>KS § 12".
_AGENDA_BANNER = re.compile(r"^(?i:(?:besluts|informations|anmälnings)?ärende|ärendepunkt|dagordningspunkt|punkt)"
                            r"\s*(?:nr\.?\s*)?\d{1,3}[.:]?(?:\t+| {3,})(?i:paragraf\s*)?(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?"
                            r"§\s*(\d{1,4})\s*$")


def _agenda_banner_head(text: str) -> tuple[str, str] | None:
    """The number of an item banner "Beslutsärende 6 … Paragraf § 38" (agenda number and § on one line), with no
    title: the title stands on the next line.

    Why: the word "Paragraf" before the sign is longer than a body's prefix ("KS § 12"), so ``_TRAILING_HEAD`` did
    not read the line, and the agenda number is no title either."""
    if "§" not in text:
        return None
    m = _AGENDA_BANNER.match(text.strip())
    return (m.group(1), "") if m else None


# The header row of a small table over a paragraph: "Ärende<TAB>Paragraf<TAB>Diarienummer", "Ärendenr   Paragraf …".
_AGENDA_TABLE_HEADER = re.compile(r"(?i)^(?:ärende(?:nr|nummer)?|ärendepunkt|dagordningspunkt|punkt|nr)\.?"
                                  r"(?:\t+| {2,})(?:paragraf|§)(?:\t| {2,}|$)")
# Its row: the bare agenda number, the § cell and (maybe) the registration number: "6<TAB>§ 34<TAB>SN 2024/0087".
_AGENDA_TABLE_ROW = re.compile(r"^\d{1,3}(?:\t+| {2,})(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*(\d{1,4})"
                               r"(?:(?:\t+| {2,})(\S.*?))?\s*$")


def _agenda_table_row_head(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The number and rest of a table row "6<TAB>§ 34<TAB>SN 2024/0087" right under its header row "Ärende<TAB>
    Paragraf<TAB>Diarienummer", or None.

    Why: an extract (a Word table, or a text export of one) puts the agenda number, the § and the registration
    number in columns under a header row; the bare agenda number before the sign kept every other heading pattern
    from reading the row, so no paragraph was found at all.  Only under such a header row, so that a numbered
    list or a table of contents is no heading."""
    if not i or not lines[i].text[:1].isdigit():
        return None
    m = _AGENDA_TABLE_ROW.match(lines[i].text)
    if m is None or not _AGENDA_TABLE_HEADER.match(lines[i - 1].text.strip()):
        return None
    return m.group(1), m.group(2) or ""


def _trailing_number(text: str) -> tuple[str, str] | None:
    """The number and title of a heading that prints the number after the title, where it has title words."""
    if "§" not in text:
        return None
    m = _TRAILING_HEAD.match(text)
    if not m or re.search(r"\d{4}-\d{2}-\d{2}", m.group(1)) or not _has_title_words(m.group(1)):
        return None
    if _PERSON_CELL.match(m.group(1)):
        return None
    return m.group(2), m.group(1)


# A cell that holds only a person and party ("Elin Mårtensson (MP)"): in an attendance table the § after it is a
# remark on that member ("Jäv § 114", "Från § 115"), never a paragraph's title with its number.
_PERSON_CELL = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+\s*\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)"
                          r"(?:,\s*[\w:\s-]{0,30})?$")


def _number_first(text: str) -> tuple[str, str] | None:
    """The number and rest of a heading that prints the number before the sign ("201 §  Dnr KS 2024/0512"), where
    the rest is a title or a registration number and no law's name ("5 § kommunallagen")."""
    m = _NUMBER_FIRST_HEAD.match(text)
    if not m:
        return None
    rest = (m.group(2) or "").strip()
    if rest and _LAW_REST.match(rest):
        return None
    return m.group(1), rest


def heading_title(text: str) -> str:
    """The title part of a paragraph's heading line: without the § number, an agenda number before it or a
    number printed after the title."""
    if variant := _head_variant(text):
        return variant[1]
    trailing = _trailing_number(text) or _number_first(text) if not PARAGRAPH_HEAD.match(text) else None
    if trailing:
        return trailing[1]
    if signless := _signless_title(text):
        return signless
    return _HEAD_NUMBER.sub("", text)


def _signless_title(text: str) -> str | None:
    """The title of a heading without a "§" ("Paragraf 7  Budget 2025", "23<TAB>Yttrande …"), or None.

    Why: ``_with_signless_heads`` accepts these headings, and their number is no part of the title."""
    if "§" in text:
        return None
    if m := _WORD_HEAD.match(text.strip()):
        return m.group(3)
    m = _MARGIN_NUMBER.match(text.strip())
    return m.group(2) if m else None


# Headings that write the number in other ways.  The year with the number: "KS § 61/24 Title", "§ 61/2024" and
# "§ 2024:7  Dnr …" (a year of this or the last century only); the § in brackets after the agenda item: "Ärende 2
# (§ 16) Title", "Punkt 4 (KS § 17a)"; one heading for a range of paragraphs handled as one item: "§§ 6–8  Dnr …"
# (numbered by its first number).  Each only at the start of the line and never followed by a dash: "KS § 61/24 –
# KS § 64/24" lists the paragraphs of the minutes, and another body's "KSAU § 40/24" stands inside running text.
_LETTER = r"(?:\s?([a-h])(?=\s|$|[.:)]))?"
_VARIANT_HEADS = (
    re.compile(rf"^(?:[A-ZÅÄÖa-zåäö]{{1,6}}\s*)?§\s*(\d{{1,4}})/(?:\d{{2}}|(?:19|20)\d{{2}}){_LETTER}"
               r"(?=\s|$)\s*[.:]?(?:\s+(.*))?$"),
    re.compile(rf"^(?:[A-ZÅÄÖa-zåäö]{{1,6}}\s*)?§\s*(?:19|20)\d{{2}}:(\d{{1,4}}){_LETTER}(?=\s|$)\s*[.:]?(?:\s+(.*))?$"),
    re.compile(rf"(?i:^(?:ärende|ärendepunkt|dagordningspunkt|punkt)\s*(?:nr\.?\s*)?\d{{1,3}}[.:]?\s*)"
               rf"\(\s*(?:[A-ZÅÄÖa-zåäö]{{1,6}}\s*)?§\s*(\d{{1,4}}){_LETTER}\s*\)\s*[.:]?(?:\s+(.*))?$"),
    # The meeting's number before the item's: "KS § 14:7 Title" (meeting 14, item 7).  Only with a title or a
    # registration number behind it, so that another body's "§ 12:4" wrapped to a line start is no heading.
    re.compile(rf"^(?:[A-ZÅÄÖa-zåäö]{{1,6}}\s*)?§\s*\d{{1,3}}:(\d{{1,4}}){_LETTER}(?=\s)\s*[.:]?\s+(\S.*)$"),
    # A range only with a registration number or a title behind it: "§§ 1–12" alone is a first page's label.
    re.compile(r"^§§\s*(\d{1,4})\s*[–-]\s*\d{1,4}()(?:\t+| {2,}|\s+(?=Dnr\b|[A-ZÅÄÖ]))(\S.*)$"),
)


def _head_variant(text: str) -> tuple[str, str] | None:
    """The number and rest of a heading in one of the forms of ``_VARIANT_HEADS``, where the rest is no sentence
    going on in lower case ("§ 2023:725 gäller …" is a reference that a line break put first)."""
    if "§" not in text:
        return None
    for pattern in _VARIANT_HEADS:
        if (m := pattern.match(text.lstrip())) and not re.match(r"[–—-]|[a-zåäö]", m.group(3) or ""):
            return m.group(1) + (f" {m.group(2)}" if m.group(2) else ""), (m.group(3) or "")
    return None


def _variant_head(lines: list[Line], i: int) -> tuple[str, str] | None:
    """A heading of ``_VARIANT_HEADS`` on line ``i``; a range ("§§ 6–8  Dnr …") only where no later heading opens
    its first paragraph on its own: then the range line is a summary, not the item's heading."""
    hit = _head_variant(lines[i].text)
    if hit and lines[i].text.lstrip().startswith("§§"):
        first = hit[0]
        if any((m := PARAGRAPH_HEAD.match(ln.text)) and m.group(1) == first for ln in lines[i + 1:]):
            return None
    return hit


_HEAD_NUMBER = re.compile(rf"^(?i:{_AGENDA})\S*\s*§\s*\d+(?:\s?[a-h](?=\s))?\s*[.:]?\s*")


def _candidate_heads(lines: list[Line]) -> list[tuple[int, str, str]]:
    """Every line that reads as a paragraph heading, without the entries of a table of contents (a page number
    after the title, the same number heading a paragraph further on) or of a list of items (see
    ``_listed_items``)."""
    found = [(i, *hit) for i, ln in enumerate(lines) if "§" in ln.text and (hit := _heading_at(lines, i))]
    found = _with_signless_heads(lines, found)
    listed = _listed_items(found)
    later: set[str] = set()
    out = []
    for k in range(len(found) - 1, -1, -1):
        i, number, rest = found[k]
        if not (number in later and _TOC_ENTRY.search(rest)) and k not in listed:
            out.append((i, number, rest))
        later.add(number)
    return _without_label_heads(out[::-1])


#: Lines a listed item's title may take before the next item starts (a title wrapped once).
_LISTED_ITEM_LINES = 2


def _listed_items(found: list[tuple[int, str, str]]) -> set[int]:
    """The positions in ``found`` of the items of a list: two or more headings at most ``_LISTED_ITEM_LINES``
    lines apart, so that none has a body ("Ärenden  § 178 Title" / "§ 179 Title" / "§ 180 Title" on a first page,
    without page numbers), each number heading again further on by a heading of its own (not "§ 179 (forts.)").

    Why: a first page that lists the meeting's items with their numbers read as the paragraphs themselves; the
    real headings further on, numbered no higher, were then taken for references and every fact of those
    paragraphs was lost.  A heading repeated later with a body wins over the bodiless listing.  One pass over
    the headings (the last heading of each number found first)."""
    last_head: dict[str, int] = {}
    for k, (_i, number, rest) in enumerate(found):
        if not _CONTINUED.match(rest.strip()):
            last_head[number] = k
    repeated = [last_head.get(number, k) > k for k, (_i, number, _r) in enumerate(found)]
    listed: set[int] = set()
    for k in range(1, len(found)):
        if repeated[k - 1] and repeated[k] and found[k][0] - found[k - 1][0] <= _LISTED_ITEM_LINES:
            listed.update((k - 1, k))
    return listed


# "Paragraf 52" alone on its line (the title on the next), "Paragraf 53, forts." after a page break, "PARAGRAF 7
# Budget 2025": the word for the sign.  Never a range ("Paragraf 52–56" beside the signatures) nor prose in lower
# case ("paragraf 3 i avtalet").
_WORD_HEAD = re.compile(r"^(?:Paragraf|PARAGRAF)\s+(\d{1,4})(?:\s*,\s*(forts(?:\.|ättning)?)|"
                        r"(?:\s*[.:]?(?:\t| {2,}|\s+)([A-ZÅÄÖ].*))?)?\s*$")
# The header row of a table whose first column holds the paragraph numbers: "§<TAB>Ärende och beslut".
_SIGN_COLUMN = re.compile(r"^§(?:\t| {2,})[^\d§]+$")
# A bare number in a left margin cell or column, the title beside it: "23<TAB>Yttrande över …", "91      Yttrande …".
_MARGIN_NUMBER = re.compile(r"^(\d{1,4})(?:\t| {3,})([A-ZÅÄÖ].*)$")
_CITED_SIGN = re.compile(r"§\s*(\d{1,4})\b")


def _with_signless_heads(lines: list[Line], found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The headings found, with those that print no "§" beside the number added in line order.

    Why: some minutes write "Paragraf 52" for "§ 52", or give only the bare number in a margin cell whose "§" stands
    in the table's column header ("§ | Ärende och beslut") or only in a footer ("Utdrag ur … protokoll, § 91").
    A word heading whose number also heads with the sign is a label, not the heading.  A margin number only
    under a "§" column header, or where no heading has the sign and the number is cited with it elsewhere.
    """
    numbers = {n for _i, n, _r in found}
    extra = [(i, m.group(1), m.group(2) or m.group(3) or "") for i, ln in enumerate(lines)
             if ln.text[:1] == "P" and (m := _WORD_HEAD.match(ln.text.strip())) and m.group(1) not in numbers]
    extra += _margin_number_heads(lines, bool(found or extra))
    extra += _body_code_heads(lines, bool(found or extra))
    extra += _signless_dnr_heads(lines, found)
    if not extra:
        return found
    return sorted(found + extra)


def _margin_number_heads(lines: list[Line], have_heads: bool) -> list[tuple[int, str, str]]:
    """Bare margin numbers that head paragraphs (see ``_with_signless_heads``): the rows after a "§" column
    header; without one, and only where no other heading was found, the numbers that the text cites as "§ N"."""
    header = next((i for i, ln in enumerate(lines) if ln.text[:1] == "§" and _SIGN_COLUMN.match(ln.text)), None)
    if header is None and have_heads:
        return []
    start = 0 if header is None else header + 1
    hits = [(i, m.group(1), m.group(2)) for i in range(start, len(lines))
            if lines[i].text[:1].isdigit() and (m := _MARGIN_NUMBER.match(lines[i].text.rstrip()))
            and _has_title_words(m.group(2))]
    if header is None and hits:
        cited = {n for ln in lines if "§" in ln.text for n in _CITED_SIGN.findall(ln.text)}
        hits = [h for h in hits if h[1] in cited]
    return hits


# A body's code and the number without the sign, the registration number beside it: "KF 53   Dnr 2024-000118",
# "KS 12<TAB>Diarienr KS 2024/44".  Only with the registration label after a column gap (or one space), so that a
# cross-reference in prose ("… under KF 54.", "KS 98, fullmäktige …") is no heading.
_BODY_CODE_HEAD = re.compile(r"^([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}) (\d{1,4})(?:\t+| {2,}| )"
                             r"((?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b.*)$")


def _body_code_heads(lines: list[Line], have_heads: bool) -> list[tuple[int, str, str]]:
    """Headings that give the body's code and the number without any "§" ("KF 53   Dnr 2024-000118"), only where
    no heading has the sign, and only a run of at least one whose numbers rise.

    Why: some minutes drop the sign from their headings and print "KF 52" between rules; the whole document then
    read as one first page without paragraphs."""
    if have_heads:
        return []
    hits: list[tuple[int, str, str]] = []
    for i, ln in enumerate(lines):
        if ln.text[:1].isupper() and (m := _BODY_CODE_HEAD.match(ln.text.strip())):
            if hits and int(m.group(2)) <= int(hits[-1][1]):
                continue
            hits.append((i, m.group(2), m.group(3)))
    return hits


# A bare number at the start of a line with the registration number after a column gap: "88        Dnr KS 2024/355".
_SIGNLESS_DNR_HEAD = re.compile(r"^(\d{1,4})(?:\t+| {2,})((?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b.*)$")


def _signless_dnr_heads(lines: list[Line], found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Headings whose "§" was dropped before the number, with the registration number beside it ("88   Dnr …"),
    among headings that have it: only a number above the heading before it and below the one after it (or at most
    two above the last).

    Why: a heading typed without its sign between "§ 87" and "§ 88 a" was read as text of § 87, which took its
    title, case number, staff report and motions."""
    if not found:
        return []
    out: list[tuple[int, str, str]] = []
    for i, ln in enumerate(lines):
        if not ln.text[:1].isdigit() or (m := _SIGNLESS_DNR_HEAD.match(ln.text.strip())) is None:
            continue
        before = [_number_key(n) for j, n, _r in found if j < i]
        after = [_number_key(n) for j, n, _r in found if j > i]
        n = (int(m.group(1)), "")
        if before and before[-1] < n and (n < after[0] if after else n[0] <= before[-1][0] + 2):
            out.append((i, m.group(1), m.group(2)))
    return out


def _number_key(number: str) -> tuple[int, str]:
    """A paragraph number as it sorts: "88" → (88, ""), "88 a" → (88, "a")."""
    m = re.match(r"(\d+)\s*(\w*)", number)
    return (int(m.group(1)), m.group(2)) if m else (0, "")


# The label cell of an extract's header that names the paragraph it holds ("Paragraf    § 45", "Utdraget
# avser    § 45", "Utdrag omfattar  § 45"): no title.
_PARAGRAPH_LABEL = re.compile(r"(?i)^(?:paragraf(?:er|nummer)?|protokollsparagraf|"
                              r"(?:protokolls)?utdrag(?:et)?\s+(?:avser|omfattar|gäller))\s*:?$")


def _without_label_heads(found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Without a header's "Paragraf    § 45" where the paragraph's own heading ("§ 45  Title") follows: the
    label is no title, and the heading after it opens the paragraph."""
    return [(i, n, rest) for k, (i, n, rest) in enumerate(found)
            if not (_PARAGRAPH_LABEL.match(rest) and any(n == n2 for _i, n2, _r in found[k + 1:]))]


# An OCR'd heading whose "§" was read as "$" or "S": "$ 63     Dnr KS 2023/412", "S 64", "S 64  Motion om …".
# The number stands alone, before a column gap, a registration number or a capitalised title.
# Also "g 48" and "5 45" (a "5" only with the space: "545" is a number).
_OCR_HEAD = re.compile(r"^(?:[$Sg] ?|5 )(\d{1,4})(?=$|\t| {2,}| (?:Dnr\b|[A-ZÅÄÖ]))")
_OCR_SIGNS = ("$", "S", "g", "5")


def _ocr_heads(lines: list[Line]) -> list[Line]:
    """The lines with the "§" of OCR-damaged paragraph headings restored ("$ 63" and "S 64" between "§ 62" and
    "§ 65").  Only a number that continues the headings before it (the previous heading's number plus one) and
    stays below the next true heading's: "S 12 ledamöter" at a line start, a dollar amount or a reference is no
    heading.  The text keeps its length, so offsets stay right."""
    if not any(ln.text[:1] in _OCR_SIGNS and _OCR_HEAD.match(ln.text) for ln in lines):
        return lines
    true = {i: int(re.match(r"\d+", n).group()) for i, n, _r in _candidate_heads(lines)}  # type: ignore[union-attr]
    if not true:
        return lines
    out = list(lines)
    last = -1
    for i, ln in enumerate(lines):
        if i in true:
            last = true[i]
            continue
        m = _OCR_HEAD.match(ln.text) if ln.text[:1] in _OCR_SIGNS else None
        if m is None or last < 0 or int(m.group(1)) != last + 1:
            continue
        later = [n for j, n in true.items() if j > i]
        if later and later[0] <= last + 1:
            continue
        out[i] = replace(ln, text="§" + ln.text[1:])
        last += 1
    return out


def _leading_ocr_heads(lines: list[Line]) -> list[Line]:
    """The lines with the "§" restored in OCR-damaged headings before the first true heading ("$23", "5 24" above
    "§ 25": each number one below the heading after it), or, where no heading has the sign at all, in the headings
    that carry their registration number ("S 52 Dnr KS 2024/87-312"), each the one before plus one.

    Why: ``_ocr_heads`` only continues a run of true headings, so a scan whose first headings lost their sign (or
    all of them) lost those paragraphs.  The text keeps its length, so offsets stay right."""
    hits = {i: int(m.group(1)) for i, ln in enumerate(lines)
            if ln.text[:1] in _OCR_SIGNS and (m := _OCR_HEAD.match(ln.text))}
    if not hits:
        return lines
    true = _candidate_heads(lines)
    out = list(lines)
    if true:
        first, expect = true[0][0], int(re.match(r"\d+", true[0][1]).group()) - 1  # type: ignore[union-attr]
        for i in sorted((i for i in hits if i < first), reverse=True):
            if hits[i] == expect:
                out[i] = replace(lines[i], text="§" + lines[i].text[1:])
                expect -= 1
        return out
    last = -1
    for i in sorted(hits):
        rest = lines[i].text[_OCR_HEAD.match(lines[i].text).end():].strip()  # type: ignore[union-attr]
        if rest.startswith("Dnr") and (last < 0 or hits[i] == last + 1):
            out[i] = replace(lines[i], text="§" + lines[i].text[1:])
            last = hits[i]
    return out


# A letter-spaced heading number: "§ 3 8", "§ 1 2 4  (forts.)", "§<TAB>3 8<TAB>Dnr …".  Single digits with one
# space between them, then a column gap, the line's end or "(forts.)": a prose "§ 3 8 ledamöter" does not match.
_SPACED_HEAD = re.compile(r"^§\s*(\d(?: \d){1,3})(?=\t| {2,}|\s*$| \(forts)")


def _letter_spaced_heads(lines: list[Line]) -> list[Line]:
    """The lines with a letter-spaced heading number closed up ("§ 3 8" → "§   38").

    Why: a masthead and headings set with wide letter spacing ("P R O T O K O L L", "§ 3 8") come out of a PDF
    with a space between every digit, so the heading read as "§ 3" and every later paragraph was lost or merged.
    The spaces move before the digits, so the text keeps its length and offsets stay right."""
    out = lines
    for i, ln in enumerate(lines):
        if ln.text[:1] == "§" and (m := _SPACED_HEAD.match(ln.text)):
            digits = m.group(1).replace(" ", "")
            number = " " * (len(m.group(1)) - len(digits)) + digits
            if out is lines:
                out = list(lines)
            out[i] = replace(ln, text=ln.text[:m.start(1)] + number + ln.text[m.end(1):])
    return out


def segment(lines: list[Line]) -> Segmented:
    """Split a document's lines into first page, paragraphs and signature block."""
    lines = _leading_ocr_heads(_ocr_heads(_letter_spaced_heads(lines)))
    if (cut := _reproduced_extract_start(lines)) is not None:
        # The appendix is another meeting's extract: its headings and signatures are none of these minutes'.
        seg = segment(lines[:cut])
        seg.appendix = list(lines[cut:])
        return seg
    heads: list[tuple[int, str, str]] = []
    last_num: tuple[int, str] = (-1, "")
    for i, number, rest in _candidate_heads(lines):
        if _CONTINUED.match(rest.strip()):
            continue  # "§ 111 forts." continues the paragraph before the page break
        n = (int(re.match(r"\d+", number).group()), number[-1] if number[-1].isalpha() else "")  # type: ignore
        if heads and number == heads[-1][1]:
            continue  # a repeated heading on a new page
        if heads and n <= last_num and not _subparagraph_of_last(lines, i, heads):
            continue  # a § reference that a line break put at the start of a line
        heads.append((i, number, rest))
        last_num = n
    if not heads:
        return Segmented(header=list(lines), paragraphs=[], trailer=[])
    above = {i for i, _n, r in heads
             if _dnr_above(lines, i) or _agenda_title_above(lines, i) or _title_above_separated(lines, i)
             or _title_above_numbered(lines, i, r) or _bare_number_above(lines, i)
             or _title_wrapped_around_numbers(lines, i, r) or _title_cell_around_row(lines, i, r)}
    header = list(lines[: heads[0][0] - (heads[0][0] in above)])
    first_start = _content_below_box(lines, heads)
    if first_start is not None:
        header = list(lines[:first_start])
    paragraphs: list[ParagraphSegment] = []
    trailer: list[Line] = []
    for k, (i, number, rest) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        end -= end in above
        body = list(lines[i:end])
        if k == 0 and first_start is not None:
            body = [lines[i], *lines[first_start:end]]
        if k + 1 == len(heads):
            for j in range(1, len(body)):
                if _signing_starts(body, j):
                    # The appendix's own heading above the list ("Bilaga 1, Kommunfullmäktige 2024-06-17") too.
                    j -= bool(j > 1 and _APPENDIX.match(body[j - 1].text))
                    j = _closing_notes_above(body, j)
                    # "Ordförande: Anna Berg (S)" / "Justerare: …" label lines right above "Utdragsbestyrkande".
                    # A case system's "Justerare<TAB>Name" row above its "Justering<TAB>Paragrafen justerad …" row too.
                    while j > 1 and (_signed_by_line(body[j - 1].text) or (
                            j > 2 and _JUSTERING_ROW.match(body[j - 1].text) and _SIGNED_BY.match(body[j - 2].text))):
                        j -= 1
                    j = _label_over_name_above(body, j)
                    j = _signing_block_above(body, j)
                    j = _signature_names_above(body, j)
                    trailer = body[j:]
                    body = body[:j]
                    break
            for signing_start in (_closing_signature_rows, _e_signature_page, _signing_log_table,
                                  _members_signature_sheet):
                if trailer:
                    break
                if (j := signing_start(body)) is not None:
                    trailer, body = body[j:], body[:j]
            if (j := _appended_vote_list(body)) is not None or (j := _vote_list_for_other(body, number)) is not None \
                    or (j := _appended_attendance_list(body)) is not None \
                    or (j := _appendix_for_other(body, number, {n for _i, n, _r in heads})) is not None:
                trailer, body = body[j:] + trailer, body[:j]
        paragraphs.append(_paragraph(number, rest, body, [lines[i - 1]] if i in above else []))
    _collected_reservations(paragraphs)
    _collected_statement_blocks(paragraphs)
    _collected_paragraph_groups(paragraphs)
    trailer = _appendix_statements(paragraphs, trailer)
    trailer = _paragraph_vote_lists(paragraphs, trailer)
    return Segmented(header=header, paragraphs=paragraphs, trailer=trailer)


# "§ 112:1  Title": the parent paragraph's number, a colon and the subparagraph's.
_SUBPARAGRAPH = re.compile(r"^(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*(\d{1,4}):\d")


def _subparagraph_of_last(lines: list[Line], i: int, heads: list[tuple[int, str, str]]) -> bool:
    """Whether the heading on line ``i`` is a subparagraph "§ 112:1" of the paragraph headed last ("§ 112") or a
    sibling of the subparagraph headed last ("§ 112:2" after "§ 112:1").

    Why: the subparagraph's number (the part after the colon, as in "KS § 14:7") is lower than its parent's, so
    the heading was dropped as a reference and the subparagraphs' decisions, votes and reservations were read as
    the parent's."""
    if "§" not in lines[i].text or not (m := _SUBPARAGRAPH.match(lines[i].text.lstrip())):
        return False
    parents = {heads[-1][1].split()[0]}
    if prev := _SUBPARAGRAPH.match(lines[heads[-1][0]].text.lstrip()):
        parents.add(prev.group(1))
    return m.group(1) in parents


def _reproduced_extract_start(lines: list[Line]) -> int | None:
    """Where an appendix that reproduces another meeting's protokollsutdrag starts, or None: a line "Bilaga 1 till
    Kommunfullmäktiges protokoll 2024-06-13 § 78" naming a paragraph headed above it, followed by a heading whose
    number does not go on from the paragraphs above ("§ 88", the kommunstyrelse's own paragraph of the case).

    Why: the appended extract's heading was read as a paragraph of these minutes, its decision, yrkanden and
    reservation as that paragraph's, and its signatures (another secretary, chair and justerare) gave roles, while
    the minutes' own signature block, no longer after the last paragraph, was lost in the paragraph's text.
    Checked only where a line names a paragraph so (a cheap first-letter test before the pattern)."""
    at = next((k for k, ln in enumerate(lines) if ln.text[:1] in "Bb" and _APPENDIX_FOR.match(ln.text.strip())), None)
    if at is None:
        return None
    heads = _candidate_heads(lines)
    before = [n for i, n, _r in heads if i < at]
    after = [n for i, n, _r in heads if i > at]
    named = _APPENDIX_FOR.match(lines[at].text.strip()).group(1)  # type: ignore[union-attr]
    if not before or not after or named not in {n.split()[0] for n in before}:
        return None
    last, nxt = int(before[-1].split()[0]), int(after[0].split()[0])
    return at if nxt not in (last, last + 1) else None


# A first page's attendance or signature label row ("Ordförande<TAB>Rolf Hagström (M)", "Beslutande ledamöter: …")
# or a member with a party ("Mats Grön (M), vice ordförande").
_ATTENDANCE_ROW = re.compile(r"(?i)^(?:ordförande|justerare|justerande|beslutande|närvarande|ledamöter|ersättare|"
                             r"tjänstgörande|övriga|utses\s+att\s+justera|sekreterare)\b|\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)")


def _content_below_box(lines: list[Line], heads: list[tuple[int, str, str]]) -> int | None:
    """Where the first paragraph's own text starts when its heading is a header box ("Kommunfullmäktige<TAB>
    2024-05-29<TAB>§ 45") with the meeting's attendance below it: at the Dnr line, or at the title right above it
    (a line after a blank one).  None where the Dnr line follows the box at once or no attendance stands between.

    Why: an extract prints the box at the top of its first page, then Ordförande / Justerare / Närvarande rows,
    then the paragraph; read as the paragraph's text, the attendance was lost to the first page and its label rows
    taken for the title."""
    i, _number, rest = heads[0]
    if rest or _box_head(lines[i].text) is None:
        return None
    end = heads[1][0] if len(heads) > 1 else len(lines)
    for j in range(i + 1, min(end, i + 40)):
        text = lines[j].text
        if section_kind(text) or margin_heading(text) or ("\t" in text and section_kind(text.split("\t", 1)[0])):
            return None
        if _DNR_LABEL.match(text) and is_meta_line(text):
            between = lines[i + 1:j]
            if not any(_ATTENDANCE_ROW.search(ln.text) for ln in between):
                return None
            above = lines[j - 1]
            if len(between) > 1 and above.blank_before and not _ATTENDANCE_ROW.search(above.text) and \
                    _has_title_words(above.text):
                return j - 1  # "Exploateringsavtal med …" / "Dnr KS 2023/214": the title above the number
            return j
    return None


# A row of signature labels under the names they label ("Ordförande<TAB>Justerare<TAB>Justerare").
_LABEL_ROW = re.compile(r"(?i)^(?:ordförande|justerare|justerande|sekreterare)(?:(?:\t|\s{2,})"
                        r"(?:ordförande|justerare|justerande|sekreterare))+\s*$")
# A signer's name, its party in brackets after it or not ("Ulrika Bergström (M)").
_SIGNED_NAME = re.compile(r"[A-ZÅÄÖÉ][\w-]+(?: [A-ZÅÄÖÉ][\w-]+){1,3}(?: \([A-Za-zÅÄÖåäö]{1,4}\))?")
_DOTTED_ROW = re.compile(r"^[.…_\s]{6,}$")


def _signature_names_above(body: list[Line], j: int) -> int:
    """Where a signature block starts whose labels stand under the names: at the names (and the dotted lines
    above them) rather than at the labels; ``j`` where the block starts with no such row.

    Why: the labels row is what marks the block, and left without its names it gives its labels to the next
    name below ("Utdragsbestyrkande: Petra Wallin, …"), while the names stay in the last paragraph."""
    if j < 2 or not _LABEL_ROW.match(body[j].text):
        return j
    labels = len(COLUMN_GAP.split(body[j].text.strip()))
    names = [c.strip() for c in COLUMN_GAP.split(body[j - 1].text.strip())]
    if len(names) != labels or not all(_SIGNED_NAME.fullmatch(c) for c in names):
        return j
    return j - 1 - bool(j > 2 and _DOTTED_ROW.match(body[j - 2].text))


def _appended_vote_list(body: list[Line]) -> int | None:
    """Where a voting list appended to the minutes starts in the last paragraph's lines: an appendix heading
    ("Bilaga 1 till kommunfullmäktiges protokoll …") with a vote list's heading ("VOTERINGSLISTA") right below it.
    Its members and divisions belong to the whole meeting, not to the last paragraph; a "Voteringslista" heading
    without the appendix line above it is the paragraph's own vote table."""
    for j in range(1, len(body) - 1):
        if _APPENDIX.match(body[j].text) and any(section_kind(ln.text.strip()) == "vote-table"
                                                 for ln in body[j + 1:j + 3]):
            return j
    return None


# An appendix heading that titles a list of the meeting's attendance (and votes) on its own line, with what it
# covers after it: "Bilaga 1<TAB>Närvaro- och voteringslista, regionfullmäktige 2024-06-18, § 59".
# The paragraph the list is for may come first: "Bilaga 1, § 20, Närvaro- och voteringslista".
_ATTENDANCE_LIST_NAME = (r"(?:närvarolista|närvaroförteckning|deltagarförteckning|"
                         r"närvaro-\s*och\s+(?:votering|omröstning)s(?:lista|förteckning))\b")
_APPENDED_ATTENDANCE = re.compile(rf"(?i)^bilaga\s+\d+\W{{1,3}}(?:§\s*\d{{1,4}}\W{{1,3}})?{_ATTENDANCE_LIST_NAME}")
# The list's name on the line below the appendix label, with what it lists after it: "NÄRVAROLISTA VID UPPROP".
_ATTENDANCE_LIST_HEAD = re.compile(rf"(?i)^{_ATTENDANCE_LIST_NAME}")


def _appended_attendance_list(body: list[Line]) -> int | None:
    """Where an attendance (and voting) list appended to the minutes starts in the last paragraph's lines: an
    appendix heading naming the list, with the meeting or paragraph it covers after it on the same line.

    Why: the signature pattern takes such a heading only when it stands alone; with ", regionfullmäktige
    2024-06-18, § 59" after it the list stayed in the last paragraph, so its members were no attendance and its
    "Summa" row became the last paragraph's vote.

    Also an appendix label on its own line ("Bilaga 1 till protokoll KF 2025-04-14") with the list's name on the
    next ("NÄRVAROLISTA VID UPPROP"): the signature pattern takes the name only alone on its line, so the list of
    an upprop stayed in the last paragraph and its members lost their party and ledamot roles."""
    for j in range(1, len(body)):
        if _APPENDED_ATTENDANCE.match(body[j].text):
            return j
        if j + 1 < len(body) and body[j].text[:1] in "Bb" and _APPENDIX.match(body[j].text) \
                and _ATTENDANCE_LIST_HEAD.match(body[j + 1].text.strip()):
            return j
    return None


def _named_vote_list(lines: list[Line], j: int) -> str | None:
    """The paragraph number that the voting list headed at line ``j`` names on one of the two lines below its
    heading ("Omröstningsbilaga" / "§ 86 Avgifter …"), or None."""
    if (own := _vote_list_heading_number(lines[j].text)) is not None:
        return own
    if section_kind(lines[j].text.strip()) != "vote-table":
        return None
    for ln in lines[j + 1:j + 3]:
        if m := PARAGRAPH_HEAD.match(ln.text):
            return m.group(1)
    return None


# An appended voting list's heading that names its paragraph on the same line: "Bilaga: Omröstningslista § 34",
# "Voteringslista § 12", "Bilaga 2 – Omröstningsprotokoll, § 7".
_VOTE_LIST_WITH_NUMBER = re.compile(r"(?i)^(?:bilaga(?:\s+\d+)?\s*[:.,–-]?\s*)?(?:omröstningsbilaga|voteringsbilaga|"
                                    r"omröstningslista|voteringslista|omröstningsprotokoll)\b[^§\n]{0,20}?"
                                    r"§\s*(\d{1,4})\s*$")


def _vote_list_heading_number(text: str) -> str | None:
    """The paragraph number a voting list's heading names on its own line ("Bilaga: Omröstningslista § 34"), or
    None.

    Why: a meeting portal prints the list after the last paragraph with the number in its heading; left there,
    its "Summa" row became the last paragraph's vote instead of the cited paragraph's."""
    if "§" not in text:
        return None
    m = _VOTE_LIST_WITH_NUMBER.match(text.strip())
    return m.group(1) if m else None


def _signatures_after_list(trailer: list[Line], j: int, end: int) -> int | None:
    """Where the minutes' signature block starts after a voting list that begins at ``j`` (before ``end``), or
    None: a list printed before the signatures ends there, and the signatures stay in the trailer."""
    for k in range(j + 1, end):
        text = trailer[k].text
        if _SIGNATURES.match(text) or _SIGNATURE_ROW.match(text) or _SIGNED_BY.match(text):
            return k
    return None


def _paragraph_vote_lists(paragraphs: list[ParagraphSegment], trailer: list[Line]) -> list[Line]:
    """Each voting list after the last paragraph that names its paragraph ("Omröstningsbilaga" / "§ 86 …" / the
    table) joins that paragraph as its vote table, as a meeting system prints them at the end of the minutes:
    its roll call is that paragraph's, and no member of it is one of the meeting's attendance.  Returns the
    trailer without them."""
    by_number = {p.number: p for p in paragraphs}
    starts = [(j, n) for j in range(len(trailer)) if (n := _named_vote_list(trailer, j)) in by_number]
    if not starts:
        return trailer
    kept = trailer[:starts[0][0]]
    for k, (j, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(trailer)
        if (signed := _signatures_after_list(trailer, j, end)) is not None:
            kept += trailer[signed:end]
            end = signed
        block = trailer[j:end]
        par = by_number[number]
        par.lines.extend(block)
        par.sections.append(Section("vote-table", block[0], list(block[1:])))
    return kept


def _vote_list_for_other(body: list[Line], number: str) -> int | None:
    """Where a voting list at the end of the minutes starts in the last paragraph's lines when it names another
    paragraph: "Omröstningsbilaga" / "§ 86 Avgifter …" / the table, after § 87.  A meeting system prints each
    paragraph's voting list last; it is no part of the last paragraph (and joins its own, see
    ``_paragraph_vote_lists``)."""
    for j in range(1, len(body) - 1):
        named = _named_vote_list(body, j)
        if named is not None and named != number.split()[0]:
            return j
    return None


def _signing_starts(body: list[Line], j: int) -> bool:
    """Whether line ``j`` of the last paragraph's lines opens the minutes' signature block ("Justerare   A
    Ordförande   B", "Vid protokollet", a row of signature labels …), not a heading or a page footer."""
    text = body[j].text
    return bool(_SIGNATURES.match(text) or _SIGNATURE_ROW.match(text) or _abbreviated_signature_row(text)
                or _dotted_labels_row(text) or _bare_labels_row(text) or _labelled_signatures_line(text)
                or _secretary_title_labels_row(text) or _justering_box(body, j)
                or _adjusted_paragraphs_line(text) or _signature_label_run(body, j)) and not section_kind(text) \
        and not _page_footer(body, j)


def _appendix_for_other(body: list[Line], number: str, numbers: set[str]) -> int | None:
    """Where the appendices start in the last paragraph's lines when the first of them names another paragraph of
    the minutes ("Bilaga 1 till kommunstyrelsens protokoll 2024-04-15, § 63" after § 64), or None.

    Why: without a signature block between the last paragraph and the appendices, a written reservation or
    statement for an earlier paragraph was read as the last paragraph's own; moved to the trailer, it joins the
    paragraph it names (``_appendix_statements``)."""
    own = number.split()[0]
    for j in range(1, len(body)):
        if body[j].text[:1] in "Bb" and (m := _APPENDIX_FOR.match(body[j].text.strip())):
            return j if m.group(1) != own and m.group(1) in numbers else None
    return None


# "Bilaga 2 till kommunfullmäktiges protokoll 2024-06-10, § 80": an appendix that names the paragraph it belongs to.
_APPENDIX_FOR = re.compile(rf"(?i)^{_APPENDIX_LABEL}.{{0,80}}§\s*(\d{{1,4}})\s*$")
_APPENDIX_KINDS = {"reservation", "särskilt uttalande", "särskilt yttrande", "ersättaryttrande", "protokollsanteckning"}


# An appendix's own heading naming its kind and paragraph: "Reservation till kommunfullmäktiges protokoll
# 2024-06-13, KF § 67".
_STATEMENT_FOR = re.compile(r"(?i)^(reservation|särskilt yttrande|särskilt uttalande|ersättaryttrande|"
                            r"protokollsanteckning)\b.{0,100}§\s*(\d{1,4})\s*$")


# An appendix's heading that names its kind and then the matter after a dash or colon: "RESERVATION – Budget 2026",
# under a "Bilaga 7 till KF § 112" line that names the paragraph.
_KIND_THEN_MATTER = re.compile(r"(?i)^(reservation|särskilt yttrande|särskilt uttalande|ersättaryttrande|"
                               r"protokollsanteckning)\s*[–—:-]\s+\S")


def _appendix_statements(paragraphs: list[ParagraphSegment], trailer: list[Line]) -> list[Line]:
    """A written reservation (or statement) appended after the signatures as "Bilaga N till … protokoll, § 80"
    joins paragraph 80, where it is read as one written inside the paragraph.  Only an appendix that opens with
    such a heading: a vote list or other appendix stays in the trailer.  Returns the trailer without them."""
    if not trailer or not paragraphs:
        return trailer
    by_number = {p.number: p for p in paragraphs}
    starts = [i for i, ln in enumerate(trailer) if _APPENDIX.match(ln.text)] + [len(trailer)]
    kept = trailer[:starts[0]]
    for a, b in pairwise(starts):
        # Appendices printed before the signatures ("Bilaga A till … § 88" after the last paragraph, then
        # "Justerare …") end where the signature block starts: the signatures stay the minutes' own.
        signing = next((k for k in range(a + 1, b) if _signing_starts(trailer, k)), b)
        while a + 1 < signing < b and _signed_by_line(trailer[signing - 1].text):
            signing -= 1  # "Justerare   A   Ordförande   B" label lines right above "Utdragsbestyrkande"
        block = trailer[a:signing]
        m = _APPENDIX_FOR.match(block[0].text.strip())
        first = next((k for k in range(1, min(len(block), 4)) if block[k].text.strip()), None)
        kind = section_kind(block[first].text) if first is not None else None
        par = by_number.get(m.group(1)) if m else None
        if m is None and first is not None and (named := _STATEMENT_FOR.match(block[first].text.strip())):
            # "Bilaga 1" / "Reservation till kommunfullmäktiges protokoll 2024-06-13, § 67": the heading names both.
            kind, par = named.group(1).lower(), by_number.get(named.group(2))
        if m is not None and kind is None and first is not None and \
                (matter := _KIND_THEN_MATTER.match(block[first].text.strip())):
            # "Bilaga 7 till KF § 112" / "RESERVATION – Budget 2026": the kind before the matter's name, a heading
            # too long for a section's (why: the written reservation stayed out of its paragraph, and a signer who
            # is named nowhere else was lost).
            kind = matter.group(1).lower()
        if par is None or first is None or kind not in _APPENDIX_KINDS:
            kept.extend(block)
        else:
            par.lines.extend(block)
            par.sections.append(Section(kind, block[first], list(block[first + 1:])))
        kept.extend(trailer[signing:b])
    return kept


# The meeting's reservations collected after the last paragraph: a heading "RESERVATIONER" alone on its line, then
# one entry per paragraph that opens with its number ("§ 87<spaces>Lena Dahlin (S) … reserverar sig …").
_COLLECTED_HEAD = re.compile(r"(?i)^\s*reservationer\s*:?\s*$")
#: (Also read by the sentence splitter: the entry's "§ 87" is no part of the statement's sentence.)
COLLECTED_ENTRY = re.compile(r"^§\s*(\d{1,4})(?:\t+| {2,}|\s*[:.–-]\s+)(?=\S)")


def _collected_reservations(paragraphs: list[ParagraphSegment]) -> None:
    """Move each entry of a collection of reservations, which the segmentation leaves in the last paragraph, to
    the paragraph its § number names, as a reservation section there.  Only entries naming a paragraph of the
    minutes; a heading without such an entry right below it stays where it is (a paragraph's own section)."""
    if not paragraphs:
        return
    last = paragraphs[-1]
    body = last.lines
    by_number = {p.number: p for p in paragraphs}
    for h in range(1, len(body) - 1):
        if not _COLLECTED_HEAD.match(body[h].text):
            continue
        entries: list[tuple[str, list[Line]]] = []
        k = h + 1 + _collected_table_header(body[h + 1].text)
        while k < len(body):
            m = COLLECTED_ENTRY.match(body[k].text.strip())
            if m and m.group(1) in by_number:
                entries.append((m.group(1), [body[k]]))
            elif entries and not m and not body[k].blank_before and not _closing_line(body[k].text):
                entries[-1][1].append(body[k])  # the entry wraps onto the next line
            else:
                break
            k += 1
        if not entries:
            continue
        _move_collected(last, body[h:k], entries, by_number, "reservation")
        return


# A heading over all statements collected at the end of the minutes: "RESERVATIONER, SÄRSKILDA YTTRANDEN,
# PROTOKOLLSANTECKNINGAR OCH RÖSTFÖRKLARINGAR", "Särskilda yttranden och reservationer".
_STATEMENTS_WORD = (r"(?:reservationer|särskilda\s+yttranden|protokollsanteckningar|anteckningar|röstförklaringar|"
                    r"ersättaryttranden)")
_COLLECTED_STATEMENTS_HEAD = re.compile(rf"(?i)^\s*{_STATEMENTS_WORD}(?:\s*(?:,|och|samt|/|&)\s*{_STATEMENTS_WORD})*"
                                        r"\s*:?\s*$")


def collected_statements_heading(text: str) -> bool:
    """Whether a line is a heading over statements collected together ("RESERVATIONER, SÄRSKILDA YTTRANDEN …",
    "Särskilda yttranden och protokollsanteckningar")."""
    return bool(_COLLECTED_STATEMENTS_HEAD.match(text))


# A "§ 141" alone on a line under that heading: the paragraph the statements below it belong to.
_COLLECTED_SUBHEAD = re.compile(r"^\s*§\s*(\d{1,4})\s*:?\s*$")
# A note in brackets under the heading: "(i paragrafordning)".
_BRACKETED_NOTE = re.compile(r"^\s*\([^()]*\)\s*$")


def _collection_heads(body: list[Line]) -> Iterator[tuple[int, int]]:
    """The heading of each collection of statements in the last paragraph's lines ("RESERVATIONER, SÄRSKILDA
    YTTRANDEN …"), and its first line of content (after a bracketed note): (heading, content) indices."""
    for h in range(1, len(body) - 2):
        if body[h].text[:1] in "RrSsPpAaEe" and _COLLECTED_STATEMENTS_HEAD.match(body[h].text):
            yield h, h + 1 + bool(_BRACKETED_NOTE.match(body[h + 1].text))


def _collected_statement_blocks(paragraphs: list[ParagraphSegment]) -> None:
    """Move each block of a collection of statements at the end of the minutes, under a "§ nnn" line of its own, to
    the paragraph it names, as a section there ("RESERVATIONER, SÄRSKILDA YTTRANDEN …" / "§ 141" / "Reservation:
    A (SD) reserverar sig …" / "§ 142" / …).  A block ends at the next "§ nnn" line or a line after a blank line.

    Why: ``_collected_reservations`` reads only entries with the § and the text on one line, so the blocks stayed in
    the last paragraph and every statement was counted there.  The section's kind is "procedure", so each statement
    is read by its own wording (a röstförklaring is no reservation)."""
    if len(paragraphs) < 2:
        return
    last = paragraphs[-1]
    body = last.lines
    by_number = {p.number: p for p in paragraphs}
    for h, k in _collection_heads(body):
        blocks: list[tuple[str, list[Line]]] = []
        while k < len(body):
            m = _COLLECTED_SUBHEAD.match(body[k].text)
            if m and m.group(1) in by_number:
                blocks.append((m.group(1), [body[k]]))
            elif blocks and not m and not body[k].blank_before:
                blocks[-1][1].append(body[k])
            else:
                break
            k += 1
        if not blocks or any(len(b) < 2 for _n, b in blocks):
            continue
        _move_collected(last, body[h:k], blocks, by_number, "procedure")
        return


# "Till § 214 Taxa för avfallshantering 2025", "Avser § 215": a group's heading under the collection's heading,
# naming the paragraph (and often its title) that the statements below it belong to.
_COLLECTED_TO_PARAGRAPH = re.compile(r"(?i)^\s*(?:till|avser|angående|ang\.)\s+(?:[A-ZÅÄÖ]{1,5}\s*)?§\s*(\d{1,4})"
                                     r"(?![\d:])\b")


def _collected_paragraph_groups(paragraphs: list[ParagraphSegment]) -> None:
    """Move each group of a collection of statements at the end of the minutes, headed "Till § 214 <title>", to
    the paragraph it names, as a "procedure" section there.  Unlike ``_collected_statement_blocks`` a group runs
    over blank lines (the kind and author, then the quoted text) up to the next group's heading or the end.

    Why: minutes that print "Särskilda yttranden, se sista sidan" in the paragraph and collect the texts under
    "SÄRSKILDA YTTRANDEN OCH PROTOKOLLSANTECKNINGAR" / "Till § 214 …" left them all in the last paragraph.
    Every group must name a paragraph of the minutes and hold a line below its heading."""
    if len(paragraphs) < 2:
        return
    last = paragraphs[-1]
    body = last.lines
    by_number = {p.number: p for p in paragraphs}
    for h, k in _collection_heads(body):
        if not _COLLECTED_TO_PARAGRAPH.match(body[k].text):
            continue
        blocks: list[tuple[str, list[Line]]] = []
        for ln in body[k:]:
            m = _COLLECTED_TO_PARAGRAPH.match(ln.text)
            if m:
                if m.group(1) not in by_number:
                    return
                blocks.append((m.group(1), [ln]))
            else:
                blocks[-1][1].append(ln)
        if any(len(b) < 2 for _n, b in blocks):
            return
        _move_collected(last, body[h:], blocks, by_number, "procedure")
        return


def _move_collected(last: ParagraphSegment, collection: list[Line], blocks: list[tuple[str, list[Line]]],
                    by_number: dict[str, ParagraphSegment], kind: str) -> None:
    """Take a collection of statements (its heading and blocks) out of the last paragraph and its sections, and add
    each block to the paragraph its number names, as a section of ``kind`` headed by the block's first line."""
    moved = {id(ln) for ln in collection}
    last.lines = [ln for ln in last.lines if id(ln) not in moved]
    kept: list[Section] = []
    for sec in last.sections:
        rest = [ln for ln in sec.lines if id(ln) not in moved]
        if sec.heading is not None and id(sec.heading) in moved:
            if kept:
                kept[-1].lines.extend(rest)  # what follows the collection (a page footer) stays with the paragraph
            continue
        sec.lines = rest
        kept.append(sec)
    last.sections = kept
    for number, block in blocks:
        par = by_number[number]
        par.lines.extend(block)
        par.sections.append(Section(kind, block[0], block[1:]))


# The header row of a table of collected reservations: "Paragraf | Namn | Parti | Reservationen avser".
_COLLECTED_TABLE_HEADER = re.compile(r"(?i)^(?:paragraf|§)(?:\t+| {2,})(?:namn|ledamot|reservant)\b")


def _collected_table_header(text: str) -> bool:
    """Whether a line under a "Reservationer" heading is the header row of a table whose rows are the entries
    ("§ 32<TAB>Tomas Nordqvist<TAB>SD<TAB>…"): the header is skipped, so that the rows below it are still read."""
    return bool(_COLLECTED_TABLE_HEADER.match(text.strip()))


# A row of a signature table: the label, the dotted line to sign on, the name ("Sekreterare<TAB>………<TAB>Jonna Ek").
_SIGNATURE_ROW = re.compile(r"(?i)^(?:ordförande|justerare|justerande|sekreterare)(?:\t+| {2,})[.…_]{3,}")


# Two or more signature labels, each with its dotted line after one space, in one row: "Ordförande ……<TAB>
# Justerare ……<TAB>Justerare ……" (a table of signatures, the names in the row below).
_DOTTED_LABEL = r"(?:ordförande|justerare|justerande|sekreterare)[ \t]*[.…_]{3,}"
_DOTTED_LABELS_ROW = re.compile(rf"(?i)^{_DOTTED_LABEL}(?:[ \t]+{_DOTTED_LABEL})+[ \t]*$")


def _dotted_labels_row(text: str) -> bool:
    """Whether a line is a row of signature labels each followed by its dotted line, which opens the signature
    block.

    Why: ``_SIGNATURE_ROW`` wants a column gap between label and dots; a table of signatures exported from HTML
    or Word puts a single space there, and the row then stayed in the last paragraph, its names unread."""
    return text[:1] in "OoJjSs" and bool(_DOTTED_LABELS_ROW.match(text))


# A row of bare signature labels set apart by column gaps, the names in the row below: "Ordförande<TAB>Justerare<TAB>
# Utdragsbestyrkande" (a Word table of signatures without dotted lines).
_BARE_LABEL = r"(?:ordförande|justerare|justerande|sekreterare|utdragsbestyrkande|vid\s+protokollet)"
_BARE_LABELS_ROW = re.compile(rf"(?i)^{_BARE_LABEL}:?(?:(?:\t+| {{3,}}){_BARE_LABEL}:?)+[ \t]*$")


# A signature label with a colon and a capitalised name after it: "Sekreterare: Oskar Dahl".
_LABELLED_SIGNATURE = re.compile(r"(?:^|(?<=\s))(?i:ordförande|justerare|justerande|sekreterare|vid\s+protokollet)"
                                 r"\s*:\s*[A-ZÅÄÖÉ]")


def _labelled_signatures_line(text: str) -> bool:
    """Whether a line opens with two or more signature labels with colons, each with its name, run into one line
    ("Sekreterare: Oskar Dahl   Ordförande: Anders Ågren   Justerare: Malin Lund"): the signature block.

    Why: a web page's footer of signatures gives them in one line; it stayed in the last paragraph, and its
    secretary was never read.  Two labels at least, and one of them a secretary's or adjuster's: "Ordförande: A"
    alone may be an election in the paragraph."""
    if text[:1] not in "OoJjSsVv" or ":" not in text:
        return False
    labels = [m.group().casefold() for m in _LABELLED_SIGNATURE.finditer(text)]
    return len(labels) >= 2 and _LABELLED_SIGNATURE.match(text) is not None and \
        any(w in lab for lab in labels for w in ("sekreterare", "juster", "protokollet"))


def _bare_labels_row(text: str) -> bool:
    """Whether a line is a row of two or more bare signature labels ("Ordförande<TAB>Justerare<TAB>
    Utdragsbestyrkande"), which opens the signature block.

    Why: a Word table of signatures gives the labels in one row and the names in the row below, with no dotted
    line and no colon; the row stayed in the last paragraph, and its names got no roles."""
    return text[:1] in "OoJjSsUuVv" and bool(_BARE_LABELS_ROW.match(text))


# A row of bare signature labels in which the secretary signs as "Protokollförare": "Protokollförare   Ordförande
# Justerare" (the attendance reader knows that label; not "Nämndsekreterare", a staff title there).
_SECRETARY_TITLE = r"protokollförare"
_WIDE_BARE_LABEL = rf"(?:{_BARE_LABEL}|{_SECRETARY_TITLE})"
_WIDE_BARE_LABELS_ROW = re.compile(rf"(?i)^{_WIDE_BARE_LABEL}:?(?:(?:\t+| {{3,}}){_WIDE_BARE_LABEL}:?)+[ \t]*$")


def _secretary_title_labels_row(text: str) -> bool:
    """Whether a line is a row of two or more bare signature labels, one of them the secretary's as
    "Protokollförare", which opens the signature block.

    Why: ``_bare_labels_row`` knows the secretary only as "Sekreterare"/"Vid protokollet"; under "Protokollförare
    Ordförande   Justerare" the row stayed in the last paragraph, and the names below it got no roles (the secretary
    was not even read as a person)."""
    return text[:1] in "PpSsOoJjUuVv" and bool(_WIDE_BARE_LABELS_ROW.match(text)) and \
        re.search(_SECRETARY_TITLE, text, re.I) is not None


# Signature labels abbreviated ("Sekr.", "Ordf.", "Just."): over a dotted line ("Sekr. ..........   Ordf. ......")
# or two of them in one row, with the names beside them ("Sekr. Anna Ek · Ordf. Per Berg · Just. Eva Lind").
_ABBREVIATED_LABEL = r"(?:sekr|ordf|just|v\.\s*ordf)\."
_ABBREVIATED_SIGNATURE_ROW = re.compile(
    rf"(?i)^{_ABBREVIATED_LABEL}\s*(?:[.…_]{{3,}}|\S.*?(?:\s[·•|]\s|\t|\s{{3,}}){_ABBREVIATED_LABEL}\s)")


def _abbreviated_signature_row(text: str) -> bool:
    """Whether a line is a row of abbreviated signature labels, which opens the signature block.

    Why: "Ordf. Anna Ek (S) yrkar …" in a paragraph is a proposal, so one "Ordf." at a line start opens nothing;
    a label over a dotted line, or a second label in the same row, is a signature row."""
    return text[:1] in "SsOoJjVv" and bool(_ABBREVIATED_SIGNATURE_ROW.match(text))


# The page footer's box for the adjusters' initials: "Justerandes sign", "Justerandes signatur: ………".
_FOOTER_SIGN = re.compile(r"(?i)^justerandes\s+sign")


# "Justerade paragrafer: §§ 33–41", "Justerade paragrafer<TAB>§§ 141–144": the paragraphs that the signatures adjust.
_ADJUSTED_PARAGRAPHS = re.compile(r"(?i)^justerade\s+paragrafer\b\s*:?\s*(?:§|$)")


def _adjusted_paragraphs_line(text: str) -> bool:
    """A line that lists the paragraphs adjusted: it stands in the signature block only.

    Why: an extract's footer ("Ordförande: …" / "Sekreterare: …" / "Justerade paragrafer: §§ 33–41. …") had no
    other mark of the block, so its signatories stayed in the last paragraph's text and got no role."""
    return _ADJUSTED_PARAGRAPHS.match(text.strip()) is not None


def _page_footer(body: list[Line], j: int) -> bool:
    """Line ``j`` is the footer of a page inside the paragraph, not the signature block: the adjusters' initials
    box, with a section of the paragraph (Reservation, Särskilt yttrande …) heading a line after it."""
    return bool(_FOOTER_SIGN.match(body[j].text)) and any(section_kind(ln.text) for ln in body[j + 1:])


# The title of a box or block of the adjusters' signatures: "Justering", "JUSTERING", "┌─ Justering ──┐" unframed.
_JUSTERING_TITLE = re.compile(r"(?i)^justering\s*:?$")


def _justering_box(body: list[Line], j: int) -> bool:
    """Line ``j`` titles a Justering box whose rows name the signatories ("Justering" / "Ordförande   Bengt
    Fors (M)"): the signature block starts there.  The title alone could be a paragraph's own word, so only
    with a signature row right below it."""
    return bool(_JUSTERING_TITLE.match(body[j].text)) and j + 1 < len(body) and bool(
        _SIGNED_BY.match(body[j + 1].text) or _SIGNATURE_ROW.match(body[j + 1].text))


def _signature_label_run(body: list[Line], j: int) -> bool:
    """Line ``j`` opens a run of "Label: Name" lines that names an adjuster and a secretary ("Ordförande: Anna Ek" /
    "Justerare: Per Berg" / "Sekreterare: Eva Lind"): the signature block starts there, whatever stands above it.

    Why: after a sentence of the last paragraph ("Paragrafen förklaras omedelbart justerad." under its own heading
    "Justering") the rows were read as the paragraph's text, and the adjuster and the secretary got no role.  An
    election lists "Ordförande: …" rows too, but it elects no justerare of the minutes together with their
    secretary."""
    if not _SIGNED_BY.match(body[j].text):
        return False
    labels: set[str] = set()
    for line in body[j:j + 4]:
        if not _SIGNED_BY.match(line.text):
            break
        labels.add(line.text[:5].casefold())
    return "juste" in labels and "sekre" in labels


# A signature label with its name on one line; only right above the signature block, since an election's
# decision may list "Ordförande: …" too.
_JUSTERING_ROW = re.compile(r"(?i)^(?:justering|justeringsdatum|justerat)(?:\s*:\s*|\t+| {3,})\S")
# (Also across a dotted line for the signature: "Sekreterare ............ Anna Ek"; why: such rows that end the
# minutes stayed in the last paragraph, and the secretary got no role.)
_SIGNED_BY = re.compile(r"(?i)^(?:ordförande|justerare|justerande|sekreterare)(?:\s*:\s*|\t+| {3,}|"
                        r"[ \t]*[._…]{4,}[ \t]*)[A-ZÅÄÖ]")

# A signature label and its name one space apart, nothing else on the line: "Sekreterare Petra Axelsson", as a web
# page sets a label span and a name span side by side.
_SPACED_SIGNED_BY = re.compile(r"^(?i:ordförande|justerare|justerande|sekreterare) [A-ZÅÄÖÉ][a-zåäöéü]+"
                               r"(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?(?: [A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?){1,3}"
                               r"(?: \([A-ZÅÄÖa-zåäö]{1,4}\))?\s*$")


def _signed_by_line(text: str) -> bool:
    """A signature label with its name on one line: "Sekreterare: Anna Ek", "Sekreterare<TAB>Anna Ek", and the
    label and a bare name one space apart ("Sekreterare Anna Ek").

    Why: an HTML export's signature rows ("<span>Ordförande</span> <span>Ingela Kjellberg</span>") come out one space
    apart, so the rows above "Justerat …" stayed in the last paragraph and the chair, adjuster and secretary got no
    role.  Only a whole line of label and name, and only where a signature block is found next to it."""
    return bool(_SIGNED_BY.match(text) or _SPACED_SIGNED_BY.match(text))

# The lines of an e-signed block between its "Justerare: …" labels and an extract's certification below it: a
# justering date's label, a signing log's heading, its rows (a signer with the date and time) and its document id.
_SIGNING_BLOCK_LINE = re.compile(r"(?i)^(?:justeringsdatum|justeringsdag|datum\s+för\s+justering)\s*:|"
                                 r"^signeringslogg\b|^(?:dokument|verifikat|transaktions)-?id\s*:|"
                                 r".*\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}\b")


# A signature label alone on its line: "Justerare", "Ordförande:".
_LONE_SIGNATURE_LABEL = re.compile(r"(?i)^(?:ordförande|justerare|justerande|sekreterare)\s*:?\s*$")


def _label_over_name_above(body: list[Line], j: int) -> int:
    """Where a signature block starts whose labels stand alone over their names right above it ("Justerare" /
    "Per Lund (SD)" / "Utdragsbestyrkande"); ``j`` where no such pair stands above.

    Why: only a label with its name on one line was taken into the block, so the pair stayed in the last paragraph
    and the justerare of an extract got no role."""
    while j > 2 and _LONE_SIGNATURE_LABEL.match(body[j - 2].text.strip()) and \
            _SIGNED_NAME.fullmatch(body[j - 1].text.strip()):
        j -= 2
    return j


def _signing_block_above(body: list[Line], j: int) -> int:
    """Where a signature block starts whose "Justerare: …" / "Sekreterare: …" label lines stand above a signing log
    ("Signeringslogg" / "Emma Lindwall  sekreterare  2025-12-19 08:41  BankID" / "Dokument-ID: …"), when the block
    was found only at the extract's certification below the log; ``j`` where no such labels stand above.

    Why: the walk up over label lines stopped at the log, so the labels stayed in the paragraph and the justerare,
    secretary and chair got no roles.  Only a run of such lines with at least one signature label in it."""
    k, start = j, j
    while k > 1 and (_SIGNED_BY.match(body[k - 1].text) or _SIGNING_BLOCK_LINE.match(body[k - 1].text.strip())):
        k -= 1
        if _SIGNED_BY.match(body[k].text):
            start = k
    return start


# A web page's or a posted copy's closing notes under the signatures: "Anslaget på kommunens anslagstavla
# 2024-10-09 – 2024-10-31.", "Senast uppdaterad 2024-10-09", "Sidan publicerades 2024-10-09".
_CLOSING_NOTE = re.compile(r"(?i)^(?:anslaget?\b|anslagsdatum\b|protokollet\s+(?:är\s+)?anslaget\b|"
                           r"senast\s+(?:uppdaterad|ändrad)\b|sidan\s+(?:publicerad|uppdaterad)|publicerad\b)")


def _before_closing_notes(body: list[Line]) -> int:
    """The end of ``body`` before the posting and publication notes that close it (see _CLOSING_NOTE).

    Why: the notes stood after an HTML page's "Sekreterare<TAB>Name" rows, so the rows were not the last lines
    _closing_signature_rows wants, stayed in the last paragraph, and the secretary got no role."""
    end = len(body)
    # (Also "Protokollet är justerat 2025-01-22 och anslaget …" told in one sentence (``_POSTED_NOTE``); why: the
    # dotted signature rows above it were not the last lines, and the secretary got no role.)
    while end > 2 and (_CLOSING_NOTE.match(body[end - 1].text) or _late_closing_note(body[end - 1].text)
                       or _POSTED_NOTE.match(body[end - 1].text)):
        end -= 1
    return end


# A note that the minutes were adjusted ("Protokollet är justerat digitalt. Justeringen har tillkännagivits …") and
# the issuer's contact line of a web page's footer ("Uppsala kommun · 753 75 Uppsala · Kontaktcenter …").
_ADJUSTED_NOTE = re.compile(r"(?i)^(?:protokollet\s+är\s+justerat\b.{0,20}\.|justeringen\s+har\s+(?:tillkännagivits|"
                            r"anslagits)\b)")
_CONTACT_FOOTER = re.compile(r"^[A-ZÅÄÖ][\w-]+ (?:kommun|stad|Stad)\s*[·•|]\s*\d{3}\s?\d{2}\b")


# A note that the minutes are adjusted or posted, opening a sentence: "Protokollet är justerat 2024-10-14 och har
# anslagits …".
# (Also "Protokollet har justerats och anslagits …".)
_POSTED_NOTE = re.compile(r"(?i)^protokollet\s+(?:(?:är|har\s+(?:blivit|varit))\s+(?:justerat|anslaget)|"
                          r"har\s+(?:justerats|anslagits))\b")


def _closing_notes_above(body: list[Line], j: int) -> int:
    """Where the signature block that line ``j`` opens ("Rätt utdraget intygar") starts, counting the justering
    date rows and posting notes right above it when "Label<TAB>Name" signature rows stand above those
    ("Sekreterare<TAB>Anna Ek" / "Justeringsdatum<TAB>2024-05-02" / "Protokollet har justerats och anslagits …").

    Why: the notes between them kept the signature rows out of the block, in the last paragraph, so the chair, the
    adjusters and the secretary of an extract without an attendance list got no role."""
    k = j
    while k > 2 and (_JUSTERING_ROW.match(body[k - 1].text) or _closing_line(body[k - 1].text)):
        k -= 1
    return k if k < j and _signed_by_line(body[k - 1].text) else j


def _closing_line(text: str) -> bool:
    """Whether a line closes the minutes (a note on their adjustment or posting, a signature block's line), so
    that it is no wrapped part of the collected entry above it.

    Why: a collected reservation's table row was run on into "Protokollet är justerat … och har anslagits …"
    right below it, which became the reservation's words."""
    return bool(_POSTED_NOTE.match(text) or _CLOSING_NOTE.match(text) or _late_closing_note(text)
                or _SIGNATURES.match(text))


def _late_closing_note(text: str) -> bool:
    """Whether a line after the signature rows is a note on the adjustment or the issuer's contact footer.

    Why: a web page put "Protokollet är justerat digitalt. …" and the municipality's address line after its
    "Sekreterare Name" rows, so the rows were not the last lines and stayed in the last paragraph: the secretary
    got no role.  Only a sentence that opens with the note, and an address line with a postal code."""
    return bool(_ADJUSTED_NOTE.match(text) or _CONTACT_FOOTER.match(text))


def _closing_signature_rows(body: list[Line]) -> int | None:
    """The start of the "Label<TAB>Name" signature rows that end the document ("Sekreterare<TAB>Tove Lundin" /
    "Ordförande<TAB>Lena Ståhl" / "Justerare<TAB>…"), where no dotted line or Justerandes sign opens the block.

    Why: a Word or HTML table of signatures without dotted lines stayed in the last paragraph, and its
    secretary and adjusters were never read.  Only two or more rows with different labels, the last lines of
    all, one of them a secretary's or adjuster's: an election in the last paragraph names a chair and vice chairs.
    """
    end = _before_closing_notes(body)
    j = end
    while j > 1 and _signed_by_line(body[j - 1].text):
        j -= 1
    rows = [body[k].text.split(None, 1)[0].rstrip(":").casefold() for k in range(j, end)]
    if len(set(rows)) < 2 or not {"sekreterare", "justerare", "justerande"} & set(rows):
        return None
    return j


# An e-signing service's verification page: its heading, and a transaction number or the signers' list below it.
_E_SIGNATURE_HEAD = re.compile(r"(?i)^(?:verifikat|verifikation|signeringsverifikat)\s*:?$")
_E_SIGNATURE_DETAIL = re.compile(r"(?i)^(?:transaktion(?:s-?id|snummer)?\b|signerare\b|dokument-?id\b)")


def _e_signature_page(body: list[Line]) -> int | None:
    """The start of an e-signing service's verification page appended after the last paragraph ("Verifikat" /
    "Transaktion 0922…" / "Signerare och signaturer" / "Anna Ek (AE)<TAB>Sekreterare<TAB>Signerade …"), or None.

    Why: minutes signed only electronically have no signature block; the page stayed in the last paragraph, and
    the signers' roles (the secretary's) were never read.  Only a heading alone on its line with a transaction
    number or signers' list within the next four lines."""
    for j in range(1, len(body)):
        if _E_SIGNATURE_HEAD.match(body[j].text.strip()) and any(
                _E_SIGNATURE_DETAIL.match(ln.text.strip()) for ln in body[j + 1:j + 5]):
            return j
    return None


# A signing log's heading alone on its line, and its table's header with a name column and a signing-time column.
_SIGNING_LOG_HEAD = re.compile(r"(?i)^(?:signeringslogg|signaturlogg|e-?signeringar|elektroniska\s+signaturer)"
                               r"(?:\s*\([^()]*\))?\s*:?$")
_SIGNING_LOG_HEADER = re.compile(r"(?i)^(?=.*\bnamn\b)(?=.*\b(?:signerat|signerad|tidpunkt|datum)\b)"
                                 r"[^\t]+(?:\t[^\t]+)+$")


def _signing_log_table(body: list[Line]) -> int | None:
    """The start of an e-signing log printed as a table after the last paragraph ("Signeringslogg" / "Roll<TAB>Namn
    <TAB>Signerat<TAB>Metod" / "Sekreterare<TAB>Tove Sandin<TAB>2025-12-15 08:03<TAB>BankID"), or None.

    Why: minutes justerade only digitally have no signature block; the log stayed in the last paragraph and the
    secretary's role, which only the log states, was never read.  Only a heading alone on its line with the
    table's header right below it."""
    for j in range(1, len(body) - 1):
        if _SIGNING_LOG_HEAD.match(body[j].text.strip()) and _SIGNING_LOG_HEADER.match(body[j + 1].text.strip()):
            return j
    return None


# A per capsulam signature sheet: "Ledamöternas underskrifter" over a table whose first column is the member
# ("Ledamot<TAB>§ 88<TAB>§ 89<TAB>Underskrift").
_MEMBERS_SIGNATURE_HEAD = re.compile(r"(?i)^(?:ledamöternas|ledamoternas|deltagarnas|nämndens|styrelsens)\s+"
                                     r"underskrift(?:er)?\s*:?$")
_MEMBERS_SIGNATURE_HEADER = re.compile(r"(?i)^(?:ledamot|namn|ledamöter)\t(?:[^\t]+\t)*underskrift(?:\t[^\t]*)*$")


def _members_signature_sheet(body: list[Line]) -> int | None:
    """The start of the members' signature sheet after the last paragraph of a decision taken per capsulam
    ("Ledamöternas underskrifter" / "Ledamot<TAB>§ 88<TAB>§ 89<TAB>Underskrift" / one row per member), or None.

    Why: such minutes have no Justerare block; the sheet stayed in the last paragraph and the members' roles, which
    only the sheet states, were never read.  The heading, or the table's header row, must be alone on its line and
    the header row must come within two lines of the heading."""
    for j in range(1, len(body) - 1):
        if not _MEMBERS_SIGNATURE_HEAD.match(body[j].text.strip()):
            continue
        if any(_MEMBERS_SIGNATURE_HEADER.match(ln.text.strip()) for ln in body[j + 1:j + 3]):
            return j
    return None


_DNR_LABEL = re.compile(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b")


# An agenda number with the title beside it, printed above the § number: "Ärende 5<TAB>Yttrande över remiss".
_AGENDA_TITLE = re.compile(r"^(?:ärende|ärendepunkt|punkt)\s*\d{1,3}[.:]?(?:\t+| {2,})(?=\S)", re.I)


def _agenda_title_above(lines: list[Line], i: int) -> bool:
    """An "Ärende N<TAB>Title" line right above the heading at ``i`` that carries no title of its own ("§ 112<TAB>
    Diarienummer 24RGK0873"): the title belongs to this paragraph."""
    if i == 0 or not _AGENDA_TITLE.match(lines[i - 1].text):
        return False
    rest = lines[i].text.partition("§")[2]
    rest = re.sub(r"^\s*\d+\s*", "", rest)
    return not rest or is_meta_line(rest)


# A meeting system's meta line under a paragraph's title: "Ärende 4 · RUN § 87 · Dnr RUN 388-2024" (the agenda
# number, the § number and the registration number, separated by middle dots, bullets or bars).  Only with such a
# separator after the number, so that "§ 87 Title" keeps its own reading.
_SEPARATED_HEAD = re.compile(r"^(?i:(?:ärende|ärendepunkt|dagordningspunkt|punkt)\s*\d{1,3}\s*[·•|]\s*)?"
                             r"(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*(\d{1,4})(?:\s*[·•|]\s*(.*))?$")


def _separated_head(text: str) -> tuple[str, str] | None:
    """The number and the rest of a meta line "Ärende 4 · RUN § 87 · Dnr …" that heads a paragraph; the agenda
    number or a separator after the § number is needed (a bare "§ 87" is read by ``PARAGRAPH_HEAD``)."""
    if "·" not in text and "•" not in text and "|" not in text:
        return None
    m = _SEPARATED_HEAD.match(text.strip())
    if m is None or not re.search(r"[·•|]", text.strip()[:m.end(1) + 4] if m.group(2) is None else text):
        return None
    return m.group(1), (m.group(2) or "").strip()


def _title_above_separated(lines: list[Line], i: int) -> bool:
    """A paragraph title right above a separated meta line ("Yttrande över …" / "Ärende 4 · RUN § 87 · Dnr …"),
    where a section heading follows the meta line at once: an HTML export puts the h2 title first, so the title
    is above, not below, the numbers."""
    if i == 0 or i + 1 >= len(lines) or not _SEPARATED_HEAD.match(lines[i].text.strip()) or \
            _separated_head(lines[i].text) is None or not section_kind(lines[i + 1].text):
        return False
    title = lines[i - 1].text.strip()
    return "§" not in title and not section_kind(title) and not is_meta_line(title) and \
        not title.endswith((".", ":")) and _has_title_words(title)


@lru_cache(maxsize=1024)  # pure; asked of one heading's rest by up to four title finders
def _numbers_only(rest: str) -> bool:
    """The rest of a heading line after "§ N" holds no title: nothing, or only a registration number, either maybe
    beside an agenda number in a cell of its own ("KS § 86<TAB>Ärende 5<TAB>Dnr KS 2025/0078").

    Why: the agenda number is a number, not a title; with it the line read as one with a title of its own, so the
    title printed above it was left to the paragraph before and the paragraph had none."""
    cells = [c for c in COLUMN_GAP.split(rest.strip()) if c.strip() and not _AGENDA_ONLY.match(c.strip())]
    return not cells or (len(cells) == 1 and is_meta_line(cells[0]) and not _title_after_case_number(cells[0]))


def _sentence_line(text: str) -> bool:
    """A line of running text (four words or more, ending in "." or ":"), never a title."""
    t = text.strip()
    return t.endswith((".", ":")) and len(t.split()) >= 4


def _title_above_numbered(lines: list[Line], i: int, rest: str) -> bool:
    """A title right above a heading line that holds only the numbers ("Anmälan av delegationsbeslut" / "KS § 141
    <TAB>Dnr KS 2024/3"), where running text (or a section heading) follows the numbers at once.

    Why: a word processor's layout puts the title as a heading first and the § and Dnr on an italic line below;
    read the usual way, the paragraph's first sentence became its title and each title the end of the paragraph
    before (with the remiss it names)."""
    if i == 0 or i + 1 >= len(lines) or not _numbers_only(rest) or not _above_on_same_page(lines, i):
        return False
    below = lines[i + 1].text
    if not (_sentence_line(below) or section_kind(below.strip())):
        return False
    title = lines[i - 1].text.strip()
    return "§" not in title and ":" not in title and not section_kind(title) and not is_meta_line(title) and \
        not title.endswith(".") and not _SIGNED_BY.match(title) and _has_title_words(title) and \
        title[:1].isupper()


def _title_wrapped_around_numbers(lines: list[Line], i: int, rest: str) -> bool:
    """A title whose first line stands right above a heading line that holds only the numbers and whose second
    line, in lower case, right below it ("Yttrande över … till regionalt" / "§ 112<TAB>Dnr SN 2024/0401" /
    "handlingsprogram för suicidprevention"), where a section heading follows.

    Why: a § head laid out as a one-row table with the title wrapped in its middle cell comes out of a PDF's text
    layer with the title's lines above and below the row's single line (the other cells are centred); the second
    line was read as the whole title."""
    if i == 0 or i + 2 >= len(lines) or not _numbers_only(rest) or not _above_on_same_page(lines, i):
        return False
    below = lines[i + 1].text.strip()
    if not below[:1].islower() or below.endswith((".", ":")) or len(below.split()) > 12 or "\t" in below or \
            lines[i + 1].page != lines[i].page or not section_kind(lines[i + 2].text.strip()):
        return False
    title = lines[i - 1].text.strip()
    return "§" not in title and ":" not in title and "\t" not in title and not section_kind(title) and \
        not is_meta_line(title) and not title.endswith(".") and not _SIGNED_BY.match(title) and \
        _has_title_words(title) and title[:1].isupper()


# The end of a title line that cannot end the title: a dash, a comma, a conjunction or a preposition.
_UNFINISHED_TITLE = re.compile(r"(?:\s[–—-]|,|\s(?:och|samt|av|om|för|mellan|i|på|till|med|från|över|vid|mot))$")


def _title_cell_around_row(lines: list[Line], i: int, rest: str) -> bool:
    """A title cell wrapped over three lines around a § head row that a PDF's text layer centres: its first line
    above the row (ending unfinished: "… 2025 –", "… upphandling av"), maybe a middle part in the row between
    the "§ N" and the Dnr cells, and a short lower-case rest below (or, after a comma, the end of a list of names:
    "… för Ekby," / "§ 12<TAB>Dnr …" / "Alby och Berga").

    Why: a § head laid out as a table row "§ N | title | Dnr" with a title of two or three lines comes out of the
    text layer with the short cells on the middle line; the title lost its first line, or its first line became
    the end of the paragraph before.  Unlike ``_title_wrapped_around_numbers`` no section heading needs to follow:
    the unfinished end of the line above is the evidence."""
    if i == 0 or i + 2 >= len(lines) or not _above_on_same_page(lines, i) or lines[i + 1].page != lines[i].page:
        return False
    return bool(_title_cell_lines(lines[i - 1], lines[i], lines[i:i + 2], rest))


def _title_lines_unsectioned(seg: ParagraphSegment) -> ParagraphSegment:
    """The paragraph with no section opened by a line of its title: such a section's lines join the one before.

    Why: a title's wrapped rest can read as a heading ("förslag till kommunfullmäktige" as a decision proposal),
    and the paragraph's whole text under it was taken for decision points."""
    titles = {id(ln) for ln in seg.title_lines}
    sections: list[Section] = []
    for sec in seg.sections:
        if sections and sec.heading is not None and id(sec.heading) in titles:
            sections[-1].lines.extend([sec.heading, *sec.lines])
        else:
            sections.append(sec)
    return replace(seg, sections=sections)


# The end of an enumeration of names that a title's line broke after a comma: "… för Ekby, Alby," / "Berga och Dala".
_LIST_END = re.compile(r"[A-ZÅÄÖ][\w-]+(?:(?:, | och | samt )[A-ZÅÄÖ][\w-]+)*")


def _title_cell_lines(above: Line, head: Line, body: list[Line], rest: str) -> list[Line] | None:
    """The title's lines for ``_title_cell_around_row`` (the line above, the middle part of the head row as a line
    of its own, the line below), or None where the lines are not such a title."""
    cells = [c.strip() for c in COLUMN_GAP.split(rest.strip()) if c.strip()]
    if len(body) < 2 or not cells or len(cells) > 2 or not is_meta_line(cells[-1]) or \
            (len(cells) == 2 and not cells[0][:1].islower()):
        return None
    title = above.text.strip()
    if "§" in title or "\t" in title or not title[:1].isupper() or not _UNFINISHED_TITLE.search(title) or \
            section_kind(title) or is_meta_line(title) or not _has_title_words(title):
        return None
    below = body[1].text.strip()
    if not (below[:1].islower() or (title.endswith(",") and _LIST_END.fullmatch(below))) or "\t" in below or \
            below.endswith((".", ":")) or len(below.split()) > 8:
        return None
    out = [above]
    if len(cells) == 2:
        at = head.text.find(cells[0])
        out.append(Line(cells[0], head.start + at, head.start + at + len(cells[0]), head.page))
    return [*out, body[1]]


def _above_on_same_page(lines: list[Line], i: int) -> bool:
    """Whether the line above the heading at ``i`` stands on the heading's page.

    Why: a title printed above its "§ N" line is kept with it on one page; where the heading opens a page, the
    line above is the end of the page before (a "Justerandes sign" footer, an "Expedieras" list), which was read
    as the title of a heading whose title line ends like a sentence ("Planbesked för Väppeby 7:12 m.fl.")."""
    return lines[i - 1].page == lines[i].page


def _dnr_above(lines: list[Line], i: int) -> bool:
    """A "Dnr …" line right above the heading at ``i`` that belongs to it: the paragraph has no number of its own
    on its heading or the two lines below (else the line ends the paragraph before)."""
    if i == 0 or not _DNR_LABEL.match(lines[i - 1].text) or not is_meta_line(lines[i - 1].text):
        return False
    from .extract.cases import find_case_numbers

    return not any(find_case_numbers(lines[i].text.partition("§")[2], heading=True)) and \
        not any(_DNR_LABEL.match(ln.text) or is_meta_line(ln.text) for ln in lines[i + 1:i + 3])


# Four lower-case letters in a row, which no registration number holds (its registry codes have three at most: "Ks
# 747/2021", "LiU-2021-01234", "TORDno-2024-311"): a line with them is no number alone.
_LOWER_RUN = re.compile(r"[a-zåäö]{4}")


def _bare_number_above(lines: list[Line], i: int) -> bool:
    """A line of nothing but one registration number, without a label, right above the heading at ``i`` on its
    page ("SBFF 2024.031" printed over "§ 19 Medlemsbidrag …"), where the paragraph has no number of its own on its
    heading or the two lines below: the number is the heading's.

    Why: only a "Dnr …" line above a heading was read as the heading's, so an unlabelled number set above each
    heading was given to the paragraph before, every case moving one paragraph up."""
    if i == 0 or not _above_on_same_page(lines, i):
        return False
    from .extract.cases import find_case_numbers

    above = lines[i - 1].text.strip()
    if _LOWER_RUN.search(above):
        return False  # most lines above a heading are text
    found = list(find_case_numbers(above, heading=True))
    if len(found) != 1 or found[0][1] != 0 or found[0][2] != len(above) or _DNR_LABEL.match(above):
        return False
    return not any(find_case_numbers(lines[i].text.partition("§")[2], heading=True)) and \
        not any(_DNR_LABEL.match(ln.text) or is_meta_line(ln.text) for ln in lines[i + 1:i + 3])


_DNR_ONLY = re.compile(r"^(?:dnr|diarienr|diarienummer|dnr\.?:?)?\s*[\w./\-: ]*\d[\w./\-: ]*$", re.I)


# A parenthesised line naming a registration number: "(Region Sörmlands dnr RS-LED23-1145)", "(Ert dnr 2024/12)".
_OTHER_DNR = re.compile(r"(?i)^\([^()]*\b(?:dnr|diarienr|diarienummer|ärendenr)\b[^()]*\d[^()]*\)$")
# The other party's number without brackets, its owner in the genitive before the label: "Länsstyrelsens
# ärendenummer 511-2024", "Region Hallands dnr RH 2024/12".
_OWNERS_DNR = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}s\s+(?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)"
                         r"\.?:?\s+([\w./:-]+(?:\s+[\w./:-]+){0,2})$")


_PARTY_ONLY = re.compile(r"^\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)\s*$")
# "(utställning)", "(andra behandlingen)": a bracketed note in lower case alone on the line under the title, the
# stage or kind of the matter (why: it opens with a bracket, not in lower case, so the title lost its tail).
_NOTE_ONLY = re.compile(r"^\([a-zåäö][^()\n]{0,40}\)\s*$")
# A lower-case word and a capitalised one ending a title's line ("… efter Lennart"), and a surname with its party
# opening the next ("Kjell (M) samt svar på motion …").
_FIRST_NAME_END = re.compile(r"\s[a-zåäö]+\s[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?$")
_SURNAME_PARTY_START = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\)")


def _surname_party_wrapped(prev: str, nxt: str) -> bool:
    """Whether a title wraps inside a person's name: the line ends in a first name after a lower-case word ("…
    bygg- och miljönämnden efter Lennart") and the next opens with the surname and a party ("Kjell (M) samt …").

    Why: the next line starts with a capital, so no wrap rule took it and the title was cut after the first name.
    Only a known party in the brackets."""
    if not nxt[:1].isupper() or (m := _SURNAME_PARTY_START.match(nxt)) is None or not _FIRST_NAME_END.search(prev):
        return False
    return canonical_party(m.group(1)) is not None


# Separators between registration numbers on one line: "MBN 2024-000123 | Dnr MB 2023/0877", "KS 2024/12; BN 2024/3".
_DNR_SEPARATOR = re.compile(r"\s*[|;,]\s*|\s+och\s+")


def _dnr_list(text: str) -> bool:
    """Whether a line is two or more registration numbers side by side ("MBN 2024-000123 | Dnr MB 2023/0877").

    Why: a case that moved between case systems carries both numbers on the heading line; neither is a title,
    and the title is on the next line."""
    pieces = [p for p in _DNR_SEPARATOR.split(text.strip()) if p]
    return len(pieces) >= 2 and all(_DNR_ONLY.match(p) and is_meta_line(p) for p in pieces)


def _has_title_words(text: str) -> bool:
    if _dnr_list(text):
        return False
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if w.casefold() not in {"dnr", "ks", "kf", "diarienr"}]
    # "RENHÅLLNINGSTAXA FÖR 2009": two words and a year are a title, not a registration number.
    return ((len(words) >= 1 and not _DNR_ONLY.match(text.strip())) or len(words) >= 3
            or (len(words) >= 2 and not is_meta_line(text)) or _word_and_year(text))


# A title of one long word and the year it concerns: "Sammanträdesplan 2025", "INTERNKONTROLLPLAN 2024"; also with
# the period's number before the year, "Delårsrapport 2 2024" (why: the extra number made it read as a registration
# number, and the title was lost).
# Also a school or financial year of two years, "Läsårsplan 2026/2027", "Budget 2025/26" (why: the pair read as a
# registration number's year and serial, and the title was lost); only two years in a row, no serial number.
_WORD_AND_YEAR = re.compile(r"[^\W\d_]{6,}[ \u00a0]+(?:\d{1,2}[ \u00a0]+)?((?:19|20)\d{2})(?:/((?:19|20)?\d{2}))?")


def _word_and_year(text: str) -> bool:
    """Whether a heading's rest is one word of six letters or more and a year ("Sammanträdesplan 2025"), or a pair
    of consecutive years ("Läsårsplan 2026/2027").

    Why: one word and digits read as a registration number ("KSN 2024"), so the title was sought on the next line
    and the paragraph's first sentence became its title; a series prefix is rarely six letters long."""
    m = _WORD_AND_YEAR.fullmatch(text.strip())
    return m is not None and (m.group(2) is None or (int(m.group(1)) + 1) % 100 == int(m.group(2)) % 100)


def _paragraph(number: str, rest: str, body: list[Line], above: list[Line]) -> ParagraphSegment:
    """One paragraph from its lines; ``above`` holds a registration number printed above the heading, which
    joins the paragraph after its title."""
    head = body[0]
    title_lines: list[Line] = []
    idx = 1
    if above and _AGENDA_TITLE.match(above[0].text):
        # "Ärende 5<TAB>Title" above "§ 112<TAB>Dnr …": the title, printed before the number.
        return _sections(number, head, above, body)
    if above and (cell := _title_cell_lines(above[0], head, body, rest)):
        # "Avtal om … av" / "§ 23<TAB>vinterväghållning med …<TAB>TN 2024/44" / "<TAB>kommun": one centred row.
        return _title_lines_unsectioned(_sections(number, head, cell, [head, *above, *body[1:]]))
    if above and (wrapped := _title_continued_below(above, body, rest)):
        # "Yttrande över … regionalt" / "§ 112<TAB>Dnr …" / "handlingsprogram …": a title cell wrapped around the row.
        return _sections(number, head, [*above, wrapped], [head, *above, *body[1:]])
    if above and not _DNR_LABEL.match(above[0].text) and _numbers_only(rest):
        # "Anmälan av delegationsbeslut" above "KS § 141<TAB>Dnr KS 2024/3": the title, printed first.
        return _sections(number, head, above, [head, *above, *body[1:]])
    if above and _SEPARATED_HEAD.match(head.text) and not _DNR_LABEL.match(above[0].text):
        # "Title" above "Ärende 4 · RUN § 87 · Dnr RUN 388-2024": the title, printed before the meta line; it is
        # read with the paragraph's text too ("Yttrande till Trafikverket …" says that it answers a remiss).
        return _sections(number, head, above, [head, *above, *body[1:]])
    rest_clean = COLUMN_GAP.split(rest.strip())[0] if rest else ""
    rest_clean = _title_beside_case_cell(rest) or rest_clean
    # "Paragraf<TAB>§ 74": a case system's label|content rows, whose "Ärende<TAB>Title" row below holds the title.
    if rest_clean and (_title_after_case_number(rest_clean) or (
            _has_title_words(rest_clean) and not re.match(r"(?i)^dnr\b", rest_clean))) and \
            not _AGENDA_ONLY.match(rest_clean) and not _PARAGRAPH_LABEL.match(rest_clean):
        title_lines.append(head)
    elif (at := _title_under_label(body)) is not None:
        title_lines.append(body[at])
        idx = at + 1
    else:
        while idx < len(body) and is_meta_line(body[idx].text) and len(title_lines) == 0 and idx < 3:
            if _title_beside_case_cell(body[idx].text):
                # "§ 18<TAB>Ärende 1" / "Dnr BUN 2025/0009<TAB>Title": a two-column item table, the number and the
                # Dnr in the margin cells and the title in the cell beside the Dnr.
                title_lines.append(_beside_label_cell(body[idx]))
            idx += 1
        if not title_lines and idx < len(body) and not section_kind(body[idx].text):
            title_lines.append(body[idx])
            idx += 1
    # A title wraps onto following lines that start in lower case (PDF has no blank lines to go by).
    while idx < len(body) and title_lines:
        nxt = body[idx]
        prev = title_lines[-1].text
        if "\t" in prev:
            # "§ 5<TAB>Exploateringsavtal för kvarteret Sjöstjärnan,<TAB>SBN 2021-000312": the title's own cell.
            cells = prev.split("\t")
            prev = (cells[-2] if len(cells) > 2 and is_meta_line(cells[-1]) else cells[-1]).rstrip()
            prev = _cell_after_gap(prev)
        # "Delegationsbeslut" / "Delegointipäätökset": a translated title under the Swedish one is no part of it.
        if nxt.blank_before or section_kind(nxt.text) or foreign_line(nxt.text) or (
                is_meta_line(nxt.text) and not _year_span_line(nxt.text)
                and not _WORDS_BEFORE_BRACKET.match(nxt.text.strip())) or _lettered_item(nxt.text):
            break
        # "… Malmöexpressen, linje" / "5", "… om skolkort" / "2021–2023", "… Strömnäs" / "4:12" (a property):
        # a number wrapped to the next line.
        wrapped_number = bool(re.fullmatch(r"\d{1,4}(?:\s*[–-]\s*\d{2,4}|:\d{1,4})?", nxt.text.strip())) or \
            _year_span_line(nxt.text)
        # "(M)": a party wrapped under "… efter Magnus Ohlin".
        if nxt.text[:1].islower() or wrapped_number or _PARTY_ONLY.match(nxt.text) or _NOTE_ONLY.match(nxt.text) or \
                prev.endswith(("-", "–", ",", " och", " om", " för", " mellan", " av")) or _ends_in_preposition(prev) \
                or _ends_in_genitive(prev, nxt.text) or _ends_in_name_noun(prev) or _stretch_wrapped(prev, nxt.text) \
                or _capitals_continue(prev, nxt.text) or _REPORT_REF_LINE.fullmatch(nxt.text.strip()) \
                or _surname_party_wrapped(prev, nxt.text) \
                or _dash_before_margin_number(title_lines[-1].text):
            title_lines.append(nxt)
            idx += 1
            continue
        if _wraps_to_dnr(title_lines, body, idx):
            title_lines.append(nxt)
            idx += 1
        break
    idx = _bracket_tail(title_lines, body, idx)
    if above:
        body = [*body[:idx], *above, *body[idx:]]
    return _sections(number, head, title_lines, body)


# A plan's period alone on a line: "2026-2037", "2022–2033" (two years, the second later).
_YEAR_SPAN_LINE = re.compile(r"((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})")


def _year_span_line(text: str) -> bool:
    """Whether a line is only a span of two years, the second later than the first ("2026-2037").

    Why: a plan's period wrapped under its title ("Regional transportplan för Gävleborgs län" / "2026-2037") reads
    as a registration number of the "2024-00123" kind, so the title stopped before it and lost its years.  Also
    with the registration number beside it, where the heading's number cell sits on the wrapped line."""
    # The registration number may stand in the margin beside it ("2025–2035<spaces>KS/2025:31"): the heading's
    # number cell, read off the title with the rest of the heading's numbers.
    first, *margin = [c for c in COLUMN_GAP.split(text.strip()) if c.strip()] or [""]
    m = _YEAR_SPAN_LINE.fullmatch(first)
    return m is not None and 0 < int(m.group(2)) - int(m.group(1)) <= 50 and all(is_meta_line(c) for c in margin)


def _title_continued_below(above: list[Line], body: list[Line], rest: str) -> Line | None:
    """The lower-case second line of a title printed above its numbers-only heading line (see
    ``_title_wrapped_around_numbers``), or None.

    Why: the title above the heading and its continuation below belong together; the continuation alone was the
    title."""
    if len(body) < 3 or _DNR_LABEL.match(above[0].text) or not _numbers_only(rest):
        return None
    below = body[1].text.strip()
    if not below[:1].islower() or below.endswith((".", ":")) or "\t" in below or not section_kind(body[2].text.strip()):
        return None
    return body[1]


# A title's own label alone on its line in a key-value export: "Rubrik", "Ärenderubrik:", "Rubrik på ärendet".
_TITLE_LABEL = re.compile(r"(?i)^(?:ärende)?rubrik(?:\s+på\s+ärendet)?\s*:?\s*$")
# A key-value export's label line: "Ärende:   12 av 19 på föredragningslistan", "Diarienummer:   KS 2025/587".
_KEY_VALUE_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]{2,24}:[ \t]+\S")


def _title_under_label(body: list[Line]) -> int | None:
    """The index of the title line under a "Rubrik" label that follows the heading's block of key-value lines
    ("Paragraf: KF § 214" / "Ärende: 12 av 19 på föredragningslistan" / … / "Rubrik" / the title), or None.

    Why: an extract exported as key-value fields gives the title its own label below the fields; the first field
    ("Ärende: 12 av 19 …", an agenda position) was read as the title.  Only where every line between the heading
    and the label is such a field."""
    for k in range(1, min(len(body) - 1, 14)):
        text = body[k].text.strip()
        if _TITLE_LABEL.match(text):
            nxt = body[k + 1].text.strip()
            return k + 1 if nxt and not section_kind(nxt) and not _KEY_VALUE_LINE.match(nxt) else None
        if not _KEY_VALUE_LINE.match(text):
            return None
    return None


def _cell_after_gap(cell: str) -> str:
    """A title line's last cell with the gap before it kept as a space, so that a cell of one word is a word.

    Why: a PDF that justifies a title beside the registration number sets a tab between its words
    ("Samverkansavtal<TAB>om<TAB>Vimmerby<TAB>kulturnatt<TAB>med<TAB>Dnr …"); the last cell "med" had no space before
    it, so the preposition rule missed it and the title lost its wrapped end ("Astrid Lindgrens Värld AB")."""
    return " " + cell


# A lettered list item: "a) Kommunfullmäktige 2024-04-22, § 61: …", "b) Cirkulär 24:12".
_LETTERED_ITEM = re.compile(r"^\s*[a-h]\)\s")


def _lettered_item(text: str) -> bool:
    """Whether a line opens a lettered list item ("a) …"), which starts the paragraph's text, not a title's wrap.

    Why: the item letter is lower case, so the wrap rule took a list of messages ("Meddelanden" / "a) …" / "b) …")
    into the title."""
    return bool(_LETTERED_ITEM.match(text))


# A registration number before the title on the heading line, with or without its label: "Dnr KS 2023/298<TAB>",
# "KS 2024/145 " (a capitalised title follows).
_CASE_LABEL_FIRST = re.compile(r"(?i)^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\.?:?\s*")
_TITLE_AFTER_CASE = re.compile(r"[\s,;:–-]+(?=[A-ZÅÄÖ])")


@lru_cache(maxsize=4096)  # pure; the segmenter and the paragraph reader ask about the same headings
def without_leading_case_number(text: str) -> str:
    """A heading's title without the registration number printed between the § number and the title ("§ 98 KS
    2024/145 Markanvisningsavtal …", "§ 61  Dnr KS 2023/298  Svar på motion …").

    Why: the number is a fact of its own, not part of the title.  Only a number right at the start, with a
    capitalised title after it; a title that is only a number stays as it is."""
    from .extract.cases import find_case_numbers

    label = _CASE_LABEL_FIRST.match(text)
    at = label.end() if label else 0
    first = next(find_case_numbers(text[at:at + 40], heading=True), None)
    if first is None or first[1] != 0:
        return text
    after = _TITLE_AFTER_CASE.match(text, at + first[2])
    return text[after.end():] if after else text


def _title_after_case_number(cell: str) -> bool:
    """Whether one cell of a heading line runs on from its labelled registration number into the title, one space
    apart ("§ 41 Dnr KS 2025/00071 Årsredovisning 2024", as a Word paragraph writes the heading).

    Why: a cell that opens with "Dnr" reads as a registration-number line, so the line above the heading (a
    signature, the last recipient of the paragraph before) was taken for the title.  Only where no other number
    stands in the rest."""
    from .extract.cases import find_case_numbers

    if not _DNR_LABEL.match(cell):
        return False
    rest = without_leading_case_number(cell)
    return rest != cell and _has_title_words(rest) and not any(find_case_numbers(rest, heading=True))


def _title_beside_case_cell(rest: str) -> str | None:
    """The title in the cell after a registration number that stands first on the heading line ("§ 61<TAB>Dnr KS
    2023/298<TAB>Svar på motion …"), or None.

    Why: the number between the § and the title would otherwise pass for the whole rest, and the title be sought
    on the next line (which is only the title's wrapped end)."""
    cells = [c for c in COLUMN_GAP.split(rest.strip()) if c.strip()] if rest else []
    if len(cells) < 2 or not is_meta_line(cells[0]) or not _has_title_words(cells[1]):
        return None
    from .extract.cases import find_case_numbers

    # "Trafikverkets dnr TRV 2021/81547": another party's number in the next cell is no title.
    return None if any(find_case_numbers(cells[1], heading=True)) else cells[1]


# "§ 86<spaces>Ärende nr 4": an agenda number at the right margin of the heading is no title; the title follows
# on its own line (after the registration number).
_AGENDA_ONLY = re.compile(r"(?i)^(?:ärende|ärendepunkt|dagordningspunkt|punkt)\s*(?:nr\.?\s*)?\d{1,3}[.:]?$")


# A title never ends in a preposition: "Länsplan för regional transportinfrastruktur i" / "Västerbottens län".
_PREPOSITION_END = re.compile(r"\s(?:i|på|till|med|från|över|inom|vid|mot|hos|under|efter|inför)$")


# A noun that a proper name follows in a title: "… för kvarteret" / "Gjuteriet i Hedemora", "… del av fastigheten" /
# "Åsen 1:12".  The name is the title's end, not the start of the text, whatever its case.
# Also "Region", whose name always follows it ("… omsorg med Region" / "Stockholm"), and a name's capitalised
# adjective, whose noun always follows it ("… och AB Stora" / "Kopparbergs Bostäder …", "… med Norra" / "Roslagens …").
# Also a protected area, named after its noun: "… bildande av naturreservatet" / "Granbergets urskog", "… för
# vattenskyddsområdet" / "Norrsjön" (why: the title was cut before the area's name on its last line).
_NAME_NOUN_END = re.compile(r"\s(?:kvarteret|fastigheten|fastigheterna|stadsdelen|tomten|området|Region|Polisregion|"
                            r"[a-zåäö]*reservatet|[a-zåäö]*skyddsområdet|nationalparken|"
                            r"Svenska|Norra|Södra|Östra|Västra|Mellersta|Stora|Lilla|Gamla|Nya|Övre|Nedre)$")


def _ends_in_name_noun(text: str) -> bool:
    """Whether a title line stops at a noun that a proper name follows ("… för kvarteret"), so that the next line,
    which starts with that name in capitals, goes on with the title.

    Why: a wrapped title is otherwise only continued on a line in lower case or after a preposition."""
    return bool(_NAME_NOUN_END.search(text))


# A road's or railway's stretch named by its ends after "delen"/"sträckan": "… vägplan för väg 61, delen" /
# "Norrby-Västby", "… sträckan" / "Norrby–Västby centrum" (capitalised ends joined by a dash, no final stop).
_STRETCH_END = re.compile(r"\s(?:delen|sträckan|etappen)$")
_STRETCH_LINE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:\s?[-–]\s?[A-ZÅÄÖ][a-zåäöé]+)+(?: [a-zåäö]+)?")


def _stretch_wrapped(prev: str, nxt: str) -> bool:
    """Whether a title line stops at "delen"/"sträckan" and the next line is the stretch's two ends ("Norrby-Västby"),
    so the title goes on.

    Why: plans for roads and railways are named by the stretch ("vägplan för väg 61, delen Norrby-Västby"); wrapped
    after "delen", the title was cut and the ends left as the text.  The next line must be only the ends, so that a
    title ending in "västra delen" keeps the text below it."""
    return bool(_STRETCH_END.search(prev)) and _STRETCH_LINE.fullmatch(nxt.strip()) is not None


def _ends_in_preposition(text: str) -> bool:
    """Whether a title line stops at a preposition, so that the next line, whatever its case, goes on with it."""
    return bool(_PREPOSITION_END.search(text))


# A capitalised genitive ending a line: "… förbundsordning för Södra Älvsborgs" / "Räddningstjänstförbund".  Not a
# place whose name ends in s ("Borås", "Västerås"), nor a Latin word ("Campus", "Status").
_GENITIVE_END = re.compile(r"\s[A-ZÅÄÖ][a-zåäöé-]*[^\Wåiousx\d_]s$")


def _ends_in_genitive(prev: str, nxt: str) -> bool:
    """Whether a title line stops at a proper noun's genitive and the next line is a short capitalised
    continuation (one to three words, no final stop): the genitive needs the noun it owns, so the title goes on.

    Why: a title wrapped after "Södra Älvsborgs" left "Räddningstjänstförbund" out of the title and the text."""
    words = nxt.split()
    return bool(_GENITIVE_END.search(prev)) and 1 <= len(words) <= 3 and nxt[:1].isupper() and \
        not nxt.rstrip().endswith((".", ":"))


def _sections(number: str, head: Line, title_lines: list[Line], body: list[Line]) -> ParagraphSegment:
    """The paragraph with its lines split into sections at their headings."""
    body = _centred_label_raised(body)
    sections: list[Section] = [Section("intro", None)]
    label_rests: set[int] = set()  # lines that hold only the rest of a wrapped label: no text of the paragraph
    for k in range(len(body) - 1):
        if k + 1 in label_rests:
            continue
        ln = body[k + 1]  # read afresh: a label's rest beside text further down is cut off its line below
        prev, text = body[k].text, ln.text
        # The label tests' own first checks, made here: both are None for a line pair without TABs and a line above
        # without a hyphen (most lines of every paragraph), and a call each cost more than the test.
        if (wrapped := ("\t" in prev and "\t" in text and _label_wrapped_below(body[k], ln))
                or (("-" in prev or "\u00ad" in prev) and _label_hyphenated_below(body[k], ln))) \
                and sections[-1].lines and sections[-1].lines[-1] is body[k]:
            # "Särskilt<TAB>…" / "yttrande<TAB>…": the section opens on the first line of its wrapped label, and
            # the label's parts are no part of its text.
            sections[-1].lines.pop()
            body[k], body[k + 1] = _beside_label_cell(body[k]), _beside_label_cell(ln)
            sections.append(Section(wrapped, None, [body[k], body[k + 1]]))
            continue
        if ("-" in text or "\u00ad" in text) and (rest := _label_rest_under_text(body, k + 1)) is not None:
            # "Protokolls-<TAB>…" / "<TAB>…" / "anteckning": the rest of the label below the text beside it; with
            # text of its own beside it ("anteckning<TAB>…") the line stays, without the rest.
            if _left_cell(body[rest[0]].text) is None:
                label_rests.add(rest[0])
            else:
                body[rest[0]] = _beside_label_cell(body[rest[0]])
            body[k + 1] = _beside_label_cell(ln)
            sections.append(Section(rest[1], None, [body[k + 1]]))
            continue
        kind = section_kind(ln.text)
        if kind and _wrapped_tail(body[k].text, ln.text):
            kind = None
        if not kind and "\t" in ln.text:
            # "Beslut<TAB>Socialnämnden beslutar": a heading in the left column, its text beside it; or the
            # heading in the right column beside the case number ("Dnr KS 2024/0112<TAB>Kommunstyrelsens beslut").
            left, right = ln.text.split("\t", 1)
            kind = section_kind(left) or (section_kind(right) if is_meta_line(left) else None)
        if not kind and "   " in ln.text:
            kind = margin_heading(ln.text)
        if not kind and sections[-1].kind != "documents" and ":" in text[:60] and decision_label_split(ln.text):
            kind = "decision"
        if kind and _cell_start_above_label(body, k, sections[-1]):
            # "Kjell Tapper (SD) antecknar att … bör" / "Protokollsanteckning" / "gynnas.": a label centred beside
            # its text; the section opens at the text's first line, and the label is no part of the text (alone
            # on its line it goes, beside the text's next line it is cut off).
            sections[-1].lines.pop()
            if _left_cell(ln.text) is None:
                label_rests.add(k + 1)
                sections.append(Section(kind, body[k], []))
            else:
                body[k + 1] = _beside_label_cell(ln)
                sections.append(Section(kind, body[k], [body[k + 1]]))
            continue
        if kind:
            sections.append(Section(kind, ln))
        else:
            sections[-1].lines.append(ln)
    if label_rests:
        body = [ln for i, ln in enumerate(body) if i not in label_rests]
    return ParagraphSegment(number=number, head=head, title_lines=title_lines, lines=body, sections=sections)


def _beside_label_cell(ln: Line) -> Line:
    """The line without its first cell, a part of a label in a left label column ("Protokolls-<TAB>Ewa Sund (V) …"
    → "Ewa Sund (V) …"; also with the column set off by spaces), its offsets kept."""
    cell = _left_cell(ln.text)
    at = cell[1] if cell else 0
    return Line(ln.text[at:], ln.start + at, ln.end, ln.page, ln.blank_before)


# The first cell of a row whose columns a text export sets off by spaces: "Protokolls-            Helena Brink …".
_SPACED_LEFT_CELL = re.compile(r"^(\S+)( {3,})(?=\S)")


def _left_cell(text: str) -> tuple[str, int] | None:
    """The first cell of a table row and where the cell beside it starts: split at the first TAB, or at a gap of
    three spaces or more after a first word (a left label column that a pdftotext-style export sets off by
    spaces); None for a line without a second cell."""
    if "\t" in text:
        left, _tab, right = text.partition("\t")
        return (left.strip(), len(left) + 1 + len(right) - len(right.lstrip())) if right.strip() else None
    m = _SPACED_LEFT_CELL.match(text) if "   " in text else None
    return (m.group(1), m.end()) if m else None


def _label_rest_under_text(body: list[Line], k: int) -> tuple[int, str] | None:
    """For a line that opens with the first part of a label hyphenated in a left label column, with text beside it
    ("Protokolls-<TAB>Sofie Lind (V) antecknar att …"): the index of the line further down that holds the label's
    rest ("anteckning", alone or with the text going on beside it), and the section kind of the whole label; None
    for any other line.

    Why: where the text cell is longer than the label cell, a PDF's text layer gives the label's second line after
    the text's lines, or beside a later line of the text ("Protokolls-<TAB>… antecknar till" / "protokollet att
    …" / "anteckning<TAB>hyresnivåer …"); the rest was no heading, so the section never opened, and the label's
    parts ran into the statement's text and its span.  Only within three lines, before any other row of the
    label column."""
    if "-" not in body[k].text and "\u00ad" not in body[k].text:
        return None  # no cell can end in a hyphen (most lines: asked of every line of every paragraph)
    first = _left_cell(body[k].text)
    left = first[0] if first else ""
    if len(left) < 4 or not left.endswith(("-", "\u00ad")) or " " in left or not left[:1].isupper():
        return None
    for j in range(k + 1, min(k + 4, len(body))):
        text = body[j].text.strip()
        cell = _left_cell(text)
        rest = cell[0] if cell else text
        if " " not in rest and rest[:1].islower() and (kind := section_kind(left[:-1] + rest)):
            return j, kind
        if cell or section_kind(text):
            return None
    return None


def _cell_start_above_label(body: list[Line], k: int, current: Section) -> bool:
    """Whether the heading at ``body[k + 1]`` is a label cell centred beside a text cell of three or more lines,
    whose first line ``body[k]`` the text layer gave above it: the label stands alone with the text going on in lower
    case on the next line, or with a lower-case rest beside it ("Yrkanden<TAB>procent. …"), and the line above is
    the start of an unfinished sentence after a finished one.

    Why: in a PDF of a two-column label table the short label cell is centred, so the first line of a reservation,
    a protokollsanteckning or a yrkande fell into the section before (a decision point of its own, or a note
    without its author).  Only a line above that starts in upper case, has no TAB, does not end a sentence and
    follows a line that does (or the section's heading)."""
    ln = body[k + 1]
    prev = body[k]
    if not current.lines or current.lines[-1] is not prev or k == 0:
        return False
    if "\t" in ln.text:
        after = ln.text.split("\t", 1)[1].strip()
    else:
        after = body[k + 2].text.strip() if k + 2 < len(body) else ""
    if not after[:1].islower():
        return False
    text = prev.text.strip()
    if "\t" in prev.text or not text[:1].isupper() or text.endswith((".", ":", ";", ",")) or section_kind(text):
        return False
    before = body[k - 1]
    return before is current.heading or before.text.rstrip().endswith((".", ":"))


_POINT = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")


def _centred_label_raised(body: list[Line]) -> list[Line]:
    """The lines with a decision heading that a table's label cell put amid its points moved up to the first point.

    Why: in a bordered "Beslut | 1. 2. 3." table of a PDF the label is centred in its cell, so the text layer gives
    it between the points ("1. …" / "2. … för Nybro" / "Beslut" / "kommuns räkning." / "3. …"): the points above
    it fell into the section before and the decision kept only the last one.  Only where the line after the
    heading goes on with the points (a lower-case continuation or the next point's number) and a point "1." stands
    at most six lines above with no heading between."""
    for k in range(2, len(body) - 1):
        text = body[k].text.strip()
        if len(text) > 12 or section_kind(text) != "decision":
            continue
        first = None
        for j in range(k - 1, max(0, k - 7), -1):
            if section_kind(body[j].text.strip()):
                break
            if (m := _POINT.match(body[j].text)) and m.group(1) == "1":
                first = j
                break
        if first is None or body[first].blank_before:
            continue
        last = max(int(m.group(1)) for ln in body[first:k] if (m := _POINT.match(ln.text)))
        nxt = body[k + 1].text.lstrip()
        after = _POINT.match(nxt)
        if nxt[:1].islower() or (after and int(after.group(1)) == last + 1):
            return [*body[:first], body[k], *body[first:k], *body[k + 1:]]
    return body


def _label_wrapped_below(prev: Line, ln: Line) -> str | None:
    """The kind of a section whose heading in a left label column wraps over two lines with text beside both
    ("Särskilt<TAB>Sverigedemokraterna … lämnar följande" / "yttrande<TAB>särskilda yttrande: …"), or None.

    Why: the first word alone is no heading and the second alone another one ("yttrande"), so the section opened a
    line late and of the wrong kind, and its statement was lost.  Only one-word label cells, the second in lower
    case, whose joined words are a heading of another kind than the second word's."""
    if "\t" not in prev.text or "\t" not in ln.text:
        return None
    a, b = prev.text.split("\t", 1)[0].strip(), ln.text.split("\t", 1)[0].strip()
    if not a or not b or " " in a or " " in b or not b[:1].islower() or section_kind(a):
        return None
    kind = section_kind(f"{a} {b}")
    return kind if kind and kind != section_kind(b) else None


def _label_hyphenated_below(prev: Line, ln: Line) -> str | None:
    """The kind of a section whose one-word heading in a left label column is hyphenated over two lines with text
    beside both ("Protokolls-<TAB>Ewa Sund (V) antecknar …" / "anteckning<TAB>sorterar matavfall."), or None.

    Why: a narrow label column breaks a long compound with a hyphen (or a soft hyphen); neither half is a heading,
    so the section was never opened and its statement was lost.  Only a first cell ending in the hyphen and a
    lower-case second cell of one word, whose joined word is a heading."""
    if "-" not in prev.text and "\u00ad" not in prev.text:
        return None  # no first cell that ends in a hyphen (asked of every line of every paragraph)
    left, right = _left_cell(prev.text), _left_cell(ln.text)
    if left is None or right is None:
        return None
    a, b = left[0], right[0]
    if len(a) < 4 or not a.endswith(("-", "\u00ad")) or " " in a or not b[:1].islower() or " " in b:
        return None
    return section_kind(a[:-1] + b)


def _wrapped_tail(prev: str, text: str) -> bool:
    """A line that reads as a heading but ends the sentence of the line before: "… lämnar följande gemensamma
    särskilda" / "yttrande:".  It starts in lower case and the line before stops mid-sentence (on a letter or a
    comma), so a heading in lower case after a finished sentence or a heading stays one."""
    return text[:1].islower() and (prev[-1:].isalpha() or prev.endswith(","))


# A section heading in a left margin column that a pdftotext-style export sets off from its text by spaces alone:
# "Beslut                 Kommunstyrelsen beslutar", "Särskilt yttrande      Vänsterpartiet …".
_MARGIN_CELL = re.compile(r"^(\S+(?: \S+){0,3})( {3,})(?=\S)")


def margin_split(text: str) -> tuple[str, int] | None:
    """The heading and where the text beside it starts, for a line that opens with a section heading in a
    left margin column; None for any other line (a heading alone on its line is no margin heading)."""
    m = _MARGIN_CELL.match(text)
    if m is None or not section_kind(m.group(1)):
        return None
    return m.group(1), m.end()


# A decision label run into its sentence: "Beslut: Ärendet utgår.", "Kommunfullmäktiges beslut: Motionen bifalls."
_DECISION_LABEL = re.compile(r"^([A-ZÅÄÖ][\wåäö-]*s\s+beslut|Beslut):[ \t]+(?=[A-ZÅÄÖ]|\d{1,2}[.)]\s)")


def decision_label_split(text: str) -> int | None:
    """Where the decision starts on a line that opens with a decision label and a colon ("Beslut: Ärendet utgår."),
    or None.

    Why: minutes that give a short decision inline ("Beslut: Ärendet återremitteras …") have no heading line, so the
    paragraph had no decision at all.  Only a label that is a decision heading on its own line, and a sentence
    after it that starts with a capital or a point's number."""
    if ":" not in text[:60]:
        return None
    m = _DECISION_LABEL.match(text)
    return m.end() if m and section_kind(m.group(1)) == "decision" else _proposal_label_split(text)


# A board's förslag to the council run into its sentence: "Kommunstyrelsens förslag till kommunfullmäktige: Taxan
# antas." (the label that is a decision heading on a line of its own).
_PROPOSAL_TO_COUNCIL_LABEL = re.compile(r"^([A-ZÅÄÖ][\wåäö-]*s\s+förslag\s+till\s+[\wåäö-]+(?:\s+för\s+egen\s+del)?):"
                                        r"[ \t]+(?=[A-ZÅÄÖ]|\d{1,2}[.)]\s)")


def _proposal_label_split(text: str) -> int | None:
    """Where the decision starts on a line that opens with a "X:s förslag till kommunfullmäktige:" label and its
    sentence, or None.

    Why: a board that proposes to the council inline ("Kommunstyrelsens förslag till kommunfullmäktige: Motionen
    avslås.") has no heading line, so the paragraph had no decision.  Only a label that is a decision heading on
    its own line ("förslag till kommunfullmäktige/kommunstyrelsen"), so "Förvaltningens förslag till beslut:" is not
    one."""
    m = _PROPOSAL_TO_COUNCIL_LABEL.match(text)
    return m.end() if m and section_kind(m.group(1)) == "decision" else None


def margin_heading(text: str) -> str | None:
    """The kind of the section that a margin heading opens ("Yrkanden      Ordföranden yrkar …"), or None."""
    split = margin_split(text)
    return section_kind(split[0]) if split else None


# A title's last line that is only the reference of the report it names: "(Ds 2024:7)", "(SOU 2023:12)", "(prop.
# 2023/24:10)".  Why: it starts with a bracket, so no lower-case or preposition rule joins it to the title.
_REPORT_REF_LINE = re.compile(r"\((?:[A-ZÅÄÖa-zåäö][\w.]{0,5}\s+)?\d{4}(?:/\d{2})?:\d{1,4}\)")


def _capitals_continue(prev: str, nxt: str) -> bool:
    """A title set in capitals goes on on the next line in capitals: "… – TILLSYN AV" / "HABILITERINGENS INSATSER
    …", "… FÖR DÖVA, HÖRSELSKADADE OCH DÖVBLINDA" / "MELLAN REGION GÄVLEBORG …".

    Why: the wrap rules look for a lower-case start or a lower-case preposition at the line end, which a title
    in capitals never has; body text under such a heading is in ordinary case, so capitals on both lines are one
    heading."""
    def capitals(text: str) -> bool:
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 8 and all(c.isupper() for c in letters) and " " in text.strip()
    return capitals(prev) and capitals(nxt)


def _bracket_tail(title_lines: list[Line], body: list[Line], idx: int) -> int:
    """Where the paragraph's text starts after the title, with a line that closes a bracket the title left open
    taken into the title ("… tillgänglig (SOU" / "2024:12)").

    Why: the wrapped reference starts with a digit and reads as a registration number, so the wrap rules stopped
    before it and the title lost its end."""
    if title_lines and idx < len(body) and not body[idx].blank_before and _closes_bracket(title_lines, body[idx].text):
        title_lines.append(body[idx])
        return idx + 1
    return idx


def _closes_bracket(title_lines: list[Line], nxt: str) -> bool:
    """Whether the title so far leaves a bracket open and the next (short) line closes it: "… tillgänglig (SOU" /
    "2024:12)".

    Why: a reference wrapped inside its brackets starts with a digit and a colon, which no other wrap rule takes,
    and the title lost its end."""
    text = " ".join(ln.text for ln in title_lines)
    if text.count("(") <= text.count(")"):
        return False
    close = nxt.find(")")
    return 0 <= close <= 30 and "(" not in nxt[:close] and len(nxt.strip()) <= 60


# A registration number in a right-hand margin cell that took the dash ending the title's line with it:
# "Yttrande<TAB>över<TAB>remiss<TAB>från<TAB>Finansdepartementet<TAB>– RS 2024-00254".
_DASH_MARGIN_CELL = re.compile(r"\t[ \u00a0]*[–—-][ \u00a0]+(?P<number>[^\t]+)$")


def _dash_before_margin_number(text: str) -> bool:
    """Whether a title line ends in a dash that a PDF's text put into the margin cell of the registration number.

    Why: the dash says that the title goes on ("… från Finansdepartementet –" / "Promemorian …"), but stuck to
    the number it was cut off with it and the next line was read as the text."""
    m = _DASH_MARGIN_CELL.search(text)
    return m is not None and is_meta_line(m.group("number"))


def _wraps_to_dnr(title_lines: list[Line], body: list[Line], idx: int) -> bool:
    """A short line between a title beside the § number and the registration number right under it continues
    the title, whatever its case: "KS § 31  Yttrande över … för Norra" / "Östersjöns vattendistrikt" / "Dnr KS
    2008/512".  Not under a title on a line of its own, whose next line is a subtitle ("Remiss från …")."""
    nxt = body[idx]
    after = body[idx + 1] if idx + 1 < len(body) else None
    return len(title_lines) == 1 and title_lines[0] is body[0] and after is not None and not after.blank_before and \
        is_meta_line(after.text) and len(nxt.text) <= 60 and not title_lines[0].text.rstrip().endswith(".") and \
        not COLUMN_GAP.search(nxt.text.strip()) and not _sender_subtitle(nxt.text)


# A subtitle naming who sent the matter: "Remiss från Region Uppsala", "Skrivelse från Länsstyrelsen".
_SENDER_SUBTITLE = re.compile(r"(?:Remiss|Skrivelse|Motion|Medborgarförslag|Begäran|Framställan)\s+från\s+[A-ZÅÄÖ]")


def _sender_subtitle(text: str) -> bool:
    """Whether a line under a title is a subtitle that names the sender ("Remiss från Region Uppsala").

    Why: a short line between the title beside the § number and the registration number was taken as the
    title's wrapped end, so the title swallowed its subtitle; a wrapped end never opens with "Remiss från"."""
    return _SENDER_SUBTITLE.match(text.strip()) is not None



# "… tillståndsförfarande för" / "elnät (KN2025/01873)": the title's last words in lower case before the bracketed
# number it ends in, which is most of the line, so is_meta_line took it for a number line and the title was cut.
_WORDS_BEFORE_BRACKET = re.compile(r"^(?!(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\b)[a-zåäö][\w-]*"
                                   r"(?: [\w-]+)* \([^()]{3,40}\)$")


@lru_cache(maxsize=4096)  # a pure test of one line; the segmenter and the paragraph reader ask about the same lines
def is_meta_line(text: str) -> bool:
    """A registration-number line under a heading ("Dnr KS 2019/656", "STK-2020-842"), not a title."""
    from .extract.cases import find_case_numbers

    t = text.strip()
    if re.match(r"(?i)^(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr)\b", t):
        return True
    if _OTHER_DNR.match(t):
        return True  # "(Region Sörmlands dnr RS-LED23-1145)": the other party's number, beside our own
    if (owners := _OWNERS_DNR.match(t)) and re.search(r"\d", owners.group(1)):
        return True  # "Länsstyrelsens dnr 511-2024" unbracketed on its own line: a number, not the title
    numbers = sum(e - s for _, s, e in find_case_numbers(t, heading=True))
    return numbers > 0 and numbers >= 0.6 * len(t.replace(" ", ""))
