"""The DOCX report in the layout of Nghị định 30/2020/NĐ-CP.

A4; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman (Word
users have it; LibreOffice on Linux substitutes the metric twin Liberation Serif);
body 14 pt, justified, first-line indent 1,27 cm, single-to-1.5 spacing; the
header block as a borderless two-column table with widths that keep the national
title on one line; page numbers centred in the top margin from page 2.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ktxh.report.charts import chart_png
from ktxh.report.context import ReportContext, SectionContext, TableContext
from ktxh.report.writers.paragraphs import group_segments, paragraph_groups

FONT = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13
TABLE_PT = 11
LINE_SPACING = 1.15
HEADER_COLUMNS_MM = (62, 103)  # the text width is 165 mm; 103 mm holds the national title at 13 pt
CHART_WIDTH_CM = 16
TABLE_COLUMNS_MM = (55, 18, 18, 20, 18, 18, 18)  # Chỉ tiêu gets the room; the numbers fit 18 mm
TABLE_TEXT_STYLE = "ReportTableText"
TABLE_NUMBER_STYLE = "ReportTableNumber"
FLAG_RUN = '<w:i/><w:color w:val="A00000"/>'  # a flag of the checks: red italics
TABLE_GRID_STYLE = "TableGrid"  # the style id of "Table Grid" in python-docx's default template


def render_docx(context: ReportContext) -> bytes:
    doc = Document()
    page_setup(doc)
    body_style(doc)
    table_styles(doc)
    header_block(doc, context)
    title_block(doc, context)
    write_body(doc, context)
    write_charts(doc, context)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def page_setup(doc: DocumentObject) -> None:
    """A4 portrait, the decree's margins, and page numbers on every page but the first."""
    sec = doc.sections[0]
    sec.start_type = WD_SECTION_START.NEW_PAGE
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.different_first_page_header_footer = True
    para = sec.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(para)


def _page_field(paragraph: Paragraph) -> None:
    """A PAGE field: Word and LibreOffice fill in the number of each page."""
    run = paragraph.add_run()
    _font(run, HEADER_PT)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def body_style(doc: DocumentObject) -> None:
    """Normal: Times New Roman 14 pt for every script, justified, first-line indent, 6 pt after."""
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    fmt = style.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.27)
    fmt.line_spacing = LINE_SPACING
    fmt.space_after = Pt(6)


def table_styles(doc: DocumentObject) -> None:
    """Paragraph styles for table cells, so each of the many cells needs no formatting of its own."""
    from docx.enum.style import WD_STYLE_TYPE

    for name, align in ((TABLE_TEXT_STYLE, WD_ALIGN_PARAGRAPH.LEFT), (TABLE_NUMBER_STYLE, WD_ALIGN_PARAGRAPH.RIGHT)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = name
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(TABLE_PT)
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.first_line_indent = Cm(0)
        fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0


def _font(run: object, size: float, bold: bool = False, italic: bool = False) -> None:
    f = run.font  # type: ignore[attr-defined]
    f.name, f.size, f.bold, f.italic = FONT, Pt(size), bold, italic


def _plain(paragraph: Paragraph, align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER) -> Paragraph:
    """A paragraph outside the body flow: no indent, no space after."""
    paragraph.alignment = align
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


def header_block(doc: DocumentObject, context: ReportContext) -> None:
    """Issuing body and number on the left; national title, motto and date on the right."""
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_cell, right_cell = table.rows[0].cells
    for cell, width in zip((left_cell, right_cell), HEADER_COLUMNS_MM, strict=True):
        cell.width = Mm(width)
    _set_grid(table, HEADER_COLUMNS_MM)
    _lines(left_cell, [(context.issuer, True, False), ("", False, False), (context.number_line, False, False)])
    _lines(
        right_cell,
        [(context.national_title, True, False), (context.motto, True, False), (context.place_date, False, True)],
    )


def _set_grid(table: Table, widths_mm: tuple[int, ...]) -> None:
    """Column widths in the table grid too: LibreOffice reads the grid, Word the cells."""
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(int(Mm(width).twips)))


def _lines(cell: object, lines: list[tuple[str, bool, bool]]) -> None:
    first = True
    for text, bold, italic in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        _plain(para)
        _font(para.add_run(text), HEADER_PT, bold=bold, italic=italic)


def title_block(doc: DocumentObject, context: ReportContext) -> None:
    para = _plain(doc.add_paragraph())
    para.paragraph_format.space_before = Pt(12)
    _font(para.add_run(context.title), BODY_PT, bold=True)
    para = _plain(doc.add_paragraph())
    para.paragraph_format.space_after = Pt(12)
    _font(para.add_run(context.subject), BODY_PT, bold=True)


def write_body(doc: DocumentObject, context: ReportContext) -> None:
    """Every section as WordprocessingML text, parsed once and placed before the section settings.

    python-docx builds a document one element at a time, looking up styles and schema
    order at each step; writing the markup of ~300 paragraphs and ~20 tables as text
    and parsing it once takes a fraction of that time.
    """
    xml = "".join(section_xml(section) for section in context.sections)
    fragment = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    body = doc.element.body
    anchor = body.sectPr  # the last child of the body must stay the section settings
    for element in list(fragment):
        if anchor is None:
            body.append(element)
        else:
            anchor.addprevious(element)


def section_xml(section: SectionContext) -> str:
    """A section's heading, a paragraph a figure (flags in red italics) and its table."""
    emphasis = "<w:b/><w:i/>" if section.depth >= 2 else "<w:b/>"
    out = [f"<w:p><w:pPr><w:keepNext/></w:pPr>{_run_xml(section.heading, emphasis)}</w:p>"]
    for group in paragraph_groups(section.figures):
        runs = "".join(_run_xml(seg.text, FLAG_RUN if seg.flag is not None else "") for seg in group_segments(group))
        out.append(f"<w:p>{runs}</w:p>")
    if section.table is not None:
        out.append(table_xml(section.table))
    return "".join(out)


def _run_xml(text: str, properties: str = "") -> str:
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""


def table_xml(table_ctx: TableContext) -> str:
    """A Word table: caption above, bold header row repeated on each page, numbers right-aligned, parts in italics.

    Fixed column widths from the grid: cheaper than a width on every cell, and read by Word and LibreOffice.
    """
    caption_size = f'<w:b/><w:sz w:val="{2 * (TABLE_PT + 1)}"/><w:szCs w:val="{2 * (TABLE_PT + 1)}"/>'
    caption = (
        '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
        f"{_run_xml(table_ctx.caption, caption_size)}</w:p>"
    )
    grid = "".join(f'<w:gridCol w:w="{int(Mm(w).twips)}"/>' for w in TABLE_COLUMNS_MM)
    props = (
        f'<w:tblPr><w:tblStyle w:val="{TABLE_GRID_STYLE}"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
    )
    rows = [_row_xml([(c, TABLE_TEXT_STYLE, "b") for c in table_ctx.columns], header=True)]
    for row in table_ctx.rows:
        cells = row.cells()
        styled = [(cells[0], TABLE_TEXT_STYLE, "i" if row.depth else ""), (cells[1], TABLE_TEXT_STYLE, "")]
        styled += [(c, TABLE_NUMBER_STYLE, "") for c in cells[2:]]
        rows.append(_row_xml(styled))
    after = '<w:p><w:pPr><w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:p>'
    return f"{caption}<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>{after}"


def _row_xml(cells: list[tuple[str, str, str]], header: bool = False) -> str:
    """A <w:tr> of paragraphs in a table style; `emphasis` "b" or "i" for bold or italic text."""
    out = ["<w:tr>", "<w:trPr><w:tblHeader/></w:trPr>" if header else ""]
    for text, style, emphasis in cells:
        run = _run_xml(text, f"<w:{emphasis}/>" if emphasis else "")
        out.append(f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run}</w:p></w:tc>')
    out.append("</w:tr>")
    return "".join(out)


def write_charts(doc: DocumentObject, context: ReportContext) -> None:
    if not context.charts:
        return
    heading = doc.add_paragraph()
    _font(heading.add_run(context.labels.get("charts_heading", "")), BODY_PT, bold=True)
    for chart in context.charts:
        para = _plain(doc.add_paragraph())
        para.add_run().add_picture(io.BytesIO(chart_png(chart)), width=Cm(CHART_WIDTH_CM))
