import csv
import dataclasses
import re
from collections import Counter

import pytest

from findings.cli import main
from findings.review import queries
from findings.review.decisions import Decision, save_decision
from findings.review.report import claims_chart
from findings.store import open_store
from tests.test_review import FINDINGS, SCRIPT, make_store


@pytest.fixture
def reviewed_dir(tmp_path):
    conn = make_store(tmp_path)
    save_decision(conn, FINDINGS[1].finding_id, Decision("rejected"))
    save_decision(conn, FINDINGS[0].finding_id, Decision("corrected", {"population": "Firmen"}))
    conn.close()
    return tmp_path


def test_report_writes_one_self_contained_file(reviewed_dir):
    assert main(["report", "--out", str(reviewed_dir)]) == 0
    page = (reviewed_dir / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b|\b(src|href)=|url\(", page)
    assert "<svg" in page and "<style>" in page


def test_report_escapes_article_text(reviewed_dir):
    main(["report", "--out", str(reviewed_dir)])
    page = (reviewed_dir / "report.html").read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_leaves_out_rejected_findings_and_shows_corrections(reviewed_dir):
    main(["report", "--out", str(reviewed_dir)])
    page = (reviewed_dir / "report.html").read_text(encoding="utf-8")
    assert "Händler" not in page and "1 rejected by review" in page
    assert "<td>Firmen</td>" in page and '<mark class="mention">Rund' in page


def test_report_writes_the_reviewed_export(reviewed_dir):
    main(["report", "--out", str(reviewed_dir)])
    with (reviewed_dir / "findings_reviewed.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(row["finding_id"] for row in rows) == sorted([FINDINGS[0].finding_id, FINDINGS[2].finding_id])
    assert {row["review_status"] for row in rows} == {"corrected", "unreviewed"}


def test_the_reviewed_export_keeps_the_cells_of_findings_csv_as_they_are(tmp_path):
    formula = dataclasses.replace(FINDINGS[2], subject="=SUM(1)", docs=f"{FINDINGS[2].docs};@x.txt")
    make_store(tmp_path, [FINDINGS[0], FINDINGS[1], formula]).close()
    assert main(["report", "--out", str(tmp_path)]) == 0
    with (tmp_path / "findings.csv").open(encoding="utf-8", newline="") as file:
        exported = list(csv.reader(file))
    with (tmp_path / "findings_reviewed.csv").open(encoding="utf-8", newline="") as file:
        assert list(csv.reader(file)) == exported
    assert "'=SUM(1)" in exported[-1] and any(cell.endswith(";'@x.txt") for cell in exported[-1])


def test_report_counts_claims_by_year_and_language(reviewed_dir):
    conn = queries.prepare(open_store(reviewed_dir))
    # FINDINGS[1] is rejected: left out
    expected = Counter((f.year, f.lang) for f in (FINDINGS[0], FINDINGS[2]))
    assert queries.report_counts(conn) == expected and sum(queries.report_statuses(conn).values()) == 2


def test_report_lists_the_newest_runs_first_up_to_its_limit(reviewed_dir):
    assert main(["report", "--out", str(reviewed_dir), "--limit", "1"]) == 0
    page = (reviewed_dir / "report.html").read_text(encoding="utf-8")
    assert "1 more findings are left out" in page and page.count('<mark class="mention">') == 1
    assert main(["report", "--out", str(reviewed_dir)]) == 0
    assert "more findings are left out" not in (reviewed_dir / "report.html").read_text(encoding="utf-8")


def test_report_chart_has_labelled_axes(reviewed_dir):
    main(["report", "--out", str(reviewed_dir)])
    page = (reviewed_dir / "report.html").read_text(encoding="utf-8")
    assert ">claims<" in page and ">year the claim refers to<" in page


def test_report_chart_scales_bars_to_the_largest_count():
    chart = claims_chart(Counter({(2021, "en"): 1, (2019, "de"): 4, (None, "de"): 2}))
    assert [label for _, label in chart.years] == ["2019", "2021", "no year"]
    assert [(bar.lang, bar.count, bar.height) for bar in chart.bars] == [
        ("de", 4, 180), ("en", 0, 0), ("de", 0, 0), ("en", 1, 45), ("de", 2, 90), ("en", 0, 0)
    ]
    assert all(bar.y + bar.height == chart.height for bar in chart.bars)


def test_report_chart_of_no_claims_is_empty():
    chart = claims_chart(Counter())
    assert (chart.bars, chart.years, chart.maximum) == ([], [], 0)
