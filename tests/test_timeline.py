"""Timelines of a case, a person and a body on the small graph of tests/small_graph.py, whose answer is known."""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from small_graph import ENERGI, T, documents, fill, served

import kommungraf
from kommungraf.errors import QueryError
from kommungraf.filters import Filters
from kommungraf.model import Paragraph
from kommungraf.rdf import minutes_to_graph
from kommungraf.timeline import build_timeline, layout, to_html, to_png, to_rows, to_svg
from kommungraf.timeline.render import WIDTH

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def kg():
    g = kommungraf.open(memory=True)
    fill(g.store)
    return g


def _summary(t) -> list[tuple[str, str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return [(e.date.isoformat() if e.date else "", e.lane, e.paragraph, e.kinds) for e in t.events]


def test_a_case_is_followed_through_the_bodies_that_handled_it_in_date_order(kg):
    t = build_timeline(kg, case="KS 2024/1")
    assert _summary(t) == [
        ("2024-01-10", "Kommunstyrelsen · Testby kommun", "§ 1", ("reservation", "vote", "statement", "agreement")),
        ("2024-03-05", "Socialnämnden · Testby kommun", "§ 5", ("reservation", "referral")),
        ("2024-06-01", "Kommunfullmäktige · Testby kommun", "§ 10", ("reservation", "agreement")),
    ]
    assert t.connected and t.lanes == ("Kommunstyrelsen · Testby kommun", "Socialnämnden · Testby kommun",
                                       "Kommunfullmäktige · Testby kommun")
    first, second, _ = t.events
    assert "reservation: Anna Andersson, Bertil Berg, Cecilia Ceder" in first.details
    assert "ersättaryttrande, särskilt uttalande" in first.details
    assert "svar på remiss från Kommunstyrelsen" in second.details
    assert first.iri == T + "organ/kommunstyrelsen/sammantrade/2024-01-10/paragraf/1"
    # The answer also cites its own number: following that number finds the same three paragraphs.
    assert _summary(build_timeline(kg, case="SN 2024/9")) == _summary(t)
    assert build_timeline(kg, case="KS 1999/1").events == ()


def test_a_person_timeline_holds_the_meetings_attended_and_what_the_person_did(kg):
    t = build_timeline(kg, person="Anna Andersson")
    assert _summary(t) == [
        ("2024-01-10", "Kommunstyrelsen · Testby kommun", "", ("attendance",)),
        ("2024-01-10", "Kommunstyrelsen · Testby kommun", "§ 1", ("reservation", "vote", "statement", "proposal")),
        ("2024-01-10", "Kommunstyrelsen · Testby kommun", "§ 2", ("vote",)),
        ("2024-03-05", "Socialnämnden · Testby kommun", "", ("attendance",)),
        ("2024-03-05", "Socialnämnden · Testby kommun", "§ 5", ("reservation",)),
        ("2024-04-15", "Kommunstyrelsen · Testby kommun", "", ("attendance",)),
        ("2024-06-01", "Kommunfullmäktige · Testby kommun", "", ("attendance",)),
    ]
    meeting, par1 = t.events[:2]
    assert meeting.details == ("ordförande",)
    assert par1.details[:4] == ("reservation", "röstade ja", "särskilt uttalande", "yrkande")
    assert not t.connected
    # By IRI, and narrowed by date: the same person, fewer events.
    narrowed = build_timeline(kg, person=T + "person/anna-andersson", filters=Filters(date_from="2024-03-01"))
    assert _summary(narrowed) == _summary(t)[3:]
    assert narrowed.title == "Tidslinje: Anna Andersson (2024-03-01)"


def test_a_body_timeline_and_its_filters(kg):
    ks = build_timeline(kg, filters=Filters(body="Kommunstyrelsen"))
    assert [(e.municipality, e.paragraph) for e in ks.events] == [
        ("Testby kommun", "§ 1"), ("Testby kommun", "§ 2"), ("Annanstads kommun", "§ 1")]
    testby = build_timeline(kg, filters=Filters(body="Kommunstyrelsen", municipality="Testby"))
    assert [e.paragraph for e in testby.events] == ["§ 1", "§ 2"]
    assert [e.paragraph for e in build_timeline(kg, filters=Filters(party="M")).events] == ["§ 1", "§ 5", "§ 10"]
    assert "Kommunstyrelsen" in ks.title
    with pytest.raises(QueryError, match="4 events match, more than --limit 3"):
        build_timeline(kg, filters=Filters(municipality="Testby"), limit=3)
    with pytest.raises(QueryError, match="expected a date"):
        build_timeline(kg, filters=Filters(date_from="1 mars"))
    for impossible in ("2022-13-01", "2022-02-30"):  # the right shape, no such day
        with pytest.raises(QueryError, match=f"no such date '{impossible}'"):
            build_timeline(kg, filters=Filters(date_to=impossible))
    with pytest.raises(QueryError, match="not case and person"):
        build_timeline(kg, case="KS 2024/1", person="Anna Andersson")


def test_an_organisation_timeline_holds_its_agreements_and_the_referrals_it_sent(kg):
    energi = build_timeline(kg, organisation="Testbygdens Energi AB")
    assert [(e.date.isoformat(), e.paragraph, e.kind) for e in energi.events] == [
        ("2024-01-10", "§ 1", "reservation"), ("2024-06-01", "§ 10", "reservation")]
    assert energi.title == "Tidslinje: Testbygdens Energi AB"
    by_iri = build_timeline(kg, organisation=ENERGI)
    assert (by_iri.title, by_iri.events) == (energi.title, energi.events)
    # Kommunstyrelsen sent the referral Socialnämnden answered; Region Testland is party to one agreement.
    assert [e.paragraph for e in build_timeline(kg, organisation=T + "organ/kommunstyrelsen").events] == ["§ 5"]
    assert [e.paragraph for e in build_timeline(kg, organisation="Region Testland").events] == ["§ 10"]
    assert build_timeline(kg, organisation="Testbygdens Energi AB", filters=Filters(date_to="2024-03-01")) \
        .events == energi.events[:1]


def test_rows_carry_every_event_with_plain_values(kg):
    rows = to_rows(build_timeline(kg, case="KS 2024/1"))
    assert rows.columns == ["date", "municipality", "body", "paragraph", "title", "what", "details", "iri"]
    assert rows.rows[1]["date"] == "2024-03-05" and rows.rows[1]["what"] == "reservation, remissvar"
    assert json.loads(json.dumps(rows.rows))[2]["title"] == "Fjärrvärme, beslut"


def test_the_picture_has_a_lane_per_body_a_dot_per_event_and_joins_a_case_in_order(kg):
    t = build_timeline(kg, case="KS 2024/1")
    root = ET.fromstring(to_svg(t))
    circles = [c for c in root.iter(SVG + "circle") if c.find(SVG + "title") is not None]
    assert len(circles) == 3
    xs = [float(c.get("cx")) for c in circles]
    ys = [float(c.get("cy")) for c in circles]
    assert xs == sorted(xs) and len(set(ys)) == 3  # later to the right, one lane each
    # The gap between the first two events (55 days) is narrower than between the last two (88 days).
    assert xs[1] - xs[0] < xs[2] - xs[1]
    assert len(list(root.iter(SVG + "polyline"))) == 1
    links = [a.get("href") for a in root.iter(SVG + "a")]
    assert links[0] == "http://127.0.0.1:8000/id/kommun/testby-kommun/organ/kommunstyrelsen/sammantrade/2024-01-10/paragraf/1"
    assert not list(ET.fromstring(to_svg(t, None)).iter(SVG + "a"))
    lanes = [x.text for x in root.iter(SVG + "text")]
    # One municipality: the lanes are named by their bodies alone; two: with the municipality.
    assert {"Kommunstyrelsen", "Socialnämnden", "Kommunfullmäktige"} <= set(lanes)
    both = [x.text for x in ET.fromstring(to_svg(build_timeline(kg, filters=Filters(body="Kommunstyrelsen"))))
            .iter(SVG + "text")]
    assert {"Kommunstyrelsen · Testby kommun", "Kommunstyrelsen · Annanstads kommun"} <= set(both)
    assert not list(ET.fromstring(to_svg(build_timeline(kg, person="Anna Andersson"))).iter(SVG + "polyline"))


def test_the_page_is_self_contained_and_escapes_every_text():
    g = kommungraf.open(memory=True)
    m = documents()[1]
    odd = Paragraph("7", 'Taxa <script>alert("x")</script> & avgift', m.paragraphs[0].span)
    g.store.replace_graph(*minutes_to_graph(replace(m, paragraphs=(odd,))))
    t = build_timeline(g, filters=Filters(body="Socialnämnden"))
    page = to_html(t)
    assert "<script" not in page.replace("&lt;script", "")
    assert "Taxa &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; avgift" in page
    assert "default-src 'none'" in page and "src=" not in page
    ET.fromstring(to_svg(t))  # well-formed with the odd title inside
    assert page.count("<tr><td") == len(t.events) == 1


def test_an_empty_or_undated_timeline_still_draws():
    g = kommungraf.open(memory=True)
    assert "0 händelser" in to_html(build_timeline(g, case="KS 1/1"))
    m = documents()[4]
    g.store.replace_graph(*minutes_to_graph(replace(m, meeting_date=None)))
    t = build_timeline(g, filters=Filters(municipality="Annanstad"))
    assert [e.date for e in t.events] == [None]
    assert "utan datum" in to_svg(t)


def _pixels(png: bytes):  # type: ignore[no-untyped-def]
    from matplotlib.image import imread

    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return imread(io.BytesIO(png), format="png")


def test_the_png_picture_is_the_svg_layout_drawn_in_pixels(kg):
    t = build_timeline(kg, case="KS 2024/1")
    p = layout(t)
    for scale in (1.0, 2.0):
        img = _pixels(to_png(t, scale=scale))
        assert img.shape[:2] == (round(p.height * scale), round(WIDTH * scale))
        for d in p.dots:  # each dot's centre has its event's colour, where the SVG puts it
            px = img[int(d.y * scale), int(d.x * scale)][:3]
            want = [int(d.colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
            assert max(abs(a - b) for a, b in zip(px, want, strict=True)) < 0.05, (d.event.paragraph, px, want)
    # The SVG's dots are the layout's dots.
    circles = [c for c in ET.fromstring(to_svg(t)).iter(SVG + "circle") if c.find(SVG + "title") is not None]
    assert [(float(c.get("cx")), float(c.get("cy"))) for c in circles] == \
        [(round(d.x, 1), round(d.y, 1)) for d in p.dots]
    # An empty timeline is a picture too (no lanes, no dots).
    assert _pixels(to_png(build_timeline(kommungraf.open(memory=True), case="KS 1/1"))).shape[1] == 1800


def test_ticks_follow_the_span(kg):
    from kommungraf.timeline.render import _ticks

    assert [label for _, label in _ticks(dt.date(2019, 5, 1), dt.date(2024, 2, 1))] == \
        ["2020", "2021", "2022", "2023", "2024"]
    assert [label for _, label in _ticks(dt.date(2024, 1, 5), dt.date(2024, 4, 20))] == ["feb 2024", "mar", "apr"]
    assert len(_ticks(dt.date(2024, 1, 1), dt.date(2024, 1, 10))) == 10


def test_cli_writes_every_format_and_refuses_what_it_cannot_do(tmp_path, capsys):
    from kommungraf.cli import main
    from kommungraf.store import GraphStore

    store_dir = tmp_path / "store"
    st = GraphStore(store_dir)
    fill(st)
    st.flush()
    del st
    for fmt in ("csv", "json", "svg", "html"):
        out = tmp_path / f"case.{fmt}"
        assert main(["timeline", "--case", "KS 2024/1", "--store", str(store_dir), "-o", str(out)]) == 0
        assert "Fjärrvärme" in out.read_text(encoding="utf-8")
    assert main(["timeline", "--case", "KS 2024/1", "--store", str(store_dir), "-o", str(tmp_path / "c.png")]) == 0
    assert _pixels((tmp_path / "c.png").read_bytes()).shape[1] == 1800
    assert len(json.loads((tmp_path / "case.json").read_text(encoding="utf-8"))) == 3
    assert main(["timeline", "--person", "Anna Andersson", "--store", str(store_dir)]) == 0
    assert "röstade ja" in capsys.readouterr().out
    assert main(["timeline", "--body", "Kommunstyrelsen", "--store", str(store_dir), "--limit", "2"]) == 1
    assert "more than --limit 2" in capsys.readouterr().err
    assert main(["timeline", "--case", "KS 2024/1", "--store", str(store_dir), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["timeline", "--case", "KS 2024/1", "--person", "Anna Andersson"])


def test_a_remote_endpoint_gives_the_same_timelines_as_the_store(tmp_path, kg):
    with served(tmp_path) as remote:
        for kwargs in ({"case": "KS 2024/1"}, {"person": "Anna Andersson"},
                       {"filters": Filters(body="Kommunstyrelsen")}):
            assert build_timeline(remote, **kwargs) == build_timeline(kg, **kwargs), kwargs


def test_the_python_api_builds_the_same_timeline(kg):
    assert kg.timeline(case="KS 2024/1") == build_timeline(kg, case="KS 2024/1")
    assert [e.paragraph for e in kg.timeline(body="Kommunstyrelsen", municipality="Testby")] == ["§ 1", "§ 2"]
    with pytest.raises(QueryError, match="more than --limit 1"):
        kg.timeline(body="Kommunstyrelsen", limit=1)


def test_a_case_by_iri_is_followed_from_its_numbers_and_titled_by_them(kg):
    case_iri = T + "diarienummer/ks-2024-1"
    t = build_timeline(kg, case=case_iri)
    assert _summary(t) == _summary(build_timeline(kg, case="KS 2024/1"))
    assert t.title == "Tidslinje: Ärende KS 2024/1"
