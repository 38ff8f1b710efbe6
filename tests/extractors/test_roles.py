"""Subject and population of claims, read from the parse, per language and per sentence shape.

Every sentence is invented for its shape; the trained pipelines in models/ parse them.
"""

import pytest

from extractors.pipeline import RULE_COMPONENTS, base_pipeline
from tests.extractors.conftest import only_mention

# (shape, text, mention, subject, population); a population of None: the sentence names none.
LIST_DE = "Lehrer (45 Prozent) und Eltern (30 Prozent) nutzen Podcasts häufig, Schüler (20 Prozent) und Studenten (10 Prozent) deutlich seltener."
ARTICLES_DE = "Als Gründe nennen die Befragten die Miete (61 Prozent), den Lärm (44 Prozent) und das Wetter (39 Prozent)."
ARTICLES_EN = "As reasons, renters named the rent (61%), the noise (44%) and the weather (39%)."
LIST_EN = "Teachers (45 percent) and parents (30 percent) use podcasts often, students (20 percent) and pupils (10 percent) far less."

DE = [
    ("separable verb alone in a relative clause", "Am stärksten stiegen die Preise in Berlin, wo die Mieten um 11 Prozent zulegten.",
     "11 Prozent", "legten zu", "Mieten"),
    ("share of an amount in the genitive singular", "Laut Amt geben 14 Prozent der Haushalte mehr als 40 Prozent ihres Einkommens für die Miete aus.",
     "mehr als 40 Prozent", "geben für die Miete aus", "Einkommen"),
    ("object fronted, parsed as the subject, the figure for the object", "Aktien und Fonds besitzen nur 19 Prozent der Befragten.",
     "19 Prozent", "besitzen Aktien und Fonds", "Befragte"),
    ("part noun with the whole it is a share of", "Der Anteil der Kartenzahlungen am Umsatz im Einzelhandel stieg auf 42 Prozent.",
     "42 Prozent", "Kartenzahlungen", "Umsatz im Einzelhandel"),
    ("relative clause with a figure for its subject: the relative word is the object", "Beliebt ist das Sparbuch, das 38 Prozent nutzen.",
     "38 Prozent", "nutzen Sparbuch", None),
    ("verb saying what share of a whole its subject makes up", "Elektroautos machten 14,6 Prozent aller Neuzulassungen aus.",
     "14,6 Prozent", "Elektroautos", "Neuzulassungen"),
    ("verb saying what share of a whole its subject makes up", "Frauen stellen 40 Prozent der Beschäftigten.", "40 Prozent", "Frauen", "Beschäftigte"),
    ("figures a study found, each with its side", "Die Umfrage ergab 57 Prozent Zustimmung und 36 Prozent Ablehnung.",
     "36 Prozent", "Ablehnung", None),
    ("figure parsed as the predicate of a copula, a sentence adverb taken for its subject",
     "Demnach sind 40 Prozent der Erwachsenen täglich online.", "40 Prozent", "sind täglich online", "Erwachsene"),
    ("part noun's group with a relative clause", "Der Anteil der Firmen, die ihre Preise erhöhten, sank auf 25 Prozent.",
     "25 Prozent", "ihre Preise erhöhten", "Firmen"),
    ("bracketed figure after one thing that is the subject: its share", "Die Bahn (40 Prozent) liegt knapp vor dem Auto.",
     "40 Prozent", "Bahn", None),
    ("bracketed figure after a plural subject its verb agrees with", "Lehrer (45 Prozent) wollen kleinere Klassen.",
     "45 Prozent", "wollen kleinere Klassen", "Lehrer"),
    ("clause that says who reports", "Der Umsatz der Händler ist 2023 um 3 Prozent gewachsen, wie der Branchenverband mitteilte.",
     "3 Prozent", "ist gewachsen", "Umsatz der Händler"),
    ("study named before the verb, focus particles before the figure, a range of ages",
     "Nach einer Erhebung des Instituts rauchen nur noch 6 Prozent der 12- bis 17-Jährigen.",
     "6 Prozent", "rauchen", "12- bis 17-Jährige"),
    ("a bound without a number belongs to the verb", "Während 39 Prozent der Frauen über Stress klagen, sind es bei Männern weniger.",
     "39 Prozent", "klagen über Stress", "Frauen"),
    ("a bound with a number narrows the group", "Nur 20 Prozent der Frauen über 50 treiben regelmäßig Sport.",
     "20 Prozent", "treiben regelmäßig Sport", "Frauen über 50"),
    ("listed items without their articles", ARTICLES_DE, "44 Prozent", "Lärm", "Befragte"),
    ("listed items without their articles", ARTICLES_DE, "39 Prozent", "Wetter", "Befragte"),
    ("copula that ends a clause, a comma after the figure's group", "Allerdings glauben nur 35 Prozent der Befragten, dass die Reform in ihrem Betrieb umsetzbar wäre.",
     "35 Prozent", "glauben, dass die Reform in ihrem Betrieb umsetzbar wäre", "Befragte"),
    ("adverb between the figure's group and its verb", "Er sagt, dass 40 Prozent der Kunden online einkaufen.",
     "40 Prozent", "kaufen online ein", "Kunden"),
    ("figure as subject, genitive group", "91 Prozent aller befragten Unternehmen nutzen mindestens einen Kanal.",
     "91 Prozent", "nutzen mindestens einen Kanal", "befragte Unternehmen"),
    ("figure as subject, no group", "12 Prozent teilen diese Einschätzung nicht.",
     "12 Prozent", "teilen diese Einschätzung nicht", None),
    ("group on the clause", "Unter den befragten Händlern planen 45 Prozent neue Filialen.",
     "45 Prozent", "planen neue Filialen", "befragte Händler"),
    ("bracketed figure beside a measure's group", "Die Arbeitslosenquote der älteren Menschen (8 Prozent) sank zuletzt kaum.",
     "8 Prozent", "Arbeitslosenquote", "ältere Menschen"),
    ("bracketed figure beside members of a group", "Die Anhänger der Grünen (40 Prozent) sehen das anders.",
     "40 Prozent", "sehen das anders", "Anhänger der Grünen"),
    ("finite verb before the figure after a fronted clause", "Wie die Studie zeigt, nutzen 73 Prozent der Jugendlichen täglich soziale Medien.",
     "73 Prozent", "nutzen täglich soziale Medien", "Jugendliche"),
    ("verbless second clause adding an adverb", "Knapp zwei Drittel der Unternehmen setzen auf Homeoffice, jedes fünfte sogar vollständig.",
     "jedes fünfte", "setzen auf Homeoffice vollständig", None),
    ("verbless second clause with a participle for an adjective", "Mehr als 60 Prozent der Firmen rechnen mit steigenden Preisen, nur 8 Prozent mit sinkenden.",
     "8 Prozent", "rechnen mit sinkenden", None),
    ("relative clause on the group between commas", "Rund 60 Prozent der Befragten, die ein Auto besitzen, fahren täglich damit zur Arbeit.",
     "Rund 60 Prozent", "fahren täglich damit zur Arbeit", "Befragte, die ein Auto besitzen"),
    ("level reached", "Die Wahlbeteiligung erreichte 76,6 Prozent.", "76,6 Prozent", "Wahlbeteiligung", None),
    ("level of a measure for a group, after a time", "Die Arbeitslosenquote für junge Menschen stieg im März auf 6,1 Prozent.",
     "6,1 Prozent", "Arbeitslosenquote", "junge Menschen"),
    ("figure between commas restating a part, an adjective for its adverb", "Die Mehrheit der Befragten, genau 54 Prozent, hält Sparen für wichtig.",
     "54 Prozent", "hält Sparen für wichtig", "Befragte"),
    ("bracketed figure after a clause group, parsed apart from its verb", "Bei jedem dritten Unternehmen (33 Prozent) fehlen derzeit Fachkräfte.",
     "33 Prozent", "fehlen derzeit Fachkräfte", "Unternehmen"),
    ("figure between commas restating a part", "Ein Großteil der Befragten, nämlich 68 Prozent, lehnt ein Tempolimit ab.",
     "68 Prozent", "lehnt ein Tempolimit ab", "Befragte"),
    ("part of a whole", "Der Anteil der Raucher unter den Jugendlichen ist auf 7 Prozent gesunken.",
     "7 Prozent", "Raucher", "Jugendliche"),
    ("figure in a phrase framing the clause", "Für 57 Prozent der Verbraucher ist der Preis das wichtigste Kriterium.",
     "57 Prozent", "ist der Preis das wichtigste Kriterium", "Verbraucher"),
    ("prepositional phrase in a reported clause", "Fast 80 Prozent sagen, dass sie sich mehr Zeit für die Familie wünschen.",
     "Fast 80 Prozent", "wünschen sich mehr Zeit für die Familie", None),
    ("negation in a reported clause", "Rund ein Viertel der Eltern (26 Prozent) gibt an, dass sie die Bildschirmzeit ihrer Kinder nicht kontrollieren.",
     "26 Prozent", "kontrollieren die Bildschirmzeit ihrer Kinder nicht", "Eltern"),
    ("figure in brackets after a verb's complement", "Die Lehrer gaben an, dass sie sich gestresst fühlen (72 Prozent).",
     "72 Prozent", "fühlen sich gestresst", "Lehrer"),
    ("finite verb before the figure taken for its modifier, an adverb between", "So nutzen inzwischen 67 Prozent der Senioren ein Smartphone.",
     "67 Prozent", "nutzen ein Smartphone", "Senioren"),
    ("infinitive clause after a comma the parse set apart", "Knapp 40 Prozent der Befragten gaben an, im vergangenen Jahr mindestens einmal krank zur Arbeit gegangen zu sein.",
     "Knapp 40 Prozent", "gaben an, im vergangenen Jahr mindestens einmal krank zur Arbeit gegangen zu sein", "Befragte"),
    ("fronted argument clause", "Dass die Preise weiter steigen, erwarten 72 Prozent der Verbraucher.",
     "72 Prozent", "die Preise weiter steigen erwarten", "Verbraucher"),
    ("fronted argument clause of a question", "Ob die Reform gelingt, bezweifeln 58 Prozent der Befragten.",
     "58 Prozent", "die Reform gelingt, bezweifeln", "Befragte"),
    ("figure as the doer of a passive", "Die Kosten wurden von 41 Prozent der Befragten als Hauptgrund genannt.",
     "41 Prozent", "Die Kosten wurden genannt", "Befragte"),
    ("figure in brackets closing a passive clause", "Am häufigsten wurde Zeitmangel genannt (43 Prozent).",
     "43 Prozent", "wurde Zeitmangel genannt", None),
    ("figure in brackets closing a clause", "Die Befragten berichten, dass sie mehr Obst essen (40 Prozent) und weniger Fleisch kaufen.",
     "40 Prozent", "essen mehr Obst", "Befragte"),
    ("listed item after a verb the tagger took for an adjective", "Die Befragten nannten Kosten (61 Prozent), Mangel an Zeit (44 Prozent) und schlechten Service (23 Prozent).",
     "61 Prozent", "Kosten", None),
    ("listed item that ends in a time word as an attribute", "Die Befragten nannten Kosten (61 Prozent), Mangel an Zeit (44 Prozent) und schlechten Service (23 Prozent).",
     "44 Prozent", "Mangel an Zeit", None),
    ("listed item with a time phrase after it", "Die Beschäftigten wünschen sich vor allem ein Mittagessen jeden Tag (42 Prozent) und mehr Urlaub (39 Prozent).",
     "42 Prozent", "Mittagessen jeden Tag", "Beschäftigte"),
    ("fronted prepositional object", "An Rückenschmerzen leiden 20 Prozent der Befragten.",
     "20 Prozent", "leiden an Rückenschmerzen", "Befragte"),
    ("fronted span of time", "Vor 15 Jahren teilten 20 Prozent der Befragten diese Meinung.",
     "20 Prozent", "teilten diese Meinung", "Befragte"),
    ("level of a measure", "Die Arbeitslosenquote liegt bei 5 Prozent.",
     "5 Prozent", "Arbeitslosenquote", None),
    ("measure without a group", "Die Fehlertoleranz der Umfrage beträgt 3 Prozent.",
     "3 Prozent", "Fehlertoleranz der Umfrage", ""),
    ("change of a noun", "Der Umsatz der Händler ist um 10 Prozent gestiegen.",
     "10 Prozent", "ist gestiegen", "Umsatz der Händler"),
    ("bracketed part of a group", "Eine klare Mehrheit (77 Prozent) lehnt den Vorschlag ab.",
     "77 Prozent", "lehnt den Vorschlag ab", None),
    ("bracketed subject", "Viele Studenten (65 Prozent) kaufen lieber online ein.",
     "65 Prozent", "kaufen lieber online ein", "Studenten"),
    ("restated share", "Jeder Dritte (31 Prozent) wäre bereit, mehr zu zahlen.",
     "31 Prozent", "wäre bereit, mehr zu zahlen", None),
    ("figure with mit", "Mit 45 Prozent liegen die Frauen knapp vor den Männern.",
     "45 Prozent", "liegen knapp vor den Männern", "Frauen"),
    ("figure with mit on a noun", "Überdurchschnittlich vertreten sind Anhänger der Grünen mit 21 Prozent.",
     "21 Prozent", "vertreten", "Anhänger der Grünen"),
    ("figure with mit, verb first", "Mit 51 Prozent nutzen Angestellte das Büro am häufigsten.",
     "51 Prozent", "nutzen das Büro am häufigsten", "Angestellte"),
    ("share of a noun", "Jeder zehnte Deutsche hält die Zahl der Ausländer für zu hoch.",
     "Jeder zehnte", "hält die Zahl der Ausländer für zu hoch", "Deutsche"),
    ("shares of coordinated nouns", "Jedes fünfte Mädchen sowie jeder vierte Junge musste eine Klasse wiederholen.",
     "Jedes fünfte", "musste eine Klasse wiederholen", "Mädchen"),
    ("a verb the tagger took for an adjective", "91 Prozent der Firmen nutzen Videos, 45 % nutzen Podcasts.",
     "91 Prozent", "nutzen Videos", "Firmen"),
    ("verbless second clause", "12 Prozent möchten regelmäßig zu Hause arbeiten, 29 Prozent gelegentlich.",
     "29 Prozent", "möchten gelegentlich zu Hause arbeiten", None),
    ("comparison", "Bei Glätte fühlen sich 30 Prozent der Frauen unsicher, gegenüber 16 Prozent der Männer.",
     "16 Prozent", None, "Männer"),
    ("change of a counted group, a qualifier between", "Seit dem Vorjahr sank die Zahl der Ehepaare um gut 8 Prozent.",
     "gut 8 Prozent", "sank", "Ehepaare"),
    ("als without a comparative stays", "Damals galten 5 Prozent der Mädchen als fettleibig.",
     "5 Prozent", "galten als fettleibig", "Mädchen"),
    ("plural group not in the dative keeps its form", "In 29 Prozent der Haushalte leben drei Generationen.",
     "29 Prozent", "leben drei Generationen", "Haushalte"),
    ("the verb's reflexive and phrase, hung by the parse on the figure and its group",
     "Demnach halten sich 61 Prozent der Eltern für gute Vorbilder.", "61 Prozent", "halten sich für gute Vorbilder", "Eltern"),
    ("a first word the tagger took for a name the figure hangs on", "Bloß 17 Prozent ordnen sich als Laien ein.",
     "17 Prozent", "ordnen sich als Laien ein", None),
    ("a first adverb the tagger took for a noun", "Dahinter 30 Prozent wollen mehr Geld.",
     "30 Prozent", "wollen mehr Geld", None),
    ("listed item of a passive clause: the agent is the group",
     "Podcasts werden von Lehrern für Hausaufgaben (35 Prozent) und für Prüfungen (20 Prozent) genutzt.",
     "20 Prozent", "Prüfungen", "Lehrer"),
    ("an object after a share is no genitive group", "Unter den Lesern bewertet ein Viertel den neuen Teil gut.",
     "ein Viertel", "bewertet den neuen Teil gut", "Leser"),
    ("listed item with a phrase of its own, before another item",
     "Die Mitarbeiter wünschen sich bessere Technik (60 Prozent), mehr Zeit für Schulungen (45 Prozent) und Rücksicht auf ihre Familien (30 Prozent).",
     "45 Prozent", "mehr Zeit für Schulungen", "Mitarbeiter"),
    ("listed item ends at its figure, its noun's attribute and all",
     "Die Befragten nennen vor allem niedrige Preise (60 Prozent), die Auswahl an Marken (45 Prozent) und die Beratung durch einen Fachmann (30 Prozent).",
     "30 Prozent", "Beratung durch einen Fachmann", "Befragte"),
    ("a noun after als names a role, no group",
     "Als wichtigste Eigenschaften nennen die Befragten eine ruhige Art (89 %), das rechtzeitige Erkennen von Fehlern (83 %) und Rücksicht auf andere Mitarbeiter (81 %).",
     "81 %", "Rücksicht auf andere Mitarbeiter", "Befragte"),
    ("phrase between the group and the verb narrows the group",
     "Etwa 38 Prozent der Unternehmen aus dem Handel melden für das laufende Jahr sinkende Umsätze.",
     "Etwa 38 Prozent", "melden für das laufende Jahr sinkende Umsätze", "Unternehmen aus dem Handel"),
    ("reported speech after a comma, its subject a pronoun for the group",
     "73 Prozent der Befragten im aktuellen Deutschlandtrend erklären, sie fänden die neue Steuer ungerecht.",
     "73 Prozent", "fänden die neue Steuer ungerecht", "Befragte im aktuellen Deutschlandtrend"),
    ("truncated compound written out from the one coordinated after it",
     "Die Firmen investieren vor allem in Marken- (60 Prozent) und Produktwerbung (30 Prozent).",
     "60 Prozent", "Markenwerbung", "Firmen"),
    ("truncated compound inside the phrase stays as written", "In 40 Prozent der Firmen dient das Netz als Verkaufs- und Werbekanal.",
     "40 Prozent", "dient das Netz als Verkaufs- und Werbekanal", "Firmen"),
    ("a participle first opens an adverbial phrase, no group",
     "Verglichen mit dem Vorjahr ist die Zahl der Mitglieder um 5 Prozent gestiegen.", "5 Prozent", "ist gestiegen", "Mitglieder"),
    ("a participle first, the tagger's noun, is no group",
     "Gemessen am Umsatz hat der Anteil der Onlinekäufe um 3 Prozentpunkte zugenommen.", "3 Prozentpunkte", "hat zugenommen", "Onlinekäufe"),
    ("a verb's particle before a comma, the parse's preposition of the figure after it",
     "20 Prozent lehnen den Plan ab, 30 Prozent konnten sich in dieser Frage nicht entscheiden.",
     "20 Prozent", "lehnen den Plan ab", None),
    # a list of bracketed items that opens its clause names the groups; a verbless clause of such
    # a list after it takes the clause before, with its own words in place of the parallel ones
    ("list opening its clause", LIST_DE, "30 Prozent", "nutzen Podcasts häufig", "Eltern"),
    ("verbless list clause after it", LIST_DE, "20 Prozent", "nutzen Podcasts deutlich seltener", "Schüler"),
]

EN = [
    ("share of an amount: the subject says who spends it on what", "Shoppers spend 20 percent of their budget on food.",
     "20 percent", "Shoppers spend on food", "budget"),
    ("relative clause with a figure for its subject: the relative word is the object", "The top app is WhatsApp, which 60 percent of teens use daily.",
     "60 percent", "WhatsApp use daily", "teens"),
    ("verb saying what share of a whole its subject makes up", "Women make up 40 percent of the workforce.", "40 percent", "Women", "workforce"),
    ("verb saying what share of a whole its subject makes up", "Electric models accounted for 14.6 percent of all new registrations.",
     "14.6 percent", "Electric models", "new registrations"),
    ("measure named by a noun and its of-attribute", "The poll has a margin of error of plus or minus 3 percentage points.",
     "plus or minus 3 percentage points", "margin of error", ""),
    ("figure in an absolute phrase: a part of the clause's subject", "Independents are divided, with 51 percent in favor.",
     "51 percent", "in favor", "Independents"),
    ("figure in an absolute phrase with a verb", "Voters are split, with 45% saying they back the plan.",
     "45%", "back the plan", "Voters"),
    ("figure with its own group in an absolute phrase", "Habits vary among adults, with 20 percent of adults smoking daily.",
     "20 percent", "smoking daily", "adults"),
    ("figures a study found, each with its side", "The survey found 57 percent in favor and 36 percent opposed.",
     "36 percent", "opposed", None),
    ("figures a study found, after a participle clause", "The poll, conducted in May among voters, found 57 percent in favor and 36 percent opposed.",
     "57 percent", "in favor", None),
    ("adverb made the predicate by a copula", "A study finds that nearly half of teens (46%) say they are online almost constantly.",
     "46%", "are online almost constantly", "teens"),
    # "the share of X who Y rose to N%": the parser takes the main verb into the relative clause
    ("part noun's group with a relative clause before the main verb", "The share of owners who plan to hire rose to 19%.",
     "19%", "plan to hire", "owners"),
    ("part noun's group with a relative clause before the main verb", "The percentage of workers who telecommute fell to 12%.",
     "12%", "telecommute", "workers"),
    ("part noun's group with a relative clause before the main verb", "The share of adults who say they use TikTok has grown to 33%.",
     "33%", "use TikTok", "adults"),
    ("part noun's group with a relative clause, a compared figure after", "The share of adults who read no books rose to 17%, up from 8% in 1990.",
     "17%", "read no books", "adults"),
    ("part noun's group with a relative clause before a copula", "The share of Americans who own a smartphone is now 90%.",
     "90%", "own a smartphone", "Americans"),
    ("verb taken for an adverb in a clause after one with a verb", "Support is strong among Democrats, while only 29 percent of Republicans back the measure.",
     "29 percent", "back the measure", "Republicans"),
    ("bracketed figures after things that are the subject: their shares", "TikTok (63%) and Instagram (59%) follow.",
     "59%", "Instagram", None),
    ("clause that says who reports", "Sales at small shops rose 3 percent, as the trade group reported on Monday.",
     "3 percent", "rose", "Sales at small shops"),
    ("clause after the last comma that says who reports", "Sales of electric cars rose 37 percent in 2023, industry data show.",
     "37 percent", "rose", "Sales of electric cars"),
    ("a bound with a number narrows the group", "Only 20 percent of workers under 35 own a home.",
     "20 percent", "own a home", "workers under 35"),
    ("listed items without their articles", ARTICLES_EN, "44%", "noise", "renters"),
    ("listed items without their articles", ARTICLES_EN, "39%", "weather", "renters"),
    # a verb the tagger took for a noun or an adverb, so that the sentence had none
    ("verb taken for a noun after the figure", "About 40 percent feel lonely.", "About 40 percent", "feel lonely", None),
    ("verb taken for an adverb after the figure's group", "Some 29 percent of Republicans back the measure.",
     "Some 29 percent", "back the measure", "Republicans"),
    ("verb taken for a compound after the figure's group", "Only 12 percent of parents report problems with the app.",
     "12 percent", "report problems with the app", "parents"),
    ("list opening its clause", LIST_EN, "30 percent", "use podcasts often", "parents"),
    ("adverb between the figure's group and its verb", "About 45% of adults regularly exercise at home.",
     "About 45%", "regularly exercise at home", "adults"),
    ("copula that ends a clause", "Only 30 percent of voters know how high the tax is.",
     "30 percent", "know how high the tax is", "voters"),
    ("verbless list clause after it", LIST_EN, "20 percent", "use podcasts far less", "students"),
    ("subject without the other side of a comparative", "Now 59 percent of shoppers buy more food than when the pandemic began.",
     "59 percent", "buy more food", "shoppers"),
    ("figure as subject, of group", "Nearly 60% of marketers say they plan to increase their budgets.",
     "Nearly 60%", "plan to increase their budgets", "marketers"),
    ("figure as subject, no group", "Only 20 percent agreed with the plan.",
     "20 percent", "agreed with the plan", None),
    ("group on the clause", "Among small retailers, 45 percent expect higher sales.",
     "45 percent", "expect higher sales", "small retailers"),
    ("figure left alone by the parse: the verb after its group", "Almost three-quarters of those polled describe their shop as their main income.",
     "Almost three-quarters", "describe their shop as their main income", "those polled"),
    ("participle after the group, taken for the verb", "Some 45 percent of companies questioned expect lower sales.",
     "Some 45 percent", "expect lower sales", "companies questioned"),
    ("participle after the group, hung on the verb", "Overall, 45% of the adults surveyed said they would pay more.",
     "45%", "would pay more", "adults surveyed"),
    ("past tense verb after the group is the verb", "Some 30 percent of firms closed last year.",
     "Some 30 percent", "closed last year", "firms"),
    ("bracketed figure beside a measure's group", "The vaccination rate of older people (82 percent) barely rose.",
     "82 percent", "vaccination rate", "older people"),
    ("level of a measure", "The unemployment rate was 5 percent.",
     "5 percent", "unemployment rate", None),
    ("measure without a group", "The margin of error was plus or minus 3 percent.",
     "plus or minus 3 percent", "margin of error", ""),
    ("change of a noun", "Nursing jobs have increased 6 percent.",
     "6 percent", "have increased", "Nursing jobs"),
    ("bracketed part of a group", "A majority (54 percent) report spending less.",
     "54 percent", "report spending less", None),
    ("bracketed subject", "Most remote workers (65 percent) prefer a hybrid model.",
     "65 percent", "prefer a hybrid model", "remote workers"),
    ("participle clause after a comma adds a circumstance", "Most nurses (60 percent) prefer day shifts, citing better sleep and family time.",
     "60 percent", "prefer day shifts", "nurses"),
    ("listed item", "Consumers bought food and water (87 percent), toiletries (81 percent) and soap (65 percent).",
     "81 percent", "toiletries", "Consumers"),
    ("phrase between the group and the verb narrows the group", "Some 30 percent of drivers in big cities have never used a bus.",
     "Some 30 percent", "have never used a bus", "drivers in big cities"),
    ("phrase between the group and the verb narrows the group, after that",
     "The survey found that 35 percent of teachers in public schools have bought supplies with their own money.",
     "35 percent", "have bought supplies with their own money", "teachers in public schools"),
    ("heading in title case, parsed in lower case", "Half of Small Firms Plan to Hire More Staff This Year",
     "Half", "Plan to Hire More Staff This Year", "Small Firms"),
    ("heading in title case, the noun after a share of N in M", "6 in 10 Workers Expect Smaller Pay Rises",
     "6 in 10", "Expect Smaller Pay Rises", "Workers"),
    ("adjective after the group in a clause without a verb", "Three-Quarters of Parents Unhappy with School Meals",
     "Three-Quarters", "Unhappy with School Meals", "Parents"),
    ("listed item ends at its figure, its noun's attribute and all",
     "Shoppers want low prices (60%), a wide choice of brands (45%) and advice from an expert on the products (30%).",
     "45%", "wide choice of brands", "Shoppers"),
    ("listed item with a phrase of its own",
     "Shoppers want low prices (60%), a wide choice of brands (45%) and advice from an expert on the products (30%).",
     "30%", "advice from an expert on the products", "Shoppers"),
    ("a noun after as names a role, no group",
     "As the most important traits, respondents named a calm manner (89%), the early detection of errors (83%) and respect for other staff (81%).",
     "83%", "early detection of errors", "respondents"),
    ("listed item of a passive clause: the agent is the group",
     "Podcasts are used by teachers to “explain homework” (35 percent) and “prepare tests” (20 percent).",
     "20 percent", "prepare tests", "teachers"),
    ("bracketed figure closing its clause, beside a figure that is no listed item",
     "Households still avoid crowded stores (48 percent), and 65 percent say they will wait.",
     "48 percent", "avoid crowded stores", "Households"),
    ("a group after for opens the sentence; the measured noun's phrase ends at the comma",
     "For those aged 65 and older, internet use has risen to 40 percent since 2010.", "40 percent", "internet use", "those aged 65 and older"),
    ("the group a sentence opens with ends at its comma", "Among those who have a pet, most (70 percent) named a dog as their favourite.",
     "70 percent", "named a dog as their favourite", "those who have a pet"),
    ("a verb after the figure that the tagger took for a noun", "About 40 percent report that they sleep badly.",
     "About 40 percent", "sleep badly", None),
    ("restated share of N in M", "About one in three (33%) have never voted.", "33%", "have never voted", None),
    ("restated share", "Nearly half (47 percent) of the parents said they worry about screen time.",
     "47 percent", "worry about screen time", "parents"),
    ("verbless second clause", "Nearly 45 percent of men exercise daily, 30 percent weekly.",
     "30 percent", "exercise weekly", None),
    ("verbless second clause adding an adverb", "About 60 percent of firms allow remote work, 20 percent fully.",
     "20 percent", "allow remote work fully", None),
    ("verbless second clause in place of its parallel phrase", "Some 30 percent of children suffered from a cough at night, 20 percent from a fever.",
     "20 percent", "suffered from a fever at night", None),
    ("comparison", "Some 40 percent of adults used social media, compared with 78 percent in 2010.",
     "78 percent", None, None),
    ("comparison with a clause of its own",
     "A majority (54 percent) report spending less, versus just 26 percent who said so in June.",
     "26 percent", "said so in June", None),
    ("level reached", "Turnout reached 76.6 percent, the highest level since 1990.", "76.6 percent", "Turnout", None),
    ("level of a measure for a group", "The unemployment rate for Black workers rose to 6.1% in March.",
     "6.1%", "unemployment rate", "Black workers"),
    ("bracketed figure after a clause group, parsed apart from its verb", "Among small firms (33 percent), hiring is the biggest worry.",
     "33 percent", "hiring is the biggest worry", "small firms"),
    ("figure between commas restating a part", "The majority of voters, about 54 percent, said they oppose the plan.",
     "about 54 percent", "oppose the plan", "voters"),
    ("part of a whole", "The share of electric cars in new registrations climbed to 18.4 percent.",
     "18.4 percent", "electric cars", "new registrations"),
    ("figure in a phrase set off before the clause", "For 57 percent of consumers, price is the most important factor when shopping.",
     "57 percent", "price is the most important factor when shopping", "consumers"),
    ("group with a participle opening the sentence", "Of the adults surveyed, 45% said they exercise regularly.",
     "45%", "exercise regularly", "adults surveyed"),
    ("negation in a reported clause", "About a quarter of parents (26%) say they do not monitor their children's screen time.",
     "26%", "do not monitor their children's screen time", "parents"),
    ("figure as the doer of a passive", "Cost was cited by 41 percent of respondents as the main reason.",
     "41 percent", "Cost was cited as the main reason", "respondents"),
    ("figure in brackets closing a passive clause", "Most often, lack of time was mentioned (43%).",
     "43%", "lack of time was mentioned", None),
    ("figure in brackets closing a clause", "Asked about the summer, most adults said they would stay home (40%) or travel less.",
     "40%", "would stay home", "adults"),
    ("figure in brackets after a verb's complement", "Teachers were the most likely to say they feel stressed (72 percent).",
     "72 percent", "feel stressed", "Teachers"),
    ("figure in brackets closing a gerund clause before another", "Most owners said that finding staff is hard, followed by renting an office (30%) and paying taxes.",
     "30%", "renting an office", None),
    ("listed item with a time phrase after it", "Asked about perks, staff most often named a free lunch every week (42%) and extra vacation days (39%).",
     "42%", "free lunch every week", None),
    ("listed item that ends in a time word as an attribute", "Respondents cited cost (61 percent), lack of time (44 percent) and poor service (23 percent) as reasons to switch.",
     "44 percent", "lack of time", "Respondents"),
    ("listed item that ends in a time word as part of a compound", "Parents who limit phone use (52%) or screen time (37%) sleep better.",
     "37%", "screen time", None),
]


@pytest.mark.parametrize("shape,text,mention,subject,population", DE, ids=[row[0] for row in DE])
def test_roles_de(de_nlp, shape, text, mention, subject, population):
    span = only_mention(de_nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)


@pytest.mark.parametrize("shape,text,mention,subject,population", EN, ids=[row[0] for row in EN])
def test_roles_en(en_nlp, shape, text, mention, subject, population):
    span = only_mention(en_nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)


# (lang, text, mention, population): a group keeps the phrases that narrow it down, not those of the verb
GROUPS = [
    ("de", "Dabei vertrauen die Jugendlichen den klassischen Medien mehr: 71 Prozent halten Sender für glaubwürdig.", "71 Prozent", "Jugendliche"),
    ("en", "Teens trust the old media more: 71 percent find TV news credible.", "71 percent", "Teens"),
    ("de", "Während 63 Prozent der über 60-Jährigen ein Verbot wollen, sind es bei den 18- bis 24-Jährigen nur 41 Prozent.",
     "63 Prozent", "über 60-Jährige"),
    ("de", "Während 63 Prozent der über 60-Jährigen ein Verbot wollen, sind es bei den 18- bis 24-Jährigen nur 41 Prozent.",
     "41 Prozent", "18- bis 24-Jährige"),
    ("de", "Bei Frauen ist die Zustimmung höher als unter Männern: 61 Prozent der Frauen befürworten das Verbot, bei den Männern sind es 47 Prozent.",
     "47 Prozent", "Männer"),
    ("de", "Demnach halten sich 53 Prozent der Befragten für gute Autofahrer.", "53 Prozent", "Befragte"),
    ("de", "Im Westen sind 20 Prozent der Befragten im Osten mit der Politik zufrieden.", "20 Prozent", "Befragte im Osten"),
    ("de", "Damals lebten 12 Prozent der Jugendlichen aus Berlin in einer WG.", "12 Prozent", "Jugendliche aus Berlin"),
    # a noun the parse hangs on the group in a form no genitive has is the verb's object
    ("de", "Mit 48 Prozent nutzen Beschäftigte das Home Office am stärksten.", "48 Prozent", "Beschäftigte"),
    # a weak noun keeps the -n of its plural, an adjectival noun loses it
    ("de", "Damals rauchten 15 Prozent der Jungen.", "15 Prozent", "Jungen"),
    ("de", "Rund 40 Prozent der Kunden kaufen online ein.", "Rund 40 Prozent", "Kunden"),
    ("de", "Rund 40 Prozent der Befragten kaufen online ein.", "Rund 40 Prozent", "Befragte"),
    # the group after a restated share whose percent the parse hung on another of its words
    ("en", "Three-quarters of teachers (75%) feel their workload is unmanageable.", "75%", "teachers"),
    ("de", "Drei Viertel der Lehrer (75 Prozent) empfinden ihre Arbeitsbelastung als zu hoch.", "75 Prozent", "Lehrer"),
    # a counted noun the parse made a second subject of the verb
    ("en", "Nearly 6 in 10 Workers Say They Would Quit Over a Return-to-Office Mandate", "Nearly 6 in 10", "Workers"),
    ("de", "Sechs von zehn Beschäftigten würden bei einer Rückkehrpflicht kündigen", "Sechs von zehn", "Beschäftigte"),
    # a participle with its complement after a group is the group's
    ("en", "People aged 18 to 29 are the likeliest users, with 90 percent of them online today.", "90 percent", "People aged 18 to 29"),
    # a range of numbers with its first number cut names one group
    ("de", "Bei den 18- bis 29-Jährigen sind es 63 Prozent.", "63 Prozent", "18- bis 29-Jährige"),
    ("en", "For 18- to 29-year-olds, the figure is 72 percent.", "72 percent", "18- to 29-year-olds"),
    # a bound of the number in a noun written with one belongs to the group
    ("de", "Demnach leben 41 Prozent der über 65-Jährigen allein.", "41 Prozent", "über 65-Jährige"),
    ("de", "Bei den unter 30-Jährigen liegt der Anteil sogar bei 61 Prozent.", "61 Prozent", "unter 30-Jährige"),
    ("de", "Fast drei Viertel (73 Prozent) der unter 30-Jährigen kaufen regelmäßig online ein.", "73 Prozent", "unter 30-Jährige"),
    # a "mit" figure on a group with the clause group's preposition is that group's, not the clause's
    ("de", "Bei Frauen ist der Anteil mit 23 Prozent höher als bei Männern mit 17 Prozent.", "17 Prozent", "Männer"),
    # a bracketed figure after a group with the clause group's preposition is that group's
    ("de", "Besonders hoch ist die Zustimmung bei jungen Wählern (64 Prozent).", "64 Prozent", "junge Wähler"),
    # a partitive group that opens the clause
    ("de", "Von den befragten Unternehmen gaben 45 Prozent an, Personal abbauen zu wollen.", "45 Prozent", "befragte Unternehmen"),
    ("en", "Of the firms surveyed, 45% said they plan to cut staff.", "45%", "firms surveyed"),
    ("en", "Support for the measure was highest among young voters (64%) and lowest among seniors (31%).", "31%", "seniors"),
    ("en", "Just 12% of those surveyed said they trust the media.", "12%", "those surveyed"),
    ("en", "Some 41 percent of adults over 65 say they feel lonely.", "Some 41 percent", "adults over 65"),
    # also where the tagger takes the adjectival noun for a name
    ("de", "Der Umfrage zufolge trinken 31 Prozent der Erwachsenen täglich Kaffee.", "31 Prozent", "Erwachsene"),
    # or for an adjective, capitalised as a noun is
    ("de", "Rund 45 Prozent der jungen Beschäftigten fühlen sich ausgebrannt.", "Rund 45 Prozent", "junge Beschäftigte"),
    # a plural pronoun stands for the last plural subject before it in its sentence
    ("de", "Viele Studenten arbeiten neben dem Studium, 40 Prozent von ihnen sogar in Vollzeit.", "40 Prozent", "Studenten"),
    ("en", "Many students work while they study, and 40 percent of them work full time.", "40 percent", "students"),
    ("en", "It is hard, and 40 percent of them work full time.", "40 percent", None),
    # a dative plural whose plain plural has no -n loses it ("Ländern" -> "Länder"), "Frauen" keeps it
    ("de", "Unter den Ländern lag der Anteil bei 12 Prozent.", "12 Prozent", "Länder"),
    ("de", "Unter den Frauen lag der Anteil bei 12 Prozent.", "12 Prozent", "Frauen"),
    # nouns coordinated in a group take their citation form each; the verb's object hung on one stays out
    ("de", "Demnach nutzen 30 Prozent der Arbeiter, Angestellten und Beamten das Home Office.", "30 Prozent",
     "Arbeiter, Angestellte und Beamte"),
    # a relative clause right after the group belongs to it, wherever the parser hung it
    ("de", "41 Prozent der Befragten, die bislang nicht daheim arbeiten, hätten daran Interesse.", "41 Prozent",
     "Befragte, die bislang nicht daheim arbeiten"),
    ("en", "About 45 percent of parents who work from home say they feel tired.", "About 45 percent", "parents who work from home"),
    # a group that opens the sentence frames its figures, whatever the parse hangs it on; a
    # bracketed figure in its relative clause leaves the clause to it
    ("en", "• Among those who have yet to go back to reopened gyms (38 percent), 55 percent say they will hold off until the summer.",
     "55 percent", "those who have yet to go back to reopened gyms"),
    ("de", "Unter den Befragten, die Kinder haben, sorgen sich 45 Prozent um die Kosten.", "45 Prozent", "Befragte, die Kinder haben"),
    # a capitalised first word the lexicon takes for an adverb names no group
    ("de", "Dahinter folgen mit 30 Prozent die Jüngeren.", "30 Prozent", "Jüngere"),
    # a verbless clause's figure takes no group from the other clause ("bei ihren Kindern" is a place)
    ("de", "Die Hälfte der Rentner lebt bei ihren Kindern, 20 Prozent allein bei Nachbarn.", "20 Prozent", None),
    ("en", "About 56 percent of employers in health care have open roles.", "About 56 percent", "employers in health care"),
    ("en", "Nearly 40 percent of voters for the measure live in cities.", "Nearly 40 percent", "voters"),
    # a "für"/"for" group counts before the figure and its verb only
    ("de", "Für Frauen liegt der Wert bei 40 Prozent.", "40 Prozent", "Frauen"),
    ("de", "Die Hälfte tritt für niedrigere Steuern ein, 39 Prozent wünschen sich einen Preisdeckel.", "39 Prozent", None),
    ("en", "For women, 40 percent say they vote.", "40 percent", "women"),
    ("en", "Some 45 percent pay for services online.", "Some 45 percent", None),
    # a group on the figure itself where the figure is the predicate; an age or span is no group
    ("de", "Bei Schülern sind es 51 Prozent.", "51 Prozent", "Schüler"),
    ("en", "Among students it is 51 percent.", "51 percent", "students"),
    ("de", "In der Altersgruppe unter 29 Jahren sind es 35 Prozent.", "35 Prozent", None),
    ("en", "Among those over 65 years it is 30 percent.", "30 percent", "those over 65 years"),
]


@pytest.mark.parametrize("lang,text,mention,population", GROUPS)
def test_group_phrase(de_nlp, en_nlp, lang, text, mention, population):
    nlp = {"de": de_nlp, "en": en_nlp}[lang]
    assert only_mention(nlp, text, mention)._.findings_population == population


@pytest.mark.parametrize(
    "lang,text",
    [("en", "Robert Half found that most managers agree."), ("en", "Analysts at Third Point expect growth.")],
)
def test_names_are_not_shares(de_nlp, en_nlp, lang, text):
    nlp = {"de": de_nlp, "en": en_nlp}[lang]
    assert list(nlp(text).spans["findings_mentions"]) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_only_sentences_with_a_mention_are_parsed(de_nlp, en_nlp, lang):
    nlp = {"de": de_nlp, "en": en_nlp}[lang]
    text = {"de": "Das Wetter war gut. Dann nutzten 40 Prozent der Kunden Rabatte. Es regnete.",
            "en": "The weather was fine. Then 40 percent of customers used coupons. It rained."}[lang]
    doc = nlp(text)
    (parsed,) = doc._.findings_parses.values()
    assert parsed.text.startswith(("Dann", "Then")) and parsed.has_annotation("DEP")


FALLBACK = [
    ("de", "91 Prozent der befragten Unternehmen nutzen Videos.", "91 Prozent", "nutzen Videos", "befragten Unternehmen"),
    ("en", "60% of young marketers plan bigger budgets.", "60%", "plan bigger budgets", "young marketers"),
]


@pytest.mark.parametrize("lang,text,mention,subject,population", FALLBACK)
def test_fallback_roles_without_a_trained_pipeline(lang, text, mention, subject, population):
    nlp = base_pipeline(lang)
    for component in (*RULE_COMPONENTS, "findings_fallback_roles"):
        nlp.add_pipe(component)
    span = only_mention(nlp, text, mention)
    assert (span._.findings_subject, span._.findings_population) == (subject, population)
