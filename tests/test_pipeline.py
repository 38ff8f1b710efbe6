"""The plain-function pipeline end to end on the shared corpora: repeats counted once, provenance kept."""

import subprocess
import sys
from collections import Counter

import pytest

from findings.pipeline import run_pipeline


@pytest.fixture(scope="module")
def shared_run(shared_dir):
    return run_pipeline([shared_dir / "corpus", shared_dir / "corpus_en"])


def test_article_repeating_its_body_yields_each_claim_once(shared_run):
    rows = [f for f in shared_run.findings if f.doc_id.startswith("004_")]
    assert Counter(f.mention for f in rows) == {
        "zwei Prozent": 2,  # two different sentences say it
        "weniger als 40 Prozent": 1,
        "95 Prozent": 1,
        "96 Prozent": 1,
        "sechs Prozent": 1,
        "Weniger als 40 Prozent": 1,
    }
    assert all(f.docs == f.doc_id for f in rows)


def test_syndicated_sentence_is_one_row_with_both_articles(shared_run):
    rows = [f for f in shared_run.findings if f.mention == "87 percent"]
    assert [(f.doc_id, f.docs) for f in rows] == [("en_dev_01.txt", "en_dev_01.txt;en_dev_02.txt")]


def test_rewritten_lead_clause_stays_a_claim_of_its_own(shared_run):
    rows = [f for f in shared_run.findings if f.mention == "59 percent" and "essentials" in f.sentence]
    assert sorted(f.doc_id for f in rows) == ["en_dev_01.txt", "en_dev_02.txt"]


def test_finding_ids_are_unique_and_stable(shared_dir, shared_run):
    ids = [f.finding_id for f in shared_run.findings]
    assert len(ids) == len(set(ids))
    assert ids == [f.finding_id for f in run_pipeline([shared_dir / "corpus", shared_dir / "corpus_en"]).findings]


def test_offsets_point_at_the_mention(shared_dir, shared_run):
    roots = {"corpus": shared_dir / "corpus", "corpus_en": shared_dir / "corpus_en"}
    texts = {path.name: path.read_text(encoding="utf-8") for root in roots.values() for path in root.glob("*.txt")}
    for f in shared_run.findings:
        assert texts[f.doc_id][f.char_start : f.char_end] == f.mention


def test_worker_processes_find_what_one_process_finds(shared_dir, shared_run, monkeypatch):
    import findings.pipeline as pipeline

    monkeypatch.setenv(pipeline.WORKERS_SETTING, "2")
    monkeypatch.setattr(pipeline, "ARTICLES_PER_WORKER", 5)
    monkeypatch.setattr(pipeline, "ARTICLES_PER_BATCH", 3)
    assert pipeline.worker_count(19) == 2
    assert run_pipeline([shared_dir / "corpus", shared_dir / "corpus_en"]).findings == shared_run.findings


@pytest.mark.parametrize(
    ("setting", "articles", "workers"),
    [("", 10, 1), ("4", 100_000, 4), ("4", 600, 2), ("1", 100_000, 1), ("0", 100_000, 1)],
)
def test_worker_count_pays_for_each_process(setting, articles, workers, monkeypatch):
    import findings.pipeline as pipeline

    monkeypatch.setenv(pipeline.WORKERS_SETTING, setting)
    assert pipeline.worker_count(articles) == workers


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_a_claim_with_a_no_break_space_before_its_unit_is_found(tmp_path, space):
    text = f"Umfrage 2021\n\n91{space}Prozent der Firmen nutzen Videos, 45{space}% nutzen Podcasts.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    findings = run_pipeline([tmp_path]).findings
    assert [text[f.char_start : f.char_end] for f in findings] == [f"91{space}Prozent", f"45{space}%"]


def test_a_claim_with_a_soft_hyphen_in_its_unit_is_found(tmp_path):
    text = "Umfrage 2021\n\n91 Pro\u00adzent der Firmen nutzen Videos.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (finding,) = run_pipeline([tmp_path]).findings
    assert text[finding.char_start : finding.char_end] == "91 Pro\u00adzent"
    assert finding.value == 91


def test_extractors_import_only_the_records_of_findings():
    """The extractors find claims; rows, ids and provenance are made in `findings` (findings.rows)."""
    code = "import sys, extractors; print(sorted(m for m in sys.modules if m.startswith('findings.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['findings.records']"
