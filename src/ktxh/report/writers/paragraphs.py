"""A figure's paragraph, shared by every writer: the sentence, its parts, its flags.

Each writer prints the same words. The paragraph comes as segments, each tied to
the figure it states (or to none, for the glue between them), so the HTML writer can
give every number its provenance and the text writer can say where each stored
figure's anchor number stands in its output (the round-trip test relies on it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ktxh.report.context import FigureContext, Flag
from ktxh.report.phrasing import load_phrases


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph; `figure` is the figure it states, None for glue and marks."""

    text: str
    figure: FigureContext | None = None
    flag: Flag | None = None


@dataclass(frozen=True)
class Paragraph:
    """The text of one paragraph and, per observation id, where its anchor number starts."""

    text: str
    anchors: dict[int, int]
    segments: tuple[Segment, ...]


def figure_segments(fig: FigureContext, with_flags: bool = True) -> list[Segment]:
    """ "X ước đạt N, bằng ...%, trong đó: A đạt ...; B đạt ...." and then the checks' marks."""
    phrases = load_phrases()
    out = [Segment(fig.sentence, fig)]
    for i, part in enumerate(fig.parts):
        out.append(Segment(f", {phrases['parts_intro']} " if i == 0 else "; "))
        out.append(Segment(part.sentence, part))
    out.append(Segment("."))
    if with_flags:
        for f in (fig, *fig.parts):
            out.extend(x for flag in f.flags for x in (Segment(" "), Segment(flag_text(flag), f, flag)))
    return out


def figure_paragraph(fig: FigureContext, with_flags: bool = True) -> Paragraph:
    segments = figure_segments(fig, with_flags)
    anchors: dict[int, int] = {}
    at = 0
    for seg in segments:
        if seg.figure is not None and seg.flag is None:
            anchors[seg.figure.provenance.observation_id] = at + seg.figure.anchor
        at += len(seg.text)
    return Paragraph("".join(s.text for s in segments), anchors, tuple(segments))


def flag_text(flag: Flag) -> str:
    return str(load_phrases()["flag_mark"]).format(message=flag.message)
