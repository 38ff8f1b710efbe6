"""Score findings rows against gold claims, as spec/FINDINGS.md section 4 says."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

Row = Mapping[str, object]

VALUE_TOLERANCE = 0.01
FULLY_RIGHT_F1 = 0.5
COMBINED = "all"
_EXACT_FIELDS = ("value", "value_max", "qualifier", "unit", "year")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One annotated claim of a gold JSONL file (spec section 3).

    Attributes:
        source: the gold file's stem (`seeds`, `dev_en`): the part of the report it counts in.
        doc: the article of the claim's first occurrence.
        docs: every article the claim's passage occurs in (at least `doc`).
    """

    source: str
    doc: str
    docs: tuple[str, ...]
    mention: str
    context: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str
    subject: str
    population: str
    year: int | None
    derived: bool


@dataclass(frozen=True, slots=True)
class Match:
    """A gold claim and the table row matched to it, with the field scores."""

    claim: GoldClaim
    row: Row
    subject_f1: float
    population_f1: float

    def right(self, field: str) -> bool:
        """Whether the row has `field` right: value fields within the tolerance, text fields at F1 >= 0.5."""
        if field in ("subject", "population"):
            return getattr(self, f"{field}_f1") >= FULLY_RIGHT_F1
        return _same(field, getattr(self.claim, field), self.row.get(field))

    @property
    def fully_right(self) -> bool:
        return all(self.right(field) for field in ("value", "qualifier", "unit", "subject", "population", "year"))


@dataclass(frozen=True, slots=True)
class Scores:
    """Detection and field scores of one set of rows against one set of gold claims (NaN: nothing to divide by)."""

    gold: int
    rows: int
    matched: int
    precision: float
    recall: float
    f1: float
    value: float
    value_max: float
    qualifier: float
    unit: float
    subject: float
    population: float
    year: float
    fully_right: int
    headline: float


@dataclass(frozen=True, slots=True)
class PartScores:
    """The scores of one gold file (or of all of them): main claims and derived claims apart."""

    name: str
    main: Scores
    derived: Scores


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The result of `evaluate`: scores per gold file then combined, and what went wrong."""

    parts: tuple[PartScores, ...]
    matches: tuple[Match, ...]
    missed: tuple[GoldClaim, ...]
    false_positives: tuple[Row, ...]
    rows: tuple[Row, ...]

    @property
    def combined(self) -> PartScores:
        return self.parts[-1]


def load_gold(paths: Iterable[Path | str]) -> list[GoldClaim]:
    """Read gold claims from one or more JSONL files.

    Raises:
        ValueError: a line is not a gold claim; the message names the file and line.
    """
    claims = []
    for path in map(Path, paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    claims.append(_gold_claim(path.stem, json.loads(line)))
                except (ValueError, KeyError, TypeError) as error:
                    raise ValueError(f"{path}:{number}: not a gold claim: {error!r}") from error
    return claims


def _gold_claim(source: str, data: dict) -> GoldClaim:
    return GoldClaim(
        source=source,
        doc=data["doc"],
        docs=tuple(data.get("docs") or (data["doc"],)),
        mention=data["mention"],
        context=data["context"],
        value=float(data["value"]),
        value_max=None if data.get("value_max") is None else float(data["value_max"]),
        qualifier=data["qualifier"],
        unit=data["unit"],
        subject=data.get("subject") or "",
        population=data.get("population") or "",
        year=data.get("year"),
        derived=bool(data.get("derived", False)),
    )


def token_f1(predicted: object, expected: object) -> float:
    """Token F1 of two texts: lower-cased words, punctuation dropped; both empty 1.0, one empty 0.0."""
    got, want = Counter(_tokens(predicted)), Counter(_tokens(expected))
    if not got or not want:
        return float(not got and not want)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _tokens(text: object) -> list[str]:
    return re.findall(r"\w+", str(text or "").lower())


def fold(text: object) -> str:
    """Case and whitespace folded text, for the context test."""
    return " ".join(str(text or "").casefold().split())


def evaluate(rows: Iterable[Row], gold: Sequence[GoldClaim]) -> Evaluation:
    """Match rows to gold claims one to one and score them per gold file and combined.

    A row matches a claim when the claim's doc is among the row's `docs` (a row doc may carry a
    leading folder: `de/a.txt` is `a.txt`), the values agree within 0.01 and the row's sentence
    contains the claim's context after folding. Derived rows only meet derived claims.

    Args:
        rows: table rows as dicts (from `findings.table.read_table` or `dataclasses.asdict`).
        gold: the claims of one or more gold files (`load_gold`).
    """
    rows = tuple(rows)
    matches = [
        match
        for derived in (False, True)
        for match in _match([c for c in gold if c.derived == derived], [r for r in rows if _is_derived(r) == derived])
    ]
    matched_rows = {id(match.row) for match in matches}
    matched_claims = {id(match.claim) for match in matches}
    false_positives = tuple(row for row in rows if id(row) not in matched_rows)
    sources = list(dict.fromkeys(claim.source for claim in gold))
    parts = [_part_scores(name, [c for c in gold if c.source == name], matches, false_positives) for name in sources]
    parts.append(PartScores(COMBINED, *(_scores(gold, matches, false_positives, d) for d in (False, True))))
    return Evaluation(
        parts=tuple(parts),
        matches=tuple(matches),
        missed=tuple(claim for claim in gold if id(claim) not in matched_claims),
        false_positives=false_positives,
        rows=rows,
    )


def _part_scores(
    name: str, claims: list[GoldClaim], matches: list[Match], false_positives: Sequence[Row]
) -> PartScores:
    """One gold file's scores: its claims, the rows matched to them and the unmatched rows of its articles."""
    docs = {doc for claim in claims for doc in claim.docs}
    own_matches = [match for match in matches if match.claim.source == name]
    own_false = [row for row in false_positives if docs.intersection(_row_doc_keys(row))]
    return PartScores(name, *(_scores(claims, own_matches, own_false, derived) for derived in (False, True)))


def _scores(
    claims: Sequence[GoldClaim], matches: Sequence[Match], false_positives: Sequence[Row], derived: bool
) -> Scores:
    claims = [claim for claim in claims if claim.derived == derived]
    matches = [match for match in matches if match.claim.derived == derived]
    rows = len(matches) + sum(1 for row in false_positives if _is_derived(row) == derived)
    precision, recall = _ratio(len(matches), rows), _ratio(len(matches), len(claims))
    fully_right = sum(match.fully_right for match in matches)
    return Scores(
        gold=len(claims),
        rows=rows,
        matched=len(matches),
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        **{field: _ratio(sum(m.right(field) for m in matches), len(matches)) for field in _EXACT_FIELDS},
        subject=_ratio(sum(m.subject_f1 for m in matches), len(matches)),
        population=_ratio(sum(m.population_f1 for m in matches), len(matches)),
        fully_right=fully_right,
        headline=_ratio(fully_right, len(claims)),
    )


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean; NaN when neither side has anything to count, 0.0 when one side has nothing right."""
    if math.isnan(precision) and math.isnan(recall):
        return math.nan
    return 2 * precision * recall / (precision + recall) if precision > 0 and recall > 0 else 0.0


def _is_derived(row: Row) -> bool:
    value = row.get("derived", False)
    return value if isinstance(value, bool) else str(value).strip().lower() == "true"


def _row_docs(row: Row) -> list[str]:
    return [doc for doc in str(row.get("docs") or row.get("doc_id") or "").split(";") if doc]


def _row_doc_keys(row: Row) -> set[str]:
    """Every row doc with each leading folder stripped: `de/a.txt` gives `de/a.txt` and `a.txt`."""
    keys = set()
    for doc in _row_docs(row):
        parts = doc.split("/")
        keys.update("/".join(parts[i:]) for i in range(len(parts)))
    return keys


def _same(field: str, expected: object, got: object) -> bool:
    """Whether a row's value of `field` equals the gold's (numbers within the tolerance, empty equals None)."""
    expected, got = (None if value == "" else value for value in (expected, got))
    if expected is None or got is None:
        return expected is None and got is None
    if field in ("value", "value_max"):
        return abs(float(expected) - float(got)) <= VALUE_TOLERANCE + 1e-9
    if field == "year":
        return int(expected) == int(got)
    return expected == got


def _candidate(claim: GoldClaim, row: Row) -> bool:
    return _same("value", claim.value, row.get("value")) and fold(claim.context) in fold(row.get("sentence"))


def _match(claims: Sequence[GoldClaim], rows: Sequence[Row]) -> list[Match]:
    """A maximum one-to-one matching (augmenting paths); each claim tries its best candidates first."""
    rows_by_doc: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        for key in _row_doc_keys(row):
            rows_by_doc[key].append(index)
    options = [
        sorted(
            (index for index in rows_by_doc.get(claim.doc, ()) if _candidate(claim, rows[index])),
            key=lambda index: _preference(claim, rows[index], index),
        )
        for claim in claims
    ]
    owner: dict[int, int] = {}

    def assign(claim_index: int, visited: set[int]) -> bool:
        for row_index in options[claim_index]:
            if row_index not in visited:
                visited.add(row_index)
                if row_index not in owner or assign(owner[row_index], visited):
                    owner[row_index] = claim_index
                    return True
        return False

    for claim_index in range(len(claims)):
        assign(claim_index, set())
    by_claim = sorted((claim_index, row_index) for row_index, claim_index in owner.items())
    return [_scored_match(claims[claim_index], rows[row_index]) for claim_index, row_index in by_claim]


def _preference(claim: GoldClaim, row: Row, index: int) -> tuple:
    """Sort key of a candidate row: same mention first, then fewer wrong fields, then closer texts."""
    match = _scored_match(claim, row)
    return (
        fold(row.get("mention")) != fold(claim.mention),
        sum(not match.right(field) for field in _EXACT_FIELDS),
        -(match.subject_f1 + match.population_f1),
        index,
    )


def _scored_match(claim: GoldClaim, row: Row) -> Match:
    subject_f1 = token_f1(row.get("subject"), claim.subject)
    return Match(claim, row, subject_f1, token_f1(row.get("population"), claim.population))


_METRICS = tuple(field.name for field in fields(Scores))
_LABELS = {"gold": "gold claims", "f1": "F1", "subject": "subject F1", "population": "population F1",
           "fully_right": "fully right", "headline": "fully right / gold"}


def format_scores(evaluation: Evaluation) -> str:
    """The scores as a plain-text table: one column per gold file and combined, main then derived."""
    names = [part.name for part in evaluation.parts]
    width = max(8, *(len(name) + 2 for name in names))
    label_width = max(len(_LABELS.get(metric, metric)) for metric in _METRICS) + 2

    def line(label: str, main: list[str], derived: list[str]) -> str:
        return label.ljust(label_width) + "".join(main) + " | " + "".join(derived)

    group = width * len(names)
    lines = [
        line("", ["main claims".center(group)], ["derived claims".center(group)]),
        line("", [name.rjust(width) for name in names], [name.rjust(width) for name in names]),
    ]
    for metric in _METRICS:
        main = [_cell(getattr(part.main, metric), width) for part in evaluation.parts]
        derived = [_cell(getattr(part.derived, metric), width) for part in evaluation.parts]
        lines.append(line(_LABELS.get(metric, metric), main, derived))
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: float, width: int) -> str:
    if isinstance(value, int):
        return str(value).rjust(width)
    return ("-" if math.isnan(value) else f"{value:.3f}").rjust(width)


def format_errors(evaluation: Evaluation) -> str:
    """What to fix: missed gold claims (with the nearest rows), false positives and field mismatches."""
    lines = [f"== missed gold claims ({len(evaluation.missed)}) =="]
    for claim in evaluation.missed:
        lines.append(f"{_claim_label(claim)}  value {claim.value:g}  context {claim.context!r}")
        lines.extend(f"    near: {hint}" for hint in _near_rows(claim, evaluation.rows))
    lines.append(f"== false positives ({len(evaluation.false_positives)}) ==")
    for row in sorted(evaluation.false_positives, key=_row_order):
        lines.append(f"{_row_label(row)}  value {row.get('value')}  in {_excerpt(row)!r}")
    wrong = [(match, _mismatches(match)) for match in evaluation.matches]
    wrong = [(match, problems) for match, problems in wrong if problems]
    lines.append(f"== field mismatches ({len(wrong)} matched claims) ==")
    for match, problems in wrong:
        lines.append(f"{_claim_label(match.claim)}  context {match.claim.context!r}")
        lines.extend(f"    {problem}" for problem in problems)
    return "\n".join(lines)


def _mismatches(match: Match) -> list[str]:
    """The matched row's fields that differ from the gold: exact fields, then texts with their F1."""
    problems = []
    if fold(match.row.get("mention")) != fold(match.claim.mention):
        problems.append(f"mention: expected {match.claim.mention!r}, got {match.row.get('mention')!r}")
    for field in _EXACT_FIELDS:
        if not match.right(field):
            problems.append(f"{field}: expected {getattr(match.claim, field)!r}, got {match.row.get(field)!r}")
    for field in ("subject", "population"):
        score = getattr(match, f"{field}_f1")
        if score < 1.0:
            verdict = "" if score >= FULLY_RIGHT_F1 else ", not fully right"
            expected, got = getattr(match.claim, field), match.row.get(field)
            problems.append(f"{field} (F1 {score:.2f}{verdict}): expected {expected!r}, got {got!r}")
    return problems


def _near_rows(claim: GoldClaim, rows: Sequence[Row], limit: int = 3) -> list[str]:
    """Rows of the claim's article that nearly match it, and why they missed.

    Near is: the same value (in a sentence without the context, with the other derived flag, or
    taken by another claim), or an overlapping mention in the context's sentence (a misread value).
    """
    hints = []
    for row in rows:
        if claim.doc not in _row_doc_keys(row):
            continue
        in_context = fold(claim.context) in fold(row.get("sentence"))
        expected, got = fold(claim.mention), fold(row.get("mention"))
        if not _same("value", claim.value, row.get("value")):
            why = f"value {row.get('value')}" if in_context and (expected in got or got in expected) else None
        elif not in_context:
            why = "context not in its sentence"
        elif _is_derived(row) != claim.derived:
            why = f"derived is {_is_derived(row)}"
        else:
            why = "taken by another claim"
        if why:
            hints.append(f"{row.get('mention')!r} ({why}) in {_excerpt(row)!r}")
    return hints[:limit]


def _claim_label(claim: GoldClaim) -> str:
    kind = " [derived]" if claim.derived else ""
    return f"{claim.source}  {claim.doc}  {claim.mention!r}{kind}"


def _row_label(row: Row) -> str:
    kind = " [derived]" if _is_derived(row) else ""
    return f"{row.get('doc_id')}@{row.get('char_start')}  {row.get('mention')!r}{kind}"


def _row_order(row: Row) -> tuple:
    return str(row.get("doc_id")), int(row.get("char_start") or 0)


def _excerpt(row: Row, width: int = 160) -> str:
    """The row's sentence, cut to `width` characters around its mention."""
    sentence = " ".join(str(row.get("sentence") or "").split())
    if len(sentence) <= width:
        return sentence
    start = max(sentence.find(str(row.get("mention"))) - width // 3, 0)
    start = min(start, len(sentence) - width)
    return ("…" if start else "") + sentence[start : start + width] + ("…" if start + width < len(sentence) else "")
