"""The plain-text report: header block, numbered sections, a paragraph a figure, each section's table.

`render_with_anchors` also returns where each stored figure's anchor number stands in
the text, which is how the round trip through `ktxh extract` is checked.
"""

from __future__ import annotations

from ktxh.report.context import ReportContext, SectionContext, TableContext
from ktxh.report.writers.paragraphs import group_paragraph, paragraph_groups

HEADER_WIDTH = 48  # characters of the left column of the header block


def render_txt(context: ReportContext) -> str:
    return render_with_anchors(context)[0]


def render_with_anchors(context: ReportContext) -> tuple[str, dict[int, int]]:
    """The report's text and, per observation id, the offset of its anchor number in it."""
    out: list[str] = header_block(context)
    anchors: dict[int, int] = {}
    for section in context.sections:
        out.append(section.heading)
        for group in paragraph_groups(section.figures):
            paragraph = group_paragraph(group)
            start = _offset(out)
            anchors.update({obs: start + at for obs, at in paragraph.anchors.items()})
            out.append(paragraph.text)
        if section.table is not None:
            out.extend(table_lines(section.table))
    return "\n\n".join(out) + "\n", anchors


def _offset(blocks: list[str]) -> int:
    """Where the next block starts once the blocks are joined by blank lines."""
    return sum(len(b) for b in blocks) + 2 * len(blocks)


def header_block(context: ReportContext) -> list[str]:
    left = [context.issuer, "", context.number_line]
    right = [context.national_title, context.motto, context.place_date]
    lines = "\n".join(f"{a:<{HEADER_WIDTH}}{b}".rstrip() for a, b in zip(left, right, strict=True))
    return [lines, context.title, context.subject]


def table_lines(table: TableContext) -> list[str]:
    """The table as one block of " | "-separated lines, parts indented under their whole."""
    rows = [" | ".join(table.columns)]
    for row in table.rows:
        cells = list(row.cells())
        cells[0] = "  " * row.depth + ("- " if row.depth else "") + cells[0]
        rows.append(" | ".join(cells))
    return [table.caption, "\n".join(rows)]


def section_text(section: SectionContext) -> str:
    """One section alone (heading, paragraphs, table): for previews in the portal."""
    blocks = [section.heading, *(group_paragraph(g).text for g in paragraph_groups(section.figures))]
    if section.table is not None:
        blocks.extend(table_lines(section.table))
    return "\n\n".join(blocks)
