"""A Doc's token attributes as plain Python lists, read once per Doc.

Every `doc[i]` makes a new spaCy Token object, and rules that scan a sentence word by word made
millions of them. The rules read these lists instead (`words_of(doc).lower[i]` for
`doc[i].lower_`); the lists are read after the lemmatizer has run, so lemmas are included.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, ORTH, SPACY
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

# Where a Doc keeps its lists.
_WORDS = "findings_words"
# The attributes of each word form (text, lower, flags), by vocabulary and orth id: a form's
# attributes are the same wherever it occurs. A table starts over when it is full.
_FORMS: dict[Vocab, dict[int, tuple]] = {}
_FORMS_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class Words:
    """The attributes of a Doc's tokens, one list per attribute, indexed like the Doc."""

    lang: str
    text: list[str]
    lower: list[str]
    lemma: list[str]
    whitespace: list[str]
    like_num: list[bool]
    is_punct: list[bool]
    is_alpha: list[bool]
    is_title: list[bool]
    is_lower: list[bool]
    is_upper: list[bool]
    doc_text: str

    def text_of(self, span: Span) -> str:
        """The text of a span, as `span.text` gives it."""
        return self.doc_text[span.start_char : span.end_char]


def words_of(doc: Doc) -> Words:
    """The token lists of `doc`, read on the first call and kept with the Doc."""
    known = doc.user_data.get(_WORDS)
    if known is None:
        known = doc.user_data[_WORDS] = read_words(doc)
    return known


def read_words(doc: Doc) -> Words:
    """Read the token lists of `doc`: orth ids, spaces and lemmas from one array, the rest by form."""
    strings = doc.vocab.strings
    orths, spaces, lemmas = doc.to_array([ORTH, SPACY, LEMMA]).T.tolist()
    forms = _FORMS.setdefault(doc.vocab, {})
    if len(forms) >= _FORMS_SIZE:
        forms.clear()
    rows = [forms.get(orth) or form_attributes(doc.vocab, orth, forms) for orth in orths]
    columns = map(list, zip(*rows)) if rows else ([] for _ in range(8))
    text, lower, like_num, is_punct, is_alpha, is_title, is_lower, is_upper = columns
    whitespace = [" " if space else "" for space in spaces]
    return Words(
        lang=doc.lang_,
        text=text,
        lower=lower,
        lemma=[strings[lemma] for lemma in lemmas],
        whitespace=whitespace,
        like_num=like_num,
        is_punct=is_punct,
        is_alpha=is_alpha,
        is_title=is_title,
        is_lower=is_lower,
        is_upper=is_upper,
        doc_text="".join(map(str.__add__, text, whitespace)),
    )


def form_attributes(vocab: Vocab, orth: int, forms: dict[int, tuple]) -> tuple:
    """Read (text, lower, like_num, is_punct, is_alpha, is_title, is_lower, is_upper) of a word
    form from its lexeme, and keep it in `forms`."""
    lexeme = vocab[orth]
    row = forms[orth] = (
        lexeme.orth_, lexeme.lower_, lexeme.like_num, lexeme.is_punct,
        lexeme.is_alpha, lexeme.is_title, lexeme.is_lower, lexeme.is_upper,
    )
    return row
