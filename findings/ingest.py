"""Incremental runs over the store: read what is new or changed, extract only what the dedup plan moved.

A sweep has four steps. `scan` walks the sources without following folder links or opening
anything but regular files, and reads a file only when its stat signature changed; a file whose
content hash is unchanged is not processed again. `plan` splits the new and changed articles,
loads every other active article's passages from the store and clusters all of them: the
canonical occurrence (min doc_id, char_start) is a function of the active set, so the result
equals a clean run's. An article is extracted again only when it is new, changed, or the set of
passages it mines moved; `docs` is recomputed for all. `commit` writes everything in one
transaction, so a killed run leaves the previous state. `run_sweep` composes them under the
output folder's lock and exports the tables after the commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from extractors import passages_language
from findings.dedup import dedupe_passages, merge_duplicate_findings, normalize_for_key
from findings.loading import KINDS_BY_EXTENSION, read_article
from findings.passages import split_passages
from findings.pipeline import extract_articles, mining_plan
from findings.records import Article, Finding, Passage, Rejected
from findings.store import (
    RUN_COUNTERS,
    begin_run,
    decode_finding,
    encode_finding,
    export,
    exports_current,
    fail_run,
    finish_run,
    mark_exported,
    open_store,
    row_to_finding,
    store_lock,
    transaction,
)

Plan = dict[str, dict[int, tuple[str, ...]]]
Extract = Callable[[Sequence[Article], dict[str, list[Passage]], Plan], list[Finding]]

# The files every sweep leaves in the output folder.
EXPORTS = ("findings.csv", "findings.parquet", "rejected.csv")
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_REJECTED = 3


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


@dataclasses.dataclass(slots=True)
class Scan:
    """What a sweep found: articles read (new or changed), unchanged ones, rejections and removals."""

    read: list[Article] = dataclasses.field(default_factory=list)
    new: set[str] = dataclasses.field(default_factory=set)
    unchanged: list[str] = dataclasses.field(default_factory=list)
    paths: dict[str, str] = dataclasses.field(default_factory=dict)
    signatures: dict[str, str | None] = dataclasses.field(default_factory=dict)
    rejected: list[RejectedInput] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)
    stale_rejections: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class SweepPlan:
    """The passages of every active article, the mining plan and the articles to extract."""

    passages: dict[str, list[Passage]]
    plan: Plan
    to_extract: list[Article]


@dataclasses.dataclass(frozen=True, slots=True)
class SweepSummary:
    """The outcome of one run: its id, counters (see store.RUN_COUNTERS) and the rejected inputs."""

    run_id: int
    counters: dict[str, int]
    rejected: list[Rejected]

    def line(self) -> str:
        """The one summary line a script can parse."""
        c = self.counters
        return (
            f"articles: {c['articles_new']} new, {c['articles_changed']} changed, "
            f"{c['articles_unchanged']} unchanged, {c['articles_rejected']} rejected, "
            f"{c['articles_removed']} removed; claims: +{c['claims_added']} -{c['claims_removed']}"
        )

    @property
    def exit_code(self) -> int:
        """0 when every input was read, EXIT_REJECTED when some were rejected."""
        return EXIT_REJECTED if self.counters["articles_rejected"] else EXIT_OK


def stat_signature(path: Path) -> str | None:
    """Device, inode, mode, size and times of the file a path leads to (of the link when broken)."""
    for stat_of in (os.stat, os.lstat):
        try:
            st = stat_of(path)
        except OSError:
            continue
        return f"{st.st_dev}:{st.st_ino}:{st.st_mode:o}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"
    return None


def walk_files(source: Source, skip: Path | None = None) -> Iterator[tuple[Path, str] | Rejected]:
    """Every non-hidden entry below a folder that is no folder itself, with its doc_id, in sorted order.

    Links to folders are yielded as entries (and rejected when read), never followed, so link
    loops cannot trap the walk. A folder that cannot be listed yields a Rejected. A file source
    yields itself (when it exists or is a link); `skip` (the output folder) is not entered.
    """
    root = source.path
    if not root.is_dir():
        if os.path.lexists(root):
            yield root, root.name
        return
    skip_path = os.path.abspath(skip) if skip else None
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name, reverse=True)
        except OSError as error:
            relative = Path(folder).relative_to(root).as_posix()
            yield Rejected(relative, "unreadable", f"The folder cannot be listed ({error.strerror}).")
            continue
        for entry in entries:
            if entry.name.startswith(".") or os.path.abspath(entry.path) == skip_path:
                continue
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            else:
                yield Path(entry.path), Path(entry.path).relative_to(root).as_posix()


def _in_scope(sources: Sequence[Source] | None, stored_path: str) -> bool:
    return sources is None or any(source.holds(stored_path) for source in sources)


def scan(
    conn: sqlite3.Connection, sources: Sequence[Source], everything: bool = False, skip: Path | None = None
) -> Scan:
    """Walk the sources and sort every file into new, changed, unchanged or rejected.

    Args:
        conn: the store.
        sources: files and folders to sweep.
        everything: the sources are the whole collection: every active article not found is
            removed (a `run`); otherwise only those below a swept source are.
        skip: a folder not to enter (the output folder).
    """
    found = Scan()
    stored = {row["doc_id"]: row for row in conn.execute("SELECT * FROM articles")}
    known_rejections = {row["source"]: row for row in conn.execute("SELECT * FROM rejected")}
    seen: set[str] = set()
    for source in sources:
        for item in walk_files(source, skip):
            if isinstance(item, Rejected):
                found.rejected.append(RejectedInput(item, source.absolute, None))
                continue
            path, doc_id = item
            outcome = _scan_file(path, doc_id, stored.get(doc_id), known_rejections.get(os.path.abspath(path)), seen)
            if isinstance(outcome, RejectedInput):
                found.rejected.append(outcome)
                continue
            seen.add(doc_id)
            found.paths[doc_id] = os.path.abspath(path)
            found.signatures[doc_id] = stat_signature(path)
            if isinstance(outcome, Article):
                found.read.append(outcome)
                if not (stored.get(doc_id) and stored[doc_id]["status"] == "active"):
                    found.new.add(doc_id)
            else:
                found.unchanged.append(doc_id)
    scope = None if everything else sources
    found.removed = sorted(
        doc_id
        for doc_id, row in stored.items()
        if row["status"] == "active" and doc_id not in seen and _in_scope(scope, row["path"])
    )
    kept = {item.source for item in found.rejected}
    found.stale_rejections = sorted(
        row["path"] for source, row in known_rejections.items() if source not in kept and _in_scope(scope, source)
    )
    return found


def _scan_file(
    path: Path, doc_id: str, stored: sqlite3.Row | None, rejection: sqlite3.Row | None, seen: set[str]
) -> Article | RejectedInput | None:
    """An Article to process, a RejectedInput, or None when the stored article is unchanged."""
    signature = stat_signature(path)
    absolute = os.path.abspath(path)

    def reject(reason: str, detail: str) -> RejectedInput:
        return RejectedInput(Rejected(doc_id, reason, detail), absolute, signature)

    if path.suffix.lower() not in KINDS_BY_EXTENSION:
        return reject("unsupported_type", "Only .txt, .md, .html and .htm files are read.")
    active = stored is not None and stored["status"] == "active"
    if doc_id in seen or active and stored["path"] != absolute:
        return reject("duplicate_doc_id", f"Another file already has the doc_id {doc_id}.")
    if active and stored["signature"] == signature:
        return None
    if rejection is not None and rejection["signature"] == signature and signature is not None:
        return RejectedInput(Rejected(doc_id, rejection["reason"], rejection["detail"]), absolute, signature)
    result = read_article(path, doc_id)
    if isinstance(result, Rejected):
        return reject(result.reason, result.detail)
    if active and stored["content_hash"] == result.content_hash:
        return None
    return result


def plan(conn: sqlite3.Connection, found: Scan) -> SweepPlan:
    """Cluster the passages of every article active after the sweep and pick the articles to extract.

    An article is extracted when it was read (new or changed) or when the passage indexes it
    mines differ from those of its stored extraction.
    """
    read = {article.doc_id: article for article in found.read}
    gone = set(found.removed) | set(read)
    passages = {doc_id: split_passages(article) for doc_id, article in read.items()}
    for row in conn.execute("SELECT * FROM passages ORDER BY doc_id, idx"):
        if row["doc_id"] not in gone:
            passages.setdefault(row["doc_id"], []).append(_row_to_passage(row))
    mining = mining_plan(dedupe_passages(p for doc_passages in passages.values() for p in doc_passages))
    mined_before = {
        row["doc_id"]: json.loads(row["mined"] or "[]")
        for row in conn.execute("SELECT doc_id, mined FROM articles WHERE status = 'active'")
    }
    moved = [
        doc_id
        for doc_id in passages
        if doc_id not in read and mined_before.get(doc_id) != sorted(mining.get(doc_id, {}))
    ]
    to_extract = [*read.values(), *(_load_article(conn, doc_id) for doc_id in moved)]
    return SweepPlan(passages, mining, sorted(to_extract, key=lambda article: article.doc_id))


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


def _load_article(conn: sqlite3.Connection, doc_id: str) -> Article:
    row = conn.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
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


def commit(
    conn: sqlite3.Connection, run_id: int, found: Scan, sweep: SweepPlan, extracted: Sequence[Finding]
) -> dict[str, int]:
    """Write a sweep's outcome in one transaction and return the run's counters."""
    with transaction(conn):
        _write_articles(conn, run_id, found, sweep)
        _write_extractions(conn, sweep, extracted)
        counters = _write_findings(conn, run_id, sweep.plan)
        _write_rejected(conn, run_id, found)
        counters |= {
            "articles_new": len(found.new),
            "articles_changed": len(found.read) - len(found.new),
            "articles_unchanged": len(found.unchanged),
            "articles_rejected": len(found.rejected),
            "articles_removed": len(found.removed),
            "articles_extracted": len(sweep.to_extract),
        }
        finish_run(conn, run_id, counters)
    return counters


def _write_articles(conn: sqlite3.Connection, run_id: int, found: Scan, sweep: SweepPlan) -> None:
    for doc_id in found.removed:
        conn.execute("DELETE FROM extractions WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        conn.execute(
            "UPDATE articles SET status = 'removed', removed_run = ?, mined = NULL WHERE doc_id = ?", (run_id, doc_id)
        )
    for article in found.read:
        passages = sweep.passages[article.doc_id]
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (article.doc_id,))
        conn.execute(
            """INSERT INTO articles (doc_id, path, content_hash, kind, encoding, lang, title, published, text,
                   status, added_run, updated_run, signature)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)
               ON CONFLICT (doc_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash,
                   kind = excluded.kind, encoding = excluded.encoding, lang = excluded.lang,
                   title = excluded.title, published = excluded.published, text = excluded.text,
                   status = 'active', updated_run = excluded.updated_run, removed_run = NULL,
                   signature = excluded.signature""",
            (
                article.doc_id,
                found.paths[article.doc_id],
                article.content_hash,
                article.kind,
                article.encoding,
                article.lang or (passages_language(passages) if passages else None),
                article.title,
                article.published.isoformat() if article.published else None,
                article.text,
                run_id,
                run_id,
                found.signatures[article.doc_id],
            ),
        )
        conn.executemany(
            "INSERT INTO passages (doc_id, idx, key, text, char_start, lang, kind, segments)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (p.doc_id, p.index, passage_key(p), p.text, p.char_start, p.lang, p.kind, json.dumps(p.segments))
                for p in passages
            ],
        )
    conn.executemany(
        "UPDATE articles SET signature = ? WHERE doc_id = ?",
        [(found.signatures[doc_id], doc_id) for doc_id in found.unchanged],
    )


def _write_extractions(conn: sqlite3.Connection, sweep: SweepPlan, extracted: Sequence[Finding]) -> None:
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for finding in extracted:
        by_doc[finding.doc_id].append(finding)
    for article in sweep.to_extract:
        mine = sweep.plan.get(article.doc_id, {})
        mined = sorted((p for p in sweep.passages[article.doc_id] if p.index in mine), key=lambda p: p.char_start)
        conn.execute("DELETE FROM extractions WHERE doc_id = ?", (article.doc_id,))
        conn.executemany(
            "INSERT INTO extractions (doc_id, seq, passage, finding) VALUES (?, ?, ?, ?)",
            [
                (article.doc_id, seq, passage_of(finding, mined), encode_finding(finding))
                for seq, finding in enumerate(by_doc[article.doc_id])
            ],
        )
        conn.execute("UPDATE articles SET mined = ? WHERE doc_id = ?", (json.dumps(sorted(mine)), article.doc_id))


def merged_findings(conn: sqlite3.Connection, mining: Plan) -> list[Finding]:
    """Every stored extraction with its passage's current docs, merged across passages."""
    rows = conn.execute("SELECT doc_id, passage, finding FROM extractions ORDER BY doc_id, seq")
    raw = [
        dataclasses.replace(decode_finding(row["finding"]), docs=";".join(mining[row["doc_id"]][row["passage"]]))
        for row in rows
    ]
    return merge_duplicate_findings(raw)


def _write_findings(conn: sqlite3.Connection, run_id: int, mining: Plan) -> dict[str, int]:
    """Upsert the merged findings; mark the ones no longer found removed. Returns the claim counters."""
    current = {finding.finding_id: finding for finding in merged_findings(conn, mining)}
    stored = {row["finding_id"]: row for row in conn.execute("SELECT * FROM findings")}
    added = changed = removed = 0
    names = [field.name for field in dataclasses.fields(Finding)]
    for finding_id, finding in current.items():
        row = stored.get(finding_id)
        values = dataclasses.asdict(finding) | {"derived": int(finding.derived)}
        if row is None:
            added += 1
            conn.execute(
                f"INSERT INTO findings ({', '.join(names)}, status, added_run, updated_run)"
                f" VALUES ({', '.join('?' for _ in names)}, 'active', ?, ?)",
                [values[name] for name in names] + [run_id, run_id],
            )
            continue
        reactivated = row["status"] != "active"
        edited = row_to_finding(row) != finding
        if not (reactivated or edited):
            continue
        added += reactivated
        changed += edited and not reactivated
        conn.execute(
            f"UPDATE findings SET {', '.join(f'{name} = ?' for name in names)}, status = 'active',"
            " updated_run = ?, removed_run = NULL WHERE finding_id = ?",
            [values[name] for name in names] + [run_id, finding_id],
        )
    for finding_id, row in stored.items():
        if row["status"] == "active" and finding_id not in current:
            removed += 1
            conn.execute(
                "UPDATE findings SET status = 'removed', removed_run = ? WHERE finding_id = ?", (run_id, finding_id)
            )
    return {"claims_added": added, "claims_removed": removed, "claims_changed": changed}


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
    """Whether a scan found the store's state again: no article read, removed or newly rejected,
    and every rejection as recorded."""
    if found.read or found.removed or found.stale_rejections:
        return False
    recorded = {tuple(row) for row in conn.execute("SELECT path, reason, detail, signature FROM rejected")}
    seen = {(i.rejected.path, i.rejected.reason, i.rejected.detail, i.signature) for i in found.rejected}
    return seen <= recorded


@dataclasses.dataclass(frozen=True, slots=True)
class SweepSteps:
    """The stages of a sweep, swappable so that a flow can run each one as a task of its own."""

    scan: Callable[..., Scan] = scan
    plan: Callable[..., SweepPlan] = plan
    extract: Extract = extract_articles
    commit: Callable[..., dict[str, int]] = commit
    export: Callable[..., None] = export


def run_sweep(
    out_dir: Path | str,
    sources: Sequence[Path | str],
    kind: str,
    steps: SweepSteps = SweepSteps(),
    wait: float = 0.0,
) -> SweepSummary:
    """One run over the store in `out_dir`: scan, plan, extract, commit, then export the tables.

    Args:
        out_dir: the output folder holding findings.db and the exports.
        sources: files and folders to sweep.
        kind: 'run' (the sources are the whole collection), 'ingest' or 'crawl' (articles
            outside the sources stay as they are).
        steps: the stages (the Prefect flows pass tasks; all but `extract` run in this thread,
            which owns the store's connection).
        wait: seconds to wait for another run holding the lock.

    Raises:
        StoreBusy: another run held the lock for longer than `wait`.
    """
    out_dir = Path(out_dir)
    with store_lock(out_dir, wait):
        conn = open_store(out_dir)
        try:
            run_id = begin_run(conn, kind)
            try:
                found = steps.scan(conn, [Source(Path(s)) for s in sources], everything=kind == "run", skip=out_dir)
                current = exports_current(conn, run_id) and all((out_dir / name).exists() for name in EXPORTS)
                if current and is_unchanged(conn, found):
                    # Nothing to plan, extract or export: the tables already say it all.
                    counters = dict.fromkeys((*RUN_COUNTERS, "articles_extracted"), 0) | {
                        "articles_unchanged": len(found.unchanged),
                        "articles_rejected": len(found.rejected),
                    }
                    with transaction(conn):
                        finish_run(conn, run_id, counters)
                else:
                    sweep = steps.plan(conn, found)
                    extracted = steps.extract(sweep.to_extract, sweep.passages, sweep.plan)
                    counters = steps.commit(conn, run_id, found, sweep, extracted)
                    steps.export(conn, out_dir)
                mark_exported(conn, run_id)
            except Exception as error:
                fail_run(conn, run_id, f"{type(error).__name__}: {error}")
                raise
        finally:
            conn.close()
    return SweepSummary(run_id, counters, sorted((item.rejected for item in found.rejected), key=lambda r: r.path))
