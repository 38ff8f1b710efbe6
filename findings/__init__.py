"""findings: percentage claims from German and English study articles.

`findings.extract(text)` gives one article's claims as `Finding` rows; `findings.load_pipeline(lang)`
the spaCy pipeline with the claims in `doc.spans["findings"]` (see `findings.api`). Both load
spaCy on first use: `import findings` alone stays light.
"""

from __future__ import annotations

from importlib import metadata

from findings.records import Claim, Finding

try:
    __version__ = metadata.version("findings")
except metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Claim", "Finding", "__version__", "extract", "load_pipeline"]


def __getattr__(name: str):
    """`extract` and `load_pipeline`, imported on first use (they pull in spaCy)."""
    if name in ("extract", "load_pipeline"):
        from findings import api

        return getattr(api, name)
    raise AttributeError(f"module 'findings' has no attribute {name!r}")
