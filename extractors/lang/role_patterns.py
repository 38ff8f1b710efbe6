"""The shapes of the group patterns, shared by the languages; each language module fills in its
own case words (`role_patterns(...)` -> its `ROLE_PATTERNS`). DependencyMatcher patterns over the
Universal Dependencies parse of a mention's sentence: each starts from the word whose group it
finds (a figure's share word, "Prozent", "%", "Hälfte", or a noun such as "Mehrheit") and names
that group's head "group"; a "case" node lists the prepositions the group may have.
"""

from __future__ import annotations

# The owner is the figure's share word or a noun: a word that can head a noun phrase.
_OWNER = {"RIGHT_ID": "owner", "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "PROPN", "PRON", "NUM", "SYM", "ADJ", "DET"]}}}


# Patterns whose group counts only where it stands before the figure.
FRONTED = ("population_fronted", "population_fronted_on_figure")


def on_clause(cases: tuple[str, ...]) -> list:
    """A plural group with one of `cases` on a verb above the figure."""
    return [
        [_OWNER, {"LEFT_ID": "owner", "REL_OP": "<<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX", "ADJ"]}}},
         {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "group",
          "RIGHT_ATTRS": {"DEP": {"IN": ["obl", "nmod"]}, "MORPH": {"IS_SUPERSET": ["Number=Plur"]}}},
         {"LEFT_ID": "group", "REL_OP": ">", "RIGHT_ID": "case",
          "RIGHT_ATTRS": {"DEP": "case", "LOWER": {"IN": list(cases)}}}],
    ] if cases else []


def on_figure(cases: tuple[str, ...]) -> list:
    """A plural group with one of `cases` on the figure itself, where the figure is the predicate."""
    return [
        [_OWNER, {"LEFT_ID": "owner", "REL_OP": ">", "RIGHT_ID": "group",
                  "RIGHT_ATTRS": {"DEP": {"IN": ["obl", "nmod"]}, "MORPH": {"IS_SUPERSET": ["Number=Plur"]}}},
         {"LEFT_ID": "group", "REL_OP": ">", "RIGHT_ID": "case",
          "RIGHT_ATTRS": {"DEP": "case", "LOWER": {"IN": list(cases)}}}],
    ] if cases else []


def subject_share(cases: tuple[str, ...]) -> list:
    """A plural subject of the verb or predicative adjective a figure with one of `cases` hangs on
    ("Bäckereien meldeten zu 61 Prozent unbesetzte Stellen": 61 percent of the bakeries; "Azubis
    sind zu 87 Prozent zufrieden")."""
    return [
        [_OWNER, {"LEFT_ID": "owner", "REL_OP": ">", "RIGHT_ID": "case", "RIGHT_ATTRS": {"DEP": "case", "LOWER": {"IN": list(cases)}}},
         {"LEFT_ID": "owner", "REL_OP": "<", "RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX", "ADJ"]}}},
         {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "group",
          "RIGHT_ATTRS": {"DEP": "nsubj", "POS": {"IN": ["NOUN", "PROPN"]}, "MORPH": {"IS_SUPERSET": ["Number=Plur"]}}}],
    ] if cases else []


def role_patterns(group_cases: tuple[str, ...], clause_group_cases: tuple[str, ...], fronted_group_cases: tuple[str, ...], genitive: bool,
                  subject_share_cases: tuple[str, ...] = ()) -> dict:
    """The patterns by name, in order of preference.

    Args:
        group_cases: prepositions of a group after the figure ("of", "von", "unter").
        clause_group_cases: prepositions of a group named on the clause ("among", "unter", "bei").
        fronted_group_cases: prepositions of a group named on the clause before the figure only
            ("For women, the rate was 40 percent"; "pay for services" names no group).
        genitive: whether a noun attribute without a preposition is a group (German genitive).
        subject_share_cases: prepositions of a figure that is a share of the clause's subject ("zu").
    """
    return {
        # "91 Prozent aller Befragten", "jeder Dritte der Deutschen": a genitive attribute
        "population_genitive": [
            [_OWNER, {"LEFT_ID": "owner", "REL_OP": ">", "RIGHT_ID": "group", "RIGHT_ATTRS": {"DEP": "nmod"}}],
        ] if genitive else [],
        # "60% of marketers", "45 Prozent von ihnen", "drei von vier Befragten"
        "population_of": [
            [_OWNER, {"LEFT_ID": "owner", "REL_OP": ">", "RIGHT_ID": "group", "RIGHT_ATTRS": {"DEP": "nmod"}},
             {"LEFT_ID": "group", "REL_OP": ">", "RIGHT_ID": "case",
              "RIGHT_ATTRS": {"DEP": "case", "LOWER": {"IN": list(group_cases)}}}],
        ],
        # "Bei Schülern sind es 51 Prozent", "Among retirees it is 30 percent": on the figure itself,
        # before one on a verb above it ("Bei den Jungen liegt der Anteil bei 46 Prozent, bei den Mädchen sind es 29 Prozent")
        "population_on_figure": on_figure(clause_group_cases),
        # "Among marketers, 45% say ...", "Bei Firmen mit 500 Mitarbeitern sind es 45 Prozent.":
        # on a verb above the figure; a group is more than one ("bei Glätte", a condition, is none)
        "population_on_clause": on_clause(clause_group_cases),
        # "For those aged 65 and older, use has risen to 35 percent", "Für Frauen liegt er bei 40 Prozent"
        "population_fronted": on_clause(fronted_group_cases),
        # "Von den Jüngeren nutzen 29 Prozent …", with the group hung on the figure
        "population_fronted_on_figure": on_figure(fronted_group_cases),
        # "Bäckereien meldeten zu 61 Prozent unbesetzte Stellen"
        "population_subject": subject_share(subject_share_cases),
    }
