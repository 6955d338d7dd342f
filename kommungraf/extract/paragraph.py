"""Facts of one paragraph (§): title, cases, referral, decision, proposals, vote, reservations, statements,
agreements and the staff report's date."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ..clean import COLUMN_GAP, Line, MappedText, join_lines
from ..gazetteer import canonical_party
from ..language import foreign_line
from ..model import STATEMENT_KINDS, Agreement, Dated, Named, Paragraph, PersonRef, Proposal, Span, Statement
from ..segment import (
    COLLECTED_ENTRY,
    ParagraphSegment,
    Section,
    collected_statements_heading,
    decision_label_split,
    heading_title,
    is_meta_line,
    margin_split,
    section_kind,
    without_leading_case_number,
)
from .cases import STRONG as STRONG_CASE
from .cases import WEAK as WEAK_CASE
from .cases import find_case_numbers, normalise
from .dates import find_dates
from .divisions import Division, appended_vote
from .names import NameMatch, find_people, group_party_people, strip_genitive
from .organisations import find_organisations
from .prechecks import lowered, may_hold
from .votes import find_vote


@dataclass(frozen=True)
class Context:
    """What the paragraph extractor knows of the whole document."""

    body: str | None
    chair: str | None  # the ordförande from the attendance list, for "Ordföranden yrkade …"
    known_people: frozenset[str]
    party_of: dict[str, str | None]
    #: Shorter forms of listed names ("Anna-Karin Lindqvist" for "Anna-Karin Lindqvist Berg").
    full_names: dict[str, str] = field(default_factory=dict)
    #: Ersättare who do not serve: a statement they join is an ersättaryttrande.
    substitutes: frozenset[str] = frozenset()
    #: The divisions of a voting list appended to the minutes, which a paragraph may cite by number.
    divisions: tuple[Division, ...] = ()
    #: The company whose board or general meeting keeps the minutes (``Minutes.company``).
    company: str | None = None


def _text(lines: list[Line]) -> MappedText:
    return join_lines(lines)


def _span(mt: MappedText, start: int, end: int) -> Span:
    return Span(mt.source_offset(start), mt.source_offset(max(start, end - 1)) + 1)


def _collapse(s: str) -> str:
    return " ".join(s.split())


# ------------------------------------------------------------------------------------------- sentences

# (Also after a closing guillemet, "… tandlöst.»" or "….«"; why: the next sentence ran into the quotation.)
# Every cut starts at a white-space character, which the pattern reads first and its alternatives look behind: a
# pattern that opens with one character class lets the regex engine skip to the next white space instead of trying
# each alternative at every position.
_SENTENCE_END = re.compile(r"\s(?:(?:(?<=[.!?]\s)|(?<=[.!?][”\"»«]\s))\s*(?=[\"”“»]?[A-ZÅÄÖ§])|"
                           r"(?<=:[ \t])[ \t]*\n|(?<=:\n)|"
                           # a short capitalised line is a heading, unless the line before ends mid-list ("… och")
                           # or mid-clause ("… antecknar att" / "Miljöpartiet vill …"); the newline first, so that
                           # the look-behinds run only at line ends
                           r"(?<=\n)(?<![\s,]och\n)(?<![\s,]samt\n)(?<!,\n)(?<!\satt\n)"
                           r"(?=[A-ZÅÄÖ][^\n]{0,60}(?<!\.)\n))")
# A line of names with parties only ("Lisa Holmqvist (V) Johan Ekberg (V)", signatures under a statement) ends
# a sentence: the next line starts a new one.
_NAME_PART = r"[A-ZÅÄÖÉ][^\W\d_]+(?:-[A-ZÅÄÖÉ][^\W\d_]+)?"
_NAME_ENTRY = rf"{_NAME_PART}(?: {_NAME_PART}){{1,3}} \([A-ZÅÄÖ]{{1,4}}\)"
# (Signatures side by side are set apart by a tab or a column of spaces: "Ingrid Ek (C)<TAB>Tor Lund (V)".)
_NAMES_LINE = re.compile(rf"{_NAME_ENTRY}(?:(?:,? |\t+| {{2,}}){_NAME_ENTRY}){{0,5}}")
# (The last: a short capitalised line is a heading, a sentence of its own; one ending in "." is the end of a
# sentence that wrapped: "… och Ulla" / "Grahn (KD).", "… instämmer i Kerstin" / "Holms yrkande.")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph's text; a section heading is a sentence of its own."""
    return list(_sentences(text))


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: proposals and statements split the same paragraph text.
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if end < len(text) and (section_kind(line) or (line.endswith(")") and _NAMES_LINE.fullmatch(line)
                                                        and not _list_goes_on(text, end + 1))
                                or _party_signed(line)):
            cuts.append((end, end + 1))
        if pos and line.endswith(")") and _signatures_after(text, pos, line):
            cuts.append((pos - 1, pos))
        elif "   " in line or "\t" in line:
            cuts.extend(_margin_cut(line, pos))
        if pos and line[:2] in _BULLETS:
            cuts.append((pos - 1, pos))  # a list item starts a sentence of its own (see _BULLETS)
        elif pos and line[:1] == "§" and (entry := COLLECTED_ENTRY.match(line)):
            # "§ 87<gap>Lena Dahlin (S) … reserverar sig …", an entry of the reservations collected at the end and
            # moved to its paragraph: a sentence of its own without its number, not the end of the line above
            # ("Expedieras" / "Hälso- och sjukvårdsnämnden" / "§ 87 Lena Dahlin …").
            cuts.append((pos - 1, pos + entry.end()))
        elif line[:1] == "§" and _NUMBER_LINE.fullmatch(line) and not text[end + 1:end + 2].islower():
            # "§ 141" alone on a line over a block of statements collected at the end and moved to its paragraph:
            # no part of the sentence above it (the paragraph's distribution list) or of the statement below.  (A
            # heading repeated on a new page amid a sentence, the next line in lower case, is left to
            # _statement_text.)
            cuts.append((max(pos - 1, 0), min(end + 1, len(text))))
        if "...." in line and end < len(text):
            cuts.append(_leader_line_cut(end))
        pos = end + 1
    cuts.extend(_title_line_cut(text))
    out = []
    start = 0
    for a, b in sorted(set(cuts)):
        if a < start:
            # Two cuts at one place (a full stop's and a collected entry's number after it): the wider one wins.
            start = max(start, b)
            continue
        out.append((start, a))
        start = b
    out.append((start, len(text)))
    return tuple((s, e) for s, e in out if text[s:e].strip())


def _list_goes_on(text: str, start: int) -> bool:
    """Whether the line at ``start`` continues a list of names that wrapped before its last member ("Eva Sundberg
    (S), … Tomas Hedlund (V)" / "och Kajsa Engqvist (MP) reserverar sig …").

    Why: a line of names ends a sentence of its own (a list of signatories), so a reservation whose names wrapped
    before "och" was read as two reservations, the first without its verb."""
    return text.startswith(("och ", "samt "), start)


def _leader_line_cut(end: int) -> tuple[int, int]:
    """The cut after a line with a dotted leader ("Nämndeman i Attunda tingsrätt ........ Lars Bäck (C)"): such a
    line is a row of a list set as a table, and its end ends a sentence.

    Why: the last row of a valberedning's list, with no full stop, ran into the sentence under it ("… Lars Bäck (C)
    Valberedningens ordförande Ulla Krantz (S) yrkar bifall …"), and the candidate became a mover."""
    return end, end + 1


# A title line that can end a sentence: short, with no end punctuation and no word that carries the sentence on.
_TITLE_LINE = re.compile(r"[A-ZÅÄÖ][^\n]{0,79}(?<![.,:;–-])(?<!\soch)(?<!\ssamt)(?<!\satt)(?<!\sav)(?<!\som)"
                         r"(?<!\sför)(?<!\si)")


def _title_line_cut(text: str) -> list[tuple[int, int]]:
    """The end of a paragraph's title line (the line after the "§ N" heading) when a capitalised line follows:
    the title is a sentence of its own.

    Why: "Fyllnadsval av ledamot i socialnämnden efter …" / "Valberedningens ordförande X (M) yrkar …" read as
    one sentence, and the body named in the title ("i socialnämnden") before the verb made the motion another
    body's."""
    first = text.find("\n")
    head = _NUMBERS_HEAD.match(text[:first].strip()) if first > 0 else None
    if head is None or ((rest := head.string[head.end():].strip()) and not is_meta_line(rest)):
        return []  # a title on the heading line itself: the next line is text
    second = text.find("\n", first + 1)
    if second < 0 or not text[second + 1:second + 2].isupper():
        return []
    title = text[first + 1:second]
    return [(second, second + 1)] if ". " not in title and _TITLE_LINE.fullmatch(title) else []


# The numbers that open a heading line: "§ 85", "KF § 37" (a registration number may follow, see is_meta_line).
_NUMBERS_HEAD = re.compile(r"(?:[A-ZÅÄÖ]{1,5}\s*)?§\s*\d{1,4}[a-z]?(?![\w])")


# A paragraph's number alone on its line: "§ 141".
_NUMBER_LINE = re.compile(r"§[ \t]*\d{1,4}[ \t]*:?[ \t]*")

# The bullets of a list item: "- Roger Nilsson (M): bifall …" / "- Linda Sjöö (S): återremiss …".  Why: an item
# that ends in a full stop is followed by a bullet, not a capital, so the items would read as one sentence and
# only the first item's mover be found.
_BULLETS = frozenset({"- ", "– ", "• ", "* "})


# A signature for a party group with the name after a colon: "För Socialdemokraterna: Pernilla Ek (S)".
_PARTY_SIGNED = re.compile(rf"För [A-ZÅÄÖ][\w-]+(?: [\w-]+){{0,2}}\s*:\s*{_NAME_ENTRY}")


def _party_signed(line: str) -> bool:
    """A line that signs a statement for a party group ("För Vänsterpartiet: Leif Göransson (V)"): a sentence of
    its own, so that a line after it ("Ersättaren … instämmer …") is not read into it."""
    return line.startswith("För ") and line.endswith(")") and _PARTY_SIGNED.fullmatch(line) is not None


# What stands right before signatures that are no part of the sentence before them: a quotation's closing mark
# ("… underfinansierad.”") or a row of dotted lines to sign on.
_BEFORE_SIGNATURES = re.compile(r"(?:[.!?][”\"]|[.…_]{5,}(?:[\t ]+[.…_]{5,})*)[ \t]*$")


def _signatures_after(text: str, pos: int, line: str) -> bool:
    """Line ``line`` at ``pos`` holds only signatures (names with parties) right after a quotation or a row of
    dotted lines: they start a sentence of their own (the names under a statement), which a quotation would
    otherwise swallow.  Not after a line that goes on into them ("… reserverar sig" / "Lisa Holm (V)")."""
    prev_start = text.rfind("\n", 0, pos - 1) + 1
    return bool(_BEFORE_SIGNATURES.search(text, prev_start, pos - 1)) and _NAMES_LINE.fullmatch(line) is not None


def _margin_cut(line: str, pos: int) -> list[tuple[int, int]]:
    """A heading in a left margin column ends a sentence of its own: the text beside it starts the next one, so
    that "Yrkanden<gap>Ordföranden yrkar …" reads as the chair's proposal."""
    if "\t" in line:
        left = line.split("\t", 1)[0]
        if left.strip() and section_kind(left) and line[len(left):].strip():
            return [(pos + len(left), pos + len(left) + 1)]
        return []
    split = margin_split(line)
    return [(pos + len(split[0]), pos + split[1])] if split else []


# The marks that open or close a quotation: also the guillemets of Swedish typography ("»Vi anser …»", "»…«";
# why: a statement quoted between them was no quotation, so its text ran on and the sentence after it was lost).
_QUOTE_MARKS = "”\"“»«"


def _quote_after(text: str, end: int) -> str:
    """The quoted words that follow a sentence ("… lämnade följande särskilda uttalande: ”…”"), if any."""
    m = re.match(rf"\s*[{_QUOTE_MARKS}]([^{_QUOTE_MARKS}]{{10,}})[{_QUOTE_MARKS}]", text[end:end + 20000])
    return _collapse(m.group(1)) if m else ""


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    # Quotes pair in order: a short quotation ("MOTION ”FLER VUXNA I SKOLAN”") still closes its own quote, so
    # that its closing mark does not open a long false one up to the next quotation.
    for m in re.finditer(rf"[{_QUOTE_MARKS}][^{_QUOTE_MARKS}]*[{_QUOTE_MARKS}]", text):
        if m.end() - m.start() >= 22:
            spans.append((m.start(), m.end()))
    return spans


def _outside_quotes(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return not quotes or not any(s < pos < e for s, e in quotes)


def _after_colon(text: str, sents: list[tuple[int, int]], i: int, sections: list[tuple[str, int, int]]) -> int:
    """The end of sentence ``i``, or where it ends in a colon and no quotation follows, the end of the sentences
    after it in its section that name no one and open no section: the words the colon announces ("… lämnar
    ett särskilt uttalande enligt följande:" / "Samarbetet … . Vi ser fram emot …"; "Tobias Sjö (S), med
    instämmande av Helena Öberg (C):" / "bifall till kommunstyrelsens förslag.").

    Why: the sentence splitter cuts after a colon at a line end, so such a statement's text stopped at the colon
    and what was said was no one's."""
    s, e = sents[i]
    if not text[s:e].rstrip().endswith(":") or _quote_after(text, e):
        return e
    start = _section_start(sections, s)
    end = e
    for ns, ne in sents[i + 1:]:
        line_end = text.find("\n", ns, ne)
        if _section_start(sections, ns) != start or section_kind(text[ns:ne if line_end < 0 else line_end]) or \
                _NAME_ENTRY_RE.search(text, ns, ne) or _PROCEDURE.search(text, ns, ne) or ne - s > 2000 or \
                text[ns:ne].lstrip()[:1] in _QUOTES:
            break
        end = ne
        if text[ns:ne].rstrip().endswith(":"):
            break
    return end


_NAME_ENTRY_RE = re.compile(_NAME_ENTRY)
# The meeting going on after what was announced: "Ordföranden ställer proposition …", "… finner att …".
_PROCEDURE = re.compile(r"(?i)\b(?:proposition|propositionsordning|votering|omröstning|finner\s+att|beslutar|"
                        r"beslutade)\b")
_QUOTES = tuple(_QUOTE_MARKS)


def _quote_end(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> int:
    """The end of a sentence ``text[s:e]`` that opens a quotation, extended to the quotation's close.

    Why: the sentence splitter cuts after every full stop, also inside a quoted statement, so "… lämnar följande
    särskilda yttrande: ”Andelen hyresrätter är för låg." kept only the quotation's first sentence; the sentences
    after it start inside the quotation and are read as nobody's."""
    for qs, qe in quotes:
        if s <= qs < e < qe:
            return qe
        if qs >= e:
            break
    return e


# ------------------------------------------------------------------------------------------- people

# "instämmer i X:s yrkande", "biträder X:s yrkande" (also "återremissyrkande"), "ansluter sig till ordförandens
# yrkande" (why: that wording's joiner was no mover).
# (OCR reads the m of a scan as "rn": "instärnrner i".)
# Also a member's "förslag" (where the proposals are made with "föreslår"): "instämmer i Eks förslag", "biträder
# Jonas Eks förslag", "ansluter sig till KD:s förslag", "… i ordförandens förslag" (why: only "yrkande" was read, so
# the joiners were no movers; a body's "förvaltningens förslag" is none).
_JOINS_PROPOSAL = re.compile(r"(?i)\b(?:instä(?:m|rn){1,2}(?:er|de)\s+i|biträd(?:er|de)|ansl(?:uter|öt)\s+sig\s+till)"
                             r"(?:\b[^.]{0,80}?yrkande|\s+(?-i:(?:[A-ZÅÄÖÉ][\w-]*\s+)?[A-ZÅÄÖÉ][\w-]*:?s)\s+förslag\b|"
                             r"\s+ordförandens\s+förslag\b)", re.I)
# Every match of _JOINS_PROPOSAL holds one of these.
_JOINS_PROPOSAL_WORDS = ("instä", "biträd", "ansl")
# "Britt Ek (L) och Eva Berg (C) instämmer." under Yrkanden: joining the proposal before, named no further.
_JOINS_BARE = re.compile(r"(?i)\b(?:instämm(?:er|de)|biträd(?:er|de))(?:\s+(?:i\s+)?(?:det|detta|yrkandet))?\s*\.?\s*$")
# (Also "med stöd av A (L)": the co-movers in the other common wording; why: they were lost.)
_SUPPORTED_BY = re.compile(r"\s*,?\s*med\s+(?:instämmande|stöd)\s+(?:av|från)\s+", re.I)
# The same phrase sought further on in the sentence (from a word's start, so that a run of spaces is read once).
_SUPPORT_PHRASE = re.compile(r"\bmed\s+(?:instämmande|stöd)\s+(?:av|från)\s+", re.I)
# (Also the noun after a giving verb: "A (M) lämnar ett tilläggsyrkande om att …", "framställer ett ändringsyrkande";
# why: without the verb "yrkar" the mover was lost.)
_PROPOSE = re.compile(r"\byrka(?:r|de|t)\b|\byrkande(?:t)? från\b(?=\s+[A-ZÅÄÖ][a-zåäö])|"
                      r"\b(?:lämna(?:r|de)|framställ(?:er|de))\s+(?:ett\s+|följande\s+)?[a-zåäö]*yrkande\b", re.I)
# Every match of _PROPOSE holds this.
_PROPOSE_WORDS = ("yrka",)
# The words of moving or joining that find_proposals looks for in a sentence: those of _PROPOSE and
# _JOINS_PROPOSAL, in any case; and as written, those that _JOINS_BARE's pre-check wants, and those that _suggests
# and _nominates want (their verb after a ")" or "ordföranden").
_MOVING_WORDS = (*_PROPOSE_WORDS, *_JOINS_PROPOSAL_WORDS)
_JOINS_BARE_STRINGS = ("nstämm", "iträd")
_SUGGESTS_STRINGS = ("resl", "begär", "nominer")
_RESERVE = re.compile(r"\breserver(?:ar|ade|at)\s+(?:sig|oss)\b|\breservation(?:er)?\s*:|\breserverade\b|"
                      r"\bskriftlig\s+reservation\b|\banmäl(?:er|de|t)\s+reservation\b|"
                      # The passive with the people after it: "Reservation anmäls av A (S) och B (V) till förmån …",
                      # in older wording "Reservation anfördes av A (fp) och B (v) …".
                      r"\breservation(?:er)?\s+(?:anmäls|anmäldes|lämnas|lämnades|anfördes|avgavs)\s+av\b", re.I)
# Every match of _RESERVE holds this, and so does every match of _LABELLED_RESERVATION and _JOINS_RESERVATION.
_RESERVE_WORDS = ("reserv",)
# A labelled line with the names after the colon: "Reservation till förmån för eget yrkande: Ingrid Modig (V)."
# Apart from _RESERVE: a pattern anchored at a line's start in its alternation is tried at every position.
_LABELLED_RESERVATION = re.compile(r"(?im)^reservation\s+till\s+förmån\s+för\s[^.:\n]{1,50}:")
# "A (M) och B (M) ansluter sig till reservationen": a member joining a reservation reserves too (an ersättare
# who does so makes an ersättaryttrande: ersättare have no vote to reserve against).
_JOINS_RESERVATION = re.compile(r"\b(?:ansl(?:uter|öt)\s+sig\s+till|instämm(?:er|de)\s+i)\s+(?:\S+\s+){0,3}?"
                                r"reservation(?:en)?\b", re.I)
# ("Eva Ek (C) lämnar sammanträdet efter § 6" is leaving the meeting, no statement given; why: under a statement's
# heading it was read as one.)
_GIVE = re.compile(r"\b(?:lämna(?:r|de|t)?\b(?!\s+(?:sammanträdet|mötet|lokalen|sammanträdeslokalen|salen)\b)|"
                   r"anmäl(?:er|de|t)|avg(?:av|er)|inkom\s+med|lade|lägger|"
                   r"(?:får|få|fick|lät|låter)\s+(?:följande\s+)?(?:till\s+protokollet\s+)?anteckna(?:t|s)?|antecknar|ställ(?:er|de)\s+sig\s+bakom|"
                   # "får föra följande anteckning till protokollet" (the kind comes from "anteckning till protokollet")
                   r"(?:får|få|fick)\s+föra|"
                   r"instämde?r?|instämmer|ansluter|anslöt|biträder|biträdde|yttrade|förena(?:r|de)\s+sig\s+med|"
                   # passive wording with the giver after "av" (see _passive_agents)
                   r"avgavs|anfördes|gjordes|lämnades|anmäldes|antecknas\s+på\s+begäran\s+av|"
                   # "På begäran av Ingrid Ohlsson antecknades till protokollet att …": the giver before the verb
                   r"anteckna(?:des|s)\s+till\s+protokollet)\b", re.I)
# Every match of _GIVE holds one of these: most sentences hold none, and the pattern is tried at every word.
_GIVE_WORDS = ("lämna", "anmäl", "avg", "inkom", "lade", "lägger", "anteckna", "ställ", "föra", "instäm", "ansl",
               "biträd", "yttrade", "förena", "anfördes", "gjordes")
# A giving verb outside a statement's section gives a statement only where the sentence names its kind: every match
# of _KIND_WORDS, _BRIEF_STATEMENT, _MEMBER_YTTRANDE and _ERSATTARE_YTTRANDE holds one of these, and _ersattare_says
# wants a sentence opening with "Ersättaren".
_KIND_HINTS = ("yttrande", "uttalande", "anteckn", "ersättar")
# What a sentence that find_statements reads as a statement holds, in any case (outside a statement's section): a
# word of _RESERVE_WORDS or of _KIND_HINTS (_STATEMENT_LABEL's words hold one too).
_STATEMENT_WORDS = (*_RESERVE_WORDS, *_KIND_HINTS)
# The sections whose sentences are statements without a giving verb ("Reservationer" / "Gunnar Lindh, m, …").
_STATEMENT_SECTIONS = ("reservation", *STATEMENT_KINDS)
# (Also "ansluter sig som ersättare till yttrandet": the joiner's capacity between the verb and its object; why: that
# sentence was read as a särskilt yttrande of the joiner's own.)
_ENDORSE = re.compile(r"\b(?:ställ(?:er|de)\s+sig\s+bakom|instämde?\s+i|instämmer\s+i|ansl(?:uter|öt)\s+(?:sig\s+)?"
                      r"(?:som\s+ersättare\s+)?till|biträd(?:er|de)|förena(?:r|de)\s+sig\s+med)\b", re.I)
# Every match of _ENDORSE holds one of these ("bakom" for "ställer sig bakom": "ställ" alone, as in "ställer
# proposition", stands in most paragraphs with a motion, and let the pattern run over them all).
_ENDORSE_WORDS = ("bakom", "instäm", "ansl", "biträd", "förena")
_KIND_WORDS = [
    ("ersättaryttrande", re.compile(r"\bersättaryttrande", re.I)),
    ("särskilt uttalande", re.compile(r"\bsärskil(?:t|da)\s+uttalande", re.I)),
    ("särskilt yttrande", re.compile(r"\bsärskil(?:t|da)\s+yttrande", re.I)),
    ("protokollsanteckning", re.compile(r"\bprotokollsanteckning|\btill\s+protokollet\s+anteckna|"
                                        r"\banteckna(?:r|de|des|s)\s+till\s+protokollet|"
                                        # (past tense too: "fick anteckna", "lät anteckna till protokollet";
                                        # and "låter anteckna": why: a group's note so told was no statement)
                                        r"\b(?:får|få|fick|lät|låter)\s+(?:följande\s+)?(?:till\s+protokollet\s+)?anteckna|"
                                        # "lämnar följande anteckning till protokollet"
                                        r"\banteckning\s+till\s+protokollet|"
                                        # joining a note named briefly: "förenade sig med Sture Larssons anteckning"
                                        r"\b(?:instämde?|instämmer|förena(?:r|de)\s+sig|ansl(?:uter|öt)\s+sig)\s+"
                                        r"(?:i|med|till)\s+(?:\S+\s+){0,3}?anteckning(?:en)?\b",
                                        re.I)),
]
_CUT_OBJECT = re.compile(r"\b(?:till\s+förmån\s+för|med\s+hänvisning|och\s+hänvisade|hänvisar|bifall\s+till|"
                         r"avslag\s+på|mot\s+bakgrund|enligt)\b", re.I)
# (Also abbreviated: "Ordf. yrkar att motionen ska anses besvarad".)
# (Also with others unnamed and their parties: "Ordföranden m.fl. yrkar …", "Ordföranden m.fl. (S, V, MP) yrkade …";
# group 1 is the "m.fl."; why: the chair's motion so worded was lost.)
_ORDF_ALONE = re.compile(r"^\s*(?:(?:Och|Därefter|Sedan)\s+)?(?:ordföranden|ordf\.)(\s+m\.\s?fl\.)?"
                         r"(?:\s*\([A-ZÅÄÖa-zåäö, ]{1,30}\))?\s+(?:yrka|föresl|anteckna)", re.I)


# The unnamed chair as the subject of a sentence that joins a proposal.
_ORDF_JOINS = re.compile(r"(?i)\s*(?:(?:och|även|därefter|sedan)\s+)?ordföranden\s+(?:instä(?:m|rn){2}(?:er|de)|"
                         r"biträd(?:er|de))\b")
_OTHER_BODY = re.compile(r"\b(?:[Ii]|[Mm]ot)\s+((?:kommunstyrelse|regionstyrelse|[a-zåäö-]+nämnd|[a-zåäö-]+utskott)"
                         r"(?:n|ns|en|ens|et|ets))\b")

# Every match of _OTHER_BODY holds one of these (it is case-sensitive): most sentences need no search.
_OTHER_BODY_WORDS = ("styrelse", "nämnd", "utskott")
# Every sentence that _in_other_body takes for another body's holds one of these (_OTHER_BODY's words, and
# _EARLIER_MEETING's, which is case-sensitive too).
_BODY_WORDS = (*_OTHER_BODY_WORDS, "sammanträde")
# "nominer": "X nominerar A till ledamot i socialnämnden" names the other body after its verb (the seat nominated to).
_VERB = re.compile(r"\b(?:yrka|reserver|lämna|anmäl|instäm|ställ|nominer|anteckn|avg[ae]r)", re.I)


# A sentence that tells an earlier meeting in the past tense: "Vid det sammanträdet yrkade X (V) …" (the meeting the
# sentence before named), "Kommunstyrelsen beslutade enligt … och X (V) reserverade sig mot beslutet" (another body
# as the subject of its decision).
_EARLIER_MEETING = re.compile(r"\s*(?:[Vv]id\s+(?:det|detta|samma)\s+sammanträde(?:t)?\b|"
                              r"((?:[A-ZÅÄÖ][a-zåäö-]+\s+[a-zåäö-]*|[A-ZÅÄÖ][a-zåäö-]*)(?:styrelsen|nämnden|utskottet))"
                              r"\s+(?:beslutade|behandlade)\b)")


def _in_other_body(sentence: str, ctx: Context) -> bool:
    """A sentence reporting what happened in another body ("I kommunstyrelsen yrkade …") is not this body's.

    Only a mention before the verb counts: "… yrkade bifall till reservationen i kommunstyrelsen" is this body's.
    A sentence of an earlier meeting (``_EARLIER_MEETING``) is not this body's either: an extract of fullmäktige's
    minutes quotes the board's stage, whose proposer and reservant were taken for fullmäktige's.
    """
    return _in_other_body_of(sentence, ctx.body)


@lru_cache(maxsize=256)
def _in_other_body_of(sentence: str, body: str | None) -> bool:
    # Cached (bounded): the proposals and the statements of a paragraph ask it of the same sentences.
    if (m := _EARLIER_MEETING.match(sentence)) is not None and \
            (m.group(1) is None or not _own_body_name(m.group(1).casefold(), body)):
        return True
    if not any(w in sentence for w in _OTHER_BODY_WORDS):
        return False
    verb = _VERB.search(sentence)
    for m in _OTHER_BODY.finditer(sentence):
        if verb and m.start() > verb.start() and not _MADE_IN.search(sentence, 0, m.start()):
            continue
        if _office_in_body(sentence, m):
            continue
        if not _own_body_name(m.group(1).casefold(), body):
            return True
    return False


# A member's act told in the past tense: "X (SD) reserverade sig", "Y (S) yrkade …", "Z lämnade ett särskilt yttrande".
_PAST_ACT = re.compile(r"\b(?:reserverade|yrkade|lämnade|anmälde|instämde|avgav)\b")


class _EarlierMeeting:
    """Which sentences of a paragraph tell another body's meeting: those of ``_in_other_body``, and a sentence
    right after one of them, in the same section, that tells a member's act in the past tense ("Kommunstyrelsen
    beslutade att föreslå fullmäktige att avslå motionen. Jan Ek (SD) reserverade sig mot beslutet.").

    Why: the earlier stage quoted in a fullmäktige extract ("Ärendets tidigare behandling") puts its reservant in a
    sentence of their own, which named no body and was taken for fullmäktige's reservation."""

    def __init__(self, sections: list[tuple[str, int, int]], text: str) -> None:
        self.sections = sections
        self.section = -1  # the start of the section of the last sentence of another meeting, or -1
        # A paragraph without any of these words has no sentence of another body, so none of another meeting
        # either (the section stays -1): most paragraphs need no look at their sentences.
        # (Only the words the paragraph holds: a sentence holds no other.)
        self.bodies = tuple(w for w in _BODY_WORDS if w in text)

    def tells(self, text: str, s: int, e: int, ctx: Context) -> bool:
        """Whether the sentence ``text[s:e]`` tells another body's meeting (in order: each answer depends on the
        one before)."""
        if not self.bodies:
            return False
        other = False
        for w in self.bodies:
            if text.find(w, s, e) >= 0:  # (``w in text[s:e]`` without the copy: most sentences hold none)
                other = _in_other_body(text[s:e], ctx)
                break
        if not other and self.section < 0:
            return False
        sentence = text[s:e]
        start = _section_start(self.sections, s)
        if other or (start == self.section and _PAST_ACT.search(sentence)):
            self.section = start
            return True
        self.section = -1
        return False


def _own_body_name(word: str, body: str | None) -> bool:
    """Whether a body's word as written ("kommunstyrelsen", "kommunstyrelsens") is the paragraph's own ``body``."""
    own = (body or "").casefold()
    return bool(own) and (word.startswith(own[:-1]) or own.startswith(word.rstrip("s")[:-2]))


# "Ordföranden i kommunstyrelsen, Kristina Olofsson (S), yrkar …": an office held in the other body, named before
# the person.  (Also "förste vice ordföranden", "ledamoten", "gruppledaren".)
_OFFICE_BEFORE = re.compile(r"(?i)\b(?:(?:förste|andre|vice)\s+)*(?:ordförande(?:n)?|ledamot(?:en)?|ersättare(?:n)?|"
                            r"gruppledare(?:n)?)\s+$")


def _office_in_body(sentence: str, m: re.Match[str]) -> bool:
    """Whether the other body matched by ``m`` is the office of a person named after it ("Ordföranden i
    kommunstyrelsen, X (S), yrkar …"), not the place where the sentence happened.

    Why: the board's chair moving in fullmäktige was read as a report of what happened in the board, and the
    proposal was lost.  Only an office word right before "i" and a comma right after the body's name."""
    return sentence.startswith(",", m.end()) and _OFFICE_BEFORE.search(sentence, 0, m.start()) is not None


# A statement made in the body named right after it: "… lämnade ett särskilt yttrande i regionstyrelsen".
_MADE_IN = re.compile(r"(?i)\b(?:yttrande|uttalande|protokollsanteckning|reserverade\s+sig|reserverar\s+sig)\s+$")


def _people_in(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    out = []
    for m in find_people(text[start:end], start):
        name = strip_genitive(m.name, ctx.known_people)
        name = ctx.full_names.get(name, name)
        if name != m.name:
            m = NameMatch(name, m.party, m.party_text, m.start, m.end, m.with_others, m.roles)
        out.append(m)
    return _with_group_party(out, text, start, end, ctx)


def _with_group_party(out: list[NameMatch], text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """``out`` with the people of a list under one party ("A, B och C (samtliga S)") that it does not hold, in order.

    Why: such a list gave no one (or only names the attendance list knows), so its reservation lost the group."""
    group = [m for m in group_party_people(text[start:end], start)
             if not any(o.start < m.end and m.start < o.end for o in out)]
    for m in group:
        name = ctx.full_names.get(m.name, m.name)
        out.append(m if name == m.name else NameMatch(name, m.party, m.party_text, m.start, m.end, False, ()))
    return sorted(out, key=lambda m: m.start) if group else out


# "Socialdemokraterna genom Karl-Erik Olsson och Margareta Löfgren samt Vänsterpartiet genom Per Holm": a party
# acts through the people named after "genom", without their parties (those stand elsewhere in the minutes).
_BARE = r"[A-ZÅÄÖÉ][^\W\d_]+(?:-[A-ZÅÄÖÉ][^\W\d_]+)?"
_THROUGH = re.compile(rf"\bgenom\s+({_BARE}(?:[ \u00a0]+{_BARE}){{1,2}}"
                      rf"(?:\s*(?:,|\boch\b)\s*{_BARE}(?:[ \u00a0]+{_BARE}){{1,2}}){{0,6}})")
_BARE_NAME = re.compile(rf"{_BARE}(?:[ \u00a0]+{_BARE}){{1,2}}")


# A passive giving verb with its agent after "av": "Särskilt yttrande avgavs av Mona Alm (mp)", "Till protokollet
# antecknas på begäran av Rolf Sundqvist (m) att …".
_PASSIVE_BY = re.compile(r"(?i)(?:avgavs|anfördes|gjordes|lämnades|anmäldes|antecknas)\s+(?:på\s+begäran\s+)?av\s+")
# Where the agents end: the content of the note ("att …") or an appendix reference (", bilaga 1").
_AGENTS_END = re.compile(r"(?i)\batt\b|,\s*bilaga\b")


def _passive_agents(text: str, verb_at: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people after "av" of a passive giving verb at ``verb_at``, up to "att" or ", bilaga".

    Why: older minutes write statements in the passive ("Särskilt yttrande avgavs av A (mp), bilaga 1."), so the
    giver stands after the verb, not before it as the active sentences' subject does.
    """
    m = _PASSIVE_BY.match(text, verb_at, end)
    if m is None:
        return []
    stop = _AGENTS_END.search(text, m.end(), end)
    return _people_in(text, m.end(), stop.start() if stop else end, ctx)


# "Centerpartiets grupp lämnar genom Maria Sundén (C) följande anteckning": the giver named after the verb.
_VERB_THROUGH = re.compile(r"[ \t\n\u00a0]+genom[ \t\n\u00a0]+")
# "… lämnar ett gemensamt särskilt yttrande genom A (S) och B (V):": "genom" after the statement's noun.
_OBJECT_THROUGH = re.compile(r"(?i)\b(?:yttrande|uttalande|anteckning|protokollsanteckning)[ \t\n\u00a0]+"
                             r"(?=genom[ \t\n\u00a0])")


def _agents_through(text: str, verb_end: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people a party group gives its statement through, named right after the giving verb ending at
    ``verb_end`` ("Centerpartiets grupp lämnar genom Maria Sundén (C) följande anteckning …").

    Why: the subject before the verb is the group and names nobody, so the statement was dropped; the person
    after "genom" gives it, as in "Sverigedemokraterna genom Tomas Hultgren (SD) lämnar …".  Also "genom" after the
    statement's noun, where two parties give one statement through their members."""
    m = _VERB_THROUGH.match(text, verb_end, end)
    if m:
        return _through(text, m.start(), end, ctx)
    # After the statement's noun ("Socialdemokraterna och Vänsterpartiet lämnar ett gemensamt särskilt yttrande
    # genom A (S) och B (V):"), the people up to the colon or full stop, with their parties.
    m = _OBJECT_THROUGH.search(text, verb_end, min(end, verb_end + 60))
    if m is None:
        return []
    stop = re.compile(r"[:.](?:\s|$)").search(text, m.end(), end)
    stop_at = stop.start() if stop else end
    return _people_in(text, m.end(), stop_at, ctx) or _through(text, m.end(), stop_at, ctx)


def _through(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    out = []
    for g in _THROUGH.finditer(text, start, end):
        for m in _BARE_NAME.finditer(text, g.start(1), g.end(1)):
            name = ctx.full_names.get(m.group(), m.group())
            out.append(NameMatch(name, ctx.party_of.get(name), None, m.start(), m.end(), False, ()))
    return out


# The last item of a list of people written without its party: "A (fp), B (v) och C till förmån för …".
_BARE_TAIL = re.compile(rf"\s*(?:,|och|samt)\s+({_BARE}(?:[ \u00a0]+{_BARE}){{1,2}})(?![\w(])")


def _bare_list_tail(text: str, pos: int, end: int, ctx: Context) -> list[NameMatch]:
    """A person of the minutes named without a party right after a list of people with parties, up to ``end``.

    Why: a name given with its party earlier in the minutes is often written bare at the end of a list ("…, Anders
    Moberg (v) och Yngve Ramsten till förmån för …"); only a name the document knows counts.
    """
    m = _BARE_TAIL.match(text, pos, end)
    if m is None:
        return []
    name = ctx.full_names.get(m.group(1), m.group(1))
    if name not in ctx.known_people:
        return []
    return [NameMatch(name, ctx.party_of.get(name), None, m.start(1), m.end(1), False, ())]


def _listed_bare(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """People of the attendance list named without their party: "Vänsterpartiets ledamot Jonas Åberg lämnar …"."""
    out = []
    for m in _BARE_NAME.finditer(text, start, end):
        name, at = ctx.full_names.get(m.group(), m.group()), m.start()
        if name not in ctx.known_people and m.group().count(" ") == 2:
            # "Gruppledaren Kristoffer Lind lämnar …": a capitalised title opening the sentence is no first name.
            at = m.start() + m.group().index(" ") + 1
            name = ctx.full_names.get(text[at:m.end()], text[at:m.end()])
        if name in ctx.known_people:
            out.append(NameMatch(name, ctx.party_of.get(name), None, at, m.end(), False, ()))
    return out


# "Lindfors (M)", "Ek (KD)": a surname alone with its party, as a subject ("Lindfors (M) reserverar sig").
_SURNAME_PARTY = re.compile(rf"(?<![\w-])({_BARE})[ \u00a0]*\(([A-Za-zÅÄÖåäö]{{1,4}})\)")


def _surnamed(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """People of the attendance list named by their surname and party only, each the one listed person of that
    surname and party.

    Why: a secretary who names the members in full in the attendance list may name them by surname in the text
    ("Lindfors (M) reserverar sig mot beslutet"), and no one was read; a surname that two listed people share
    stays unread."""
    out = []
    for m in _SURNAME_PARTY.finditer(text, start, end):
        party = canonical_party(m.group(2))
        found = [n for n in ctx.known_people if n.rsplit(" ", 1)[-1] == m.group(1) and " " in n
                 and (party is None or ctx.party_of.get(n) in (None, party))]
        if len(found) == 1:
            out.append(NameMatch(found[0], ctx.party_of.get(found[0]) or party, m.group(2), m.start(1), m.end(),
                                 False, ()))
    return out


# A subject of surnames alone: "Ek och Lund", "Ek, Berg samt Lund".
_SURNAMES_SUBJECT = re.compile(rf"\s*({_BARE}(?:\s*(?:,|\boch\b|\bsamt\b)\s*{_BARE})*)\s*")
_SURNAME = re.compile(_BARE)


def _surnames_only(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """People of the attendance list named by their surname alone as the whole subject ("Ek och Lund reserverar sig
    mot beslutet"), each the one listed person of that surname.

    Why: a secretary who names the members in full in the attendance list may name them by surname alone in the
    text, and the reservation had no one; a surname that two listed people share, or a subject with any other
    word, gives no one."""
    m = _SURNAMES_SUBJECT.fullmatch(text, start, end)
    if m is None:
        return []
    out = []
    for w in _SURNAME.finditer(text, m.start(1), m.end(1)):
        found = [n for n in ctx.known_people if " " in n and n.rsplit(" ", 1)[-1] == w.group()]
        if len(found) != 1:
            return []
        out.append(NameMatch(found[0], ctx.party_of.get(found[0]), None, w.start(), w.end(), False, ()))
    return out


# What joins the names of one list: a comma, "och", "samt".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)")
# The same after a party note for the names before it: "A, B och C, samtliga SD, samt D (M)", "E och F, båda (V),".
_NOTED_LIST_JOIN = re.compile(r"\s*,\s*(?:samtliga|alla|båda|bägge)\s+(?:\(\s*)?[A-Za-zÅÄÖåäö]{1,4}(?:\s*\))?"
                              r"\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)")


def _bare_list_head(text: str, start: int, people: list[NameMatch], ctx: Context) -> list[NameMatch]:
    """People of the minutes named without their parties in a list that goes on to the first named with a party:
    "Socialdemokraternas ledamöter Tommy Larsson, Eva Nyman och Per-Ola Strand samt Kristina Ohlsson (V)
    reserverar sig" gives the three before Kristina Ohlsson (their parties from the attendance).

    Why: once one name with a party was found, the bare names before it were not looked for, so a group named
    under its party's genitive lost all but the last.  Only names that the list joins up to that first name; a
    join may carry the party of the names before it ("A, B och C, samtliga SD, samt D (M) reserverar sig"; why: the
    note broke the list, and the group reserved without anyone)."""
    if not people or people[0].party is None:
        return []
    bare = [m for m in _listed_bare(text, start, people[0].start, ctx) if m.name not in {p.name for p in people}]
    out: list[NameMatch] = []
    pos = people[0].start
    for m in reversed(bare):
        if _LIST_JOIN.fullmatch(text, m.end, pos) is None and _NOTED_LIST_JOIN.fullmatch(text, m.end, pos) is None:
            break
        out.append(m)
        pos = m.start
    return out[::-1]


# A list item of one name: "- Eva Lund (S)", "• Per Ek (V)".
_NAME_ITEM = re.compile(rf"[ \t]*(?:[-–•*▪●◦][ \t]*)?({_NAME_ENTRY})[ \t]*[.,;]?[ \t]*(?:\n|$)")


def _listed_below(text: str, end: int, ctx: Context) -> list[NameMatch]:
    """The people listed one to a line under a sentence ending in a colon ("Följande reserverar sig …:")."""
    if not text[:end].rstrip().endswith(":"):
        return []
    pos = end
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    pos = text.rfind("\n", 0, pos) + 1
    out: list[NameMatch] = []
    while (m := _NAME_ITEM.match(text, pos)) is not None:
        out.extend(_people_in(text, m.start(1), m.end(1), ctx))
        pos = m.end()
    return out


# The verb, then perhaps the group the names belong to: "reserverar sig Socialdemokraternas ledamöter Eva Ek och …",
# "reserverar sig ledamöterna Eva Ek och …" (why: with the group's words before them the names reserved no one).
_GROUP_BEFORE_NAMES = re.compile(r"\S+(?:\s+sig)?\s+(?:(?:[A-ZÅÄÖ][\w-]+s\s+)?(?:ledamöter(?:na)?|ledamot(?:en)?)\s+)?")


def _bare_after_verb(text: str, verb_at: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people of the attendance list named without parties after a reserving verb, as one list ("Mot beslutet
    reserverar sig Gunnar Ek, Lena Berg och Britt Lund, samtliga (sjvp)."): the first right after the verb, each
    next joined to the one before by a comma, "och" or "samt".

    Why: the people after the verb were read only with a party of their own each, so a group with one party for
    all ("samtliga (x)", "båda (x)") after the verb reserved no one; before the verb the bare names were read."""
    people = _listed_bare(text, verb_at, end, ctx)
    if not people or not _GROUP_BEFORE_NAMES.fullmatch(text, verb_at, people[0].start):
        return []
    return _joined_run(text, people)


def _joined_run(text: str, people: list[NameMatch]) -> list[NameMatch]:
    """The first of ``people`` and those after it that a list's comma, "och" or "samt" joins on, up to the first
    that something else stands before."""
    out = [people[0]]
    for m in people[1:]:
        if _LIST_JOIN.fullmatch(text, out[-1].end, m.start) is None:
            break
        out.append(m)
    return out


# A reserver's note on the appendix between two names: "…, skriftligt enligt bilaga 2, samt", ", se bilaga 3, och".
_APPENDIX_NOTE_JOIN = re.compile(r"\s*,\s*(?:(?:skriftlig(?:t|en)?|muntlig(?:t|en)?)\s+)?(?:enligt|se)\s+"
                                 r"(?:bilaga|bil\.)\s*[\w.]{0,6}\s*,\s*(?:och|samt)\s+")


def _past_appendix_note(text: str, pos: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people named after a note on the appendix that follows the one before them ("reserverar sig A (V),
    skriftligt enligt bilaga 2, samt B (S)").

    Why: the note's "enligt" ends the reservers (it cuts an object such as "enligt förvaltningens förslag"), so
    the names after it reserved no one."""
    m = _APPENDIX_NOTE_JOIN.match(text, pos, end)
    if m is None:
        return []
    people = _people_in(text, m.end(), end, ctx)
    if not people or people[0].start != m.end():
        return []
    return _joined_run(text, people)


# A party group as the whole subject: "Socialdemokraternas ledamöter", "Ledamöterna för S".
_GROUP_SUBJECT = re.compile(r"\s*(?:[A-ZÅÄÖ][\w-]+s\s+ledamöter|Ledamöterna\s+(?:för|i)\s+\S+)\s+")


def _bare_appended(text: str, s: int, verb_at: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people of a party group that reserves, named without parties after a comma at the sentence's end
    ("Socialdemokraternas ledamöter reserverar sig mot beslutet, Eva Ek och Per Lund.").

    Why: with the group as the subject the names come last, as an apposition; only people of the attendance list
    that one list joins right up to the sentence's end count, so a name inside the object is never read."""
    if not _GROUP_SUBJECT.fullmatch(text, s, verb_at):
        return []
    people = _listed_bare(text, verb_at, end, ctx)
    if not people or not text[:people[0].start].rstrip().endswith(","):
        return []
    for a, b in pairwise(people):
        if _LIST_JOIN.fullmatch(text, a.end, b.start) is None:
            return []
    return people if not text[people[-1].end:end].strip(" \t\n.") else []


def _ref(m: NameMatch, mt: MappedText) -> PersonRef:
    return PersonRef(m.name, m.party, _span(mt, m.start, m.end), m.with_others)


def _subject_people(text: str, s: int, verb_at: int, ctx: Context, e: int | None = None) -> list[NameMatch]:
    """People named before the verb of a sentence: its subject ("X yrkar för Partiet" names X before the verb)."""
    people = [p for p in _people_in(text, s, e if e is not None else verb_at, ctx) if p.start < verb_at]
    # "… bifall till Anna Svenssons (S) yrkande" stands after the verb; "Ordföranden ställer … X:s" is no subject.
    return _before_nominee([m for m in people if not text[m.end: verb_at].lstrip().startswith(("yrkande", "förslag"))],
                           text)


# "Stig Ek (SD) nominerar Ann Lund (SD), Sveg, och yrkar att hon väljs": the one nominated is no subject.
_NOMINATES = re.compile(r"(?i)\s(?:nominerar|nominerade|föreslår|föreslog)\s")


def _before_nominee(people: list[NameMatch], text: str) -> list[NameMatch]:
    """The subject people without those named after a nominating verb that follows the first of them."""
    for k in range(1, len(people)):
        if _NOMINATES.search(text, people[0].end, people[k].start):
            return people[:k]
    return people


def _bare_subject(text: str, s: int, verb_at: int, ctx: Context, mt: MappedText) -> list[PersonRef]:
    """A listed person named without a party as the subject right before the verb ("Hans Ek yrkade att …"), as
    minutes that print no parties (a company board's) name their members: only the name and the verb."""
    if not re.fullmatch(r"\s*\S+(?:\s+\S+){1,3}\s+", text[s:verb_at]):
        return []
    return [_ref(p, mt) for p in _listed_bare(text, s, verb_at, ctx) if not text[p.end:verb_at].strip()]


# "Revisorernas ordförande Eva Ek yrkar …", "Valberedningens vice ordförande Bo Lund föreslår …": the chair of
# another body, with no party printed, as the whole subject before the verb.
_OTHER_BODY_CHAIR = re.compile(r"[ \t\u00a0]*[A-ZÅÄÖ][a-zåäö-]+s[ \u00a0]+(?:(?:förste|andre|1:e|2:e)[ \u00a0]+)?"
                               r"(?:vice[ \u00a0]+)?ordförande[ \u00a0]+"
                               rf"({_BARE}(?:[ \u00a0]+{_BARE}){{1,2}})[ \u00a0]+")


def _other_body_chair(text: str, s: int, verb_at: int, mt: MappedText) -> list[PersonRef]:
    """The chair of another body named without a party as the subject of a motion ("Revisorernas ordförande Eva
    Ek yrkar bifall till punkt 2"), party None.

    Why: such a chair (the auditors' at an ansvarsfrihet, the valberedning's at an election) is in no attendance
    list, and a name without a party is read only for listed people, so the motion was nobody's."""
    m = _OTHER_BODY_CHAIR.fullmatch(text, s, verb_at)
    if m is None:
        return []
    name = " ".join(m.group(1).split())
    return [PersonRef(name, None, _span(mt, m.start(1), m.end(1)))]


# "Yrkanden: Ordföranden yrkar bifall.": the unnamed chair's motion after an inline label.
_LABELLED_ORDF = re.compile(r"\s*(?:yrkanden?|förslag\s+till\s+beslut(?:\s+på\s+sammanträdet)?)\s*:\s*"
                            r"(?:ordföranden|ordf\.)\s+(?:yrka|föresl)", re.I)


def _labelled_chair_motion(sentence: str) -> bool:
    """Whether a sentence (up to its verb) is the unnamed chair's motion after an inline label opening its line
    ("Yrkanden: Ordföranden yrkar bifall.").

    Why: ``_ORDF_ALONE`` wants "Ordföranden" to open the sentence, and a label run into the line before it (as
    minutes that set "Yrkande:" inline write it) made the chair's motion no one's."""
    return _LABELLED_ORDF.match(sentence, sentence.rfind("\n") + 1) is not None


def _chair_ref(ctx: Context, mt: MappedText, s: int, e: int, with_others: bool = False) -> list[PersonRef]:
    if not ctx.chair:
        return []
    return [PersonRef(ctx.chair, ctx.party_of.get(ctx.chair), _span(mt, s, e), with_others)]


def _present(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``words`` (lower case) that ``text`` may hold as a case-insensitive pattern reads it: those its
    lowered text holds, or all where it cannot be lowered place for place.  So ``may_hold(text, words, s, e)`` is
    ``may_hold(text, _present(text, words), s, e)`` for any span, and an empty answer means False for every span."""
    low = lowered(text)
    return words if low is None else tuple(w for w in words if w in low)


def _joined_without_vote(refs: list[PersonRef], ctx: Context, section: str | None) -> bool:
    """Whether those who join a yrkande are ersättare who do not serve, or join it under an ersättaryttrande's
    heading: a view on the yrkande, no proposal (an ersättare who does not serve has no vote and moves nothing).

    Why: "Eva Ek (SD) instämmer i Sverigedemokraternas yrkande" under "Ersättaryttrande" made her a proposer."""
    return section == "ersättaryttrande" or all(r.name in ctx.substitutes for r in refs)


def find_proposals(mt: MappedText, ctx: Context,
                   sections: list[tuple[str, int, int]] | None = None) -> tuple[Proposal, ...]:
    text = mt.text
    sections = sections or []
    out: list[Proposal] = []
    # A sentence gives a proposal only with a verb of moving or joining (each holds one of these words) or under
    # "Yrkanden": a paragraph with neither needs no look at its sentences (most paragraphs).
    yrkanden = any(k == "proposals" for k, _s, _e in sections)  # (else no sentence is under "Yrkanden")
    if yrkanden or may_hold(text, _MOVING_WORDS) or \
            any(w in text for w in _JOINS_BARE_STRINGS) or \
            (any(w in text for w in _SUGGESTS_STRINGS) and (")" in text or "ordföranden" in text.casefold())):
        quotes = _quote_spans(text)
        earlier = _EarlierMeeting(sections, text)
        sents = sentences(text)
        # The words that the sentences' pre-checks look for, only those the paragraph holds (a word it lacks is in
        # none of its sentences): most sentences then need no look for the others.
        propose_words = _present(text, _PROPOSE_WORDS)
        joins_words = _present(text, _JOINS_PROPOSAL_WORDS)
        suggests = "resl" in text or "begär" in text  # (_suggests' own pre-check, and _nominates' below)
        nominates = "nominer" in text
        bare_verbs = "nstämm" in text or "iträd" in text
    else:
        sents = []
    for i, (s, e) in enumerate(sents):
        if earlier.tells(text, s, e, ctx):
            continue
        m = (_PROPOSE.search(text, s, e) if propose_words and may_hold(text, propose_words, s, e) else None) or \
            (_suggests(text, s, e) if suggests else None) or (_nominates(text, s, e) if nominates else None)
        joins = _JOINS_PROPOSAL.search(text, s, e) if joins_words and may_hold(text, joins_words, s, e) else None
        # The verbs looked up as plain strings first: most sentences have neither.
        if m is None and joins is None and bare_verbs and \
                (text.find("nstämm", s, e) >= 0 or text.find("iträd", s, e) >= 0) and \
                (bare := _JOINS_BARE.search(text, s, e)) and yrkanden and _section_at(sections, s) == "proposals":
            joins = bare
        if m is None and joins:
            # "Leif Granqvist (SD) instämmer i Kjell Anderssons yrkande": joining a proposal is moving it.
            refs = [_ref(p, mt) for p in _subject_people(text, s, joins.start(), ctx, e)]
            if not refs and _ORDF_JOINS.match(text, s, joins.end()):
                refs = _chair_ref(ctx, mt, s, e)  # "Ordföranden instämmer i X:s yrkande": the chair, unnamed
            if not refs:
                refs = _bare_subject(text, s, joins.start(), ctx, mt)  # "Eva Ek instämde i …" (no parties printed)
            if refs and _joined_without_vote(refs, ctx, _section_at(sections, s)):
                continue
            if refs:
                out.append(_proposal(mt, refs, s, _after_colon(text, sents, i, sections), joins.start()))
            continue
        if m is None and yrkanden and _section_at(sections, s) == "proposals" and \
                (listed := _table_row_proposals(text, s, e, ctx, mt) or _inverted_joiners(text, s, e, ctx, mt)):
            out.extend(listed)
            continue
        if m is None and yrkanden and _section_at(sections, s) == "proposals":
            # "Pär Löfstrand, fp: Bifall till …", "Yrkande: X (C) – bifall …": a proposal listed without the verb.
            lead = _people_in(text, s, e, ctx)
            movers = _co_listed_movers(text, lead)
            support = _SUPPORTED_BY.match(text, lead[0].end, e) if lead else None
            if support:
                # "X (S), med instämmande av Y (V): Bifall till …": the co-movers before the colon propose too.
                colon = text.find(":", support.end(), e)
                movers += [p for p in lead[1:] if p.start >= support.end() and p.end <= colon]
            # ("Eva Ek (V) m.fl.: bifall …": "m.fl." after the party may stand before the colon.)
            if movers and re.match(r"\s*(?:m\.?\s?fl\.?\s*)?(?::|[–-]\s)", text[movers[-1].end:]) and \
                    _leads(text, s, lead[0].start):
                out.append(_proposal(mt, [_ref(p, mt) for p in movers], s, _after_colon(text, sents, i, sections),
                                     lead[0].start))
            continue
        if not m or not _outside_quotes(m.start(), quotes):
            continue
        if re.search(r"\byrkande\s+från\b", m.group(), re.I):
            continue
        subject = _subject_people(text, s, m.start(), ctx, e)
        refs = [_ref(p, mt) for p in subject]
        if not refs and ((alone := _ORDF_ALONE.match(text[s:m.end()])) or _labelled_chair_motion(text[s:m.end()])):
            refs = _chair_ref(ctx, mt, s, e, bool(alone and alone.group(1)))
        if not refs:
            refs = _bare_subject(text, s, m.start(), ctx, mt) or _other_body_chair(text, s, m.start(), mt)
        if not refs:
            refs = [_ref(p, mt) for p in _inverted_movers(text, s, m, e, ctx)]
        support = None
        if refs:
            # "X (S) yrkar avslag med instämmande av Y (V)": the motion's kind may stand before the co-movers, and so
            # may its object: "X (V) yrkar avslag på förslaget med instämmande av Y (MP)" (why: the co-mover was
            # lost where the object came between).
            support = _SUPPORTED_BY.match(text, m.end(), e) or (_SUPPORT_PHRASE.search(text, m.end(), e)
                                                                 if text.find("nstämmande", m.end(), e) >= 0 or
                                                                 text.find("med stöd", m.end(), e) >= 0 else None)
        if support:
            # "Peter Lind (V) yrkar, med instämmande av Anders Ryd (MP), att …": the co-mover proposes too.
            refs += [_ref(p, mt) for p in _supporters(text, support.end(), e, ctx)]
        if refs and (text.find("nstämm", m.end(), e) >= 0 or text.find("iträd", m.end(), e) >= 0):
            refs += [_ref(p, mt) for p in _joiners_in_clause(text, m.end(), e, ctx)]
        if refs:
            out.append(_proposal(mt, refs, s, _after_colon(text, sents, i, sections),
                                 min([p.start for p in subject] + [m.start()])))
            if (second := _coordinated_motion(mt, m.end(), e, ctx)) is not None:
                out.append(second)
    if "\t" in text and "rkande" in text:
        out.extend(_proposal_table_rows(text, ctx, mt, out))
    return tuple(out)


# ", och Eva Ek (KD) yrkar bifall till …": a clause of its own after a comma and "och"/"samt".
_AND_CLAUSE = re.compile(r",\s+(?:och|samt)\s+")


def _coordinated_motion(mt: MappedText, at: int, e: int, ctx: Context) -> Proposal | None:
    """The motion of a second mover whose own clause follows the first motion in the same sentence ("Ola Berg (M)
    yrkar att …, och Eva Ek (KD) yrkar bifall till Bergs yrkande"): the people right before the sentence's next
    verb of moving, after the last ", och" before it, as its whole subject.

    Why: one proposal was read a sentence, from the people before its first verb, so the second mover was lost."""
    text = mt.text
    verb = _PROPOSE.search(text, at, e)
    if verb is None:
        return None
    clause = None
    for clause in _AND_CLAUSE.finditer(text, at, verb.start()):  # noqa: B007 - the last one before the verb
        pass
    if clause is None:
        return None
    subject = _subject_people(text, clause.end(), verb.start(), ctx, e)
    if not subject or subject[0].start != clause.end() or text[subject[-1].end:verb.start()].strip():
        return None
    return _proposal(mt, [_ref(p, mt) for p in subject], clause.end(), e, subject[0].start)


def _proposal(mt: MappedText, refs: list[PersonRef], s: int, e: int, keep: int) -> Proposal:
    """A proposal of its movers read from the sentence ``mt.text[s:e]``, its text and evidence the motion proper
    (_statement_bounds: no "Yrkanden:" or "Förslag till beslut på sammanträdet" before it, ``keep`` its mover's
    or its verb's place)."""
    a, b = _statement_bounds(mt.text, s, e, keep)
    return Proposal(tuple(refs), _span(mt, a, b), _statement_text(mt.text, a, b))


# The header row of a table of motions with a column for the mover's name: "Namn | Parti | Yrkande",
# "Ledamot | Yrkande".
_PROPOSAL_TABLE_HEAD = re.compile(r"(?im)^[ \t]*(?:namn|ledamot|förslagsställare)\t+(parti\t+)?(?:yrkanden?|förslag)"
                                  r"[ \t]*$")
_MOVER_CELL = re.compile(r"[A-ZÅÄÖÉ][\w'-]+(?:[ \u00a0][A-ZÅÄÖÉ][\w'-]+){1,3}")


def _proposal_table_rows(text: str, ctx: Context, mt: MappedText, found: list[Proposal]) -> list[Proposal]:
    """The proposals of a table whose header names the mover's column and the motion's ("Namn | Parti | Yrkande"):
    one per row below with a name in the first cell (the party in its own cell) and a motion in the last.

    Why: the rows name the mover without a bracketed party and no verb, so no proposal was found in them; the
    table has no "Yrkanden" heading above it either.  Only rows up to the table's end (a line without a TAB), and
    never a mover already found by the prose rules."""
    m = _PROPOSAL_TABLE_HEAD.search(text)
    if m is None:
        return []
    seen = {r.name for p in found for r in p.by}
    width = len(m.group().strip().split("\t"))
    out: list[Proposal] = []
    pos = m.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = text[pos:end].split("\t")
        if len(cells) != width:
            break  # the table ends (a line of prose, or another table such as the vote's)
        name, party = cells[0].strip(), canonical_party(cells[1]) if m.group(1) else None
        if _MOVER_CELL.fullmatch(name) and len(cells[-1].strip()) > 2 and (party or not m.group(1)):
            name = ctx.full_names.get(name, name)
            if name not in seen:
                seen.add(name)
                start = pos + (len(cells[0]) - len(cells[0].lstrip()))
                ref = PersonRef(name, party, _span(mt, start, start + len(cells[0].strip())), False)
                out.append(Proposal((ref,), _span(mt, pos, end), _collapse(text[pos:end])))
        pos = end + 1
    return out


# "Under överläggningen yrkar X (S) bifall …", "Därefter yrkar …": an adverbial that opens the sentence puts the
# verb before its subject.
_ADVERBIAL_OPENING = re.compile(r"(?i)(?:(?:under|vid|på|i|efter)\s+[a-zåäö]+(?:\s+[a-zåäö]+)?|därefter|sedan|då|"
                                r"vidare|slutligen)\s*,?\s*")
# "… och Jenny Skog (C) avslag": a further mover with the verb left out, the kind of motion right after the name.
_ELIDED_MOTION = re.compile(r"\s+(?:bifall|avslag|återremiss|bordläggning|ändring|tillägg)", re.I)
_AND_BEFORE = re.compile(r"(?:\s+(?:och|samt)|\s*,)\s+$")


def _inverted_movers(text: str, s: int, m: re.Match[str], e: int, ctx: Context) -> list[NameMatch]:
    """The movers of a sentence whose verb stands before its subject after an opening adverbial ("Under
    överläggningen yrkar X (S) bifall … och Y (C) avslag"): the person right after the verb, and each further
    person joined by "och"/"samt"/a comma with a kind of motion right after the name (the verb left out).

    Why: the movers were looked for before the verb only, so a proposal told in one prose sentence with the
    adverbial first (the vote following in the same paragraph) had no mover."""
    if not _ADVERBIAL_OPENING.fullmatch(text, s, m.start()):
        return []
    people = _people_in(text, m.end(), e, ctx)
    if not people or text[m.end():people[0].start].strip():
        return []
    movers = [people[0]]
    for p in people[1:]:
        if _AND_BEFORE.search(text, movers[-1].end, p.start) and _ELIDED_MOTION.match(text, p.end):
            movers.append(p)
    return movers


# A word of a motion in the cell beside the movers ("Bifall till …", "Ändringsyrkande punkt 3: …"), so that a roll
# call's "Ja | Nej" rows of names ("Per Sundin (S)<TAB>Tobias Edlund (M)") are no proposals.
_MOTION_WORD = re.compile(r"(?i)\b(?:bifall|avslag|återremiss|bordläggning|\w*yrkande|ändring|tillägg|att)\b")
# What may stand between the movers in a table cell that names only them: "Karin Ståhl (S), med instämmande av Ali
# Yousef (V) och Marita Lund (C)".
_MOVERS_CELL_GAP = re.compile(r"(?i)(?:\s|,|\.|;|\boch\b|\bsamt\b|\bmed\s+instämmande\s+(?:av|från)\b)*")


def _table_row_proposals(text: str, s: int, e: int, ctx: Context, mt: MappedText) -> list[Proposal]:
    """The proposals of a table under "Yrkanden" whose rows give the proposal in one cell and its movers alone in
    the first or the last cell: "1<TAB>Bifall till …<TAB>Karin Ståhl (S), med instämmande av …" (a Word grid "Nr |
    Yrkande | Yrkande av"), "Carl-Johan Rydén (M)<TAB>Bifall till …" (a definition list of person and yrkande).

    Why: such a table names no verb and no colon after the mover, so its rows gave no proposal at all.  A cell
    counts only when it holds nothing but people (and "och", commas, "med instämmande av"), so that a name inside
    the proposal's text is no mover; a header row ("Nr | Yrkande | Yrkande av") names nobody."""
    if text.find("\t", s, e) < 0:
        return []
    out: list[Proposal] = []
    pos = text.rfind("\n", 0, s) + 1
    while pos < e:
        end = text.find("\n", pos)
        # (A row whose sentence ends before the line does is read up to the sentence's end, not the paragraph's:
        # "Carl-Johan Rydén (M)<TAB>Bifall till … förslag. Instämmer gör …" was the proposal to the end.)
        end = e if end < 0 or end > e else end
        if text.find("\t", pos, end) >= 0:
            cells: list[tuple[int, int]] = []
            at = pos
            for cell in text[pos:end].split("\t"):
                cells.append((at, at + len(cell)))
                at += len(cell) + 1
            for cs, ce in (cells[0], cells[-1]) if len(cells) > 1 else ():
                people = _people_in(text, cs, ce, ctx)
                if not people or text[cs:people[0].start].strip():
                    continue
                gaps = [(a.end, b.start) for a, b in pairwise(people)] + [(people[-1].end, ce)]
                if all(_MOVERS_CELL_GAP.fullmatch(text, a, b) for a, b in gaps) and \
                        any(_MOTION_WORD.search(text, a, b) for a, b in cells if (a, b) != (cs, ce)):
                    out.append(Proposal(tuple(_ref(p, mt) for p in people), _span(mt, pos, end),
                                        _collapse(text[pos:end])))
                    break
        pos = end + 1
    return out


# "Instämmer gör Eva-Lena Berg (C) och Mattias Sjögren (KD).": joining the proposal before, verb first; also with
# the proposal joined first, "I hennes yrkande instämmer A (SD) och B (V).", "Till Eva Eks yrkande ansluter sig C (L)".
_INVERTED_JOIN = re.compile(r"(?i)\s*(?:(?:instämmer|instämde|biträder|biträdde)\s+(?:gör|gjorde)|"
                            r"(?:i|till)\s+(?:hans|hennes|deras|dennes|(?:\S+\s+){0,2}\S+s)\s+\w*yrkande(?:t|n)?\s+"
                            r"(?:instämmer|instämde|ansluter\s+sig|anslöt\s+sig))\s+(?=[A-ZÅÄÖÉ])")


def _inverted_joiners(text: str, s: int, e: int, ctx: Context, mt: MappedText) -> list[Proposal]:
    """The people who join a proposal in a sentence with the verb first ("Instämmer gör X (C) och Y (KD).") under
    "Yrkanden"; joining a proposal is moving it.

    Why: only "X instämmer i …" and "X instämmer." were read, so the co-movers of an inverted sentence were lost."""
    if not (m := _INVERTED_JOIN.match(text, s)):
        return []
    refs = [_ref(p, mt) for p in _people_in(text, m.end(), e, ctx)]
    return [Proposal(tuple(refs), _span(mt, s, e), _collapse(text[s:e]))] if refs else []


# "Ordföranden X (L) föreslog att nämnden skulle besluta …", "Y m.fl. (S) föreslår att ärendet återremitteras": the
# Stockholm style of a motion in the meeting.  Only with "att" or a kind of motion right after the verb, never
# "X (V) föreslår i en motion …" (the motion being answered, no motion of the meeting).  The kind may take its
# article: "Z (S) föreslår ett tillägg om att …" (why: the article hid the motion, so its mover was lost).
# Also a request to table or return the matter, the motion of order a member makes: "X (M) begär att ärendet
# bordläggs", "… begärde att ärendet skulle återremitteras" (why: the mover was lost; "begär votering" and "begär att
# få anteckna" are no motions, so only the matter's tabling or return).
_SUGGEST = re.compile(r"\bföresl(?:og|år)\s+(?=(?:att|bifall|avslag|återremiss|ändring|tillägg)\b|"
                      r"(?:ett|en)\s+(?:tillägg|ändring|återremiss)\w*\b)|"
                      r"\bbegär(?:de)?\s+(?=att\s+ärendet\s+(?:ska\s+|skulle\s+)?(?:bordlägg|återremitter))", re.I)


# The order in which the points are decided: "(föreslår att) beslutspunkt 1 avgörs för sig", "… att punkterna
# behandlas var för sig", "… följande propositionsordning"; and the meeting's agenda: "(föreslår att) ärendet
# läggs till", "… tas upp som extra ärende", "… läggs till dagordningen" (never "läggs till handlingarna").
_DECISION_ORDER = re.compile(r"(?i)\b(?:avgörs|behandlas|beslutas|prövas)\s+(?:var\s+)?för\s+sig\b|"
                             r"\bpropositionsordning|\bbeslutsgång|\bdagordning|"
                             r"\bläggs\s+till\b(?!\s+(?:handlingarna|protokollet))|\btas\s+upp\s+som\s+extra")


def _order_of_decision(text: str, start: int, e: int) -> bool:
    """Whether what is suggested after "föreslår att" is the order of deciding or the agenda, not a motion on the
    matter.

    Why: "Ordföranden föreslår att beslutspunkt 1 (skattesatsen) avgörs för sig och beslutspunkterna 2–6 för sig"
    under Beslutsgång proposes how the meeting votes, as "Ordföranden ställer …" does; it was read as the chair's
    motion.  So was "Ordföranden föreslår att ärendet läggs till" in the paragraph that approves the agenda."""
    return _DECISION_ORDER.search(text, start, e) is not None


def _suggests(text: str, s: int, e: int) -> re.Match[str] | None:
    """The verb "föreslår att"/"föreslog att" of a proposal made in the meeting, if the sentence has one.

    Why: many big-city minutes write the motions under Beslutsgång as "föreslog att nämnden skulle besluta"
    instead of "yrkade"; the subject before the verb is the mover as with "yrkar".  A plain-string look first,
    since most sentences have no such verb.  The mover must stand right before the verb ("… (S) föreslog",
    "Ordföranden föreslår"): "Valberedningen … föreslår att" after a title naming a person is no motion of theirs.
    """
    if text.find("resl", s, e) < 0 and text.find("begär", s, e) < 0:
        return None
    m = _SUGGEST.search(text, s, e)
    if m is None or _order_of_decision(text, m.end(), e):
        return None
    before = text[max(s, m.start() - 12):m.start()].rstrip()
    return m if before.endswith(")") or before.casefold().endswith("ordföranden") else None


# "Malin Fransson (M) nominerar Jonas Rydell (M) till ledamot i …", "X (SD) nominerar i stället Y (SD) till …": a
# nomination in a valberedning or an election is the nominating member's proposal.
_NOMINATE = re.compile(r"\bnominer(?:ar|ade)\s+(?:i\s+stället\s+|också\s+|även\s+)?(?=[A-ZÅÄÖ])")


def _nominates(text: str, s: int, e: int) -> re.Match[str] | None:
    """The verb "nominerar" of a nomination made in the meeting, if the sentence has one.

    Why: a valberedning's minutes record each proposal as "X (M) nominerar A (M) till …", never with "yrkar", so
    its proposals were lost.  As for _suggests, the nominating member must stand right before the verb ("… (M)
    nominerar"), and a capitalised name must follow it; "partiet nominerar" or a passive is no motion of a member."""
    if text.find("nominer", s, e) < 0:
        return None
    m = _NOMINATE.search(text, s, e)
    if m is None:
        return None
    return m if text[max(s, m.start() - 12):m.start()].rstrip().endswith(")") else None


# What may stand between two movers listed before the colon: "A (M), B (C) och ordföranden C (KD): bifall …".
_MOVER_GAP = re.compile(r"\s*(?:,|,?\s*och|,?\s*samt)\s+(?:[a-zåäö-]+\s+)?")


def _co_listed_movers(text: str, lead: list[NameMatch]) -> list[NameMatch]:
    """The first person of a proposal listed without a verb, and those listed with them before the colon.

    Why: "Roger Nilsson (M), Åsa Karlsson (C) och ordföranden Peter Hultgren (KD): bifall till …" names three
    movers of one proposal.  Only names joined by commas and "och"/"samt" (a lower-case title such as
    "ordföranden" allowed), so that a name in the proposal's text after the colon is no mover."""
    movers = lead[:1]
    for nxt in lead[1:]:
        if not _MOVER_GAP.fullmatch(text, movers[-1].end, nxt.start):
            break
        movers.append(nxt)
    return movers


# Where a clause of its own starts inside a sentence: after a semicolon or a comma, or at "och".
_CLAUSE_JOIN = re.compile(r"[;,]\s*(?:och\s+)?|\s+och\s+")


def _joiners_in_clause(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """The people who join a proposal in a clause after the motion in the same sentence ("X (M) yrkar att …; Y (M)
    instämmer.", "X (M) yrkar att …, och Y (C) instämmer i Xs yrkande."): those named right before the joining
    verb, after the clause's start.

    Why: a sentence with "yrkar" was read for its subject only, so the member joining in its second clause was no
    mover."""
    join = _JOINS_PROPOSAL.search(text, start, end) or _JOINS_BARE.search(text, start, end)
    if join is None:
        return []
    clause_at = None
    for clause in _CLAUSE_JOIN.finditer(text, start, join.start()):
        clause_at = clause.end()  # the last clause before the joining verb
    if clause_at is None:
        return []
    people = _supporters(text, clause_at, join.start(), ctx)
    if not people or text[people[-1].end:join.start()].strip():
        return []  # the joiners stand right before their verb
    return people


def _supporters(text: str, start: int, end: int, ctx: Context) -> list[NameMatch]:
    """The co-movers after "med instämmande av" at ``start``: the first person there and those listed with them
    ("av A (L), B (C) och C (KD), att …"), up to the first text that is no list separator.

    Why: the co-movers were read up to the first comma only, so a list of three lost all but the first."""
    people = _people_in(text, start, end, ctx)
    if not people or not re.fullmatch(r"\s*(?:[a-zåäö-]+\s+){0,2}", text[start:people[0].start]):
        return []  # only a title ("ledamoten", "ordföranden") may stand before the first co-mover
    return _co_listed_movers(text, people)


# "Yrkande 1 – Kommunstyrelsens ordförande …": a numbered label and the mover's title before the name.
_TITLE_LEAD = re.compile(r"(?i)\s*(?:yrkande\s+\d{1,2}\s*[:.–-]\s*)?(?:[a-zåäö-]+s\s+)?"
                         r"(?:(?:1:e\s+|2:e\s+)?vice\s+)?(?:ordförande|ordföranden|gruppledare|[a-zåäö]*rådet)\s*")


def _leads(text: str, s: int, at: int) -> bool:
    """The mover's name opens the listed proposal: near the sentence start, or after only a label and a title."""
    return at - s < 30 or _TITLE_LEAD.fullmatch(text, s, at) is not None


# "anmäler ett yttrande:", "lämnar följande yttrande till protokollet": a member's yttrande, not one over a matter
# ("lämnar ett yttrande över remissen", "yttrande till kommunstyrelsen" is the body's answer).
_MEMBER_YTTRANDE = re.compile(r"(?i)\s+(?:ett|följande|sitt|eget)\s+yttrande(?:\s+till\s+protokollet)?"
                              r"\s*(?::|[”\"“]|\.?$)")


def _member_yttrande(sentence: str, give: re.Match[str]) -> str | None:
    """ "särskilt yttrande" where the giving verb has a plain "ett yttrande" as its object and the statement
    follows after a colon or in quotes ("Rolf Engström (SD) anmäler ett yttrande: ”…”"), else None.

    Why: some cities (Göteborg) call the särskilt yttrande just "Yttrande", so ``_KIND_WORDS`` found no kind and
    the statement was lost; an answer to a remiss names what it is over or whom it goes to, so it is none.

    A sentence that opens with "Ersättaren" gives an ersättaryttrande, whatever follows "ett yttrande" other than
    "över"/"till" ("Ersättaren Bo Ek (C) lämnar ett yttrande om …"): a body's answer has no ersättare as giver."""
    if _ERSATTARE_OPENS.match(sentence) and _ERSATTARE_YTTRANDE.match(sentence, give.end()):
        return "ersättaryttrande"
    return "särskilt yttrande" if _MEMBER_YTTRANDE.match(sentence, give.end()) else None


_ERSATTARE_OPENS = re.compile(r"(?i)\s*ersättar(?:en|na|e)\s")
# "anför att", "framhåller att": an ersättare's view given in the § in words of saying, not of giving a statement.
_ERSATTARE_SAYS = re.compile(r"(?i)\b(?:anför|anförde|framför|framförde|framhåller|framhöll|påpekar|påpekade)\s+att\b")


def _ersattare_says(sentence: str) -> re.Match[str] | None:
    """The verb of saying in a sentence that opens with "Ersättaren" ("Ersättaren Bo Ek (C) anför att …"), or None.

    Why: an ersättare, who has no vote, is in a § only with a view of her own, an ersättaryttrande; without a heading
    of that kind above it (a plain "Yttrande") no verb of giving was found and the statement was lost."""
    return _ERSATTARE_SAYS.search(sentence) if _ERSATTARE_OPENS.match(sentence) else None
_ERSATTARE_YTTRANDE = re.compile(r"(?i)\s+(?:ett|sitt|eget|följande)\s+yttrande\b(?!\s+(?:över|till)\b)")


def _kind_in(text: str) -> str | None:
    for kind, pat in _KIND_WORDS:
        if pat.search(text):
            return kind
    return None


# ------------------------------------------------------------------------------------------- statement text

# A label that only names the kind of statement or proposal before the statement itself, with the group it names:
# "Reservation: …", "Särskilt yttrande (SD): …", "Protokollsanteckning – …", "Yrkanden: …", "SÄRSKILT YTTRANDE
# (M, L, KD)" / "Vi …", "Särskilt yttrande från Socialdemokraterna" / "Vi …", "Yrkanden  Kommunstyrelsens …".  Not
# a label that says more ("Reservation till förmån för …:", "Yrkande 3 – …", "Tilläggsyrkande: …") or a sentence
# that opens with the word ("Reservation anmäls av …").
_KIND_LABEL = re.compile(
    r"(?i:(?:skriftlig\s+)?reservation(?:er)?|särskil(?:t|da)\s+(?:yttrande|uttalande)n?|ersättaryttranden?|"
    r"protokollsanteckning(?:ar)?|yrkanden?|nominering(?:ar)?)"
    r"(?:[ \t]+(?i:från)[ \t]+[A-ZÅÄÖ][\wåäö-]*)?(?:[ \t]*\([^()\n]{1,30}\))?"
    # set off by a colon or a dash, a line break, a column gap, or a capitalised word after it
    r"(?:[ \t]*[:–—-][ \t]*\n?|[ \t]*\n|[ \t]{2,}(?=\S)|[ \t]+(?=[A-ZÅÄÖ][a-zåäöéü]|[A-ZÅÄÖ]{2}))")
# A heading over the statements that names the part of the meeting they were made in: "Förslag till beslut på
# sammanträdet", "Ärendets behandling under mötet", "Förslag och yrkanden under sammanträdet".
_PROCEEDINGS_HEADING = re.compile(r"[A-ZÅÄÖ][\wåäö -]{0,50}?\s(?i:under|på|vid)\s+(?i:sammanträdet|mötet)")
# A meeting named before what was said there or above a written statement: "Kommunstyrelsens arbetsutskott
# 2013-04-29, § 52", "Kultur- och fritidsnämnden 2018-04-19, § 34, Samverkansavtal om drift av".
_MEETING_REFERENCE = re.compile(r"[A-ZÅÄÖ][^\n§]{2,80}?\s(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}\s+\d{4}),?\s*"
                                r"(?:[A-ZÅÄÖa-zåäö]{1,6}\s*)?§\s*\d{1,4}(?:\s?[a-h])?\b(?:,[ \t]*[A-ZÅÄÖ][^\n]*)?")
# A label naming the matter above a written statement: "Ärende: Samverkansavtal om … (KS 2024/0214)".
_MATTER_LABEL = re.compile(r"(?i:ärende|angående|avser|gäller|rubrik)\s*:\s*\S[^\n]*")
# The last line of the statement before, a signer with a title: "Anna Grahn, gruppledare".
_TITLED_SIGNER = re.compile(rf"{_BARE}(?:[ \u00a0]+{_BARE}){{1,3}}(?:[ \t]*\([^()\n]{{1,6}}\))?[ \t]*,[ \t]*"
                            r"[a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*){0,3}")
# The place and date a written statement is signed at: "Visby 2024-06-17", "Höganäs den 10 september 2024".
_PLACE_DATE = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]+,?[ \t]+(?:den[ \t]+)?)?"
                         r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[a-zåäö]+[ \t]+\d{4}|\d{1,2}/\d{1,2}[ \t]+\d{4})")
# A heading line that wraps goes on on the next line: "… Samverkansavtal om drift av" / "Gavlevallen".
_WRAPS_ON = re.compile(r"\s(?:av|för|om|i|med|till|och|samt|på|vid|mellan|från|inom|över)$")


def _heading_line(line: str, title: str) -> bool:
    """Whether a line above a statement is a heading over it rather than its first words: a section heading, a
    heading over the statements collected together, the part of the meeting, a meeting's reference, the matter
    (its label, or the paragraph's title repeated), or the signer who closed the statement before."""
    t = line.strip()
    if not t or len(t) > 120:
        return False
    # (A heading in lower case is the wrapped end of a sentence: "… lämnar följande" / "särskilda yttrande:".)
    return bool((t[:1].isupper() and section_kind(t)) or collected_statements_heading(t)
                or _PROCEEDINGS_HEADING.fullmatch(t)
                or _MEETING_REFERENCE.fullmatch(t) or _MATTER_LABEL.fullmatch(t) or _TITLED_SIGNER.fullmatch(t)
                or (title and _collapse(t).casefold() == _collapse(title).casefold()))


def _after_labels(text: str, s: int, e: int, keep: int, title: str = "") -> int:
    """Where a statement's own words start in ``text[s:e]``: after a list item's bullet, a label that only names
    its kind and the heading lines above it (see _KIND_LABEL, _heading_line), never after ``keep`` (its first
    signatory or its verb).

    Why: the statement's text ran from its sentence's start, so "Reservation: …", "Förslag till beslut på
    sammanträdet …", an earlier meeting's "Kommunstyrelsens arbetsutskott 2013-04-29, § 52" or a written
    reservation's "SÄRSKILT YTTRANDE (M, L, KD)" opened what an analyst reads and full-text search finds; the
    kind is the statement's class already.  A heading line only where the next line opens with a capital."""
    while True:
        while s < keep and text[s].isspace():
            s += 1
        if text.startswith(("- ", "– ", "• ", "* "), s):  # "- Anna Ek (S): bifall …"
            s += 2
            continue
        m = _KIND_LABEL.match(text, s)
        if m and m.end() <= keep and _LETTER.search(text, m.end(), e):
            s = m.end()
            continue
        nl = text.find("\n", s, keep)
        if nl < 0 or not _NEXT_LINE_OPENS.match(text, nl + 1):
            return s
        label = _KIND_LABEL.match(text, nl + 1)
        if not (label and label.end() <= keep) and not _heading_line(text[s:nl], title):
            return s  # (a line over a kind's label, "Del 1 – Yttrande" / "Yrkande: …", is a heading too)
        if _WRAPS_ON.search(text, s, nl) and (after := text.find("\n", nl + 1, keep)) > 0 and \
                _NEXT_LINE_OPENS.match(text, after + 1) and not _ENDS_SENTENCE.search(text, nl + 1, after):
            nl = after  # "… Samverkansavtal om drift av" / "Gavlevallen": the heading's wrapped end
        s = nl + 1


_LETTER = re.compile(r"[^\W\d_]")
# What the line after a heading opens with: a capital (a name, "Vi", "Ordföranden"), a bullet or a quote.
_NEXT_LINE_OPENS = re.compile(r"[ \t]*[A-ZÅÄÖÉ\-–•*”\"“(]")


# Page furniture that a statement's text may run into: a continued paragraph's heading ("RF § 87 forts.", "59 §
# forts.", "(Paragraf 79 forts.)", "Forts. HSN § 45").
_CONTINUED_HEAD = re.compile(r"(?i)\(?\s*(?:(?:[a-zåäö]{1,6}\s*)?(?:§\s*\d{1,4}[a-z]?|\d{1,4}\s*§)|paragraf\s+\d{1,4})"
                             r"\s*,?\s*\(?\s*forts(?:\.|ättning)?\s*\)?\s*\.?\s*\)?|"
                             r"forts(?:\.|ättning)\s+(?:[a-zåäö]{1,6}\s*)?§\s*\d{1,4}|"
                             r"\(\s*forts(?:\.|ättning)?[^()\n]{0,20}\)")  # "(forts.)", "(forts. § 90)"
# After the statement's last sentence: a line without a letter (a page number, a table's rules "| |", a running
# head's date, a list's next number "2."; not a closing quote), a running head's "Sammanträdesdatum", a footnote
# ("2 Regionens beslut 2023-11-21, § 254.").
_TRAILING_FURNITURE = re.compile(r"[^A-Za-zÅÄÖåäöÉé”\"“()]*|(?i:sammanträdesdatum)\b[^A-Za-zÅÄÖåäö]*|"
                                 r"\d{1,2}[ \t]+[A-ZÅÄÖ].*")
_ENDS_SENTENCE = re.compile(r"(?:[.!?][”\"]?\)?|[”\"])[ \t]*$")


def _before_furniture(text: str, s: int, e: int) -> int:
    """Where a statement ends in ``text[s:e]``: before the page furniture, the next list item's number, the
    footnotes and the place and date of signing that follow its last sentence on lines of their own (see
    _TRAILING_FURNITURE, _CONTINUED_HEAD, _PLACE_DATE).

    Why: a sentence runs on to the next capital, so "… yrkande. (Paragraf 79 forts.)", "… yttrande. 4 ,
    Sammanträdesdatum" and "… förslag. 2." were the statements' last words.  Only where the text before them
    ends a sentence: furniture mid-sentence is left to _statement_text."""
    end = e
    while end > s and text[end - 1].isspace():
        end -= 1
    cut = end
    while cut > s:
        nl = text.rfind("\n", s, cut)
        if nl < 0:
            break
        line = text[nl + 1:cut].strip()
        if not (_TRAILING_FURNITURE.fullmatch(line) or _CONTINUED_HEAD.fullmatch(line) or _PLACE_DATE.fullmatch(line)):
            break
        cut = nl
        while cut > s and text[cut - 1].isspace():
            cut -= 1
    return cut if cut < end and _ENDS_SENTENCE.search(text, s, cut) else e


def _statement_bounds(text: str, s: int, e: int, keep: int | None = None, title: str = "") -> tuple[int, int]:
    """The statement proper within its sentence ``text[s:e]``: without the labels and headings before it
    (_after_labels) and the page furniture after it (_before_furniture)."""
    s2 = _after_labels(text, s, e, e if keep is None else min(keep, e), title)
    e2 = _before_furniture(text, s2, e)
    return (s2, e2) if text[s2:e2].strip() else (s, e)


def _block_bounds(text: str, start: int, end: int, title: str = "") -> tuple[int, int]:
    """The text of a statement signed below it (``text[start:end]`` up to its signatures): from its last heading
    line (see _heading_line), without the headings and the place and date of signing (_statement_bounds).

    Why: the text ran from the section's heading, so "SÄRSKILT YTTRANDE (M, L, KD)", a written reservation's
    "Kultur- och fritidsnämnden 2018-04-19, § 34, …" and, where the section went on, the statements and the
    distribution list before it were the statement's words."""
    pos = end
    while pos > start:
        nl = text.rfind("\n", start, pos - 1)
        line_start = nl + 1 if nl >= 0 else start
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if line_start > start and line_end < end and _NEXT_LINE_OPENS.match(text, line_end + 1) and \
                _heading_line(text[line_start:line_end], title):
            start = line_start
            break
        pos = line_start
    return _statement_bounds(text, start, end, title=title)


def _signer_line(line: str) -> bool:
    """A line of signatures under a statement: names with parties ("Bo Strand (M)   Lisa Ek (KD)", "A (S), B (C)
    och C (MP)"), a group's signer ("För Socialdemokraterna: Pernilla Ek (S)") or the groups they sign for
    ("För Socialdemokraterna<gap>För Centerpartiet")."""
    t = line.strip()
    return bool(t) and bool(_NAMES_LINE.fullmatch(t) or _SIGNERS_LINE.fullmatch(t) or _party_signed(t)
                            or all(_FOR_GROUP_CELL.fullmatch(c.strip()) for c in COLUMN_GAP.split(t) if c.strip()))


# The group a statement is signed for, a cell of its own: "För Socialdemokraterna", "För Moderaterna och
# Kristdemokraterna".
_FOR_GROUP_CELL = re.compile(r"För[ \t]+[A-ZÅÄÖ][^\n.:;,]{2,80}")


def _signed_body(text: str, sections: list[tuple[str, int, int]], s: int, title: str) -> tuple[int, int] | None:
    """The text that the signatures at ``s`` sign: the statement section's words above the signatures that end
    before ``s`` (see _signer_line, _block_bounds), or None where the names stand first under the heading.

    Why: a statement signed under its text ("Protokollsanteckning" / "Moderaterna … lämnar följande
    protokollsanteckning: ”…”" / "Bo Strand (M)" / "Lisa Ek (KD)") had only its signer's name as its text."""
    start = _section_start(sections, s)
    end = s
    while end > start:
        nl = text.rfind("\n", start, end - 1)
        if nl < 0 or not _signer_line(text[nl + 1:end]):
            break
        end = nl + 1
    first_nl = text.find("\n", start, end)
    if first_nl < 0 or not _LETTER.search(text, first_nl + 1, end):
        return None  # nothing but the heading above the names
    a, b = _block_bounds(text, start, end, title)
    return (a, b) if text[a:b].strip() and not _signer_line(text[a:b]) else None


def _statement_text(text: str, s: int, e: int) -> str:
    """The words of ``text[s:e]`` on one line, without a continued paragraph's heading that a page break put
    amid them ("… biljettpriser för" / "RF § 87 forts." / "gotlänningar.", also a bare "§ 87")."""
    chunk = text[s:e]
    if "orts" in chunk or "§" in chunk:
        chunk = "\n".join(ln for ln in chunk.split("\n")
                          if not (_CONTINUED_HEAD.fullmatch(ln.strip()) or _NUMBER_LINE.fullmatch(ln.strip())))
    return _collapse(chunk)


def _reservation_heading_sections(text: str, sections: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The sections with a reservation section from each written reservation's heading (``_RES_HEADING``) that
    stands inside a statement section of another kind ("Ersättaryttrande" / "… anför att …" / "Bilaga 2 –
    Reservation (V), § 45" / "Vi reserverar oss …" / the signatures): the heading ends that section.

    Why: the segmenter takes no such appendix heading for a section's, so the reservation's signatories were read
    as the ersättaryttrande's signers."""
    if "Reservation" not in text or not any(k in STATEMENT_KINDS for k, _s, _e in sections):
        return sections
    out = list(sections)
    for h in _RES_HEADING.finditer(text):
        at = h.start() + len(h.group()) - len(h.group().lstrip())
        # The section a position is in is the last that starts at or before it (``_section_at``).
        k = max((k for k, (_kind, s, _e) in enumerate(out) if s <= at), default=None, key=lambda k: out[k][1])
        if k is None or out[k][0] not in STATEMENT_KINDS or out[k][1] == at:
            continue
        out.insert(k + 1, ("reservation", at, out[k][2]))
    return out


def find_statements(mt: MappedText, sections: list[tuple[str, int, int]], ctx: Context,
                    title: str = "") -> tuple[Statement, ...]:
    """Reservations and statements: sentences with a giving verb and the people before it.  ``title``, the
    paragraph's, marks a written statement's heading that repeats it."""
    text = mt.text
    sections = _reservation_heading_sections(text, sections)
    out: list[Statement] = _party_headed_statements(mt)
    claimed: set[tuple[str, str]] = set()
    # A sentence gives a statement only with a reserving, labelling or giving word (see _STATEMENT_WORDS) or under
    # a statement's heading: a paragraph with neither needs no look at its sentences.
    if any(k in _STATEMENT_SECTIONS for k, _s, _e in sections) or may_hold(text, _STATEMENT_WORDS):
        quotes = _quote_spans(text)
        earlier = _EarlierMeeting(sections, text)
        sents = sentences(text)
        # The words that the sentences' pre-checks look for, only those the paragraph holds (see find_proposals).
        reserve_words = _present(text, _RESERVE_WORDS)
        kind_hints = _present(text, _KIND_HINTS)
        give_words = _present(text, _GIVE_WORDS)
    else:
        sents = []
    for i, (s, e) in enumerate(sents):
        if not _outside_quotes(s + 1, quotes):
            continue
        sec = _section_at(sections, s)
        sentence = text[s:e]
        if earlier.tells(text, s, e, ctx):
            continue
        res = (_RESERVE.search(sentence) if reserve_words and may_hold(text, reserve_words, s, e) else None) or \
            (_LABELLED_RESERVATION.search(sentence) if "förmån" in sentence else None)
        if res is None and "eservation" in sentence and sec != "ersättaryttrande" and \
                not re.match(r"(?i)\s*ersättar", sentence):
            res = _JOINS_RESERVATION.search(sentence)
        kind: str | None = None
        verb_at = None
        if res is None and (labelled := _labelled_statement(text, s, e, ctx)) is not None:
            st_kind, listed, label_party = labelled
            key = (st_kind, "|".join(sorted(p.name for p in listed)))
            if key not in claimed:
                claimed.add(key)
                refs = [PersonRef(p.name, p.party or label_party, _span(mt, p.start, p.end)) for p in listed]
                a, b = _statement_bounds(text, s, _quote_end(text, s, _after_colon(text, sents, i, sections),
                                                             quotes), listed[0].start)
                quote = _quote_after(text, b)
                out.append(Statement(st_kind, tuple(refs), _span(mt, a, b),
                                     parties=tuple(dict.fromkeys(r.party for r in refs if r.party)),
                                     text=_statement_text(text, a, b) + (f" ”{quote}”" if quote else "")))
            continue
        cut_from = None
        if res:
            kind = "reservation"
            verb_at = s + res.start()
            # "Reservation till förmån för eget yrkande: Ingrid Modig (V)": the label's own "till förmån för"
            # cuts no object; the people follow it.
            cut_from = s + res.end() if res.group().endswith(":") else None
        else:
            if sec not in _STATEMENT_SECTIONS and not (kind_hints and may_hold(text, kind_hints, s, e)):
                continue  # no kind to be found below (see _KIND_HINTS): most sentences
            g = _GIVE.search(sentence) if give_words and may_hold(text, give_words, s, e) else None
            if g is None and sec not in ("reservation", *STATEMENT_KINDS):
                g = _ersattare_says(sentence)
            if g is None:
                if sec in ("reservation", *STATEMENT_KINDS):
                    # "Reservationer\nGunnar Lindh, m, och Birgitta Hult, kd." — a list under the heading.
                    listed = _people_in(text, s, e, ctx) or _row_people(text, s, e, ctx)
                    first = "\n" not in text[_section_start(sections, s): s].strip() or \
                        (sec != "reservation" and (_NAMES_LINE.fullmatch(sentence.strip())
                                                   or _party_signed(sentence.strip())
                                                   or _signers_after_quote(text, s, sentence))) or \
                        re.match(r"(?i)\s*(?:särskilt\s+)?(?:yttrande|reservation|protokollsanteckning|"
                                 r"ersättaryttrande|uttalande)\s*:", sentence) or \
                        (sec == "reservation" and listed and (_RESERVATION_ENTRY.match(text, listed[-1].end, e)
                                                              or _names_list_so_far(text, _section_start(sections, s),
                                                                                    e)))
                    if first and listed and (listed[0].start - s < 30 or _party_signed(sentence.strip())) and \
                            not re.search(r"[”\"“]", text[s:listed[0].start]):
                        st_kind = "reservation" if sec == "reservation" else sec
                        key = (st_kind, "|".join(sorted(p.name for p in listed)))
                        if key not in claimed:
                            claimed.add(key)
                            refs = [_ref(p, mt) for p in listed]
                            end = _quote_end(text, s, _after_colon(text, sents, i, sections), quotes)
                            a, b = _statement_bounds(text, s, end, listed[0].start)
                            quote = _quote_after(text, b)
                            span = _span(mt, a, b)
                            if sec != "reservation" and _signer_line(sentence) and \
                                    (body := _signed_body(text, sections, s, title)):
                                # Names signing the text above them: that text is the statement's.
                                span = _span(mt, body[0], b)
                                a, b = body
                                quote = ""
                            out.append(Statement(st_kind, tuple(refs), span,
                                                 parties=tuple(dict.fromkeys(r.party for r in refs if r.party)),
                                                 text=_statement_text(text, a, b) + (f" ”{quote}”" if quote else "")))
                continue
            verb_at = s + g.start()
            if sec in ("särskilt uttalande", "särskilt yttrande", "ersättaryttrande", "protokollsanteckning") and (
                    _ENDORSE.search(sentence) or _kind_in(sentence) in (None, sec)
                    or sec == "ersättaryttrande"):
                kind = sec
            else:
                kind = _kind_in(sentence[g.start():]) or _kind_in(sentence)
                if kind and _ENDORSE.search(sentence) and re.match(r"(?i)\s*ersättar", sentence):
                    kind = "ersättaryttrande"
            if kind is None:
                kind = _briefly_endorsed_kind(sentence, out)
            if kind is None:
                kind = _member_yttrande(sentence, g)
            if kind is None and g.re is _ERSATTARE_SAYS:
                kind = "ersättaryttrande"
            if kind is None:
                continue
        cut = _CUT_OBJECT.search(text, cut_from or verb_at, e)
        subject_end = verb_at
        people = _people_in(text, s, subject_end, ctx) or _listed_bare(text, s, subject_end, ctx) or \
            _surnamed(text, s, subject_end, ctx) or _surnames_only(text, s, subject_end, ctx)
        people = _bare_list_head(text, s, people, ctx) + people
        if not people and kind != "reservation":
            people = _passive_agents(text, verb_at, cut.start() if cut else e, ctx)
        if not people and kind != "reservation" and g is not None:
            people = _agents_through(text, s + g.end(), cut.start() if cut else e, ctx)
        if kind == "reservation":
            # "Mot beslutet reserverar sig A (S) och B (V)": the people may follow the verb.
            after = _people_in(text, verb_at, cut.start() if cut else e, ctx)
            if after:
                after += _bare_list_tail(text, after[-1].end, cut.start() if cut else e, ctx)
                after += _past_appendix_note(text, after[-1].end, e, ctx)
            people = people + after or _through(text, verb_at, cut.start() if cut else e, ctx) or \
                _listed_below(text, e, ctx) or _bare_after_verb(text, verb_at, cut.start() if cut else e, ctx) or \
                _bare_appended(text, s, verb_at, e, ctx)
        if not people:
            if kind != "reservation" and _ORDF_ALONE.match(sentence):
                refs = _chair_ref(ctx, mt, s, e)
            else:
                parties = _party_only(sentence) or (_party_subject(text, s, verb_at)
                                                    if kind != "reservation" and not _ENDORSE.search(sentence) else ())
                if parties:
                    # "Liberalerna lämnar ett särskilt yttrande, bilaga 2.": its text too, though no one signs it.
                    a, b = _statement_bounds(text, s, _quote_end(text, s, _after_colon(text, sents, i, sections),
                                                                 quotes), verb_at)
                    quote = _quote_after(text, b)
                    out.append(Statement(kind, (), _span(mt, a, b), parties=parties,
                                         text=_statement_text(text, a, b) + (f" ”{quote}”" if quote else "")))
                continue
        else:
            refs = [_ref(p, mt) for p in people]
        if kind not in ("reservation", "ersättaryttrande") and _ENDORSE.search(sentence) and (
                re.match(r"(?i)\s*ersättar", sentence) or (people and all(p.name in ctx.substitutes for p in people))):
            # "Ersättaren Ida Sandberg (FI) instämde i protokollsanteckningen", also under that heading and
            # where only the attendance list says that Elin Kask is a non-serving ersättare.
            kind = "ersättaryttrande"
        key_names = tuple(sorted(r.name for r in refs))
        if (kind, "|".join(key_names)) in claimed:
            continue
        claimed.add((kind, "|".join(key_names)))
        endorses = None
        if kind != "reservation" and _ENDORSE.search(sentence):
            endorses = _endorsed(out, sentence)
        # Its words start no later than its first signatory or its verb ("Reservation:" is a label, no verb).
        keep = [p.start for p in people] + ([verb_at] if cut_from is None or not people else [])
        a, b = _statement_bounds(text, s, _quote_end(text, s, _after_colon(text, sents, i, sections), quotes),
                                 min(keep), title)
        quote = _quote_after(text, b)
        out.append(Statement(kind, tuple(refs), _span(mt, a, b),
                             parties=tuple(dict.fromkeys(r.party for r in refs if r.party)),
                             endorses=endorses, text=_statement_text(text, a, b) + (f" ”{quote}”" if quote else "")))
    out.extend(_group_signed(mt, sections, claimed, title))
    out.extend(_signed_blocks(mt, sections, claimed, out, title))
    out.extend(_leader_signed(mt, sections, claimed, ctx, title))
    out.extend(_written_reservations(mt, claimed, title))
    return tuple(_late_endorsements(_drop_signed_party_only(out)))


# The signers of a quoted statement on a line of their own: "Magnus Olofsson (S), Therese Lind (C) och Alva
# Persson (MP)" (commas, and "och" or "samt" before the last).
_SIGNERS_LINE = re.compile(rf"{_NAME_ENTRY}(?:,? {_NAME_ENTRY})*(?:,? (?:och|samt) {_NAME_ENTRY})?")


def _signers_after_quote(text: str, s: int, sentence: str) -> bool:
    """Whether a sentence under a statement heading is a line of names with parties joined by commas and "och"
    right after the statement's quoted text: its signers.

    Why: ``_NAMES_LINE`` reads names set apart by commas or gaps only, so a joint statement whose quote came first
    and whose signers followed as "A (S), B (C) och C (MP)" had no one behind it."""
    return text[:s].rstrip().endswith(("”", '"')) and _SIGNERS_LINE.fullmatch(sentence.strip()) is not None


# "Protokollsanteckning från (V)", "Yttrande (S, V, MP)", "Särskilt yttrande från S, V och MP": a statement's heading
# that names the parties giving it, alone on its line.
_PARTY_HEADING = re.compile(r"(?m)^[ \t]*((?:[Ss]ärskilt[ \t]+)?(?:[Yy]ttrande|[Uu]ttalande)|[Pp]rotokollsanteckning)"
                            r"(?:[ \t]+från)?[ \t]*\(?([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}(?:[ \t]*(?:,|och)[ \t]*"
                            r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}){0,5})\)?[ \t]*$")


def _party_headed_statements(mt: MappedText) -> list[Statement]:
    """The party-only statements whose heading names the parties giving them ("Protokollsanteckning från (V)" over
    its quoted text, "Yttrande (S, V, MP)" over "Yttrande från S, V och MP, se bilaga 2"), where the paragraph has a
    sentence joining a statement; a bare "Yttrande" is a särskilt yttrande.

    Why: with no member named, no statement was read, so an ersättare's "instämmer i protokollsanteckningen från
    (V)" had none to join.  Party-only statements give no statement fact of their own."""
    text = mt.text
    if not may_hold(text, _ENDORSE_WORDS) or not _ENDORSE.search(text):
        return []
    out: list[Statement] = []
    for m in _PARTY_HEADING.finditer(text):
        parties = tuple(dict.fromkeys(canonical_party(p.strip()) for p in re.split(r",|\s+och\s+", m.group(2))))
        if not parties or None in parties:
            continue
        word = m.group(1).casefold()
        kind = "protokollsanteckning" if word == "protokollsanteckning" else \
            "särskilt uttalande" if word.endswith("uttalande") else "särskilt yttrande"
        # Its text is what stands under the heading (the heading only names who gives it): the quotation, or the
        # sentence that names no one ("Yttrande från S, V och MP, se bilaga 2.").
        quoted = _QUOTE_AFTER.match(text, m.end())
        end = quoted.end() if quoted else next((e for s, e in sentences(text) if s > m.end()), m.end())
        if end > m.end() and (quoted or not _NAME_ENTRY_RE.search(text, m.end(), end)):
            out.append(Statement(kind, (), _span(mt, m.end() + 1, end), parties=parties,
                                 text=_collapse(text[m.end():end])))
        else:
            out.append(Statement(kind, (), _span(mt, m.start(1), m.end()), parties=parties,
                                 text=_collapse(m.group())))
    return out


# A quotation right after a heading or a sentence: "”Vänsterpartiet vill att …”".
_QUOTE_AFTER = re.compile(rf"\s*[{_QUOTE_MARKS}][^{_QUOTE_MARKS}]{{10,}}[{_QUOTE_MARKS}]")


def _drop_signed_party_only(statements: list[Statement]) -> list[Statement]:
    """The statements without a party's nameless statement ("Socialdemokraterna lämnar följande särskilda
    yttrande: …") that its signers' statement of the same kind and party, read further down, stands for; a
    statement that joined the nameless one joins the signed one.

    Why: the party's sentence is kept so that an ersättare can join it, but where the members sign the text below
    it the two are one statement."""
    out = list(statements)
    for j, st in enumerate(out):
        if st.by or st.kind == "reservation" or not st.parties:
            continue
        # (Its evidence may start with the party's sentence it signs, never before it.)
        signed = next((k for k, o in enumerate(out) if o.by and o.kind == st.kind and o.parties == st.parties
                       and o.span.start >= st.span.start and o.span.end > st.span.end and o.endorses is None), None)
        if signed is None:
            continue
        moved = [replace(o, endorses=signed if o.endorses == j else o.endorses) for o in out]
        del moved[j]
        return _drop_signed_party_only(
            [replace(o, endorses=o.endorses - 1) if o.endorses is not None and o.endorses > j else o for o in moved])
    return out


# The heading of a written reservation inside the paragraph: "Reservation – RF § 87, …", "Reservation:".
# (Also as an appendix printed inside the paragraph, with its label first and the party after the word: "Bilaga 2 –
# Reservation (V), § 45"; why: the heading was not found, so the signatories' reservation was lost and the block was
# read into the section above it.)
_RES_HEADING = re.compile(r"(?m)^[ \t]*(?:Bilaga[ \t]+\d{1,2}[ \t]*[:–-][ \t]*)?Reservation"
                          r"(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]*[:–,-][^\n]{0,150})?[ \t]*$")
# A signature: "Helena Ekström (M)" or a bare "Anders Björk".
_SIGNATURE = re.compile(r"([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){1,3})(?:\s*\(([^()\n]{1,6})\))?")


def _written_reservations(mt: MappedText, claimed: set[tuple[str, str]], title: str = "") -> list[Statement]:
    """A written reservation quoted under its own heading, with its text and then the signatures: each signatory
    reserves ("… reserverar sig skriftligt enligt följande:" / "Reservation – RF § 87 …" / text /
    "Visby 2024-06-17" / "Helena Ekström (M)   Ulf Moberg (M)")."""
    text = mt.text
    if "Reservation" not in text:
        return []
    out: list[Statement] = []
    for h in _reservation_headings(text):
        if not text[max(0, h.start() - 300):h.start()].rstrip().endswith(":") and \
                not _reservation_attached(text, h.start()) and not _first_person_reservation(text, h.end()) and \
                not _RES_FOR_MINUTES.fullmatch(h.group().strip()):
            continue  # only a reservation quoted where the paragraph introduces it ("… enligt följande:")
        pos = h.end() + 1
        prose = 0
        names: list[tuple[str, str | None, int]] = []
        signed_at = pos  # where the signatures start: the text ends before them
        for _ in range(40):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            cells = [(c, pos + line.find(c)) for c in COLUMN_GAP.split(line) if c.strip()]
            sigs = [(_SIGNATURE.fullmatch(c.strip()), at + len(c) - len(c.lstrip())) for c, at in cells]
            if cells and all(m is not None and _is_bare_name(m.group(1)) for m, _ in sigs):
                if not prose:
                    break  # names right under the heading: a list, read elsewhere
                if not names:
                    signed_at = pos
                for m, at in sigs:
                    assert m is not None
                    names.append((m.group(1), canonical_party(m.group(2)) if m.group(2) else None, at))
            elif names:
                break
            elif line.strip():
                if _RES_HEADING.match(line) or (len(line.strip()) < 40 and not re.search(r"\d|[.,]", line)
                                                and not _MATTER_LABEL.match(line.strip())):
                    break  # another heading ("Protokollsanteckning"): the block had no signatures
                prose += 1
            pos = end + 1
        if not names:
            continue
        refs = tuple(PersonRef(n, party, _span(mt, at, at + len(n))) for n, party, at in names)
        key = ("reservation", "|".join(sorted(r.name for r in refs)))
        if key in claimed:
            continue
        claimed.add(key)
        # The text without the heading's matter line, the place and date of signing and the signatures.
        a, b = _statement_bounds(text, h.end(), signed_at, title=title)
        out.append(Statement("reservation", refs, _span(mt, h.start(), pos),
                             parties=tuple(dict.fromkeys(r.party for r in refs if r.party)),
                             text=_statement_text(text, a, min(b, a + 2000))))
    return out


# The heading of a written reservation appended to the minutes, naming them and the paragraph: "Reservation till
# kommunstyrelsens protokoll 2024-10-01, § 303".
_RES_FOR_MINUTES = re.compile(r"Reservation[ \t]+till[ \t]+[^\n]{0,80}?protokoll\b[^\n]{0,40}?§[ \t]*\d{1,4}")
_RES_FOR_MINUTES_LINE = re.compile(rf"(?m)^[ \t]*{_RES_FOR_MINUTES.pattern}[ \t]*$")


def _reservation_headings(text: str) -> list[re.Match[str]]:
    """The headings of written reservations in a paragraph's text, in order: "Reservation", "Reservation – RF § 87"
    and an appendix's "Reservation till kommunstyrelsens protokoll 2024-10-01, § 303".

    Why: a written reservation appended as "Bilaga A" under the paragraph that announced it ("anmäler reservation
    som ska lämnas skriftligt, se bilaga A") names the minutes and the paragraph in its heading; only its
    signatories' names said who stands behind it, so a co-signer who announced nothing was lost.  The heading
    announces the text itself, so no "enligt följande:" before it is needed."""
    found = list(_RES_HEADING.finditer(text))
    if "protokoll" in text:
        found.extend(_RES_FOR_MINUTES_LINE.finditer(text))
        found.sort(key=lambda m: m.start())
    return found


# The first words of a written reservation in the signatories' own voice: "Vi reserverar oss …", "Jag reserverar
# mig …".
# A line naming the matter ("Ärende: …", ``_MATTER_LABEL``) may stand between the heading and those words.
_FIRST_PERSON_RESERVATION = re.compile(rf"\s*(?:{_MATTER_LABEL.pattern}\s*)?"
                                       r"(?:Vi\s+reserverar\s+oss|Jag\s+reserverar\s+mig)\b")


def _first_person_reservation(text: str, end: int) -> bool:
    """Whether the text under a "Reservation" heading ending at ``end`` opens in the first person ("Vi reserverar
    oss mot beslutet."), so that the block is the written reservation itself and the names under it sign it.

    Why: an extract may print the written reservation under its heading with no "enligt följande:" introducing
    it; the first-person wording shows it is the signatories' own text, not a list of reservations.  An appended
    reservation often names the matter first ("Reservation" / "Ärende: Revidering av …" / "Vi reserverar oss …"),
    so that line was the reason its signatories lost their reservation."""
    return _FIRST_PERSON_RESERVATION.match(text, end) is not None


# "Skriftlig reservation bifogas protokollet", "Reservationen bifogas som bilaga": the written reservation is
# attached to the minutes.
_ATTACHED_RESERVATION = re.compile(r"(?i)\b(?:skriftlig\s+)?reservation(?:en)?\s+(?:bifogas|biläggs|bilägges)\b")


def _reservation_attached(text: str, at: int) -> bool:
    """Whether the paragraph says before ``at`` that a written reservation is attached ("Skriftlig reservation
    bifogas protokollet."), so that a "Reservation, bilaga till KS § 87" heading further down is that reservation
    reproduced in an extract, and its signatories reserve.

    Why: an extract prints the attached reservation after "Beslutet skickas till" with no colon introducing it."""
    return bool(_ATTACHED_RESERVATION.search(text, 0, at))


_SIGNED = re.compile(r"(?m)^För ([A-ZÅÄÖ][a-zåäö]+(?: de gröna)?)\b[^\n]{0,60}\n((?:[^\n]+\n?){1,6})")


def _signed_blocks(mt: MappedText, sections: list[tuple[str, int, int]], claimed: set[tuple[str, str]],
                   prior: list[Statement] | None = None, title: str = "") -> list[Statement]:
    """A written reservation or statement signed at its end: "… Vi reserverar oss …" / "För Moderaterna" / names."""
    from ..gazetteer import canonical_party

    text = mt.text
    out: list[Statement] = []
    if "För " not in text:
        return out  # every match of _SIGNED (case-sensitive) holds it: most paragraphs need no scan
    for m in _SIGNED.finditer(text):
        party = canonical_party(m.group(1))
        if party is None:
            continue
        names: list[tuple[str, int]] = []
        pos = m.start(2)
        for line in m.group(2).split("\n"):
            cells = [c for c in COLUMN_GAP.split(line) if c.strip()]
            signed = [_signed_name(c, party) for c in cells]
            if not cells or not all(signed):
                break
            for c, n in zip(cells, signed, strict=True):
                names.append((n or "", pos + line.find(c)))
            pos += len(line) + 1
        if not names:
            continue
        before = text[_section_start(sections, m.start()): m.start()]
        sec = _section_at(sections, m.start())
        kind = "reservation" if re.search(r"(?i)reserv", before) or sec == "reservation" else \
            sec if sec in STATEMENT_KINDS else _kind_in(before)
        if kind is None:
            continue
        refs = tuple(PersonRef(n, party, _span(mt, s, s + len(n))) for n, s in names)
        key = (kind, "|".join(sorted(r.name for r in refs)))
        if key in claimed:
            continue
        claimed.add(key)
        a, b = _block_bounds(text, max(_section_start(sections, m.start()), m.start() - 2000), m.start(), title)
        out.append(Statement(kind, refs, _span(mt, a, m.end()), parties=(party,),
                             text=_statement_text(text, a, b), endorses=_block_endorses(kind, before, prior, party)))
    return out


# A statement signed for a group by one member, with a title after the name: "För Lokalpartiets
# fullmäktigegrupp" / "Bo Fridh (LP), gruppledare", "För den socialdemokratiska gruppen" / "Anna Grahn, gruppledare".
_FOR_GROUP_LINE = re.compile(r"(?m)^[ \t]*För[ \t]+[^\n.:;]{3,120}?[ \t]*\n[ \t]*"
                             rf"({_BARE}(?:[ \u00a0]+{_BARE}){{1,3}})(?:[ \t]*\(([^()\n]{{1,6}})\))?"
                             r"[ \t]*,[ \t]*([a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*){0,3})[ \t]*$")


_APPENDIX_LINE = re.compile(r"(?m)^[ \t]*Bilaga[ \t]+\d{1,2}\b")


def _leader_signed(mt: MappedText, sections: list[tuple[str, int, int]], claimed: set[tuple[str, str]],
                   ctx: Context, title: str = "") -> list[Statement]:
    """A statement (or reservation) under its heading signed "För <group>" and one name with a title after it
    ("Camilla Ståhl (M), gruppledare"): the signer's statement, even where several groups stand behind it.

    Why: ``_signed_blocks`` reads only "För <party>" and bare names (or the group's own party), so a group
    written as "Lokalpartiets fullmäktigegrupp", "den socialdemokratiska gruppen" or three parties' groups, and
    a signer with a title, left the statement without anyone behind it."""
    text = mt.text
    out: list[Statement] = []
    if "För" not in text:
        return out  # every match of _FOR_GROUP_LINE (case-sensitive) holds it
    starts = sorted(s for _k, s, _e in sections)
    for kind, start, _e in sections:
        if kind not in STATEMENT_KINDS and kind != "reservation":
            continue
        end = next((x for x in starts if x > start), len(text))
        if (appendix := _APPENDIX_LINE.search(text, start, end)) is not None:
            end = appendix.start()  # an appendix printed after the section is no part of the statement
        for m in _FOR_GROUP_LINE.finditer(text, start, end):
            name = ctx.full_names.get(m.group(1), m.group(1))
            if not _is_bare_name(name) or (kind, name) in claimed:
                continue
            party = canonical_party(m.group(2)) if m.group(2) else ctx.party_of.get(name)
            claimed.add((kind, name))
            a, b = _block_bounds(text, start, m.start(), title)
            out.append(Statement(kind, (PersonRef(name, party, _span(mt, m.start(1), m.end(1))),),
                                 _span(mt, a, m.end()), parties=(party,) if party else (),
                                 text=_statement_text(text, a, b)))
    return out


def _late_endorsements(statements: list[Statement]) -> list[Statement]:
    """The statements with the endorsement of an "instämmer i …s särskilda yttrande" sentence that was read before
    the statement it joins resolved to it.

    Why: a signed statement is read after the paragraph's sentences (``_leader_signed``), so a substitute's
    endorsing sentence below it found no statement to join."""
    out = list(statements)
    for i, st in enumerate(out):
        if st.endorses is not None or st.kind == "reservation" or not _ENDORSE.search(st.text):
            continue
        # Only a statement made above the endorsing sentence can be the one it joins.
        others = [(k, o) for k, o in enumerate(out)
                  if k != i and o.kind != "reservation" and o.span.start < st.span.start]
        if not others or all(k < i for k, _o in others):
            continue  # the statements before it were looked at when it was read
        best = _endorsed([o for _k, o in others], st.text)
        if best is not None:
            out[i] = replace(st, endorses=others[best][0])
    return out


def _block_endorses(kind: str, before: str, prior: list[Statement] | None, party: str | None = None) -> int | None:
    """The earlier statement that a signed block joins ("Centerpartiet instämmer i Moderaternas särskilda
    yttrande." / "För Centerpartiet" / name), or None.  Never the nameless statement of the block's own kind and
    party ("Centerpartiet lämnar ett särskilt yttrande, bilaga B."): that sentence announces this very block
    (``_drop_signed_party_only`` makes the two one).

    Why: a block signed by a group is read after the sentences of the paragraph, so its endorsement was never
    looked for.  A party's appended statement that backs the decision's own text ("Centerpartiet ställer sig
    bakom yttrandet men …") was read as its signers joining their party's announcement of it."""
    if not prior or kind == "reservation" or not _ENDORSE.search(before):
        return None
    best = _endorsed(prior, before)
    if best is not None and not prior[best].by and prior[best].kind == kind and party in prior[best].parties:
        return None
    return best


# A statement signed by its party group on a line of its own, the signers below: "Moderaterna" / "Viktor Hallgren",
# "Sverigedemokraternas nämndgrupp" / "genom Tomas Jernberg (SD)".
_GROUP_LINE = re.compile(r"(?m)(?<=[.!?”\"]\n)[ \t]*([A-ZÅÄÖ][a-zåäö]{4,})(?:[ \t]+[a-zåäö]*grupp(?:en)?)?[ \t]*\n")
_THROUGH_SIGNER = re.compile(r"(?i)^genom[ \t]+")


def _group_signed(mt: MappedText, sections: list[tuple[str, int, int]], claimed: set[tuple[str, str]],
                  title: str = "") -> list[Statement]:
    """Statements under their heading signed by the party group on a line after the text and the signers on the
    lines below ("Moderaterna" / "Viktor Hallgren"; "Sverigedemokraternas nämndgrupp" / "genom Tomas Jernberg
    (SD)"): the signers' statement, the group's party theirs.

    Why: only a block opened by "För <party>" was read as signed, so the statement had no one behind it.  Only in
    a statement section, and only right after a finished sentence, so a party named in running text signs
    nothing."""
    text = mt.text
    out: list[Statement] = []
    starts = sorted(s for _k, s, _e in sections)
    for kind, start, _e in sections:
        if kind not in STATEMENT_KINDS:
            continue
        end = next((x for x in starts if x > start), len(text))
        for m in _GROUP_LINE.finditer(text, start, end):
            party = canonical_party(m.group(1))
            if party is None:
                continue
            refs: list[PersonRef] = []
            pos = m.end()
            while pos < end:
                nl = text.find("\n", pos, end)
                line = text[pos: nl if nl >= 0 else end]
                cell = _THROUGH_SIGNER.sub("", line.strip())
                name = _signed_name(cell, party) if cell else None
                if name is None:
                    break
                at = pos + line.find(name)
                refs.append(PersonRef(name, party, _span(mt, at, at + len(name))))
                pos = (nl + 1) if nl >= 0 else end
            key = (kind, "|".join(sorted(r.name for r in refs)))
            if not refs or key in claimed:
                continue
            claimed.add(key)
            a, b = _block_bounds(text, start, m.start(), title)
            out.append(Statement(kind, tuple(refs), _span(mt, a, pos), parties=(party,),
                                 text=_statement_text(text, a, b)))
    return out


def _signed_name(cell: str, party: str) -> str | None:
    """A signature under a group's signed block: a bare name, or the name with the group's own party
    ("Bo Ek (SD)" under "För Sverigedemokraterna"); another party is no signature of this group."""
    if _is_bare_name(cell.strip()):
        return cell.strip()
    m = _SIGNATURE.fullmatch(cell.strip())
    if m is None or not m.group(2) or canonical_party(m.group(2)) != party:
        return None
    return m.group(1) if _is_bare_name(m.group(1)) else None


def _is_bare_name(text: str) -> bool:
    toks = text.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() and t.replace("-", "").isalpha() and not t.isupper()
                                       for t in toks)


# The rest of a line under a "Reservationer" heading after its names: "… (KD) till förmån för eget yrkande."
# Every such line is a reservation, not only the first under the heading; bare names further down are not (they
# may sign a written reservation that belongs to another paragraph).
# Also a reserver who made no motion of their own: "… (M) utan eget yrkande." (why: only the entries for a motion or
# against the decision were read, so the line after them under the same heading lost its reservation).
_RESERVATION_ENTRY = re.compile(r"\s*(?:,\s*)?(?:till\s+förmån\s+för|mot\s+beslutet|utan\s+eget\s+yrkande)\b",
                                re.I)
# A line of names with parties in either case ("Karl Ek (fp)", "Eva Nord (S), Siv Berg (V)"): an entry of a list of
# names one or more a line.
_NAMES_LIST_LINE = re.compile(rf"{_NAME_PART}(?: {_NAME_PART}){{1,3}} \((?i:[a-zåäö]{{1,4}})\)"
                              rf"(?:,? (?:och )?{_NAME_PART}(?: {_NAME_PART}){{1,3}} \((?i:[a-zåäö]{{1,4}})\)){{0,5}}")


def _names_list_so_far(text: str, section_start: int, end: int) -> bool:
    """Whether every line of a section from its heading up to ``end`` holds names with parties only: "Reservationer"
    / "Karl Ek (fp)" / "Eva Nord (fp)", a list of reservers one a line under the heading, each line a sentence.

    Why: only the first line under the heading was read as a reservation (bare names further down may sign a
    written reservation, see ``_RESERVATION_ENTRY``), so the rest of such a list was lost; a list that has had
    nothing but names since the heading signs nothing.  At most a dozen lines are looked at."""
    lines = text[section_start:end].strip().split("\n")
    if lines and section_kind(lines[0]):
        lines = lines[1:]
    return 0 < len(lines) <= 12 and all(_NAMES_LIST_LINE.fullmatch(line.strip()) for line in lines)


# A statement opened by its kind and the group's party as a label, the people after it: "Särskilt yttrande (C):
# Birgitta Tuoremaa anför: …", "Protokollsanteckning (SD) – Tommy Lindqvist: ”…”".
_STATEMENT_LABEL = re.compile(r"(?i)\s*(särskilt\s+yttrande|särskilt\s+uttalande|protokollsanteckning|ersättaryttrande)"
                              r"\s*(?:\(([^()\n]{1,20})\))?\s*(?::|[–—-])\s*")
_LABELLED_NAME = re.compile(rf"({_BARE}(?:[ \u00a0]+{_BARE}){{1,3}})(?:[ \u00a0]*\(([^()\n]{{1,6}})\))?")
_LABELLED_SEP = re.compile(r"\s*(?:,\s*(?:och\s+)?|\s+och\s+|\s+samt\s+)")
# What follows the names: the colon before the quoted text, or the verb of saying; the group they speak for may stand
# between ("Särskilt yttrande: Oskar Berg (C) för Centerpartiets fullmäktigegrupp: …").
_LABELLED_END = re.compile(r"\s*(?:för\s+[^:.\n–]{1,60}?\s*)?"
                           r"(?::|–|(?:anför|anförde|lämnar|lämnade|antecknar|framför|framförde|vill)\b)")


def _labelled_statement(text: str, s: int, e: int, ctx: Context
                        ) -> tuple[str, list[NameMatch], str | None] | None:
    """The kind, the people and the label's party of a statement led by a label with the group's party in
    brackets ("Särskilt yttrande (SD): Mattias Åström och Linda Kallin anför …").  The names stand without
    parties or with them; where a person's party is printed nowhere, the label's (one party) is theirs."""
    m = _STATEMENT_LABEL.match(text, s, e)
    if m is None:
        return None
    kind = " ".join(m.group(1).casefold().split())
    parties = [canonical_party(p.strip()) for p in re.split(r",|\s+och\s+", m.group(2) or "")] if m.group(2) else []
    label_party = parties[0] if len(parties) == 1 else None
    pos = last = m.end()
    people: list[NameMatch] = []
    while (n := _LABELLED_NAME.match(text, pos, e)) is not None:
        at = n.start(1)
        # "VD Per-Anders Holm", "Gruppledaren Eva Ek": a title before the name is no part of it.
        while (sp := text.find(" ", at, n.end(1))) > 0 and (text[at:sp].isupper() or (
                text[sp + 1:n.end(1)] in ctx.known_people and text[at:n.end(1)] not in ctx.known_people)):
            at = sp + 1
        name = ctx.full_names.get(text[at:n.end(1)], text[at:n.end(1)])
        party = canonical_party(n.group(2)) if n.group(2) else ctx.party_of.get(name)
        people.append(NameMatch(name, party, None, at, n.end(1), False, ()))
        last = n.end()
        sep = _LABELLED_SEP.match(text, last, e)
        if sep is None:
            break
        pos = sep.end()
    if not people or _LABELLED_END.match(text, last, e) is None:
        return None
    return kind, people, label_party


def _row_people(text: str, s: int, e: int, ctx: Context) -> list[NameMatch]:
    """The people of a table row under a statement heading, each a bare name cell with the party in the next cell:
    "§ 32<TAB>Tomas Nordqvist<TAB>SD<TAB>Till förmån för eget yrkande" (a table of collected reservations, whose
    party stands in a column of its own, so that no "Name (P)" is printed)."""
    if "\t" not in text[s:e]:
        return []
    out: list[NameMatch] = []
    pos = s
    cells: list[tuple[str, int]] = []
    for cell in text[s:e].split("\t"):
        cells.append((cell.strip(), pos + len(cell) - len(cell.lstrip())))
        pos += len(cell) + 1
    for k, (cell, at) in enumerate(cells):
        if not _is_bare_name(cell) or cell.casefold() in ("till förmån", "mot beslutet"):
            continue
        party = canonical_party(cells[k + 1][0]) if k + 1 < len(cells) and len(cells[k + 1][0]) <= 5 else None
        name = ctx.full_names.get(cell, cell)
        if party or name in ctx.known_people:
            out.append(NameMatch(name, party or ctx.party_of.get(name), None, at, at + len(cell), False, ()))
    return out


def _party_only(sentence: str) -> tuple[str, ...]:
    m = re.match(r"^\s*(?:yttrande|reservation|protokollsanteckning)\s*:\s*([A-ZÅÄÖa-zåäö, ]+)$", sentence.strip(),
                 re.I)
    if not m:
        return ()
    from ..gazetteer import canonical_party

    parties = [canonical_party(p) for p in re.split(r",|\s+och\s+", m.group(1))]
    return tuple(p for p in parties if p)


# A party, or its group, alone before the giving verb: "Vänsterpartiet lämnar …", "Liberalernas nämndgrupp lämnar …".
# (The group's short name may follow in brackets: "Centerpartiets grupp (c-gruppen) låter anteckna …", also right
# after the party's name: "Vänsterpartiet (v-gruppen) antecknar …".)
_PARTY_SUBJECT = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+?)"
                            r"(?:s[ \t]+[a-zåäö]*grupp(?:en)?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*")


def _party_subject(text: str, start: int, verb_at: int) -> tuple[str, ...]:
    """The party of a statement given by a party (or its group) with no member named before the verb
    ("Vänsterpartiet lämnar följande särskilda yttrande: ”…”"), else ().

    Why: such a statement was dropped, so an ersättare's "instämmer i Vänsterpartiets särskilda yttrande" that
    follows had no statement to join."""
    m = _PARTY_SUBJECT.fullmatch(text, start, verb_at)
    if m is None:
        return ()
    party = canonical_party(m.group(1))
    return (party,) if party else ()


# "Sara Wiklunds yttrande", "yttrandet", "Centerpartiets uttalande": an earlier statement named briefly, without
# "särskilt".
_BRIEF_STATEMENT = re.compile(r"(?i)\b(?:yttrande|uttalande)(?:t|n)?\b")


def _briefly_endorsed_kind(sentence: str, previous: list[Statement]) -> str | None:
    """The kind of a sentence that joins an earlier särskilt yttrande (uttalande) of the paragraph named briefly
    ("Ersättaren Tord Gustavsson (S) ställer sig bakom Sara Wiklunds yttrande."): an ersättaryttrande where an
    ersättare joins, else the earlier statement's kind; None where no such statement precedes.

    Why: only "särskilt yttrande" named the kind, so a sentence that joined "X:s yttrande" was no statement."""
    if not (m := _ENDORSE.search(sentence)) or not _BRIEF_STATEMENT.search(sentence, m.end()):
        return None
    earlier = [st.kind for st in previous if st.kind in ("särskilt yttrande", "särskilt uttalande")]
    if not earlier:
        return None
    return "ersättaryttrande" if re.match(r"(?i)\s*ersättar", sentence) else earlier[-1]


def _endorsed(previous: list[Statement], sentence: str) -> int | None:
    """Which earlier statement an endorsing sentence joins: by the kind and the parties it names."""
    from ..gazetteer import canonical_party

    kind = _kind_in(sentence)
    mentioned: set[str] = set()
    for word in re.findall(r"\(?([A-ZÅÄÖa-zåäö]+)\)?", sentence):
        p = canonical_party(word) if (word[:1].isupper() and len(word) > 3) or f"({word})" in sentence else None
        if p:
            mentioned.add(p)
    best, best_score = None, -1
    for i, st in enumerate(previous):
        if st.kind == "reservation":
            continue
        score = 0
        if kind and st.kind == kind:
            score += 2
        score += len(mentioned & set(st.parties or tuple(r.party for r in st.by if r.party)))
        if score > best_score:
            best, best_score = i, score
    return best


def _section_start(sections: list[tuple[str, int, int]], pos: int) -> int:
    start = 0
    for _k, s, _e in sections:
        if s <= pos:
            start = s
    return start


def _section_at(sections: list[tuple[str, int, int]], pos: int) -> str:
    kind = "intro"
    for k, s, _e in sections:
        if s <= pos:
            kind = k
    return kind


# ------------------------------------------------------------------------------------------- decision

_DECIDES = re.compile(r"(?i)(?:beslutar|besluta(?:r)?\s+följande|fatta\s+följande\s+beslut|följande\s+beslut)\s*:\s*$")
# "l. Kommunstyrelsen antar …": OCR reads the digit 1 as a lower-case l; a capital after it rules out a letter list.
# A point may be numbered with a TAB after the bare digit ("1<TAB>Nämnden antar …"), as a word processor's list
# exported to text prints it.
# (Also a typewriter's letter-spaced "a t t", which older minutes use for their att-satser.)
# Points may be numbered in Roman numerals ("I.  Kommunstyrelsen godkänner …", "II. …"), in capitals only.
_ROMAN_ITEM = r"(?-i:(?:I{1,3}|IV|VI{0,3}|IX|X)[.)])(?=\s)"
# "(i) att …", "(ii) att …": lower-case roman numerals in brackets, as Word documents number decision points.
_BRACKET_ROMAN_ITEM = r"(?-i:\((?:i{1,3}|iv|vi{0,3}|ix|x)\))(?=\s)"
# A Word list exported as plain text turns that TAB into spaces: "1  Taxan antas …" / "2  Nu gällande taxa …", so
# two or more spaces and a capital after the bare digit mark a point as well (why: the points read as one prose
# point).
# (Also before a lower-case att-sats: "1  att fastställa skattesatsen …", "2  att anta budget …" – a numbered
# att-list whose numbers carry no dot; an "att" after a bare number and a column gap starts no prose.)
_SPACED_ITEM = r"(?-i:\d{1,2}[ ]{2,}(?=[A-ZÅÄÖ]|att\b))"
# A long letter list goes past h ("h) …", "i) …" … "n) …", a budget's decision points): a lower-case letter from i on
# marks a point only with a closing bracket and a space after it, since "i." / "s." / "t.ex." open prose and
# abbreviations (why: the points from i) on were read as the wrapped lines of h) and a 14-point list counted 8).
_LATE_LETTER_ITEM = r"(?-i:[i-z]\)(?=\s))"
# Letters in brackets, as a Word document letters its points: "(a) att fastställa …" … "(l) att uppdra …" (why:
# only "(i)" was read, as a Roman numeral, and the points before it as prose, so a 12-point list counted 1).
_BRACKET_LETTER_ITEM = r"(?-i:\([a-z]\))(?=\s)"
_ITEM = re.compile(r"^(?:" + _BRACKET_ROMAN_ITEM + "|" + _BRACKET_LETTER_ITEM + "|"
                   r"\d{1,2}\s*[.):]|\d{1,2}\t(?=\S)|" + _SPACED_ITEM + "|"
                   r"(?-i:l\.(?=\s+[A-ZÅÄÖ]))|[a-h]\s*[.)]|" + _LATE_LETTER_ITEM + "|"
                   r"[-–•*▪●◦]|att\b|"
                   rf"{_ROMAN_ITEM}|a[ \u00a0]t[ \u00a0]t\b)\s*", re.I)
# "o(?:m|rn)edelbar": an OCR'd scan reads the "m" as "rn" ("förklaras ornedelbart justerad"), as the other OCR-
# tolerant words here do (why: the adjustment of a scanned protocol was lost).
_OMEDELBAR = r"o(?:m|rn)edelbar"
_ADJUST = re.compile(rf"(?i)\bjusteras\s+{_OMEDELBAR}t|\b{_OMEDELBAR}t\s+justera(?:d|s|t)|\b{_OMEDELBAR}\s+justering|"
                     rf"\bförklaras\s+{_OMEDELBAR}t\s+justerad|\bjusterades\s+{_OMEDELBAR}t|"
                     # "att omedelbart justera paragrafen" (the infinitive of a decision's att-clause)
                     rf"\b{_OMEDELBAR}t\s+justera\s+(?:paragrafen|paragraferna|beslutet|denna\s+paragraf)\b|"
                     # The body as the subject: "Nämnden justerar paragrafen omedelbart." (why: only the passive
                     # and the infinitive were read, so that decision point set no adjustment)
                     rf"\bjustera(?:r|de)\s+(?:paragrafen|paragraferna|beslutet|denna\s+paragraf)\s+{_OMEDELBAR}t")
# Every match of _ADJUST holds this ("justeras", "justerad", "justering", "justerar" …).
_ADJUST_WORDS = ("juster",)


_ADJUST_TOPIC = re.compile(r"(?i)\b(?:ärende(?:t)?|punkt(?:en)?|fråga(?:n)?)\s+om\s+$")
# "§ 32 och § 33", "§§ 32–33", "§ 32, 33 och 34": the paragraphs an adjustment sentence names.
_NAMED_PARS = re.compile(r"§§?[ \u00a0]*\d{1,4}(?:[ \u00a0]*(?:,|och|samt|[–-])[ \u00a0]*(?:§[ \u00a0]*)?\d{1,4})*")


def adjusted_paragraphs(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs with immediate adjustment set where an adjustment sentence names them.

    A paragraph of its own ("§ 35 Omedelbar justering: … att § 32 och § 33 förklaras omedelbart justerade")
    adjusts the paragraphs it names, not itself; and "ärendet om omedelbar justering" in an agenda names a
    topic.  Only paragraph numbers of these minutes count, so that a law's "39 §" or a stray number changes nothing.
    """
    numbers = {p.number for p in paragraphs}
    named: set[str] = set()
    cleared: set[str] = set()
    for par in paragraphs:
        if not par.immediate_adjustment:
            continue
        self_adjusted = False
        for m in _ADJUST.finditer(par.text):
            if _ADJUST_TOPIC.search(par.text[max(0, m.start() - 30): m.start()]):
                continue
            # The title "Omedelbar justering" names the paragraph's matter; its decision says what is adjusted.
            line_start = par.text.rfind("\n", 0, m.start()) + 1
            line_end = par.text.find("\n", m.end())
            if par.title and par.text[line_start: line_end if line_end != -1 else None].strip() == par.title.strip():
                continue
            # The sentence, never reaching back into the heading ("KS § 35" / "Omedelbar justering").
            at_title = par.text.find(par.title) if par.title else -1
            head_end = par.text.find("\n", at_title + len(par.title)) if at_title != -1 else -1
            start = max(par.text.rfind(". ", 0, m.start()), par.text.rfind("\n\n", 0, m.start()),
                        head_end if head_end < m.start() else -1) + 1
            stop = par.text.find(".", m.end())
            sentence = par.text[start: stop if stop != -1 else len(par.text)]
            refs = _paragraph_refs(sentence)
            # "Paragrafen justeras omedelbart" speaks of this paragraph, whatever other numbers the sentence cites.
            if refs and refs <= numbers and not re.search(r"(?i)\bparagrafen\b|\bdenna\s+paragraf", sentence):
                named |= refs
            else:
                self_adjusted = True
        if not self_adjusted:
            cleared.add(par.number)
    if not cleared and not named:
        return paragraphs
    return tuple(replace(p, immediate_adjustment=p.number in named or
                         (p.immediate_adjustment and p.number not in cleared)) for p in paragraphs)


def _paragraph_refs(sentence: str) -> set[str]:
    """The paragraph numbers in "§ 32 och § 33" or "§§ 32–34" (a range spelled out, at most 50 long)."""
    refs: set[str] = set()
    for m in _NAMED_PARS.finditer(sentence):
        for a, dash, b in re.findall(r"(\d{1,4})(?:[ \u00a0]*([–-])[ \u00a0]*(?:§[ \u00a0]*)?(\d{1,4}))?", m.group()):
            if dash and 0 < int(b) - int(a) <= 50:
                refs.update(str(n) for n in range(int(a), int(b) + 1))
            else:
                refs.update(n for n in (a, b) if n)
    return refs


# The "att" of an att-sats as a marker, also letter-spaced ("a t t").
_ATT_MARKER = re.compile(r"(?i)a(?:[ \u00a0]?t){2}\b")


def _marker(text: str) -> str | None:
    """The kind of a list item's marker ("1." → "number", "a)" → "letter", "–" → "bullet", "att"), or None."""
    m = _ITEM.match(text)
    if not m or _dotted_date_start(text):
        return None
    first = m.group().lstrip("(")[:1]  # "(a)" / "(i)": the letter inside the bracket
    if first.isdigit() or m.group()[:2] == "l." or re.match(_ROMAN_ITEM, m.group()):  # "l." only where it is a 1
        return "number"
    return "att" if first in "aA" and _ATT_MARKER.match(m.group()) else \
        "letter" if first.isalpha() else "bullet"


# A date written with dots at the start of a line: "30.9.2024 mennessä." (a Finnish summary's date wrapped there),
# "1.7.2025 träder …".
_DOTTED_DATE_START = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b")


def _dotted_date_start(text: str) -> bool:
    """Whether a line opens with a date written with dots ("30.9.2024"), which no list number is.

    Why: "30." read as the number of a point, so a summary wrapped before its date (or a sentence) added a point."""
    return _DOTTED_DATE_START.match(text) is not None


def _proposal_under_proposal_heading(sections: list[Section], decision: list[Section]) -> list[Section]:
    """The decision sections without a "Kommunstyrelsens förslag till kommunfullmäktige:" that stands right under
    an empty "Förslag till beslut" heading, where a "… beslut" heading of the body's own follows.

    Why: an extract of fullmäktige's minutes prints the board's proposal under "Förslag till beslut" and repeats it
    as "Kommunfullmäktiges beslut" after the vote; the proposal is no point of the decision, and was counted twice.
    """
    if len(decision) < 2 or not any(s.heading is None or "förslag" not in s.heading.text.casefold() for s in decision):
        return decision
    drop = {id(sections[k]) for k in range(1, len(sections))
            if sections[k].kind == "decision" and sections[k].heading is not None
            and "förslag" in sections[k].heading.text.casefold()
            and sections[k - 1].kind == "proposal-to-decide" and not sections[k - 1].lines}
    return [s for s in decision if id(s) not in drop] if drop else decision


def decision_points(sections: list[Section], mt_of, body: str | None = None) -> tuple[Named, ...]:
    """The numbered or bulleted points of the body's own decision; one point where the decision is prose.

    ``body`` is the name of the minutes' own body, for a decision told in prose with that name as its subject."""
    decision = _proposal_under_proposal_heading(sections, [s for s in sections if s.kind == "decision"])
    if not decision:
        # No heading: a sentence such as "… föreslår kommunstyrelsen fatta följande beslut:" opens the list.
        for sec in sections:
            for i, ln in enumerate(sec.lines):
                if _DECIDES.search(ln.text) and i + 1 < len(sec.lines) and _ITEM.match(sec.lines[i + 1].text):
                    decision = [Section("decision", ln, sec.lines[i + 1:])]
                    break
            if decision:
                break
    if not decision:
        decision = _decision_sentence(sections) or _council_decision(sections)
    if not decision:
        decision = [s for s in sections if s.kind == "proposal-to-decide"][:1]
    if not decision:
        decision = _past_tense_decision(sections)
    if not decision:
        decision = _company_decision(sections)
    if not decision:
        decision = _present_verb_decision(sections)
    if not decision:
        decision = _line_end_opener_above_items(sections)
    if not decision and body:
        decision = _own_body_prose_decision(sections, body)
    if adopted := _proposal_adopted_below(decision, mt_of):
        return adopted
    points = [pt for sec in _own_body_headed(decision, body) for pt in _section_points(sec, mt_of)]
    if len(points) == 1 and _adoption(points[0].value):
        return _adopted_points(sections, points[0].value, mt_of) or tuple(points)
    return tuple(points)


# The conditions a lov or permit is given on, listed under the decision's points: "Villkor" / "Lovet förenas med
# följande villkor:" / "1. …".  They bind the applicant and are no points of the body's decision.
_CONDITIONS = re.compile(r"(?i)^(?:villkor(?:\s+för\s+\w+)?|(?:[\wåäö-]+\s+){0,5}följande\s+villkor)\s*:?$")


# A heading over the list of matters reported to the body, under the decision that takes note of them
# ("Kommunstyrelsen lägger redovisningen till handlingarna." / "Meddelanden" / "– …" / "Delegationsbeslut" / "– …"),
# also with the period it covers ("Delegationsbeslut 2024-03-01 – 2024-03-31", "Meddelanden mars 2024").
_DATE_OR_MONTH = r"(?:\d{4}-\d{2}-\d{2}|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|" \
                 r"november|december)(?:\s+\d{4})?)"
_REPORTED_ITEMS = re.compile(r"(?i)^(?:(?:anmälda|redovisade|inkomna)\s+)?(?:meddelanden|delegationsbeslut|"
                             r"ordförandebeslut|anmälningar|anmälningsärenden|delegationsärenden|skrivelser|"
                             rf"redovisning)(?:\s+(?:under\s+|för\s+)?(?:perioden\s+)?{_DATE_OR_MONTH}"
                             rf"(?:\s*[–—-]\s*{_DATE_OR_MONTH})?)?\s*:?$")


def _before_conditions(lines: list[Line]) -> list[Line]:
    """The lines of a decision up to a conditions heading or a line in another language (Finnish, Sami) that
    follows its points, or up to a heading of reported matters with its list below (after the decision, which
    comes first).

    Why: the messages and delegation decisions a body notes are listed under the decision that notes them; each
    of their "–" or "a)" items was counted as a point of that one decision."""
    for i, ln in enumerate(lines):
        if i and (_CONDITIONS.match(ln.text.strip()) or foreign_line(ln.text)) and \
                any(_marker(x.text) for x in lines[:i]):
            # "Päätös suomeksi" / "1) …": a translation of the points, which adds none of its own.
            return lines[:i]
        if i and _REPORTED_ITEMS.match(ln.text.strip()):
            below = next((x.text for x in lines[i + 1:] if not _REPORTED_ITEMS.match(x.text.strip())), "")
            if _marker(below):
                return lines[:i]
    return lines


# A point's line that stops mid-sentence on a lower-case word ("… upphör"), and one that stops at a verb of deciding
# or proposing, or at a body ("… föreslår kommunfullmäktige"), after which an "att"-list opens.
_WRAPPED_BEFORE_ATT = re.compile(r"(?:^|\s)[a-zåäö]+$")
_PROPOSES_END = re.compile(r"(?i)(?:besluta[rs]?|föresl(?:å|år|ås|og)|fullmäktige|styrelsen|nämnden|uppdra[rs]?)$")


# The same verbs and bodies as whole words: after a comma, "… reglemente för byggnadsnämnden," ends on an object.
_PROPOSES_END_WORD = re.compile(r"(?i)\b" + _PROPOSES_END.pattern.removeprefix("(?i)"))


def _wrapped_before_att_clause(line: str) -> bool:
    """Whether a numbered or bulleted point's line stops mid-sentence, so that an "att" on the next line opens the
    clause of its verb ("- Taxan för 2024 upphör" / "att gälla …"), not a point: on a lower-case word, also before
    a comma ("2  Nämnden antar reglementet för byggnadsnämnden," / "att gälla från 1 juli."), but not at a verb of
    deciding or proposing or a body that an att-list follows ("… föreslår kommunfullmäktige").

    Why: the comma hid the wrap, and the clause was counted as a point of its own.  After a comma only a whole
    word of ``_PROPOSES_END`` ends a proposal; a compound ending in "-nämnden" is the point's object."""
    text = line.rstrip()
    if text.endswith(","):
        text = text[:-1]
        return bool(_WRAPPED_BEFORE_ATT.search(text)) and not _PROPOSES_END_WORD.search(text)
    return bool(_WRAPPED_BEFORE_ATT.search(text)) and not _PROPOSES_END.search(text)


# A sentence that ends inside a point and another that opens after it ("… 1 maj. Nämnden beslutar …").
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")

# An att-point's line that closes its point: a comma, a semicolon, a full stop or a joining word at its end.
_POINT_CLOSED = re.compile(r"(?:[,;.]|\bsamt|\boch)$")


def _att_wrapped_before_att(items: list[list[Line]]) -> bool:
    """Whether the att-point read last stops mid-sentence on a lower-case word ("att förelägga ägaren") in a list
    whose earlier att-points close with a comma or "samt", so that the next line's "att" opens the verb's own
    clause ("att senast 2025-06-30 riva boden, samt"), not a point.

    Why: the wrapped clause was counted as a point of its own.  Only where the list shows that it closes its
    points, since many att-lists end none of them with punctuation."""
    if len(items) < 2 or any(_marker(it[0].text) != "att" for it in items):
        return False
    last = items[-1][-1].text.rstrip()
    if _SENTENCE_INSIDE.search(" ".join(ln.text for ln in items[-1])):
        return False  # "att taxan gäller från 1 maj. Nämnden beslutar för egen del" / "att uppdra …": a new point
    return bool(_WRAPPED_BEFORE_ATT.search(last)) and not _POINT_CLOSED.search(last) and \
        not _PROPOSES_END.search(last) and all(_POINT_CLOSED.search(it[-1].text.rstrip()) for it in items[:-1])


def _section_points(sec: Section, mt_of) -> list[Named]:
    """The points of one decision section: its list items, its att-satser, or its prose as one point."""
    points: list[Named] = []
    items: list[list[Line]] = []
    prose: list[Line] = []
    nested: str | None = None  # the marker of a list inside a point that ends with ":"
    for ln in _before_conditions(_ocr_first_point([*_beside_heading(sec.heading), *sec.lines])):
        marker = _marker(ln.text)
        if marker == "att" and items and _marker(items[-1][0].text) != "att" and \
                _wrapped_before_att_clause(items[-1][-1].text):
            # "- Taxan för 2024 upphör" / "att gälla vid samma tidpunkt.": a bulleted point wrapped before "att".
            items[-1].append(ln)
        elif marker == "att" and _att_wrapped_before_att(items):
            # "att förelägga ägaren" / "att senast 2025-06-30 riva boden,": the infinitive's own "att".
            items[-1].append(ln)
        elif marker == "number" and _centred_number(ln.text, items):
            continue  # "1. att …" / "att …" / "2." / "…": the number of the att-point above, set beside its lines
        elif items and marker and (nested == marker or (nested is None and items[-1][-1].text.endswith(":")
                                                         and marker != _marker(items[-1][0].text))
                                   or _letters_under_number(ln.text, marker, items)):
            # "2. att fastställa bidragen enligt följande:" / "– Borås Stad 59,1 procent" …: one point.
            nested = marker
            items[-1].append(ln)
        elif marker:
            nested = None
            items.append([ln])
        elif items and not ln.blank_before and not ln.text.endswith(":"):
            items[-1].append(ln)
        elif items and ln.blank_before and ln.text[:1].islower():
            items[-1].append(ln)
        elif not items:
            prose.append(ln)
    if not items and prose:
        items = _bare_clauses(sec.heading, prose) or _subject_sentences(prose)
    if items:
        for it in items:
            mt = mt_of(it)
            points.append(Named(_collapse(mt.text), _span(mt, 0, len(mt.text))))
    elif prose:
        body = [ln for ln in prose if not ln.text.rstrip().endswith(":")]
        if body:
            mt = mt_of(body)
            points.append(Named(_collapse(mt.text), _span(mt, 0, len(mt.text))))
    return points


def _letters_under_number(text: str, marker: str | None, items: list[list[Line]]) -> bool:
    """Whether a line opens a letter list ("a) …") under a numbered point ("2. Investeringen finansieras genom" /
    "a) …" / "b) …" / "3. …"): the letters are the parts of that point, as a secretary numbers the points and
    letters their parts, even where the point's line ends without a colon.

    Why: each lettered part was counted as a point of its own."""
    return marker == "letter" and text.lstrip()[:1] == "a" and _marker(items[-1][0].text) == "number"


_BARE_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]\s*")
_POINT_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]")


def _centred_number(text: str, items: list[list[Line]]) -> bool:
    """Whether a line of only a point's number ("2.") numbers the att-point read just above it: that point opened
    without a number right after the point numbered one less ("1. att godkänna avtalet," / "att kommunen ingår …" /
    "2." / "nuvarande nämnd upphör.").

    Why: a PDF whose decision is a table with the numbers in a narrow column centres each number beside its point's
    lines, so the text layer gives it a line of its own between them; it was counted as a point of its own."""
    m = _BARE_NUMBER.fullmatch(text)
    if m is None or len(items) < 2 or _marker(items[-1][0].text) != "att":
        return False
    before = _POINT_NUMBER.match(items[-2][0].text)
    return before is not None and int(before.group(1)) + 1 == int(m.group(1))


def _ocr_first_point(lines: list[Line]) -> list[Line]:
    """The lines with an OCR'd "l." read as the "1." it is where the next point is numbered "2." ("l. anta
    förslaget, / 2. paragrafen justeras omedelbart"): a letter list never goes from l to 2."""
    at = next((i for i, ln in enumerate(lines) if ln.text.startswith("l. ")), None)
    if at is None:
        return lines
    nxt = next((ln.text for ln in lines[at + 1:] if _ITEM.match(ln.text)), "")
    if not re.match(r"2\s*[.)]", nxt):
        return lines
    return [*lines[:at], replace(lines[at], text="1" + lines[at].text[1:]), *lines[at + 1:]]


def _beside_heading(heading: Line | None) -> list[Line]:
    """The text beside a heading in a left label column ("Beslut<TAB>1. Nämnden godkänner avtalet …"), as a line of
    its own: the section's first line."""
    if heading is None or "\t" not in heading.text:
        return _beside_margin_heading(heading) or _beside_colon_label(heading)
    left, right = heading.text.split("\t", 1)
    right = right.strip()
    if not right or not section_kind(left) or section_kind(heading.text):
        return []
    start = heading.start + heading.text.index(right, len(left))
    return [Line(right, start, start + len(right), heading.page)]


def _beside_margin_heading(heading: Line | None) -> list[Line]:
    """The text beside a heading that a pdftotext-style export sets off by spaces ("Beslut<spaces>Kommunstyrelsen
    beslutar"), as a line of its own: the section's first line."""
    split = margin_split(heading.text) if heading is not None else None
    if heading is None or split is None:
        return []
    right = heading.text[split[1]:].rstrip()
    start = heading.start + split[1]
    return [Line(right, start, start + len(right), heading.page)]


def _beside_colon_label(heading: Line | None) -> list[Line]:
    """The decision after an inline label ("Beslut: Ärendet utgår."), as a line of its own: the section's first
    line (why: the segmenter opens a decision section at such a line, and its text is the decision)."""
    at = decision_label_split(heading.text) if heading is not None else None
    if heading is None or at is None:
        return []
    right = heading.text[at:].rstrip()
    start = heading.start + at
    return [Line(right, start, start + len(right), heading.page)]


# "Beslut: Som förslaget." / "Enligt arbetsutskottets förslag.": the body adopts a förslag written out above,
# whose points are then its decision. "Enligt förslaget med den ändringen att …" amends it and stays one point.
# Also after the body's name: "Bildningsnämnden beslutar i enlighet med förvaltningens förslag."
_ADOPTS = re.compile(r"(?i)^(?:[\wåäö-]+\s+beslutar\s+)?"
                     r"(?:som|enligt|i\s+enlighet\s+med)\s+(?:(?:[\wåäö-]+\s+){0,2}?([\wåäö-]+s)\s+)?"
                     r"förslag(?:et)?\s*\.(?:\s|$)")
# A line naming the förslag that a list follows: "Arbetsutskottets förslag", "Kommunstyrelsens förslag:".
_PROPOSAL_LABEL = re.compile(r"(?i)^(?:(?:[\wåäö-]+\s+){0,2}?([\wåäö-]+s)\s+)?förslag(?:\s+till\s+beslut)?\s*:?$")


# "Arbetsutskottets förslag bifalls.", "Kommunstyrelsens förslag godkänns.": the passive form of adopting a förslag
# by reference.  Only the whole sentence, so that "… bifalls med den ändringen att …" stays one amended point.
_ADOPTED_PASSIVE = re.compile(r"(?i)^(?:([\wåäö-]+s)\s+)?förslag(?:et)?\s+(?:bifalls|godkänns|antas)\s*\.(?:\s|$)")


def _adoption(decision: str) -> re.Match[str] | None:
    """A decision that adopts a named owner's förslag, active or passive ("Kommunstyrelsen beslutar enligt
    arbetsutskottets förslag", "Arbetsutskottets förslag bifalls"): the owner in group 1."""
    # Both patterns hold "förslag", and every character that they match to one of its letters ignoring case
    # casefolds to that letter (also the long s): a decision without it, most, needs neither.
    if "förslag" not in decision.casefold():
        return None
    return _ADOPTS.match(decision) or _ADOPTED_PASSIVE.match(decision)
# A decision heading naming a förslag to a body: "Kommunstyrelsens förslag till kommunfullmäktige".
_PROPOSAL_TO_BODY = re.compile(r"(?i)^([\wåäö-]+s)\s+förslag\s+till\s+[\wåäö-]+\s*:?$")


def _proposal_adopted_below(decision: list[Section], mt_of) -> tuple[Named, ...]:
    """The points of a "X:s förslag till Y" decision section that a later decision section adopts by reference
    ("Kommunfullmäktiges beslut" / "Kommunstyrelsens förslag bifalls."), or nothing.

    Why: fullmäktige's minutes print the board's förslag under a heading that reads as a decision and then their
    own decision by reference; both were counted, the förslag's points and the adopting sentence as one more.
    The förslag must be the one the sentence names by its owner, so that a board's förslag to fullmäktige
    followed by its decision "för egen del" still gives the points of both."""
    if len(decision) < 2:
        return ()
    last = _section_points(decision[-1], mt_of)
    if len(last) != 1 or not (m := _adoption(last[0].value)):
        return ()
    owner = (m.group(1) or "").casefold()
    for sec in reversed(decision[:-1]):
        lm = _PROPOSAL_TO_BODY.match(sec.heading.text.strip()) if sec.heading is not None else None
        if lm and owner and lm.group(1).casefold() == owner:
            return tuple(_section_points(sec, mt_of))
    return ()


def _adopted_points(sections: list[Section], decision: str, mt_of) -> tuple[Named, ...]:
    """The points of the förslag a decision adopts by reference: the one it names by its owner, else the
    "Förslag till beslut" section, else the last labelled förslag; nothing where no förslag is written out."""
    m = _adoption(decision)
    owner = (m.group(1) or "").casefold() if m else ""
    labelled: list[tuple[str, Section]] = []
    for sec in sections:
        if sec.kind == "decision":
            break
        if sec.kind == "proposal-to-decide":
            labelled.append(("", sec))
        for i, ln in enumerate(sec.lines):
            lm = _PROPOSAL_LABEL.match(ln.text.strip())
            if lm and i + 1 < len(sec.lines) and _ITEM.match(sec.lines[i + 1].text):
                labelled.append(((lm.group(1) or "").casefold(), Section("decision", ln, sec.lines[i + 1:])))
    if not labelled:
        return ()
    named = [sec for who, sec in labelled if owner and who == owner]
    plain = [sec for who, sec in labelled if who == ""]
    chosen = (named or plain or [sec for _who, sec in labelled])[-1]
    return tuple(_section_points(chosen, mt_of))


# "Kommunstyrelsen beslutar att" closing its line: the att-satser follow without the word "att".
_OPENS_CLAUSES = re.compile(r"(?i)\bbesluta(?:r)?\s+att\s*:?\s*$")
# A line after a comma that still belongs to the clause before it ("…, A, B, / samt C."), also a prose decision
# wrapped after a comma ("… ny taxa, / i enlighet med …"): a clause starts with its verb, never a preposition.
_GOES_ON = re.compile(r"(?i)^(?:och|samt|eller|men|som|vilket|vilka|där|dock|i|med|enligt|för|till|från|på|av|om|"
                      r"under|efter|inom|utan|genom|vid|mot|hos|inför|utifrån|avseende|dvs|det|den|de|detta|vilken)\b")


# A decision sentence opened by the deciding body as its subject: "Samhällsbyggnadsnämnden lämnar yttrande …".
_BODY_SUBJECT = re.compile(r"^([A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|direktionen|utskottet))\s+[a-zåäö]")


def _subject_sentences(prose: list[Line]) -> list[list[Line]]:
    """The points of an unnumbered decision made of sentences each opened by the same body
    ("Samhällsbyggnadsnämnden lämnar yttrande …." / "Samhällsbyggnadsnämnden framhåller att …."), as a web page
    sets each decision in a block of its own; a sentence may wrap over lines (a PDF's "Kommunstyrelsen föreslår
    kommunfullmäktige att …." / "Kommunstyrelsen beslutar för egen del att … en" / "åtgärdsplan …."). Nothing
    where a line after a full stop is no such sentence, or where a sentence does not end with one.

    Why: without a number, "att" or bullet the two decisions were read as one prose point; a wrapped sentence
    made the whole decision one point."""
    if len(prose) < 2:
        return []
    groups: list[list[Line]] = []
    subject = None
    for ln in prose:
        text = ln.text.strip()
        if groups and not groups[-1][-1].text.rstrip().endswith("."):
            groups[-1].append(ln)  # the sentence above wraps onto this line
            continue
        m = _BODY_SUBJECT.match(text)
        if m is None or (subject is not None and m.group(1) != subject):
            return []
        subject = m.group(1)
        groups.append([ln])
    if len(groups) < 2 or not groups[-1][-1].text.rstrip().endswith("."):
        return []
    return groups


def _bare_clauses(heading: Line | None, prose: list[Line]) -> list[list[Line]]:
    """The att-satser under "X beslutar att" where each starts a line without "att" ("anta …, / uppdra …").

    A clause starts with a lower-case word on the line after one ending with a comma or semicolon; a
    capitalised sentence after the last clause ("Paragrafen förklaras omedelbart justerad.") is no point.
    One clause gives nothing, so that a wrapped prose decision stays one point.
    """
    start = next((i + 1 for i, ln in enumerate(prose) if _OPENS_CLAUSES.search(ln.text)), None)
    if start is None:
        if heading is None or not _OPENS_CLAUSES.search(heading.text):
            return []
        start = 0
    clauses: list[list[Line]] = []
    for ln in prose[start:]:
        text = ln.text.strip()
        before = clauses[-1][-1].text.rstrip() if clauses else ","
        if before.endswith((",", ";")) and text[:1].islower() and not _GOES_ON.match(text):
            clauses.append([ln])
        elif not clauses or before.endswith("."):
            break
        else:
            clauses[-1].append(ln)
    return clauses if len(clauses) > 1 else []


# "Kommunstyrelsen beslutar att …", "Direktionen beslutar", "Kommunstyrelsen föreslår kommunfullmäktige besluta
# att …", "Kommunfullmäktige väljer X till …" opening a line: the decision of minutes that give it no heading.
# The subject is one to four words ending in a body's noun and starts a sentence; "fullmäktige beslutar enligt …",
# "Direktionen har således beslutat" (a vote's outcome) and "beslutade" (history) do not match.  The noun may
# be the whole subject: "Styrelsen beslutar att …" in a company board's minutes, "Nämnden beslutar", "Fullmäktige
# utser …" (why: only the lower-case "fullmäktige" after "Kommun" was read, so the bare noun opened no decision), and
# a presidium's proposal in its own minutes: "Presidiet föreslår kommunfullmäktige besluta att …" (why: that
# proposal is the presidium's decision, and it had none).
_DECISION_OPENER = re.compile(
    r"^(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*(?:[Nn]ämnden|[Ss]tyrelsen|[Ff]ullmäktige|[Dd]irektionen|utskottet|"
    r"beredningen|[Pp]residiet)\s+(?:beslutar|väljer|utser|lägger|föreslår\s+[\wåäö-]+\s+(?:att\s+)?besluta)\b(?!\s+(?:om|i\s+ärendet)\b)(.*)$")


def _decision_sentence(sections: list[Section]) -> list[Section]:
    """The decision where no heading opens it: from a line "X beslutar att …" to the end of its block.

    A bare "X beslutar" line keeps the list under it ("att … / att …"); the block ends at a blank line unless
    the list or the sentence goes on after it.
    """
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            if m := _DECISION_OPENER.match(ln.text):
                return [_opened_decision(ln, m.group(1), sec.lines[i + 1:])]
    return []


def _opened_decision(opener: Line, after_verb: str, rest: list[Line]) -> Section:
    """The decision section from an opener line ("X beslutar att …") to the end of its block in ``rest``.

    The block ends at a blank line unless an item ("att …") goes on after it; an opener with more than "att" after
    its verb is a decision line itself, a bare one is the heading of the list under it."""
    n = 0
    while n < len(rest) and (not rest[n].blank_before or _ITEM.match(rest[n].text)):
        n += 1
    if after_verb.strip(" :") not in ("", "att"):
        return Section("decision", None, [opener, *rest[:n]])
    return Section("decision", opener, rest[:n])


# "Revisorerna beslutar att …", "Rådet noterar informationen.", "Presidiet noterar …": the auditors, an advisory
# council or a presidium deciding with no decision heading.  They are no nämnd or styrelse, so _DECISION_OPENER
# does not read them, and "noterar" is the whole decision of an information item they receive, as "Revisorerna
# lägger informationen till handlingarna" is (why: "lägger", which _DECISION_OPENER reads, was missing here).
_COUNCIL_OPENER = re.compile(r"^(?:Revisorerna|Rådet|Presidiet|[A-ZÅÄÖ][a-zåäö]{3,}rådet)\s+"
                             r"(?:beslutar|noterar|väljer|utser|tillstyrker|avstyrker|lägger)\b(?!\s+(?:om|i\s+ärendet)\b)"
                             r"(.*)$")


def _council_decision(sections: list[Section]) -> list[Section]:
    """The decision of auditors, a council or a presidium without a heading: from a line "Revisorerna beslutar
    att …" or "Rådet noterar informationen." to the end of its block, as _decision_sentence reads a nämnd's.

    Why: their minutes give the decision no heading, and without this the paragraph had no decision points."""
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            if not ln.text.startswith(("Revisorerna", "Rådet", "Presidiet")) and "rådet " not in ln.text[:40]:
                continue
            if m := _COUNCIL_OPENER.match(ln.text):
                return [_opened_decision(ln, m.group(1), sec.lines[i + 1:])]
    return []


# "Styrelsen beslutade att utse …": a company board's minutes record the decision in the past tense.  Only the
# body's bare noun as the whole subject and "att" right after the verb (with at most an adverb between), so that
# history ("Kommunstyrelsen beslutade 2023-05-02 att …", "Nämnden beslutade i juni …") is no decision.
_PAST_DECISION = re.compile(r"^(?:Styrelsen|Nämnden|Direktionen|Utskottet|Beredningen)\s+beslutade\s+"
                            r"(?:(?:därefter|därför|enhälligt|vidare|också)\s+)?att\b")


def _past_tense_decision(sections: list[Section]) -> list[Section]:
    """The decision of a paragraph without a decision heading or a present-tense opener, from a line "Styrelsen
    beslutade att …" to the end of its block (a blank line, a section heading): one point, as the prose is."""
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            if not ln.text.startswith(("Styrelsen", "Nämnden", "Direktionen", "Utskottet", "Beredningen")) or \
                    not _PAST_DECISION.match(ln.text):
                continue
            return [Section("decision", None, _sentence_block(ln, sec.lines[i + 1:]))]
    return []


# "Kommunstyrelsen beslutade att …", "Barn- och utbildningsnämnden beslutade" above "att …" paragraphs,
# "Kommunstyrelsen föreslog kommunfullmäktige att …", "Miljö- och byggnadsnämnden föreslår kommunfullmäktige att …":
# prose minutes record the decision in a sentence whose subject is the body's full name, in the past tense or as a
# proposal to the council.  Only the minutes' own body (history names other bodies: "Kommunfullmäktige beslutade
# att …") and "att" right after the verb or its one-word addressee ("Kommunstyrelsen beslutade den 3 mars att …"
# is history).
_OWN_BODY_VERB = re.compile(r"\s+(?:beslutade(?=\s*:?\s*$|\s+att\b)|(?:föreslog|föreslår)\s+[\wåäö-]+\s+att\b)")


# A heading opened by a body's name in the genitive: "Kommunstyrelsens förslag …", "Socialnämndens beslut".
_GENITIVE_HEADING = re.compile(r"^([\wåäö-]+s)\s", re.I)


def _own_body_headed(decision: list[Section], body: str | None) -> list[Section]:
    """The decision sections without those headed by another body's name ("Kommunstyrelsens förslag till
    kommunfullmäktige", "Kommunstyrelsens beslut för egen del") where one is headed by the body's own
    ("Kommunfullmäktiges beslut").

    Why: an extract of fullmäktige's minutes quotes the board's whole decision under such headings before its own;
    the board's points were counted as fullmäktige's.  Only where the own body's heading is there, so that a
    board's own "förslag till kommunfullmäktige" and "beslut för egen del" both stay."""
    if body is None or len(decision) < 2:
        return decision
    own = body.casefold() + "s"
    named = [(s, m.group(1).casefold()) for s in decision
             if s.heading is not None and (m := _GENITIVE_HEADING.match(s.heading.text.strip()))]
    if not any(word == own for _s, word in named):
        return decision
    other = {id(s) for s, word in named if word != own}
    return [s for s in decision if id(s) not in other]


def _own_body_prose_decision(sections: list[Section], body: str) -> list[Section]:
    """The decision of a paragraph that nothing else found, from a line opened by the body's own name and
    "beslutade att" / "föreslog X att" / "föreslår X att": that sentence as one point (a "samt att" inside it
    included, as tests/corpus/README.md counts one sentence as one point), or the "att" items under a bare
    "X beslutade".

    Why: _past_tense_decision reads only a bare noun ("Nämnden beslutade att"); minutes of small municipalities
    written as running text name the body in full and had no decision point at all."""
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            text = ln.text.strip()
            if not text.startswith(body) or not (m := _OWN_BODY_VERB.match(text, len(body))):
                continue
            if text[m.end():].strip(" :") == "":
                return [_opened_decision(ln, "", sec.lines[i + 1:])]
            return [Section("decision", None, _sentence_block(ln, sec.lines[i + 1:]))]
    return []


def _sentence_block(first: Line, rest: list[Line]) -> list[Line]:
    """``first`` and the lines after it up to the end of its sentence or block (a full stop, a blank line)."""
    block = [first]
    for nxt in rest:
        if nxt.blank_before or block[-1].text.rstrip().endswith("."):
            break
        block.append(nxt)
    return block


# "Patientnämnden godkänner överenskommelsen …", "Nämnden fastställer verksamhetsplanen …": the body deciding in
# the present tense with the decision's own verb instead of "beslutar", opening its block.
_PRESENT_VERB_OPENER = re.compile(
    r"^(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*(?:[Nn]ämnden|[Ss]tyrelsen|fullmäktige|[Dd]irektionen|utskottet|"
    r"beredningen)\s+(?:godkänner|fastställer|antar|beviljar|tillstyrker|avstyrker|överlämnar|uppdrar|noterar)\b")


def _present_verb_decision(sections: list[Section]) -> list[Section]:
    """The decision of a paragraph without a heading or "beslutar": the last block that opens "X-nämnden godkänner
    …" / "fastställer …" / "antar …" (the body and a verb of deciding in the present tense), to its sentence's end.

    Why: minutes that write the decision as a plain sentence after the proposals gave no decision point at all.
    Only a block's first line, and the last such (the background before the decision tells what others did)."""
    found: list[Section] = []
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            if (i == 0 or ln.blank_before) and _PRESENT_VERB_OPENER.match(ln.text):
                found = [Section("decision", None, _sentence_block(ln, sec.lines[i + 1:]))]
    return found


# A company's or general meeting's decision in the past or perfect tense: "Stämman beslutade att …", and
# "Styrelsen beslutade" / "Styrelsen har per capsulam beslutat" closing its line above "att …" or "a) att …" items.
_COMPANY_OPENER = re.compile(r"^(?:Styrelsen|Stämman|Bolagsstämman|Årsstämman|Direktionen|Nämnden)\s+"
                             r"(?:har\s+(?:(?:per\s+capsulam|enhälligt|därefter)\s+)?beslutat|beslutade)"
                             r"(?:\s+(att\b)|\s*:?\s*$)")
# The passive of company minutes: "Beslutades att …", "Beslöts vidare att …", "Till justerare … utsågs X".
_PASSIVE_DECISION = re.compile(r"^(?:(?:Beslutades|Beslöts)(?:\s+(?:därefter|vidare|enhälligt|också))?\s+att\b|"
                               r"Till\s+[^.\n]{1,80}?\s(?:utsågs|valdes)\s)")


def _company_decision(sections: list[Section]) -> list[Section]:
    """The decision of company and general-meeting minutes, which give it in the past tense or the passive.

    Why: _past_tense_decision reads only "Styrelsen beslutade att" on one line; a stämma decides ("Stämman
    beslutade att …"), a board lists its points under a bare "Styrelsen beslutade" or "Styrelsen har per capsulam
    beslutat", and fixed items say "Beslutades att …".  A bare opener with no items under it is no decision.
    """
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            text = ln.text.strip()
            m = _COMPANY_OPENER.match(text)
            if m and m.group(1) is None:
                items: list[Line] = []
                for nxt in sec.lines[i + 1:]:
                    if _ITEM.match(nxt.text.strip()) or (items and not items[-1].text.rstrip().endswith(".")):
                        items.append(nxt)
                    else:
                        break
                if items:
                    return [Section("decision", ln, items)]
                continue
            if not m and not _PASSIVE_DECISION.match(text) and (k := _inline_company_decision(ln.text)):
                ln = replace(ln, text=ln.text[k:], start=ln.start + k)
                m = _COMPANY_OPENER.match(ln.text)
            if m or _PASSIVE_DECISION.match(text):
                return [Section("decision", None, _sentence_block(ln, sec.lines[i + 1:]))]
    return []


# "… i respektive ägarkommun. Bolagsstämman beslutade": a bare company opener closing a line after another sentence.
_LINE_END_OPENER = re.compile(r"(?<=[.!?] )(?:Styrelsen|Stämman|Bolagsstämman|Årsstämman|Nämnden)\s+"
                              r"(?:har\s+beslutat|beslutade)\s*:?\s*$")


def _line_end_opener_above_items(sections: list[Section]) -> list[Section]:
    """The items ("a) att …", "– att …") under a line that ends with a bare "Bolagsstämman beslutade" after another
    sentence ("Ombuden upplyste att … . Bolagsstämman beslutade"), as one decision section; else [].

    Why: _company_decision reads the bare opener only where it opens its line, so when an HTML cell or a Word
    paragraph runs a note and the opener together, the listed points were not found at all."""
    for sec in sections:
        for i, ln in enumerate(sec.lines):
            if not _LINE_END_OPENER.search(ln.text.rstrip()):
                continue
            items: list[Line] = []
            for nxt in sec.lines[i + 1:]:
                if _ITEM.match(nxt.text.strip()) or (items and not items[-1].text.rstrip().endswith(".")):
                    items.append(nxt)
                else:
                    break
            if items:
                return [Section("decision", None, items)]
    return []


# A formal item's decision as a passive or past-tense sentence: "Dagordningen godkändes", "Protokollet … lades till
# handlingarna", "Till att justera protokollet utsågs X", "Stämman förklarades behörigen sammankallad", "Styrelsen
# utsåg X att justera …".  Not "Mötet förklarades öppnat" (an opening records no decision).
_FORMAL_DECISION = re.compile(
    r"(?:^|(?<=[.!?] ))(?:[A-ZÅÄÖ][^.!?\n]{0,150}?\s(?:godkändes|fastställdes|antogs|utsågs|valdes|beviljades|"
    r"förklarades(?!\s+(?:öppnat|öppnad|avslutat|avslutad)\b)|lades\s+till\s+handlingarna)\b|"
    r"(?:Styrelsen|Stämman|Bolagsstämman|Årsstämman|Nämnden|Utskottet)\s+"
    r"(?:godkände|fastställde|utsåg|valde|antog|beviljade)\b)")
# Only a short paragraph is a formal item; a long one tells the history of a matter in the same tenses.
_FORMAL_ITEM_MAX = 400


def formal_item_points(sections: list[Section], mt_of) -> tuple[Named, ...]:
    """One decision point for a short formal item whose decision is a passive or past-tense sentence (see
    ``_FORMAL_DECISION``): the paragraph's prose; else ().

    Why: company and stämma minutes record the agenda, the adjusters, the previous minutes and the röstlängd as
    "Dagordningen godkändes" or "Till justerare utsågs X" inside a sentence or wrapped over lines, with no
    decision heading or opener, so these items had no decision at all (tests/heldout14/22/29 count 1)."""
    lines = [ln for sec in sections for ln in sec.lines if ln.text.strip()]
    if not lines:
        return ()
    joined = " ".join(ln.text.strip() for ln in lines)
    if len(joined) > _FORMAL_ITEM_MAX:
        return ()
    # A sentence may wrap over lines, or open a line below an underlined title that the joined text runs into.
    if not _FORMAL_DECISION.search(joined) and not any(_FORMAL_DECISION.match(ln.text.strip()) for ln in lines):
        return ()
    return tuple(_section_points(Section("decision", None, lines), mt_of))[:1]


# A formal item decided in the present passive, as a sentence opening the paragraph's prose: "Dagordningen fastställs
# med tillägg av …", "Protokollet godkänns.", "Rapporten läggs till handlingarna.".  The subject is a definite
# noun (one or two words) that opens a sentence, so that "… som antas av fullmäktige" in a history is none.
_PRESENT_FORMAL_DECISION = re.compile(
    r"^(?:[A-ZÅÄÖ][a-zåäö-]+\s+)?[A-ZÅÄÖa-zåäö][a-zåäö-]+(?:en|et|na)\s+(?:fastställs|godkänns|antas|noteras|"
    r"beviljas|läggs\s+till\s+handlingarna)\b")


def present_formal_item_points(sections: list[Section], mt_of) -> tuple[Named, ...]:
    """One decision point for a short paragraph without headings whose prose opens a line with a present-passive
    decision ("Dagordningen fastställs med tillägg av …"); else ().

    Why: minutes that print the agenda item as a bare sentence under its title, with no "Beslut" heading and no
    "Kommunfullmäktige beslutar", had no decision at all; ``formal_item_points`` reads only the past tense of
    company minutes.  Only where the paragraph has no headed section (its whole text is that prose)."""
    if any(sec.heading is not None for sec in sections):
        return ()
    lines = [ln for sec in sections for ln in sec.lines if ln.text.strip()]
    if not lines or sum(len(ln.text) for ln in lines) > _FORMAL_ITEM_MAX:
        return ()
    at = next((i for i, ln in enumerate(lines) if _PRESENT_FORMAL_DECISION.match(ln.text.strip())
               and (i == 0 or ln.blank_before or lines[i - 1].text.rstrip().endswith((".", ":")) or i == 1)), None)
    if at is None:
        return ()
    return tuple(_section_points(Section("decision", None, _sentence_block(lines[at], lines[at + 1:])), mt_of))[:1]


_INLINE_COMPANY_OPENER = re.compile(r"(?<=[.!?] )(?:Styrelsen|Stämman|Bolagsstämman|Årsstämman)\s+beslutade\s+att\b")


def _inline_company_decision(text: str) -> int:
    """Where a sentence "Stämman beslutade att …" starts inside a line after another sentence, or 0.

    Why: a Word paragraph holds a whole item ("Kallelse har skett … Stämman beslutade att förklara …"); only a
    sentence start counts, so that "… som styrelsen beslutade att …" (history) stays out.
    """
    if "beslutade" not in text:
        return 0
    m = _INLINE_COMPANY_OPENER.search(text)
    return m.start() if m else 0


# ------------------------------------------------------------------------------------------- referral

_REMISS_FROM = re.compile(r"(?i)\b(?:svar\s+på\s+)?remiss(?:en)?\s+(?:från|av)\s+")
# When the referral was made, before its verb: "2024-03-01", also with the paragraph of the decision that made it
# ("Kommunfullmäktige har 2024-04-22, § 28, remitterat en motion …").
_WHEN = r"(?:\d{4}-\d{2}-\d{2},?\s+(?:§\s*\d+[a-z]?,?\s+)?)?"
# "Regionen har genom regionutvecklingsnämnden skickat …": the referring organisation acts through one of its bodies.
# ("Kommunstyrelsen har därefter skickat den på remiss till …": an adverb of sequence may stand before the verb.)
# ("X har, med dnr 511-4127-2024, skickat …": the sender's number in a clause set off by commas after "har".)
# ("Region X har den 2024-07-02 skickat …": "den" before a date in digits, whose hyphens the words after "den" lack.)
_HAS_REFERRED = re.compile(r"(?i)\bhar(?:,\s*(?:med|i|enligt)\s[^,.;:]{1,60},)?"
                           rf"\s+(?:den\s+[\w ]{{1,20}}?\s+|den\s+(?=\d{{4}}-\d{{2}}-\d{{2}}))?{_WHEN}"
                           r"(?:genom\s+(?:[\w-]+\s+){1,3})?"
                           r"(?:(?:därefter|sedan|i\s+sin\s+tur)\s+)?"
                           r"(?:remitterat|skickat\s+(?:en\s+|ut\s+)?remiss|översänt|"
                           # "har sänt en remissversion av riktlinjerna till regionerna": the remiss's own edition
                           r"(?:skickat|sänt)\s+(?:ut\s+)?en\s+remiss(?:version|utgåva)\b|"
                           # "har skickat förslag till regional vattenförsörjningsplan på remiss"
                           # (a statute's number "(NFS 2017:2)" may stand in the object); also "på samråd", a
                           # consultation the body answers as a remiss (why: its sender was lost)
                           r"(?:skickat|sänt)\s+(?:ut\s+)?(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?"
                           r"\bpå\s+(?:remiss|samråd)\b|"
                           # "har på remiss skickat förslaget till länets kommuner": the remiss before the verb
                           # (why: only the object before "på remiss" was read, so the sender was lost)
                           r"på\s+remiss\s+(?:skickat|sänt|översänt|överlämnat)\b|"
                           # "har den 10 januari skickat samrådsunderlaget för väg 70 till berörda kommuner": a
                           # consultation the body answers as a remiss (why: the sender was lost)
                           r"(?:skickat|sänt|översänt)\s+(?:ut\s+)?(?:ett\s+)?samrådsunderlag(?:et)?\b|"
                           # "Region Halland har i remiss den 14 mars 2024 bett kommunen yttra sig", "Region X har
                           # genom remiss daterad 2024-03-28 (regionens dnr …) gett länets kommuner möjlighet att …";
                           # also "berett" ("har genom remiss 2010-02-10 (…) berett Sala kommun tillfälle att …")
                           r"(?:i|genom)\s+(?:en\s+)?remiss\b[^.;:]{0,100}?\b(?:bett|begärt|anmodat|inbjudit|"
                           r"gett|givit|berett)|"
                           # "X har gett Solna stad tillfälle att yttra sig", "har genom remiss 2024-04-12 gett nämnden
                           # möjlighet att yttra sig": the invitation to answer is the referral.
                           rf"{_WHEN}(?:gett|givit|berett)\s+[^.;:]{{1,60}}?\b(?:tillfälle|möjlighet)\s+"
                           r"att\s+(?:yttra\s+sig|lämna\s+(?:synpunkter|yttrande)))")
# ("Regionen har av Finansdepartementet (Fi2024/101) fått promemorian på remiss": the sender after "av", the
# receiving verb later in the sentence.)
_REFERRED_BY = re.compile(r"(?i)\b(?:har|hade)\s+(?:den\s+[\w ]{1,20}?\s+)?av\s+(?=\S+\s+remitterats\s+till)|"
                          r"\b(?:har|hade)\s+av\s+(?=[^.;:]{1,120}?\b(?:fått|erhållit)\s+(?:[^.;:]|(?<=\d)[:.](?=\d)){1,150}?"
                          r"\bpå\s+remiss\b)|"
                          r"\bremitterats?\s+(?:från|av)\s+")
# ("Remissyttrande – departementets promemoria …": a title naming the answer in one word before a dash or a colon,
# not "Remissyttrande från tekniska nämnden", an answer the body received, in a list of documents.)
_ANSWER = re.compile(r"(?i)svar\s+på\s+remiss|som\s+svar\s+på|remissvar|\bremissyttrande\s*[–:-]|"
                     r"yttrande\s+(?:över|till)|"
                     r"^remiss\b|\bremiss\s*[–-]|för\s+yttrande|\bremiss\s+från\b|"
                     # "§ 41  Remiss: Regional plan …": the title's label before a colon, as before a dash (not "har
                     # kommit in på remiss:", a list of what was received)
                     r"(?<!på )\bremiss:")
# Every match of _ANSWER holds one of these ("för yttrande", "yttrande över": "yttrande").
_ANSWER_WORDS = ("svar", "remiss", "yttrande")


# "Trafiknämnden i Region Stockholm": a nämnd named with the organisation it belongs to.
_NAMND_OF_ORGANISATION = re.compile(r"[\w-]*nämnden[ \t\n]+i[ \t\n]+(?=[A-ZÅÄÖ])", re.IGNORECASE)


def _answers(text: str) -> bool:
    """Whether ``_ANSWER.search(text)`` finds a match, tried only where one can start.

    Why: the case-insensitive alternation is tried at every position of a paragraph that holds one of its words, the
    costliest search of the referral.  Each alternative opens with a word of its own ("svar", "som", "remiss",
    "yttrande", "för"; "som" only before "svar", "för" only before "yttrande"), so a match starts where the lowered
    text (the same places) holds one of them, and matching there finds one if the search does.  A text that
    ``lowered`` cannot map place for place is searched as before."""
    low = lowered(text)
    if low is None:
        return _ANSWER.search(text) is not None
    starts = [w for w in _ANSWER_WORDS if w in low]
    starts += (["som"] if "svar" in starts else []) + (["för"] if "yttrande" in starts else [])
    for w in starts:
        at = low.find(w)
        while at >= 0:
            if _ANSWER.match(text, at) is not None:
                return True
            at = low.find(w, at + 1)
    return False


def find_referral(mt: MappedText, intro_end: int, ctx: Context) -> Named | None:
    """The body that referred the matter to this one, where the paragraph answers a referral (remiss); a nämnd
    named with its organisation ("Trafiknämnden i Region Stockholm har skickat … på remiss") sends for that
    organisation, which is the sender.

    Why: the remiss goes out from the region through its nämnd, and the gold names the region as the sender
    (heldout140's README); the nämnd named alone ("Trafiknämnden har remitterat …") stays the sender."""
    found = _find_referral(mt, intro_end, ctx)
    if found is not None and (m := _NAMND_OF_ORGANISATION.match(found.value)) is not None:
        return Named(found.value[m.end():], Span(found.span.start + m.end(), found.span.end))
    return found


def _find_referral(mt: MappedText, intro_end: int, ctx: Context) -> Named | None:
    text = mt.text
    if not _answers(text):
        return _requested_opinion(mt, ctx) or _asked_opinion(mt, ctx) or _coordinated_request(mt, ctx) or \
            _consultation_answered(mt, ctx)
    for m in _REMISS_FROM.finditer(text):
        for name, s, e in find_organisations(text[m.end(): m.end() + 80]):
            if s == 0 and name != ctx.body and not _owner_of_object(text, m, name, m.end() + e):
                return _passed_on_from(mt, ctx, name) or Named(name, _span(mt, m.end() + s, m.end() + e))
            break
    # Passive: "Motionen har av kommunstyrelsen remitterats till nämnden för yttrande".
    for m in _REFERRED_BY.finditer(text):
        for name, s, e in find_organisations(text[m.end(): m.end() + 60]):
            if s == 0 and name != ctx.body:
                return Named(name, _span(mt, m.end() + s, m.end() + e))
            break
    if (here := _referred_to_body(mt, ctx)) is not None:
        return here
    for m in _HAS_REFERRED.finditer(text):
        if (found := _referrer_before(text, m.start())) is None or found[0] == ctx.body:
            continue
        name, s, e = found
        # Only an answer: the referral went to this body (or to bodies like it), not out from it.
        tail = text[m.end(): m.end() + 400]
        if re.search(r"(?i)\btill\b", tail) or _invites_answer(m.group()) or _answer_sent_to(text, name):
            return Named(name, _span(mt, s, e))
    if (sent := _coordinated_remiss(mt, ctx)) is not None:
        return sent
    return _decided_referral(mt, ctx) or _genitive_remiss(mt, ctx) or _requested_opinion(mt, ctx) or \
        _asked_opinion(mt, ctx) or _consultation_sent_here(mt, ctx) or _sent_for_opinion(mt, ctx) or \
        _invited_to_comment(mt, ctx) or _requested_plain_opinion(mt, ctx) or _handed_over_on_remiss(mt, ctx) or \
        _coordinated_request(mt, ctx) or _letter_invitation(mt, ctx) or _opportunity_from(mt, ctx)


# "Länsstyrelsen har tagit fram en studie … och skickat den på remiss till …": the sending as the second verb of a
# sentence, its "har" given once before the first.
_AND_SENT_ON_REMISS = re.compile(r"(?i)\boch\s+(?:skickat|sänt|översänt)\s+(?:ut\s+)?"
                                 r"(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\bpå\s+remiss\s+till\b")


def _coordinated_remiss(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation that opens the sentence "X har genomfört … och skickat den på remiss till …", in a paragraph
    that answers a remiss (the caller has checked): the sender.

    Why: ``_HAS_REFERRED`` wants "har" right before the verb of sending, so a remiss told as the second of two verbs
    sharing one "har" had no referring organisation."""
    text = mt.text
    if "på remiss" not in text:
        return None
    for m in _AND_SENT_ON_REMISS.finditer(text):
        found = _opening_organisation(text, m.start())
        if found is not None and found[0] != ctx.body:
            return Named(found[0], _span(mt, found[1], found[2]))
    return None


# "Länsstyrelsen har i skrivelse 2024-06-14 (ärendenummer …) gett kommunen tillfälle att yttra sig": the letter that
# carried the invitation stands between "har" and the verb.
# (The sender's number in brackets may hold a colon between digits: "(Skolverkets dnr 2024:00123)".)
_LETTER_INVITES = re.compile(r"(?i)\bhar\s+(?:i|genom)\s+(?:en\s+)?(?:skrivelse|brev|e-post|begäran)\b"
                             r"(?:[^.;:]|(?<=\d)[:.](?=\d)){0,100}?"
                             r"\b(?:gett|givit|berett)\s+[^.;:]{1,60}?\b(?:tillfälle|möjlighet)\s+"
                             r"att\s+(?:yttra\s+sig|lämna\s+(?:synpunkter|yttrande))")


def _letter_invitation(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation right before "har i skrivelse <date> (<its number>) gett <receiver> tillfälle att yttra sig"
    in a paragraph that answers a remiss (the caller has checked): the sender of the letter referred the matter.

    Why: ``_HAS_REFERRED`` reads "har i remiss … gett" only; an invitation sent by letter ("i skrivelse") had no
    referring organisation."""
    if "tillfälle" not in mt.text and "möjlighet" not in mt.text:
        return None
    return _sender_before(mt, ctx, _LETTER_INVITES, adjacent=True)


# "Kommunen har fått möjlighet att yttra sig över betänkandet från Finansdepartementet": the receiver as the
# subject, the sender after "från" behind the document answered.
_OPPORTUNITY_FROM = re.compile(r"(?i)\b(?:har\s+(?:fått|getts|givits|beretts)|fick|gavs|bereddes)\s+"
                               r"(?:tillfälle|möjlighet)\s+att\s+(?:yttra\s+sig|lämna\s+(?:synpunkter|yttrande))"
                               r"\s+(?:över|om|på|kring)\s+[^.;:]{1,120}?\bfrån\s+")


def _opportunity_from(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation right after "från" in "<receiver> har fått möjlighet att yttra sig över <document> från
    <sender>", in a paragraph that answers a remiss (the caller has checked): the sender referred the matter.

    Why: the invitation told from the receiver's side names the sender last, never as a subject before a verb of
    sending, so such a remiss (also one the styrelse passed on) had no referring organisation."""
    if "tillfälle" not in mt.text and "möjlighet" not in mt.text:
        return None
    text = mt.text
    for m in _OPPORTUNITY_FROM.finditer(text):
        for name, s, e in find_organisations(text[m.end(): m.end() + 80]):
            if s == 0 and name != ctx.body:
                return Named(name, _span(mt, m.end() + s, m.end() + e))
            break
    return None


# "Länsstyrelsen X har i skrivelse 2007-01-18 (Länsstyrelsens dnr 501-1234-07) överlämnat ett förslag … på remiss
# till länets kommuner": the letter that carried the remiss, with its date and the sender's number, stands between
# "har" and the verb; "överlämnat" is the older minutes' word for sending.  The letter may be told with "genom" and
# its date as "daterat" ("har genom missiv daterat 2024-12-16 (regionens diarienummer …) sänt förslag … på remiss").
# The verb may be in the past tense without "har" ("Länsstyrelsen sände 2024-10-02 analysen på remiss till kommunerna").
# The covering letter between "har" and the verb, with its date and the sender's number in brackets: "har i skrivelse
# 2007-01-18 (Länsstyrelsens dnr 501-1234-07) …", "har genom missiv daterat 2024-12-16 (…) …".
_COVERING_LETTER = (r"(?:(?:i|genom)\s+(?:en\s+|ett\s+)?(?:skrivelse|brev|missiv)"
                    r"(?:\s+(?:daterad\s+|daterat\s+)?\d{4}-\d{2}-\d{2})?\s*(?:\([^()]{1,80}\)\s*)?)")
_HANDED_OVER_ON_REMISS = re.compile(
    rf"(?i)(?:\bhar\s+{_COVERING_LETTER}?(?:överlämnat|översänt|skickat|sänt)|"
    r"\b(?:överlämnade|översände|skickade|sände))\s+"
    r"(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\bpå\s+remiss\s+till\b")


def _handed_over_on_remiss(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation right before "har i skrivelse <date> (<its dnr>) överlämnat … på remiss till …", in a
    paragraph that answers a remiss (the caller has checked): the sender of the remiss.

    Why: ``_HAS_REFERRED`` wants the verb right after "har" (or a date) and knows "skickat"/"sänt" only, so a remiss
    told with its covering letter between, or with "överlämnat", had no referring organisation."""
    if "remiss" not in mt.text:
        return None
    return _sender_before(mt, ctx, _HANDED_OVER_ON_REMISS, adjacent=True)


# "Socialstyrelsen publicerade 2008-02-12 en version … och har begärt landstingets yttrande senast …": the request
# for the body's opinion as the second verb of a sentence whose subject opens it.
_COORDINATED_REQUEST = re.compile(r"(?i)\boch\s+har\s+(?:begärt|efterfrågat|inhämtat)\s+(?:in\s+)?[\wåäö]*"
                                  r"(?:landstingets|nämndens|styrelsens|fullmäktiges|kommunens|stadens|regionens)"
                                  r"\s+yttrande\b")
# Where a sentence starts: after a full stop and a space, a blank line, or a line that ends in no word of running
# text (a heading, "Dnr 412-08") before a capital.
_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]+(?=[A-ZÅÄÖ])|\n[ \t]*\n|(?<![a-zåäö,])[ \t]*\n(?=[A-ZÅÄÖ])")


# "… och" right before a verb: the verb is the second of its sentence, its subject the one that opens the sentence.
_AND_BEFORE_VERB = re.compile(r"\boch\s*$")


def _referrer_before(text: str, at: int) -> tuple[str, int, int] | None:
    """The subject of the referral verb at ``at`` ("har skickat … på remiss"), as (name, start, end) in ``text``:
    the organisation that opens the sentence where the verb follows "och", else the last one in the 80 characters
    before it.

    Why: in "Kommunstyrelsen har beslutat att ställa ut förslaget för Norrby kommun och har skickat det på remiss",
    the organisation right before "och har" is the first verb's object, not the sender."""
    lo = max(0, at - 80)
    before = text[lo:at]
    if _AND_BEFORE_VERB.search(before) and (subject := _opening_organisation(text, at)) is not None:
        return subject
    orgs = list(find_organisations(before))
    if not orgs:
        return _short_form_subject(text, lo, at)
    name, s, e = orgs[-1]
    if len(orgs) > 1 and _nämnd_in_apposition(before, orgs[-2], orgs[-1]):
        # "Region X, kollektivtrafiknämnden, har skickat …": the nämnd sends for its organisation, the sender (as
        # "Trafiknämnden i Region X", see ``find_referral``).
        name, s, e = orgs[-2]
    if (clause := _RELATIVE_CLAUSE_BEFORE.search(before, 0, s)) is not None and \
            re.match(r"\s*,", before[e:]) is not None:
        # "X, som finns vid Y, har skickat …": Y is where X sits, X the sender; X may stand further back.
        base = max(0, lo + clause.start() - 120)
        opener = list(find_organisations(text[base:lo + clause.start()]))
        if opener and not text[base + opener[-1][2]:lo + clause.start()].strip():
            name, s, e = opener[-1]
            return name, base + s, base + e
    return name, lo + s, lo + e


# A sentence opened by one capitalised word in the definite form right before the verb: "… 2044. Länsstyrelsen har".
_SHORT_SUBJECT = re.compile(r"(?:^|[.!?:]\s+|\n)([A-ZÅÄÖ][a-zåäö]{3,}(?:en|et|n))\s+$")


def _short_form_subject(text: str, lo: int, at: int) -> tuple[str, int, int] | None:
    """The full name behind a short form that opens the referral sentence: "Länsstyrelsen har … gett nämnden
    tillfälle att yttra sig" after "… hos Länsstyrelsen i Västmanlands län …" earlier in the paragraph, as (the full
    name, the short form's start, end).

    Why: a secretary names the agency in full once and then by its head word alone, which is no organisation's name,
    so the sender was lost."""
    if (m := _SHORT_SUBJECT.search(text, lo, at)) is None:
        return None
    word = m.group(1)
    earlier = [name for name, _s, _e in find_organisations(text[:lo + m.start(1)])
               if name.startswith(word + " ")]
    return (earlier[-1], m.start(1), m.end(1)) if earlier else None


# An organisation that has nämnder: a region, a municipality, a city, a county council.
_NÄMND_OWNER = re.compile(r"(?i)region|kommun$|\bstad$|landsting")


def _nämnd_in_apposition(text: str, outer: tuple[str, int, int], inner: tuple[str, int, int]) -> bool:
    """Whether ``inner`` is a nämnd set off by commas right after the organisation ``outer`` it belongs to ("Västra
    Regionen, kulturnämnden, har …").

    Why: the nämnd, the organisation last named before the verb, was taken for the sender of a remiss that the gold
    gives to the region (heldout140's README), as it does for "Kulturnämnden i Region X"."""
    return inner[0].casefold().endswith("nämnden") and _NÄMND_OWNER.search(outer[0]) is not None and \
        not outer[0].casefold().endswith(("nämnden", "styrelsen", "fullmäktige")) and \
        re.fullmatch(r",\s*", text[outer[2]:inner[1]]) is not None and re.match(r"\s*,", text[inner[2]:]) is not None


# ", som finns vid", ", som är en del av": a relative clause opening before the organisation it names, the sentence's
# subject before its comma.
_RELATIVE_CLAUSE_BEFORE = re.compile(r",\s+som\s+[^,.;:]{1,60}$")


def _opening_organisation(text: str, at: int) -> tuple[str, int, int] | None:
    """The organisation that opens the sentence in which offset ``at`` stands, as (name, start, end) in ``text``;
    None where none opens it or the sentence starts more than 300 characters before ``at``.  A section heading on
    the line above ("Ärendet" / "Kommunstyrelsen har …") may stand between the break and the sentence."""
    lo = max(0, at - 300)
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(text, lo, at)), default=lo)
    line = start
    for nl in (i for i in range(start, at) if text[i] == "\n"):
        if section_kind(text[line:nl].strip()):
            start = nl + 1  # a heading ends no sentence with a stop, but nothing before it is the sentence's
        line = nl + 1
    if start == lo and lo > 0:
        return None  # the sentence opens further back than we look
    head = text[start:at]
    orgs = list(find_organisations(head))
    if not orgs or head[:orgs[0][1]].strip():
        return None
    name, s, e = orgs[0]
    return name, start + s, start + e


def _coordinated_request(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation that opens the sentence whose second verb, after "och", is "har begärt <the body's>
    yttrande": the subject of both verbs asks for the opinion, as a remiss does.

    Why: ``_requested_opinion`` wants the subject right before "har" (in 80 characters), so a sentence that first
    tells what the authority published ("X publicerade … och har begärt landstingets yttrande") gave no referral.
    Only a subject at the sentence's start, and at most 300 characters before the request."""
    text = mt.text
    if "yttrande" not in text or not may_hold(text, _REQUEST_WORDS):
        return None
    for m in _COORDINATED_REQUEST.finditer(text):
        if (subject := _opening_organisation(text, m.start())) is None or subject[0] == ctx.body:
            continue
        name, s, e = subject
        return Named(name, _span(mt, s, e))
    return None


# "IVO har begärt yttrande i ärende …", "har begärt ett yttrande senast …": a request for an opinion without its
# owner; not one asked of others ("har begärt yttrande från Region X"), which goes out from the paragraph's body.
_REQUESTED_PLAIN_OPINION = re.compile(rf"(?i)\bhar\s+{_WHEN}(?:begärt|efterfrågat)\s+(?:in\s+)?"
                                      r"(?:ett\s+)?yttrande\b(?!\s+(?:från|av|hos)\b)")


def _requested_plain_opinion(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named before "har begärt yttrande" in a paragraph that answers a referral ("Yttrande till
    X"): the authority that asks the body for its opinion refers the matter to it.

    Why: ``_requested_opinion`` wants the body's genitive ("socialnämndens yttrande"), so "Inspektionen för vård
    och omsorg (IVO) har begärt yttrande i ärende …" gave no referral.  Only in an answer (the caller has checked
    ``_ANSWER``); the organisation may stand with its abbreviation in brackets before the verb."""
    return _sender_before(mt, ctx, _REQUESTED_PLAIN_OPINION) if "yttrande" in mt.text else None


# "Kommunstyrelsen remitterade 2024-08-27, § 133, motionen till …": the referral told in the past tense without
# "har", as a history of the matter tells each step.
# Also the decision to refer: "Kommunfullmäktige beslutade 2024-05-28, § 97, att remittera motionen till nämnden för
# yttrande" (why: only the verb itself was read, and a motion remitted by fullmäktige had no referring body).
_REFERRED_PAST = re.compile(rf"(?i)\b(?:remitterade|(?:beslutade|beslöt)\s+{_WHEN}att\s+remittera)\s+{_WHEN}")


# "till" that names no receiver: "förslaget till taxa" is the document's own name (a förslag till something).
_RECEIVER_TILL = re.compile(r"(?<!förslag )(?<!förslaget )(?<!förslagen )(?<!förslagets )\btill ")


def _first_receiver_till(sentence: str, body: str) -> int:
    """Where the first "till " of ``sentence`` that may name a receiver stands (0 where there is none); a "till"
    before the (lower-case) ``body`` itself always may.

    Why: "Kommunstyrelsen remitterade …, förslaget till taxa till tekniska nämnden" was read as sent to "taxa", so
    the referral that the body answers was lost.  But "att remittera förslaget till socialnämnden" sends the proposal
    to the body: no document is named after a nämnd (why: that referral was lost too)."""
    m = _RECEIVER_TILL.search(sentence)
    at = m.start() if m else len(sentence)
    to_body = re.search(rf"\btill {re.escape(body)}\b", sentence[:at])
    return to_body.start() if to_body else m.start() if m else 0


def _referred_to_body(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation right before a "har … remitterat" (or a past-tense "remitterade") whose sentence sends the
    matter "till" this very body ("Kommunstyrelsen har den 2 december 2025 remitterat förslaget till barn- och
    ungdomsnämnden för yttrande", "… och kommunstyrelsen remitterade motionen till socialnämnden").

    Why: where a region sent its proposal on remiss to the municipalities and the kommunstyrelse passed it on to
    the nämnd, the first "har … på remiss" (the region's) was taken; the nämnd answers the one that sent the
    matter to it.  Only a referral whose own sentence names the body after "till"."""
    if not ctx.body:
        return None
    text = mt.text
    body = ctx.body.casefold()
    for m in (*_HAS_REFERRED.finditer(text), *_REFERRED_PAST.finditer(text)):
        end = text.find(".", m.end())
        sentence = text[m.end(): end if end != -1 else m.end() + 300].casefold()
        if f"till {body}" not in sentence:
            continue
        if m.re is _REFERRED_PAST and not sentence[_first_receiver_till(sentence, body):].startswith(f"till {body}"):
            continue  # "X remitterade motionen till Y, som i sin tur har remitterat den till nämnden": Y's step
        off = max(0, m.start() - 80)
        orgs = list(find_organisations(text[off: m.start()]))
        if orgs and orgs[-1][0] != ctx.body and not text[off + orgs[-1][2]: m.start()].strip(" ,"):
            name, s, e = orgs[-1]
            return Named(name, _span(mt, off + s, off + e))
    return None


# "Sametinget har bjudit in kommunerna i förvaltningsområdet att lämna synpunkter", "X har inbjudit nämnden att
# yttra sig": an invitation to answer, which a remiss is.
_INVITED_TO_COMMENT = re.compile(rf"(?i)\bhar\s+{_WHEN}(?:bjudit\s+in|inbjudit)\s+[^.;:]{{1,80}}?"
                                 r"\batt\s+(?:yttra\s+sig|lämna\s+(?:synpunkter|yttrande|remissvar|svar))\b")


def _invited_to_comment(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before "har bjudit in <receivers> att lämna synpunkter" in a paragraph that
    answers a remiss (the caller has checked): the inviting organisation referred the matter.

    Why: ``_HAS_REFERRED`` reads the invitation as "gett … möjlighet att yttra sig" only, so a remiss told as
    "har bjudit in … att lämna synpunkter" had no referring organisation."""
    if "bjudit" not in mt.text:
        return None
    return _sender_before(mt, ctx, _INVITED_TO_COMMENT, adjacent=True)


# "Trafikverket har 2024-02-12 skickat samrådsunderlaget för väg 66 … till Malung-Sälens kommun för yttrande": a
# document sent to the municipality (or the body) for its opinion.
_SENT_FOR_OPINION = re.compile(rf"(?i)\bhar\s+{_WHEN}(?:skickat|sänt|översänt)\s+"
                               r"(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\btill\s+[^.;:]{1,60}?\bför\s+yttrande\b")


def _sent_for_opinion(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before "har <date> skickat <document> till <receiver> för yttrande": the sender
    of a document for this body's (or its municipality's) opinion refers the matter to it, as a remiss does.

    Why: an authority's samrådsunderlag sent "för yttrande" says neither remiss nor "på samråd till", so no
    referral was read.  The sender must stand right before "har" as its subject, and is never the body itself."""
    if "yttrande" not in mt.text:
        return None
    return _sender_before(mt, ctx, _SENT_FOR_OPINION, adjacent=True)


# "Haninge kommun har skickat förslag till detaljplan … på samråd till förbundet": another organisation's plan sent
# to this body for comment.  Only "till" this body in its generic words (or a body's name), not out to others.
# ("… på granskning till bland andra Västra Sörmlands Räddningstjänst": a list of receivers "among others" holds
# this body; why: a capitalised receiver was not read, and the answered granskning had no referral.)
_SENT_FOR_CONSULTATION = re.compile(rf"(?i)\bhar\s+{_WHEN}(?:skickat|sänt|översänt)\s+(?:ut\s+)?"
                                    r"(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\bpå\s+(?:samråd|granskning)\s+till\s+"
                                    r"(?:förbundet|nämnden|styrelsen|kommunen|regionen|direktionen|"
                                    r"[a-zåäö]+(?:nämnden|styrelsen|förbundet)|"
                                    r"(?:bland\s+andra|bl\.\s?a\.)\s+(?-i:[A-ZÅÄÖ]|[a-zåäö]+(?:nämnden|styrelsen|"
                                    r"förbundet)\b))")


def _sender_before(mt: MappedText, ctx: Context, pattern: re.Pattern[str], *, adjacent: bool = False) -> Named | None:
    """The organisation named last in the 80 characters before the first match of ``pattern`` that has one, other
    than the body itself; with ``adjacent``, only one that stands right before the match (commas and spaces
    between), as the subject of its verb, or before a relative "som" that is its subject ("… till kommunstyrelsen,
    som har skickat den vidare till nämnden för yttrande")."""
    text = mt.text
    for m in pattern.finditer(text):
        off = max(0, m.start() - 80)
        orgs = list(find_organisations(text[off: m.start()]))
        if not orgs or orgs[-1][0] == ctx.body:
            continue
        name, s, e = orgs[-1]
        if adjacent and text[off + e: m.start()].strip(" ,\n") not in ("", "som"):
            continue
        return Named(name, _span(mt, off + s, off + e))
    return None


# "Norrby kommun har skickat förslaget till översiktsplan på samråd till …", whoever the receiver is.
_SENT_ON_CONSULTATION = re.compile(rf"(?i)\bhar\s+{_WHEN}(?:skickat|sänt|översänt)\s+(?:ut\s+)?"
                                   r"(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\bpå\s+(?:samråd|granskning)\s+till\b")


def _consultation_answered(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation that "har skickat … på samråd till" someone, where the paragraph gives its answer to that
    very organisation ("Svar till Norrby kommun – samråd om översiktsplan"): a samråd answered is a remiss.

    Why: ``_consultation_sent_here`` wants the receiver as "nämnden"/"regionen", and only in a paragraph that
    ``_ANSWER`` calls an answer; a region's answer headed "Svar till X" that names itself as the receiver had no
    referral.  The answer sent to the sender tells that the samråd came here, not went out from here."""
    text = mt.text
    if "samråd" not in text and "granskning" not in text:
        return None
    found = _sender_before(mt, ctx, _SENT_ON_CONSULTATION, adjacent=True)
    return found if found is not None and _answer_sent_to(text, found.value) else None


def _consultation_sent_here(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before "har skickat … på samråd (granskning) till <this body>": a plan of
    another organisation sent here for comment is answered as a remiss is.

    Why: a kommun's detaljplan sent on samråd to a kommunalförbund or a nämnd of another kommun says neither remiss
    nor "har begärt yttrande", so no referral was read; a body sending its own plan out ("skickas ut på samråd till
    Länsstyrelsen …") names others after "till", so it stays no referral."""
    text = mt.text
    if "samråd" not in text and "granskning" not in text:
        return None
    return _sender_before(mt, ctx, _SENT_FOR_CONSULTATION, adjacent=True)


# "IVO har begärt socialnämndens yttrande", "har begärt in kommunens yttrande": a request for this body's opinion;
# also with the way of asking before the verb, "har på remiss begärt nämndens yttrande" (why: the words between
# "har" and "begärt" hid the request, and the sender was lost).
# (The covering letter may stand before the verb, and the request may go to all the county's municipalities as their
# "synpunkter": "Länsstyrelsen har i skrivelse 2011-02-03 (dnr …) begärt kommunernas synpunkter på …"; why: the
# words between "har" and "begärt" hid the request, and the sender was lost.)
_REQUESTED_OPINION = re.compile(rf"(?i)\bhar\s+(?:den\s+[\w ]{{1,20}}?\s+)?{_WHEN}{_COVERING_LETTER}?"
                                r"(?:(?:på|genom|via)\s+remiss\s+)?"
                                r"(?:begärt|efterfrågat|inhämtat)\s+(?:in\s+)?"
                                # (a landsting's minutes: "har begärt landstingets yttrande")
                                r"(?:[\wåäö]*(?:nämndens|styrelsens|fullmäktiges|kommunens|stadens|regionens|"
                                r"landstingets)\s+yttrande\b|(?:kommunernas|nämndernas)\s+(?:yttranden?|synpunkter)\b)"
                                # Not over a complaint: "IVO har begärt nämndens yttrande över en anmälan" is a
                                # supervisory authority's inquiry, no remiss (why: it was read as a referral).
                                r"(?![ \t]+(?:över|om|i\s+anledning\s+av|med\s+anledning\s+av)\s+(?:en|ett|de)\s+"
                                r"(?:anmälan|anmälningar|klagomål)\b)")


def _requested_opinion(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before "har begärt <this body's> yttrande": an authority that asks the body
    for its opinion (on a licence application, a plan) refers the matter to it, as a remiss does.

    Why: "Inspektionen för vård och omsorg (IVO) har begärt socialnämndens yttrande … över X AB:s ansökan" says
    neither remiss nor "yttrande över", so no referral was read."""
    text = mt.text
    if ("yttrande" not in text and "synpunkter" not in text) or not may_hold(text, _REQUEST_WORDS):
        return None
    return _sender_before(mt, ctx, _REQUESTED_OPINION)


# The same request in the past tense, with the date and the asking unit between: "Länsstyrelsen X,
# miljöprövningsdelegationen, begärde 2024-07-05 kommunens yttrande".
_ASKED_OPINION = re.compile(r"(?i)(?:,\s*[a-zåäö][\w-]*,\s*)?\b(?:begärde|efterfrågade|inhämtade)\s+(?:in\s+)?"
                            r"(?:den\s+\d{1,2}\s+[a-zåäö]+\s+(?:\d{4}\s+)?|\d{4}-\d{2}-\d{2}\s+)?"
                            r"[\wåäö]*(?:nämndens|styrelsens|fullmäktiges|kommunens|stadens|regionens)\s+yttrande\b")


# Every match of _REQUESTED_OPINION, _ASKED_OPINION and _COORDINATED_REQUEST holds one of these verbs (in any case):
# most paragraphs that name a "yttrande" ask for none.
_REQUEST_WORDS = ("begär", "efterfråg", "inhämta")


def _asked_opinion(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before "begärde <date> <this body's> yttrande" (``_requested_opinion`` in the
    past tense); a unit of it in lower case may stand between, after a comma ("Länsstyrelsen X,
    miljöprövningsdelegationen, begärde …").

    Why: a report of an ordförandebeslut tells the request as past events, so "har begärt" was not there."""
    text = mt.text
    if "yttrande" not in text or not may_hold(text, _REQUEST_WORDS):
        return None
    return _sender_before(mt, ctx, _ASKED_OPINION, adjacent=True)


# A body of the organisation itself: a remiss "från regionstyrelsen" may only pass on another sender's.
_OWN_BODY = re.compile(r"(?i)(?:styrelse|nämnd|fullmäktige|utskott|beredning)(?:n|en)?$")


def _passed_on_from(mt: MappedText, ctx: Context, internal: str) -> Named | None:
    """The outside organisation whose remiss a body of the organisation itself passed on ("Yttrande över remiss från
    regionstyrelsen", and in the text "Socialdepartementet har remitterat betänkandet … till Region Stockholm"),
    or None (also when ``internal`` is no such body, or no outside sender is named as the subject of "har
    remitterat … till").

    Why: the title names the styrelse that handed the ministry's remiss on, but the referral is the ministry's
    (gold convention since tests/heldout: the remiss passed on by the styrelse → the ministry); an internal remiss
    without an outside sender stays the styrelse's."""
    if not _OWN_BODY.search(internal):
        return None
    text = mt.text
    for m in _HAS_REFERRED.finditer(text):
        off = max(0, m.start() - 80)
        orgs = list(find_organisations(text[off: m.start()]))
        if not orgs or text[off + orgs[-1][2]: m.start()].strip():
            continue  # the sender is the subject right before the verb
        name, s, e = orgs[-1]
        if name == ctx.body or _OWN_BODY.search(name) or re.search(r"\si\s*$", text[off: off + s]):
            continue  # "Regionstyrelsen i Region Örebro län har remitterat": the styrelse's own, not passed on
        if re.search(r"(?i)\btill\b", text[m.end(): m.end() + 200]):
            return Named(name, _span(mt, off + s, off + e))
    return None


# "Direktionen för X-förbundet beslutade 2024-03-21, § 14, att skicka ett förslag … på remiss till
# medlemskommunerna": the sender's decision to refer, told in the past tense.
# Also "Kommunstyrelsen beslutade 2025-02-19, § 41, att remittera förslaget till nämnderna": the verb "remittera"
# is the remiss itself, so no "på remiss" follows it (why: such a referral, in an answer, was lost).  Only to the
# nämnder at large ("nämnderna", "samtliga nämnder"): one body named after "till" may have passed it on here.
_DECIDED_TO_REFER = re.compile(r"(?i)\b(?:beslutade|beslöt)\b[^.;:]{0,40}?\batt\s+(?:(?:skicka|sända|remittera)\b"
                               r"(?:[^.;:]|(?<=\d)[:.](?=\d)){0,200}?\bpå\s+remiss\s+till\b|"
                               r"remittera\b(?:[^.;:]|(?<=\d)[:.](?=\d)){1,200}?\btill\s+(?:[a-zåäö]+\s+)?"
                               r"[a-zåäö]*nämnder(?:na)?\b)")


def _decided_referral(mt: MappedText, ctx: Context) -> Named | None:
    """The organisation named right before a decision to send the matter out on remiss to others.

    Why: a kommunalförbund's or region's remiss is often told as its board's decision ("Direktionen för … beslutade
    … att skicka … på remiss till medlemskommunerna"), with no "har skickat" for ``_HAS_REFERRED`` to find.  The
    organisation is the last one named in the 80 characters before the verb (a board "för" it is part of it)."""
    text = mt.text
    if "remiss" not in text and "remitter" not in text:
        return None
    return _sender_before(mt, ctx, _DECIDED_TO_REFER)


# The lower-case noun after an organisation's name in the genitive: "Stockholms stads program".
_GENITIVE_OBJECT = re.compile(r"[ \u00a0]+[a-zåäö]")


def _owner_of_object(text: str, m: re.Match[str], name: str, org_end: int) -> bool:
    """ "Remiss av Göteborgs Stads program …": after "av" an organisation in the genitive owns the document sent
    on remiss and is not the sender.

    Why: the heading "Svar på remiss av Stockholms stads strategi" names the city (whose program it is); the
    body that sent the remiss ("Remiss från kommunstyrelsen") is named elsewhere in the paragraph.
    """
    genitive = text[org_end - 1:org_end] == "s" and not name.endswith("s")
    after_av = m.group().rstrip().casefold().endswith("av")
    return genitive and after_av and _GENITIVE_OBJECT.match(text, org_end) is not None


def _answer_sent_to(text: str, name: str) -> bool:
    """Whether the paragraph gives its answer to the organisation ("… antar förslaget som sitt yttrande till Region
    Blekinge"), so that the organisation's "har skickat … på remiss" before it referred the matter here.

    Why: a remiss told as "X har skickat förslaget på remiss (X:s diarienummer …)" names no receiver after the
    verb, and the referral was taken for one going out from the body."""
    return re.search(rf"(?i)\b(?:yttrande|svar|remissvar)(?:t|et)?\s+till\s+{re.escape(name)}\b", text) is not None


def _invites_answer(referred: str) -> bool:
    """A referral told as an invitation to this body ("har gett nämnden möjlighet att yttra sig"): it names its
    receiver itself, so no "till" after it is needed to tell that the referral came here."""
    return "tillfälle" in referred or "möjlighet" in referred


_GENITIVE_REMISS = re.compile(r"(?<=[^\Ws])s[ \u00a0]+remiss(?:en)?\b")


def _genitive_remiss(mt: MappedText, ctx: Context) -> Named | None:
    """ "Yttrande över Trafikverkets remiss": the organisation whose remiss it is, named in the genitive right
    before the word (the paragraph answers a remiss, as :func:`find_referral` has checked)."""
    text = mt.text
    for m in _GENITIVE_REMISS.finditer(text):
        off = max(0, m.start() - 80)
        orgs = list(find_organisations(text[off: m.start() + 1]))
        if orgs and orgs[-1][2] == m.start() + 1 - off and orgs[-1][0] != ctx.body:
            name, s, e = orgs[-1]
            return Named(name, _span(mt, off + s, off + e))
    return None


# ------------------------------------------------------------------------------------------- staff report

_STAFF = re.compile(r"(?i)\btjänste(?:utlåtande|skrivelse|anteckning)(?:n|t|s)?\b")


def find_staff_report(mt: MappedText) -> Dated | None:
    text = mt.text
    # Every match holds "tjänste" at its start: the search starts at its first place in the lowered text (the same
    # place in the text), or at 0 where the text cannot be lowered place for place (None: may hold it anywhere).
    low = lowered(text)
    first = 0 if low is None else low.find("tjänste")
    for m in _STAFF.finditer(text, first) if first >= 0 else ():
        window = text[m.end(): m.end() + 70]
        for value, s, e in find_dates(window):
            between = window[:s]
            if re.search(r"[.;]\s|\n\n", between) or re.search(r"(?i)\bmotion|\byrkande|\bbeslut", between):
                break
            return Dated(value, _span(mt, m.end() + s, m.end() + e))
    return _administration_letter(mt)


# "Kommunledningskontorets skrivelse 2024-08-14", "Kommunstyrelseförvaltningens skrivelse daterad 2024-01-30":
# the administration's own letter in the genitive, which is its staff report under another name.
_ADMINISTRATION_LETTER = re.compile(r"(?i)\b[\wåäö-]*(?:förvaltningens|kontorets|avdelningens|enhetens|kansliets)"
                                    r"\s+skrivelse,?\s+(?:daterad\s+)?(?=\d{4}-\d{2}-\d{2}\b)")


def _administration_letter(mt: MappedText) -> Dated | None:
    """The date of "<administration>s skrivelse <date>" where no tjänsteskrivelse is named.

    Why: many municipalities call the staff report the administration's "skrivelse"; without the word
    "tjänsteskrivelse" the date was lost.  Only an administration (förvaltning, kontor, avdelning, enhet,
    kansli) in the genitive: a company's or authority's "skrivelse" is a letter to the body, not its staff report."""
    text = mt.text
    if "skrivelse" not in text:
        return None
    if m := _ADMINISTRATION_LETTER.search(text):
        for value, s, e in find_dates(text[m.end(): m.end() + 10]):
            return Dated(value, _span(mt, m.end() + s, m.end() + e))
    return None


# ------------------------------------------------------------------------------------------- agreements

_AGREEMENT = re.compile(
    r"(?i)\b((?:[\wåäö]+)?(?:avtal(?:et)?|överenskommelse|överenskommelsen|avsiktsförklaring|avsiktsförklaringen|"
    r"samverkansöverenskommelse|partnerskap|samarbetsavtal|samverkansavtal|överenskommelser|"
    # "Medborgarlöfte 2024–2025 mellan Hjo kommun och Polismyndigheten": the police's and a municipality's joint
    # pledge is an agreement of the two (why: unread, the paragraph lost its agreement).
    r"medborgarlöftet?|"
    # "köpekontraktet mellan Norrby kommun och Norrbyhem AB": a contract that names its parties (why: unread, a sale
    # decided by approving it lost its agreement).  Not a contract without them ("underteckna köpekontraktet"),
    # the document of a sale the gold does not count as an agreement.
    r"[\wåäö]*kontrakt(?:et)?(?=\s+mellan\s)))\b")
# Every match of _AGREEMENT holds one of these: a pre-check, since the pattern's optional word before the noun makes
# it slow at every word of a text that holds none.
_AGREEMENT_WORDS = ("avtal", "överenskommelse", "avsiktsförklaring", "partnerskap", "medborgarlöfte", "kontrakt")


def _agreement_words(text: str) -> list[re.Match[str]]:
    """The matches of ``_AGREEMENT.finditer(text)``, found from the words of ``_AGREEMENT_WORDS`` in the lowered text.

    Why: the pattern's optional word before the noun is tried at every word of the text, most of which hold none
    of the nouns.  Each match is a whole word (it starts at a word boundary, holds only word characters and ends at
    one) that holds one of the nouns, so matching at the start of each word that holds one finds the same matches.
    A text that ``lowered`` cannot map position for position is searched as before."""
    low = lowered(text)
    if low is None:
        return list(_AGREEMENT.finditer(text))
    starts = set()
    for w in _AGREEMENT_WORDS:
        at = low.find(w)
        while at >= 0:
            start = at
            while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # what \w reads as a word's
                start -= 1
            starts.add(start)
            at = low.find(w, at + 1)
    return [m for start in sorted(starts) if (m := _AGREEMENT.match(text, start)) is not None]


_BETWEEN = re.compile(r"(?i)\bmellan\s+")
_WITH = re.compile(r"(?i)\bmed\s+")
# "Överenskommelsen tecknas med Polisregion Mitt": the counterparty after a passive verb of making (why: only "avtal
# med X" was read, so the agreement so told had no party).
_PASSIVE_WITH = re.compile(r"(?i)(?:tecknas|ingås|sluts|träffas)\s+med\s+")


_AGENT = re.compile(r"(?i)\s*,\s*genom\s+")


# "(nedan kallad kommunen)", "(nedan kallat Tierp)", "(härefter benämnd värdkommunen)": the short name a party is
# given in the agreement, between the parties of a list.
_DEFINITION = re.compile(r"\s*\((?:nedan|härefter|här)\s+(?:kallad|kallat|kallade|kallas|benämnd|benämnt|benämns)"
                         r"\s+[^()\n]{1,40}\)")
_DEFINITION_OPEN = re.compile(r"\s*\((?:nedan|härefter|här)\s+(?:kallad|kallat|kallade|kallas|benämnd|benämnt|benämns)"
                              r"\s+[^()\n]{0,30}")


def _without_definitions(gap: str) -> str:
    """The text between two parties without the short names given to them ("(nedan kallad kommunen)").

    Why: "Arbetsförmedlingen och Gnesta kommun (nedan kallad kommunen) har …" and "mellan Tierps kommun (nedan
    kallad Tierp) och …" ended the list of parties at the parenthesis, which only defines a name for the party
    before it."""
    return _DEFINITION.sub("", gap) if "(" in gap else gap


def _agreement_parties(text: str, start: int, own_body: str | None = None,
                       own_municipality: str | None = None) -> list[tuple[str, int, int]]:
    """Organisations listed after "mellan" at ``start``: "mellan A, B och C" ("staden", "nämnden" resolved)."""
    parties = []
    pos = start
    # A name may wrap ("Högskolan" / "i Kalmar"): a line break counts as the space it stands for.
    window = _before_section_heading(text, start, start + 260).replace("\n", " ")
    for name, s, e in find_organisations(window, own_body, own_municipality):
        gap = text[pos: start + s]
        if pos != start and _DEFINITION_OPEN.fullmatch(gap):
            continue  # the short name inside "(nedan kallad kommunen)" is the party before it, not another
        gap = _without_definitions(gap)
        if pos != start and _AGENT.fullmatch(gap):
            # "Falu kommun, genom omsorgsnämnden, och AB Kopparstaden": the nämnd acts for the party before it.
            pos = start + e
            continue
        if pos != start and not re.fullmatch(r"\s*,?\s*(?:och|samt|&)\s*|\s*,\s*", gap, re.I) and \
                not _CONTRACT_ROLE_GAP.fullmatch(gap):
            break
        if pos == start and gap.strip():
            break
        parties.append((name, start + s, start + e))
        pos = start + e
    return parties + _unmarked_last_party(text, start, parties)


def _before_section_heading(text: str, start: int, end: int) -> str:
    """``text[start:end]`` up to the first line within it that is a section heading of its own ("Sammanfattning av
    ärendet", "Bakgrund"): a name never wraps onto such a line.

    Why: a title that ends with its last party ("… mellan X kommun och Y AB") stands right above the first section
    heading, and with the line break read as a space the heading's first word was taken into the company's name."""
    at = text.find("\n", start, end)
    while at != -1:
        line_end = text.find("\n", at + 1)
        if section_kind(text[at + 1: line_end if line_end != -1 else len(text)]) is not None:
            return text[start:at]
        at = text.find("\n", at + 1, end)
    return text[start:end]


# "mellan X kommun och fastighetsägaren Y AB", "… och köparen Z AB": the party's role in the contract before its
# name, between two parties of the list (why: the role noun ended the list, so the agreement lost its other party).
_CONTRACT_ROLE_GAP = re.compile(r"\s*,?\s*(?:och|samt|&)\s+(?:[a-zåäö]*(?:ägaren|säljaren|köparen|värden|gästen|"
                                r"leverantören|entreprenören|utföraren|exploatören|herren|arrendatorn|havaren|"
                                r"upplåtaren|motparten|bolaget|föreningen|stiftelsen))\s+")


# The last party of an agreement's list named without any word that marks an organisation: "Kumla Idrottsallians",
# "Statens servicecenter", "Tornion kaupunki".  A capitalised word and at most two more, then the list's end: what
# the agreement is about ("om", "för", "avseende"), a punctuation mark or the end of the line.  Two words at least: a
# lone "Polisen" is a common noun, and a group ("Skånes kommuner") is no party of its own.  The name may wrap at a
# line break in a wrapped title before a word in lower case ("… och Kiruna" / "pensionärsförening om …"; a
# capital there opens a heading: "… och Polisen" / "Sammanfattning").
# A club's abbreviation of capitals may close the name: "Sävsjö IK", "Kumla BK" (why: the name of a sports club by its
# place had no word in lower case after the first, so the club was no party).
_UNMARKED_PARTY = re.compile(r"([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖa-zåäö]+)?"
                             r"(?:(?:[ ][A-ZÅÄÖa-zåäö]|\n[a-zåäö])[a-zåäö-]+|[ ][A-ZÅÄÖ]{2,4}(?![\wåäö])){1,2}?)"
                             r"(?=[ \t]*(?:[.,;:]|\n|$)|[ \t]+(?:om|för|avseende|gällande|angående|rörande|från|"
                             r"under|godkänns|perioden|enligt)\b)")
_UNMARKED_GAP = re.compile(r"\s*,?\s*(?:och|samt|&)\s*")


def _unmarked_last_party(text: str, start: int, parties: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The agreement's last party after "A och" where no organisation pattern reads it ("mellan Kultur- och
    fritidsnämnden och Kumla Idrottsallians"), or the one party after "med" ("samverkansavtalet med Statens
    servicecenter"); [] otherwise.

    Why: an association, a state agency or a foreign city named without a company or body word was no
    organisation, so the agreement had one party and was dropped.  The place in the list tells it is a party."""
    if parties:
        gap = _UNMARKED_GAP.match(text, parties[-1][2])
        if gap is None or gap.end() == parties[-1][2]:
            return []
        at = gap.end()
    elif re.search(r"(?i)\bmed\s*$", text[max(0, start - 5):start]):
        at = start
    else:
        return []
    m = _UNMARKED_PARTY.match(text, at)
    if m is None or m.group(1).split()[0].casefold() in _NOT_PARTY_START or \
            re.search(r"(?:kommuner|regioner|parter|myndigheter|organisationer|aktörer)(?:na)?$", m.group(1)):
        return []
    return [(" ".join(m.group(1).split()), m.start(1), m.end(1))]


# Capitalised words that open a sentence or a name of no organisation after "och"/"med".
_NOT_PARTY_START = frozenset({"den", "det", "de", "detta", "dessa", "att", "som", "en", "ett", "andra", "övriga",
                              "bilaga", "beslut", "avtalet", "avtal", "kommunen", "regionen", "staden"})


# "Parterna i överenskommelsen är Region X och länets fem kommuner:" followed by one party per list item.
_PARTIES_LEAD = re.compile(r"(?im)^[^\n]*?\bparter(?:na)?\b[^\n.;:]{0,120}?\b(?:är|utgörs\s+av)\s+([^\n.;:]*):[ \t]*\n")
_PARTY_ITEM = re.compile(r"[ \t]*[-–•*▪●◦][ \t]*([^\n]+?)[ \t]*[.,;]?[ \t]*(?:\n|$)")


def _listed_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of a "Parter är A och länets kommuner:" sentence whose collective is spelled out as a list.

    "mellan Region X och länets fem kommuner" names one organisation and a group, so the list gives the parties.
    Every item must be exactly one organisation, so a list of tasks or documents after the colon adds nobody.
    """
    for m in _PARTIES_LEAD.finditer(text):
        parties = _agreement_parties(text, m.start(1), own_body, own_municipality)
        pos = m.end()
        items: list[tuple[str, int, int]] = []
        while item := _PARTY_ITEM.match(text, pos):
            orgs = list(find_organisations(item.group(1), own_body, own_municipality))
            if len(orgs) != 1 or orgs[0][1] != 0 or orgs[0][2] != len(item.group(1)):
                break
            items.append((orgs[0][0], item.start(1), item.end(1)))
            pos = item.end()
        if len(items) >= 2:
            return parties + items
    return []


# A list of the parties under a label of its own: "Parter:" / "- Region X, genom trafiknämnden (org.nr …)".
# Also a sentence that ends in the list's lead, with or without a blank line before it: "Parter i
# överenskommelsen är" / "– Region X" (why: without a colon it was no label, and the agreement lost its parties),
# or "Avtalet har följande parter:" (why: the label closed a sentence, so the listed parties were lost).
_PARTIES_LABEL = re.compile(r"(?im)(?:^[ \t]*(?:avtals)?parter(?:na)?[ \t]*:|\bparter(?:na)?\s+i\s+"
                            r"(?:avtalet|överenskommelsen|avsiktsförklaringen)\s+är|"
                            r"\bföljande\s+(?:avtals)?parter[ \t]*:)[ \t]*\n(?:[ \t]*\n)?")
# What may follow the party in its item: the body that signs for it, its organisation number, and what it is a
# party for ("AB Elnät, såvitt avser ledningsrätten"; why: the qualified item was no party, so it was lost).
_PARTY_ITEM_TAIL = re.compile(r"(?i)(?:\s*,\s*genom\s+[^,()]{3,60})?"
                              r"(?:\s*[,(]\s*(?:org(?:anisations)?\.?\s*(?:nr|nummer)\.?:?)\s*[\d -]{6,14}\)?)?"
                              r"(?:\s*,\s*(?:såvitt\s+avser|vad\s+(?:gäller|avser)|i\s+fråga\s+om|avseende|"
                              r"beträffande|gällande|endast\s+för)\s[^\n]{1,100})?\s*")


def _labelled_party_list(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties listed one to an item under a "Parter:" label, each item an organisation with perhaps the body
    signing for it (", genom trafiknämnden") and its organisation number; [] unless two or more.

    Why: an agreement's parties set out as such a list named them nowhere in a sentence, and the items, with their
    org.nr, were no single organisation for :func:`_listed_parties`.  The organisation, not the signing nämnd,
    is the party."""
    if not may_hold(text, ("parter",)):
        return []  # every match of _PARTIES_LABEL holds it: most agreements list no parties so
    for m in _PARTIES_LABEL.finditer(text):
        pos = m.end()
        items: list[tuple[str, int, int]] = []
        while item := _PARTY_ITEM.match(text, pos):
            orgs = list(find_organisations(item.group(1), own_body, own_municipality))
            if not orgs or orgs[0][1] != 0 or not _PARTY_ITEM_TAIL.fullmatch(item.group(1), orgs[0][2]):
                break
            items.append((orgs[0][0], item.start(1), item.start(1) + orgs[0][2]))
            pos = item.end()
        if len(items) >= 2:
            return items
    return []


# "Parterna är Norrby kommun och Polisregion Mitt.", "Parter i avtalet blir A och B": the parties told in a
# sentence of their own, apart from the agreement's word (why: a heading "Medborgarlöfte 2025" with no "mellan"
# or "med" gave the agreement no party, and it was lost).  "Parter lokalt är …": the level of a local agreement
# under a central one may stand between (why: the local parties were lost).
_PARTIES_ARE = re.compile(r"(?i)\bparter(?:na)?(?:\s+i\s+[\wåäö]*(?:avtalet|överenskommelsen|löftet|"
                          r"avsiktsförklaringen|partnerskapet))?(?:\s+(?:lokalt|centralt|regionalt))?"
                          r"\s+(?:är|blir|utgörs\s+av)\s+(?=[A-ZÅÄÖ])")


def _stated_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The organisations coordinated after "Parterna är" (see ``_PARTIES_ARE``); [] unless two or more."""
    if "arter" not in text:
        return []
    for m in _PARTIES_ARE.finditer(text):
        parties = _agreement_parties(text, m.end(), own_body, own_municipality)
        if len(parties) >= 2:
            return parties
    return []


# "Ett nytt samverkansavtal mellan kommunerna har tagits fram": the parties named by a word that points back to the
# organisations a sentence before named ("A, B och C har sedan 2019 samverkat om …").
_BETWEEN_BACK = re.compile(r"(?i)\b[\wåäö-]*(?:avtal(?:et)?|överenskommelsen?|avsiktsförklaringen?)\s+mellan\s+"
                           r"(?:(?:de|samtliga|alla)\s+(?:[a-zåäö]+\s+)?)?(?:kommunerna|parterna|regionerna|"
                           r"organisationerna|bolagen|förbunden)\b")
# How far back the sentence that names them may start.
_BACK_REACH = 400


def _antecedent_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of "avtal mellan kommunerna" (see ``_BETWEEN_BACK``): the two or more coordinated organisations
    that open the nearest earlier sentence or line as its subject (a lower-case verb follows them); else [].

    Why: the agreement's parties were told across two sentences, the second naming them only as "kommunerna", so
    the agreement had no party and was lost."""
    if "mellan" not in text:
        return []
    for m in _BETWEEN_BACK.finditer(text):
        lo = max(0, m.start() - _BACK_REACH)
        # Where a sentence or a line may start, nearest first (the text's own start too, where it is in reach).
        starts = [lo + x.end() for x in re.finditer(r"(?:[.;:]\s+|\n)(?=[A-ZÅÄÖ])", text[lo:m.start()])]
        for start in reversed(([0] if lo == 0 else []) + starts):
            parties = _agreement_parties(text, start, own_body, own_municipality)
            if len(parties) >= 2 and parties[-1][2] < m.start() and \
                    re.match(r"\s+[a-zåäö]", _without_definitions(text[parties[-1][2]:m.start()])):
                return parties
    return []


# "Dagordningen godkänns med tillägg av ärendet Avsiktsförklaring med X": the title of another matter, quoted in the
# decision; the paragraph (the agenda) is not about that agreement (why: it gave the agenda an agreement).
_QUOTED_MATTER = re.compile(r"(?i)\bärende(?:t|na)?\s+$")


# "Nuvarande avtal om städning med X löper ut 2025-06-30": the agreement in force, said to end, is the reason for the
# matter (a new procurement), not the agreement it decides.
_CURRENT_BEFORE = re.compile(r"(?i)\b(?:nuvarande|befintliga?|befintligt|gällande)\s+$")
_ENDS_AFTER = re.compile(r"(?i)\b(?:löper|går)\s+ut\b|\bupphör\b")


def _expiring_agreement(text: str, m: re.Match[str]) -> bool:
    """Whether the agreement word at ``m`` names the agreement in force that its sentence says ends ("Nuvarande avtal
    med X löper ut 2025-06-30").

    Why: its counterparty was read as a party of the agreement the paragraph decides, where the decision only
    procures a new one ("teckna avtal") with a supplier not yet chosen."""
    if not _CURRENT_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return False
    end = re.search(r"[.;]\s|\n\n", text[m.end(): m.end() + 200])
    return _ENDS_AFTER.search(text, m.end(), m.end() + (end.start() if end else 200)) is not None


def find_agreements(mt: MappedText, title: str, decision_text: str, ctx: Context,
                    municipality: str | None) -> tuple[Agreement, ...]:
    """Agreements the paragraph is about (named in its title or decision) and the organisations party to them."""
    text = mt.text
    about = _AGREEMENT.search(title) if may_hold(title, _AGREEMENT_WORDS) else None
    if about is None and may_hold(decision_text, _AGREEMENT_WORDS):
        about = next((m for m in _AGREEMENT.finditer(decision_text)
                      if not _QUOTED_MATTER.search(decision_text[:m.start()][-12:])), None)
    if not about and not _appendix_only_decision(decision_text):
        return ()
    best: list[tuple[str, int, int]] = []
    best_title = ""
    best_start, best_between, best_reaches = -1, -1, False
    for m in _agreement_words(text):
        # "avtal mellan A och B", also "avtal om verksamhetsförlagd utbildning mellan A och B" (a subject may
        # be long: "avtal om samordnad tillsyn enligt lagen om … och lagen om … mellan A och B").
        b = _BETWEEN.search(text, m.end(), min(len(text), m.end() + 120))
        if b and not re.search(r"[.;:]\s|\n\n", text[m.end(): b.start()]):
            parties = _agreement_parties(text, b.end(), ctx.body, municipality)
            if len(parties) == 1:
                parties += _named_member_of_group(text, parties[0][2], ctx.body, municipality)
            if len(parties) == 1:
                parties += _union_counterparty(text, parties[0][2])
            if len(parties) < 2:
                continue
            reaches = _title_reaches(text, m.start(), b.start())
            agreement_title = _agreement_title(text, m.start(), max(p[2] for p in parties) if reaches else None)
            # The same parties from a later word whose phrase reaches them name the agreement better than a
            # heading above the decision that names them ("Hyresavtal" / … / "godkänna hyresavtal mellan A och B"),
            # where the later phrase repeats the heading's subject, and better than a word on the same line that
            # a second agreement is coordinated with ("Exploateringsavtal med A och ett medfinansieringsavtal …").
            if len(parties) > len(best) or (b.start() == best_between and reaches and not best_reaches and (
                    _names_more(best_title, agreement_title) or "\n" not in text[best_start:m.start()])):
                best, best_start, best_between, best_reaches = parties, m.start(), b.start(), reaches
                best_title = agreement_title
    if not about:
        # Only an agreement "mellan A och B" told in the matter: what the appendix decides is not in the text.
        return (Agreement(best_title or _collapse(title), tuple(dict.fromkeys(n for n, _, _ in best)),
                          _span(mt, min(x[1] for x in best), max(x[2] for x in best))),) if best else ()
    listed = _listed_parties(text, ctx.body, municipality) or _labelled_party_list(text, ctx.body, municipality)
    if len(listed) > len(best):
        best = listed
    if not best:
        best = _proposed_parties(text, ctx.body, municipality) or _transfer_parties(text, ctx.body, municipality)
    if not best:
        for m in _agreement_words(text):
            if _expiring_agreement(text, m):
                continue
            rest_start = m.end() + (len(text[m.end():]) - len(text[m.end():].lstrip()))
            w = _WITH.match(text[rest_start:])
            passive = None if w else _PASSIVE_WITH.match(text, rest_start)
            with_at = rest_start + w.end() if w else passive.end() if passive else \
                _with_after_subject(text, rest_start) or _with_after_property(text, rest_start)
            if with_at is not None:
                parties = _agreement_parties(text, with_at)
                if parties:
                    # the legal party the body decides for, or the body where it enters the agreement itself
                    # (a company's minutes decide for the company, which signs: not for its owner municipality)
                    own = _entering_body(text, ctx.body) or _entering_body_short_form(text, ctx.body) or \
                        ctx.company or municipality or ctx.body
                    best = ([(own, m.start(), m.end())] if own else []) + _counterparties(parties, own)
                    # ("Överenskommelsen tecknas med B": the word alone is no title, the heading is)
                    best_title = "" if passive else \
                        _agreement_title(text, m.start(), max(p[2] for p in parties)
                                         if _title_reaches(text, m.start(), with_at) else None)
                    break
    if len(best) < 2 and len(stated := _stated_parties(text, ctx.body, municipality)) >= 2:
        best = stated
    if len(best) < 2 and len(back := _antecedent_parties(text, ctx.body, municipality)) >= 2:
        best = back
    if len(best) < 2 and len(subjects := _subject_parties(text, ctx.body, municipality, ctx.company)) >= 2:
        best = subjects
    if len(best) < 2 and len(holders := _holding_parties(text, ctx.body, municipality)) >= 2:
        best = holders
    if len(best) < 2 and len(tabled := _party_table(text, ctx.body, municipality)) >= 2:
        best = tabled
    if len(best) < 2 and len(joint := _joint_body_parties(text, title, ctx.body, municipality)) >= 2:
        best = joint
    if len(best) < 2 and len(compressed := _compressed_kommuner(text, ctx.body, municipality)) >= 2:
        best = compressed
    if len(best) < 2 and len(members := _member_municipality_parties(text, ctx.body, municipality)) >= 2:
        best = members
    if not best:
        return ()
    if len(best) >= 2:
        best = best + _joining_parties(text, ctx.body, municipality)
    names = tuple(dict.fromkeys(n for n, _, _ in best))
    s = min(x[1] for x in best)
    e = max(x[2] for x in best)
    first = Agreement(best_title or _collapse(title), names, _span(mt, s, e))
    return (first, *_other_agreements(mt, names, title + "\n" + decision_text, ctx, municipality))


def _other_agreements(mt: MappedText, names: tuple[str, ...], about: str, ctx: Context,
                      municipality: str | None) -> list[Agreement]:
    """Further agreements of the paragraph: each "X-avtal … mellan A och B" of another kind than the first whose
    parties are not all the first's, where the title or the decision names that kind of agreement too.

    Why: one paragraph may approve two agreements ("Exploateringsavtal och medfinansieringsavtal för …": one with
    a developer, one with Trafikverket and the region); only the one with the most parties was kept, so the
    developer was lost as a party.  A kind named only in the matter (an old avtal in passing) adds nothing."""
    text = mt.text
    about = about.casefold()
    out: list[Agreement] = []
    seen = set(names)
    kinds: set[str] = set()
    for m in _agreement_words(text):
        kind = m.group(1).casefold().removesuffix("et")
        if kind in kinds or kind in ("avtal", "överenskommelse") or kind not in about:
            continue
        b = _BETWEEN.search(text, m.end(), min(len(text), m.end() + 120))
        if not b or re.search(r"[.;:]\s|\n\n", text[m.end(): b.start()]):
            continue
        parties = _agreement_parties(text, b.end(), ctx.body, municipality)
        found = tuple(dict.fromkeys(n for n, _, _ in parties))
        if len(found) < 2 or set(found) <= seen:
            continue
        kinds.add(kind)
        seen |= set(found)
        end_hint = max(p[2] for p in parties) if _title_reaches(text, m.start(), b.start()) else None
        out.append(Agreement(_agreement_title(text, m.start(), end_hint), found,
                             _span(mt, min(x[1] for x in parties), max(x[2] for x in parties))))
    return out


def _counterparties(parties: list[tuple[str, int, int]], own: str | None) -> list[tuple[str, int, int]]:
    """The counterparties of "avtal … med A och B": every organisation of the coordinated list after "med" (the
    caller's list stops at anything but "," / "och"), except the deciding party itself.

    Why: only the first was taken, so "Avtal om samverkan … med Burlövs kommun och Staffanstorps kommun" lost the
    second municipality."""
    return [p for p in parties if p[0] != own] or parties[:1]


# "Staffanstorps kommun, Malmö stad, Lunds kommun och Region Skåne har tagit fram en avsiktsförklaring": the parties
# as the subject of the sentence that says they made (signed, entered) the agreement.
# ("förhandlat fram": "Höganäs kommun och Peab Bostad AB har förhandlat fram ett exploateringsavtal".)
_MADE_AGREEMENT = re.compile(r"(?i)(?:har|hade)\s+(?:tagit\s+fram|tecknat|ingått|slutit|enats\s+om|"
                             r"kommit\s+överens\s+om|utarbetat|förhandlat\s+fram|träffat)\s+(?:en|ett|den|det|gemensamt?)?\s*"
                             # ("en gemensam överenskommelse": the article and the adjective both.)
                             r"(?:gemensam(?:ma|t)?\s+)?[\wåäö-]*(?:avtal|överenskommelse|avsiktsförklaring|partnerskap)")


# "A och B (Vakin) föreslås teckna ett samverkansavtal", "A och B avser att ingå en överenskommelse": the parties
# as the subject of a sentence that says they are to enter the agreement.
_TO_ENTER = re.compile(r"(?i)\b(?:föreslås|avser\s+att|ska|skall|planerar\s+att)\s+(?:gemensamt\s+)?"
                       r"(?:teckna|ingå|sluta)\s+(?:en|ett)\s+[\wåäö-]*(?:avtal|överenskommelse|avsiktsförklaring|"
                       r"partnerskap)")
# A short form of the last party between it and the verb: "(Vakin)".
_SHORT_FORM_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*")


def _proposed_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties named as the subject of "A och B (Vakin) föreslås teckna ett samverkansavtal": the coordinated
    organisations that open the sentence, a short form in brackets allowed after the last; [] unless two or more.

    Why: an agreement to be entered was told only so, and the "avtal med B" rule made the municipality the party
    where the sentence names the nämnd itself."""
    if not any(w in text for w in ("teckna", "ingå", "sluta")):
        return []
    for m in _TO_ENTER.finditer(text):
        dot = text.rfind(". ", 0, m.start())
        start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        parties = _agreement_parties(text, start, own_body, own_municipality)
        if len(parties) >= 2 and _SHORT_FORM_GAP.fullmatch(_without_definitions(text[parties[-1][2]: m.start()])):
            return parties
    return []


# "avtal om överlåtelse av Sölvesborgs Energi och Vatten AB:s fjärrvärmenät till Affärsverken Karlskrona AB": the
# owner that transfers (in the genitive) and the organisation that takes over.
_TRANSFER = re.compile(r"(?i)\b[\wåäö-]*avtal(?:et)?\s+om\s+(?:överlåtelse|försäljning|överföring)\s+av\s+")
_TRANSFER_TO = re.compile(r"(?::?s)\s+[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?\s+till\s+")


def _transfer_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The two parties of an agreement to transfer an owner's property: "avtal om överlåtelse av A:s fjärrvärmenät
    till B" → [A, B]; [] where the wording is not so.

    Why: such an agreement names its parties with no "mellan" or "med", as the one who sells (in the genitive) and
    the one who buys (after "till"), so it had no parties."""
    if "verlåtelse" not in text and "örsäljning" not in text and "verföring" not in text:
        return []
    for m in _TRANSFER.finditer(text):
        window = text[m.end(): m.end() + 200].replace("\n", " ")
        orgs = list(find_organisations(window, own_body, own_municipality))
        if len(orgs) < 2 or orgs[0][1] != 0 or not _TRANSFER_TO.fullmatch(window, orgs[0][2], orgs[1][1]):
            continue
        return [(n, m.end() + s, m.end() + e) for n, s, e in orgs[:2]]
    return []


# "Bolaget och Region X har förhandlat fram ett avtal": a company's minutes call the company itself "Bolaget".
_OWN_COMPANY_FIRST = re.compile(r"(Bolaget)[ \t]*,?[ \t\n]*(?:och|samt)[ \t\n]+")


def _sentence_subject(text: str, verbs: Iterable[re.Match[str]], own_body: str | None,
                      own_municipality: str | None, own_company: str | None = None) -> list[tuple[str, int, int]]:
    """The organisations that open the sentence of the first of ``verbs`` they stand right before (a definition
    such as "(nedan kallad kommunen)" may stand between), as its subject; [] unless two or more.  In a company's
    minutes (``own_company``) a subject opening with "Bolaget och …" has the company as its first party (why: the
    company named so was no organisation, so its agreement had one party and was lost)."""
    for m in verbs:
        dot = text.rfind(". ", 0, m.start())
        start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        lead = _OWN_COMPANY_FIRST.match(text, start) if own_company else None
        parties = ([(own_company, lead.start(1), lead.end(1))] if lead and own_company else []) + \
            _agreement_parties(text, lead.end() if lead else start, own_body, own_municipality)
        if len(parties) >= 2 and not _without_definitions(text[parties[-1][2]: m.start()]).strip():
            return parties
        if len(grouped := _group_in_apposition(text, m.start(), own_body, own_municipality)) >= 2:
            return grouped
    return []


# " och de fem kommunerna i länet ": the group a subject's dashed apposition then lists ("A och de fem kommunerna i
# länet – B, C och D – har tagit fram …").
_MEMBER_GROUP = re.compile(r"(?i)\s*,?\s*(?:och|samt)\s+(?:de\s+|alla\s+|samtliga\s+)?(?:[a-zåäö]+\s+)?"
                           r"(?:medlems)?kommunerna(?:\s+i\s+[\wåäö]+(?:\s+län)?)?\s*")


def _group_in_apposition(text: str, verb_at: int, own_body: str | None,
                         own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The subject "A och de fem kommunerna i länet – B, C och D –" right before the verb at ``verb_at``: A and the
    members the dashes list; [] where the words are not so.

    Why: the group word ended the list of parties after A, and the members in the apposition stood after it, so
    an agreement of a region with all its county's municipalities had no party at all."""
    close = re.search(r"\s[–—]\s*$", text[max(0, verb_at - 4):verb_at])
    if close is None:
        return []
    close_at = max(0, verb_at - 4) + close.start()
    open_at = text.rfind("–", max(0, close_at - 300), close_at)
    if open_at < 0 or ". " in text[open_at:close_at]:
        return []
    start = max(text.rfind(". ", 0, open_at) + 2, text.rfind("\n", 0, open_at) + 1)
    lead = _agreement_parties(text, start, own_body, own_municipality)
    if not lead or not _MEMBER_GROUP.fullmatch(text, lead[-1][2], open_at):
        return []
    members = _agreement_parties(text, open_at + 1, own_body, own_municipality)
    if not members or text[members[-1][2]:close_at].strip():
        return []
    return lead + members


# "Region X ansluter som tredje part", "Y AB ansluter till avtalet": an organisation that joins the agreement.
_JOINS = re.compile(r"(?i)\s+(?:ansluter|ansluts|inträder)\s+(?:som\s+(?:[a-zåäö]+\s+)?part|"
                    r"till\s+(?:avtalet|överenskommelsen|avsiktsförklaringen))\b")


def _joining_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The organisations that open a sentence saying they join the agreement ("Region X ansluter som tredje part
    i de delar som gäller …"), one per such sentence.

    Why: a third party told in a sentence of its own after "avtalet tecknas med B" was lost."""
    if "nslut" not in text and "nträder" not in text:
        return []
    out = []
    for m in _JOINS.finditer(text):
        dot = text.rfind(". ", 0, m.start())
        start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        parties = _agreement_parties(text, start, own_body, own_municipality)
        if len(parties) == 1 and parties[0][2] == m.start():
            out.extend(parties)
    return out


def _subject_parties(text: str, own_body: str | None, own_municipality: str | None,
                     own_company: str | None = None) -> list[tuple[str, int, int]]:
    """The parties named as the subject of "A, B och C har tagit fram / tecknat / ingått en avsiktsförklaring (ett
    avtal …)": the coordinated organisations that open the sentence; [] unless two or more.

    Why: an agreement whose parties are named only so (no "mellan", no "med") gave no party at all."""
    made = (m for m in re.finditer(r"(?i)\b(?:har|hade)\s+(?:tagit|tecknat|ingått|slutit|enats|kommit|utarbetat|"
                                   r"förhandlat|träffat)\b", text) if _MADE_AGREEMENT.match(text, m.start()))
    return _sentence_subject(text, made, own_body, own_municipality, own_company)


# "A och B har sedan 2018 en lokal överenskommelse", "A och B har ett avtal om …": the parties as the subject of a
# sentence that says they have the agreement.
_HOLDS_AGREEMENT = re.compile(r"(?i)\b(?:har|hade)\s+(?:sedan\s+(?:\d{4}|länge)\s+|redan\s+|sedan\s+tidigare\s+)?"
                              r"(?:en|ett)\s+(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*(?:avtal|överenskommelse|"
                              r"avsiktsförklaring|partnerskap)(?![\wåäö])")


def _holding_parties(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties named as the subject of "A och B (nedan kallad kommunen) har sedan 2018 en lokal
    överenskommelse …": the coordinated organisations that open the sentence; [] unless two or more.

    Why: a paragraph that renews an agreement tells its parties as those who have the current one, with no
    "mellan", "med" or verb of making for the other rules to find."""
    if " har " not in text and " hade " not in text:
        return []
    return _sentence_subject(text, _HOLDS_AGREEMENT.finditer(text), own_body, own_municipality)


# "Vara kommun, Essunga kommun och Grästorps kommun har sedan 2015 en gemensam överförmyndarnämnd": the members of a
# joint body, as the subject of the sentence that says they have it.
# (The year may be a full date: "har sedan 2019-01-01 en gemensam överförmyndarnämnd".)  Also those who prepared it:
# "A, B och C har utrett en gemensam nämnd för …" (why: the agreement that sets the body up had no party).
_HAVE_JOINT_BODY = re.compile(r"(?i)\b(?:har|hade)\s+(?:sedan\s+\d{4}(?:-\d{2}-\d{2})?\s+)?"
                              r"(?:(?:utrett|planerat|förberett|diskuterat|enats\s+om|kommit\s+överens\s+om)\s+)?"
                              r"(?:en\s+|ett\s+)?gemensam[t]?\s+"
                              r"[\wåäö-]*(?:nämnd|förvaltning|organisation)")


def _joint_body_parties(text: str, title: str, own_body: str | None,
                        own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of an agreement on a joint body ("Samverkansavtal om gemensam överförmyndarnämnd …"): the
    organisations that open the sentence saying they have the joint body ("A, B och C har sedan 2015 en gemensam
    överförmyndarnämnd"); [] unless the title is about a joint body and two or more are named.

    Why: such an agreement names its parties only as the members of the body, so it had no party at all."""
    if "gemensam" not in title.casefold():
        return []
    return _sentence_subject(text, _HAVE_JOINT_BODY.finditer(text), own_body, own_municipality)


# The header row of a table of the parties: "Part | Org.nr | Roll i avtalet", "Avtalspart<TAB>Organisationsnummer".
_PARTY_TABLE_HEAD = re.compile(r"(?im)^[ \t]*(?:avtals)?part(?:er|erna|en)?(?:\t| {3,})[^\n]*\n")


def _party_table(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of a table whose first column is headed "Part" (or "Avtalspart"): the rows below it whose first
    cell is exactly one organisation; [] unless two or more.

    Why: an agreement's parties set out as a ruled table (Part | Org.nr | Roll i avtalet) are named in no sentence
    and no bulleted list, so no party was found."""
    if "art" not in text:
        return []
    for m in _PARTY_TABLE_HEAD.finditer(text):
        pos = m.end()
        rows: list[tuple[str, int, int]] = []
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            cell = COLUMN_GAP.split(text[pos:end], 1)[0].strip()
            lead = text.index(cell, pos) if cell else pos
            orgs = list(find_organisations(cell, own_body, own_municipality)) if cell else []
            if len(orgs) != 1 or orgs[0][1] != 0 or orgs[0][2] != len(cell):
                break
            rows.append((orgs[0][0], lead, lead + len(cell)))
            pos = end + 1
        if len(rows) >= 2:
            return rows
    return []


# "Kommunstyrelsen beslutar enligt bilaga 3.", "Nämnden beslutar i enlighet med bilaga 2": the whole decision (what
# follows it in the point is another section run on, "Reservation: …").
_APPENDIX_ONLY = re.compile(r"(?i)^\s*(?:[\w-]+\s+){1,4}?beslutar\s+(?:i\s+övrigt\s+)?(?:enligt|i\s+enlighet\s+med)\s+"
                            r"bilaga\s+\d{1,2}\s*(?:\.|$)")


def _appendix_only_decision(decision_text: str) -> bool:
    """Whether the decision is only a reference to an appendix ("Kommunstyrelsen beslutar enligt bilaga 3.").

    Why: such a decision names no agreement, though the matter is one (a köpeavtal "mellan A och B" told in the
    text), so the agreement was lost; only an agreement with its parties after "mellan" is read then."""
    return _APPENDIX_ONLY.match(decision_text) is not None


# The verbs of a body that enters an agreement itself: "Socialnämnden ingår idéburet offentligt partnerskap med …".
_ENTERS = r"\s+(?:ingår|tecknar|sluter|ingick|tecknade|slöt)\s+(?:[^\n.;:]{0,40}?\s)?"


def _entering_body(text: str, body: str | None) -> str | None:
    """The body whose minutes these are, where a sentence of the paragraph has the body as the subject that enters
    the agreement ("Socialnämnden ingår idéburet offentligt partnerskap med Tierps Kvinnojour"); else None.

    Why: "avtal med X" gave the municipality as the other party, but a nämnd that itself enters an agreement (an
    IOP) is the party, as the minutes say."""
    if not body or body.casefold() not in text.casefold():
        return None
    pattern = rf"(?im)(?:^|(?<=\.\s)|(?<=\t))[\d. \t]*{re.escape(body)}{_ENTERS}" \
              r"\w*(?:avtal|överenskommelse|partnerskap|avsiktsförklaring)"
    return body if re.search(pattern, text) else None


def _entering_body_short_form(text: str, body: str | None) -> str | None:
    """The body whose minutes these are, where the paragraph has the body's short definite form ("Stadsdelsnämnden",
    "Nämnden" for "Hässelby-Vällingby stadsdelsnämnd") as the subject that enters the agreement; else None.

    Why: a body named after its district or area calls itself by its kind alone in the decision ("Stadsdelsnämnden
    ingår idéburet offentligt partnerskap med …"), so the full name was not found and the municipality was taken."""
    words = (body or "").split()
    if len(words) < 2 or not words[-1].casefold().endswith("nämnd"):
        return None
    short = words[-1].casefold() + "en"
    pattern = rf"(?im)(?:^|(?<=\.\s)|(?<=\t))[\d. \t]*(?:{re.escape(short)}|nämnden){_ENTERS}" \
              r"\w*(?:avtal|överenskommelse|partnerskap|avsiktsförklaring)"
    return body if re.search(pattern, text) else None


# "om gemensam överförmyndarverksamhet med ": the agreement's subject, short and on its line, then "med".  Also
# after "för" ("ramavtal för skolskjutsar och färdtjänst med Norrby Buss AB"; why: the supplier was no party).
_SUBJECT_THEN_WITH = re.compile(r"(?i)(?:om|för)\s+[^\n.;:,()]{3,80}?\s+med\s+(?=[A-ZÅÄÖ])")


def _with_after_subject(text: str, start: int) -> int | None:
    """Where the counterparty starts in "avtal om <subject> med <organisation>" (``start`` just after the
    agreement's word), or None.

    Why: titles such as "Samverkansavtal om gemensam överförmyndarverksamhet med Borgholms kommun" or "Avtal om
    modersmålsundervisning med Nybro kommun" put the subject between the word and "med", so the bare "avtal med"
    rule found no party.  The name after "med" must be capitalised and read as an organisation (checked by the
    caller), so "om samverkan med anledning av …" adds nobody."""
    m = _SUBJECT_THEN_WITH.match(text, start)
    return m.end() if m else None


# "för fastigheten Höganäs Väsby 24:1 med ": the property an agreement is for, then "med" (a designation holds a
# colon between its numbers, which ``_SUBJECT_THEN_WITH`` does not take).
_PROPERTY_THEN_WITH = re.compile(r"(?i)(?:för|avseende|gällande|om)\s+(?:del\s+av\s+)?(?:fastigheten|fastigheterna|"
                                 r"tomten|tomträtten|marken|lokalen|lokalerna)\s+(?:[^\n.;:,()]|(?<=\d):(?=\d)){2,60}?"
                                 r"\s+med\s+(?=[A-ZÅÄÖ])")


def _with_after_property(text: str, start: int) -> int | None:
    """Where the counterparty starts in "köpeavtal för fastigheten X 24:1 med <organisation>" (``start`` just after
    the agreement's word), or None.

    Why: a sale's or lease's agreement names the property between the word and "med", and a property designation
    holds a colon, so neither the bare "avtal med" nor the "avtal om <subject> med" rule found the buyer."""
    m = _PROPERTY_THEN_WITH.match(text, start)
    return m.end() if m else None


# "… och var och en av länets kommuner, däribland ": a group of parties, and the word that names one of them.
_GROUP_MEMBER = re.compile(r"(?i)\s*,?\s*(?:och|samt)\s+[^.;:]{0,60}?\b(?:kommuner(?:na)?|regioner(?:na)?|"
                           r"medlemmar(?:na)?|medlemskommuner(?:na)?|ägare|ägarna)\s*,?\s*"
                           r"(?:däribland|bland\s+dem|bland\s+andra|inklusive|varav|bl\.\s?a\.)\s+")


# "… samverkansavtal mellan medlemskommunerna i Räddningstjänsten Syd": an agreement of a förbund's members, and
# the sentence that names them: "Burlövs kommun är medlem i … tillsammans med Eslövs kommun, … och Malmö stad".
_BETWEEN_MEMBERS = re.compile(r"(?i)\bmellan\s+(?:medlemskommunerna|medlemmarna|ägarkommunerna)\b")
_MEMBERSHIP = re.compile(r"[^.\n]*(?:\n(?!\n)[^.\n]*){0,3}?\bmedlem(?:mar)?\b[^.]{0,200}?\btillsammans\s+med\b[^.]*")


def _member_municipality_parties(text: str, own_body: str | None,
                                 own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of an agreement "mellan medlemskommunerna" (see ``_BETWEEN_MEMBERS``): the municipalities and
    regions of the sentence that names the members ("X är medlem i förbundet tillsammans med A, B och C"); []
    without such a sentence.

    Why: the agreement names its parties as a group, so it had none and was dropped."""
    if "tillsammans" not in text or _BETWEEN_MEMBERS.search(text) is None:
        return []
    for m in _MEMBERSHIP.finditer(text):
        found = [(n, m.start() + s, m.start() + e) for n, s, e in find_organisations(m.group(), own_body,
                                                                                   own_municipality)
                 if n.endswith((" kommun", " stad", " Stad")) or n.startswith("Region ")]
        if len(found) >= 2:
            return found
    return []


# "Region Västernorrland och Härnösands, Kramfors, Sollefteå, … och Örnsköldsviks kommuner": the kommuner named by
# their places alone, one "kommuner" after the last.
_COMPRESSED_KOMMUNER = re.compile(r"(?<![\w-])((?:[A-ZÅÄÖ][a-zåäö-]+,[ \t\n]+)+[A-ZÅÄÖ][a-zåäö-]+[ \t\n]+och[ \t\n]+"
                                  r"[A-ZÅÄÖ][a-zåäö-]+)[ \t\n]+kommuner\b")


def _compressed_kommuner(text: str, own_body: str | None, own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The parties of an agreement between an organisation and kommuner named together ("Region Västernorrland och
    Härnösands, Kramfors, … och Örnsköldsviks kommuner"): the organisation before "och" and each place's
    "… kommun"; [] where the text has no such list after an organisation.

    Why: "mellan Region X och länets kommuner" names a group, and the places written with one "kommuner" after the
    last were no organisations, so the agreement was dropped."""
    if "kommuner" not in text:
        return []
    for m in _COMPRESSED_KOMMUNER.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        och = re.search(r"[ \t\n]+och[ \t\n]+$", before)
        if och is None:
            continue
        off = m.start() - len(before)
        orgs = [o for o in find_organisations(before, own_body, own_municipality) if o[2] == och.start()]
        if not orgs:
            continue
        out = [(orgs[-1][0], off + orgs[-1][1], off + orgs[-1][2])]
        pos = m.start(1)
        for w in re.finditer(r"[A-ZÅÄÖ][a-zåäö-]+", m.group(1)):
            out.append((f"{w.group()} kommun", pos + w.start(), pos + w.end()))
        return out
    return []


def _named_member_of_group(text: str, end: int, own_body: str | None,
                           own_municipality: str | None) -> list[tuple[str, int, int]]:
    """The one organisation named as a member of the group that is the second party ("mellan Region X och var och
    en av länets kommuner, däribland Y kommun" → Y), right after the first party ending at ``end``; else [].

    Why: an agreement between a region and all of its municipalities names the deciding one only as a member of
    the group, and "mellan A och <group>" alone gave one party, so no agreement was found at all."""
    m = _GROUP_MEMBER.match(text, end)
    if m is None:
        return []
    window = text[m.end(): m.end() + 80].replace("\n", " ")
    hit = next(iter(find_organisations(window, own_body, own_municipality)), None)
    if hit is None or hit[1] != 0:
        return []
    return [(hit[0], m.end() + hit[1], m.end() + hit[2])]


# "… mellan Katrineholms kommun och Vision.": a union whose name is a common word, closing the list of parties.
_UNION_PARTY = re.compile(r"[ \t\n]*(?:,|och|samt|&)[ \t\n]+(Kommunal|Vision)(?![\w-])(?=\s*(?:[,.;)]|$))")


def _union_counterparty(text: str, end: int) -> list[tuple[str, int, int]]:
    """The union "Kommunal" or "Vision" named right after the first party ending at ``end`` ("mellan X kommun och
    Vision"); else [].

    Why: the unions' names are common words, read as organisations only in a sentence about negotiation; the
    parties are read from the text after "mellan" alone, where that context ("kollektivavtalet") stands before, so
    a local collective agreement had one party only and was lost."""
    m = _UNION_PARTY.match(text, end)
    return [(m.group(1), m.start(1), m.end(1))] if m else []


# A line that ends so is no complete title: a word that needs what follows ("… mellan X kommun och" / "Trafikverket
# om …", "… för kvarteret" / "Gjuteriet i …", "… linje" / "5"), a comma or the dash of a range.
_TITLE_OPEN_END = re.compile(r"(?i)(?:\b(?:och|samt|mellan|med|om|för|av|i|till|kring|avseende|gällande|rörande|"
                             r"angående|inom|vid|på|mot|under|från|genom|perioden|åren|läsåren|tiden|kvarteret|"
                             r"fastigheten|fastigheterna|detaljplan|detaljplanen|etapp|linje|väg|nr)|[,&–-])[ \t]*$")
# A line that starts something else: an att-sats or an item of a list ("att uppdra …", "2. att …", "– uppdra …").
_TITLE_NEW_ITEM = re.compile(r"[ \t]*(?:(?:samt[ \t]+)?att\b|[-–•*▪][ \t]|\d{1,2}[.)][ \t]|[a-z][.)][ \t])")
# A title set in capitals wraps before its connecting word, in capitals too ("… OCH DÖVBLINDA" / "MELLAN REGION …").
_TITLE_CAPS_GO_ON = re.compile(r"[ \t]*(?:MELLAN|MED|OM|FÖR|OCH|SAMT|AVSEENDE|KRING|INOM)\b")
# Page furniture that may stand between two lines of a title: leader dots or a rule, a page number between dashes
# ("– 4 –"; a bare number may be the title's own: "linje" / "5"); also a continuation mark (_CONTINUED_HEAD).
_TITLE_FURNITURE = re.compile(r"[ \t]*(?:[-–—._…·=][-–—._…·= \t]*|[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*)")
# The verbs of the sentence an agreement's title is the subject of: "… har tagits fram", "… föreslås gälla",
# "… reglerar …", "… tecknas mellan …", "… och ersätter …", a past passive ("… upphandlades 2022"), and of a
# decision that goes on after it ("godkänner avtalet … och uppdrar åt …").
_TITLE_VERB = (r"(?:har|hade|ska|skall|kommer|kan|bör|måste|är|blir|blev|föreslås|tecknas|träffas|undertecknas|"
               r"godkänns|godkännas|förlängs|sluts|slöts|ingås|ingicks|reglerar|omfattar|löper|gäller|innebär|"
               r"ersätter|syftar|ger|anger|beskriver|innehåller|avser|upphör|träder|trädde|uppdrar|beslutar|"
               r"godkänner|[a-zåäö]{2,}(?:ades|des|tes))")
# Where a title ends: a sentence's end, the verb of its sentence (also after "som": "… som ersätter avtalet"), a
# clause after a comma ("…, att uppdra …", "…, vilket …", "…, utkast 2024-02-20", "…, version …", "…, 2. att"),
# "enligt bilaga 1".
_TITLE_END = re.compile(rf"(?<=[\w)])[.;](?=\s|$)|\s+(?:och\s+|som\s+)?{_TITLE_VERB}(?![\w-])|"
                        r",\s*(?:att|samt|som|vilket|vilka|vilken|där|varvid|med|daterad|daterat|utkast|version|"
                        r"bilaga|enligt|dnr)(?![\w-])|,\s*\d|\s+enligt\s")
# A verb group between an agreement's word and the "mellan" of its parties: "Köpeavtal har upprättats mellan …",
# "Överenskommelsen tecknas mellan …", "… har nu tagits fram mellan …".
_TITLE_SPLICED_VERB = re.compile(rf"\s+{_TITLE_VERB}(?:\s+[a-zåäö]+){{0,3}}?(?=\s+mellan\s)")
# What may be left at a title's end once a case number is cut: its label, an open bracket, punctuation.
_TITLE_TAIL = re.compile(r"(?i)(?:\s+(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\.?:?|\s*\([^()]*|"
                         r"[\s,;:–-]+)+$")
# A title is no paragraph: what it may run over at most.
_TITLE_MAX_LINES, _TITLE_MAX_CHARS = 6, 500


def _title_goes_on(line: str, nxt: str) -> bool:
    """Whether an agreement's title on ``line`` goes on over the next line ``nxt``: the next continues it in lower
    case, or the line ends where a noun phrase cannot ("… mellan X kommun och"), or a title in capitals wraps
    before its connecting word; never into an att-sats or a list item."""
    if not nxt.strip() or _TITLE_NEW_ITEM.match(nxt):
        return False
    if nxt.lstrip()[:1].islower() or _TITLE_OPEN_END.search(line):
        return True
    return line.isupper() and _TITLE_CAPS_GO_ON.match(nxt) is not None


def _line_at(text: str, start: int) -> tuple[str, int]:
    """The line of ``text`` from ``start`` (no longer than a title may be, so that a huge line is not copied for
    every agreement word on it) and where the next one starts (-1 at the text's end)."""
    nl = text.find("\n", start)
    end = len(text) if nl == -1 else nl
    return text[start:min(end, start + _TITLE_MAX_CHARS)], (-1 if nl == -1 else nl + 1)


def _title_lines(text: str, start: int, end_hint: int | None) -> tuple[str, int]:
    """The lines an agreement's title at ``start`` runs over, joined by spaces, and where ``end_hint`` falls in
    that text (-1 without one).  ``end_hint`` is the end of its last party: the title goes on until it has its
    parties, whatever the case of the next line ("Samverkansavtal mellan Västra" / "Götalandsregionen och …").
    Page furniture between two lines is left out."""
    pieces: list[str] = []
    length, hint_at = 0, -1
    line, nxt_at = _line_at(text, start)
    pos = start
    while True:
        if end_hint is not None and pos <= end_hint <= pos + len(line):
            hint_at = length + end_hint - pos
        pieces.append(line)
        length += len(line) + 1
        if nxt_at == -1 or len(pieces) == _TITLE_MAX_LINES or length > _TITLE_MAX_CHARS:
            break
        nxt, after = _line_at(text, nxt_at)
        while after != -1 and nxt.strip() and (_TITLE_FURNITURE.fullmatch(nxt) or
                                                _CONTINUED_HEAD.fullmatch(nxt.strip())):
            nxt_at = after
            nxt, after = _line_at(text, nxt_at)
        pending = end_hint is not None and end_hint > pos + len(line) and end_hint - start < _TITLE_MAX_CHARS
        if not (pending and nxt.strip() and not _TITLE_NEW_ITEM.match(nxt)) and not _title_goes_on(line, nxt):
            break
        line, pos, nxt_at = nxt, nxt_at, after
    return " ".join(pieces)[:_TITLE_MAX_CHARS], hint_at


def _title_reaches(text: str, start: int, at: int) -> bool:
    """Whether the title of the agreement word at ``start`` runs on to ``at`` (the "mellan" or "med" of its
    parties): every line break between goes on (:func:`_title_goes_on`), and no second agreement is coordinated
    before it ("Exploateringsavtal med A och ett medfinansieringsavtal mellan B och C").

    Why: the parties of a heading "Hyresavtal" / "Arbetsutskottets beslut" / "… godkänna hyresavtal mellan A och
    B" were read from a "mellan" lines below, and the title ran from the heading over the decision to them."""
    if re.search(r"(?i)\boch\s+(?:ett|en)\s+[\wåäö-]*(?:avtal|överenskommelse|avsiktsförklaring)", text[start:at]):
        return False
    nl = text.find("\n", start, at)
    while nl != -1:
        line_start = max(text.rfind("\n", 0, nl) + 1, nl - _TITLE_MAX_CHARS)
        if not _title_goes_on(text[line_start:nl], _line_at(text, nl + 1)[0]):
            return False
        nl = text.find("\n", nl + 1, at)
    return True


def _names_more(title: str, other: str) -> bool:
    """Whether ``other`` names the agreement of ``title`` and more: the words after the agreement's word of
    ``title`` open ``other`` after its own ("Avtal om VA-anslutning" → "Avtalet om VA-anslutning mellan A och B",
    "Hyresavtal" → "Hyresavtal mellan A och B"), so a heading with another subject is kept."""
    words = title.casefold().split()[1:]
    return other.casefold().split()[1:len(words) + 1] == words


def _agreement_title(text: str, start: int, end_hint: int | None = None) -> str:
    """The agreement's name as the text gives it at ``start`` (its word): the noun phrase with its parties and its
    subject, over wrapped lines, up to the verb of its sentence, an att-sats, a clause after a comma, a case number
    or the sentence's end.  ``end_hint``, where its last party ends, lets the title run on to its parties and
    drops a verb group before them ("Köpeavtal har upprättats mellan A och B" → "Köpeavtal mellan A och B").

    Why: the title ran to its line's end, so "Medfinansieringsavtalet mellan X kommun och" lost its party on the
    next line, and "… har tagits fram för perioden", ", att uppdra åt …" or "Dnr 0121/09" were part of it."""
    chunk, hint_at = _title_lines(text, start, end_hint)
    if "(" in chunk:  # "mellan A (nedan kallad kommunen) och B": the short names are no part of the title
        defined = _without_definitions(chunk)
        hint_at -= len(chunk) - len(defined) if hint_at >= 0 else 0
        chunk = defined
    end = _TITLE_END.search(chunk)
    while end and end.start() < hint_at and (verb := _TITLE_SPLICED_VERB.match(chunk, end.start())):
        chunk = chunk[:verb.start()] + chunk[verb.end():]
        hint_at -= verb.end() - verb.start()
        end = _TITLE_END.search(chunk, verb.start())
    if end:
        chunk = chunk[:end.start()]
    numbers = [s for _, s, _ in find_case_numbers(chunk)]
    if numbers:
        chunk = chunk[:min(numbers)]
    title = _collapse(_TITLE_TAIL.sub("", chunk))
    return title[:1].upper() + title[1:]


# ------------------------------------------------------------------------------------------- the paragraph


def extract_paragraph(seg: ParagraphSegment, ctx: Context, municipality: str | None) -> Paragraph:
    """All facts of one paragraph segment."""
    mt = _text(seg.lines)
    text = mt.text
    parts = [_title_part(ln.text) for ln in seg.title_lines]
    if seg.title_lines and seg.title_lines[0] is seg.head:
        parts[0] = _without_dash_separator(without_leading_case_number(heading_title(parts[0])))
        parts[0] = _without_dot_separators(parts[0])
    if parts:
        # "Ärende: Samarbetsavtal med …", "Ärende<TAB>Remissvar …": the label is no part of the title.
        parts[0] = _TITLE_LABEL.sub("", parts[0].strip())
    title = _collapse(" ".join(parts))
    # "Ärende 3: Överenskommelse …", "3. Yttrande över remiss …": the agenda number is no part of the title.
    title = _AGENDA_NUMBER.sub("", title)
    # Section offsets within the paragraph text.
    line_offsets = _line_offsets(seg.lines, text)
    section_ranges: list[tuple[str, int, int]] = []
    for sec in seg.sections:
        first = sec.heading or (sec.lines[0] if sec.lines else None)
        if first is None:
            continue
        start = line_offsets.get(id(first), 0)
        section_ranges.append((sec.kind, start, len(text)))
    # Case numbers: the heading line trusts plain formats such as "0834/20".
    cases: list[Named] = []
    seen: set[str] = set()
    head_end = len(seg.head.text)
    for value, s, e in find_case_numbers(text[:head_end], heading=True):
        if value not in seen:
            seen.add(value)
            cases.append(Named(value, _span(mt, s, e)))
    for value, s, e in find_case_numbers(text[head_end:]):
        if value not in seen:
            seen.add(value)
            cases.append(Named(value, _span(mt, head_end + s, head_end + e)))
    cases.extend(_listed_case_numbers(mt, seen))
    for value, s, e in _lone_number_under_title(seg, text, line_offsets):
        if value not in seen:
            seen.add(value)
            cases.append(Named(value, _span(mt, s, e)))
    title = _without_trailing_case_number(title, cases, text)
    title = _without_glued_dnr(title, cases)
    points = decision_points(seg.sections, _text, ctx.body)
    if not points and not records_no_decision(title):
        points = formal_item_points(seg.sections, _text) or present_formal_item_points(seg.sections, _text)
    adjust = may_hold(text, _ADJUST_WORDS) and _ADJUST.search(text) is not None
    decision_text = " ".join(p.value for p in points)
    vote = find_vote(mt, _span) or appended_vote(mt, _span, seg.number, ctx.divisions)
    return Paragraph(
        number=seg.number,
        title=title,
        span=Span(seg.lines[0].start, seg.lines[-1].end),
        case_numbers=tuple(cases),
        referred_by=find_referral(mt, 0, ctx),
        decision_points=points,
        without_decision=not points and (records_no_decision(title) or _withheld(text)),
        immediate_adjustment=adjust,
        staff_report_date=find_staff_report(mt),
        proposals=find_proposals(mt, ctx, section_ranges),
        vote=vote,
        statements=find_statements(mt, section_ranges, ctx, title),
        agreements=find_agreements(mt, title, decision_text, ctx, municipality),
        text=text,
    )


# A labelled case number line under the heading: "Dnr HF 2025/118", "Ärendenummer: HF 2025/118".
_LABELLED_CASE_LINE = re.compile(r"(?im)^[ \t]*(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\b[.:]?[ \t]*\S")


def _without_trailing_case_number(title: str, cases: list[Named], text: str = "") -> str:
    """A title without the case number in brackets that ends its heading line, unlabelled: "Granskning av …
    (REV 2024/3)" → "Granskning av …"; only a bracket that holds one of the paragraph's case numbers.

    Why: such headings give the case number in brackets after the title instead of on a "Dnr" line; the number
    was read as a case number but stayed in the title too.  A report cited in brackets ("(SOU 2024:13)") is no case
    number and stays, and so does another organisation's number after a paragraph whose own "Dnr" came first
    ("§ 42  Dnr BUN 2025/58" / "Remiss – departementets promemoria … (U2025/00814)"): it names the document;
    as does one above a labelled line of the paragraph's own number ("… (Fö2025/00412)" / "Ärendenummer: X 2025/1"),
    which the heading's bracket, read first, is not."""
    m = re.search(r"\s*\(([^()]{3,40})\)\s*$", title)
    if m is None or not title[:m.start()].strip() or not cases:
        return title
    inner = normalise(m.group(1).strip())
    if (own := _LABELLED_CASE_LINE.search(text)) is not None and inner not in normalise(_line_at(text, own.start())[0]):
        return title
    return title[:m.start()].rstrip() if normalise(cases[0].value) == inner else title


# "… enligt LSODnr RÖS 2024/00049": a right-aligned "Dnr" that a PDF's text layer joined to the title's last word.
_GLUED_DNR = re.compile(r"(?:(?<=[^\W\d_)])|\s+)Dnr[.:]?\s*([^\n]{3,40}?)\s*$")


def _without_glued_dnr(title: str, cases: list[Named]) -> str:
    """A title without the "Dnr <case number>" that ends it, also where no space stands before "Dnr"; only where
    the number is one of the paragraph's case numbers.

    Why: a PDF whose heading sets the Dnr right-aligned on the title's line may give no gap before it, so the
    heading was not split at the number and the title ended in "…LSODnr RÖS 2024/00049"."""
    m = _GLUED_DNR.search(title)
    if m is None or not title[:m.start()].strip():
        return title
    inner = normalise(m.group(1))
    return title[:m.start()].rstrip() if any(normalise(c.value) == inner for c in cases) else title


# The formal items of a meeting that record no decision of the body: its opening and closing, "Övriga frågor", a
# question time, a question put to a chair ("Fråga från Ulf Berggren (SD) till …").  Not "Val av justerare" or
# "Godkännande av dagordning", which decide; not "Mötets öppnande och val av justerare".
# Two such items may share one paragraph: "Övriga frågor och mötets avslutande" (why: the joined title was no such
# title, and the paragraph's decision count was left unknown instead of 0).
_NO_DECISION_ITEM = (r"(?:(?:mötets|sammanträdets|stämmans)\s+(?:öppnande|avslutande)|"
                     r"(?:mötet|sammanträdet)\s+(?:öppnas|avslutas)|övriga\s+frågor)")
_NO_DECISION_TITLE = re.compile(rf"(?i)^(?:{_NO_DECISION_ITEM}(?:\s*,\s*|\s+(?:och|samt)\s+){_NO_DECISION_ITEM}|"
                                r"(?:mötets|sammanträdets|stämmans)\s+(?:öppnande|avslutande)|"
                                r"(?:mötet|sammanträdet)\s+(?:öppnas|avslutas)|övriga\s+frågor|"
                                r"(?:allmänhetens\s+)?frågestund(?:en)?(?:\s+.*)?|fråg(?:a|or)\s+(?:från|till)\s+.*)\s*\.?$")


def records_no_decision(title: str) -> bool:
    """Whether a paragraph of this title records no decision when none is found in it (see ``_NO_DECISION_TITLE``).

    Why: such a paragraph has no decision rather than one not found, and analysts count paragraphs without a
    decision; elsewhere no decision found stays unknown."""
    return bool(_NO_DECISION_TITLE.match(title.strip())) or _information_item(title) or \
        _report_or_notice_title(title) or _presentation_item(title)


# A paragraph's content left out of the published minutes for secrecy: "Paragrafen innehåller uppgifter som omfattas
# av sekretess … och publiceras därför inte", "… sekretess. Beslutet återges inte här".
_WITHHELD = re.compile(r"(?is)\bsekretess\w*\b[^.]{0,200}?(?:\.\s*[^.]{0,80}?)?\b(?:publiceras|visas|återges|redovisas)"
                       r"\s+(?:därför\s+|här\s+)?(?:inte|ej)\b")


def _withheld(text: str) -> bool:
    """Whether a paragraph without decision points says that its content is not published for secrecy: then it
    records no decision that can be read (decision count 0), not an unknown one.

    Why: a web page's version of the minutes keeps only the heading and that note of a secret paragraph; its count
    stayed unknown where the minutes say that none is published."""
    return "sekretess" in text and _WITHHELD.search(text) is not None


# "Framläggande av årsredovisning och revisionsberättelse": a stämma agenda's item where documents are laid before
# the meeting; the decisions on them come under items of their own ("Beslut om fastställelse …").
_PRESENTATION_TITLE = re.compile(r"(?i)^(?:framläggande|föredragning|redovisning)\s+av\s+(?:styrelsens\s+)?"
                                 r"(?:årsredovisning|revisionsberättelse|koncernredovisning)")


def _presentation_item(title: str) -> bool:
    """Whether a paragraph's title is a general meeting's presentation item (see ``_PRESENTATION_TITLE``): without a
    decision found, it records none.

    Why: "Framläggande av årsredovisning …" only lays the accounts before the stämma (tests/heldout29 and 70 count
    0), but its decision count stayed unknown."""
    return bool(_PRESENTATION_TITLE.match(title.strip()))


# Titles of paragraphs that record no decision: a jäv note ("Jäv", "Anmälan om jäv", "Jävsfrågor"), a question put
# to a chair in the council ("Fråga om snöröjningen …"), a report by the administration ("Förvaltningen informerar",
# "Socialchefen informerar om …").
_REPORT_OR_NOTICE_TITLE = re.compile(r"(?i)^(?:(?:anmälan\s+(?:om|av)\s+)?jäv(?:sfrågor)?|(?:enkel\s+)?fråga\s+om\s+.+|"
                                     r"[\wåäö-]+(?:\s+[\wåäö-]+)?\s+informerar(?:\s+om\s+.+)?)\s*\.?$")


def _report_or_notice_title(title: str) -> bool:
    """Whether a paragraph's title is a jäv note, a question to a chair or a report by the administration (see
    ``_REPORT_OR_NOTICE_TITLE``): without a decision found, it records none.

    Why: these paragraphs record no decision, but only the "fråga från/till …" and "Information …" titles were
    known, so their decision count stayed unknown instead of none."""
    return bool(_REPORT_OR_NOTICE_TITLE.match(title.strip()))


# An information item's title: "Information från förvaltningen", "Information om budget 2025", "Informationsärenden",
# "Information från förvaltningen: Bokslut 2023".
_INFORMATION_TITLE = re.compile(r"(?i)^(?:information(?:särenden?|spunkt)?|informationer)"
                                r"(?:\s+(?:från|om|av|kring|med)\b.*|\s*[:–-].*)?\.?$")


def _information_item(title: str) -> bool:
    """Whether a paragraph is an information item ("Information från förvaltningen"): without a decision found, it
    records none (the body is informed and takes no decision, tests/heldout40).

    Why: such items often end with the information alone; their decision count is 0, not unknown."""
    return bool(_INFORMATION_TITLE.match(title.strip()))


# "Ärende<TAB>Title": the label cell of a case system's label|content rows, before a capitalised title.
_TITLE_LABEL = re.compile(r"^(?:Ärende|Ärendemening|Rubrik)(?:\s*:\s*(?=\S)|(?:\t|\s{2,})\s*(?=[A-ZÅÄÖ]))")
# An agenda number before a title: "Ärende 3: …", "Punkt 12. …", "3. …"; only before a capitalised word, so that
# a title that starts with a number ("2 kap. …", "100 nya bostäder") keeps it.
_AGENDA_NUMBER = re.compile(r"^(?:(?:Ärende|Ärendepunkt|Punkt)\s*\d{1,3}\s*[:.]?|\d{1,3}\.)\s+(?=[A-ZÅÄÖ])")


# A line that is only a list item: "- RS 240114", "• 2024/112".
_LIST_ITEM_LINE = re.compile(r"^[ \t]*[-–•*·][ \t]+(\S[^\n]{0,38})$", re.M)


def _listed_case_numbers(mt: MappedText, seen: set[str]) -> list[Named]:
    """Plain numbers in a list of registration numbers near the paragraph's start ("- KS 2024/0298" / "- RS
    240114"): an item that is only a number, in the same list as a number already read, is one too.

    Why: a web publication lists a paragraph's numbers as list items without a "Dnr" label; another
    organisation's plain number ("RS 240114", Region's year and serial) was then untrusted and lost.  Only the
    first 400 characters are looked at, and only items that are nothing but a number."""
    text = mt.text[:400]
    if not seen or "\n" not in text:
        return []
    items = [(m, list(find_case_numbers(m.group(1), heading=True))) for m in _LIST_ITEM_LINE.finditer(text)]
    whole = [(m, found[0]) for m, found in items if len(found) == 1 and found[0][1] == 0
             and found[0][2] == len(m.group(1).rstrip())]
    if not any(value in seen for _m, (value, _s, _e) in whole):
        return []
    out = []
    for m, (value, s, e) in whole:
        if value not in seen:
            seen.add(value)
            out.append(Named(value, _span(mt, m.start(1) + s, m.start(1) + e)))
    return out


# The dash that separates the number from the title on a heading line: "Dir § 15 – Årsredovisning 2023".
_DASH_SEPARATOR = re.compile(r"^[–—-][ \u00a0]+(?=\w)")


def _without_dash_separator(text: str) -> str:
    """A heading's title without the dash printed between the § number and it ("– Årsredovisning" → "Årsredovisning").

    Why: the heading pattern takes everything after the number as the title, and a dash there is punctuation of
    the heading, not the first character of the title."""
    return _DASH_SEPARATOR.sub("", text)


# "· Anmälningsärenden · Dnr SN 2024/0009": middle dots, bullets or bars between the § number, the title and the
# registration number of a heading line.
_DOT_SEPARATOR = re.compile(r"^[·•|][ \u00a0]+(?=\S)")
_DOT_SEPARATED_PART = re.compile(r"[ \u00a0]+[·•|][ \u00a0]+")


def _without_dot_separators(text: str) -> str:
    """A heading's title without the separator after the § number and a last separated part that is only a
    registration number ("· Anmälningsärenden · Dnr SN 2024/0009" → "Anmälningsärenden").

    Why: a heading written "§ 112 · Title · Dnr …" (an HTML <summary>) kept the dots around its title; only a
    leading separator marks such a heading, so a title with a middle dot of its own elsewhere keeps it."""
    m = _DOT_SEPARATOR.match(text)
    if m is None:
        return text
    text = text[m.end():]
    parts = _DOT_SEPARATED_PART.split(text)
    if len(parts) > 1 and is_meta_line(parts[-1]):
        return text[:text.rfind(parts[-1])].rstrip(" \u00a0·•|")
    return text


def _title_part(text: str) -> str:
    """A title line without a registration number printed in a right-hand column ("… yrkesprogrammen   Dnr 0147/09").

    Only a number is cut: a wide gap inside a title that continues in words is kept.
    """
    text = text.strip()
    # The last gap: "§ 35   Budget 2010   Dnr 0162/09" has the number after the second.
    gaps = list(COLUMN_GAP.finditer(text))
    if gaps and is_meta_line(text[gaps[-1].end():]):
        return text[:gaps[-1].start()] + _title_dash(text[gaps[-1].end():])
    return text


def _title_dash(cell: str) -> str:
    """" –" when the margin cell of a registration number starts with the dash that ends the title's line, else "".

    Why: a PDF's text puts the dash at the end of a justified title line into the number's cell ("… från
    Finansdepartementet<TAB>– RS 2024-00254"), and the title, which goes on after it, lost its dash."""
    m = re.match(r"[ \u00a0]*([–—-])[ \u00a0]+\S", cell)
    return f" {m.group(1)}" if m else ""


def _lone_number_under_title(seg: ParagraphSegment, text: str,
                             line_offsets: dict[int, int]) -> list[tuple[str, int, int]]:
    """A registration number standing alone on the line right under the paragraph's title, without a label
    ("§ 71  Yttrande över …" / "RV240482"), as (number, start, end) in the paragraph text.

    Why: meeting systems print the case number under the heading with no "Dnr", so the plain formats that are
    trusted only after a label or on the § line ("RV240482", "0834/20") were lost.  The line holds nothing but the
    number, and it is the first line after the title, so a number in running text is never taken."""
    at = _line_after_title(seg)
    if at == 0 or at >= len(seg.lines) or seg.lines[at - 1] is not seg.title_lines[-1]:
        return []
    line = seg.lines[at]
    value = line.text.strip()
    # (Both patterns look ahead for a digit at their start: a line without one, most, is no number.)
    if not value or len(value) > 24 or _DIGIT.search(value) is None or \
            not (WEAK_CASE.fullmatch(value) or STRONG_CASE.fullmatch(value)):
        return []
    start = text.find(value, line_offsets.get(id(line), 0))
    return [] if start < 0 else [(normalise(value), start, start + len(value))]


_DIGIT = re.compile(r"\d")


def _line_after_title(seg: ParagraphSegment) -> int:
    """The index in the paragraph's lines of the line after its title, also where the title stands on a line of
    its own under the § heading ("TN § 87" / "Taxa för …" / "TN 2024:412").

    Why: the index was the number of title lines, which holds only for a title beside the § number; under a
    heading line of its own the line after the title was never looked at and its number was lost."""
    n = len(seg.title_lines)
    if n and len(seg.lines) > n and seg.lines[0] is seg.head and seg.title_lines[0] is seg.lines[1]:
        return n + 1  # the § line, then the title's lines
    return n


def _line_offsets(lines: list[Line], text: str) -> dict[int, int]:
    out = {}
    pos = 0
    for ln in lines:
        idx = text.find(ln.text[:20], pos)
        if idx < 0:
            idx = pos
        out[id(ln)] = idx
        pos = idx
    return out
