"""Subject and population of each mention, read from the dependency parse of its sentence.

The share word of a mention, its anchor ("Prozent", "%", "Hälfte", "Dritte"), stands in the
parse (Universal Dependencies relations) in one of a few places, and each says where the roles are:

- an argument of its clause ("77 Prozent der Deutschen verlangen einen Stopp"): the subject is
  the predicate without the figure, the population the figure's genitive, "of" or "von" group,
  or a group named on the clause ("Among marketers, 45% say ...", "Bei Firmen ... sind es");
- the level of a measure ("Die Quote liegt bei 3 Prozent", "a margin of error of 3 percent",
  "The rate was 5%"): the subject is the measured noun, the population its group;
- a change ("Nursing jobs have increased 6 percent", "um 10 Prozent gestiegen"): the population
  is what changes, the subject the predicate;
- in brackets beside a noun: a part of a group ("a majority (54 percent) report ..."), a measure
  of a group ("Die Quote der Männer (13,7 Prozent)"), the clause's subject ("most remote workers
  (65 percent) prefer ..."), or a listed item ("Markenbildung (72 Prozent), Videos (54 Prozent)");
- a figure that restates or compares ("jeder Dritte (31 Prozent)", "up from 46 percent",
  "compared with 70 percent in June"): the roles of the figure it hangs on or follows.

The group patterns are DependencyMatcher patterns in the language modules (`ROLE_PATTERNS`);
clauses and phrases are read by `extractors.clauses.ParsedSentence`. A role the sentence does not
give is None, and the article memory fills it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from extractors import lang as language_data
from extractors.clauses import (
    NOMINALS,
    QUOTES,
    SUBJECTS,
    ParsedSentence,
    cases,
    is_attribute,
    is_bare_part_noun,
    is_compound_part,
    is_expletive,
    is_indefinite_thing,
    is_main_clause,
    is_partitive,
    is_plural,
    is_pro_form,
    is_relative_clause,
    is_year,
    names_part,
    phrase_text,
    population_noun_after,
    share_word,
    shared_subjects,
    stands_for_before,
    trim,
    verb_phrases,
)
from extractors.components.sentence_parse import CLAUSE_MARKS
from extractors.lang.role_patterns import FRONTED
from extractors.parse_repairs import is_figure, reattach, repair, umlauted
from extractors.sentences import LIST_MARKER, sentence_of
from extractors.shares import number_value, register_extensions
from extractors.word_classes import compound_last_part, separable_particle, word_class

# Universal Dependencies relations the roles read (and `extractors.clauses` those it reads by).
ARGUMENTS = ("nsubj", "obj", "obl", "iobj", "nmod", "advmod", "dep", "nummod", "csubj", "xcomp")
# The parts of speech of a prepositional phrase's words.
PHRASE_WORDS = ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ")
BRACKETED = ("appos", "parataxis", "dep", "nmod", "conj", "acl")

# What the roles are found from: subject tokens, population tokens, whether a cue named the group.
Roles = tuple[list[Token] | None, list[Token] | None, bool]


class ParsedRoles:
    """Set `span._.findings_subject` and `span._.findings_population` of each mention from the
    parse of its sentence (`doc._.findings_parses`).

    A population of None means the sentence names none (the article's current one applies);
    "" means the measure has no population (a margin of error). `span._.findings_population_cue`
    tells whether a cue ("der", "of", "among") named the group, which makes it the article's
    current population; `span._.findings_subject_refers_back` whether the subject's arguments are
    pro-forms ("machen das regelmäßig"), which the article memory resolves.
    """

    def __init__(self, nlp: Language, spans_key: str, restated_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.restated_key = restated_key
        self.lemmatizer = nlp.get_pipe("lemmatizer") if nlp.has_pipe("lemmatizer") else None
        self.sentence_parse = nlp.get_pipe("findings_sentence_parse") if nlp.has_pipe("findings_sentence_parse") else None
        self.part_nouns = frozenset(self.data.PART_NOUNS)
        self.same_words = frozenset(self.data.SAME_WORDS)
        self.share_nouns = self.part_nouns | frozenset(self.data.MEASURE_NOUNS)
        self.matcher = DependencyMatcher(nlp.vocab)
        # Each pattern name's rank (the patterns are listed in order of preference) and the
        # position of its "group" node.
        self.preference = {}
        for rank, (name, patterns) in enumerate(self.data.ROLE_PATTERNS.items()):
            nodes = {[node["RIGHT_ID"] for node in pattern].index("group") for pattern in patterns}
            if len(nodes) > 1:
                raise ValueError(f"role patterns {name!r}: the group must be the same node in each")
            if patterns:
                self.matcher.add(name, patterns)
                # the prepositions a group of this pattern may have: those its "case" node names
                allowed = {word for pattern in patterns for node in pattern if node["RIGHT_ID"] == "case"
                           for word in node["RIGHT_ATTRS"]["LOWER"]["IN"]}
                self.preference[nlp.vocab.strings.add(name)] = (rank, nodes.pop(), frozenset(allowed), name in FRONTED)

    @property
    def lemmas(self):
        """The lemmatizer's lookup table (read when used: a saved pipeline loads it after this
        component is made)."""
        lookups = self.lemmatizer.lookups if self.lemmatizer is not None else None
        return lookups.get_table("lemma_lookup") if lookups and lookups.has_table("lemma_lookup") else {}

    def __call__(self, doc: Doc) -> Doc:
        parses = doc._.findings_parses or {}
        mentions = list(doc.spans.get(self.spans_key, []))
        restated = list(doc.spans.get(self.restated_key, []))
        names = set()
        for start, parsed in parses.items():
            own = [m for m in mentions if sentence_of(m).start == start]
            names.update(m for m in own if m._.findings_share.derived and is_name(share_word(parsed[m.start - start : m.end - start])))
            own = [m for m in own if m not in names]
            if not own:
                continue
            shares = [(m.start - start, m.end - start) for m in own]
            repeats = [(r.start - start, r.end - start) for r in restated if sentence_of(r).start == start]
            repair(parsed, shares, self.data, repeats)
            sentence = SentenceRoles(self, parsed, shares, repeats)
            all_roles = sentence.roles()
            said = {t.i for subject, _, _ in all_roles for t in subject or []}
            for mention, anchor, roles in zip(own, sentence.anchors, all_roles):
                self.set_annotations(mention, roles)
                owner = sentence.amount_owner(anchor, roles[1]) if self.data.AMOUNT_OWNER_CASE and mention._.findings_population else None
                if owner:  # "27,4 Prozent ihres Nettoeinkommens" -> "Nettoeinkommen der Mieterhaushalte"
                    mention._.findings_population += f" {self.data.AMOUNT_OWNER_CASE} {self.oblique_plural(self.citation_form(owner))}"
                # "Sie sind stark belastet: 64 Prozent von ihnen …", "Fast zwei Drittel von ihnen (64 Prozent)"
                if {anchor.i, anchor.head.i} & sentence.refers_back and roles[1] is None:
                    mention._.findings_population = self.last_group_before(doc, start)
                if anchor.i in sentence.parts_before and start > 0:  # "Women remain rare on two wheels. They make up 35 percent of …"
                    before = sentence_of(doc[start - 1 : start])  # the subject the pronoun takes up, else its last group
                    mention._.findings_subject = self.group_of_sentence(before) or self.last_group_before(doc, start)
                mention._.findings_population_place = self.narrowing_place(mention, anchor, roles[0] or [], sentence)
                # a threshold in what another figure's group does ("spend more than 30 percent of their income")
                mention._.findings_threshold = anchor.i in said
            if all(m._.findings_population is None for m in own):
                self.take_group_before(doc, start, own, mentions + restated)
        if names:
            doc.spans[self.spans_key] = [m for m in mentions if m not in names]
        return doc

    def narrowing_place(self, mention: Span, anchor: Token, subject: list[Token], sentence: SentenceRoles) -> str | None:
        """The place that narrows the group a figure's clause takes from before, where the clause
        names none and refers back ("in Großstädten sind es 31 Prozent" -> "in Großstädten"); not
        where the clause before says it of what they do ("…, 18 Prozent in einer Kirchengemeinde")."""
        refers_back = mention._.findings_subject_refers_back
        if mention._.findings_population is not None or not (not subject or refers_back or sentence.is_gapped(anchor)):
            return None
        place = sentence.place_of(anchor)
        if not place or (not refers_back and any(t in subject for t in place)):
            return None
        return phrase_text(place, [t.lower_ if t.i == 0 else t.text for t in place])  # "In Großstädten" -> "in Großstädten"

    def take_group_before(self, doc: Doc, start: int, mentions: list[Span], figures: list[Span]) -> None:
        """Note for the figures of a sentence that names no group the plural subject of the last
        main clause of the sentence right before it, or the group of a part noun there, where that
        one holds no figure ("Tech workers depart from this pattern. Twenty-four percent said ...",
        "viele Autofahrer räumen ein, dass ... Knapp jeder Zweite (47 Prozent) ist ...", "Eine
        klare Mehrheit der Deutschen befürwortet ..."): the article memory weighs it."""
        if start == 0 or self.sentence_parse is None:
            return
        before = sentence_of(doc[start - 1 : start])
        if any(before.start <= f.start < before.end for f in figures):
            return
        group = self.group_of_sentence(before)
        if group:
            for mention in mentions:
                mention._.findings_population_before = group

    def last_group_before(self, doc: Doc, start: int) -> str | None:
        """The group a plural pronoun that opens a figure's group stands for, where its own
        sentence names none: the last plural noun of the sentence before that is no time or
        figure ("… die Belastung der pflegenden Angehörigen … Fast zwei Drittel von ihnen (64
        Prozent) …"), in its citation form; None without one or without a parse."""
        if start == 0 or self.sentence_parse is None:
            return None
        parsed = self.sentence_parse.parse(sentence_of(doc[start - 1 : start]))
        repair(parsed, [], self.data, [])
        reading = ParsedSentence(self.data, self.lemmas, parsed, set(), set())
        nouns = [t for t in parsed if t.pos_ in ("NOUN", "PROPN") and is_plural(t) and not reading.is_time_word(t)
                 and not names_part(t, self.share_nouns) and not reading.is_first_adverb(t) and not self.is_lower_case_noun(t)]
        if not nouns:
            return None
        # not its count ("1.000 Personen"), but an age joined to it ("25- to 29-year-olds")
        phrase = [t for t in reading.phrase(nouns[-1]) or [] if not (t.dep_ == "nummod" and t.head == nouns[-1] and not is_compound_part(t))]
        return self.citation_form(phrase) if phrase else None

    def group_of_sentence(self, sentence: Span) -> str | None:
        """The plural subject of a sentence's last main clause, or the group of a part noun that
        opens it, in its citation form (see `take_group_before`); None without a parse."""
        if self.sentence_parse is None:
            return None
        parsed = self.sentence_parse.parse(sentence)
        reading = ParsedSentence(self.data, self.lemmas, parsed, set(), set())
        subjects = [self.group_of_part(t) for t in parsed if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and is_main_clause(t.head)
                    and reading.is_predicate(t.head) and not reading.is_first_adverb(t) and not reading.names_role(t)
                    and not self.is_lower_case_noun(t)]  # not "die wenigsten"
        subjects = [t for t in subjects if t is not None and is_plural(t)] or self.opening_part_group(parsed)
        phrase = reading.phrase(subjects[-1]) if subjects else None
        return self.citation_form(phrase) if phrase else None

    def is_lower_case_noun(self, token: Token) -> bool:
        """Whether a word tagged a noun is written in lower case in a language that capitalizes its
        nouns ("die wenigsten", "die meisten"): a pronoun, no group."""
        return self.data.NOUNS_CAPITALIZED and token.is_lower

    def lead_in_group(self, doc: Doc) -> str | None:
        """The group a list's lead-in names, whose items share it: a plural group its last
        sentence (or the one before) opens with a frame preposition ("Among firms using AI, the top
        uses were:"), else the plural subject or object of its verb that names no role ("the
        children taking part most often named:", "Als größte Hürden nannten die befragten
        Firmen:"), or the plural attribute of a lead-in without a verb ("Die häufigsten Antworten
        der Studierenden:"), but first the group of a figure there ("… schauen 61 Prozent der
        erwachsenen Internetnutzer. Zum Vergleich die Werte früherer Erhebungen:"); up to a comma
        or that verb and the adverbs before it, in its citation form. None for a lead-in with only
        a copula ("Die Ergebnisse sind die folgenden:") or without a parse."""
        if self.sentence_parse is None:
            return None
        # the last sentence, or where it names none, the one before ("Respondents who go online
        # every day were asked what they do there. The most common activities were:")
        return next(filter(None, map(self.lead_in_sentence_group, reversed(list(doc.sents)[-2:]))), None)

    def lead_in_sentence_group(self, sentence: Span) -> str | None:
        """The group one sentence of a lead-in names (see `lead_in_group`)."""
        parsed = self.sentence_parse.parse(sentence)
        repair(parsed, [], self.data, [])
        reading = ParsedSentence(self.data, self.lemmas, parsed, set(), set())
        root = next(t for t in parsed if t.head == t)
        if parsed[0].lower_ in self.data.GROUP_CASES and parsed[-1].text in ("…", "..."):
            # a partitive its items go on from: "Von den befragten Betrieben … • nutzen 88 Prozent …"
            phrase = trim([t for t in parsed[1:-1] if t.dep_ != "det"])
            return self.citation_form(phrase) if phrase else None
        frame_cases = (*self.data.FRAME_CASES, *self.data.GROUP_CASES)  # "Von den Befragten, die vorsorgen, setzen auf:"
        opens = parsed[0].lower_ in frame_cases and parsed[0].dep_ == "case" and any(t.text == "," for t in parsed)
        frames = [parsed[0].head] if opens else []  # a frame set off before the clause, not the whole lead-in ("Among the findings:")
        # the verb before the colon: the last of a main clause ("Nach den Gründen gefragt, …, nannten die Wirte:")
        verb = next((t for t in reversed(parsed) if t.pos_ == "VERB" and is_main_clause(t)), root)
        passive = "Part" in verb.morph.get("VerbForm")  # "Respondents … were asked …"
        # "Die Ergebnisse sind die folgenden:" has no verb that names
        copula = not passive and any(c.dep_ in ("aux", "cop") and c.lemma_.lower() in self.data.COPULAS for c in verb.children)
        # its subject and object first, then another subject of a main clause (where the parse hangs
        # the clause on an opening participle: "Asked about X, …"), then of a clause of its own
        subjects = sorted((t for t in parsed if t.dep_ in ("nsubj", "nsubj:pass")), key=lambda t: not is_main_clause(t.head))
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "obj")]
        arguments = [*own, *subjects] if verb.pos_ == "VERB" and not copula else []
        # (an argument that opens with a preposition is no subject or object: "Asked about money-saving tactics, shoppers …")
        arguments = [t for t in arguments if t.left_edge.dep_ != "case"]
        # "Gefragt …, nannten die befragten Tierhalter:", with the verb parsed as an attribute: the nouns after it
        hung = next((t for t in reversed(parsed) if t.pos_ == "VERB" and t.is_lower and t.morph.get("Mood") and t.dep_ in ("amod", "acl")
                     and not is_relative_clause(t)), None)  # (not "Share of respondents who feel safe …:")
        hung = hung if verb == root and root.pos_ in ("NOUN", "PROPN") and not copula else None  # not a copula's relative clause
        if hung is not None:  # the nouns after it, or its own subject ("Reasons shoppers gave for their return:")
            arguments += [*(c for c in hung.children if c.dep_ == "nsubj" and c.i < hung.i), *parsed[hung.i + 1 :]]
        elif root.pos_ in ("NOUN", "PROPN"):  # "Die häufigsten Antworten der erwerbstätigen Studierenden:"
            arguments += [c for c in root.children if c.dep_ == "nmod" and c.i > root.i]
        # a figure's own group comes first ("… schauen 61 Prozent der erwachsenen Internetnutzer. Zum Vergleich die Werte früherer Erhebungen:")
        figure_groups = [c for t in parsed if is_figure(t) for c in t.children if c.dep_ == "nmod" and c.i > t.i and not cases(c)]
        group = next((t for t in [*figure_groups, *frames, *arguments] if t.pos_ in ("NOUN", "PROPN") and is_plural(t)
                      and not reading.names_role(t) and not reading.is_first_adverb(t)  # not "Gefragt, was …"
                      and not reading.is_time_word(t)), None)  # nor a time: "the figures of earlier years:"
        phrase = reading.phrase(group) if group is not None else None
        if phrase and hung is not None and group not in frames and group.i > hung.i:
            phrase = [t for t in phrase if t.i > hung.i]
        if not phrase:
            return self.defined_group(parsed)
        participle = group.head
        if group.dep_ == "nsubj" and participle.i == group.i + 1 and set(participle.morph.get("VerbForm")) & {"Ger", "Part"}:
            phrase = list(parsed[phrase[0].i : participle.right_edge.i + 1])  # "the teachers taking part", parsed as a clause
        last = max((t for t in parsed if t.pos_ in ("VERB", "AUX") and t.i > group.i), key=lambda t: t.i, default=None)
        end = next((t.i for t in parsed[group.i :] if t.text == ","), len(parsed))  # "Among firms using AI, …"
        if end + 1 < len(parsed) and parsed[end + 1].lower_ in self.data.RELATIVE_PRONOUNS and parsed[end + 1].head.head == group:
            # a relative clause set off by commas defines the group: "Von den Befragten, die privat vorsorgen, setzen auf:"
            end = next((t.i for t in parsed[end + 1 :] if t.text in (",", ":")), len(parsed))
        if last is not None and last.i < end:
            end = last.i
            while end > group.i + 1 and parsed[end - 1].pos_ == "ADV":
                end -= 1  # "most often named:"
        adverbial = next((c for c in group.children if c.i > group.i and c.dep_ == "nmod" and self.data.NOUNS_CAPITALIZED and c.is_lower), None)
        if adverbial is not None:  # "die Befragten am häufigsten": a lower-case word is no noun of the group
            end = min(end, adverbial.left_edge.i)
        if names_part(root, self.share_nouns):  # "Share of respondents who feel safe …:", "Anteil der Pendler, die …:"
            relative = next((t.i for t in parsed[group.i + 1 : end] if t.lower_ in self.data.RELATIVE_PRONOUNS), end)
            end = min(end, relative - (1 if parsed[relative - 1].text == "," else 0))  # what its clause says is measured, not the group
        phrase = [t for t in phrase if t.i < end]
        while phrase and phrase[0] != group and (
            (phrase[0].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and phrase[0].dep_ != "amod")
            or phrase[0].dep_ in (*SUBJECTS, "det", "case")
        ):
            phrase = phrase[1:]  # "Wofür die älteren Onliner das Netz nutzen:", "Wofür" hung on the noun as its subject
        return self.citation_form(trim(phrase)) if trim(phrase) else None

    def defined_group(self, parsed: Doc) -> str | None:
        """A group a lead-in names by a demonstrative and the relative clause that defines it
        ("those who rated their sleep as poor named:", "Diejenigen, die schlecht schlafen,
        nannten:"): up to the comma or colon that closes the clause, else up to the lead-in's verb
        (its last word before its particles and the colon) and a graded adverb before it ("most
        often")."""
        def opens_defined_group(token: Token) -> bool:
            following = token.nbor(2) if token.i + 2 < len(parsed) and token.nbor(1).text == "," else token.nbor(1)
            return token.lower_ in self.data.DEFINED_GROUP_PRONOUNS and following.lower_ in self.data.RELATIVE_PRONOUNS

        start = next((t.i for t in parsed[:-1] if opens_defined_group(t)), None)
        if start is None:
            return None
        colon = next((t.i for t in reversed(parsed) if t.text == ":"), len(parsed))
        comma = next((t.i for t in parsed[start + 2 : colon] if t.text == ","), None)  # "Of those who save, most named:"
        if comma is not None or parsed[start + 1].text == ",":
            end = comma if comma is not None else colon
        else:
            end = colon
            while end > start and parsed[end - 1].pos_ in ("ADP", "PART", "PUNCT"):
                end -= 1  # "pointed to:"
            end -= 1  # the verb
            adverbs = end
            while adverbs > start and parsed[adverbs - 1].pos_ == "ADV":
                adverbs -= 1
            end = next((i for i in range(adverbs, end) if set(parsed[i].morph.get("Degree")) & {"Sup", "Cmp"}), end)
        return parsed[start:end].text if end > start + 2 else None

    def opening_part_group(self, parsed: Doc) -> list[Token]:
        """The group of a part noun that opens a sentence, read from the words where the parse
        lost the subject ("Eine knappe Mehrheit der Deutschen unterstützt ..."): a plural noun
        right after the part noun and its group word ("der", "of")."""
        part = next((t for t in parsed[:4] if t.pos_ == "NOUN"), None)
        if part is None or not names_part(part, self.part_nouns) or part.i + 2 >= len(parsed):
            return []
        if parsed[part.i + 1].lower_ not in self.data.POPULATION_AFTER:
            return []
        noun = next((t for t in parsed[part.i + 2 : part.i + 5] if t.pos_ in ("NOUN", "PROPN")), None)
        return [noun] if noun is not None and is_plural(noun) else []

    def group_of_part(self, noun: Token) -> Token:
        """The group a part noun names a part of ("Eine klare Mehrheit der Deutschen" -> "Deutschen",
        "most of the voters"), else the noun itself."""
        if not names_part(noun, self.part_nouns):
            return noun
        return next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and is_plural(c)), noun)

    def groups(self, parsed: Doc, can_be_group: Callable[[Token], bool], figures: set[int]) -> dict[int, Token]:
        """The group each word of a parsed sentence names, by the preferred pattern that finds one
        of the words `can_be_group` admits; not one in the clause of another of the `figures`
        after it (see `in_clause_of_other_figure`)."""
        found: dict[int, tuple[tuple[int, int], Token]] = {}
        for match_id, token_ids in self.matcher(parsed):
            rank, node, allowed, fronted = self.preference[match_id]
            owner, group = token_ids[0], parsed[token_ids[node]]
            if not can_be_group(group):
                continue
            if group.i == owner or cases(group) - allowed or (fronted and not group.i < min(owner, group.head.i)):
                continue  # "Prozent im Jahr 2020", "bei mangelnder Sicht", "tritt für X ein, 39 Prozent": no group
            if self.compared_apart(parsed[min(owner, group.i) + 1 : max(owner, group.i)]):
                continue  # "Bei Frauen ist der Anteil mit 41 Prozent höher als bei Männern mit 29 Prozent": the other side's
            if in_clause_of_other_figure(parsed, owner, group, figures):
                continue  # "Unter den Frauen liegt der Anteil bei 52 Prozent, unter den Männern bei 41 Prozent": 41's
            preference = (rank, abs(group.i - owner))  # of two groups a pattern finds, the nearer one (its own clause's)
            if owner not in found or preference < found[owner][0]:
                found[owner] = (preference, group)
        return {owner: group for owner, (_, group) in found.items()}


    def compared_apart(self, between: Span) -> bool:
        """Whether the words between a figure and a group hold a comparison's mark, which puts them
        on its two sides ("als bei Männern", "than among men"; not a bound: "fewer than 20%", "mit
        weniger als zehn Beschäftigten")."""
        return any(t.lower_ in self.data.COMPARISON_CASES and number_value(t.nbor().text, t.doc.lang_) is None for t in between)

    def set_annotations(self, mention: Span, roles: Roles) -> None:
        subject, population, cue = roles
        if subject and population:  # the group without what the subject says of it ("Americans [naming the economy ...]")
            said = {t.i for t in subject}
            population = trim([t for t in population if t.i not in said]) or population
        subject_text = phrase_text(subject, [self.written_out(t, subject) for t in subject]) if subject else None
        if subject_text and self.data.SUBCLAUSE_VERB_LAST:
            subject_text = self.verb_second(subject) or subject_text
        if population and self.refers_back(phrase_head(population)):
            population = None  # "19 per cent of that group", "in dieser Altersgruppe": the group named before
        count = next((k for k, t in enumerate(population[:3]) if t.like_num), None) if population else None
        if count is not None and len(population) > count + 1 and not is_compound_part(population[count]) and all(
                t.pos_ in ("ADV", "ADJ") for t in population[:count]):
            # the group, not its count: "Von den 2.000 befragten Beschäftigten", "Von den rund 2.000 Befragten"
            population = trim(population[count + 1 :]) or population
        population_text = self.citation_form(population) if population else None
        tolerance = self.tolerance_named(mention)
        if tolerance and not (subject_text and names_no_group(subject_text, self.data)):
            subject_text = tolerance  # "The margin of error for the full sample is plus or minus 2 percentage points"
        if subject_text and names_no_group(subject_text, self.data):
            population_text = ""  # "The margin of error was 3.9 percent": no group
        annotations = mention._
        annotations.findings_subject = subject_text
        adjuncts = self.pro_verb_adjuncts(subject) if subject else None
        annotations.findings_subject_refers_back = bool(subject) and (
            adjuncts is not None or stands_for_before(subject, self.share_nouns, self.same_words))
        annotations.findings_subject_adjuncts = adjuncts or ""
        annotations.findings_population = population_text
        annotations.findings_population_cue = cue and bool(population_text) and names_many(population)
        head = phrase_head(population) if population_text else None
        # the group's noun with the words before it ("workers" of "workers aged 16 to 24"), for a
        # demonstrative that stands for it later ("for those aged 55 and over"); the demonstrative is none
        opens_with_demonstrative = head is not None and population[0].lower_ in self.data.DEFINED_GROUP_PRONOUNS
        annotations.findings_population_demonstrative = opens_with_demonstrative and head == population[0]
        if head is not None and not opens_with_demonstrative and head.pos_ == "NOUN" and is_plural(head) and "Number=Sing" not in head.morph:
            annotations.findings_population_noun = self.citation_form([t for t in population if t.i <= head.i])
        # a subgroup the clause names ("Among workers under 35, ..."), not the group of the sentences after it
        annotations.findings_population_local = bool(population) and bool(cases(phrase_head(population)) & set(self.data.LOCAL_GROUP_CASES))

    def pro_verb_adjuncts(self, subject: list[Token]) -> str | None:
        """What a clause of a pro-verb with its pro-form adds to the predicate it stands for ("7
        Prozent tun dies sogar mehrmals pro Woche", "7 percent do so several times a week"): its
        other words, without focus particles ("mehrmals pro Woche"); None for another clause."""
        ids = {t.i for t in subject}
        # the verb of the clause itself, not a conjunct in it ("haben sie abgeschlossen oder wollen dies noch tun")
        verb = next((t for t in subject if t.lemma_.lower() in self.data.PRO_VERBS and t.pos_ in ("VERB", "AUX")
                     and (t.head == t or t.head.i not in ids)), None)
        if verb is None:
            return None
        after = [verb.nbor(1)] if verb.i + 1 < len(verb.doc) and verb.i + 1 in ids else []  # "do so daily", "so" hung on "daily"
        forms = [c for c in {*verb.children, *after} if c.lower_ in self.data.PRO_VERB_OBJECTS]
        if not forms:
            return None
        left_out = {verb.i, *(c.i for c in forms), *(c.i for c in verb.children if c.dep_.startswith("aux"))}
        rest = [t for t in subject if t.i not in left_out and t.lower_ not in self.data.FOCUS_PARTICLES]
        return phrase_text(rest, [t.text for t in rest]) if rest else ""

    def tolerance_named(self, mention: Span) -> str | None:
        """The measure of no group (`UNPOPULATED_SUBJECTS`) that a tolerance ("plus or minus 2
        percentage points", "plus/minus 1,8 Prozentpunkten") is of, where its sentence names one
        before it, whatever the parse made of the sentence."""
        if not mention.text.lower().startswith(self.data.TOLERANCE_PHRASES):
            return None
        words = [t.text for t in mention.doc[mention.sent.start : mention.start]]
        for k in range(len(words)):
            for name in self.data.UNPOPULATED_SUBJECTS:
                if " ".join(words[k : k + len(name.split())]).lower() == name:
                    named = words[k : k + len(name.split())]
                    return " ".join(named[1:] if named[0].lower() in self.data.DETERMINERS else named)
        return None

    def refers_back(self, noun: Token) -> bool:
        """Whether a group is a part noun with a demonstrative, which stands for the group named
        before ("that group", "diese Altersgruppe")."""
        demonstrative = any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in noun.children)
        return demonstrative and noun.lemma_.lower().endswith(self.data.PART_NOUNS)

    def verb_second(self, tokens: list[Token]) -> str | None:
        """A clause with its verbs last, as a subordinate clause has them ("dass 62 Prozent
        regelmäßig Geld zurücklegen"), in the order of a main clause, the finite verb first and
        its particle last: "legen regelmäßig Geld zurück"; "Aktien besitzen" -> "besitzen
        Aktien". None for a clause whose verb is not last, or that holds more than one clause."""
        def is_verb(token: Token) -> bool:  # by the lexicon where it knows the word ("einkaufen" may be tagged a noun)
            known = word_class(token.text, self.data) if token.is_lower else None
            return known.startswith(self.data.VERB_CLASSES) if known else token.pos_ in ("VERB", "AUX")

        end = len(tokens)
        while end > 0 and is_verb(tokens[end - 1]):
            end -= 1
        if end == len(tokens) or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in tokens[:end]):
            return None
        complex_ = tokens[end:]
        if any(any(c.dep_ in SUBJECTS for c in verb.children) for verb in complex_[:-1]):
            return None  # "die Preise weiter steigen erwarten": two clauses' verbs
        if any("Fin" in verb.morph.get("VerbForm") or verb.morph.get("Mood") for verb in complex_[:-1]):
            return None  # "Die Kosten wurden genannt": the finite verb before the others, a main clause's order
        last = tokens[-1]
        finite = last.text
        participle = "Part" in last.morph.get("VerbForm") or word_class(last.text, self.data) == self.data.PARTICIPLE_CLASS
        if len(complex_) == 1 and participle and last.lemma_.islower():
            # a participle alone says what the figure's group does in the passive ("von 40 Prozent
            # … genutzt"): in the active, its infinitive, the form of the third person plural ("nutzen")
            finite = last.lemma_
        particle = separable_particle(finite, self.data) if len(complex_) == 1 else None
        stem = finite[len(particle) :] if particle else finite
        if end == 0:  # the verb alone: "wo die Mieten um 11 Prozent zulegten" -> "legten zu"
            return f"{stem} {particle}" if particle else None
        first = tokens[0]
        opening = first.text.lower() if first.is_sent_start and first.pos_ not in ("NOUN", "PROPN") else first.text  # "Diese Sicht teilten"
        words = [stem, opening, *(t.text for t in tokens[1:end]), *(t.text for t in tokens[end:-1]), *([particle] if particle else [])]
        return " ".join(word for word in words if word not in QUOTES)

    def written_out(self, token: Token, phrase: list[Token]) -> str:
        """A word of a phrase as written, or a truncated compound completed by the last part of the
        compound coordinated after it outside the phrase ("Förder- (28 Prozent) und Hauptschüler"
        -> "Förderschüler"; "Kommunikations- und Kollaborationsinstrument" stays)."""
        if not (len(token) > 2 and token.text.endswith("-") and token.text[:-1].isalpha()):
            return token.text
        units = {*self.data.PERCENT_UNITS, *self.data.POINT_UNITS}
        after = [t for t in token.doc[token.i + 1 : token.i + 8] if not (t.is_punct or t.like_num or t.lower_ in units)]
        if len(after) < 2 or after[0].pos_ != "CCONJ" or after[1] in phrase:
            return token.text
        part = compound_last_part(after[1].text, self.data)
        return token.text[:-1] + part if part else token.text

    def noun_lemma(self, text: str) -> str:
        """A noun's lemma, for a compound that of its last part: "Gesamtbefragten" ->
        "Gesamtbefragte", as "Befragten" -> "Befragte" (compounds inflect at the end)."""
        part, lemma = self.inflected_part(text)
        return text[: len(text) - len(part)] + (lemma if len(part) == len(text) else lemma[0].lower() + lemma[1:])

    def inflected_part(self, text: str) -> tuple[str, str]:
        """The last part of a noun that the lemma table knows as inflected, and its lemma
        ("Gesamtbefragten" -> ("Befragten", "Befragte")); the noun itself when none is."""
        for start in range(0, len(text) - 3):
            part = text[start:] if start == 0 else text[start:].capitalize()
            lemma = self.lemmas.get(part)
            if isinstance(lemma, str) and lemma != part:
                return part, lemma
        return text, text

    def plural_of(self, noun: str) -> str:
        """The plural of a noun in the singular, by the lemma table and `PLURAL_ENDINGS`: the
        first ending (after `WEAK_NOUN_ENDINGS` their "-en") whose form the table takes back to the
        noun, and for "-e" and "-er" also its dative in "-n", with or without an umlaut
        ("Haushalt" -> "Haushalte", "Kind" -> "Kinder", "Stadt" -> "Städte", "Frau" -> "Frauen");
        a weak noun the table does not know takes "-en" ("Abonnent" -> "Abonnenten"); a compound the
        table does not know inflects its last part ("Fehltag" -> "Fehltage"); a noun that ends like
        a plural keeps its form ("Bürger", "Unternehmen", "Deutsche"), but a
        plain noun in "-e" adds `PLAIN_E_NOUN_PLURAL` ("Familie" -> "Familien", "Nachhilfestunde" ->
        "Nachhilfestunden")."""
        lemmas = self.lemmas
        if not self.data.PLURAL_ENDINGS:
            return noun
        if noun.endswith(self.data.PLURAL_LIKE_ENDINGS):
            last = compound_last_part(noun, self.data) or noun  # a compound inflects its last part
            head = last[:1].upper() + last[1:]
            plain = head.endswith("e") and word_class(head, self.data) == self.data.PLAIN_NOUN_CLASS
            known = lemmas.get(head + self.data.PLAIN_E_NOUN_PLURAL) == head
            return noun + self.data.PLAIN_E_NOUN_PLURAL if plain and known else noun
        endings = ("en", *self.data.PLURAL_ENDINGS) if noun.endswith(self.data.WEAK_NOUN_ENDINGS) else self.data.PLURAL_ENDINGS
        for ending in endings:
            for stem in (noun, umlauted(noun, self.data.UMLAUTS)):
                form = stem + ending
                dative = form.endswith(("n", "s")) or lemmas.get(form + "n") == noun
                if form != noun and lemmas.get(form) == noun and dative:
                    return form
        last = compound_last_part(noun, self.data)
        if last is not None:  # a compound the table does not know inflects its last part ("Mieterhaushalt" -> "Mieterhaushalte")
            plural = self.plural_of(last[:1].upper() + last[1:])
            return noun[: len(noun) - len(last)] + plural[:1].lower() + plural[1:] if plural.lower() != last.lower() else noun
        if noun.endswith(self.data.WEAK_NOUN_ENDINGS):
            return noun + "en"  # a weak noun the table does not know ("Abonnent" -> "Abonnenten")
        return noun

    def drops_plural_n(self, text: str, dative: bool) -> bool:
        """Whether a plural noun ending in -n loses it in the citation form: a dative plural of a
        noun whose plural has none ("Händlern" -> "Händler"; "Einkäufen" -> "Einkäufe" where the
        parse says dative), an adjectival noun ("Befragten" -> "Befragte"); not a weak noun, whose
        plural it is ("die Jungen", "Kunden": the lexicon calls it a plain noun whose singular
        ends in -e)."""
        known = word_class(text, self.data)
        if known is not None and (known == "NNA" or known.startswith("ADJ")):
            return True  # the lexicon knows it as an adjective made a noun ("Reisewilligen", whose parts the lemma table misreads)
        part, lemma = self.inflected_part(text)
        if part[:-1] != lemma:  # the -n is no inflection ("Haushalte" stays) or ends a dative
            return dative and self.lemmas.get(part[:-1]) == lemma  # plural whose plain plural has none ("Einkäufen")
        if part != text and self.lemmas.get(part.lower()) == lemma.lower()[:-1]:
            return True  # the last part of a compound is an adjective made a noun ("65-Jährigen")
        return not (lemma.endswith("e") and word_class(part, self.data) == self.data.PLAIN_NOUN_CLASS)

    def sample_citation_form(self, phrase: str) -> str:
        """A study's sample written after its number ("unter 2.000 befragten Bundesbürgern"), a
        plural, in its citation form: "befragte Bundesbürger" ("Kunden" stays); the phrase that
        narrows it keeps its case ("Pflegekräften in Heimen" -> "Pflegekräfte in Heimen")."""
        phrase = self.before_finite_verb(phrase)
        ending = self.data.OBLIQUE_PLURAL_ENDING
        if not ending:
            return phrase
        words = phrase.split()
        narrowed = next((i for i, word in enumerate(words) if word.lower() in self.data.GROUP_MODIFIER_CASES), len(words))

        def citation(word: str) -> str:
            adjective = word.islower() and word.endswith(ending)
            noun = word[:1].isupper() and word.endswith(ending[-1]) and self.drops_plural_n(word, dative=True)
            return word[:-1] if adjective or noun else word

        return " ".join([*(citation(word) for word in words[:narrowed]), *words[narrowed:]])

    @lru_cache(maxsize=4096)  # noqa: B019 (one component per process; a syndicated article repeats its sample)
    def before_finite_verb(self, phrase: str) -> str:
        """The words of a study's sample before a finite verb or an adverb that follows its noun,
        by the tagger ("U.S. adults ran in May" -> "U.S. adults", "adults online between May 2
        and 9" -> "adults"); a participle or a verb before a number still narrows it ("adults aged
        18 and older")."""
        if self.sentence_parse is None:
            return phrase
        tagged = self.sentence_parse.tag(phrase)
        after_noun = False
        for token in tagged:
            # "adults aged 65 and older": the verb before a number, the word that closes the range
            narrows = (token.i + 1 < len(tagged) and tagged[token.i + 1].like_num) or (
                token.i > 1 and tagged[token.i - 1].pos_ == "CCONJ" and tagged[token.i - 2].like_num)
            if after_noun and not narrows and (token.pos_ in ("AUX", "ADV") or "Fin" in token.morph.get("VerbForm")):
                return tagged[: token.i].text
            after_noun = after_noun or token.pos_ in ("NOUN", "PROPN")
        return phrase

    def oblique_plural(self, group: str) -> str:
        """A plural group in its citation form as it reads after an oblique case's article: its
        adjectives and an adjective made a noun take the ending's last letter, up to its head
        ("Studierende" -> "der Studierenden", "junge Familien" -> "der jungen Familien")."""
        ending = self.data.OBLIQUE_PLURAL_ENDING
        words = group.split(" ")
        for k, word in enumerate(words):
            before_noun = k + 1 < len(words) and words[k + 1][:1].isupper()  # (an adjective capitalised first: "Junge Familien")
            adjective = before_noun and (word.islower() or (word_class(word.lower(), self.data) or "").startswith("ADJ"))
            if ending and word.endswith(ending[:-1]) and (adjective or word_class(word, self.data) == "NNA"):
                words[k] = word + ending[-1]
            if word[:1].isupper():
                break
        return " ".join(words)

    def citation_form(self, tokens: list[Token]) -> str:
        """A group in its citation form: plural adjectives and nouns of an oblique German case
        take the form they have without an article ("aller befragten Unternehmen" -> "befragte
        Unternehmen", "der Deutschen" -> "Deutsche"), the adjectives of a singular the form they
        have after the nominative's article ("der weggeworfenen Menge" -> "weggeworfene Menge")."""
        ending = self.data.OBLIQUE_PLURAL_ENDING
        head = phrase_head(tokens)
        verb_words = verb_phrases(head, self.data)
        tokens = [t for t in tokens if t.i not in verb_words]
        plural = is_plural(head)
        # the head and the nouns coordinated with it, each with the adjectives before it
        # ("der Arbeiter, Angestellten und Beamten" -> "Arbeiter, Angestellte und Beamte")
        nouns = [head, *(c for c in head.conjuncts if c.i > head.i)]
        inflected = {n.i for n in nouns} | {c.i for n in nouns for c in n.children if c.i < n.i and c.dep_ == "amod"}
        counted = any(c.lower_ in self.data.EVERY for c in head.children)  # "jeder fünfte Haushalt": households
        # a singular after a definite article of an oblique case: its adjectives take the ending
        # they have after the nominative's ("der weggeworfenen Menge" -> "weggeworfene Menge")
        oblique = bool(ending) and not plural and any(
            c.dep_ == "det" and "Def" in c.morph.get("Definite") and set(c.morph.get("Case")) & {"Gen", "Dat"} for c in head.children)
        # a singular's genitive -s comes with an article that ends so ("des", "ihres"), not with "der Jobs", a plural's
        genitive_article = any(c.dep_ == "det" and c.lower_.endswith("s") for c in head.children)
        texts = []
        for token in tokens:
            text = self.written_out(token, tokens)
            if token == head and counted:
                text = self.plural_of(text)
            elif oblique and token.i in inflected and token != head and token.is_lower and text.endswith(ending):
                text = text[:-1]
            elif ending and plural and (token.i in inflected or token.i < head.i):
                adjective = (token.pos_ == "ADJ" or token.dep_ == "amod") and token.is_lower  # "befragten" tagged a verb
                nominal = token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.text[:1].isupper())  # "Beschäftigten" tagged ADJ
                dative = "Dat" in token.morph.get("Case") or any(c.lower_ in self.data.DATIVE_PLURAL_MARKS for c in token.children if c.i < token.i)
                noun = nominal and self.drops_plural_n(text, dative)
                if text.endswith(ending[-1]) and (adjective and text.endswith(ending) or noun):
                    text = text[:-1]  # "befragten" -> "befragte", "Händlern" -> "Händler", "Haushalte" stays
            elif token == head and not plural and "Gen" in token.morph.get("Case") and text.endswith("s") and genitive_article:
                lemma = self.noun_lemma(text)  # an amount in the genitive: "ihres Einkommens" -> "Einkommen"
                text = lemma if lemma in (text[:-1], text[:-2]) else text
            texts.append(text)
        return phrase_text(tokens, texts)


class SentenceRoles(ParsedSentence):
    """The roles of the mentions of one parsed sentence."""

    def __init__(self, component: ParsedRoles, parsed: Doc, shares: list[tuple[int, int]], repeats: list[tuple[int, int]]):
        self.anchors = [share_word(parsed[start:end]) for start, end in shares]
        self.spans = {anchor.i: parsed[start:end] for anchor, (start, end) in zip(self.anchors, shares)}
        self.repeat_anchors = {share_word(parsed[start:end]).i for start, end in repeats}
        # each word of a restated share, and the share's own word ("one in five": "five" -> "one")
        self.repeat_words = {i: share_word(parsed[start:end]) for start, end in repeats for i in range(start, end)}
        taken = {i for start, end in shares + repeats for i in range(start, end)}
        anchor_ids = {anchor.i for anchor in self.anchors} | self.repeat_anchors
        super().__init__(component.data, component.lemmas, parsed, taken, anchor_ids)
        self.frame: tuple[Token, int] | None = None  # the group a sentence opens with, and where it ends
        # the words whose group is a plural pronoun that stands for a group of the sentence before ("von ihnen")
        self.refers_back: set[int] = set()
        self.parts_before: set[int] = set()  # figures whose part a pronoun names that the sentence before says
        for anchor in self.anchors:
            self.attach_figure_hung_on_time(anchor)
        self.groups = component.groups(parsed, self.can_be_group, anchor_ids)
        for anchor in self.anchors:
            if anchor.i not in self.groups and (group := self.group_after(self.spans[anchor.i])) is not None:
                self.groups[anchor.i] = group
        for owner, group in list(self.groups.items()):
            if "Rel" in group.morph.get("PronType"):  # "nurses, 58 percent of whom …", "Pflegekräfte, von denen 58 Prozent …"
                antecedent = self.relative_antecedent(group)
                if antecedent is None:
                    del self.groups[owner]
                else:
                    self.groups[owner] = antecedent
            elif "PronType=Prs" in group.morph:  # "with 90 percent of them", "von ihnen"
                antecedent = self.antecedent(group)
                if antecedent is None:
                    del self.groups[owner]
                    if is_plural(group):
                        self.refers_back.add(owner)
                else:
                    self.groups[owner] = antecedent
        for owner, group in self.groups.items():
            attach_relative_clause(parsed[owner], group)
            if owner in self.spans:
                self.attach_narrowing_phrase(self.spans[owner], group)
                self.attach_postposed_adjective(self.spans[owner], group)
        for anchor in self.anchors:
            lead_in = self.lead_in_group(anchor) if anchor.i not in self.groups else None
            if lead_in is not None:  # "Dabei vertrauen die Jugendlichen den Medien: 71 Prozent halten …"
                self.groups[anchor.i] = lead_in
        frame = self.sentence_frame()
        if frame is not None:  # "Among those who …, 65 percent say …", wherever the parse hangs it
            end = self.frame_end(frame)
            self.frame = frame, end
            for anchor in self.anchors:
                if anchor.i not in self.groups and anchor.i > end:
                    self.groups[anchor.i] = frame
        self.part_nouns = component.part_nouns
        self.share_nouns = component.share_nouns
        self.fronted_items: dict[int, bool] = {}
        self.compared_ids = {anchor.i for anchor in self.anchors if self.is_compared(anchor)}

    def lead_in_group(self, anchor: Token) -> Token | None:
        """The plural subject of a clause that leads in to a figure's clause with a colon ("Die
        Jugendlichen vertrauen den Medien mehr: 71 Prozent halten …"), as a list's lead-in does,
        not of a copula ("Die Ergebnisse sind alarmierend: …"), or the group it names with a
        preposition ("Besonders gestiegen ist der Anteil bei den Frauen: von 31 auf 39 Prozent");
        none where a personal pronoun object of the figure's verb stands for it ("…: Ihnen vertrauen
        lediglich 6 Prozent")."""
        colon = next((t for t in reversed(self.parsed[: anchor.i]) if t.text == ":"), None)
        def in_own_clause(other: Token) -> bool:  # a figure before it after the colon, with a group, in a clause of its own
            return colon.i < other.i < anchor.i and other.i in self.groups and any(t.text == "," for t in self.parsed[other.i : anchor.i])

        if colon is None or any(in_own_clause(other) for other in self.anchors):
            return None  # ("Nur zwei Prozent der Firmen …, weniger als 40 Prozent …"; but "von 31 auf 39 Prozent" share it)
        verb = next((a for a in anchor.ancestors if self.is_predicate(a) and a.i > colon.i), None)
        if verb is not None and any(c.pos_ == "PRON" and "Prs" in c.morph.get("PronType") and c.dep_ in ("obj", "iobj", "obl")
                                    and not cases(c) and self.parsed[c.i - 1].pos_ != "ADP" and "Yes" not in c.morph.get("Reflex")
                                    for c in verb.children):
            return None  # "Weit abgeschlagen sind soziale Netzwerke: Ihnen vertrauen lediglich 6 Prozent": what they trust
        subjects = [t for t in self.parsed[: colon.i] if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and names_many_by_agreement(t)
                    and t.i not in self.taken and not self.is_first_adverb(t) and not any(c.dep_ == "cop" for c in t.head.children)]
        named = [t for t in self.parsed[: colon.i] if t.pos_ in ("NOUN", "PROPN") and self.names_clause_group(t) and t.i not in self.taken]
        groups = sorted(subjects + named, key=lambda t: t.i)
        return groups[-1] if groups else None

    def attach_figure_hung_on_time(self, anchor: Token) -> None:
        """Repair the parse of a figure hung as an attribute on a word of time before it ("stieg
        im März auf 6,1 Prozent"): a time takes no figure, the verb the time hangs on does."""
        time = anchor.head
        hung = (anchor.dep_ == "nmod" and cases(anchor)) or (anchor.dep_ == "advmod" and not cases(anchor))
        if hung and time.i < anchor.i and time.head != time and self.is_time_word(time):
            # "haben im vergangenen Jahr 78 Prozent der Bevölkerung ... unternommen": a bare figure is the subject
            reattach(anchor, time.head, "obl" if cases(anchor) else "nsubj")

    def attach_narrowing_phrase(self, span: Span, group: Token) -> None:
        """Repair the parse of a prepositional phrase between the group of a figure that opens its
        clause and the clause's verb ("91 Prozent der Befragten im Westen erklären", "56 percent
        of employers in health care have"): the words before a German main clause's verb are one
        phrase, and an English subject ends at its verb, also after "that", so the phrase narrows
        the group down. A German clause after "dass" ends with its verb, which may take the phrase."""
        openers = ("CCONJ",) if self.data.SUBCLAUSE_VERB_LAST else ("CCONJ", "SCONJ")
        before = self.parsed[span.start - 1] if span.start else None
        phrase = self.phrase(group)
        if (before is not None and not before.is_punct and before.pos_ not in openers) or group.i < span.start or not phrase:
            return
        start = phrase[-1].i + 1
        end = start + 1
        while end < len(self.parsed) and self.parsed[end].pos_ in PHRASE_WORDS and not self.is_verb(self.parsed[end]):
            end += 1
        words = self.parsed[start:end]
        if (end >= len(self.parsed) or len(words) < 2 or words[0].lower_ not in self.data.GROUP_MODIFIER_CASES
                or not self.is_verb(self.parsed[end]) or any(t.i in self.taken for t in words)):
            return
        noun = words[0].head
        if start < noun.i < end and noun.pos_ in ("NOUN", "PROPN", "NUM") and not self.is_time(noun) and not is_year(noun.text):
            reattach(noun, group, "nmod")

    def attach_postposed_adjective(self, span: Span, group: Token) -> None:
        """Repair the parse of an adjective after a figure's group in a clause without a verb of
        its own ("Two-Thirds of Americans Unhappy with Government"): an adjective that follows
        its noun says what the noun is, so it is the predicate and the figure its subject."""
        if not span.start <= group.head.i < span.end:
            return
        anchor = span.root
        adjective = next((c for t in [group, *span] for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > group.i), None)
        if adjective is None or adjective.i in self.taken:
            return
        if any(self.is_verb(t) for t in self.parsed if t not in adjective.subtree):
            return
        if reattach(adjective, adjective if anchor.head == anchor else anchor.head, anchor.dep_):
            reattach(anchor, adjective, "nsubj")

    def phrase(self, head: Token, left_out: set[int] = frozenset()) -> list[Token] | None:
        """A noun phrase (`ParsedSentence.phrase`); that of the group a sentence opens with ends
        at the frame's comma, whatever the parse hangs on it ("Among those who do know, | most
        (59 percent) named March")."""
        tokens = super().phrase(head, left_out)
        if tokens and self.frame is not None and head == self.frame[0]:
            tokens = trim([t for t in tokens if t.i < self.frame[1]]) or None
            frame = list(self.parsed[tokens[0].i : self.frame[1]]) if tokens and self.frame[1] < len(self.parsed) else []
            if frame and not any(t.i in self.taken or t.i in left_out or t.is_punct or self.is_finite_in_frame(t) for t in frame):
                # the frame's words up to its comma, whatever the parse hangs them on ("Among
                # households earning less than $40,000 a year, …"), where they hold no clause
                tokens = trim(frame) or tokens
        return tokens

    def is_finite_in_frame(self, token: Token) -> bool:
        """Whether a word of a frame is a finite verb, not a participle after the frame's noun that
        the tagger took for one ("Among renters aged 18 to 29, …")."""
        participle = token.i == self.frame[0].i + 1 and token.lower_.endswith(self.data.POSTPOSED_PARTICIPLE_ENDINGS)
        return "Fin" in token.morph.get("VerbForm") and not participle

    def antecedent(self, pronoun: Token) -> Token | None:
        """What a plural personal pronoun stands for in its own sentence: the last plural noun
        that is a subject before it ("People aged 18 to 29 are the likeliest users, with 90
        percent of them ..."), or that a copula presents ("Besonders betroffen sind
        Alleinerziehende: 41 Prozent von ihnen …"), or plural by its verb where the tags give it no
        number ("fehlten Beschäftigte …, von ihnen …"), not one inside a relative clause; else the first
        plural noun a preposition puts before a verb ("Für Pendler … bleibt das Auto erste Wahl: 64
        Prozent von ihnen …"); else None (the article before says it)."""
        if not is_plural(pronoun):
            return None
        nouns = [t for t in self.parsed[: pronoun.i] if t.pos_ in ("NOUN", "PROPN") and not self.is_first_adverb(t)
                 and (is_plural(t) or (t.dep_ in SUBJECTS and not t.morph.get("Number") and "Number=Plur" in t.head.morph and not is_figure(t)))
                 and t != pronoun.head  # not the part it is the group of ("zwei Drittel von ihnen")
                 and not opens_relative_clause(t)]  # nor the subject of a relative clause ("…, whose parents did not …")
        subjects = [t for t in nouns if t.dep_ in SUBJECTS] or [t for t in nouns if any(c.dep_ == "cop" for c in t.children)]
        if subjects:
            return subjects[-1]
        # "Für Pendler mit einem Arbeitsweg von mehr als 30 Kilometern bleibt das Auto erste Wahl: 64 Prozent von ihnen …"
        framing = [t for t in nouns if t.dep_ == "obl" and t.head.pos_ in ("VERB", "AUX") and cases(t) and not self.is_time_word(t)]
        return framing[0] if framing else None

    def relative_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for: the head of the noun phrase that ends right before
        the comma opening its clause ("among night nurses, 58 percent of whom", "Pflegekräfte im
        Nachtdienst, von denen"), whatever the parse hangs the clause on."""
        comma = next((t for t in reversed(self.parsed[: pronoun.i]) if t.text == ","), None)
        if comma is None or comma.i == 0:
            return None
        noun = self.parsed[comma.i - 1]
        while noun.dep_ in ("nmod", "compound", "flat") and noun.head.i < noun.i and noun.head.pos_ in NOMINALS:
            noun = noun.head  # "Pflegekräfte im Nachtdienst": the phrase's head
        return noun if noun.pos_ in NOMINALS and noun.i not in self.taken else None

    def sentence_frame(self) -> Token | None:
        """The group a sentence opens with, which frames all its figures after it: "Among those
        who know, …", "Unter den Jüngeren …", "Bei Firmen mit … sind es …", "For those aged 65 and
        older, …" (a plural group whose preposition, one of FRAME_CASES, is the sentence's first word)."""
        first = next((t for t in self.parsed if not t.is_punct and t.text not in ("•", "●", "-", "*")), None)  # after a bullet
        if first is None or first.dep_ != "case" or first.lower_ not in self.data.FRAME_CASES:
            return None
        group = first.head
        return group if self.can_be_group(group) and is_plural(group) and group.pos_ in NOMINALS else None

    def frame_end(self, frame: Token) -> int:
        """Where the phrase a sentence opens with ends: its first comma outside brackets that no
        relative clause follows (the text says it; a parse may hang the whole sentence on the
        frame): "Bei kleineren Firmen, deren Umsatz ... liegt, | macht der Anteil ..."."""
        # the pronouns that open a clause on the frame ("die" of "die Kinder haben", however tagged)
        openers = [self.parsed[c.left_edge.i + c.left_edge.is_punct] for c in frame.children if c.dep_ == "acl" and c.i > frame.i]
        clauses = {t.i for t in openers if t.pos_ in ("PRON", "DET")}
        depth = 0
        for token in self.parsed[frame.i :]:
            depth += (token.text == "(") - (token.text == ")")
            following = self.parsed[token.i + 1] if token.i + 1 < len(self.parsed) else None
            relative = following is not None and ("Rel" in following.morph.get("PronType") or following.i in clauses)
            if token.text == "," and depth == 0 and not relative:
                return token.i
        return len(self.parsed)

    def can_be_group(self, token: Token) -> bool:
        """Whether a word a group pattern found can name a group: not a time or an age ("unter 29
        Jahren"), a figure, an object the parse hung on a noun or one thing a verb is about
        ("erzählen von einem Unfall")."""
        return (not self.is_time(token) and not self.is_counted_time(token) and token.i not in self.taken
                and not self.is_object_of_verb(token) and not self.is_first_adverb(token)
                and not is_indefinite_thing(token, self.data.INDEFINITE_OBJECT_CASES))

    def group_after(self, span: Span) -> Token | None:
        """The group the next word of a figure's span opens where the parse missed it ("57% of
        U.S. adults" with "%" taken for a modifier): the noun that word belongs to; or the plural
        noun right after a ratio that counts it ("Two out of three respondents"), also past the words
        that modify it ("one in four rural households") and the bracket of the figure that restates
        it ("Roughly four in ten (41%) households")."""
        if span.end >= len(self.parsed):
            return None
        end = span.end
        if self.parsed[end].text == "(":
            close = next((t.i for t in self.parsed[end + 1 : end + 7] if t.text == ")"), None)
            end = close + 1 if close is not None and close + 1 < len(self.parsed) else end
        if span[-1].like_num:  # the plural noun a ratio counts, past the words that modify it ("one in four rural households")
            for k in range(end, min(end + 4, len(self.parsed))):
                noun = self.parsed[k]
                modified = all(self.parsed[j].head.i in range(end, k + 1) for j in range(end, k))
                if noun.pos_ in ("NOUN", "PROPN") and is_plural(noun) and not self.is_time(noun) and modified:
                    return noun
                if noun.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB"):
                    break
        noun = population_noun_after(span, self.data.POPULATION_AFTER, self.data.INDEFINITE_OBJECT_CASES)
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and not self.is_time(noun) else None

    def roles(self) -> list[Roles]:
        """The roles of each figure; a figure that hangs on another takes that one's roles."""
        found: dict[int, Roles] = self.likelihood_pair() | self.respective_groups()
        for anchor in sorted(self.anchors, key=lambda anchor: len(list(anchor.ancestors))):
            if anchor.i in found:
                continue
            if anchor.i in self.compared_ids:
                # the other side of a comparison measures the same, unless a clause of its own says
                # what ("versus just 26 percent who said in June that ..."), of its own group or the one
                # its brackets follow ("than men (43 percent)")
                group = self.groups.get(anchor.i) or self.compared_group(anchor)
                clause = next((c for c in self.children(anchor) if c.dep_ == "acl" and self.is_predicate(c)), None)
                subject = self.predicate(clause, set()) if clause is not None else None
                found[anchor.i] = (subject, self.phrase(group) if group is not None else None, group is not None)
            else:
                found[anchor.i] = self.roles_of(anchor, found)
        roles = [found[anchor.i] for anchor in self.anchors]
        groups = {i for _, population, _ in roles for t in population or [] for i in [t.i, *(c.i for c in t.children if c.dep_ in ("case", "det"))]}
        before = None  # the subject of the last figure whose clause has one of its own
        for k, (subject, population, cue) in enumerate(roles):
            if subject is None and before and self.anchors[k].i not in self.compared_ids:
                # a year or a focus particle beside the figure is no phrase parallel to the clause
                # before ("2006 schon 11 Prozent": the clause before, as it is)
                remnant = trim([t for t in self.gapped_remnant(self.anchors[k])
                                if t.i not in groups and not is_year(t.text) and t.lower_ not in self.data.FOCUS_PARTICLES])
                if remnant:  # "53 Prozent machen das regelmäßig, 47 Prozent dann und wann"
                    roles[k] = self.with_remnant(before, remnant), population, cue
            before = subject or before
        return roles

    def likelihood_pair(self) -> dict[int, Roles]:
        """The roles of the two figures of a compared likelihood ("Women were more likely than men
        to say the economy is getting worse (45% vs. 31%)"): both say what the infinitive says, the
        first of the clause's subject, the second of the group after "than"; read from the words,
        as the parse of such a sentence seldom holds."""
        words = self.parsed
        for likely in words:
            if likely.lower_ not in self.data.LIKELIHOOD_WORDS or not 0 < likely.i < len(words) - 2:
                continue
            if words[likely.i - 1].lower_ not in self.data.COMPARATIVE_WORDS or words[likely.i + 1].lower_ not in self.data.COMPARISON_MARKS:
                continue
            mark = next((t for t in words[likely.i + 2 :] if t.lower_ in self.data.INFINITIVE_MARKS), None)
            figures = [a for a in self.anchors if mark is not None and a.i > mark.i]
            # or each figure in brackets after its group: "Women (31%) are more likely than men (21%) to …"
            beside = [a for a in self.anchors if mark is not None and a.i < mark.i and self.parsed[self.spans[a.i].start - 1].text == "("]
            figures = figures if len(figures) == 2 else beside
            subject = self.subject_of(likely)
            if mark is None or len(figures) != 2 or subject is None:
                continue
            end = next((t.i for t in words[mark.i + 1 :] if t.text in CLAUSE_MARKS or t.i in self.taken or t == figures[0]), len(words))
            clause = trim(list(words[mark.i + 1 : end]))
            other = trim([t for t in words[likely.i + 2 : mark.i] if t.dep_ != "det" and t.i not in self.taken and t.text not in "()"])
            if not clause or not other or any(self.is_verb(t) for t in other):
                continue
            return {figures[0].i: (clause, self.phrase(subject), True), figures[1].i: (clause, other, True)}
        return {}

    def respective_groups(self) -> dict[int, Roles]:
        """The roles of figures given one for each of coordinated groups, in their order ("Women and
        men volunteered at rates of 31% and 27% respectively", "Männer und Frauen liegen gleichauf
        (47 beziehungsweise 45 Prozent)", "In the north and the west the rates were 39 and 43 per
        cent respectively"): the k-th figure is of the k-th group. The groups are the subject of
        their clause, or share a preposition that names a group or place; what the figures say is
        the clause without the groups where they are its subject, else what the figure's own
        clause says."""
        found: dict[int, Roles] = {}
        for run, joiners in self.respective_runs():
            self.taken |= joiners  # "bzw.", "respectively": part of the figures, not of what they say
            first = self.spans[run[0].i].start
            coordinations = [[head, *(c for c in head.children if c.dep_ == "conj")] for head in self.parsed[:first]
                             if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "conj" and head.i not in self.taken]
            coordinations = [c for c in coordinations if len(c) == len(run) and all(
                t.pos_ in ("NOUN", "PROPN") and t.i < first and not self.is_time(t) and t.i not in self.taken for t in c)]
            if not coordinations:
                continue
            groups = coordinations[-1]
            head = groups[0]
            is_subject = head.dep_ in SUBJECTS and self.is_predicate(head.head)
            named = cases(head) & {*self.data.CLAUSE_GROUP_CASES, *self.data.FRAME_CASES, *self.data.GROUP_MODIFIER_CASES}
            if not (is_subject or named):
                continue
            # the groups, the figures and the measure they hang on ("at rates of 31% and 27%")
            left_out = {t.i for t in head.subtree} | {a.i for a in run} | {a.head.i for a in run if a.head.lemma_.lower() in self.share_nouns}
            for anchor, group in zip(run, groups):
                subject = self.predicate(head.head, left_out) if is_subject else self.roles_of(anchor, found)[0]
                found[anchor.i] = subject, self.phrase(group, {g.i for g in groups if g != group}), True
        return found

    def respective_runs(self) -> list[tuple[list[Token], set[int]]]:
        """Runs of figures that give one figure each for several things, with the words that join
        them: joined by a word such as "beziehungsweise" (`RESPECTIVE_JOINERS`), in a language
        that says so after them with a word such as "respectively" (`RESPECTIVELY`)."""
        anchors = sorted(self.anchors, key=lambda anchor: self.spans[anchor.i].start)
        runs, run = [], anchors[:1]
        for anchor in anchors[1:]:
            between = [t.lower_ for t in self.parsed[self.spans[run[-1].i].end : self.spans[anchor.i].start] if t.text != ","]
            if between and all(word in self.data.RESPECTIVE_JOINERS for word in between):
                run.append(anchor)
                continue
            runs.append(run)
            run = [anchor]
        runs.append(run)
        found = []
        for run in (run for run in runs if len(run) > 1):
            start, end = self.spans[run[0].i].start, self.spans[run[-1].i].end
            joiners = {t.i for t in self.parsed[start:end] if t.lower_ in self.data.RESPECTIVE_JOINERS}
            said = [t.i for t in self.parsed[end : end + 3] if t.lower_ in self.data.RESPECTIVELY]
            if said or not self.data.RESPECTIVELY:
                found.append((run, joiners | set(said)))
        return found

    def is_gapped(self, anchor: Token) -> bool:
        """Whether a figure stands in a verbless clause after another figure's clause."""
        if self.bracketing_noun(anchor) is not None:
            return False
        window = self.clause_window(anchor)
        earlier = any(a.i < window.start for a in self.anchors)
        return earlier and bool(self.gapped_remnant(anchor))

    def gapped_remnant(self, anchor: Token) -> list[Token]:
        """What a verbless clause says beside its figure ("29 Prozent gelegentlich"), or nothing
        when the clause has a verb of its own. A list that opens the clause shares what follows it."""
        window = self.clause_window(anchor) if self.fronted_list_item(anchor) else self.own_segment(anchor)
        tokens = [t for t in self.parsed[window.start : window.stop] if t.i not in self.taken]
        participles = self.data.PRESENT_PARTICIPLE_LEMMA_ENDINGS
        if any(t.pos_ in ("VERB", "AUX") and not (participles and t.lemma_.endswith(participles)) for t in tokens):
            return []  # a clause of its own ("mit sinkenden": an adjective)
        group = self.groups.get(anchor.i)
        inside = {t.i for t in group.subtree} if group is not None else set()
        return trim([t for t in tokens if t.i not in inside and not t.is_punct])

    def remnant_group(self, anchor: Token) -> Token | None:
        """The group a verbless clause names as the clause before named its own ("Unter den
        Grünen-Anhängern befürworten 81 Prozent X, unter den FDP-Anhängern nur 22 Prozent")."""
        segment = self.own_segment(anchor)
        return next((t for t in self.parsed[segment.start : segment.stop]
                     if t.pos_ in ("NOUN", "PROPN") and self.names_clause_group(t) and t.i not in self.taken), None)

    def echoes_predicate(self, noun: Token, anchor: Token) -> bool:
        """Whether the phrase of the verbless clause of the figure `anchor` has the preposition of a
        phrase before that is no other figure's group ("Die Hälfte lebt bei ihren Kindern, 20
        Prozent bei Nachbarn"): it says what they do, as that one does."""
        groups = {self.groups[other.i].i for other in self.anchors if other != anchor and other.i in self.groups}
        return bool(cases(noun)) and any(
            t.pos_ in ("NOUN", "PROPN", "PRON") and is_parallel(noun, t) and t.i not in groups and t.i not in self.taken
            for t in self.parsed[: self.own_segment(anchor).start])

    def names_clause_group(self, noun: Token) -> bool:
        """Whether a noun is a plural with the preposition of a group named on the clause ("bei
        jungen Wählern", "among seniors")."""
        return is_plural(noun) and bool(cases(noun) & set(self.data.CLAUSE_GROUP_CASES))

    def with_remnant(self, subject: list[Token], remnant: list[Token]) -> list[Token]:
        """The subject of a verbless clause: the clause before it with the part that the remnant
        stands parallel to put in its place ("litten ... an Erkältung, 26 Prozent an Kopfschmerzen"
        -> "litten ... an Kopfschmerzen", also under an adverb the parse put over it: "wohnten bei
        beiden Eltern, 12 Prozent allein bei der Mutter"), else the verb before and the remnant."""
        ids = {t.i for t in remnant}
        heads = [t for t in remnant if t.head.i not in ids or t.head == t]
        below_adverbs = [c for head in heads if head.pos_ == "ADV" for c in head.children if c.i in ids and cases(c)]
        for head in [*heads, *below_adverbs]:
            parallel = next((t for t in subject if t.i not in ids and is_parallel(t, head)), None)
            if parallel is not None:
                replaced = {t.i for t in parallel.subtree}
                at = next(k for k, t in enumerate(subject) if t.i in replaced)
                kept = [t for t in subject if t.i not in replaced]
                return [*kept[:at], *remnant, *kept[at:]]
        verb = next((t for t in subject if self.is_verb(t)), None)
        if all(head.pos_ in ("ADV", "ADJ") and head.dep_ == "advmod" for head in heads) or (verb is not None and is_adverbial(remnant)):
            # "setzen auf Homeoffice, jedes fünfte sogar vollständig", "fahren mit dem Rad, 12 Prozent
            # ab und zu": an adverb added
            return [*subject, *remnant]
        if verb is None and all(cases(head) or head.pos_ == "ADV" for head in heads):
            # "In der IT-Branche liegt die Quote bei 76 Prozent, im Gastgewerbe dagegen bei 3 Prozent":
            # the remnant names where, the measured noun stays
            return subject
        return [verb, *remnant] if verb is not None else remnant

    def place_of(self, anchor: Token) -> list[Token] | None:
        """The place a figure's clause names with a word of `PLACE_CASES` ("In ländlichen Gemeinden
        sind es 47 Prozent", "In rural areas, the share was 41 percent"): the phrase with its
        preposition nearest the figure between the figures beside it, one within the figure's
        commas first, none after a comma that follows it ("Im Norden sind es 38 Prozent, im Süden
        nur 21 Prozent"; "30 im Osten und 20 Prozent im Westen"), none of a verb before a colon. None for a time, a direction, a
        study, a figure's own group, or a place that narrows a noun other than a figure."""
        span = self.spans[anchor.i]
        start = max((s.end for s in self.spans.values() if s.end <= span.start), default=0)
        stop = min((s.start for s in self.spans.values() if s.start >= span.end), default=len(self.parsed))
        group = self.groups.get(anchor.i)
        inside = {t.i for t in group.subtree} if group is not None else set()

        def distance(noun: Token) -> tuple[bool, int]:  # (the comma the parser may hang on the phrase after it counts)
            first_word = min(t.i for t in noun.subtree if not t.is_punct)
            between = range(noun.i + 1, span.start) if noun.i < span.start else range(span.end, first_word)
            return any(self.parsed[i].text == "," for i in between), len(between)

        places = []
        for noun in self.parsed[start:stop]:
            case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in self.data.PLACE_CASES), None)
            if case is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i in inside or noun.i in self.taken:
                continue
            if self.is_time(noun) or self.is_time_word(noun) or self.names_study(noun) or "Acc" in noun.morph.get("Case"):
                continue  # "in June", "in die Strompreise" (a direction)
            if any(c.like_num for c in noun.children) or anchor in noun.subtree:
                continue  # "in the 2022 edition", "in zehn Gehminuten": an edition or a distance, no place
            head = noun.head.head if noun.dep_ == "conj" else noun.head  # "im Osten und im Westen"
            if head.pos_ not in ("NOUN", "PROPN", "PRON") or head.i in self.anchor_ids:
                places.append(noun)
        places = [noun for noun in places if noun.i < span.start or not distance(noun)[0]]  # after a comma: the next clause's
        # before a colon, of a verb there: the clause that announces the figure's ("Selbstgemachtes liegt im Trend: Gut 40 Prozent …")
        places = [noun for noun in places if not (noun.i < span.start and noun.head.pos_ in ("VERB", "AUX") and any(
            t.text in (":", ";") for t in self.parsed[max(noun.i, noun.head.i) + 1 : span.start]))]
        if not places:
            return None
        place = min(places, key=distance)
        others = {t.i for c in place.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        start = min(c.i for c in place.children if c.dep_ == "case")  # from its preposition on
        return [t for t in place.subtree if t.i >= start and t.i not in self.taken and t.i not in others and t.text not in ("(", ")")]

    def restated_before(self, anchor: Token) -> Token | None:
        """The restated share whose phrase ends right before the bracket a figure stands in, where
        the parse hung the figure elsewhere ("Just over half of the parents polled (52%) said …")."""
        span = self.spans[anchor.i]
        if span.start < 2 or self.parsed[span.start - 1].text != "(":
            return None
        return next((share for share in set(self.repeat_words.values()) if share.right_edge.i == span.start - 2
                     and anchor not in share.subtree and share not in anchor.subtree), None)

    def own_segment(self, anchor: Token) -> range:
        """A figure's clause, or where other figures share it ("26 Prozent an Kopfschmerzen und 25
        Prozent an Rückenschmerzen"), the part from the figure to the next one."""
        window = self.clause_window(anchor)
        span = self.spans[anchor.i]
        others = [s for s in self.spans.values() if s.start != span.start and s.start in window]
        if not others:
            return window
        start = span.start if any(s.start < span.start for s in others) else window.start
        stop = min([s.start for s in others if s.start > span.start], default=window.stop)
        return range(start, stop)

    def roles_of(self, anchor: Token, found: dict[int, Roles]) -> Roles:
        """The roles of one figure, given those of the figures above it."""
        group = self.groups.get(anchor.i) or self.study_sample(anchor)
        other = next((a for a in anchor.ancestors if a.i in found), None)
        if other is not None and self.restates(anchor, other) and not self.fronted_list_item(anchor):
            subject, population, cue = found[other.i]
            return subject, self.phrase(group) if group is not None else population, cue or group is not None
        continued = self.continued_figure(anchor)
        if continued is not None and continued.i in found:  # "About 40% listen weekly, rising to 52% among the young"
            subject, population, cue = found[continued.i]
            return subject, self.phrase(group) if group is not None else population, cue or group is not None
        item = self.listed_item(anchor)
        if item is not None and all(is_year(t.text) or self.is_time_word(t) or t.is_punct for t in item):
            return None, None, False  # "- 2019: 72 Prozent": the measure before, then; what and whose come from before
        if item is not None:  # "- watching videos online (72%)"; a noun of the item is no group
            group = group if group is not None and group.i > anchor.i else None
            return item, self.phrase(group) if group is not None else None, group is not None
        topic = self.absolute_topic(anchor)
        if topic is not None:  # "…, with fruit flavors the most popular at 63 percent"
            return self.phrase(topic, {anchor.head.i}), self.phrase(group) if group is not None else None, group is not None
        ranked = self.ranked_item(anchor) or self.linked_item(anchor)
        if ranked is not None:  # "Dahinter folgen Spanien mit 14 Prozent und Italien mit 9 Prozent"
            group = group if group is not None and group.i not in {t.i for t in ranked} else None
            return ranked, self.phrase(group) if group is not None else None, group is not None
        if self.is_gapped(anchor):  # "53 Prozent machen das regelmäßig, 47 Prozent dann und wann"
            if group is not None and group.i not in self.clause_window(anchor):
                group = None  # "wohnten bei beiden Eltern, 12 Prozent bei der Mutter": the other clause's
            group = group or self.remnant_group(anchor)
            if group is not None and self.echoes_predicate(group, anchor):
                group = None  # "lebt bei ihren Kindern, 20 Prozent allein bei Nachbarn": where, as the clause before says
            return None, self.phrase(group) if group is not None else None, group is not None
        hung = anchor.head.i in self.repeat_words and anchor.dep_ in BRACKETED
        restated_share = self.repeat_words[anchor.head.i] if hung else self.restated_before(anchor)
        if restated_share is not None:
            # "jeder Dritte (31 Prozent)", "one in five (20.2%)": the restated share is the figure
            anchor = restated_share
            restated = [i for i, share in self.repeat_words.items() if share == anchor]
            group = self.groups.get(anchor.i, group) or self.group_after(self.parsed[min(restated) : max(restated) + 1])
        head = anchor.head
        found = self.found_by_study(anchor, group)
        if found:  # "The survey found 57 percent in favor and 36 percent opposed"
            return found, self.phrase(group) if group is not None else None, group is not None
        source_of = self.reported_by(anchor)
        if source_of is not None:  # "Cost was the main barrier, according to 71 percent of owners"
            return source_of, self.phrase(group) if group is not None else None, group is not None
        done = self.passive_done_by(anchor)
        if done is not None:  # "Environmental concerns were cited by just 7 per cent"
            return done, self.phrase(group) if group is not None else None, group is not None
        done_to = self.done_to_by(anchor)
        if done_to is not None:  # "Labor costs were the top concern, cited by 44 percent of owners"
            return self.phrase(done_to, {head.i}), self.phrase(group) if group is not None else None, group is not None
        cleft = self.cleft_clause(anchor)
        if cleft is not None:  # "Bei den Jüngeren sind es 45 Prozent, die online einkaufen"
            return self.predicate(cleft, set()), self.phrase(group) if group is not None else None, group is not None
        part = self.part_named_by(anchor)
        if part is not None:  # "Electric models accounted for 14.6 percent of all new registrations"
            return self.phrase(part), self.phrase(group) if group is not None else None, group is not None
        if anchor.i in self.parts_before:  # "… women. They make up 35 percent of regular cyclists": the part is named before
            return None, self.phrase(group) if group is not None else None, group is not None
        whole = self.absolute_of(anchor) if group is None else None
        if whole is not None:  # "Independents are divided, with 51 percent in favor"
            words = self.words_after(anchor, None)
            if words and not any(self.is_verb(t) for t in words):
                return words, self.phrase(whole), True
            group = whole  # "Voters are split, with 45% saying they back the plan"
            if any(c.dep_ == "obj" and c.pos_ == "NOUN" and names_part(c, self.share_nouns) for c in whole.head.children):
                # "Emergency physicians had the highest rate, at 62 percent": the measure named before
                return None, self.phrase(whole), True
            done = next((c for c in whole.head.children if c.dep_ == "xcomp" and self.is_verb(c)), None)
            if not words and done is not None:  # "Adults aged 18 to 34 were the most likely to rent, at 45 percent": the infinitive says what they do
                return self.predicate(done, set()), self.phrase(whole), True
        noun = self.bracketing_noun(anchor)
        if noun is not None:
            return self.bracketed(anchor, noun, group)
        verb = self.bracketing_verb(anchor)
        if verb is not None:  # "dass sie mehr Obst essen (40 Prozent)": the figure of the clause it closes
            own = self.subject_of(verb)
            if group is None and own is not None and own.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in self.data.RANKING_VERBS:
                return self.phrase(own), None, False  # "Shorter travel times came second (34%)": the item ranked
            if group is None and own is not None and own.pos_ in ("NOUN", "PROPN") and not self.is_passive(verb):
                return self.closed_clause(anchor, verb, {own.i}), self.phrase(own), True
            return self.closed_clause(anchor, verb, set()), self.clause_group(verb, group), group is not None
        counted_noun = self.noun_counted_by(anchor)
        if counted_noun is not None:  # "Jeder zehnte Deutsche hält ...": the noun is the group
            left_out = {anchor.i, counted_noun.i}
            verb = counted_noun.head if counted_noun.dep_ in ARGUMENTS and counted_noun.head.i != counted_noun.i else self.verb_after(counted_noun)
            subject = self.predicate(verb, left_out) if verb is not None else None
            return subject, self.phrase(group) if group is not None else self.phrase(counted_noun), True
        if anchor.dep_ == "nmod" and self.figure_cases(anchor) & set(self.data.MEASURE_OF) and head.pos_ in NOMINALS:
            while head.dep_ == "nmod" and cases(head) & set(self.data.MEASURE_OF) and head.head.pos_ == "NOUN" and head.head.i < head.i:
                head = head.head  # "a margin of error of 3 points": the measure is the whole "margin of error"
            return self.measure(head, group)  # "eine Fehlertoleranz von 3 Prozent"
        counted = self.counted_noun(anchor)
        if counted is not None and counted == head and group is not None and self.names_clause_group(counted):
            group = None  # "… als bei Männern mit 17 Prozent": its own group, not the clause's
        if counted is not None and is_bare_part_noun(counted, self.share_nouns, besides=(anchor,)):
            # "Unter Alleinerziehenden ist dieser Anteil mit 27 Prozent fast doppelt so hoch": the share named before
            group = group or self.remnant_group(anchor)
            return None, self.phrase(group) if group is not None else None, group is not None
        if counted is not None and group is None and self.is_part_noun(counted) and counted.i in self.groups:
            # "Der Anteil der Radfahrer an allen Verkehrstoten erreichte mit 16,1 Prozent einen Höchststand": a part of a whole
            return self.measure(counted, None)
        if counted is not None and group is None and counted != head and counted.pos_ in ("NOUN", "PROPN") and names_one(counted):
            # "Die Riester-Rente spielt mit 14 Prozent nur noch eine Nebenrolle": one thing, the figure its share
            return self.phrase(counted), None, False
        if counted is not None and group is None:  # "Mit 51 Prozent nutzen Angestellte das Home Office"
            if counted == head:  # "Anhänger der AfD mit 21 Prozent": the clause of the noun
                head = counted.head if counted.dep_ in ARGUMENTS and counted.head != counted else self.verb_after(counted)
            subject = self.predicate(head, {anchor.i, counted.i}) if head is not None else None
            return subject, self.phrase(counted), True
        measured = self.measured_noun(anchor)
        if measured is not None and self.is_pro_form_subject(measured) and self.clause_stood_for(head) is not None:
            measured = None  # "…: this applies to 30 percent of women": what the pronoun stands for is done, no measure
        if measured is not None and self.figure_cases(anchor) & set(self.data.CHANGE_CASES) and group is None:
            # "Der Krankenstand lag um 0,8 Prozentpunkte über dem Durchschnitt": a difference, like a change
            return self.predicate(head, {anchor.i, measured.i}), self.phrase(measured), True
        if measured is not None:
            return self.measure(measured, group)
        changed = self.changed_noun(anchor)
        if changed is not None and group is None and self.is_part_noun(changed) and changed.i not in self.groups and self.defining_clause(changed):
            # "The share who take the bus rose by 3 points", "Der Anteil, der Rad fährt, stieg": the
            # share a clause defines changes, of the group named before
            words = [*(self.phrase(changed) or [changed]), *(self.predicate(head, {anchor.i, changed.i}) or [])]
            return sorted({t.i: t for t in words}.values(), key=lambda t: t.i), None, False
        if changed is not None and group is None:
            counted_group = self.groups.get(changed.i) if self.is_part_noun(changed) else None
            population = self.phrase(counted_group if counted_group is not None else changed)  # "die Zahl der Ehepaare"
            # the amount the change leads to is no part of what changes ("stieg um 6,3 Prozent auf 11.870", "rose 27%, to $46,000")
            amounts = {c.i for c in head.children if cases(c) & set(self.data.LEVEL_CASES) and c.i not in self.anchor_ids
                       and any(t.like_num for t in c.subtree)}
            return self.predicate(head, {anchor.i, changed.i, *amounts}), population, counted_group is not None
        population = self.phrase(group) if group is not None else None
        left_out = {anchor.i} | ({group.i} if group is not None else set())
        if group is not None and anchor.head == group and group.dep_ in ARGUMENTS:
            head = group.head  # "57% of adults say", the figure parsed as a modifier of its group
            return self.predicate(head, left_out), population, True
        if anchor.dep_ in ARGUMENTS and head.i != anchor.i:
            apart = head.i not in self.clause_window(anchor) and not self.only_phrase_between(anchor, head, self.clause_window(head).start)
            own_verb = self.verb_after(anchor) if apart else None
            if own_verb is not None:  # "12 Prozent teilen X nicht, 25 Prozent konnten sich nicht festlegen":
                head = own_verb.head if own_verb.dep_ in ("aux", "cop") else own_verb  # its own clause's verb
            stood_for = self.clause_stood_for(head)
            if stood_for is not None:  # "were more likely to work long hours: 42 percent of them did"
                return stood_for + self.pro_verb_rest(head, left_out), population, group is not None
            return self.predicate(head, left_out), population, group is not None
        # the parse left the figure alone: its clause as the text gives it, from the first verb
        # after the figure and its group ("Almost three-quarters of those polled | describe ...")
        verb = self.verb_after(max([anchor, *(population or [])], key=lambda t: t.i))
        if verb is not None:
            return self.predicate(verb, left_out), population, group is not None
        if any(child.dep_ == "cop" for child in anchor.children):
            # "Demnach sind 40 Prozent der Erwachsenen täglich online", parsed with the figure for the
            # predicate: the copula and what the parse hangs on the figure besides its group
            return self.predicate(anchor, left_out), population, group is not None
        return None, population, group is not None

    def amount_owner(self, anchor: Token, population: list[Token] | None) -> list[Token] | None:
        """Whose amount a figure is a share of, where a plural possessive says it ("Mieterhaushalte
        mussten 27,4 Prozent ihres Nettoeinkommens aufwenden"): the subject of the figure's verb,
        a group without a singular article."""
        head = phrase_head(population) if population else None
        if head is None or not any(c.dep_ == "det" and c.lower_ in self.data.PLURAL_POSSESSIVES for c in head.children):
            return None
        verb = next((a for a in anchor.ancestors if self.is_predicate(a)), None)
        owner = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i not in self.anchor_ids
                      and not any(d.dep_ == "det" and "Sing" in d.morph.get("Number") for d in c.children)), None) if verb is not None else None
        phrase = self.phrase(owner) if owner is not None else None
        return phrase if phrase and not any(self.is_verb(t) and t.i < owner.i for t in phrase) else None  # (not a clause the parse hung on it)

    def clause_stood_for(self, verb: Token) -> list[Token] | None:
        """What a pro-verb ("did", "do so", "tun dies") or a pro-form subject ("Bei Glätte betrifft
        das 30 Prozent der Frauen") stands for where its clause stands beside one before it in its
        sentence that gives no figure: that clause's predicate, or that of the infinitive its
        adjective or verb governs ("were more likely to work long hours: 42 percent of them did" ->
        "work long hours"); None for other verbs."""
        stands_in = verb.lemma_.lower() in self.data.PRO_VERBS or any(self.is_pro_form_subject(c) for c in verb.children)
        before = self.clause_before(verb) if stands_in else None
        if before is None:
            return None
        own = {t.i for t in verb.subtree} - ({t.i for t in before.subtree} if before.head == verb else set())
        if any(t.i in self.anchor_ids for t in before.subtree if t.i not in own):
            return None
        infinitive = next((c for c in before.children if c.dep_ == "xcomp" and self.is_verb(c) and c.i < verb.i), None)
        clause = self.predicate(infinitive if infinitive is not None else before, own - self.anchor_ids)
        return [t for t in clause if t.i < verb.left_edge.i or t.i not in own] if clause else None

    def clause_before(self, verb: Token) -> Token | None:
        """The verb of the clause that a verb's clause stands beside right after it: its head, or a
        clause of its that ends with a colon or semicolon before it ("Viele fahren Rad: Im Sommer
        betrifft das 40 Prozent", with "fahren" a clause of "betrifft")."""
        if verb.head.i < verb.i and (verb.dep_ in ("parataxis", "conj") or (verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children))):
            return verb.head
        return next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "dep", "advcl") and c.i < verb.i and self.is_predicate(c)
                     and any(t.text in (":", ";") for t in self.parsed[c.right_edge.i : verb.i])), None)

    @staticmethod
    def is_pro_form_subject(token: Token) -> bool:
        """Whether a word is a demonstrative pronoun that is its verb's subject ("das", "this")."""
        return token.dep_ == "nsubj" and token.pos_ == "PRON" and is_pro_form(token)

    def pro_verb_rest(self, verb: Token, left_out: set[int]) -> list[Token]:
        """What the clause of a pro-verb adds to the clause it stands for ("tun dies bereits"
        -> "bereits"): its words but the verb, its pro-form, its auxiliaries and focus particles."""
        after = [verb.nbor(1)] if verb.i + 1 < len(self.parsed) else []  # "do so every month", "so" hung on "month"
        forms = [t for t in (*verb.children, *after) if t.lower_ in self.data.PRO_VERB_OBJECTS]
        dropped = {verb.i, *(t.i for t in forms), *(c.i for c in verb.children if c.dep_.startswith("aux") or self.is_pro_form_subject(c))}
        return [t for t in self.predicate(verb, left_out) or [] if t.i not in dropped and t.lower_ not in self.data.FOCUS_PARTICLES]

    def continued_figure(self, anchor: Token) -> Token | None:
        """The figure before whose measure a participle after a comma carries on to this figure
        ("About 40% of adults listen weekly, rising to 52% among 16- to 34-year-olds"), by the
        figure's preposition of a level or a change: a form without tense and without a subject of its own
        says how the same measure moves, so it measures what that figure measures."""
        participle = anchor.head
        untensed = set(participle.morph.get("VerbForm")) & {"Ger", "Part"}
        ranks = participle.lemma_.lower() in self.data.RANKING_VERBS  # "…, followed by fraud at 31%": another item
        if ranks or not (participle.pos_ == "VERB" and untensed and participle.i > 0 and self.parsed[participle.i - 1].text == ","
                and not any(c.dep_ in SUBJECTS for c in participle.children)):
            return None
        if not self.figure_cases(anchor) & {*self.data.LEVEL_CASES, *self.data.CHANGE_CASES}:
            return None  # (not an object: "…, spending 50% of their income on housing" says what they do)
        clause = set(participle.ancestors)
        return next((other for other in reversed(self.anchors) if other.i < participle.i and other.head in clause), None)

    def study_sample(self, anchor: Token) -> Token | None:
        """Whom the study that reports a figure's clause says it asked, where the clause names no
        group ("A poll of MPs found that 62% support …", "Eine Umfrage unter Lehrkräften ergab, dass
        40 Prozent …"): the plural noun the study's sample case hangs on the subject of the
        reporting verb above the figure."""
        verb = next((a for a in anchor.ancestors if a.lemma_.lower() in self.data.REPORTING_VERBS), None)
        study = self.subject_of(verb) if verb is not None else None
        if study is None or not self.names_study(study):
            return None
        return next((c for c in study.children if c.dep_ == "nmod" and c.i > study.i and cases(c) & set(self.data.SAMPLE_CASES)
                     and c.pos_ in ("NOUN", "PROPN") and is_plural(c) and self.can_be_group(c)), None)

    def found_by_study(self, anchor: Token, group: Token | None) -> list[Token] | None:
        """What a study found of a figure it names as its object ("The survey found 57 percent in
        favor and 36 percent opposed", "Die Umfrage ergab 57 Prozent Zustimmung"): the words after
        the figure and its group, up to the next figure or the clause's end. None where the figure
        is no study's object."""
        verb = anchor.head
        if anchor.dep_ != "obj" or verb.lemma_.lower() not in self.data.REPORTING_VERBS:
            return None
        subject = self.subject_of(verb) or next(iter(shared_subjects(verb)), None)  # "The survey, conducted ..., found"
        if subject is None or not self.names_study(subject):
            return None
        return self.words_after(anchor, group)

    def linked_item(self, anchor: Token) -> list[Token] | None:
        """The one thing a linking verb says is what the figure measures, with the figure's "mit" or
        "at" on the noun it is said to be (`RANKED_FIGURE_CASES`: "The car remains the most common
        choice at 41 percent"): the verb's singular subject, the item the figure is the share of."""
        noun = anchor.head
        if anchor.dep_ != "nmod" or noun.pos_ != "NOUN" or noun.i > anchor.i or not self.figure_cases(anchor) & set(self.data.RANKED_FIGURE_CASES):
            return None
        subject = self.said_to_be(noun)
        if subject is None or not names_one(subject) or self.is_part_noun(subject) or subject.i in self.taken:
            return None
        return self.phrase(subject)

    def said_to_be(self, noun: Token) -> Token | None:
        """The noun a copula or a linking verb (`LINKING_VERBS`) says a noun is ("Labor costs were
        the top concern", "The car remains the most common choice"): its subject; None for a noun
        no such verb presents."""
        if any(c.dep_ == "cop" for c in noun.children):
            verb = noun
        elif noun.dep_ in ("ccomp", "xcomp", "obj", "attr") and noun.head.lemma_.lower() in self.data.LINKING_VERBS:
            verb = noun.head
        else:
            return None
        return next((c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None)

    def ranked_item(self, anchor: Token) -> list[Token] | None:
        """The item a ranking names with its figure ("Dahinter folgen Spanien mit 14 Prozent",
        "danach folgten mangelnde Vorkenntnisse mit 44 Prozent", "followed by fraud at 31%"): in a
        clause whose verb ranks (`RANKING_VERBS`), the noun phrase that ends right before the
        figure's "mit" or "at" (`RANKED_FIGURE_CASES`: "die Suche nach Parkplätzen in der
        Innenstadt mit 31 Prozent"), or the words since the item before where they are more, or
        the verb's subject where the verb stands there or the noun names what the item ranks among
        (`LOCAL_GROUP_CASES`: "Seaside towns ranked first among domestic destinations at 47%"),
        also after its rank ("Englisch folgt mit
        37 Prozent", "zuletzt folgt mit 46 Prozent die Produktentwicklung", "Libraries came second
        at 81 percent"); so too in a verbless clause after such a clause ("…, Deutsch mit 29 Prozent")."""
        span = self.spans.get(anchor.i)
        if span is None or span.start < 2 or self.parsed[span.start - 1].lower_ not in self.data.RANKED_FIGURE_CASES:
            return None
        window = self.clause_window(anchor)
        def ranks(tokens: Span) -> bool:
            return any(t.lemma_.lower() in self.data.RANKING_VERBS for t in tokens)

        verbless = not any(self.is_verb(t) for t in self.parsed[window.start : window.stop])
        if not (ranks(self.parsed[window.start : span.start]) or (verbless and ranks(self.parsed[: window.start]))):
            return None
        last = self.parsed[span.start - 2]
        if last.pos_ in ("ADV", "ADJ") and last.head.lemma_.lower() in self.data.RANKING_VERBS:
            last = last.head  # "Libraries came second at 81 percent": the verb's rank
        if last.lemma_.lower() in self.data.RANKING_VERBS:  # its subject, which the parse may take for its object
            subject = next((c for c in last.children if c.dep_ in ("nsubj", "obj") and c.pos_ in ("NOUN", "PROPN")
                            and c != anchor and not self.is_first_adverb(c)), None)
            # (a plural names those who rank: "Dahinter folgen mit 30 Prozent die Jüngeren")
            return self.phrase(subject) if subject is not None and not is_plural(subject) else None
        top = last  # the noun phrase the word before "mit" ends ("die Nutzung von Handy oder Tablet im Bett mit 31 Prozent")
        while top.head.pos_ in ("NOUN", "PROPN") and window.start <= top.head.i < top.i and top.dep_ in ("nmod", "compound"):
            top = top.head
        if top.pos_ not in ("NOUN", "PROPN") or top.i in self.taken:
            return None
        if cases(top) & set(self.data.LOCAL_GROUP_CASES):
            # "Seaside towns ranked first among domestic destinations at 47%": what it ranks among; the item is the subject
            verb = next((t for t in self.parsed[window.start : span.start] if t.lemma_.lower() in self.data.RANKING_VERBS), None)
            subject = self.subject_of(verb) if verb is not None else None
            return self.phrase(subject) if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
        phrase = self.phrase(top, {c.i for c in top.children if c.dep_ == "conj"})  # (without the items coordinated with it)
        item = self.list_item(last)  # the words since the item before ("and data theft by insiders at 9%")
        return item if phrase and item and len(item) > len(phrase) and {t.i for t in phrase} <= {t.i for t in item} else phrase

    def reported_by(self, anchor: Token) -> list[Token] | None:
        """What a figure says, where it opens a phrase that names who reports the sentence ("Cost
        was the main barrier, according to 71 percent of owners", "Geld ist das größte Hindernis,
        so 46 Prozent der Inhaber"): the words of the sentence outside that phrase. None where
        the figure names no source."""
        leads = self.data.REPORTING_LEADS
        first = next((t for t in anchor.subtree if not t.is_punct), anchor)
        after_comma = first.i > 0 and self.parsed[first.i - 1].text == ","  # ", so 46 Prozent der Inhaber"
        if not (any(c.dep_ in ("case", "mark") and c.lower_ in leads for c in anchor.children) or (after_comma and first.lower_ in leads)):
            return None
        source = [t.i for t in anchor.subtree]
        root = next(t for t in self.parsed if t.head == t)
        # the clause the phrase closes, or opens ("According to 46 percent of owners, money is …"),
        # not one joined after it (", while about a quarter said the same of showers")
        before = min(source) > root.left_edge.i
        words = [t for t in root.subtree if (t.i < min(source) if before else t.i > max(source)) and t.text not in ("(", ")")]
        if before:
            words = [t for t in words if t.i < next((c.i for c in root.children if c.dep_ in ("conj", "parataxis") and c.i > root.i), len(self.parsed))]
        return trim(words) or None

    def passive_done_by(self, anchor: Token) -> list[Token] | None:
        """What a figure does, where it is the agent of a passive clause ("Environmental concerns
        were cited by just 7 per cent", "Umweltgründe wurden nur von 7 Prozent genannt"): the verb,
        the clause's subject as its object (without what commas set off) and the verb's other
        words, in the order of a clause with its verb last where the language has one ("cited
        Environmental concerns", "Umweltgründe genannt"). None elsewhere."""
        verb = anchor.head
        if anchor.dep_ != "obl" or verb.pos_ != "VERB" or not self.figure_cases(anchor) & set(self.data.AGENT_CASES):
            return None
        patient = self.subject_of(verb)
        relative = patient is not None and "Rel" in patient.morph.get("PronType")
        if relative:
            patient = self.relative_antecedent(patient)  # "die Unpünktlichkeit, die von 68 Prozent genannt wird"
        if patient is None or not self.is_passive(verb) or patient.pos_ not in ("NOUN", "PROPN"):
            return None
        if relative:  # the antecedent's own words, whatever clause it heads ("The biggest worry was the cost, which …")
            start = min([patient.i, *(c.i for c in patient.children if c.i < patient.i and c.dep_ in ("amod", "compound", "nummod"))])
            done_to = [t for t in self.parsed[start : verb.left_edge.i] if t.i >= patient.i or t.head == patient]
        else:
            done_to = self.phrase(patient) or [patient]
        comma = next((t.i for t in done_to if t.text == ","), None)  # not its relative clause ("…, which experts regard as …")
        done_to = trim([t for t in done_to if comma is None or t.i < comma])
        skipped = {t.i for t in anchor.subtree} | {t.i for t in patient.subtree}
        rest = [t for c in verb.children if not c.dep_.startswith(("aux", "punct", "conj", "cc", "parataxis")) and c.i not in skipped
                and not any(t.i in self.anchor_ids for t in c.subtree)  # not another figure's clause: ", while 19 per cent …"
                for t in c.subtree if t.i not in self.taken]  # "as the main reason", not ", and said they …"
        rest = trim(sorted(rest, key=lambda t: t.i))
        return [*done_to, *rest, verb] if self.data.SUBCLAUSE_VERB_LAST else [verb, *done_to, *rest]  # "Umweltgründe genannt"

    def done_to_by(self, anchor: Token) -> Token | None:
        """What a figure does, where it is the agent of a passive participle after a noun ("the top
        concern, cited by 44 percent of owners"): that noun, or the subject a copula or linking verb
        gives it ("Labor costs were the top concern, cited by ...", "Coffee remains the most common
        remedy, used by …"), or the subject of the clause the
        participle is set off after ("Theft comes first, cited by 38% of owners"); set off by a
        comma, also a figure of where it was done ("Phishing was the most common entry point, cited
        in 54% of incidents")."""
        participle = anchor.head
        if participle.dep_ not in ("acl", "advcl", "parataxis", "appos", "conj") or "Part" not in participle.morph.get("VerbForm"):
            return None  # a participle set off after its noun, whatever the parse calls the link
        if "Pres" in participle.morph.get("Tense") or any(c.dep_.startswith("aux") for c in participle.children):
            return None  # a present participle does, and "by" gives its change: "…, after growing by more than 20%"; so
            # does a perfect: "…, and uptake has grown by 6 percentage points"
        cases_of_figure = self.figure_cases(anchor)
        set_off = participle.i > 0 and self.parsed[participle.i - 1].text == ","
        if not (cases_of_figure & set(self.data.AGENT_CASES) or (set_off and cases_of_figure)):
            return None  # (set off by a comma, also where it was done: "…, cited in 54% of incidents")
        noun = participle.head
        while noun.pos_ == "VERB" and noun.dep_ == "acl":
            noun = noun.head  # "the crime most feared, named by 27 percent"
        if noun.pos_ == "VERB" and participle.dep_ in ("conj", "advcl") and is_finite(noun):
            noun = self.subject_of(noun) or noun  # "Theft comes first, cited by 38% of owners": the clause's subject
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.said_to_be(noun) or noun  # "Coffee remains the most common remedy, used by 63 percent": what the verb says is it

    def cleft_clause(self, anchor: Token) -> Token | None:
        """The verb of the relative clause that says what the share does, where a copula with an
        expletive subject presents the figure ("Bei den Jüngeren sind es 45 Prozent, die online
        einkaufen"; "it is 45 percent who ..."): a clause after the figure opened by a relative pronoun."""
        copula = next((c for c in anchor.children if c.dep_ == "cop"), None)
        verb = anchor if copula is not None else anchor.head  # "it is 45 percent": the figure for the predicate
        subjects = [*verb.children, *(copula.children if copula is not None else [])]  # "es" hung on the copula
        if (copula or verb).lemma_.lower() not in self.data.COPULAS or not any(is_expletive(c) for c in subjects):
            return None
        after = anchor.i + 1
        while after < len(self.parsed) and self.parsed[after].is_punct:
            after += 1
        if after == len(self.parsed) or "Rel" not in self.parsed[after].morph.get("PronType"):
            return None
        # the clause's verb: the first after its relative pronoun, whatever the parse hangs it on
        return next((t for t in self.parsed[after + 1 : self.clause_window(self.parsed[after]).stop] if self.is_verb(t)), None)

    def part_named_by(self, anchor: Token) -> Token | None:
        """The subject of a verb that says what share of a whole it makes up ("Women make up 40
        percent of the workforce", "Elektroautos machten 14,6 Prozent aller Neuzulassungen aus"):
        the part the figure is the share of, its group being the whole; for a personal pronoun, the
        subject of the clause that leads in to it with a colon, else what the sentence before names
        (noted in `parts_before`)."""
        verb = anchor.head
        if anchor.dep_ not in ("obj", "obl") or verb.pos_ not in ("VERB", "AUX"):
            return None
        particles = {c.lower_ for c in verb.children if c.dep_ == "compound" and c.i > verb.i}
        if not any(verb.lemma_.lower() == lemma and (not particle or particle in particles) for lemma, particle in self.data.SHARE_VERBS):
            return None
        subject = self.subject_of(verb)
        if subject is not None and subject.pos_ == "PRON" and "PronType=Prs" in subject.morph:
            subject = self.lead_in_group(anchor)  # "Frauen tragen die Hauptlast: Sie stellen 71 Prozent der Pflegenden"
            if subject is None:
                self.parts_before.add(anchor.i)  # the sentence before names it (see `ParsedRoles.last_group_before`)
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None

    def words_after(self, anchor: Token, group: Token | None) -> list[Token] | None:
        """The words after a figure and its group, up to the next figure or the clause's end."""
        inside = {t.i for t in group.subtree} if group is not None else set()
        words = []
        end = self.spans[anchor.i].end if anchor.i in self.spans else anchor.i + 1
        for token in self.parsed[end:]:
            if token.i in self.taken or self.is_boundary(token.i):
                break
            if token.i not in inside:
                words.append(token)
        return trim(words) or None

    def absolute_topic(self, anchor: Token) -> Token | None:
        """The noun of an absolute phrase whose predicate the figure measures (", with fruit
        flavors the most popular at 63 percent"): what the share is of."""
        predicate = anchor.head
        if not self.figure_cases(anchor) & set(self.data.ABSOLUTE_CASES) or predicate.pos_ not in ("ADJ", "VERB") or predicate.i > anchor.i:
            return None
        noun = predicate.head
        return noun if noun.i < predicate.i and noun.pos_ in ("NOUN", "PROPN") and cases(noun) & set(self.data.ABSOLUTE_CASES) else None

    def absolute_of(self, anchor: Token) -> Token | None:
        """The plural subject of the clause a figure is set after in an absolute phrase (", with 51
        percent in favor"): the group the figure is a part of."""
        span = self.spans.get(anchor.i)
        if span is None:
            return None  # a restated share ("one in five (20%)")
        case = next((c for c in anchor.children if c.dep_ == "case" and c.lower_ in self.data.ABSOLUTE_CASES), None)
        if case is None or case.i != span.start - 1 or case.i == 0 or self.parsed[case.i - 1].text != ",":
            return None
        if span.end < len(self.parsed) and self.parsed[span.end].pos_ in ("NOUN", "PROPN"):
            return None  # "with one in five adults smoking": a group of its own
        # (an infinitive's subject is that of the predicate it completes: "Adults were the most likely to rent, at 45 percent")
        subject = next((s for a in anchor.ancestors if self.is_predicate(a) and a.i < case.i if (s := self.subject_of(a)) is not None), None)
        return subject if subject is not None and subject.pos_ in NOMINALS and is_plural(subject) else None

    def noun_counted_by(self, anchor: Token) -> Token | None:
        """The noun a share word modifies right after the mention ("jeder zehnte Deutsche", "drei
        von vier Befragten"), which then names the group."""
        span = self.spans.get(anchor.i)
        noun = anchor.head
        if anchor.lower_ in self.data.PERCENT_UNITS + self.data.POINT_UNITS:
            return None  # "a 20 percent rise": a percent modifies what it measures, no group
        if span is not None and noun.i == span.end and noun.pos_ in ("NOUN", "PROPN", "ADJ") and anchor.dep_ != "nsubj":
            return noun
        after = self.parsed[span.end] if span is not None and span.end < len(self.parsed) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            return None
        left_alone = after.head.i >= span.start and span.start <= anchor.head.i < span.end
        both_subjects = after.head == anchor.head and after.dep_ in SUBJECTS and anchor.dep_ in SUBJECTS
        if left_alone or both_subjects:
            return after  # "7 in 10 Nurses Report ...": the parse left the share alone, or made both subjects
        return None

    def children(self, anchor: Token) -> list[Token]:
        """The dependents of a figure: of any of its words ("was" may hang on the number)."""
        span = self.spans.get(anchor.i)
        if span is None:
            return list(anchor.children)
        return [c for token in span for c in token.children if not span.start <= c.i < span.end]

    def figure_cases(self, anchor: Token) -> set[str]:
        """The prepositions of a figure, also where the parse hangs them on another of its words
        ("um gut 8 %" with "um" on "gut")."""
        return {c.lower_ for c in self.children(anchor) if c.dep_ == "case"}

    def bracketing_noun(self, anchor: Token) -> Token | None:
        """The noun a figure stands beside in brackets ("remote workers (65 percent)"), after a
        dash or colon when the figure has no verb of its own ("Videos – 54 %"), between commas
        as the apposition of a part it restates ("Ein Großteil der Befragten, nämlich 68 Prozent,"),
        or as the partitive that sizes a part ("Eine Mehrheit von 56 Prozent")."""
        span = self.spans.get(anchor.i, self.parsed[anchor.i : anchor.i + 1])
        if span.start < 2:
            return None
        start = span.start
        while start > 2 and self.parsed[start - 1].dep_ == "advmod" and self.parsed[start - 1].head.i in range(span.start, span.end):
            start -= 1  # "nämlich", "namely"
        part, partitive = anchor.head, cases(anchor)
        if anchor.dep_ == "nmod" and part.i < anchor.i and self.is_part_noun(part) and partitive and partitive <= set(self.data.POPULATION_AFTER):
            return part  # "Eine Mehrheit von 56 Prozent lehnt …": the part the figure sizes
        if self.parsed[start - 1].text == "," and span.end < len(self.parsed) and self.parsed[span.end].text == ",":
            owner = self.parsed[start - 2]
            while is_attribute(owner) and owner.head.i < owner.i:
                owner = owner.head  # "Ein Großteil der Befragten": the part, not its group
            return owner if owner.pos_ == "NOUN" and self.is_part_noun(owner) else None
        mark = self.parsed[span.start - 1].text
        # (a figure the parse makes the subject of a verb after it has one, past its relative clause)
        own_verb = self.verb_after(anchor) is not None or (anchor.dep_ in SUBJECTS and self.is_verb(anchor.head) and anchor.head.i > anchor.i)
        if mark != "(" and not (mark in ("–", "—", "-", ":") and not own_verb):
            return None
        before = span.start - 2
        while before > 0 and self.parsed[before].text in QUOTES:
            before -= 1  # 'raise “brand awareness” (18.6%)'
        noun = self.parsed[before]
        while noun.dep_ in ("compound", "flat", "amod", "punct") and noun.i < noun.head.i < span.start:
            noun = noun.head  # not up to the figure a misread parse hangs the noun on
        return noun if noun.pos_ in NOMINALS else None

    def is_compared(self, anchor: Token) -> bool:
        """Whether a figure is the other side of a comparison ("compared with 78 percent", "than
        40 percent", also in brackets after the group a comparison's mark introduces: "than men (43
        percent)"), and so measures what the figure before it measures."""
        data = self.data
        span = self.spans[anchor.i]
        before = self.parsed[span.start - 1].lower_ if span.start else ""
        prepositions = {c.lower_ for c in self.children(anchor) if c.dep_ == "case"} | {before}
        lead = " ".join(t.lower_ for t in self.parsed[max(span.start - 3, 0) : span.start])
        if lead.endswith(data.CLAUSE_COMPARISONS):  # "…, down from 20% in 2019"
            return True
        if span.start >= 2 and self.parsed[span.start - 2].text == "," and before in data.EARLIER_VALUE_CASES:
            return True  # "…, nach 31 Prozent im Jahr 2022"
        if self.compared_group(anchor) is not None:
            return True  # "… häufiger als Männer (43 Prozent)", "more often than men (43 percent)"
        return bool(prepositions & set(data.COMPARISON_CASES)) or (
            anchor.head.lemma_.lower() in data.COMPARISON_VERBS and anchor.dep_ in ("obl", "obj", "nmod")
        )

    def compared_group(self, anchor: Token) -> Token | None:
        """The plural group whose brackets a figure stands in where a comparison's mark introduces
        it ("häufiger als Männer (43 Prozent)", "more often than men (43 percent)"); not a word
        that is no group ("als gut (30 Prozent)", "than in June (53 percent)")."""
        noun = self.bracketing_noun(anchor)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not is_plural(noun) or self.is_time(noun):
            return None
        marks = self.parsed[max(noun.left_edge.i - 1, 0) : noun.i]
        return noun if any(t.lower_ in self.data.COMPARISON_CASES for t in marks) else None

    def restates(self, anchor: Token, other: Token) -> bool:
        """Whether a figure hangs on another as the same measure at another time or place ("up
        from 46 percent", "von 74 auf 78 Prozent"): no verb of its own stands between them, and
        the figure is not bracketed beside a noun coordinated with the other ("Erkennen von
        Gefahren (83 %) und Rücksicht auf andere (81 %)": another item of the list)."""
        noun = self.bracketing_noun(anchor)
        if noun is not None and any(t.dep_ == "conj" for t in [noun, *noun.ancestors] if t.i > other.i):
            return False
        for token in anchor.ancestors:
            if token.i == other.i:
                return True
            if token.pos_ in ("VERB", "AUX"):
                return False
        return False

    def bracketed(self, anchor: Token, noun: Token, group: Token | None) -> Roles:
        """A figure in brackets or after a dash, beside the noun it is about."""
        # "than in early June (53 percent)": the same measure then (not "lack of time (44 percent)")
        if self.is_time_word(noun) and not is_attribute(noun) and self.noun_before_time(noun) is None:
            return None, self.phrase(group) if group is not None else None, group is not None
        if noun.dep_ == "nmod" and self.is_part_noun(noun.head) and noun.head.i in self.groups and (
            self.groups[noun.head.i] == noun or noun.pos_ == "PRON"  # "more than half of them (53%)": the group they stand for
        ):
            noun = noun.head  # "the majority of state residents (92 percent)": the figure is the majority's
        elif self.is_group_of_measure(noun) and not self.beside_item(noun, anchor):
            noun = noun.head  # "Die Abbrecherquote der jungen Männer (13,7 Prozent)": the figure is the rate's
        noun_group = self.groups.get(noun.i)
        first = self.first_conjunct(noun)
        on_clause = noun.dep_ == "obl" or not cases(noun) & set(self.data.GROUP_MODIFIER_CASES)  # not "a choice of brands (48%)"
        if on_clause and self.names_clause_group(noun):
            # "was highest among young voters (64%)", "bei jungen Wählern (64 Prozent)": the group the figure is taken of
            verb = next((a for a in noun.ancestors if self.is_predicate(a)), None) or self.verb_after(anchor)
            return self.closed_clause(anchor, verb, {noun.i}) if verb is not None else None, self.phrase(noun), True
        if self.is_part_noun(noun) or self.has_share(noun):
            # "a majority (54 percent) report", "jeder Dritte (31 Prozent)", "jeder fünfte Bundesbürger (22 Prozent)"
            group = group or noun_group
            verb = next((a for a in [*noun.ancestors] if self.is_predicate(a)), None) or self.verb_after(anchor)
            left_out = {noun.i, anchor.i} | ({group.i} if group is not None else set())
            subject = self.predicate(verb, left_out) if verb is not None else None
            population = self.phrase(group) if group is not None else (self.phrase(noun) if self.has_share(noun) else None)
            return subject, population, population is not None
        if noun_group is not None:  # "Die Abbrecherquote der jungen Männer (13,7 Prozent)"
            return self.phrase(noun, {noun_group.i}), self.phrase(noun_group), True
        if self.ranked_against(noun) or (first.dep_ in SUBJECTS and any(self.ranked_against(c) for c in first.head.children)):
            # "Frauen (35,2 Prozent) lagen knapp vor den Männern (32,9 Prozent)": each figure of its own
            # group, and what they measure was said before
            return None, self.phrase(noun) if first is noun else self.list_item(noun), True
        linked = first.head.lemma_.lower() in self.data.LINKING_VERBS and any(
            c.dep_ in ("obj", "xcomp") and c.pos_ == "NOUN" and c.i > first.head.i for c in first.head.children)  # "bleiben beliebte Anlaufstellen"
        classified = linked or (first.head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in first.head.children))
        if first.dep_ in SUBJECTS and classified:
            # "Flohmärkte (41 Prozent) und Sozialkaufhäuser (27 Prozent) sind beliebte Anlaufstellen": a noun
            # predicate says what kind of thing the items are, so they are items, not groups
            return self.list_item(noun), self.clause_group(noun, group), group is not None
        fronted, verb = self.fronted_list(noun, anchor)
        if fronted:  # "Förder- (28 Prozent) und Hauptschüler (18 Prozent) haben Übergewicht"
            population = self.list_item(noun)
            if verb is None:  # "…, Realschüler (13 Prozent) und Gymnasiasten (5 Prozent) seltener": the clause before's
                return None, population, population is not None
            left_out = {t.i for t in self.parsed[self.clause_window(anchor).start : verb.i]}
            return self.predicate(verb, left_out), population, population is not None
        if first.dep_ in SUBJECTS and (first.head.lemma_.lower() in self.data.RANKING_VERBS or self.is_passive(first.head)):
            # "Es folgen Möbel (24 Prozent) und Smartphones (19 Prozent)": the items ranked, no groups; so
            # are the subjects of a passive ("Genannt wurden hohe Kosten (45 Prozent)"): what was done to
            return self.list_item(noun), self.clause_group(noun, group), group is not None
        after_verb = first.left_edge.i > 0 and self.parsed[first.left_edge.i - 1].pos_ == "VERB"  # "those using AI (71 percent)": an object
        if first.dep_ in SUBJECTS and self.is_predicate(first.head) and first.pos_ in ("NOUN", "PROPN") and not names_many_by_agreement(first) and not after_verb:
            # "TikTok (63%) and Instagram (59%) follow": one thing, the figure is its share
            return self.list_item(noun), self.clause_group(noun, group), group is not None
        if first.dep_ in SUBJECTS and self.is_predicate(first.head):
            # "most remote workers (65 percent) prefer ..."
            population = self.phrase(group) if group is not None else (self.phrase(noun) if first is noun else self.list_item(noun))
            if after_verb and group is None:  # "Most of those using AI (71 percent) said ...": the group the verb's phrase is of
                participle = self.parsed[first.left_edge.i - 1]
                owner = participle.head if participle.dep_ == "acl" else None
                population = self.phrase(owner) if owner is not None else population
            return self.predicate(first.head, {first.i}), population, population is not None
        if first is noun and not self.in_list(noun, anchor):
            verb = self.verb_after(anchor)
            if verb is not None and is_finite(verb) and self.subject_of(verb) in (None, noun):
                # "Junge Käufer (65 Prozent) bevorzugen ...", where the parse missed the subject
                population = self.phrase(group) if group is not None else self.phrase(noun)
                return self.predicate(verb, {noun.i, anchor.i}), population, population is not None
            # "report stocking up on essentials (59 percent)": the figure of the clause it closes;
            # not where the clause names in what role ("Als häufigsten Grund nannten die Betriebe
            # fehlende Bewerbungen (72 Prozent)"): the noun is the item named
            # nor where it ranks the item ("…, gefolgt von der Qualität (43 Prozent)", "followed by time (43%)")
            verb = next((a for a in noun.ancestors if self.is_predicate(a)), None)
            ranks = verb is not None and verb.lemma_.lower() in self.data.RANKING_VERBS
            if verb is not None and not ranks and not any(self.names_role(c) for c in verb.children):
                return self.closed_clause(anchor, verb, set()), self.clause_group(noun, group), True
        said = self.said_to_be(noun)
        if said is not None and said.i < noun.i and said.i not in self.taken:
            # "Lower energy bills were the top motivation (72%)": the item is what the copula says the noun is
            return self.phrase(said), self.clause_group(noun, group), group is not None
        return self.list_item(noun), self.clause_group(noun, group), group is not None

    def ranked_against(self, noun: Token) -> bool:
        """Whether a noun is a group that its clause ranks another against (`RANK_CASES`: "vor den
        Männern", "behind men")."""
        return noun.dep_ == "obl" and is_plural(noun) and bool(cases(noun) & set(self.data.RANK_CASES))

    def listed_item(self, anchor: Token) -> list[Token] | None:
        """What a line of a list names, where its figure closes it in brackets and no finite verb
        says more ("- watching videos online (72%)", "• mehr Zeit für die Familie (30 Prozent)"),
        or where it follows a label's colon or dash, also on a line without a mark ("- customer
        service chatbots: 48%", "Lower overall cost — 54%"): the line's words before the figure."""
        span = self.spans[anchor.i]
        mark = LIST_MARKER.match(self.parsed.text)  # the mark the passages split lists at: "- ", "• ", "1. "
        start = next((t.i for t in self.parsed if t.idx >= mark.end()), len(self.parsed)) if mark else 0
        separator = self.parsed[span.start - 1].text if span.start > start + 1 else ""
        bracketed = separator == "(" and start > 0
        if not (bracketed or separator in (":", "—", "–")) or any(not t.is_punct for t in self.parsed[span.end :]):
            return None
        words = list(self.parsed[start : span.start - 1])
        # (a label before a colon or dash has no verb, whatever the tagger says)
        if any(t.i in self.taken or (bracketed and (t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm"))) for t in words):
            return None
        return trim(words) or None

    def bracketing_verb(self, anchor: Token) -> Token | None:
        """The verb a figure stands beside in brackets at the end of its clause: the word before
        the bracket, or the verb that word (no noun) hangs on ("dass sie mehr Obst essen (40
        Prozent)", "kaufen seltener ein (30 Prozent)", "would stay home (40%)")."""
        span = self.spans.get(anchor.i, self.parsed[anchor.i : anchor.i + 1])
        if span.start < 2 or self.parsed[span.start - 1].text != "(":
            return None
        word = self.parsed[span.start - 2]
        verb = word.head if word.pos_ in ("ADV", "ADP", "PART") and word.head.i < word.i else word
        if verb.dep_ == "xcomp" and verb.head.i < verb.i and self.is_verb(verb.head):
            verb = verb.head  # "they feel stressed (72 percent)": the clause of the verb it completes
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i == verb.i - 1:
            return None  # "the parents polled (52%) said …": a participle of the group before it
        return verb if self.is_verb(verb) else None

    def closed_clause(self, anchor: Token, verb: Token, left_out: set[int]) -> list[Token] | None:
        """The clause of `verb` that a figure in brackets closes: nothing after the figure is that
        clause's ("building a strategy (28%) and measuring …") but the verb's separable particle
        ("stufen … als gut (50 Prozent) ein"). A figure before the verb closes no clause."""
        words = self.predicate(verb, left_out | {anchor.i}) or []
        if anchor.i < verb.i:
            return words or None
        return [t for t in words if t.i < anchor.i or (t.head == verb and t.dep_ == "compound")] or None

    def is_group_of_measure(self, noun: Token) -> bool:
        """Whether a plural noun is the group of the singular noun it hangs on: that noun is a
        measure of the group ("the dropout rate of young men"), not one of its members ("Anhänger
        der AfD")."""
        head = noun.head
        return (noun.dep_ == "nmod" and head.pos_ == "NOUN" and self.groups.get(head.i) == noun
                and is_plural(noun) and "Sing" in head.morph.get("Number"))

    def fronted_list(self, noun: Token, anchor: Token) -> tuple[bool, Token | None]:
        """Whether a list of bracketed items opens its clause, and the finite verb right after it:
        the items are then who the clause speaks of, whatever the parse made of them ("Teachers
        (45 percent) and parents (30 percent) use podcasts"). A list in a verbless clause after
        another figure's clause has no verb of its own ("…, Realschüler (13 Prozent) seltener")."""
        if not self.in_list(noun, anchor):
            return False, None
        window, span = self.clause_window(anchor), self.spans[anchor.i]
        if not all(self.is_item_word(t) for t in self.parsed[window.start : span.start]):
            return False, None
        verb = self.verb_after(anchor)
        items = [a for a in self.anchors if a.i in window and (verb is None or a.i < verb.i) and self.bracketing_noun(a) is not None]
        if len(items) < 2:
            return False, None
        if verb is None:  # gapped: words besides the items, no verb, after another figure's clause
            last = max(s.end for s in self.spans.values() if s.start in window)
            rest = [t for t in self.parsed[last : window.stop] if not t.is_punct]
            gapped = any(a.i < window.start for a in self.anchors) and rest and not any(self.is_verb(t) for t in rest)
            return bool(gapped), None
        only_items = all(self.is_item_word(t) for t in self.parsed[span.end : verb.i])
        return only_items and is_finite(verb), verb

    def fronted_list_item(self, anchor: Token) -> bool:
        """Whether a figure is bracketed beside an item of a list that opens its clause (read once
        per figure: the roles ask it of a figure more than once)."""
        if anchor.i not in self.fronted_items:
            noun = self.bracketing_noun(anchor)
            self.fronted_items[anchor.i] = noun is not None and self.fronted_list(noun, anchor)[0]
        return self.fronted_items[anchor.i]

    def is_item_word(self, token: Token) -> bool:
        """Whether a word can stand in a list of nouns with their figures."""
        return token.pos_ in (*NOMINALS, "ADJ", "NUM", "DET", "CCONJ", "PUNCT") or token.i in self.taken

    def first_conjunct(self, noun: Token) -> Token:
        """The first of a row of coordinated nouns ("Videos, Blogs und Podcasts")."""
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        return noun

    def in_list(self, noun: Token, anchor: Token) -> bool:
        """Whether a bracketed figure's noun is an item of a list: after a lead-in, or next to
        another item with a figure ("toiletries (81 percent), soap (65 percent)")."""
        return self.after_lead_in(noun) or self.beside_item(noun, anchor)

    def beside_item(self, noun: Token, anchor: Token) -> bool:
        """Whether a bracketed figure's noun stands next to another item with a figure, only a
        comma or a conjunction between them."""
        span = self.spans[anchor.i]
        for other_anchor, other in self.spans.items():
            if other.start == span.start or self.bracketing_noun(self.parsed[other_anchor]) is None:
                continue  # itself, or a figure that is no listed item ("stores (48 percent), 65 percent say")
            between = self.parsed[other.end : noun.i] if other.end <= noun.i else self.parsed[span.end : other.start]
            # (a participle without a subject joins items as a conjunction does: "gefolgt von", "followed by")
            joining = [t for t in between if self.is_predicate(t) and not ("Part" in t.morph.get("VerbForm") and self.subject_of(t) is None)]
            if len(between) <= 8 and not joining and any(t.text == "," or t.dep_ == "cc" for t in between):
                return True
        return False

    def after_lead_in(self, noun: Token) -> bool:
        """Whether a noun follows a list's lead-in: a colon or "wie", "such as", "like"."""
        before = [t for t in self.parsed[max(noun.left_edge.i - 3, 0) : noun.left_edge.i]]
        text = " ".join(t.lower_ for t in before)
        return any(t.text == ":" for t in before) or text.endswith(self.data.LIST_INTRODUCERS)

    def clause_group(self, item: Token, group: Token | None) -> list[Token] | None:
        """The group a listed figure belongs to: its own, else the subject of the clause that lists
        it ("Die mittelständischen Firmen nannten ... die Pflege der Kundenbeziehungen (69 %)")."""
        if group is not None:
            return self.phrase(group)
        # a gerund or infinitive has no subject of its own: the verb it hangs on has, where there is
        # one ("a larger share of consumers report stocking up on essentials (59 percent)")
        predicates = [a for a in item.ancestors if self.is_predicate(a)]
        predicates.sort(key=lambda a: bool(set(a.morph.get("VerbForm")) & {"Ger", "Inf"}))
        # "Obst und Gemüse machen 34 Prozent der Menge aus, gefolgt von Brot (17 Prozent)": the items
        # after a figure of a clause above them that names its whole share that whole
        whole = next((self.groups[c.i] for predicate in predicates for c in predicate.children
                      if c.i in self.anchor_ids and c.i in self.groups and c.i < item.i), None)
        if whole is not None:
            return self.phrase(whole)
        for predicate in predicates:
            between = self.parsed[min(predicate.i, item.i) : max(predicate.i, item.i)]
            if any(t.text in (":", ";") for t in between):
                return None  # a list after a lead-in "Genannt werden: ..." is not the clause before
            if predicate.lemma_.lower() in self.data.RANKING_VERBS and self.is_passive(predicate):
                return None  # "…, gefolgt von der Qualität (43 Prozent)": the next item a ranking names, no doers
            if self.is_passive(predicate):  # "used by marketers to boost traffic (20 %)": the doers
                agent = self.agent_of(predicate)
                doers = agent is not None and item.i not in {t.i for t in agent.subtree} and item not in agent.conjuncts
                return self.phrase(agent) if doers else None  # "von der X-Abteilung (33 %) oder Y (25 %)": the items
            if predicate.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in predicate.children):
                return None  # "The most common reasons were cost (45%) and time (38%)": the items are what the subject is
            subject = self.subject_of(predicate)
            if subject is not None and subject.i != item.i and subject.i not in {t.i for t in item.subtree} and item not in subject.conjuncts:
                if subject.pos_ == "PRON":
                    return None
                if self.is_part_noun(subject):  # "A larger group (59 percent) ...", "a share of drivers": its group, if named
                    group = self.groups.get(subject.i) or next((c for c in subject.children if is_attribute(c) and self.can_be_group(c)), None)
                    return self.phrase(group) if group is not None else None
                return self.phrase(subject)
        return None

    def implied_whole(self, part: Token) -> list[Token] | None:
        """The whole a part's group is a part of where the text names none: the noun itself where
        an attribute after it narrows it ("Übernachtungen ausländischer Gäste" -> "Übernachtungen").
        None for a group without one ("der Senioren")."""
        narrowed = any(c.dep_ == "nmod" and c.i > part.i for c in part.children)
        return [part] if narrowed else None

    def measure(self, noun: Token, group: Token | None) -> Roles:
        """The roles of a figure that is the level of a measured noun ("Die Quote liegt bei 3
        Prozent"); a noun that names a part of a group ("Der Anteil der Firmen, die X nutzen")
        gives that group, and the group's relative clause is the subject, as is the clause that
        defines the part of a group named before it ("Among parents, the share who visited in
        person rose to 58%")."""
        owner = self.possessor(noun) if self.is_part_noun(noun) else None
        if owner is not None:  # "Die Karte gewinnt an Bedeutung: Ihr Anteil am Umsatz stieg auf 42 Prozent": the owner's share of the whole
            whole = next((c for c in noun.children if is_attribute(c) and c.i > noun.i and cases(c)), None)
            return self.phrase(owner), self.phrase(whole) if whole is not None else None, whole is not None
        noun_group = self.groups.get(noun.i) or next(  # "the unemployment rate for Black workers"
            (c for c in noun.children if is_attribute(c) and is_plural(c) and cases(c) & set(self.data.FRONTED_GROUP_CASES)), None)
        measured_by_of = any(is_figure(c) and cases(c) & set(self.data.MEASURE_OF) for c in noun.children)  # "ein Krankenstand von 5,9 Prozent"
        if noun_group is None and noun.dep_ == "obj" and noun.lemma_.lower() in self.data.MEASURE_NOUNS:
            # "The North recorded the highest rate": the rate of who records it
            holder = self.subject_of(noun.head)
            noun_group = holder if holder is not None and holder.pos_ in ("NOUN", "PROPN") else None
        elif noun_group is None and noun.dep_ in ("obj", "obl") and measured_by_of:
            # "Frauen waren mit einem Krankenstand von 5,9 Prozent häufiger krankgeschrieben": the plural subject's
            holder = self.subject_of(noun.head)
            noun_group = holder if holder is not None and holder.pos_ in ("NOUN", "PROPN") and is_plural(holder) else None
        group = group or noun_group
        population = self.phrase(group) if group is not None else None
        if noun.pos_ == "PRON":  # "Im Jahr 2021 hatte sie noch bei 10,8 Prozent gelegen": the measure named before
            return None, population, group is not None
        whole = self.phrase(noun)
        if whole and names_no_group(phrase_text(whole), self.data):
            return whole, None, False  # "The margin of error was 3 percent": a measure of no group
        if noun_group is not None and self.is_part_noun(noun):
            clause = next((c for c in noun_group.children if c.dep_ == "acl" and self.is_predicate(c)), None)
            if clause is None and noun_group.i < noun.i:  # "Among parents, the share who visited in person rose to 58%"
                defining = self.defining_clause(noun)
                clause = defining if defining is not None and self.is_predicate(defining) else None
            if clause is None:  # "der Anteil der Raucher unter den Jugendlichen", "the share of electric
                # cars in new registrations", "der Anteil der Kartenzahlungen am Umsatz": the part
                # counts the first, the second is the whole
                whole_group = next((c for c in [*noun.children, *noun_group.children] if is_attribute(c) and c.i > noun_group.i
                                    and (cases(c) & set(self.data.WHOLE_CASES) or (c.head == noun and cases(c) and is_plural(c)))), None)
                if whole_group is not None and group == noun_group and noun_group.i > noun.i:
                    return self.phrase(noun_group, {whole_group.i}), self.phrase(whole_group), True
                if group == noun_group and noun_group.i > noun.i and noun_group.head == noun:
                    # "der Anteil der Übernachtungen ausländischer Gäste lag bei 3,9 %": the part is
                    # what is measured, the whole the kind it narrows ("Übernachtungen"), else the article's
                    return self.phrase(noun_group), self.implied_whole(noun_group), False
            subject = self.predicate(clause, set()) if clause is not None else None
            if subject and group is not None and clause in group.subtree:  # the clause says what the part does, the group stays without it
                population = self.phrase(group, {clause.i})
            return subject, population, True
        return self.phrase(noun, {noun_group.i} if noun_group is not None else set()), population, group is not None

    def possessor(self, noun: Token) -> Token | None:
        """What a possessive before a part noun stands for, where the sentence named it before
        ("Die Karte gewinnt an Bedeutung: Ihr Anteil …", "Cards gain ground: their share …"):
        the last noun subject before it."""
        if not any("Yes" in c.morph.get("Poss") and "3" in c.morph.get("Person") for c in noun.children if c.i < noun.i):
            return None
        return next((t for t in reversed(self.parsed[: noun.i]) if t.dep_ in SUBJECTS and t.pos_ in ("NOUN", "PROPN")), None)

    def measured_noun(self, anchor: Token) -> Token | None:
        """The noun a figure is the level of: "Die Quote liegt bei 3 Prozent", "The rate was 5%", or
        the verb's object that names a measure ("The North recorded the highest rate, at 49.8 per cent")."""
        children = self.children(anchor)
        prepositions = {c.lower_ for c in children if c.dep_ == "case"}
        if any(c.dep_ == "cop" for c in children) or (anchor.dep_ == "ROOT" and not prepositions):
            return next((c for c in children if c.dep_ in SUBJECTS and c.i not in self.taken and not self.is_first_adverb(c)), None)
        # (also where the parse made the figure a second subject after the measure: "Der Anteil … beträgt 49 Prozent")
        second = any(c.dep_ in SUBJECTS and c != anchor and c.i < anchor.i and c.pos_ in ("NOUN", "PROPN") for c in anchor.head.children)
        copula = anchor.head.lemma_.lower() in self.data.COPULAS and (anchor.dep_ not in SUBJECTS or second)
        if prepositions & set(self.data.AGENT_CASES) and self.is_passive(anchor.head):
            return None  # "wurden von 41 Prozent der Befragten genannt": who did it, no level
        if any(is_partitive(c, self.data) for c in children):
            return None  # "bei 89 Prozent davon ist sie integriert": a share of a group, no level
        if copula or prepositions & set(self.data.LEVEL_CASES):  # "liegt bei 3 Prozent", "beträgt 3 Prozent"
            # the verb's object where it names a measure: "The North recorded the highest rate, at 49.8 per cent"
            measure = next((c for c in anchor.head.children if c.dep_ == "obj" and c.lemma_.lower() in self.data.MEASURE_NOUNS), None)
            return measure or self.subject_of(anchor.head, anchor)
        return None

    def counted_noun(self, anchor: Token) -> Token | None:
        """The group a "mit"/"with" figure counts: "Mit 51 Prozent nutzen Angestellte ...",
        "Anhänger der AfD mit 21 Prozent"."""
        if not self.figure_cases(anchor) & set(self.data.WITH_CASES):
            return None
        head = anchor.head
        if head.pos_ in ("NOUN", "PROPN") and head.i < anchor.i:
            return head  # "Anhänger der AfD mit 21 Prozent"
        if not self.is_predicate(head):
            return None
        # German parses confuse subject and object here: the first nominal argument counts, else
        # the first noun after a verb that no preposition governs (the parse lost the clause)
        subject = self.subject_of(head, anchor) or next(
            (c for c in head.children if c.dep_ == "obj" and c.i not in self.taken), None
        ) or (self.noun_after(head) if self.is_verb(head) else None)
        if subject is not None and is_figure(subject):  # "Platz 3 belegt mit 51 Prozent die Produktion": a rank, not what is counted
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "obj") and c.pos_ in NOMINALS and c != subject
                            and c.i not in self.taken and not is_figure(c)), subject)
        return subject if subject is not None and subject.pos_ in NOMINALS else None

    def changed_noun(self, anchor: Token) -> Token | None:
        """What a change rate is of: "Nursing jobs have increased 6 percent", "um 10 Prozent", "Wheat
        yields were down 18%" (`CHANGE_ADVERBS`); also the figure of a comparative ("Energie war 3,2
        Prozent billiger als im Vorjahr")."""
        data, verb = self.data, anchor.head
        if verb.pos_ == "ADJ" and "Cmp" in verb.morph.get("Degree") and not cases(anchor):
            other = next((c for c in verb.children if c.dep_ in SUBJECTS and c != anchor and c.pos_ in ("NOUN", "PROPN")), None)
            return other
        if verb.lower_ in data.CHANGE_ADVERBS and any(c.dep_ == "cop" for c in verb.children) and anchor.dep_ not in SUBJECTS:
            return self.subject_of(verb, anchor)  # "Wheat yields were down 18%"
        if verb.pos_ not in ("VERB", "AUX") or anchor.dep_ in SUBJECTS:
            return None
        prepositions = self.figure_cases(anchor)
        if not (prepositions & set(data.CHANGE_CASES) or (data.BARE_CHANGE and not prepositions and anchor.i > verb.i)):
            return None
        subject = self.subject_of(verb, anchor)
        if subject is not None and "PronType=Rel" in subject.morph and verb.dep_ == "acl":
            return verb.head  # "jobs, which have increased 6 percent"
        return subject

    def defining_clause(self, noun: Token) -> Token | None:
        """The clause that says which of a noun's things are meant: a relative clause or a
        participle after it ("the share who take the bus", "the share planning a switch")."""
        return next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i), None)

    def is_part_noun(self, token: Token) -> bool:
        """Whether a word names a part of a group ("Mehrheit", "most") or is a restated share."""
        return names_part(token, self.part_nouns) or token.i in self.repeat_anchors

    def has_share(self, noun: Token) -> bool:
        """Whether a restated share counts the noun itself: "Jeder fünfte Bundesbürger (22 Prozent)"."""
        return any(c.i in self.taken for c in noun.children if c.dep_ in ("det", "amod", "nummod") and c.i < noun.i)


def is_finite(verb: Token) -> bool:
    """Whether a verb is not marked as an infinitive or participle (the German tags mark few
    verb forms; a verb they took for an adjective has none)."""
    return not set(verb.morph.get("VerbForm")) & {"Inf", "Part", "Ger"}


def phrase_head(tokens: list[Token]) -> Token:
    """The head of a phrase's words: the one nearest the root."""
    return min(tokens, key=lambda t: len(list(t.ancestors)))


def opens_relative_clause(noun: Token) -> bool:
    """Whether a noun is the subject of a relative clause, by a relative pronoun that is it or its
    own ("students, who …", "students, whose parents did not …"), whatever the parse calls the clause."""
    return any("Rel" in t.morph.get("PronType") for t in [noun, *noun.children] if t.i <= noun.i)


def names_no_group(subject: str, data: ModuleType) -> bool:
    """Whether a subject is a measure of no group (`UNPOPULATED_SUBJECTS`: "The margin of error",
    "Die maximale Fehlertoleranz"), also after an adjective."""
    words = subject.lower().split()
    return any(" ".join(words[k:]).startswith(data.UNPOPULATED_SUBJECTS) for k in range(min(len(words), 2)))


def names_many_by_agreement(subject: Token) -> bool:
    """Whether a subject is plural by its own morphology or its determiner's, or, where it stands
    alone, by its verb's ("Junge Käufer (65 Prozent) bevorzugen ..."; "TikTok and Instagram
    follow" are plural by their coordination only)."""
    verb = subject.head
    agrees = not subject.conjuncts and "Number=Plur" in verb.morph and subject.i < verb.i
    return is_plural(subject) or agrees


def names_one(noun: Token) -> bool:
    """Whether a noun is singular, by its morphology or, as a subject alone, by its verb's ("Die
    Riester-Rente spielt", whatever the tagger made of the compound)."""
    by_verb = noun.dep_ in SUBJECTS and "Number=Sing" in noun.head.morph and not noun.conjuncts
    return not is_plural(noun) or by_verb


def names_many(tokens: list[Token]) -> bool:
    """Whether a group's head is plural ("der Befragten", "of adults"), not an amount ("des Budgets")."""
    return is_plural(phrase_head(tokens))


def attach_relative_clause(owner: Token, group: Token) -> None:
    """Repair the parse of a relative clause right after a figure's group that the parser hung on
    the figure ("41 Prozent der Befragten, die bislang nicht daheim arbeiten, hätten ..."): it
    belongs to the group it follows, so the group's phrase takes it in and the predicate leaves it."""
    for clause in list(owner.children):
        first = clause.left_edge
        pronoun = first if first.dep_ != "punct" else clause.doc[first.i + 1] if first.i + 1 < len(clause.doc) else first
        follows = pronoun.i - group.right_edge.i in (1, 2)  # right after it, or after a comma
        if clause.dep_ == "acl" and clause.i > group.i and follows and "Rel" in pronoun.morph.get("PronType"):
            reattach(clause, group, "acl")


def is_parallel(word: Token, other: Token) -> bool:
    """Whether two phrases play the same part in their clauses: they have the same preposition
    ("an Erkältung", "an Kopfschmerzen"), or both are adverbials ("regelmäßig", "gelegentlich";
    "dafür", "dagegen")."""
    prepositions = cases(word)
    if prepositions or cases(other):
        return prepositions == cases(other)
    if all(t.pos_ == "ADV" and "Dem" in t.morph.get("PronType") for t in (word, other)):
        return True  # "dafür", "dagegen": sides, whatever the parse hangs them on
    adverbial = ("ADV", "ADJ")
    return word.pos_ in adverbial and other.pos_ in adverbial and word.dep_ not in ("amod", "compound")


def is_adverbial(words: list[Token]) -> bool:
    """Whether words name no thing, only how or how often ("regelmäßig", "ab und zu"), whatever
    part of speech the tagger gave them; a preposition alone takes a side ("against")."""
    if not all(t.pos_ in ("ADV", "ADJ", "ADP", "CCONJ", "PART") and t.dep_ != "amod" for t in words):
        return False
    return any(t.pos_ in ("ADV", "ADJ", "CCONJ") for t in words)


def in_clause_of_other_figure(parsed: Doc, owner: int, group: Token, figures: set[int]) -> bool:
    """Whether a group after a comma stands in the clause of another figure, up to that clause's
    end ("Unter den Frauen liegt der Anteil bei 52 Prozent, unter den Männern bei 41 Prozent":
    "Männern" is in the clause of 41, though the parse hangs it on the verb of 52)."""
    commas = [t.i for t in parsed[owner + 1 : group.i] if t.text in (",", ";")]
    if not commas:
        return False
    end = next((t.i for t in parsed[group.i + 1 :] if t.text in (",", ";", ".", ":")), len(parsed))
    return any(commas[-1] < figure < end and figure != owner for figure in figures)


def is_name(token: Token) -> bool:
    """Whether a share word is part of a proper name ("Robert Half", "Third Point")."""
    return token.pos_ == "PROPN" and (token.dep_ in ("flat", "compound") or any(c.dep_ in ("flat", "compound") for c in token.children))


@Language.factory(
    "findings_parsed_roles",
    assigns=["span._.findings_subject", "span._.findings_population"],
    requires=["doc.spans", "doc._.findings_parses"],
    default_config={"spans_key": "findings_mentions", "restated_key": "findings_restated"},
)
def make_parsed_roles(nlp: Language, name: str, spans_key: str, restated_key: str) -> ParsedRoles:
    """Create the parse-based role finder."""
    return ParsedRoles(nlp, spans_key, restated_key)

