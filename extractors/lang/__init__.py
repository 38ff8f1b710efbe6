"""Language data, one module per language, looked up by language code."""

from __future__ import annotations

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
