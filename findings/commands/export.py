"""`findings export`: rewrite the tables from the store (after a run whose exports failed)."""

from __future__ import annotations

import argparse
import sys

from findings.commands.ingest import add_store_options, store_checked
from findings.sweep import EXIT_FAILED, EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings export [--out DIR] [--wait SECONDS]`."""
    parser = subparsers.add_parser(
        "export",
        help="rewrite findings.csv, findings.parquet and rejected.csv from the store in DIR",
        description="Write the exports from the store again, as the last run would have: for a run whose exports "
        "could not be written (exit status 4). A run does the same by itself when the exports are stale.",
    )
    add_store_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Export under the store's lock and mark the last run exported."""
    return store_checked(args.out, lambda: write_exports(args))


def write_exports(args: argparse.Namespace) -> int:
    """Write the store's exports; one line on success or failure."""
    from findings.store import StoreBusy, export_tables, locked_store, mark_exported

    try:
        with locked_store(args.out, args.wait) as conn:
            export_tables(conn, args.out)
            last = conn.execute("SELECT MAX(run_id) FROM runs WHERE status = 'done'").fetchone()[0]
            if last is not None:
                mark_exported(conn, last)
    except (StoreBusy, OSError, ValueError) as error:
        print(f"findings: the exports were not written: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote the exports of the store in {args.out}")
    return EXIT_OK
