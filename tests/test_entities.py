"""Entity finders: case numbers, dates, people's names, organisations and the minutes' body."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parsing_helpers import (
    _BOARD_COLUMN_HEAD,
    _KF_HEAD,
    _KS_HEAD,
    _PARAGRAPH,
    _WITH_REPRODUCED_EXTRACT,
    _mapped,
    _minutes,
    _par,
    _people_listed,
    _roles,
    _src,
)

from kommungraf.extract import (
    _case_officers,
    _represented_organisations,
    _staff_report_authors,
    extract_minutes,
    is_body,
)
from kommungraf.extract.attendance import Attendance, PersonInfo
from kommungraf.extract.cases import find_case_numbers
from kommungraf.extract.dates import MONTHS, find_dates
from kommungraf.extract.names import _index_of_tail, find_people
from kommungraf.extract.organisations import _decapitalise, find_organisations

_GAP = st.text(st.sampled_from(" \t\n\u00a0"), max_size=2)  # empty too: words run together


@given(st.text(st.sampled_from("ab \n"), max_size=5),
       st.lists(st.tuples(st.text(st.sampled_from("ab"), min_size=1, max_size=2), _GAP), max_size=3),
       st.sampled_from(["", "\n", "\n\n", " "]))
def test_a_names_start_is_where_its_words_end_the_raw_text_as_a_pattern_finds_it(
        prefix: str, words: list[tuple[str, str]], end: str) -> None:
    raw = prefix + "".join(g + w for w, g in words) + end
    tail = [w for w, _g in words]
    found = re.search(r"[\s\u00a0]+".join(re.escape(t) for t in tail) + r"$", raw)
    assert _index_of_tail(raw, tail) == (found.start() if found else 0)


@pytest.mark.parametrize("text, number", [
    ("Dnr KS 2019/656", "KS 2019/656"), ("§ 145 Dnr 2011/KS 0193 10", "2011/KS 0193 10"),
    ("Dnr 1.5.1-135-2012", "1.5.1-135-2012"), ("(KS dnr 316-259/2012)", "316-259/2012"),
    ("KSN-2019-02114", "KSN-2019-02114"), ("DNR: KU.2017.3", "KU.2017.3"), ("dnr 0834/20", "0834/20"),
    ("STK-2020-842", "STK-2020-842"), ("T2023-00512", "T2023-00512"), ("Ju2021/01456", "Ju2021/01456"),
    ("NBN-2018/1523", "NBN-2018/1523"), ("Ks 747/2021", "Ks 747/2021"), ("N137-0298/16", "N137-0298/16"),
    ("BUN0311/22", "BUN0311/22"), ("(Länsstyrelsens dnr LS19/00812)", "LS19/00812"), ("Fi2022/00417", "Fi2022/00417"),
    ("KU2021/01234", "KU2021/01234"), ("dnr SV-01234-21", "SV-01234-21"), ("Dnr BN 2022-7", "BN 2022-7"),
    ("Dnr 2021/00345 KS", "2021/00345 KS"), ("Dnr 2021/00345 KS beslutade", "2021/00345"),
    ("universitetets dnr LiU-2021-01234", "LiU-2021-01234"), ("regionens RS-LED21-0123", "RS-LED21-0123"),
    ("Polismyndighetens diarienummer A123.456/2021.", "A123.456/2021"),
])
def test_case_numbers_in_the_formats_municipalities_use(text, number):
    assert [n for n, _, _ in find_case_numbers(text)] == [number]


@pytest.mark.parametrize("text", ["Utlåtande 2022:91 RI", "perioden 2022-05-01–2025-04-30", "år 2012–2014",
                                  "under KF 2022-11 och KS 2023-02",
                                  "Protokoll nr 3/2022", "24,5 miljoner kronor", "0834/20 utan etikett"])
def test_what_is_not_a_case_number(text):
    assert list(find_case_numbers(text)) == []


@pytest.mark.parametrize("text, heading", [
    # a meeting system's document, meeting or export id, shaped like a registry number
    ("Dokument-ID\tKB-3310-12", False), ("Mötes-ID: KB-3310-12", False), ("Lex-ID VB-2023-118", False),
    ("ID: AB 2024/31", False),
    # a period of years on the § line, where plain formats are trusted
    ("§ 12  Remiss: Regional plan för vuxenutbildning 2027-2030", True),
])
def test_a_system_id_and_a_period_of_years_are_no_case_numbers(text, heading):
    assert list(find_case_numbers(text, heading=heading)) == []


@pytest.mark.parametrize("text, number", [
    ("Ärende-id: KB.2023.118", "KB.2023.118"),   # the case's own id is its number
    ("Dnr 2019-2021", "2019-2021"),               # a labelled number stays one
    ("§ 12  Avtal 2019-00154", "2019-00154"),     # a serial after the year, no period
])
def test_a_case_id_a_labelled_number_and_a_serial_after_the_year_stay_case_numbers(text, number):
    assert [n for n, _, _ in find_case_numbers(text, heading=True)] == [number]


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.booleans())
def test_swedish_dates_are_read_back_from_words_and_iso(day, words):
    month = list(MONTHS)[day.month - 1]
    text = f"daterat den {day.day} {month} {day.year}" if words else f"daterat {day.isoformat()}"
    assert [v for v, _, _ in find_dates(text)] == [day.isoformat()]


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))
def test_dates_are_never_case_numbers(day):
    assert list(find_case_numbers(f"Dnr {day.isoformat()}")) == []


FIRST = st.sampled_from(["Anna", "Lars-Göran", "Åsa", "Öjvind", "Fatima", "Per-Erik", "Jelena", "Kerstin"])


LAST = st.sampled_from(["Berg", "Öhman", "Sjöblom", "Marić", "Al-Khalil", "Ekdahl", "Kovač", "Åberg Nyberg"])


PARTY = st.sampled_from([("(S)", "S"), ("(s)", "S"), ("(mp)", "MP"), ("(FP)", "FP"), ("(Fi)", "Fi"),
                         ("(KD)", "KD"), (", sd,", "SD"), (", m:", "M")])


@given(FIRST, LAST, PARTY, st.booleans(), st.sampled_from(["", "Ersättaren ", "Ordföranden ", "Ledamöterna "]))
@settings(max_examples=200)
def test_a_name_with_its_party_is_found_whole_and_role_words_are_not_part_of_it(first, last, party, mfl, role):
    written, canonical = party
    name = f"{first} {last}"
    sep = " m.fl. " if mfl and written.startswith("(") else " "
    text = f"{role}{name}{sep}{written} yrkade bifall." if written.startswith("(") else \
        f"{role}{name}{written} yrkade bifall."
    found = list(find_people(text))
    assert [(p.name, p.party) for p in found] == [(name, canonical)]
    assert text[found[0].start:found[0].start + len(name)] == name


def test_genitives_roles_and_wrapped_names():
    found = [(p.name, p.roles) for p in find_people("tjänstgörande ersättaren Tove Sandell (V) och Ali Reza\n"
                                                     "Mohammadi (M)")]
    assert found == [("Tove Sandell", ("tjänstgörande ersättare",)), ("Ali Reza Mohammadi", ())]
    assert [p.name for p in find_people("Ärendebeskrivning\nTomas Hedlund (v) har i en motion")] == ["Tomas Hedlund"]


def test_a_known_organisation_with_its_two_letter_short_form_is_no_person():
    # "SA" looks like a local party and holds only two initials; the gazetteer knows the organisation.
    found = [p.name for p in find_people("Remissvar har kommit in från Sveriges Allmännytta (SA) och från Eva Lund "
                                         "(KP).")]
    assert found == ["Eva Lund"]


def test_a_countys_regional_council_and_an_associations_acronym_branch_in_apposition():
    text = ("Regionalt brukarråd Kalmar län har berett ärendet. Patientföreningen RTXY Kalmar län har yttrat sig. "
            "Rapporten BUS Kalmar län bifogas.")
    assert [n for n, _, _ in find_organisations(text)] == ["Regionalt brukarråd Kalmar län", "RTXY Kalmar län"]


def test_a_participle_before_kommun_is_no_municipality():
    text = "Part\tRoll\nBergby kommun\tDeltagande kommun\nÅsby kommun\tSamverkande kommun\n"
    assert [n for n, _, _ in find_organisations(text)] == ["Bergby kommun", "Åsby kommun"]


@pytest.mark.parametrize("text, names", [
    ("Tyresö kommuns yttrande", ["Tyresö kommun"]), ("TYRESÖ KOMMUN", ["Tyresö kommun"]),
    ("tekniska nämnden", ["Tekniska nämnden"]), ("Barn- och utbildningsnämnden", ["Barn- och utbildningsnämnden"]),
    ("remiss från KS", ["Kommunstyrelsen"]), ("Dnr KS 2019/656", []),
    ("Region Västernorrlands", ["Region Västernorrland"]),
    ("Familjebostäder i Göteborg AB", ["Familjebostäder i Göteborg AB"]), ("nämnden beslutar", []),
    ("Länsstyrelsen i Stockholms län", ["Länsstyrelsen i Stockholms län"]),
    ("Högskolan i Borås", ["Högskolan i Borås"]),
    ("med Umeå tekniska\nuniversitet och Ale\nkommun", ["Umeå tekniska universitet", "Ale kommun"]),
    ("Kommunstyrelsens stadsutvecklingsutskott", ["Kommunstyrelsens stadsutvecklingsutskott"]),
    ("dom från Växjö tingsrätt och Kammarrätten i Göteborg", ["Växjö tingsrätt", "Kammarrätten i Göteborg"]),
    ("Brandkåren Ljusnan", ["Brandkåren Ljusnan"]),
])
def test_organisations_by_canonical_name(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_staden_and_kommunen_resolve_to_the_document_s_municipality_only_when_asked():
    text = "avtal mellan staden och Polisregion Stockholm"
    assert [n for n, _, _ in find_organisations(text, None, "Solna stad")] == ["Solna stad", "Polisregion Stockholm"]
    assert [n for n, _, _ in find_organisations(text)] == ["Polisregion Stockholm"]


def test_a_body_s_own_generic_name_resolves_to_it_only_when_asked():
    assert [n for n, _, _ in find_organisations("avtal mellan nämnden och Gefle IF", "Kultur- och fritidsnämnden")] \
        == ["Kultur- och fritidsnämnden", "Gefle IF"]
    # The club's kind may open with a letter or two ("BoIF", "AIK"); one capitalised word before is its place.
    assert [n for n, _, _ in find_organisations("Avtalet med Västby BoIF och Norrby AIK förlängs.")] == \
        ["Västby BoIF", "Norrby AIK"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="KSkiİıßſﬁŉ ()-RegionStockholmF", max_size=40))
def test_letters_whose_case_folding_is_longer_never_break_the_organisation_finder(text: str) -> None:
    """Regex case-insensitivity goes letter by letter, casefold() can lengthen a letter ("İ" -> "i̇"): "Kİ"
    matched the alias "ki" and its lookup raised KeyError, which stopped a whole load."""
    for name, start, end in find_organisations(f"Beslut av {text} idag"):
        assert name and 0 <= start < end
    assert not [n for n, _, _ in find_organisations("Beslut av Kİ idag") if n.casefold() == "ki"]


@pytest.mark.parametrize("text, number", [
    ("Ks § 61      KS 2006/0042-106", "KS 2006/0042-106"), ("UBN 2018/0031-2.1.2, KS", "UBN 2018/0031-2.1.2"),
    ("KS/2017:410-1.2", "KS/2017:410-1.2"), ("KS 2019/656-2020", "KS 2019/656"),
    ("KS 2021/0345.109", "KS 2021/0345.109"),
])
def test_a_classification_suffix_is_part_of_the_case_number(text, number):
    assert next(n for n, _, _ in find_case_numbers(text)) == number


def test_short_forms_of_double_surnames_resolve_only_when_unambiguous():
    from kommungraf.extract.names import short_forms

    assert short_forms(["Anna-Karin Lindqvist Berg", "Per Ek"]) == {"Anna-Karin Lindqvist": "Anna-Karin Lindqvist Berg"}
    assert short_forms(["Anna Lind Berg", "Anna Lind Ek"]) == {}
    assert short_forms(["Anna Lind Berg", "Anna Lind"]) == {}


def test_a_name_never_spans_a_column_gap():
    assert [p.name for p in find_people("Karin Dahl          S       Mattias Nyberg (S)")] == ["Mattias Nyberg"]


@pytest.mark.parametrize("text, names", [
    ("Skaraborgs Kommunalförbund", ["Skaraborgs Kommunalförbund"]),
    ("Sveriges lantbruksuniversitet", ["Sveriges lantbruksuniversitet"]),
    ("avtal med AB Motalabostäder om", ["AB Motalabostäder"]),
    ("hyresavtal med AB NorrbyBostäder om", ["AB NorrbyBostäder"]),
    ("Trafikverket och Rederi AB Gotland", ["Trafikverket", "Rederi AB Gotland"]),
    ("mellan Luleå kommun och Länstrafiken i Norrbotten AB", ["Luleå kommun", "Länstrafiken i Norrbotten AB"]),
    ("Sveriges Kommuner och Landsting", ["Sveriges Kommuner och Landsting"]),
    ("remiss från Infrastruktur- och bostadsdepartementet", ["Infrastruktur- och bostadsdepartementet"]),
    ("Norra Hälsinglands Utbildningsförbund och Kommunalförbundet Norrvatten",
     ["Norra Hälsinglands Utbildningsförbund", "Kommunalförbundet Norrvatten"]),
    ("avtal med Räddningstjänsten Syd om", ["Räddningstjänsten Syd"]),
    ("den gemensamma nämnden och den ansvariga nämnden, Tekniska nämnden", ["Tekniska nämnden"]),
])
def test_more_organisation_forms(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_a_kommunalforbund_s_board_is_the_body_and_the_forbund_the_legal_party():
    m = _minutes("KALMARSUNDS GYMNASIEFÖRBUND       SAMMANTRÄDESPROTOKOLL\nDirektionen       Sammanträdesdatum "
                 "2009-09-24\n\n§ 36 a Lokaler\n\nDirektionen beslutar att teckna hyresavtal med Kalmarhem AB.\n")
    assert m.body is not None and m.body.value == "Direktionen"
    assert m.municipality == "Kalmarsunds gymnasieförbund"
    assert m.paragraphs[0].agreements[0].parties == ("Kalmarsunds gymnasieförbund", "Kalmarhem AB")


@pytest.mark.parametrize("text, number", [
    ("(Skolverkets dnr 2009:218)", "2009:218"), ("Dnr KS 412/03", "KS 412/03"),
])
def test_case_numbers_with_an_authority_s_label_or_a_two_digit_year(text, number):
    assert [n for n, _, _ in find_case_numbers(text)] == [number]


@pytest.mark.parametrize("text, names", [
    ("en IOP mellan utbildningsnämnden och Stiftelsen Fryshuset om", ["Utbildningsnämnden", "Stiftelsen Fryshuset"]),
    ("avtal med Nordvästra Skånes Vatten och Avlopp AB", ["Nordvästra Skånes Vatten och Avlopp AB"]),
    ("remiss till Östgötatrafiken", ["Östgötatrafiken"]),
])
def test_foundations_and_gazetteer_companies(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


@pytest.mark.parametrize("text, number", [
    ("Ärendenr 2016/345", "2016/345"), ("Dnr: 2007/00812-1", "2007/00812-1"), ("Diarienr 19/0345", "19/0345"),
    ("Dnr 2019/0123", "2019/0123"),
    # the dotted form with the document's serial after a hyphen, also at a sentence's end
    ("Dnr 2023.0412-3", "2023.0412-3"), ("Ärendet har dnr 2023.0412-3.", "2023.0412-3"),
    # the dotted form with the document plan's code after a second point, also at a sentence's end
    ("Dnr 2011.087.214", "2011.087.214"), ("Ärendet har dnr 2011.087.214.", "2011.087.214"),
])
def test_a_plain_number_after_a_registration_label_is_a_case_number(text, number):
    assert [n for n, _, _ in find_case_numbers(text)] == [number]


@pytest.mark.parametrize("text", ["§ 87  Remiss av betänkandet (SOU 2021:6)", "§ 221  Svar på motion 14/2014",
                                  "§ 5  Budget för läsåret 2019/2020", "Dnr 14/2014"])
def test_publications_motion_numbers_and_school_years_are_no_case_numbers(text):
    assert list(find_case_numbers(text, heading=True)) == []


def test_joined_board_names_valberedningen_and_gazetteer_names_across_a_line_break():
    found = [n for n, _, _ in find_organisations(
        "Valberedningens förslag. Hälso- och sjukvårdsstyrelsen beslutar. Avtal med Piteå Renhållning och\n"
        "Vatten AB och styrelsen.")]
    assert found == ["Valberedningen", "Hälso- och sjukvårdsstyrelsen", "Piteå Renhållning och Vatten AB"]


def test_a_company_board_s_own_minutes_are_the_board_s_not_a_namnd_named_in_them():
    m = _minutes("AB Sandvikenhus\nProtokoll fört vid styrelsesammanträde\nTid: 2019-10-03\n\n§ 3  Hyresavtal\n\n"
                 "Socialnämnden har godkänt lokalprogrammet. Socialnämnden har yttrat sig.\n"
                 "Styrelsen beslutar att godkänna hyresavtalet.\n")
    assert m.body is not None and m.body.value == "Styrelsen"


def test_x_stad_is_no_organisation_where_x_s_municipality_is_x_kommun():
    m = _minutes("Piteå kommun\nSamhällsbyggnadsnämnden\n\n§ 5  Grönstruktur\n\n"
                 "Nämnden beslutar att anta grönstrukturplan för Piteå stad.\n")
    names = {o.value for o in m.organisations}
    assert "Piteå kommun" in names and "Piteå stad" not in names


@pytest.mark.parametrize("text, number", [
    ("Dnr ÄN2023/415-2", "ÄN2023/415-2"),
    ("Dnr KS 2023/0412 (Region Skånes dnr RS 231145)", "RS 231145"),
])
def test_case_numbers_with_a_document_suffix_or_a_serial_after_the_registry_letters(text, number):
    assert number in [n for n, _, _ in find_case_numbers(text)]


def test_organisations_after_a_line_break_behind_ab_and_a_jour_by_its_place():
    names = [n for n, _, _ in find_organisations("tillsammans med Polisen och AB\nEslövshem. Avtal med "
                                                 "Kvinno- och tjejjouren i Eslöv.")]
    assert "AB Eslövshem" in names and "Kvinno- och tjejjouren i Eslöv" in names


def test_a_sub_committee_of_a_joined_two_word_board_wrapped_over_a_line():
    names = [n for n, _, _ in find_organisations("Beslutsunderlag: Bygg- och\nmiljönämndens arbetsutskott "
                                                 "2024-10-01, § 22.")]
    assert names == ["Bygg- och miljönämndens arbetsutskott"]


def test_a_registry_code_written_as_a_word_is_kept_only_after_a_label():
    assert [n for n, _, _ in find_case_numbers("Dnr Bun 2023/45")] == ["Bun 2023/45"]
    assert [n for n, _, _ in find_case_numbers("§ 4   Dnr Kst 2022/310", heading=True)] == ["Kst 2022/310"]
    assert [n for n, _, _ in find_case_numbers("Bun 2024/118 utan etikett")] == []
    assert [n for n, _, _ in find_case_numbers("Dnr 2023/451")] == ["2023/451"]


def test_a_nämnd_of_three_joined_words_and_a_regions_nämnd_named_with_its_region():
    found = [n for n, _, _ in find_organisations("Ärendet remitteras till idrotts-, kultur- och fritidsnämnden.")]
    assert found == ["Idrotts-, kultur- och fritidsnämnden"]
    found = [n for n, _, _ in find_organisations("Beslutet fattas av hälso- och sjukvårdsnämnden i Region Uppsala.")]
    assert found == ["Hälso- och sjukvårdsnämnden i Region Uppsala"]
    m = _minutes("Kommunstyrelsen\n\n§ 3  Avtal\n\nKollektivtrafiknämnden i Region Jämtland har godkänt avtalet."
                 "\nBeslutsunderlag\n– Kollektivtrafiknämndens beslut 2024-01-10, § 4\n")
    names = {o.value for o in m.organisations}
    assert "Kollektivtrafiknämnden i Region Jämtland" in names and "Kollektivtrafiknämnden" not in names


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Miljöförvaltningen har fått ett yttrande från bolaget och från Vänersborgs\nEnergi AB om ledningsnätet.",
     "Vänersborgs Energi AB", "Energi AB"),
    ("Avtalet tecknas mellan kommunen och moderbolaget Nordic Hamn och\nLogistik AB samt regionen under året.",
     "Logistik AB", "Hamn och Logistik AB"),
    ("Beslutet skickas till\nRegion Gävleborg\nHudiksvalls Bostads AB\n", "Hudiksvalls Bostads AB",
     "Region Gävleborg Hudiksvalls Bostads AB"),
    ("Tekniska nämnden har i sitt yttrande inget att invända. Enligt\nVatten AB krävs en ny ledning.",
     "Vatten AB", "Enligt Vatten AB"),
    ("Försäljning av del av fastigheten Norrby 4:12 till Norrbyhem AB\nNorrbyhem AB har begärt att få köpa marken.",
     "Norrbyhem AB", "Norrbyhem AB Norrbyhem AB"),
    ("Beslutet expedieras till   Kommunfullmäktige\n                           Västby Bygg AB\n",
     "Västby Bygg AB", "Kommunfullmäktige Västby Bygg AB"),
])
def test_a_company_name_cut_by_a_line_break_in_running_text_is_joined(text, wanted, unwanted):
    from kommungraf.extract.organisations import find_organisations

    names = [n for n, _, _ in find_organisations(text)]
    assert wanted in names and unwanted not in names, names


@pytest.mark.parametrize(("text", "names"), [
    ("Avtalet tecknas med Östra Göinge kommun och Osby kommun.", ["Östra Göinge kommun", "Osby kommun"]),
    ("Yttrande från Upplands Väsby kommun.", ["Upplands Väsby kommun"]),
    ("Bostäderna i Norra Ängby kommun byggs om.", []),  # a part of a place, not a municipality
])
def test_municipalities_whose_names_open_with_a_word_for_a_part_of_a_place(text, names):
    from kommungraf.extract.organisations import find_organisations

    assert [n for n, _, _ in find_organisations(text)] == names


def test_a_case_number_with_the_series_run_into_the_year():
    assert [n for n, _, _ in find_case_numbers("§ 8  BUN2023.0412")] == ["BUN2023.0412"]
    assert [n for n, _, _ in find_case_numbers("version ABC2024.1 och 2024.0098")] == []


@pytest.mark.parametrize(("text", "names"), [
    ("Beslutet skickas till Trafikverket, Region Syd, och Region Skåne.", ["Trafikverket", "Region Skåne"]),
    ("Fjärrvärmen från Sävenäsverket och Ryaverket; Naturvårdsverket har yttrat sig.", ["Naturvårdsverket"]),
    ("Jordbruksverkets och Tullverkets föreskrifter.", ["Jordbruksverket", "Tullverket"]),
])
def test_a_compass_region_and_a_works_named_verket_are_no_organisations(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_a_name_whose_diacritics_ocr_lost_is_the_listed_person():
    from kommungraf.extract.names import ocr_name_forms

    text = "Per Åkesson (S) yrkar bifall. Per Akesson (S) yrkar. Lena Ostlund (C) och Lena Östlund (C)."
    assert ocr_name_forms(text, ["Per Åkesson", "Lena Östlund", "Ida Berg"]) == {
        "Per Akesson": "Per Åkesson", "Lena Ostlund": "Lena Östlund"}
    # Two listed names that fold to one form: neither takes it.
    assert ocr_name_forms("Anna Sjoberg", ["Anna Sjöberg", "Anna Sjoberg"]) == {}
    m = _minutes("Kommunstyrelsen\n\nBeslutande\nPer Åkesson (S), ordförande\nIda Berg (M)\n\n§ 4\nTaxa\n\n"
                 "Yrkanden\nPer Akesson (S) yrkar bifall.\n\nBeslut\nTaxan antas.\n")
    assert {p.name for p in m.persons} == {"Per Åkesson", "Ida Berg"}
    assert [r.name for p in m.paragraphs[0].proposals for r in p.by] == ["Per Åkesson"]


def test_a_number_column_of_a_table_labels_its_plain_numbers_and_a_serial_with_its_year_is_no_case():
    text = ("Från\tDatum\tParagraf/nr\tDiarienummer\tÄrende\n"
            "Länsstyrelsen\t2024-04-11\t–\t511-2233-2024\tBidrag\n"
            "Kommundirektören\t2024-04-30\tD 7/2024\tKS 24/131\tAvtal\n"
            "Beslutet fattades 511-2233-2023 enligt tabellen.\n")
    assert [n for n, _, _ in find_case_numbers(text)] == ["KS 24/131", "511-2233-2024"]
    assert [n for n, _, _ in find_case_numbers("Dnr KS 24/2024")] == ["KS 24/2024"]


@pytest.mark.parametrize("name", ["Sametinget", "Svenska Elektrikerförbundet", "Energiföretagen Sverige"])
def test_national_organisations_in_the_gazetteer(name):
    assert [n for n, _, _ in find_organisations(f"Remissen gick också till {name} i år.")] == [name]


def test_a_company_name_broken_after_its_ampersand_gives_no_company_of_its_tail():
    from kommungraf.extract import _drop_cut_company_tails

    found = [("Ekby Bygg & Mark AB", 0, 19), ("Mark AB", 30, 37), ("Länsstyrelsen", 40, 53)]
    assert [n for n, _, _ in _drop_cut_company_tails(found)] == ["Ekby Bygg & Mark AB", "Länsstyrelsen"]


@pytest.mark.parametrize("text, name", [
    ("Ordföranden Gustaf af Wetterstedt (M) yrkar bifall.", "Gustaf af Wetterstedt"),
    ("Ledamoten Lisa van der Meer (C) instämmer.", "Lisa van der Meer"),
    ("Ann-Sofi Holm de Geer (L) yrkar avslag.", "Ann-Sofi Holm de Geer"),
    ("Skrivelse av Anna Berg (S) inkom.", "Anna Berg"),  # "av" is a preposition, no particle
    ("Dessutom yttrar sig de Anna Berg (S)", "Anna Berg"),
])
def test_surname_particles_belong_to_the_name(text, name):
    assert [p.name for p in find_people(text)] == [name]


@pytest.mark.parametrize("text, dates", [
    ("Tjänsteskrivelse 14.01.2023 från kontoret", ["2023-01-14"]),
    ("Sammanträdesdatum 7/9 2022", ["2022-09-07"]),
    ("enligt § 5.3 2021 och kl. 13.00 2021", []),
    ("version 1.2.2024.5, 3/4-22 och 1/2 2024-05-06", ["2024-05-06"]),
    ("31.02.2024", []),
])
def test_numeric_day_month_dates(text, dates):
    assert [d for d, _, _ in find_dates(text)] == dates


@pytest.mark.parametrize(("text", "name"), [
    ("Avtalet med PostNord Sverige AB gäller från den 1 juli.", "PostNord Sverige AB"),
    ("Yttrande från SkiStar AB har kommit in.", "SkiStar AB"),
])
def test_a_company_name_may_open_with_a_brand_in_camel_case(text, name):
    from kommungraf.extract.organisations import find_organisations

    assert [n for n, _, _ in find_organisations(text)] == [name]


def test_a_presidium_is_a_body_and_heads_its_own_minutes(tmp_path):
    from kommungraf.extract import extract_minutes
    from kommungraf.extract.organisations import find_organisations
    from kommungraf.loaders import read_document

    assert [n for n, _, _ in find_organisations("på förslag av kommunstyrelsens presidium")] == [
        "Kommunstyrelsens presidium"]
    doc = tmp_path / "testby-kfp-2024-02-20-protokoll.txt"
    doc.write_text("Testby kommun\nKommunfullmäktiges presidium\nSammanträdesdatum 2024-02-20\n\n"
                   "Närvarande\nAnna Berg (S), ordförande\nPer Lind (M), vice ordförande\n\n"
                   "§ 3 Kommunfullmäktiges sammanträdesplan\nPresidiet beslutar att fastställa planen.\n",
                   encoding="utf-8")
    m = extract_minutes(read_document(doc))
    assert m.body is not None and m.body.value == "Kommunfullmäktiges presidium"


@pytest.mark.parametrize(("text", "people"), [
    ("Kristian Holm (Vårt Framtida Parti) yrkar bifall.", [("Kristian Holm", "Vårt Framtida Parti")]),
    ("Anna Ek (S) och Per Lind (Kommunens Väl) reserverar sig.", [("Anna Ek", "S"), ("Per Lind", "Kommunens Väl")]),
    ("Lena Holm (Region Skåne) redogör för ärendet.", []),  # an official's organisation, not a party
    ("Eva Berg (tjg. ers.) deltar.", []),
])
def test_a_local_party_written_out_in_words_is_the_person_s_party(text, people):
    from kommungraf.extract.names import find_people

    assert [(p.name, p.party) for p in find_people(text)] == people


def test_a_kommunalforbund_named_by_two_words():
    from kommungraf.extract.organisations import find_organisations

    assert [n for n, _, _ in find_organisations("avtal med Kommunalförbundet Norra Räddning om")] == [
        "Kommunalförbundet Norra Räddning"]
    assert [n for n, _, _ in find_organisations("Kommunalförbundet Sydarkivera har yttrat sig.")] == [
        "Kommunalförbundet Sydarkivera"]


def test_a_regions_nämnd_named_regionala():
    names = [n for n, _, _ in find_organisations("Protokoll från Regionala utvecklingsnämnden i Region Sörmland")]
    assert names == ["Regionala utvecklingsnämnden", "Region Sörmland"]
    # With an article it describes a nämnd rather than naming one.
    assert [n for n, _, _ in find_organisations("den regionala utvecklingsnämnden ska")] == ["Utvecklingsnämnden"]


def test_a_water_authority_by_its_district():
    names = [n for n, _, _ in find_organisations("Remiss från Vattenmyndigheten Södra Östersjön om åtgärder")]
    assert names == ["Vattenmyndigheten Södra Östersjön"]


def test_hs20_an_organisation_in_an_email_domain_is_no_mention():
    m = _minutes(
        "Socialnämnden\nSammanträdesdatum 2024-09-25\n\n§ 91 Yttrande över remiss\nBeslut\n"
        "Socialnämnden antar yttrandet.\nExpedieras\nSocialdepartementet (s.remissvar@regeringskansliet.se)\n")
    assert "Regeringskansliet" not in {o.value for o in m.organisations}


def test_h21_a_case_number_with_year_serial_and_classification_code():
    assert [n for n, _, _ in find_case_numbers("Diarienummer KS/2024/0212/106 i ärendet")] == ["KS/2024/0212/106"]


def test_h21_an_utskott_in_the_genitive_without_article():
    assert [n for n, _, _ in find_organisations("Kommunstyrelsens arbetsutskotts förslag 2024-10-21")] == [
        "Kommunstyrelsens arbetsutskott"]


def test_h22_a_serial_before_the_year_is_a_case_number_after_a_label_only():
    assert [n for n, _, _ in find_case_numbers("Dnr RUN 388-2024")] == ["RUN 388-2024"]
    assert [n for n, _, _ in find_case_numbers("(Region Norrbottens diarienummer 03812-2024)")] == ["03812-2024"]
    assert [n for n, _, _ in find_case_numbers("under 388-2024 utan etikett")] == []


def test_h23_dotted_iso_dates_but_not_version_numbers():
    assert [d[0] for d in find_dates("Tjänsteskrivelse 2024.03.05, version 2019.1.2")] == ["2024-03-05"]


@pytest.mark.parametrize(("text", "number"), [
    ("§ 62.  Motion om ungdomens hus\nDnr  KS 95.0412\n", "KS 95.0412"),
    ("som i yttrande (KFN dnr 42/95) avstyrkt", "42/95"),
    ("remitterat förslaget (Länsstyrelsens dnr 501-8124-04).", "501-8124-04"),
    ("förslag till avtal (Banverkets ärende nr F04-1187/SA20).", "F04-1187/SA20"),
])
def test_h26_older_registration_numbers_with_two_digit_years_after_a_label(text, number):
    assert number in [n for n, _s, _e in find_case_numbers(text)]


def test_a_county_boards_number_with_a_four_digit_plan_code_only_after_a_label():
    assert [n for n, _s, _e in find_case_numbers("remissen (länsstyrelsens dnr 4316-2871-2024) gäller")] == \
        ["4316-2871-2024"]
    assert [n for n, _s, _e in find_case_numbers("Ring 0920-4523-2024 i dag", heading=True)] == []


def test_h26_a_short_serial_and_year_is_no_case_number_without_a_label_even_on_the_heading():
    assert [n for n, _s, _e in find_case_numbers("§ 12  Val 1/12", heading=True)] == []


def test_h26_a_party_written_out_between_commas_after_a_name_is_the_person_s_party():
    got = [(m.name, m.party) for m in find_people("Yngve Ramsten, Folkpartiet liberalerna, instämde i yrkandet.")]
    assert got == [("Yngve Ramsten", "FP")]


def test_every_name_of_a_list_before_a_party_written_out_after_the_last_gets_that_party():
    got = [(m.name, m.party) for m in find_people("Reservation anmäls av Ola Berg, Siv Lund och Kim Dahl för "
                                                  "Vänsterpartiet.")]
    assert got == [("Ola Berg", "V"), ("Siv Lund", "V"), ("Kim Dahl", "V")]
    assert [m.name for m in find_people("Kommunstyrelsen och Ola Berg för Vänsterpartiet")] == ["Ola Berg"]


def test_h26_a_letter_spaced_body_name_in_the_header_names_the_body():
    m = _minutes("KOMMUNEN   SAMMANTRÄDESPROTOKOLL\nK o m m u n f u l l m ä k t i g e      1996-05-23\n"
                 "P R O T O K O L L\n§ 61.  Val av justeringsmän\nKommunstyrelsens förslag 1996-04-30, § 88.\n"
                 "Kommunstyrelsen har föreslagit fullmäktige att utse justerare.\n")
    assert m.body is not None and m.body.value == "Kommunfullmäktige"


def test_an_ocr_head_with_rn_for_m_in_namnden_names_the_body_not_a_namnd_of_the_text():
    m = _minutes("NORRBY KOMMUN\tPROTOKOLLSUTDRAG\nMiljö- och hälsonärnnden\tSammanträdesdatum 2031-03-04\n"
                 "§ 9 Yttrande över remiss\nFritidsnämnden har lämnat synpunkter 2031-02-01.\n"
                 "Beslut\nNämnden antar yttrandet.\n")
    assert m.body is not None and m.body.value == "Miljö- och hälsonämnden"


def test_h25_a_namnd_named_by_its_remits_is_a_body_but_namnden_for_yttrande_is_not():
    names = [n for n, _s, _e in find_organisations(
        "Nämnden för demokrati och medborgarservice godkänner avtalet. Motionen remitteras till nämnden för "
        "yttrande och beslut. Avtal mellan nämnden för arbete och välfärd och staden.")]
    assert names == ["Nämnden för demokrati och medborgarservice", "Nämnden för arbete och välfärd"]
    m = _minutes("Göteborgs Stad\nProtokoll\nNämnden för demokrati och medborgarservice\n"
                 "Sammanträdesdatum 2024-04-16\n§ 44 Yttrande till kommunstyrelsen\nBeslut\n"
                 "Nämnden tillstyrker remissen.\n")
    assert m.body is not None and m.body.value == "Nämnden för demokrati och medborgarservice"


def test_a_namnd_named_by_its_field_is_the_meetings_body_and_its_definite_short_form_is_the_same():
    m = _minutes("Västerby kommun\nProtokoll\nSammanträde:   Programnämnd kultur\nSammanträdesdatum 2024-10-03\n\n"
                 "§ 12 Remiss om bibliotek\nKommunstyrelsen har överlämnat remissen till programnämnden.\nBeslut\n"
                 "Programnämnd kultur föreslår kommunstyrelsen att anta planen.\n")
    assert m.body is not None and m.body.value == "Programnämnd kultur"
    assert "Programnämnden" not in {o.value for o in m.organisations}


def test_h24_cooperatives_clubs_camel_case_forbund_and_two_sector_companies_are_organisations():
    def names(text: str) -> list[str]:
        return [n for n, _, _ in find_organisations(text)]

    assert names("Avtal med Riksbyggen ekonomisk förening om marken.") == ["Riksbyggen ekonomisk förening"]
    assert names("Lån från Kommuninvest ekonomisk förening") == ["Kommuninvest ekonomisk förening"]
    assert names("Bidrag till Hedemora Golfklubb för banan.") == ["Hedemora Golfklubb"]
    assert names("Remiss till VafabMiljö Kommunalförbund.") == ["VafabMiljö Kommunalförbund"]
    assert names("koncernen, där Avesta Vatten och Avfall AB ingår") == ["Avesta Vatten och Avfall AB"]
    assert names("Region Dalarna och Vattenfall AB tecknar avtal.") == ["Region Dalarna", "Vattenfall AB"]


def test_h24_a_cooperative_named_without_its_legal_form_is_the_one_named_with_it():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n§ 89 Markanvisning\n"
                 "Riksbyggen ekonomisk förening har ansökt om markanvisning. "
                 "Riksbyggens regionchef har skrivit under.\n"
                 "Kommunstyrelsen beslutar\nAvtalet godkänns.\n")
    names = {o.value for o in m.organisations}
    assert "Riksbyggen ekonomisk förening" in names and "Riksbyggen" not in names


def test_h28_preposition_opening_a_sentence_is_no_name_nor_part_of_a_region():
    text = "enligt avtalet. Inom Göteborgsregionen (GR) har en modell tagits fram."
    assert [p.name for p in find_people(text)] == []
    assert [n for n, _, _ in find_organisations(text)] == ["Göteborgsregionen"]
    assert [n for n, _, _ in find_organisations("Avtal med Västra Götalandsregionen.")] == ["Västra Götalandsregionen"]


def test_h28_norwegian_saksnummer_labels_a_case_number():
    got = [n for n, _, _ in find_case_numbers("Halden godkände avtalet (Halden kommunes saksnummer 2023/4471).")]
    assert got == ["2023/4471"]
    assert [n for n, _, _ in find_case_numbers("Budgeten för 2023/4471 kronor.")] == []


def test_h28_norwegian_kommune_and_a_named_kommitte_are_organisations():
    text = ("Avtalet med Halden kommune har tagits fram med stöd av Svinesundskommittén. "
            "Halden kommunes saksnummer. Styrkommittén har träffats.")
    assert [n for n, _, _ in find_organisations(text)] == ["Halden kommune", "Svinesundskommittén", "Halden kommune"]
    # the sentence wrapped right before the committee's name
    wrapped = "Planen har tagits fram av regionen och\nÖstersjökommittén. Styrkommittén har träffats."
    assert [n for n, _, _ in find_organisations(wrapped)] == ["Östersjökommittén"]


def test_h28_own_rescue_service_is_no_organisation_but_a_forbund_is():
    m = _minutes("STRÖMSTADS KOMMUN\nKommunstyrelsen\nSammanträdesdatum 2024-02-07\n§ 17 Avtal\nBeslut\n"
                 "Kommunstyrelsen godkänner avtalet.\nBeslutet skickas till\nRäddningstjänsten Strömstad\n"
                 "Räddningstjänsten Storgöteborg\n")
    orgs = {o.value for o in m.organisations}
    assert "Räddningstjänsten Storgöteborg" in orgs and "Räddningstjänsten Strömstad" not in orgs


def test_h29_party_before_member_municipality_in_one_parenthesis():
    got = [(m.name, m.party) for m in find_people("Ordföranden Anna Berg (S, Göteborg) yrkar bifall. "
                                                  "Per Ek (M, Lilla Edet) instämmer. Eva Lund (Ulla Sten, Mölndal).")]
    assert got == [("Anna Berg", "S"), ("Per Ek", "M")]


def test_h29_forbund_board_and_its_arbetsutskott():
    m = _minutes("PROTOKOLLSUTDRAG\nFörbundsstyrelsen\tSammanträdesdatum: 2024-05-15\n§ 58 Yttrande\n"
                 "Förbundsstyrelsens arbetsutskott föreslår att förbundsstyrelsen antar yttrandet.\n"
                 "Förbundsstyrelsens beslut\nFörbundsstyrelsen antar yttrandet.\n")
    assert m.body is not None and m.body.value == "Förbundsstyrelsen"
    assert "Förbundsstyrelsens arbetsutskott" in {o.value for o in m.organisations}
    assert [n for n, _, _ in find_organisations("Direktionens arbetsutskott behandlade ärendet.")] == \
        ["Direktionens arbetsutskott"]


def test_h29_body_named_in_a_company_title():
    stamma = _minutes("AB Stockholmshem\nProtokoll fört vid extra bolagsstämma i AB Stockholmshem\n"
                      "Tid: Torsdagen den 20 juni 2024\n§ 1 Röstlängd\nBeslutades att godkänna röstlängden.\n")
    assert stamma.body is not None and stamma.body.value == "Bolagsstämman"
    board = _minutes("UPPSALA VATTEN OCH AVFALL AB\nPROTOKOLL FÖRT VID PER CAPSULAM-BESLUT I STYRELSEN\n"
                     "Beslutsdatum: 2024-08-27\n§ 41 Avtal\nKommunstyrelsen har inget att erinra.\n"
                     "Styrelsen beslutade att godkänna avtalet.\n")
    assert board.body is not None and board.body.value == "Styrelsen"


def test_h29_rescue_service_named_with_a_compass_point():
    assert [n for n, _, _ in find_organisations("Avtal med Räddningstjänsten Skåne Nordväst om larm.")] == \
        ["Räddningstjänsten Skåne Nordväst"]


def test_h31_case_number_short_serial_with_class_code():
    assert [v for v, _, _ in find_case_numbers("Dnr 2024/64-106 KS\n")] == ["2024/64-106 KS"]
    assert [v for v, _, _ in find_case_numbers("Dnr 0834/20\n")] == ["0834/20"]


def test_h31_place_associations_and_no_heading_municipality():
    assert [n for n, _, _ in find_organisations("bidrag till Solberga bygdegårdsförening och Kalmar Länstrafik")] \
        == ["Solberga bygdegårdsförening", "Kalmar Länstrafik"]
    assert [n for n, _, _ in find_organisations("Varje bygdegårdsförening")] == []
    assert [n for n, _, _ in find_organisations("underteckna för Nybro\nBeslut\nkommuns räkning.")] == []


def test_h34_case_number_year_serial_and_plan_code():
    assert [n for n, _, _ in find_case_numbers("Dnr BUN 2013-214.612")] == ["BUN 2013-214.612"]
    assert [n for n, _, _ in find_case_numbers("Dnr TN 2019-0874.")] == ["TN 2019-0874"]


def test_h34_regional_federation_and_national_authorities():
    names = [n for n, _, _ in find_organisations(
        "Regionförbundet Jämtlands län har översänt planen. Försvarsmakten och Luftfartsstyrelsen har yttrat sig.")]
    assert names == ["Regionförbundet Jämtlands län", "Försvarsmakten", "Luftfartsstyrelsen"]


def test_h33_party_heading_line_is_no_surname():
    found = [(p.name, p.party) for p in find_people("    Karl Holm\n  Socialdemokraterna (S)\n    Eva Lind\n")]
    assert found == []


@pytest.mark.parametrize("text, names", [
    # A special court by the court it sits at is one organisation.
    ("kan överklagas till Mark- och miljödomstolen vid Vänersborgs tingsrätt.",
     ["Mark- och miljödomstolen vid Vänersborgs tingsrätt"]),
    # The verb of a decision before a company is no part of its name.
    ("med stöd av 11 kap. 20 § PBL förelägga Vänerviken Fastigheter AB att riva sjöboden",
     ["Vänerviken Fastigheter AB"]),
    # A heading in capitals: the function word that opens a run of capitals opens no name.
    # (the heading's name in capitals is the company's too, without the "MED" before it)
    ("EXPLOATERINGSAVTAL FÖR DETALJPLAN FRYKSTA 1:23 M.FL. MED PEAB BOSTAD AB\nBakgrund\nPeab Bostad AB bygger.",
     ["Peab Bostad AB", "Peab Bostad AB"]),
    # "AB" at a line's end after a sentence's end opens the name on the next line.
    ("bostäder i Vägga. AB\nKarlshamnsbostäder avser att bygga", ["AB Karlshamnsbostäder"]),
])
def test_organisations_around_permit_decisions(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_registry_letters_after_a_hyphen_and_a_series_run_into_the_year_with_a_hyphen():
    from kommungraf.extract.cases import find_case_numbers

    assert [n for n, _, _ in find_case_numbers("Ks § 214\tDnr 2024/412-KS")] == ["2024/412-KS"]
    assert [n for n, _, _ in find_case_numbers("(regionens diarienummer RS2024-00412)")] == ["RS2024-00412"]
    assert [n for n, _, _ in find_case_numbers("regionens dnr KTN2024-0390.")] == ["KTN2024-0390"]
    assert list(find_case_numbers("planen VA2024-2028 gäller")) == []


def test_a_jour_and_a_transport_authority_named_by_their_place_and_no_subject_in_a_company_name():
    from kommungraf.extract.organisations import find_organisations

    def names(text: str) -> list[str]:
        return [n for n, _, _ in find_organisations(text)]

    assert names("partnerskap med Tierps Kvinnojour för perioden") == ["Tierps Kvinnojour"]
    assert names("avtal med Sjuhärads kvinno- och tjejjour om") == ["Sjuhärads kvinno- och tjejjour"]
    assert names("Region Uppsala har genom Upplands lokaltrafik (UL) skickat") == ["Region Uppsala",
                                                                                    "Upplands lokaltrafik"]
    assert names("Kommunens kvinnojour och regionens lokaltrafik") == []
    assert names("Socialnämnden tillstyrker Omsorgsgruppen Uppland AB:s ansökan") == ["Socialnämnden",
                                                                                       "Omsorgsgruppen Uppland AB"]


def test_a_common_noun_for_a_company_before_its_name_is_no_part_of_it():
    names = [n for n, _, _ in find_organisations("Kommunens helägda bolag Norrby Vatten AB och dotterbolaget "
                                                 "Norrbyhem Fastigheter AB redovisar. Bolaget Norrby Energi AB "
                                                 "följs upp, liksom Bostadsbolaget i Norrby AB.")]
    assert names == ["Norrby Vatten AB", "Norrbyhem Fastigheter AB", "Norrby Energi AB", "Bostadsbolaget i Norrby AB"]


def test_a_county_s_forum_named_by_the_county_is_an_organisation():
    names = [n for n, _, _ in find_organisations("Frågan har beretts i Tillväxtforum Värmland och i\nLedningsforum "
                                                 "Kalmar. Vid mötet i Informationsforum Tisdag deltog ingen.")]
    assert names == ["Tillväxtforum Värmland", "Ledningsforum Kalmar"]


def test_a_kommunalforbund_named_by_its_tasks_and_place_keeps_its_whole_name():
    names = [n for n, _, _ in find_organisations("genom Tiohundra AB och Kommunalförbundet Sjukvård och omsorg i "
                                                 "Norrtälje. Det nuvarande avtalet")]
    assert "Kommunalförbundet Sjukvård och omsorg i Norrtälje" in names
    assert "Kommunalförbundet Sydarkivera" in [n for n, _, _ in find_organisations("Kommunalförbundet Sydarkivera "
                                                                                     "och kommunen")]


def test_the_author_of_a_citizen_proposal_is_a_person_without_party_or_role():
    text = (_KF_HEAD + "§ 33 Dnr KS 2023/301\nSvar på medborgarförslag om utegym\n"
            "Oskar Lindh har i ett medborgarförslag föreslagit ett utegym vid idrottsplatsen.\n"
            "Beslutsunderlag\nMedborgarförslag från Gun Axelsson, 2024-01-15\n"
            "Beslut\nMedborgarförslaget bifalls.\n")
    persons = {p.name: p for p in extract_minutes(_src(text)).persons}
    assert persons["Oskar Lindh"].party is None and persons["Oskar Lindh"].roles == ()
    assert persons["Gun Axelsson"].roles == ()
    assert "Tekniska" not in " ".join(persons)


def test_a_named_private_applicant_is_a_person_without_party_or_role():
    text = (_KF_HEAD + "§ 40 Dnr BN 2024/88\nBygglov för carport, Granåsen 2:14\nSökande: Tove Nyqvist, Storby\n"
            "Beslut\nBygglov beviljas.\n\n§ 41 Dnr BN 2024/91\nBygglov för lager, Hamnen 1:3\n"
            "Sökande: Hamnens Lager AB\nBeslut\nBygglov beviljas.\n")
    persons = {p.name: p for p in extract_minutes(_src(text)).persons}
    assert persons["Tove Nyqvist"].party is None and persons["Tove Nyqvist"].roles == ()
    assert not any("Lager" in n for n in persons)


def test_a_certified_kontrollansvarig_is_a_person_without_party_or_role():
    text = (_KF_HEAD + "§ 42 Dnr BN 2024/95\nBygglov för förråd, Ängen 3:2\nBeslut\n"
            "1. Bygglov beviljas.\n2. Som kontrollansvarig godtas Nils Åkerblom, certifierad med behörighet N.\n")
    persons = {p.name: p for p in extract_minutes(_src(text)).persons}
    assert persons["Nils Åkerblom"].party is None and persons["Nils Åkerblom"].roles == ()


def test_a_beredning_and_a_study_association_are_organisations_and_a_clause_is_no_part_of_a_company():
    text = ("Arvodesberedningen föreslog att reglementet antas. Kursen drivs med Studieförbundet Vuxenskolan. "
            "Beredningens förslag bifalls. ”Sverigedemokraterna anser att Hallandstrafiken AB bör prioritera.”")
    names = {name for name, _s, _e in find_organisations(text)}
    assert {"Arvodesberedningen", "Studieförbundet Vuxenskolan", "Hallandstrafiken AB"} <= names
    assert not any("anser" in n or n == "Beredningen" for n in names)


def test_samebyar_are_organisations_but_not_a_capitalised_word_that_opens_a_sentence():
    text = ("Samråd har hållits med Vapstens sameby, Malå\nsameby, Luokta-Mávas sameby, Baste čearru\nsameby och "
            "Gällivare skogssameby. Varje sameby får yttra sig. Samråd med sameby krävs.")
    names = {n for n, _s, _e in find_organisations(text)}
    assert {"Vapstens sameby", "Malå sameby", "Luokta-Mávas sameby", "Baste čearru sameby",
            "Gällivare skogssameby"} <= names
    assert not {n for n in names if n.startswith(("Varje", "Samråd"))}


def test_a_county_association_an_institute_a_minority_delegation_and_a_finnish_rescue_service():
    text = ("Norrbottens Kommuner och Institutet för språk och folkminnen har yttrat sig, liksom Sveriges Kommuner "
            "och Regioner. Skogsstyrelsen har hörts. Avtalet med Lapplands räddningsverk gäller. "
            "Sverigefinländarnas delegation har hörts.")
    names = {n for n, _s, _e in find_organisations(text)}
    assert {"Norrbottens Kommuner", "Institutet för språk och folkminnen", "Lapplands räddningsverk",
            "Skogsstyrelsen", "Sverigefinländarnas delegation"} <= names
    assert "Sveriges Kommuner" not in names and "Sveriges Kommuner och Regioner" in names
    found = {n for n, _s, _e in find_organisations("inom Västmanlands Kommuner och Landsting (VKL)")}
    assert found == {"Västmanlands Kommuner och Landsting"}


def test_a_national_association_keeps_svenska_and_its_definite_form():
    text = "Svenska Tornedalingars Riksförbund har hörts, liksom Svenska Jägareförbundet och Fyrbodals kommunalförbund."
    names = {n for n, _s, _e in find_organisations(text)}
    assert {"Svenska Tornedalingars Riksförbund", "Svenska Jägareförbundet", "Fyrbodals kommunalförbund"} <= names
    assert "Tornedalingars Riksförbund" not in names and "Svenska Jägareförbund" not in names


def test_h40_substitute_entering_the_meeting_by_note():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n"
        "Presidium\nKarin Alm (M), ordförande\n"
        "Anteckningar om närvaro\n"
        "Lars Ek (S) lämnar sammanträdet kl. 19.40 efter § 8. Som tjänstgörande ersättare från och med §\n"
        "9 inträder Maria Fors (S).\n\n"
        "§ 8\tDnr 2024/12\nMotion om parker\n\nKommunfullmäktiges beslut\nMotionen avslås.\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Maria Fors"] == ("tjänstgörande ersättare",)
    assert roles["Lars Ek"] == ()


def test_h40_short_serial_with_class_code_after_point():
    from kommungraf.extract.cases import find_case_numbers

    assert [v for v, _, _ in find_case_numbers("§ 84\tDnr 2024/97.111", heading=True)] == ["2024/97.111"]
    assert [v for v, _, _ in find_case_numbers("Roslagsvatten AB, delårsrapport, dnr 2024/54.007.")] == \
        ["2024/54.007"]


def test_h40_federation_name_in_genitive():
    from kommungraf.extract.organisations import find_organisations

    found = [n for n, _, _ in find_organisations("om Södertörns brandförsvarsförbunds nya handlingsprogram")]
    assert found == ["Södertörns brandförsvarsförbund"]


def test_a_number_wrapped_under_its_registry_code_in_a_margin_column_is_read_once():
    text = "35 §\tSamverkansavtal\nDnr\tBIN\n2024/0093\tÄrendet\n"
    assert [v for v, _, _ in find_case_numbers(text)] == ["BIN 2024/0093"]


def test_a_school_year_on_the_paragraph_line_is_no_case_number():
    assert list(find_case_numbers("34 §\tInformation om skolvalet inför läsåret 2024/25", heading=True)) == []
    assert [v for v, _, _ in find_case_numbers("Dnr 2024/25", heading=True)] == ["2024/25"]


def test_a_county_association_of_municipalities_is_an_organisation():
    assert [n for n, _, _ in find_organisations("Kommunförbundet Skåne har skickat förslaget på remiss.")] == \
        ["Kommunförbundet Skåne"]
    assert [n for n, _, _ in find_organisations("Yttrande till Kommunförbundet Jämtlands län")] == \
        ["Kommunförbundet Jämtlands län"]
    # The gazetteer knows the Stockholm association by its present name.
    assert [n for n, _, _ in find_organisations("Yttrande till Kommunförbundet Stockholms län")] == ["Storsthlm"]


def test_the_particle_af_is_no_acronym_of_an_authority():
    found = [n for n, _s, _e in find_organisations("Yrkande av Jan-Erik af Sandeberg (SD) och remiss från AF.")]
    assert found == ["Arbetsförmedlingen"]


def test_a_name_wrapped_inside_a_particle_surname_is_the_whole_name():
    people = [(m.name, m.party) for m in find_people("gruppledare Mikael Lindh\nde Vries (SD) får föra följande")]
    assert people == [("Mikael Lindh de Vries", "SD")]


def test_a_dash_in_brackets_is_a_member_without_party():
    people = [(m.name, m.party) for m in find_people("Sara Nyström (C), Roger Fält (-), Per Ek (S)")]
    assert people == [("Sara Nyström", "C"), ("Roger Fält", None), ("Per Ek", "S")]


def test_a_name_in_foreign_capitals_without_party_is_a_name():
    assert _people_listed("Ledamöter\tLena Ståhl (S)\nJusterare\tMustafa Çelik\n")["Mustafa Çelik"][1] == ["justerare"]


def test_a_proposal_without_the_middle_name_is_the_listed_person():
    text = ("Kommunstyrelsen\nSammanträdesdatum 2024-04-16\nBeslutande\tMaria Elisabeth Lundqvist (M), "
            "Per Ek (S)\n§ 45 Dnr KS 2024/1\nAvtal om överförmyndare\nYrkanden\n"
            "Maria Lundqvist (M) yrkar bifall till förslaget. Per Ek (S) instämmer i Maria Lundqvists yrkande.\n"
            "Beslut\nFörslaget bifalls.\n")
    minutes = _minutes(text)
    assert "Maria Lundqvist" not in {p.name for p in minutes.persons}
    assert {r.name for pr in minutes.paragraphs[0].proposals for r in pr.by} == {"Maria Elisabeth Lundqvist",
                                                                                  "Per Ek"}


def test_a_company_whose_ab_wrapped_to_the_next_line_of_running_text():
    text = ("Markanvisningen gäller till och med 2026-12-31 enligt avtalet. Söderköpings Vatten\n"
            "AB har lämnat synpunkter.")
    assert [n for n, _s, _e in find_organisations(text)] == ["Söderköpings Vatten AB"]
    # A brand in camel case before the line break is read whole, not from its inner capital.
    text = ("Nämnden beslutar att förlänga avtalet om konsultstöd med Lindqvists DataLogik\n"
            "AB till och med 2026-06-30.")
    assert [n for n, _s, _e in find_organisations(text)] == ["Lindqvists DataLogik AB"]


def test_a_jour_by_its_proper_name_and_place():
    text = "partnerskap mellan Åtvidabergs kommun och Kvinnojouren Vendela i Åtvidaberg för perioden"
    assert "Kvinnojouren Vendela i Åtvidaberg" in [n for n, _s, _e in find_organisations(text)]


def test_two_jours_joined_by_a_hyphen_under_a_proper_name():
    text = "ett IOP mellan kultur- och fritidsnämnden och Kvinno- och ungdomsjouren Ronja gäller från januari"
    assert "Kvinno- och ungdomsjouren Ronja" in [n for n, _s, _e in find_organisations(text)]


def test_a_county_jour_keeps_laen_and_a_court_keeps_its_wrapped_seat():
    text = ("överenskommelse mellan Ovanåkers kommun och Kvinnojouren Gävleborgs län för perioden 2025–2026.\n"
            "Nämnden har lämnat yttrande till Kammarrätten i\nSundsvall i mål 412-24.")
    names = [n for n, _s, _e in find_organisations(text)]
    assert "Kvinnojouren Gävleborgs län" in names and "Kammarrätten i Sundsvall" in names


def test_a_company_name_wrapped_after_its_inner_i_is_read_whole():
    text = ("Bolaget har begärt att kommunens borgensram ska höjas så att lånen kan tas upp hos Finansbolaget i\n"
            "Norden AB. Borgensavgiften blir oförändrad.")
    assert [n for n, _s, _e in find_organisations(text)] == ["Finansbolaget i Norden AB"]


def test_a_company_name_wrapped_before_its_lower_case_noun_is_read_whole():
    # The line breaks after the name's first word: the next line's "fabriken i" continues it.
    text = "Remissen har skickats till bland andra Kemiska\nfabriken i Borlunda AB för yttrande senast i maj.\n"
    assert [n for n, _s, _e in find_organisations(text)] == ["Kemiska fabriken i Borlunda AB"]
    # A verb at the line's start is no part of a name: the one-line reading cuts it, and so does the wrapped one.
    text = "Vid sammanträdet i april behandlade kommunstyrelsen Styrelsen\nbeslutar i Borlunda AB att godkänna.\n"
    assert "Borlunda AB" in [n for n, _s, _e in find_organisations(text)]


def test_a_rescue_service_named_by_a_region_of_two_words_is_read_whole():
    text = "Beslutet skickas till: Norrby kommun, Räddningstjänsten Västby Sund-Älven\n"
    assert [n for n, _s, _e in find_organisations(text)] == ["Norrby kommun", "Räddningstjänsten Västby Sund-Älven"]
    # A person named after the service is no word of its name.
    assert [n for n, _s, _e in find_organisations("Räddningstjänsten Norrby Anna Ek redogör.\n")] == \
        ["Räddningstjänsten Norrby"]


def test_an_associations_district_by_its_acronym_and_county():
    text = ("Synpunkter har inhämtats från ABF-SF Gävleborg och LRFX Hälsingland. Partidistriktet SD Skåne har "
            "yttrat sig.\nBilaga: Avtal LRFX Kalmar län 2026.\n§ 12\tDnr TFK 2024/285\nTitel")
    names = [n for n, _s, _e in find_organisations(text)]
    assert "ABF-SF Gävleborg" in names and "LRFX Hälsingland" in names
    assert not {"SD Skåne", "LRFX Kalmar", "Dnr TFK"} & set(names)


def test_a_county_authority_named_by_the_county_in_the_genitive():
    text = "Remissen har besvarats. Gävleborgs läns kollektivtrafikmyndighet har uppgett att avgiften ska höjas."
    assert [n for n, _s, _e in find_organisations(text)] == ["Gävleborgs läns kollektivtrafikmyndighet"]


def test_an_associations_acronym_is_its_name_spelt_out_for_the_same_place():
    m = _minutes("Kommunala pensionärsrådet\nSammanträdesdatum 2025-03-04\nOrdförande: Eva Ek (S)\n"
                 "Övriga: Lars Holm, Hörselskadades Riksförbund Västmanland\n\n§ 4  Yttrande\n\nBeslut\n"
                 "Rådet lämnar synpunkterna. Lars Holm (HRF Västmanland) anmäler en protokollsanteckning. "
                 "Region Västmanland har informerats.\n")
    names = [o.value for o in m.organisations]
    assert "Hörselskadades Riksförbund Västmanland" in names and "HRF Västmanland" not in names
    assert "Region Västmanland" in names


def test_h45_recipient_after_label_cell_is_no_wrapped_company_name():
    from kommungraf.extract.organisations import find_organisations

    text = "Beslut\tRedovisningen godkänns.\nProtokollsutdrag skickas till\tSocialnämnden\nSöderhamn Nära AB\n"
    names = [n for n, _s, _e in find_organisations(text)]
    assert "Söderhamn Nära AB" in names
    assert not any(n.startswith("Socialnämnden ") for n in names)


def _orgs(text: str) -> list[str]:
    from kommungraf.extract.organisations import find_organisations

    return [name for name, _, _ in find_organisations(text)]


def test_h44_county_board_and_transport_by_county_short_name():
    assert _orgs("remiss från Länsstyrelsen Västernorrland, miljöprövningsdelegationen") == \
        ["Länsstyrelsen Västernorrland"]
    assert _orgs("upphandlas av Länstrafiken Kronoberg och") == ["Länstrafiken Kronoberg"]
    assert _orgs("Länsstyrelsen Beslutar") == []


def test_h44_common_forest_by_its_place():
    assert _orgs("Bolaget ägs av Orsa Besparingsskog sedan 1990.") == ["Orsa Besparingsskog"]


def test_a_sentence_s_first_word_before_kommunen_is_no_municipality():
    assert [n for n, _, _ in find_organisations("Vi anser det. När kommunen nu anvisar mark bör den kräva det.")] == []


def test_ordforande_opening_a_sentence_is_the_chair_but_not_after_a_body_s_genitive():
    assert [m.roles for m in find_people("Yrkanden\nOrdförande Claes Hultgren (S) yrkar bifall.")] == [("ordförande",)]
    assert [m.roles for m in find_people("Kommunstyrelsens ordförande Claes Hultgren (S) yrkar bifall.")] == [()]


def test_h47_joint_nämnd_named_by_hyphenated_municipalities():
    assert _orgs("en gemensam nämnd, Överförmyndarnämnden Eksjö-Aneby-Sävsjö, med Eksjö kommun som värd") == [
        "Överförmyndarnämnden Eksjö-Aneby-Sävsjö", "Eksjö kommun"]


def test_h47_bare_nämnd_is_the_joint_nämnd_named_in_full():
    from kommungraf.extract import _joint_body_short_forms

    found = [("Överförmyndarnämnden Eksjö-Aneby", 0, 30), ("Överförmyndarnämnden", 50, 70)]
    assert [n for n, _, _ in _joint_body_short_forms(found)] == ["Överförmyndarnämnden Eksjö-Aneby"] * 2


def test_h47_rescue_service_named_by_its_region():
    assert _orgs("ledningsstöd från Hälsinge Räddningstjänst, som inte är part") == ["Hälsinge Räddningstjänst"]
    assert _orgs("Kommunens Räddningstjänst ansvarar") == []


def test_h47_samordningsförbund_by_its_proper_name_with_an_acronym():
    assert _orgs("Samordningsförbundet VAS Uppsala och Region Uppsala är inte parter.") == [
        "Samordningsförbundet VAS Uppsala", "Region Uppsala"]


# extract/organisations.py (gazetteer)
def test_h47_dua_delegation_is_an_organisation():
    assert _orgs("Delegationen för unga och nyanlända till arbete har beviljat statsbidrag.") == [
        "Delegationen för unga och nyanlända till arbete"]




def test_h46_reproduced_extract_people_are_persons_without_its_roles():
    m = _minutes(_WITH_REPRODUCED_EXTRACT)
    people = {p.name: p for p in m.persons}
    assert people["Anna Berg"].roles == ("sekreterare",)
    assert people["Olof Dahl"].roles == ("ordförande",)
    assert people["Eva Lund"].roles == ()
    assert people["Per Palm"].party == "S" and people["Per Palm"].roles == ()
    assert people["Maja Hed"].roles == ()
    assert [p.number for p in m.paragraphs] == ["78"]
    assert not m.paragraphs[0].immediate_adjustment


def test_h46_labelled_registry_year_point_short_serial_is_case_number():
    from kommungraf.extract.cases import find_case_numbers

    assert [v for v, _s, _e in find_case_numbers("Diarienummer KS2024.7")] == ["KS2024.7"]
    assert [v for v, _s, _e in find_case_numbers("enligt punkt KS2024.7 i listan")] == []


def test_h46_förbund_of_joined_tasks_and_definite_förbund_with_place():
    from kommungraf.extract.organisations import find_organisations

    names = [n for n, _s, _e in find_organisations(
        "Avtal mellan Bengtsfors kommun och Dalslands Miljö- och Energiförbund. Samråd har skett med "
        "Räddningstjänstförbundet Norra Älvsborg.")]
    assert "Dalslands Miljö- och Energiförbund" in names
    assert "Räddningstjänstförbundet Norra Älvsborg" in names
    names = [n for n, _s, _e in find_organisations("Förslaget har tagits fram av Miljöförbundet Västby Nord.")]
    assert names == ["Miljöförbundet Västby Nord"]


def test_a_förbund_of_two_tasks_joined_by_a_bare_ampersand_is_one_name():
    from kommungraf.extract.organisations import find_organisations

    names = [n for n, _s, _e in find_organisations(
        "Yttrande har lämnats av Norrbygdens Vatten & Avloppsförbund. Gata & Park har också yttrat sig.")]
    assert "Norrbygdens Vatten & Avloppsförbund" in names
    assert not any("Gata" in n for n in names)


def test_a_national_associations_county_branch_is_named_with_its_county():
    names = [n for n, _s, _e in find_organisations(
        "Ledamot: Ola Berg, Hörselskadades Riksförbund Jämtland. Yttrande från Kristinehamns kommunalförbund.")]
    assert names == ["Hörselskadades Riksförbund Jämtland", "Kristinehamns kommunalförbund"]


def test_h46_other_municipality_nämnd_keeps_its_municipality():
    m = _minutes(
        "Byggnämnden\nSammanträdesdatum 2024-05-23\n\n§ 67  Avtal om livsmedelskontroll\n\n"
        "Beslutsunderlag\nMiljönämnden i Norrstads stad, beslut 2024-04-25.\n\n"
        "Beslut\nAvtalet godkänns.\n")
    names = {o.value for o in m.organisations}
    assert "Miljönämnden i Norrstads stad" in names
    assert "Miljönämnden" not in names
    lower = _minutes(
        "Byggnämnden\nSammanträdesdatum 2024-05-23\n\n§ 67  Avtal om livsmedelskontroll\n\n"
        "Ärendet ska överlämnas till socialnämnden i Norrstads stad.\n\nBeslut\nAvtalet godkänns.\n")
    assert "Socialnämnden i Norrstads stad" not in {o.value for o in lower.organisations}


def test_h46_own_municipality_nämnd_stays_plain_body():
    m = _minutes(
        "Norrstads stad\nByggnämnden\nSammanträdesdatum 2024-05-23\n\n§ 67  Avtal om livsmedelskontroll\n\n"
        "Beslutsunderlag\nMiljönämnden i Norrstads stad, beslut 2024-04-25.\n\n"
        "Beslut\nAvtalet godkänns.\n")
    names = {o.value for o in m.organisations}
    assert "Miljönämnden i Norrstads stad" not in names


def test_h49_association_named_foreningen_in_the_genitive():
    assert _orgs("om Föreningen Sveriges Överförmyndares utbildningsdagar i oktober") == [
        "Föreningen Sveriges Överförmyndare"]


def test_h49_state_authority_named_statens():
    assert _orgs("ansökan om bidrag från Statens kulturråd inom satsningen") == ["Statens kulturråd"]


def test_h49_capitalised_local_association_wrapped_after_its_place():
    assert _orgs("om arrangemangsbidrag till Frödinge\nBygdegårdsförening, dnr 31") == ["Frödinge Bygdegårdsförening"]
    assert _orgs("Expedieras\nBygdegårdsförening i byn") == []


def test_h51_ab_before_a_capitalised_name_opens_that_company_not_one_before():
    from kommungraf.extract.organisations import find_organisations

    found = [n for n, _s, _e in find_organisations("Rapporten omfattar även AB Höganäshem och Höganäs Energi AB.")]
    assert found == ["AB Höganäshem", "Höganäs Energi AB"]


def test_h50_municipality_with_two_word_name_in_capitals():
    from kommungraf.extract.organisations import find_organisations

    assert [n for n, _s, _e in find_organisations("LILLA EDETS KOMMUN     SAMMANTRÄDESPROTOKOLL")] == \
        ["Lilla Edets kommun"]
    assert [n for n, _s, _e in find_organisations("DALS-EDS KOMMUN")] == ["Dals-Eds kommun"]


def test_h50_joint_nämnd_named_by_its_municipalities():
    from kommungraf.extract.organisations import find_organisations

    found = [n for n, _s, _e in find_organisations("Beslutet skickas till\nÖverförmyndarnämnden Vara, Essunga och "
                                                     "Grästorp\nMiljönämnden Mittskåne och Lunds kommun\n")]
    assert found == ["Överförmyndarnämnden Vara, Essunga och Grästorp", "Miljönämnden", "Lunds kommun"]
    found = [n for n, _s, _e in find_organisations("i en gemensam nämnd, Lönenämnden i Norrby, Västby och Österby.")]
    assert found == ["Lönenämnden i Norrby, Västby och Österby"]


def test_h50_company_with_abbreviation_in_brackets_is_no_person():
    from kommungraf.extract.names import find_people

    assert list(find_people("tillsammans med Nordvästra Skånes Vatten och Avlopp AB (NSVA), som ansvarar")) == []


def test_h50_registry_letters_before_year_and_colon():
    from kommungraf.extract.cases import find_case_numbers

    assert [v for v, _s, _e in find_case_numbers("Kf § 45          Dnr: KS 2024:112", heading=True)] == ["KS 2024:112"]
    assert [v for v, _s, _e in find_case_numbers("enligt SFS 2017:725 och SOU 2021:6", heading=True)] == []


# extract/organisations.py (and the gazetteer)
def test_h52_svenska_kraftnat_and_local_associations():
    assert _orgs("Svenska kraftnät har yttrat sig.") == ["Svenska kraftnät"]
    assert _orgs("Yttranden från Naturskyddsföreningen i Håbo och tre privatpersoner.") == \
        ["Naturskyddsföreningen i Håbo"]
    assert _orgs("Skötseln regleras i ett avtal med Bålsta Vägförening från 2019.") == ["Bålsta Vägförening"]
    assert _orgs("Svenska Naturskyddsföreningen har yttrat sig.") != ["Svenska Naturskyddsförening"]


def test_h53_council_named_at_the_top_is_the_body_not_a_nämnd_in_the_list():
    m = _minutes("ÖDEBY KOMMUN\tKommunala pensionärsrådet\tProtokoll 2024-04-11\n"
                 "Kommunala pensionärsrådet (KPR)\n"
                 "Närvarande\nNamn\tFöreträder\tFunktion\nAnna Berg (S)\tKommunstyrelsen\tOrdförande\n\n"
                 "§ 8 Information\nRådet noterar informationen.\n")
    assert m.body is not None and m.body.value == "Kommunala pensionärsrådet"


def test_h53_revisorerna_on_the_title_line_are_the_body():
    m = _minutes("ÖDEBY KOMMUN\nRevisorerna – PROTOKOLL\nRevisorernas sammanträde 2024-03-14\n"
                 "Närvarande revisorer\tAnna Berg (S), ordförande\n\n"
                 "Rev § 12\tVal av justerare\nRevisorerna beslutar att utse Karl Nord att justera protokollet.\n")
    assert m.body is not None and m.body.value == "Revisorerna"


def test_revisorerna_in_a_fixed_width_title_row_before_a_wide_gap_are_the_body():
    from kommungraf.extract import _own_council

    m = _minutes("Ödeby kommun\nRevisorerna                              PROTOKOLL 3/2024\n"
                 "Sammanträde 2024-05-16\nRevisorer\n   Anna Berg (S)        ordförande\n\n"
                 "§ 12   Val av justerare\nRevisorernas beslut\nKarl Nord utses att justera protokollet.\n\n"
                 "§ 13   Granskning av kommunstyrelsen\nRevisorernas beslut\nRapporten överlämnas till "
                 "kommunstyrelsen.\nKommunstyrelsens beslut 2024-04-02 § 40 redovisas.\n")
    assert m.body is not None and m.body.value == "Revisorerna"
    assert _own_council("Ödeby kommun\nKommunalrådet   Anna Berg\n") is None


def test_h53_politicians_title_is_no_council_body():
    from kommungraf.extract import _own_council

    assert _own_council("Ödeby kommun\nKommunalrådet\tAnna Berg\n") is None


def test_h53_pensioners_organisations_local_branches():
    assert _orgs("mellan Ödeby kommun och PRO Ödeby har") == ["Ödeby kommun", "PRO Ödeby"]
    assert "SKPF Pensionärerna avd 17 Ödeby" in _orgs("Bo Lind\tSKPF Pensionärerna avd 17 Ödeby\tLedamot")
    assert "SPF Seniorerna Ödeby" in _orgs("lämnar för SPF Seniorerna Ödeby ett särskilt yttrande")


def test_disability_organisations_local_branches_in_a_council_list():
    orgs = _orgs("Närvarande ledamöter\nEva Berg, DHR Ödeby\nOlle Dal, SRF Norra Ödeby\n")
    assert "DHR Ödeby" in orgs and "SRF Norra Ödeby" in orgs


def test_the_organ_named_after_a_protocol_title_dash_is_the_body():
    m = _minutes("Protokollsutdrag – Styrelsen\nDatum 2024-06-13\n§ 27 Bidrag\nStyrelsen beviljar bidraget.\n")
    assert m.body is not None and m.body.value == "Styrelsen"


def test_a_federations_fullmaktige_is_the_body_and_its_styrelse_an_organisation():
    m = _minutes("KOMMUNALFÖRBUNDET ARKIVET   SAMMANTRÄDESPROTOKOLL\nFörbundsfullmäktige    2024-05-23\n\n"
                 "§ 10 Årsredovisning\nFörbundsstyrelsen har överlämnat årsredovisningen.\n"
                 "Förbundsfullmäktige godkänner årsredovisningen.\n")
    assert m.body is not None and m.body.value == "Förbundsfullmäktige"
    assert "Förbundsstyrelsen" in {o.value for o in m.organisations}


def test_a_federation_organ_is_no_organisation_in_a_municipalitys_minutes():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-05-23\n\n§ 10 Årsredovisning för arkivförbundet\n"
                 "Förbundsstyrelsen har överlämnat årsredovisningen.\nKommunfullmäktige godkänner den.\n")
    assert "Förbundsstyrelsen" not in {o.value for o in m.organisations}


def test_a_joint_namnd_named_by_a_compass_word_is_one_body():
    assert [n for n, _, _ in find_organisations("Överförmyndarnämnden Mitt föreslår")] == \
        ["Överförmyndarnämnden Mitt"]
    m = _minutes("Överförmyndarnämnden Mitt\nSammanträdesdatum: 2024-05-16\n§ 31 Avtal\n"
                 "Överförmyndarnämnden beslutar att godkänna avtalet.\n")
    assert m.body is not None and m.body.value == "Överförmyndarnämnden Mitt"
    assert "Överförmyndarnämnden" not in {o.value for o in m.organisations}


def test_a_gazetteer_company_written_with_its_legal_form_is_named_so():
    assert [n for n, _, _ in find_organisations("samarbetet med AB Svenska Bostäder om")] == ["AB Svenska Bostäder"]
    assert [n for n, _, _ in find_organisations("skrivelse från Svenska Bostäder om")] == ["Svenska Bostäder"]


def test_medborgarforslag_authors_without_an_article_or_with_their_place_are_persons():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\n§ 94\nSvar på medborgarförslag\n\n"
                 "Birgitta Lundmark har i medborgarförslag 2024-02-09 föreslagit en hundrastgård.\n"
                 "Johanna Eklund, Klågerup, föreslår i ett medborgarförslag att kommunen sätter upp belysning.\n\n"
                 "Kommunfullmäktiges beslut\nMedborgarförslaget bifalls.\n")
    people = {p.name: (p.party, p.roles) for p in m.persons}
    assert people["Birgitta Lundmark"] == (None, ()) and people["Johanna Eklund"] == (None, ())


def test_an_utskott_named_by_two_joined_fields_is_an_organisation():
    found = [name for name, _s, _e in find_organisations("Kultur- och fritidsutskottet har yttrat sig. "
                                                         "Barn- och utbildningsutskottets förslag. Arbetsutskottet.")]
    assert found == ["Kultur- och fritidsutskottet", "Barn- och utbildningsutskottet"]


def test_an_utskott_named_alone_by_its_compound_is_an_organisation_but_not_the_bare_arbetsutskottet():
    found = [name for name, _s, _e in find_organisations("Beslut av stödutskottet 2025-01-10. Teknikutskottets "
                                                         "förslag. Arbetsutskottet. Kultur- och fritidsutskottet.")]
    assert found == ["Stödutskottet", "Teknikutskottet", "Kultur- och fritidsutskottet"]


def test_an_utskott_named_alone_in_its_own_minutes_is_the_utskott_named_with_its_owner():
    m = _minutes("Norrby kommun | Stödutskottet | 2025-01-10\nNORRBY KOMMUN\tPROTOKOLL\nKultur- och fritidsnämndens "
                 "stödutskott\nSammanträdesdatum 2025-01-10\nNärvarande: Eva Ek (S), ordförande, Per Ros (M)\n\n"
                 "§ 4\nBidrag till föreningar\n\nBeslut\nStödutskottet beviljar bidraget.\n")
    orgs = {o.value for o in m.organisations}
    assert m.body.value == "Kultur- och fritidsnämndens stödutskott"
    assert "Kultur- och fritidsnämndens stödutskott" in orgs and "Stödutskottet" not in orgs


def test_a_capitalised_function_word_opening_a_sentence_is_no_part_of_a_company_name():
    assert [n for n, _, _ in find_organisations("till kostnaden. Enligt Västtrafik AB skulle åtgärden kosta")] \
        == ["Västtrafik AB"]


def test_a_masthead_in_capitals_keeps_the_name_after_a_word_that_opens_one():
    assert [n for n, _, _ in find_organisations("KOMMUNALFÖRBUNDET SYDARKIVERA\tSAMMANTRÄDESPROTOKOLL")] == \
        ["Kommunalförbundet Sydarkivera"]
    assert [n for n, _, _ in find_organisations("SAMORDNINGSFÖRBUNDET VÄSTRA MÄLARDALEN")] == \
        ["Samordningsförbundet Västra Mälardalen"]


@pytest.mark.parametrize("head, issuer", [
    ("KOMMUNALFÖRBUNDET SYDARKIVERA\tSAMMANTRÄDESPROTOKOLL\nFörbundsfullmäktige\t2024-05-23\n",
     "Kommunalförbundet Sydarkivera"),
    ("RÄDDNINGSTJÄNSTEN SYD\tSAMMANTRÄDESPROTOKOLL\nKommunalförbund för Burlöv, Eslöv och Malmö\n"
     "Direktionen\t2024-03-21\n", "Räddningstjänsten Syd"),
])
def test_a_forbunds_minutes_belong_to_the_forbund_not_to_a_member_they_name(head, issuer):
    m = _minutes(head + "Beslutande\tAnna Ek (S), ordförande, Malmö stad\n\n§ 9 Budget\n"
                 "Malmö stad och Lunds kommun har yttrat sig.\nBeslut\nBudgeten fastställs.\n")
    assert m.municipality == issuer


def test_a_university_under_its_english_name_is_an_organisation_also_where_it_wraps():
    assert [n for n, _, _ in find_organisations("mellan Region Jönköpings län och Jönköping\nUniversity om")] == \
        ["Region Jönköpings län", "Jönköping University"]


def test_a_plain_body_named_in_another_municipality_s_genitive_is_no_organisation():
    m = _minutes("Region Värmland\nKollektivtrafiknämnden\nSammanträdesdatum 2023-10-05\n\n§ 58 Avtal\n\n"
                 "Karlstads kommunfullmäktige godkände avtalet med Karlstads kommun.\n\n"
                 "Beslut\nKollektivtrafiknämnden beslutar att godkänna avtalet.\n")
    names = {o.value for o in m.organisations}
    assert "Karlstads kommun" in names and "Kommunfullmäktige" not in names


_HEAD = "Barn- och utbildningsnämnden\nSammanträdesdatum 2024-05-15\n"


_PAR = "§ 41 Avtal om skolskjuts\nBeslut\nNämnden beslutar att godkänna avtalet.\n"


def test_county_agency_with_line_break_before_county() -> None:
    assert "Länsstyrelsen Västerbotten" in _orgs("Remissen har skickats till Region Västerbotten, Länsstyrelsen\n"
                                                 "Västerbotten och PRO Robertsfors.")


def test_municipal_councils_are_organisations() -> None:
    found = _orgs("Yttranden har inkommit från socialnämnden, Kommunala pensionärsrådet och Rådet för "
                  "funktionshinderfrågor. Förvaltningen har låtit kommunala tillgänglighetsrådet yttra sig.")
    assert {"Kommunala pensionärsrådet", "Rådet för funktionshinderfrågor",
            "Kommunala tillgänglighetsrådet"} <= set(found)
    assert not any("pensionärsråd" in o for o in _orgs("Protokoll från pensionärsrådet anmäldes."))
    assert _orgs("Beslutet skickas till\nIdrottsrådet i Norrby kommun\n") == ["Idrottsrådet i Norrby kommun"]


def test_national_association_branch_by_place() -> None:
    found = _orgs("Synpunkter har lämnats av Företagarna Osby och från Funktionsrätt Robertsfors.")
    assert {"Företagarna Osby", "Funktionsrätt Robertsfors"} <= set(found)


def test_national_association_by_compound_name() -> None:
    found = _orgs("Svenska Livräddningssällskapet har lämnat synpunkter. Riksidrottsförbundets regler gäller.")
    assert {"Svenska Livräddningssällskapet", "Riksidrottsförbundet"} <= set(found)


def test_joined_company_cut_after_och_at_line_end_is_no_company_of_its_own() -> None:
    text = (_HEAD + "Ordförande\tLisa Strand (C)\n§ 41 Motion om solceller\nÄrendebeskrivning\n"
            "Tommy Svensson föreslår i en motion att solceller ska installeras på alla tak. Motionen har\n"
            "remitterats till de kommunala bolagen, bland annat Bromölla Energi och\nVatten AB, som svarat.\n"
            "Beslutsunderlag\nYttrande från Bromölla Energi och Vatten AB 2024-01-30\n"
            "Beslut\nNämnden beslutar att motionen är besvarad.\n")
    names = {o.value for o in _minutes(text).organisations}
    assert "Bromölla Energi och Vatten AB" in names
    assert "Vatten AB" not in names


def test_contact_person_column_names_a_person() -> None:
    text = (_HEAD + "Ordförande\tLisa Strand (C)\n" + _PAR + "Sändlista\nMottagare\tKontaktperson\n"
            "Region Kalmar län\tHelén Ström, samordnare\nSocialnämnden\t–\n")
    roles = _roles(_minutes(text))
    assert roles["Helén Ström"] == ()


def test_a_company_spelled_out_is_named_as_printed_not_by_its_gazetteer_acronym():
    assert _orgs("Kommunen och Luossavaara-Kiirunavaara AB tecknade avtalet.") == ["Luossavaara-Kiirunavaara AB"]
    assert _orgs("Beslutet skickas till LKAB.") == ["LKAB"]


def test_the_acronym_of_a_company_spelled_out_in_the_same_minutes_is_that_company():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 5  Avtal med LKAB\n\n"
                 "Kommunen och Luossavaara-Kiirunavaara AB har tecknat ett avtal.\n\n"
                 "Beslut\nKommunstyrelsen godkänner avtalet.\n\nBeslutet skickas till LKAB\n")
    names = {o.value for o in m.organisations}
    assert "Luossavaara-Kiirunavaara AB" in names and "LKAB" not in names


def test_names_of_a_nämnd_with_a_capital_remit_state_agencies_with_adjectives_and_superior_courts():
    assert _orgs("remitterat till nämnden för Kretslopp och vatten med svar") == ["Nämnden för Kretslopp och vatten"]
    assert _orgs("med stöd av Sveriges meteorologiska och hydrologiska institut och") == [
        "Sveriges meteorologiska och hydrologiska institut"]
    assert _orgs("enligt Statens geotekniska institut.") == ["Statens geotekniska institut"]
    # The name wrapped after its first word.
    assert _orgs("som har mätts av Statens\nhistoriska museer sedan 1990.") == ["Statens historiska museer"]
    assert _orgs("Marken ägs av Statens fastighetsverk sedan 1995.") == ["Statens fastighetsverk"]
    assert _orgs("sedan Mark- och miljööverdomstolens dom 2021-07-06") == ["Mark- och miljööverdomstolen"]
    assert _orgs("till nämnden för yttrande och beslut") == []


def test_adjusters_appointed_in_a_sentence_after_the_verb_are_justerare():
    m = _minutes("Trafiknämnden\nSammanträdesdatum 2024-10-17\nOrdförande: Karin Ek (S)\n"
                 "Vice ordförande: Per-Olof Sandell (M)\n\n"
                 "Att jämte ordföranden justera dagens protokoll utsågs Per-Olof Sandell (M). Justering sker snart.\n\n"
                 "§ 1  Ärende\n\nPer-Olof Sandell (M) föreslog att nämnden skulle avslå.\n\n"
                 "Beslut\nNämnden godkänner förslaget.\n")
    roles = {p.name: set(p.roles) for p in m.persons}
    assert roles["Per-Olof Sandell"] == {"vice ordförande", "justerare"}


def test_adjusters_named_before_utses_att_justera_are_justerare():
    m = _minutes("Kulturnämnden\nSammanträdesdatum 2024-10-17\nLedamöter\nKarin Ek (S), ordförande\n"
                 "Olle Vik (M), vice ordförande\nSigrid Alm (C)\nJon Berg (L)\n\n"
                 "§ 1  Val av justerare\n\nBeslut\nOlle Vik utses att jämte ordföranden justera dagens protokoll.\n\n"
                 "§ 2  Val av justerare för nästa möte\n\nBeslut\nSigrid Alm (C) och Jon Berg (L) utses att justera "
                 "protokollet med Karin Ek som ersättare.\n")
    roles = {p.name: set(p.roles) for p in m.persons}
    assert roles["Olle Vik"] == {"vice ordförande", "justerare"}
    assert roles["Sigrid Alm"] == roles["Jon Berg"] == {"ledamot", "justerare"}
    assert roles["Karin Ek"] == {"ordförande"}


def test_a_voter_of_a_local_party_in_a_vote_table_is_a_person_without_a_party():
    m = _minutes("Parknämnden\nSammanträdesdatum 2024-11-25\n\n§ 214  Plan\n\nVotering\n"
                 "Ledamot\tParti\tJa\tNej\tAvstår\nLisa Ek\tS\tX\nAnders Kvist\tD\tX\nGöran Berg\tM\t\tX\n"
                 "Summa\t\t2\t1\t0\n\nBeslut\nNämnden godkänner planen.\n")
    people = {p.name: p.party for p in m.persons}
    assert people.get("Anders Kvist", "missing") is None and people.get("Göran Berg") == "M"


def test_a_role_or_serving_note_in_a_vote_tables_name_cell_is_the_voters_role_and_the_rows_go_on():
    m = _minutes("Parknämnden\nSammanträdesdatum 2024-11-25\n\n§ 214  Plan\n\nVotering\n"
                 "Namn\tParti\tJa\tNej\tAvstår\nLisa Ek, ordförande\tS\tX\nOlle Vik, 2:e vice ordförande\tM\t\tX\n"
                 "Rut Sand, tjänstgörande ersättare för Per Dal\tC\tX\nGöran Berg\tL\t\tX\n"
                 "Summa\t\t2\t2\t0\n\nBeslut\nNämnden godkänner planen.\n")
    people = {p.name: (p.party, p.roles, p.replaces) for p in m.persons}
    assert people["Lisa Ek"] == ("S", ("ordförande",), None)
    assert people["Olle Vik"] == ("M", ("vice ordförande",), None)
    assert people["Rut Sand"] == ("C", ("tjänstgörande ersättare",), "Per Dal")
    assert people["Per Dal"] == (None, (), None) and people["Göran Berg"] == ("L", (), None)


def test_members_named_after_their_partys_genitive_and_ledamoter_are_its_ledamoter_and_reservants():
    m = _minutes("Parknämnden\nSammanträdesdatum 2024-11-25\nOrdförande: Lisa Ek (S)\n\n§ 214  Plan\n\n"
                 "Beslut\nNämnden godkänner planen.\n\nReservation\nVänsterpartiets ledamöter Tova Rask och "
                 "Einar Moberg reserverar sig mot beslutet.\n")
    people = {p.name: (p.party, p.roles) for p in m.persons}
    assert people["Tova Rask"] == people["Einar Moberg"] == ("V", ("ledamot",))
    reservants = {r.name for st in m.paragraphs[0].statements if st.kind == "reservation" for r in st.by}
    assert reservants == {"Tova Rask", "Einar Moberg"}


def test_a_serving_substitute_named_among_his_partys_ledamoter_stays_a_serving_substitute_only():
    m = _minutes("Parknämnden\nSammanträdesdatum 2024-11-25\nOrdförande: Lisa Ek (S)\n"
                 "Tjänstgörande ersättare: Einar Moberg (V) i stället för Kalle Ström (V)\n\n§ 214  Plan\n\n"
                 "Beslut\nNämnden godkänner planen.\n\nProtokollsanteckning\nVänsterpartiets ledamöter Tova Rask "
                 "och Einar Moberg antecknar att planen är för snål.\n")
    people = {p.name: (p.party, p.roles) for p in m.persons}
    assert people["Tova Rask"] == ("V", ("ledamot",))
    assert people["Einar Moberg"] == ("V", ("tjänstgörande ersättare",))


def test_the_voters_of_a_vote_table_whose_header_is_merged_over_two_rows_are_persons():
    # "Namn | Parti | Omröstning" over "Ja | Nej | Avstår": the vote columns stand alone on the second row.
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-05-13\n\n§ 31  Borgen\n\nVoteringslista\n"
                 "Namn\tParti\tOmröstning\n\t\tJa\tNej\tAvstår\nSara Holm\tS\tX\nIvar Lund\tL\t\tX\n"
                 "Summa\t\t1\t1\t0\n\nBeslut\nKommunfullmäktige beslutar att teckna borgen.\n")
    people = {p.name: (p.party, p.roles) for p in m.persons}
    assert people.get("Sara Holm") == ("S", ()) and people.get("Ivar Lund") == ("L", ())




def test_a_serial_and_full_year_after_a_dnr_label_is_a_case_number():
    assert [v for v, _s, _e in find_case_numbers("Ks § 142          Ks dnr 188/2024", heading=True)] == ["188/2024"]
    assert not list(find_case_numbers("§ 12 Svar på motion 14/2014", heading=True))


def test_a_kommunalforbund_named_by_its_acronym():
    assert "Kommunalförbundet ITSAM" in [n for n, _s, _e in find_organisations(
        "Kommunen köper driftstjänster av Kommunalförbundet ITSAM.")]


def test_a_socialjour_is_no_organisation_but_a_kvinnojour_is():
    found = [n for n, _s, _e in find_organisations(
        "Socialjouren i Gästrikland drivs av Gävle kommun. Kvinnojouren i Eslöv får bidrag.")]
    assert "Socialjouren i Gästrikland" not in found and "Kvinnojouren i Eslöv" in found


def test_a_places_socialjour_in_the_genitive_is_no_organisation_but_its_kvinnojour_is():
    found = [n for n, _s, _e in find_organisations(
        "Nämnden ansluter sig till Umeås socialjour från årsskiftet. Tierps Kvinnojour får bidrag.")]
    assert "Umeås socialjour" not in found and "Tierps Kvinnojour" in found


def test_the_author_of_a_staff_report_by_a_joined_title_is_a_person():
    m = _minutes(_KS_HEAD + "\n§ 118   Remiss\n\nBeslutsunderlag\nTjänsteskrivelse från kultur- och fritidschef "
                 "Sara Lundgren, 2024-08-20\n\nBeslut\nKommunstyrelsen antar yttrandet.\n")
    assert "Sara Lundgren" in [p.name for p in m.persons]


def _persons(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.party, p.roles) for p in _minutes(text).persons}


def test_titled_officials_and_guests_in_prose_are_persons():
    persons = _persons(_HEAD + "§ 5 Information\nLokalpolisområdeschef Johan Ekholm, Polismyndigheten, informerar. "
                       "Bolagets verkställande direktör Per-Olof Strand närvarar. Underlaget har tagits fram. "
                       "Energistrateg\nFarah Haddad föredrar ärendet.\nBeslutsunderlag\n"
                       "Tjänsteskrivelse 2024-04-24, kultursekreterare Erik Wahl\nBeslut\nInformationen noteras.\n")
    for name in ("Johan Ekholm", "Per-Olof Strand", "Farah Haddad", "Erik Wahl"):
        assert persons[name] == (None, ()), name


def test_an_official_named_by_a_definite_title_in_a_decision_is_a_person():
    # "ge socialchefen X i uppdrag": the title in its definite form, as a sentence writes it before a name.
    persons = _persons(_HEAD + "§ 5 Avtal om hemtjänst\nBeslut\n– att ge förvaltningschefen Tove Ahlqvist i uppdrag "
                       "att underteckna avtalet,\n– att rektorn Nils Sandgren redovisar utfallet.\n")
    for name in ("Tove Ahlqvist", "Nils Sandgren"):
        assert persons[name] == (None, ()), name


def test_a_title_closing_a_signature_line_reads_no_label_as_a_name():
    persons = _persons(_HEAD + "§ 5 Information\nInformationen noteras.\nOrdförande\tSekreterare\n"
                       "Justeras Anna Ek\n")
    assert not any(name.startswith("Justeras") for name in persons)


def test_citizens_asking_and_people_awarded_or_appointed_are_persons():
    persons = _persons(_HEAD + "§ 5 Frågestund\nBritt-Marie Fransson, Åhus, frågar om belysningen.\n"
                       "Beslut\n1. Kulturpriset tilldelas författaren Maria Hellqvist.\n"
                       "2. Stipendier tilldelas musikern Oskar Dahlin och dansaren Lina Mäki.\n"
                       "3. Till dataskyddsombud utses Petra Lindqvist, Skaraborgs Kommunalförbund.\n")
    for name in ("Britt-Marie Fransson", "Maria Hellqvist", "Oskar Dahlin", "Lina Mäki", "Petra Lindqvist"):
        assert persons[name] == (None, ()), name


def test_roles_in_a_prose_note_on_changes_in_attendance():
    persons = _persons(_HEAD + "§ 5 Motion\nMotionen avslås.\n\nNärvaroförändringar\n"
                       "Hanna Lind (L), ledamot, anländer kl. 19.05. Under § 5 tjänstgör Per Anton Grip (L) som "
                       "tjänstgörande ersättare för henne.\nAli Musa (S)\ntjänstgör som tjänstgörande ersättare.\n")
    assert persons["Hanna Lind"] == ("L", ("ledamot",))
    assert persons["Per Anton Grip"][1] == ("tjänstgörande ersättare",)
    assert persons["Ali Musa"][1] == ("tjänstgörande ersättare",)


def test_a_substitute_who_took_part_in_a_decision_per_capsulam_in_a_members_place_serves():
    persons = _persons(_HEAD + "§ 41 Motion\nAnteckning om deltagande\nLeo Sten (S) har inte svarat. "
                       "I hans ställe har Tor Blom (S) deltagit som tjänstgörande ersättare.\n"
                       "Beslut\nMotionen avslås.\n")
    assert persons["Tor Blom"][1] == ("tjänstgörande ersättare",)


def test_a_substitute_taking_over_a_members_place_in_a_note_on_attendance_serves():
    persons = _persons(_HEAD + "§ 41 Motion\nAnteckning om närvaro\nJohan Ehn (M) lämnar sammanträdet kl. 19.10. "
                       "Ersättaren Karl Ödling (M) tjänstgör därefter i hans ställe.\nBeslut\nMotionen avslås.\n")
    assert "tjänstgörande ersättare" in persons["Karl Ödling"][1]
    # for one paragraph's jäv the sets give the substitute no serving role
    persons = _persons(_HEAD + "§ 41 Motion\nJäv\nErik Lövgren (C) anmäler jäv och lämnar lokalen. Ersättaren Tomas "
                       "Berglund (C) tjänstgör i hans ställe under denna paragraf.\nBeslut\nMotionen avslås.\n")
    assert "tjänstgörande ersättare" not in persons["Tomas Berglund"][1]




def test_party_name_at_line_end_after_comma() -> None:
    text = "- Anna Berg, Socialdemokraterna\n- Olof Ek, Liberalerna\n"
    assert [(m.name, m.party) for m in find_people(text)] == [("Anna Berg", "S"), ("Olof Ek", "L")]


def test_case_officer_without_job_title() -> None:
    att = Attendance()
    text = "Handläggare:        Säkerhetssamordnare Jonas Wiklund\n"
    _case_officers(text, _mapped(text), att)
    assert set(att.people) == {"Jonas Wiklund"}


def test_author_of_dated_staff_report() -> None:
    att = Attendance()
    text = "Tjänsteskrivelse daterad 2025-10-06, socialchef Per Lindgren\n"
    _staff_report_authors(text, _mapped(text), att)
    assert set(att.people) == {"Per Lindgren"}


def test_utskott_of_two_joined_fields_after_owner() -> None:
    found = [n for n, _s, _e in find_organisations("Kommunstyrelsens ekonomi- och planeringsutskott behandlade.")]
    assert found == ["Kommunstyrelsens ekonomi- och planeringsutskott"]


# extract/organisations.py (ontology/gazetteer/organisations.csv)
def test_myndigheten_for_civilt_forsvar_is_an_organisation() -> None:
    found = [n for n, _s, _e in find_organisations("överenskommelsen mellan Myndigheten för civilt försvar och SKR")]
    assert "Myndigheten för civilt försvar" in found
    # also in the genitive: "enligt Skolforskningsinstitutets sammanställning"
    assert [n for n, _s, _e in find_organisations("enligt Skolforskningsinstitutets sammanställning")] == [
        "Skolforskningsinstitutet"]


def test_dotted_case_number_keeps_the_plan_code_after_a_second_point():
    assert [v for v, _, _ in find_case_numbers("Ks § 208     KS 2024.388.040", heading=True)] == ["KS 2024.388.040"]
    assert [v for v, _, _ in find_case_numbers("Dnr KS 2018.0120.")] == ["KS 2018.0120"]




def test_company_board_named_in_a_right_hand_title_column_is_the_body() -> None:
    text = (_BOARD_COLUMN_HEAD + "Närvarande: ledamöterna Per Odin och Ali Hassan\n\n"
            "§ 5\nHyresavtal\n\nKommunfullmäktige har godkänt ramen. Kommunfullmäktige beslutade 2023-12-13.\n\n"
            "Styrelsen beslutade att godkänna avtalet.\n")
    m = _minutes(text)
    assert m.body is not None and m.body.value == "Styrelsen"


def test_company_then_styrelsen_on_a_title_line_is_the_body() -> None:
    text = ("Protokollsutdrag\nExempelkraft AB, styrelsen\nSammanträdesdatum: 2024-10-17\n"
            "§ 58 Investering\nDen borgensram som kommunfullmäktige i Helsingborgs stad fastställde räcker inte.\n"
            "Styrelsen beslutar att godkänna investeringen.\n")
    m = _minutes(text)
    assert m.body is not None and m.body.value == "Styrelsen"


def test_stamma_title_wins_over_a_council_named_in_the_attendance_list() -> None:
    text = ("Protokoll fört vid ordinarie bolagsstämma (årsstämma) i Exempelvatten AB, org.nr 556000-0000\n"
            "Torsdagen den 25 april 2024, kl. 14.00\n"
            "Närvarande styrelseledamöter\tBo Ekstrand (ordförande)\n"
            "Övriga närvarande\tGert Alm, lekmannarevisor utsedd av kommunfullmäktige i Falkenbergs kommun\n"
            "§ 1\tStämmans öppnande\n\tOrdföranden öppnade stämman.\n"
            "§ 2\tGodkännande av dagordning\n\tDen i kallelsen intagna dagordningen godkändes.\n")
    m = _minutes(text)
    assert m.body is not None and m.body.value == "Bolagsstämman"


def test_church_local_unit_is_the_organisation() -> None:
    names = [n for n, _, _ in find_organisations("Planen togs fram med Svenska kyrkan i Härjedalens pastorat.")]
    assert names == ["Svenska kyrkan i Härjedalens pastorat"]


def test_church_local_unit_named_with_its_place_before_its_kind_without_i() -> None:
    names = [n for n, _, _ in find_organisations("Fritidsbanken drivs med Svenska kyrkan Ljusby pastorat i år.")]
    assert names == ["Svenska kyrkan Ljusby pastorat"]


def test_a_county_association_in_the_genitive_loses_its_s() -> None:
    names = [n for n, _, _ in find_organisations("Modellen togs fram i Kommunförbundet Hallands arbetsgrupp.")]
    assert names == ["Kommunförbundet Halland"]


def test_church_local_unit_named_by_its_place_alone() -> None:
    names = [n for n, _, _ in find_organisations("Träffarna ordnas med Svenska kyrkan i Ljusdal och föreningarna.")]
    assert names == ["Svenska kyrkan i Ljusdal"]
    names = [n for n, _, _ in find_organisations("Kontakt med Svenska kyrkan i kommunen.")]
    assert names == ["Svenska kyrkan"]


def test_utskott_after_genitive_at_line_end() -> None:
    names = [n for n, _, _ in find_organisations("Beslutet anmäldes till kommunstyrelsens\narbetsutskott 2024-01-08.")]
    assert names == ["Kommunstyrelsens arbetsutskott"]


# extract/organisations.py (ontology/gazetteer/organisations.csv)
def test_council_of_the_european_union_is_known() -> None:
    names = [n for n, _, _ in find_organisations("Direktivet aktiverades av Europeiska unionens råd 2022-03-04.")]
    assert names == ["Europeiska unionens råd"]


def test_a_labelled_case_number_keeps_a_class_code_after_a_space_at_the_lines_end():
    from kommungraf.extract.cases import find_case_numbers

    assert [n for n, _, _ in find_case_numbers("Ks § 78   Dnr 2024/42 346\nTaxa för vatten")] == ["2024/42 346"]
    # not a code that the sentence goes on after, nor four digits
    assert [n for n, _, _ in find_case_numbers("Dnr 2024/42 346 beslutades")] == ["2024/42"]
    assert [n for n, _, _ in find_case_numbers("Dnr 2024/42 3467\n")] == ["2024/42"]


def test_a_labelled_case_number_keeps_a_class_code_after_a_spaced_dash_at_the_lines_end():
    from kommungraf.extract.cases import find_case_numbers

    assert [n for n, _, _ in find_case_numbers("MN § 9   Dnr 2023/58 - 431\nTillsyn")] == ["2023/58 - 431"]
    assert [n for n, _, _ in find_case_numbers("Dnr 2023/58 – 43\n")] == ["2023/58 – 43"]
    # not a range that the sentence goes on after
    assert [n for n, _, _ in find_case_numbers("Dnr 2023/58 - 431 gäller")] == ["2023/58"]


def test_lo9_company_opening_with_sector_word_and_och_keeps_its_whole_name():
    assert _orgs("Tekniska nämnden och Vatten och Avfall i Norr AB föreslås teckna ett avtal.") == \
        ["Tekniska nämnden", "Vatten och Avfall i Norr AB"]
    assert _orgs("Trafikverket och Svevia AB har avtal.") == ["Trafikverket", "Svevia AB"]


def test_lo9_nämnd_named_without_article_and_with_its_field_in_lower_case():
    assert _orgs("Programnämnd social välfärd har yttrat sig över förslaget.") == ["Programnämnd social välfärd"]
    assert _orgs("Beslutet skickas till\nProgramnämnd samhällsbyggnad\n") == ["Programnämnd samhällsbyggnad"]
    assert _orgs("Socialnämnd beslutade att avslå.") == []


def test_lo9_unions_kommunal_and_vision_only_in_a_negotiation_sentence():
    assert _orgs("Förhandling enligt 11 § MBL har genomförts med Vision och Kommunal 2024-05-16.") == \
        ["Vision", "Kommunal"]
    assert _orgs("Projektet har en tydlig Vision och Kommunal service ska öka.") == []


def test_a_union_as_the_last_party_after_mellan_is_an_organisation_whatever_verb_follows():
    assert _orgs("Riksavtalet mellan Arbetsgivarverket och Vision reglerar lönerna.") == ["Arbetsgivarverket", "Vision"]
    # Not after a word in lower case, and not the bare union word of a named branch.
    assert _orgs("Gränsen mellan statlig och Kommunal verksamhet är otydlig.") == []
    assert "Vision" not in _orgs("Avtalet mellan Norrby kommun och Vision Sektion Norr gäller.")


def _document_orgs(text: str) -> list[str]:
    """The organisations of the minutes ``text``, as the document's record holds them."""
    return [o.value for o in _minutes(text).organisations]


_COMPANY_HEAD = "SKOGSHEM AB                                  PROTOKOLL\nStyrelsen\nDatum: 2024-05-02\n\n"


def test_roles_in_the_name_cells_of_a_roll_call_table():
    roles = _roles(_minutes(
        "Protokollsutdrag\nSkogshem AB, styrelsen\nSammanträdesdatum: 2024-10-17\n"
        "§ 58 Investering\nOmröstning\nOmröstning begärs.\nLedamot\tJa\tNej\tAvstår\n"
        "Jonas Berg (M), ordförande\tX\nAnders Pil (S), vice ordförande\t\tX\nErik Hov (C)\tX\n"
        "Mikael Dal (KD), tjänstgörande suppleant\tX\nSumma\t3\t1\t0\nBeslut\nStyrelsen beslutar att bifalla.\n"))
    assert "vice ordförande" in roles["Anders Pil"] and "ordförande" in roles["Jonas Berg"]
    assert roles["Mikael Dal"] == ("tjänstgörande ersättare",) and roles["Erik Hov"] == ()


def test_another_places_council_gives_the_place_only_in_a_company_minutes():
    text = (_COMPANY_HEAD + "§ 1 Investering\nInvesteringen ska underställas kommunfullmäktige i Kalmar kommun. "
            "Bolaget begär att kommunfullmäktige\ntar ställning. Sorsele kommuns kommunfullmäktige har godkänt avtalet."
            " Ombuden röstar enligt instruktion från kommunstyrelsen i respektive ägarkommun.\n"
            "Styrelsen beslutar att godkänna investeringen.\n")
    from kommungraf.extract import _bodies_of_other_place

    orgs = _document_orgs(text)
    assert "Kalmar kommun" in orgs and "Kommunfullmäktige" not in orgs and "Kommunstyrelsen" not in orgs
    hits = [("Kommunfullmäktige i Stockholms stad", 0, 35)]
    assert _bodies_of_other_place(hits, "Kommunfullmäktige i Stockholms stad", []) == [("Stockholms stad", 20, 35)]


def test_a_regions_board_named_with_its_region_stays_beside_the_region():
    text = ("Norrby kommun\nSocialnämnden\nDatum: 2024-03-05\n\n§ 1 Överenskommelse\n"
            "Regionstyrelsen i Region Gävleborg godkände överenskommelsen 2024-02-01.\n"
            "Socialnämnden godkänner överenskommelsen.\n")
    orgs = _document_orgs(text)
    assert "Regionstyrelsen" in orgs and "Region Gävleborg" in orgs


def test_the_own_municipalitys_council_named_with_its_place_stays():
    text = ("Falkenbergs kommun\nKommunstyrelsen\nDatum: 2024-03-05\n\n§ 1 Ärende\n"
            "Kommunstyrelsen föreslår kommunfullmäktige i Falkenbergs kommun att anta planen.\n")
    assert "Kommunfullmäktige" in _document_orgs(text)


def test_one_word_company_name_in_capitals_before_ab():
    assert _decapitalise("KALMARHEM AB   PROTOKOLL") == "Kalmarhem AB   PROTOKOLL"
    assert _decapitalise("SKB AB") == "SKB AB"
    assert [n for n, _, _ in find_organisations("HALLANDSTRAFIKEN AB\tStyrelseprotokoll")] == ["Hallandstrafiken AB"]


# extract/organisations.py, extract/__init__.py
def test_joint_nämnd_named_for_its_municipalities_is_the_body():
    m = _minutes(
        "Mora kommun\nTillståndsnämnden för Mora, Orsa och Älvdalen\nPROTOKOLLSUTDRAG\n"
        "Sammanträdesdag 2024-09-11\n\n"
        "§ 33 Ansökan om serveringstillstånd\n"
        "Tillståndsnämnden beslutar\natt bevilja ansökan.\n")
    assert m.body is not None and m.body.value == "Tillståndsnämnden för Mora, Orsa och Älvdalen"
    assert "Tillståndsnämnden" not in {o.value for o in m.organisations}


def test_joint_nämnd_named_in_its_municipalities_is_the_body():
    m = _minutes(
        "Överförmyndarnämnden i Ljusdal och Ovanåker\nSammanträdesdatum 2024-02-07\n\n"
        "§ 4 Redovisning av delegationsbeslut\nÖverförmyndarnämnden beslutar\natt lägga redovisningen till "
        "handlingarna.\n")
    assert m.body is not None and m.body.value == "Överförmyndarnämnden i Ljusdal och Ovanåker"
    assert "Överförmyndarnämnden" not in {o.value for o in m.organisations}


def test_company_name_with_camel_case_word_after_first_word():
    found = [n for n, _, _ in find_organisations("Granskningen gjordes av Öhrlings PricewaterhouseCoopers AB i mars.")]
    assert found == ["Öhrlings PricewaterhouseCoopers AB"]


def test_european_parliament_is_an_organisation():
    found = [n for n, _, _ in find_organisations("Val till Europaparlamentet hålls den 9 juni 2024.")]
    assert found == ["Europaparlamentet"]


def test_european_parliament_in_regulation_title_is_no_organisation():
    found = [n for n, _, _ in find_organisations("enligt Europaparlamentets och rådets förordning (EU) 2016/679")]
    assert "Europaparlamentet" not in found


def test_registry_letters_run_into_year_and_serial_after_a_label():
    found = [v for v, _, _ in find_case_numbers("Dnr BUN 2024/00201, Region Hallands dnr RS240087")]
    assert found == ["BUN 2024/00201", "RS240087"]
    assert not [v for v, _, _ in find_case_numbers("Modell RS240087 levereras.", heading=True)]


def test_rescue_service_name_wrapped_after_its_first_word():
    text = "dygnet runt. Räddningstjänsten\nStorgöteborg och Räddningstjänsten Väst har erbjudit sig"
    assert [n for n, _, _ in find_organisations(text)] == ["Räddningstjänsten Storgöteborg", "Räddningstjänsten Väst"]
    assert not [n for n, _, _ in find_organisations("Skickas till: Räddningstjänsten\nJusterandes sign")]


def test_county_museum_is_an_organisation_but_not_a_definite_genitive_one():
    assert [n for n, _, _ in find_organisations("Bohusläns museum har lämnat synpunkter.")] == ["Bohusläns museum"]
    assert [n for n, _, _ in find_organisations("Kalmar läns museum yttrar sig.")] == ["Kalmar läns museum"]
    assert not list(find_organisations("Skissernas museum och kommunens museum."))


def test_a_company_after_i_and_a_genitive_starts_at_the_genitive():
    assert [n for n, _s, _e in find_organisations("Kommunala bolag i Jönköpings Rådhus AB-koncernen redovisas.")] \
        == ["Jönköpings Rådhus AB"]
    assert [n for n, _s, _e in find_organisations("Länstrafiken i Norrbotten AB")] == ["Länstrafiken i Norrbotten AB"]


def test_a_labelled_serial_with_a_hyphen_and_a_two_digit_year_is_a_case_number() -> None:
    assert [v for v, _, _ in find_case_numbers("Dnr 412-08\n")] == ["412-08"]
    assert [v for v, _, _ in find_case_numbers("Dnr 1043-07", heading=True)] == ["1043-07"]
    # Without a label the form is too plain; a year and a month is no serial.
    assert not list(find_case_numbers("§ 4  Avgifter 412-08", heading=True))
    assert not list(find_case_numbers("Dnr 2008-12"))


def test_a_labelled_two_digit_year_with_a_hyphen_and_a_serial_is_a_case_number() -> None:
    assert [v for v, _, _ in find_case_numbers("(Regionförbundets dnr 07-1245)")] == ["07-1245"]
    # Without a label the form is too plain, also on the § line; a full year and a month is no such number.
    assert not list(find_case_numbers("§ 4  Telefon 08-1245", heading=True))
    assert not list(find_case_numbers("Dnr 2007-1245-3"))


def test_a_labelled_number_of_letters_a_slash_and_the_year_run_into_the_serial_is_a_case_number() -> None:
    assert [v for v, _, _ in find_case_numbers("(regionens dnr RJ/100342)")] == ["RJ/100342"]
    assert not list(find_case_numbers("§ 9  Bidrag till RJ/100342", heading=True))  # too plain without a label


def test_the_title_landstingsradet_before_a_name_is_no_part_of_it() -> None:
    found = [(m.name, m.party) for m in find_people("Landstingsrådet Ulla Berg (s): Bifall till förslaget.")]
    assert found == [("Ulla Berg", "S")]


def test_the_title_namndemannen_before_a_name_is_no_part_of_it_and_gives_no_role() -> None:
    found = [(m.name, m.party, m.roles) for m in find_people("Nämndemannen Sixten Ågren (KD) har flyttat.")]
    assert found == [("Sixten Ågren", "KD", ())]


def test_a_landsting_masthead_in_capitals_names_the_landsting() -> None:
    assert [n for n, _, _ in find_organisations("LANDSTINGET DALARNA\tPROTOKOLL")] == ["Landstinget Dalarna"]


def test_a_county_police_authority_is_named_with_its_county() -> None:
    found = [n for n, _, _ in find_organisations("Polismyndigheten i Hallands län har yttrat sig över förslaget.")]
    assert found == ["Polismyndigheten i Hallands län"]


def test_an_advisory_council_giving_an_opinion_is_an_organisation() -> None:
    assert [n for n, _, _ in find_organisations("Handikapprådets yttrande 2006-10-05")] == ["Handikapprådet"]
    assert not list(find_organisations("Handikapprådet träffas fyra gånger per år."))


def test_joint_nämnd_named_by_compass_adjective_and_region_is_one_organisation():
    found = [name for name, _, _ in find_organisations(
        "Miljönämnden Östra Skaraborg är en gemensam nämnd. Miljö- och byggnämnden Norra Dalsland yttrade sig.")]
    assert found == ["Miljönämnden Östra Skaraborg", "Miljö- och byggnämnden Norra Dalsland"]


def test_joint_nämnd_named_by_i_and_a_compass_adjective_and_region_is_one_organisation():
    found = [name for name, _, _ in find_organisations(
        "Byggnämnden i Södra Vätterbygden och Tekniska nämnden har yttrat sig. Miljönämnden i Västra Dalarnas län.")]
    assert found == ["Byggnämnden i Södra Vätterbygden", "Tekniska nämnden", "Miljönämnden"]
    # A region's own nämnd: the region is an organisation of its own, no part of the nämnd's name.
    found = [name for name, _, _ in find_organisations("Kulturnämnden i Södra Fjällregionen har yttrat sig.")]
    assert found == ["Kulturnämnden", "Södra Fjällregionen"]


def test_cooperative_whose_name_opens_with_acronym_is_one_organisation():
    found = [name for name, _, _ in find_organisations("Huset byggs av HSB Göta ekonomisk förening som ansöker.")]
    assert found == ["HSB Göta ekonomisk förening"]


def test_joint_nämnd_by_region_heads_its_own_minutes_as_body():
    assert is_body("Miljönämnden Östra Skaraborg")
    m = _minutes("SKÖVDE KOMMUN\tPROTOKOLLSUTDRAG\nMiljönämnden Östra Skaraborg\tSammanträdesdatum: 2024-03-21\n\n"
                 "§ 47\tMiljösanktionsavgift\n\nBeslut\nMiljönämnden beslutar att ta ut avgiften.\n")
    assert m.body is not None and m.body.value == "Miljönämnden Östra Skaraborg"
    assert "Miljönämnden" not in {o.value for o in m.organisations}


def test_a_decision_points_infinitive_is_no_first_name():
    found = [(p.name, p.party) for p in find_people("- Entlediga Elin Sand (S) från sitt uppdrag.\n"
                                                    "- Välja Mikael Öhrn (S) till ledamot.")]
    assert found == [("Elin Sand", "S"), ("Mikael Öhrn", "S")]


def test_a_company_after_a_lower_case_noun_and_i_is_the_company_alone():
    names = [n for n, _, _ in find_organisations("- Föreslå årsstämman i Hallandstrafiken AB att välja X.\n"
                                                 "Vi föreslår bolagsstämman i Sigtuna Vatten och Renhållning AB att …")]
    assert names == ["Hallandstrafiken AB", "Sigtuna Vatten och Renhållning AB"]
    assert [n for n, _, _ in find_organisations("Länstrafiken i Norrbotten AB")] == ["Länstrafiken i Norrbotten AB"]


def test_a_company_after_a_capitalised_plural_definite_noun_and_i_is_the_company_alone():
    names = [n for n, _, _ in find_organisations("Granskningen är klar. Revisorerna i Ådals Energi AB har lämnat "
                                                 "sin rapport.\nÄgarna i Bergby Hamn AB möts i maj.")]
    assert names == ["Ådals Energi AB", "Bergby Hamn AB"]
    assert [n for n, _, _ in find_organisations("Fjärrvärmen i Bergby AB")] == ["Fjärrvärmen i Bergby AB"]


def test_a_rescue_service_named_by_a_definite_place_mid_sentence_is_kept():
    names = [n for n, _, _ in find_organisations("- Protokoll från Bergslagens Räddningstjänsts direktion.")]
    assert names == ["Bergslagens Räddningstjänst"]
    assert [n for n, _, _ in find_organisations("Kommunens Räddningstjänst har yttrat sig.")] == []


# extract/organisations.py (the gazetteer)
def test_the_audit_firm_pwc_is_an_organisation_as_written():
    names = [n for n, _, _ in find_organisations("- Revisionsrapport – granskning av lönehanteringen, PwC, mars 2024.")]
    assert names == ["PwC"]


def test_a_regions_compact_number_after_a_diarienummer_label_is_a_case_number():
    assert [v for v, _, _ in find_case_numbers("Diarienummer RS240318\n")] == ["RS240318"]
    assert [v for v, _, _ in find_case_numbers("Beslutet gäller RS240318 i texten.")] == []


def test_the_elected_in_a_table_with_a_party_column_are_people_with_that_party():
    m = _minutes(_KF_HEAD + "\n§ 5   Fyllnadsval\n\nValberedningen föreslår:\n"
                 "Organ\tUppdrag\tNamn\tParti\n"
                 "Vård- och omsorgsnämnden\tledamot\tJonas Pihl\tM\n"
                 "Katrineholmsbostäder AB\tstyrelseledamot\tAli Demir\tS\n"
                 "\nBeslut\nValberedningens förslag bifalls.\n")
    people = {p.name: (p.party, p.roles) for p in m.persons}
    assert people["Jonas Pihl"] == ("M", ())
    assert people["Ali Demir"] == ("S", ())


def test_a_medborgarforslag_that_has_arrived_from_a_person_names_its_author():
    m = _minutes(_KF_HEAD + "\n§ 5   Medborgarförslag om belysning\n\n"
                 "Ett medborgarförslag har inkommit 2024-03-19 från Karin Dahlgren.\n\nBeslut\n"
                 "Medborgarförslaget överlämnas till samhällsbyggnadsnämnden.\n")
    assert "Karin Dahlgren" in {p.name for p in m.persons}


def test_substitute_said_to_have_served_in_a_members_place_is_serving_substitute_only():
    text = ("Krisledningsnämnden\nSammanträdesdatum: 2024-08-14\n\nDeltagande ledamöter (svar via e-post)\n"
            "  Lars Björk (S), ordförande\n  Anette Lerstad (S)\n\n"
            "Ledamoten Stig Backlund (V) har inte besvarat utskicket. Ersättaren\n"
            "Maja Lindh (V) har tjänstgjort i hans ställe.\n" + _PAR)
    roles = _roles(_minutes(text))
    assert roles["Maja Lindh"] == ("tjänstgörande ersättare",)
    assert roles["Anette Lerstad"] == ("ledamot",)


def test_substitute_serving_for_one_paragraph_keeps_the_lists_role():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-08-14\nBeslutande\tLars Björk (S), ordförande\n"
            "Ersättare\tTomas Berg (C)\n\n§ 1\tDnr KS 2024/5\nVindkraft\nJäv\nErik Lund (C) anmäler jäv. "
            "Ersättaren Tomas Berg (C) tjänstgör i hans ställe under denna paragraf.\nBeslut\nFörslaget bifalls.\n")
    assert _roles(_minutes(text))["Tomas Berg"] == ("ersättare",)


def test_name_without_its_acute_accent_is_the_listed_name():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-05-20\nBeslutande\tÁila Kitok (S), ordförande\n"
            "\tPer Holm (S)\n\n§ 1\tDnr KS 2024/5\nYttrande\nYrkanden\nAila Kitok (S) yrkar bifall till förslaget.\n"
            "Beslut\nFörslaget bifalls.\n")
    m = _minutes(text)
    assert [p.name for p in m.persons] == ["Áila Kitok", "Per Holm"]
    assert [r.name for pr in _par(m, "1").proposals for r in pr.by] == ["Áila Kitok"]


def test_signature_name_with_rn_for_m_is_the_listed_person():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-05-20\nBeslutande\tNiila Länsman (S), ordförande\n"
            "\tPer Holm (S)\nUnderskrifter\tOrdförande\n\tNiila Länsrnan\n" + _PAR)
    assert [p.name for p in _minutes(text).persons] == ["Niila Länsman", "Per Holm"]


def test_member_marked_obunden_is_a_person_without_party():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2013-03-05\n\n§ 34\tDnr KS 2013/87\nVattenplan\nBeslut\n"
            "Planen antas.\nSärskilt yttrande\nStefan Andersson (obunden) lämnar följande särskilda yttrande:\n"
            '"Vattnet måste prioriteras."\n')
    m = _minutes(text)
    assert any(p.name == "Stefan Andersson" and p.party is None for p in m.persons)
    assert [(st.kind, [r.name for r in st.by]) for st in _par(m, "34").statements] == \
        [("särskilt yttrande", ["Stefan Andersson"])]


def test_case_numbers_year_before_letters_finnish_dnro_and_agency_arende():
    assert [v for v, _s, _e in find_case_numbers("Dnr 2013KS/0087")] == ["2013KS/0087"]
    assert [v for v, _s, _e in find_case_numbers("Tornion kaupungin dnro TORDno-2024-311")] == ["TORDno-2024-311"]
    assert [v for v, _s, _e in find_case_numbers("(Tillväxtverkets ärende 20367891).")] == ["20367891"]
    assert list(find_case_numbers("TORDno-2024-311 och ärendet 20367891")) == []


def test_case_numbers_after_an_agencys_beteckning():
    # The sender's own label for its number: "<agency>s beteckning", "Er beteckning"; not a party's "partibeteckning".
    assert [v for v, _s, _e in find_case_numbers("Länsstyrelsens beteckning: 4412-20931-2023")] == ["4412-20931-2023"]
    assert [v for v, _s, _e in find_case_numbers("Er beteckning 412-08")] == ["412-08"]
    assert list(find_case_numbers("Partibeteckning: 412-08")) == []


def test_role_in_brackets_after_a_name_wrapped_over_two_lines():
    text = ("Kulturnämnden\nSammanträdesdatum: 2024-02-20\nBeslutande\tYlva Hansson (S), ordförande\n"
            "\tGustaf Åhlin (M)\n" + _PAR
            + "\nJusterat den 27 februari 2024: Ylva Hansson (ordförande), Gustaf\nÅhlin (justerare)\n")
    assert "justerare" in _roles(_minutes(text))["Gustaf Åhlin"]


def test_h84_a_diaconal_foundation_named_by_place_and_diakoni() -> None:
    found = [n for n, _, _ in find_organisations("Avtalet tecknas mellan nämnden och Ersta\ndiakoni och omfattar")]
    assert found == ["Ersta diakoni"]
    assert [n for n, _, _ in find_organisations("Församlingens diakoni växer.")] == []


def test_h84_a_sentence_subject_and_verb_before_a_company_are_not_its_name() -> None:
    found = [n for n, _, _ in find_organisations("2024-11-30. Förslaget påverkar hur Jämtkraft AB och övriga bolag")]
    assert found == ["Jämtkraft AB"]
    assert [n for n, _, _ in find_organisations("Fjärrvärmen i Osby AB")] == ["Fjärrvärmen i Osby AB"]


def test_h84_two_digit_year_and_registry_letters_before_a_slash() -> None:
    assert [n for n, _, _ in find_case_numbers("§ 78\tTaxa 2025\tÄrendenr: 24KS/0134", heading=True)] == ["24KS/0134"]
    assert [n for n, _, _ in find_case_numbers("Dnr 23BMN/0412")] == ["23BMN/0412"]


def test_compass_district_nämnd_in_indefinite_form_is_an_organisation() -> None:
    assert "Stadsområdesnämnd Öster" in _orgs("Avtal mellan Stadsområdesnämnd Öster och Polisområde Malmö.")


def test_compass_district_nämnd_in_indefinite_form_is_a_body() -> None:
    assert is_body("Stadsområdesnämnd Öster")
    assert is_body("Stadsdelsnämnd Väster")


def test_stadsmission_and_police_area_by_place_after_kind() -> None:
    orgs = _orgs("Yttrande från Stadsmissionen i Västerås. Avtal med Polisområde Malmö om samverkan.")
    assert "Stadsmissionen i Västerås" in orgs
    assert "Polisområde Malmö" in orgs


def test_bare_spf_seniorerna_is_an_organisation_but_a_branch_keeps_its_place() -> None:
    assert "SPF Seniorerna" in _orgs("Inga Rask\t\tSPF Seniorerna, pensionärsrådet\n")
    assert "SPF Seniorerna Kallinge" in _orgs("Ledamot för SPF Seniorerna Kallinge.")


def test_bare_spf_seniorerna_as_a_sentences_subject_and_a_riksorganisation_are_organisations() -> None:
    orgs = _orgs("I Bergby har SPF Seniorerna och Hörselskadades riksorganisation öppna träffar. "
                 "SPF Seniorerna ordnar även resor.\n")
    assert "SPF Seniorerna" in orgs and "Hörselskadades riksorganisation" in orgs
    assert "SPF Seniorerna Bergby" in _orgs("Träffen ordnas av SPF Seniorerna Bergby i år.")


def test_union_of_a_listed_representative_is_an_organisation() -> None:
    assert _orgs("Personalföreträdare  Ulla Hed (Vision)\n") == ["Vision"]
    assert _orgs("Dragan Petrović\t\tfacklig företrädare, Vision\nInga Rask\n") == ["Vision"]
    assert _orgs("Fackliga företrädare\tSiv Ahl, Kommunal; Tomas Rydh, Vision\n") == ["Kommunal", "Vision"]


def test_union_words_elsewhere_stay_no_names() -> None:
    assert _orgs("Förvaltningen har en Vision, som antogs 2020.\nKommunal service ska vara god.\n") == []


def test_organisation_in_parentheses_of_a_representative_without_role() -> None:
    source = "Rådet för funktions- Ingrid Mörk (Neuroförbundet)\nOla Ek (S) (Torsås)\n"
    att = Attendance()
    start = source.index("Ingrid")
    att.people["Ingrid Mörk"] = PersonInfo("Ingrid Mörk", None, [], start, start + len("Ingrid Mörk"))
    start = source.index("Ola")
    att.people["Ola Ek"] = PersonInfo("Ola Ek", "S", [], start, start + len("Ola Ek"))
    assert [o.value for o in _represented_organisations(att, source, set())] == ["Neuroförbundet"]


def test_no_organisation_from_a_members_line_or_a_role_in_parentheses() -> None:
    source = "Roland Ek (M) (Nybro) istf Ulla Sten (Torsås)\nAnna Berg (ersättare)\n"
    att = Attendance()
    for name in ("Ulla Sten", "Anna Berg"):
        start = source.index(name)
        att.people[name] = PersonInfo(name, None, [], start, start + len(name))
    assert _represented_organisations(att, source, set()) == []


def test_representative_title_before_a_name_is_no_part_of_it() -> None:
    found = list(find_people("Insynsplatsen Jonas Blad (KD) får anteckna till protokollet."))
    assert [(m.name, m.party) for m in found] == [("Jonas Blad", "KD")]


def test_union_in_brackets_after_a_personalföreträdare_gives_a_person_without_party() -> None:
    found = list(find_people("Personalföreträdaren Lise Nord (Vision) antecknar att resurserna måste säkras."))
    assert [(m.name, m.party) for m in found] == [("Lise Nord", None)]
    assert list(find_people("Lise Nord (Vision) antecknar.")) == []


def test_an_utskott_named_by_an_adjective_after_its_owner_is_one_organisation():
    found = [n for n, _s, _e in find_organisations("Protokoll från Kommunstyrelsens allmänna utskott 2024-09-17")]
    assert found == ["Kommunstyrelsens allmänna utskott"]


def test_a_lower_case_beredning_in_the_genitive_before_its_report_is_an_organisation():
    found = [n for n, _s, _e in find_organisations("Förslaget bygger på arvodesberedningens rapport 2023-12-06 "
                                                   "och på budgetberedningen i höst.")]
    assert found == ["Arvodesberedningen"]


def test_heldout91_case_numbers_keep_their_class_codes() -> None:
    from kommungraf.extract.cases import find_case_numbers

    assert [v for v, _s, _e in find_case_numbers("§ 78   KS-2024/615.111", heading=True)] == ["KS-2024/615.111"]
    assert [v for v, _s, _e in find_case_numbers("Diarienummer: 2024/0387 04\n")] == ["2024/0387 04"]


def test_an_area_council_acting_as_sender_is_an_organisation_but_a_councillor_title_is_not():
    found = [n for n, _s, _e in find_organisations("Bergslagsrådet har gett kommunen tillfälle att yttra sig "
                                                   "(Bergslagsrådets dnr BR 2024/3).")]
    assert found == ["Bergslagsrådet", "Bergslagsrådet"]
    assert not [n for n, _s, _e in find_organisations("Kommunalrådet har gett förvaltningen i uppdrag.")]


def test_a_registry_word_number_keeps_its_spaced_class_code() -> None:
    assert [v for v, _s, _e in find_case_numbers("Dnr Ks 2020/284 045")] == ["Ks 2020/284 045"]


def test_an_appendix_reference_is_no_case_number() -> None:
    assert list(find_case_numbers("Åsa Lindqvist (v) lämnar ett särskilt yttrande, bilaga KS 2010/33.")) == []


def test_a_delegation_decision_number_is_no_case_number() -> None:
    text = ("Dnr               Åtgärd                 Beslut nr\n"
            "BN 2024-000311    Bygglov, garage        DB 2024-0871\n"
            "BN 2024-000402    Startbesked, förråd    D 2024-93\n")
    assert [n for n, _s, _e in find_case_numbers(text)] == ["BN 2024-000311", "BN 2024-000402"]


def test_a_joined_nämnd_of_another_municipality_keeps_its_municipality() -> None:
    m = _minutes("Miljönämnden\nSammanträdesdatum 2025-03-20\nOrdförande: Anna Ek (S)\n\n"
                 "MN § 23      Avtal om samverkan\n\nÄrendet\nMiljö- och byggnadsnämnden i Mörbylånga kommun beslutade "
                 "den 18 februari 2025 att föreslå ett avtal.\n\nBeslut\nMiljönämnden godkänner avtalet.\n")
    assert "Miljö- och byggnadsnämnden i Mörbylånga kommun" in {o.value for o in m.organisations}


def test_a_group_word_gives_no_ledamot_role_to_the_vice_chair() -> None:
    m = _minutes("Barn- och utbildningsnämnden\nSammanträdesdatum 2024-05-14\nOrdförande\tAnna Sjölund (M)\n"
                 "Vice ordförande\tHelena Qvist (S)\nLedamöter\tLeila Ahmadi (S)\n\n"
                 "§ 38 Budget\nBeslut\nNämnden antar budgeten.\nReservation\n"
                 "Ledamöterna Leila Ahmadi (S), Göran Flink (S) och Helena Qvist (S) reserverar sig mot beslutet.\n")
    assert "ledamot" not in _roles(m)["Helena Qvist"]
    assert "ledamot" in _roles(m)["Göran Flink"]


def test_members_named_without_parties_after_ledamoterna_for_a_group_are_ledamoter() -> None:
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2010-05-14\nOrdförande\tAnna Sjölund (M)\n"
                 "Beslutande\tLeila Ahmadi (S)\n\tGöran Flink (V)\n\tHelena Qvist (S)\n\n"
                 "§ 38 Budget\nBeslut\nNämnden antar budgeten.\n"
                 "Ledamöterna för s/v, Leila Ahmadi, Göran Flink och Anna Sjölund, reserverar sig mot beslutet.\n")
    roles = _roles(m)
    assert "ledamot" in roles["Leila Ahmadi"] and "ledamot" in roles["Göran Flink"]
    assert "ledamot" not in roles["Helena Qvist"] and roles["Anna Sjölund"] == ("ordförande",)


def test_a_name_with_its_initials_in_brackets_is_no_person() -> None:
    assert list(find_people("Kommunen är medlem i Avfallshantering Östra Skaraborg (AÖS) som ansvarar för")) == []


def test_capitalised_words_with_their_initials_in_brackets_are_an_organisation() -> None:
    found = [n for n, _s, _e in find_organisations("Kommunen är medlem i Avfallshantering Östra Skaraborg (AÖS).")]
    assert "Avfallshantering Östra Skaraborg" in found


def test_a_definite_noun_and_sverige_is_a_national_organisation() -> None:
    found = [n for n, _s, _e in find_organisations("en fritidsbank i samarbete med Fritidsbanken Sverige.")]
    assert found == ["Fritidsbanken Sverige"]


def test_ska_before_nämnden_names_no_body() -> None:
    assert list(find_organisations("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den följs.")) == []


def test_a_title_lines_document_word_is_no_place_of_a_one_word_forbund():
    names = [n for n, _s, _e in find_organisations("Käppalaförbundet Protokoll Förbundsfullmäktige\n")]
    assert names == ["Käppalaförbundet"]


def test_a_rescue_forbund_named_by_a_compass_adjective_and_its_region():
    names = [n for n, _s, _e in find_organisations("RÄDDNINGSTJÄNSTEN ÖSTRA SKARABORG\nmellan Räddningstjänsten "
                                                   "Västra Blekinge och Ronneby kommun")]
    assert names[:2] == ["Räddningstjänsten Östra Skaraborg", "Räddningstjänsten Västra Blekinge"]


def test_a_joint_namnd_named_by_its_regions_genitive_after_a_compass_adjective():
    names = [n for n, _s, _e in find_organisations("Södra Roslagens miljö- och hälsoskyddsnämnd    2024-09-19\n")]
    assert names == ["Södra Roslagens miljö- och hälsoskyddsnämnd"]


def test_a_joint_namnds_minutes_are_the_named_host_municipalitys():
    m = _minutes("Södra Roslagens miljö- och hälsoskyddsnämnd    2024-09-19\n"
                 "Gemensam nämnd för Vaxholms stad och Österåkers kommun\n(värdkommun: Österåkers kommun)\n\n"
                 "Beslutande   Gunnel Frisk (M) ordförande\n\n§ 78\nTaxa\n\nBeslut\nNämnden antar taxan.\n")
    assert m.municipality == "Österåkers kommun"
    assert m.body is not None and m.body.value == "Södra Roslagens miljö- och hälsoskyddsnämnd"


def test_a_one_word_forbund_first_on_the_title_line_issues_its_organs_minutes():
    m = _minutes("Käppalaförbundet Protokoll Förbundsfullmäktige\nFörbundsfullmäktige – sammanträde 2024-06-11\n"
                 "Närvaro per medlemskommun\nLidingö stad\tUlf Berg (M), ordförande\n\n"
                 "9 § Val av justerare\nFörbundsfullmäktiges beslut: Karin Ek (S) utses.\n")
    assert m.municipality == "Käppalaförbundet"


def test_a_titled_organ_with_a_right_hand_column_after_a_tab():
    m = _minutes("RÄDDNINGSTJÄNSTEN ÖSTRA SKARABORG\nKommunalförbund för Skövde och Hjo\n"
                 "PROTOKOLL – Direktionen\tSammanträdesdatum 2024-04-18\n"
                 "Ordförande: Katarina Hjelm (M)\n§ 12\tÅrsredovisning\nDirektionen godkänner årsredovisningen.\n")
    assert m.body is not None and m.body.value == "Direktionen"
    assert m.municipality == "Räddningstjänsten Östra Skaraborg"


def test_a_council_keeping_minutes_and_a_ska_adjective_riksforbund_in_the_definite_form() -> None:
    names = [n for n, _, _ in find_organisations("– Minoritetsrådets protokoll 2024-08-27\n"
                                                  "i samråd med Sverigefinska riksförbundet och andra.")]
    assert names == ["Minoritetsrådet", "Sverigefinska riksförbundet"]
    assert [n for n, _, _ in find_organisations("Kommunalrådets protokoll")] == []


def test_a_listed_name_spelt_another_way_maps_to_the_listed_name():
    from kommungraf.extract.attendance import Attendance
    from kommungraf.extract.names import typo_name_forms

    att = Attendance()
    for name, party in (("Mikaela Strömberg", "M"), ("Nadja Perić", "V"), ("Peter Wahlström", "SD"),
                        ("Ann-Sofie Ljung", "KD"), ("Eva Wikström", "S"), ("Anna Berg", "S"),
                        ("Mona Karlsson", "S")):
        att.add(name, party, None, 0, len(name))
    text = ("Michaela Strömberg (M) anmäler en protokollsanteckning. Ersättaren Nadja Peric (V) instämmer. "
            "Peter Wahlströn (SD) yrkar avslag. Annsofie Ljung (KD) antecknar. Eva Vikström (S) yrkar bifall. "
            "Eva Wikströms yrkande. Anna Borg (S) yrkar. Mona Karlssen (M) yrkar.")
    forms = typo_name_forms(text, att.people)
    # Not the genitive of a listed name, a short word one letter off, nor a form with another party.
    assert forms == {"Michaela Strömberg": "Mikaela Strömberg", "Nadja Peric": "Nadja Perić",
                     "Peter Wahlströn": "Peter Wahlström", "Annsofie Ljung": "Ann-Sofie Ljung",
                     "Eva Vikström": "Eva Wikström"}


def test_an_unlisted_name_written_first_with_its_party_is_the_form_of_its_later_misspelling():
    from kommungraf.extract.names import typo_name_forms

    text = "NEJ 4   Annika Rydén (S), Fredrik Bengtsson (S)\n\nAnnika Rydén och Fredrik Bengtson reserverar sig."
    assert typo_name_forms(text, {}) == {"Fredrik Bengtson": "Fredrik Bengtsson"}


# extract/__init__.py (spelling variants through typo_name_forms)
def test_a_paragraph_fact_under_a_variant_spelling_goes_to_the_listed_person():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-06-05\nBeslutande\nHenrik Ståhl (M), ordförande\n"
                 "Mikaela Strömberg (M)\nJeanette Holm (SD)\n\n§ 145\nÖverenskommelse\n"
                 "Yrkanden\nJeanette Holm (SD) yrkar avslag.\nBeslut\nKommunstyrelsen godkänner överenskommelsen.\n"
                 "Protokollsanteckning\nMichaela Strömberg (M) anmäler en protokollsanteckning.\n")
    assert "Michaela Strömberg" not in {p.name for p in m.persons}
    assert [r.name for st in _par(m, "145").statements for r in st.by] == ["Mikaela Strömberg"]


# extract/names.py and extract/paragraph.py
def test_one_party_for_a_whole_list_of_reservants():
    from kommungraf.extract.names import group_party_people

    text = "Annika Rydén, Fredrik Bengtson och Agneta Lindholm (samtliga S) samt Kristina Ohlsson (MP) reserverar sig."
    assert [(p.name, p.party) for p in group_party_people(text)] == [
        ("Annika Rydén", "S"), ("Fredrik Bengtson", "S"), ("Agneta Lindholm", "S")]
    m = _minutes("Kommunstyrelsen\nPROTOKOLLSUTDRAG\nSammanträdesdatum: 2024-05-27\n\nKS § 112   Förvärv\n\n"
                 "Beslut\nKommunstyrelsen godkänner köpeavtalet.\n\nReservation\n" + text + "\n")
    reservants = {r.name for st in _par(m, "112").statements for r in st.by}
    assert reservants == {"Annika Rydén", "Fredrik Bengtson", "Agneta Lindholm", "Kristina Ohlsson"}


def test_a_förbund_name_cut_by_a_line_break_after_its_place():
    from kommungraf.extract.organisations import find_organisations

    text = ("Avtalet har förhandlats fram av räddningscheferna och har stämts av med Kalmarsundsregionens\n"
            "Räddningstjänstförbund, som från 2025 ingår i ledningssystemet.")
    assert [n for n, _s, _e in find_organisations(text)] == ["Kalmarsundsregionens Räddningstjänstförbund"]
    title = "Yttrande över förslag till ny förbundsordning för Södra Älvsborgs\nRäddningstjänstförbund"
    assert [n for n, _s, _e in find_organisations(title)] == ["Södra Älvsborgs Räddningstjänstförbund"]
    # A short line (a list, a heading) is not running text that wrapped.
    assert "Beslutets Räddningstjänstförbund" not in [n for n, _s, _e in
                                                      find_organisations("Beslutets\nRäddningstjänstförbund")]


def test_utskott_owned_by_a_nämnd_named_with_an_adjective_is_the_meeting_body():
    m = _minutes("Tekniska nämndens arbetsutskott\nSammanträdesdatum 2025-02-04\n"
                 "Närvarande  Ordförande Jenny Nordlund (S)\n" + _PARAGRAPH)
    assert m.body is not None and m.body.value == "Tekniska nämndens arbetsutskott"
    names = [n for n, _, _ in find_organisations("enligt Regionala utvecklingsnämndens arbetsutskott 2025-05-02")]
    assert names == ["Regionala utvecklingsnämndens arbetsutskott"]


def test_joined_kommunala_council_and_regionala_beredning_are_organisations():
    text = ("Kommunala pensionärs- och tillgänglighetsrådet har yttrat sig. "
            "Regionala kollektivtrafikberedningen behandlade förslaget.")
    names = {n for n, _, _ in find_organisations(text)}
    assert {"Kommunala pensionärs- och tillgänglighetsrådet", "Regionala kollektivtrafikberedningen"} <= names


def test_case_number_with_a_camel_case_registry_code():
    assert [v for v, _, _ in find_case_numbers("§ 56\tKulturpris 2024\tKoF 2024/00118", heading=True)] == \
        ["KoF 2024/00118"]


def test_people_listed_after_a_plural_title_with_their_employers():
    names = {p.name for p in _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2025-02-10\n\n§ 12\nÄgardirektiv\n\nSammanfattning\n"
        "Bolagens verkställande direktörer, Tomas Gran, Bodens Energi\nAB, och Kristina Lax, Bodens Utveckling AB, "
        "har informerat.\n\nBeslut\nKommunstyrelsen beslutar att godkänna direktiven.\n").persons}
    assert {"Tomas Gran", "Kristina Lax"} <= names and "Bodens Energi" not in names


def _paged(pages: list[str]):
    from pathlib import Path

    from kommungraf.extract import extract_minutes
    from kommungraf.source import SourceText

    starts, at = [], 0
    for page in pages:
        starts.append(at)
        at += len(page) + 1
    return extract_minutes(SourceText(Path("x.pdf"), "\f".join(pages), "application/pdf", "0" * 64, tuple(starts)))


@pytest.mark.parametrize("head", ["Norrby kommun • Kommunstyrelsen • Sida {n} av 3", "N O R R B Y   K O M M U N"])
def test_the_issuer_named_only_in_running_heads_wins_over_a_neighbour_the_text_names_first(head: str) -> None:
    # The first page's logo is a picture; the municipality that keeps the minutes is named only in what every page
    # repeats, while § 12 writes about a neighbour, the first municipality the text names.
    body = ["PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2025-02-04\nOrdförande Eva Lind (S)\n\n"
            "§ 12 Yttrande över vägplan\nStorviks kommun och Trafikverket har tagit fram en vägplan.\n"
            "Beslut\nKommunstyrelsen antar yttrandet.\n",
            "§ 13 Anmälningar\nBeslut\nAnmälningarna läggs till handlingarna.\n",
            "§ 14 Avslutning\nBeslut\nOrdföranden förklarar sammanträdet avslutat.\n"]
    top = "{n}" not in head
    pages = [(f"{head}\n{page}" if top else f"{page}\n{head.format(n=n)}") if (n > 1 or not top) else page
             for n, page in enumerate(body, 1)]
    assert _paged(pages).municipality == "Norrby kommun"
    assert _paged(body).municipality == "Storviks kommun"  # without the heads, the first one named


@pytest.mark.parametrize("text, names", [
    ("Ärendet har beretts i Beredningen för folkhälsa 2024-02-01, § 3.", ["Beredningen för folkhälsa"]),
    ("enligt Beredningen för kultur och fritids förslag", ["Beredningen för kultur och fritid"]),
    ("Ärendet lämnas till Beredningen för beslut.", []),
])
def test_a_beredning_named_by_its_remit(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_a_football_club_named_fc():
    assert [n for n, _, _ in find_organisations("avtalet mellan Norrby kommun och Norrby Bois FC om driften")] == \
        ["Norrby kommun", "Norrby Bois FC"]


def test_a_sports_club_whose_kind_comes_before_its_name():
    assert [n for n, _, _ in find_organisations("avtalet mellan Norrby kommun och IK Västbyälven om driften")] == \
        ["Norrby kommun", "IK Västbyälven"]
    # The genitive's "s" is no part of the name.
    assert [n for n, _, _ in find_organisations("IFK Norrbys ungdomslag får hyra hallen.")] == ["IFK Norrby"]
    assert [n for n, _, _ in find_organisations("Dnr IK 2024/12")] == []


def test_a_care_collaboration_body_by_its_district():
    assert [n for n, _, _ in find_organisations("enligt Vårdsamverkan Norrbylands protokoll 2024-01-02")] == \
        ["Vårdsamverkan Norrbyland"]
    assert [n for n, _, _ in find_organisations("Vårdsamverkan Södra Västbygd har tagit fram planen.")] == \
        ["Vårdsamverkan Södra Västbygd"]


def test_national_authorities_known_by_acronym_or_full_name():
    assert _orgs("Enligt SMHI:s varning stiger vattnet.") == ["SMHI"]
    assert _orgs("Uppgifterna kommer från Statistiska centralbyrån.") == ["Statistiska centralbyrån"]


def test_an_authority_spelled_out_with_its_acronym_is_named_by_the_full_name():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 5  Klimatanpassning\n\n"
                 "Planen bygger på data från Sveriges meteorologiska och hydrologiska institut (SMHI).\n\n"
                 "Beslut\nKommunstyrelsen antar planen.\n\nBeslutet skickas till SMHI\n")
    names = {o.value for o in m.organisations}
    assert "Sveriges meteorologiska och hydrologiska institut" in names and "SMHI" not in names


def test_a_municipality_whose_two_word_name_wraps_over_a_line_end():
    assert [n for n, _, _ in find_organisations("Beslutet skickas till\nSigtuna kommun, Upplands\nVäsby kommun\n")] \
        == ["Sigtuna kommun", "Upplands Väsby kommun"]


_MEMBERS = ("Beslutande\tPer Holm (S), ordförande, Norrby kommun\n\tEva Ryd (M), Storviks kommun\n"
            "Övriga\tLena Sand, förbundsdirektör\n\n§ 7 Taxa\nNorrby kommun har yttrat sig.\nBeslut\n"
            "Taxan fastställs.\n")


@pytest.mark.parametrize("head, issuer", [
    # The förbund's name after its organ in the title, in any of the ways a secretary may join them.
    ("PROTOKOLL\nDirektionen, Ådalsförbundet\nSammanträdesdatum 2025-02-11\n", "Ådalsförbundet"),
    ("PROTOKOLL\nDirektionen för Brandkåren Norrskog\nSammanträdesdatum 2025-02-11\n", "Brandkåren Norrskog"),
    ("PROTOKOLL\nFörbundsfullmäktige i AV NORD\nSammanträdesdag 2025-02-11\n", "AV NORD"),
    # Named before its organ on a title line divided by a dash or a bar.
    ("Åsvatten – Förbundsstyrelsen – Protokoll 2025-02-11\n", "Åsvatten"),
    ("Lidvikens Räddningstjänst | Direktionen | 2025-02-11\n", "Lidvikens Räddningstjänst"),
    # In the banner above the organ's line, its capitals spelt as the text spells the name elsewhere.
    ("NORRSKOGS VATTEN\tSAMMANTRÄDESPROTOKOLL\nDirektionens arbetsutskott\t2025-02-11\n"
     "Plats\tNorrskogs Vatten, kontoret\n", "Norrskogs Vatten"),
    ("Storviksvatten\nPROTOKOLL\nFörbundsstyrelsen\nSammanträdesdatum 2025-02-11\n", "Storviksvatten"),
    # A förbund's "Styrelsen" after an "Organ" label, with the förbund under a label of its own.
    ("PROTOKOLLSUTDRAG\nOrgan\tStyrelsen\nFörbund\tSamordningsförbundet Norrby län\nSammanträdesdatum\t2025-02-11\n",
     "Samordningsförbundet Norrby län"),
    ("PROTOKOLL\nStorvikshälsan – Styrelsen\nSammanträdesdatum: 2025-02-11\n", "Storvikshälsan"),
])
def test_a_forbund_named_in_its_organs_title_issues_the_minutes_not_a_member(head: str, issuer: str) -> None:
    # Without the rule the first member municipality of the attendance list was taken for the issuer.
    m = _minutes(head + _MEMBERS)
    assert m.municipality == issuer


@pytest.mark.parametrize("head, issuer", [
    # A company's board keeps its minutes under its owner, also where a union "förbundet" is named.
    ("Norrby Energi AB\tStyrelseprotokoll\nStyrelsen\t2025-02-11\nAnna Ek (Elektrikerförbundet)\n", "Norrby kommun"),
    # … and where a union named by its members' genitive and "Förbund" is named on the first page.
    ("Norrby Energi AB\tStyrelseprotokoll\nStyrelsen\t2025-02-11\nArbetstagarrepresentant\n"
     "Kent Olsson (Vårdanställdas Förbund)\n", "Norrby kommun"),
    # A municipality's own nämnd is its municipality's.
    ("Norrby kommun\nSocialnämnden\nSammanträdesdatum 2025-02-11\n", "Norrby kommun"),
])
def test_a_company_board_and_a_municipal_namnd_stay_under_their_municipality(head: str, issuer: str) -> None:
    assert _minutes(head + _MEMBERS).municipality == issuer


def test_a_label_above_a_boards_attendance_is_no_issuer() -> None:
    # A board's minutes whose company stands only in a logo and whose first page names a union's "Förbund": the
    # first cell of a line was taken for a förbund's banner, even a label ("Datum:").
    m = _minutes("                    PROTOKOLL nr 3/2025\nOrg.nr 556123-4567              Styrelsesammanträde\n"
                 "                    Sida 1 (2)\n\nDatum:      Tisdagen den 11 februari 2025, kl. 9.00\n"
                 "Plats:      Bolagets kontor, Storgatan 1\n\nNärvarande styrelseledamöter\n  Per Holm (S)\n\n"
                 "Arbetstagarrepresentant\n  Kent Olsson (Norrby Förbund)\n\n§ 1 Mötets öppnande\n"
                 "Ordföranden öppnade mötet.\n")
    assert m.municipality is None or ":" not in m.municipality


def test_a_forbunds_description_listing_its_members_is_no_issuer() -> None:
    # The förbund's name only in a logo: the line under it that lists the members is no name of an issuer.
    m = _minutes("                         SAMMANTRÄDESPROTOKOLL\nKommunalförbund för Norrby, Storvik,   "
                 "Sammanträdesdatum\nÅsby och Lidvik                        2025-02-11\nDirektionen\n" + _MEMBERS)
    assert m.municipality is None or "," not in m.municipality


@pytest.mark.parametrize("head", ["Organ\tDirektionen, Lidvikens Räddningstjänst\n", "Organ: Styrelsen\n",
                                  "Storvikshälsan – Styrelsen\n"])
def test_the_organ_after_an_organ_label_or_the_forbunds_name_is_the_meetings_body(head: str) -> None:
    m = _minutes("Protokollsutdrag\n" + head + "Sammanträdesdag 2025-02-11\n" + _MEMBERS)
    assert m.body is not None and m.body.value == head.split("\t")[-1].split(": ")[-1].split(", ")[0] \
        .split(" – ")[-1].strip()


def test_the_issuing_forbunds_name_heading_the_page_is_no_person() -> None:
    m = _minutes("Brandkåren Norrskog\tSAMMANTRÄDESPROTOKOLL\tSida 1 av 2\nDirektionen\tSammanträdesdatum 2025-02-11\n"
                 + _MEMBERS)
    assert m.municipality == "Brandkåren Norrskog"
    assert "Brandkåren Norrskog" not in {p.name for p in m.persons}


def test_the_presidium_of_a_forbunds_direktion_keeps_minutes_as_a_body() -> None:
    assert [n for n, _, _ in find_organisations("Direktionens presidium, sammanträde tisdagen den 4 mars")] == \
        ["Direktionens presidium"]
    m = _minutes("Norrskogs Räddningstjänstförbund\nPROTOKOLLSUTDRAG\nDirektionens presidium, sammanträde "
                 "2025-03-04\n" + _MEMBERS)
    assert m.body is not None and m.body.value == "Direktionens presidium"
    assert m.municipality == "Norrskogs Räddningstjänstförbund"


@pytest.mark.parametrize("head, direktionen", [
    ("NORRSKOGS VATTEN\tPROTOKOLL\nDirektionens arbetsutskott\t2025-02-11\n", True),
    ("Ådalens utbildningsförbund\nGymnasieberedningen\nProtokoll 2025-02-11\n", True),
    # The direktion's own minutes under its longer name: "direktionen" is the body itself.
    ("ÅDALENS MILJÖFÖRBUND\nFörbundsdirektionen\nSammanträdesdatum 2025-02-11\n", False),
    # A municipality's nämnd writing about some förbund's direktion.
    ("Norrby kommun\nSocialnämnden\nSammanträdesdatum 2025-02-11\n", False),
])
def test_the_plain_direktionen_is_an_organ_of_the_forbund_that_issues_the_minutes(head: str,
                                                                                    direktionen: bool) -> None:
    m = _minutes(head + _MEMBERS.replace("Taxan fastställs.", "Taxan föreslås direktionen, som beslutade om den "
                                         "2024-03-01."))
    assert ("Direktionen" in {o.value for o in m.organisations}) is direktionen


def test_a_forbund_issuer_is_read_by_its_printed_name_and_as_forbundet_in_its_own_minutes() -> None:
    text = "avtal mellan AV NORD och Norrby Energi AB, som förbundet tecknar"
    assert [n for n, _, _ in find_organisations(text, None, "AV NORD")] == ["AV NORD", "Norrby Energi AB", "AV NORD"]
    # "förbundet" is no issuer of a municipality's minutes.
    assert [n for n, _, _ in find_organisations(text, None, "Norrby kommun")] == ["Norrby Energi AB"]
    # A company's name does not swallow the förbund before "och".
    assert [n for n, _, _ in find_organisations("mellan Brandkåren Norrskog och Ådalsbostäder AB om", None,
                                                "Brandkåren Norrskog")] == ["Brandkåren Norrskog", "Ådalsbostäder AB"]


def test_a_case_number_label_after_a_company_on_the_next_line_is_no_part_of_its_name() -> None:
    assert [n for n, _, _ in find_organisations("mellan Ådalsvatten AB Dnr 2025-0302")] == ["Ådalsvatten AB"]


def test_the_pieces_of_the_issuing_forbunds_name_are_no_organisations_of_their_own() -> None:
    m = _minutes("ÅDALSREGIONEN ÅDALENS KOMMUNALFÖRBUND\tSAMMANTRÄDESPROTOKOLL\nFörbundsstyrelsen\t2025-02-11\n"
                 "Organ\tFörbundsstyrelsen, Ådalsregionen Ådalens kommunalförbund\n" + _MEMBERS)
    names = {o.value for o in m.organisations}
    assert m.municipality == "Ådalsregionen Ådalens kommunalförbund"
    assert "Ådalsregionen" not in names and "Ådalens kommunalförbund" not in names
    assert {"Ådalsregionen Ådalens kommunalförbund", "Norrby kommun"} <= names


def test_a_company_name_that_swallowed_the_issuing_forbund_is_the_companys_alone() -> None:
    m = _minutes("Brandkåren Norrskog\tPROTOKOLL\nDirektionen\t2025-02-11\n" + _MEMBERS.replace(
        "Taxan fastställs.", "Direktionen godkänner hyresavtal mellan Brandkåren Norrskog och Ådalsbostäder AB."))
    names = {o.value for o in m.organisations}
    assert "Ådalsbostäder AB" in names and "Brandkåren Norrskog och Ådalsbostäder AB" not in names


def test_a_company_named_by_an_iska_adjective_and_its_noun_before_i_keeps_them() -> None:
    assert [n for n, _, _ in find_organisations("avtal mellan Tekniska verken i Norrby AB och Ådal AB")] == \
        ["Tekniska verken i Norrby AB", "Ådal AB"]


@pytest.mark.parametrize("text, names", [
    # A count of associations at a sentence's start is no förbund named by its place.
    ("Sju idrottsförbund har sökt bidrag. Flera studieförbund har svarat.", []),
    ("Bidraget går till Nordby kommunalförbund.", ["Nordby kommunalförbund"]),
    # An association by its "-främjandet" compound inside a sentence, with its branch's place after it.
    ("stöd till Skogsfrämjandet och till\nTuristfrämjandet Nordby för året",
     ["Skogsfrämjandet", "Turistfrämjandet Nordby"]),
    ("Skogsfrämjandet svarade.", []),  # a sentence's first word may be any compound
    # A university hospital whose name capitalises the word; a lower-case one is the place care moves to.
    ("rutinerna. Vallby Universitetssjukhuset har deltagit", ["Vallby Universitetssjukhuset"]),
    ("koncentreras till Vallby universitetssjukhus i Umeå", []),
    # A hospital organisation by its district's genitive and a capitalised "Sjukhus"; not a lower-case hospital
    # (the building), and a "… Sjukhus AB" is the company alone.
    ("tillsammans med Norra Vallbys Sjukhus och kommunerna", ["Norra Vallbys Sjukhus"]),
    ("förlossningen vid Vallby sjukhus upphör", []),
    ("avtal med Vallbys Sjukhus AB om vård", ["Vallbys Sjukhus AB"]),
])
def test_counted_associations_promotion_associations_and_university_hospitals(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_the_assemblies_of_a_general_election_are_no_body():
    text = ("Val till riksdag, landstings- och kommunfullmäktige hålls i september. "
            "Kommunfullmäktige utser valnämnden.")
    assert [n for n, _, _ in find_organisations(text)] == ["Kommunfullmäktige", "Valnämnden"]


def test_a_council_named_by_its_county_is_an_organisation():
    text = "Förslaget har beretts i Omsorgsrådet i Mälardals län och ska behandlas av regionen."
    assert [n for n, _, _ in find_organisations(text)] == ["Omsorgsrådet i Mälardals län"]


def test_a_sports_alliance_named_by_its_place_is_an_organisation():
    text = "Fritidsenheten har samrått med Västby Idrottsallians och Norrbys Föreningsallians om bidragen."
    assert [n for n, _, _ in find_organisations(text)] == ["Västby Idrottsallians", "Norrbys Föreningsallians"]


def test_prose_substitutions_give_the_substitute_serving_only_and_the_member_in_the_nominative():
    # "i X:s (P) ställe" names the member replaced in the genitive; "tjänstgjorde ersättaren Y" puts the verb before
    # the substitute; "ersättarna Z (P), tjänstgörande för W (P)" gives Z the serving role, not also "ersättare".
    text = ("Fritidsnämnden\nSammanträdesdatum: 2024-11-05\n\n"
            "Beslutande: Oskar Vall (S), ordförande, och Greta Ljung (M). Ersättaren Britt Holmén (S) "
            "tjänstgjorde i Elis Starks (S) ställe. För den frånvarande ledamoten Ove Ring (C) tjänstgjorde "
            "ersättaren Siv Brunn (L).\nNärvarande: ledamöterna Pia Torn (S) samt ersättarna Jan Hök (V), "
            "tjänstgörande för\nLiv Ram (V).\n" + _PAR)
    m = _minutes(text)
    roles = _roles(m)
    assert roles["Britt Holmén"] == roles["Siv Brunn"] == roles["Jan Hök"] == ("tjänstgörande ersättare",)
    assert roles["Elis Stark"] == () and "Elis Starks" not in roles
    assert {p.name: p.party for p in m.persons}["Elis Stark"] == "S"


def test_gazetteer_names_real_organisations_without_an_organisation_word():
    # National authorities, state-owned and inter-municipal companies, kommunalförbund and unions whose names
    # carry no word a pattern reads (an invented sentence each).
    assert _orgs("Frågan har anmälts till IMY och Specialpedagogiska skolmyndigheten.") == [
        "Integritetsskyddsmyndigheten", "Specialpedagogiska skolmyndigheten"]
    assert _orgs("Kommunen lånar via Kommuninvest och köper via Adda.") == ["Kommuninvest", "Adda Inköpscentral"]
    assert _orgs("Avfallet lämnas till Sysav, vattnet renas av VA SYD.") == ["Sysav", "VA SYD"]
    assert _orgs("Samråd med Kretslopp Sydost, Mälarenergi och Sveaskog.") == [
        "Kretslopp Sydost", "Mälarenergi", "Sveaskog"]
    assert _orgs("Förhandling enligt MBL med Lärarförbundet och OFR.") == ["Lärarförbundet",
                                                                          "Offentliganställdas förhandlingsråd"]
    assert _orgs("Avtal med Samhall om städning av Akademiska Hus lokaler.") == ["Samhall", "Akademiska Hus"]


def test_gazetteer_leaves_out_names_that_are_ordinary_words():
    # "Ledarna", "Unionen", "Företagarna" (unions and an association) and "Formas", "Sida" (a research council and
    # an authority) are also ordinary words; the scan ignores case, so they are no gazetteer names.
    assert _orgs("Ledarna på förskolan och unionen inom EU diskuterades.") == []
    assert _orgs("Företagarna i centrum vill att nya arbetsgrupper formas, se sida 4.") == []
    # An acronym the gazetteer knows is a name only in capitals: the first name "Lo" is no organisation.
    assert _orgs("Lo Berg har träffat LO om avtalet.") == ["Landsorganisationen i Sverige"]


def test_a_gazetteer_company_is_named_with_the_ab_written_after_it():
    # Names with a hyphen or a full stop, which the company pattern does not read before "AB".
    assert _orgs("Nätet hyrs av IP-Only AB:s dotterbolag.") == ["IP-Only AB"]
    assert _orgs("Beslutet skickas till\nE.ON AB\n") == ["E.ON AB"]
    # A genitive has no legal form after it.
    assert _orgs("IP-Onlys nät byggs ut.") == ["IP-Only"]


def test_a_bare_company_name_is_the_one_named_with_its_legal_form():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n§ 89 Avtal om fjärrvärme\n"
                 "Kommunen har tecknat avtal med Mälarenergi AB om leverans. Mälarenergis styrelse har godkänt "
                 "avtalet, liksom Kommunalförbundet Sydarkivera, vars direktion Sydarkiveras förbundsdirektör "
                 "informerat.\nKommunstyrelsen beslutar\nAvtalet godkänns.\n")
    names = {o.value for o in m.organisations}
    assert {"Mälarenergi AB", "Kommunalförbundet Sydarkivera"} <= names
    assert "Mälarenergi" not in names and "Sydarkivera" not in names


def test_a_one_word_name_in_brackets_after_a_name_is_its_short_form():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n§ 90 Insamling av avfall\n"
                 "Nordvästra Skånes Renhållnings AB (NSR) sköter insamlingen. NSR har lämnat en offert.\n"
                 "Kommunstyrelsen beslutar\nOfferten godkänns.\n")
    names = {o.value for o in m.organisations}
    assert "Nordvästra Skånes Renhållnings AB" in names and "NSR" not in names


def test_a_joint_namnd_named_by_a_regions_genitive_and_an_acronym_kind_is_an_organisation():
    # "Dalslands IT-nämnd": a gemensam nämnd whose kind has an acronym and a hyphen; a definite noun's genitive
    # before such a word ("Förvaltningens IT-nämnd") names no body.
    assert [n for n, _, _ in find_organisations("Avtalet om Dalslands IT-nämnd och Gästriklands HR-nämnds budget.")] \
        == ["Dalslands IT-nämnd", "Gästriklands HR-nämnd"]
    assert [n for n, _, _ in find_organisations("Förvaltningens IT-nämnd")] == []


def test_a_word_before_the_definite_kommunen_is_no_municipalitys_name():
    # A municipality is named with the indefinite "kommun" ("Björkviks kommun", its genitive "… kommuns"); "Ring
    # kommunen", a web page's link or an imperative, names none.
    assert [n for n, _, _ in find_organisations("Ring kommunen eller läs mer om Björkviks kommuns taxor.")] == \
        ["Björkviks kommun"]


def test_a_bare_district_authority_is_the_one_named_in_full_with_its_district():
    # "Vattenmyndighetens dnr …" and later "Vattenmyndigheten Västerhavet": one organisation, by its full name.
    m = _minutes("Miljönämnden\nSammanträdesdatum 2024-05-02\n\n§ 5 Yttrande över förvaltningsplan\n"
                 "Dnr MN 2024/12 (Vattenmyndighetens dnr 537-99-2024)\n\nBakgrund\n"
                 "Vattenmyndigheten Västerhavet har skickat förslaget på remiss till kommunerna.\n\n"
                 "Beslut\nYttrandet antas.\n")
    names = [o.value for o in m.organisations]
    assert "Vattenmyndigheten Västerhavet" in names and "Vattenmyndigheten" not in names


@pytest.mark.parametrize("text, names", [
    # a finsam association named by its county with "län"
    ("Samordningsförbundet Norrby län redovisas som kommunalförbund.", ["Samordningsförbundet Norrby län"]),
    # a company with the form first whose name goes on after a genitive
    ("Hyresvärd är AB Västby Norrbys Hyreshus.", ["AB Västby Norrbys Hyreshus"]),
    # a joint nämnd named by its places joined by spaces; not a person after a nämnd
    ("Reglementet för Lönenämnden Norrby Västby Åsby revideras.", ["Lönenämnden Norrby Västby Åsby"]),
    ("Socialnämnden Anna Karin Berg (S) yrkar bifall.", ["Socialnämnden"]),
    # "Regionala" at a line's end
    ("Votering. Regionala\nkulturnämnden beslutar med sju röster mot fyra.", ["Regionala kulturnämnden"]),
])
def test_organisation_names_that_go_on_after_their_first_words(text, names):
    assert [n for n, _, _ in find_organisations(text)] == names


def test_minutes_that_name_no_issuer_are_filed_under_the_municipality_whose_place_the_meeting_is_in():
    # No issuer on the first page (a logo); the text names a neighbour first (the agreement's counterpart). The
    # meeting's place names the town of the minutes' own municipality, in either form.
    body = ("§ 20 Samverkansavtal med Norrviks kommun\nKommunfullmäktige godkänner samverkansavtalet mellan "
            "Västerbys kommun och Norrviks kommun.\n")
    for place in ("Plats och tid\tKommunhuset, Västerby, kl. 18.00", "Plats och tid\tVästerbys kommunhus, kl. 18.00"):
        m = _minutes(f"Kommunfullmäktige\nSammanträdesdatum 2025-03-19\n{place}\n{body}")
        assert m.municipality == "Västerbys kommun"
    # A place that names neither: the first municipality the text names, as before.
    m = _minutes(f"Kommunfullmäktige\nSammanträdesdatum 2025-03-19\nPlats och tid\tSessionssalen, kl. 18.00\n{body}")
    assert m.municipality == "Norrviks kommun"


@pytest.mark.parametrize("line", ["Styrelseprotokoll Ekeby Fastigheter AB 2025-02-11",
                                  "Årsredovisning Ekeby Fastigheter AB 2024"])
def test_r13e_document_word_before_a_company_is_no_part_of_its_name(line: str):
    text = f"Beslutsunderlag\nTjänsteskrivelse 2025-03-01\n{line}\n"
    assert [n for n, _, _ in find_organisations(text)] == ["Ekeby Fastigheter AB"]


@pytest.mark.parametrize(("text", "name"), [
    ("Projektet har fått stöd från Leader Norrbybygden och kommunen.", "Leader Norrbybygden"),
    ("Enligt Leader Södra Skogsbygdens beslut beviljas stödet.", "Leader Södra Skogsbygden"),
])
def test_r13e_a_leader_areas_association_is_an_organisation(text: str, name: str):
    assert name in [n for n, _, _ in find_organisations(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Avtalet delas med regionen. Hälso- och\nsjukvårdsnämnden Östra har yttrat sig 2025-02-03.",
     "Hälso- och sjukvårdsnämnden Östra"),
    ("Enligt avtalet ska Vårdnämnden Södra, som ansvarar för länets södra del, betala.", "Vårdnämnden Södra"),
])
def test_r13e_a_regions_nämnd_for_a_part_named_by_a_compass_word_alone(text: str, name: str):
    assert name in [n for n, _, _ in find_organisations(text)]


def test_unions_with_common_word_names_read_in_a_list_of_unions_or_as_branches():
    names = [n for n, _, _ in find_organisations("Under våren togs planen fram i samverkan med Kommunal, "
                                                  "Vision och Sveriges Lärare.")]
    assert names == ["Kommunal", "Vision", "Sveriges Lärare"]
    sent = [n for n, _, _ in find_organisations("Beslutet skickas till\nKommunal Östergötland\nVision Bergby\n")]
    assert sent == ["Kommunal Östergötland", "Vision Bergby"]
    # One such word alone, or a plan named after a place and a year, stays no union.
    assert [n for n, _, _ in find_organisations("Arbetet följer Vision Bergby 2030 och Kommunal service.")] == []
    assert [n for n, _, _ in find_organisations("Arbetet följer vår Vision.")] == []


def test_an_auditors_title_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = list(find_people("Revisor Gun Ek (C) och ekonomichefen besvarar frågor om budgeten."))
    assert [(m.name, m.party) for m in found] == [("Gun Ek", "C")]


def test_two_lower_case_beredningar_side_by_side_are_both_bodies():
    found = [n for n, _s, _e in find_organisations("Förslaget innebär att kulturberedningen och "
                                                   "valfrihetsberedningen slås samman. Budgetberedningen sker i maj "
                                                   "och budgetberedningen i höst avslutas.")]
    assert found == ["Kulturberedningen", "Valfrihetsberedningen", "Budgetberedningen"]


def test_a_study_associations_district_is_part_of_its_name():
    found = [n for n, _s, _e in find_organisations("Dialogen hölls med Studieförbundet Bilda Gotland i maj.")]
    assert found == ["Studieförbundet Bilda Gotland"]


def test_a_council_named_by_its_remit_in_the_header_is_the_body_not_a_nämnd_in_the_list():
    m = _minutes("ÖDEBY KOMMUN\tRådet för funktionshindersfrågor\t2024-04-11\nProtokoll\n"
                 "Närvarande\nNamn\tFöreträder\tFunktion\nAnna Berg (S)\tKommunstyrelsen\tOrdförande\n\n"
                 "§ 8 Information\nRådet noterar informationen.\n")
    assert m.body is not None and m.body.value == "Rådet för funktionshindersfrågor"


def test_the_provider_named_after_the_occupational_health_service_is_an_organisation():
    found = [n for n, _s, _e in find_organisations("Siffrorna kommer från kommunens företagshälsovård Hälsopartner. "
                                                   "Kontakta företagshälsovården vid behov.")]
    assert found == ["Hälsopartner"]


def test_a_receivers_stamp_on_a_filed_extract_names_no_issuer():
    # The body the extract was sent to stamped it above the minutes' own head; the sender is the issuer.
    stamp = "   REGION VÄRMLAND\n   Inkom 2025-02-26\n   Dnr RV2025-00418\n\n"
    head = "VÄSTBY KOMMUN    PROTOKOLLSUTDRAG\nSocialnämnden\nSammanträdesdatum 2025-02-18\n"
    body = "§ 14 Överenskommelse med Region Värmland\nSocialnämnden godkänner överenskommelsen.\n"
    assert _minutes(stamp + head + body).municipality == "Västby kommun"
    # Without a word of receiving, a region named first is the issuer, as before.
    assert _minutes("REGION VÄRMLAND\nRegionstyrelsen\nSammanträdesdatum 2025-02-18\n" + body).municipality == \
        "Region Värmland"


def test_r13i_a_class_code_after_the_number_on_the_paragraph_line_is_kept_and_a_units_year_serial_number_is_read():
    # "KS 2025/0412 109" at the § line's end: the filing plan's code after a space, as "Dnr 2024/42 346" keeps it.
    assert [n for n, _, _ in find_case_numbers("KS § 12            KS 2025/0412 109", heading=True)] == \
        ["KS 2025/0412 109"]
    assert [n for n, _, _ in find_case_numbers("Remiss från KS 2025/0412 109 dagar", heading=True)] == \
        ["KS 2025/0412"]
    # A unit's code, the year and the serial after a label; without one it may be anything.
    assert [n for n, _, _ in find_case_numbers("Remiss från regionen, dnr 2000-2025-00871")] == ["2000-2025-00871"]
    assert list(find_case_numbers("Avtal 2000-2025-00871", heading=True)) == []


def test_r13i_a_club_by_its_towns_genitive_and_a_lower_case_or_english_club_word_is_an_organisation():
    text = ("Yrkande om att Norrbys Bandy Club och Västbys simklubb hörs. Kommunens golfklubb och hans "
            "tennisklubb nämns.")
    assert [n for n, _, _ in find_organisations(text)] == ["Norrbys Bandy Club", "Västbys simklubb"]


def test_a_negated_serving_heading_before_a_name_gives_the_plain_ersattare():
    found = [(p.name, p.roles) for p in find_people("Ej tjänstgörande ersättare  Lisa Knut (M), Olle Fal (C)\n"
                                                    "samt tjänstgörande ersättaren Ivar Sund (L)\n")]
    assert found[0] == ("Lisa Knut", ("ersättare",))
    assert found[2] == ("Ivar Sund", ("tjänstgörande ersättare",))
    # Whole minutes: the ersättare present is named again in a paragraph, and still never served.
    m = _minutes("Miljönämnden\nSammanträdesdatum 2025-03-04\nBeslutande  Åsa Berg (C), ordförande\n\n"
                 "Ej tjänstgörande ersättare  Lisa Knut (M), Olle Fal (C)\n\n§ 4 Taxa\n\nBeslut\nTaxan antas.\n\n"
                 "Särskilt yttrande\nÅsa Berg (C) lämnar ett särskilt yttrande.\n"
                 "Ersättaren Lisa Knut (M) instämmer i yttrandet.\n")
    assert [p.roles for p in m.persons if p.name == "Lisa Knut"] == [("ersättare",)]


def test_a_local_party_named_in_one_word_ending_in_partiet_after_a_name():
    found = [(p.name, p.party) for p in find_people("Namn\tJa\tNej\nKarin Ås (Ekbypartiet)\tX\nBo Lund (M)\t\tX\n")]
    assert found == [("Karin Ås", "Ekbypartiet"), ("Bo Lund", "M")]


@pytest.mark.parametrize("text, names", [
    # a club named "…sällskap" after its place, and a union whose "Förbund" is capitalised as its name's word
    ("Avtal med Norrby Segelsällskap om lägerverksamhet.", ["Norrby Segelsällskap"]),
    ("Lena Ek (Vårdanställdas Förbund) deltog.", ["Vårdanställdas Förbund"]),
    # a company whose brand is a capital and a digit
    ("Borgen för K3 Fastigheter AB och lån till bolaget.", ["K3 Fastigheter AB"]),
    # a committee by its proper name after a line break
    ("Planen togs fram av regionen och\nHälsokommittén i samråd.", ["Hälsokommittén"]),
    # a county's association of municipalities in the genitive
    ("Avtalet följer Västbygdens Kommuners rekommendation.", ["Västbygdens Kommuner"]),
    # a county museum whose name is capitalised
    ("Norrby Läns Museum har yttrat sig över kulturmiljön.", ["Norrby Läns Museum"]),
    # a county's council by its definite name with "Regionala"
    ("Överenskommelsen har beretts i Regionala brukarrådet.", ["Regionala brukarrådet"]),
    # a municipality's energy utility by its place
    ("Norrby Energiverk och Västbys Elverk har lämnat synpunkter.", ["Norrby Energiverk", "Västbys Elverk"]),
    # a county's theatre, opera and music institutions in one compound
    ("Gävleborgsteatern och Hallandsmusiken får uppdrag.", ["Gävleborgsteatern", "Hallandsmusiken"]),
    # a regional energy agency by its region, the genitive without its -s
    ("samarbetet med Energikontor Norrbyland och Energikontoret Västbygds rådgivning",
     ["Energikontor Norrbyland", "Energikontoret Västbygd"]),
    # a water authority with its district, named as printed (also wrapped)
    ("Samråd från Vattenmyndigheten i Norrbyhavets vattendistrikt om förvaltningsplanen.",
     ["Vattenmyndigheten i Norrbyhavets vattendistrikt"]),
    ("Yttrande till Vattenmyndigheten i Bottenvikens\nvattendistrikt.",
     ["Vattenmyndigheten i Bottenvikens vattendistrikt"]),
])
def test_organisation_kinds_named_without_a_common_organisation_word(text: str, names: list[str]) -> None:
    assert _orgs(text) == names


def test_organisation_kinds_not_read_from_ordinary_words():
    # a definite noun's genitive is no place; lower-case kinds and "Sveriges Kommuner och Regioner" stay as they were
    assert _orgs("Kommunens Energiverk och ett sällskap för sim.") == []
    assert _orgs("Sveriges Kommuner och Regioners rekommendation.") == ["Sveriges Kommuner och Regioner"]
    assert _orgs("Det regionala samverkansrådet träffades. Den regionala beredningen.") == []


def test_a_company_board_s_extract_titled_utdrag_ur_protokoll_is_the_board_s():
    m = _minutes("Stiftelsen Ekbostäder\nUTDRAG UR PROTOKOLL FÖRT VID STYRELSESAMMANTRÄDE\n"
                 "Sammanträdesdag: 2024-10-03\n§ 12  Ramavtal\nStyrelsen beslutar att teckna ramavtalet.\n")
    assert m.body is not None and m.body.value == "Styrelsen"


def test_suppleanten_before_a_name_is_the_ersattare_s_title():
    [m] = find_people("Suppleanten Eva Ek (L) instämmer i yttrandet.")
    assert (m.name, m.party, m.roles) == ("Eva Ek", "L", ("ersättare",))


def test_a_company_form_opening_a_name_before_its_abbreviation_is_no_person():
    found = find_people("AB Ekbostäder (ABE) har begärt borgen. Eva Ek (S) yrkar bifall.")
    assert [m.name for m in found] == ["Eva Ek"]


def test_one_party_for_a_list_of_names_after_a_comma():
    from kommungraf.extract.names import group_party_people

    text = "Anna Berg, Olle Lind och Eva Ek, samtliga SD, reserverade sig mot beslutet."
    assert [(p.name, p.party) for p in group_party_people(text)] == [
        ("Anna Berg", "SD"), ("Olle Lind", "SD"), ("Eva Ek", "SD")]


def test_a_municipality_written_without_its_diacritics_takes_its_own_spelling() -> None:
    # OCR and ASCII-only systems drop å, ä and ö ("BRACKE KOMMUN"); the municipality is the same one, under the name
    # every other document gives it, also as the issuer.
    text = "Avtal med Ostersunds kommun och Ange kommun. Norrby kommun deltar."
    assert [n for n, _s, _e in find_organisations(text)] == ["Östersunds kommun", "Ånge kommun", "Norrby kommun"]
    m = _minutes("ARJANGS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nSocialnämnden\tSammanträdesdatum 2025-02-11\n" + _MEMBERS)
    assert m.municipality == "Årjängs kommun"


def test_r14h_minority_associations_named_with_a_ska_adjective_or_a_second_language_name():
    # "-ska" adjective before a capitalised compound: the definite form is the name
    assert _orgs("Samråd hölls med Sverigefinska Riksförbundet i våras.") == ["Sverigefinska Riksförbundet"]
    # the minority's own name after a dash with no space belongs to the one official name
    assert _orgs("Bidrag till Svenska Norrdalingars Riksförbund–Norrdalaiset för 2026.") == \
        ["Svenska Norrdalingars Riksförbund–Norrdalaiset"]
    # "Svenska" may end a line
    assert _orgs("I samrådet var Svenska\nNorrdalingars Riksförbund företrätt.") == \
        ["Svenska Norrdalingars Riksförbund"]


def test_r14h_a_local_association_named_by_its_municipality_and_a_lower_case_kind():
    assert _orgs("efter samråd med Kiruna sameförening och Eskilstuna sverigefinska förening.") == \
        ["Kiruna sameförening", "Eskilstuna sverigefinska förening"]
    assert _orgs("Avtalet har stämts av med Umeås Föreningsråd.") == ["Umeås Föreningsråd"]
    # a sentence's first word is no municipality
    assert _orgs("Varje idrottsförening ansöker själv. Ideell förening kan söka bidrag.") == []


def test_r14h_a_folk_high_school_and_an_aktiebolag_named_by_their_place():
    assert _orgs("Samarbetet med Norrdalens folkhögskola bör nämnas.") == ["Norrdalens folkhögskola"]
    assert _orgs("Kommunens folkhögskola är stängd.") == []
    assert _orgs("Avtalet har stämts av med Västby Bostadsaktiebolag, som äger marken.") == \
        ["Västby Bostadsaktiebolag"]


def test_r14h_the_county_transport_authority_named_with_i_before_its_county():
    assert _orgs("Länstrafiken i Kronoberg har ändrat linjen.") == ["Länstrafiken i Kronoberg"]


def test_r14h_the_union_kommunal_as_a_subject_informed_under_the_law_by_its_full_name():
    assert _orgs("Kommunal har informerats enligt lagen om medbestämmande i arbetslivet.") == ["Kommunal"]
    assert _orgs("Kommunal har ansvar för vägarna.") == []


def test_r14h_a_councils_gazetteer_name_is_read_only_capitalised():
    assert _orgs("Ansökan skickas till Vetenskapsrådet.") == ["Vetenskapsrådet"]
    # in lower case the compound is a common noun (a municipality's own council)
    assert _orgs("Frågan har beretts i vetenskapsrådet.") == []


def test_r14h_a_one_word_forbund_giving_its_own_opinion():
    assert _orgs("Norrsjövårdsförbundet har lämnat synpunkter på planen.") == ["Norrsjövårdsförbundet"]
    assert _orgs("Kommunalförbundet har lämnat ett yttrande.") == []


def test_r14h_the_short_form_of_a_company_or_authority_named_with_i_and_its_area():
    orgs = _document_orgs("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n§ 89 Borgen\n"
                          "Lånen tas upp hos Samhall i Sverige AB. Avgiften följer Samhalls riktlinjer.\n")
    assert "Samhall i Sverige AB" in orgs and "Samhall" not in orgs
    orgs = _document_orgs("Miljönämnden\nSammanträdesdatum 2024-05-14\n§ 12 Samråd\n"
                          "Vattenmyndigheten i Norrbyhavets vattendistrikt har sänt ut förslag på samråd "
                          "(Vattenmyndighetens dnr 537-1). Nämnden antar yttrandet till Vattenmyndigheten.\n")
    assert "Vattenmyndigheten i Norrbyhavets vattendistrikt" in orgs and "Vattenmyndigheten" not in orgs


def test_a_one_word_gazetteer_name_in_the_definite_plural_in_lower_case_names_people_not_the_association():
    # (The gazetteer's "Fastighetsägarna" is the association; the lower-case word is the owners.)
    assert [n for n, _, _ in find_organisations("Avgiften för fastighetsägarna i området höjs.")] == []
    assert [n for n, _, _ in find_organisations("Remissen gick till Fastighetsägarna.")] == ["Fastighetsägarna"]


def test_r14m_a_zero_padded_serial_before_the_year_with_a_spaced_class_code_and_a_year_first_lettered_number():
    # The registry's letters, a zero-padded serial and the year, then the plan's code after a spaced dash.
    assert [n for n, _, _ in find_case_numbers("Dnr BUN 000388/2023 – 106\nText.")] == ["BUN 000388/2023 – 106"]
    assert [n for n, _, _ in find_case_numbers("ärendet MN 00271/2022 är avslutat")] == ["MN 00271/2022"]
    # A lettered number in the year-first form keeps its spaced class code after a label too.
    assert [n for n, _, _ in find_case_numbers("Dnr VN 2022/417 – 230\nText.")] == ["VN 2022/417 – 230"]
    # The year first, then the region's letters and the serial.
    assert [n for n, _, _ in find_case_numbers("(Regionens dnr 2023-RN-0871) med svar")] == ["2023-RN-0871"]


def test_r14m_a_study_associations_name_and_district_over_a_line_break():
    text = "Nämnden tecknar avtal med Studieförbundet Bildning\nUppland och med Studieförbundet\nBildning Öland."
    assert [n for n, _, _ in find_organisations(text)] == ["Studieförbundet Bildning Uppland",
                                                            "Studieförbundet Bildning Öland"]
    # The next entry of a list below the name is no district.
    assert [n for n, _, _ in find_organisations("Studieförbundet Bildning\nEkonomiavdelningen")] == [
        "Studieförbundet Bildning"]


def test_r14m_a_club_named_by_its_place_with_the_line_broken_before_its_kind_word():
    assert [n for n, _, _ in find_organisations("och att Norrby\nSegelsällskap redan har en skola.")] == [
        "Norrby Segelsällskap"]
    assert [n for n, _, _ in find_organisations("i Norrby\nKommunstyrelsen beslutar")] == ["Kommunstyrelsen"]


def test_a_comma_party_before_a_bracketed_note_is_read_with_no_other_comma_party_in_the_text():
    # The only ", mp" of the text stands before " (": the gate that decides whether NAME_COMMA_PARTY runs at all must
    # accept that case as the pattern does.
    got = [(m.name, m.party) for m in find_people("Närvarande: Lena Holm, mp (ersättare för Karin Berg)\n")]
    assert got == [("Lena Holm", "MP")]


def test_an_organisation_with_its_other_name_in_brackets_is_no_person_with_a_local_party():
    text = "Larmen tas emot av Räddningstjänsten Norrby (Norrby Brandförsvar) och Eva Ek (S) yrkar."
    assert [p.name for p in find_people(text)] == ["Eva Ek"]


def test_a_regional_organisation_named_by_a_definite_compound_and_its_county_is_one_organisation():
    found = [name for name, _, _ in find_organisations(
        "Upphandlingen gjordes av Tolkcentralen i Halland, och Samordningsrådet i Blekinge har yttrat sig.")]
    assert found == ["Tolkcentralen i Halland", "Samordningsrådet i Blekinge"]
    # Not a town's building, nor a sentence's first word.
    assert not list(find_organisations("Mötet hölls i Stadshuset i Kalmar. Arbetet i Dalarna fortsätter."))


def test_a_clubs_section_for_one_sport_is_part_of_its_name():
    assert [n for n, _, _ in find_organisations("driftsavtal mellan nämnden och Norrby BK Innebandy om hallen.")] == \
        ["Norrby BK Innebandy"]
    # The genitive's "s" is no part of the name.
    assert [n for n, _, _ in find_organisations("enligt Västby IF Fotbolls ansökan")] == ["Västby IF Fotboll"]
    # A capitalised word that is no sport opens the next sentence or name.
    assert [n for n, _, _ in find_organisations("Bidraget går till Norrby IK Sommarlovet blir långt.")] == \
        ["Norrby IK"]


def test_an_authoritys_division_named_after_it_is_one_name():
    assert [n for n, _, _ in find_organisations("Sjöfartsverket Isbrytarrederiet har fått handlingarna.")] == \
        ["Sjöfartsverket Isbrytarrederiet"]
    assert [n for n, _, _ in find_organisations("enligt Skatteverket Folkbokföringsenhetens yttrande")] == \
        ["Skatteverket Folkbokföringsenheten"]
    # Another capitalised word after the authority is not its division.
    assert [n for n, _, _ in find_organisations("Yttrande från Skatteverket Norrby kommun har svarat.")] == \
        ["Skatteverket", "Norrby kommun"]


def test_the_municipal_auditors_as_a_body_are_an_organisation():
    assert _orgs("Beslutet skickas till\nKommunstyrelsen\nRegionrevisionen\n") == \
        ["Kommunstyrelsen", "Regionrevisionen"]
    # The lower-case word in a note and the bare "revisionen" (the audit) are no recipient.
    assert _orgs("Per Norr, ordförande i kommunrevisionen, deltar. Revisionen är klar.") == []
