"""Percentage mentions: a number in digits or words with a percent or percentage-point unit."""

from __future__ import annotations

from types import ModuleType

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors import lang as language_data
from extractors.numbers import parse_number_words
from extractors.qualifiers import qualifier_after, qualifier_before
from extractors.shares import Share, number_value, register_extensions
from extractors.tokens import words_of

# A mention glued to one of these is part of a URL, a file name or code, not a claim.
_CODE_CHARS = set("/=_#&?%@\\")


def number_patterns(data: ModuleType) -> list[list[dict]]:
    """Token patterns for one number: digits or a number word, or an English compound word.
    (Attributes the Matcher reads natively; the value is read only for the tokens that match.)"""
    patterns = [[{"LIKE_NUM": True}], [{"LOWER": {"IN": list(data.NUMBER_WORDS)}}]]
    tens, units = data.TENS_WORDS, data.UNIT_WORDS
    if tens:
        patterns.append([{"LOWER": {"IN": list(tens)}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": list(units)}}])
    return patterns


def unit_patterns(single: tuple[str, ...], sequences: tuple[tuple[str, ...], ...]) -> list[list[dict]]:
    """Token patterns for a unit: one word ("Prozent", "%") or a word sequence ("per cent")."""
    patterns = [[{"LOWER": {"IN": list(single)}}]] if single else []
    patterns.extend([{"LOWER": word} for word in sequence] for sequence in sequences)
    return patterns


def is_embedded_in_code(span: Span) -> bool:
    """True when the text around a mention glues it into a URL, a path or a code.

    The characters beside the span are read from the doc's text (a space at either end).
    """
    text = words_of(span.doc).doc_text
    before = text[span.start_char - 1] if span.start_char > 0 else " "
    after = text[span.end_char] if span.end_char < len(text) else " "
    return before in _CODE_CHARS or before.isalnum() or after.isalnum() or after in _CODE_CHARS


class PercentMentions:
    """Find percentage mentions and attach a `Share` to each span."""

    def __init__(self, nlp: Language, spans_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.matcher = Matcher(nlp.vocab)
        numbers = number_patterns(self.data)
        for unit, single, sequences in (
            ("percent", self.data.PERCENT_UNITS, self.data.PERCENT_UNIT_SEQUENCES),
            ("percentage_points", self.data.POINT_UNITS, self.data.POINT_UNIT_SEQUENCES),
        ):
            units = unit_patterns(single, sequences)
            self.matcher.add(unit, [number + unit_tokens for number in numbers for unit_tokens in units])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Return the mention spans of `doc`, sorted, each with `span._.findings_share` set."""
        cores = filter_spans(
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        )
        mentions: dict[int, Span] = {}
        for core in sorted(cores, key=lambda span: span.start):
            for mention in self.expand(doc, core):
                # A range swallows the mention of its own start value ("20 % bis 30 %").
                for start in [s for s, m in mentions.items() if m.start < mention.end and mention.start < m.end]:
                    del mentions[start]
                mentions[mention.start] = mention
        return sorted(mentions.values(), key=lambda span: span.start)

    def expand(self, doc: Doc, core: Span) -> list[Span]:
        """Grow a number+unit core into its mention(s): range, qualifiers, a change's start value."""
        value = self.core_value(doc, core)
        if value is None or is_embedded_in_code(core):
            return []
        start, low, change_start = self.range_start(doc, core.start, core.label_)
        start, qualifier = qualifier_before(doc, start, self.data)
        end, post_qualifier = qualifier_after(doc, core.end, self.data)
        span = Span(doc, start, end, label=core.label_)
        span._.findings_share = Share(
            value=value if low is None else low,
            value_max=None if low is None else value,
            qualifier=post_qualifier or qualifier,
            unit=core.label_,
        )
        return change_start + [span]

    def core_value(self, doc: Doc, core: Span) -> float | None:
        """The number of a number+unit core, read from its leading number tokens."""
        doc_words = words_of(doc)
        text, lang = doc_words.text, doc_words.lang
        words = []
        for k in range(core.start, core.end):
            if number_value(text[k], lang) is None and not (text[k] == "-" and words):
                break
            words.append(text[k])
        if len(words) == 1:
            return number_value(words[0], lang)
        return parse_number_words(words, self.data.NUMBER_WORDS)

    def range_start(self, doc: Doc, start: int, unit: str) -> tuple[int, float | None, list[Span]]:
        """Look left of a mention's number for a range ("20 bis 30") or a change ("von 74 auf").

        Returns:
            (the mention's start token, the range's lower value or None, extra mentions: the
            bare start value of a change such as "von 74 auf 78 Prozent").
        """
        data = self.data
        if start < 2:
            return start, None, []
        words = words_of(doc)
        lower = words.lower
        joiner = lower[start - 1]
        first = start - 2
        if lower[first] in data.PERCENT_UNITS + data.POINT_UNITS and first > 0:
            first -= 1
        first_value = number_value(words.text[first], words.lang)
        if first_value is None:
            return start, None, []
        before = lower[first - 1] if first > 0 else ""
        # "23 percent, respectively", "43.0 per cent respectively": the word right after the unit
        units = {*data.PERCENT_UNITS, *data.POINT_UNITS, *(w for words in data.PERCENT_UNIT_SEQUENCES + data.POINT_UNIT_SEQUENCES for w in words)}
        after_unit = next((w for w in lower[start + 1 : start + 6] if w != "," and w not in units), "")
        respective = joiner in data.RESPECTIVE_JOINERS and (not data.RESPECTIVELY or after_unit in data.RESPECTIVELY)
        if (before in data.CHANGE_FROM and joiner in data.CHANGE_TO) or respective:
            if first == start - 2:  # the start value has no unit of its own: a bare mention
                bare = Span(doc, first, first + 1, label=unit)
                bare._.findings_share = Share(value=first_value, unit=unit)
                return start, None, [bare]
            return start, None, []
        is_range = joiner in data.RANGE_WORDS or (before in data.RANGE_BETWEEN and joiner in data.RANGE_BETWEEN_AND)
        if is_range and first_value < (number_value(words.text[start], words.lang) or 0):
            return (first - 1 if before in data.RANGE_BETWEEN else first), first_value, []
        return start, None, []

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Store the mentions in `doc.spans[spans_key]`."""
        doc.spans[self.spans_key] = spans


@Language.factory(
    "findings_percent_mentions",
    assigns=["doc.spans"],
    default_config={"spans_key": "findings_mentions"},
)
def make_percent_mentions(nlp: Language, name: str, spans_key: str) -> PercentMentions:
    """Create the percentage-mention finder."""
    return PercentMentions(nlp, spans_key)
