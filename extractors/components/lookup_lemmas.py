"""Lookup lemmas, as spaCy's lemmatizer in lookup mode gives them, set for a whole Doc at once."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The most word forms whose lemma is kept; the cache starts over when it is full.
_CACHE_SIZE = 200_000


class LookupLemmatizer(Lemmatizer):
    """spaCy's lookup lemmatizer, without a Token object per word: a Doc's lemmas are read from
    the table by word form (its orth id), each form once, and written to the Doc as one array.
    Tokens that have a lemma keep it."""

    def __init__(self, vocab: Vocab, name: str = "lemmatizer"):
        super().__init__(vocab, None, name, mode="lookup")
        self.lemma_ids: dict[int, int] = {}  # orth id -> lemma string id

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if len(doc) == 0:
            return doc
        orths, lemmas = doc.to_array([ORTH, LEMMA]).T.tolist()
        lemmas = [lemma or self.lemma_id(orth) for orth, lemma in zip(orths, lemmas)]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def lemma_id(self, orth: int) -> int:
        """The string id of the lemma of a word form, as `lookup_lemmatize` reads it."""
        lemma = self.lemma_ids.get(orth)
        if lemma is None:
            if len(self.lemma_ids) >= _CACHE_SIZE:
                self.lemma_ids.clear()
            text = self.vocab.strings[orth]
            found = self.lookups.get_table("lemma_lookup", {}).get(text, text)
            lemma = self.lemma_ids[orth] = self.vocab.strings.add(found if isinstance(found, str) else found[0])
        return lemma


@Language.factory(
    "findings_lookup_lemmatizer",
    assigns=["token.lemma"],
)
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Create the lookup lemmatizer (its table is loaded by `nlp.initialize()`)."""
    return LookupLemmatizer(nlp.vocab, name)
