"""English language data for the percentage extractor."""

# fmt: off
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
REPORTING_VERBS = (
    "say", "says", "said", "saying", "report", "reports", "reported", "indicate", "indicated",
    "indicating", "state", "stated", "found", "finds", "shows", "showed", "suggests", "according",
)
# A comma before these leads into who reports, not into more of the claim: ", according to Pew".
REPORTING_LEADS = ("according",)
# A comparison leading into a mention: the mention measures the same thing at another time.
COMPARISON_CUES = ("compared to", "compared with", "up from", "down from", "from", "versus", "vs.", "than", "to", "against")
# Comparison cues that end a predicate: "are stocking up now as compared to June".
CLAUSE_COMPARISONS = ("as compared", "compared to", "compared with", "up from", "down from", "versus", "vs.", "as against")
TIME_WORDS = (
    "year", "years", "month", "months", "week", "weeks", "today", "now", "ago", "early", "late",
    "mid", "period", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    "last", "this", "next", "previous", "prior", "same", "time",
)
SUBJECT_PRONOUNS = ("they", "we", "he", "she", "it")
COPULAS = ("be",)
DEMONSTRATIVES = ("those", "people", "ones")
GROUP_PREPOSITIONS = ("in", "from", "at")
GROUP_MODIFIERS = ("aged", "over", "under", "between", "older", "younger")
EMPHASIS = ("just", "only", "another", "a", "full")
# Measures that belong to no group.
UNPOPULATED_SUBJECTS = ("margin of error", "margins of error", "sampling error", "error margin", "the margin of error")
# Plural nouns whose lemma is not the word minus -s: not verb forms.
IRREGULAR_PLURALS = ("people", "men", "women", "children", "data", "media", "criteria", "staff", "police", "feet", "teeth")
OBJECT_PRONOUNS = ("them", "us")
# Words opening an adverbial clause, which has its own time: "... as identification edged up since 1992".
ADVERBIAL_CLAUSES = ("as", "because", "although", "though", "while", "whereas", "since", "after", "before", "until")
# Nouns naming a share of a group: "the share of workers who ..." -> the group is "workers who ...".
SHARE_NOUNS = ("share", "proportion", "percentage", "number", "rate", "portion", "fraction", "majority", "minority")
# "a margin of error of 2.5 points": the noun before "of" is what the figure measures.
MEASURE_OF = ("of",)
SEPARABLE_PARTICLES = ()
# Verbs that stand in for the one before: "only 35% of those over 65 do".
PRO_VERBS = ("do",)
# fmt: on

# Compounds ("twenty-four", "twenty four") are read token by token: tens word + unit word.
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, "hundred": 100, "a hundred": 100, "one hundred": 100}
TENS_WORDS = tuple(_TENS)
UNIT_WORDS = tuple(word for word, value in _UNITS.items() if value)

# A decimal point: "22.8%"; a thousands comma: "1,200".
DECIMAL_MARK = "."

# fmt: off
PERCENT_UNITS = ("percent", "%", "pct", "pct.", "pc", "percents")
PERCENT_UNIT_SEQUENCES = (("per", "cent"),)
POINT_UNITS = ("pp", "pp.", "ppt", "ppts")
POINT_UNIT_SEQUENCES = (
    ("percentage", "points"), ("percentage", "point"), ("percent", "points"), ("per", "cent", "points"),
    ("percentage", "-", "points"), ("percentage", "-", "point"),
)

RANGE_WORDS = ("to", "–", "—", "-")
RANGE_BETWEEN = ("between",)
RANGE_BETWEEN_AND = ("and",)
CHANGE_FROM = ("from",)
CHANGE_TO = ("to",)

QUALIFIERS = {
    "approx": (
        "about", "around", "roughly", "approximately", "some", "circa", "ca.", "close to",
        "closer to", "an estimated", "estimated", "approx.", "or so", "in the region of", "give or take",
    ),
    "over": (
        "more than", "over", "at least", "upwards of", "above", "in excess of", "just over",
        "a little over", "slightly over", "well over", "a little more than", "slightly more than",
        "well above", "no less than", "not less than",
    ),
    "under": (
        "less than", "under", "nearly", "almost", "fewer than", "up to", "within", "just under",
        "a little under", "slightly under", "not quite", "no more than", "at most", "below",
        "shy of", "just shy of", "as many as", "as much as", "barely",
    ),
    "exact": (
        "only", "just", "a full", "fully", "exactly", "precisely", "plus or minus", "+ /-", "±",
        "a mere", "merely", "each", "an impressive", "a whopping", "a staggering",
    ),
}
TOLERANCE_PHRASES = ("plus or minus", "+ /-", "±", "+/-")
POSTPOSED_QUALIFIERS = {
    "over": ("or more", "and more", "and above", "or above", "or higher", "plus"),
    "under": ("or less", "or fewer", "and below", "or below", "or lower"),
}

# Fraction words and their denominators: "two-thirds" = 2/3.
FRACTIONS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}
FRACTION_MULTIPLIERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
HALF_DETERMINERS = ()
ORDINAL_SHARES = {}
EVERY = ()
N_IN_M = ("in", "out of")
# "one in three": only these denominators make a share, not a count like "19 out of 30".
SHARE_DENOMINATORS = (2, 3, 4, 5, 6, 8, 10)
ALL_WORDS = ("all",)
RESPONDENT_WORDS = ("respondents", "surveyed", "polled", "participants", "interviewees")
NOT_SHARE_BEFORE_HALF = ("first", "second", "last", "other", "the", "latter", "back")
NOT_SHARE_AFTER_FRACTION = (
    "an", "a", "hour", "hours", "day", "days", "year", "years", "time", "century", "mile",
    "-", "point", "past", "final", "finals", "back", "way", "term", "party", "place",
)

CLAUSE_STARTS = (
    "while", "whereas", "but", "although", "though", "compared", "versus", "vs", "vs.",
    "which", "when", "and", "or", "followed", "against", "than", "with", "so",
)
WHEN_WORDS = ("when", "where")
SUBORDINATORS = ("that", "whether", "because", "if", "as", "although", "though")
RELATIVES = ("who", "that", "which", "whom", "whose")
NOUN_ENDINGS = ()
COORDINATORS = ("and", "or", "and/or", "as well as", "plus")
LIST_INTRODUCERS = ("such as", "including", "like", "namely", "e.g.", "e.g")
VAGUE_POPULATIONS = ("people", "persons", "ones", "others", "some", "many")
NOMINALIZED_ENDINGS = ()
POPULATION_AFTER = ("of",)
POPULATION_BEFORE = ("among",)
# "Of those who ..., 58 percent", "For those who ..., 65 percent": cues that open a sentence.
OPENING_POPULATION_CUES = ("of", "for", "among")
BACK_REFERENCES = ("them", "those", "these", "they", "it")
QUANTIFIERS = (
    "most", "many", "more", "all", "the", "a", "an", "vast", "majority", "of", "some", "those",
    "these", "their", "fewer", "both", "overall", "whole",
)
DETERMINERS = ("the", "a", "an", "all", "their", "its", "our", "his", "her", "these", "those", "this", "that")
PREPOSITIONS = (
    "in", "of", "at", "on", "for", "with", "from", "to", "by", "about", "among", "across",
    "into", "over", "under", "since", "during", "after", "before", "between", "through",
)
LEADING_FILLERS = (
    "today", "now", "currently", "overall", "also", "still", "however", "meanwhile", "yet",
    "just", "only", "additionally", "moreover", "furthermore", "further", "notably", "so",
    "then", "while", "whereas", "and", "but",
)
VERB_LEMMAS = (
    "be", "have", "do", "say", "believe", "think", "use", "want", "plan", "prefer", "expect",
    "report", "cite", "feel", "need", "agree", "disagree", "consider", "see", "find", "intend",
    "name", "mention", "identify", "favor", "favour", "oppose", "support", "own", "buy", "spend",
    "invest", "allocate", "work", "live", "shop", "visit", "know", "like", "hate", "trust",
    "worry", "fear", "hope", "rate", "rank", "choose", "describe", "indicate", "admit",
    "claim", "state", "expect", "would", "will", "can", "could", "should", "may", "might",
    "must", "get", "make", "go", "come", "take", "give", "keep", "remain", "become", "grow",
    "rise", "fall", "increase", "decrease", "drop", "meet", "attempt", "engage", "receive",
    "send", "download", "pay", "quit", "leave", "stay", "view", "show", "suggest", "access",
    "play", "watch", "read", "listen", "post", "share", "follow", "answer", "respond",
    "experience", "struggle", "plan", "look", "expect", "check", "try", "start", "stop",
)
# Sentence adverbs and fillers at the start of a clause (dropped from subjects).
STUDY_WORDS = (
    "survey", "study", "poll", "report", "census", "research", "interview", "interviews",
    "questionnaire", "panel", "index", "barometer", "analysis", "surveys", "studies", "polls",
)
PRESENT_WORDS = ("today", "now", "currently", "this year", "at present", "presently", "these days", "nowadays")
PREVIOUS_YEAR_WORDS = ("last year", "the previous year", "the prior year", "a year ago", "the year before", "a year earlier")
NEXT_YEAR_WORDS = ("next year", "the coming year", "the following year")
PERIOD_START_WORDS = ("since",)
REPORTING_VERBS = (
    "say", "says", "said", "saying", "report", "reports", "reported", "indicate", "indicated",
    "indicating", "state", "stated", "found", "finds", "shows", "showed", "suggests", "according",
)
# A comma before these leads into who reports, not into more of the claim: ", according to Pew".
REPORTING_LEADS = ("according",)
# A comparison leading into a mention: the mention measures the same thing at another time.
COMPARISON_CUES = ("compared to", "compared with", "up from", "down from", "from", "versus", "vs.", "than", "to", "against")
# Comparison cues that end a predicate: "are stocking up now as compared to June".
CLAUSE_COMPARISONS = ("as compared", "compared to", "compared with", "up from", "down from", "versus", "vs.", "as against")
TIME_WORDS = (
    "year", "years", "month", "months", "week", "weeks", "today", "now", "ago", "early", "late",
    "mid", "period", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    "last", "this", "next", "previous", "prior", "same", "time",
)
SUBJECT_PRONOUNS = ("they", "we", "he", "she", "it")
COPULAS = ("be",)
DEMONSTRATIVES = ("those", "people", "ones")
GROUP_PREPOSITIONS = ("in", "from", "at")
GROUP_MODIFIERS = ("aged", "over", "under", "between", "older", "younger")
EMPHASIS = ("just", "only", "another", "a", "full")
# Measures that belong to no group.
UNPOPULATED_SUBJECTS = ("margin of error", "margins of error", "sampling error", "error margin", "the margin of error")
# Plural nouns whose lemma is not the word minus -s: not verb forms.
IRREGULAR_PLURALS = ("people", "men", "women", "children", "data", "media", "criteria", "staff", "police", "feet", "teeth")
OBJECT_PRONOUNS = ("them", "us")
# Words opening an adverbial clause, which has its own time: "... as identification edged up since 1992".
ADVERBIAL_CLAUSES = ("as", "because", "although", "though", "while", "whereas", "since", "after", "before", "until")
# Nouns naming a share of a group: "the share of workers who ..." -> the group is "workers who ...".
SHARE_NOUNS = ("share", "proportion", "percentage", "number", "rate", "portion", "fraction", "majority", "minority")
# "a margin of error of 2.5 points": the noun before "of" is what the figure measures.
MEASURE_OF = ("of",)
SEPARABLE_PARTICLES = ()
# Verbs that stand in for the one before: "only 35% of those over 65 do".
PRO_VERBS = ("do",)
# fmt: on
