"""`findings run`: the Prefect flow over corpus folders, bringing the store in the output folder up to date."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from findings.commands.ingest import EXIT_CODES_HELP, add_prune_option, add_verbose_option, checked, report
from findings.sweep import EXIT_FAILED


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings run [CORPUS ...] [--out DIR]`."""
    parser = subparsers.add_parser(
        "run",
        help="extract the claims of corpus folders into the findings table",
        description="Bring the store in DIR up to date with the corpus folders and export the tables. Articles "
        "below the folders whose files are gone are marked removed; with --prune the folders are the whole "
        "collection, and articles found in none of them are marked removed too.",
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument(
        "corpus", nargs="*", default=["corpus"], metavar="CORPUS", help="corpus folders (default: corpus)"
    )
    parser.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    add_prune_option(parser, whole="the folders are the whole collection: mark articles found in none of them removed; ")
    add_verbose_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the flow and print the summary line."""
    return checked(args.corpus, args.out, lambda: run_flow(args))


def run_flow(args: argparse.Namespace) -> int:
    from flows.pipeline_flow import findings_pipeline

    return with_prefect(lambda: report(lambda: findings_pipeline(corpus=list(args.corpus), out=args.out, prune=args.prune), args.verbose))


def with_prefect(command: Callable[[], int]) -> int:
    """Run `command` with a Prefect API (`flow_in_this_process`); one that does not answer is one line, exit 1."""
    from flows.pipeline_flow import ApiUnreachable, flow_in_this_process

    try:
        with flow_in_this_process():
            return command()
    except ApiUnreachable as error:
        print(f"findings: {error} (nothing was changed)", file=sys.stderr)
        return EXIT_FAILED
