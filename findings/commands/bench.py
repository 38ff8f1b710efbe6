"""`findings bench`: throughput of the tokenizer floor, the extraction and the flow, and how it scales."""

from __future__ import annotations

import argparse
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEFAULT_SOURCES = ("corpus", str(SHARED / "corpus"), str(SHARED / "corpus_en"))


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings bench [--quick] [--json FILE] [--out DIR] [--source DIR ...]`."""
    parser = subparsers.add_parser("bench", help="measure throughput and scaling on a synthetic corpus")
    parser.add_argument("--quick", action="store_true", help="1,000 articles only (about 2 minutes)")
    parser.add_argument(
        "--out", default="benchmarks", metavar="DIR", help="folder for the results (default: benchmarks)"
    )
    parser.add_argument("--json", metavar="FILE", help="the JSON results file (default: DIR/bench[_quick].json)")
    parser.add_argument(
        "--source",
        nargs="+",
        default=list(DEFAULT_SOURCES),
        metavar="DIR",
        help="corpus folders the synthetic articles are made of (default: corpus and the shared corpora)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; write the JSON results and a PNG plot of time and memory against N."""
    from findings.bench import run_and_write

    name = "bench_quick" if args.quick else "bench"
    out = Path(args.out)
    sources = [Path(source) for source in args.source if Path(source).is_dir()]
    json_path = Path(args.json) if args.json else out / f"{name}.json"
    run_and_write(sources, args.quick, json_path, out / f"{name}.png")
    print(f"-> {json_path}, {out / f'{name}.png'}")
    return 0
