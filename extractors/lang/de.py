"""German language data for the percentage extractor: word lists only, no logic.

Every language module defines the same names; the components look them up by language.
spaCy has no German number words (no `lex_attrs`), so they are supplied here.
"""

from extractors.lang.role_patterns import role_patterns

# fmt: off

# -- Numbers -------------------------------------------------------------------------------------
_UNITS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}
_TEENS = {
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
_COMPOUND_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
# German writes compounds as one word: "vierundzwanzig" = 24.
NUMBER_WORDS = {
    **_UNITS, **_TEENS, **_TENS, "hundert": 100, "einhundert": 100,
    **{f"{unit}und{tens}": _UNITS[unit] + value for unit in _COMPOUND_UNITS for tens, value in _TENS.items()},
}
TENS_WORDS = ()
UNIT_WORDS = ()
# A decimal comma ("12,5 Prozent"); a point before three digits separates thousands ("1.200").
DECIMAL_MARK = ","

# -- Units ---------------------------------------------------------------------------------------
PERCENT_UNITS = ("prozent", "%", "pct", "pct.", "v.h.", "vh", "prozentsatz")
PERCENT_UNIT_SEQUENCES = (("v.", "h."), ("v", ".", "h."), ("vom", "hundert"))
POINT_UNITS = ("prozentpunkte", "prozentpunkten", "prozentpunkt", "pp", "pp.")
POINT_UNIT_SEQUENCES = ()

# -- Ranges and changes --------------------------------------------------------------------------
RANGE_WORDS = ("bis", "–", "—", "-")         # "20 bis 30 Prozent"
RANGE_BETWEEN = ("zwischen",)                # "zwischen 20 und 30 Prozent"
RANGE_BETWEEN_AND = ("und",)
CHANGE_FROM = ("von",)                       # "von 74 auf 78 Prozent": a change, two claims
CHANGE_TO = ("auf",)
# two figures that share a unit, one for each of two groups: "24 beziehungsweise 23 Prozent" (two claims)
RESPECTIVE_JOINERS = ("beziehungsweise", "bzw.", "bzw")
RESPECTIVELY = ()

# -- Qualifiers ----------------------------------------------------------------------------------
QUALIFIERS = {
    "approx": (
        "rund", "etwa", "ca.", "ca", "circa", "zirka", "ungefähr", "annähernd", "gerundet",
        "schätzungsweise", "um die", "in etwa", "an die",
    ),
    "over": (
        "mehr als", "über", "gut", "gute", "guten", "mindestens", "wenigstens", "über die",
        "mehr als die", "knapp über", "deutlich über", "deutlich mehr als", "weit über",
        "oberhalb von", "ab",
    ),
    "under": (
        "weniger als", "unter", "knapp", "fast", "nahezu", "beinahe", "höchstens", "maximal",
        "nicht einmal", "nicht mal", "kaum", "bis zu", "knapp unter", "deutlich unter",
        "weniger als die", "unter der", "unter die",
    ),
    "exact": (
        "nur", "lediglich", "genau", "exakt", "gerade einmal", "gerade mal", "ganze", "volle", "je",
        "plus/minus", "plus minus", "+ /-", "±",
    ),
}
# A tolerance belongs to the mention ("plus/minus 3 Prozent"); other emphasis ("nur") does not.
TOLERANCE_PHRASES = ("plus/minus", "plus minus", "+ /-", "±", "+/-")
POSTPOSED_QUALIFIERS = {
    "over": ("oder mehr", "und mehr", "und darüber", "oder darüber"),
    "under": ("oder weniger", "und weniger", "oder darunter", "und darunter"),
}

# -- Shares said without a percent ---------------------------------------------------------------
# Fraction words and their denominators: "zwei Drittel" = 2/3.
FRACTIONS = {"hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10}
FRACTION_MULTIPLIERS = {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4}
HALF_DETERMINERS = ("die", "der", "zur", "jede", "einer")  # German says "die Hälfte"
NOT_SHARE_BEFORE_HALF = ("ersten", "zweiten", "letzten", "andere", "anderen", "erste", "zweite", "letzte")
NOT_SHARE_AFTER_FRACTION = ("jahr", "jahres", "jahrhundert", "stunde", "stunden", "-")
# "jeder Dritte" = 1/3: ordinals and their denominators.
ORDINAL_SHARES = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10}
EVERY = ("jeder", "jede", "jedes", "jeden", "jedem")
N_IN_M = ("von",)                            # "drei von vier"
# Only these denominators make a share, not a count like "19 von 30".
SHARE_DENOMINATORS = (2, 3, 4, 5, 6, 8, 10)
ALL_WORDS = ("alle", "sämtliche")            # "ALLE befragten" = 100
RESPONDENT_WORDS = ("befragten", "befragte", "teilnehmer", "teilnehmenden", "umfrageteilnehmer")
# A sample's noun that only says they are people; its figures are then the respondents'.
PEOPLE_NOUNS = ("personen", "menschen", "leute")
RESPONDENTS = "Befragte"

# -- Clause structure ----------------------------------------------------------------------------
# Words opening an adverbial clause, which has a time of its own.
ADVERBIAL_CLAUSES = ("weil", "obwohl", "während", "nachdem", "bevor", "seitdem", "als", "da")
# A clause after a comma that is about the time just named: "seit 2010, als ...".
WHEN_WORDS = ("als", "wo")
LIST_INTRODUCERS = ("wie", "etwa", "z.b.", "z. b.", "nämlich", "darunter")
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "aller", "alle", "allen", "ihrer", "ihre", "ihren", "seiner", "seine", "unserer", "dieser",
    "diese", "diesen", "dieses", "diesem", "jener", "sämtlicher",
)
PREPOSITIONS = (
    "in", "im", "bei", "beim", "von", "vom", "mit", "für", "auf", "aus", "an", "am", "zu", "zum",
    "zur", "nach", "über", "unter", "vor", "durch", "gegen", "ohne", "um", "seit", "laut",
)

# -- Verbs ---------------------------------------------------------------------------------------
COPULAS = ("sein", "liegen", "betragen", "erreichen")  # "Die Quote liegt bei 3 Prozent", "erreichte 5 Prozent"
# Verbs that link a subject to a noun that says what kind of thing it is: "Flohmärkte bleiben beliebte Anlaufstellen".
LINKING_VERBS = ("sein", "bleiben", "werden")
PRO_VERBS = ("tun", "machen")
# What a pro-verb takes to stand for the predicate before, whatever else its clause adds: "7 Prozent tun dies mehrmals pro Woche".
PRO_VERB_OBJECTS = ("das", "dies", "dieses", "es")
INFINITIVE_MARKS = ("zu",)  # mark an infinitive clause, which has no subject of its own
SUBJUNCTIVE_ENDING = "e"  # the third person singular of the subjunctive of reported speech ends so: "fehle", "müsse"
COMPLEMENTIZERS = ("dass", "ob")           # open a clause that is an argument: "Dass die Preise steigen, erwarten 72 Prozent"
REPORTING_LEADS = ("laut", "so", "zufolge")  # "laut einer Umfrage", "der Studie zufolge"
# Words that follow the noun they govern: "der Umfrage zufolge".
POSTPOSITIONS = ("zufolge",)
# A clause of one of these verbs opened by one of these marks says who reports, not what: "wie der Verband mitteilte".
COMMENT_MARKS = ("wie",)
# ... and verbs of such a clause that name a source, not who reports: "wie aus der Unfallbilanz hervorgeht".
SOURCE_VERBS = ("hervorgehen",)
# A clause opened by one of these concedes or contrasts another fact, no part of what a figure's group does:
# "…, obwohl der Anteil gestiegen ist", "…, while the average downtime was nine days".
CONTRAST_MARKS = ("obwohl", "obgleich", "wenngleich", "während", "wohingegen")
# Words that name who reports a sentence's figures ("laut Statistischem Bundesamt", "den Daten zufolge").
SOURCE_LEADS = ("laut", "zufolge")
REPORTING_VERBS = (
    "mitteilen", "berichten", "melden", "sagen", "schreiben", "erklären", "betonen", "zeigen", "ergeben", "bekanntgeben", "heißen",
    "angeben", "antworten", "schätzen",
)
# Nouns of what someone says: a phrase of them says who reports it ("nach eigener Aussage", "nach Angaben der Eltern").
REPORTING_NOUNS = ("angabe", "angaben", "aussage", "aussagen", "auskunft", "einschätzung", "schätzung", "wort", "worten")
# Open an elaboration after a comma, no part of what the clause says ("…, also an drei Nächten pro Woche").
ELABORATION_MARKS = ("also", "d.h.", "nämlich", "sprich", "beispielsweise")

# German puts the verb second: what stands before it may be an object ("Diese Sicht teilten 16 Prozent").
SUBJECT_BEFORE_VERB = False
# A subordinate clause ends with its verb: "dass 40 Prozent der Firmen in Bayern investieren".
SUBCLAUSE_VERB_LAST = True
# A relative clause always opens with its pronoun ("Gründe, die Käufer nannten"), never without one.
RELATIVE_PRONOUN_OPTIONAL = False

# German plural and infinitive verb forms end so ("nutzen", "planen"); a tagger may take them for adjectives.
VERB_FORM_ENDINGS = ("en",)

# (A German participle that narrows a noun down stands before it: "der befragten Firmen".)
POSTPOSED_PARTICIPLE_ENDINGS = ()
# A comparison that bounds a count of things, and the bound the parser reads as one in its place:
# "mit weniger als 20 Beschäftigten" is parsed as "mit bis zu 20 Beschäftigten".
COUNT_BOUNDS = (("weniger", "als"), ("mehr", "als"))
COUNT_BOUND_STAND_IN = ("bis", "zu")
# A plural verb that parses like most verbs a figure is the subject of: it stands in for a word the
# tagger did not take for a verb where a sentence has none ("40 Prozent fühlen sich einsam").
STAND_IN_VERB = "sagen"
# ... and a verb a level follows with a LEVEL_CASES preposition, in place of one before a figure ("die Quote stieg auf 5 Prozent", where the tagger missed the verb).
STAND_IN_LEVEL_VERB = "stieg"
# (German writes its nouns with a capital, which the tagger reads: none needed.)
STAND_IN_NOUN = ""
# Words that bound the number of a noun written with one, between its article and it: "der über
# 65-Jährigen", "den unter 30-Jährigen" (no prepositions there, whatever the parse says).
NUMBER_BOUNDS = ("über", "unter", "ab")
# The words right after a number that leave its range open above: none, German writes "ab 65" or
# puts the unit between ("65 Jahre und älter").
OPEN_BOUNDS = ()
# Adjectives whose measure is a number of years ("über 60 Jahre alt"): no age of a group.
AGE_ADJECTIVES = ("alt",)
# Endings of a noun that names people by an age written as a word: "der unter Dreijährigen" (a bound before it is no preposition).
AGE_NOUN_ENDINGS = ("jährige", "jährigen")
# The lemma ending of a present participle, which is used as an adjective, never as a clause's
# verb ("mit sinkenden [Preisen]": lemma "sinkend").
PRESENT_PARTICIPLE_LEMMA_ENDINGS = ("end",)

# -- Populations ---------------------------------------------------------------------------------
# Whether nouns are written with a capital letter (the fallback roles read groups by it).
NOUNS_CAPITALIZED = True
# An ordinal is written as a number with a full stop ("am 3. März").
ORDINAL_FULL_STOP = True
# The word-class lexicon (HanTa's German model, TIGER tags) that tells the class of a sentence's
# capitalised first word, which the tagger often takes for a noun or name ("Dahinter", "Bloß",
# "Demnach"), and the adverb classes: such a word names no group and is no subject. A participle
# first opens an adverbial phrase ("Verglichen mit 1991 hat ...", "Gemessen am Umsatz ...").
WORD_CLASS_MODEL = "morphmodel_ger.pgz"
ADVERB_CLASSES = ("ADV", "PROAV", "ADJ(D)", "VV(PP)")
PLAIN_ADVERB_CLASSES = ("ADV", "PROAV")  # "dagegen", "danach": never a verb
VERB_CLASSES = ("VV", "VA", "VM")  # full, auxiliary and modal verbs ("nannten": VV(FIN))
PARTICIPLE_CLASS = "VV(PP)"  # the lexicon's class of a past participle ("genannt")
MARKED_INFINITIVE_CLASS = "VV(IZU)"  # an infinitive with its "zu" inside ("wegzuwerfen")
PLAIN_NOUN_CLASS = "NN"  # a noun that is no adjectival one ("Junge", not "Befragte": NNA)
INDEFINITE_CLASSES = ("PIS", "PIAT")  # indefinite pronouns: "Weniger", "Viele", "Einige"
# Demonstrative pronouns that stand for a group ("der Anteil derer, die …"), never a verb whatever the tagger says.
DEMONSTRATIVE_PRONOUN_CLASSES = ("PDS",)
NOUN_CLASSES = ("NN", "NNA", "NE", "NNI")  # nouns, adjectival nouns, names and infinitives made nouns ("Grübeln")
PREPOSITION_CLASS = "APPR"  # "Binnen eines Jahres": a preposition, whatever the tagger says
POPULATION_AFTER = ("der", "aller", "des", "von", "unter")  # "91 Prozent aller Befragten"
# Focus particles: they weigh a figure ("2006 schon 11 Prozent") and say nothing of what it measures.
# Say the opposite: kept before the verb, where other adverbs are left out ("Nie mit dem Bus fahren 17 Prozent").
NEGATIONS = ("nicht", "nie", "niemals", "kaum", "keineswegs")
FOCUS_PARTICLES = ("schon", "bereits", "noch", "nur", "sogar", "lediglich", "erst", "immerhin", "gar", "auch")
DISTRIBUTIVE_WORDS = ("je",)  # "je 18 Prozent": the figure holds for each item named
QUANTIFIERS = ("alle", "aller", "allen", "sämtliche", "sämtlicher", "die", "der", "den", "des", "mehr", "meisten", "viele", "vieler")
# Prepositions whose phrase narrows a group down (where, from where, of what age, with what):
# "Befragte im Westen", "Firmen mit 500 Mitarbeitern"; others ("für", "an", "auf") belong to the
# verb ("halten sich für gute Fahrer").
# A figure after one of these and a comma is a part of the clause's subject: German says it with "wobei".
ABSOLUTE_CASES = ()
# join two nouns of one group: "Pflegekräfte in Krankenhäusern und Heimen"
COORDINATORS = ("und", "oder")
GROUP_MODIFIER_CASES = ("in", "im", "an", "am", "aus", "zwischen", "über", "unter", "ab", "bis", "von", "vom", "mit", "ohne", "außerhalb", "innerhalb")
# ... of these only with a number: "Frauen über 50" narrows, "klagen über Erschöpfung" does not.
NUMBER_GROUP_MODIFIER_CASES = ("über", "unter", "ab", "bis")
# Units a number measures an amount in, not a count of people or things asked ("mit mehr als 4.000 Euro Haushaltseinkommen").
AMOUNT_UNITS = ("euro", "eur", "€", "dollar", "us-dollar", "$", "franken", "pfund", "£", "cent", "stunden", "minuten", "sekunden",
                "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "kilometer", "km", "meter", "kilogramm", "kg",
                "gramm", "liter", "tonnen", "kilowattstunden", "kwh", "quadratmeter", "qm", "m²")
MEASURE_OF = ("von",)                        # "eine Fehlertoleranz von 3 Prozent"
UNPOPULATED_SUBJECTS = ("fehlerspanne", "fehlertoleranz", "statistische fehlertoleranz", "schwankungsbreite", "fehlerquote der umfrage",
                        "fehlermarge", "stichprobenfehler")

# -- Comparisons ---------------------------------------------------------------------------------
CLAUSE_COMPARISONS = ("verglichen mit", "im vergleich zu", "gegenüber dem", "gegenüber den")
BASELINE_CUES = ("im vergleich zum", "im vergleich zu", "verglichen mit", "gegenüber dem", "gegenüber", "als im")
# After a change in percentage points, a time after these is where the change starts ("um 5 Prozentpunkte gegenüber der Welle von 2021").
CHANGE_START_WORDS = ("von", "vom", "seit")
# Right after a figure, a time after these is the base a change is measured on ("ein Plus von 6,2 Prozent zum Vorjahr").
CHANGE_BASE_WORDS = ("zum",)

# An adverbial superlative: a mark and an adjective's ending ("am häufigsten", "am meisten").
SUPERLATIVE_MARKS = ("am",)
SUPERLATIVE_ENDINGS = ("sten",)
# A preposition that opens no share's whole before one thing with an indefinite article ("berichten von einem Betrug").
INDEFINITE_OBJECT_CASES = ("von",)
# -- Time ----------------------------------------------------------------------------------------
# Compounds are one word: a study word may end one ("Verbraucherumfrage", "Mikrozensus").
COMPOUNDS_AS_ONE_WORD = True
# Labels of a line that names the source of an article's figures or how they were gathered; its year is the study's:
# "Quelle: Unfallbilanz 2021 der Landesverkehrswacht", "Methodik: Für die Zusatzerhebung des Mikrozensus 2022 wurde …".
SOURCE_LABELS = ("quelle", "quellen", "methodik", "methode", "zur methodik", "zur methode")
STUDY_WORDS = (
    "studie", "umfrage", "befragung", "befragt", "erhebung", "erhoben", "untersuchung", "report", "bericht",
    "analyse", "panel", "monitor", "barometer", "index", "trendstudie", "marktstudie", "zensus",
    "versuch", "experiment", "interview",
)
# Before a study word, name an earlier study, not the one reported: "seit der letzten Erhebung".
EARLIER_STUDY_WORDS = ("seit", "letzte", "letzten", "letzter", "vorige", "vorigen", "vorheriger", "vorherigen", "frühere", "früheren", "vorgänger", "vorjahres",
                       "vorangegangene", "vorangegangenen", "vorausgegangene", "vorausgegangenen")
# Words between a study word and its sample ("survey of 2,000 adults"), and a word that names a
# sample of a hundred or more anywhere in a sentence about the study ("among 1,200 voters").
SAMPLE_CASES = ("von", "unter", "mit")
SAMPLE_AMONG = ("unter",)
# Words that end the noun phrase of a sample: a verb the study's sentence goes on with.
SAMPLE_ENDS = ("wurde", "wurden", "zeigt", "zeigte", "zeigen", "ergab", "ergibt", "ergaben", "belegt", "hat", "haben", "sind", "waren")
# A verb of asking that ends the clause of a sample ("3.200 Erwerbstätige zu ihren Schlafgewohnheiten befragt").
SAMPLE_VERBS = ("befragt", "interviewt")
# Before a count of places, say where a sample was drawn, not which group it is ("Schüler an 38 Schulen", "Pflegekräfte aus 120 Kliniken").
SAMPLE_FRAME_CASES = ("in", "an", "aus")
PRESENT_WORDS = (
    "heute", "jetzt", "aktuell", "derzeit", "gegenwärtig", "momentan", "zurzeit", "inzwischen",
    "mittlerweile", "dieses jahr", "in diesem jahr", "diesjährigen",
)
PREVIOUS_YEAR_WORDS = (
    "im vorjahr", "vorjahr", "im vergangenen jahr", "vergangenes jahr", "letztes jahr", "im letzten jahr", "vor einem jahr",
    "ein jahr zuvor", "ein jahr davor", "ein jahr früher", "im jahr zuvor", "im jahr davor",
)
DECADE_BEFORE_WORDS = ("vor einem jahrzehnt", "ein jahrzehnt zuvor", "ein jahrzehnt früher")  # ten years before
# "vor 15 Jahren", "drei Jahre zuvor": so many years before the study ("#" stands for the number).
YEARS_AGO = (("vor", "#", "jahren"), ("#", "jahre", "zuvor"), ("#", "jahre", "davor"), ("#", "jahre", "früher"))
# Words of a relative time that count from the time just named, not from now ("im Vorjahr", "drei Jahre zuvor").
ANAPHORIC_TIME_WORDS = ("vorjahr", "zuvor", "davor", "früher")
# Words for "at that time": the year the passage named last before the sentence ("Damals klagten 29 Prozent …",
# "Im selben Jahr büßten Supermärkte 3 Prozent ein").
THEN_WORDS = ("damals", "seinerzeit", "zu diesem zeitpunkt", "zu jenem zeitpunkt", "im selben jahr", "im gleichen jahr",
              "im selben zeitraum", "im gleichen zeitraum")
NEXT_YEAR_WORDS = ("nächstes jahr", "im nächsten jahr", "im kommenden jahr", "kommendes jahr")
# Capitalized words a year may follow without being part of a name: "März 2019", "im Jahr 2016", "Ende 2019".
MONTHS = (
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "nov", "dez",
)
YEAR_NOUNS = ("jahr", "jahre", "jahres", "ende", "anfang", "mitte", "frühjahr", "sommer", "herbst", "winter", "quartal", "halbjahr", "bis")
PERIOD_START_WORDS = ("seit", "ab")          # "seit 2012" starts a period; it is not the year
# Open a relative clause after a comma ("…, nach dem Lebensmittel nicht mehr gegessen werden dürfen",
# "eine Befragung …, die im Herbst 2024 durchgeführt wurde, …");
# with SUBCLAUSE_VERB_LAST, the finite verb that ends the clause tells the pronoun from an article.
RELATIVE_PRONOUNS = ("der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen")
# A demonstrative that a relative clause defines names a group: "Diejenigen, die schlecht schlafen, nannten:".
DEFINED_GROUP_PRONOUNS = ("diejenigen", "derjenigen", "denjenigen", "jene", "jenen")
PERIOD_BETWEEN = (("zwischen", "und"),)      # "zwischen 1991 und 2012": a period, its last year
STATE_WORDS = ("stand", "ende", "anfang", "mitte")  # "(Stand: Ende 2024)": when the figures stood
TIME_WORDS = (
    "jahr", "jahre", "jahren", "jahres", "monat", "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden", "minuten", "heute", "jetzt", "damals",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "vorjahr", "letzten", "vergangenen", "diesem", "anfang", "mitte", "ende", "zeitraum", "zeitraums", "quartal",
)
# -- Parses: roles read from the dependency parse of a mention's sentence (UD relations) -----------
# Case words that make a noun the group a share is taken of: "91 Prozent von ihnen", "unter den Befragten".
GROUP_CASES = ("von", "unter", "aus")
# Case words of a group named on the clause: "Unter den Befragten sagen 45 Prozent", "Bei Firmen ... sind es".
CLAUSE_GROUP_CASES = ("unter", "bei")
# Case words of a group that opens a sentence and frames its figures: those above, and "Für Familien mit Kindern ist ...".
FRAME_CASES = (*CLAUSE_GROUP_CASES, "für")
# A group named with one of these is a subgroup of its own clause, not carried to the next sentence: "Bei den Männern sind es 29 Prozent".
LOCAL_GROUP_CASES = ("bei", "unter", "für")
# A place named with one of these in a clause that refers back narrows the group carried over: "In Großstädten sind es 31 Prozent" -> "Befragte in Großstädten".
PLACE_CASES = ("in", "im")
# A figure after these is the level of a measure: "Die Quote liegt bei 3 Prozent", "stieg auf 58 Prozent".
# ... and of one named on the clause before the figure only ("Von den befragten Firmen gaben 45 Prozent an")
FRONTED_GROUP_CASES = ("für", "von")
LEVEL_CASES = ("bei", "auf", "von")
# Determiner forms no genitive has: a noun they determine is no genitive attribute ("nutzen Angestellte das Home Office").
NEVER_GENITIVE_DETERMINERS = ("das", "den", "dem", "die", "ein", "einen", "einem", "diese", "diesen", "diesem")
# The auxiliary of the passive with a participle ("werden ... genutzt"; "werden ... nutzen" is the future).
PASSIVE_AUXILIARIES = ("werden",)
# Who does what a passive clause says: "von Marketern genutzt", "durch die Firmen".
AGENT_CASES = ("von", "durch")
# Prepositions of a verb's prepositional object, which stays in the subject where it opens the
# clause ("Mit Bluthochdruck hatten 15 Prozent zu kämpfen", "An Rückenschmerzen leiden 20 Prozent").
OBJECT_CASES = ("mit", "an", "auf", "über", "um", "nach", "vor")
# A figure after these says how many of the clause's subject: "Mit 51 Prozent nutzen Angestellte ...".
WITH_CASES = ("mit",)
# a ranking names its items with their figures: "Dahinter folgen Spanien mit 14 Prozent"
RANKING_VERBS = ("folgen",)
RANKED_FIGURE_CASES = WITH_CASES  # "Dahinter folgen Spanien mit 14 Prozent"
# a group a clause ranks another against: "Frauen (35 Prozent) lagen knapp vor den Männern (33 Prozent)"
RANK_CASES = ("vor", "hinter")
# A figure after these, or on these verbs, is compared with the one before and measures the same:
# "verglichen mit 78 Prozent", "gegenüber 16 Prozent der Männer", "als 40 Prozent".
COMPARISON_CASES = ("als", "gegenüber", "verglichen")
# After a comma, a figure after these is the earlier value the one before is compared with:
# "…, nach 31 Prozent im Jahr 2022" (but "nach eigener Schätzung" holds no figure).
EARLIER_VALUE_CASES = ("nach",)
# What opens the other side of a comparative ("more ... than", "häufiger ... als"), left out of a subject.
COMPARISON_MARKS = ("als",)
# a compared likelihood ("more likely than men to say"): no German shape of it yet
LIKELIHOOD_WORDS = ()
COMPARATIVE_WORDS = ()
# A noun phrase after this says in what role, never who does it: "Als wichtigste Gründe nennen die Kunden ...".
ROLE_MARKS = ("als",)
COMPARISON_VERBS = ("vergleichen",)
# A figure after these is a change: "um 10 Prozent gestiegen".
CHANGE_CASES = ("um",)
# Nouns of a figure that say how it sums up, which the figure stands for as the verb's argument (German says
# it in a phrase of its own: "stiegen im Schnitt um 6 Prozent").
AVERAGE_NOUNS = ()
# German always marks a change with "um"; a bare figure after the verb is its subject ("nutzen 45 Prozent").
BARE_CHANGE = False
# Adverbs a copula makes a change of its subject (German says "sank um 18 Prozent").
CHANGE_ADVERBS = ()
# Verbs (lemma, particle) whose subject is the part a figure is the share of a whole: "Elektroautos machten 14,6 Prozent der Neuzulassungen aus".
# Prepositions of the whole a part noun's share is taken of, in the singular too, on the part noun
# or its group: "der Anteil der Kartenzahlungen am Umsatz".
WHOLE_CASES = ("an", "am")
SHARE_VERBS = (("machen", "aus"), ("stellen", ""))
# Nouns that name a part of a group, so that the group and the predicate are the figure's:
# "eine klare Mehrheit (77 Prozent) der Befragten bejaht ...", "Der Anteil der Firmen, die ...".
# Words that stand for what was said before, as a pro-form does ("Das Gleiche sagen 28 Prozent").
SAME_WORDS = ("gleiche", "selbe", "dasselbe", "dieselbe", "dieselben")
PART_NOUNS = ("mehrheit", "minderheit", "großteil", "teil", "anteil", "hälfte", "gruppe", "prozentsatz", "zahl", "anzahl")
# Nouns that name a figure itself: bare, they and the part nouns stand for the measure named before
# ("Im Jahr 2001 lag die Quote noch bei 27 Prozent").
MEASURE_NOUNS = ("quote", "rate", "wert", "plus", "minus", "niveau")
# The word that names an amount's owner after it, where a possessive says whose amount a share is of
# ("27,4 Prozent ihres Nettoeinkommens" of "Mieterhaushalte" -> "Nettoeinkommen der Mieterhaushalte").
AMOUNT_OWNER_CASE = "der"
PLURAL_POSSESSIVES = ("ihr", "ihre", "ihres", "ihrer", "ihrem", "ihren")  # "their", whose owner is a group
SINGULAR_POSSESSIVES = ("sein", "seine", "seines", "seiner", "seinem", "seinen")  # "its", "his"
# Plural group words of an oblique case end so, and drop the last letter in the citation form:
# "der befragten Unternehmen" -> "befragte Unternehmen", "Händlern" -> "Händler" (a noun only where
# that leaves its lemma, so "der Haushalte" stays "Haushalte"); English does not inflect them.
OBLIQUE_PLURAL_ENDING = "en"
# Words a plural after them is in the dative by: its article "den" and prepositions that take the
# dative ("von den befragten Betrieben", "bei Kleinstbetrieben"), where the tagger misses the case.
DATIVE_PLURAL_MARKS = ("den", "von", "mit", "bei", "aus", "nach", "zu", "seit")
# the plural of a noun counted by "jeder fünfte Haushalt" (Haushalte), tried in this order
PLURAL_ENDINGS = ("e", "er", "en", "n", "s")
WEAK_NOUN_ENDINGS = ("ent", "ant", "ist", "oge", "at")  # "Student" -> "Studenten"
PLURAL_LIKE_ENDINGS = ("e", "er", "el", "en", "chen", "lein")  # "Bürger", "Unternehmen", "Deutsche" keep their form
PLAIN_E_NOUN_PLURAL = "n"  # but a plain noun in -e adds it: "Familie" -> "Familien", "Stunde" -> "Stunden"
UMLAUTS = (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü"))  # a plural may mark its last vowel: "Stadt" -> "Städte"
# The group patterns (extractors/lang/role_patterns.py) with this language's case words.
# a figure that is a share of the clause's subject: "Bäckereien meldeten zu 61 Prozent unbesetzte Stellen"
SUBJECT_SHARE_CASES = ("zu",)
ROLE_PATTERNS = role_patterns(GROUP_CASES, CLAUSE_GROUP_CASES, FRONTED_GROUP_CASES, genitive=True, subject_share_cases=SUBJECT_SHARE_CASES)
# fmt: on
