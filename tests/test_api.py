"""The library API: `findings.extract` on a string, `findings.load_pipeline` as a spaCy pipeline,
saved and loaded back with `spacy.load` in a fresh process."""

import subprocess
import sys

import pytest
from spacy import displacy

import findings
from findings.pipeline import run_pipeline

GERMAN = "Knapp 60 Prozent der Befragten nutzen Instagram."
ENGLISH = "<html><head><title>Survey</title></head><body><p>Nearly 60% of marketers say they plan bigger budgets.</p></body></html>"


def test_extract_gives_one_finding_with_its_fields():
    (finding,) = findings.extract(GERMAN, published="2024-05-01")
    # "knapp" is "under" by the contract (../shared/spec/FINDINGS.md)
    assert (finding.value, finding.qualifier, finding.population, finding.year) == (60.0, "under", "Befragte", 2024)
    assert (finding.year_source, finding.lang, finding.docs) == ("published", "de", "text")


@pytest.mark.parametrize("lang,text,mention,population", [
    ("de", GERMAN, "Knapp 60 Prozent", "Befragte"),
    ("en", ENGLISH, "Nearly 60%", "marketers"),
])
def test_extract_equals_the_pipeline_on_that_article_alone(tmp_path, lang, text, mention, population):
    path = tmp_path / ("a.html" if text.startswith("<") else "a.txt")
    path.write_text(text, encoding="utf-8")
    expected = [row for row in run_pipeline([tmp_path]).findings]
    got = findings.extract(text)
    assert [(f.mention, f.population) for f in got] == [(mention, population)]
    assert [f.__class__(**{**vars_of(f), "doc_id": "a", "docs": "a"}) for f in got] == [
        f.__class__(**{**vars_of(f), "doc_id": "a", "docs": "a"}) for f in expected
    ]


def vars_of(finding):
    return {name: getattr(finding, name) for name in finding.__slots__}


def test_extract_reads_an_html_fragment_as_html():
    (finding,) = findings.extract("<p>Nearly 60% of marketers say they plan bigger budgets.</p>", lang="en")
    assert (finding.subject, finding.sentence) == ("plan bigger budgets", "Nearly 60% of marketers say they plan bigger budgets.")


def test_extract_refuses_an_unsupported_language_and_a_bad_date():
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        findings.extract(GERMAN, lang="fr")
    with pytest.raises(ValueError):
        findings.extract(GERMAN, published="May 2024")


def test_load_pipeline_puts_the_claims_in_doc_spans():
    nlp = findings.load_pipeline("en")
    doc = nlp("Nearly 60% of marketers say they plan bigger budgets. Only 20 percent agreed.")
    spans = doc.spans["findings"]
    assert [(span.text, span.label_) for span in spans] == [("Nearly 60%", "percent"), ("20 percent", "percent")]
    assert (spans[0]._.findings_claim.population, spans[0]._.findings_claim.qualifier) == ("marketers", "under")
    html = displacy.render(doc, style="span", options={"spans_key": "findings"})
    assert "Nearly" in html and html.count("\n        percent\n") == 2  # one label per claim


def test_a_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(tmp_path):
    findings.load_pipeline("de").to_disk(tmp_path / "de")
    code = (
        "import spacy; nlp = spacy.load(%r); doc = nlp(%r); "
        "print([(s.text, s._.findings_claim.population) for s in doc.spans['findings']])"
    ) % (str(tmp_path / "de"), GERMAN)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[('Knapp 60 Prozent', 'Befragte')]"


def test_import_findings_stays_light_and_lists_its_names():
    code = "import sys, findings; print(sorted(findings.__all__)); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == str(sorted(["Claim", "Finding", "__version__", "extract", "load_pipeline"]))
    assert out[1] == "False"


def test_version(capsys):
    from findings.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0 and capsys.readouterr().out.strip() == f"findings {findings.__version__}"
