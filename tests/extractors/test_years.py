"""The year of a claim and where it came from, per language: sentence, context, published, none."""

import datetime as dt

import pytest

from extractors.context import study_word
from tests.extractors.conftest import only_finding


def year_of(text, mention, published=None, title=None):
    """Extract `text` as a one-article corpus and return (year, year_source) of `mention`."""
    finding = only_finding(text, mention, published, title)
    return finding.year, finding.year_source


# (text, mention, published, expected year, expected source)
CASES = [
    # a year in the sentence wins, also before the figure and over the published date
    ("de", "2011 hatten noch 40 Prozent der Firmen eine Strategie.", "40 Prozent", dt.date(2016, 10, 1), 2011, "sentence"),
    ("en", "In 2022, 14 percent of the commuters in the city rode a bike to work.", "14 percent", dt.date(2023, 1, 5), 2022, "sentence"),
    # ... also after a verb that opens the sentence, capitalized there, which names nothing
    ("de", "Nannten 2019 erst 28 Prozent der Befragten das Radio, waren es 2021 schon 36 Prozent.", "28 Prozent", dt.date(2025, 6, 27), 2019, "sentence"),
    # coordinated years go with the clause's figures one by one, in order
    ("de", "2018 bzw. 2020 lag die Quote bei 12 bzw. 15 Prozent.", "12", dt.date(2024, 3, 1), 2018, "sentence"),
    ("de", "2018 bzw. 2020 lag die Quote bei 12 bzw. 15 Prozent.", "15 Prozent", dt.date(2024, 3, 1), 2020, "sentence"),
    ("en", "Turnout was 61 percent, against 58 percent and 52 percent in 2019 and 2015 respectively.", "58 percent", dt.date(2024, 3, 1), 2019, "sentence"),
    ("en", "Turnout was 61 percent, against 58 percent and 52 percent in 2019 and 2015 respectively.", "52 percent", dt.date(2024, 3, 1), 2015, "sentence"),
    # a study named with its year in the opening phrase, also a trial, dates its figure; and the
    # figures after it in its passage, rather than the article's study
    ("en", "Heating is 42% of energy use, a 2020 analysis found.\n\nIn a 2018 field trial of 600 homes, costs fell by 7 percent. "
     "Homes with a schedule saved 9.6% on average.", "9.6%", dt.date(2025, 1, 9), 2018, "context"),
    ("de", "Heizen macht 42 Prozent des Verbrauchs aus, so eine Analyse von 2020.\n\nIn einem Feldversuch von 2018 sanken die Kosten um "
     "7 Prozent. Haushalte mit Zeitprogramm sparten im Schnitt 9,6 Prozent.", "9,6 Prozent", dt.date(2025, 1, 9), 2018, "context"),
    ("en", "Heating is 42% of energy use, a 2020 analysis found.\n\nIn a 2018 field trial of 600 homes, costs fell by 7 percent.",
     "7 percent", dt.date(2025, 1, 9), 2018, "sentence"),
    # ... also where the year ends the study's phrase past its attributes
    ("de", "Heizen macht 42 Prozent des Verbrauchs aus, so eine Analyse von 2020.\n\nNach einer Befragung des Vereins unter seinen "
     "Mitgliedern vom Herbst 2018 sparten 30 Prozent Energie. Haushalte mit Zeitprogramm sparten im Schnitt 9,6 Prozent.", "9,6 Prozent",
     dt.date(2025, 1, 9), 2018, "context"),
    ("en", "Heating is 42% of energy use, a 2020 analysis found.\n\nAccording to a survey of the association's members in the autumn "
     "of 2018, 30 percent saved energy. Homes with a schedule saved 9.6% on average.", "9.6%", dt.date(2025, 1, 9), 2018, "context"),
    # the time a change is measured on right after the figure is its base, not its year
    ("en", "Online sales are up 35 percent on last year.", "35 percent", dt.date(2024, 6, 3), 2024, "published"),
    ("en", "Revenue reached 4 billion, a rise of 6.2% on 2023.", "6.2%", dt.date(2024, 6, 3), 2024, "published"),
    ("de", "Der Umsatz stieg auf 4 Milliarden, ein Plus von 6,2 Prozent zum Vorjahr.", "6,2 Prozent", dt.date(2024, 6, 3), 2024, "published"),
    # coordinated figures share their clause's one year
    ("en", "Only 30% of men and 20% of women vote, down from 35% and 26% respectively in 2016.", "35%", dt.date(2024, 3, 1), 2016, "sentence"),
    ("de", "Nur 30 Prozent der Männer wählen, 2016 waren es 35 bzw. 26 Prozent.", "26 Prozent", dt.date(2024, 3, 1), 2016, "sentence"),
    # a decade before the study's or article's year
    ("en", "Now 38 percent are over 50, compared with 24 percent a decade ago.", "24 percent", dt.date(2024, 3, 1), 2014, "published"),
    ("de", "Heute sind 38 Prozent älter als 50, vor einem Jahrzehnt waren es 24 Prozent.", "24 Prozent", dt.date(2024, 3, 1), 2014, "published"),
    # of two years in a figure's clause, the one nearest it
    ("de", "Im Jahr 2018 lag die Quote bei 12 Prozent, 2020 schon bei 14 und 2022 bei 15 Prozent.", "15 Prozent", dt.date(2024, 3, 1), 2022, "sentence"),
    # a year belongs to the figure of its own clause
    ("en", "The 65 percent of adults using social media is up from 46 percent in 2010.", "46 percent", None, 2010, "sentence"),
    ("en", "The 65 percent of adults using social media is up from 46 percent in 2010.", "65 percent", dt.date(2015, 10, 8), 2015, "published"),
    # a comparison at the end of the sentence before names no baseline of a year that opens the next
    ("de", "Das waren 2 Prozentpunkte mehr als im Vorjahr. 2015 hatte die Quote noch bei 21 Prozent gelegen.", "21 Prozent",
     dt.date(2024, 2, 1), 2015, "sentence"),
    ("en", "That was 2 points more than in the previous year. In 2015 the rate had stood at 21 percent.", "21 percent",
     dt.date(2024, 2, 1), 2015, "sentence"),
    # a bracket with a figure of its own and its time is an aside: its time is its figure's only
    ("de", "Auf Platz zwei liegt der Roller mit 18 Prozent (Vorjahr: 15 Prozent).", "15 Prozent", dt.date(2024, 2, 1), 2023, "published"),
    ("de", "Auf Platz zwei liegt der Roller mit 18 Prozent (Vorjahr: 15 Prozent).", "18 Prozent", dt.date(2024, 2, 1), 2024, "published"),
    ("en", "Scooters come second with 18 percent (last year: 15 percent).", "18 percent", dt.date(2024, 2, 1), 2024, "published"),
    ("en", "Scooters come second with 18 percent (last year: 15 percent).", "15 percent", dt.date(2024, 2, 1), 2023, "published"),
    # a bracket with a time only is the figure's before it
    ("en", "Use fell to 21% from 24% in the previous survey period (2005-07).", "24%", dt.date(2013, 2, 1), 2007, "sentence"),
    # after a change in percentage points, a time after "from"/"von" is where the change starts
    ("en", "Support for the levy rose to 48 percent, up 6 percentage points from the 2019 poll.", "6 percentage points", dt.date(2024, 2, 1), 2024, "published"),
    ("en", "Support for the levy rose to 48 percent, up 6 percentage points on last year.", "6 percentage points", dt.date(2024, 2, 1), 2024, "published"),
    ("de", "Die Zustimmung stieg auf 48 Prozent, ein Plus von 6 Prozentpunkten seit 2019.", "6 Prozentpunkten", dt.date(2024, 2, 1), 2024, "published"),
    # a dash between clauses ends the year's stretch: the year after it is the second figure's
    ("de", "Bei den Jüngeren sind es heute 64 Prozent – 2015 waren es erst 48 Prozent.", "48 Prozent", dt.date(2024, 2, 1), 2015, "sentence"),
    ("de", "Bei den Jüngeren sind es heute 64 Prozent – 2015 waren es erst 48 Prozent.", "64 Prozent", dt.date(2024, 2, 1), 2024, "published"),
    ("en", "Among renters it is 64 percent - in 2015 it was only 48 percent.", "64 percent", dt.date(2024, 2, 1), 2024, "published"),
    ("en", "Among renters it is 64 percent – in 2015 it was only 48 percent.", "48 percent", dt.date(2024, 2, 1), 2015, "sentence"),
    # a period gives its last year; "seit"/"since" starts a period and is not the year
    ("en", "In the 2008-2010 survey, 62.1% of adults were overweight.", "62.1%", None, 2010, "sentence"),
    ("de", "Der Umsatz wuchs seit 2012 um 6 Prozent.", "6 Prozent", dt.date(2017, 5, 8), 2017, "published"),
    ("de", "Die Quote lag bei 20 Prozent im Jahr 2015.", "20 Prozent", dt.date(2017, 5, 8), 2015, "sentence"),
    ("de", "Zwischen 1996 und 2012 sank die Zahl der Ehepaare um 8 Prozent.", "8 Prozent", None, 2012, "sentence"),
    ("en", "The number of married couples fell 8 percent between 1996 and 2012.", "8 percent", None, 2012, "sentence"),
    # relative words resolve against the study year, else the published year
    ("de", "Die Studie 2013 zeigt es. Heute verfolgen dieses Ziel noch knapp 60%.", "knapp 60%", dt.date(2014, 2, 1), 2013, "context"),
    ("en", "About 40 percent of the firms that applied for credit were turned down last year.", "About 40 percent", dt.date(2012, 10, 9), 2011, "published"),
    ("en", "Today, 57 percent of U.S. adults say the use of marijuana should be legal.", "57 percent", dt.date(2014, 4, 1), 2014, "published"),
    ("de", "Die Studie 2023 zeigt es. Drei Jahre zuvor waren es noch 60 Prozent.", "60 Prozent", None, 2020, "context"),
    ("de", "Die Studie 2023 zeigt es. Ein Jahr zuvor lag der Anteil bei 38 Prozent.", "38 Prozent", None, 2022, "context"),
    ("en", "The 2023 study shows it. Three years earlier, the share was 60 percent.", "60 percent", None, 2020, "context"),
    # an abbreviated month before a day is no sentence end
    ("en", "Voters worry, according to a poll conducted Nov. 10-14, 2023.\nSome 24 percent named the economy.", "Some 24 percent", dt.date(2024, 1, 5), 2023, "context"),
    # a year in the study's name is the base of a relative time in the figure's sentence
    ("de", "Laut der Reiseanalyse 2024 haben im vergangenen Jahr 78 Prozent der Deutschen eine Reise gemacht.", "78 Prozent", None, 2023, "sentence"),
    ("en", "According to the 2024 travel survey, 78 percent of adults took a trip last year.", "78 percent", None, 2023, "context"),
    # a bracket that holds the figure only does not end its clause
    ("en", "Two-thirds of doctors (63 percent) reported burnout in 2021, up from 38 percent in 2020.", "63 percent", dt.date(2023, 5, 1), 2021, "sentence"),
    ("de", "Zwei Drittel der Ärzte (63 Prozent) klagten 2021 über Erschöpfung, nach 38 Prozent im Jahr 2020.", "63 Prozent", dt.date(2023, 5, 1), 2021, "sentence"),
    # the study year stated nearby, before or after the figure
    ("en", "Most adults agree: 72 percent of them say so.\nThe survey was conducted in March 2019.", "72 percent", None, 2019, "context"),
    # the phrase that names the study, in a sentence with figures: its year, not one after the figure
    ("en", "A survey of 900 teens conducted in the fall of 2023 finds that 46% are online.\nAlso, 32% say it helped.", "32%", dt.date(2024, 6, 1), 2023, "context"),
    ("de", "Laut dem Gesundheitsreport 2023 fühlen sich 34 Prozent erschöpft.\n29 Prozent klagen über Stress.", "29 Prozent", dt.date(2024, 6, 1), 2023, "context"),
    ("en", "A new report from the center, based on a survey of 900 teens conducted in the fall of 2023, finds that 46% are online.\nAlso, 32% say it helped.", "32%", dt.date(2024, 6, 1), 2023, "context"),
    ("de", "Laut der Umfrage fühlen sich 34 Prozent erschöpft, mehr als 2019.\n29 Prozent klagen über Stress.", "29 Prozent", dt.date(2024, 6, 1), 2024, "published"),
    # ... or the phrase after a figure, from its study word on (the words before it may name an earlier study)
    ("en", "Some 38 percent avoid the tills, according to a poll of 2,000 adults conducted in December 2024.\nAlso, 29 percent pay by card.",
     "29 percent", dt.date(2025, 1, 14), 2024, "context"),
    ("de", "38 Prozent meiden die Kassen, so eine Umfrage unter 2.000 Erwachsenen vom Dezember 2024.\nZudem zahlen 29 Prozent mit Karte.",
     "29 Prozent", dt.date(2025, 1, 14), 2024, "context"),
    ("en", "Profits fell 8 percent, according to the 2024 annual survey of 400 lenders.\nAlso, 29 percent cut staff.",
     "29 percent", dt.date(2025, 3, 4), 2024, "context"),
    ("de", "Die Gewinne sanken um 8 Prozent, so die Jahresumfrage 2024 unter 400 Banken.\nZudem bauten 29 Prozent Stellen ab.",
     "29 Prozent", dt.date(2025, 3, 4), 2024, "context"),
    # ... not a study a comparison leads to, nor a year past the end of its clause
    ("en", "Just 12 percent paid in cash, down from 31 percent in our first survey in 2016.\nAlso, 29 percent pay by card.",
     "29 percent", dt.date(2024, 1, 14), 2024, "published"),
    ("en", "Some 38 percent avoid the tills, compared with 28 percent in the 2019 survey.\nAlso, 29 percent pay by card.",
     "29 percent", dt.date(2025, 1, 14), 2025, "published"),
    ("de", "Gern lesen 62 Prozent der befragten Kinder – 2019 waren es noch 70 Prozent.\nZudem zahlen 29 Prozent mit Karte.",
     "29 Prozent", dt.date(2025, 1, 14), 2025, "published"),
    # ... and the relative clause set off by commas that follows that phrase
    ("de", "Nach einer Umfrage des Verbands unter 2.000 Mitgliedern aus Handel und Handwerk, die im Herbst 2023 durchgeführt wurde, "
     "sind 34 Prozent zufrieden.\n29 Prozent klagen über Stress.", "29 Prozent", dt.date(2024, 6, 1), 2023, "context"),
    ("en", "In a survey of 2,000 members of the trade union and their families, which was carried out in May 2023, "
     "34 percent were satisfied.\nAlso, 29 percent complained.", "29 percent", dt.date(2024, 6, 1), 2023, "context"),
    ("en", "A study of firms since 2010 finds 34 percent grew.\nAlso, 29 percent shrank.", "29 percent", dt.date(2024, 6, 1), 2024, "published"),
    # a study named as an earlier one gives no study year
    ("de", "Seit der letzten Erhebung im Jahr 2021 ist der Anteil gestiegen.\nHeute sparen 34 Prozent.", "34 Prozent", dt.date(2024, 6, 1), 2024, "published"),
    ("en", "Since the previous survey in 2021, the share has grown.\nToday 34 percent save.", "34 percent", dt.date(2024, 6, 1), 2024, "published"),
    ("de", "Bei der Vorgängerstudie 2021 waren es 52 Prozent.\nHeute sparen 34 Prozent.\nBefragt wurden im Mai 2024 rund 1.000 Personen.",
     "34 Prozent", dt.date(2025, 1, 14), 2024, "context"),
    # a German compound ends with the study word
    ("de", "Ergebnisse der Verbraucherumfrage 2019. 72 Prozent kaufen online.", "72 Prozent", dt.date(2021, 3, 1), 2019, "context"),
    ("de", "Ergebnisse des Mikrozensus 2012. Verglichen mit 1991 stieg die Zahl der Haushalte um 15 Prozent.", "15 Prozent", None, 2012, "context"),
    # a relative time that counts from the time just named counts from the year the passage last gave a figure; "last year" from now
    ("de", "Im Jahr 2023 nutzten 40 Prozent der Firmen Cloud-Dienste. Im Vorjahr waren es 35 Prozent.", "35 Prozent", dt.date(2024, 5, 22), 2022, "context"),
    ("en", "In 2023, 40 percent of firms used cloud services. A year earlier, the share was 35 percent.", "35 percent", dt.date(2024, 5, 22), 2022, "context"),
    ("en", "In 2022, 40 percent of firms used cloud services. Last year, the share was 45 percent.", "45 percent", dt.date(2024, 5, 22), 2023, "published"),
    # the publication date, else nothing
    ("de", "Nur zwei Prozent der Unternehmen reagieren.", "zwei Prozent", dt.date(2013, 1, 14), 2013, "published"),
    ("de", "Nur zwei Prozent der Unternehmen reagieren.", "zwei Prozent", None, None, "none"),
    # a year that is part of a name is no year
    ("en", "Most adults (69.7%) met the Healthy People 2020 goals.", "69.7%", dt.date(2012, 1, 1), 2012, "published"),
    # a year set off by commas or in brackets right before the figure is its own
    ("de", "Vor der Pandemie, im Jahr 2019, waren es 3 Prozent.", "3 Prozent", dt.date(2022, 1, 5), 2019, "sentence"),
    ("en", "Before the pandemic, in 2019, it was 3 percent.", "3 percent", dt.date(2022, 1, 5), 2019, "sentence"),
    ("de", "Der Anteil stieg (2019: 40 Prozent) auf 45 Prozent.", "40 Prozent", dt.date(2022, 1, 5), 2019, "sentence"),
    ("de", "Der Anteil stieg (2019: 40 Prozent) auf 45 Prozent.", "45 Prozent", dt.date(2022, 1, 5), 2022, "published"),
    # so many years before the study
    ("de", "Die Umfrage ist von 2015. Noch vor 15 Jahren waren es 30 Prozent.", "30 Prozent", None, 2000, "context"),
    ("en", "The survey ran in 2015. Fifteen years ago 30 percent of adults agreed.", "30 percent", None, 2000, "context"),
    # an opening phrase that names the study dates its sentence, and the study's year the article, however long its name
    ("en", "In the agency's 2022 National Commuter Survey, 31 percent of workers drove alone.\n\nOnly 12 percent cycled to work.",
     "31 percent", dt.date(2023, 5, 1), 2022, "sentence"),
    ("en", "In the agency's 2022 National Commuter Survey, 31 percent of workers drove alone.\n\nOnly 12 percent cycled to work.",
     "12 percent", dt.date(2023, 5, 1), 2022, "context"),
    # the fieldwork named with a verb, and an archive date
    ("de", "40 Prozent der Bürger sind zufrieden. Befragt wurden im Januar 2000 insgesamt 2.100 Bürger.", "40 Prozent", None, 2000, "context"),
    # where nothing dates the article, the year its passage last gave a figure; not across passages
    ("de", "Für 2022 weist die Statistik eine Quote von 12 Prozent aus. Damit lag sie 3 Prozent über dem Schnitt.", "3 Prozent", None, 2022, "context"),
    ("en", "In 2022 the rate was 12 percent. Men were at 14 percent.", "14 percent", None, 2022, "context"),
    ("en", "In 2022 the rate was 12 percent.\n\nMen were at 14 percent.", "14 percent", None, None, "none"),
    # ... unless an undated figure of an earlier sentence came before that year, which then looks back
    ("de", "Heute sparen 36 Prozent der Haushalte. 2019 lag der Anteil noch bei 29 Prozent. Mieter sparen seltener (31 Prozent).",
     "31 Prozent", None, None, "none"),
    ("en", "Some 36 percent of households save. In 2019 the share was still 29 percent. Renters save less often (31 percent).",
     "31 percent", None, None, "none"),
    # ... of an earlier sentence: a year of the undated figure's own sentence is carried on
    ("de", "Die Quote der Jungen (14 Prozent) lag 2021 vier Prozentpunkte über jener der Mädchen (10 Prozent).",
     "10 Prozent", None, 2021, "context"),
    ("en", "The rate among boys (14 percent) stood in 2021 four percentage points above that of girls (10 percent).",
     "10 percent", None, 2021, "context"),
    # ... nor to a figure whose sentence says when of its own, where nothing resolves it
    ("de", "Im Jahr 2021 lag der Anteil bei 38 Prozent. Jetzt kaufen 31 Prozent online.", "31 Prozent", None, None, "none"),
    ("en", "In 2021 the share was 38 percent. Today 31 percent shop online.", "31 percent", None, None, "none"),
    # ... also where that time stands in another part of the sentence
    ("de", "Im Jahr 2021 lag der Anteil bei 38 Prozent. Jetzt setzt sich der Trend fort: Der Anteil wuchs auf 31 Prozent.",
     "31 Prozent", None, None, "none"),
    ("en", "In 2021 the share was 38 percent. Now the trend goes on: the share grew to 31 percent.", "31 percent", None, None, "none"),
    ("en", "In 2022 the rate was 12 percent. Men were at 14 percent.", "14 percent", dt.date(2023, 1, 2), 2023, "published"),
    # a year in a time phrase after a figure dates that figure, not the next one
    ("de", "Der Anteil stieg von 30 Prozent im Jahr 2019 auf 45 Prozent im Jahr 2023.", "30 Prozent", None, 2019, "sentence"),
    ("en", "The share rose from 30 percent in the year 2019 to 45 percent in the year 2023.", "30 percent", None, 2019, "sentence"),
    # a bracket that closes the sentence and says only when its figures stood dates them
    ("de", "Rund 45 Prozent der Mieter zahlen mehr als ein Drittel ihres Einkommens (Stand: Ende 2024).", "Rund 45 Prozent",
     dt.date(2025, 2, 12), 2024, "sentence"),
    ("en", "About 45 percent of renters spend more than a third of their income on rent (as of late 2024).", "About 45 percent",
     dt.date(2025, 2, 12), 2024, "sentence"),
    # an opening phrase of time alone dates the sentence, however long ("In the 12 months to June 2024, …")
    ("en", "In the 12 months to June 2024, 45 percent of voters opposed the plan.", "45 percent", dt.date(2025, 3, 3), 2024, "sentence"),
    ("de", "In den zwölf Monaten bis Juni 2024 lehnten 45 Prozent der Wähler den Plan ab.", "45 Prozent", dt.date(2025, 3, 3), 2024, "sentence"),
    # commas around "respectively" end no clause: the year after them is the figures'
    ("en", "Insurance covered 19% of dogs and 8% of cats, up from 14% and 5%, respectively, in 2022.", "14%", dt.date(2024, 3, 1), 2022,
     "sentence"),
    ("en", "Insurance covered 19% of dogs and 8% of cats, up from 14% and 5%, respectively, in 2022.", "5%", dt.date(2024, 3, 1), 2022,
     "sentence"),
    # the clause after the figures that says who reports them dates them, and the figures after them in the passage
    ("en", "LED bulbs use up to 80% less power than old bulbs, a 2022 laboratory comparison found. Only 25 percent of homes use them.",
     "up to 80%", dt.date(2025, 1, 9), 2022, "sentence"),
    ("en", "LED bulbs use up to 80% less power than old bulbs, a 2022 laboratory comparison found. Only 25 percent of homes use them.",
     "25 percent", dt.date(2025, 1, 9), 2022, "context"),
    ("de", "LED-Lampen verbrauchen bis zu 80 Prozent weniger Strom, wie ein Labortest aus dem Jahr 2022 zeigte. Nur 25 Prozent der "
     "Haushalte nutzen sie.", "bis zu 80 Prozent", dt.date(2025, 1, 9), 2022, "sentence"),
    ("de", "LED-Lampen verbrauchen bis zu 80 Prozent weniger Strom, wie ein Labortest aus dem Jahr 2022 zeigte. Nur 25 Prozent der "
     "Haushalte nutzen sie.", "25 Prozent", dt.date(2025, 1, 9), 2022, "context"),
    # the baseline of a comparison keeps its year to itself
    ("en", "Isolation rose by 6 percentage points compared with a survey in 2020.", "6 percentage points", dt.date(2021, 3, 3), 2021, "published"),
    # the same year is the year the passage named last, also after the figure
    ("de", "Discounter bauten ihren Marktanteil 2021 auf 46,5 Prozent aus. Supermärkte büßten im selben Jahr rund 3 Prozent ein.",
     "rund 3 Prozent", dt.date(2023, 5, 1), 2021, "context"),
    ("en", "Discounters grew their share to 46.5 percent in 2021. Supermarkets lost about 3 percent of sales in the same year.",
     "about 3 percent", dt.date(2023, 5, 1), 2021, "context"),
    # a figure set off by dashes and a threshold in what its group does share their clause's year
    ("en", "Nearly half of renter households — 49.7% — spent more than 30% of their income on rent in 2023.", "49.7%", dt.date(2024, 9, 3), 2023, "sentence"),
    ("de", "Fast jeder zweite Mieterhaushalt – 49,7 Prozent – zahlte im Jahr 2023 mehr als 30 Prozent seines Einkommens "
           "für die Miete.", "49,7 Prozent", dt.date(2024, 9, 3), 2023, "sentence"),
    # the other side of the lead's comparison reports no year for the article
    ("en", "Cycling rose to 14 percent, up from 7 percent in 2017, according to the survey released today.\n\n"
           "Driving fell to 48 percent.", "48 percent", dt.date(2022, 6, 7), 2022, "published"),
    ("de", "Der Radanteil stieg auf 14 Prozent, nach 7 Prozent im Jahr 2017, wie aus der heute vorgestellten Umfrage hervorgeht.\n\n"
           "Das Auto nutzen 48 Prozent.", "48 Prozent", dt.date(2022, 6, 7), 2022, "published"),
    # a sentence that opens with a year is no part of the study sentence before it
    ("de", "Für die Studie wurden im Januar 2.500 Menschen befragt. 2023 hatten 74 Prozent eine Reise unternommen.\n\n"
           "Deutschland bleibt mit 32 Prozent das beliebteste Ziel.", "32 Prozent", dt.date(2024, 3, 3), 2024, "published"),
    ("en", "For the study, 2,500 people were surveyed in January. 2023 saw 74 percent take a trip.\n\n"
           "Spain remains the top destination at 32 percent.", "32 percent", dt.date(2024, 3, 3), 2024, "published"),
    # a change and the level it leads to share their clause's year
    ("de", "Die Quote sank 2023 um 0,4 Prozentpunkte auf 6,8 Prozent.", "6,8 Prozent", dt.date(2024, 3, 3), 2023, "sentence"),
    ("en", "The rate fell by 0.4 percentage points to 6.8 percent in 2023.", "0.4 percentage points", dt.date(2024, 3, 3), 2023, "sentence"),
    # a relative time after a comparison's cue is its baseline's, not the next clause's
    ("de", "Ein Drittel der Befragten plant, mehr Geld auszugeben als im Vorjahr, 21 Prozent wollen weniger ausgeben.", "21 Prozent", dt.date(2024, 3, 3), 2024, "published"),
    ("en", "A third of respondents plan to spend more than in the previous year, 21 percent want to spend less.", "21 percent", dt.date(2024, 3, 3), 2024, "published"),
    # a study named as the one before is no study year
    ("de", "Die vorangegangene Erhebung lief im Jahr 2020.\n\nHeute sind 84 Prozent dafür.\n\nBefragt wurden im November 2023 "
           "insgesamt 4.002 Personen.", "84 Prozent", dt.date(2024, 2, 14), 2023, "context"),
    ("en", "The preceding survey ran in 2020.\n\nToday 84 percent are in favour.\n\nIn November 2023, 4,002 people were surveyed.",
     "84 percent", dt.date(2024, 2, 14), 2023, "context"),
    # nor the study of the earlier value a figure is compared with
    ("de", "Heute sind 84 Prozent dafür, nach 81 Prozent bei der Erhebung im Jahr 2020.\n\nBefragt wurden im November 2023 "
           "insgesamt 4.002 Personen.", "84 Prozent", dt.date(2024, 2, 14), 2023, "context"),
    # the year of the line that names the source is the study year
    ("de", "Radunfälle: Mehr Verletzte\n\nDie Zahl der Unfälle mit Pedelecs stieg um 27 Prozent.\n\nQuelle: Unfallbilanz 2021 der Verkehrswacht",
     "27 Prozent", dt.date(2022, 7, 5), 2021, "context"),
    ("en", "Cycling accidents rise\n\nCrashes involving e-bikes rose 27 percent.\n\nSource: Road Safety Review 2021, Transport Trust", "27 percent", dt.date(2022, 7, 5), 2021, "context"),
    # and so is the year of a line that says how the figures were gathered, figures of its own or not, over a study named beside figures
    ("de", "Radunfälle: Mehr Verletzte\n\nDie Zahl der Unfälle mit Pedelecs stieg um 27 Prozent. Laut einer Umfrage von 2021 fühlen "
           "sich 40 Prozent unsicher.\n\nMethodik: Für die Erhebung 2022 wurden 5 Prozent der Fälle nachgeprüft.", "27 Prozent", dt.date(2023, 7, 5), 2022, "context"),
    ("en", "Cycling accidents rise\n\nCrashes involving e-bikes rose 27 percent. In a 2021 poll, 40 percent felt unsafe.\n\n"
           "Methodology: For the 2022 review, 5 percent of cases were checked again.", "27 percent", dt.date(2023, 7, 5), 2022, "context"),
    # a verb of asking names the study as a study word does
    ("en", "Of the 5,300 residents questioned in October 2024, 24 percent cycle to work.\n\nBuses carry 22 percent of commuters.",
     "22 percent", None, 2024, "context"),
    ("de", "Von den 5.300 im Oktober 2024 interviewten Einwohnern fahren 24 Prozent mit dem Rad.\n\nBusse befördern 22 Prozent der "
           "Pendler.", "22 Prozent", None, 2024, "context"),
    # a sentence about the study alone (its fieldwork) dates it before a study named beside figures, which may be an earlier one
    ("en", "In the center's 2021 poll, 24 percent trusted podcasts.\n\nToday 19 percent do.\n\nThe center interviewed 1,204 adults "
           "in November 2023.", "19 percent", dt.date(2024, 1, 8), 2023, "context"),
    ("de", "In der Umfrage des Zentrums von 2021 vertrauten 24 Prozent den Podcasts.\n\nHeute sind es 19 Prozent.\n\nDas Zentrum "
           "befragte im November 2023 insgesamt 1.204 Erwachsene.", "19 Prozent", dt.date(2024, 1, 8), 2023, "context"),
    # a day's full stop before its month ends no sentence about the study
    ("de", "Bei der ersten Umfrage im Jahr 2019 waren es 61 Prozent.\n\nHeute sind es 72 Prozent.\n\nFür die Umfrage wurden zwischen "
           "dem 4. März und dem 15. April 2024 Mitglieder angeschrieben.", "72 Prozent", dt.date(2024, 6, 5), 2024, "context"),
    # a year after a comma names no study with the word before the comma
    ("de", "Mitglied in einem Verein sind 42 Prozent der Befragten, 2019 waren es 51 Prozent. Ein Buch lesen 29 Prozent täglich.",
     "29 Prozent", dt.date(2023, 11, 14), 2023, "published"),
    ("en", "Club members were 42 percent of those surveyed, 2019 saw 51 percent. Some 29 percent read a book daily.",
     "Some 29 percent", dt.date(2023, 11, 14), 2023, "published"),
    # a when-clause after a comma is about the year just named; a comparison's "als" is none
    ("en", "Use has tripled since 2010, when a mere 11 percent used it.", "11 percent", dt.date(2015, 1, 8), 2010, "sentence"),
    ("de", "Die Nutzung hat sich seit 2010 verdreifacht, als erst 11 Prozent es nutzten.", "11 Prozent", dt.date(2015, 1, 8), 2010, "sentence"),
    ("de", "29 Prozent lesen täglich ein Buch (2021: 30 Prozent), Mädchen (37 Prozent) häufiger als Jungen (21 Prozent).", "21 Prozent",
     dt.date(2023, 11, 14), 2023, "published"),
    # ... and not the year of a study it names as an earlier one
    ("en", "A survey of 4,100 tenants compared this spring's results with its previous survey from 2022.\n\nThe median household "
           "spends 32 percent of its income on rent.", "32 percent", dt.date(2025, 4, 27), 2025, "published"),
    ("de", "Eine Umfrage unter 4.100 Mieterhaushalten verglich die Ergebnisse mit der vorigen Umfrage aus dem Jahr 2022.\n\n"
           "Der mittlere Haushalt zahlt 32 Prozent seines Einkommens für die Miete.", "32 Prozent", dt.date(2025, 4, 27), 2025, "published"),
]


@pytest.mark.parametrize("lang,text,mention,published,year,source", CASES)
def test_year_and_source(lang, text, mention, published, year, source):
    assert year_of(text, mention, published) == (year, source)


@pytest.mark.parametrize("text,mention,year", [
    ("Das Gesetz kam 2016. Damals sagten 29 Prozent der Eltern nein.", "29 Prozent", 2016),
    ("Die erste Welle lief 2016. Seinerzeit lehnten 40 Prozent den Plan ab, heute sind es 31 Prozent.", "40 Prozent", 2016),
    ("Die erste Welle lief 2016. Seinerzeit lehnten 40 Prozent den Plan ab, heute sind es 31 Prozent.", "31 Prozent", 2023),
    ("We compare with our first wave in 2016. Back then, 29 percent of parents said no.", "29 percent", 2016),
    ("The first wave ran in 2016. At that time 40 percent opposed the plan; today 31 percent do.", "31 percent", 2023),
])
def test_then_is_the_year_named_before(text, mention, year):
    assert year_of(text, mention, dt.date(2023, 5, 1))[0] == year


@pytest.mark.parametrize("lang,text,mention,year", [
    ("de", "Wie das Landesamt am Dienstag mitteilte, lebten im Jahr 2022 rund 18 Prozent der Kinder in Armut.\n\n"
           "Bei Alleinerziehenden lag die Quote bei 41 Prozent.\n\nFünf Jahre zuvor waren es 39 Prozent.", "41 Prozent", 2022),
    ("de", "Wie das Landesamt am Dienstag mitteilte, lebten im Jahr 2022 rund 18 Prozent der Kinder in Armut.\n\n"
           "Bei Alleinerziehenden lag die Quote bei 41 Prozent.\n\nFünf Jahre zuvor waren es 39 Prozent.", "39 Prozent", 2017),
    ("en", "Households recycled 44 percent of their waste in 2022, according to figures published on Tuesday.\n\n"
           "In the capital the rate was 33 percent.\n\nA year earlier it was 35 percent.", "33 percent", 2022),
    ("en", "Households recycled 44 percent of their waste in 2022, according to figures published on Tuesday.\n\n"
           "In the capital the rate was 33 percent.\n\nA year earlier it was 35 percent.", "35 percent", 2021),
    # what a group says names no source: the article's date stays
    ("en", "In 2019, 45 percent of adults said they saved.\n\nIn the capital it is 50 percent.", "50 percent", 2023),
    ("de", "Im Jahr 2019 sagten 45 Prozent der Erwachsenen, sie sparten.\n\nIn der Hauptstadt sind es 50 Prozent.", "50 Prozent", 2023),
])
def test_the_year_a_lead_reports_with_its_source_dates_the_article(lang, text, mention, year):
    assert year_of(text, mention, dt.date(2023, 6, 1))[0] == year


@pytest.mark.parametrize("lang,text,mention,year", [
    ("en", "The rate climbed to 58 per cent, according to figures released by the statistics office on 21 August 2024.\n\n"
           "Part-time work is common: some 44 per cent work part-time.\n\nA year earlier it was 41 per cent.", "some 44 per cent", 2024),
    ("en", "The rate climbed to 58 per cent, according to figures released by the statistics office on 21 August 2024.\n\n"
           "Part-time work is common: some 44 per cent work part-time.\n\nA year earlier it was 41 per cent.", "41 per cent", 2023),
    ("de", "Wie das Landesamt mitteilte, stieg die Quote im Jahr 2024 auf 58 Prozent.\n\n"
           "Teilzeit ist häufig: Rund 44 Prozent arbeiten in Teilzeit.\n\nIm Vorjahr waren es 41 Prozent.", "Rund 44 Prozent", 2024),
    ("de", "Wie das Landesamt mitteilte, stieg die Quote im Jahr 2024 auf 58 Prozent.\n\n"
           "Teilzeit ist häufig: Rund 44 Prozent arbeiten in Teilzeit.\n\nIm Vorjahr waren es 41 Prozent.", "41 Prozent", 2023),
])
def test_the_year_a_lead_reports_with_its_source_dates_an_article_without_a_date(lang, text, mention, year):
    assert year_of(text, mention, None)[0] == year


@pytest.mark.parametrize("lang,text,mention", [
    ("en", "Trust in Local News\n\nCentre for Civic Life | Report summary | 28 January 2025\n\nThe survey ran in spring 2024.\n\n"
           "Trust is highest in the North, at 66%.", "66%"),
    ("de", "Vertrauen in Lokalnachrichten\n\nInstitut für Medien | Bericht | 28. Januar 2025\n\nDie Umfrage lief im Frühjahr 2024.\n\n"
           "Im Norden vertrauen 66 Prozent den Zeitungen.", "66 Prozent"),
])
def test_the_line_that_dates_the_article_names_no_study_year(lang, text, mention):
    assert year_of(text, mention, dt.date(2025, 1, 28)) == (2024, "context")


@pytest.mark.parametrize("lang,text,mention", [
    ("de", "Das Barometer befragt seit 2018 alle zwei Jahre rund 4.000 Menschen. Die vierte Welle wurde im Herbst 2024 erhoben.\n\n"
           "Heute nutzen 57 Prozent der Befragten das Auto.", "57 Prozent"),
    ("en", "The barometer has polled about 4,000 people every two years since 2018. The fourth wave was fielded in autumn 2024.\n\n"
           "Today 57 percent of respondents drive.", "57 percent"),
])
def test_the_start_of_a_period_is_no_study_year_the_fieldwork_is(lang, text, mention):
    assert year_of(text, mention, dt.date(2025, 1, 28)) == (2024, "context")


@pytest.mark.parametrize("title,text,mention,published,year", [
    ("Pivot Studie 2013", "Pivot Studie 2013\nHeute verfolgen dieses Ziel noch knapp 60%.", "knapp 60%", None, 2013),
    # a year after a German common noun is the year reported, not part of a name
    ("Weinbau 2023: Ernte gestiegen", "Weinbau 2023: Ernte gestiegen\n\nDie Ernte stieg um 4 Prozent.", "4 Prozent", dt.date(2024, 2, 1), 2023),
    # a period names the time reported, whatever word stands before it
    ("Gardening 2016–2022: Fewer Allotments", "Gardening 2016–2022: Fewer Allotments\n\nWaiting lists grew 9 percent.", "9 percent", dt.date(2023, 3, 1), 2022),
    ("Ehrenamt 2018–2022 im Überblick", "Ehrenamt 2018–2022 im Überblick\n\nDie Zahl der Vereine sank um 3 Prozent.", "3 Prozent", dt.date(2023, 3, 1), 2022),
])
def test_year_from_title_is_context(title, text, mention, published, year):
    assert year_of(text, mention, published, title=title) == (year, "context")


@pytest.mark.parametrize("title,text,mention,published,year", [
    # a title's year after the article's own names a plan or a forecast: the source line names the study
    ("Insulation, solar panels: what owners plan for 2025",
     "Insulation, solar panels: what owners plan for 2025\n\nAbout 45% plan new insulation.\n\nSource: Home Barometer 2024, survey of 1,000 owners.",
     "About 45%", dt.date(2024, 12, 2), 2024),
    ("Dämmung, Solarmodule: Was Eigentümer für 2025 planen",
     "Dämmung, Solarmodule: Was Eigentümer für 2025 planen\n\nEtwa 45 Prozent planen eine Dämmung.\n\nQuelle: Wohnbarometer 2024, Umfrage unter 1.000 Eigentümern.",
     "Etwa 45 Prozent", dt.date(2024, 12, 2), 2024),
])
def test_a_title_year_after_the_articles_own_is_no_study_year(title, text, mention, published, year):
    """Also where a word of the title names a study ("panels"): the title is read once, as a title."""
    assert year_of(text, mention, published, title=title) == (year, "context")


@pytest.mark.parametrize("lang,text,names_study", [
    ("en", "the 2023 surveys", True), ("en", "adults surveyed in May", True), ("en", "By Staff Reporter | 14 November 2023", False),
    ("en", "fielded in autumn 2024", True), ("de", "wurde im Herbst 2024 erhoben", True),
    ("de", "die Verbraucherumfrage 2023", True), ("de", "Umfrageergebnisse 2023", True), ("de", "Von Jana Roth | 05.06.2023", False),
])
def test_a_study_word_is_a_whole_word_or_a_compounds_part(lang, text, names_study):
    assert bool(study_word(lang).search(text)) == names_study
