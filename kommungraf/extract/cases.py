"""Case registration numbers (diarienummer) in the many formats municipalities use."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator

from .prechecks import matches_at

# A classification suffix from the document plan that is part of the number: "KS 2006/0042-106",
# "UBN 2018/0031-2.1.2", "KS 2021/0345.109".  At most three digits per part, so "KS 2019/656-2020" keeps only
# "KS 2019/656".
_CLASS = r"(?:[-.]\d{1,3}(?:\.\d{1,3}){0,3}(?![\d-]))?"
# The registry's letters after the number: "Dnr 2023/00412 KS".  Only after a label (a weak format), and only
# capitals that end the line or stand before punctuation, so "Dnr 2019/345 KS beslutade" keeps no "KS".
_REGISTRY_AFTER = r"(?:[ \t][A-ZÅÄÖ]{2,5}(?=[ \t]*(?:$|\n|[,.;)])))?"
# The registry's letters joined to the number by a hyphen: "Dnr 2024/412-KS" (why: the number was cut before them).
# Only capitals that end the word, so "2024/412-KS:s" or "2024/412-Kommun" keep no letters.
_REGISTRY_HYPHEN = r"(?:-[A-ZÅÄÖ]{2,5}(?![\w:-]))?"
# Formats that are case numbers wherever they stand.
_STRONG = [
    r"\d{4}/[A-ZÅÄÖ]{1,5}\s?\d{3,4}(?:[ .]\d{1,3})?",            # 2011/KS 0193 10
    r"[A-ZÅÄÖ]{1,6}\s\d{4}/\d{1,6}" + _CLASS,                   # KS 2019/656, EÅV 2019/274, BUN 2020/0456
    r"[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,6})?-\d{4}-\d{1,6}",           # STK-2020-842, KSN-2019-02114
    r"[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ]{1,3}-\d{4}-\d{1,6}",              # LiU-2021-01234 (a university's)
    r"[A-ZÅÄÖ]{1,6}-[A-ZÅÄÖ]{2,6}\d{2}-\d{3,6}",                 # RS-LED21-0123 (unit and two-digit year)
    r"[A-ZÅÄÖ]\d{1,3}\.\d{3}/\d{4}",                             # A123.456/2021 (the police's)
    r"[A-ZÅÄÖ][a-zåäö]?\d{4}[-/]\d{3,6}",                        # T2023-00512, Ju2021/01456
    r"[A-ZÅÄÖ]\d{2,4}-\d{3,5}/\d{2}",                            # N137-0298/16
    r"\d(?:\.\d){1,3}-\d{1,6}-\d{4}",                            # 1.5.1-135-2012
    r"[A-ZÅÄÖ]{2,5}\.\d{4}\.\d{1,6}",                            # KU.2017.3
    r"[A-ZÅÄÖ]{2,5}\s\d{2}-\d{2,4}(?:\s\d{2,4})?",               # KS 02-820 107
    # (With the plan's class code after a point too: "KS-2024/615.111"; the number was cut before it.)
    r"[A-ZÅÄÖ]{2,6}-\d{4}/\d{1,6}" + _CLASS,                    # NBN-2018/1523
    # With the document plan's code after a point: "BUN 2013-214.612" (before the plain form, which would stop at
    # the point and drop the code).
    r"[A-ZÅÄÖ]{1,6}\s\d{4}-\d{3,6}\.\d{1,3}(?:\.\d{1,3}){0,3}(?![\d-])",  # BUN 2013-214.612
    r"[A-ZÅÄÖ]{1,6}\s\d{4}-\d{3,6}(?!-)",                       # TN 2019-0874
    r"[A-ZÅÄÖ][a-zåäö]{1,2}\s\d{1,5}/\d{4}",                     # Ks 747/2021
    r"\d{2}[A-ZÅÄÖ]{2,4}\d{3,6}",                                # 21RS2315
    r"[A-ZÅÄÖ]{1,5}/\d{1,6}/\d{4}",                               # RS/1122/2019
    r"[A-ZÅÄÖ]{1,6}/\d{4}:\d{1,6}" + _CLASS,                      # KS/2020:345, KSKF/2022:118
    r"[A-ZÅÄÖ]{1,6}/\d{4}/\d{1,6}",                               # VON/2022/0032
    # With the document plan's code after a second point: "KS 2024.388.040" (why: the plain form below stopped at
    # the second point and dropped the code).
    r"[A-ZÅÄÖ]{1,6}\s\d{4}\.\d{2,6}\.\d{1,3}(?:\.\d{1,3}){0,2}(?![\d-])",  # KS 2024.388.040
    r"[A-ZÅÄÖ]{1,6}\s\d{4}\.\d{2,6}",                            # KS 2018.0120
    r"[A-ZÅÄÖ]{2,6}(?:19|20)\d{2}\.\d{3,6}",                        # KS2024.0098 (the series run into the year)
    # (Not "D 14/2024", a decision's serial number and its year.)
    r"[A-ZÅÄÖ]{1,6}\s\d{2}/(?!(?:19|20)\d\d(?!\d))\d{1,6}",       # KS 21/345, ÄN 21/112
    r"[A-ZÅÄÖ]{1,6}\s\d{3,5}/\d{2}(?!\d)",                         # KS 412/03 (number / two-digit year)
    r"[A-ZÅÄÖ][a-zåäö]?\d{4}/\d{3,6}/[A-ZÅÄÖ]{1,4}",               # U2020/03425/GV
    r"\d(?:\.\d){1,3}-\d{1,6}/\d{4}",                             # 8.1.2-14577/2020
    r"[A-ZÅÄÖ]{2,5}\.\d{4}\.\d{1,6}",                             # KFN.2018.34
    r"[A-ZÅÄÖ]{2,4}\d{3,5}/\d{2}(?!\d)",                          # ON0234/21 (number / two-digit year)
    r"[A-ZÅÄÖ]{2,4}(?:\d{2}|\d{4})/\d{3,6}" + _CLASS,             # RD21/04567, KN2023/01877, KS2024/0133-3
    # The series run into the year, then a hyphen: a region's "RS2024-00412", "KTN2024-0390" (why: only one
    # capital was allowed before a year and a hyphen, as in "T2023-00512").
    r"[A-ZÅÄÖ]{2,4}(?:19|20)\d{2}-(?!(?:19|20)\d{2}(?!\d))\d{3,6}(?![\d-])",
    r"[A-ZÅÄÖ]{1,6}-\d{3,6}-\d{2}(?!\d)",                          # NV-02871-22
    r"[A-ZÅÄÖ]{1,6}/\d{4}/\d{1,6}/\d{1,3}",                          # KS/2024/0212/106 (with the plan's code)
    # The registry's letters, a zero-padded serial and the full year: "KS 000412/2024" (why: only the year-first
    # "KS 2019/656" and the lower-case "Ks 747/2021" were read, so the paragraph had no number).  The serial starts
    # with a zero, as no EU act ("EU 2016/679") or standard is numbered.
    r"[A-ZÅÄÖ]{1,6}\s0\d{2,5}/(?:19|20)\d{2}",
]
# Formats that are too plain to trust without a "Dnr" label or a place on the § line: 0834/20, 316-259/2012.
_WEAK = [
    # With the document's serial after a hyphen: "Dnr 2025.0087-1" (why: the number stopped at the hyphen and
    # dropped the serial, as the slash form "2007/00812-1" keeps it).
    # With the document plan's code after a second point: "Dnr 2008.112.730" (why: the number stopped at the second
    # point and dropped the code, as the lettered "KS 2024.388.040" keeps it).
    r"\d{4}\.\d{3,6}(?:\.\d{1,3}(?:\.\d{1,3}){0,2}(?![\d-])|-\d{1,3}(?![\d-]))?",  # Dnr 2019.0123
    r"\d{4}-\d{4,6}(?!-)",                                       # Dnr 2019-00154
    r"\d{6,8}",                                                 # Dnr 1800412
    # A year, a short serial and the plan's class code: "Dnr 2024/64-106 KS".  Before the number / two-digit year
    # form below, which would otherwise read "2024/64" and drop the class code and the registry's letters.
    r"(?:19|20)\d{2}/\d{1,2}-\d{1,3}(?:\.\d{1,3}){0,3}(?![\d-])" + _REGISTRY_AFTER,
    # The same with the class code after a point: "Dnr 2024/97.111", "Dnr 2024/12.009" (why: the number / two-digit
    # year form below read "2024/97" and dropped the code).
    r"(?:19|20)\d{2}/\d{1,2}\.\d{1,3}(?:\.\d{1,3}){0,3}(?![\d-])",
    r"\d{3,4}/\d{2}(?!\d)",
    r"\d{1,4}-\d{1,6}/\d{4}",
    r"\d{3}-\d{3,6}-\d{4}",
    # The same with a four-digit plan code: a county board's "länsstyrelsens dnr 4316-2871-2024" (why: only three
    # digits were read, so the sender's number was lost).  Label only (see _LABEL_ONLY).
    r"\d{4}-\d{3,6}-(?:19|20)\d{2}(?![\d-])",
    # A unit's code, the year and the serial: a region's "dnr 1000-2025-00213" (why: no form had the year between
    # two numbers, so the sender's number was lost).  Label only (see _LABEL_ONLY).
    r"\d{1,4}-(?:19|20)\d{2}-\d{3,6}(?![\d-])",
    # The registry's letters, a space, the year and a colon: "Dnr: KS 2024:112" (why: only "KS/2020:345" and the bare
    # "2009:218" were read, so the letters were lost).  Never a publication series ("SOU 2021:6", "SFS 2017:725").
    r"(?!(?:SOU|SFS|DS|Ds)\s)[A-ZÅÄÖ]{1,6}\s\d{4}:\d{1,6}",
    r"\d{4}:\d{1,6}",                                            # Skolverkets dnr 2009:218
    r"\d{4}/\d{3,6}" + _CLASS + _REGISTRY_HYPHEN + _REGISTRY_AFTER,  # Dnr: 2007/00812-1, Ärendenr 2016/345
    r"\d{2}/(?!(?:19|20)\d\d(?!\d))\d{3,6}",                      # Diarienr 19/0345, not "motion 14/2014"
    r"[A-ZÅÄÖ]{1,6}\s\d{4}-\d{1,2}(?![\d-])",                     # Dnr RS 2023-98 (a year-month without label)
    r"[A-ZÅÄÖ]{1,6}\s\d{6,8}",                                   # Region Hallands dnr RS 230611 (year and serial)
    # The same with the letters run into the digits: "Region Hallands dnr RS240087" (why: only the spaced form was
    # read, so another organisation's number was lost).  Label only (see _LABEL_ONLY): "AB123456" may be anything.
    r"[A-ZÅÄÖ]{1,6}\d{6,8}",
    # The same with a slash between the letters and the digits: "landstingets dnr LK/091184" (why: no form had the
    # year and serial run together after a slash, so the sender's number was lost).  Label only, as the above.
    r"[A-ZÅÄÖ]{1,6}/\d{6,8}",
    r"[A-ZÅÄÖ]{1,6}\s\d{2}/\d{4}",                               # Dnr KS 24/2024 (a serial that reads as a year)
    # The serial before the year, with or without the registry's letters: "Dnr RUN 388-2024", "diarienummer
    # 03812-2024".  Never a period of years ("2024-2027"): the serial is no year.
    r"(?:[A-ZÅÄÖ]{1,6}\s)?(?!(?:19|20)\d{2}-)\d{3,6}-(?:19|20)\d{2}(?![\d-])",
    # Older registries (1990s, 2000s) with a two-digit year: "Dnr KS 95.0412" (series, year, serial),
    # "Länsstyrelsens dnr 501-8124-04" (plan code, serial, year), "Banverkets ärende nr F04-1187/SA20"
    # (letter and year, serial, unit), "KFN dnr 42/95" (serial / year; label only, see _LABEL_ONLY).
    r"[A-ZÅÄÖ]{1,6}\s\d{2}\.\d{3,6}",
    r"\d{3}-\d{3,6}-\d{2}(?![\d-])",
    r"[A-ZÅÄÖ]\d{2}-\d{3,6}/[A-ZÅÄÖ]{1,4}\d{0,4}",
    r"\d{1,2}/\d{2}(?!\d)",
    # The series run into the year with a serial of one or two digits: "Diarienummer KS2024.7" (why: the strong
    # form "KS2024.0098" needs three digits, so an early case of the year lost its number).
    r"[A-ZÅÄÖ]{2,6}(?:19|20)\d{2}\.\d{1,2}",
    # A serial of three or more digits and the full year after it: "Ks dnr 188/2024" (why: only "Ks 747/2021" with
    # the registry's letters right before it was read, so a number after a "dnr" label was lost).  Label only (see
    # _LABEL_ONLY); a serial of one or two digits ("motion 14/2014", also after "Dnr") is no case number.
    r"\d{3,5}/(?:19|20)\d{2}",
    # A serial and a two-digit year after a hyphen, as a landsting's registry wrote it in the 2000s: "Dnr 412-08",
    # "Dnr 1043-07" (why: only the slash form "KFN dnr 42/95" was read, so the case had no number).  Label only
    # (see _LABEL_ONLY): a bare "412-08" may be anything; never a year and a month ("2008-12").
    r"(?!(?:19|20)\d{2}-)\d{2,5}-\d{2}(?![\d-])",
    # The other order of the same decade: the two-digit year first, then the serial, "Östsams dnr 08-0311",
    # "Dnr 07-1245" (why: only the serial-first form was read, so a regional body's number was lost).  Label only:
    # a bare "08-0311" may be a telephone prefix or anything.
    r"\d{2}-\d{3,5}(?![\d-])",
    # The year first, then the registry's letters and the serial between hyphens: a region's "dnr 2023-RS-0412"
    # (why: only the letters-first "KSN-2019-02114" was read, so the sender's number was lost).
    r"(?:19|20)\d{2}-[A-ZÅÄÖ]{1,6}-\d{1,6}(?![\d-])",
]
# The year run into the registry's letters, then the serial: "Dnr 2013KS/0087" (why: only the letters before the year,
# "KS2024/0133", were read).
_STRONG += [r"(?:19|20)\d{2}[A-ZÅÄÖ]{1,5}/\d{3,6}" + _CLASS]
# A Finnish registry's code of capitals and lower-case letters before the year and the serial: "dnro TORDno-2024-311"
# (a border municipality's neighbour).  Only after a label (see ``_FOREIGN_LABEL``).
_WEAK += [r"[A-ZÅÄÖ]{2,6}[a-zåäö]{1,3}-(?:19|20)\d{2}-\d{1,6}"]
# The two-digit year and the registry's letters run together before a slash and the serial: "Ärendenr: 24KS/0134",
# "Dnr 23BMN/0412" (why: only the form without the slash, "21RS2315", was read, so the paragraph had no number).
# Weak: trusted after a label or on the § line only.
_WEAK.insert(0, r"\d{2}[A-ZÅÄÖ]{2,4}/\d{3,6}")
# Weak formats too short to trust even on the § line ("1/12" may be a day and month): only after a label.
_LABEL_ONLY = re.compile(r"\d{1,4}-(?:19|20)\d{2}-\d{3,6}|\d{4}-\d{3,6}-(?:19|20)\d{2}|"
                         r"\d{1,2}/\d{2}|\d{3,5}/(?:19|20)\d{2}|[A-ZÅÄÖ]{1,6}/?\d{6,8}|\d{2,5}-\d{2}|\d{2}-\d{3,5}")
_END = r"(?![\w/])"
# Every format above starts with a capital or a digit and has its first digit within its first 15 characters (at
# most 14 letters, spaces and separators before it: "KSN-KLK-2019-0211").  The look-ahead says only that, so it
# changes no match; it lets the ~40 alternatives be skipped at most word starts (why: they were tried at each).
_DIGIT_SOON = r"(?=[A-ZÅÄÖ]\D{0,13}\d|\d)"
STRONG = re.compile(r"(?<![\w/.-])" + _DIGIT_SOON + r"(?:" + "|".join(_STRONG) + r")" + _END)
WEAK = re.compile(r"(?<![\w/.-])" + _DIGIT_SOON + r"(?:" + "|".join(_WEAK) + r")" + _END)
_DIGIT = re.compile(r"\d")
# Where a number of either kind may start: a capital or a digit after no word character, "/", "." or "-" (the
# look-behind both patterns open with), with a digit right there or soon after it (their look-ahead).  The
# patterns open with look-arounds, so the regex engine tried the ~40 alternatives' look-arounds at every character
# of the text, twice; this scan opens with a character class, which the engine skips ahead to, and each pattern is
# then tried only at the positions it finds (``matches_at``).
_START = re.compile(r"[A-ZÅÄÖ\d](?<![\w/.-].)(?:(?<=\d)|(?=\D{0,13}\d))")


LABEL = re.compile(r"(?i)\b(?:dnr|diarienr|diarienummer|diarie-?nr|ärendenr|ärendenummer|d\.nr|ärende\s+nr)\.?:?\s*$")
_LABEL_WORDS = re.compile(r"(?i)\b(?:[A-ZÅÄÖ]{1,5}\s+)?(?:dnr|diarienr|diarienummer)\.?:?\s*$")
# The Norwegian and Danish words for a registration number: "Halden kommunes saksnummer 2023/4471", "sagsnr."
# (why: minutes of border municipalities cite their neighbours' cases, with the label in that neighbour's language).
_NORDIC_LABEL = re.compile(r"(?i)\b(?:saksnummer|saksnr|sagsnummer|sagsnr|arkivsak)\.?:?\s*$")
# The Finnish "dnro" (diaarinumero) of a neighbour across the border, and an agency's "Tillväxtverkets ärende
# 20367891": the owner's genitive before "ärende" labels the number as a registration number (why: neither label was
# known, so the number was lost).  An agency's own "beteckning" is its registration number too: "Länsstyrelsens
# beteckning: 4412-20931-2023", "Er beteckning 2023/118" (why: the label was unknown, so the sender's number was lost).
_FOREIGN_LABEL = re.compile(r"(?i)\bdnro\.?:?\s*$|\b[A-ZÅÄÖ][a-zåäö]+s\s+ärende\s*$"
                            r"|\b(?:[a-zåäö]+s|er|vår)\s+beteckning:?\s*$")
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A label caught as the letters of a number ("Dnr 2019/0123" looks like "Ks 747/2021"): the label is no prefix.
_LABEL_PREFIX = re.compile(r"(?i)^(?:dnr|diarienr|ärendenr|nr)\s")
# Series of government publications and statutes: "SOU 2021:6", "Ds 2019:12", "prop. 2020/21:1", "SFS 2017:725".
_PUBLICATION = re.compile(r"(?i)\b(?:sou|ds|prop\.?|sfs|bet\.?|skr\.?)\s*$")
_PARAGRAPH_SIGN = re.compile(r"§\s*$")
# A class code of three digits after a space that ends the line: "Dnr 2024/42 346" (why: the number was cut before it).
# Also of two digits, as older filing plans number their main groups: "Diarienummer: 2024/0387 04" (the number was cut
# before the code as well).
# Also after a dash set with spaces, "Dnr 2024/87 - 214", "Dnr 2024/87 – 214" (why: the number was cut before " - ").
_SPACED_CLASS = re.compile(r"[ ](?:[-–][ ])?(\d{2,3})[ \t]*(?:\n|$)")
_YEARS = re.compile(r"^(\d{4})/(\d{4})$")


# A delegation decision's own number in a building registry, "D" or "DB" (delegationsbeslut) before the year and the
# serial: "DB 2024-0311", "D 2024-57", "D-2024-0412" in a list of reported decisions.  Why: it was read as the
# case number of the paragraph reporting the decisions; the case numbers stand in their own column beside it.
_DELEGATION_NUMBER = re.compile(r"DB?[ -](?:19|20)\d{2}-")


def normalise(number: str) -> str:
    return " ".join(number.split())


def find_case_numbers(text: str, heading: bool = False) -> Iterator[tuple[str, int, int]]:
    """Case numbers in ``text`` as (number, start, end); ``heading`` trusts plain formats (the § line)."""
    if _DIGIT.search(text) is None:
        return  # every format, also in a number column, has digits: most titles and many lines have none
    taken: list[tuple[int, int]] = []
    starts = [m.start() for m in _START.finditer(text)]
    if "/" in text:  # both registry-code forms have "year/serial"
        for value, s, e in _labelled_word_prefix(text):
            taken.append((s, e))
            yield value, s, e
        for value, s, e in _camel_prefix_numbers(text, taken):
            taken.append((s, e))
            yield value, s, e
    for m in matches_at(STRONG, text, starts):
        value = m.group()
        if _DATE_LIKE.match(value) or _LABEL_PREFIX.match(value) or _appendix_reference(text, m.start()) or \
                _DELEGATION_NUMBER.match(value) or _identifier(text, m.start()):
            continue
        # "Utlåtande 2022:91 RI" and years such as "2012-2014" do not match the patterns above.
        end = m.end()
        # Also after a label: "Dnr KS 000412/2024 – 106" (why: a labelled number with registry letters lost the class
        # code after a spaced dash, which the plain labelled "Dnr 2024/87 – 214" keeps).
        if heading or LABEL.search(text, max(0, m.start() - 24), m.start()):
            # "KF § 71<TAB>KS 2025/0088 406": the filing plan's class code after a space at the § line's end, as a
            # labelled number keeps it (why: the number on the § line was cut before the code).
            end = _spaced_class_end(text, end)
        taken.append((m.start(), end))
        yield normalise(text[m.start():end]), m.start(), end
    covered = _covered(taken)
    for m in matches_at(WEAK, text, starts):
        if covered(m.start()) or _LABEL_PREFIX.match(m.group()):
            continue
        before = text[max(0, m.start() - 24): m.start()]
        if _PUBLICATION.search(before):
            continue
        if _PARAGRAPH_SIGN.search(before):
            continue  # "§ 2024:7", "§ 112/24": a paragraph's number with its year, no registration number
        if _identifier(text, m.start()):
            continue
        years = _YEARS.match(m.group())
        if years and int(years.group(2)) == int(years.group(1)) + 1:   # "budgetåret 2019/2020"
            continue
        labelled = LABEL.search(before) or _LABEL_WORDS.search(before) or _NORDIC_LABEL.search(before) or \
            _foreign_label(before)
        if not labelled and _period(m.group()):
            continue
        if labelled or (heading and not _LABEL_ONLY.fullmatch(m.group()) and not _school_year(m.group())):
            end = m.end()
            if labelled and (code := _SPACED_CLASS.match(text, end)):
                end = code.end(1)  # "Dnr 2024/42 346": the filing plan's class code after a space, at the line's end
            yield normalise(text[m.start():end]), m.start(), end
    if "\t" in text:
        yield from _not_taken(_in_number_column(text), covered)


def _nowhere(at: int) -> bool:
    return False


def _covered(taken: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies in one of the spans ``taken``: the spans sorted once, then a binary search for each
    position, the furthest end of the spans starting at or before it told by a running maximum.

    Why: each plain number was compared with every number read before it, so a paragraph listing thousands of case
    numbers took seconds."""
    if not taken:
        return _nowhere
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))

    def covered(at: int) -> bool:
        i = bisect.bisect_right(starts, at)
        return i > 0 and reach[i - 1] > at

    return covered


# A meeting system's identifier label right before the value: "Dokument-ID NP-4471-07", "Lex-ID: KS-2024-3391",
# "Mötes-ID", "Protokoll-ID" (a word joined to "ID" by a hyphen, or "ID" alone).  Not a case's or a registry's id
# ("Ärende-id: KS.2024.1432", "Diarie-id"), which is its case number.
_IDENTIFIER_LABEL = re.compile(r"(?i)(?:\b(?!ärende|diarie)\w+-id|(?<![\w-])id)\.?:?[ \t]*\Z")


def _identifier(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the value of an identifier label ("Dokument-ID NP-4471-07"): the system's
    id of a document, meeting or export, no registration number.

    Why: a meeting system prints each item's document id beside its "Ärendenummer", and an id shaped like a
    number ("NV-02871-22") was read as a second case number of the paragraph."""
    return _IDENTIFIER_LABEL.search(text, max(0, start - 20), start) is not None


# A period of years written with a hyphen: "2026-2028", "2024-2030" (a later year of this century or the last).
_PERIOD = re.compile(r"((?:19|20)\d{2})-((?:19|20)\d{2})")


def _period(value: str) -> bool:
    """Whether a plain number is a period of years ("plan för 2026-2028"), which a heading's trust in plain formats
    would read as a number (the weak form "2019-00154"); a labelled one stays a number.

    Why: "Remiss: Regional plan … 2026-2028" on a § line gave the paragraph a case number "2026-2028"."""
    m = _PERIOD.fullmatch(value)
    return m is not None and 0 < int(m.group(2)) - int(m.group(1)) <= 30


# "bilaga KS 2010/31": the word of an appendix right before a number.
_APPENDIX_BEFORE = re.compile(r"(?i)\bbilaga\s+\Z")


def _appendix_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the word "bilaga" ("enligt bilaga KS 2010/32"): the appendix's own
    reference in the minutes' appendix series, no registration number.

    Why: "Åsa Lindqvist (v) lämnar ett särskilt yttrande, bilaga KS 2010/33" gave the case a number of its own."""
    return start >= 7 and _APPENDIX_BEFORE.search(text, max(0, start - 12), start) is not None


def _foreign_label(before: str) -> bool:
    """Whether the text before a plain number labels it as a registration number in a neighbour's or an agency's
    words ("Tornion kaupungin dnro", "Tillväxtverkets ärende")."""
    return _FOREIGN_LABEL.search(before) is not None


def _school_year(value: str) -> bool:
    """A school or financial year written as a year and the next one's two last digits ("läsåret 2024/25",
    "2023/24"), which a heading's trust in plain formats would read as a number (a labelled one stays a number).

    Why: "Information om skolvalet inför läsåret 2024/25" on a § line gave a case number "2024/25"."""
    m = re.fullmatch(r"((?:19|20)\d{2})/(\d{2})", value)
    return m is not None and int(m.group(2)) == (int(m.group(1)) + 1) % 100


def _not_taken(found: Iterator[tuple[str, int, int]], covered: Callable[[int], bool]
               ) -> Iterator[tuple[str, int, int]]:
    """The numbers of a number column that are not part of a longer number already read ("BIN" / "2024/0093" in a
    narrow margin column is "BIN 2024/0093", not also "2024/0093").

    Why: the column's bare number was read a second time, as a case number of its own."""
    for value, s, e in found:
        if not covered(s):
            yield value, s, e


# A registry's code written as a word with a capital ("Dnr Kst 2024/118", "Dnr Bun 2023/45"): only right after a
# label, since "Mål 2024/2025" or "Nr 2024/118" elsewhere are no registry codes.
# (The look-behind stands after the capital, which it skips, so that the regex engine can scan for capitals.)
_WORD_PREFIX = re.compile(r"[A-ZÅÄÖ](?<![\w/.-].)[a-zåäö]{1,3}\s\d{4}/\d{1,6}" + _CLASS + _END)


def _labelled_word_prefix(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _WORD_PREFIX.finditer(text):
        if not _LABEL_PREFIX.match(m.group()) and LABEL.search(text[max(0, m.start() - 24): m.start()]):
            end = _spaced_class_end(text, m.end())
            yield normalise(text[m.start():end]), m.start(), end


# A registry's code in camel case before the year and number: "KoF 2024/00118" (Kultur- och fritidsnämnden),
# "SoN 2023/45": the capitals of a nämnd's words with the "och" between them in lower case.
_CAMEL_PREFIX = re.compile(r"[A-ZÅÄÖ](?<![\w/.-].)[a-zåäö][A-ZÅÄÖ]{1,3}\s\d{4}/\d{1,6}" + _CLASS + _END)


def _camel_prefix_numbers(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[str, int, int]]:
    """Case numbers with a camel-case registry code ("KoF 2024/00118", see ``_CAMEL_PREFIX``), wherever they stand.

    Why: the code fits no prefix pattern (capitals only, or a capital and lower case after a label), so the number
    was read without it ("2024/00118")."""
    for m in _CAMEL_PREFIX.finditer(text):
        if not any(ts <= m.start() < te for ts, te in taken):
            yield normalise(m.group()), m.start(), m.end()


def _spaced_class_end(text: str, end: int) -> int:
    """Where a labelled number ends with the filing plan's class code after a space at the line's end ("Dnr Ks
    2020/284 045"), else ``end``.

    Why: a number with a registry word ("Ks") was read without its class code, which the plain labelled numbers
    ("Dnr 2024/42 346") keep."""
    code = _SPACED_CLASS.match(text, end)
    return code.end(1) if code else end


# The heading of a table column of registration numbers: "Från | Datum | Diarienummer | Ärende".
_NUMBER_COLUMN = frozenset({"dnr", "dnr.", "diarienr", "diarienummer", "diarienr.", "ärendenummer", "ärendenr"})


def _in_number_column(text: str) -> Iterator[tuple[str, int, int]]:
    """The plain numbers ("526-3311-2024") in the cells of a table column headed "Diarienummer": the heading is
    their label, as "Dnr" before a number is.  Only rows of the table, up to the first line without a TAB."""
    pos = 0
    column: int | None = None
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            column = None
            continue
        cells = line.split("\t")
        if column is None:
            column = next((i for i, c in enumerate(cells) if c.strip().casefold() in _NUMBER_COLUMN), None)
            continue
        if column < len(cells) and (m := WEAK.fullmatch(cells[column].strip())):
            at = start + sum(len(c) + 1 for c in cells[:column]) + cells[column].index(m.group())
            yield normalise(m.group()), at, at + len(m.group())
