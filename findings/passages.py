"""Split an article into passages: lines of plain text (hard wraps joined) or blocks of HTML."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html.parser import HTMLParser
from typing import NamedTuple

from extractors.lang import SUPPORTED, unit_pattern
from extractors.sentences import LIST_MARKER
from findings.records import Article, Passage

MAX_PASSAGE_CHARS = 2000
MIN_LETTERS_FOR_LANGID = 40
LANGID_SAMPLE_CHARS = 100_000
CANDIDATE_LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pt", "pl", "sv", "da")
FALLBACK_LANGUAGE = "de"

# A line ending in one of these words continues on the next line (hard-wrapped text).
# fmt: off
FUNCTION_WORDS = {
    "de": frozenset((
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "und", "oder", "aber", "sowie", "sondern", "denn", "dass", "weil", "wenn", "als", "wie", "ob",
        "zu", "zur", "zum", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von",
        "vom", "vor", "über", "unter", "zwischen", "durch", "für", "gegen", "ohne", "um", "bis", "seit",
        "während", "wegen", "trotz", "laut", "gemäß", "sein", "seine", "seiner", "ihr", "ihre", "ihrer",
        "ihren", "ihrem", "unsere", "unserer", "diese", "dieser", "dieses", "diesen", "jede", "jeder",
    )),
    "en": frozenset((
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from",
        "with", "into", "onto", "over", "under", "about", "between", "through", "during", "without",
        "within", "than", "that", "which", "who", "whose", "as", "if", "because", "while", "although",
        "though", "since", "until", "whether", "per", "via", "their", "its", "his", "her", "our", "your",
        "my", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    )),
}

# Site furniture, matched case-insensitively against a whole stripped passage. Each pattern is
# anchored at its start (`^.*` to look further in), as a search from every position would be slow.
BOILERPLATE = {
    "de": (
        r"^dieses blog durchsuchen$",
        r"^kommentare? (veröffentlichen|schreiben|hinzufügen)$",
        r"^(schreibe einen|schreiben sie einen) kommentar",
        r"^(deine|ihre) e-?mail-adresse wird nicht veröffentlicht",
        r"^keine kommentare",
        r"^\d+ kommentare?$",
        r"^dein kommentar",
        r"^der diskussion beitreten",
        r"^(diesen (beitrag|artikel) )?(teilen|drucken|twittern)( auf \w+)?$",
        r"^quelle: *\S*https?://\S+$",
        r"^(zum )?(haupt)?inhalt springen$",
        r"^(weiterlesen|mehr lesen|mehr erfahren)\W*$",
        r"^(jetzt )?(newsletter )?abonnieren",
        r"^(diese|unsere) (website|webseite|seite) (verwendet|nutzt) cookies",
        r"^cookie-?(einstellungen|hinweis)",
        r"^(veröffentlicht (in|unter)|kategorien?|schlagwörter|stichwörter|tags):",
        r"^archiv für ",
        r"^(antworten|startseite)$",
        r"^(nächster|vorheriger|neuerer|älterer) (beitrag|artikel|post)",
        r"^(neuere|ältere) posts?",
        r"^kommentare zum post",
    ),
    "en": (
        r"^leave a (reply|comment)",
        r"^your email address will not be published",
        r"^share (this|on \w+)",
        r"^(share|tweet|print|email)( this)?( article| page| post)?$",
        r"^.*\bcomments? (are )?(off|closed)\b",
        r"^no comments",
        r"^\d+ comments?$",
        r"^(read more|continue reading)\W*",
        r"^(posted|filed) (in|on|under|by) ",
        r"^(tags?|categories|category):",
        r"^skip to (main )?content",
        r"^subscribe\b",
        r"^sign up for (our|the) newsletter",
        r"^(this (web)?site|we) uses? cookies",
        r"^accept (all )?cookies",
        r"^related (posts|articles|stories)$",
        r"^(previous|next|older|newer) (post|article|entry)",
        r"^(tag|category) archives?:",
        r"^(reply|home)$",
        r"^follow us\b",
        r"^(all rights reserved|copyright ©|©)",
    ),
}
# fmt: on

PERCENT_CLAIM = re.compile(rf"\d\s*%|(?<!\w){unit_pattern()}", re.IGNORECASE)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
MARKDOWN_HEADING = re.compile(r"\s*#{1,6}\s")
# Words right before a date that say it is the article's own date.
DATE_CUES = {
    "de": ("veröffentlicht", "veröffentlichung", "erschienen", "aktualisiert", "datum", "stand", "vom"),
    "en": ("published", "posted", "updated", "date", "dated", "release", "released", "issued"),
}
# A line that starts with a date in figures, or with a date's cue before a date, is a dateline,
# never the rest of the line before ("… sorgen nicht privat fürs Alter vor" / "12.03.2024 | 06:15 Uhr").
_NUMERIC_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)"
_NAMED_DATE = r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})(?!\d)"
DATE_IN_LINE = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE}|{_NAMED_DATE})")
DATED_LINE_WORDS = 8
DATELINE_START = re.compile(
    rf"\s*(?:{_NUMERIC_DATE}|(?:{'|'.join(w for ws in DATE_CUES.values() for w in ws)})\b(?:\s+(?:am|on|of|vom))?\s*:?\s*"
    rf"(?:{_NUMERIC_DATE}|{_NAMED_DATE}))",
    re.IGNORECASE,
)
# Characters a passage reads as a plain space, one for one so that offsets stay those of the raw
# text: line breaks, and the no-break, narrow no-break, thin and other fixed-width spaces that
# stand between a number and its unit ("91\u00a0Prozent", "45\u202f%").
AS_SPACE = str.maketrans(dict.fromkeys("\r\n\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "))
# A soft hyphen marks where a word may break and is not shown: "Pro\u00adzent" reads "Prozent".
SOFT_HYPHEN = "\u00ad"
LINE = re.compile(r"[^\r\n]+")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
WORD_OR_SPACE = re.compile(r"\s+|\S+")
WORD = re.compile(r"[^\W\d_]+")
LETTER = re.compile(r"[^\W\d_]")
# Function words a passage needs, and a lead over the other language, to be told without the identifier.
CLEAR_VOTE = 3
# An article is told by its function words alone when they leave no doubt: running German or English
# text has them as a fifth to a third of its words, dozens of different ones, and few of the other
# language's; the other CANDIDATE_LANGUAGES share only a handful ("a", "in", "per", "den"), under a
# tenth of their words. A short or mixed article, or one in another language, asks the identifier.
ARTICLE_FUNCTION_WORD_SHARE = 0.2
ARTICLE_FUNCTION_WORD_KINDS = 12
ARTICLE_FUNCTION_WORD_LEAD = 4
OPENING_QUOTES = "\"'„“‚‘»«"
TRAILING_CLOSERS = "\"'”“’‘»«)]} \t"
SENTENCE_END_CHARS = ".!?:;…"
SENTENCE_BOUNDARY = re.compile(r"[.!?…][\"'”“’»)\]]*\s+")
# A sentence that ends after a word and goes on: prose, no heading and no list label ("8. Pharmazie").
PROSE_SENTENCE_END = re.compile(r"[^\W\d_]{2}[\"'”“’»)\]]*[.!?…][\"'”“’»)\]]*\s+\S")
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 15

# HTML: elements that start a new passage, and elements whose text is never shown as content.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav ol p "
    "pre section summary table tbody td tfoot th thead title tr ul".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template nav footer aside form button select iframe svg head textarea "
    "object canvas".split()
)
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Reader comments stay: a figure in a comment is a claim (spec section 5); their forms do not.
SKIP_CLASS = re.compile(
    r"(?:^|[_-])(?:nav|menu|comment-form|comment-respond|respond|share|sharing|social|cookie|sidebar|footer|breadcrumb)",
    re.IGNORECASE,
)
TAXONOMY_CLASS = re.compile(r"^(?:tag|category|cat)-", re.IGNORECASE)
# Reader comments: their text is content, their timestamps are not the article's date.
COMMENT_CLASS = re.compile(r"(?:^|[_-])comments?(?:$|[_-])|commentlist", re.IGNORECASE)
SKIP_ROLES = frozenset(("navigation", "contentinfo", "complementary", "banner", "search", "menu"))
ARTICLE_CONTAINERS = frozenset(("main", "article"))
HTML_KINDS = {f"h{level}": "heading" for level in range(1, 7)} | {"li": "list_item"}


class Block(NamedTuple):
    """A piece of visible text before it becomes a passage: text, raw start, offset map, HTML tag,
    and whether it stands in a reader comment."""

    text: str
    char_start: int
    segments: tuple[tuple[int, int], ...]
    tag: str
    in_comment: bool = False


@dataclass
class HtmlPage:
    """What the HTML extractor found: passages-to-be and the page's own metadata."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    first_h1: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    times: list[str] = field(default_factory=list)


@cache
def _boilerplate_pattern() -> re.Pattern[str]:
    patterns = "|".join(f"(?:{p})" for ps in BOILERPLATE.values() for p in ps)
    return re.compile(patterns, re.IGNORECASE | re.DOTALL)  # DOTALL: `.*` runs over line breaks too


@cache
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATE_LANGUAGES))
    return identifier


def detect_language(text: str, default: str = FALLBACK_LANGUAGE, min_letters: int = MIN_LETTERS_FOR_LANGID) -> str:
    """The language of `text` among CANDIDATE_LANGUAGES, or `default` when it has fewer than
    `min_letters` letters."""
    sample = text[:LANGID_SAMPLE_CHARS]
    if len(LETTER.findall(sample)) < max(min_letters, 1):
        return default
    return _language_identifier().classify(sample)[0]


def passage_language(text: str, article_language: str) -> str:
    """The language of a passage: a clear majority of German or English function words decides
    at once; a passage without one (a list of nouns, another language) asks the identifier.

    Args:
        text: the passage.
        article_language: the article's dominant language, for passages too short to tell.
    """
    words = WORD.findall(text.lower())
    if sum(map(len, words)) < MIN_LETTERS_FOR_LANGID:
        return article_language
    votes = sorted(((sum(map(FUNCTION_WORDS[lang].__contains__, words)), lang) for lang in ("de", "en")), reverse=True)
    (top, lang), (runner_up, _) = votes
    if top >= CLEAR_VOTE and top >= 2 * runner_up + 1:
        return lang
    return detect_language(text, default=article_language)


def carries_percent_claim(text: str) -> bool:
    """True when `text` (URLs aside) has a percent sign or word after a number or on its own."""
    return bool(PERCENT_CLAIM.search(URL.sub(" ", text)))


def is_boilerplate(text: str) -> bool:
    """True for site furniture (comment forms, share buttons, cookie notices) without a percent claim."""
    return bool(_boilerplate_pattern().match(text.strip())) and not carries_percent_claim(text)


def is_list_item(text: str) -> bool:
    """True when the line starts with a bullet or a number label like `1.`."""
    return bool(LIST_MARKER.match(text))


def ends_sentence(text: str) -> bool:
    """True when the text, closing quotes and brackets aside, ends with sentence punctuation."""
    stripped = text.rstrip(TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END_CHARS


def looks_like_heading(text: str) -> bool:
    """True for a markdown heading or a short line without a final period, colon or comma."""
    text = text.strip()
    if MARKDOWN_HEADING.match(text):
        return True
    stripped = text.rstrip(TRAILING_CLOSERS)
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and stripped[-1:] not in (".", ":", ";", ",", "…")
    )


def is_short_dated_line(line: str) -> bool:
    """Whether a line of a few words holds a date: a dateline or byline ("dpa | 19.06.2024, 10:42
    Uhr", "Hamburg, 14.02.2024 (ots)", "By Staff Reporter | 14 November 2023")."""
    return len(line.split()) <= DATED_LINE_WORDS and bool(DATE_IN_LINE.search(line))


def _continues_on_next_line(line: str, next_line: str, function_words: frozenset[str], in_prose: bool) -> bool:
    """Whether a hard-wrapped line goes on in the next one. It must end without a sentence end
    before a line that is no list item or dateline (nor, after a heading, a short line with a
    date), and the next line starts in lowercase (after
    any opening quote: "den Zustand | "mittelmäßig""), or it ends on a comma, a hyphen or a
    function word, or it ends on a word in a paragraph that has ended a sentence before
    (`in_prose`: a heading has none, and a paragraph ends with a sentence: "Mit X hatten jeweils |
    15 Prozent der Bundesbürger zu kämpfen.")."""
    if ends_sentence(line) or is_list_item(next_line) or DATELINE_START.match(next_line):
        return False
    if not in_prose and not line.rstrip().endswith(",") and is_short_dated_line(next_line):
        return False  # a heading before its dateline or byline: "… holen auf" / "Hamburg, 14.02.2024 (ots)"
    line, next_line = line.rstrip(), next_line.lstrip()
    last_word = re.sub(r"\W", "", line.rsplit(maxsplit=1)[-1]).casefold()
    first_letter = next_line.lstrip(OPENING_QUOTES)[:1]
    return (in_prose and line[-1].isalnum()) or first_letter.islower() or line[-1] in ",-–—‐" or last_word in function_words


def text_blocks(text: str, lang: str) -> list[Block]:
    """Non-empty lines of plain text, hard-wrapped lines joined (line breaks become spaces).

    Args:
        text: the raw article text.
        lang: the article's language, choosing the function words that signal a wrapped line.

    Returns:
        Blocks whose text is the raw slice with inner line breaks turned into spaces.
    """
    function_words = FUNCTION_WORDS.get(lang, frozenset())
    lines = [m for m in LINE.finditer(text) if m.group().strip()]
    blocks: list[Block] = []
    start = 0
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        joined = (
            following is not None
            and len(LINE_BREAK.findall(text, line.end(), following.start())) == 1
            and _continues_on_next_line(
                line.group(), following.group(), function_words, bool(PROSE_SENTENCE_END.search(text, lines[start].start(), line.end()))
            )
        )
        if joined:
            continue
        begin = lines[start].start()
        raw = text[begin : line.end()]
        flat = raw.translate(AS_SPACE)
        stripped = flat.lstrip()
        blocks.append(Block(stripped.rstrip(), begin + len(flat) - len(stripped), (), ""))
        start = i + 1
    return blocks


class _HtmlExtractor(HTMLParser):
    """Visible text of block elements with raw offsets, plus title, meta tags and <time> values."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page = HtmlPage()
        self._source = source
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._stack: list[tuple[str, bool, bool]] = []
        self._skip_depth = 0
        self._comment_depth = 0
        self._title_parts: list[str] | None = None
        self._h1_parts: list[str] | None = None
        self._pieces: list[tuple[str, int]] = []
        self._piece_tag = ""
        self._after_line_break = False

    def parse_html_declaration(self, i: int) -> int:
        """As the stdlib does, but a malformed `<![...` is skipped instead of raising AssertionError."""
        position = self.getpos()
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.lineno, self.offset = position
            return i + 2

    def _raw_position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _inside(self, tags: frozenset[str]) -> bool:
        return any(tag in tags for tag, _, _ in self._stack)

    @staticmethod
    def _is_comment(attrs: dict[str, str | None]) -> bool:
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()
        return any(COMMENT_CLASS.search(name) for name in names)

    def _skips(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in SKIP_TAGS or (tag == "header" and not self._inside(ARTICLE_CONTAINERS)):
            return True
        if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role") in SKIP_ROLES:
            return True
        if tag in ARTICLE_CONTAINERS or tag in ("html", "body"):
            return False
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()
        return any(SKIP_CLASS.search(name) and not TAXONOMY_CLASS.match(name) for name in names)

    def handle_starttag(self, tag: str, attr_pairs: list[tuple[str, str | None]]) -> None:
        attrs = dict(attr_pairs)
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "br":
            self._line_break()
        if tag == "meta":
            name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            if name and attrs.get("content"):
                self.page.meta.setdefault(name.lower(), attrs["content"])
        if tag == "time" and attrs.get("datetime") and not (self._skip_depth or self._comment_depth):
            self.page.times.append(attrs["datetime"])
        if tag in VOID_TAGS:
            return
        skip = self._skips(tag, attrs)
        comment = self._is_comment(attrs)
        self._stack.append((tag, skip, comment))
        self._skip_depth += skip
        self._comment_depth += comment
        if tag == "title" and self.page.title is None:
            self._title_parts = []
        if tag == "h1" and self.page.first_h1 is None and not self._skip_depth:
            self._h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "title" and self._title_parts is not None:
            self.page.title = " ".join("".join(self._title_parts).split()) or None
            self._title_parts = None
        if tag == "h1" and self._h1_parts is not None:
            self.page.first_h1 = " ".join("".join(self._h1_parts).split()) or None
            self._h1_parts = None
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                self._skip_depth -= sum(skip for _, skip, _ in self._stack[depth:])
                self._comment_depth -= sum(comment for _, _, comment in self._stack[depth:])
                del self._stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        self._add_text(data, self._raw_position())

    def handle_entityref(self, name: str) -> None:
        self._add_reference(name)

    def handle_charref(self, name: str) -> None:
        self._add_reference(f"#{name}")

    def _add_reference(self, name: str) -> None:
        """Unescape `&name;` (or `&name` without the semicolon) as written in the source."""
        start = self._raw_position()
        written = self._source[start : start + len(name) + 2]
        self._add_text(html.unescape(written if written.endswith(";") else written[:-1]), start)

    def _line_break(self) -> None:
        """One <br> is a space inside the block; a second one in a row ends the block."""
        if self._after_line_break:
            self._flush()
        elif self._pieces and not self._skip_depth:
            self._pieces.append((" ", self._raw_position()))
            self._after_line_break = True

    def _add_text(self, text: str, raw_start: int) -> None:
        if self._title_parts is not None:
            self._title_parts.append(text)
        if self._skip_depth:
            return
        self._after_line_break = self._after_line_break and text.isspace()
        if self._h1_parts is not None:
            self._h1_parts.append(text)
        if not self._pieces:
            self._piece_tag = next((tag for tag, _, _ in reversed(self._stack) if tag in BLOCK_TAGS), "")
        self._pieces.append((text, raw_start))

    def _flush(self) -> None:
        words: list[str] = []
        segments: list[tuple[int, int]] = []
        length, space_pending = 0, False
        for text, raw_start in self._pieces:
            for match in WORD_OR_SPACE.finditer(text):
                if match.group()[0].isspace():
                    space_pending = bool(words)
                    continue
                if space_pending:
                    words.append(" ")
                    length, space_pending = length + 1, False
                raw = raw_start + match.start()
                if not segments or raw - segments[-1][1] != length - segments[-1][0]:
                    segments.append((length, raw))
                words.append(match.group())
                length += len(match.group())
        if words:
            block = Block("".join(words), segments[0][1], tuple(segments), self._piece_tag, self._comment_depth > 0)
            self.page.blocks.append(block)
        self._pieces = []
        self._after_line_break = False

    def close(self) -> None:
        super().close()
        self._flush()


@lru_cache(maxsize=2)
def parse_html(source: str) -> HtmlPage:
    """Visible text blocks of an HTML page (navigation, scripts and forms skipped) and its metadata.

    A page is parsed once: loading reads its title, date and language from the page and splitting
    cuts the same page's blocks into passages right after (the last pages parsed are kept; callers
    only read them)."""
    extractor = _HtmlExtractor(source)
    extractor.feed(source)
    extractor.close()
    return extractor.page


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_points(text: str) -> list[int]:
    """Where to cut a long text: the last sentence end (or space) before each MAX_PASSAGE_CHARS limit."""
    cuts = [0]
    while len(text) - cuts[-1] > MAX_PASSAGE_CHARS:
        limit = cuts[-1] + MAX_PASSAGE_CHARS
        ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(text, cuts[-1] + 1, limit)]
        space = text.rfind(" ", cuts[-1] + 1, limit)
        cuts.append(ends[-1] if ends else space + 1 if space >= 0 else limit)
    return [*cuts, len(text)]


def _slice_block(block: Block, start: int, end: int) -> Block:
    if not block.segments:
        return Block(block.text[start:end], block.char_start + start, (), block.tag)
    starts = [text_offset for text_offset, _ in block.segments]
    first = max(bisect_right(starts, start) - 1, 0)
    text_offset, raw_offset = block.segments[first]
    segments = [(0, raw_offset + start - text_offset)]
    segments += [(t - start, r) for t, r in block.segments[first + 1 :] if t < end]
    return Block(block.text[start:end], segments[0][1], tuple(segments), block.tag)


def _capped(block: Block) -> list[Block]:
    cuts = _cut_points(block.text)
    spans = (_strip_span(block.text, a, b) for a, b in zip(cuts, cuts[1:]))
    return [_slice_block(block, a, b) for a, b in spans if a < b]


def _kind(block: Block) -> str:
    if is_boilerplate(block.text):
        return "boilerplate"
    if block.tag:
        return HTML_KINDS.get(block.tag, "body")
    if is_list_item(block.text):
        return "list_item"
    return "heading" if looks_like_heading(block.text) else "body"


def _function_word_article_language(words: list[str]) -> str | None:
    """German or English when its function words make up ARTICLE_FUNCTION_WORD_SHARE of the lowercased
    `words` or more, with ARTICLE_FUNCTION_WORD_KINDS different ones, and outnumber the other
    language's ARTICLE_FUNCTION_WORD_LEAD times; else None."""
    found = {lang: list(filter(function_words.__contains__, words)) for lang, function_words in FUNCTION_WORDS.items()}
    (lang, own), (_, other) = sorted(found.items(), key=lambda item: len(item[1]), reverse=True)
    if (
        len(own) >= ARTICLE_FUNCTION_WORD_SHARE * len(words)
        and len(set(own)) >= ARTICLE_FUNCTION_WORD_KINDS
        and len(own) >= ARTICLE_FUNCTION_WORD_LEAD * len(other)
    ):
        return lang
    return None


def article_language(text: str) -> str:
    """The language most of an article's visible text is in: its function words when they leave no
    doubt (see ARTICLE_FUNCTION_WORD_SHARE), else the identifier; however short, the text is the best
    evidence there is, so there is no letter minimum."""
    words = WORD.findall(text[:LANGID_SAMPLE_CHARS].lower())
    return _function_word_article_language(words) or detect_language(text, min_letters=1)


def passages_language(passages: Sequence[Passage]) -> str:
    """The language (German or English) most of an article's passages are in, by length."""
    sizes = {lang: sum(len(p.text) for p in passages if p.lang == lang) for lang in SUPPORTED}
    return max(sizes, key=sizes.get)


def extraction_language(article: Article, passages: Sequence[Passage]) -> str:
    """The language an article's claims are read in: its own where the extraction supports it,
    else that of most of its passages."""
    return article.lang if article.lang in SUPPORTED else passages_language(passages)


def without_soft_hyphens(block: Block) -> Block:
    """The block with its soft hyphens taken out of the text and its offset map kept exact."""
    if SOFT_HYPHEN not in block.text:
        return block
    kept = [i for i, char in enumerate(block.text) if char != SOFT_HYPHEN]
    raw = raw_offsets(block)
    segments: list[tuple[int, int]] = []
    for text_offset, i in enumerate(kept):
        if not segments or raw[i] - segments[-1][1] != text_offset - segments[-1][0]:
            segments.append((text_offset, raw[i]))
    text = "".join(block.text[i] for i in kept)
    return block._replace(text=text, char_start=segments[0][1] if segments else block.char_start, segments=tuple(segments))


def raw_offsets(block: Block) -> list[int]:
    """The raw offset of each character of a block's text."""
    segments = block.segments or ((0, block.char_start),)
    ends = [text_offset for text_offset, _ in segments[1:]] + [len(block.text)]
    return [raw + i - start for (start, raw), end in zip(segments, ends) for i in range(start, end)]


def article_blocks(article: Article) -> tuple[list[Block], str]:
    """The article's blocks, soft hyphens taken out, and its dominant language (the one loading
    found, if any)."""
    if article.kind == "html":
        blocks = parse_html(article.text).blocks
        lang = article.lang or article_language(" ".join(block.text for block in blocks))
    else:
        lang = article.lang or article_language(article.text)
        blocks = text_blocks(article.text, lang)
    return [without_soft_hyphens(block) for block in blocks], lang


def split_passages(article: Article) -> list[Passage]:
    """Cut an article into passages with kind and language.

    Plain text gives one passage per line (hard-wrapped lines joined); HTML one per visible block.
    Passages longer than MAX_PASSAGE_CHARS are cut at sentence ends. Passages with fewer than
    MIN_LETTERS_FOR_LANGID letters take the article's dominant language; the others are told by
    `passage_language`.
    """
    blocks, dominant = article_blocks(article)
    passages: list[Passage] = []
    for block in blocks:
        kind = _kind(block)
        for piece in _capped(block):
            passages.append(
                Passage(
                    doc_id=article.doc_id,
                    index=len(passages),
                    text=piece.text,
                    char_start=piece.char_start,
                    lang=passage_language(piece.text, dominant),
                    kind=kind,
                    segments=piece.segments,
                )
            )
    return passages
