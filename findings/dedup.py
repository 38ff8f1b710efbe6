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
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache

from rensa import RMinHash, RMinHashLSH

from extractors.lang import number_pattern, unit_pattern
from extractors.sentences import LIST_MARKER
from findings.passages import URL
from findings.records import Finding, Passage, PassageCluster

SEED = 20261123
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

TYPOGRAPHY = {
    **dict.fromkeys("„“”‟″«»〝〞", '"'),
    **dict.fromkeys("‚‘’‛′‹›`´", "'"),
    **dict.fromkeys("‐‑‒–—―−⁃", "-"),
}
TYPOGRAPHIC_CHAR = re.compile(f"[{re.escape(''.join(TYPOGRAPHY))}]")
# A number (digits or a number word) and a percent or point unit of any language
# (`extractors.lang.unit_pattern`, the units' one definition).
PERCENT_AFTER_NUMBER = re.compile(rf"(?<!\w)({number_pattern()})\s*{unit_pattern()}")
PERCENT_UNIT = re.compile(unit_pattern())
NON_WORD = re.compile(r"[\W_]+")

Position = tuple[str, int, int]


def normalize_for_key(text: str) -> str:
    """NFKC, casefold, one kind of quote, dash and space, no bullet label; digits and % are kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = " ".join(TYPOGRAPHIC_CHAR.sub(lambda char: TYPOGRAPHY[char.group()], text).split())
    label = LIST_MARKER.match(text)
    return text[label.end() :] if label else text


def passage_key(passage: Passage) -> str:
    """The exact-duplicate key of a passage: blake2b-128 of its normalized text."""
    return hashlib.blake2b(normalize_for_key(passage.text).encode(), digest_size=16).hexdigest()


def percent_signature(normalized: str) -> tuple[str, ...]:
    """The sorted numbers (or number words) that stand before a percent sign or word, URLs aside."""
    if not PERCENT_UNIT.search(normalized):
        return ()
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


def shingles(text: str) -> list[str]:
    """The character 5-grams of a passage's normalized text: its tokens for near-duplicates."""
    return [text[i : i + SHINGLE_CHARS] for i in range(max(len(text) - SHINGLE_CHARS + 1, 1))]


def words(text: str) -> list[str]:
    """The words of a folded sentence: its tokens for near-duplicate claims."""
    return text.split()


def jaccard(left: set[str], right: set[str]) -> float:
    """The Jaccard index of two token sets."""
    shared = len(left & right)
    return shared / (len(left) + len(right) - shared) if left or right else 1.0


def near_duplicate_leaders(
    texts: Sequence[str], kinds: Sequence[Hashable], tokenize: Callable[[str], list[str]], threshold: float
) -> list[int]:
    """For each text, the first earlier leader it near-duplicates, or itself when it leads.

    A text joins the first leader (in input order) of its kind that shares a MinHash LSH bucket with
    it and has an exact Jaccard index of tokens of at least `threshold`; otherwise it becomes a
    leader. Only leaders are indexed, so a family of near-identical texts is checked against its few
    leaders, not against each other, and clusters never chain (every member is checked against its
    leader). A text alone of its kind leads without being hashed. Tokens and MinHashes live for one
    text; the token sets of recently checked leaders are cached.
    """
    index = RMinHashLSH(threshold, PERMUTATIONS, BANDS)
    leaders = list(range(len(texts)))
    leader_tokens = lru_cache(maxsize=LEADER_CACHE)(lambda leader: set(tokenize(texts[leader])))
    texts_per_kind = Counter(kinds)
    for item, (text, kind) in enumerate(zip(texts, kinds)):
        if texts_per_kind[kind] == 1:
            continue
        tokens = tokenize(text)
        minhash = RMinHash(PERMUTATIONS, SEED)
        minhash.update(tokens)
        candidates = [candidate for candidate in sorted(index.query(minhash)) if kinds[candidate] == kind]
        token_set = set(tokens) if candidates else set()
        leader = next((c for c in candidates if jaccard(leader_tokens(c), token_set) >= threshold), None)
        if leader is None:
            index.insert(item, minhash)
        else:
            leaders[item] = leader
    return leaders


def _position(passage: Passage) -> Position:
    return passage.doc_id, passage.char_start, passage.index


def dedupe_passages(passages: Iterable[Passage]) -> list[PassageCluster]:
    """Cluster exact and near-duplicate passages.

    Exact: equal normalized texts. Near: passages of at least MIN_NEAR_DUP_CHARS normalized
    characters whose character 5-gram Jaccard index with the cluster's leader (its earliest
    distinct text) is at least PASSAGE_JACCARD, checked exactly on LSH candidates, and whose
    percent signatures are equal.

    Returns:
        Clusters sorted by their canonical occurrence (min doc_id, char_start); every passage is
        in exactly one cluster.
    """
    by_text: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        by_text[normalize_for_key(passage.text)].append(passage)
    for group in by_text.values():
        group.sort(key=_position)
    texts = sorted(by_text, key=lambda text: _position(by_text[text][0]))
    groups = [by_text[text] for text in texts]
    long_items = [i for i, text in enumerate(texts) if len(text) >= MIN_NEAR_DUP_CHARS]
    long_texts = [texts[i] for i in long_items]
    leaders = near_duplicate_leaders(long_texts, list(map(percent_signature, long_texts)), shingles, PASSAGE_JACCARD)
    leader_of = {item: long_items[leader] for item, leader in zip(long_items, leaders)}
    members: dict[int, list[Passage]] = defaultdict(list)
    for i, group in enumerate(groups):
        members[leader_of.get(i, i)].extend(group)
    clusters = [sorted(group, key=_position) for _, group in sorted(members.items())]
    return [PassageCluster(canonical=group[0], occurrences=tuple(group)) for group in clusters]


def claim_keys(findings: Sequence[Finding]) -> list[tuple[tuple, str]]:
    """For each row, what identifies its claim: (value, value_max, unit, normalized mention, rank)
    and its folded sentence.

    The same figure twice in one sentence ("one-third ..., while one-third ...") is two claims:
    each keeps its rank among its equals in that sentence. A later copy of the sentence in the same
    article (further away than the sentence is long) is a repeat and starts again at rank 0. Ranks
    depend on the rows of the same article only.
    """
    mentions = {mention: normalize_for_key(mention) for mention in {f.mention for f in findings}}
    folded = {sentence: fold_sentence(sentence) for sentence in {f.sentence for f in findings}}
    claims = [(f.value, f.value_max, f.unit, mentions[f.mention]) for f in findings]
    sentences = [folded[f.sentence] for f in findings]
    rank = [0] * len(findings)
    last: dict[tuple, tuple[int, int]] = {}  # place -> (char_start of the occurrence, last rank)
    for i in _text_order(findings):
        place = (findings[i].doc_id, sentences[i], claims[i])
        start, previous_rank = last.get(place, (None, -1))
        same_sentence = start is not None and findings[i].char_start - start <= len(findings[i].sentence)
        rank[i] = previous_rank + 1 if same_sentence else 0
        last[place] = (start if same_sentence else findings[i].char_start, rank[i])
    return [((*claims[i], rank[i]), sentences[i]) for i in range(len(findings))]


def _text_order(findings: Sequence[Finding]) -> list[int]:
    """Row numbers in text order; the sort is stable, so rows at the same place keep their order."""
    return sorted(range(len(findings)), key=lambda i: (findings[i].doc_id, findings[i].char_start))


def merge_duplicate_findings(findings: list[Finding]) -> list[Finding]:
    """Merge rows of the same claim found in different passages into one.

    Two rows are the same claim when their `claim_keys` claims are equal and their folded
    sentences are equal or share at least SENTENCE_WORD_OVERLAP of their words (Jaccard of word
    sets, checked against the claim's earliest sentence on LSH candidates). The merged row is the
    canonical one (min doc_id, char_start), keeping its finding_id, year and other fields, with
    `docs` the sorted union; it stands where the canonical row stood. Other rows keep their order.
    """
    keys = claim_keys(findings)
    rows_of_key: dict[tuple, list[int]] = defaultdict(list)
    for i in _text_order(findings):
        rows_of_key[keys[i]].append(i)
    items = list(rows_of_key)
    leaders = near_duplicate_leaders(
        [sentence for _, sentence in items], [claim for claim, _ in items], words, SENTENCE_WORD_OVERLAP
    )
    members: dict[int, list[int]] = defaultdict(list)
    for item, leader in zip(items, leaders):
        members[leader].extend(rows_of_key[item])
    merged: dict[int, Finding] = {}
    for rows in members.values():
        rows.sort(key=lambda i: (findings[i].doc_id, findings[i].char_start, i))
        merged[rows[0]] = merged_claim([findings[i] for i in rows])
    return [merged[i] for i in sorted(merged)]


def merged_claim(rows: Sequence[Finding]) -> Finding:
    """The rows of one claim as one: the first (canonical) row, `docs` the sorted union of theirs."""
    if len(rows) == 1:
        return rows[0]
    docs = {doc for row in rows for doc in (row.docs or row.doc_id).split(";")}
    return dataclasses.replace(rows[0], docs=";".join(sorted(docs)))
