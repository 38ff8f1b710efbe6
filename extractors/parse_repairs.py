"""Repairs of the parse of a sentence that holds figures, made before its roles are read.

The pipelines trained here (see `models/`) get most of a sentence right but make a few mistakes
over and over: a group hung on the verb, a participle after a group taken for the clause's verb, a
German plural noun taken for a singular. Each `attach_` or `mark_` function mends one such mistake
where the words show it (their parts of speech, morphology, order and punctuation), and `repair`
runs them in the order they build on each other. A repair never leaves a cycle (`reattach`).
"""

from __future__ import annotations

import re
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from extractors.clauses import (
    SUBJECTS,
    cases,
    is_compound_part,
    is_expletive,
    is_indefinite_thing,
    is_partitive,
    is_plural,
    population_noun_after,
    share_word,
)
from extractors.components.sentence_parse import has_digit
from extractors.shares import number_value
from extractors.word_classes import word_class

# A number with the plural ending ("over-65s", "30s", "1990's").
_NUMBER_PLURAL = re.compile(r"\d['’]?s$")


def attach_root_taken_by_punctuation(parsed: Doc) -> None:
    """Repair the parse of a sentence whose root the parser made its final punctuation, with the
    clause's verb hung below a phrase on it ("Unter Eltern mit kleinen Kindern sparen 38 Prozent
    beim Einkauf." with "." the root and "sparen" a conjunct of "Eltern"): punctuation heads
    nothing, so the first finite verb is the root and what hung on the mark hangs on it."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or root.pos_ != "PUNCT":
        return
    verb = next((t for t in parsed if t.pos_ in ("VERB", "AUX") and t.morph.get("Mood") and root in t.ancestors), None)
    if verb is None:
        return
    phrase = next(a for a in [verb, *verb.ancestors] if a.head == root)
    if take_root(verb, root, "punct", list(root.children)) and phrase != verb:
        phrase.dep_ = "obl"


def reattach(token: Token, head: Token, dep: str) -> bool:
    """Hang `token` on `head` with relation `dep` (on itself: a root), unless `head` lies below
    it: a repair must leave a tree (spaCy cannot read a parse with a cycle). Whether it did."""
    if head != token and token in head.ancestors:
        return False
    token.head, token.dep_ = head, dep
    return True


def take_root(new: Token, old: Token, dep: str, moved: list[Token]) -> bool:
    """Make `new` the root in place of `old`, with the `moved` words (children of `old`) on it and
    `old` hung on it by `dep`. Whether it could (see `reattach`)."""
    if not reattach(new, new, "ROOT"):
        return False
    for child in moved:
        if child != new:
            reattach(child, new, child.dep_)
    reattach(old, new, dep)
    return True


def is_figure(noun: Token) -> bool:
    """Whether a noun carries a number, as a figure's does ("39 Prozent")."""
    return any(c.dep_ == "nummod" for c in noun.children)


def repair(parsed: Doc, shares: list[tuple[int, int]], data: ModuleType, restated: list[tuple[int, int]]) -> None:
    """Mend what the parser gets wrong in a sentence whose figures span `shares` (token
    offsets), in the order the repairs (the `attach_` and `mark_` functions below) build on each
    other; a share a figure restates (`restated`: "Gut jeder dritte Verein (35 Prozent)") has its
    counted noun too."""
    mark_articles_as_determiners(parsed)
    mark_determiners_without_noun(parsed)
    attach_pronoun_taken_for_article_of_figure(parsed)
    attach_pronoun_taken_for_determiner(parsed)
    mark_number_plurals(parsed)
    mark_number_compounds(parsed)
    attach_word_taken_for_punctuation(parsed)
    attach_demonstrative_taken_for_verb(parsed, data)
    attach_preposition_taken_for_argument(parsed)
    if data.NOUNS_CAPITALIZED:
        mark_capitalized_nouns(parsed, data)
        attach_truncated_compound_before_bracket(parsed)
        attach_truncated_compound_before_conjunction(parsed)
        attach_truncated_compound_after_conjunction(parsed)
    for share_start, share_end in restated:
        attach_restated_share_under_its_figure(parsed[share_start:share_end], [parsed[start:end] for start, end in shares])
        attach_share_on_counted_noun(parsed[share_start:share_end], data.EVERY, data.ORDINAL_SHARES)
    for share_start, share_end in shares:
        attach_bracket_within_restated_share(parsed[share_start:share_end], [parsed[start:end] for start, end in restated])
        attach_figure_under_qualifier(parsed[share_start:share_end])
        attach_genitive_after_figure(parsed[share_start:share_end])
        attach_figure_taken_into_time(parsed[share_start:share_end], data.TIME_WORDS)
        attach_figure_taken_into_phrase_before(parsed[share_start:share_end], data.TIME_WORDS)
        attach_figure_taken_for_subject_of_complement(parsed[share_start:share_end])
        attach_figure_before_participle_clause(parsed[share_start:share_end])
        attach_indefinite_object_of_verb(parsed[share_start:share_end], data.INDEFINITE_OBJECT_CASES)
        attach_phrase_before_bracket(parsed[share_start:share_end])
        attach_bracket_on_item_before(parsed[share_start:share_end])
        attach_bracketed_figure_on_item_before(parsed[share_start:share_end])
        attach_sentence_adverb(parsed[share_start:share_end])
        attach_level_on_complement(parsed[share_start:share_end], data.LEVEL_CASES)
        attach_level_hung_past_comma(parsed[share_start:share_end], data.LEVEL_CASES)
        attach_level_on_attribute(parsed[share_start:share_end], data.LEVEL_CASES, data.MEASURE_OF)
        attach_change_on_subject(parsed[share_start:share_end], data.CHANGE_CASES)
        attach_figure_of_average(parsed[share_start:share_end], data.AVERAGE_NOUNS)
        attach_level_on_change(parsed[share_start:share_end], data.LEVEL_CASES, data.CHANGE_CASES)
        attach_subject_share_on_predicate(parsed[share_start:share_end], data.SUBJECT_SHARE_CASES)
        attach_narrowing_phrase_hung_on_figure(parsed[share_start:share_end], data.GROUP_CASES, data.GROUP_MODIFIER_CASES)
        attach_object_taken_for_apposition_of_group(parsed[share_start:share_end])
        attach_partitive_adverb_after_figure(parsed[share_start:share_end], data)
        attach_share_on_counted_noun(parsed[share_start:share_end], data.EVERY, data.ORDINAL_SHARES)
    attach_postposed_participles(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_participle_with_complement(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_number_range(parsed)
    attach_earlier_value_on_figure(parsed, shares)
    attach_open_age_bound(parsed, data.OPEN_BOUNDS, data.RELATIVE_PRONOUNS)
    attach_number_bounds(parsed, data.NUMBER_BOUNDS, data.AGE_NOUN_ENDINGS)
    attach_noun_taken_for_verb(parsed)
    attach_participle_after_group(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_participle_of_prepositional_group(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_participle_after_pronoun(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_participle_taken_for_subject_clause(parsed)
    attach_verb_taken_for_subject_of_relative_clause(parsed)
    attach_relative_verb_taken_for_auxiliary(parsed)
    attach_verb_taken_for_participle_of_group(parsed)
    attach_clause_taken_into_participle(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS)
    attach_participle_of_fronted_group(parsed, data.POSTPOSED_PARTICIPLE_ENDINGS, data.CLAUSE_GROUP_CASES)
    attach_stranded_particles(parsed)
    mark_plural_adjectival_nouns(parsed, data)
    attach_subject_of_complement(parsed)
    attach_copula_on_verb(parsed)
    attach_copula_on_subject(parsed)
    attach_dependents_of_copula(parsed)
    attach_time_taken_for_subject(parsed, data)
    attach_copula_with_two_subjects(parsed)
    attach_predicate_taken_for_modifier(parsed)
    attach_finite_verb_taken_for_modifier(parsed)
    attach_clause_after_colon_taken_for_modifier(parsed)
    attach_item_coordinated_with_figure(parsed)
    attach_adjective_coordinated_before_noun(parsed)
    attach_noun_coordinated_with_group(parsed)
    if data.RELATIVE_PRONOUN_OPTIONAL:
        attach_contact_clause(parsed)
    attach_verb_taken_for_modifier_of_subject(parsed, data.AGENT_CASES)
    attach_phrase_hung_on_reporting_noun(parsed, data.REPORTING_NOUNS)
    attach_complementizer_taken_for_dependent(parsed, data.COMPLEMENTIZERS)
    attach_unlabelled_clause(parsed)
    mark_reported_subjunctives(parsed, data.SUBJUNCTIVE_ENDING)
    attach_reported_clause(parsed)
    attach_clause_taken_for_complement(parsed)
    attach_conjunct_without_conjunction(parsed)
    attach_predicate_taken_for_argument(parsed)
    attach_predicate_taken_for_modifier_of_next_figure(parsed)
    age_bounds = (*data.NUMBER_GROUP_MODIFIER_CASES, *(first for first, _ in data.PERIOD_BETWEEN))
    attach_age_after_group(parsed, age_bounds, data.TIME_WORDS)
    attach_measure_of_age_adjective(parsed, data.AGE_ADJECTIVES, data.TIME_WORDS)
    attach_time_phrase_of_group(parsed, data.TIME_WORDS, age_bounds)
    if data.NOUNS_CAPITALIZED:
        attach_bare_noun_after_group(parsed)
    attach_noun_under_article(parsed)
    attach_preposition_over_its_noun(parsed)
    mark_plural_by_article(parsed)
    mark_bare_plurals(parsed, data.PLURAL_ENDINGS)
    mark_opening_preposition(parsed, data.FRAME_CASES)
    attach_opening_preposition_taken_for_noun(parsed, data)
    attach_clause_before_comparison(parsed, data.CLAUSE_COMPARISONS)
    attach_noun_marked_by_preposition(parsed)
    attach_adverbial_superlative(parsed, data.SUPERLATIVE_MARKS, data.SUPERLATIVE_ENDINGS)
    attach_noun_taken_for_case(parsed)
    attach_subject_with_preposition(parsed, shares)
    attach_object_with_preposition(parsed)
    attach_phrase_hung_on_number(parsed)
    attach_other_side_of_comparison(parsed, data.COMPARISON_MARKS)
    attach_subject_taken_for_object(parsed)
    attach_dative_taken_for_subject(parsed)
    attach_object_taken_for_oblique(parsed, data.TIME_WORDS)
    if not data.SUBJECT_BEFORE_VERB:
        attach_subject_by_agreement(parsed)
    attach_verb_taken_for_clause(parsed)
    attach_phrase_left_as_root(parsed)
    attach_noun_taken_for_article(parsed)
    attach_hyphenated_modifier(parsed)
    attach_hyphenated_noun(parsed)
    for share_start, share_end in shares:  # (once a hyphenated modifier is its noun's: "in full-time jobs")
        attach_narrowing_phrase_hung_on_verb(parsed[share_start:share_end], data.GROUP_MODIFIER_CASES)
    attach_gerund_taken_for_root(parsed)
    attach_gerund_taken_for_clausal_subject(parsed)
    attach_adjectival_noun_taken_for_attribute(parsed, data)
    attach_second_word_taken_for_attribute(parsed, data)
    attach_degree_taken_for_noun(parsed, data)
    mark_adverbs_taken_for_verbs(parsed, data)
    mark_verbs_taken_for_adverbs(parsed, data)
    attach_verb_taken_for_auxiliary(parsed)
    attach_accusative_taken_for_subject(parsed)  # (once the verb is one: "befürworten" tagged an adjective)
    attach_adjectives_taken_for_participles(parsed, data)
    for share_start, share_end in shares:
        # (after the ranges are mended: "71 percent of 18- to 24-year-olds")
        attach_partitive_after_figure(parsed[share_start:share_end], data.POPULATION_AFTER, data.INDEFINITE_OBJECT_CASES)
        attach_elliptical_clause(parsed[share_start:share_end], data.CLAUSE_GROUP_CASES + data.GROUP_CASES, data.COPULAS)
        attach_verb_taken_for_participle(parsed[share_start:share_end])
        attach_finite_verb_taken_for_attribute(parsed[share_start:share_end])
        attach_group_taken_into_verb(parsed[share_start:share_end])
        attach_contact_clause_of_group(parsed[share_start:share_end])
        attach_participle_taken_for_clause_of_group(parsed[share_start:share_end])
        attach_verb_taken_for_noun(parsed[share_start:share_end])
        attach_verb_taken_for_modifier(parsed[share_start:share_end])
        attach_phrase_of_figure_with_fronted_group(parsed[share_start:share_end], data.GROUP_CASES)
        attach_verb_phrase_hung_on_figure(parsed[share_start:share_end], data)
    attach_phrase_taken_for_root(parsed, data.NOUNS_CAPITALIZED)
    attach_postposition_taken_for_adverb(parsed, data.POSTPOSITIONS)
    attach_root_taken_by_punctuation(parsed)

def attach_elliptical_clause(span: Span, cases: tuple[str, ...], copulas: tuple[str, ...]) -> None:
    """Repair the parse of an ellipsis after a comma that names its group with a preposition and
    presents its figure with a copula and an expletive ("…, bei den über 65-Jährigen sind es 14
    Prozent"), which the parser takes into the clause before it: the figure heads a clause of its
    own beside that clause's verb, with the copula, the expletive and the group on it, as where
    the ellipsis opens a sentence ("Bei den Älteren sind es 14 Prozent")."""
    doc, figure = span.doc, share_word(span)
    k = span.start - 1
    while k > 1 and doc[k].pos_ == "ADV":
        k -= 1  # "sind es dagegen nur 14 Prozent"
    expletive, copula = (doc[k - 1], doc[k]) if doc[k].pos_ == "AUX" else (doc[k], doc[k - 1])  # "it is", "sind es"
    if k < 2 or not is_expletive(expletive) or copula.pos_ != "AUX" or copula.lemma_.lower() not in copulas:
        return
    comma = next((t for t in reversed(doc[: k - 1]) if t.text in (",", ";")), None)
    root = doc[0].sent.root
    if comma is None or root.i >= comma.i or not k - 1 - comma.i > 2 or doc[comma.i + 1].lower_ not in cases:
        return
    phrase = doc[comma.i + 1 : k - 1]
    group = next((t for t in phrase[1:] if t.pos_ not in ("DET", "ADJ", "ADV", "NUM", "ADP") and not t.text.endswith("-")), None)
    if group is None or group.pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    words_on_figure = all(w.head == figure for w in (copula, group, expletive)) and expletive.dep_ == "expl"
    if words_on_figure and group.dep_ in ("nmod", "obl", "nsubj") and figure.head.pos_ in ("VERB", "AUX", "ADJ"):
        return  # the parse's own reading stands where it has the clause right
    if not reattach(figure, root, "parataxis"):
        return
    reattach(group, figure, "nmod")
    for word, dep in ((copula, "cop"), (expletive, "expl"), (comma, "punct")):
        reattach(word, figure, dep)
    for word in doc[k + 1 : span.start]:
        reattach(word, figure, "advmod")
    reattach(phrase[0], group, "case")
    for word in doc[phrase[0].i + 1 : group.i]:
        reattach(word, group, "det" if word.pos_ == "DET" else "amod" if word.pos_ == "ADJ" else "advmod")
    for word in phrase[group.i - phrase.start + 1 :]:
        if not phrase.start <= word.head.i < phrase.end:
            reattach(word, group, "nmod")


def attach_phrase_of_figure_with_fronted_group(span: Span, group_cases: tuple[str, ...]) -> None:
    """Repair the parse of a figure whose group opens the clause before its verb ("Von den Frauen
    arbeiten 48 Prozent in Teilzeit"), with a prepositional phrase after it hung on the figure:
    the figure has its group, so the phrase is the verb's ("arbeiten in Teilzeit"), also one with
    a group's preposition whose noun is a singular without an article, which names no group
    ("Unter den Angehörigen berichten 84 Prozent von regelmäßigem Schlafmangel")."""
    figure = share_word(span)
    verb = figure.head
    if figure.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX") or not verb.i < figure.i:
        return
    if not any(c.dep_ in ("obl", "nmod") and c.i < verb.i and cases(c) & set(group_cases) for c in verb.children):
        return
    def names_no_group(noun: Token) -> bool:
        return noun.morph.get("Number") == ["Sing"] and not any(c.dep_ == "det" for c in noun.children)
    for phrase in [c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i and cases(c)
                   and (not cases(c) & set(group_cases) or names_no_group(c))]:
        reattach(phrase, verb, "obl")


def attach_preposition_over_its_noun(parsed: Doc) -> None:
    """Repair the parse of a preposition hung past its noun on a figure that noun hangs on ("Unter
    den 18- bis 29-Jährigen sprechen sich 41 Prozent …" with "Unter" on "Prozent"): a preposition
    stands right before its own phrase, so it is the case of the first noun after it that hangs
    on the figure."""
    for preposition in parsed:
        head = preposition.head
        if preposition.dep_ != "case" or not preposition.i < head.i or not is_figure(head):
            continue
        words = parsed[preposition.i + 1 : head.i]
        noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN") and t.head == head and not is_compound_part(t)), None)
        if noun is not None and not any(t.dep_ == "case" and t.head == noun for t in parsed[preposition.i + 1 : noun.i]):
            reattach(preposition, noun, "case")


def attach_figure_under_qualifier(span: Span) -> None:
    """Repair the parse of a figure that the parser hung on its own qualifier ("zahlen mehr als 30
    Prozent" with "Prozent" a conjunct of "mehr"): the figure's noun takes the qualifier's place
    in the clause (an adverb of the verb becomes its subject before it, its object after it), and
    the qualifier hangs on the figure; so does a qualifier the parser hung on the verb."""
    nouns = [t for t in span if t.pos_ in ("NOUN", "SYM", "PROPN")]
    tops = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
    if not nouns:
        return
    noun = nouns[-1]
    if len(tops) == 1 and tops[0] != noun and noun in tops[0].subtree:
        qualifier = tops[0]
        dep = qualifier.dep_
        if dep == "advmod" and qualifier.head.pos_ in ("VERB", "AUX"):
            dep = "nsubj" if noun.i < qualifier.head.i else "obj"
        if reattach(noun, noun if qualifier.head == qualifier else qualifier.head, dep):
            reattach(qualifier, noun, "advmod")
    elif noun in tops:  # "zahlen mehr als 30 Prozent" with "mehr" an adverb of the verb
        for qualifier in (t for t in tops if t.i < noun.i and t.pos_ in ("ADV", "ADJ", "ADP", "SCONJ", "PART")):
            reattach(qualifier, noun, "advmod")


def attach_share_on_counted_noun(span: Span, every: tuple[str, ...], ordinals: dict[str, int]) -> None:
    """Repair the parse of a share of "every n-th" before the noun it counts ("Fast jede dritte
    Familie mit Schulkindern zahlt ...", "Jeder dritte Beschäftigte schläft ..."), which the
    parser takes apart: the share's words hang on the noun (its ordinal an adjective), the noun
    takes the share's place in the clause, and where the share opens the sentence, what stands
    between the noun and its verb is the noun's."""
    doc = span.doc
    if len(span) < 2 or span[-1].lower_ not in ordinals or span[-2].lower_ not in every:
        return
    k = span.end
    while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1  # "jede dritte befragte Familie"
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN"):
        return
    noun, words = doc[k], range(span[-2].i, k)
    if noun.head.i in words:
        top = next((t for t in doc[words.start : words.stop] if t.head.i not in words and t.head != noun), None)
        if top is None or not reattach(noun, noun if top.head == top else top.head, "ROOT" if top.head == top else top.dep_):
            return
    span[-1].pos_ = "ADJ"
    reattach(span[-2], noun, "det")
    for qualifier in span[:-2]:
        reattach(qualifier, span[-1], "advmod")  # "Gut jede vierte", with "Gut" on the verb
    for word in doc[span[-1].i : k]:
        reattach(word, noun, "amod")
    verb = next((t for t in doc[noun.i + 1 :] if t.is_punct or (t.pos_ in ("VERB", "AUX") and t.morph.get("Mood"))), None)
    if span.start > 0 or verb is None or verb.is_punct:
        return
    # a sentence opens with one phrase before its finite verb, which heads the clause: the noun is
    # its subject, and what stands between them is the noun's ("Fast jede dritte Familie mit
    # Schulkindern zahlt ...")
    if verb.head.i < verb.i:
        root = next(t for t in doc if t.head == t)
        reattach(verb, verb, "ROOT")
        reattach(root, verb, "obj" if root.i > verb.i and root.pos_ in ("NOUN", "PROPN") else "dep")
    reattach(noun, verb, "nsubj")
    for word in doc[noun.i + 1 : verb.i]:
        if not noun.i <= word.head.i < verb.i:
            reattach(word, noun, "nmod")


def attach_indefinite_object_of_verb(span: Span, object_cases: tuple[str, ...]) -> None:
    """Repair the parse of the verb's prepositional object that the parser hung on a figure as its
    whole ("18 Prozent berichten von einem Betrug"): one thing with an indefinite article after a
    preposition of `INDEFINITE_OBJECT_CASES` is no whole a share is taken of, but what the verb is about."""
    figure = share_word(span)
    verb = figure.head
    if verb.pos_ not in ("VERB", "AUX") or figure.dep_ not in ("nsubj", "obj", "obl"):
        return
    for noun in [c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i]:
        if is_indefinite_thing(noun, object_cases):
            reattach(noun, verb, "obl")


def attach_genitive_after_figure(span: Span) -> None:
    """Repair the parse of a genitive right after a figure that the parser hung elsewhere ("geben
    20 Prozent ihres Budgets für …" with "Budgets" an oblique of the verb; "Knapp ein Drittel der
    Befragten plant", with the article and the noun both on the verb): it is what the figure is a
    share of."""
    if span.end >= len(span.doc):
        return
    article = span.doc[span.end]
    noun = article.head
    if noun.i < article.i or noun.pos_ not in ("NOUN", "PROPN"):
        # the article hung on the verb beside its noun ("Knapp ein Drittel der Befragten plant", with both on "plant")
        noun = span.doc[article.i + 1] if article.i + 1 < len(span.doc) else noun
    if article.dep_ == "det" and "Gen" in article.morph.get("Case") and noun.i > article.i and noun.pos_ in ("NOUN", "PROPN"):
        anchor = share_word(span)
        if noun.head != anchor and reattach(noun, anchor, "nmod"):
            reattach(article, noun, "det")


def attach_partitive_after_figure(span: Span, population_after: tuple[str, ...], object_cases: tuple[str, ...]) -> None:
    """Repair the parse of a partitive right after a figure that the parser hung elsewhere ("Some 43
    per cent of adults plan …" with "adults" a compound of the verb): it is what the figure is a
    share of (a preposition only; an article after a figure may open its clause's subject)."""
    noun, anchor = population_noun_after(span, population_after, object_cases), share_word(span)
    if noun is None or span.doc[span.end].pos_ != "ADP" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or anchor.pos_ not in ("NOUN", "SYM"):
        return
    if noun.head != anchor and reattach(noun, anchor, "nmod"):
        span.doc[span.end].dep_ = "case"


def attach_figure_taken_into_time(span: Span, time_words: tuple[str, ...]) -> None:
    """Repair the parse of a figure that the parser made a modifier of a time right after it
    ("Bankruptcies rose 15 percent year on year", with "percent" a compound of "year"): a time
    says when, so the figure takes its place and the time hangs on the verb (a time before it:
    `attach_figure_taken_into_phrase_before`)."""
    anchor = share_word(span)
    time = anchor.head
    if anchor.dep_ not in ("compound", "nmod", "amod") or time.lower_ not in time_words or time.i != span.end:
        return
    if reattach(anchor, time.head if time.head != time else anchor, time.dep_ if time.head != time else "ROOT"):
        reattach(time, anchor.head if anchor.head != anchor else anchor, "obl")


def attach_figure_taken_for_subject_of_complement(span: Span) -> None:
    """Repair the parse of a figure the parser made the subject of an adjective that completes the
    verb ("Mit der Taktung zeigen sich 18 Prozent zufrieden", with "Prozent" the subject of
    "zufrieden", the verb's object): an adjective with no copula of its own says what the verb's
    subject is, so the figure is the verb's subject and the adjective its complement."""
    anchor = share_word(span)
    adjective = anchor.head
    verb = adjective.head
    if anchor.dep_ != "nsubj" or adjective.pos_ != "ADJ" or adjective.dep_ not in ("obj", "xcomp", "obl", "advmod"):
        return
    if verb.pos_ != "VERB" or any(c.dep_ in ("cop", "nsubj") for c in [*adjective.children, *verb.children] if c != anchor):
        return
    if reattach(anchor, verb, "nsubj"):
        adjective.dep_ = "xcomp"


def attach_figure_taken_into_phrase_before(span: Span, time_words: tuple[str, ...]) -> None:
    """Repair the parse of a figure without a preposition that the parser hung on the noun of an
    oblique right before it, a phrase with a preposition or a time ("würden nach der Umfrage 20
    bis 25 Prozent der Abonnenten kündigen", "bestanden im selben Jahr 91,3 Prozent der
    Teilnehmer", with "Prozent" on "Umfrage", "Jahr"): such a phrase takes no attribute without a
    case of its own, so the figure is an argument of the phrase's verb in the same clause (no
    punctuation between them): its object after a subject, else its subject, a noun after it then
    the object."""
    doc, anchor = span.doc, share_word(span)
    noun = anchor.head
    if anchor.dep_ not in ("nmod", "compound", "amod") or noun.i > span.start or noun.dep_ != "obl":
        return
    verb = noun.head
    if not (any(c.dep_ == "case" for c in noun.children) or noun.lower_ in time_words) or verb.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ == "case" and c.i < span.start for c in anchor.children):
        return  # a preposition of its own (a range's "bis" is none)
    if any(t.is_punct for t in doc[min(verb.i, noun.i) : max(verb.i, span.end)]):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i < anchor.i:
        reattach(anchor, verb, "obj")
    elif reattach(anchor, verb, "nsubj") and subject is not None:
        subject.dep_ = "obj"  # "… der Abonnenten ihr Ticket kündigen": the noun after the figure is the object


def attach_figure_before_participle_clause(span: Span) -> None:
    """Repair the parse of a figure hung on a participle that opens an adverbial clause right after
    it ("Sales grew 12% compared with the previous quarter", with "12%" on "compared"): a clause
    opened by a participle starts with it, so the figure is the verb's before it."""
    anchor = share_word(span)
    participle, end = anchor.head, span.end
    while end < len(span.doc) and span.doc[end].is_punct:
        end += 1
    if participle.i != end or participle.dep_ not in ("advcl", "acl") or "Part" not in participle.morph.get("VerbForm"):
        return
    verb = participle.head
    if verb.pos_ in ("VERB", "AUX") and verb.i < anchor.i:
        reattach(anchor, verb, "obl")


def attach_clause_before_comparison(parsed: Doc, comparisons: tuple[str, ...]) -> None:
    """Repair the parse of a sentence whose root the parser made the participle of a comparison
    after a comma, with the clause before it as its subject and auxiliary ("Among women the share
    was 52 percent, compared with 41 percent among men", with "compared" the root): a comparison
    (`CLAUSE_COMPARISONS`) after a comma adds to the clause before, which is the sentence's; a
    copula taken for its auxiliary is the copula of that clause's predicate."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or root.i < 2 or root.i + 1 >= len(parsed) or parsed[root.i - 1].text != ",":
        return
    if f"{root.lower_} {parsed[root.i + 1].lower_}" not in comparisons:
        return
    main = next((c for c in root.children if c.i < root.i - 1 and c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN", "NUM", "SYM", "ADJ")
                 and any(d.dep_ in SUBJECTS or d.dep_ == "nummod" for d in c.children)), None)
    if main is None or not take_root(main, root, "advcl", [c for c in root.children if c.i < root.i and c != main]):
        return
    for auxiliary in [c for c in main.children if c.dep_ == "aux" and c.i < main.i]:
        auxiliary.dep_ = "cop"


def attach_restated_share_under_its_figure(restated: Span, shares: list[Span]) -> None:
    """Repair the parse of a share restated by the figure in brackets after it that the parser
    hung on that figure as its modifier ("A third (33%) of renters say …", with "third" an
    adjective of "%"): the figure restates the share, so the share takes the figure's place in the
    sentence, with its own words, and the figure is its apposition."""
    word = next((t for t in reversed(restated) if t.pos_ in ("NOUN", "NUM", "ADJ", "PRON")), share_word(restated))  # "third", not "A"
    figure = word.head
    bracketed = next((share for share in shares if share.start <= figure.i < share.end), None)
    if bracketed is None or not 0 < bracketed.start - restated.end <= 1 or restated.doc[restated.end].text != "(":
        return
    root = figure.head == figure
    if not reattach(word, word if root else figure.head, "ROOT" if root else figure.dep_):
        return
    reattach(figure, word, "appos")
    for child in [c for c in figure.children if restated.start <= c.i < restated.end or c.i > bracketed.end]:
        reattach(child, word, child.dep_)  # "A third": its article; "of renters": its group


def attach_verb_phrase_hung_on_figure(span: Span, data) -> None:
    """Repair the parse of a prepositional phrase after a figure that the parser hung on the
    figure, with a preposition that names no group, its place or its whole ("greifen 51 Prozent zu
    KI-Werkzeugen", "klagen 52 Prozent über Schlafprobleme"): it is the verb's, of which the
    figure is an argument."""
    anchor = share_word(span)
    verb = anchor.head
    if verb.pos_ != "VERB" or anchor.dep_ not in ("nsubj", "obj"):
        return
    naming = {*data.GROUP_CASES, *data.GROUP_MODIFIER_CASES, *data.WHOLE_CASES}
    for child in [c for c in anchor.children if c.dep_ == "nmod" and c.i >= span.end]:
        # a bound names an age only with its number ("über 65", not "über Schlafprobleme")
        ageless = cases(child) <= set(data.NUMBER_BOUNDS) and not any(t.like_num for t in child.subtree)
        if cases(child) and (ageless or not cases(child) & naming):
            reattach(child, verb, "obl")


def attach_bracket_within_restated_share(span: Span, restated: list[Span]) -> None:
    """Repair the parse of a figure in brackets that restates a share ("Nearly half of dog and cat
    owners (47%)", "Knapp die Hälfte der Hunde- und Katzenhalter (47 Prozent)"), which the parser
    hung on the last noun of the share's group: it restates the share, so it hangs on the share's word."""
    doc, anchor = span.doc, share_word(span)
    if span.start < 1 or doc[span.start - 1].text != "(":
        return
    # the share's group follows it with its case word or article, not its counted noun ("one in three respondents (31%)")
    shares = [r for r in restated if r.end < span.start - 1 and doc[r.end].pos_ in ("ADP", "DET") and "(" not in doc[r.end : span.start - 1].text]
    share = next((a for a in anchor.ancestors if any(r.start <= a.i < r.end for r in shares)), None)
    if share is not None and anchor.head != share:
        reattach(anchor, share, "appos")


def attach_item_coordinated_with_figure(parsed: Doc) -> None:
    """Repair the parse of a listed noun that the parser coordinated with the bracketed figure of
    the item before ("Flohmärkte (41 Prozent) und Sozialkaufhäuser (27 Prozent)", with
    "Sozialkaufhäuser" a conjunct of "Prozent"; "Es folgen die Altersvorsorge mit 31 Prozent,
    Sparbuch mit 29 Prozent", each item with its figure): a figure in brackets or after its item's
    preposition restates its noun, so the next item is coordinated with that noun."""
    for noun in parsed:
        figure = noun.head
        if not (noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and is_figure(figure) and figure.i < noun.i):
            continue
        bracketed = figure.i >= 2 and any(parsed[k].text == "(" for k in range(max(figure.i - 3, 0), figure.i))
        # or each item with its figure after a preposition ("die Altersvorsorge mit 31 Prozent, Sparbuch mit 29 Prozent")
        parallel = figure.dep_ == "nmod" and any(c.dep_ == "case" for c in figure.children) and any(is_figure(c) for c in noun.children)
        owner = figure.head
        if (bracketed or parallel) and owner.pos_ in ("NOUN", "PROPN") and owner.i < figure.i and not is_figure(owner):
            reattach(noun, owner, "conj")


def attach_adjective_coordinated_before_noun(parsed: Doc) -> None:
    """Repair the parse of an adjective coordinated with the adjective of the noun after them that
    the parser made the head of the phrase, with the noun its conjunct ("64 percent of arable and
    vegetable growers", with "arable" the group and "growers" its conjunct or the figure's): both adjectives say
    which of the noun, so the noun heads the phrase, with the first adjective's preposition and
    article."""
    for adjective in parsed:
        # the noun the adjective's conjunct, or its head's (then coordinated with the phrase the adjective heads)
        noun = next((c for c in [*adjective.children, *adjective.head.children] if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and c.i > adjective.i and all(t.pos_ in ("CCONJ", "ADJ") for t in parsed[adjective.i + 1 : c.i])), None)
        if adjective.pos_ != "ADJ" or adjective.dep_ in ("amod", "conj", "ROOT") or noun is None:
            continue
        other = next((c for c in noun.children if c.dep_ == "amod" and adjective.i < c.i < noun.i), None)
        coordinator = next((c for c in [*adjective.children, *noun.children, *(other.children if other is not None else [])]
                            if c.dep_ == "cc" and adjective.i < c.i < noun.i), None)
        if other is None or coordinator is None or not reattach(noun, adjective.head, adjective.dep_):
            continue
        for word in [c for c in adjective.children if c.dep_ in ("case", "det") and c.i < adjective.i]:
            reattach(word, noun, word.dep_)
        reattach(adjective, noun, "amod")
        reattach(other, adjective, "conj")
        reattach(coordinator, other, "cc")


def attach_noun_coordinated_with_group(parsed: Doc) -> None:
    """Repair the parse of a noun that the parser coordinated with a figure although a conjunction
    joins it to the figure's group right before it ("27 Prozent der Eigentümerinnen und Eigentümer
    von Einfamilienhäusern", with "Eigentümer" and the phrase after it on "Prozent"): the noun
    is the group's conjunct, and a phrase after it that the parser hung on the figure narrows the
    coordinated group."""
    for noun in parsed:
        figure = noun.head
        if not (noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and is_figure(figure) and figure.i < noun.i and not is_figure(noun)):
            continue
        conjunction, group = parsed[noun.i - 1], parsed[noun.i - 2]
        if conjunction.pos_ != "CCONJ" or group.head != figure or group.dep_ != "nmod" or not reattach(noun, group, "conj"):
            continue
        reattach(conjunction, noun, "cc")
        after = next((c for c in figure.children if c.dep_ == "nmod" and c.left_edge.i == noun.i + 1), None)
        if after is not None:
            reattach(after, noun, "nmod")


def attach_bracketed_figure_on_item_before(span: Span) -> None:
    """Repair the parse of a figure in brackets right after a noun that the parser hung on a verb
    ("…, followed by quality (43%)", "gefolgt von der Qualität (43 Prozent)", with the figure on
    "followed"), or on the noun that one is coordinated with ("… von unruhigen Nächten als Männer
    (43 Prozent)", with the figure on "Nächten"): a bracketed figure says the share of the item
    right before it."""
    doc, anchor = span.doc, share_word(span)
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return
    item = doc[span.start - 2]
    beside = anchor.head.pos_ in ("VERB", "AUX") and item.head == anchor.head
    coordinated = item.dep_ == "conj" and item.head == anchor.head
    if item.pos_ in ("NOUN", "PROPN") and anchor.head != item and (beside or coordinated):
        reattach(anchor, item, "appos")


def attach_phrase_before_bracket(span: Span) -> None:
    """Repair the parse of a figure in brackets that the parser gave the preposition of the group
    before them ("Two-thirds of the landlords surveyed (67 per cent) said …", with "of the" on the
    figure): a bracketed figure takes no word outside its brackets, so that phrase's noun takes
    them and hangs where the figure hung, and the figure restates what it hangs on."""
    doc, anchor = span.doc, share_word(span)
    opening = span.start - 1
    if opening < 1 or doc[opening].text != "(":
        return
    stray = [c for c in anchor.children if c.i < opening]
    phrase = doc[min((c.left_edge.i for c in stray), default=opening) : opening]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not any(c.dep_ == "case" for c in stray) or not nouns or anchor.head == anchor:
        return
    noun = nouns[0] if nouns[0].head in phrase and nouns[0].head.pos_ == "VERB" else nouns[-1]  # "landlords surveyed"
    if not reattach(noun, anchor.head, "nmod"):
        return
    for child in stray:
        if child != noun:
            reattach(child, noun, child.dep_ if child.dep_ in ("case", "det") else "acl")
    for token in phrase:
        if token.head == noun.head and token != noun and token.i > noun.i:
            reattach(token, noun, "acl")  # the participle after it
    reattach(anchor, anchor.head, "appos")


def attach_level_on_complement(span: Span, level_cases: tuple[str, ...]) -> None:
    """Repair the parse of a level figure hung on the open complement of a verb ("Cycling remained
    popular, at 31 percent", "Das Rad blieb mit 31 Prozent beliebt", "Transit held steady at 22
    percent", with "steady" taken for the object): the complement shares the
    verb's subject, so the figure is the level of the verb's clause."""
    anchor = share_word(span)
    complement = anchor.head
    # (an adjective the parser took for the object: "Public transit held steady at 22 percent")
    if complement.dep_ not in ("xcomp", "obj") or complement.pos_ != "ADJ" or not any(c.dep_ == "case" and c.lower_ in level_cases for c in anchor.children):
        return
    if any(c.dep_ in SUBJECTS for c in complement.head.children):
        reattach(anchor, complement.head, "obl")


def attach_level_hung_past_comma(span: Span, level_cases: tuple[str, ...]) -> None:
    """Repair the parse of a level figure right after its verb that the parser hung on a word
    after the comma that closes it ("Trust in news has stabilised at 42%, a point higher than in
    2023", with the figure on "higher"): a phrase does not reach across the comma to a head after
    it, so the figure is the level of the verb before it."""
    anchor = share_word(span)
    head, doc = anchor.head, anchor.doc
    if not any(c.dep_ == "case" and c.lower_ in level_cases for c in anchor.children) or head.i < anchor.i:
        return
    before = doc[span.start - 2] if span.start > 1 and doc[span.start - 1].lower_ in level_cases else None
    if before is not None and before.pos_ == "VERB" and any(t.text == "," for t in doc[anchor.i : head.i]) and before in head.ancestors:
        reattach(anchor, before, "obl")


def attach_level_on_attribute(span: Span, level_cases: tuple[str, ...], measure_of: tuple[str, ...]) -> None:
    """Repair the parse of a level figure hung on the attribute of a verb's subject ("Bei Betrieben
    mit weniger als zehn Beschäftigten liegt die Quote unbesetzter Ausbildungsplätze bei 52
    Prozent", with "Prozent" on "Ausbildungsplätze"): a noun that is itself an attribute ("der
    Kunden", "of posts") takes no level, so the figure is the level of the verb's clause; not a
    measure (`MEASURE_OF`: "eine Quote von 52 Prozent")."""
    anchor = share_word(span)
    case = next((c for c in anchor.children if c.dep_ == "case"), None)
    if case is None or case.lower_ not in level_cases or case.lower_ in measure_of or anchor.dep_ != "nmod" or anchor.head.dep_ != "nmod":
        return
    top = anchor.head
    while top.dep_ == "nmod" and top.head != top:
        top = top.head
    if top.dep_ in SUBJECTS and top.head.pos_ in ("VERB", "AUX"):
        reattach(anchor, top.head, "obl")


def attach_bracket_on_item_before(span: Span) -> None:
    """Repair the parse of a figure in brackets that the parser hung on the figure of the item
    before ("Kundenbindung (58 Prozent), Employer Branding (42 Prozent)", with "42 Prozent" and
    "Employer Branding" both on "58 Prozent"): a bracketed figure restates the noun right before
    its bracket, so it hangs on that noun's phrase, another item beside the other figure's."""
    doc, anchor = span.doc, share_word(span)
    opening = span.start - 1
    if opening < 1 or doc[opening].text != "(" or not is_figure(anchor.head) or anchor.head.i > opening:
        return
    noun = doc[opening - 1]
    while noun.dep_ in ("flat", "compound") and noun.head.i < noun.i:
        noun = noun.head  # "Employer Branding": its first word
    other = anchor.head
    if noun.pos_ in ("NOUN", "PROPN") and noun != other and noun.head == other and other.head.pos_ in ("NOUN", "PROPN"):
        reattach(anchor, noun, "appos")
        reattach(noun, other.head, "conj")  # another item beside the one the other figure restates


def attach_sentence_adverb(span: Span) -> None:
    """Repair the parse of a figure right after a sentence's capitalised first word that the
    tagger took for a name and hung the figure on ("Bloß 17 Prozent ordnen sich ...", "Dahinter
    30 Prozent"): the word becomes an adverb of the figure, which takes its place in the clause."""
    if span.start != 1:
        return
    word, anchor = span.doc[0], share_word(span)
    if word.pos_ not in ("PROPN", "NOUN") or not word.text[:1].isupper() or word.text.isupper() or anchor.head != word:
        return
    if reattach(anchor, anchor if word.head == word else word.head, word.dep_) and reattach(word, anchor, "advmod"):
        word.pos_ = "ADV"


def attach_postposed_participles(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a participle between a plural noun and the clause's verb, which the
    parser takes for the verb ("45% of the adults surveyed said ...", "companies questioned
    expect ...", "11% of the boomers surveyed saying ..."): it becomes the noun's modifier, and
    the verb after it (past a bracketed figure: "the parents polled (52%) said") takes its place
    and its dependents."""
    if not endings:
        return
    for noun, participle in zip(parsed, parsed[1:]):
        after = participle.i + 1
        if after < len(parsed) and parsed[after].text == "(":  # "the parents polled (52%) said ..."
            after = next((t.i + 1 for t in parsed[after:] if t.text == ")"), len(parsed))
        if after >= len(parsed):
            continue
        verb = parsed[after]
        if not (noun.pos_ in ("NOUN", "PRON") and "Plur" in noun.morph.get("Number")
                and participle.lower_.endswith(endings) and verb.pos_ in ("VERB", "AUX") and participle.head != noun
                and noun in participle.head.subtree and (verb in (participle.head, *participle.children) or verb.head == participle.head)):
            continue
        if verb.head == participle:
            reattach(verb, verb if participle.head == participle else participle.head, participle.dep_)
        for child in [c for c in participle.children if c != verb]:
            reattach(child, verb, child.dep_)
        if reattach(participle, noun, "acl"):
            participle.pos_ = "VERB"


def attach_participle_with_complement(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a participle with its complement between a plural noun and the
    clause's verb, which the parser takes for the noun's verb ("People aged 18 to 29 are the
    likeliest users"): the participle with its complement is the noun's, and the clause after it
    takes the noun as its subject."""
    for noun, participle in zip(parsed, parsed[1:]) if endings else []:
        if not (noun.pos_ == "NOUN" and is_plural(noun) and noun.head == participle and noun.dep_ == "nsubj"
                and participle.lower_.endswith(endings) and participle.i + 2 < len(parsed)):
            continue
        complement = parsed[participle.i + 1]
        if complement.head != participle or complement.right_edge.i + 1 >= len(parsed):
            continue
        verb = parsed[complement.right_edge.i + 1]
        clause = verb.head if verb.dep_ in ("cop", "aux") else verb
        if not (verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") and clause.head == participle):
            continue
        if reattach(clause, clause if participle.head == participle else participle.head, "ROOT" if participle.head == participle else participle.dep_):
            for child in [c for c in participle.children if c.i > verb.i]:
                reattach(child, clause, child.dep_)
            reattach(noun, clause, "nsubj")
            reattach(participle, noun, "acl")


def attach_participle_after_group(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a participle right after a figure's plural group, which the parser
    hangs on the figure ("18 percent of the companies surveyed have …") or, where the figure has a
    preposition, on the figure's verb ("compares with 11% of households earning …"), or takes for
    the figure's verb where a number completes it or the figure has a preposition, so cannot be a subject
    ("against 21 percent of renters aged 45 and older", "named by 41 percent of the adults
    surveyed"): the participle is the group's, and the figure takes its place in the clause."""
    for noun, participle in zip(parsed, parsed[1:]) if endings else []:
        figure = noun.head
        if not (noun.pos_ in ("NOUN", "PRON") and is_plural(noun) and noun.dep_ == "nmod"):
            continue  # "of renters aged 45 and older", "of those aged 55 and older"
        preposition = any(c.dep_ == "case" for c in figure.children)
        if preposition and participle.head == figure.head and participle.dep_ in ("advcl", "acl") and participle.morph.get("VerbForm"):
            reattach(participle, noun, "acl")  # "compared with 11% of households earning more than $100,000"
            continue
        if not participle.lower_.endswith(endings):
            continue
        if participle.head == figure and participle.dep_ in ("acl", "amod"):
            reattach(participle, noun, "acl")
            continue
        following = parsed[participle.i + 1] if participle.i + 1 < len(parsed) else None
        completed = following is not None and following.like_num and following.head == participle
        if not (figure.head == participle and figure.dep_ == "nsubj" and (completed or preposition)):
            continue
        root = participle.head == participle
        dep = "ROOT" if root else "obl" if preposition else participle.dep_
        if reattach(figure, figure if root else participle.head, dep):
            reattach(participle, noun, "acl")
            participle.pos_ = "VERB"


def attach_noun_taken_for_verb(parsed: Doc) -> None:
    """Repair the parse of a noun the tagger took for the verb heading the sentence, with the word
    before it its subject and the clause after it its complement, a clause with a finite auxiliary
    but no subject ("Daytime tiredness on most days was reported by 35% of pupils"): such a clause
    cannot be a complement, its subject is that noun, and its verb heads the sentence."""
    root = next(t for t in parsed if t.head == t)
    if root.pos_ != "VERB" or not root.is_lower or any(c.dep_ in ("aux", "mark") for c in root.children):
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and not any(k.dep_ in SUBJECTS for k in c.children)), None)
    if subject is None or clause is None or not any(k.dep_ in ("aux", "cop") and k.morph.get("VerbForm") == ["Fin"] for k in clause.children):
        return
    reattach(clause, clause, "ROOT")
    reattach(root, clause, "nsubj")
    root.pos_ = "NOUN"
    reattach(subject, root, "compound")
    for child in list(root.children):
        if child.dep_ == "obl":
            child.dep_ = "nmod"  # "on most days": the noun's


def attach_participle_of_prepositional_group(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a participle a number completes right after a plural noun with a
    preposition, which the parser took for a verb with that noun its subject ("among owners aged
    18-34, 61% have …"): a noun with a preposition is no subject, so the participle is the noun's,
    and the noun takes its place in the clause."""
    for noun, participle in zip(parsed, parsed[1:]) if endings else []:
        following = parsed[participle.i + 1] if participle.i + 1 < len(parsed) else None
        if not (noun.pos_ == "NOUN" and is_plural(noun) and noun.head == participle and noun.dep_ == "nsubj"
                and any(c.dep_ == "case" for c in noun.children) and participle.lower_.endswith(endings)
                and following is not None and following.like_num and following.head == participle):
            continue
        root = participle.head == participle
        if reattach(noun, noun if root else participle.head, "ROOT" if root else "obl"):
            reattach(participle, noun, "acl")


def attach_clause_taken_into_participle(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a figure's verb that the parser hung on the participle after the
    figure's group ("38 per cent of people aged 20 to 34 were living at home", with "were living"
    a clause of "aged" and the figure a clause of the verb after the comma, or the root): where
    the figure is no verb's subject, the verb is its own and takes its place."""
    for participle in parsed:
        noun, figure = participle.head, participle.head.head
        if not (endings and participle.lower_.endswith(endings) and participle.dep_ == "acl" and noun.dep_ == "nmod"):
            continue
        if figure.dep_ == "nsubj" or not any(c.dep_ == "nummod" for c in figure.children):
            continue
        verb = next((c for c in participle.children if c.dep_ in ("advcl", "ccomp", "conj", "parataxis") and c.i > participle.i
                     and c.pos_ in ("VERB", "AUX") and ("Fin" in c.morph.get("VerbForm") or any(a.dep_ == "aux" for a in c.children))
                     and not any(a.dep_ in SUBJECTS for a in c.children)), None)  # (not another figure's clause: "and 57 percent have run it")
        root = figure.head == figure
        if verb is not None and reattach(verb, verb if root else figure.head, "ROOT" if root else figure.dep_):
            reattach(figure, verb, "nsubj")
            for word in [c for c in participle.children if c.i > verb.i]:
                reattach(word, verb, word.dep_)  # what follows the clause is the clause's (", the office said")


def attach_participle_after_pronoun(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the parse of a plural demonstrative before a participle that the parser takes for
    the participle's determiner or subject ("12% of those surveyed said ...", "19 percent of those
    aged 65 and over", with "aged" tagged an adjective; "58 per cent of those living at home"):
    the pronoun is the group and the participle its modifier."""
    for pronoun, participle in zip(parsed, parsed[1:]):
        forms = set(participle.morph.get("VerbForm"))
        is_participle = bool(forms & {"Part", "Ger"}) or (bool(endings) and participle.lower_.endswith(endings))
        if (pronoun.pos_ == "PRON" and pronoun.dep_ in ("det", "nsubj") and pronoun.head == participle and "Dem" in pronoun.morph.get("PronType")
                and "Plur" in pronoun.morph.get("Number") and is_participle and participle.head != participle):
            if reattach(pronoun, participle.head, "nmod" if participle.dep_ == "acl" else participle.dep_):
                reattach(participle, pronoun, "acl")
                for case in [c for c in participle.children if c.dep_ == "case" and c.i < pronoun.i]:
                    reattach(case, pronoun, "case")


def attach_participle_taken_for_subject_clause(parsed: Doc) -> None:
    """Repair the parse of a participle after a plural demonstrative, also past a negation, that
    the parser made the subject clause of the verb after it with the figure for its subject ("56%
    of those not planning a new heating system said …", with "planning" a clause and "56%" its
    subject): the participle says which of "those" the group is, and the figure is the verb's
    subject."""
    for participle in parsed:
        if participle.dep_ != "csubj" or not set(participle.morph.get("VerbForm")) & {"Part", "Ger"}:
            continue
        before = participle.i - 1
        while before > 0 and "Neg" in parsed[before].morph.get("Polarity"):
            before -= 1
        pronoun = parsed[before]
        figure = next((c for c in participle.children if c.dep_ == "nsubj" and is_figure(c)), None)
        if figure is None or pronoun.pos_ != "PRON" or "Dem" not in pronoun.morph.get("PronType") or pronoun.head != figure:
            continue
        if reattach(figure, participle.head, "nsubj"):
            reattach(participle, pronoun, "acl")


def attach_verb_taken_for_participle_of_group(parsed: Doc) -> None:
    """Repair the parse of a figure's verb, a past form that the tagger took for a participle and
    the parser for an attribute of the figure's group ("Asked where they get their news, 39% of
    respondents named websites", with "named" an attribute of "respondents" and "Asked" the
    root): a participle of a group takes no object, so it is the verb of the figure, which is its
    subject, and heads the sentence, with the clause it was hung below as its adverbial."""
    for verb in parsed:
        group = verb.head
        figure = group.head
        if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm") or not any(c.dep_ == "obj" and c.i > verb.i for c in verb.children):
            continue
        if group.dep_ != "nmod" or not is_figure(figure) or figure.dep_ in ("nsubj", "nsubj:pass") or verb.i != group.i + 1:
            continue
        root = next(t for t in parsed if t.head == t)
        if root.i > figure.i or root == figure or not reattach(verb, verb, "ROOT"):
            continue
        reattach(figure, verb, "nsubj")
        reattach(root, verb, "advcl")
        for word in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
            reattach(word, verb, "punct")


def relative_pronoun_before(word: Token) -> tuple[Token | None, list[Token]]:
    """The relative pronoun that is a subject right before a word, past the adverbs between them
    ("who never cycle"), with those adverbs; (None, []) where there is none."""
    adverbs, k = [], word.i - 1
    while k > 0 and word.doc[k].pos_ == "ADV":
        adverbs.append(word.doc[k])
        k -= 1
    pronoun = word.doc[k] if k >= 0 else None
    if pronoun is None or "Rel" not in pronoun.morph.get("PronType") or pronoun.dep_ != "nsubj":
        return None, []
    return pronoun, adverbs


def attach_relative_verb_taken_for_auxiliary(parsed: Doc) -> None:
    """Repair the parse of a relative clause's verb that the parser made an auxiliary of the verb
    after it, with the relative pronoun that verb's subject ("The share of respondents who save
    regularly fell from 64% …", with "save" an auxiliary of "fell" and the pronoun on either): a
    full verb is no auxiliary, so it heads the relative clause of the noun before the pronoun,
    with the pronoun and the adverbs after it."""
    for verb in parsed:
        main = verb.head
        if verb.dep_ != "aux" or verb.pos_ != "VERB" or main.i < verb.i:
            continue
        pronoun, _ = relative_pronoun_before(verb)
        if pronoun is None or pronoun.head not in (main, verb) or pronoun.i == 0 or pronoun.i != verb.i - 1:
            continue
        antecedent = parsed[pronoun.i - 1]
        if antecedent.pos_ not in ("NOUN", "PROPN", "PRON") or not reattach(verb, antecedent, "acl"):
            continue
        reattach(pronoun, verb, "nsubj")
        for adverb in parsed[verb.i + 1 : main.i]:
            if adverb.head == main and adverb.dep_ == "advmod":
                reattach(adverb, verb, "advmod")


def attach_verb_taken_for_subject_of_relative_clause(parsed: Doc) -> None:
    """Repair the parse of a relative clause's verb that the tagger took for a noun, a second
    subject beside the relative pronoun of the verb after it ("38 percent of those who never cycle
    said …", with "cycle" a noun and "said" the relative clause's verb): a verb has one subject,
    so the word after the pronoun (and its adverbs) is the relative clause's verb, and the verb
    after it the sentence's, with the figure the group is of for its subject."""
    for noun in parsed:
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.i < noun.i or verb.dep_ not in ("acl", "acl:relcl"):
            continue
        if any(c.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod") for c in noun.children):
            continue
        pronoun, adverbs = relative_pronoun_before(noun)
        group = verb.head
        if pronoun is None or pronoun.head != verb or group.i > pronoun.i:
            continue
        noun.pos_ = "VERB"
        reattach(noun, group, verb.dep_)
        for word in (pronoun, *adverbs):
            reattach(word, noun, "nsubj" if word == pronoun else "advmod")
        figure = group.head
        if group.dep_ == "nmod" and is_figure(figure) and figure.dep_ == "ROOT":
            take_root(verb, figure, "nsubj", [c for c in figure.children if c.dep_ == "punct"])


def attach_participle_of_fronted_group(parsed: Doc, endings: tuple[str, ...], cases: tuple[str, ...]) -> None:
    """Repair the parse of a group that opens the sentence with a participle after it, which the
    parser takes for a clause of its own ("Of the adults surveyed, 45% said ...", "Among those
    polled, ...", "Among workers aged 50 to 59, ..."): the participle is the group's, and the
    group, with its preposition, hangs on the verb of the clause after the comma."""
    comma = next((t.i for t in parsed if t.text == ","), None)
    if not endings or comma is None or comma < 3 or parsed[0].lower_ not in cases:
        return
    # the participle right after the group's noun, with what completes it up to the comma
    # ("Among workers aged 50 to 59, …")
    participle = next((t for t in parsed[2:comma] if t.lower_.endswith(endings) and parsed[t.i - 1].pos_ in ("NOUN", "PRON")), None)
    if participle is None or any(t not in participle.subtree for t in parsed[participle.i : comma]):
        return
    preposition, noun = parsed[0], parsed[participle.i - 1]
    if not (noun.head == participle and preposition.head in (noun, participle)):
        return
    after = [c for c in participle.children if c.i > comma and c.pos_ in ("VERB", "AUX")]
    verb = participle.head if participle.head != participle else (after[0] if after else None)
    if verb is None or verb.i < comma:
        return
    if participle.head == participle:
        reattach(verb, verb, "ROOT")
    for child in [c for c in participle.children if c.i > comma and c != verb]:
        reattach(child, verb, child.dep_)
    if reattach(noun, verb, "obl") and reattach(participle, noun, "acl"):
        reattach(preposition, noun, "case")
        participle.pos_ = "VERB"


def attach_earlier_value_on_figure(parsed: Doc, shares: list[tuple[int, int]]) -> None:
    """Repair the parse of a bare number that starts a change to a figure ("sank im gleichen
    Zeitraum von 61 auf 55 Prozent", with "61" on "Zeitraum"): the number and the figure right after
    its preposition are the same measure before and after, so it hangs on that figure."""
    for (start, end), (next_start, next_end) in zip(shares, shares[1:]):
        number = parsed[start]
        if end - start != 1 or number.pos_ != "NUM" or next_start != end + 1 or parsed[end].pos_ != "ADP":
            continue
        if not any(c.dep_ == "case" for c in number.children) or number.head.pos_ not in ("NOUN", "PROPN"):
            continue
        figure = share_word(parsed[next_start:next_end])
        if number.head != figure and not is_figure(number.head):
            reattach(number, figure, "nmod")


def attach_number_range(parsed: Doc) -> None:
    """Repair the parse of a range of numbers written into a noun with its first number cut
    ("der 18- bis 29-Jährigen", "14- und 15-jährige"), which the parser takes apart: the range
    names one plural noun, the last word, which takes the place of the first in the clause."""
    for first, joiner in zip(parsed, parsed[1:]):
        if not (first.text[:-1].isdigit() and first.text.endswith("-") and joiner.pos_ in ("ADP", "CCONJ")
                and joiner.i + 1 < len(parsed) and parsed[joiner.i + 1].text[:1].isdigit()):
            continue
        end = joiner.i + 1  # past the second number and the parts of an English "29-year-olds"
        while end + 1 < len(parsed) and (not any(ch.isalpha() for ch in parsed[end].text) or parsed[end].dep_ == "compound"):
            end += 1
        noun = parsed[end]
        if not (noun.pos_ in ("NOUN", "PROPN", "NUM") and any(ch.isalpha() for ch in noun.text)):
            continue
        inside = first.head == noun or first.head in noun.subtree  # "den 16-": on the noun's own article
        if not inside and not reattach(noun, noun if first.head == first else first.head, first.dep_):
            continue  # (where the first number already hangs on it or on its words, the noun keeps its place)
        reattach(first, noun, "nummod")
        reattach(joiner, noun, "cc")
        # its preposition and article, and where the noun takes its place, what hung on it there ("The increase was among 25- to 29-year-olds")
        for child in [c for c in first.children if c.dep_ in ("case", "det") or not (inside or first.i < c.i <= end)]:
            reattach(child, noun, child.dep_)
        if noun.dep_ == "nummod" and cases(noun):  # a noun with a preposition counts nothing: "bei den 18- bis 24-Jährigen"
            noun.dep_ = "obl"
        if noun.text.rsplit("-", 1)[-1][:1].isupper():  # "29-Jährigen": a noun, plural as a range is
            mark_plural_noun(noun)


def attach_number_bounds(parsed: Doc, bounds: tuple[str, ...], age_endings: tuple[str, ...] = ()) -> None:
    """Repair the parse of a word that bounds the number of a noun written with one, or with an
    age written as a word (`age_endings`), between the noun's article and it, which the parser
    takes for a preposition ("41 Prozent der über 65-Jährigen", "bei den unter 30-Jährigen", "der
    unter Dreijährigen"): it modifies the noun, the article is the noun's, and the noun is the
    genitive attribute of the noun before the article or the object of the preposition before it."""
    for article, bound, noun in zip(parsed, parsed[1:], parsed[2:]):
        written_with_number = noun.text[:1].isdigit() and "-" in noun.text and noun.text.rsplit("-", 1)[-1][:1].isupper()
        written_age = bool(age_endings) and noun.text[:1].isupper() and noun.lower_.endswith(age_endings)
        if not (bound.lower_ in bounds and article.pos_ in ("DET", "PRON") and (noun.text[:1].isdigit() or written_age)
                and (noun.pos_ in ("NOUN", "PROPN") or written_with_number or written_age)):
            continue
        if written_with_number or written_age:  # "60-Jährigen", whatever the tagger took it for: a plural noun
            mark_plural_noun(noun)
        before = parsed[article.i - 1] if article.i > 0 else None
        if before is not None and before.text == ")":  # "drei Viertel (73 Prozent) der unter 30-Jährigen"
            opening = next((t for t in reversed(parsed[: before.i]) if t.text == "("), None)
            before = parsed[opening.i - 1] if opening is not None and opening.i > 0 else None
        if before is not None and before.pos_ == "NOUN":  # an article right after a noun: its genitive
            reattach(noun, before, "nmod")
        elif before is not None and before.pos_ == "ADP":
            reattach(before, noun, "case")
        reattach(article, noun, "det")
        if reattach(bound, noun, "advmod"):
            bound.pos_ = "ADV"


def attach_verb_taken_for_participle(span: Span) -> None:
    """Repair the parse of a past-tense verb right after a figure's group that the parser took for
    a participle modifying the group ("24 percent of respondents named the economy as ...", with
    the figure left the root), or for a clause of the group ("25% of members attended weekly
    meetings", a finite verb): a participle after its noun takes no object, nor does a clause
    without its relative word, so it is the clause's verb and the figure its subject."""
    anchor = share_word(span)
    if anchor.head != anchor:
        return
    for group in [c for c in anchor.children if c.dep_ == "nmod" and c.i > anchor.i]:
        verb = next((c for c in group.children if c.dep_ == "acl" and c.i == group.i + 1
                     and {"Part", "Fin"} & set(c.morph.get("VerbForm")) and any(o.dep_ == "obj" for o in c.children)
                     and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ in ("VERB", "AUX"))), None)  # "those polled describe …"
        if verb is None or not reattach(verb, verb, "ROOT"):
            continue
        for child in [c for c in anchor.children if c.i > verb.i]:
            reattach(child, verb, child.dep_)
        reattach(anchor, verb, "nsubj")
        return


def attach_finite_verb_taken_for_attribute(span: Span) -> None:
    """Repair the parse of a finite verb right after a figure's group that the parser hung on the
    group, with the figure the subject of a verb form that cannot head a clause ("30 percent of
    women reported waking at night", with "waking" the root), or with the figure the root
    ("About 4 percent of commuters needed more than an hour"): a finite verb without a relative
    word is the clause's verb, the figure its subject and the other form its complement."""
    anchor = share_word(span)
    root = anchor.head
    if any(c.dep_ in ("aux", "cop") for c in root.children):
        return
    if root == anchor:  # the figure the root: the verb takes its place, with the words after it, where no other verb could
        verb = next((verb for group in anchor.children if group.dep_ == "nmod" and group.i > anchor.i for verb in group.children
                     if verb.dep_ == "acl" and verb.i == group.i + 1 and "Fin" in verb.morph.get("VerbForm")), None)
        others = [t for t in anchor.doc if t != verb and t.pos_ in ("VERB", "AUX")]
        if verb is not None and not others:
            take_root(verb, anchor, "nsubj", [c for c in anchor.children if c.i > verb.i])
        return
    if anchor.dep_ != "nsubj" or not set(root.morph.get("VerbForm")) & {"Ger", "Inf"}:
        return
    for group in [c for c in anchor.children if c.dep_ == "nmod" and c.i > anchor.i]:
        verb = next((c for c in group.children if c.dep_ == "acl" and c.i == group.i + 1 and "Fin" in c.morph.get("VerbForm")), None)
        if verb is not None and verb.i < root.i and reattach(verb, root.head if root.head != root else verb, root.dep_):
            reattach(root, verb, "xcomp")
            reattach(anchor, verb, "nsubj")
            return


def attach_group_taken_into_verb(span: Span) -> None:
    """Repair the parse of a figure's group that the parser took into the finite verb after it
    ("Almost two-thirds of British holidaymakers plan to take ...", with "plan" the group's noun and
    "holidaymakers" its compound): the verb heads the clause, the figure is its subject, and the
    noun before the verb, with the words before it, is the group."""
    anchor = share_word(span)
    verb = next((c for c in anchor.children if c.dep_ == "nmod" and c.i > anchor.i and c.pos_ in ("VERB", "AUX")
                 and "Fin" in c.morph.get("VerbForm")), None)
    noun = next((c for c in verb.children if c.i == verb.i - 1 and c.pos_ in ("NOUN", "PROPN")), None) if verb is not None else None
    if noun is None:
        return
    root = anchor.head == anchor
    if not reattach(verb, verb if root else anchor.head, "ROOT" if root else anchor.dep_):
        return
    reattach(anchor, verb, "nsubj")
    reattach(noun, anchor, "nmod")
    for word in [c for c in verb.children if c.i < noun.i and c != anchor]:
        reattach(word, noun, word.dep_)


def attach_contact_clause_of_group(span: Span) -> None:
    """Repair the parse of a relative clause without a relative pronoun right after a figure's
    group ("40% of the firms we spoke to plan to hire", "of the parents we surveyed said …"),
    where the parser made the clause's verb the figure's and hung the figure's verb on it: a
    personal pronoun after the group opens such a clause, which ends on its verb or on a stranded
    preposition; the verb after it is the figure's."""
    doc, anchor = span.doc, share_word(span)
    group = next((c for c in anchor.children if c.dep_ == "nmod" and c.i > anchor.i and c.pos_ == "NOUN"), None)
    if group is None or group.i + 3 >= len(doc):
        return
    pronoun, verb = doc[group.i + 1], doc[group.i + 2]
    hung = anchor.head == verb or (verb.head == group and verb.dep_ == "acl")  # the figure's verb, or the group's clause already
    if pronoun.pos_ != "PRON" or "Nom" not in pronoun.morph.get("Case") or verb.pos_ != "VERB" or not hung:
        return
    stranded = doc[verb.i + 1] if doc[verb.i + 1].pos_ in ("ADP", "PART") else None
    main = doc[verb.i + (2 if stranded is not None else 1)]
    if main.pos_ not in ("VERB", "AUX") or main.head != verb:
        return
    place = verb if anchor.head == verb else anchor  # what the figure's verb takes the place of
    root = place.head == place
    reattach(main, main if root else place.head, "ROOT" if root else place.dep_)
    reattach(anchor, main, "nsubj")
    reattach(verb, group, "acl")
    if stranded is not None:
        reattach(stranded, verb, "obl")


def attach_participle_taken_for_clause_of_group(span: Span) -> None:
    """Repair the parse of a group whose first word, a participle in -ing, the parser took for a
    clause on the figure ("18 per cent of intending travellers have booked ...", with
    "travellers" the verb's subject): after the figure's "of", an -ing word before a plural noun
    is that noun's adjective, and the noun the group."""
    anchor = share_word(span)
    doc = span.doc
    clause = next((c for c in anchor.children if c.dep_ == "acl" and "Ger" in c.morph.get("VerbForm") and c.i == span.end + 1), None)
    if clause is None or doc[span.end].dep_ not in ("case", "mark") or clause.i + 1 >= len(doc):
        return
    noun = doc[clause.i + 1]
    if noun.pos_ != "NOUN" or not is_plural(noun) or any(c.dep_ in ("obj", "nsubj") for c in clause.children if c != noun):
        return
    if reattach(noun, anchor, "nmod"):
        reattach(clause, noun, "amod")
        clause.pos_ = "ADJ"
        reattach(doc[span.end], noun, "case")


def attach_hyphenated_modifier(parsed: Doc) -> None:
    """Repair the parse of a compound joined by a hyphen before a noun that the parser took apart
    ("61% of dog-owning renters have a garden", with "dog" the figure's group, or "owning" the
    root): the compound modifies the noun, which takes the place in the sentence that the part of
    the compound with the phrase's preposition (or the root) had, with its other words."""
    for hyphen in parsed[1:-2]:
        first, second, noun = parsed[hyphen.i - 1], parsed[hyphen.i + 1], parsed[hyphen.i + 2]
        joined = hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_
        if not joined or noun.pos_ not in ("NOUN", "PROPN") or second.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        members = (first, hyphen, second, noun)
        placed = next((t for t in (first, second) if t.head == t or (
            t.head not in members and any(c.dep_ == "case" for c in t.children))), None)
        if placed is not None:
            root = placed.head == placed
            words = [c for c in placed.children if c not in members]
            if not reattach(noun, noun if root else placed.head, "ROOT" if root else placed.dep_):
                continue
            for word in words:
                reattach(word, noun, word.dep_)  # "of" and what else hung on that part hang on the noun
        if reattach(second, noun, "amod"):
            second.pos_ = "ADJ"
            reattach(first, second, "compound")
            reattach(hyphen, second, "punct")


def hyphen_runs(parsed: Doc) -> list[Span]:
    """The words joined by hyphens without a space between ("29-year-olds", "dog-owning")."""
    runs, start = [], 0
    for word in parsed[1:]:
        joined = not parsed[word.i - 1].whitespace_ and "-" in (word.text, parsed[word.i - 1].text)
        if not joined:
            if word.i - start > 2:
                runs.append(parsed[start : word.i])
            start = word.i
    if len(parsed) - start > 2:
        runs.append(parsed[start:])
    return runs


def attach_hyphenated_noun(parsed: Doc) -> None:
    """Repair the parse of a compound noun joined by hyphens that the parser took apart, with its
    preposition on a part and its last part hung elsewhere ("For 18- to 29-year-olds it fell to
    39%", with "olds" an auxiliary of "fell"): a compound is one word, headed by its last part,
    which takes the place in the sentence of the part that has the preposition, with its words."""
    for run in hyphen_runs(parsed):
        last = run[-1]
        followed = run.end < len(parsed) and parsed[run.end].pos_ in ("NOUN", "PROPN", "ADJ")
        if last.pos_ != "NOUN" or followed:
            continue  # (a compound before a noun modifies it: `attach_hyphenated_modifier`)
        placed = next((part for part in run[:-1] if any(c.dep_ == "case" and c.i < run.start for c in part.children)), None)
        if placed is None:
            continue
        outside = next((a for a in placed.ancestors if not run.start <= a.i < run.end), None)
        if outside is None or not reattach(last, outside, placed.dep_):
            continue
        for word in [c for part in run[:-1] for c in part.children if not run.start <= c.i < run.end]:
            reattach(word, last, word.dep_)  # the preposition and what else hung on that part
        for part in run[:-1]:
            if part.head == last or not run.start <= part.head.i < run.end:
                reattach(part, last, "punct" if part.is_punct else "compound")


def attach_gerund_taken_for_root(parsed: Doc) -> None:
    """Repair the parse of a participle after a noun that the parser made the root, with the
    noun its subject and the finite verb after them a clause it reports ("the share planning a
    switch jumped 11 points", with "planning" the root and "switch" the subject of "jumped"): a
    participle with no auxiliary heads no sentence, so the finite verb does, the noun is its
    subject, the participle the noun's modifier and the subject it gave the verb its object."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or "Ger" not in root.morph.get("VerbForm") or any(c.dep_ in ("aux", "cop") for c in root.children):
        return
    noun = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and c.pos_ in ("NOUN", "PROPN")), None)
    verb = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and "Fin" in c.morph.get("VerbForm")), None)
    if noun is None or verb is None or not reattach(verb, verb, "ROOT"):
        return
    for child in [c for c in root.children if c != noun and (c.i > verb.i or c.i < noun.i)]:
        reattach(child, verb, child.dep_)
    reattach(noun, verb, "nsubj")
    reattach(root, noun, "acl")
    for subject in [c for c in verb.children if c.dep_ == "nsubj" and root.i < c.i < verb.i]:
        reattach(subject, root, "obj")


def attach_gerund_taken_for_clausal_subject(parsed: Doc) -> None:
    """Repair the parse of a gerund after a noun that the parser made a clausal subject, with the
    noun its subject ("The proportion of pupils reaching the expected standard was 59%", with
    "reaching" the subject of "was 59%"): a gerund right after the phrase of its subject without
    an auxiliary modifies that phrase's last noun, and the noun is the subject."""
    for gerund in parsed:
        if gerund.dep_ != "csubj" or "Ger" not in gerund.morph.get("VerbForm") or any(c.dep_ in ("aux", "cop") for c in gerund.children):
            continue
        noun = next((c for c in gerund.children if c.dep_ == "nsubj" and c.right_edge.i == gerund.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or not reattach(noun, gerund.head, "nsubj"):
            continue
        reattach(gerund, parsed[gerund.i - 1] if parsed[gerund.i - 1].pos_ in ("NOUN", "PROPN") else noun, "acl")


def attach_verb_taken_for_noun(span: Span) -> None:
    """Repair the parse of a verb right after a figure that the tagger took for a noun the figure
    modifies ("62 percent report that they spend less"): a noun takes no clause with a subject of
    its own, so the word is the verb and the figure its subject."""
    anchor = share_word(span)
    if span.end >= len(span.doc):
        return
    word = span.doc[span.end]
    clause = next((c for c in word.children if c.dep_ in ("acl", "ccomp") and c.i > word.i
                   and any(d.dep_ == "nsubj" for d in c.children)), None)
    if word.pos_ != "NOUN" or anchor.head != word or clause is None:
        return
    if reattach(anchor, word, "nsubj"):
        word.pos_ = "VERB"
        clause.dep_ = "ccomp"


def attach_verb_taken_for_modifier(span: Span) -> None:
    """Repair the parse of a finite verb right before a figure that the parser hung on it as a
    modifier ("Wie die Studie zeigt, nutzen 73 Prozent der Jugendlichen ...", "The cost has risen
    36 percent"): a finite verb modifies no noun, so it is the clause's verb and the figure its
    subject, or its object where it has a subject."""
    anchor = share_word(span)
    before = span.start - 1
    while before > 0 and span.doc[before].pos_ == "ADV" and span.doc[before].head.i in range(span.start, span.end):
        before -= 1  # "nutzen inzwischen 67 Prozent"
    if before > 0 and "Yes" in span.doc[before].morph.get("Reflex") and span.doc[before].head == span.doc[before - 1]:
        before -= 1  # "sprechen sich 41 Prozent … aus"
    verb = span.doc[before] if before >= 0 else None
    finite = verb is not None and ("Ind" in verb.morph.get("Mood") or any(c.dep_ == "aux" for c in verb.children))  # "has risen"
    if verb is None or verb.head != anchor or verb.dep_ not in ("amod", "det", "nmod", "compound") or verb.pos_ not in ("VERB", "AUX") or not finite:
        return
    root = anchor.head
    if root == anchor or (root.head == root and root.i > anchor.i and root.pos_ in ("NOUN", "PROPN", "PUNCT")):
        # the figure was the root, or hung on a noun or the full stop after it taken for the root ("… ein Smartphone")
        reattach(verb, verb, "ROOT")
        if root != anchor:
            reattach(root, verb, "punct" if root.pos_ == "PUNCT" else "obj")
    elif not reattach(verb, root, anchor.dep_):
        return
    for number in [c for c in verb.children if c.i in range(span.start, span.end)]:
        reattach(number, anchor, "nummod")  # "risen 36 percent", with "36" hung on the verb
    for child in [c for c in anchor.children if c.i > anchor.i and c.dep_ not in ("nmod", "appos", "punct")]:
        reattach(child, verb, child.dep_)  # "over the past decade": the verb's
    # with a subject of its own the figure is what the verb measures ("The cost has risen 36 percent")
    reattach(anchor, verb, "obj" if any(c.dep_ == "nsubj" for c in verb.children) else "nsubj")


def attach_stranded_particles(parsed: Doc) -> None:
    """Repair the parse of a preposition right before a comma that the parser hung on a word
    after it ("20 Prozent lehnen den Plan ab, 30 Prozent ..."): nothing after the comma is its
    object, so it is the particle of the verb before it."""
    for particle, mark in zip(parsed, parsed[1:]):
        if particle.pos_ != "ADP" or mark.text not in (",", ";", ":", ".") or (particle.head.i < mark.i and particle.head != particle):
            continue  # (also one the parser left a root of its own)
        verb = next((t for t in reversed(parsed[: particle.i]) if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            reattach(particle, verb, "compound")  # the relation of particles, its subtype dropped


def attach_age_after_group(parsed: Doc, bounds: tuple[str, ...], time_words: tuple[str, ...]) -> None:
    """Repair the parse of a bound and a bare number, or a number of years, right after a plural
    noun that the parser hung elsewhere ("Only 20 percent of workers under 35 own a home", with
    "35" on the verb; "31 Prozent der Menschen ab 16 Jahren sind …", "der Erwerbstätigen zwischen
    25 und 64 Jahren", with "Jahren" on the predicate): a number after such a preposition bounds
    the noun's age, as in "Frauen über 50"; so does a decade after a possessive ("workers in their
    50s")."""
    for noun, preposition, pronoun, decade in zip(parsed, parsed[1:], parsed[2:], parsed[3:]):
        # an age in decades: "workers in their 50s"
        if noun.pos_ == "NOUN" and is_plural(noun) and preposition.pos_ == "ADP" and pronoun.pos_ == "PRON" and has_digit(decade.text):
            if decade.head != noun and reattach(decade, noun, "nmod"):
                reattach(preposition, decade, "case")
                reattach(pronoun, decade, "nmod")
    for noun, bound, number in zip(parsed, parsed[1:], parsed[2:]):
        if not (noun.pos_ in ("NOUN", "PROPN") and "Number=Plur" in noun.morph and bound.lower_ in bounds and number.like_num):
            continue
        years = next((t for t in (number.head, number.head.head) if number.i < t.i <= number.i + 3 and t.lower_ in time_words), None)
        if years is not None:
            if years.head != noun and reattach(years, noun, "nmod"):
                reattach(bound, years, "case")
            continue
        if number.head == noun or (number.head.i > number.i and number.head.pos_ in ("NOUN", "SYM")):
            continue  # already the noun's, or a figure ("under 5 percent")
        if reattach(number, noun, "nmod"):
            reattach(bound, number, "case")


def attach_measure_of_age_adjective(parsed: Doc, age_adjectives: tuple[str, ...], time_words: tuple[str, ...]) -> None:
    """Repair the parse of the years an age adjective measures ("mehr als 60 Prozent der Stammkunden
    sind über 60 Jahre alt", with "über 60 Jahre" on the group): a number of years right before
    "alt"/"old" is the adjective's measure, what the clause says of the group, not the group's."""
    for years, adjective in zip(parsed, parsed[1:]):
        if adjective.lower_ in age_adjectives and years.lower_ in time_words and years.head != adjective:
            reattach(years, adjective, "obl")


def attach_time_phrase_of_group(parsed: Doc, time_words: tuple[str, ...], bounds: tuple[str, ...]) -> None:
    """Repair the parse of a time after a group that the parser hung on the group ("35 Prozent der
    Befragten in den vergangenen zwölf Monaten", "43 Prozent aller Beschäftigten an Werktagen"): a
    time says when the clause holds, not who the group is, so it hangs on the clause's verb. An
    age is the group's ("ab 16 Jahren", "zwischen 25 und 64 Jahren")."""
    for time in parsed:
        group = time.head
        if time.pos_ != "NOUN" or time.dep_ != "nmod" or group.pos_ not in ("NOUN", "PROPN") or group.i > time.i or not is_plural(group):
            continue
        if not is_figure(group.head):
            continue  # no figure's group: "Verglichen mit dem Vorjahr", with "Verglichen" a noun
        prepositions = [c.lower_ for c in time.children if c.dep_ == "case"]
        if not prepositions or set(prepositions) & set(bounds) or not time.lower_.endswith(time_words):
            continue
        verb = next((a for a in group.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            reattach(time, verb, "obl")


def attach_bare_noun_after_group(parsed: Doc) -> None:
    """Repair the parse of a noun without article right after a figure's group with its article,
    which the parser took into the group or for a second group of the figure ("erhalten 39
    Prozent der Schulkinder Nachhilfe", "schreiben 58 Prozent der Läden schwarze Zahlen"): such a
    noun is no genitive attribute (a genitive has its article, or an adjective ending in -er:
    "schwarzer Zahlen"), but the object of the clause's verb."""
    for noun in parsed:
        if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "case", "nummod") for c in noun.children):
            continue
        adjectives = [c for c in noun.children if c.dep_ == "amod"]
        start = min([noun.i, *(a.i for a in adjectives)])
        group = parsed[start - 1] if start > 0 else None
        if group is None or group.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" for c in group.children):
            continue
        if not all(a.lower_.endswith("e") and a.i < noun.i for a in adjectives):
            continue  # "schwarzer Zahlen" may be a genitive
        figure = group.head
        if not is_figure(figure) or noun.head not in (group, figure):
            continue  # not a figure's group: "für das Thema Datenschutz"
        verb = next((a for a in group.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            reattach(noun, verb, "obj")


def umlauted(word: str, umlauts: tuple[tuple[str, str], ...]) -> str:
    """A word with an umlaut (`UMLAUTS`) on its last vowel that takes one ("Stadt" -> "Städt",
    "Haus" -> "Häus")."""
    for end in range(len(word), 0, -1):
        for plain, marked in umlauts:
            if word[:end].endswith(plain):
                return word[: end - len(plain)] + marked + word[end:]
    return word


def attach_noun_under_article(parsed: Doc) -> None:
    """Repair the parse of a noun hung on its own article ("bei den über 55-Jährigen sind es 19
    Prozent", with "den" the verb's argument and "55-Jährigen" its modifier; "among the very
    young"): an article heads nothing, so the noun after it takes its place in the clause and the
    article and its words go to the noun; where the parser made the article another noun's
    ("bei den über 50-Jährigen sind es 18 Prozent", with "den" on "Prozent"), the noun with its
    preposition is that noun's oblique."""
    for article in parsed:
        if article.pos_ != "DET" or "Art" not in article.morph.get("PronType") or article.dep_ == "ROOT":
            continue
        noun = next((c for c in article.children if c.i > article.i and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
        if noun is None:
            continue
        relation = article.dep_ if article.dep_ != "det" else "obl" if cases(noun) else "nmod"
        if not reattach(noun, article.head, relation):
            continue
        for child in [c for c in article.children if c != noun]:
            reattach(child, noun, child.dep_)
        reattach(article, noun, "det")


def attach_noun_marked_by_preposition(parsed: Doc) -> None:
    """Repair the parse of a prepositional phrase after a noun taken for a clause of its own ("the
    figure for elementary teachers was 58 percent", with "for" a subordinating mark and "teachers"
    a second subject): a preposition marks no noun, so the phrase is the noun's before it."""
    for mark in parsed:
        if not (mark.pos_ == "ADP" and mark.dep_ == "mark" and mark.i > 0 and parsed[mark.i - 1].pos_ in ("NOUN", "PROPN")):
            continue
        owner = parsed[mark.i - 1]
        noun = next((t for t in parsed[mark.i + 1 : mark.i + 5] if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod")), None)
        if noun is not None and reattach(noun, owner, "nmod"):
            reattach(mark, noun, "case")


def attach_adverbial_superlative(parsed: Doc, marks: tuple[str, ...], endings: tuple[str, ...]) -> None:
    """Repair the parse of an adverbial superlative taken for a noun's preposition and adjective
    ("nennen die Befragten am häufigsten Sport und Bewegung", with "am" the case of "Sport" and
    the phrase hung on the subject): the superlative (`SUPERLATIVE_MARKS`, `SUPERLATIVE_ENDINGS`)
    says how the verb holds, and the noun after it is the verb's object."""
    for mark in parsed[:-2]:
        superlative, noun = parsed[mark.i + 1], mark.head
        if mark.lower_ not in marks or not superlative.lower_.endswith(endings) or superlative.head != noun or noun.i <= superlative.i:
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if noun.pos_ not in ("NOUN", "PROPN") or verb is None:
            continue
        if reattach(superlative, verb, "advmod"):
            reattach(mark, superlative, "case")
            if not any(c.dep_ == "case" for c in noun.children):
                reattach(noun, verb, "obj")


def attach_noun_taken_for_case(parsed: Doc) -> None:
    """Repair the relation of a noun with a preposition of its own that the parser made a
    preposition of the word it hangs on ("Bei den Unter-30-Jährigen sind es 34 Prozent" with
    "Unter-30-Jährigen" a case marker of "Prozent"): it is an oblique of that word."""
    for noun in parsed:
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "case" and any(c.dep_ == "case" for c in noun.children):
            noun.dep_ = "obl"


def attach_phrase_hung_on_number(parsed: Doc) -> None:
    """Repair the parse of a noun with a preposition that the parser hung on the number of a figure
    ("…, and among women 35 percent", with "women" on "35"): a number takes no phrase, so the noun
    is the figure's."""
    for noun in parsed:
        number = noun.head
        if noun.dep_ == "nmod" and number.dep_ == "nummod" and number.pos_ == "NUM" and any(c.dep_ == "case" for c in noun.children):
            reattach(noun, number.head, "obl" if noun.i < number.i else "nmod")


def attach_other_side_of_comparison(parsed: Doc, marks: tuple[str, ...]) -> None:
    """Repair the parse of the other side of a comparison that the parser made a clause of its
    mark ("Frauen sind mit 56 Prozent häufiger betroffen als Männer mit 44 Prozent", with "Männer"
    the subject of "als" and the figure on "als"): after a comparative, the mark (`COMPARISON_MARKS`)
    is the case of the noun after it, an oblique of the comparative's predicate, and the mark's
    other words are that noun's."""
    for mark in parsed:
        if mark.lower_ not in marks or mark.dep_ in ("case", "mark", "fixed") or not any("Cmp" in t.morph.get("Degree") for t in parsed[: mark.i]):
            continue
        noun = next((c for c in mark.children if c.i == mark.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or mark.head == mark or not reattach(noun, mark.head, "obl"):
            continue
        for word in [c for c in mark.children if c != noun]:
            reattach(word, noun, "nmod")
        reattach(mark, noun, "case")


def attach_object_with_preposition(parsed: Doc) -> None:
    """Repair the relation of a noun with a preposition before its verb that the parser made an
    object ("Among men the rate was 41 percent", with "men" an object): an object has no
    preposition, so the noun is an oblique (not a figure's bound: "mehr als 20 Prozent")."""
    for noun in parsed:
        preposition = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i), None)
        if noun.dep_ in ("obj", "iobj") and noun.i < noun.head.i and preposition is not None and preposition.pos_ == "ADP":
            noun.dep_ = "obl"


def attach_subject_with_preposition(parsed: Doc, shares: list[tuple[int, int]]) -> None:
    """Repair the relation of a noun with a preposition that the parser made a subject beside
    another one ("For firms with under ten staff the share falls to 9 per cent", "firms" and
    "share" both subjects), or where a figure between them after a comma is the subject the parser
    hung elsewhere, or where a figure is the predicate ("bei den Jungen sind es 41 Prozent", with
    "Jungen" its subject): a subject has no preposition, so the noun is an oblique of the verb."""
    figures = [share_word(parsed[start:end]) for start, end in shares]
    for noun in parsed:
        prepositions = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        if noun.dep_ != "nsubj" or not prepositions or noun in figures:
            continue
        predicate = noun.head
        others = [c for c in predicate.children if c.dep_ == "nsubj" and c != noun]
        # a share's figure after a comma between them, hung elsewhere: the subject the parser
        # missed ("Of the 1,214 volunteers who answered …, 38 per cent were over 50")
        comma = next((t.i for t in parsed[noun.i : predicate.i] if t.text == ","), None)
        figure = next((t for t in figures if comma is not None and comma < t.i < predicate.i and t.head != predicate
                       and not any(c.dep_ == "case" for c in t.children)), None)  # no preposition: "rose to 56 percent"
        if others and (not is_figure(noun) or is_plural(noun)):  # (a counted group is no figure: "Von den rund 2.000 Befragten")
            noun.dep_ = "obl"
        elif is_figure(predicate) and not is_figure(noun):  # "bei den Jungen sind es 41 Prozent": the figure is the predicate
            noun.dep_ = "obl"
        elif figure is not None and not any(t.pos_ in ("VERB", "AUX") and t.head == figure for t in parsed):
            if reattach(figure, predicate, "nsubj"):
                noun.dep_ = "obl"


def mark_articles_as_determiners(parsed: Doc) -> None:
    """Repair the relation of an article the parser hung on the noun after it with an unspecified
    one ("Die Abbrecherquote", with "Die" a dep), or on the verb in the noun's own relation ("Der
    Pro-Kopf-Verzehr sank", with both the verb's subjects): an article before its noun determines it."""
    for article in parsed:
        if article.pos_ == "DET" and article.dep_ == "dep" and article.head.i > article.i and article.head.pos_ in ("NOUN", "PROPN"):
            article.dep_ = "det"
        noun = parsed[article.i + 1] if article.i + 1 < len(parsed) else None
        if (article.pos_ == "DET" and "Art" in article.morph.get("PronType") and noun is not None and noun.pos_ in ("NOUN", "PROPN")
                and article.dep_ in ("nsubj", "obj") and (noun.head, noun.dep_) == (article.head, article.dep_)):
            reattach(article, noun, "det")  # "Der Pro-Kopf-Verzehr sank", with both the verb's subjects


def mark_determiners_without_noun(parsed: Doc) -> None:
    """Repair the tag of a demonstrative the tagger took for an article that stands for a noun of
    its own ("25 Prozent machen das regelmäßig", with "das" an article and the verb's subject): a
    determiner that is itself a verb's argument and determines no noun is a pronoun: a
    demonstrative where it is definite, an indefinite one where it is not ("71 Prozent haben eines
    installiert"); one hung as its determiner on the finite verb right after it is its subject ("…:
    this affects 30 percent of women")."""
    for word in parsed:
        verb = word.head
        if word.pos_ == "DET" and word.dep_ == "det" and verb.pos_ in ("VERB", "AUX") and is_marked_finite(verb) and word.i + 1 == verb.i and not any(
                c.dep_ in SUBJECTS for c in verb.children) and not list(word.children):
            word.dep_ = "nsubj"
        if word.pos_ == "DET" and word.dep_ in ("nsubj", "obj", "iobj") and word.head.pos_ in ("VERB", "AUX") and not list(word.children):
            word.pos_ = "PRON"
            definite = word.morph.get("Definite")  # "das" a demonstrative, "eines" an indefinite pronoun
            kind = "Dem" if definite == ["Def"] or not definite and word.morph.get("PronType") in ([], ["Art"]) else "Ind" if definite == ["Ind"] else None
            if kind:
                word.set_morph({**word.morph.to_dict(), "PronType": kind})


def attach_pronoun_taken_for_article_of_figure(parsed: Doc) -> None:
    """Repair the parse of a demonstrative before a figure that the parser took for the figure's
    article ("Bei Glätte betrifft das 30 Prozent der Frauen", with "das" the article of "Prozent"
    and the figure the subject, or an object beside no subject): a singular article determines no
    plural figure, so it is a pronoun, the subject of its verb where that agrees with it and not
    with the figure, and the figure the verb's object."""
    for article in parsed:
        figure, verb = article.head, article.head.head
        count = next((c for c in figure.children if c.dep_ == "nummod"), None)
        if article.dep_ != "det" or article.morph.get("Number") != ["Sing"] or count is None or article.i > count.i:
            continue
        subject = figure.dep_ == "nsubj" or (figure.dep_ == "obj" and not any(c.dep_ in SUBJECTS for c in verb.children))
        if number_of(figure) != ["Plur"] or not subject or verb.morph.get("Number") != ["Sing"]:
            continue
        if reattach(article, verb, "nsubj"):
            article.pos_ = "PRON"
            article.set_morph({**article.morph.to_dict(), "PronType": "Dem"})
            figure.dep_ = "obj"


def attach_pronoun_taken_for_determiner(parsed: Doc) -> None:
    """Repair the parse of a personal pronoun after a preposition that the parser made the
    determiner of the noun after it ("setzen 47 Prozent von ihnen KI-Werkzeuge ein", with "ihnen"
    the determiner of "KI-Werkzeuge"): a personal pronoun determines no noun, so it takes the
    noun's place with the preposition, and the noun is the verb's object."""
    for pronoun in parsed:
        noun = pronoun.head
        if pronoun.dep_ != "det" or pronoun.pos_ != "PRON" or "Prs" not in pronoun.morph.get("PronType") or "Yes" in pronoun.morph.get("Poss"):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if noun.i < pronoun.i or verb is None or noun.head == noun or not reattach(pronoun, noun.head, noun.dep_):
            continue
        for case in [c for c in noun.children if c.dep_ == "case" and c.i < pronoun.i]:
            reattach(case, pronoun, "case")
        reattach(noun, verb, "obl" if any(c.dep_ == "case" for c in noun.children) else "obj")


def attach_preposition_taken_for_argument(parsed: Doc) -> None:
    """Repair the relation of a preposition the parser made an argument of its own ("Von | den
    befragten Betrieben nutzen …", with "Von" the verb's subject): a preposition is the case word
    of the noun its phrase ends in, after its article and adjectives."""
    for preposition in parsed:
        if preposition.pos_ != "ADP" or preposition.dep_ not in ("nsubj", "obj", "obl", "nmod", "ROOT") or list(preposition.children):
            continue
        noun = next((t for t in parsed[preposition.i + 1 : preposition.i + 5] if t.pos_ not in ("DET", "ADJ", "NUM", "ADV")), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN", "PRON"):
            if preposition.dep_ == "ROOT":
                continue  # a sentence of its own words: left as it is
            reattach(preposition, noun, "case")


def mark_capitalized_nouns(parsed: Doc, data) -> None:
    """Repair the tag of a capitalized word inside a sentence that the tagger took for a verb, an
    adjective or an adverb ("aller Befragten" as a verb): in a language that capitalizes its nouns,
    a word the lexicon knows as a noun first is one, also an infinitive made a noun ("Grübeln");
    where the parser made it a conjunction or a modifier of the noun after it ("Grübeln über
    private Sorgen (37 Prozent)", with "Grübeln" the conjunction of "Sorgen"), it heads that noun."""
    for word in parsed[1:]:
        before = parsed[word.i - 1]
        if word.pos_ in ("VERB", "ADJ", "ADV") and word.is_alpha and word.text[:1].isupper() and (before.is_alpha or before.text == ","):
            if word_class(word.text, data) in data.NOUN_CLASSES:
                word.pos_ = "NOUN"
                word.set_morph({key: value for key, value in word.morph.to_dict().items() if key not in ("VerbForm", "Tense")})
                noun = word.head
                heads = word.dep_ in ("cc", "advmod", "amod") and noun.pos_ == "NOUN" and noun.i > word.i
                if heads and reattach(word, noun.head if noun.head != noun else word, noun.dep_):
                    reattach(noun, word, "nmod")


def attach_truncated_compound_before_bracket(parsed: Doc) -> None:
    """Repair the parse of a compound's first part cut before "bzw."/"und" ("auf Marken- (82
    Prozent) beziehungsweise Produktkommunikation"), which the parser took for punctuation with
    the bracketed figure after it in its place: the part is the noun of its phrase, with its
    preposition, and the figure restates it as a listed item's figure does."""
    for part, opening in zip(parsed, parsed[1:]):
        if not (part.text.endswith("-") and part.text[:-1].isalpha() and opening.text == "(") or part.pos_ == "NOUN":
            continue
        figure = next((t for t in parsed[opening.i + 1 : opening.i + 5] if t.head.i < opening.i or t.head.i > t.i + 2), None)
        if figure is None or not any(c.dep_ == "nummod" for c in figure.children):
            continue
        part.pos_ = "NOUN"
        if reattach(part, figure.head, figure.dep_) or figure.head == part:
            for case in [c for c in figure.children if c.dep_ == "case" and c.i < part.i]:
                reattach(case, part, "case")
            reattach(figure, part, "appos")


def attach_demonstrative_taken_for_verb(parsed: Doc, data: ModuleType) -> None:
    """Repair the parse of a demonstrative pronoun after a noun that the tagger took for the verb
    ("Der Anteil derer, die mit dem Auto fahren, sank auf 55 Prozent", with "derer" the root and
    "sank" beside it): the lexicon knows it for a pronoun (`DEMONSTRATIVE_PRONOUN_CLASSES`), the
    group the noun before it is of, and the verb after its relative clause is the clause's."""
    for word in parsed[1:]:
        owner = parsed[word.i - 1]
        if word.pos_ != "VERB" or owner.pos_ != "NOUN" or word_class(word.text, data) not in data.DEMONSTRATIVE_PRONOUN_CLASSES:
            continue
        word.pos_ = "PRON"
        verb = next((c for c in word.children if c.i > word.i and c.dep_ in ("parataxis", "conj") and c.pos_ in ("VERB", "AUX")), None)
        if word.head != word or verb is None or not reattach(verb, verb, "ROOT"):
            continue
        reattach(owner, verb, "nsubj")
        reattach(word, owner, "nmod")
        for child in [c for c in word.children if c.i > verb.i]:
            reattach(child, verb, child.dep_)


def attach_postposition_taken_for_adverb(parsed: Doc, postpositions: tuple[str, ...]) -> None:
    """Repair the parse of a postposition the parser hung on the verb ("Einer Umfrage des Verbands
    zufolge schicken 22 Prozent …", with "zufolge" an adverb and "Umfrage" the subject): it governs
    the noun phrase that ends right before it, which is then an oblique of the verb, no subject."""
    for word in parsed:
        if word.lower_ not in postpositions or word.dep_ == "case" or word.i == 0:
            continue
        noun = next((t for t in [parsed[word.i - 1], *parsed[word.i - 1].ancestors] if t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == word.i - 1
                     and t.head.i > word.i), None)
        if noun is not None and reattach(word, noun, "case") and noun.dep_ in SUBJECTS:
            noun.dep_ = "obl"


def attach_truncated_compound_after_conjunction(parsed: Doc) -> None:
    """Repair the parse of a compound whose first part is left out after a conjunction
    ("Internetnutzerinnen und -nutzer", with "-nutzer" taken for a verb): the part after the hyphen
    ends a noun like the one before the conjunction, so it is that noun's conjunct."""
    for conjunction, part in zip(parsed, parsed[1:]):
        if not (part.text.startswith("-") and part.text[1:].isalpha() and conjunction.pos_ == "CCONJ" and conjunction.i > 0):
            continue
        noun = parsed[conjunction.i - 1]
        if noun.pos_ in ("NOUN", "PROPN") and part.text[1:].lower() in noun.text.lower():
            part.pos_ = "NOUN"
            if reattach(part, noun, "conj"):
                reattach(conjunction, part, "cc")
                for child in [c for c in part.children if c.dep_ not in ("cc", "punct")]:
                    reattach(child, noun, child.dep_)


def attach_truncated_compound_before_conjunction(parsed: Doc) -> None:
    """Repair the parse of a compound's first part cut before a conjunction ("Puzzle- und
    Denkspiele", with "Puzzle-" a conjunction the verb's subject): the whole compound after the
    conjunction is the noun of the phrase, and the cut part its conjunct; the preposition and
    article before the cut part are the phrase's ("Von den Zwölf- und 13-Jährigen")."""
    for part, conjunction in zip(parsed, parsed[1:]):
        if not (part.text.endswith("-") and part.text[:-1].isalpha() and conjunction.pos_ == "CCONJ"):
            continue
        full = next((t for t in parsed[conjunction.i + 1 : conjunction.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        if full is not None:
            for child in [c for c in part.children if c.i < part.i and c.dep_ in ("case", "det")]:
                reattach(child, full, child.dep_)
        if full is None or part.head == full:
            part.pos_ = "NOUN"
            continue
        if part.head == part:
            reattach(full, full, "ROOT")
        elif not reattach(full, part.head, part.dep_):
            continue
        part.pos_ = "NOUN"
        reattach(part, full, "conj")
        reattach(conjunction, full, "cc")
        for child in [c for c in part.children if c.i > full.i]:
            reattach(child, full, child.dep_)  # "Puzzle- und Denkspiele (41 Prozent)": the bracket is the whole phrase's


def mark_plural_noun(noun: Token, **features: str) -> None:
    """Tag a word a plural noun, with the morphological `features` besides (a repair's verdict)."""
    noun.pos_ = "NOUN"
    noun.set_morph({**noun.morph.to_dict(), "Number": "Plur", **features})


def attach_degree_taken_for_noun(parsed: Doc, data) -> None:
    """Repair the parse of an indefinite word that opens a sentence before an adjective, which the
    tagger took for a noun and the parser for a subject ("Weniger wichtig finden sie …", with
    "Weniger" a subject beside "sie"): a word the lexicon takes for an indefinite pronoun first
    (`INDEFINITE_CLASSES`) before an adjective is that adjective's degree, no group."""
    first = next((t for t in parsed if not t.is_punct), None)
    if first is None or first.i + 1 >= len(parsed) or first.pos_ not in ("NOUN", "PROPN"):
        return
    adjective = parsed[first.i + 1]
    if adjective.pos_ in ("ADJ", "ADV") and word_class(first.text, data) in data.INDEFINITE_CLASSES and reattach(first, adjective, "advmod"):
        first.pos_ = "ADV"


def mark_adverbs_taken_for_verbs(parsed: Doc, data) -> None:
    """Repair the tag of a lower-case adverb the tagger took for a verb ("im Handel dagegen bei
    12 Prozent"): where the language's lexicon knows the word as an adverb only, it is one."""
    for word in parsed:
        if word.pos_ == "VERB" and word.is_lower and word_class(word.text, data) in data.PLAIN_ADVERB_CLASSES:
            word.pos_ = "ADV"


def mark_verbs_taken_for_adverbs(parsed: Doc, data) -> None:
    """Repair the tag of a lower-case verb the tagger took for an adverb or an adjective that the
    parser still made the head of a subject or an auxiliary ("Von den Beschäftigten würden 55
    Prozent verzichten", with "verzichten" an adverb; "Während 16 Prozent gestehen, …", with
    "gestehen" an adjective without a copula): where the language's lexicon knows the word as a
    verb first, it is one."""
    for word in parsed:
        if word.pos_ == "ADJ" and any(c.dep_ == "cop" for c in word.children):
            continue  # "weil 40 Prozent zufrieden sind": a predicate
        if word.pos_ in ("ADV", "ADJ") and word.is_lower and any(c.dep_ in ("nsubj", "aux") for c in word.children):
            known = word_class(word.text, data)
            if known and known.startswith(data.VERB_CLASSES):
                word.pos_ = "VERB"


def attach_verb_taken_for_auxiliary(parsed: Doc) -> None:
    """Repair the parse of a full verb that the parser hung as an auxiliary on the complement after
    it ("Laut der Umfrage halten 58 Prozent der Deutschen die Maßnahme für richtig", with "halten"
    an auxiliary of "richtig"): a full verb is no auxiliary, so it heads the clause, with the
    complement's arguments, and the complement is its own."""
    for verb in parsed:
        complement = verb.head
        if verb.pos_ != "VERB" or verb.dep_ != "aux" or complement.pos_ not in ("ADJ", "NOUN", "ADV") or complement.i < verb.i:
            continue
        if not reattach(verb, verb if complement.head == complement else complement.head, complement.dep_):
            continue
        for child in [c for c in complement.children if c.dep_ == "punct" or (c.dep_ in ("nsubj", "obj", "obl", "advmod", "aux") and c.i < complement.i)]:
            reattach(child, verb, child.dep_)
        reattach(complement, verb, "obl" if cases(complement) else "xcomp")


def attach_adjectives_taken_for_participles(parsed: Doc, data) -> None:
    """Repair the parse of a lower-case adjective the tagger took for a participle and the parser
    for a clause of its own on the verb ("schlafen nach eigener Aussage regelmäßig schlecht", with
    "schlecht" a participle in parataxis): where the language's lexicon knows the word as an
    adjective and no auxiliary or copula goes with it, it says how the verb's action is done."""
    for word in parsed:
        verb = word.head
        if word.pos_ != "VERB" or not word.is_lower or verb == word or verb.pos_ != "VERB" or word.dep_ not in ("parataxis", "conj", "advcl", "dep"):
            continue
        if any(c.dep_ in ("aux", "cop", "nsubj", "obj") for c in word.children) or not (word_class(word.text, data) or "").startswith("ADJ"):
            continue
        for child in list(word.children):
            reattach(child, verb, child.dep_)
        reattach(word, verb, "advmod")
        word.pos_ = "ADJ"


def mark_plural_by_article(parsed: Doc) -> None:
    """Repair the number and case of a noun the tagger took for a singular while its article is a
    plural's ("bei den Älteren", "unter den Lehrkräften", tagged as an accusative singular): a noun
    agrees with its article."""
    for noun in parsed:
        if noun.pos_ != "NOUN" or "Number=Sing" not in noun.morph:
            continue
        article = next((c for c in noun.children if c.dep_ == "det" and "Art" in c.morph.get("PronType") and "Number=Plur" in c.morph), None)
        if article is not None:
            mark_plural_noun(noun, **({"Case": article.morph.get("Case")[0]} if article.morph.get("Case") else {}))


def mark_bare_plurals(parsed: Doc, endings: tuple[str, ...]) -> None:
    """Repair the number of a noun without an article the tagger took for a singular while it is
    its lemma with a plural ending (-s, and `PLURAL_ENDINGS` with their dative -n: "bei Singles
    sind es 31 Prozent", "Bei Familien liegt die Quote bei 60 Prozent", "Kindern"): the lemma
    table knows its singular (a singular's genitive or weak ending comes with an article: "seines
    Einkommens", "dem Kunden")."""
    endings = {"s", *endings, *(ending + "n" for ending in endings if not ending.endswith(("n", "s")))}
    for noun in parsed:
        bare = not any(c.dep_ == "det" for c in noun.children) and "Case=Gen" not in noun.morph
        lemma = noun.lemma_
        plural_form = noun.text != lemma and noun.text.startswith(lemma) and noun.text[len(lemma):] in endings
        if noun.pos_ in ("NOUN", "PROPN") and bare and "Number=Plur" not in noun.morph and plural_form:
            mark_plural_noun(noun)


def mark_number_plurals(parsed: Doc) -> None:
    """Repair the number of a noun written as a number with the plural ending -s, which the tagger
    took for a singular ("for the under-30s the figure was 14 percent", "the over-65s", "the
    1990s"): a number takes -s only as a plural."""
    for noun in parsed:
        if noun.pos_ in ("NOUN", "PROPN") and "Number=Plur" not in noun.morph and _NUMBER_PLURAL.search(noun.text):
            mark_plural_noun(noun)


def mark_number_compounds(parsed: Doc) -> None:
    """Repair the tag of a compound of a number the tagger took for a number ("der 15-jährigen
    Mädchen") or for another word: a number joined by a hyphen to a word in lower case is an
    adjective ("15-jährig", "3-stündig"), one written with a capital a noun ("65-Jährige")."""
    for word in parsed:
        number, hyphen, rest = word.text.partition("-")
        if not (hyphen and number.isdigit() and rest.isalpha()):
            continue
        if word.pos_ == "NUM" and rest.islower():
            word.pos_ = "ADJ"
            if word.dep_ == "nummod":
                word.dep_ = "amod"
        elif rest[:1].isupper() and word.pos_ not in ("NOUN", "PROPN"):
            word.pos_ = "NOUN"  # "bei den über 60-Jährigen", tagged an auxiliary or an article


def mark_opening_preposition(parsed: Doc, prepositions: tuple[str, ...]) -> None:
    """Repair the tag of a preposition that opens a sentence, which the tagger may take for an
    adjective or a name of the noun after it ("Among parents with young children, …"), or the
    parser for the conjunction of a word after that noun ("for those aged 55 …"): a word of
    `prepositions` before its noun is that noun's preposition."""
    first = next((t for t in parsed if not t.is_punct), None)
    if first is None or first.lower_ not in prepositions:
        return
    if first.pos_ != "ADP" and first.head.i > first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first.pos_ = "ADP"
        first.dep_ = "case"
    following = parsed[first.i + 1] if first.i + 1 < len(parsed) else None
    if first.dep_ == "mark" and following is not None and following.pos_ in ("NOUN", "PROPN", "PRON") and first.head.i > following.i:
        # "for those aged 55 …", with "for" the conjunction of "aged": the noun's preposition
        first.pos_ = "ADP"
        reattach(first, following, "case")


def attach_opening_preposition_taken_for_noun(parsed: Doc, data) -> None:
    """Repair the parse of a sentence's first word that the language's lexicon knows as a
    preposition and the tagger took for a noun with the phrase's noun hung on it ("Binnen eines
    Jahres stieg der Anteil …", with "Binnen" the verb's subject), or that the tagger knew for a
    preposition and the parser made the head of its phrase ("Gegenüber der ersten Erhebung …"):
    it is the preposition of that noun, which takes its place in the clause."""
    first = parsed[0]
    taken_for_noun = first.pos_ in ("NOUN", "PROPN") and bool(data.PREPOSITION_CLASS) and word_class(first.text, data) == data.PREPOSITION_CLASS
    taken_for_head = first.pos_ == "ADP" and first.dep_ not in ("case", "mark", "cc")
    if not (taken_for_noun or taken_for_head):
        return
    noun = next((c for c in first.children if c.i > first.i and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None and reattach(noun, noun if first.head == first else first.head, "ROOT" if first.head == first else "obl"):
        reattach(first, noun, "case")
        first.pos_ = "ADP"


def attach_noun_taken_for_article(parsed: Doc) -> None:
    """Repair the parse of a noun the parser made the article of the noun after it ("bei den über
    65-Jährigen knapp 29 Prozent", with "65-Jährigen" the article of "Prozent"): a noun is no
    article, so it is an attribute of that noun, and the words before it that the parser hung
    there too (its article, a bound) are its own."""
    for noun in parsed:
        if noun.pos_ != "NOUN" or noun.dep_ != "det" or noun.head.i < noun.i:
            continue
        owner = noun.head
        if not reattach(noun, owner, "nmod"):
            continue
        start = noun.i
        while start > 0 and parsed[start - 1].head == owner and parsed[start - 1].pos_ in ("DET", "ADV", "ADP"):
            start -= 1
        for word in parsed[start : noun.i]:
            reattach(word, noun, "det" if word.pos_ == "DET" else "case" if word.pos_ == "ADP" else "advmod")


def attach_open_age_bound(parsed: Doc, open_bounds: tuple[tuple[str, str], ...], relative_pronouns: tuple[str, ...]) -> None:
    """Repair the parse of a number's open end ("those aged 55 and over", "Menschen ab 65 und
    älter"), whose coordinator the parser took to join the clause after it ("For those aged 55 and
    over the figure was 63 percent", with "over" the preposition of "figure" and the clause
    coordinated with "55"): the words close the number's range, and the clause after them with a
    subject or copula of its own (no relative clause) is the sentence's, the phrase before it its oblique."""
    for number, coordinator, bound in zip(parsed, parsed[1:], parsed[2:]):
        if not number.like_num or (coordinator.lower_, bound.lower_) not in open_bounds:
            continue
        for child in [*coordinator.children, *bound.children]:
            reattach(child, number.head, "dep")  # nothing hangs on the bound's words but on the range's
        reattach(bound, number, "advmod")
        reattach(coordinator, bound, "cc")
        bound.pos_ = "ADV"  # "over" no preposition here
        after = parsed[bound.i + 1 :]
        clause = next((t for t in after if any(c.dep_ in ("nsubj", "cop") for c in t.children)), None)
        root = next(t for t in parsed if t.head == t)
        if clause is None or clause == root or root.i > bound.i or any(c.lower_ in relative_pronouns for c in clause.children):
            continue
        reattach(clause, clause, "ROOT")
        reattach(root, clause, "obl")
        for token in after:
            if token.head.i <= bound.i and token != clause:
                reattach(token, clause, "advcl" if token.pos_ in ("VERB", "ADJ") else token.dep_)  # ", almost unchanged"


def attach_phrase_left_as_root(parsed: Doc) -> None:
    """Repair the parse of a prepositional phrase the parser left as a tree of its own before the
    clause it opens ("Bei den Jüngeren | sind es 27 Prozent", with two roots): a phrase with a
    preposition is no sentence, so it is an oblique of the root of the words after it."""
    roots = [t for t in parsed if t.head == t]
    for phrase, clause in zip(roots, roots[1:]):
        if phrase.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.i < phrase.i for c in phrase.children) and phrase.right_edge.i < clause.i:
            reattach(phrase, clause, "obl")


def attach_phrase_taken_for_root(parsed: Doc, nouns_capitalized: bool) -> None:
    """Repair the parse of a sentence whose root the parser made a noun, with the finite verb
    hung on it or on a noun of its phrase ("Nie mit öffentlichen Verkehrsmitteln zur Arbeit fahren
    17 Prozent", with "Verkehrsmitteln" the root; "Unter Eltern mit kleinen Kindern sparen 38
    Prozent …", with "sparen" on "Kindern"; "Lehrer (45 Prozent) wollen kleinere Klassen", with
    "wollen" a modifier of "Klassen"): a noun takes no finite verb, so the verb is the root and
    the noun its oblique where it has a preposition, else its subject before it or its object
    after it; the words after the verb (past a noun before it) and the subject and adverbs before
    it go with it. A noun with a copula is a predicate and keeps its verb, as a noun keeps its
    relative clause. A noun without a preposition counts only where nouns are written with a
    capital, so that the tags of a noun and a verb are sure; in English a word may be either
    ("plans", "rates"), and such a root is as often a verbless phrase."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN", "PRON") or any(c.dep_ in ("cop", "aux") for c in root.children):
        return
    if (not nouns_capitalized or root.pos_ == "PRON") and not any(c.dep_ == "case" and c.i < root.i for c in root.children):
        return  # (a pronoun with its preposition is such a phrase too: "among those under 30 the figure was 33 percent")
    phrase = [root, *(t for t in root.subtree if t.dep_ == "nmod" and t.pos_ in ("NOUN", "PROPN") and t.head.i >= root.i)]
    verb = next((c for noun in phrase for c in noun.children if c.pos_ in ("VERB", "AUX") and c.morph.get("Mood")
                 and c.dep_ not in ("cop", "aux", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj", "appos")
                 and not any("Rel" in d.morph.get("PronType") or d.dep_ == "mark" for d in c.children)), None)  # not a relative clause on the noun
    # or the predicate of a copula ("For 30- to 34-year-olds the figure was 17 per cent", with "cent" hung on "olds")
    verb = verb or next((c for c in root.children if c.i > root.i and any(d.dep_ == "cop" and d.morph.get("Mood") for d in c.children)), None)
    if verb is None:
        return
    moved = [c for c in root.children if (c.i > verb.i > root.i) or (c.i < verb.i and c.dep_ in ("advmod", "nsubj"))]
    has_case = any(c.dep_ == "case" and c.i < root.i for c in root.children)
    take_root(verb, root, "obl" if has_case else "nsubj" if root.i < verb.i else "obj", moved)


def attach_adjectival_noun_taken_for_attribute(parsed: Doc, data) -> None:
    """Repair the parse of an adjective made a noun that the parser took for an attribute of the
    noun phrase after it ("setzen 34 Prozent der Erwerbstätigen generative KI-Werkzeuge ein",
    with "Erwerbstätigen" an adjective of "KI-Werkzeuge"): in a language that writes its nouns
    with a capital, a capitalised word inside a sentence before a lower-case adjective ends its
    own phrase; so does a plain noun by the lexicon or the tagger before a noun without an article
    ("kaufen 30 Prozent der Senioren Brot", "nennen die Kunden Bequemlichkeit (71 Prozent)"). It
    takes the phrase's place (an adjective as a plural noun), and the phrase is the verb's object."""
    if not data.NOUNS_CAPITALIZED:
        return
    for word in parsed[1:-1]:
        phrase, following = word.head, parsed[word.i + 1]
        if word.pos_ not in ("ADJ", "NOUN") or word.dep_ not in ("amod", "compound") or not word.text[:1].isupper():
            continue
        before_adjective = (word.pos_ == "ADJ" and phrase.i > following.i and following.is_lower
                            and following.pos_ == "ADJ" and following.head == phrase)
        # (a noun the tagger calls one is no adjective either: "nennen die Kunden Bequemlichkeit")
        plain = word.pos_ == "NOUN" or word_class(word.text, data) == data.PLAIN_NOUN_CLASS
        before_noun = phrase == following and phrase.pos_ == "NOUN" and plain
        articles = [c for t in (phrase, word) for c in t.children if c.dep_ == "det" and c.i < word.i]
        if not (before_adjective and word.dep_ == "amod" or before_noun and articles):
            continue
        verb = next((a for a in phrase.ancestors if a.pos_ in ("VERB", "AUX")), None)
        figure = parsed[articles[0].i - 1] if articles and articles[0].i > 0 else None
        if figure is not None and not is_figure(figure):
            figure = None  # the group of a figure right before it: "lesen 22 Prozent der Rentner Zeitung"
        head, dep = (figure, "nmod") if figure is not None and phrase.head != figure else (phrase.head, phrase.dep_)
        if verb is None or not reattach(word, head, dep) or not reattach(phrase, verb, "obj"):
            continue
        if word.pos_ == "ADJ":
            mark_plural_noun(word)  # an adjective made a noun that names a group: the plural ("der Erwerbstätigen")
        for article in articles:
            reattach(article, word, "det")


def attach_second_word_taken_for_attribute(parsed: Doc, data) -> None:
    """Repair the parse of a sentence without a verb whose second word the lexicon knows, in lower
    case, as a verb ("Es folgen Möbel (24 Prozent) und Smartphones (19 Prozent)", with "folgen"
    an adjective of "Möbel"): where the finite verb stands second, it is the verb, the noun the
    parser made the root is its subject, and a noun joined to that one by a conjunction is
    coordinated with it."""
    if not data.NOUNS_CAPITALIZED or len(parsed) < 3 or parsed[0].is_punct:
        return
    word, root = parsed[1], next(t for t in parsed if t.head == t)
    if any(t.pos_ in ("VERB", "AUX") for t in parsed) or not (word.is_lower and word.is_alpha) or root.pos_ not in ("NOUN", "PROPN"):
        return
    known = word_class(word.text, data)
    if not (known and known.startswith(data.VERB_CLASSES)) or root.i < word.i:
        return
    reattach(word, word, "ROOT")
    word.pos_ = "VERB"
    reattach(root, word, "nsubj")
    reattach(parsed[0], word, "expl" if parsed[0].pos_ == "PRON" else "advmod")
    for noun in [c for c in root.children if c.dep_ in ("nmod", "appos") and any(g.dep_ == "cc" and g.i < c.i for g in c.children)]:
        noun.dep_ = "conj"


def attach_verb_taken_for_clause(parsed: Doc) -> None:
    """Repair the relation of a verb the parser made a clause of its own beside the verb before it
    with nothing between them to set it off ("lässt das Auto öfter stehen", with "stehen" in
    parataxis): a clause beside another is set off by punctuation or a conjunction, so the verb
    completes the one before."""
    for verb in parsed:
        head = verb.head
        if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
            continue
        if not any(t.is_punct or t.pos_ in ("CCONJ", "SCONJ") for t in parsed[head.i + 1 : verb.i]):
            verb.dep_ = "xcomp"


def attach_subject_taken_for_object(parsed: Doc) -> None:
    """Repair the relation of a verb's object whose article is nominative, where the verb has no
    subject ("Gegenüber der ersten Erhebung ist die weggeworfene Menge um 6 Prozent gesunken",
    with "Menge" the object): an object is never nominative, so it is the subject."""
    for noun in parsed:
        article = next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET" and c.i < noun.i), None)
        if noun.dep_ != "obj" or article is None or article.morph.get("Case") != ["Nom"]:
            continue
        if noun.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in noun.head.children):
            noun.dep_ = "nsubj"


def attach_dative_taken_for_subject(parsed: Doc) -> None:
    """Repair the relation of a verb's subject that is a pronoun in the dative ("Weit
    abgeschlagen sind soziale Netzwerke: Ihnen vertrauen lediglich 6 Prozent", with "Ihnen" the
    subject and the figure the object): a subject is never dative, so it is the verb's dative
    object, and a figure the verb took for its object is its subject (a noun's case the tags
    may get wrong, a pronoun's they read from its form)."""
    for word in parsed:
        verb = word.head
        dative = word.pos_ == "PRON" and word.morph.get("Case") == ["Dat"]
        if word.dep_ != "nsubj" or not dative or any(c.dep_ == "case" for c in word.children) or verb.pos_ not in ("VERB", "AUX"):
            continue
        word.dep_ = "iobj"
        figure = next((c for c in verb.children if c.dep_ == "obj" and is_figure(c)), None)
        if figure is not None:
            figure.dep_ = "nsubj"


def attach_object_taken_for_oblique(parsed: Doc, time_words: tuple[str, ...]) -> None:
    """Repair the relation of a verb's object without a preposition that the parser took for an
    oblique ("Den öffentlichen Nahverkehr wählten 17,9 Prozent der Pendler", with "Nahverkehr"
    an oblique): a noun without a preposition whose article is accusative is the object of its
    verb, unless it names a time (`TIME_WORDS`: "den ganzen Tag"); an object the verb had besides,
    where it has no subject and that object no accusative article, is the subject ("Den regionalen
    Fernverkehr nutzten 12 Prozent der Pendler", with "12 Prozent" the object)."""
    for noun in parsed:
        if noun.dep_ != "obl" or article_case(noun) != ["Acc"] or noun.lower_ in time_words or noun.head.pos_ != "VERB":
            continue
        if any(c.dep_ in ("case", "nummod") for c in noun.children):
            continue
        verb = noun.head
        other = next((c for c in verb.children if c.dep_ == "obj"), None)
        if other is not None and (any(c.dep_ in SUBJECTS for c in verb.children) or article_case(other) == ["Acc"]):
            continue
        noun.dep_ = "obj"
        if other is not None:
            other.dep_ = "nsubj"


def article_case(noun: Token) -> list[str]:
    """The case the article before a noun shows; none without one."""
    article = next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET" and c.i < noun.i), None)
    return article.morph.get("Case") if article is not None else []


def attach_subject_by_agreement(parsed: Doc) -> None:
    """Repair the relations of a verb's subject and object that the parser swapped where only the
    object agrees with the verb in number ("Mit 51 Prozent nutzen Angestellte das Home Office",
    with "Office" the subject of "nutzen"; "Die Prüfung bestanden 91 Prozent der Teilnehmer"): a
    finite verb agrees with its subject, a figure in the number of its group; the subject's number
    is read where its article shows it, with the noun or an adjective of the phrase agreeing ("Dagegen
    erreichen nur 46 Prozent die empfohlene Schlafdauer", with "Schlafdauer" tagged a plural). (Only
    where the word order leaves subject and object open, as in German; in English the place decides.)"""
    for verb in parsed:
        finite = verb if is_marked_finite(verb) else next((c for c in verb.children if c.dep_ == "aux" and is_marked_finite(c)), None)
        number = finite.morph.get("Number") if finite is not None else []
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "SYM") and not cases(c)]
        if not number or subject is None or len(objects) != 1 or article_number(subject) in ([], number):
            continue  # (the number of a noun without an article is the tagger's guess: "Elektroautos")
        if number_of(objects[0]) == number:
            subject.dep_, objects[0].dep_ = "obj", "nsubj"


def attach_accusative_taken_for_subject(parsed: Doc) -> None:
    """Repair the relations of a verb's subject whose article is accusative and a figure beside it
    without a preposition ("Den Bau von mehr Sozialwohnungen befürworten sogar 81 Prozent", with
    "Bau" the subject and the figure an oblique): a subject is never accusative, so it is the
    object, and the figure the subject; read only from a masculine singular's article, the one
    whose accusative no other case shares ("den", not a plural's dative "den" nor "das", "die")."""
    for noun in parsed:
        verb = noun.head
        article = next((c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET" and c.i < noun.i), None)
        masculine = article is not None and article.morph.get("Gender") == ["Masc"]  # ("das", "die": nominative as well)
        if noun.dep_ != "nsubj" or article_case(noun) != ["Acc"] or not masculine or article_number(noun) != ["Sing"] or verb.pos_ not in ("VERB", "AUX"):
            continue
        figure = next((c for c in verb.children if c.dep_ in ("obl", "obj") and is_figure(c) and not cases(c)), None)
        if figure is not None:
            noun.dep_, figure.dep_ = "obj", "nsubj"


def article_number(noun: Token) -> list[str]:
    """A noun's number as its article shows it, where the noun or an adjective between them agrees
    with the article (two of the tagger's readings against one); none without an article."""
    article = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if article is None:
        return []
    number = article.morph.get("Number")
    adjectives = [c for c in noun.children if c.dep_ == "amod" and article.i < c.i < noun.i]
    return number if any(word.morph.get("Number") == number for word in [noun, *adjectives]) else []


def attach_clause_after_colon_taken_for_modifier(parsed: Doc) -> None:
    """Repair the parse of a clause after a colon or semicolon whose finite verb the parser hung as a
    modifier on a noun before the mark ("… more likely to work long hours: 42 percent of them did,
    against 29 percent of …", with "did" an attribute of "hours"): a finite verb with a subject
    of its own modifies no noun, so its clause stands beside the sentence's, and the conjuncts the
    noun had after it are its subject's."""
    for verb in parsed:
        noun = verb.head
        if verb.dep_ not in ("amod", "acl") or verb.pos_ not in ("VERB", "AUX") or not is_marked_finite(verb) or noun.i > verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
        mark = next((t for t in parsed[noun.i + 1 : verb.i] if t.text in (":", ";")), None)
        root = next((t for t in parsed if t.head == t), None)
        if subject is None or mark is None or root is None or not reattach(verb, root, "parataxis"):
            continue
        reattach(mark, verb, "punct")
        for conjunct in [c for c in noun.children if c.dep_ == "conj" and c.i > verb.i]:
            reattach(conjunct, subject, "conj")


def may_be_finite(verb: Token) -> bool:
    """Whether the lexicon's classes of a word (its tag, where the pipeline sets them) include a
    finite verb ("VV(INF)|VV(FIN)" for "halten")."""
    return any(name.endswith("(FIN)") for name in verb.tag_.split("|"))


def is_marked_finite(verb: Token) -> bool:
    """Whether the tags mark a verb finite: by its form, or its mood where they give no form."""
    return verb.morph.get("VerbForm") == ["Fin"] or bool(verb.morph.get("Mood"))


def number_of(noun: Token) -> list[str]:
    """A noun's grammatical number; a figure's is its group's ("91 Prozent der Teilnehmer"), or
    without one a plural's ("nur 46 Prozent erreichen"), unless its number is one."""
    if not is_figure(noun):
        return noun.morph.get("Number")
    group = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i), None)
    if group is not None:
        return group.morph.get("Number")
    count = next(c for c in noun.children if c.dep_ == "nummod")
    return ["Sing"] if number_value(count.text, noun.doc.lang_) == 1 else ["Plur"]


def mark_plural_adjectival_nouns(parsed: Doc, data) -> None:
    """Repair the tags of an adjective made a noun after a preposition without an article
    ("unter Alleinerziehenden", "bei Befragten"), which the tagger may take for a singular name:
    without an article it is a plural, as only the plural goes without one (by the lexicon: an
    adjectival noun or an adjective, written with a capital); so is one with "der" that is the
    group of a share ("die Hälfte der Pflegenden", "40 Prozent der Reisewilligen")."""
    for noun in parsed:
        if not (noun.text[:1].isupper() and noun.text.endswith("en") and noun.pos_ in ("NOUN", "PROPN", "ADJ")) or noun.i == 0:
            continue
        articles = [c.lower_ for c in noun.children if c.dep_ == "det"]
        # without an article after a preposition, or with "der" as the group of a share ("die Hälfte der Pflegenden")
        of_share = articles == ["der"] and noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "SYM") and noun.head.i < noun.i
        if not (cases(noun) and not articles) and not of_share:
            continue
        known = word_class(noun.text, data)
        if known is not None and (known == "NNA" or known.startswith("ADJ")):
            mark_plural_noun(noun)


def attach_word_taken_for_punctuation(parsed: Doc) -> None:
    """Repair the relation of a word the parser labelled punctuation ("Fertigkeiten wie das
    Einparken (38 %)", with "Einparken" a `punct` of the verb): a word after a conjunction is
    the conjunct of the noun before that conjunction; any other keeps its head, unlabelled."""
    for word in parsed:
        if word.dep_ != "punct" or word.is_punct or word.pos_ in ("PUNCT", "SYM"):
            continue
        joiner = next((c for c in word.children if c.dep_ == "cc" and c.i < word.i), None)
        before = parsed[joiner.i - 1] if joiner is not None and joiner.i > 0 else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and reattach(word, before, "conj"):
            continue
        word.dep_ = "dep"


def attach_time_taken_for_subject(parsed: Doc, data: ModuleType) -> None:
    """Repair the relation of a time the parser made a subject or an object ("Ein Jahr zuvor waren
    es 57,1 Prozent", "A year earlier it was 49 percent", with "Jahr" the subject): a time word
    with a word that counts back from it (`ANAPHORIC_TIME_WORDS`, the end of `YEARS_AGO`) says
    when, so it is an oblique."""
    back = {*data.ANAPHORIC_TIME_WORDS, *(sequence[-1] for sequence in data.YEARS_AGO)}
    for noun in parsed:
        if noun.dep_ in (*SUBJECTS, "obj") and noun.lower_ in data.TIME_WORDS and any(c.lower_ in back for c in noun.children):
            noun.dep_ = "obl"


def attach_dependents_of_copula(parsed: Doc) -> None:
    """Repair the parse of a phrase the parser hung on a copula or an auxiliary ("bei den 18- bis
    29-Jährigen sind es 68 Prozent", with "29-Jährigen" on "sind"): such a verb is a function word
    of its predicate and heads nothing, so what hung on it belongs to the predicate."""
    for verb in parsed:
        if verb.dep_ not in ("cop", "aux") or verb.head == verb:
            continue
        for child in list(verb.children):
            if child.dep_ not in ("punct", "fixed", "conj", "cc"):
                reattach(child, verb.head, child.dep_)


def attach_copula_on_subject(parsed: Doc) -> None:
    """Repair the parse of a copula hung on the subject or object of the predicate it joins
    ("Demnach sind 45 Prozent der Mieter über 50 Jahre alt", with "sind" on "Prozent"): a noun
    that is the argument of a predicate after it is no predicate, so the copula is that
    predicate's (the auxiliary of a participle) and the noun its subject."""
    for copula in parsed:
        noun, predicate = copula.head, copula.head.head
        if copula.dep_ != "cop" or noun.dep_ not in ("nsubj", "obj") or noun.pos_ not in ("NOUN", "PROPN", "PRON") or predicate == noun:
            continue
        if predicate.pos_ not in ("ADJ", "VERB") or predicate.i < noun.i or any(c.dep_ in ("cop", "aux") for c in predicate.children):
            continue  # (a predicate before its subject is fronted, its copula where it stands: "Vertreten sind Anhänger …")
        if reattach(copula, predicate, "aux" if predicate.pos_ == "VERB" else "cop"):
            noun.dep_ = "nsubj"


def attach_finite_verb_taken_for_modifier(parsed: Doc) -> None:
    """Repair the parse of a finite verb that the parser hung as a modifier on the noun after it
    ("62 Prozent der Befragten bemängeln fehlende Stellplätze", with "bemängeln" an attribute of
    "Stellplätze"): a finite verb modifies no noun, so it takes the noun's place in the sentence,
    with the words before it, and the noun is its object where the verb has its subject (else the
    noun may be the subject after it: "…, nannten die befragten Rentner:"), or its subject where
    what the parser took for the subject is an accusative ("Den Preis halten 58 Prozent der
    Befragten für angemessen"); a verb without a form counts as finite where the lexicon knows it
    as one ("halten")."""
    for verb in parsed:
        noun = verb.head
        finite = is_marked_finite(verb) or (not verb.morph.get("VerbForm") and may_be_finite(verb))
        if not (verb.dep_ == "amod" and verb.pos_ in ("VERB", "AUX") and finite and noun.i > verb.i and noun.pos_ in ("NOUN", "PROPN")):
            continue
        before = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
        if before is None:
            continue
        if any(c.dep_ in SUBJECTS for c in noun.children) or not reattach(verb, noun if noun.head == noun else noun.head, noun.dep_):
            continue
        # an accusative before the verb is its object, and the noun after it the subject ("Den Preis halten 58 Prozent für angemessen")
        object_first = "Acc" in before.morph.get("Case")
        if object_first:
            before.dep_ = "obj"
        role = "nsubj" if object_first else "obj"
        if noun.head == noun:
            take_root(verb, noun, role, [c for c in noun.children if c.i < verb.i])
        else:
            reattach(noun, verb, role)
            for word in [c for c in noun.children if c.i < verb.i]:
                reattach(word, verb, word.dep_)


def attach_verb_taken_for_modifier_of_subject(parsed: Doc, agent_cases: tuple[str, ...]) -> None:
    """Repair the parse of a sentence whose long subject the parser made the root, with the verb
    after it a modifier of one of its nouns ("The share of adults in rural areas who own a car rose
    to 81 percent", "The number of people in the region with a second job grew by 12 percent",
    with "rose" and "grew" on "areas" and "people"): a sentence that ends with a full stop has a
    verb, so a verb after the root noun that modifies a noun of its phrase without an auxiliary, a
    relative pronoun or an agent ("affected by the cuts"; "by 12 percent" is a change), not set off
    by a comma, and that takes a figure, is the sentence's verb (in the past tense where it was
    tagged a participle), and the root noun its subject."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or parsed[-1].text not in (".", "!"):
        return
    if any(c.dep_ in SUBJECTS for c in root.children):
        return
    def counts(noun: Token) -> bool:  # "by 12 percent", "by 0.4 percentage points" (the number tagged a modifier)
        return any(c.like_num for c in noun.children)

    def is_modifier_verb(verb: Token) -> bool:
        return (verb.pos_ == "VERB" and verb.dep_ in ("acl", "amod") and verb.i > root.i and verb.head in root.subtree
                and parsed[verb.i - 1].text != ","
                and not any(c.dep_ in ("aux", "aux:pass", "mark", *SUBJECTS) or (cases(c) & set(agent_cases) and not counts(c))
                            for c in verb.children)
                and any(c.dep_ in ("obl", "obj") and counts(c) for c in verb.children))
    verb = next((t for t in parsed if is_modifier_verb(t)), None)
    if verb is not None and take_root(verb, root, "nsubj", [c for c in root.children if c.i > verb.i]):
        if "Part" in verb.morph.get("VerbForm"):
            verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")  # "grew", tagged a passive participle, is the past tense


def attach_predicate_taken_for_modifier(parsed: Doc) -> None:
    """Repair the parse of a sentence whose root the parser made the subject of a copula, with the
    predicative adjective after it as a modifier ("Dafür wäre jeder Dritte (31 Prozent) sogar
    bereit, …", with "Dritte" the root and "bereit" its modifier): an adjective after its noun
    and past the copula before it is the predicate, so it is the root and the noun its subject;
    the copula, the words before it and the clause after the adjective go with it."""
    root = next((t for t in parsed if t.head == t), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    copula = next((c for c in root.children if c.dep_ == "cop" and c.i < root.i), None)
    predicate = next((c for c in root.children if c.pos_ == "ADJ" and c.i > root.i and c.dep_ in ("advmod", "amod")), None)
    if copula is not None and predicate is not None:
        take_root(predicate, root, "nsubj", [c for c in root.children if c.i < copula.i or c.i > predicate.i or c == copula])


def attach_copula_with_two_subjects(parsed: Doc) -> None:
    """Repair the parse of a copula the parser made the root with two subjects ("Die beliebtesten
    Genres sind Puzzle- und Denkspiele (41 Prozent) vor Action …", with both nouns subjects of
    "sind"): a clause has one subject, so the noun after the copula is its predicate, the root,
    with the copula and the rest of the clause on it."""
    copula = next((t for t in parsed if t.head == t), None)
    if copula is None or copula.pos_ != "AUX":
        return
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 2 or not subjects[0].i < copula.i < subjects[1].i:
        return
    take_root(subjects[1], copula, "cop", list(copula.children))


def attach_unlabelled_clause(parsed: Doc) -> None:
    """Repair the relation of a clause after a comma with a subject and a figure of its own that
    the parser left unlabelled ("86 Prozent … verfügen über eine Strategie, bei 89 Prozent davon
    ist sie integriert", with "integriert" a `dep` of "verfügen"): a clause with its own subject
    and figure set off by a comma is a conjunct of the clause before it."""
    for verb in parsed:
        if verb.dep_ != "dep" or verb.pos_ not in ("VERB", "AUX", "ADJ") or not verb.head.i < verb.i:
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children) or not any(is_figure(t) for t in verb.subtree):
            continue  # (a clause without a figure of its own may be what the verb before says: "meinen, die Politik solle …")
        if any(t.text in (",", ";") for t in parsed[verb.head.i + 1 : verb.left_edge.i + 1]):
            verb.dep_ = "conj"


def mark_reported_subjunctives(parsed: Doc, ending: str) -> None:
    """Repair the mood of a verb in the subjunctive of reported speech that the tagger took for an
    indicative ("geben an, neben Beruf und Familie fehle ihnen die Zeit"): a verb in the third
    person singular whose form is its infinitive without the last letter (`SUBJUNCTIVE_ENDING`:
    "fehle", "müsse", "habe"; the indicative is "fehlt") is a subjunctive."""
    for verb in parsed:
        if not ending or verb.pos_ not in ("VERB", "AUX") or verb.morph.get("Mood") != ["Ind"] or verb.morph.get("Person") != ["3"]:
            continue
        if verb.morph.get("Number") == ["Sing"] and verb.lower_.endswith(ending) and verb.lemma_.lower() == verb.lower_ + "n":
            verb.set_morph({**verb.morph.to_dict(), "Mood": "Sub"})


def attach_reported_clause(parsed: Doc) -> None:
    """Repair the relation of a clause in the subjunctive after a comma that the parser made a
    conjunct of the verb before it ("Mehr als 80 Prozent sagen zwar, guter Schlaf sei ihnen
    wichtig", with "wichtig" a conjunct of "sagen"), or a clause of a noun of its clause without a
    relative pronoun ("antworten 75 Prozent der Befragten, die Regierung müsse …", with
    "auftreten" on "Befragten"): a subjunctive without a conjunction reports what the verb before
    says, so it is that verb's complement (not one with a figure of its own)."""
    for clause in parsed:
        if clause.dep_ not in ("conj", "parataxis", "dep", "acl"):
            continue
        verb = clause.head
        if clause.dep_ == "acl" and verb.pos_ in ("NOUN", "PROPN") and not any("Rel" in t.morph.get("PronType") and t.pos_ == "PRON" for t in clause.subtree):
            verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)  # hung on a noun of that verb's clause
        if verb.pos_ not in ("VERB", "AUX") or not verb.i < clause.i:
            continue
        if any(c.dep_ == "cc" for c in clause.children) or any(is_figure(t) for t in clause.subtree):
            continue
        subjunctive = any("Sub" in t.morph.get("Mood") for t in [clause, *(c for c in clause.children if c.dep_ in ("aux", "cop"))])
        if subjunctive and any(t.text == "," for t in parsed[verb.i + 1 : clause.left_edge.i + 1]):
            reattach(clause, verb, "ccomp")


def attach_clause_taken_for_complement(parsed: Doc) -> None:
    """Repair the parse of two clauses that share a subject, the first taken for the complement of
    the second ("2021 hatte der Anteil 60 Prozent erreicht, ging danach aber auf 50 Prozent
    zurück", with "erreicht" a complement of "ging"): a verb after a comma without a subject of its
    own goes on with the clause before, which keeps its place; not a clause with a conjunction of
    its own ("Dass die Preise steigen, erwarten …")."""
    for clause in parsed:
        verb = clause.head
        if clause.dep_ != "ccomp" or not clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
            continue
        if not any(c.dep_ == "nsubj" for c in clause.children) or any(c.dep_ in ("nsubj", "expl") for c in verb.children):
            continue
        if not any(t.text == "," for t in parsed[clause.right_edge.i : verb.i]):
            continue
        root = verb.head == verb
        if reattach(clause, clause if root else verb.head, "ROOT" if root else verb.dep_):
            reattach(verb, clause, "conj")
            for mark in [c for c in verb.children if c.is_punct and c.i == len(parsed) - 1]:
                reattach(mark, clause, "punct")


def attach_conjunct_without_conjunction(parsed: Doc) -> None:
    """Repair the relation of a figure the parser took for a conjunct of the noun right before it
    with nothing to join them ("…, bei den deutschen Unternehmen 48 Prozent", with "Prozent" a
    conjunct of "Unternehmen"): conjuncts are joined by a conjunction or a comma, so the noun
    before is the figure's group, and the figure takes its place."""
    for figure in parsed:
        noun = figure.head
        if figure.dep_ != "conj" or not is_figure(figure) or not noun.i < figure.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.is_punct or t.pos_ == "CCONJ" for t in parsed[noun.i + 1 : figure.i]):
            continue
        if reattach(figure, noun.head if noun.head != noun else figure, noun.dep_ if noun.head != noun else "ROOT"):
            reattach(noun, figure, "nmod")


def attach_partitive_adverb_after_figure(span: Span, data: ModuleType) -> None:
    """Repair the parse of a pronominal adverb that names a figure's group right after it ("bei
    89 Prozent davon ist sie integriert", with "davon" on the verb): it is the figure's."""
    figure, after = share_word(span), span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and is_partitive(after, data) and after.head != figure:
        reattach(after, figure, "advmod")


def attach_predicate_taken_for_argument(parsed: Doc) -> None:
    """Repair the parse of a figure with a copula of its own after a comma that the parser made an
    argument of the verb before the comma ("Bei den Jungen liegt der Anteil bei 46 Prozent, bei
    den Mädchen sind es 29 Prozent", with "Prozent" the object of "liegt"): a word with a copula
    is a predicate, so it heads a clause of its own beside that verb."""
    for figure in parsed:
        verb = figure.head
        if not is_figure(figure) or figure.dep_ not in ("nsubj", "obj", "obl", "nmod") or not verb.i < figure.i:
            continue
        if not any(c.dep_ == "cop" for c in figure.children):
            continue
        comma = next((t for t in reversed(parsed[verb.i + 1 : figure.i]) if t.text in (",", ";")), None)
        if comma is not None and reattach(figure, verb, "parataxis"):
            reattach(comma, figure, "punct")


def attach_predicate_taken_for_modifier_of_next_figure(parsed: Doc) -> None:
    """Repair the parse of a figure with a copula of its own that the parser hung on the root
    figure of the clause after a comma ("In der Industrie waren es 29 Prozent, im öffentlichen
    Dienst nur 11 Prozent", with the first "Prozent" on the second and "Industrie" too): a word
    with a copula is a predicate, so the first figure heads the sentence with what stands before
    it, and the figure after the comma is its conjunct, as the parser reads "Im Norden sind es 38
    Prozent, im Süden nur 21 Prozent"."""
    for figure in parsed:
        later = figure.head
        if not is_figure(figure) or later.head != later or not is_figure(later) or not figure.i < later.i:
            continue
        if not any(c.dep_ == "cop" for c in figure.children) or not any(t.text in (",", ";") for t in parsed[figure.i + 1 : later.i]):
            continue
        take_root(figure, later, "appos", [c for c in later.children if c.i < figure.i])


def attach_change_on_subject(span: Span, cases: tuple[str, ...]) -> None:
    """Repair the parse of a change's figure after a verb that the parser hung on the verb's
    subject ("Seit dem Vorjahr sank die Zahl der Ehepaare um gut 8 Prozent", with "Prozent" on
    "Zahl"): a figure with the language's change preposition (`CHANGE_CASES`) after the verb
    says how much the verb's subject changed, so it is the verb's oblique; also where the parser
    took that subject for an object, as such a verb takes none ("hat die Anzahl der Haushalte um
    15 % zugenommen"), and for a bracket that restates the change ("um ein Fünftel (20,6 %)")."""
    figure = share_word(span)
    if figure.dep_ == "appos" and figure.head.i < figure.i:
        figure = figure.head  # a bracket that restates the change: "um gut ein Fünftel (20,6 %)"
    if figure.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in cases for c in figure.children):
        return
    # the subject, or an object the parser took it for, where the verb has none
    subject = next((a for a in figure.ancestors if a.dep_ == "nsubj"
                    or (a.dep_ == "obj" and not any(c.dep_ == "nsubj" for c in a.head.children))), None)
    # hung on the subject or a noun of its phrase, not inside a clause of it
    if subject is not None and subject.head.pos_ in ("VERB", "AUX") and all(a.dep_ == "nmod" for a in figure.ancestors if subject.is_ancestor(a)):
        if reattach(figure, subject.head, "obl"):
            subject.dep_ = "nsubj"  # a verb that changes by an amount takes no object


def attach_subject_share_on_predicate(span: Span, share_cases: tuple[str, ...]) -> None:
    """Repair the parse of a figure that is a share of the clause's subject (`SUBJECT_SHARE_CASES`:
    "Industriemechaniker sind zu 87 Prozent zufrieden") which the parser hung on that subject as
    its attribute: the figure says how many of them the predicate holds for, so it hangs on the
    predicate."""
    figure = share_word(span)
    subject = figure.head
    if figure.dep_ == "nmod" and cases(figure) & set(share_cases) and subject.dep_ in SUBJECTS and subject.head != subject:
        reattach(figure, subject.head, "obl")


def attach_contact_clause(parsed: Doc) -> None:
    """Repair the parse of a noun with a relative clause that has no relative pronoun ("Reasons
    shoppers gave for their return:", with "Reasons" and "shoppers" both subjects of "gave"): a
    verb has one subject, so the first noun is the head the clause after it says more of, and the
    clause's verb hangs on it. Where the first ends on a relative clause with its pronoun, the
    second belongs to that clause, which the parser closed too soon ("The share of parents who read
    to their children every night has risen")."""
    for verb in parsed:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]
        if len(subjects) != 2 or subjects[0].right_edge.i + 1 != subjects[1].left_edge.i:
            continue
        head = subjects[0]
        relative = next((c for c in head.subtree if c.dep_.startswith("acl") and c.right_edge == head.right_edge
                         and any("Rel" in r.morph.get("PronType") for r in c.children if r.i < c.i)), None)
        if relative is not None:
            reattach(subjects[1], relative, "obl" if any(c.dep_ == "obj" for c in relative.children) else "obj")
            continue
        if verb.head == verb:
            take_root(head, verb, "acl", [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i])
        elif reattach(head, verb.head, verb.dep_):
            reattach(verb, head, "acl")


def attach_narrowing_phrase_hung_on_figure(span: Span, group_cases: tuple[str, ...], modifier_cases: tuple[str, ...]) -> None:
    """Repair the parse of a phrase right after a figure's plural group that the parser hung on the
    figure ("52% among people in their twenties", with "in their twenties" on "%"): a figure has
    one group, so a phrase that narrows a group right after it narrows that group."""
    figure = share_word(span)
    group = next((c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i and cases(c) & set(group_cases) and is_plural(c)), None)
    if group is None:
        return
    after = group.right_edge.i + 1
    phrase = next((c for c in figure.children if c.dep_ == "nmod" and c.left_edge.i == after and cases(c) & set(modifier_cases)), None)
    if phrase is not None and not is_figure(phrase):
        reattach(phrase, group, "nmod")


def attach_object_taken_for_apposition_of_group(span: Span) -> None:
    """Repair the parse of a verb's object right after a figure's group that the parser took for the
    group's apposition ("Zwar nutzen 36 Prozent der Kinder Lese-Apps oder E-Books", with "Lese-Apps"
    on "Kinder"): an apposition without a comma or bracket is a name, so a noun without a preposition
    there is the next argument of the verb, the object where the figure is its subject."""
    figure = share_word(span)
    verb = figure.head
    group = next((c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i), None)
    if group is None or verb.pos_ not in ("VERB", "AUX") or figure.dep_ not in ("nsubj", "obj"):
        return
    noun = next((c for c in group.children if c.dep_ == "appos" and c.left_edge.i == group.i + 1 and not cases(c)), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "obj" for c in verb.children if c != figure):
        return
    if reattach(noun, verb, "obj"):
        figure.dep_ = "nsubj"


def attach_narrowing_phrase_hung_on_verb(span: Span, modifier_cases: tuple[str, ...]) -> None:
    """Repair the parse of a phrase between a figure's plural group and the finite verb right after
    it that the parser hung on the verb ("40 percent of respondents in full-time jobs said …", with
    "in full-time jobs" on "said"): what stands before the verb with the figure is one phrase, the
    figure's, so the phrase narrows its group."""
    figure = share_word(span)
    group = next((c for c in figure.children if c.dep_ == "nmod" and c.i > figure.i and is_plural(c)), None)
    if group is None or group.right_edge.i + 1 >= len(span.doc):
        return
    phrase = next((t for t in span.doc[group.right_edge.i + 1].ancestors if t.head.i > t.i and t.dep_ == "obl"), None)
    verb = phrase.head if phrase is not None else None
    if phrase is None or phrase.left_edge.i != group.right_edge.i + 1 or verb.i != phrase.right_edge.i + 1:
        return
    if verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") and cases(phrase) & set(modifier_cases) and not is_figure(phrase):
        reattach(phrase, group, "nmod")


def attach_figure_of_average(span: Span, average_nouns: tuple[str, ...]) -> None:
    """Repair the parse of a figure after a noun that says how it sums up ("Premiums rose an average
    of 11%", with "average" the object of "rose" and the figure its attribute; "had gone up by an
    average of 14 percent"): the figure is the verb's argument, with the noun's preposition, and the
    noun says how it is meant."""
    figure = share_word(span)
    noun = figure.head
    if figure.dep_ != "nmod" or noun.lemma_.lower() not in average_nouns or noun.head.pos_ not in ("VERB", "AUX") or noun.i > figure.i:
        return
    of = [c for c in figure.children if c.dep_ == "case" and noun.i < c.i < figure.i]
    if cases(noun) and not of:
        return  # a phrase of its own: "liegen im Schnitt 9 Prozent über dem Vorjahr"
    verb = noun.head
    if reattach(figure, verb, noun.dep_):
        reattach(noun, verb, "obl")  # (as "on average" would), with the figure's "of"
        preposition = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]  # "by an average of 14 percent": the change's
        for case in of:
            reattach(case, noun, "case")
        for case in preposition:
            reattach(case, figure, "case")


def attach_level_on_change(span: Span, level_cases: tuple[str, ...], change_cases: tuple[str, ...]) -> None:
    """Repair the parse of a level's figure that the parser hung on the change's figure before it
    ("sank um 0,4 Prozentpunkte auf 6,8 Prozent", with "auf 6,8 Prozent" an attribute of
    "Prozentpunkte"): the change and the level it leads to are both what the verb says of its
    subject, so the level is the verb's oblique beside the change."""
    figure = share_word(span)
    change = figure.head
    if not (figure.dep_ == "nmod" and cases(figure) & set(level_cases) and is_figure(change) and change.i < figure.i
            and cases(change) & set(change_cases) and change.head.pos_ in ("VERB", "AUX")):
        return
    reattach(figure, change.head, "obl")


def attach_phrase_hung_on_reporting_noun(parsed: Doc, reporting_nouns: tuple[str, ...]) -> None:
    """Repair the parse of a phrase with its own preposition that the parser hung on the noun of
    a phrase that says who reports ("kommt nach eigenen Angaben auf weniger als sechs Stunden
    Schlaf", with "auf weniger …" an attribute of "Angaben"): such a phrase ("nach eigenen
    Angaben", "by their own account") takes no attribute, so the phrase is the verb's oblique;
    a figure hung there is the verb's subject ("Ökostrom beziehen nach eigenen Angaben 48 Prozent
    der Haushalte")."""
    for noun in parsed:
        if not (noun.lemma_.lower() in reporting_nouns and noun.left_edge.dep_ == "case" and noun.head.pos_ in ("VERB", "AUX")):
            continue
        for child in [c for c in noun.children if c.i > noun.i and cases(c)]:
            reattach(child, noun.head, "obl")
        for figure in [c for c in noun.children if c.i > noun.i and is_figure(c) and not cases(c)]:
            reattach(figure, noun.head, "nsubj")


def attach_complementizer_taken_for_dependent(parsed: Doc, complementizers: tuple[str, ...]) -> None:
    """Repair the parse of a complementizer that the parser hung on a noun of its clause ("Dass
    Schülerinnen und Schüler KI nutzen, vermuten 83 Prozent", with "Dass" a dependent of
    "Schülerinnen"): it marks the clause, so it hangs on the clause's verb."""
    for word in parsed:
        if word.lower_ not in complementizers or word.dep_ == "mark" or word.pos_ != "SCONJ":
            continue
        verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i > word.i:
            reattach(word, verb, "mark")


def attach_copula_on_verb(parsed: Doc) -> None:
    """Repair the parse of a copula hung on a verb of another clause ("sprachen sich 73 Prozent
    dafür aus, 21 Prozent waren dagegen", with "waren" on "sprachen"): a copula joins a subject to
    a predicate, never to a verb, so it heads a clause of its own beside that verb, and the words
    between the comma and it that hang on that verb are its subject."""
    for copula in parsed:
        verb = copula.head
        if copula.dep_ != "cop" or verb.pos_ != "VERB" or copula.i < verb.i:
            continue
        comma = next((t for t in reversed(parsed[verb.i : copula.i]) if t.text in (",", ";")), None)
        if comma is None or not reattach(copula, verb, "parataxis"):
            continue
        for word in parsed[comma.i + 1 : copula.i]:
            if word.head == verb:
                reattach(word, copula, "nsubj" if word.pos_ in ("NOUN", "PROPN", "PRON", "SYM") else word.dep_)
        for word in parsed[copula.i + 1 :]:
            if word.head == verb and not word.is_punct:
                reattach(word, copula, word.dep_)
            elif word.head == verb:
                break


def attach_subject_of_complement(parsed: Doc) -> None:
    """Repair the parse of a subject hung on a predicative complement ("fühlen sich 34 Prozent der
    Beschäftigten häufig erschöpft", with the figure on "erschöpft"): an open complement (xcomp)
    has no subject of its own, it shares the one of the verb it completes."""
    for subject in parsed:
        complement = subject.head
        if subject.dep_ != "nsubj" or complement.dep_ != "xcomp" or complement.head == complement:
            continue
        verb = complement.head
        if not any(c.dep_ in SUBJECTS for c in verb.children):
            reattach(subject, verb, "nsubj")
