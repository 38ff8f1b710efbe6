"""The article memory: what a figure's own clause leaves out, or only refers to, is taken from
what the article said before; what the clause says itself always wins."""

import pytest

from tests.extractors.conftest import only_finding


def roles_of(text, mention):
    """Extract `text` as one article and return (subject, population) of `mention`."""
    finding = only_finding(text, mention)
    return finding.subject, finding.population


# (lang, shape, text, mention, subject, population)
CASES = [
    ("en", "\"the same\" stands for what was said before",
     "About 45% of Gen Z workers said they feel burned out. By comparison, only 28% of baby boomers said the same.",
     "28%", "feel burned out", "baby boomers"),
    ("de", "\"das Gleiche\" stands for what was said before",
     "Rund 45 Prozent der Beschäftigten fühlen sich ausgebrannt. Das Gleiche sagen nur 28 Prozent der Babyboomer.",
     "28 Prozent", "fühlen sich ausgebrannt", "Babyboomer"),
    ("de", "whom the study asked, up to the participle after them",
     "Für die Studie wurden 1.000 Personen befragt. 64 Prozent von ihnen sprachen sich für ein Verbot aus.",
     "64 Prozent", "sprachen sich für ein Verbot aus", "Personen"),
    ("en", "whom the study asked, up to the participle after them",
     "The survey of 1,000 adults aged 18 and over found that 64 percent backed a ban.",
     "64 percent", "backed a ban", "adults"),
    ("en", "a figure compared inside a clause leaves the clause to the figure before",
     "Half of all respondents (50%) reported using AI tools at work, up from 32% last year.",
     "50%", "reported using AI tools at work", "respondents"),
    ("de", "a figure compared inside a clause leaves the clause to the figure before",
     "Die Hälfte der Befragten (50 Prozent) nutzt KI-Werkzeuge bei der Arbeit, verglichen mit 32 Prozent im Vorjahr.",
     "50 Prozent", "nutzt KI-Werkzeuge bei der Arbeit", "Befragte"),
    ("de", "a verbless clause names its own group as the clause before did",
     "Unter den Grünen-Anhängern befürworten 81 Prozent ein Tempolimit, unter den FDP-Anhängern nur 22 Prozent.",
     "22 Prozent", "befürworten ein Tempolimit", "FDP-Anhänger"),
    ("en", "a verbless clause names its own group as the clause before did",
     "Among Democrats, 81 percent back the plan, among Republicans only 22 percent.",
     "22 percent", "back the plan", "Republicans"),
    ("en", "a figure after a comparison lead measures what the figure before measures",
     "Just 12% of those surveyed said they trust the media, down from 20% in 2019.",
     "20%", "trust the media", "those surveyed"),
    ("de", "a figure after a comparison lead measures what the figure before measures",
     "Nur 12 Prozent der Befragten vertrauen den Medien, verglichen mit 20 Prozent im Jahr 2019.",
     "20 Prozent", "vertrauen den Medien", "Befragte"),
    ("de", "a pro-form object stands for the subject before",
     "40 Prozent der Angestellten arbeiten zu Hause. 25 Prozent machen das regelmäßig.",
     "25 Prozent", "arbeiten zu Hause", "Angestellte"),
    ("de", "a noun a demonstrative determines",
     "30 Prozent der Wähler fordern einen Kurswechsel. 20 Prozent teilten diese Haltung schon 2015.",
     "20 Prozent", "fordern einen Kurswechsel", "Wähler"),
    ("de", "a pronoun that announces a clause is no pro-form",
     "30 Prozent der Wähler fordern einen Kurswechsel. 20 Prozent halten es für richtig, dass die Steuern sinken.",
     "20 Prozent", "halten es für richtig, dass die Steuern sinken", "Wähler"),
    ("de", "the own clause wins",
     "40 Prozent der Angestellten arbeiten zu Hause. 25 Prozent der Beamten fahren mit dem Rad.",
     "25 Prozent", "fahren mit dem Rad", "Beamte"),
    ("de", "a bare share noun is the share named before",
     "Damals nutzten 40 Prozent der Händler einen Webshop. Inzwischen hat der Anteil 60 Prozent erreicht.",
     "60 Prozent", "nutzten einen Webshop", "Händler"),
    ("de", "a clause without a subject shares the one before it",
     "Damals nutzten 40 Prozent der Händler einen Webshop. 2021 hatte der Anteil 60 Prozent erreicht, ging danach aber auf 50 Prozent zurück.",
     "50 Prozent", "nutzten einen Webshop", "Händler"),
    ("de", "a heading that ends the article is whole, not a clipped sentence",
     "Umfrage unter Firmen\n\n40 Prozent der Firmen nutzen Videos.\n\nEin Drittel nutzt auch Podcasts\n",
     "Ein Drittel", "nutzt auch Podcasts", "Firmen"),
    ("en", "a heading that ends the article is whole, not a clipped sentence",
     "Survey of firms\n\n40 percent of firms use video.\n\nA third also use podcasts\n",
     "A third", "use podcasts", "firms"),
    ("en", "whom the study asked, past a participle, beats a group named in another passage",
     "The poll, covering more than 2,000 consumers, ran in May.\n\nMost city dwellers (70 percent) shop online.\n\nAbout 40 percent buy groceries weekly.\n",
     "About 40 percent", "buy groceries weekly", "consumers"),
    ("de", "whom the study asked, past a participle, beats a group named in another passage",
     "Die Umfrage, durchgeführt unter 2.000 Firmen, lief im Mai.\n\nDie meisten Händler (70 Prozent) verkaufen online.\n\nEtwa 40 Prozent planen neue Filialen.\n",
     "Etwa 40 Prozent", "planen neue Filialen", "Firmen"),
    ("de", "a figure in what the study found is no sample",
     "Die Studie ergab, dass 70 Prozent der Städter online einkaufen.\n\nEtwa 40 Prozent kaufen wöchentlich Lebensmittel.\n",
     "Etwa 40 Prozent", "kaufen wöchentlich Lebensmittel", "Städter"),
    ("en", "the subject of the sentence before, over a group a cue named earlier",
     "Some 60 percent of respondents work from home.\n\nNurses are a different story. Only 12 percent said they can work from home.\n",
     "12 percent", "can work from home", "Nurses"),
    ("de", "the subject of the sentence before, over a group a cue named earlier",
     "Etwa 60 Prozent der Befragten arbeiten von zu Hause.\n\nViele Pflegekräfte sehen das anders, weil ihre Arbeit es nicht erlaubt. Nur jeder Zehnte (10 Prozent) arbeitet daheim.\n",
     "10 Prozent", "arbeitet daheim", "Pflegekräfte"),
    ("en", "whom the study asked beats the subject of the sentence before",
     "The poll of 2,000 consumers was run in May.\n\nMost shoppers keep filling their pantries. A larger group (59 percent) stock up now.\n",
     "59 percent", "stock up now", "consumers"),
    ("de", "a year and a focus particle beside a figure are no phrase parallel to the clause before",
     "Im Jahr 2001 galten 8 Prozent der Kinder als übergewichtig, 2011 schon 12 Prozent.",
     "12 Prozent", "galten als übergewichtig", "Kinder"),
    ("en", "a year and a focus particle beside a figure are no phrase parallel to the clause before",
     "In 2001, 20 percent of pupils smoked daily, by 2011 only 12 percent.",
     "12 percent", "smoked daily", "pupils"),
    ("en", "a bare share noun is the share named before",
     "In 2001, 5 percent of girls were obese. By 2006 the share had risen to 11 percent.",
     "11 percent", "were obese", "girls"),
    ("en", "a pro-form object stands for the subject before",
     "Some 46 percent of adults used social media in 2010. Among young adults, 78 percent used it.",
     "78 percent", "used social media", "young adults"),
    ("en", "a pronoun that announces a clause is no pro-form",
     "Some 46 percent of voters want lower taxes. About 20 percent find it unfair that taxes rose.",
     "About 20 percent", "find it unfair that taxes rose", "voters"),
    ("en", "the own clause wins",
     "Some 46 percent of adults used social media in 2010. Among young adults, 78 percent read news online.",
     "78 percent", "read news online", "young adults"),
]


@pytest.mark.parametrize("lang,shape,text,mention,subject,population", CASES, ids=[c[1] + f" ({c[0]})" for c in CASES])
def test_roles_from_before(lang, shape, text, mention, subject, population):
    assert roles_of(text, mention) == (subject, population)
