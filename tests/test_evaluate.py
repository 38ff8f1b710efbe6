import json
import math

import pytest

from findings.evaluate import evaluate, fold, format_errors, format_scores, load_gold, token_f1


def claim(**changes) -> dict:
    base = {
        "doc": "a.txt", "mention": "91 Prozent", "context": "91 Prozent aller Firmen", "value": 91,
        "value_max": None, "qualifier": "exact", "unit": "percent", "subject": "nutzen Videos",
        "population": "Firmen", "year": 2016, "derived": False,
    }
    return base | changes


def row(**changes) -> dict:
    base = {
        "finding_id": "r", "doc_id": "a.txt", "docs": "a.txt", "lang": "de", "mention": "91 Prozent",
        "value": 91.0, "value_max": None, "qualifier": "exact", "unit": "percent", "subject": "nutzen Videos",
        "population": "Firmen", "year": 2016, "year_source": "sentence",
        "sentence": "Im Jahr 2016 nutzen 91 Prozent aller Firmen Videos.", "char_start": 0, "char_end": 10,
        "derived": False,
    }
    return base | changes


@pytest.fixture
def write_gold(tmp_path):
    def write(name: str, *claims: dict):
        path = tmp_path / name
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
        return path

    return write


@pytest.fixture
def gold_of(write_gold):
    return lambda *claims: load_gold([write_gold("seeds.jsonl", *claims)])


def test_load_gold_reads_every_file_with_its_stem_and_docs(write_gold):
    seeds = write_gold("seeds.jsonl", claim(population=None, docs=["a.txt", "b.txt"]))
    dev = write_gold("dev_en.jsonl", claim(doc="en.txt"), claim(doc="en.txt", derived=True))
    gold = load_gold([seeds, dev])
    assert [(c.source, c.doc, c.derived) for c in gold] == [
        ("seeds", "a.txt", False), ("dev_en", "en.txt", False), ("dev_en", "en.txt", True)
    ]
    assert gold[0].docs == ("a.txt", "b.txt") and gold[1].docs == ("en.txt",)
    assert gold[0].population == "" and gold[0].value == 91.0


def test_load_gold_names_the_bad_line(write_gold):
    path = write_gold("seeds.jsonl", claim())
    path.write_text(path.read_text() + '{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"seeds.jsonl:2: not a gold claim"):
        load_gold([path])


@pytest.mark.parametrize(
    "predicted, expected, f1",
    [
        ("", "", 1.0),
        (None, "", 1.0),
        ("", "Firmen", 0.0),
        ("Firmen", None, 0.0),
        ("befragte B2B-Unternehmen", "Befragte B2B Unternehmen.", 1.0),
        ("nutzen Videos", "nutzen Videos und Blogs", 2 * 1.0 * 0.5 / 1.5),
        ("Videos", "Blogs", 0.0),
    ],
)
def test_token_f1_follows_the_spec(predicted, expected, f1):
    assert token_f1(predicted, expected) == pytest.approx(f1)


def test_fold_ignores_case_and_whitespace():
    assert fold("  Rund\n91  PROZENT ") == "rund 91 prozent"


def test_evaluate_matches_after_folding_the_context(gold_of):
    gold = gold_of(claim(context="91 prozent  ALLER\nfirmen"))
    scores = evaluate([row()], gold).combined.main
    assert (scores.matched, scores.precision, scores.recall, scores.f1) == (1, 1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    "changes, matched",
    [
        ({}, 1),
        ({"value": 91.009}, 1),
        ({"value": 91.5}, 0),
        ({"sentence": "91 Prozent der Firmen nutzen Videos."}, 0),
        ({"doc_id": "b.txt", "docs": "b.txt"}, 0),
        ({"doc_id": "b.txt", "docs": "a.txt;b.txt"}, 1),
        ({"doc_id": "de/a.txt", "docs": "de/a.txt"}, 1),
        ({"doc_id": "xa.txt", "docs": "xa.txt"}, 0),
    ],
)
def test_evaluate_matches_on_doc_value_and_context(gold_of, changes, matched):
    assert evaluate([row(**changes)], gold_of(claim())).combined.main.matched == matched


def test_evaluate_matches_one_to_one(gold_of):
    evaluation = evaluate([row(finding_id="1"), row(finding_id="2")], gold_of(claim()))
    scores = evaluation.combined.main
    assert (scores.matched, scores.rows, scores.precision, scores.recall) == (1, 2, 0.5, 1.0)
    assert [r["finding_id"] for r in evaluation.false_positives] == ["2"]


def test_evaluate_finds_the_largest_matching(gold_of):
    sentence = "Im Jahr 2016 nutzen 91 Prozent aller Firmen und 91 Prozent aller Schulen Videos."
    gold = gold_of(claim(), claim(context="91 Prozent aller Schulen", population="Schulen"))
    # "both" could serve either claim and is the better candidate for the first; "firms" only fits the first.
    both = row(finding_id="both", sentence=sentence)
    firms = row(finding_id="firms", mention="91 %")
    evaluation = evaluate([both, firms], gold)
    assert {(m.claim.context, m.row["finding_id"]) for m in evaluation.matches} == {
        ("91 Prozent aller Firmen", "firms"), ("91 Prozent aller Schulen", "both")
    }


def test_evaluate_prefers_the_candidate_with_the_same_mention(gold_of):
    other = row(finding_id="other", mention="91 %", qualifier="approx")
    same = row(finding_id="same", qualifier="approx")
    evaluation = evaluate([other, same], gold_of(claim()))
    assert evaluation.matches[0].row["finding_id"] == "same"


def test_evaluate_prefers_the_candidate_with_more_fields_right(gold_of):
    wrong = row(finding_id="wrong", unit="percentage_points", year=None)
    right = row(finding_id="right")
    evaluation = evaluate([wrong, right], gold_of(claim()))
    assert evaluation.matches[0].row["finding_id"] == "right"


def test_evaluate_scores_derived_claims_apart(gold_of):
    gold = gold_of(claim(), claim(mention="die Hälfte", value=50, context="die Hälfte der Firmen", derived=True))
    half = row(finding_id="half", mention="die Hälfte", value=50.0, derived=True,
               sentence="Im Jahr 2016 nutzt die Hälfte der Firmen Videos.")
    stray = row(finding_id="stray", value=50.0, derived="true", sentence="Die Hälfte der Firmen.")
    evaluation = evaluate([row(), half, stray], gold)
    main, derived = evaluation.combined.main, evaluation.combined.derived
    assert (main.gold, main.rows, main.matched, main.precision) == (1, 1, 1, 1.0)
    assert (derived.gold, derived.rows, derived.matched, derived.precision) == (1, 2, 1, 0.5)


def test_evaluate_does_not_match_a_derived_row_to_a_main_claim(gold_of):
    evaluation = evaluate([row(derived=True)], gold_of(claim()))
    assert evaluation.combined.main.matched == 0 and evaluation.combined.main.rows == 0
    assert evaluation.combined.derived.rows == 1 and math.isnan(evaluation.combined.derived.recall)


@pytest.mark.parametrize(
    "changes, field, score, fully_right",
    [
        ({"qualifier": "approx"}, "qualifier", 0.0, False),
        ({"unit": "percentage_points"}, "unit", 0.0, False),
        ({"value_max": 95.0}, "value_max", 0.0, True),
        ({"year": 2015}, "year", 0.0, False),
        ({"year": ""}, "year", 0.0, False),
        ({"subject": "nutzen"}, "subject", 2 / 3, True),
        ({"subject": "Videos drehen lassen"}, "subject", 0.4, False),
        ({"population": ""}, "population", 0.0, False),
    ],
)
def test_evaluate_scores_each_field(gold_of, changes, field, score, fully_right):
    scores = evaluate([row(**changes)], gold_of(claim())).combined.main
    assert getattr(scores, field) == pytest.approx(score)
    assert scores.fully_right == int(fully_right) and scores.headline == float(fully_right)


@pytest.mark.parametrize("empty", [None, ""])
def test_evaluate_counts_empty_year_and_population_as_equal_to_null(gold_of, empty):
    scores = evaluate([row(year=empty, population=empty)], gold_of(claim(year=None, population=None))).combined.main
    assert (scores.year, scores.population, scores.fully_right) == (1.0, 1.0, 1)


def test_evaluate_reports_each_gold_file_then_all(write_gold):
    seeds = write_gold("seeds.jsonl", claim(), claim(context="gibt es nicht"))
    dev = write_gold("dev_en.jsonl", claim(doc="en.txt", mention="5 percent", value=5, context="5 percent of firms"))
    stray = row(finding_id="fp", doc_id="en.txt", docs="en.txt", value=7.0)
    rows = [row(), stray, row(doc_id="other.txt", docs="other.txt")]
    evaluation = evaluate(rows, load_gold([seeds, dev]))
    summary = {p.name: (p.main.gold, p.main.rows, p.main.matched) for p in evaluation.parts}
    assert summary == {"seeds": (2, 1, 1), "dev_en": (1, 1, 0), "all": (3, 3, 1)}


def test_format_scores_shows_every_part_and_metric(gold_of):
    text = format_scores(evaluate([row(), row(value=3.0)], gold_of(claim())))
    assert "seeds" in text and "all" in text and "derived claims" in text
    precision = [line.split() for line in text.splitlines() if line.startswith("precision")]
    assert precision == [["precision", "0.500", "0.500", "|", "-", "-"]]


def test_format_errors_lists_missed_false_and_wrong_with_hints(gold_of):
    gold = gold_of(claim(), claim(mention="5 Prozent", value=5, context="5 Prozent der Schulen"))
    rows = [
        row(qualifier="approx", subject="Videos drehen"),
        row(finding_id="fp", mention="5 %", value=5.0, sentence="Nur 5 % der Lehrer.", char_start=70),
    ]
    text = format_errors(evaluate(rows, gold))
    assert "== missed gold claims (1) ==" in text
    assert "seeds  a.txt  '5 Prozent'  value 5  context '5 Prozent der Schulen'" in text
    assert "near: '5 %' (context not in its sentence) in 'Nur 5 % der Lehrer.'" in text
    assert "== false positives (1) ==\na.txt@70  '5 %'  value 5.0  in 'Nur 5 % der Lehrer.'" in text
    assert "qualifier: expected 'exact', got 'approx'" in text
    assert "subject (F1 0.50): expected 'nutzen Videos', got 'Videos drehen'" in text


@pytest.mark.parametrize(
    "changes, hint",
    [
        ({"mention": "1 Prozent", "value": 1.0}, "near: '1 Prozent' (value 1.0) in"),
        ({"derived": True}, "near: '91 Prozent' (derived is True) in"),
        ({"mention": "5 Prozent", "value": 5.0}, None),
    ],
)
def test_format_errors_explains_why_a_near_row_missed(gold_of, changes, hint):
    text = format_errors(evaluate([row(**changes)], gold_of(claim())))
    assert (hint in text) if hint else ("near:" not in text)
