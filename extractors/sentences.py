"""The sentence a token or span stands in, found once per Doc (spaCy's `.sent` walks the tokens
on every call)."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_SENTENCES = "findings_sentences"
# The mark that opens a line of a list ("- ", "• ", "1. "): the passages split lists at it, the
# roles read the line after it.
LIST_MARKER = re.compile(r"\s*(?:[*\-•●▪◦‣·]|\d{1,3}[.)])\s+")


def sentence_of(item: Span | Token) -> Span:
    """The sentence of a span (the one its first token stands in) or of a token."""
    doc: Doc = item.doc
    known = doc.user_data.get(_SENTENCES)
    if known is None:
        sentences = list(doc.sents)
        known = doc.user_data[_SENTENCES] = ([s.start for s in sentences], sentences)
    starts, sentences = known
    first = item.start if isinstance(item, Span) else item.i
    return sentences[bisect_right(starts, first) - 1]
