"""Shared helpers for the extractor tests: the pipelines, one per language, and one-article extraction."""

import pytest
import spacy
from spacy.tokens import Doc

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


def parse(rows, vocab=None, spaces=None):
    """A Doc with the hand-written parse of `rows`: (word, head, relation, part of speech,
    morphology), and optionally the lemma."""
    words, heads, deps, pos, morphs, *lemmas = (list(column) for column in zip(*rows))
    return Doc(vocab or spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=lemmas[0] if lemmas else None)


def only_mention_on_parse(nlp, text, mention, rows):
    """The one span whose text is `mention`, with its roles read from the parse `rows` of the
    one sentence `text` in place of the trained parser's (a parse the trained parser gave some
    sentence, written out, so that a rule's test does not depend on how one parser reads it)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "findings_sentence_parse":
            doc._.findings_parses = {0: parse(rows, nlp.vocab, [bool(t.whitespace_) for t in doc])}
            assert [t.text for t in doc._.findings_parses[0]] == [t.text for t in doc], "the rows are not the sentence's words"
        else:
            doc = component(doc)
    found = [span for span in doc.spans["findings_mentions"] if span.text == mention]
    assert len(found) == 1, f"{mention!r} not found once"
    return found[0]


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
