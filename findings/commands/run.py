"""`findings run`: the Prefect flow over corpus folders, writing the tables into an output folder."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings run [CORPUS ...] [--out DIR]`."""
    parser = subparsers.add_parser("run", help="extract the claims of corpus folders into the findings table")
    parser.add_argument(
        "corpus", nargs="*", default=["corpus"], metavar="CORPUS", help="corpus folders (default: corpus)"
    )
    parser.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the flow and print a one-line summary."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline_flow import findings_pipeline

    # The flow runs in this process, so the heartbeat thread only delays the exit (notes/prefect.md §2).
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        result = findings_pipeline(corpus=list(args.corpus), out=args.out)
    print(
        f"{result.articles} articles, {result.passages} passages ({result.duplicate_passages} repeated), "
        f"{len(result.findings)} findings, {len(result.rejected)} rejected -> {args.out}"
    )
    return 0
