"""Read a report file into the raw text that the facts' offsets count.

- .txt (and anything else): UTF-8 decoded as is, no normalisation.
- .html/.htm: the page's text, as a browser would show it: tags dropped,
  entities decoded, script/style left out, a line break after each block
  element. Offsets count code points of that extracted text.
- .docx: the paragraphs' text (table cells as paragraphs), one a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ktxh.errors import InputError

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "td",
        "th",
        "title",
    ]
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


@dataclass(frozen=True)
class SourceText:
    """The text of one file, as the facts' offsets count it."""

    path: Path
    text: str
    format: str


def read_source(path: str | Path) -> SourceText:
    """Read `path` (.txt, .html, .docx); raise InputError naming the file when it cannot be read."""
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", where=str(p))
    suffix = p.suffix.lower()
    if suffix == ".docx":
        return SourceText(p, _read_docx(p), "docx")
    raw = _decode(p)
    if suffix in (".html", ".htm") or (suffix != ".txt" and _looks_like_html(raw)):
        return SourceText(p, html_to_text(raw), "html")
    return SourceText(p, raw, "txt")


def _decode(p: Path) -> str:
    data = p.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text (expected UTF-8 .txt, .html or .docx)", where=str(p))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 at byte {exc.start} (line {line})", where=str(p)) from exc


def _looks_like_html(raw: str) -> bool:
    head = raw[:1000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


class _TextParser(HTMLParser):
    """Collects a page's visible text; block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        # Runs of white space collapse to one space, as a browser shows them.
        words = " ".join(data.split())
        lead = " " if data[0].isspace() else ""
        trail = " " if data[-1].isspace() and words else ""
        self.parts.append(lead + words + trail)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page (see the module docstring)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = ("".join(parser.parts)).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip()) + "\n"


def _read_docx(p: Path) -> str:
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError("python-docx is not installed", where=str(p)) from exc
    try:
        document = docx.Document(str(p))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"not a readable .docx file ({exc})", where=str(p)) from exc
    lines = [para.text for para in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines) + "\n"
