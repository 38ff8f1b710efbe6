"""`findings review`: the local web app where a person checks and corrects the findings."""

from __future__ import annotations

import argparse
import sys

DEFAULT_PORT = 8765


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `findings review [--out DIR] [--port N]`."""
    parser = subparsers.add_parser("review", help="serve the review app on 127.0.0.1 over DIR/findings.db")
    parser.add_argument(
        "--out", default="outputs", metavar="DIR", help="output folder with findings.db (default: outputs)"
    )
    parser.add_argument("--port", type=port, default=DEFAULT_PORT, metavar="N", help=f"port (default: {DEFAULT_PORT})")
    parser.set_defaults(handler=run)


def port(text: str) -> int:
    """A TCP port number, 1 to 65535."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port (1 to 65535): {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Serve the app until interrupted."""
    from findings.commands.ingest import store_checked

    return store_checked(args.out, lambda: serve(args))


def serve(args: argparse.Namespace) -> int:
    from findings.review.app import listen, serve
    from findings.sweep import EXIT_BAD_ARGUMENT

    try:
        listener = listen(args.port)
    except OSError as error:
        print(f"findings review: cannot listen on 127.0.0.1:{args.port}: {error.strerror} (try --port N)", file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    print(f"Reviewing {args.out}: open http://127.0.0.1:{args.port}/ (Ctrl-C stops)")
    serve(args.out, listener)
    return 0
