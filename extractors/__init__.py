"""Percentage claims from an article's passages, with spaCy rule components.

`find_claims` (in `extractors.claims`) is the one entry point the pipeline uses; it finds the
claims and their fields, and `findings.rows` makes table rows of them (ids, provenance, offsets in
the file). The extractors import nothing of `findings` but its records.
"""

from extractors.claims import find_claims

__all__ = ["find_claims"]
