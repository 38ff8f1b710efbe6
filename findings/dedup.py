"""Deduplication: passages by exact key and verified MinHash near-duplicates; claims by sentence.

Two passages merge only when their percent signatures are equal, so a syndicated copy with an edited
figure stays a claim of its own. Canonical occurrence = min (doc_id, char_start): a pure function of
the input set, never "first seen". Nothing compares all pairs: exact keys are dictionary lookups and
near-duplicate candidates come from MinHash LSH buckets of cluster leaders, each checked with the
exact Jaccard index.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rensa import RMinHash, RMinHashLSH

from findings.passages import LIST_MARKER, URL
from findings.records import Finding, Passage, PassageCluster

SEED = 20261123
LSH_BATCH = 2_000
LEADER_CACHE = 1_024
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


def _near_duplicate_leaders(
    texts: Sequence[str], tokenize: Callable[[str], set[str]], threshold: float, compatible: Callable[[int, int], bool]
) -> list[int]:
    """For each text, the first earlier leader it near-duplicates, or itself when it leads.

    A text joins the first leader (in input order) that shares a MinHash LSH bucket with it, is
    `compatible` and has an exact Jaccard index of at least `threshold`; otherwise it becomes a
    leader. Only leaders are indexed, so a family of near-identical texts is checked against its few
    leaders, not against each other, and clusters never chain (every member is checked against its
    leader). MinHashes are computed in batches and dropped after use; the token sets of recently
    checked leaders are cached.
    """
    index = RMinHashLSH(threshold, PERMUTATIONS, BANDS)
    leaders = list(range(len(texts)))
    leader_tokens = lru_cache(maxsize=LEADER_CACHE)(lambda leader: tokenize(texts[leader]))
    for start in range(0, len(texts), LSH_BATCH):
        batch = [tokenize(text) for text in texts[start : start + LSH_BATCH]]
        for offset, minhash in enumerate(RMinHash.from_token_sets(batch, PERMUTATIONS, SEED)):
            item = start + offset
            leader = next(
                (
                    candidate
                    for candidate in sorted(index.query(minhash))
                    if compatible(candidate, item) and _jaccard(leader_tokens(candidate), batch[offset]) >= threshold
                ),
                None,
            )
            if leader is None:
                index.insert(item, minhash)
            else:
                leaders[item] = leader
    return leaders


def _position(passage: Passage) -> Position:
    return passage.doc_id, passage.char_start, passage.index


def dedupe_passages(passages: Iterable[Passage]) -> list[PassageCluster]:
    """Cluster exact and near-duplicate passages.

    Exact: equal blake2b keys of the normalized text. Near: passages of at least
    MIN_NEAR_DUP_CHARS normalized characters whose character 5-gram Jaccard index with the
    cluster's leader (its earliest distinct text) is at least PASSAGE_JACCARD, checked exactly on
    LSH candidates, and whose percent signatures are equal.

    Returns:
        Clusters sorted by their canonical occurrence (min doc_id, char_start); every passage is
        in exactly one cluster.
    """
    by_key: dict[bytes, list[Passage]] = defaultdict(list)
    for passage in passages:
        by_key[hashlib.blake2b(normalize_for_key(passage.text).encode(), digest_size=16).digest()].append(passage)
    groups = sorted((sorted(group, key=_position) for group in by_key.values()), key=lambda g: _position(g[0]))
    texts = [normalize_for_key(group[0].text) for group in groups]
    long_items = [i for i, text in enumerate(texts) if len(text) >= MIN_NEAR_DUP_CHARS]
    signatures = [percent_signature(texts[i]) for i in long_items]
    leaders = _near_duplicate_leaders(
        [texts[i] for i in long_items], _shingles, PASSAGE_JACCARD, lambda a, b: signatures[a] == signatures[b]
    )
    leader_of = {item: long_items[leader] for item, leader in zip(long_items, leaders)}
    members: dict[int, list[Passage]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[leader_of.get(i, i)].extend(group)
    clusters = [sorted(group, key=_position) for _, group in sorted(members.items())]
    return [PassageCluster(canonical=group[0], occurrences=tuple(group)) for group in clusters]


def merge_duplicate_findings(findings: list[Finding]) -> list[Finding]:
    """Merge rows of the same claim found in different passages into one.

    Two rows are the same claim when value, value_max, unit and normalized mention are equal and
    their folded sentences are equal or share at least SENTENCE_WORD_OVERLAP of their words
    (Jaccard of word sets, checked against the claim's earliest sentence on LSH candidates). The
    merged row is the canonical one (min doc_id, char_start), keeping its finding_id, year and
    other fields, with `docs` the sorted union; it stands where the canonical row stood. Other
    rows keep their order.
    """
    claims = [(f.value, f.value_max, f.unit, normalize_for_key(f.mention)) for f in findings]
    sentences = [fold_sentence(f.sentence) for f in findings]
    # The same figure twice in one sentence ("one-third ..., while one-third ...") is two claims:
    # each keeps its rank among its equals in that sentence, and only equal ranks merge. A later
    # copy of the sentence in the same article (further away than the sentence is long) is a
    # repeat and starts again at rank 0.
    rank = [0] * len(findings)
    last: dict[tuple, tuple[int, int]] = {}  # place -> (char_start of the occurrence, last rank)
    for i in sorted(range(len(findings)), key=lambda i: (findings[i].doc_id, findings[i].char_start)):
        place = (findings[i].doc_id, sentences[i], claims[i])
        start, previous_rank = last.get(place, (None, -1))
        same_sentence = start is not None and findings[i].char_start - start <= len(findings[i].sentence)
        rank[i] = previous_rank + 1 if same_sentence else 0
        last[place] = (start if same_sentence else findings[i].char_start, rank[i])
    keys = [((*claims[i], rank[i]), sentences[i]) for i in range(len(findings))]
    rows_of_key: dict[tuple, list[int]] = defaultdict(list)
    for i in sorted(range(len(findings)), key=lambda i: (findings[i].doc_id, findings[i].char_start, i)):
        rows_of_key[keys[i]].append(i)
    items = list(rows_of_key)
    sentences_per_claim = Counter(claim for claim, _ in items)
    near = [k for k, (claim, _) in enumerate(items) if sentences_per_claim[claim] > 1]
    leaders = _near_duplicate_leaders(
        [items[k][1] for k in near], _words, SENTENCE_WORD_OVERLAP, lambda a, b: items[near[a]][0] == items[near[b]][0]
    )
    leader_of = {k: near[leader] for k, leader in zip(near, leaders)}
    members: dict[int, list[int]] = defaultdict(list)
    for k, item in enumerate(items):
        members[leader_of.get(k, k)].extend(rows_of_key[item])
    merged: dict[int, Finding] = {}
    for rows in members.values():
        canonical = min(rows, key=lambda i: (findings[i].doc_id, findings[i].char_start, i))
        docs = {doc for i in rows for doc in (findings[i].docs or findings[i].doc_id).split(";")}
        row = findings[canonical]
        merged[canonical] = row if len(rows) == 1 else dataclasses.replace(row, docs=";".join(sorted(docs)))
    return [merged[i] for i in sorted(merged)]
