"""Reading a parsed sentence: its clauses, predicates and noun phrases.

`ParsedSentence` holds the Universal Dependencies parse of one sentence that holds figures (the
mentions' words are "taken") and reads from it what the roles need: the clause around a verb, read
from the text between punctuation and checked against the parse (`predicate`), a noun phrase
(`phrase`), a listed item, the subject of a verb, whether a word is a verb or only says when.
The roles themselves are decided in `extractors.components.parsed_roles`.
"""

from __future__ import annotations

from collections.abc import Collection
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from extractors.qualifiers import qualifier_phrases
from extractors.word_classes import is_adverb, last_stem, word_class

# Universal Dependencies relations and tags the reading uses.
SUBJECTS = ("nsubj", "csubj")
NOMINALS = ("NOUN", "PROPN", "PRON", "ADJ")
# Dependents a clause leaves out: a clause beside it, an aside.
OUTSIDE_CLAUSE = ("parataxis", "vocative", "reparandum", "list")
# Dependents a noun phrase leaves out: another clause beside it, a bracketed apposition.
OUTSIDE_PHRASE = ("parataxis", "punct", "discourse", "vocative", "reparandum", "appos", "list", "nsubj", "csubj", "cop", "expl")
# Words a phrase does not start or end with.
EDGE_DEPENDENCIES = ("det", "case", "cc", "punct", "mark", "cop")
EDGE_POS = ("ADP", "SCONJ", "CCONJ", "DET", "PUNCT")
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "X")
QUOTES = {'"', "“", "”", "„", "‚", "‘", "’", "'", "«", "»"}
# Punctuation written without a space before it.
CLOSING = (",", ".", ";", ":", ")", "!", "?")
# Punctuation that ends a clause.
CLAUSE_PUNCTUATION = (",", ";", ":", "(", ")", "–", "—", "•", "●")
# Where a list item starts: after the previous item's comma, bracket or the lead-in's colon.
ITEM_BOUNDARIES = (",", ";", ":", ")", "(", "•", "●", "–", "—")
# The most words a listed item has; more hold a clause.
MAX_ITEM_WORDS = 8


def cases(token: Token) -> set[str]:
    """The prepositions of a noun: "unter den Befragten" -> {"unter"} (also one the parse took
    for a subordinator: "mit sinkenden")."""
    return {c.lower_ for c in token.children if c.dep_ == "case" or (c.dep_ == "mark" and c.pos_ == "ADP")}


def is_attribute(noun: Token) -> bool:
    """Whether a noun hangs on a noun as its prepositional or genitive attribute ("Beratung durch
    einen Fachmann", "Pflege der Kunden", "choice of brands")."""
    return noun.dep_ == "nmod" and (bool(cases(noun)) or "Gen" in noun.morph.get("Case"))


def stands_for_before(tokens: list[Token], part_nouns: frozenset[str], same_words: frozenset[str]) -> bool:
    """Whether the arguments of a predicate are all pro-forms for what the text said before:
    "machen das regelmäßig", "teilten diese Sicht", "used it", "said the same"
    (one of `same_words`), and a share named by a bare part noun ("2006 war der Anteil auf 11
    Prozent gestiegen": the share of before)."""
    ids = {t.i for t in tokens}
    # a figure or a group the subject left out: "die Quote [bei 76 Prozent]", "the figure [for teachers]"
    besides = [c for t in tokens for c in t.children if c.i not in ids and (
        any(n.dep_ == "nummod" for n in c.children) or (cases(c) and "Number=Plur" in c.morph))]
    if all(is_bare_part_noun(t, part_nouns, besides) or (t.dep_ == "det" and is_bare_part_noun(t.head, part_nouns, besides)) for t in tokens):
        return True
    if takes_a_side(tokens):
        return False
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and (t.head.i not in ids or t.head.i == t.i)]

    def stands_for_predicate(argument: Token) -> bool:  # an oblique with a demonstrative is a time or place: "in diesem Jahr"
        return argument.dep_ != "obl" and (is_pro_form(argument) or is_bare_part_noun(argument, part_nouns) or argument.lower_ in same_words)

    # the verb's arguments the subject kept, and a pro-form it left out ("Bei Glätte betrifft das ...")
    arguments = [
        c for verb in verbs for c in [*verb.children, *shared_subjects(verb)]
        if c.dep_ in ("nsubj", "obj", "iobj", "obl") and c.pos_ != "NUM" and (c.i in ids or stands_for_predicate(c))
    ]
    # "begrüßen es, wenn ...", "halten es für richtig, dass ...": the pronoun stands for what follows;
    # "Eine solche Leistung halten 88 Prozent für notwendig": a predicate of its own says what is new
    announces = any(t.dep_ in ("ccomp", "csubj") or any(c.dep_ == "mark" for c in t.children) for t in tokens)
    announces = announces or any(t.dep_ == "xcomp" and t.head in verbs and t.pos_ in ("ADJ", "NOUN") for t in tokens)
    return bool(arguments) and not announces and all(stands_for_predicate(t) for t in arguments)


def is_predicative(token: Token) -> bool:
    """An adverb or a number a copula makes the predicate ("they are online", "sind online", "were
    over 50"), not a pro-form."""
    return token.pos_ in ("ADV", "NUM") and "Dem" not in token.morph.get("PronType") and any(c.dep_ == "cop" for c in token.children)


def takes_a_side(tokens: list[Token]) -> bool:
    """Whether a clause without a content word says where its figure stands on what was said before:
    a pro-form after a preposition ("36 percent are against it") or a pronominal adverb ("21
    Prozent waren dagegen", "dafür") in a clause without the expletive of an ellipsis ("Bei
    Frauen sind es dagegen 30 Prozent")."""
    governed = [t for t in tokens if t.pos_ == "PRON" and any(c.dep_ == "case" for c in t.children)]
    expletive = any(is_expletive(t) and t not in governed for t in tokens)
    adverb = any(t.pos_ == "ADV" and "Dem" in t.morph.get("PronType") for t in tokens)
    return bool(governed) or (adverb and not expletive)


def shared_subjects(verb: Token) -> list[Token]:
    """The subject a verb without one shares with the verb it is coordinated with (or set beside),
    which the parse hangs on that one ("hatte der Anteil 38 Prozent erreicht, ging danach auf 35
    Prozent zurück")."""
    if verb.dep_ not in ("conj", "parataxis") or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in SUBJECTS]


def names_part(token: Token, part_nouns: Collection[str]) -> bool:
    """Whether a word is one of `part_nouns`, by its lemma or as written (the lookup lemmatizes
    "number" to "numb")."""
    return token.lemma_.lower() in part_nouns or token.lower_ in part_nouns


def is_bare_part_noun(token: Token, part_nouns: Collection[str], besides: Collection[Token] = ()) -> bool:
    """A part or measure noun with nothing but a definite article or a demonstrative (also one
    the tagger took for a relative pronoun), `besides` left aside: "der Anteil", "die Quote", "the
    share", "that figure" (no "of whom")."""
    children = [c for c in token.children if c not in besides]
    return (token.pos_ == "NOUN" and names_part(token, part_nouns) and bool(children)
            and all(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or set(c.morph.get("PronType")) & {"Dem", "Rel"}) for c in children))


def is_plural(noun: Token) -> bool:
    """Whether a noun is plural by its own morphology or its determiner's."""
    return "Number=Plur" in noun.morph or any("Number=Plur" in c.morph for c in noun.children if c.dep_ == "det")


def share_word(span: Span) -> Token:
    """The word of a mention that stands for it in the parse: of the words whose head lies outside
    the mention, the noun or symbol ("%", "Prozent", "Dritte"), else the mention's root (a parse
    may hang "64.9" and "%" on the verb apart), or its number word where that root is a qualifier."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    noun = next((t for t in reversed(outside) if t.pos_ in ("NOUN", "SYM", "PROPN")), None)
    if noun is not None or span.root.pos_ != "ADV":
        return noun or span.root
    # not a qualifier the parse hangs on the verb, but the number word ("Fast jeder zweite Haushalt")
    return next((t for t in reversed(outside) if t.pos_ in ("NUM", "ADJ")), span.root)


def is_indefinite_thing(noun: Token, object_cases: Collection[str]) -> bool:
    """Whether a noun after a preposition of `INDEFINITE_OBJECT_CASES` is one thing with an
    indefinite article: no whole a share is taken of, but what a verb is about ("berichten von
    einem Betrug")."""
    indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children)
    return indefinite and not is_plural(noun) and bool(cases(noun) & set(object_cases))


def is_compound_part(word: Token) -> bool:
    """Whether a word is the first part of a compound written with a hyphen ("18- bis
    29-Jährige", "year" of "30- to 49-year-olds")."""
    return word.text.endswith("-") or (word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-")


def is_hyphen_compound_end(word: Token) -> bool:
    """Whether a word ends a compound written with hyphens ("olds" of "29-year-olds")."""
    return word.i > 0 and word.doc[word.i - 1].text == "-" and word.is_alpha


def population_noun_after(span: Span, population_after: Collection[str], object_cases: Collection[str]) -> Token | None:
    """The noun that the word right after a figure opens where that word names its population
    (`POPULATION_AFTER`: "57% of U.S. adults", "43 Prozent von ihnen"): the noun its phrase ends
    with, whatever the parse hung it on; None where there is none, or where it is one thing a
    verb is about ("erzählen 23 Prozent von einem Unfall")."""
    if span.end >= len(span.doc) or span.doc[span.end].lower_ not in population_after:
        return None
    noun = span.doc[span.end].head
    while noun.dep_ in ("compound", "flat", "amod") and noun.i < noun.head.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "of U.S. adults": the phrase's head
    return None if noun.i <= span.end or is_indefinite_thing(noun, object_cases) else noun


def is_accusative(noun: Token) -> bool:
    """Whether a noun or its determiner is marked accusative ("den Zustand")."""
    return any("Acc" in t.morph.get("Case") for t in [noun, *(c for c in noun.children if c.dep_ == "det")])


def is_main_clause(verb: Token) -> bool:
    """Whether a verb heads a main clause: the root or one coordinated with it or beside it, not
    a clause opened by a conjunction ("dass", "since") or hung on a word."""
    while verb.dep_ in ("conj", "parataxis"):
        verb = verb.head
    return verb.dep_ == "ROOT" and not any(c.dep_ == "mark" for c in verb.children)


def verb_phrases(head: Token, data: ModuleType) -> set[int]:
    """The words of the prepositional phrases after a group's head that belong to the verb or an
    adjective, not to the group ("der Befragten für gute Autofahrer", "der Bundesbürger mit dem
    eigenen Befinden zufrieden"): those of a preposition that does not narrow a group down
    (GROUP_MODIFIER_CASES; some only with a number: "über 50", not "über Erschöpfung"), and those
    right before the adjective or participle they complement."""
    words = set()
    # a subject before the verb of a main clause keeps the phrases up to the verb ("Ridership on
    # U.S. public transit climbed …"): an English subject ends at its verb, a German main clause
    # has one phrase before it
    verb = head.head
    fronted = head.dep_ in SUBJECTS and verb.i > head.i and verb.pos_ in ("VERB", "AUX") and is_main_clause(verb)
    age_ranges = {first for first, _ in data.PERIOD_BETWEEN}  # "zwischen 25 und 64 Jahren"
    for child in head.children:
        prepositions = cases(child)
        if child.i < head.i or not prepositions or child.dep_ not in ("nmod", "obl"):
            continue
        if fronted and child.right_edge.i < verb.i:
            continue
        after = child.right_edge.i + 1
        word = child.doc[after] if after < len(child.doc) else None
        complements = word is not None and word.dep_ != "amod" and (word.pos_ == "ADJ" or "VerbForm=Part" in word.morph) and not (
            word.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in word.children))  # (not a verb with a subject: "farms with 10 cows | sold land")
        narrowing = prepositions & set(data.GROUP_MODIFIER_CASES)
        bound = narrowing and narrowing <= set(data.NUMBER_GROUP_MODIFIER_CASES)
        if bound and not any(t.like_num for t in child.subtree):
            narrowing = set()  # "der Frauen über Erschöpfung klagen", not "Frauen über 50"
        elif narrowing and any(t.like_num for t in child.subtree) and narrowing <= {*data.NUMBER_GROUP_MODIFIER_CASES, *age_ranges}:
            # an age complements no adjective: "der Menschen ab 16 Jahren regelmäßig tätig", "women between 30 and 49 years"
            complements = False
        if not narrowing or complements:
            words.update(t.i for t in child.subtree)
    return words


def is_relative_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause: a clause on a noun opened by a relative pronoun."""
    return verb.dep_ == "acl" and any("Rel" in c.morph.get("PronType") for c in verb.children if c.i < verb.i)


def is_expletive(token: Token) -> bool:
    """A neuter personal pronoun that is no reflexive: "es", "it" (the subject of "sind es 45 Prozent")."""
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType") and "Neut" in token.morph.get("Gender") and "Yes" not in token.morph.get("Reflex")


def is_pro_form(token: Token) -> bool:
    """A demonstrative ("das", "this"), a neuter personal pronoun ("es", "it") or a noun a
    demonstrative determines ("diese Sicht", "that view"); not a reflexive ("sich") or a relative
    pronoun."""
    kinds = token.morph.get("PronType")
    if token.pos_ == "PRON":
        if token.head.dep_ == "acl":
            return False  # the relative pronoun of "der Befragten, die ...", tagged "Dem,Rel" in German
        return "Dem" in kinds or is_expletive(token)
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.pos_ == "DET" and c.morph.get("PronType") == ["Dem"] for c in token.children)


def is_gerund(token: Token) -> bool:
    """Whether a verb is a form in -ing that names an activity ("avoiding", "making"), which the
    tags mark as a gerund or as a present participle."""
    forms = token.morph.get("VerbForm")
    return token.pos_ == "VERB" and ("Ger" in forms or ("Part" in forms and "Pres" in token.morph.get("Tense")))


def is_bare_infinitive(token: Token) -> bool:
    """A verb the parse hung as an infinitive on the word right before it, without "to" or "zu":
    no complement of that word but the clause's own verb ("those polled describe ...")."""
    return (token.dep_ == "xcomp" and token.i == token.head.i + 1 and "Inf" in token.morph.get("VerbForm")
            and not any(child.dep_ == "mark" for child in token.children))


def is_participle_adjunct(verb: Token) -> bool:
    """A participle clause that adds a circumstance to the clause before ("favor a hybrid setup,
    splitting the week ..."): an adverbial clause of a participle or gerund with neither subject
    nor conjunction."""
    forms = set(verb.morph.get("VerbForm"))
    return verb.dep_ == "advcl" and bool(forms & {"Ger", "Part"}) and not any(c.dep_ in ("mark", *SUBJECTS) for c in verb.children)


def segment_root(segment) -> Token | None:
    """The first word of a segment whose head lies outside it: what the parse hangs the segment on."""
    return next((t for t in segment if not segment.start <= t.head.i < segment.end), None)


def is_apposition(root: Token) -> bool:
    """Whether the words after a comma, headed by `root`, are a noun phrase that comments on the
    clause before ("…, a gap that worries compliance officers", "…, the highest level since
    2008", "…, ein neuer Höchststand"): a noun with an article or an adjective before it, neither
    a list of its own ("…, the Instagram app and TikTok") nor a further item of one (unless that
    list was closed before the comma: "rent and utilities, a level economists consider …")."""
    if root.pos_ != "NOUN" or not any(c.dep_ in ("det", "amod") and c.i < root.i for c in root.children):
        return False
    if any(c.dep_ == "conj" and any(cc.dep_ == "cc" for cc in c.children) for c in root.children):
        return False
    closed = any(c.dep_ == "conj" and c.i < root.i and any(cc.dep_ == "cc" for cc in c.children) for c in root.head.children)
    return root.dep_ != "conj" or closed


class ParsedSentence:
    """The parse of one sentence with the words of its figures.

    Args:
        data: the language's data module.
        lemmas: the lookup lemma table (inflected form -> lemma).
        parsed: the sentence's parse.
        taken: indices of the words of mentions and restated shares.
        anchor_ids: indices of the figures' share words.
    """

    def __init__(self, data: ModuleType, lemmas, parsed: Doc, taken: set[int], anchor_ids: set[int]):
        self.data = data
        self.lemmas = lemmas
        self.parsed = parsed
        self.taken = taken
        self.anchor_ids = anchor_ids
        self.compared_ids: set[int] = set()  # figures that are the other side of a comparison

    def is_predicate(self, token: Token) -> bool:
        """A verb, or a word the parse treats as one: it has a copula or a subject."""
        return self.is_verb(token) or any(c.dep_ in ("cop", *SUBJECTS) for c in token.children)

    def is_verb(self, token: Token) -> bool:
        """A verb by its tag, or a German verb form the tagger took for an adjective ("Firmen
        nutzen Videos", "Die Befragten nannten Kosten"): lower case, a verb ending, and a verb
        first for the word-class lexicon ("befragten", "großen" are adjectives first); without
        one, not an inflected form the lemma table knows (inflected adjectives are there)."""
        if token.pos_ in ("VERB", "AUX"):
            return True
        endings = self.data.VERB_FORM_ENDINGS
        if not (endings and token.pos_ == "ADJ" and token.is_lower and token.text.endswith(endings)):
            return False
        kind = word_class(token.text, self.data)
        return kind.startswith(self.data.VERB_CLASSES) if kind is not None else token.text not in self.lemmas

    def subject_of(self, predicate: Token, besides: Token | None = None) -> Token | None:
        """The subject of a predicate, also where the parse hangs it on its auxiliary."""
        helpers = [c for c in predicate.children if c.dep_ in ("aux", "cop")]
        candidates = [*predicate.children, *(c for helper in helpers for c in helper.children)]
        subject = next((c for c in candidates if c.dep_ in SUBJECTS and c.i not in self.taken and c != besides
                        and not any(is_year(d.text) for d in c.children)  # not "Gegenüber 1996"
                        and not self.is_counted_time(c)  # not "vor fünf Jahren waren es …"
                        and not self.is_first_adverb(c)  # not "Dahinter folgen ..."
                        and not self.names_role(c)), None)  # not "als wichtigste Gründe"
        if subject is None and self.data.SUBJECT_BEFORE_VERB:
            subject = self.noun_before(predicate, besides)
        if subject is None and not self.data.SUBJECT_BEFORE_VERB:
            # two objects after the verb where the subject is missing: the first that agrees with the
            # verb in number is the subject ("nannten die Betriebe fehlende Bewerbungen")
            objects = [c for c in predicate.children if c.dep_ == "obj" and c.i > predicate.i and c.pos_ in ("NOUN", "PROPN") and c != besides]
            number = predicate.morph.get("Number")
            if len(objects) >= 2 and number and objects[0].morph.get("Number") == number and objects[0].i not in self.taken:
                subject = objects[0]
        return subject

    def names_role(self, noun: Token) -> bool:
        """Whether a noun phrase follows a role mark ("als", "as") within two words: it says in
        what role, whatever the parse made of it ("Als wichtigste Gründe nennen die Kunden ...")."""
        before = list(self.parsed[max(noun.left_edge.i - 2, 0) : noun.left_edge.i])
        marks = [k for k, t in enumerate(before) if t.lower_ in self.data.ROLE_MARKS]
        return bool(marks) and not any(t.pos_ in ("NOUN", "PROPN") for t in before[marks[-1] + 1 :])

    def is_first_adverb(self, token: Token) -> bool:
        """Whether a word is a sentence's capitalised first word that the language's lexicon
        takes for an adverb, whatever the tagger said ("Dahinter", "Demnach")."""
        return token.i == 0 and token.text[:1].isupper() and is_adverb(token.text, self.data)

    def is_passive(self, predicate: Token) -> bool:
        """Whether a predicate is in the passive voice ("are used by", "werden ... genutzt")."""
        helpers = [c for c in predicate.children if c.dep_.startswith("aux")]
        marked = any(c.dep_.endswith(":pass") for c in predicate.children)
        verb = [predicate] if predicate.pos_ == "VERB" else []
        # the passive auxiliary with a participle, where the tagger marks no voice ("werden ... genutzt")
        auxiliary = any(t.lemma_ in self.data.PASSIVE_AUXILIARIES for t in helpers) and "Inf" not in predicate.morph.get("VerbForm")
        return marked or auxiliary or any("Pass" in t.morph.get("Voice") for t in [*verb, *helpers])

    def agent_of(self, predicate: Token) -> Token | None:
        """Who does what a passive predicate says: "used by marketers", "von Firmen genutzt"."""
        return next((c for c in predicate.children if c.dep_.startswith(("obl", "nmod")) and c.pos_ in NOMINALS
                     and cases(c) & set(self.data.AGENT_CASES) and not self.is_time(c)), None)

    def noun_before(self, predicate: Token, besides: Token | None) -> Token | None:
        """The subject where the parse lost it, in a language whose subject precedes its verb:
        the last noun before the verb in its clause that no preposition governs."""
        window = self.clause_window(predicate)
        for token in reversed(self.parsed[window.start : predicate.i]):
            if token.pos_ in ("VERB",) or token.i in self.taken or token == besides:
                return None
            if token.pos_ in ("NOUN", "PROPN") and not cases(token) and not self.is_time(token) and not self.is_first_adverb(token):
                return token
        return None

    def noun_after(self, verb: Token) -> Token | None:
        """The first noun after a verb in its clause that no preposition governs."""
        window = self.clause_window(verb)
        for token in self.parsed[verb.i + 1 : window.stop]:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in self.taken and not cases(token):
                return token
        return None

    def is_time_word(self, token: Token) -> bool:
        """A word of time: "Jahr", "June", "Pandemiejahr" (a compound ending in a year noun); not
        the last part of a compound whose other part names a thing ("vacation time")."""
        lower = token.lower_
        if any(c.dep_ == "compound" and c.i < token.i and not self.is_time_word(c) for c in token.children):
            return False
        return lower in self.data.TIME_WORDS or lower in self.data.MONTHS or lower.endswith(self.data.YEAR_NOUNS)

    def is_prepositional_object(self, child: Token) -> bool:
        """Whether a verb's prepositional phrase can be its object: one of the language's object
        prepositions, neither a time nor a span, on a verb that is no copula ("sind es")."""
        return (child.dep_ == "obl" and bool(cases(child) & set(self.data.OBJECT_CASES)) and not self.is_time(child)
                and not self.is_counted_time(child) and child.head.lemma_.lower() not in self.data.COPULAS)

    def is_counted_time(self, token: Token) -> bool:
        """A time word with a number: an age or a span ("unter 29 Jahren", "vor 15 Jahren")."""
        return self.is_time_word(token) and any(child.dep_ == "nummod" for child in token.children)

    def is_time(self, token: Token) -> bool:
        """Whether a dependent only says when: "in 2020", "im Jahr 2019", or a year named from now
        ("last year", "im vergangenen Jahr"), which the year says; not the start of a period, which
        no year says (`PERIOD_START_WORDS`: "have increased 6 percent since 2012")."""
        if self.names_year_from_now(token):
            return True
        if any(c.dep_ == "case" and c.lower_ in self.data.PERIOD_START_WORDS for c in token.children):
            return False
        words = [t for t in token.subtree if t.dep_ not in ("case", "det", "punct")]
        return any(is_year(t.text) for t in words) and all(
            is_year(t.text) or self.is_time_word(t) or t.pos_ in ("ADP", "DET") for t in words
        )

    def names_year_from_now(self, token: Token) -> bool:
        """Whether a dependent is a year named from now in words of more than one ("this year",
        "last year", "im vergangenen Jahr"; the language's `PRESENT_WORDS`, `PREVIOUS_YEAR_WORDS`,
        `NEXT_YEAR_WORDS` and `THEN_WORDS`), not from a comparison ("more than last year")."""
        words = [t.lower_ for t in token.subtree if not t.is_punct]
        named = " ".join(words)
        phrases = (*self.data.PRESENT_WORDS, *self.data.PREVIOUS_YEAR_WORDS, *self.data.NEXT_YEAR_WORDS, *self.data.THEN_WORDS)
        return len(words) > 1 and named in phrases

    def leaves_out(self, child: Token, keep: Token, dependencies: tuple[str, ...]) -> bool:
        """Whether a dependent's subtree stays out of a predicate or phrase: another clause, one that
        concedes or contrasts (`CONTRAST_MARKS`), a time adjunct, who reports it ("laut einer Umfrage", "according to", "wie der Verband mitteilte", a
        study named before the verb: "In einer Umfrage gaben ...", "nach eigener Aussage"), or
        another figure."""
        infinitive = child.dep_ == "parataxis" and self.is_infinitive_clause(self.parsed[child.left_edge.i : child.right_edge.i + 1])
        if (child.dep_ in dependencies and not infinitive) or self.is_time(child) or child.i in self.taken or self.is_comparison(child):
            return True
        leads = self.data.REPORTING_LEADS
        first = min(child.subtree, key=lambda t: t.i)
        source = child.i < keep.i and bool(cases(child)) and self.names_study(child)  # "Nach einer Erhebung der BZgA rauchen ..."
        # "nach eigener Aussage", "by their own account": a phrase that opens with its preposition (no word of the clause hung on it)
        # (also as a compound's last stem, asked of the lexicon last: "nach Branchenschätzungen")
        said = child.left_edge.dep_ == "case" and child.left_edge.head == child and (
            child.lemma_.lower() in self.data.REPORTING_NOUNS or last_stem(child.text, self.data) in self.data.REPORTING_NOUNS)
        contrast = any(c.dep_ == "mark" and c.lower_ in self.data.CONTRAST_MARKS for c in child.children)  # "…, although that is up"
        return source or said or contrast or self.is_comment(child) or first.lower_ in leads or any(
            c.dep_ in ("case", "mark") and c.lower_ in leads for c in child.children)

    def is_comment(self, clause: Token) -> bool:
        """Whether a clause says who reports what the sentence says ("wie der Verband mitteilte",
        "as the group reported", "wie aus der Bilanz hervorgeht"): a clause of a reporting verb or
        a verb that names a source (`SOURCE_VERBS`), opened by a comment mark (an adverbial clause,
        whatever relation the parse gives it)."""
        verbs = (*self.data.REPORTING_VERBS, *self.data.SOURCE_VERBS)
        first = next((t for t in clause.subtree if not t.is_punct), clause)  # (the mark, whatever the parse calls it)
        return (clause.pos_ == "VERB" and clause.lemma_.lower() in verbs and any(
            c.lower_ in self.data.COMMENT_MARKS and (c.dep_ == "mark" or c == first) for c in clause.children))

    def names_study(self, noun: Token) -> bool:
        """Whether a noun names a study ("Erhebung", "survey"; in German also as a compound's last
        part: "Verbraucherumfrage")."""
        lemma = noun.lemma_.lower()
        ends = self.data.COMPOUNDS_AS_ONE_WORD and lemma.endswith(self.data.STUDY_WORDS)
        # the word or its plural ("Umfragen", "surveys"), not a longer word that starts like it ("Studierende")
        inflected = any(lemma.startswith(word) and len(lemma) - len(word) <= 2 for word in self.data.STUDY_WORDS)
        return noun.pos_ in ("NOUN", "PROPN") and (inflected or ends)

    def is_comparison(self, child: Token) -> bool:
        """Whether a dependent is the other side of a comparative ("more ... than when the question
        was put", "häufiger ... als Männer"): "than"/"als" after a comparative word, not before a
        number ("weniger als sechs Stunden")."""
        first = min(child.subtree, key=lambda t: t.i)
        marked = first.lower_ in self.data.COMPARISON_MARKS or any(
            c.dep_ in ("case", "mark") and c.lower_ in self.data.COMPARISON_MARKS for c in child.children
        )
        following = self.parsed[first.i + 1] if first.i + 1 < len(self.parsed) else first
        # "weniger als sechs Stunden", "less than six hours", "mehr als eine Stunde": a bound, what is said
        bound = first.i > 0 and qualifier_phrases(self.data).get((self.parsed[first.i - 1].lower_, first.lower_)) in ("over", "under")
        counted = following.like_num or following.pos_ == "NUM" or any(t.dep_ == "nummod" for t in child.children) or (
            bound and following.morph.get("Definite") == ["Ind"] and self.is_time_word(following.head))
        return marked and not counted and any("Degree=Cmp" in t.morph for t in self.parsed[: first.i])

    def without_figures(self, token: Token) -> list[Token]:
        """A dependent's subtree without other figures and the clauses they are an argument of
        ("would choose to work in the office [, while 15 percent said ...]"), and without a verb's
        object the parse hung on one of its nouns ("der Beamten [das Home Office]")."""
        figures = [c for c in token.children if c.i in self.anchor_ids and not self.in_brackets(c)]
        if token.i in self.taken or (self.is_predicate(token) and figures):
            return []
        tokens = [token]
        for child in token.children:
            figure_punctuation = child.dep_ == "punct" and child.i > token.i and any(t.i in self.taken for t in child.head.subtree)
            if not figure_punctuation and not self.is_object_of_verb(child):
                tokens.extend(self.without_figures(child))
        return tokens

    def in_brackets(self, figure: Token) -> bool:
        """Whether a figure stands in brackets beside what it measures ("stores (48 percent)")."""
        first = figure.left_edge.i
        return self.parsed[first].text == "(" or (first > 0 and self.parsed[first - 1].text == "(")

    def predicate(self, verb: Token, left_out: set[int]) -> list[Token] | None:
        """The words of the clause of `verb`, without the figure, its group and what belongs to
        other clauses; a reporting frame with a pronoun ("say they ...", "report that they") gives
        way to what is reported. None when no content word is left ("sind es", "do so").

        The clause is read from the text (between punctuation, and on through a clause after a
        comma that the parse hangs on it), the parse tells what to leave out: the figure, its
        group, clauses of other figures, a time, who reports it."""
        if (verb.dep_ == "aux" and verb.head.pos_ == "VERB") or (verb.dep_ == "cop" and verb.head.pos_ in ("ADJ", "VERB") and verb.head.i > verb.i):
            verb = verb.head  # "können ihre Pausen nicht nehmen": the clause of the verb the auxiliary goes with
        reported = self.reported_clause(verb, left_out)
        fronted = None
        if reported is not None:
            verb, left_out = reported
            window = self.before_apposition(range(verb.left_edge.i, verb.right_edge.i + 1))
        else:
            fronted = self.fronted_argument_clause(verb)
            text_window = self.clause_window(verb)
            window = self.before_apposition(range(max(text_window.start, verb.left_edge.i), text_window.stop))
            if fronted is not None:  # "Dass die Preise weiter steigen, erwarten 72 Prozent"
                window = range(min(window.start, fronted.left_edge.i), window.stop)
            figure = next((i for i in left_out if i in self.anchor_ids), None)
            if figure is not None and figure < window.start and self.only_phrase_between(self.parsed[figure], verb, window.start):
                # "62 Prozent der Befragten, die …, wollen …": the figure's phrase with its relative clause before the verb
                window = range(self.parsed[figure].left_edge.i, window.stop)
            if figure is not None and figure not in window:
                if figure in text_window:
                    window = text_window  # the figure stands in the verb's clause, outside its parse
                else:  # the parse hangs the figure on another clause: read the figure's own, where
                    # it has a verb (not a phrase set off before the clause: "For 57 percent of
                    # consumers, price is the most important factor")
                    own = self.clause_window(self.parsed[figure])
                    own_verb = next((t for t in self.parsed[own.start : own.stop] if self.is_verb(t) and not is_relative_clause(t)), None)
                    if own_verb is not None:
                        window, verb, fronted = own, own_verb, None
                    elif own.stop > text_window.start or not self.is_predicate(verb):
                        return None
        dropped = set(self.taken)
        own = {t.i for t in verb.subtree}
        for token in self.parsed[window.start : window.stop]:
            if token.text in ("(", ")"):
                dropped.add(token.i)
            elif token.i in left_out:
                # a figure's own phrase, its group and its modifiers; what the parse hangs on it
                # besides ("nutzten 99 Prozent der Firmen Facebook") stays, as do the verb's words
                if token == verb:  # a figure parsed as the predicate: its words are the clause's
                    words = [token]
                else:
                    words = self.figure_phrase(token) if token.i in self.anchor_ids else self.noun_words(token)
                # (a phrase before the verb does not reach past it, whatever the parse hangs on it)
                dropped.update(t.i for t in words if (t.i not in own or token.i in own) and not token.i < verb.i < t.i)
            elif token.i != verb.i and self.leaves_out(token, verb, OUTSIDE_CLAUSE):
                dropped.update(t.i for t in token.subtree if t.i not in own or token.i in own)
            elif "Rel" in token.morph.get("PronType") and token.pos_ == "PRON" and (
                    token.dep_ in SUBJECTS or all(t.is_punct for t in self.parsed[window.start : token.i])):
                # "which have increased": the relative pronoun is the changed noun; "…, die täglich
                # Zeitung lesen": the one that opens the clause, whatever the parse hangs it on
                dropped.add(token.i)
            elif self.is_predicate(token) and token.i != verb.i and any(c.i in self.anchor_ids - left_out for c in token.children) and not (
                    token.head == verb and token.dep_ in ("ccomp", "xcomp") and token.i > verb.i):  # what the group says holds a figure of its own
                compared = [c for c in token.children if c.i in self.compared_ids]
                others = [c for c in token.children if c.i in self.anchor_ids - left_out and c.i not in self.compared_ids]
                if compared and not others and token.lemma_.lower() not in self.data.COMPARISON_VERBS:
                    dropped.update(t.i for c in compared for t in c.subtree)  # "using AI tools [, up from 32%]"
                else:
                    # another figure's clause, a comparison's (not this verb's clause, where the parse hangs it on that one)
                    dropped.update(t.i for t in token.subtree if not (t.i in own and token in verb.ancestors))
        for compared in self.compared_ids - left_out:
            segment = self.comparison_segment(self.parsed[compared])
            if verb.i not in segment:  # "…, up from 49 percent a year ago"; not the compared figure's own clause
                dropped.update(segment)
        for figure in (i for i in left_out if i in self.anchor_ids):
            start = figure
            while start > 0 and start - 1 in self.taken:
                start -= 1
            while start > 0 and self.parsed[start - 1].lower_ in self.data.FOCUS_PARTICLES:
                start -= 1  # "rauchen nur noch 6,1 Prozent": the particles weigh the figure
                dropped.add(start)
        front = min([verb.i, *(i for i in left_out if i in self.anchor_ids)])
        complements = {t.i for c in verb.children if c.dep_ in ("obj", "ccomp", "xcomp", "csubj") for t in c.subtree}
        if fronted is not None:
            complements.update(t.i for t in fronted.subtree)
        complements.update(c.i for c in verb.children if c.dep_ in ("aux", "cop"))  # "have increased"
        if any(c.dep_ == "cop" for c in verb.children):  # a predicate with its preposition: "were in favor"
            complements.update(c.i for c in verb.children if c.dep_ == "case")
        # with the figure for the object, a noun for the subject says what the figure's group does or
        # has ("Aktien besitzen nur 19 Prozent der Befragten", "Shoppers spend 20 percent of their
        # budget on food"); so does one of two subjects where the parse cannot tell subject from
        # object ("Schlafstörungen befürchten 44 Prozent der Befragten")
        figure_roles = ("obj", "nsubj") if self.data.NOUNS_CAPITALIZED else ("obj",)
        if any(self.parsed[i].head == verb and self.parsed[i].dep_ in figure_roles for i in left_out & self.anchor_ids):
            complements.update(t.i for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not cases(c)
                               and c.i not in left_out and not self.is_first_adverb(c)
                               for t in c.subtree)  # (a subject has no preposition: "vor fünf Jahren waren es 29 Prozent")
            # so does a noun in the dative without a preposition, whatever the parse calls it ("Dem Rundfunk vertrauen 64 Prozent")
            complements.update(t.i for c in verb.children if c.i < verb.i and c.i not in left_out and self.is_bare_dative(c) for t in c.subtree)
        if self.is_passive(verb):  # "wurde Zeitmangel genannt": the passive's subject is what is done to
            complements.update(t.i for c in verb.children if c.dep_ in SUBJECTS and c.i not in left_out for t in c.subtree)
        for child in verb.children:  # "Mit Bluthochdruck hatten 15 Prozent zu kämpfen": the verb's object
            if self.is_prepositional_object(child):
                complements.update(t.i for t in child.subtree)
        # what stands before the verb and the figure is an adverbial ("Demnach", "Heute", "In 2019"),
        # but not what stands between the verb's own subject and it ("they do not monitor", "dass
        # sie sich mehr Zeit für die Familie wünschen")
        own_subject = self.subject_of(verb)
        for child in verb.children:
            if own_subject is not None and own_subject.i < child.i < verb.i and child.dep_ in ("advmod", "obl", "obj", "iobj"):
                complements.update(t.i for t in child.subtree if t.lower_ not in self.data.FOCUS_PARTICLES)
        # a figure for each of several items keeps them where they stand before the verb ("Im
        # Einzelhandel und als Hilfskraft arbeiten je 18 Prozent")
        if any(t.lower_ in self.data.DISTRIBUTIVE_WORDS for i in left_out & self.anchor_ids for t in self.figure_phrase(self.parsed[i])):
            complements.update(i for i in window if i < verb.i)
        # an adjective used as an adverb says how or how often they do it ("Regelmäßig nutzen 40 Prozent das Rad"),
        # unlike a sentence adverb ("Demnach", "Zudem")
        manner = {t.i for c in verb.children if c.i < verb.i and c.dep_ == "advmod" and c.pos_ == "ADJ" for t in c.subtree}
        complements.update(manner)
        # a negation says the opposite, wherever it stands ("Nie mit dem Bus fahren 17 Prozent")
        complements.update(d.i for t in self.parsed[window.start : verb.i] if t.lower_ in self.data.NEGATIONS and t.head == verb for d in t.subtree)
        dropped.update(i for i in window if i < front and i not in complements)
        for share in self.amount_shares(verb, left_out):  # "zahlen mehr als 30 Prozent ihres Einkommens für die Miete"
            dropped.difference_update(t.i for t in [*self.figure_phrase(share), *share.subtree])
        tokens = [t for t in self.parsed[window.start : window.stop] if t.i not in dropped]
        while tokens and tokens[0].i < verb.i and tokens[0].lower_ not in self.data.NEGATIONS and tokens[0].i not in manner and (
            tokens[0].pos_ in ("SCONJ", "CCONJ", "PART") or tokens[0].dep_ in ("mark", "cc") or self.is_first_adverb(tokens[0])
            or (tokens[0].pos_ == "ADV" and ((tokens[0].i < front and tokens[0].i not in complements) or tokens[0].lower_ in self.data.FOCUS_PARTICLES))
        ):
            tokens = tokens[1:]  # "Demnach", "Zudem", "while", "dass" before the verb (not "online" after the figure)
        tokens = trim(tokens)
        light = set(self.data.COPULAS) | set(self.data.PRO_VERBS)
        tokens = self.with_antecedent(tokens, verb, left_out)
        content = any((t.pos_ in CONTENT_POS and t.lemma_.lower() not in light) or is_predicative(t) for t in tokens)
        if not content and not takes_a_side(tokens):
            return None  # "sind es", "waren es", "do so", "machen das": the subject before applies
        return tokens

    def only_phrase_between(self, figure: Token, verb: Token, start: int) -> bool:
        """Whether only the figure's own phrase and commas stand between a figure that is the
        verb's subject and the verb's clause, which starts at `start` (a relative clause on its group
        set off by commas)."""
        own = {t.i for t in figure.subtree}
        return figure.head == verb and figure.dep_ in SUBJECTS and all(
            t.i in own or t.text == "," for t in self.parsed[figure.i : start])

    def amount_shares(self, verb: Token, left_out: set[int]) -> list[Token]:
        """The other figures that are the verb's object and a share of an amount, which what the
        verb says of a group includes ("Rund 40 Prozent der Mieter zahlen mehr als 30 Prozent ihres
        Einkommens für die Miete", "…spend more than 30 percent of their income on rent"): a
        figure whose own group is a singular noun (an object the parse may call an oblique
        without a preposition or a conjunct of the verb)."""
        def of_amount(figure: Token) -> bool:  # "30 Prozent ihres Einkommens", "the 15 percent (that planners recommend)"
            groups = [c for c in figure.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > figure.i]
            if not groups:  # a number of percent the article gives, not a fraction ("um die Hälfte")
                return (any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in figure.children)
                        and any(c.dep_ == "nummod" for c in figure.children))
            return any("Number=Sing" in c.morph for c in groups)

        return [figure for figure in (self.parsed[i] for i in self.anchor_ids - left_out)
                if figure.head == verb and (figure.dep_ in ("obj", "conj") or (figure.dep_ == "obl" and not cases(figure)))
                and of_amount(figure)]

    def comparison_segment(self, figure: Token) -> range:
        """The words of the segment set off by punctuation that a compared figure's cue opens
        (", up from 49 percent a year ago", ", verglichen mit 30 Prozent im Vorjahr"): all of it
        is the comparison's; empty where the segment opens otherwise."""
        start = figure.i
        while start > 0 and not self.parsed[start - 1].is_punct:
            start -= 1
        end = figure.i
        while end < len(self.parsed) and not self.parsed[end].is_punct:
            end += 1
        lead = " ".join(t.lower_ for t in self.parsed[start:figure.i])
        return range(start, end) if start > 0 and lead.startswith(self.data.CLAUSE_COMPARISONS) else range(0)

    def with_antecedent(self, tokens: list[Token], verb: Token, left_out: set[int]) -> list[Token]:
        """The words of a relative clause whose subject is a figure, with the relative word that
        opens it put back as the noun it stands for ("das Sparbuch, das 38 Prozent nutzen" ->
        "Sparbuch nutzen", "WhatsApp, which 60 percent of teens use daily" -> "WhatsApp use daily"):
        with the figure for the subject, the relative word is the object, whatever the tags say."""
        if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN", "ADJ") or not left_out & self.anchor_ids:
            return tokens
        opening = next((t for t in self.parsed[verb.left_edge.i : verb.i] if not t.is_punct), None)
        if opening is None or opening.pos_ not in ("PRON", "DET") or opening.head != verb or opening.i in self.taken:
            return tokens
        if opening.dep_ in SUBJECTS and not any(self.parsed[i].dep_ in SUBJECTS for i in left_out & self.anchor_ids):
            return tokens  # "jobs, which have increased 6 percent": the relative word is the subject
        start = verb.head.i
        while start > 0 and self.parsed[start - 1].head == verb.head and self.parsed[start - 1].dep_ in ("amod", "compound"):
            start -= 1
        antecedent = list(self.parsed[start : verb.head.i + 1])
        kept = [t for t in tokens if t != opening]
        k = next((n for n, t in enumerate(kept) if t.i > opening.i), len(kept))
        return [*kept[:k], *antecedent, *kept[k:]]

    def clause_window(self, verb: Token) -> range:
        """The token range of the clause around `verb`: from the punctuation before it to the one
        after it, passing over a bracketed figure and going on through a clause after a comma
        that hangs on this one and holds no figure ("geben zu, den Beitrag nicht messen zu können"),
        or an infinitive clause right after the verb, wherever the parse hangs it."""
        parsed = self.parsed
        start = verb.i
        while start > 0 and not self.is_boundary(start - 1):
            start -= 1
        end = verb.i + 1
        while True:
            while end < len(parsed) and not self.is_boundary(end):
                end += 1
            if end >= len(parsed) or parsed[end].text != ",":
                break
            following = self.segment_after(end)
            root = segment_root(following)
            joined = root is not None and (root.dep_ not in ("conj", "parataxis") or self.is_infinitive_clause(following))
            # (an infinitive clause right after the verb is the verb's, wherever the parse hangs it)
            infinitive_after_verb = end - 1 == verb.i and self.is_infinitive_clause(following)
            attached = joined and (start <= root.head.i < end or infinitive_after_verb) and not is_participle_adjunct(root)
            taken = any(t.i in self.taken for t in following)
            opening = f"{' '.join(t.lower_ for t in following[:2])} "
            elaborates = opening.startswith(tuple(f"{mark} " for mark in self.data.ELABORATION_MARKS))  # "…, also an drei Nächten pro Woche"
            if (not attached or taken or elaborates or self.comments_on_clause(following, root)
                    or self.opens_relative_clause(following) or self.is_clause_beside(following)):
                break
            end = following.end
        return range(start, end)

    def before_apposition(self, window: range) -> range:
        """The words of `window` up to a comma after which a noun phrase comments on the clause
        (see `comments_on_clause`) and holds no figure."""
        for comma in (i for i in window if self.parsed[i].text == ","):
            following = self.segment_after(comma)
            root = segment_root(following)
            if root is not None and self.comments_on_clause(following, root) and not any(t.i in self.taken for t in following):
                return range(window.start, comma)
        return window

    def comments_on_clause(self, segment, root: Token) -> bool:
        """Whether the words after a comma are a noun phrase that comments on the clause (see
        `is_apposition`), with no verb outside it ("…, offene Stellen nicht besetzen zu können" is a
        clause)."""
        phrase = {t.i for t in root.subtree}
        if self.is_infinitive_clause(segment):
            return False  # whatever the parse hangs its verb on
        return is_apposition(root) and not any(t.pos_ in ("VERB", "AUX") and t.i not in phrase for t in segment)

    def opens_relative_clause(self, segment) -> bool:
        """Whether the words after a comma are a relative clause, which says more of a noun than
        the clause needs ("hält es für ein Verfallsdatum[, nach dem …]", "fell 4 percent[, which
        the charity attributes to …]"): a relative pronoun first or after its preposition, and in a
        language whose subordinate clauses end on the verb, a finite verb last (an article opens
        the clause in "die Ansicht, die deutsche Politik solle …", whose subjunctive stands second,
        and whose last verb the tagger may take for a finite one)."""
        words = [t for t in segment if not t.is_punct]
        opening = words[1] if len(words) > 1 and words[0].pos_ == "ADP" else (words[0] if words else None)
        if opening is None or opening.lower_ not in self.data.RELATIVE_PRONOUNS:
            return False
        if any("Sub" in t.morph.get("Mood") for t in words[1:-1]):
            return False  # a subjunctive second reports what is said ("die Ansicht, die Politik solle … untersagen")
        return not self.data.SUBCLAUSE_VERB_LAST or ("Fin" in words[-1].morph.get("VerbForm") or bool(words[-1].morph.get("Mood")))

    def is_clause_beside(self, segment) -> bool:
        """Whether the words after a comma say something beside what the clause says: a clause a
        conjunction joins (", and said they had cut back"), a comment on who says it, a few words
        that end with a reporting verb (", industry data show.", ", the trust estimates, …") or an
        absolute phrase (", with food and insurance making up most of it")."""
        words = [t for t in segment if not t.is_punct]
        if not words:
            return False
        joined = words[0].lower_ in self.data.COORDINATORS and any(self.is_verb(t) for t in words[1:])
        comment = len(words) <= 6 and words[-1].lemma_.lower() in self.data.REPORTING_VERBS
        absolute = words[0].lower_ in self.data.WITH_CASES and any(t.pos_ == "VERB" and "Ger" in t.morph.get("VerbForm") for t in words)
        return joined or comment or absolute

    def is_infinitive_clause(self, segment) -> bool:
        """Whether words between commas are an infinitive clause, which has no subject of its own
        and so depends on the clause before ("gaben an, im Jahr krank zur Arbeit gegangen zu sein"),
        also where the lexicon knows an infinitive with its mark inside and no verb is finite
        ("gaben an, abgelaufene Produkte ungeöffnet wegzuwerfen", whatever subject the parse gives it)."""
        marked = any(t.lower_ in self.data.INFINITIVE_MARKS and t.pos_ == "PART" and t.i + 1 < segment.end
                     and self.is_verb(self.parsed[t.i + 1]) for t in segment)
        if marked and not any(t.dep_ in SUBJECTS for t in segment):
            return True
        inside = self.data.MARKED_INFINITIVE_CLASS and any(
            self.is_verb(t) and word_class(t.text, self.data) == self.data.MARKED_INFINITIVE_CLASS for t in segment)
        return bool(inside) and not any(self.is_verb(t) and t.morph.get("Mood") for t in segment)

    def segment_after(self, comma: int):
        """The words after a comma up to the next punctuation."""
        end = comma + 1
        while end < len(self.parsed) and not self.is_boundary(end):
            end += 1
        return self.parsed[comma + 1 : end]

    def is_boundary(self, i: int) -> bool:
        """Whether token `i` ends a clause: a comma, semicolon, colon, dash or bracket that does not
        enclose a figure ("Jeder Dritte (31 Prozent) wäre bereit")."""
        token = self.parsed[i]
        spaced_dash = token.text == "-" and token.whitespace_ and i > 0 and self.parsed[i - 1].whitespace_
        if token.text not in CLAUSE_PUNCTUATION and not spaced_dash:
            return False
        conjunct = token.head
        in_phrase = conjunct.dep_ == "conj" and conjunct.pos_ in ("NOUN", "PROPN", "ADJ") and conjunct.head.pos_ in ("NOUN", "PROPN", "ADJ")
        if token.text == "," and in_phrase and not any(t.i in self.taken for t in [*conjunct.subtree, *self.segment_after(i)]) and (
                not self.is_clause_beside(self.segment_after(i))):  # (not ", the trust estimates", parsed as a noun)
            return False  # "aller Arbeiter, Angestellten und Beamten": a comma inside a noun phrase
        if token.text in ("(", ")"):
            inside = range(i + 1, len(self.parsed)) if token.text == "(" else range(i - 1, -1, -1)
            for k in inside:
                if self.parsed[k].text in ("(", ")"):
                    break
                if k in self.taken:
                    return False
        return True

    def reported_clause(self, verb: Token, left_out: set[int]) -> tuple[Token, set[int]] | None:
        """The clause a verb reports when its subject is a pronoun for the figure's group ("say
        they ...", "erklären, sie seien ...": the parse takes reported speech after a comma for a
        clause beside it)."""
        particle = next((c.lower_ for c in verb.children if c.dep_ == "compound" and c.pos_ in ("ADP", "PART", "ADV") and c.i > verb.i), "")
        if any(c.dep_ == "obj" for c in verb.children) or particle + verb.lemma_.lower() not in self.data.REPORTING_VERBS:
            return None  # (what a verb of knowing or thinking frames is said with it: "knew they could claim it"; "gibt an": "angeben")
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i):
            pronoun = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if pronoun is not None and pronoun.pos_ == "PRON" and "PronType=Prs" in pronoun.morph:
                return clause, {pronoun.i}
        return None

    def phrase(self, head: Token, left_out: set[int] = frozenset()) -> list[Token] | None:
        """A noun phrase from its head, with its coordinated nouns and relative clause, without
        other clauses, figures, leading articles, prepositions, adverbs and quantifiers; it ends
        at a bracket or at a comma that no coordinated noun or relative clause follows."""
        if head.i in self.taken:
            return None
        tokens, joined = [head], set()
        for child in head.children:
            if child.dep_ == "conj" and any(t.i in self.taken for t in child.subtree):
                continue  # "Jedes fünfte Mädchen sowie jeder vierte Junge": another figure's group
            if child.dep_ == "conj" and any(c.lower_ in self.data.ROLE_MARKS for c in child.children if c.i < child.i):
                continue  # "der Befragten als Hauptgrund": a role, not a second group
            if self.is_object_of_verb(child):
                continue  # "nutzen Angestellte das Home Office": the verb's object, no attribute
            if child.dep_ == "amod" and child.pos_ == "ADJ" and self.is_verb(child):
                continue  # "Die Befragten nannten Kosten": a verb the tagger took for an adjective
            if child.dep_ == "acl" and child.i > head.i and "Part" in child.morph.get("VerbForm") and not is_relative_clause(child) and any(
                    t.i in self.anchor_ids for t in child.subtree):
                continue  # "of food waste, followed by bread (17 percent)": a participle clause that lists other figures
            if child.i not in left_out and not self.leaves_out(child, head, OUTSIDE_PHRASE):
                subtree = self.without_figures(child)
                tokens.extend(subtree)
                if child.dep_ in ("conj", "acl") and child.i > head.i:
                    # (a comma in it ends the phrase where an apposition follows: "those aged 65 and over, a group that …")
                    joined.update(t.i for t in subtree if not any(a.dep_ == "appos" and a.i > child.i for a in [t, *t.ancestors]))
        tokens = sorted(tokens, key=lambda t: t.i)
        stop = next(
            (t.i for t in tokens if t.i > head.i and (t.text in ("(", ";", ":") or (t.text == "," and t.i + 1 not in joined))),
            None,
        )
        # a verb outside the phrase's relative clause ends it: "der Firmen | nutzen Videos", "those
        # polled | describe" (a bare infinitive hung on the participle before it is the clause's
        # verb); German tags tell a verb from a participle too seldom, English ones do
        def ends_phrase(t: Token) -> bool:
            finite = self.data.NOUNS_CAPITALIZED or "Fin" in t.morph.get("VerbForm")
            return t.i > head.i and self.is_verb(t) and (is_bare_infinitive(t) or (t.i not in joined and finite))

        verb = next((t for t in tokens if ends_phrase(t)), None)
        if verb is not None:
            stop = min(stop, verb.i) if stop is not None else verb.i
        if stop is not None:
            tokens = [t for t in tokens if t.i < stop]
        # nor does it reach back past a comma before its head ("For those aged 65 and older, social
        # media use has risen": a frame the parse hung on the noun)
        first = min((t.i for t in tokens), default=head.i)
        start = max((k for k in range(first, head.i) if self.parsed[k].text in (",", ";", ":")), default=None)
        if start is not None:
            tokens = [t for t in tokens if t.i > start]
        quantifiers = set(self.data.QUANTIFIERS) | set(self.data.DETERMINERS)
        def bounds_number(t: Token) -> bool:  # "der über 65-Jährigen" (see attach_number_bounds)
            return t.dep_ == "advmod" and t.lower_ in self.data.NUMBER_BOUNDS and t.head == head

        while tokens and tokens[0] != head and not bounds_number(tokens[0]) and (
            tokens[0].dep_ in EDGE_DEPENDENCIES or tokens[0].pos_ in ("ADV", *EDGE_POS) or tokens[0].lower_ in quantifiers
        ):
            tokens = tokens[1:]
        tokens = trim(tokens)
        if not tokens or (len(tokens) == 1 and (tokens[0].lower_ in quantifiers or tokens[0].pos_ in ("PRON", "DET", "NUM"))):
            return None
        return tokens

    def is_object_of_verb(self, child: Token) -> bool:
        """Whether a noun's attribute without a preposition is no genitive but the verb's object the
        parse hung on the noun ("nutzen Angestellte das Home Office", "ein Drittel den Zustand"): it
        is marked accusative, or its determiner has a form no genitive has ("das", "den")."""
        if child.dep_ == "obj" and child.head.pos_ in ("NOUN", "PROPN"):
            return True  # a noun has no object: the verb's, hung on the noun
        if child.dep_ != "nmod" or cases(child):
            return False
        determiners = [c.lower_ for c in child.children if c.dep_ == "det"]
        never_genitive = any(d in self.data.NEVER_GENITIVE_DETERMINERS for d in determiners)
        return never_genitive or (is_accusative(child) and not is_accusative(child.head))

    def noun_words(self, noun: Token) -> list[Token]:
        """A noun's subtree without what the parse hung on it that belongs to the verb: an object,
        a prepositional phrase that does not narrow the group down (`verb_phrases`)."""
        outside = {t.i for c in noun.children if self.is_object_of_verb(c) for t in c.subtree} | verb_phrases(noun, self.data)
        return [t for t in noun.subtree if t.i not in outside]

    def is_bare_dative(self, noun: Token) -> bool:
        """Whether a noun is in the dative, by its tags or its article's, without a preposition
        before or after it ("Dem Rundfunk", not "Der Umfrage zufolge"), and names no time."""
        if noun.pos_ not in ("NOUN", "PROPN") or cases(noun) or self.is_time_word(noun):
            return False
        around = self.parsed[max(noun.left_edge.i - 1, 0) : noun.right_edge.i + 2]
        if any(t.pos_ == "ADP" for t in around):
            return False
        return "Dat" in [*noun.morph.get("Case"), *(case for c in noun.children if c.dep_ == "det" for case in c.morph.get("Case"))]

    def list_item(self, noun: Token) -> list[Token] | None:
        """A listed item that ends with a noun: the words since the previous item, as the text
        gives them ("soap and hand sanitizer (65 percent)", "und Rücksicht auf andere (81 %)", also
        with the gerund that opens it: "avoiding queues (48%)"),
        or where a clause stands before it, the phrase of the noun or of the noun it is the
        attribute of ("nennen die Befragten die Beratung durch einen Fachmann (30 Prozent)"), without
        its article or preposition."""
        start = noun.i
        while start > 0 and self.parsed[start - 1].text not in ITEM_BOUNDARIES and start - 1 not in self.taken:
            start -= 1
        words = [t for t in self.parsed[start : noun.i + 1] if t.i not in self.taken]
        # a gerund that opens the item and governs its noun is the item's word ("avoiding queues (48%)"),
        # also after the words that set it against the item before ("ahead of making the home more comfortable (51%)")
        gerund = next((t for t in words if is_gerund(t) and t in noun.ancestors), None)
        if gerund is not None and all(t.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "PUNCT") for t in words[: words.index(gerund)]):
            words = words[words.index(gerund) :]
        else:
            gerund = None
        if len(words) > MAX_ITEM_WORDS or any(self.is_verb(t) or t.dep_ in SUBJECTS for t in words if t not in (noun, gerund)):
            head = self.item_head(noun)  # a clause before it
            first = head
            while first.dep_ == "conj" and first.head.i < first.i and self.only_coordinated(first.head, first):
                first = first.head  # "gefolgt von Brot und Backwaren (17 Prozent)": the item is both
            item = [t for t in self.phrase(first) or [first] if t.i <= noun.i]
            if first != head:
                item = list(self.parsed[item[0].i : noun.i + 1])
            if head != noun:  # "named a free lunch every day (42%)": the item with its time phrase
                item += [t for t in noun.subtree if item[-1].i < t.i <= noun.i]
        else:
            item = trim(words)
        while item and (item[0].dep_ in ("case", "cc") or item[0].pos_ in ("ADP", "CCONJ") or is_article(item[0])):
            item = item[1:]  # "und für Prüfungen (20 Prozent)": the item is what the preposition governs; "den Klimaschutz"
        return trim(item) or None

    def only_coordinated(self, first: Token, last: Token) -> bool:
        """Whether only a coordinator joins two nouns ("Brot und Backwaren"), no figure, boundary or
        list introducer ("Fertigkeiten wie das Einparken")."""
        between = self.parsed[first.i + 1 : last.i]
        return (any(t.lower_ in self.data.COORDINATORS for t in between)
                and not any(t.i in self.taken or t.text in ITEM_BOUNDARIES or t.lower_ in self.data.LIST_INTRODUCERS for t in between))

    def item_head(self, noun: Token) -> Token:
        """The head of the item a noun ends: the noun, or the noun before it that it is the
        attribute of, with no verb, figure or item boundary between them; not a root, which holds
        a clause (or is a noun the parse took for one: "Am Ende stehen Firmen aus der Branche X")."""
        before = self.noun_before_time(noun)
        if before is not None:
            return self.item_head(before)
        while is_attribute(noun) and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.dep_ != "ROOT" and noun.head.i < noun.i:
            if any(t.text in ITEM_BOUNDARIES or t.i in self.taken or t.pos_ in ("VERB", "AUX") for t in self.parsed[noun.head.i : noun.i]):
                break
            noun = noun.head
        return noun

    def noun_before_time(self, noun: Token) -> Token | None:
        """The noun right before a time phrase without a preposition, which says how often or when
        of it ("a free lunch every day", "ein Mittagessen jeden Tag"); None for other nouns."""
        if cases(noun) or not self.is_time_word(noun) or noun.left_edge.i == 0:
            return None
        before = self.parsed[noun.left_edge.i - 1]
        return before if before.pos_ in ("NOUN", "PROPN") and before.i not in self.taken else None

    def fronted_argument_clause(self, verb: Token) -> Token | None:
        """A clause of the verb's before it opened by a complementizer ("Dass die Preise steigen,
        erwarten ..."): an argument of the verb, never an adverbial."""
        return next((c for c in verb.children if c.i < verb.i and self.is_verb(c)
                     and any(m.dep_ == "mark" and m.lower_ in self.data.COMPLEMENTIZERS for m in c.children)), None)

    def verb_after(self, token: Token) -> Token | None:
        """The first verb after a word in its clause, not one of a relative clause (which says
        which of a noun's things are meant, not what the clause says of them)."""
        window = self.clause_window(token)
        return next((t for t in self.parsed[token.i + 1 : window.stop]
                     if self.is_verb(t) and t.i not in self.taken and not is_relative_clause(t)), None)

    def figure_phrase(self, anchor: Token) -> list[Token]:
        """A figure's words: its mention, its group and its modifiers, without the words a parse
        may wrongly hang on it (an object taken for an apposition)."""
        words = [anchor]
        for child in anchor.children:
            reflexive = "Yes" in child.morph.get("Reflex")  # "halten sich 53 Prozent …": the verb's
            outside = child.dep_ in ("appos", "conj", "parataxis", "acl", "cc") or self.is_object_of_verb(child) or reflexive
            # an adverb after the figure is the verb's ("denken 34 Prozent oft darüber nach"), as is a
            # frequency ("mindestens einmal im Monat"): a share takes neither
            outside = outside or (child.i > anchor.i and child.dep_ == "advmod" and child.pos_ == "ADV" and not is_partitive(child, self.data)
                                  and child.lower_ not in self.data.FOCUS_PARTICLES and not self.is_first_adverb(child))
            outside = outside or (child.i > anchor.i and child.pos_ == "NOUN" and self.is_time_word(child)
                                  and not any(is_year(t.text) for t in child.subtree))
            if not outside or child.i in self.taken:
                words.extend(self.noun_words(child) if child.pos_ in ("NOUN", "PROPN") else child.subtree)
        return words


def is_partitive(adverb: Token, data: ModuleType) -> bool:
    """A pronominal adverb of a group's preposition, which names the group ("80 Prozent davon",
    "darunter"): "da" or "dar" and one of `GROUP_CASES`."""
    lower = adverb.lower_
    return any(lower in (f"da{case}", f"dar{case}") for case in data.GROUP_CASES)


def is_article(token: Token) -> bool:
    """An article ("der", "den", "the", "a"), which a listed item leaves out."""
    return token.pos_ == "DET" and "Art" in token.morph.get("PronType")


def is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, connectives and articles at either edge."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "punct") or tokens[0].pos_ in ("CCONJ", "SCONJ")
                      or (tokens[0].dep_ == "mark" and tokens[0].pos_ != "ADP")):
        tokens = tokens[1:]
    def ends_clause(k: int) -> bool:
        """An auxiliary after its infinitive mark ("gegangen zu sein"), or a copula after the words
        it joins ("dass sie umsetzbar wäre", "how satisfied they are"): the clause's own verb."""
        if tokens[k].pos_ != "AUX" or k == 0:
            return False
        after_mark = tokens[k - 1].pos_ == "PART" and tokens[k - 1].i == tokens[k].i - 1
        return after_mark or (tokens[k].dep_ == "cop" and tokens[k].head in tokens[:k])

    def is_edge(token: Token) -> bool:  # (a verb particle and a preposition standing for its clause stay: "lehnt den Vorschlag ab", "36 percent against")
        heads_clause = token.pos_ == "ADP" and token.dep_ in ("conj", "parataxis")
        return token.dep_ in EDGE_DEPENDENCIES or (token.pos_ in EDGE_POS and token.dep_ != "compound" and not heads_clause)

    while tokens and is_edge(tokens[-1]) and not ends_clause(len(tokens) - 1):
        tokens = tokens[:-1]
    return tokens


def phrase_text(tokens: list[Token], texts: list[str] | None = None) -> str:
    """Tokens as written (or as `texts` gives them), quotes dropped, a space where tokens were not
    adjacent, none before punctuation that closes ("glauben, dass ..." without the words between)."""
    pieces = []
    for k, token in enumerate(tokens):
        text = token.text if texts is None else texts[k]
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        apart = following is not None and following.i != token.i + 1
        space = ("" if following.text in CLOSING else " ") if apart else token.whitespace_
        pieces.append((" " if text in QUOTES else text) + space)
    return " ".join("".join(pieces).split()).strip(" ,;:.-–—")
