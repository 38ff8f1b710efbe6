"""Review: the web app where a person checks and corrects the findings, their decisions, and the static report."""
