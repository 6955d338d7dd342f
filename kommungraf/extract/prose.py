"""People named in running text without a party: officials and guests by their title, citizens who ask a question,
people awarded or appointed in a decision ("Kommunpolis Sandra Lind", "tilldelas författaren Maria Hellqvist")."""

from __future__ import annotations

import re

from ..clean import MappedText
from .attendance import Attendance, PersonInfo, label_role
from .names import _NOT_NAME, CAP_WORD, ROLE_WORDS, find_people

# The last part of a title that stands before a person's name ("Energistrateg", "verkställande direktör",
# "Lokalpolisområdeschef", "kommunpolis", "dataskyddsombud"): each is searched with str.find, so that no pattern is
# tried at every position of the document (a whole-document scan per pattern is a measurable cost).
_TITLE_ENDS = ("chef", "strateg", "direktör", "handläggare", "sekreterare", "controller", "ekonom", "samordnare",
               "inspektör", "arkitekt", "ingenjör", "jurist", "planerare", "utredare", "specialist", "rektor",
               "revisor", "polis", "ombud")
_GAP = r"(?:[ ]+|[ ]*\n)"  # a title may end its line; never a tab (a cell's end in a table)
_SP = r"[ \u00a0]+"
# The name after a title: two or three capitalised words on one line (the title may end the line above); no name with
# its party in brackets after it (the name patterns read those), and followed by a word of the sentence, a stop or
# the line's end (not a tab and a column beside it).
_NAME_AFTER = re.compile(rf"{_GAP}((?>{CAP_WORD}{_SP}{CAP_WORD}(?:{_SP}{CAP_WORD})?+))(?![\w-])"
                         rf"(?=[ ]+[a-zåäö]|[ ]*[,.;:]|[ ]*\n|[ ]*$)")
# A line that breaks after the title goes on in running text: the title is no label or column of its own.
_PROSE_BEFORE = re.compile(r"(?:[.!?]|[a-zåäö,])[ ]$")
_VERB_AFTER = re.compile(r"[ ]+[a-zåäö]")
# Words that name an organisation or a place rather than a person.
_BODY_WORD = re.compile(r"(?i)nämnd|styrelse|fullmäktige|kommun|\bstad\b|region|förvaltning|\bAB\b|förening|"
                        r"myndighet|verket|polisen|länsstyrelse|bolag|förbund")

# A citizen at allmänhetens frågestund: "Britt-Marie Fransson, Åhus, frågar …", the place between commas.
_ASKER = re.compile(rf"({CAP_WORD}{_SP}{CAP_WORD}(?:{_SP}{CAP_WORD})?+),[ ]+{CAP_WORD},[ ]+(?:frågar|undrar)\b")
_ASK_WORDS = (" frågar", " undrar")

# A person a decision awards or appoints, after the verb and an optional definite noun of their occupation:
# "tilldelas författaren Maria Hellqvist", "tilldelas musikern Oskar Dahlin och dansaren Lina Mäki", "utses Petra
# Lindqvist, …".  Not a name with its party (read by the name patterns).
_NAMED_AFTER_VERB = re.compile(rf"(?:[ ]+[a-zåäö]{{3,}}n)?[ ]+((?>{CAP_WORD}{_SP}{CAP_WORD}(?:{_SP}{CAP_WORD})?+))"
                               rf"(?![\w-])(?![ ]*\()")
_APPOINTING_VERBS = ("tilldelas", "utses", "väljs")
_AND_NEXT = re.compile(r"[ \t]+(?:och|samt)")


def prose_people(text: str, full: MappedText, att: Attendance, full_names: dict[str, str]) -> None:
    """People named in the running text without a party, as persons without a role: officials and guests after
    their title, citizens asking at frågestunden, people a decision awards or appoints.

    Why: minutes name staff, external guests, prize winners and appointees in prose with no party in brackets, so
    no name pattern read them, and the gold counts them all as persons of the minutes."""
    for end in _title_ends(text):
        if (m := _NAME_AFTER.match(text, end)) is not None and _in_prose(text, end, m):
            _add(m, full, att, full_names)
    for word in _ASK_WORDS:
        for pos in _positions(text, word):
            stop = text.rfind(". ", 0, pos)
            start = max(text.rfind("\n", 0, pos) + 1, stop + 2 if stop != -1 else 0)
            if (m := _ASKER.match(text, start)) is not None:
                _add(m, full, att, full_names)
    _plural_title_people(text, full, att, full_names)
    for verb in _APPOINTING_VERBS:
        for pos in _positions(text, " " + verb):
            end = pos + len(verb) + 1
            while (m := _NAMED_AFTER_VERB.match(text, end)) is not None:
                _add(m, full, att, full_names)
                if (more := _AND_NEXT.match(text, m.end())) is None:
                    break
                end = more.end()


# "Bolagens verkställande direktörer, Tomas Gran, Bodens Energi AB, och Kristina Lax, Bodens Utveckling AB": a title in
# the plural, then each person's name and employer set off by commas.
_PLURAL_TITLES = ("direktörer, ", "chefer, ", "strateger, ", "handläggare, ", "samordnare, ",
                  "representanter, ")
_LISTED_NAME = re.compile(rf"((?>{CAP_WORD}{_SP}{CAP_WORD}(?:{_SP}{CAP_WORD})?+))(?![\w-])(?=,|[ ]+(?:och|samt)\b)")
# After a name: its employer and the "och" before the next name, or only the "och", or the comma before the next.
_NEXT_LISTED = re.compile(r",[ \n]+[^,.;:()]{2,60}?,?[ \n]+(?:och|samt)[ \n]+|[ \n]+(?:och|samt)[ \n]+")


def _plural_title_people(text: str, full: MappedText, att: Attendance, full_names: dict[str, str]) -> None:
    """The people listed after a title in the plural ("verkställande direktörer, Tomas Gran, Bodens Energi AB, och
    Kristina Lax, …", see ``_PLURAL_TITLES``), each name followed by a comma or "och".

    Why: the title patterns want the title in the singular right before one name, so guests listed after a
    plural title were no persons of the minutes."""
    for word in _PLURAL_TITLES:
        pos = text.find(word)
        while pos != -1:
            at = pos + len(word)
            for _ in range(8):
                m = _LISTED_NAME.match(text, at)
                if m is None:
                    break
                _add(m, full, att, full_names)
                if (nxt := _NEXT_LISTED.match(text, m.end())) is None:
                    break
                at = nxt.end()
            pos = text.find(word, pos + 1)


def _in_prose(text: str, end: int, m: re.Match[str]) -> bool:
    """Whether a title and the name after it (``m``, the title ending at ``end``) stand in running text: where a
    line end stands between them or inside the name, the title's line runs on before it and a lower-case word
    follows the name ("… underlag. Miljöstrateg / Malin Eriksson har tagit fram …").

    Why: a signature block or a staff column ends a line with a title ("Sekreterare") above a label and a name
    ("Justeras Anna Ek"), which read as a titled name."""
    if "\n" not in m.group(0):
        return True
    start = text.rfind("\n", 0, end) + 1
    word = re.search(r"[^\W\d_][\w-]*$", text[start:end])
    before = text[start:word.start() + start] if word else ""
    return bool(_PROSE_BEFORE.search(before)) and _VERB_AFTER.match(text, m.end()) is not None


def _positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text``, followed by a space, a tab or a line end (no longer word)."""
    out = []
    pos = text.find(word)
    while pos != -1:
        after = pos + len(word)
        if after < len(text) and text[after] in " \t\n":
            out.append(pos)
        pos = text.find(word, after)
    return out


# The definite ending of each title a decision names its holder by ("ge förvaltningschefen Åsa Lind i uppdrag att
# …", "rektorn Per Ek"), as Swedish writes a title before a name inside a sentence.  Not "polisen" and "ombudet",
# which name the authority or a body's representative more often than a person's title.
_DEFINITE_ENDINGS = {"chef": "en", "strateg": "en", "direktör": "en", "handläggare": "n", "sekreterare": "n",
                     "controller": "n", "ekonom": "en", "samordnare": "n", "inspektör": "en", "arkitekt": "en",
                     "ingenjör": "en", "jurist": "en", "planerare": "n", "utredare": "n", "specialist": "en",
                     "rektor": "n", "revisor": "n"}


def _title_ends(text: str) -> list[int]:
    """The ends of the words that end in a title's last part, bare or definite ("chef", "chefen"), and stand
    before a space, a tab or a line end.

    Why: only the bare title was read, so an official a decision named by the definite title ("uppdrar åt
    socialchefen Åsa Lind att …") was no person of the minutes."""
    out = []
    for bare in _TITLE_ENDS:
        # One search a title for both forms: each definite form starts as its bare form does.  Each form's
        # positions are those _positions gives it, a search going on after the last position it took (so
        # "rektorektor" gives one "rektor"): here every position of the bare form, overlapping ones too.
        definite = _DEFINITE_ENDINGS.get(bare)
        bare_from = definite_from = 0  # where each form's own search would go on
        pos = text.find(bare)
        while pos != -1:
            after = pos + len(bare)
            if pos >= bare_from:
                bare_from = after
                if after < len(text) and text[after] in " \t\n":
                    out.append(after)
            if definite is not None and pos >= definite_from and text.startswith(definite, after):
                definite_from = after + len(definite)
                if definite_from < len(text) and text[definite_from] in " \t\n":
                    out.append(definite_from)
            pos = text.find(bare, pos + 1)
    return sorted(out)


def _add(m: re.Match[str], full: MappedText, att: Attendance, full_names: dict[str, str]) -> None:
    """The name of group 1 as a person without a party or a role, unless known or no person's name."""
    name = " ".join(m.group(1).split())
    words = name.split()
    if words[0].casefold() in _NOT_NAME or words[0].casefold() in ROLE_WORDS or _BODY_WORD.search(name) or \
            any(w.isupper() for w in words) or label_role(words[0]) is not None or \
            any(w.casefold().endswith(_TITLE_ENDS) for w in words):
        return
    known = full_names.get(name, name)
    if known in att.people or (name.endswith("s") and full_names.get(name[:-1], name[:-1]) in att.people):
        return
    att.add(name, None, None, full.source_offset(m.start(1)), full.source_offset(m.end(1) - 1) + 1)


# "Hanna Lind (L), ledamot, anländer kl. 19.05 …": a member named in a note on changes in attendance, the role set off
# by commas after the name and its party.
_APPOSED_MEMBER = re.compile(r"\)[ \u00a0]*,[ \u00a0]*ledamot[ \u00a0]*,")
# "… tjänstgör Per Anton Grip (L) som tjänstgörande ersättare", "Ali Musa (S) tjänstgör som tjänstgörande ersättare
# § 155": a substitute serving for part of the meeting, the role words after the name and its party.
# Also a member's place taken over for the rest of the meeting: "Ersättaren Karl Ödling (M) tjänstgör därefter i hans
# ställe" (not for one paragraph's jäv, "tjänstgör i hans ställe under paragrafen", which the sets give no role).
# Also the verb of a decision per capsulam, "I hans ställe har Eva Berg (S) deltagit som tjänstgörande ersättare"
# (why: only "tjänstgör" was read before "som", and the substitute kept the participants' list's role).
_SERVES_AS_SUBSTITUTE = re.compile(r"\)[ \t\n\u00a0]+(?:(?:(?:tjänstgör|deltar|deltog|deltagit|medverkar|medverkade|"
                                   r"medverkat)(?:[ \t\n\u00a0]+i[ \t\n\u00a0]+beslutet)?[ \t\n\u00a0]+)?"
                                   r"som[ \t\n\u00a0]+tjänstgörande"
                                   r"[ \t\n\u00a0]+ersättare\b|tjänstgör[ \t\n\u00a0]+(?:därefter|härefter)"
                                   r"[ \t\n\u00a0]+i[ \t\n\u00a0]+(?:hans|hennes|dennes)[ \t\n\u00a0]+ställe\b)")
_SEATED = frozenset({"ordförande", "vice ordförande", "ersättare", "tjänstgörande ersättare"})


def attendance_note_roles(text: str, att: Attendance, full_names: dict[str, str]) -> None:
    """Roles that a note on changes in attendance states in prose: "Name (P), ledamot, …" is a ``ledamot``,
    "Name (P) [tjänstgör] som tjänstgörande ersättare" a ``tjänstgörande ersättare``.

    Why: minutes that list the members in an appended voting list write the changes as sentences on the last page;
    the role words stand after the name and its party, where the name patterns do not read them, so the members
    and the substitutes serving for them had no role."""
    for m in _APPOSED_MEMBER.finditer(text):
        info = _person_before(text, m.start() + 1, att, full_names)
        if info is not None and not _SEATED & set(info.roles):
            info.add_role("ledamot")
    for m in _SERVES_AS_SUBSTITUTE.finditer(text):
        info = _person_before(text, m.start() + 1, att, full_names)
        if info is not None:
            info.add_role("tjänstgörande ersättare")


# "Hampus Ek (MP), ersättare, ansluter sig till …": the role set off by commas after a name and its party.
_APPOSED_SUBSTITUTE = re.compile(r"\)[ \u00a0]*,[ \u00a0]*ersättare[ \u00a0]*,")


def apposed_substitutes(text: str, att: Attendance, full_names: dict[str, str]) -> None:
    """An ersättare that the paragraphs name as one ("Name (P), ersättare, …"): a statement the person joins is an
    ersättaryttrande.  Not one who serves in the meeting (a member's role or "tjänstgörande ersättare")."""
    for m in _APPOSED_SUBSTITUTE.finditer(text):
        info = _person_before(text, m.start() + 1, att, full_names)
        if info is not None and not {"ledamot", "tjänstgörande ersättare", "ordförande", "vice ordförande"} & \
                set(info.roles):
            info.add_role("ersättare")


def _person_before(text: str, end: int, att: Attendance, full_names: dict[str, str]) -> PersonInfo | None:
    """The known person whose name and party end at ``end`` ("… Hanna Lind (L)"), or None."""
    off = max(0, end - 80)
    before = [p for p in find_people(text[off:end]) if off + p.end == end]
    return att.people.get(full_names.get(before[-1].name, before[-1].name)) if before else None
