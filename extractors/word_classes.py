"""Word classes without a tagger: verbs, German attributive adjectives, plural subjects.

spaCy's blank pipelines give no part-of-speech tags, so the roles component asks these guesses,
made from the language data, the lookup lemma table, case and position. When a trained pipeline
supplies tags, `is_verb` takes them instead.
"""

from __future__ import annotations

from types import ModuleType

from spacy.tokens import Span, Token

from extractors.sentences import sentence_of
from extractors.tokens import Words, words_of


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
        words, i = words_of(token.doc), token.i
        lower = words.lower[i]
        if lower in self.closed_class or not words.is_alpha[i]:
            return False
        if i > 0 and words.text[i - 1] == "-" and not words.whitespace[i - 1]:
            return False  # the second half of a compound: "Ad-supported", "mobile-using"
        if words.lang == "de":
            if words.is_lower[i]:
                lemma = self.lemmas.get(lower, lower)
                comparative = lemma != lower and lower.startswith(lemma) and lower[len(lemma):] in _COMPARISON_ENDINGS
                return not (comparative or self.is_attributive(token))  # "weniger" is no verb
            # A capitalized word is a noun, unless it opens the sentence and is a verb form.
            opens = token.is_sent_start or (i > 0 and words.text[i - 1] in (":", "–", "—"))
            return opens and self.lemmas.get(lower, lower) != lower
        data = self.data
        if words.is_title[i] and not token.is_sent_start and not is_headline(words, sentence_of(token)):
            return False  # "the United States": a name
        previous = words.lower[i - 1] if i > 0 else None
        if previous is not None and (previous in data.DETERMINERS or (previous in data.PREPOSITIONS and previous != "to")):
            return False  # "the state", "of state residents"
        lemma = self.lemmas.get(lower, lower)
        if lemma in data.VERB_LEMMAS or lower in data.RELATIVES:
            return True
        following = words.lower[i + 1] if i + 1 < len(words.lower) else None
        if words.is_title[i] and lower.endswith("ing") and following is not None and following.endswith("s"):
            return False  # "Nursing jobs": a modifier, not a verb
        if lemma != lower and not lower.endswith(("s", "er", "est")) and lower not in data.IRREGULAR_PLURALS:
            return True  # an inflected form that is no plural and no comparison: "rode", "grew", "asked"
        # After a subject (a plural noun, a pronoun, a figure), a word that has verb forms is the
        # verb: "owners track", "8 in 10 subscribe".
        if previous is None or not words.is_lower[i] or lower.endswith("s") or words.is_title[i - 1]:
            return False
        return self.after_subject(words, i - 1) and self.has_verb_forms(lemma)

    def after_subject(self, words: Words, i: int) -> bool:
        """Whether token `i` can end a clause's subject: a plural noun, a pronoun or a figure."""
        lower = words.lower[i]
        lemma = self.lemmas.get(lower, lower)
        plural_noun = lower.endswith("s") and lemma != lower and lemma not in self.data.VERB_LEMMAS
        figure = words.like_num[i] or lower in self.data.PERCENT_UNITS
        return (plural_noun and lower not in self.closed_class) or figure or lower in self.data.SUBJECT_PRONOUNS

    def has_verb_forms(self, lemma: str) -> bool:
        """Whether the lemma table knows -ing or -ed forms of a word, as it does for verbs."""
        stems = (lemma, lemma[:-1]) if lemma.endswith("e") else (lemma, lemma + lemma[-1:])
        return any(self.lemmas.get(stem + ending) == lemma for stem in stems for ending in ("ing", "ed"))

    def is_attributive(self, token: Token, depth: int = 0) -> bool:
        """A lowercase German adjective before a noun: "befragten Unternehmen", "deutschen Top-Unternehmen"."""
        words, i = words_of(token.doc), token.i
        if not (words.is_lower[i] and words.is_alpha[i] and words.text[i].endswith(("e", "en", "er", "es", "em"))):
            return False
        if words.lower[i] in self.closed_class or depth > 2 or words.lemma[i] == words.lower[i]:
            return False  # an inflected adjective has a different lemma: "befragten" -> "befragen"
        following = i + 1
        return following < len(words.text) and (
            words.is_title[following] or words.is_upper[following] or self.is_attributive(token.doc[following], depth + 1)
        )


def is_year(text: str) -> bool:
    """Whether a token's text is a four-digit year of the last or this century."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def is_headline(words: Words, sentence: Span) -> bool:
    """Whether a sentence is set in title case, as headlines are ("7 in 10 Nurses Feel Burned Out")."""
    long_words = [i for i in range(sentence.start, sentence.end) if words.is_alpha[i] and len(words.text[i]) > 3]
    return len(long_words) >= 3 and sum(words.is_title[i] for i in long_words) >= 0.6 * len(long_words)
