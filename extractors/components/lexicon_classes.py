"""The word classes a lexicon knows a word in, as a feature of the trained tagger and parser.

The German pipeline is trained on 2,500 sentences, too few to meet most word forms; HanTa's
lexicon, built from the 50,000 sentences of the TIGER treebank, knows the classes a form can take
("liest": finite verb or imperative; "rund": adverb or adjective). This component writes them
into `token.tag_` ("VV(FIN)|VV(IMP)"), and the trained pipeline's tok2vec embeds `TAG` with the
word's spelling, so the tagger and parser see what the lexicon knows of words they never met in
training. It runs inside the trained pipeline, in training (as an annotating component) and in use.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.word_classes import lexicon_classes

# The likeliest classes a word's feature names: more would split rare words into ever new features.
CLASSES_PER_WORD = 3


class LexiconClasses:
    """Write the classes the lexicon `model` knows each word in into its `tag_`."""

    def __init__(self, model: str):
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.tag_ = "|".join(lexicon_classes(self.model, token.text)[:CLASSES_PER_WORD])
        return doc

    def update(self, examples, *, drop: float = 0.0, sgd=None, losses=None) -> dict:
        """Nothing to learn; present so that training runs it as an annotating component."""
        return losses if losses is not None else {}


@Language.factory("findings_lexicon_classes", default_config={"model": "morphmodel_ger.pgz"})
def make_lexicon_classes(nlp: Language, name: str, model: str) -> LexiconClasses:
    """Create the lexicon feature writer for the HanTa model `model`."""
    return LexiconClasses(model)
