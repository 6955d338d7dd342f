"""The first page and the signature block: who attended, in which role and for which party; body and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ..clean import Line
from ..gazetteer import canonical_party, organisation_by_name
from .dates import find_dates
from .names import CAP_WORD, PLAIN_NAME, NameMatch, find_people

CELL_SPLIT = re.compile(r"\t+| {3,}")
_NARROW_SPLIT = re.compile(r"\t+| {2,}")
_BOX_SPLIT = re.compile(r"\s*\|\s*")

# Headings of attendance lists and signature blocks → the role they give (None: no role of their own).
_LABELS: list[tuple[re.Pattern[str], str | None]] = [
    # A company's and a stämma's headings: "Närvarande från bolaget" (its staff), "Styrelseledamöter som deltagit i
    # beslutet" (per capsulam), a singular "Styrelseledamot"/"Styrelsesuppleant" row label; "Adjungerade", the
    # owner's "Ombud", an "Arbetstagarrepresentant" and a "revisor" have no role of the board's.
    (re.compile(r"^(?:närvarande\s+)?från\s+(?:bolaget|förvaltningen|förbundet|förbundskontoret)\b:?", re.I),
     "tjänsteman"),
    (re.compile(r"^(?:styrelse)?ledamöter\s+som\s+(?:har\s+)?(?:deltagit|deltog)\s+i\s+beslutet\b:?", re.I), "ledamot"),
    (re.compile(r"^styrelseledamot\b:?(?=\t| {2,}|:|$)", re.I), "ledamot"),
    (re.compile(r"^(?:styrelse)?suppleant(?:er)?\b(?:\s*\([^()\n]{1,60}\))?:?(?=\t| {2,}|:|\s*$)", re.I),
     "ersättare"),
    (re.compile(r"^(?:adjungerade?|ombud\s+för\s+(?:ägaren|aktieägaren|ägarna)|arbetstagarrepresentant|"
                r"(?:bolagets\s+)?revisor|lekmannarevisor)\b:?", re.I), ""),
    (re.compile(r"^(?:ej|icke|inte)\s+tjänstgörande(?:\s+ersättare)?\b:?", re.I), "ersättare"),
    (re.compile(r"^(?:närvarande\s+)?tjänstgörande\s+(?:ersättare|suppleanter)\b:?", re.I), "tjänstgörande ersättare"),
    # The same in a relative clause: "Ersättare som inte tjänstgör" (present, not serving), "Ersättare som
    # tjänstgör" (why: the lower-case clause after "Ersättare" made it no heading, and the list above gave its role).
    (re.compile(r"^(?:närvarande\s+)?(?:ersättare|suppleanter)\s+som\s+(?:inte|ej|icke)\s+"
                r"(?:tjänstgör|tjänstgjorde|tjänstgjort|har\s+tjänstgjort)\b:?", re.I), "ersättare"),
    (re.compile(r"^(?:närvarande\s+)?(?:ersättare|suppleanter)\s+som\s+(?:tjänstgör|tjänstgjorde|har\s+tjänstgjort)"
                r"\b:?", re.I), "tjänstgörande ersättare"),
    # "Suppleant(er)": a company board's word for ersättare.  "Övriga ersättare": those present but not serving
    # (beside "Tjänstgörande ersättare"), else read as the tail of the serving ones' list.
    (re.compile(r"^(?:närvarande\s+|övriga\s+)?(?:ersättare|suppleanter)\b:?", re.I), "ersättare"),
    # "Ledarnöter": OCR reads the m of a scanned heading as "rn".
    # "Tjänstgörande ledamöter": the members serving, as "Beslutande ledamöter"; "(Närvarande)
    # styrelseledamöter": a company board's members.
    # The singular role word before one member's name, as the presidium's ("Ordförande Mats Rylander (M)" /
    # "Ledamot Lotta Bergqvist (C)"), one per line: only before a name, so that a column heading "Ledamot" stays one.
    (re.compile(r"^(?i:ledamot)(?=[ \t]+[A-ZÅÄÖÉ][^\W\d_]+(?:-[^\W\d_]+)?[ \u00a0]+[A-ZÅÄÖÉ])"), "ledamot"),
    # "Ledamöterna A (S), Kumla; B (KD), Örebro": the definite plural before the names of a running list;
    # "Ledamöter närvarande": the presence word after the heading word.  A hybrid meeting's groups say where the
    # members sit: "Ledamöter närvarande i salen", "Ledamöter som deltar på distans (Teams)" (why: the lower-case
    # place words made them no heading, and their names took the presidium label above them).
    (re.compile(r"^(?:närvarande\s+|övriga\s+|beslutande\s+|tjänstgörande\s+)?(?:styrelse)?leda(?:m|rn)öter(?:na)?\b"
                r"(?:\s+(?:som\s+)?(?:deltar|deltog|deltagande|närvarande|närvarar)"
                r"\s+(?:i\s+(?:[a-zåäö]*salen|sammanträdes(?:rummet|lokalen)|rummet|lokalen)|på\s+(?:plats|distans)|"
                r"digitalt|fysiskt)\b(?:\s+(?:via|i|genom)\s+[A-ZÅÄÖ][\w-]*\b)?(?:\s*\([^()\n]{1,40}\))?"
                r"|\s+närvarande\b)?:?",
                re.I),
     "ledamot"),
    (re.compile(r"^(?:övriga\s+närvarande|(?:därutöver|dessutom)\s+närvarande|övriga\s+deltagare|övriga\s+deltagande|närvarande\s+tjänstemän|[t1l]jänstemän|"
                r"tjänstepersoner|övriga|närvarande\s+tjänstepersoner|föredragande)\b:?", re.I), "tjänsteman"),
    (re.compile(r"^(?:utses\s+att\s+justera|justerare|justerande|justeras\s+av)\b:?", re.I), "justerare"),
    (re.compile(r"^(?:underskrifter\s+)?sekreterare\b:?|^vid\s+protokollet\b:?", re.I), "sekreterare"),
    # Also abbreviated in a label column: "1:e vice ordf.", "Ordf.".
    # A typed label column may abbreviate without the period: "1:e vice ordf   Name" (a column gap follows).
    (re.compile(r"^(?:förste|andre|1:e|2:e|tredje|3:e)?\s*vice\s+ordf(?:örande\b|\.(?!\S)|(?=\t| {2,}|$)):?", re.I),
     "vice ordförande"),
    (re.compile(r"^ordf(?:örande\b|\.(?!\S)|(?=\t| {2,}|$)):?", re.I), "ordförande"),
    (re.compile(r"^(?:närvarande\s+)?beslutande\b:?|^närvarande\b:?", re.I), ""),
    # "Ej deltagande" (a decision per capsulam's members who did not answer): absent as "Frånvarande" (why: unread,
    # its names took the role of the participants' list above).
    (re.compile(r"^(?:frånvarande|ej\s+närvarande|(?:ej|icke|inte)\s+deltagande(?:\s+(?:ledamöter|ledamot))?)\b:?",
                re.I), "-"),
    # People present in no role of the body's: a member who sent apologies ("Anmält förhinder"), a company
    # board's employee representatives and its auditors, who are not its staff (also in the definite form before
    # their names, "Revisorerna Eva Ek och Bo Lund, § 15"; why: the word was read as part of the first name).
    (re.compile(r"^(?:anmält\s+förhinder|förhinder\s+anmält|arbetstagarrepresentanter|personalrepresentanter|"
                r"fackliga\s+representanter|arbetstagarledamöter|(?:lekmanna)?revisorer(?:na)?)\b:?", re.I), ""),
    # "Rätt utdraget betygar/intygar": the one who certifies an extract is a person of the minutes, no role.
    (re.compile(r"^rätt\s+utdraget\s+(?:betygar|betyger|intygar|bestyrker)\b:?", re.I), ""),
    # "Tid" only as a word: a table row opening with a place ("Tidaholms kommun | Jenny Svahn | KD | ledamot") is no
    # label (why: read as "Tid", the row ended the attendance table and the rows below lost their roles).
    (re.compile(r"^(?:plats\s+och\s+tid|plats|tid(?:en)?(?![a-zåäö])|justeringens\s+plats(?:\s+och\s+tid)?|paragrafer|protokollet\s+omfattar|"
                r"underskrifter|underskrift|anslag|organ\b|sammanträdesdatum|datum|förvaringsplats|"
                r"protokollet\s+är\s+justerat|justerat|justeras\b|dag\s+för\s+justering|"
                # "Justering: Brandstationen Skövde 2024-04-23": where and when the minutes are adjusted (why: read
                # as a plain entry, the place's two capitalised words were taken for a person).
                r"justering(?=[ \t]*:|\t|[ ]{2,}))", re.I), "-"),
]
# "Ersättare för justerare" / "Ersättande justerare": the deputy named in case an adjuster cannot sign, who did not
# adjust the minutes; a label that gives no role (why: unread, the name beside it took the justerare role of the
# "Utses att justera" line above).
_LABELS[:0] = [(re.compile(r"^(?:ersättare\s+för\s+justerare(?:n|na)?|ersättande\s+justerare|"
                           r"(?:justerare|justerande)suppleant|ersättare\s+för\s+justerande)\b:?", re.I), "-")]
# "Närvarande ej tjänstgörande ersättare", "Närvarande, icke tjänstgörande ersättare": those present but not serving
# (why: "Närvarande" alone matched first, a heading without a role, and the names beside it got none); also with the
# note after the role word, "Närvarande ersättare, ej tjänstgörande" (why: the names took the serving list's role).
_LABELS[:0] = [(re.compile(r"^närvarande,?\s+(?:(?:ej|icke|inte)\s+tjänstgörande(?:\s+(?:ersättare|suppleanter))?\b|"
                           r"(?:ersättare|suppleanter),?\s+(?:ej|icke|inte)\s+(?:tjg\.?|tjänstgörande\b)):?",
                           re.I), "ersättare")]
# "Insynsplatser och närvarorätt", "Insyn", "Närvarorätt": the heading of those present who sit in without a seat on
# the body (a party without one, the council's chair): no role (why: unread, the names below it took the role of
# the "Ersättare" list above).
_LABELS[:0] = [(re.compile(r"^(?:insynsplatser|insynsplats|insynsrepresentanter|insyn|närvarorätt|"
                           r"närvaro-\s*och\s+yttranderätt)(?:\s+(?:och|samt)\s+(?:närvarorätt|insynsplatser|"
                           r"insynsplats|närvaro-\s*och\s+yttranderätt))?(?!\w):?", re.I), "")]
# "Inbjuden", "Inbjudna gäster", "Gäster": the heading of guests invited to speak, who are neither members nor the
# body's staff: no role (why: unread, a guest with a title took the role of the staff list above, tjänsteman).
_LABELS[:0] = [(re.compile(r"^(?:inbjuden|inbjudna|inbjudna\s+gäster|gäster|gäst)(?!\w):?", re.I), "")]
# "Ersättare i övrigt:", "Närvarande ersättare i övrigt": the ersättare present besides the serving ones (why: the words
# after "Ersättare" made it no heading, so its names got no role).
_LABELS[:0] = [(re.compile(r"^(?:närvarande\s+)?(?:ersättare|suppleanter)\s+i\s+övrigt\b:?", re.I), "ersättare")]
# "Förhinder: A" (a member who sent apologies, the heading's colon required: "Förhinder att …" is prose),
# "Personalrepresentant: B (Kommunal)" (the singular of a company board's employee representatives): no role (why:
# unread, the names took the role of the members' list above them); "Protokollförare", the secretary's signature
# label in a company's minutes.
_LABELS[:0] = [(re.compile(r"^(?:förhinder\s*:|personalrepresentant\b:?)", re.I), ""),
               (re.compile(r"^protokollförare\b:?", re.I), "sekreterare")]
# "Dessutom närvarande:", "Därtill:": those present besides the members, the staff's list as "Övriga närvarande"; the
# bare adverb only with its colon (why: unread, the officials after it got no role).
# Also "Därutöver deltar" as a label column beside the names (why: unread, the officials took the role of the
# "Ersättare" list above them); the verb only as a whole label (a colon, a column gap or the line's end after it),
# so that a running "Därutöver deltar kommundirektör A, …" stays the prose it is.
_LABELS[:0] = [(re.compile(r"^(?:dessutom|därtill|därutöver|även|vidare)\s+närvarande\b:?|"
                           r"^(?:dessutom|därtill|därutöver)\s*:|"
                           r"^(?:dessutom|därtill|därutöver|vidare)\s+(?:deltar|deltog|medverkar|medverkade)"
                           r"(?=[ ]*:|\t| {2,}|[ ]*$):?", re.I), "tjänsteman")]
# "Ordinarie ledamöter<TAB>Name (S), ordförande": the members' list heading with "ordinarie" before it, as a label
# column beside the names (why: only "Närvarande/Beslutande/Tjänstgörande ledamöter" were read, so the members of the
# list below its first row kept no role).
_LABELS[:0] = [(re.compile(r"^ordinarie\s+(?:styrelse)?leda(?:m|rn)öter\b:?", re.I), "ledamot")]
# "Deltagande ledamöter (svar via e-post)": the members taking part in a decision per capsulam, a note on how they
# answered in parentheses (why: "Deltagande" was no word before "ledamöter", so the names below kept no role).
_LABELS[:0] = [(re.compile(r"^deltagande\s+(?:styrelse)?leda(?:m|rn)öter\b(?:\s*\([^()\n]{1,60}\))?:?", re.I),
                "ledamot")]
# "Utdragsbestyrkande Yasmin Karimi, kommunsekreterare, 17.06.2024": the label of the one who certifies an extract, as
# "Rätt utdraget intygar", no role (why: unread, the label word was taken as the first word of her name).
_LABELS[:0] = [(re.compile(r"^utdragsbestyrkande\b:?", re.I), "")]
# "VD och adjungerade", "Verkställande direktör och övriga": a company board's heading of its chief executive and
# the staff beside him, each listed with a title: the company's staff, as "Närvarande från bolaget" (why: unread,
# the names took the "Suppleanter" role above them).  A whole heading only (its colon, a column gap or the line's
# end), so that "VD Per Holm" before a name stays an entry; a bare "Adjungerade" still gives no role.
_LABELS[:0] = [(re.compile(r"^(?:vd|verkställande\s+direktör(?:en)?)(?:\s+(?:och|samt)\s+(?:adjungerade|övriga"
                           r"(?:\s+närvarande)?|tjänstemän|tjänstepersoner|(?:övrig\s+)?personal))?"
                           r"[ \t]*:?(?=\t| {2,}|\s*$)", re.I), "tjänsteman")]
# "10.30<TAB>Anna Ek (S) lämnar sammanträdet.": a row of a log of the meeting by the clock, its time in the first
# column; no role of its own, and the list above it ends (why: the names in the log took the role of the last label
# above the log, "Justerare").
_LABELS[:0] = [(re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?(?=\t| {2,}|\s*$)"), "")]
# "Närvaroförändringar", "Ändringar i närvaron": the heading of a log of arrivals and departures during the meeting,
# whose names are those listed above again or others present; no role of its own (why: unread, the names in the log
# took the role of the line above it, the presidium's "2:e vice ordförande").  A role word in an entry
# ("ledamoten X") still gives its role.
_LABELS[:0] = [(re.compile(r"^(?:närvaroförändringar|närvaroändringar|(?:förändringar|ändringar)\s+i\s+närvaron?)"
                           r"(?!\w):?", re.I), "")]
# Abbreviated headings, tried before ``_LABELS`` (why: minutes that abbreviate the roles beside the names abbreviate
# the headings and signature labels too): "Ej tjg ers." (present, not serving), "Tjg ers.", "Ers.", "Just.",
# "Sekr.", and "Ej beslutande" (those present who do not decide: no role of its own, the role beside each name
# holds).  The dot is required, so that a name ("Ers", "Just") never reads as one.
_ABBREVIATED_LABELS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^(?:ej|icke)\s+tjg\.?\s+ers(?:\.|ättare\b):?(?!\S)", re.I), "ersättare"),
    (re.compile(r"^(?:ej|icke)\s+beslutande\b:?", re.I), ""),
    (re.compile(r"^tjg\.?\s+ers(?:\.|ättare\b):?(?!\S)", re.I), "tjänstgörande ersättare"),
    (re.compile(r"^ers\.:?(?!\S)", re.I), "ersättare"),
    (re.compile(r"^just\.:?(?!\S)", re.I), "justerare"),
    (re.compile(r"^sekr\.:?(?!\S)", re.I), "sekreterare"),
    # "Ordf.:" and "1:e v. ordf.:" with a colon after the abbreviation's dot (why: _LABELS wants a space after it).
    (re.compile(r"^(?:förste|andre|1:e|2:e)?\s*(?:vice|v\.)\s*ordf\.:(?!\S)", re.I), "vice ordförande"),
    (re.compile(r"^ordf\.:(?!\S)", re.I), "ordförande"),
]
# "Ej tjg ers<TAB>Marie Lund (S)", "Tjg ers   Sven Gård (KD)": the abbreviation without its dot in a label column,
# before a column gap (why: the dot was required, so the heading was not read and its names lost their role; a
# name never opens with "tjg").
_ABBREVIATED_LABELS += [
    (re.compile(r"^(?:ej|icke)\s+tjg\.?\s+ers:?(?=\t| {2,}|\s*$)", re.I), "ersättare"),
    (re.compile(r"^tjg\.?\s+ers:?(?=\t| {2,}|\s*$)", re.I), "tjänstgörande ersättare"),
]
# "Ersättare, ej tjg" / "Ersättare (ej tjänstgörande)": the role word first and the serving note after it, a
# heading of those present but not serving; "Ersättare, tjg" of those serving (why: the lower-case note after
# "Ersättare" made it no heading, so the names below were read as rows of the members' table above).
_ABBREVIATED_LABELS[:0] = [
    # (Also "Ersättare utan tjänstgöring"; why: the words after "Ersättare" made it no heading, and the names below
    # took the serving list's role above them.)
    # (The note also abbreviated "tjänstg.": "Ersättare, ej tjänstg."; why: unread, "tjänstg" was taken for the
    # serving note and the names beside it became serving ersättare.)
    (re.compile(r"^(?:ersättare|suppleanter)\s*(?:(?:,\s*|\(\s*)(?:ej|icke|inte)\s+(?:tjg\.?|tjänstg\.|"
                r"tjänstgörande)(?:\s*\))?|\s+utan\s+tjänstgöring):?(?!\S)", re.I), "ersättare"),
    (re.compile(r"^(?:ersättare|suppleanter)\s*(?:,\s*|\(\s*)(?:tjg\.?|tjänstg\.|tjänstgörande)(?:\s*\))?:?(?!\S)",
                re.I),
     "tjänstgörande ersättare"),
]
# Role words beside a name, also abbreviated: "ordf.", "1:e v ordf", "2:e vice ordf."; "tjänstgör" after a
# substitute in a table with an Ersättare column.  Also "2:e v.o.", the vice chair's title cut to its initials
# (only with its ordinal, so that no other "v.o." reads as a title).
_INLINE_ROLE = re.compile(
    r"^\s*,?\s*\(?\s*((?:(?:förste|andre|1:e|2:e)\s+)?(?:vice|v\.?)\s+ordf(?:örande\b|\.|\b)|ordförande\b|"
    r"(?:förste|andre|1:e|2:e|3:e)\s+v\.\s?o\.(?!\w)|"
    r"ordf(?:\.|\b)|(?:tjänstgörande\s+ersättare|ersättare|tjänstgörande\s+suppleant|(?:styrelse)?suppleant|"
    r"(?:styrelse)?ledamot|"
    r"sekreterare|justerare|tjänstgör)\b)", re.I)


# A role set off by a dash instead of a comma: "Carl-Johan Ekdahl (M) – ordförande", "Eva Ek (L) - 1:e vice ordf.".
_DASH_BEFORE_ROLE = re.compile(r"^[ \t\u00a0]*[–—-][ \t\u00a0]+(?=\S)")


def _dash_role(after: str) -> re.Match[str] | None:
    """The inline role word after a dash behind a name (see ``_DASH_BEFORE_ROLE``), matched as ``_INLINE_ROLE``.

    Why: some attendance lists separate the role from the name and party with an en dash; the role was lost and
    the chair and vice chairs became plain members."""
    m = _DASH_BEFORE_ROLE.match(after)
    if m is None:
        return None
    # The dash blanked out, so that the match's offsets are the text's: the pattern allows leading space.
    return _INLINE_ROLE.match(" " * m.end() + after[m.end():])


# "Olle Sjögren (S), ers.": the abbreviated ersättare beside a name, only as the whole remark (why: "ers." is no
# word that _INLINE_ROLE can end at a word boundary, and "ers. för" is a substitution, read by _SUBSTITUTE).
_INLINE_ERS = re.compile(r"^\s*,\s*ers\.\s*(?:[;,]|$)", re.I)


def _role_word(word: str) -> str:
    """The role of an inline role word: "Suppleant" (a company board's word) is an ersättare; "ordf." and
    "1:e v ordf" are the presidium; "tjänstgör" alone is a serving ersättare."""
    word = " ".join(word.casefold().split())
    word = word.removeprefix("styrelse")  # a company board's "Styrelseledamot", "Styrelsesuppleant"
    if word == "tjänstgör":
        return "tjänstgörande ersättare"
    if word.startswith("ordf"):
        return "ordförande"
    return "vice ordförande" if re.search(r"\bv(?:ice\b|\.|\s)", word) else word.replace("suppleant", "ersättare")
# ", tjg ersättare", ", tjg. ers.": the abbreviated serving substitute as the whole note after a name in a cell.
_ABBREVIATED_SERVING_ROLE = re.compile(r"\s*,?\s*\(?\s*tjg\.?\s+ers(?:\.|ättare\b|\b)\s*\)?", re.I)


def cell_role(after: str) -> str | None:
    """The role written after a name in the same cell (", ordförande", ", tjänstgörande suppleant", ", tjg
    ersättare"), or None.

    For readers outside this module (a roll-call table's name cells).  (Why "tjg ersättare": the abbreviation is
    no ``_INLINE_ROLE`` word, so the serving substitute in a vote table's name cell got no role.)"""
    m = _INLINE_ROLE.match(after)
    if m is None and _ABBREVIATED_SERVING_ROLE.fullmatch(after.rstrip(" .")):
        return "tjänstgörande ersättare"
    return _role_word(m.group(1)) if m is not None and m.end() == len(after.rstrip(" .")) else None


def cell_replaced(after: str) -> str | None:
    """The member a serving note after a name in the same cell names (", tjänstgörande ersättare för Eva Ek",
    ", tjg för Eva Ek"), or None where the note is no such note whole.

    For readers outside this module (a vote table's name cells)."""
    m = _SUBSTITUTE.match(after.lstrip(" ,"))
    return m.group(1) if m is not None and m.end() == len(after.lstrip(" ,").rstrip(" .")) else None


# "(Nybro) istf Ulla Sten": a home municipality in parentheses may stand between the party and the substitution.
# (The name is no "för …" or "ersättare för …": with the member's name wrapped over the line's end, "… tjänstgörande
# ersättare för Greta" / "Holm (V)", those words were read as the name; so "tjg ersättare" is a serving word whole.)
_SUBSTITUTE = re.compile(r"^\s*(?:\([^()\d]{1,30}\)\s*)?,?\s*\(?\s*"
                         r"(?:tjg\.?(?:\s+(?:ersättare|ers\.?))?|tjänstgör(?:ande)?(?:\s+ersättare)?|tjänstgjorde|ersätter|istf\.?|"
                         r"i\s+stället\s+för|för)\s+"
                         # "tjg ers §§ 136–137 för Hanna Berg": the paragraphs served in may stand before "för"
                         r"(?:§§?\s*\d[\d\s,–-]*?\s+)?(?:för\s+)?(?!(?:för|ersättare)\s)([^\W\d_][\w-]+(?:\s+[^\W\d_][\w-]+){1,3})",
                         re.I)
# "Birgitta Nordén (M) ers. Leif Hammar (M)": the abbreviated "ersätter" between the two, but not after a comma,
# where ", ers." is the role of the one before ("Olle Sjögren (S), ers.").
_REPLACED_BEFORE = re.compile(r"(?i)(?:\bsom\s+ersätter|\bersätter|\btjg\.?\s+för|\btjänstgör(?:ande)?\s+för|"
                              r"\bistf\.?|\bi\s+stället\s+för|\bersättare\s+för|\bför|"
                              r"(?:^|[^\s,;])[\s\u00a0]+ers\.)[\s\u00a0]*$")
# (Also the participle of a list "Frånvarande ledamöter – ersatta av …": "Stig Persson (S) – ersatt av Maj-Lis Holmgren
# (S)".)
_REPLACED_BY = re.compile(r"(?i)\b(?:ersätts|ersattes|ersatt|ersätts\s+idag|byts\s+ut)[\s\u00a0]+av[\s\u00a0]*$")
# ("tjänstgörande ersättaren X (C)": the singular names one serving substitute among the members.)
_GROUP_ROLE = re.compile(r"(?i)\b(tjänstgörande[\s\u00a0]+ersättar(?:na|en|e)|ersättarna|ledamöterna|ledamöter)\b"
                         r"[\s\u00a0:]*$")
_PLAIN_NAME = re.compile(r"^([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*(?:\s+[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*){1,3})"
                         r"\s*(?:,\s*(.+))?$")
# Dotted signature lines, and the rules of a table drawn in characters ("+------+----+").
_DOTS = re.compile(r"^[.\s_…+=|-]+$")
# An entry of a table of contents before the first paragraph: "§ 26    Avsägelse av uppdrag – Eva Ek (M)", the §
# number, a gap and the paragraph's title in words (lower-case words among them).  Also with one space after the
# number where a dotted leader runs to the page number: "§ 12 Remissvar IT-strategi, Region Norr ....... sid 3"
# (why: the title's first words, "Remissvar IT-strategi", were read as a person present).
_CONTENTS_ENTRY = re.compile(r"^[ \t]*§[ \t]*\d{1,4}(?:\t|[ ]{2,})[ \t]*[A-ZÅÄÖ][^\n]*?\b[a-zåäö]{3,}\b"
                             r"|^[ \t]*§[ \t]*\d{1,4}[ \t]+[A-ZÅÄÖ][^\n]*?(?:\.{4,}|…{2,})[ \t]*"
                             r"(?:s(?:id(?:an)?)?\.?[ \t]*)?\d{1,4}[ \t]*$")


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
    #: The person added last, for a list wrapped onto the next line ("… Kjell Andersson (m)," / "som ersätts av …").
    last: PersonInfo | None = None
    #: Role codes a legend above a table explains ("O = ordförande, L = ledamot"), code → role word.
    codes: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, party: str | None, role: str | None, start: int, end: int) -> PersonInfo:
        p = self.people.get(name)
        if p is None:
            p = self.people[name] = PersonInfo(name, party, [], start, end)
        self.last = p
        if party and not p.party:
            p.party = party
        p.add_role(role)
        return p


# "I sammanträdesrummet:" / "Deltar på distans via Teams:": a hybrid meeting's attendance split by where each one
# sits.  Headings of those present without a role of their own (why: unread, the staff with a title
# in those lists were no tjänsteman).  The place headings only with their colon, so prose is none.
_PLACE_LABEL = re.compile(r"(?i)^(?:i\s+sammanträdes(?:rummet|lokalen)|på\s+plats|"
                          r"(?:deltar|deltog|närvarande|deltagande)\s+(?:på\s+distans|digitalt|på\s+plats)"
                          r"(?:\s+(?:via|i|genom)\s+\w+)?)\s*:")
_LABELS.append((_PLACE_LABEL, ""))


def _first_of(labels: list[tuple[re.Pattern[str], str | None]]) -> tuple[re.Pattern[str], list[str | None]]:
    """One pattern for a list of heading patterns, tried in order: each is an alternative of its own, in a group of
    its own (the patterns have no groups), so ``lastindex`` tells which matched; with the roles by that index.

    Why: ``label_role`` is asked of nearly every line and cell, and trying some fifty patterns one by one in Python
    cost more than all the rest of reading the lists.  An alternation at the start of the text takes the first
    alternative that matches, and takes it as that pattern alone would match, so the result is the same."""
    parts = []
    for pat, _ in labels:
        assert not pat.groups and not pat.flags & ~(re.I | re.U), pat.pattern
        source = pat.pattern.removeprefix("(?i)")
        parts.append(f"((?i:{source}))" if pat.flags & re.I else f"((?:{source}))")
    return re.compile("|".join(parts)), [None] + [role for _, role in labels]


_FIRST_LABEL, _FIRST_LABEL_ROLES = _first_of(_LABELS)
_FIRST_LABEL_ABBREVIATED, _FIRST_LABEL_ABBREVIATED_ROLES = _first_of(_ABBREVIATED_LABELS + _LABELS)
# What may follow a heading that gives a role without its colon: the end, a colon, or what opens a name or a value.
_AFTER_HEADING = re.compile(r"[\s\u00a0]*(?:$|:|[A-ZÅÄÖÉ.…§\d(_])")


def label_role(text: str) -> tuple[str | None, int] | None:
    """If ``text`` starts with an attendance or signature heading: (its role, length of the heading).

    A heading stands alone, before a colon, or before a name; "ordförande, Magnus Ekholm …" is the end of
    the previous entry, not a heading.
    """
    # A pure function of the text, asked again and again of the same lines and cells of a document and of the same
    # headings in every document, so remembered; only for texts of a line's length, in a cache of a bounded size, so
    # that a loader running for hours (and a paragraph joined line by line) keeps a small fixed size.
    return _label_role_cached(text) if len(text) <= 500 else _label_role(text)


@lru_cache(maxsize=4096)
def _label_role_cached(text: str) -> tuple[str | None, int] | None:
    return _label_role(text)


def _label_role(text: str) -> tuple[str | None, int] | None:
    text = _ocr_label(text)
    found = _match_label(text)
    if found is None and (typo := _typo_label(text)) is not None:
        fixed, shift = typo
        found = _match_label(fixed)
        if found is not None:
            found = (found[0], max(0, found[1] + shift))
    return found


def _match_label(text: str) -> tuple[str | None, int] | None:
    """``label_role`` on a text whose heading word is spelt right."""
    # The abbreviated headings (``_ABBREVIATED_LABELS``) first, where the text opens as one of them may.
    if text[:1] in "EeJjSsTtOoVv12":
        m = _FIRST_LABEL_ABBREVIATED.match(text)
        roles = _FIRST_LABEL_ABBREVIATED_ROLES
    else:
        m = _FIRST_LABEL.match(text)
        roles = _FIRST_LABEL_ROLES
    if m is None:
        return None
    role = roles[m.lastindex]  # type: ignore[index]
    if (n := _grouping_note(text, m.end())) is not None:
        return role, n
    rest = text[m.end():]
    # A heading closed by its colon may go on in lower case: "Övriga närvarande: socialchef Ulla Sand".
    if role not in ("-", "") and rest and not m.group().endswith(":") and not _AFTER_HEADING.match(rest):
        return None
    return role, m.end()


# A heading word typed with one letter wrong, missing, extra or swapped ("Beslutnde:", "Justerar:", "Sekretare"), at
# the start of a line before its colon or a column gap, or alone in its cell.  Only these words, which open a name
# list or a signature.
_TYPO_LABEL_WORD = re.compile(r"([^\W\d_]{6,13})(?=[ \t]*:|\t| {2,}|\s*$)")
_TYPO_LABEL_TARGETS = ("beslutande", "närvarande", "justerare", "justerande", "sekreterare", "ordförande", "ledamöter",
                "ersättare", "tjänstemän", "frånvarande")


def _typo_label(text: str) -> tuple[str, int] | None:
    """The text with a mistyped heading word at its start spelt right, and how much longer the typed word is.

    Why: drafts carry typos in their labels ("Justerar: Eva Ek (S)", "Sekretare<TAB>Per Ek", "Beslutnde:"), and
    the names beside such a label lost their role (or were read as prose).  One edit is allowed (two missing
    letters in a word of ten or more); a word that is a heading already never gets here."""
    m = _TYPO_LABEL_WORD.match(text)
    if m is None:
        return None
    word = m.group(1).casefold()
    for good in _TYPO_LABEL_TARGETS:
        if good[0] == word[0] and abs(len(good) - len(word)) <= 2 and word != good and _one_typo(word, good):
            fixed = good.capitalize() if m.group(1)[:1].isupper() else good
            return fixed + text[m.end(1):], len(m.group(1)) - len(good)
    return None


def _one_typo(word: str, good: str) -> bool:
    """Whether ``word`` is ``good`` with one letter changed, dropped, added or swapped with the next, or with two
    letters dropped from a word of ten letters or more."""
    if len(word) == len(good):
        diff = [i for i, (a, b) in enumerate(zip(word, good, strict=True)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == good[diff[1]] and word[diff[1]] == good[diff[0]])
    if len(word) == len(good) + 1:
        return any(word[:i] + word[i + 1:] == good for i in range(len(word)))
    missing = len(good) - len(word)
    if missing not in (1, 2) or (missing == 2 and len(good) < 10):
        return False
    it = iter(good)
    return all(ch in it for ch in word)


# How a list heading says its names are grouped: "Beslutande ledamöter, partivis", "Ledamöter (per parti)".
_GROUPING_NOTE = re.compile(r"\s*(?:,\s*|\(\s*)(?:partivis|per\s+parti|efter\s+parti|i\s+partiordning)\s*\)?:?\s*$",
                            re.I)


# The §§ a heading's list covers, the rest of the heading's line: "Tjänstgörande ersättare från och med § 8",
# "Ersättare (§§ 3–5)", "Tjänstgörande ersättare under § 12".
_PARAGRAPHS_LIMIT_NOTE = re.compile(r"\s*(?:,\s*)?\(?\s*(?:(?:från\s+och\s+med|fr\.\s*o\.\s*m\.|till\s+och\s+med|"
                                    r"t\.\s*o\.\s*m\.|för|under|i)\s+)?§§?\s*\d+(?:\s*(?:[-–]|och|,)\s*\d+)*"
                                    r"\s*\)?:?\s*$", re.I)


def _grouping_note(text: str, end: int) -> int | None:
    """The length of the heading with a note on the grouping of its names after it ("…, partivis"), or on the §§
    its names cover ("… från och med § 8"), or None.

    Why: with the note the heading was not read as one (a comma is no heading's end), so the members of a list
    grouped by party lost their role; and substitutes serving from a § on kept the role of the list above."""
    m = _GROUPING_NOTE.match(text, end) or _PARAGRAPHS_LIMIT_NOTE.match(text, end)
    return m.end() if m else None


# A scanned heading's OCR misreads: "Beslutande Iedamöter" (a capital I for l), "Ersattare" (ä read as a),
# "0vriga deltagande" (a zero for Ö).  None of them is a Swedish word, so the heading is what was printed.
_OCR_LABEL = re.compile(r"(?i)^(?:[^\W\d_]+\s+){0,2}?(?:(I)edamöter|ers(a)ttare|(0)vrig)")
_OCR_LABEL_CHAR = {"I": "l", "i": "l", "a": "ä", "A": "Ä", "0": "Ö"}


def _ocr_label(text: str) -> str:
    """The text with an OCR-damaged heading word at its start repaired; one letter for one, so lengths stay."""
    m = _OCR_LABEL.match(text)
    if m is None:
        return text
    at = next(m.start(g) for g in (1, 2, 3) if m.start(g) >= 0)
    return text[:at] + _OCR_LABEL_CHAR[text[at]] + text[at + 1:]


_PARTY_CODE_TITLE = re.compile(r"^(?:s|m|v|mp|l|fp|c|kd|sd|fi|pp|spi)$")
_REPRESENTATIVE_TITLE = re.compile(r"(?:representant|företrädare)$")


def _is_job_title(text: str) -> bool:
    t = text.strip().casefold()
    # An employee or union representative ("arbetstagarrepresentant", "facklig företrädare") is no official.
    return bool(t) and not _PARTY_CODE_TITLE.match(t) and len(t) < 60 and \
        not _REPRESENTATIVE_TITLE.search(t) and not _auditor(t)


def _auditor(title: str) -> bool:
    """Whether a title is an elected auditor's ("Förtroendevald revisor", "lekmannarevisor"): they are no staff of
    the body they audit (as the "Revisorer" heading gives no role).  A bare "revisor" may be a firm's employee.

    Why: in a Namn | Parti | Funktion table the auditor's Funktion cell was read as a staff member's job title."""
    # "Auktoriserad revisor", "godkänd revisor": a company's statutory auditor from an audit firm, no staff either.
    return _AUDITOR_TITLE.search(title.strip()) is not None


_AUDITOR_TITLE = re.compile(r"(?i)(?:förtroendevalda?\s+|lekmanna|auktoriserad\s+|godkänd\s+)revisor(?:er)?$")


# ("\bstad": a surname such as "Ridderstad" or "Bergstad" is a name, not a city.)
_ORG_WORDS = re.compile(r"(?i)nämnd|styrelse|fullmäktige|kommun|\bstads?\b|region|förvaltning|utskott|bolag|\bAB\b|"
                        r"förbund|verket|myndighet|protokoll|anslag|bevis|sammanträde|justering|paragraf|"
                        # a foundation or an association on a line of its own ("Stiftelsen Ekbacka Gård" in a
                        # distribution list: why: its capitalised words read as a person's name)
                        r"stiftelse|förening|"
                        # a party group signing a statement: "För Moderaterna och Kristdemokraterna"
                        r"partiet\b|demokraterna\b|moderaterna\b|liberalerna\b")


# The last word of a venue's name: "Calmar Stadshotell", "Gamla Rådhuset", "Stora Sessionssalen", and "Hus" after a
# genitive ("Medborgarnas Hus", "Kulturens Hus": why: read as a person's name with the town as the title).
# The building's noun may open the name too, the town after it: "Kulturhuset Bollnäs", "Stadshotellet Ljusdal",
# "Forum Västby", "Arena Norrby" (why: a venue named "Forum" + its town read as a person; neither is a given name).
_VENUE_END = re.compile(r"(?:hotell|hotellet|huset|salen)$|s\sHus$|^[^\W\d_]+(?:huset|salen|hotellet)\s|"
                        r"^(?:Forum|Arena)\s")


def _venue(text: str) -> bool:
    """Whether two or more capitalised words name a venue by their last word ("Calmar Stadshotell", "Gamla
    Rådhuset"), not a person.

    Why: "Sammanträde … i Calmar Stadshotell, Kalmar." read as a name with the title "Kalmar"; no surname ends in
    these nouns of buildings and rooms."""
    return _VENUE_END.search(text) is not None


def _looks_like_name(text: str) -> bool:
    # (The words' test first: it is cheap and rules out most texts, where the patterns that ignore case are slow;
    # the order of the tests changes no result.)
    toks = _without_name_particles(text.split())
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() and t.replace("-", "").isalpha() and not t.isupper()
                                       for t in toks) and \
        not _ORG_WORDS.search(text) and not _venue(text) and label_role(text) is None


# The lower-case particles of surnames: "Stig von Platen", "Eva-Lena Bengtsson van Dijk", "Ingrid af Klercker".
_NAME_PARTICLES = frozenset({"von", "van", "af", "de", "der", "den", "du", "da", "di", "la", "le"})


def _without_name_particles(toks: list[str]) -> list[str]:
    """A name's words without the lower-case surname particles inside it ("Stig von Platen" → Stig, Platen), so that
    the rest may be checked for capitals; a particle first or last stays (no name begins or ends so).

    Why: every word of a name had to be capitalised, so a table row's "Stig von Platen" was no name and the member
    lost the role of the row."""
    return [t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and t in _NAME_PARTICLES)]


_PARTY_COLS = {"parti", "partibeteckning", "grupp", "partigrupp"}
_ROLE_COLS = {"funktion", "uppdrag", "roll", "ledamot/ersättare", "anteckning", "kommentar", "anmärkning",
              "anm.", "anm", "noteringar", "notering"}
_TITLE_COLS = {"befattning", "titel", "tjänst", "tjänstetitel"}
_REPLACED_COL = re.compile(r"ersättare\s+för|tjänstgör\s+för|tjg\s+för|i\s+stället\s+för|istf\.?|ersätter")
_REPLACED_BY_CELL = re.compile(r"(?i)\b(?:ersatt|ersattes|ersätts)[\s\u00a0]+av[\s\u00a0]+")
_OTHER_COLS = {"närvarande", "närvaro", "ja", "nej", "avstår", "avst", "avst.", "§", "§§", "paragraf", "paragrafer",
               "tid", "kl.",
               # the municipality a kommunalförbund's member represents
               "medlemskommun", "kommun", "medlem",
               # who appointed a member of a company board or a joint nämnd ("Utsedd av": a kommun, a union)
               "utsedd av", "vald av", "utsedd", "vald", "nominerad av"}


# The column of a vote in a combined attendance and voting list: "§ 45", "§§ 12–13", or a division numbered
# through the meeting ("Omröstning 1", "Votering 2") in a voting list appended to the minutes; also run together with
# the first vote heading under it ("§ 14 Ja" over the "Ja" and "Nej" columns: a text layer joins the spanning
# heading with the sub-heading below it, and the cell, read as no heading, dropped the header row).
_VOTE_COL = re.compile(r"(?:§§?\s*\d+(?:\s*[–-]\s*\d+)?|(?:omröstning|votering)\s*\d{1,2})"
                       r"(?:\s+(?:ja|nej|avstår|avst\.?))?")
# The running number of a list's rows ("Nr  Namn  Parti"): no column of names.
_OTHER_COLS |= {"nr", "nr."}
# A presence column headed in short, also with the paragraphs attended ("Närv. §" over "71–74"), as in a combined
# attendance and voting list ("Nr | Ordinarie ledamot | Parti | Närv. | …"): its cells are marks or numbers, no names.
_OTHER_COLS |= {"närv", "närv.", "närvar.", "närv §", "närv. §", "närvaro §", "närvarande §", "närv. §§", "närvaro §§",
                "närvarande/frånvarande"}
# A column of the paragraphs a person attended, headed in words ("Övriga närvarande | Titel | Närvarande vid" over
# "§§ 31–35"): its cells are paragraph numbers, no names, and the heading no role (why: unread, it dropped the header).
_OTHER_COLS |= {"närvarande vid", "närvarande under", "närvaro vid", "deltar vid", "deltog vid", "deltar i",
                "deltog i", "närvarande vid §§", "närvarande vid §"}


# How a member takes part in a digital or hybrid meeting ("Namn | Parti | Funktion | Deltar" over "I
# sammanträdesrummet" / "På distans"): its cells are no names, and the heading no role (why: unread, it dropped the
# header, and the officials' titles in the Funktion column gave no role).
_OTHER_COLS |= {"deltar", "deltagande", "deltagandeform", "närvaroform", "deltar via", "deltar på distans",
                "mötesform", "anslutning"}


# Whom a member of an advisory council speaks for ("Namn | Företräder | Funktion" in a pensionärsråd or
# funktionshindersråd: a nämnd, an association or an administration): its cells are no names, and the heading no
# role (why: unread, it dropped the header, so the Funktion column gave no role).
_OTHER_COLS |= {"företräder", "representerar", "representant för", "företrädare för", "organisation", "förening"}


# The member a samordningsförbund's or kommunalförbund's board member is appointed by ("Namn | Förbundsmedlem |
# Uppdrag" over "Köpings kommun", "Försäkringskassan"): its cells are no names, and the heading no role (why: unread,
# it dropped the header, so the Uppdrag column gave no role).
_OTHER_COLS |= {"förbundsmedlem", "medlemsorganisation", "huvudman"}
# The same column named for a förbund of municipalities ("Medlemskommun | Ledamot | Tjänstgör/ersättare" in a
# förbundsfullmäktige's list per member): unread, it dropped the header, so the Ledamot column gave no role.
_OTHER_COLS |= {"medlemskommun", "medlemskommuner", "medlemsregion", "medlemsorganisationer"}


# A role column named with the body the roles are held in: "Uppdrag i fullmäktige", "Funktion i nämnden" (why: the
# qualified heading was no column heading, so the header row was not read and the presidium's cells gave no role).
_QUALIFIED_ROLE_COL = re.compile(r"(?:funktion|uppdrag|roll)\s+(?:i|inom)\s+[a-zåäö-]+")


def _other_column(heading: str) -> bool:
    """A column of notes, not of names: "Närvaro", "Närvaro / anmärkning", a paragraph's votes ("§ 45")."""
    return all(part.strip() in _OTHER_COLS or part.strip() in _ROLE_COLS or _VOTE_COL.fullmatch(part.strip())
               or _QUALIFIED_ROLE_COL.fullmatch(part.strip()) for part in heading.split("/"))


_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?(?:\s+|$)")


def _row_number(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a table row without its running number: " 1  Anna Ek   S" is read as "Anna Ek   S"."""
    if not cells or not (m := _ROW_NUMBER.match(cells[0][0])):
        return cells
    rest = cells[0][0][m.end():]
    return ([(rest, cells[0][1] + m.end())] if rest else []) + cells[1:]


@dataclass
class _Table:
    """An attendance table: the roles of its name columns in order, and where the party stands."""

    name_roles: list[str | None]  # the role each name column gives ("Namn": None = the section's)
    party_first: bool  # a party column stands before the first name column
    titles: bool  # a title column: the people listed are officials
    replaced: bool = False  # an "Ersättare för" column: a second name in a row is the member replaced
    role_first: bool = False  # a role column ("Funktion") before the name column: each row opens with its role
    notes: bool = False  # a column of presence, votes or notes ("Närvarande", "§ 45", "Anm."): a roll of members
    replaced_by: bool = False  # an "Ersätts av" column: a second name in a row is the substitute serving
    signing: bool = False  # an e-signing log ("Namn | Roll | E-post | Signerat"): detail lines under a row go on
    replaced_after: int = 1  # how many name columns stand before the "Ersättare för" column
    seat_columns: bool = False  # "(Nr |) Ordinarie ledamot | Parti | Tjänstgörande ersättare": one row per seat
    group_party: str | None = None  # the party of the block heading above ("Moderaterna – 13 mandat")
    last_party: str | None = None  # the party cell of the row before, for a row that continues its cell
    #: The row before's first person whose name cell ends open ("Anna Ek," / "Bo Lind, 2:e vice"): the person, the
    #: role words after the comma, and the role the row gave them (None when they held it already).
    open_role: tuple[PersonInfo, str, str | None] | None = None
    #: A serving substitute whose cell ended in the substitution word ("Ulla Berg (S), ersätter"), and the name
    #: column: the member replaced is the next row's name in that column.
    dangling: tuple[PersonInfo, int] | None = None


def _table_header(cells: list[tuple[str, int]]) -> _Table | None:
    """A header row of an attendance table ("Namn  Parti  Uppdrag", "Parti  Ordinarie ledamot  Närvarande …")."""
    low = [c.casefold().strip(":").strip() for c, _ in cells if c.strip()]
    if len(low) < 2:
        return None
    name_roles: list[str | None] = []
    party_at = name_at = None
    titles = replaced = notes = False
    replaced_after = 1
    for i, c in enumerate(low):
        if _REPLACED_COL.fullmatch(c) or _merged_replaced_heading(c):
            replaced = True
            replaced_after = len(name_roles)
            continue
        if c in ("namn", "ledamot", "ordinarie ledamot", "ordinarie ledamöter") or _presence_name_head(low, i):
            name_roles.append("ledamot" if c.startswith(("ledamot", "ordinarie")) else None)
        elif c in _PARTY_COLS:
            party_at = i if party_at is None else party_at
            continue
        elif c in _TITLE_COLS:
            titles = True
            continue
        elif _other_column(c):
            notes = True
            continue
        else:
            c = _serving_heading(_without_note_heading(c))
            lab = label_role(c)
            if lab is None or lab[1] < len(c) - 1 or (lab[0] in ("-", "") and c not in ("beslutande",)) \
                    or lab[0] in _SIGNATURE_ROLES:
                return None  # a cell that is no list heading (or a signature label): no header row
            name_roles.append(lab[0] or None)
        name_at = i if name_at is None else name_at
    if not name_roles or (party_at is None and not titles and len(name_roles) < 2 and "namn" not in low):
        return None
    return _Table(name_roles, party_at is not None and name_at is not None and party_at < name_at, titles,
                  replaced, notes=notes, replaced_after=max(replaced_after, 1))


# A first column headed by the word for those present, over names ("Närvarande | Parti | Funktion").
_PRESENCE_NAME_HEADS = frozenset({"närvarande", "deltagare", "närvarande personer"})


def _presence_name_head(low: list[str], i: int) -> bool:
    """Whether header cell ``i`` heads the name column with the word for those present: the first cell, a party
    column right after it ("Närvarande | Parti | Funktion").

    Why: the word read as a column of presence marks, so the header row was lost and the officials listed in the
    table with the members got no ``tjänsteman`` from their Funktion cells."""
    return i == 0 and low[0] in _PRESENCE_NAME_HEADS and len(low) > 1 and low[1] in _PARTY_COLS


def _merged_replaced_heading(cell: str) -> bool:
    """Whether a header cell is a notes column's heading run together with "Ersättare för" ("frånvarande ersättare
    för"), as a PDF's text layer joins two narrow column headings with a space.

    Why: the joined cell was no heading, so the names in the "Ersättare för" column were not read as the members
    served for, and the serving substitutes got the plain role "ersättare"."""
    m = _MERGED_REPLACED_HEADING.fullmatch(cell)
    return m is not None and (m.group(1).strip() in _OTHER_COLS or m.group(1).strip() in _ABSENCE_COLS)


_MERGED_REPLACED_HEADING = re.compile(rf"(.+?)\s+((?:{_REPLACED_COL.pattern}))")


def _without_note_heading(heading: str) -> str:
    """A name column's heading without the note column it shares by a slash: "tjänstgörande ersättare / uppdrag"
    → "tjänstgörande ersättare" (the cells hold a substitute's name or a presidium word such as "ordförande").

    Why: the whole heading was no list heading, so the header row was not read and the table's rows lost their
    columns' roles.  Only a note heading after the slash (``_ROLE_COLS``: "uppdrag", "funktion", "anm.")."""
    head, slash, note = heading.rpartition("/")
    return head.strip() if slash and head.strip() and note.strip() in _ROLE_COLS else heading


# A column of the substitutes serving, headed by the verb and the substitute's kind: "Tjänstgör/ersättare",
# "Tjänstgörande/ersättare", "Tjänstgör".
_SERVING_HEADING = re.compile(r"(?i)tjänstgör(?:ande)?(?:[ \t]*/[ \t]*ersättare)?")


def _serving_heading(heading: str) -> str:
    """A column heading that names the substitutes serving by the verb ("tjänstgör/ersättare") as the list heading
    "tjänstgörande ersättare"; any other heading as it is.

    Why: the heading was no list heading, so the header row ("Medlemskommun | Ledamot | Tjänstgör/ersättare") was not
    read and the members in the Ledamot column got no role."""
    return "tjänstgörande ersättare" if _SERVING_HEADING.fullmatch(heading.strip()) else heading


# The one-word column headings that a fixed-width header may set only one space apart ("Parti Närv.").
_SHORT_HEADS = frozenset(w for w in _PARTY_COLS | _OTHER_COLS if " " not in w)


def _spaced_heading_cells(cells: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """A header row's cells with a cell of short column headings set one space apart split into one cell per
    heading ("Ledamot   Parti Närv.   Tjänstgörande ersättare" → "Parti", "Närv."), or None when no cell is one.

    Why: in a fixed-width list the narrow columns' headings stand one space apart, so "Parti Närv." read as one
    unknown heading, the header row was lost and the rows' substitutes and presence marks were not read."""
    out: list[tuple[str, int]] = []
    split = False
    for c, start in cells:
        words = c.split(" ")
        if len(words) > 1 and all(w.casefold() in _SHORT_HEADS for w in words):
            at = 0
            for w in words:
                at = c.index(w, at)
                out.append((w, start + at))
                at += len(w)
            split = True
        else:
            out.append((c, start))
    return out if split else None


def _without_label_column(cells: list[tuple[str, int]], header: _Table | None) -> _Table | None:
    """The header of a table whose row opens with the list's label ("Beslutande   Parti  Ordinarie ledamot
    Tjänstgörande ersättare" on one line): the label is the section's, not a column of names; the other cells head
    the table.

    Why: read as a name column "Beslutande" made the party column stand after the first name column, so the rows
    (indented under the label, "M  Anna Ek") lost their party, and their role came from the last heading."""
    if header is None or header.name_roles[0] is not None or header.party_first:
        return header
    present = [(c, s) for c, s in cells if c.strip()]
    lab = label_role(present[0][0].strip()) if present else None
    if lab is None or lab[0] != "" or lab[1] < len(present[0][0].strip().rstrip(":")):
        return header
    rest = _table_header(present[1:])
    return rest if rest is not None and rest.party_first else header


# The columns of a list that ticks each member present or absent ("Namn | Parti | Närvarande | Frånvarande") and
# names the substitute serving for an absent one ("Ersätts av").
_PRESENCE_COLS = {"närvarande", "närv", "närv.", "närvaro"}
_ABSENCE_COLS = {"frånvarande", "frånv", "frånv.", "ej närvarande"}
_REPLACED_BY_COLS = {"ersätts av", "ersatt av", "ersattes av", "ersätts av ersättare"}


def _presence_check_header(cells: list[tuple[str, int]]) -> _Table | None:
    """The header of an attendance list with a check column for the present and one for the absent ("Ledamöter |
    Parti | Närvarande | Frånvarande | Ersätts av"), or None.

    Why: "Frånvarande" is a heading of its own (a list of the absent), so the whole row was no header and the
    rows below lost their role; beside a "Närvarande" column it only heads the marks of the absent, whose role
    is still the list's (an absent ledamot is a ledamot).  An "Ersätts av" column holds the substitute serving."""
    low = [c.casefold().strip(":").strip() for c, _ in cells if c.strip()]
    if not set(low) & _PRESENCE_COLS or not set(low) & (_ABSENCE_COLS | _REPLACED_BY_COLS):
        return None
    rest = [(c, s) for c, s in cells if c.casefold().strip(":").strip() not in _ABSENCE_COLS | _REPLACED_BY_COLS]
    t = _table_header(rest)
    if t is not None and set(low) & _REPLACED_BY_COLS:
        t.replaced_by = True
    return t


def _substitute_cells(kinds: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A row's cells with a name after the row's first one read as the substitute serving for it ("Mattias Öhman
    | KD | | X | Rebecka Jönsson (KD)" under an "Ersätts av" column).

    Why: read as a second name of the row, the substitute took the list's role (ledamot) instead of serving."""
    first = next((i for i, k in enumerate(kinds) if k[0] == "name"), None)
    if first is None:
        return kinds
    return [("by", text, start) if i > first and kind == "name" else (kind, text, start)
            for i, (kind, text, start) in enumerate(kinds)]


# A tick in a check column ("X", "✓"), also with a note on how the member took part: "X (tjänstgör)".
_CHECK_MARK = re.compile(r"^[xX✓✔☑](?:\s+(\([^()]*\)))?$")


def _without_check_mark(text: str) -> str | None:
    """A table cell without its tick: None for a bare tick, the note for "X (tjänstgör)", else the cell as it is.

    Why: "X (tjänstgör)" in an ersättare's Närvarande column says that the substitute served; read whole it was
    no role cell, and the mark "✓" was taken for a cell of other text."""
    if len(text) > 40 or not (m := _CHECK_MARK.match(text)):
        return text
    return m.group(1)


# The header of an e-signing service's log: a signer column, a role column and the log's own columns.
_SIGNER_COLS = {"namn", "undertecknare", "signatär", "signerad av", "signerat av", "undertecknad av"}
_SIGNING_COLS = {"identitet", "identifierare", "e-post", "epost", "e-postadress", "signerat", "signerad", "tidpunkt",
                 "tid", "datum", "metod", "signeringsmetod", "underskrift", "status", "legitimering", "id",
                 "signeringstidpunkt", "signerat med"}


def _signing_log_header(cells: list[tuple[str, int]]) -> _Table | None:
    """The header of a signing log ("Namn | Roll | Identitet | Tidpunkt", "Undertecknare  Roll  Signerat"), or
    None: only a signer column, a "Roll" column and the log's columns (e-mail, time, method).

    Why: the log's columns are no attendance headings, so the header was not read and the signers lost the roles
    of their Roll column, which in digitally signed minutes are the only source of the justerare."""
    low = [c.casefold().strip(":").strip() for c, _ in cells if c.strip()]
    if "roll" not in low or not set(low) & _SIGNER_COLS or not set(low) & _SIGNING_COLS or \
            not all(c in _SIGNER_COLS or c in _SIGNING_COLS or c == "roll" for c in low):
        return None
    return _Table([None], False, False, role_first=low.index("roll") < low.index(next(c for c in low
                                                                                         if c in _SIGNER_COLS)),
                  signing=True)


# What stands under a signer's row in a signing log: the e-mail identifier, "Signerat med BankID", a timestamp.
_SIGNING_DETAIL = re.compile(r"(?i)^(?:\S+@\S+)?\s*"
                             r"(?:signerat?\s+med\b.*|bankid|\d{4}-\d{2}-\d{2}[\d:\s]*(?:[A-Z]{3,4})?)?$")


def _signing_detail_row(cells: list[tuple[str, int]]) -> bool:
    """Whether a line under a signing log's row holds only its details (e-mail, method, time): the log goes on."""
    present = [c.strip() for c, _ in cells if c.strip()]
    return bool(present) and all(_SIGNING_DETAIL.match(c) for c in present)


# A signer's row on an e-signing service's verification page: "Sara Wendel (SW)<TAB>Sekreterare<TAB>Signerade
# 2024-05-17 10:05:40 CEST", the name with the signer's initials (no party), the role, the signing time.
_SIGNER_NAME = re.compile(r"^([^\W\d_][\w-]*(?:[ \u00a0]+[^\W\d_][\w-]*){1,3})(?:[ \u00a0]*\(([A-ZÅÄÖ]{2,4})\))?$")
_SIGNED_CELL = re.compile(r"(?i)^signer(?:ade|at|ad)\b")


def _signer_row(cells: list[tuple[str, int]], att: Attendance) -> bool:
    """Read a signer's row of a verification page ("Name (initials) | Role | Signerade …"): the signer gets the
    role; the initials in brackets are no party.  False for any other row.

    Why: with no header row above it, the role cell after the name was read as a label for the next row's name,
    so each signer got the role of the one above (the chair "sekreterare", the adjuster "ordförande")."""
    present = [(c.strip(), s) for c, s in cells if c.strip()]
    if len(present) != 3 or not _SIGNED_CELL.match(present[2][0]):
        return False
    m = _SIGNER_NAME.match(present[0][0])
    role = _whole_label_role(present[1][0])
    if m is None or role not in _SIGNATURE_ROLES:
        return False
    initials = m.group(2)
    if initials and initials[0] != m.group(1)[0]:
        return False  # "(M)", "(SD)": a party after the name, not the signer's initials
    att.add(m.group(1), None, role, present[0][1], present[0][1] + len(m.group(1)))
    return True


def _voting_list_header(cells: list[tuple[str, int]], t: _Table) -> _Table:
    """The header of a voting list ("Ledamot | Parti | Ja | Nej | Avstår", "Namn | …") names no role: its name
    column is "-" (no role, not the section's either).

    Why: a voting list appended after the signatures lists every member who voted, with the substitutes serving;
    read as an attendance table, each got ``ledamot`` (and the serving substitutes a second, wrong role)."""
    low = {c.casefold().strip(":. ") for c, _ in cells}
    if not {"ja", "nej"} <= low or not low & {"ledamot", "namn"} or len(t.name_roles) != 1:
        return t
    return replace(t, name_roles=["-"])


def _leaves_table(t: _Table, role: str | None) -> bool:
    """Whether a heading alone on its row ends a table whose columns name their roles ("Ersättare | Parti |
    Närvaro"): "Övriga närvarande" over "Name, title" lines heads a list of its own, not more rows of the
    table's (the table's column would give its ersättare role to the officials)."""
    return role is not None and all(t.name_roles) and role not in t.name_roles


# Two entries with their parties in a comma list: "Emma Ek (S), Olle Berg (C)".
_PARTIED_LIST = re.compile(r"\)\s*,\s*[A-ZÅÄÖ]")


def _heading_over_running_list(ln: Line, lines: list[Line], role: str | None) -> bool:
    """Whether a heading alone on a table's row heads a list set as running text below it (no TAB on the next
    line), which ends the table: "Övriga närvarande" over "Name, title" entries, or a heading of members over
    "Name (P), Name (P)".

    Why: under "Namn | Parti | Funktion | Närvaro" the heading kept the table open, so the officials' line was read
    as one table row and only its first name was an official; so it was with "Ersättare som inte tjänstgör" over a
    comma list of ersättare under a table of the serving ones.  Only where the next line is no row of cells (rows
    in the table's own columns go on as rows), and for a member heading only over names with their parties."""
    if role is None or role == "-":
        return False
    at = next((i for i, other in enumerate(lines) if other is ln), None)
    if at is None or at + 1 >= len(lines):
        return False
    below = lines[at + 1].text
    if "\t" in below:
        return False
    return "," in below if role == "tjänsteman" else _PARTIED_LIST.search(below) is not None


# The headings of a column of each row's role ("Funktion | Namn | Parti | Anmärkning").
_ROLE_COLUMN_HEADS = {"funktion", "uppdrag", "roll"}


def _role_column_first(cells: list[tuple[str, int]]) -> bool:
    """Whether a table's header opens with a role column before its name column ("Funktion | Namn | Parti")."""
    low = [c.casefold().strip(":").strip() for c, _ in cells if c.strip()]
    return len(low) >= 2 and low[0] in _ROLE_COLUMN_HEADS and "namn" in low[1:]


def _role_led_row(t: _Table, cells: list[tuple[str, int]]) -> tuple[str, list[tuple[str, int]]] | None:
    """A row of a table whose first column states each row's role ("Ordförande<TAB>Jonas Ek<TAB>M",
    "Ledamot<TAB>Eva Berg<TAB>S", "Övriga<TAB>Ulla Sand<TAB><TAB>kommundirektör"): that role and the other cells.

    Why: a row that opens with a heading word ended the table, so the rows were read cell by cell: the party in
    its own column was lost, and "Ledamot" (no heading in the singular) gave no role."""
    if not t.role_first:
        return None
    present = [(c, s) for c, s in cells if c.strip()]
    if len(present) < 2:
        return None
    first = present[0][0].strip()
    lab = label_role(first)
    if lab is not None and lab[1] >= len(first.rstrip(":")) and lab[0] not in ("", "-"):
        return lab[0] or "", present[1:]
    if _is_role_cell(first) and (m := _INLINE_ROLE.match(first)):
        return _role_word(m.group(1)), present[1:]
    return None


# A note in brackets after a role in a table's role column: "Styrelseledamot (via Teams)", "Ledamot (distans)".
_ROLE_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")


_PARAGRAPHS_NOTE = re.compile(r"[\s,]*\(?§§?\s*\d+(?:\s*(?:[-–]|och|,)\s*\d+)*\)?\s*$")


def _without_role_note(text: str) -> str:
    """A role cell without a bracketed note on how the member took part ("Styrelseledamot (via Teams)" →
    "Styrelseledamot"), or without the paragraphs the member took part in ("ledamot, §§ 60–61" → "ledamot", why:
    the cell was no role, so the member who left lost the role); any other cell as it is (a party or a title in
    brackets)."""
    if "§" in text and (bare := _PARAGRAPHS_NOTE.sub("", text)) and _is_role_cell(bare):
        return bare
    if not text.endswith(")") or "(" not in text:
        return text
    bare = _ROLE_NOTE.sub("", text)
    return bare if bare and _is_role_cell(bare) else text


# "Ersättare §§ 40–41, tjänstgörande ersättare §§ 42–43": a role cell of one seat per run of paragraphs, the parts
# apart at a comma, semicolon or "och".
_ROLE_PARTS_SPLIT = re.compile(r"\s*(?:[,;]|\boch\b)\s*(?=[^\W\d_])")


def _roles_by_paragraph(text: str) -> list[str]:
    """The roles of a role cell that gives a different seat for different paragraphs, each with its §§ ("Ersättare
    §§ 40–41, tjänstgörande ersättare §§ 42–43" → both), or [] where the cell is no such list.

    Why: the cell read as no role, so a substitute who served for some paragraphs only got neither role."""
    parts = _ROLE_PARTS_SPLIT.split(text)
    if len(parts) < 2 or not all(_PARAGRAPHS_NOTE.search(p) for p in parts):
        return []
    bare = [_PARAGRAPHS_NOTE.sub("", p) for p in parts]
    return bare if all(b and _is_role_cell(b) for b in bare) else []


# "Omar Haddad (V) tjänstgör": a substitute's name and party with the verb of serving after it, in a column of the
# substitutes serving.
_SERVING_AFTER_PARTY = re.compile(r"(?<=\))[ \t]+(?:tjänstgör|tjg)\.?$")


def _without_serving_word(text: str) -> str:
    """A name cell without the "tjänstgör" after the name's party ("Omar Haddad (V) tjänstgör" → "Omar Haddad (V)");
    any other cell as it is.

    Why: with the verb the cell was no name, so the substitute serving got no role of the column."""
    return _SERVING_AFTER_PARTY.sub("", text) if text.endswith(("tjänstgör", "tjg", "tjg.")) else text


# A presidium role in a table's role column, with a note after a comma: "1:e vice ordförande, jäv § 161".
_PRESIDIUM_NOTE = re.compile(r"\s*,\s*\S")


def _presidium_without_note(text: str) -> str:
    """A role cell naming the chair or a vice chair without the note after its comma ("1:e vice ordförande, jäv §
    161" → "1:e vice ordförande"); any other cell as it is.

    Why: with the note the cell was no role cell, so the vice chair kept only the list's role ledamot.  Only the
    presidium: "Ersättare, ej tjänstgörande" is a whole label whose note changes the role."""
    m = _INLINE_ROLE.match(text)
    if m is None or _role_word(m.group(1)) not in _PRESIDIUM or not _PRESIDIUM_NOTE.match(text, m.end()):
        return text
    return text[:m.end()]


def _is_role_cell(text: str) -> bool:
    m = _INLINE_ROLE.match(text)
    return (bool(m) and m.end() >= len(text.rstrip(" .:)")) - 1) or \
        text.casefold() in ("ledamot", "ersättare", "suppleant") or \
        ("," in text and all(_is_role_cell(part.strip()) for part in text.split(",")))  # "Ledamot, justerare"


_PARTIED_CELL = re.compile(r"([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){1,3})\s*\(([^()\d]{1,6})\)\s*(?:,|$)")


# ") tjg för ", ") ersätter ": a serving note right after a name's party in a table cell.
_SERVING_AFTER_PARTY_NOTE = re.compile(r"(?<=\))[ \u00a0]+(?=(?:tjg\.?(?:[ \u00a0]+ers(?:\.|ättare\b))?|"
                                       r"tjänstgör(?:ande)?|tjänstgjorde|ersätter|istf\.?|i[ \u00a0]+stället)"
                                       r"[ \u00a0]+(?:för[ \u00a0]+)?[A-ZÅÄÖÉ])", re.I)


def _serving_note_at(text: str) -> int | None:
    """Where a serving note starts in a table cell that holds a name, its party and the note without a comma
    between them ("Rasmus Ek (S) tjg för Eva Berg (S)"), or None.

    Why: the cell, no name with its party alone nor one before a comma, was read as no name at all, so a
    two-column list flattened onto one line lost its serving substitutes and the members they replaced."""
    m = _SERVING_AFTER_PARTY_NOTE.search(text)
    return m.start() if m and "," not in text[:m.start()] else None


def _cell_person(text: str) -> tuple[str, str] | None:
    """Name and party of a table cell that holds both: "Lena Brink (S), ordförande"."""
    m = _PARTIED_CELL.match(text)
    if not m or not _looks_like_name(m.group(1)):
        return None
    party = canonical_party(m.group(2))
    return (m.group(1), party) if party else None


# A presence mark run into the next cell of its row by the text extraction: "– Ulrika Mattsson (S)" is the "–"
# of an absent member's "Närv." column and the substitute in the "Tjänstgörande ersättare" column beside it.
_PRESENCE_MARK = re.compile(r"[–—-][ \u00a0]+(?=[A-ZÅÄÖÉ][^\W\d_]+[ \u00a0]+[A-ZÅÄÖÉ])")


def _without_presence_mark(text: str, start: int) -> tuple[str, int]:
    """A table cell without a presence mark ("–") that extraction ran into it, and where the rest starts.

    Why: a PDF's text layer joins an absent member's "–" with the serving substitute's name in the next column,
    and the substitute would otherwise be no name of the row."""
    m = _PRESENCE_MARK.match(text)
    return (text[m.end():], start + m.end()) if m else (text, start)


# A serving mark set before a name in the same cell: "x Anna Ek, ordf." in a grid whose legend reads "x = tjänstgör".
_LEADING_TICK = re.compile(r"[xX✓✔☑][ \u00a0]+(?=[A-ZÅÄÖÉ][^\W\d_]+[ \u00a0-])")


def _without_leading_tick(text: str, start: int) -> tuple[str, int]:
    """A table cell without a tick that opens it before a name ("x Anna Ek" → "Anna Ek"), and where the rest starts.

    Why: a party-first seat grid marks who serves with an "x" in the name cell itself; with the mark the cell was
    no name, so the row's substitute in the next column was taken for its member and the member was lost."""
    m = _LEADING_TICK.match(text)
    return (text[m.end():], start + m.end()) if m else (text, start)


def _table_role(att: Attendance, name: str, role: str | None) -> str | None:
    """The role a member column ("Ordinarie ledamot") gives a name, None for a member of the presidium.

    Why: the presidium named in label lines above ("Ordförande  Anna Ek (S)") is listed again among the members
    of a combined attendance and voting list; the presidium role is theirs, not also "ledamot"."""
    known = att.people.get(name)
    if role == "ledamot" and known is not None and any(r in _PRESIDIUM for r in known.roles):
        return None
    return role


def _first_partied_name(t: _Table, kinds: list[tuple[str, str, int]], text: str) -> bool:
    """Whether ``text`` opens a row as its first cell and holds a name with its party ("Anna Ek (S)" under
    "Namn | Företräder | Funktion"), in a table of one name column beside columns of notes.

    Why: such a table without a party column gives the party in the name cell; only under name columns that state
    their roles was such a cell read as a name, so the row ended the table and its Funktion cells gave no role.
    Not under two name columns ("Beslutande | Ersättare"), whose rows are read line by line."""
    return not kinds and "(" in text and len(t.name_roles) == 1 and t.notes and not t.party_first


# The end of a name cell whose role wraps onto the line below: "Anna Ek," (nothing after the comma yet), "Bo Lind,
# 2:e vice", "Eva Berg, förste vice".
_OPEN_ROLE_END = re.compile(r"(?i)(?:^|\b(?:förste|andre|[1-3]:e)|\bvice|\bv\.?)\s*$")


def _wrapped_role_tail(t: _Table, present: list[str], att: Attendance) -> bool:
    """Whether a row of one cell is the tail of a role wrapped in the name cell of the row above ("Bertil Sandahl,"
    / "1:e vice ordförande", "Lena Gustavsson, 2:e vice" / "ordförande"); its role then replaces the one the row
    above gave its person.

    Why: alone on its row the tail read as a section heading inside the table, so the member above kept the name
    column's ``ledamot`` and every member below took the chair's role.  Only under a name cell that ends with its
    comma or an open ordinal, and only a tail in lower case or opening with an ordinal (a heading is capitalised)."""
    if t.open_role is None or len(present) != 1 or present[0][:1].isupper():
        return False
    p, inline, given = t.open_role
    t.open_role = None
    m = _INLINE_ROLE.match(f", {inline} {present[0]}")
    if m is None or m.end() < len(f", {inline} {present[0]}".rstrip(" .,")):
        return False
    role = _role_word(m.group(1))
    if given is not None and given != role and given in p.roles:
        p.roles.remove(given)
    p.add_role(role)
    return True


def _one_name_per_row(t: _Table, kinds: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A row's cells with every name-like cell after the first read as a note, in a table with one name column and
    a column of notes or functions ("Namn | Funktion | Paragrafer" over "Mattias Öberg | Projektchef Ostlänken |
    § 455").

    Why: a job title of two capitalised words ("Projektchef Ostlänken") reads as a name, so the title became a
    person and the official beside it lost the section's role.  Not in a table with an "Ersättare för" or "Ersätts
    av" column, a role column first or an e-signing log, where a second name in a row is a person."""
    if len(t.name_roles) != 1 or not t.notes or t.replaced or t.replaced_by or t.role_first or t.signing:
        return kinds
    first = next((i for i, k in enumerate(kinds) if k[0] == "name"), None)
    if first is None:
        return kinds
    return [("other", k[1], k[2]) if k[0] == "name" and i > first else k for i, k in enumerate(kinds)]


def _table_row(t: _Table, cells: list[tuple[str, int]], section_role: str | None, att: Attendance,
               continued: bool = False) -> bool:
    """Read one row of an attendance table; False when the row is not one (the table has ended).

    Name cells take the role of their name column in order; a party cell belongs to the name after it (when the
    party column comes first) or before it; a role cell ("ordförande") or "tjg för X" beside a name is that
    person's own.
    """

    present = _row_number([(c.strip(), s) for c, s in cells if c.strip()])
    if not present or label_role(present[0][0]) is not None:
        return False  # a row that opens with a heading ("Övriga närvarande  Anna Ek, …") ends the table
    t.open_role = None
    present = _decoded_role_cell(present, att)
    present = _starred_cells(present, att)
    if all(w in _OTHER_COLS for c, _ in present for w in c.casefold().split()):
        return True  # the second line of the header: "Ja  Nej  Avst" under a paragraph's column
    kinds: list[tuple[str, str, int]] = []
    for text, start in present:
        text, start = _without_presence_mark(text, start)
        text, start = _without_leading_tick(text, start)
        if (text := _without_check_mark(text)) is None:
            continue
        text = _without_role_note(text)
        text = _presidium_without_note(text)
        text = _without_serving_word(text)
        if canonical_party(text) and (len(text) <= 5 or text[:1].isupper()):
            # A code ("M") or a party's name written out ("Centerpartiet", "Miljöpartiet de gröna") in its column.
            kinds.append(("party", canonical_party(text) or "", start))
        elif "§" in text and (by_paragraph := _roles_by_paragraph(text)):
            kinds += [("role", word, start) for word in by_paragraph]
        elif _is_role_cell(text):
            kinds.append(("role", text, start))
        elif (whole := _whole_label_role(text)) is not None:
            kinds.append(("role", whole, start))
        elif (rm := _INLINE_ROLE.match(text)) and _SUBSTITUTE.match(text[rm.end():]):
            # "Suppleant, tjänstgör för Helena Axelsson (S)": a role and the member served for in one cell.
            kinds += [("role", rm.group(1), start), ("sub", text[rm.end():], start + rm.end())]
        elif _SUBSTITUTE.match(text) or re.match(r"(?i)(?:tjg|ersätter|i stället för|istf)\b", text):
            kinds.append(("sub", text, start))
        elif bm := _REPLACED_BY_CELL.search(text):
            # "Ej närvarande – ersatt av Sofia Åström (S)" in a Närvaro column: the substitute serves.
            kinds.append(("by", text[bm.end():], start + bm.end()))
        elif _looks_like_name(re.split(r",|\s\((?=[a-zåäö])", text)[0].strip()) or (
                (all(t.name_roles) or _first_partied_name(t, kinds, text)) and _cell_person(text)) or (
                all(t.name_roles) and (at := _serving_note_at(text)) is not None and _cell_person(text[:at])):
            # A name with its party in the cell only where every name column states its role ("Ledamot",
            # "Ersättare"); under "Beslutande | Ersättare" the lists are read line by line.
            kinds.append(("name", text, start))
        elif text.casefold() in ("x", "–", "-", "ja", "nej"):
            continue
        else:
            kinds.append(("other", text, start))
    if t.replaced:
        # "Karin Dahl  S  Mattias Nyberg (S)": the name in the "Ersättare för" column is the member replaced.
        first = _serving_name_index(kinds, t.replaced_after)
        for i, (kind, text, start) in enumerate(kinds):
            if first is not None and i > first and (
                    kind == "name" or (kind == "other" and next(find_people(text), None) is not None)):
                kinds[i] = ("sub", "för " + text, start)
    if t.replaced_by:
        kinds = _substitute_cells(kinds)
    kinds = _column_heading_cell(t, kinds, present)
    kinds = _one_name_per_row(t, kinds)
    names = [k for k in kinds if k[0] == "name"]
    if not names:
        return False
    if not all(t.name_roles) and any(kind == "other" and _cell_person(text) for kind, text, _ in kinds):
        # "Anna Ek (C), ordförande   Bo Lind, kommundirektör" under "Beslutande   Övriga närvarande": a member
        # with a party under a heading without a role of its own is read line by line, as such lists are (why:
        # the cell was no name, so the row kept only the official and the chair lost her role).
        return False
    row_people: list[tuple[str | None, PersonInfo]] = []
    # A lone indented name in a table of two lists side by side stands in the right-hand list ("Anna Ek (S)<TAB>Bo
    # Lind" / "<TAB>Eva Sand, nämndsekreterare"): the left list's names start at the margin (why: it took the
    # left-hand list's role).
    shift = int(continued and len(names) == 1 and len(t.name_roles) == 2 and all(t.name_roles) and
                not (t.party_first or t.notes or t.replaced or t.seat_columns or t.titles))
    dangling, t.dangling = t.dangling, None
    for n, (_, text, start) in enumerate(names, start=shift):
        i = kinds.index(names[n - shift])
        name, _, inline = text.partition(",")
        name = name.strip()
        # Where the note after the name starts in the cell, and the party a member it names as replaced takes.
        note_at, note_party = len(text.partition(",")[0]) + 1, True
        in_cell = _cell_person(text) if all(t.name_roles) or _first_partied_name(t, kinds[:i], text) else None
        if in_cell is None and all(t.name_roles) and (at := _serving_note_at(text)) is not None:
            # "Rasmus Ek (S) tjg för Eva Berg (S)": the serving note right after the party, no comma before it.
            in_cell, inline, note_at = _cell_person(text[:at]), text[at:], at
        if in_cell:
            name = in_cell[0]
        elif (title := _NOTED_NAME.fullmatch(name)) is not None:
            name, inline = title.group(1), title.group(2)  # "Johan Wiklund (kommunjurist)"
            # "Rut Blom (tjg ers för Ivar Dahl)  S": the bracket is an aside on the row's person, whose party the
            # column states; the member it names has none written.
            note_at, note_party = title.start(2), False
        role = t.name_roles[n] if n < len(t.name_roles) else None
        role = role or section_role
        if role in ("-",):
            role = None
        # The party: the cell next to the name on the side the header puts it.
        party = in_cell[1] if in_cell else None
        side = range(0) if party else range(i - 1, -1, -1) if t.party_first else range(i + 1, len(kinds))
        for j in side:
            if kinds[j][0] == "name":
                break
            if kinds[j][0] == "party":
                party = kinds[j][1]
                break
        if party is None and t.party_first and n > 0:
            party = next((k[1] for k in kinds if k[0] == "party"), None)  # one party column for the row
        party = _carried_party(t, kinds, party, continued)
        following = [k for k in kinds[i + 1:]]
        stop = next((j for j, k in enumerate(following) if k[0] == "name"), len(following))
        beside = following[:stop]
        own = _INLINE_ROLE.match(", " + inline) if inline.strip() else None
        # The seat roles of the row's role cells with where each cell starts: one cell may give two ("Ersättare §§
        # 40–41, tjänstgörande ersättare §§ 42–43"), and the person holds both.
        seats: list[tuple[str, int]] = []
        for kind, value, vstart in beside:
            if kind != "role":
                continue
            for part in value.split(","):  # "Ledamot, justerare": a seat and a task in one cell
                m = _INLINE_ROLE.match(", " + part.strip())
                word = _role_word(m.group(1) if m else part.strip())
                if word in ("ledamot", "ersättare", "tjänstgörande ersättare"):
                    role = word
                    seats.append((word, vstart))
                else:
                    own = own or m
        # The seat a justerare holds stays beside the task ("Ledamot | Eva Ek | … | Justerare"; why: the note in the
        # row's last cell took the place of the Funktion cell's role, and the member lost her seat).
        seat = role if own and _role_word(own.group(1)) == "justerare" and \
            role in ("ledamot", "ersättare", "tjänstgörande ersättare") else None
        if own:
            role = _role_word(own.group(1))
        if (deputy := _deputy_note(inline)) is not None:
            role, inline = "tjänstgörande ersättare", deputy
        if _abbreviated_serving_note(inline):
            role = "tjänstgörande ersättare"
        if role == "ersättare" and (_serving_note(text, att) or any(
                kind == "sub" and _SERVING_MARK_CELL.fullmatch(value) for kind, value, _ in beside)):
            role = "tjänstgörande ersättare"
        if t.titles and (len(beside) > 0 or inline.strip()) and not party:
            role = "tjänsteman"
        elif not party and any(kind == "other" and _JOB_TITLE.search(_without_field(value.split(",")[0].strip()))
                               and not _auditor(value.split(",")[0]) for kind, value, _ in beside):
            role = "tjänsteman"  # "Anna Wirén  (no party)  Förvaltningschef": an official in a Roll column
        elif role == "tjänsteman" and (party or not (beside or inline.strip())):
            role = None
        substitute = dangling[0] if dangling is not None and dangling[1] == n else None
        if substitute is not None:
            role = None  # the member the substitute in the row above replaces: no role of the column's
        given = _table_role(att, name, role)
        if given in (att.people[name].roles if name in att.people else ()):
            given = None
        p = att.add(name, party, given, start, start + len(name))
        if seat is not None:
            p.add_role(seat)
        if substitute is not None:
            substitute.replaces = substitute.replaces or name
        elif _DANGLING_SUBSTITUTION.search(inline):
            t.dangling = (p, n)
            # The note says the person serves for a member, also in a column of members ("Beslutande ledamöter":
            # why: the substitute kept the column's role ledamot).
            p.roles = [r for r in p.roles if r not in ("ersättare", "ledamot")]
            p.add_role("tjänstgörande ersättare")
        if n == 0 and "," in text and _OPEN_ROLE_END.search(inline):
            t.open_role = (p, inline, given)
        if given is not None and given == role:
            for seat, at in seats[:-1]:
                if at == seats[-1][1]:
                    p.add_role(seat)
        _secretary_among_staff(p, section_role, role)
        row_people.append((t.name_roles[n] if n < len(t.name_roles) else None, p))
        # A party column before the names is the row's ("C | Jonas Ek, tjänstgör för Eva Hall"); one after a name
        # column is that name's own ("Ledamöter | Parti | Ersättare | Parti": "Ulla Ek, tjg för Bo Sten | S"), and
        # the member replaced has none written (why: he took the substitute's party).
        _inline_replaced(att, p, inline, start + note_at, party if note_party and t.party_first else None)
        for kind, value, vstart in beside:
            if kind == "sub":
                m = re.search(r"([A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3})", value)
                if m:
                    # The member the cell's words name ("Ersätter Eva Borg (S)"), not its first capitalised words:
                    # why: a cell opening with a capitalised verb replaced a person named "Ersätter Eva Borg".
                    p.replaces = _add_replaced_member(att, value, vstart) or m.group(1)
                    # An ersättare serving only in the §§ the note names ("Ersättare | Tjänstgjorde § 4 för Eva Ek")
                    # keeps the role of the others (why: both were in the row, and the list's role was lost).
                    if role in ("ersättare", "ledamot", None) and not (role == "ersättare" and "§" in value):
                        p.roles = [r for r in p.roles if r not in ("ersättare", "ledamot")]
                    p.add_role("tjänstgörande ersättare")
                    p.add_role(_other_paragraph_role(value))
                elif _DANGLING_SUBSTITUTION.search(value) and t.dangling is None:
                    # "Ola Ek (V)   tjg ersättare för" in a role column, the member wrapped to the next row of the
                    # column (why: with no name in the cell the substitute kept no role, and the member took none).
                    t.dangling = (p, n)
                    p.roles = [r for r in p.roles if r not in ("ersättare", "ledamot")]
                    p.add_role("tjänstgörande ersättare")
            elif kind == "by" and (sm := next(find_people(value), None)) is not None:
                sp = att.add(sm.name, sm.party, "tjänstgörande ersättare", vstart + sm.start, vstart + sm.end)
                sp.replaces = name
    if t.party_first and not t.notes:
        _absent_seat_holder(row_people)
    elif t.seat_columns:
        _seat_row_holder(row_people, present)
    if t.notes:
        _dash_marked_absent(row_people, present)
    return True


# ", ersättare § 14" after a substitute note: the role the person holds in the other paragraphs.
_OTHER_PARAGRAPH_ROLE = re.compile(r",\s*(ersättare|ledamot)\s+§§?\s*\d+(?:\s*[-–]\s*\d+)?\s*$", re.I)


def _other_paragraph_role(note: str) -> str | None:
    """The role a substitute note gives its person for the paragraphs they do not serve in ("Tjg ersättare för Gita
    Roos (KD) § 15, ersättare § 14" → "ersättare"); None when it gives none.

    Why: the note's tail was dropped, so a substitute serving in one paragraph lost the role held in the other."""
    m = _OTHER_PARAGRAPH_ROLE.search(note)
    return m.group(1).casefold() if m else None


def _dash_marked_absent(row: list[tuple[str | None, PersonInfo]], present: list[tuple[str, int]]) -> None:
    """A row of a roll with a presence column whose mark is a dash ("Anna Ek  S  –  Bo Lind (S)" under "Ledamot |
    Parti | Närv. | Tjänstgörande ersättare"): the member is absent and has no role of the meeting; the substitute
    on the row serves in the member's place.

    Why: a roll with a presence column keeps every member's role ledamot, also the one marked absent.  Only a row
    with a bare dash cell, one member and the substitute in the serving column."""
    if not any(c.strip() in _EMPTY_CELL for c, _ in present[1:]):
        return
    members = [p for col, p in row if col == "ledamot"]
    serving = [p for col, p in row if col == "tjänstgörande ersättare"]
    if len(members) != 1 or len(serving) != 1:
        return
    if "ledamot" in members[0].roles:
        members[0].roles.remove("ledamot")
    serving[0].replaces = serving[0].replaces or members[0].name


def _secretary_among_staff(p: PersonInfo, section_role: str | None, role: str | None) -> None:
    """A person listed under a staff heading ("Övriga:", "Övriga närvarande") with the title "sekreterare" beside
    the name is staff too: ``tjänsteman`` besides ``sekreterare``.

    Why: the title cell was read as the row's own role and replaced the heading's, so the secretary, an official
    named with a title under the staff list, lost ``tjänsteman``.  Only without a party (no member)."""
    if section_role == "tjänsteman" and role == "sekreterare" and p.party is None:
        p.add_role("tjänsteman")


def _serving_name_index(kinds: list[tuple[str, str, int]], replaced_after: int) -> int | None:
    """Where in a row stands the name of the substitute whom the "Tjänstgör för" cell after it concerns: the row's
    n-th name for a replaced column after n name columns ("Ledamöter | Närv. | Ersättare | Tjänstgör för": the
    second name, the ersättare), else the row's first name.

    Why: read as the first name's, the member of the first column was taken to serve for the ersättare beside
    them, and every member with an ersättare listed on the same row became a tjänstgörande ersättare."""
    names = [i for i, k in enumerate(kinds) if k[0] == "name"]
    # A row with fewer names (no ersättare listed) has no name after its last one: nobody is replaced.
    return names[min(replaced_after, len(names)) - 1] if names else None


# A table row's party-block heading: "Socialdemokraterna – 18 mandat", "Lokalpartiet (2 mandat)", "Vänsterpartiet,
# 4 ledamöter".  With the seats after it even a local party not in the gazetteer is a block heading.
_PARTY_BLOCK = re.compile(r"([A-ZÅÄÖ][^\W\d_]+(?:[ -][^\W\d_]+){0,3})[ \u00a0]*(?:[–—-]|,|\()[ \u00a0]*"
                          r"\d{1,3}[ \u00a0]+(?:mandat|ledamöter|platser)\)?")


def _party_block_heading(present: list[str]) -> str | None:
    """The party of a row that is only a party's heading inside an attendance table ("Moderaterna – 13 mandat",
    "Centerpartiet"): its code, "" for a party the gazetteer does not know ("Lokalpartiet – 2 mandat"), None for
    any other row.

    Why: a voting list of a large council groups its rows under such headings with no party beside the names;
    the heading ended the table, so every member lost both the party and the role in the Uppdrag column."""
    if len(present) != 1:
        return None
    text = present[0].strip().rstrip(":")
    if (m := _PARTY_BLOCK.fullmatch(text)) is not None:
        return canonical_party(m.group(1)) or ""
    return _party_group(text) if len(text) > 5 and " " not in text.strip() else None


# A substitution word that ends a name cell, the member replaced wrapped to the next row: "Ulla Berg (S), ersätter".
# (Why: the member replaced, on the next row, took the column's role, tjänstgörande ersättare.)
# (Also with the role word before "för": "Anton Ek (C), tjg ersättare för"; why: the member on the next row kept the
# column's role.)
_DANGLING_SUBSTITUTION = re.compile(r"(?i)(?:^|\s)(?:ersätter|tjg\.?(?:\s+ers(?:ättare|\.))?\s+för|"
                                    r"tjänstgör(?:ande\s+ersättare)?\s+för|i\s+stället\s+för|istf\.?)\s*$")


def _continues_row(cells: list[tuple[str, int]], source: str) -> bool:
    """Whether a table row stands indented (a TAB or a gap before its first cell on its source line): the next line
    of a cell of the row above, as a Word table's cell with several names gives them.

    Why: the row's party cell is left empty and the name had no party (the party column's value holds for every
    name of the cell)."""
    return bool(source) and bool(cells) and _indented(source, cells[0][1])


def _indented(source: str, at: int) -> bool:
    """Whether offset ``at`` stands after a TAB or two or more spaces, and nothing else, on its line of ``source``."""
    lead = source[at - _column(source, at):at]
    return bool(lead) and not lead.strip() and ("\t" in lead or len(lead) >= 2)


def _carried_party(t: _Table, kinds: list[tuple[str, str, int]], party: str | None, continued: bool) -> str | None:
    """The party of a table row's name: its own (remembered for the rows below), else the party of the row it
    continues (``continued``: ``_continues_row``), else the party-block heading above it."""
    if party is not None:
        if any(k[0] == "party" for k in kinds):
            t.last_party = party
        return party
    # Only a row of nothing but the name continues the cell above: a row with cells of its own ("Helena Berg  HR-chef,
    # tjänsteman") is a row of its own, its empty party cell no party.
    if continued and t.party_first and t.last_party and all(k[0] == "name" for k in kinds):
        return t.last_party
    return t.group_party


def _inline_replaced(att: Attendance, p: PersonInfo, inline: str, at: int, party: str | None) -> None:
    """The member named after a serving substitute's name in the same cell ("Jonas Ek, tjänstgör för Eva Hall"): a
    person without a role with the row's party, and the one the substitute replaces.

    Why: the cell's "tjänstgör" gave the substitute the role, but the member replaced was lost; a party column holds
    for every name in its row."""
    if inline.strip() and not p.replaces and (name := _add_replaced_member(att, inline, at, party)):
        p.replaces = name


# Vote columns that a PDF's text layer joins with one space ("Nej Avstår" under "Namn  Uppdrag  Ja").
VOTE_HEADS = frozenset({"ja", "nej", "avstår", "avst", "avst.", "frånvarande"})


def _split_vote_heads(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a row with a cell of several vote column headings ("Nej Avstår") split into one cell each.

    Why: the joined cell was no heading, so the header row was not read: the list's Uppdrag column gave no roles,
    and its party-block headings no parties."""
    if not any(" " in c for c, _ in cells):
        return cells
    out: list[tuple[str, int]] = []
    for c, at in cells:
        words = c.split()
        if len(words) > 1 and all(w.casefold() in VOTE_HEADS for w in words):
            out.extend((w, at + c.find(w)) for w in words)
        else:
            out.append((c, at))
    return out


def _replaced_under_substitute(att: Attendance, cell: str, cell_start: int, role: str | None) -> bool:
    """A cell of the serving substitutes' column that opens in lower case with "för" and a name ("för Eva Persson
    (S)", set indented under "Mohammed Saleh (S)"): the member the substitute above serves for, added without a role.

    Why: the continuation line was read as an entry of its column, so the member replaced, who was absent, counted
    as a serving substitute."""
    if role != "tjänstgörande ersättare" or not cell.startswith("för "):
        return False
    return _add_replaced_member(att, cell, cell_start) is not None


def _add_replaced_member(att: Attendance, cell: str, cell_start: int, party: str | None = None) -> str | None:
    """The member a substitute's words name ("Tjänstgörande ersättare för Lennart Burman", "tjänstgör för Eva Hall"),
    added as a person without a role, with the party written beside the name or else ``party``; None where the words
    name nobody.

    Why: the member replaced is named in the minutes (and is a person of them) but stood nowhere else; only the
    substitute was recorded."""
    sub = _SUBSTITUTE.match(cell)
    if sub is None or not _looks_like_name(name := sub.group(1)):
        return None
    # Listed already, perhaps with a double surname the cell shortens ("Anna-Karin Lindqvist [Berg]").
    if not any(known == name or known.startswith(name + " ") for known in att.people):
        written = next((pm for pm in find_people(cell) if pm.name == name), None)
        at = cell_start + sub.start(1)
        att.add(name, written.party if written and written.party else party, None, at, at + len(name))
    return name


_SUBSTITUTION_WORD_HINT = re.compile(r"(?i)för|istf")


def _substitute_awaiting_member(prev_text: str, att: Attendance) -> PersonInfo | None:
    """The substitute whose row (the line before) ends with a substitution cell naming nobody ("Anna Ek (S)
    tjänstgör för"), or None: the member replaced stands on the next line.  Also a serving substitute's entry that
    ends the line with a bare "för" ("Tjänstgörande<TAB>Eva Ek (S), Ödeby kommun, för"): the heading gave the role,
    and the member replaced, wrapped below beside the label's tail ("ersättare"), took it too."""
    # (Each note looked for ends in "för" or "istf", which a line without them cannot end a cell with.)
    if not prev_text or _SUBSTITUTION_WORD_HINT.search(prev_text) is None:
        return None
    if _SUBSTITUTION_CELL_END.search(prev_text) or any(_SUBSTITUTION_CELL_END.match(c.strip())
                                                        for c in CELL_SPLIT.split(prev_text)[1:-1]):
        # (Also the cell inside the row, a column after it: "Ola Ek (V)   tjg ersättare för   på distans".)
        return att.last
    last = att.last
    return last if last is not None and _ENTRY_FOR_END.search(prev_text) and \
        "tjänstgörande ersättare" in last.roles else None


def _one_value_cell(cells: list[tuple[str, int]]) -> bool:
    """Whether a line holds one cell besides its label cells (a member replaced, wrapped below its substitute's row,
    rather than a row of a table of its own)."""
    return sum(1 for c, _ in cells if c.strip() and not _DOTS.match(c) and label_role(c) is None) == 1


def _replaced_member_below(att: Attendance, cell: str, cell_offset: int, substitute: PersonInfo) -> bool:
    """Whether ``cell`` (a name with its party alone) is the member replaced by ``substitute``, whose row above ended
    with "tjänstgör för"; the member is then added without a role and noted as the one replaced.

    Why: where the next line also holds the tail of a wrapped label ("Tjänstgörande" / "ersättare"), the line is
    not joined to the row above (``_wrapped_replaced_member``), and the member replaced took the label's role."""
    if not _REPLACED_MEMBER_LINE.match(cell) or (name := _add_replaced_member(att, "för " + cell, cell_offset - 4)) \
            is None or name == substitute.name:
        return False
    substitute.replaces = substitute.replaces or name
    return True


# The list headings that may open a new list in a later column of two lists side by side.
_COLUMN_HEADINGS = frozenset({"ledamot", "ersättare", "tjänstgörande ersättare", "tjänsteman"})


def _column_heading_cell(t: _Table, kinds: list[tuple[str, str, int]],
                         present: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """The row's cells without a heading that opens a new list in a later column ("Tomas Ek (S)  Övriga närvarande"
    under "Ledamöter | Ersättare"), which gives that column its role for the rows below.

    Why: in two lists side by side the right-hand list may end and another begin beside the left one's names, so
    the officials under "Övriga närvarande" kept the role of the column's first heading (ersättare).  Only in a
    table of two or more headed name columns without a role, note or title column, the heading the row's last cell
    and after fewer names than the table has columns."""
    if len(t.name_roles) < 2 or not all(t.name_roles) or t.notes or t.titles or t.replaced or t.seat_columns or \
            len(kinds) < 2 or kinds[-1][0] != "role" or kinds[-1][2] != present[-1][1]:
        return kinds
    heading = _whole_label_role(present[-1][0])
    names = sum(kind == "name" for kind, _, _ in kinds)
    if heading not in _COLUMN_HEADINGS or not 0 < names < len(t.name_roles):
        return kinds
    t.name_roles = [*t.name_roles[:names], heading, *t.name_roles[names + 1:]]
    return kinds[:-1]


def _whole_label_role(text: str) -> str | None:
    """The role of a table cell that is a whole label ("Ersättare, ej tjänstgörande", "Ersättare (ej tjg)"), or None.

    Why: a Funktion column states each row's role as a list heading would; with the note after the role word the
    cell was no role cell, and the row's person got no role."""
    found = label_role(text)
    return found[0] if found is not None and found[1] >= len(text.rstrip(" .:")) else None


def _absent_seat_holder(row: list[tuple[str | None, PersonInfo]]) -> None:
    """A seat table's row with a name in both the member column and the serving substitute's column ("S  Anna Ek
    Bo Lind (S)" under "Parti | Ordinarie ledamot | Tjänstgörande ersättare"): the member is absent, the substitute
    serves for the member, and the member has no role of the meeting.  Only in a table of seats (the party column
    first) alone: a table with a presence, vote or note column is a roll of the members, where every member keeps
    the role ledamot, and two lists side by side ("Beslutande ledamöter | Tjänstgörande ersättare") pair nobody.

    Why: both names took their column's role, so the absent member counted as a ledamot present."""
    members = [p for col, p in row if col == "ledamot"]
    serving = [p for col, p in row if col == "tjänstgörande ersättare"]
    if len(members) != 1 or len(serving) != 1:
        return
    member, sub = members[0], serving[0]
    if "ledamot" in member.roles:
        member.roles.remove("ledamot")
    sub.replaces = sub.replaces or member.name


_SEAT_MEMBER_COLS = {"ledamot", "ordinarie ledamot", "ledamöter", "ordinarie ledamöter"}


def _seat_columns_header(cells: list[tuple[str, int]]) -> bool:
    """Whether a header row heads a list of seats with the party between the member and the substitute serving in
    the member's place: "Nr | Ordinarie ledamot | Parti | Tjänstgörande ersättare" (a running number may open it).

    Why: ``_absent_seat_holder`` read only a seat table with its party column first; with the party column after
    the member's name the one party column still belongs to the seat, and a substitute on the row serves for that
    member, who was counted as a ledamot present."""
    low = [c.casefold().strip(":").strip() for c, _ in cells if c.strip()]
    low = [c for c in low if c not in ("nr", "nr.")]
    if len(low) != 3 or low[0] not in _SEAT_MEMBER_COLS or low[1] not in _PARTY_COLS:
        return False
    lab = label_role(low[2])
    return lab is not None and lab[0] == "tjänstgörande ersättare" and lab[1] >= len(low[2])


# The substitute's cell of a seat whose member is absent with nobody serving: "– (frånvarande)", "Frånvarande".
_ABSENT_CELL = re.compile(r"(?i)[–—-]?\s*\(?\s*(?:frånvarande|frånv\.?|ej\s+närvarande)\s*\)?")


def _seat_row_holder(row: list[tuple[str | None, PersonInfo]], present: list[tuple[str, int]]) -> None:
    """A row of a seat list headed by ``_seat_columns_header``: the member replaced by the substitute on the row,
    or marked absent in the substitute's cell ("Rolf Eklöf  KD  – (frånvarande)"), has no role of the meeting.

    Why: both took the member column's role ledamot, so the absent members counted as present."""
    _absent_seat_holder(row)
    if any(_ABSENT_CELL.fullmatch(c.strip()) for c, _ in present[1:]):
        for col, p in row:
            if col == "ledamot" and "ledamot" in p.roles:
                p.roles.remove("ledamot")


# "O = ordförande", "V1 = 1:e vice ordförande", "TE = tjänstgörande ersättare": one entry of a legend of role codes.
# Also a code of initials in mixed case, "TjE = tjänstgörande ersättare", and a qualifier in brackets after the role,
# "E = ersättare (ej tjänstgörande)", read as if before it (why: neither entry was read, so the substitutes coded so
# lost their roles).
_LEGEND_ENTRY = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{1,3}\d?|[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ]\d?)\s*=\s*"
                           r"([a-zåäö0-9: ]{4,40}?)\s*(?:\(([a-zåäö ]{4,30})\)\s*)?(?=[,;.)]|$)")


def _legend_role(text: str) -> str | None:
    """The role a legend's description names ("ej tjänstgörande ersättare" → "ersättare"), or None."""
    low = " ".join(text.casefold().split())
    if low.startswith(("ej ", "icke ", "inte ")) and low.endswith(("ersättare", "suppleant")):
        return "ersättare"
    for word in ("tjänstgörande ersättare", "vice ordförande", "ordförande", "ledamot", "ersättare", "suppleant"):
        if low.endswith(word):
            return "ersättare" if word == "suppleant" else word
    return None


def _read_role_legend(lines: list[Line], att: Attendance) -> None:
    """The role codes a legend explains ("Närvarande (Funktion: O = ordförande, L = ledamot, E = ej tjänstgörande
    ersättare)"), into ``att.codes``.

    Why: a förbund's attendance table gives each member's role as a code in its last column; without the legend a
    one-letter code is no role (and "L", "C", "V" are parties).  Only lines with "=" are looked at.
    """
    for ln in lines:
        if "=" not in ln.text:
            continue
        for m in _LEGEND_ENTRY.finditer(ln.text):
            role = _legend_role(f"{m.group(3) or ''} {m.group(2)}")
            if role:
                att.codes[m.group(1)] = role


# "Led = ledamot", "Ordf = ordförande", "Ers. = ersättare": a legend entry whose code is a capitalised abbreviation
# of the role word rather than capitals (see ``_read_word_legend``).
_WORD_LEGEND_ENTRY = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{1,4})\.?\s*=\s*([a-zåäö0-9: ]{4,40}?)\s*(?=[,;)]|$)")


def _read_word_legend(lines: list[Line], att: Attendance) -> None:
    """The abbreviations a "Förkortningar:" legend explains ("Led = ledamot"), into ``att.codes``; only where the
    abbreviation is the start of its role word ("Led" of "ledamot"), so that no other word is taken for a code.

    Why: a case system's attendance table writes each member's function abbreviated in its last column ("Led");
    ``_LEGEND_ENTRY`` reads codes in capitals only, so the members lost their role ledamot."""
    for ln in lines:
        if "=" not in ln.text:
            continue
        for m in _WORD_LEGEND_ENTRY.finditer(ln.text):
            role = _legend_role(m.group(2))
            if role and m.group(2).strip().casefold().startswith(m.group(1).casefold()):
                att.codes.setdefault(m.group(1), role)


# A legend that marks the serving substitutes with an asterisk: "Tjänstgörande ersättare är markerade med *",
# "* = tjänstgörande ersättare".
_STAR_LEGEND = re.compile(r"(?i)tjänstgörande\s+ersättare\b[^*\n]{0,40}?\bmed\s+\*|\*\s*=\s*tjänstgörande\s+ersättare")
# The note after a substitute's name in an Ersättare column that says he or she served: "Tobias Ek, tjg".
_SERVING_NOTE = re.compile(r"(?i),\s*(?:tjg|tjänstgör(?:ande)?)\.?\s*$")


def _read_star_legend(lines: list[Line], att: Attendance) -> None:
    """Record in ``att.codes`` that "*" marks a serving substitute, where a legend says so.

    Why: an attendance table "Ledamot | Parti | Ersättare | Parti" marks the ersättare who served with "*" and
    explains the mark above the table; without it they were plain ersättare."""
    for ln in lines:
        if "*" in ln.text and _STAR_LEGEND.search(ln.text):
            att.codes["*"] = "tjänstgörande ersättare"
            return


# A presence cell that marks the substitute beside it as serving instead of "X": "tjg", "tjänstgör" (why: the
# ersättare column's mark cell was read as a substitution naming nobody, so the substitute stayed a plain ersättare).
_SERVING_MARK_CELL = re.compile(r"(?i)tjg\.?|tjänstgör(?:ande)?")


def _serving_note(text: str, att: Attendance) -> bool:
    """Whether a name cell of an Ersättare column marks its substitute as serving: ", tjg" after the name (the
    "*" of a legend is read as that by ``_starred_cells``).

    Why: a table with the personal ersättare beside each member notes the absent member (", frånv.") and the
    substitute who served in his or her place in the cells themselves."""
    return bool(_SERVING_NOTE.search(text))


def _starred_cells(present: list[tuple[str, int]], att: Attendance) -> list[tuple[str, int]]:
    """The cells of a table row with a starred name ("Elin Sand *") read as serving ("Elin Sand, tjg") where a
    legend explains the star (``_read_star_legend``); the row as it is otherwise.

    Why: the star kept the cell from reading as a name at all."""
    if att.codes.get("*") != "tjänstgörande ersättare" or not any(c.endswith("*") for c, _ in present):
        return present
    return [(re.sub(r"\s*\*+$", ", tjg", c) if c.endswith("*") else c, s) for c, s in present]


# A legend's code in capitals ("TE"), in mixed case ("TjE") or a capitalised abbreviation ("Led", see
# ``_read_word_legend``).
_CODE_CELL = re.compile(r"([A-ZÅÄÖ]{1,3}\d?|[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ]\d?|[A-ZÅÄÖ][a-zåäö]{1,4})(?=\s|$)")


def _decoded_role_cell(present: list[tuple[str, int]], att: Attendance) -> list[tuple[str, int]]:
    """A table row with a legend's role code in its last cell written out ("O" → "ordförande", "TE för Johnny Ek
    (SD)" → "tjänstgörande ersättare för Johnny Ek (SD)").

    Why: the code column stands last, after the party column; only a last cell after a party cell is read as a
    code, so that a party "L" or "V" is never taken for the legend's "L = ledamot".
    """
    if not att.codes or len(present) < 3:
        return present
    text, start = present[-1]
    m = _CODE_CELL.match(text)
    if m is None or m.group(1) not in att.codes or \
            not any(canonical_party(c) and len(c) <= 5 for c, _ in present[:-1]):
        return present
    return [*present[:-1], (att.codes[m.group(1)] + text[m.end():], start)]


# A word after a comma that ends a line: "Sanna Vik, Försäkringskassan".
_LAST_WORD_AFTER_COMMA = re.compile(r"[,;]\s*([A-ZÅÄÖÉ][\w-]*)\s*$")


def _ends_in_organisation(text: str) -> bool:
    """Whether a line ends in a one-word organisation the gazetteer knows after a comma ("Sanna Vik,
    Försäkringskassan"), the organisation a listed member stands for, not a first name that wraps.

    Why: ``_CONTINUES`` read it as a first name going on to the next line, so the next member's name was joined to
    it ("Försäkringskassan Per Lind") and he was listed under that name."""
    m = _LAST_WORD_AFTER_COMMA.search(text)
    return m is not None and m.group(1).casefold() in organisation_by_name()


# A line that wraps mid-list: it ends in a comma, a conjunction, an open role ("1:e vice") or a first name
# after a comma ("…, Goran" / "Petrović (2:e vice ordförande)"); not a title opened by an acronym ("Sara Holm, VA-chef",
# "…, IT-strateg"), which ends its entry (why: the next line's entry was joined to it, "VA-chef Kristina Bodin"), nor
# an abbreviated title alone ("Per Ås, VD": why: read as a first name, the next line's official was joined to it as
# "VD Lisa Holm", and the first official lost the title and the staff role).
# ("respektive": the pairing word of "ersattes av C respektive D" never ends a list; why: the second substitute, on
# the line after, was cut off; also abbreviated, "C (M) resp.".)
_CONTINUES = re.compile(r"(?:,|\boch|\bsamt|\brespektive|\bresp\.|\bvice|\b1:e|\b2:e|\bför|\bersätter|\(|-|"
                        r"[,;]\s*(?![A-ZÅÄÖÉ]{2,}(?:-|\s*$))[A-ZÅÄÖÉ][\w-]*)\s*$")


def _continues(text: str) -> bool:
    """Whether ``_CONTINUES`` finds the end of a line that wraps mid-list in ``text``.

    The search starts where a match can: each ends at the text's last character that is no space, as one of the
    fixed words (ten characters at most) or as the capitalised word after the last comma or semicolon (only spaces
    and word characters stand between them).  Why: asked of a paragraph at every line joined to it, a search from
    its start tried every alternative at every character, so a long running list took time quadratic in its
    length."""
    end = len(text.rstrip())  # (``str.rstrip`` strips what ``\s`` matches)
    start = end - 10
    if (sep := max(text.rfind(",", 0, end), text.rfind(";", 0, end))) >= 0:
        start = min(start, sep)
    return _CONTINUES.search(text, max(start, 0)) is not None


# "… med undantag för A (C) och B (SD), för vilka ersättarna" / "C (C) respektive D (SD) tjänstgör": a line that
# ends before the substitutes' names of attendance by exception (why: a capital opened the next line, so the phrase
# was read as two lines and the substitutes as members).
_SERVING_SUBSTITUTES_END = re.compile(r"\bför\s+(?:vilka|vilken|dessa)\s+(?:de\s+)?(?:tjänstgörande\s+)?"
                                      r"ersättar(?:na|en)\s*$")
# "A (C) ordförande, B (S) vice ordförande, ledamöterna" / "C (S), D (KD) och E (M)": running attendance whose
# group word ends the line, after an entry with a party (why: the names below were read as a line of their own,
# without the group's role, so the members lost "ledamot").
_GROUP_WORD_END = re.compile(r"(?i)\([^)\n]{1,6}\)[^\n]*[,\s](?:tjänstgörande\s+)?(?:ledamöterna|ersättarna|ersättaren)"
                             r"\s*$")
# The group word alone at the end, ten or eleven characters before the spaces that end the text.
_GROUP_WORD_TAIL = re.compile(r"(?i)(?:ledamöterna|ersättarna|ersättaren)\s*$")


def _group_word_end(text: str) -> bool:
    """Whether ``_GROUP_WORD_END`` finds a group word ending a line of running attendance in ``text``.

    Why: its "[^\\n]*" runs from every bracket to the end of a joined paragraph, so the search took time quadratic in
    the paragraph's length at every line joined to it; the group word at the very end, which every match ends in,
    is looked for first."""
    if _GROUP_WORD_TAIL.search(text, max(len(text.rstrip()) - 11, 0)) is None:
        return False
    return _GROUP_WORD_END.search(text) is not None


# A line that wraps inside the name of the member a substitute serves for: "… Filippa Roos (S) tjg för Lars" /
# "Thomsson (S), …".  Why: ``_CONTINUES`` reads a first name at a line's end only after a comma, so the surname went
# to a line of its own and the member replaced was read as "för Lars".
_REPLACED_FIRST_NAME_END = re.compile(r"\)\s*(?:tjg\.?|tjänstgörande|ersätter|istf\.?|i\s+stället)(?:\s+för)?"
                                      r"\s+[A-ZÅÄÖÉ][\w-]*\s*$")


# "… fastighetschef Maria Gren och ekonomichef" / "Stina Holt, som förde protokollet.": a job title after "och" at a
# line's end, its name on the next line (not after a comma: "Karin Vestin, ekonomichef" is a whole entry).
# Not the second half of a compound title ("hälso- och sjukvårdsdirektör").
_TITLE_END = re.compile(r"(?<!-[ \u00a0])(?:\boch|\bsamt)[ \u00a0]+([a-zåäö][a-zåäö-]{3,})[ \u00a0]*$")


def _title_at_end(text: str) -> bool:
    """Whether a line of running attendance ends in a job title whose name stands on the next line, or in a job title
    and a first name whose surname does ("…, avdelningschef Olle" / "Berg, projektchef …").

    Why: narrative attendance wraps between an official's title and name, or inside the name; the name, or the
    surname, on a line of its own was read as an entry without the title, and so without ``tjänsteman``, and the
    official was lost."""
    m = _TITLE_END.search(text) or _TITLED_FIRST_NAME_END.search(text)
    if m is None:
        # (A line whose label opens its running text, "Närvarande: A (S), …", has no column beside the label: the
        # whole line is read.)
        value = (_label_column_split(text)[1] if _after_label_column(text) else "") or text
        if (m := _TITLE_FIRST_COMMA_END.search(value)) is not None and not _JOB_TITLE.search(m.group(2)):
            return False
    return m is not None and _JOB_TITLE.search(m.group(1)) is not None


# A list that writes the title before each name and ends its line in the next entry's title after a comma:
# "… Stadsdelsdirektör Eva Lind, avdelningschef" / "Per Berg, …" (the title before the line's last name, group 1,
# tells that the list is of that order; "Karin Vestin, ekonomichef" alone is a whole entry the other way round; the
# title at the end is group 2).  The entry opens the line or follows a separator, so that a long run of letters is
# scanned once (linear time).
_TITLE_FIRST_COMMA_END = re.compile(r"(?:^|[,;][ \u00a0]*|\.[ \u00a0]+)(?i:([a-zåäö][a-zåäö-]{3,})[ \u00a0]+)"
                                    r"(?-i:[A-ZÅÄÖÉ][\w-]+(?:[ \u00a0]+[A-ZÅÄÖÉ][\w-]+){1,2})"
                                    r"[ \u00a0]*,[ \u00a0]*([a-zåäö][a-zåäö-]{3,})[ \u00a0]*$")

# A job title and a first name alone at a line's end, after a separator: "…, avdelningschef Olle".
_TITLED_FIRST_NAME_END = re.compile(r"(?:^|[,;:\t][ \u00a0]*)([a-zåäö][a-zåäö-]{3,})[ \u00a0]+"
                                    r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?[ \u00a0]*$")

def _after_label_column(text: str) -> bool:
    """A line of one label in a left margin column and its text ("Närvarande<TAB>Ledamöter: A (C); B (S); Nadia"):
    the text may wrap onto the next line, which has no label."""
    left, right = _label_column_split(text)
    return "\t" not in right and label_role(left.strip()) is not None and not CELL_SPLIT.search(right)


def _label_column_split(text: str) -> tuple[str, str]:
    """A line's label column and the text beside it, split at its TAB or, where it has none, at its first gap of
    three spaces or more ("Tjänstemän        Stadsdelsdirektör Maria Lindkvist, …", as pdftotext lays it out).

    Why: only a TAB was read as the label column's edge, so the text beside a label set off by spaces never went on
    to the next line, and a name or title wrapped there lost its entry."""
    left, tab, right = text.partition("\t")
    if tab:
        return left, right
    m = _SPACED_LABEL.match(text) if "   " in text else None  # (a gap of three spaces found at C speed first)
    return (m.group(1), m.group(2)) if m else (text, "")


# A label column set off by three spaces or more, the text beside it after the gap.
_SPACED_LABEL = re.compile(r"(\S.*?) {3,}(\S.*)$")


def _is_heading_only(text: str) -> bool:
    lab = label_role(text.strip())
    return lab is not None and lab[1] >= len(text.strip().rstrip(":")) - 1


def _split_label(word: str, nxt: str) -> bool:
    """A heading printed over two lines in the label column: "Tjänstgörande" / "ersättare   Roland Ek (M)"."""
    if " " in word.strip() or not word[:1].isupper() or label_role(word) is not None:
        return False
    joined = label_role(f"{word} {nxt}")
    alone = label_role(nxt)
    # Joined only where the first word changes the heading: "Tjänstgörande ersättare" is not "Ersättare".
    return joined is not None and joined[1] > len(word) and (alone is None or joined[0] != alone[0])


def _justified_label_cells(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The first two cells of a row joined where they are the words of one heading ("Ej" | "tjänstgörande" |
    "Oskar Lindh (KD), …" → "Ej tjänstgörande" | "Oskar Lindh (KD), …").

    Why: a PDF label column set justified spreads a wrapped heading's words across the cell, so the loader reads
    the gap between them as a column break; neither word alone is a heading, and the names beside them lost
    their role.  Only a capitalised word that is no heading, followed by a lower-case word, with names after."""
    if len(cells) < 3 or " " in (first := cells[0][0]) or not first[:1].isupper() or \
            not (second := cells[1][0])[:1].islower() or " " in second:
        return cells
    joined = f"{first} {second}"
    if label_role(first) is not None or (lab := label_role(joined)) is None or lab[1] < len(joined) - 1:
        return cells
    return [(joined, cells[0][1]), *cells[2:]]


def _justified_value_cells(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells right of a label joined into one where each holds a single word of one running list ("Övriga
    deltagande" | "Karin" | "Wall," | "kommundirektör;" | "Peter" | … → "Övriga deltagande" | "Karin Wall,
    kommundirektör; Peter …").

    Why: a PDF value column set justified spreads the words of a list over the line with wide gaps, which the loader
    reads as column breaks; each word alone is no name, so the officials of the list were lost.  Only after a label,
    with at least four one-word cells one character apart, two of which end a list entry ("," or ";"), so that a
    table's row of short cells stays as it is.  The joined text keeps its length, so offsets stay right."""
    if len(cells) < 5 or label_role(cells[0][0]) is None:
        return cells
    rest = cells[1:]
    if any(not text or " " in text for text, _ in rest) or sum(text[-1] in ",;" for text, _ in rest) < 2 or \
            any(b - (a + len(ta)) != 1 for (ta, a), (_tb, b) in pairwise(rest)):
        return cells
    return [cells[0], (" ".join(text for text, _ in rest), rest[0][1])]


def _keep_presidium_label(found: list[tuple[str, int, int]], line_role: str | None, att: Attendance) -> None:
    """The presidium role of a label on the line of one name, also where a role beside the name differs
    ("Ordförande § 142:   Marie Ångman (S), vice ordförande": she chairs as vice chair, and holds both).

    Why: the role word beside the name replaced the label's role, so the chair of those §§ was lost."""
    if line_role in _PRESIDIUM and len(found) == 1:
        att.people[found[0][0]].add_role(line_role)


def _wrapped_column_labels(lines: list[Line]) -> dict[int, str | None]:
    """Headings of a label column wrapped over two lines with values beside both ("Tjänstgörande   Eva Dahlin (KD)"
    / "ersättare   Ulf Granberg (S)"): id of each of the two lines → the whole heading's role.

    Why: the first word alone was no heading and the second alone ("ersättare") a different one, so the names on
    the first line took the heading above and those on the second the wrong role.  Only a lower-case second line
    continues the heading; ``_split_label`` joins such a heading where no values stand beside it."""
    out: dict[int, str | None] = {}
    for a, b in pairwise(lines):
        if b.blank_before or not b.text[:1].islower() or not a.text[:1].isupper():
            continue
        ca, cb = _cells(a), _cells(b)
        if len(cb) == 1 and (tail := _COLON_LABEL_TAIL.match(cb[0][0])):
            # "tjänstgörande:  Göran Ek (M)": the tail closed by its colon, set off from its value by less than a
            # column gap (why: read as one cell, the heading was not joined and the names took "Tjänstgörande").
            cb = [(tail.group(1), cb[0][1]), (cb[0][0][tail.end():], cb[0][1] + tail.end())]
        if len(ca) < 2 or len(cb) < 2 or not ca[0][0] or not _may_open_wrapped_label(ca[0][0]):
            continue
        word, nxt = ca[0][0], cb[0][0]
        joined = label_role(f"{word} {nxt}")
        alone = label_role(nxt)
        if joined is not None and joined[1] >= len(word) + len(nxt) and (alone is None or joined[0] != alone[0]) \
                and _first_part_agrees(word, joined[0]):
            out[id(a)] = out[id(b)] = joined[0] or None
    return out


# The lower-case tail of a wrapped heading with its colon, before the value on its line: "tjänstgörande:  Eva Ek".
_COLON_LABEL_TAIL = re.compile(r"([a-zåäö][a-zåäö-]+:)[ \t\u00a0]+(?=\S)")


def _label_tail_below(lines: list[Line]) -> dict[int, str | None]:
    """Headings of a label column wrapped over two lines with the values beside the first line only ("Närvarande ej
    Hans Vik (S), …" / "tjänstgörande ersättare"): id of each of the two lines → the whole heading's role.

    Why: ``_wrapped_column_labels`` wants values beside both lines; with the heading's tail alone on the line below,
    the names beside the first part took its role ("Närvarande": none) instead of the whole heading's."""
    out: dict[int, str | None] = {}
    for a, b in pairwise(lines):
        if b.blank_before or not b.text[:1].islower() or not a.text[:1].isupper():
            continue
        ca, cb = _cells(a), _cells(b)
        if len(ca) < 2 or len(cb) != 1 or not ca[0][0] or not _may_open_wrapped_label(ca[0][0]):
            continue
        word, nxt = ca[0][0].strip(), cb[0][0].strip()
        joined = label_role(f"{word} {nxt}")
        first = label_role(word)
        if joined is not None and joined[1] >= len(word) + 1 + len(nxt.rstrip(":")) and \
                (first is None or first[1] < len(word) or first[0] != joined[0]):
            out[id(a)] = out[id(b)] = joined[0] or None
    return out


# The first line of a wrapped heading that ends in its negation: "Ersättare, ej" / "tjänstgörande"; or in the relative
# pronoun of the clause that the next line holds: "Ersättare som" / "inte tjänstgjort" (why: the first line was no
# heading, so the ersättare beside it took the serving substitutes' heading above).
_DANGLING_NEGATION = re.compile(r"(?i)^[^\W\d_]+,?\s+(?:ej|icke|inte)$|^[^\W\d_]+\s+som$")


def _may_open_wrapped_label(word: str) -> bool:
    """Whether a label cell may be the first line of a heading wrapped in the label column: one word, or a word
    with a dangling negation ("Ersättare, ej" above "tjänstgörande") or relative pronoun ("Ersättare som").

    Why: "Ersättare, ej / tjänstgörande" was read as two headings, and the second made the ersättare serving."""
    return " " not in word or _DANGLING_NEGATION.match(word) is not None


def _first_part_agrees(word: str, role: str) -> bool:
    """Whether the first line of a wrapped heading is no heading of its own, or one with the whole heading's role
    ("Övriga" above "närvarande": staff either way).

    Why: "Övriga / närvarande" gave the names beside the second line no role ("närvarande" alone names none)."""
    first = label_role(word)
    # "Närvarande ej": a heading word with a dangling negation is no heading of its own (why: its "Närvarande" read as
    # one, so "Närvarande ej / tjänstgörande / ersättare" was not joined).
    return first is None or (first[0] == role and first[1] >= len(word)) or \
        (_DANGLING_NEGATION.match(word) is not None and first[1] < len(word))


# "2:e v ordf, Mattias Lind (M) …": a line that opens with an ordinal presidium role.
_ORDINAL_ROLE_START = re.compile(r"(?:[1-3]:e|förste|andre)\s+(?:v\.?|vice)\s+ordf", re.I)


def _ordinal_role_start(text: str) -> bool:
    """Whether a line opens with an ordinal presidium role ("2:e v ordf, …"): the role of the name that ends the line
    above, where a running attendance list wraps between the name and its role.

    Why: the line starts with a digit, not in lower case, so it was read as a line of its own and the role lost."""
    return text[:1] in "123fFaA" and _ORDINAL_ROLE_START.match(text) is not None


# A name's last word with its party, alone on a line ("Nilsson (M)", "de Vries (SD), ordförande").
_SURNAME_PARTY_LINE = re.compile(r"^(?:(?:af|von|van|der|den|de|du|la|le)\s+){0,2}"
                                 rf"{CAP_WORD}\s*\((?:[A-Za-zÅÄÖåäö]{{1,4}}|-)\)\s*(?:,.*)?$")
# A cell of first names only, no party and no title ("Hans-Göran", "Bo Ingemar").
_FIRST_NAMES_CELL = re.compile(rf"(?:{CAP_WORD}[ \u00a0]+){{0,2}}{CAP_WORD}")
# A bracketed role opening a line: "(1:e vice ordf), Mehmet Yılmaz (S) …".
_BRACKETED_ROLE = re.compile(r"\(\s*(?:(?:förste|andre|1:e|2:e)\s+)?(?:vice\s+|v\.?\s+)?ordf(?:örande|\.)?\s*\)")


def _wrapped_entry(prev: str, text: str) -> bool:
    """Whether a line continues the attendance entry that ends the line above.

    Two wraps do: a name broken between its words at a soft line break or <br> ("1:e vice ordförande<TAB>Hans-Göran"
    / "Nilsson (M)", "Bo Ingemar" / "Strand (S)"), where the line above ends in first names with no party and this
    line is one surname with its party; and a presidium role in brackets that follows the party on the next line
    ("… Henrik von Essen (M)" / "(1:e vice ordf), Mehmet …").

    Why: each half read alone gives a person without a surname, or a name without its role.
    """
    if _BRACKETED_ROLE.match(text):
        return _LONE_PARTY.search(prev.rstrip()) is not None
    if not _SURNAME_PARTY_LINE.match(text) or label_role(text) is not None:
        return False
    last = CELL_SPLIT.split(prev)[-1].strip()
    return _FIRST_NAMES_CELL.fullmatch(last) is not None and label_role(last) is None and \
        min(len(w) for w in last.split()) > 1


# A party in brackets opening a line before the next entry's separator ("(S) · Hans Ek (SD) · …") or before its own
# entry's substitution note ("(S) istf Lena Berg (S), …").
_PARTY_LINE_START = re.compile(r"^\(([A-Za-zÅÄÖåäö]{1,4})\)[ \u00a0]*(?:[·•,;|]|$|"
                               r"(?:istf\.?|ersätter|i\s+stället\s+för|tjg\.?\s+för|tjänstgör\s+för)\s+[A-ZÅÄÖÉ])")
_ENTRY_SEPARATORS = re.compile(r"[·•,;|\t]| {3,}")


def _wrapped_party(prev: str, text: str) -> bool:
    """Whether a line opens with the party of the name that ends the line above: "… · Nina Kask" / "(S) · Hans Ek
    (SD)", or "… Irene Öhman (S), Lars Ek" / "(S) istf Lena Berg (S), …", in a list whose entries give their party
    in brackets.

    Why: the wrapped "(S)" read alone was taken for a party group heading, so its party went to the names of every
    list below (consultants without a party) and the name above kept none; and a substitute lost the "istf" note
    (and the role it gives) so the member replaced was read as one present."""
    m = _PARTY_LINE_START.match(text)
    if m is None or canonical_party(m.group(1)) is None or not _PARTY_PAREN.search(prev):
        return False
    last = _ENTRY_SEPARATORS.split(prev)[-1].strip()
    return len(last.split()) >= 2 and _FIRST_NAMES_CELL.fullmatch(last) is not None and label_role(last) is None


# A role cell that ends with its substitution word, the member replaced wrapped below it in the same column:
# "Stina Lampinen   M   Tjg ersättare för" / "Fredrik Stenberg (M)".
_SUBSTITUTION_CELL_END = re.compile(r"(?i)(?:^|\t| {2,})(?:tjg\.?|tjänstgörande|tjänstgör|ersättare|ers\.)"
                                    r"(?:\s+(?:ersättare|ers\.?))?\s+(?:för|istf\.?|i\s+stället\s+för)\s*$")
# "Eva Ek (S), Ödeby kommun, för" / "Eva Ek (S) för": an entry that names its member replaced on the next line.
_ENTRY_FOR_END = re.compile(r"[,)]\s*för\s*$")
# The member replaced alone on a line, with the party and perhaps the home municipality after a comma.
_REPLACED_MEMBER_LINE = re.compile(rf"^\s*{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,3}}[ \u00a0]*"
                                   r"\([A-Za-zÅÄÖåäö]{1,4}\)(?:,[^,\t()]{2,40})?\s*$")


def _wrapped_replaced_member(prev: str, text: str) -> bool:
    """Whether a line is the member replaced, wrapped below a table row whose role cell ends with "Tjg ersättare
    för": the line holds one name with its party and nothing else.

    Why: read as a row of its own, the member replaced was a person without the note, and the substitute's cell
    "Tjg ersättare för" with no name after it gave no role."""
    return _wrapped_replaced_member_cell(text) and _SUBSTITUTION_CELL_END.search(prev) is not None


# An entry that ends with its substitution's "för", the member replaced on the next line: "Eva Ek (S), tjg
# ersättare för", "Eva Ek (S) ersätter för".
_ENTRY_SUBSTITUTION_END = re.compile(r"\)[^()\t]{0,30}\bför\s*$")


def _replaced_member_beside_column(prev: str, text: str) -> bool:
    """Whether a line opens with the member replaced of the entry above ("Eva Ek (S), tjg ersättare för" / "Bo
    Lind (S)      Ersättare") in a first page of two columns, whose right-hand cell stands beside it.

    Why: a line with a column gap never continues the one above, so the substitute kept "för" with no name (no
    role) and the member replaced took the role of the heading beside him."""
    if CELL_SPLIT.search(prev) or not _ENTRY_SUBSTITUTION_END.search(prev):
        return False
    first = CELL_SPLIT.split(text, 1)
    return len(first) == 2 and _wrapped_replaced_member_cell(first[0])


def _wrapped_replaced_member_cell(cell: str) -> bool:
    """Whether a cell is one name with its party and nothing else (the member replaced)."""
    return _REPLACED_MEMBER_LINE.match(cell) is not None and \
        canonical_party(cell.strip()[cell.strip().rindex("(") + 1:-1]) is not None


_BULLET = re.compile(r"^[-–•*▪●][ \t]+\S")


def _bullet_entry(text: str) -> bool:
    """Whether a line opens a bulleted list item ("- Ingrid Pålsson, Socialdemokraterna"): a new entry, never the
    wrapped tail of the line above.

    Why: a list item ending in a party's written-out name (", Socialdemokraterna") reads to ``_CONTINUES`` as a
    list of names going on, so the next item was joined to it and the first item's name was lost."""
    return _BULLET.match(text) is not None


# One entry of a list with the party after a comma: "Johan Strömberg, S", "Malin Lund, M, 1:e vice ordförande".
_COMMA_PARTY_ENTRY = re.compile(rf"^{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,3}}[ \u00a0]*,[ \u00a0]*([A-ZÅÄÖ]{{1,3}})\b")
_COMMA_PARTY_END = re.compile(r",[ \u00a0]*([A-ZÅÄÖ]{1,3})[ \u00a0]*$")


def _comma_party_entry(prev: str, text: str) -> bool:
    """Whether a line is a new entry of a list of "Name, PARTY" lines, the line above ending in its own party after a
    comma ("Johan Strömberg, S" / "Sara Holm, S").

    Why: ``_CONTINUES`` reads a capitalised word after a comma at a line's end as a first name that wraps, so the
    party code made every such line run into the next and the members between the first and the last lost their
    role."""
    end = _COMMA_PARTY_END.search(prev)
    if end is None or canonical_party(end.group(1)) is None:
        return False
    m = _COMMA_PARTY_ENTRY.match(text)
    return m is not None and canonical_party(m.group(1)) is not None


# One entry of a list that gives each person's party in brackets and place after a comma: "Emelie Sund (M), Österåker".
_PLACE_ENTRY = re.compile(rf"{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,3}}[ \u00a0]*\([A-Za-zÅÄÖåäö]{{1,4}}\)[ \u00a0]*,"
                          rf"[ \u00a0]*{CAP_WORD}")


# The end of a line that is one such entry with lower-case notes between the party and the place: "Henrik Ek (M),
# vice ordförande, Arboga".
_NOTED_PLACE_ENTRY_END = re.compile(rf"{CAP_WORD}(?:[ \u00a0]+{CAP_WORD}){{1,3}}[ \u00a0]*\([A-Za-zÅÄÖåäö]{{1,4}}\)"
                                    r"(?:[ \u00a0]*,[ \u00a0]*[a-zåäö][^,;()\n]*)*"
                                    rf"[ \u00a0]*,[ \u00a0]*{CAP_WORD}[ \t\u00a0]*$")


def _place_entries(prev: str, text: str) -> bool:
    """Whether a line is a whole "Name (Party), Place" entry under a line that ends in one (a list of ersättare with
    the municipality each stands for: "Emelie Sund (M), Österåker" / "Rasmus Kvist (S), Vaxholm").

    Why: the place after the comma looked like a list going on to the next line, so the lines were joined and the
    place was read as part of the next person's name ("Österåker Rasmus Kvist").  A line that opens with such an
    entry and goes on with a note ("Lars Ek (C), Kungsör, ej § 23 (jäv)"), under one whose role stands before its
    place ("…(M), vice ordförande, Arboga"), is a new entry too (why: "Arboga Lars Ek" was read as a person)."""
    if _PLACE_ENTRY.fullmatch(text.strip()) is not None and \
            re.search(rf"(?:{_PLACE_ENTRY.pattern})[ \t\u00a0]*$", prev) is not None:
        return True
    m = _PLACE_ENTRY.match(text.strip())
    return m is not None and not re.match(r"[\w-]", text.strip()[m.end():]) and \
        _NOTED_PLACE_ENTRY_END.search(prev) is not None


# A line opened by a bracketed title or note in lower case ("Henrik Berg" / "(kanslichef, §§ 11–13), Eva Ek …"): the
# entry above goes on (why: the name was read without its title, and so without ``tjänsteman``).
_NOTE_START = re.compile(r"\([a-zåäö]")


# "Justerade paragrafer: §§ 5–7", "Protokollet omfattar: …": a field of its own, a label of lower-case words after
# a capitalised one and a colon.  Why: after a line ending in a place ("…, Regionhuset, Storby"), read as a first
# name wrapped, the label was joined to it and "Storby Justerade" became a person.
_FIELD_LINE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){0,3}[ \t]*:(?:\s|$)")


# The headings of a table's columns that a text export wrote a cell a line: the name column first ("Namn"), then a
# party, role or member column.
_CELL_LINE_HEADS = {"namn"} | _PARTY_COLS | _ROLE_COLS | {"kommun", "medlemskommun", "förbundsmedlem"}


def _cell_lines_as_rows(lines: list[Line], source: str) -> list[Line]:
    """An attendance table written one cell a line ("Namn" / "Parti" / "Uppdrag" / "Eva Ek" / "S" / "ordförande" /
    …) as one line a row with its cells split by tabs, as a table's text gives it; other lines as they are.

    Why: read line by line, the role cells stood as headings of their own ("ordförande" over the next name) and the
    party cells as entries, so every member took the role of the row above.  Only after a header of at least two
    such lines, "Namn" first and a party column among them; a row opens with a line that looks like a name and no
    heading and takes at most as many lines as the header has.  The line breaks become tabs (the offsets stay)."""
    if not any(ln.text.strip().casefold() == "namn" for ln in lines):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k].text.strip().casefold() in _CELL_LINE_HEADS:
            k += 1
        head = [ln.text.strip().casefold() for ln in lines[i:k]]
        if k - i < 2 or head[0] != "namn" or not _PARTY_COLS & set(head):
            out.append(lines[i])
            i += 1
            continue
        width = k - i
        out.append(_cells_joined(lines[i:k], source))
        i = k
        while i < len(lines) and _looks_like_name(lines[i].text.strip()) and label_role(lines[i].text) is None:
            end = i + 1
            while end < min(len(lines), i + width) and not (_looks_like_name(lines[end].text.strip())
                                                            and canonical_party(lines[end].text.strip()) is None):
                end += 1
            out.append(_cells_joined(lines[i:end], source))
            i = end
    return out


def _cells_joined(cells: list[Line], source: str) -> Line:
    """One line of the cells ``cells`` (consecutive lines), each line break and the spaces around it a tab and
    spaces of the same length."""
    if len(cells) == 1:
        return cells[0]
    first, last = cells[0], cells[-1]
    text = re.sub(r"[ \t]*[\r\n\f]+[ \t]*", lambda m: "\t" + " " * (len(m.group()) - 1), source[first.start:last.end])
    return Line(text, first.start, last.end, first.page, first.blank_before)


# The indentation after a line break of a joined line, made no-break spaces as the break is.
_NBSP_INDENT = re.compile(r"\u00a0[ \t]+")


def logical_lines(lines: list[Line], source: str) -> list[Line]:
    """Lines of running text rejoined where a sentence wraps ("… 1:e vice" / "ordförande, Magnus …").

    The joined text is the source slice with each line break (and the indentation after it) replaced by
    no-break spaces of the same length, so offsets into it stay offsets into the source.
    """
    out: list[Line] = []
    for ln in _cell_lines_as_rows(lines, source):
        prev = out[-1] if out else None
        if (prev is not None and not ln.blank_before and "\t" not in ln.text
                and not CELL_SPLIT.search(_label_column_split(prev.text)[1] if _after_label_column(prev.text)
                                          else prev.text) and not CELL_SPLIT.search(ln.text)
                and label_role(ln.text) is None and not _DOTS.match(ln.text) and not _is_heading_only(prev.text)
                and not _bullet_entry(ln.text) and not _comma_party_entry(prev.text, ln.text)
                and not _place_entries(prev.text, ln.text) and not _FIELD_LINE.match(ln.text)
                and (ln.text[:1].islower() or _NOTE_START.match(ln.text)
                     or (_continues(prev.text) and not _ends_in_organisation(prev.text))
                     or _ordinal_role_start(ln.text)
                     or _REPLACED_FIRST_NAME_END.search(prev.text) or _title_at_end(prev.text)
                     or _SERVING_SUBSTITUTES_END.search(prev.text) or _group_word_end(prev.text))) or \
                (prev is not None and _split_label(prev.text, ln.text)) or \
                (prev is not None and not ln.blank_before and _wrapped_entry(prev.text, ln.text)) or \
                (prev is not None and not ln.blank_before and _wrapped_party(prev.text, ln.text)) or \
                (prev is not None and not ln.blank_before and _wrapped_replaced_member(prev.text, ln.text)) or \
                (prev is not None and not ln.blank_before and _replaced_member_beside_column(prev.text, ln.text)):
            # (Each line break a no-break space, by ``str.replace`` at C speed: the paragraph is rebuilt at every line
            # joined to it, and a substitution a character at a time made a long one slow.)
            joined = source[prev.start:ln.end]
            joined = joined.replace("\n", "\u00a0").replace("\f", "\u00a0").replace("\r", "\u00a0")
            joined = _NBSP_INDENT.sub(lambda m: "\u00a0" * len(m.group()), joined)
            out[-1] = Line(joined, prev.start, ln.end, prev.page, prev.blank_before)
        else:
            out.append(ln)
    return out


# "ersätter Ann Holm", "istf Per Sundin", "tjg för Mats Hjort": a substitution, before a capitalised name.
_SUBSTITUTE_WORD = re.compile(r"\b(?:[Ee]rsätter|istf\.?|i\s+stället\s+för|tjg|tjänstgör(?:ande)?\s+för|för)"
                              r"\s+[A-ZÅÄÖ]")
_PARTY_PAREN = re.compile(r"\([A-Za-zÅÄÖåäö]{1,4}\)")


def _fits(role: str | None, value: str) -> bool:
    """Whether a value line can stand under a heading of ``role``: a place or date under "Plats och tid", a
    substitution under "Tjänstgörande ersättare", a name with a job title under "Övriga närvarande" …"""
    person = bool(_PARTY_PAREN.search(value)) or _looks_like_name(value.split(",")[0])
    if role == "-":
        return not person
    if role == "tjänstgörande ersättare":
        return bool(_SUBSTITUTE_WORD.search(value))
    if role in ("ledamot", "ersättare"):
        return bool(_PARTY_PAREN.search(value)) and not _SUBSTITUTE_WORD.search(value)
    if role == "tjänsteman":
        return not _PARTY_PAREN.search(value) and "," in value
    return person


def _two_sided_split(text: str) -> int | None:
    """The index of the first cell of the right-hand list in a header row of two lists side by side ("Beslutande |
    Parti | Roll | Ej tjänstgörande ersättare | Parti"), or None for any other line.  Each half must head a list
    of its own, with a party column; the right half opens with its name column."""
    cells = text.split("\t")
    if sum(1 for c in cells if c.strip().casefold() in _PARTY_COLS) < 2:
        return None
    at = [(c.strip(), 0) for c in cells]
    for k in range(2, len(cells) - 1):
        head = at[k][0].casefold()
        if _other_column(head) or head in _PARTY_COLS or head in _TITLE_COLS:
            continue  # the right half opens with its name column
        left, right = _table_header(at[:k]), _table_header(at[k:])
        if left is not None and right is not None and not right.party_first and \
                any(c.casefold() in _PARTY_COLS for c, _ in at[:k]) and \
                any(c.casefold() in _PARTY_COLS for c, _ in at[k:]):
            return k
    return None


def _two_sided_tables_apart(lines: list[Line]) -> list[Line]:
    """The lines with each table of two lists side by side split in two: the left list's rows first, then the
    right list's header and rows, each as a table of its own.

    Why: a template that sets "Ej tjänstgörande ersättare | Parti" beside "Beslutande | Parti | Roll" in the same
    rows was read as one table, whose header lost its first cell as a label; the members' parties were read from
    the wrong side and the substitutes on the right got no role, or were lost.  Only TAB-separated rows, up to a
    line without a TAB or one opening with a heading, and none of them wider than the header."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        split = _two_sided_split(ln.text) if ln.text.count("\t") >= 3 else None
        if split is None:
            out.append(ln)
            k += 1
            continue
        j = k + 1
        while j < len(lines) and "\t" in lines[j].text and label_role(lines[j].text.split("\t", 1)[0].strip()) is None:
            j += 1
        if any(row.text.count("\t") > ln.text.count("\t") for row in lines[k:j]):
            # A row wider than the header ("Anna Ek | S | ordförande | Per Al | KD" under "Ledamöter | Parti |
            # Ersättare | Parti"): its cells do not stand under the headings, so the table is not split.
            out.extend(lines[k:j])
            k = j
            continue
        right: list[Line] = []
        for row in lines[k:j]:
            cells = row.text.split("\t")
            cut = len("\t".join(cells[:split])) if len(cells) > split else len(row.text)
            out.append(replace(row, text=row.text[:cut], end=row.start + cut))
            rest = row.text[cut + 1:]
            if rest.strip():
                right.append(replace(row, text=rest, start=row.start + cut + 1))
        out.extend(right)
        k = j
    return out


def _unstacked(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Headings printed as a block before their values, as a text export without layout gives a label column
    ("Plats och tid" / "Beslutande ledamöter" / "Tjänstgörande ersättare" / the place / the names …): each
    heading moved over the values that belong to it, in order.

    A value goes to the current heading while it fits there and to the next one once it fits that and not
    the current; as many values as headings pair one by one. A heading without a role of its own
    ("Beslutande" over "Ledamöter") and signature labels over dotted lines or a different number of names
    (read by the pending labels) are left as they are. Also returns the ids of the headings moved: the values
    below them are theirs, the names above them are not.
    """
    out: list[Line] = []
    moved: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_heading_only(lines[j].text) and not CELL_SPLIT.search(lines[j].text.strip()):
            j += 1
        roles = [label_role(ln.text.strip())[0] for ln in lines[i:j]]  # type: ignore[index]
        k = j
        while len(roles) > 1 and k < len(lines) and not _is_heading_only(lines[k].text) and \
                not lines[k].blank_before and not _DOTS.match(lines[k].text) and \
                not CELL_SPLIT.search(lines[k].text.strip()):
            k += 1
        heads, values = lines[i:j], lines[j:k]
        if len(roles) < 2 or "" in roles or not values or \
                (all(r in _SIGNATURE_ROLES for r in roles) and len(values) != len(roles)):
            out.extend(lines[i:max(j, i + 1)])
            i = max(j, i + 1)
            continue
        groups: list[list[Line]] = [[] for _ in heads]
        if len(values) == len(heads):
            for g, v in zip(groups, values, strict=True):
                g.append(v)
        else:
            at = 0
            for v in values:
                while at + 1 < len(heads) and not _fits(roles[at], v.text) and _fits(roles[at + 1], v.text):
                    at += 1
                groups[at].append(v)
        for head, group in zip(heads, groups, strict=True):
            out.append(head)
            moved.add(id(head))
            out.extend(group)
        i = k
    return out, moved


def _tab_columns(ln: Line, cells: list[tuple[str, int]], source: str) -> list[int]:
    """The table column of each cell of a line whose cells the loader separated by one TAB each: empty cells
    (also those at the start of the line, which the line's text has lost) still count, so that a name under the
    third heading of "Ordförande<TAB>Vice ordförande<TAB>Ledamöter" is in the third column however many cells
    to its left are empty."""
    if not source or "   " in ln.text:
        return list(range(len(cells)))
    line_start = max(source.rfind("\n", 0, ln.start), source.rfind("\f", 0, ln.start)) + 1
    lead = source.count("\t", line_start, ln.start)
    if not lead and "\t" not in ln.text:
        return list(range(len(cells)))
    return [lead + ln.text.count("\t", 0, start - ln.start) for _, start in cells]


_PRESIDIUM = ("ordförande", "vice ordförande")


def _fixed_width_columns(ln: Line, cells: list[tuple[str, int]], source: str,
                         heads: list[int] | None) -> list[int] | None:
    """The column of each cell of a fixed-width row under a row of headings, by where the headings start; None for
    a row with TABs (``_tab_columns`` reads those) or without such headings.

    Why: a row of a text export whose label column is empty ("Bo Ekvall (S)      Maja Stenlund (S)" under
    "Beslutande   Ledamöter   Tjänstgörande ersättare") has lost its leading cells, so counting its cells would
    put the substitute under "Ledamöter"."""
    if not heads or "\t" in ln.text or "   " not in ln.text:
        return None
    return _char_columns(cells, source, heads)


def _char_heads(cells: list[tuple[str, int]], source: str, heads: list[int] | None) -> list[int] | None:
    """Where the headings of lists set side by side in a fixed-width text start ("Beslutande<spaces>Närvarande
    ersättare"): from a row of two or more headings and nothing else, until a heading other than a presidium
    label stands in the first column (the next part of the first page)."""
    present = [(c, at) for c, at in cells if c]
    if not source or not present:
        return heads
    if len(present) >= 2 and all(_is_heading_only(c) for c, _ in present):
        if any("\t" in source[at - _column(source, at): at] for _c, at in present[:1]):
            return None  # TAB-separated cells: _tab_columns reads those
        return [_column(source, at) for _c, at in present]
    if heads is not None:
        lab = label_role(present[0][0])
        if lab is not None and lab[0] not in _PRESIDIUM and _column(source, present[0][1]) < heads[1]:
            return None
    return heads


def _heads_after_wrapped_label(ln: Line, wrapped: dict[int, str | None], heads: list[int] | None) -> list[int] | None:
    """The side-by-side list headings of ``_char_heads``, ended by a heading wrapped in the first column
    ("Ersättare, ej" / "tjänstgörande") as a heading on one line ends them.

    Why: the first line of a wrapped heading is no heading alone, so the names beside it kept the role of the list
    heading above them in the second column ("Tjänstgörande ersättare")."""
    if heads is not None and id(ln) in wrapped and wrapped[id(ln)] not in _PRESIDIUM:
        return None
    return heads


def _column(source: str, at: int) -> int:
    """The character column of offset ``at`` in its line of ``source``."""
    return at - max(source.rfind("\n", 0, at), source.rfind("\f", 0, at)) - 1


def _char_columns(cells: list[tuple[str, int]], source: str, heads: list[int]) -> list[int]:
    """The list each cell of a fixed-width row belongs to: the last heading that starts at or before it (two
    characters of slack for a ragged edge)."""
    out = []
    for _c, at in cells:
        col = _column(source, at)
        out.append(max((i for i, h in enumerate(heads) if h <= col + 2), default=0))
    return out


# A signature label over its dotted line in a column of signatures ("Sekreterare ……"), or the column's heading
# "Underskrifter".  Capitalised and dotted: a role cell beside a name ("Anna Ek (S)<TAB>ordförande") is none.
_SIGNATURE_COLUMN_LABEL = re.compile(r"^(?:(?:Ordförande|Sekreterare|Justerare|Justerande)[ \t]*[.…_]{3,}|"
                                     r"Underskrifter?)[ \t]*$")
_ATTENDANCE_HEADINGS = ("", "ledamot", "ersättare", "tjänstgörande ersättare", "tjänsteman")


def _signature_column_apart(lines: list[Line]) -> list[Line]:
    """A first page set in two columns, the attendance on the left and the signature block on the right, that the
    text layer gives row by row ("Anders Holm (M), ordförande<TAB>Sekreterare ……"): the left cells first, then
    the right ones, each cell a line of its own.

    Why: read row by row, the names under the signature labels stood beside the attendance entries, so the
    attendance headings' roles went to the signatories ("Leila Haddad" under "Justerande" beside "Ej tjänstgörande
    ersättare" became an ersättare) and the signature labels' roles to the members beside them.  Only a run of
    rows split by one TAB each, on one page, whose right cells hold two or more dotted signature labels and whose
    left cells hold an attendance heading and no signature label (side-by-side signature rows keep their layout)."""
    start = next((i for i, ln in enumerate(lines) if ln.text.count("\t") == 1
                  and _SIGNATURE_COLUMN_LABEL.match(ln.text.split("\t")[1].strip())), None)
    if start is None:
        return lines
    end = start
    while end < len(lines) and lines[end].text.count("\t") <= 1 and lines[end].page == lines[start].page:
        end += 1
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines[start:end]:
        cell, tab, rest = ln.text.partition("\t")
        left.append(Line(cell, ln.start, ln.start + len(cell), ln.page, ln.blank_before))
        if tab and rest.strip():
            at = ln.start + len(cell) + 1
            right.append(Line(rest, at, at + len(rest), ln.page, not right))
    labels = [ln for ln in right if _SIGNATURE_COLUMN_LABEL.match(ln.text.strip()) and "Underskrift" not in ln.text]
    headings = [lab[0] for ln in left if (lab := label_role(ln.text.strip())) is not None]
    if len(labels) < 2 or not any(h in _ATTENDANCE_HEADINGS for h in headings) or \
            any(h in _SIGNATURE_ROLES for h in headings):
        return lines
    return [*lines[:start], *[ln for ln in left if ln.text.strip()], *right, *lines[end:]]


# "Roger Fält (S) ........ vice ordförande", "Sara Wiklund ....... enhetschef": a name (with its party), dot leaders
# and a lower-case role or title after them.  Not a signature line ("Sekreterare ....... Paragrafer 21-24").
_LEADER_ENTRY = re.compile(r"^([A-ZÅÄÖÉ][\w-]+(?: [A-ZÅÄÖÉ][\w-]+){1,3}(?: ?\([A-Za-zÅÄÖåäö]{1,4}\))?)"
                           r"([ \t]*(?:\.{3,}|…+)[ \t]*)(?=[a-zåäö1-2])")


def _leader_as_comma(cell: str) -> str:
    """A cell whose dot leaders separate a name from its role read as "Name (P), role": the leader is replaced by
    a comma and spaces of the same length, so that offsets in the cell stay the same.

    Why: with single spaces around the dots the entry is one cell, and the role or title after the leader was
    read as no role (members became plain names, staff got no tjänsteman)."""
    if "..." not in cell and "…" not in cell:
        return cell
    m = _LEADER_ENTRY.match(cell)
    if m is None:
        return cell
    return cell[:m.start(2)] + "," + " " * (len(m.group(2)) - 1) + cell[m.end(2):]


def parse_attendance(lines: list[Line], att: Attendance | None = None, source: str = "") -> Attendance:
    """Read attendance lists and signature blocks: headings, "Name (P), role" entries, tables with a party
    column, and names under (or over) signature labels.  ``source`` (the document's text) places the cells of a
    table whose leading cells are empty in their columns."""
    att = att or Attendance()
    lines = [_signature_word_label_row(_unbulleted_signature_label(_spelt_substitution(ln))) for ln in lines]
    lines, moved = _unstacked(_signature_column_apart(lines))
    lines = _two_sided_tables_apart(lines)
    column_role: dict[int, str | None] = {}
    last_role: str | None = None  # the role of the latest heading, for cells in a column without one
    pending: list[str | None] = []  # signature labels waiting for the names below them
    pending_cols: list[int] = []  # the columns of those labels, where each stands in a cell of its own
    last_names: list[tuple[str, int, int]] = []
    last_text = ""  # the line that named ``last_names``
    last_assigned: list[str | None] = []
    assigned_names: list[str] = []  # the names that got the pending labels, in order
    paired_names: list[str] = []  # the names of the line before that got the pending labels, also one to one
    paired_spans: list[tuple[str, int, int]] = []  # the same names with where they stand, for captions by column
    current_party: str | None = None
    table: _Table | None = None
    party_cols: list[str] | None = None  # the parties heading the columns of a table by party
    party_row: list[PersonInfo | None] = []
    by_column = False  # under a header row with a column per role
    char_heads: list[int] | None = None  # where the headings of a fixed-width row of lists start
    _read_role_legend(lines, att)
    _read_word_legend(lines, att)
    _read_star_legend(lines, att)
    wrapped = {**_label_tail_below(lines), **_wrapped_column_labels(lines)}
    presence = False  # under a heading of those present without a role of its own ("Närvarande ej beslutande")
    signed_role: str | None = None  # the signature label of the line before, with a bare name beside it
    prev_text = ""  # the line before, for a substitution cell that ends it ("tjänstgör för")
    # The names signed under a lone "Justeras" heading, while its signatures go on (None: no such heading open).
    under_justeras: list[str] | None = None
    adjusters: list[str] = []
    justeras_row: list[str] = []  # the names of the row just read under it
    for ln in lines:
        prev_signed, signed_role = signed_role, None
        sub_above, prev_text = _substitute_awaiting_member(prev_text, att), ln.text
        if _DOTS.match(ln.text) or _address_line(ln.text):
            continue
        if _CONTENTS_ENTRY.match(ln.text):
            # A title in the table of contents names no one present, and the signature labels above it (the
            # first page's "Justerande") are no labels of a name in it (why: a person named in a title took them).
            pending, pending_cols = [], []
            continue
        cells = _cells(ln)
        if ". " in ln.text and ":" in ln.text:
            cells = _run_in(cells)
        if ". " in ln.text:
            cells = _signature_run_in(cells)
        if ln.text.count(":") > 1:
            cells = _colon_signature_run_in(cells)
        cells = _justified_value_cells(_justified_label_cells(cells))
        if (cols := _party_header(cells)) is not None:
            party_cols, party_row = cols, []
            continue
        if party_cols is not None:
            row = _party_column_row(party_cols, cells, last_role, party_row, att)
            if row is not None:
                party_row = row
                continue
            party_cols = None
        if table is not None and table.signing and _signing_detail_row(cells):
            continue  # "anna.ek@kommun.se   Signerat med BankID" under a signer's row
        cells = _split_vote_heads(cells)
        if _signer_row(cells, att):
            continue
        # (Each of the three wants two cells with text or more, so a line of one cell, as most are, heads no table.)
        header = _table_header(cells) or _presence_check_header(cells) or _signing_log_header(cells) \
            if len(cells) > 1 else None
        if header is None and "  " in ln.text and any("  " in c for c, _ in cells):
            # A fixed-width table's header, its columns two spaces apart ("Ledamöter   Parti  Anm."): its rows are
            # still read by the wider gaps, which a short heading leaves narrower than its column.
            narrow = _cells(ln, _NARROW_SPLIT)
            if (header := _table_header(narrow)) is not None:
                cells = narrow
        if header is None and (spaced := _spaced_heading_cells(cells)) is not None and \
                (header := _table_header(spaced)) is not None:
            cells = spaced  # "Parti Närv." one space apart in a fixed-width header
        if header is None and table is None and (split := _joined_heading_cells(cells)) is not None:
            if (header := _table_header(split)) is not None:
                cells = split
        header = _without_label_column(cells, header)
        if header:
            table = _voting_list_header(cells, header)  # the header's own labels still set the column roles below
            table.role_first = _role_column_first(cells)
            table.seat_columns = _seat_columns_header(cells)
        elif table is not None and (led := _role_led_row(table, cells)) is not None:
            if _table_row(table, led[1], led[0], att):
                continue
            table = None
        elif table is not None:
            present = [c for c, _ in cells if c.strip()]
            if _wrapped_role_tail(table, present, att):
                continue
            if (block := _party_block_heading(present)) is not None:
                table.group_party = block or None  # the rows below are this party's
                continue
            lab = label_role(present[0]) if len(present) == 1 else None
            if lab is not None and lab[1] >= len(present[0]) - 1:
                # A section row inside the table ("Beslutande ledamöter", "Ersättare"): the table goes on.
                last_role = lab[0] if lab[0] not in ("", "-") else None
                table.last_party = None  # a new list: an indented row under it continues no row above
                # The new heading replaces the one above the table: a row below that ends the table ("Lennart Ek
                # (S), Anna Sidén (M)" under "Ej tjänstgörande ersättare") takes its role, not the older heading's.
                column_role.clear()
                if table.name_roles == ["-"] and last_role is not None:
                    # A group row of a voting list's own ("Ledamöter", "Tjänstgörande ersättare") under its header:
                    # the list's names are its rows, so its rows take the group's role and the table goes on (the
                    # substitutes' rows keep their party column).
                    table = replace(table, name_roles=[None])
                if not _leaves_table(table, last_role) and not _heading_over_running_list(ln, lines, last_role):
                    continue
                table = None  # read below as the heading of a list of its own
            if _table_row(table, _noted_name_party_apart(cells), last_role, att, _continues_row(cells, source)):
                continue
            table = None
        if table is None and not by_column:
            cells = _role_cells_joined(cells, lower_only=bool(char_heads))
        if table is None and (beside := _label_beside_row(cells)) is not None:
            role, rest, row = beside
            if _table_row(row, rest, role, att):
                last_role = column_role[0] = role
                current_party = None
                continue
        cells = _slid_second_column(_party_comma_cells(_noted_name_party_apart(cells)), column_role)
        if (row := _headerless_row(cells, last_role)) is not None and _table_row(row, cells, last_role, att):
            continue
        column_heading = by_column and _new_column_heading(cells)
        if not column_heading and (row := _partied_name_role_row(cells)) is not None and \
                _table_row(row, cells, last_role, att):
            continue
        if (first := _party_first_row(cells)) is not None and _table_row(first[0], cells, last_role, att):
            current_party = first[1]  # an indented row below without a party cell is this party's
            continue
        if _column_words_row(cells) or _agenda_heading_row(cells):
            continue
        if _roleless_label_row(cells, att):
            continue  # "Kaj Mattsson<TAB>D<TAB>Insynsplats": the label is the row's, not a heading
        if (row := _numbered_headerless_row(cells, last_role)) is not None and \
                _table_row(row, cells, last_role, att):
            continue
        names_here: list[tuple[str, int, int]] = []
        labels_here: list[str | None] = []
        label_starts: list[int] = []  # where each of labels_here stands in the source
        line_role: str | None = None
        line_has_label = False
        restated = False  # the line's label restates the first of the labels waiting above (see below)
        cell_first: PersonInfo | None = None  # the first person of the cell before, for a party cell beside it
        unnamed: list[int] = []  # columns of this line headed by a label without a role ("Beslutande")
        label_cols: list[int] = []  # columns this line gives a role
        # The column roles before this line: a row of captions under the names above is theirs, no heading.
        roles_before = (dict(column_role), last_role)
        present = [c for c, _ in cells if c.strip()]
        if any(label_role(c) for c in present) and not (column_heading and label_role(present[0]) is None):
            # (A new heading lower in one column of such a table keeps its columns: see _new_column_heading.)
            # A row of three or more headings and nothing else heads a table with a column per role: its rows
            # are read by their true columns.  A label column beside its values ("Beslutande<TAB>Anna Ek (S)"),
            # with the values' lines indented under it, is not.
            by_column = len(present) >= 3 and all(_is_heading_only(c) for c in present)
        char_heads = _char_heads(cells, source, char_heads)
        char_heads = _heads_after_wrapped_label(ln, wrapped, char_heads)
        columns = _fixed_width_columns(ln, cells, source, char_heads) if by_column else None
        columns = columns if columns is not None else _tab_columns(ln, cells, source) if by_column else \
            _char_columns(cells, source, char_heads) if char_heads else range(len(cells))
        label_col = -1
        saved = (dict(column_role), last_role) if char_heads else None
        continued = _signature_continuation(ln, cells, source, prev_signed)
        for col, (cell, cstart) in zip(columns, cells, strict=True):
            if not cell or _DOTS.match(cell):
                continue
            if ("undantag" in cell or "utom" in cell) and "tjänstg" in cell:  # tjänstgör, tjänstgjorde
                cell, cstart = _serving_for_excepted(cell, cstart, att, names_here)
                if not cell:
                    continue
            if ("ersatt" in cell or "ersätts" in cell) and (pairs := _respective(cell, cstart, att)) is not None:
                # "Frånvarande ledamöterna A och B ersattes av C respektive D. E för F …": the pairs first, the
                # rest of the cell as entries under the current heading.
                found, end = pairs
                names_here.extend(found)
                rest = cell[end:]
                cell = rest.lstrip(". ")
                cstart += end + len(rest) - len(cell)
                if not cell:
                    continue
            lab = label_role(cell) or _member_label_cell(cell, cstart, cells)
            if id(ln) in wrapped and (cell, cstart) == cells[0]:
                # (a heading's tail closed by its colon may have its value in the same cell: "tjänstgörande:  Eva Ek")
                lab = (wrapped[id(ln)], tail.end() if (tail := _COLON_LABEL_TAIL.match(cell)) else len(cell))
            if lab is not None and lab[0] == "-" and _justeras_heading(cell, cells):
                lab = ("justerare", len(cell))
            elif lab is not None and lab[0] == "-" and _lone_justerat_heading(cells):
                column_role.clear()  # the labels above (a secretary's "Vid protokollet") end here
                last_role = None
            cell_offset = cstart
            if lab is not None:
                presence = _presence_heading(cell, lab[0])
                role, n = lab
                rest = cell[n:]
                # (Also after the first heading's colon, "Underskrifter: Sekreterare A"; why: the colon hid the second
                # heading, and the secretary lost her role.)
                after_colon = rest.strip().removeprefix(":").strip() if role == "-" else rest.strip()
                lab2 = label_role(after_colon)
                if lab2 is not None and lab2[0] not in ("", "-"):
                    # "Underskrifter Sekreterare": the second heading is the one that gives a role.
                    role = lab2[0]
                    rest = after_colon[lab2[1]:]
                elif role == "-" and (colon := _LEADING_COLON.match(rest)):
                    # "Underskrifter: Anna Ek, sekreterare · Bo Lind, ordförande": the signature after the label's
                    # colon is name and role (why: the colon was read into the name, and the secretary lost her role).
                    rest = rest[colon.end():]
                value = None if role == "" else role
                if value not in (None, "-"):
                    # A list heading ends the meta labels of earlier lines in the other columns ("PROTOKOLL<TAB>
                    # Sammanträdesdatum …" above "Närvarande ledamöter"): a second column of names under it (a
                    # two-column list flattened into "Anna Ek (C)<TAB>Per Berg (M)") is the heading's, not theirs.
                    for k in [k for k, v in column_role.items() if v == "-" and k != col and k not in label_cols]:
                        del column_role[k]
                column_role[col] = value
                label_cols.append(col)
                if value == "ledamot":
                    # "Beslutande   Ledamöter:" with the names below both: the second heading names the
                    # role of the first, which gives none of its own ("Beslutande   Ersättare" are two lists).
                    for before in unnamed:
                        column_role[before] = value
                    unnamed = []
                elif value is None:
                    unnamed.append(col)
                current_party = None  # a new heading ends a group of names under a party
                line_role, line_has_label, label_col = value, True, col
                # "Vid protokollet   Ordförande   Justerare" over "Sekreterare Eva Ek   Bo Lind   Ida Ås": the
                # first name's own label restates the first label waiting above; the other names are the other
                # labels' (why: the label was read as the whole line's, so chair and adjuster became secretaries).
                restated = len(pending) > 1 and value == pending[0] and (cell, cstart) == cells[0] and \
                    bool(rest.strip()) and len([c for c, _ in cells if c.strip()]) == len(pending)
                last_role = value if value != "-" else last_role
                labels_here.append(value if value != "-" else None)
                label_starts.append(cstart)
                cell_offset = cstart + (len(cell) - len(rest))
                cell = rest
                if not cell.strip() or _DOTS.match(cell.strip()):
                    continue
            if sub_above is not None and _one_value_cell(cells) and \
                    _replaced_member_below(att, cell, cell_offset, sub_above):
                sub_above = None
                continue
            if line_has_label and not (char_heads and col != label_col) and not (restated and col != label_col):
                if line_role == "-":
                    # "Underskrifter<TAB>Eva Sundin, ordförande<TAB>Sara Lönn, sekreterare": a signature as name
                    # and role; any other value of "Plats och tid", "Organ", "Paragrafer" … names no people.
                    signed = _SIGNED_AS.match(cell)
                    if signed and _looks_like_name(signed.group(1)) and (role := _signature_label(signed.group(2))):
                        names_here.extend(_entries(signed.group(1), cell_offset, role, att))
                    continue
                if line_role == "justerare" and names_here and (note := _RESERVE_AFTER_NAME.match(cell)) and \
                        not cell[note.end():].strip(" .,"):
                    # "Justerare: A (M) med B (V)<TAB>som ersättare": the reserve's note in a column of its own (a
                    # PDF's text layer split the line), so the name before it is the reserve, no adjuster (why: read
                    # in its own cell, the note was lost and B kept the justerare role).
                    reserve = att.people.get(names_here[-1][0])
                    if reserve is not None and "justerare" in reserve.roles:
                        reserve.roles.remove("justerare")
                    continue
                for piece, at, piece_role in _groups_of(cell, line_role):
                    found = _entries(piece, cell_offset + at, piece_role, att)
                    _keep_presidium_label(found, line_role, att)
                    names_here.extend(found)
                current_party = None
                continue
            lone = _LONE_PARTY.match(cell)
            if lone and cell_first is not None and cell_first.party is None:
                # "Lena Holmér tjg för Nils Bäck (KD)   (KD)": the party column beside an entry is its first person's.
                cell_first.party = canonical_party(lone.group(1))
                cell_first = None
                continue
            cell_first = None
            line_party = None
            if (prefix := _party_prefix(cell)) is not None:
                # "S: Ulla Berg (ordf.), Kent Lid": the party before a colon is every name's on the line.
                line_party, cell, cell_offset = prefix[0], cell[prefix[1]:], cell_offset + prefix[1]
            group = _party_group(cell) or _party_code_cell(cell, col, cells)
            if group:
                # "Socialdemokraterna   Ulla Berg, ordförande" / "Kenneth Åström": names grouped by party.
                current_party = group
                if not by_column and not char_heads:
                    _roles_beside_group(column_role, col, len(cells), last_role)
                continue
            if _local_party_code_cell(cell, col, cells):
                current_party = None  # "SJVP<TAB>Bengt Aho": a party the gazetteer does not know, no code above's
                continue
            role = column_role.get(col, last_role)
            role = None if role == "-" else role
            if _replaced_under_substitute(att, cell, cell_offset, role):
                continue
            # A list heading (Ledamöter, Ersättare …) holds for the lines below it; a signature label
            # (Ordförande, Justerare …) only for entries with a party, bare names get it from pending labels.
            bare = role if role not in _SIGNATURE_ROLES or role == continued else None
            n_before = len(names_here)
            for piece, at, piece_role in _listed_groups(cell, role, presence):
                names_here.extend(_entries(piece, cell_offset + at, piece_role, att,
                                           bare_role=bare if piece_role == role else piece_role,
                                           party=line_party or current_party))
            if len(names_here) > n_before:
                cell_first = att.people.get(names_here[n_before][0])
        if _lone_justerat_heading(cells):
            under_justeras, justeras_row = adjusters, []
        elif under_justeras is not None:
            if names_here and not line_has_label:
                justeras_row = [name for name, _, _ in names_here]
                under_justeras.extend(justeras_row)
            else:
                # A line of other text or labels ends the signatures; captions right under a row of names are
                # those names' own roles, and a name left without one there stays without.
                if line_has_label and justeras_row:
                    del under_justeras[len(under_justeras) - len(justeras_row):]
                under_justeras = None
        if label_cols and not by_column and not char_heads and set(labels_here) <= _SIGNATURE_ROLES:
            _forget_other_signature_columns(column_role, label_cols)
        if saved is not None and names_here and line_role in _PRESIDIUM and saved[0].get(label_col, "") is None:
            # "Ordförande   Anna Ek (C)" in the label column of a list headed "Beslutande": the label is the role
            # of its own row only, the rows below are the heading's.
            column_role, last_role = saved
        if pending and line_has_label and not names_here and line_role == "-" and len(labels_here) == 1:
            # "Sekreterare ……" / "Paragrafer 18–21" / "Eva Ek": a fact of the meeting printed beside the signature
            # line, which a page's text layer gives between the label and its name (why: it cleared the label
            # waiting for the name, and the secretary lost her role).  The label still waits.
            continue
        beside_list = _list_beside_signature(labels_here)
        if beside_list:
            # "Övriga närvarande<TAB>Utses att justera" over "Eva Ek, ekonom<TAB>Bo Lind": a list's heading beside the
            # signature label keeps its column, so that the label pairs with the name under it alone (why: the
            # official in the list's column became a justerare too).  It labels the names below, not the row of
            # names above ("Eva Ek (S) tjg för Bo Al (S)" / "Övriga deltagare<TAB>Justerare").
            labels_here = [r if r in _SIGNATURE_ROLES else None for r in labels_here]
        else:
            labels_here = [r for r in labels_here if r in _SIGNATURE_ROLES] if labels_here else labels_here
        if line_has_label and not names_here:
            dotted = "..." in ln.text or "___" in ln.text  # a signature line: the name stands below it
            if labels_here and labels_here == last_assigned:
                # "Vid protokollet / Tove Lennartsson / sekreterare": the label under the name repeats it.
                last_assigned = []
                continue
            under = [_signature_label(c) for c, _ in cells if c.strip()]
            if len(assigned_names) < 2 and _captions_under(cells, paired_names):
                assigned_names = paired_names  # lower-case captions under the names just labelled correct them
            if len(assigned_names) > 1 and len(under) == len(assigned_names) and all(under):
                # "Vid protokollet   Justeras" / three names / "Nämndsekreterare   Ordförande   Justerare": the
                # labels under the names are each one's own; the headings above gave them only for want of these.
                for name, old, new in zip(assigned_names, last_assigned, under, strict=False):
                    p = att.people[name]
                    if old and old != new and old in p.roles:
                        p.roles.remove(old)
                    p.add_role(new)
                if _captions_under(cells, paired_names):
                    # Lower-case captions under the names ("Jan Berg" over "ordförande") are theirs and head no
                    # column: the next row of names (the adjusters, each with a party) did not take the chair's
                    # caption of its column.  The roles before the row hold again.
                    column_role, last_role = roles_before
                last_assigned, assigned_names, pending, last_names = [], [], [], []
                continue
            if 1 < len(under) < len(assigned_names) and all(c.strip()[:1].islower() for c, _ in cells if c.strip()) \
                    and (pairs := _labels_in_name_columns(cells, paired_spans, source)):
                # "Vid protokollet   Justerat" / "Eva Ek   Lars Berg   Sara Lind" / "   ordförande   justerare": the
                # lower-case captions under some of the names, each in its name's column, are those names' own
                # roles, not the heading's that spanned them all (why: the chair and the adjuster became
                # secretaries, and the captions, read as labels over the next line, gave a name below the chair's
                # role).  The names without a caption keep the heading's.
                for name, new in pairs:
                    old = last_assigned[assigned_names.index(name)] if name in assigned_names else None
                    p = att.people[name]
                    if old and old != new and old in p.roles:
                        p.roles.remove(old)
                    p.add_role(new)
                last_assigned, assigned_names, pending, last_names = [], [], [], []
                continue
            if last_names and labels_here and len(labels_here) == len(last_names) and not dotted and \
                    not beside_list and id(ln) not in moved and not _titled_entry(last_text) and \
                    not _names_below_label(ln.text) and not _signed_under_own_label(last_text):
                # Names above their labels: "Lars-Göran Wester   Helena Ohlsson" / "ordförande   justerare".
                for (name, _, _), role in zip(last_names, labels_here, strict=False):
                    att.people[name].add_role(role)
                pending = []
            elif last_names and labels_here and len(labels_here) < len(last_names) and not dotted and \
                    id(ln) not in moved and not _titled_entry(last_text) and \
                    (pairs := _labels_in_name_columns(cells, last_names, source)):
                for name, role in pairs:
                    att.people[name].add_role(role)
                pending = []
            else:
                pending = _labels_by_column(cells, list(labels_here))
                pending_cols = [_column(source, at) for at in label_starts] \
                    if len(label_starts) == len(pending) else []
            last_names = []
            continue
        if names_here and pending and line_has_label and line_role in _SIGNATURE_ROLES and len(labels_here) == 1 \
                and not restated:
            # "Vid protokollet" over a table of signatures, each row its label beside its name ("Ordförande<TAB>Eva
            # Ek"): the row's own label names its signer, the heading above waits for no name (why: the chair in
            # the first row became the secretary too).
            pending = []
        if names_here and pending:
            # Labels that do not pair one-to-one with the names may be corrected by labels under them.
            assigned_names = [name for name, _, _ in names_here] if len(pending) != len(names_here) else []
            spanned = len(pending) < len(names_here)  # a heading spans more names than the labels
            if 1 < len(pending) < len(names_here) and len(pending_cols) == len(pending):
                pending = _labels_nearest_names(names_here, pending, pending_cols, source)
            if len(pending) == 1:
                pending = pending * len(names_here)  # "Justerande ....  ...." over two names
            elif pending[-1] == "justerare" and len(pending) < len(names_here):
                # "Vid protokollet   Justeras" over three names: the adjusters' heading spans the rest.
                pending = pending + [pending[-1]] * (len(names_here) - len(pending))
            for (name, _, end), role in zip(names_here, pending, strict=False):
                if spanned and role == "justerare" and "ordförande" in att.people[name].roles:
                    # The chair the list named signs under a "Justeras" spanning several names too, as chair, no
                    # adjuster (as under a lone "Justeras" heading: _signed_under_justeras).
                    continue
                if not _other_role_in_cell(source, end, role):
                    att.people[name].add_role(role)
            paired_names = [name for name, _, _ in names_here]
            paired_spans = list(names_here)
            last_assigned = pending[: len(names_here)]
            pending = []
            names_here = []  # these names have their label; none stands below them
        else:
            last_assigned, assigned_names, paired_names, paired_spans = [], [], [], []
        last_names = names_here
        last_text = ln.text
        if names_here and (line_role if line_has_label else continued) in _SIGNATURE_ROLES:
            signed_role = line_role if line_has_label else continued
    _serving_by_legend_mark(lines, att)
    _signed_under_justeras(adjusters, att)
    return att


def _signed_under_justeras(names: list[str], att: Attendance) -> None:
    """The names signed under a lone "Justeras"/"Justerat" heading that no label, caption or list made the chair or
    the secretary are ``justerare``: the chair signs there too, under his own role ("Anna Ek, ordförande   Per Berg
    (S)"), the adjusters under none.

    Why: the heading gave no role (so that the chair was no adjuster), and the adjusters without a caption under
    their names were no justerare.  Read after the whole block, so that captions under the names count."""
    for name in names:
        p = att.people.get(name)
        if p is not None and not {"ordförande", "sekreterare"} & set(p.roles):
            p.add_role("justerare")


# "X = tjänstgör, N = närvarande, ej tjänstgörande": a legend's mark for serving in a presence column per § or per
# item.  Not "ej tjänstgörande" (a mark for present without serving).
_SERVING_MARK = re.compile(r"(?:^|[,;(:]\s*)([A-ZÅÄÖ]{1,2}|[x✓✔])\s*=\s*tjänstgör(?:ande)?(?=\s*(?:[,;)]|$))")


def _serving_by_legend_mark(lines: list[Line], att: Attendance) -> None:
    """An ersättare whose table row holds the mark a legend explains as serving ("Ove Marklund  C  Ersättare  N  N
    X" under "X = tjänstgör, N = närvarande, ej tjänstgörande") served: tjänstgörande ersättare besides ersättare.

    Why: a table with a presence column per paragraph gives the substitute's role as plain "Ersättare" and tells
    where he or she served only by the marks, so the substitute who served in one paragraph was a plain ersättare.
    Only rows whose first cell names a known ersättare, and only with the legend on a line of the list."""
    mark = None
    for ln in lines:
        if "=" in ln.text and "tjänstgör" in ln.text and (m := _SERVING_MARK.search(ln.text)):
            mark = m.group(1)
            break
    if mark is None:
        return
    for ln in lines:
        if "\t" not in ln.text:
            continue
        cells = [c.strip() for c in ln.text.split("\t")]
        p = att.people.get(cells[0])
        if p is not None and "ersättare" in p.roles and mark in cells[1:]:
            p.add_role("tjänstgörande ersättare")


def _signature_continuation(ln: Line, cells: list[tuple[str, int]], source: str, prev_signed: str | None) -> str | None:
    """The signature label of the line before (``prev_signed``) where this line goes on its value column: an
    indented line of one cell and no label under "Justerare<TAB>Birgitta Holm" ("<TAB>Olle Wiik"), else None.

    Why: a signature label gives its role to a bare name only on its own line (a bare name on a line of its own is
    read from the labels pending above or below it), so the second adjuster or the chair of some paragraphs
    ("Ordförande<TAB>Kent Lindgren § 39" / "<TAB>Margareta Öhrn § 38") got no role."""
    if prev_signed is None or len(cells) != 1 or not ln.start or label_role(cells[0][0]):
        return None
    return prev_signed if _indented(source, ln.start) else None


# A cell that ends with a name's party in brackets: "Karin Ådahl (M)", "Beslutande Maria Lindholm (S)".
_ENDS_WITH_PARTY = re.compile(r"[^\W\d_][\w-]*[ \u00a0]+[^\W\d_][\w-]*[ \u00a0]*\(([A-Za-zÅÄÖåäö]{1,4})\)$")
# What may follow a role word in a role cell: the paragraphs or a note after a comma, or the member served for, also
# in brackets: "Tjänstgörande ersättare (ersätter Per Ek (L))" (why: that cell was read alone, as a heading, and
# its role went to the member served for).
_ROLE_CELL_REST = re.compile(r"\s*(?:$|,|för\s|i\s+stället\s+för\s|\(\s*(?:ersätter|för|istf\.?|i\s+stället\s+för)\s)",
                             re.I)


def _party_code(code: str) -> bool:
    """Whether the brackets after a name hold a party: a national one, or a local party's code in capitals
    ("Lars Østergaard (BP)" of Bjärepartiet).

    Why: a member of a local party, with his role in the cell beside him, got no role at all."""
    return canonical_party(code) is not None or (2 <= len(code) <= 4 and code.isupper())


def _spread_role_words_joined(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A role cell that a PDF's justified line spread into one cell a word ("Fredrik Ström (M)<TAB>Tjänstgörande
    <TAB>ersättare<TAB>för<TAB>Oskar") as one cell again, when the words after a "Name (P)" cell read as a role
    or a substitution together.

    Why: the wide spaces of a justified cell came out as column gaps, and no single word was a role."""
    present = [(c, s) for c, s in cells if c]
    # (Only a cell's end is searched: the pattern tried at every start of a long word takes quadratic time.)
    at = next((i for i, (c, _) in enumerate(present) if c.endswith(")") and _ENDS_WITH_PARTY.search(c[-80:])), None)
    if at is None:
        return cells
    words = present[at + 1:]
    # Single words but the last, which may hold the rest of a name ("Oskar  Hedlund (M)").
    if len(words) < 3 or any(" " in c.strip() or "\u00a0" in c for c, _ in words[:-1]):
        return cells
    joined = words[0][0]
    for c, start in words[1:]:  # padded to keep each word at its offset
        joined += " " * max(1, start - words[0][1] - len(joined)) + c
    role = _INLINE_ROLE.match(joined)
    if not ((role is not None and role.start(1) == 0) or _SUBSTITUTE.match(joined)):
        return cells
    first = cells.index(words[0])
    return [*cells[:first], (joined, words[0][1])]


def _role_cells_joined(cells: list[tuple[str, int]], lower_only: bool = False) -> list[tuple[str, int]]:
    """The cells of a list row with a role cell (or a substitution cell) last, beside a "Name (P)" cell, joined to
    it: "Claes Isaksson (S)<TAB>1:e vice ordförande" is read as "Claes Isaksson (S), 1:e vice ordförande", and
    "Per Gustafsson (KD)<TAB>istf Ebba Lind (KD)" as one entry.  ``lower_only``: among lists set side by side, a
    capitalised role word may head the list to the right ("Ersättare"), so only a lower-case one is joined.

    Why: a two-column list (names left, roles right) was read cell by cell, and the role cell was taken for a
    heading: its role went to the names below it (and to the member served for), not to the name beside it."""
    if len(cells) < 2:
        return cells  # (most lines: no cell beside another to join, nor words spread over cells)
    cells = _spread_role_words_joined(cells)
    present = [(c, s) for c, s in cells if c]
    if len(present) < 2 or (m := _ENDS_WITH_PARTY.search(present[-2][0])) is None or not _party_code(m.group(1)):
        return cells
    cell = present[-1][0]
    role = _INLINE_ROLE.match(cell)
    if role is not None and role.start(1) == 0 and _ROLE_CELL_REST.match(cell, role.end()) and \
            not (lower_only and cell[:1].isupper()):
        joined = f"{present[-2][0]}, {cell}"
    elif _SUBSTITUTE.match(cell) and re.match(r"(?i)(?:istf|ersätter|i\s+stället|tjg|tjänstgör)", cell):
        joined = f"{present[-2][0]} {cell}"
    else:
        return cells
    at = cells.index(present[-2])
    return [*cells[:at], (joined, present[-2][1])]


# A Swedish postal address ("742 21 Östhammar") or a copyright notice: a web page's or a letterhead's footer.
def _signed_under_own_label(text: str) -> bool:
    """Whether a line names its people under a signature label of its own ("Justerare: Lisa Wennström (M)").

    Why: a label line below it ("Vid protokollet", with the secretary's name below) was read as the caption of the
    names above, so the adjuster became the secretary and the secretary below lost the role."""
    lab = label_role(text.strip())
    return lab is not None and lab[0] in _SIGNATURE_ROLES and bool(text.strip()[lab[1]:].strip(" :\t"))


# (Also a street with its number and no postal code: "Stadshuset, Kungs torg 4 · Kontakta oss", "Lillgatan 3";
# why: a web page's footer so written made the street's genitive "Kungs"-like words a person's name.)
_ADDRESS = re.compile(r"(?<!\d)\d{3}[ \u00a0]\d{2}[ \u00a0]+[A-ZÅÄÖ][a-zåäö]|©|"
                      r"(?:[a-zåäö]|\b[A-ZÅÄÖ][a-zåäö]+s )(?:torg|gata|gatan|väg|vägen|gränd|allé|platsen)"
                      r"[ \u00a0]\d{1,4}[A-Za-z]?\b")


def _address_line(text: str) -> bool:
    """Whether a line is a postal address or a copyright line, which names no people.

    Why: a portal's footer ("© Östhammars kommun Stångörsgatan 10, 742 21 Östhammar Senast uppdaterad …") after
    the signatures was read as entries under the last heading, and the town and the next word made a name."""
    # (Every match of ``_ADDRESS`` holds a decimal digit or "©", so a line without one is none, found at C speed.)
    return _ADDRESS_HINT.search(text) is not None and _ADDRESS.search(text) is not None


_ADDRESS_HINT = re.compile(r"[\d©]")


# A list entry of a name and the person's title or role after a comma: "Annelie Krantz, nämndsekreterare".
_TITLED_ENTRY = re.compile(r"^[A-ZÅÄÖÉ][^,\t]*,[ \t]*[a-zåäöé]")


def _titled_entry(text: str) -> bool:
    """Whether a line is one list entry with a title or role after the name ("Annelie Krantz, nämndsekreterare").

    Why: a heading below such a line ("Justerare" over "Henrik Palm") heads the names below it; the rule that reads
    names above their labels ("Lars-Göran Wester   Helena Ohlsson" / "ordförande   justerare") gave the entry
    above the heading's role.  Names above their labels stand alone, without a title beside them."""
    return bool(_TITLED_ENTRY.match(text.strip()))


# A label that appoints the people named after it: "Utses att justera", "Valda att justera".
_APPOINTING_LABEL = re.compile(r"(?i)^\s*(?:utses|utsedda?|valda?|väljs)\s+att\s+justera\b")


def _names_below_label(text: str) -> bool:
    """Whether a label line names the people below it, never the ones above ("Utses att justera").

    Why: a name alone on the line above it (the end of a note "… inträder Maria Fors (S).") was read as a
    signature name over its label and made a justerare."""
    return _APPOINTING_LABEL.match(text) is not None


# Where a labelled entry follows a sentence in the same cell: "… justerades 2024-04-19. Ordförande: Anna Ek.".
_RUN_IN = re.compile(r"(?<=\.)\s+(?=[A-ZÅÄÖ][^\W\d_]+(?:\s[^\W\d_]+){0,2}:)")


def _run_in(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a line with labelled entries run into one sentence each ("Ordförande: Anna Ek. Justerare: Eva
    Berg."): each labelled entry a cell of its own, so that each name gets its own label's role."""
    out: list[tuple[str, int]] = []
    for text, start in cells:
        pos = 0
        for m in _RUN_IN.finditer(text):
            lab = label_role(text[m.end():])
            if lab is not None and lab[0] not in ("", "-"):
                out.append((text[pos:m.start()], start + pos))
                pos = m.end()
        out.append((text[pos:], start + pos))
    return out


# Where a signature label without a colon follows a sentence in the same cell: "… Bo Lind (V). Ordförande Anna Ek
# (S). Vid protokollet Lars Isaksson." (the label's capital and a capitalised name after it).
_SIGNATURE_RUN_IN = re.compile(r"(?<=\.)\s+(?=(?:Ordförande|Sekreterare|Justerare|Vid\s+protokollet)\s+[A-ZÅÄÖÉ]"
                               r"[^\W\d_]+\s+[A-ZÅÄÖÉ])")


def _signature_run_in(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a closing line with signature labels run into its sentences without a colon ("Justerat
    2024-06-24: Anna Ek (M). Ordförande Bo Lind (S). Vid protokollet Lars Isaksson."): each labelled entry a cell
    of its own, so that each name gets its own label's role.

    Why: ``_run_in`` splits only before a label with a colon, so the chair and the secretary were read as more
    names of the first label's list."""
    out: list[tuple[str, int]] = []
    for text, start in cells:
        pos = 0
        for m in _SIGNATURE_RUN_IN.finditer(text):
            # With the chair and the secretary named by their own labels, the names after "Justerat <date>:" are the
            # adjusters only (where the line names no one else, the chair signs among them: no label is read).
            first = _JUSTERAT_DATED.sub(lambda j: "Justerare:".ljust(len(j.group())), text[pos:m.start()]) \
                if pos == 0 else text[pos:m.start()]
            out.append((first, start + pos))
            pos = m.end()
        out.append((text[pos:], start + pos))
    return out


# A signature label with a colon after a name on the same line, with no full stop between: "Sekreterare: Oskar Dahl
# Ordförande: Anders Ågren Justerare: Malin Lund".  Also after a party's bracket: "Ordförande: Bengt Rask (M)
# Sekreterare: Josefin Kull" (the secretary was read as a name of the chair's cell, and the chair got her role).
_COLON_SIGNATURE_RUN_IN = re.compile(r"(?<=[^\W\d_]|\))\s+(?=(?:Ordförande|Sekreterare|Justerare|Justerande|"
                                     r"Vid\s+protokollet):\s*[A-ZÅÄÖÉ])")


def _colon_signature_run_in(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a signature line whose labels with colons follow one another without a full stop ("Sekreterare:
    Oskar Dahl Ordförande: Anders Ågren Justerare: Malin Lund"): each labelled entry a cell of its own.

    Why: ``_run_in`` splits only after a full stop, so the next label was read as part of the name before it
    ("Oskar Dahl Ordförande") and every name got the first label's role."""
    out: list[tuple[str, int]] = []
    for text, start in cells:
        pos = 0
        for m in _COLON_SIGNATURE_RUN_IN.finditer(text):
            out.append((text[pos:m.start()], start + pos))
            pos = m.end()
        out.append((text[pos:], start + pos))
    return out


_JUSTERAT_DATED = re.compile(r"^\s*justerat?\s+(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}):", re.I)


def _party_header(cells: list[tuple[str, int]]) -> list[str] | None:
    """The header row of a table with one column per party ("S  M  KD  SD  C  L  V"): the parties in order."""
    present = [c for c, _ in cells if c]
    if len(present) < 3 or any(len(c) > 5 for c in present):
        return None
    parties = [canonical_party(c) for c in present]
    return [p for p in parties if p] if all(parties) else None


_EMPTY_CELL = {"–", "-", "—"}


def _party_column_row(cols: list[str], cells: list[tuple[str, int]], role: str | None,
                      above: list[PersonInfo | None], att: Attendance) -> list[PersonInfo | None] | None:
    """One row of a table by party: the names under the parties, or the roles of the names above ("ordf.",
    "1:e vice ordf." on a line of their own).  None when the line is no such row (the table has ended).

    Text extraction drops empty cells, so the cells fill the columns from the left, as such tables are filled;
    two names run together in one cell ("Anders Nyqvist Magnus Ferm") are split where the row is short of cells.
    A name marked for a footnote ("Eva Lund*") gets only the party here: the footnote states the role.
    """
    present = [(c, s) for c, s in cells if c]
    if not present:
        return None
    if all(_is_role_cell(c) or c in _EMPTY_CELL for c, _ in present) and above:
        for p, (c, _) in zip(above, present, strict=False):
            m = _INLINE_ROLE.match(", " + c)
            if p is None or m is None:
                continue
            if role in p.roles:
                p.roles.remove(role)  # the presidium is not also in the list's role
            p.add_role(_role_word(m.group(1)))
        return above
    entries: list[tuple[str, int, bool] | None] = []
    for c, s in present:
        bare = c.rstrip("*")
        toks = bare.split()
        if c in _EMPTY_CELL:
            entries.append(None)
        elif len(toks) == 4 and len(present) < len(cols) and _looks_like_name(" ".join(toks[:2])) and \
                _looks_like_name(" ".join(toks[2:])):
            entries += [(" ".join(toks[:2]), s, False), (" ".join(toks[2:]), s + c.index(toks[2]), False)]
        elif _looks_like_name(bare):
            entries.append((bare, s, bare != c))
        else:
            return None
    if len(entries) > len(cols):
        return None
    row: list[PersonInfo | None] = []
    for entry, party in zip(entries, cols, strict=False):
        if entry is None:
            row.append(None)
            continue
        name, s, starred = entry
        row.append(att.add(name, party, None if starred else role, s, s + len(name)))
    return row


# A name's start in the cell beside a label: two capitalised words ("Lennart Hall (SD)").
_NAME_START = re.compile(r"[A-ZÅÄÖÉ][^\W\d_]+(?:-[^\W\d_]+)?[ \u00a0]+[A-ZÅÄÖÉ]")


def _member_label_cell(cell: str, cstart: int, cells: list[tuple[str, int]]) -> tuple[str, int] | None:
    """("ledamot", length) for a label cell "Ledamot" opening a row whose next cell names a person
    ("Ledamot<TAB>Lennart Hall (SD)"), as "Ledamot Lennart Hall (SD)" with a space is read; else None.

    Why: the singular label is read as a heading only before a name in the same cell, so that a column heading
    "Ledamot" stays one; in a label column (the members grouped by their municipality, "Ersättare" rows beside
    them) the members lost their role while the ersättare kept theirs."""
    if cell.strip().rstrip(":").casefold() != "ledamot" or not cells or cells[0][1] != cstart:
        return None
    rest = [c for c, _ in cells[1:] if c.strip()]
    return ("ledamot", len(cell)) if rest and _NAME_START.match(rest[0].strip()) else None


# "Rut Blom (tjg ers för Ivar Dahl)": a name cell with a note in brackets that opens in lower case.
_NOTED_NAME = re.compile(r"(.+?)\s*\(([a-zåäö][^()]*)\)")


# "1:e socialsekreterare", "2:a handläggare": the ordinal of a senior post before the title.
_ORDINAL_BEFORE_TITLE = re.compile(r"^\d{1,2}:[ae][ \u00a0]+(?=[a-zåäö])")


def _headerless_row(cells: list[tuple[str, int]], section_role: str | None) -> _Table | None:
    """A row of a table without a header row, read as "Namn | Parti | Funktion": "Maria Svensson<TAB>S<TAB>
    ordförande", or "Helena Ros<TAB>förvaltningschef" under a staff heading.  None for any other line.

    The name may carry a note in brackets ("Rut Blom (tjg ers för Ivar Dahl)<TAB>S"), which the row reader reads
    (why: such a row was left to the running-list reader, and the substitute lost the party beside the note)."""
    present = [c for c, _ in cells if c]
    if len(present) < 2:
        return None
    noted = _NOTED_NAME.fullmatch(present[0])
    if not _looks_like_name(noted.group(1) if noted else present[0]):
        return None
    second = present[1]
    if len(second) <= 5 and canonical_party(second):
        return _Table([None], party_first=False, titles=False)
    # (A title's ordinal before it, "1:e socialsekreterare", opens it in digits; why: the row was no staff row, and
    # the official lost the tjänsteman role.)
    titled = _ORDINAL_BEFORE_TITLE.sub("", second, count=1)
    if section_role == "tjänsteman" and titled[:1].islower() and _is_job_title(titled.split(",")[0]):
        return _Table([None], party_first=False, titles=True)
    if section_role == "tjänsteman" and len(present) == 2 and _capitalised_title_cell(second):
        return _Table([None], party_first=False, titles=True)
    return None


# "Anneli Wester<TAB>M, ordförande", "Marita Holm<TAB>S, §§ 88–89, lämnar …": a party code and the row's note after
# a comma in the one cell beside a name.
_PARTY_COMMA_CELL = re.compile(r"([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})[ \u00a0]*,[ \u00a0]*(?=\S)")


def _party_comma_cells(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a row "Name<TAB>P, note" split into name, party and note cells ("M", "ordförande"), as a table
    with a party and a note column gives them; any other row as it is.

    Why: a web page's attendance list (a ``<dl>`` with the party and the role in one ``<dd>``) writes the party and
    the role in one cell; unsplit, the row was no headerless row, the party was lost, "vice ordförande" was no
    role, and "S, för Anders Wiik (S)" gave the member replaced the substitute's role."""
    present = [(c, s) for c, s in cells if c]
    if len(present) != 2 or not _looks_like_name(present[0][0]):
        return cells
    cell, at = present[1]
    m = _PARTY_COMMA_CELL.match(cell)
    if m is None or canonical_party(m.group(1)) is None:
        return cells
    return [present[0], (m.group(1), at), (cell[m.end():], at + m.end())]


# Two names with their parties in one cell, one space apart: "Eva Ek (S) Bo Lind (M)".
_TWO_PARTIED_NAMES = re.compile(rf"^({PLAIN_NAME}[ \u00a0]*\(([A-Za-zÅÄÖåäö]{{1,4}})\))[ \u00a0]+"
                                rf"({PLAIN_NAME}[ \u00a0]*\(([A-Za-zÅÄÖåäö]{{1,4}})\))$")


def _slid_second_column(cells: list[tuple[str, int]], column_role: dict[int, str | None]) -> list[tuple[str, int]]:
    """A row of one cell holding two names with their parties one space apart ("Eva Ek (S) Bo Lind (M)") split into
    two cells, where the list above has a second column with a role of its own ("Beslutande<TAB>Ersättare"); any
    other row as it is.

    Why: an OCR'd table whose columns slid together loses the gap between its cells, so the second column's name
    was read as the first column's, and the ersättare lost her role.  One entry never holds a second party."""
    if len(cells) != 1 or column_role.get(1) in (None, "-") or (m := _TWO_PARTIED_NAMES.match(cells[0][0])) is None:
        return cells
    if canonical_party(m.group(2)) is None or canonical_party(m.group(4)) is None:
        return cells
    at = cells[0][1]
    return [(m.group(1), at), (m.group(3), at + m.start(3))]


# "Rut Blomqvist (tjg ers för Ivar Ek)  S": a bracketed note run up to the party column, two spaces apart.
_NOTE_PARTY_END = re.compile(r"(\S.*\))( {2})(\S{1,5})$")


def _noted_name_party_apart(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells of a fixed-width row whose first cell ends in a bracketed note and, two spaces after it, a party
    code, with the code a cell of its own; any other row as it is.

    Why: the note after a substitute's name fills its column up to the party column, so the narrow gap did not
    split them and the whole cell, party and all, was read as one name."""
    if not cells or (m := _NOTE_PARTY_END.match(cells[0][0])) is None or canonical_party(m.group(3)) is None:
        return cells
    at = cells[0][1]
    return [(m.group(1), at), (m.group(3), at + m.start(3)), *cells[1:]]


def _roleless_label_row(cells: list[tuple[str, int]], att: Attendance) -> bool:
    """Read a row "Name<TAB>[code<TAB>]Insynsplats" whose last cell is a heading of people without a role
    (insynsplats, personalföreträdare): the person is added without a role and True is returned; else False.

    Why: with an unknown party code ("D") the row was no headerless row and was read cell by cell, where the
    label cell was taken for a heading: the list's tjänsteman role was dropped for the staff rows below it."""
    present = [(c.strip(), s) for c, s in cells if c.strip()]
    if not 2 <= len(present) <= 3 or not _looks_like_name(present[0][0]):
        return False
    if len(present) == 3 and not re.fullmatch(r"[A-ZÅÄÖ]{1,4}", present[1][0]):
        return False
    last = present[-1][0].rstrip(":")
    lab = label_role(last)
    if lab is None or lab[0] != "" or lab[1] < len(last) - 1:
        return False
    name, start = present[0]
    party = canonical_party(present[1][0]) if len(present) == 3 else None
    att.add(name, party, None, start, start + len(name))
    return True


def _party_first_row(cells: list[tuple[str, int]]) -> tuple[_Table, str | None] | None:
    """A row of a list without a header row that opens with the party: "S<TAB>Anna Lundén<TAB>ordförande",
    "L<TAB>Oskar Widén<TAB>för Maria Lagerqvist (L)", read as "Parti | Namn | Funktion": the reading and the party;
    None for any other line.

    Why: read cell by cell the party code was taken for a group heading, the role cell beside the name did not
    replace the list's role (the chair stayed a ledamot) and the member named after "för" took the substitute's
    role."""
    present = [c for c, _ in cells if c]
    if len(present) < 2 or len(present[0]) > 5 or not present[0][:1].isupper() or not canonical_party(present[0]) \
            or not _looks_like_name(present[1]):
        return None
    return _Table([None], party_first=True, titles=False), canonical_party(present[0])


# The roles a role column beside a member's name may state: the list's own roles and the presidium (not the
# signature labels, which a signature block sets beside a name).
_ROW_ROLES = frozenset({"ledamot", "ersättare", "tjänstgörande ersättare", "ordförande", "vice ordförande"})


def _partied_name_role_row(cells: list[tuple[str, int]]) -> _Table | None:
    """A row of a list without a header row that gives name and party in one cell and the role in the next:
    "Anna Ek (S)   1:e vice ordförande   58–60", read as "Namn (Parti) | Funktion | notes"; None for any other line.

    Why: read cell by cell, the role cell was taken for a heading of the cells after it, so the person kept the
    list heading's role ("Beslutande ledamöter": the chair and a serving substitute became plain members)."""
    present = [c.strip() for c, _ in cells if c.strip()]
    if len(present) < 2 or _cell_person(present[0]) is None or "," in present[0]:
        return None
    inline = _INLINE_ROLE.match(present[1]) if _is_role_cell(present[1]) else None
    role = _role_word(inline.group(1)) if inline else _whole_label_role(present[1])
    if _SUBSTITUTION_CELL_END.match(present[1]):
        # "Ola Ek (V)   tjg ersättare för   på distans": the role cell names the member replaced on the line below
        # (why: the cell was no role, so the row was read as a running list and the substitute kept no role).
        role = "tjänstgörande ersättare"
    if role not in _ROW_ROLES or any(_cell_person(c) or _looks_like_name(c) for c in present[2:]):
        return None
    if "..." in present[1] or "__" in present[1] or (role in _PRESIDIUM and present[1][:1].isupper()):
        return None  # "Anna Ek (S)<TAB>Ordförande ......": a signature label in a column beside the list
    return _Table([None], party_first=False, titles=False, notes=True)


def _new_column_heading(cells: list[tuple[str, int]]) -> bool:
    """Whether a row under a row of column headings ("Beslutande | Ledamöter | Tjänstgörande ersättare") ends with
    a capitalised list heading alone in its cell ("Anna Ek (S) | Ersättare"): a new list that starts lower in that
    column, not the role of the name beside it.

    Why: read as "Namn (Parti) | Funktion", the member beside the heading became an ersättare, and the column's
    new list kept the heading above it (the ersättare served)."""
    last = cells[-1][0].strip() if cells else ""
    return len(cells) > 1 and last[:1].isupper() and _whole_label_role(last) not in (None, "", "-")


def _capitalised_title_cell(cell: str) -> bool:
    """Whether a table cell is a job title written with a capital, as a table cell is ("Förbundschef",
    "Administrativ chef"): one to three words, only the first capitalised, no party code, no organisation.

    Why: in a two-column staff table under "Övriga närvarande" only a lower-case title was read as one, so the
    official beside a capitalised title lost the tjänsteman role."""
    title = cell.split(",")[0].strip()
    words = title.split()
    return 1 <= len(words) <= 3 and title[:1].isupper() and title[1:].islower() and title.replace(" ", "").isalpha() \
        and canonical_party(title) is None and _is_job_title(title)


# The list headings whose rows may stand in columns beside them: the presidium and signature labels name one
# person each and are read by the signature logic.
_LIST_ROLES = (None, "ledamot", "ersättare", "tjänstgörande ersättare", "tjänsteman")


def _label_beside_row(cells: list[tuple[str, int]]) -> tuple[str | None, list[tuple[str, int]], _Table] | None:
    """A list heading with the list's first row in columns beside it ("Beslutande<TAB>Anna Ek<TAB>s<TAB>ordf",
    "Övriga deltagande<TAB>Eva Berg<TAB>socialchef"): the heading's role, the row's cells and the row's reading.

    Why: the rows below such a heading are read as headerless rows (name, party, role or title), but its first
    row, on the heading's line, was read cell by cell: the party and title cells were lost and a role cell
    ("ordf") was taken for a heading that then gave its role to every row below."""
    present = [(c, s) for c, s in cells if c]
    if len(present) < 3:
        return None
    lab = label_role(present[0][0])
    if lab is None or lab[1] < len(present[0][0].rstrip(":")) or lab[0] == "-":
        return None
    role = lab[0] or None
    if role not in _LIST_ROLES:
        return None
    rest = present[1:]
    row = _headerless_row(rest, role)
    return (role, rest, row) if row is not None else None


_BARE_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")
_FOOTNOTE_STARS = re.compile(r"\s*\*+$")


def _numbered_headerless_row(cells: list[tuple[str, int]], section_role: str | None) -> _Table | None:
    """A row of a numbered list without a header row that the reader knows, read as "Nr | Namn | Parti | …":
    "1<TAB>Anna Ek<TAB>S<TAB>X<TAB>25<TAB>Per Berg<TAB>M<TAB>X", also with blocks of a list printed side by side
    (each block's running number is a cell of no kind between the names).  None for any other line.

    Why: a voting list's running number comes first in its row, so the row did not open with a name, and its
    names were read as plain names without the party in the cell beside each."""
    if not cells or not _BARE_ROW_NUMBER.fullmatch(cells[0][0].strip()):
        return None
    # A substitute's name is starred for a footnote ("Olle Viklund *"): still the name of the row.
    rest = _row_number([(_FOOTNOTE_STARS.sub("", c.strip()), s) for c, s in cells if c.strip()])
    return _headerless_row(rest, section_role)


# The words of a list's column headings; a PDF's text layer may run two headings together ("AvstNr").
_COLUMN_WORDS = _OTHER_COLS | _PARTY_COLS | {"nr", "nr.", "ledamot", "namn", "x"}


_RUN_TOGETHER_HEADINGS = re.compile(r"(?<=[a-zåäö.])(?=[A-ZÅÄÖ])")


def _column_words_row(cells: list[tuple[str, int]]) -> bool:
    """A row of only column headings that no header pattern reads ("Nr Ledamot<TAB>Parti Ja Nej AvstNr Ledamot
    …", the headings of blocks of a voting list printed side by side): it names nobody.

    Why: read as plain entries, "Nr Ledamot" and "Parti Ja Nej Avst" looked like names."""
    # (A word "ledamot" is in some cell as it stands, its words only split apart below: a row without one is none.)
    if not any("ledamot" in c.casefold() for c, _ in cells):
        return False
    words = [w for c, _ in cells for w in _RUN_TOGETHER_HEADINGS.sub(" ", c).split()]
    return len(words) >= 3 and "ledamot" in {w.casefold() for w in words} and \
        all(w.casefold() in _COLUMN_WORDS for w in words)


# The column headings of an agenda (föredragningslista) printed as a table: "Nr  Ärende  Paragraf", "Punkt  Ärende
# Dnr  Sida".
_AGENDA_COLUMN_WORDS = frozenset({"nr", "nr.", "punkt", "ärende", "ärenden", "ärendemening", "rubrik", "paragraf",
                                  "§", "§§", "dnr", "diarienummer", "sida", "föredragande", "beslut"})


def _agenda_heading_row(cells: list[tuple[str, int]]) -> bool:
    """A row of an agenda table's column headings ("Nr  Ärende   Paragraf"): it names nobody.

    Why: "Nr  Ärende" is two capitalised words and was read as a person in the header before the first §."""
    # (A word that casefolds to "ärende" leaves "ärende" in its cell casefolded: a row without one is none.)
    if not any("ärende" in c.casefold() for c, _ in cells):
        return False
    words = [w.casefold() for c, _ in cells for w in c.split()]
    return len(words) >= 2 and "ärende" in words and all(w in _AGENDA_COLUMN_WORDS for w in words)


# A signature written as name and role in one cell: "Sara Lönn, sekreterare".
_SIGNED_AS = re.compile(r"^([^,()]+),\s*([^,()]+)$")
# The colon that closes a label, with the spaces around it: "Underskrifter: …".
_LEADING_COLON = re.compile(r"\s*:\s*")


# A signature role after the name in its own cell: "Per Svensson, ordförande", "Anna Ek (S), sekreterare".
_ROLE_AFTER_NAME = re.compile(r"(?:[ \u00a0]*\([^()\n]{1,6}\))?[ \u00a0]*,[ \u00a0]*"
                              r"(ordförande|sekreterare|justerare)\b", re.I)


def _other_role_in_cell(source: str, end: int, role: str | None) -> bool:
    """Whether the signatory whose name ends at ``end`` writes a signature role other than ``role`` after it in
    the same cell ("Per Svensson, ordförande" under "Justeras").

    Why: the "Justeras" heading over the chair and the adjusters spread "justerare" to every name after the
    secretary's, so the chair, whose own cell says ordförande, became an adjuster too."""
    m = _ROLE_AFTER_NAME.match(source, end) if source and role else None
    if role == "justerare" and _RESERVE_AFTER_NAME.match(source, end):
        return True  # "A (C) med B (M) som ersättare" under "Justerare": B is the reserve, no adjuster
    return m is not None and m.group(1).casefold() != role


# The reserve's note right after a name under "Justerare": "A (C) med B (M) som ersättare", "…, med B som reserv";
# B adjusts only if A cannot.  Read in an entry's own text and for the bare names a signature label waits for (why:
# there, read as one more name under the label, the reserve took the justerare role).
_RESERVE_AFTER_NAME = re.compile(r"(?i)(?:[\s\u00a0]*\([^()\n]{1,12}\))?[\s\u00a0]*som[\s\u00a0]+"
                                 r"(?:ersättare|reserv|suppleant|ersättande[\s\u00a0]+justerare)\b")


_JUSTERAS = re.compile(r"\s*justeras:?\s*", re.I)
_JUSTERAT = re.compile(r"\s*justera[st]:?\s*", re.I)


def _justeras_heading(cell: str, cells: list[tuple[str, int]]) -> bool:
    """A bare "Justeras" beside other signature labels ("Vid protokollet   Justeras"): the heading over the
    adjusters' signatures, not the date of the adjustment ("Justeras 2024-06-20"), which it gives elsewhere."""
    if not _JUSTERAS.fullmatch(cell):
        return False
    others = [c for c, _ in cells if c.strip() and c is not cell]
    return bool(others) and all(_signature_label(c) for c in others)


def _lone_justerat_heading(cells: list[tuple[str, int]]) -> bool:
    """A bare "Justerat" (or "Justeras") alone on its line: the heading over the signatures of the chair and the
    adjusters below it, not the date of the adjustment ("Justerat 2024-06-24"); it ends the labels above it.

    Why: it gave no role and ended nothing, so the secretary's "Vid protokollet" above it still held for the
    signatures below and the adjusters with a party became secretaries too (their own labels stand under them)."""
    present = [c for c, _ in cells if c.strip()]
    return len(present) == 1 and _JUSTERAT.fullmatch(present[0]) is not None


def _captions_under(cells: list[tuple[str, int]], names: list[str]) -> bool:
    """Whether a row holds one lower-case signature caption per name of the row above ("sekreterare   ordförande"
    under "Anna Wikström   Bengt-Olof Dahl").

    Why: under "Vid protokollet   Justeras" the names got the headings' roles one to one (the chair "justerare"),
    and the captions under them, read as labels over the next row of names, gave those the wrong roles.  A
    capitalised label row may head the names below it; a lower-case caption belongs to the signature above."""
    present = [c.strip() for c, _ in cells if c.strip()]
    return len(names) > 1 and len(present) == len(names) and \
        all(c[:1].islower() and _signature_label(c) for c in present)


# The heading over the signature that certifies an extract: "Utdragsbestyrkande", "Rätt utdraget intygar".
_CERTIFIER_CELL = re.compile(r"(?i)^\s*(?:utdragsbestyrkande|rätt\s+utdraget\s+(?:intygar|betygar|betyger|bestyrker))"
                             r"\s*:?\s*$")


def _labels_nearest_names(names: list[tuple[str, int, int]], labels: list[str | None], label_cols: list[int],
                          source: str) -> list[str | None]:
    """The signature label of each name on a line below fewer labels: the label whose column is nearest the name's
    ("Justerare      Ordförande" over "Eva Ek (S)   Bo Al (C)      Siv Ring": both adjusters under the first).

    Why: paired in order, the second adjuster took the label of the chair's column and the chair none."""
    out: list[str | None] = []
    for _name, start, _end in names:
        col = _column(source, start)
        out.append(labels[min(range(len(labels)), key=lambda k: abs(label_cols[k] - col))])
    return out


def _list_beside_signature(labels: list[str | None]) -> bool:
    """Whether a row of headings holds one signature label and, in another column, the heading of a list of those
    present ("Övriga närvarande", "Ersättare"): two columns of a grid, each its own names below."""
    return len(labels) == 2 and sum(r in _SIGNATURE_ROLES for r in labels) == 1 and \
        any(r in ("ledamot", "ersättare", "tjänstgörande ersättare", "tjänsteman") for r in labels)


def _labels_by_column(cells: list[tuple[str, int]], labels: list[str | None]) -> list[str | None]:
    """The signature labels of a row, one per column, None under an extract's certification heading
    ("Ordförande<TAB>Justerare<TAB>Utdragsbestyrkande" → ordförande, justerare, None); ``labels`` as they are where
    the row has no such heading or a cell that is no signature label.

    Why: the certification heading gives no role and was left out, so the adjusters' heading before it spanned the
    names after it (as "Vid protokollet   Justeras" over three names does): the secretary who certified the
    extract became a justerare."""
    present = [c for c, _ in cells if c.strip()]
    if not any(_CERTIFIER_CELL.match(c) for c in present):
        return labels
    out = [None if _CERTIFIER_CELL.match(c) else _signature_label(c) for c in present]
    return out if all(r or _CERTIFIER_CELL.match(c) for r, c in zip(out, present, strict=True)) else labels


def _forget_other_signature_columns(column_role: dict[int, str | None], label_cols: list[int]) -> None:
    """A line of signature labels ends the signature labels an earlier line gave other columns.

    Why: "Sekreterare ....   Paragrafer 21–23" gave its second column the secretary's label, and the second
    adjuster, signing in that column three lines below under "Justerande ....   ....", was read as secretary."""
    for col in [c for c, role in column_role.items() if c not in label_cols and role in _SIGNATURE_ROLES]:
        del column_role[col]


def _labels_in_name_columns(cells: list[tuple[str, int]], names: list[tuple[str, int, int]],
                            source: str) -> list[tuple[str, str]] | None:
    """(name, role) for labels under some of the names of the line above, each label starting in its name's
    column: "Tomas Björk      Birgitta Nygård" / "ordförande" (the adjuster, already named as such, left out).

    Why: labels were paired with the names above only one to one, so a lone "ordförande" under the first of two
    signatures gave the chair no role."""
    if not source or _names_run_on(names, source):
        return None
    columns = [(_column(source, start), name) for name, start, _ in names]
    out = []
    for cell, at in cells:
        if not cell.strip():
            continue
        role = _signature_label(cell)
        col = _column(source, at + len(cell) - len(cell.lstrip()))
        name = next((n for c, n in columns if abs(c - col) <= 2), None)
        if role is None or name is None:
            return None
        out.append((name, role))
    return out or None


def _names_run_on(names: list[tuple[str, int, int]], source: str) -> bool:
    """Whether the names were written one after another in running text ("Anders Ek (S) ordförande, Sara Berg (M)
    vice ordförande, …"), with no column gap between two of them.

    Why: a label heading the next block ("JUSTERARE" / "Sara Berg (M)") that happened to start in the first name's
    column was read as the caption under that name, and the chair became a justerare.  Signatures with captions
    under them stand in columns apart."""
    for (_n, _s, end), (_m, start, _e) in pairwise(names):
        gap = source[end:start]
        if 0 < len(gap) < 40 and "\n" not in gap and "\t" not in gap and "   " not in gap and "," in gap:
            return True
    return False


_SECRETARY_LABEL = re.compile(r"(?:nämnd|kommun|styrelse|förbunds|protokolls|mötes)?sekreterare")


def _signature_label(cell: str) -> str | None:
    """The role of a cell that is only a signature label, under a signature: "Ordförande", "Nämndsekreterare"."""
    t = cell.strip().rstrip(":").casefold()
    if _SECRETARY_LABEL.fullmatch(t):
        return "sekreterare"
    lab = label_role(cell.strip())
    return lab[0] if lab is not None and lab[0] in _SIGNATURE_ROLES and lab[1] >= len(t) else None


# Cells of one line set apart by a spaced middle dot, as a web page's footer runs the signatures together: "Sekr.
# Anna Ek · Ordf. Per Berg · Just. Eva Lind".  Each part is a cell, so that each name gets its own label's role.
_DOT_CELL_SPLIT = re.compile(r"\t+| {3,}|\s+·\s+")


# The one-word column headings of an attendance table that a text layer may run together with one space.
_HEADING_WORDS = {"ledamot", "ledamöter", "ersättare", "parti", "namn", "funktion", "uppdrag", "närvaro"}


def _joined_heading_cells(cells: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """The header cells with those split that hold two column headings run together ("Ledamot<TAB>Parti
    Ersättare<TAB>Parti" → four cells), or None when no cell is such a pair.

    Why: a scan's text layer joins two narrow columns with a single space, and the header row with a cell
    "Parti Ersättare" was no header, so the table's rows lost their roles and the parties of their second names."""
    if len(cells) < 2 or not all(w in _HEADING_WORDS for c, _ in cells for w in c.casefold().split()):
        return None
    if all(len(c.split()) < 2 for c, _ in cells):
        return None
    out: list[tuple[str, int]] = []
    for text, start in cells:
        out += [(m.group(), start + m.start()) for m in re.finditer(r"\S+", text)]
    # Only a member and substitute table ("Ledamot | Parti | Ersättare | Parti"): under "Namn | Parti Funktion"
    # the officials' list below the table is read better line by line.
    if sum(c.casefold() in ("ledamot", "ledamöter", "ersättare") for c, _ in out) < 2:
        return None
    return out


def _labelled_pipe_parts(text: str) -> bool:
    """Whether a line is signatures set side by side with bars between them, each opening with its label ("Vid
    protokollet: A | Ordförande: B | Justerare: C").

    Why: the bars are no cell gap, so the first label's role went to every name on the line."""
    if " | " not in text:
        return False
    parts = [p.strip() for p in text.split("|")]
    return all(p and (lab := label_role(p)) is not None and lab[0] not in ("", "-") for p in parts)


# A gap of spaces with a no-break space in it, as a web page pads the signatures of one line apart ("&nbsp;").
_NBSP_GAP = re.compile(r"[ ]+\u00a0[ \u00a0]*|\u00a0[ \u00a0]+")


def _labelled_nbsp_parts(text: str) -> bool:
    """Whether a line is signatures set side by side with no-break spaces between them, each after the first
    opening with its label ("Underskrifter: Sekreterare A &nbsp; Ordförande B &nbsp; Justerande C").

    Why: such a gap is no cell gap, so the first label's role went to the whole line and the secretary was lost."""
    if "\u00a0" not in text:
        return False
    parts = [p.strip() for p in _NBSP_GAP.split(text)]
    return len(parts) > 1 and label_role(parts[0]) is not None and all(
        p and (lab := label_role(p)) is not None and lab[0] in _SIGNATURE_ROLES for p in parts[1:])


def _cells(ln: Line, split: re.Pattern[str] | None = None) -> list[tuple[str, int]]:
    out = []
    pos = 0
    # A table drawn in characters ("| Göran Holmqvist | M | Ordförande |"): the bars separate the cells.
    split = split or (_BOX_SPLIT if ln.text.startswith("|") or _labelled_pipe_parts(ln.text) else
                      _NBSP_GAP if _labelled_nbsp_parts(ln.text) else
                      _DOT_CELL_SPLIT if " · " in ln.text else CELL_SPLIT)
    for part in split.split(ln.text):
        idx = ln.text.find(part, pos) if part else pos
        out.append((part.strip(), ln.start + idx))
        pos = idx + len(part)
    return out


_OCR_S = re.compile(r"(?<=[a-zåäöé] )\(5\)(?![^\s,.;])")
# OCR reads a capital I opening a first name as a lower-case l ("lda Holm (S)"): no Swedish word starts with
# l and a consonant other than j, and a name with its party follows.
_OCR_I = re.compile(r"(?<![\w-])l(?=[bcdfghkmnpqrstvwxz][a-zåäö]+[ \u00a0]+[A-ZÅÄÖ][\w-]+"
                    r"(?:[ \u00a0]+[A-ZÅÄÖ][\w-]+)?[ \u00a0]*\([A-Za-zÅÄÖåäö]{1,4}\))")
# A cell holding only a party in parentheses: "(KD)".
_LONE_PARTY = re.compile(r"\(([A-Za-zÅÄÖåäö]{1,4})\)$")

_SIGNATURE_ROLES = {"ordförande", "vice ordförande", "justerare", "sekreterare"}


def _roles_beside_group(column_role: dict[int, str | None], col: int, ncells: int, last_role: str | None) -> None:
    """The cells right of a party heading on its line ("Moderaterna<TAB>Anna Ek, ordförande") belong to the list the
    party heading stands in: they take the role of its column (the list heading above it, "Beslutande ledamöter").

    Why: the column right of it kept the value of an unrelated label higher up the page ("Sammanträdesdatum" in a
    page head), so the first name beside each party heading lost the list's role."""
    role = column_role.get(col, last_role)
    for c in range(col + 1, ncells):
        column_role[c] = role


def _party_group(cell: str) -> str | None:

    t = cell.strip().rstrip(":")
    return (canonical_party(t) if len(t) > 5 and t[:1].isupper() else None) or _named_party_group(t)


def _party_code_cell(cell: str, col: int, cells: list[tuple[str, int]]) -> str | None:
    """The party of a row's first cell that holds only a party's code, with a name in the cell after it
    ("S<TAB>Liisa Keskitalo, ordförande"); None for any other cell.

    Why: a Word table with one row per party puts the code in its own first cell and the party's names (one per
    line, the later lines with the first cell empty) in the second; the code holds for the rows below it until
    the next code or heading, as a party's written-out name above its block does (:func:`_party_group`)."""
    t = cell.strip()
    if col != 0 or not 1 <= len(t) <= 4 or not t.isupper() or len(cells) < 2:
        return None
    nxt = cells[1][0].strip()
    if not nxt or not _looks_like_name(" ".join(re.split(r"[,(]", nxt)[0].split()[:2])):
        return None
    return canonical_party(t)


def _local_party_code_cell(cell: str, col: int, cells: list[tuple[str, int]]) -> bool:
    """Whether a row's first cell holds only the code of a party the gazetteer does not know, with a name in the
    cell after it ("SJVP<TAB>Bengt Aho": Sjukvårdspartiet, a local party), as :func:`_party_code_cell` reads a
    known one.

    Why: the unknown code was no group, so the names below it kept the party of the code above ("KD")."""
    t = cell.strip()
    if col != 0 or not 2 <= len(t) <= 6 or not t.isalpha() or not t.isupper() or len(cells) < 2:
        return False
    nxt = cells[1][0].strip()
    return bool(nxt) and _looks_like_name(" ".join(re.split(r"[,(]", nxt)[0].split()[:2])) and \
        canonical_party(t) is None


# A party heading with its abbreviation after the name: "Moderaterna (M)", "Sverigedemokraterna (SD):".
_NAMED_PARTY = re.compile(r"^([A-ZÅÄÖ][^\W\d_]{4,}(?:\s[^\W\d_]+)?)\s*\(([A-Za-zÅÄÖåäö]{1,4})\)$")


# A party and a colon opening a line of names: "S: Ulla Berg (ordf.), Kent Lid", "KD: Björn Sand".
_PARTY_PREFIX = re.compile(r"([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,24})[ \u00a0]*:[ \u00a0]+"
                           r"(?=[A-ZÅÄÖÉ][^\W\d_]+[ \u00a0-][A-ZÅÄÖÉ])")


def _party_prefix(cell: str) -> tuple[str, int] | None:
    """The party and the length of the prefix of a line of names grouped by party ("S: Ulla Berg, Kent Lid",
    "Moderaterna: Eva Ek"), or None.

    Why: lists "partivis" print the party once before the colon and no party after each name, so every name but
    the first (whose party another line may give) was read without one."""
    m = _PARTY_PREFIX.match(cell)
    if m is None:
        return None
    party = canonical_party(m.group(1))
    return (party, m.end()) if party is not None else None


def _named_party_group(t: str) -> str | None:
    """The party of a heading written as the party's name and its abbreviation ("Socialdemokraterna (S)"), when both
    name the same party; else None.

    Why: attendance grouped by party heads each block so, and the block's names (without a party of their own)
    were read without one."""
    m = _NAMED_PARTY.match(t)
    if m is None:
        return None
    party = canonical_party(m.group(1))
    return party if party is not None and party == canonical_party(m.group(2)) else None


# A sentence ends before a capital: "… respektive Maja Lindfors. Anneli Ryd för Karl Wiberg § 12-13. Lina …".
# Not after the abbreviated "ers." that links a substitute to the member replaced ("A (M) ers. B (M)").
# (Not after an abbreviated role word before a name: "…, 1:e vice ordf. Karin Holm (S)".)
_SENTENCE_END = re.compile(r"(?<=[\w)])(?<!\bers)(?<!\bordf)\.\s+(?=[A-ZÅÄÖÉ])")


def _sentences_of(cell: str) -> list[tuple[str, int]]:
    """The sentences of a narrative attendance cell, each with its offset: each is read as an entry of its own."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(cell):
        out.append((cell[pos:m.start() + 1], pos))
        pos = m.end()
    out.append((cell[pos:], pos))
    return out


# A group of a running attendance line that opens with its own heading: "…; tjänstgörande ersättare: A (M) för
# B (M); ersättare: C (S)".
_GROUP_SPLIT = re.compile(r"\s*;\s*")
# The group words of narrative attendance without parties, each before the names it covers: "Styrelseledamöterna A
# (ordf.), B och C samt suppleanten D, som tjänstgjorde i stället för E. Dessutom närvarade suppleanten F samt från
# bolaget VD G …".  Definite forms only (a heading is read by ``label_role``), and a capital must follow.
_NARRATIVE_GROUP = re.compile(r"(?<![\w-])(?:"
                              r"(?P<tjg>[Tt]jänstgörande[ \u00a0]+(?:ersättar(?:en|na)|suppleant(?:en|erna)))|"
                              r"(?P<led>(?:[Ss]tyrelse)?[Ll]edamöterna|(?:[Ss]tyrelse)?[Ll]edamoten)|"
                              r"(?P<ers>(?:[Ss]tyrelse)?[Ss]uppleant(?:en|erna)|[Ee]rsättar(?:en|na))|"
                              r"(?P<staff>från[ \u00a0]+(?:bolaget|förvaltningen|förbundet|kansliet))|"
                              # "ordföranden A, vice ordföranden B samt ledamöterna C och D": the presidium first.
                              r"(?P<vordf>[Vv]ice[ \u00a0]+ordföranden)|(?P<ordf>[Oo]rdföranden))"
                              r"(?=[ \u00a0]+[A-ZÅÄÖÉ])")
_NARRATIVE_ROLES = {"tjg": "tjänstgörande ersättare", "led": "ledamot", "ers": "ersättare", "staff": "tjänsteman",
                    "vordf": "vice ordförande", "ordf": "ordförande"}


def _narrative_groups(sentence: str, at: int, role: str | None) -> list[tuple[str, int, str | None]]:
    """A sentence of narrative attendance without parties split at its group words (``_NARRATIVE_GROUP``), each
    part with the role of the word before it: [(text, offset, role)]; the sentence whole where it has none.

    Why: a company board's minutes write the attendance as prose ("Styrelseledamöterna A (ordf.), B och C samt
    suppleanten D …"); read as one entry of the "Närvarande" heading, the members, substitutes and staff got no role.
    Only without parties: with them ``_entries`` reads the group words itself (``_GROUP_ROLE``)."""
    if _PARTY_PAREN.search(sentence) or _NARRATIVE_GROUP.search(sentence) is None:
        return [(sentence, at, role)]
    out: list[tuple[str, int, str | None]] = []
    pos, part_role = 0, role
    for m in _NARRATIVE_GROUP.finditer(sentence):
        out.append((sentence[pos:m.start()], at + pos, part_role))
        part_role = _NARRATIVE_ROLES[m.lastgroup or "led"]
        pos = m.end()
    out.append((sentence[pos:], at + pos, part_role))
    return [part for part in out if part[0].strip()]


# A job title after a name, also abbreviated: "kommunchef", "kommunsekr.", "kommundir.".
_TITLE_AFTER = re.compile(r",\s*[a-zåäö][\w-]*(?:sekr|dir|chef|direktör|sekreterare)\.?\s*$")


def _groups_of(cell: str, role: str | None) -> list[tuple[str, int, str | None]]:
    """The entries of a cell as (text, offset, role): its sentences, each split further at semicolons.

    Why: running attendance lines separate their groups or entries by semicolons ("Närvarande ledamöter: A (S),
    ordförande, B (M); tjänstgörande ersättare: C (M) för D (M); ersättare: E (S)", "Ej beslutande: F (S), ers.;
    G, kommunchef").  A part that opens with a heading takes that heading's role, and so do the parts after it;
    a part with a name, no party and a job title after it ("G, kommunchef") is staff."""
    if ";" not in cell:
        return [group for piece, at in _sentences_of(cell) for group in _narrative_groups(piece, at, role)]
    out: list[tuple[str, int, str | None]] = []
    for sentence, at in _sentences_of(cell):
        pos = 0
        for part in _GROUP_SPLIT.split(sentence):
            start = sentence.find(part, pos) if part else pos
            pos = start + len(part)
            lab = label_role(part) if ":" in part[:40] else None
            if lab is not None and lab[0] != "-" and part[:lab[1]].rstrip().endswith(":"):
                role = lab[0] or None
                start, part = start + lab[1], part[lab[1]:]
            part_role = "tjänsteman" if role in (None, "tjänsteman") and "(" not in part \
                and _TITLE_AFTER.search(part) else role
            out.append((part, at + start, part_role))
    return out


# "Linnea Forsberg, socialchef", "Mats Jonsson, avdelningschef individ- och familjeomsorg §§ 34–36": one name, no
# party, a job title right after the comma.
# Also the compound titles of coordinators, officers and analysts ("säkerhetssamordnare", "utredare").
_TITLED_STAFF = re.compile(r"^\s*[A-ZÅÄÖÉ][^,()]*,\s*[a-zåäö][\w-]*(?:sekr|dir|chef|direktör|sekreterare|samordnare|"
                           r"handläggare|strateg|utredare|controller|jurist)\b")


def _titled_staff_role(part: str, role: str | None) -> str | None:
    """The role of one entry of a list, one entry a line: staff where the list's heading gives no role of its own
    ("Närvarande ej beslutande", "Närvarande") and the entry is a name without a party and a job title after it.

    Why: those lists mix ersättare ("X (S), ersättare") with officials, and the officials' titles may go on after
    the title word (a unit, the §§ attended), so the running-line rule of ``_groups_of`` did not reach them."""
    if role is None and "(" not in part and _TITLED_STAFF.match(part):
        return "tjänsteman"
    return role


def _listed_groups(cell: str, role: str | None, presence: bool) -> list[tuple[str, int, str | None]]:
    """``_groups_of`` for a cell on a line below its heading (one entry a line); under a heading of those present
    (``presence``) a name without a party and with a job title after it is staff (``_titled_staff_role``).

    Why only there: a name after a certification ("Rätt utdraget intygar" / "A, nämndsekreterare") or a signature
    label is no entry of a list of those present."""
    if ";" in cell or not presence:
        return _groups_of(cell, role)
    return [(piece, at, _titled_staff_role(piece, r)) for piece, at, r in _groups_of(cell, role)]


# "Närvarande ej beslutande", "Närvarande", "Ej beslutande", "Beslutande": headings of those present.
_PRESENCE_HEADING = re.compile(r"(?i)(?:närvarande|(?:ej|icke)\s+beslutande|beslutande)\b")


def _presence_heading(cell: str, role: str | None) -> bool:
    """Whether a heading without a role of its own lists those present ("Närvarande ej beslutande"), not a
    certification or a signature block."""
    return role == "" and (_PRESENCE_HEADING.match(cell) is not None or _PLACE_LABEL.match(cell) is not None)


def _respective(cell: str, offset: int, att: Attendance) -> tuple[list[tuple[str, int, int]], int] | None:
    """The members and substitutes of "A, B och C ersattes av D, E respektive F" and where the phrase ends in
    ``cell``; None without that phrase (or with lists of different lengths)."""
    m = _RESPECTIVE.search(cell)
    if m is None:
        return None
    members = [(x.group(), m.start(2) + x.start()) for x in re.finditer(PLAIN_NAME, m.group(2))]
    subs = [(x.group(), m.start(3) + x.start()) for x in re.finditer(PLAIN_NAME, m.group(3))]
    if len(members) != len(subs):
        return None
    found = []
    member_role = "ledamot" if m.group(1) else None
    for (member, ms), (sub, ss) in zip(members, subs, strict=True):
        att.add(member, None, member_role, offset + ms, offset + ms + len(member))
        p = att.add(sub, None, "tjänstgörande ersättare", offset + ss, offset + ss + len(sub))
        p.replaces = member
        found += [(member, offset + ms, offset + ms + len(member)), (sub, offset + ss, offset + ss + len(sub))]
    return found, m.end()


# "Samtliga 81 ledamöter med undantag för A (C) och B (SD), för vilka ersättarna C (C) respektive D (SD)
# tjänstgör", "Samtliga ledamöter utom A (C). I hans ställe tjänstgjorde B (C).": attendance by exception, the
# absent members paired in order with the substitutes who serve for them.
_NAME_AND_PARTY = rf"{PLAIN_NAME}(?:[ \u00a0]*\([A-Za-zÅÄÖåäö]{{1,5}}\))?"
_SERVING_FOR_EXCEPTED = re.compile(
    rf"(?:med\s+undantag\s+(?:för|av)|utom)\s+(?:ledam(?:öterna|oten)\s+)?"
    rf"(?P<members>{_NAME_AND_PARTY}(?:\s*(?:,|och)\s*{_NAME_AND_PARTY}){{0,9}})"
    # (Also in the passive, without the verb after the substitutes: "…, som ersattes av de tjänstgörande ersättarna
    # C respektive D."; why: the second substitute was lost.)
    rf"(?:,?\s+(?:för\s+(?:vilka|vilken|dessa|denne|denna)|(?P<passive>som\s+(?:ersattes|ersätts|ersatts)\s+av))\s+"
    rf"(?:de\s+|den\s+)?(?:tjänstgörande\s+)?ersättar(?:na|en)\s+"
    # (Also as a sentence of its own with the verb first: "… utom A (KD). I hans ställe tjänstgjorde B (KD)."; why:
    # the substitute got no role.)
    rf"|[.,]?\s+(?P<stead>[Ii]\s+(?:hans|hennes|deras|dennes)\s+ställe\s+(?:tjänstgjorde|tjänstgör|har\s+tjänstgjort)"
    rf"\s+)(?:(?:den\s+|de\s+)?(?:tjänstgörande\s+)?ersättar(?:na|en)\s+)?)"
    # (The pairing word also abbreviated, "C (M) resp. D (S)"; why: only the first substitute was read.)
    rf"(?P<subs>{_NAME_AND_PARTY}(?:\s*(?:,|och|respektive|resp\.)\s*{_NAME_AND_PARTY}){{0,9}})"
    rf"(?(passive)(?![ \u00a0]*\()|(?(stead)|\s+tjänstgör(?:de)?\b))")
_PARTY_AFTER = re.compile(r"[ \u00a0]*\(([A-Za-zÅÄÖåäö]{1,5})\)")


def _serving_for_excepted(cell: str, offset: int, att: Attendance,
                          names_here: list[tuple[str, int, int]]) -> tuple[str, int]:
    """Read "med undantag för A och B, för vilka ersättarna C respektive D tjänstgör" (see
    ``_SERVING_FOR_EXCEPTED``): the substitutes serve for the members in order, the absent members get no role;
    returns the rest of the cell after the phrase and its offset (the cell as it is without the phrase).

    Why: the names were read as entries under "Närvarande ledamöter", so the absent members and the first
    substitute became ledamot."""
    m = _SERVING_FOR_EXCEPTED.search(cell)
    if m is None:
        return cell, offset

    def people(group: str) -> list[tuple[str, str | None, int]]:
        out = []
        for x in re.finditer(PLAIN_NAME, m.group(group)):
            party = _PARTY_AFTER.match(m.group(group), x.end())
            out.append((x.group(), canonical_party(party.group(1)) if party else None, m.start(group) + x.start()))
        return out

    members, subs = people("members"), people("subs")
    if len(members) != len(subs):
        return cell, offset
    for (member, mparty, ms), (sub, sparty, ss) in zip(members, subs, strict=True):
        att.add(member, mparty, None, offset + ms, offset + ms + len(member))
        p = att.add(sub, sparty, "tjänstgörande ersättare", offset + ss, offset + ss + len(sub))
        p.replaces = member
        names_here += [(member, offset + ms, offset + ms + len(member)), (sub, offset + ss, offset + ss + len(sub))]
    rest = cell[m.end():]
    stripped = rest.lstrip(". ")
    return stripped, offset + m.end() + len(rest) - len(stripped)


# The past tense of narrative minutes only after its adverb ("Dessutom närvarade miljöchef A, …"; why: those
# officials got no role), since a sentence may open with a bare "Deltog …" of something else.
_ALSO_TAKING_PART = re.compile(r"(?i)^\s*(?:(?:därutöver|dessutom|vidare|även)\s+(?:deltog|närvarade|medverkade)|"
                               r"(?:(?:därutöver|dessutom|vidare|även)\s+)?(?:deltar|närvarar|medverkar))"
                               r"(?:\s+(?:även|också|dessutom))?\s+(?=[a-zåäö])")


# A party in parentheses before a name: "(S) Eva Fors för Lars Dahl".
_LEADING_PARTY = re.compile(r"\(([A-Za-zÅÄÖåäö]{1,4})\)[ \u00a0]+(?=[A-ZÅÄÖÉ][^\W\d_]+[ \u00a0-][A-ZÅÄÖÉ])")


def _party_first_entry(cell: str, offset: int, role: str | None, att: Attendance, bare_role: str | bool | None,
                       party: str | None, lead: re.Match[str]) -> list[tuple[str, int, int]]:
    """The entry of a cell that opens with the party ("(S) Eva Fors för Lars Dahl"): read without it, the party
    given to its first person only (a member replaced is named without one).

    Why: with the party before the name no name pattern read it, and the substitute lost the party."""
    code = canonical_party(lead.group(1))
    found = _entries(cell[lead.end():], offset + lead.end(), role, att, bare_role, party)
    if code is not None and found and (p := att.people.get(found[0][0])) is not None and p.party is None:
        p.party = code
    return found


# The whole gap between two entries of a signature line, a role word that opens the second: ", justerare ".
# (Also abbreviated: "ordf. A (C), 1:e vice ordf. B (S)".)
_OPENING_ROLE = re.compile(r"\s*,\s*((?:(?:förste|andre|1:e|2:e)\s+)?(?:vice|v\.)\s*ordf(?:örande|\.)|"
                           r"ordförande|ordf\.|justerare|justerande|sekreterare)\s+$", re.I)


def _signature_role_opening(gap: str, role: str | None) -> str | None:
    """The role of an entry of a line opened by a signature label whose role word stands before the entry's name
    ("Ordförande Erik Lundmark (S), justerare Ylva Sandström (V)": ``gap`` ", justerare "), else None.

    Why: the role word after the first name's party was read as that person's own role ("Name (P), justerare"), so
    the chair became the adjuster and the adjuster, under the line's label, the chair.  Only on a line whose label
    is a signature role (a list "Ledamöter: A (S), ordförande, B (M)" sets the role after the name)."""
    if role not in _SIGNATURE_ROLES or (m := _OPENING_ROLE.fullmatch(gap)) is None:
        return None
    word = m.group(1).casefold()
    return "justerare" if word == "justerande" else _role_word(word)


# "Jimmy Aronsson (SD) i st.f. Stig Hultberg (SD)": "i stället för" abbreviated with its dots.
_DOTTED_ISTF = re.compile(r"(?i)(?<![\w.])i st\. ?f\.(?= )")


def _spelt_substitution(ln: Line) -> Line:
    """An attendance line with "i st.f." (or "i st. f.") written as the "tjg för" (or "tjg. för") of the same
    length that the substitution patterns read, so that offsets stay the source's.

    Why: only "istf" and "i stället för" were read, and the dots split the entry, so the substitute got no
    tjänstgörande ersättare."""
    if "st." not in ln.text:
        return ln
    text = _DOTTED_ISTF.sub(lambda m: "tjg för" if len(m.group()) == 7 else "tjg. för", ln.text)
    return ln if text == ln.text else replace(ln, text=text)


# Running text after a name: three lower-case words in a row ("… använder endast kakor som …").  A list's entry has
# at most a note of two before the next name ("… tjänstgör för Per Holm").
_PROSE_AFTER = re.compile(r"[ \u00a0]+[a-zåäö][\w-]*[ \u00a0]+[a-zåäö][\w-]*[ \u00a0]+[a-zåäö]")


# A signature label opening a bulleted list item: "- Sekreterare: Eva Ek", "• Justerare: Per Lund (M)"; also a
# vice chair's role word before the name, "- 1:e vice ordförande Eva Ek (S)" (why: with the bullet before it the
# numbered role was no label and the vice chairs lost their role, while "- Ordförande Per Lund (M)" kept his).
_BULLETED_SIGNATURE_LABEL = re.compile(r"^[ \t]*[-–•*▪●][ \t]+(?=(?i:sekreterare|ordförande|justerare|justerande)"
                                       r"[ \t]*:|(?i:(?:förste|andre|1:e|2:e|3:e)[ \t]+)?(?i:vice)[ \t]+"
                                       r"(?i:ordförande)[ \t]+[A-ZÅÄÖÉ])")


# "Justerandes signatur", "Justerares sign.": the justerare's label as a page's footer writes it.
_SIGNATURE_WORD_LABEL = re.compile(r"(?i)^(justerandes|justerares)\s+(?:signatur|sign\.?)$")


def _signature_word_label_row(ln: Line) -> Line:
    """A row of signature labels ("Justerandes signatur | Ordförande | Sekreterare") with its "Justerandes
    signatur" cell read as "Justerande" (blanked to the same length, so that offsets stay the source's).

    Why: that cell was no label, so the names in the row under it were paired with the labels one column off: the
    justerare became ordförande and the secretary was lost.  Only in a row whose other cells are all signature
    labels: alone (or beside "Utdragsbestyrkande") it is the footer of every page, no label over names."""
    if "ign" not in ln.text:
        return ln
    cells = [(m.group(), m.start()) for m in re.finditer(r"[^\t]+?(?=\t| {3,}|$)", ln.text) if m.group().strip()]
    hit = next(((c, at) for c, at in cells if _SIGNATURE_WORD_LABEL.match(c.strip())), None)
    if hit is None or len(cells) < 2 or not all(
            c is hit[0] or ((lab := label_role(c.strip())) is not None and lab[0] in _SIGNATURE_ROLES)
            for c, _ in cells):
        return ln
    cell, at = hit
    lead = len(cell) - len(cell.lstrip())
    word = "Justerande"
    return replace(ln, text=ln.text[:at + lead] + word + " " * (len(cell) - lead - len(word)) +
                   ln.text[at + len(cell):])


def _unbulleted_signature_label(ln: Line) -> Line:
    """A line "- Sekreterare: Eva Ek" (or "- 1:e vice ordförande Eva Ek (S)") with its bullet blanked (the same
    length, so that offsets stay the source's), to be read as the labelled line it is.

    Why: a web page lists the original's signatures as a bulleted list; read as a list item under the heading
    above, the label gave no role and the secretary who signed was no sekreterare."""
    if ln.text[:1] not in "-–•*▪● \t" or (m := _BULLETED_SIGNATURE_LABEL.match(ln.text)) is None:
        return ln
    return replace(ln, text=" " * m.end() + ln.text[m.end():])


def _whole_role_among_staff(after: str) -> str | None:
    """The role of a party member listed among those present without a vote ("Övriga närvarande"): only a role
    word that is the whole remark after the name ("Linnea Gran (S), ersättare"), else None.

    Why: such a member is no official, so the list's role was dropped, and with it the role written beside the
    name; a longer remark ("ordförande i kommunstyrelsen") is another body's role and still gives none."""
    return cell_role(after)


# The body a role word is held in, in lower case after it ("ordförande i kommunrevisionen", "ledamot för
# revisorerna"), not "i stället för" (a substitution) nor a capitalised name ("ersättare för Eva Ek").
_OTHER_BODY_OFFICE = re.compile(r"\s+(?:i\s+(?!stället\b)|för\s+)[a-zåäö]")


# A sentence of a running attendance paragraph that names its people's role before them: "Ordförande var A (M),
# vice ordförande B (S).", "Protokollet justerades av A och B."
_ROLE_SENTENCE = re.compile(r"\s*(?:((?:(?:förste|andre|1:e|2:e)\s+)?(?:vice\s+)?ordförande|sekreterare)\s+(?:var|är)"
                            r"|(?:protokollet\s+)?(?:justerades|justeras|har\s+justerats)\s+av)\s+(?=[A-ZÅÄÖÉ])", re.I)


def _role_sentence(cell: str) -> tuple[str, int] | None:
    """The role a sentence gives the people it names after its opening words ("Ordförande var", "Protokollet
    justerades av"), and where they start; None for any other cell.

    Why: read as a list without a label, the sentence gave no role, and the next role word ("…, vice ordförande
    B") was taken for the first name's own role, so the chair became vice chair and the vice chair and the
    adjusters got none."""
    m = _ROLE_SENTENCE.match(cell)
    if m is None:
        return None
    return (_role_word(m.group(1)) if m.group(1) else "justerare"), m.end()


def _entries(cell: str, offset: int, role: str | None, att: Attendance,
             bare_role: str | bool | None = True, party: str | None = None) -> list[tuple[str, int, int]]:
    """People in one cell of an attendance list, with the cell's role and any role written beside them.

    ``bare_role`` is the role for names without a party (``True``: the same as ``role``).
    """
    if role is None and (said := _role_sentence(cell)) is not None:
        # The rest reads as a signature line under that label: "A (M), vice ordförande B (S)".
        role, bare_role = said[0], True
        cell, offset = cell[said[1]:], offset + said[1]
    if (lead := _LEADING_PARTY.match(cell)) is not None and canonical_party(lead.group(1)):
        return _party_first_entry(cell, offset, role, att, bare_role, party, lead)
    found: list[tuple[str, int, int]] = []
    cell = _leader_as_comma(cell)
    also = _ALSO_TAKING_PART.match(cell)
    if also and role in (None, "") and not _PARTY_PAREN.search(cell):
        # "Därutöver deltar kommundirektör A, kommunsekreterare B …" in a running attendance paragraph: the
        # officials of an "Övriga närvarande" list.
        cell, offset, role, bare_role = cell[also.end():], offset + also.end(), "tjänsteman", True
    elif role in (None, "") and _TITLE_OPENS_SENTENCE.match(cell) and not _PARTY_PAREN.search(cell):
        # "… och E (SD). Kommundirektör A B, planarkitekt C D och nämndsekreterare E F.": a sentence of a running
        # attendance paragraph that opens with a job title before a name, and names no party, lists officials, as
        # the "Därutöver deltar" sentence does without its verb (why: read without a role, they were no officials).
        role, bare_role = "tjänsteman", True
    if "(5)" in cell:
        # OCR reads "(S)" as "(5)"; after a name in an attendance list a party is what stands there.
        cell = _OCR_S.sub("(S)", cell)
    cell = _OCR_I.sub("I", cell)
    people = list(find_people(cell))
    if people:
        group = role
        prev: PersonInfo | None = None
        replaced_last = False  # the entry before was a member replaced by the substitute before it
        for i, m in enumerate(people):
            before = cell[people[i - 1].end if i else 0: m.start]
            after = cell[m.end: people[i + 1].start if i + 1 < len(people) else len(cell)]
            after = _without_home_municipality(after)
            if prev is None and _REPLACED_BEFORE.search(before):
                # "Anneli Ström, ersätter Per Sundin (KD)": the substitute is named without a party.
                sub_name = re.match(rf"\s*({PLAIN_NAME})", before)
                if sub_name:
                    ss = offset + sub_name.start(1)
                    prev = att.add(sub_name.group(1), party, None, ss, ss + len(sub_name.group(1)))
                    found.append((sub_name.group(1), ss, ss + len(sub_name.group(1))))
            if prev is not None and _REPLACED_BEFORE.search(before):
                # "Kajsa Lind (C), som ersätter Oskar Forsberg (C)": Oskar is the member replaced.
                prev.replaces = m.name
                if not _bare_ersatter(before, group):
                    _serves(prev, "ersättare" if _serving_ersattare_note(before, after) else group)
                att.add(m.name, m.party, None, offset + m.start, offset + m.end)
                found.append((m.name, offset + m.start, offset + m.end))
                prev, replaced_last = None, True
                continue
            if replaced_last and _further_replaced(before):
                # "… för Gunilla Norberg (S) § 33 och för Per-Erik Svedberg (S) §§ 34–36": a second member replaced.
                att.add(m.name, m.party, None, offset + m.start, offset + m.end)
                found.append((m.name, offset + m.start, offset + m.end))
                continue
            replaced_last = False
            replaced = prev if prev is not None else att.last if i == 0 and before[:1].islower() else None
            if replaced is not None and _REPLACED_BY.search(before):
                # "Kjell Andersson (m), som ersätts av Lena Ström (m)": this one serves for the one before (on
                # the line before, where the list wraps).
                p = att.add(m.name, m.party, None, offset + m.start, offset + m.end)
                p.replaces = replaced.name
                p.add_role("tjänstgörande ersättare")
                found.append((m.name, offset + m.start, offset + m.end))
                prev = None
                continue
            gk = _GROUP_ROLE.search(before)
            if gk:
                word = gk.group(1).casefold()
                group = "tjänstgörande ersättare" if "tjänstgörande" in word else \
                    "ersättare" if "ersätt" in word else "ledamot"
            inline = _INLINE_ROLE.match(after) or _dash_role(after)
            r = group
            if (opening := _signature_role_opening(before if i else "", role)) is not None:
                r = opening
            if inline and i + 1 < len(people) and _signature_role_opening(after, role) is not None:
                inline = None  # the role word opens the next entry
            if inline and not _substitution_note(after, inline):
                r = _role_word(inline.group(1))
            elif _INLINE_ERS.match(after):
                r = "ersättare"
            if role == "tjänsteman":
                r = _whole_role_among_staff(after)  # a party member under "Övriga närvarande" is no official
            r = _bare_ers_role(after, i + 1 < len(people)) or r
            if _RESERVE_AFTER_NAME.match(after):
                r = None  # "… med Emma Vikström (V) som ersättare": a reserve adjuster, not an adjuster
            p = att.add(m.name, m.party, r, offset + m.start, offset + m.end)
            for extra in m.roles:
                p.add_role(extra)
            sub = _SUBSTITUTE.match(after)
            serving = _serving_after_role(after, inline) if sub is None else None
            sub = sub or serving
            if sub and not (i + 1 < len(people) and _REPLACED_BEFORE.search(after)) and (
                    r == "tjänstgörande ersättare" or "tjg" in after or "ersätter" in after or serving):
                p.replaces = sub.group(1)
                _serves(p, r, partly_in=role if "§" in sub.group(0) else None)
                # The member replaced is a person of the meeting too ("… istf Ulla Sten (Torsås)").
                rs = offset + m.end + sub.start(1)
                att.add(sub.group(1), None, None, rs, rs + len(sub.group(1)))
            found.append((m.name, offset + m.start, offset + m.end))
            prev = p
        if role == "tjänsteman":
            found += _staff_before_members(cell, people, offset, att)
            found += _staff_after_members(cell, people[-1].end, offset, att)
        return found
    # Entries without a party: "Katarina Holmér, socialdirektör", or a bare name under a signature label.
    if bare_role is not True:
        role = bare_role  # type: ignore[assignment]
    for part in _plain_entries(cell):
        m = _PLAIN_NAME.match(part.strip())
        if not m or not _looks_like_name(m.group(1)):
            continue
        # A name wrapped over lines keeps the no-break spaces that stand for the line break; the person's name has one
        # space, its span the name as printed.
        raw, title = m.group(1), m.group(2)
        name = " ".join(raw.split())
        halves = _split_known(name, att)
        if halves:
            # "Gustav Ljungberg Sara Wennerholm": two signatures that text extraction ran together.
            for h in halves:
                hs = offset + cell.find(h)
                att.add(h, None, None, hs, hs + len(h))
                found.append((h, hs, hs + len(h)))
            continue
        start = offset + cell.find(raw)
        end = start + len(raw)
        if title and _serving_entry(name, title, start, offset + cell.find(title), party, att):
            found.append((name, start, end))
            continue
        if title == "ersatt":
            # The member a substitute serves for: a person of the meeting, but not in this list's role.
            att.add(name, party, None, start, end)
            if found:
                sub = att.people[found[-1][0]]
                sub.replaces = name
                _serves(sub, role)
            found.append((name, start, end))
            continue
        r = role
        if role == "justerare" and _RESERVE_AFTER_NAME.match(cell, end - offset):
            # "Lisa Nord, med Anna Ek som ersättare" without parties: Anna is the reserve adjuster, as with parties
            # (why: read as one more name under the label, the reserve took the justerare role).
            r = None
        inline = _INLINE_ROLE.match(", " + title) if title else None
        if inline and _OTHER_BODY_OFFICE.match(title, inline.end() - 2):
            # "Anna Ek, ordförande i kommunrevisionen": an office held in another body, no role in this meeting
            # (and no official's title either).
            att.add(name, party, None, start, end)
            found.append((name, start, end))
            continue
        if inline:
            r = _role_word(inline.group(1))
        elif title and _body_secretary(title):
            r = "sekreterare"
        elif role == "tjänsteman" and not (title and _is_job_title(title)):
            r = None
        elif role in ("ledamot", "ersättare", "tjänstgörande ersättare", None) and not title and \
                name not in att.people:
            r = role if role else None
            if role is None:
                if _PROSE_AFTER.match(cell, end - offset):
                    continue  # "Nova Webb använder endast kakor …": a sentence's subject, no one listed
                found.append((name, start, end))
                att.add(name, party, None, start, end)
                continue
        att.add(name, party, r, start, end)
        if title and role == "tjänsteman" and r != "tjänsteman" and _is_job_title(title):
            att.people[name].add_role("tjänsteman")
        found.append((name, start, end))
    return found



# "Lars Thörn (S) ers, Eva Nyqvist (M) ers (på distans)": the abbreviation "ers" without its dot after the party, as
# the whole remark (not "ers för X", a substitution).
_BARE_ERS = re.compile(r"(?i)^[\s\u00a0]*,?[\s\u00a0]*ers(?![.\w])(?=[\s\u00a0]*(?:[,;(]|$))")


def _bare_ers_role(after: str, more: bool) -> str | None:
    """ "ersättare" where the text after a member's party is the bare abbreviation "ers" ("Lars Thörn (S) ers,"),
    else None.  With ``more`` (another person follows) a comma, semicolon or bracket must close it, so that
    "A (M) ers B (M)" (the substitute before the member replaced) is no role.

    Why: only "ers." with its dot was read (``_INLINE_ERS``), and under an "Övriga:" label a party member got no
    role at all, so the ersättare listed there in running text lost theirs."""
    m = _BARE_ERS.match(after)
    if m is None or (more and not re.match(r"[\s\u00a0]*[,;(]", after[m.end():])):
        return None
    return "ersättare"


def _staff_after_members(cell: str, end: int, offset: int, att: Attendance) -> list[tuple[str, int, int]]:
    """The officials listed with a title after the last party member of a staff label's running text ("Övriga:
    Lars Thörn (S) ers, Eva Nyqvist (M) ers, Jan Wester, kommunchef, Lina Carlsson, ekonomichef"): each
    "Name, title" entry after that member's remark is a `tjänsteman`.

    Why: once a cell named anyone with a party only those were read, so the officials after them were lost."""
    comma = cell.find(",", end)
    if comma < 0:
        return []
    return _titled_staff(cell[comma + 1:], offset + comma + 1, att)


# The joining word or comma between the last official and the first party member: "… Per Lund samt ".
_JOIN_END = re.compile(r"(?:\s*(?:\(\s*§[^()]*\))?\s*(?:,|\bsamt\b|\boch\b)\s*)+$")


def _staff_before_members(cell: str, people: list[NameMatch], offset: int,
                          att: Attendance) -> list[tuple[str, int, int]]:
    """The officials listed with a title before the first party member of a staff label's running text ("Dessutom
    närvarande: kommunsekreterare Eva Ek, ekonomichef Per Lund (§ 4) samt Bo Alm (S), revisor"): each is a
    `tjänsteman`.

    Why: once a cell named anyone with a party only those were read, so the officials before them lost their role
    (the counterpart of ``_staff_after_members``)."""
    first = next((m for m in people if m.party), None)
    if first is None:
        return []
    head = cell[:first.start]
    join = _JOIN_END.search(head)
    if join is None:
        return []
    return _titled_staff(head[:join.start()], offset, att)


def _titled_staff(part_text: str, offset: int, att: Attendance) -> list[tuple[str, int, int]]:
    """Each "Name, title" or "title Name" entry of ``part_text`` (at ``offset``) whose title is a job title, added
    as a `tjänsteman`."""
    found: list[tuple[str, int, int]] = []
    for part in _plain_entries(part_text):
        m = _PLAIN_NAME.match(part.strip())
        if not m or not _looks_like_name(m.group(1)) or not m.group(2) or not _is_job_title(m.group(2)):
            continue
        at = part_text.find(m.group(1))
        if at < 0:
            continue
        start = offset + at
        att.add(m.group(1), None, "tjänsteman", start, start + len(m.group(1)))
        found.append((m.group(1), start, start + len(m.group(1))))
    return found


# "styrelsens sekreterare", "nämndens sekreterare": the body's genitive before the role word.
_BODY_SECRETARY = re.compile(r"(?i)[a-zåäö]+(?:ens|ets|ns)\s+sekreterare")


def _body_secretary(title: str) -> bool:
    """Whether the title after a name says the person is the body's secretary ("Lina Ek, styrelsens sekreterare").

    Why: an extract certified by the secretary ("Utdragsbestyrkande: A, styrelsens sekreterare") names the
    meeting's secretary only there; the title was read as a job title and the role lost."""
    return _BODY_SECRETARY.fullmatch(title.strip()) is not None


# ", Tyresö kommun, ordförande": a member's home municipality between the party and the role (a kommunalförbund's
# or a joint nämnd's members come from several municipalities).
_HOME_MUNICIPALITY = re.compile(r"^\s*,\s*[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s+(?:kommun|stad|Stad)(?=\s*,)")
# ", Örebro, ledamot" / ", Upplands Väsby, ersättare": the home town alone, as a förbund's list writes it (why: the
# role after it was not read, and a member in an absence line with a role word lost it).
_HOME_TOWN = re.compile(r"^\s*,\s*[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?(?=\s*,)")


def _without_home_municipality(after: str) -> str:
    """The text after a name's party with a home municipality before the role blanked out (same length, so that
    offsets into it still hold): ", Tyresö kommun, ordförande" reads as ", ordförande".

    Why: the role pattern wants the role right after the party, so "Anna Grip (M), Tyresö kommun, ordförande" lost
    her role and got the list's (ledamot)."""
    if "kommun" not in after and "stad" not in after and "Stad" not in after:
        # ", Örebro, ledamot": the home town without "kommun", blanked only where a role word follows it.
        m = _HOME_TOWN.match(after)
        return after if m is None or not _INLINE_ROLE.match(after[m.end():]) else " " * m.end() + after[m.end():]
    m = _HOME_MUNICIPALITY.match(after)
    return after if m is None else " " * m.end() + after[m.end():]


# "tjg ersättare för Nina Ek", "tjänstgörande ersättare för Nina Ek": a bare entry's note that the person serves for a
# member (case-sensitive name); also the verb alone, "tjänstgör i stället för Nina Ek", "tjänstgörande för Nina Ek"
# (why: the participle was no role word, so a company board's suppleant kept the list's role, ersättare, and the
# member replaced was no person of the meeting).
_SERVING_TITLE = re.compile(r"(?i:(?:(?:tjg\.?|tjänstgörande)\s+(?:ers\.?|ersättare)|tjänstgör(?:ande)?)\s+"
                            r"(?:för|istf\.?|i\s+stället\s+för))"
                            r"\s+(?P<name>[A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3})\s*$")

# "Mats Holm (suppl. för Olof Nyberg)": a substitute's note naming the member replaced, "suppleant/ersättare för"
# also abbreviated; "för" makes the substitute serve (tests/heldout4 rule; why: read as a job title, the substitute
# got the list's role, ledamot).
_DEPUTY_FOR = re.compile(r"(?i:(?:suppl\.?|suppleant|ers\.|ersättare)\s+(?P<link>för|istf\.?|i\s+stället\s+för))"
                         r"\s+(?P<name>[A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3})\s*$")


# "Kent Hjort (M), tjg ers för Pia Lund (M)": the abbreviated serving note before the member replaced; also without
# "ers" ("Eva Ring, tjg för Pia Lund": why: the substitute in a voting list's name cell got no role).
_ABBREVIATED_SERVING = re.compile(r"^\s*(?i:tjg\.?\s+(?:ers(?:\.|ättare\b|\b)\s*)?(?:för|istf\.?|i\s+stället\s+för))"
                                  r"\s+[A-ZÅÄÖÉ]")


def _abbreviated_serving_note(inline: str) -> bool:
    """Whether the note after a name in a table cell is an abbreviated serving note ("tjg ers för Pia Lund (M)").

    Why: "tjg ers" is no ``_INLINE_ROLE`` word (only the written-out "tjänstgörande ersättare" is), so in a
    "Ledamöter | Ersättare" table the substitute kept the column's role, ledamot, though the member replaced was
    read."""
    return _ABBREVIATED_SERVING.match(inline) is not None


def _deputy_note(inline: str) -> str | None:
    """The note beside a name in a table cell that makes it a serving substitute ("suppl. för Olof Nyberg", see
    ``_DEPUTY_FOR``), returned as "för Olof Nyberg" with the deputy word blanked out (same length, so offsets into
    it hold) for ``_inline_replaced``; None for any other note.

    Why: the abbreviated "suppl." is no role word, so the substitute took the column's role (ledamot) and the
    member replaced that role too."""
    m = _DEPUTY_FOR.search(inline)
    if m is None or inline[:m.start()].strip() or inline[m.end():].strip():
        return None
    return " " * m.start("link") + inline[m.start("link"):]

def _serving_entry(name: str, title: str, start: int, title_start: int, party: str | None,
                   att: Attendance) -> bool:
    """Read "Per Lind, tjg ersättare för Nina Ek" in a list without parties: Per Lind a serving ersättare for Nina
    Ek, who is a person of the meeting (of the same party group) without a role; False for any other title.

    Why: the note was taken as a job title, so the substitute got the list's role (ledamot) and the member replaced
    was not read."""
    m = _SERVING_TITLE.fullmatch(title.strip()) or _DEPUTY_FOR.fullmatch(title.strip())
    if m is None:
        return False
    replaced = m.group("name")
    p = att.add(name, party, "tjänstgörande ersättare", start, start + len(name))
    p.replaces = replaced
    ms = title_start + title.find(replaced)
    att.add(replaced, party, None, ms, ms + len(replaced))
    return True


# "§ 33 och för ", ", för ": between two members one substitute serves for.
_FURTHER_REPLACED = re.compile(r"^[\s\u00a0]*(?:§§?[\s\u00a0]*\d[\d\s\u00a0,–-]*)?[\s\u00a0]*(?:,|och|samt)[\s\u00a0]+"
                               r"(?:,[\s\u00a0]*)?för[\s\u00a0]*$")


def _further_replaced(before: str) -> bool:
    """Whether the text between a member replaced and the next name makes that name a further member the same
    substitute serves for ("Ulf Granberg (S) för Gunilla Norberg (S) § 33 och för Per-Erik Svedberg (S) §§ 34–36").

    Why: the second member was read as a list entry of its own and given the list's role (ersättare)."""
    return _FURTHER_REPLACED.match(before) is not None


# A serving word after an ersättare's role: "Bo Ek (S), ersättare, tjänstgör för Siv Lind".
_SERVING_WORD = re.compile(r"(?i)\s*,?\s*(?:tjg\b|tjänstgör|ersätter\b|istf\b|i\s+stället\s+för\b)")


def _serving_after_role(after: str, inline: re.Match[str] | None) -> re.Match[str] | None:
    """The member served for, named after an ersättare's role word and a serving word, or None.

    Why: "Name (P), ersättare, tjänstgör för X" puts the role before the substitution, so the substitution does not
    follow the name directly; the ersättare serves for X and is a serving ersättare."""
    if inline is None or _role_word(inline.group(1)) != "ersättare":
        return None
    if not _SERVING_WORD.match(after, inline.end()):
        return None
    # The role blanked out, so that the match's offsets are the cell's: the pattern allows leading space.
    return _SUBSTITUTE.match(" " * inline.end() + after[inline.end():])


# "(ersättare för Jonas Berntsson (M))": the word ersättare opening a note that names the member replaced.
_SUBSTITUTION_NOTE = re.compile(r"(?i)[\s\u00a0]+för[\s\u00a0]")


def _substitution_note(after: str, inline: re.Match[str]) -> bool:
    """Whether an inline "ersättare" beside a name opens a substitution ("X (M) (ersättare för Y (M))",
    "(Ersättare för …)") rather than giving the role ersättare.

    Why: in a list of those present or deciding the note says whom X serves for, so X is a tjänstgörande ersättare
    (set when Y is read), not a non-serving ersättare as the bare word would make X."""
    return inline.group(1).casefold() == "ersättare" and bool(_SUBSTITUTION_NOTE.match(after, inline.end()))


def _bare_ersatter(before: str, group: str | None) -> bool:
    """Whether a substitution is stated only by "ersätter" under a heading that gives no role ("Närvarande
    beslutande: … Rune Palm (M) ersätter Monika Sjöqvist (M)"): the substitute is no serving ersättare by that
    word alone (tests/corpus convention; "tjg för", a heading or a "tjänstgörande ersättarna" phrase says so).

    Why: the word was read as "tjänstgörande ersättare" in any list.  A note set off by a comma after the party
    ("Kim Ek (KD), ersätter Per Ny (KD)") states the entry's part in the list of those deciding, as ", tjg för" does:
    the substitute serves (why: the comma's note was read as the bare word, so the serving substitute was lost)."""
    return group is None and re.search(r"(?i)(?<!som)(?<!,)[\s\u00a0]+ersätter[\s\u00a0]*$", before) is not None


def _serving_ersattare_note(before: str, after: str) -> bool:
    """Whether the text between a substitute and the member replaced opens with the role word ersättare and a
    serving word ("…, ersättare, tjänstgör för …") and no paragraphs follow the member (``after``): the word belongs
    to the substitution note, and the substitute serves the whole meeting.

    Why: under a heading with no role ("Närvarande") the word was kept as a role of its own, so the substitute was
    both ersättare and tjänstgörande ersättare.  Serving only in some §§ ("… för Eva Ek (C) § 3"), the substitute
    is an ersättare in the others and keeps both roles (tests/heldout73)."""
    inline = _INLINE_ROLE.match(before)
    return inline is not None and _role_word(inline.group(1)) == "ersättare" and \
        _SERVING_WORD.match(before, inline.end()) is not None and "§" not in after


def _serves(p: PersonInfo, list_role: str | None, partly_in: str | None = None) -> None:
    """A substitute serving for a member: the list's own role ("Beslutande ledamöter", "Ersättare") is not theirs,
    except where the note limits the service to some paragraphs and ``partly_in`` (the list's role) is "ersättare":
    one listed under "Ersättare" who serves in § 10 only ("Eva Ek (M), tjänstgör § 10 för Bo Al") attends the rest
    as an ersättare and keeps that role (why: she lost it, against the convention of both roles for a substitute
    who serves in part of the meeting)."""
    if partly_in == "ersättare":
        p.add_role("ersättare")
        p.add_role("tjänstgörande ersättare")
        return
    if list_role in ("ledamot", "ersättare") and list_role in p.roles and p.roles.index(list_role) == len(p.roles) - 1:
        p.roles.remove(list_role)
    if list_role == "ledamot" and "ersättare" in p.roles:
        # "Hans Ek (C), ersättare för Eva Lind (C)" in the list of members serving: a substitute who serves.
        p.roles.remove("ersättare")
    p.add_role("tjänstgörande ersättare")


# At most four hyphenated parts, and an entry starts where a word starts: otherwise "Å-Å-Å-…" and "ÅÅÅ…" are
# matched from every capital to the end of the run, quadratic in its length (found by fuzzing).
# "(Frånvarande ledamöterna) A, B och C ersattes av D, E respektive F": substitutes paired with members in order.
# Case-sensitive: the names are capitalised words, the function words between them are not.
_RESPECTIVE = re.compile(rf"(?:([Ll]edamöterna|[Ll]edamoten)\s+)?"
                         rf"({PLAIN_NAME}(?:\s*(?:,|och|samt)\s*{PLAIN_NAME}){{0,9}})"
                         rf"\s+(?:ersattes|ersätts)\s+av\s+"
                         rf"({PLAIN_NAME}(?:\s*(?:,|och|respektive)\s*{PLAIN_NAME}){{0,9}})")
#: Endings of job titles ("Förbundsdirektör", "Ekonomichef", "Nämndsekreterare"); no Swedish first name ends so.
_JOB_TITLE_ENDINGS = (r"direktör|chef|sekreterare|handläggare|strateg|controller|ekonom|jurist|utredare|samordnare|"
                      r"ansvarig|registrator|planerare|arkitekt|ingenjör|rektor|assistent|revisor")
# A title after the comma is not the next entry's title before its name ("…, ekonomichef Susanne Lind"), nor one of
# two words ending in a title word ("…, administrativ chef Eva Ek").
_ENTRY = re.compile(rf"(?<![^\W\d_])({PLAIN_NAME})"
                    rf"(?:\s*(?:,|[–-](?=\s))\s*(?![a-zåäö][\w-]*[ \u00a0]+{CAP_WORD}[ \u00a0]+{CAP_WORD})"
                    rf"(?![a-zåäö][\w.-]*[ \u00a0]+(?:[a-zåäö][\w-]*)?(?:{_JOB_TITLE_ENDINGS})[ \u00a0]+{CAP_WORD}"
                    rf"[ \u00a0]+{CAP_WORD})"
                    # A title in capitals is the abbreviation of a company's managing director ("VD Bolaget AB").
                    # An abbreviation joined to a title word is a title too ("VA-chef", "IT-strateg", "HR-chef").
                    r"((?:[a-zåäö0-9]|v?VD\b|[A-ZÅÄÖ]{2,4}-(?=[a-zåäö]))[\w\-: ]*?)(?=\s*(?:,|;|$|\.|§|\(|\boch\b))"
                    r"|\s*\(([a-zåäö0-9][^)]*)\)"
                    # "Helena Ek förbundsdirektör, Jonas Tell ekonomichef": a job title after the name without a comma,
                    # one word that ends as a title does (why: the entries were read without their titles, and the
                    # officials under "Övriga" got no role).
                    rf"|[ \u00a0]+([a-zåäö][a-zåäö-]*(?:{_JOB_TITLE_ENDINGS}))"
                    r"(?=[ \u00a0]*(?:,|;|$|\.|§|\())"
                    # "Eva Ek (Bygglov), handläggare": the official's unit in brackets, capitalised, and the title
                    # after it (why: the entry ended at the bracket, so the official had no title and no role, and
                    # the unit was read as an organisation represented).
                    r"|\s*\([A-ZÅÄÖ][a-zåäö][^()]{0,40}\)\s*,\s*([a-zåäö][\w\-: ]*?)(?=\s*(?:,|;|$|\.|§|\(|\boch\b)))?")
# "…, controller Sara Nyberg", also the last of a list: "… och upphandlingschef Lena Strid".
_TITLE_BEFORE = re.compile(r"(?:^\s*|[,;]\s*|\b(?:och|samt)\s+)([a-zåäö][a-zåäö-]{3,})\s*$")
_JOB_TITLE = re.compile(rf"(?i)(?:{_JOB_TITLE_ENDINGS})$")
# A sentence (or cell) that opens with a job title, capitalised or not, before a capitalised name: "Kommundirektör
# Eva Ek, …", "ekonomichef Per Lund och …".
_TITLE_OPENS_SENTENCE = re.compile(rf"^\s*[A-ZÅÄÖa-zåäö][a-zåäö-]*(?i:{_JOB_TITLE_ENDINGS})[ \u00a0]+"
                                   r"[A-ZÅÄÖÉ][a-zåäöéü]")
_REPLACING = re.compile(r"(?i)^\s*(?:för|ersätter|istf\.?|tjg\.?\s+för|i\s+stället\s+för)\s*$")

# ", som tjänstgjorde i stället för ": narrative attendance states a substitution in a relative clause between the
# substitute and the member replaced (why: the member replaced was read as an entry of the list, with its role, and
# the substitute was no serving ersättare).
# Also the role phrase after "som" and the verb alone: "Kim Ros som tjänstgörande ersättare för Siv Dahl",
# "Ersättaren Ulf Ås tjänstgör för Per Sand" (why: the member replaced took the list's role, ledamot, and the
# substitute kept the list's or the opening word's role instead of serving).
_SERVING_CLAUSE = re.compile(r"(?i)^\s*,?\s*(?:som\s+(?:tjänstgjorde|tjänstgör|har\s+tjänstgjort|"
                             r"tjänstgörande\s+ersättare)|tjänstgör|tjänstgjorde)\s+"
                             r"(?:i\s+stället\s+för|för|istf\.?)\s*$")

_PLACE_AFTER = re.compile(r"\s+(?:kommun|stad|Stad|län|landsting)\b")


def _plain_entries(cell: str) -> list[str]:
    """Entries of a list without parties: "A B, stadsdirektör, C D (kommunsekreterare) och E F".

    In "Pekka Salminen för Rebecka Wennberg" the second name is the member replaced: it comes back as
    "Rebecka Wennberg, ersatt" so that it gets no role of the list.
    """
    out: list[str] = []
    prev_end = None
    for m in _ENTRY.finditer(cell):
        name = m.group(1)
        # (Not a union's ombud after its union in brackets: "Eva Ek (Vision), skyddsombud" represents the union.)
        unit_title = m.group(5) if m.group(5) and not m.group(5).rstrip().endswith("ombud") else None
        title = m.group(2) or m.group(3) or m.group(4) or unit_title
        if _PLACE_AFTER.match(cell, m.end(1)):
            continue  # "Östra Göinge kommun" in a page head: a place, not a name
        gap = cell[prev_end or 0:m.start()]
        if out and "," not in out[-1] and _ORG_WORDS.search(name) and (employer := _title_before_employer(gap)):
            # "Lars Ahl, vd Moderbolaget AB, adjungerad": the title names the employer after it, and the employer is
            # no entry of its own (why: read as the next entry, the official kept no title and no staff role).
            out[-1] = f"{out[-1]}, {employer} {name}"
            prev_end = m.end()
            continue
        if prev_end is not None and (_REPLACING.match(gap) or _SERVING_CLAUSE.match(gap) or _serving_note_gap(gap)):
            title = "ersatt"
        elif not title:
            # "gymnasiedirektör Lars Fogelberg, controller Sara Nyberg": the title before the name.
            before = _TITLE_BEFORE.search(gap)
            if before and before.group(1) not in ("och", "samt", "med", "för", "ersätter"):
                title = before.group(1)
            else:
                title = _qualified_title_before(gap) or _qualified_job_title_before(gap)
        elif _INLINE_ROLE.match(", " + title):
            # "ekonomichef Susanne Lind (sekreterare)": the meeting role and the job title before the name.
            before = _TITLE_BEFORE.search(gap)
            if before and _JOB_TITLE.search(before.group(1)):
                title = f"{title}, {before.group(1)}"
        first, _, rest = name.partition(" ")
        # "VD Per-Anders Holm": an abbreviated title ("VD") opens the entry.
        if len(rest.split()) >= 2 and (_JOB_TITLE.search(first) or (first.isupper() and 2 <= len(first) <= 3
                                                                     and _is_job_title(first))):
            # "Förbundsdirektör Margareta Alm": a title opening the entry is capitalised like a name.
            name, title = rest, title or first.casefold()
        out.append(f"{name}, {title}" if title else name)
        prev_end = m.end()
    return out


# ", vd ", ", ekonomichef ": one lower-case job title between an entry's comma and the organisation it serves.
_EMPLOYER_TITLE_GAP = re.compile(rf"^\s*,\s*((?i:vd)|[a-zåäö][a-zåäö-]*(?:{_JOB_TITLE_ENDINGS}))\s+$")


def _title_before_employer(gap: str) -> str | None:
    """The job title in the text between an entry and an organisation's name ("…, vd Bolaget AB"), else None."""
    m = _EMPLOYER_TITLE_GAP.match(gap)
    return m.group(1) if m is not None else None


# A job title with what it covers, opening an entry before the name: "Samordnare för samiskt förvaltningsområde",
# "Chef för kultur- och fritidsförvaltningen", "Handläggare vid miljöenheten".  Lower-case words after the
# preposition only, so another entry's name or a sentence is none.
_QUALIFIED_TITLE = re.compile(r"^\s*(?:[,;]\s*)?([A-ZÅÄÖa-zåäö][a-zåäö-]*)\s+(?:för|vid|inom|på)"
                              r"(?:\s+[a-zåäö][a-zåäö-]*|\s+och){1,6}\s*$")


# ", tjänstgör för ": the serving note after a substitute's role word, before the member replaced ("Tobias
# Wennerholm, ersättare, tjänstgör för Lena Fagerström").
_SERVING_NOTE_GAP = re.compile(r"(?i)^\s*,\s*(?:tjänstgör|tjänstgjorde|tjg\.?)\s+(?:för|istf\.?|i\s+stället\s+för)\s*$")


def _serving_note_gap(gap: str) -> bool:
    """Whether the text between two names is a serving note set off by a comma, so that the second name is the
    member the first serves for.

    Why: only a bare "för"/"istf" between the names was read, so the substitute kept the role word "ersättare" before
    the note and the member replaced took the list's role."""
    return _SERVING_NOTE_GAP.match(gap) is not None

# What a job title covers after it: "samordnare för modersmål", "handläggare vid miljöenheten".
_FIELD_AFTER_TITLE = re.compile(r" (?:för|vid|inom|på) [a-zåäö]")


def _without_field(title: str) -> str:
    """A job title without what it covers ("samordnare för modersmål och studiehandledning" → "samordnare").

    Why: a title is known by its last word ("…chef", "…samordnare"), and the field after it hid the title in a
    roll's Funktion cell, so the official got no ``tjänsteman``."""
    m = _FIELD_AFTER_TITLE.search(title)
    return title[:m.start()] if m else title


def _qualified_title_before(gap: str) -> str | None:
    """The job title word of a title with its field before an entry's name ("Samordnare för samiskt
    förvaltningsområde Máret Sikku" → "samordnare"), or None.

    Why: ``_TITLE_BEFORE`` reads a one-word title right before the name only, and the words of the field between
    them left the official without a title (and so without ``tjänsteman``)."""
    m = _QUALIFIED_TITLE.match(gap)
    return m.group(1).casefold() if m and _JOB_TITLE.search(m.group(1)) else None


# "…, administrativ chef Eva Ek", "och biträdande rektor Per Lund": a job title of two lower-case words before the
# name, the last a title word.
_TWO_WORD_TITLE_BEFORE = re.compile(r"(?:^\s*|[,;]\s*|\b(?:och|samt)\s+)"
                                    r"([a-zåäö][a-zåäö.]+\s+[a-zåäö][a-zåäö-]{2,})\s*$")


def _qualified_job_title_before(gap: str) -> str | None:
    """The job title of two words before an entry's name, an adjective and the title word ("administrativ chef Eva
    Ek" → "administrativ chef"), or None.

    Why: ``_TITLE_BEFORE`` reads one word right before the name only, so the adjective in between left the official
    without a title (and so without ``tjänsteman``).  Only where the last word ends as a job title does."""
    m = _TWO_WORD_TITLE_BEFORE.search(gap)
    return m.group(1) if m and _JOB_TITLE.search(m.group(1)) else None


def _split_known(name: str, att: Attendance) -> list[str] | None:
    toks = name.split()
    if name in att.people or len(toks) < 4:
        return None
    for i in range(2, len(toks) - 1):
        a, b = " ".join(toks[:i]), " ".join(toks[i:])
        if a in att.people and b in att.people:
            return [a, b]
    return None


# "PROTOKOLLSUTDRAG<TAB>Kollektivtrafiknämnden<TAB>Sammanträdesdatum" / "2024-10-08": the label ends the line above.
_DATE_LABEL_END = re.compile(r"(?i)(?:^|\t| {2,})(?:sammanträdesdatum|mötesdatum|datum för sammanträdet)\s*:?\s*$")


def _under_date_label(above: str) -> bool:
    """Whether the line above a date ends with the meeting-date label, the date stacked under it in the header's
    column.

    Why: the date's own line has no word about the meeting, so a date met earlier (an e-mail's sent time above the
    forwarded extract) was taken as the fallback."""
    return _DATE_LABEL_END.search(above) is not None


_MEETING_HINT = re.compile(r"(?i)sammanträd|möte|fört vid|tid och plats|datum\b(?!\s+(?:då|för))|^tid\b")
# (A print's or an export's own date is no meeting's: "Utskrivet från sammanträdesportalen 2024-04-24".)
_NOT_MEETING = re.compile(r"(?i)justera|justering|anslag|nedtag|uppsätt|bevis|uppdaterad|publicerad|"
                          r"utdraget|bestyrk|intygar|skickad|expedierad|daterad|tjänsteutlåtande|"
                          r"utskriv|utskrift|exporterad")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` (as ``_sentences_of`` splits it) that holds ``text[start:end]``."""
    return next((s for s, at in _sentences_of(text) if at <= start and end <= at + len(s)), text)


# "den 24 och tisdagen den ", "24–": the first day of a meeting over two days, before the date of the second
# ("Måndagen den 24 och tisdagen den 25 november 2025", "24–25 november 2025").
_FIRST_DAY_BEFORE = re.compile(r"(?i)(?<![\d.:/-])(\d{1,2})(?::e|:a)?\s*(?:[–-]|\s(?:och|till)\s+"
                               r"(?:[a-zåäö]+dagen\s+)?(?:den\s+)?)$")


def _first_day(line: str, value: str, start: int) -> tuple[str, int]:
    """The date of a meeting's first day where ``value`` (at ``start`` in ``line``) is the second of a span over
    two days in one month, with where the span starts; else ``value`` and ``start``.

    Why: the day number before the span's date has no month of its own, so the second day was read as the
    meeting's date (the meeting's date is its first day)."""
    m = _FIRST_DAY_BEFORE.search(line, 0, start)
    if m is None or not value[8:].isdigit() or not 1 <= int(m.group(1)) < int(value[8:]):
        return value, start
    return f"{value[:8]}{int(m.group(1)):02d}", m.start()


_DIGIT = re.compile(r"\d")


def meeting_date(lines: list[Line]) -> tuple[str, int, int] | None:
    """The meeting's date from the first page: a line about the meeting first, else the first plain date."""
    fallback: tuple[str, int, int] | None = None
    prev = ""
    for ln in lines:
        above, prev = prev, ln.text
        if _DIGIT.search(ln.text) is None:
            continue  # every date is written with digits (``find_dates``), so a line without one has none
        if _NOT_MEETING.search(ln.text) is None:
            dates = find_dates(ln.text)
        else:
            # "Sammanträde onsdagen den 11 juni 2025 kl. 13.00. Protokollet är justerat och anslaget.": the word of
            # adjusting stands in a sentence of its own (why: it made the whole lead line no meeting's, and the
            # meeting lost its date); a date in the sentence that names the adjusting is still none.
            dates = [d for d in find_dates(ln.text) if not _NOT_MEETING.search(_sentence_around(ln.text, d[1], d[2]))]
        for value, s, e in dates:
            if _MEETING_HINT.search(ln.text) or _under_date_label(above):
                value, s = _first_day(ln.text, value, s)
                return value, ln.start + s, ln.start + e
            if fallback is None:
                fallback = (value, ln.start + s, ln.start + e)
    return fallback
