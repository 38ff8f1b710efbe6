"""Percentage claims from an article's passages, with spaCy rule components.

`extract_article` is the one entry point the pipeline uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from spacy.tokens import Doc

from extractors.context import study_population, study_year
from extractors.lang import SUPPORTED
from extractors.memory import ArticleMemory
from extractors.pipeline import is_claim_candidate, load_pipeline
from extractors.sentences import sentence_of
from extractors.tokens import words_of
from extractors.years import YearContext, resolve_year
from findings.records import Article, Finding, Passage
from findings.table import make_finding_id

SPANS_KEY = "findings_mentions"
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "“", "»", "«", ")", "…", ":")


def passages_language(passages: Sequence[Passage]) -> str:
    """The language (German or English) most of an article's passages are in, by length: for an
    article whose loading did not say (`findings.passages.article_language` tells it from the text)."""
    sizes = {lang: sum(len(p.text) for p in passages if p.lang == lang) for lang in SUPPORTED}
    return max(sizes, key=sizes.get)


def extract_article(
    article: Article, passages: Sequence[Passage], mine: Mapping[int, tuple[str, ...]]
) -> list[Finding]:
    """Extract the claims of the passages of `article` listed in `mine`.

    Args:
        article: the article, for its title and date.
        passages: all its passages, in order (the unmined ones give context).
        mine: passage index -> the articles that passage occurs in (its provenance).

    Returns:
        The article's findings in text order.
    """
    lang = article.lang if article.lang in SUPPORTED else passages_language(passages)
    context = YearContext(
        study_year=study_year(article, passages, lang),
        published_year=article.published.year if article.published else None,
    )
    memory = ArticleMemory(study_population(passages, lang))
    clipped = clipped_end(article)
    mined = [
        p for p in passages
        if p.index in mine and p.lang in SUPPORTED and p.kind != "boilerplate" and is_claim_candidate(p.text, p.lang)
    ]
    findings = []
    for passage_lang, group in groupby(mined, key=lambda p: p.lang):
        group = list(group)
        nlp = load_pipeline(passage_lang)
        for passage, doc in zip(group, nlp.pipe(p.text for p in group)):
            docs = ";".join(mine[passage.index])
            findings.extend(passage_findings(article, passage, doc, docs, context, memory, clipped))
    return findings


def clipped_end(article: Article) -> int | None:
    """Where an article's text stops inside a sentence (a clipped excerpt), else None."""
    text = article.text.rstrip()
    return None if text.endswith(_SENTENCE_ENDS) else len(text)


def drop_broken_word(subject: str, sentence: str) -> str:
    """Drop the clipped last word of a sentence that breaks off from its subject."""
    last_word = sentence.rstrip().split()[-1]
    if subject.endswith(last_word):
        subject = subject[: -len(last_word)].rstrip(" ,;")
    return subject


def passage_findings(
    article: Article,
    passage: Passage,
    doc: Doc,
    docs: str,
    context: YearContext,
    memory: ArticleMemory,
    clipped: int | None,
) -> list[Finding]:
    """Turn the mention spans of one passage's Doc into findings (`clipped`: see `clipped_end`)."""
    mentions = list(doc.spans.get(SPANS_KEY, []))
    words = words_of(doc)
    text_of = words.text_of
    findings = []
    for mention in mentions:
        share = mention._.findings_share
        year, year_source = memory.year(resolve_year(mention, mentions, context), passage.index)
        sentence = sentence_of(mention)
        sentence_text, mention_text = text_of(sentence), text_of(mention)
        offset_in_sentence = mention.start_char - sentence.start_char
        truncated = clipped is not None and passage.raw_offset(sentence.end_char - 1) + 1 >= clipped
        subject, population = memory.roles(mention, passage.index, truncated)
        if truncated:
            subject = drop_broken_word(subject, sentence_text)
        findings.append(
            Finding(
                finding_id=make_finding_id(sentence_text, offset_in_sentence, mention_text),
                doc_id=article.doc_id,
                docs=docs,
                lang=words.lang,
                mention=mention_text,
                value=share.value,
                value_max=share.value_max,
                qualifier=share.qualifier,
                unit=share.unit,
                subject=subject,
                population=population,
                year=year,
                year_source=year_source,
                sentence=" ".join(sentence_text.split()),
                char_start=passage.raw_offset(mention.start_char),
                char_end=passage.raw_offset(mention.end_char - 1) + 1,
                derived=share.derived,
            )
        )
    return findings
