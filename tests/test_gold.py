"""The extraction on the shared seed and development corpora against their gold (the bars of issue 2)."""

import dataclasses

import pytest

from findings.evaluate import evaluate, load_gold
from findings.pipeline import run_pipeline

BARS = [
    ("f1", 0.95),
    ("value", 0.97),
    ("qualifier", 0.97),
    ("unit", 0.97),
    ("year", 0.90),
    ("subject", 0.75),
    ("population", 0.80),
    ("headline", 0.75),
]


@pytest.fixture(scope="module")
def scores(shared_dir):
    result = run_pipeline([shared_dir / "corpus", shared_dir / "corpus_en"])
    gold = load_gold([shared_dir / "gold" / "seeds.jsonl", shared_dir / "gold" / "dev_en.jsonl"])
    return evaluate([dataclasses.asdict(finding) for finding in result.findings], gold).combined.main


@pytest.mark.parametrize("metric, bar", BARS)
def test_gold_metric_meets_its_bar(scores, metric, bar):
    assert getattr(scores, metric) >= bar, f"{metric} {getattr(scores, metric):.3f} < {bar}"
