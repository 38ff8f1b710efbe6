"""Qualifier phrases around a number: "knapp 60 %", "more than half", "40 percent or more"."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from spacy.tokens import Doc

from extractors.tokens import words_of

_MAX_PHRASE = 4


def _phrases(table: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    return {tuple(phrase.split()): kind for kind, phrases in table.items() for phrase in phrases}


@cache
def qualifier_phrases(data: ModuleType) -> dict[tuple[str, ...], str]:
    """The language's qualifier phrases before a number, as word tuples -> kind."""
    return _phrases(data.QUALIFIERS)


@cache
def postposed_phrases(data: ModuleType) -> dict[tuple[str, ...], str]:
    """The language's qualifier phrases after a mention, as word tuples -> kind."""
    return _phrases(data.POSTPOSED_QUALIFIERS)


def qualifier_before(doc: Doc, start: int, data: ModuleType) -> tuple[int, str]:
    """Find the chain of qualifier phrases ending right before token `start`.

    "up to plus or minus 3.9" chains two phrases; the first non-exact kind in the chain wins,
    and emphasis words (only, nur) are part of the mention only when a real qualifier follows.

    Returns:
        (the mention's new start token, the qualifier: exact, approx, over or under).
    """
    phrases = qualifier_phrases(data)
    lower = words_of(doc).lower
    kinds: list[tuple[int, str]] = []
    cursor = start
    while True:
        for size in range(min(_MAX_PHRASE, cursor), 0, -1):
            words = tuple(lower[cursor - size : cursor])
            if words in phrases:
                cursor -= size
                kinds.append((cursor, phrases[words]))
                break
        else:
            break
    if not kinds:
        return start, "exact"
    qualifier = next((kind for _, kind in kinds if kind != "exact"), "exact")
    if qualifier != "exact":
        # The mention runs from the first qualifier word, emphasis included ("Just under 25%").
        return min(i for i, _ in kinds), qualifier
    # Emphasis alone (only, nur) stays outside the mention; a tolerance (+/-) is part of it.
    tolerance = [i for i, _ in kinds if " ".join(lower[i:start]).startswith(data.TOLERANCE_PHRASES)]
    return (min(tolerance) if tolerance else start), "exact"


def qualifier_after(doc: Doc, end: int, data: ModuleType) -> tuple[int, str | None]:
    """Find a post-posed qualifier right after token `end` ("40 Prozent oder mehr").

    Returns:
        (the mention's new end token, the qualifier or None).
    """
    phrases = postposed_phrases(data)
    lower = words_of(doc).lower
    for size in range(_MAX_PHRASE, 0, -1):
        words = tuple(lower[end : end + size])
        if len(words) == size and words in phrases:
            return end + size, phrases[words]
    return end, None
