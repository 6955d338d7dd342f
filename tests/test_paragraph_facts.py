"""extract/paragraph.py: decisions, proposals, statements, reservations, referrals, agreements."""

from __future__ import annotations

import pytest
from parsing_helpers import (
    _BOARD_COLUMN_HEAD,
    _H31_HEAD,
    _H35_DOC,
    _KF_HEAD,
    _KF_JUNE_HEAD,
    _KS_HEAD,
    _PN_HEAD,
    _PRESIDIUM,
    _mapped,
    _minutes,
    _par,
    _src,
)

from kommungraf.extract import extract_minutes
from kommungraf.extract.paragraph import Context, find_referral


@pytest.mark.parametrize("decision, points", [
    ("Kommunstyrelsen beslutar att anta förslaget\nsom sitt eget.\n\nParagrafen förklaras omedelbart justerad.", 1),
    ("Kommunstyrelsen beslutar\natt godkänna avsiktsförklaringen, samt\natt anvisa 350 000 kronor\n2006.", 2),
    ("Kommunfullmäktige beslutar att\n\n- uppdra åt nämnden, samt\n\n- i övrigt anse motionen besvarad.", 2),
    ("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.", 1),
    ("Direktionen har således beslutat enligt Annas yrkande.", 0),
    # The att-satser on their own lines without "att"; a sentence after them is no point.
    ("Kommunstyrelsen beslutar att\nanta riktlinjerna för skolskjuts,\nuppdra åt nämnden att återkomma\nmed en plan."
     "\nParagrafen förklaras omedelbart justerad.", 2),
    ("Kommunstyrelsen beslutar att\nbevilja bidrag till föreningarna Ek, Alm,\nsamt Lind.", 1),
    # A prose decision wrapped after a comma: the next line continues it (a clause starts with its verb).
    ("Kommunstyrelsen beslutar att\ngodkänna förslaget till ny taxa,\ni enlighet med förvaltningens förslag.", 1),
])


def test_a_decision_without_a_heading_is_the_sentence_in_which_the_body_decides(decision, points):
    par = _minutes(f"Kommunstyrelsen\n\n§ 5   Ärende\n\nBakgrund i löptext.\n\n{decision}\n").paragraphs[0]
    assert len(par.decision_points) == points


def test_a_non_serving_ersattare_joining_a_statement_makes_an_ersattaryttrande():
    m = _minutes("Utbildningsnämnden\n\nEj tjänstgörande ersättare   Elin Kask (KD)\n\n§ 12  Ärende\n\n"
                 "Särskilt yttrande\nCarina Stål (M) lämnar ett särskilt yttrande.\n"
                 "Elin Kask (KD) ställde sig bakom Moderaternas särskilda yttrande.\n")
    kinds = [(s.kind, [r.name for r in s.by], s.endorses) for s in m.paragraphs[0].statements]
    assert kinds == [("särskilt yttrande", ["Carina Stål"], None), ("ersättaryttrande", ["Elin Kask"], 0)]


def test_an_ersattare_joining_a_statement_in_that_capacity_makes_an_ersattaryttrande():
    # "ansluter sig som ersättare till yttrandet": the capacity stands between the verb and the statement joined.
    m = _minutes("Kulturnämnden\n\nErsättare   Gösta Vinge (C)\n\n§ 8  Ärende\n\n"
                 "Särskilt yttrande\nPetra Ulv (M) och Idun Falk (L) lämnar ett gemensamt särskilt yttrande om taxan. "
                 "Gösta Vinge (C) ansluter sig som ersättare till yttrandet.\n")
    kinds = [(s.kind, [r.name for r in s.by], s.endorses) for s in m.paragraphs[0].statements]
    assert kinds == [("särskilt yttrande", ["Petra Ulv", "Idun Falk"], None), ("ersättaryttrande", ["Gösta Vinge"], 0)]


def test_every_line_of_a_reservation_list_is_a_reservation_but_bare_signatures_are_not():
    m = _minutes("Kommunstyrelsen\n\n§ 220  Ärende\n\nReservationer\nLars Holm (SD) till förmån för eget yrkande.\n"
                 "Peder Marklund (M) och Åsa Berglund (KD) till förmån för\nåterremissyrkandet.\n"
                 "Helene Kvist (S)\n")
    assert [[r.name for r in s.by] for s in m.paragraphs[0].statements if s.kind == "reservation"] == \
        [["Lars Holm"], ["Peder Marklund", "Åsa Berglund"]]


def test_a_reservation_list_of_bare_names_one_a_line_under_the_heading_is_every_one_s_reservation():
    m = _minutes("Kommunfullmäktige\n\n§ 12  Motion om en badplats\n\nBeslut\nMotionen avslås.\n"
                 "Reservationer\nTove Alm (c)\nNils Hed (C)\nRut Sand (v)\nExpedieras\nKommunstyrelsen\n")
    assert [[r.name for r in s.by] for s in m.paragraphs[0].statements if s.kind == "reservation"] == \
        [["Tove Alm"], ["Nils Hed"], ["Rut Sand"]]


def test_a_statement_made_in_another_body_and_a_written_reservation_under_its_own_heading():
    m = _minutes("Regionfullmäktige\n\nRF § 87  Avsiktsförklaring\n\nSammanfattning\n"
                 "Stefan Haag (SD) lämnade ett särskilt yttrande i regionstyrelsen.\n\n"
                 "Reservationer\n\nModeraternas ledamöter reserverar sig skriftligt enligt följande:\n\n"
                 "  Reservation – RF § 87, avsiktsförklaring\n\n"
                 "  Vi delar målet men anser att regionen inte ska binda sig för investeringar i hamnarna.\n\n"
                 "  Visby 2024-06-17\n\n  Helena Ekström (M)                 Ulf Moberg (M)\n  Anders Björk (M)\n\n"
                 "Protokollsanteckning\n\nAnn-Christin Lund (L) antecknar till protokollet att hon ser positivt "
                 "på avsiktsförklaringen.\n")
    st = m.paragraphs[0].statements
    assert not [s for s in st if s.kind == "särskilt yttrande"]
    assert sorted(r.name for s in st if s.kind == "reservation" for r in s.by) == \
        ["Anders Björk", "Helena Ekström", "Ulf Moberg"]


def test_co_movers_are_proposers_and_a_wrapped_name_stays_in_its_sentence():
    m = _minutes("Kommunstyrelsen\n\n§ 220  Ärende\n\nYrkanden\nPeder Marklund (M) yrkar återremiss.\n"
                 "Åsa Berglund (KD) instämmer i Peder Marklunds återremissyrkande.\n"
                 "Peter Lind (V) yrkar, med instämmande av Anders Ryd (MP), att nämnden tillstyrker motionen.\n"
                 "\nReservation\n"
                 "Mot beslutet reserverar sig Anders Hedqvist (M), Eva Sandberg (FP) och Ulla\nGrahn (KD).\n")
    p = m.paragraphs[0]
    assert sorted(r.name for pr in p.proposals for r in pr.by) == \
        ["Anders Ryd", "Peder Marklund", "Peter Lind", "Åsa Berglund"]
    assert sorted(r.name for s in p.statements for r in s.by) == ["Anders Hedqvist", "Eva Sandberg", "Ulla Grahn"]


def test_reservers_after_a_note_on_the_appendix_between_the_names():
    m = _minutes("Miljönämnden\n\n§ 14  Tillsynsplan\n\nBeslut\nNämnden antar planen.\n\nReservation\n"
                 "Mot beslutet reserverar sig Sven Holm (KD), skriftligt enligt bilaga 3, samt Lotta Berg (C) och "
                 "Ali Demir (MP).\n")
    p = m.paragraphs[0]
    assert sorted(r.name for s in p.statements if s.kind == "reservation" for r in s.by) == \
        ["Ali Demir", "Lotta Berg", "Sven Holm"]


def test_a_statement_quoted_in_guillemets_and_a_substitute_joining_it():
    m = _minutes("Kulturnämnden\n\nBeslutande\nEva Holm (L), ordförande\nÅsa Berg (S)\n\nErsättare\nLeo Ring (L)\n\n"
                 "§ 22  Bibliotekets öppettider\n\nBeslut\nNämnden antar öppettiderna.\n\n"
                 "Särskilt yttrande\nLiberalerna, genom Eva Holm, lämnar följande särskilda yttrande: »Biblioteket "
                 "behövs på kvällarna. Filialerna får inte stänga.«\nErsättaren Leo Ring (L) ansluter sig till "
                 "yttrandet.\n")
    st = m.paragraphs[0].statements
    assert [(s.kind, [r.name for r in s.by]) for s in st] == \
        [("särskilt yttrande", ["Eva Holm"]), ("ersättaryttrande", ["Leo Ring"])]
    assert st[0].text.endswith("Filialerna får inte stänga.«")


def test_a_remiss_told_as_the_opportunity_to_comment_on_a_document_from_its_sender():
    m = _minutes("Miljönämnden\n\n§ 8  Remiss: Promemorian Enklare tillsyn\n\n"
                 "Norrby kommun har fått möjlighet att yttra sig över promemorian från Klimat- och "
                 "näringslivsdepartementet. Kommunstyrelsen har överlämnat remissen till miljönämnden.\n\n"
                 "Beslut\nMiljönämnden antar yttrandet.\n")
    ref = m.paragraphs[0].referred_by
    assert ref is not None and ref.value == "Klimat- och näringslivsdepartementet"


def test_the_agreement_in_force_that_ends_is_no_party_list_of_a_new_procurement():
    m = _minutes("Norrby kommun\nKommunstyrelsen\n\n§ 12  Upphandling av städtjänster\n\n"
                 "Befintligt avtal om lokalvård med Renhus AB löper ut 2026-03-31. En ny upphandling föreslås.\n\n"
                 "Beslut\nKommunstyrelsen beslutar att upphandlingen genomförs och att kommunchefen får teckna "
                 "avtal.\n")
    assert m.paragraphs[0].agreements == ()
    # the agreement the decision extends is still read
    m = _minutes("Norrby kommun\nKommunstyrelsen\n\n§ 13  Förlängning av avtal om lokalvård\n\n"
                 "Nuvarande avtal om lokalvård med Renhus AB löper ut 2026-03-31.\n\n"
                 "Beslut\nKommunstyrelsen beslutar att förlänga avtalet med Renhus AB i ett år.\n")
    assert [a.parties for a in m.paragraphs[0].agreements] == [("Norrby kommun", "Renhus AB")]


def test_co_movers_with_stod_and_members_joining_in_a_second_clause():
    m = _minutes("Kommunstyrelsen\n\n§ 221  Ärende\n\nYrkanden\n"
                 "Lars Ahl (M) yrkar, med stöd av Siv Berg (L) och Kim Ros (KD), att avgiften sänks.\n"
                 "Eva Dal (S) yrkar att avgiften höjs till 300 kronor; Olle Fjäll (S) instämmer.\n"
                 "Ivar Sand (C) yrkar avslag, och Mona Ek (V) instämmer i Sands yrkande.\n"
                 "\nBeslut\nAvgiften sänks.\n")
    p = m.paragraphs[0]
    assert sorted(r.name for pr in p.proposals for r in pr.by) == \
        ["Eva Dal", "Ivar Sand", "Kim Ros", "Lars Ahl", "Mona Ek", "Olle Fjäll", "Siv Berg"]


def test_a_member_joining_a_proposal_with_ansluter_sig_till_moves_it():
    m = _minutes("Kommunstyrelsen\n\n§ 31  Ärende\n\nYrkanden\n"
                 "Eva Dal (S) yrkar bifall till förslaget. Olle Fjäll (L) yrkar avslag.\n"
                 "Mona Ek (C) ansluter sig till Eva Dals yrkande.\n"
                 "\nBeslut\nFörslaget bifalls.\n")
    p = m.paragraphs[0]
    assert sorted(r.name for pr in p.proposals for r in pr.by) == ["Eva Dal", "Mona Ek", "Olle Fjäll"]


def test_a_member_joining_another_members_forslag_by_its_genitive_moves_it():
    m = _minutes("Barnnämnden\n\n§ 9  Ärende\n\nYrkanden\n"
                 "Eva Dal (S) föreslår bifall till förvaltningens förslag. Olle Fjäll (L) föreslår återremiss. "
                 "Mona Ek (C) biträder Dals förslag.\n\nBeslut\nFörslaget bifalls.\n")
    p = m.paragraphs[0]
    assert "Mona Ek" in {r.name for pr in p.proposals for r in pr.by}


def test_the_chair_of_another_body_named_without_a_party_moves_a_proposal():
    m = _minutes("Kommunfullmäktige\n\n§ 12  Ansvarsfrihet 2024\n\nYrkanden\n"
                 "Valberedningens ordförande Sixten Malm yrkar bifall till förslaget.\n"
                 "\nBeslut\nFörslaget bifalls.\n")
    p = m.paragraphs[0]
    assert [(r.name, r.party) for pr in p.proposals for r in pr.by] == [("Sixten Malm", None)]
    assert "Sixten Malm" in {q.name for q in m.persons}


def test_joiners_named_after_the_proposal_they_join_move_it():
    m = _minutes("Kommunfullmäktige\n\n§ 40  Motion om lekplatser\n\nYrkanden\n"
                 "Rut Ahl (C) yrkar bifall till motionen. I hennes yrkande instämmer Bo Ek (L)\noch Per Dal (KD).\n"
                 "Siv Lund (S) yrkar avslag. Till Siv Lunds yrkande ansluter sig Eva Ros (MP).\n"
                 "\nBeslut\nMotionen avslås.\n")
    p = m.paragraphs[0]
    assert [sorted(r.name for r in pr.by) for pr in p.proposals] == \
        [["Rut Ahl"], ["Bo Ek", "Per Dal"], ["Siv Lund"], ["Eva Ros"]]


def test_a_party_statement_signed_below_and_an_antecknat_note_after_a_short_quotation():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2016-09-06\n\n§ 143 Överenskommelse om ”Campus X”\n\n"
                 "Yttrande från Vänsterpartiet\nVänsterpartiet står bakom överenskommelsen men anser att kommunen "
                 "borde ha ställt krav.\nLisa Holmqvist (V) Johan Ekberg (V)\n"
                 "Ersättaren Åsa Lindkvist (V) ansluter sig till Vänsterpartiets yttrande.\n"
                 "Protokollsanteckning\nPer Holm (V) får följande antecknat till protokollet: ”Att motionen anses "
                 "besvarad betyder inte mycket.”\n")
    got = {(s.kind, tuple(sorted(r.name for r in s.by))) for s in m.paragraphs[0].statements}
    assert got == {("särskilt yttrande", ("Johan Ekberg", "Lisa Holmqvist")),
                   ("ersättaryttrande", ("Åsa Lindkvist",)), ("protokollsanteckning", ("Per Holm",))}


def test_reservations_by_parties_through_named_people_and_a_name_after_mfl_och_on_the_next_line():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2008-11-24\n\n§ 111 Motion\n\n"
                 "Karl-Erik Olsson (S), Margareta Löfgren (S) och Per Holm (V) yrkar bifall till motionen.\n"
                 "Reservation: Socialdemokraterna genom Karl-Erik Olsson och Margareta Löfgren samt\n"
                 "Vänsterpartiet genom Per Holm.\n\n"
                 "§ 112 Motion\n\nReservation\nEmot beslutet reserverar sig Lena Ek (V) m.fl. och\n"
                 "Hanna Sjöberg (MP). Skriftlig reservation, se bilaga\n2.\n")
    one, two = m.paragraphs
    names = {r.name: r.party for s in one.statements if s.kind == "reservation" for r in s.by}
    assert names == {"Karl-Erik Olsson": "S", "Margareta Löfgren": "S", "Per Holm": "V"}
    assert {r.name for s in two.statements if s.kind == "reservation" for r in s.by} == {"Lena Ek", "Hanna Sjöberg"}


def test_a_co_mover_before_the_colon_of_a_listed_proposal_proposes_too():
    m = _minutes("Kommunfullmäktige\n\n§ 111  Motion\n\nYrkanden\nAnders Wendel (M): Bifall till förslaget.\n"
                 "Karl-Erik Olsson (S), med instämmande av Per Holm (V): Bifall till motionen.\n")
    assert sorted(r.name for pr in m.paragraphs[0].proposals for r in pr.by) == \
        ["Anders Wendel", "Karl-Erik Olsson", "Per Holm"]


def test_a_remiss_sent_on_with_its_object_between_the_verb_and_pa_remiss():
    m = _minutes("Kommunstyrelsen\n\n§ 145  Yttrande över remiss\n\nLänsstyrelsen i Västernorrlands län har skickat "
                 "förslag till regional vattenförsörjningsplan på remiss till länets kommuner.\n"
                 "Kommunstyrelsen beslutar att anta yttrandet.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Länsstyrelsen i Västernorrlands län"


def test_a_co_mover_over_a_line_break_biträder_and_statements_by_the_chair_or_a_listed_name_without_party():
    m = _minutes("Kommunstyrelsen\nLedamöter\nUlla Berg (S), ordförande\nJan Sund (V)\nPer Ek (M)\n\n§ 5 Motion\n\n"
                 "Per Ek (M) yrkar bifall till motionen. Ulla Berg (S) instämmer i Per\nEks yrkande.\n"
                 "Jan Sund (V) biträder Per Eks yrkande.\n"
                 "Vänsterpartiets ledamot Jan Sund lämnar ett särskilt yttrande.\n"
                 "Ordföranden antecknar till protokollet att frågan återkommer.\n")
    par = m.paragraphs[0]
    assert sorted(r.name for pr in par.proposals for r in pr.by) == ["Jan Sund", "Per Ek", "Ulla Berg"]
    assert sorted((st.kind, st.by[0].name) for st in par.statements) == [
        ("protokollsanteckning", "Ulla Berg"), ("särskilt yttrande", "Jan Sund")]


def test_a_list_nested_in_a_decision_point_and_a_wrapped_beslut_line_add_no_points():
    m = _minutes("Direktionen\n\n§ 4 Budget för 2024\n\nBeslut\n1. att fastställa budgeten,\n"
                 "2. att fördela bidragen enligt följande:\n– Ale kommun 60 procent\n– Lerums kommun 40 procent\n"
                 "3. att uppdra åt direktören att verkställa när fullmäktige har fattat\nbeslut.\n"
                 "Expedieras: Ale kommun\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_a_bulleted_point_wrapped_before_att_is_one_point_but_an_att_list_after_a_proposing_verb_is_not():
    m = _minutes("Kommunfullmäktige\n\n§ 8 Vattentaxa 2026\n\nKommunfullmäktiges beslut\n"
                 "- Vattentaxa 2026 fastställs enligt bilaga.\n- Vattentaxa 2025 upphör\n  att gälla 2025-12-31.\n"
                 "Expedieras\nTekniska nämnden\n")
    assert [p.value for p in m.paragraphs[0].decision_points] == [
        "- Vattentaxa 2026 fastställs enligt bilaga.", "- Vattentaxa 2025 upphör att gälla 2025-12-31."]
    m = _minutes("Kommunstyrelsen\n\n§ 9 Vattentaxa 2026\n\nBeslut\n1. Kommunstyrelsen föreslår kommunfullmäktige\n"
                 "att fastställa taxan,\natt taxan gäller från 2026-01-01.\n2. Paragrafen justeras omedelbart.\n")
    assert len(m.paragraphs[0].decision_points) == 4


def test_a_numbered_point_wrapped_after_a_comma_before_att_is_one_point():
    m = _minutes("Kommunfullmäktige\n\n§ 14 Reglemente\n\nBeslut\n1  Fullmäktige godkänner avtalet.\n"
                 "2  Fullmäktige antar reglemente för överförmyndarnämnden,\n   att gälla från 2026-01-01.\n"
                 "3  Paragrafen förklaras omedelbart justerad.\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_an_att_point_wrapped_before_its_infinitives_att_is_one_point():
    m = _minutes("Byggnadsnämnden\n\n§ 12 Föreläggande om rivning, Tallbacken 2:7\n\nBeslut\nNämnden beslutar\n\n"
                 "att  ta ut en byggsanktionsavgift om 12 000 kronor,\n\n"
                 "att  förelägga ägaren\n     att senast 2025-06-30 riva förrådet, samt\n\n"
                 "att  förena föreläggandet med ett vite om 20 000 kronor.\n")
    assert len(m.paragraphs[0].decision_points) == 3
    # Points closed by no punctuation stay points of their own.
    m = _minutes("Byggnadsnämnden\n\n§ 13 Taxa\n\nBeslut\nNämnden beslutar\n\natt anta taxan\n"
                 "att uppdra åt förvaltningen\natt informera kommunerna\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_an_agreement_party_acting_through_a_namnd_and_a_forbund_named_before_its_members():
    m = _minutes("Socialnämnden\n\n§ 3 Hyresavtal för boendet\n\nEtt hyresavtal mellan Ale kommun, genom "
                 "socialnämnden, och AB Alebyggen har tagits fram.\n"
                 "Socialnämnden beslutar att godkänna hyresavtalet.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Ale kommun", "AB Alebyggen")
    m = _minutes("Regionstyrelsen\n\n§ 3 Ägaravtal\n\nBeslut\n1. att godkänna ägaravtalet mellan Region Halland och\n"
                 "Hallandstrafiken AB.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Region Halland", "Hallandstrafiken AB")
    m = _minutes("Västra Skaraborgs Räddningstjänstförbund\nDirektionen\nMedlemskommun\tLedamot\n"
                 "Lidköpings kommun\tBo Lind (S)\n\n§ 3 Hyresavtal\n\nDirektionen beslutar att teckna hyresavtal med "
                 "Götene kommun.\n")
    assert m.municipality == "Västra Skaraborgs Räddningstjänstförbund"
    assert m.paragraphs[0].agreements[0].parties == ("Västra Skaraborgs Räddningstjänstförbund", "Götene kommun")


def test_joining_a_reservation_or_a_proposal_without_naming_it_and_a_title_before_a_known_name():
    m = _minutes(
        "Kommunstyrelsen\nLedamöter\nEva Ström (S), ordförande\nPer Lund (M)\nKim Berg (M)\nIda Holm (C)\n"
        "Bo Ek (L)\n\n§ 5 Motion\n\nYrkanden\nPer Lund (M) yrkar bifall till motionen. Ida Holm (C) och Bo Ek (L) "
        "instämmer.\n\nReservation\nPer Lund (M) reserverar sig. Ledamoten Kim Berg (M) ansluter sig till "
        "reservationen.\n\nSärskilt yttrande\nGruppledaren Eva Ström lämnar ett särskilt yttrande.\n")
    par = m.paragraphs[0]
    assert sorted(r.name for pr in par.proposals for r in pr.by) == ["Bo Ek", "Ida Holm", "Per Lund"]
    assert sorted(r.name for st in par.statements if st.kind == "reservation" for r in st.by) == [
        "Kim Berg", "Per Lund"]
    assert [(st.kind, st.by[0].name) for st in par.statements if st.kind != "reservation"] == [
        ("särskilt yttrande", "Eva Ström")]


def test_reservations_listed_under_a_colon_co_movers_after_the_motion_and_a_signature_row():
    m = _minutes(
        "Kommunfullmäktige\n\n§ 7   Samverkan\n\nAvtalet om gemensam upphandling av skolskjuts och färdtjänst "
        "för elever och äldre mellan Ale kommun och Lerums kommun har tagits fram.\n\nYrkanden\n"
        "Tove Ek (S) yrkar avslag med instämmande av Ivar Sand (C).\n\nBeslut\n"
        "Kommunfullmäktige godkänner avtalet.\n\nReservationer\nFöljande reserverar sig mot beslutet:\n"
        "- Tove Ek (S)\n- Ivar Sand (C)\n\nOrdförande\tJusterare\nUlf Berg\tEva Holm\n")
    par = m.paragraphs[0]
    assert sorted(r.name for pr in par.proposals for r in pr.by) == ["Ivar Sand", "Tove Ek"]
    assert sorted(r.name for st in par.reservations for r in st.by) == ["Ivar Sand", "Tove Ek"]
    assert [a.parties for a in par.agreements] == [("Ale kommun", "Lerums kommun")]
    people = {p.name: p for p in m.persons}
    assert people["Ulf Berg"].roles == ("ordförande",) and people["Eva Holm"].roles == ("justerare",)


@pytest.mark.parametrize("decision, points", [
    ("Som förslaget.", 3),
    ("Enligt tekniska utskottets förslag. Paragrafen förklaras omedelbart justerad.", 3),
    # An amended förslag is the body's own prose decision.
    ("Enligt förslaget med den ändringen att bidraget höjs.", 1),
])


def test_a_decision_adopting_the_proposal_written_above_counts_its_points(decision, points):
    m = _minutes("Tekniska nämnden\n\n§ 9   Parkeringsnorm\n\nÄrendet\nFörvaltningen har tagit fram en norm.\n"
                 "Tekniska utskottets förslag\n1. Nämnden antar normen.\n2. Nämnden upphäver den gamla normen.\n"
                 "3. Förvaltningen får i uppdrag att informera.\n\nBeslut\n" + decision + "\n")
    assert len(m.paragraphs[0].decision_points) == points


def test_decision_points_that_start_beside_a_heading_in_a_left_label_column():
    m = _minutes("Nämnden\n\n§ 62  Avtal om ersättning\n\nÄrende\tText om avtalet.\n"
                 "Beslut\t1. Nämnden godkänner avtalet med Nordanstigs\nkommun.\n2. Paragrafen justeras omedelbart.\n"
                 "Reservation\tTore Blom (SD) reserverar sig mot beslutet.\n")
    par = m.paragraphs[0]
    assert len(par.decision_points) == 2 and par.decision_points[0].value.startswith("1. Nämnden godkänner")
    assert par.immediate_adjustment


def test_a_written_reservation_appended_for_a_paragraph_after_the_signatures():
    m = _minutes("Kommunfullmäktige\n\n§ 11  Avtal om lokaler\n\nBeslut\nAvtalet godkänns.\nReservation\n"
                 "Moderaternas ledamöter reserverar sig, se bilaga 3.\n\n§ 12  Motion om parker\n\nBeslut\n"
                 "Motionen avslås.\n\nElektroniska underskrifter\nOrdförande     Lena Ask        2024-05-02 10:11:12\n"
                 "Sekreterare    Olle Dahl       2024-05-02 11:00:01\n"
                 "Bilaga 3 till kommunfullmäktiges protokoll 2024-04-29, § 11\nRESERVATION\n"
                 "Vi anser att avtalet är för dyrt och reserverar oss mot beslutet.\nFör Moderaterna i fullmäktige\n"
                 "Erik Holm (M)\nSara Vik (M)\n")
    first, second = m.paragraphs
    assert {r.name for st in first.reservations for r in st.by} == {"Erik Holm", "Sara Vik"}
    assert not second.reservations and "RESERVATION" not in second.text
    roles = {p.name: set(p.roles) for p in m.persons}
    assert roles["Olle Dahl"] == {"sekreterare"} and "justerare" not in roles.get("Erik Holm", set())


def test_a_remiss_named_in_the_genitive_of_its_sender():
    m = _minutes("Kommunstyrelsen\n\n§ 9  Yttrande över Boverkets remiss om byggregler\n\nBeslut\n"
                 "Kommunstyrelsen lämnar yttrandet.\n")
    par = m.paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Boverket"


def test_a_numbered_proposal_with_the_movers_title_before_the_name():
    m = _minutes("Kommunfullmäktige\n\n§ 4  Taxa\n\nYrkanden\nYrkande 1 – Kommunstyrelsens ordförande Lena Ask (M): "
                 "bifall till förslaget.\nYrkande 2 – Olle Dahl (S): avslag.\nBeslut\nTaxan antas.\n")
    assert [[r.name for r in p.by] for p in m.paragraphs[0].proposals] == [["Lena Ask"], ["Olle Dahl"]]


def test_section_headings_in_a_margin_column_set_off_by_spaces():
    m = _minutes("Tekniska nämnden\n\nBeslutande\nPia Lund (S), ordförande\nOla Berg (M)\nKarl Ny (V)\n\n"
                 "TN § 12      Taxa för parkering\n"
                 "Ärende       Förvaltningen föreslår en ny taxa för\n"
                 "             parkering i centrum.\n"
                 "Yrkanden     Ordföranden yrkar bifall till förslaget.\n"
                 "             Ola Berg (M) yrkar avslag.\n"
                 "Beslut       Tekniska nämnden beslutar\n"
                 "             att anta taxan,\n"
                 "             att taxan gäller från den 1 juli.\n"
                 "Särskilt yttrande     Vänsterpartiet vill att taxan\n"
                 "             sänks för boende.\n"
                 "             Karl Ny (V)\n")
    par = m.paragraphs[0]
    assert sorted(r.name for p in par.proposals for r in p.by) == ["Ola Berg", "Pia Lund"]
    assert len(par.decision_points) == 2
    assert [(s.kind, [r.name for r in s.by]) for s in par.statements] == [("särskilt yttrande", ["Karl Ny"])]


def test_a_statement_signed_by_names_side_by_side_under_its_text():
    m = _minutes("Kulturnämnden\n\nBeslutande\nPia Lund (S), ordförande\n\n§ 4\nBibliotekets öppettider\n\n"
                 "Beslut\nNämnden godkänner öppettiderna.\n\nSärskilt yttrande\n"
                 "Vi anser att biblioteket bör hålla öppet på söndagar.\nEva Ek (C)\tTor Holm (L)\n")
    st = m.paragraphs[0].statements
    assert [(s.kind, sorted(r.name for r in s.by)) for s in st] == [("särskilt yttrande", ["Eva Ek", "Tor Holm"])]


def test_the_unnamed_chair_joining_a_proposal_moves_it():
    m = _minutes("Kulturnämnden\n\nBeslutande\nPia Lund (S), ordförande\nOla Berg (M)\n\n§ 4\nBibliotekets "
                 "öppettider\n\nYrkanden\nOla Berg (M) yrkar bifall. Ordföranden instämmer i Ola Bergs yrkande.\n\n"
                 "Beslut\nNämnden godkänner öppettiderna.\n")
    assert sorted(r.name for p in m.paragraphs[0].proposals for r in p.by) == ["Ola Berg", "Pia Lund"]


def test_a_page_footer_with_the_adjusters_box_does_not_end_the_last_paragraph():
    m = _minutes("Regionstyrelsen\n\nBeslutande\nPia Lund (S), ordförande\n\n§ 8\nYttrande över remiss\n\n"
                 "Beslut\nYttrandet antas.\nJusterandes signatur: ……\tUtdragsbestyrkande: ……\n"
                 "Reservation\nOla Berg (M) reserverar sig mot beslutet.\n\nUnderskrifter\n"
                 "Ordförande\tPia Lund\n")
    assert [r.name for s in m.paragraphs[0].statements for r in s.by] == ["Ola Berg"]


def test_a_referral_sent_by_an_organisation_through_one_of_its_bodies():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nYttrande över remiss om kollektivtrafikplan\n\nÄrendet\n"
                 "Region Halland har genom kollektivtrafiknämnden skickat förslag till trafikplan på remiss till "
                 "kommunerna.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Halland"
    # the body named in several words: "genom regionala utvecklingsnämnden"
    m = _minutes("Styrelsen\n\n§ 26\nYttrande över remiss om trafikförsörjningsprogram\n\nÄrendet\n"
                 "Region Halland har genom regionala utvecklingsnämnden skickat förslaget på remiss till bolaget.\n\n"
                 "Beslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Halland"


def test_a_referral_by_an_agencys_short_form_is_the_agency_named_in_full_earlier():
    # "Länsstyrelsen har … gett nämnden tillfälle" after the full name earlier in the paragraph: that agency.
    m = _minutes("Miljönämnden\n\n§ 7\nYttrande till Länsstyrelsen i Hallands län om vindkraft\n\nÄrendet\n"
                 "Ett bolag har hos Länsstyrelsen i Hallands län sökt tillstånd för sex vindkraftverk. "
                 "Länsstyrelsen har 2023-05-02 gett nämnden tillfälle att yttra sig.\n\n"
                 "Beslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and \
        m.paragraphs[0].referred_by.value == "Länsstyrelsen i Hallands län"


def test_a_remiss_from_a_namnd_set_off_by_commas_after_its_region_is_the_regions():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nYttrande över remiss om trafikplan\n\nÄrendet\n"
                 "Region Halland, kollektivtrafiknämnden, har skickat förslaget till trafikplan på remiss till "
                 "kommunerna.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Halland"


def test_a_remiss_titled_with_a_colon_is_answered_and_its_sender_is_the_referrer():
    # "Remiss: <title>" on the § line, the sender in a sentence whose date in words stands between "har" and the verb
    m = _minutes("Utbildningsnämnden\n\n§ 8  Remiss: Plan för vuxenutbildning\n\nBeslut\n- Nämnden antar "
                 "yttrandet.\n\nÄrendet\nSödra Dalarnas kommunalförbund har den 2 mars 2025 skickat förslaget på "
                 "remiss till medlemskommunerna.\n")
    assert m.paragraphs[0].referred_by is not None and \
        m.paragraphs[0].referred_by.value == "Södra Dalarnas kommunalförbund"


def test_a_motion_passed_on_by_the_kommunstyrelse_is_referred_by_it():
    # "… och kommunstyrelsen har därefter skickat den på remiss till …": an adverb before the verb.
    m = _minutes("Kulturnämnden\n\n§ 7\nSvar på remiss – Motion om fler bibliotek\n\nÄrendet\n"
                 "Kommunfullmäktige remitterade motionen 2023-03-06, § 14, och kommunstyrelsen har därefter skickat "
                 "den på remiss till kulturnämnden.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Kommunstyrelsen"
    # "… till kommunstyrelsen, som har skickat den vidare till nämnden för yttrande": the relative's antecedent.
    m = _minutes("Kulturnämnden\n\n§ 8\nSvar på remiss – Motion om fler bibliotek\n\nÄrendet\n"
                 "Kommunfullmäktige beslutade att remittera motionen till kommunstyrelsen, som har skickat den "
                 "vidare till kulturnämnden för yttrande.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Kommunstyrelsen"


def test_a_remiss_received_from_an_organisation_after_av():
    m = _minutes("Regionstyrelsen\n\n§ 40\nRemissvar – Ny lag om kollektivtrafik (SOU 2024:9)\n\nÄrendet\n"
                 "Regionen har av Finansdepartementet (Fi2024/00123) fått betänkandet SOU 2024:9 på remiss med svar "
                 "senast 2024-10-01.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Finansdepartementet"


def test_a_remiss_edition_sent_to_the_regions_is_a_referral():
    m = _minutes("Hälso- och sjukvårdsnämnden\n\n§ 15\nYttrande över nationella riktlinjer för strokevård\n\n"
                 "Bakgrund\nSocialstyrelsen har 2024-02-01 sänt en remissversion av riktlinjerna till regionerna.\n\n"
                 "Beslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Socialstyrelsen"


def test_a_remiss_told_before_its_verb_is_a_referral():
    # "X har på remiss skickat förslaget till …": "på remiss" before the verb of sending.
    m = _minutes("Tekniska nämnden\n\n§ 22\nYttrande över regional cykelplan\n\nBakgrund\n"
                 "Region Västerland har på remiss skickat förslaget till regional cykelplan till länets kommuner "
                 "med svar senast 2025-05-15.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Västerland"


def test_a_referral_dated_after_den_in_digits():
    m = _minutes("Tekniska nämnden\n\n§ 23\nYttrande över regional kollektivtrafikplan\n\nBakgrund\n"
                 "Region Västerland har den 2025-03-04 skickat förslag till kollektivtrafikplan på remiss till "
                 "länets kommuner.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Västerland"


def test_a_referral_with_the_senders_number_in_a_clause_after_har():
    m = _minutes("Miljönämnden\n\n§ 8\nYttrande över förslag till vattenskyddsområde\n\nBakgrund\n"
                 "Länsstyrelsen i Norrlands län har, med dnr 513-2201-2025, skickat förslaget på remiss till "
                 "nämnden.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and \
        m.paragraphs[0].referred_by.value == "Länsstyrelsen i Norrlands län"


def test_a_referral_told_as_the_second_verb_of_a_sentence_is_its_subject_s():
    # "X har beslutat att … för Y kommun och har skickat det på remiss": the sender opens the sentence; the
    # municipality before "och har" is the first verb's object.
    m = _minutes("Kultur- och fritidsnämnden\n\n§ 12\nRemissvar – Kulturstrategi för Norrby kommun\n\nBakgrund\n"
                 "Kommunstyrelsen har tagit fram en kulturstrategi för Norrby kommun, och har skickat "
                 "strategin på remiss till nämnderna.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Kommunstyrelsen"


def test_an_ersattare_giving_a_yttrande_about_something_gives_an_ersattaryttrande():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nBudget 2025\n\nBeslut\nBudgeten antas.\n\nYttrande\n"
                 "Ersättaren Ture Dahl (MP) lämnar ett yttrande om cykelvägarnas underhåll.\n")
    assert {(s.kind, r.name) for s in m.paragraphs[0].statements for r in s.by} == {("ersättaryttrande", "Ture Dahl")}


def test_an_ersattare_named_as_one_who_joins_a_statement_gives_an_ersattaryttrande():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nBudget 2025\n\nBeslut\nBudgeten antas.\n\nSärskilt yttrande\n"
                 "Vera Holm (V) lämnar ett särskilt yttrande.\n"
                 "Ture Dahl (V), ersättare, ansluter sig till Vera Holms särskilda yttrande.\n")
    kinds = {(s.kind, r.name) for s in m.paragraphs[0].statements for r in s.by}
    assert kinds == {("särskilt yttrande", "Vera Holm"), ("ersättaryttrande", "Ture Dahl")}
    assert {p.name: p.roles for p in m.persons}["Ture Dahl"] == ("ersättare",)


def test_a_company_board_attendance_and_decisions():
    m = _minutes("Protokoll fört vid sammanträde med styrelsen för Exempel Energi AB\n\n"
                 "Närvarande\tEva Ek, ordförande\nstyrelseledamöter\tPer Lund\nIda Sand\n"
                 "Anmält förhinder\tOla Berg\nArbetstagarrepresentanter\tKim Dal (Unionen)\n"
                 "Revisorer\tAnn Holm, lekmannarevisor\n"
                 "Övriga närvarande\tLars Ny, verkställande direktör\n\n"
                 "§ 1\tVal av justerare\nStyrelsen beslutar att utse Per Lund att justera protokollet.\n"
                 "§ 2\tInvestering\nVD redogjorde för kalkylen.\nIda Sand yrkade att ärendet skulle bordläggas.\n"
                 "Styrelsen beslutar att\n"
                 "1. godkänna investeringen,\n2. uppdra åt VD att upphandla.\n"
                 "Arbetstagarrepresentanten Kim Dal lät anteckna till protokollet att facket vill delta.\n")
    roles = {p.name: p.roles for p in m.persons}
    assert roles == {"Eva Ek": ("ordförande",), "Per Lund": ("ledamot",), "Ida Sand": ("ledamot",),
                     "Ola Berg": (), "Kim Dal": (), "Ann Holm": (), "Lars Ny": ("tjänsteman",)}
    assert [len(p.decision_points) for p in m.paragraphs] == [1, 2]
    assert [r.name for p in m.paragraphs[1].proposals for r in p.by] == ["Ida Sand"]
    assert [(s.kind, s.by[0].name) for s in m.paragraphs[1].statements] == [("protokollsanteckning", "Kim Dal")]


def test_ocr_damage_in_a_decision_list_heading_and_a_wrapped_title():
    m = _minutes("Kommunstyrelsen\n\n§ 5     Dnr KS 2024/1\n\nRemiss om länsplan för infrastruktur i\n"
                 "Norrbottens län 2026–2037\n\nKommunstyrelsens förslag till kommunfullrnäktige\n"
                 "Kommunstyrelsen beslutar att\n\nl. anta yttrandet,\n\n2. paragrafen justeras omedelbart.\n")
    p = m.paragraphs[0]
    assert p.title == "Remiss om länsplan för infrastruktur i Norrbottens län 2026–2037"
    assert len(p.decision_points) == 2


def test_a_nominee_is_no_mover_of_the_proposal():
    m = _minutes("Kommunfullmäktige\n\n§ 8\nVal av ersättare\n\nYrkanden\nStig Ek (SD) nominerar Ann Lund (SD), "
                 "Sveg, och yrkar att hon väljs.\n\nBeslut\nAnna Berg (S) väljs.\n")
    assert [r.name for p in m.paragraphs[0].proposals for r in p.by] == ["Stig Ek"]


def test_parties_spelled_out_in_a_list_after_a_collective_name():
    m = _minutes("Regionstyrelsen\n\n§ 12\nÖverenskommelse om ungdomsmottagningar mellan Region Gävleborg och "
                 "länets kommuner\n\nÄrendebeskrivning\nParterna i överenskommelsen är Region Gävleborg och länets "
                 "kommuner:\n- Ockelbo kommun\n- Hofors kommun\n- Ljusdals kommun\nÖverenskommelsen gäller i tre år."
                 "\n\nBeslut\nRegionstyrelsen beslutar att godkänna överenskommelsen.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Region Gävleborg", "Ockelbo kommun", "Hofors kommun",
                                                     "Ljusdals kommun")
    # A list of documents after "Parterna … är:" names no parties.
    m = _minutes("Regionstyrelsen\n\n§ 13\nSamverkansavtal om vårdplatser\n\nÄrendebeskrivning\nParterna har "
                 "tagit fram underlag som är:\n- tjänsteskrivelse\n- avtalsutkast\n\nBeslut\nRegionstyrelsen "
                 "beslutar att godkänna avtalet.\n")
    assert m.paragraphs[0].agreements == ()


def test_reservations_collected_at_the_end_join_the_paragraphs_they_name():
    m = _minutes("Regionstyrelsen\n\n§ 40\nBudget för kollektivtrafiken\n\nBeslut\nRegionstyrelsen beslutar att "
                 "anta budgeten.\n\n§ 41\nAnmälningsärenden\n\nBeslut\nAnmälningarna läggs till handlingarna.\n\n"
                 "RESERVATIONER\n\n§ 40      Olle Berg (S) och Maja Ek (V) reserverar sig mot\n"
                 "          beslutet till förmån för eget yrkande.\n")
    res = {p.number: sorted(r.name for s in p.statements if s.kind == "reservation" for r in s.by)
           for p in m.paragraphs}
    assert res == {"40": ["Maja Ek", "Olle Berg"], "41": []}


def test_a_collected_reservation_moved_to_its_paragraph_is_its_own_sentence_without_its_number():
    # The paragraph ends with a list of recipients without a full stop; the entry's "§ 40" and the line above
    # were read as the start of the reservation's text.
    m = _minutes("Regionstyrelsen\n\n§ 40\nBudget för kollektivtrafiken\n\nBeslut\nRegionstyrelsen beslutar att "
                 "anta budgeten.\n\nExpedieras\nTrafiknämnden\n\n§ 41\nAnmälningsärenden\n\nBeslut\n"
                 "Anmälningarna läggs till handlingarna.\n\nRESERVATIONER\n\n§ 40      Olle Berg (S) reserverar "
                 "sig mot\n          beslutet till förmån för eget yrkande.\n")
    assert [s.text for s in m.paragraphs[0].statements] == [
        "Olle Berg (S) reserverar sig mot beslutet till förmån för eget yrkande."]


def test_a_decision_that_adopts_the_proposal_after_the_bodys_name_counts_its_points():
    m = _minutes("Fritidsnämnden\n\n§ 9\nTaxor\n\nFörvaltningens förslag till beslut\n"
                 "1. Nämnden antar taxan.\n2. Taxan gäller från 2025-01-01.\n\n"
                 "Beslut\nFritidsnämnden beslutar i enlighet med förvaltningens förslag.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_the_conditions_of_a_lov_are_no_decision_points():
    m = _minutes("Byggnadsnämnden\n\n§ 4\nBygglov för förråd\n\nBeslut\nByggnadsnämnden beslutar att\n"
                 "1. bevilja bygglov,\n2. ta ut en avgift om 9 000 kr.\nVillkor\n"
                 "Lovet förenas med följande villkor:\n1. Taket ska vara rött.\n2. Förrådet får inte hyras ut.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_the_finnish_translation_after_the_decision_points_adds_none():
    m = _minutes("Kulturnämnden\n\n§ 7\nBidrag till sommarläger\n\nBeslut\n1. att bevilja 20 000 kronor,\n"
                 "2. att paragrafen justeras omedelbart.\n\nPäätös käännöksenä, ei osa päätöstä\n"
                 "1) Myönnetään 20 000 kruunua.\n2) Pykälä tarkastetaan heti.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_an_unmarked_last_party_wrapped_in_the_title_before_a_lower_case_word_is_one_party():
    m = _minutes("Socialnämnden\n\n§ 5 Idéburet offentligt partnerskap mellan socialnämnden och Kiruna\n"
                 "pensionärsförening om träffpunkt\nDnr SN 2025/1\n\nÄrendebeskrivning\nFöreningen driver en "
                 "träffpunkt.\n\nBeslut\nSocialnämnden godkänner partnerskapet.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Socialnämnden", "Kiruna pensionärsförening")


def test_the_lists_of_reported_matters_under_a_decision_that_notes_them_are_no_decision_points():
    m = _minutes("Tekniska nämnden\n\n§ 21\nAnmälningsärenden\n\nBeslut\nNämnden lägger anmälningarna till "
                 "handlingarna.\nRedovisning\nDelegationsbeslut\na) Teknisk chef 2023-02-01: avtal om snöröjning.\n"
                 "b) Gatuchef 2023-02-14: schaktlov.\nMeddelanden:\n– Länsstyrelsen, beslut om vägbidrag.\n"
                 "– Trafikverket, skrivelse om hastigheter.\n\n§ 22\nTaxa\n\nBeslut\nNämnden beslutar\n"
                 "– att anta taxan,\n– att taxan gäller från 2023-07-01.\n")
    assert [len(p.decision_points) for p in m.paragraphs] == [1, 2]


def test_a_reported_matters_heading_with_its_period_is_no_decision_point():
    m = _minutes("Tekniska nämnden\n\n§ 23\nDelegationsbeslut och meddelanden\n\nBeslut\nNämnden godkänner "
                 "redovisningen.\nDelegationsbeslut 2024-03-01 – 2024-03-31\n- Schaktlov, 4 beslut\n"
                 "- Parkeringstillstånd, 9 beslut\nMeddelanden mars 2024\n- Länsstyrelsen, beslut om vägbidrag\n")
    assert len(m.paragraphs[0].decision_points) == 1


def test_a_paragraph_withheld_for_secrecy_records_no_decision():
    m = _minutes("Socialnämnden\n\n§ 14\nSekretessbelagt ärende\nParagrafen omfattas av sekretess enligt "
                 "26 kap. 1 § offentlighets- och sekretesslagen och publiceras därför inte.\n\n"
                 "§ 15\nIndividärende\nBeslut\nNämnden beslutar enligt sekretessbilaga 1.\n")
    assert m.paragraphs[0].without_decision and not m.paragraphs[0].decision_points
    assert not m.paragraphs[1].without_decision and len(m.paragraphs[1].decision_points) == 1


def test_an_adjustment_paragraph_adjusts_the_paragraphs_it_names():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2023-05-02\n\n§ 10\nDagordning\n\nBeslut\nNämnden godkänner "
                 "dagordningen och att ärendet om omedelbar justering tas sist.\n\n§ 11\nTaxa\n\nBeslut\nNämnden "
                 "antar taxan.\n\n§ 12\nAvgift\n\nBeslut\nNämnden antar avgiften.\n\n§ 13\nOmedelbar justering\n\n"
                 "Beslut\nNämnden beslutar att §§ 11–12 förklaras omedelbart justerade.\n")
    assert {p.number: p.immediate_adjustment for p in m.paragraphs} == {"10": False, "11": True, "12": True,
                                                                        "13": False}


def test_a_paragraph_adjusted_by_its_own_decision_stays_adjusted():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2023-05-02\n\n§ 4\nTaxa\n\nBeslut\nNämnden antar taxan "
                 "enligt § 2 i förslaget. Paragrafen justeras omedelbart.\n\n§ 5\nAvgift\n\nBeslut\nNämnden beslutar "
                 "att § 2 i taxan justeras omedelbart.\n")
    assert {p.number: p.immediate_adjustment for p in m.paragraphs} == {"4": True, "5": True}


def test_hs20_bulleted_proposals_with_several_movers_before_the_colon():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-06-11\nOrdförande\tPeter Hultgren (KD)\n\n"
        "§ 98 Markanvisningsavtal för kvarteret Lärkan\nYrkanden\n"
        "- Roger Nilsson (M), Åsa Karlsson (C) och ordföranden Peter Hultgren (KD): bifall till förslaget.\n"
        "- Linda Sjöö (S): återremiss av ärendet.\n- Stefan Wahlgren (SD): bifall till Linda Sjöös yrkande.\n"
        "Beslut\nKommunstyrelsen godkänner avtalet.\n")
    movers = [[r.name for r in pr.by] for pr in m.paragraphs[0].proposals]
    assert movers == [["Roger Nilsson", "Åsa Karlsson", "Peter Hultgren"], ["Linda Sjöö"], ["Stefan Wahlgren"]]


def test_hs20_a_region_referring_genom_remiss_and_giving_the_chance_to_answer():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n\n§ 62 Yttrande över remiss av regional plan\n"
        "Ärendebeskrivning\nRegion Jönköpings län har genom remiss daterad 2024-03-28 (regionens diarienummer "
        "RJL 2024/523) gett länets kommuner möjlighet att yttra sig över förslaget till regional plan.\n"
        "Beslut\nKommunstyrelsen antar yttrandet.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Region Jönköpings län"


def test_h21_an_owners_forslag_till_beslut_is_the_forslag_a_decision_adopts():
    minutes = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-12\n\n§ 87 Avtal om trafikplats\n\n"
                       "Kommunstyrelsens förslag till beslut\nKommunfullmäktige beslutar att\n"
                       "1. godkänna avtalet,\n2. finansiera andelen genom upplåning.\n\n"
                       "Kommunfullmäktiges beslut\n"
                       "Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag.\n")
    assert len(minutes.paragraphs[0].decision_points) == 2


def test_h21_statements_signed_for_party_groups_and_under_a_heading_naming_the_parties():
    minutes = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 112 Yttrande över betänkande\n\n"
                       "Beslut\nKommunstyrelsen antar yttrandet.\n\nProtokollsanteckning\n"
                       "Socialdemokraterna och Vänsterpartiet lämnar följande protokollsanteckning:\n"
                       "”Vi delar bedömningen men kraven får inte drabba hyresgästerna.”\n"
                       "För Socialdemokraterna: Pernilla Ek (S)\nFör Vänsterpartiet: Leif Göransson (V)\n"
                       "Ersättaren Marie Öberg (S) instämmer i protokollsanteckningen och yttrandet här.\n\n"
                       "§ 113 Samverkansavtal\n\nBeslut\nAvtalet godkänns.\n\nProtokollsanteckning (S, V, MP)\n"
                       "Vi ser positivt på samverkan men hade valt en annan lösning.\n"
                       "Anna Carlsson (S)\tPer Lund (V)\tSofie Ek (MP)\n")
    by = {p.number: {(s.kind, r.name) for s in p.statements for r in s.by} for p in minutes.paragraphs}
    assert {("protokollsanteckning", "Pernilla Ek"), ("protokollsanteckning", "Leif Göransson"),
            ("ersättaryttrande", "Marie Öberg")} <= by["112"]
    assert by["113"] == {("protokollsanteckning", "Anna Carlsson"), ("protokollsanteckning", "Per Lund"),
                         ("protokollsanteckning", "Sofie Ek")}


def test_h21_signatures_under_a_quoted_statement_after_a_dotted_row_and_a_wrapped_heading_word():
    minutes = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 115 Tertialrapport\n\n"
                       "Beslut\nRapporten godkänns.\n\nSärskilt yttrande\n"
                       "Socialdemokraterna och Vänsterpartiet lämnar följande gemensamma särskilda\nyttrande:\n"
                       "”Överskottet beror till stor del på engångsintäkter från markförsäljning.”\n"
                       "..........\t..........\nPernilla Ek (S)\tLeif Göransson (V)\n")
    assert {(s.kind, r.name) for s in minutes.paragraphs[0].statements for r in s.by} == {
        ("särskilt yttrande", "Pernilla Ek"), ("särskilt yttrande", "Leif Göransson")}


def test_h21_an_invitation_to_answer_is_a_referral():
    minutes = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 112 Yttrande över betänkande\n\n"
                       "Ärendebeskrivning\nInfrastrukturdepartementet har gett Solna stad tillfälle att yttra sig "
                       "över betänkandet.\n\nBeslut\nKommunstyrelsen antar yttrandet.\n")
    assert minutes.paragraphs[0].referred_by is not None
    assert minutes.paragraphs[0].referred_by.value == "Infrastrukturdepartementet"


def test_h22_a_table_of_collected_reservations_with_a_header_row_gives_each_paragraph_its_reservation():
    m = _minutes(
        "Överförmyndarnämnden\nSammanträdesdatum 2024-10-09\n"
        "§ 32 Arvodesriktlinjer\nBeslut\nNämnden antar riktlinjerna.\n"
        "Reservation: se sammanställningen sist i protokollet.\n"
        "§ 33 Yttrande över remiss\nBeslut\nNämnden antar yttrandet.\n"
        "Reservationer\nParagraf\tNamn\tParti\tReservationen avser\n"
        "§ 32\tTomas Nordqvist\tSD\tTill förmån för eget yrkande\n"
        "§ 33\tElla Labba\tC\tTill förmån för eget tilläggsyrkande\n")
    res = {p.number: [(r.name, r.party) for st in p.statements if st.kind == "reservation" for r in st.by]
           for p in m.paragraphs}
    assert res == {"32": [("Tomas Nordqvist", "SD")], "33": [("Ella Labba", "C")]}


def test_h22_a_board_decision_in_the_past_tense_is_one_point_and_history_is_none():
    m = _minutes("Styrelsen\nSammanträdesdatum 2024-03-21\n"
                 "§ 15. Val av justerare\nStyrelsen beslutade att utse Kaisa Rantatalo att justera protokollet.\n"
                 "§ 16. Information\nStyrelsen beslutade 2023-05-02 att bygga parken.\n")
    assert [len(p.decision_points) for p in m.paragraphs] == [1, 0]


def test_h22_yrkanden_och_rostning_heads_proposals_and_a_bare_name_joins_in_the_past_tense():
    m = _minutes("Styrelsen\nNärvarande\nNamn\tFunktion\nOve Granström\tStyrelseledamot\n"
                 "Eva Marklund\tStyrelseledamot\nSammanträdesdatum 2024-03-21\n"
                 "§ 18. Investering\nYrkanden och röstning\n"
                 "Ove Granström yrkade att ärendet skulle återremitteras.\n"
                 "Eva Marklund instämde i Ove Granströms yrkande.\n")
    assert sorted(r.name for pr in m.paragraphs[0].proposals for r in pr.by) == ["Eva Marklund", "Ove Granström"]


def test_h22_an_organisation_that_gave_the_kommun_the_opportunity_to_comment_referred_the_matter():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-10-09\n"
                 "§ 35 Yttrande över promemoria\nÄrendet\n"
                 "Justitiedepartementet har gett Arjeplogs kommun tillfälle att yttra sig över promemorian.\n"
                 "Beslut\nKommunstyrelsen antar yttrandet.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Justitiedepartementet"


def test_h22_a_statement_labelled_with_its_kind_and_party_names_the_people_after_the_label():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-10\n"
                 "§ 118 Remissvar\nBeslut\nKommunstyrelsen antar remissvaret.\n"
                 "Särskilt yttrande (C): Birgitta Tuoremaa anför: ”Vi stöder förslaget.”\n"
                 "Protokollsanteckning (SD) – Tommy Lindqvist: ”Vi borde ha krävt mer.”\n"
                 "Protokollsanteckning: VD Per Holm antecknar att bolaget inte kan garantera något.\n")
    got = {(st.kind, r.name, r.party) for st in m.paragraphs[0].statements for r in st.by}
    assert ("särskilt yttrande", "Birgitta Tuoremaa", "C") in got
    assert ("protokollsanteckning", "Tommy Lindqvist", "SD") in got
    assert not any(name.startswith("VD") for _k, name, _p in got)


def test_h22_a_note_asked_for_with_att_fa_antecknat_or_lamnar_anteckning_is_a_protokollsanteckning():
    m = _minutes("Styrelsen\nNärvarande\nNamn\tFunktion\nEva Marklund\tStyrelseledamot\n"
                 "Sammanträdesdatum 2024-03-21\n§ 19. Avtal\nStyrelsen beslutade att godkänna avtalet.\n"
                 "Eva Marklund begärde att få följande antecknat till protokollet: ”Personalen ska omfattas.”\n"
                 "§ 20. Samverkan\nStyrelsen beslutade att godkänna samverkan.\n"
                 "Erik Hedman (KD) lämnar följande anteckning till protokollet: ”KD stöder samverkan.”\n")
    kinds = [[(st.kind, [r.name for r in st.by]) for st in p.statements] for p in m.paragraphs]
    assert kinds == [[("protokollsanteckning", ["Eva Marklund"])], [("protokollsanteckning", ["Erik Hedman"])]]


def test_h23_unnamed_abbreviated_chair_proposes():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-04-03\nLedamöter\tJohan Björkman (M), ordf.\n"
                 "§ 34 Svar på motion\nYrkanden\nOrdf. yrkar att motionen ska anses besvarad.\n"
                 "Beslut\nKommunstyrelsen beslutar att motionen anses besvarad.\n")
    assert [r.name for pr in m.paragraphs[0].proposals for r in pr.by] == ["Johan Björkman"]


def test_h26_passive_reservations_and_statements_name_their_givers_after_av():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2004-10-26\nBeslutande\nYngve Ramsten (fp)\n"
                 "§ 151 Yttrande\nBeslut\nKommunstyrelsen beslutade att anta yttrandet.\n"
                 "Särskilt yttrande avgavs av Mona Alm (mp), bilaga 1.\n"
                 "Reservation anfördes av Berit Kjellgren (fp), Anders Moberg (v)\n"
                 "och Yngve Ramsten till förmån för bifall till motionen.\n"
                 "Till protokollet antecknas på begäran av Rolf Sundqvist (m)\n"
                 "att moderaterna förutsätter att avtalet utvärderas.\n"
                 "Till protokollet antecknas att Bo Ahlström (s) på grund av jäv inte deltog.\n")
    got = sorted((st.kind, r.name) for st in m.paragraphs[0].statements for r in st.by)
    assert got == [("protokollsanteckning", "Rolf Sundqvist"), ("reservation", "Anders Moberg"),
                   ("reservation", "Berit Kjellgren"), ("reservation", "Yngve Ramsten"),
                   ("särskilt yttrande", "Mona Alm")]


def test_h26_an_ersattare_joining_a_note_with_forenade_sig_med_endorses_it():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2004-10-26\nErsättare Rolf Aronsson (c)\n"
                 "§ 153 Motion\nBeslut\nKommunstyrelsen beslutade att avslå motionen.\n"
                 "Sture Larsson (c) begärde att få följande antecknat till protokollet: ”Frågan bör prövas.”\n"
                 "Ersättaren Rolf Aronsson (c) förenade sig med Sture Larssons anteckning.\n")
    sts = m.paragraphs[0].statements
    joined = [st for st in sts if [r.name for r in st.by] == ["Rolf Aronsson"]]
    assert len(joined) == 1 and joined[0].kind == "ersättaryttrande"
    assert joined[0].endorses is not None and sts[joined[0].endorses].kind == "protokollsanteckning"


def test_h25_foreslog_att_under_beslutsgang_is_a_proposal_but_a_motion_answered_is_not():
    m = _minutes("Kulturnämnden\nSammanträdesdatum 2024-02-20\n§ 9 Avtal\nBeslutsgång\n"
                 "Ordföranden Ylva Holm (S) föreslog att nämnden skulle besluta enligt förvaltningens förslag.\n"
                 "Vice ordföranden Jon Berg m.fl. (M) och ledamoten Eva Ahl (KD) föreslog att ärendet skulle "
                 "återremitteras.\nLisa Dahl (C) föreslår ett tillägg om att avtalet ska följas upp 2026.\n"
                 "§ 10 Svar på motion\nÄrendet\nPer Lund (V) föreslår i en motion att staden ska bygga utegym.\n"
                 "Valberedningen efter Stig Ek (SD)\nValberedningen föreslår att Bo Ek väljs.\n")
    movers = [sorted(r.name for pr in p.proposals for r in pr.by) for p in m.paragraphs]
    assert movers == [["Eva Ahl", "Jon Berg", "Lisa Dahl", "Ylva Holm"], []]


def test_a_request_to_table_or_return_the_matter_is_a_proposal_but_a_request_for_a_vote_is_not():
    m = _minutes("Miljönämnden\nSammanträdesdatum 2024-03-12\n§ 17 Tillsynsplan\nYrkanden\n"
                 "Oskar Berg (L) begär att ärendet bordläggs till nästa sammanträde.\n"
                 "Maja Falk (KD) begärde att ärendet skulle återremitteras.\nBeslutsgång\n"
                 "Sven Rask (S) begär votering.\nBeslut\nÄrendet bordläggs.\n")
    movers = sorted(r.name for pr in m.paragraphs[0].proposals for r in pr.by)
    assert movers == ["Maja Falk", "Oskar Berg"]


def test_h25_remiss_av_a_citys_programme_names_the_owner_not_the_sender():
    m = _minutes("Exploateringsnämnden\nSammanträdesdatum 2024-04-18\n"
                 "§ 40 Svar på remiss av Malmö stads strategi för fossilfria byggen\n"
                 "Remiss från kommunstyrelsen, KS 2024/203\nBeslut\nNämnden godkänner svaret.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Kommunstyrelsen"


def test_h25_passive_reservation_and_statement_name_the_people_after_av():
    m = _minutes("Spånga-Tensta stadsdelsnämnd\nSammanträdesdatum 2021-11-18\n§ 114 Fritid\nBeslut\n"
                 "Nämnden godkänner förslaget.\nReservation\n"
                 "Reservation anfördes av vice ordföranden Anna Berg m.fl. (S) och ledamoten Per Ek (V) till "
                 "förmån för eget förslag (S, V) enligt bilaga 1.\n"
                 "Särskilt uttalande gjordes av ledamoten Jessica Wik (SD) enligt följande:\n”Vi stöder det.”\n")
    got = sorted((st.kind, r.name) for st in m.paragraphs[0].statements for r in st.by)
    assert got == [("reservation", "Anna Berg"), ("reservation", "Per Ek"), ("särskilt uttalande", "Jessica Wik")]


def test_h24_a_note_entered_at_a_members_request_is_that_members_protokollsanteckning():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n§ 89 Markanvisning\n"
                 "Kommunstyrelsen beslutar\nAvtalet godkänns.\n"
                 "Protokollsanteckning\n"
                 "Till protokollet antecknas på begäran av Lars Öhman (C): ”Centerpartiet förutsätter mer.”\n")
    got = [(st.kind, [r.name for r in st.by]) for st in m.paragraphs[0].statements]
    assert got == [("protokollsanteckning", ["Lars Öhman"])]


@pytest.mark.parametrize(("title", "none"), [
    ("Mötets öppnande", True), ("Sammanträdets avslutande", True), ("Övriga frågor", True),
    ("Allmänhetens frågestund", True),
    ("Fråga från Ulf Berg (SD) till tekniska nämndens ordförande om snöröjning", True),
    ("Övriga frågor och mötets avslutande", True), ("Mötets öppnande, övriga frågor", True),
    ("Mötets öppnande och val av justerare", False), ("Godkännande av dagordning", False),
    ("Svar på fråga om snöröjning", False), ("Frågor om förskolans lokaler", False),
])


def test_a_formal_item_records_no_decision(title, none):
    from kommungraf.extract.paragraph import records_no_decision

    assert records_no_decision(title) is none


def test_a_paragraph_without_decision_reads_back_as_zero_and_one_not_found_as_unknown(tmp_path):
    from kommungraf.pipeline import build
    from kommungraf.readback import document_facts
    from kommungraf.store import GraphStore

    doc = tmp_path / "testby-ks-2024-03-05-protokoll.txt"
    doc.write_text(
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-05\nLedamöter\nAnna Berg (S), ordförande\nPer Lind (M)\n"
        "Eva Ek (C)\n\n§ 1 Mötets öppnande\nOrdföranden hälsar alla välkomna och förklarar mötet öppnat.\n\n"
        "§ 2 Rapport om vintern\nFörvaltningen berättar om snöröjningen.\n\n"
        "§ 3 Övriga frågor\nInga övriga frågor anmäls.\n\n"
        "Justerare\nPer Lind\n", encoding="utf-8")
    built = build(doc)
    assert built.graph is not None and built.graph_iri is not None
    store = GraphStore(None)
    store.replace_graph(built.graph_iri, built.graph)
    counts = {p["number"]: p["decision_count"] for p in document_facts(store, str(built.graph_iri))["paragraphs"]}
    assert counts == {"1": 0, "2": None, "3": 0}


def test_h27_decision_points_numbered_with_a_tab_after_the_bare_digit_are_counted():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-09-10\n§ 35 Samverkansavtal\nText.\n\n"
                 "Beslut\nNämnden föreslår regionfullmäktige besluta\n"
                 "1\tatt godkänna avtalet mellan Region Gävleborg\n\toch Region Dalarna,\n"
                 "2\tatt avtalet ska gälla från 2025-01-01.\nNämnden beslutar för egen del\n"
                 "3\tatt uppdra åt förvaltningschefen att teckna avtalet.\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_h30_appendix_naming_an_earlier_paragraph_leaves_the_last_one():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-04-15\n"
                 "§ 63 Hyresavtal för förskola\nKommunstyrelsens beslut\nKommunstyrelsen godkänner avtalet.\n"
                 "Reservationer\tBengt Ivarsson (SD) reserverar sig mot beslutet.\n"
                 "§ 64 Redovisning av delegationsbeslut\nKommunstyrelsens beslut\n"
                 "Redovisningen läggs till handlingarna.\n"
                 "Bilaga 1 till kommunstyrelsens protokoll 2024-04-15, § 63\nSärskilt yttrande\n"
                 "Vi anser att hyran borde ha prövats mot egen regi.\nUlla Bengtsson (SD)\n")
    by = {p.number: p for p in m.paragraphs}
    assert by["64"].statements == ()
    assert ("särskilt yttrande", "Ulla Bengtsson") in {(s.kind, r.name) for s in by["63"].statements for r in s.by}


def test_h30_signatories_of_an_attached_written_reservation_reserve():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-06-03\n§ 87 Avtal\nKommunstyrelsens beslut\n"
                 "Kommunstyrelsen godkänner avtalet.\n"
                 "Reservationer           Mikael Strand (S) reserverar sig mot beslutet.\n"
                 "Skriftlig reservation bifogas protokollet.\n"
                 "Beslutet skickas till   Kommunfullmäktige\n\nReservation, bilaga till KS § 87\n"
                 "Vi socialdemokrater reserverar oss mot beslutet. Området bör ha fler hyresrätter.\n"
                 "Mikael Strand (S)         Tommy Ljung (S)         Fatima Osman (S)\n")
    reservers = {r.name for s in m.paragraphs[0].statements if s.kind == "reservation" for r in s.by}
    assert reservers == {"Mikael Strand", "Tommy Ljung", "Fatima Osman"}


def test_h29_company_decisions_in_past_tense_and_passive():
    m = _minutes("Styrelsen\nStyrelsesammanträde 2024-04-18\n§ 2 Val av justerare\n"
                 "Beslutades att utse Göran Lindqvist att justera protokollet.\n"
                 "§ 3 Avtal\nStyrelsen beslutade\natt godkänna avtalet,\natt uppdra åt VD att underteckna det, samt\n"
                 "att förklara paragrafen omedelbart justerad.\n"
                 "§ 4 Röstlängd\nKallelse har skett. Stämman beslutade att godkänna röstlängden.\n"
                 "§ 5 Bolag\nStyrelsen har per capsulam beslutat\na) att godkänna avtalet,\n"
                 "b) att teckna aktier.\n§ 6 Justerare\nTill justerare utsågs ägarens ombud Kenneth Åkerblom.\n")
    assert [len(p.decision_points) for p in m.paragraphs] == [1, 3, 1, 2, 1]


def test_h29_perfect_tense_anmalt_reservation():
    m = _minutes("Styrelsen\nSammanträdesdatum 2024-08-27\nLedamöter: Erik Boman, Åsa Ring\n§ 41 Avtal\n"
                 "Styrelsen beslutade att godkänna avtalet.\nErik Boman har anmält reservation mot beslutet.\n")
    assert [r.name for s in m.paragraphs[0].statements if s.kind == "reservation" for r in s.by] == ["Erik Boman"]


def test_r13e_owner_proposal_to_decide_in_the_council_is_the_boards_decision():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2025-05-06\n§ 12 Svar på motion om gatubelysning\n"
                 "Kommunstyrelsens förslag till beslut i kommunfullmäktige\nMotionen avslås.\n"
                 "Ärendebeskrivning\nEn motion har kommit in om gatubelysning i Norrby.\n")
    assert len(m.paragraphs[0].decision_points) == 1


def test_h32_proposal_under_forslag_till_beslut_repeated_as_the_decision():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-05-28\n§ 62 Avtal om IT-drift\n"
                 "Förslag till beslut\nKommunstyrelsens förslag till kommunfullmäktige:\n"
                 "1. Kommunfullmäktige godkänner avtalet.\n2. Kommunstyrelsen får i uppdrag att teckna avtalet.\n"
                 "Yrkanden\nAnna Ek (S) yrkar avslag.\n"
                 "Kommunfullmäktiges beslut\n1. Kommunfullmäktige godkänner avtalet.\n"
                 "2. Kommunstyrelsen får i uppdrag att teckna avtalet.\n3. Paragrafen förklaras omedelbart justerad.\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_h31_agreement_with_subject_before_med():
    m = _minutes("Växjö kommun\n" + _H31_HEAD + "§ 38 Avtal om modersmålsundervisning med Alvesta kommun 2024–2026\n\n"
                 "Beslut\nNämnden beslutar att godkänna avtalet.\n")
    assert m.paragraphs[0].agreements and m.paragraphs[0].agreements[0].parties == ("Växjö kommun", "Alvesta kommun")


def test_agreement_with_its_subject_after_för_before_med():
    m = _minutes("Norrby kommun\n" + _H31_HEAD + "§ 12 Upphandling av skolskjutsar\n\n"
                 "Beslut\nNämnden beslutar att teckna ramavtal för skolskjutsar och färdtjänst med Norrby Buss AB.\n")
    assert m.paragraphs[0].agreements
    assert m.paragraphs[0].agreements[0].parties == ("Norrby kommun", "Norrby Buss AB")


def test_h31_decision_label_centred_amid_its_points():
    m = _minutes(_H31_HEAD + "§ 64 Överenskommelse om samverkan\nYrkanden\n"
                 "Anna Berg (S) yrkar bifall till förvaltningens förslag.\n"
                 "1. Nämnden godkänner överenskommelsen om samverkan vid\n"
                 "utskrivning från sluten hälso- och sjukvård.\n"
                 "2. Socialchefen får i uppdrag att underteckna överenskommelsen för\n"
                 "Beslut\nnämndens räkning.\n"
                 "3. Nämnden ska få en uppföljning i december 2024.\n"
                 "Beslutet skickas till\nSocialförvaltningen\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_h31_agreement_party_named_as_member_of_a_group():
    m = _minutes("Växjö kommun\n" + _H31_HEAD + "§ 64 Överenskommelse om samverkan vid utskrivning\n"
                 "Överenskommelsen träffas mellan Region Kronoberg och var och en av länets kommuner, däribland Växjö\n"
                 "kommun.\nBeslut\nNämnden godkänner överenskommelsen.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Region Kronoberg", "Växjö kommun")


def test_h34_letter_spaced_att_points():
    m = _minutes(_H31_HEAD + "§ 12 Samverkansavtal\nBeslut\nNämnden föreslår kommunfullmäktige besluta\n\n"
                 "a t t godkänna samverkansavtalet,\n\n"
                 "a t t uppdra åt kommunstyrelsen att underteckna avtalet.\n\n"
                 "Paragrafen förklaras omedelbart justerad.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_h35_first_person_reservation_under_heading_is_signed():
    m = _minutes(_H35_DOC)
    reservations = [st for st in m.paragraphs[0].statements if st.kind == "reservation"]
    assert sorted(r.name for st in reservations for r in st.by) == ["Jan Berg", "Lena Sten"]


def test_decision_points_numbered_in_roman_numerals():
    m = _minutes(_H31_HEAD + "§ 88 Exploateringsavtal\nKommunstyrelsens beslut\n"
                 "I.  Kommunstyrelsen godkänner exploateringsavtalet\n    för detaljplan Fryksta 1:23.\n"
                 "II. Kommunstyrelsen uppdrar åt kommundirektören att underteckna avtalet.\n")
    assert len(m.paragraphs[0].decision_points) == 2


def test_a_namnd_that_itself_enters_a_partnership_is_its_party():
    m = _minutes("Tierps kommun\nSocialnämnden\n\n§ 24\tIdéburet offentligt partnerskap med Tierps Kvinnojour\n\n"
                 "Socialnämndens beslut\n1.\tSocialnämnden ingår idéburet offentligt partnerskap med Tierps Kvinnojour "
                 "för perioden 2024-05-01–2027-04-30.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Socialnämnden", "Tierps Kvinnojour")


def test_an_authority_that_asks_for_the_namnd_s_opinion_refers_the_matter():
    m = _minutes("Socialnämnden\n\n§ 26\tAnsökan om tillstånd att bedriva HVB\n\nSocialnämndens beslut\n"
                 "Socialnämnden tillstyrker ansökan.\n\nÄrendebeskrivning\nInspektionen för vård och omsorg (IVO) har "
                 "begärt socialnämndens yttrande över Omsorgsgruppen Uppland AB:s ansökan.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Inspektionen för vård och omsorg"


def test_a_second_mover_s_own_clause_after_a_comma_and_och_is_a_proposal_of_its_own():
    m = _minutes("Socialnämnden\n\n§ 7  Riktlinjer\n\nYrkanden\nOla Berg (M) yrkar att avgiften inte ska tas ut, "
                 "och Eva Ek\n(L) yrkar bifall till Bergs yrkande.\n\nBeslut\nNämnden antar riktlinjerna.\n")
    assert [[r.name for r in pr.by] for pr in m.paragraphs[0].proposals] == [["Ola Berg"], ["Eva Ek"]]


def test_joining_another_member_s_forslag_is_proposing():
    m = _minutes("Socialnämndens arbetsutskott\n\n§ 9  Yttrande\n\nJan Lind (V) föreslår att förslaget godkänns. "
                 "Åsa Berg (SD) föreslår att yttrandet kompletteras. Per Holm (C) ansluter sig till Bergs förslag.\n\n"
                 "Beslut\nArbetsutskottet godkänner förslaget.\n")
    assert [[r.name for r in pr.by] for pr in m.paragraphs[0].proposals] == [["Jan Lind"], ["Åsa Berg"], ["Per Holm"]]


def test_every_co_mover_listed_after_med_instammande_av_proposes():
    m = _minutes("Regionfullmäktige\n\n§ 118  Ärende\n\nYrkanden\nViktor Hall (M) yrkar, med instämmande av Lina Bo "
                 "(L), Mikael Ros (C) och Mona Fal (KD), att ärendet återremitteras.\n")
    assert sorted(r.name for pr in m.paragraphs[0].proposals for r in pr.by) == \
        ["Lina Bo", "Mikael Ros", "Mona Fal", "Viktor Hall"]


def test_a_statement_signed_by_the_party_group_on_its_own_line_is_the_signers():
    m = _minutes("Regionstyrelsen\n\n§ 70  Ärende\n\nSärskilt yttrande\nVi ställer oss bakom yttrandet men vill "
                 "understryka finansieringen.\nModeraterna\nViktor Hall\n"
                 "Ersättaryttrande\nCenterpartiet instämmer i Moderaternas särskilda yttrande.\n"
                 "För Centerpartiet\nMaja Törn\n"
                 "Protokollsanteckning\nSverigedemokraterna avstår från att delta i beslutet.\n"
                 "Sverigedemokraternas nämndgrupp\ngenom Tomas Jern (SD)\n")
    got = [(s.kind, [r.name for r in s.by], s.parties, s.endorses) for s in m.paragraphs[0].statements]
    assert ("särskilt yttrande", ["Viktor Hall"], ("M",), None) in got
    assert ("protokollsanteckning", ["Tomas Jern"], ("SD",), None) in got
    # the block signed "För Centerpartiet" joins the statement before it
    assert ("ersättaryttrande", ["Maja Törn"], ("C",), 0) in got


def test_a_party_named_in_running_text_signs_no_statement():
    m = _minutes("Regionstyrelsen\n\n§ 70  Ärende\n\nProtokollsanteckning\nVi anser att frågan bör utredas.\n"
                 "Moderaterna\nhar tidigare framfört samma sak.\n")
    assert not [s for s in m.paragraphs[0].statements if s.kind == "protokollsanteckning" and s.by]


def test_a_ministrys_remiss_passed_on_by_the_styrelse_is_referred_by_the_ministry():
    m = _minutes("Hälso- och sjukvårdsnämnden\n\n§ 44\nYttrande över remiss från regionstyrelsen – Betänkandet "
                 "Framtidens vård\n\nÄrendet\nSocialdepartementet har remitterat betänkandet till Region Stockholm. "
                 "Regionstyrelsen har gett nämnden tillfälle att yttra sig.\n")
    assert m.paragraphs[0].referred_by.value == "Socialdepartementet"


def test_an_internal_remiss_from_the_styrelse_without_an_outside_sender_stays_the_styrelses():
    m = _minutes("Hälso- och sjukvårdsnämnden\n\n§ 44\nYttrande över remiss från regionstyrelsen – Regional "
                 "vårdplan\n\nÄrendet\nRegionstyrelsen har tagit fram en vårdplan och begärt nämndens yttrande.\n")
    assert m.paragraphs[0].referred_by.value == "Regionstyrelsen"


def test_the_parties_listed_under_a_parter_label_with_their_org_numbers():
    m = _minutes("Trafiknämnden\n\n§ 41\nSamverkansavtal om stombusstrafik\n\nÄrendet\n"
                 "Förvaltningen har tagit fram ett samverkansavtal.\nParter:\n"
                 "- Region Stockholm, genom trafiknämnden (org.nr 232100-0016)\n- Solna stad (org.nr 212000-0183)\n"
                 "- Sundbybergs stad (org.nr 212000-2882)\n\nBeslut\n1. Trafiknämnden godkänner samverkansavtalet.\n")
    agreements = m.paragraphs[0].agreements
    assert agreements and set(agreements[0].parties) == {"Region Stockholm", "Solna stad", "Sundbybergs stad"}


def test_the_parties_listed_after_a_sentence_that_ends_in_foljande_parter():
    m = _minutes("Kommunstyrelsen\n\n§ 9\nFörlängning av avtal om gemensam lönehantering\n\nBeslut\n"
                 "Kommunstyrelsen förlänger avtalet till 2028-12-31.\n\nÄrendet\nAvtalet slöts 2019 och har "
                 "följande parter:\n- Bergby kommun\n- Åsby kommun\n- Dalby kommun\nBergby kommun är värdkommun.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Bergby kommun", "Åsby kommun", "Dalby kommun")


def test_a_listed_party_with_what_it_is_a_party_for():
    m = _minutes("Kommunstyrelsen\n\n§ 30\nExploateringsavtal för kvarteret Eken\n\nBeslut\nKommunstyrelsen "
                 "godkänner exploateringsavtalet.\n\nÄrendet\nAvtalsparter:\n- Bergby kommun\n"
                 "- Ekbacken Bygg AB (org.nr 556000-1234)\n- Bergby Energi AB, såvitt avser servitut för "
                 "fjärrvärme\n\nBeslutsunderlag\nTjänsteskrivelse.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Bergby kommun", "Ekbacken Bygg AB", "Bergby Energi AB")


def test_the_parties_told_in_a_sentence_of_their_own():
    m = _minutes("Kommunstyrelsen\n\n§ 12\nMedborgarlöfte 2026\n\nBeslut\nKommunstyrelsen godkänner "
                 "medborgarlöftet för 2026.\n\nÄrendet\nKommunen och polisen tar fram ett löfte varje år. "
                 "Parterna är Bergby kommun och Polisregion Mitt. Löftet gäller trygghet i centrum.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Bergby kommun", "Polisregion Mitt")


def test_the_parties_named_a_sentence_before_an_agreement_mellan_kommunerna():
    m = _minutes("Byggnadsnämnden\n\n§ 21\nAvtal om gemensam bygglovshandläggning\n\nÄrendet\nBergby kommun, "
                 "Åsby kommun och Dalby kommun har sedan\n2020 delat handläggare. Ett nytt avtal mellan kommunerna "
                 "har\ntagits fram.\n\nBeslut\nByggnadsnämnden godkänner avtalet.\n\nBeslutet skickas till\n"
                 "Åsby kommun, Dalby kommun\n")
    assert m.paragraphs[0].agreements[0].parties == ("Bergby kommun", "Åsby kommun", "Dalby kommun")


def test_a_companys_minutes_make_the_company_the_party_of_its_agreements():
    m = _minutes("Norrby Energi AB\nStyrelsen\nProtokoll 2024-03-12\n\n§ 4\nAvtal om leverans av fjärrvärme\n\n"
                 "Ärendet\nBolaget och Region Norrbotten har förhandlat fram ett avtal om leverans av värme till "
                 "sjukhuset.\n\nBeslut\nStyrelsen beslutar att godkänna avtalet.\n\n§ 5\nTilläggsavtal\n\nBeslut\n"
                 "Styrelsen beslutar att godkänna tilläggsavtalet med Bergby Buss AB.\n")
    assert [p.agreements[0].parties for p in m.paragraphs] == [("Norrby Energi AB", "Region Norrbotten"),
                                                                ("Norrby Energi AB", "Bergby Buss AB")]


def test_an_agreement_tecknas_med_a_party_and_a_third_party_joins_it():
    m = _minutes("Direktionen\n\n§ 8\nÖverenskommelse om gemensam ledningscentral\n\nÄrendet\nBergby kommun och "
                 "Polisregion Mitt har samverkat länge. Överenskommelsen tecknas med Polisregion Mitt. Region "
                 "Norrbotten\nansluter som tredje part för ambulansen. Åsby kommun ansluter inte.\n\nBeslut\n"
                 "Direktionen godkänner överenskommelsen.\n")
    agreement = m.paragraphs[0].agreements[0]
    assert agreement.parties == ("Bergby kommun", "Polisregion Mitt", "Region Norrbotten")
    assert agreement.title == "Överenskommelse om gemensam ledningscentral"


def test_an_agreement_quoted_as_another_matters_title_in_the_agenda_decision_is_none():
    m = _minutes("Kommunstyrelsen\n\n§ 2\nFastställande av föredragningslista\n\nBeslut\nFöredragningslistan "
                 "fastställs med tillägg av ärendet Samarbetsavtal med Bergby Golfklubb AB.\n")
    assert m.paragraphs[0].agreements == ()


def test_a_remiss_from_another_organisations_styrelse_is_not_passed_on_by_the_organisation():
    m = _minutes("Kommunstyrelsen\n\n§ 112\nRemiss från Regionstyrelsen - Förslag till regional strategi\n\nÄrendet\n"
                 "Regionstyrelsen i Region Örebro län har remitterat ett förslag till regional strategi till länets "
                 "kommuner.\n")
    assert m.paragraphs[0].referred_by.value == "Regionstyrelsen"


def test_bare_names_listed_before_a_named_party_member_all_reserve():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-04-02\nBeslutande\nTommy Larsson (S)\nEva Nyman (S)\n"
            "Per-Ola Strand (S)\nKristina Ohlsson (V)\nJusterare: Eva Nyman (S)\n"
            "§ 58 Svar på motion om fritidsbank\nBeslut\nMotionen anses besvarad.\nReservation\n"
            "Socialdemokraternas ledamöter Tommy Larsson, Eva Nyman och Per-Ola Strand samt Kristina Ohlsson (V) "
            "reserverar sig till förmån för Tommy Larssons yrkande.\n")
    par = extract_minutes(_src(text)).paragraphs[0]
    reserving = {(r.name, r.party) for st in par.statements if st.kind == "reservation" for r in st.by}
    assert reserving == {("Tommy Larsson", "S"), ("Eva Nyman", "S"), ("Per-Ola Strand", "S"),
                         ("Kristina Ohlsson", "V")}


def test_bare_names_with_a_party_note_before_a_named_party_member_all_reserve():
    # "A, B och C, samtliga KD, samt D (L)": the note of the bare names' party is part of the list's joins.
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-04-02\nBeslutande\nOtto Vik (KD)\nSaga Holm (KD)\n"
            "Ivar Ström (KD)\nTilda Ek (L)\nJusterare: Saga Holm (KD)\n"
            "§ 58 Svar på motion om lekplatser\nBeslut\nMotionen anses besvarad.\nReservation\n"
            "Otto Vik, Saga Holm och Ivar Ström, samtliga KD, samt Tilda Ek (L) "
            "reserverar sig till förmån för Otto Viks yrkande.\n")
    par = extract_minutes(_src(text)).paragraphs[0]
    reserving = {(r.name, r.party) for st in par.statements if st.kind == "reservation" for r in st.by}
    assert reserving == {("Otto Vik", "KD"), ("Saga Holm", "KD"), ("Ivar Ström", "KD"), ("Tilda Ek", "L")}


def test_a_group_word_before_a_list_with_one_party_is_no_part_of_the_first_name():
    # "Ersättarna A och B (båda MP)": the definite plural names the group; the people are A and B, and with an
    # attendance list that gives the members no role each takes the group word's.
    text = ("Tekniska nämnden\nSammanträdesdatum: 2024-04-02\nBeslutande\nHugo Sand (S), ordförande\n"
            "Märta Fjäll (MP)\nEbbe Rask (MP)\nJusterare: Hugo Sand (S)\n"
            "§ 7 Taxa för parkering\nBeslut\nTaxan antas.\nReservation\n"
            "Ledamöterna Märta Fjäll och Ebbe Rask (båda MP) reserverar sig mot beslutet.\n")
    m = extract_minutes(_src(text))
    reserving = {(r.name, r.party) for st in m.paragraphs[0].statements if st.kind == "reservation" for r in st.by}
    assert reserving == {("Märta Fjäll", "MP"), ("Ebbe Rask", "MP")}
    roles = {p.name: p.roles for p in m.persons}
    assert "Ledamöterna Märta Fjäll" not in roles
    assert roles["Märta Fjäll"] == roles["Ebbe Rask"] == ("ledamot",)
    assert "ledamot" not in roles["Hugo Sand"]


def test_a_reservation_by_listed_members_named_by_surname_alone():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-04-02\nBeslutande\nAnna Falk (S)\nPer Grip (C)\n"
            "Lisa Grip (M)\nJusterare: Anna Falk (S)\n"
            "§ 9 Budget\nBeslut\nBudgeten antas.\nReservation\n"
            "Falk och Nord reserverar sig mot beslutet.\nGrip reserverar sig mot beslutet.\n"
            "Falk reserverar sig mot beslutet till förmån för Falks yrkande.\n")
    par = extract_minutes(_src(text)).paragraphs[0]
    reserving = [[r.name for r in st.by] for st in par.statements if st.kind == "reservation"]
    # Nord is no listed person and two listed people are called Grip: only the last sentence names one.
    assert reserving == [["Anna Falk"]]


def test_joining_a_members_forslag_is_moving_it_but_joining_the_administrations_is_not():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-04-02\nBeslutande\nKarl Öst (S)\nIda Berg (V)\n"
            "Maj Rud (L)\nJusterare: Karl Öst (S)\n"
            "§ 9 Motion om badplatser\nFörslag till beslut\nKarl Öst (S) föreslår att motionen bifalls. "
            "Ida Berg (V) instämmer i Östs förslag. Maj Rud (L) instämmer i förvaltningens förslag.\n"
            "Beslut\nMotionen bifalls.\n")
    par = extract_minutes(_src(text)).paragraphs[0]
    movers = {r.name for p in par.proposals for r in p.by}
    assert movers == {"Karl Öst", "Ida Berg"}


def test_a_motion_that_fullmaktige_decided_to_remit_to_the_body_was_referred_by_fullmaktige():
    m = _minutes("Kultur- och fritidsnämnden\n\n§ 31\nSvar på motion om öppna bibliotek\n\nÄrendet\n"
                 "Kommunfullmäktige beslutade 2025-02-17, § 12, att remittera motionen till kultur- och fritidsnämnden "
                 "för yttrande.\n\nBeslut\nNämnden föreslår att motionen avslås.\n")
    assert m.paragraphs[0].referred_by.value == "Kommunfullmäktige"


def test_a_proposal_remitted_to_the_body_is_sent_to_it_not_a_proposal_named_after_it():
    m = _minutes("Barn- och utbildningsnämnden\n\n§ 18\nSvar på medborgarförslag om skolskjuts\n\nÄrendet\n"
                 "Kommunfullmäktige beslutade 2025-03-10, § 21, att remittera förslaget till barn- och "
                 "utbildningsnämnden för yttrande.\n\nBeslut\nNämnden föreslår att förslaget avslås.\n")
    assert m.paragraphs[0].referred_by.value == "Kommunfullmäktige"


def test_h40_information_item_without_decision_records_none():
    from kommungraf.extract.paragraph import records_no_decision

    assert records_no_decision("Information från förvaltningen")
    assert records_no_decision("Information från förvaltningen: Bokslut 2023")
    assert not records_no_decision("Informationssäkerhetspolicy")
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-20\n\n"
        "§ 32\nInformation från förvaltningen\n\nEkonomichef Per Sand informerar om bokslutet.\n\n"
        "§ 33\tKS 24/0102\nTaxa för parkering\n\nBeslut\nTaxan antas.\n")
    assert _par(m, "32").without_decision and not _par(m, "32").decision_points


def test_h40_title_line_is_its_own_sentence_for_proposals():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\n"
        "§ 85\tDnr 2024/97.111\n"
        "Fyllnadsval av ledamot i socialnämnden efter Jan Ohlin (L)\n"
        "Valberedningens ordförande Åsa Wennerholm (M) yrkar att Camilla Frisk (L) väljs till ny ledamot i\n"
        "socialnämnden för tiden till och med den 31 december 2026.\n\n"
        "Kommunfullmäktiges beslut\nTill ny ledamot i socialnämnden väljs Camilla Frisk (L).\n")
    movers = [r.name for pr in _par(m, "85").proposals for r in pr.by]
    assert movers == ["Åsa Wennerholm"]


_AGREEMENT_MINUTES = _KF_HEAD + (
    "\n§ 81  Dnr KS 2024/0157\n"
    "{title}\n"
    "Ärendebeskrivning\n{background}\n"
    "Beslut\nKommunfullmäktige beslutar\natt godkänna avtalet.\n"
)


def test_an_agreement_with_two_named_counterparties_after_med_has_both():
    text = _AGREEMENT_MINUTES.format(
        title="Avtal om samverkan inom vuxenutbildning med Burlövs kommun och Staffanstorps kommun",
        background="Ett nytt avtal har tagit fram.")
    m = extract_minutes(_src("Lomma kommun\n" + text))
    assert set(m.paragraphs[0].agreements[0].parties) == {"Lomma kommun", "Burlövs kommun", "Staffanstorps kommun"}


def test_the_parties_that_open_a_sentence_saying_they_made_the_agreement_are_its_parties():
    text = _AGREEMENT_MINUTES.format(
        title="Avsiktsförklaring om Simrishamnsbanan",
        background="Staffanstorps kommun, Malmö stad, Lunds kommun och Region Skåne har tagit fram en "
                   "avsiktsförklaring om planering. Trafikverket har deltagit men är inte part.")
    m = extract_minutes(_src("Staffanstorps kommun\n" + text))
    assert set(m.paragraphs[0].agreements[0].parties) == {"Staffanstorps kommun", "Malmö stad", "Lunds kommun",
                                                         "Region Skåne"}


def test_a_note_that_a_member_may_bring_to_the_minutes_is_a_protokollsanteckning():
    text = (_KF_HEAD + "§ 58 Dnr KS 2024/12\nMarkanvisningsavtal\nBeslut\nAvtalet godkänns.\n"
            "Protokollsanteckning\nSverigedemokraternas gruppledare Mikael Berg (SD) får föra följande anteckning "
            "till protokollet: Sverigedemokraterna välkomnar fler\nbostadsrätter men anser att normen bör ses över.\n")
    st = _minutes(text).paragraphs[0].statements
    assert [(s.kind, [r.name for r in s.by]) for s in st] == [("protokollsanteckning", ["Mikael Berg"])]


def test_h44_past_tense_request_for_opinion_is_referral():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-09-03\nOrdförande: Erik Löv (C)\n\n"
        "§ 142\tDnr KS 2024/311\nAnmälan av ordförandebeslut om vindkraft\n\n"
        "Ärendet\nLänsstyrelsen Västernorrland, miljöprövningsdelegationen, begärde\n"
        "2024-07-05 kommunens yttrande över Vind AB:s ansökan om tillstånd.\n\n"
        "Beslut\nKommunstyrelsen godkänner anmälan.\n")
    ref = _par(m, "142").referred_by
    assert ref is not None and ref.value == "Länsstyrelsen Västernorrland"


def test_h44_agreement_in_matter_when_decision_only_refers_to_appendix():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-04-29\nOrdförande: Mattias Sjö (S)\n\n"
        "§ 71\tDnr KS 2024/211\nFörvärv av fastigheten Vivsta 3:118\n\n"
        "Ett köpeavtal mellan Timrå kommun och Vivsta Mark AB har förhandlats fram.\n\n"
        "Beslut\nKommunstyrelsen beslutar enligt bilaga 3.\n")
    agreements = _par(m, "71").agreements
    assert [a.parties for a in agreements] == [("Timrå kommun", "Vivsta Mark AB")]


def test_a_labelled_reservation_line_for_ones_own_proposal():
    m = _minutes(_H31_HEAD + "§ 142 Markanvisningsavtal\nBeslut\nKommunstyrelsen godkänner avtalet.\n\n"
                 "Reservationer\nReservation till förmån för eget yrkande: Ingrid Modig (V).\n")
    reservations = [st for st in m.paragraphs[0].statements if st.kind == "reservation"]
    assert [r.name for st in reservations for r in st.by] == ["Ingrid Modig"]


def test_h47_party_table_with_part_column_gives_the_parties():
    from kommungraf.extract.paragraph import _party_table

    text = ("Parter i avtalet:\nPart\tOrg.nr\tRoll i avtalet\n"
            "Eksjö kommun\t212000-0001\tVärdkommun (nedan kallad värdkommunen)\n"
            "Aneby kommun\t212000-0002\tSamverkanskommun\n"
            "Ärendet har beretts efter samråd med Länsstyrelsen i Jönköpings län.\n")
    assert [n for n, _, _ in _party_table(text, None, None)] == ["Eksjö kommun", "Aneby kommun"]


def test_h47_table_of_documents_gives_no_parties():
    from kommungraf.extract.paragraph import _party_table

    text = "Part\tOrg.nr\nEksjö kommun\t212000-0001\nbilaga 2, kartor\t-\n"
    assert _party_table(text, None, None) == []


def test_h47_holders_of_the_current_agreement_are_its_parties():
    from kommungraf.extract.paragraph import _holding_parties

    text = ("Sammanfattning\nArbetsförmedlingen och Tranås kommun (nedan kallad kommunen) har sedan 2019 en lokal\n"
            "överenskommelse om samverkan. Den nya gäller 2025–2027.")
    assert [n for n, _, _ in _holding_parties(text, "Kommunstyrelsen", "Tranås kommun")] == [
        "Arbetsförmedlingen", "Tranås kommun"]


def test_h47_definition_between_parties_after_mellan_keeps_the_list():
    from kommungraf.extract.paragraph import _agreement_parties

    text = "Avtalet sluts mellan Tierps kommun (nedan kallad Tierp) och Östhammars kommun (nedan kallad kommunen)."
    start = text.index("mellan") + len("mellan ")
    assert [n for n, _, _ in _agreement_parties(text, start, "Kommunstyrelsen", "Östhammars kommun")] == [
        "Tierps kommun", "Östhammars kommun"]


def test_h51_statement_signed_for_a_group_by_its_leader_is_the_leaders():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\n§ 104\nHyresavtal\n\n"
        "Beslut\nAvtalet godkänns.\n\n"
        "SÄRSKILT YTTRANDE (M, L, KD)\nVi står bakom en ny simhall men anser att kostnaderna borde ha prövats.\n"
        "För Moderaternas, Liberalernas och Kristdemokraternas fullmäktigegrupper\n"
        "Camilla Ståhl (M), gruppledare\n\n"
        "PROTOKOLLSANTECKNING\nLokalpartiet välkomnar beslutet.\nFör Lokalpartiets fullmäktigegrupp\n"
        "Bo Fridh (LP), gruppledare\n")
    by = {(s.kind, r.name) for s in m.paragraphs[0].statements for r in s.by}
    assert ("särskilt yttrande", "Camilla Ståhl") in by
    assert ("protokollsanteckning", "Bo Fridh") in by


def test_h51_substitute_endorses_group_statement_signed_below_the_text():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-09-10\n\nBeslutande\nAnna Grahn (S), ordförande\n\n"
        "§ 141\nDelårsrapport\n\nBeslut\nRapporten godkänns.\n\n"
        "Särskilt yttrande från Socialdemokraterna\nVi noterar att äldreomsorgen visar underskott.\n"
        "För den socialdemokratiska gruppen\nAnna Grahn, gruppledare\n\n"
        "Ersättaren Hanna Borg (S) instämmer i Socialdemokraternas särskilda\nyttrande.\n")
    sts = m.paragraphs[0].statements
    grahn = next(i for i, s in enumerate(sts) if [r.name for r in s.by] == ["Anna Grahn"])
    assert sts[grahn].kind == "särskilt yttrande" and sts[grahn].by[0].party == "S"
    borg = next(s for s in sts if [r.name for r in s.by] == ["Hanna Borg"])
    assert (borg.kind, borg.endorses) == ("ersättaryttrande", grahn)


def test_h51_group_signature_in_an_appendix_after_the_statement_section_signs_nothing():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-13\n\n§ 131\nÄgardirektiv\n\nBeslut\nDirektiven antas.\n\n"
        "Särskilt yttrande\nPer Moberg (SD) lämnar ett särskilt yttrande, bilaga 2.\n"
        "Bilaga 1 – Yrkande\nVi yrkar att direktiven kompletteras.\n"
        "För Socialdemokraterna, Vänsterpartiet och Miljöpartiet\nHarald Ek (S), gruppledare\n")
    names = {r.name for s in m.paragraphs[0].statements for r in s.by}
    assert "Harald Ek" not in names


def test_h51_sale_agreement_for_a_property_names_the_buyer_after_med():
    m = _minutes(
        "Höganäs kommun\nKommunstyrelsen\nSammanträdesdatum 2024-09-10\n\n§ 142\nFörsäljning av fastighet\n\n"
        "Beslut\nKommunstyrelsen beslutar\n1. att godkänna köpeavtalet för fastigheten Höganäs Väsby 24:1 med Peab "
        "Bostad AB.\n")
    ags = m.paragraphs[0].agreements
    assert ags and set(ags[0].parties) == {"Höganäs kommun", "Peab Bostad AB"}


def test_h50_agreement_parties_that_negotiated_it():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-03-20\n"
        "§ 38 Exploateringsavtal för fastigheten Väsby 28:14 med Peab Bostad AB\n"
        "Höganäs kommun och Peab Bostad AB har förhandlat fram ett exploateringsavtal för bostäder.\n"
        "Beslut\nKommunstyrelsen godkänner avtalet.\n")
    assert [a.parties for a in m.paragraphs[0].agreements] == [("Höganäs kommun", "Peab Bostad AB")]


def test_h50_agreement_on_joint_body_has_its_members_as_parties():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum: 2024-06-17\n"
        "§ 45 Samverkansavtal om gemensam överförmyndarnämnd\n"
        "Sammanfattning av ärendet\n"
        "Vara kommun, Essunga kommun och Grästorps kommun har sedan 2015 en\n"
        "gemensam överförmyndarnämnd med Vara kommun som värdkommun.\n"
        "Kommunfullmäktiges beslut\nKommunfullmäktige godkänner samverkansavtalet.\n")
    assert [a.parties for a in m.paragraphs[0].agreements] == [("Vara kommun", "Essunga kommun", "Grästorps kommun")]


def test_agreement_on_joint_body_has_the_members_who_prepared_it_as_parties():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum: 2024-06-17\n"
        "§ 46 Samverkansavtal om gemensam lönenämnd\n"
        "Ärendebeskrivning\nÅmåls kommun, Bengtsfors kommun och Dals-Eds kommun har utrett en gemensam lönenämnd "
        "med Åmåls kommun som värdkommun.\n"
        "Beslut\nKommunstyrelsen föreslår kommunfullmäktige besluta\n"
        "1. att godkänna samverkansavtalet,\natt kommunen ingår i den gemensamma nämnden från 2025-01-01 och att den\n"
        "2.\nnuvarande lönenämnden därmed upphör.\n")
    par = m.paragraphs[0]
    assert [a.parties for a in par.agreements] == [("Åmåls kommun", "Bengtsfors kommun", "Dals-Eds kommun")]
    assert len(par.decision_points) == 2


def test_remiss_sent_as_the_second_verb_of_the_senders_sentence_is_a_referral():
    m = _minutes("Kommunstyrelsen\n\n§ 40   Yttrande över åtgärdsvalsstudie för väg 50\n\nÄrendet\nTrafikverket har "
                 "tagit fram en åtgärdsvalsstudie för väg 50 och skickat den på remiss till Askersunds kommun och "
                 "Region Örebro län.\n\nBeslut\nKommunstyrelsen antar yttrandet.\n")
    ref = m.paragraphs[0].referred_by
    assert ref is not None and ref.value == "Trafikverket"


def test_a_presidiums_proposal_is_its_decision_in_its_own_minutes():
    m = _minutes("Kommunfullmäktiges presidium\nSammanträdesdatum 2024-02-15\n\n§ 4\nBudget för revisionen 2025\n"
                 "De förtroendevalda revisorerna har begärt en höjd ram.\nPresidiets förslag\nPresidiet föreslår "
                 "kommunfullmäktige besluta att fastställa revisionens budget till 1 200 000 kronor.\n")
    assert len(m.paragraphs[0].decision_points) == 1


def test_bare_fullmaktige_opens_a_decision_without_a_heading():
    m = _minutes("Kommunfullmäktige\n\n§ 3.  Val av justerare\nFullmäktige  utser  Eva Ek (s) och  Per Lund\n"
                 "(m)  att jämte ordföranden justera dagens protokoll.\n")
    assert len(m.paragraphs[0].decision_points) == 1


def test_h52_plan_sent_on_samrad_to_this_body_is_a_referral():
    m = _minutes("Förbundsdirektionen\n\n§ 12   Yttrande över samråd om detaljplan för Vega, Haninge kommun\n\n"
                 "Ärendet\nHaninge kommun har skickat förslag till detaljplan för Vega etapp 4 på samråd till "
                 "förbundet. Trafikverket har getts tillfälle att yttra sig direkt till kommunen.\n\n"
                 "Beslut\nFörbundsdirektionen antar förvaltningens förslag till yttrande.\n")
    assert m.paragraphs[0].referred_by is not None
    assert m.paragraphs[0].referred_by.value == "Haninge kommun"


def test_h52_own_plan_sent_out_on_samrad_is_no_referral():
    m = _minutes("Bygg- och miljönämnden\n\n§ 32   Detaljplan för Bålsta 1:23 – beslut om samråd\n\n"
                 "Planförslaget skickas ut på samråd till Länsstyrelsen i Uppsala län och Trafikverket.\n\n"
                 "Beslut\nNämnden beslutar att skicka ut planförslaget på samråd.\n")
    assert m.paragraphs[0].referred_by is None


def test_h52_two_agreements_of_one_paragraph_keep_both_parties():
    m = _minutes("Kommunstyrelsen\n\n§ 88   Exploateringsavtal och medfinansieringsavtal för detaljplan\n\n"
                 "Ett exploateringsavtal har förhandlats fram mellan Håbo kommun och Skanska Sverige AB. Ett "
                 "medfinansieringsavtal mellan Håbo kommun, Trafikverket och Region Uppsala reglerar bidraget.\n\n"
                 "Beslut\nKommunstyrelsen godkänner avtalen.\n")
    parties = {p for a in m.paragraphs[0].agreements for p in a.parties}
    assert parties == {"Håbo kommun", "Skanska Sverige AB", "Trafikverket", "Region Uppsala"}
    assert len(m.paragraphs[0].agreements) == 2


def test_h52_agreement_in_passing_adds_no_second_agreement():
    m = _minutes("Kommunstyrelsen\n\n§ 9   Samverkansavtal om räddningstjänst\n\n"
                 "Ett samverkansavtal mellan Håbo kommun och Enköpings kommun föreslås. Ett hyresavtal mellan "
                 "Håbo kommun och Håbohus AB gäller sedan tidigare.\n\n"
                 "Beslut\nKommunstyrelsen godkänner samverkansavtalet.\n")
    assert len(m.paragraphs[0].agreements) == 1


def test_h53_auditors_and_council_decide_without_a_heading():
    m = _minutes("Ödeby kommun\nRevisorerna\nSammanträde 2024-03-14\n\n"
                 "Rev § 13\tGranskning av intern kontroll\nKPMG AB har granskat kontrollen.\n"
                 "Revisorerna beslutar att\n– godkänna granskningsrapporten,\n– begära ett yttrande.\n\n"
                 "Rev § 15\tInformation om bokslut\nEkonomichefen informerar.\nRevisorerna noterar informationen.\n")
    assert [len(p.decision_points) for p in m.paragraphs] == [2, 1]


def test_h53_nominating_member_makes_a_proposal_also_naming_another_nämnd():
    m = _minutes("Ödeby kommun\nValberedningen\n\nNärvarande ledamöter:  Anna Berg (S), ordförande\n"
                 "                       Karl Nord (M)\n\n"
                 "Valb § 9    Fyllnadsval\n\nNomineringar\n"
                 "Karl Nord (M) nominerar Eva Lind (M) till ledamot i\nsocialnämnden.\n\n"
                 "Valberedningens förslag till kommunfullmäktige\nKommunfullmäktige föreslås besluta\n"
                 "att till ledamot i socialnämnden välja Eva Lind (M).\n")
    assert [r.name for p in m.paragraphs[0].proposals for r in p.by] == ["Karl Nord"]


def test_the_members_of_a_joint_namnd_since_a_full_date_are_the_agreements_parties():
    m = _minutes("Överförmyndarnämnden Mitt\nSammanträdesdatum: 2024-05-16\n"
                 "§ 31 Revidering av samverkansavtal om gemensam överförmyndarnämnd\nSammanfattning\n"
                 "Sundsvalls kommun, Timrå kommun och Ånge kommun har sedan 2019-01-01 en gemensam "
                 "överförmyndarnämnd. Samverkansavtalet ska ses över.\nBeslut\n"
                 "Överförmyndarnämnden föreslår kommunfullmäktige att godkänna det reviderade samverkansavtalet.\n")
    parties = {p for a in _par(m, "31").agreements for p in a.parties}
    assert {"Sundsvalls kommun", "Timrå kommun", "Ånge kommun"} <= parties


def test_a_group_statement_given_through_a_person_named_after_the_verb():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\n§ 90\nBudget 2025\n\n"
                 "Kommunfullmäktiges beslut\nBudgeten fastställs.\n\n"
                 "Protokollsanteckning\nCenterpartiets grupp lämnar genom Maria Sundén (C) följande anteckning till "
                 "protokollet: \"Vi vill se en översyn.\"\n")
    statements = _par(m, "90").statements
    assert [(s.kind, [r.name for r in s.by]) for s in statements] == [("protokollsanteckning", ["Maria Sundén"])]


def test_a_referral_whose_date_and_paragraph_stand_before_its_verb():
    m = _minutes("Barn- och utbildningsnämnden\n\n§ 52\nYttrande över motion om simskola\n\nÄrendebeskrivning\n"
                 "Kommunfullmäktige har 2024-04-22, § 28, remitterat en motion till barn- och "
                 "utbildningsnämnden för yttrande.\n\nBeslut\nNämnden tillstyrker motionen.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Kommunfullmäktige"




def test_the_unnamed_chair_moving_after_an_inline_yrkanden_label():
    m = _minutes(_PN_HEAD + "§ 24  Ärende\n\nYrkanden: Ordföranden yrkar bifall. Petra Nyström (SD) yrkar avslag."
                 "\n\nPatientnämnden beslutar att godkänna.\n")
    assert [[r.name for r in p.by] for p in _par(m, "24").proposals] == [["Kjell Åström"], ["Petra Nyström"]]


@pytest.mark.parametrize("motion", ["Ordföranden m.fl. yrkar bifall.", "Ordföranden m.fl. (S, MP) yrkade bifall."])


def test_the_unnamed_chair_moving_with_others_is_the_chair_with_others(motion):
    m = _minutes(_PN_HEAD + f"§ 24  Ärende\n\nYrkanden\n{motion}\nPetra Nyström (SD) yrkar avslag.\n\n"
                 "Patientnämnden beslutar att godkänna.\n")
    assert [[(r.name, r.with_others) for r in p.by] for p in _par(m, "24").proposals] == \
        [[("Kjell Åström", True)], [("Petra Nyström", False)]]


def test_a_decision_in_the_present_tense_with_its_own_verb_instead_of_beslutar():
    m = _minutes(_PN_HEAD + "§ 25  Verksamhetsplan\n\nRegion Norrbottens patientnämnd godkände planen.\n\n"
                 "Yrkande: Anneli Holmgren (S) yrkar bifall.\n\n"
                 "Patientnämnden fastställer verksamhetsplan med budget 2025.\n")
    assert [d.value for d in _par(m, "25").decision_points] == \
        ["Patientnämnden fastställer verksamhetsplan med budget 2025."]


def test_an_ersattare_joining_a_special_statement_named_briefly_makes_an_ersattaryttrande():
    m = _minutes(_PN_HEAD + "§ 25  Ärende\n\nPatientnämnden beslutar att fastställa planen.\n\n"
                 "Särskilt yttrande: Anneli Holmgren (S) lämnar ett särskilt yttrande om kostnaderna.\n"
                 "Ersättaren Tord Gustavsson (S) ställer sig bakom Anneli Holmgrens yttrande.\n")
    sts = _par(m, "25").statements
    assert [(s.kind, [r.name for r in s.by], s.endorses) for s in sts] == [
        ("särskilt yttrande", ["Anneli Holmgren"], None), ("ersättaryttrande", ["Tord Gustavsson"], 0)]


def test_document_sent_for_opinion_is_a_referral() -> None:
    text = ("Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-03-19\nOrdförande\tErik Dahl (M)\n"
            "§ 45 Yttrande över samrådsunderlag för väg 66\nÄrendebeskrivning\nTrafikverket har 2024-02-12 skickat "
            "samrådsunderlaget för väg 66 till Malung-Sälens kommun för yttrande.\nBeslut\n"
            "Arbetsutskottet beslutar att lämna yttrande enligt förslaget.\n")
    ref = _par(_minutes(text), "45").referred_by
    assert ref is not None and ref.value == "Trafikverket"


def test_an_invitation_to_comment_on_a_remiss_names_who_referred_it():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-09-16\n\n§ 151  Yttrande över remiss om handlingsprogram\n\n"
                 "Sametinget har bjudit in kommunerna i förvaltningsområdet att lämna synpunkter på förslaget.\n\n"
                 "Beslut\nKommunstyrelsen antar yttrandet.\n")
    ref = _par(m, "151").referred_by
    assert ref is not None and ref.value == "Sametinget"


def test_a_member_who_gives_a_plain_yttrande_with_its_text_makes_a_sarskilt_yttrande():
    m = _minutes("Parknämnden\nSammanträdesdatum 2024-11-25\n\n§ 214  Plan\n\nBeslut\nNämnden godkänner planen.\n\n"
                 "Yttrande\nRolf Engström (SD) anmäler ett yttrande: ”Planen saknar en kostnadsberäkning.”\n")
    kinds = [(s.kind, [r.name for r in s.by]) for s in _par(m, "214").statements]
    assert kinds == [("särskilt yttrande", ["Rolf Engström"])]


def test_an_att_clause_to_adjust_the_paragraph_at_once_is_an_immediate_adjustment():
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2025-01-28\n\n§14 Remissvar\n\nBeslut\n"
                 "Tekniska nämnden beslutar\natt översända förslaget till kommunstyrelsen,\n"
                 "att omedelbart justera paragrafen.\n")
    assert _par(m, "14").immediate_adjustment


def test_the_body_adjusting_the_paragraph_at_once_in_the_active_is_an_immediate_adjustment():
    m = _minutes("Kulturnämnden\nSammanträdesdatum 2025-02-11\n\n§ 7 Remissvar\n\nBeslut\n"
                 "1. Kulturnämnden lämnar yttrande enligt förvaltningens förslag.\n"
                 "2. Kulturnämnden justerar paragrafen omedelbart.\n")
    assert _par(m, "7").immediate_adjustment
    assert len(_par(m, "7").decision_points) == 2


def test_an_ocr_rn_for_m_in_omedelbart_still_adjusts_the_paragraph_at_once():
    # A scanned protocol's OCR reads "m" as "rn"; the sentence is unmistakable all the same.
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2009-01-28\n\n§ 14 Remissvar\n\nBeslut\n"
                 "1. Nämnden antar yttrandet.\n2. Paragrafen förklaras ornedelbart justerad.\n")
    assert _par(m, "14").immediate_adjustment




def test_a_passive_adoption_of_a_named_forslag_gives_the_forslag_points():
    m = _minutes(_KS_HEAD + "\n§ 63   Samverkansavtal\n\nBeslutsunderlag\nTjänsteskrivelse 2024-03-11\n"
                 "Arbetsutskottets förslag\n1. Avtalet godkänns.\n2. Kommundirektören undertecknar avtalet.\n"
                 "3. Avtalet utvärderas 2026.\n\nBeslut\nArbetsutskottets förslag bifalls.\n")
    assert len(_par(m, "63").decision_points) == 3


def test_fullmaktige_adopting_the_boards_forslag_counts_the_forslag_points_once():
    m = _minutes(_KF_HEAD + "\n§ 58   Investeringsram\n\nKommunstyrelsens förslag till kommunfullmäktige\n"
                 "1. Ramen utökas med 14,5 mnkr.\n2. Utökningen finansieras genom upplåning.\n\n"
                 "Kommunfullmäktiges beslut\nKommunstyrelsens förslag bifalls.\n")
    assert [p.value[:2] for p in _par(m, "58").decision_points] == ["1.", "2."]


# extract/paragraph.py (a guard for _proposal_adopted_below: no adoption, both sections count)


def test_a_forslag_to_fullmaktige_and_a_decision_for_its_own_part_keep_both():
    m = _minutes(_KS_HEAD + "\n§ 62   Taxor\n\nKommunstyrelsens förslag till kommunfullmäktige\n"
                 "1. Taxan antas.\n2. Avgifterna fastställs.\n\nKommunstyrelsens beslut för egen del\n"
                 "1. Förvaltningen får i uppdrag att redovisa utfallet.\n")
    assert len(_par(m, "62").decision_points) == 3


def test_the_chair_of_another_body_moving_here_is_a_proposer():
    m = _minutes(_KF_HEAD + "\n§ 58   Investeringsram\n\nYrkanden\nOrdföranden i kommunstyrelsen, Kristina Olofsson "
                 "(S), yrkar bifall till kommunstyrelsens förslag.\n\nBeslut\nFörslaget bifalls.\n")
    assert [r.name for p in _par(m, "58").proposals for r in p.by] == ["Kristina Olofsson"]


# extract/paragraph.py (a guard for _office_in_body: what happened in the other body still is not this body's)


def test_a_motion_made_in_another_body_stays_out():
    m = _minutes(_KF_HEAD + "\n§ 58   Investeringsram\n\nÄrendebeskrivning\nI kommunstyrelsen yrkade Eva Ek (SD) "
                 "avslag.\n\nBeslut\nFörslaget bifalls.\n")
    assert not _par(m, "58").proposals


def test_the_boards_earlier_meeting_told_in_the_past_gives_no_proposal_or_reservation_here():
    m = _minutes(_KF_HEAD + "\n§ 59   Svar på motion om solceller\n\nÄrendebeskrivning\nKommunstyrelsen behandlade "
                 "ärendet 2024-03-05, § 40. Vid det sammanträdet yrkade Lars Holm (MP) bifall till motionen. "
                 "Tekniska nämnden beslutade enligt förvaltningens förslag och Stina Berg (L) reserverade sig mot "
                 "beslutet.\n\nYrkanden\nLars Holm (MP) yrkar bifall till motionen.\n\nBeslut\nMotionen avslås.\n\n"
                 "Reservation\nLars Holm (MP) reserverar sig mot beslutet.\n")
    par = _par(m, "59")
    assert [[r.name for r in p.by] for p in par.proposals] == [["Lars Holm"]]
    assert [[r.name for r in st.by] for st in par.statements] == [["Lars Holm"]]


def test_co_mover_after_the_motions_object_proposes_too():
    m = _minutes(_KF_HEAD + "\n§ 61   Taxa för bygglov\n\nYrkanden\nSiv Holm (V) yrkar avslag på förslaget om ny "
                 "taxa med instämmande av Ali Berg (MP).\n\nBeslut\nTaxan antas.\n")
    assert [[r.name for r in p.by] for p in _par(m, "61").proposals] == [["Siv Holm", "Ali Berg"]]


def test_a_reservant_in_a_sentence_after_the_boards_decision_is_the_boards():
    m = _minutes(_KF_HEAD + "\n§ 60   Svar på motion om laddstolpar\n\nÄrendebeskrivning\nMotionen remitterades "
                 "till kommunstyrelsen. Kommunstyrelsen beslutade 2024-04-02 att föreslå fullmäktige att avslå "
                 "motionen. Petra Sund (MP) reserverade sig mot beslutet. Ersättaren Ola Nyd (L) yrkade "
                 "återremiss.\n\nYrkanden\nPetra Sund (MP) yrkar bifall till motionen.\n\nBeslut\nMotionen avslås."
                 "\n\nReservation\nPetra Sund (MP) reserverade sig mot beslutet.\n")
    par = _par(m, "60")
    assert [[r.name for r in p.by] for p in par.proposals] == [["Petra Sund"]]
    assert [(st.kind, [r.name for r in st.by]) for st in par.statements] == [("reservation", ["Petra Sund"])]
    assert par.statements[0].span.start > m.source.text.index("Reservation\n")




def _ctx(body: str | None = None) -> Context:
    return Context(body=body, chair=None, known_people=frozenset(), party_of={}, full_names={},
                   substitutes=frozenset(), divisions=())


def test_referral_passed_on_to_this_body_wins() -> None:
    text = ("Region Blekinge har skickat förslaget till folkhälsostrategi på remiss till länets kommuner. "
            "Kommunstyrelsen har den 2 december 2025 remitterat förslaget till barn- och ungdomsnämnden för "
            "yttrande senast den 6 februari 2026.")
    ref = find_referral(_mapped(text), 0, _ctx("Barn- och ungdomsnämnden"))
    assert ref is not None and ref.value == "Kommunstyrelsen"


def test_referral_told_in_the_past_tense_with_its_paragraph() -> None:
    text = ("Svar på remiss. Motionen väcktes i kommunfullmäktige 2025-02-10, och kommunstyrelsen remitterade "
            "2025-03-04, § 41, motionen till kultur- och fritidsnämnden med svar senast 2025-06-01.")
    ref = find_referral(_mapped(text), 0, _ctx("Kultur- och fritidsnämnden"))
    assert ref is not None and ref.value == "Kommunstyrelsen"


def test_a_past_tense_referral_of_a_förslag_till_a_document_is_sent_to_the_body_after_it() -> None:
    # "förslaget till taxa" names the document; the receiver is the "till" after it.
    text = ("Svar på remiss. Kommunstyrelsen remitterade 2025-01-14, § 9, förslaget till taxa till tekniska "
            "nämnden med svar senast 2025-04-01.")
    ref = find_referral(_mapped(text), 0, _ctx("Tekniska nämnden"))
    assert ref is not None and ref.value == "Kommunstyrelsen"


def test_a_past_tense_referral_to_another_body_that_passed_it_on_is_not_the_referral() -> None:
    text = ("Svar på remiss. Kommunfullmäktige remitterade motionen till kommunstyrelsen, som i sin tur har "
            "remitterat den till kultur- och fritidsnämnden.")
    ref = find_referral(_mapped(text), 0, _ctx("Kultur- och fritidsnämnden"))
    assert ref is None or ref.value != "Kommunfullmäktige"


def test_jav_question_and_administration_report_titles_record_no_decision():
    m = _minutes("Socialnämnden\nSammanträdesdatum: 2024-05-22\n\n"
                 "§ 62 Jäv\nIngen ledamot anmäler jäv.\n"
                 "§ 63 Fråga om snöröjningen\nAnna Ek (SD) frågar. Ordföranden förklarar frågan besvarad.\n"
                 "§ 64 Förvaltningen informerar\nSocialchef Therese Alm informerar om sommaren.\n")
    assert all(_par(m, n).without_decision for n in ("62", "63", "64"))


def test_authority_that_has_requested_an_opinion_without_owner_is_the_referral():
    m = _minutes("Socialnämnden\nSammanträdesdatum: 2024-05-22\n\n"
                 "§ 66 Yttrande till Inspektionen för vård och omsorg om klagomål\nDiarienummer: SN 2024/0102\n"
                 "Inspektionen för vård och omsorg (IVO) har begärt yttrande i ärende 3.5.1-11873/2024 med svar "
                 "senast 2024-06-03.\n"
                 "Socialnämndens beslut\nNämnden lämnar yttrande enligt förvaltningens förslag.\n")
    ref = _par(m, "66").referred_by
    assert ref is not None and ref.value == "Inspektionen för vård och omsorg"




def test_bracketed_lower_case_roman_numerals_are_separate_decision_points() -> None:
    text = (_BOARD_COLUMN_HEAD + "§ 58 Investering\n\nBeslut\nStyrelsen beslutar\n"
            "(i) att godkänna investeringen,\n(ii) att begära utökad borgen, samt\n"
            "(iii) att uppdra åt VD att upphandla.\n")
    assert len(_par(_minutes(text), "58").decision_points) == 3


def test_formal_items_with_a_passive_or_past_tense_decision_count_one() -> None:
    text = (_BOARD_COLUMN_HEAD +
            "§ 23\tMötets öppnande och val av justerare\n\tOrdföranden förklarade mötet öppnat. Till att jämte "
            "ordföranden justera dagens\n\tprotokoll utsågs Tobias Hammar.\n\n"
            "§ 24\tGodkännande av dagordning\n\tDagordningen godkändes.\n\n"
            "§ 25\nFöregående protokoll\n--------------------\n"
            "Protokollet från sammanträdet den 24 april 2024 lades till handlingarna.\n\n"
            "§ 26\nVal av justerare\n----------------\nStyrelsen utsåg Gunilla Thor att jämte ordföranden justera "
            "protokollet.\n\n"
            "§ 27\tMötets avslutande\n\tOrdföranden förklarade mötet avslutat.\n")
    m = _minutes(text)
    for number in ("23", "24", "25", "26"):
        assert len(_par(m, number).decision_points) == 1, number
    assert not _par(m, "27").decision_points and _par(m, "27").without_decision


def test_bare_stamma_opener_closing_a_line_after_a_note_heads_its_lettered_points() -> None:
    text = ("Protokoll fört vid ordinarie bolagsstämma i Exempelvatten AB\nTorsdagen den 25 april 2024\n"
            "§ 8\tBeslut om fastställelse av resultat- och balansräkning\n"
            "\tOmbuden upplyste att de röstar enligt instruktion. Bolagsstämman beslutade\n"
            "\ta) att fastställa resultaträkningen och balansräkningen för 2023,\n"
            "\tb) att bolagets vinst balanseras i ny räkning,\n"
            "\tc) att bevilja styrelsens ledamöter ansvarsfrihet.\n")
    assert len(_par(_minutes(text), "8").decision_points) == 3


def test_stamma_presentation_item_records_no_decision() -> None:
    text = ("Protokoll fört vid ordinarie bolagsstämma i Exempelvatten AB\nTorsdagen den 25 april 2024\n"
            "§ 7\tFramläggande av årsredovisning och revisionsberättelse\n"
            "\tFramlades årsredovisningen för räkenskapsåret 2023 jämte revisionsberättelsen.\n")
    p = _par(_minutes(text), "7")
    assert not p.decision_points and p.without_decision


def test_a_note_entered_at_a_members_request_with_the_member_before_the_verb():
    m = _minutes("Styrelsen\nSammanträdesdatum: 2024-05-23\nNärvarande\tIngrid Ohlsson (S), ledamot\n\n§ 26\tYttrande\n"
                 "Beslut\nStyrelsen beslutade att anta yttrandet.\nPå begäran av Ingrid Ohlsson antecknades till "
                 "protokollet att programmet bör ge landsbygden högre prioritet.\n")
    assert [(s.kind, [r.name for r in s.by]) for s in _par(m, "26").statements] == [
        ("protokollsanteckning", ["Ingrid Ohlsson"])]


def test_a_labelled_statement_whose_giver_speaks_for_a_group():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum: 2024-06-18\nOrdförande: Eva Ek (S)\n\n§ 142 Motion\nBeslut\n"
                 "Motionen avslås.\n\nSärskilt yttrande: Oskar Berg (C) för Centerpartiets fullmäktigegrupp:\n"
                 "\"Centerpartiet delar motionens syfte.\"\n")
    assert [(s.kind, [r.name for r in s.by]) for s in _par(m, "142").statements] == [
        ("särskilt yttrande", ["Oskar Berg"])]


def test_a_note_that_names_another_body_after_its_verb_is_this_bodys():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum: 2024-05-23\nOrdförande: Eva Ek (S)\n\n§ 43 Överenskommelse\n"
                 "Beslut\nÖverenskommelsen godkänns.\n\nProtokollsanteckning\nTherese Olsson (S) och Håkan Lindblad "
                 "(KD) antecknar till protokollet att överenskommelsen\nbör följas upp i kommunstyrelsen varje år.\n")
    assert [(s.kind, [r.name for r in s.by]) for s in _par(m, "43").statements] == [
        ("protokollsanteckning", ["Therese Olsson", "Håkan Lindblad"])]


_HEAD = "Tekniska nämnden\nProtokoll 2024-05-16\n\nNärvarande ledamöter\nAnna Berg (S), ordförande\n\n"


def test_lo9_party_only_särskilt_yttrande_is_kept_for_the_ersättare_who_joins_it():
    m = _minutes(_HEAD + "§ 45 Yttrande över remiss\n\nNämnden antar yttrandet.\n\nSärskilt yttrande\n"
                 "Vänsterpartiet lämnar följande särskilda yttrande: ”Studien tar inte vara på tåget.”\n"
                 "Ersättaren Klara Nyström (V) instämmer i Vänsterpartiets särskilda yttrande.\n")
    sts = m.paragraphs[0].statements
    party = [i for i, s in enumerate(sts) if s.kind == "särskilt yttrande" and not s.by]
    assert party and sts[party[0]].parties == ("V",)
    joined = [s for s in sts if s.kind == "ersättaryttrande"]
    assert joined and joined[0].endorses == party[0]


def test_lo9_party_statement_signed_below_is_one_statement_with_its_signers():
    m = _minutes(_HEAD + "§ 31 Program\n\nNämnden antar programmet.\n\nSärskilt yttrande\n"
                 "Socialdemokraterna lämnar följande särskilda yttrande:\n”Programmet saknar finansiering.”\n\n"
                 "För Socialdemokraterna\nMikael Ström (S)     Hanna Åberg (S)\n\n"
                 "Ersättaren Tove Rask (V) ställer sig bakom Socialdemokraternas särskilda yttrande.\n")
    sts = m.paragraphs[0].statements
    assert all(s.by for s in sts)
    joined = [s for s in sts if s.kind == "ersättaryttrande"]
    assert joined and joined[0].endorses is not None
    assert {r.name for r in sts[joined[0].endorses].by} == {"Mikael Ström", "Hanna Åberg"}


def test_lo9_agreement_parties_as_subject_of_föreslås_teckna_with_short_form():
    m = _minutes(_HEAD + "§ 46 Samverkansavtal med Vatten och Avfall i Norr AB om snöupplag\n\n"
                 "Tekniska nämnden och Vatten och Avfall i Norr AB (Vakin) föreslås teckna ett samverkansavtal om "
                 "snöupplag.\n\nBeslut\nTekniska nämnden godkänner samverkansavtalet med Vatten och Avfall i "
                 "Norr AB.\n")
    agreements = m.paragraphs[0].agreements
    assert agreements and set(agreements[0].parties) == {"Tekniska nämnden", "Vatten och Avfall i Norr AB"}


def test_lo9_transfer_agreement_has_the_seller_and_the_buyer_as_parties():
    m = _minutes("Kommunfullmäktige\nProtokoll 2024-09-30\n\n"
                 "§ 96 Avtal om överlåtelse av fjärrvärmenät\n\n"
                 "Bolaget har förhandlat fram ett avtal om överlåtelse av Sölvesborgs Energi och Vatten AB:s "
                 "fjärrvärmenät till Affärsverken Karlskrona AB.\n\nBeslut\n1. att godkänna avtalet.\n")
    agreements = m.paragraphs[0].agreements
    assert agreements and agreements[0].parties == ("Sölvesborgs Energi och Vatten AB", "Affärsverken Karlskrona AB")


def test_case_number_in_brackets_after_title_is_cut_from_title_not_report_reference():
    m = _minutes(
        "Revisorerna\nSammanträdesdatum 2024-04-11\n\n"
        "§ 8 Granskning av investeringsprojekt (REV 2024/3)\n"
        "Revisorerna beslutar\natt överlämna granskningsrapporten till kommunstyrelsen.\n\n"
        "§ 9 Remiss av betänkandet Framtidens val (SOU 2024:13)\n"
        "Revisorerna beslutar\natt lämna yttrande.\n")
    p8, p9 = _par(m, "8"), _par(m, "9")
    assert p8.title == "Granskning av investeringsprojekt"
    assert [c.value for c in p8.case_numbers] == ["REV 2024/3"]
    assert p9.title == "Remiss av betänkandet Framtidens val (SOU 2024:13)"


def test_auditors_laying_information_aside_is_a_decision():
    m = _minutes(
        "Revisorerna\nSammanträdesdatum 2024-04-11\n\n"
        "§ 10 Revisionsplan 2024\n"
        "Revisionsbyrån redovisar hur revisionsplanen genomförs.\n"
        "Revisorerna lägger informationen till handlingarna.\n")
    assert len(_par(m, "10").decision_points) == 1


def test_unnumbered_decision_sentences_each_opened_by_the_body_are_points():
    m = _minutes(
        "Byggnadsnämnden\nSammanträdesdatum 2024-06-12\n"
        "§ 12\nYttrande över detaljplan\nBeslut\n"
        "Byggnadsnämnden lämnar yttrande enligt förvaltningens tjänsteskrivelse.\n"
        "Byggnadsnämnden framhåller att gång- och cykelvägen ska byggas före inflyttning.\n"
        "§ 13\nDelegationsbeslut\nBeslut\n"
        "Byggnadsnämnden lägger redovisningen till handlingarna och\nnoterar informationen.\n")
    assert len(_par(m, "12").decision_points) == 2
    assert len(_par(m, "13").decision_points) == 1


def test_decision_sentences_opened_by_the_body_are_points_even_where_one_wraps():
    # A PDF wraps the second sentence: the förslag to fullmäktige and the decision "för egen del" stay two points,
    # a line wrapped after the full stop-less line is no sentence of its own.
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-14\n"
        "§ 40\nÅrsbokslut\nBeslut\n"
        "Kommunstyrelsen föreslår kommunfullmäktige att godkänna bokslutet.\n"
        "Kommunstyrelsen beslutar för egen del att ge tekniska nämnden i uppdrag att ta fram en\n"
        "underhållsplan för gatorna.\n")
    assert len(_par(m, "40").decision_points) == 2


def test_signers_after_a_quoted_statement_joined_by_och_sign_it_and_an_ersattare_joins_it():
    m = _minutes("Kommunstyrelsen\n\n§ 8 Yttrande\n\nBeslut\nYttrandet antas.\n\nSärskilt yttrande\n"
                 "”Vi delar yttrandets inriktning men beklagar att majoriteten inte ville lyfta nattrafiken.”\n"
                 "Magnus Ek (S), Therese Lund (C) och Alva Berg (MP)\n\nErsättaryttrande\n"
                 "Ersättaren Jenny Holm (S) ställer sig bakom det särskilda yttrandet från S, C och MP.\n")
    st = m.paragraphs[0].statements
    assert [(s.kind, sorted(r.name for r in s.by), s.endorses) for s in st] == [
        ("särskilt yttrande", ["Alva Berg", "Magnus Ek", "Therese Lund"], None),
        ("ersättaryttrande", ["Jenny Holm"], 0)]


def test_an_organisation_that_sent_a_remiss_and_gets_the_answer_referred_the_matter():
    m = _minutes("Kommunstyrelsen\n\n§ 48 Yttrande över förslag till länsplan\n\nBakgrund\n"
                 "Region Blekinge har skickat förslag till länsplan på remiss (Region Blekinges diarienummer "
                 "RB 2024/871). Planen upprättas enligt 4 § förordningen (1997:263) om länsplaner för regional "
                 "transportinfrastruktur. Regionstyrelsen beslutade om remissen 2024-09-03. Svar ska ha kommit in "
                 "senast 2024-11-15.\nKommunen föreslås framhålla behovet av mötesseparering på väg 28 och fortsatt "
                 "utbyggnad av kustbanan i dialog med Trafikverket. Planen omfattar perioden 2026–2037 och dess "
                 "ekonomiska ramar är fastställda av regeringen.\n\nBeslut\n"
                 "Kommunstyrelsen antar förvaltningens förslag som sitt yttrande till Region Blekinge.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Region Blekinge"


def test_a_written_reservation_appended_under_a_heading_naming_the_minutes_is_reserved_by_its_signers():
    m = _minutes("Kommunstyrelsen\n\n§ 303 Svar på motion\n\nBeslut\nMotionen avslås.\n\nReservation\n"
                 "Oskar Berg (SD) anmäler reservation som ska lämnas skriftligt, se bilaga A.\n\nBilaga A\n"
                 "Reservation till kommunstyrelsens protokoll 2024-10-01, § 303\n"
                 "Vi reserverar oss mot beslutet att avslå motionen, som vi yrkade bifall till.\n"
                 "Jönköping den 3 oktober 2024\nOskar Berg (SD)\tRune Holm (SD)\n")
    assert {r.name for s in m.paragraphs[0].statements if s.kind == "reservation" for r in s.by} == \
        {"Oskar Berg", "Rune Holm"}


def test_decision_points_numbered_with_a_digit_and_spaces_are_points() -> None:
    par = _minutes("Kommunstyrelsen\n\n§ 5   Taxa\n\nBakgrund i löptext.\n\n"
                   "Kommunstyrelsen föreslår kommunfullmäktige besluta\n\n"
                   "1  Taxan antas att gälla\n   från och med 2007-07-01.\n\n"
                   "2  Nu gällande taxa upphör att gälla samma dag.\n").paragraphs[0]
    assert len(par.decision_points) == 2


def test_a_remiss_handed_over_with_its_covering_letter_between_har_and_the_verb() -> None:
    par = _minutes("Kommunstyrelsen\n\n§ 5   Remiss - Regional plan\n\n"
                   "Länsstyrelsen Uppsala har i skrivelse 2007-01-18 (Länsstyrelsens dnr 501-1234-07) "
                   "överlämnat ett förslag till regional plan på remiss till länets kommuner.\n\n"
                   "Kommunstyrelsen beslutar att avge yttrande enligt förslaget.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Länsstyrelsen Uppsala"


def test_an_authority_that_asks_by_letter_for_the_municipalities_views_refers_the_matter() -> None:
    par = _minutes("Barn- och utbildningsnämnden\n\n§ 14   Yttrande över regional plan för skolskjuts\n\n"
                   "Region Norrmark har i skrivelse 2012-05-03 (regionens dnr RN 412-2012) begärt kommunernas "
                   "synpunkter på ett förslag till regional plan.\n\n"
                   "Barn- och utbildningsnämnden beslutar att avge yttrande enligt förslaget.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Region Norrmark"


def test_a_remiss_sent_through_a_dated_covering_letter_told_with_genom_is_a_referral() -> None:
    par = _minutes("Kommunstyrelsen\n\n§ 8   Yttrande över länsplan för cykel\n\n"
                   "Region Norrmark har genom missiv daterat 2023-09-04 (regionens dnr RN 2023-0117) sänt ett "
                   "förslag till länsplan för cykel på remiss till länets kommuner.\n\n"
                   "Kommunstyrelsen beslutar att avge yttrande enligt förslaget.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Region Norrmark"


def test_a_remissyttrande_title_makes_the_paragraph_an_answer_whose_sender_is_the_referral() -> None:
    par = _minutes("Kulturnämnden\n\n§ 14   Dnr KN 2024/30\nRemissyttrande – Kulturdepartementets promemoria "
                   "Bibliotek för alla (Ku2024/00412)\n\nBeslut\nKulturnämnden antar förslaget till yttrande.\n\n"
                   "Ärendebeskrivning\nKulturdepartementet har i remiss 2024-02-01 bett kommunen om synpunkter på "
                   "promemorian om stöd till bibliotek.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Kulturdepartementet"
    # The department's number in brackets names the document after the paragraph's own Dnr: it stays in the title.
    assert par.title == "Remissyttrande – Kulturdepartementets promemoria Bibliotek för alla (Ku2024/00412)"
    assert [c.value for c in par.case_numbers] == ["KN 2024/30", "Ku2024/00412"]
    # A remissyttrande the body received, listed among the documents, makes no answer of the paragraph.
    par = _minutes("Norrby kommun\nKommunfullmäktige\n\n§ 30\nMotion om fler badplatser i Norrby\n\nSammanfattning\n"
                   "Per Ek (V) har i en motion föreslagit att Norrby kommun ska anlägga fler badplatser. Motionen har "
                   "remitterats till fritidsnämnden.\n\nBeslut\nKommunfullmäktige beslutar att motionen anses "
                   "besvarad.\n\nBeslutsunderlag\nRemissyttrande från fritidsnämnden\n").paragraphs[0]
    assert par.referred_by is None


def test_an_opinion_requested_as_the_second_verb_of_the_authoritys_sentence_is_a_referral() -> None:
    par = _minutes("Landstingsstyrelsen\n\n§ 5   Remissyttrande över nationella riktlinjer\nDnr 412-08\n"
                   "Socialstyrelsen publicerade 2008-02-12 en preliminär version av nationella riktlinjer för "
                   "hjärtsjukvård och har begärt landstingets yttrande senast 2008-05-09.\n\n"
                   "Beslut\nLandstingsstyrelsen avger yttrande enligt bilaga 1.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Socialstyrelsen"


def test_an_opinion_of_the_landsting_requested_names_the_requester_as_referral() -> None:
    par = _minutes("Landstingsstyrelsen\n\n§ 5   Ansökan om tillstånd\n\n"
                   "Inspektionen för vård och omsorg har begärt landstingets yttrande över en ansökan.\n\n"
                   "Beslut\nLandstingsstyrelsen avger yttrande enligt bilaga 1.\n").paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Inspektionen för vård och omsorg"


def test_a_reservation_by_listed_people_named_after_the_verb_with_one_party_for_all() -> None:
    m = _minutes("Landstingsstyrelsen\nSammanträdesdatum 2008-04-22\n"
                 "Ledamöter\nAnna Berg (sjvp)\nPer Holm (sjvp)\nEva Lund (s), ordförande\n\n"
                 "§ 5   Avtal\n\nBakgrund i löptext.\n\nBeslut\nAvtalet godkänns.\n\nReservation\n"
                 "Mot beslutet reserverar sig Anna Berg och Per Holm,\nbåda (sjvp).\n")
    assert sorted(r.name for st in m.paragraphs[0].statements if st.kind == "reservation" for r in st.by) == \
        ["Anna Berg", "Per Holm"]


def test_points_numbered_by_a_bare_digit_and_spaces_are_points():
    m = _minutes(_KF_HEAD + "\n§ 5   Fyllnadsval\n\nText.\n\nKommunfullmäktiges beslut\n"
                 " 1   Kristina Boll (M) väljs till ordförande i nämnden.\n"
                 " 2   Oscar Wern (M) väljs till styrelseledamot.\n"
                 " 3   Motionen avslås.\n")
    assert len(_par(m, "5").decision_points) == 3


def test_the_last_row_of_a_dotted_leader_list_ends_its_sentence():
    m = _minutes(_KF_HEAD + "\n§ 5   Avsägelser och fyllnadsval\n\nValberedningens förslag\n"
                 "  Socialnämnden, ledamot ............ Karin Ljung (M)\n"
                 "  Nämndeman i tingsrätten ........... Lars Bäck (C)\n\n"
                 "Valberedningens ordförande Ulla Krantz (S) yrkar bifall till valberedningens förslag.\n\n"
                 "Kommunfullmäktiges beslut\nFörslaget bifalls.\n")
    movers = [r.name for p in _par(m, "5").proposals for r in p.by]
    assert movers == ["Ulla Krantz"]


def test_substitute_joins_a_statement_headed_by_its_parties_only():
    text = ("Nämnden\nSammanträdesdatum: 2024-04-16\n\n§ 45\tDnr 2024/12\nServicekontor\nBeslut\n"
            "Förslaget bifalls.\nProtokollsanteckning från (V)\n”Öppettiderna ska följas upp.”\n"
            "Ersättaren Lina Persson (MP) instämmer i protokollsanteckningen från (V).\n")
    sts = _par(_minutes(text), "45").statements
    joining = next(st for st in sts if st.by)
    assert joining.kind == "ersättaryttrande" and joining.endorses is not None
    assert sts[joining.endorses].kind == "protokollsanteckning" and sts[joining.endorses].parties == ("V",)


# extract/paragraph.py and extract/__init__.py


def test_agreement_party_without_an_organisation_word_after_och():
    text = ("Kultur- och fritidsnämnden\nSammanträdesdatum: 2015-06-11\n\n§ 41\tDnr KFN 2015/12\n"
            "Avtal om skötsel av idrottsplatsen\nBeslut\n1. Kultur- och fritidsnämnden godkänner avtal om skötsel "
            "mellan Kultur- och fritidsnämnden och Kumla Idrottsallians.\n")
    m = _minutes(text)
    assert [a.parties for a in _par(m, "41").agreements] == [("Kultur- och fritidsnämnden", "Kumla Idrottsallians")]
    assert "Kumla Idrottsallians" in {o.value for o in m.organisations}


def test_agreement_party_a_club_named_by_its_place_and_an_abbreviation():
    # "Västby IS": a sports club's name of a place and capitals, no word in lower case, is the last party.
    text = ("Fritidsnämnden\nSammanträdesdatum: 2019-05-14\n\n§ 17\tDnr FN 2019/40\n"
            "Skötselavtal för Ängsvallen mellan fritidsnämnden och Västby IS\nBeslut\n"
            "1. Fritidsnämnden godkänner avtalet.\n")
    m = _minutes(text)
    assert [a.parties[-1] for a in _par(m, "17").agreements] == ["Västby IS"]


def test_agreement_with_one_unmarked_party_after_med():
    text = ("Nämnden för demokrati och medborgarservice\nSammanträdesdatum: 2024-04-16\n\n§ 45\tDnr 2024/12\n"
            "Samverkansavtal om servicekontor\nBeslut\n1. Nämnden godkänner samverkansavtalet med Statens "
            "servicecenter för perioden 2024-07-01–2027-06-30.\n")
    parties = [a.parties for a in _par(_minutes(text), "45").agreements]
    assert len(parties) == 1 and parties[0][-1] == "Statens servicecenter" and len(parties[0]) == 2
    # "enligt bilaga" after the name is no part of it, also where the line breaks after "enligt".
    text = text.replace("servicecenter för perioden 2024-07-01–2027-06-30.", "servicecenter enligt\nbilaga.")
    assert [a.parties[-1] for a in _par(_minutes(text), "45").agreements] == ["Statens servicecenter"]


def test_agreement_with_kommuner_named_by_their_places_alone():
    text = ("Regionstyrelsen\nSammanträdesdatum: 2024-05-21\n\n§ 88\tDnr RS 2024/1\n"
            "Överenskommelse om samverkan mellan Region Västernorrland och länets kommuner\nBeslut\n"
            "Överenskommelsen godkänns.\nÄrendet\nRegion Västernorrland och Härnösands, Kramfors, Sollefteå och "
            "Örnsköldsviks kommuner har samverkat enligt en gemensam överenskommelse.\n")
    assert [a.parties for a in _par(_minutes(text), "88").agreements] == [
        ("Region Västernorrland", "Härnösands kommun", "Kramfors kommun", "Sollefteå kommun", "Örnsköldsviks kommun")]


def test_body_entering_iop_by_short_definite_form_is_the_party() -> None:
    m = _minutes("Stockholms stad\nHässelby-Vällingby stadsdelsnämnd\n\n§ 32\nIdéburet offentligt partnerskap med "
                 "Hela Människan Stockholm\n\nBeslut\nStadsdelsnämnden ingår idéburet offentligt partnerskap med "
                 "Hela Människan Stockholm enligt förvaltningens förslag.\n")
    parties = m.paragraphs[0].agreements[0].parties
    assert parties[0] == "Hässelby-Vällingby stadsdelsnämnd" and "Stockholms stad" not in parties


def test_an_administrations_skrivelse_dates_the_staff_report_but_a_companys_does_not():
    body = ("§ 4 Remissvar\nDnr KS 2024/12\n\nKommunstyrelseförvaltningens skrivelse 2024-01-30 ligger till grund."
            "\n\nBeslut\nNämnden lämnar yttrande.\n\n"
            "§ 5 Borgen\nDnr KS 2024/13\n\nBostad AB:s skrivelse 2024-01-09.\n\nBeslut\nNämnden beviljar borgen.\n")
    m = _minutes(_PRESIDIUM + body)
    assert _par(m, "4").staff_report_date.value == "2024-01-30"
    assert _par(m, "5").staff_report_date is None


def test_a_plain_number_listed_under_a_registration_number_is_a_case_number():
    m = _minutes(_PRESIDIUM + "§ 113\nYttrande över regional utvecklingsstrategi\n- KS 2024/0298\n- RS 240114\n"
                 "Ärendet\nRegionen har skickat förslaget på remiss.\n\nBeslut\nYttrande lämnas.\n")
    assert [c.value for c in _par(m, "113").case_numbers] == ["KS 2024/0298", "RS 240114"]


def test_a_union_closing_the_parties_of_a_collective_agreement_is_a_party():
    m = _minutes(_PRESIDIUM + "§ 22 Lokalt kollektivavtal om flexibel arbetstid\nDnr KS 2024/12\n\n"
                 "Beslut\nUtskottet beslutar att godkänna det lokala kollektivavtalet om flexibel arbetstid mellan "
                 "Katrineholms kommun och Vision.\n")
    (agreement,) = _par(m, "22").agreements
    assert agreement.parties == ("Katrineholms kommun", "Vision")


def test_heldout91_numbered_att_clauses_without_a_dot_are_points() -> None:
    text = (_KF_JUNE_HEAD + "§ 53   Dnr 2024/118\nBudget 2025\n\nBeslut\nKommunfullmäktige beslutar\n"
            "1  att fastställa skattesatsen till 23:65 kr,\n2  att anta budget 2025,\n"
            "3  att fastställa investeringsbudgeten till 38,5 mnkr.\n")
    assert len(_par(_minutes(text), "53").decision_points) == 3


def test_heldout91_bare_present_passive_sentence_is_the_decision() -> None:
    text = (_KF_JUNE_HEAD + "§ 52   Dnr 2024/41\nFastställande av dagordning\n"
            "Dagordningen fastställs med tillägg av ett extra ärende om borgen.\n\n"
            "§ 53   Dnr 2024/42\nBudget 2025\n\nBeslut\nBudgeten antas.\n")
    assert len(_par(_minutes(text), "52").decision_points) == 1


def test_heldout91_proposal_table_rows_name_their_movers_in_a_cell() -> None:
    text = (_KF_JUNE_HEAD + "§ 168   Dnr KS 2024/457\nBudget 2025\n\nYrkanden\nNr\tYrkande\tYrkande av\n"
            "1\tBifall till förvaltningens förslag\tKarin Ståhl (S), med instämmande av Ali Yousef (V)\n"
            "2\tBifall till Moderaternas budgetförslag\tLars Hedman (M)\n\n"
            "Beslut\nBudgeten antas.\n")
    props = _par(_minutes(text), "168").proposals
    assert [[r.name for r in p.by] for p in props] == [["Karin Ståhl", "Ali Yousef"], ["Lars Hedman"]]


def test_heldout91_person_cell_first_and_inverted_join_are_proposals() -> None:
    text = (_KF_JUNE_HEAD + "§ 142   Dnr KS 2024/387\nBudget 2025\n\nYrkanden\n"
            "Carl Rydén (M)\tBifall till kommunstyrelsens förslag. Instämmer gör Eva Berg (C) och Mats Sjö (KD).\n"
            "Hanna Lund (S)\tBifall till Socialdemokraternas budgetförslag.\n\nBeslut\nBudgeten antas.\n")
    names = {r.name for p in _par(_minutes(text), "142").proposals for r in p.by}
    assert names == {"Carl Rydén", "Eva Berg", "Mats Sjö", "Hanna Lund"}


def test_heldout91_chair_suggesting_the_order_of_decision_is_no_motion() -> None:
    text = (_KF_JUNE_HEAD + "§ 201   Dnr KS 2024/312\nBudget 2025\n\nBeslutsgång\nOrdföranden föreslår att "
            "beslutspunkt 1 avgörs för sig och beslutspunkterna 2–6 för sig. Fullmäktige godkänner beslutsgången.\n\n"
            "Beslut\nBudgeten antas.\n")
    assert _par(_minutes(text), "201").proposals == ()


def test_chair_suggesting_an_item_for_the_agenda_is_no_motion() -> None:
    text = (_KS_HEAD + "§ 40\nFastställande av föredragningslista\n\nBeslut\nFöredragningslistan fastställs.\n\n"
            "Bakgrund\nOrdföranden föreslår att ärendet om vinterväghållning läggs till då svaret ska vara inne "
            "före nästa möte.\n\n"
            "§ 41\nTaxa för bygglov\n\nBeslut\nTaxan antas.\n\nYrkanden\nOrdföranden föreslår att "
            "informationen läggs till handlingarna.\n")
    m = _minutes(text)
    assert _par(m, "40").proposals == ()
    assert [[r.name for r in p.by] for p in _par(m, "41").proposals] == [["Mats Ek"]]


def test_heldout91_roll_call_rows_of_names_are_no_proposal_table() -> None:
    text = (_KF_JUNE_HEAD + "§ 89   Dnr KS 2024/89\nBudget\n\nYrkanden\nPer Sundin (S) yrkar bifall.\nJa\tNej\n"
            "Per Sundin (S)\tTobias Edlund (M)\nSofia Näs (S)\tAnn Strand (M)\n\nBeslut\nBudgeten antas.\n")
    names = {r.name for p in _par(_minutes(text), "89").proposals for r in p.by}
    assert names == {"Per Sundin"}


def test_a_case_number_alone_on_the_line_under_the_title_is_read_without_a_label():
    m = _minutes("Kommunstyrelsen\nProtokoll 2024-03-12\n\n"
                 "§ 14\tYttrande över förslag till regional plan\n\tAB240117\n"
                 "\tNämnden har fått tillfälle att yttra sig.\n\tBeslut: Kommunstyrelsen antar yttrandet.\n")
    assert "AB240117" in [c.value for c in _par(m, "14").case_numbers]


def test_an_unlabelled_number_under_a_title_on_its_own_line_is_the_case_number() -> None:
    m = _minutes(_HEAD + "TN § 87\nTaxa för felparkeringsavgifter från 1 januari 2025\nTN 2024:412\nBakgrund\n"
                 "Taxan beslutades 2019.\nBeslut\nNämnden antar taxan.\n")
    assert [c.value for c in _par(m, "87").case_numbers] == ["TN 2024:412"]


def test_a_remiss_that_berett_the_municipality_the_chance_to_answer_is_a_referral() -> None:
    m = _minutes(_HEAD + "§ 72 Yttrande över regional utvecklingsstrategi\n"
                 "Länsstyrelsen i Västmanlands län har genom remiss 2010-02-10 (länsstyrelsens dnr 300-1234-10) berett "
                 "Sala kommun tillfälle att yttra sig över förslaget.\nBeslut\n"
                 "att avge yttrande till Länsstyrelsen i Västmanlands län enligt förslaget.\n")
    referral = _par(m, "72").referred_by
    assert referral is not None and referral.value == "Länsstyrelsen i Västmanlands län"


def test_a_dnr_glued_to_the_titles_last_word_is_cut_from_the_title():
    m = _minutes("Direktionen\nSammanträdesdatum 2024-04-18\nOrdförande: Katarina Hjelm (M)\n"
                 "§ 15\tRemiss – Vägledning enligt LSODnr RÖS 2024/00049\nMyndigheten har remitterat förslaget.\n"
                 "Direktionens beslut\nDirektionen antar yttrandet.\n")
    par = _par(m, "15")
    assert par.title == "Remiss – Vägledning enligt LSO"
    assert "RÖS 2024/00049" in [c.value for c in par.case_numbers]


def test_a_dotted_date_wrapped_to_a_line_start_after_the_points_is_no_point() -> None:
    text = ("Kommunstyrelsen\nSammanträdesdatum 2024-09-09\nOrdförande: Eva Ek (S)\n\n"
            "§ 214\nYttrande över remiss\n\nKommunstyrelsens beslut\n"
            "1. Kommunstyrelsen antar förslaget till yttrande som sitt eget.\n"
            "2. Vård- och omsorgsnämnden får i uppdrag att redovisa frågan.\n\n"
            "Suomeksi: Kunnanhallitus hyväksyi lausunnon ja lähettää sen lääninhallitukselle\n"
            "30.9.2024 mennessä.\n")
    assert len(_par(_minutes(text), "214").decision_points) == 2


def test_an_invitation_to_answer_sent_by_letter_is_the_referral() -> None:
    text = ("Kommunstyrelsen\nSammanträdesdatum 2024-09-09\nOrdförande: Eva Ek (S)\n\n"
            "§ 214\nYttrande över remiss om minoritetspolitiken\n\nÄrendet\n"
            "Länsstyrelsen i Stockholms län har i skrivelse 2024-06-14 (ärendenummer 851-31207-2024)\n"
            "gett Södertälje kommun tillfälle att yttra sig över uppföljningen.\n\n"
            "Kommunstyrelsens beslut\nKommunstyrelsen antar förslaget till yttrande.\n")
    ref = _par(_minutes(text), "214").referred_by
    assert ref is not None and ref.value == "Länsstyrelsen i Stockholms län"


def test_an_invitation_by_letter_whose_sender_number_holds_a_colon_is_the_referral() -> None:
    text = ("Kulturnämnden\nSammanträdesdatum 2024-10-02\n\n"
            "§ 51\nYttrande över remiss om museistatistik\n\nBakgrund\n"
            "Statens kulturråd har i skrivelse 2024-08-20 (Kulturrådets dnr 2024:04411) gett Norrby kommun\n"
            "tillfälle att yttra sig över förslaget.\n\n"
            "Beslut\nNämnden antar förslaget till yttrande.\n")
    ref = _par(_minutes(text), "51").referred_by
    assert ref is not None and ref.value == "Statens kulturråd"


def test_an_agreement_party_named_after_its_role_in_the_contract():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2024-05-27\n\n§ 112   Förvärv av fastighet\n\n"
                 "Köpeavtal har upprättats mellan Ystads kommun och fastighetsägaren\nBackens Lantbruk AB. "
                 "Tillträde sker 2024-09-01.\n\nBeslut\nKommunstyrelsen godkänner köpeavtalet.\n")
    parties = {p for ag in _par(m, "112").agreements for p in ag.parties}
    assert parties == {"Ystads kommun", "Backens Lantbruk AB"}


def test_a_summary_heading_with_middle_dots_gives_the_bare_title() -> None:
    m = _minutes("Socialnämnden\nSammanträdesdatum: 2024-10-17\nOrdförande\tCamilla Björk (S)\n\n"
                 "§ 112 · Anmälningsärenden · Dnr SN 2024/0009\nFöljande handlingar anmäls.\n"
                 "Beslut\nSocialnämnden lägger anmälningsärendena till handlingarna.\n"
                 "§ 115 · Framställan om flyttning av ärende – K.L.\nSekretess enligt 26 kap. 1 § OSL.\n"
                 "Beslut\nSocialnämnden bifaller framställan.\n")
    assert _par(m, "112").title == "Anmälningsärenden"
    assert [c.value for c in _par(m, "112").case_numbers] == ["SN 2024/0009"]
    assert _par(m, "115").title == "Framställan om flyttning av ärende – K.L."


def test_movers_after_the_verb_in_a_sentence_opened_by_an_adverbial() -> None:
    m = _minutes("Samhällsbyggnadsnämnden\nSammanträdesdatum 2024-05-16\nOrdförande: Lars-Göran Nyberg (S)\n\n"
                 "§ 74\tMarkanvisningsavtal\nFörvaltningen har förhandlat fram ett avtal med Övikshem AB.\n"
                 "Under överläggningen yrkar Lars-Göran Nyberg (S) bifall till förvaltningens förslag och Jenny "
                 "Skog (C) avslag. Ordföranden ställer förslagen mot varandra och finner bifall. Med 7 ja-röster "
                 "mot 4 nej-röster, 2 avstår, beslutar nämnden i enlighet med förvaltningens förslag.\n"
                 "Samhällsbyggnadsnämnden beslutar\n- godkänna avtalet.\n")
    movers = [[r.name for r in p.by] for p in _par(m, "74").proposals]
    assert movers == [["Lars-Göran Nyberg", "Jenny Skog"]]


def _agreements(text: str):
    """The agreements of the only paragraph of minutes made of ``text``."""
    return _minutes(text).paragraphs[0].agreements


def test_medborgarlöfte_between_municipality_and_police_is_an_agreement():
    found = _agreements("Kommunstyrelsen\nSammanträdesdatum 2024-06-12\n\n§ 89\n"
                        "Medborgarlöfte 2024–2025 mellan Hjo kommun och Polismyndigheten\n\nBeslut\n"
                        "Kommunstyrelsen godkänner medborgarlöftet 2024–2025 mellan Hjo kommun och Polismyndigheten.\n")
    assert [set(a.parties) for a in found] == [{"Hjo kommun", "Polismyndigheten"}]


def test_a_contract_that_names_its_parties_is_an_agreement_but_not_one_signed_after_a_sale():
    found = _agreements("Kommunstyrelsen\nSammanträdesdatum 2024-06-12\n\n§ 90\nFörsäljning av tomtmark i Västby\n\n"
                        "Beslut\n- att godkänna arrendekontraktet mellan Norrby kommun och Västby Bygg AB,\n"
                        "- att uppdra åt kommundirektören att underteckna kontraktet.\n")
    assert [(a.title, set(a.parties)) for a in found] == \
        [("Arrendekontraktet mellan Norrby kommun och Västby Bygg AB", {"Norrby kommun", "Västby Bygg AB"})]
    assert _agreements("Kommunfullmäktige\nSammanträdesdatum 2024-06-12\n\n§ 91\nFörsäljning av fastighet\n\n"
                       "Beslut\natt sälja fastigheten Norrby 2:4 till Västby Bygg AB för 2 miljoner kronor,\n"
                       "att uppdra åt ordföranden att underteckna köpekontraktet.\n") == ()


def test_agreement_between_the_member_municipalities_takes_the_members_named():
    found = _agreements(
        "Kommunfullmäktige\nSammanträdesdatum 2024-03-25\n\n§ 23\n"
        "Ändrat samverkansavtal avseende Räddningstjänsten Syd\n\n"
        "Sammanfattning\nBurlövs kommun är sedan 2014 medlem i kommunalförbundet Räddningstjänsten Syd\n"
        "tillsammans med Eslövs kommun, Kävlinge kommun, Lunds kommun och Malmö stad.\n\nBeslut\n"
        "1. Kommunfullmäktige godkänner ändrat samverkansavtal mellan medlemskommunerna i\n   Räddningstjänsten Syd.\n")
    assert [set(a.parties) for a in found] == [
        {"Burlövs kommun", "Eslövs kommun", "Kävlinge kommun", "Lunds kommun", "Malmö stad"}]


def test_proposals_in_a_table_of_name_party_and_motion():
    m = _minutes(
        "Kultur- och fritidsnämnden\nSammanträdesdatum 2024-09-12\n\n§ 74\tFöreningsbidrag 2025\n\n"
        "Förvaltningen föreslår ändrade riktlinjer.\n\n"
        "Namn\tParti\tYrkande\nGustav Roos\tM\tBifall till förvaltningens förslag\nLinnea Hägg\tV\tAvslag\n"
        "Omröstning\tParti\tJa\tNej\nGustav Roos\tM\tX\nEbba Lind\tC\tX\nLinnea Hägg\tV\t\tX\n\n"
        "Beslut\nNämnden antar riktlinjerna.\n")
    movers = [(r.name, r.party) for p in _par(m, "74").proposals for r in p.by]
    assert movers == [("Gustav Roos", "M"), ("Linnea Hägg", "V")]


# extract/paragraph.py


def test_a_reservation_whose_names_wrap_before_och_is_one_reservation():
    m = _minutes(_KF_JUNE_HEAD + "§ 145   Dnr KS 2011/12\nBudget\n\nBeslut\nKommunfullmäktige godkänner det.\n"
                 "Reservation\nEva Sundberg (S), Ulf Sandqvist (S), Tomas Hedlund (V)\n"
                 "och Kajsa Engqvist (MP) reserverar sig mot beslutet till förmån för eget yrkande.\n")
    reservations = [st for st in _par(m, "145").statements if st.kind == "reservation"]
    assert [[r.name for r in st.by] for st in reservations] == [
        ["Eva Sundberg", "Ulf Sandqvist", "Tomas Hedlund", "Kajsa Engqvist"]]


# ------------------------------------------------------------------------------------------- agreement titles

def _agreement_titles(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """The agreements' titles and parties of one paragraph "§ 14  <body>" of a kommunstyrelse's minutes."""
    m = _minutes("Kommunstyrelsen\nOrdförande: Ebba Ljung (C)\n\n§ 14  " + body)
    return [(a.title, a.parties) for a in m.paragraphs[0].agreements]


def test_an_agreement_title_runs_on_to_its_parties_over_a_line_that_starts_with_a_capital():
    titles = _agreement_titles("Avtal om gemensam lönehantering\n\nBeslut\nKommunstyrelsen godkänner "
                               "samverkansavtalet om gemensam lönehantering mellan Ekeby kommun och\n"
                               "Torpa kommun.\n")
    assert titles == [("Samverkansavtalet om gemensam lönehantering mellan Ekeby kommun och Torpa kommun",
                       ("Ekeby kommun", "Torpa kommun"))]


def test_an_agreement_title_in_a_heading_wrapped_before_its_last_party_joins_the_lines():
    titles = _agreement_titles("Avsiktsförklaring mellan Ekeby kommun, Torpa kommun och\nRegion Norrvik om "
                               "en ny pendeltågsstation\nDnr KS 2024/77\n\nBeslut\nKommunstyrelsen godkänner "
                               "avsiktsförklaringen.\n")
    assert titles[0][0] == "Avsiktsförklaring mellan Ekeby kommun, Torpa kommun och Region Norrvik om en ny " \
                           "pendeltågsstation"


@pytest.mark.parametrize("sentence, title", [
    # the verb of the sentence the title is the subject of ends it
    ("Ett samverkansavtal mellan Ekeby kommun och Torpa kommun har tagits fram för perioden\n2025–2028.",
     "Samverkansavtal mellan Ekeby kommun och Torpa kommun"),
    ("Hyresavtalet mellan Ekeby kommun och Ekebyhem AB löper i tio år och ersätter det gamla.",
     "Hyresavtalet mellan Ekeby kommun och Ekebyhem AB"),
    ("Avtalet mellan Ekeby kommun och Ekebyhem AB upphandlades 2022 tillsammans med Torpa kommun.",
     "Avtalet mellan Ekeby kommun och Ekebyhem AB"),
    # a verb group between the word and the parties is left out
    ("Ett köpeavtal har upprättats mellan Ekeby kommun och\nTorpa Fastigheter AB. Tillträde sker i juni.",
     "Köpeavtal mellan Ekeby kommun och Torpa Fastigheter AB"),
    ("Överenskommelsen tecknas mellan Ekeby kommun och Torpa kommun och ersätter den från 2019.",
     "Överenskommelsen mellan Ekeby kommun och Torpa kommun"),
])


def test_an_agreement_title_ends_before_the_verb_of_its_sentence(sentence, title):
    titles = _agreement_titles(f"Samverkan\n\nÄrendet\n{sentence}\n\nBeslut\nKommunstyrelsen godkänner avtalet.\n")
    assert titles[0][0] == title


@pytest.mark.parametrize("decision, title", [
    # a comma that starts another clause, an att-sats on the next line, a trailing comma
    ("att godkänna hyresavtal mellan Ekeby kommun och Ekebyhem AB för förskolan Lärkan, samt\natt uppdra åt "
     "kommundirektören att underteckna avtalet.",
     "Hyresavtal mellan Ekeby kommun och Ekebyhem AB för förskolan Lärkan"),
    ("att godkänna överenskommelse mellan Ekeby kommun och Torpa kommun för perioden 2025–2027,\natt uppdra åt "
     "kommundirektören att underteckna överenskommelsen.",
     "Överenskommelse mellan Ekeby kommun och Torpa kommun för perioden 2025–2027"),
    ("att godkänna avsiktsförklaring mellan Ekeby kommun och Ekebyhem AB, utkast 2024-02-20.",
     "Avsiktsförklaring mellan Ekeby kommun och Ekebyhem AB"),
    # a case number, bare or in brackets with its label
    ("att godkänna samverkansavtal mellan Ekeby kommun och Torpa kommun (Torpa kommuns dnr KS 2024/31).",
     "Samverkansavtal mellan Ekeby kommun och Torpa kommun"),
    # the short names the agreement gives its parties
    ("att godkänna avtal mellan Ekeby kommun (nedan kallad kommunen) och Torpa kommun om gemensam växel.",
     "Avtal mellan Ekeby kommun och Torpa kommun om gemensam växel"),
])


def test_an_agreement_title_ends_before_another_clause_a_case_number_or_a_draft(decision, title):
    titles = _agreement_titles(f"Samverkan\n\nBeslut\nKommunstyrelsen beslutar\n{decision}\n")
    assert titles[0][0] == title


def test_an_agreement_heading_gives_way_to_the_decision_that_repeats_it_with_the_parties():
    titles = _agreement_titles("Hyresavtal för förskolan Lärkan\n\nBeslut\nKommunstyrelsen godkänner "
                               "hyresavtal för förskolan Lärkan mellan Ekeby kommun och Ekebyhem AB.\n")
    assert titles == [("Hyresavtal för förskolan Lärkan mellan Ekeby kommun och Ekebyhem AB",
                       ("Ekeby kommun", "Ekebyhem AB"))]
    # A heading with another subject than the later sentence stays the title.
    titles = _agreement_titles("Avtal om samverkan kring tillsyn\n\nÄrendet\nAvtalet sluts mellan Ekeby kommun "
                               "och Torpa kommun.\n\nBeslut\nKommunstyrelsen godkänner avtalet.\n")
    assert titles[0][0] == "Avtal om samverkan kring tillsyn"


def test_an_agreement_title_stops_before_a_second_agreement_coordinated_with_it():
    titles = _agreement_titles("Avtal för detaljplan Lärkan\n\nBeslut\nKommunstyrelsen godkänner ett "
                               "exploateringsavtal med Ekebyhem AB och ett medfinansieringsavtal mellan\nEkeby "
                               "kommun, Torpa kommun och Region Norrvik.\n")
    assert titles[0][0] == "Medfinansieringsavtal mellan Ekeby kommun, Torpa kommun och Region Norrvik"


def test_an_agreement_title_in_capitals_goes_on_over_its_connecting_word_and_page_furniture():
    from kommungraf.extract.paragraph import _agreement_title

    assert _agreement_title("SAMVERKANSAVTAL OM TOLKTJÄNST\nMELLAN EKEBY KOMMUN OCH TORPA KOMMUN\nÄrendet", 0) == \
        "SAMVERKANSAVTAL OM TOLKTJÄNST MELLAN EKEBY KOMMUN OCH TORPA KOMMUN"
    assert _agreement_title("Avtal mellan Ekeby kommun och\n– 4 –\n(forts. § 12)\nTorpa kommun om trafik på linje\n"
                            "5\nÄrendet", 0) == "Avtal mellan Ekeby kommun och Torpa kommun om trafik på linje 5"


# ------------------------------------------------------------------------------------------- statement text

_CYKEL = _KS_HEAD + "\n§ 12\nCykelplan för Norrby\n\nÄrendet\nPlanen behandlas.\n\n"


@pytest.mark.parametrize("section, text", [
    ("Reservation: Lisa Holm (V) och Ola Ek (V) reserverar sig mot beslutet.",
     "Lisa Holm (V) och Ola Ek (V) reserverar sig mot beslutet."),
    ("Särskilt yttrande (C): Per Ek anför: ”Vi vill att planen omfattar hela Norrby.”",
     "Per Ek anför: ”Vi vill att planen omfattar hela Norrby.”"),
    ("Protokollsanteckning – Eva Sund (KD) antecknar att taxan bör ses över.",
     "Eva Sund (KD) antecknar att taxan bör ses över."),
    ("PROTOKOLLSANTECKNING\nEva Sund (KD) antecknar att taxan bör ses över.",
     "Eva Sund (KD) antecknar att taxan bör ses över."),
    # A sentence that opens with the word, and a label that says more, stay whole.
    ("Reservation anmäls av Lisa Holm (V).", "Reservation anmäls av Lisa Holm (V)."),
    ("Reservation till förmån för eget yrkande: Lisa Holm (V).",
     "Reservation till förmån för eget yrkande: Lisa Holm (V)."),
])


def test_a_label_that_only_names_the_statements_kind_is_no_part_of_its_text(section, text):
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\n" + section + "\n"), "12")
    assert [s.text for s in par.statements] == [text]


@pytest.mark.parametrize("section, text", [
    ("Yrkanden: Mats Ek (S) yrkar bifall till förslaget.", "Mats Ek (S) yrkar bifall till förslaget."),
    ("Yrkanden  Mats Ek (S) yrkar bifall till förslaget.", "Mats Ek (S) yrkar bifall till förslaget."),
    ("Yrkanden\n- Mats Ek (S): bifall till förslaget.", "Mats Ek (S): bifall till förslaget."),
    ("Förslag till beslut på sammanträdet\nMats Ek (S) yrkar bifall till förslaget.",
     "Mats Ek (S) yrkar bifall till förslaget."),
    ("Arbetsutskottet 2024-03-20, § 31\nMats Ek (S) yrkar bifall till förslaget.",
     "Mats Ek (S) yrkar bifall till förslaget."),
    ("Del 1 – Yttrande över planen\nYrkande: Mats Ek (S) yrkar bifall till förslaget.",
     "Mats Ek (S) yrkar bifall till förslaget."),
    # A label that names the proposal stays: the others refer to it.
    ("Yrkanden\nYrkande 2 – Mats Ek (S): bifall till yrkande 1.", "Yrkande 2 – Mats Ek (S): bifall till yrkande 1."),
])


def test_a_heading_or_label_before_a_proposal_is_no_part_of_its_text(section, text):
    par = _par(_minutes(_CYKEL + section + "\n\nBeslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals] == [text]
    assert [r.name for p in par.proposals for r in p.by] == ["Mats Ek"]


@pytest.mark.parametrize("after", ["(Paragraf 12 forts.)", "4\nSammanträdesdatum", "KS § 12 forts.\n- 4 -",
                                   "1 Arbetsutskottets beslut 2024-03-20, § 31."])


def test_page_furniture_after_a_proposals_last_sentence_is_no_part_of_its_text(after):
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S) yrkar bifall till förslaget.\n" + after +
                        "\nBeslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals] == ["Mats Ek (S) yrkar bifall till förslaget."]


@pytest.mark.parametrize("head", ["(Paragraf 12 forts.)", "§ 12"])


def test_a_continued_paragraphs_heading_amid_a_proposal_is_no_part_of_its_text(head):
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S) yrkar att planen ska gälla för\n" + head + "\n"
                        "hela kommunen.\nBeslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals] == ["Mats Ek (S) yrkar att planen ska gälla för hela kommunen."]


def test_a_list_items_next_number_is_no_part_of_the_item_before():
    par = _par(_minutes(_CYKEL + "Yrkanden\n1. Mats Ek (S): bifall till förslaget.\n2. Eva Sund (KD): avslag.\n"
                        "Beslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals] == ["Mats Ek (S): bifall till förslaget.", "Eva Sund (KD): avslag."]


def test_r13e_a_listed_proposal_with_m_fl_after_the_party_before_the_colon():
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S) och Eva Sund (KD): bifall till förslaget.\n"
                        "Nils Ås (MP) m.fl.: avslag på förslaget.\n\nBeslut\nPlanen antas.\n"), "12")
    assert [[r.name for r in p.by] for p in par.proposals] == [["Mats Ek", "Eva Sund"], ["Nils Ås"]]


def test_r13e_parties_that_made_a_gemensam_agreement_are_its_parties():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2025-04-01\n§ 7 Överenskommelse om skolskjuts\n\nÄrendet\n"
                 "Ekby kommun och Åsby kommun har tagit fram en gemensam överenskommelse om skolskjuts.\n\n"
                 "Beslut\nKommunstyrelsen godkänner överenskommelsen.\n")
    assert m.paragraphs[0].agreements and m.paragraphs[0].agreements[0].parties == ("Ekby kommun", "Åsby kommun")


def test_r13e_a_region_and_its_municipalities_listed_between_dashes_are_the_parties():
    m = _minutes("Regionstyrelsen\nSammanträdesdatum 2025-04-01\n§ 7 Avtal om hjälpmedel\n\nÄrendet\n"
                 "Region Norrland och de tre kommunerna i länet – Ekby kommun, Åsby\nkommun och Tuna kommun – har "
                 "tecknat ett avtal om hjälpmedel.\n\nBeslut\nRegionstyrelsen godkänner avtalet.\n")
    assert m.paragraphs[0].agreements and m.paragraphs[0].agreements[0].parties == (
        "Region Norrland", "Ekby kommun", "Åsby kommun", "Tuna kommun")


def test_a_partys_statement_without_a_signatory_has_its_text():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSärskilt yttrande\n"
                        "Liberalerna lämnar ett särskilt yttrande, bilaga 2. Ersättaren Bo Lind (L) instämmer i "
                        "Liberalernas särskilda yttrande.\n"), "12")
    party = [s for s in par.statements if not s.by]
    assert [(s.parties, s.text) for s in party] == [(("L",), "Liberalerna lämnar ett särskilt yttrande, bilaga 2.")]


def test_a_quoted_statement_of_several_sentences_is_read_whole():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSärskilt yttrande\nLisa Holm (V) lämnar följande "
                        "särskilda yttrande: ”Planen är bra.\nMen cykelbanorna i Norrby måste prioriteras.”\n"), "12")
    assert [s.text for s in par.statements] == [
        "Lisa Holm (V) lämnar följande särskilda yttrande: ”Planen är bra. Men cykelbanorna i Norrby måste "
        "prioriteras.”"]


def test_the_words_a_colon_announces_are_the_statements_and_the_proposals():
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S), med instämmande av Ola Lind (C):\nbifall till förslaget.\n"
                        "Eva Sund (KD): avslag.\nBeslut\nPlanen antas.\n\nSärskilt yttrande\n"
                        "Lisa Holm (V) lämnar ett särskilt yttrande enligt följande:\nPlanen är bra. Cykelbanorna "
                        "måste ändå prioriteras.\nBeslutet skickas till\nTekniska nämnden\n"), "12")
    assert [p.text for p in par.proposals] == [
        "Mats Ek (S), med instämmande av Ola Lind (C): bifall till förslaget.", "Eva Sund (KD): avslag."]
    assert [s.text for s in par.statements] == [
        "Lisa Holm (V) lämnar ett särskilt yttrande enligt följande: Planen är bra. Cykelbanorna måste ändå "
        "prioriteras."]
    # The meeting going on after the announced words is no part of them.
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S) yrkar följande:\nbifall till förslaget.\n"
                        "Ordföranden ställer proposition på yrkandet och finner att nämnden bifaller det.\n"
                        "Beslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals] == ["Mats Ek (S) yrkar följande: bifall till förslaget."]


def test_names_signing_a_statement_under_its_text_have_that_text():
    text = (_CYKEL + "Beslut\nPlanen antas.\n\nProtokollsanteckning\n"
            "Vänsterpartiet och Miljöpartiet lämnar följande protokollsanteckning:\n”Cykelbanorna i Norrby måste "
            "prioriteras.”\nLisa Holm (V)\nOla Ek (MP)\nBeslutet skickas till\nTekniska nämnden\n")
    par = _par(_minutes(text), "12")
    signed = [s for s in par.statements if s.by]
    assert [[r.name for r in s.by] for s in signed] == [["Lisa Holm"], ["Ola Ek"]]
    assert {s.text for s in signed} == {
        "Vänsterpartiet och Miljöpartiet lämnar följande protokollsanteckning: ”Cykelbanorna i Norrby måste "
        "prioriteras.”"}
    # The evidence runs from the text to the signatory's name.
    first = signed[0]
    assert text[first.span.start:first.span.end].startswith("Vänsterpartiet och") and \
        text[first.span.start:first.span.end].endswith("Lisa Holm (V)")


def test_a_signed_statement_is_its_text_without_its_heading_and_its_signatures():
    text = (_CYKEL + "Beslut\nPlanen antas.\n\nSÄRSKILT YTTRANDE (M, KD)\nVi står bakom planen men vill se fler "
            "cykelbanor.\nFör Moderaternas och Kristdemokraternas grupper\nAnna Berg, gruppledare\n\n"
            "Ersättaren Bo Lind (M) instämmer i Moderaternas särskilda yttrande.\n")
    par = _par(_minutes(text), "12")
    assert [(s.kind, s.text) for s in par.statements] == [
        ("ersättaryttrande", "Ersättaren Bo Lind (M) instämmer i Moderaternas särskilda yttrande."),
        ("särskilt yttrande", "Vi står bakom planen men vill se fler cykelbanor.")]
    st = par.statements[1]
    assert text[st.span.start:st.span.end].startswith("Vi står") and \
        text[st.span.start:st.span.end].endswith("gruppledare")


def test_a_written_reservation_is_its_text_without_its_heading_the_matter_the_date_and_the_signatures():
    par = _par(_minutes(_KS_HEAD + "\n§ 12\nCykelplan för Norrby och Söderby med nya cykelbanor\n\n"
                        "Beslut\nPlanen antas.\n\nReservation\nLisa Holm (V) anmäler reservation som ska "
                        "lämnas skriftligt, se bilaga A.\n\fBilaga A\n"
                        "Reservation till kommunstyrelsens protokoll 2024-04-09, § 12\n"
                        "Cykelplan för Norrby och Söderby med nya cykelbanor\n"
                        "Vi reserverar oss mot beslutet. Planen saknar cykelbanor i Söderby.\nNorrby 2024-04-12\n"
                        "Lisa Holm (V)\tOla Ek (V)\n"), "12")
    written = [s for s in par.statements if len(s.by) == 2]
    assert [s.text for s in written] == ["Vi reserverar oss mot beslutet. Planen saknar cykelbanor i Söderby."]


def test_a_heading_over_a_written_statement_naming_the_meeting_and_the_matter_is_no_part_of_its_text():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSkriftlig reservation\n"
                        "Kommunstyrelsen 2024-04-09, § 12, Cykelplan för\nNorrby\n"
                        "Vi anser att planen borde omfatta Söderby. Vi reserverar oss därför mot beslutet.\n\n"
                        "För Vänsterpartiet\nLisa Holm\tOla Ek\n"), "12")
    assert [s.text for s in par.statements if s.by] == [
        "Vi anser att planen borde omfatta Söderby. Vi reserverar oss därför mot beslutet."]


def test_a_signers_title_line_closing_the_statement_before_is_no_part_of_the_next():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSärskilt yttrande från Socialdemokraterna\n"
                        "Vi vill se fler cykelbanor.\nFör den socialdemokratiska gruppen\nAnna Berg, gruppledare\n\n"
                        "Ersättaren Bo Lind (S) instämmer i Socialdemokraternas särskilda yttrande.\n"), "12")
    ers = [s for s in par.statements if s.kind == "ersättaryttrande"]
    assert [s.text for s in ers] == ["Ersättaren Bo Lind (S) instämmer i Socialdemokraternas särskilda yttrande."]


def test_a_row_of_a_yrkanden_table_is_read_up_to_its_sentences_end():
    par = _par(_minutes(_CYKEL + "Yrkanden\nMats Ek (S)\tBifall till förslaget. Instämmer gör Ola Lind (C).\n"
                        "Eva Sund (KD)\tAvslag.\nBeslutsgång\nOrdföranden ställer proposition på yrkandena.\n"
                        "Beslut\nPlanen antas.\n"), "12")
    assert [p.text for p in par.proposals if p.by[0].name == "Mats Ek"] == ["Mats Ek (S) Bifall till förslaget."]


def test_a_line_ending_in_att_goes_on_into_a_short_capitalised_line():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nProtokollsanteckning\n"
                        "Lisa Holm (V) antecknar till protokollet att\nVänsterpartiet vill se fler cykelbanor\n"
                        "i Norrby.\n"), "12")
    assert [s.text for s in par.statements] == [
        "Lisa Holm (V) antecknar till protokollet att Vänsterpartiet vill se fler cykelbanor i Norrby."]


def test_statements_collected_at_the_end_are_read_without_their_paragraph_numbers():
    m = _minutes(_KS_HEAD + "\n§ 11\nTaxa\n\nBeslut\nTaxan antas.\n\nBeslutet skickas till\nTekniska nämnden\n\n"
                 "§ 12\nCykelplan\n\nBeslut\nPlanen antas.\n\n"
                 "RESERVATIONER OCH PROTOKOLLSANTECKNINGAR\n§ 11\nReservation: Lisa Holm (V) reserverar sig mot "
                 "beslutet.\n§ 12\nReservation anmäls av Ola Ek (M) till förmån för eget yrkande.\n")
    assert [s.text for s in _par(m, "11").statements] == ["Lisa Holm (V) reserverar sig mot beslutet."]
    assert [s.text for s in _par(m, "12").statements] == [
        "Reservation anmäls av Ola Ek (M) till förmån för eget yrkande."]


def test_a_collected_reservations_table_row_is_read_without_its_paragraph_number():
    # The row follows a full stop: the sentence splitter's cut after the stop and the entry's number overlap.
    m = _minutes(_KS_HEAD + "\n§ 32\tArvoden\nBeslut\tArvodet fastställs.\nReservation: se sammanställningen sist.\n"
                 "§ 33\tYttrande\nBeslut\tYttrandet antas.\nReservation: se sammanställningen sist.\n"
                 "Reservationer\nParagraf\tNamn\tParti\tReservationen avser\n"
                 "§ 32\tTove Ek\tSD\tTill förmån för eget yrkande\n§ 33\tElin Berg\tC\tTill förmån för eget yrkande\n")
    assert [(s.text, [r.name for r in s.by]) for s in _par(m, "32").statements] == [
        ("Tove Ek SD Till förmån för eget yrkande", ["Tove Ek"])]


def test_a_partys_statement_signed_under_its_text_is_one_statement_of_its_signers():
    # The signers' evidence now starts at the party's sentence: that sentence is still theirs, not a second one.
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSärskilt yttrande\nSocialdemokraterna lämnar följande "
                        "särskilda yttrande:\n”Cykelbanorna i Norrby måste prioriteras före vägarna.”\n"
                        "Anna Berg (S)\tBo Lind (S)\nBeslutet skickas till\nTekniska nämnden\n"), "12")
    assert [([r.name for r in s.by], s.parties) for s in par.statements] == [(["Anna Berg", "Bo Lind"], ("S",))]
    assert par.statements[0].text == ("Socialdemokraterna lämnar följande särskilda yttrande: ”Cykelbanorna i Norrby "
                                      "måste prioriteras före vägarna.”")


@pytest.mark.parametrize("heading, under, endorsing, text", [
    ("Protokollsanteckning från (V)", "”Vänsterpartiet vill att cykelbanorna prioriteras före vägarna.”",
     "Ersättaren Bo Lind (MP) instämmer i protokollsanteckningen från (V).",
     "”Vänsterpartiet vill att cykelbanorna prioriteras före vägarna.”"),
    ("Yttrande (S, V)", "Yttrande från S och V, se bilaga 2.",
     "Ersättaren Bo Lind (MP) instämmer i yttrandet från S och V.", "Yttrande från S och V, se bilaga 2."),
])


def test_a_statement_under_a_heading_naming_its_parties_has_the_words_under_it(heading, under, endorsing, text):
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\n" + heading + "\n" + under + "\n" + endorsing + "\n"), "12")
    party = [s for s in par.statements if not s.by]
    assert [s.text for s in party] == [text]
    assert [s.endorses for s in par.statements if s.by] == [par.statements.index(party[0])]


def test_referral_sent_in_the_past_tense_and_a_granskning_sent_among_others_to_this_body() -> None:
    text = ("Yttrande över remiss – Regional krisplan\nLänsstyrelsen i Tallby län sände 2025-02-03 planen på remiss "
            "till kommunerna och förbunden i länet med svar senast 2025-04-01.")
    ref = find_referral(_mapped(text), 0, _ctx("Direktionen"))
    assert ref is not None and ref.value == "Länsstyrelsen i Tallby län"
    text = ("Yttrande över Åby kommuns förslag till översiktsplan\nÅby kommun har skickat förslaget på granskning "
            "till bland andra Tallby Brandförsvarsförbund. Synpunkter ska lämnas senast 2025-05-02.")
    ref = find_referral(_mapped(text), 0, _ctx("Direktionen"))
    assert ref is not None and ref.value == "Åby kommun"


def test_reservation_by_surname_and_party_is_the_listed_person_of_that_surname() -> None:
    m = _minutes("Direktionens arbetsutskott\n\n"
                 "Beslutande   Ulla Kvist (S) ordf., Tage Myrberg (M), Ove Myrberg (C)\n\n"
                 "§ 4  Taxa 2026\n\nBeslut\nTaxan antas.\n\nReservation\n"
                 "Myrberg (M) reserverar sig mot beslutet till förmån för eget yrkande.\n")
    assert [[r.name for r in s.by] for s in m.paragraphs[0].statements if s.kind == "reservation"] == \
        [["Tage Myrberg"]]


def test_a_member_leaving_the_meeting_under_a_statement_heading_gives_no_statement():
    m = _minutes("Kommunstyrelsen\n\n§ 12  Ärende\n\nBeslut\nStyrelsen antar yttrandet.\nErsättaryttrande\n"
                 "Ersättaren Lisa Holm (V) lämnar ett yttrande, bilaga 2.\nPer Ask (L) lämnar sammanträdet efter "
                 "§ 12.\n\nBeslutet skickas till\nRegion Norr\n")
    p = m.paragraphs[0]
    assert [(s.kind, [r.name for r in s.by]) for s in p.statements] == [("ersättaryttrande", ["Lisa Holm"])]


@pytest.mark.parametrize("sentence", [
    "Trafikverket har den 3 mars 2024 skickat samrådsunderlaget för väg 12 till berörda kommuner.",
    "Trafikverket har 2024-03-03 skickat förslaget till vägplan på samråd till kommunen.",
])


def test_a_consultation_sent_to_the_body_is_a_referral(sentence):
    m = _minutes("Kommunstyrelsen\n\n§ 9  Yttrande till Trafikverket över vägplan för väg 12\n\nÄrendet\n" + sentence +
                 "\n\nBeslut\nKommunstyrelsen lämnar yttrande enligt förslaget.\n")
    par = m.paragraphs[0]
    assert par.referred_by is not None and par.referred_by.value == "Trafikverket"


def test_a_reservation_by_a_party_groups_members_named_without_parties_after_the_verb():
    m = _minutes("Direktionen\n\nNärvarande ledamöter:\nLisa Dal (V)\nAnna Fors (V)\nPer Holm (M)\n\n§ 5  Ärende\n\n"
                 "Beslut\nDirektionen avslår yrkandet.\nReservation\nMot beslutet reserverar sig Vänsterpartiets "
                 "ledamöter Lisa Dal och Anna Fors till förmån för eget yrkande.\n")
    assert [[r.name for r in s.by] for s in m.paragraphs[0].reservations] == [["Lisa Dal", "Anna Fors"]]


def test_the_parties_listed_after_a_sentence_ending_in_parter_i_overenskommelsen_ar() -> None:
    m = _minutes("Norrby kommun\nSocialnämnden\nSammanträdesdatum 2025-02-11\n\n§ 7 Överenskommelse om insats\n"
                 "Ärendet\nNämnden driver insatsen med andra. Parter i\növerenskommelsen är\n\n"
                 "  – Norrby kommun\n  – Storviks kommun\n  – Försäkringskassan\n\n"
                 "Beslut\nNämnden godkänner överenskommelsen.\n")
    assert {p for a in _par(m, "7").agreements for p in a.parties} == \
        {"Norrby kommun", "Storviks kommun", "Försäkringskassan"}


@pytest.mark.parametrize("label, kept", [("Ärendenummer: NF 2025/31", True), ("Dnr Ju2025/00977", False)])


def test_a_senders_number_in_brackets_stays_in_the_title_above_the_paragraphs_own_labelled_number(label: str,
                                                                                                     kept: bool):
    m = _minutes("Norrby kommun\nSocialnämnden\nSammanträdesdatum 2025-02-11\n\n"
                 "§ 7 Remissvar – Promemorian Tillsyn över boenden (Ju2025/00977)\n" + label + "\n"
                 "Justitiedepartementet har gett nämnden tillfälle att yttra sig.\nBeslut\nNämnden antar yttrandet.\n")
    assert _par(m, "7").title.endswith("(Ju2025/00977)") is kept


def test_a_request_for_the_body_s_opinion_made_on_remiss_is_a_referral():
    m = _minutes(
        "Miljönämnden\nSammanträdesdatum 2024-05-14\nOrdförande: Lisa Holm (C)\n\n"
        "§ 52\tDnr MN 2024/120\nYttrande till Länsstyrelsen Gävleborg över ansökan om täkt\n\n"
        "Ärendet\nLänsstyrelsen Gävleborg har på remiss begärt nämndens yttrande över en ansökan om täkt.\n\n"
        "Beslut\nMiljönämnden antar förvaltningens yttrande.\n")
    ref = _par(m, "52").referred_by
    assert ref is not None and ref.value == "Länsstyrelsen Gävleborg"


def test_a_prose_decision_with_the_own_bodys_full_name_counts_one_point_per_sentence_or_att_paragraph():
    # Prose minutes name the body in full: "X beslutade att … samt att …" is one sentence and one point, a bare
    # "X beslutade" heads its "att" paragraphs, "X föreslog kommunfullmäktige att …" is its proposal to the council;
    # another body's past decision, and the own body's history with a date before "att", are no decision.
    m = _minutes("Tekniska nämnden\nSammanträdesdatum 2025-02-11\n"
                 "§ 8 Gatubelysning\nTekniska nämnden beslutade att godkänna planen samt att uppdra åt\n"
                 "teknikchefen att upphandla armaturerna.\n\n"
                 "§ 9 Parkeringstaxa\nTekniska nämnden beslutade\n\natt höja taxan,\n\natt ändra zonerna.\n\n"
                 "§ 10 Snöröjning\nTekniska nämnden föreslog kommunfullmäktige att anta riktlinjerna.\n\n"
                 "§ 11 Information\nKommunfullmäktige beslutade att bygga bron.\n"
                 "Tekniska nämnden beslutade den 3 mars 2024 att utreda frågan.\n")
    assert [len(p.decision_points) for p in m.paragraphs] == [1, 2, 1, 0]


def test_a_written_reservation_may_name_its_matter_between_its_heading_and_its_first_person_text():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nReservation\nÄrende: Cykelplan\n"
                        "Vi reserverar oss mot beslutet eftersom Söderby saknas.\n"
                        "Lisa Holm (V)\nOla Ek (V)\n"), "12")
    assert [(s.kind, [r.name for r in s.by]) for s in par.statements] == [
        ("reservation", ["Lisa Holm", "Ola Ek"])]


def test_a_partys_signed_statement_is_the_one_its_nameless_sentence_announces_not_one_that_joins_it():
    # The signed text backs "yttrandet" (the board's reply): no endorsement of the party's own announcement.
    par = _par(_minutes(_CYKEL + "Beslut\nNämnden lämnar yttrandet.\n\nSärskilt yttrande\n"
                        "Miljöpartiet lämnar ett särskilt yttrande.\n"
                        "Ersättaren Bo Lind (L) ställer sig bakom Miljöpartiets särskilda yttrande.\n\n"
                        "Särskilt yttrande\nMiljöpartiet ställer sig bakom yttrandet men vill se fler cykelbanor.\n"
                        "För Miljöpartiet\nEva Sund\tPer Holm\n"), "12")
    signed = [s for s in par.statements if s.kind == "särskilt yttrande"]
    assert [([r.name for r in s.by], s.endorses) for s in signed] == [(["Eva Sund", "Per Holm"], None)]
    ers = next(s for s in par.statements if s.kind == "ersättaryttrande")
    assert ers.endorses is not None and par.statements[ers.endorses] is signed[0]


def test_a_joint_statement_given_through_named_members_after_its_noun_is_theirs():
    par = _par(_minutes(_CYKEL + "Beslut\nPlanen antas.\n\nSärskilt yttrande\n"
                        "Miljöpartiet och Centerpartiet lämnar ett gemensamt särskilt yttrande genom Eva Sund (MP) "
                        "och Per Holm (C):\n”Planen behöver fler cykelbanor.”\n"
                        "Ersättaren Bo Lind (C) instämmer i det gemensamma yttrandet.\n"), "12")
    joint = next(s for s in par.statements if s.kind == "särskilt yttrande")
    assert [r.name for r in joint.by] == ["Eva Sund", "Per Holm"] and joint.parties == ("MP", "C")
    ers = next(s for s in par.statements if s.kind == "ersättaryttrande")
    assert ers.endorses is not None and par.statements[ers.endorses] is joint


def test_a_remiss_sent_by_a_named_organisations_namnd_is_the_organisations() -> None:
    text = ("Yttrande över remiss – Regional kollektivtrafikplan\nKollektivtrafiknämnden i Region Tallby har skickat "
            "planen på remiss till länets kommuner. Svar ska lämnas senast 2025-05-02.")
    mt = _mapped(text)
    ref = find_referral(mt, 0, _ctx("Kommunstyrelsen"))
    assert ref is not None and ref.value == "Region Tallby"
    assert mt.text[ref.span.start:ref.span.end] == "Region Tallby"


def test_lettered_parts_under_a_numbered_point_belong_to_that_point():
    m = _minutes("Kultur- och fritidsnämnden\n\n§ 31\nNytt konstgräs\n\nBeslut\n1. Nämnden godkänner bytet av "
                 "konstgräs på Ekvallen.\n2. Bytet bekostas med\n   a) medel ur underhållsbudgeten, och\n"
                 "   b) ett bidrag från idrottsföreningen.\n3. Nämnden uppdrar åt förvaltningen att handla upp "
                 "arbetet.\n")
    assert [p.value[:2] for p in m.paragraphs[0].decision_points] == ["1.", "2.", "3."]


def test_a_boards_decision_quoted_in_fullmaktiges_minutes_is_no_point_of_fullmaktiges_decision():
    m = _minutes("Kommunfullmäktige\n\n§ 12\nNy renhållningsordning\n\nKommunstyrelsens förslag till "
                 "kommunfullmäktige\n1. Renhållningsordningen antas.\n2. Den gäller från 2025-01-01.\n"
                 "Kommunstyrelsens beslut för egen del\n3. Förvaltningen informerar hushållen.\n\n"
                 "Kommunfullmäktiges beslut\nKommunfullmäktige antar renhållningsordningen och bestämmer att den "
                 "gäller från 2025-01-01.\n")
    assert len(m.paragraphs[0].decision_points) == 1


def test_a_boards_proposal_and_its_decision_for_its_own_part_both_count_in_its_own_minutes():
    m = _minutes("Kommunstyrelsen\n\n§ 12\nNy renhållningsordning\n\nKommunstyrelsens förslag till "
                 "kommunfullmäktige\n1. Renhållningsordningen antas.\n2. Den gäller från 2025-01-01.\n"
                 "Kommunstyrelsens beslut för egen del\n1. Förvaltningen informerar hushållen.\n")
    assert len(m.paragraphs[0].decision_points) == 3


def test_a_member_giving_a_tillaggsyrkande_without_the_verb_yrkar_moves_it():
    # "A (M) lämnar ett tilläggsyrkande om att …", "framställer ett ändringsyrkande": the noun after the giving
    # verb is the proposal.
    m = _minutes("Kommunstyrelsen\n\n§ 58  Ärende\n\nYrkanden\n"
                 "Siv Lund (S) yrkar bifall till förslaget.\n"
                 "Bertil Håkansson (KD) lämnar ett tilläggsyrkande om att busslinjen ska gå även på lördagar.\n"
                 "Maj Ek (V) framställer ett ändringsyrkande om en lägre taxa.\n"
                 "\nBeslut\nFörslaget bifalls.\n")
    p = m.paragraphs[0]
    assert sorted(r.name for pr in p.proposals for r in pr.by) == ["Bertil Håkansson", "Maj Ek", "Siv Lund"]


def test_a_referral_whose_sender_is_followed_by_a_relative_clause_naming_its_host_is_the_senders():
    # "X, som finns vid Y, har skickat …": Y hosts X; X, the sentence's subject, sent the remiss.
    m = _minutes("Miljönämnden\n\n§ 9\nYttrande över förslag till åtgärdsprogram för vatten\n\nBakgrund\n"
                 "Trafikverket, som har sitt regionkontor vid Länsstyrelsen i Norrlands län, har skickat förslaget "
                 "på remiss till kommunerna i länet.\n\nBeslut\nYttrandet antas.\n")
    assert m.paragraphs[0].referred_by is not None and m.paragraphs[0].referred_by.value == "Trafikverket"


def test_a_party_groups_note_told_with_later_anteckna_is_joined_by_an_ersattare_naming_it_briefly():
    # "Centerpartiets grupp (c-gruppen) låter anteckna att …": a protokollsanteckning of the party without a member
    # named; "ställer sig bakom c-gruppens anteckning" joins it.
    m = _minutes("Kultur- och fritidsnämnden\n\n§ 44  Föreningsbidrag 2025\n\nBeslut\nBidragen fördelas.\n\n"
                 "Protokollsanteckning\nCenterpartiets grupp (c-gruppen) låter anteckna att bidragen bör ses över "
                 "inför nästa år.\n\nErsättaryttrande\nErsättaren Oskar Lind (L) ställer sig bakom c-gruppens "
                 "anteckning.\n")
    sts = m.paragraphs[0].statements
    assert [(s.kind, s.parties, s.endorses) for s in sts] == [("protokollsanteckning", ("C",), None),
                                                             ("ersättaryttrande", ("L",), 0)]


def test_r13e_party_note_with_the_groups_short_name_right_after_the_party_is_joined_by_an_ersattare():
    # "Miljöpartiet (mp-gruppen) antecknar att …": the group's short name in brackets right after the party's name.
    m = _minutes("Tekniska nämnden\n\n§ 18  Parkeringsnorm\n\nBeslut\nNormen antas.\n\n"
                 "Protokollsanteckning\nMiljöpartiet (mp-gruppen) antecknar att cykelparkering bör prioriteras.\n"
                 "Ersättaren Nils Åhman (MP) ställer sig bakom anteckningen.\n")
    sts = m.paragraphs[0].statements
    assert [(s.kind, s.by, s.endorses) for s in sts] == [("protokollsanteckning", (), None),
                                                        ("ersättaryttrande", sts[1].by, 0)]
    assert [r.name for r in sts[1].by] == ["Nils Åhman"]


def test_a_decision_to_remittera_without_pa_remiss_in_an_answer_is_the_referral() -> None:
    text = ("Remissvar – Cykelplan 2026. Tekniska nämnden beslutade 2026-01-14, § 7, att remittera planen till "
            "samtliga nämnder. Fritidsnämnden ska svara senast 2026-03-01.")
    ref = find_referral(_mapped(text), 0, _ctx("Fritidsnämnden"))
    assert ref is not None and ref.value == "Tekniska nämnden"


def test_a_samrad_answered_to_its_sender_is_a_referral() -> None:
    text = ("Svar till Västby kommun – samråd om detaljplan för Norra hamnen. Västby kommun har skickat "
            "planförslaget på samråd till Region Norrby. Regionen lämnar synpunkter på kollektivtrafiken.")
    ref = find_referral(_mapped(text), 0, _ctx("Regionstyrelsen"))
    assert ref is not None and ref.value == "Västby kommun"
    # The same sending without an answer to the sender: the plan went out from here, no referral.
    text = "Västby kommun har skickat planförslaget på samråd till Region Norrby och Länsstyrelsen."
    assert find_referral(_mapped(text), 0, _ctx("Kommunstyrelsen")) is None


def test_a_party_groups_members_named_after_the_reservation_all_reserve():
    text = ("Kommunstyrelsen\nSammanträdesdatum: 2024-05-07\nBeslutande\nGöran Vik (V)\nTove Ahlin (V)\n"
            "Nils Brand (M)\nJusterare: Nils Brand (M)\n"
            "§ 61 Taxa för kulturskolan\nBeslut\nTaxan antas.\nReservation\n"
            "Vänsterpartiets ledamöter reserverar sig mot beslutet, Tove Ahlin och Göran Vik.\n")
    par = extract_minutes(_src(text)).paragraphs[0]
    reserving = {(r.name, r.party) for st in par.statements if st.kind == "reservation" for r in st.by}
    assert reserving == {("Tove Ahlin", "V"), ("Göran Vik", "V")}


def test_the_local_parties_told_after_parter_lokalt_are_the_agreements():
    m = _minutes("Personalutskottet\n\n§ 7\nLokalt samverkansavtal\n\nBeslut\nPersonalutskottet godkänner "
                 "samverkansavtalet.\n\nÄrendet\nAvtalet bygger på ett centralt avtal. Parter lokalt är Bergby "
                 "kommun och Polisregion Mitt.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Bergby kommun", "Polisregion Mitt")


def test_an_agreement_title_ending_with_a_company_right_above_a_section_heading():
    m = _minutes("Kommunfullmäktige\n\n§ 7 Dnr KS 2024/12\nSamverkansavtal mellan Ekby kommun och Dalbuss AB\n"
                 "Bakgrund\nAvtalet gäller busstrafiken.\n\nBeslut\nFullmäktige godkänner samverkansavtalet.\n")
    assert m.paragraphs[0].agreements[0].parties == ("Ekby kommun", "Dalbuss AB")
    assert "Dalbuss AB Bakgrund" not in [o.value for o in m.organisations]


def test_reservants_of_one_party_named_after_a_comma_without_brackets():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2024-05-27\n\n§ 112   Förvärv\n\n"
                 "Beslut\nKommunstyrelsen godkänner köpeavtalet.\n\nReservation\n"
                 "Anna Berg, Olle Lind och Eva Ek, samtliga SD, reserverade sig mot beslutet.\n")
    got = {(r.name, r.party) for st in _par(m, "112").reservations for r in st.by}
    assert got == {("Anna Berg", "SD"), ("Olle Lind", "SD"), ("Eva Ek", "SD")}


def test_an_ersattare_who_anfor_under_a_plain_yttrande_heading_gives_an_ersattaryttrande():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nBudget 2025\n\nBeslut\nBudgeten antas.\n\nYttrande\n"
                 "Ersättaren Ture Dahl (MP) anför att cykelvägarnas underhåll bör prioriteras.\n")
    assert {(s.kind, r.name) for s in m.paragraphs[0].statements for r in s.by} == {("ersättaryttrande", "Ture Dahl")}


def test_joining_a_yrkande_under_the_ersattaryttrande_heading_is_no_proposal():
    m = _minutes("Kommunstyrelsen\n\n§ 4\nBudget 2025\n\nYrkanden\nVera Holm (V) yrkar bifall till förslaget.\n\n"
                 "Beslut\nBudgeten antas.\n\nErsättaryttrande\n"
                 "Ture Dahl (V) instämmer i Vänsterpartiets yrkande och anför att taxan är för hög.\n")
    assert [r.name for pr in m.paragraphs[0].proposals for r in pr.by] == ["Vera Holm"]


def test_a_consultation_sent_out_on_samrad_is_a_referral_from_its_sender():
    # "X, som är placerad vid Y, har sänt ut förslag … på samråd": the samråd the nämnd answers is a remiss
    m = _minutes("Miljönämnden\n\n§ 9\nSamråd om förvaltningsplan\n\nÄrendet\n"
                 "Vattenmyndigheten i Norrbyhavets vattendistrikt, som är placerad vid Länsstyrelsen i Västby län, "
                 "har sänt ut förslag till förvaltningsplan på samråd.\n\nBeslut\n"
                 "Nämnden antar tjänsteskrivelsen som sitt yttrande till Vattenmyndigheten.\n")
    assert m.paragraphs[0].referred_by is not None and \
        m.paragraphs[0].referred_by.value == "Vattenmyndigheten i Norrbyhavets vattendistrikt"


def test_a_letter_list_past_h_keeps_each_letter_a_point_of_its_own() -> None:
    # A budget's decision runs a)–k); "i)" on is no wrapped line of the point above.
    points = "".join(f"{c}) att anta punkt {n} i planen,\n" for n, c in enumerate("abcdefghijk", 1))
    text = _KF_HEAD + "§ 40 Budget 2026\n\nBeslut\nKommunfullmäktige beslutar\n" + points
    assert len(_par(_minutes(text), "40").decision_points) == 11


def test_bracketed_letters_number_decision_points_also_after_a_heading_for_the_body_itself() -> None:
    # "(a)"–"(c)" to fullmäktige, then "(d)" for the board itself: four points, "(i)" is no Roman numeral here.
    text = (_KS_HEAD + "§ 77 Mål och budget\n\nBeslut\nKommunstyrelsen föreslår kommunfullmäktige besluta\n"
            "(a) att fastställa budgeten,\n(b) att anta de finansiella målen,\n"
            "(c) att fastställa skattesatsen till 21,50 kronor.\nKommunstyrelsen beslutar för egen del\n"
            "(d) att ge kommundirektören i uppdrag att ta fram internbudget.\n")
    assert len(_par(_minutes(text), "77").decision_points) == 4


def test_a_reservation_appendix_inside_the_paragraph_is_no_part_of_the_ersattaryttrande_above() -> None:
    text = (_KS_HEAD + "§ 78 Taxor 2026\n\nBeslut\nKommunstyrelsen antar taxorna.\n"
            "Ersättaryttrande\nNora Holm (MP) anför att taxorna borde ha sänkts.\n"
            "Beslutet skickas till: Kommunfullmäktige\n"
            "Bilaga 2 – Reservation (V), § 78\n"
            "Vi reserverar oss mot beslutet. Taxorna drabbar barnfamiljerna.\n"
            "Ivar Strand (V)    Tuva Lax (V)\n")
    kinds = {(s.kind, r.name) for s in _par(_minutes(text), "78").statements for r in s.by}
    assert kinds == {("ersättaryttrande", "Nora Holm"), ("reservation", "Ivar Strand"), ("reservation", "Tuva Lax")}


def test_one_party_in_brackets_after_a_comma_covers_both_names() -> None:
    text = (_KF_HEAD + "§ 79 Taxa\n\nBeslut\nKommunfullmäktige antar taxan.\n\nReservationer\n"
            "Olle Frisk och Maja Sten, båda (KD), reserverar sig mot beslutet.\n")
    reservers = {(r.name, r.party) for s in _par(_minutes(text), "79").statements for r in s.by}
    assert reservers == {("Olle Frisk", "KD"), ("Maja Sten", "KD")}


def test_r14m_a_reserver_without_a_motion_of_their_own_on_a_line_under_the_reservations_heading():
    minutes = _minutes(_KF_HEAD + "§ 12 Avtal\nYrkanden\nAnna Berg (S) yrkar avslag.\nBeslut\nAvtalet godkänns.\n\n"
                       "Reservationer\nAnna Berg (S) och Bo Ek (S) till förmån för Bergs yrkande.\n"
                       "Karin Lind (M) utan eget yrkande.\n\nExpedieras\nEkonomiavdelningen\n")
    assert [[r.name for r in s.by] for s in _par(minutes, "12").reservations] == [["Anna Berg", "Bo Ek"],
                                                                                  ["Karin Lind"]]


def test_r14m_a_supervisory_authoritys_request_for_an_opinion_over_a_complaint_is_no_referral():
    asked = "Yttrande till tillsynsmyndigheten\nInspektionen för vård och omsorg har begärt nämndens yttrande"
    assert find_referral(_mapped(asked + " över en anmälan som rör boendet."), 0, _ctx("Socialnämnden")) is None
    ref = find_referral(_mapped(asked + " över ansökan om tillstånd."), 0, _ctx("Socialnämnden"))
    assert ref is not None and ref.value == "Inspektionen för vård och omsorg"
