"""Reading numbers as written: digits with decimal marks, and number words."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"^[+]?\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})*(?:[.,]\d+)?$|^[+]?\d+(?:[.,]\d+)?$")


def parse_digits(text: str, decimal_mark: str) -> float | None:
    """Read a number written in digits, e.g. "12,5" (German) or "1,200.5" (English).

    A separator followed by exactly three digits is a thousands separator unless it is the
    language's decimal mark; one or two digits after either separator make it a decimal.

    Args:
        text: the token text.
        decimal_mark: "," or ".", the language's decimal mark.

    Returns:
        The value, or None when `text` is not a number in digits.
    """
    text = text.strip().lstrip("+")
    if not _DIGITS.match(text):
        return None
    groups = re.split(r"[.,\u202f\u00a0 ]", text)
    separators = re.findall(r"[.,\u202f\u00a0 ]", text)
    if not separators:
        return float(text)
    last_sep, last_group = separators[-1], groups[-1]
    if last_sep in ".," and (last_sep == decimal_mark or len(last_group) != 3):
        return float("".join(groups[:-1]) + "." + last_group)
    return float("".join(groups))


def parse_number_words(words: list[str], number_words: dict[str, int]) -> float | None:
    """Read a number written in words: "zwei", "vierundzwanzig", ["twenty", "four"].

    Returns:
        The value, or None when the words are not one number.
    """
    values = [number_words.get(word.lower()) for word in words if word != "-"]
    if not values or any(value is None for value in values):
        return None
    if len(values) == 1:
        return float(values[0])
    if len(values) == 2 and values[0] % 10 == 0 and 20 <= values[0] <= 90 and 1 <= values[1] <= 9:
        return float(values[0] + values[1])
    return None
