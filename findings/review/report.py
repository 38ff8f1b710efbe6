"""The shareable static report: one self-contained HTML file with a chart, the table and the highlighted sentences."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from findings.review import REPORT_LIMIT, queries
from findings.review.decisions import export_reviewed
from findings.review.rendering import environment
from findings.store import latest_run, now
from findings.table import atomic_file

REPORT = "report.html"
LANGUAGE_COLORS = {"de": "#4e79a7", "en": "#f28e2b"}
OTHER_COLOR = "#9c9c9c"
CHART_HEIGHT = 180
BAR_WIDTH = 14
GROUP_GAP = 12


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of the chart, in SVG user units (y grows downwards)."""

    x: float
    y: float
    width: float
    height: float
    count: int
    lang: str
    color: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Claims by year and language: bars grouped by year, one per language, plus the axis labels."""

    bars: list[Bar]
    years: list[tuple[float, str]]
    languages: list[tuple[str, str]]
    maximum: int
    width: float
    height: float = CHART_HEIGHT


def claims_chart(counts: Counter[tuple[int | None, str]]) -> Chart:
    """Lay out a grouped bar chart: years in order (no year last), languages in a fixed order in each group."""
    years = sorted({year for year, _ in counts}, key=lambda year: (year is None, year or 0))
    langs = sorted({lang for _, lang in counts})
    maximum = max(counts.values(), default=0)
    group_width = BAR_WIDTH * len(langs) + GROUP_GAP
    bars, labels = [], []
    for index, year in enumerate(years):
        left = GROUP_GAP + index * group_width
        labels.append((left + BAR_WIDTH * len(langs) / 2, "no year" if year is None else str(year)))
        for offset, lang in enumerate(langs):
            count = counts.get((year, lang), 0)
            height = CHART_HEIGHT * count / maximum if maximum else 0
            color = LANGUAGE_COLORS.get(lang, OTHER_COLOR)
            x = left + offset * BAR_WIDTH
            bars.append(Bar(x, CHART_HEIGHT - height, BAR_WIDTH - 2, height, count, lang, color))
    legend = [(lang, LANGUAGE_COLORS.get(lang, OTHER_COLOR)) for lang in langs]
    return Chart(bars, labels, legend, maximum, GROUP_GAP + len(years) * group_width)


def write_report(conn: sqlite3.Connection, out_dir: Path | str, limit: int = REPORT_LIMIT) -> Path:
    """Re-export the tables with the decisions, then write DIR/report.html from the unrejected
    findings: the chart counts all of them, the table lists at most `limit`, those of the newest
    runs first, and says how many it leaves out.

    Call it while holding the store's lock, as the exports are rewritten.

    Returns:
        The report's path.
    """
    out_dir = Path(out_dir)
    export_reviewed(conn, out_dir)
    queries.prepare(conn)
    counts = queries.report_counts(conn)
    total = sum(counts.values())
    rows = queries.report_rows(conn, limit if total > limit else None)
    statuses = queries.report_statuses(conn)
    rejected = conn.execute(
        "SELECT count(*) FROM decisions JOIN findings USING (finding_id)"
        " WHERE findings.status = 'active' AND decisions.status = 'rejected'"
    ).fetchone()[0]
    page = environment().get_template("report.html").render(
        rows=rows,
        total=total,
        chart=claims_chart(counts),
        statuses=statuses,
        rejected=rejected,
        run=latest_run(conn),
        written_at=now(),
    )
    with atomic_file(out_dir / REPORT) as path:
        path.write_text(page, encoding="utf-8")
    return out_dir / REPORT
