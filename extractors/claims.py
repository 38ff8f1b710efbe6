"""From an article's passages to its claims: the spaCy pipelines find the mentions and their roles,
the article's context and memory fill in what a sentence leaves out.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import groupby

from spacy.tokens import Doc

from extractors.context import study_population, study_year
from extractors.lang import SUPPORTED
from extractors.memory import ArticleMemory
from extractors.pipeline import is_claim_candidate, load_pipeline
from extractors.sentences import sentence_of
from extractors.tokens import words_of
from extractors.years import YearContext, resolve_year
from findings.records import Article, Claim, Passage

SPANS_KEY = "findings_mentions"
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "“", "»", "«", ")", "…", ":")
# How a paragraph of prose or a new lead-in ends; a line of a list ends otherwise ("Lower overall cost — 54%").
_PROSE_ENDS = (".", "!", "?", '"', "”", "“", "»", "«", "…", ":")
# A lead-in ends with a colon, or with an ellipsis where its items go on with its sentence
# ("Von den befragten Betrieben … • nutzen 88 Prozent …").
_LEAD_IN_ENDS = (":", "…", "...")


def find_claims(article: Article, passages: Sequence[Passage], mined: Collection[int], lang: str) -> list[Claim]:
    """Find the claims of the passages of `article` whose indexes are in `mined`.

    Args:
        article: the article, for its title and date.
        passages: all its passages, in order (the unmined ones give context).
        mined: the indexes of the passages to extract.
        lang: the language the article's context (its study year and population) is read in.

    Returns:
        The article's claims in text order.
    """
    context, memory = article_context(article, passages, lang)
    clipped = clipped_end(article, passages)
    candidates = [
        p for p in passages
        if p.index in mined and p.lang in SUPPORTED and p.kind != "boilerplate" and is_claim_candidate(p.text, p.lang)
    ]
    lead_ins = lead_in_groups(passages, {p.index for p in candidates})
    claims = []
    for passage_lang, group in groupby(candidates, key=lambda p: p.lang):
        group = list(group)
        nlp = load_pipeline(passage_lang)
        for passage, doc in zip(group, nlp.pipe(p.text for p in group)):
            claims.extend(passage_claims(passage, doc, context, memory, clipped, lead_ins.get(passage.index, "")))
    return with_headline_groups(claims, passages)


def with_headline_groups(claims: list[Claim], passages: Sequence[Passage]) -> list[Claim]:
    """The claims, a headline's figure given what the same figure in the body says of it where the
    headline leaves it out: its group ("Nur noch 61,4 Prozent fahren mit dem Auto zur Arbeit" …
    "61,4 Prozent der Berufspendler in Deutschland …") and, without a time of its own, its year
    ("Recycling rate stalls at 44 per cent" … "recycled 44.1 per cent of their waste in 2022"); a
    headline states in short, and may round, what the body says in full."""
    headline = passages[0].index if passages and passages[0].kind == "heading" else None
    def in_body(claim: Claim) -> Claim | None:
        def same(other: Claim) -> bool:
            rounded = claim.value is not None and other.value is not None and claim.value == round(other.value)
            return other.unit == claim.unit and (other.value == claim.value or (rounded and claim.value == int(claim.value)))
        return next((c for c in claims if c.passage != headline and same(c)), None)

    def completed(claim: Claim) -> Claim:
        body = in_body(claim)
        if body is None:
            return claim
        year, source = (claim.year, claim.year_source) if claim.year_source == "sentence" else (body.year, body.year_source)
        return replace(claim, population=claim.population or body.population, year=year, year_source=source)

    return [completed(c) if c.passage == headline else c for c in claims]


def lead_in_groups(passages: Sequence[Passage], items: Collection[int]) -> dict[int, str]:
    """The group that the lead-in of a list names, for each of the list's items among `items`:
    the passage before the list, where it ends with a colon ("Asked what they did instead, the
    children taking part most often named:") or an ellipsis that its items go on from, read by the parse-based roles where they load. The
    list's items are the list items and the lines without a sentence's end ("Lower overall cost
    — 54%") that follow it."""
    groups: dict[int, str] = {}
    lead, group = None, ""
    for passage in passages:
        listed = passage.kind == "list_item" or (lead is not None and not passage.text.rstrip().endswith(_PROSE_ENDS))
        if not listed:
            lead, group = (passage if passage.text.rstrip().endswith(_LEAD_IN_ENDS) else None), ""
        elif lead is not None and passage.index in items and lead.lang in SUPPORTED:
            group = group or lead_in_group(lead.text, lead.lang)
            groups[passage.index] = group
    return groups


@lru_cache(maxsize=4096)  # a syndicated article repeats its lead-ins
def lead_in_group(text: str, lang: str) -> str:
    """The group a lead-in names, by the parse-based roles; "" without them. The lead-in is only
    split into sentences and lemmatized, the roles parse its sentences themselves."""
    nlp = load_pipeline(lang)
    if not nlp.has_pipe("findings_parsed_roles"):
        return ""
    doc = nlp.make_doc(text)
    for name in ("sentencizer", "lemmatizer"):
        doc = nlp.get_pipe(name)(doc)
    return nlp.get_pipe("findings_parsed_roles").lead_in_group(doc) or ""


def article_context(article: Article, passages: Sequence[Passage], lang: str) -> tuple[YearContext, ArticleMemory]:
    """What the whole article says that its figures' sentences may leave out: the study's year and
    the article's date, and a memory that starts from whom the study asked (in citation form
    where the parse-based roles are loaded)."""
    context = YearContext(
        study_year=study_year(article, passages, lang),
        published_year=article.published.year if article.published else None,
    )
    sample = study_population(passages, lang)
    nlp = load_pipeline(lang) if lang in SUPPORTED else None
    if sample and nlp is not None and nlp.has_pipe("findings_parsed_roles"):
        sample = nlp.get_pipe("findings_parsed_roles").sample_citation_form(sample)
    return context, ArticleMemory(sample)


def clipped_end(article: Article, passages: Sequence[Passage]) -> int | None:
    """Where an article's text stops inside a sentence (a clipped excerpt), else None. A heading
    or a list item at the end ("Über ein Viertel schluckt täglich Tabletten & Co", "- fehlende
    Zeit (41 Prozent)") is whole without a full stop."""
    text = article.text.rstrip()
    if text.endswith(_SENTENCE_ENDS) or (passages and passages[-1].kind in ("heading", "list_item")):
        return None
    return len(text)


def drop_broken_word(subject: str, sentence: str) -> str:
    """Drop the clipped last word of a sentence that breaks off from its subject."""
    last_word = sentence.rstrip().split()[-1]
    if subject.endswith(last_word):
        subject = subject[: -len(last_word)].rstrip(" ,;")
    return subject


def passage_claims(
    passage: Passage, doc: Doc, context: YearContext, memory: ArticleMemory, clipped: int | None, lead_in: str = ""
) -> list[Claim]:
    """The claims of the mention spans of one passage's Doc (`clipped`: see `clipped_end`; `lead_in`:
    the group a list's lead-in names, for an item of that list)."""
    mentions = list(doc.spans.get(SPANS_KEY, []))
    words = words_of(doc)
    text_of = words.text_of
    claims = []
    for mention in mentions:
        share = mention._.findings_share
        sentence = sentence_of(mention)
        year, year_source = memory.year(resolve_year(mention, mentions, context), passage.index, sentence.start)
        sentence_text = text_of(sentence)
        truncated = clipped is not None and passage.raw_offset(sentence.end_char - 1) + 1 >= clipped
        subject, population = memory.roles(mention, passage.index, truncated, lead_in)
        if truncated:
            subject = drop_broken_word(subject, sentence_text)
        claims.append(
            Claim(
                passage=passage.index,
                start=mention.start_char,
                end=mention.end_char,
                sentence_start=sentence.start_char,
                sentence=sentence_text,
                lang=words.lang,
                mention=text_of(mention),
                value=share.value,
                value_max=share.value_max,
                qualifier=share.qualifier,
                unit=share.unit,
                subject=subject,
                population=population,
                year=year,
                year_source=year_source,
                derived=share.derived,
            )
        )
    return claims
