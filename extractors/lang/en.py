"""English language data for the percentage extractor: word lists only, no logic.

Every language module defines the same names; the components look them up by language.
"""

from extractors.lang.role_patterns import role_patterns

# fmt: off

# -- Numbers -------------------------------------------------------------------------------------
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
# Compounds ("twenty-four", "twenty four") are read token by token: a tens word and a unit word.
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, "hundred": 100}
TENS_WORDS = tuple(_TENS)
UNIT_WORDS = tuple(word for word, value in _UNITS.items() if value)
# A decimal point ("22.8%"); a comma before three digits separates thousands ("1,200").
DECIMAL_MARK = "."

# -- Units ---------------------------------------------------------------------------------------
PERCENT_UNITS = ("percent", "%", "pct", "pct.", "pc", "percents")
PERCENT_UNIT_SEQUENCES = (("per", "cent"),)
POINT_UNITS = ("pp", "pp.", "ppt", "ppts")
POINT_UNIT_SEQUENCES = (
    ("percentage", "points"), ("percentage", "point"), ("percent", "points"), ("per", "cent", "points"),
    ("percentage", "-", "points"), ("percentage", "-", "point"),
)

# -- Ranges and changes --------------------------------------------------------------------------
RANGE_WORDS = ("to", "–", "—", "-")          # "20 to 30 percent"
RANGE_BETWEEN = ("between",)                 # "between 20 and 30 percent"
RANGE_BETWEEN_AND = ("and",)
CHANGE_FROM = ("from",)                      # "from 40 to 50 percent": a change, two claims
CHANGE_TO = ("to",)
# two figures that share a unit, one for each of two groups: "24 and 23 percent, respectively" (two claims)
RESPECTIVE_JOINERS = ("and",)
RESPECTIVELY = ("respectively",)

# -- Qualifiers ----------------------------------------------------------------------------------
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
# A tolerance belongs to the mention ("+/- 4 percent"); other emphasis ("only") does not.
TOLERANCE_PHRASES = ("plus or minus", "+ /-", "±", "+/-")
POSTPOSED_QUALIFIERS = {
    "over": ("or more", "and more", "and above", "or above", "or higher", "plus"),
    "under": ("or less", "or fewer", "and below", "or below", "or lower"),
}

# -- Shares said without a percent ---------------------------------------------------------------
# Fraction words and their denominators: "two-thirds" = 2/3.
FRACTIONS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}
FRACTION_MULTIPLIERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
HALF_DETERMINERS = ()                        # English says "half of", not "the half"
NOT_SHARE_BEFORE_HALF = ("first", "second", "last", "other", "the", "latter", "back")
NOT_SHARE_AFTER_FRACTION = (
    "an", "a", "hour", "hours", "day", "days", "year", "years", "time", "century", "mile",
    "-", "point", "past", "final", "finals", "back", "way", "term", "party", "place",
)
ORDINAL_SHARES = {}                          # "jeder Dritte" has no English twin
EVERY = ()
N_IN_M = ("in", "out of")                    # "one in three", "7 out of 10"
# Only these denominators make a share, not a count like "19 out of 30".
SHARE_DENOMINATORS = (2, 3, 4, 5, 6, 8, 10)
ALL_WORDS = ("all",)                         # "all respondents" = 100
RESPONDENT_WORDS = ("respondents", "surveyed", "polled", "participants", "interviewees")
# A sample's noun that only says they are people; its figures are then the respondents'.
PEOPLE_NOUNS = ("people", "persons", "individuals")
RESPONDENTS = "respondents"

# -- Clause structure ----------------------------------------------------------------------------
# Words opening an adverbial clause, which has a time of its own: "... as X edged up since 1992".
ADVERBIAL_CLAUSES = ("as", "because", "although", "though", "while", "whereas", "since", "after", "before", "until")
# A clause after a comma that is about the time just named: "since 2010, when ...".
WHEN_WORDS = ("when", "where")
LIST_INTRODUCERS = ("such as", "including", "like", "namely", "e.g.", "e.g")
DETERMINERS = ("the", "a", "an", "all", "their", "its", "our", "his", "her", "these", "those", "this", "that")
PREPOSITIONS = (
    "in", "of", "at", "on", "for", "with", "from", "to", "by", "about", "among", "across",
    "into", "over", "under", "since", "during", "after", "before", "between", "through", "per",
)

# -- Verbs ---------------------------------------------------------------------------------------
COPULAS = ("be", "reach")                   # "Margins of error were 3.9 percent", "Turnout reached 76 percent"
# Verbs that link a subject to a noun that says what kind of thing it is: "Flea markets remain popular places".
LINKING_VERBS = ("be", "remain", "become")
PRO_VERBS = ("do",)                          # "only 35% of those over 65 do"
# What a pro-verb takes to stand for the predicate before, whatever else its clause adds: "7 percent do so several times a week".
PRO_VERB_OBJECTS = ("so", "it", "this", "that")
INFINITIVE_MARKS = ("to",)  # mark an infinitive clause, which has no subject of its own
SUBJUNCTIVE_ENDING = ""  # English has no subjunctive of reported speech
COMPLEMENTIZERS = ("that", "whether")        # open a clause that is an argument: "That prices will rise, 72 percent expect"
# A comma before these leads into who reports, not into more of the claim: ", according to Pew".
REPORTING_LEADS = ("according",)
# Words that follow the noun they govern (German "der Umfrage zufolge"; English has none).
POSTPOSITIONS = ()
# A clause of one of these verbs opened by one of these marks says who reports, not what: "as the group reported".
COMMENT_MARKS = ("as",)
# ... and verbs of such a clause that name a source, not who reports: "as emerges from the figures".
SOURCE_VERBS = ("emerge",)
# A clause opened by one of these concedes or contrasts another fact, no part of what a figure's group does:
# "…, obwohl der Anteil gestiegen ist", "…, while the average downtime was nine days".
CONTRAST_MARKS = ("although", "though", "while", "whereas")
# Words that name who reports a sentence's figures ("according to figures published …").
SOURCE_LEADS = ("according",)
REPORTING_VERBS = ("report", "say", "state", "note", "show", "find", "announce", "write", "explain", "add", "estimate")
# Nouns of what someone says: a phrase of them says who reports it ("by their own account").
REPORTING_NOUNS = ("account", "estimate", "estimates", "admission", "word")
# Open an elaboration after a comma, no part of what the clause says ("…, i.e. three nights a week").
ELABORATION_MARKS = ("i.e.", "namely", "e.g.", "that is")

# English puts the subject before its verb: where a parse loses it, the noun before the verb is it.
SUBJECT_BEFORE_VERB = True
# A subordinate clause keeps the subject before the verb: "that 40 percent of firms in Texas invest".
SUBCLAUSE_VERB_LAST = False
# A relative clause may leave out its pronoun ("Reasons shoppers gave for their return").
RELATIVE_PRONOUN_OPTIONAL = True

# (English verbs have no ending a tagger confuses with an adjective's.)
VERB_FORM_ENDINGS = ()

# A participle right after a plural noun and right before the clause's verb belongs to the noun
# ("45% of the adults surveyed said ..."): the endings of such participles.
POSTPOSED_PARTICIPLE_ENDINGS = ("ed",)
# A comparison that bounds a count of things, and the bound the parser reads as one in its place:
# "with fewer than 20 staff" is parsed as "with at least 20 staff".
COUNT_BOUNDS = (("fewer", "than"), ("more", "than"), ("less", "than"))
COUNT_BOUND_STAND_IN = ("at", "least")
# A plural verb that parses like most verbs a figure is the subject of: it stands in for a word the
# tagger did not take for a verb where a sentence has none ("About 40 percent feel lonely").
STAND_IN_VERB = "say"
# ... and a verb a level follows with a LEVEL_CASES preposition, in place of one before a figure ("burnout rose to 56 percent", with "rose" taken for a noun).
STAND_IN_LEVEL_VERB = "climbed"
# A noun that stands in for a word after a demonstrative that the tagger took for a verb ("that figure is 17 percent").
STAND_IN_NOUN = "rate"
# (English bounds an age after its noun: "adults over 65".)
NUMBER_BOUNDS = ()
# The words that leave a number's range open above ("aged 55 and over").
OPEN_BOUNDS = (("and", "over"), ("and", "older"), ("or", "over"), ("or", "older"), ("and", "above"), ("and", "up"))
# Adjectives whose measure is a number of years ("over 60 years old"): no age of a group.
AGE_ADJECTIVES = ("old",)
# Endings of a noun that names people by an age written as a word: "der unter Dreijährigen" (a bound before it is no preposition).
AGE_NOUN_ENDINGS = ()
# (An English present participle is lemmatised to its verb: "rising" -> "rise".)
PRESENT_PARTICIPLE_LEMMA_ENDINGS = ()

# -- Populations ---------------------------------------------------------------------------------
# Whether nouns are written with a capital letter (the fallback roles read groups by it).
NOUNS_CAPITALIZED = False
# (An English ordinal is written "3rd", never "3.".)
ORDINAL_FULL_STOP = False
# No word-class lexicon: the English tagger reads a capitalised first word well enough.
WORD_CLASS_MODEL = None
ADVERB_CLASSES = ()
PLAIN_ADVERB_CLASSES = ()
VERB_CLASSES = ()
PARTICIPLE_CLASS = ""
MARKED_INFINITIVE_CLASS = ""
PLAIN_NOUN_CLASS = None
INDEFINITE_CLASSES = ()
# (the English tagger takes "those" for a pronoun; there is no lexicon to ask)
DEMONSTRATIVE_PRONOUN_CLASSES = ()
NOUN_CLASSES = ()
PREPOSITION_CLASS = None
POPULATION_AFTER = ("of",)                   # "91 percent of marketers"
# Focus particles: they weigh a figure ("by 2006 already 11 percent") and say nothing of what it measures.
# Say the opposite: kept before the verb, where other adverbs are left out ("Never again would 17 percent fly").
NEGATIONS = ("not", "never", "hardly", "n't")
FOCUS_PARTICLES = ("already", "still", "only", "even", "just", "yet", "merely", "also")
DISTRIBUTIVE_WORDS = ("each",)  # "18 percent each": the figure holds for each item named
QUANTIFIERS = (
    "most", "many", "more", "all", "the", "a", "an", "vast", "majority", "of", "some", "those",
    "these", "their", "fewer", "both", "overall", "whole",
)
# "a margin of error of 2.5 points": the noun before "of" is what the figure measures.
# Prepositions whose phrase narrows a group down: "employers in health care", "adults between 18
# and 24", "firms with 10 staff"; others ("for", "on", "about") belong to the verb.
# A figure after one of these and a comma is a part of the clause's subject: "Voters are divided, with 51 percent in favor",
# "Emergency physicians had the highest rate, at 62 percent".
ABSOLUTE_CASES = ("with", "at")
# join two nouns of one group: "Pflegekräfte in Krankenhäusern und Heimen"
COORDINATORS = ("and", "or")
GROUP_MODIFIER_CASES = ("in", "at", "from", "between", "over", "under", "of", "with", "without", "across", "outside", "inside", "within", "aged")
# ... of these only with a number: "workers under 35" narrows, "under pressure" does not.
NUMBER_GROUP_MODIFIER_CASES = ("over", "under")
# Units a number measures an amount in, not a count of people or things asked ("with more than $4,000 in savings").
AMOUNT_UNITS = ("euros", "eur", "€", "dollars", "usd", "$", "pounds", "£", "cents", "hours", "minutes", "seconds", "days", "weeks",
                "months", "years", "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "kilograms", "kg", "pounds",
                "grams", "litres", "liters", "gallons", "tonnes", "tons", "kwh", "square")
MEASURE_OF = ("of",)
# Measures that belong to no group.
UNPOPULATED_SUBJECTS = ("margin of error", "margins of error", "sampling error", "error margin", "the margin of error",
                        "margin of sampling error", "sampling margin")

# -- Comparisons ---------------------------------------------------------------------------------
# Comparison cues that end a predicate: "are stocking up now as compared to June".
CLAUSE_COMPARISONS = ("as compared", "compared to", "compared with", "up from", "down from", "versus", "vs.", "as against")
# A time right after these is the baseline of a comparison, not the year of the figure.
BASELINE_CUES = ("compared to", "compared with", "versus", "vs.", "than in", "than")
# After a change in percentage points, a time after these is where the change starts ("up 5 percentage points from the 2021 edition").
CHANGE_START_WORDS = ("from", "since", "on", "over")
# Right after a figure, a time after these is the base a change is measured on ("up 35 percent on last year", "a rise of 6.2% on 2023").
CHANGE_BASE_WORDS = ("on",)

# An adverbial superlative: a mark and an adjective's ending (none: "most often" is parsed as one).
SUPERLATIVE_MARKS = ()
SUPERLATIVE_ENDINGS = ()
# A preposition that opens no share's whole before one thing with an indefinite article (none: "of a" may open an amount, "30 percent of a day").
INDEFINITE_OBJECT_CASES = ()
# -- Time ----------------------------------------------------------------------------------------
# Compounds are written apart: a study word starts a word.
COMPOUNDS_AS_ONE_WORD = False
# Labels of a line that names the source of an article's figures or how they were gathered; its year is the study's:
# "Source: Retirement Readiness Report 2023", "Methodology: Online survey of 3,020 owner-occupiers in November 2022, …".
SOURCE_LABELS = ("source", "sources", "methodology", "method", "methods", "about the survey", "about the study")
STUDY_WORDS = (
    "survey", "study", "poll", "report", "census", "research", "interview", "interviews",
    "questionnaire", "panel", "index", "barometer", "analysis", "surveys", "studies", "polls",
    "trial", "trials", "experiment", "experiments", "fielded",
)
# Before a study word, name an earlier study, not the one reported: "since the last survey".
EARLIER_STUDY_WORDS = ("since", "last", "previous", "prior", "earlier", "predecessor", "preceding")
# Words between a study word and its sample ("survey of 2,000 adults"), and a word that names a
# sample of a hundred or more anywhere in a sentence about the study ("among 1,200 voters").
SAMPLE_CASES = ("of", "among", "with")
SAMPLE_AMONG = ("among",)
# Words that end the noun phrase of a sample: a verb the study's sentence goes on with.
SAMPLE_ENDS = ("was", "were", "is", "are", "who", "that", "found", "finds", "shows", "showed", "revealed", "reveals",
               "suggests", "suggested", "indicates", "said", "says", "reported", "has", "have")
# A verb of asking that ends the clause of a sample ("2,000 adults were surveyed").
SAMPLE_VERBS = ("surveyed", "polled", "interviewed", "questioned")
# Before a count of places, say where a sample was drawn, not which group it is ("students at 41 universities", "pupils in 38 schools").
SAMPLE_FRAME_CASES = ("in", "at", "across", "from")
PRESENT_WORDS = ("today", "now", "currently", "this year", "at present", "presently", "these days", "nowadays")
PREVIOUS_YEAR_WORDS = ("last year", "the previous year", "the prior year", "a year ago", "the year before", "a year earlier")
DECADE_BEFORE_WORDS = ("a decade ago", "a decade earlier", "a decade before")  # ten years before
# "15 years ago", "15 years earlier": so many years before the study ("#" stands for the number).
YEARS_AGO = (("#", "years", "ago"), ("#", "years", "earlier"), ("#", "years", "before"), ("#", "years", "prior"))
# Words of a relative time that count from the time just named, not from now ("a year earlier", "the previous year").
ANAPHORIC_TIME_WORDS = ("earlier", "before", "prior", "previous")
# Words for "at that time": the year the passage named last before the sentence ("Back then, 29 percent …").
THEN_WORDS = ("back then", "at that time", "in that year", "that year", "in the same year", "the same year", "over the same period",
              "in the same period")
NEXT_YEAR_WORDS = ("next year", "the coming year", "the following year")
# Capitalized words a year may follow without being part of a name: "March 2019", "fiscal year 2020".
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)
YEAR_NOUNS = ("year", "fiscal", "fy", "q1", "q2", "q3", "q4", "spring", "summer", "autumn", "fall", "winter", "until")
PERIOD_START_WORDS = ("since",)              # "since 2012" starts a period; it is not the year
# Open a relative clause after a comma ("…, which the charity attributes to …", "a survey of 900
# teens, which was conducted in May 2024, …"); not "that",
# which also opens what is said.
RELATIVE_PRONOUNS = ("which", "who", "whom", "whose")
# A demonstrative that a relative clause defines names a group: "those who sleep badly named:".
DEFINED_GROUP_PRONOUNS = ("those",)
PERIOD_BETWEEN = (("between", "and"),)       # "between 2010 and 2015": a period, its last year
STATE_WORDS = ("as", "of", "late", "early", "end", "mid")  # "(as of late 2024)": when the figures stood
TIME_WORDS = (
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minutes", "today", "now", "ago", "early", "late",
    "mid", "period", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    "last", "this", "next", "previous", "prior", "same", "time",
)
# -- Parses: roles read from the dependency parse of a mention's sentence (UD relations) -----------
# Case words that make a noun the group a share is taken of: "60% of marketers", "among them".
GROUP_CASES = ("of", "among", "amongst")
# Case words of a group named on the clause: "Among marketers, 45% say ...", "Of those asked, ...".
CLAUSE_GROUP_CASES = ("among", "amongst", "of")
# Case words of a group that opens a sentence and frames its figures: those above, and "For those aged 65 and older, ...".
FRAME_CASES = (*CLAUSE_GROUP_CASES, "for")
# A group named with one of these is a subgroup of its own clause, not carried to the next sentence: "Among workers under 35, 71 percent ...".
LOCAL_GROUP_CASES = ("among", "amongst", "for")
# A place named with one of these in a clause that refers back narrows the group carried over: "In rural areas, the share was 41 percent" -> "respondents in rural areas".
PLACE_CASES = ("in",)
# A figure after these is the level of a measure: "the rate stood at 5%", "rose to 58%".
# ... and of one named on the clause before the figure only
FRONTED_GROUP_CASES = ("for",)
LEVEL_CASES = ("at", "to", "from")
# Determiner forms no genitive has (English marks no case on determiners).
NEVER_GENITIVE_DETERMINERS = ()
# The auxiliary of the passive where the tagger marks no voice (the English tagger marks it).
PASSIVE_AUXILIARIES = ()
# Who does what a passive clause says: "used by marketers".
AGENT_CASES = ("by",)
# (An English clause opens with a frame, not with the verb's prepositional object.)
OBJECT_CASES = ()
# A figure after these says how many of the clause's subject; English "with" says so too seldom
# ("content comes first with 42.9%" counts the item, not a group).
WITH_CASES = ()
# A ranking names its items with a figure after "at": "followed by fraud at 31%", "Libraries came second at 81 percent".
RANKING_VERBS = ("follow", "come", "rank")
RANKED_FIGURE_CASES = ("at",)
# a group a clause ranks another against ("vor den Männern"): no English shape of it yet ("ahead of men"
# names the group with "of")
RANK_CASES = ()
# A figure after these, or on these verbs, is compared with the one before and measures the same:
# "compared with 78 percent in 2010", "versus just 26 percent", "than 40 percent".
COMPARISON_CASES = ("than", "versus", "vs.", "vs", "against")
# After a comma, a figure after these is the earlier value the one before is compared with (German "…, nach 31 Prozent im Jahr 2022").
EARLIER_VALUE_CASES = ()
# What opens the other side of a comparative ("more ... than", "häufiger ... als"), left out of a subject.
COMPARISON_MARKS = ("than",)
# a compared likelihood: "Women were more likely than men to say … (45% vs. 31%)"
LIKELIHOOD_WORDS = ("likely",)
COMPARATIVE_WORDS = ("more", "less")
# A noun phrase after this says in what role, never who does it: "As the main reasons, customers name ...".
ROLE_MARKS = ("as",)
COMPARISON_VERBS = ("compare",)
# A figure after these is a change: "fell by 3 percent".
CHANGE_CASES = ("by",)
# Nouns of a figure that say how it sums up, which the figure stands for as the verb's argument: "rose an average of 11%".
AVERAGE_NOUNS = ("average", "total", "median")
# English may leave out "by": "jobs have increased 6 percent".
BARE_CHANGE = True
# Adverbs a copula makes a change of its subject: "wheat yields were down 18%".
CHANGE_ADVERBS = ("up", "down")
# Verbs (lemma, particle) whose subject is the part a figure is the share of a whole: "Women make up 40 percent of the workforce".
# Prepositions of the whole a part noun's share is taken of, in the singular too, on the part noun
# or its group (English "in" may narrow the group: "the share of workers in health care").
WHOLE_CASES = ()
SHARE_VERBS = (("account", ""), ("make", "up"), ("represent", ""), ("comprise", ""), ("constitute", ""))
# Nouns that name a part of a group, so that the group and the predicate are the figure's:
# "the overwhelming majority of residents (92 percent) shop ...", "the share of workers who ...".
# Words that stand for what was said before, as a pro-form does ("28% said the same").
SAME_WORDS = ("same",)
PART_NOUNS = ("majority", "minority", "most", "half", "share", "proportion", "percentage", "part", "portion", "fraction", "group", "number")
# Nouns that name a figure itself: bare, they and the part nouns stand for the measure named before
# ("Among women, that figure rose to 71 percent").
MEASURE_NOUNS = ("figure", "rate", "level", "value")
# The word that names an amount's owner after it, where a possessive says whose amount a share is of:
# none, English names the amount alone ("40 percent of their net income" -> "net income").
AMOUNT_OWNER_CASE = ""
PLURAL_POSSESSIVES = ("their",)
SINGULAR_POSSESSIVES = ("its", "his", "her")
# Plural group words of an oblique case end so, and drop the last letter in the citation form:
# "der befragten Unternehmen" -> "befragte Unternehmen" (German); English does not inflect them.
OBLIQUE_PLURAL_ENDING = ""
DATIVE_PLURAL_MARKS = ()  # English has no dative
# the plural of a noun counted by "every fifth" (German "jeder fünfte Haushalt"): not needed in English
PLURAL_ENDINGS = ()
WEAK_NOUN_ENDINGS = ()
PLURAL_LIKE_ENDINGS = ()
PLAIN_E_NOUN_PLURAL = ""
UMLAUTS = ()
# The group patterns (extractors/lang/role_patterns.py) with this language's case words.
# a figure that is a share of the clause's subject ("zu 61 Prozent" in German): no English shape
SUBJECT_SHARE_CASES = ()
ROLE_PATTERNS = role_patterns(GROUP_CASES, CLAUSE_GROUP_CASES, FRONTED_GROUP_CASES, genitive=False, subject_share_cases=SUBJECT_SHARE_CASES)
# fmt: on
