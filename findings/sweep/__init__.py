"""Incremental runs over the store: read what is new or changed, extract only what the dedup plan moved.

A sweep's memory is bounded by a batch of articles, never by the size of the collection:
everything else goes through temporary tables of the store's connection. Its stages, one module
each, in the order `run.py` runs them:

- `sources.py`: the walk below the sources (no folder link followed, nothing opened), doc_ids
  and what each file needs by its stat signature;
- `scan.py` (`scan_sources`): reads new and changed files, stages each article with its passages;
- `plan.py` (`dedupe_passages`): clusters the passages of every article active after the sweep
  and picks the articles to extract; their findings are staged batch by batch;
- `commit.py` (`write_store`): writes everything in one transaction, so a killed run leaves the
  previous state;
- `run.py`: `SweepRun` (lock, store, the run's record) and `run_sweep`, the stages in order; the
  exports follow the commit (`findings.store.export_tables`);
- `corpus.py`: a whole corpus read in memory with the same walk (`read_corpus`), for the
  in-memory oracle and the benchmark.
"""

__all__ = [
    "EXIT_API_LOST",
    "EXIT_BAD_ARGUMENT",
    "EXIT_EXPORTS_STALE",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_REJECTED",
    "EXIT_STORE_DAMAGED",
    "EXPORTS",
    "ExportsStale",
    "RemovesTooMuch",
    "SweepRun",
    "SweepSummary",
    "run_sweep",
]


def __getattr__(name: str):
    """The names of `run.py`, imported on first use (so that `findings.sweep.sources` can be
    imported by what `run.py` itself imports, the in-memory pipeline)."""
    if name in __all__:
        from findings.sweep import run

        return getattr(run, name)
    raise AttributeError(f"module 'findings.sweep' has no attribute {name!r}")
