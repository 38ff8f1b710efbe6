"""The claims of a Doc as spans: the last component of the pipeline `findings.load_pipeline` gives.

The Doc is read as an article of one passage (its study year and population from its own text,
no date of its own); each claim is a span in `doc.spans["findings"]`, labelled with its unit, and
`span._.findings_claim` is the `findings.records.Claim` with its value, qualifier, subject,
population and year. `displacy.render(doc, style="span", options={"spans_key": "findings"})`
shows them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from findings.records import Article, Passage


class ClaimSpans:
    """Set `doc.spans[spans_key]` to the Doc's claims, each with `span._.findings_claim`."""

    def __init__(self, lang: str, spans_key: str):
        if not Span.has_extension("findings_claim"):
            Span.set_extension("findings_claim", default=None)
        self.lang = lang
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        from extractors.claims import article_context, passage_claims

        passage = Passage(doc_id="doc", index=0, text=doc.text, char_start=0, lang=self.lang)
        article = Article(doc_id="doc", text=doc.text, kind="text", encoding="utf-8", content_hash="", lang=self.lang)
        context, memory = article_context(article, [passage], self.lang)
        spans = []
        for claim in passage_claims(passage, doc, context, memory, clipped=None):
            span = doc.char_span(claim.start, claim.end, label=claim.unit)
            span._.findings_claim = claim
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "findings_claim_spans",
    assigns=["doc.spans", "span._.findings_claim"],
    requires=["doc.spans"],
    default_config={"spans_key": "findings"},
)
def make_claim_spans(nlp: Language, name: str, spans_key: str) -> ClaimSpans:
    """Create the component that puts the Doc's claims in `doc.spans[spans_key]`."""
    return ClaimSpans(nlp.lang, spans_key)
