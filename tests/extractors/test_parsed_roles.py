"""Roles from a dependency parse: the parse-based component on Docs whose parse is given by hand."""

import spacy
from spacy.tokens import Doc

from extractors.pipeline import RULE_COMPONENTS


def parsed_pipeline(lang):
    """A pipeline as a trained one would be: no sentencizer (the parse sets sentences)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    for component in (*RULE_COMPONENTS, "findings_parsed_roles"):
        nlp.add_pipe(component)
    return nlp


def run(nlp, words, heads, deps, pos):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return list(doc.spans["findings_mentions"])


def test_parsed_roles_en_population_and_subject_from_the_parse():
    nlp = parsed_pipeline("en")
    words = ["Nearly", "60", "%", "of", "the", "young", "marketers", "plan", "bigger", "budgets", "."]
    heads = [1, 2, 7, 2, 6, 6, 3, 7, 9, 7, 7]
    deps = ["advmod", "nummod", "nsubj", "prep", "det", "amod", "pobj", "ROOT", "amod", "dobj", "punct"]
    pos = ["ADV", "NUM", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"]
    (mention,) = run(nlp, words, heads, deps, pos)
    assert mention.text == "Nearly 60 %"
    assert (mention._.findings_subject, mention._.findings_population) == ("plan bigger budgets", "young marketers")


def test_parsed_roles_de_genitive_population_from_the_parse():
    nlp = parsed_pipeline("de")
    words = ["91", "Prozent", "aller", "befragten", "Firmen", "nutzen", "Videos", "."]
    heads = [1, 5, 4, 4, 1, 5, 5, 5]
    deps = ["nk", "sb", "nk", "nk", "ag", "ROOT", "oa", "punct"]
    pos = ["NUM", "NOUN", "DET", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    (mention,) = run(nlp, words, heads, deps, pos)
    assert (mention._.findings_subject, mention._.findings_population) == ("nutzen Videos", "befragten Firmen")


def test_parsed_roles_leave_unparsed_docs_to_the_rules():
    nlp = spacy.blank("en")
    nlp.add_pipe("findings_percent_mentions")
    parsed = nlp.add_pipe("findings_parsed_roles")
    doc = nlp("Nearly 60% of marketers agree.")
    assert parsed(doc) is doc and doc.spans["findings_mentions"][0]._.findings_subject is None
