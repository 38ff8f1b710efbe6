"""The share a mention states, attached to its span as `span._.findings_share`."""

from __future__ import annotations

from dataclasses import dataclass

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


def token_number(token: Token) -> float | None:
    """The number a single token writes, in digits or as a number word, else None."""
    data = language_data.get(token.doc.lang_)
    value = parse_digits(token.text, data.DECIMAL_MARK)
    if value is None:
        value = parse_number_words([token.text], data.NUMBER_WORDS)
    return value


def register_extensions() -> None:
    """Register the token and span attributes the components use (idempotent)."""
    if not Token.has_extension("findings_number"):
        Token.set_extension("findings_number", getter=token_number)
        Token.set_extension("findings_is_number", getter=lambda token: token_number(token) is not None)
    for name in ("findings_share", "findings_subject", "findings_population", "findings_population_cue"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
