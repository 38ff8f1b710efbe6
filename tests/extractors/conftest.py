"""Shared helpers for the extractor tests: the pipelines, one per language, and one-article extraction."""

import pytest

from extractors.pipeline import load_pipeline
from findings.passages import split_passages
from findings.records import Article
from findings.rows import article_rows


@pytest.fixture(scope="session")
def de_nlp():
    return load_pipeline("de")


@pytest.fixture(scope="session")
def en_nlp():
    return load_pipeline("en")


def mentions(nlp, text):
    """The mention spans the pipeline finds in `text`."""
    doc = nlp(text)
    return list(doc.spans["findings_mentions"])


def only_mention(nlp, text, mention):
    """The one span whose text is `mention`, checking it is found where the text says it."""
    found = [span for span in mentions(nlp, text) if span.text == mention]
    assert len(found) == 1, f"{mention!r} not found once in {[s.text for s in mentions(nlp, text)]}"
    span = found[0]
    assert text[span.start_char : span.end_char] == mention
    return span


def only_finding(text, mention, published=None, title=None):
    """Extract `text` as a one-article corpus and return the one finding whose mention is `mention`."""
    article = Article(
        doc_id="a.txt", text=text, kind="text", encoding="utf-8", content_hash="x", title=title, published=published
    )
    passages = split_passages(article)
    findings = article_rows(article, passages, {p.index: ("a.txt",) for p in passages})
    found = [f for f in findings if f.mention == mention]
    assert len(found) == 1, [f.mention for f in findings]
    return found[0]
