"""The system of record: a SQLite database in the output folder, and the tables exported from it.

`DIR/findings.db` holds the articles, their passages (the occurrences, keyed by the normalized
passage text), the raw claims extracted per article, the merged findings, the runs, the rejected
inputs and the reviewers' decisions. findings.csv, findings.parquet and rejected.csv are exports
of it, written atomically after each run's single write transaction commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from findings.records import Article, Finding, Passage, Rejected
from findings.table import COLUMN_TYPES, FIELDS, SCHEMA, check_finding, write_records, write_rejected

DATABASE = "findings.db"
# Page cache of a run's temporary tables (staging, dedup index); beyond it they live on disk.
TEMP_CACHE_KIB = 65_536
LOCK = "findings.lock"
CORRECTABLE = ("value", "value_max", "qualifier", "unit", "subject", "population", "year")
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected", "corrected")
# The year_source of a year a reviewer corrected (exports and the review app only; the
# extraction's own values are the contract's, `findings.table.YEAR_SOURCES`).
REVIEWER_YEAR_SOURCE = "reviewer"
EXPORT_FIELDS = (*FIELDS, "review_status", *(f"extracted_{name}" for name in CORRECTABLE))
EXPORT_SCHEMA = pa.schema(
    [
        *SCHEMA,
        pa.field("review_status", pa.string(), nullable=False),
        *(pa.field(f"extracted_{name}", SCHEMA.field(name).type, nullable=True) for name in CORRECTABLE),
    ]
)
RUN_COUNTERS = (
    "articles_new",
    "articles_changed",
    "articles_unchanged",
    "articles_rejected",
    "articles_removed",
    "claims_added",
    "claims_removed",
    "claims_changed",
    "articles_extracted",
    "files_skipped",
)
_SQL_TYPES = {str: "TEXT", float: "REAL", int: "INTEGER", bool: "INTEGER"}
_DECISION_COLUMNS = ("status", *CORRECTABLE)
# The active findings in table order, each with `decided` (whether it has a decision) and the decision's columns.
_ACTIVE_WITH_DECISIONS = f"""
SELECT findings.*, decisions.finding_id IS NOT NULL AS decided,
       {", ".join(f"decisions.{name} AS decision_{name}" for name in _DECISION_COLUMNS)}
FROM findings LEFT JOIN decisions ON decisions.finding_id = findings.finding_id
WHERE findings.status = 'active'
ORDER BY findings.doc_id, findings.char_start, findings.finding_id
"""


def _finding_columns() -> str:
    return ",\n    ".join(
        f"{name} {_SQL_TYPES[base]}" + (" PRIMARY KEY" if name == "finding_id" else "")
        for name, (base, _) in COLUMN_TYPES.items()
    )


SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY, path TEXT, content_hash TEXT, kind TEXT, encoding TEXT, lang TEXT,
    title TEXT, published TEXT, text TEXT, status TEXT, added_run INTEGER, updated_run INTEGER,
    removed_run INTEGER,
    signature TEXT,        -- stat signature of the file when it was last read
    mined TEXT             -- JSON list of the passage indexes the article was last extracted for
);
CREATE TABLE IF NOT EXISTS passages (
    doc_id TEXT REFERENCES articles(doc_id), idx INTEGER, key TEXT, text TEXT, char_start INTEGER,
    lang TEXT, kind TEXT, segments TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS passages_by_key ON passages(key);
CREATE TABLE IF NOT EXISTS extractions (
    doc_id TEXT REFERENCES articles(doc_id), seq INTEGER, passage INTEGER, finding TEXT,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS findings (
    {_finding_columns()},
    status TEXT, added_run INTEGER, updated_run INTEGER, removed_run INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, started_at TEXT, finished_at TEXT, status TEXT,
    {", ".join(f"{name} INTEGER" for name in RUN_COUNTERS)},
    error TEXT,
    exported INTEGER DEFAULT 0  -- 1 once the exports show this run's state
);
CREATE TABLE IF NOT EXISTS rejected (
    path TEXT PRIMARY KEY, reason TEXT, detail TEXT, content_hash TEXT, run_id INTEGER,
    source TEXT,           -- the absolute path of the file
    signature TEXT         -- stat signature when it was rejected; a change retries it
);
CREATE TABLE IF NOT EXISTS decisions (
    finding_id TEXT PRIMARY KEY, status TEXT, value REAL, value_max REAL, qualifier TEXT, unit TEXT,
    subject TEXT, population TEXT, year INTEGER, note TEXT, decided_at TEXT
);
CREATE TABLE IF NOT EXISTS finding_history (
    run_id INTEGER, finding_id TEXT,
    before TEXT,           -- the fields a run changed, as they were before it (a JSON object)
    PRIMARY KEY (run_id, finding_id)
);
"""


class StoreBusy(RuntimeError):
    """Another run holds the output folder's lock."""


class StoreDamaged(RuntimeError):
    """DIR/findings.db is no SQLite database (random bytes), a damaged one (a truncated file), or
    another program's database."""


def check_store(out_dir: Path | str) -> None:
    """Raise StoreDamaged when `out_dir/findings.db` exists but is no findings store. Only its
    schema is read, and without a write-ahead log beside it as an immutable file (no lock, no
    files made). A missing or empty file is a new store."""
    path = Path(out_dir) / DATABASE
    if not path.is_file():
        return
    mode = "mode=ro" if path.with_name(f"{DATABASE}-wal").exists() else "immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise
        raise StoreDamaged(f"{path} is not a findings store or is damaged ({error}); it was left as it is") from None
    if tables and "runs" not in tables:
        raise StoreDamaged(f"{path} is not a findings store (its tables are another program's); it was left as it is")


def open_store(out_dir: Path | str) -> sqlite3.Connection:
    """Open (and create) `out_dir/findings.db`: schema, WAL mode, foreign keys, rows as sqlite3.Row.

    The connection is in autocommit mode; writers group their statements with `transaction`.

    Raises:
        StoreDamaged: the file is no findings store (see `check_store`); it is left as it is.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    check_store(out_dir)
    conn = sqlite3.connect(out_dir / DATABASE, isolation_level=None, timeout=60)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
    conn.executescript(f"BEGIN IMMEDIATE; {SCHEMA_SQL} {missing_counter_columns(conn)} COMMIT;")
    return conn


def missing_counter_columns(conn: sqlite3.Connection) -> str:
    """The statements that add the run counters a store made by an older version lacks."""
    present = {row["name"] for row in conn.execute("PRAGMA table_info(runs)")}
    if not present:
        return ""  # a new store: SCHEMA_SQL makes the whole table
    return " ".join(f"ALTER TABLE runs ADD COLUMN {name} INTEGER DEFAULT 0;" for name in RUN_COUNTERS if name not in present)


@contextlib.contextmanager
def locked_store(out_dir: Path | str, timeout: float = 0.0) -> Iterator[sqlite3.Connection]:
    """The store in `out_dir`, opened and held under `store_lock` for the block (raises StoreBusy)."""
    conn = open_store(out_dir)
    try:
        with store_lock(out_dir, timeout):
            yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
    """One transaction: committed when the block succeeds, rolled back when it raises.

    IMMEDIATE (the default) takes the store's write lock at once. DEFERRED is for the work before
    a run's commit: one snapshot of the store to read, temporary tables written without a commit
    per statement, and no lock on the store.
    """
    conn.execute(f"BEGIN {mode}")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def end_reading(conn: sqlite3.Connection) -> None:
    """End a run's reading transaction (see `transaction`, DEFERRED), if one is open."""
    if conn.in_transaction:
        conn.execute("COMMIT")


@contextlib.contextmanager
def store_lock(out_dir: Path | str, timeout: float = 0.0) -> Iterator[None]:
    """Hold `out_dir/findings.lock` (flock) so that only one run writes the store at a time.

    Args:
        out_dir: the output folder.
        timeout: seconds to wait for another run to finish; 0 gives up at once.

    Raises:
        StoreBusy: the lock is still held after `timeout` seconds.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with open(out_dir / LOCK, "a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"another run is writing {out_dir} (it holds {out_dir / LOCK}); try again when it is done"
                    ) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def now() -> str:
    """The current UTC time as ISO 8601, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def begin_run(conn: sqlite3.Connection, kind: str) -> int:
    """Record a new run as running and return its id; runs left running by a killed process become failed.

    Call it while holding `store_lock`, so that no other run can still be running.
    """
    with transaction(conn):
        conn.execute(
            "UPDATE runs SET status = 'failed', error = 'interrupted' WHERE status = 'running'",
        )
        cursor = conn.execute(
            "INSERT INTO runs (kind, started_at, status) VALUES (?, ?, 'running')", (kind, now())
        )
    return cursor.lastrowid


def finish_run(conn: sqlite3.Connection, run_id: int, counters: dict[str, int]) -> None:
    """Mark a run done with its counters (inside the caller's transaction)."""
    assignments = ", ".join(f"{name} = :{name}" for name in RUN_COUNTERS)
    conn.execute(
        f"UPDATE runs SET status = 'done', finished_at = :finished_at, {assignments} WHERE run_id = :run_id",
        {name: counters.get(name, 0) for name in RUN_COUNTERS} | {"finished_at": now(), "run_id": run_id},
    )


def mark_exported(conn: sqlite3.Connection, run_id: int) -> None:
    """Record that the exports show the state after `run_id`."""
    with transaction(conn):
        conn.execute("UPDATE runs SET exported = 1 WHERE run_id = ?", (run_id,))


def exports_current(conn: sqlite3.Connection, run_id: int) -> bool:
    """Whether the last finished run before `run_id` had its exports written."""
    row = conn.execute(
        "SELECT exported FROM runs WHERE status = 'done' AND run_id < ? ORDER BY run_id DESC LIMIT 1", (run_id,)
    ).fetchone()
    return bool(row and row["exported"])


def note_run_error(conn: sqlite3.Connection, run_id: int, error: str) -> None:
    """Record a one-line error on a run that stays as it is (a done run whose exports failed)."""
    with transaction(conn):
        conn.execute("UPDATE runs SET error = ? WHERE run_id = ?", (error, run_id))


def fail_run(conn: sqlite3.Connection, run_id: int, error: str) -> None:
    """Mark a run failed with a one-line error."""
    with transaction(conn):
        conn.execute(
            "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE run_id = ?", (now(), error, run_id)
        )


def latest_run(conn: sqlite3.Connection) -> dict | None:
    """The most recent run as a dict, or None when there was none."""
    row = conn.execute("SELECT * FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
    return dict(row) if row else None


def read_findings(conn: sqlite3.Connection, status: str = "active") -> list[dict]:
    """The findings with this status ('active' or 'removed') as dicts, in table order."""
    rows = conn.execute(
        "SELECT * FROM findings WHERE status = ? ORDER BY doc_id, char_start, finding_id", (status,)
    ).fetchall()
    return [dict(row) for row in rows]


def row_to_finding(row: sqlite3.Row | dict) -> Finding:
    """The Finding held by a findings row (derived back to a bool)."""
    values = {name: row[name] for name in FIELDS}
    return Finding(**values | {"derived": bool(values["derived"])})


def active_findings(conn: sqlite3.Connection) -> list[Finding]:
    """The active findings as records, in table order."""
    return [row_to_finding(row) for row in read_findings(conn)]


def export_tables(conn: sqlite3.Connection, out_dir: Path | str) -> None:
    """Write findings.csv, findings.parquet (active findings with review columns) and rejected.csv atomically.

    A decision 'corrected' puts its non-NULL fields into the main columns and the machine's values
    into `extracted_<field>`. Rows are sorted by doc_id, char_start and finding_id, and streamed from
    the database to the files a chunk at a time (`findings.table.EXPORT_CHUNK_ROWS`).

    Raises:
        ValueError: a stored finding breaks the contract; nothing is written then.
    """
    out_dir = Path(out_dir)
    with contextlib.closing(conn.execute(_ACTIVE_WITH_DECISIONS)) as rows:
        write_records(_export_records(rows), EXPORT_FIELDS, EXPORT_SCHEMA, out_dir)
    rejected = conn.execute("SELECT path, reason, detail FROM rejected").fetchall()
    write_rejected([Rejected(*row) for row in rejected], out_dir)


def _export_records(rows: Iterable[sqlite3.Row]) -> Iterator[dict]:
    """The exported rows of `_ACTIVE_WITH_DECISIONS` rows, each finding checked against the contract."""
    for number, row in enumerate(rows, start=1):
        finding = row_to_finding(row)
        check_finding(finding, number)
        decision = {name: row[f"decision_{name}"] for name in _DECISION_COLUMNS} if row["decided"] else None
        yield _review_record(finding, decision)


def _review_record(finding: Finding, decision: dict | None) -> dict:
    """One exported row: the finding, corrected by its decision, with the review columns."""
    record = {name: getattr(finding, name) for name in FIELDS} | {f"extracted_{name}": None for name in CORRECTABLE}
    record["review_status"] = decision["status"] if decision else "unreviewed"
    if decision and decision["status"] == "corrected":
        for name in CORRECTABLE:
            if decision[name] is not None:
                record[f"extracted_{name}"] = record[name]
                record[name] = decision[name]
        if decision["year"] is not None and decision["year"] != finding.year:
            record["year_source"] = REVIEWER_YEAR_SOURCE
    for name in ("value", "value_max", "extracted_value", "extracted_value_max"):
        if record[name] is not None:
            record[name] = float(record[name])
    return record


def encode_finding(finding: Finding) -> str:
    """A finding as compact JSON (floats keep their exact value)."""
    return json.dumps({name: getattr(finding, name) for name in FIELDS}, ensure_ascii=False, separators=(",", ":"))


def decode_finding(text: str, **changes: object) -> Finding:
    """The finding encoded by `encode_finding`, with `changes` to its fields."""
    return Finding(**(json.loads(text) | changes))


# The article columns a sweep reads back for extraction.
ARTICLE_FIELDS = ("doc_id", "text", "kind", "encoding", "content_hash", "title", "published", "lang")


def passage_from_row(row: sqlite3.Row) -> Passage:
    """A stored passage (a row of `passages` or of a sweep's staged ones)."""
    return Passage(
        doc_id=row["doc_id"],
        index=row["idx"],
        text=row["text"],
        char_start=row["char_start"],
        lang=row["lang"],
        kind=row["kind"],
        segments=tuple(tuple(pair) for pair in json.loads(row["segments"])),
    )


def article_from_row(row: sqlite3.Row) -> Article:
    """A stored article (a row with ARTICLE_FIELDS)."""
    return Article(
        doc_id=row["doc_id"],
        text=row["text"],
        kind=row["kind"],
        encoding=row["encoding"],
        content_hash=row["content_hash"],
        title=row["title"],
        published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
        lang=row["lang"] or "",
    )
