"""Generate the five DOCX documents of tests/heldout118/docs.

Run with the project's virtual environment (python-docx is needed):

    .venv/bin/python tests/heldout118/make_binary_docs.py

The output is deterministic: fixed core properties, fixed revision and comment dates and fixed ZIP
timestamps, so re-running the script leaves the files byte-identical. The gold files in
tests/heldout118/gold/ describe the texts written here; change both together.

The set's emphasis is Word documents as municipalities' templates make them: a first page that is a
layout table with merged cells, headers and footers with PAGE/NUMPAGES fields, § headings numbered by
Word's numbering definitions (the "§ 58" text is not in the runs), typed "§ 41<TAB>Dnr …<TAB>Title"
lines, text boxes and frames for the justering box, content controls, leftover fields, comments and
tracked changes (w:ins / w:del).

These documents were written blind to the parser: do not tune them to it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt

DOCS = Path(__file__).resolve().parent / "docs"

NS_DRAW = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Builder:
    """A python-docx Document with the helpers a municipal Word template needs."""

    def __init__(self, rev_author: str, rev_date: str, font: str = "Arial", size: float = 10.5) -> None:
        self.d = docx.Document()
        self.d.styles["Normal"].font.name = font
        self.d.styles["Normal"].font.size = Pt(size)
        self.rev_author = rev_author
        self.rev_date = rev_date
        self.next_id = 100
        self.shape_id = 1
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(22)
        sec.top_margin, sec.bottom_margin = Mm(30), Mm(25)
        sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
        self.numbering = self.d.part.numbering_part.element
        self.next_num = 300
        self._settings()

    # ------------------------------------------------------------------ document settings

    def _settings(self) -> None:
        st = self.d.settings.element
        lang = st.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:val"), "sv-SE")
        for tag, val in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            el = st.find(qn(tag))
            if el is not None:
                el.set(qn("w:val"), val)

    def track_revisions(self) -> None:
        st = self.d.settings.element
        tr = OxmlElement("w:trackRevisions")
        st.find(qn("w:defaultTabStop")).addprevious(tr)

    def uid(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    # ------------------------------------------------------------------ numbering

    def abstract(self, abstract_id: int, levels: list[dict]) -> None:
        """Add a w:abstractNum; each level: fmt, text, start, pstyle, suff, left, hanging, font."""
        ab = OxmlElement("w:abstractNum")
        ab.set(qn("w:abstractNumId"), str(abstract_id))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel" if len(levels) == 1 else "multilevel")
        ab.append(mlt)
        for ilvl, lv in enumerate(levels):
            el = OxmlElement("w:lvl")
            el.set(qn("w:ilvl"), str(ilvl))
            tags = [("w:start", str(lv.get("start", 1))), ("w:numFmt", lv.get("fmt", "decimal"))]
            if lv.get("pstyle"):
                tags.append(("w:pStyle", lv["pstyle"]))
            if lv.get("suff"):
                tags.append(("w:suff", lv["suff"]))
            tags += [("w:lvlText", lv["text"]), ("w:lvlJc", "left")]
            for tag, val in tags:
                t = OxmlElement(tag)
                t.set(qn("w:val"), val)
                el.append(t)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(lv.get("left", 720)))
            ind.set(qn("w:hanging"), str(lv.get("hanging", 360)))
            ppr.append(ind)
            el.append(ppr)
            if lv.get("font"):
                rpr = OxmlElement("w:rPr")
                f = OxmlElement("w:rFonts")
                for a in ("w:ascii", "w:hAnsi", "w:cs"):
                    f.set(qn(a), lv["font"])
                rpr.append(f)
                el.append(rpr)
            ab.append(el)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(ab)
        else:
            self.numbering.append(ab)

    def num(self, abstract_id: int, start_override: int | None = None) -> int:
        self.next_num += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(self.next_num))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        n.append(a)
        if start_override is not None:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(start_override))
            ov.append(so)
            n.append(ov)
        self.numbering.append(n)
        return self.next_num

    def link_style_to_numbering(self, style_name: str, num_id: int) -> None:
        """Word's outline-numbered headings: the style, not the paragraph, carries w:numPr."""
        st = self.d.styles[style_name].element
        ppr = st.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_numId().val = num_id

    @staticmethod
    def set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
        numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = num_id

    def rename_style_id(self, old: str, new: str) -> None:
        """A Swedish Word template: styleId "Rubrik1" for the built-in "heading 1"."""
        root = self.d.styles.element
        for el in root.iter():
            for attr in (qn("w:styleId"), qn("w:val")):
                if el.get(attr) == old and (attr == qn("w:styleId") or el.tag in (
                        qn("w:basedOn"), qn("w:next"), qn("w:link"))):
                    el.set(attr, new)

    # ------------------------------------------------------------------ runs

    def _rev(self, kind: str, text: str, bold: bool = False):
        wrap = OxmlElement(kind)
        wrap.set(qn("w:id"), self.uid())
        wrap.set(qn("w:author"), self.rev_author)
        wrap.set(qn("w:date"), self.rev_date)
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:delText" if kind == "w:del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        wrap.append(r)
        return wrap

    @staticmethod
    def _fld_char(paragraph, kind: str) -> None:
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)

    @staticmethod
    def _instr(paragraph, instr: str) -> None:
        r = paragraph.add_run()
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = instr
        r._r.append(t)

    def field(self, paragraph, instr: str, cached: str | None, bold: bool = False) -> None:
        self._fld_char(paragraph, "begin")
        self._instr(paragraph, f" {instr} ")
        if cached is not None:
            self._fld_char(paragraph, "separate")
            run = paragraph.add_run(cached)
            run.bold = bold
        self._fld_char(paragraph, "end")

    def sdt_inline(self, paragraph, tag: str, text: str, kind: str = "text", bold: bool = False) -> None:
        """kind: "text", "placeholder" or "date:YYYY-MM-DD"."""
        pr = [f'<w:alias w:val="{_esc(tag)}"/>', f'<w:tag w:val="{_esc(tag)}"/>', f'<w:id w:val="{self.uid()}"/>']
        if kind == "placeholder":
            pr.append("<w:showingPlcHdr/>")
        if kind.startswith("date:"):
            iso = kind[5:]
            pr.append(f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
                      '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
                      '<w:calendar w:val="gregorian"/></w:date>')
        else:
            pr.append("<w:text/>")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        if kind == "placeholder":
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr>{"".join(pr)}</w:sdtPr><w:sdtContent>'
               f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
        paragraph._p.append(parse_xml(xml))

    def sdt_block(self, paragraph, tag: str) -> None:
        """Wrap an existing body paragraph in a block-level rich-text content control."""
        p = paragraph._p
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(tag)}"/>'
                        f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{self.uid()}"/></w:sdtPr>'
                        '<w:sdtContent/></w:sdt>')
        p.addprevious(sdt)
        sdt.find(qn("w:sdtContent")).append(p)

    def macrobutton(self, paragraph, display: str) -> None:
        """A template placeholder field: { MACROBUTTON NoMacro [text] } has no cached result."""
        self._fld_char(paragraph, "begin")
        self._instr(paragraph, f" MACROBUTTON NoMacro {display} ")
        self._fld_char(paragraph, "end")

    def bookmark(self, paragraph, name: str, start: bool) -> str:
        bid = self.uid() if start else None
        if start:
            el = OxmlElement("w:bookmarkStart")
            el.set(qn("w:id"), bid)
            el.set(qn("w:name"), name)
            self._bm = getattr(self, "_bm", {})
            self._bm[name] = bid
        else:
            el = OxmlElement("w:bookmarkEnd")
            el.set(qn("w:id"), self._bm[name])
        paragraph._p.append(el)
        return bid or ""

    def text_box(self, paragraph, lines: list[tuple[str, bool]], x_emu: int, y_emu: int, w_emu: int,
                 h_emu: int, name: str, rel_v: str = "paragraph") -> None:
        """A floating DrawingML text box with a VML fallback, anchored in `paragraph`."""
        sid = self.shape_id
        self.shape_id += 1
        bold_rpr = '<w:rPr><w:b/><w:sz w:val="16"/></w:rPr>'
        plain_rpr = '<w:rPr><w:sz w:val="16"/></w:rPr>'
        paras = "".join(
            f'<w:p><w:r>{bold_rpr if b else plain_rpr}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
            for t, b in lines)
        pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
        xml = (
            f'<w:r {nsdecls("w")} {NS_DRAW}>'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{sid + 2}" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{sid}" name="{_esc(name)}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape id="{_esc(name).replace(" ", "")}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{pt(x_emu)};margin-top:{pt(y_emu)};width:{pt(w_emu)};'
            f'height:{pt(h_emu)};z-index:{sid + 2}">'
            f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    # ------------------------------------------------------------------ paragraphs

    def fill(self, paragraph, segs) -> None:
        """segs: str | list of str and tuples ("b", t), ("i", t), ("ins", t), ("del", t), ("insb", t),
        ("delb", t), ("fld", instr, cached), ("sdt", tag, text, kind), ("macro", text),
        ("cmt", text, comment, author, initials), ("bm", name, text)."""
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                paragraph.add_run(s)
                continue
            kind = s[0]
            if kind == "b":
                paragraph.add_run(s[1]).bold = True
            elif kind == "i":
                paragraph.add_run(s[1]).italic = True
            elif kind in ("ins", "del", "insb", "delb"):
                paragraph._p.append(self._rev("w:" + kind[:3], s[1], bold=kind.endswith("b")))
            elif kind == "fld":
                self.field(paragraph, s[1], s[2], bold=len(s) > 3 and s[3])
            elif kind == "sdt":
                self.sdt_inline(paragraph, s[1], s[2], s[3] if len(s) > 3 else "text")
            elif kind == "macro":
                self.macrobutton(paragraph, s[1])
            elif kind == "cmt":
                run = paragraph.add_run(s[1])
                self.d.add_comment(run, text=s[2], author=s[3], initials=s[4])
            elif kind == "bm":
                self.bookmark(paragraph, s[1], True)
                paragraph.add_run(s[2])
                self.bookmark(paragraph, s[1], False)
            else:
                raise ValueError(kind)

    def mark(self, paragraph, kind: str) -> None:
        """Mark the paragraph mark itself as inserted or deleted (a whole tracked paragraph)."""
        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), self.uid())
        el.set(qn("w:author"), self.rev_author)
        el.set(qn("w:date"), self.rev_date)
        rpr.append(el)
        ppr.append(rpr)

    def p(self, segs="", style: str | None = None, container=None, bold: bool = False, size: float | None = None,
          align=None, tabs=None, num: int | None = None, space_after: float | None = 4,
          space_before: float | None = None, indent: float | None = None, hanging: float | None = None,
          keep_next: bool = False, page_break_before: bool = False, mark: str | None = None):
        target = container if container is not None else self.d
        para = target.add_paragraph(style=style) if style else target.add_paragraph()
        if isinstance(segs, str):
            segs = [("b", segs)] if bold and segs else [segs] if segs else []
        self.fill(para, segs)
        if size:
            for r in para.runs:
                r.font.size = Pt(size)
        pf = para.paragraph_format
        if align is not None:
            para.alignment = align
        if tabs:
            for pos, al in tabs:
                pf.tab_stops.add_tab_stop(Cm(pos), al)
        if space_after is not None:
            pf.space_after = Pt(space_after)
        if space_before is not None:
            pf.space_before = Pt(space_before)
        if indent is not None:
            pf.left_indent = Cm(indent)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        if keep_next:
            pf.keep_with_next = True
        if page_break_before:
            pf.page_break_before = True
        if num is not None:
            self.set_num(para, num)
        if mark:
            self.mark(para, mark)
        return para

    def page_break(self) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def frame(self, paragraph, width_cm: float, x_align: str = "right", y_twips: int = 0) -> None:
        """Turn a paragraph into a Word frame (w:framePr) with a box border."""
        ppr = paragraph._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        fp.set(qn("w:w"), str(int(width_cm * 567)))
        fp.set(qn("w:hSpace"), "142")
        fp.set(qn("w:wrap"), "around")
        fp.set(qn("w:vAnchor"), "text")
        fp.set(qn("w:hAnchor"), "margin")
        fp.set(qn("w:xAlign"), x_align)
        fp.set(qn("w:y"), str(y_twips))
        ppr.insert_element_before(
            fp, "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
            "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr")
        bdr = parse_xml(f'<w:pBdr {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="4" w:color="auto"/>' for s in ("top", "left", "bottom", "right"))
            + "</w:pBdr>")
        ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc",
                                  "w:rPr")

    # ------------------------------------------------------------------ tables

    def table(self, rows: list[list], widths: list[float], style: str | None = "Table Grid",
              borders: bool = True, size: float | None = None, container=None):
        """rows: list of rows; each cell is None (left empty), a str or a list of paragraph segs."""
        target = container if container is not None else self.d
        if container is None:
            t = target.add_table(rows=len(rows), cols=len(widths))
        else:
            t = target.add_table(len(rows), len(widths), Cm(sum(widths)))
        if style:
            t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        if not borders:
            self.no_borders(t)
        for r, row in enumerate(rows):
            for c, content in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Cm(widths[c])
                if content is None:
                    continue
                if isinstance(content, list) and any(isinstance(x, tuple) for x in content):
                    paras = [content]  # one paragraph given as a list of segs
                else:
                    paras = content if isinstance(content, list) else [content]
                first = True
                for segs in paras:
                    para = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    self.fill(para, segs)
                    para.paragraph_format.space_after = Pt(1)
                    if size:
                        for run in para.runs:
                            run.font.size = Pt(size)
        return t

    @staticmethod
    def no_borders(table) -> None:
        tblpr = table._tbl.tblPr
        borders = parse_xml(
            f'<w:tblBorders {nsdecls("w")}>'
            + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>")
        tblpr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")

    @staticmethod
    def shade(cell, fill: str = "D9D9D9") -> None:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.insert_element_before(shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                                   "w:hideMark")

    @staticmethod
    def bold_cell(cell) -> None:
        for para in cell.paragraphs:
            for run in para.runs:
                run.bold = True

    # ------------------------------------------------------------------ saving

    def save(self, path: Path, author: str, title: str, when: dt.datetime, revision: int,
             comment_date: str) -> None:
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = when
        cp.modified = when
        cp.revision = revision
        cp.language = "sv-SE"
        buf = io.BytesIO()
        self.d.save(buf)
        stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
        out = io.BytesIO()
        with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in src.namelist():
                data = src.read(name)
                if name == "word/comments.xml":
                    data = re.sub(rb'w:date="[^"]*"', f'w:date="{comment_date}"'.encode(), data)
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                dst.writestr(info, data)
        path.write_bytes(out.getvalue())


def header_lines(b: Builder, part, lines: list[list], tabs: list[tuple[float, object]]) -> None:
    """Fill a header/footer part with tabbed lines (segs lists)."""
    first = True
    for segs in lines:
        para = part.paragraphs[0] if first else part.add_paragraph()
        first = False
        b.fill(para, segs)
        para.paragraph_format.space_after = Pt(0)
        for pos, al in tabs:
            para.paragraph_format.tab_stops.add_tab_stop(Cm(pos), al)
        for run in para.runs:
            run.font.size = Pt(9)


L, C, R = WD_TAB_ALIGNMENT.LEFT, WD_TAB_ALIGNMENT.CENTER, WD_TAB_ALIGNMENT.RIGHT


# ============================================================================================
# 1. Finspångs kommun, Kommunstyrelsen 2025-04-09 – full protocol, §§ 58–62
# First page: one layout table with merged cells (title block, Beslutande as paragraphs in a cell,
# Underskrifter with a vertically merged label) and an ANSLAG/BEVIS table. A "different first page"
# header; later headers "Sida {PAGE} ({NUMPAGES})" and the body name as a DOCPROPERTY field. The
# footer holds the justering box as a floating text box. § headings are Heading 1 paragraphs whose
# number comes from the numbering definition linked to the Heading 1 style ("§ %1", start 58); the
# "Innehållsförteckning" heading has the same style with numbering switched off (numId 0), and a
# TOC field's cached result lists "§ 58<TAB>title<TAB>page". Decisions are Word numbered lists.
# Tracked changes: § 58 a deleted reservation and an inserted särskilt yttrande; § 61 an inserted
# third decision point. Two Word comments.
# ============================================================================================


def make_finspang(path: Path) -> None:
    b = Builder("Elin Sandell", "2025-04-15T11:20:00Z", font="Calibri", size=11)
    b.track_revisions()
    d = b.d
    for name in ("Heading 1", "Heading 3"):
        st = d.styles[name]
        st.font.color.rgb = None
        st.font.name = "Calibri"
    d.styles["Heading 1"].font.size = Pt(13)
    d.styles["Heading 3"].font.size = Pt(11)

    b.abstract(10, [dict(start=58, fmt="decimal", pstyle="Heading1", suff="tab", text="§ %1",
                         left=1134, hanging=1134)])
    b.abstract(11, [dict(start=1, fmt="decimal", text="%1.", left=567, hanging=567)])
    b.link_style_to_numbering("Heading 1", b.num(10))

    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_lines(b, sec.first_page_header, [["\tSida ", ("fld", "PAGE", "1"), " (", ("fld", "NUMPAGES", "5"), ")"]],
                 [(16.6, R)])
    header_lines(b, sec.header, [
        [("b", "FINSPÅNGS KOMMUN"), "\tSAMMANTRÄDESPROTOKOLL\tSida ", ("fld", "PAGE", "2"), " (",
         ("fld", "NUMPAGES", "5"), ")"],
        [("fld", 'DOCPROPERTY  "Organ"  \\* MERGEFORMAT', "Kommunstyrelsen"), "\tSammanträdesdatum 2025-04-09"],
    ], [(8.3, C), (16.6, R)])
    for part in (sec.footer, sec.first_page_footer):
        fp = part.paragraphs[0]
        b.fill(fp, "Finspångs kommun · Stadshuset, Stadshustorget · 612 80 Finspång · 0122-850 00")
        for run in fp.runs:
            run.font.size = Pt(8)
        b.text_box(fp, [("Justerandes signatur", True), ("", False), ("Utdragsbestyrkande", True)],
                   x_emu=4300000, y_emu=-780000, w_emu=1650000, h_emu=700000, name="Justeringsruta")

    # ---------------------------------------------------------------- first page: layout table
    t = b.table([
        [[("b", "FINSPÅNGS KOMMUN")], None, [("b", "SAMMANTRÄDESPROTOKOLL")], None],
        [[("b", "Kommunstyrelsen")], None, "Sammanträdesdatum", "2025-04-09"],
        [[("b", "Plats och tid")], "Stadshuset, sammanträdesrum Hammaren, Finspång, onsdagen den 9 april 2025 "
                                   "kl. 13.15–16.40", None, None],
        [[("b", "Beslutande")], [
            "Karin Ljung (M), ordförande",
            "Lennart Ekvall (S), 1:e vice ordförande",
            "Birgitta Hagström (C), 2:e vice ordförande",
            "Peter Kjellin (M)", "Sofie Renström (KD)", "Jan-Erik Wallin (L)", "Mona Isaksson (S)",
            "Gustav Åhman (S)", "Rasmus Dahlqvist (SD)", "Ylva Stenberg (V)",
            [("b", "Tjänstgörande ersättare")],
            "Henrik Oscarsson (M) för Ewa Brodin (M)",
        ], None, None],
        [[("b", "Närvarande ersättare")], ["Anneli Fors (S)", "Tobias Lindh (C)", "Marie Sundin (KD)"], None, None],
        [[("b", "Övriga närvarande")], ["Ulrika Franzén, kommunchef", "Daniel Hed, ekonomichef, § 59",
                                         "Elin Sandell, kommunsekreterare"], None, None],
        [[("b", "Utses att justera")], "Lennart Ekvall (S)", None, None],
        [[("b", "Justeringens plats och tid")], "Kommunkansliet, Stadshuset, tisdagen den 15 april 2025 kl. 10.00",
         None, None],
        [[("b", "Underskrifter")], ["Sekreterare", "", "……………………………………", "Elin Sandell"], "Paragrafer", "58–62"],
        [None, ["Ordförande", "", "……………………………………", "Karin Ljung"], None, None],
        [None, ["Justerande", "", "……………………………………", "Lennart Ekvall"], None, None],
    ], [3.6, 5.6, 3.2, 4.2])
    t.cell(0, 0).merge(t.cell(0, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(1, 0).merge(t.cell(1, 1))
    for r in range(2, 8):
        t.cell(r, 1).merge(t.cell(r, 3))
    t.cell(8, 0).merge(t.cell(10, 0))
    t.cell(9, 2).merge(t.cell(10, 3))
    for c in (t.cell(0, 0), t.cell(0, 2)):
        b.shade(c, "DCE6F0")

    b.p("", space_after=6)
    a = b.table([
        [[("b", "ANSLAG/BEVIS")], None, None, None],
        ["Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", None, None, None],
        ["Organ", "Kommunstyrelsen", None, None],
        ["Sammanträdesdatum", "2025-04-09", None, None],
        ["Datum då anslaget sätts upp", "2025-04-16", "Datum då anslaget tas ned", "2025-05-08"],
        ["Förvaringsplats för protokollet", "Kommunkansliet, Stadshuset, Finspång", None, None],
        ["Underskrift", ["……………………………………", "Elin Sandell"], None, None],
    ], [3.6, 5.6, 3.2, 4.2], size=9)
    a.cell(0, 0).merge(a.cell(0, 3))
    a.cell(1, 0).merge(a.cell(1, 3))
    for r in (2, 3, 5, 6):
        a.cell(r, 1).merge(a.cell(r, 3))
    b.shade(a.cell(0, 0), "DCE6F0")

    # ---------------------------------------------------------------- table of contents
    b.page_break()
    toc_head = b.p("Innehållsförteckning", style="Heading 1")
    b.set_num(toc_head, 0)
    toc = [
        ("58", "Yttrande över remiss – Länsplan för regional transportinfrastruktur i Östergötlands län 2026–2037",
         "3"),
        ("59", "Medfinansieringsavtal med Trafikverket om gång- och cykelväg längs väg 51", "3"),
        ("60", "Svar på motion om solcellsanläggningar på skolornas tak", "4"),
        ("61", "Överenskommelse med Holmen Skog AB om friluftsområdet vid Skutbo", "5"),
        ("62", "Redovisning av delegationsbeslut", "5"),
    ]
    for i, (n, title, page) in enumerate(toc):
        para = d.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Cm(1.5), L)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), R, WD_TAB_LEADER.DOTS)
        para.paragraph_format.left_indent = Cm(1.5)
        para.paragraph_format.first_line_indent = Cm(-1.5)
        if i == 0:
            b._fld_char(para, "begin")
            b._instr(para, ' TOC \\o "1-1" \\h \\z \\u ')
            b._fld_char(para, "separate")
        para.add_run(f"§ {n}\t{title}\t{page}")
        if i == len(toc) - 1:
            b._fld_char(para, "end")
    b.page_break()

    def head(title: str, dnr: str) -> None:
        b.p(title, style="Heading 1", keep_next=True, space_before=14)
        b.p(dnr, size=9, space_after=8)

    def sub(text: str, mark: str | None = None) -> None:
        if mark:
            b.p([(mark, text)], style="Heading 3", keep_next=True, space_after=2, mark=mark)
        else:
            b.p(text, style="Heading 3", keep_next=True, space_after=2)

    def items(texts: list) -> None:
        n = b.num(11, start_override=1)
        for tx in texts:
            if isinstance(tx, tuple) and tx[0] == "ins":
                b.p([tx], num=n, mark="ins")
            else:
                b.p(tx, num=n)

    # ---------------------------------------------------------------- § 58
    head("Yttrande över remiss – Länsplan för regional transportinfrastruktur i Östergötlands län 2026–2037",
         "Dnr KS.2025.0112")
    sub("Ärendebeskrivning")
    b.p("Region Östergötland har den 6 februari 2025 skickat förslaget till länsplan för regional "
        "transportinfrastruktur i Östergötlands län 2026–2037 på remiss till länets kommuner, Trafikverket och "
        "Östgötatrafiken (Region Östergötlands dnr RS 2024-1187). Planen har tagits fram enligt förordningen "
        "(1997:263) om länsplaner för regional transportinfrastruktur och ska fastställas av Region Östergötland "
        "i juni 2025. Yttrandet ska ha kommit in senast 2025-04-30.")
    b.p("Förvaltningen har gått igenom förslaget i samråd med Norrköpings kommun och Motala kommun. I förslaget "
        "till yttrande framhålls att åtgärderna på väg 51 mellan Finspång och Norrköping bör tidigareläggas och att "
        "den regionala cykelvägen mellan Finspång och Rejmyre bör finansieras inom planen.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-03-24, kommunchef Ulrika Franzén", space_after=0)
    b.p("Förslag till yttrande 2025-03-24", space_after=0)
    b.p("Remiss från Region Östergötland 2025-02-06")
    sub("Yrkanden")
    b.p("Ordföranden Karin Ljung (M) yrkar bifall till förvaltningens förslag.")
    b.p("Lennart Ekvall (S) yrkar att yttrandet kompletteras med en skrivning om att pendelparkeringen i Lotorp "
        "ska byggas ut under planperioden. Ylva Stenberg (V) instämmer i Lennart Ekvalls tilläggsyrkande.")
    sub("Beslutsgång")
    b.p("Ordföranden ställer först proposition på förvaltningens förslag och finner att kommunstyrelsen bifaller "
        "det. Därefter ställer ordföranden proposition på Lennart Ekvalls tilläggsyrkande och finner att "
        "kommunstyrelsen avslår det.")
    sub("Beslut")
    items([
        "Kommunstyrelsen antar förslaget till yttrande och överlämnar det till Region Östergötland.",
        "Paragrafen justeras omedelbart.",
    ])
    sub("Reservation", mark="del")
    b.p([("del", "Lennart Ekvall (S) och Ylva Stenberg (V) reserverar sig mot beslutet till förmån för "
                 "tilläggsyrkandet.")], mark="del")
    sub("Särskilt yttrande", mark="ins")
    para = b.p([("ins", "Lennart Ekvall (S) och Ylva Stenberg (V) lämnar följande särskilda yttrande: ”Vi beklagar "
                        "att pendelparkeringen i Lotorp inte ryms i planen och kommer att driva frågan vidare "
                        "i det regionala samrådet.”")], mark="ins")
    anchor = para.add_run(" ")
    d.add_comment(anchor, text="Ändrat vid justeringen efter besked från Lennart: inte reservation utan särskilt "
                               "yttrande.", author="Elin Sandell", initials="ES")
    sub("Beslutet skickas till")
    b.p("Region Östergötland", space_after=0)
    b.p("Trafikverket")

    # ---------------------------------------------------------------- § 59
    head("Medfinansieringsavtal med Trafikverket om gång- och cykelväg längs väg 51", "Dnr KS.2024.0419")
    sub("Ärendebeskrivning")
    para = b.p("Trafikverket planerar att bygga en gång- och cykelväg längs väg 51 mellan Finspång och "
               "kommungränsen mot Norrköping. Projektet finns med i den gällande länsplanen 2022–2033. Enligt "
               "förslaget till medfinansieringsavtal mellan Finspångs kommun och Trafikverket (Trafikverkets "
               "ärendenummer TRV 2024/58213) bidrar kommunen med ")
    b.fill(para, [("cmt", "4,2 miljoner kronor", "Beloppet stämt av mot investeringsbudgeten 2026, se "
                                                 "KS.2024.0388. /DH", "Daniel Hed", "DH"),
                  ", vilket motsvarar hälften av den beräknade kostnaden för delsträckan Finspång–Lotorp. "
                  "Kommunens andel betalas ut 2026 och 2027. Avtalet förutsätter att kommunen tar över driften av "
                  "gång- och cykelvägen när den är färdig."])
    b.p("Kommunstyrelsens arbetsutskott behandlade ärendet 2025-03-25, § 41, och lämnade det till kommunstyrelsen "
        "utan eget förslag. Ekonomichef Daniel Hed redogör för finansieringen.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-03-12", space_after=0)
    b.p("Förslag till medfinansieringsavtal", space_after=0)
    b.p("Kommunstyrelsens arbetsutskott 2025-03-25, § 41")
    sub("Yrkanden")
    b.p("Peter Kjellin (M) yrkar bifall till förvaltningens förslag. Sofie Renström (KD) och Jan-Erik Wallin (L) "
        "instämmer.")
    b.p("Rasmus Dahlqvist (SD) yrkar avslag på förslaget med motiveringen att kommunens ekonomi inte medger "
        "investeringen.")
    b.p("Mona Isaksson (S) yrkar bifall till förvaltningens förslag.")
    sub("Beslutsgång")
    b.p("Ordföranden ställer proposition på bifall och avslag och finner att kommunstyrelsen bifaller förslaget. "
        "Votering begärs. Kommunstyrelsen godkänner följande voteringsordning: ja-röst för bifall till "
        "förvaltningens förslag, nej-röst för Rasmus Dahlqvists avslagsyrkande.")
    sub("Omröstningsresultat")
    votes = [("Karin Ljung", "M", 0), ("Lennart Ekvall", "S", 0), ("Birgitta Hagström", "C", 0),
             ("Peter Kjellin", "M", 0), ("Sofie Renström", "KD", 0), ("Jan-Erik Wallin", "L", 0),
             ("Mona Isaksson", "S", 0), ("Gustav Åhman", "S", 0), ("Rasmus Dahlqvist", "SD", 1),
             ("Ylva Stenberg", "V", 2), ("Henrik Oscarsson", "M", 0)]
    rows = [["Ledamot", "Parti", "Ja", "Nej", "Avstår"]]
    for name, party, v in votes:
        rows.append([name, party] + ["X" if v == i else "" for i in range(3)])
    rows.append(["Summa", "", "9", "1", "1"])
    vt = b.table(rows, [5.5, 1.6, 1.6, 1.6, 1.6], size=9.5)
    for c in vt.rows[0].cells + vt.rows[-1].cells:
        b.bold_cell(c)
        b.shade(c, "EDEDED")
    b.p("", space_after=2)
    b.p("Med 9 ja-röster mot 1 nej-röst beslutar kommunstyrelsen i enlighet med förvaltningens förslag. En "
        "ledamot avstår från att rösta.")
    sub("Beslut")
    b.p("Kommunstyrelsen föreslår kommunfullmäktige besluta", space_after=2)
    items([
        "Medfinansieringsavtalet mellan Finspångs kommun och Trafikverket om gång- och cykelväg längs väg 51 "
        "godkänns.",
        "Kommunens kostnad, 4,2 miljoner kronor, finansieras inom investeringsbudgeten för 2026–2027.",
    ])
    b.p("Kommunstyrelsen beslutar för egen del", space_after=2)
    items(["Kommunchefen får i uppdrag att underteckna avtalet när kommunfullmäktige har godkänt det."])
    sub("Reservation")
    b.p("Rasmus Dahlqvist (SD) reserverar sig mot beslutet.")
    sub("Beslutet skickas till")
    b.p("Kommunfullmäktige", space_after=0)
    b.p("Trafikverket")

    # ---------------------------------------------------------------- § 60
    head("Svar på motion om solcellsanläggningar på skolornas tak", "Dnr KS.2024.0301")
    sub("Ärendebeskrivning")
    b.p("Ylva Stenberg (V) och Gustav Åhman (S) föreslår i en motion, inlämnad 2024-08-19, att kommunen ska "
        "installera solcellsanläggningar på taken till Nyhemsskolan och Grosvadsskolan. Kommunfullmäktige "
        "remitterade motionen till kommunstyrelsen 2024-09-23, § 94.")
    b.p("Förvaltningen har berett motionen tillsammans med Vallonbygden AB, som äger skolbyggnaderna. Bolaget "
        "har i en skrivelse 2025-02-10 meddelat att en solcellsanläggning på Nyhemsskolan ingår i bolagets "
        "underhållsplan för 2026 och att Grosvadsskolans tak först behöver bytas. Förvaltningen föreslår att "
        "motionen ska anses besvarad.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-03-17", space_after=0)
    b.p("Skrivelse från Vallonbygden AB 2025-02-10", space_after=0)
    b.p("Motion från Ylva Stenberg (V) och Gustav Åhman (S), 2024-08-19")
    sub("Yrkanden")
    b.p("Ordföranden yrkar att motionen ska anses besvarad.")
    b.p("Ylva Stenberg (V) yrkar bifall till motionen. Gustav Åhman (S) och Mona Isaksson (S) instämmer i Ylva "
        "Stenbergs yrkande.")
    sub("Beslutsgång")
    b.p("Ordföranden ställer proposition på sitt eget yrkande och på Ylva Stenbergs yrkande och finner att "
        "kommunstyrelsen bifaller ordförandens yrkande.")
    sub("Beslut")
    b.p("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.")
    sub("Reservation")
    b.p("Ylva Stenberg (V), Gustav Åhman (S) och Mona Isaksson (S) reserverar sig till förmån för Ylva Stenbergs "
        "yrkande.")
    sub("Beslutet skickas till")
    b.p("Kommunfullmäktige")

    # ---------------------------------------------------------------- § 61
    head("Överenskommelse med Holmen Skog AB om friluftsområdet vid Skutbo",
         "Dnr KS.2025.0064")
    sub("Ärendebeskrivning")
    b.p("Holmen Skog AB äger marken kring Skutbosjön norr om Finspång, där kommunen sedan 2012 sköter badplats, "
        "vandringsleder och elljusspår enligt en överenskommelse som löper ut 2025-06-30. Ett förslag till ny "
        "överenskommelse mellan Finspångs kommun och Holmen Skog AB har tagits fram. Den gäller "
        "2025-07-01–2035-06-30 och innebär att bolaget upplåter marken utan avgift och att kommunen ansvarar för "
        "skötsel och tillsyn av anläggningarna. Kommunens kostnad beräknas till 310 000 kronor per år.")
    b.p("Länsstyrelsen Östergötland har i ett yttrande 2025-02-27 bekräftat att den nya spångade leden vid "
        "Skutbosjön inte kräver dispens enligt 7 kap. 15 § miljöbalken (1998:808).")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-03-19", space_after=0)
    b.p("Förslag till överenskommelse 2025-03-14")
    sub("Yrkande")
    b.p("Birgitta Hagström (C) yrkar bifall till förvaltningens förslag.")
    sub("Beslut")
    items([
        "Kommunstyrelsen godkänner överenskommelsen med Holmen Skog AB om friluftsområdet vid Skutbo för perioden "
        "2025-07-01–2035-06-30.",
        "Kommunchefen får i uppdrag att underteckna överenskommelsen.",
        ("ins", "Paragrafen justeras omedelbart."),
    ])
    sub("Protokollsanteckning")
    b.p("Rasmus Dahlqvist (SD) lämnar en protokollsanteckning: ”Vi förutsätter att ersättningen räknas upp varje "
        "år så att kommunens kostnader täcks.”")
    sub("Beslutet skickas till")
    b.p("Holmen Skog AB")

    # ---------------------------------------------------------------- § 62
    head("Redovisning av delegationsbeslut", "Dnr KS.2025.0009")
    sub("Ärendebeskrivning")
    b.p("Beslut som har fattats med stöd av kommunstyrelsens delegationsordning ska enligt 6 kap. 40 § "
        "kommunallagen (2017:725) anmälas till kommunstyrelsen. Redovisningen omfattar perioden "
        "2025-02-20–2025-03-31:")
    for line in [
        "– Kommunchefens beslut 2025-02-28 om yttrande till Polismyndigheten över ansökan om tillstånd till "
        "offentlig tillställning, dnr KS.2025.0071",
        "– Ekonomichefens beslut 2025-03-14 om placering av likvida medel, dnr KS.2025.0079",
        "– Arbetsutskottets protokoll 2025-03-25, §§ 38–43",
    ]:
        b.p(line, indent=0.6, hanging=0.4, space_after=1)
    sub("Beslut")
    b.p("Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna.")

    b.save(path, "Elin Sandell", "Kommunstyrelsens protokoll 2025-04-09", dt.datetime(2025, 4, 15, 11, 30, 0), 7,
           "2025-04-15T11:25:00Z")


# ============================================================================================
# 2. Lekebergs kommun, Bildningsnämnden 2024-10-23 – full protocol, §§ 41–44
# First page: a layout table with merged cells whose meeting date is a date content control
# (w:sdt, ISO date in w:fullDate); Underskrifter with a vertically merged label and a vertically
# merged "Paragrafer 41–44" cell. A närvarolista table Namn | Parti | Uppdrag | Anmärkning with merged
# group rows and **vertically merged party cells** for members of the same party. The ANSLAG table
# has an empty content control showing its placeholder text. Headings are typed Heading 2 lines
# "§ 41<TAB>Dnr BN 2024/96<TAB>Title" with tab stops and a hanging indent. The header's date is a
# content control; the footer is a small table. Decisions are Word bullet lists ("–", "att …").
# A vote table with a merged two-row header. Tracked changes: a deleted yrkande, a corrected name
# in a reservation (w:del "Kristin" / w:ins "Christin"), and an inserted adjustment sentence.
# ============================================================================================


def make_lekeberg(path: Path) -> None:
    b = Builder("Maria Lönn", "2024-10-29T09:40:00Z", font="Arial", size=10)
    b.track_revisions()
    d = b.d
    for name, size in (("Heading 2", 11.5), ("Heading 3", 10)):
        st = d.styles[name]
        st.font.color.rgb = None
        st.font.name = "Arial"
        st.font.size = Pt(size)
    b.abstract(20, [dict(fmt="bullet", text="–", left=425, hanging=425, font="Arial")])

    sec = d.sections[0]
    header_lines(b, sec.header, [
        [("b", "LEKEBERGS KOMMUN"), "\tSAMMANTRÄDESPROTOKOLL\tSida ", ("fld", "PAGE", "1"), " av ",
         ("fld", "NUMPAGES", "5")],
        ["Bildningsnämnden\tSammanträdesdatum ", ("sdt", "Sammanträdesdatum", "2024-10-23", "date:2024-10-23")],
    ], [(8.3, C), (16.6, R)])
    ft = b.table([[[("b", "Justerandes signatur")], "", [("b", "Utdragsbestyrkande")]]], [5.5, 5.6, 5.5],
                 container=sec.footer, size=8)
    ft.rows[0].height = Cm(1.2)
    sec.footer.paragraphs[0].text = ""

    # ---------------------------------------------------------------- first page
    t = b.table([
        [[("b", "LEKEBERGS KOMMUN")], None, [("b", "SAMMANTRÄDESPROTOKOLL")], None],
        [[("b", "Bildningsnämnden")], None, "Sammanträdesdatum", None],
        [[("b", "Plats och tid")], "Kommunhuset, sammanträdesrum Lekhyttan, Fjugesta, onsdagen den 23 oktober 2024 "
                                   "kl. 08.30–11.50", None, None],
        [[("b", "Beslutande")], "Se närvarolistan nedan", None, None],
        [[("b", "Utses att justera")], "Hampus Lindkvist (M)", None, None],
        [[("b", "Justeringens plats och tid")], "Kommunhuset, Fjugesta, tisdagen den 29 oktober 2024", None, None],
        [[("b", "Underskrifter")], "Sekreterare", ["……………………………………", "Maria Lönn"], [("b", "Paragrafer 41–44")]],
        [None, "Ordförande", ["……………………………………", "Anna-Lena Tjärnström"], None],
        [None, "Justerare", ["……………………………………", "Hampus Lindkvist"], None],
    ], [3.8, 3.2, 5.6, 4.0])
    b.sdt_inline(t.cell(1, 3).paragraphs[0], "Sammanträdesdatum", "2024-10-23", "date:2024-10-23")
    t.cell(0, 0).merge(t.cell(0, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(1, 0).merge(t.cell(1, 1))
    for r in range(2, 6):
        t.cell(r, 1).merge(t.cell(r, 3))
    t.cell(6, 0).merge(t.cell(8, 0))
    t.cell(6, 3).merge(t.cell(8, 3))
    b.shade(t.cell(0, 0), "E2EFD9")
    b.shade(t.cell(0, 2), "E2EFD9")

    b.p("Närvarolista", style="Heading 3", space_before=10)
    groups = [
        ("Ledamöter", [
            ("Anna-Lena Tjärnström", "C", "ordförande", ""),
            ("Mats Edlund", "S", "vice ordförande", ""),
            ("Ann-Christin Holm", "S", "ledamot", ""),
            ("Oskar Ferm", "S", "ledamot", ""),
            ("Hampus Lindkvist", "M", "2:e vice ordförande", ""),
            ("Karl-Johan Nord", "M", "ledamot", "frånvarande"),
            ("Josefin Aho", "KD", "ledamot", ""),
            ("Leif Bratt", "SD", "ledamot", ""),
            ("Sara Björklund", "V", "ledamot", "§§ 41–42"),
        ]),
        ("Tjänstgörande ersättare", [
            ("Patrik Stål", "M", "tjänstgörande ersättare", "ersätter Karl-Johan Nord (M)"),
            ("Eva Widén", "V", "tjänstgörande ersättare", "ersätter Sara Björklund (V), §§ 43–44"),
        ]),
        ("Ersättare, ej tjänstgörande", [
            ("Lina Grahn", "S", "ersättare", ""),
            ("Per Wahlgren", "C", "ersättare", ""),
            ("Therese Mörk", "SD", "ersättare", ""),
        ]),
        ("Övriga närvarande", [
            ("Cecilia Wester", "", "förvaltningschef", ""),
            ("Johan Palm", "", "controller", "§ 41"),
            ("Maria Lönn", "", "nämndsekreterare", ""),
        ]),
    ]
    rows: list[list] = [[[("b", "Namn")], [("b", "Parti")], [("b", "Uppdrag")], [("b", "Anmärkning")]]]
    group_rows, party_runs = [], []
    for label, people in groups:
        group_rows.append(len(rows))
        rows.append([[("b", label)], None, None, None])
        prev_party, start = None, None
        for name, party, role, note in people:
            r = len(rows)
            if party and party == prev_party:
                rows.append([name, None, role, note])
            else:
                if start is not None and r - start > 1:
                    party_runs.append((start, r - 1))
                start = r
                rows.append([name, party, role, note])
            prev_party = party
        if start is not None and len(rows) - start > 1:
            party_runs.append((start, len(rows) - 1))
    at = b.table(rows, [5.4, 1.6, 4.2, 5.4], size=9.5)
    for r in group_rows:
        at.cell(r, 0).merge(at.cell(r, 3))
        b.shade(at.cell(r, 0), "F2F2F2")
    for r0, r1 in party_runs:
        at.cell(r0, 1).merge(at.cell(r1, 1))
    b.shade(at.cell(0, 0), "E2EFD9")

    b.p("", space_after=6)
    an = b.table([
        [[("b", "ANSLAG/BEVIS")], None, None, None],
        ["Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", None, None, None],
        ["Organ", "Bildningsnämnden", None, None],
        ["Sammanträdesdatum", "2024-10-23", "Justeringsdatum", "2024-10-29"],
        ["Anslaget sätts upp", "2024-10-30", "Anslaget tas ned", "2024-11-21"],
        ["Förvaringsplats för protokollet", "Kommunhuset, Fjugesta", None, None],
        ["Underskrift", "", None, None],
    ], [3.8, 4.5, 3.8, 4.5], size=9)
    an.cell(0, 0).merge(an.cell(0, 3))
    an.cell(1, 0).merge(an.cell(1, 3))
    for r in (2, 5, 6):
        an.cell(r, 1).merge(an.cell(r, 3))
    b.sdt_inline(an.cell(6, 1).paragraphs[0], "Underskrift", "Klicka eller tryck här för att ange text.",
                 "placeholder")

    tabs = [(1.6, L), (5.4, L)]

    def head(number: str, dnr: str, title: str) -> None:
        b.p(f"§ {number}\tDnr {dnr}\t{title}", style="Heading 2", tabs=tabs, indent=5.4, hanging=5.4,
            keep_next=True, space_before=12, space_after=8)

    def sub(text: str, mark: str | None = None) -> None:
        b.p(text, style="Heading 3", keep_next=True, space_after=2)

    def bullets(texts: list[str]) -> None:
        n = b.num(20)
        for tx in texts:
            b.p(tx, num=n, space_after=2)

    # ---------------------------------------------------------------- § 41
    b.page_break()
    head("41", "BN 2024/96", "Delårsrapport per augusti 2024 för bildningsnämnden")
    sub("Sammanfattning")
    b.p("Förvaltningen har upprättat delårsrapport för perioden januari–augusti 2024. Bildningsnämnden "
        "prognostiserar ett underskott på 3,1 miljoner kronor för helåret, främst till följd av ökade kostnader för "
        "skolskjuts och tilläggsbelopp. Controller Johan Palm redogör för rapporten.")
    b.p("Delårsrapporten ska lämnas till kommunstyrelsen senast 2024-10-31 enligt anvisningarna för uppföljning "
        "som kommunfullmäktige beslutade 2023-11-28, § 117.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-10-08, förvaltningschef Cecilia Wester", space_after=0)
    b.p("Delårsrapport per augusti 2024")
    sub("Yrkande")
    b.p("Anna-Lena Tjärnström (C) yrkar bifall till förvaltningens förslag.")
    sub("Bildningsnämndens beslut")
    bullets(["att godkänna delårsrapporten per augusti 2024,",
             "att överlämna delårsrapporten till kommunstyrelsen."])
    sub("Beslutet skickas till")
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- § 42
    head("42", "BN 2024/71", "Yttrande över motion om avgiftsfri läxhjälp på fritidsgården")
    sub("Sammanfattning")
    b.p("Oskar Ferm (S) har i en motion, inlämnad 2024-04-15, föreslagit att kommunen ska erbjuda avgiftsfri "
        "läxhjälp på fritidsgården i Fjugesta två kvällar i veckan. Kommunstyrelsen har remitterat motionen till "
        "bildningsnämnden för yttrande (kommunstyrelsens dnr KS 2024/213).")
    b.p("Förvaltningen bedömer att läxhjälp redan erbjuds på Lekebergsskolan och att Studieförbundet Vuxenskolan "
        "driver en läxhjälpsgrupp i Fjugesta bibliotek. Förvaltningen föreslår att nämnden avstyrker motionen.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-09-30", space_after=0)
    b.p("Motion från Oskar Ferm (S), 2024-04-15", space_after=0)
    b.p("Kommunstyrelsens remiss 2024-06-04")
    sub("Yrkanden")
    b.p("Oskar Ferm (S) yrkar att bildningsnämnden tillstyrker motionen. Sara Björklund (V) och Ann-Christin "
        "Holm (S) instämmer.")
    b.p("Hampus Lindkvist (M) yrkar bifall till förvaltningens förslag att motionen avstyrks.")
    b.p([("del", "Leif Bratt (SD) instämmer i Hampus Lindkvists yrkande.")], mark="del")
    sub("Propositionsordning")
    b.p("Ordföranden ställer proposition på förvaltningens förslag och Oskar Ferms yrkande och finner att "
        "bildningsnämnden bifaller förvaltningens förslag. Omröstning begärs. Den som vill bifalla förvaltningens "
        "förslag röstar ja, den som vill bifalla Oskar Ferms yrkande röstar nej.")
    sub("Omröstning")
    voters = [("Anna-Lena Tjärnström", "C", 0), ("Mats Edlund", "S", 1), ("Ann-Christin Holm", "S", 1),
              ("Oskar Ferm", "S", 1), ("Hampus Lindkvist", "M", 0), ("Patrik Stål", "M", 0),
              ("Josefin Aho", "KD", 0), ("Leif Bratt", "SD", 0), ("Sara Björklund", "V", 1)]
    rows = [[[("b", "Ledamot/tjänstgörande ersättare")], [("b", "Parti")], [("b", "Omröstning")], None, None],
            [None, None, [("b", "Ja")], [("b", "Nej")], [("b", "Avstår")]]]
    for name, party, v in voters:
        rows.append([name, party] + ["X" if v == i else "" for i in range(3)])
    rows.append([[("b", "Summa")], "", [("b", "5")], [("b", "4")], [("b", "0")]])
    vt = b.table(rows, [6.0, 1.8, 1.6, 1.6, 1.6], size=9.5)
    vt.cell(0, 0).merge(vt.cell(1, 0))
    vt.cell(0, 1).merge(vt.cell(1, 1))
    vt.cell(0, 2).merge(vt.cell(0, 4))
    b.p("", space_after=2)
    b.p("Bildningsnämnden har alltså med 5 röster mot 4 beslutat enligt förvaltningens förslag.")
    sub("Bildningsnämndens beslut")
    b.p("Bildningsnämnden avstyrker motionen och överlämnar förvaltningens tjänsteskrivelse som sitt yttrande till "
        "kommunstyrelsen.")
    sub("Reservation")
    b.p(["Oskar Ferm (S), Mats Edlund (S), Ann-", ("del", "Kristin"), ("ins", "Christin"),
         " Holm (S) och Sara Björklund (V) reserverar sig mot beslutet till förmån för Oskar Ferms yrkande."])
    sub("Beslutet skickas till")
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- § 43
    head("43", "BN 2024/102", "Samverkansavtal om gymnasieutbildning med Örebro kommun 2025–2028")
    sub("Sammanfattning")
    b.p("Lekebergs kommun har ingen egen gymnasieskola. Sedan 2017 har kommunen ett samverkansavtal med Örebro "
        "kommun som ger ungdomar i Lekeberg samma rätt till plats på Örebro kommuns gymnasieskolor som ungdomar "
        "folkbokförda i Örebro. Förslaget till nytt samverkansavtal mellan Lekebergs kommun och Örebro kommun "
        "gäller 2025-01-01–2028-12-31. Programpriserna fastställs årligen av Örebro kommun enligt 16 kap. 50 § "
        "skollagen (2010:800).")
    b.p("Kumla kommun och Hallsbergs kommun har motsvarande avtal genom Sydnärkes utbildningsförbund och berörs inte "
        "av förslaget.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-10-03", space_after=0)
    b.p("Förslag till samverkansavtal 2024-09-27")
    sub("Yrkanden")
    b.p("Mats Edlund (S) yrkar bifall till förvaltningens förslag. Josefin Aho (KD) instämmer i Mats Edlunds "
        "yrkande.")
    b.p("Leif Bratt (SD) yrkar att avtalstiden begränsas till två år.")
    sub("Propositionsordning")
    b.p("Ordföranden ställer proposition på förvaltningens förslag mot Leif Bratts yrkande och finner att nämnden "
        "bifaller förvaltningens förslag.")
    sub("Bildningsnämndens beslut")
    bullets(["att godkänna samverkansavtalet med Örebro kommun om gymnasieutbildning för perioden 2025–2028,",
             "att uppdra åt förvaltningschefen att underteckna avtalet."])
    b.p([("ins", "Paragrafen förklaras omedelbart justerad.")], mark="ins")
    sub("Protokollsanteckning")
    b.p("Leif Bratt (SD) får antecknat till protokollet att Sverigedemokraterna vill att avtalet följs upp efter två "
        "år.")
    sub("Beslutet skickas till")
    b.p("Örebro kommun", space_after=0)
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- § 44
    head("44", "BN 2024/88",
         "Remissvar – Länsgemensam handlingsplan för barns och ungas psykiska hälsa i Örebro län")
    sub("Sammanfattning")
    para = b.p("Region Örebro län har skickat förslaget till länsgemensam handlingsplan för barns och ungas psykiska "
               "hälsa 2025–2027 på remiss till länets kommuner (Region Örebro läns dnr ")
    b.fill(para, [("cmt", "24RS4471", "Regionens dnr enligt missivet – stäm av mot diariet.", "Maria Lönn", "ML"),
                  "). Kommunstyrelsen har gett bildningsnämnden i uppdrag att besvara remissen för Lekebergs "
                  "kommuns räkning. Svaret ska lämnas senast 2024-11-15."])
    b.p("Förvaltningen ställer sig bakom handlingsplanen men framhåller att elevhälsans resurser inte räcker för "
        "de föreslagna insatserna.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-10-10", space_after=0)
    b.p("Förslag till remissvar 2024-10-10")
    sub("Yrkande")
    b.p("Ordföranden yrkar bifall till förvaltningens förslag till remissvar.")
    sub("Bildningsnämndens beslut")
    b.p("Bildningsnämnden antar förvaltningens förslag till remissvar och överlämnar det till Region Örebro län.")
    sub("Särskilt yttrande")
    b.p("Eva Widén (V) lämnar ett särskilt yttrande: ”Vänsterpartiet saknar konkreta åtgärder för elevhälsan i "
        "handlingsplanen.”")
    b.p("Ersättaren Lina Grahn (S) ställer sig bakom Eva Widéns särskilda yttrande.")
    sub("Beslutet skickas till")
    b.p("Region Örebro län")

    b.save(path, "Maria Lönn", "Bildningsnämndens protokoll 2024-10-23", dt.datetime(2024, 10, 29, 9, 45, 0), 5,
           "2024-10-29T09:30:00Z")


# ============================================================================================
# 3. Emmaboda kommun, Kommunstyrelsens arbetsutskott 2025-02-18 – protokollsutdrag, §§ 23–24
# The § headings are Heading 2 paragraphs with a direct w:numPr; their w:num restarts the "§ %1"
# list at 23 with a w:lvlOverride/w:startOverride (the abstract list starts at 1). First page: a
# layout table with a vertically merged name cell and a horizontally merged title. Header with
# PAGE/NUMPAGES and an inline content control ("Ärendestatus"); footer with PRINTDATE and FILENAME
# fields and the justering box as a Word frame (w:framePr). § 23: a tracked deletion of a whole
# decision point in the middle of a numbered list (the empty numbered paragraph stays in
# python-docx's view). § 24: återremiss vote in prose with names. Utdragsbestyrkande as a frame.
# ============================================================================================


def make_emmaboda(path: Path) -> None:
    b = Builder("Camilla Fors", "2025-02-20T14:05:00Z", font="Garamond", size=12)
    b.track_revisions()
    d = b.d
    for name, size in (("Heading 2", 13), ("Heading 3", 11.5)):
        st = d.styles[name]
        st.font.color.rgb = None
        st.font.name = "Arial"
        st.font.size = Pt(size)
    b.abstract(30, [dict(start=1, fmt="decimal", text="§ %1", suff="tab", left=1134, hanging=1134)])
    b.abstract(31, [dict(start=1, fmt="decimal", text="%1.", left=567, hanging=567)])
    par_num = b.num(30, start_override=23)

    sec = d.sections[0]
    header_lines(b, sec.header, [
        [("b", "EMMABODA KOMMUN"), "\tPROTOKOLLSUTDRAG\tSida ", ("fld", "PAGE", "1"), "(", ("fld", "NUMPAGES", "3"),
         ")"],
        ["Kommunstyrelsens arbetsutskott\tSammanträdesdatum\t2025-02-18"],
        ["\tÄrendestatus: ", ("sdt", "Ärendestatus", "Justerat")],
    ], [(8.0, L), (16.6, R)])
    fp = sec.footer.paragraphs[0]
    b.fill(fp, [("b", "Justerandes signatur"), "\n\n", ("b", "Utdragsbestyrkande")])
    for run in fp.runs:
        run.font.size = Pt(8)
    b.frame(fp, 4.5, "right")
    fp2 = sec.footer.add_paragraph()
    b.fill(fp2, ["Utskrivet ", ("fld", 'PRINTDATE \\@ "yyyy-MM-dd"', "2025-02-21"), "  ",
                 ("fld", "FILENAME", "KSAU 2025-02-18 utdrag.docx")])
    for run in fp2.runs:
        run.font.size = Pt(7)

    t = b.table([
        [[("b", "EMMABODA KOMMUN")], [("b", "PROTOKOLLSUTDRAG")], None, None],
        [None, "Kommunstyrelsens arbetsutskott", "Sammanträdesdatum", "2025-02-18"],
        [[("b", "Plats och tid")], "Kommunhuset, sammanträdesrum Kristallen, Emmaboda, tisdagen den 18 februari 2025 "
                                   "kl. 08.30–12.00", None, None],
        [[("b", "Beslutande")], [[("b", "Ledamöter")], "Johan Wikström (S), ordförande",
                                 "Gunilla Ek (C), vice ordförande", "Ola Svensson (S)", "Anders Mörk (M)",
                                 "Marita Hjelm (SD)"], None, None],
        [[("b", "Övriga närvarande")], ["Lars Kvist, kommunchef", "Helena Ahl, miljöstrateg, § 23",
                                         "Camilla Fors, nämndsekreterare"], None, None],
        [[("b", "Utses att justera")], "Anders Mörk (M)", None, None],
        [[("b", "Justeringens plats och tid")], "Kommunhuset, Emmaboda, 2025-02-20", None, None],
        [[("b", "Utdraget omfattar")], "§§ 23–24", None, None],
    ], [3.8, 6.2, 3.2, 3.4], size=10.5)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(0, 3))
    for r in range(2, 8):
        t.cell(r, 1).merge(t.cell(r, 3))
    b.shade(t.cell(0, 0), "FBE4D5")

    def head(title: str, dnr: str) -> None:
        para = b.p(title, style="Heading 2", keep_next=True, space_before=16, space_after=2)
        b.set_num(para, par_num)
        b.p(dnr, size=10, space_after=8)

    def sub(text: str) -> None:
        b.p(text, style="Heading 3", keep_next=True, space_after=2)

    # ---------------------------------------------------------------- § 23
    head("Yttrande över remiss – Regional handlingsplan för klimatanpassning i Kalmar län 2025–2030",
         "Dnr KS 2024-512")
    sub("Ärendet")
    b.p("Länsstyrelsen i Kalmar län har skickat förslaget till regional handlingsplan för klimatanpassning "
        "2025–2030 på remiss till kommunerna i länet (länsstyrelsens dnr 537-6021-2024). Enligt kommunstyrelsens "
        "delegationsordning yttrar sig arbetsutskottet över remisser av detta slag. Yttrandet ska ha kommit in "
        "senast 2025-02-28.")
    b.p("Handlingsplanen bygger på klimatscenarier från Sveriges meteorologiska och hydrologiska institut (SMHI). "
        "Förvaltningen föreslår att kommunen ställer sig bakom handlingsplanen men framhåller behovet av statlig "
        "finansiering av skyfallsåtgärder i Emmaboda tätort och i Vissefjärda. Miljöstrateg Helena Ahl redogör för "
        "förslaget.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-02-05", space_after=0)
    b.p("Förslag till yttrande 2025-02-05", space_after=0)
    b.p("Remiss från Länsstyrelsen i Kalmar län 2024-12-02")
    sub("Yrkande")
    b.p("Gunilla Ek (C) yrkar bifall till förvaltningens förslag.")
    para = b.p("", style="Heading 3", keep_next=True, space_after=2)
    b.fill(para, [("cmt", "Beslut", "Punkt 2 struken vid justeringen – uppdraget ska ges av kommunstyrelsen, inte av "
                                    "arbetsutskottet. /CF", "Camilla Fors", "CF")])
    n = b.num(31, start_override=1)
    b.p("Arbetsutskottet antar förvaltningens förslag till yttrande och överlämnar det till Länsstyrelsen i Kalmar "
        "län.", num=n)
    b.p([("del", "Kommunchefen får i uppdrag att ta fram en lokal handlingsplan för klimatanpassning.")], num=n,
        mark="del")
    b.p("Paragrafen justeras omedelbart.", num=n)
    sub("Beslutet skickas till")
    b.p("Länsstyrelsen i Kalmar län", space_after=0)
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- § 24
    head("Samverkansavtal med Lessebo kommun om alkohol- och tobakshandläggning", "Dnr KS 2025-021")
    sub("Ärendet")
    b.p("Emmaboda kommun köper sedan 2020 handläggning av serveringstillstånd och tillsyn enligt alkohollagen "
        "(2010:1622) och lagen (2018:2088) om tobak och liknande produkter av Nybro kommun. Nybro kommun har sagt "
        "upp avtalet, som upphör 2025-06-30.")
    b.p("Förvaltningen har förhandlat fram ett samverkansavtal mellan Emmaboda kommun och Lessebo kommun, där "
        "Lessebo kommun utför handläggningen från 2025-07-01. Emmaboda kommun betalar 480 000 kronor per år. Avtalet "
        "ingås med stöd av 9 kap. 37 § kommunallagen (2017:725).")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2025-02-07", space_after=0)
    b.p("Förslag till samverkansavtal")
    sub("Yrkanden")
    b.p("Ordföranden Johan Wikström (S) yrkar bifall till förvaltningens förslag.")
    b.p("Anders Mörk (M) yrkar att ärendet återremitteras för att pröva om handläggningen kan upphandlas gemensamt "
        "med fler kommuner i länet. Marita Hjelm (SD) instämmer i återremissyrkandet.")
    sub("Beslutsgång")
    b.p("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att "
        "det ska avgöras i dag. Omröstning begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill "
        "återremittera det röstar nej.")
    b.p("Med tre ja-röster (Johan Wikström, Gunilla Ek och Ola Svensson) mot två nej-röster (Anders Mörk och Marita "
        "Hjelm) beslutar arbetsutskottet att ärendet ska avgöras i dag.")
    b.p("Ordföranden ställer därefter proposition på förvaltningens förslag och finner att arbetsutskottet bifaller "
        "det.")
    sub("Beslut")
    b.p("Arbetsutskottet föreslår kommunstyrelsen besluta", space_after=2)
    n = b.num(31, start_override=1)
    b.p("Samverkansavtalet med Lessebo kommun om alkohol- och tobakshandläggning godkänns.", num=n)
    b.p("Avtalet gäller från och med 2025-07-01.", num=n)
    sub("Reservation")
    b.p("Anders Mörk (M) och Marita Hjelm (SD) reserverar sig mot beslutet att inte återremittera ärendet.")
    sub("Beslutet skickas till")
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- signatures and bestyrkande
    b.p("", space_after=10)
    b.table([
        [[("b", "Vid protokollet")], "……………………………………", "Camilla Fors"],
        [[("b", "Ordförande")], "……………………………………", "Johan Wikström"],
        [[("b", "Justerare")], "……………………………………", "Anders Mörk"],
    ], [4.0, 6.0, 6.6], style=None, borders=False, size=10.5)
    para = b.p([("b", "Utdragsbestyrkande"), "\nRätt utdraget intygar\n2025-02-21\nCamilla Fors, nämndsekreterare"],
               space_before=14, size=9)
    b.frame(para, 6.0, "left", 200)

    b.save(path, "Camilla Fors", "Protokollsutdrag KSAU 2025-02-18", dt.datetime(2025, 2, 21, 8, 10, 0), 4,
           "2025-02-20T14:00:00Z")


# ============================================================================================
# 4. Krokoms kommun, Socialnämnden 2024-11-27 – full protocol, §§ 96–99
# A Swedish Word template: the built-in heading styles have the styleIds "Rubrik1"/"Rubrik3" (their
# w:name stays "heading 1"/"heading 3"). First page: a layout table whose Beslutande row has two
# cells (Ledamöter left; Tjänstgörande ersättare and Ersättare right), a vertically merged
# "Underskrifter" label and "Paragrafer 96–99". The header's meeting date is a date content control;
# the justering box is a floating text box in the footer. Headings are typed "§ 96<TAB>Dnr …<TAB>Title"
# lines (Heading 1) with a hanging indent; § 98's title has a manual line break. § 96's decision
# sits inside a block-level content control ("Beslut"), outside python-docx's Document.paragraphs.
# § 97: a deleted avslagsyrkande and an inserted reservant; a Word comment explains both. § 98: a
# leftover MACROBUTTON placeholder field in Beslutsunderlag, återremiss vote in prose (6–2–1).
# ============================================================================================


def make_krokom(path: Path) -> None:
    b = Builder("Sandra Persson", "2024-12-03T13:40:00Z", font="Calibri", size=11)
    b.track_revisions()
    d = b.d
    for name, size in (("Heading 1", 12.5), ("Heading 3", 11)):
        st = d.styles[name]
        st.font.color.rgb = None
        st.font.name = "Calibri"
        st.font.size = Pt(size)
    b.rename_style_id("Heading1", "Rubrik1")
    b.rename_style_id("Heading3", "Rubrik3")
    b.rename_style_id("Heading1Char", "Rubrik1Char")
    b.rename_style_id("Heading3Char", "Rubrik3Char")
    b.abstract(40, [dict(start=1, fmt="decimal", text="%1.", left=567, hanging=567)])

    sec = d.sections[0]
    header_lines(b, sec.header, [
        [("b", "KROKOMS KOMMUN"), "\tSAMMANTRÄDESPROTOKOLL\tSida ", ("fld", "PAGE", "1"), " av ",
         ("fld", "NUMPAGES", "5")],
        ["Socialnämnden\tSammanträdesdatum: ", ("sdt", "Sammanträdesdatum", "2024-11-27", "date:2024-11-27")],
    ], [(8.3, C), (16.6, R)])
    fp = sec.footer.paragraphs[0]
    b.fill(fp, "Krokoms kommun · Box 34 · 835 21 Krokom")
    for run in fp.runs:
        run.font.size = Pt(8)
    b.text_box(fp, [("Justerandes sign", True), ("", False), ("", False), ("Utdragsbestyrkande", True)],
               x_emu=3700000, y_emu=-900000, w_emu=2300000, h_emu=820000, name="Textruta 3")

    t = b.table([
        [[("b", "KROKOMS KOMMUN")], [("b", "SAMMANTRÄDESPROTOKOLL")], None],
        [None, "Socialnämnden", "Sammanträdesdatum 2024-11-27"],
        [[("b", "Plats och tid")], "Kommunhuset, sammanträdesrum Ede, Krokom, onsdagen den 27 november 2024 "
                                   "kl. 09.00–15.10", None],
        [[("b", "Beslutande")],
         [[("b", "Ledamöter")], "Maria Jonsson (C), ordförande", "Erik Backlund (S), vice ordförande",
          "Annika Grönlund (S)", "Stig Eriksson (S)", "Lena Thyr (M)", "Johan Sandström (KD)", "Per Olofsson (SD)",
          "Kerstin Wiklund (V)"],
         [[("b", "Tjänstgörande ersättare")], "Lisa Öhman (SD) för Niklas Berg (SD)", "",
          [("b", "Ersättare")], "Tomas Hellqvist (C)", "Birgitta Sjödin (S)", "Ingela Rönnberg (M)"]],
        [[("b", "Övriga närvarande")], ["Malin Strand, socialchef", "Ove Dahlén, controller, § 96",
                                         "Jenny Mattsson, enhetschef, § 97", "Sandra Persson, nämndsekreterare"], None],
        [[("b", "Utses att justera")], "Lena Thyr (M)", None],
        [[("b", "Justeringens plats och tid")], "Kommunhuset, Krokom, tisdagen den 3 december 2024 kl. 13.00", None],
        [[("b", "Underskrifter")], ["Sekreterare", "……………………………………", "Sandra Persson"], "Paragrafer 96–99"],
        [None, ["Ordförande", "……………………………………", "Maria Jonsson"], None],
        [None, ["Justerare", "……………………………………", "Lena Thyr"], None],
    ], [3.6, 6.5, 6.5], size=10.5)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(0, 2))
    for r in (2, 4, 5, 6):
        t.cell(r, 1).merge(t.cell(r, 2))
    t.cell(7, 0).merge(t.cell(9, 0))
    t.cell(8, 2).merge(t.cell(9, 2))
    b.shade(t.cell(0, 1), "DEEAF6")

    b.p("", space_after=8)
    an = b.table([
        [[("b", "ANSLAG/BEVIS")], None],
        ["Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala anslagstavla.",
         None],
        ["Organ", "Socialnämnden"],
        ["Sammanträdesdatum", "2024-11-27"],
        ["Anslaget publiceras", "2024-12-04"],
        ["Anslaget tas ned", "2024-12-26"],
        ["Förvaringsplats för protokollet", "Kommunhuset, Krokom"],
    ], [6.0, 10.6], size=9.5)
    an.cell(0, 0).merge(an.cell(0, 1))
    an.cell(1, 0).merge(an.cell(1, 1))

    tabs = [(1.4, L), (5.2, L)]

    def head(number: str, dnr: str, title: str) -> None:
        b.p(f"§ {number}\tDnr {dnr}\t{title}", style="Heading 1", tabs=tabs, indent=5.2, hanging=5.2,
            keep_next=True, space_before=14, space_after=8)

    def sub(text: str) -> None:
        b.p(text, style="Heading 3", keep_next=True, space_after=2)

    def items(texts: list[str]) -> None:
        n = b.num(40, start_override=1)
        for tx in texts:
            b.p(tx, num=n, space_after=2)

    # ---------------------------------------------------------------- § 96
    b.page_break()
    head("96", "SN 2024/0012", "Månadsuppföljning oktober 2024")
    sub("Ärendebeskrivning")
    b.p("Controller Ove Dahlén redovisar det ekonomiska utfallet till och med oktober 2024. Socialnämnden "
        "prognostiserar ett underskott på 6,4 miljoner kronor för helåret. Underskottet beror främst på placeringar "
        "av barn och unga enligt lagen (1990:52) med särskilda bestämmelser om vård av unga och på ökade kostnader "
        "för hemtjänsten i Föllinge och Hotagen.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-11-14", space_after=0)
    b.p("Månadsuppföljning oktober 2024")
    sub("Beslut")
    dec = b.p("Socialnämnden godkänner månadsuppföljningen för oktober 2024 och lägger den till handlingarna.")
    b.sdt_block(dec, "Beslut")

    # ---------------------------------------------------------------- § 97
    head("97", "SN 2024/0207", "Idéburet offentligt partnerskap med Kvinno- och tjejjouren Jämtland 2025–2027")
    sub("Ärendebeskrivning")
    b.p("Kvinno- och tjejjouren Jämtland ger stöd till våldsutsatta kvinnor och barn i Krokoms kommun, Östersunds "
        "kommun och Bergs kommun. Förvaltningen föreslår att ett idéburet offentligt partnerskap (IOP) mellan "
        "socialnämnden och Kvinno- och tjejjouren Jämtland ingås för perioden 2025-01-01–2027-12-31.")
    b.p("Överenskommelsen innebär att föreningen får ett årligt bidrag på 650 000 kronor och ansvarar för skyddat "
        "boende och stödsamtal. Östersunds kommun och Bergs kommun tecknar egna överenskommelser med föreningen. "
        "Enhetschef Jenny Mattsson redogör för ärendet.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-11-08", space_after=0)
    b.p("Förslag till IOP-överenskommelse", space_after=0)
    b.p("Verksamhetsberättelse 2023 från Kvinno- och tjejjouren Jämtland")
    sub("Yrkanden")
    b.p("Erik Backlund (S) yrkar bifall till förvaltningens förslag. Kerstin Wiklund (V) och Johan Sandström (KD) "
        "instämmer.")
    b.p([("del", "Per Olofsson (SD) yrkar avslag på förslaget.")], mark="del")
    sub("Beslutsgång")
    b.p("Ordföranden ställer proposition på förvaltningens förslag och finner att socialnämnden bifaller det.")
    sub("Beslut")
    items([
        "Socialnämnden ingår ett idéburet offentligt partnerskap med Kvinno- och tjejjouren Jämtland för perioden "
        "2025–2027 enligt förslaget.",
        "Bidraget, 650 000 kronor per år, finansieras inom ramen för individ- och familjeomsorgens budget.",
        "Socialchefen får i uppdrag att underteckna överenskommelsen.",
    ])
    sub("Reservation")
    para = b.p([("ins", "Per Olofsson (SD) och ")])
    b.fill(para, [("cmt", "Lisa Öhman (SD) reserverar sig mot beslutet.",
                   "Vid justeringen: Per Olofsson yrkade inte avslag men reserverade sig. Ändrat 2024-12-03.",
                   "Sandra Persson", "SP")])
    sub("Beslutet skickas till")
    b.p("Kvinno- och tjejjouren Jämtland")

    # ---------------------------------------------------------------- § 98
    head("98", "SN 2024/0198",
         "Yttrande över remiss – Regional handlingsplan för\nsuicidprevention i Jämtlands län 2025–2030")
    sub("Ärendebeskrivning")
    b.p("Region Jämtland Härjedalen har skickat förslaget till regional handlingsplan för suicidprevention "
        "2025–2030 på remiss till länets kommuner (regionens dnr RS/1642/2024). Kommunstyrelsen har överlämnat "
        "remissen till socialnämnden för beredning och svar. Svaret ska vara regionen tillhanda senast 2024-12-13.")
    b.p("Handlingsplanen bygger på Folkhälsomyndighetens nationella strategi för suicidprevention. Förvaltningen "
        "föreslår att nämnden tillstyrker förslaget men påpekar att kommunernas kostnader för utbildning av personal "
        "inte är beräknade.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-11-12", space_after=0)
    b.p("Förslag till yttrande 2024-11-12", space_after=0)
    para = b.p("Missiv från Region Jämtland Härjedalen, ")
    b.macrobutton(para, "[Ange datum]")
    sub("Yrkanden")
    b.p("Ordföranden Maria Jonsson (C) yrkar bifall till förvaltningens förslag.")
    b.p("Lena Thyr (M) yrkar att ärendet återremitteras för att yttrandet ska kompletteras med synpunkter från "
        "elevhälsan. Johan Sandström (KD) instämmer i återremissyrkandet.")
    sub("Beslutsgång")
    b.p("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att "
        "det ska avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill att "
        "det återremitteras röstar nej.")
    b.p("Omröstningen utfaller med 6 ja-röster mot 2 nej-röster. En ledamot avstår från att rösta. Hur var och en "
        "har röstat framgår av bilaga 1.")
    b.p("Ordföranden ställer därefter proposition på förvaltningens förslag och finner att socialnämnden bifaller "
        "det.")
    sub("Beslut")
    b.p("Socialnämnden antar förvaltningens förslag till yttrande och överlämnar det till Region Jämtland "
        "Härjedalen.")
    sub("Reservation")
    b.p("Lena Thyr (M) och Johan Sandström (KD) reserverar sig till förmån för återremissyrkandet.")
    sub("Särskilt yttrande")
    b.p("Kerstin Wiklund (V) lämnar ett särskilt yttrande, bilaga 2.")
    b.p("Ersättaren Birgitta Sjödin (S) instämmer i Kerstin Wiklunds särskilda yttrande.")
    sub("Beslutet skickas till")
    b.p("Region Jämtland Härjedalen", space_after=0)
    b.p("Kommunstyrelsen")

    # ---------------------------------------------------------------- § 99
    head("99", "SN 2024/0219", "Riktlinjer för ekonomiskt bistånd 2025")
    sub("Ärendebeskrivning")
    b.p("Riksnormen för 2025 är fastställd. Förvaltningen har reviderat nämndens riktlinjer för "
        "ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen (2001:453). De reviderade riktlinjerna ska gälla "
        "från 2025-01-01. Nämndens nuvarande riktlinjer antogs 2023-12-13, § 142.")
    sub("Beslutsunderlag")
    b.p("Tjänsteskrivelse 2024-11-15", space_after=0)
    b.p("Riktlinjer för ekonomiskt bistånd, reviderade 2024-11-15")
    sub("Yrkande")
    b.p("Annika Grönlund (S) yrkar bifall till förvaltningens förslag.")
    sub("Beslut")
    items([
        "Socialnämnden antar riktlinjerna för ekonomiskt bistånd att gälla från 2025-01-01.",
        "Riktlinjerna antagna 2023-12-13, § 142, upphör att gälla samma dag.",
        "Paragrafen justeras omedelbart.",
    ])
    sub("Protokollsanteckning")
    b.p("Per Olofsson (SD) antecknar till protokollet att Sverigedemokraterna vill se tydligare krav på "
        "motprestation för den som får ekonomiskt bistånd.")

    b.save(path, "Sandra Persson", "Socialnämndens protokoll 2024-11-27", dt.datetime(2024, 12, 3, 13, 50, 0), 6,
           "2024-12-03T13:45:00Z")


# ============================================================================================
# 5. Bjurholms kommun, Kommunfullmäktige 2025-03-24 – protokollsutdrag, KF §§ 14–15
# The Heading 2 style is linked to a numbering definition "KF § %1" starting at 14, so the headings'
# runs hold only the titles. A REF field with the \r switch (cached "KF § 14") points at a bookmark
# on the § 14 heading from the voting list caption. First page: a layout table with a vertically
# merged name cell; Ordförande, Sekreterare and Justerare as label rows. § 14: a roll-call table
# with a merged two-row header and a Summa row; the prose count was corrected with tracked changes
# (w:del "8", w:ins "7"). § 15: a comment. The footer holds two content controls that still show
# their placeholder text. Signatures and Utdragsbestyrkande at the end.
# ============================================================================================


def make_bjurholm(path: Path) -> None:
    b = Builder("Therese Nyström", "2025-03-27T10:10:00Z", font="Times New Roman", size=12)
    b.track_revisions()
    d = b.d
    for name, size in (("Heading 2", 13), ("Heading 3", 12)):
        st = d.styles[name]
        st.font.color.rgb = None
        st.font.name = "Arial"
        st.font.size = Pt(size)
    b.abstract(50, [dict(start=14, fmt="decimal", pstyle="Heading2", suff="tab", text="KF § %1", left=1418,
                         hanging=1418)])
    b.abstract(51, [dict(start=1, fmt="decimal", text="%1.", left=567, hanging=567)])
    b.link_style_to_numbering("Heading 2", b.num(50))

    sec = d.sections[0]
    header_lines(b, sec.header, [
        [("b", "BJURHOLMS KOMMUN"), "\tPROTOKOLLSUTDRAG\tSida ", ("fld", "PAGE", "1"), " (", ("fld", "NUMPAGES", "4"),
         ")"],
        ["Kommunfullmäktige\t\t2025-03-24"],
    ], [(8.3, C), (16.6, R)])
    fp = sec.footer.paragraphs[0]
    b.fill(fp, [("b", "Justerandes signatur "), ("sdt", "Justerandes signatur",
                                                  "Klicka eller tryck här för att ange text.", "placeholder"),
                "\t", ("b", "Utdragsbestyrkande "), ("sdt", "Utdragsbestyrkande",
                                                      "Klicka eller tryck här för att ange text.", "placeholder")])
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(9.0), L)
    for run in fp.runs:
        run.font.size = Pt(8)

    t = b.table([
        [[("b", "BJURHOLMS KOMMUN")], [("b", "PROTOKOLLSUTDRAG")], "Sammanträdesdatum"],
        [None, "Kommunfullmäktige", "2025-03-24"],
        [[("b", "Plats och tid")], "Folkets hus, Bjurholm, måndagen den 24 mars 2025 kl. 18.00–20.45", None],
        [[("b", "Beslutande")], "Se närvarolista, bilaga 1", None],
        [[("b", "Ordförande")], "Lars-Olov Hägglund (C)", None],
        [[("b", "Sekreterare")], "Therese Nyström, kommunsekreterare", None],
        [[("b", "Justerare")], "Ingrid Burman (S) och Jonny Sundqvist (M)", None],
        [[("b", "Justeringens plats och tid")], "Kommunkontoret, Bjurholm, torsdagen den 27 mars 2025", None],
        [[("b", "Utdraget omfattar")], "KF §§ 14–15", None],
    ], [4.2, 7.0, 5.4], size=11)
    t.cell(0, 0).merge(t.cell(1, 0))
    for r in range(2, 9):
        t.cell(r, 1).merge(t.cell(r, 2))
    b.shade(t.cell(0, 0), "E7E6E6")

    def sub(text: str) -> None:
        b.p(text, style="Heading 3", keep_next=True, space_after=2)

    def items(texts: list[str]) -> None:
        n = b.num(51, start_override=1)
        for tx in texts:
            b.p(tx, num=n, space_after=2)

    # ---------------------------------------------------------------- KF § 14
    para = b.p("", style="Heading 2", keep_next=True, space_before=18, space_after=2)
    b.fill(para, [("bm", "_Ref193311874", "Borgensram för AB Bjurholmshem")])
    b.p("Dnr KS 2024/187", size=10, space_after=8)
    sub("Ärendebeskrivning")
    b.p("AB Bjurholmshem, som ägs helt av Bjurholms kommun, har i en skrivelse 2025-01-20 begärt att kommunen "
        "utökar borgensramen för bolagets lån med 18 miljoner kronor. Lånen ska finansiera energieffektivisering av "
        "bostäderna på Strömåsen och i Agnäs. Bolagets nuvarande borgensram är 62 miljoner kronor enligt "
        "kommunfullmäktiges beslut 2021-06-14, § 33.")
    b.p("Lånen tas upp hos Kommuninvest i Sverige AB. Kommunstyrelsen behandlade ärendet 2025-03-04, § 41, och "
        "föreslår att borgensramen utökas.")
    sub("Beslutsunderlag")
    b.p("Kommunstyrelsens beslut 2025-03-04, § 41", space_after=0)
    b.p("Tjänsteskrivelse 2025-02-17", space_after=0)
    b.p("Skrivelse från AB Bjurholmshem 2025-01-20")
    sub("Yrkanden")
    b.p("Kommunstyrelsens ordförande Anders Lindberg (S) yrkar bifall till kommunstyrelsens förslag.")
    b.p("Jonny Sundqvist (M) yrkar att borgensramen utökas med 12 miljoner kronor i stället för 18 miljoner kronor. "
        "Margareta Edin (KD) instämmer i Jonny Sundqvists yrkande.")
    sub("Propositionsordning")
    b.p("Ordföranden ställer proposition på kommunstyrelsens förslag och Jonny Sundqvists yrkande och finner att "
        "kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs.")
    b.p("Kommunfullmäktige godkänner följande voteringsordning: ja-röst för kommunstyrelsens förslag, nej-röst för "
        "Jonny Sundqvists yrkande.")
    sub("Omröstningsresultat")
    b.p(["Omröstningen utfaller med 13 ja-röster mot ", ("del", "8"), ("ins", "7"),
         " nej-röster. 1 ledamot avstår. Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag."])
    cap = b.p("Voteringslista till ", size=10, space_after=2)
    b.field(cap, "REF _Ref193311874 \\r \\h", "KF § 14")
    members = [
        ("Lars-Olov Hägglund", "C", 0), ("Anders Lindberg", "S", 0), ("Ingrid Burman", "S", 0),
        ("Roger Strömgren", "S", 0), ("Karin Norlin", "S", 0), ("Patrik Ek", "S", 0), ("Lena Sjöberg", "S", 0),
        ("Bengt Ågren", "S", 0), ("Eva Holmlund", "C", 0), ("Tomas Brännström", "C", 0),
        ("Sofia Eriksson", "C", 0), ("Nils Vesterlund", "C", 0), ("Hanna Forsberg", "V", 0),
        ("Jonny Sundqvist", "M", 1), ("Sven-Åke Lind", "M", 1), ("Maria Lundgren", "M", 1),
        ("Margareta Edin", "KD", 1), ("Ulf Wallin", "KD", 1), ("Peter Nordlund", "SD", 1),
        ("Jenny Åström", "SD", 1), ("Mikael Öberg", "L", 2),
    ]
    rows = [[[("b", "Namn")], [("b", "Parti")], [("b", "Voteringsresultat")], None, None],
            [None, None, [("b", "Ja")], [("b", "Nej")], [("b", "Avstår")]]]
    for name, party, v in members:
        rows.append([name, party] + ["X" if v == i else "" for i in range(3)])
    rows.append([[("b", "Summa")], "", [("b", "13")], [("b", "7")], [("b", "1")]])
    vt = b.table(rows, [6.0, 1.8, 1.6, 1.6, 1.6], size=10)
    vt.cell(0, 0).merge(vt.cell(1, 0))
    vt.cell(0, 1).merge(vt.cell(1, 1))
    vt.cell(0, 2).merge(vt.cell(0, 4))
    b.p("", space_after=2)
    sub("Beslut")
    b.p("Kommunfullmäktige beslutar", space_after=2)
    items([
        "att utöka borgensramen för AB Bjurholmshem med 18 miljoner kronor till 80 miljoner kronor,",
        "att borgen tecknas såsom för egen skuld för bolagets lån hos Kommuninvest i Sverige AB,",
        "att borgensavgiften ska vara 0,35 procent av utnyttjad borgen.",
    ])
    sub("Reservation")
    b.p("Jonny Sundqvist (M), Margareta Edin (KD) och Sven-Åke Lind (M) reserverar sig mot beslutet till förmån "
        "för Jonny Sundqvists yrkande.")
    sub("Beslutet skickas till")
    b.p("AB Bjurholmshem", space_after=0)
    b.p("Kommuninvest i Sverige AB")

    # ---------------------------------------------------------------- KF § 15
    b.p("Samverkansavtal med Vännäs kommun om gemensam löneadministration", style="Heading 2", keep_next=True,
        space_before=18, space_after=2)
    b.p("Dnr KS 2024/203", size=10, space_after=8)
    sub("Ärendebeskrivning")
    para = b.p("Bjurholms kommun köper i dag lönetjänster av ")
    b.fill(para, [("cmt", "Umeå kommun", "Stämmer uppsägningsdatumet? Avtalet sades upp i augusti. /TN",
                   "Therese Nyström", "TN"),
                  " genom ett avtal som löper ut 2025-08-31. Kommunstyrelsen föreslår att kommunen i stället ingår "
                  "ett samverkansavtal med Vännäs kommun, där Vännäs kommun som värdkommun sköter "
                  "löneadministrationen för båda kommunerna från 2025-09-01."])
    b.p("Avtalet ingås med stöd av 9 kap. 37 § kommunallagen (2017:725). Kostnaden beräknas till 1,1 miljoner "
        "kronor per år. Kommunstyrelsen behandlade ärendet 2025-03-04, § 44.")
    sub("Beslutsunderlag")
    b.p("Kommunstyrelsens beslut 2025-03-04, § 44", space_after=0)
    b.p("Tjänsteskrivelse 2025-02-19", space_after=0)
    b.p("Förslag till samverkansavtal 2025-02-12")
    sub("Yrkande")
    b.p("Anders Lindberg (S) yrkar bifall till kommunstyrelsens förslag. Eva Holmlund (C) instämmer.")
    sub("Beslut")
    b.p("Kommunfullmäktige godkänner samverkansavtalet med Vännäs kommun om gemensam löneadministration.")
    sub("Särskilt yttrande")
    b.p("Peter Nordlund (SD) lämnar för Sverigedemokraternas fullmäktigegrupp ett särskilt yttrande, bilaga 2.")
    sub("Beslutet skickas till")
    b.p("Vännäs kommun", space_after=0)
    b.p("Umeå kommun")

    # ---------------------------------------------------------------- signatures
    b.p("", space_after=12)
    b.table([
        [[("b", "Ordförande")], [("b", "Justerare")], [("b", "Justerare")]],
        ["……………………………", "……………………………", "……………………………"],
        ["Lars-Olov Hägglund", "Ingrid Burman", "Jonny Sundqvist"],
    ], [5.5, 5.5, 5.6], style=None, borders=False, size=11)
    b.p("", space_after=8)
    b.p([("b", "Utdragsbestyrkande")], space_after=0)
    b.p("Rätt utdraget intygar, Bjurholm 2025-03-28", space_after=0)
    b.p("Therese Nyström, kommunsekreterare")

    b.save(path, "Therese Nyström", "Protokollsutdrag KF 2025-03-24", dt.datetime(2025, 3, 28, 9, 0, 0), 3,
           "2025-03-27T10:05:00Z")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    make_finspang(DOCS / "finspang-ks-2025-04-09-protokoll.docx")
    make_lekeberg(DOCS / "lekeberg-bn-2024-10-23-protokoll.docx")
    make_emmaboda(DOCS / "emmaboda-ksau-2025-02-18-protokollsutdrag.docx")
    make_krokom(DOCS / "krokom-sn-2024-11-27-protokoll.docx")
    make_bjurholm(DOCS / "bjurholm-kf-2025-03-24-protokollsutdrag.docx")


if __name__ == "__main__":
    main()
