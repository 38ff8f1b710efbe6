"""Scanning a sweep's sources: read what is new or changed and stage it with its passages.

A file is read only when its stat signature changed, and staged only when its content hash did;
reading and splitting go to worker processes or tasks in groups (`load_groups`). Everything a scan
finds goes to the store connection's temporary tables, so its memory does not grow with the
collection.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path

from findings.dedup import passage_key
from findings.loading import read_article
from findings.passages import passages_language, split_passages
from findings.pipeline import in_order
from findings.records import Article, Rejected, printable_name
from findings.stored_dedup import run_script
from findings.sweep.sources import (
    REASONS,
    FileEntry,
    RejectedInput,
    Skipped,
    Source,
    file_groups,
    in_scope,
    outside_root,
    stat_signature,
    unique_doc_id,
    verdict,
    walk_files,
)

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
FILES_PER_LOAD = 250
FILES_READ_HERE = 500


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
class ReadFile:
    """A file read and split: the article, its language and its passages as staging rows."""

    article: Article
    lang: str | None
    passages: list[tuple]


Load = Callable[[Iterable[FileEntry]], Iterator[tuple[list[FileEntry], list[ReadFile | Rejected]]]]


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


def scan_sources(
    conn: sqlite3.Connection,
    paths: Sequence[Path | str],
    everything: bool = False,
    skip: Path | None = None,
    load: Load = load_groups,
) -> Scan:
    """Walk the sources, stage every new or changed article with its passages, record the rest.

    Args:
        conn: the store.
        paths: files and folders to sweep.
        everything: the sources are the whole collection: every active article not found is
            removed (a `run`); otherwise only those below a swept source are.
        skip: a folder not to enter (the output folder).
        load: reads and splits the files of the entries, in groups (see `load_groups`).
    """
    run_script(conn, STAGING_SQL)
    sources = [Source(Path(path)) for path in paths]
    found = Scan()
    known_rejections = {row["source"]: row for row in conn.execute("SELECT * FROM rejected")}
    entries = walk_entries(conn, sources, skip, known_rejections, found)
    for group, results in load(entries):
        read = iter(results)
        for entry in group:
            outcome = scan_file(conn, entry, next(read) if entry.verdict == "read" else None)
            if isinstance(outcome, RejectedInput):
                found.rejected.append(outcome)
                continue
            new = not (entry.stored and entry.stored["status"] == "active")
            state = "unchanged" if outcome is None else "new" if new else "changed"
            conn.execute(
                "INSERT INTO temp.seen VALUES (?, ?, ?, ?)", (entry.doc_id, entry.absolute, entry.signature, state)
            )
            if outcome is not None:
                stage_article(conn, outcome, entry.absolute, entry.signature)
            found.new += state == "new"
            found.changed += state == "changed"
            found.unchanged += state == "unchanged"
    scope = None if everything else sources
    active = conn.execute(
        "SELECT doc_id, path FROM articles WHERE status = 'active'"
        " AND doc_id NOT IN (SELECT doc_id FROM temp.seen) ORDER BY doc_id"
    )
    found.removed = [doc_id for doc_id, path in active if in_scope(scope, path)]
    kept = {item.source for item in found.rejected}
    found.stale_rejections = sorted(
        row["path"] for source, row in known_rejections.items() if source not in kept and in_scope(scope, source)
    )
    return found


def walk_entries(
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
            need = verdict(path, absolute, signature, stored, rejection)
            if outside_root(path, real_root):
                need = "outside_root"
            yield FileEntry(path, doc_id, absolute, signature, stored, rejection, need)


def scan_file(
    conn: sqlite3.Connection, entry: FileEntry, read: ReadFile | Rejected | None
) -> ReadFile | RejectedInput | None:
    """A ReadFile to stage, a RejectedInput, or None when the stored article is unchanged."""

    def reject(reason: str, detail: str) -> RejectedInput:
        return RejectedInput(Rejected(entry.doc_id, reason, detail), entry.absolute, entry.signature)

    if entry.verdict == "unsupported":
        return reject("unsupported_type", REASONS["unsupported_type"])
    if entry.verdict == "outside_root":
        return reject("outside_root", REASONS["outside_root"])
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


def stage_article(conn: sqlite3.Connection, read: ReadFile, path: str, signature: str | None) -> None:
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
