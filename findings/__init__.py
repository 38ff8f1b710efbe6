"""findings: percentage claims from German and English study articles."""
