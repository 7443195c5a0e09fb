"""The Markdown report: headings, a paragraph a figure, pipe tables; charts inlined as PNG data."""

from __future__ import annotations

import base64

from ktxh.report.charts import chart_png
from ktxh.report.context import ReportContext, TableContext
from ktxh.report.writers.paragraphs import group_paragraph, paragraph_groups


def render_md(context: ReportContext) -> str:
    out = [
        f"**{context.issuer}** — {context.number_line.strip()}",
        f"**{context.national_title}**  \n**{context.motto}**  \n*{context.place_date}*",
        f"# {context.title}: {context.subject}",
    ]
    for section in context.sections:
        out.append(f"{'#' * min(section.depth + 2, 6)} {section.heading}")
        out.extend(_escape(group_paragraph(group).text) for group in paragraph_groups(section.figures))
        if section.table is not None:
            out.append(table_md(section.table))
    if context.charts:
        out.append(f"## {context.labels.get('charts_heading', '')}")
        for chart in context.charts:
            data = base64.b64encode(chart_png(chart)).decode("ascii")
            out.append(f"![{chart.title}](data:image/png;base64,{data})")
    return "\n\n".join(out) + "\n"


def table_md(table: TableContext) -> str:
    lines = [f"**{table.caption}**", "", "| " + " | ".join(table.columns) + " |"]
    lines.append("|" + "|".join([" --- "] * 2 + [" ---: "] * (len(table.columns) - 2)) + "|")
    for row in table.rows:
        cells = [_escape(c).replace("|", "\\|") for c in row.cells()]
        if row.depth:
            cells[0] = f"*{cells[0]}*"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _escape(text: str) -> str:
    """Markdown would read "*" and "_" in a name as emphasis."""
    return text.replace("*", "\\*").replace("_", "\\_")
