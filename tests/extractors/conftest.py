"""Shared helpers for the extractor tests: blank pipelines, one per language."""

import pytest

from extractors.pipeline import load_pipeline


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
