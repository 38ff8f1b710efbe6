"""Reviewers' decisions: validated from a form, stored by finding_id, and carried into the exports."""

from __future__ import annotations

import csv
import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from findings.store import CORRECTABLE, export_tables, now, transaction
from findings.table import QUALIFIERS, UNITS, atomic_file, csv_writer

ACTIONS = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
VALUE_RANGE = (0.0, 1000.0)
YEAR_RANGE = (1800, 2100)
MAX_TEXT = 500
REVIEWED_EXPORT = "findings_reviewed.csv"


class DecisionError(ValueError):
    """A decision that cannot be stored; `problems` has one message per bad field."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's verdict on one finding: a status and, for 'corrected', the changed fields only."""

    status: str
    corrections: dict[str, object] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class _Problem:
    message: str


def parse_decision(form: Mapping[str, str], extracted: Mapping[str, object]) -> Decision:
    """Validate a submitted form against the finding's extracted values.

    Args:
        form: `action` (accept, reject or correct), the fields of `CORRECTABLE` as typed, and a `note`.
        extracted: the finding's machine values of the `CORRECTABLE` fields.

    Returns:
        The decision; a correction keeps only the fields whose value differs from the extracted one.

    Raises:
        DecisionError: an unknown action, a field that is not valid, or a correction that changes nothing.
    """
    action = form.get("action", "")
    if action not in ACTIONS:
        raise DecisionError([f"action {action!r} is not one of {', '.join(ACTIONS)}"])
    note = _text(form.get("note", ""), "note")
    problems = [note.message] if isinstance(note, _Problem) else []
    if action != "correct":
        if problems:
            raise DecisionError(problems)
        return Decision(ACTIONS[action], note=note)
    values = {}
    for name in CORRECTABLE:
        parsed = _PARSERS[name](form.get(name, "").strip(), name)
        if isinstance(parsed, _Problem):
            problems.append(parsed.message)
        else:
            values[name] = parsed
    if not problems:
        problems += _consistency(values, extracted)
    if problems:
        raise DecisionError(problems)
    corrections = {name: value for name, value in values.items() if value != extracted[name]}
    if not corrections:
        raise DecisionError(["no field differs from the extracted finding: accept it instead of correcting it"])
    return Decision("corrected", corrections, note)


def _number(text: str, name: str) -> float | None | _Problem:
    if not text:
        return None
    try:
        number = float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        return _Problem(f"{name} {text!r} is not a number (write it like 12.5 or 12,5)")
    low, high = VALUE_RANGE
    if not (math.isfinite(number) and low <= number <= high):
        return _Problem(f"{name} {text!r} is not between {low:g} and {high:g}")
    return number


def _year(text: str, name: str) -> int | None | _Problem:
    if not text:
        return None
    low, high = YEAR_RANGE
    if not (text.isascii() and text.isdigit() and low <= int(text) <= high):
        return _Problem(f"{name} {text!r} is not a year from {low} to {high}")
    return int(text)


def _choice(allowed: tuple[str, ...]):
    def parse(text: str, name: str) -> str | _Problem:
        return text if text in allowed else _Problem(f"{name} {text!r} is not one of {', '.join(allowed)}")

    return parse


def _text(text: str, name: str) -> str | _Problem:
    text = " ".join(text.split())
    if len(text) > MAX_TEXT:
        return _Problem(f"{name} is {len(text)} characters long; at most {MAX_TEXT} are allowed")
    return text


_PARSERS = {
    "value": _number,
    "value_max": _number,
    "qualifier": _choice(QUALIFIERS),
    "unit": _choice(UNITS),
    "subject": _text,
    "population": _text,
    "year": _year,
}


def _consistency(values: dict[str, object], extracted: Mapping[str, object]) -> list[str]:
    """Problems between fields: a missing value, a range upside down, clearing what NULL cannot say."""
    problems = []
    if values["value"] is None:
        problems.append("value is required")
    elif values["value_max"] is not None and values["value_max"] < values["value"]:
        problems.append(f"value_max {values['value_max']:g} is below value {values['value']:g}")
    for name in ("value_max", "year"):
        if values[name] is None and extracted[name] is not None:
            problems.append(f"{name} cannot be cleared (it was {extracted[name]}); reject the finding if it is wrong")
    return problems


def save_decision(conn: sqlite3.Connection, finding_id: str, decision: Decision) -> None:
    """Store (or replace) the decision on a finding; fields a correction leaves alone are NULL.

    Raises:
        KeyError: the store has no finding with this id.
    """
    with transaction(conn):
        if conn.execute("SELECT 1 FROM findings WHERE finding_id = ?", (finding_id,)).fetchone() is None:
            raise KeyError(f"no finding {finding_id!r} in the store")
        columns = ("finding_id", "status", *CORRECTABLE, "note", "decided_at")
        row = {name: decision.corrections.get(name) for name in CORRECTABLE} | {
            "finding_id": finding_id,
            "status": decision.status,
            "note": decision.note or None,
            "decided_at": now(),
        }
        conn.execute(
            f"INSERT OR REPLACE INTO decisions ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})",
            row,
        )


def write_reviewed(out_dir: Path | str) -> Path:
    """Write DIR/findings_reviewed.csv: the rows of DIR/findings.csv without the rejected findings."""
    out_dir = Path(out_dir)
    with (
        (out_dir / "findings.csv").open(encoding="utf-8", newline="") as file,
        atomic_file(out_dir / REVIEWED_EXPORT) as path,
        path.open("w", encoding="utf-8", newline="") as reviewed,
    ):
        reader = csv.reader(file)
        header = next(reader)
        status = header.index("review_status")
        writer = csv_writer(reviewed)
        writer.writerow(header)
        # the cells as findings.csv has them (already safe for a spreadsheet: not written again)
        writer.writerows(row for row in reader if row[status] != "rejected")
    return out_dir / REVIEWED_EXPORT


def export_reviewed(conn: sqlite3.Connection, out_dir: Path | str) -> None:
    """Re-export the store's tables, then the reviewed table, so every file carries the decisions."""
    export_tables(conn, out_dir)
    write_reviewed(out_dir)
