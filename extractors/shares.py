"""The share a mention states, attached to its span as `span._.findings_share`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from extractors import lang as language_data
from extractors.numbers import parse_digits, parse_number_words


@dataclass(frozen=True, slots=True)
class Share:
    """What a percentage mention says: value, range end, qualifier, unit, and whether derived."""

    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str = "percent"
    derived: bool = False


@lru_cache(maxsize=65_536)
def number_value(text: str, lang: str) -> float | None:
    """The number a token text writes in `lang`, in digits or as a number word, else None."""
    data = language_data.get(lang)
    value = parse_digits(text, data.DECIMAL_MARK)
    if value is None:
        value = parse_number_words([text], data.NUMBER_WORDS)
    return value


def token_number(token: Token) -> float | None:
    """The number a single token writes, in digits or as a number word, else None."""
    return number_value(token.text, token.doc.lang_)


def register_extensions() -> None:
    """Register the attributes the components offer (idempotent): `token._.findings_number` (the
    components themselves read `number_value` from their token lists) and the mention spans' own."""
    if not Token.has_extension("findings_number"):
        Token.set_extension("findings_number", getter=token_number)
    names = ("findings_share", "findings_subject", "findings_subject_refers_back", "findings_population", "findings_population_cue",
             "findings_population_local", "findings_population_before", "findings_population_place", "findings_threshold",
             "findings_population_noun", "findings_population_demonstrative", "findings_subject_adjuncts")
    for name in names:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
