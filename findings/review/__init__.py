"""Review: the web app where a person checks and corrects the findings, their decisions, and the static report."""

# The most findings the report's table lists (about 0.5 KB each), those of the newest runs first.
REPORT_LIMIT = 5_000
