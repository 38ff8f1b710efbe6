import json
import random
import re

import pytest

from extractors.pipeline import base_pipeline
from findings import bench
from findings.passages import split_passages
from findings.sweep.corpus import read_corpus


@pytest.fixture(scope="module")
def pool(shared_dir):
    return bench.sentence_pool([shared_dir / "corpus", shared_dir / "corpus_en"])


def test_sentence_pool_has_titles_and_sentences_per_language(pool):
    assert sorted(pool.sentences) == ["de", "en"]
    assert all(pool.titles[lang] and len(pool.sentences[lang]) > 20 for lang in ("de", "en"))


def test_build_corpus_is_deterministic_and_syndicated(pool, tmp_path):
    stats = bench.build_corpus(tmp_path / "a", 60, pool)
    again = bench.build_corpus(tmp_path / "b", 60, pool)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    assert stats == again and stats.articles == len(files) == 60
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert stats.repeated > 0 and stats.near_duplicates > 0
    articles, rejected = read_corpus([tmp_path / "a"])
    assert len(articles) == 60 and not rejected
    passages = sum(len(split_passages(article)) for article in articles)
    assert passages == stats.passages


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Rund 62 Prozent der Befragten", "Rund {} Prozent der Befragten"),
        ("More than 40 percent and 12.5% of them", "More than {} percent and {}% of them"),
        ("Im Jahr 2020 gab es keine Zahl", "Im Jahr 2020 gab es keine Zahl"),
    ],
)
def test_renumber_replaces_only_percentages(sentence, kept):
    renumbered = bench.renumber(sentence, random.Random(1))
    assert re.fullmatch(re.escape(kept).replace(r"\{\}", r"\d{1,2}"), renumbered)


def test_drop_one_word_edits_long_passages_only():
    short = "Nur wenige Worte hier."
    long = " ".join(f"wort{i}" for i in range(20))
    assert bench.drop_one_word(short, random.Random(1)) == short
    edited = bench.drop_one_word(long, random.Random(1)).split(" ")
    assert len(edited) == 19 and set(edited) < set(long.split(" "))


def test_tokenizer_floor_counts_tokens_per_language(pool, tmp_path):
    bench.build_corpus(tmp_path, 10, pool)
    tokens, seconds = bench.tokenizer_floor(tmp_path)
    assert tokens > 10 * 20 and seconds > 0
    assert bench.tokenizer_floor(tmp_path, base_pipeline)[0] >= tokens  # numbers split off "20–30", "35pc"


def test_measure_scale_point_runs_the_extraction_in_a_child(pool, tmp_path):
    stats = bench.build_corpus(tmp_path, 8, pool)
    point = bench.measure_scale_point(tmp_path)
    assert (point.articles, point.passages) == (8, stats.passages)
    assert point.findings > 0 and point.seconds > 0 and point.peak_rss_mb > 50
    assert point.workers == 1 and point.worker_peak_rss_mb == 0


def test_plot_scaling_writes_a_png(tmp_path):
    scaling = [{"articles": n, "seconds": n / 100, "peak_rss_mb": 300 + n / 10} for n in (10, 100, 1000)]
    bench.plot_scaling(scaling, tmp_path / "scaling.png")
    assert (tmp_path / "scaling.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_benchmark_reports_ratios_and_scaling(prefect_server, pool, shared_dir, tmp_path):
    lines = []
    results = bench.run_benchmark([shared_dir / "corpus", shared_dir / "corpus_en"], (12,), tmp_path, lines.append)
    json.dumps(results)
    assert set(results["stages"]) == {"floor", "base_pipeline", "extraction", "flow", "flow_rerun"}
    # each ratio is the faster stage's seconds over the slower's, so it lies between 0 and 1 (some
    # slack for noise where the two are close); swapped or broken timings fall outside
    assert 0 < results["extraction_vs_floor"] < 1 and 0 < results["realistic_extraction_vs_floor"] < 1
    assert 0 < results["base_pipeline_vs_floor"] < 1.5 and 0 < results["flow_vs_extraction"] < 1.5
    assert 0 < results["rerun_vs_full"] < 0.5  # an unchanged rerun reads and extracts nothing
    assert results["realistic"]["articles"] > 0
    assert set(results["models"]) == {"de", "en"} and all(m["size_mb"] > 1 for m in results["models"].values())
    assert [point["articles"] for point in results["scaling"]] == [12]
    assert any("extraction_vs_floor" in line for line in lines)
