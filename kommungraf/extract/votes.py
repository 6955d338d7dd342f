"""Recorded divisions (votering, omröstning): counts in digits or words, and roll calls where given."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from ..clean import COLUMN_GAP, MappedText
from ..gazetteer import canonical_party
from ..model import Span, Vote
from .names import CAP_WORD, PLAIN_NAME, find_people
from .prechecks import may_hold

NUMBER_WORDS = {
    "noll": 0, "ingen": 0, "inga": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "tjugoen": 21,
    "tjugoett": 21, "tjugotvå": 22, "tjugotre": 23, "tjugofyra": 24, "tjugofem": 25, "tjugosex": 26,
    "tjugosju": 27, "tjugoåtta": 28, "tjugonio": 29, "trettio": 30,
}
_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"


# A count in words repeated in digits, as formal minutes write it: "Sju (7) ja-röster", "fyra (4) nej-röster".
_IN_DIGITS = r"(?:\s*\(\d{1,3}\))?"
# "7 ja-röster mot 6 nej-röster", "8 ja, 5 nej", "8 ja-röster för Karin Lövgrens yrkande, 3 nej-röster …".
_YES_NO = re.compile(rf"(?i)\b{_NUM}{_IN_DIGITS}\s+ja(?:-|\s)?(?:röster|röst)?\b(?:[^\n.;]|\n(?!\n)){{0,80}}?"
                     rf"\b{_NUM}{_IN_DIGITS}\s+nej(?:-|\s)?(?:röster|röst)?\b")
_YES_NO_WORDS = re.compile(rf"(?i)\b{_NUM}\s+röster\s+mot\s+{_NUM}\b|"
                           rf"\b{_NUM}\s+röster\s+för\s+(?:bifall|ja)\w*\s+(?:och|mot)\s+{_NUM}\s+röster?\s+"
                           rf"för\s+(?:avslag|nej|återremiss)|"
                           # "Ja: 6 röster, Nej: 5 röster": the label before its count (a roll call has names there).
                           rf"\bja\s*:\s*{_NUM}(?:\s+röst(?:er)?)?\s*[,;]?\s*nej\s*:\s*{_NUM}\b|"
                           # "fem ledamöter har röstat ja och två ledamöter röstat nej", also without the noun:
                           # "Sex röstar ja, tre röstar nej" (why: the count told in words was lost)
                           rf"\b{_NUM}\s+(?:(?:ledamöter|ledamot)\s+)?(?:har\s+)?röst(?:at|ade|ar)\s+ja\b"
                           rf"(?:[^\n.;]|\n(?!\n)){{0,40}}?\b{_NUM}\s+(?:(?:ledamöter|ledamot)\s+)?(?:har\s+)?"
                           rf"röst(?:at|ade|ar)\s+nej\b")
# An election by ballot: "79 röster för Karin Fält (M) och 66 röster för Peter Wallin (S). 3 valsedlar är blanka."
# The side that won counts as yes, the other candidate as no, blank ballots as abstentions.
# Also two proposals: "Med 9 röster för ordförandens yrkande mot 2 röster för Patrik Lunds yrkande", also with the
# second "röster" left out ("mot 5 för återremiss"; why: the division was lost).
_ELECTION = re.compile(rf"(?i)\b{_NUM}\s+röster\s+för\s+(?:[^\n.;]|\n(?!\n)){{1,80}}?\s+(?:och|mot)\s+{_NUM}\s+"
                       rf"(?:röster\s+)?för\b")
# An election's count told by what each candidate received: "har Eva Lund erhållit 17 röster och Bo Ek 12 röster".
_RECEIVED = re.compile(rf"(?i)\b(?:erhållit|erhöll|fått|fick)\s+{_NUM}\s+röster\s*(?:,|och|medan|mot)\s+"
                       rf"(?:[^\n.;\d]|\n(?!\n)){{1,60}}?\s+(?:(?:erhållit|erhöll|fått|fick)\s+)?{_NUM}\s+röster\b")
# The same told by name and count only, the candidates run into one line: "Resultat: Eva Lund 23 röster, Bo Ek 6
# röster, blanka valsedlar 2" (why: only a table of such rows was read, so the run-in result was lost).
_CANDIDATE = r"(?-i:[A-ZÅÄÖÉ][\w-]+(?:[ \u00a0][A-ZÅÄÖÉ][\w-]+){1,3})(?:[ \u00a0]*\([A-ZÅÄÖa-zåäö]{1,4}\))?"
_NAMED_COUNTS = re.compile(rf"(?i)(?<![\w-]){_CANDIDATE}[ \u00a0]+{_NUM}\s+röster\s*(?:,|och|mot)\s+{_CANDIDATE}\s+"
                           rf"{_NUM}\s+röster\b")
_BLANK = re.compile(rf"(?i)\b{_NUM}\s+(?:valsedlar|röstsedlar|röster)\s+(?:är|var|blev)\s+blanka|"
                    rf"\b{_NUM}\s+blanka\b|blanka\s+(?:valsedlar|röstsedlar|röster)\s*:?\s*{_NUM}\b")
_DASH = re.compile(r"(?i)(?:votering|omröstning|röstsiffror|röster|utfall)\D{0,40}?\b(\d{1,3})\s*[–-]\s*(\d{1,3})"
                   r"(?:\s*[–-]\s*(\d{1,3}))?\b")
# "en ledamot som avstår från att rösta": the noun and a relative "som" together.
# The abstainer may be named in brackets after the noun: "1 ledamot (Eva Ek) avstår".
_ABSTAIN = re.compile(rf"(?i)\b{_NUM}\s+(?:(?:ledamöter\s+|ledamot\s+|personer\s+|person\s+)"
                      rf"(?:\([^()\n]{{1,60}}\)\s+)?(?:som\s+)?|som\s+)?"
                      rf"(?:avst(?:od|år|ått|ående)|"
                      # "1 ledamot lägger ned sin röst" (present tense, as minutes written as they happen put it)
                      rf"(?:lade|lägger|lagt)\s+ned|"
                      # "En röst lades ned", "två röster läggs ned": the vote cast blank, in the passive.
                      rf"röst(?:er)?\s+(?:lades|läggs|har\s+lagts)\s+ned|nedlagd|avstår\s+från)|(?:avst(?:od|år)(?:\s+från\s+att\s+rösta)?|nedlagda"
                      rf"(?:\s+röster)?)\s*[:]?\s*{_NUM}\b")
# "Namnupprop" over the "Ja: … / Nej: …" rows: a roll-call vote by name, in minutes that name it by the call of the
# names and use none of the other words (why: the paragraph was taken to have no vote and its division was lost).
# "Röstning" / "Röstningsresultat   Ja 4   Nej 2": a vote system's word without the "om" (why: the same).
_VOTE_CONTEXT = re.compile(r"(?i)votering|omröstning|röstning|röster|röstade|röstar|namnupprop")
# Every match of _VOTE_CONTEXT holds one of these.
_VOTE_WORDS = ("votering", "röst", "namnupprop")
# "Ja-röster (5):", "Nej:", also "Följande röstar ja:" / "Följande ledamöter avstår:".
# Also as items of a list, with the proposal each side voted for in brackets: "- Ja (Ekens yrkande): …" (why: the
# bullet and the bracketed proposal hid the labels, so the roll call was lost).
_ROLL_LABEL = re.compile(r"(?im)^\s*(?:[-–•*][ \t]+)?(?:följande(?:\s+ledam(?:öter|ot))?\s+(?:röst(?:ar|ade)\s+)?)?"
                         r"(ja(?:-röster)?|nej(?:-röster)?|(?:avstår|avstod)(?: från att rösta)?|avstående)"
                         r"\s*(?:\((?:\d+|[^()\n:]{1,60})\))?\s*:")
# A vote that only decides which proposal is put against the main one: the paragraph's vote is the one after it.
_COUNTER_VOTE = re.compile(r"(?i)kontraproposition|(?:ställas|ställs)\s+mot\s+huvudförslaget|"
                           r"motförslag\s+(?:till|mot)\s+huvudförslaget")
# A vote that chooses the counter-proposal among several ("Votering 1 (utseende av motförslag)", "… utses till
# motförslag"): the main vote follows it (why: the first count was taken, not the huvudvotering after it).
_COUNTER_VOTE = re.compile(_COUNTER_VOTE.pattern + r"|(?:utseende|val)\s+av\s+motförslag|utses\s+till\s+motförslag",
                           re.I)


# The second side's count without the words the first side's has: "21 ledamöter röstat ja och 9 nej", "Med 8 röster
# för bifall och 3 för avslag", "8 röster för bifall, 3 för avslag".
_ELLIPTIC = re.compile(rf"(?i)\b{_NUM}\s+(?:ledamöter|ledamot)\s+(?:har\s+)?röst(?:at|ade|ar)\s+ja\b"
                       rf"(?:[^\n.;\d]|\n(?!\n)){{0,20}}?\b{_NUM}\s+nej\b|"
                       rf"\b{_NUM}\s+röster\s+för\s+(?:bifall|ja)\w*(?:\s+(?:och|mot)|,)\s+{_NUM}\s+för\s+"
                       rf"(?:avslag|nej|återremiss)")


def _elliptic_count(text: str) -> re.Match[str] | None:
    """A yes/no count whose second side leaves out the noun or verb of the first ("… röstat ja och 9 nej", "8 röster
    för bifall och 3 för avslag"), with the yes and no counts in its groups (one alternative's pair is set).

    Why: ``_YES_NO_WORDS`` wants the words repeated on both sides, so these votes were lost."""
    return _ELLIPTIC.search(text) if "röst" in text else None


def _n(word: str | None) -> int | None:
    if word is None:
        return None
    w = word.casefold()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def find_vote(mt: MappedText, span: Callable[[MappedText, int, int], Span]) -> Vote | None:
    """The first recorded division in a paragraph, or None where there is none."""
    text = mt.text
    if not may_hold(text, _VOTE_WORDS) or not _VOTE_CONTEXT.search(text):
        return None
    roll = _roll_call(text)
    if (rows := _party_row_counts(text)) is not None:
        return Vote(*rows[0], span(mt, rows[1], rows[2]), roll)
    m = _main_count(text) or _YES_NO_WORDS.search(text) or _elliptic_count(text) or _party_sided_count(text) or \
        _labelled_side_counts(text)
    dash = None
    if not m:
        dash = _DASH.search(text) or _result_label_dash(text) or _result_line_dash(text)
    listed = _bracketed_count_lines(text)
    if listed is not None and (m is None or listed[1] < m.start()):
        # The list comes first: the vote on återremiss or the only one (a count in prose after it is a later vote).
        return Vote(*listed[0], span(mt, listed[1], listed[2]), roll)
    if m and (main := _main_table_after_counter_vote(text, m)) is not None:
        counts, s, e = main
        return Vote(*counts, span(mt, s, e), roll if _roll_agrees(roll, counts) else ())
    if m:
        groups = [g for g in m.groups() if g is not None]
        yes, no = _n(groups[0]), _n(groups[1])
        tail = text[m.end(): m.end() + 160]
        a = _ABSTAIN.search(tail)
        abstain = (_n(a.group(1)) if a and a.group(1) else _n(a.group(2)) if a else 0) or 0
        if yes is None or no is None:
            return None
        if a is None and (named := _named_abstention(tail) or _bracketed_abstention(tail) or _ocr_one_abstention(tail)):
            abstain, a = named
        if a is None:
            abstain = _roll_abstentions(roll, yes, no)
        return Vote(yes, no, abstain, span(mt, m.start(), m.end() + (a.end() if a else 0)), roll)
    election = _ELECTION.search(text) or _RECEIVED.search(text) or _NAMED_COUNTS.search(text)
    if election:
        a, b = _n(election.group(1)), _n(election.group(2))
        if a is not None and b is not None:
            blank = _BLANK.search(text, election.end(), election.end() + 160) or \
                _sides_abstention(text, election.end())
            abstain = next((_n(g) for g in blank.groups() if g is not None), 0) if blank else 0
            return Vote(max(a, b), min(a, b), abstain or 0,
                        span(mt, election.start(), blank.end() if blank else election.end()), roll)
    voted = _label_first_counts(text) or _voted_for(text) or _proposal_side_counts(text) or \
        _counts_in_words_and_digits(text) or _sides_cast_for(text) or _elliptic_sides(text) or \
        _word_first_counts(text) or _listed_sides(text)
    if voted:
        return Vote(*voted[0], span(mt, voted[1], voted[2]), roll)
    table = _party_table(text) or _count_table(text) or _label_counts(_STACKED, text) or _candidate_table(text) or \
        _headed_candidate_table(text) or _labelled_with_abstention(text) or _label_counts(_GAPPED, text) or \
        _slash_counts(text) or _spaced_count_table(text) or _label_counts(_LABEL_LINE, text) or _option_rows(text)
    table = table or _label_counts(_DESCRIBED_OPTIONS, text) or _label_counts(_BULLETED_COUNTS, text) or \
        _label_counts(_SIDE_FOR_LINES, text) or _label_counts(_DOTTED_COUNTS, text) or _dashed_count_lines(text) or \
        _counted_side_lines(text) or _count_column_rows(text) or _typed_count_column_rows(text) or \
        _side_for_inline(text) or _names_then_count_rows(text)
    table = table or _stacked_after_label_cell(text) or _cell_line_totals(text)
    if table:
        return Vote(*table[0], span(mt, table[1], table[2]), roll)
    if columns := _name_columns(text) or _untotalled_name_columns(text):
        return Vote(*columns[0][0], span(mt, columns[0][1], columns[0][2]), roll or columns[1])
    if dash:
        yes, no = int(dash.group(1)), int(dash.group(2))
        abstain = int(dash.group(3)) if dash.group(3) else \
            _abstain_after_dash(text, dash.end()) or _abstain_next_sentence(text, dash.end())
        return Vote(yes, no, abstain, span(mt, dash.start(1), dash.end()), roll)
    if roll:
        counts = {"yes": 0, "no": 0, "abstain": 0}
        for _, choice in roll:
            counts[choice] += 1
        s, e = _roll_extent(text, roll)
        return Vote(counts["yes"], counts["no"], counts["abstain"], span(mt, s, e), roll)
    if (surnames := _surname_counts(text)) is not None:
        return Vote(*surnames[0], span(mt, surnames[1], surnames[2]), ())
    return None


_ROLL_TABLE_HEAD = re.compile(r"(?im)^[^\n]*\bja\b[^\n]*\bnej\b[^\n]*$")


def _roll_extent(text: str, roll: tuple[tuple[str, str], ...]) -> tuple[int, int]:
    """Where a vote counted from its roll call stands: from its first label ("Ja:"), or the head of its table (a
    line with both "Ja" and "Nej"), or else the first voter's name, to the last voter's name after it.

    Why: the vote's evidence was the label's first character alone (or the paragraph's "§" where there was no
    label), so a reader following the provenance could not see the table or lists the counts came from."""
    first = _ROLL_LABEL.search(text) or _ROLL_TABLE_HEAD.search(text)
    starts = [i for name, _ in roll if (i := text.find(name)) >= 0]
    s = first.start() if first else min(starts, default=0)
    end = s + 1
    for name, _ in roll:
        i = text.find(name, s)
        if i >= 0:
            end = max(end, i + len(name))
    return s, end


# ", 4 nej-röster och l som avstår": an OCR'd "1" read as a lower-case "l", right after the yes/no count.  Only the
# lower-case letter alone before "som avstår": "L" is a party's code.
_OCR_ONE_ABSTAIN = re.compile(r"^\s*(?:,|och|samt)?\s*l\s+(?:ledamot\s+)?som\s+avst(?:od|år|ått)\b")


def _ocr_one_abstention(tail: str) -> tuple[int, re.Match[str]] | None:
    """One abstention where OCR read its count "1" as "l" right after a yes/no count ("Med 10 ja-röster, 4
    nej-röster och l som avstår"), with the match; None otherwise.

    Why: no letter reads as a digit inside a sentence, so the abstention was lost; a lone lower-case "l" there
    is no word."""
    m = _OCR_ONE_ABSTAIN.match(tail)
    return (1, m) if m else None


def _sides_abstention(text: str, end: int) -> re.Match[str] | None:
    """The abstentions told in the sentence after two proposals' counts ("sex röster för arbetsutskottets förslag
    och fyra röster för Britt Lundgrens yrkande. En ledamot avstår."), or None.

    Why: a vote between two proposals told without ja and nej is read as an election, which looks only for blank
    ballots after it; members who abstain are told in the next sentence, as after a ja/nej count."""
    tail = text[end:end + 160]
    stops = [m.end() for m in _FULL_STOP.finditer(tail)]
    return _ABSTAIN.search(text, end, end + (stops[1] if len(stops) > 1 else len(tail)))


_FULL_STOP = re.compile(r"\.(?:\s|$)")


def _label_counts(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of the first match of ``pattern`` (one of the forms with the labels beside their numbers:
    ``_STACKED``, ``_LABELLED``, ``_GAPPED``, ``_LABEL_LINE``), yes, no and abstentions in groups 1-3."""
    m = pattern.search(text)
    if m is None:
        return None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)), m.start(), m.end()


def _abstain_after_dash(text: str, end: int) -> int:
    """The abstentions told in the same sentence after a dashed count: "Omröstningen utfaller 8–3; två ledamöter
    avstår." → 2; 0 where none is told.

    Why: the dashed form gives a third number only as "8–3–2"; an abstention in words after a semicolon or a
    comma is still the same division's."""
    tail = text[end:end + 80]
    stop = re.search(r"\.(?:\s|$)", tail)
    a = _ABSTAIN.search(tail[:stop.start()] if stop else tail)
    return ((_n(a.group(1)) if a.group(1) else _n(a.group(2))) or 0) if a else 0


# "Resultat: 5–3", "Röstresultat: 9–4": a dashed count under a label of its own, however far from "omröstning".
_RESULT_DASH = re.compile(r"(?i)\b(?:röst)?resultat(?:et)?\s*:\s*(\d{1,3})\s*[–-]\s*(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?\b"
                          r"(?![–-]?\d)")


def _result_label_dash(text: str) -> re.Match[str] | None:
    """A dashed count after a "Resultat:" label ("Omröstning genomförs. Ja för …, nej för …. Resultat: 5–3."),
    groups as ``_DASH``'s; only in a paragraph with a vote (the caller has checked), so no other result reads.

    Why: ``_DASH`` wants the count within 40 characters of "omröstning"/"röster", and the proposition between
    them put it further away, so the vote was lost."""
    return _RESULT_DASH.search(text) if "esultat" in text else None


# "Resultat 4 – 2 – 0 (ja – nej – avstår)": a dashed count after a "Resultat" label that opens its line without a
# colon; groups as ``_DASH``'s.  Not a count followed by a letter ("Resultat 2023 …") or by another dash and digit.
_RESULT_LINE_DASH = re.compile(r"(?im)^[ \t]*(?:röst)?resultat(?:et)?[ \t]+(\d{1,3})[ \t]*[–-][ \t]*(\d{1,3})"
                               r"(?:[ \t]*[–-][ \t]*(\d{1,3}))?\b(?![ \t]*[–-]?[ \t]*\d)(?=[ \t]*(?:\(|[.;,]|$))")


def _result_line_dash(text: str) -> re.Match[str] | None:
    """A dashed count after a "Resultat" label without a colon that opens a line ("Resultat 4 – 2 – 0 (ja – nej –
    avstår)."), groups as ``_DASH``'s; only in a paragraph with a vote (the caller has checked).

    Why: ``_result_label_dash`` wants the label's colon, and ``_DASH`` wants "omröstning" or "röster" within 40
    characters, so a vote per member municipality told on one line above such a result was lost."""
    return _RESULT_LINE_DASH.search(text) if "esultat" in text else None


# "En ledamot avstod.", "Två ledamöter avstår från att rösta.": a sentence of abstentions alone.
_ABSTAIN_SENTENCE = re.compile(rf"(?i)[ \t\n]*{_NUM}\s+(?:ledamöter|ledamot)(?:\s+som)?\s+(?:avst(?:od|år|ått))\b")


def _abstain_next_sentence(text: str, end: int) -> int:
    """The abstentions told in the sentence right after a dashed count ("Resultat: 5–3. En ledamot avstod."), where
    that sentence tells nothing else; 0 where it does not.

    Why: ``_abstain_after_dash`` reads the count's own sentence only, so an abstention told on its own was lost.
    The abstainers may be named instead of counted ("Resultat: 4 – 2. Eva Ek (V) avstår från att rösta."): one
    per name, only where that sentence names them and nothing else."""
    stop = _FULL_STOP.search(text, end, end + 80)
    if stop is None:
        return 0
    a = _ABSTAIN_SENTENCE.match(text, stop.end())
    if a:
        return _n(a.group(1)) or 0
    named = _abstainers_sentence(text[:stop.end() + 200], stop.end())
    return named[0] if named else 0


# A party's row of a vote told per party, with no total: "S<TAB>24 ja", "KD  3 ja, 1 avstår", "SJVP 6 nej, 1 ja".
_PARTY_COUNT_ROW = re.compile(r"(?m)^[ \t]*[A-ZÅÄÖ]{1,5}[ \t:]+(\d{1,3}[ \t]+(?:ja|nej|avstår|avstod)"
                              r"(?:[ \t]*,[ \t]*\d{1,3}[ \t]+(?:ja|nej|avstår|avstod))*)[ \t]*$")
_SIDE_COUNT = re.compile(r"(\d{1,3})[ \t]+(ja|nej|avst)")


def _party_row_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The sum of a vote told as one row per party ("S 24 ja" / "KD 3 ja, 1 avstår" / "V 8 nej"), or None.

    Why: with no total row, the first "ja … nej" pair of two parties' rows was read as the vote; the division is
    the sum of the rows.  Only rows of a party abbreviation and counts alone on their line, at least three of
    them (a row may follow a page break, so lines between are allowed)."""
    if " ja" not in text and "\tja" not in text:
        return None
    rows = list(_PARTY_COUNT_ROW.finditer(text))
    if len(rows) < 3:
        return None
    counts = {"ja": 0, "nej": 0, "avst": 0}
    for row in rows:
        for m in _SIDE_COUNT.finditer(row.group(1)):
            counts[m.group(2)] += int(m.group(1))
    return (counts["ja"], counts["nej"], counts["avst"]), rows[0].start(), rows[-1].end()


# Abstainers named after a count of them or instead of one: "En ledamot, Lars Berg (V), avstår från att rösta",
# "Eva Holm avstod från att rösta.", "Per Ek (M) och Ida Sand (L) avstår."  Only "från att rösta" or the end of
# the sentence: "avstår från att delta i beslutet" is a member who takes no part (jäv), no abstention.
_ABSTAINER = r"[A-ZÅÄÖÉ][\w-]+(?:[ \u00a0\n][A-ZÅÄÖÉ][\w-]+){1,2}(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?"
_NAMED_ABSTAIN = re.compile(
    rf"(?:\b(?i:{_NUM})\s+(?:ledamöter|ledamot),\s+(?:[^.;\n]|\n(?!\n)){{3,120}}?,\s+|"
    rf"(?<![\w-])({_ABSTAINER}(?:\s*(?:,|\boch\b)\s*{_ABSTAINER})*)\s+)"
    r"avst(?:od|år)(?:\s+från\s+att\s+rösta|(?=\s*\.))")


def _abstainers_sentence(tail: str, start: int) -> tuple[int, int] | None:
    """(number, end) of the abstainers named as the whole sentence that starts at ``start`` of ``tail`` ("… en röst
    för återremiss. Eva Ek (V) avstod från att rösta."), or None where that sentence tells anything else.

    Why: only the count's own sentence was searched for named abstainers, so one told in the next sentence of the
    result was lost (the abstentions read 0)."""
    pos = start + len(tail[start:]) - len(tail[start:].lstrip())
    m = _NAMED_ABSTAIN.match(tail, pos)
    if m is None or not m.group(2) or not re.match(r"\s*\.", tail[m.end():]):
        return None
    return len(re.findall(_ABSTAINER, m.group(2))), m.end()


def _named_abstention(tail: str) -> tuple[int, re.Match[str]] | None:
    """The number of abstainers where the text names them, and the match."""
    m = _NAMED_ABSTAIN.search(tail)
    if m is None:
        return None
    if m.group(1):
        n = _n(m.group(1))
        return (n, m) if n else None
    return len(re.findall(_ABSTAINER, m.group(2))), m


# "Ja-röster: 44. Nej-röster: 17.", "Ja-röster för ordförandens förslag: 6. Nej-röster för Mikael Ströms förslag: 3.":
# each side's label, with the proposal it stands for, before a colon and its count.
_SIDE_LABEL_COUNTS = re.compile(rf"(?i)\bja-?\s?röster(?:\s+för\s(?:[^\n:.;]|\n(?!\n)){{1,80}}?)?\s*:\s*{_NUM}\b"
                                rf"\.?\s{{1,3}}nej-?\s?röster(?:\s+för\s(?:[^\n:.;]|\n(?!\n)){{1,80}}?)?\s*:\s*{_NUM}\b")


def _labelled_side_counts(text: str) -> re.Match[str] | None:
    """A count written as labels with colons, one sentence a side: "Ja-röster: 44. Nej-röster: 17. Avstår: 4.",
    also with the proposal each side stands for ("Ja-röster för ordförandens förslag: 6. Nej-röster för …: 3.").

    Why: ``_YES_NO_WORDS`` reads "Ja: 6, Nej: 5" only, with no "-röster", no proposal and no full stop between, so
    these divisions were lost."""
    if "röster" not in text:
        return None
    return _SIDE_LABEL_COUNTS.search(text)


# "En ledamot (Nora Lind, V) avstår": the abstainers counted, and named in brackets before the verb.
_BRACKETED_ABSTAIN = re.compile(rf"(?i)\b{_NUM}\s+(?:ledamot|ledamöter|ersättare)\s*\([^()]{{1,120}}\)\s*"
                                r"avst(?:år|od)\b")


def _bracketed_abstention(tail: str) -> tuple[int, re.Match[str]] | None:
    """The number of abstainers where a count names them in brackets before "avstår" ("En ledamot (Nora Lind, V)
    avstår"), and the match.

    Why: ``_ABSTAIN`` wants the verb right after the noun, so the bracket hid the abstention and it counted 0."""
    m = _BRACKETED_ABSTAIN.search(tail)
    n = _n(m.group(1)) if m else None
    return (n, m) if m and n else None


def _labelled_with_abstention(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of ``_LABELLED`` ("Ja-röster 8, nej-röster 4."), with the abstentions told in the next sentence
    ("En ledamot (Nora Lind, V) avstår.", "Två ledamöter avstår.") where the labels give none.

    Why: the labelled form reads an abstention only as a third label ("Avstår: 2"), so one told in words after it
    counted 0."""
    counts = _label_counts(_LABELLED, text)
    if counts is None or counts[0][2]:
        return counts
    (yes, no, _), start, end = counts
    tail = text[end:end + 160]
    stops = [m.end() for m in _FULL_STOP.finditer(tail)]
    tail = tail[:stops[1] if len(stops) > 1 else len(tail)]
    a = _ABSTAIN.search(tail)
    abstain = ((_n(a.group(1)) if a.group(1) else _n(a.group(2))) or 0) if a else 0
    if a is None and (named := _named_abstention(tail) or _bracketed_abstention(tail)):
        abstain, a = named
    return (yes, no, abstain), start, end + (a.end() if a else 0)


def _main_count(text: str) -> re.Match[str] | None:
    """The first count of yes and no votes, passing over a counter-proposition vote that another count follows
    (a kontrapropositionsvotering, then the huvudvotering)."""
    m = _YES_NO.search(text)
    before = 0
    while m is not None:
        # Every count holds "nej": where none follows, there is no next count to look for (most votes have one).
        nxt = _YES_NO.search(text, m.end()) if may_hold(text, ("nej",), m.end()) else None
        # The sentences that introduce this count, back to the count before it.
        if nxt is None or not _COUNTER_VOTE.search(text, max(before, m.start() - 300), m.start()):
            return m
        before, m = m.end(), nxt
    return None


def _main_table_after_counter_vote(text: str, m: re.Match[str]) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote table after the count ``m`` where ``m`` is a kontrapropositionsvotering's ("Omröstningen
    ger 4 ja-röster …" under a heading naming it), as (counts, start, end) in ``text``; None otherwise.

    Why: ``_main_count`` passes over a counter-proposition vote only to another counted sentence, so a huvudvotering
    drawn as a table with a Summa row was lost and the counter vote recorded as the paragraph's."""
    if not _COUNTER_VOTE.search(text, max(0, m.start() - 300), m.start()):
        return None
    found = _count_table(text[m.end():])
    if found is None:
        return None
    counts, s, e = found
    return counts, m.end() + s, m.end() + e


def _roll_agrees(roll: tuple[tuple[str, str], ...], counts: tuple[int, int, int]) -> bool:
    """Whether a roll call's marks give the counts (a PDF's table whose marks lost their columns gives others)."""
    sides = Counter(choice for _, choice in roll)
    return (sides["yes"], sides["no"], sides["abstain"]) == counts


# The words of a vote table's header row, which a PDF's text may run together in one cell ("Parti Ja").
_HEADER_WORDS = frozenset({"namn", "ledamot", "parti", "ja", "nej", "avstår", "avstod", "avstående", "frånvarande"})


def _header_labels(cells: list[str]) -> list[str]:
    """The header's cells, a cell of several header words ("parti ja", "nej avstår frånvarande") split into one
    label each.

    Why: a PDF's text layer joins some of a table's header cells with a space instead of a TAB, and the "Ja"
    column was not found."""
    out: list[str] = []
    for c in cells:
        words = c.split()
        out.extend(words if len(words) > 1 and all(w in _HEADER_WORDS for w in words) else [c])
    return out


# "Ja-röster", "Nej röster", "Avstående röster": a count column's label with the word for votes after it.
_VOTES_WORD = re.compile(r"[-\s]?röster$")


# A note after an option's label in a vote table's header: "Ja (avgöras i dag)", "Nej (återremiss)".
_HEADER_NOTE = re.compile(r"\s*\([^()]{1,80}\)$")


def _without_side_note(cell: str) -> str:
    """A header cell without the note in brackets that says what the option stands for ("ja (bifall)" -> "ja").

    Why: a vote on a återremiss or between two proposals labels its columns "Ja (avgöras i dag) | Nej (återremiss)",
    and such a header was no "ja"/"nej" header, so the counts row under it gave no vote."""
    return _HEADER_NOTE.sub("", cell) if cell.endswith(")") else cell


def _count_table(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """ "Omröstning  Ja  Nej  Avstår" / "Antal röster  7  4  0": the counts as a table row."""
    lines = text.split("\n")
    pos = 0
    header: dict[str, int] | None = None
    for line in lines:
        cells = [c.strip().casefold() for c in line.split("\t")]
        if header is None:
            labels = _header_labels([_VOTES_WORD.sub("", _without_side_note(c)) for c in cells])
            if "ja" in labels and "nej" in labels:
                header = {c: i for i, c in enumerate(labels)}
        else:
            nums = [c for c in cells if c.isdigit()]
            if (short := _short_total_row(cells, header)) is not None:
                return short, pos, pos + len(line)
            if (ordered := _counts_in_option_order(cells, header)) is not None:
                return ordered, pos, pos + len(line)
            cols = (header["ja"], header["nej"])
            if len(nums) >= 2 and all(i < len(cells) and cells[i].isdigit() for i in cols):
                a = next((header[k] for k in ("avstår", "avstod", "avstående") if k in header), None)
                abstain = int(cells[a]) if a is not None and a < len(cells) and cells[a].isdigit() else 0
                return (int(cells[header["ja"]]), int(cells[header["nej"]]), abstain), pos, pos + len(line)
            if not any(cells):
                header = None
        pos += len(line) + 1
    return None


# The header row of a roll-call table aligned with spaces, with a first column before the options: "Ledamot   Ja
# Nej   Avstår".
# (Also the options alone, "      Ja      Nej      Avstår", right above a row of counts after its label, "Antal   18
# 11   4"; not above a row of names, where the options head columns of voters.)
_SPACED_HEADER = re.compile(r"(?im)^(?:[ \t]*\S.*? {2,}|[ \t]*(?=ja {2,}nej\b[^\n]*\n[ \t]*[^\W\d][^\n\d]*? {2,}\d))"
                            r"ja {2,}nej\b")


def _spaced_count_table(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a table whose columns a pdftotext-style export aligns with spaces ("Ledamot   Ja   Nej   Avstår"
    over the X marks and "Summa   8   3   0"), read as ``_count_table`` reads a TAB-separated one.

    Why: ``_count_table`` splits its cells at TABs only.  Each run of two or more spaces between words becomes a
    TAB padded to the same length, so that the offsets of the span stay right."""
    if "  " not in text or not _SPACED_HEADER.search(text):
        return None
    tabbed = re.sub(r"(?<=\S) {2,}(?=\S)", lambda m: "\t" + " " * (len(m.group()) - 1), text)
    return _count_table(tabbed)


def _short_total_row(cells: list[str], header: dict[str, int]) -> tuple[int, int, int] | None:
    """The counts of a "Summa" row that leaves out the empty cells under the columns before the counts ("Ledamot |
    Parti | Ja | Nej | Avstår" over "Summa | 6 | 4 | 1"), or None for any other row.

    Why: read by the header's positions such a row puts its counts one column too far left (the yes count under
    "Parti").  Only a total's row with fewer cells than the header and one number per option column."""
    options = sorted((i, CHOICE[c]) for c, i in header.items() if c in CHOICE)
    if not cells or not _PARTY_TOTAL.fullmatch(cells[0]) or len(cells) >= max(header.values()) + 1:
        return None
    nums = [c for c in cells[1:] if c]
    if "frånvarande" in header and len(nums) == len(options) + 1:
        # "Summa 8 3 2 2" under "Ja Nej Avstår Frånvarande": the absent are no vote; read by the columns' order.
        options = sorted([*options, (header["frånvarande"], "absent")])
    if len(nums) != len(options) or not all(c.isdigit() for c in nums):
        return None
    by_choice = {choice: int(n) for (_i, choice), n in zip(options, nums, strict=True)}
    return by_choice.get("yes", 0), by_choice.get("no", 0), by_choice.get("abstain", 0)


def _counts_in_option_order(cells: list[str], header: dict[str, int]) -> tuple[int, int, int] | None:
    """The counts of a row that is not as wide as the header, one count for each option column in the header's
    order, after at most one label cell: "Omröstningsresultat | Ja | Nej | Avstår" over "5 | 2 | 0" (the label cell
    spans both rows), "Ja | Nej | Avstår" over "Röster | 5 | 1 | 0" (the header's empty first cell lost); or None.

    Why: the row's cells were read at the header's positions, so a row without the label cell the header has (a
    rowspan label in Word's table) was read one column off (5/2/0 as 2/0/0), and a row with a label cell the header
    lost (its leading TAB stripped) gave no vote.  Only rows of the other width, all numbers besides the label, and
    option columns side by side in the header."""
    options = sorted((i, CHOICE[c]) for c, i in header.items() if c in CHOICE)
    if not cells or len(cells) == max(header.values()) + 1 or \
            [i for i, _c in options] != list(range(options[0][0], options[0][0] + len(options))):
        return None
    counts = cells[1:] if not cells[0].isdigit() else cells
    if "frånvarande" in header and header["frånvarande"] == options[-1][0] + 1 and len(counts) == len(options) + 1:
        # "Antal 18 11 4 2" under "Ja Nej Avstår Frånvarande": the absent are no vote, their count the last.
        counts = counts[:-1]
    if len(counts) != len(options) or not all(c.isdigit() for c in counts):
        return None
    by_choice = {choice: int(n) for (_i, choice), n in zip(options, counts, strict=True)}
    if "yes" not in by_choice or "no" not in by_choice:
        return None
    return by_choice["yes"], by_choice["no"], by_choice.get("abstain", 0)


# The header of a table whose columns list the voters under each option, aligned with spaces or TABs:
# "Ja                  Nej                 Avstår".
_OPTION_HEADER = re.compile(r"(?im)^[ \t]*ja(?:[ \t]{2,}|\t)nej(?:(?:[ \t]{2,}|\t)avst(?:år|od|ående))?[ \t]*$")
_RULE = re.compile(r"^[ \t]*[-–—_=]{3,}(?:[ \t]+[-–—_=]{3,})*[ \t]*$")
_TOTALS = re.compile(r"(?i)^[ \t]*(?:(?:summa|totalt?|antal)[ \t:]*)?\d{1,3}(?:[ \t]+\d{1,3}){1,2}[ \t]*$")


def _name_columns(text: str) -> tuple[tuple[tuple[int, int, int], int, int], tuple[tuple[str, str], ...]] | None:
    """A table with the options alone as its header ("Ja   Nej   Avstår"), the voters' names in the columns
    below, and a row of totals (often under a dashed rule): the counts from the totals row, read by column, and
    the roll call from the names.

    Why: a layout export sets the columns apart by spaces, so the TAB-based tables miss it.  Only where the rows
    between header and totals are names or a rule; any other line ends the table."""
    m = _OPTION_HEADER.search(text)
    if m is None:
        return None
    header = m.group().strip("\n")
    options = [CHOICE[c.casefold()] for c in re.split(r"\t+| {2,}", header.strip())]
    roll: list[tuple[str, str]] = []
    pos = m.end() + 1
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            if roll:
                return None
            continue
        if _RULE.match(line):
            continue
        cells = party_row_cells(line, header)
        if _TOTALS.match(line):
            counts = dict(zip(options, (int(c) if c.isdigit() else 0 for c in cells), strict=False))
            if len(counts) < 2:
                return None
            return ((counts.get("yes", 0), counts.get("no", 0), counts.get("abstain", 0)), m.start(),
                    start + len(line)), tuple(roll)
        names = [(options[i], voter(c)) for i, c in enumerate(cells) if c and i < len(options)]
        if not names or not all(name for _o, name in names):
            return None
        roll.extend((name, option) for option, name in names if name)
    return None


# An empty option cell of a name-column table: "–" under Avstår where nobody abstained.
_NOBODY_CELL = re.compile(r"[–—-]{1,2}|ingen|inga")


def _untotalled_name_columns(text: str) -> tuple[tuple[tuple[int, int, int], int, int],
                                                tuple[tuple[str, str], ...]] | None:
    """A TAB table with the options alone as its header ("Ja  Nej  Avstår") and the voters' names in the columns
    below, without a row of totals: the counts are the names in each column ("–" is nobody).

    Why: ``_name_columns`` takes the counts from a totals row and read no vote where the minutes give none (the
    names are the record).  Only TAB rows and rows of one name (the first column's names after a page break), two
    names at least, up to the first line that is neither."""
    m = _OPTION_HEADER.search(text)
    if m is None or "\t" not in m.group():
        return None
    options = [CHOICE[c.casefold()] for c in m.group().strip().split("\t") if c]
    roll: list[tuple[str, str]] = []
    pos = m.end() + 1
    end = m.end()
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            break
        cells = line.rstrip().split("\t")
        if len(cells) > len(options):
            return None
        names = []
        for option, cell in zip(options, cells, strict=False):
            cell = cell.strip()
            if not cell or _NOBODY_CELL.fullmatch(cell):
                continue
            name = voter(cell)
            if not name or next(iter(find_people(cell)), None) is None:
                names = []
                break
            names.append((name, option))
        if not names:
            break
        roll.extend(names)
        end = start + len(line)
    if len(roll) < 2:
        return None
    counts = Counter(option for _n, option in roll)
    return ((counts["yes"], counts["no"], counts["abstain"]), m.start(), end), tuple(roll)


# A table of the votes per party: "Parti  Ja  Nej  Avstår [Frånvarande]", one row per party group.
_PARTY_HEADER = {"parti", "partier", "partigrupp", "parti/grupp", "grupp"}
_PARTY_TOTAL = re.compile(r"(?i)summa|totalt?(?:\s+antal)?|antal(?:\s+röster)?")
_PARTY_CELL = re.compile(r"[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]+partiet")
_EMPTY_CELL = {"", "-", "–", "—"}
_MERGED_CELLS = re.compile(r"[\d–—-]+(?:[ \u00a0]+[\d–—-]+)+")  # "– –": two cells a PDF export put in one
# "Sverigedemokraterna 10 – –": a row's label and its counts that a PDF export put in one cell (no TAB after the label).
_LABEL_THEN_COUNTS = re.compile(r"([^\d\t–—-][^\d\t]*?)[ \u00a0]+([\d–—-]+(?:[ \u00a0]+[\d–—-]+)+)")


def party_row_cells(line: str, header: str) -> list[str]:
    """A table row's cells. Tab-separated where the row has tabs; in text aligned with spaces, each word is put
    in the header column that starts nearest to it, so that an empty cell keeps the columns in place."""
    if "\t" in line or "\t" in header:
        cells: list[str] = []
        for i, c in enumerate(line.rstrip().split("\t")):
            c = c.strip()
            if i == 0 and (m := _LABEL_THEN_COUNTS.fullmatch(c)) is not None:
                # Why: the PDF's text layer puts a TAB after some rows' labels only, and the row without one ended
                # the table, so its counts (and the "Summa" row under it) were lost.
                cells.append(m.group(1))
                cells.extend(m.group(2).split())
                continue
            cells.extend(c.split() if _MERGED_CELLS.fullmatch(c) else [c])
        return cells
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header)]
    out = [""] * len(starts)
    for m in re.finditer(r"\S+(?: \S+)*", line):
        i = min(range(len(starts)), key=lambda k: abs(starts[k] - m.start()))
        out[i] = (out[i] + " " + m.group()).strip()
    return out


def _party_table(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """ "Parti  Ja  Nej  Avstår" with a row per party ("M  4  –  –"): the division is the sum of the rows (or a
    "Summa" row where the table has one). "–" or an empty cell is none; other columns (Frånvarande) are no votes."""
    pos = table_start = end = rows = 0
    sums = [0, 0, 0]
    header: list[str] | None = None
    header_line = ""
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if header is None:
            cells = [c.strip().casefold() for c in re.split(r"\t| {2,}", line.strip())]
            if "\t" in line:
                # A PDF joins some header cells with one space ("Parti<TAB>Ja Nej Avstår"); its rows are then
                # split at TABs (``party_row_cells``), not by the header's positions, so one label per column.
                cells = _header_labels(cells)
            if len(cells) > 2 and cells[0] in _PARTY_HEADER and "ja" in cells and "nej" in cells:
                header, header_line, table_start = cells, line, start
            continue
        cells = party_row_cells(line, header_line)
        cols = [header.index(k) if k in header else None for k in ("ja", "nej", "avstår")]
        if cols[2] is None:
            cols[2] = next((header.index(k) for k in ("avstod", "avstående", "avst") if k in header), None)
        values = [cells[i] if i is not None and i < len(cells) else "" for i in cols]
        label = cells[0] if cells else ""
        if not all(v.isdigit() or v in _EMPTY_CELL for v in values) or not any(v.isdigit() for v in values):
            break
        counts = [int(v) if v.isdigit() else 0 for v in values]
        if _PARTY_TOTAL.fullmatch(label):
            return (counts[0], counts[1], counts[2]), table_start, start + len(line)
        if not (_PARTY_CELL.fullmatch(label) or canonical_party(label)):
            break
        rows += 1
        sums = [a + b for a, b in zip(sums, counts, strict=True)]
        end = start + len(line)
    if header is None or rows < 2:
        return None
    return (sums[0], sums[1], sums[2]), table_start, end


# A row of an election's result table: the candidate and the votes cast for them ("Malin Ek (S)      19 röster").
_CANDIDATE_ROW = re.compile(r"(?m)^[ \t]*[A-ZÅÄÖÉ][\w-]+(?:[ \u00a0][A-ZÅÄÖÉ][\w-]+){1,3}"
                            r"(?:[ \u00a0]*\([A-ZÅÄÖa-zåäö]{1,4}\))?(?:\t+|[ \u00a0]{2,})(\d{1,3})[ \t]+röster?[ \t]*$")


def _candidate_table(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The result of a secret ballot between two candidates as a table, a row per candidate and then the blank
    ballots ("Blanka valsedlar  3"): the one elected counts as yes, the other as no, the blank ballots as
    abstentions (as a written "79 röster för A och 66 röster för B" does).  Only two rows on adjacent lines."""
    rows = list(_CANDIDATE_ROW.finditer(text))
    if len(rows) != 2 or "\n" in text[rows[0].end() + 1: rows[1].start()]:
        return None
    a, b = int(rows[0].group(1)), int(rows[1].group(1))
    blank = _BLANK.search(text, rows[1].end(), rows[1].end() + 80)
    abstain = next((_n(g) for g in blank.groups() if g is not None), 0) if blank else 0
    return (max(a, b), min(a, b), abstain or 0), rows[0].start(), blank.end() if blank else rows[1].end()


# A ballot's result under a header row that names the unit once: "Kandidat<TAB>Antal röster" / "Anna Ek (S)<TAB>22"
# / "Per Berg (SD)<TAB>7" / "Blanka röstsedlar<TAB>2".
_CANDIDATE_HEADER = re.compile(r"(?im)^[ \t]*(?:kandidat(?:er)?|namn|nominerad[e]?)(?:\t+|[ ]{2,})(?:antal[ ]+)?"
                               r"(?:röster|rösttal)[ \t]*\n")
_BARE_CANDIDATE_ROW = re.compile(r"[ \t]*[A-ZÅÄÖÉ][\w-]+(?:[ \u00a0][A-ZÅÄÖÉ][\w-]+){1,3}"
                                 r"(?:[ \u00a0]*\([A-ZÅÄÖa-zåäö]{1,4}\))?(?:\t+|[ \u00a0]{2,})(\d{1,3})[ \t]*(?:\n|$)")


def _headed_candidate_table(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The result of a secret ballot between two candidates in a table whose header row says that the numbers are
    votes ("Kandidat | Antal röster"), the rows giving only name and number; counted as ``_candidate_table``.

    Why: without "röster" on each row the rows alone could be any list of names and numbers; the header makes them
    a ballot's result.  Only exactly two candidate rows right under the header."""
    if "röst" not in text:
        return None
    head = _CANDIDATE_HEADER.search(text)
    if head is None:
        return None
    first = _BARE_CANDIDATE_ROW.match(text, head.end())
    second = _BARE_CANDIDATE_ROW.match(text, first.end()) if first else None
    if first is None or second is None or _BARE_CANDIDATE_ROW.match(text, second.end()):
        return None
    a, b = int(first.group(1)), int(second.group(1))
    blank = _BLANK.search(text, second.end(), second.end() + 80)
    abstain = next((_n(g) for g in blank.groups() if g is not None), 0) if blank else 0
    return (max(a, b), min(a, b), abstain or 0), first.start(), blank.end() if blank else second.end()


# "Ja-röster 36 – Nej-röster 28 – Avstående 1", "Ja-röster: 8, nej-röster: 5, avstår: 2": each side's label with
# "röster" before its count, the sides joined by a dash or a comma.
_LABEL_FIRST_COUNTS = re.compile(
    r"(?i)\bja(?:-|\s)röster\s*:?\s*(\d{1,3})\s*[–—,;-]\s*nej(?:-|\s)röster\s*:?\s*(\d{1,3})\b"
    r"(?:\s*[–—,;-]\s*(?:avstående|avstår|avstod|avst\.|nedlagda(?:\s+röster)?)\s*:?\s*(\d{1,3})\b)?")


def _label_first_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of the first vote written label first ("Ja-röster 36 – Nej-röster 28 – Avstående 1"), passing over
    a kontrapropositionsvotering that another count follows, as ``_main_count`` does.

    Why: ``_YES_NO`` wants the count before "ja", so a vote written label first was lost, and a kontraproposition's
    "förslaget 21 röster, … 14 röster" told after it was taken instead."""
    if "röster" not in text:
        return None
    m = _LABEL_FIRST_COUNTS.search(text)
    before = 0
    while m is not None:
        nxt = _LABEL_FIRST_COUNTS.search(text, m.end())
        if nxt is None or not _COUNTER_VOTE.search(text, max(before, m.start() - 300), m.start()):
            if m.group(3) is not None:
                return (int(m.group(1)), int(m.group(2)), int(m.group(3))), m.start(), m.end()
            abstain, end = _abstention_on_line(text, m.end())
            return (int(m.group(1)), int(m.group(2)), abstain), m.start(), end
        before, m = m.end(), nxt
    return None


def _abstention_on_line(text: str, end: int) -> tuple[int, int]:
    """The abstentions told after a count on the rest of its line ("… nej-röster 4. En ledamot (Nora Lind, V)
    avstår."), and where they end; (0, ``end``) where the line tells none."""
    stop = text.find("\n", end)
    tail = text[end: min(end + 160, stop if stop >= 0 else len(text))]
    if (a := _ABSTAIN.search(tail)) is not None:
        return (_n(a.group(1)) if a.group(1) else _n(a.group(2))) or 0, end + a.end()
    if named := _named_abstention(tail) or _bracketed_abstention(tail):
        return named[0], end + named[1].end()
    return 0, end


# "där 8 ledamöter röstade för arbetsutskottets förslag och 5 för Kjell Nilssons yrkande": the counts of the two
# sides without the words ja and nej.  The larger side is the yes side, as for an election.  The sides may be listed
# with a comma before the abstentions ("Fyra ledamöter röstade för A:s yrkande, två röstade för B:s yrkande och en
# ledamot avstod"; why: that vote was lost).
_VOTED_FOR = re.compile(rf"(?i)\b{_NUM}\s+(?:ledamöter|ledamot)\s+(?:röstade|röstar)\s+för\s+"
                        rf"(?:[^\n.;]|\n(?!\n)){{1,80}}?(?:\s+(?:och|mot|medan)|,)\s+{_NUM}\s+"
                        rf"(?:(?:ledamöter|ledamot)\s+)?(?:(?:röstade|röstar)\s+)?för\b")


def _voted_for(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote told as how many members voted for each side, with the abstentions after it."""
    m = _VOTED_FOR.search(text)
    return _sides_and_abstentions(text, m) if m else None


def _sides_and_abstentions(text: str, m: re.Match[str]) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of the two sides in groups 1 and 2 of ``m``, the larger as yes, and the abstentions told after
    them; with the span from the match to the abstentions."""
    a, b = _n(m.group(1)), _n(m.group(2))
    if a is None or b is None:
        return None
    ab = _ABSTAIN.search(text, m.end(), m.end() + 160)
    if ab is None:
        # "… och två för B:s yrkande, medan Gunnar Ek (KD) avstod från att rösta": the abstainer named in the
        # count's own sentence instead of counted.
        tail = text[m.end():m.end() + 160]
        stop = _FULL_STOP.search(tail)
        if named := _named_abstention(tail[:stop.end() if stop else len(tail)]):
            return (max(a, b), min(a, b), named[0]), m.start(), m.end() + named[1].end()
        if stop is not None and (after := _abstainers_sentence(tail, stop.end())) is not None:
            return (max(a, b), min(a, b), after[0]), m.start(), m.end() + after[1]
    abstain = ((_n(ab.group(1)) if ab.group(1) else _n(ab.group(2))) or 0) if ab else 0
    return (max(a, b), min(a, b), abstain), m.start(), ab.end() if ab else m.end()


# Each side's count told with the voters' noun or as votes cast: "Fyra revisorer röstar för A:s yrkande och en
# revisor för B:s yrkande", "Två röster avges för ordförandens yrkande och en röst för C:s yrkande".
_VOTER_NOUN = r"(?:revisorer|revisor|ledamöter|ledamot|medlemmar|medlem|ombud)"
_SIDES_CAST = re.compile(rf"(?i)\b{_NUM}\s+(?:{_VOTER_NOUN}\s+röst(?:ar|ade)|röst(?:er)?\s+(?:avges|avgavs|lämnas|"
                         rf"lämnades))\s+för\s+(?:[^\n.;]|\n(?!\n)){{1,80}}?\s+(?:och|mot|medan)\s+{_NUM}\s+"
                         rf"(?:(?:{_VOTER_NOUN}|röster|röst)\s+)?(?:(?:röstade|röstar|avges|avgavs)\s+)?för\b")


def _sides_cast_for(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote told per side with a voters' noun other than "ledamöter" or as votes cast ("avges"),
    the larger side as yes, with the abstentions after it.

    Why: ``_VOTED_FOR`` reads only "N ledamöter röstar för" and ``_ELECTION`` only "N röster för … och M röster
    för", so the auditors' "Fyra revisorer röstar för …" and "Två röster avges för … och en röst för …" were lost."""
    if "röst" not in text or (m := _SIDES_CAST.search(text)) is None:
        return None
    return _sides_and_abstentions(text, m)


# "ja 3, nej 2, avstår 0": each option word before its count, without the colon of a label, in one line.
_SP = r"[ \t\u00a0]"
_WORD_FIRST_COUNTS = re.compile(rf"(?i)\bja{_SP}+(\d{{1,3}}){_SP}*[,;]{_SP}*nej{_SP}+(\d{{1,3}})\b"
                                rf"(?:{_SP}*[,;]?{_SP}*(?:och{_SP}+)?(?:avstår|avstod|avstående|avst\.?){_SP}+(\d{{1,3}})\b)?")


def _word_first_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote given as option word and count, comma-separated ("Omröstningsresultat: ja 3, nej 2,
    avstår 0"), with the abstentions 0 when not stated.

    Why: ``_YES_NO`` wants the count before the word and ``_YES_NO_WORDS`` a colon after it, so a result line
    written word first without colons was lost."""
    if (m := _WORD_FIRST_COUNTS.search(text)) is None:
        return None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)), m.start(), m.end()


# The two sides' votes listed with a comma between them, the second perhaps in the singular: "3 röster för
# ordförandens förslag, 1 röst för Lunds förslag", "fyra röster för att avgöra ärendet i dag, en röst för återremiss".
_LISTED_SIDES = re.compile(rf"(?i)\b{_NUM}\s+röst(?:er)?\s+för\s+(?:[^\n.;\d]|\n(?!\n)){{1,80}}?,\s+{_NUM}\s+"
                           rf"röst(?:er)?\s+för\b")


def _listed_sides(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote told as each side's votes listed with a comma ("3 röster för A:s förslag, 1 röst för B:s
    förslag"), the larger side as yes, with the abstentions after it.

    Why: ``_ELECTION`` wants "och"/"mot" between the sides and "röster" on both, so a company board's result line
    listing them with a comma, the lone vote in the singular, was lost."""
    if "röst" not in text or (m := _LISTED_SIDES.search(text)) is None:
        return None
    return _sides_and_abstentions(text, m)


# The second side's count without "röster": "Med 3 röster för ordförandens förslag mot 2 för Roger Hedins förslag".
_ELLIPTIC_SIDES = re.compile(rf"(?i)\b{_NUM}\s+röster\s+för\s+(?:[^\n.;\d]|\n(?!\n)){{1,80}}?\s+(?:och|mot)\s+"
                             rf"{_NUM}\s+för\s+(?:[^\n.;\d]|\n(?!\n)){{1,60}}?(?:förslag|yrkande)")


def _elliptic_sides(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote between two proposals whose second side leaves out "röster" ("Med 3 röster för
    ordförandens förslag mot 2 för Roger Hedins förslag"), the larger side as yes, with the abstentions after it.

    Why: ``_ELECTION`` wants "röster för" on both sides and ``_ELLIPTIC`` only "bifall"/"ja" against "avslag"/"nej",
    so a vote told so was lost."""
    if "röster för" not in text or (m := _ELLIPTIC_SIDES.search(text)) is None:
        return None
    return _sides_and_abstentions(text, m)


# Each proposal named before its count: "Förvaltningens förslag 5 röster, Leif Sandbergs avslagsyrkande 1 röst.",
# also as a sentence with the voters in brackets: "A:s förslag får två röster (A och B) och C:s förslag en röst (C)".
_VOTERS_NAMED = r"(?:\s*\([^()]{1,120}\))?"
_SIDE_AFTER_PROPOSAL = re.compile(rf"(?i)\b(?:förslag|\w*yrkande)\s*:?\s+(?:får\s+|fick\s+)?{_NUM}\s+röst(?:er)?"
                                  rf"{_VOTERS_NAMED}(?:\s*[,;]\s*(?:och\s+|mot\s+)?|\s+(?:och|mot)\s+)"
                                  rf"(?:[^\n.;\d]|\n(?!\n)){{1,80}}?\b(?:förslag|\w*yrkande)"
                                  rf"\s*:?\s+(?:får\s+|fick\s+)?{_NUM}\s+röst(?:er)?\b")


def _proposal_side_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote told as each proposal followed by its votes, with the abstentions after it; the larger
    side is the yes side, as for an election.

    Why: a portal's "Voteringsresultat: Förvaltningens förslag 5 röster, X:s avslagsyrkande 1 röst" puts the
    proposal before its count and never says ja or nej, so neither ``_ELECTION`` nor ``_VOTED_FOR`` read it.  A
    count that a counter-proposition vote introduces ("Kontrapropositionsvotering … A:s förslag får 15 röster och
    B:s förslag 9 röster") only chose the counter-proposal and is passed over, as ``_main_count`` does."""
    if "röst" not in text:
        return None
    before = 0
    for m in _SIDE_AFTER_PROPOSAL.finditer(text):
        if not _COUNTER_VOTE.search(text, max(before, m.start() - 300), m.start()):
            return _sides_and_abstentions(text, m)
        before = m.end()
    return None


# The two sides' counts in words with the digits after them, listed with a comma: "nio (9) röster för att avgöra
# ärendet i dag, två (2) röster för återremiss"; the abstentions likewise ("medan två (2) ledamöter avstår").
_SIDES_IN_DIGITS = re.compile(rf"(?i)\b{_NUM}\s*\((\d{{1,3}})\)\s+röster\s+för\s+(?:[^\n.;]|\n(?!\n)){{1,80}}?"
                              rf"(?:,|\s+och|\s+mot)\s+{_NUM}\s*\((\d{{1,3}})\)\s+röster\s+för\b")
_ABSTAIN_IN_DIGITS = re.compile(rf"(?i)\b{_NUM}\s*\((\d{{1,3}})\)\s+(?:ledamöter\s+|ledamot\s+|personer\s+)?"
                                rf"(?:avst(?:od|år|ått)|(?:lade|lägger)\s+ned)")


def _counts_in_words_and_digits(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote told as each side's votes in words and digits ("nio (9) röster för …, två (2) röster för
    återremiss, medan två (2) ledamöter avstår"); the larger side is the yes side, as for an election.

    Why: ``_ELECTION`` reads "N röster för … och M röster för" only with the number right before "röster", and its
    abstentions only without digits in brackets, so formal minutes that repeat each count in digits had no vote."""
    if "(" not in text or (m := _SIDES_IN_DIGITS.search(text)) is None:
        return None
    a, b = int(m.group(2)), int(m.group(4))
    ab = _ABSTAIN_IN_DIGITS.search(text, m.end(), m.end() + 160)
    return (max(a, b), min(a, b), int(ab.group(2)) if ab else 0), m.start(), ab.end() if ab else m.end()


# The counts as a column of label and number lines, as a grid of blocks gives them: "Ja" / "7" / "Nej" / "4" /
# "Avstår" / "0" (also "Ja: 7" on one line).  Only lines that hold nothing else, in this order.
# A label may name its side in brackets: "Ja-röster (bifall till Mikael Jönssons yrkande): 17".
_SIDE_NOTE = r"(?:[ \t]*\([^()\n]{1,80}\))?"
_STACKED = re.compile(rf"(?im)^[ \t]*ja(?:-röster)?{_SIDE_NOTE}[ \t]*:?[ \t]*\n?[ \t]*(\d{{1,3}})[ \t]*\n"
                      rf"[ \t]*nej(?:-röster)?{_SIDE_NOTE}[ \t]*:?[ \t]*\n?[ \t]*(\d{{1,3}})[ \t]*(?:\n|$)"
                      r"(?:[ \t]*(?:avstående\s+röster|avstår|avstod|avstående)[ \t]*:?[ \t]*\n?[ \t]*"
                      r"(\d{1,3})[ \t]*(?:\n|$))?")


# The first line of a ``_STACKED`` column that has a label cell before "Ja": "Omröstningsresultat<TAB>Ja<TAB>24" /
# "<TAB>Nej<TAB>5" / "<TAB>Avstår<TAB>2" (a word processor's tab columns, the label beside the first option only).
_LABEL_CELL_BEFORE_YES = re.compile(r"(?im)^[^\t\n]{1,40}(?:\t+| {2,})(?=ja(?:-röster)?[ \t]*:?[ \t]*\d)")


def _stacked_after_label_cell(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a ``_STACKED`` column whose "Ja" line starts with a label cell ("Omröstningsresultat<TAB>Ja
    <TAB>24" over "Nej<TAB>5" and "Avstår<TAB>2"), or None.

    Why: ``_STACKED`` wants "Ja" at the start of its line, so a result laid out in tab columns with its label in
    the first column beside the yes line was no vote.  The stacked lines must follow exactly as ``_STACKED`` reads
    them; only the lines that match the label-then-"Ja" start are tried, not every line."""
    if "\n" not in text:
        return None
    for m in _LABEL_CELL_BEFORE_YES.finditer(text):
        # Read from the "Ja" cell on, as if the label cell were not there (``_STACKED`` anchors at a line start).
        stacked = _STACKED.match(text[m.end():m.end() + 200])
        if stacked is not None:
            return ((int(stacked.group(1)), int(stacked.group(2)), int(stacked.group(3) or 0)), m.end(),
                    m.end() + stacked.end())
    return None


# The label before its count, with the count split per party in brackets: "Ja 7 (S 4, V 1, C 2), Nej 3 (M 2,
# SD 1), Avstår 1 (KD)".  A capital "Ja"/"Nej" and a separator between the sides, so prose ("ja 7 dagar") is none.
_PARTY_SPLIT = r"(?:\s*\([A-ZÅÄÖ][^()\n]{0,80}\))?"
_LABELLED = re.compile(rf"\b(?:Ja|JA)(?:-röster)?\s*:?\s*(\d{{1,3}}){_PARTY_SPLIT}\s*[,;]\s*(?:Nej|nej|NEJ)(?:-röster)?"
                       rf"\s*:?\s*(\d{{1,3}}){_PARTY_SPLIT}(?:\s*[,;]?\s*(?:och\s+)?(?:Avstår|avstår|Avstod|avstod|"
                       rf"Avstående|avstående|Avstående röster|avstående röster)\s*:?\s*(\d{{1,3}}){_PARTY_SPLIT})?")


# A line of the counts after their labels with no separator between them, as a results line of a web page's
# table gives them: "Ja 24 Nej 15 Avstår 2 Frånvarande 0".  The line holds nothing else, so prose is none.
_LABEL_LINE = re.compile(r"(?m)^[ \t\u00a0]*(?:Ja|JA)[ \t\u00a0]*:?[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+(?:Nej|NEJ)"
                         r"[ \t\u00a0]*:?[ \t\u00a0]*(\d{1,3})(?:[ \t\u00a0]+(?:Avstår|AVSTÅR|Avstod|Avstående)"
                         r"[ \t\u00a0]*:?[ \t\u00a0]*(\d{1,3}))?(?:[ \t\u00a0]+(?:Frånvarande|FRÅNVARANDE)"
                         r"[ \t\u00a0]*:?[ \t\u00a0]*\d{1,3})?[ \t\u00a0.]*$")

# The labels with their counts set apart by column gaps or dashes instead of commas: "Omröstningsresultat      Ja 8
# Nej 2      Avstår 1" (a case system's export), "Omröstningsresultat: Ja 6 – Nej 4 – Avstår 1".  A capital "Ja" and
# "Nej" right after the gap, so that prose ("ja 7 dagar") is none.  Also a meeting portal's middle dot, bullet or bar
# between them: "Omröstningsresultat: Ja 6 · Nej 1 · Avstår 0".
_GAP_OR_DASH = r"(?:\t+| {2,}|[ \t]*[–—·•|-][ \t]*)"
# The labels may carry the word for votes: "Ja-röster:  5     Nej-röster:  2     Avstår:  0".
_GAPPED = re.compile(rf"\b(?:Ja|JA)(?:-röster)?[ \t]*:?[ \t]*(\d{{1,3}}){_GAP_OR_DASH}(?:Nej|NEJ)(?:-röster)?[ \t]*:?"
                     rf"[ \t]*(\d{{1,3}})(?:{_GAP_OR_DASH}(?:Avstår|AVSTÅR|Avstod|Avstående(?: röster)?)[ \t]*:?[ \t]*"
                     rf"(\d{{1,3}}))?(?!\d)")


# One line per option with what the option means between the label and its count: "Ja - ärendet avgörs i dag: 18" /
# "Nej - ärendet återremitteras: 12" / "Avstår: 1" (the first line may stand beside a label column's "Omröstning").
# Why: ``_STACKED`` allows a side note in brackets only, so these labelled lines were no vote.
_DESCRIBED_SIDE = r"[ \t]*[–—-][ \t]*[^\n:]{1,80}"
_DESCRIBED_OPTIONS = re.compile(rf"(?m)(?:^|\t)[ \t]*(?:Ja|JA)(?:-röster)?{_DESCRIBED_SIDE}:[ \t]*(\d{{1,3}})[ \t.]*\n"
                                rf"[ \t]*(?:Nej|NEJ)(?:-röster)?{_DESCRIBED_SIDE}:[ \t]*(\d{{1,3}})[ \t.]*(?:\n|$)"
                                rf"(?:[ \t]*(?:Avstår|AVSTÅR|Avstod|Avstående)(?:{_DESCRIBED_SIDE})?[ \t]*:[ \t]*"
                                rf"(\d{{1,3}})[ \t.]*(?:\n|$))?")


# The counts as a bulleted list, one option per item: "- Ja: 7" / "- Nej: 4" / "- Avstår: 0" (an HTML <ul> or a
# word processor's bullets).  Why: ``_STACKED`` wants each label at the start of its line, and the bullet before it
# kept the vote from being read.  Whole items only, yes then no (then abstentions), so a list of prose is none.
_BULLET = r"[ \t]*[-–•*▪][ \t]+"
_BULLETED_COUNTS = re.compile(rf"(?im)^{_BULLET}ja(?:-röster)?{_SIDE_NOTE}[ \t]*:?[ \t]*(\d{{1,3}})[ \t.]*\n"
                              rf"{_BULLET}nej(?:-röster)?{_SIDE_NOTE}[ \t]*:?[ \t]*(\d{{1,3}})[ \t.]*(?:\n|$)"
                              rf"(?:{_BULLET}(?:avstående\s+röster|avstår|avstod|avstående)[ \t]*:?[ \t]*(\d{{1,3}})"
                              r"[ \t.]*(?:\n|$))?")


# One line per option, the count after a dash, the lines bulleted or not: "- Ja – 5" / "- Nej – 3" / "- Avstår – 1"
# (an HTML <ul> of the result), "Ja – 7" / "Nej – 4".  Whole lines only, yes then no (then abstentions).
_DASH_SEP = r"[ \t]+[–—-][ \t]*"
_DASHED_COUNT_LINES = re.compile(rf"(?im)^(?:{_BULLET}|[ \t]*)ja(?:-röster)?{_DASH_SEP}(\d{{1,3}})[ \t.]*\n"
                                 rf"(?:{_BULLET}|[ \t]*)nej(?:-röster)?{_DASH_SEP}(\d{{1,3}})[ \t.]*(?:\n|$)"
                                 rf"(?:(?:{_BULLET}|[ \t]*)(?:avstående\s+röster|avstår|avstod|avstående){_DASH_SEP}"
                                 r"(\d{1,3})[ \t.]*(?:\n|$))?")


def _dashed_count_lines(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts given one option per line with a dash between label and count ("- Ja – 5" / "- Nej – 3" /
    "- Avstår – 1"), or None.

    Why: ``_BULLETED_COUNTS`` and ``_STACKED`` allow only a colon or a gap there, and ``_DESCRIBED_OPTIONS`` wants
    text after the dash and a colon before the count, so a result list with dashes was no vote."""
    if "–" not in text and "-" not in text and "—" not in text:
        return None
    return _label_counts(_DASHED_COUNT_LINES, text)


# One line per side, what it votes for after "för" and the count after the colon, with the word for votes and the
# parties behind it: "Ja för trafikkontorets förslag: 6 röster (S, V, MP)" / "Nej för …: 1 röst (SD)" / "Avstod:
# 4 (M, L, C)".  Why: ``_DESCRIBED_OPTIONS`` wants a dash before the side's text and ``_OPTION_ROW`` the parties
# right after the count, so a vote told by party groups was lost.  Whole lines, yes then no.
_COUNT_TAIL = r"[ \t]*(\d{1,3})(?:[ \t]+röst(?:er)?)?(?:[ \t]*\([^()\n]{1,80}\))?[ \t.]*"
_SIDE_FOR_LINES = re.compile(rf"(?m)^[ \t]*(?:Ja|JA)(?:-röster)?[ \t]+för[ \t]+[^\n:]{{1,80}}:{_COUNT_TAIL}\n"
                             rf"[ \t]*(?:Nej|NEJ)(?:-röster)?[ \t]+för[ \t]+[^\n:]{{1,80}}:{_COUNT_TAIL}(?:\n|$)"
                             rf"(?:[ \t]*(?:Avstår|AVSTÅR|Avstod|Avstående|Avstående röster)[ \t]*:{_COUNT_TAIL}"
                             r"(?:\n|$))?")


# The sides "för" what with their counts in one line of sentences: "Ja för att avgöra i dag: 7. Nej för återremiss:
# 2. Avstår: 0." (a PDF's paragraph, one sentence per side).  Why: ``_SIDE_FOR_LINES`` wants each side on its own
# line, so the counts run together in one line were no vote.  Yes then no, each with "för" and a colon.
_SIDE_FOR_INLINE = re.compile(r"\b(?:Ja|JA)[ \t]+för[ \t]+[^\n:.]{1,80}:[ \t]*(\d{1,3})[.;,][ \t]+"
                              r"(?:Nej|NEJ)[ \t]+för[ \t]+[^\n:.]{1,80}:[ \t]*(\d{1,3})"
                              r"(?:[.;,][ \t]+(?:Avstår|Avstod|Avstående)[ \t]*:[ \t]*(\d{1,3}))?")


def _side_for_inline(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of the sides told "för" what in one line ("Ja för X: 7. Nej för Y: 2. Avstår: 0."), or None."""
    if "för" not in text:
        return None
    return _label_counts(_SIDE_FOR_INLINE, text)


# The counts as a column of labels with dot leaders to their numbers, as a voting system's printout gives them:
# "Ja ............ 36" / "Nej ........... 11" / "Avstår ........  2" (then "Frånvarande …" and "Summa …", not
# counts).  Why: no other form allows the leaders, so the division was lost.  Whole lines, yes then no.
_LEADER = r"[ \t]*[.…_]{2,}[ \t]*"
_DOTTED_COUNTS = re.compile(rf"(?m)^[ \t]*(?:Ja|JA)(?:-röster)?{_LEADER}(\d{{1,3}})[ \t]*\n"
                            rf"[ \t]*(?:Nej|NEJ)(?:-röster)?{_LEADER}(\d{{1,3}})[ \t]*(?:\n|$)"
                            rf"(?:[ \t]*(?:Avstår|AVSTÅR|Avstod|Avstående|Avstående röster){_LEADER}(\d{{1,3}})"
                            r"[ \t]*(?:\n|$))?")


#: A vote table's or voting list's word for a member's vote, as the vote it records.
CHOICE = {"ja": "yes", "nej": "no", "avstår": "abstain", "avstod": "abstain", "avstående": "abstain",
          "avst": "abstain", "avstår från att rösta": "abstain"}


# A voter's mark in a vote table's column: "X", a tick.
_MARKS = frozenset({"x", "✓", "✔", "☑"})
# A note after a voter's name that is no part of it: "Oskar Bengtsson (tjg. ers.)", "Anna Ek, ordförande".
_NAME_NOTE = re.compile(r"\s*(?:\([a-zåäö][^()]*\)|,[^\t]*)$")


def _row_cells(line: str, spaced: bool) -> list[str]:
    """The cells of a table row: TAB-separated, or in a fixed-width export separated by runs of spaces."""
    return [c.strip() for c in (COLUMN_GAP.split(line.strip()) if spaced else line.split("\t"))]


def voter(cell: str) -> str | None:
    """The voter's name in a cell: with its party ("Mona Ekberg (S)") or without one beside a Parti column."""
    people = list(find_people(cell))
    if people:
        return people[0].name
    plain = _NAME_NOTE.sub("", cell.strip())
    return plain if _PLAIN_NAME.fullmatch(plain) else None


def _without_label_cell(low: list[str]) -> list[str]:
    """A vote table's header cells without the label column's cell that opens it ("Omröstning<TAB>Ledamot<TAB>Parti
    <TAB>Ja<TAB>Nej<TAB>Avstår"), whose rows leave that column empty.

    Why: the paragraph's lines lose their leading TAB, so each row's mark stood one column left of its header and
    read as the wrong option (or none)."""
    if len(low) > 2 and low[0] not in _HEADER_WORDS and low[0] not in CHOICE and low[1] in ("ledamot", "namn"):
        return low[1:]
    return low


def _roll_abstentions(roll: tuple[tuple[str, str], ...], yes: int, no: int) -> int:
    """The abstentions of a vote table that a sentence's count leaves out ("Nämnden har med sex röster mot tre
    bifallit …" under a table with two marks in its Avstår column): the table's, where its yes and no agree with
    the sentence; 0 otherwise.

    Why: the sentence's count was taken alone, and it tells no abstentions."""
    sides = Counter(choice for _, choice in roll)
    return sides["abstain"] if roll and sides["yes"] == yes and sides["no"] == no else 0


def _table_roll_call(text: str) -> tuple[tuple[str, str], ...]:
    """A vote table: a header row "Ledamot  Ja  Nej  Avstår" and rows with an X (or a tick) in the voter's
    column; a "Röst" column holding the words Ja / Nej / Avstår; or a header of the options alone ("Ja  Nej
    Avstår") with the voters' names in the columns below it."""
    out: list[tuple[str, str]] = []
    columns: dict[int, str] | None = None
    word_at: int | None = None  # a "Röst" column holding the words Ja / Nej / Avstår
    names_in_columns = False  # the header is the options alone: each column lists its voters
    spaced = False  # a fixed-width export: cells separated by spaces
    for line in text.split("\n"):
        cells = _row_cells(line, spaced)
        low = [c.casefold() for c in cells]
        if columns is None or not any(cells):
            if "ja" in low and "nej" in low:
                low = _without_label_cell(low)
                columns = {i: CHOICE[c] for i, c in enumerate(low) if c in CHOICE}
                word_at, spaced = None, False
                names_in_columns = all(c in CHOICE for c in low if c)
            elif (spaced_low := [c.casefold() for c in _row_cells(line, True)]) and len(spaced_low) > 1 and \
                    (vote_cols := [i for i, c in enumerate(spaced_low) if c in ("röst", "röstar")]):
                # "Ledamot      Parti     Röst": only the words stand in the column, so spaces may divide it.
                columns, word_at, spaced = {}, vote_cols[0], "\t" not in line
            continue
        first = cells[0]
        if word_at is not None:
            # "Maria Svensson<TAB>S<TAB>Ja": the name may stand without its party (a Parti column beside it).
            name = voter(first)
            word = low[word_at] if word_at < len(low) else ""
            if name and word in CHOICE:
                out.append((name, CHOICE[word]))
            elif not name:
                columns = word_at = None
            continue
        if names_in_columns:
            # "Christina Vall (M)<TAB>Mona Ekberg (S)": each name under the option of its column.
            voters = [(i, voter(c)) for i, c in enumerate(cells) if c]
            if not voters or not all(name for _, name in voters):
                columns = None  # the table has ended
                continue
            out.extend((name, columns[i]) for i, name in voters if name and i in columns)
            continue
        name = voter(first)
        marks = [i for i, c in enumerate(low) if c in _MARKS]
        if not name or len(marks) != 1:
            if not name:
                columns = None  # the table has ended
            continue
        choice = columns.get(marks[0])
        if choice:
            out.append((name, choice))
    return tuple(out)


# "Ja (förvaltningens förslag), 4 röster: A, B, C, D" / "Nej (Karin Johanssons yrkande), 1 röst: E": one line a
# side, the option's proposal in brackets, its count in words "N röster" after a comma and the voters after a colon.
_COUNTED_SIDE = r"{side}{note}[ \t]*,[ \t]*(\d{{1,3}})[ \t]+röst(?:er)?[ \t]*:[^\n]*"
_COUNTED_SIDE_LINES = re.compile(
    r"(?m)^[ \t]*" + _COUNTED_SIDE.format(side="(?:Ja|JA)(?:-röster)?", note=_SIDE_NOTE) + r"\n"
    + r"[ \t]*" + _COUNTED_SIDE.format(side="(?:Nej|NEJ)(?:-röster)?", note=_SIDE_NOTE)
    + r"(?:\n[ \t]*" + _COUNTED_SIDE.format(side="(?:Avstår|AVSTÅR|Avstod|Avstående)", note=_SIDE_NOTE) + r")?")


def _counted_side_lines(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a roll call written one line a side with the count before the names ("Ja (förvaltningens
    förslag), 4 röster: …" / "Nej (…), 1 röst: …"), or None.

    Why: the side labels have no colon right after "Ja"/"Nej", so neither the roll call nor a count form read them
    and the division was lost."""
    return _label_counts(_COUNTED_SIDE_LINES, text) if "röst" in text else None


# A table "Röst | Antal | Ledamöter" drawn with spaces: "Ja (avgöras i dag)     6       Ylva Hansson (S), …", the
# voters' names wrapped onto indented lines below, then "Nej (återremiss)  5  …" and "Avstår  0  –".
_COUNT_ROW = (r"[ \t]*{side}{note}[ \t]{{2,}}(\d{{1,3}})(?:[ \t]{{2,}}[^\n]*)?[ \t]*"
              r"(?:\n[ \t]*(?!Nej|NEJ|Avst|AVST)[^\s\n][^\n]*){{0,4}}")
_COUNT_COLUMN_ROWS = re.compile(
    r"(?m)^" + _COUNT_ROW.format(side="(?:Ja|JA)(?:-röster)?", note=_SIDE_NOTE) + r"\n"
    + _COUNT_ROW.format(side="(?:Nej|NEJ)(?:-röster)?", note=_SIDE_NOTE)
    + r"(?:\n" + _COUNT_ROW.format(side="(?:Avstår|AVSTÅR|Avstod|Avstående)", note=_SIDE_NOTE) + r")?")


def _count_column_rows(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a table with a count column between each option (its proposal in brackets) and the voters'
    names, which wrap onto the lines below ("Ja (avgöras i dag)   6   A (S), B" / "   (S), C (V)" / "Nej (återremiss)
    5   …" / "Avstår   0   –"), or None.

    Why: the count forms want the next option on the line right after the previous one, so the wrapped names
    between them hid the division."""
    return _label_counts(_COUNT_COLUMN_ROWS, text) if "Nej" in text or "NEJ" in text else None


# The same table typed by hand with one space between an option and its count ("NEJ 4   Anna Rydén (S), …"); the
# column gap then stands before the names, which a count row of this kind must have (or "–" for none).
# (Or a colon after the count instead of the gap: "Ja-röster 6: Anna Ek, …" / "Nej-röster 3: …"; why: the row with
# a single space after the colon was no count row, and the division was lost.)
_TYPED_COUNT_ROW = (r"[ \t]*{side}[ \t]+(\d{{1,3}})(?:[ \t]{{2,}}|[ \t]*:[ \t]*)[^\s\n][^\n]*"
                    r"(?:\n[ \t]*(?!Nej|NEJ|Avst|AVST)[^\s\n][^\n]*){{0,4}}")
_TYPED_COUNT_COLUMN_ROWS = re.compile(
    r"(?m)^" + _TYPED_COUNT_ROW.format(side="(?:Ja|JA)(?:-röster)?") + r"\n"
    + _TYPED_COUNT_ROW.format(side="(?:Nej|NEJ)(?:-röster)?")
    + r"(?:\n" + _TYPED_COUNT_ROW.format(side="(?:Avstår|AVSTÅR|Avstod|Avstående)") + r")?")


def _typed_count_column_rows(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote list "JA  8   names…" / "NEJ 4   names…" / "AVSTÅR  1   name" whose rows put one space
    or several between the option and its count, the names after a column gap; or None.

    Why: ``_COUNT_COLUMN_ROWS`` wants a column gap before the count, and one row typed with a single space ("NEJ 4")
    hid the whole division."""
    return _label_counts(_TYPED_COUNT_COLUMN_ROWS, text) if "Nej" in text or "NEJ" in text else None


# A vote list with the count after the voters' names, one row a side: "Ja      Anna Ek, Per Holm, Eva Lind      3" /
# "Nej     Ola Berg      1" / "Avstår   –   0" (a table typed with spaces or TABs, the count right-aligned).  A capital
# label, a names cell and the count each after a column gap, on whole lines, yes then no.
# (The names cell has single spaces only, so that each character is read once: linear on a line of gaps.)
_NAMES_THEN_COUNT_ROW = r"[ \t]*{side}(?:\t+|[ \t]{{2,}})[^\s\d](?:[^\s]| (?=\S))*(?:\t+|[ \t]{{2,}})(\d{{1,3}})[ \t]*"
_NAMES_THEN_COUNT_ROWS = re.compile(
    r"(?m)^" + _NAMES_THEN_COUNT_ROW.format(side="(?:Ja|JA)") + r"\n"
    + _NAMES_THEN_COUNT_ROW.format(side="(?:Nej|NEJ)") + r"(?:\n|$)"
    + r"(?:" + _NAMES_THEN_COUNT_ROW.format(side="(?:Avstår|AVSTÅR|Avstod|Avstående)") + r"(?:\n|$))?")


def _names_then_count_rows(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote list whose rows end in the count after the voters' names ("Ja   A, B, C   3" / "Nej   D
    1"), or None.

    Why: the count-row forms want the count before the names, so a list that right-aligns it hid the division."""
    return _label_counts(_NAMES_THEN_COUNT_ROWS, text) if "Nej" in text or "NEJ" in text else None


# A vote list one line a side with the side's count in brackets, before the names ("Ja (8)   A, B, C") or after them
# ("Ja: A, B, C (3)"); the names may wrap onto further lines (without a full stop or a colon, so that the sentence
# after the list is not taken in).  Yes, then no, then perhaps the abstentions.
_BRACKETED_COUNT_SIDE = (r"[ \t]*{side}(?:-röster)?[ \t]*"
                         r"(?:\((\d{{1,3}})\)[^\n]*|:[^\n]*?\((\d{{1,3}})\)[ \t.]*(?=\n|$))"
                         r"(?:\n[ \t]*(?!Nej|NEJ|Avst|AVST)[A-ZÅÄÖ][^\n.:]*(?=\n|$)){{0,4}}")
_BRACKETED_COUNT_LINES = re.compile(
    r"(?m)^" + _BRACKETED_COUNT_SIDE.format(side="(?:Ja|JA)") + r"\n"
    + _BRACKETED_COUNT_SIDE.format(side="(?:Nej|NEJ)")
    + r"(?:\n" + _BRACKETED_COUNT_SIDE.format(side="(?:Avstår|AVSTÅR|Avstod|Avstående)") + r")?")


def _bracketed_count_lines(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote list whose side lines carry their count in brackets ("Ja (8)  A, B …" / "Nej (1)  C",
    or "Ja: A, B (2)" / "Nej: C (1)"), as (counts, start, end); None otherwise.

    Why: the roll call read the names but no form read the bracketed counts, so the division was lost or a later
    count in prose (the main question after an återremiss vote) was taken for the paragraph's."""
    if "Nej" not in text and "NEJ" not in text:
        return None
    m = _BRACKETED_COUNT_LINES.search(text)
    if m is None:
        return None
    g = m.groups()
    yes, no, abstain = (g[i] or g[i + 1] for i in (0, 2, 4))
    return (int(yes), int(no), int(abstain or 0)), m.start(), m.end()


# A vote table read one cell a line (a text export of a bordered table): the option headers "Ja" / "Nej" (/ "Avstår")
# on lines of their own, the rows' names and marks, then "Summa" and its counts a line each.
_CELL_LINE_OPTIONS = re.compile(r"(?im)^[ \t]*ja[ \t]*\n[ \t]*nej[ \t]*(\n[ \t]*avst(?:år|od|ående)[ \t]*)?$")
_CELL_LINE_TOTALS = re.compile(r"(?im)^[ \t]*(?:summa|totalt?|antal)[ \t:]*\n[ \t]*(\d{1,3})[ \t]*\n"
                               r"[ \t]*(\d{1,3})[ \t]*(?:\n[ \t]*(\d{1,3})[ \t]*$)?")


def _cell_line_totals(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The Summa counts of a vote table whose cells stand a line each, in the order of the option headers above
    them, as (counts, start, end); None otherwise.

    Why: the table forms want a row's cells on one line, so a bordered table a text export wrote out cell by cell
    had no division.  A third count is read only under an "Avstår" header."""
    head = _CELL_LINE_OPTIONS.search(text)
    if head is None:
        return None
    m = _CELL_LINE_TOTALS.search(text, head.end())
    if m is None:
        return None
    abstain = int(m.group(3)) if head.group(1) and m.group(3) else 0
    return (int(m.group(1)), int(m.group(2)), abstain), head.start(), m.end()


# An open election's roll call told as sentences, a candidate a line: "För Eva Lund röstar A, B och C." / "För Bo Ek
# röstar D och E." / "F avstår från att rösta."
_VOTES_FOR_LINE = re.compile(r"(?m)^[ \t]*För\s+[^\n.]{3,80}?\s+röstar\s+([^\n]+?)\.?[ \t]*$")
_ABSTAINS_LINE = re.compile(r"(?m)^[ \t]*([^\n]{3,200}?)\s+avstår(?:\s+från\s+att\s+rösta)?\.?[ \t]*$")


def _candidate_sentences_roll_call(text: str) -> tuple[tuple[str, str], ...]:
    """The voters of an election told as two "För <candidate> röstar <names>." lines (the first candidate's voters
    as yes, the second's as no) and a "<names> avstår från att rösta." line; () unless there are exactly two.

    Why: the roll call wants "Ja:"/"Nej:" labels, so an open election by roll call in sentences gave no vote."""
    sides = [_plain_names(m.group(1)) or [p.name for p in find_people(m.group(1))]
             for m in _VOTES_FOR_LINE.finditer(text)]
    if len(sides) != 2 or not all(sides):
        return ()
    out = [(name, "yes") for name in sides[0]] + [(name, "no") for name in sides[1]]
    for m in _ABSTAINS_LINE.finditer(text):
        out.extend((name, "abstain") for name in _plain_names(m.group(1)) or [p.name for p in find_people(m.group(1))])
    return tuple(out)


def _roll_call(text: str) -> tuple[tuple[str, str], ...]:
    """ "Ja-röster: A (L), B (M)… Nej-röster: …" or a table with X marks → ((name, "yes"), …)."""
    table = _table_roll_call(text)
    if table:
        return table
    if "röstar" in text and (sentences := _candidate_sentences_roll_call(text)):
        return sentences
    out: list[tuple[str, str]] = []
    for choice, chunk, _start in _roll_entries(text):
        counted = _COUNTED.match(chunk)
        if counted:
            chunk = counted.group(1)  # "Ja-röster: 5 (Kjell Olofsson, Roger Lind, …)": the names in brackets
        chunk = _LINE_END_COUNT.sub("", chunk)
        people = [p.name for p in find_people(chunk)] or _plain_names(chunk)
        out.extend((name, choice) for name in people)
    return tuple(out)


def _roll_entries(text: str) -> Iterator[tuple[str, str, int]]:
    """Each "Ja:" / "Nej:" / "Avstår:" label's choice and the text after it up to the next label, a blank line or
    the end of its sentence, with the offset of that text in ``text``."""
    labels = list(_ROLL_LABEL.finditer(text))
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        chunk = text[m.end(): end]
        stop = re.search(r"\n\s*\n|(?<=\.)\s+(?=[A-ZÅÄÖ])", chunk)
        if stop:
            chunk = chunk[: stop.start()]
        word = m.group(1).casefold()
        yield "yes" if word.startswith("ja") else "no" if word.startswith("nej") else "abstain", chunk, m.end()


_SURNAME = re.compile(CAP_WORD)


def _surname_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a roll call by surname only, one line per side ("Ja: Lund, Berg, Ek" / "Nej: Holm"), as
    (counts, start, end); a side without a line has no votes.  None unless both "Ja" and "Nej" have such a list.

    Why: the roll call of ``_roll_call`` wants full names, so a nämnd that records its roll call by surname had no
    vote.  The surnames give the counts but no voters: a surname alone is not a person's identity."""
    counts = {"yes": 0, "no": 0, "abstain": 0}
    start = end = -1
    for choice, chunk, at in _roll_entries(text):
        line = chunk.split("\n", 1)[0]
        entries = [e.strip(" .\u00a0\t") for e in re.split(r",|\boch\b", line)]
        if not all(_SURNAME.fullmatch(e) and not canonical_party(e) for e in entries):
            return None
        counts[choice] += len(entries)
        start, end = at if start < 0 else start, at + len(line)
    if not counts["yes"] or not counts["no"]:
        return None
    return (counts["yes"], counts["no"], counts["abstain"]), start, end


_COUNTED = re.compile(r"\s*\d{1,3}\s*\(([^()\n]*)\)")
# The side's count in a column at the end of its list's last line ("Nej: Per Ek, Eva Ros          2"): no name.
# (Why: the count made the list's last entry no name, so the roll call and with it the vote were lost.)
_LINE_END_COUNT = re.compile(r"(?m)[ \t]{2,}\d{1,3}[ \t]*$")
_PLAIN_NAME = re.compile(PLAIN_NAME)


_PROSE = re.compile(r"\b(?!och\b)[a-zåäö]{2,}")  # a lower-case word: the line after a list is a sentence


def _plain_names(chunk: str) -> list[str]:
    """A roll call's names without parties ("Ja: Lars-Erik Karlsson, Britt Ekholm och Eva Ståhl"): only where
    the whole entry is such a list, so that a sentence after "Ja:" gives no voters."""
    lines = chunk.split("\n")
    n = 1
    while n < len(lines) and not _PROSE.search(lines[n]):
        n += 1  # the list goes on over lines of names ("… Jan-Olof Hägg, Maj" / "Sundqvist, Gunilla Berg")
    entries = [e.strip(" .\u00a0\t") for e in re.split(r",|\boch\b", " ".join(lines[:n]))]
    entries = [e for e in entries if e]
    if not entries or not all(_PLAIN_NAME.fullmatch(e) for e in entries):
        return []
    return entries


# The labels in one slashed group and the counts in another in the same order: "Omröstningsresultat
# (ja/nej/avstår/frånvarande): 34/10/3/2".  A label other than ja, nej or avstår (frånvarande) is no vote.
_SLASHED = re.compile(r"(?i)\(?\b(ja/nej(?:/[a-zåäö]{3,15}){0,3})\)?[ \t]*:?[ \t]*"
                      r"(\d{1,3}(?:[ \t]*/[ \t]*\d{1,3}){1,3})\b")


def _slash_counts(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """ "(ja/nej/avstår/frånvarande): 34/10/3/2": each count under the label in its place; the labels must be as
    many as the counts."""
    m = _SLASHED.search(text)
    if m is None:
        return None
    labels = m.group(1).casefold().split("/")
    counts = [int(c) for c in re.split(r"[ \t]*/[ \t]*", m.group(2))]
    if len(labels) != len(counts):
        return None
    by = dict(zip(labels, counts, strict=True))
    abstain = next((by[k] for k in ("avstår", "avstod", "avstående") if k in by), 0)
    return (by["ja"], by["nej"], abstain), m.start(), m.end()


# "Med 27 röster (S, C, V, MP) mot 9 (SD)": the two sides' counts with the parties behind each in brackets.
_PARTY_SIDED = re.compile(rf"(?i)\b{_NUM}\s+röster\s*\([^()\n]{{1,80}}\)\s+mot\s+{_NUM}\b(?:\s*\([^()\n]{{1,80}}\))?")


def _party_sided_count(text: str) -> re.Match[str] | None:
    """A yes/no count told as "N röster (parties) mot M (parties)", with yes and no in groups 1 and 2; the
    abstentions after it ("och med 15 som avstår (M, KD)") are read as after any count.

    Why: a council's decision sentence names the parties of each side between the count and "mot", so
    ``_YES_NO_WORDS``'s "N röster mot M" did not match and the division was lost."""
    return _PARTY_SIDED.search(text) if "röster" in text else None


# One line per option, its count told after the label in one of the forms a council's minutes use: with the
# parties in brackets after it ("Ja: 30 (S 18, C 6)"), as a sum after the parties ("Ja-röster: M 4, L 1 = 7"), or
# in the last cell of a table row with the parties between ("Ja<TAB>M, C, KD<TAB>6").
_OPTION_ROW = re.compile(r"[ \t]*(Ja|JA|Nej|NEJ|Avstår|AVSTÅR|Avstod|Avstående)(?:-?röster)?[ \t]*:?[ \t]*"
                         r"(?:(\d{1,3})[ \t]*\([^()\n]{1,80}\)|[^\n=]{1,80}?=[ \t]*(\d{1,3})|"
                         r"[^\t\n]*\t(?:[^\t\n]*\t)*[ \t]*(\d{1,3}))[ \t.]*$")


def _option_rows(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The counts of a vote given as one line per option, "Ja" then "Nej" (then "Avstår") on consecutive lines,
    each with its count told as ``_OPTION_ROW`` reads it.

    Why: a vote split per party on each side ("Ja: 30 (S 18, C 6, V 4, MP 2)" / "Nej: 29 (…)", "Ja-röster: M 4,
    L 1 = 7", a "Röst | Partier | Antal" table) puts party counts or codes between the label and the total, so
    none of the other forms read it.  Only whole lines, the yes line first."""
    if "\n" not in text or not re.search(r"(?m)^[ \t]*(?:Nej|NEJ)\b", text):
        return None
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if not line.lstrip().startswith(("Ja", "JA")) or (first := _OPTION_ROW.fullmatch(line)) is None:
            continue
        counts = {"ja": _option_count(first)}
        end = start + len(line)
        for nxt in lines[k + 1:k + 3]:
            m = _OPTION_ROW.fullmatch(nxt)
            label = m.group(1).casefold()[:4] if m else ""
            if m is None or label == "ja" or label in counts or (label != "nej" and "nej" not in counts):
                break
            counts[label] = _option_count(m)
            end += len(nxt) + 1
        if "nej" in counts:
            return (counts["ja"], counts["nej"], counts.get("avst", 0)), start, end
    return None


def _option_count(m: re.Match[str]) -> int:
    """The count of an ``_OPTION_ROW`` match, from whichever of its forms matched."""
    return int(next(g for g in m.groups()[1:] if g is not None))
