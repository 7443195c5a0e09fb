"""A paragraph of the report, shared by every writer: the sentence, its parts, its flags.

Each writer prints the same words. A paragraph states one figure, or several of one
indicator family that share their subject ("Diện tích lúa gieo cấy 24.603 ha, thu
hoạch 7.270 ha": the second figure has `joined_sentence`). The paragraph comes as
segments, each tied to the figure it states (or to none, for the glue between
them), so the HTML writer can give every number its provenance and the text writer
can say where each stored figure's anchor number stands in its output (the
round-trip test relies on it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ktxh.report.context import FigureContext, Flag
from ktxh.report.phrasing import load_phrases


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph; `figure` is the figure it states, None for glue and marks.

    `anchor` is where the figure's anchor number starts in `text` (None: in no segment of this one).
    """

    text: str
    figure: FigureContext | None = None
    flag: Flag | None = None
    anchor: int | None = None


@dataclass(frozen=True)
class Paragraph:
    """The text of one paragraph and, per observation id, where its anchor number starts."""

    text: str
    anchors: dict[int, int]
    segments: tuple[Segment, ...]


def paragraph_groups(figures: Sequence[FigureContext]) -> list[list[FigureContext]]:
    """The figures of a section in paragraphs: a figure with `joined_sentence` continues the one before."""
    groups: list[list[FigureContext]] = []
    for fig in figures:
        if fig.joined_sentence is not None and groups:
            groups[-1].append(fig)
        else:
            groups.append([fig])
    return groups


def group_segments(group: Sequence[FigureContext], with_flags: bool = True) -> list[Segment]:
    """ "X ước đạt N, bằng ...%, trong đó: A đạt ...; B đạt ...." (or "X N, Y M.") and then the checks' marks."""
    phrases = load_phrases()
    head = group[0]
    out = [Segment(head.sentence, head, anchor=head.anchor)]
    for i, part in enumerate(head.parts):
        out.append(Segment(f", {phrases['parts_intro']} " if i == 0 else "; "))
        out.append(Segment(part.sentence, part, anchor=part.anchor))
    join = phrases["family_join"]
    sep = str(join["after_comparisons" if any(f.comparisons for f in group) else "plain"])
    for fig in group[1:]:
        out.append(Segment(sep))
        out.append(Segment(fig.joined_sentence or fig.sentence, fig, anchor=fig.joined_anchor))
    out.append(Segment("."))
    if with_flags:
        seen: set[Flag] = set()  # one finding about a whole and its parts is marked once
        for f in (*group, *head.parts):
            for flag in f.flags:
                if flag not in seen:
                    seen.add(flag)
                    out.extend((Segment(" "), Segment(flag_text(flag), f, flag)))
    return out


def group_paragraph(group: Sequence[FigureContext], with_flags: bool = True) -> Paragraph:
    segments = group_segments(group, with_flags)
    anchors: dict[int, int] = {}
    at = 0
    for seg in segments:
        if seg.figure is not None and seg.anchor is not None:
            anchors[seg.figure.provenance.observation_id] = at + seg.anchor
        at += len(seg.text)
    return Paragraph("".join(s.text for s in segments), anchors, tuple(segments))


def flag_text(flag: Flag) -> str:
    return str(load_phrases()["flag_mark"]).format(message=flag.message)
