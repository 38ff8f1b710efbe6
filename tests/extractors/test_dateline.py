"""A dateline that opens a passage is a sentence of its own, so no phrase of the clause after it takes the place."""

import pytest

from extractors.components.dateline import dateline_end
from tests.extractors.conftest import only_mention

# (text, the dateline it opens with, or None)
DATELINES = [
    ("DENVER, Colo. — About 40 percent of drivers", "DENVER, Colo. — "),
    ("BOSTON (AP) - About 40 percent of drivers", "BOSTON (AP) - "),
    ("PARIS, May 2, 2024 — About 40 percent of drivers", "PARIS, May 2, 2024 — "),
    ("Köln (epd) – Rund 40 Prozent der Fahrer", "Köln (epd) – "),
    ("Leipzig, 05.06.2024 – Rund 40 Prozent der Fahrer", "Leipzig, 05.06.2024 – "),
    ("KIEL – Rund 40 Prozent der Fahrer", "KIEL – "),
    # a phrase set off by a dash is no dateline: no capitals, agency or date
    ("Die Preise – vor allem die Mieten – steigen um 4 Prozent", None),
    ("Energy costs - mainly heating - rose 4 percent", None),
    ("EU-Kommission – Die Quote liegt bei 4 Prozent", None),
]


@pytest.mark.parametrize("text,dateline", DATELINES)
def test_dateline_end(text, dateline):
    end = dateline_end(text)
    assert (text[:end] if end is not None else None) == dateline


@pytest.mark.parametrize("lang,text,mention,population", [
    ("en", "TOPEKA, Kan. — Net farm income across the state fell 6.1 percent in 2023 from a year earlier.", "6.1 percent",
     "Net farm income across the state"),
    ("de", "Erfurt (dpa) – Der Umsatz der Bäcker ist im vergangenen Jahr um 4,2 Prozent gestiegen.", "4,2 Prozent", "Umsatz der Bäcker"),
])
def test_the_place_of_a_dateline_names_no_group(request, lang, text, mention, population):
    span = only_mention(request.getfixturevalue(f"{lang}_nlp"), text, mention)
    assert span._.findings_population == population
