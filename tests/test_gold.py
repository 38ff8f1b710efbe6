"""What a run writes for the shared seed and development corpora, against their gold.

The bars are a regression guard: each is what the extraction measured on its gold file, rounded
down, and is raised as the fields improve. The German bars went down once, when the German
pipeline learned the lexicon's word classes: more right on held-out text, less on the gold the
rules had been tuned on with the earlier pipeline (see models/README.md).
"""

import pytest

from findings.commands.eval import swept_rows
from findings.evaluate import evaluate, load_gold

GOLD = {"seeds": "corpus", "dev_en": "corpus_en", "dev_de": "corpus_de"}
BARS = {
    "seeds": {"f1": 0.99, "year": 0.99, "subject": 0.88, "population": 0.96, "headline": 0.99},
    "dev_en": {"f1": 0.99, "year": 0.96, "subject": 0.79, "population": 0.84, "headline": 0.78},
    "dev_de": {"f1": 0.98, "year": 0.95, "subject": 0.66, "population": 0.74, "headline": 0.62},
}
# Value, qualifier and unit of every matched claim are right on all three files.
EXACT_FIELDS = ("value", "value_max", "qualifier", "unit")


@pytest.fixture(scope="module")
def scores(shared_dir):
    rows = swept_rows([str(shared_dir / corpus) for corpus in GOLD.values()])  # as `findings eval --corpus`
    gold = load_gold([shared_dir / "gold" / f"{name}.jsonl" for name in GOLD])
    evaluation = evaluate(rows, gold)
    return {part.name: part.main for part in evaluation.parts}


@pytest.mark.parametrize(
    "gold_file, metric, bar",
    [(gold_file, metric, bar) for gold_file, bars in BARS.items() for metric, bar in bars.items()]
    + [(gold_file, field, 1.0) for gold_file in GOLD for field in EXACT_FIELDS],
)
def test_gold_metric_meets_its_bar(scores, gold_file, metric, bar):
    measured = getattr(scores[gold_file], metric)
    assert measured >= bar, f"{gold_file} {metric} {measured:.3f} < {bar}"
