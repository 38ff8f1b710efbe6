"""A sweep from start to end: the output folder's lock, the run's record, the stages in order.

`run_sweep` is the sweep without Prefect (`findings ingest`, `findings eval --corpus`); the flows
in `flows/pipeline_flow.py` run the same stages as tasks, in the same order:

    scan_sources -> dedupe_passages -> extract_claims (per batch) -> write_store -> export_tables

`SweepRun` holds what both share: the lock, the store's connection, the run's record, and the
reading transactions the stages before `write_store` work in (the scan's, and after the run is
recorded the others'; the temporary tables are written without a commit each). A sweep that finds
the tables already current stops after the scan; one that would remove most of the collection
refuses there, before the run is recorded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from findings.pipeline import ARTICLES_PER_BATCH, WorkerPool, extract_claims, in_order, worker_count
from findings.records import Rejected
from findings.store import (
    RUN_COUNTERS,
    begin_run,
    end_reading,
    export_tables,
    exports_current,
    fail_run,
    finish_run,
    mark_exported,
    note_run_error,
    open_store,
    store_lock,
    transaction,
)
from findings.sweep.commit import write_store
from findings.sweep.plan import dedupe_passages, stage_extractions
from findings.sweep.scan import Scan, load_groups, read_files, scan_sources
from findings.sweep.sources import Skipped

# The files every sweep leaves in the output folder.
EXPORTS = ("findings.csv", "findings.parquet", "rejected.csv")
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_ARGUMENT = 2  # as argparse exits on a bad argument
EXIT_REJECTED = 3
EXIT_EXPORTS_STALE = 4  # the store holds the run, its exports could not be written
EXIT_REFUSED = 5  # the run would mark most of the collection removed; --prune allows it
EXIT_STORE_DAMAGED = 6  # DIR/findings.db is no findings store (findings.store.StoreDamaged); it was not touched
EXIT_API_LOST = 7  # the Prefect API a served crawl (`findings crawl --cron`) works with stopped answering
# A sweep that would mark more than this share of the active articles removed refuses without prune.
MOST_REMOVED = 0.5


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


class SweepRun:
    """One run over the store in `out_dir`, as a context: the folder's lock (waiting up to `wait`
    seconds for another run), the store's connection (`conn`), the reading transaction and, from
    `nothing_to_do` on, the run's record (`run_id`, of `kind` 'run', 'ingest' or 'crawl'). A run
    that raises is recorded as failed and leaves the store as it was, unless only its exports
    failed (ExportsStale); a refused one (RemovesTooMuch) is not recorded: the store stays as it
    was, byte for byte.

    Raises:
        StoreBusy: another run held the lock for longer than `wait`.
    """

    def __init__(self, out_dir: Path | str, kind: str, wait: float = 0.0) -> None:
        self.out_dir, self.kind, self.wait = Path(out_dir), kind, wait
        self._held = contextlib.ExitStack()

    def __enter__(self) -> SweepRun:
        with contextlib.ExitStack() as held:
            held.enter_context(store_lock(self.out_dir, self.wait))
            self.conn = open_store(self.out_dir)
            held.callback(self.conn.close)
            self.run_id: int | None = None
            self.conn.execute("BEGIN DEFERRED")
            self._held = held.pop_all()
        return self

    def __exit__(self, kind, error, traceback) -> None:
        with self._held:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, Exception) and not isinstance(error, (ExportsStale, RemovesTooMuch)):
                if self.run_id is None:
                    self.run_id = begin_run(self.conn, self.kind)
                fail_run(self.conn, self.run_id, f"{type(error).__name__}: {error}")

    def nothing_to_do(self, found: Scan, prune: bool) -> bool:
        """Record the run in the store, unless a scan refuses it; then whether the tables already
        say all the scan found (the exports are current and nothing changed).

        Raises:
            RemovesTooMuch: without `prune`, the scan would mark most of the collection removed.
        """
        if not prune:
            refuse_mass_removal(self.conn, found)
        end_reading(self.conn)
        self.run_id = begin_run(self.conn, self.kind)
        self.conn.execute("BEGIN DEFERRED")
        current = exports_current(self.conn, self.run_id) and all((self.out_dir / name).exists() for name in EXPORTS)
        return current and is_unchanged(self.conn, found)

    def unchanged(self, found: Scan) -> SweepSummary:
        """Record a run that found nothing to do, and its summary."""
        counters = dict.fromkeys((*RUN_COUNTERS, "articles_extracted"), 0) | {
            "articles_unchanged": found.unchanged,
            "articles_rejected": len(found.rejected),
            "files_skipped": len(found.skipped),
        }
        end_reading(self.conn)
        with transaction(self.conn):
            finish_run(self.conn, self.run_id, counters)
        return self.summary(found, counters)

    @contextlib.contextmanager
    def exporting(self, found: Scan, counters: dict[str, int]) -> Iterator[None]:
        """Around `export_tables`: a failure leaves the run done and its exports unmarked (the next
        run writes them), and raises ExportsStale with the run's summary."""
        try:
            yield
        except Exception as error:
            note_run_error(self.conn, self.run_id, f"exports not written: {type(error).__name__}: {error}")
            raise ExportsStale(SweepSummary(self.run_id, counters, rejected_inputs(found), found.skipped), error) from error

    def summary(self, found: Scan, counters: dict[str, int]) -> SweepSummary:
        """Mark the run's exports written and return its summary."""
        mark_exported(self.conn, self.run_id)
        return SweepSummary(self.run_id, counters, rejected_inputs(found), found.skipped)


def run_sweep(
    out_dir: Path | str,
    sources: Sequence[Path | str],
    kind: str,
    wait: float = 0.0,
    whole: bool = False,
    prune: bool = False,
) -> SweepSummary:
    """One run over the store in `out_dir`, without Prefect: the stages in this process, reading
    and extraction of a large run on worker processes.

    Args:
        out_dir: the output folder holding findings.db and the exports.
        sources: files and folders to sweep.
        kind: 'run', 'ingest' or 'crawl': what the store records.
        wait: seconds to wait for another run holding the lock.
        whole: the sources are the whole collection: articles found in none of them are marked
            removed (else only those below a source are).
        prune: the run may mark most of the collection removed.

    Raises:
        StoreBusy: another run held the lock for longer than `wait`.
        RemovesTooMuch: without `prune`, the run would mark most of the collection removed.
        ExportsStale: the run is in the store, but its exports could not be written.
    """
    with SweepRun(out_dir, kind, wait) as run, WorkerPool() as pool:
        load = functools.partial(load_groups, submit=functools.partial(pool.submit, read_files))
        found = scan_sources(run.conn, sources, everything=whole, skip=run.out_dir, load=load)
        if run.nothing_to_do(found, prune):
            return run.unchanged(found)
        plan = dedupe_passages(run.conn, found)
        on_workers = functools.partial(pool.submit, extract_claims) if worker_count(plan.articles) > 1 else None
        stage_extractions(run.conn, in_order(plan.read(ARTICLES_PER_BATCH), extract_claims, on_workers))
        counters = write_store(run.conn, run.run_id, found, plan)
        with run.exporting(found, counters):
            export_tables(run.conn, run.out_dir)
        return run.summary(found, counters)


def is_unchanged(conn: sqlite3.Connection, found: Scan) -> bool:
    """Whether a scan found the store's state again: no article staged, removed or newly rejected,
    and every rejection as recorded."""
    if found.new or found.changed or found.removed or found.stale_rejections:
        return False
    recorded = {tuple(row) for row in conn.execute("SELECT path, reason, detail, signature FROM rejected")}
    seen = {(i.rejected.path, i.rejected.reason, i.rejected.detail, i.signature) for i in found.rejected}
    return seen <= recorded


def rejected_inputs(found: Scan) -> list[Rejected]:
    """A scan's rejected files, sorted by path."""
    return sorted((item.rejected for item in found.rejected), key=lambda r: r.path)


def refuse_mass_removal(conn: sqlite3.Connection, found: Scan) -> None:
    """Raise RemovesTooMuch when a scan would mark more than MOST_REMOVED of the active articles removed."""
    active = conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'active'").fetchone()[0]
    if found.removed and len(found.removed) > MOST_REMOVED * active:
        raise RemovesTooMuch(len(found.removed), active)
