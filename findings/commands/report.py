"""`findings report`: the self-contained HTML report and the reviewed export."""

from __future__ import annotations

import argparse
import sys

LOCK_WAIT_SECONDS = 60.0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings report [--out DIR]`."""
    parser = subparsers.add_parser("report", help="write DIR/report.html and DIR/findings_reviewed.csv")
    parser.add_argument(
        "--out", default="outputs", metavar="DIR", help="output folder with findings.db (default: outputs)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the report and the exports; a run still writing the folder after a minute is an error."""
    from findings.commands.ingest import store_checked

    return store_checked(args.out, lambda: report(args))


def report(args: argparse.Namespace) -> int:
    from findings.review.report import write_report
    from findings.store import StoreBusy, locked_store

    try:
        with locked_store(args.out, timeout=LOCK_WAIT_SECONDS) as conn:
            path = write_report(conn, args.out)
    except StoreBusy as error:
        print(error, file=sys.stderr)
        return 1
    print(f"wrote {path} and the reviewed export beside it")
    return 0
