"""The Jinja environment shared by the review app and the static report (autoescaped templates)."""

from __future__ import annotations

import jinja2

from findings.review.highlight import COLORS, Highlight, find_highlights, missing_parts, render_marks


def environment() -> jinja2.Environment:
    """Templates from findings/review/templates, every `{{ }}` HTML-escaped, with the highlight helpers."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("findings.review", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["COLORS"] = COLORS
    env.filters["number"] = format_number
    env.filters["labelled"] = lambda row: render_marks(row["sentence"], highlights(row), labelled=True)
    env.filters["marks"] = lambda row: render_marks(row["sentence"], highlights(row))
    env.filters["missing"] = lambda row: missing_parts(row["sentence"], row["mention"], row["subject"], row["population"], row["year"])
    return env


def highlights(row: dict) -> list[Highlight]:
    """The highlights of a reviewed row's sentence (its current mention, subject, population and year)."""
    return find_highlights(row["sentence"], row["mention"], row["subject"], row["population"], row["year"])


def format_number(value: float | int | None) -> str:
    """A value as a person writes it: 62 for 62.0, 12.5 for 12.5, nothing for None."""
    return "" if value is None else f"{value:g}"
