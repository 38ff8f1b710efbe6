"""The library API: one article's claims from a string, and the spaCy pipeline the project uses.

    >>> import findings
    >>> findings.extract("Knapp 60 Prozent der Befragten nutzen Instagram.", published="2024-05-01")
    [Finding(..., value=60.0, qualifier='approx', ..., population='Befragte', year=2024, ...)]

    >>> nlp = findings.load_pipeline("en")
    >>> doc = nlp("Nearly 60% of marketers say they plan to increase their budgets.")
    >>> [(span.text, span._.findings_claim.population) for span in doc.spans["findings"]]
    [('Nearly 60%', 'marketers')]
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language

from extractors.lang import SUPPORTED
from findings.loading import article_from_text
from findings.pipeline import article_findings
from findings.records import Finding

# A text that starts with a tag is HTML, a whole page or a fragment ("<p>...").
MARKUP_START = re.compile(r"\s*<(?:!doctype|[a-z][\w-]*)[\s>/]", re.IGNORECASE)


def extract(
    text: str, *, lang: str | None = None, published: dt.date | str | None = None, title: str | None = None
) -> list[Finding]:
    """The claims of one article's text (plain, or HTML when it starts with a tag), as the
    pipeline writes them for that article alone (`docs` names only it: "text").

    Args:
        text: the article.
        lang: "de" or "en"; None: told from the text.
        published: the article's date (a date or "YYYY-MM-DD"), the year of a claim whose text
            names none; None: the date the text gives, if any.
        title: the article's title; None: the one the text gives.

    Raises:
        ValueError: `lang` is not supported or `published` is no date.
    """
    if lang is not None and lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED)}")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    elif isinstance(published, dt.datetime):
        published = published.date()
    html = bool(MARKUP_START.match(text))
    return article_findings(article_from_text(text, "text", html=html, lang=lang, title=title, published=published))


def load_pipeline(lang: str) -> Language:
    """A new copy of the spaCy pipeline the project extracts `lang` with (the trained tagger and
    parser where they load), ending in `findings_claim_spans`: `doc.spans["findings"]` holds the
    claims of a text read as one article, `span._.findings_claim` each one's fields."""
    from extractors.pipeline import build_pipeline

    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED)}")
    nlp = build_pipeline(lang)
    nlp.add_pipe("findings_claim_spans")
    return nlp
