"""Subcommands of the `findings` command line, one module each, listed in `findings.cli.COMMANDS`."""
