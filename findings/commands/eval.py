"""`findings eval`: score what a run writes for corpus folders, or an existing table, against gold claims."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from findings.evaluate import evaluate, format_errors, format_scores, load_gold
from findings.table import read_table


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings eval (--corpus DIR... | --table FILE) --gold FILE... [--errors]`."""
    parser = subparsers.add_parser("eval", help="score the extraction against gold claims")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--corpus", nargs="+", metavar="DIR", help="corpus folders: sweep them into a temporary store, as `findings run` would"
    )
    source.add_argument("--table", metavar="FILE", help="a findings.csv or findings.parquet to score instead")
    parser.add_argument("--gold", nargs="+", required=True, metavar="FILE", help="gold JSONL files")
    parser.add_argument(
        "--errors", "--verbose", action="store_true", help="list missed claims, false positives and field mismatches"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the scores (after the error listing when asked for)."""
    from findings.commands.ingest import missing_source

    complaint = missing_source([*args.gold, *([args.table] if args.table else args.corpus)])
    if complaint:
        print(complaint, file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    rows = read_table(args.table) if args.table else swept_rows(args.corpus)
    evaluation = evaluate(rows, gold)
    if args.errors:
        print(format_errors(evaluation), end="\n\n")
    print(format_scores(evaluation))
    return 0


def swept_rows(corpus: list[str]) -> list[dict]:
    """The rows `findings run CORPUS --prune --out X` writes to X/findings.csv, from the same sweep
    (without Prefect) into a temporary store."""
    from findings.sweep import run_sweep

    with tempfile.TemporaryDirectory(prefix="findings-eval-") as out:
        run_sweep(out, corpus, "run", whole=True, prune=True)
        return read_table(Path(out) / "findings.csv")
