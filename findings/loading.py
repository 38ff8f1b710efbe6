"""Load a corpus safely: every file becomes an Article (decoded, with title and date) or a Rejected."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import BinaryIO

import dateparser
from charset_normalizer import from_bytes, is_binary

from findings.passages import (
    DATE_CUES,
    Block,
    HtmlPage,
    article_language,
    is_boilerplate,
    is_list_item,
    looks_like_heading,
    parse_html,
    text_blocks,
)
from findings.records import Article, Rejected, printable_name

MAX_FILE_BYTES = 20_000_000
KINDS_BY_EXTENSION = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html"}
# What a "save page complete" folder keeps beside the page: skipped (and counted), not rejected.
PAGE_ASSET_EXTENSIONS = (
    ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp", ".css", ".js", ".mjs",
    ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot",
)
# Files that start so are documents or media of another kind, whatever their name says.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)
HEADER_BLOCKS = 8
SNIFF_CHARS = 2048
FILE_TYPES = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)

# Byte order marks, longest first: a UTF-32 LE mark starts like a UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "utf_8"]
CHANGED = "changed_while_reading"
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# UTF-8 read as a single-byte code page: "Ã¼" for ü, "â€“" for an en dash, "Â " for a no-break space.
MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]|â€|Â[\u00a0-\u00bf]"
)
HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')

# fmt: off
MONTHS = {
    "de": ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember", "jan", "feb", "mär", "mrz", "apr", "jun", "jul", "aug",
           "sep", "sept", "okt", "nov", "dez"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"),
}
WEEKDAYS = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
# HTML meta names (property, name or itemprop) holding the publication date, most specific first.
DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date",
    "citation_date", "pubdate", "publishdate", "publish-date", "publication_date", "parsely-pub-date",
    "sailthru.date", "date",
)
# fmt: on
DATE_LANGUAGES = ["de", "en"]
DATE_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["month", "year"],
}
DATE_ORDER_BY_FORM = {"iso": "YMD", "dotted": "DMY"}
YEARS = range(1900, 2101)
# Every date form holds its year as four digits in a row: a text without them needs no date search.
FOUR_DIGITS = re.compile(r"\d{4}")
# What sets a date apart from the byline before it: "Von Katrin Albers | 14.03.2024".
BYLINE_SEPARATORS = ("|", "·", "•")
# A press dateline or a masthead before the date: "Washington, DC," or "BERLIN,", "Frankfurt am
# Main,", "Seebrücker Kurier, Lokales," (up to three names, each ending with a comma).
DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][\w.'-]*(?:\s+(?:[a-zäöü]{1,3}\s+){0,2}[A-ZÄÖÜ][\w.'-]*){0,3},\s*){1,3}$")


class RejectedFile(Exception):
    """A file that cannot become an Article; carries the Rejected reason and detail."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@cache
def _date_pattern() -> re.Pattern[str]:
    month = rf"(?:{_alternation(w for ws in MONTHS.values() for w in ws)})\.?"
    weekday = rf"(?:{_alternation(w for ws in WEEKDAYS.values() for w in ws)}),?\s+(?:den\s+)?"
    day = r"\d{1,2}(?:st|nd|rd|th)?\.?"
    return re.compile(
        rf"(?<!\w)(?:{weekday})?(?:"
        r"(?P<iso>\d{4}-\d{1,2}(?:-\d{1,2})?)(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?(?![\d-])"
        r"|(?P<dotted>\d{1,2}\.\d{1,2}\.\d{4})"
        r"|(?P<slashed>\d{1,2}/\d{1,2}/\d{4})"
        rf"|(?P<named>{day}\s+{month},?\s+\d{{4}}|{month}\s+{day},?\s+\d{{4}}|{month}\s+\d{{4}})"
        r")(?!\w)",
        re.IGNORECASE,
    )


@cache
def _date_cue() -> re.Pattern[str]:
    cues = _alternation(w for ws in DATE_CUES.values() for w in ws)
    return re.compile(rf"\b(?:{cues})(?:\s+(?:on|of|am|vom))?\s*:?\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_date(candidate: str, form: str = "named") -> dt.date | None:
    """Parse one date string (German or English); a month-only date gives the 1st, a year alone None.

    Cached, as dateparser is slow and the same dates recur across the articles of a corpus.
    """
    order = DATE_ORDER_BY_FORM.get(form)
    settings = DATE_SETTINGS | ({"DATE_ORDER": order} if order else {})
    parsed = dateparser.parse(candidate, languages=DATE_LANGUAGES, settings=settings)
    return parsed.date() if parsed and parsed.year in YEARS else None


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    return _date_pattern().finditer(text) if FOUR_DIGITS.search(text) else iter(())


def _match_date(match: re.Match[str]) -> dt.date | None:
    form = next(name for name, value in match.groupdict().items() if value)
    return parse_date(match.group(form), form)


def first_date(text: str) -> dt.date | None:
    """The first date written anywhere in `text` (a meta value, a datetime attribute)."""
    return next((date for match in _date_matches(text) if (date := _match_date(match))), None)


def dateline_date(line: str) -> dt.date | None:
    """A date that opens the line, follows a cue like "Published", a byline's separator or a press
    dateline, else None."""
    for match in _date_matches(line):
        before = line[: match.start()]
        byline = before.rstrip().endswith(BYLINE_SEPARATORS)  # "Von Katrin Albers | 14.03.2024"
        opens = not before.strip(" \t(-–—|•·") or byline or _date_cue().search(before) or DATELINE.match(before)
        if opens and (date := _match_date(match)):
            return date
    return None


def _header_title_and_date(blocks: Sequence[Block]) -> tuple[str | None, dt.date | None]:
    """Title (first heading-like line before the body) and date from the first HEADER_BLOCKS blocks
    outside reader comments."""
    title, published, looking_for_title = None, None, True
    for block in [block for block in blocks if not block.in_comment][:HEADER_BLOCKS]:
        date = dateline_date(block.text)
        if date:
            published = published or date
        elif looking_for_title and not is_boilerplate(block.text):
            looking_for_title = False
            if looks_like_heading(block.text) and not is_list_item(block.text):
                title = " ".join(block.text.lstrip("#").split())
    return title, published


def text_title_and_date(text: str, lang: str | None = None) -> tuple[str | None, dt.date | None]:
    """Title and publication date of a plain-text article (in `lang`, found if not given), from its header zone."""
    return _header_title_and_date(text_blocks(text, lang or article_language(text)))


def html_title_and_date(source: str, page: HtmlPage | None = None) -> tuple[str | None, dt.date | None]:
    """Title (<title>, else the first <h1>) and date (meta tags, JSON-LD, <time>, header text)
    of a web page (`page`: its parse, when already made)."""
    page = page or parse_html(source)
    header_title, header_date = _header_title_and_date(page.blocks)
    values = [page.meta[name] for name in DATE_META if name in page.meta]
    values += JSON_LD_PUBLISHED.findall(source) + page.times
    published = next((date for value in values if (date := first_date(value))), header_date)
    return page.title or page.first_h1 or header_title, published


def _describe_mode(mode: int) -> str:
    return next((name for is_type, name in FILE_TYPES if is_type(mode)), "special file")


def _read_limited(handle: BinaryIO) -> bytes:
    return handle.read(MAX_FILE_BYTES + 1)


def read_bytes(path: Path) -> bytes:
    """Read a regular file after checking it with stat (`read_checked`), once more when it changed
    while it was read; raise RejectedFile for anything unsafe, or a file that changed twice."""
    try:
        return read_checked(path)
    except RejectedFile as error:
        if error.reason != CHANGED:
            raise
    return read_checked(path)


def read_checked(path: Path) -> bytes:
    """Read a regular file after checking it with stat; raise RejectedFile for anything unsafe."""
    try:
        link = path.lstat()
    except OSError as error:
        raise RejectedFile("unreadable", f"The file cannot be examined ({error.strerror}).") from error
    try:
        before = path.stat()
    except OSError as error:
        if stat.S_ISLNK(link.st_mode):
            raise RejectedFile("broken_link", f"The link is broken or loops ({error.strerror}).") from error
        raise RejectedFile("unreadable", f"The file cannot be examined ({error.strerror}).") from error
    if not stat.S_ISREG(before.st_mode):
        raise RejectedFile("not_regular_file", f"This is a {_describe_mode(before.st_mode)}, not a regular file.")
    if before.st_size == 0:
        raise RejectedFile("empty", "The file has no bytes.")
    if before.st_size > MAX_FILE_BYTES:
        raise RejectedFile("too_large", f"The file has {before.st_size} bytes, more than {MAX_FILE_BYTES}.")
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            opened = os.fstat(handle.fileno())
            data = _read_limited(handle)
        after = path.stat()
    except OSError as error:
        raise RejectedFile("unreadable", f"The file cannot be read ({error.strerror}).") from error
    same_file = (opened.st_dev, opened.st_ino) == (before.st_dev, before.st_ino)
    unchanged = (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    if not (same_file and unchanged and len(data) == before.st_size):
        raise RejectedFile(CHANGED, "The file changed while it was read, twice; it is read again when it changes.")
    return data


def _without_mojibake(text: str, encoding: str) -> tuple[str, str]:
    if MOJIBAKE.search(text):
        raise RejectedFile("undecodable", f"Read as {encoding} it shows mojibake like 'Ã¼': mixed encodings.")
    return text, encoding


def utf8_with_few_bad_bytes(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD (a stray byte, a sequence cut at the
    end), named "utf-8 (N bad bytes replaced)"; None when the bytes are no such UTF-8 text: it
    needs more valid multi-byte characters than bad bytes, and at most one bad byte in 200."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    if bad <= max(1, len(raw) // 200) and multibyte > bad:
        return text, f"utf-8 ({bad} bad bytes replaced)"
    return None


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode file bytes without newline translation (offsets stay raw); drop a leading BOM.

    Order: the signature of a binary format (PDF, ZIP, images: rejected), byte order mark, strict UTF-8 (trailing NUL bytes dropped), UTF-8 with a few bad bytes
    replaced (`utf8_with_few_bad_bytes`), cp1252 (no undefined bytes, no control characters),
    charset-normalizer limited to Western encodings. Raises RejectedFile ("binary",
    "undecodable") when none fits.

    Returns:
        The text and the name of the encoding used.
    """
    kind = next((name for signature, name in BINARY_SIGNATURES if raw.startswith(signature)), None)
    if kind:
        raise RejectedFile("binary", f"The file is {kind}, not text.")
    marked = [codec for bom, codec in BOMS if raw.startswith(bom)]
    for codec in marked:
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    if marked:
        raise RejectedFile("undecodable", f"The file starts with a {marked[0]} byte order mark but is not {marked[0]}.")
    raw = raw.rstrip(b"\x00")  # NUL padding at the end (a preallocated or truncated file)
    if b"\x00" in raw:
        raise RejectedFile("binary", "The file contains NUL bytes.")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = utf8_with_few_bad_bytes(raw)
    if repaired is not None:
        return repaired
    if is_binary(raw):
        raise RejectedFile("binary", "The bytes do not look like text.")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and not CONTROL_CHARS.search(text):
        return _without_mojibake(text, "cp1252")
    best = from_bytes(raw, cp_isolation=FALLBACK_ENCODINGS).best()
    if best is None:
        raise RejectedFile("undecodable", "No Western encoding decodes the file.")
    return _without_mojibake(str(best), best.encoding)


def read_article(path: Path, doc_id: str) -> Article | Rejected:
    """Read, check and decode one file into an Article, or say why not.

    Args:
        path: the file; a link is followed.
        doc_id: the article's id (its path relative to the corpus root).

    Returns:
        The Article, or a Rejected with a snake_case reason and a sentence of detail.
    """
    try:
        raw = read_bytes(path)
        text, encoding = decode_bytes(raw)
    except RejectedFile as error:
        return Rejected(printable_name(str(path)), error.reason, error.detail)
    if not text.strip():
        return Rejected(printable_name(str(path)), "empty", "The file holds only whitespace.")
    html = KINDS_BY_EXTENSION.get(path.suffix.lower()) == "html"
    return article_from_text(text, doc_id, html=html, encoding=encoding, content_hash=hashlib.sha256(raw).hexdigest())


def article_from_text(
    text: str,
    doc_id: str,
    *,
    html: bool = False,
    encoding: str = "utf-8",
    content_hash: str | None = None,
    lang: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
) -> Article:
    """An Article of decoded text: HTML when `html` or its start says so; its language, title and
    date as the text gives them, where not given.

    Args:
        text: the article's text (plain or HTML).
        doc_id: its id.
        html: the file's name says it is HTML.
        encoding: the encoding it was decoded from.
        content_hash: sha256 of its bytes (default: of the text in UTF-8).
        lang, title, published: what the caller knows; None: found in the text.
    """
    is_html = html or bool(HTML_START.match(text[:SNIFF_CHARS]))
    if is_html:
        page = parse_html(text)
        found_title, found_date = html_title_and_date(text, page)
        lang = lang or article_language(" ".join(block.text for block in page.blocks))
    else:
        lang = lang or article_language(text)
        found_title, found_date = text_title_and_date(text, lang)
    return Article(
        doc_id=doc_id,
        text=text,
        kind="html" if is_html else "text",
        encoding=encoding,
        content_hash=content_hash or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title or found_title,
        published=published or found_date,
        lang=lang,
    )
