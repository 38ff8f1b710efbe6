"""`findings ingest`: add or update articles in the store, extracting only what is new or changed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from findings.store import StoreBusy, StoreDamaged, check_store
from findings.sweep import (
    EXIT_BAD_ARGUMENT,
    EXIT_EXPORTS_STALE,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_REJECTED,
    EXIT_STORE_DAMAGED,
    ExportsStale,
    RemovesTooMuch,
    SweepSummary,
)

EXIT_CODES_HELP = (
    f"exit status: {EXIT_OK} all inputs read, {EXIT_REJECTED} some inputs rejected (listed on stderr and in "
    f"DIR/rejected.csv), {EXIT_FAILED} the run failed and the store is unchanged, {EXIT_BAD_ARGUMENT} a given "
    f"path does not exist or cannot be read (nothing was touched), {EXIT_EXPORTS_STALE} the store was updated "
    f"but the exports could not be written (the next run or `findings export` writes them), {EXIT_REFUSED} the "
    "run would mark most of the store's articles removed (nothing was changed; --prune allows it), "
    f"{EXIT_STORE_DAMAGED} DIR/findings.db is damaged or no findings store (nothing was touched)."
)


def missing_source(paths: Sequence[str]) -> str | None:
    """The one-line complaint about the first given source path that does not exist or cannot be
    read, else None: a mistyped folder must never be taken for an empty collection."""
    for path in paths:
        if not os.path.exists(path):
            return f"findings: no such file or folder: {path!r} (nothing was changed)"
        if not os.access(path, os.R_OK | (os.X_OK if os.path.isdir(path) else 0)):
            return f"findings: cannot read {path!r} (nothing was changed)"
    return None


def out_complaint(out: str) -> str | None:
    """The one-line complaint about an output folder that is a file or lies below one, else None."""
    path = os.path.abspath(out)
    while not os.path.lexists(path):
        path = os.path.dirname(path)
    if not os.path.isdir(path):
        return f"findings: --out {out!r} cannot be a folder: {path!r} is not one (nothing was changed)"
    return None


def store_checked(out: str, command: Callable[[], int]) -> int:
    """Run `command` if DIR holds a store; else say so in one line and exit 2 (a mistyped --out
    must not start a new, empty store)."""
    from findings.store import DATABASE

    if not os.path.isfile(os.path.join(out, DATABASE)):
        print(f"findings: no store in {out!r}: run `findings run` or `findings ingest` with --out {out!r} first", file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    return checked([], out, command)


def checked(paths: Sequence[str], out: str, command: Callable[[], int]) -> int:
    """Run `command` if every source path can be read, `out` is or can be a folder and the store in
    it (if any) is one; else say what is wrong in one line, and exit 2 or EXIT_STORE_DAMAGED."""
    complaint = missing_source(paths) or out_complaint(out)
    if complaint:
        print(complaint, file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    try:
        check_store(out)
    except StoreDamaged as error:
        print(f"findings: {error}", file=sys.stderr)
        return EXIT_STORE_DAMAGED
    return command()


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings ingest PATH... [--out DIR] [--wait SECONDS]`."""
    parser = subparsers.add_parser(
        "ingest",
        help="add new or changed articles (files or folders) to the store",
        description="Register the articles, extract the claims of what is new or changed only, and update the "
        "tables. An article whose file is gone (below a given folder, or a given file) is marked removed.",
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of articles")
    add_store_options(parser)
    add_prune_option(parser)
    add_verbose_option(parser)
    parser.set_defaults(handler=run)


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """The options every command that writes the store shares: --out and --wait."""
    parser.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another run writing DIR (default: 0, exit at once)",
    )


def add_prune_option(parser: argparse.ArgumentParser, whole: str = "") -> None:
    """--prune: let a run mark most of the collection removed (and, for `run`, say `whole`)."""
    parser.add_argument(
        "--prune",
        action="store_true",
        help=f"{whole}allow a run that marks more than half of the store's articles removed "
        "(without it such a run refuses and changes nothing: a mistyped or emptied folder is not a deletion)",
    )


def add_verbose_option(parser: argparse.ArgumentParser) -> None:
    """--verbose: list the files a run skipped (hidden files, a saved page's images and styles)."""
    parser.add_argument("--verbose", action="store_true", help="also list the files skipped on stderr")


def report(sweep: Callable[[], SweepSummary], verbose: bool = False) -> int:
    """Run a sweep, list its rejected inputs (and with `verbose` the skipped files) on stderr, print
    its summary line; return the exit status."""
    try:
        summary = sweep()
    except StoreBusy as error:
        print(f"findings: {error}", file=sys.stderr)
        return EXIT_FAILED
    except StoreDamaged as error:
        print(f"findings: {error}", file=sys.stderr)
        return EXIT_STORE_DAMAGED
    except RemovesTooMuch as error:
        print(f"findings: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except ExportsStale as error:
        print_rejected(error.summary, verbose)
        print(error.summary.line())
        print(
            f"findings: the store holds this run, but the exports could not be written ({error}); they show the "
            "state before it until the next run or `findings export` rewrites them",
            file=sys.stderr,
        )
        return EXIT_EXPORTS_STALE
    except Exception as error:
        print(f"findings: the run failed, the store is unchanged: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print_rejected(summary, verbose)
    print(summary.line())
    return summary.exit_code


def print_rejected(summary: SweepSummary, verbose: bool) -> None:
    """List a sweep's rejected inputs (and with `verbose` its skipped files) on stderr, one line each."""
    for skipped in summary.skipped if verbose else ():
        print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    for rejected in summary.rejected:
        print(f"rejected {rejected.path}: {rejected.reason}: {rejected.detail}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Ingest the paths without Prefect."""
    from findings.sweep import run_sweep

    return checked(
        args.paths,
        args.out,
        lambda: report(lambda: run_sweep(args.out, args.paths, "ingest", wait=args.wait, prune=args.prune), args.verbose),
    )
