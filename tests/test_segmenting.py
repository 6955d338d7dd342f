"""segment.py: paragraph headings, numbers and titles, sections, appendices and the meeting header."""

from __future__ import annotations

from pathlib import Path

import pytest
from parsing_helpers import (
    _APPENDED_VOTES,
    _FEDERATION_HEAD,
    _H31_HEAD,
    _KF_HEAD,
    _KF_JUNE_HEAD,
    _PRESIDIUM,
    _WITH_REPRODUCED_EXTRACT,
    _minutes,
    _par,
    _roles,
    _src,
)

from kommungraf.clean import Line, content_lines
from kommungraf.extract import extract_minutes
from kommungraf.segment import section_kind, segment
from kommungraf.source import SourceText


def test_a_registration_number_in_a_right_hand_column_is_not_part_of_the_title():
    m = _minutes("Kommunstyrelsen\n\n§ 34   Yttrande över ett förslag till examensmål för\n"
                 "       yrkesprogrammen                                   Dnr 0147/09\n\n"
                 "§ 35   Budget 2010 och verksamhetsplan                   Dnr 0162/09\n\nText.\n")
    assert [p.title for p in m.paragraphs] == ["Yttrande över ett förslag till examensmål för yrkesprogrammen",
                                               "Budget 2010 och verksamhetsplan"]
    assert [c.value for c in m.paragraphs[1].case_numbers] == ["0162/09"]


@pytest.mark.parametrize("head, title", [
    ("§ 113     RENHÅLLNINGSTAXA FÖR 2009\n          Dnr: 2008/00567-1", "RENHÅLLNINGSTAXA FÖR 2009"),
    ("§ 12\nVal av ordförande i styrelsen efter Magnus Ohlin\n(M)\nDiarienummer RS 2021-00871",
     "Val av ordförande i styrelsen efter Magnus Ohlin (M)"),
    ("§ 7\tBygglov för nybyggnad av flerbostadshus, Strömnäs\tSBN 2021-000587\n4:12",
     "Bygglov för nybyggnad av flerbostadshus, Strömnäs 4:12"),
    ("§ 161\nÄrende: Samarbetsavtal med Österåkers kommun", "Samarbetsavtal med Österåkers kommun"),
    ("§ 9\nDetaljplan för bostäder vid Kvarnbäcken\n(granskning)\nDnr BN 2021/118",
     "Detaljplan för bostäder vid Kvarnbäcken (granskning)"),
])


def test_titles_in_capitals_with_a_wrapped_party_or_property_and_after_a_label(head, title):
    m = _minutes(f"Kommunstyrelsen\nSammanträdesdatum 2021-03-15\n\n{head}\n\nÄrendebeskrivning\nText här.\n")
    assert m.paragraphs[0].title == title


def test_a_title_run_on_after_the_labelled_case_number_on_the_heading_line():
    # A Word paragraph "§ N Dnr X Title", one space apart, right under the paragraph before: the title is the rest,
    # not the line above.
    m = _minutes("Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-02-11\n"
                 "§ 12 Dnr KS 2025/00031 Budgetuppföljning januari\nText om budgeten.\nExpediering\nEkonomienheten\n"
                 "§ 13 Dnr KS 2024/00412 Motion om cykelvägar i Västby\nText om motionen.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("12", "Budgetuppföljning januari"),
                                                           ("13", "Motion om cykelvägar i Västby")]
    assert [c.value for c in m.paragraphs[1].case_numbers] == ["KS 2024/00412"]


def test_an_agenda_number_before_the_paragraph_number_is_no_part_of_number_or_title():
    m = _minutes("Byggnadsnämnden\n\nÄrende 3 § 41 Detaljplan för kvarteret Lärkan\nText.\n\n"
                 "Punkt 4. § 42 Bygglov för förskola\nText.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("41", "Detaljplan för kvarteret Lärkan"),
                                                           ("42", "Bygglov för förskola")]


def test_a_paragraph_number_printed_after_the_title_heads_the_paragraph():
    m = _minutes("Kultur- och fritidsnämnden\n\nTaxor för idrottshallar 2024                  KFN § 12\n"
                 "Dnr KFN 2023/0088\n\nText om taxor, beslutat 2023-05-02 § 4.\n\n"
                 "Budget för 2024      § 13\n\nText.\n\nNamn Namnsson\tEkonomichef\t§ 13\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("12", "Taxor för idrottshallar 2024"),
                                                           ("13", "Budget för 2024")]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["KFN 2023/0088"]


def test_a_table_of_contents_with_page_numbers_is_not_taken_for_the_paragraphs():
    m = _minutes("Socialnämnden\n\nInnehåll\n§ 20\tTaxor för hemtjänst\t3\n§ 21\tAnmälan av delegationsbeslut\t4\n\n"
                 "§ 20 Taxor för hemtjänst\nText.\n\n§ 21 Anmälan av delegationsbeslut\nText.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("20", "Taxor för hemtjänst"),
                                                           ("21", "Anmälan av delegationsbeslut")]
    assert m.paragraphs[0].text.startswith("§ 20 Taxor för hemtjänst\nText.")


def test_a_first_page_list_of_items_without_page_numbers_is_not_taken_for_the_paragraphs():
    # "Ärenden" beside the first item, a title wrapped once, the real headings on the next pages with bodies (one
    # continued after a page break): the headings with a body win over the bodiless list.
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2024-03-05\nBeslutande\tAnna Berg (S), ordförande\n"
                 "Ärenden\t§ 31 Taxa för vatten och avlopp\n§ 32 Yttrande över förslag till trafikplan\n"
                 "för Norrby centrum\n§ 33 Anmälan av delegationsbeslut\nUnderskrifter\nSekreterare\t.......\n"
                 "\f§ 31 Taxa för vatten och avlopp\nDnr TN 2024/12\nBeslut\nTaxan fastställs.\n"
                 "§ 32 Yttrande över förslag till trafikplan\nför Norrby centrum\nDnr TN 2024/15\nBeslut\n"
                 "Yttrandet antas.\n\f§ 32 (forts.)\nReservation\nOlle Ek (M) reserverar sig.\n"
                 "§ 33 Anmälan av delegationsbeslut\nDnr TN 2024/2\nBeslut\nRedovisningen läggs till handlingarna.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("31", "Taxa för vatten och avlopp"), ("32", "Yttrande över förslag till trafikplan för Norrby centrum"),
        ("33", "Anmälan av delegationsbeslut")]
    assert [[c.value for c in p.case_numbers] for p in m.paragraphs] == [["TN 2024/12"], ["TN 2024/15"], ["TN 2024/2"]]


def test_a_paragraph_without_a_body_right_above_the_next_is_kept():
    # Two short items right after each other whose numbers head nowhere else are paragraphs, not a list.
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2024-03-05\n\n§ 1 Val av justerare\n§ 2 Godkännande av "
                 "dagordningen\n§ 3 Taxa för vatten\nTaxan fastställs.\n")
    assert [p.number for p in m.paragraphs] == ["1", "2", "3"]


def test_a_registration_number_printed_above_the_heading_belongs_to_the_paragraph_below():
    m = _minutes("Regionstyrelsen\n\nDnr RS 2023-41\n§ 7 Hyresavtal för\nvårdcentralen i Berga\nText.\n\n"
                 "Dnr RS 2023-9\n§ 8 Budget för 2024\nText.\n\n§ 9 Val av ombud\nDnr RS 2023-77\nText.\n")
    assert [(p.title, [c.value for c in p.case_numbers]) for p in m.paragraphs] == [
        ("Hyresavtal för vårdcentralen i Berga", ["RS 2023-41"]), ("Budget för 2024", ["RS 2023-9"]),
        ("Val av ombud", ["RS 2023-77"])]


def test_a_parenthesised_registration_number_of_the_other_party_is_not_the_title():
    m = _minutes("Kommunstyrelsen\n\nKS § 12                    Dnr KS/2024:55\n"
                 "                           (Länsstyrelsens dnr 512-3344-2024)\n"
                 "Yttrande över förslag till åtgärdsprogram för vatten\n\n"
                 "Beslut\nKommunstyrelsen antar yttrandet.\n")
    assert m.paragraphs[0].title == "Yttrande över förslag till åtgärdsprogram för vatten"


def _paged(text: str):

    starts = (0, *(i + 1 for i, ch in enumerate(text) if ch == "\f"))
    return extract_minutes(SourceText(Path("x.txt"), text, "text/plain", "0" * 64, starts))


def test_a_number_written_before_the_sign_heads_a_paragraph_also_when_every_page_opens_with_one():
    pages = ["Kommunstyrelsen\nSammanträdesdatum 2024-11-05\nBlad 1 av 3\n\nJusterare: Eva Ek (C)\n",
             "Kommunstyrelsen\nBlad 2 av 3\n\n41 §  Dnr KS 2024/0512\nYttrande över remiss om regional\n"
             "transportplan\n\nText.\n\nBeslut\n  1. Yttrandet antas.\n",
             "Kommunstyrelsen\nBlad 3 av 3\n\n42 §  Dnr KS 2024/0201\nSvar på motion om laddstolpar\n\nText.\n"]
    m = _paged("\f".join(pages))
    assert [p.number for p in m.paragraphs] == ["41", "42"]
    assert [p.title for p in m.paragraphs] == ["Yttrande över remiss om regional transportplan",
                                               "Svar på motion om laddstolpar"]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["KS 2024/0512"]
    one = _minutes("Nämnden\n\n7 §  Budget för 2025\n\nText.\n")
    assert [p.title for p in one.paragraphs] == ["Budget för 2025"]


@pytest.mark.parametrize("reference", ["enligt 6 kap.\n38 § kommunallagen gäller.",
                                       "enligt\n38 § Förvaltningslagen gäller.",
                                       "med stöd av\n38 § Lag om kommunal redovisning.",
                                       "i 2 kap.\n38 § första stycket."])


def test_a_law_reference_wrapped_to_the_start_of_a_line_is_no_paragraph_heading(reference):
    m = _minutes(f"Kommunstyrelsen\n\n§ 12  Ärende\n\nBeslutet fattas {reference}\n\nBeslut\nÄrendet avslutas.\n")
    assert [p.number for p in m.paragraphs] == ["12"]


@pytest.mark.parametrize("heading, title", [
    ("§ 12\nÄrende 7: Budget för kulturskolan", "Budget för kulturskolan"),
    ("§ 12\t\tDnr KS 2024/77\n4. Val av ombud till föreningsstämman", "Val av ombud till föreningsstämman"),
    ("§ 12  Punkt 3. Taxa för bygglov", "Taxa för bygglov"),
    ("§ 12  100 nya platser i förskolan", "100 nya platser i förskolan"),
])


def test_an_agenda_number_is_no_part_of_the_title(heading, title):
    m = _minutes(f"Kommunstyrelsen\n\n{heading}\n\nBeslut\nKommunstyrelsen godkänner förslaget.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("12", title)]


def test_a_title_beside_an_agenda_number_above_the_paragraph_number():
    m = _minutes("Kommunstyrelsen\n\nÄrende 9\tInköp av fordon till räddningstjänsten\n§ 45\tDnr KS 2024/11\n"
                 "Ärendebeskrivning\nRäddningstjänsten behöver två nya fordon.\nBeslut\nInköpet godkänns.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("45", "Inköp av fordon till räddningstjänsten")]


def test_a_title_wrapped_onto_a_capitalised_line_above_its_registration_number():
    m = _minutes("Kommunstyrelsen\n\n§ 7   Detaljplan för del av Västra\nHamnen i Lysekil\nDnr KS 2023/88\n\n"
                 "Beslut\nPlanen antas.\n\n§ 8\nLokalförsörjningsplan 2025\nRemiss från kommunstyrelsen\n"
                 "Dnr KS 2023/91\n\nBeslut\nPlanen godkänns.\n")
    assert [p.title for p in m.paragraphs] == ["Detaljplan för del av Västra Hamnen i Lysekil",
                                               "Lokalförsörjningsplan 2025"]


def test_a_voting_list_heading_without_an_appendix_line_stays_in_its_paragraph():
    from kommungraf.clean import content_lines
    from kommungraf.segment import segment

    text = _APPENDED_VOTES.replace("Bilaga 1 till regionfullmäktiges protokoll 2024-03-12\n\n", "")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    assert segment(content_lines(src)).trailer == []


_OCR_HEADS = ("Kommunstyrelsen\n\n§ 10     Dnr KS 2023/5\n\nTaxa för bygglov\n\nBeslut\nTaxan antas.\n\n"
              "$ 11     Dnr KS 2023/6\n\nPlan för vatten\n\nBeslut\nPlanen antas enligt KF $ 40.\n\n"
              "S 12\n\nNy skolplan\n\nBeslut\nSkolplanen noteras.\n\n§ 13\n\nÖvrigt\n\nBeslut\nInget.\n")


def test_an_ocr_heading_that_reads_the_paragraph_sign_as_dollar_or_s_continues_the_numbers():
    m = _minutes(_OCR_HEADS)
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("10", "Taxa för bygglov"), ("11", "Plan för vatten"), ("12", "Ny skolplan"), ("13", "Övrigt")]
    assert [c.value for c in m.paragraphs[1].case_numbers] == ["KS 2023/6"]


@pytest.mark.parametrize("text", [
    # A number that does not continue the headings, and "S 5" in running text, are no headings.
    "Kommunstyrelsen\n\n§ 10\n\nTaxa\n\nBeslut\nTaxan antas.\n\n$ 40 per timme debiteras.\n\nS 12\n\n§ 11\n\nPlan\n",
    "Kommunstyrelsen\n\n§ 10\n\nTaxa\n\nBeslut\nTaxan antas.\nS 11 ledamöter var närvarande.\n\n§ 11\n\nPlan\n",
])


def test_a_dollar_or_s_before_a_number_that_breaks_the_sequence_is_no_heading(text):
    assert [p.number for p in _minutes(text).paragraphs] == ["10", "11"]


def test_an_agenda_number_beside_the_paragraph_number_is_no_title():
    m = _minutes("Regionstyrelsen\n\n§ 31                                   Ärende nr 6\nRS 2024/77\n\n"
                 "Yttrande över remiss om nationell plan för kompetensförsörjning inom\nvården\n\n"
                 "Beslut\nRegionstyrelsen beslutar att anta yttrandet.\n")
    assert m.paragraphs[0].number == "31"
    assert m.paragraphs[0].title == "Yttrande över remiss om nationell plan för kompetensförsörjning inom vården"


def test_a_paragraph_label_in_an_extract_header_is_no_title_where_the_heading_follows():
    m = _minutes("Kultur- och fritidsnämnden\nSammanträdesdatum\t2023-02-08\nParagraf\t§ 12\n"
                 "§ 12\tÖverenskommelse om lovaktiviteter\n\nBeslut\nNämnden godkänner överenskommelsen.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("12", "Överenskommelse om lovaktiviteter")]


def test_an_extract_label_naming_its_paragraph_is_no_title_where_the_heading_follows():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum   2023-04-12\n\nUtdraget avser    § 41\n\n"
                 "§ 41                     Dnr TN 2023/88\n\nNy taxa för hämtning av grovavfall\n\n"
                 "Beslut\nNämnden antar taxan.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("41", "Ny taxa för hämtning av grovavfall")]


def test_headings_with_the_year_or_in_brackets_after_the_agenda_item_open_paragraphs():
    m = _minutes("Tekniska nämnden\n\nParagrafer\tTN § 30/23 – TN § 31/23\n\nTN § 30/23 Taxa för slamtömning\n"
                 "Enligt 6 kap. 38 § kommunallagen bereds ärendet. Bygg-utskottet tog upp det, BU § 12/23 – "
                 "BU § 13/23.\n\nBeslut\nNämnden antar taxan.\n\nTN § 31/23 Snöröjning\n\nBeslut\nNämnden noterar.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("30", "Taxa för slamtömning"), ("31", "Snöröjning")]
    m = _minutes("Miljönämnden\n\n§ 2023:4     Dnr MN 2023/9\nTillsynsplan\n\nBeslut\nNämnden antar planen.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("4", "Tillsynsplan")]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["MN 2023/9"]
    m = _minutes("Kulturnämnden\n\nPunkt 1 (§ 8) Val av justerare\n\nBeslut\nNämnden väljer Eva Ek.\n\n"
                 "Punkt 2 (§ 8b) Bidrag till föreningar\n\nBeslut\nNämnden beviljar bidraget.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("8", "Val av justerare"), ("8 b", "Bidrag till föreningar")]


def test_law_references_and_other_numbers_with_a_year_open_no_paragraph():
    from kommungraf.segment import segment

    def heads(text: str) -> list[str]:
        src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
        return [p.number for p in segment(content_lines(src)).paragraphs]

    assert heads("Nämnden\n\n§ 3 Ärende\nText om\n§ 2023:725 är ingen rubrik.\nÄrendet (se § 4) och "
                 "punkt 3 (§ 12 i förra protokollet)\nKSAU § 40/24 – KSAU § 47/24\n") == ["3"]


def test_a_heading_over_a_range_of_paragraphs_opens_one_paragraph_numbered_by_its_first():
    from kommungraf.segment import segment

    def heads(text: str) -> list[str]:
        src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
        return [p.number for p in segment(content_lines(src)).paragraphs]

    assert heads("Nämnden\n\n§ 1 Val\n\n§§ 2–4     Dnr KS 2024/1\nMotioner\n\n§ 5 Övrigt\n") == ["1", "2", "5"]
    # A range listed on the first page, each paragraph then under its own heading: the range heads nothing.
    assert heads("Nämnden\n\n§§ 1–2     Sammanträdets paragrafer\n\n§ 1 Val\n\n§ 2 Övrigt\n") == ["1", "2"]
    assert heads("Nämnden\n\n§ 1 Val\nSe styrelsens §§ 18–26 och\n§§ 18–26\n") == ["1"]


def test_an_appended_reservation_whose_heading_names_its_paragraph_joins_that_paragraph(tmp_path):
    from kommungraf.loaders import read_document

    doc = tmp_path / "testby-kf-2024-06-13-protokollsutdrag.txt"
    doc.write_text(
        "Testby kommun\nKommunfullmäktige\nSammanträdesdatum 2024-06-13\n\n"
        "§ 67 Borgen för bostadsbolaget\nKommunfullmäktige beslutar att ingå borgen.\n"
        "Reservation\nSocialdemokraternas ledamöter reserverar sig, se bilaga 1.\n\n"
        "Vid protokollet\nKarin Sjö, sekreterare\n\nJusteras\nAnna Berg        Per Lind\n\n"
        "Bilaga 1\nReservation till kommunfullmäktiges protokoll 2024-06-13, § 67\n"
        "Vi anser att borgen är för stor.\n\nFör Socialdemokraterna\nLena Ek (S)\nOmar Said (S)\n",
        encoding="utf-8")
    from kommungraf.clean import content_lines
    from kommungraf.segment import segment

    src = read_document(doc)
    seg = segment(content_lines(src))
    assert not any("Reservation till" in ln.text for ln in seg.trailer)
    assert any(s.kind == "reservation" and s.heading is not None and "Reservation till" in s.heading.text
               for s in seg.paragraphs[0].sections)
    signers = {r.name for st in extract_minutes(src).paragraphs[0].statements for r in st.by}
    assert {"Lena Ek", "Omar Said"} <= signers


def test_a_case_systems_label_rows_give_the_title_and_the_adjuster(tmp_path):
    doc = tmp_path / "run-2024-09-12-utdrag.txt"
    doc.write_text(
        "Region Sörmland\tRegionala utvecklingsnämnden\tSammanträdesdatum 2024-09-12\n"
        "Paragraf\t§ 74\nDiarienummer\t24RUN0187\n"
        "Ärende\tRemissvar – Åtgärdsvalsstudie för väg 53\n"
        "Sammanfattning\tTrafikverket har skickat studien på remiss.\n"
        "Beslut\tRegionala utvecklingsnämnden beslutar\n\t1. Nämnden antar förslaget till yttrande.\n"
        "Justerare\tAnn-Sofie Lindqvist (S)\nJustering\tParagrafen justerad omedelbart 2024-09-12\n"
        "Ordförande\tMagnus Ridell\nSekreterare\tMaria Hellberg\n"
        "Utdragsbestyrkande\tRätt utdraget intygar\n\tMaria Hellberg, nämndsekreterare\n", encoding="utf-8")
    from kommungraf.loaders import read_document

    minutes = extract_minutes(read_document(doc))
    assert [p.title for p in minutes.paragraphs] == ["Remissvar – Åtgärdsvalsstudie för väg 53"]
    roles = {p.name: p.roles for p in minutes.persons}
    assert "justerare" in roles["Ann-Sofie Lindqvist"]


def test_hs20_paragraf_word_headings_with_the_title_below_and_a_continued_page():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-04-25\n\nUnderskrifter   Sekreterare   ......   Paragraf 12–13\n\n"
        "Paragraf 12\nVal av justerare\n\nBeslut\nKommunfullmäktige utser Anna Berg (C) att justera.\n\n"
        "Paragraf 13\nSvar på motion om cykelvägar\nDiarienummer KS 2023/412\n\nBeslut\n"
        "Kommunfullmäktige beslutar\natt avslå motionen.\n\nParagraf 13, forts.\n\nReservation\n"
        "Per Ek (S) reserverar sig mot beslutet.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("12", "Val av justerare"), ("13", "Svar på motion om cykelvägar")]
    assert [c.value for c in m.paragraphs[1].case_numbers] == ["KS 2023/412"]


def test_hs20_a_bare_margin_number_under_a_sign_column_header_heads_a_paragraph():
    m = _minutes(
        "Barn- och utbildningsnämnden\nSammanträdesdatum 2024-03-20\nParagrafer\t23–24\n\n"
        "§\tÄrende och beslut\n23\tYttrande över motion om simundervisning\nDnr BUN 2024/17\nBeslut\n"
        "Nämnden antar yttrandet.\n24\tÖverenskommelse om förskoleplatser\nDnr BUN 2024/22\nBeslut\n"
        "Nämnden godkänner överenskommelsen.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("23", "Yttrande över motion om simundervisning"), ("24", "Överenskommelse om förskoleplatser")]


def test_hs20_a_margin_number_whose_sign_stands_only_in_the_footer():
    m = _minutes(
        "EKSJÖ KOMMUN          PROTOKOLLSUTDRAG\nSocialnämnden         Sammanträdesdatum\n2024-09-25\n\n"
        "91              Yttrande över remiss av promemorian om personlig\nassistans (Ds 2024:12)\nSN 2024/0213\n\n"
        "Beslut\nSocialnämnden antar yttrandet.\n\n"
        "Utdrag ur socialnämndens protokoll 2024-09-25, § 91      Utdragsbestyrkande\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("91", "Yttrande över remiss av promemorian om personlig assistans (Ds 2024:12)")]
    # Without the § anywhere a number in the margin heads nothing.
    with pytest.raises(Exception):  # noqa: B017 - NotMinutesError
        _minutes("Socialnämnden\n\n91              Yttrande över remiss\n\nBeslut\nNämnden antar yttrandet.\n")


def test_hs20_the_case_number_between_sign_and_title_is_no_part_of_the_title():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n\n"
        "§ 61\tDnr KS 2023/298\tSvar på motion om solcellsanläggningar på kommunens\nfastigheter\n"
        "Beslut\nKommunstyrelsen avslår motionen.\n"
        "§ 98 KS 2024/145 Markanvisningsavtal för kvarteret Lärkan\nBeslut\nKommunstyrelsen godkänner avtalet.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("61", "Svar på motion om solcellsanläggningar på kommunens fastigheter"),
        ("98", "Markanvisningsavtal för kvarteret Lärkan")]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["KS 2023/298"]
    assert [c.value for c in m.paragraphs[1].case_numbers] == ["KS 2024/145"]


def test_h21_a_jav_remark_with_a_paragraph_number_in_an_attendance_row_heads_no_paragraph():
    minutes = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\nBeslutande ledamöter\tAnmärkning\n"
                       "Anna Ek (S), ordförande\nElin Berg (MP)\tJäv § 114\nBo Holm (M)\n\n"
                       "§ 112\tKS/2024:318\nTaxa för bygglov\n\nBeslut\nKommunstyrelsen antar taxan.\n\n"
                       "§ 113\tKS/2024:301\nSamverkansavtal om vuxenutbildning\n\nBeslut\nAvtalet godkänns.\n\n"
                       "§ 114\tKS/2024:302\nBudget 2025\n\nBeslut\nBudgeten antas.\n")
    assert [(p.number, p.title) for p in minutes.paragraphs] == [
        ("112", "Taxa för bygglov"), ("113", "Samverkansavtal om vuxenutbildning"), ("114", "Budget 2025")]


def test_h21_a_heading_numbered_meeting_colon_item_is_read_by_the_items_number():
    minutes = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-11-04\n\n"
                       "KS § 14:7 Samverkansavtal om e-arkiv\nDnr ÖKS 2024/45-1.2.3\n\nBeslutsunderlag\n"
                       "- Arbetsutskottets förslag 2024-10-21, § 12:4\n\nBeslut\nAvtalet godkänns.\n")
    assert [(p.number, p.title) for p in minutes.paragraphs] == [("7", "Samverkansavtal om e-arkiv")]
    assert [c.value for c in minutes.paragraphs[0].case_numbers] == ["ÖKS 2024/45-1.2.3"]


_H22_SEPARATED = (
    "PROTOKOLL\nRegionala utvecklingsnämnden\nSammanträdesdatum: 2024-06-13\n"
    "Yttrande till Trafikverket över åtgärdsvalsstudie för väg 95\n"
    "Ärende 4 · RUN § 87 · Dnr RUN 388-2024\n"
    "Sammanfattning\nTrafikverket har skickat åtgärdsvalsstudien för väg 95 på remiss till regionen.\n"
    "Beslut\nRegionala utvecklingsnämnden antar förslaget till yttrande.\n"
    "Avsiktsförklaring om samverkan för besöksnäring\n"
    "Ärende 5 · RUN § 88 · Dnr RUN 212-2024\n"
    "Sammanfattning\nEn avsiktsförklaring har tagits fram.\n"
    "Beslut\nRegionala utvecklingsnämnden godkänner avsiktsförklaringen.\n")


def test_h22_a_title_above_a_separated_meta_line_heads_the_paragraph():
    m = _minutes(_H22_SEPARATED)
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("87", "Yttrande till Trafikverket över åtgärdsvalsstudie för väg 95"),
        ("88", "Avsiktsförklaring om samverkan för besöksnäring")]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["RUN 388-2024"]
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Trafikverket"


def test_h23_a_cited_paragraph_number_wrapped_to_a_line_start_opens_no_paragraph():
    m = _minutes("Bildningsnämnden\nSammanträdesdatum: 2024.03.19\n\n"
                 "BN § 18   Revidering av riktlinjer   (BN 2024/0027)\n\nSammanfattning\n"
                 "Riktlinjerna antogs av bildningsnämnden 12/6 2019,\n"
                 "§ 47. Förvaltningen föreslår att avståndsgränsen sänks från 4 till 3 km.\n\n"
                 "Beslutsunderlag\nTjänsteskrivelse från bildningsförvaltningen, 2024.03.05\n\n"
                 "Beslut\nBildningsnämnden beslutar att anta riktlinjerna.\n\n"
                 "Reservation anmäls av Göran Ek (S) och Hanna Qvist (V)\ntill förmån för Göran Eks yrkande.\n\n"
                 "Sekr. ...........................   Ordf. ...........................\n"
                 "      Maria Falk                           Sofia Bäck\n")
    assert [p.number for p in m.paragraphs] == ["18"]
    p = m.paragraphs[0]
    assert p.staff_report_date is not None and p.staff_report_date.value == "2024-03-05"
    assert sorted(r.name for st in p.statements if st.kind == "reservation" for r in st.by) == \
        ["Göran Ek", "Hanna Qvist"]
    assert not any(r.name in ("Maria Falk", "Sofia Bäck") for st in p.statements for r in st.by)


def test_h23_a_title_wrapped_after_a_proper_genitive_goes_on_to_the_next_line():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-13\n"
                 "§ 87\tKS 2024/00198\nYttrande över förslag till ny förbundsordning för Södra Älvsborgs\n"
                 "Räddningstjänstförbund\nÄrendebeskrivning\n"
                 "Direktionen för Södra Älvsborgs Räddningstjänstförbund beslutade 2024-03-21, § 14, att skicka "
                 "ett förslag till ny förbundsordning på remiss till medlemskommunerna.\n"
                 "Beslut\nKommunstyrelsen avger yttrande i enlighet med förslaget.\n")
    p = m.paragraphs[0]
    assert p.title.endswith("Södra Älvsborgs Räddningstjänstförbund")
    assert p.referred_by is not None and p.referred_by.value == "Södra Älvsborgs Räddningstjänstförbund"


def test_h25_yttrande_or_protokollsanteckning_from_party_codes_heads_the_groups_statement():
    from kommungraf.segment import section_kind

    assert section_kind("Yttrande (M, L, C)") == "särskilt yttrande"
    assert section_kind("Protokollsanteckning från (SD)") == "protokollsanteckning"
    assert section_kind("Yttrande") == "case"
    m = _minutes("Nämnden för demokrati och medborgarservice\nSammanträdesdatum 2024-04-16\n§ 44 Program\n"
                 "Beslut\nNämnden tillstyrker remissen.\nYttrande (M, L, C)\n"
                 "Sofia Lund (M), Erik Wall (L) och Marie Holm (C) lämnar ett yttrande enligt bilaga 1.\n")
    got = sorted((st.kind, r.name) for st in m.paragraphs[0].statements for r in st.by)
    assert got == [("särskilt yttrande", "Erik Wall"), ("särskilt yttrande", "Marie Holm"),
                   ("särskilt yttrande", "Sofia Lund")]


def test_h24_a_dash_between_the_number_and_the_title_is_no_part_of_the_title():
    m = _minutes("Direktionen\nSammanträdesdatum 2024-03-27\nDir § 15 – Årsredovisning 2023\n"
                 "Direktionen beslutar\nÅrsredovisningen godkänns.\n"
                 "Dir § 16 – Avfallstaxa 2025 – rekommendation\nDirektionen beslutar\nTaxan rekommenderas.\n")
    assert [p.title for p in m.paragraphs] == ["Årsredovisning 2023", "Avfallstaxa 2025 – rekommendation"]


def test_h24_a_title_that_wraps_after_kvarteret_goes_on_with_the_name_on_the_next_line():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n"
                 "§ 89                                    Dnr KS 2024/175\n"
                 "Markanvisningsavtal för kvarteret\nGjuteriet i Hedemora\n\nÄrendebeskrivning\nText.\n"
                 "Kommunstyrelsen beslutar\nAvtalet godkänns.\n")
    assert m.paragraphs[0].title == "Markanvisningsavtal för kvarteret Gjuteriet i Hedemora"


def test_a_title_that_wraps_after_a_protected_areas_noun_goes_on_with_its_name():
    for noun, name in (("naturreservatet", "Granbergets urskog"), ("vattenskyddsområdet", "Norrsjön")):
        m = _minutes("Miljönämnden\nSammanträdesdatum 2024-05-14\n"
                     "§ 12                                    Dnr MN 2024/31\n"
                     f"Yttrande över förslag till beslut om {noun}\n{name}\n\nÄrendet\nText.\n"
                     "Beslut\nYttrandet antas.\n")
        assert m.paragraphs[0].title == f"Yttrande över förslag till beslut om {noun} {name}"


def test_h28_row_of_dotted_signature_labels_opens_the_signature_block():
    from kommungraf.segment import _dotted_labels_row

    assert _dotted_labels_row("Ordförande ..........\tJusterare ..........\tJusterare ..........")
    assert not _dotted_labels_row("Ordförande ..........")
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-05-23\n§ 64 Avtal\nBeslut\n"
                 "Kommunfullmäktige godkänner avtalet.\nBeslutet skickas till\nVästtrafik AB\n"
                 "Ordförande ..........\tJusterare ..........\tJusterare ..........\n"
                 "Martin Johansson\tKarin Blomqvist (S)\tThomas Ivarsson (KD)\n"
                 "Vid protokollet: Ulrika Hed, sekreterare\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Martin Johansson"] == ("ordförande",)
    assert roles["Karin Blomqvist"] == ("justerare",) and roles["Thomas Ivarsson"] == ("justerare",)


def test_h27_a_title_in_capitals_wraps_onto_the_next_line_in_capitals():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-09-10\n\n§ 34\n"
                 "BEGÄRAN OM YTTRANDE FRÅN INSPEKTIONEN – TILLSYN AV\nHABILITERINGENS INSATSER\n"
                 "                          Dnr FHN 2024/0087\n\nText om ärendet.\n\n"
                 "Beslut\nNämnden antar förslaget.\n")
    assert m.paragraphs[0].title == "BEGÄRAN OM YTTRANDE FRÅN INSPEKTIONEN – TILLSYN AV HABILITERINGENS INSATSER"


def test_h27_a_report_reference_in_brackets_on_its_own_line_ends_the_title():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-04-25\nHSN § 45          Dnr HSN 2024/45\n\n"
                 "Remiss från Socialdepartementet – Promemorian Ett\nsäkert informationsutbyte i vården\n"
                 "(Ds 2024:7)\n\nNämndens beslut\nNämnden lämnar yttrande.\n")
    assert m.paragraphs[0].title.endswith("i vården (Ds 2024:7)")


def test_h30_header_box_line_heads_a_paragraph_once_per_number():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-04-15\n"
                 "Kommunstyrelsen\t2024-04-15\t§ 61\nDnr KS 2024/87\nRevidering av förbundsordning\n"
                 "Ärendebeskrivning\tFörbundet har föreslagit en ny ordning.\n"
                 "Kommunstyrelsen\t2024-04-15\t§ 61\nKommunstyrelsens beslut\nKommunstyrelsen godkänner ordningen.\n"
                 "Kommunstyrelsen\t2024-04-15\t§ 62\nDnr KS 2024/102\nRedovisning av delegationsbeslut\n"
                 "Kommunstyrelsens beslut\nRedovisningen läggs till handlingarna.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("61", "Revidering av förbundsordning"), ("62", "Redovisning av delegationsbeslut")]


def test_h30_attendance_below_an_extracts_header_box_stays_on_the_first_page():
    m = _minutes("PERSTORPS KOMMUN\tPROTOKOLLSUTDRAG\t1 (2)\nSammanträdesdatum\n"
                 "Kommunfullmäktige\t2024-05-29\t§ 45\nOrdförande\tRolf Hagström (M)\n"
                 "Justerare\tÅke Lindahl (M), Anna Westerberg (S)\nDnr KS 2023/0217\n"
                 "Svar på motion om kollektivtrafik\nÄrendebeskrivning\tEn motion har lämnats.\n"
                 "Kommunfullmäktiges beslut\nMotionen avslås.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("45", "Svar på motion om kollektivtrafik")]
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Rolf Hagström"] == ("ordförande",) and roles["Anna Westerberg"] == ("justerare",)


def test_h30_title_above_the_dnr_below_the_attendance_of_a_header_box():
    m = _minutes("Åstorps kommun    SAMMANTRÄDESPROTOKOLL    1(2)\nSammanträdesdatum\n"
                 "Kommunstyrelsen              2024-06-03              § 87\n\n"
                 "Beslutande ledamöter: Johan Bergkvist (M), ordförande, Sara Lindh (M)\n"
                 "Justerare               Sara Lindh (M)\n\nExploateringsavtal för Nyvång\nDnr KS 2023/214\n"
                 "Ärendebeskrivning       Ett avtal har tagits fram.\n\nKommunstyrelsens beslut\n"
                 "Kommunstyrelsen godkänner avtalet.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("87", "Exploateringsavtal för Nyvång")]
    assert {p.name: p.roles for p in m.persons}["Sara Lindh"] == ("ledamot", "justerare")


def test_h32_ocr_signs_before_the_first_true_heading():
    m = _minutes("Barn- och utbildningsnämnden\nSammanträdesdatum 2024-03-20\n"
                 "$23            Dnr BUN 2024/18\nYttrande över motion om simskola\nBeslut\nNämnden antar yttrandet.\n"
                 "5 24               Dnr BUN 2024/31\nÖverenskommelse om samverkan\nBeslut\nNämnden godkänner den.\n"
                 "§ 25           Dnr BUN 2023/147\nRiktlinjer för skolskjuts\nBeslut\nNämnden antar riktlinjerna.\n")
    assert [p.number for p in m.paragraphs] == ["23", "24", "25"]


def test_h32_ocr_sign_where_no_heading_has_the_sign():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\nS 52 Dnr KS 2024/87-312\n\n"
                 "Medfinansieringsavtal med Trafikverket\n\nBeslut\nKommunfullmäktige godkänner avtalet.\n\n"
                 "S 52 (forts)\n\nReservation\nNågon reserverar sig.\n")
    assert [p.number for p in m.paragraphs] == ["52"]


def test_h32_citation_after_an_iso_date_at_a_line_start_is_no_heading():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-04-09\n§ 6 Samverkansavtal\nÄrendebeskrivning\n"
                 "Arbetsutskottet behandlade ärendet 2024-03-26,\n§ 38. Lagen om skydd mot olyckor ger stöd.\n"
                 "Beslut\nKommunstyrelsen godkänner avtalet.\n§ 7 Motion\nBeslut\nMotionen avslås.\n")
    assert [p.number for p in m.paragraphs] == ["6", "7"]


def test_h31_agenda_banner_with_paragraph_word():
    m = _minutes(_H31_HEAD + "------------------------------------------------\n"
                 "Beslutsärende 6                         Paragraf § 38\n"
                 "------------------------------------------------\n\n"
                 "Avtal om städning av skolor\nDiarienummer: KFN 2024/0031\n\n"
                 "Beslut\nNämnden beslutar att godkänna avtalet.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("38", "Avtal om städning av skolor")]


def test_h33_appendix_vote_list_naming_its_paragraph_first():
    from kommungraf.segment import _appended_attendance_list

    body = [Line("§ 23 Motion", 0, 11, 0, False), Line("Bilaga 1, § 20, Närvaro- och voteringslista", 12, 55, 0, True)]
    assert _appended_attendance_list(body) == 1


def test_two_registration_numbers_on_the_heading_line_leave_the_title_to_the_next_line():
    m = _minutes(_H31_HEAD + "§ 61\tMBN 2024-000123 | Dnr MB 2023/0877\n"
                 "Strandskyddsdispens för nybyggnad av brygga, Hamburgsund 3:45\nBeslut\nNämnden beviljar dispens.\n")
    assert m.paragraphs[0].title == "Strandskyddsdispens för nybyggnad av brygga, Hamburgsund 3:45"


def test_notes_and_appeal_instructions_after_a_permit_decision_end_the_decision():
    m = _minutes(_H31_HEAD + "§ 21 Förhandsbesked för nybyggnad av enbostadshus\nBeslut\nNämnden beslutar att\n"
                 "1. lämna positivt förhandsbesked,\n2. fastställa avgiften till 9 850 kronor.\nUpplysningar\n"
                 "- Förhandsbeskedet är bindande i två år.\n- Bygglov krävs.\nHur man överklagar\n"
                 "Beslutet kan överklagas hos Länsstyrelsen.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_a_title_line_that_leaves_a_bracket_open_takes_the_line_that_closes_it():
    m = _minutes("Regionstyrelsen\nSammanträdesdatum 2024-04-16\n\n"
                 "§ 70\tRemiss\tfrån\tSocialdepartementet\t– Betänkandet\tRS 2024-00123\n"
                 "Framtidens primärvård – nära och tillgänglig (SOU\n2024:12)\nÄrendebeskrivning\n"
                 "Regionen har fått betänkandet på remiss.\n")
    assert m.paragraphs[0].title == \
        "Remiss från Socialdepartementet – Betänkandet Framtidens primärvård – nära och tillgänglig (SOU 2024:12)"


# segment.py, extract/paragraph.py


def test_a_dash_stuck_to_a_margin_case_number_continues_the_title():
    m = _minutes("Regionstyrelsen\nSammanträdesdatum 2024-04-16\n\n"
                 "§ 72\tYttrande\töver\tremiss\tfrån\tFinansdepartementet\t– RS 2024-00254\n"
                 "Promemorian Ändrade regler för generella statsbidrag till\nregionerna\nÄrendebeskrivning\n"
                 "Finansdepartementet har remitterat promemorian till samtliga regioner.\n")
    par = m.paragraphs[0]
    assert par.title == ("Yttrande över remiss från Finansdepartementet – Promemorian Ändrade regler för generella "
                         "statsbidrag till regionerna")
    assert [c.value for c in par.case_numbers][:1] == ["RS 2024-00254"]


def test_rows_of_an_earlier_handling_table_are_no_header_boxes_that_start_paragraphs():
    text = (_KF_HEAD + "§ 32 Dnr KS 2023/412\nMotion om fritt mensskydd\nTidigare behandling\nOrgan\tDatum\tParagraf\n"
            "Barn- och utbildningsnämnden\t2024-01-30\t§ 7\nKommunstyrelsens arbetsutskott\t2024-03-05\t§ 41\n"
            "Kommunstyrelsen\t2024-03-19\t§ 52\nKommunfullmäktiges beslut\nMotionen avslås.\n"
            "§ 33 Dnr KS 2023/301\nSvar på medborgarförslag om utegym\nKommunfullmäktiges beslut\n"
            "Medborgarförslaget bifalls.\n")
    numbers = [p.number for p in segment(content_lines(_src(text))).paragraphs]
    assert numbers == ["32", "33"]


def test_a_header_box_alone_on_its_line_still_heads_a_paragraph():
    text = ("Kommunstyrelsen\nSammanträdesdatum 2024-04-15\nOrdförande: Anna Ek (S)\n"
            "Kommunstyrelsen\t2024-04-15\t§ 62\nDnr KS 2024/101\nBudget 2025\nKommunstyrelsen beslutar att anta "
            "budgeten.\n")
    assert [p.number for p in segment(content_lines(_src(text))).paragraphs] == ["62"]


def test_a_cited_sign_after_a_preposition_at_a_line_start_is_no_heading():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-09-23\n\n§ 13\nTillägg till dagordningen\n"
                 "Ordföranden föreslår att ärendet Fyllnadsval tas upp som extra ärende\n"
                 "under § 17. Valberedningen har lämnat sitt förslag den 19 september 2024.\n"
                 "Beslut\nFullmäktige godkänner dagordningen.\n\n"
                 "§ 14\nÅrsredovisning 2023\nBeslut\nFullmäktige godkänner årsredovisningen.\n\n"
                 "§ 15\nMotion om skoterleder\nBeslut\nMotionen avslås.\n")
    assert [p.number for p in m.paragraphs] == ["13", "14", "15"]


def test_h40_title_above_line_with_only_number_and_dnr():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum: 2024-10-14\n"
        "Justeringens plats och tid: Digital justering 2024-10-17\n"
        "Anmälan av delegationsbeslut\n"
        "KS § 141\tDnr KS 2024/3\n"
        "Följande delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen:\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen godkänner redovisningen av delegationsbeslut.\n"
        "Yttrande över Region Stockholms remiss av förslag till regional cykelplan\n"
        "KS § 142\tDnr KS 2024/156\n"
        "Region Stockholm har skickat förslaget på remiss till kommunerna i länet.\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen antar yttrandet.\n")
    assert _par(m, "141").title == "Anmälan av delegationsbeslut"
    assert _par(m, "142").title == "Yttrande över Region Stockholms remiss av förslag till regional cykelplan"
    assert _par(m, "142").case_numbers[0].value == "KS 2024/156"
    assert "Yttrande" not in _par(m, "141").text


def test_a_title_wrapped_after_a_names_capitalised_adjective_goes_on():
    m = _minutes("Stadsdelsnämnden\nSammanträdesdatum: 2024-11-05\n\n§ 12\n"
                 "Hyresavtal mellan stadsdelsnämnden och AB Stora\nKopparbergs Bostäder om lokaler 2025–2027\n"
                 "Dnr SDN 2024/51\n\nBeslut\nNämnden godkänner avtalet.\n")
    assert _par(m, "12").title == "Hyresavtal mellan stadsdelsnämnden och AB Stora Kopparbergs Bostäder om lokaler " \
                                  "2025–2027"


def test_a_forbunds_proposal_to_its_members_fullmaktige_is_a_decision_heading():
    assert section_kind("Direktionens förslag till medlemskommunernas fullmäktige") == "decision"
    assert section_kind("Förbundsstyrelsens förslag till medlemmarnas fullmäktige") == "decision"
    assert section_kind("Förslag till beslut") == "proposal-to-decide"


def test_title_above_a_number_line_with_an_agenda_number_beside_the_sign():
    m = _minutes(
        "Tekniska nämnden\nSammanträdesdatum: 2024-11-05\n\n"
        "Val av justerare\n"
        "TN § 51\tÄrende 3\n"
        "Tekniska nämndens beslut\nNämnden utser Lisa Berg (C) att justera.\n"
        "Taxa för slamtömning 2025\n"
        "TN § 52\tÄrende 4\tDnr TN 2024/210\n"
        "Tekniska nämndens beslut\nNämnden antar taxan.\n")
    assert _par(m, "51").title == "Val av justerare"
    assert _par(m, "52").title == "Taxa för slamtömning 2025"
    assert [c.value for c in _par(m, "52").case_numbers] == ["TN 2024/210"]
    assert "slamtömning" not in _par(m, "51").text


def test_h40_adjusted_paragraphs_line_ends_last_paragraph():
    m = _minutes(
        "Kommunfullmäktige\nDatum 2024-04-22\n\n"
        "KF § 37 KS/2024:58\nEntlediganden\n\nKommunfullmäktiges beslut\nAnna Ek (M) entledigas.\n\n"
        "Beslutet skickas till\nLöneenheten\n"
        "Ordförande: Eva Stjernberg (M)\n"
        "Sekreterare: Tove Lund\n"
        "Justerade paragrafer: §§ 33–41. Rätt utdraget intygar: Tove Lund, kommunsekreterare\n")
    roles = {p.name: p.roles for p in m.persons}
    assert "ordförande" in roles["Eva Stjernberg"]
    assert "sekreterare" in roles["Tove Lund"]
    assert "Stjernberg" not in _par(m, "37").text


def test_label_and_name_signature_rows_that_end_the_document_are_the_signatures():
    text = (_KF_HEAD + "§ 63 Dnr KF 2024/4\nAnmälan av delegationsbeslut\nBeslut\nRedovisningen läggs till "
            "handlingarna.\nSekreterare\tTove Lundin\nOrdförande\tGöran Sandell\nJusterare\tKenneth Ohlin\n")
    seg = segment(content_lines(_src(text)))
    assert seg.trailer[0].text == "Sekreterare\tTove Lundin"
    roles = {p.name: p.roles for p in _minutes(text).persons}
    assert "sekreterare" in roles["Tove Lundin"]


def test_an_election_of_the_presidium_in_the_last_paragraph_stays_in_it():
    text = (_KF_HEAD + "§ 5 Dnr KF 2024/5\nVal av presidium\nBeslut\nTill presidiet väljs\n"
            "Ordförande\tAnna Berg (S)\nVice ordförande\tPer Ek (M)\n")
    assert segment(content_lines(_src(text))).trailer == []


def _lines(text: str):
    return content_lines(SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,)))


def test_h45_agenda_table_row_under_header_heads_paragraph():
    from kommungraf.segment import segment

    seg = segment(_lines(
        "BYGGNÄMNDEN\tPROTOKOLLSUTDRAG\n"
        "Ärende\tParagraf\tDiarienummer\n"
        "7\t§ 41\tBN 2024/0012\n"
        "Ny taxa för bygglov\n"
        "Beslut\n"
        "Taxan antas.\n"))
    assert [p.number for p in seg.paragraphs] == ["41"]
    assert [ln.text for ln in seg.paragraphs[0].title_lines] == ["Ny taxa för bygglov"]


def test_h45_fixed_width_agenda_table_row_heads_paragraph():
    from kommungraf.segment import segment

    seg = segment(_lines(
        "Ärendenr   Paragraf   Diarienummer\n"
        "12         § 103      KS 2023/00400\n"
        "Svar på motion om gatubelysning\n"
        "Beslut\n"
        "Motionen avslås.\n"))
    assert [p.number for p in seg.paragraphs] == ["103"]


def test_h45_numbered_row_without_table_header_is_no_heading():
    from kommungraf.segment import segment

    seg = segment(_lines("Förteckning\n3\t§ 41\tBN 2024/0012\nText.\n"))
    assert seg.paragraphs == []




def test_h46_reproduced_extract_of_other_meeting_is_no_paragraph():
    from kommungraf.segment import segment

    seg = segment(_lines(_WITH_REPRODUCED_EXTRACT))
    assert [p.number for p in seg.paragraphs] == ["78"]
    assert seg.appendix[0].text.startswith("Bilaga 1 till")
    assert any("Vid protokollet" in ln.text for ln in seg.trailer)


def test_h46_colon_subparagraphs_under_their_parent_are_paragraphs():
    from kommungraf.segment import segment

    seg = segment(_lines(
        "Kommunstyrelsen 2024-09-11\n\n"
        "§ 112  Budget 2025\n       Dnr 2024/KS0211\n\nBeslut\nSkattesatsen fastställs.\n\n"
        "§ 112:1  Ram för barn- och utbildningsnämnden\n         Dnr 2024/KS0211\n\nBeslut\nRamen fastställs.\n\n"
        "§ 112:2  Ram för socialnämnden\n         Dnr 2024/KS0211\n\nBeslut\nRamen fastställs.\n\n"
        "§ 113  Tillsyn enligt miljöbalken\n       Dnr 2024/KS0230\n\nBeslut\nAvtalet godkänns.\n"))
    assert [p.number for p in seg.paragraphs] == ["112", "1", "2", "113"]


def _titles(text: str) -> list[str]:
    from kommungraf.segment import segment

    return [" ".join(ln.text for ln in p.title_lines) for p in segment(content_lines(_src(text))).paragraphs]


def test_h49_one_word_and_a_year_is_a_title():
    titles = _titles("Valnämnden\n\n§ 12\tSammanträdesplan 2025\tDnr VN 2024/25\n"
                     "Förvaltningen föreslår sex sammanträden.\nBeslut\nPlanen fastställs.\n\n"
                     "§ 13     INTERNKONTROLLPLAN 2024          VN 2024/2\n\nBESLUT\nPlanen antas.\n")
    assert [t.split("\t")[0].split("  ")[0] for t in titles] == ["§ 12", "§ 13"]
    assert "Sammanträdesplan 2025" in titles[0] and "Förvaltningen" not in titles[0]
    assert "INTERNKONTROLLPLAN 2024" in titles[1]


def test_h49_justified_title_ending_in_preposition_goes_on():
    titles = _titles("Nämnden\n\n§ 48\tSamverkansavtal\tom\tkulturnatt\tmed\tDnr KFN/2024:33\n"
                     "Astrid Lindgrens Värld AB\nKommunen och bolaget har tagit fram ett avtal.\n"
                     "Beslut\nAvtalet godkänns.\n")
    assert "Astrid Lindgrens Värld AB" in titles[0]
    assert "Kommunen och bolaget" not in titles[0]


def test_h49_lettered_list_item_is_no_title_wrap():
    titles = _titles("Nämnden\n\n§ 54\tMeddelanden\tDnr KFN/2024:4\n"
                     "a) kommunfullmäktige 2024-04-22, § 61: Ändrad taxa.\nb) cirkulär 24:12.\nBeslut\nNoteras.\n")
    assert "a)" not in titles[0] and "Meddelanden" in titles[0]


def test_h49_e_signature_page_is_no_part_of_the_last_paragraph():
    from kommungraf.segment import segment

    seg = segment(content_lines(_src(
        "Nämnden\n\n§ 20\tInformation\nInformationen noteras.\nVerifikat\nTransaktion 0922211555751\n"
        "Signerare och signaturer\nSara Wendel (SW)\tSekreterare\tSignerade 2024-05-17 10:05:40 CEST\n")))
    assert all("Verifikat" not in ln.text for ln in seg.paragraphs[-1].lines)
    assert any("Sara Wendel" in ln.text for ln in seg.trailer)


def test_h50_letter_spaced_heading_number_is_closed_up():
    from kommungraf.segment import segment

    seg = segment(_lines(
        "Kommunstyrelsen\n"
        "§\t3 8\tDnr KS/2024/0217\n"
        "Exploateringsavtal för Väsby 28:14\n"
        "Beslut\nAvtalet godkänns.\n"
        "§\t3 8 (forts.)\n"
        "Reservation\nAnna Ek (S) reserverar sig.\n"
        "§\t3 9\tDnr KS/2024/0188\n"
        "Yttrande över remiss\n"
        "Beslut\nYttrandet antas.\n"))
    assert [p.number for p in seg.paragraphs] == ["38", "39"]


def test_h50_spaced_digits_in_prose_are_no_heading():
    from kommungraf.segment import segment

    seg = segment(_lines("§ 12 Budget\nText.\n§ 3 8 ledamöter deltog\n"))
    assert [p.number for p in seg.paragraphs] == ["12"]


def test_h52_line_ending_previous_page_is_no_title_above_heading():
    text = ("Nämnden\n\nNS § 30\tNS 2024/1\nTaxa\nBeslut\nTaxan antas.\n\nExpedieras\n"
            "Lantmäteriet, Länsstyrelsen i Uppsala län\n\f"
            "NS § 31\tNS 2024/2\nPlanbesked för fastigheten Väppeby 7:12 m.fl.\n"
            "Beslut\nPlanbesked lämnas.\n")
    titles = _titles(text)
    assert len(titles) == 2
    assert "Lantmäteriet" not in titles[1]
    assert "Planbesked" in titles[1]


def test_h53_signature_rows_above_posting_notes_leave_the_last_paragraph():
    m = _minutes("Ödeby kommun\nArvodesberedningen\nSammanträde 2024-10-03\n"
                 "Närvarolista\nParti\tNamn\tFunktion\nS\tAnna Berg\tordförande\n\n"
                 "§ 22\nArvode\nBeslut\nÄrendet återremitteras.\n"
                 "Sekreterare\tJonas Falk\nOrdförande\tAnna Berg\nJusterare\tKarl Nord\n"
                 "Anslaget på kommunens anslagstavla 2024-10-09 – 2024-10-31.\nSenast uppdaterad 2024-10-09\n")
    roles = {p.name: p.roles for p in m.persons}
    assert "sekreterare" in roles["Jonas Falk"]




def test_an_unlabelled_case_number_above_a_heading_is_that_paragraphs():
    m = _minutes(_FEDERATION_HEAD + "Ledamot\tAnna Ek (S), ordförande\n\n"
                 "§ 18 Val av justerare\nDirektionen utser Anna Ek (S) att justera.\n"
                 "ABC 2024.044\n§ 19 Medlemsbidrag 2025\nÄrendet\nBidraget fördelas.\nDirektionens beslut\n"
                 "Direktionen fastställer bidraget.\n"
                 "ABC 2024.052\n§ 20 Hyresavtal\nÄrendet\nAvtalet löper ut.\nDirektionens beslut\n"
                 "Direktionen godkänner avtalet.\n")
    assert [c.value for c in _par(m, "18").case_numbers] == []
    assert [c.value for c in _par(m, "19").case_numbers] == ["ABC 2024.044"]
    assert [c.value for c in _par(m, "20").case_numbers] == ["ABC 2024.052"]


_EXTRACT_HEAD = "NORRBY KOMMUN\tPROTOKOLLSUTDRAG\nKommunfullmäktige\tSammanträdesdatum 2025-02-24\n"


# segment.py, extract/attendance.py


def test_a_row_of_bare_signature_labels_opens_the_signature_block_and_certification_gives_no_role():
    m = _minutes(_EXTRACT_HEAD + "§ 9\tVal av ledamot\n\tKommunfullmäktige väljer Eva Ek (M).\n\n"
                 "Ordförande\tJusterare\tUtdragsbestyrkande\n"
                 "Maria Holm (S)\tJan Berg (C)\tSofia Lind, sekreterare\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Maria Holm"] == ("ordförande",) and people["Jan Berg"] == ("justerare",)
    assert people["Sofia Lind"] == ("sekreterare",)


def test_a_section_label_wrapped_over_two_lines_of_a_label_column_opens_its_section():
    m = _minutes("Kommunfullmäktige\t2023-04-24\n\nKf § 38\tSvar på motion om fritidsbank\n\n"
                 "Beslut\tKommunfullmäktige bifaller motionen.\n\n"
                 "Särskilt\tSverigedemokraterna genom Tomas Hult (SD) lämnar följande\n"
                 "yttrande\tsärskilda yttrande: \"Verksamheten bör finansieras inom ram.\"\n")
    statements = _par(m, "38").statements
    assert [(s.kind, [r.name for r in s.by]) for s in statements] == [("särskilt yttrande", ["Tomas Hult"])]


def test_an_inline_beslut_label_opens_the_decision():
    m = _minutes(_KF_HEAD + "\n§ 60   Medborgarförslag om hundrastgård\n\n"
                 "Ordföranden meddelar att beredningen inte är avslutad.\n\nBeslut: Ärendet utgår.\n\n"
                 "§ 61   Motion om solceller\n\nBeslutsgång\nOrdföranden konstaterar att ärendet återremitteras.\n\n"
                 "Beslut: Ärendet återremitteras till kommunstyrelsen med motiveringen att kostnaden ska redovisas.\n")
    assert [p.value for p in _par(m, "60").decision_points] == ["Ärendet utgår."]
    assert len(_par(m, "61").decision_points) == 1


def test_title_under_rubrik_label_of_key_value_export() -> None:
    seg = segment(_lines("PROTOKOLLSUTDRAG\nOrgan:  Kommunfullmäktige\nParagraf:   KF § 214\n"
                         "Ärende:   12 av 19 på föredragningslistan\nDiarienummer:   KS 2025/000587\n\nRubrik\n"
                         "Samverkansavtal om krisberedskap\n\nKommunfullmäktiges beslut\nAvtalet godkänns.\n"))
    assert [ln.text for ln in seg.paragraphs[0].title_lines] == ["Samverkansavtal om krisberedskap"]


def test_signature_labels_above_signing_log_join_the_trailer() -> None:
    seg = segment(_lines("§ 5 Avtal\nAvtalet godkänns.\nJusterare: Leif Berg, Cecilia Ek\n"
                         "Justeringsdatum: 2025-12-19\nSekreterare: Emma Lind\nSigneringslogg (e-underskrift)\n"
                         "  Emma Lind     sekreterare    2025-12-19 08:41   BankID\nDokument-ID: 7F3C\n"
                         "Utdragsbestyrkande\nRätt utdraget intygar: Emma Lind\n"))
    assert seg.trailer[0].text == "Justerare: Leif Berg, Cecilia Ek"


def test_signature_rows_above_justering_date_and_posting_note_join_the_trailer() -> None:
    seg = segment(_lines("§ 7 Avtal\nAvtalet godkänns.\nOrdförande\tGun Holm (S)\nJusterare\tÅke Berg (C)\n"
                         "Sekreterare\tIda Lund\nJusteringsdatum\t2025-03-04\n"
                         "Protokollet har justerats och anslagits på kommunens webbplats 2025-03-05.\n"
                         "Rätt utdraget intygar\nIda Lund, nämndsekreterare\n"))
    assert seg.trailer[0].text == "Ordförande\tGun Holm (S)"
    assert seg.paragraphs[0].lines[-1].text == "Avtalet godkänns."


def test_signing_log_table_after_last_paragraph_is_trailer() -> None:
    seg = segment(_lines("§ 5 Avtal\nAvtalet godkänns.\nSigneringslogg\nRoll\tNamn\tSignerat\tMetod\n"
                         "Sekreterare\tTove Sand\t2025-12-15 08:03\tBankID\n"))
    assert [ln.text for ln in seg.trailer][:2] == ["Signeringslogg", "Roll\tNamn\tSignerat\tMetod"]


def test_board_proposal_to_council_run_into_its_sentence_is_the_decision():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2024-09-10\n\n"
                 "KS § 139\tDnr KS2024/388\nTaxa för upplåtelse av offentlig plats 2025\n"
                 "Beslutsunderlag: Tjänsteskrivelse 2024-08-15.\n"
                 "Kommunstyrelsens förslag till kommunfullmäktige: Taxan antas att gälla från 2025-01-01.\n"
                 "Reservation: Lisa Ek (SD) reserverar sig mot beslutet.\n")
    points = _par(m, "139").decision_points
    assert len(points) == 1 and points[0].value.startswith("Taxan antas att gälla från 2025-01-01.")


def test_statements_collected_at_the_end_under_paragraph_lines_go_to_their_paragraphs():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-18\nBeslutande\tAnna Berg (S), ordförande\n\n"
                 "§ 141  Avtal om ungdomsmottagningar\n\nBeslut\nFullmäktige godkänner avtalet.\n\n"
                 "§ 142  Svar på motion\n\nBeslut\nMotionen avslås.\n\n"
                 "§ 143  Borgen för bolaget\n\nBeslut\nFullmäktige beviljar borgen.\n\n"
                 "RESERVATIONER, SÄRSKILDA YTTRANDEN OCH PROTOKOLLSANTECKNINGAR\n(i paragrafordning)\n\n"
                 "§ 141\nReservation: Mats Brand (SD) reserverar sig mot beslutet.\n\n"
                 "§ 142\nReservation anmäls av Ama Had (V) och Kim Sund (MP) till förmån för eget yrkande.\n")
    res = {p.number: sorted(r.name for s in p.reservations for r in s.by) for p in m.paragraphs}
    assert res == {"141": ["Mats Brand"], "142": ["Ama Had", "Kim Sund"], "143": []}


def test_a_rostforklaring_heading_ends_the_statement_above_it():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum: 2024-09-30\n\n§ 96 Försäljning av aktier\n\nBeslut\n"
                 "Fullmäktige godkänner försäljningen.\n\nSärskilt yttrande\nEwa Ryd (C) lämnar ett särskilt "
                 "yttrande.\n\nRöstförklaring\nAnna Tuve (KD) avger följande röstförklaring: \"Jag röstar ja.\"\n")
    assert [(s.kind, [r.name for r in s.by]) for s in _par(m, "96").statements] == [("särskilt yttrande", ["Ewa Ryd"])]


_SHEET = ("Socialnämnden\nBeslutsdatum: 2023-07-12\n\n"
          "§ 5 Ändrat sammanträdesdatum\nDiarienummer: SN 2023/4\n"
          "Beslut\nNämnden beslutar att flytta sammanträdet.\n"
          "Ledamöternas underskrifter\n"
          "Genom underskrift nedan har ledamoten tagit ställning till förslaget i § 5.\n"
          "Ledamot\t§ 5\tUnderskrift\n"
          "Anna Berg (S), ordförande\tBiträder\tAnna Berg 2023-07-06\n"
          "Olle Dahl (C), vice ordförande\tBiträder\tOlle Dahl 2023-07-07\n"
          "Siv Ek (M), ledamot\tBiträder inte\tSiv Ek 2023-07-08\n")




def test_per_capsulam_signature_sheet_gives_members_roles() -> None:
    roles = _roles(_minutes(_SHEET))
    assert roles["Anna Berg"] == ("ordförande",)
    assert roles["Olle Dahl"] == ("vice ordförande",)
    assert roles["Siv Ek"] == ("ledamot",)


def test_signers_with_their_party_above_a_row_of_labels_open_the_signature_block():
    m = _minutes("Kommunstyrelsen\tSammanträdesdatum: 2024-06-10\n\n§ 98 Motion\nBeslut\nMotionen avslås.\n"
                 "Beslutet skickas till\nKommunfullmäktige\nUrban Svensson\tUlrika Bergström (M)\n"
                 "Ordförande\tJusterare\nUtdragsbestyrkande: Lina Åberg, sekreterare\n")
    assert _roles(m)["Urban Svensson"] == ("ordförande",) and _roles(m)["Ulrika Bergström"] == ("justerare",)
    assert "ordförande" not in _roles(m).get("Lina Åberg", ())


def test_a_title_wrapped_after_region_goes_on_with_the_regions_name():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2024-05-20\n\n§ 88   Dnr KS 2024/0301\n"
                 "Tilläggsavtal om hälso- och sjukvård med Region\nStockholm\n\nBeslut\nAvtalet godkänns.\n")
    assert _par(m, "88").title == "Tilläggsavtal om hälso- och sjukvård med Region Stockholm"


def test_signature_rows_one_space_apart_close_the_last_paragraph():
    m = _minutes(
        "Miljönämnden\nSammanträdesdatum 2024-06-12\n"
        "§ 12\nYttrande över detaljplan\nBeslut\nMiljönämnden lämnar yttrande.\n"
        "Expedieras till\n- Kommunstyrelsen\n"
        "Ordförande Ingrid Kjell\nJusterare Lars Hjalm\nSekreterare Petra Axel\nJusterat 2024-06-18\n")
    roles = _roles(m)
    assert roles["Ingrid Kjell"] == ("ordförande",) and roles["Lars Hjalm"] == ("justerare",)
    assert roles["Petra Axel"] == ("sekreterare",)


def test_statements_collected_at_the_end_under_till_paragraph_headings_go_to_their_paragraphs():
    m = _minutes("Kommunfullmäktige\n\nKF § 14\n\nTaxa 2025\n\nBeslut\nTaxan antas.\n\n"
                 "Protokollsanteckning, se sista sidan.\n\n"
                 "KF § 15\n\nSvar på motion\n\nBeslut\nMotionen besvaras.\n\n"
                 "KF § 16\n\nReglemente\n\nBeslut\nReglementet antas.\n\n"
                 "SÄRSKILDA YTTRANDEN OCH PROTOKOLLSANTECKNINGAR\n\n"
                 "Till § 14 Taxa 2025\n\nProtokollsanteckning – Ylva Holm (C):\n”Vi accepterar taxan men vill "
                 "att kommunstyrelsen följer upp den.”\n\n"
                 "Till § 15 Svar på motion\n\nSärskilt yttrande – Karl Berg (L) och Ylva Holm (C):\n”Vi delar "
                 "motionens syfte men anser att frågan bör hanteras annorlunda.”\n")
    got = {n: {(s.kind, r.name) for s in _par(m, n).statements for r in s.by} for n in ("14", "15", "16")}
    assert got == {"14": {("protokollsanteckning", "Ylva Holm")},
                   "15": {("särskilt yttrande", "Karl Berg"), ("särskilt yttrande", "Ylva Holm")},
                   "16": set()}


def test_protokollforare_label_row_opens_signature_block_and_names_get_their_roles():
    m = _minutes("Bygg- och miljönämnden\nSammanträdesdatum 2024-06-13\n\n§ 214     Strandskyddsdispens\n\n"
                 "Beslut\nNämnden beslutar att avslå ansökan.\n\n"
                 "Protokollförare                     Ordförande                 Justerare\n\n"
                 "Lotta Falk                          Karin Ljungberg            Petra Nyman (KD)\n\n"
                 "Justerat 2024-06-18.\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Lotta Falk"] == ("sekreterare",)
    assert people["Karin Ljungberg"] == ("ordförande",)
    assert people["Petra Nyman"] == ("justerare",)


def test_a_margin_label_hyphenated_over_two_lines_opens_its_section():
    m = _minutes(_KF_HEAD + "\nKF § 5\tAvfallstaxa 2025\n\tDnr KS/2024:266-456\n\tTaxan behandlas.\n"
                 "Beslut\tTaxan antas.\n"
                 "Protokolls-\tEwa Sund (V) antecknar att taxan bör differentieras för hushåll som\n"
                 "anteckning\tsorterar matavfall.\n")
    st = _par(m, "5").statements
    assert [(s.kind, [r.name for r in s.by]) for s in st] == [("protokollsanteckning", ["Ewa Sund"])]
    # The label's parts are no part of the statement's text.
    assert st[0].text == "Ewa Sund (V) antecknar att taxan bör differentieras för hushåll som sorterar matavfall."


@pytest.mark.parametrize("label, rest", [("Protokolls-", "anteckning"), ("Ersättar-", "yttrande")])


def test_a_hyphenated_margin_label_whose_rest_stands_below_the_text_opens_its_section(label, rest):
    # A PDF's text layer gives the label cell's second line after the longer text cell's lines.
    text = (_KF_HEAD + "\nKF § 7\tLokalt trafikprogram\n\tDnr KS/2024:301\n\tProgrammet behandlas.\n"
            "Beslut\tProgrammet antas.\n"
            f"{label}\tPer Holm (C) anser att kollektivtrafiken till Lillby ska\n\tprioriteras.\n{rest}\n"
            "Expedieras\tTrafiknämnden\n")
    m = _minutes(text)
    p = _par(m, "7")
    kind = "protokollsanteckning" if rest == "anteckning" else "ersättaryttrande"
    assert [(s.kind, [r.name for r in s.by]) for s in p.statements] == [(kind, ["Per Holm"])]
    st = p.statements[0]
    assert st.text == "Per Holm (C) anser att kollektivtrafiken till Lillby ska prioriteras."
    assert label not in text[st.span.start:st.span.end] and rest not in text[st.span.start:st.span.end]
    assert [d.value for d in p.decision_points] == ["Programmet antas."]


def test_a_hyphenated_margin_label_in_a_column_set_off_by_spaces_opens_its_section():
    # A pdftotext-style export sets the label column off by spaces, not a TAB.
    m = _minutes(_KF_HEAD + "\nKF § 8                 Cykelplan\n\nBeslut                 Planen antas.\n\n"
                 "Protokolls-            Olle Berg (L) antecknar till protokollet att\n"
                 "anteckning             Liberalerna vill se fler cykelbanor i Norrby\n"
                 "                       och Söderby.\n")
    st = _par(m, "8").statements
    assert [(s.kind, [r.name for r in s.by]) for s in st] == [("protokollsanteckning", ["Olle Berg"])]
    assert st[0].text == ("Olle Berg (L) antecknar till protokollet att Liberalerna vill se fler cykelbanor i "
                          "Norrby och Söderby.")


def test_a_hyphenated_margin_label_whose_rest_stands_beside_a_later_line_of_the_text():
    # The text cell's second line comes between the label's parts; the rest has text of its own beside it.
    text = (_KF_HEAD + "\nKF § 9\tBorgen för bostadsbolaget\n\tDnr KS/2024:310\n"
            "Beslut\tBorgen beviljas.\n"
            "Protokolls-\tNora Lind (C) antecknar till\n\tprotokollet att bolagets\n"
            "anteckning\tunderhållsplan bör redovisas för fullmäktige.\n"
            "Expedieras\tBostadsbolaget\n")
    st = _par(_minutes(text), "9").statements
    assert [(s.kind, [r.name for r in s.by]) for s in st] == [("protokollsanteckning", ["Nora Lind"])]
    assert st[0].text == ("Nora Lind (C) antecknar till protokollet att bolagets underhållsplan bör redovisas för "
                          "fullmäktige.")


def test_a_label_centred_beside_a_two_line_statement_is_no_part_of_its_text():
    # The label stands between the text's two lines, alone or with the text's second line beside it.
    m = _minutes(_KF_HEAD + "\nKF § 10\tTaxa för avfall\n\tTaxan behandlas.\n"
                 "Ola Ek (M) yrkar att taxan sänks med 5\nYrkanden\tprocent. Eva Sund (KD) yrkar bifall.\n"
                 "Beslut\tTaxan antas.\n"
                 "Lisa Holm (V) och Per Lind (V) reserverar sig mot\nReservation\nbeslutet.\n")
    p = _par(m, "10")
    assert [(s.kind, [r.name for r in s.by], s.text) for s in p.statements] == [
        ("reservation", ["Lisa Holm", "Per Lind"], "Lisa Holm (V) och Per Lind (V) reserverar sig mot beslutet.")]
    assert [x.text for x in p.proposals] == ["Ola Ek (M) yrkar att taxan sänks med 5 procent.",
                                             "Eva Sund (KD) yrkar bifall."]


def test_a_note_on_the_adjustment_after_a_collected_reservation_is_no_part_of_it():
    m = _minutes(_KF_HEAD + "\n§ 32\tArvoden\nBeslut\tArvodet fastställs.\nReservation: se sammanställningen sist.\n"
                 "§ 33\tYttrande\nBeslut\tYttrandet antas.\nReservation: se sammanställningen sist.\n"
                 "Reservationer\n§ 32\tTove Ek\tSD\tTill förmån för eget yrkande\n"
                 "§ 33\tElin Berg\tC\tTill förmån för eget yrkande\n"
                 "Protokollet är justerat 2024-10-14 och har anslagits på kommunens anslagstavla 2024-10-15.\n")
    st = _par(m, "33").statements
    assert [[r.name for r in s.by] for s in st] == [["Elin Berg"]]
    assert "justerat" not in st[0].text


def test_a_title_wrapped_between_first_name_and_surname_with_party_goes_on():
    m = _minutes(_KF_HEAD + "\nKf § 131                                   Dnr KS-2024-00412\n"
                 "Fyllnadsval av ordförande i bygg- och miljönämnden efter Lennart\n"
                 "Kjell (M) samt svar på motion om arvoden\n\nÄrendebeskrivning\nText.\n")
    assert _par(m, "131").title == ("Fyllnadsval av ordförande i bygg- och miljönämnden efter Lennart Kjell (M) "
                                    "samt svar på motion om arvoden")


def test_h84_title_cell_wrapped_around_a_numbers_only_paragraph_row() -> None:
    seg = segment(_lines(
        "Socialnämnden\tSammanträdesdatum\t2024-10-22\n"
        "Yttrande över förslag till regionalt\n"
        "§ 112\tDnr SN 2024/0401\n"
        "handlingsprogram för suicidprevention\n"
        "Beslut\n"
        "Socialnämnden antar förslaget.\n"))
    assert [p.number for p in seg.paragraphs] == ["112"]
    assert [ln.text for ln in seg.paragraphs[0].title_lines] == [
        "Yttrande över förslag till regionalt", "handlingsprogram för suicidprevention"]


def test_a_hyphenated_body_name_before_the_sign_opens_a_paragraph():
    m = _minutes(_PRESIDIUM + "KF-pres § 5                        KS 2023/00734, KF 2024/00012\n"
                 "Yttrande över arvodesordning\n\nPresidiets beslut\nPresidiet lämnar yttrande.\n\n"
                 "Enligt bilaga 1, KF-pres § 5/2024, gäller detta.\n")
    assert [p.number for p in m.paragraphs] == ["5"]
    assert [c.value for c in _par(m, "5").case_numbers] == ["KS 2023/00734", "KF 2024/00012"]


def test_forslag_till_beslut_i_kommunfullmaktige_heads_the_preparing_bodys_decision():
    m = _minutes("Demokratiberedningen\nSammanträdesdatum 2024-05-08\nOrdförande: Karin Dahl (S)\n\n"
                 "§ 15 Revidering av arbetsordning\nDiarienummer: KS2024/0412\nTjänsteskrivelse 2024-04-18.\n\n"
                 "Förslag till beslut i kommunfullmäktige\n1. Kommunfullmäktige antar arbetsordningen.\n"
                 "2. Arbetsordningen gäller från och med 2024-07-01.\n"
                 "3. Tidigare arbetsordning upphör att gälla.\n")
    assert len(_par(m, "15").decision_points) == 3


def test_heldout91_body_code_heading_without_the_sign_opens_paragraphs() -> None:
    text = (_KF_JUNE_HEAD + "KF 52   Dnr 2024-000041\nFastställande av dagordning\n\nDagordningen fastställs.\n\n"
            "KF 53   Dnr 2024-000118\nBudget 2025\n\nBeslut\nKommunfullmäktige antar budgeten enligt KS 98.\n")
    m = _minutes(text)
    assert [p.number for p in m.paragraphs] == ["52", "53"]
    assert [c.value for c in _par(m, "53").case_numbers] == ["2024-000118"]


_HEAD = "Kommunstyrelsen\nSammanträdesdatum 2025-02-04\nOrdförande: Anna Ek (S)\n\n"


def test_a_plans_period_wrapped_under_the_title_stays_in_the_title() -> None:
    m = _minutes(_HEAD + "§ 13                                   Dnr KS 2024/00698\n\n"
                 "Yttrande över remiss - Regional transportplan för Gävleborgs län\n2026-2037\n\n"
                 "Sammanfattning av ärendet\nRegionen har skickat planen.\n\nBeslut\nStyrelsen antar yttrandet.\n")
    assert _par(m, "13").title == "Yttrande över remiss - Regional transportplan för Gävleborgs län 2026-2037"


def test_a_plans_period_wrapped_beside_the_margin_case_number_stays_in_the_title() -> None:
    m = _minutes(_HEAD + "§ 13   Yttrande över remiss – Regional vattenplan för Dalarnas län\n"
                 "       2027–2033                                        KS/2024:118\n\n"
                 "Beslut\nStyrelsen antar yttrandet.\n")
    assert _par(m, "13").title == "Yttrande över remiss – Regional vattenplan för Dalarnas län 2027–2033"
    assert [c.value for c in _par(m, "13").case_numbers] == ["KS/2024:118"]


def test_a_sender_subtitle_above_the_case_number_is_no_part_of_the_title() -> None:
    m = _minutes(_HEAD + "§ 42 Yttrande över förslag till trafikförsörjningsprogram för Uppsala län 2025–2030\n"
                 "Remiss från Region Uppsala\nÄrende: GSN-2024-00203\nSammanfattning\nRegionen har skickat en remiss.\n"
                 "Beslut\nNämnden avger yttrande.\n")
    assert _par(m, "42").title == "Yttrande över förslag till trafikförsörjningsprogram för Uppsala län 2025–2030"


def test_signature_rows_before_an_adjustment_note_and_an_address_footer_end_the_last_paragraph() -> None:
    m = _minutes(_HEAD + "§ 43 Anmälningsärenden\nBeslut\nNämnden lägger ärendena till handlingarna.\n"
                 "Sekreterare Mikael Ros\nOrdförande Anna Ek\nJusterare Johan Ekholm\n"
                 "Protokollet är justerat digitalt. Justeringen har tillkännagivits på anslagstavlan 2024-03-28.\n"
                 "Uppsala kommun · 753 75 Uppsala · Kontaktcenter 018-727 00 00\n")
    assert "sekreterare" in _roles(m)["Mikael Ros"]


def test_a_heading_with_its_translation_after_a_slash_opens_its_section_either_language_first() -> None:
    assert section_kind("Kommunfullmäktiges beslut / Kaupunginvaltuuston päätös") == "decision"
    assert section_kind("Ehotukset / Yrkanden") == "proposals"
    assert section_kind("Protokollsanteckning / Pöytäkirjamerkintä") == "protokollsanteckning"
    assert section_kind("Ja / nej") is None


def test_a_heading_in_three_languages_with_dashes_opens_its_section_only_beside_translations() -> None:
    assert section_kind("Beslut – Mearrádus – Päätös") == "decision"
    assert section_kind("Yrkanden – Ehdotukset – Evttohusat") is None  # "Ehdotukset" carries no sign: not told
    assert section_kind("Beslut – Mærrádus") == "decision"
    assert section_kind("Beslut – fortsättning") is None


def test_a_translated_title_under_the_swedish_title_is_not_part_of_it():
    m = _minutes("Kommunstyrelsen\n\n§ 12   Bidrag till hembygdsföreningar\n"
                 "       Määrärahat kotiseutuyhdistyksille ja kylätoimikunnille\nDnr KS 2024/0101\n\n"
                 "Beslut\nBidragen beviljas.\n\n"
                 "§ 13   Samråd med samebyarna om fjällvägar\n       Ráđđádallan duottarbálgáid birra\n"
                 "Dnr KS 2024/0102\n\nBeslut\nInformationen noteras.\n\n"
                 "§ 14   Avtal med föreningen Tornionlaakso\n       om sommarläger\nDnr KS 2024/0103\n\n"
                 "Beslut\nAvtalet godkänns.\n")
    assert [p.title for p in m.paragraphs] == ["Bidrag till hembygdsföreningar",
                                               "Samråd med samebyarna om fjällvägar",
                                               "Avtal med föreningen Tornionlaakso om sommarläger"]


def test_a_heading_without_its_sign_between_two_headings_with_it():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-10-08\n\n"
                 "§ 87                          Dnr KS 2024/000297\nAvtal om räddningstjänst\n\nAvtalet godkänns.\n\n"
                 "88                            Dnr KS 2024/000355\nMotion om laddstolpar\n\nMotionen besvaras.\n\n"
                 "§ 88 a                        Dnr KS 2024/000371\nExtra ärende: Yttrande\n\nYttrandet antas.\n")
    assert [p.number for p in m.paragraphs] == ["87", "88", "88 a"]
    assert _par(m, "88").title == "Motion om laddstolpar"


_CENTRED_ROWS = (
    "Tekniska nämnden\nDatum\t2024-03-21\n"
    "Taxa för vatten och avlopp 2025 –\n§ 22\tTN 2024/0061\nförslag till kommunfullmäktige\n"
    "Kommunfullmäktige antog nuvarande taxa 2023-11-27, § 148. Taxan ska enligt lagen täcka\n"
    "nödvändiga kostnader.\nBeslut\n1. att anta taxan.\n2. att informera abonnenterna.\n"
    "Avtal om gemensam upphandling av\n§ 23\tvinterväghållning med Alvesta\tTN 2024/0044\n\tkommun\n"
    "Kommunerna föreslås upphandla vinterväghållning gemensamt.\n"
    "Beslut\n1. Nämnden godkänner avtalet.\n2. Paragrafen justeras omedelbart.\n"
    "Kjell Tapper (SD) antecknar att lokala entreprenörer bör\nProtokollsanteckning\ngynnas.\n"
)


def test_title_cell_wrapped_around_a_centred_heading_row_of_a_pdf():
    src = SourceText(Path("x.pdf"), _CENTRED_ROWS, "application/pdf", "0" * 64, (0,))
    titles = {p.number: [ln.text for ln in p.title_lines] for p in segment(content_lines(src)).paragraphs}
    assert titles["22"] == ["Taxa för vatten och avlopp 2025 –", "förslag till kommunfullmäktige"]
    assert titles["23"] == ["Avtal om gemensam upphandling av", "vinterväghållning med Alvesta", "kommun"]


def test_title_cell_broken_after_a_comma_in_a_list_of_places_around_a_centred_row():
    text = ("Miljönämnden\nDatum\t2024-03-21\n"
            "Avtal om gemensam livsmedelskontroll för Ekby,\n§ 31\tDnr MN 2024/0061\nAlby och Berga\n"
            "Kommunerna har utrett en gemensam kontroll.\nBeslut\nNämnden godkänner avtalet.\n")
    src = SourceText(Path("x.pdf"), text, "application/pdf", "0" * 64, (0,))
    titles = {p.number: [ln.text for ln in p.title_lines] for p in segment(content_lines(src)).paragraphs}
    assert titles["31"] == ["Avtal om gemensam livsmedelskontroll för Ekby,", "Alby och Berga"]


def test_wrapped_title_line_opens_no_section_and_the_text_is_no_decision():
    src = SourceText(Path("x.pdf"), _CENTRED_ROWS, "application/pdf", "0" * 64, (0,))
    from kommungraf.extract import extract_minutes

    p = _par(extract_minutes(src), "22")
    assert p.title == "Taxa för vatten och avlopp 2025 – förslag till kommunfullmäktige"
    assert len(p.decision_points) == 2


def test_label_centred_beside_its_text_opens_the_section_at_the_text_first_line():
    src = SourceText(Path("x.pdf"), _CENTRED_ROWS, "application/pdf", "0" * 64, (0,))
    seg = next(p for p in segment(content_lines(src)).paragraphs if p.number == "23")
    note = next(s for s in seg.sections if s.kind == "protokollsanteckning")
    assert note.heading is not None and note.heading.text.startswith("Kjell Tapper (SD) antecknar")
    decision = next(s for s in seg.sections if s.kind == "decision")
    assert [ln.text for ln in decision.lines][-1] == "2. Paragrafen justeras omedelbart."


def test_another_partys_number_with_its_owner_in_the_genitive_is_no_title():
    titles = _titles("Miljönämnden\n\nMN § 41\nDiarienummer MN2024-00311\nLänsstyrelsens ärendenummer 511-2024\n\n"
                     "Yttrande över förslag till vattenplan\n\nBeslut\nYttrandet antas.\n")
    assert titles == ["Yttrande över förslag till vattenplan"]


def test_a_preparing_bodys_proposal_to_the_body_it_prepares_for_is_its_decision():
    for heading in ("Utskottets förslag till direktionen", "Beredningens förslag till förbundsstyrelsen",
                    "Presidiets förslag till nämnden"):
        m = _minutes(_H31_HEAD + f"§ 23 Avfallstaxa 2026\nDnr 2025/41\n\n{heading}\n"
                     "1. Direktionen föreslår fullmäktige att anta taxan.\n2. Taxan ska gälla från 2026-01-01.\n\n"
                     "Ärendet\nTaxan höjs med 5 procent.\n")
        assert len(m.paragraphs[0].decision_points) == 2, heading


def test_a_title_wraps_onto_its_last_lower_case_words_before_the_bracketed_number_it_ends_in():
    m = _minutes("Norrby kommun\nSocialnämnden\nSammanträdesdatum 2025-02-11\n\n"
                 "§ 7  Yttrande över promemorian Ett snabbare förfarande för\n     nät (Ju2025/00977)\n\n"
                 "     Diarienummer: SN 2025-0614\n\nText här.\nBeslut\nNämnden antar yttrandet.\n")
    assert _par(m, "7").title == "Yttrande över promemorian Ett snabbare förfarande för nät (Ju2025/00977)"


def test_a_title_in_the_cell_beside_the_registration_number_under_an_agenda_number_row():
    # A Word item table: "§ 7 | Ärende 2" over "Dnr … | Title"; the § and the Dnr in the margin column.
    m = _minutes("Tekniska nämnden\n\n§ 7\tÄrende 2\nDnr TN 2024/0033\tAvtal om snöröjning med Vägbolaget Norr AB\n"
                 "Beslut\nNämnden godkänner avtalet.\n§ 8\tÄrende 3\nDnr TN 2024/0040\tTaxa för parkering\n"
                 "Beslut\nNämnden antar taxan.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("7", "Avtal om snöröjning med Vägbolaget Norr AB"), ("8", "Taxa för parkering")]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["TN 2024/0033"]


def test_a_title_of_one_word_the_period_s_number_and_the_year():
    m = _minutes("Kulturnämnden\n\n§ 31 Delårsrapport 2 2024\nKN 2024/0087\nBeslut\nNämnden godkänner rapporten.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("31", "Delårsrapport 2 2024")]


def test_lettered_appendices_before_the_signatures_join_the_paragraphs_they_name():
    # "Bilaga A"/"Bilaga B" right after the last paragraph and before "Justerare …": each joins the paragraph its
    # heading names; the signatures below them stay the minutes' own.
    text = ("Testby kommun\nMiljönämnden\nSammanträdesdatum 2024-05-02\n\n"
            "MN § 7\nTaxa för tillsyn\n\nBeslut\nTaxan antas.\n\nReservation\n"
            "Vänsterpartiets ledamöter reserverar sig skriftligt, bilaga A.\n\n"
            "MN § 8\nYttrande över remiss om vattenplan\n\nBeslut\nNämnden lämnar yttrandet.\n\n"
            "Bilaga A till miljönämndens protokoll 2024-05-02, MN § 7\n\nReservation\n"
            "Ärende: Taxa för tillsyn\n\nVi reserverar oss mot beslutet om en högre taxa.\n\n"
            "Lena Ek (V)       Omar Said (V)\n\n"
            "Justerare   Per Lind       Ordförande   Anna Berg\n\nSekreterare Karin Sjö\n\n"
            "Utdragsbestyrkande: Karin Sjö, 2024-05-06\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    seg = segment(content_lines(src))
    first, second = seg.paragraphs
    assert any(ln.text.startswith("Bilaga A") for ln in first.lines)
    assert not any(ln.text.startswith("Bilaga A") for ln in second.lines)
    assert seg.trailer and seg.trailer[0].text.startswith("Justerare")
    reserving = {r.name for st in extract_minutes(src).paragraphs[0].statements if st.kind == "reservation"
                 for r in st.by}
    assert reserving == {"Lena Ek", "Omar Said"}


def test_a_title_wrapped_over_two_lines_in_an_export_with_a_blank_line_after_every_line_is_read_whole():
    # An export that writes a blank line after every line (Tika's plain text): one blank is only the line break, so
    # the title's second line goes on the first, and the heading after it still opens its own section.
    lines = ["BJÖRKVIKS KOMMUN PROTOKOLLSUTDRAG", "Kultur- och fritidsnämnden Sammanträdesdatum", "2024-05-14",
             "KFN § 31 Dnr KFN 2024/77", "Avtal om drift av badplatsen vid Lillsjön mellan kommunen och",
             "Lillsjöns byalag för åren 2025 till och med 2027", "Ärendebeskrivning",
             "Byalaget har skött badplatsen sedan 2019 och vill fortsätta med det under",
             "ytterligare tre år. Förvaltningen har tagit fram ett nytt avtal.", "Beslutsunderlag",
             "Tjänsteskrivelse 2024-04-30", "Förslag till beslut", "Nämnden godkänner avtalet.", "Beslut",
             "Kultur- och fritidsnämnden godkänner avtalet med byalaget.", "Justerandes sign", "Utdragsbestyrkande",
             "Expedieras", "Lillsjöns byalag", "Kultur- och fritidsförvaltningen", "Ekonomienheten"]
    m = extract_minutes(_src("\n\n".join(lines) + "\n"))
    assert [(p.number, p.title) for p in m.paragraphs] == [
        ("31", "Avtal om drift av badplatsen vid Lillsjön mellan kommunen och Lillsjöns byalag för åren 2025 till "
               "och med 2027")]


def test_a_title_of_one_word_and_a_school_year_of_two_years_is_a_title_not_a_registration_number():
    # "Läsårsplan 2027/2028" beside the § number: two consecutive years are the period, not a dnr's year and
    # serial; a serial ("Gymnasie 2024/0123") still reads as a number.
    for rest, title in [("Skolkalender 2027/2028", "Skolkalender 2027/2028"), ("Verksamhetsplan 2027/28",
                                                                                "Verksamhetsplan 2027/28")]:
        m = extract_minutes(_src("Barn- och utbildningsnämnden\nSammanträdesdatum 2026-11-03\n\n§ 71\t" + rest +
                                 "\nDnr BUN 2026/00412\nBeslut\nNämnden fastställer planen.\n"))
        assert [(p.number, p.title) for p in m.paragraphs] == [("71", title)]


@pytest.mark.parametrize("closing", ["", "Protokollet är justerat 2025-03-12 och anslaget på kommunens anslagstavla "
                                         "2025-03-13–2025-04-04.\n"])


def test_r13e_closing_signature_rows_over_dotted_lines_are_no_part_of_the_last_paragraph(closing: str):
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2025-03-10\nOrdförande: Rolf Ahl (S)\n\n§ 4 Taxa\nBeslut\n"
                 "Kommunstyrelsen antar taxan.\nBeslutet skickas till\tKommunfullmäktige\n"
                 "Sekreterare ............................ Lisa Brand\n"
                 "Ordförande ............................ Rolf Ahl\n"
                 "Justerare ............................ Kent Vik\n" + closing)
    roles = _roles(m)
    assert roles["Lisa Brand"] == ("sekreterare",) and roles["Kent Vik"] == ("justerare",)


def test_r13i_signature_rows_after_an_adjustment_sentence_under_its_own_heading_end_the_last_paragraph():
    # "Justering" / "Paragrafen förklaras omedelbart justerad." is the paragraph's; the label rows below it are the
    # extract's signatures, naming the adjuster and the secretary.
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2025-05-06\n\n§ 40 Avtal om snöröjning\n"
                 "Kommunstyrelsens beslut\nKommunstyrelsen godkänner avtalet.\nBeslutet expedieras till\n"
                 "Tekniska nämnden\nJustering\nParagrafen förklaras omedelbart justerad.\n"
                 "Ordförande: Siv Lund\nJusterare: Ola Berg\nSekreterare: Kim Ek\n"
                 "Bestyrkes:\nUtdraget överensstämmer med originalprotokollet.\n")
    roles = _roles(m)
    assert roles["Ola Berg"] == ("justerare",) and roles["Kim Ek"] == ("sekreterare",)
    assert _par(m, "40").immediate_adjustment


def test_r13i_an_election_of_a_chair_and_a_secretary_keeps_its_rows_in_the_paragraph():
    # Rows of an election name no adjuster: no signature block starts there.
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2025-05-06\nJusterare: Per Ek (S)\n\n§ 41 Val till rådet\n"
                 "Beslut\nKommunstyrelsen väljer\nOrdförande: Siv Lund (S)\nSekreterare: Kim Ek\n"
                 "Valen gäller till och med 2026.\nBeslutet skickas till\nRådet\n")
    assert "Kim Ek" in _par(m, "41").text


def test_r13i_a_road_plans_title_wrapped_after_delen_keeps_the_stretch():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2025-05-06\n\n§ 42 Dnr KS 2025/17\n"
                 "Yttrande över vägplan för väg 88, delen\nNorrby-Västby\nKommunstyrelsens beslut\n"
                 "Yttrandet antas.\n\n§ 43 Dnr KS 2025/18\nDetaljplan för Åsen, västra delen\n"
                 "Kommunstyrelsen antar planen.\n")
    assert [p.title for p in m.paragraphs] == ["Yttrande över vägplan för väg 88, delen Norrby-Västby",
                                               "Detaljplan för Åsen, västra delen"]


def test_proposals_made_in_the_meeting_under_their_own_heading():
    # "Förslag till beslut på sammanträdet": a heading of the proposals, so that the chair's "föreslår" under it
    # is a sentence of its own and the chair's motion.
    assert section_kind("Förslag till beslut på sammanträdet") == "proposals"
    assert section_kind("Yrkanden under sammanträdet:") == "proposals"
    assert section_kind("Förslag till beslut") == "proposal-to-decide"
    m = extract_minutes(SourceText(Path("x.txt"), "Tekniska nämnden\nSammanträdesdatum: 2024-03-05\n"
                                   "Ordförande: Rolf Stam (C)\n\n§ 12 Taxa\n\nFörslag till beslut på sammanträdet\n"
                                   "Ordföranden föreslår bifall till förvaltningens förslag.\n\nBeslut\n"
                                   "Taxan antas.\n", "text/plain", "0" * 64, (0,)))
    assert [[r.name for r in p.by] for p in m.paragraphs[0].proposals] == [["Rolf Stam"]]


def test_a_staff_entrys_paragraph_note_wrapped_beside_a_right_hand_label_is_no_heading():
    # A two-column first page flattened row by row: the staff entry's "§ 7" wraps onto a line of its own beside the
    # right column's next label.  Read as a heading, it cut the first page short and took § 7's place.
    m = _minutes(
        "Tekniska nämnden\nSammanträdesdatum 2024-02-06\n\n"
        "Övriga närvarande                      Utses att justera\n"
        "Göran Sjölin, teknisk chef             Maj Forsberg\n"
        "Ulla Ramstedt, gatuingenjör,\n"
        "§ 7                                    Justeringens plats och tid\n"
        "Dan Holmlund, nämndsekreterare         Tekniska kontoret 2024-02-09\n\n"
        "Tn § 6\nGodkännande av dagordning\n\nTekniska nämndens beslut\nDagordningen godkänns.\n\n"
        "Tn § 7\nGatubelysning i Norrby\n\nTekniska nämndens beslut\nBelysningen byts ut.\n")
    assert [(p.number, p.title) for p in m.paragraphs] == [("6", "Godkännande av dagordning"),
                                                           ("7", "Gatubelysning i Norrby")]
    assert "tjänsteman" in _roles(m)["Dan Holmlund"]  # the first page goes on below the wrapped note


def test_a_title_wrapped_around_its_number_row_after_a_comma_still_heads_the_paragraph():
    m = _minutes("Kommunstyrelsen\n\n§ 40   Dnr KS 2024/11\nBudget 2025\n\nBeslut\nBudgeten antas.\n\n"
                 "Avtal om gemensam räddningstjänst för Åsele,\n§ 41   Dnr KS 2024/12\nDorotea och Vilhelmina\n\n"
                 "Beslut\nAvtalet godkänns.\n")
    assert [p.number for p in m.paragraphs] == ["40", "41"]


def test_an_appendix_label_with_the_attendance_list_named_on_the_next_line_ends_the_last_paragraph():
    # The list's name has a qualifier after it, so it is no signature line of its own; the label above starts it.
    m = _minutes(
        "Kommunfullmäktige\nBeslutande  Ledamöter och ersättare enligt upprop, bilaga 2\n\n§ 4 Anmälningar\n\n"
        "Kommunfullmäktiges beslut\nAnmälningarna läggs till handlingarna.\n\n"
        "Bilaga 2 till fullmäktiges protokoll 2030-05-06\nNärvarolista efter upprop\n\n"
        "Ordinarie ledamöter\nStina Åkerlund       S      ordförande\nGöran Vik            M\n\n"
        "Tjänstgörande ersättare\nLeif Rudén           M      för Alva Berg (M)\n")
    people = {p.name: p for p in m.persons}
    assert people["Göran Vik"].roles == ("ledamot",) and people["Göran Vik"].party == "M"
    assert people["Leif Rudén"].roles == ("tjänstgörande ersättare",)
    assert people["Stina Åkerlund"].roles == ("ordförande",)
    assert len(m.paragraphs[0].decision_points) == 1 and "Rudén" not in m.paragraphs[0].text


def test_an_appendix_naming_an_earlier_paragraph_with_its_kind_before_the_matter_joins_that_paragraph():
    # "Bilaga 4 till KF § 30" / "RESERVATION – Taxa 2026": the heading names the kind and then the matter.
    m = _minutes(_KF_HEAD + "§ 30 Taxa 2026\nBeslut\nKommunfullmäktige antar taxan.\n"
                 "Reservationer\nOskar Berg (L) reserverar sig skriftligt, bilaga 4.\n"
                 "§ 31 Motion om lekplatser\nBeslut\nMotionen remitteras till kommunstyrelsen.\n"
                 "Bilaga 4 till KF § 30\n\nRESERVATION – Taxa 2026\n"
                 "Vi reserverar oss mot beslutet till förmån för vårt eget förslag.\n\n"
                 "För Liberalernas fullmäktigegrupp\n\nOskar Berg (L)          Hedda Dal (L)\n")
    assert _par(m, "31").statements == ()
    assert {r.name for s in _par(m, "30").statements if s.kind == "reservation" for r in s.by} == {
        "Oskar Berg", "Hedda Dal"}
