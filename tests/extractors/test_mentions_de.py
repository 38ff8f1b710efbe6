"""German percentage mentions: forms, qualifiers, ranges, number words, points, derived shares."""

import pytest

from tests.extractors.conftest import mentions, only_mention

# (text, mention, value, value_max, qualifier, unit)
PERCENTS = [
    ("91 Prozent aller Befragten nutzen Facebook.", "91 Prozent", 91, None, "exact", "percent"),
    ("Das betrifft 12,5 Prozent der Firmen.", "12,5 Prozent", 12.5, None, "exact", "percent"),
    ("Heute sind es noch knapp 60%.", "knapp 60%", 60, None, "under", "percent"),
    ("Der Anteil liegt bei 7 %.", "7 %", 7, None, "exact", "percent"),
    ("Die Quote beträgt 3 v. H. des Umsatzes.", "3 v. H.", 3, None, "exact", "percent"),
    ("Nur zwei Prozent der Unternehmen reagieren.", "zwei Prozent", 2, None, "exact", "percent"),
    ("Vierundzwanzig Prozent stimmen zu.", "Vierundzwanzig Prozent", 24, None, "exact", "percent"),
    ("Rund 99 Prozent nutzen soziale Netzwerke.", "Rund 99 Prozent", 99, None, "approx", "percent"),
    ("Etwa 40 Prozent planen Investitionen.", "Etwa 40 Prozent", 40, None, "approx", "percent"),
    ("Mehr als 80 Prozent kommunizieren online.", "Mehr als 80 Prozent", 80, None, "over", "percent"),
    ("Während gut 7 Prozent das unterbinden.", "gut 7 Prozent", 7, None, "over", "percent"),
    ("Mindestens 30 Prozent sind betroffen.", "Mindestens 30 Prozent", 30, None, "over", "percent"),
    ("Weniger als 40 Prozent haben reagiert.", "Weniger als 40 Prozent", 40, None, "under", "percent"),
    ("In fast 60 Prozent der Unternehmen fehlt sie.", "fast 60 Prozent", 60, None, "under", "percent"),
    ("Höchstens 5 Prozent widersprechen.", "Höchstens 5 Prozent", 5, None, "under", "percent"),
    ("Nicht einmal 10 Prozent messen den Erfolg.", "Nicht einmal 10 Prozent", 10, None, "under", "percent"),
    ("Es sind 20 bis 30 Prozent der Budgets.", "20 bis 30 Prozent", 20, 30, "exact", "percent"),
    ("Es sind zwischen 20 und 30 Prozent.", "zwischen 20 und 30 Prozent", 20, 30, "exact", "percent"),
    ("Es sind 20–30 % der Budgets.", "20–30 %", 20, 30, "exact", "percent"),
    ("Der Anteil stieg um 5 Prozentpunkte.", "5 Prozentpunkte", 5, None, "exact", "percentage_points"),
    ("Die Quote sank um 2,5 Prozentpunkte.", "2,5 Prozentpunkte", 2.5, None, "exact", "percentage_points"),
    ("40 Prozent oder mehr wollen wechseln.", "40 Prozent oder mehr", 40, None, "over", "percent"),
]

# (text, mention, value, qualifier)
DERIVED = [
    ("Die Hälfte der Befragten nutzt Xing.", "Die Hälfte", 50, "exact"),
    ("2011 hatten noch weniger als die Hälfte der Unternehmen eine Strategie.", "weniger als die Hälfte", 50, "under"),
    ("Bei über der Hälfte der Unternehmen dürfen nur wenige posten.", "über der Hälfte", 50, "over"),
    ("Jeder Dritte nutzt Instagram.", "Jeder Dritte", 33.33, "exact"),
    ("Jedes zweite Unternehmen bloggt.", "Jedes zweite", 50, "exact"),
    ("Drei von vier Befragten stimmen zu.", "Drei von vier", 75, "exact"),
    ("Zwei Drittel der Firmen planen mehr.", "Zwei Drittel", 66.67, "exact"),
    ("Ein Viertel der Befragten lehnt ab.", "Ein Viertel", 25, "exact"),
    ("Im Jahr 2011 wollten ALLE befragten Manager mehr Umsatz.", "ALLE", 100, "exact"),
]

NOT_CLAIMS = [
    "Mehr unter http://example.com/report%20final.pdf nachlesen.",
    "Die Mehrheit der Angebote ist nicht auf Dialog ausgerichtet.",
    "19 der 30 Unternehmen antworteten.",
    "In der ersten Hälfte des Jahres stiegen die Umsätze.",
    "Die Umsätze verdoppelten sich auf 40 Punkte.",
]


@pytest.mark.parametrize("text,mention,value,value_max,qualifier,unit", PERCENTS)
def test_percent_mentions_de(de_nlp, text, mention, value, value_max, qualifier, unit):
    share = only_mention(de_nlp, text, mention)._.findings_share
    assert (share.value, share.value_max, share.qualifier, share.unit, share.derived) == (
        value, value_max, qualifier, unit, False
    )


@pytest.mark.parametrize("text,mention,value,qualifier", DERIVED)
def test_derived_shares_de(de_nlp, text, mention, value, qualifier):
    share = only_mention(de_nlp, text, mention)._.findings_share
    assert (share.value, share.qualifier, share.derived) == (value, qualifier, True)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims_de(de_nlp, text):
    assert mentions(de_nlp, text) == []


def test_change_von_auf_gives_two_claims_de(de_nlp):
    found = mentions(de_nlp, "Der Anteil stieg von 74 auf 78 Prozent.")
    assert [(m.text, m._.findings_share.value) for m in found] == [("74", 74), ("78 Prozent", 78)]


@pytest.mark.parametrize("text", ["Frauen und Männer sparen gleich oft (31 beziehungsweise 29 Prozent).",
                                  "Frauen und Männer sparen gleich oft (31 bzw. 29 Prozent)."])
def test_respective_figures_give_two_claims_de(de_nlp, text):
    assert [(m.text, m._.findings_share.value) for m in mentions(de_nlp, text)] == [("31", 31), ("29 Prozent", 29)]


def test_derived_restated_by_percent_is_one_claim_de(de_nlp):
    found = mentions(de_nlp, "Fast jedes zweite Unternehmen (48 Prozent) bloggt.")
    assert [(m.text, m._.findings_share.qualifier, m._.findings_share.derived) for m in found] == [
        ("48 Prozent", "exact", False)
    ]
