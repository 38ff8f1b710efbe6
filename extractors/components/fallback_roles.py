"""Fallback roles for when no trained pipeline loads (`FINDINGS_SPACY_MODEL=blank`).

Without a parse only the most common shape is read: a figure that opens its clause, followed by
its group and its predicate ("91 Prozent der befragten Unternehmen nutzen Videos", "60% of
marketers plan bigger budgets"). The group follows a group cue ("der", "aller", "of") and ends at
the first word written in lower case after a noun (German) or at the first word that is no part of
a noun phrase (English); the subject is the rest of the clause. Anything else is left to the
article memory. The parsed roles (`findings_parsed_roles`) are the real thing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors import lang as language_data
from extractors.sentences import sentence_of
from extractors.shares import register_extensions
from extractors.tokens import words_of

_CLAUSE_ENDS = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—"}


class FallbackRoles:
    """Set subject and population of the mentions that open their clause."""

    def __init__(self, nlp: Language, spans_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        for mention in doc.spans.get(self.spans_key, []):
            self.set_annotations(mention)
        return doc

    def set_annotations(self, mention: Span) -> None:
        words, data = words_of(mention.doc), self.data
        end = sentence_of(mention).end
        clause_end = next((k for k in range(mention.end, end) if words.text[k] in _CLAUSE_ENDS), end)
        k = mention.end
        group: list[str] = []
        if k < clause_end and words.lower[k] in data.POPULATION_AFTER:
            k += 1
            while k < clause_end and words.lower[k] in data.DETERMINERS + data.QUANTIFIERS:
                k += 1
            while k < clause_end and not self.ends_group(words, k, group):
                group.append(words.text[k])
                k += 1
        subject = " ".join(words.text[k:clause_end])
        mention._.findings_subject = subject or None
        mention._.findings_population = " ".join(group) or None
        mention._.findings_population_cue = bool(group)

    def ends_group(self, words, k: int, group: list[str]) -> bool:
        """Whether word `k` is past the group: German nouns are capitalized, so a lower-case word
        after one starts the predicate; in English a lower-case word after a plural noun does."""
        if not group:
            return False
        previous = group[-1]
        return words.is_lower[k] and (previous[:1].isupper() if self.data.NOUNS_CAPITALIZED else previous.endswith("s"))


@Language.factory(
    "findings_fallback_roles",
    assigns=["span._.findings_subject", "span._.findings_population"],
    requires=["doc.spans"],
    default_config={"spans_key": "findings_mentions"},
)
def make_fallback_roles(nlp: Language, name: str, spans_key: str) -> FallbackRoles:
    """Create the fallback role finder."""
    return FallbackRoles(nlp, spans_key)
