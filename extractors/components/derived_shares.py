"""Shares said without a percent: "die Hälfte", "jeder Dritte", "two-thirds of", "one in three"."""

from __future__ import annotations

from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors import lang as language_data
from extractors.qualifiers import qualifier_after, qualifier_before
from extractors.shares import Share, number_value, register_extensions
from extractors.tokens import Words, words_of

# How far after a derived share a restating percent may follow: "Nearly half (46 percent) of".
_RESTATEMENT_WINDOW = 6


def share_value(numerator: float, denominator: float) -> float:
    """A fraction in percent, rounded to two decimals: 2/3 -> 66.67."""
    return round(100 * numerator / denominator, 2)


def fraction_at(words: Words, i: int, data: ModuleType) -> tuple[int, int, float] | None:
    """A fraction phrase whose fraction word is token `i`: (start, end, value) or None."""
    lower = words.lower
    denominator = data.FRACTIONS.get(lower[i])
    if denominator is None:
        return None
    if not data.NOUNS_CAPITALIZED and i > 0 and words.is_title[i] and words.is_title[i - 1]:
        return None  # "Robert Half": a name (English writes the fraction in lower case)
    following = lower[i + 1] if i + 1 < len(lower) else ""
    if following in data.NOT_SHARE_AFTER_FRACTION:
        return None
    if following in ("of", "der", "des") and i + 2 < len(lower) and words.like_num[i + 2]:
        return None  # "half of 2020"
    before = i - 1 if i > 0 and words.text[i - 1] == "-" else i  # "one-third"
    multiplier = data.FRACTION_MULTIPLIERS.get(lower[before - 1]) if before > 0 else None
    if multiplier is not None:
        return before - 1, i + 1, share_value(multiplier, denominator)
    if denominator != 2:
        return None  # "third" alone is an ordinal
    previous = lower[i - 1] if i > 0 else ""
    if previous in data.NOT_SHARE_BEFORE_HALF:
        return None
    if data.HALF_DETERMINERS:  # German says "die Hälfte"
        return (i - 1, i + 1, 50.0) if previous in data.HALF_DETERMINERS else None
    return i, i + 1, 50.0


def every_nth_at(words: Words, i: int, data: ModuleType) -> tuple[int, int, float] | None:
    """ "jeder Dritte", "jedes zweite Unternehmen": (start, end, value) or None."""
    lower = words.lower
    if lower[i] not in data.EVERY or i + 1 >= len(lower):
        return None
    denominator = data.ORDINAL_SHARES.get(lower[i + 1].rstrip("n"))
    return (i, i + 2, share_value(1, denominator)) if denominator else None


def n_in_m_at(words: Words, i: int, data: ModuleType) -> tuple[int, int, float] | None:
    """ "one in three", "7 in 10", "drei von vier": (start, end, value) or None."""
    lower = words.lower
    if not (words.like_num[i] or lower[i] in data.NUMBER_WORDS):
        return None
    numerator = number_value(words.text[i], words.lang)
    if numerator is None:
        return None
    for joiner in data.N_IN_M:
        parts = joiner.split()
        j = i + 1 + len(parts)
        if j < len(lower) and lower[i + 1 : j] == parts:
            denominator = number_value(words.text[j], words.lang)
            if denominator in data.SHARE_DENOMINATORS and 0 < numerator < denominator:
                return i, j + 1, share_value(numerator, denominator)
    return None


def all_respondents_at(words: Words, i: int, data: ModuleType) -> tuple[int, int, float] | None:
    """ "ALLE befragten", "all respondents": everyone asked, 100 percent."""
    lower = words.lower
    if lower[i] in data.ALL_WORDS and i + 1 < len(lower) and lower[i + 1] in data.RESPONDENT_WORDS:
        return i, i + 1, 100.0
    return None


def is_restated(words: Words, end: int, mentions: list[Span]) -> bool:
    """True when a percent in parentheses soon after restates the share: "Nearly half (46 %)"."""
    text = words.text
    for k in range(end, min(end + _RESTATEMENT_WINDOW, len(text))):
        if text[k] in (",", ";", ".", ":"):
            return False
        if text[k] == "(" and any(m.start == k + 1 for m in mentions):
            return True
    return False


class DerivedShares:
    """Find shares said without a percent word and add them, marked derived, to the mentions.

    A share restated by a percent right after it ("Nearly half (46 percent)") is not a claim of
    its own; its span is kept apart so that other components can see where it stands.
    """

    FINDERS = (fraction_at, every_nth_at, n_in_m_at, all_respondents_at)

    def __init__(self, nlp: Language, spans_key: str, restated_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.restated_key = restated_key
        data = self.data
        # The words a share can start at (or turn on); numbers in digits count too.
        self.triggers = {*data.FRACTIONS, *data.EVERY, *data.ALL_WORDS, *data.NUMBER_WORDS}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, *self.match(doc))
        return doc

    def match(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        """Return the derived-share spans (each with `span._.findings_share`, derived=True) and
        the spans of shares restated by a percent."""
        mentions = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        taken = {i for span in mentions for i in range(span.start, span.end)}
        found: list[Span] = []
        restated: list[Span] = []
        words = words_of(doc)
        covered = 0  # a share found ends here; the next one starts after it
        for i, (lower, like_num) in enumerate(zip(words.lower, words.like_num)):
            if i < covered or not (like_num or lower in self.triggers):
                continue
            hit = next((h for finder in self.FINDERS if (h := finder(words, i, self.data))), None)
            if hit is None or taken.intersection(range(hit[0], hit[1])):
                continue
            start, end, value = hit
            covered = end
            if is_restated(words, end, mentions):
                restated.append(Span(doc, start, end, label="restated"))
                continue
            start, qualifier = qualifier_before(doc, start, self.data)
            end, post_qualifier = qualifier_after(doc, end, self.data)
            span = Span(doc, start, end, label="percent")
            span._.findings_share = Share(value=value, qualifier=post_qualifier or qualifier, derived=True)
            found.append(span)
        return found, restated

    def set_annotations(self, doc: Doc, spans: list[Span], restated: list[Span]) -> None:
        """Add the derived shares to `doc.spans[spans_key]`, keeping the group sorted."""
        existing = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        doc.spans[self.spans_key] = sorted(existing + spans, key=lambda span: span.start)
        doc.spans[self.restated_key] = restated


@Language.factory(
    "findings_derived_shares",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"spans_key": "findings_mentions", "restated_key": "findings_restated"},
)
def make_derived_shares(nlp: Language, name: str, spans_key: str, restated_key: str) -> DerivedShares:
    """Create the derived-share finder; shares restated by a percent go to `restated_key`."""
    return DerivedShares(nlp, spans_key, restated_key)
