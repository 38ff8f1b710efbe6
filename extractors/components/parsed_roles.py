"""Roles from a dependency parse, where a trained pipeline gives one.

Runs after `findings_claim_roles` and overrides its guesses with what the parse says: the group a
percentage is "of" ("91 Prozent aller Befragten", "60% of marketers") and the predicate whose
subject the percentage is. Docs without a parse pass through unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from extractors import lang as language_data
from extractors.shares import register_extensions


def phrase_of(head: Token) -> list[Token]:
    """A noun phrase from its head: the head and its left modifiers, without determiners."""
    left = [t for t in head.lefts if t.dep_ != "det" and t.pos_ != "DET"]
    return sorted([*(t for modifier in left for t in modifier.subtree), head], key=lambda t: t.i)


def predicate_of(subject: Token) -> list[Token]:
    """The words of the clause whose subject is `subject`, without the subject's own phrase."""
    verb = subject.head
    inside = {t.i for t in subject.subtree}
    return [t for t in verb.subtree if t.i not in inside and not t.is_punct]


def words(tokens: list[Token]) -> str:
    """Tokens as written, joined by their own whitespace."""
    return "".join(t.text_with_ws for t in tokens).strip()


class ParsedRoles:
    """Set subject and population of each mention from the parse, where there is one."""

    def __init__(self, nlp: Language, spans_key: str):
        register_extensions()
        data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.subject_deps = set(data.SUBJECT_DEPENDENCIES)
        self.matcher = DependencyMatcher(nlp.vocab)
        self.matcher.add("population", [list(pattern) for pattern in data.POPULATION_DEPENDENCIES])

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        groups = {token_ids[0]: token_ids[-1] for _, token_ids in self.matcher(doc)}
        for mention in doc.spans.get(self.spans_key, []):
            self.set_annotations(mention, groups)
        return doc

    def set_annotations(self, mention: Span, groups: dict[int, int]) -> None:
        """Override the mention's roles with those the parse gives."""
        doc = mention.doc
        unit = next((t for t in reversed(mention) if t.i in groups), None)
        if unit is not None:
            mention._.findings_population = words(phrase_of(doc[groups[unit.i]]))
            mention._.findings_population_cue = True
        head = mention.root
        if head.dep_ in self.subject_deps and head.head.i != head.i:
            mention._.findings_subject = words(predicate_of(head))


@Language.factory(
    "findings_parsed_roles",
    assigns=["span._.findings_subject", "span._.findings_population"],
    requires=["doc.spans", "token.dep"],
    default_config={"spans_key": "findings_mentions"},
)
def make_parsed_roles(nlp: Language, name: str, spans_key: str) -> ParsedRoles:
    """Create the parse-based role finder."""
    return ParsedRoles(nlp, spans_key)
