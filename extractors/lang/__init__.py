"""Language data, one module per language, looked up by language code."""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from types import ModuleType

SUPPORTED = ("de", "en")


@cache
def get(lang: str) -> ModuleType:
    """Return the language data module for `lang` ("de" or "en")."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED)}")
    return import_module(f"extractors.lang.{lang}")


@cache
def unit_pattern(*langs: str) -> str:
    """A regular expression (source, lower case) for the percent and percentage-point words of
    `langs` (all supported languages when none are named): the one place the modules' unit words
    become a pattern, for the passages, dedup and tokenizer that look for them in raw text.
    Multiword units may be written with or without spaces ("v. h.", "v.h."); a unit that ends
    in a letter ends a word ("percent", not "percentage")."""
    units = set()
    for lang in langs or SUPPORTED:
        data = get(lang)
        units.update(data.PERCENT_UNITS + data.POINT_UNITS)
        units.update(" ".join(sequence) for sequence in data.PERCENT_UNIT_SEQUENCES + data.POINT_UNIT_SEQUENCES)
    alternatives = []
    for unit in sorted(units, key=lambda unit: (-len(unit), unit)):
        source = r"\s?".join(re.escape(part) for part in unit.split())
        alternatives.append(source + (r"(?!\w)" if unit[-1].isalnum() else ""))
    return "(?:" + "|".join(alternatives) + ")"


@cache
def number_pattern(*langs: str) -> str:
    """A regular expression (source, lower case) for a number before a unit: digits, or a number
    word of `langs` (all supported languages when none are named)."""
    words = {word for lang in langs or SUPPORTED for word in get(lang).NUMBER_WORDS}
    spelled = "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))
    return rf"(?:\d[\d.,]*|(?:{spelled})(?!\w))"
