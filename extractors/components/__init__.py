"""spaCy components, one per file."""
