"""Parse only the sentences that hold a mention, with the project's trained pipeline.

The blank pipeline tokenizes and splits every passage quickly; the trained tagger and parser
(models/<lang>, see models/README.md) run only on the sentences where a mention stands. Each
parsed sentence is a Doc of its own, kept in `doc._.findings_parses` by the index of the
sentence's first token in the passage's Doc. In a language that writes its nouns in lower case, a
heading in title case ("Two-Thirds of Americans Unhappy with Government") is parsed in lower
case, as the pipeline learned such words, and its parse put back on its own words. A sentence
whose verb the tagger took for a noun or an adverb, so that it has none ("About 40 percent feel
lonely", "29 percent of Republicans back the measure", "Women account for 40 percent"), is
parsed again with a stand-in verb in that word's place, and that parse put back on its own words
too; one whose main verb the parser took into a relative clause before it ("The share of owners
who plan to hire rose to 19%") is parsed again without that clause. A line of a list is parsed
without its mark ("• "), which gets back on the root as punctuation, and a comparison that bounds
a count of things ("with fewer than 20 staff") in a bound the parser reads as one ("at least").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from extractors import lang as language_data
from extractors.clauses import is_hyphen_compound_end, names_part
from extractors.sentences import sentence_of
from extractors.shares import number_value
from extractors.word_classes import lexicon_classes

# The marks that open a line of a list ("• ", "- "; see `extractors.sentences.LIST_MARKER`).
LIST_MARKS = ("*", "-", "•", "●", "▪", "◦", "‣", "·")
# Punctuation that ends a clause.
CLAUSE_MARKS = (",", ";", ":", "(", ")", "–", "—", ".", "!", "?")


@cache
def trained_pipeline(path: str) -> Language:
    """The trained pipeline at `path` (loaded once per process)."""
    return spacy.load(path)


class SentenceParse:
    """Tag and parse the sentences of a Doc that hold a mention or a restated share."""

    def __init__(self, lang: str, model: str, spans_keys: list[str], lower_title_case: bool):
        if not Doc.has_extension("findings_parses"):
            Doc.set_extension("findings_parses", default=None)
        self.data = language_data.get(lang)
        self.parser = trained_pipeline(model)
        self.spans_keys = spans_keys
        self.lower_title_case = lower_title_case

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Parse the mention sentences of a batch of Docs together (the network runs faster on
        many sentences at once)."""
        for batch in minibatch(docs, batch_size):
            wanted = [(doc, self.sentences(doc)) for doc in batch]
            copies = [self.copy(sentence) for _, sentences in wanted for sentence in sentences.values()]
            parsed = iter(self.parser.pipe(copies, batch_size=len(copies) or 1))
            for doc, sentences in wanted:
                mentions = doc.spans.get(self.spans_keys[0], [])
                doc._.findings_parses = {start: self.mended(next(parsed), sentence, mentions) for start, sentence in sentences.items()}
                yield doc

    def tag(self, text: str) -> Doc:
        """`text` tagged, not parsed (the parser's the costly part)."""
        doc = self.parser.make_doc(text)
        for name, component in self.parser.pipeline:
            if name != "parser":
                doc = component(doc)
        return doc

    def parse(self, sentence: Span) -> Doc:
        """The parse of one more sentence, asked for by the roles (see `findings_parsed_roles`)."""
        return on_own_words(self.parser(self.copy(sentence)), sentence)

    def mended(self, parsed: Doc, sentence: Span, mentions: Iterable[Span]) -> Doc:
        """A sentence's parse on its own words, parsed again where the tagger missed its verb."""
        parsed = self.with_verb(on_own_words(parsed, sentence), sentence, mentions)
        return self.with_main_verb(parsed, sentence, mentions)

    def with_verb(self, parsed: Doc, sentence: Span, mentions: Iterable[Span]) -> Doc:
        """The parse of a sentence, parsed again with the language's stand-in verb in place of the
        word after a figure that opens a clause without a verb: the figure is the clause's subject,
        and the word after it (and after its "of" group) the verb. Where the sentence has a verb
        elsewhere, the word must be followed by its object ("while only 29 percent of Republicans
        back the measure"), so that a verbless clause stays one ("29 Prozent gelegentlich")."""
        has_verb = any(is_clause_verb(token) for token in parsed)
        replaced = self.nouns_taken_for_verbs(parsed)
        for mention in mentions:
            if not sentence.start <= mention.start < sentence.end:
                continue
            start, end = mention.start - sentence.start, mention.end - sentence.start
            clause = parsed[clause_start(parsed, start) : clause_end(parsed, end)]
            if any(is_clause_verb(token) for token in clause):
                continue
            verb = self.verb_after(parsed, end)
            followed = verb is not None and verb.i + 1 < clause.end and parsed[verb.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "PART")
            if verb is not None and (not has_verb or followed):
                replaced[verb.i] = self.data.STAND_IN_VERB
            elif verb is None and (level := self.verb_before(parsed, start, clause.start)) is not None:
                replaced[level.i] = self.data.STAND_IN_LEVEL_VERB  # "burnout rose to 56 percent"
            elif verb is None and (finite := self.verb_right_before(parsed, start, clause.start)) is not None:
                replaced[finite.i] = self.data.STAND_IN_VERB  # "Von den Jüngeren nutzen 29 Prozent das Angebot"
            elif verb is None and (share := self.share_verb_before(parsed, start, clause.start)) is not None:
                replaced[share.i] = self.data.STAND_IN_VERB  # "Women account for 40 percent of the workforce"
            else:
                continue
            has_verb = True  # the clauses after it may leave it out ("…, 23 Prozent regelmäßig")
        if not replaced:
            return parsed
        return on_own_words(self.parser(self.copy(sentence, replaced)), sentence)

    def nouns_taken_for_verbs(self, parsed: Doc) -> dict[int, str]:
        """Stand-ins (`STAND_IN_NOUN`) for a word after a demonstrative that the tagger took for a
        verb although a finite verb follows it ("Among baby boomers that figure is 17 percent"): a
        demonstrative with a noun is that verb's subject, as "that" cannot be a relative pronoun
        whose clause goes on with another finite verb."""
        if not self.data.STAND_IN_NOUN:
            return {}
        return {word.i: self.data.STAND_IN_NOUN for word, after in zip(parsed[1:], parsed[2:])
                if word.pos_ == "VERB" and parsed[word.i - 1].lower_ in ("that", "this") and after.pos_ in ("AUX", "VERB")
                and "Fin" in after.morph.get("VerbForm")}

    def with_main_verb(self, parsed: Doc, sentence: Span, mentions: Iterable[Span]) -> Doc:
        """The parse of a sentence whose main verb the parser took into a relative clause before it
        ("The share of owners who plan to hire rose to 19%", with "rose" in the clause and a part
        noun for the root): the sentence without the relative clause parsed again for its main
        clause, the relative clause keeping its own parse on the group it follows. The main verb
        is the one right before the first figure after the clause (and its preposition)."""
        root = next(token for token in parsed if token.head == token)
        def is_part_noun(token: Token) -> bool:
            return token.pos_ == "NOUN" and names_part(token, self.data.PART_NOUNS)

        part = root
        if root.pos_ == "VERB" and set(root.morph.get("VerbForm")) & {"Ger", "Part"}:
            # "The share of homes selling above their list price fell to 28 percent": the participle taken for the root
            part = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and is_part_noun(c)), root)
        if not is_part_noun(part):
            # "…, and the share who plan meals for the whole week climbed to 44%": a clause a conjunction joins
            part = next((t for t in parsed if t.dep_ == "conj" and is_part_noun(t)
                         and any(d.dep_ == "cc" for d in parsed[max(t.i - 3, 0) : t.i])), part)
        if not is_part_noun(part) or any(child.dep_ in ("cop", "aux") for child in part.children):
            return parsed
        group = next((child for child in part.children if child.dep_ == "nmod" and child.i > part.i), None)
        if part is not root and part.dep_ != "conj":
            relative = root if group is not None and root.i == group.right_edge.i + 1 else None
        else:
            relative = next((verb for noun in (part, group) if noun is not None for verb in noun.children
                             if verb.dep_ == "acl" and any("Rel" in c.morph.get("PronType") for c in verb.children if c.i < verb.i)), None)
        beside = part is root or part.dep_ == "conj"  # the part noun heads its own clause's subject
        owner = group if group is not None else (part if beside else None)  # "The proportion who say they trust the police has fallen"
        if relative is None or owner is None:
            return parsed
        start = relative.left_edge.i if beside else relative.i
        if start <= owner.i:
            return parsed
        figures = [m.start - sentence.start for m in mentions if relative.i < m.start - sentence.start < len(sentence)]
        if not figures:
            return parsed
        end = figures[0] - 1
        while end > start and (parsed[end].pos_ in ("ADP", "ADV") or parsed[end].text == ","):
            end -= 1  # "rose to 19%", "is now 90%", "has risen, to 26 percent"
        for token in reversed(parsed[start + 1 : end]):  # "has grown", "has also grown"
            if token.pos_ == "AUX":
                end = token.i
            elif token.pos_ != "ADV":
                break
        clause = parsed[start:end]
        if len(clause) < 2 or any(token.is_punct for token in clause):
            return parsed  # no word left for the clause's verb, or a clause closed by a comma
        # the clause's verb: the one the parse gave it, else its last verb, else its last word
        # ("who telecommute fell", with "telecommute" taken for a noun)
        verbs = [token for token in clause if token.pos_ in ("VERB", "AUX")]
        clause_verb = relative if relative in clause else (verbs[-1] if verbs else clause[-1])
        kept = [token.i for token in parsed if not start <= token.i < end]
        main = self.parser(Doc(self.parser.vocab, words=[parsed[i].text for i in kept],
                               spaces=[bool(parsed[i].whitespace_) for i in kept], lemmas=[parsed[i].lemma_ for i in kept]))
        return joined_parse(parsed, main, kept, range(start, end), clause_verb, owner)

    def verb_before(self, parsed: Doc, start: int, clause_start: int) -> Token | None:
        """The word a level's verb must be, before a figure that starts at `start` after one of
        the language's level prepositions ("burnout rose to 56 percent"): a lower-case word the
        tagger took for a noun, after the noun that is its subject (not after an article: "a rise
        to 56 percent" names the change), or after an auxiliary, also set off by a comma from the
        figure ("The share … has also risen, to 26 percent")."""
        k = start - 1
        if parsed[k].lower_ not in self.data.LEVEL_CASES:
            return None
        set_off = k == clause_start and k > 1 and parsed[k - 1].text == ","
        if k <= clause_start and not set_off:
            return None
        word = parsed[k - 2] if set_off else parsed[k - 1]
        if not (word.is_lower and word.is_alpha and word.pos_ in ("NOUN", "ADJ", "ADV")):
            return None
        before = next((t for t in reversed(parsed[: word.i]) if t.pos_ != "ADV"), None)
        if before is not None and before.pos_ == "AUX":
            return word  # "has (also) risen"
        if set_off or word.i - 1 < clause_start or parsed[word.i - 1] != before:
            return None
        return word if before.pos_ in ("NOUN", "PROPN", "PRON") else None

    def verb_right_before(self, parsed: Doc, start: int, clause_start: int) -> Token | None:
        """The verb before a figure that starts at `start`, second in its clause after a fronted
        phrase ("Von den Jüngeren nutzen 29 Prozent ...") or first after a fronted clause ("Wie
        eine Studie zeigt, verzichten 27 Prozent …"), taken for a noun, an adjective or an adverb: a
        lower-case word the language's lexicon knows as a verb first, or as a finite verb at all
        ("Der Umfrage zufolge achten 60 Prozent …", "achten" an ordinal first): a clause without
        a verb has it there (only where nouns are written with a capital, as a lower-case noun is
        then a mistake of the tagger)."""
        after_clause = start - 1 == clause_start > 0 and parsed[clause_start - 1].text == ","
        word = parsed[start - 1] if start - 1 > clause_start or after_clause else None
        if word is None or not self.data.NOUNS_CAPITALIZED or not (word.is_lower and word.is_alpha and word.pos_ in ("NOUN", "PROPN", "ADJ", "ADV")):
            return None
        known = lexicon_classes(self.data.WORD_CLASS_MODEL, word.text)
        finite = any(name.startswith(self.data.VERB_CLASSES) and name.endswith("(FIN)") for name in known)
        return word if known and (known[0].startswith(self.data.VERB_CLASSES) or finite) else None

    def share_verb_before(self, parsed: Doc, start: int, clause_start: int) -> Token | None:
        """The verb that says what share of a whole its subject makes up (SHARE_VERBS), before a
        figure that starts at `start` and its preposition, taken for a noun after the noun that
        is its subject, adverbs between ("Women account for 40 percent", "Live radio still accounts for
        71%", with "account" a noun)."""
        k = start - 1 if start - 1 > clause_start and parsed[start - 1].pos_ == "ADP" else start
        word = parsed[k - 1] if k - 1 > clause_start else None
        if word is None or word.pos_ not in ("NOUN", "ADJ") or word.lemma_.lower() not in {verb for verb, _ in self.data.SHARE_VERBS}:
            return None
        before = word.i - 1
        while before > clause_start and parsed[before].pos_ == "ADV":
            before -= 1  # "Live radio still accounts for 71%"
        return word if parsed[before].pos_ in ("NOUN", "PROPN", "PRON") else None

    def verb_after(self, parsed: Doc, end: int) -> Token | None:
        """The word the verb must be, after a figure that ends at `end`: the next word, or the one
        after the figure's group and its age ("of parents report", "of workers under 35 own"); a
        lower-case word the tagger took for a noun in the singular, an adverb or an adjective; after
        the bracket of a restated share, also one taken for a plural with an object after it ("One
        in two adults (51%) buys groceries")."""
        restated = end + 2 < len(parsed) and parsed[end].text == ")" and parsed[end + 2].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
        if restated:
            end += 1
        if end < len(parsed) and parsed[end].lower_ in self.data.GROUP_CASES:
            # (up to the last word of an age written with hyphens: "of 16- to 29-year-olds stream")
            # (or a plural demonstrative and its participle: "of those surveyed plan to …")
            plural = next((t for t in parsed[end + 1 : end + 9] if (t.pos_ in ("NOUN", "PROPN") or is_hyphen_compound_end(t)
                           or "Dem" in t.morph.get("PronType")) and "Number=Plur" in t.morph), None)
            end = plural.i + 1 if plural is not None else len(parsed)
            if plural is not None and "Dem" in plural.morph.get("PronType") and end < len(parsed) and "Part" in parsed[end].morph.get("VerbForm"):
                end += 1
            while end < len(parsed) and (parsed[end].pos_ in ("ADP", "CCONJ") or parsed[end].like_num):
                end += 1  # an age after the group: "of workers under 35 own a home"
            if end + 1 < len(parsed) and parsed[end - 1].pos_ == "ADP" and parsed[end].pos_ == "PRON" and has_digit(parsed[end + 1].text):
                end += 2  # an age in decades: "of workers in their 50s doubt …"
        word = parsed[end] if end < len(parsed) else None
        # or a finite verb the parser made the attribute of the noun after it ("… der kleinen Unternehmen bieten bezahlten Urlaub an")
        attribute = word is not None and word.pos_ == "VERB" and word.dep_ == "amod" and "Fin" in word.morph.get("VerbForm")
        if word is None or not word.is_lower or not word.is_alpha or (word.pos_ not in ("NOUN", "ADV", "ADJ") and not attribute):
            return None
        return word if attribute or restated or "Number=Plur" not in word.morph else None

    def sentences(self, doc: Doc) -> dict[int, Span]:
        """The sentences of `doc` that hold a mention, by their first token."""
        found = {}
        for key in self.spans_keys:
            for span in doc.spans.get(key, []):
                sentence = sentence_of(span)
                found.setdefault(sentence.start, sentence)
        return found

    def copy(self, sentence: Span, replaced: dict[int, str] | None = None) -> Doc:
        """The sentence as a Doc of the trained pipeline's vocabulary, with its words and lemmas
        (lower-cased but for the first word and acronyms, where it is a heading in title case),
        and the words `replaced` by their index in the sentence; one sentence, which the parser
        does not split."""
        lower = self.lower_title_case and is_title_case(sentence)
        words = [token.lower_ if lower and token.i > sentence.start and not token.is_upper else token.text for token in sentence]
        for k, word in {**self.bounded_counts(sentence), **(replaced or {})}.items():
            words[k] = word
        first = 1 if opens_with_list_mark(sentence) else 0  # parsed without it (see `on_own_words`)
        return Doc(
            self.parser.vocab,
            words=words[first:],
            spaces=[bool(token.whitespace_) for token in sentence][first:],
            lemmas=[token.lemma_.lower() if lower else token.lemma_ for token in sentence][first:],
            sent_starts=[True] + [False] * (len(words) - first - 1),  # one sentence: the parser splits no further
        )


    def bounded_counts(self, sentence: Span) -> dict[int, str]:
        """Stand-ins for a comparison that bounds a count of things after the preposition of a group's
        phrase ("with fewer than 20 staff", "mit weniger als 20 Beschäftigten"), which the parser
        takes for a clause of its own: a bound it reads as one (`COUNT_BOUND_STAND_IN`: "at least",
        "bis zu"), by index in the sentence; the count in digits or words ("mit weniger als zehn
        Beschäftigten"). A percentage's own bound ("More than 40 percent")
        keeps its words."""
        units = {*self.data.PERCENT_UNITS, *self.data.POINT_UNITS}
        words = [token.lower_ for token in sentence]
        found = {}
        for k in range(1, len(words) - 3):
            is_number = sentence[k + 2].like_num or number_value(sentence[k + 2].text, sentence.doc.lang_) is not None  # "zehn"
            counted = is_number and words[k + 3] not in units and sentence[k + 3].is_alpha
            narrows = words[k - 1] in self.data.GROUP_MODIFIER_CASES  # after the preposition of a group's phrase
            if (words[k], words[k + 1]) in self.data.COUNT_BOUNDS and counted and narrows:
                found.update(zip((k, k + 1), self.data.COUNT_BOUND_STAND_IN))
        return found


def joined_parse(parsed: Doc, main: Doc, kept: list[int], clause: range, clause_verb: Token, group: Token) -> Doc:
    """A sentence's parse from the parse `main` of its words `kept` and its own parse of the
    relative `clause` left out of it, whose verb hangs on the `group` it follows."""
    position = {i: k for k, i in enumerate(kept)}
    heads, deps, words = [], [], []
    for token in parsed:
        if token.i in position:
            word = main[position[token.i]]
            heads.append(kept[word.head.i])
            deps.append(word.dep_)
            words.append(word)
            continue
        words.append(token)
        if token == clause_verb:
            heads.append(group.i)
            deps.append("acl")
        elif token.head.i in clause and token.head != token:
            heads.append(token.head.i)
            deps.append(token.dep_)
        else:  # hung outside the clause: on the nearest verb before it ("use TikTok"), else the clause's
            verb = next((t for t in reversed(parsed[clause.start : token.i]) if t.pos_ == "VERB"), clause_verb)
            heads.append(verb.i)
            deps.append("obj" if token.i > verb.i and token.pos_ in ("NOUN", "PROPN") else token.dep_)
    return Doc(
        parsed.vocab,
        words=[token.text for token in parsed],
        spaces=[bool(token.whitespace_) for token in parsed],
        lemmas=[word.lemma_ for word in words],
        heads=heads,
        deps=deps,
        pos=["VERB" if word == clause_verb else word.pos_ for word in words],
        tags=[word.tag_ for word in words],
        morphs=[str(word.morph) for word in words],
    )


def has_digit(word: str) -> bool:
    """Whether a word is written with a digit ("50s")."""
    return any(character.isdigit() for character in word)


def is_clause_verb(token: Token) -> bool:
    """Whether a word is a verb that can head a clause, not an attribute ("of working parents")
    nor a form without tense that its mark makes part of another verb's clause ("commuters cycle
    to work", "plan to cut back on dining out")."""
    untensed = bool(set(token.morph.get("VerbForm")) & {"Inf", "Part", "Ger"})
    marked = untensed and any(c.dep_ == "mark" and c.i < token.i for c in token.children)
    return token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and not marked


def clause_start(parsed: Doc, start: int) -> int:
    """Where the clause of the words from `start` begins: after the punctuation before them."""
    while start > 0 and parsed[start - 1].text not in CLAUSE_MARKS:
        start -= 1
    return start


def clause_end(parsed: Doc, end: int) -> int:
    """Where the clause of the words up to `end` ends: at the punctuation after them."""
    while end < len(parsed) and parsed[end].text not in CLAUSE_MARKS:
        end += 1
    return end


def is_title_case(sentence: Span) -> bool:
    """Whether every word of five letters or more after the first is capitalised, two at least
    (short prepositions stay in lower case in a title: "with", "from")."""
    words = [token.text for token in sentence[1:] if token.is_alpha and len(token) > 4]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def opens_with_list_mark(sentence: Span) -> bool:
    """Whether a sentence opens with the mark of a list's line ("• Unter den Jüngeren sind es
    87 Prozent"), which the parser would take for a word of the sentence."""
    return len(sentence) > 2 and sentence[0].text in LIST_MARKS


def on_own_words(parsed: Doc, sentence: Span) -> Doc:
    """A sentence's parse on the sentence's own words (a copy parsed in lower case has others; one
    parsed without its list mark gets it back, as punctuation on the root)."""
    if parsed.text == sentence.text_with_ws:
        return parsed
    tokens = list(parsed)
    shift = len(sentence) - len(tokens)  # 1 where the list mark was left out
    root = next((t.i for t in tokens if t.head == t), 0) + shift
    return Doc(
        parsed.vocab,
        words=[word.text for word in sentence],
        spaces=[bool(token.whitespace_) for token in sentence],
        lemmas=[sentence[0].text] * shift + [token.lemma_ for token in tokens],
        heads=[root] * shift + [token.head.i + shift for token in tokens],
        deps=["punct"] * shift + [token.dep_ for token in tokens],
        pos=["PUNCT"] * shift + [token.pos_ for token in tokens],
        tags=[""] * shift + [token.tag_ for token in tokens],
        morphs=[""] * shift + [str(token.morph) for token in tokens],
    )


@Language.factory(
    "findings_sentence_parse",
    assigns=["doc._.findings_parses"],
    requires=["doc.spans"],
    default_config={"model": "", "spans_keys": ["findings_mentions", "findings_restated"], "lower_title_case": False},
)
def make_sentence_parse(nlp: Language, name: str, model: str, spans_keys: list[str], lower_title_case: bool) -> SentenceParse:
    """Create the sentence parser over the trained pipeline saved at `model`; `lower_title_case`
    for a language whose nouns are written in lower case."""
    return SentenceParse(nlp.lang, model, spans_keys, lower_title_case)
