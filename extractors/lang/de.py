"""German language data for the percentage extractor."""

# fmt: off
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
REPORTING_VERBS = (
    "sagen", "sagt", "sagten", "geben", "gaben", "berichten", "berichteten", "erklären", "erklärten",
    "zeigt", "zeigte", "ergab", "ergibt", "laut",
)
REPORTING_LEADS = ("laut", "so")
COMPARISON_CUES = ("verglichen mit", "gegenüber", "im vergleich zu", "von", "auf", "nach", "statt", "als")
CLAUSE_COMPARISONS = ("verglichen mit", "im vergleich zu", "gegenüber dem", "gegenüber den")
TIME_WORDS = (
    "jahr", "jahre", "jahren", "jahres", "monat", "monaten", "woche", "heute", "jetzt", "damals",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "vorjahr", "letzten", "vergangenen", "diesem",
)
SUBJECT_PRONOUNS = ("sie", "wir", "er", "es")
# Verbs that state a measure's value: "Die Quote liegt bei 3 Prozent".
COPULAS = ("sein", "liegen", "betragen")
DEMONSTRATIVES = ("diejenigen", "jene")
GROUP_PREPOSITIONS = ("in", "aus", "für", "ohne", "mit")
GROUP_MODIFIERS = ("im", "ab", "unter", "über", "zwischen")
EMPHASIS = ("nur", "lediglich", "weitere", "gut", "knapp")
# Messgrößen ohne Gruppe.
UNPOPULATED_SUBJECTS = ("fehlerspanne", "fehlertoleranz", "statistische fehlertoleranz", "schwankungsbreite", "fehlerquote der umfrage")
OBJECT_PRONOUNS = ("ihnen", "uns", "denen")
# Wörter, die einen Adverbialsatz mit eigener Zeit einleiten.
ADVERBIAL_CLAUSES = ("weil", "obwohl", "während", "nachdem", "bevor", "seitdem", "als", "da")
SHARE_NOUNS = ("anteil", "quote", "zahl", "anzahl", "mehrheit", "minderheit", "prozentsatz", "rate")
MEASURE_OF = ("von",)
# Verb particles that end a clause: "setzen KI-Anwendungen ein".
SEPARABLE_PARTICLES = ("ein", "an", "aus", "auf", "ab", "zu", "mit", "vor", "zurück", "fest", "teil", "bei", "dar", "fort", "her", "hin", "nach", "um", "weg", "zusammen")
PRO_VERBS = ("tun", "machen")
# fmt: on


def _number_words() -> dict[str, int]:
    words = {**_UNITS, **_TEENS, **_TENS, "hundert": 100, "einhundert": 100}
    for unit_word, unit in _UNITS.items():
        if unit and unit_word not in ("eins", "eine", "einem", "einen"):
            for tens_word, tens in _TENS.items():
                words[f"{unit_word}und{tens_word}"] = tens + unit
    return words


NUMBER_WORDS = _number_words()

# A decimal comma: "12,5 Prozent"; a thousands point: "1.200".
DECIMAL_MARK = ","

# fmt: off
PERCENT_UNITS = ("prozent", "%", "pct", "pct.", "v.h.", "vh", "prozentsatz")
PERCENT_UNIT_SEQUENCES = (("v.", "h."), ("v", ".", "h."), ("vom", "hundert"))
POINT_UNITS = ("prozentpunkte", "prozentpunkten", "prozentpunkt", "pp", "pp.")
POINT_UNIT_SEQUENCES = ()

# Words joining two numbers into one range: "20 bis 30 Prozent", "zwischen 20 und 30 Prozent".
RANGE_WORDS = ("bis", "–", "—", "-")
RANGE_BETWEEN = ("zwischen",)
RANGE_BETWEEN_AND = ("und",)
# "von 74 auf 78 Prozent": a change, two claims.
CHANGE_FROM = ("von",)
CHANGE_TO = ("auf",)

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
    "exact": ("nur", "lediglich", "genau", "exakt", "gerade einmal", "gerade mal", "ganze", "volle", "je", "plus/minus", "plus minus", "+ /-", "±"),
}
TOLERANCE_PHRASES = ("plus/minus", "plus minus", "+ /-", "±", "+/-")
POSTPOSED_QUALIFIERS = {
    "over": ("oder mehr", "und mehr", "und darüber", "oder darüber"),
    "under": ("oder weniger", "und weniger", "oder darunter", "und darunter"),
}

# Shares said without a percent word.
# Fraction words and their denominators: "zwei Drittel" = 2/3.
FRACTIONS = {"hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10}
FRACTION_MULTIPLIERS = {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4}
HALF_DETERMINERS = ("die", "der", "zur", "jede", "einer")
# "jeder Dritte" = 1/3: ordinals and their denominators.
ORDINAL_SHARES = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10}
EVERY = ("jeder", "jede", "jedes", "jeden", "jedem")
N_IN_M = ("von",)
# "drei von vier": only these denominators make a share, not a count like "19 von 30".
SHARE_DENOMINATORS = (2, 3, 4, 5, 6, 8, 10)
ALL_WORDS = ("alle", "sämtliche")
RESPONDENT_WORDS = ("befragten", "befragte", "teilnehmer", "teilnehmenden", "umfrageteilnehmer")
NOT_SHARE_AFTER_FRACTION = ("jahr", "jahres", "jahrhundert", "stunde", "stunden", "-")
NOT_SHARE_BEFORE_HALF = ("ersten", "zweiten", "letzten", "andere", "anderen", "erste", "zweite", "letzte")

# Words that start a new clause inside a sentence (cut the subject there).
CLAUSE_STARTS = (
    "während", "wobei", "wohingegen", "aber", "doch", "jedoch", "sondern", "denn", "weil",
    "verglichen", "gegenüber", "als", "wenn", "obwohl", "sowie", "und", "oder", "bei",
    "beziehungsweise", "bzw.",
)
COORDINATORS = ("und", "oder", "sowie", "beziehungsweise", "bzw.", "bzw", "als auch")
LIST_INTRODUCERS = ("wie", "etwa", "z.b.", "z. b.", "nämlich", "darunter")
# Population words that name nobody in particular.
VAGUE_POPULATIONS = ("menschen", "leute", "personen", "viele", "einige")
# Endings of nominalized adjectives in an oblique case: "der Befragten" is the "Befragte".
NOMINALIZED_ENDINGS = ("ten", "lichen", "igen", "schen", "enen")
SUBORDINATORS = ("dass", "ob", "weil", "wenn", "falls", "damit", "sodass", "obwohl", "nachdem")
# Relative pronouns that cannot be articles ("die", "der" can, so they stay in subjects).
RELATIVES = ("welche", "welcher", "welches", "denen", "deren")
# Typical endings of German nouns: a noun phrase ends at such a word ("Unternehmen", "Befragung").
NOUN_ENDINGS = (
    "en", "ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "nis", "er", "e", "ei", "um",
    "ment", "ur", "ik", "tum",
)
# A clause after a comma that refers back to the time just named: "seit 2010, als ...".
WHEN_WORDS = ("als", "wo")
# Words that lead a population phrase after a mention: "91 Prozent aller befragten Unternehmen".
POPULATION_AFTER = ("der", "aller", "des", "von", "unter")
POPULATION_BEFORE = ("unter", "bei")
OPENING_POPULATION_CUES = ("von", "unter", "bei")
# Words that refer back to the previous population: "bei 89 Prozent davon".
BACK_REFERENCES = ("davon", "darunter", "hiervon", "sie", "diese", "dies", "diesen")
# Words that quantify a population without naming it: stripped from population phrases.
QUANTIFIERS = ("alle", "aller", "allen", "sämtliche", "sämtlicher", "die", "der", "den", "des", "mehr", "meisten", "viele", "vieler")
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "aller", "alle", "allen", "ihrer", "ihre", "ihren", "seiner", "seine", "unserer", "dieser",
    "diese", "diesen", "dieses", "diesem", "jener", "sämtlicher",
)
PREPOSITIONS = (
    "in", "im", "bei", "beim", "von", "vom", "mit", "für", "auf", "aus", "an", "am", "zu", "zum",
    "zur", "nach", "über", "unter", "vor", "durch", "gegen", "ohne", "um", "seit", "laut",
)
# Sentence adverbs and connectives that carry no subject meaning at the start of a clause.
LEADING_FILLERS = (
    "demnach", "so", "auch", "zudem", "außerdem", "insgesamt", "immerhin", "zwar", "noch",
    "bereits", "schon", "mittlerweile", "inzwischen", "nun", "jetzt", "dabei", "damit",
    "also", "hingegen", "dagegen", "allerdings", "ebenfalls", "sogar", "knapp", "heute",
    "aktuell", "derzeit", "lediglich", "nur", "laut", "gerade", "besonders", "insbesondere",
    "häufig", "oft", "meist", "meistens", "vermehrt", "zunehmend", "vor", "allem", "vielmehr",
    "daher", "deshalb", "folglich", "außerdem", "ferner", "weiterhin", "erstmals", "bislang",
)
# Words for a study: a year next to one is the study's year.
STUDY_WORDS = (
    "studie", "umfrage", "befragung", "erhebung", "untersuchung", "report", "bericht",
    "analyse", "panel", "monitor", "barometer", "index", "trendstudie", "marktstudie",
)
# "heute" and "aktuell" are the study's year; "im Vorjahr" one year earlier.
PRESENT_WORDS = ("heute", "aktuell", "derzeit", "gegenwärtig", "momentan", "zurzeit", "inzwischen", "mittlerweile", "dieses jahr", "in diesem jahr", "diesjährigen")
PREVIOUS_YEAR_WORDS = ("im vorjahr", "vorjahr", "im vergangenen jahr", "vergangenes jahr", "letztes jahr", "im letzten jahr", "vor einem jahr")
NEXT_YEAR_WORDS = ("nächstes jahr", "im nächsten jahr", "im kommenden jahr", "kommendes jahr")
PERIOD_START_WORDS = ("seit", "ab")
REPORTING_VERBS = (
    "sagen", "sagt", "sagten", "geben", "gaben", "berichten", "berichteten", "erklären", "erklärten",
    "zeigt", "zeigte", "ergab", "ergibt", "laut",
)
REPORTING_LEADS = ("laut", "so")
COMPARISON_CUES = ("verglichen mit", "gegenüber", "im vergleich zu", "von", "auf", "nach", "statt", "als")
CLAUSE_COMPARISONS = ("verglichen mit", "im vergleich zu", "gegenüber dem", "gegenüber den")
TIME_WORDS = (
    "jahr", "jahre", "jahren", "jahres", "monat", "monaten", "woche", "heute", "jetzt", "damals",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "vorjahr", "letzten", "vergangenen", "diesem",
)
SUBJECT_PRONOUNS = ("sie", "wir", "er", "es")
# Verbs that state a measure's value: "Die Quote liegt bei 3 Prozent".
COPULAS = ("sein", "liegen", "betragen")
DEMONSTRATIVES = ("diejenigen", "jene")
GROUP_PREPOSITIONS = ("in", "aus", "für", "ohne", "mit")
GROUP_MODIFIERS = ("im", "ab", "unter", "über", "zwischen")
EMPHASIS = ("nur", "lediglich", "weitere", "gut", "knapp")
# Messgrößen ohne Gruppe.
UNPOPULATED_SUBJECTS = ("fehlerspanne", "fehlertoleranz", "statistische fehlertoleranz", "schwankungsbreite", "fehlerquote der umfrage")
OBJECT_PRONOUNS = ("ihnen", "uns", "denen")
# Wörter, die einen Adverbialsatz mit eigener Zeit einleiten.
ADVERBIAL_CLAUSES = ("weil", "obwohl", "während", "nachdem", "bevor", "seitdem", "als", "da")
SHARE_NOUNS = ("anteil", "quote", "zahl", "anzahl", "mehrheit", "minderheit", "prozentsatz", "rate")
MEASURE_OF = ("von",)
# Verb particles that end a clause: "setzen KI-Anwendungen ein".
SEPARABLE_PARTICLES = ("ein", "an", "aus", "auf", "ab", "zu", "mit", "vor", "zurück", "fest", "teil", "bei", "dar", "fort", "her", "hin", "nach", "um", "weg", "zusammen")
PRO_VERBS = ("tun", "machen")
# fmt: on
