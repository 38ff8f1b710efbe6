"""Parse only the sentences that hold a mention, with the project's trained pipeline.

The blank pipeline tokenizes and splits every passage quickly; the trained tagger and parser
(models/<lang>, see models/README.md) run only on the sentences where a mention stands. Each
parsed sentence is a Doc of its own, kept in `doc._.findings_parses` by the index of the
sentence's first token in the passage's Doc.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extractors.sentences import sentence_of


@cache
def trained_pipeline(path: str) -> Language:
    """The trained pipeline at `path` (loaded once per process)."""
    return spacy.load(path)


class SentenceParse:
    """Tag and parse the sentences of a Doc that hold a mention or a restated share."""

    def __init__(self, model: str, spans_keys: list[str]):
        if not Doc.has_extension("findings_parses"):
            Doc.set_extension("findings_parses", default=None)
        self.parser = trained_pipeline(model)
        self.spans_keys = spans_keys

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Parse the mention sentences of a batch of Docs together (the network runs faster on
        many sentences at once)."""
        for batch in minibatch(docs, batch_size):
            wanted = [(doc, self.sentences(doc)) for doc in batch]
            copies = [self.copy(sentence) for _, sentences in wanted for sentence in sentences.values()]
            parsed = iter(self.parser.pipe(copies, batch_size=len(copies) or 1))
            for doc, sentences in wanted:
                doc._.findings_parses = {start: next(parsed) for start in sentences}
                yield doc

    def sentences(self, doc: Doc) -> dict[int, Span]:
        """The sentences of `doc` that hold a mention, by their first token."""
        found = {}
        for key in self.spans_keys:
            for span in doc.spans.get(key, []):
                sentence = sentence_of(span)
                found.setdefault(sentence.start, sentence)
        return found

    def copy(self, sentence: Span) -> Doc:
        """The sentence as a Doc of the trained pipeline's vocabulary, with its words and lemmas."""
        return Doc(
            self.parser.vocab,
            words=[token.text for token in sentence],
            spaces=[bool(token.whitespace_) for token in sentence],
            lemmas=[token.lemma_ for token in sentence],
        )


@Language.factory(
    "findings_sentence_parse",
    assigns=["doc._.findings_parses"],
    requires=["doc.spans"],
    default_config={"model": "", "spans_keys": ["findings_mentions", "findings_restated"]},
)
def make_sentence_parse(nlp: Language, name: str, model: str, spans_keys: list[str]) -> SentenceParse:
    """Create the sentence parser over the trained pipeline saved at `model`."""
    return SentenceParse(model, spans_keys)
