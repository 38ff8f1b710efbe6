"""Subject and population of claims, per language, for the sentence shapes the rules know."""

import pytest

from tests.extractors.conftest import only_mention

# (text, mention, subject, population); None population = not named in the sentence
DE = [
    ("91 Prozent aller befragten B2B-Unternehmen nutzen mindestens einen Kanal.", "91 Prozent",
     "nutzen mindestens einen Kanal", "befragte B2B-Unternehmen"),
    ("Demnach kommunizieren mehr als 80 Prozent der deutschen Firmen in den Social Media.", "mehr als 80 Prozent",
     "kommunizieren in den Social Media", "deutsche Firmen"),
    ("92 Prozent der Befragten geben zu, den Beitrag nicht messen zu können.", "92 Prozent",
     "geben zu, den Beitrag nicht messen zu können", "Befragte"),
    ("Genannt werden Markenbildung (72 Prozent), Kundenbindung (58 Prozent) sowie Marktforschung (38 Prozent).",
     "58 Prozent", "Kundenbindung", None),
    ("Insellösungen zielen auf Marken- (82 Prozent) beziehungsweise Produktkommunikation (62 Prozent) ab.",
     "82 Prozent", "Markenkommunikation", "Insellösungen"),
    ("Die Abbildung zeigt, dass im Jahr 2011 ALLE befragten Manager die Verkaufszahlen verbessern wollten.", "ALLE",
     "die Verkaufszahlen verbessern wollten", "befragte Manager"),
]

EN = [
    ("Nearly 60% of marketers say they plan to increase their budgets.", "Nearly 60%",
     "plan to increase their budgets", "marketers"),
    ("Most remote workers (65 percent) prefer a hybrid model.", "65 percent", "prefer a hybrid model", "remote workers"),
    ("Consumers bought food and water (87 percent), toiletries (81 percent) and soap (65 percent).", "81 percent",
     "toiletries", "Consumers"),
    ("Of those who have visited stores, 58 percent bought shoes.", "58 percent", "bought shoes",
     "those who have visited stores"),
    ("The 65 percent of adults in the United States using social media is up from 46 percent in 2010.",
     "46 percent", "using social media", "adults in the United States"),
    ("Margins of error were up to plus or minus 3.9 percent.", "up to plus or minus 3.9 percent",
     "Margins of error", ""),
    ("Nursing jobs, which have grown 6 percent since 2012, will grow further.", "6 percent",
     "have grown since 2012", "Nursing jobs"),
    ("With 31% of millennials and 11% of the baby boomers polled saying they work remotely.", "31%",
     "work remotely", "millennials"),
]


@pytest.mark.parametrize("text,mention,subject,population", DE)
def test_roles_de(de_nlp, text, mention, subject, population):
    span = only_mention(de_nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)


@pytest.mark.parametrize("text,mention,subject,population", EN)
def test_roles_en(en_nlp, text, mention, subject, population):
    span = only_mention(en_nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)


# Sentences that name their figures' roles only with help: gapped verbs, copulas, the share of a group.
DE_MORE = [
    ("78 Prozent der Befragten setzen auf Facebook, 64 Prozent auf Instagram.", "64 Prozent",
     "setzen auf Instagram", None),
    ("Der Anteil der Firmen ohne Strategie liegt bei 23 Prozent.", "23 Prozent",
     "Anteil der Firmen ohne Strategie", "Firmen ohne Strategie"),
    ("Im Vergleich zu 2016 ist die Zahl der Firmen mit eigener Strategie um 12 Prozentpunkte gestiegen.",
     "12 Prozentpunkte", "ist gestiegen", "Firmen mit eigener Strategie"),
]


@pytest.mark.parametrize("text,mention,subject,population", DE_MORE)
def test_roles_de_gaps_copulas_and_shares(de_nlp, text, mention, subject, population):
    span = only_mention(de_nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)
