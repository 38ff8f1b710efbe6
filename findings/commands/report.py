"""`findings report`: the self-contained HTML report and the reviewed export."""

from __future__ import annotations

import argparse
import sys

from findings.review import REPORT_LIMIT

LOCK_WAIT_SECONDS = 60.0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings report [--out DIR] [--limit N]`."""
    parser = subparsers.add_parser("report", help="write DIR/report.html and DIR/findings_reviewed.csv")
    parser.add_argument(
        "--out", default="outputs", metavar="DIR", help="output folder with findings.db (default: outputs)"
    )
    parser.add_argument(
        "--limit", type=positive, default=REPORT_LIMIT, metavar="N",
        help=f"list at most N findings, those of the newest runs first (default: {REPORT_LIMIT:,}); the chart counts all",
    )
    parser.set_defaults(handler=run)


def positive(text: str) -> int:
    """A whole number of at least 1, for --limit."""
    if not (text.isascii() and text.isdigit() and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Write the report and the exports; a run still writing the folder after a minute is an error."""
    from findings.commands.ingest import store_checked

    return store_checked(args.out, lambda: report(args))


def report(args: argparse.Namespace) -> int:
    from findings.review.report import write_report
    from findings.store import StoreBusy, locked_store

    try:
        with locked_store(args.out, timeout=LOCK_WAIT_SECONDS) as conn:
            path = write_report(conn, args.out, args.limit)
    except StoreBusy as error:
        print(error, file=sys.stderr)
        return 1
    print(f"wrote {path} and the reviewed export beside it")
    return 0
