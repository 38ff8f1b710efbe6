"""The findings table: validated, sorted rows written atomically as CSV and parquet."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import glob
import hashlib
import math
import os
import re
import tempfile
import types
import typing
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from findings.records import Finding, Rejected

FIELDS: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(Finding))
REJECTED_FIELDS: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(Rejected))

QUALIFIERS = ("exact", "approx", "over", "under")
UNITS = ("percent", "percentage_points")
YEAR_SOURCES = ("sentence", "context", "published", "none")

EXPORT_CHUNK_ROWS = 10_000  # rows held in memory at a time while writing a table; one parquet row group each

_ARROW_TYPES = {str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_()}


def _column_types() -> dict[str, tuple[type, bool]]:
    """Each Finding field's base type and whether it may be None."""
    columns = {}
    for name, hint in typing.get_type_hints(Finding).items():
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else ()
        base = next((arg for arg in args if arg is not type(None)), hint)
        columns[name] = (base, type(None) in args)
    return columns


COLUMN_TYPES = _column_types()
# Columns of several values: ";"-joined in the record and the CSV (a ";" in a name is escaped, see
# `findings.records.printable_name`), a list of strings in parquet.
LIST_COLUMNS = ("docs",)
SCHEMA = pa.schema(
    [
        pa.field(name, pa.list_(pa.string()) if name in LIST_COLUMNS else _ARROW_TYPES[base], nullable=optional)
        for name, (base, optional) in COLUMN_TYPES.items()
    ]
)


def make_finding_id(sentence: str, mention_offset_in_sentence: int, mention: str) -> str:
    """A short stable id for a claim: the same claim in the same sentence always gets the same id.

    Args:
        sentence: the sentence the mention stands in.
        mention_offset_in_sentence: where the mention starts in `sentence`.
        mention: the percentage expression as written.

    Returns:
        16 hex characters.
    """
    key = "\x1f".join((_normalize(sentence), str(mention_offset_in_sentence), _normalize(mention)))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def _normalize(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def validate_findings(findings: Iterable[Finding]) -> None:
    """Check every row against the contract, and that no finding_id repeats.

    Raises:
        ValueError: naming the first bad row (its position, from 1) and what is wrong with it.
    """
    seen: dict[str, Finding] = {}
    for number, finding in enumerate(findings, start=1):
        check_finding(finding, number)
        if finding.finding_id in seen:
            problem = f"finding_id repeats the row {_describe(seen[finding.finding_id])}"
            raise ValueError(_bad_row(number, finding, problem))
        seen[finding.finding_id] = finding


def check_finding(finding: Finding, number: int) -> None:
    """Check one row against the contract (not whether its finding_id repeats).

    Raises:
        ValueError: naming the row by `number` (its position, from 1) and what is wrong with it.
    """
    problem = _problem(finding)
    if problem:
        raise ValueError(_bad_row(number, finding, problem))


def _problem(finding: Finding) -> str | None:
    """What is wrong with one row, or None."""
    for name, (base, optional) in COLUMN_TYPES.items():
        value = getattr(finding, name)
        if not (value is None and optional or _has_type(value, base)):
            return f"{name} {value!r} is not {'empty or ' if optional else ''}of type {base.__name__}"
    for name in ("value", "value_max"):
        value = getattr(finding, name)
        if value is not None and not math.isfinite(value):
            return f"{name} {value!r} is not a finite number"
    for name, allowed in (("qualifier", QUALIFIERS), ("unit", UNITS), ("year_source", YEAR_SOURCES)):
        if getattr(finding, name) not in allowed:
            return f"{name} {getattr(finding, name)!r} is not one of {', '.join(allowed)}"
    if not finding.char_end > finding.char_start:
        return f"char_end {finding.char_end} is not after char_start {finding.char_start}"
    if not finding.finding_id:
        return "finding_id is empty"
    return None


def _has_type(value: object, base: type) -> bool:
    """Whether `value` fits a column of type `base` (an int fits a float column; a bool is no number)."""
    if isinstance(value, bool):
        return base is bool
    return isinstance(value, (int, float) if base is float else base)


def _describe(finding: Finding) -> str:
    return f"(finding_id={finding.finding_id!r}, doc_id={finding.doc_id!r}, mention={finding.mention!r})"


def _bad_row(number: int, finding: Finding, problem: str) -> str:
    return f"bad finding in row {number} {_describe(finding)}: {problem}"


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Rows in the table's stable order: doc_id, char_start, finding_id."""
    return sorted(findings, key=lambda f: (f.doc_id, f.char_start, f.finding_id))


def write_table(findings: Iterable[Finding], out_dir: Path | str) -> None:
    """Validate the findings and write findings.csv and findings.parquet into `out_dir`.

    Raises:
        ValueError: a row breaks the contract; nothing is written then.
    """
    findings = list(findings)
    validate_findings(findings)
    write_records([_typed_record(finding) for finding in sort_findings(findings)], FIELDS, SCHEMA, out_dir)


def write_records(
    records: Iterable[dict], fields: Sequence[str], schema: pa.Schema, out_dir: Path | str, name: str = "findings"
) -> None:
    """Write typed rows as `name`.csv and `name`.parquet into `out_dir` in one pass.

    The CSV is written row by row, the parquet `EXPORT_CHUNK_ROWS` rows at a time, one row group each,
    so memory is bounded by the chunk, not the table. Both files are replaced only once every row is
    written: when `records` raises, or a row cannot be written, the files already there stay as they were.

    Args:
        records: one dict per row, values of the column types, in the order to write (may be a generator).
        fields: the columns, in order (the contract's first, added ones after).
        schema: the parquet schema of those columns.
        out_dir: the output folder (created if missing).
        name: the file stem.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (
        atomic_file(out_dir / f"{name}.csv") as csv_path,
        atomic_file(out_dir / f"{name}.parquet") as parquet_path,
        csv_path.open("w", encoding="utf-8", newline="") as csv_file,
        pq.ParquetWriter(parquet_path, schema) as parquet,
    ):
        writer = csv_writer(csv_file)
        writer.writerow(fields)
        chunk: list[dict] = []
        for record in records:
            if len(chunk) == EXPORT_CHUNK_ROWS:
                parquet.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk.clear()
            writer.writerow([_csv_list_cell(record[field]) if field in LIST_COLUMNS else _csv_cell(record[field]) for field in fields])
            chunk.append(_parquet_record(record))
        parquet.write_table(pa.Table.from_pylist(chunk, schema=schema))  # the last chunk, empty only when the table is


def _parquet_record(record: dict) -> dict:
    """A record with its list columns as lists ("a.txt;b.txt" -> ["a.txt", "b.txt"])."""
    return {**record, **{name: record[name].split(";") for name in LIST_COLUMNS if isinstance(record.get(name), str)}}


def write_rejected(rejected: Iterable[Rejected], out_dir: Path | str) -> None:
    """Write rejected.csv (path, reason, detail) into `out_dir`, sorted by path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = sorted(dataclasses.astuple(item) for item in rejected)
    with atomic_file(out_dir / "rejected.csv") as path:
        write_csv(path, REJECTED_FIELDS, rows)


def read_table(path: Path | str) -> list[dict]:
    """Read a findings table written by `write_table` (.csv or .parquet) into typed dicts.

    Columns the contract does not know are kept: as strings from CSV, as stored from parquet. A
    list column (`docs`, a list of strings in parquet) is read as the CSV writes it, ";"-joined.
    """
    path = Path(path)
    if path.suffix == ".parquet":
        rows = pq.read_table(path).to_pylist()
        return [{**row, **{name: ";".join(row[name]) for name in LIST_COLUMNS if isinstance(row.get(name), list)}} for row in rows]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as file:
            return [{name: _parse_cell(name, cell) for name, cell in row.items()} for row in csv.DictReader(file)]
    raise ValueError(f"cannot read a table from {path}: expected a .csv or .parquet file")


def _typed_record(finding: Finding) -> dict:
    """The row as a dict whose values have the column types (ints given for floats become floats)."""
    record = dataclasses.asdict(finding)
    for name, (base, _) in COLUMN_TYPES.items():
        if record[name] is not None:
            record[name] = base(record[name])
    return record


# A spreadsheet takes a cell that starts so for a formula ("+ 50,4 %", "=HYPERLINK(...)").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    # Text a spreadsheet would run as a formula is written after an apostrophe, which spreadsheets
    # show as text and `read_table` drops again (a text starting with an apostrophe gets another).
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_list_cell(value: str) -> str:
    """A list column's cell: each element written as a cell of its own (a spreadsheet that splits
    the cell at ";" gets no formula either: "a.txt;'=b.txt")."""
    return ";".join(_csv_cell(element) for element in value.split(";"))


def _parse_cell(name: str, cell: str) -> object:
    if name in LIST_COLUMNS:
        return ";".join(_parse_cell("", element) for element in cell.split(";"))  # see `_csv_list_cell`
    if cell.startswith("'"):
        return cell[1:]  # text that was written after an apostrophe (see `_csv_cell`)
    if name not in COLUMN_TYPES:
        return cell
    base, optional = COLUMN_TYPES[name]
    if base is str:
        return cell
    if cell == "" and optional:
        return None
    if base is bool:
        return cell.lower() == "true"
    return base(cell)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a CSV file (UTF-8, RFC 4180 quoting, CRLF line ends) with a header row."""
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv_writer(file)
        writer.writerow(header)
        writer.writerows([_csv_cell(value) for value in row] for row in rows)


def csv_writer(file: typing.TextIO):
    """A CSV writer with RFC 4180 quoting and CRLF line ends, on a file opened with newline=""."""
    return csv.writer(file, lineterminator="\r\n")


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it over `target` only when the block succeeds.
    Temporary files of `target` that a killed process left are removed first (the callers hold the
    output folder's lock, so no other writer's file is among them)."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        leftover.unlink(missing_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~current_umask())  # as a plainly created file (mkstemp's is 0600)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def current_umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
