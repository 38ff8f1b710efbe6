"""Deduplication: passages by exact key and verified MinHash near-duplicates; claims by sentence.

Two texts merge only when their percent signatures are equal, so a syndicated copy with an edited
figure stays a claim of its own. Canonical occurrence = min (doc_id, char_start): a pure function of
the input set, never "first seen". Nothing compares all pairs: exact keys are dictionary lookups and
near-duplicate candidates come from MinHash LSH buckets, each checked with the exact Jaccard index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from rensa import RMinHash, RMinHashLSH

from findings.passages import LIST_MARKER, URL
from findings.records import Finding, Passage, PassageCluster

SEED = 20261123
LSH_BATCH = 10_000
# MinHash LSH finds candidates: 128 permutations in 16 bands of 8 rows catch a pair with Jaccard
# 0.8 with probability 0.95 (9 bands of 13 rows: 0.40) and 0.85 with 0.99. The exact Jaccard check
# below then decides, so the lower band threshold costs checks, never precision.
PERMUTATIONS = 128
BANDS = 16
# Passages: character 5-grams of the normalized text.
SHINGLE_CHARS = 5
PASSAGE_JACCARD = 0.8
MIN_NEAR_DUP_CHARS = 30
# Claim sentences: sets of folded words.
SENTENCE_WORD_OVERLAP = 0.8

TYPOGRAPHY = str.maketrans(
    {
        **dict.fromkeys("„“”‟″«»〝〞", '"'),
        **dict.fromkeys("‚‘’‛′‹›`´", "'"),
        **dict.fromkeys("‐‑‒–—―−⁃", "-"),
    }
)
PERCENT_AFTER_NUMBER = re.compile(
    r"(\w[\w.,]*?)\s*(?:%|prozentpunkte?n?\b|prozent\b|percentage points?\b|percent\b|per cent\b|pct\b|pc\b|v\.\s?h\.)"
)
NON_WORD = re.compile(r"[\W_]+")

Position = tuple[str, int, int]


def normalize_for_key(text: str) -> str:
    """NFKC, casefold, one kind of quote, dash and space, no bullet label; digits and % are kept."""
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().translate(TYPOGRAPHY).split())
    label = LIST_MARKER.match(text)
    return text[label.end() :] if label else text


def percent_signature(normalized: str) -> tuple[str, ...]:
    """The sorted numbers (or number words) that stand before a percent sign or word, URLs aside."""
    numbers = []
    for match in PERCENT_AFTER_NUMBER.finditer(URL.sub(" ", normalized)):
        number = match.group(1).replace(",", ".").rstrip(".")
        try:
            number = format(float(number), "g")
        except ValueError:
            pass
        numbers.append(number)
    return tuple(sorted(numbers))


def fold_sentence(sentence: str) -> str:
    """A sentence folded for claim comparison: normalized, punctuation and bullet label dropped."""
    return " ".join(NON_WORD.sub(" ", normalize_for_key(sentence)).split())


def _shingles(text: str) -> set[str]:
    return {text[i : i + SHINGLE_CHARS] for i in range(max(len(text) - SHINGLE_CHARS + 1, 1))}


def _words(text: str) -> set[str]:
    return set(text.split())


def _jaccard(left: set[str], right: set[str]) -> float:
    return len(left & right) / len(left | right) if left or right else 1.0


def _find(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: list[int], left: int, right: int) -> None:
    """Join two sets; the smaller index stays the root."""
    left, right = _find(parent, left), _find(parent, right)
    parent[max(left, right)] = min(left, right)


def _candidate_pairs(
    texts: Sequence[str], tokenize: Callable[[str], set[str]], threshold: float
) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, of texts that share a MinHash LSH bucket; each pair once.

    Texts are hashed in batches; a batch is inserted, then queried, so a pair is reported when its
    later member's batch is queried and no batch's MinHashes outlive it.
    """
    index = RMinHashLSH(threshold, PERMUTATIONS, BANDS)
    for start in range(0, len(texts), LSH_BATCH):
        minhashes = RMinHash.from_token_sets(
            [tokenize(text) for text in texts[start : start + LSH_BATCH]], PERMUTATIONS, SEED
        )
        index.insert_many(minhashes, start_key=start)
        for offset, candidates in enumerate(index.query_all(minhashes)):
            yield from ((other, start + offset) for other in sorted(candidates) if other < start + offset)


def _position(passage: Passage) -> Position:
    return passage.doc_id, passage.char_start, passage.index


def dedupe_passages(passages: Iterable[Passage]) -> list[PassageCluster]:
    """Cluster exact and near-duplicate passages.

    Exact: equal blake2b keys of the normalized text. Near: passages of at least
    MIN_NEAR_DUP_CHARS normalized characters whose character 5-gram Jaccard index is at least
    PASSAGE_JACCARD (LSH candidates, checked exactly) and whose percent signatures are equal.

    Returns:
        Clusters sorted by their canonical occurrence (min doc_id, char_start); every passage is
        in exactly one cluster.
    """
    group_of_key: dict[bytes, int] = {}
    texts: list[str] = []
    occurrences: list[list[Passage]] = []
    for passage in passages:
        text = normalize_for_key(passage.text)
        key = hashlib.blake2b(text.encode(), digest_size=16).digest()
        if key not in group_of_key:
            group_of_key[key] = len(texts)
            texts.append(text)
            occurrences.append([])
        occurrences[group_of_key[key]].append(passage)
    long_items = [i for i, text in enumerate(texts) if len(text) >= MIN_NEAR_DUP_CHARS]
    long_texts = [texts[i] for i in long_items]
    parent = list(range(len(occurrences)))
    for left, right in _candidate_pairs(long_texts, _shingles, PASSAGE_JACCARD):
        a, b = long_items[left], long_items[right]
        if (
            _find(parent, a) != _find(parent, b)
            and percent_signature(texts[a]) == percent_signature(texts[b])
            and _jaccard(_shingles(texts[a]), _shingles(texts[b])) >= PASSAGE_JACCARD
        ):
            _union(parent, a, b)
    members: dict[int, list[Passage]] = defaultdict(list)
    for i, group in enumerate(occurrences):
        members[_find(parent, i)].extend(group)
    clusters = (sorted(group, key=_position) for group in members.values())
    return sorted(
        (PassageCluster(canonical=group[0], occurrences=tuple(group)) for group in clusters),
        key=lambda cluster: _position(cluster.canonical),
    )


def merge_duplicate_findings(findings: list[Finding]) -> list[Finding]:
    """Merge rows of the same claim found in different passages into one.

    Two rows are the same claim when value, value_max, unit and normalized mention are equal and
    their folded sentences are equal or share at least SENTENCE_WORD_OVERLAP of their words
    (Jaccard of word sets). The merged row is the canonical one (min doc_id, char_start), keeping
    its finding_id, year and other fields, with `docs` the sorted union; it stands where the
    canonical row stood. Other rows keep their order.
    """
    claims = [(f.value, f.value_max, f.unit, normalize_for_key(f.mention)) for f in findings]
    folded = [fold_sentence(f.sentence) for f in findings]
    parent = list(range(len(findings)))
    first_row: dict[tuple, int] = {}
    for i, key in enumerate(zip(claims, folded)):
        _union(parent, first_row.setdefault(key, i), i)
    claims_of_sentence: dict[str, set[tuple]] = defaultdict(set)
    sentences_of_claim: dict[tuple, set[str]] = defaultdict(set)
    for claim, sentence in zip(claims, folded):
        claims_of_sentence[sentence].add(claim)
        sentences_of_claim[claim].add(sentence)
    shared = sorted({s for sentences in sentences_of_claim.values() if len(sentences) > 1 for s in sentences})
    for left, right in _candidate_pairs(shared, _words, SENTENCE_WORD_OVERLAP):
        a, b = shared[left], shared[right]
        if _jaccard(_words(a), _words(b)) >= SENTENCE_WORD_OVERLAP:
            for claim in claims_of_sentence[a] & claims_of_sentence[b]:
                _union(parent, first_row[claim, a], first_row[claim, b])
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(findings)):
        members[_find(parent, i)].append(i)
    merged: dict[int, Finding] = {}
    for rows in members.values():
        canonical = min(rows, key=lambda i: (findings[i].doc_id, findings[i].char_start, i))
        docs = {doc for i in rows for doc in (findings[i].docs or findings[i].doc_id).split(";")}
        row = findings[canonical]
        merged[canonical] = row if len(rows) == 1 else dataclasses.replace(row, docs=";".join(sorted(docs)))
    return [merged[i] for i in sorted(merged)]
