"""The PDF, DOCX and HTML readers: text in reading order, pages, table cells, list markers, refusals.

Fixtures are built in the tests (fpdf2, python-docx, HTML strings); the corpus tests read ../shared/corpus and
are skipped where it is not checked out.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommungraf.errors import DocumentError, NeedsOCRError
from kommungraf.loaders import docx as docx_reader
from kommungraf.loaders import pdf as pdf_reader
from kommungraf.loaders import read_document
from kommungraf.loaders.docx import read_docx
from kommungraf.loaders.html import read_html
from kommungraf.loaders.pdf import read_pdf

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
PDF = Path("fixture.pdf")
DOCX = Path("fixture.docx")
HTML = Path("fixture.html")


def lines_of(text: str) -> list[str]:
    """The lines of a reader's text; a page break is a newline and a form feed."""
    return text.replace("\n\f", "\n").split("\n")


def pages_of(text: str) -> list[str]:
    return text.split("\n\f")


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------


def make_pdf(build, *, encrypt: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    if encrypt:
        pdf.set_encryption(owner_password="ägare", user_password="hemligt")
    pdf.set_font("Helvetica", size=10)
    build(pdf)
    return bytes(pdf.output())


def test_a_two_page_pdf_gives_the_pages_joined_by_a_newline_and_form_feed_with_their_start_offsets():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 80, "§ 31 Samverkansöverenskommelse")
        pdf.text(72, 94, "Ärendet gäller åtgärder för ökad trygghet.")
        pdf.add_page()
        pdf.text(72, 80, "Beslutsgång")
        pdf.text(72, 94, "Nämnden beslutade enligt förvaltningens förslag.")

    src = read_pdf(PDF, make_pdf(build))
    assert src.text.count("\f") == 1
    first, second = pages_of(src.text)
    assert first == "§ 31 Samverkansöverenskommelse\nÄrendet gäller åtgärder för ökad trygghet."
    assert second == "Beslutsgång\nNämnden beslutade enligt förvaltningens förslag."
    assert src.page_starts == (0, len(first) + 2)
    assert src.page_of(src.text.index("Ärendet")) == 1
    assert src.page_of(src.text.index("Beslutsgång")) == 2
    assert src.media_type == "application/pdf"


def test_pdf_lines_come_in_visual_order_even_when_the_footer_is_drawn_first():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 800, "Justerandes signatur")  # drawn first, stands last
        pdf.text(72, 120, "Ersättaryttrande")
        pdf.text(72, 80, "§ 33 Lägesbild")  # drawn last, stands first

    assert read_pdf(PDF, make_pdf(build)).text == "§ 33 Lägesbild\nErsättaryttrande\nJusterandes signatur"


def test_a_short_vote_table_row_keeps_its_label_apart_from_the_first_count():
    # Few words on the row: the gap between the label and the first count is its narrowest, which must not be taken
    # for the stretched word space of justified text; the count starts on the header's column edge.
    def build(pdf):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for x, word in ((40, "Omgång"), (130, "Ja"), (200, "Nej"), (280, "Avstår"), (360, "Frånvarande")):
            pdf.text(x, 100, word)
        for x, word in ((40, "Slutvotering"), (130, "31"), (200, "14"), (280, "4"), (360, "2")):
            pdf.text(x, 116, word)

    assert lines_of(read_pdf(PDF, make_pdf(build)).text)[-1] == "Slutvotering\t31\t14\t4\t2"


def test_a_two_column_attendance_table_in_a_pdf_keeps_its_columns_apart_with_tabs():
    left = ["Beslutande", "Johanna Strand (L), ordförande", "Anna-Karin Sjöblom (S), vice ordförande", None,
            "Ledamöter", "Peter Almgren (M)"]
    right = ["Ersättare", "Bengt Ivarsson (M)", "Ylva Grönberg (S)", "Ahmed Yusuf (V)", None, None]

    def build(pdf):
        pdf.add_page()
        # The right column is drawn first, as some generators do; pdfium then reads it first.
        for i, cell in enumerate(right):
            if cell:
                pdf.text(320, 100 + 14 * i, cell)
        for i, cell in enumerate(left):
            if cell:
                pdf.text(72, 100 + 14 * i, cell)

    assert lines_of(read_pdf(PDF, make_pdf(build)).text) == [
        "Beslutande\tErsättare",
        "Johanna Strand (L), ordförande\tBengt Ivarsson (M)",
        "Anna-Karin Sjöblom (S), vice ordförande\tYlva Grönberg (S)",
        "\tAhmed Yusuf (V)",  # only in the right column: an empty first cell keeps it there
        "Ledamöter",
        "Peter Almgren (M)",
    ]


def test_a_vote_table_in_a_pdf_keeps_empty_columns_so_each_cross_stays_under_its_heading():
    rows = [("Ledamot", "Ja", "Nej", "Avstår"), ("Eva Sundberg (S)", "", "X", ""),
            ("Henrik Wallin (M)", "X", "", ""), ("Patrik Nordh (SD)", "", "", "X")]

    def build(pdf):
        pdf.add_page()
        for r, row in enumerate(rows):
            for x, cell in zip((72, 330, 400, 470), row, strict=True):
                if cell:
                    pdf.text(x, 100 + 14 * r, cell)

    assert lines_of(read_pdf(PDF, make_pdf(build)).text) == [
        "Ledamot\tJa\tNej\tAvstår", "Eva Sundberg (S)\t\tX", "Henrik Wallin (M)\tX",
        "Patrik Nordh (SD)\t\t\tX"]


def test_a_label_set_close_to_its_value_is_split_where_the_value_column_starts():
    rows = [("Beslutande", "Mats Lindström (M), ordförande"), (None, "Karin Åberg (FP)"),
            ("Justeringens plats och tid", "Kommunkansliet 2011-10-17")]

    def build(pdf):
        pdf.add_page()
        for r, (label, value) in enumerate(rows):
            if label:
                pdf.text(72, 100 + 14 * r, label)
            pdf.text(192, 100 + 14 * r, value)  # "…och tid" ends 7 pt (two spaces) before 192

    assert lines_of(read_pdf(PDF, make_pdf(build)).text) == [
        "Beslutande\tMats Lindström (M), ordförande", "\tKarin Åberg (FP)",
        "Justeringens plats och tid\tKommunkansliet 2011-10-17"]


def test_a_justified_line_whose_every_space_is_stretched_stays_one_cell():
    words = ["Ordföranden", "ställer", "först", "proposition", "på", "bifall", "mot", "avslag"]

    def build(pdf):
        pdf.add_page()
        x = 72.0
        for w in words:  # each space stretched to 1.2 em, as full justification does to a short line
            pdf.text(x, 100, w)
            x += pdf.get_string_width(w) + 12
        pdf.text(72, 114, "och finner att nämnden bifaller förslaget.")

    text = read_pdf(PDF, make_pdf(build)).text
    assert text == " ".join(words) + "\noch finner att nämnden bifaller förslaget."


def test_text_set_vertically_in_the_margin_comes_out_as_one_line_not_a_letter_per_line():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 100, "§ 31 Beslutsgång")
        pdf.text(72, 114, "Nämnden beslutade enligt förvaltningens förslag.")
        with pdf.rotation(90, 30, 400):
            pdf.text(30, 400, "Dnr 2023/118")

    lines = lines_of(read_pdf(PDF, make_pdf(build)).text)
    assert lines[:2] == ["§ 31 Beslutsgång", "Nämnden beslutade enligt förvaltningens förslag."]
    assert "Dnr 2023/118" in lines
    assert all(len(line) > 1 for line in lines)


def test_a_table_column_of_one_letter_parties_drawn_cell_under_cell_stays_in_its_rows():
    # Letters stacked one per row, as a party column drawn column by column is, are not text set vertically:
    # each sits on its row beside the name and the function.
    rows = [("Britt Olofsson", "S", "Ordförande"), ("Kjell Rask", "M", "Ledamot"), ("Mona Ek", "C", "Ledamot"),
            ("Sten Lund", "V", "Ersättare"), ("Åsa Berg", "L", "Ersättare")]

    def build(pdf):
        pdf.add_page()
        x = 72.0
        for col, w in enumerate((150, 40, 150)):
            pdf.set_xy(x, 100)
            for row in rows:
                pdf.set_x(x)
                pdf.cell(w, 15, row[col], new_x="LEFT", new_y="NEXT")
            x += w

    assert lines_of(read_pdf(PDF, make_pdf(build)).text) == ["\t".join(row) for row in rows]


def test_a_page_whose_text_is_set_sideways_is_read_in_pdfiums_order_not_letter_by_letter():
    import pypdfium2 as pdfium

    lines = ["§ 12 Budget 2024", "Kommunfullmäktige beslutar att fastställa budgeten.", "Reservation"]

    def build(pdf):
        pdf.add_page()
        for i, line in enumerate(lines):  # drawn rotated, for a page that is shown turned a quarter
            with pdf.rotation(90, 100 + 14 * i, 700):
                pdf.text(100 + 14 * i, 700, line)

    doc = pdfium.PdfDocument(make_pdf(build))
    doc[0].set_rotation(90)
    buf = io.BytesIO()
    doc.save(buf)
    assert read_pdf(PDF, buf.getvalue()).text == "\n".join(lines)


def test_a_list_number_stays_with_its_text_across_a_hanging_indent():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 100, "1.")
        pdf.text(100, 100, "Medfinansieringsavtal godkänns.")
        pdf.text(72, 114, "2.")
        pdf.text(100, 114, "Kostnaden finansieras inom budgeten.")

    assert read_pdf(PDF, make_pdf(build)).text == ("1. Medfinansieringsavtal godkänns.\n"
                                                    "2. Kostnaden finansieras inom budgeten.")


def test_bytes_that_are_not_a_pdf_are_refused_as_not_a_readable_pdf():
    with pytest.raises(DocumentError, match="not a readable PDF"):
        read_pdf(PDF, b"%PDF-1.7\nthis is not a PDF at all\n%%EOF")


def test_a_password_protected_pdf_is_refused_as_encrypted():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 72, "Protokoll")

    with pytest.raises(DocumentError, match="encrypted"):
        read_pdf(PDF, make_pdf(build, encrypt=True))


def _white_image():
    from PIL import Image

    return Image.new("RGB", (60, 80), "white")


def test_a_pdf_of_images_only_asks_for_ocr():
    def build(pdf):
        pdf.add_page()
        pdf.image(_white_image(), x=0, y=0, w=595)

    with pytest.raises(NeedsOCRError, match=r"no text layer.*ocrmypdf"):
        read_pdf(PDF, make_pdf(build))


def test_a_pdf_with_one_scanned_page_among_text_pages_is_read_with_a_warning():
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 72, "§ 1 Val av justerare")
        pdf.add_page()
        pdf.image(_white_image(), x=0, y=0, w=595)

    src = read_pdf(PDF, make_pdf(build))
    assert src.text == "§ 1 Val av justerare\n\f"
    assert src.page_count == 2
    assert src.warnings and "page 2" in src.warnings[0]


def test_a_pdf_over_the_page_limit_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)

    def build(pdf):
        pdf.add_page()
        pdf.add_page()

    with pytest.raises(DocumentError, match="2 pages, over the limit of 1"):
        read_pdf(PDF, make_pdf(build))


def _layout_justified(pdf):
    pdf.add_page()
    pdf.set_xy(72, 72)
    pdf.multi_cell(300, 12, "§ 12 Medfinansieringsavtal för gång- och cykelväg längs Södra vägen. Nämnden "
                   "beslutade att godkänna avtalet med Trafikverket och att kostnaden finansieras inom "
                   "ramen för investeringsbudgeten 2023, enligt förvaltningens förslag.", align="J")
    pdf.set_x(72)
    pdf.multi_cell(300, 12, "Kort rad.", align="J")


def _layout_spaced_and_mixed(pdf):
    pdf.add_page()
    pdf.set_char_spacing(4)
    pdf.text(72, 80, "PROTOKOLL")
    pdf.set_char_spacing(0)
    pdf.text(72, 100, "Sammanträdesdatum 2023-11-23")
    pdf.set_font("Helvetica", size=6)
    pdf.text(220, 96, "1)")
    pdf.set_font("Helvetica", size=10)
    for r, (marker, text) in enumerate([("1.", "Avtalet godkänns."), ("2.", "Kostnaden finansieras."),
                                        ("-", "Uppdraget återrapporteras.")]):
        pdf.text(72, 130 + 14 * r, marker)
        pdf.text(92, 130 + 14 * r, text)
    x = 72
    for w in "Ordförande Åsa Öberg (S)".split():
        pdf.text(x, 200, w)
        x += pdf.get_string_width(w) + 7.6  # gaps near the cell threshold


def _layout_table_region(pdf):
    pdf.add_page()
    rows = [("Ledamöter", "Ersättare", "Närvarande"), ("Anna Ek (S), ordförande", "", "Per Al (M)"),
            ("", "Eva Sten (C)", ""), ("Karl Berg (V)", "Lena Ros (L)", "Omar Said (SD)"),
            ("Övriga deltagare Kommunsekreterare", "", "")]
    for r, row in enumerate(rows):
        for x, cell in zip((72, 250, 400), row, strict=True):
            if cell:
                pdf.text(x, 100 + 13 * r, cell)
    pdf.text(72, 300, "Beslutet skickas till kommunstyrelsen för kännedom och vidare handläggning.")
    with pdf.rotation(90, 30, 500):
        pdf.text(30, 500, "Dnr KS 2023/118")


@pytest.mark.parametrize(("build", "expected"), [
    (_layout_justified, [
        "§ 12 Medfinansieringsavtal för gång- och cykelväg längs Södra",
        "vägen. Nämnden beslutade att godkänna avtalet med Trafikverket",
        "och att kostnaden finansieras inom ramen för",
        "investeringsbudgeten 2023, enligt förvaltningens förslag.",
        "Kort rad.",
    ]),
    (_layout_spaced_and_mixed, [
        "PROTOKOLL",
        "Sammanträdesdatum 2023-11-231)",
        "1. Avtalet godkänns.",
        "2. Kostnaden finansieras.",
        "- Uppdraget återrapporteras.",
        "Ordförande Åsa Öberg (S)",
    ]),
    (_layout_table_region, [
        "Ledamöter\tErsättare\tNärvarande",
        "Anna Ek (S), ordförande\t\tPer Al (M)",
        "\tEva Sten (C)",
        "Karl Berg (V)\tLena Ros (L)\tOmar Said (SD)",
        "Övriga deltagare Kommunsekreterare",
        "Beslutet skickas till kommunstyrelsen för kännedom och vidare handläggning.",
        "Dnr KS 2023/118",
    ]),
], ids=["justified", "letter-spacing-superscript-markers-gaps", "table-region-and-margin-text"])
def test_pdf_layout_of_mixed_pages_is_pinned(build, expected):
    """The text the reader produced before it was made faster (lists instead of objects, a one-cell fast path,
    cheaper pdfium calls), pinned: justified text, letter spacing, a superscript, list markers, gaps near the
    cell threshold, a table region with empty cells and text set vertically in the margin."""
    assert lines_of(read_pdf(PDF, make_pdf(build)).text) == expected


def test_the_fast_char_box_call_gives_the_boxes_of_pypdfium2s_binding():
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(make_pdf(_layout_spaced_and_mixed))
    textpage = doc[0].get_textpage()
    fast = pdf_reader._loose_char_box()
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p)
    n = raw.FPDFText_CountChars(textpage.raw)
    assert n > 50
    for i in range(n):
        rect = raw.FS_RECTF()
        ok = raw.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(rect))
        buf = (ctypes.c_float * 4)()
        assert fast(handle, i, ctypes.byref(buf)) == ok
        if ok:
            assert pdf_reader._RECT.unpack_from(buf) == (rect.left, rect.top, rect.right, rect.bottom)
    textpage.close()
    doc.close()


def test_the_registry_reads_a_pdf_file_through_read_pdf(tmp_path):
    def build(pdf):
        pdf.add_page()
        pdf.text(72, 72, "Protokoll § 31")

    path = tmp_path / "minutes.pdf"
    path.write_bytes(make_pdf(build))
    assert read_document(path).text == "Protokoll § 31"


# --------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------


def docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _numbered_list(document, text: str) -> str:
    """Add a "%1)" numbering definition (as Word writes for "1)" lists); return its numId."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        f'<w:lvlText w:val="%2)"/></w:lvl>'
        f'</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph, num_id: str, level: int = 0) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_a_docx_gives_paragraphs_and_table_rows_in_document_order_with_cells_split_by_tabs():
    import docx

    d = docx.Document()
    d.add_heading("Protokoll", 1)
    d.add_paragraph("Närvarande")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Namn", "Parti", "Uppdrag"), ("Leyla Yildiz", "S", "Ordförande"),
                             ("Bo Ahlgren", "M", "2:e vice ordförande")]):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.add_heading("§ 43 Samverkansöverenskommelse", 2)
    src = read_docx(DOCX, docx_bytes(d))
    assert src.text == ("Protokoll\nNärvarande\nNamn\tParti\tUppdrag\nLeyla Yildiz\tS\tOrdförande\n"
                        "Bo Ahlgren\tM\t2:e vice ordförande\n§ 43 Samverkansöverenskommelse")
    assert src.page_starts == (0,)


def test_word_list_numbers_are_written_out_as_word_shows_them():
    import docx

    d = docx.Document()
    num_id = _numbered_list(d, "%1)")
    d.add_paragraph("Stadsdelsnämnden Angered beslutar:")
    for text in ("Överenskommelsen godkänns.", "Direktören får i uppdrag att underteckna den."):
        _number(d.add_paragraph(text), num_id)
    _number(d.add_paragraph("med ett underavsnitt"), num_id, level=1)
    _number(d.add_paragraph("Paragrafen förklaras omedelbart justerad."), num_id)
    d.add_paragraph("Förslag till beslut", style="List Number")  # numbered through its style
    d.add_paragraph("en punkt", style="List Bullet")
    assert read_docx(DOCX, docx_bytes(d)).text.split("\n") == [
        "Stadsdelsnämnden Angered beslutar:",
        "1) Överenskommelsen godkänns.",
        "2) Direktören får i uppdrag att underteckna den.",
        "  a) med ett underavsnitt",
        "3) Paragrafen förklaras omedelbart justerad.",
        "1. Förslag till beslut",
        "- en punkt",
    ]


def test_merged_docx_cells_are_read_once():
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "ANSLAG/BEVIS"  # python-docx repeats this cell in row.cells
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Organ"  # merged downwards
    t.cell(1, 1).text = "Stadsdelsnämnden Angered"
    t.cell(2, 1).text = "2016-04-19"
    text = read_docx(DOCX, docx_bytes(d)).text
    assert text == "ANSLAG/BEVIS\nOrgan\tStadsdelsnämnden Angered\n\t2016-04-19"


def test_a_docx_cell_with_line_breaks_gives_one_line_per_break_in_its_column():
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Övriga närvarande"
    run = t.cell(0, 1).paragraphs[0].add_run("Anders Wikström, stadsdelsdirektör")
    run.add_break(WD_BREAK.LINE)
    run.add_text("Malin Sjögren, nämndsekreterare")
    assert read_docx(DOCX, docx_bytes(d)).text == ("Övriga närvarande\tAnders Wikström, stadsdelsdirektör\n"
                                                   "\tMalin Sjögren, nämndsekreterare")


def test_docx_headers_and_footers_stay_out_of_the_text():
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Göteborgs Stad Angered, protokoll"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur"
    d.add_paragraph("Stadsdelsnämnden Angered, Göteborgs Stad")
    d.add_paragraph("§ 44 Remiss")
    # A header that only repeats the issuer the first page names stays out (one that alone names it is read:
    # tests/test_text_cleaning.py); a footer always does.
    assert read_docx(DOCX, docx_bytes(d)).text == "Stadsdelsnämnden Angered, Göteborgs Stad\n§ 44 Remiss"


def test_a_docx_first_page_header_gives_the_meeting_date_where_the_body_dates_only_the_adjustment():
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Kommunstyrelsen\t2024-05-07"
    d.add_paragraph("Justeringens plats och tid: Kommunhuset 2024-05-10")
    d.add_paragraph("§ 44 Remiss")
    assert read_docx(DOCX, docx_bytes(d)).text.startswith("Kommunstyrelsen\t2024-05-07\n")


def test_an_explicit_page_break_in_a_docx_starts_a_new_page():
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph("ANSLAG/BEVIS")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("§ 43 Samverkansöverenskommelse")
    src = read_docx(DOCX, docx_bytes(d))
    assert src.text == "ANSLAG/BEVIS\n\f§ 43 Samverkansöverenskommelse"
    assert src.page_count == 2
    assert src.page_of(src.text.index("§ 43")) == 2


def test_page_breaks_word_recorded_at_its_last_layout_take_precedence_over_explicit_ones():
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.add_paragraph("Sida ett")
    d.add_paragraph("fortsätter på sidan två")._p.insert(
        0, parse_xml(f"<w:r {w}><w:lastRenderedPageBreak/></w:r>"))
    d.add_paragraph("Sida tre")._p.insert(0, parse_xml(f"<w:r {w}><w:lastRenderedPageBreak/></w:r>"))
    src = read_docx(DOCX, docx_bytes(d))
    assert pages_of(src.text) == ["Sida ett", "fortsätter på sidan två", "Sida tre"]
    assert src.page_of(src.text.index("Sida tre")) == 3


def test_a_text_box_in_a_docx_is_read_once_after_its_paragraph_not_twice_from_its_fallback():
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    box = "<w:txbxContent><w:p><w:r><w:t>Dnr KS 2022/118</w:t></w:r></w:p></w:txbxContent>"
    d = docx.Document()
    p = d.add_paragraph("§ 31 Samverkansöverenskommelse")
    p._p.append(parse_xml(
        f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{box}</wps:txbx>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    assert read_docx(DOCX, docx_bytes(d)).text == "§ 31 Samverkansöverenskommelse\nDnr KS 2022/118"


def test_docx_text_includes_tracked_insertions_and_content_controls_but_not_deletions_or_hidden_runs():
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("Nämnden ")
    p._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>godkänner</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText> avslår</w:delText></w:r>'
                          f'</w:del>'))
    p._p.append(parse_xml(f'<w:sdt {w}><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r>'
                          f'<w:t xml:space="preserve"> avtalet</w:t></w:r></w:sdtContent></w:sdt>'))
    p._p.append(parse_xml(f'<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t>dold text</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {w}><w:t>.</w:t></w:r>'))
    assert read_docx(DOCX, docx_bytes(d)).text == "Nämnden godkänner avtalet."


def test_a_numbered_docx_paragraph_deleted_whole_as_a_tracked_change_leaves_no_line_and_no_number():
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    num = _numbered_list(d, "%1.")
    for text in ("Nämnden godkänner planen.", "", "Beslutet gäller omedelbart."):
        p = d.add_paragraph(text)
        _number(p, num)
        if not text:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {w}><w:del w:id="7" w:author="a"/></w:rPr>'))
            p._p.append(parse_xml(f'<w:del {w} w:id="8" w:author="a"><w:r><w:delText>Utredningen avslutas.'
                                  f'</w:delText></w:r></w:del>'))
    assert read_docx(DOCX, docx_bytes(d)).text.splitlines() == ["1. Nämnden godkänner planen.",
                                                                "2. Beslutet gäller omedelbart."]


def test_bytes_that_are_not_a_zip_are_refused_as_not_a_docx():
    with pytest.raises(DocumentError, match=r"not a DOCX file \(not a zip archive\)"):
        read_docx(DOCX, b"PK\x03\x04 but then nothing like a zip")


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_a_zip_without_a_word_document_is_refused_as_not_a_word_document():
    with pytest.raises(DocumentError, match="not a Word document"):
        read_docx(DOCX, _zip({"content.xml": b"<office:document/>", "mimetype": b"application/zip"}))


def test_a_zip_bomb_is_refused_before_anything_is_unpacked():
    import docx

    original = zipfile.ZipFile(io.BytesIO(docx_bytes(docx.Document())))
    members = {n: original.read(n) for n in original.namelist()}
    members["word/media/image1.bin"] = bytes(20 * 1024 * 1024)  # 20 MB of zeros compress 1000:1
    with pytest.raises(DocumentError, match="zip bomb"):
        read_docx(DOCX, _zip(members))


def test_a_docx_that_unpacks_past_the_size_limit_is_refused(monkeypatch):
    import docx

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(DocumentError, match=r"unpacks to .* over the"):
        read_docx(DOCX, docx_bytes(docx.Document()))


def test_a_docx_whose_xml_declares_entities_is_refused():
    import docx

    d = docx.Document()
    d.add_paragraph("Protokoll")
    original = zipfile.ZipFile(io.BytesIO(docx_bytes(d)))
    members = {n: original.read(n) for n in original.namelist()}
    xml = members["word/document.xml"]
    decl_end = xml.index(b"?>") + 2
    lol = b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    members["word/document.xml"] = xml[:decl_end] + lol + xml[decl_end:].replace(b"Protokoll", b"&b;")
    with pytest.raises(DocumentError, match="entit"):
        read_docx(DOCX, _zip(members))


def test_a_docx_whose_main_part_has_another_name_is_found_through_its_relationships():
    import docx

    d = docx.Document()
    d.add_paragraph("Protokoll från Word Online")
    original = zipfile.ZipFile(io.BytesIO(docx_bytes(d)))
    members = {n: original.read(n) for n in original.namelist()}
    members["word/document2.xml"] = members.pop("word/document.xml")
    members["word/_rels/document2.xml.rels"] = members.pop("word/_rels/document.xml.rels")
    for name in ("_rels/.rels", "[Content_Types].xml"):
        members[name] = members[name].replace(b"word/document.xml", b"word/document2.xml")
    assert read_docx(DOCX, _zip(members)).text == "Protokoll från Word Online"


# --------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------

WEB_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Utbildningsnämnden – Uppsala kommun</title>
<script>window.tracker = "spårning";</script><style>body { color: red }</style></head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>Vi använder kakor.</p>
  <button>Godkänn alla kakor</button></div>
<a class="skip-link" href="#main">Gå direkt till innehållet</a>
<header class="site-header"><a href="/">Startsida</a>
  <form role="search"><input name="q"><button>Sök</button></form>
  <nav aria-label="Huvudmeny"><ul><li><a href="/skola">Förskola och skola</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Du är här">
  <ol><li><a href="/">Start</a></li><li>2023-10-18</li></ol></nav>
<aside class="sidebar">
  <nav><ul><li><a href="../2023-12-13/">13 december 2023</a></li></ul></nav>
  <div class="meeting-facts"><h2>Om sammanträdet</h2>
    <dl><dt>Ordförande</dt><dd>Camilla Sundin (S)</dd><dt>Justerare</dt><dd>Erik Rönnlund (M)</dd></dl></div>
</aside>
<aside class="links">
  <ul><li><a href="/a">Relaterade sidor</a></li><li><a href="/b">Kontakt</a></li></ul></aside>
<main id="main">
  <h1>Utbildningsnämnden   sammanträde 18 oktober 2023</h1>
  <article>
    <h2>§ 131 Avtal om verksamhetsförlagd utbildning</h2>
    <p>Utbildningsnämnden
       beslutar</p>
    <ul><li>att godkänna avtalet, samt</li><li>att uppdra åt direktören att underteckna avtalet.</li></ul>
    <h3>Reservation</h3>
    <p>Erik Rönnlund (M) reserverar sig.<br>Maja Sörensen (KD) instämmer.
       <a href="javascript:alert(1)">Visa mer</a></p>
    <script>document.write("injicerad text")</script>
    <noscript>Aktivera javascript</noscript>
  </article>
</main>
<footer class="site-footer"><p>Uppsala kommun, 753 75 Uppsala</p><a href="/kakor">Kakor</a></footer>
</body></html>"""


def test_a_municipal_web_page_keeps_the_minutes_and_the_meeting_facts_and_drops_the_site_chrome():
    text = read_html(HTML, WEB_PAGE.encode("utf-8")).text
    assert text.split("\n") == [
        "Uppsala kommun",  # the issuer, named only in the <title> (and the site header's logo)
        "Om sammanträdet",
        "Ordförande\tCamilla Sundin (S)",
        "Justerare\tErik Rönnlund (M)",
        "Utbildningsnämnden sammanträde 18 oktober 2023",
        "§ 131 Avtal om verksamhetsförlagd utbildning",
        "Utbildningsnämnden beslutar",
        "- att godkänna avtalet, samt",
        "- att uppdra åt direktören att underteckna avtalet.",
        "Reservation",
        "Erik Rönnlund (M) reserverar sig.",
        "Maja Sörensen (KD) instämmer. Visa mer",  # a script link's text stays, its URL never does
    ]
    for chrome in ("kakor", "Startsida", "Förskola", "13 december", "Relaterade", "753 75", "javascript",
                   "alert", "spårning", "injicerad", "Gå direkt"):
        assert chrome not in text


def test_the_title_s_issuer_leads_a_page_that_names_another_legal_entity_first():
    # A guest's region in the attendance comes before the issuer's own name, which the page gives only in an
    # agenda item; the first legal entity before the first paragraph must be the one the <title> names.
    page = """<html><head><title>Protokoll kommunfullmäktige 2025-02-03 – Norrviks kommun</title></head><body>
      <main><h1>Kommunfullmäktige – protokoll</h1>
      <table><tr><td>Övriga närvarande</td><td>Anna Berg, hälsochef, Region Österland</td></tr></table>
      <ul><li>Ärende 1 – Årsredovisning för Norrviks kommun (§ 2)</li></ul>
      <h2>§ 2 Årsredovisning</h2><p>Fullmäktige beslutar att godkänna årsredovisningen.</p></main></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n")[0] == "Norrviks kommun"
    named_first = page.replace("<main><h1>Kommunfullmäktige", "<main><p>Norrviks kommun</p><h1>Kommunfullmäktige")
    assert read_html(HTML, named_first.encode()).text.split("\n")[:2] == ["Norrviks kommun", "Kommunfullmäktige – "
                                                                          "protokoll"]


def test_an_older_site_s_title_that_opens_with_the_issuer_names_it_too():
    page = """<html><head><title>Norrviks kommun - Kommunstyrelsen - Protokoll 2008-09-16</title></head><body>
      <table><tr><td>KOMMUNSTYRELSEN</td></tr><tr><td>Sammanträdesdatum: 2008-09-16</td></tr></table>
      <p>§ 121 Remiss</p><p>Länets kommuner och Storviks kommun har fått remissen.</p></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n")[0] == "Norrviks kommun"
    # A title that names no issuer at either end adds nothing.
    plain = page.replace("Norrviks kommun - ", "")
    assert read_html(HTML, plain.encode()).text.split("\n")[0] == "KOMMUNSTYRELSEN"


def test_a_layout_table_reads_its_menu_column_and_content_column_apart_and_drops_the_menu():
    # An early web page: one layout row with a menu column (a table of links) beside the content column (a table
    # of label and value rows).  Zipped line by line, the menu entries were glued to the attendance rows.
    page = """<html><body><table><tr>
<td><table><tr><td><b>Politik</b></td></tr><tr><td><a href="/a">Kulturnämnden</a></td></tr>
<tr><td><a href="/b">Tekniska nämnden</a></td></tr><tr><td><a href="/c">Arkiv</a></td></tr></table></td>
<td>&nbsp;</td>
<td><p>Sammanträdesdatum: 2009-03-02</p><table>
<tr><td>Beslutande</td><td>Olle Berg</td><td>s</td><td>ordförande</td></tr>
<tr><td></td><td>Siv Holm</td><td>m</td><td>vice ordförande</td></tr>
<tr><td></td><td>Nils Åkesson</td><td>c</td><td></td></tr></table></td>
</tr></table></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n") == [
        "Sammanträdesdatum: 2009-03-02",
        "Beslutande\tOlle Berg\ts\tordförande",
        "\tSiv Holm\tm\tvice ordförande",
        "\tNils Åkesson\tc",
    ]
    # Cells with line breaks but no table of their own (names beside their parties) are still read in step.
    names = "<table><tr><td>Olle Berg<br>Siv Holm</td><td>(S)<br>(M)</td></tr></table>"
    assert read_html(HTML, names.encode()).text.split("\n") == ["Olle Berg\t(S)", "Siv Holm\t(M)"]


def test_a_collapsed_accordion_panel_in_the_content_is_read_but_a_hidden_menu_outside_it_is_not():
    page = """<html><body>
      <div class="mobile-drawer" hidden><a href="/a">Bo och bygga</a> <a href="/b">Uppleva och göra</a></div>
      <main><h1>Kommunstyrelsen 2021-05-25</h1>
        <h3><button aria-expanded="false" aria-controls="p1">§ 45 Remiss om regional utvecklingsstrategi</button></h3>
        <div id="p1" hidden><p>Kommunstyrelsen beslutar att anta yttrandet.</p></div>
        <h3><button aria-expanded="false" aria-controls="p2">§ 46 Anmälningsärenden</button></h3>
        <div id="p2" style="display: none"><p>Anmälningarna läggs till handlingarna.</p></div>
      </main></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n") == [
        "Kommunstyrelsen 2021-05-25", "§ 45 Remiss om regional utvecklingsstrategi",
        "Kommunstyrelsen beslutar att anta yttrandet.", "§ 46 Anmälningsärenden",
        "Anmälningarna läggs till handlingarna."]


def test_an_exported_protocol_gives_numbered_list_items_and_table_rows_with_empty_cells_kept():
    page = """<html><body><h3>Beslutande</h3>
    <table><thead><tr><th>Namn</th><th>Parti</th><th>Funktion</th></tr></thead>
     <tbody><tr><td>Erik Sandberg</td><td>S</td><td>Ordförande</td></tr></tbody></table>
    <h2>§ 100</h2><ol><li>Nämnden godkänner uppföljningen.</li><li><p>Rapporten överlämnas.</p></li></ol>
    <table><tr><th>Ledamot</th><th>Ja</th><th>Nej</th><th>Avstår</th></tr>
     <tfoot><tr><th>Summa</th><th>1</th><th>1</th><th>1</th></tr></tfoot>
     <tr><td>Erik Sandberg (S)</td><td>X</td><td></td><td></td></tr>
     <tr><td>Hanna Lindgren (M)</td><td></td><td>X</td><td></td></tr>
     <tr><td>Lennart Haglund (SD)</td><td></td><td></td><td>X</td></tr>
     <tr><td colspan="2">Protokollet är justerat.</td><td>X</td></tr></table>
    <ol start="3"><li>tredje punkten</li></ol></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n") == [
        "Beslutande",
        "Namn\tParti\tFunktion",
        "Erik Sandberg\tS\tOrdförande",
        "§ 100",
        "1. Nämnden godkänner uppföljningen.",
        "2. Rapporten överlämnas.",
        "Ledamot\tJa\tNej\tAvstår",
        "Erik Sandberg (S)\tX",
        "Hanna Lindgren (M)\t\tX",
        "Lennart Haglund (SD)\t\t\tX",
        "Protokollet är justerat.\t\tX",
        "Summa\t1\t1\t1",  # a tfoot is shown last
        "3. tredje punkten",
    ]


def test_html_in_windows_1252_is_decoded_by_its_meta_charset_or_detected_without_one():
    declared = '<html><head><meta charset="iso-8859-1"></head><body><p>Beslutsgång – § 5</p></body></html>'
    assert read_html(HTML, declared.encode("cp1252")).text == "Beslutsgång – § 5"
    undeclared = "<html><body><p>Särskilt uttalande från förvaltningen</p></body></html>"
    assert read_html(HTML, undeclared.encode("cp1252")).text == "Särskilt uttalande från förvaltningen"
    bom = "\ufeff<html><body><p>Ärendet</p></body></html>"
    assert read_html(HTML, bom.encode("utf-16")).text == "Ärendet"


def test_html_without_any_text_is_refused():
    with pytest.raises(DocumentError, match="no text"):
        read_html(HTML, b"<html><head><title>Tom</title><script>var a;</script></head><body> </body></html>")
    with pytest.raises(DocumentError, match="no text"):
        read_html(HTML, b"   ")


def test_entities_declared_in_an_html_doctype_are_not_expanded():
    ents = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 8))
    page = f'<!DOCTYPE html [<!ENTITY l0 "lol">{ents}]><html><body><p>Hej &l7; &amp; &auml;</p></body></html>'
    text = read_html(HTML, page.encode()).text
    assert "lollol" not in text and "]>" not in text
    assert text.startswith("Hej") and text.endswith("& ä")


def test_a_wrapper_whose_class_sounds_like_navigation_is_kept_when_it_holds_the_page():
    page = """<html><body class="menu-open"><div class="nav-wrapper">
      <p>§ 12 Budget 2024</p><p>Kommunfullmäktige beslutar att fastställa budgeten.</p>
      <p>Reservation: Anna Berg (M) reserverar sig mot beslutet.</p></div></body></html>"""
    assert read_html(HTML, page.encode()).text.split("\n") == [
        "§ 12 Budget 2024", "Kommunfullmäktige beslutar att fastställa budgeten.",
        "Reservation: Anna Berg (M) reserverar sig mot beslutet."]


def test_a_css_page_break_in_html_starts_a_new_page():
    page = """<html><head><style>.pagebreak { page-break-before: always; }</style></head><body>
      <p>ANSLAG/BEVIS</p><h2 class="pagebreak">§ 98</h2><p>Stadsdelsnämndens beslut</p>
      <br style="page-break-before:always"><p>§ 99</p></body></html>"""
    src = read_html(HTML, page.encode())
    assert src.text == "ANSLAG/BEVIS\n\f§ 98\nStadsdelsnämndens beslut\n\f§ 99"
    assert src.page_starts == (0, src.text.index("§ 98"), src.text.index("§ 99"))
    assert src.page_of(src.text.index("Stadsdelsnämndens")) == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["pdf", "docx", "html"]), cuts=st.lists(st.tuples(st.integers(0, 10**6),
       st.integers(0, 255)), min_size=1, max_size=8), truncate=st.booleans())
def test_damaged_files_raise_only_document_errors(kind, cuts, truncate):
    data = bytearray(_samples()[kind])
    for pos, value in cuts:
        data[pos % len(data)] = value
    if truncate:
        data = data[: cuts[0][0] % len(data)]
    reader = {"pdf": read_pdf, "docx": read_docx, "html": read_html}[kind]
    try:
        reader(Path("damaged." + kind), bytes(data))
    except DocumentError:
        pass


_SAMPLES: dict[str, bytes] = {}


def _samples() -> dict[str, bytes]:
    if not _SAMPLES:
        import docx

        def build(pdf):
            pdf.add_page()
            pdf.text(72, 72, "§ 31 Beslutsgång")

        d = docx.Document()
        d.add_paragraph("§ 31 Beslutsgång", style="List Number")
        d.add_table(rows=1, cols=2).cell(0, 1).text = "Ersättare"
        _SAMPLES.update(pdf=make_pdf(build), docx=docx_bytes(d), html=WEB_PAGE.encode("utf-8"))
    return _SAMPLES


# --------------------------------------------------------------------------------------------------
# The development corpus
# --------------------------------------------------------------------------------------------------


def corpus_file(name: str) -> Path:
    path = CORPUS / "docs" / name
    if not path.exists():
        pytest.skip("../shared/corpus not present")
    return path


def corpus_files() -> list[Path]:
    if not (CORPUS / "docs").is_dir():
        return []
    return sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix in (".pdf", ".docx", ".html"))


def test_the_socialnamnden_pdf_reads_its_two_column_attendance_table_as_tab_separated_cells():
    src = read_document(corpus_file("sto-socialnamnden-2022-03-22-protokoll.pdf"))
    assert src.page_count == 5
    page1 = pages_of(src.text)[0].split("\n")
    assert page1[0] == "STOCKHOLMS STAD\tPROTOKOLL NR 3/2022\tSida 1 (5)"
    for line in ("Beslutande\tErsättare", "Johanna Strand (L), ordförande\tBengt Ivarsson (M)",
                 "Anna-Karin Sjöblom (S), vice ordförande\tYlva Grönberg (S)", "\tAhmed Yusuf (V)",
                 "Peter Almgren (M)\tÖvriga närvarande",
                 "Linnea Håkansson (M)\tKatarina Holmér, socialdirektör",
                 "Sofia Dahlin (C)", "Tjänstgörande ersättare", "Tove Sandell (V)",
                 "Justerare\tAnna-Karin Sjöblom (S)", "Organ\tSocialnämnden"):
        assert line in page1
    # The footer boxes are drawn first but stand at the bottom of every page.
    for page in pages_of(src.text):
        assert page.split("\n")[-1] == "Justerandes signatur\tUtdragsbestyrkande"
    assert src.page_of(src.text.index("§ 32")) == 3
    assert "Fredrik Tell\n(M), Mira Salonen" in src.text  # a party split over a line break stays as printed


def test_the_tyreso_pdf_reads_its_form_page_and_vote_table_by_columns():
    src = read_document(corpus_file("tyreso-ks-2011-10-11-protokoll.pdf"))
    lines = lines_of(src.text)
    for line in ("Beslutande\tMats Lindström (M), ordförande", "\tKarin Åberg (FP), 1:e vice ordförande",
                 "Ledamöter\tHenrik Wallin (M)", "\tSolveig Karlsson (M)",
                 "Tjänstgörande ersättare\tBjörn Thulin (S)", "Utses att justera\tEva Sundberg (S)",
                 "Justeringens plats och tid\tKommunkansliet 2011-10-17",
                 "Ledamot\tJa\tNej\tAvstår", "Mats Lindström (M), ordförande\tX", "Eva Sundberg (S)\t\tX",
                 "Summa\t7\t6\t0", "§ 145\tDnr 2011/KS 0193 10"):
        assert line in lines
    assert src.page_count == 5


def test_the_angered_docx_reads_its_attendance_table_and_numbered_decisions():
    src = read_document(corpus_file("gbg-angered-2016-04-19-protokoll.docx"))
    lines = lines_of(src.text)
    start = lines.index("Namn\tParti\tUppdrag")
    assert lines[start + 1: start + 3] == ["Leyla Yildiz\tS\tOrdförande", "Aron Kivelä\tV\tVice ordförande"]
    assert "\tMalin Sjögren, nämndsekreterare" in lines
    assert [ln for ln in lines if re.match(r"\d\) ", ln)][:3] == [
        "1) Samverkansöverenskommelse mellan stadsdelsnämnden Angered och Polisregion Väst för perioden "
        "2016–2018 godkänns.",
        "2) Stadsdelsdirektören får i uppdrag att underteckna överenskommelsen.",
        "3) Paragrafen förklaras omedelbart justerad."]
    assert lines.count("ANSLAG/BEVIS") == 1  # a merged cell, once
    # The running header names the issuer the body does not ("Göteborgs Stad"): read once, as the first page's head,
    # never again for the later pages.
    assert src.text.count("Göteborgs Stad Angered, protokoll") == 1 and src.text.startswith("Göteborgs Stad Angered")
    assert src.page_count == 2 and src.page_of(src.text.index("§ 43 Samverkans")) == 2


def test_the_uppsala_web_page_keeps_the_sidebar_facts_and_the_bulleted_decision_without_site_chrome():
    text = read_document(corpus_file("uppsala-ubn-2023-10-18-vfu-avtal.html")).text
    lines = text.split("\n")
    for line in ("Ordförande\tCamilla Sundin (S)", "Justerare\tErik Rönnlund (M)",
                 "Sekreterare\tAgnes Tallberg",
                 "§ 131 Avtal om verksamhetsförlagd utbildning mellan Uppsala kommun och Uppsala universitet "
                 "2024–2027", "- att uppdra åt utbildningsdirektören att underteckna avtalet.",
                 "6. Yttrande till Skolinspektionen efter tillsyn av grundskolor i Gottsunda"):
        assert line in lines
    for chrome in ("Vi använder kakor", "Godkänn alla", "Gå direkt till innehållet", "Bo och bygga",
                   "Startsida", "13 december 2023", "Kontakta oss", "Prenumerera"):
        assert chrome not in text


def test_the_rinkeby_kista_protocol_keeps_its_vote_table_columns():
    lines = read_document(corpus_file("sto-rinkeby-kista-2023-09-21-protokoll.html")).text.split("\n")
    for line in ("Erik Sandberg\tS\tOrdförande", "Hanna Lindgren (M)\t\tX", "Lennart Haglund (SD)\t\t\tX",
                 "Summa\t6\t4\t1", "\tOrdförande\tErik Sandberg",
                 "1. Rinkeby-Kista stadsdelsnämnd godkänner samverkansöverenskommelsen mellan Rinkeby-Kista "
                 "stadsdelsnämnd och Polisregion Stockholm för perioden 2023–2026."):
        assert line in lines


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_person_in_a_corpus_documents_gold_is_in_the_text_the_reader_gives(path):
    gold = json.loads((CORPUS / "gold" / (path.stem + ".json")).read_text(encoding="utf-8"))
    words = " ".join(read_document(path).text.split())
    missing = [p["name"] for p in gold.get("persons", []) if p["name"] not in words]
    assert not missing


def test_a_case_number_in_an_element_of_its_own_after_a_summary_s_title_is_a_column_of_its_own():
    page = ('<html><body><main><details><summary>§ 12 Taxa för kulturskolan <span class="dnr">KN-2024-00017</span>'
            '</summary><p>Nämnden antar taxan.</p></details>'
            '<h2>§ 13 Budget <span class="period">2025–2027</span></h2><p>Nämnden antar budgeten.</p>'
            '</main></body></html>')
    lines = read_html(HTML, page.encode()).text.split("\n")
    assert "§ 12 Taxa för kulturskolan\tKN-2024-00017" in lines
    assert "§ 13 Budget 2025–2027" in lines  # a span of years is the title's
