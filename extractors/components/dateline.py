"""A dateline that opens a passage ("DES MOINES, Iowa —", "Hamburg (dpa) –", "LONDON, March 4,
2025 —") is a sentence of its own, so that the parse of the sentence after it does not take the
place for a phrase of its clause."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# A place, its region or a date after commas, a news agency in brackets, then a dash (the whole
# dateline up to the clause; findings.loading reads a date after a dateline's place).
OPENING_DATELINE = re.compile(
    r"^(?P<place>(?P<caps>[A-ZÄÖÜ][A-ZÄÖÜ.'-]{2,}(?:\s[A-ZÄÖÜ][A-ZÄÖÜ.'-]+)*(?![\wäöüß]))|[A-ZÄÖÜ][\w.'-]+(?:\s[A-ZÄÖÜ][\w.'-]+)?)"
    r"(?:,\s*[^,—–()\n]{1,30}?)*(?:\s*\((?P<agency>[^)\n]{1,15})\))?\s*[—–-]\s+"
)


def dateline_end(text: str) -> int | None:
    """Where a dateline that opens `text` ends, or None: a place in capitals, a news agency in
    brackets or a date in figures tells it from a phrase set off by a dash ("Die Kosten – …")."""
    match = OPENING_DATELINE.match(text)
    if match is None or not (match.group("caps") or match.group("agency") or re.search(r"\d", match.group())):
        return None
    return match.end()


class Dateline:
    """Start a sentence after the dateline that opens a Doc."""

    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc.text)
        if end is not None:
            after = next((token for token in doc if token.idx >= end), None)
            if after is not None and after.i > 0:
                after.is_sent_start = True
        return doc


@Language.factory("findings_dateline")
def make_dateline(nlp: Language, name: str) -> Dateline:
    """Create the dateline splitter."""
    return Dateline()
