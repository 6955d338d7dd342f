"""Loaders' text cleaning and clean.py: content lines, joined text, markup, OCR digits, PDF/HTML/DOCX text."""

from __future__ import annotations

import io
import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from parsing_helpers import _minutes, _par, _roles, _src

from kommungraf.clean import content_lines, join_lines
from kommungraf.extract.names import find_people
from kommungraf.loaders.html import read_html
from kommungraf.loaders.pdf import read_pdf
from kommungraf.loaders.text import read_text
from kommungraf.source import SourceText


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), min_size=1,
                max_size=30), st.sampled_from(["\n", "\n\f", "\r\n"]))
def test_content_lines_point_at_their_own_text_in_the_source(lines, sep):
    text = sep.join(lines).replace("\r\n", "\n")
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\f"]
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, tuple(starts))
    for ln in content_lines(src):
        assert text[ln.start:ln.end] == ln.text


@given(st.lists(st.sampled_from(["Förvaltningen har ut-", "rett frågan.", "Barn- och", "ungdom", "Sida 2 (5)",
                                 "§ 4", "Justerandes signatur", "text"]), min_size=1, max_size=20))
def test_joined_text_maps_every_character_back_to_the_same_character_in_the_source(words):
    text = "\n".join(words)
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    mt = join_lines(content_lines(src))
    for i, ch in enumerate(mt.text):
        if ch != "\n":
            assert text[mt.source_offset(i)] == ch


def test_inline_html_left_in_a_text_export_is_removed_but_prose_with_angle_brackets_is_not():
    from kommungraf.loaders.text import strip_markup

    assert strip_markup("<b>§ 12</b><br>\nTitel<br>\nUtbildnings-<br>\nförvaltningen &amp; X<br>\n<hr>\n") == \
        "§ 12\nTitel\nUtbildnings-\nförvaltningen & X\n\n"
    assert strip_markup("Rad ett<br>Rad två<br><br>Rad tre <i>kursiv</i>") == "Rad ett\nRad två\n\nRad tre kursiv"
    prose = "Andelen < 5 % och <b> står en gång; &amp; som skrivet"
    assert strip_markup(prose) == prose


def _docx_with_footnote(header: str | None) -> bytes:
    import io
    import zipfile

    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    d.add_paragraph("§ 14 Överenskommelse")
    p = d.add_paragraph("Tjänsteutlåtande från förvaltningen")
    p._p.append(parse_xml(f'<w:r {w}><w:footnoteReference w:id="1"/></w:r>'))
    d.add_paragraph("Förslag till överenskommelse")
    buf = io.BytesIO()
    d.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    notes = (f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
             ' Tjänsteutlåtandet är daterat 2024-01-29.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"'
                                    b'/></Types>')
            z.writestr(item, data)
        z.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_a_docx_footnote_follows_its_paragraph_and_a_dated_header_opens_the_text():
    from kommungraf.loaders.docx import read_docx

    text = read_docx(Path("x.docx"), _docx_with_footnote("Kommunstyrelsen\tSammanträdesdatum 2021-10-12")).text
    assert text.split("\n") == ["Kommunstyrelsen\tSammanträdesdatum 2021-10-12", "§ 14 Överenskommelse",
                                "Tjänsteutlåtande från förvaltningen", "Tjänsteutlåtandet är daterat 2024-01-29.",
                                "Förslag till överenskommelse"]
    # A header with neither a date nor an issuer stays out; one that names the issuer is read (below).
    assert read_docx(Path("x.docx"), _docx_with_footnote("Sammanträdesprotokoll")).text.startswith("§ 14")


def _docx(header: str, paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_docx_header_that_alone_names_the_issuer_opens_the_text_though_the_body_gives_the_date():
    from kommungraf.loaders.docx import read_docx

    body = ["Plats och tid\tKommunhuset, Flen, 2024-03-12", "Sammanträdesdatum\t2024-03-12",
            "§ 21 Yttrande", "Flens kommun och Katrineholms kommun har ett avtal."]
    text = read_docx(Path("x.docx"), _docx("FLENS KOMMUN\tSAMMANTRÄDESPROTOKOLL", body)).text
    assert text.startswith("FLENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nPlats och tid")
    # Named in the body's head already, the header adds nothing and stays out.
    text = read_docx(Path("x.docx"), _docx("Flens kommun", ["Flens kommun", *body])).text
    assert text.startswith("Flens kommun\nPlats och tid")
    # A word that only begins with the issuer's name ("Flens kommunhus") does not name it: the header is read.
    housed = ["Plats och tid\tFlens kommunhus, 2024-03-12", *body[1:]]
    text = read_docx(Path("x.docx"), _docx("FLENS KOMMUN\tSAMMANTRÄDESPROTOKOLL", housed)).text
    assert text.startswith("FLENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nPlats och tid")


def test_a_web_pages_issuer_named_only_in_its_title_or_in_a_site_header_with_a_menu_is_read():
    from kommungraf.loaders.html import read_html

    page = ("<html><head><title>Protokollsutdrag § 67 – Bygg- och miljönämnden 2024-05-23 – Härryda kommun</title>"
            "</head><body><header><a href='/'>Logo</a></header><main><h1>Protokollsutdrag</h1>"
            "<p>Bygg- och miljönämnden</p><h2>§ 67 Avtal med Mölndals stad</h2><p>Text.</p></main></body></html>")
    assert read_html(Path("x.html"), page.encode()).text.startswith("Härryda kommun\nProtokollsutdrag\n")
    # The publishing system's name after the issuer's: the issuer is the last part that is an issuer's name.
    page = page.replace("Härryda kommun</title>", "Härryda kommun – Netpublicator</title>")
    assert read_html(Path("x.html"), page.encode()).text.startswith("Härryda kommun\nProtokollsutdrag\n")
    page = ("<html><head><title>Protokollsutdrag</title></head><body><header><p>Samordningsförbundet Västra "
            "Mälardalen<br>Finsam i Arboga, Köping och Kungsör</p><p><a href='/om'>Om förbundet</a> | "
            "<a href='/protokoll'>Protokoll</a></p></header><main><h1>Protokollsutdrag – Styrelsen</h1>"
            "<p>§ 12 Budget</p><p>" + "Styrelsen fastställer budgeten för år 2025 enligt förslaget. " * 4 +
            "</p></main></body></html>")
    text = read_html(Path("x.html"), page.encode()).text
    assert text.startswith("Samordningsförbundet Västra Mälardalen\nFinsam i Arboga") and "Om förbundet" not in text


def test_a_text_export_loses_soft_hyphens_ligatures_and_zero_width_spaces():
    from kommungraf.loaders.text import clean_characters

    damaged = "Kristo\xadfersson ﬁnansiella ﬂerårig Johan\u200bEkberg Ärendenr\u200b2016/345 or\u200bdet"
    assert clean_characters(damaged) == "Kristofersson finansiella flerårig Johan Ekberg Ärendenr 2016/345 ordet"


def test_a_pdf_page_in_two_text_columns_is_read_column_by_column():
    from kommungraf.loaders import pdf

    def line(y: float, *cells: tuple[float, float, str]) -> list:
        cs = [[x0, x1, [[x0, x1, y, y + 10, t, False, 10, -(y + 5)]]] for x0, x1, t in cells]
        return [y, y + 10, 10, [w for c in cs for w in c[2]], cs, None]

    lines = [line(800, (50, 200, "KOMMUNEN"), (260, 330, "PROTOKOLL"), (480, 530, "Sida 2"))]
    for k in range(8):
        lines.append(line(760 - 12 * k, (50, 280, f"vänster {k}"), (310, 540, f"höger {k}")))
    lines.append(line(660, (50, 120, "vänster 8")))
    lines.append(line(30, (50, 90, "Justerare"), (230, 270, "Justerare"), (430, 510, "Utdragsbestyrkande")))
    before, left, right, after = pdf._text_columns(lines)
    text = [pdf._render(ln) for ln in before + left + right + after]
    assert text == ["KOMMUNEN\tPROTOKOLL\tSida 2", *(f"vänster {k}" for k in range(9)),
                    *(f"höger {k}" for k in range(8)), "Justerare\tJusterare\tUtdragsbestyrkande"]
    # A table of labels and values is no column layout.
    table = [line(760 - 12 * k, (50, 90, f"Etikett {k}"), (310, 540, f"värde {k}")) for k in range(8)]
    assert pdf._text_columns(table) is None


_COORD = st.one_of(st.floats(-1000, 1000), st.sampled_from([float("inf"), float("-inf"), float("nan"), 3e38]))


@given(st.lists(st.tuples(_COORD, _COORD, _COORD, st.floats(1, 30)), min_size=1, max_size=40))
def test_a_pdf_page_with_infinite_or_nan_glyph_boxes_is_laid_out_without_them(boxes):
    """Guards the PDF layout against glyph boxes a damaged matrix makes infinite or NaN (they broke the rounding
    of positions in the column finder with an OverflowError): such words are left out, the others kept."""
    from kommungraf.loaders import pdf

    words, expect, absent = [], [], []
    for k, (x0, width, bottom, height) in enumerate(boxes):
        top, x1 = bottom + height, x0 + width * 5
        text = f"ord{k}x"
        words.append([x0, x1, bottom, top, text, True, top - bottom, -(top + bottom) / 2])
        (expect if all(math.isfinite(v) for v in (x0, x1, bottom, top)) else absent).append(text)
    out = pdf._layout("pdfium's text", words, [])
    if not expect:  # no word has a place on the page: pdfium's own text, as for a page set vertically
        assert out == "pdfium's text"
        return
    found = set(out.split())
    assert set(expect) <= found and not set(absent) & found


def test_decomposed_letters_are_composed_once_for_every_reader_and_page_starts_follow(tmp_path):
    import unicodedata

    from kommungraf.loaders import read_document

    text = "Barn- och utbildningsnämnden\n\f§ 7  Skolskjuts\n\nÅke Öberg (C) yrkar bifall.\n"
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    src = read_document(path)
    assert src.text == text and src.text[src.page_starts[1]:].startswith("§ 7")
    m = _minutes(src.text)
    assert [r.name for pr in m.paragraphs[0].proposals for r in pr.by] == ["Åke Öberg"]


def test_a_non_breaking_hyphen_reads_as_a_hyphen_in_every_format(tmp_path):
    from kommungraf.loaders import read_document

    # U+2011 pasted into a name and a case number (a web page's "&#8209;" too): the person is the one written with
    # "-" elsewhere, and no first name is cut off at the hyphen.
    text = ("Socialnämnden\nSammanträdesdatum 2024-05-06\n\n§ 7 Taxa\nDnr SN 2024\u20110031\n"
            "Lise\u2011Lott Berg (S) yrkar bifall. Ordföranden finner att Lise-Lott Bergs yrkande bifalls.\n")
    path = tmp_path / "nbh.txt"
    path.write_text(text, encoding="utf-8")
    html = tmp_path / "nbh.html"
    html.write_text("<html><body><p>Barn&#8209; och utbildningsnämnden</p><p>§ 7 Taxa</p></body></html>",
                    encoding="utf-8")
    src = read_document(path)
    assert src.text == text.replace("\u2011", "-")
    m = _minutes(src.text)
    assert [r.name for pr in m.paragraphs[0].proposals for r in pr.by] == ["Lise-Lott Berg"]
    assert [c.value for c in m.paragraphs[0].case_numbers] == ["SN 2024-0031"]
    assert read_document(html).text.startswith("Barn- och utbildningsnämnden")


def test_a_protocol_export_s_own_page_header_without_links_is_read():
    from kommungraf.loaders.html import read_html

    html = ("<html><body><header><p>Tekniska nämnden<br>Sammanträdesdatum: 2024-05-06</p></header>"
            "<main><h2>§ 4 Taxa</h2><p>Text.</p></main></body></html>")
    assert "Sammanträdesdatum: 2024-05-06" in read_html(Path("x.html"), html.encode()).text


def test_a_protocol_header_dated_in_a_definition_list_is_read():
    from kommungraf.loaders.html import read_html

    html = ("<html><body><header><p>Kultur- och fritidsnämnden</p><dl><dt>Sammanträdesdatum</dt>"
            "<dd>2024-03-11</dd></dl></header><main><h2>§ 9 Bidrag till föreningar</h2>"
            "<p>Nämnden beviljar bidrag till tre föreningar enligt förvaltningens förslag.</p></main></body></html>")
    assert "2024-03-11" in read_html(Path("x.html"), html.encode()).text


def test_a_name_broken_at_a_line_end_is_joined_and_a_double_name_keeps_its_hyphen():
    src = SourceText(Path("x.txt"), "Ledamoten Per-\nOlof Ek (S) och Stina Ny-\nman (M) yrkar bifall. Barn-\n"
                     "och utbildningsnämnden.", "text/plain", "0" * 64, (0,))
    text = join_lines(content_lines(src)).text
    assert "Per-Olof Ek (S)" in text and "Stina Nyman (M)" in text and "Barn-\noch" in text
    assert [p.name for p in find_people(text)] == ["Per-Olof Ek", "Stina Nyman"]


def test_a_pdf_line_end_hyphen_marker_becomes_a_hyphen():
    from kommungraf.loaders.pdf import _clean

    assert _clean("Stina Ny\ufffe") == "Stina Ny-"


def test_a_stamp_set_at_a_slant_across_a_pdf_page_is_no_text(tmp_path):
    from fpdf import FPDF

    from kommungraf.loaders import read_document

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for y in range(40, 200, 8):
        pdf.text(20, y, "Ann Berg (S) och Per Holm (M) reserverar sig mot beslutet till förmån för yrkandet.")
    pdf.set_font("helvetica", size=60)
    with pdf.rotation(35, 105, 150):
        pdf.text(20, 150, "UTDRAG")
    path = tmp_path / "stamp.pdf"
    pdf.output(str(path))
    lines = [ln.strip() for ln in read_document(path).text.splitlines() if ln.strip()]
    # The stamp's letters neither stand on lines of their own nor stick to the words they cross.
    assert set(lines) == {"Ann Berg (S) och Per Holm (M) reserverar sig mot beslutet till förmån för yrkandet."}


def test_the_mail_around_pasted_minutes_is_left_out():
    m = _minutes("Från: Per Ek <per.ek@ex.se>\nSkickat: den 3 mars 2023 09:12\nTill: Kommunstyrelsen\n"
                 "Ämne: Protokollsutdrag\n\nHej! Här kommer utdraget.\n\nPer Ek\nKommunstyrelseförvaltningen\n"
                 "__________________________________\n\nKultur- och fritidsnämnden\nSammanträdesdatum 2023-02-22\n\n"
                 "§ 7\nBidrag\n\nBeslut\nNämnden beviljar bidraget.\n")
    assert m.body is not None and m.body.value == "Kultur- och fritidsnämnden"
    assert m.meeting_date is not None and m.meeting_date.value == "2023-02-22"
    assert "Per Ek" not in {p.name for p in m.persons}


def test_h21_a_box_drawn_frame_is_stripped_from_its_lines_with_offsets_kept():
    text = ("╔════════════════════╗\n║ Kommunfullmäktige  ║\n╚════════════════════╝\n"
            "┌─ Justering ───────┐\n│ Ordförande   Bengt Fors (M) │\n└───────────────────┘\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    lines = content_lines(src)
    assert [ln.text for ln in lines] == ["Kommunfullmäktige", "Justering", "Ordförande   Bengt Fors (M)"]
    assert all(text[ln.start:ln.end] == ln.text for ln in lines)


def test_h22_ocr_letters_inside_numbers_are_read_as_digits_but_words_are_kept():
    from kommungraf.loaders import ocr_digits

    src = SourceText(Path("x.txt"), "kl. 09.00-l5.10\n§ l04   Dnr 2024-05-2O\nl som avstår, Olle och lO ledamöter",
                     "text/plain", "0" * 64, (0,))
    out = ocr_digits(src).text
    assert out == "kl. 09.00-15.10\n§ 104   Dnr 2024-05-20\nl som avstår, Olle och lO ledamöter"
    assert len(out) == len(src.text)


def test_an_ocr_date_whose_month_is_letters_only_is_read_as_digits():
    from kommungraf.loaders import ocr_digits

    text = "Skrivelse 2031-lO-l1 och 2031-OO-lO; lO-lO ledamöter"
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    assert ocr_digits(src).text == "Skrivelse 2031-10-11 och 2031-00-10; lO-lO ledamöter"


def test_an_ocr_lone_l_between_two_counts_of_a_row_is_a_one():
    from kommungraf.loaders import ocr_digits

    src = SourceText(Path("x.txt"), "Totalt    6    l    3\nl som avstår, 5 l mjölk", "text/plain", "0" * 64, (0,))
    assert ocr_digits(src).text == "Totalt    6    1    3\nl som avstår, 5 l mjölk"


def test_a_masthead_below_a_page_number_is_a_running_head_though_it_recurs_nowhere():
    # An OCR'd page 2 opens with the paragraph heading, then the page number and the masthead in other letters.
    text = ("ÖSTBY KOMMUN\tPROTOKOLL\nNämnden\n§ 7\tVal\nText.\n\f"
            "§ 8\tDnr N 2031/5\n2(2)\nÖstby kornmun\tNämnden\tSAMMANTRÄDESPROTOKOLL\t2031-02-03\nAvgifter för hyror\n"
            "Beslut\nNämnden beslutar.\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0, text.index("\f") + 1))
    texts = [ln.text for ln in content_lines(src)]
    assert texts[texts.index("§ 8\tDnr N 2031/5") + 1] == "Avgifter för hyror"


def test_h23_html_heading_spans_without_space_and_a_protocol_footer_with_signatures_are_read():
    from kommungraf.loaders.html import read_html

    html = ("<html><body><header><p>Kommunfullmäktige · Sammanträdesdatum 18/4 2024</p></header><main>"
            "<section><h3><span class='pnr'>§&nbsp;40</span><span class='rubrik'>Val av nämndeman</span></h3>"
            "<p>Text.</p></section></main>"
            "<footer><p>Sekr. Anna Ek · Ordf. Per Berg · Just. Eva Lind</p></footer></body></html>")
    text = read_html(Path("x.html"), html.encode()).text
    assert "§ 40 Val av nämndeman" in text
    assert "Sammanträdesdatum 18/4 2024" in text
    assert "Sekr. Anna Ek · Ordf. Per Berg" in text
    site = ("<html><body><main><p>Protokollet från kommunstyrelsens sammanträde 2024-05-06 i sin helhet.</p></main>"
            "<footer><p>Kommunen 18/4 2024 <a href='/kontakt'>Kontakt</a></p></footer></body></html>")
    assert "Kontakt" not in read_html(Path("x.html"), site.encode()).text


def test_h26_minutes_quoted_with_mail_markers_on_every_line_are_read_without_them():
    body = ("Kommunstyrelsen\nSammanträdesdatum: 2024-03-12\n\n§ 45 Avtal om busstrafik\n\nBeslut\n"
            "Kommunstyrelsen godkänner avtalet.\n\nJusteras\nAnna Berg (S), ordförande\n")
    quoted = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    m = _minutes("Från: Eva Lund <eva@x.se>\nSkickat: den 19 mars 2024\nTill: Per Ek <per@x.se>\n"
                 "Ämne: Protokollsutdrag\n\n" + quoted)
    assert [(p.number, p.title) for p in m.paragraphs] == [("45", "Avtal om busstrafik")]


def test_h26_a_forwarded_mail_s_note_and_inner_headers_are_no_minutes_text():
    src = SourceText(Path("x.txt"), "Från: Karin Wester <k@x.se>\nSkickat: den 21 mars 2024\nTill: Per Ek\n"
                     "Ämne: VB: Protokollsutdrag\n\nHej! Tomas bokar en tid.\n\nKarin Wester\nRegistrator\n\n"
                     "-----Ursprungligt meddelande-----\nFrån: Nämnd <n@x.se>\nSkickat: den 19 mars 2024\n"
                     "Till: Registrator\nÄmne: Protokollsutdrag\n\nRegionstyrelsen\n§ 45 Avtal\n",
                     "text/plain", "0" * 64, (0,))
    assert [ln.text for ln in content_lines(src)] == ["Regionstyrelsen", "§ 45 Avtal"]


def test_h25_a_markdown_export_loses_its_markup_but_plain_minutes_keep_a_hash():
    from kommungraf.loaders.text import strip_markdown

    md = ("---\ntitle: \"Utdrag\"\nexporterad: 2024-02-28\n---\n\n# Kulturnämnden\n\n"
          "## § 9 Avtal om arkiv\n\n*Dnr 4.1.2-412/2024*\n\n### Beslut\n\n"
          "-   **Avtal** ([bilaga 1](https://example.org/b1.pdf))\n\n> Citerat uttalande.\n")
    out = strip_markdown(md)
    assert "§ 9 Avtal om arkiv\n" in out and "\nDnr 4.1.2-412/2024\n" in out and "\nBeslut\n" in out
    assert "-   Avtal (bilaga 1)" in out and "\nCiterat uttalande." in out
    assert "2024-02-28" not in out and out.count("\n") == md.count("\n") - md.count("](") * 0
    plain = "§ 4 Budget\n# 12 i listan\nBeslut\n"
    assert strip_markdown(plain) == plain


def test_a_markdown_hard_line_break_leaves_no_backslash_on_the_line_but_an_escaped_backslash_stays():
    from kommungraf.loaders.text import strip_markdown

    md = ("# Socialnämnden\n\n## § 3 Budget\n\n**Närvarande tjänstepersoner**\n\n"
          "Greta Holm, socialchef\\\nOlle Sand, controller, § 3\\  \nSökväg C:\\\\\n")
    out = strip_markdown(md)
    assert "\nGreta Holm, socialchef\nOlle Sand, controller, § 3\n" in out
    assert "Sökväg C:\\\n" in out


def test_h29_initials_footer_is_page_furniture():
    text = ("Styrelsen\n§ 1 Avtal\nStyrelsen beslutade\nOrdf. sign. ________\tJust. sign. ________\n"
            "att godkänna avtalet.\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    assert "Ordf. sign. ________\tJust. sign. ________" not in [ln.text for ln in content_lines(src)]


def test_a_footer_of_signature_labels_with_blank_fields_is_page_furniture():
    text = ("Styrelsen\n§ 1 Val\nReservation\nOlle Berg (V) reserverar sig mot beslutet i den del som avser\n"
            "Justerandes sign ________ ________\tUtdragsbestyrkande ________\nvalet av ordförande.\n")
    src = SourceText(Path("x.txt"), text, "text/plain", "0" * 64, (0,))
    assert [ln.text for ln in content_lines(src)][-2:] == ["Olle Berg (V) reserverar sig mot beslutet i den del som "
                                                          "avser", "valet av ordförande."]


def test_soft_hyphens_in_a_docx_run_are_dropped():
    import docx

    from kommungraf.loaders.docx import read_docx

    d = docx.Document()
    d.add_paragraph("Marga\u00adreta Holm, social\u00adchef")
    buf = io.BytesIO()
    d.save(buf)
    assert read_docx(Path("x.docx"), buf.getvalue()).text == "Margareta Holm, socialchef"


def test_portal_label_and_value_spans_without_space_between_are_split_by_a_tab():
    from kommungraf.loaders.html import read_html

    page = ('<html><body><div class="row"><span class="label">Justerare</span><span class="value">Eva Ek (C)'
            '</span></div><div class="li"><span class="bullet">1.</span><span>att godkänna avtalet.</span></div>'
            '<div class="vote"><span class="l">Ja</span><span class="n">34</span></div>'
            '<p>Kommun<b>styrelsen</b> och <span class="x">Anna</span> <span class="y">Berg</span></p></body></html>')
    assert read_html(Path("x.html"), page.encode()).text.split("\n") == [
        "Justerare\tEva Ek (C)", "1.\tatt godkänna avtalet.", "Ja\t34", "Kommunstyrelsen och Anna Berg"]


def test_a_paragraph_number_span_beside_a_dnr_span_in_a_flex_row_is_split_by_a_tab():
    from kommungraf.loaders.html import read_html

    # No class on the spans: the row's CSS (display: flex) sets them apart, the text runs "§ 64Dnr …" together.
    page = ('<html><body><div class="rubrikrad"><span>§ 64</span><span>Dnr BN 2023/118</span></div>'
            '<h2>Detaljplan för Ekbacken</h2><p><span>§ 1</span><span>2 a</span></p></body></html>')
    assert read_html(Path("x.html"), page.encode()).text.split("\n") == [
        "§ 64\tDnr BN 2023/118", "Detaljplan för Ekbacken", "§ 12 a"]
    m = _minutes(read_html(Path("x.html"), page.encode()).text)
    assert [(p.number, p.title) for p in m.paragraphs][:1] == [("64", "Detaljplan för Ekbacken")]


def test_h44_link_free_page_header_naming_the_protocol_is_kept(tmp_path):
    from kommungraf.loaders.html import read_html

    html = ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>t</title></head><body>"
            "<header><p>Kramfors kommun · Barn- och utbildningsnämnden · Protokollsutdrag</p></header>"
            "<main><h1>Barn- och utbildningsnämnden</h1><p>Sammanträdesdag: 14 februari 2024</p>"
            "<h2>§ 9 Motion</h2><p>Text.</p></main></body></html>")
    path = tmp_path / "x.html"
    path.write_text(html, encoding="utf-8")
    assert "Kramfors kommun" in read_html(path, html.encode("utf-8")).text


def test_pipe_table_rows_of_a_text_export_become_tab_separated_cells():
    from kommungraf.loaders.text import pipe_tables_as_cells

    text = ("Närvarolista\n\n| Namn | Parti | Funktion |\n|------|:-----:|----------|\n"
            "| Ingela Bergström | M | Ordförande |\n| Kjell Ek | S | Ledamot |\n\nVi | de | andra\n")
    assert pipe_tables_as_cells(text) == ("Närvarolista\n\nNamn\tParti\tFunktion\nIngela Bergström\tM\tOrdförande\n"
                                          "Kjell Ek\tS\tLedamot\n\nVi | de | andra\n")
    # one row is no table: a bar in running text stays
    assert pipe_tables_as_cells("| Organ: Socialnämnden |\nText | mer\n") == "| Organ: Socialnämnden |\nText | mer\n"


def test_h47_page_head_seen_twice_in_a_text_without_page_breaks_is_dropped():
    text = ("ÖSTHAMMARS KOMMUN     PROTOKOLLSUTDRAG     Sida 3(4)\nKommunfullmäktige     Sammanträdesdatum 2024-04-22\n"
            "\nKF § 38     Dnr KS 2024/56\nAvtal om IT\n\nÄrendet\nKommunstyrelseförvaltningens tjänsteskrivelse\n\n"
            "ÖSTHAMMARS KOMMUN     PROTOKOLLSUTDRAG     Sida 4(4)\nKommunfullmäktige     Sammanträdesdatum 2024-04-22\n"
            "\när daterad 2024-03-04.\n")
    lines = [ln.text for ln in content_lines(_src(text))]
    assert lines.count("Kommunfullmäktige     Sammanträdesdatum 2024-04-22") == 1
    assert not any("Sida 4(4)" in ln for ln in lines)
    assert lines[-2:] == ["Kommunstyrelseförvaltningens tjänsteskrivelse", "är daterad 2024-03-04."]


def test_h51_link_free_page_footer_naming_the_municipality_is_kept():
    from kommungraf.loaders.html import read_html

    page = ("<html><body><nav><a href=\"/\">Start</a></nav><main><h1>Kommunstyrelsen</h1>"
            "<p>KS § 131 Ägardirektiv. Kommunen äger bolaget genom moderbolaget.</p></main>"
            "<footer><p>Västerviks kommun · Kommunledningsförvaltningen · Sidan uppdaterad 2024-05-20</p></footer>"
            "</body></html>")
    assert "Västerviks kommun" in read_html(Path("x.html"), page.encode("utf-8")).text


def test_h50_double_encoded_utf8_is_repaired():
    from kommungraf.loaders.text import decode_text

    written = "SAMMANTRÄDESPROTOKOLL\nKS § 61  Åkesson, Renée, Petrović – beslut\n"
    mojibake = written.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")
    assert "Ã" in mojibake.decode("utf-8")
    assert decode_text(mojibake, Path("x.txt")) == written


def test_h50_correct_utf8_with_chance_pair_is_left_alone():
    from kommungraf.loaders.text import decode_text

    text = "ÄNDRING–beslut § 4, Åsa Öberg"
    assert decode_text(text.encode("utf-8"), Path("x.txt")) == text


def test_html_heading_with_the_paragraph_number_in_a_span_after_the_title_is_a_column():
    page = ('<html><body><h2>Remiss om cykelplan <span class="nr">§ 150</span></h2><p>Text.</p>'
            '<h2>Val av <span>ledamot</span></h2></body></html>')
    assert read_html(Path("x.html"), page.encode()).text.split("\n") == [
        "Remiss om cykelplan\t§ 150", "Text.", "Val av ledamot"]


def _pdf_lines(build) -> list[str]:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    build(pdf)
    return read_pdf(Path("fixture.pdf"), bytes(pdf.output())).text.replace("\n\f", "\n").split("\n")


def test_a_vote_table_header_of_narrow_one_word_columns_is_split_where_the_crosses_below_start():
    heads = [("Namn", 72), ("Parti", 220), ("Ja", 256), ("Nej", 284), ("Avstår", 312)]
    rows = [("Eva Sundberg", "S", 256), ("Henrik Wallin", "M", 284), ("Patrik Nordh", "SD", 312)]

    def build(pdf):
        for head, x in heads:
            pdf.text(x, 100, head)
        for r, (name, party, cross) in enumerate(rows):
            pdf.text(72, 114 + 14 * r, name)
            pdf.text(220, 114 + 14 * r, party)
            pdf.text(cross, 114 + 14 * r, "X")

    assert _pdf_lines(build) == ["Namn\tParti\tJa\tNej\tAvstår", "Eva Sundberg\tS\tX", "Henrik Wallin\tM\t\tX",
                                 "Patrik Nordh\tSD\t\t\tX"]


def test_a_sentence_under_a_table_is_not_cut_where_a_word_starts_on_a_column_edge():
    rows = [("Namn", "Parti", "Roll"), ("Eva Sundberg", "S", "Ledamot"), ("Henrik Wallin", "M", "Ledamot"),
            ("Patrik Nordh", "SD", "Ersättare")]
    first = "Patrik Nordh (SD) tjänstgör för Karin"

    def build(pdf):
        # The party column starts where the sentence's word after "Karin" starts, one word space on.
        party = 72 + pdf.get_string_width(first + " ")
        for r, row in enumerate(rows):
            for x, cell in zip((72, party, party + 40), row, strict=True):
                pdf.text(x, 100 + 14 * r, cell)
        pdf.text(72, 100 + 14 * 4, first)
        pdf.text(party, 100 + 14 * 4, "Holmberg (S) i dag.")

    assert _pdf_lines(build)[-1] == "Patrik Nordh (SD) tjänstgör för Karin Holmberg (S) i dag."


def test_a_block_beside_an_attendance_table_is_read_after_the_table():
    table = [("Namn", "Parti", "Uppdrag", "Närvaro"), ("Eva Sundberg", "S", "Ordförande", "X"),
             ("Henrik Wallin", "M", "Ledamot", "X"), ("Patrik Nordh", "SD", "Ledamot", "X"),
             ("Olle Berg", "C", "Ersättare", "N")]
    beside = {1: ("Namn", "Befattning"), 2: ("Anna Ek", "ekonomichef"), 3: ("Bo Lind", "sekreterare"),
              5: ("Justerare: Bo Ek",)}

    def build(pdf):
        for r, row in enumerate(table):
            for x, cell in zip((40, 160, 220, 320), row, strict=True):
                pdf.text(x, 100 + 14 * r, cell)
        for r, cells in beside.items():
            for x, cell in zip((420, 500), cells, strict=False):
                pdf.text(x, 100 + 14 * r, cell)

    assert _pdf_lines(build) == [
        "Namn\tParti\tUppdrag\tNärvaro", "Eva Sundberg\tS\tOrdförande\tX", "Henrik Wallin\tM\tLedamot\tX",
        "Patrik Nordh\tSD\tLedamot\tX", "Olle Berg\tC\tErsättare\tN",
        "Namn\tBefattning", "Anna Ek\tekonomichef", "Bo Lind\tsekreterare", "Justerare: Bo Ek"]


def test_an_indented_lower_case_continuation_keeps_the_rows_below_in_their_columns():
    rows = [("Beslutande", "Ledamöter", "Tjänstgörande ersättare", "Ersättare"),
            (None, "Eva Sundberg (S)", "Olle Berg (S)", "Bo Lind (M)"),
            (None, "Henrik Wallin (M)", "  för Karin Holm (S)", "Anna Ek (C)"),
            (None, "Patrik Nordh (SD)", None, None)]

    def build(pdf):
        for r, row in enumerate(rows):
            for x, cell in zip((40, 150, 300, 450), row, strict=True):
                if cell:
                    indent = 6 if cell.startswith(" ") else 0
                    pdf.text(x + indent, 100 + 14 * r, cell.strip())

    assert _pdf_lines(build) == [
        "Beslutande\tLedamöter\tTjänstgörande ersättare\tErsättare",
        "\tEva Sundberg (S)\tOlle Berg (S)\tBo Lind (M)",
        "\tHenrik Wallin (M)\tför Karin Holm (S)\tAnna Ek (C)",
        "\tPatrik Nordh (SD)"]


def test_no_break_spaces_between_two_signatures_set_them_apart() -> None:
    html = ("<html><body><p>Justeras: Patrik Sjölin, ordförande &nbsp;&nbsp; Maja Fröberg, justerare</p>"
            "<p>§&nbsp;&nbsp;42 Budget</p></body></html>")
    text = read_html(Path("x.html"), html.encode()).text
    assert "ordförande\tMaja Fröberg" in text
    assert "\t42" not in text


def test_one_no_break_space_between_spaces_sets_two_signatures_apart() -> None:
    html = ("<html><body><table><tr><td>Justerandes signatur</td><td>Eva Holm &nbsp; Olof Rask</td></tr></table>"
            "<p>Kommunen har &nbsp;fattat beslut.</p></body></html>")
    text = read_html(Path("x.html"), html.encode()).text
    assert "Eva Holm\tOlof Rask" in text
    assert "har fattat" in text


_BILINGUAL = (
    "Kommunfullmäktige / Kunnanvaltuusto\n"
    "Sammanträdesdatum / Kokouspäivä: 2024-06-17\n\n"
    "Beslutande /           Eva Ek (S), ordförande / puheenjohtaja\n"
    "Päättäjät              Per Ros (M), 1:e vice ordförande / 1. varapuheenjohtaja\n\n"
    "Ledamöter /            Anna Berg (S)        Olle Holm (V)\n"
    "Jäsenet                Kari Lund (C)\n\n"
    "Övriga närvarande /    Lisa Sund, kommundirektör / kunnanjohtaja\n"
    "Muut läsnäolijat       Tor Vik, kommunsekreterare / kunnansihteeri\n\n"
    "§ 42                                                    Dnr KS 2024/0031\n"
    "Svar på motion om förskola\n"
    "Vastaus aloitteeseen\n\n"
    "Yrkanden / Ehdotukset\n"
    "Olle Holm (V) yrkar bifall till motionen.\n"
    "Anna Berg (S) yrkar bifall till kommunstyrelsens förslag.\n\n"
    "Omröstningsresultat / Äänestystulos\n"
    "Votering begärs och verkställs.\n"
    "Ja / Kyllä 19     Nej / Ei 10     Avstår / Tyhjää 2\n\n"
    "Kommunfullmäktiges beslut / Kaupunginvaltuuston päätös\n"
    "– att motionen anses besvarad,\n"
    "– att ärendet är avslutat.\n\n"
    "Protokollsanteckning / Pöytäkirjamerkintä\n"
    "Kari Lund (C) låter anteckna att frågan bör följas upp.\n"
)


def test_bilingual_labels_roles_titles_and_vote_options_read_as_their_swedish_half() -> None:
    m = _minutes(_BILINGUAL)
    roles = _roles(m)
    assert roles["Eva Ek"] == ("ordförande",)
    assert roles["Per Ros"] == ("vice ordförande",)
    assert roles["Anna Berg"] == ("ledamot",) and roles["Kari Lund"] == ("ledamot",)
    assert roles["Lisa Sund"] == ("tjänsteman",) and roles["Tor Vik"] == ("tjänsteman",)
    par = _par(m, "42")
    assert len(par.decision_points) == 2
    assert (par.vote.yes, par.vote.no, par.vote.abstain) == (19, 10, 2)
    assert [s.kind for s in par.statements] == ["protokollsanteckning"]


def test_a_label_wrapped_in_its_column_drops_the_translation_on_the_next_line() -> None:
    text = ("Kommunstyrelsen\nSammanträdesdatum 2024-03-14\n\n"
            "Beslutande /           Eva Ek (S), ordförande\n"
            "Päättäjät              Per Ros (M)\n\n"
            "Justerare /            Per Ros (M)\n"
            "Pöytäkirjantarkastajat\n\n"
            "§ 5\nInformation\n\nBeslut\nInformationen noteras.\n")
    roles = _roles(_minutes(text))
    assert roles["Eva Ek"] == ("ordförande",)
    assert "justerare" in roles["Per Ros"]
    assert not any("Päättäjät" in name or "Pöytäkirjan" in name for name in roles)


def test_html_elements_marked_in_another_language_are_left_out_of_a_swedish_page() -> None:
    html = ('<html lang="sv"><body><h1>Kommunfullmäktige <span lang="fi">Kunnanvaltuusto</span></h1>'
            '<h3>Kommunfullmäktiges beslut <span lang="fi">Kunnanvaltuuston päätös</span></h3>'
            '<p>Programmet antas.</p><p lang="fi">Valtuusto hyväksyi ohjelman 1.1.2025.</p>'
            '<p>Ytterligare text på svenska som är lång nog att vara huvuddelen av sidan.</p></body></html>')
    text = read_html(Path("x.html"), html.encode()).text
    assert "Kunnan" not in text and "Valtuusto" not in text
    assert "Kommunfullmäktiges beslut\n" in text


def test_html_tracked_deletions_are_dropped_and_insertions_read():
    from kommungraf.loaders.html import read_html

    page = ("<html><body><p>Tjänsteskrivelse, <del>2024-04-29</del><ins>2024-05-02</ins></p>"
            "<p>Utfallet blev <del>19</del><ins>18</ins> ja-röster.</p>"
            "<ol><li>Avtalet godkänns.</li><li><del>Paragrafen justeras omedelbart.</del></li></ol></body></html>")
    text = read_html(Path("x.html"), page.encode()).text
    assert text.split("\n") == ["Tjänsteskrivelse, 2024-05-02", "Utfallet blev 18 ja-röster.", "1. Avtalet godkänns."]


def test_a_word_comment_left_in_a_draft_is_no_content():
    text = ("Kommunstyrelsen\nBeslutande\nEva Ek (S)\n[Kommentar JB1: Kontrollera om Per var med hela\nmötet?]\n"
            "Trafikverket har yttrat sig.\n[Kommentar AR2: Lägg till Skånetrafiken? /Annika]\n[Bilaga 3]\n")
    assert [ln.text for ln in content_lines(_src(text))] == [
        "Kommunstyrelsen", "Beslutande", "Eva Ek (S)", "Trafikverket har yttrat sig.", "[Bilaga 3]"]


def test_signature_footer_with_vid_protokollet_is_kept():
    body = "".join(f"<p>Nämnden beslutar att godkänna förslaget om medfinansiering, punkt {i}.</p>" for i in range(12))
    page = ("<html><body><article><h2>§ 87 Avtal</h2>" + body + "</article><footer><p>Vid protokollet: Jenny Falk, "
            "nämndsekreterare</p><p>Utdragsbestyrkande: Jenny Falk</p></footer></body></html>")
    assert "Vid protokollet: Jenny Falk" in read_html(Path("x.html"), page.encode()).text


_GRID_EXTRACT = (
    "Tekniska nämnden\tSammanträdesdatum 2024-05-02\n\n"
    "+--------+------------------------------------+----------------+\n"
    "| § 31   | Föreläggande om städning av tomt    | TN 2024-000412 |\n"
    "+--------+------------------------------------+----------------+\n\n"
    "Beslutsunderlag\tTjänsteskrivelse 2024-04-10\n\n"
    "+------------------------------------------------------------+\n"
    "| Tekniska nämndens beslut                                    |\n"
    "| 1. Nämnden förelägger ägaren att städa tomten.              |\n"
    "| 2. Föreläggandet förenas med vite om 10 000 kronor.         |\n"
    "+------------------------------------------------------------+\n\n"
    "Justerare\tOla Berg (M)\nOrdförande\tEva Ström (S)\n"
)


def test_grid_table_rows_become_cells_and_borders_vanish():
    from kommungraf.loaders.text import grid_tables_as_cells

    text = "+----+-------+\n| § 4 | Titel |\n+----+-------+\n| 1. Nämnden beslutar. |\n+---+\nA | b\n"
    assert grid_tables_as_cells(text) == "\n§ 4\tTitel\n\n1. Nämnden beslutar.\n\nA | b\n"
    assert grid_tables_as_cells("| ingen ram |\n") == "| ingen ram |\n"


def test_grid_boxed_heading_and_decision_of_a_text_export_are_read():
    src = read_text(Path("x.txt"), _GRID_EXTRACT.encode())
    from kommungraf.extract import extract_minutes

    p = _par(extract_minutes(src), "31")
    assert p.title == "Föreläggande om städning av tomt"
    assert [c.value for c in p.case_numbers] == ["TN 2024-000412"]
    assert len(p.decision_points) == 2


def test_each_paragraphs_registration_number_line_is_kept_in_a_file_without_pages():
    heads = "".join(f"§ {n}\tTaxa för område {n}\nDiarienummer\tTN 2025/{n * 7}\nBeslut\nTaxan antas.\n"
                    "Ärendebeskrivning\nFörvaltningen har räknat om taxan för området.\n" for n in range(11, 16))
    texts = [ln.text for ln in content_lines(_src("Tekniska nämnden\nSammanträdesdatum 2025-03-04\n" + heads))]
    assert [t for t in texts if t.startswith("Diarienummer")] == [f"Diarienummer\tTN 2025/{n * 7}"
                                                                 for n in range(11, 16)]


def test_r13i_an_ocr_party_bracket_with_a_five_for_the_s_is_the_sd(tmp_path):
    from kommungraf.loaders import ocr_parties, read_document

    src = SourceText(Path("x.txt"), "Per Ek (S) och Ella Sten (5D) reserverar sig.\nModell (5D)-skrivare", "text/plain",
                     "0" * 64, (0,))
    out = ocr_parties(src).text
    assert out == "Per Ek (S) och Ella Sten (SD) reserverar sig.\nModell (5D)-skrivare"
    assert len(out) == len(src.text)
    # Read from a file, the member and her reservation are found.
    f = tmp_path / "utdrag.txt"
    f.write_text("Socialnämnden\nSammanträdesdatum 2025-03-04\n\n§ 8 Avtal om larm\nBeslut\n"
                 "Nämnden godkänner avtalet.\nReservation\n"
                 "Ella Sten (5D) reserverar sig mot beslutet.\n", encoding="utf-8")
    from kommungraf.extract import extract_minutes

    m = extract_minutes(read_document(f))
    assert [(p.name, p.party) for p in m.persons] == [("Ella Sten", "SD")]
    assert [r.name for s in _par(m, "8").statements if s.kind == "reservation" for r in s.by] == ["Ella Sten"]
