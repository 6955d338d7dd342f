"""extract/attendance.py: attendance lists, roles, parties, substitutes, signatures and the meeting date."""

from __future__ import annotations

from pathlib import Path

from parsing_helpers import (
    _FEDERATION_HEAD,
    _H24_ROLL_CALL,
    _H35_DOC,
    _PN_HEAD,
    _minutes,
    _people_listed,
    _people_of_page,
    _roles,
    _src,
)

from kommungraf.clean import Line, content_lines
from kommungraf.extract.attendance import (
    _auditor,
    _looks_like_name,
    _plain_entries,
    label_role,
    logical_lines,
    parse_attendance,
)
from kommungraf.loaders.html import read_html
from kommungraf.source import SourceText


def _attendance(text: str):
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    return parse_attendance(logical_lines(content_lines(src), text), source=text).people


def test_attendance_labels_over_two_lines_titles_before_names_and_home_municipalities():
    people = _attendance(
        "Beslutande\n  Ledamöter          Jan Nordin (M) (Kalmar)\n  Tjänstgörande\n"
        "  ersättare          Roland Ek (M) (Nybro) istf Ulla Sten (Torsås)\n\n"
        "Övriga deltagande    Förbundsdirektör Margareta Alm\n                     Ekonomichef Peter Sand, § 35\n")
    assert people["Roland Ek"].roles == ["tjänstgörande ersättare"] and people["Roland Ek"].replaces == "Ulla Sten"
    assert people["Ulla Sten"].roles == [] and people["Jan Nordin"].roles == ["ledamot"]
    assert people["Margareta Alm"].roles == people["Peter Sand"].roles == ["tjänsteman"]
    assert not [n for n in people if n.startswith(("Förbundsdirektör", "Ekonomichef"))]


def test_substitutes_named_after_the_members_they_replace():
    people = _attendance(
        "Beslutande           Samtliga ledamöter med undantag för Kjell Andersson (m),\n"
        "                     som ersätts av Lena Ström (m).\n\n"
        "Tjänstgörande ersättare\nFrånvarande ledamöterna Tove Ljung, Bengt Sand och Rami Khoury ersattes av "
        "Hassan Omar, Nils Ek respektive Maja Lindfors. Anneli Ryd för Karl Wiberg § 12-13.\n")
    assert people["Lena Ström"].replaces == "Kjell Andersson" and people["Kjell Andersson"].roles == []
    assert [(n, people[n].replaces) for n in ("Hassan Omar", "Nils Ek", "Maja Lindfors")] == \
        [("Hassan Omar", "Tove Ljung"), ("Nils Ek", "Bengt Sand"), ("Maja Lindfors", "Rami Khoury")]
    assert all(people[n].roles == ["ledamot"] for n in ("Tove Ljung", "Bengt Sand", "Rami Khoury"))
    assert people["Anneli Ryd"].roles == ["tjänstgörande ersättare"] and people["Anneli Ryd"].replaces == "Karl Wiberg"


def test_an_attendance_list_appended_after_the_last_paragraph_with_an_ersattare_for_column():
    m = _minutes(
        "Kommunstyrelsen\n\nBeslutande:      Se närvarolista, bilaga 1\n\n§ 220     Ärende\n\nBeslut\n"
        "Kommunstyrelsen beslutar att godkänna.\n\nNÄRVAROLISTA\n\nLedamöter\n"
        "Namn                        Parti   Uppdrag               Närvaro\n"
        "Hans Lind                   S       ordförande            kl. 13.00–17.20\n"
        "Anna-Karin Lindqvist Berg   MP      2:e vice ordförande   §§ 220–222\n"
        "Mattias Nyberg              S       ledamot               frånvarande\n\n"
        "Tjänstgörande ersättare\n"
        "Namn                        Parti   Ersättare för                 Närvaro\n"
        "Karin Dahl                  S       Mattias Nyberg (S)            kl. 13.00–17.20\n"
        "Erik Strand                 MP      Anna-Karin Lindqvist          § 220\n")
    people = {p.name: p for p in m.persons}
    assert people["Hans Lind"].roles == ("ordförande",) and people["Mattias Nyberg"].roles == ("ledamot",)
    assert people["Karin Dahl"].roles == ("tjänstgörande ersättare",) and people["Karin Dahl"].party == "S"
    assert people["Karin Dahl"].replaces == "Mattias Nyberg"
    # A shortened double surname is the person of the list.
    assert people["Erik Strand"].replaces == "Anna-Karin Lindqvist Berg"
    assert "Karin Dahl Mattias Nyberg" not in people and "Anna-Karin Lindqvist" not in people
    assert len(m.paragraphs[0].decision_points) == 1


def test_a_substitute_without_a_stated_party_does_not_take_the_replaced_member_s_party():
    people = _attendance("Tjänstgörande ersättare\nLina Holm (tjänstgör för Ola Berg (MP)) §§ 15–16.\n\n"
                         "Ledamöter\nLena Holmér tjg för Nils Bäck (KD)\t(KD)\n")
    assert people["Lina Holm"].party is None and people["Lina Holm"].replaces == "Ola Berg"
    # A party printed in its own column beside the entry is stated.
    assert people["Lena Holmér"].party == "KD" and people["Lena Holmér"].replaces == "Nils Bäck"


def test_a_party_cell_spanning_rows_of_an_html_table_belongs_to_each_row():

    html = ("<html><body><h2>Närvarande</h2><table><tr><th>Parti</th><th>Namn</th><th>Funktion</th></tr>"
            "<tr><td rowspan='2'>M</td><td>Anders Wiklund</td><td>Ordförande</td></tr>"
            "<tr><td>Jan Stjernström</td><td>Ledamot</td></tr>"
            "<tr><td rowspan='2'>S</td><td>Emil Ek</td><td>Ersättare</td></tr>"
            "<tr><td>Tobias Holm</td><td>Ledamot</td></tr></table></body></html>")
    text = read_html(Path("x.html"), html.encode()).text
    assert "M\tJan Stjernström\tLedamot" in text and "S\tTobias Holm\tLedamot" in text
    people = _attendance(text)
    assert people["Jan Stjernström"].party == "M" and people["Tobias Holm"].party == "S"


def test_ocr_damage_in_an_attendance_list_and_staff_in_a_roll_column():
    people = _attendance("1Jänstemän\tSven-Åke Lindgren, kommundirektör\n"
                         "Utses att justera\tMaj-Britt Dahl (5) och Olof Nord (M)\n\n")
    assert people["Sven-Åke Lindgren"].roles == ["tjänsteman"]
    assert people["Maj-Britt Dahl"].party == "S" and people["Maj-Britt Dahl"].roles == ["justerare"]
    people = _attendance("Namn\tParti\tRoll\nHelena Ekstrand\tM\tOrdförande\nAnna Wirén\t\tFörvaltningschef\n"
                         "Sofie Lund\t\tArbetsmarknadschef, § 14\n")
    assert people["Anna Wirén"].roles == people["Sofie Lund"].roles == ["tjänsteman"]
    assert people["Helena Ekstrand"].roles == ["ordförande"]


def test_suppleant_is_ersattare_and_a_role_cell_may_name_the_member_served_for():
    people = _attendance("Närvarande styrelseledamöter\nNamn\tRoll\tParti\nKjell Olofsson\tOrdförande\tS\n"
                         "Bo Nyström\tSuppleant, tjänstgör för Helena Axelsson (S)\tS\n\n"
                         "Närvarande suppleanter\nNamn\tRoll\tParti\nJonas Ryd\tSuppleant\tL\n")
    assert people["Bo Nyström"].roles == ["tjänstgörande ersättare"]
    assert people["Bo Nyström"].replaces == "Helena Axelsson"
    assert people["Jonas Ryd"].roles == ["ersättare"]


def test_titles_before_names_under_ovriga_and_no_staff_role_for_an_employee_representative():
    people = _attendance("Övriga: VD Per-Anders Holm, ekonomichef Susanne Lind (sekreterare), "
                         "fastighetschef Ola Brandt (§ 3), Mats Jonsson (arbetstagarrepresentant)\n")
    assert people["Per-Anders Holm"].roles == ["tjänsteman"]
    assert sorted(people["Susanne Lind"].roles) == ["sekreterare", "tjänsteman"]
    assert people["Ola Brandt"].roles == ["tjänsteman"]
    assert people["Mats Jonsson"].roles == []


def test_ersatt_av_in_a_presence_column_makes_the_substitute_serve():
    people = _attendance("Beslutande\nLedamot\tParti\tNärvaro\nHelena Nordmark, ordförande\tS\tNärvarande\n"
                         "Niklas Bergström\tS\tEj närvarande – ersatt av Sofia Åström (S)\n")
    assert people["Niklas Bergström"].roles == ["ledamot"]
    assert people["Sofia Åström"].roles == ["tjänstgörande ersättare"]
    assert people["Sofia Åström"].replaces == "Niklas Bergström"


def test_signature_labels_with_dots_and_labels_printed_under_the_names():
    people = _attendance("Underskrifter\tSekreterare ……………… Lena Ölander\n\tOrdförande ……………… Jenny Forsberg\n")
    assert people["Lena Ölander"].roles == ["sekreterare"]
    assert people["Jenny Forsberg"].roles == ["ordförande"]
    people = _attendance("Vid protokollet                      Justeras\n"
                         "Eva Lindström                        Anna-Lena Hedberg      Leila Karimi\n"
                         "Nämndsekreterare                     Ordförande             Justerare\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Eva Lindström": ["sekreterare"], "Anna-Lena Hedberg": ["ordförande"], "Leila Karimi": ["justerare"]}


def test_abbreviated_presidium_roles_and_a_substitute_serving_in_some_paragraphs():
    people = _attendance("Beslutande ledamöter:\nAnna Berg (S), ordf\nPer Ek (M), 1:e v ordf\n"
                         "Eva Lind (C), 2:e vice ordf.\nLars Holm (V)\n"
                         "Ola Sand (KD), tjg ers §§ 12–13 för Lars Holm (V)\n"
                         "Ulla Ryd (L), tjg ers för Eva Lind (C)\n")
    assert people["Anna Berg"].roles == ["ordförande"]
    assert people["Per Ek"].roles == people["Eva Lind"].roles == ["vice ordförande"]
    assert people["Ola Sand"].roles == ["tjänstgörande ersättare"] and people["Ola Sand"].replaces == "Lars Holm"
    assert people["Ulla Ryd"].roles == ["tjänstgörande ersättare"] and people["Ulla Ryd"].replaces == "Eva Lind"


def test_a_vice_chair_title_cut_to_its_initials_after_its_ordinal_is_the_vice_chair():
    # "1:e v.o." / "2:e v. o." beside a name: the vice chair's title abbreviated to initials.
    people = _attendance("Beslutande ledamöter:\nKarl Strand (C), ordförande\nMaja Ek (S), 1:e v.o.\n"
                         "Olof Ryd (M), 2:e v. o.\nSara Holm (L)\n")
    assert people["Maja Ek"].roles == people["Olof Ryd"].roles == ["vice ordförande"]
    assert people["Sara Holm"].roles == ["ledamot"]


def test_an_attendance_table_drawn_in_characters_with_section_rows():
    people = _attendance(
        "+-------------+-------+-------------------------+-------------------+\n"
        "| Namn        | Parti | Funktion                | Närvaro / noteringar |\n"
        "+-------------+-------+-------------------------+-------------------+\n"
        "| LEDAMÖTER                                                          |\n"
        "| Stig Berg   | S     | Ordförande              | §§ 1–4            |\n"
        "| Kim Ås      | MP    | Ledamot                 | §§ 1–3            |\n"
        "| ERSÄTTARE                                                          |\n"
        "| Bo Dahl     | M     | Ersättare               | §§ 1–4            |\n"
        "| ÖVRIGA NÄRVARANDE                                                  |\n"
        "| Siv Ek      |       | Förvaltningschef        | § 2               |\n"
        "+-------------+-------+-------------------------+-------------------+\n")
    assert (people["Stig Berg"].party, people["Stig Berg"].roles) == ("S", ["ordförande"])
    assert (people["Kim Ås"].party, people["Kim Ås"].roles) == ("MP", ["ledamot"])
    assert (people["Bo Dahl"].party, people["Bo Dahl"].roles) == ("M", ["ersättare"])
    assert (people["Siv Ek"].party, people["Siv Ek"].roles) == (None, ["tjänsteman"])


def test_rows_of_name_party_and_role_without_a_header_row():
    people = _attendance("Beslutande ledamöter\nAnna Berg\tS\tordförande\nPer Ek\tM\n"
                         "Ola Sand\tM\ttjänstgörande ersättare för Lena Ros (M)\n"
                         "Ersättare\nIda Kvist\tV\nÖvriga närvarande\nSiv Ek\tsocialchef\n")
    assert (people["Anna Berg"].party, people["Anna Berg"].roles) == ("S", ["ordförande"])
    assert (people["Per Ek"].party, people["Per Ek"].roles) == ("M", ["ledamot"])
    assert people["Ola Sand"].roles == ["tjänstgörande ersättare"] and people["Ola Sand"].replaces == "Lena Ros"
    assert (people["Ida Kvist"].party, people["Ida Kvist"].roles) == ("V", ["ersättare"])
    assert people["Siv Ek"].roles == ["tjänsteman"]


def test_a_table_of_members_by_municipality_with_name_and_party_in_one_cell():
    people = _attendance("Medlemskommun\tLedamot\tErsättare\nAle kommun\tBo Lind (S), ordförande\tEva Ek (S)\n"
                         "Lerums kommun\tIda Berg (M), frånvarande\tPer Al (M), tjänstgör\n")
    assert (people["Bo Lind"].party, people["Bo Lind"].roles) == ("S", ["ordförande"])
    assert people["Eva Ek"].roles == ["ersättare"] and people["Ida Berg"].roles == ["ledamot"]
    assert (people["Per Al"].party, people["Per Al"].roles) == ("M", ["tjänstgörande ersättare"])
    assert "Ale kommun" not in people


def test_an_attendance_table_with_one_column_per_party_and_the_presidium_on_a_line_below():
    people = _attendance("Beslutande ledamöter\nS\tM\tC\tV\nAnna Berg\tPer Ek Ola Sand\tIda Lind\n"
                         "ordf.\t1:e vice ordf.\nLars Holm*\tBo Dahl\n"
                         "* Lars Holm (S), tjänstgörande ersättare för Siv Ros (S)\nErsättare\nS\tM\tC\tV\n"
                         "Kim Ås\t–\tUlf Al\n")
    assert (people["Anna Berg"].party, people["Anna Berg"].roles) == ("S", ["ordförande"])
    assert (people["Per Ek"].party, people["Per Ek"].roles) == ("M", ["vice ordförande"])
    assert (people["Ola Sand"].party, people["Ola Sand"].roles) == ("C", ["ledamot"])
    assert (people["Ida Lind"].party, people["Bo Dahl"].party) == ("V", "M")
    assert people["Lars Holm"].roles == ["tjänstgörande ersättare"] and people["Lars Holm"].replaces == "Siv Ros"
    assert (people["Kim Ås"].party, people["Kim Ås"].roles) == ("S", ["ersättare"])
    assert (people["Ulf Al"].party, people["Ulf Al"].roles) == ("C", ["ersättare"])


def test_an_appended_attendance_and_voting_list_with_numbered_rows_and_a_two_line_header():
    m = _minutes(
        "Kommunfullmäktige\nBeslutande  Se närvaro- och voteringslista, bilaga 1\n\n§ 3 Motion om cykelvägar\n\n"
        "Omröstningen utfaller med 2 ja-röster, 1 nej-röst och 1 som avstår.\n\n"
        "Bilaga 1\nNärvaro- och voteringslista\n"
        "    Ledamöter     Parti  Anm.          Tjänstgörande ersättare  § 3\n"
        "                                                               Ja  Nej  Avst\n"
        " 1  Eva Ström     S      ordförande                            X\n"
        " 2  Per Lund      M                    Kim Berg (M)                 X\n"
        " 3  Ola Sand      C      1:e vice ordf.                        X\n"
        " 4  Siv Holm      V      frånvarande\n"
        " 5  Bo Ek         L                                                 X\n"
        "    Summa                                                      2    1    1\n")
    people = {p.name: p for p in m.persons}
    assert (people["Eva Ström"].party, people["Eva Ström"].roles) == ("S", ("ordförande",))
    assert people["Per Lund"].roles == ("ledamot",) and people["Kim Berg"].roles == ("tjänstgörande ersättare",)
    assert people["Ola Sand"].roles == ("vice ordförande",) and people["Siv Holm"].roles == ("ledamot",)
    assert people["Bo Ek"].party == "L" and not [n for n in people if "Summa" in n or "Avst" in n or "Parti" in n]
    assert m.paragraphs[0].title == "Motion om cykelvägar"


def test_labelled_signatures_run_into_one_line_and_a_heading_beside_the_case_number():
    m = _minutes(
        "Kommunstyrelsen\n\n§ 7\tRemiss av avfallsplan\nDnr KS 2024/0100.1\tKommunstyrelsens beslut\n"
        "Kommunstyrelsen remitterar planen till tekniska nämnden.\n\n"
        "Justerandes sign: Eva Ström, Per Lund\n"
        "Protokollet justerades 2024-04-19. Ordförande: Eva Ström. Justerare: Per Lund. Sekreterare: Ida Berg.\n")
    people = {p.name: p for p in m.persons}
    assert people["Eva Ström"].roles == ("ordförande",) and people["Per Lund"].roles == ("justerare",)
    assert people["Ida Berg"].roles == ("sekreterare",)
    assert len(m.paragraphs[0].decision_points) == 1
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["KS 2024/0100.1"]


def test_ocr_damage_in_known_words_and_names_and_an_ocr_l_for_the_first_point():
    people = _attendance(
        "Beslutande            Ledarnöter:\n                      Tove Ek (S), ordförande\n"
        "                      lvar Sand (C)\n\nErsättare             Ulf Berg (M)\n")
    assert people["Tove Ek"].roles == ["ordförande"] and people["Ivar Sand"].roles == ["ledamot"]
    assert people["Ulf Berg"].roles == ["ersättare"] and "lvar Sand" not in people
    m = _minutes("Kommunstyrelsen\n\n§ 5   Ärende\n\nYrkanden\nTove Ek (S) yrkar bifall.\n"
                 "Ivar Sand (C) instärnrner i Tove Eks yrkande.\n\nBeslut\nl. Kommunstyrelsen godkänner avtalet.\n"
                 "2. Paragrafen justeras omedelbart.\n")
    par = m.paragraphs[0]
    assert len(par.decision_points) == 2
    assert sorted(r.name for pr in par.proposals for r in pr.by) == ["Ivar Sand", "Tove Ek"]


def test_labels_extracted_as_a_block_before_their_values():
    people = _attendance(
        "Östra Göinge kommun\nPlats och tid\nBeslutande ledamöter\nTjänstgörande ersättare\n"
        "Rådhuset, kl. 13.00–15.00\nTove Ek (S), ordförande\nIvar Sand (C)\nUlf Berg (M) ersätter Eva Holm (M)\n"
        "Ej tjänstgörande ersättare\nÖvriga närvarande\nAnna Lo (L)\nPer Nyd, kanslichef\n"
        "Sekreterare\nOrdförande\nJusterare\nPer Nyd\nTove Ek\nIvar Sand\n")
    assert people["Ivar Sand"].roles == ["ledamot", "justerare"] and people["Tove Ek"].roles == ["ordförande"]
    assert people["Ulf Berg"].roles == ["tjänstgörande ersättare"] and people["Eva Holm"].roles == []
    assert people["Anna Lo"].roles == ["ersättare"] and people["Per Nyd"].roles == ["tjänsteman", "sekreterare"]
    assert "Östra Göinge" not in people


def test_officials_taking_part_named_in_a_running_attendance_paragraph():
    people = _attendance("Närvarande: Tove Ek (S), ordförande, samt ledamöterna Ivar Sand (C) och Ulf Berg (M). "
                         "Därutöver deltar kanslichef Per Nyd och ekonomichef Sara Lund (§ 4).\n")
    assert people["Ivar Sand"].roles == ["ledamot"]
    assert people["Per Nyd"].roles == people["Sara Lund"].roles == ["tjänsteman"]


def test_a_running_attendance_line_that_ends_on_its_group_word_gives_the_names_below_that_role():
    people = _attendance("Beslutande: Ola Ek (C) ordförande, Pia Lund (S) vice ordförande, ledamöterna\n"
                         "Tor Berg (S), Siv Dahl (KD) och Kim Sand (M), samt tjänstgörande ersättaren\n"
                         "Eva Ros (S) istf Bo Nyman (S).\n")
    assert people["Tor Berg"].roles == people["Kim Sand"].roles == ["ledamot"]
    assert people["Eva Ros"].roles == ["tjänstgörande ersättare"] and people["Bo Nyman"].roles == []


def test_officials_present_besides_told_in_the_past_tense_of_narrative_minutes():
    people = _attendance("Närvarande: Tove Ek (S), ordförande, samt ledamöterna Ivar Sand (C) och Ulf Berg (M). "
                         "Dessutom närvarade parkchef Per Nyd, planarkitekt Sara Lund, den senare under § 4, och "
                         "nämndsekreterare Eva Kron.\n")
    assert people["Per Nyd"].roles == people["Sara Lund"].roles == ["tjänsteman"]
    assert people["Eva Kron"].roles[0] == "tjänsteman"


def test_officials_named_title_first_in_a_sentence_of_their_own_after_the_members():
    people = _attendance("Närvarande: Tove Ek (S), ordförande, Ivar Sand (C) och Ulf Berg (M). Socialchef Per Nyd, "
                         "utredare Sara Lund (§ 4) och nämndsekreterare Eva Kron.\nJusterare: Ivar Sand\n")
    assert people["Per Nyd"].roles == people["Sara Lund"].roles == people["Eva Kron"].roles == ["tjänsteman"]
    assert people["Ulf Berg"].party == "M" and people["Ulf Berg"].roles == []


def test_a_sentence_of_officials_wrapped_after_a_title_goes_on_to_the_next_line():
    people = _attendance("Närvarande: Tove Ek (S), ordförande, Ivar Sand (C),\nUlf Berg (M). Socialchef Per Nyd, "
                         "utredare\nSara Lund (§ 4) och nämndsekreterare Eva Kron.\nJusterare: Ivar Sand\n")
    assert people["Per Nyd"].roles == people["Sara Lund"].roles == people["Eva Kron"].roles == ["tjänsteman"]


def test_signature_label_lines_above_the_extract_s_attestation_give_roles():
    m = _minutes("Kommunstyrelsen\n\n§ 3   Ärende\n\nBeslut\nKommunstyrelsen godkänner avtalet.\n\n"
                 "Expedieras till:\nTekniska nämnden\n\n"
                 "Ordförande: Gun Ek (S)     Justerare: Per Alm (M)\nSekreterare: Lisa Berg\n\n"
                 "Utdragsbestyrkande: Lisa Berg\n")
    people = {p.name: p for p in m.persons}
    assert people["Gun Ek"].roles == ("ordförande",) and people["Per Alm"].roles == ("justerare",)
    assert people["Lisa Berg"].roles == ("sekreterare",)


def test_a_bare_justeras_beside_vid_protokollet_heads_every_adjuster_signature():
    people = _attendance("Vid protokollet\tJusteras\nKarin Ödman, sekreterare\tOlle Berg\tSara Lind\n")
    assert people["Karin Ödman"].roles == ["sekreterare"]
    assert people["Olle Berg"].roles == ["justerare"] and people["Sara Lind"].roles == ["justerare"]


def test_signatures_written_as_name_and_role_beside_a_signature_label():
    people = _attendance("Underskrifter\tEva Sundin, ordförande\tRoger Ahl, justerare\tSara Lönn, sekreterare\n"
                         "Paragrafer\t201-204, utom 203\n")
    roles = {name: set(p.roles) for name, p in people.items()}
    assert roles == {"Eva Sundin": {"ordförande"}, "Roger Ahl": {"justerare"}, "Sara Lönn": {"sekreterare"}}


def test_a_list_beside_a_label_in_a_margin_column_wraps_a_name_onto_the_next_line():
    people = _attendance("Nämnden\nNärvarande\tLedamöter: Eva Sundin (C), ordförande; Roger Ahl (S); Nadia\n"
                         "Karim (MP); Tore Blom (SD)\nTjänstgörande ersättare: Linus Ek (L)\n")
    assert people["Nadia Karim"].roles == ["ledamot"] and people["Nadia Karim"].party == "MP"
    assert people["Linus Ek"].roles == ["tjänstgörande ersättare"]


def test_an_attendance_table_with_a_column_per_role_and_empty_cells_at_the_start_of_rows():

    text = ("Närvarande\nOrdförande\tVice ordförande\tLedamöter\tErsättare\n"
            "Eva Ek (S)\tOla Berg (M)\tAnna Lund (C)\tPer Sand (L)\n\t\tLisa Holm (V)\tKarl Ny (KD)\n"
            "\t\tMats Dal (S)\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    people = parse_attendance(logical_lines(content_lines(src), text), source=text).people
    roles = {name: p.roles for name, p in people.items()}
    assert roles == {"Eva Ek": ["ordförande"], "Ola Berg": ["vice ordförande"], "Anna Lund": ["ledamot"],
                     "Per Sand": ["ersättare"], "Lisa Holm": ["ledamot"], "Karl Ny": ["ersättare"],
                     "Mats Dal": ["ledamot"]}


def test_roles_of_a_party_groups_ersättare_and_in_a_digital_justering():
    m = _minutes("Nämnden\n\nNärvarande ledamöter\nAnna Lund (S), ordförande\nPer Berg (M)\nKarl Ek (C)\n\n"
                 "§ 5  Budget\n\nBeslut\nBudgeten antas.\nErsättaryttrande\nCenterpartiets ersättare Eva Ström (C) "
                 "och Nils Åberg (C) lämnar följande ersättaryttrande: ”Vi stöder budgeten.”\n\nJustering\n"
                 "Justerat digitalt 2024-02-03 av Anna Lund (ordförande) och Per Berg\n(justerare).\n")
    roles = {p.name: set(p.roles) for p in m.persons}
    assert roles["Eva Ström"] == {"ersättare"} and roles["Nils Åberg"] == {"ersättare"}
    assert "justerare" in roles["Per Berg"] and "ordförande" in roles["Anna Lund"]


def test_two_fixed_width_lists_side_by_side_with_presidium_labels_in_a_label_column():

    text = ("Beslutande                               Ersättare\n\n"
            "Ordförande      Eva Ek (S)               Karl Ny (KD)\n"
            "1:e vice ordf.  Ola Berg (M)             Per Sand (L)\n"
            "                Anna Lund (C)            Lisa Holm (V)\n"
            "                Mats Dal (S)\n\n"
            "Övriga närvarande   Tova Ek, socialchef\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    people = parse_attendance(logical_lines(content_lines(src), text), source=text).people
    roles = {name: p.roles for name, p in people.items()}
    assert roles == {"Eva Ek": ["ordförande"], "Ola Berg": ["vice ordförande"], "Anna Lund": [],
                     "Mats Dal": [], "Karl Ny": ["ersättare"], "Per Sand": ["ersättare"],
                     "Lisa Holm": ["ersättare"], "Tova Ek": ["tjänsteman"]}


def test_signature_table_rows_with_a_dotted_line_before_the_name():
    m = _minutes("Kommunstyrelsen\n\n§ 3\nVal av ombud\n\nBeslut\nTill ombud väljs Eva Ek (S).\n\n"
                 "Sekreterare\t……………\tTova Lind\nJusterare\t……………\tOla Berg\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Tova Lind"] == ("sekreterare",) and roles["Ola Berg"] == ("justerare",)


def test_a_case_officer_is_a_person_without_a_role():
    m = _minutes("Kommunstyrelsen\n\n§ 3\nVal av ombud\nDiarienummer KS 2024/12 · Handläggare: Tova Lind, "
                 "utredare\n\nBeslut\nTill ombud väljs Eva Ek (S).\n")
    assert {p.name: p.roles for p in m.persons}.get("Tova Lind") == ()


def test_a_case_officer_in_a_meeting_systems_tabbed_metadata_is_a_person_without_a_role():
    # "Handläggare<TAB>Name": a system's per-item metadata list or table, the label first on its line
    m = _minutes("Miljönämnden\n\n§ 9\nTaxa för tillsyn\nÄrendenummer\tMN 2024/77\nHandläggare\tMarta Kvist, "
                 "miljöinspektör\nBeslutsinstans\tMiljönämnden\n\nBeslut\nTaxan antas.\n")
    assert {p.name: p.roles for p in m.persons}.get("Marta Kvist") == ()
    # a "handläggare" cell after a name is a job title, and the cell after it is no name
    m = _minutes("Miljönämnden\n\n§ 9\nTaxa för tillsyn\nÄrendenummer\tMN 2024/77\nJonas Ek\thandläggare\tMarta "
                 "Kvist\n\nBeslut\nTaxan antas.\n")
    assert "Marta Kvist" not in {p.name for p in m.persons}


def test_a_member_named_with_a_comma_and_a_role_that_serves_is_not_made_an_ersattare():
    m = _minutes("Kommunstyrelsen\n\nBeslutande\nTure Dahl (V), tjänstgörande ersättare\n\n§ 4\nBudget 2025\n\n"
                 "Beslut\nBudgeten antas.\n\nSärskilt yttrande\nVera Holm (V) lämnar ett särskilt yttrande.\n"
                 "Ture Dahl (V), ersättare, ansluter sig till Vera Holms särskilda yttrande.\n")
    assert "ersättare" not in {p.name: p.roles for p in m.persons}["Ture Dahl"]


def test_a_managing_director_abbreviated_vd_in_a_list_of_others_present_is_an_official():
    people = _attendance("Kommunfullmäktige\n\nÖvriga närvarande   Tova Lind, VD Stadens Hamn AB, § 12\n"
                         "                    Ola Berg, kommundirektör\n")
    assert people["Tova Lind"].roles == ["tjänsteman"] and people["Ola Berg"].roles == ["tjänsteman"]


def test_ocr_damaged_attendance_headings_keep_their_roles():
    people = _attendance("Beslutande Iedamöter   Eva Ek (S), ordförande\n"
                         "                       Per Lund (M)\n\n"
                         "Ersattare              Ola Berg (C)\n\n"
                         "0vriga deltagande      Tova Lind, kommunchef\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Eva Ek": ["ordförande"], "Per Lund": ["ledamot"], "Ola Berg": ["ersättare"], "Tova Lind": ["tjänsteman"]}


def test_serving_members_and_a_substitute_named_for_a_member_in_their_list():
    people = _attendance("Tjänstgörande ledamöter\tEva Ek (S), ordförande\nPer Lund (M)\n"
                         "Ola Berg (C), ersättare för Ida Sand (C)\nEj tjänstgörande ersättare\tKim Dal (S)\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Eva Ek": ["ordförande"], "Per Lund": ["ledamot"], "Ola Berg": ["tjänstgörande ersättare"],
        "Ida Sand": [], "Kim Dal": ["ersättare"]}


def test_officials_under_a_heading_after_an_attendance_table_with_role_columns():
    people = _attendance("Ersättare\tParti\tNärvaro\nAnna Ek\tC\tN\nÖvriga närvarande\n"
                         "Lars Ny, kommundirektör\nTova Lind, nämndsekreterare, § 5\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Anna Ek": ["ersättare"], "Lars Ny": ["tjänsteman"], "Tova Lind": ["tjänsteman"]}


def test_an_official_who_presents_the_case_is_a_person_without_role():
    m = _minutes("Fritidsnämnden\n\n§ 2\nLokaler\n\nÄrendet\nNämnden behöver lokaler. Fastighetschef Ola Rask "
                 "föredrar ärendet.\nKim Berg, fritidsstrateg, föredrar förslaget.\n\nBeslut\nNämnden noterar.\n")
    people = {p.name: p.roles for p in m.persons}
    assert people.get("Ola Rask") == () and people.get("Kim Berg") == ()


def test_hs20_ovriga_ersattare_are_ersattare_not_serving():
    people = _attendance(
        "Tjänstgörande ersättare\tLeif Stenlund (M) för Ingela Dahl (M)\nÖvriga ersättare\tKent Arvidsson (S)\n"
        "Petra Lood (V)\nTjänstepersoner\tMalin Forsell, förvaltningschef\n")
    assert people["Kent Arvidsson"].roles == ["ersättare"]
    assert people["Petra Lood"].roles == ["ersättare"]
    assert "tjänstgörande ersättare" in people["Leif Stenlund"].roles


def test_h21_a_justering_box_after_the_last_paragraph_gives_the_signatories_their_roles():
    minutes = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-12\n\n§ 87 Avtal om trafikplats\n\n"
                       "Beslut\nKommunfullmäktige godkänner avtalet.\n\nBeslutet skickas till\nTrafikverket\n\n"
                       "┌─ Justering ─────────────────────────┐\n"
                       "│ Ordförande        Bengt Fors (M)      │\n"
                       "│ Justerare         Göran Ek (C)        │\n"
                       "│ Sekreterare       Helena Sundqvist    │\n"
                       "└─────────────────────────────────────┘\n")
    roles = {p.name: p.roles for p in minutes.persons}
    assert roles["Bengt Fors"] == ("ordförande",) and roles["Göran Ek"] == ("justerare",)
    assert roles["Helena Sundqvist"] == ("sekreterare",)


def test_h21_a_surname_ending_in_stad_is_a_name_under_a_signature_label():
    people = _attendance("Kommunstyrelsen\n\nOrdförande\tJusterare\tSekreterare\n"
                         "..........\t..........\t..........\nKarl Ridderstad\tAnna Carlsson\tMaria Wennberg\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Karl Ridderstad": ["ordförande"], "Anna Carlsson": ["justerare"], "Maria Wennberg": ["sekreterare"]}


def test_h22_a_company_boards_funktion_column_with_an_utsedd_av_column_gives_roles():
    people = _attendance(
        "Närvarande\nNamn\tFunktion\tUtsedd av\n"
        "Lars Öberg\tOrdförande\tSkellefteå kommun\n"
        "Jan Burman\tStyrelseledamot\tSkellefteå kommun\n"
        "Sara Vinka\tStyrelseledamot (via Teams)\tSkellefteå kommun\n"
        "Peter Holm\tStyrelsesuppleant, tjänstgör för Åsa Nord\tSkellefteå kommun\n"
        "Mikael Berg\tStyrelsesuppleant\tSkellefteå kommun\n"
        "Eva Mark\tArbetstagarrepresentant\tLedarna\n")
    assert {n: p.roles for n, p in people.items()} == {
        "Lars Öberg": ["ordförande"], "Jan Burman": ["ledamot"], "Sara Vinka": ["ledamot"],
        "Peter Holm": ["tjänstgörande ersättare"], "Mikael Berg": ["ersättare"], "Eva Mark": [],
        "Åsa Nord": []}  # the member served for, named in the cell, is a person without a role
    assert all(p.party is None for p in people.values())


def test_h23_abbreviated_attendance_and_signature_labels_give_their_roles():
    people = _attendance("Ej tjg ers.\tRoger Melin (S), Kerstin Alm (C)\n"
                         "Just.: Rasmus Öberg (SD) och Eva Kjellberg (L)\n\n"
                         "Sekr. Anneli Hultberg · Ordf. Kerstin Lundgren (S)\n")
    assert people["Roger Melin"].roles == ["ersättare"]
    assert people["Kerstin Alm"].roles == ["ersättare"]
    assert people["Rasmus Öberg"].roles == ["justerare"]
    assert people["Eva Kjellberg"].roles == ["justerare"]
    assert "sekreterare" in people["Anneli Hultberg"].roles


def test_h23_running_attendance_lines_with_groups_and_entries_separated_by_semicolons():
    people = _attendance(
        "Närvarande ledamöter: Anna Berg (S), ordförande, Olof Lind (M) och Åsa Kvist (KD); tjänstgörande "
        "ersättare: Nils Ragnarsson (M) för Helene Sundin (M); ersättare: Karl Björk (S) och Ronny Ek (SD).\n\n"
        "Ej beslutande:\tOlle Sjögren (S), ers.; Mia Holm (SD), ers.; Tomas Elg, kommunchef; Karin Åhs, "
        "kommunsekr.\n\n"
        "Övriga närvarande: socialchef Ulrika Sand och nämndsekreterare Frida Lönn.\n")
    assert people["Olof Lind"].roles == ["ledamot"]
    assert people["Nils Ragnarsson"].roles == ["tjänstgörande ersättare"]
    assert people["Ronny Ek"].roles == ["ersättare"]
    assert people["Olle Sjögren"].roles == ["ersättare"]
    assert people["Mia Holm"].roles == ["ersättare"]
    assert people["Tomas Elg"].roles == ["tjänsteman"]
    assert people["Karin Åhs"].roles == ["tjänsteman"]
    assert people["Ulrika Sand"].roles == ["tjänsteman"]
    assert people["Frida Lönn"].roles == ["tjänsteman"]


def test_h26_a_typed_label_column_abbreviates_vice_ordforande_without_a_period():
    people = _attendance("Ordförande          Göran Fröberg (s)\n1:e vice ordf       Ingemar Berglund (m)\n"
                         "2:e vice ordf       Siv Hammarström (c)\n")
    assert people["Ingemar Berglund"].roles == ["vice ordförande"]
    assert people["Siv Hammarström"].roles == ["vice ordförande"]
    assert people["Göran Fröberg"].roles == ["ordförande"]


def test_h26_a_narv_paragraph_column_does_not_hide_an_attendance_table_header():
    people = _attendance("Namn\tParti\tFunktion\tNärv. §\tAnmärkning\nBESLUTANDE\n"
                         "Kerstin Ådahl\tS\tOrdförande\t71–74\nÖVRIGA NÄRVARANDE\n"
                         "Ulf Strand\tKommunchef\t71–74\n")
    assert people["Ulf Strand"].roles == ["tjänsteman"]
    assert people["Kerstin Ådahl"].roles == ["ordförande"]


def test_h24_a_combined_attendance_and_voting_list_gives_members_substitutes_and_presidium():
    people = {p.name: p for p in _minutes(_H24_ROLL_CALL).persons}
    assert people["Anna Berg"].roles == ("ledamot",) and people["Anna Berg"].party == "S"
    assert people["Ulla Mattsson"].roles == ("tjänstgörande ersättare",)
    assert people["Lars Ek"].roles == ("ordförande",)  # the presidium is not also "ledamot"
    assert people["Eva Lund"].roles == ("ledamot",)


def test_h24_an_ersattare_who_serves_for_a_member_after_the_role_word_is_a_serving_ersattare():
    att = _attendance("Närvarande\nSala kommun: Siv Lind (M), ledamot, frånvarande; Bo Ek (S), ersättare, "
                      "tjänstgör för Siv Lind\n")
    assert att["Bo Ek"].roles == ["tjänstgörande ersättare"]
    assert att["Bo Ek"].replaces == "Siv Lind"
    assert att["Siv Lind"].roles == ["ledamot"]


def test_h24_a_substitute_in_a_fixed_width_row_under_a_row_of_headings_gets_the_substitutes_column():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n"
        "Beslutande             Ledamöter                     Tjänstgörande ersättare\n"
        "                       Stefan Norberg (S), ordförande\n"
        "                       Bo Ekvall (S)                 Maja Stenlund (S)\n"
        "                       Åsa Kronqvist (S)\n"
        "§ 86 Val av justerare\nKommunstyrelsen beslutar\nBo Ekvall justerar.\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Maja Stenlund"] == ("tjänstgörande ersättare",)
    assert people["Bo Ekvall"] == ("ledamot",)
    assert people["Stefan Norberg"] == ("ordförande",)


def test_h24_names_above_a_row_of_signature_labels_keep_their_labels_and_lend_none_below():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-05-27\nOrdförande\tGöran Nyberg (S)\n"
                 "Sekreterare\tPetra Wallin\n§ 58 Val\nKommunfullmäktige beslutar\nValet förrättas.\n"
                 "..........................\t..........................\n"
                 "Göran Nyberg\tElin Sundqvist\nOrdförande\tJusterare\n"
                 "Utdragsbestyrkande: Petra Wallin, kommunsekreterare, 2024-05-30\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Petra Wallin"] == ("sekreterare",)
    assert people["Elin Sundqvist"] == ("justerare",)


def test_an_extract_s_justerare_named_under_a_lone_label_above_the_certification_is_justerare():
    m = _minutes("Kultur- och fritidsnämnden\nSammanträdesdatum 2024-10-02\nKFN § 71\tDnr KFN 2024/60\n"
                 "Bidrag till föreningar\nKultur- och fritidsnämndens beslut\nBidragen fördelas enligt bilaga.\n"
                 "Beslutet skickas till\nFöreningarna\n\nJusterare\nOlle Sundqvist (C)\nUtdragsbestyrkande\n"
                 "Rätt utdraget betygar: Lisa Ström, nämndsekreterare, 2024-10-08\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Olle Sundqvist"] == ("justerare",)


def test_h28_ersattare_for_in_brackets_makes_a_serving_substitute_not_an_ersattare():
    people = _attendance("Närvarande: Anna Berg (M), Karl Ek (L),\n"
                         "Eva Lund (M) (ersättare för Olle Sten (M)), Per Ås (S) (Ersättare för Lisa Nord (S))\n"
                         "Ersättare: Bo Holm (C)\n")
    assert people["Eva Lund"].roles == ["tjänstgörande ersättare"]
    assert people["Eva Lund"].replaces == "Olle Sten"
    assert people["Per Ås"].roles == ["tjänstgörande ersättare"]
    assert people["Olle Sten"].roles == []
    assert people["Bo Holm"].roles == ["ersättare"]


def test_h28_staff_report_author_in_beslutsunderlag_is_a_person_without_role():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-02-07\n§ 17 Avtal\nBeslutsunderlag\n"
                 "Tjänsteskrivelse, räddningschef Tobias Wallin, 2024-01-16\n"
                 "Tjänsteskrivelse, sektor Trygghet och stöd, 2024-01-10\nBeslut\nKommunstyrelsen godkänner avtalet.\n")
    assert [(p.name, p.roles) for p in m.persons] == [("Tobias Wallin", ())]


def test_h29_signature_table_above_utdraget_bestyrks_is_the_trailer():
    m = _minutes("Förbundsstyrelsen\tSammanträdesdatum: 2024-05-15\n§ 58 Yttrande\nBeslut\n"
                 "Förbundsstyrelsen antar yttrandet.\nOrdförande\tMalin Ekdahl\nJusterare\tPer Lindström\n"
                 "Sekreterare\tUlla Fors\nUtdraget bestyrks: Ulla Fors, förbundssekreterare\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Per Lindström"] == ("justerare",) and "sekreterare" in roles["Ulla Fors"]


def test_h29_company_attendance_headings():
    people = _attendance("Styrelseledamöter som deltagit i beslutet:\n  Åsa Ringström\n  Erik Boman\n"
                         "Styrelsesuppleant (har tagit del av underlaget):\n  Nils-Olof Berg\n"
                         "Närvarande från bolaget:\tVD Ulrika Falk\n\tekonomichef Tobias Rundqvist\n"
                         "Adjungerade:\tKristina Moberg, kollektivtrafikdirektör\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Åsa Ringström"] == ["ledamot"] and roles["Nils-Olof Berg"] == ["ersättare"]
    assert roles["Ulrika Falk"] == ["tjänsteman"] and roles["Tobias Rundqvist"] == ["tjänsteman"]
    assert roles["Kristina Moberg"] == []


def test_h29_role_codes_explained_in_a_legend():
    people = _attendance(
        "Närvarande (Funktion: O = ordförande, V1 = 1:e vice ordförande,\n"
        "L = ledamot, TE = tjänstgörande ersättare, E = ej tjänstgörande ersättare)\n\n"
        "Medlemskommun      Namn                     Parti   Funktion\n"
        "Malmö stad         Anders Lövgren           S       O\n"
        "Lunds kommun       Kerstin Bengtsson        M       V1\n"
        "Malmö stad         Nora Strand              M       L\n"
        "Hörby kommun       Elsa Mårtensson          C       TE för Johnny Ek (SD)\n"
        "Lunds kommun       Ebba Lind                L       E\n")
    roles = {n: (p.party, p.roles) for n, p in people.items()}
    assert roles["Anders Lövgren"] == ("S", ["ordförande"])
    assert roles["Kerstin Bengtsson"] == ("M", ["vice ordförande"])
    assert roles["Nora Strand"] == ("M", ["ledamot"])
    assert roles["Elsa Mårtensson"] == ("C", ["tjänstgörande ersättare"])
    assert roles["Ebba Lind"] == ("L", ["ersättare"])


def test_role_codes_in_mixed_case_and_a_bracketed_qualifier_explained_below_the_table():
    # "TjE = tjänstgörande ersättare" (a code of initials in mixed case) and "E = ersättare (ej tjänstgörande)" (the
    # qualifier after the role), in a legend under the table; "V" is vice ordförande in the code column only.
    people = _attendance(
        "Närvarande\nNamn\tParti\tFunktion\n"
        "Gunnel Ahl\tKD\tO\n"
        "Rune Ekstam\tV\tV\n"
        "Lena Sjögren\tC\tL\n"
        "Tomas Vik\tS\tTjE för Britt Ahl (S)\n"
        "Siv Norrman\tV\tE\n"
        "Förklaring: O = ordförande, V = vice ordförande, L = ledamot, TjE = tjänstgörande ersättare, "
        "E = ersättare (ej tjänstgörande).\n")
    roles = {n: (p.party, p.roles) for n, p in people.items()}
    assert roles["Rune Ekstam"] == ("V", ["vice ordförande"])
    assert roles["Tomas Vik"] == ("S", ["tjänstgörande ersättare"])
    assert roles["Siv Norrman"] == ("V", ["ersättare"])


def test_h32_table_header_with_two_headings_run_together_and_tjg_notes():
    people = _attendance("Beslutande\nLedamot\tParti Ersättare\tParti\n"
                         "Anna Berg, ordf.\tM\tLisa Ek\tM\n"
                         "Eva Gran, frånv.\tS\tTobias Holm, tjg\tS\n"
                         "Kent Ax\tSD\tBirgitta Lund\tSD\n")
    roles = {n: (p.party, p.roles) for n, p in people.items()}
    assert roles["Lisa Ek"] == ("M", ["ersättare"])
    assert roles["Tobias Holm"] == ("S", ["tjänstgörande ersättare"])
    assert roles["Kent Ax"] == ("SD", ["ledamot"])


def test_h32_serving_substitutes_starred_with_a_legend():
    people = _attendance("Beslutande\nTjänstgörande ersättare är markerade med *.\n"
                         "Ledamot\tParti\tErsättare\tParti\n"
                         "Håkan Nyström\tM\tElin Sand *\tM\n"
                         "Birgitta Eklund\tS\tSven Rapp\tS\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Elin Sand"] == ["tjänstgörande ersättare"] and roles["Sven Rapp"] == ["ersättare"]


def test_h31_print_date_is_no_meeting_date():
    m = _minutes("Kultur- och fritidsnämnden\nPROTOKOLLSUTDRAG\nUtskrivet från sammanträdesportalen 2024-04-24\n\n"
                 "Sammanträde:      onsdag 17 april 2024, kl 13.15–16.40\n\n"
                 "Ledamöter\n  Anna Berg (S), ordförande\n  Karl Holm (M)\n\n"
                 "§ 38 Avtal om städning\nNämnden beslutar att godkänna avtalet.\n")
    assert m.meeting_date is not None and m.meeting_date.value == "2024-04-17"


def test_h31_attended_paragraphs_column_under_other_present():
    people = _attendance("Ledamöter\tParti\tRoll\nAnna Berg\tS\tOrdförande\nKarl Holm\tM\tLedamot\n"
                         "Övriga närvarande\tTitel\tNärvarande vid\n"
                         "Anders Kjellberg\tKommundirektör\t§§ 31–35\n"
                         "Jesper Lindahl\tSamhällsbyggnadschef\t§§ 32, 35\n")
    assert people["Anders Kjellberg"].roles == ["tjänsteman"]
    assert people["Jesper Lindahl"].roles == ["tjänsteman"]


def test_h34_list_heading_beside_its_first_aligned_row():
    people = _attendance("Beslutande             Eva Lund                 s     ordf\n"
                         "                       Per Holm                 c     vice ordf\n"
                         "                       Ulla Berg                s\n\n"
                         "Ersättare              Karin Ek                 c\n\n"
                         "Övriga deltagande      Maria Dahl               socialchef\n"
                         "                       Sara Lind                nämndsekreterare\n")
    assert people["Eva Lund"].party == "S" and people["Eva Lund"].roles == ["ordförande"]
    assert people["Ulla Berg"].roles == []
    assert people["Karin Ek"].party == "C" and people["Karin Ek"].roles == ["ersättare"]
    assert people["Maria Dahl"].roles == ["tjänsteman"]


def test_h33_party_grouped_attendance_under_partivis_heading():
    people = _attendance("Beslutande ledamöter, partivis\n\n  Moderaterna (M)\n    Anna Berg, ordförande\n"
                         "    Karl Holm\n\n  Socialdemokraterna (S)\n    Eva Lind\n    Per Ek\n")
    assert (people["Anna Berg"].party, people["Anna Berg"].roles) == ("M", ["ordförande"])
    assert (people["Karl Holm"].party, people["Karl Holm"].roles) == ("M", ["ledamot"])
    assert (people["Per Ek"].party, people["Per Ek"].roles) == ("S", ["ledamot"])


def test_h33_party_before_the_substitute():
    people = _attendance("Tjänstgörande ersättare\n  (S) Eva Fors för Lars Dahl\n")
    assert (people["Eva Fors"].party, people["Eva Fors"].roles) == ("S", ["tjänstgörande ersättare"])
    assert people["Eva Fors"].replaces == "Lars Dahl"
    assert people["Lars Dahl"].roles == []


def test_h33_attendance_inside_extract_paragraph_with_wrapped_ordinal_role():
    m = _minutes("Kommunstyrelsen   Sammanträdesdatum: 2024-02-14\n\nKs § 19      Dnr 2023/KS0318\n\n"
                 "Avtal om samverkan\n\n"
                 "Närvarande beslutande:  Anna Berg (C) ordf, Eva Lind (V) 1:e v ordf, Jan Ek (S)\n"
                 "                        2:e v ordf, Per Holm (M), Rune Palm (M) ersätter\n"
                 "                        Siv Dahl (M)\n\n"
                 "Ärendet\nKommunen ska teckna avtal.\n\nBeslut\nKommunstyrelsen godkänner avtalet.\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles["Eva Lind"] == ("vice ordförande",)
    assert roles["Jan Ek"] == ("vice ordförande",)
    assert roles["Per Holm"] == ()
    assert roles["Rune Palm"] == ()  # "ersätter" alone under "Närvarande beslutande" gives no role


def test_h33_singular_role_word_before_name():
    people = _attendance("Närvarande\tOrdförande Mats Ek (M)\n\tVice ordförande Jan Berg (S)\n"
                         "\tLedamot Lotta Holm (C)\n")
    assert people["Jan Berg"].roles == ["vice ordförande"]
    assert people["Lotta Holm"].roles == ["ledamot"]


def test_h33_comma_party_substitute_after_full_role_phrase():
    from kommungraf.extract.attendance import _SUBSTITUTE

    assert _SUBSTITUTE.match(", tjänstgörande ersättare för Bo Sten, SD").group(1) == "Bo Sten"


def test_a_replaced_members_name_wrapped_over_the_line_end_mints_no_person_of_its_first_name_and_for():
    # "… tjänstgörande ersättare för Greta" / "Holm (V)": the words before the line's end are no name ("för Greta",
    # "ersättare för Greta"); the member is read from the wrapped line.
    m = _minutes("Socialnämnden\nSammanträdesdatum 2024-05-02\nBeslutande\nAnna Ek (S), ordförande, Bo Lind (M), "
                 "Carl Berg (V) och Dan Sjö (V), tjänstgörande ersättare för Greta\nHolm (V)\nErsättare\nEva Ås (S)"
                 "\n\n§ 1  Ärende\n\nBeslut\nNämnden beslutar att godkänna redovisningen.\n")
    assert sorted(p.name for p in m.persons) == ["Anna Ek", "Bo Lind", "Carl Berg", "Dan Sjö", "Eva Ås", "Greta Holm"]


def test_tjg_ersattare_for_names_the_member_replaced():
    from kommungraf.extract.attendance import _SUBSTITUTE

    # "tjg ersättare" is the serving word whole, not "tjg ers" with "ättare för …" the name.
    assert _SUBSTITUTE.match("\ttjg ersättare för Greta Holm (V)").group(1) == "Greta Holm"


def test_h33_bare_ersatter_under_role_less_heading_gives_no_role():
    people = _attendance("Närvarande beslutande:  Rune Palm (M) ersätter Siv Dahl (M), Per Holm (M)\n")
    assert people["Rune Palm"].replaces == "Siv Dahl"
    assert people["Rune Palm"].roles == []
    people = _attendance("Tjänstgörande ersättare:  Rune Palm (M) ersätter Siv Dahl (M)\n")
    assert people["Rune Palm"].roles == ["tjänstgörande ersättare"]


def test_h35_vote_table_party_column_gives_persons():
    parties = {p.name: p.party for p in _minutes(_H35_DOC).persons}
    assert parties["Gun Holm"] == "S"
    assert parties["Lars-Olof Ek"] == "C"
    assert "Summa" not in parties


def test_a_role_cell_with_the_paragraphs_served_still_gives_the_role():
    people = _attendance("Namn\tParti\tUppdrag\nEva Ek\tS\tordförande\nBo Lind\tM\tledamot, §§ 12–14\n"
                         "Kim Ås\tC\tersättare\n")
    assert people["Bo Lind"].roles == ["ledamot"] and people["Bo Lind"].party == "M"


def test_voters_named_only_in_a_roll_call_without_parties_are_persons():
    m = _minutes("Fritidsnämnden\nSammanträdesdatum 2024-03-12\n\n§ 9\nTaxor för idrottshallar\n\nYrkanden\n"
                 "Ordföranden yrkar bifall till förslaget.\nUno Berg (M) yrkar avslag.\n\nOmröstning\n"
                 "Följande röstar ja: Siri Lund, Ebbe Dahl\nFöljande röstar nej: Uno Berg\n"
                 "Följande avstår: Märta Holm\nMed två ja-röster mot en nej-röst, en avstår, har nämnden bifallit "
                 "förslaget.\n\nBeslut\nTaxorna antas.\n")
    people = {p.name: p.party for p in m.persons}
    assert people["Siri Lund"] is None and people["Märta Holm"] is None and people["Uno Berg"] == "M"


def test_a_vote_table_name_cell_with_a_note_keeps_the_row_and_those_below_it():
    doc = _H35_DOC.replace("Åsa Lind\tS\tX\n", "Åsa Lind, tjänstgör för Bo Ek\tS\tX\n")
    people = {p.name: p.party for p in _minutes(doc).persons}
    assert people["Gun Holm"] == "S" and people["Lena Sten"] == "SD"


def test_a_vote_table_name_cell_with_a_role_keeps_the_rows_below_it():
    # The chair's row names her role after a comma: the rows below it are still voters with their party.
    doc = _H35_DOC.replace("Åsa Lind\tS\tX\n", "Åsa Lind, ordförande\tS\tX\n").replace(
        "Gun Holm\tS\tX\n", "Gun Holm, 2:e vice ordförande\tS\tX\n")
    people = {p.name: (p.party, p.roles) for p in _minutes(doc).persons}
    assert people["Lars-Olof Ek"][0] == "C"
    assert people["Gun Holm"] == ("S", ("vice ordförande",))
    assert people["Lena Sten"][0] == "SD"


def test_a_two_column_list_of_names_and_roles_gives_each_name_the_role_beside_it():
    people = _attendance("Beslutande\tLedamöter:\n\tKarin Ådahl (M)\tordförande\n\tClaes Isaksson (S)\t1:e vice "
                         "ordförande\n\tLinnea Brandt (C)\tledamot\n\tTjänstgörande ersättare:\n"
                         "\tPer Gustafsson (KD)\tistf Ebba Lind (KD)\n\nErsättare\tJohanna Berg (S)\n")
    assert people["Karin Ådahl"].roles == ["ordförande"]
    assert people["Claes Isaksson"].roles == ["vice ordförande"]
    assert people["Linnea Brandt"].roles == ["ledamot"]
    assert people["Per Gustafsson"].roles == ["tjänstgörande ersättare"]
    assert people["Per Gustafsson"].replaces == "Ebba Lind" and people["Ebba Lind"].roles == []
    assert people["Johanna Berg"].roles == ["ersättare"]


def test_a_label_run_into_the_first_name_and_a_role_cell_naming_the_member_served_for():
    people = _attendance("Beslutande Maria Lindholm (S)\tordförande\n\tKent Åhman (M)\t2:e vice ordförande\n"
                         "\tHans Lund (KD)\ttjänstgörande ersättare för Birgitta Ström (KD)\n"
                         "Ersättare\tUlla Fors (L)\tersättare, §§ 61–62\n")
    assert people["Maria Lindholm"].roles == ["ordförande"]
    assert people["Kent Åhman"].roles == ["vice ordförande"]
    assert people["Hans Lund"].roles == ["tjänstgörande ersättare"] and people["Hans Lund"].replaces == "Birgitta Ström"
    assert people["Birgitta Ström"].roles == [] and people["Ulla Fors"].roles == ["ersättare"]


def test_a_postal_address_footer_after_the_signatures_names_nobody():
    people = _attendance("Justerare\tEva Ek (C)\n© Östhammars kommun Stångörsgatan 10, 742 21 Östhammar Senast "
                         "uppdaterad 2024-06-26\n")
    assert list(people) == ["Eva Ek"]


def test_a_role_cell_naming_the_member_served_for_in_brackets_is_the_substitutes():
    m = _minutes("Kulturnämnden\nSammanträdesdatum 2025-04-23\nBeslutande\tAnna Ek (S)\tOrdförande\n"
                 "\tBo Lind (M)\tLedamot\n\tNils Berg (L)\tTjänstgörande ersättare (ersätter Ola Strand (L))\n"
                 "Övriga deltagande\tEva Ros (C)\tErsättare\n\n§ 1 Ärende\nBeslut\nNämnden beslutar att anta.\n")
    assert _people(m)["Nils Berg"] == ("L", ["tjänstgörande ersättare"])
    assert _people(m)["Ola Strand"] == ("L", [])


def test_a_street_address_footer_without_a_postal_code_names_nobody():
    people = _attendance("Justerande\tEva Ek (C)\nSunnanby kommun · Rådhuset, Karl Johans torg 2 · Kontakta oss · "
                         "Senast uppdaterad 2024-06-26\n")
    assert list(people) == ["Eva Ek"]


def _people(m) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.party, sorted(p.roles)) for p in m.persons}


def test_a_party_prefix_before_a_colon_gives_every_name_on_the_line_its_party():
    m = _minutes("Trafiknämnden\nSammanträdesdatum 2024-05-21\n\nBeslutande ledamöter (partivis)\n"
                 "S: Ulla Berg (ordf.), Kent Lind, Amra Holm\nM: Carl Wester (1:e v. ordf.), Sanna Öst\n"
                 "L: Petra Ahl tjg för Magnus Kranz\n\n§ 41  Ärende\n\nBeslut\nNämnden beslutar enligt förslaget.\n")
    people = _people(m)
    assert people["Kent Lind"] == ("S", ["ledamot"])
    assert people["Amra Holm"] == ("S", ["ledamot"])
    assert people["Sanna Öst"] == ("M", ["ledamot"])
    assert people["Ulla Berg"] == ("S", ["ordförande"])
    # a substitute serving for a member of the list is no member herself; the member replaced has no role
    assert people["Petra Ahl"] == ("L", ["tjänstgörande ersättare"])
    assert people["Magnus Kranz"] == ("L", [])


def test_tjanstgorande_ersattaren_in_the_singular_ends_the_members_list():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-10-08\n\nBeslutande   Jenny Mark (S), ordförande, samt ledamöterna "
                 "Sara Wenn (S), Kristina Bur (L) och tjänstgörande ersättaren Helmer Stål (C) som ersätter "
                 "Annika Rud (C).\n\n§ 61  Ärende\n\nBeslut\nNämnden beslutar enligt förslaget.\n")
    people = _people(m)
    assert people["Helmer Stål"] == ("C", ["tjänstgörande ersättare"])
    assert people["Sara Wenn"] == ("S", ["ledamot"])


def test_a_substitute_named_without_party_in_the_members_list_is_not_also_a_member():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-05-21\n\nBeslutande ledamöter\nAnna Berg, Petra Ahl tjg för Magnus "
                 "Kranz\n\n§ 41  Ärende\n\nBeslut\nNämnden beslutar enligt förslaget.\n")
    people = _people(m)
    assert people["Petra Ahl"][1] == ["tjänstgörande ersättare"] and people["Magnus Kranz"][1] == []
    assert people["Anna Berg"][1] == ["ledamot"]


def test_a_table_with_the_role_column_first_gives_each_row_its_role_and_party():
    people = _people_listed("Funktion\tNamn\tParti\tAnmärkning\nOrdförande\tJonas Ekdahl\tM\n"
                     "1:e vice ordförande\tBirgitta Hallin\tC\nLedamot\tAnnika Rydén\tL\n"
                     "Tjänstgörande ersättare\tPer-Ola Strand\tS\tför Margareta Wik (S)\nErsättare\tRasmus Holm\tSD\n"
                     "Övriga\tKarin Sjöstrand\t\tkommundirektör\n")
    assert people["Jonas Ekdahl"] == ("M", ["ordförande"])
    assert people["Birgitta Hallin"] == ("C", ["vice ordförande"])
    assert people["Annika Rydén"] == ("L", ["ledamot"])
    assert people["Per-Ola Strand"] == ("S", ["tjänstgörande ersättare"])
    assert people["Rasmus Holm"] == ("SD", ["ersättare"])
    assert people["Karin Sjöstrand"] == (None, ["tjänsteman"])


def test_ersattare_som_inte_tjanstgor_heads_a_list_of_ersattare():
    people = _people_listed("Ledamöter\nSara Öberg (M)\nHanna Ek (V)\nErsättare som inte tjänstgör\n"
                     "Camilla Dahl (S), Olof Berg (M)\n")
    assert people["Camilla Dahl"] == ("S", ["ersättare"])
    assert people["Olof Berg"] == ("M", ["ersättare"])
    assert people["Hanna Ek"] == ("V", ["ledamot"])


def test_a_name_with_a_title_above_a_justerare_heading_is_no_signature_name():
    people = _people_listed("Övriga närvarande\nTomas Vik, socialchef\nAnnelie Krantz, nämndsekreterare\nJusterare\n"
                     "Henrik Palm (M)\n")
    assert people["Annelie Krantz"][1] == ["tjänsteman"]
    assert "justerare" in people["Henrik Palm"][1]


def test_a_party_code_in_its_own_first_cell_gives_the_party_to_the_names_of_its_rows():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-03-19\n\nBeslutande ledamöter\n"
                 "S\tLiisa Keskitalo, ordförande\n\tBengt Niemi\n\tTommy Lantto\n"
                 "V\tUlla Mäkitalo\nTjänstgörande ersättare\nS\tPer Aho för Kerstin Rova\n"
                 "Ersättare\nM\tMaria Hannu\n\n§ 41\nDagordning\nBeslut\nDagordningen fastställs.\n")
    parties = {p.name: p.party for p in m.persons}
    assert parties["Bengt Niemi"] == "S" and parties["Tommy Lantto"] == "S"
    assert parties["Ulla Mäkitalo"] == "V" and parties["Maria Hannu"] == "M"
    assert parties["Per Aho"] == "S" and parties["Kerstin Rova"] == "S"


def test_h40_voting_list_header_gives_no_role_after_signatures():
    people = _attendance(
        "Justerare\tNils Ek\tSara Wik\n"
        "Bilaga 1 till § 87\n"
        "Ledamot\tParti\tJa\tNej\tAvstår\n"
        "Karin Alm\tM\tX\n"
        "Sara Wik\tS\t\tX\n")
    assert people["Karin Alm"].party == "M" and people["Karin Alm"].roles == []
    assert people["Sara Wik"].roles == ["justerare"]


def test_h40_appointing_label_does_not_pair_with_name_above():
    people = _attendance(
        "Anteckningar om närvaro\n"
        "Lars Ek (S) lämnar sammanträdet efter § 88. Som ersättare inträder\n"
        "Maria Fors (S).\n"
        "Utses att justera\n"
        "Nils Berg (L) och Sanna Wik (S)\n")
    assert "justerare" not in people["Maria Fors"].roles
    assert people["Nils Berg"].roles == people["Sanna Wik"].roles == ["justerare"]


def test_h40_participation_column_keeps_attendance_table_header():
    people = _attendance(
        "Namn\tParti\tFunktion\tDeltar\n"
        "Sören Lind\tM\tOrdförande\tI sammanträdesrummet\n"
        "Mattias Ring\tL\tLedamot\tPå distans\n"
        "Helena Brodd\t\tKommundirektör\tI sammanträdesrummet\n")
    assert people["Sören Lind"].roles == ["ordförande"]
    assert people["Mattias Ring"].roles == ["ledamot"]
    assert people["Helena Brodd"].roles == ["tjänsteman"]


_SEAT_TABLE = (
    "Kommunstyrelsen\n\n"
    "Beslutande            Parti  Ordinarie ledamot                      Tjänstgörande ersättare\n"
    "                      M      Eva Lund, ordförande\n"
    "                      S      Bo Ek\n"
    "                      S      Anna Berg                              Leif Sand (S)\n"
    "                      C      Karin Holm\n\n"
)


def test_a_seat_table_headed_beside_its_label_gives_the_party_column_and_the_member_role():
    people = _seats(_SEAT_TABLE)
    assert people["Eva Lund"][:2] == ("M", ["ordförande"])
    assert people["Bo Ek"][:2] == ("S", ["ledamot"])
    assert people["Karin Holm"][:2] == ("C", ["ledamot"])


def test_a_substitute_in_a_seat_table_row_serves_for_the_member_who_has_no_role():
    people = _seats(_SEAT_TABLE)
    assert people["Anna Berg"] == ("S", [], None)
    assert people["Leif Sand"] == ("S", ["tjänstgörande ersättare"], "Anna Berg")


def test_ersattare_ej_tjg_heading_gives_the_ersattare_role_and_ends_the_table():
    people = _seats(_SEAT_TABLE + "Ersättare, ej tjg     Olle Nord (M), Siv Dahl (C)\n")
    assert people["Olle Nord"][:2] == ("M", ["ersättare"])
    assert people["Siv Dahl"][:2] == ("C", ["ersättare"])


def test_the_column_headings_of_an_agenda_table_name_nobody():
    people = _seats("Kommunstyrelsen\n\nFÖREDRAGNINGSLISTA\n\n"
                     "Nr  Ärende                                        Paragraf\n"
                     "1   Val av justerare                              KS § 2024:61\n")
    assert "Nr  Ärende" not in people and not people


def test_the_first_name_beside_a_party_heading_takes_the_list_role_not_a_label_above_in_its_column():
    people = _seats("Bildningsnämnden\tSammanträdesdatum 2024-05-21\n"
                     "Beslutande ledamöter\n"
                     "Moderaterna\tAnna Holm, ordförande\n"
                     "\tFredrik Ros\n"
                     "Liberalerna\tOlof Kranz\n"
                     "Ej tjänstgörande ersättare\n"
                     "Moderaterna\tLena Sandén\n")
    assert people["Olof Kranz"][:2] == ("L", ["ledamot"])
    assert people["Lena Sandén"][:2] == ("M", ["ersättare"])


def test_a_bare_entry_noted_tjg_ersattare_for_a_member_serves_for_that_member():
    people = _seats("Beslutande ledamöter\n"
                     "Moderaterna\tAnna Holm, ordförande\n"
                     "\tPer Linde, tjg ersättare för Nina Eks\n")
    assert people["Per Linde"] == ("M", ["tjänstgörande ersättare"], "Nina Eks")
    assert people["Nina Eks"] == ("M", [], None)


def _seats(text: str) -> dict[str, tuple[str | None, list[str], str | None]]:
    """Party, roles and the member served for of each person an attendance list names."""
    att = parse_attendance(logical_lines(content_lines(_src(text)), text), source=text)
    return {p.name: (p.party, p.roles, p.replaces) for p in att.people.values()}


def test_a_name_wrapped_at_a_soft_line_break_in_a_label_column_is_one_name():
    people = _people_listed("Ordförande\tLena Ståhl (S)\n1:e vice ordförande\tHans-Göran\nNilsson (M)\n"
                     "Ledamöter\tBo Ingemar\nStrand (S)\nLinnea Holm (V)\n")
    assert people["Hans-Göran Nilsson"] == ("M", ["vice ordförande"])
    assert people["Lena Ståhl"] == ("S", ["ordförande"])
    assert people["Bo Ingemar Strand"] == ("S", ["ledamot"])
    assert "Bo Ingemar" not in people


def test_a_bracketed_presidium_role_on_the_next_line_belongs_to_the_name_above():
    people = _people_listed("Beslutande          Anna Berg (C) (ordf), Henrik von Essen (M)\n"
                     "                    (1:e vice ordf), Mehmet Yılmaz (S)\n")
    assert people["Henrik von Essen"][1] == ["vice ordförande"]
    assert people["Mehmet Yılmaz"][1] == []


def test_abbreviated_chair_labels_with_a_colon():
    assert label_role("Ordf.: Per-Ola Ljung (KD)") == ("ordförande", 6)
    assert label_role("1:e v. ordf.: Anna Berg (S)") == ("vice ordförande", 13)


def test_h45_signing_log_name_first_gives_roles():
    people = _attendance(
        "Detta dokument har signerats elektroniskt.\n"
        "Namn\tRoll\tIdentitet\tTidpunkt\n"
        "Eva Lind\tSekreterare\teva.lind@kommun.se\t2024-03-27 09:05 – Signerat med BankID\n"
        "Per Ek\tOrdförande\tper.ek@kommun.se\t2024-03-27 18:40 – Signerat med BankID\n"
        "Ola Berg\tJusterare\tola.berg@kommun.se\t2024-03-28 07:12 – Signerat med BankID\n")
    assert people["Eva Lind"].roles == ["sekreterare"]
    assert people["Per Ek"].roles == ["ordförande"]
    assert people["Ola Berg"].roles == ["justerare"] and people["Ola Berg"].party is None


def test_h45_signing_log_detail_lines_keep_the_log_going():
    people = _attendance(
        "SIGNERINGSSIDA\n"
        "Undertecknare                       Roll            Signerat\n"
        "Anna Holm                           Ordförande      2024-09-25 07:58:31 CEST\n"
        "  anna.holm@politik.kommun.se       Signerat med BankID\n"
        "Tomas Wik                           Justerare       2024-09-25 12:04:17 CEST\n"
        "  tomas.wik.langt.namn@politik.kommun.se Signerat med BankID\n"
        "Sara Fors                           Sekreterare     2024-09-24 16:31:02 CEST\n"
        "  sara.fors@kommun.se\n")
    assert people["Anna Holm"].roles == ["ordförande"]
    assert people["Tomas Wik"].roles == ["justerare"]
    assert people["Sara Fors"].roles == ["sekreterare"]


def test_h45_check_columns_keep_role_of_absent_and_serving_substitute():
    people = _attendance(
        "NÄRVAROLISTA\n"
        "Ledamöter                         Parti   Närvarande   Frånvarande   Ersätts av\n"
        "Helena Berg, ordförande           S       X\n"
        "Mats Öhrn                         KD                   X             Rebecka Ljung (KD)\n"
        "Ali Hadi                          S       X\n"
        "Ersättare                         Parti   Närvarande   Frånvarande\n"
        "Rebecka Ljung                     KD      X (tjänstgör)\n"
        "Lina Carl                         M                    X\n")
    assert people["Helena Berg"].roles == ["ordförande"] and people["Helena Berg"].party == "S"
    assert people["Mats Öhrn"].roles == ["ledamot"] and people["Mats Öhrn"].party == "KD"
    assert people["Ali Hadi"].roles == ["ledamot"]
    assert people["Rebecka Ljung"].roles == ["tjänstgörande ersättare"]
    assert people["Lina Carl"].roles == ["ersättare"]


def test_h45_tick_columns_with_uppdrag_give_official_role():
    people = _attendance(
        "Närvarolista\n"
        "Namn\tParti\tUppdrag\tNärvarande\tFrånvarande\n"
        "Maria Hell\tS\tOrdförande\t✓\n"
        "Sofia Ras\tV\tLedamot\t\t✓\n"
        "Johanna Sjö\t–\tKommunsekreterare\t✓\n")
    assert people["Maria Hell"].roles == ["ordförande"]
    assert people["Sofia Ras"].roles == ["ledamot"] and people["Sofia Ras"].party == "V"
    assert people["Johanna Sjö"].roles == ["tjänsteman"] and people["Johanna Sjö"].party is None


def test_h44_titled_officials_under_non_deciding_heading_are_staff():
    people = _attendance(
        "Närvarande ej beslutande under § 142:\n"
        "  Lena Sund (MP), insynsplats\n"
        "  Göran Nyhem, förtroendevald revisor\n"
        "  Sara Bäck, kommundirektör\n"
        "  Mats Jon, avdelningschef individ- och familjeomsorg §§ 34–36\n")
    assert people["Sara Bäck"].roles == ["tjänsteman"]
    assert people["Mats Jon"].roles == ["tjänsteman"]
    assert people["Göran Nyhem"].roles == [] and people["Lena Sund"].roles == []


def test_h44_certifier_on_its_label_line_is_no_official():
    people = _attendance("Rätt utdraget betygar: Camilla Ryd, kommunsekreterare, 2024-06-07\n")
    assert people["Camilla Ryd"].roles == []


def test_h44_second_member_replaced_by_same_substitute_gets_no_role():
    people = _attendance(
        "Tjänstgörande ersättare   Ulf Gran (S) för Gunilla Nord (S) § 33 och\n"
        "                          för Per Sved (S) §§ 34–36\n")
    assert people["Ulf Gran"].roles == ["tjänstgörande ersättare"]
    assert people["Per Sved"].roles == []


def test_h44_label_column_heading_wrapped_over_two_lines_with_values():
    people = _attendance(
        "Beslutande ledamöter   Anna Berg (S), ordförande\n"
        "                       Per Ek (M)\n"
        "Tjänstgörande          Eva Dahl (KD)\n"
        "ersättare              Ulf Gran (S)\n")
    assert people["Per Ek"].roles == ["ledamot"]
    assert people["Eva Dahl"].roles == ["tjänstgörande ersättare"]
    assert people["Ulf Gran"].roles == ["tjänstgörande ersättare"]


def test_h44_signatures_separated_by_bars_each_take_their_label():
    people = _attendance("Vid protokollet: Therese Gran | Ordförande: Anna Sjö | Justerare: Peter Holm\n")
    assert people["Therese Gran"].roles == ["sekreterare"]
    assert people["Anna Sjö"].roles == ["ordförande"]
    assert people["Peter Holm"].roles == ["justerare"]


def test_h44_chair_label_beside_vice_chair_gives_both_roles():
    people = _attendance(
        "Ordförande §§ 140–141: Erik Löv (C)\n"
        "Ordförande § 142:      Marie Ång (S), vice ordförande\n")
    assert people["Erik Löv"].roles == ["ordförande"]
    assert sorted(people["Marie Ång"].roles) == ["ordförande", "vice ordförande"]


def test_h44_elected_auditor_in_function_column_is_no_official():
    people = _attendance(
        "Namn\tParti\tFunktion\n"
        "Mattias Sjö\tS\tOrdförande\n"
        "Ulla Sand\t\tFörtroendevald revisor\n"
        "Anna Vik\t\tKommundirektör\n")
    assert people["Ulla Sand"].roles == []
    assert people["Anna Vik"].roles == ["tjänsteman"]


def test_a_funktion_cell_with_a_note_gives_its_role_and_a_member_served_for_is_a_person():
    people = _people_listed("Närvarolista\n\nNamn\tParti\tFunktion\nIngela Bergström\tM\tOrdförande\n"
                            "Åsa Grönlund\tC\tTjänstgörande ersättare för Lennart Burman\n"
                            "Patrik Nyström\tS\tErsättare, ej tjänstgörande\n\nÖvriga närvarande\n")
    assert people["Patrik Nyström"] == ("S", ["ersättare"])
    assert people["Åsa Grönlund"] == ("C", ["tjänstgörande ersättare"])
    assert people["Lennart Burman"] == (None, [])


def test_a_party_group_signing_a_written_reservation_is_no_person():
    people = _people_listed("För Moderaterna och Kristdemokraterna i kommunstyrelsen\n\n"
                            "Tobias Hammar (M)                 Lena Ask (KD)\n")
    assert sorted(people) == ["Lena Ask", "Tobias Hammar"]


def test_h46_lower_case_captions_under_signatures_correct_their_names():
    people = _attendance(
        "Vid protokollet                        Justeras\n\n"
        "Anna Berg                              Olof Dahl\n"
        "sekreterare                            ordförande\n\n"
        "                                       Lena Ström        Karim Hadi\n"
        "                                       justerare         justerare\n")
    assert people["Anna Berg"].roles == ["sekreterare"]
    assert people["Olof Dahl"].roles == ["ordförande"]
    assert people["Lena Ström"].roles == ["justerare"]
    assert people["Karim Hadi"].roles == ["justerare"]


def test_captions_under_signatures_head_no_column_of_the_adjusters_with_a_party_below():
    # The chair's caption stood in the column of the adjusters' row below: read as a heading, it gave them
    # "ordförande" too (a name with a party takes a signature label of its column).
    people = _attendance(
        "Vid protokollet                     Justerat\n\n"
        "Lina Berg                           Ola Dahl\n"
        "sekreterare                         ordförande\n\n"
        "                                    Siv Ek (S)          Bo Strand (M)\n"
        "                                    justerare           justerare\n\n"
        "Justeringen har tillkännagetts.\n")
    assert people["Ola Dahl"].roles == ["ordförande"]
    assert people["Siv Ek"].roles == ["justerare"] and people["Bo Strand"].roles == ["justerare"]


def test_captions_under_some_of_the_signatures_below_a_spanning_heading_are_those_names_own():
    # "Vid protokollet" spanned all three names (no "Justerat" column label pairs with them); the captions under
    # the second and third are theirs, and the line after them takes none of their roles.
    people = _attendance(
        "Vid protokollet                        Justerat\n\n"
        "Tova Holm                              Nils Bergh            Maja Ekström\n"
        "                                       ordförande            justerare\n\n"
        "Utdraget bestyrks: Tova Holm, 2024-03-02\n")
    assert people["Tova Holm"].roles == ["sekreterare"]
    assert people["Nils Bergh"].roles == ["ordförande"] and people["Maja Ekström"].roles == ["justerare"]


def test_vid_protokollet_over_rows_with_their_own_labels_gives_the_chair_no_secretary_role():
    people = _attendance("Vid protokollet\nOrdförande\tOla Dahl\nJusterare\tSiv Ek (S), Bo Strand (M)\n"
                         "Sekreterare\tLina Berg\nUtdragsbestyrkande\tLina Berg, 2024-01-02\n")
    assert people["Ola Dahl"].roles == ["ordförande"]
    assert people["Lina Berg"].roles == ["sekreterare"] and people["Siv Ek"].roles == ["justerare"]


def test_member_replaced_below_a_serving_substitute_whose_entry_ends_with_for_takes_no_role():
    # The wrapped label's tail "ersättare" stands beside the member replaced, who ends the entry above's "för".
    people = _attendance("Beslutande             Eva Holm (S), ordförande\n\n"
                         "Tjänstgörande          Ulla Sten (L), Vadstena kommun, för\n"
                         "ersättare              Per Krook (M), Mjölby kommun\n\n"
                         "Ersättare              Tor Lund (S), Ydre kommun\n")
    assert people["Ulla Sten"].roles == ["tjänstgörande ersättare"] and people["Ulla Sten"].replaces == "Per Krook"
    assert people["Per Krook"].roles == [] and people["Tor Lund"].roles == ["ersättare"]


def test_chair_signing_under_a_justeras_heading_spanning_names_is_no_adjuster():
    people = _attendance("Närvarande: ordföranden Per Sand, vice ordföranden Eva Lind samt\n"
                         "ledamöterna Ola Dahl och Siv Ek.\n\nStyrelsen beslutar att godkänna avtalet.\n\n"
                         "Vid protokollet                   Justeras\n\n"
                         "Lina Berg                         Per Sand             Ola Dahl\n")
    assert people["Per Sand"].roles == ["ordförande"]
    assert "justerare" in people["Ola Dahl"].roles and people["Lina Berg"].roles == ["sekreterare"]


def test_h49_signer_rows_of_a_verification_page_give_each_signer_their_role():
    people = _attendance("Signerare och signaturer\n"
                         "Sara Wendel (SW)\tSekreterare\tSignerade 2024-05-17 10:05:40 CEST (+0200)\n"
                         "Birgitta Ljung (BL)\tOrdförande\tSignerade 2024-05-18 08:12:09 CEST (+0200)\n"
                         "Lars Hägg (LH)\tJusterare\tSignerade 2024-05-20 14:37:45 CEST (+0200)\n")
    assert people["Sara Wendel"].roles == ["sekreterare"] and people["Sara Wendel"].party is None
    assert people["Birgitta Ljung"].roles == ["ordförande"]
    assert people["Lars Hägg"].roles == ["justerare"]


def test_h49_replaced_column_after_the_ersattare_column_pairs_the_ersattare():
    people = _attendance("Ledamöter\tNärv.\tErsättare\tTjänstgör för\n"
                         "Maria Fröjd (C), ordförande\tX\tUlla Kvist (C)\n"
                         "Jonny Wahlqvist (S)\tX\tHamid Rezaei (S)\tBritt-Inger Svärd (S)\n"
                         "Britt-Inger Svärd (S)\tFrånv.\tLena Rosvall (M)\n"
                         "Kent Ingvarsson (M)\tX\n")
    assert people["Maria Fröjd"].roles == ["ordförande"]
    assert people["Jonny Wahlqvist"].roles == ["ledamot"]
    assert people["Kent Ingvarsson"].roles == ["ledamot"]
    assert people["Ulla Kvist"].roles == ["ersättare"]
    assert people["Lena Rosvall"].roles == ["ersättare"]
    assert people["Hamid Rezaei"].roles == ["tjänstgörande ersättare"]
    assert people["Hamid Rezaei"].replaces == "Britt-Inger Svärd"
    assert "ledamot" in people["Britt-Inger Svärd"].roles


def test_h49_title_with_an_abbreviation_makes_an_official():
    people = _attendance("Övriga\tAnders Wik, kommundirektör\n\tLeif Bäck, VA-chef\n")
    assert people["Leif Bäck"].roles == ["tjänsteman"]


def test_h51_vote_columns_joined_in_one_header_cell_still_head_the_list():
    people = _attendance(
        "Namn\tUppdrag\tJa\tNej Avstår\n"
        "Gunilla Sandström\tOrdförande\tX\n"
        "Johan Persson\tLedamot\tX\n"
        "Nils Gunnarsson\tTjg ersättare för Per Holm (S)\tX\n")
    assert people["Gunilla Sandström"].roles == ["ordförande"]
    assert people["Johan Persson"].roles == ["ledamot"]
    assert people["Nils Gunnarsson"].roles == ["tjänstgörande ersättare"]
    assert "Nej Avstår" not in people


def test_h51_party_block_rows_inside_a_voting_list_give_the_party():
    people = _attendance(
        "Namn\tUppdrag\tJa\tNej\tAvstår\n"
        "Socialdemokraterna – 18 mandat\n"
        "Johan Persson\tLedamot\tX\n"
        "Miljöpartiet de gröna – 2 mandat\n"
        "Ylva Granath\tLedamot\tX\n"
        "Lokalpartiet – 2 mandat\n"
        "Bo Fridh\tLedamot\t\t\tX\n")
    assert (people["Johan Persson"].party, people["Johan Persson"].roles) == ("S", ["ledamot"])
    assert people["Ylva Granath"].party == "MP"
    assert people["Bo Fridh"].party is None  # a local party's block: no party of the list above


def test_h51_indented_row_of_a_party_table_keeps_the_party_of_the_row_above():
    people = _attendance(
        "Parti\tBeslutande ledamöter\tErsättare\n"
        "S\tHenrik Malm, ordförande\tLinnea Holm\n"
        "\tSara Lindgren\n"
        "SD\tTommy Ahl\n")
    assert (people["Sara Lindgren"].party, people["Sara Lindgren"].roles) == ("S", ["ledamot"])
    assert people["Tommy Ahl"].party == "SD"


def test_h51_member_replaced_in_a_party_table_cell_gets_the_rows_party():
    people = _attendance(
        "Parti\tBeslutande ledamöter\tErsättare\n"
        "SD\tTommy Ahl\n"
        "C\tJonas Ek, tjänstgör för Eva Hall\n")
    assert people["Jonas Ek"].roles == ["tjänstgörande ersättare"]
    assert people["Jonas Ek"].replaces == "Eva Hall"
    assert (people["Eva Hall"].party, people["Eva Hall"].roles) == ("C", [])


def test_h51_deputy_adjuster_label_gives_no_justerare_role():
    people = _attendance(
        "Beslutande\nAnna Grahn (S), ordförande\nOla Wendt (L)\n\n"
        "Utses att justera        Anna Grahn (S)\n"
        "Ersättare för justerare  Ola Wendt (L)\n"
        "Justeringens plats       Stadshuset 2024-09-13\n")
    assert "justerare" in people["Anna Grahn"].roles
    assert "justerare" not in people["Ola Wendt"].roles


def test_a_row_of_its_own_with_an_empty_party_cell_takes_no_party_from_the_row_above():
    people = _attendance("Parti\tNamn\tFunktion\nM\tAnders Mattsson\tledamot\n"
                         "\tHelena Berg\tHR-chef, tjänsteman\n")
    assert people["Helena Berg"].party is None


def test_h50_role_after_en_dash_beside_name():
    people = _attendance(
        "Närvarande ledamöter\tCarl-Johan Ekdahl (M) – ordförande\n"
        "\tSøren Dahl (L) – 1:e vice ordförande\n"
        "\tAnders Brink (M)\n")
    assert people["Carl-Johan Ekdahl"].roles == ["ordförande"]
    assert people["Søren Dahl"].roles == ["vice ordförande"]
    assert people["Anders Brink"].roles == ["ledamot"]


def test_h50_abbreviated_ers_links_substitute_to_member_replaced():
    people = _attendance(
        "Beslutande           Ledamöter\n"
        "                     Julia Strömgren (S), ordf.\n\n"
        "                     Tjänstgörande ersättare\n"
        "                     Birgitta Nordén (M) ers. Leif Hammar (M)\n")
    assert people["Birgitta Nordén"].roles == ["tjänstgörande ersättare"]
    assert people["Birgitta Nordén"].replaces == "Leif Hammar"
    assert people["Leif Hammar"].roles == []


def test_h50_label_wrapped_after_negation_ends_side_by_side_headings():
    people = _attendance(
        "Beslutande           Ledamöter\n"
        "                     Julia Strömgren (S), ordf.\n\n"
        "                     Tjänstgörande ersättare\n"
        "                     Birgitta Nordén (M)\n\n"
        "Ersättare, ej        Nils Åberg (V)\n"
        "tjänstgörande        Jenny Sunesson (L)\n\n"
        "Övriga               Thomas Wennerlund, kommundirektör\n"
        "närvarande           Sofia Kjellberg, nämndsekreterare\n")
    assert people["Nils Åberg"].roles == ["ersättare"]
    assert people["Jenny Sunesson"].roles == ["ersättare"]
    assert people["Sofia Kjellberg"].roles == ["tjänsteman"]


def test_a_label_wrapped_after_its_relative_pronoun_is_one_heading():
    people = _attendance(
        "Ledamöter            Ida Sten (S), ordförande\n"
        "                     Ola Fors (M)\n\n"
        "Tjänstgörande        Eva Roos (S) i stället för Kim Lax (S)\n"
        "ersättare\n\n"
        "Ersättare som        Bo Vret (C)\n"
        "inte tjänstgjort\n")
    assert people["Eva Roos"].roles == ["tjänstgörande ersättare"]
    assert people["Bo Vret"].roles == ["ersättare"]


def test_h50_local_party_member_gets_role_from_cell_beside():
    people = _attendance("Beslutande\nUlrika Bäck (M)\tordförande\nLars Østergaard (BP)\tledamot\n")
    assert people["Lars Østergaard"].roles == ["ledamot"]


def test_h52_home_municipality_between_party_and_role():
    people = _attendance("Närvarande ledamöter:  Anna Grip (M), Tyresö kommun, ordförande\n"
                         "                       Bo Ekberg (S), Haninge kommun, vice ordförande\n"
                         "                       Lisa Wennström (M), Nynäshamns kommun\n")
    assert people["Anna Grip"].roles == ["ordförande"]
    assert people["Bo Ekberg"].roles == ["vice ordförande"]
    assert people["Lisa Wennström"].roles == ["ledamot"]


def test_h52_vid_protokollet_below_labelled_adjuster_names_the_secretary_below():
    people = _attendance("Närvarande ledamöter:  Lisa Wennström (M)\nTjänstemän:  Marcus Holm, förbundsdirektör\n\n"
                         "Justerare: Lisa Wennström (M)\n\nVid protokollet\nMarcus Holm\n"
                         "Förbundsdirektör, tillika sekreterare\n")
    assert "sekreterare" not in people["Lisa Wennström"].roles
    assert "justerare" in people["Lisa Wennström"].roles
    assert "sekreterare" in people["Marcus Holm"].roles


def test_h52_ej_tjg_ers_label_without_dot_before_column_gap():
    people = _attendance("Beslutande\tLena Sjöberg (M) ordf., Per Tuvesson (C)\n"
                         "Ej tjg ers\tMarie Lund (S), Tobias Fors (MP)\n")
    assert people["Marie Lund"].roles == ["ersättare"]
    assert people["Tobias Fors"].roles == ["ersättare"]


def test_h53_represents_column_and_party_in_name_cell_give_the_funktion_roles():
    people = _attendance("Närvarande\nNamn\tFöreträder\tFunktion\n"
                         "Anna Berg (S)\tKommunstyrelsen\tOrdförande\n"
                         "Karl Nord\tPRO Ödeby\tVice ordförande\n"
                         "Eva Lind\tSPF Seniorerna Ödeby\tErsättare\n"
                         "Lisa Holm\tÄldreförvaltningen\tNämndsekreterare\n")
    assert people["Anna Berg"].party == "S" and people["Anna Berg"].roles == ["ordförande"]
    assert people["Karl Nord"].roles == ["vice ordförande"]
    assert people["Eva Lind"].roles == ["ersättare"]
    assert people["Lisa Holm"].roles == ["tjänsteman"]






def test_a_ledamot_label_cell_beside_a_name_gives_the_role():
    m = _minutes(_FEDERATION_HEAD + "Botkyrka kommun\nLedamot\tEmil Fors (S), 2:e vice ordförande\n"
                 "Ersättare\tNina Sandell (M)\nSalems kommun\nLedamot\tLennart Hall (SD)\n"
                 "§ 18 Val av justerare\nDirektionen utser Emil Fors (S) att justera.\n")
    roles = _roles(m)
    assert roles["Lennart Hall"] == ("ledamot",)
    assert roles["Nina Sandell"] == ("ersättare",)
    assert "ledamot" not in roles["Emil Fors"]


def test_a_forbundsmedlem_column_and_a_capitalised_staff_title_keep_the_table_roles():
    m = _minutes("Protokoll\nStyrelsen\nSammanträdesdatum 2024-06-13\n"
                 "Namn\tFörbundsmedlem\tUppdrag\nEva Berg (S)\tKöpings kommun\tOrdförande\n"
                 "Lars Ek (M)\tRegion Västmanland\tVice ordförande\nMaja Hed\tFörsäkringskassan\tLedamot\n"
                 "Övriga närvarande\nPetra Lind\tFörbundschef\n"
                 "§ 27 Överenskommelse\nStyrelsen godkänner överenskommelsen.\n")
    roles = _roles(m)
    assert roles["Lars Ek"] == ("vice ordförande",)
    assert roles["Maja Hed"] == ("ledamot",)
    assert roles["Petra Lind"] == ("tjänsteman",)


def test_a_seat_list_with_the_party_after_the_member_gives_replaced_and_absent_members_no_role():
    people = _attendance(
        "Nr  Ordinarie ledamot           Parti  Tjänstgörande ersättare\n"
        " 1  Per Backlund                S\n"
        " 2  Kerstin Hed                 S      Anders Wiik (S)\n"
        " 3  Rolf Eklöf                  KD     – (frånvarande)\n")
    assert people["Per Backlund"].roles == ["ledamot"]
    assert people["Kerstin Hed"].roles == [] and people["Rolf Eklöf"].roles == []
    assert people["Anders Wiik"].roles == ["tjänstgörande ersättare"]
    assert people["Anders Wiik"].replaces == "Kerstin Hed"


def test_a_label_whose_tail_wraps_alone_onto_the_next_line_gives_its_whole_role():
    people = _attendance(
        "Närvarande ej            Hans Vik (S), Linnea Qvist (M)\ntjänstgörande ersättare\n\n"
        "Övriga närvarande        Malin Östlund, kommunsekreterare\n")
    assert people["Hans Vik"].roles == people["Linnea Qvist"].roles == ["ersättare"]
    assert people["Malin Östlund"].roles == ["tjänsteman"]


def test_a_heading_row_inside_a_table_replaces_the_heading_above_the_table():
    people = _attendance(
        "Tjänstgörande ersättare\nNamn\tParti\tErsätter\nYvonne Hall\tS\tBertil Ljung (S)\n"
        "Ej tjänstgörande ersättare\nLennart Hjalmarsson (S), Anna Sidén (M)\n")
    assert people["Yvonne Hall"].roles == ["tjänstgörande ersättare"]
    assert people["Lennart Hjalmarsson"].roles == people["Anna Sidén"].roles == ["ersättare"]


def test_the_extract_certification_column_of_a_signature_row_gives_its_signer_no_adjuster_role():
    people = _attendance("Ordförande\tJusterare\tUtdragsbestyrkande\n"
                         "Maria Holm (S)\tJan Berg (C)\tSofia Lind, sekreterare\n")
    assert people["Jan Berg"].roles == ["justerare"] and people["Sofia Lind"].roles == ["sekreterare"]


def test_a_lone_label_under_the_first_of_two_signatures_is_that_signers_role():
    people = _attendance("Justeras\n\nTomas Björk                 Birgitta Nygård\nordförande\n")
    assert people["Tomas Björk"].roles == ["ordförande"] and "ordförande" not in people["Birgitta Nygård"].roles
    people = _attendance("Justeras\n\nTomas Björk                 Birgitta Nygård\n"
                         "                            justerare\n")
    assert people["Birgitta Nygård"].roles == ["justerare"] and people["Tomas Björk"].roles == []


def test_a_role_cell_a_justified_pdf_line_spread_over_one_cell_a_word():
    people = _attendance("Beslutande\tKarolina Back (KD)\tLedamot\n"
                         "Fredrik Ström (M)\tTjänstgörande\tersättare\tför\tOskar Hedlund (M)\n")
    assert people["Fredrik Ström"].roles == ["tjänstgörande ersättare"]
    assert people["Fredrik Ström"].replaces == "Oskar Hedlund" and people["Oskar Hedlund"].roles == []


def test_staff_listed_with_their_job_title_in_a_cell_of_its_own():
    people = _attendance("Beslutande\tAnna Berglund (C)\tOrdförande\n"
                         "Övriga deltagare\t\tKarin Vestin\tKommunchef\n\t\tJonas Hed\tEkonomichef, §§ 88–89\n")
    assert people["Karin Vestin"].roles == people["Jonas Hed"].roles == ["tjänsteman"]
    assert people["Anna Berglund"].roles == ["ordförande"]


def test_a_signature_label_of_an_earlier_line_does_not_reach_a_later_signers_column():
    people = _attendance(
        "Underskrifter       Sekreterare  ............................   Paragrafer 21–23\n"
        "                                 Oskar Wiberg\n\n"
        "                    Justerande   ............................   ............................\n"
        "                                 Annika Roos (S)                Peter Hallin (M)\n")
    assert people["Oskar Wiberg"].roles == ["sekreterare"]
    assert people["Peter Hallin"].roles == people["Annika Roos"].roles == ["justerare"]




def test_heading_words_split_into_cells_by_a_justified_pdf_label_column_are_one_heading():
    m = _minutes("Regionala utvecklingsnämnden\n\nNärvarande beslutande\nNamn\tParti\tFunktion\n"
                 "Annika Sjöberg\tM\tOrdförande\nPeter Rydén\tM\tLedamot\n"
                 "Ej\ttjänstgörande\tOskar Lindh (KD), Fatima Berg (S), Nils Hed (V)\nersättare\n\n"
                 "§ 88 Ärende\n\nBeslut\nNämnden beslutar att godkänna.\n")
    people = {p.name: p for p in m.persons}
    assert [people[n].roles for n in ("Oskar Lindh", "Fatima Berg", "Nils Hed")] == [("ersättare",)] * 3


def test_a_secretary_listed_with_the_title_under_a_staff_heading_is_also_staff():
    m = _minutes(_PN_HEAD + "Övriga:\n  Cecilia Marklund         kanslichef\n  Fredrik Lundmark         sekreterare\n\n"
                 "§ 23  Ärende\n\nPatientnämnden beslutar att godkänna.\n")
    people = {p.name: p for p in m.persons}
    assert set(people["Fredrik Lundmark"].roles) == {"tjänsteman", "sekreterare"}
    assert people["Cecilia Marklund"].roles == ("tjänsteman",)


_HEAD = "Barn- och utbildningsnämnden\nSammanträdesdatum 2024-05-15\n"


_PAR = "§ 41 Avtal om skolskjuts\nBeslut\nNämnden beslutar att godkänna avtalet.\n"


def test_singular_ledamot_label_cell_gives_ledamot_role() -> None:
    roles = _roles(_minutes(_HEAD + "Ordförande\tLisa Strand (C)\nLedamot\tHenrik Sjödin (S)\nLedamot\tPia Ahl (KD)\n"
                   "Ersättare\tAhmed Yusuf (S)\n" + _PAR))
    assert roles["Henrik Sjödin"] == ("ledamot",)
    assert roles["Pia Ahl"] == ("ledamot",)
    assert roles["Ahmed Yusuf"] == ("ersättare",)


def test_indented_bare_name_under_signature_label_gets_its_role() -> None:
    roles = _roles(_minutes(_HEAD + "Sekreterare\tElin Nord\nOrdförande\tKent Lindgren § 39\n\tMargareta Öhrn § 38\n"
                   "Justerare\tBirgitta Holm\n\tOlle Wiik\n" + _PAR))
    assert "ordförande" in roles["Margareta Öhrn"]
    assert roles["Olle Wiik"] == ("justerare",)
    assert roles["Elin Nord"] == ("sekreterare",)


def test_a_job_title_with_its_field_before_the_name_is_the_entrys_title():
    assert _plain_entries("Samordnare för samiskt förvaltningsområde Máret Sikku, § 150–151") == [
        "Máret Sikku, samordnare"]
    assert _plain_entries("Handläggare vid miljöenheten Eva Lund") == ["Eva Lund, handläggare"]


def test_the_member_replaced_wrapped_after_the_first_name_keeps_the_whole_name():
    m = _minutes("Regionstyrelsen\nSammanträdesdatum 2024-05-29\n"
                 "Beslutande\tYlva Ek (S), ordförande, Filippa Roos (S) tjg för Lars\n"
                 "\tThomsson (S), Mattias Rudbeck (C)\n\n§ 1  Ärende\n\nBeslut\nRegionstyrelsen godkänner.\n")
    people = {p.name: p for p in m.persons}
    assert "för Lars" not in people
    assert people["Filippa Roos"].replaces == "Lars Thomsson"


def test_party_and_role_in_one_cell_beside_the_name():
    people = _attendance("Ledamöter\nAnna Ek\tM, ordförande\nPer Lund\tS, vice ordförande\nEva Holm\tS, §§ 1–2, "
                         "lämnar kl. 15.10\nTjänstgörande ersättare\nOve Rahm\tS, för Bo Wiik (S)\n")
    assert (people["Anna Ek"].party, people["Anna Ek"].roles) == ("M", ["ordförande"])
    assert (people["Per Lund"].party, people["Per Lund"].roles) == ("S", ["vice ordförande"])
    assert people["Eva Holm"].roles == ["ledamot"]
    assert (people["Ove Rahm"].party, people["Ove Rahm"].roles) == ("S", ["tjänstgörande ersättare"])
    assert people["Bo Wiik"].roles == []


def test_rows_opening_with_the_party_code():
    people = _attendance("Ledamöter\nS\tAnna Lundén\tordförande\nC\tKarin Björk\t1:e vice ordförande, jäv § 2\n"
                         "S\tAli Demir\nTjänstgörande ersättare\nL\tOskar Widén\tför Maria Lager (L)\n")
    assert (people["Anna Lundén"].party, people["Anna Lundén"].roles) == ("S", ["ordförande"])
    assert people["Karin Björk"].roles == ["vice ordförande"]
    assert (people["Ali Demir"].party, people["Ali Demir"].roles) == ("S", ["ledamot"])
    assert people["Oskar Widén"].roles == ["tjänstgörande ersättare"] and people["Maria Lager"].roles == []


def test_party_first_row_carries_its_party_to_indented_rows_below():
    people = _attendance("Beslutande ledamöter\nS\tLiisa Keskitalo, ordförande\n\tBengt Niemi\nV\tUlla Mäkitalo\n"
                         "\tJan Perttu\nM\tHarald Wennberg\n")
    assert people["Bengt Niemi"].party == "S" and people["Jan Perttu"].party == "V"
    assert people["Jan Perttu"].roles == ["ledamot"]


def test_insynsplatser_heading_gives_no_role():
    people = _attendance("Ersättare\nGunilla Berg\tM\nInsynsplatser och närvarorätt\nPer Holm\tV, insynsplats\n")
    assert people["Gunilla Berg"].roles == ["ersättare"]
    assert (people["Per Holm"].party, people["Per Holm"].roles) == ("V", [])


def test_signature_role_word_before_the_second_name():
    people = _attendance("Ordförande Erik Lundmark (S), justerare Ylva Sandström (V).\n")
    assert people["Erik Lundmark"].roles == ["ordförande"] and people["Ylva Sandström"].roles == ["justerare"]


def test_bulleted_list_item_is_not_joined_to_the_item_above() -> None:
    att = _attendance("Närvarande ersättare som inte tjänstgör:\n- Ingrid Ås, Socialdemokraterna\n"
                      "- Henrik Borg, Moderaterna\n")
    assert att["Ingrid Ås"].roles == ["ersättare"]
    assert att["Ingrid Ås"].party == "S"


def test_function_column_title_is_no_person() -> None:
    att = _attendance("Övriga närvarande\nNamn\tFunktion\tParagrafer\nMats Öst\tProjektchef Ostlänken\t§ 455\n")
    assert set(att) == {"Mats Öst"}
    assert att["Mats Öst"].roles == ["tjänsteman"]


def test_absence_heading_run_together_with_replaced_column() -> None:
    att = _attendance("Namn\tParti\tUppdrag\tNärvarande\tFrånvarande Ersättare för\nPeter Rask\tKD\tLedamot\tX\n"
                      "Per Ahlin\tKD\tErsättare\tX\tPeter Rask (KD)\n")
    assert att["Per Ahlin"].roles == ["tjänstgörande ersättare"]
    assert att["Per Ahlin"].replaces == "Peter Rask"


def test_ersattare_i_ovrigt_heading_gives_the_ersattare_role():
    people = _attendance("Beslutande: Anna Ek (M), ordförande, Bo Lind (S)\n"
                         "Ersättare i övrigt: Sara Holm (MP), Kurt Berg (SD), Maja Öst (C)\n"
                         "Övriga deltagare: Göran Falk, kommundirektör\n")
    assert all(people[n].roles == ["ersättare"] for n in ("Sara Holm", "Kurt Berg", "Maja Öst"))


def test_fixed_width_roll_with_one_space_headings_dash_absent_member_and_substitute_column():
    people = _attendance(
        "  Ledamot                 Parti Närv.     Tjänstgörande ersättare / uppdrag\n"
        "  -------------------------------------------------------------------\n"
        "  Anna Hellberg           S     X         ordförande\n"
        "  Per Grahn               S     X\n"
        "  Mikael Frost            S     –         Rebecka Nylund (S)\n"
        "  Ulla Dahl               M     X         1:e vice ordf.\n\n"
        "Övriga närvarande   Lena Grön, kommunsekreterare\n")
    assert "Parti Närv" not in people
    assert people["Per Grahn"].roles == ["ledamot"] and people["Anna Hellberg"].roles == ["ordförande"]
    assert people["Mikael Frost"].roles == []
    assert people["Rebecka Nylund"].roles == ["tjänstgörande ersättare"]
    assert people["Rebecka Nylund"].replaces == "Mikael Frost"


def test_closing_line_with_justerat_date_and_signature_labels_without_colons():
    people = _attendance("Justerat 2024-06-24: Inga Bäck (M), Petter Nilsson Vik (V). Ordförande Maria Kall (S). "
                         "Vid protokollet Lars Isak.\n")
    assert people["Inga Bäck"].roles == people["Petter Nilsson Vik"].roles == ["justerare"]
    assert people["Maria Kall"].roles == ["ordförande"] and people["Lars Isak"].roles == ["sekreterare"]
    # Alone on its line, "Justerat <date>:" names the chair among those who signed: no role from it (shared corpus).
    people = _attendance("Ordförande\tErik Sand (S)\nVid protokollet: Sanna Ros\n"
                         "Justerat 2023-09-28: Erik Sand, Hanna Lind\n")
    assert people["Erik Sand"].roles == ["ordförande"]


def test_members_listed_as_name_comma_party_each_get_their_role():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum: 2024-05-16\n"
                 "Beslutande ledamöter\tAnna Berg, S, ordförande\nJohan Ström, S\nSara Holm, M\nPer Lund, SD\n\n"
                 "§ 45 Yttrande\n\nBeslut\nNämnden antar yttrandet.\n")
    assert _roles(m)["Johan Ström"] == ("ledamot",)
    assert _roles(m)["Sara Holm"] == ("ledamot",)
    assert _roles(m)["Per Lund"] == ("ledamot",)


def test_signature_labels_with_colons_run_into_one_line_each_give_their_role():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum: 2024-05-16\n"
                 "Beslutande ledamöter\tAnna Berg (S)\nPer Lund (SD)\n\n"
                 "§ 45 Yttrande\n\nBeslut\nNämnden antar yttrandet.\n"
                 "Sekreterare: Oskar Dal Ordförande: Anna Berg Justerare: Per Lund\n")
    assert "sekreterare" in _roles(m)["Oskar Dal"]
    assert "justerare" in _roles(m)["Per Lund"]


def test_hybrid_place_headings_make_titled_entries_staff() -> None:
    text = ("Krisledningsnämnden\nSammanträdesdatum 2020-03-26\n\n"
            "Närvaro               I sammanträdesrummet:\n"
            "                      Tomas Lind (S), ordförande\n"
            "                      Anna Holm, kommundirektör\n\n"
            "                      Deltar på distans via Teams:\n"
            "                      Peter Sand (V), ledamot\n"
            "                      Mats Rönn, säkerhetssamordnare, §§ 1–2\n\n"
            "§ 1 Anmälan\nNämnden beslutar att lägga anmälan till handlingarna.\n")
    roles = _roles(_minutes(text))
    assert roles["Anna Holm"] == ("tjänsteman",)
    assert roles["Mats Rönn"] == ("tjänsteman",)
    assert roles["Peter Sand"] == ("ledamot",)


def test_lo9_övriga_running_text_gives_bare_ers_and_titled_staff_their_roles():
    people = _attendance("Beslutande: Maria Thorsell (S) ordf, Kjell Dahlgren (S).\n\n"
                         "Övriga: Lars Thörn (S) ers, Eva Nyqvist (M) ers (på distans), Jan Wester, kommunchef, "
                         "Lina Carlsson, ekonomichef, Kristina Ågren, kommunsekreterare.\n\n"
                         "Justerare: Kjell Dahlgren (S)\n")
    assert people["Lars Thörn"].roles == ["ersättare"]
    assert people["Eva Nyqvist"].roles == ["ersättare"]
    assert people["Jan Wester"].roles == ["tjänsteman"]
    assert people["Kristina Ågren"].roles == ["tjänsteman"]


def test_lo9_beslutande_sentence_with_serving_group_gives_the_others_no_ledamot():
    # "Beslutande" alone is no role (tests/corpus/README.md), also where the sentence goes on to name its serving
    # substitutes as a group: the later sets (heldout150, 156) have it so; heldout67's gold alone gives `ledamot`.
    people = _attendance("Beslutande: Britt-Marie Sandell (M), ordförande, Katarina Hallin (C), Mohammed Barakat (S) "
                         "och Mirja Koskinen (V), samt tjänstgörande ersättarna Tove Granqvist (M) i stället för "
                         "Ingemar Stålhammar (M).\n\nJusterare: Katarina Hallin (C)\n")
    assert people["Britt-Marie Sandell"].roles == ["ordförande"]
    assert people["Mohammed Barakat"].roles == []
    assert people["Katarina Hallin"].roles == ["justerare"]
    assert people["Tove Granqvist"].roles == ["tjänstgörande ersättare"]
    assert "ledamot" not in people["Ingemar Stålhammar"].roles


def test_lo9_plain_beslutande_sentence_still_gives_no_ledamot():
    people = _attendance("Beslutande: Anna Berg (S) ordförande, Kjell Dahlgren (S), Ulla Persson (S).\n\n"
                         "Justerare: Kjell Dahlgren (S)\n")
    assert people["Ulla Persson"].roles == []


def test_lo9_ers_before_the_member_replaced_is_no_ersättare_role():
    people = _attendance("Tjänstgörande ersättare\nBirgitta Nordén (M) ers Leif Hammar (M)\n\n"
                         "Övriga: Lars Thörn (S) ers Leif Hammar (M), Jan Wester, kommunchef\n")
    assert "ersättare" not in people["Lars Thörn"].roles


def test_narrative_attendance_group_words_give_members_substitutes_and_staff_their_roles():
    people = _people_listed(
        "Närvarande: Styrelseledamöterna Eva Ros (ordf.), Jan Ek (v. ordf.),\nOla Berg och Lisa Dahl samt "
        "suppleanten Nils Ström, som tjänstgjorde\ni stället för Tove Lind. Dessutom närvarade suppleanten Rut Sand "
        "samt från\nbolaget VD Hans Kask, fastighetschef Maj Gren (§§ 2–3) och ekonomichef\n"
        "Siv Holt, som förde protokollet.\n")
    assert people["Eva Ros"][1] == ["ordförande"] and people["Jan Ek"][1] == ["vice ordförande"]
    assert people["Ola Berg"][1] == people["Lisa Dahl"][1] == ["ledamot"]
    assert people["Nils Ström"][1] == ["tjänstgörande ersättare"] and people["Tove Lind"][1] == []
    assert people["Rut Sand"][1] == ["ersättare"]
    assert people["Hans Kask"][1] == people["Maj Gren"][1] == people["Siv Holt"][1] == ["tjänsteman"]


def test_compound_title_ending_in_och_does_not_join_the_next_entry():
    people = _people_listed("Övriga närvarande\nLena Ryd, hälso- och sjukvårdsdirektör\n"
                            "Mats Olsson, ekonomichef\n")
    assert people["Lena Ryd"][1] == people["Mats Olsson"][1] == ["tjänsteman"]


def test_abbreviated_suppleant_for_note_in_a_column_makes_a_serving_substitute():
    people = _people_listed(
        "Styrelseledamöter\tÖvriga närvarande\nMarie Lund, ordförande\tKarl Eld, verkställande direktör\n"
        "Lena Sköld\tSofia Bäck, ekonomichef\nMats Holm (suppl. för Olof Nyberg)\n")
    assert people["Mats Holm"][1] == ["tjänstgörande ersättare"] and people["Olof Nyberg"][1] == []
    assert people["Lena Sköld"][1] == ["ledamot"]


def test_forhinder_and_personalrepresentant_labels_give_no_role_and_protokollforare_signs_as_secretary():
    people = _people_listed(
        "Styrelseledamöter\nLena Sköld\nIngrid Ohlsson\nFörhinder: Olof Nyberg\n"
        "Personalrepresentant: Per Ahl (Kommunal)\n\nHelén Rask\nProtokollförare\n")
    assert people["Ingrid Ohlsson"][1] == ["ledamot"]
    assert people["Olof Nyberg"][1] == people["Per Ahl"][1] == []
    assert people["Helén Rask"][1] == ["sekreterare"]


def test_body_genitive_secretary_after_a_certifier_is_the_secretary():
    people = _people_listed("Utdragsbestyrkande: Lina Åkesson, styrelsens sekreterare\n")
    assert people["Lina Åkesson"][1] == ["sekreterare"]


def test_authorised_auditor_is_no_staff():
    assert _auditor("auktoriserad revisor") and _auditor("Godkänd revisor") and not _auditor("revisor")
    people = _people_listed("Övriga närvarande\tPeter Lönn, verkställande direktör\n"
                            "Johan Fält, auktoriserad revisor, Revisionsbyrån AB\n")
    assert people["Peter Lönn"][1] == ["tjänsteman"] and people["Johan Fält"][1] == []


def test_party_first_grid_with_tick_before_member_name_pairs_member_and_substitute():
    people = _people_listed(
        "NÄRVARO (x = tjänstgör)\n"
        "Parti   Ledamot                              Ersättare\n"
        "S       x Anna Berg, ordf.                   Tor Lind\n"
        "M       x Henrik Sjö, 1:e v. ordf.           Maria Ek\n"
        "C       x Lars Öberg                         –\n"
        "V       x Olle Strand                        Jenny Kask\n")
    assert people["Anna Berg"] == ("S", ["ordförande"])
    assert people["Henrik Sjö"] == ("M", ["vice ordförande"])
    assert people["Lars Öberg"] == ("C", ["ledamot"])
    assert people["Olle Strand"] == ("V", ["ledamot"])
    assert people["Tor Lind"] == ("S", ["ersättare"]) and people["Jenny Kask"] == ("V", ["ersättare"])


def test_role_column_beside_partied_name_replaces_list_heading_role():
    people = _people_listed(
        "BESLUTANDE LEDAMÖTER                                         Närvarande §§\n"
        "  Helga Borg (S)           ordförande                        58–60\n"
        "  Anders Rud (M)           1:e vice ordförande               58–60\n"
        "  Siv Mårs (S)             ledamot                           58–60\n"
        "  Lina Kvist (V)           tjänstgörande ersättare           58–60\n\n"
        "ÖVRIGA ERSÄTTARE\n"
        "  Sten Vall (S)            58–60\n")
    assert people["Helga Borg"] == ("S", ["ordförande"])
    assert people["Anders Rud"] == ("M", ["vice ordförande"])
    assert people["Siv Mårs"] == ("S", ["ledamot"])
    assert people["Lina Kvist"] == ("V", ["tjänstgörande ersättare"])
    assert people["Sten Vall"] == ("S", ["ersättare"])


def test_party_wrapped_to_next_line_of_dotted_list_stays_with_its_name():
    people = _people_listed(
        "Närvarande förtroendevalda revisorer\n"
        "Bo Asp (S), ordförande · Ulla Wik (M), vice ordförande · Gun Ros (V) · Nina Kask\n"
        "(S) · Hans Ek (SD) · Lena Björk (L)\n"
        "Sakkunniga biträden\n"
        "Magnus Falk, certifierad kommunal revisor, Revisionsbyrån AB\n")
    assert people["Nina Kask"][0] == "S" and people["Hans Ek"][0] == "SD"
    assert people["Magnus Falk"][0] is None


def test_signature_label_beside_partied_name_is_no_role_column():
    people = _people_listed(
        "Ledamöter\n"
        "Anders Holm (M), ordförande\tSekreterare ...........................\n"
        "Sven Brink (SD)\tOrdförande ...........................\n"
        "Mats Örn (M)\tAnders Holm\n")
    assert people["Sven Brink"] == ("SD", ["ledamot"])


def test_attendance_column_beside_a_signature_column_is_read_apart_from_it():
    people = _people_listed(
        "Beslutande\tUnderskrifter\nLedamöter\n"
        "Anna Holm (M), ordförande\tSekreterare ..........\n"
        "Per Nyman (C)\tOskar Lind\n"
        "Lisa Hadd (S)\n"
        "Sven Brink (SD)\tOrdförande ..........\n"
        "Tjänstgörande ersättare\tAnna Holm\n"
        "Karl Strand (L) tjg för Ulla Persson (L)\tJusterande ..........\n"
        "Ej tjänstgörande ersättare\tLisa Hadd\n"
        "Hanna Vik (KD)\tUtses att justera\n"
        "Övriga närvarande\tLisa Hadd (S)\n"
        "Oskar Lind, nämndsekreterare\n")
    assert people["Karl Strand"][1] == ["tjänstgörande ersättare"] and people["Ulla Persson"][1] == []
    assert people["Hanna Vik"][1] == ["ersättare"]
    assert people["Lisa Hadd"][1] == ["ledamot", "justerare"]
    assert people["Oskar Lind"][1] == ["tjänsteman", "sekreterare"]


def test_chair_with_own_role_in_cell_is_no_adjuster_under_justeras():
    people = _people_listed(
        "Vid protokollet                 Justeras\n"
        "Eva Thor, sekreterare         Per Sten, ordförande     Lena Nord (S)     Johan Ek (M)\n")
    assert people["Per Sten"][1] == ["ordförande"]
    assert people["Lena Nord"][1] == people["Johan Ek"][1] == ["justerare"]
    assert people["Eva Thor"][1] == ["sekreterare"]


def test_a_venue_named_by_a_building_or_room_is_no_person():
    assert not _looks_like_name("Calmar Stadshotell")
    assert not _looks_like_name("Gamla Rådhuset")
    assert _looks_like_name("Anna Salomonsson")
    m = _minutes("Regionfullmäktige\nSammanträde 2024-11-26 i Calmar Stadshotell, Kalmar.\n"
                 "Ordförande: Ulla Lind (S)\n\n§ 5 Ärende\n\nBeslut\nÄrendet antas.\n")
    assert "Calmar Stadshotell" not in {p.name for p in m.persons}


def test_a_house_named_by_a_genitive_is_a_venue_not_a_person():
    assert not _looks_like_name("Medborgarnas Hus")
    assert _looks_like_name("Hans Husberg")
    m = _minutes("Kommunfullmäktige\nSammanträde 2025-02-24 i Medborgarnas Hus, Tranås.\n"
                 "Ordförande: Ulla Lind (S)\n\n§ 5 Ärende\n\nBeslut\nÄrendet antas.\n")
    assert "Medborgarnas Hus" not in {p.name for p in m.persons}


def test_a_venue_named_forum_or_arena_and_its_town_is_no_person():
    assert not _looks_like_name("Forum Västby") and not _looks_like_name("Arena Norrby")
    assert _looks_like_name("Anna Forsberg")
    m = _minutes("Kommunstyrelsen\nSammanträde 2025-03-04, kl. 13.00–15.00, Forum Västby, lokal Eken.\n"
                 "Ordförande: Ulla Lind (S)\n\n§ 5 Ärende\n\nBeslut\nÄrendet antas.\n")
    assert "Forum Västby" not in {p.name for p in m.persons}


def test_bulleted_signature_labels_give_their_roles():
    people = _people_listed("Tjänstepersoner\n- Eva Thor, nämndsekreterare\nUnderskrifter i originalet\n"
                            "- Sekreterare: Eva Thor\n• Ordförande: Ulla Lind\n- Justerare: Per Ros\n")
    assert people["Eva Thor"][1] == ["tjänsteman", "sekreterare"]
    assert people["Ulla Lind"][1] == ["ordförande"] and people["Per Ros"][1] == ["justerare"]


def test_a_staff_title_with_its_field_in_a_function_column_gives_tjansteman():
    people = _people_listed("Övriga närvarande\nNamn\tFunktion\tNärvarande vid\nEva Thor\tekonom\t§ 3\n"
                            "Per Ros\thandläggare vid miljöenheten\t§ 4\n")
    assert people["Per Ros"][1] == ["tjänsteman"] and people["Eva Thor"][1] == ["tjänsteman"]


def test_a_sentence_opening_with_two_capitalised_words_names_no_person():
    people = _people_listed("Nova Webb använder endast nödvändiga kakor för inloggning. Jag förstår\n"
                            "Barn- och utbildningsnämnden\nSammanträdesdatum 2025-05-12\n")
    assert "Nova Webb" not in people


def test_a_title_first_staff_list_wrapped_beside_a_spaced_label_column():
    people = _people_listed(
        "Tjänstemän          Förvaltningschef Eva Thor, avdelningschef\n"
        "                    Per Ros, enhetschef Siv Ahl, ekonom Olle\n"
        "                    Berg, nämndsekreterare Ida Sund\n")
    assert {n: r for n, (_p, r) in people.items()} == {
        "Eva Thor": ["tjänsteman"], "Per Ros": ["tjänsteman"], "Siv Ahl": ["tjänsteman"], "Olle Berg": ["tjänsteman"],
        "Ida Sund": ["tjänsteman"]}


def test_ordinarie_ledamoter_label_gives_ledamot_to_the_names_below():
    text = ("Kommunstyrelsens arbetsutskott\tSammanträdesdatum 2024-05-07\n"
            "Ordinarie ledamöter\tAnna Berg (S), ordförande\n\tPer Holm (S)\n\tEva Lund (V)\n"
            "Närvarande ersättare\tOla Sten (S)\n" + _PAR)
    roles = _roles(_minutes(text))
    assert roles["Per Holm"] == ("ledamot",) and roles["Eva Lund"] == ("ledamot",)
    assert roles["Anna Berg"] == ("ordförande",) and roles["Ola Sten"] == ("ersättare",)


def test_deltagande_ledamoter_with_a_note_is_a_members_heading():
    assert label_role("Deltagande ledamöter (svar via e-post)") == ("ledamot", 38)


def test_wrapped_party_followed_by_istf_keeps_the_substitution():
    text = ("Kommunstyrelsen\t2016-11-08\nBeslutande\tAnna Berg (S) ordförande, Nils Fors (S), Lars Ek\n"
            "\t(S) istf Lena Berg (S), Per Holm (V)\n" + _PAR)
    people = {p.name: p for p in _minutes(text).persons}
    assert people["Lars Ek"].roles == ("tjänstgörande ersättare",) and people["Lars Ek"].replaces == "Lena Berg"
    assert people["Lena Berg"].roles == ()


def test_role_word_then_serving_note_makes_a_serving_substitute():
    text = ("Kommunfullmäktige\t2019-03-25\n\nNÄRVAROLISTA\n\nTjänstgörande ledamöter\n\nSocialdemokraterna\n"
            "    Bengt Nilsson, ordförande\n    Roger Alm\n"
            "    Tobias Wennerholm, ersättare, tjänstgör för Lena Fagerström\n    Mona Sjöberg\n" + _PAR)
    people = {p.name: p for p in _minutes(text).persons}
    assert people["Tobias Wennerholm"].roles == ("tjänstgörande ersättare",)
    assert people["Tobias Wennerholm"].replaces == "Lena Fagerström"
    assert people["Lena Fagerström"].roles == () and people["Roger Alm"].roles == ("ledamot",)


def test_member_replaced_wrapped_below_a_tjg_ersattare_for_cell():
    text = ("Kommunstyrelsen\t2024-05-20\n\n"
            "Beslutande          Namn                          Parti    Funktion\n"
            "                    Niila Berg                    S        Ordförande\n"
            "                    Stina Lampinen                M        Tjg ersättare för\n"
            "                                                           Fredrik Stenberg (M)\n"
            "                    Jonny Henriksson              SD       Ledamot\n" + _PAR)
    people = {p.name: p for p in _minutes(text).persons}
    assert people["Stina Lampinen"].roles == ("tjänstgörande ersättare",)
    assert people["Stina Lampinen"].replaces == "Fredrik Stenberg"
    assert people["Fredrik Stenberg"].roles == ()


def test_meeting_date_stacked_under_its_label_beats_an_earlier_mail_date():
    text = ("Protokollsutdrag från nämndens sammanträde, justerat 2024-10-11.\n\tSkickat från Nämndservice\n"
            "\t2024-10-14 08:05\nHej!\nPROTOKOLLSUTDRAG\tKollektivtrafiknämnden\tSammanträdesdatum\n"
            "\t\t2024-10-08\n" + _PAR)
    assert _minutes(text).meeting_date.value == "2024-10-08"


def test_table_row_name_with_a_surname_particle():
    text = ("Samhällsbyggnadsnämnden\tSammanträdesdatum 2024-04-10\nNamn\tParti\tUppdrag\nUlla Lind\tM\tOrdförande\n"
            "Stig von Platen\tSD\tLedamot\nPer Mårtensson\tC\tLedamot\n" + _PAR)
    assert _roles(_minutes(text))["Stig von Platen"] == ("ledamot",)


def test_utdragsbestyrkande_is_a_label_not_part_of_the_name():
    text = ("Kommunfullmäktige\t2024-06-13\nOrdförande\tBirgitta Lindkvist\nSekreterare\tYasmin Karimi\n"
            "Utdragsbestyrkande Yasmin Karimi, kommunsekreterare, 17.06.2024\n" + _PAR)
    names = [p.name for p in _minutes(text).persons]
    assert "Yasmin Karimi" in names and not any(n.startswith("Utdragsbestyrkande") for n in names)


def _lines(text: str) -> list[Line]:
    return content_lines(SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,)))


def test_h84_abbreviated_function_column_explained_by_a_legend_gives_ledamot() -> None:
    text = ("Beslutande\n"
            "Namn                      Parti   Funktion\n"
            "Anna Berg                 S       Ordf\n"
            "Karin Lind                S       Led\n"
            "Olof Persson              M       Led\n\n"
            "Förkortningar: Ordf = ordförande, v ordf = vice ordförande, Led = ledamot,\n"
            "Tjg ers = tjänstgörande ersättare\n")
    people = parse_attendance(logical_lines(_lines(text), text), source=text).people
    assert people["Karin Lind"].roles == ["ledamot"] and people["Olof Persson"].roles == ["ledamot"]
    assert people["Anna Berg"].roles == ["ordförande"]


def test_roleless_label_row_with_unknown_party_code_keeps_staff_heading_role() -> None:
    people = _attendance("Övriga närvarande\nKaj Mattsson\tD\tInsynsplats\nBritt Lagerlöf\t\tFörvaltningsdirektör\n"
                         "Tuva Ring\t\tNämndsekreterare\n")
    assert people["Kaj Mattsson"].roles == [] and people["Kaj Mattsson"].party is None
    assert people["Britt Lagerlöf"].roles == people["Tuva Ring"].roles == ["tjänsteman"]


def test_substitute_note_with_other_paragraph_ersattare_role() -> None:
    people = _attendance("Närvarande beslutande\nCamilla Ek\tS\tOrdförande\n"
                         "Jan Weiss\tC\tTjg ersättare för Gita Roos (KD) § 15, ersättare § 14\n")
    assert sorted(people["Jan Weiss"].roles) == ["ersättare", "tjänstgörande ersättare"]
    assert people["Jan Weiss"].replaces == "Gita Roos"


def test_a_deputy_note_after_a_comma_names_the_member_replaced():
    from kommungraf.extract.attendance import Attendance, _serving_entry

    att = Attendance()
    assert _serving_entry("Mats Holm", "suppl. för Olof Nyberg", 0, 11, None, att)
    assert att.people["Mats Holm"].roles == ["tjänstgörande ersättare"]
    assert att.people["Mats Holm"].replaces == "Olof Nyberg" and att.people["Olof Nyberg"].roles == []
    assert "för" not in att.people


def test_a_label_under_a_running_list_of_members_heads_the_next_block_not_the_first_name():
    m = _minutes("Valberedningen\nSammanträdesdatum 2024-10-02\n\nNÄRVARANDE\n"
                 "Anders Lidström (S) ordförande, Sara Berg (M) vice ordförande, Nils Ågren (V),\nLena Hedman (C)\n\n"
                 "JUSTERARE\nSara Berg (M)\n\n§ 41 Fyllnadsval\nDnr KS 2024/512\n\nBeslut\nValberedningen föreslår "
                 "kommunfullmäktige att välja Britt Sjögren (S).\n")
    roles = {p.name: p.roles for p in m.persons}
    assert "justerare" not in roles["Anders Lidström"]
    assert "justerare" in roles["Sara Berg"]


def test_heldout91_member_ersatt_av_substitute_serves() -> None:
    text = ("Kommunfullmäktige\nSammanträdesdatum: 2024-06-17\nOrdförande: Gun Lejon (S)\n\n"
            "Frånvarande ledamöter – ersatta av tjänstgörande ersättare:\n"
            "  Stig Persson (S) – ersatt av Maj-Lis Holmgren (S)\n"
            "  Anders Nyström (V) – ersatt av Kristoffer Dahl (V)\n\n"
            "§ 1   Dnr 2024/1\nVal\n\nBeslut\nFullmäktige väljer Olof Wik (M).\n")
    people = {p.name: p for p in _minutes(text).persons}
    assert "tjänstgörande ersättare" in people["Maj-Lis Holmgren"].roles
    assert "tjänstgörande ersättare" in people["Kristoffer Dahl"].roles
    assert "tjänstgörande ersättare" not in people["Stig Persson"].roles


def test_heldout91_chair_and_secretary_labels_after_a_party_bracket() -> None:
    text = ("Kommunfullmäktige\nSammanträdesdatum: 2024-11-25\n\n§ 142   Dnr KS 2024/387\nBudget\n\nBeslut\n"
            "Budgeten antas.\n\nJusterare: Eva Berg (C)\nOrdförande: Bengt Rask (M) Sekreterare: Josefin Kull\n")
    people = {p.name: p for p in _minutes(text).persons}
    assert "sekreterare" not in people["Bengt Rask"].roles
    assert "sekreterare" in people["Josefin Kull"].roles


def test_heldout91_justified_value_column_words_are_one_list() -> None:
    text = ("Kommunfullmäktige\nSammanträdesdatum: 2024-11-25\nOrdförande\tLena Dahl (S)\n"
            "Övriga deltagande\tKarin\tWall,\tkommundirektör;\tPeter\tNykvist,\tekonomidirektör\n\n"
            "§ 200   Dnr KS 2024/377\nInterpellation\n\nBeslut\nInterpellationen anses besvarad.\n")
    people = {p.name: p for p in _minutes(text).persons}
    assert "tjänsteman" in people["Karin Wall"].roles and "tjänsteman" in people["Peter Nykvist"].roles


def test_an_ersattare_marked_as_serving_in_a_per_paragraph_column_is_also_a_serving_substitute():
    people = _people_listed("Närvarolista\nNamn\tParti\tUppdrag\t§ 5\t§ 6\n"
                     "Eva Sundberg\tS\tOrdförande\tX\tX\nHenrik Wallin\tM\tLedamot\tX\t-\n"
                     "Olle Berg\tC\tErsättare\tN\tX\nBo Lind\tV\tErsättare\tN\tN\n"
                     "X = tjänstgör, N = närvarande, ej tjänstgörande, - = ej närvarande\n")
    assert people["Olle Berg"][1] == ["ersättare", "tjänstgörande ersättare"]
    assert people["Bo Lind"][1] == ["ersättare"]


def test_a_for_continuation_in_the_serving_column_is_the_replaced_member_without_a_role():
    people = _people_listed("Beslutande\tLedamöter\tTjänstgörande ersättare\tErsättare\n"
                     "\tEva Sundberg (S), ordförande\tOlle Berg (S)\tBo Lind (M)\n"
                     "\tHenrik Wallin (M)\tför Karin Holm (S)\tAnna Ek (C)\n")
    assert people["Karin Holm"] == ("S", [])
    assert people["Olle Berg"][1] == ["tjänstgörande ersättare"]


def test_an_officials_heading_inside_a_table_with_a_role_column_ends_it_before_a_list_of_named_titles():
    people = _people_listed("Närvarande\nNamn\tParti\tFunktion\tNärvaro\nLena Falk\tS\tordförande\t19/3\n"
                     "Jenny Åström\tV\tersättare\t19/3\nÖvriga närvarande\n"
                     "Camilla Rosén, socialchef; Erik Malmqvist, nämndsekreterare; Ida Lindroth, enhetschef\n")
    assert [people[n][1] for n in ("Camilla Rosén", "Erik Malmqvist", "Ida Lindroth")] == [["tjänsteman"]] * 3


def test_a_lone_justerat_heading_ends_the_secretarys_label_above_it() -> None:
    text = ("Vid protokollet\n\nAnnelie Skog\nKommunsekreterare\n\nJusterat\n\n"
            "Göran Lindqvist                  Ingela Bohm (C)          Tobias Ekholm (KD)\n"
            "Ordförande                       Justerare                Justerare\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    att = parse_attendance(logical_lines(content_lines(src), text), source=text)
    assert att.people["Ingela Bohm"].roles == ["justerare"]
    assert att.people["Göran Lindqvist"].roles == ["ordförande"]


def test_a_table_row_opening_with_a_place_that_starts_like_tid_keeps_the_table():
    m = _minutes("Testförbundet\nPROTOKOLL – Direktionen\n"
                 "Förbundsmedlem\tNamn\tParti\tFunktion\nSkövde kommun\tKatarina Hjelm\tM\tordförande\n"
                 "Tidaholms kommun\tJenny Svahn\tKD\tledamot\nHjo kommun\tRolf Ekvall\tC\tledamot\n"
                 "§ 12\tÅrsredovisning\nDirektionen godkänner.\n")
    people = _people(m)
    assert people["Jenny Svahn"][1] == ["ledamot"] and people["Rolf Ekvall"][1] == ["ledamot"]


def test_a_justering_line_with_place_and_date_names_no_person():
    m = _minutes("Direktionen\nSammanträdesdatum 2024-04-18\nOrdförande: Katarina Hjelm (M)\n"
                 "Justering: Brandstationen Skövde 2024-04-23\n§ 12\tÅrsredovisning\nDirektionen godkänner.\n")
    assert "Brandstationen Skövde" not in _people(m)


def test_a_medlemskommun_table_with_a_tjanstgor_ersattare_column():
    m = _minutes("Käppalaförbundet Protokoll Förbundsfullmäktige\n"
                 "Medlemskommun\tLedamot\tTjänstgör/ersättare\n"
                 "Lidingö stad\tUlf Berg (M), ordförande\t–\nTäby kommun\tAnders Lund (M)\t–\n"
                 "Sigtuna kommun\tMona Hedlund (S)\tOmar Haddad (V) tjänstgör\n"
                 "Övriga: Maria Holt, förbundsdirektör.\n\n"
                 "9 § Val av justerare\nFörbundsfullmäktiges beslut: Anders Lund (M) utses.\n")
    people = _people(m)
    assert people["Anders Lund"][1] == ["ledamot"] and people["Mona Hedlund"][1] == ["ledamot"]
    assert people["Omar Haddad"][1] == ["tjänstgörande ersättare"]


def test_ersattare_listed_with_party_and_place_on_lines_of_their_own():
    m = _minutes("Miljönämnden\nSAMMANTRÄDESPROTOKOLL 2024-09-19\n\n"
                 "Beslutande       Gunnel Frisk (M) ordförande\n\n"
                 "Ersättare        Emelie Sund (M), Österåker\n                 Rasmus Kvist (S), Vaxholm\n\n"
                 "§ 78\nTaxa\n\nBeslut\nNämnden antar taxan.\n")
    people = _people(m)
    assert "Rasmus Kvist" in people and not [n for n in people if n.startswith("Österåker")]
    assert people["Rasmus Kvist"][1] == ["ersättare"]


def test_the_member_replaced_below_a_row_ending_tjanstgor_for_beside_a_wrapped_label_tail() -> None:
    text = ("Tjänstgörande          Anna Ek (S)          tjänstgör för\n"
            "ersättare                                   Bo Ros (S)\n\n"
            "Övriga närvarande      Lisa Sund, kommundirektör\n")
    people = _people_listed(text)
    assert people["Anna Ek"] == ("S", ["tjänstgörande ersättare"])
    assert people["Bo Ros"] == ("S", [])


def test_a_mistyped_heading_word_gives_its_role():
    from kommungraf.extract.attendance import label_role

    assert label_role("Justerar: Eva Ek (S), Per Lund (KD)") == ("justerare", 9)
    assert label_role("Sekretare\t\tFredrik Ohlin") == ("sekreterare", 9)
    assert label_role("Sekretare") == ("sekreterare", 9)
    assert label_role("Beslutnde: Se bilaga A") == ("", 10)
    # Prose and words further from a heading stay unread.
    assert label_role("Justeringen sker på kansliet") is None
    assert label_role("Sekretariatet: Per Lund") is None


def test_the_people_beside_a_mistyped_signature_label_get_its_role():
    m = _minutes("Socialnämnden\nSammanträdesdatum 2024-09-24\nNärvarande\nHelena Ek (M), ordförande\n"
                 "Justerar: Kjell Åberg (C), Sara Norén (V)\nSekretare\t\tFredrik Ohlin\n\n"
                 "§ 51\tBudget\nNämnden godkänner budgeten.\n")
    roles = {p.name: p.roles for p in m.persons}
    assert "justerare" in roles["Kjell Åberg"] and "justerare" in roles["Sara Norén"]
    assert "sekreterare" in roles["Fredrik Ohlin"]


def test_dot_leaders_between_a_name_and_its_role_give_the_role() -> None:
    m = _minutes("Socialnämnden\nSammanträdesdatum 2024-04-11\n\nBeslutande\n"
                 "Roger Fält (S) ........................... vice ordförande\n"
                 "Maja Brandt (M) .......................... ledamot\n"
                 "Ove Ljung (SD) ........................... tjänstgörande ersättare för Kent Holm (SD)\n"
                 "Övriga närvarande\n"
                 "Sara Wiklund ............................. enhetschef barn och familj\n\n"
                 "§ 21\tBudget\nNämnden godkänner budgeten.\n")
    roles = {p.name: list(p.roles) for p in m.persons}
    assert roles["Roger Fält"] == ["vice ordförande"]
    assert roles["Maja Brandt"] == ["ledamot"]
    assert roles["Ove Ljung"] == ["tjänstgörande ersättare"] and roles["Kent Holm"] == []
    assert roles["Sara Wiklund"] == ["tjänsteman"]


def test_a_party_member_among_other_attendees_keeps_a_role_word_written_beside_the_name() -> None:
    m = _minutes("Socialnämnden\nSammanträdesdatum 2024-04-11\n\nBeslutande\nAnna Ek (S), ordförande\n"
                 "Övriga närvarande\nLinnea Gran (S), ersättare\nPer Berg (M), ordförande i kommunstyrelsen\n"
                 "Sara Wiklund, enhetschef\n\n"
                 "§ 21\tBudget\nNämnden godkänner budgeten.\n")
    roles = {p.name: list(p.roles) for p in m.persons}
    assert roles["Linnea Gran"] == ["ersättare"]
    assert roles["Per Berg"] == []
    assert roles["Sara Wiklund"] == ["tjänsteman"]


def test_i_st_f_with_dots_makes_the_substitute_a_serving_ersattare() -> None:
    m = _minutes("Kommunstyrelsens arbetsutskott\nSammanträdesdag  2024-09-03\n\n"
                 "Beslutande       Lena Wikström (C), ordf.\n"
                 "                 Jimmy Aronsson (SD) i st.f. Stig Hultberg (SD)\n"
                 "                 Jan Ek (KD) i st. f. Eva Holm (KD)\n\n"
                 "§ 143\tBudget\nArbetsutskottet godkänner budgeten.\n")
    people = {p.name: p for p in m.persons}
    assert list(people["Jimmy Aronsson"].roles) == ["tjänstgörande ersättare"]
    assert list(people["Stig Hultberg"].roles) == [] and people["Stig Hultberg"].party == "SD"
    assert list(people["Jan Ek"].roles) == ["tjänstgörande ersättare"]


def test_abbreviated_tjg_ers_for_in_a_members_column_makes_a_serving_substitute():
    people = _people_of_page("Socialnämnden\nSammanträdesdatum 2024-10-23\nLedamöter\tErsättare\n"
                     "Johan Ljung (S), ordförande\tUlla Berg (S)\nOscar Brink (L)\n"
                     "Kent Hjort (M), tjg ers för Pia Lund (M)\nEva Sand (C)\n")
    assert people["Kent Hjort"] == ("M", ("tjänstgörande ersättare",))
    assert people["Pia Lund"][1] == ()


def test_attendance_by_exception_with_substitutes_serving_respectively():
    people = _people_of_page("Regionfullmäktige\nSammanträdesdatum: 2025-02-24\nNärvarande ledamöter\n"
                     "Samtliga 81 ledamöter med undantag för Kjell Ahlin (C) och Sofia Norell (SD), "
                     "för vilka ersättarna\n"
                     "Lars-Göran Björk (C) respektive Emma Wester (SD) tjänstgör. Närvarolista, bilaga 1.\n"
                     "Presidium\nIngrid Forsberg (S), ordförande\n")
    assert people["Kjell Ahlin"] == ("C", ()) and people["Sofia Norell"] == ("SD", ())
    assert people["Lars-Göran Björk"] == ("C", ("tjänstgörande ersättare",))
    assert people["Emma Wester"] == ("SD", ("tjänstgörande ersättare",))


def test_unknown_local_party_code_in_a_party_column_ends_the_code_above():
    people = _people_of_page("Regionstyrelsen\nSammanträdesdatum: 2025-03-04\nNärvarande ledamöter\n"
                     "  S      Anna Ek\n         Per Lind\n  KD     Eva Lantto\n  SJVP   Bengt Aho\n"
                     "         Kerstin Rantatalo\n")
    assert people["Eva Lantto"][0] == "KD"
    assert people["Bengt Aho"][0] is None and people["Kerstin Rantatalo"][0] is None


def test_two_lists_side_by_side_in_one_attendance_table():
    text = ("Samhällsbyggnadsnämnden\n"
            "Beslutande\tParti\tRoll\tEj tjänstgörande ersättare\tParti\n"
            "Eva Lundgren\tM\tOrdförande\tKarl Nyqvist\tS\n"
            "Johan Berg\tS\t2:e vice ordförande\tAmira Haddad\tV\n"
            "Maria Öst\tKD\tLedamot\n"
            "Anders Kvist\tC\tTjänstgörande ersättare (tjg för Leif Holm (C))\n"
            "Övriga deltagare\tBefattning\nLars Ekholm\tsamhällsbyggnadschef\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    people = parse_attendance(logical_lines(content_lines(src), text), source=text).people
    assert people["Maria Öst"].party == "KD" and people["Anders Kvist"].party == "C"
    assert people["Karl Nyqvist"].party == "S" and people["Karl Nyqvist"].roles == ["ersättare"]
    assert people["Amira Haddad"].roles == ["ersättare"] and people["Eva Lundgren"].roles == ["ordförande"]


def test_a_presidium_title_wrapped_in_the_name_cell_of_a_roll_is_its_row_s_role_not_a_heading():
    # "1:e vice" / "ordförande" wrapped below the name in the name column: the tail is the role of the row above,
    # not a section heading that gives the rows below the chair's role.
    people = _people_listed(
        "Närvarolista\n\n"
        "Ledamöter                      Parti  Närvarande  Kommentar\n"
        "Karin Holmqvist, ordförande    S      X\n"
        "Bertil Sandahl,                M      X\n"
        "  1:e vice ordförande\n"
        "Lena Gustavsson, 2:e vice      C      X\n"
        "  ordförande\n"
        "Ove Rask                       S      X\n"
        "Frida Nyman                    V      -           Ersätts av Ali Kaya (V)\n")
    assert people["Karin Holmqvist"] == ("S", ["ordförande"])
    assert people["Bertil Sandahl"] == ("M", ["vice ordförande"])
    assert people["Lena Gustavsson"] == ("C", ["vice ordförande"])
    assert people["Ove Rask"] == ("S", ["ledamot"]) and people["Frida Nyman"] == ("V", ["ledamot"])


def test_a_two_column_member_list_under_a_page_head_with_a_date_label_in_its_second_column():
    # The head's "Sammanträdesdatum" labels its own value, not the right-hand column of the list under "Ledamöter".
    people = _attendance("SAMMANTRÄDESPROTOKOLL\tSammanträdesdatum 2023-04-17\nKulturnämnden\n"
                         "Närvarande ledamöter\nLotta Ring (S), ordförande\tJens Falk (M)\n"
                         "Ove Borg (S)\tNina Sjö (L)\nTjänstgörande ersättare\n"
                         "Åke Lund (S) i stället för Ida Nyman (S)\n")
    assert people["Jens Falk"].roles == people["Nina Sjö"].roles == people["Ove Borg"].roles == ["ledamot"]
    assert people["Lotta Ring"].roles == ["ordförande"]
    assert people["Åke Lund"].roles == ["tjänstgörande ersättare"]


def test_a_party_written_out_in_a_cell_spanning_its_members_rows_gives_each_row_its_party():
    # An HTML table's rowspan cell, laid out once before the first name; the party is written out, not a code.  The
    # role column is named with its body ("Uppdrag i nämnden"), and is still the table's column of roles.
    page = ("<html><body><h2>Närvarande ledamöter</h2><table>"
            "<tr><th>Parti</th><th>Namn</th><th>Uppdrag i nämnden</th></tr>"
            "<tr><td rowspan='2'>Vänsterpartiet</td><td>Sara Holm</td><td>Ordförande</td></tr>"
            "<tr><td>Pål Ekman</td><td></td></tr>"
            "<tr><td>Kristdemokraterna</td><td>Gun Ås</td><td></td></tr></table>"
            "<h2>Tjänstgörande ersättare</h2><table><tr><th>Parti</th><th>Ersättare</th><th>Tjänstgör för</th></tr>"
            "<tr><td>Liberalerna</td><td>Ivar Lööf</td><td>Tina Berg (L)</td></tr></table>"
            "<p>§ 3 Val</p><p>Beslut</p><p>Nämnden väljer Gun Ås.</p></body></html>")
    text = read_html(Path("x.html"), page.encode()).text
    people = _people(_minutes(text))
    assert people["Sara Holm"] == ("V", ["ordförande"]) and people["Pål Ekman"] == ("V", ["ledamot"])
    assert people["Gun Ås"] == ("KD", ["ledamot"])
    assert people["Ivar Lööf"] == ("L", ["tjänstgörande ersättare"])


def test_a_heading_of_ersättare_over_a_comma_list_ends_the_table_above():
    text = ("Kommunfullmäktige\nSammanträdesdatum 2023-06-12\nTjänstgörande ersättare\n"
            "Parti\tErsättare\tTjänstgör för\nS\tDan Ek\tLisa Åberg (S)\nErsättare som inte tjänstgör\n"
            "Elin Sand (S), Omar Nasser (C), Kim Wahl (SD)\n\n§ 3 Val\nBeslut\nFullmäktige väljer Dan Ek.\n")
    people = _people(_minutes(text))
    assert people["Dan Ek"] == ("S", ["tjänstgörande ersättare"])
    assert people["Elin Sand"] == ("S", ["ersättare"]) and people["Omar Nasser"] == ("C", ["ersättare"])
    assert people["Kim Wahl"] == ("SD", ["ersättare"])


def test_a_title_opened_by_an_acronym_ends_its_entry_in_a_column_of_staff():
    people = _attendance("Övriga deltagare\tPer Sand, kommunchef\n\tLena Ek, IT-chef\n\tOla Berg, nämndsekreterare\n"
                         "Justerare\tAnna Ström (S)\n")
    assert people["Lena Ek"].roles == people["Ola Berg"].roles == ["tjänsteman"]
    assert not [n for n in people if n.startswith("IT-chef")]


def test_a_bracketed_title_wrapped_onto_the_next_line_stays_with_its_name():
    people = _attendance("Tjänstepersoner: Eva Holm (förvaltningschef), Karl Nyström\n"
                         "(ekonomichef, §§ 4–6), Lisa Ahl (nämndsekreterare)\n")
    assert people["Karl Nyström"].roles == ["tjänsteman"]
    assert people["Eva Holm"].roles == people["Lisa Ahl"].roles == ["tjänsteman"]


def test_names_signed_under_a_lone_justeras_heading_without_a_role_of_their_own_are_justerare():
    people = _attendance("Vid protokollet\n\n..........................\nKim Lund, sekreterare\n\nJusteras\n\n"
                         "..........................     ..........................\n"
                         "Åsa Dahl, ordförande           Nils Ek (S)\n\n..........................\nMia Borg (C)\n\n"
                         "Protokollet har justerats 2023-05-04.\n")
    assert people["Nils Ek"].roles == people["Mia Borg"].roles == ["justerare"]
    assert people["Åsa Dahl"].roles == ["ordförande"] and people["Kim Lund"].roles == ["sekreterare"]
    # Captions under the names give each its own role.
    people = _attendance("Justerat\n\nÅsa Dahl                 Nils Ek\nOrdförande               Justerare\n")
    assert people["Åsa Dahl"].roles == ["ordförande"] and people["Nils Ek"].roles == ["justerare"]


def test_group_rows_of_an_appended_voting_list_give_roles_and_keep_the_substitutes_parties():
    m = _minutes(
        "Kommunfullmäktige\n\nBeslutande       Se närvaro- och voteringslista, bilaga 1\n\n§ 10     Ärende\n\n"
        "Beslut\nKommunfullmäktige beslutar att godkänna.\n\nBilaga 1\nNÄRVARO- OCH VOTERINGSLISTA\n\n"
        "                                                   Närvaro     Votering § 10\n"
        "Namn                                   Parti       §§          Ja   Nej  Avstår\n"
        "---------------------------------------------------------------------------------\n"
        "Ledamöter\n"
        "Olle Berg                              S           10          X\n"
        "Kim Stål                               M           -\n"
        "Lisa Rask                              C           10               X\n"
        "---------------------------------------------------------------------------------\n"
        "Tjänstgörande ersättare\n"
        "Per Ahl, för Kim Stål                  M           10          X\n"
        "---------------------------------------------------------------------------------\n"
        "Summa                                                          2    1    0\n")
    people = {p.name: p for p in m.persons}
    assert people["Kim Stål"].roles == ("ledamot",) and people["Olle Berg"].roles == ("ledamot",)
    assert people["Per Ahl"].roles == ("tjänstgörande ersättare",) and people["Per Ahl"].party == "M"
    assert people["Per Ahl"].replaces == "Kim Stål"


def test_an_office_held_in_another_body_beside_a_name_among_others_present_gives_no_role():
    people = _attendance(
        "Beslutande        Eva Holm (S), ordförande\n\n"
        "Övriga            Gustav Sand, ordförande i överförmyndarnämnden, § 7\n"
        "                  Lina Berg, kommunsekreterare\n")
    assert people["Gustav Sand"].roles == [] and people["Lina Berg"].roles == ["tjänsteman"]
    assert people["Eva Holm"].roles == ["ordförande"]


def test_a_new_list_heading_lower_in_one_column_of_a_table_of_column_headings():
    # "Ersättare" starts a list in the right column beside a member of the left one; the rows below keep their
    # TAB columns, however long the names on the left are.
    people = _attendance(
        "Beslutande\tLedamöter\tTjänstgörande ersättare\n"
        "\tGunilla Forsberg (C), ordförande\tOve Lind (SD) för Rut Ek (SD)\n"
        "\tAxel Sundin (S), vice ordförande\n"
        "\tMarianne Holmqvist (S)\tErsättare\n"
        "\tJonas Ek (S)\tPernilla Sjöstrand (C)\n"
        "\tKarl-Henrik Åkesson (M)\tMia Ros (S)\n"
        "\tLars Ny (V)\n"
        "Övriga närvarande\tEdit Sten, socialchef\n")
    assert people["Marianne Holmqvist"].roles == ["ledamot"] and people["Karl-Henrik Åkesson"].roles == ["ledamot"]
    assert people["Pernilla Sjöstrand"].roles == people["Mia Ros"].roles == ["ersättare"]
    assert people["Ove Lind"].roles == ["tjänstgörande ersättare"] and people["Edit Sten"].roles == ["tjänsteman"]


def test_tjg_mark_in_the_presence_column_of_a_substitute_seat_grid():
    people = _attendance("Ledamöter\tFunktion\tNärv.\tErsättare\tNärv.\n"
                         "Olle Brink (C)\tordförande\tX\tGun Ask (C)\t–\n"
                         "Tore Falk (L)\t\t–\tVera Holm (L)\ttjg\n"
                         "Siv Mård (KD)\t\tX\tPål Ekman (KD)\tX\n")
    assert people["Vera Holm"].roles == ["tjänstgörande ersättare"]
    assert people["Pål Ekman"].roles == ["ersättare"]


def test_tjg_for_without_ers_in_a_voting_list_name_cell_makes_a_serving_substitute():
    people = _attendance("Namn\tParti\tJa\tNej\tAvstår\nIda Roos, ordförande\tS\tX\n"
                         "Kalle Bergh, tjg för Mona Vik\tL\t\tX\nSven Ulf\tC\tX\n")
    assert people["Kalle Bergh"].roles == ["tjänstgörande ersättare"]
    assert people["Kalle Bergh"].replaces == "Mona Vik" and people["Mona Vik"].roles == []


def test_a_foundation_or_association_on_a_line_of_its_own_is_no_person():
    assert not _looks_like_name("Stiftelsen Ekbacka Gård")
    assert not _looks_like_name("Föreningen Gamla Bruket")
    m = _minutes("Kommunstyrelsen\nSammanträde 2024-05-06\nOrdförande: Ulla Lind (S)\n\n§ 5 Bidrag\n\nBeslut\n"
                 "Bidraget beviljas.\n\nExpedieras till\nKultur- och fritidsnämnden\nStiftelsen Ekbacka Gård\n")
    assert "Stiftelsen Ekbacka Gård" not in {p.name for p in m.persons}


def test_a_heading_in_the_right_hand_column_of_two_lists_side_by_side_opens_a_new_list():
    people = _attendance("Ledamöter\tErsättare\nKarin Bo (S), ordförande\tLeo Ask (C)\nOlof Ryd (S)\n"
                         "Tomas Ek (S)\tÖvriga närvarande\nIrma Sund (M)\tEva Krona, ekonomichef\n"
                         "Lars Vide (KD)\tNils Öst, sekreterare\n")
    assert people["Leo Ask"].roles == ["ersättare"]
    assert people["Eva Krona"].roles == ["tjänsteman"]
    assert people["Tomas Ek"].roles == people["Irma Sund"].roles == ["ledamot"]


def test_a_guest_under_an_inbjuden_heading_after_the_staff_list_is_no_official():
    people = _attendance("Tjänstepersoner\nEva Strand, handläggare\nInbjudna\nOla Berg, planerare vid Norrtrafik, § 4\n"
                         "Justerare\nLena Dal\n")
    assert people["Eva Strand"].roles == ["tjänsteman"]
    assert people["Ola Berg"].roles == []


def test_a_lone_indented_name_under_two_lists_side_by_side_stands_in_the_right_hand_list():
    source = ("Ledamöter\tErsättare\nAnna Ek (S), ordförande\tBo Lind (S)\nCarl Berg (M)\tIda Holm (M)\n"
              "\tOla Sand (M)\nEva Rask (C)\n")
    people = _attendance(source)
    assert people["Ola Sand"].roles == ["ersättare"]
    assert people["Eva Rask"].roles == people["Carl Berg"].roles == ["ledamot"]


def test_a_substitution_word_ending_a_cell_names_the_member_on_the_next_row_of_its_column():
    people = _attendance("Beslutande ledamöter\tTjänstgörande ersättare\n"
                         "Anna Ek (S), ordförande\tUlla Berg (V), ersätter\n"
                         "Carl Berg (M)\tTage Holm (V)\nEva Rask (C)\tIda Sand (C)\n")
    assert people["Ulla Berg"].roles == ["tjänstgörande ersättare"] and people["Ulla Berg"].replaces == "Tage Holm"
    assert people["Tage Holm"].roles == [] and people["Tage Holm"].party == "V"
    assert people["Ida Sand"].roles == ["tjänstgörande ersättare"] and people["Carl Berg"].roles == ["ledamot"]


def test_a_staff_row_whose_title_opens_with_an_ordinal_is_an_official() -> None:
    people = _attendance("Tjänstepersoner\nKaj Ström\t\tförvaltningschef\nMona Lid\t\t2:e handläggare, § 4\n")
    assert people["Kaj Ström"].roles == ["tjänsteman"] and people["Mona Lid"].roles == ["tjänsteman"]


def test_headerless_row_name_with_bracketed_serving_note_keeps_party() -> None:
    # A space-aligned vote list whose header is no attendance header: a substitute's row with the note in brackets
    # keeps the party beside it; the member named in the bracket gets no party of the row's.
    people = _people_listed(
        "Namn                                   Parti   Ja   Nej\n"
        "Kalle Ström                            S       X\n"
        "Rut Blom (tjg ers för Ivar Dahl)       S       X\n"
        "Ove Fält                               M            X\n")
    assert people["Rut Blom"] == ("S", ["tjänstgörande ersättare"])
    assert people["Ivar Dahl"] == (None, [])
    assert people["Ove Fält"] == ("M", [])


def test_bracketed_note_run_up_to_party_column_is_split_from_party() -> None:
    # The note fills the name column, so only two spaces stand before the party code.
    for header in ("Namn                                   Parti   Ja   Nej\n", "Votering § 20\n\n"):
        people = _people_listed(header +
                                "Kalle Ström                            S       X\n"
                                "Rut Blomqvist (tjg ers för Ivar Ek)  S       X\n")
        assert people["Rut Blomqvist"] == ("S", ["tjänstgörande ersättare"])
        assert people["Ivar Ek"] == (None, [])


def test_field_line_not_joined_to_place_ending_line() -> None:
    # A line ending in ", Storby" looks like a first name wrapped; the "Label words:" line below is a field.
    people = _people_listed("Justerare\nOlle Rask (M)\nJusteringsdag: 2025-03-02 på Kommunhuset, Storby\n"
                            "Justerade paragrafer: §§ 1–4\n")
    assert set(people) == {"Olle Rask"}


def test_joint_body_lists_with_home_towns_and_the_definite_plural_heading() -> None:
    # "Ledamöterna" opens a running list after the presidium; home towns without "kommun" stand after the parties,
    # before a role word in the absence list, and at the end of a line above a line that opens a new entry.
    people = _people_listed(
        "Närvarande beslutande\nOrdförande Gustav Fjäll (S), Tallby\n2:e vice ordförande Ebba Krok (C), Sjöby\n"
        "Ledamöterna Nils Strand (S), Tallby, utom § 8; Mona Ris (KD), Sjöby, §§ 7–8\n"
        "Frånvarande\nOskar Ljung (M), Tallby, ledamot\n\n"
        "Ledamöter   Pia Lind (M), vice ordförande, Åby\n            Lars Kvarn (C), Sjöby, ej § 9 (jäv)\n")
    assert people["Ebba Krok"] == ("C", ["vice ordförande"])
    assert people["Nils Strand"] == ("S", ["ledamot"]) and people["Mona Ris"] == ("KD", ["ledamot"])
    assert people["Oskar Ljung"] == ("M", ["ledamot"])
    assert people["Lars Kvarn"] == ("C", ["ledamot"]) and not [n for n in people if n.startswith("Åby")]


def test_label_with_a_dangling_negation_and_a_colon_tail_close_to_its_value() -> None:
    # "Närvarande ej / tjänstgörande / ersättare": "Närvarande" alone is a heading, but not the whole first line;
    # "Ersättare, ej" / "tjänstgörande:  Name" has two spaces only between the tail's colon and the name.  Both
    # under a wrapped "Tjänstgörande / ersättare" list, whose role they must not take.
    people = _people_listed(
        "Närvarande ej          Tova Sand (S) från kl. 14.10\ntjänstgörande          Ali Berg (C) § 4\n"
        "ersättare              Rut Dahl (L) §§ 1–3\n\n"
        "Tjänstgörande   Ulf Ek (S), för Eva Holm (S), § 2\nersättare:      Kim Vik (C), för Leo Ås (C), § 3\n\n"
        "Ersättare, ej   Ivar Lund (C), § 2\ntjänstgörande:  Bo Hed (M), Flen, deltar digitalt\n")
    assert {n: people[n][1] for n in ("Tova Sand", "Ali Berg", "Rut Dahl", "Ivar Lund", "Bo Hed")} == \
        {n: ["ersättare"] for n in ("Tova Sand", "Ali Berg", "Rut Dahl", "Ivar Lund", "Bo Hed")}
    assert people["Kim Vik"][1] == ["tjänstgörande ersättare"]


def test_role_cell_with_a_seat_per_run_of_paragraphs_gives_both_roles() -> None:
    people = _people_listed("Namn\tParti\tFunktion\tAnmärkning\nEva Holm\tS\tOrdförande\tTallby\n"
                            "Sven Ek\tM\tErsättare § 3, tjänstgörande ersättare §§ 4–6\tför Eva Holm § 4\n"
                            "Ida Ros\tC\tErsättare\tTjänstgör\n")
    assert sorted(people["Sven Ek"][1]) == ["ersättare", "tjänstgörande ersättare"]
    assert people["Ida Ros"][1] == ["tjänstgörande ersättare"]


def test_staff_titles_after_names_without_commas_and_the_also_present_labels() -> None:
    people = _people_listed("Beslutande   Karl Ek (S) ordf.\n"
                            "Övriga       Mia Strand förbundsdirektör, Leo Berg ekonomichef, Siv Alm\n"
                            "             nämndsekreterare\n")
    assert [people[n][1] for n in ("Mia Strand", "Leo Berg", "Siv Alm")] == [["tjänsteman"]] * 3
    for label in ("Därtill:", "Dessutom närvarande:"):
        people = _people_listed(f"{label} räddningschef Olle Vik, Johanna Ros, ekonom, § 4\n")
        assert people["Olle Vik"][1] == ["tjänsteman"] and people["Johanna Ros"][1] == ["tjänsteman"]


def test_abbreviated_presidium_titles_before_the_names_and_members_present_label() -> None:
    people = _people_listed("Närvarande: ordf. Åke Tall (C), 1:e vice ordf. Lena Grus (S), 2:e vice ordf. Per Myr (M)\n"
                            "Ledamöter närvarande\tAnn Björk (S) · Tor Sand (C)\n")
    assert people["Åke Tall"][1] == ["ordförande"]
    assert people["Lena Grus"][1] == ["vice ordförande"] and people["Per Myr"][1] == ["vice ordförande"]
    assert people["Ann Björk"][1] == ["ledamot"] and people["Tor Sand"][1] == ["ledamot"]


def test_venue_named_with_its_building_noun_first_is_no_person() -> None:
    m = _minutes("Förbundsfullmäktige\nSammanträde 2024-05-20 kl. 18.00, Folketshuset Tallby, Tallby\n"
                 "Ledamöter\nEva Holm (S), ordförande\n\n§ 1 Ärende\nBeslut\nBeslutet fattas.\n")
    assert "Folketshuset Tallby" not in [p.name for p in m.persons]


def test_headings_of_substitutes_not_serving_and_of_staff_present_besides():
    people = _people_listed(
        "Miljönämnden\nSammanträdesdatum 2024-03-05\n\nNärvarande ledamöter:\nOlle Berg (S), ordförande\n"
        "Kim Ros (M)\nTjänstgörande ersättare:\nSiv Dal (C), ersätter Bo Lund (C)\nErsättare utan tjänstgöring:\n"
        "Lisa Holm (V), Per Ask (L)\nDärutöver närvarande:\nAnna Fors, miljöchef\n"
        "Närvarande ersättare, ej tjänstgörande\nIvar Sand (KD)\n\n§ 1 Ärende\n\nNämnden beslutar.\n")
    assert people["Siv Dal"][1] == ["tjänstgörande ersättare"]
    assert people["Lisa Holm"][1] == ["ersättare"] and people["Per Ask"][1] == ["ersättare"]
    assert people["Anna Fors"][1] == ["tjänsteman"]
    assert people["Ivar Sand"][1] == ["ersättare"]


def test_a_member_row_keeps_its_seat_beside_the_justerare_task():
    roles = _roles(_minutes(
        "Byggnadsnämnden\nSammanträdesdatum 2024-03-05\n\nFunktion\tNamn\tParti\tAnmärkning\n"
        "Ordförande\tOlle Berg\tS\t\nLedamot\tKim Ros\tM\tJusterare\nLedamot\tEva Dal\tC\t\n\n"
        "Namn\tParti\tUppdrag\nIda Ek\tS\tOrdförande\nBo Hed\tL\tLedamot, justerare\nSara Lind\tV\tLedamot\n\n"
        "§ 1 Ärende\n\nNämnden beslutar.\n"))
    assert sorted(roles["Kim Ros"]) == ["justerare", "ledamot"]
    assert sorted(roles["Bo Hed"]) == ["justerare", "ledamot"]


def test_an_attendance_table_written_one_cell_a_line():
    people = _people_listed(
        "Tekniska nämnden\nSammanträdesdatum\n2024-05-14\nBeslutande\nNamn\nParti\nUppdrag\nOlle Berg\nS\nordförande\n"
        "Kim Ros\nM\nvice ordförande\nEva Dal\nC\nledamot\nSiv Holm\nL\ntjänstgörande ersättare för Bo Lund (L)\n"
        "Ersättare\nNamn\nParti\nIda Sten\nV\nPer Ask\nKD\nÖvriga deltagare\nAnna Fors, teknisk chef\n\n"
        "§ 1 Ärende\n\nNämnden beslutar.\n")
    assert people["Olle Berg"] == ("S", ["ordförande"])
    assert people["Kim Ros"] == ("M", ["vice ordförande"])
    assert people["Eva Dal"] == ("C", ["ledamot"])
    assert people["Siv Holm"] == ("L", ["tjänstgörande ersättare"])
    assert people["Ida Sten"] == ("V", ["ersättare"]) and people["Per Ask"] == ("KD", ["ersättare"])
    assert people["Anna Fors"][1] == ["tjänsteman"]


def test_a_serving_note_whose_member_wraps_to_the_next_row_of_two_lists_side_by_side():
    roles = _roles(_minutes(
        "Direktionen\nSammanträdesdatum 2024-05-14\n\nBeslutande ledamöter\tErsättare\n"
        "Olle Berg (S), ordförande\tIda Sten (S)\nKim Ros (M)\tPer Ask (M)\n"
        "Siv Holm (L), tjg ersättare för\tAnna Fors (L)\nBo Lund (L)\n\n§ 1 Ärende\n\nDirektionen beslutar.\n"))
    assert roles["Siv Holm"] == ("tjänstgörande ersättare",)
    assert roles["Bo Lund"] == ()
    assert roles["Kim Ros"] == ("ledamot",) and roles["Anna Fors"] == ("ersättare",)


def test_the_auditors_named_after_the_definite_plural_have_no_role():
    roles = _roles(_minutes(
        "Förbundsfullmäktige\nSammanträdesdatum 2024-05-14\n\nBeslutande ledamöter\nOlle Berg (S)\nKim Ros (M)\n"
        "Övriga närvarande\nAnna Fors, förbundsdirektör\nRevisorerna Lisa Dal och Per Ask, § 3\nJusterare\n"
        "Kim Ros (M)\n\n§ 3 Ärende\n\nFullmäktige beslutar.\n"))
    assert roles["Lisa Dal"] == () and roles["Per Ask"] == ()
    assert "Revisorerna Lisa Dal" not in roles


def test_a_substitution_cell_opening_with_a_capitalised_verb_names_the_member_it_replaces() -> None:
    # "Ersätter X (P)" / "För X (P)" in a table's note column: the member is X, not "Ersätter X".
    people = _attendance(
        "Beslutande ledamöter\nAnna Lind\tS\tLedamot\n"
        "Tjänstgörande ersättare\nOlle Berg\tS\tTjänstgörande ersättare\tErsätter Karin Wall (S)\n"
        "Per Holm\tM\tTjänstgörande ersättare\tFör Lisa Ström (M)\n")
    assert people["Olle Berg"].replaces == "Karin Wall" and people["Per Holm"].replaces == "Lisa Ström"
    assert not [n for n in people if n.startswith(("Ersätter", "För "))]


def test_a_member_listed_with_the_one_word_authority_he_stands_for_does_not_run_into_the_next():
    people = _people_listed("Beslutande ledamöter   Eva Holm (S), ordförande, Norrby kommun\n"
                            "                       Sara Vik, Arbetsförmedlingen\n"
                            "                       Per Lind, Försäkringskassan\n"
                            "                       Ola Berg (M), Storviks kommun\n")
    assert {"Sara Vik", "Per Lind", "Ola Berg"} <= set(people)
    assert not any("Arbetsförmedlingen" in name or "Försäkringskassan" in name for name in people)


def test_narrative_attendance_without_parties_names_the_presidium_before_the_members():
    people = _people_listed("Närvarande: ordföranden Eva Holm, vice ordföranden Per-Ola Vik samt\n"
                            "ledamöterna Sara Berg, Ola Lund och Kim Ek.\n")
    assert people["Eva Holm"][1] == ["ordförande"] and people["Per-Ola Vik"][1] == ["vice ordförande"]
    assert people["Kim Ek"][1] == ["ledamot"]


def test_staff_under_a_label_column_that_says_they_take_part_besides_the_members():
    people = _attendance("Ledamöter\tGun Ask (S), ordförande\n\tNils Berg (M)\nErsättare\tIda Dahl (S)\n"
                         "Därutöver deltar\tKai Ström, förvaltningschef\n\tMaj Lind, nämndsekreterare\n"
                         "Justerare\tNils Berg (M)\n")
    assert people["Ida Dahl"].roles == ["ersättare"]
    assert "tjänsteman" in people["Kai Ström"].roles and "ersättare" not in people["Kai Ström"].roles
    assert "ersättare" not in people["Maj Lind"].roles


def test_a_meeting_fact_between_a_signature_label_and_its_name_keeps_the_label_waiting():
    # A page's text layer gives the right-hand "Paragrafer" beside the dotted line before the name below it.
    people = _attendance("Ledamöter\nGun Ask (S)\nUnderskrifter\nSekreterare ......................\n"
                         "Paragrafer 4–7\nMaj Lind\nOrdförande ......................\nGun Ask\n")
    assert people["Maj Lind"].roles == ["sekreterare"]
    assert "ordförande" in people["Gun Ask"].roles


def test_the_reserve_named_after_the_adjuster_is_no_adjuster():
    people = _attendance("Ledamöter\nGun Ask (S)\nNils Berg (M)\nTjänstepersoner\nMaj Lind, nämndsekreterare\n"
                         "Justerare\nGun Ask (S) med Nils Berg (M) som ersättare\nJusteringens plats och tid\n"
                         "Stadshuset\n")
    assert people["Gun Ask"].roles == ["ledamot", "justerare"]
    assert people["Nils Berg"].roles == ["ledamot"]
    people = _attendance("Ledamöter\nGun Ask (S)\nNils Berg (M)\nJusterare: Gun Ask (S) med Nils Berg (M) som reserv\n")
    assert people["Nils Berg"].roles == ["ledamot"]


def test_the_meeting_date_in_a_lead_whose_next_sentence_tells_of_the_adjustment():
    text = ("Norrby kommun\nProtokoll – Kulturnämnden\nSammanträde tisdagen den 3 juni 2025 kl. 13.00 i Rådhuset. "
            "Protokollet justerades 2025-06-10.\n" + _PAR)
    assert _minutes(text).meeting_date.value == "2025-06-03"


def test_ersattare_ej_tjanstg_abbreviated_in_a_label_column_gives_the_ersattare_role():
    people = _attendance(
        "Kulturnämnden\n\n"
        "Beslutande ledamöter      Eva Lund (S), ordförande\n"
        "                          Bo Ek (M)\n\n"
        "Tjänstgörande ersättare   Leif Sand (S) för Anna Berg (S)\n\n"
        "Ersättare, ej tjänstg.    Olle Nord (M), Siv Dahl (C)\n\n"
        "Övriga närvarande         Kim Ros, kultursekreterare\n")
    assert people["Leif Sand"].roles == ["tjänstgörande ersättare"]
    assert people["Olle Nord"].roles == people["Siv Dahl"].roles == ["ersättare"]


def test_ersattare_tjanstgor_for_under_a_plain_heading_is_only_a_serving_ersattare():
    # The role word opens the substitution note: "Name (P), ersättare, tjänstgör för X (P)".
    people = _attendance("Närvarande\n  Karin Ulv (S), ordförande\n"
                         "  Tor Bäck (M), ersättare, tjänstgör för Lisa Fors (M)\n  Nils Ahl (C)\n"
                         "  Ida Rost (V), ersättare, tjänstgör för Per Holm (V) § 7\n")
    assert people["Tor Bäck"].roles == ["tjänstgörande ersättare"] and people["Tor Bäck"].replaces == "Lisa Fors"
    assert people["Lisa Fors"].roles == []
    # Serving in one paragraph only, she is an ersättare in the others.
    assert people["Ida Rost"].roles == ["ersättare", "tjänstgörande ersättare"]


def test_names_below_fewer_signature_labels_take_the_label_of_the_nearest_column():
    # Two adjusters under "Justerare" and the chair, without a party, under "Ordförande" further right.
    roles = _roles(_minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-03-11\n\n§ 5  Ärende\n\nBeslut\nFörslaget bifalls.\n\n"
        "Vid protokollet\n\nAnna Berg\nSekreterare\n\n"
        "Justerare                                     Ordförande\n\n"
        "Lena Ek (S)         Olof Ros (C)              Karl Sten\n"))
    assert roles["Lena Ek"] == roles["Olof Ros"] == ("justerare",)
    assert roles["Karl Sten"] == ("ordförande",)


def test_a_serving_substitute_named_after_the_members_in_running_text_is_no_member():
    m = _minutes("Kultur- och fritidsnämnden\nSammanträdesdatum 2025-01-20\nNärvarande\n"
                 "Beslutande: Åsa Berg (C), ordförande, Ola Dahl (S), vice ordförande, ledamöterna Pia Nord (M),\n"
                 "Jon Hed (S) och Kim Ask (L) samt Leo Rask (S), tjänstgörande ersättare\nför Ida Moberg (S).\n\n"
                 "§ 1 Ärende\nBeslut\nNämnden beslutar att godkänna.\n")
    roles = _roles(m)
    assert roles["Leo Rask"] == ("tjänstgörande ersättare",)
    assert roles["Kim Ask"] == ("ledamot",) and roles["Ola Dahl"] == ("vice ordförande",)


def test_an_abbreviated_serving_note_in_a_vote_tables_name_cell_makes_the_voter_a_serving_ersattare():
    # "Name, tjg ersättare" in a vote table whose party stands in its own column: the whole note is the role.
    text = ("Tekniska nämnden\nSammanträdesdatum 2024-09-10\n\n§ 77 Taxa för slamtömning\n\n"
            "Omröstning\nNamn\tParti\tJa\tNej\tAvstår\nIngvar Tjäder, ordförande\tC\tX\t\t\n"
            "Rut Almgren\tM\t\tX\t\nSvante Lök, tjg ersättare\tS\tX\t\t\nHanna Ros, tjg. ers.\tV\tX\t\t\n"
            "Summa\t\t3\t1\t0\n\nBeslut\nNämnden antar taxan.\n")
    roles = _roles(_minutes(text))
    assert roles["Svante Lök"] == ("tjänstgörande ersättare",)
    assert roles["Hanna Ros"] == ("tjänstgörande ersättare",)
    assert roles["Rut Almgren"] == ()


def test_attendance_by_exception_in_the_passive_pairs_each_absent_member_with_the_substitute_replacing_him():
    # "…utom A och B, som ersattes av de tjänstgörande ersättarna C respektive D." wrapped over three lines of a
    # label column: both substitutes serve, each for the member in the same place.
    text = ("Kommunfullmäktige\nSammanträdesdatum 2024-10-21\n\n"
            "Beslutande        Samtliga ledamöter utom Sigrid Alm (C) och Nils Ljung (KD), som\n"
            "                  ersattes av de tjänstgörande ersättarna Ebba Fors (C) respektive\n"
            "                  Tor Vik (KD). Närvarolista, se bilaga 1.\n\n"
            "§ 40 Val av revisor\n\nBeslut\nFullmäktige väljer revisorn.\n")
    m = _minutes(text)
    roles = _roles(m)
    assert roles["Ebba Fors"] == ("tjänstgörande ersättare",)
    assert roles["Tor Vik"] == ("tjänstgörande ersättare",)
    assert {p.name: p.replaces for p in m.persons if p.replaces} == {"Ebba Fors": "Sigrid Alm",
                                                                     "Tor Vik": "Nils Ljung"}


def test_attendance_by_exception_pairs_substitutes_joined_by_an_abbreviated_respektive():
    # "…, som ersätts av de tjänstgörande ersättarna C resp. D.": the abbreviation pairs like the full word, with
    # the second substitute's name on the next line of the label column.
    text = ("Miljönämnden\nSammanträdesdatum 2024-05-14\n\n"
            "Närvarande        Samtliga ledamöter med undantag av Helge Strid (L) och Maria Kvist (V),\n"
            "                  som ersätts av de tjänstgörande ersättarna Anton Bäck (L) resp.\n"
            "                  Selma Rudh (V).\n\n"
            "§ 8 Val av justerare\n\nBeslut\nNämnden väljer justerare.\n")
    m = _minutes(text)
    roles = _roles(m)
    assert roles["Anton Bäck"] == ("tjänstgörande ersättare",)
    assert roles["Selma Rudh"] == ("tjänstgörande ersättare",)
    assert {p.name: p.replaces for p in m.persons if p.replaces} == {"Anton Bäck": "Helge Strid",
                                                                     "Selma Rudh": "Maria Kvist"}


def test_justerandes_signatur_in_a_row_of_signature_labels_is_the_justerares_label_but_not_as_a_page_footer():
    # The names in the row under "Justerandes signatur | Ordförande | Sekreterare" sign in that order; the same
    # words alone at a page's foot label nothing.
    text = ("Barn- och utbildningsnämnden\nSammanträdesdatum 2024-03-05\nJusterare: Åke Sundin (L)\n\n"
            "§ 12 Skolskjutsregler\n\nBeslut\nNämnden antar reglerna.\n\n"
            "Justerandes signatur\tOrdförande\tSekreterare\n"
            "....................\t....................\t....................\n"
            "Åke Sundin\tLinnea Hjort\tGöta Berg\n\n"
            "Justerandes signatur\n\nUtdragsbestyrkande\n")
    roles = _roles(_minutes(text))
    assert roles["Åke Sundin"] == ("justerare",)
    assert roles["Linnea Hjort"] == ("ordförande",)
    assert roles["Göta Berg"] == ("sekreterare",)


def test_an_official_with_the_unit_in_brackets_before_the_title_is_staff_and_the_unit_no_organisation():
    # "Name (Unit), title" under the officials' label: the title after the bracket makes the official staff; a
    # union's ombud after the union in brackets stays without a role.
    text = ("Tekniska nämnden\nSammanträdesdatum 2024-09-10\nLedamöter\tEva Ek (S), ordförande\n"
            "Tjänstemän\tSara Lindh, förvaltningschef\n\tAxel Moe (Gata och park), projektledare, § 4\n"
            "\tLis Berg (Vision), skyddsombud\n\tJenny Strand, nämndsekreterare\nJusterare\tEva Ek\n\n"
            "§ 4 Ärende\n\nBeslut\nNämnden beslutar.\n")
    m = _minutes(text)
    roles = _roles(m)
    assert roles["Axel Moe"] == ("tjänsteman",)
    assert roles["Lis Berg"] == ()
    assert "Gata och park" not in {o.value for o in m.organisations}


def test_a_table_of_contents_after_the_signatures_gives_its_names_no_signature_role():
    m = _minutes("Kommunfullmäktige                    Sammanträdesdatum 2026-02-02\n\n"
                 "Utses att justera       Per Holm (S) och Siv Ek (M)\n\n"
                 "Underskrifter           Sekreterare   ..................\n"
                 "                                      Lisa Nord\n\n"
                 "                        Justerande    ..................   ..................\n"
                 "                                      Per Holm             Siv Ek\n\n"
                 "Innehållsförteckning\n\n§ 5    Val av justerare\n"
                 "§ 6    Entledigande från uppdrag som ledamot i kulturnämnden – Mona Vik (L)\n\n"
                 "§ 5\nVal av justerare\n\nBeslut\nPer Holm (S) och Siv Ek (M) utses att justera.\n\n"
                 "§ 6\nEntledigande från uppdrag som ledamot i kulturnämnden – Mona Vik (L)\n\nBeslut\n"
                 "Mona Vik entledigas.\n")
    people = {p.name: p.roles for p in m.persons}
    assert people["Mona Vik"] == () and people["Per Holm"] == ("justerare",)


def test_a_contents_entry_with_one_space_and_a_dotted_leader_names_no_one():
    people = _attendance("Övriga närvarande\nKarin Öst, förvaltningschef\n"
                         "Justerare\tNils Ahl (C)\n"
                         "Innehåll\n§ 12 Remissvar IT-strategi, Region Norr ........................\tsid 3\n"
                         "§ 13 Avtal om färdtjänst ........................\t4\n")
    assert "Remissvar IT-strategi" not in people and set(people) == {"Karin Öst", "Nils Ahl"}


def test_another_bodys_chair_who_reports_is_a_person_without_role():
    m = _minutes("Kommunfullmäktige\n\n§ 4\nAnsvarsfrihet\n\nÄrendet\nRevisionen har granskat året. Valnämndens "
                 "ordförande Olof Trana redogör för granskningen.\n\nBeslut\nFullmäktige beviljar ansvarsfrihet.\n")
    assert {p.name: p.roles for p in m.persons}.get("Olof Trana") == ()


def test_r13e_serving_group_word_wrapped_after_tjanstgorande_gives_no_ersattare_role():
    # "… de tjänstgörande\n    ersättarna A (C) respektive B (V)": the group word wrapped onto the next line of a
    # label column; the first substitute is a serving one only.
    people = _people_of_page("Tekniska nämnden\nSammanträdesdatum 2025-10-02\n\n"
                             "Beslutande          Samtliga ledamöter med undantag av ledamöterna Ola Brink (C)\n"
                             "                    och Siv Holm (V), vilka ersätts av de tjänstgörande\n"
                             "                    ersättarna Rut Lans (C) respektive Emil Vass (V).\n"
                             "                    Ordförande: Bo Tall (C)\n\n"
                             "Utses att justera   Siv Holm (V)\n")
    assert people["Rut Lans"][1] == ("tjänstgörande ersättare",)
    assert people["Emil Vass"][1] == ("tjänstgörande ersättare",)


def test_a_bulleted_vice_chair_with_the_role_word_before_the_name_keeps_the_role():
    m = _minutes("Kommunfullmäktiges presidium\nSammanträdesdatum: 2024-11-06\nNärvarande\n"
                 "- Ordförande Kurt Ahl (M)\n- 1:e vice ordförande Siv Berg (S)\n- 2:e vice ordförande Ola Dahl (SD)\n"
                 "§ 3 Budget\nBeslut\nBudgeten fastställs.\n")
    roles = _roles(m)
    assert roles["Siv Berg"] == ("vice ordförande",) and roles["Ola Dahl"] == ("vice ordförande",)


def test_a_two_word_job_title_before_the_name_makes_an_official():
    m = _minutes("Kommunstyrelsens arbetsutskott\nSammanträdesdatum: 2025-02-11\nNärvarande ledamöter: Kurt Ahl (M), "
                 "ordf.\n\nTjänstemän: kommundirektör Mona Lind, biträdande förvaltningschef Eva Sund\n\n"
                 "§ 4 Budget\nBeslut\nBudgeten fastställs.\n")
    roles = _roles(m)
    assert roles["Mona Lind"] == ("tjänsteman",) and roles["Eva Sund"] == ("tjänsteman",)


def test_officials_with_titles_before_a_party_member_of_a_running_staff_line_are_officials():
    m = _minutes("Kommunstyrelsens arbetsutskott\nSammanträdesdatum: 2025-02-11\nNärvarande ledamöter: Kurt Ahl (M), "
                 "ordf.\n\nDessutom närvarande: kanslichef Mona Lind, ekonomichef Per Norén (§ 4) samt Ivar Sten (S), "
                 "förtroendevald revisor (§ 4).\n\n§ 4 Budget\nBeslut\nBudgeten fastställs.\n")
    roles = _roles(m)
    assert roles["Mona Lind"] == ("tjänsteman",) and roles["Per Norén"] == ("tjänsteman",)
    assert roles["Ivar Sten"] == ()


def test_r13i_a_city_named_in_the_genitive_in_a_tabbed_header_row_is_no_person():
    # An e-mail's subject row above the extract: "Västby Stads" (the city's own name "Västby Stad", in the genitive)
    # is two capitalised words, not a person's name.
    m = _minutes("Ämne:\tUtdrag KS 2025-03-04 § 7 – Yttrande över Västby Stads grönplan\n"
                 "Diarienummer: KS 2025/88\nOrdförande: Siv Lund\nJusterare: Ola Berg\nSekreterare: Kim Ek\n")
    assert "Västby Stads" not in _roles(m)
    assert _roles(m)["Ola Berg"] == ("justerare",)


def test_combined_roll_with_a_vote_heading_run_into_its_first_side_column():
    # "§ 5 Ja" is the paragraph's heading spanning the Ja and Nej columns, joined with "Ja" by the text layer.
    people = _attendance("Närvaro- och omröstningslista\n"
                         "Ledamot\tParti\tNärv.\tTjänstgörande ersättare\t§ 5 Ja\tNej\n"
                         "Stina Bok, ordf.\tS\tX\t\tX\n"
                         "Olle Dal, 1:e vice ordf.\tM\tX\t\tX\n"
                         "Gun Ås\tS\tX\t\tX\n"
                         "Kent Vik\tS\t-\tMaj Berg (S)\tX\n"
                         "Ida Holm\tV\tX\t\t\tX\n")
    assert people["Stina Bok"].party == "S" and people["Stina Bok"].roles == ["ordförande"]
    assert people["Olle Dal"].party == "M" and people["Olle Dal"].roles == ["vice ordförande"]
    assert people["Gun Ås"].roles == people["Ida Holm"].roles == ["ledamot"]
    assert people["Maj Berg"].roles == ["tjänstgörande ersättare"] and people["Maj Berg"].replaces == "Kent Vik"


def test_presidium_and_adjusters_named_in_sentences_of_a_running_attendance_paragraph():
    people = _attendance("Närvarande: Samtliga ordinarie ledamöter utom Kent Vik (M). Ordförande var Stina Bok (M), "
                         "vice ordförande Olle Dal (S). Protokollet justerades av Olle Dal och Gun Ås.\n")
    assert people["Stina Bok"].roles == ["ordförande"]
    assert people["Olle Dal"].roles == ["vice ordförande", "justerare"]
    assert people["Gun Ås"].roles == ["justerare"] and people["Kent Vik"].roles == []


def test_signature_row_whose_first_name_restates_the_label_waiting_above_it():
    people = _attendance("Vid protokollet                   Ordförande                       Justerare\n"
                         "Sekreterare Maj Berg              Stina Bok                        Olle Dal\n")
    assert people["Maj Berg"].roles == ["sekreterare"]
    assert people["Stina Bok"].roles == ["ordförande"] and people["Olle Dal"].roles == ["justerare"]


def test_a_company_board_s_vd_heading_lists_its_staff():
    people = _attendance("Närvarande styrelseledamöter\n  Karl Berg (S), ordförande\n  Anna Lund (M)\n\n"
                         "Suppleanter\n  Maja Ek (C)\n\nVD och adjungerade\n  Per Ås, verkställande direktör\n"
                         "  Lisa Holm, fastighetschef\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Maja Ek"] == ["ersättare"]
    assert roles["Per Ås"] == ["tjänsteman"] and roles["Lisa Holm"] == ["tjänsteman"]


def test_a_suppleant_tjanstgorande_i_stallet_for_a_member_in_a_list_without_parties():
    people = _attendance("Ledamöter\tKarl Berg, ordförande\n\tAnna Lund\n"
                         "Suppleanter\tOla Svensson, tjänstgörande i stället för Eva Nilsson\n\tMaja Ek\n"
                         "Frånvarande\tEva Nilsson\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Ola Svensson"] == ["tjänstgörande ersättare"] and people["Ola Svensson"].replaces == "Eva Nilsson"
    assert roles["Eva Nilsson"] == [] and roles["Maja Ek"] == ["ersättare"]


def test_an_official_with_a_title_naming_the_employer_after_it():
    people = _attendance("Ledamöter\tKarl Berg, ordförande\n"
                         "Övriga närvarande\tPer Ås, verkställande direktör\n"
                         "\tLars Ahl, vd Moderbolaget Holding AB, adjungerad\n\tEva Ek, ekonomichef Region Dal\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Lars Ahl"] == ["tjänsteman"] and roles["Eva Ek"] == ["tjänsteman"]
    assert not any("AB" in n or "Region" in n for n in roles)


def test_an_abbreviated_title_at_a_line_s_end_is_no_first_name_wrapping_to_the_next_line():
    people = _attendance("Närvarande ledamöter\tKarl Berg (S), ordförande\n\tAnna Lund (M)\n"
                         "Övriga närvarande\tPer Ås, VD\n\tLisa Holm, ekonomichef, sekreterare\n")
    roles = {n: p.roles for n, p in people.items()}
    assert roles["Per Ås"] == ["tjänsteman"] and "tjänsteman" in roles["Lisa Holm"]


def test_serving_heading_with_the_paragraphs_it_covers_after_it():
    people = _attendance("2:e vice ordförande  Greta Malm (S)\n\nTjänstgörande ersättare från och med § 8\n"
                         "  Viktor Sand (L) för Ebba Rydén (L)\n")
    assert people["Viktor Sand"].roles == ["tjänstgörande ersättare"]
    assert people["Ebba Rydén"].roles == []


def test_attendance_changes_heading_gives_no_role_of_the_line_above():
    people = _attendance("1:e vice ordförande  Greta Malm (S)\n\nNärvaroförändringar\n"
                         "  Torsdag: ledamoten Nora Vik (C) kommer kl. 14.10 under § 3.\n"
                         "  Fredag: Alvar Strand (KD) går kl. 11.00 efter § 9.\n")
    assert people["Nora Vik"].roles == ["ledamot"]
    assert people["Alvar Strand"].roles == []


def test_clock_timed_log_rows_take_no_role_of_the_label_above():
    people = _attendance("Justerare\tIda Kvist (MP)\nKl.\tHändelser under mötet\n"
                         "13.20\tOsvald Berg (V) lämnar mötet efter § 4.\n14.05–14.20\tPaus.\n")
    assert people["Ida Kvist"].roles == ["justerare"]
    assert people["Osvald Berg"].roles == []


def test_meeting_over_two_days_is_dated_by_its_first_day():
    text = ("Regionfullmäktige\nSammanträdesdagar   Onsdagen den 11 och torsdagen den 12 juni 2025\n\n" + _PAR)
    assert _minutes(text).meeting_date.value == "2025-06-11"
    text = "Regionfullmäktige\nSammanträdesdatum 16–17 september 2025\n\n" + _PAR
    assert _minutes(text).meeting_date.value == "2025-09-16"


def test_note_column_serving_for_some_paragraphs_keeps_the_ersattare_role():
    people = _attendance("Namn\tParti\tFunktion\tAnteckning\nHelmer Ås\tV\tLedamot\tGick efter § 6\n"
                         "Tove Rask\tV\tErsättare\tTjänstgjorde §§ 7–9 för Helmer Ås (V)\n")
    assert people["Tove Rask"].roles == ["ersättare", "tjänstgörande ersättare"]
    assert people["Tove Rask"].replaces == "Helmer Ås"


def test_two_column_list_with_a_serving_note_after_the_party_without_comma():
    people = _attendance("Ledamöter\tErsättare\nSigrid Öst (C), ordförande\tKlas Berg (M) tjg för Dan Ling (M)\n"
                         "Hugo Falk (M)\tMira Ståhl (S)\n")
    assert people["Klas Berg"].roles == ["tjänstgörande ersättare"] and people["Klas Berg"].replaces == "Dan Ling"
    assert people["Dan Ling"].roles == [] and people["Mira Ståhl"].roles == ["ersättare"]
    assert people["Hugo Falk"].roles == ["ledamot"]


def test_staff_list_beside_the_adjuster_label_keeps_the_staff_out_of_it():
    people = _attendance("Övriga närvarande\tUtses att justera\nRut Lindgren, skolchef\tHugo Falk\n"
                         "Aron Björk, controller\n")
    assert people["Rut Lindgren"].roles == ["tjänsteman"]
    assert people["Hugo Falk"].roles == ["justerare"]
    # The row of names above such a heading row is no signature: "X tjg för Y" / "Övriga deltagare<TAB>Justerare".
    people = _attendance("Beslutande\nEva Lind (S), ordförande\nSara Berg (S) tjg för Nils Ahl (S)\n"
                         "Övriga deltagare\tJusterare\nRut Lindgren, skolchef\tEva Lind\n")
    assert people["Nils Ahl"].roles == [] and "justerare" not in people["Sara Berg"].roles
    assert people["Eva Lind"].roles == ["ordförande", "justerare"]


def test_signatures_padded_apart_by_no_break_spaces_after_a_colon_label():
    people = _attendance("Övriga deltagare: Tekla Ring, nämndsekreterare\n"
                         "Underskrifter: Sekreterare Tekla Ring \u00a0 Ordförande Bo Vall \u00a0 Justerande Eja Kron\n")
    assert people["Tekla Ring"].roles == ["tjänsteman", "sekreterare"]
    assert people["Bo Vall"].roles == ["ordförande"] and people["Eja Kron"].roles == ["justerare"]


def test_member_groups_headed_by_where_the_members_sit_in_a_hybrid_meeting():
    # "Ledamöter närvarande i salen" / "Ledamöter som deltar på distans (Zoom)": the members' heading with the place
    # words after it; the names below must not take the presidium label above them.
    people = _attendance(
        "Ordförande           Greta Holm (S)\n"
        "2:e vice ordförande  Nils Berg (M), på distans\n\n"
        "Ledamöter närvarande i salen\n"
        "                     Ada Strand (S), Olof Kvist (C)\n\n"
        "Ledamöter som deltar på distans (Zoom)\n"
        "                     Rut Lindahl (V), Sixten Ek (L)\n")
    assert people["Nils Berg"].roles == ["vice ordförande"]
    for name in ("Ada Strand", "Olof Kvist", "Rut Lindahl", "Sixten Ek"):
        assert people[name].roles == ["ledamot"], name
    assert label_role("Ledamöter som deltar på distans ska ha kameran på") is None


def test_members_who_did_not_take_part_in_a_decision_per_capsulam_are_absent():
    people = _attendance(
        "Ledamöter som har deltagit i beslutet   Ebba Nord (C), ordförande\n"
        "                                        Leo Sten (S)\n"
        "Ej deltagande                           Siv Ahl (S)\n"
        "Tjänsteman                              Rut Ask, förvaltningschef\n")
    assert people["Leo Sten"].roles == ["ledamot"]
    assert "Siv Ahl" not in people or people["Siv Ahl"].roles == []
    assert label_role("Ej deltagande:") == ("-", 14)


def test_a_substitution_role_cell_before_another_column_names_the_member_on_the_line_below():
    # "tjg ersättare för" in the role column with a presence column after it, the member replaced wrapped below.
    people = _attendance(
        "Beslutande           Funktion              Plats\n"
        "Greta Lund (S)       ordförande            i rådhuset\n"
        "Nils Ahl (M)         ledamot               via Zoom\n"
        "Vera Kask (V)        tjg ersättare för     via Zoom\n"
        "                     Bo Grön (V)\n")
    assert people["Vera Kask"].roles == ["tjänstgörande ersättare"]
    assert people["Vera Kask"].replaces == "Bo Grön"
    assert people["Bo Grön"].roles == []
    assert people["Nils Ahl"].roles == ["ledamot"]


def test_a_signature_label_beside_a_list_heading_names_only_the_name_in_its_own_column():
    # Two columns flattened row by row: the staff list on the left, the adjuster on the right.
    for gap in ("\t", "          "):
        people = _attendance(f"Övriga deltagare{gap}Justerare\nLinnea Åkerlund, kulturchef{gap}Sten Wallin (C)\n"
                             "Hugo Brandt, nämndsekreterare\n")
        assert people["Linnea Åkerlund"].roles == ["tjänsteman"]
        assert people["Sten Wallin"].roles == ["justerare"]
        assert "justerare" not in people["Hugo Brandt"].roles


def test_attendance_by_exception_with_the_substitute_in_a_sentence_of_its_own():
    people = _attendance("Närvarande: samtliga ordinarie ledamöter utom Rolf Nyberg (L). I hans ställe tjänstgjorde "
                         "Siv Ahlqvist (L).\nOrdförande: Tore Lundin (S)\n")
    assert (people["Siv Ahlqvist"].roles, people["Siv Ahlqvist"].replaces) == (["tjänstgörande ersättare"],
                                                                               "Rolf Nyberg")
    assert (people["Rolf Nyberg"].party, people["Rolf Nyberg"].roles) == ("L", [])


def test_a_party_column_after_the_substitutes_name_is_not_the_replaced_members():
    # "Ledamöter | Parti | Ersättare | Parti": each party cell is the name's beside it; the member replaced has none
    # written (a party column before the names, as the Parti | Ledamöter table above, is the whole row's).
    people = _attendance("Ledamöter\tParti\tErsättare\tParti\n"
                         "Elsa Byström, ordförande\tS\tIvar Lindkvist, tjg för Olof Granberg\tS\n"
                         "Karl Sundin\tM\tFrida Holm\tC\n")
    assert people["Ivar Lindkvist"].party == "S" and people["Ivar Lindkvist"].roles == ["tjänstgörande ersättare"]
    assert (people["Olof Granberg"].party, people["Olof Granberg"].roles) == (None, [])
    assert people["Frida Holm"].party == "C"


def test_two_partied_names_one_space_apart_under_a_two_column_list_are_one_per_column():
    # An OCR'd table whose columns slid together: the second name is the Ersättare column's.
    people = _attendance("Beslutande\tErsättare\nTyra Möll (S), ordförande\tOve Gran (S)\n"
                         "Kaj Stuve (C) Rakel Hjort (KD)\nPia Ribb (M)\n")
    assert people["Rakel Hjort"].roles == ["ersättare"] and people["Rakel Hjort"].party == "KD"
    assert people["Kaj Stuve"].roles == [] and people["Kaj Stuve"].party == "C"


def test_signatures_as_name_and_role_after_a_signature_label_s_colon_set_apart_by_middle_dots():
    people = _attendance("Underskrifter: Siv Ahl, sekreterare · Tor Eng, ordförande · Lisa Bo, justerare\n")
    roles = {name: set(p.roles) for name, p in people.items()}
    assert roles == {"Siv Ahl": {"sekreterare"}, "Tor Eng": {"ordförande"}, "Lisa Bo": {"justerare"}}


def test_a_two_column_first_page_keeps_the_presidium_and_a_wrapped_member_replaced_beside_a_heading():
    people = _attendance(
        "Beslutande                                Övriga närvarande\n"
        "Elin Fors (M), ordförande                 Kent Wall, kommunchef\n"
        "Omar Said (S), vice ordförande            Lisa Tuna, ekonomichef\n"
        "Rut Lagerström (L)                        Ebba Nord, sekreterare\n"
        "Vera Alm (KD), tjg ersättare för\n"
        "  Gösta Hellström (KD)                    Ersättare\n"
        "                                          Jon Berg (V)\n")
    assert people["Elin Fors"].roles == ["ordförande"]
    assert people["Omar Said"].roles == ["vice ordförande"]
    assert people["Kent Wall"].roles == ["tjänsteman"]
    assert people["Vera Alm"].roles == ["tjänstgörande ersättare"]
    assert people["Gösta Hellström"].roles == []
    assert people["Jon Berg"].roles == ["ersättare"]


def test_r14m_a_table_headed_by_the_word_for_those_present_over_a_party_and_a_function_column():
    people = _attendance("Socialnämnden\nSammanträdesdatum: 2024-03-12\nNärvarande\tParti\tFunktion\n"
                         "Anna Berg\tS\tOrdförande\nPer Ek\tM\t1:e vice ordförande\nLisa Holm\tC\tLedamot\n"
                         "Karin Sjö\t\tSocialchef\nOla Rask\t\tNämndsekreterare\n\n§ 1\tÄrende\nText.\n")
    assert people["Karin Sjö"].roles == ["tjänsteman"] and people["Ola Rask"].roles == ["tjänsteman"]
    assert people["Per Ek"].roles == ["vice ordförande"] and people["Lisa Holm"].roles == ["ledamot"]


def test_r14m_a_comma_note_ersatter_after_the_party_in_a_semicolon_list_of_those_deciding_is_a_serving_substitute():
    people = _attendance("Socialnämnden\nDatum: 2024-03-12\nBeslutande: Anna Berg (S), ordförande; Lisa Holm (C); "
                         "Karin Sjö (KD), ersätter Ola Rask (KD)\nJusterare: Lisa Holm (C)\n\n§ 1\tÄrende\nText.\n")
    assert people["Karin Sjö"].roles == ["tjänstgörande ersättare"] and people["Karin Sjö"].replaces == "Ola Rask"
    assert people["Ola Rask"].roles == []


def test_r14m_narrative_attendance_without_parties_with_serving_substitutes_and_a_reserve_adjuster():
    people = _attendance(
        "Kulturnämnden\nSammanträdesdatum 2025-03-11\n\n"
        "Närvarande           Eva Holm, ordförande, Nils Berg, vice ordförande,\n"
        "                     ledamöterna Anna Ek, Per Sand, Lisa Nord och\n"
        "                     Olle Lind samt Kim Ros som tjänstgörande ersättare\n"
        "                     för Siv Dahl.\n"
        "                     Ersättaren Ulf Ås tjänstgör för Per Sand under § 4 på grund\n"
        "                     av jäv.\n\n"
        "Justerare            Lisa Nord, med Anna Ek som ersättare\n\n§ 1  Ärende\n\nText.\n")
    assert people["Kim Ros"].roles == ["tjänstgörande ersättare"] and people["Kim Ros"].replaces == "Siv Dahl"
    assert people["Siv Dahl"].roles == []
    assert people["Ulf Ås"].roles == ["tjänstgörande ersättare"] and people["Per Sand"].roles == ["ledamot"]
    assert people["Anna Ek"].roles == ["ledamot"] and people["Lisa Nord"].roles == ["ledamot", "justerare"]


def test_r14m_the_reserve_adjusters_note_in_a_column_of_its_own_after_the_tab():
    people = _attendance("Kulturnämnden\nSammanträdesdatum 2025-03-11\nLedamöter\tErsättare\n"
                         "Eva Holm (S), ordförande\tKim Ros (S)\nPer Sand (M)\tUlf Ås (L)\nLisa Nord (V)\n"
                         "Justerare: Per Sand (M) med Lisa Nord (V)\tsom ersättare\n"
                         "Justeringens plats och tid: Stadshuset\n\n§ 1  Ärende\n\nText.\n")
    assert people["Per Sand"].roles == ["ledamot", "justerare"] and people["Lisa Nord"].roles == ["ledamot"]


def test_a_lower_case_party_after_a_comma_before_a_serving_note_in_brackets():
    # "Name, v (tjg för Name, s)": the party after the comma is the substitute's, the one in the note the member's.
    text = ("Kulturnämnden\nSammanträdesdatum 2023-03-07\n\n"
            "Ordförande:          Gösta Lundin, c\n"
            "Övriga ledamöter:    Berit Sjöholm, s; Nils Fager, m;\n"
            "                     Saga Hellström, mp (tjg för Olof Rapp, s)\n"
            "Justerare:           Nils Fager\n\n"
            "§ 3 Val av justerare\n\nBeslut\nNämnden väljer justerare.\n")
    m = _minutes(text)
    saga = next(p for p in m.persons if p.name == "Saga Hellström")
    assert (saga.party, saga.replaces) == ("MP", "Olof Rapp")
    assert saga.roles == ("tjänstgörande ersättare",)


def test_an_ersattare_who_serves_in_one_paragraph_only_keeps_the_ersattare_role():
    # Listed under "Ersättare" with a serving note limited to a paragraph: she serves there and attends the rest
    # as an ersättare, so both roles; the member she replaces gets none.
    text = ("Byggnadsnämnden\nSammanträdesdatum 2024-11-05\n\n"
            "Beslutande           Ivar Ståhl (S), ordförande\n"
            "                     Tilde Norén (M)\n\n"
            "Ersättare            Ronja Blom (C), tjänstgör § 31 för Tilde Norén\n"
            "                     Axel Frid (L)\n\n"
            "§ 30 Val av justerare\n\nBeslut\nNämnden väljer justerare.\n")
    m = _minutes(text)
    ronja = next(p for p in m.persons if p.name == "Ronja Blom")
    assert set(ronja.roles) == {"ersättare", "tjänstgörande ersättare"}
    assert ronja.replaces == "Tilde Norén"
    assert _roles(m)["Axel Frid"] == ("ersättare",)
