"""Word classes without a tagger: verbs, German attributive adjectives, plural subjects.

spaCy's blank pipelines give no part-of-speech tags, so the roles component asks these guesses,
made from the language data, the lookup lemma table, case and position. When a trained pipeline
supplies tags, `is_verb` takes them instead.
"""

from __future__ import annotations

from types import ModuleType

from spacy.tokens import Span, Token

from extractors.sentences import sentence_of


# Endings of German comparatives and superlatives on their lemma: "wenig" -> "weniger", "meisten".
_COMPARISON_ENDINGS = ("er", "ere", "eren", "erer", "st", "ste", "sten")


class WordClasses:
    """Guesses about single tokens for one language.

    Args:
        data: the language's data module.
        lemmas: the lookup lemma table (inflected form -> lemma), possibly empty.
    """

    def __init__(self, data: ModuleType, lemmas):
        self.data = data
        self.lemmas = lemmas
        self.closed_class = set(
            data.DETERMINERS + data.PREPOSITIONS + data.LEADING_FILLERS + data.QUANTIFIERS
            + data.BACK_REFERENCES + data.CLAUSE_STARTS + data.SUBORDINATORS + data.COORDINATORS
        )

    def is_verb(self, token: Token) -> bool:
        """Whether a token is (or starts) a predicate: from tags when present, else guessed."""
        if token.pos_:
            return token.pos_ in ("VERB", "AUX")
        lower = token.lower_
        if lower in self.closed_class or not token.is_alpha:
            return False
        if token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
            return False  # the second half of a compound: "Ad-supported", "mobile-using"
        if token.lang_ == "de":
            if token.is_lower:
                lemma = self.lemmas.get(lower, lower)
                comparative = lemma != lower and lower.startswith(lemma) and lower[len(lemma):] in _COMPARISON_ENDINGS
                return not (comparative or self.is_attributive(token))  # "weniger" is no verb
            # A capitalized word is a noun, unless it opens the sentence and is a verb form.
            opens = token.is_sent_start or (token.i > 0 and token.nbor(-1).text in (":", "–", "—"))
            return opens and self.lemmas.get(lower, lower) != lower
        data = self.data
        if token.is_title and not token.is_sent_start and not is_headline(sentence_of(token)):
            return False  # "the United States": a name
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if previous is not None and (previous.lower_ in data.DETERMINERS or (previous.lower_ in data.PREPOSITIONS and previous.lower_ != "to")):
            return False  # "the state", "of state residents"
        lemma = self.lemmas.get(lower, lower)
        if lemma in data.VERB_LEMMAS or lower in data.RELATIVES:
            return True
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.is_title and lower.endswith("ing") and following is not None and following.lower_.endswith("s"):
            return False  # "Nursing jobs": a modifier, not a verb
        if lemma != lower and not lower.endswith(("s", "er", "est")) and lower not in data.IRREGULAR_PLURALS:
            return True  # an inflected form that is no plural and no comparison: "rode", "grew", "asked"
        # After a subject (a plural noun, a pronoun, a figure), a word that has verb forms is the
        # verb: "owners track", "8 in 10 subscribe".
        if previous is None or not token.is_lower or lower.endswith("s") or previous.is_title:
            return False
        return self.after_subject(previous) and self.has_verb_forms(lemma)

    def after_subject(self, token: Token) -> bool:
        """Whether a token can end a clause's subject: a plural noun, a pronoun or a figure."""
        lower = token.lower_
        lemma = self.lemmas.get(lower, lower)
        plural_noun = lower.endswith("s") and lemma != lower and lemma not in self.data.VERB_LEMMAS
        figure = token.like_num or lower in self.data.PERCENT_UNITS
        return (plural_noun and lower not in self.closed_class) or figure or lower in self.data.SUBJECT_PRONOUNS

    def has_verb_forms(self, lemma: str) -> bool:
        """Whether the lemma table knows -ing or -ed forms of a word, as it does for verbs."""
        stems = (lemma, lemma[:-1]) if lemma.endswith("e") else (lemma, lemma + lemma[-1:])
        return any(self.lemmas.get(stem + ending) == lemma for stem in stems for ending in ("ing", "ed"))

    def is_attributive(self, token: Token, depth: int = 0) -> bool:
        """A lowercase German adjective before a noun: "befragten Unternehmen", "deutschen Top-Unternehmen"."""
        if not (token.is_lower and token.is_alpha and token.text.endswith(("e", "en", "er", "es", "em"))):
            return False
        if token.lower_ in self.closed_class or depth > 2 or token.lemma_ == token.lower_:
            return False  # an inflected adjective has a different lemma: "befragten" -> "befragen"
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is not None and (
            following.is_title or following.is_upper or self.is_attributive(following, depth + 1)
        )



def is_year(token: Token) -> bool:
    """A four-digit year of the last or this century."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def is_headline(sentence: Span) -> bool:
    """Whether a sentence is set in title case, as headlines are ("7 in 10 Nurses Feel Burned Out")."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.6 * len(words)
