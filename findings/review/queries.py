"""Reading the store for review: the findings table with decisions applied, one finding, the latest run's changes."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, fields

from findings.store import CORRECTABLE, REVIEW_STATUSES, REVIEWER_YEAR_SOURCE
from findings.table import QUALIFIERS, UNITS

SORTABLE = ("doc_id", "lang", "mention", "value", "qualifier", "unit", "subject", "population", "year", "review_status")
PAGE_SIZE = 50

# Findings with their decisions applied: a corrected field replaces the extracted one, which stays as extracted_<F>.
_REVIEWED = f"""
SELECT f.finding_id, f.doc_id, f.docs, f.lang, f.mention, f.sentence, f.char_start, f.char_end,
       CASE WHEN d.status = 'corrected' AND d.year IS NOT NULL AND d.year IS NOT f.year
            THEN '{REVIEWER_YEAR_SOURCE}' ELSE f.year_source END AS year_source,
       f.derived, f.status, f.added_run, f.updated_run, f.removed_run,
       COALESCE(d.status, 'unreviewed') AS review_status, d.note, d.decided_at,
       {", ".join(f"CASE WHEN d.status = 'corrected' THEN COALESCE(d.{name}, f.{name}) ELSE f.{name} END AS {name}"
                  for name in CORRECTABLE)},
       {", ".join(f"f.{name} AS extracted_{name}" for name in CORRECTABLE)}
FROM findings f LEFT JOIN decisions d ON d.finding_id = f.finding_id
"""


@dataclass(frozen=True, slots=True)
class Filters:
    """The table's filters from the query string; an empty string means no filter on that column."""

    lang: str = ""
    doc: str = ""
    year: str = ""
    qualifier: str = ""
    unit: str = ""
    review_status: str = ""
    q: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> Filters:
        """The filters named in `params`, stripped; other keys are ignored."""
        return cls(**{field.name: params.get(field.name, "").strip() for field in fields(cls)})

    def problems(self) -> list[str]:
        """What is wrong with the filter values, one message each (an empty list when they are usable)."""
        problems = []
        if self.year and not (self.year == "none" or is_whole_number(self.year, digits=4)):
            problems.append(f"year filter {self.year!r} is not a year (a whole number, or 'none' for no year)")
        for name, allowed in (("qualifier", QUALIFIERS), ("unit", UNITS), ("review_status", REVIEW_STATUSES)):
            value = getattr(self, name)
            if value and value not in allowed:
                problems.append(f"{name} filter {value!r} is not one of {', '.join(allowed)}")
        return problems

    def where(self) -> tuple[str, list]:
        """The SQL condition on the reviewed rows and its parameters (call only when `problems` is empty)."""
        conditions, parameters = ["status = 'active'"], []
        for name in ("lang", "qualifier", "unit", "review_status"):
            if getattr(self, name):
                conditions.append(f"{name} = ?")
                parameters.append(getattr(self, name))
        if self.year == "none":
            conditions.append("year IS NULL")
        elif self.year:
            conditions.append("year = ?")
            parameters.append(int(self.year))
        if self.doc:
            conditions.append("instr(docs, ?) > 0")
            parameters.append(self.doc)
        if self.q:
            conditions.append("(instr(casefold(subject), ?) > 0 OR instr(casefold(population), ?) > 0)")
            parameters += [self.q.casefold()] * 2
        return " AND ".join(conditions), parameters


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the filtered, sorted table."""

    rows: list[dict]
    total: int
    number: int
    size: int

    @property
    def pages(self) -> int:
        return max(math.ceil(self.total / self.size), 1)


def prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Make `conn` ready for the review queries: rows as sqlite3.Row, `casefold` for case-blind search in any script."""
    conn.row_factory = sqlite3.Row
    conn.create_function("casefold", 1, lambda text: text.casefold() if text else text, deterministic=True)
    return conn


def query_findings(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: str = "doc_id",
    descending: bool = False,
    page: int = 1,
    size: int = PAGE_SIZE,
) -> Page:
    """One page of the active findings with decisions applied, filtered and sorted on the server.

    Args:
        conn: a store connection made ready with `prepare`.
        filters: filters without problems.
        sort: a column of `SORTABLE`; ties keep the table's order (doc_id, char_start, finding_id).
        descending: sort the column from high to low (empty values last either way).
        page: the page number, from 1; past the last page gives the last page.
        size: rows per page.

    Raises:
        ValueError: `sort` is not in `SORTABLE`.
    """
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort!r}: choose one of {', '.join(SORTABLE)}")
    where, parameters = filters.where()
    total = conn.execute(f"SELECT count(*) FROM ({_REVIEWED}) WHERE {where}", parameters).fetchone()[0]
    number = min(max(page, 1), max(math.ceil(total / size), 1))
    order = _order(sort, descending)
    rows = conn.execute(
        f"SELECT * FROM ({_REVIEWED}) WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*parameters, size, (number - 1) * size],
    ).fetchall()
    return Page([dict(row) for row in rows], total, number, size)


def _order(sort: str, descending: bool) -> str:
    """The ORDER BY of the table sorted by `sort` (a column of SORTABLE)."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort!r}: choose one of {', '.join(SORTABLE)}")
    return f"{sort} IS NULL, {sort} {'DESC' if descending else 'ASC'}, doc_id, char_start, finding_id"


@dataclass(frozen=True, slots=True)
class Queue:
    """Where a finding stands in the filtered, sorted table a reviewer works through: the findings
    before and after it, the next one still unreviewed (after it, else from the top), its
    position (from 1; 0 when the filters leave it out) and how many are left unreviewed."""

    previous: str | None
    next: str | None
    next_unreviewed: str | None
    position: int
    total: int
    unreviewed: int


def queue_around(conn: sqlite3.Connection, filters: Filters, sort: str, descending: bool, finding_id: str | None) -> Queue:
    """The review queue around `finding_id` (None: before the first) in the table as filtered and
    sorted (filters without problems)."""
    where, parameters = filters.where()
    rows = conn.execute(
        f"SELECT finding_id, review_status FROM ({_REVIEWED}) WHERE {where} ORDER BY {_order(sort, descending)}", parameters
    ).fetchall()
    ids = [row[0] for row in rows]
    open_ids = [row[0] for row in rows if row[1] == "unreviewed" and row[0] != finding_id]
    at = ids.index(finding_id) if finding_id in ids else -1
    after = [i for i, row in enumerate(rows) if i > at and row[1] == "unreviewed" and row[0] != finding_id]
    return Queue(
        previous=ids[at - 1] if at > 0 else None,
        next=ids[at + 1] if at + 1 < len(ids) and at >= 0 else None,
        next_unreviewed=ids[after[0]] if after else (open_ids[0] if open_ids else None),
        position=at + 1,
        total=len(ids),
        unreviewed=len(open_ids),
    )


_REPORTED = f"SELECT * FROM ({_REVIEWED}) WHERE status = 'active' AND review_status != 'rejected'"


def report_rows(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    """The active findings with decisions applied, without the rejected ones: with `limit`, those
    of the newest runs (by the run that last added or changed each, newest first, table order
    within a run), else all in table order."""
    if limit is None:
        rows = conn.execute(f"{_REPORTED} ORDER BY doc_id, char_start, finding_id")
    else:
        rows = conn.execute(f"{_REPORTED} ORDER BY updated_run DESC, doc_id, char_start, finding_id LIMIT ?", (limit,))
    return [dict(row) for row in rows]


def report_statuses(conn: sqlite3.Connection) -> Counter[str]:
    """How many reported findings (see `report_rows`) have each review status."""
    return Counter(dict(conn.execute(f"SELECT review_status, count(*) FROM ({_REPORTED}) GROUP BY review_status").fetchall()))


def report_counts(conn: sqlite3.Connection) -> Counter[tuple[int | None, str]]:
    """How many reported findings (see `report_rows`) each (year, lang) pair has, all of them."""
    rows = conn.execute(f"SELECT year, lang, count(*) FROM ({_REPORTED}) GROUP BY year, lang")
    return Counter({(year, lang): count for year, lang, count in rows})


def languages(conn: sqlite3.Connection) -> list[str]:
    """The languages of the active findings, sorted."""
    return [row[0] for row in conn.execute("SELECT DISTINCT lang FROM findings WHERE status = 'active' ORDER BY 1")]


def get_finding(conn: sqlite3.Connection, finding_id: str) -> dict | None:
    """One finding (active or removed) with its decision applied, or None when the store has no such id."""
    row = conn.execute(f"SELECT * FROM ({_REVIEWED}) WHERE finding_id = ?", (finding_id,)).fetchone()
    return dict(row) if row else None


def get_articles(conn: sqlite3.Connection, doc_ids: list[str]) -> list[dict]:
    """The stored articles with these ids, in the given order (ids the store lacks are left out)."""
    found = {
        row["doc_id"]: dict(row)
        for row in conn.execute(
            f"SELECT * FROM articles WHERE doc_id IN ({', '.join('?' * len(doc_ids))})", doc_ids
        )
    }
    return [found[doc_id] for doc_id in doc_ids if doc_id in found]


def runs(conn: sqlite3.Connection) -> list[dict]:
    """Every recorded run, newest first."""
    return [dict(row) for row in conn.execute("SELECT * FROM runs ORDER BY run_id DESC")]


def run_changes(conn: sqlite3.Connection, run_id: int) -> dict[str, list[dict]]:
    """The findings a run added, changed and removed, with decisions applied. A changed row has
    `before`: {field: value before the run} of what it changed; a claim whose text was edited
    (its id changes: one removed and one added at the same place of the same article) counts as
    changed, its old row's differing fields as `before`.

    Returns:
        {"added": [...], "changed": [...], "removed": [...]}, each in table order.
    """
    conditions = {
        "added": "added_run = ?",
        "changed": "updated_run = ? AND added_run IS NOT updated_run AND status = 'active'",
        "removed": "removed_run = ? AND status = 'removed'",
    }
    found = {
        name: [
            dict(row)
            for row in conn.execute(
                f"SELECT * FROM ({_REVIEWED}) WHERE {condition} ORDER BY doc_id, char_start, finding_id", (run_id,)
            )
        ]
        for name, condition in conditions.items()
    }
    history = dict(conn.execute("SELECT finding_id, before FROM finding_history WHERE run_id = ?", (run_id,)).fetchall())
    for row in found["changed"]:
        row["before"] = json.loads(history.get(row["finding_id"], "{}"))
    edited = []
    for new in found["added"]:
        old = next((r for r in found["removed"] if r["doc_id"] == new["doc_id"] and is_edit(r, new)), None)
        if old is not None:
            found["removed"].remove(old)
            edited.append(new | {"before": {name: old[name] for name in _COMPARED if old[name] != new[name]}})
    found["added"] = [row for row in found["added"] if row["finding_id"] not in {e["finding_id"] for e in edited}]
    found["changed"] = sorted(found["changed"] + edited, key=lambda row: (row["doc_id"], row["char_start"], row["finding_id"]))
    return found


# The fields a reviewer compares between a claim before and after a run.
_COMPARED = ("mention", "value", "value_max", "qualifier", "unit", "subject", "population", "year", "year_source", "sentence")


def is_edit(old: dict, new: dict) -> bool:
    """Whether a removed and an added claim of one article are the same claim edited: at the same
    place, or in the same sentence but for its numbers ("Knapp 15 Prozent ..." -> "Knapp 16 ...")."""
    return old["char_start"] == new["char_start"] or _NUMBER.sub("#", old["sentence"]) == _NUMBER.sub("#", new["sentence"])


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def is_whole_number(text: str, digits: int) -> bool:
    """Whether `text` is a whole number of at most `digits` ASCII digits ("²" and "٣" are not)."""
    return text.isascii() and text.isdigit() and len(text) <= digits
