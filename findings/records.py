"""Typed records passed between the pipeline's stages."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One decoded input file.

    Attributes:
        doc_id: path relative to the corpus root, with forward slashes.
        text: the decoded file, unchanged (HTML source for web pages). Offsets point here.
        kind: "text" or "html".
        encoding: the codec the bytes were decoded with.
        content_hash: sha256 of the raw bytes.
        title: the article's title when the text gives one.
        published: the article's own date (a month-only date is the 1st), or None.
        lang: the language most of its text is in ("" when not yet known).
    """

    doc_id: str
    text: str
    kind: str
    encoding: str
    content_hash: str
    title: str | None = None
    published: dt.date | None = None
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be used, with a machine-readable reason and a human detail."""

    path: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph, heading or list item of an article.

    `text` is what the extractor reads. For plain text it is the raw slice with inner line
    breaks turned into spaces (same length); for HTML it is the visible text. `segments` maps
    text offsets back to raw offsets: pairs (text_offset, raw_offset), the first (0, char_start).
    """

    doc_id: str
    index: int
    text: str
    char_start: int
    lang: str
    kind: str = "body"  # body | heading | list_item | boilerplate
    segments: tuple[tuple[int, int], ...] = ()

    def raw_offset(self, offset: int) -> int:
        """Map an offset in `text` to an offset in the article's raw text."""
        if not self.segments:
            return self.char_start + offset
        starts = [text_offset for text_offset, _ in self.segments]
        text_offset, raw_offset = self.segments[max(bisect_right(starts, offset) - 1, 0)]
        return raw_offset + offset - text_offset


@dataclass(frozen=True, slots=True)
class PassageCluster:
    """A passage mined once, with every place it occurs (exact or near duplicates)."""

    canonical: Passage
    occurrences: tuple[Passage, ...]

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(sorted({p.doc_id for p in self.occurrences}))


@dataclass(frozen=True, slots=True)
class Claim:
    """A percentage claim as the extractors find it in one passage: where its mention stands in
    the passage's text and what it says. `findings.rows` turns it into a `Finding` row."""

    passage: int
    start: int
    end: int
    sentence_start: int
    sentence: str
    lang: str
    mention: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: str
    population: str
    year: int | None
    year_source: str
    derived: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One row of the findings table, columns in the order of spec/FINDINGS.md section 2."""

    finding_id: str
    doc_id: str
    docs: str
    lang: str
    mention: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: str
    population: str
    year: int | None
    year_source: str
    sentence: str
    char_start: int
    char_end: int
    derived: bool = False


@dataclass(slots=True)
class RunResult:
    """What one pipeline run produced."""

    findings: list[Finding] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    articles: int = 0
    passages: int = 0
    duplicate_passages: int = 0


def printable_name(name: str) -> str:
    """A file name as the store, the exports and the messages write it: bytes that are no UTF-8
    (an old tool's Latin-1 "caf\\xe9.txt", kept by Python as surrogate escapes), control
    characters (a newline that would fake a line of output), the `docs` separator ";" and the
    backslash itself are written \\xNN, so that `codecs.escape_decode` gives the name's bytes back;
    every other character is itself."""
    return _ESCAPED_IN_NAMES.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    raw = bytes([ord(char) - 0xDC00]) if ord(char) >= 0xDC80 else char.encode("utf-8")
    return "".join(f"\\x{byte:02x}" for byte in raw)


# What `printable_name` writes as \xNN: control characters, ";", the backslash, and the surrogate
# escapes U+DC80 to U+DCFF that stand for bytes 0x80 to 0xFF that are no UTF-8.
_ESCAPED_IN_NAMES = re.compile(r"[\x00-\x1f\x7f-\x9f;\\\udc80-\udcff]")
