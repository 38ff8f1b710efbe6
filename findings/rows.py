"""Table rows from the claims the extractors find: ids, provenance and offsets in the file.

`extractors.find_claims` reads an article's passages and says what each claim is and where
its mention stands in its passage; a row adds what the table needs beyond that: a stable id, the
articles the passage occurs in (`docs`) and the offsets in the article's own text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extractors import find_claims
from findings.passages import extraction_language
from findings.records import Article, Claim, Finding, Passage
from findings.table import make_finding_id


def article_rows(article: Article, passages: Sequence[Passage], mine: Mapping[int, tuple[str, ...]]) -> list[Finding]:
    """The rows of the claims in the passages of `article` listed in `mine`.

    Args:
        article: the article.
        passages: all its passages, in order.
        mine: passage index -> the articles that passage occurs in (its provenance).
    """
    by_index = {passage.index: passage for passage in passages}
    claims = find_claims(article, passages, mine.keys(), extraction_language(article, passages))
    return [finding_row(article, by_index[claim.passage], ";".join(mine[claim.passage]), claim) for claim in claims]


def finding_row(article: Article, passage: Passage, docs: str, claim: Claim) -> Finding:
    """One claim as a table row."""
    return Finding(
        finding_id=make_finding_id(claim.sentence, claim.start - claim.sentence_start, claim.mention),
        doc_id=article.doc_id,
        docs=docs,
        lang=claim.lang,
        mention=claim.mention,
        value=claim.value,
        value_max=claim.value_max,
        qualifier=claim.qualifier,
        unit=claim.unit,
        subject=claim.subject,
        population=claim.population,
        year=claim.year,
        year_source=claim.year_source,
        sentence=" ".join(claim.sentence.split()),
        char_start=passage.raw_offset(claim.start),
        char_end=passage.raw_offset(claim.end - 1) + 1,
        derived=claim.derived,
    )
