"""German language data for the percentage extractor: word lists only, no logic.

Every language module defines the same names; the components look them up by language.
spaCy has no German number words (no `lex_attrs`), so they are supplied here.
"""

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

# -- Clause structure ----------------------------------------------------------------------------
# Words that start a new clause after a comma (the subject ends there).
CLAUSE_STARTS = (
    "während", "wobei", "wohingegen", "aber", "doch", "jedoch", "sondern", "denn", "weil",
    "verglichen", "gegenüber", "als", "wenn", "obwohl", "sowie", "und", "oder", "bei",
    "beziehungsweise", "bzw.",
)
SUBORDINATORS = ("dass", "ob", "weil", "wenn", "falls", "damit", "sodass", "obwohl", "nachdem")
# Words opening an adverbial clause, which has a time of its own.
ADVERBIAL_CLAUSES = ("weil", "obwohl", "während", "nachdem", "bevor", "seitdem", "als", "da")
# Relative pronouns that cannot be articles ("die", "der" can, so they stay in subjects).
RELATIVES = ("welche", "welcher", "welches", "denen", "deren")
# A clause after a comma that is about the time just named: "seit 2010, als ...".
WHEN_WORDS = ("als", "wo")
COORDINATORS = ("und", "oder", "sowie", "beziehungsweise", "bzw.", "bzw", "als auch")
LIST_INTRODUCERS = ("wie", "etwa", "z.b.", "z. b.", "nämlich", "darunter")
# Sentence adverbs and connectives that say nothing about the subject at a clause start.
LEADING_FILLERS = (
    "demnach", "so", "auch", "zudem", "außerdem", "insgesamt", "immerhin", "zwar", "noch",
    "bereits", "schon", "mittlerweile", "inzwischen", "nun", "jetzt", "dabei", "damit", "also",
    "hingegen", "dagegen", "allerdings", "ebenfalls", "sogar", "knapp", "heute", "aktuell",
    "derzeit", "lediglich", "nur", "laut", "gerade", "besonders", "insbesondere", "häufig", "oft",
    "meist", "meistens", "vermehrt", "zunehmend", "vor", "allem", "vielmehr", "daher", "deshalb",
    "folglich", "ferner", "weiterhin", "erstmals", "bislang",
)
EMPHASIS = ("nur", "lediglich", "weitere", "gut", "knapp", "sogar", "noch", "erst", "bereits", "schon")
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "aller", "alle", "allen", "ihrer", "ihre", "ihren", "seiner", "seine", "unserer", "dieser",
    "diese", "diesen", "dieses", "diesem", "jener", "sämtlicher",
)
PREPOSITIONS = (
    "in", "im", "bei", "beim", "von", "vom", "mit", "für", "auf", "aus", "an", "am", "zu", "zum",
    "zur", "nach", "über", "unter", "vor", "durch", "gegen", "ohne", "um", "seit", "laut",
)
SUBJECT_PRONOUNS = ("sie", "wir", "er", "es")
OBJECT_PRONOUNS = ("ihnen", "uns", "denen")
# Words that refer back to the previous population: "bei 89 Prozent davon".
BACK_REFERENCES = ("davon", "darunter", "hiervon", "sie", "diese", "dies", "diesen")
DEMONSTRATIVES = ("diejenigen", "jene")

# -- Verbs ---------------------------------------------------------------------------------------
VERB_LEMMAS = ()                             # German verbs are told by case and position
COPULAS = ("sein", "liegen", "betragen")     # "Die Quote liegt bei 3 Prozent"
PRO_VERBS = ("tun", "machen")
IRREGULAR_PLURALS = ()
# "geben an, dass sie ..." is dropped from subjects like English "say they".
REPORTING_VERBS = (
    "sagen", "sagt", "sagten", "geben", "gaben", "berichten", "berichteten", "erklären", "erklärten",
    "zeigt", "zeigte", "ergab", "ergibt", "laut",
)
REPORTING_LEADS = ("laut", "so")
# Verb particles that end a clause: "setzen KI-Anwendungen ein".
SEPARABLE_PARTICLES = (
    "ein", "an", "aus", "auf", "ab", "zu", "mit", "vor", "zurück", "fest", "teil", "bei", "dar",
    "fort", "her", "hin", "nach", "um", "weg", "zusammen",
)

# -- Populations ---------------------------------------------------------------------------------
POPULATION_AFTER = ("der", "aller", "des", "von", "unter")  # "91 Prozent aller Befragten"
POPULATION_BEFORE = ("unter", "bei")         # "bei den deutschen Unternehmen 48 Prozent"
OPENING_POPULATION_CUES = ("von", "unter", "bei")
GROUP_PREPOSITIONS = ("in", "aus", "für", "ohne", "mit")  # "Firmen ohne Digitalstrategie"
GROUP_MODIFIERS = ("im", "ab", "unter", "über", "zwischen")  # "unter 30-Jährige"
QUANTIFIERS = ("alle", "aller", "allen", "sämtliche", "sämtlicher", "die", "der", "den", "des", "mehr", "meisten", "viele", "vieler")
VAGUE_POPULATIONS = ("menschen", "leute", "personen", "viele", "einige")
SHARE_NOUNS = ("anteil", "quote", "zahl", "anzahl", "mehrheit", "minderheit", "prozentsatz", "rate")
MEASURE_OF = ("von",)                        # "eine Fehlertoleranz von 3 Prozent"
UNPOPULATED_SUBJECTS = ("fehlerspanne", "fehlertoleranz", "statistische fehlertoleranz", "schwankungsbreite", "fehlerquote der umfrage")
# Typical endings of German nouns: a noun phrase ends at such a word ("Unternehmen", "Befragung").
NOUN_ENDINGS = (
    "en", "ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "nis", "er", "e", "ei", "um",
    "ment", "ur", "ik", "tum",
)
# Endings of nominalized adjectives in an oblique case: "der Befragten" is the "Befragte".
NOMINALIZED_ENDINGS = ("ten", "lichen", "igen", "schen", "enen")

# -- Comparisons ---------------------------------------------------------------------------------
COMPARISON_CUES = ("verglichen mit", "gegenüber", "im vergleich zu", "von", "auf", "nach", "statt", "als")
CLAUSE_COMPARISONS = ("verglichen mit", "im vergleich zu", "gegenüber dem", "gegenüber den")
BASELINE_CUES = ("im vergleich zum", "im vergleich zu", "verglichen mit", "gegenüber dem", "gegenüber", "als im")

# -- Time ----------------------------------------------------------------------------------------
STUDY_WORDS = (
    "studie", "umfrage", "befragung", "erhebung", "untersuchung", "report", "bericht",
    "analyse", "panel", "monitor", "barometer", "index", "trendstudie", "marktstudie",
)
PRESENT_WORDS = (
    "heute", "aktuell", "derzeit", "gegenwärtig", "momentan", "zurzeit", "inzwischen",
    "mittlerweile", "dieses jahr", "in diesem jahr", "diesjährigen",
)
PREVIOUS_YEAR_WORDS = ("im vorjahr", "vorjahr", "im vergangenen jahr", "vergangenes jahr", "letztes jahr", "im letzten jahr", "vor einem jahr")
NEXT_YEAR_WORDS = ("nächstes jahr", "im nächsten jahr", "im kommenden jahr", "kommendes jahr")
# Capitalized words a year may follow without being part of a name: "März 2019", "im Jahr 2016", "Ende 2019".
MONTHS = (
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "nov", "dez",
)
YEAR_NOUNS = ("jahr", "jahre", "jahres", "ende", "anfang", "mitte", "frühjahr", "sommer", "herbst", "winter", "quartal", "halbjahr", "bis")
PERIOD_START_WORDS = ("seit", "ab")          # "seit 2012" starts a period; it is not the year
TIME_WORDS = (
    "jahr", "jahre", "jahren", "jahres", "monat", "monaten", "woche", "heute", "jetzt", "damals",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "vorjahr", "letzten", "vergangenen", "diesem",
)
# -- Parses (used only when a trained pipeline gives one) ------------------------------------------
# "91 Prozent aller Befragten": the unit's genitive attribute, in spaCy's German (TIGER) labels.
POPULATION_DEPENDENCIES = (
    (
        {"RIGHT_ID": "unit", "RIGHT_ATTRS": {"LOWER": {"IN": list(PERCENT_UNITS)}}},
        {"LEFT_ID": "unit", "REL_OP": ">", "RIGHT_ID": "group", "RIGHT_ATTRS": {"DEP": "ag"}},
    ),
)
SUBJECT_DEPENDENCIES = ("sb",)
# fmt: on
