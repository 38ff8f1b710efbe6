"""Incremental runs over the store: read what is new or changed, extract only what the dedup plan moved.

A sweep has four steps, and its memory is bounded by a batch of articles, never by the size of
the collection: everything else goes through temporary tables of the store's connection.
`scan` walks the sources without following folder links or opening anything but regular files,
reads a file only when its stat signature changed, and stages each new or changed article with
its passages; a file whose content hash is unchanged is not processed again. `plan` clusters the
passages of every article active after the sweep (`findings.stored_dedup`): the canonical
occurrence (min doc_id, char_start) is a function of the active set, so the result equals a clean
run's. An article is extracted again only when it is new, changed, or the set of passages it
mines moved; its findings are staged batch by batch. `commit` writes everything in one
transaction, so a killed run leaves the previous state, and recomputes `docs` and the merged
findings for all. `run_sweep` composes them under the output folder's lock and exports the tables
after the commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from itertools import groupby
from pathlib import Path

from findings.dedup import normalize_for_key
from findings.loading import KINDS_BY_EXTENSION, PAGE_ASSET_EXTENSIONS, read_article
from findings.passages import passages_language, split_passages
from findings.pipeline import (
    ARTICLES_PER_BATCH,
    Batch,
    WorkerPool,
    extract_batch,
    in_order,
    worker_count,
)
from findings.records import Article, Finding, Passage, Rejected, printable_name
from findings.store import (
    RUN_COUNTERS,
    begin_run,
    encode_finding,
    export,
    exports_current,
    fail_run,
    finish_run,
    mark_exported,
    note_run_error,
    open_store,
    store_lock,
    transaction,
)
from findings.stored_dedup import cluster_stored_passages, merge_stored_findings, run_script
from findings.table import FIELDS as FINDING_COLUMNS

# The files every sweep leaves in the output folder.
EXPORTS = ("findings.csv", "findings.parquet", "rejected.csv")
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_ARGUMENT = 2  # as argparse exits on a bad argument
EXIT_REJECTED = 3
EXIT_EXPORTS_STALE = 4  # the store holds the run, its exports could not be written
EXIT_REFUSED = 5  # the run would mark most of the collection removed; --prune allows it
# A sweep that would mark more than this share of the active articles removed refuses without prune.
MOST_REMOVED = 0.5

# What a sweep stages before its commit: temporary tables, gone with the connection.
STAGING_SQL = """
DROP TABLE IF EXISTS temp.seen;
DROP TABLE IF EXISTS temp.staged_articles;
DROP TABLE IF EXISTS temp.staged_passages;
DROP TABLE IF EXISTS temp.gone;
DROP VIEW IF EXISTS temp.sweep_passages;
DROP TABLE IF EXISTS temp.to_extract;
DROP TABLE IF EXISTS temp.staged_extractions;
DROP TABLE IF EXISTS temp.extracted;
CREATE TEMP TABLE seen (doc_id TEXT PRIMARY KEY, path TEXT, signature TEXT, state TEXT);
CREATE TEMP TABLE staged_articles (
    doc_id TEXT PRIMARY KEY, path TEXT, content_hash TEXT, kind TEXT, encoding TEXT, lang TEXT,
    title TEXT, published TEXT, text TEXT, signature TEXT
);
CREATE TEMP TABLE staged_passages (
    doc_id TEXT, idx INTEGER, key TEXT, text TEXT, char_start INTEGER, lang TEXT, kind TEXT, segments TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TEMP TABLE gone (doc_id TEXT PRIMARY KEY);
CREATE TEMP VIEW sweep_passages AS
    SELECT * FROM main.passages WHERE doc_id NOT IN (SELECT doc_id FROM temp.gone)
    UNION ALL SELECT * FROM temp.staged_passages;
CREATE TEMP TABLE to_extract (doc_id TEXT PRIMARY KEY);
CREATE TEMP TABLE staged_extractions (doc_id TEXT, seq INTEGER, passage INTEGER, finding TEXT, PRIMARY KEY (doc_id, seq));
CREATE TEMP TABLE extracted (doc_id TEXT PRIMARY KEY, mined TEXT);
"""
# Files are read and split in groups of FILES_PER_LOAD (a flow sets its own size per task); a
# sweep reads the first FILES_READ_HERE itself, so that a small one never starts a worker process.
# A group also ends after MAX_GROUP_FILES files, read or not: walking an unchanged collection
# stays lean.
FILES_PER_LOAD = 250
FILES_READ_HERE = 500
MAX_GROUP_FILES = 10_000
ARTICLE_FIELDS = ("doc_id", "text", "kind", "encoding", "content_hash", "title", "published", "lang")
PASSAGE_FIELDS = ("doc_id", "idx", "key", "text", "char_start", "lang", "kind", "segments")


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """A file or folder to sweep; doc_ids are paths relative to a folder, or a file's name."""

    path: Path

    @property
    def absolute(self) -> str:
        return os.path.abspath(self.path)

    def holds(self, stored_path: str) -> bool:
        """Whether a stored article or rejected file (by absolute path) belongs to this source."""
        return stored_path == self.absolute or stored_path.startswith(self.absolute.rstrip(os.sep) + os.sep)


@dataclasses.dataclass(frozen=True, slots=True)
class RejectedInput:
    """A rejected file with what the store needs to retry it when it changes."""

    rejected: Rejected
    source: str
    signature: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class Skipped:
    """A file a sweep passes over on purpose (a hidden file, a web page's image or style sheet)."""

    path: str
    reason: str


@dataclasses.dataclass(slots=True)
class Scan:
    """What a sweep found: how many articles were new, changed (both staged) and unchanged, the
    rejections and the removals. The files seen are in the temporary table `seen`."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: list[RejectedInput] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)
    stale_rejections: list[str] = dataclasses.field(default_factory=list)
    skipped: list[Skipped] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True, slots=True)
class SweepPlan:
    """The articles to extract, in the temporary table `to_extract`: how many, and a reader of
    them in batches of a given size."""

    articles: int
    read: Callable[[int], Iterator[Batch]]


@dataclasses.dataclass(frozen=True, slots=True)
class SweepSummary:
    """The outcome of one run: its id, counters (see store.RUN_COUNTERS) and the rejected inputs."""

    run_id: int
    counters: dict[str, int]
    rejected: list[Rejected]
    skipped: list[Skipped] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        """The one summary line a script can parse."""
        c = self.counters
        return (
            f"articles: {c['articles_new']} new, {c['articles_changed']} changed, "
            f"{c['articles_unchanged']} unchanged, {c['articles_rejected']} rejected, "
            f"{c['articles_removed']} removed; files skipped: {c['files_skipped']}; "
            f"claims: +{c['claims_added']} -{c['claims_removed']}"
        )

    @property
    def exit_code(self) -> int:
        """0 when every input was read, EXIT_REJECTED when some were rejected."""
        return EXIT_REJECTED if self.counters["articles_rejected"] else EXIT_OK


class ExportsStale(RuntimeError):
    """A run committed to the store, but writing its exports failed: they show an older state
    until the next run (or `findings export`) rewrites them."""

    def __init__(self, summary: SweepSummary, cause: BaseException) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.summary = summary


class RemovesTooMuch(RuntimeError):
    """A sweep would mark more than half of the active articles removed (a mistyped or emptied
    folder?); nothing was changed. `prune=True` allows it."""

    def __init__(self, removed: int, active: int) -> None:
        super().__init__(
            f"this run would mark {removed} of the {active} articles in the store removed; nothing was changed "
            "(pass --prune if they are really gone)"
        )


def stat_signature(path: Path) -> str | None:
    """Device, inode, mode, size and times of the file a path leads to (of the link when broken)."""
    for stat_of in (os.stat, os.lstat):
        try:
            st = stat_of(path)
        except OSError:
            continue
        return f"{st.st_dev}:{st.st_ino}:{st.st_mode:o}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"
    return None


def walk_files(source: Source, skip: Path | None = None) -> Iterator[tuple[Path, str] | Rejected | Skipped]:
    """Every entry below a folder that is no folder itself, with its path relative to the folder,
    in sorted order; hidden files and folders and a web page's assets as Skipped.

    Links to folders are yielded as entries (and rejected when read), never followed, so link
    loops cannot trap the walk. A folder that cannot be listed yields a Rejected. A file source yields itself (when it exists
    or is a link); `skip` (the output folder) is not entered.
    """
    root = source.path
    if not root.is_dir():
        if os.path.lexists(root):
            yield root, printable_name(root.name)
        return
    skip_path = os.path.abspath(skip) if skip else None
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name, reverse=True)
        except OSError as error:
            relative = printable_name(Path(folder).relative_to(root).as_posix())
            yield Rejected(relative, "unreadable", f"The folder cannot be listed ({error.strerror}).")
            continue
        for entry in entries:
            if os.path.abspath(entry.path) == skip_path:
                continue
            relative = printable_name(Path(entry.path).relative_to(root).as_posix())
            if entry.name.startswith("."):
                yield Skipped(relative, "hidden")
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in PAGE_ASSET_EXTENSIONS:
                yield Skipped(relative, "page asset")
            else:
                yield Path(entry.path), relative


def is_within(path: str, folder: str) -> bool:
    """Whether a resolved path lies in a resolved folder."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _in_scope(sources: Sequence[Source] | None, stored_path: str) -> bool:
    return sources is None or any(source.holds(stored_path) for source in sources)


@dataclasses.dataclass(frozen=True, slots=True)
class FileEntry:
    """A file the walk found, with what the store knows of it and what to do about it.

    `verdict`, decided before the file is read: "unsupported", "outside_root" (a link that leads
    out of the folder swept), "duplicate" (another active
    article has its doc_id), "unchanged" (same stat signature), "rejected" (a recorded rejection
    with the same signature) or "read".
    """

    path: Path
    doc_id: str
    absolute: str
    signature: str | None
    stored: sqlite3.Row | None
    rejection: sqlite3.Row | None
    verdict: str


@dataclasses.dataclass(frozen=True, slots=True)
class ReadFile:
    """A file read and split: the article, its language and its passages as staging rows."""

    article: Article
    lang: str | None
    passages: list[tuple]


Load = Callable[[Iterable[FileEntry]], Iterator[tuple[list[FileEntry], list[ReadFile | Rejected]]]]


def read_file(path: Path, doc_id: str) -> ReadFile | Rejected:
    """Read, decode and split one file (a worker's share of a scan)."""
    article = read_article(path, doc_id)
    if isinstance(article, Rejected):
        return article
    passages = split_passages(article)
    return ReadFile(
        article,
        article.lang or (passages_language(passages) if passages else None),
        [
            (p.doc_id, p.index, passage_key(p), p.text, p.char_start, p.lang, p.kind, json.dumps(p.segments))
            for p in passages
        ],
    )


def read_files(jobs: list[tuple[str, str]]) -> list[ReadFile | Rejected]:
    """`read_file` for each (path, doc_id)."""
    return [read_file(Path(path), doc_id) for path, doc_id in jobs]


def files_to_read(group: list[FileEntry]) -> list[tuple[str, str]]:
    """The (path, doc_id) of the entries of a group that are to be read."""
    return [(str(entry.path), entry.doc_id) for entry in group if entry.verdict == "read"]


def load_groups(
    entries: Iterable[FileEntry],
    run: Callable[[list[tuple[str, str]]], list[ReadFile | Rejected]] = read_files,
    submit: Callable[[list[tuple[str, str]]], Future] | None = None,
    files_per_group: int | None = None,
) -> Iterator[tuple[list[FileEntry], list[ReadFile | Rejected]]]:
    """The entries in groups (`file_groups`, FILES_PER_LOAD files by default), each with what
    reading its files gave, in order.

    The first FILES_READ_HERE files are read here by `run`; the rest go through `submit` (to
    worker processes or tasks) when given, at most two groups per worker ahead.
    """
    groups = file_groups(entries, files_per_group or FILES_PER_LOAD)
    read_here = 0
    for group in groups:
        jobs = files_to_read(group)
        yield group, run(jobs)
        read_here += len(jobs)
        if submit is not None and read_here >= FILES_READ_HERE:
            break
    if submit is not None:
        yield from in_order(
            groups, lambda group: run(files_to_read(group)), lambda group: submit(files_to_read(group))
        )


def scan(
    conn: sqlite3.Connection,
    sources: Sequence[Source],
    everything: bool = False,
    skip: Path | None = None,
    load: Load = load_groups,
) -> Scan:
    """Walk the sources, stage every new or changed article with its passages, record the rest.

    Args:
        conn: the store.
        sources: files and folders to sweep.
        everything: the sources are the whole collection: every active article not found is
            removed (a `run`); otherwise only those below a swept source are.
        skip: a folder not to enter (the output folder).
        load: reads and splits the files of the entries, in groups (see `load_groups`).
    """
    run_script(conn, STAGING_SQL)
    found = Scan()
    known_rejections = {row["source"]: row for row in conn.execute("SELECT * FROM rejected")}
    entries = _walk_entries(conn, sources, skip, known_rejections, found)
    for group, results in load(entries):
        read = iter(results)
        for entry in group:
            outcome = _scan_file(conn, entry, next(read) if entry.verdict == "read" else None)
            if isinstance(outcome, RejectedInput):
                found.rejected.append(outcome)
                continue
            new = not (entry.stored and entry.stored["status"] == "active")
            state = "unchanged" if outcome is None else "new" if new else "changed"
            conn.execute(
                "INSERT INTO temp.seen VALUES (?, ?, ?, ?)", (entry.doc_id, entry.absolute, entry.signature, state)
            )
            if outcome is not None:
                _stage_article(conn, outcome, entry.absolute, entry.signature)
            found.new += state == "new"
            found.changed += state == "changed"
            found.unchanged += state == "unchanged"
    scope = None if everything else sources
    active = conn.execute(
        "SELECT doc_id, path FROM articles WHERE status = 'active'"
        " AND doc_id NOT IN (SELECT doc_id FROM temp.seen) ORDER BY doc_id"
    )
    found.removed = [doc_id for doc_id, path in active if _in_scope(scope, path)]
    kept = {item.source for item in found.rejected}
    found.stale_rejections = sorted(
        row["path"] for source, row in known_rejections.items() if source not in kept and _in_scope(scope, source)
    )
    return found


def _walk_entries(
    conn: sqlite3.Connection,
    sources: Sequence[Source],
    skip: Path | None,
    known_rejections: dict[str, sqlite3.Row],
    found: Scan,
) -> Iterator[FileEntry]:
    """The files below the sources with their doc_ids and verdicts; skipped files and folders
    that cannot be listed go to `found`."""
    claimed: dict[str, str] = {}  # doc_id -> absolute path, in this sweep
    for source in sources:
        real_root = os.path.realpath(source.path) if source.path.is_dir() else None
        for item in walk_files(source, skip):
            if isinstance(item, Skipped):
                found.skipped.append(item)
                continue
            if isinstance(item, Rejected):
                found.rejected.append(RejectedInput(item, source.absolute, None))
                continue
            path, relative = item
            # One stat per file, before it is read (a file that changes while read is read again).
            absolute, signature = printable_name(os.path.abspath(path)), stat_signature(path)
            doc_id, stored = unique_doc_id(conn, source, relative, absolute, claimed)
            claimed[doc_id] = absolute
            rejection = known_rejections.get(absolute)
            verdict = _verdict(path, absolute, signature, stored, rejection)
            if real_root and path.is_symlink() and not is_within(os.path.realpath(path), real_root):
                verdict = "outside_root"
            yield FileEntry(path, doc_id, absolute, signature, stored, rejection, verdict)


def unique_doc_id(
    conn: sqlite3.Connection, source: Source, relative: str, absolute: str, claimed: dict[str, str]
) -> tuple[str, sqlite3.Row | None]:
    """A file's doc_id and the stored article of that id: its path relative to the source, or,
    when another file (in this sweep or active in the store) has that id, the path with as many of
    the source's own folder names before it as make it unique ("dB/report.txt")."""
    names = [printable_name(part) for part in reversed(Path(source.absolute).parts[1:])] if source.path.is_dir() else []
    candidates = [relative, *("/".join([*reversed(names[: k + 1]), relative]) for k in range(len(names)))]
    for doc_id in candidates:
        stored = conn.execute(
            "SELECT path, status, signature, content_hash FROM articles WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        taken_here = claimed.get(doc_id, absolute) != absolute
        taken_in_store = stored is not None and stored["status"] == "active" and stored["path"] != absolute
        if not taken_here and not taken_in_store:
            return doc_id, stored
    return candidates[-1], stored


def _verdict(
    path: Path, absolute: str, signature: str | None, stored: sqlite3.Row | None, rejection: sqlite3.Row | None
) -> str:
    """What a file needs, as far as the store tells before it is read (see `FileEntry`)."""
    active = stored is not None and stored["status"] == "active"
    if path.suffix.lower() not in KINDS_BY_EXTENSION:
        return "unsupported"
    if active and stored["path"] != absolute:
        return "duplicate"
    if active and stored["signature"] == signature:
        return "unchanged"
    if rejection is not None and rejection["signature"] == signature and signature is not None:
        return "rejected"
    return "read"


def file_groups(entries: Iterable[FileEntry], size: int) -> Iterator[list[FileEntry]]:
    """The entries in groups of `size` files to read, or MAX_GROUP_FILES files in all."""
    group: list[FileEntry] = []
    reads = 0
    for entry in entries:
        group.append(entry)
        reads += entry.verdict == "read"
        if reads == size or len(group) == MAX_GROUP_FILES:
            yield group
            group, reads = [], 0
    if group:
        yield group


def _scan_file(
    conn: sqlite3.Connection, entry: FileEntry, read: ReadFile | Rejected | None
) -> ReadFile | RejectedInput | None:
    """A ReadFile to stage, a RejectedInput, or None when the stored article is unchanged."""

    def reject(reason: str, detail: str) -> RejectedInput:
        return RejectedInput(Rejected(entry.doc_id, reason, detail), entry.absolute, entry.signature)

    if entry.verdict == "unsupported":
        return reject("unsupported_type", "Only .txt, .md, .html and .htm files are read.")
    if entry.verdict == "outside_root":
        return reject("outside_root", "The link leads outside the folder swept; it is not followed.")
    seen = conn.execute("SELECT 1 FROM temp.seen WHERE doc_id = ?", (entry.doc_id,)).fetchone()
    if seen or entry.verdict == "duplicate":
        return reject("duplicate_doc_id", f"Another file already has the doc_id {entry.doc_id}.")
    if entry.verdict == "unchanged":
        return None
    if entry.verdict == "rejected":
        known = Rejected(entry.doc_id, entry.rejection["reason"], entry.rejection["detail"])
        return RejectedInput(known, entry.absolute, entry.signature)
    if isinstance(read, Rejected):
        return reject(read.reason, read.detail)
    active = entry.stored is not None and entry.stored["status"] == "active"
    if active and entry.stored["content_hash"] == read.article.content_hash:
        return None
    return read


def _stage_article(conn: sqlite3.Connection, read: ReadFile, path: str, signature: str | None) -> None:
    """Stage a new or changed article with its passages."""
    article = read.article
    conn.execute(
        "INSERT INTO temp.staged_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.doc_id,
            path,
            article.content_hash,
            article.kind,
            article.encoding,
            read.lang,
            article.title,
            article.published.isoformat() if article.published else None,
            article.text,
            signature,
        ),
    )
    conn.executemany("INSERT INTO temp.staged_passages VALUES (?, ?, ?, ?, ?, ?, ?, ?)", read.passages)


def plan(conn: sqlite3.Connection, found: Scan) -> SweepPlan:
    """Cluster the passages of every article active after the sweep and pick the articles to extract.

    An article is extracted when it was staged (new or changed) or when the passage indexes it
    mines differ from those of its stored extraction.
    """
    conn.executemany("INSERT INTO temp.gone VALUES (?)", [(doc_id,) for doc_id in found.removed])
    conn.execute("INSERT OR IGNORE INTO temp.gone SELECT doc_id FROM temp.staged_articles")
    cluster_stored_passages(conn, "temp.sweep_passages")
    conn.execute("INSERT INTO temp.to_extract SELECT doc_id FROM temp.staged_articles")
    conn.executemany("INSERT INTO temp.to_extract VALUES (?)", [(doc_id,) for doc_id in _moved_articles(conn)])
    articles = conn.execute("SELECT COUNT(*) FROM temp.to_extract").fetchone()[0]
    return SweepPlan(articles, lambda size: read_batches(conn, size))


def _moved_articles(conn: sqlite3.Connection) -> Iterator[str]:
    """The unchanged active articles whose mined passage indexes differ from their stored extraction's."""
    mined_now = groupby(conn.execute("SELECT doc_id, idx FROM temp.mined ORDER BY doc_id, idx"), key=lambda row: row[0])
    current = next(mined_now, None)
    stored = conn.execute(
        "SELECT doc_id, mined FROM articles WHERE status = 'active'"
        " AND doc_id NOT IN (SELECT doc_id FROM temp.gone) ORDER BY doc_id"
    )
    for doc_id, mined in stored:
        while current is not None and current[0] < doc_id:
            current = next(mined_now, None)
        now = [row[1] for row in current[1]] if current is not None and current[0] == doc_id else []
        if json.loads(mined or "[]") != now:
            yield doc_id


def read_batches(conn: sqlite3.Connection, size: int) -> Iterator[Batch]:
    """The articles to extract, by doc_id, in batches of `size` with their passages and plan."""
    pending = conn.execute("SELECT doc_id FROM temp.to_extract ORDER BY doc_id")
    while chunk := [row[0] for row in pending.fetchmany(size)]:
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {', '.join(ARTICLE_FIELDS)} FROM temp.staged_articles WHERE doc_id IN ({marks})"
            f" UNION ALL SELECT {', '.join(ARTICLE_FIELDS)} FROM main.articles WHERE doc_id IN ({marks})"
            " AND doc_id NOT IN (SELECT doc_id FROM temp.gone) ORDER BY doc_id",
            (*chunk, *chunk),
        )
        articles = [_row_to_article(row) for row in rows]
        passages: dict[str, list[Passage]] = {doc_id: [] for doc_id in chunk}
        for row in conn.execute(
            f"SELECT * FROM temp.sweep_passages WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", chunk
        ):
            passages[row["doc_id"]].append(_row_to_passage(row))
        plan: dict[str, dict[int, tuple[str, ...]]] = {}
        for doc_id, idx, docs in conn.execute(
            f"SELECT doc_id, idx, docs FROM temp.mined WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", chunk
        ):
            plan.setdefault(doc_id, {})[idx] = tuple(json.loads(docs))
        yield Batch(articles, passages, plan)


def stage_extractions(conn: sqlite3.Connection, extracted: Iterator[tuple[Batch, list[Finding]]]) -> None:
    """Stage each batch's findings as extraction rows (with the passage that holds each) and the
    passage indexes each article was extracted for."""
    for batch, findings in extracted:
        by_doc = {doc_id: list(rows) for doc_id, rows in groupby(findings, key=lambda finding: finding.doc_id)}
        for article in batch.articles:
            mine = batch.plan.get(article.doc_id, {})
            passages = batch.passages[article.doc_id]
            mined = sorted((p for p in passages if p.index in mine), key=lambda p: p.char_start)
            conn.executemany(
                "INSERT INTO temp.staged_extractions VALUES (?, ?, ?, ?)",
                [
                    (article.doc_id, seq, passage_of(finding, mined), encode_finding(finding))
                    for seq, finding in enumerate(by_doc.get(article.doc_id, []))
                ],
            )
            conn.execute("INSERT INTO temp.extracted VALUES (?, ?)", (article.doc_id, json.dumps(sorted(mine))))


def extract_sweep(sweep: SweepPlan, pool: WorkerPool | None = None) -> Iterator[tuple[Batch, list[Finding]]]:
    """Extract the sweep's articles in this process or, for many, on the pool's workers."""
    on_pool = pool is not None and worker_count(sweep.articles) > 1
    submit = functools.partial(pool.submit, extract_batch) if on_pool else None
    return in_order(sweep.read(ARTICLES_PER_BATCH), extract_batch, submit)


def passage_key(passage: Passage) -> str:
    """The exact-duplicate key of a passage: blake2b-128 of its normalized text."""
    return hashlib.blake2b(normalize_for_key(passage.text).encode(), digest_size=16).hexdigest()


def _row_to_passage(row: sqlite3.Row) -> Passage:
    return Passage(
        doc_id=row["doc_id"],
        index=row["idx"],
        text=row["text"],
        char_start=row["char_start"],
        lang=row["lang"],
        kind=row["kind"],
        segments=tuple(tuple(pair) for pair in json.loads(row["segments"])),
    )


def _row_to_article(row: sqlite3.Row) -> Article:
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


def passage_of(finding: Finding, mined: Sequence[Passage]) -> int:
    """The index of the mined passage (sorted by char_start) that holds a finding."""
    holder = next((p for p in reversed(mined) if p.char_start <= finding.char_start), None)
    if holder is None:
        raise ValueError(f"no mined passage of {finding.doc_id} holds the finding at {finding.char_start}")
    return holder.index


def commit(conn: sqlite3.Connection, run_id: int, found: Scan, sweep: SweepPlan) -> dict[str, int]:
    """Write a sweep's outcome in one transaction and return the run's counters."""
    with transaction(conn):
        _write_articles(conn, run_id, found)
        _write_extractions(conn)
        counters = _write_findings(conn, run_id)
        _write_rejected(conn, run_id, found)
        counters |= {
            "articles_new": found.new,
            "articles_changed": found.changed,
            "articles_unchanged": found.unchanged,
            "articles_rejected": len(found.rejected),
            "articles_removed": len(found.removed),
            "articles_extracted": sweep.articles,
            "files_skipped": len(found.skipped),
        }
        finish_run(conn, run_id, counters)
    return counters


def _write_articles(conn: sqlite3.Connection, run_id: int, found: Scan) -> None:
    for doc_id in found.removed:
        conn.execute("DELETE FROM extractions WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        conn.execute(
            "UPDATE articles SET status = 'removed', removed_run = ?, mined = NULL WHERE doc_id = ?", (run_id, doc_id)
        )
    conn.execute("DELETE FROM passages WHERE doc_id IN (SELECT doc_id FROM temp.staged_articles)")
    conn.execute(
        """INSERT INTO articles (doc_id, path, content_hash, kind, encoding, lang, title, published, text,
               status, added_run, updated_run, signature)
           SELECT doc_id, path, content_hash, kind, encoding, lang, title, published, text, 'active', ?, ?, signature
           FROM temp.staged_articles WHERE true
           ON CONFLICT (doc_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash,
               kind = excluded.kind, encoding = excluded.encoding, lang = excluded.lang,
               title = excluded.title, published = excluded.published, text = excluded.text,
               status = 'active', updated_run = excluded.updated_run, removed_run = NULL,
               signature = excluded.signature""",
        (run_id, run_id),
    )
    conn.execute("INSERT INTO passages SELECT * FROM temp.staged_passages")
    conn.execute(
        "UPDATE articles SET signature = (SELECT signature FROM temp.seen WHERE seen.doc_id = articles.doc_id)"
        " WHERE doc_id IN (SELECT doc_id FROM temp.seen WHERE state = 'unchanged')"
    )


def _write_extractions(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM extractions WHERE doc_id IN (SELECT doc_id FROM temp.to_extract)")
    conn.execute("INSERT INTO extractions SELECT * FROM temp.staged_extractions")
    conn.execute(
        "UPDATE articles SET mined = (SELECT mined FROM temp.extracted WHERE extracted.doc_id = articles.doc_id)"
        " WHERE doc_id IN (SELECT doc_id FROM temp.extracted)"
    )


def _write_findings(conn: sqlite3.Connection, run_id: int) -> dict[str, int]:
    """Upsert the merged findings (`merge_stored_findings` fills temp.current_findings); mark the
    ones no longer found removed. Returns the claim counters."""
    merge_stored_findings(conn)
    columns = ", ".join(FINDING_COLUMNS)
    differs = " OR ".join(f"c.{name} IS NOT f.{name}" for name in FINDING_COLUMNS)
    new = "SELECT finding_id FROM temp.current_findings c WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.finding_id = c.finding_id)"
    joined = "FROM temp.current_findings c JOIN findings f ON f.finding_id = c.finding_id"
    added = conn.execute(f"SELECT COUNT(*) FROM ({new})").fetchone()[0]
    reactivated = conn.execute(f"SELECT COUNT(*) {joined} WHERE f.status != 'active'").fetchone()[0]
    changed = conn.execute(f"SELECT COUNT(*) {joined} WHERE f.status = 'active' AND ({differs})").fetchone()[0]
    removed = conn.execute(
        "SELECT COUNT(*) FROM findings WHERE status = 'active'"
        " AND finding_id NOT IN (SELECT finding_id FROM temp.current_findings)"
    ).fetchone()[0]
    conn.execute(
        f"UPDATE findings SET ({columns}) = (SELECT {columns} FROM temp.current_findings c"
        " WHERE c.finding_id = findings.finding_id), status = 'active', updated_run = ?, removed_run = NULL"
        f" WHERE finding_id IN (SELECT c.finding_id {joined} WHERE f.status != 'active' OR {differs})",
        (run_id,),
    )
    conn.execute(
        f"INSERT INTO findings ({columns}, status, added_run, updated_run)"
        f" SELECT {columns}, 'active', ?, ? FROM temp.current_findings WHERE finding_id IN ({new})",
        (run_id, run_id),
    )
    conn.execute(
        "UPDATE findings SET status = 'removed', removed_run = ? WHERE status = 'active'"
        " AND finding_id NOT IN (SELECT finding_id FROM temp.current_findings)",
        (run_id,),
    )
    return {"claims_added": added + reactivated, "claims_removed": removed, "claims_changed": changed}


def _write_rejected(conn: sqlite3.Connection, run_id: int, found: Scan) -> None:
    conn.executemany("DELETE FROM rejected WHERE path = ?", [(path,) for path in found.stale_rejections])
    conn.executemany(
        "INSERT OR REPLACE INTO rejected (path, reason, detail, content_hash, run_id, source, signature)"
        " VALUES (?, ?, ?, NULL, ?, ?, ?)",
        [
            (item.rejected.path, item.rejected.reason, item.rejected.detail, run_id, item.source, item.signature)
            for item in found.rejected
        ],
    )


def is_unchanged(conn: sqlite3.Connection, found: Scan) -> bool:
    """Whether a scan found the store's state again: no article staged, removed or newly rejected,
    and every rejection as recorded."""
    if found.new or found.changed or found.removed or found.stale_rejections:
        return False
    recorded = {tuple(row) for row in conn.execute("SELECT path, reason, detail, signature FROM rejected")}
    seen = {(i.rejected.path, i.rejected.reason, i.rejected.detail, i.signature) for i in found.rejected}
    return seen <= recorded


@dataclasses.dataclass(frozen=True, slots=True)
class SweepSteps:
    """The stages of a sweep, swappable so that a flow can run each one as a task of its own.
    The defaults do everything in this process."""

    scan: Callable[..., Scan] = scan
    plan: Callable[..., SweepPlan] = plan
    extract: Callable[[SweepPlan], Iterator[tuple[Batch, list[Finding]]]] = extract_sweep
    commit: Callable[..., dict[str, int]] = commit
    export: Callable[..., None] = export


def pooled_steps(pool: WorkerPool) -> SweepSteps:
    """The sweep's stages with reading and extraction on the pool's workers when a run is large."""
    read_on_pool = functools.partial(pool.submit, read_files)
    return SweepSteps(
        scan=functools.partial(scan, load=functools.partial(load_groups, submit=read_on_pool)),
        extract=functools.partial(extract_sweep, pool=pool),
    )


def run_sweep(
    out_dir: Path | str,
    sources: Sequence[Path | str],
    kind: str,
    steps: SweepSteps | None = None,
    wait: float = 0.0,
    whole: bool = False,
    prune: bool = False,
) -> SweepSummary:
    """One run over the store in `out_dir`: scan, plan, extract, commit, then export the tables.

    Args:
        out_dir: the output folder holding findings.db and the exports.
        sources: files and folders to sweep.
        kind: 'run', 'ingest' or 'crawl': what the store records.
        steps: the stages (the Prefect flows pass tasks; all run in this thread, which owns the
            store's connection, and hand files and batches to workers); None: `pooled_steps`.
        wait: seconds to wait for another run holding the lock.
        whole: the sources are the whole collection: articles found in none of them are marked
            removed (else only those below a source are).
        prune: the run may mark most of the collection removed.

    Raises:
        StoreBusy: another run held the lock for longer than `wait`.
        RemovesTooMuch: without `prune`, the run would mark most of the collection removed.
        ExportsStale: the run is in the store, but its exports could not be written.
    """
    out_dir = Path(out_dir)
    with store_lock(out_dir, wait), WorkerPool() as pool:
        steps = steps or pooled_steps(pool)
        conn = open_store(out_dir)
        try:
            run_id = begin_run(conn, kind)
            try:
                with transaction(conn, "DEFERRED"):
                    found = steps.scan(conn, [Source(Path(s)) for s in sources], everything=whole, skip=out_dir)
                    if not prune:
                        refuse_mass_removal(conn, found)
                    current = exports_current(conn, run_id) and all((out_dir / name).exists() for name in EXPORTS)
                    # Nothing to plan, extract or export when the tables already say it all.
                    unchanged = current and is_unchanged(conn, found)
                    if not unchanged:
                        sweep = steps.plan(conn, found)
                        stage_extractions(conn, steps.extract(sweep))
                if unchanged:
                    counters = dict.fromkeys((*RUN_COUNTERS, "articles_extracted"), 0) | {
                        "articles_unchanged": found.unchanged,
                        "articles_rejected": len(found.rejected),
                        "files_skipped": len(found.skipped),
                    }
                    with transaction(conn):
                        finish_run(conn, run_id, counters)
                else:
                    counters = steps.commit(conn, run_id, found, sweep)
                    summary = SweepSummary(run_id, counters, rejected_inputs(found), found.skipped)
                    try:
                        steps.export(conn, out_dir)
                    except Exception as error:  # the run stays done, its exports unmarked: the next one writes them
                        note_run_error(conn, run_id, f"exports not written: {type(error).__name__}: {error}")
                        raise ExportsStale(summary, error) from error
                mark_exported(conn, run_id)
            except ExportsStale:
                raise
            except Exception as error:
                fail_run(conn, run_id, f"{type(error).__name__}: {error}")
                raise
        finally:
            conn.close()
    return SweepSummary(run_id, counters, rejected_inputs(found), found.skipped)


def rejected_inputs(found: Scan) -> list[Rejected]:
    """A scan's rejected files, sorted by path."""
    return sorted((item.rejected for item in found.rejected), key=lambda r: r.path)


def refuse_mass_removal(conn: sqlite3.Connection, found: Scan) -> None:
    """Raise RemovesTooMuch when a scan would mark more than MOST_REMOVED of the active articles removed."""
    active = conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'active'").fetchone()[0]
    if found.removed and len(found.removed) > MOST_REMOVED * active:
        raise RemovesTooMuch(len(found.removed), active)
