"""The `findings` command line: one subcommand per module of `findings.commands`."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import typing
from collections.abc import Sequence

# A command is a module in findings/commands with add_parser(subparsers) and run(args) -> int.
COMMANDS = ("run", "ingest", "crawl", "export", "eval", "bench", "review", "report")

# As a shell reports a command ended by SIGINT.
EXIT_INTERRUPTED = 130

# Quiet, offline Prefect defaults (see the Prefect notes); the environment still wins.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # Prefect's log lines stay off the terminal: each command says its outcome in one line, and a
    # Prefect server named by PREFECT_API_URL still gets the flow and task runs' logs.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL",
    "PREFECT_INTERNAL_LOGGING_LEVEL": "CRITICAL",  # (its own handler: a run's events the stopped server missed)
    # Every call to the Prefect API gives up after 20 s and two retries (the defaults: 60 s, five).
    "PREFECT_API_REQUEST_TIMEOUT": "20",
    "PREFECT_CLIENT_MAX_RETRIES": "2",
}


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose complaint about a bad argument is one line (`findings -h` shows
    the usage), with exit status 2."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} -h)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command of `COMMANDS`."""
    from findings import __version__

    parser = OneLineParser(prog="findings", description="Percentage claims from study articles.")
    parser.add_argument("--version", action="version", version=f"findings {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMANDS:
        importlib.import_module(f"findings.commands.{name}").add_parser(subparsers)
    return parser


def stop_workers_and_interrupt(signum: int, frame: object) -> None:
    """The SIGINT handler while a command runs: end the worker processes at once (a task runner
    would wait for their tasks), then interrupt as Python does."""
    for child in multiprocessing.active_children():
        child.terminate()
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments without the program name; None reads sys.argv.

    Returns:
        The exit status of the command.
    """
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    args = build_parser().parse_args(argv)
    in_main_thread = threading.current_thread() is threading.main_thread()  # where Python takes signals
    previous = signal.signal(signal.SIGINT, stop_workers_and_interrupt) if in_main_thread else None
    interrupted = False
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        interrupted = True
        print(
            "findings: interrupted; a run that had not committed left the store as it was (the next run "
            "completes the work)",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        if in_main_thread:
            # once interrupted, the process only shuts down (the temporary Prefect server, the
            # workers): a second Ctrl-C there would end it with a traceback instead of the line above
            signal.signal(signal.SIGINT, signal.SIG_IGN if interrupted else previous)


if __name__ == "__main__":
    sys.exit(main())
