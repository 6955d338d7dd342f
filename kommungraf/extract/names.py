"""Finding people in running text: "Anna Berg (S)", "Ersättaren Lisa Palm (Fi)", "Helena Ohlsson m.fl. (S)"."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..clean import COLUMN_GAP
from ..gazetteer import canonical_party, organisation_by_name

# A name token: a capitalised word of letters, possibly hyphenated ("Anna-Karin", "Rydén", "Kovač").
# "m fl" (and others) is never part of a name, so that it can stand between name and party.
_TOKEN = r"(?!(?:m|fl|med|flera)\b)[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*"
# A party in parentheses, with room for "m.fl." between name and party, and for a line break.
# A local party may be written out in two or three capitalised words: "(Höörs Framtid)", "(Kommunens Väl)".
# A kommunalförbund writes the member municipality after the party: "(S, Göteborg)"; the place is kept in the
# group and cut off again by _party_before_place.
_PLACE_AFTER_PARTY = r"(?:,[ \u00a0]*[A-ZÅÄÖ][^\W\d_]{1,24}(?:[ -][A-ZÅÄÖ][^\W\d_]{1,24})?)?"
# "(-)" marks a member without a party (a "politisk vilde"); kept as the party text and read as no party.
_PARTY_PAREN = r"\(\s*((?:[^\W\d_][^\W\d_!\-]{0,24}(?:[ \u00a0][A-ZÅÄÖ][^\W\d_!\-]{1,24}){0,2}(?:-gruppen)?!?" \
    + _PLACE_AFTER_PARTY + r")|[-–])\s*\)"
_MFL = r"(?:\s*,?\s*(m\.?\s?fl\.?|med\s+flera))?"

# Name tokens are separated by spaces; a no-break space stands for a line break inside a joined line.
_SEP = r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)"
_START = r"(?<![\w\-’'])"  # names start at a word start: no attempt from inside a word (and no slow scan)
#: A capitalised word of a name ("Lars-Erik", "Åström"); and a name of two to four such words with no party beside
#: it, as attendance lists and roll calls print them ("Anna-Karin Lindqvist Berg").
# A capital letter: the Latin-1 capitals and those of Latin Extended-A, for names of other origins written in their
# own letters ("Mustafa Çelik", "Łukasz Nowak", "Şükrü Aydın"); without them a name without a party is no name.
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP_WORD = rf"(?=[{CAPITAL}])[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+){{0,3}}"
PLAIN_NAME = rf"{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,3}}"
NAME_PARTY = re.compile(rf"{_START}((?:{_TOKEN}{_SEP}){{0,4}}{_TOKEN}){_MFL}\s*{_PARTY_PAREN}")
# "Pär Löfstrand, fp:" and "Ann Ekberg, s, och …": the party after a comma, as older minutes write it.  (Also before
# a note in brackets, "Ann Ekberg, v (tjg för Per Ek, s)"; why: the serving substitute lost her party.)
_PARTY_CODES = r"(?:s|m|v|mp|c|kd|sd|fp|l|fi|S|M|V|MP|C|KD|SD|FP|L|Fi|FI)"
_COMMA_PARTY = rf",[ \t\u00a0]*({_PARTY_CODES})(?=[ \t]*(?:[,:;)]|[ \t]\(|\.(?!\w)|\s+och\b|\s+samt\b|\s*$|\n))"
NAME_COMMA_PARTY = re.compile(rf"{_START}((?:{_TOKEN}[ \u00a0]+){{0,3}}{_TOKEN}){_MFL}{_COMMA_PARTY}")

#: Words that stand before a name as a title or role, never part of it.
ROLE_WORDS = {
    "ordföranden": "ordförande", "ordförande": None,
    "vice": None, "förste": None, "andre": None, "1:e": None, "2:e": None,
    "ersättaren": "ersättare", "ersättarna": "ersättare",
    # A company board's word for its ersättare: "Suppleanten Eva Ek (L) instämmer …" (why: read as her first name).
    "suppleanten": "ersättare", "suppleanterna": "ersättare",
    "ledamoten": "ledamot", "ledamöterna": "ledamot",
    "tjänstgörande": None,
    "borgarrådet": None, "borgarråd": None, "kommunalrådet": None, "oppositionsrådet": None,
    "regionrådet": None, "gruppledaren": None, "sekreteraren": "sekreterare", "justeraren": "justerare",
    # The landsting's title before 2010s' "regionråd": "Landstingsrådet Ulla Berg (s): Bifall …" (why: the title
    # was read as the first name).
    "landstingsrådet": None, "landstingsråd": None,
}

# The titles of those who attend without a seat: "Insynsplatsen Jonas Blad (KD)", "Personalföreträdaren Lise Nord
# (Vision)".  Why: the title was read as the first name.  No role: they hold none of the body's.
_REPRESENTATIVE_TITLES = ("insynsplatsen", "insynsplats", "personalföreträdaren", "personalföreträdare",
                          "personalrepresentanten", "arbetstagarrepresentanten", "fackliga", "facklige", "facklig",
                          "företrädaren")
ROLE_WORDS.update(dict.fromkeys(_REPRESENTATIVE_TITLES))
# An auditor's title opening a sentence: "Revisor Bo Alm (S) besvarar frågor", "Revisorn Eva Ek (M)".  Why: the title
# was read as the first name, a person "Revisor Bo Alm" beside Bo Alm.  No role: an auditor holds none of the body's.
ROLE_WORDS.update(dict.fromkeys(("revisor", "revisorn", "lekmannarevisor", "lekmannarevisorn")))
# A lay judge's title before the name: "Nämndemannen Eva Ek (S) har avgått" in a fyllnadsval.  Why: the title was read
# as the first name.  No role: a court's nämndeman holds none of the body's.
ROLE_WORDS.update(dict.fromkeys(("nämndeman", "nämndemannen", "nämndemännen")))

#: Capitalised words that begin sentences and so may stand before a name without being part of it.
_NOT_NAME = {
    "och", "samt", "att", "även", "också", "därefter", "sedan", "då", "vidare", "slutligen", "enligt",
    "dessutom", "den", "det", "de", "som", "mot", "för", "till", "från", "med", "av", "i", "på", "om",
    "yrkande", "yrkanden", "reservation", "reservationer", "beslut", "beslutande", "ledamöter", "ersättare",
    "votering", "propositionsordning", "beslutsgång", "justerare", "närvarande", "frånvarande", "övriga",
    "ja", "nej", "avstår", "röst", "röster", "särskilt", "särskilda", "uttalande", "yttrande", "ersättaryttrande",
    "protokollsanteckning", "tjänstemän", "sekreterare", "deltagare", "namn", "parti", "uppdrag", "ledamot",
    "stadsdelsnämnden", "nämnden", "kommunstyrelsen", "kommunfullmäktige", "fullmäktige", "styrelsen",
    "motion", "motionen", "interpellation", "fråga", "svar", "utses", "jäv", "anmäler", "lämnade",
    "ersätter", "tjg", "istf", "vid", "anteckning", "bilaga", "dnr", "paragraf",
    # Prepositions that open a sentence before a capitalised place or body: "Inom Göteborgsregionen (GR) har …"
    # (an abbreviation in brackets after it reads like a party).
    "inom", "hos", "genom", "inför", "kring", "bland", "mellan", "utanför", "efter", "under",
}
# The infinitives that open a decision's point in a list ("- Entlediga Elin Sand (S) …", "- Välja Mikael Öhrn (S)
# till ledamot"): capitalised as the point's first word, never part of the name after them.
# Why: the point's verb was read as a first name ("Välja Mikael Öhrn").
_DECISION_INFINITIVES = frozenset({
    "välja", "entlediga", "utse", "utnämna", "tillsätta", "nominera", "befria", "bevilja", "godkänna", "anta",
    "föreslå", "uppdra", "fastställa", "förrätta", "avslå", "bifalla", "överlämna", "remittera",
})
_NOT_NAME |= _DECISION_INFINITIVES


@dataclass(frozen=True)
class NameMatch:
    """A person named in text, with the role words that stood before the name."""

    name: str
    party: str | None
    party_text: str | None
    start: int  # of the name (after any role words)
    end: int  # after the party parenthesis
    with_others: bool
    roles: tuple[str, ...]


def clean_name(tokens: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Split leading role words and non-name words off a run of tokens; what remains is the name."""
    roles: list[str] = []
    # The name is the longest tail of capitalised tokens, at most four long.
    tail: list[str] = []
    for tok in reversed(tokens):
        low = tok.casefold()
        if not tok[:1].isupper() or low in _NOT_NAME or low in ROLE_WORDS or len(tail) >= 4:
            break
        tail.insert(0, tok)
    tail = _with_particles(tokens, tail)
    head = tokens[: len(tokens) - len(tail)]
    low_head = [t.casefold() for t in head]
    joined = " ".join(low_head[-3:])
    if joined.endswith(("tjänstgörande ersättaren", "tjänstgörande ersättare", "tjänstgörande ersättarna")):
        # "Ej tjänstgörande ersättare  A (M)": the negated heading names those present without serving (why: it
        # was read as the serving substitutes' words, so an ersättare present became one who served).
        negated = len(low_head) >= 3 and low_head[-3] in ("ej", "icke", "inte")
        roles.append("ersättare" if negated else "tjänstgörande ersättare")
    elif low_head and low_head[-1] == "ordföranden" and len(low_head) >= 2 and \
            low_head[-2] in ("vice", "1:e", "2:e", "förste", "andre"):
        roles.append("vice ordförande")
    elif low_head and ROLE_WORDS.get(low_head[-1]):
        roles.append(ROLE_WORDS[low_head[-1]] or "")
    elif len(head) == 1 and head[0] == "Ordförande":
        # "Ordförande Claes Hultgren (S) yrkar …" opening a sentence: the meeting's chair, as "Ordföranden X";
        # after a body's genitive ("kommunstyrelsens ordförande X") the word stays no role of this meeting.
        roles.append("ordförande")
    # A lone capitalised word is a name only with a surname; "Ordföranden (S)" is no name.
    if len(tail) < 2:
        return [], tuple(r for r in roles if r)
    return tail, tuple(r for r in roles if r)


# Lower-case particles of surnames ("Carl af Klercker", "Anna van der Berg", "Johan de Mare"); they stand only
# between capitalised words of a name, never first or last.
_PARTICLES = {"af", "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
              "ter", "ten", "zu", "bin", "ibn"}


def _with_particles(tokens: list[str], tail: list[str]) -> list[str]:
    """``tail`` (the capitalised end of ``tokens``) grown leftwards over surname particles: "af Klercker" is
    "Carl af Klercker" where a capitalised first name stands before the particles.  Up to two particles, and the
    name keeps at most four capitalised words."""
    if not tail or len(tail) >= 4:
        return tail
    i = len(tokens) - len(tail)  # index of the tail's first token
    j = i
    while j > 0 and i - j < 2 and tokens[j - 1] in _PARTICLES:
        j -= 1
    if j == i or j == 0:
        return tail
    first = tokens[j - 1]
    low = first.casefold()
    if not first[:1].isupper() or low in _NOT_NAME or low in ROLE_WORDS:
        return tail
    grown = [first, *tokens[j:i], *tail]
    # Further capitalised first names before it ("Eva-Lena Bengtsson van Dijk" has one before "Bengtsson").
    k = j - 1
    while k > 0 and len(grown) - (i - j) < 4:
        tok = tokens[k - 1]
        if not tok[:1].isupper() or tok.casefold() in _NOT_NAME or tok.casefold() in ROLE_WORDS:
            break
        grown.insert(0, tok)
        k -= 1
    return grown


def _name_for_party() -> re.Pattern[str]:
    """ "Ulla-Britt Hagström yrkar för Socialdemokraterna": a name whose party is given in words after it."""
    from ..gazetteer import parties

    names = sorted({w for p in parties().values() for w in (p.name, p.name.split()[0])}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    cap = rf"(?=[A-ZÅÄÖÉÜØÆ]){_TOKEN}"
    return re.compile(rf"{_START}((?:{cap} ){{1,3}}{cap})()(?: [a-zåäö]+){{0,3}}? för ({alts})\b")


def _names_for_party() -> re.Pattern[str]:
    """ "Anna Ek och Per Berg för Vänsterpartiet": each name of a list before the last, whose party the phrase after
    the last name gives; the party is captured in a look-ahead, so a match ends at the list's separator.

    Why: only the name next to "för Partiet" got it, so the others of a joint reservation were lost."""
    from ..gazetteer import parties

    names = sorted({w for p in parties().values() for w in (p.name, p.name.split()[0])}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    cap = rf"(?=[A-ZÅÄÖÉÜØÆ]){_TOKEN}"
    name = rf"(?:{cap} ){{1,3}}{cap}"
    sep = r"(?:, | och | samt )"
    return re.compile(rf"{_START}({name})(){sep}(?=(?:{name}{sep})*{name} för ({alts})\b)")


def _for_party_tail() -> re.Pattern[str]:
    """ " för Vänsterpartiet": what both patterns above need in the line of each match (see ``_line_finditer``)."""
    from ..gazetteer import parties

    names = sorted({w for p in parties().values() for w in (p.name, p.name.split()[0])}, key=len, reverse=True)
    return re.compile(rf" för (?:{'|'.join(re.escape(n) for n in names)})\b")


def _line_finditer(pattern: re.Pattern[str], tail: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The same matches as ``pattern.finditer(text)``, found by searching only the lines in which ``tail`` matches.

    ``pattern`` never matches (nor looks ahead over) a line break, and each of its matches holds a match of ``tail``
    (in its look-ahead, for ``_NAMES_FOR_PARTY``), so every match lies in one line that holds a tail.  Searched as a
    stretch of ``text``, a line sees the same characters before its start (for the look-behind) as in the whole text,
    and its end reads as the line break does ("\\b" holds at both).  Why: the patterns were tried at every word start
    of a whole document that had " för " anywhere."""
    done = 0  # the end of the last line searched
    for t in tail.finditer(text):
        if t.start() < done:
            continue
        lo = text.rfind("\n", 0, t.start()) + 1
        done = text.find("\n", t.end())
        if done == -1:
            done = len(text)
        yield from pattern.finditer(text, lo, done)


_NAME_FOR_PARTY: re.Pattern[str] | None = None
_NAMES_FOR_PARTY: re.Pattern[str] | None = None
_FOR_PARTY_TAIL: re.Pattern[str] | None = None
_NAME_COMMA_PARTY_NAME: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _name_comma_party_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Yngve Ramsten, Folkpartiet liberalerna, instämde …": the party written out between commas after a name.

    Why: older minutes give a party by its full name in apposition, not as a code in brackets.  Returns the
    pattern (groups as NAME_PARTY's: name, an empty "m.fl.", party) and its tail from the comma, for
    _anchored_finditer; only the parties' written-out names (over five letters, capitalised) count.
    """
    from ..gazetteer import parties

    names = sorted({n for p in parties().values() for n in (p.name, *p.aliases)
                    if len(n) > 5 and n[:1].isupper() and not n.isupper()}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    tail = rf",[ \u00a0]+(?:{alts})[ \t]*,"
    pattern = rf"{_START}((?:{_TOKEN}[ \u00a0]+){{0,3}}{_TOKEN})(),[ \u00a0]+({alts})[ \t]*,"
    return re.compile(pattern), re.compile(tail)
_NOT_A_PERSON = re.compile(r"(?i)nämnd|styrelse|fullmäktige|kommun|\bstad\b|region|förvaltning|utskott|\bAB\b|"
                           r"verket|myndighet|länsstyrelse|landsting|universitet|partiet|gruppen")


# "Kerstin Nyqvist /S/": the party between slashes, as some older minutes write it.
NAME_SLASH_PARTY = re.compile(rf"{_START}((?:{_TOKEN}{_SEP}){{0,4}}{_TOKEN}){_MFL}[ \t\u00a0]*"
                              rf"/\s*([^\W\d_]{{1,5}})\s*/")


# The part of each pattern after the name: a match's name ends before the first "(" (or "/") after its start, and
# the party stands right there, so only the text before each such party needs the (costly) name pattern.
_PAREN_TAIL = re.compile(_PARTY_PAREN)
_SLASH_TAIL = re.compile(r"/\s*[^\W\d_]{1,5}\s*/")
# NAME_COMMA_PARTY from its party's comma on (see ``_tail_finditer``).
_COMMA_PARTY_TAIL = re.compile(_COMMA_PARTY)
# Between a name's start and its party stand at most 8 whitespace-separated chunks: 5 name tokens and "," "m." "fl."
# (or "med" "flera"); without "m.fl." at most the 5 name tokens, and "m.fl." ends the chunk before the party with "fl",
# "fl." or "flera".  So many chunks back from the party is a safe start for the search (each chunk more is a start
# more that the costly pattern tries and fails at); the words are read backwards (reversed text).
_CHUNKS_BACK = re.compile(r"\s*(?:\S+\s+){8}")
_NAME_CHUNKS_BACK = re.compile(r"\s*(?:\S+\s+){5}")
_MFL_BEFORE = re.compile(r"\s*(?:\.?lf|arelf)")  # "m.fl", "m. fl.", "med flera" right before the party, reversed
_WINDOW = 400  # characters looked at for those chunks; longer words fall back to the whole stretch


def _window_start(text: str, at: int, lo: int) -> int:
    """A position in [lo, at] at or before which every match whose party starts at ``at`` must start."""
    start = max(lo, at - _WINDOW)
    before = text[start:at][::-1]
    m = (_CHUNKS_BACK if _MFL_BEFORE.match(before) else _NAME_CHUNKS_BACK).match(before)
    return at - m.end() if m else lo


# Where a name pattern may start: a letter at a word start (_START).
_WORD_START = re.compile(rf"{_START}[^\W\d_]")


def _tail_finditer(pattern: re.Pattern[str], tail: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The same matches as ``pattern.finditer(text)``, tried only at the word starts shortly before each party.

    ``pattern`` is _START, a name of letters and what ``_window_start`` allows after it, then a party that ``tail``
    (the pattern's own end) matches; the name may contain the party's first character (a "," in "m.fl."), so the
    parties are not openers as for ``_anchored_finditer``.  Every match starts at a word start in the window of its
    own party; the windows are made to start in order and tried once each, position by position, with the whole
    text (no end cut off), so the first that matches is finditer's leftmost match.  Why: NAME_COMMA_PARTY was tried
    at every word start of each text that had a party after a comma anywhere."""
    tails = [t.start() for t in tail.finditer(text)]
    starts = [_window_start(text, at, 0) for at in tails]
    for i in range(len(starts) - 2, -1, -1):  # a later party's window may reach further back
        starts[i] = min(starts[i], starts[i + 1])
    pos = 0  # where finditer would search next
    tried = 0  # the positions before this were tried (or lie before pos)
    for at, start in zip(tails, starts, strict=True):
        if at < pos:
            continue
        for w in _WORD_START.finditer(text, max(start, tried, pos), at):
            m = pattern.match(text, w.start())
            if m is not None:
                yield m
                pos = m.end()
                break
        tried = at


def _anchored_finditer(pattern: re.Pattern[str], tail: re.Pattern[str], opener: str, text: str
                       ) -> Iterator[re.Match[str]]:
    """The same matches as ``pattern.finditer(text)``, found by searching only shortly before each party.

    ``pattern`` is a name followed by a party that ``tail`` matches, and neither the name nor what stands
    between it and the party contains ``opener``, the party's first character.  So a match starting at s uses
    the first ``opener`` after s and ends where ``tail`` ends there; no start before an earlier ``opener`` can
    use it.  Searching each such stretch (from the window start) in order gives finditer's leftmost matches.
    """
    pos = 0  # where finditer would search next
    prev = -1  # the previous opener: a match for a later one starts after it
    at = text.find(opener)
    while at != -1:
        t = tail.match(text, at)
        if t is not None and at >= pos:
            lo = max(pos, prev + 1)
            m = pattern.search(text, _window_start(text, at, lo), t.end())
            if m is not None:
                yield m
                pos = m.end()
        prev = at
        at = text.find(opener, at + 1)


def find_people(text: str, offset: int = 0) -> Iterator[NameMatch]:
    """Every "Name (PARTY)", "Name, party" or "Name … för Partiet" in ``text``, in order (offsets + ``offset``)."""
    global _NAME_FOR_PARTY, _NAMES_FOR_PARTY, _FOR_PARTY_TAIL
    if _NAME_FOR_PARTY is None or _NAMES_FOR_PARTY is None or _FOR_PARTY_TAIL is None:
        _NAME_FOR_PARTY, _NAMES_FOR_PARTY, _FOR_PARTY_TAIL = _name_for_party(), _names_for_party(), _for_party_tail()
    if "(" not in text and "," not in text and "/" not in text and " för " not in text:
        # Every pattern below needs one of these: a bracket, a comma or a slash before the party, or " för " before
        # it.  Many texts asked about (a table's cells, short lines) hold none, and the passes cost more than this.
        return
    matches = list(_anchored_finditer(NAME_PARTY, _PAREN_TAIL, "(", text))
    matches += _comma_party_name_matches(text, matches)
    matches += _line_end_party_name_matches(text, matches)
    # The spans taken, in order: no two overlap (each pass above keeps only what overlaps none before), so the one
    # before a new span's end is the only one that can reach into it (why: a list of thousands of "Name, s" compared
    # each name with every one before it).
    taken = sorted((m.start(), m.end()) for m in matches)
    taken_starts = [s for s, _ in taken]
    for pattern in (NAME_COMMA_PARTY, NAME_SLASH_PARTY, _NAME_FOR_PARTY, _NAMES_FOR_PARTY):
        if pattern in (_NAME_FOR_PARTY, _NAMES_FOR_PARTY) and " för " not in text:
            continue
        if pattern is NAME_SLASH_PARTY:
            found = _anchored_finditer(pattern, _SLASH_TAIL, "/", text)
        elif pattern is NAME_COMMA_PARTY:
            found = _tail_finditer(pattern, _COMMA_PARTY_TAIL, text)
        else:
            found = _line_finditer(pattern, _FOR_PARTY_TAIL, text)
        for m in found:
            i = bisect.bisect_left(taken_starts, m.end())
            if not (i and taken[i - 1][1] > m.start()):
                if pattern in (_NAME_FOR_PARTY, _NAMES_FOR_PARTY) and _NOT_A_PERSON.search(m.group(1)):
                    continue
                matches.append(m)
                taken.insert(i, (m.start(), m.end()))
                taken_starts.insert(i, m.start())
    matches.sort(key=lambda m: m.start())
    for m in matches:
        read = _read_name(m.group(1), m.group(3))
        if read is None:
            continue
        name, party, party_text, roles, at = read
        yield NameMatch(name=name, party=party, party_text=party_text, start=offset + m.start(1) + at,
                        end=offset + m.end(), with_others=bool(m.group(2)), roles=roles)


@lru_cache(maxsize=4096)
def _read_name(raw: str, party_group: str) -> tuple[str, str | None, str, tuple[str, ...], int] | None:
    """A name pattern's match read from its name group (``raw``, the words before the party) and its party group:
    the name, its party (canonical, or a local party as written), the party as written, the role words before the
    name, and where the name starts in ``raw``; None where the match names no person.

    A function of the two groups alone (and of the gazetteer), so cached: a document names its members again and
    again with the same words before them, and reading each took a tenth of the time to find people."""
    party_text = _party_before_place(party_group)
    if party_text is None:
        return None
    party = canonical_party(party_text)
    represented = party is None and _after_representative_title(raw)
    if party is None and not represented and not _looks_like_local_party(party_text) and \
            not _no_party_mark(party_text):
        return None
    local = party is None and not represented and not _no_party_mark(party_text)
    group = raw
    if "\n" in raw:
        # A name wraps at a line end only when the last line alone holds no full name ("… och Ali Reza" /
        # "Mohammadi (M)"); "Ärendebeskrivning" / "Tomas Hedlund (v)" is a heading above a name.
        segments = raw.split("\n")
        keep = segments[-1]
        if _party_heading_line(keep, party):
            return None
        if _name_words(keep) < 2 and len(segments) > 1:
            keep = segments[-2] + "\n" + keep
        raw = keep
    if "   " in raw or "\t" in raw:
        # A name never spans a column gap: "Karin Dahl      S      Mattias Nyberg (S)" is a table row
        # whose last cell holds the name with this party.
        last = COLUMN_GAP.split(raw)[-1]
        if len(last.split()) >= 2:
            raw = last
    tokens = [t for t in raw.split() if len(t) > 1 or not t.isupper()]
    name_tokens, roles = clean_name(tokens)
    if not name_tokens or _company_form_last(name_tokens) or \
            (local and (_initials_in_brackets(name_tokens, party_text) or _known_organisation(name_tokens)
                        or _read_as_organisation(name_tokens))):
        return None
    name = " ".join(name_tokens)  # split() also splits on no-break spaces
    # A local party ("ÖrP", "skp") is kept as written; only the national parties have canonical codes.
    return name, party if not local else party_text, party_text, roles, \
        len(group) - len(raw) + _index_of_tail(raw, name_tokens)


def _after_representative_title(raw: str) -> bool:
    """Whether a name in front of brackets that hold no party follows a staff or union representative's title
    ("Personalföreträdaren Lise Nord (Vision)"): the brackets name the union, and the person has no party.

    Why: such a person writes a protokollsanteckning or an yttrande, and without a party the name was no name."""
    words = raw.split()
    return len(words) >= 3 and words[-3].casefold() in _REPRESENTATIVE_TITLES


# A company's legal form at the end of its name: "Nordvästra Skånes Vatten och Avlopp AB (NSVA)".
_COMPANY_FORMS = frozenset({"AB", "HB", "KB", "Aktiebolag", "Handelsbolag", "Kommanditbolag"})


def _company_form_last(name_tokens: list[str]) -> bool:
    """Whether the words read as a name end in a company's legal form ("Avlopp AB"): a company and its
    abbreviation in brackets, not a person and a party.

    Why: "… Vatten och Avlopp AB (NSVA)" gave a person "Avlopp AB" with a local party.  The form may also open the
    name, as "AB Ekbostäder (ABE)" (why: read as a person with a local party); no first name is a company form."""
    return name_tokens[-1] in _COMPANY_FORMS or name_tokens[0] in _COMPANY_FORMS


def _initials_in_brackets(name_tokens: list[str], party_text: str) -> bool:
    """Whether the brackets after the words read as a name hold their initials ("Avfallshantering Östra Skaraborg
    (AÖS)"): an organisation and its abbreviation, not a person and a local party.

    Why: the organisation's name read as a person's with a local party.  Only three letters or more, each the
    first letter of one of the last words in turn."""
    if len(party_text) < 3 or not party_text.isupper() or len(name_tokens) < len(party_text):
        return False
    return "".join(t[0] for t in name_tokens[-len(party_text):]).upper() == party_text


def _known_organisation(name_tokens: list[str]) -> bool:
    """Whether the words read as a name are an organisation of the gazetteer ("Västbygdens Lokaltrafik (VL)"): the
    organisation and its short form in brackets, not a person and a local party.

    Why: an organisation abbreviated in two letters escaped :func:`_initials_in_brackets` (three letters at least,
    since a two-letter local party may share a member's initials) and read as a person."""
    return " ".join(name_tokens).casefold() in organisation_by_name()


def _read_as_organisation(name_tokens: list[str]) -> bool:
    """Whether the words read as a name are, all of them, one organisation as the organisation patterns read it
    ("Räddningstjänsten Norrby (Norrby Brandförsvar)"): an organisation with its other name in brackets, not a person
    and a local party.

    Why: an organisation outside the gazetteer, named by a definite noun and its place, read as a person."""
    from .organisations import find_organisations  # here: organisations imports votes, which imports this module
    text = " ".join(name_tokens)
    return any(s == 0 and e == len(text) for _, s, e in find_organisations(text))


def _no_party_mark(party_text: str) -> bool:
    """Whether the brackets after a name hold a dash, "Roger Fält (-)": a member who has left his party.

    Why: such a member is a person of the meeting (he proposes, reserves) with no party, not a name in brackets
    of something else.
    """
    return party_text in ("-", "–") or party_text.casefold() in _NO_PARTY_WORDS


# "Stefan Andersson (obunden)", "(partilös)", "(politisk vilde)": a member without a party who says so in words (why:
# unread, the name in brackets was no person, and his statement was lost).
_NO_PARTY_WORDS = frozenset({"obunden", "partilös", "politisk vilde", "oberoende"})


def _name_words(line: str) -> int:
    """The words of a line that can be a name's own words: its surname particles do not count.

    Why: "Mikael Lindh" / "de Vries (SD)" wraps inside the surname; the last line's two words are one surname,
    no full name, so the line above belongs to the name.
    """
    return sum(1 for w in line.split() if w not in _PARTICLES)


def _party_heading_line(line: str, party: str | None) -> bool:
    """Whether the last line of a wrapped name is a party's name over its own abbreviation ("Socialdemokraterna
    (S)"): a heading of attendance grouped by party, not a surname.

    Why: the name above the heading (the last of the previous party's block) was read as "Name Partinamn" of the
    heading's party."""
    words = line.split()
    return len(words) == 1 and party is not None and canonical_party(words[0]) == party


def _party_before_place(text: str) -> str | None:
    """ "S" of "S, Göteborg": a national party code before a member municipality, as kommunalförbund write it.

    Why: the place after the comma is neither party nor part of one; a parenthesis with a comma whose first part is
    no national party ("Anna Berg, Göteborg") is no party at all (None).  Text without a comma is returned as is.
    """
    if "," not in text:
        return text
    code = text.split(",", 1)[0].strip()
    return code if canonical_party(code) is not None else None


def _comma_party_name_matches(text: str, taken: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches of "Name, Partinamn," (see _name_comma_party_name) that overlap none of ``taken``."""
    global _NAME_COMMA_PARTY_NAME
    if "," not in text:
        return []
    if _NAME_COMMA_PARTY_NAME is None:
        _NAME_COMMA_PARTY_NAME = _name_comma_party_name()
    pattern, tail = _NAME_COMMA_PARTY_NAME
    out = []
    for m in _anchored_finditer(pattern, tail, ",", text):
        if not _NOT_A_PERSON.search(m.group(1)) and \
                not any(t.start() < m.end() and m.start() < t.end() for t in taken):
            out.append(m)
    return out


_LINE_END_PARTY_NAME: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _line_end_party_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "- Tobias Ek, Liberalerna" / "ersättare för Anders Gustavsson, Socialdemokraterna": a party's written-out
    name after a comma that ends its line (groups as NAME_PARTY's: name, an empty "m.fl.", party).

    Why: an accessible ("tillgänglighetsanpassad") text version writes the parties out, and in a list of absent
    members or after "ersättare för" the party is the line's last word, with no comma after it for
    _name_comma_party_name; those members were read without their party.  Capitalised name words only, so
    "ersättare för" stays out of the name."""
    from ..gazetteer import parties

    names = sorted({n for p in parties().values() for n in (p.name, *p.aliases)
                    if len(n) > 5 and n[:1].isupper() and not n.isupper()}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    cap = rf"(?=[A-ZÅÄÖÉÜØÆ]){_TOKEN}"
    tail = rf"(?m),[ \u00a0]+(?:{alts})[ \t]*$"
    pattern = rf"(?m){_START}((?:{cap}[ \u00a0]+){{1,3}}{cap})(),[ \u00a0]+({alts})[ \t]*$"
    return re.compile(pattern), re.compile(tail)


def _line_end_party_name_matches(text: str, taken: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches of "Name, Partinamn" at a line end (see _line_end_party_name) that overlap none of ``taken``."""
    global _LINE_END_PARTY_NAME
    if "," not in text:
        return []
    if _LINE_END_PARTY_NAME is None:
        _LINE_END_PARTY_NAME = _line_end_party_name()
    pattern, tail = _LINE_END_PARTY_NAME
    return [m for m in _anchored_finditer(pattern, tail, ",", text)
            if not _NOT_A_PERSON.search(m.group(1))
            and not any(t.start() < m.end() and m.start() < t.end() for t in taken)]


def _index_of_tail(raw: str, tail: list[str]) -> int:
    """Where the words ``tail``, separated by whitespace, end ``raw`` (a final newline aside); 0 if they do not.

    Read backwards word by word rather than with a pattern made for each name: compiling one pattern a name was a
    few per cent of a document's extraction."""
    pos = len(raw) - 1 if raw.endswith("\n") else len(raw)
    for i in range(len(tail) - 1, -1, -1):
        if not raw.endswith(tail[i], 0, pos):
            return 0
        pos -= len(tail[i])
        if i:
            gap = pos
            while gap and raw[gap - 1].isspace():
                gap -= 1
            if gap == pos:
                return 0
            pos = gap
    return pos


def _looks_like_local_party(text: str) -> bool:
    # Local parties are short lower- or upper-case codes (skp, BÅP, SPI), or a name of two or three capitalised
    # words written out ("Höörs Framtid", "Kommunens Väl"); words like "bilaga" are not, nor is an organisation
    # ("Region Skåne", "Tekniska nämnden") named after an official.
    t = text.strip()
    if 1 <= len(t) <= 5 and t.isalpha() and (t.isupper() or t.islower() or t[:1].isupper()):
        return True
    words = t.split()
    if len(words) == 1 and _ONE_WORD_PARTY.fullmatch(t):
        return True
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words) and \
        not _ORGANISATION_WORDS.search(t)


# A local party named in one word ending in "partiet" ("Ekbypartiet", "Kommunpartiet", "Sjukvårdspartiet"); why: the
# name beside it, in a roll-call table, was no person, so the member who voted was lost.
_ONE_WORD_PARTY = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,20}partiet")


_ORGANISATION_WORDS = re.compile(r"(?i)^(?:region|polisregion|länsstyrelsen|landstinget)\b|"
                                 r"(?:kommun|stad|nämnden|styrelsen|verket|förvaltningen|bolaget|ab)$")


def strip_genitive(name: str, known: set[str] | frozenset[str]) -> str:
    """ "Helena Ohlssons" → "Helena Ohlsson" where the latter is a person the document knows."""
    if name.endswith("s") and name[:-1] in known:
        return name[:-1]
    return name


def short_forms(names: Iterable[str]) -> dict[str, str]:
    """Each listed name of three or more words by its form without the last word, where that form is unambiguous.

    A double surname is often shortened in the text: the attendance list's "Anna-Karin Lindqvist Berg" is
    "Anna-Karin Lindqvist (MP)" in a paragraph.  A short form that is itself a listed name, or that two listed
    names share, resolves to nothing.
    """
    listed = set(names)
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in listed:
        words = name.split()
        if len(words) < 3:
            continue
        short = " ".join(words[:-1])
        if short in out:
            shared.add(short)
        out[short] = name
    return {k: v for k, v in out.items() if k not in shared and k not in listed}


def middle_name_forms(names: Iterable[str]) -> dict[str, str]:
    """Each listed name of three words by its form without the middle word, where that form is unambiguous.

    The attendance list prints a middle name that the paragraphs leave out: "Maria Elisabeth Lundqvist" is
    "Maria Lundqvist (M)" in a proposal.  Only a capitalised middle word (not a particle: "Carl af Klercker" has
    none); a form that is itself a listed name, or that two listed names share, resolves to nothing.
    """
    listed = set(names)
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in listed:
        words = name.split()
        if len(words) != 3 or not words[1][:1].isupper():
            continue
        short = f"{words[0]} {words[2]}"
        if short in out:
            shared.add(short)
        out[short] = name
    return {k: v for k, v in out.items() if k not in shared and k not in listed}


# OCR of a scan loses the marks of å, ä, ö and é now and then ("Peter Aström", "Sjoberg"): a letter for a letter.
_UNMARKED = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
# Also the acute and grave accents of Sámi and loaned names ("Áila", "Máret", "Renée"): OCR and typists drop them as
# they drop the Swedish marks (why: "Aila Kitok" in a paragraph was read as a further person beside "Áila Kitok").
_UNMARKED.update(str.maketrans("áàÁÀíÍèÈ", "aaAAiIeE"))


def ocr_name_forms(text: str, names: Iterable[str]) -> dict[str, str]:
    """Each form of a listed name in ``text`` that differs from it only in lost diacritics ("Peter Aström" for
    "Peter Åström"), mapped to the listed name: an OCR misread, not a further person.  Only where one listed name
    folds to that form, and never a form that is itself listed."""
    listed = set(names)
    by_fold: dict[str, list[str]] = {}
    for name in listed:
        by_fold.setdefault(name.translate(_UNMARKED), []).append(name)
    marked = [(f, ns[0]) for f, ns in by_fold.items() if len(ns) == 1 and f != ns[0]]
    if not marked:
        return {}
    folded = text.translate(_UNMARKED_TABLE)
    out: dict[str, str] = {}
    for fold, name in marked:
        at = folded.find(fold)
        while at != -1:
            end = at + len(fold)
            form = text[at:end]
            # A whole name: no letter glued before or after ("Peter Åströms" is the genitive, read elsewhere).
            whole = not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha())
            if whole and form != name and form not in listed:
                out[form] = name
            at = folded.find(fold, end)
    return out


# More letters with marks that a typist or a PDF's text layer drops ("Nadja Peric" for "Nadja Perić", "Kovac"):
# every Latin letter that decomposes into a plain letter and marks, one letter for one (why: only the Swedish and a
# few accented letters were folded, so a Slavic or Turkish name written without its marks was a further person).
_UNMARKED.update({cp: unicodedata.normalize("NFD", chr(cp))[0] for cp in range(0xC0, 0x250)
                  if cp not in _UNMARKED and len(unicodedata.normalize("NFD", chr(cp))) > 1
                  and unicodedata.normalize("NFD", chr(cp))[0].isascii()})
# The same folding as a string indexed by code point (a character past its end is kept, as one the table above does
# not map): str.translate looks a character up in a string faster than in a dict, and the whole text of every
# document is folded (why: the dict took 2% of the extraction's time).
_UNMARKED_TABLE = "".join(chr(v) if isinstance(v := _UNMARKED.get(cp, cp), int) else v
                          for cp in range(max(_UNMARKED) + 1))

# Two capitalised words in a row, each pair tried (the second in a lookahead, so "Per Eva Lind" gives both pairs).
# The first word is CAP_WORD after _START, written to begin with its capital (every capital is a letter) and to look
# behind it for _START's character: the same matches, but the regex engine skips from capital to capital instead of
# trying the pattern at every character of the document.
_NAME_PAIR = re.compile(rf"([{CAPITAL}](?<![\w\-’'].)[^\W\d_-]*(?:-[^\W\d_]+){{0,3}})"
                        rf"(?=[ \u00a0]+({CAP_WORD})(?:[ \u00a0]*(?:m\.?\s?fl\.?\s*)?\(([^\W\d_]{{1,4}})\))?)")


def typo_name_forms(text: str, people: dict) -> dict[str, str]:
    """Each two-word name in ``text`` that is a listed two-word name with one word misspelt ("Michaela Strömberg",
    "Peter Wahlströn", "Eva Vikström", "Annsofie Ljung" for "Mikaela Strömberg", "Peter Wahlström", "Eva Wikström",
    "Ann-Sofie Ljung"), mapped to the listed name.  ``people`` maps listed names to entries with a ``party``.  A
    name that no list holds, written with its party, is the canonical form of its later misspellings with the same
    party ("Fredrik Bengtsson (S)" in a vote list, "Fredrik Bengtson" in the reservation below it).

    Why: minutes spell a person two ways (a typo, a variant spelling, a dropped hyphen), and the second spelling was a
    further person with the paragraph's facts.  The other word must be the same; the misspelt word (six letters or
    more) is one letter off, or the same without hyphens and case; a party beside the form must be the listed one's;
    a form that is itself listed, the genitive of a listed name, or near to two listed names maps to nothing."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    party_of: dict[str, str | None] = {}
    for name in people:
        words = name.split()
        if len(words) == 2:
            by_first.setdefault(words[0], []).append(name)
            by_last.setdefault(words[1], []).append(name)
            party_of[name] = getattr(people[name], "party", None)
    out: dict[str, str] = {}
    shared: set[str] = set()
    for m in _NAME_PAIR.finditer(text):
        first, last, written = m.group(1), m.group(2), m.group(3)
        form = f"{first} {last}"
        if form in party_of or form in shared or (first not in by_first and last not in by_last and not written):
            continue
        party = (canonical_party(written) or written) if written else None
        near = {n for n in by_last.get(last, ()) if _variant_word(first, n.split()[0])}
        near |= {n for n in by_first.get(first, ()) if _variant_word(last, n.split()[1])}
        if party and near:
            near = {n for n in near if party_of[n] in (None, party)}
        if len(near) == 1 and out.get(form, (target := near.pop())) == target:
            out[form] = target
        elif near or form in out:
            shared.add(form)
            out.pop(form, None)
        elif party and not near and form not in out:
            # A name first written with its party: the form its later spellings go to.
            by_first.setdefault(first, []).append(form)
            by_last.setdefault(last, []).append(form)
            party_of[form] = party
    return out


def _variant_word(word: str, listed: str) -> bool:
    """Whether ``word`` is the name word ``listed`` spelt another way: the same by ``_spelling_key``, or (six letters
    or more) one letter off from it (changed, added, dropped or two swapped); never ``listed`` with a genitive s."""
    if word == listed or word == listed + "s":
        return False
    a, b = _spelling_key(word), _spelling_key(listed)
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


# Spellings of one sound in Swedish names ("Mikaela"/"Michaela", "Kristina"/"Christina", "Wikström"/"Vikström",
# "Bengtsson"/"Bengtson"): the later form of each, tried in this order, and double letters made single.
_SOUND_SPELLINGS = (("ch", "k"), ("ck", "k"), ("c", "k"), ("ph", "f"), ("th", "t"), ("w", "v"), ("z", "s"))
_DOUBLE = re.compile(r"(\w)\1+")


def _spelling_key(word: str) -> str:
    """A name word without hyphens, case, marks and Swedish spelling variants, so that its spellings compare equal.

    Why: a name spelt two ways in one document ("Michaela Strömberg" beside the listed "Mikaela Strömberg", "Nadja
    Peric" for "Nadja Perić", "Annsofie" for "Ann-Sofie") was two people."""
    key = word.replace("-", "").casefold().translate(_UNMARKED)
    for old, new in _SOUND_SPELLINGS:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


# One party for a whole list of names after the last: "A, B och C (samtliga S)", "D och E (båda M)"; also set off by
# a comma without brackets, "A, B och C, samtliga SD, reserverade sig" (why: no bracket, so no one of the group was
# read and the reservation was lost), or by a comma with the party alone in brackets, "D och E, båda (SD),"
# (why: only the last name, next to the bracket, was read, so the first lost person and reservation); there only a
# list of two or more names.
_GROUP_PARTY = re.compile(r"\((?:samtliga|alla|båda|bägge)[ \u00a0]+([^\W\d_]{1,4})\)|"
                          r",[ \u00a0]*(?:samtliga|alla|båda|bägge)[ \u00a0]+(?:([^\W\d_]{1,4})(?![\w-])|"
                          r"\(([^\W\d_]{1,4})\))")
_LISTED_NAME = rf"{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,2}}"
_GROUP_LIST = re.compile(rf"{_START}({_LISTED_NAME}(?:(?:[ \u00a0]*,[ \u00a0\n]*|[ \u00a0\n]+(?:och|samt)[ \u00a0\n]+)"
                         rf"{_LISTED_NAME})*)[ \u00a0]*$")
_GROUP_SPLIT = re.compile(r"[ \u00a0]*,[ \u00a0\n]*(?:(?:och|samt)[ \u00a0\n]+)?|[ \u00a0\n]+(?:och|samt)[ \u00a0\n]+")


# The definite plurals that name a group before its members' names ("ledamöterna", "ersättarna").
_GROUP_ROLE_WORDS = frozenset(w for w, role in ROLE_WORDS.items() if role and w.endswith("rna"))


def group_party_people(text: str, offset: int = 0) -> list[NameMatch]:
    """The people of a list that one party in brackets after the last name covers ("Annika Rydén, Fredrik Bengtson
    och Agneta Lindholm (samtliga S)"), each with that party, in order (offsets + ``offset``).

    Why: "(samtliga S)" is no party bracket to ``find_people``, so the group reserved (or moved) without anyone, where
    no attendance list named them to be found bare."""
    if "(" not in text and "," not in text:
        return []
    out: list[NameMatch] = []
    for g in _GROUP_PARTY.finditer(text):
        code = g.group(1) or g.group(2) or g.group(3)
        party = canonical_party(code)
        head = max(0, g.start() - 240)
        m = _GROUP_LIST.search(text, head, g.start())
        if party is None or m is None:
            continue
        if g.group(3) and len(_GROUP_SPLIT.split(m.group(1))) < 2:
            # ", samtliga (S)" after a list this reads only the last name of ("A, B och ordföranden C, samtliga
            # (S)"): the others' names are read bare elsewhere, which one name found here would stop.
            continue
        pos = m.start(1)
        group_roles: tuple[str, ...] = ()
        for part in _GROUP_SPLIT.split(m.group(1)):
            at = text.index(part, pos)
            pos = at + len(part)
            # "Ledamöterna A B och C D (båda SD)": a role word before the first name is none of it (why: the
            # list's three capitalised words were read as one person "Ledamöterna A B"); the definite plural
            # gives its role to every name of the list.
            tokens = part.split()
            name, roles = clean_name(tokens)
            if len(name) < 2:
                continue
            if roles and tokens[0].casefold() in _GROUP_ROLE_WORDS:
                group_roles = roles
            roles = roles or group_roles
            for tok in tokens[:len(tokens) - len(name)]:
                at = text.index(tok, at) + len(tok)
            at = text.index(name[0], at)
            out.append(NameMatch(name=" ".join(name), party=party, party_text=code,
                                 start=offset + at, end=offset + (g.end() if pos == m.end(1) else pos),
                                 with_others=False, roles=roles))
    return out
