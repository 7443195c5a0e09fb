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
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from ktxh.report.charts import chart_png
from ktxh.report.context import ReportContext, SectionContext, TableContext
from ktxh.report.writers.paragraphs import figure_segments

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
FLAG_COLOR = RGBColor(0xA0, 0x00, 0x00)


def render_docx(context: ReportContext) -> bytes:
    doc = Document()
    page_setup(doc)
    body_style(doc)
    table_styles(doc)
    header_block(doc, context)
    title_block(doc, context)
    for section in context.sections:
        write_section(doc, section)
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


def write_section(doc: DocumentObject, section: SectionContext) -> None:
    heading = doc.add_paragraph()
    heading.paragraph_format.keep_with_next = True
    _font(heading.add_run(section.heading), BODY_PT, bold=True, italic=section.depth >= 2)
    for fig in section.figures:
        para = doc.add_paragraph()
        for seg in figure_segments(fig):
            run = para.add_run(seg.text)
            if seg.flag is not None:
                run.font.italic = True
                run.font.color.rgb = FLAG_COLOR
    if section.table is not None:
        write_table(doc, section.table)


def write_table(doc: DocumentObject, table_ctx: TableContext) -> None:
    """A Word table: caption above, bold header row, numbers right-aligned, parts in italics."""
    caption = _plain(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT)
    caption.paragraph_format.keep_with_next = True
    _font(caption.add_run(table_ctx.caption), TABLE_PT + 1, bold=True)
    table = doc.add_table(rows=0, cols=len(table_ctx.columns))
    table.style = "Table Grid"
    _fixed_layout(table, TABLE_COLUMNS_MM)
    rows = [_row_xml([(c, TABLE_TEXT_STYLE, "b") for c in table_ctx.columns], header=True)]
    for row in table_ctx.rows:
        cells = row.cells()
        styled = [(cells[0], TABLE_TEXT_STYLE, "i" if row.depth else ""), (cells[1], TABLE_TEXT_STYLE, "")]
        styled += [(c, TABLE_NUMBER_STYLE, "") for c in cells[2:]]
        rows.append(_row_xml(styled))
    # one parse per table: python-docx adds cells one element at a time, which is slow for long tables
    fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
    for tr in list(fragment):
        table._tbl.append(tr)
    _plain(doc.add_paragraph())


def _row_xml(cells: list[tuple[str, str, str]], header: bool = False) -> str:
    """A <w:tr> of paragraphs in a table style; `emphasis` "b" or "i" for bold or italic text."""
    out = ["<w:tr>", "<w:trPr><w:tblHeader/></w:trPr>" if header else ""]
    for text, style, emphasis in cells:
        rpr = f"<w:rPr><w:{emphasis}/></w:rPr>" if emphasis else ""
        run = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
        out.append(f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run}</w:p></w:tc>')
    out.append("</w:tr>")
    return "".join(out)


def _fixed_layout(table: Table, widths_mm: tuple[int, ...]) -> None:
    """Fixed column widths from the grid: cheaper than a width on every cell, and read by Word and LibreOffice."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    _set_grid(table, widths_mm)


def write_charts(doc: DocumentObject, context: ReportContext) -> None:
    if not context.charts:
        return
    heading = doc.add_paragraph()
    _font(heading.add_run(context.labels.get("charts_heading", "")), BODY_PT, bold=True)
    for chart in context.charts:
        para = _plain(doc.add_paragraph())
        para.add_run().add_picture(io.BytesIO(chart_png(chart)), width=Cm(CHART_WIDTH_CM))
