"""Helpers several parser test modules share: minutes extracted from a text, and sample minutes used by two or more."""

from __future__ import annotations

from pathlib import Path

from kommungraf.clean import MappedText
from kommungraf.source import SourceText


def _src(text: str) -> SourceText:
    """A plain-text source of ``text``, its pages split at form feeds."""
    starts = (0, *(i + 1 for i, c in enumerate(text) if c == "\f"))
    return SourceText(Path("x.txt"), text, "text/plain", "0" * 64, starts)


# The head of a fullmäktige's minutes: a body, a meeting date, a chair and an adjuster.
_KF_HEAD = ("Kommunfullmäktige\nSammanträdesdatum: 2024-04-22\nOrdförande: Göran Sandell (C)\n"
            "Justerare: Kenneth Ohlin (S)\n")


def _par(minutes, number: str):
    """The paragraph of ``minutes`` with this number."""
    return next(p for p in minutes.paragraphs if p.number == number)


def _minutes(text: str):
    from kommungraf.extract import extract_minutes

    return extract_minutes(SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,)))


_APPENDED_VOTES = (
    "Regionfullmäktige\n\nBeslutande   Se bilaga 1, voteringslista\n\n"
    "§ 12                                  Dnr RS 2024/31\nNy taxa för färdtjänst\n\n"
    "Beslutsgång\nVotering begärs och genomförs. Votering 1, se bilaga 1.\n\n"
    "Regionfullmäktiges beslut\nTaxan fastställs.\n\n"
    "§ 13                                  Dnr RS 2024/40\nMotion om cykelbanor\n\n"
    "Beslutsgång\nVotering begärs med ja för avslag och nej för bifall. Votering 2, se bilaga 1.\n\n"
    "Regionfullmäktiges beslut\nMotionen avslås.\n\n"
    "Bilaga 1 till regionfullmäktiges protokoll 2024-03-12\n\nOmröstningslista\n\n"
    "Votering 1: § 12 Ny taxa för färdtjänst\n\n"
    "Nr  Namn              Parti   Votering 1    Votering 2\n"
    " 1  Saga Holmqvist    C       Ja            Ja\n"
    " 2  Orvar Lindqvist   S       Nej           Frånvarande\n"
    " 3  Tilda Bergqvist   M       Ja            Avstår\n"
    " 4  Ebbe Sjöqvist     V       Nej           Nej\n"
)


_H24_ROLL_CALL = (
    "Kommunfullmäktige\nSammanträdesdatum 2024-04-22\n"
    "Ordförande\tLars Ek (S)\n"
    "Beslutande\tSe närvaro- och omröstningslistan.\n"
    "Nr\tOrdinarie ledamot\tParti\tNärv.\tTjänstgörande ersättare\t§ 5\t§ 6\n"
    "1\tLars Ek\tS\tX\t\tJa\t\tNej\n"
    "2\tAnna Berg\tS\t– Ulla Mattsson (S)\t\tJa\t\tNej\n"
    "3\tPer Holm\tM\tX\t\tNej\tAvst\n"
    "4\tEva Lund\tM\t– –\t\t\t– –\n"
    "5\tOla Sten\tV\tX\tAvst\t\t\tJa\n"
    "§ 5 Motion om skolan\n"
    "Omröstning\nResultatet framgår av närvaro- och omröstningslistan, kolumn § 5.\n"
    "Kommunfullmäktige beslutar\nMotionen avslås.\n"
    "§ 6 Bordläggning\n"
    "Omröstning\nResultatet framgår av omröstningslistan, kolumn § 6.\n"
    "Kommunfullmäktige beslutar\nÄrendet bordläggs.\n")


_H31_HEAD = ("Kultur- och fritidsnämnden\nProtokoll\nSammanträdesdatum 2024-04-17\n"
             "Ledamöter\n  Anna Berg (S), ordförande\n  Karl Holm (M)\n\n")


_H35_DOC = ("SOCIALNÄMNDEN\tPROTOKOLL\nSammanträdesdatum\t2023-05-16\n\nSN § 54\tDnr: SN 2023/67-750\n"
            "Avtal med föreningen\nFörvaltningen föreslår ett avtal.\nYrkanden\n"
            "Åsa Lind (S) yrkar bifall till förvaltningens förslag.\nJan Berg (SD) yrkar avslag på förslaget.\n"
            "Omröstning\nLedamot\tParti\tJa\tNej\tAvstår\nÅsa Lind\tS\tX\nGun Holm\tS\tX\nLars-Olof Ek\tC\tX\n"
            "Jan Berg\tSD\t\tX\nLena Sten\tSD\t\tX\nSumma\t\t3\t2\t0\n"
            "Socialnämnden har således beslutat enligt Åsa Linds yrkande.\nSocialnämndens beslut\n"
            "Socialnämnden beslutar\n- att godkänna avtalet.\nReservation\n"
            "Vi reserverar oss mot beslutet. Kommunen bör i stället upphandla tjänsten.\n"
            "Jan Berg (SD)\tLena Sten (SD)\nExpedieras: Föreningen\n"
            "Ordförande\tJusterare\tSekreterare\nÅsa Lind\tLars-Olof Ek\tSofia Nord\n")


def _people_listed(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Party and roles of each person an attendance list names."""
    from kommungraf.clean import content_lines
    from kommungraf.extract.attendance import logical_lines, parse_attendance

    att = parse_attendance(logical_lines(content_lines(_src(text)), text), source=text)
    return {p.name: (p.party, p.roles) for p in att.people.values()}


# Minutes of fullmäktige with another meeting's extract reproduced as their appendix.
_WITH_REPRODUCED_EXTRACT = (
    "STORBY KOMMUN                                        PROTOKOLLSUTDRAG\n"
    "Kommunfullmäktige                                    2024-06-13\n\n"
    "§ 78   Avtal om reservvatten\n"
    "       Dnr KS 2024/213\n\n"
    "Yrkanden\n"
    "Eva Lund (M) yrkar bifall till kommunstyrelsens förslag.\n\n"
    "Kommunfullmäktiges beslut\n"
    "Avtalet godkänns.\n\n"
    "Vid protokollet                        Justeras\n\n"
    "Anna Berg                              Olof Dahl\n"
    "sekreterare                            ordförande\n\n"
    "Justerandes sign                                      Utdragsbestyrkande\n"
    "Bilaga 1 till Kommunfullmäktiges protokoll 2024-06-13 § 78\n\n"
    "STORBY KOMMUN                                        PROTOKOLLSUTDRAG\n"
    "Kommunstyrelsen                                      2024-05-14\n\n"
    "§ 88   Avtal om reservvatten\n"
    "       Dnr KS 2024/213\n\n"
    "Yrkanden\n"
    "Ordföranden Eva Lund (M) yrkar bifall till förslaget.\n"
    "Per Palm (S) yrkar att ärendet återremitteras.\n\n"
    "Kommunstyrelsens beslut\n"
    "1. Avtalet godkänns.\n"
    "2. Paragrafen justeras omedelbart.\n\n"
    "Reservation\n"
    "Per Palm (S) reserverar sig.\n\n"
    "Vid protokollet                        Justeras\n\n"
    "Maja Hed                               Eva Lund\n"
    "sekreterare                            ordförande\n")


# The head of a kommunalförbund's minutes whose attendance is grouped by member municipality.
_FEDERATION_HEAD = ("ARKIVFÖRBUNDET\tPROTOKOLL\nDirektionen\tSammanträdesdatum 2024-04-25\n"
                    "Beslutande per medlemskommun\n")


# The head of a region's patientnämnd minutes, the body in capitals before the issuer.
_PN_HEAD = ("PATIENTNÄMNDEN                 SAMMANTRÄDESPROTOKOLL\nRegion Västerbotten            2024-09-19\n\n"
            "Närvarande:\n  Namn                     Parti   Funktion\n"
            "  Kjell Åström             S       ordförande\n"
            "  Petra Nyström            SD      ledamot\n"
            "  Anneli Holmgren          S       ledamot\n\n"
            "Ersättare:\n  Tord Gustavsson          S       ej tjänstgörande\n\n")


# The head of a kommunstyrelse's minutes: a body, a meeting date and a chair.
_KS_HEAD = "Kommunstyrelsen\nSammanträdesdatum: 2024-04-09\nOrdförande: Mats Ek (S)\n"


def _mapped(text: str) -> MappedText:
    """``text`` as a mapped text whose offsets are its own."""
    mt = MappedText()
    mt.append(text, 0)
    return mt


# The head of a company board's minutes, the organ in a right-hand title column.
_BOARD_COLUMN_HEAD = ("EXEMPELHEM AB                                        PROTOKOLL\n"
                      "Org.nr 556000-0000                                  Styrelsesammanträde 4/2024\n\n"
                      "Tid: Onsdagen den 12 juni 2024 kl. 15.00\n\n")


def _roles(minutes) -> dict[str, tuple[str, ...]]:
    """Each person's roles in ``minutes``, by name."""
    return {p.name: p.roles for p in minutes.persons}


#: A first page whose only attendance is the chair and one justerare (a presidium's extract).
_PRESIDIUM = ("Kommunfullmäktiges presidium\nSammanträdesdatum 2024-02-15\n"
              "Ordförande: Eva Ek (S)\nJusterare: Per Ros (M)\n\n")

#: A fullmäktige's first page with the chair and one justerare only.
_KF_JUNE_HEAD = ("Kommunfullmäktige\nSammanträdesdatum: 2024-06-17\nOrdförande: Gun Lejon (S)\n"
                 "Justerare: Olof Wik (M)\n\n")

#: One paragraph to append to a first page, so that the text is minutes.
_PARAGRAPH = "\n§ 1\nÄrende\nNämnden beslutar att godkänna förslaget.\n"


def _people_of_page(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Each person's party and roles in minutes made of the first page ``text`` and one paragraph."""
    return {p.name: (p.party, p.roles) for p in _minutes(text + _PARAGRAPH).persons}
