"""`findings crawl`: sweep a folder now (--once) or serve a Prefect deployment that sweeps it on a cron schedule."""

from __future__ import annotations

import argparse
import os
import sys

from findings.commands.ingest import EXIT_CODES_HELP, add_prune_option, add_store_options, add_verbose_option, checked, report
from findings.commands.run import with_prefect


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings crawl DIR (--cron EXPR | --once) [--out DIR] [--wait SECONDS]`."""
    parser = subparsers.add_parser(
        "crawl",
        help="sweep a folder into the store now or on a schedule",
        description="Find new and changed files in DIR by content hash, extract their claims and update the "
        "tables; articles whose files are gone are marked removed. --cron serves a Prefect deployment "
        "'findings_crawl/crawl' that sweeps on that schedule (UTC unless --timezone) until stopped "
        "with Ctrl-C; --once sweeps once now.",
        epilog=EXIT_CODES_HELP + " A served crawl exits 0 when stopped, 7 when its Prefect API stops answering.",
    )
    parser.add_argument("folder", metavar="DIR", help="the folder of saved articles to sweep")
    schedule = parser.add_mutually_exclusive_group(required=True)
    schedule.add_argument("--cron", metavar="EXPR", help='a cron schedule, e.g. "0 3 * * *" for 03:00 daily')
    schedule.add_argument("--once", action="store_true", help="sweep once now and exit")
    parser.add_argument(
        "--timezone", type=time_zone, default="UTC", metavar="TZ", help="time zone of the cron schedule (default: UTC)"
    )
    add_store_options(parser)
    add_prune_option(parser)
    add_verbose_option(parser)
    parser.set_defaults(handler=run)


def time_zone(text: str) -> str:
    """An IANA time zone name, as Prefect takes them, for --timezone (also checked with --once)."""
    import zoneinfo

    if text not in zoneinfo.available_timezones():
        raise argparse.ArgumentTypeError(f"Invalid timezone: {text!r} (an IANA name such as Europe/Berlin)")
    return text


def run(args: argparse.Namespace) -> int:
    """Sweep once, or serve the deployment until interrupted."""
    return checked([args.folder], args.out, lambda: crawl(args))


def schedule_problem(cron: str, timezone: str) -> str | None:
    """Why Prefect would refuse a cron schedule or its time zone, in one line; None if it takes them."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as error:
        return "; ".join(problem["msg"].removeprefix("Value error, ") for problem in error.errors())
    return None


def crawl(args: argparse.Namespace) -> int:
    from flows.pipeline_flow import crawl_folder

    if args.once:
        return with_prefect(
            lambda: report(lambda: crawl_folder(folder=args.folder, out=args.out, wait=args.wait, prune=args.prune), args.verbose)
        )
    problem = schedule_problem(args.cron, args.timezone)
    if problem:
        print(f"findings crawl: {problem}", file=sys.stderr)
        return 2
    if not os.environ.get("PREFECT_API_URL"):
        print(
            "findings crawl: --cron needs a Prefect server that keeps the schedule: start one with "
            "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api (or sweep now with --once)",
            file=sys.stderr,
        )
        return 2
    return with_prefect(lambda: serve(args))


def serve(args: argparse.Namespace) -> int:
    """Serve the crawl deployment until Ctrl-C, printing each scheduled sweep's summary line; an API
    that stops answering (each call gives up after PREFECT_API_REQUEST_TIMEOUT) is one line."""
    import httpx

    from findings.sweep import EXIT_API_LOST
    from flows.pipeline_flow import crawl_deployment, crawl_folder, print_sweep

    where = os.environ["PREFECT_API_URL"]
    print(f"crawling {args.folder} on {args.cron!r} ({args.timezone}), scheduled on {where}; Ctrl-C stops", flush=True)
    settings = crawl_deployment(args.folder, args.out, args.cron, args.timezone, args.wait, args.prune)
    try:
        crawl_folder.with_options(on_completion=[print_sweep], on_failure=[print_sweep]).serve(**settings)
    except httpx.HTTPError as error:
        print(
            f"findings crawl: the Prefect API at {where} stopped answering ({type(error).__name__}); the sweeps "
            "it ran before are in the store",
            file=sys.stderr,
        )
        return EXIT_API_LOST
    return 0
