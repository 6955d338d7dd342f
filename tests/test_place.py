"""The meeting's place: read from the first page, the town it names, and the place in the graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kommungraf.clean import Line
from kommungraf.extract import extract_minutes
from kommungraf.extract.place import meeting_place, municipality_named_in, municipality_of_town, region_of_town
from kommungraf.gazetteer import is_region, municipalities, region_of_county
from kommungraf.source import SourceText


def _place(*texts: str) -> str | None:
    lines, at = [], 0
    for t in texts:
        lines.append(Line(t, at, at + len(t), 1))
        at += len(t) + 1
    found = meeting_place(lines)
    return found[0] if found else None


@pytest.mark.parametrize(("lines", "place"), [
    (["Plats och tid\tKommunhuset, Djurås, sammanträdesrum Gagnefsrummet, kl. 13.00–16.20"],
     "Kommunhuset, Djurås, sammanträdesrum Gagnefsrummet"),
    (["PLATS OCH TID Kommunfullmäktigesalen, kommunhuset Bålsta, kl. 18.30–21.05"],
     "Kommunfullmäktigesalen, kommunhuset Bålsta"),
    (["Plats och tid: Folkets hus, Norsjö, måndagen den 16 juni 2025 klockan 18"], "Folkets hus, Norsjö"),
    (["Sammanträdesplats: Stadshuset, sal B, Västerås"], "Stadshuset, sal B, Västerås"),
    (["Tid och plats: 2025-03-19 kl 18.00 i Stadshuset"], "Stadshuset"),
    # The date first and the place wrapped onto the next line; the label alone above its value.
    (["Tid och plats         Måndagen den 25 november 2024 kl. 18.30–21.40,", "   Sessionssalen, Kommunhuset, Tibro"],
     "Sessionssalen, Kommunhuset, Tibro"),
    (["Plats och tid", "Kommunhuset, sal Fyrklövern, kl. 15.00–17.40"], "Kommunhuset, sal Fyrklövern"),
    # A note after the time is no part of the place; a label in a table row's second cell is read.
    (["Plats och tid: Stadshuset, fullmäktigesalen, torsdagen den 10 mars 2022 kl. 18.00. Alla deltog på plats."],
     "Stadshuset, fullmäktigesalen"),
    (["Tid: 15.00–17.30\tPlats: Gustaf Dalénsgatan 4, lokal Mötesplatsen"], "Gustaf Dalénsgatan 4, lokal Mötesplatsen"),
    # No place: the adjusting's place and time, a sentence that opens with the word, a label with only a time.
    (["Justeringens plats och tid: Kommunhuset 2024-05-02"], None),
    (["Plats för mötet meddelas senare."], None),
    (["Plats och tid: kl. 13.00–15.00", "Beslutande: Anna Ek (S)"], None),
])
def test_the_meeting_place_is_the_labelled_value_without_date_and_time(lines: list[str], place: str | None) -> None:
    assert _place(*lines) == place


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeåäö ABCÅÄÖ,.:-–\t0123456789", max_size=60),
       st.sampled_from(["Plats", "Plats och tid", "Tid och plats", "Sammanträdesplats", "Lokal"]),
       st.sampled_from([": ", "\t", "  "]))
def test_a_place_is_a_stretch_of_its_line_and_never_empty(value: str, label: str, sep: str) -> None:
    text = f"{label}{sep}{value}"
    found = meeting_place([Line(text, 100, 100 + len(text), 1)])
    if found is not None:
        place, start, end = found
        assert 100 <= start < end <= 100 + len(text)
        assert place == " ".join(text[start - 100:end - 100].split()) and place.strip()


def test_the_town_of_a_meeting_place_names_its_municipality() -> None:
    assert len(municipalities()) == 290 and len({m.name for m in municipalities()}) == 290
    assert municipality_of_town("Kommunhuset, Edsbyn") == "Ovanåkers kommun"
    assert municipality_of_town("Folkets hus, stora salen, Åmål") == "Åmåls kommun"
    # A room named after a town elsewhere is no town of the meeting; a house named after a village stands in
    # the seat it names beside it.
    assert municipality_of_town("Rådhuset, sammanträdesrum Kopparberg") is None
    assert municipality_of_town("Folkets hus Vrigstad, Sävsjö") == "Sävsjö kommun"
    assert municipality_of_town("Sessionssalen") is None
    assert municipality_named_in("Plats: Gagnefs kommunhus", ["Leksands kommun", "Gagnefs kommun"]) == \
        "Gagnefs kommun"


def _minutes(text: str):
    return extract_minutes(SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,)))


_HEAD = "Kommunstyrelsen\nSammanträdesdatum 2025-03-19\nPlats och tid: Kommunhuset, Edsbyn, kl. 9.00\n"
_BODY = ("§ 20 Samverkansavtal med Leksands kommun\nKommunstyrelsen godkänner samverkansavtalet med Leksands "
         "kommun.\n")


def test_minutes_that_name_no_municipality_take_the_one_whose_town_they_meet_in() -> None:
    m = _minutes(_HEAD + _BODY)
    assert m.municipality == "Ovanåkers kommun"
    assert m.meeting_place is not None and m.meeting_place.value == "Kommunhuset, Edsbyn"
    span = m.meeting_place.span
    assert m.source.text[span.start:span.end] == "Kommunhuset, Edsbyn"
    # A municipality the first page names wins over the town; without a place, the first one the text names.
    m = _minutes(f"OVANÅKERS KOMMUN\nKommunstyrelsen\nSammanträdesdatum 2025-03-19\nPlats: Folkets hus, Mora\n{_BODY}")
    assert m.municipality == "Ovanåkers kommun"
    m = _minutes(f"Kommunstyrelsen\nSammanträdesdatum 2025-03-19\n{_BODY}")
    assert m.municipality == "Leksands kommun" and m.meeting_place is None


def test_a_regions_or_a_companys_minutes_take_no_municipality_from_their_town() -> None:
    m = _minutes("Styrelsen\nSammanträdesdatum 2025-03-19\nPlats: Bolagets kontor, Sandviken\n"
                 "§ 4 Budget\nStyrelsen fastställer budgeten.\n")
    assert m.municipality is None


def test_a_municipalitys_place_is_its_name_without_kommun_stad_or_region() -> None:
    from kommungraf.gazetteer import municipality_places, place_of

    assert [place_of(n) for n in ("Lidköpings kommun", "Borås Stad", "Region Gotland")] == \
        ["Lidköpings", "Borås", "Gotland"]
    assert {"Lidköpings", "Lidköping", "Gotland"} <= municipality_places() and "Region" not in municipality_places()
    assert municipality_named_in("Plats: Wisby Strand, Gotland", ["Region Gotland"]) == "Region Gotland"


def test_every_county_has_its_region_and_a_town_names_it() -> None:
    counties = {m.county for m in municipalities()}
    assert counties == set(region_of_county()) and len(counties) == 21
    assert all(is_region(r) for r in region_of_county().values())
    assert region_of_town("Regionens hus, Härnösand") == "Region Västernorrland"
    assert region_of_town("Regionhuset, Kristianstad") == "Region Skåne"
    assert region_of_town("Visby") == "Region Gotland"
    assert region_of_town("Sessionssalen") is None


def test_a_regions_body_named_only_in_a_logo_takes_the_region_of_its_town() -> None:
    text = ("Patientnämnden\nSammanträdesdatum 2024-09-19\nPlats och tid: Regionhuset, Umeå, kl. 9.30\n"
            "§ 40 Yttrande till Region Norrbotten och Umeå kommun\nPatientnämnden antar yttrandet.\n")
    # The town's county wins over a region or a municipality the text writes about.
    assert _minutes(text).municipality == "Region Västerbotten"
    # A municipality's own nämnd in the same town keeps its municipality.
    assert _minutes(text.replace("Patientnämnden", "Socialnämnden")).municipality == "Umeå kommun"
    # Without a place, the region the text names, as before.
    assert _minutes(text.replace("Plats och tid: Regionhuset, Umeå, kl. 9.30\n", "")).municipality == \
        "Region Norrbotten"


def test_the_meeting_is_at_its_place_in_the_graph() -> None:
    from kommungraf.rdf import minutes_to_graph

    m = _minutes(_HEAD + _BODY)
    _doc, g = minutes_to_graph(m)
    rows = list(g.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#> PREFIX kg: <https://w3id.org/kommungraf/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?label ?start WHERE { ?meeting a besluit:Zitting ; prov:atLocation ?place .
            ?place a prov:Location ; skos:prefLabel ?label ; kg:evidence/oa:hasSelector/oa:start ?start }"""))
    assert [(str(r[0]), int(r[1])) for r in rows] == [("Kommunhuset, Edsbyn", m.meeting_place.span.start)]
