"""Subject and population of each mention: what the share is about, and whose share it is.

Without a parser the roles come from the shape of the clause around the mention:
"91 Prozent aller befragten Unternehmen nutzen ..." (population after the mention, subject after
it), "most remote workers (65 percent) prefer ..." (population before a parenthesised mention),
"Markenbildung (72 Prozent), Kundenbindung (58 Prozent)" (a list: the item is the subject).
When a trained pipeline supplies part-of-speech tags, they decide what is a verb.
"""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors import lang as language_data
from extractors.sentences import sentence_of
from extractors.shares import register_extensions
from extractors.tokens import Words, tokens_in, words_of
from extractors.word_classes import WordClasses, is_year

_HARD_BOUNDARIES = {";", ":", "–", "—", "(", ")", "[", "]", "•", "●", "*", "|"}
_QUOTES = {'"', "“", "”", "„", "‚", "‘", "’", "'", "«", "»"}
_NP_PUNCT = {"-", "/", "&", "."}
# Where the tokens of a Doc's mentions are kept while the roles are found (per Doc, so thread-safe).
_MENTION_TOKENS = "findings_mention_tokens"
# What the rules find for a mention: subject tokens, population tokens, whether a cue named it.
Roles = tuple[list[Token], list[Token], bool]
# A parenthesised lead-in longer than this many words is a clause, not a noun phrase.
_MAX_NOUN_PHRASE = 6
# How far after a comma a mention may start for the comma to close the current clause.
_COMMA_LOOKAHEAD = 4


def phrase_text(tokens: list[Token]) -> str:
    """Join tokens as written, quotes dropped, a space where tokens were not adjacent."""
    pieces = []
    for k, token in enumerate(tokens):
        gap = " " if k + 1 < len(tokens) and tokens[k + 1].i != token.i + 1 else ""
        pieces.append((" " if token.text in _QUOTES else token.text) + (token.whitespace_ or gap))
    return " ".join("".join(pieces).split()).strip(" ,;:.-–—")


def is_boundary(words: Words, k: int) -> bool:
    """Whether token `k` closes a clause: semicolon, colon, dash or parenthesis."""
    text = words.text[k]
    if text in _HARD_BOUNDARIES:
        return True
    return text == "-" and bool(words.whitespace[k]) and k > 0 and bool(words.whitespace[k - 1])


def ends_clause(words: Words, k: int) -> bool:
    """Whether token `k` is the last word of its clause."""
    return k + 1 >= len(words.is_punct) or words.is_punct[k + 1]


class ClaimRoles:
    """Set `span._.findings_subject` and `span._.findings_population` for each mention.

    A population of None means the sentence names none (the article's current one applies);
    "" means the measure has no population (a margin of error).
    `span._.findings_population_cue` tells whether the population was named by a cue such as
    "der"/"of"/"among", which makes it the article's current population for later mentions.
    """

    def __init__(self, nlp: Language, spans_key: str, restated_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.restated_key = restated_key
        lemmatizer = nlp.get_pipe("lemmatizer") if nlp.has_pipe("lemmatizer") else None
        lookups = getattr(lemmatizer, "lookups", None)
        self.lemmas = lookups.get_table("lemma_lookup") if lookups and lookups.has_table("lemma_lookup") else {}
        self.lemma_values = set(self.lemmas.values()) if nlp.lang == "de" and self.lemmas else set()
        self.words = WordClasses(self.data, self.lemmas)
        self.closed_class = self.words.closed_class
        data = self.data
        self.comparison_openers = tuple(cue.split()[0] for cue in data.CLAUSE_COMPARISONS)
        # Words skipped before a phrase or predicate, and dropped at the end of one.
        self.phrase_openers = set(data.LEADING_FILLERS + data.CLAUSE_STARTS + data.PREPOSITIONS + data.WHEN_WORDS)
        self.subject_openers = set(data.LEADING_FILLERS + data.CLAUSE_STARTS + data.WHEN_WORDS)
        self.predicate_openers = set(data.LEADING_FILLERS + data.BACK_REFERENCES + data.WHEN_WORDS + data.SUBORDINATORS + data.RELATIVES)
        self.prefix_skip = set(
            data.LEADING_FILLERS + data.PREPOSITIONS + data.DETERMINERS + data.CLAUSE_STARTS + data.WHEN_WORDS + data.SUBORDINATORS
        )
        self.trailing = (self.closed_class - set(data.LEADING_FILLERS)) | set(data.EMPHASIS + data.COORDINATORS)

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans.get(self.spans_key, []))
        restated = list(doc.spans.get(self.restated_key, []))
        starts = {m.start for m in mentions + restated}
        doc.user_data[_MENTION_TOKENS] = {i for m in mentions + restated for i in range(m.start, m.end)}
        roles = [self.roles(mention, starts) for mention in mentions]
        self.carry_over(mentions, roles)
        self.set_annotations(doc, mentions, roles)
        return doc

    def carry_over(self, mentions: list[Span], roles: list[Roles]) -> None:
        """Let a figure take what the one before it says: the same measure at another time ("is
        up from 46 percent in 2010", "Im Vorjahr waren es erst 24 Prozent"), or the verb of a
        coordinated clause that leaves it out ("78 % setzen auf X, 64 % auf Y")."""
        for k, (subject, population, cue) in enumerate(roles):
            if not (self.is_time_only(subject) or self.in_comparison_clause(mentions[k])):
                continue
            same_sentence = k and sentence_of(mentions[k]).start == sentence_of(mentions[k - 1]).start
            if k and (same_sentence or self.refers_back(subject)):
                previous_subject, previous_population, _ = roles[k - 1]
                roles[k] = (previous_subject, population or previous_population, cue)
            else:
                roles[k] = ([], population, cue)
        for k in range(1, len(roles)):
            subject, population, cue = roles[k]
            previous = roles[k - 1][0]
            gapped = (
                sentence_of(mentions[k]).start == sentence_of(mentions[k - 1]).start
                and any(len(t.text) > 2 for t in subject) and previous and isinstance(previous[0], Token)
                and self.words.is_verb(previous[0])
                and not any(isinstance(t, Token) and self.words.is_verb(t) for t in subject)
            )
            if gapped:
                roles[k] = ([previous[0], *subject], population, cue)

    def set_annotations(self, doc: Doc, mentions: list[Span], roles: list[Roles]) -> None:
        """Write subject and population to the mentions, filling a missing subject from the figure
        after it ("31% of millennials, 27% of Gen Xers ... saying they work remotely") or from what
        the sentence measures."""
        for k, (mention, (subject, population, cue)) in enumerate(zip(mentions, roles)):
            if not subject and k + 1 < len(mentions) and self.coordinated(mention, mentions[k + 1]):
                subject = roles[k + 1][0]
            if not subject:
                start = self.clause_start(doc, mention.start, sentence_of(mention).start, after_reporting=True)
                subject = self.measured_thing(doc, start, mention.start) or self.measured_thing(
                    doc, self.opening(doc, mention.start, sentence_of(mention).start), mention.start
                )
            if not population and subject and isinstance(subject[0], Token) and subject[0].lower_ in self.data.SHARE_NOUNS:
                population = self.subject_noun_phrase(doc, subject[0].i, mention.start)  # "Anteil der Firmen ..."
            subject_text = phrase_text(subject)
            population_text = self.citation_form(self.strip_quantifiers(population))
            if subject_text.lower().startswith(self.data.UNPOPULATED_SUBJECTS):
                population_text = ""  # "margins of error were plus or minus 3.9 percent": no group
            elif not population_text:
                population_text = None  # not named here: the article's current population applies
            annotations = mention._
            annotations.findings_subject = subject_text
            annotations.findings_population = population_text
            annotations.findings_population_cue = cue and bool(population_text)

    def is_compared(self, mention: Span) -> bool:
        """Whether a comparison leads into the mention: "compared to 78 percent", "von 74 auf"."""
        before = " ".join(words_of(mention.doc).lower[max(mention.start - 3, 0) : mention.start])
        return before.endswith(self.data.COMPARISON_CUES)

    def in_comparison_clause(self, mention: Span) -> bool:
        """Whether a parenthesised figure closes a comparison clause: "(59 %) compared to when
        they were asked in June (53 %)" measures the same thing as the figure before."""
        doc = mention.doc
        if mention.start == 0 or words_of(doc).text[mention.start - 1] != "(":
            return False
        start = self.clause_start(doc, mention.start - 1, sentence_of(mention).start)
        return self.starts_comparison(doc, start)

    def refers_back(self, tokens: list[Token]) -> bool:
        """Whether a would-be subject points back to the last figure: "waren es", "sind dies", "it was"."""
        data = self.data
        return any(
            t.lemma_.lower() in data.COPULAS + data.PRO_VERBS or t.lower_ in data.SUBJECT_PRONOUNS + data.BACK_REFERENCES
            for t in tokens
        )

    def is_time_only(self, tokens: list[Token]) -> bool:
        """Whether a would-be subject only says when: "in 2010", "this year", "in early June"."""
        data = self.data
        return all(
            t.is_punct or t.like_num or t.lower_ in self.closed_class or t.lower_ in data.TIME_WORDS
            or t.lemma_.lower() in data.COPULAS + data.PRO_VERBS or t.lower_ in data.SUBJECT_PRONOUNS + data.EMPHASIS
            for t in tokens
        )

    def coordinated(self, mention: Span, following: Span) -> bool:
        """Whether two mentions of one sentence share a predicate: only their populations,
        commas and coordinators stand between them."""
        if sentence_of(mention).start != sentence_of(following).start:
            return False
        data = self.data
        words = words_of(mention.doc)
        between = tokens_in(mention.doc, mention.end, following.start)
        clause_words = set(data.CLAUSE_STARTS + data.WHEN_WORDS + data.SUBORDINATORS) - set(data.COORDINATORS)
        return not any(self.words.is_verb(t) or is_boundary(words, t.i) or t.lower_ in clause_words for t in between)

    # -- clause geometry -------------------------------------------------------------------

    def clause_end(self, doc: Doc, i: int, limit: int, starts: set[int]) -> int:
        """Where the clause running from token `i` ends: a boundary, another mention, a comma
        before a new clause, or the sentence end."""
        data = self.data
        words = words_of(doc)
        for k in range(i, limit):
            text = words.text[k]
            if is_boundary(words, k) or (k in starts and k > i) or text in (".", "!", "?"):
                return k
            if k > i and self.starts_comparison(doc, k):
                return k
            if text == "," and k + 1 < limit:
                following = words.lower[k + 1]
                if self.is_reporting_tail(doc, k + 1, limit):
                    return k  # ", the survey found", ", Pew said"
                if words.like_num[k - 1] and k - 1 > i:
                    return k  # "in 2005, the year Pew began ..."
                if following in data.CLAUSE_STARTS or any(j in starts for j in range(k + 1, min(k + 1 + _COMMA_LOOKAHEAD, limit))):
                    return k
                if words.lang == "en" and following.endswith("ing") and following not in ("including",):
                    return k  # ", splitting their time ..."
        return limit

    def opens_clause(self, doc: Doc, k: int, end: int) -> bool:
        """Whether a subject and its verb start at token `k`: "enterprises are", "they plan"."""
        if k >= end or self.words.is_verb(doc[k]):
            return False
        words = words_of(doc)
        first = words.lower[k]
        lemma = self.lemmas.get(first, first)
        subject_like = (
            first in self.data.SUBJECT_PRONOUNS + self.data.DETERMINERS
            or (first.endswith("s") and lemma != first)
            or (words.lang == "de" and words.is_title[k])
        )
        return subject_like and any(self.words.is_verb(doc[j]) for j in range(k + 1, min(k + 4, end)))

    def starts_comparison(self, doc: Doc, k: int) -> bool:
        """Whether a comparison cue begins at token `k`: "as compared to June", "verglichen mit"."""
        lower = words_of(doc).lower
        if not lower[k].startswith(self.comparison_openers):
            return False  # no cue's first word opens the token
        ahead = " ".join(lower[k : k + 3])
        return any(ahead.startswith(cue) for cue in self.data.CLAUSE_COMPARISONS)

    def is_reporting_tail(self, doc: Doc, start: int, limit: int) -> bool:
        """Whether the words after a comma only say who reports: "the survey found", "Pew said"."""
        if not 0 < limit - start <= 12:
            return False
        words = words_of(doc)
        alpha = [words.lower[k] for k in range(start, limit) if words.is_alpha[k]]
        return bool(alpha) and (alpha[0] in self.data.REPORTING_LEADS or alpha[-1] in self.data.REPORTING_VERBS)

    def clause_start(self, doc: Doc, end: int, limit: int, after_reporting: bool = False) -> int:
        """Where the clause (or list item) ending at token `end` starts, going left: after a
        boundary, a comma, a list introducer, a subordinator or another mention, and with
        `after_reporting` after a reporting verb ("Pew said | usage among ...")."""
        data = self.data
        stops = data.LIST_INTRODUCERS + data.SUBORDINATORS + data.RELATIVES
        stops += data.REPORTING_VERBS if after_reporting else ()
        words = words_of(doc)
        lower = words.lower
        i = end
        while i > limit:
            word = lower[i - 1]
            if is_boundary(words, i - 1) or words.text[i - 1] in (",", ".") or i - 1 in doc.user_data[_MENTION_TOKENS]:
                break
            if word in stops and not (word in data.RELATIVES and i - 2 >= limit and lower[i - 2] in data.DEMONSTRATIVES):
                break  # but "those who ..." is one phrase
            if word in data.COORDINATORS and all(w in self.closed_class or w in data.EMPHASIS for w in lower[i:end]):
                break  # "... and 90 percent of them", "... and just 7 percent"
            if word in data.COORDINATORS and self.opens_clause(doc, i, end):
                break  # "... and enterprises are allocating around a quarter"
            if i - 2 >= limit and f"{lower[i - 2]} {word}" in self.data.LIST_INTRODUCERS:
                break
            i -= 1
        return i

    # -- phrases ---------------------------------------------------------------------------

    def noun_phrase_after(self, doc: Doc, i: int, end: int) -> tuple[list[Token], int]:
        """The noun phrase starting at token `i` and the index after it."""
        data, words = self.data, words_of(doc)
        if i + 1 < end and words.lower[i] in data.DEMONSTRATIVES:
            following = doc[i + 1]
            relative = following.lower_ in data.RELATIVES
            if relative or following.like_num or following.lower_ in data.GROUP_MODIFIERS or following.lower_.endswith(("ing", "ed")):
                # "those who have visited ...", "those aged 30 to 49", "those 65 and older", "those surveyed"
                k = i + 2
                while k < end and not (words.text[k] in (",", ";", ".", "(", ")") or is_boundary(words, k)):
                    stops_modifier = self.words.is_verb(doc[k]) or doc[k].lower_ in data.SUBORDINATORS or doc[k].lower_.endswith("ing")
                    if not relative and stops_modifier:
                        break
                    k += 1
                return tokens_in(doc, i, k), k
        while i < end and words.lower[i] in data.DETERMINERS + data.QUANTIFIERS:
            i += 1
        phrase: list[Token] = []
        while i < end:
            token = doc[i]
            glued = bool(phrase) and not phrase[-1].whitespace_ and phrase[-1].text == "-"
            if glued:  # "mobile-using adults"
                phrase.append(token)
                i += 1
                continue
            if token.is_punct and not (token.text in _NP_PUNCT and phrase):
                break
            if (token.like_num and not phrase) or (phrase and token.lower_ in data.DETERMINERS + data.LEADING_FILLERS):
                break
            if self.is_prepositional_name(doc, i, end) and phrase:
                k = i + 2 if doc[i + 1].lower_ in data.DETERMINERS else i + 1
                phrase.extend(tokens_in(doc, i, k))  # "adults in the United States", "Strategien in Unternehmen"
                i = k
                continue
            if token.lang_ == "de":
                if not phrase and token.text[:1].isdigit():
                    k = i  # an age band: "den 16- bis 29-Jährigen"
                    while k < end and (doc[k].text[:1].isdigit() or doc[k].lower_ in ("bis", "-", "und")):
                        k += 1
                    if k < len(doc) and (doc[k - 1].text[-1:].isalpha() or doc[k].is_title):
                        phrase.extend(tokens_in(doc, i, k))
                        i = k
                        continue
                if token.lower_ in data.GROUP_MODIFIERS and i + 1 < end and doc[i + 1].text[:1].isdigit():
                    phrase.extend(tokens_in(doc, i, i + 2))  # "unter 30-Jährigen"
                    i += 2
                    continue
                if token.is_lower and not self.words.is_attributive(token):
                    if not (phrase and token.lower_ in ("und", "&") and i + 1 < end and doc[i + 1].is_title):
                        break
                if token.text[:1].isupper() and phrase and phrase[-1].is_title and phrase[-1].lower_.endswith(data.NOUN_ENDINGS):
                    break  # "der befragten Unternehmen | Facebook, Xing oder LinkedIn"
            elif token.lower_ in data.GROUP_MODIFIERS and phrase and i + 1 < end and (token.lower_ == "aged" or doc[i + 1].like_num):
                k = i + 1  # "adults aged 18 to 24 years", "respondents under 35"
                while k < end and (doc[k].like_num or doc[k].lower_ in ("to", "and", "-", "years", "older", "over", "or")):
                    k += 1
                phrase.extend(tokens_in(doc, i, k))
                i = k
                continue
            elif token.lower_ in data.PREPOSITIONS or (
                phrase and self.words.is_verb(token) and token.lower_ not in data.RESPONDENT_WORDS
            ):
                break
            elif token.lower_.endswith("ly") and len(token) > 4:
                break
            phrase.append(token)
            i += 1
        while phrase and phrase[-1].is_punct:
            phrase.pop()
        return phrase, i

    def is_prepositional_name(self, doc: Doc, i: int, end: int) -> bool:
        """ "in the United States", "in Unternehmen": a place or setting that belongs to the group."""
        words = words_of(doc)
        if words.lower[i] not in self.data.GROUP_PREPOSITIONS or i + 1 >= end:
            return False
        if words.lang == "de":
            return words.is_title[i + 1] or self.words.is_attributive(doc[i + 1])  # "mit eigener Strategie"
        if words.lower[i + 1] in self.data.DETERMINERS:
            return i + 2 < end and words.is_title[i + 2]
        return words.is_title[i + 1]

    def leading_noun_phrase(self, doc: Doc, start: int, end: int) -> tuple[list[Token], int]:
        """The noun phrase a clause opens with (after fillers), and the index after it."""
        words = words_of(doc)
        i = start
        while i < end and (words.is_punct[i] or words.lower[i] in self.phrase_openers):
            i += 1
        if i < end and self.words.is_verb(doc[i]):
            return [], i
        return self.noun_phrase_after(doc, i, end)

    def strip_quantifiers(self, tokens: list[Token]) -> list[Token]:
        """Drop "most", "the vast majority of", "alle" and vague heads ("people") from a population."""
        data = self.data
        while len(tokens) > 1 and tokens[0].lower_ in data.QUANTIFIERS + data.DETERMINERS:
            second = tokens[1]
            if tokens[0].lower_ in data.DEMONSTRATIVES and (
                second.like_num or second.lower_ in data.GROUP_MODIFIERS + data.RELATIVES or second.lower_.endswith(("ing", "ed"))
            ):
                break  # "those 65 and older", "those aged 30 to 49", "those who ...", "those surveyed"
            tokens = tokens[1:]
        if len(tokens) == 1 and tokens[0].lower_ in data.QUANTIFIERS + data.DETERMINERS:
            return []
        if len(tokens) == 1 and tokens[0].lower_ in data.VAGUE_POPULATIONS + data.BACK_REFERENCES + data.SUBJECT_PRONOUNS:
            return []
        return tokens

    def citation_form(self, tokens: list[Token]) -> str:
        """German populations in their citation form: "befragten Unternehmen" -> "befragte Unternehmen"."""
        out = []
        for token in tokens:
            text = token.text
            if token.lang_ == "de":
                if self.words.is_attributive(token) and text.endswith("en"):
                    text = text[:-1]
                elif not token.is_lower and token.lemma_ == text[:-1] and text.endswith(self.data.NOMINALIZED_ENDINGS):
                    text = token.lemma_  # "der Befragten" -> "Befragte"
            if text not in _QUOTES:
                out.append(text + token.whitespace_)
        return " ".join("".join(out).split()).strip(" ,;:.-–—")

    def predicate(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The predicate from `start` to `end`: leading fillers, relatives and a reporting frame
        with a pronoun ("say they", "said that they") dropped, and trailing function words."""
        data, words = self.data, words_of(doc)
        lower = words.lower
        while start < end and (lower[start] in self.predicate_openers or words.is_punct[start]):
            start += 1
        kept = list(range(start, end))
        if kept and lower[kept[0]] in data.REPORTING_VERBS:
            rest = kept[1:]
            if rest and lower[rest[0]] in data.SUBORDINATORS:
                rest = rest[1:]
            if rest and lower[rest[0]] in data.SUBJECT_PRONOUNS:
                kept = [k for k in rest[1:2] if not words.text[k].startswith(("’", "'"))] + rest[2:]
        # A bare year says when, not what: "nutzen 2020 Videos" (but "bis 2025", "People 2020" stay).
        kept = [
            k for n, k in enumerate(kept)
            if not (is_year(words.text[k]) and (n == 0 or not (lower[kept[n - 1]] in data.PREPOSITIONS or words.is_title[kept[n - 1]])))
        ]
        return self.trim(doc, kept)

    def trim(self, doc: Doc, indices: list[int] | range) -> list[Token]:
        """The tokens at `indices` without trailing function words and punctuation; nothing if no
        content word is left."""
        data, words = self.data, words_of(doc)
        lower, lemma, is_punct = words.lower, words.lemma, words.is_punct
        kept = list(indices)
        while kept and (is_punct[kept[-1]] or lower[kept[-1]] in self.trailing or lemma[kept[-1]].lower() in data.COPULAS):
            if lower[kept[-1]] in data.SEPARABLE_PARTICLES and ends_clause(words, kept[-1]):
                break  # "setzen KI-Anwendungen ein."
            kept.pop()
        content = any(not (is_punct[k] or lower[k] in self.closed_class or lemma[k].lower() in data.COPULAS) for k in kept)
        return [doc[k] for k in kept] if content else []

    def content_prefix(self, doc: Doc, start: int, end: int, covered: set[int] = frozenset()) -> list[Token]:
        """The words of a clause before its mention that can belong to the subject ("kommunizieren"),
        without the population phrase (`covered`)."""
        words = words_of(doc)
        return [
            doc[k] for k in range(start, end)
            if not (words.lower[k] in self.prefix_skip or words.like_num[k] or words.is_punct[k] or k in covered)
        ]

    # -- roles -----------------------------------------------------------------------------

    def roles(self, mention: Span, starts: set[int]) -> Roles:
        """(subject tokens, population tokens, whether a cue named the population)."""
        text = words_of(mention.doc).text
        sent = sentence_of(mention)
        if mention.start > sent.start and text[mention.start - 1] == "(" and mention.end < sent.end and text[mention.end] == ")":
            return self.parenthesised_roles(mention, starts)
        return self.inline_roles(mention, starts)

    def inline_roles(self, mention: Span, starts: set[int]) -> Roles:
        """Roles of "N Prozent der X tun Y", "N percent of X do Y", "tun N Prozent der X Y"."""
        doc, data = mention.doc, self.data
        words = words_of(doc)
        sent = sentence_of(mention)
        end = self.clause_end(doc, mention.end, sent.end, starts)
        after = mention.end
        population: list[Token] = []
        cue = False
        if after < end and words.lower[after] in data.POPULATION_AFTER:
            if after + 1 < end and words.lower[after + 1] in data.OBJECT_PRONOUNS and not words.is_upper[after + 1]:
                after += 2  # "90 percent of them": the group the sentence opened with
                population, _ = self.leading_noun_phrase(doc, self.opening(doc, mention.start, sent.start), mention.start)
            else:
                population, after = self.noun_phrase_after(doc, after + 1, end)
            cue = True
        elif after < end and mention._.findings_share.derived and not self.words.is_verb(doc[after]):
            population, after = self.noun_phrase_after(doc, after, end)  # "jedes zweite Unternehmen"
        subject = self.predicate(doc, after, end)
        covered: set[int] = set()
        if not population:
            population, cue, covered = self.population_before(mention)
        clause_start = self.clause_start(doc, mention.start, sent.start, after_reporting=True)
        after_mention = clause_start - 1 in doc.user_data[_MENTION_TOKENS]
        prefix = [] if after_mention or self.is_compared(mention) else self.content_prefix(doc, clause_start, mention.start, covered)
        first_verb = next((k for k, t in enumerate(prefix) if self.words.is_verb(t)), None)
        if first_verb is not None:
            verb_part = prefix[first_verb:]
            if not subject and any(t.lemma_.lower() in data.COPULAS for t in verb_part):
                # "Margins of error were up to 3.9 %", "... liegt der Anteil der Nutzer bei 58 Prozent"
                subject = self.measured_thing(doc, clause_start, mention.start) or self.after_verb(
                    doc, prefix[first_verb].i + 1, mention.start
                )
            else:
                subject = verb_part + subject  # "Demnach kommunizieren zwar mehr als 80 Prozent ..."
                if not population:
                    # "Ad-supported tiers grew 14 percent": the population is what changes.
                    population = self.subject_noun_phrase(doc, clause_start, prefix[first_verb].i)
                if not population and words.lang == "de" and words.lower[mention.start - 1] in data.PREPOSITIONS:
                    # "Im Vergleich zu 2016 ist die Zahl der Unternehmen um 12 Prozentpunkte gestiegen":
                    # the subject follows the verb; what is left of the clause is the predicate.
                    population = self.subject_noun_phrase(doc, prefix[first_verb].i + 1, mention.start)
                    if population:
                        subject = [t for t in verb_part if self.words.is_verb(t)] + self.predicate(doc, after, end)
        if not population and prefix and self.words.is_verb(prefix[0]):
            # "Nursing jobs, which have grown 6 percent": the group that changes opens the sentence.
            population = self.subject_noun_phrase(doc, self.opening(doc, clause_start, sent.start), clause_start)
        measure = self.measure_before(doc, mention.start, sent.start)
        if measure:
            subject = measure  # "a margin of error of plus or minus 2.5 points"
        return subject, population, cue

    def subject_noun_phrase(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The noun phrase opening `doc[start:end]` when a verb follows it: the clause's subject.
        A share noun hands over to its group: "Der Anteil der Firmen ..." -> "Firmen"."""
        data, words = self.data, words_of(doc)
        i = start
        while i < end and (words.is_punct[i] or words.lower[i] in self.subject_openers):
            i += 1
        if i >= end or words.lower[i] in data.PREPOSITIONS or self.words.is_verb(doc[i]):
            return []  # "Im Vorjahr waren ...": a time, not a subject
        phrase, after = self.noun_phrase_after(doc, i, end)
        if not phrase:
            return []
        if after < len(doc) and phrase[0].lower_ in data.SHARE_NOUNS and words.lower[after] in data.POPULATION_AFTER:
            group, after = self.noun_phrase_after(doc, after + 1, end)
            return group
        reach = 1 if words.lang == "de" else 3  # German puts the finite verb right after the subject
        following_verb = next((k for k in range(after, min(after + reach, len(doc))) if self.words.is_verb(doc[k])), None)
        return phrase if following_verb is not None else []

    def after_verb(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The noun phrase between a verb and a figure, without its article and the preposition
        before the figure: "liegt der Anteil der Nutzer bei 58 Prozent" -> "Anteil der Nutzer"."""
        tokens = self.trim(doc, range(start, end))
        while tokens and tokens[0].lower_ in self.data.DETERMINERS + self.data.LEADING_FILLERS:
            tokens = tokens[1:]
        return tokens

    def measure_before(self, doc: Doc, start: int, limit: int) -> list[Token]:
        """The noun a figure is "of": "a margin of error of 2.5 points", "eine Quote von 3 %"."""
        data, words = self.data, words_of(doc)
        if start - 2 < limit or words.lower[start - 1] not in data.MEASURE_OF:
            return []
        i = start - 1
        while i > limit and not (words.is_punct[i - 1] or words.lower[i - 1] in data.DETERMINERS or self.words.is_verb(doc[i - 1])):
            i -= 1
        return self.trim(doc, range(i, start - 1))

    def opening(self, doc: Doc, end: int, limit: int) -> int:
        """The start of the stretch before token `end` that no colon, semicolon or dash cuts."""
        i = end
        words = words_of(doc)
        while i > limit and not (is_boundary(words, i - 1) and words.text[i - 1] not in ("(", ")")):
            i -= 1
        return i

    def measured_thing(self, doc: Doc, start: int, end: int) -> list[Token]:
        """What a sentence such as "The prevalence of smoking among US adults is ... 20%" measures:
        its opening noun phrase up to the population cue or the verb."""
        data, words = self.data, words_of(doc)
        i = start
        while i < end and (words.is_punct[i] or words.lower[i] in data.LEADING_FILLERS + data.DETERMINERS):
            i += 1
        if i < end and words.lower[i] in data.PREPOSITIONS:
            return []  # "Im Vorjahr waren es ...": a time or place, not a measure
        k = i
        mention_tokens = doc.user_data[_MENTION_TOKENS]
        while k < end and not (
            words.is_punct[k] or self.words.is_verb(doc[k]) or words.lower[k] in data.POPULATION_BEFORE or k in mention_tokens
        ):
            k += 1
        has_verb_after = any(self.words.is_verb(doc[j]) for j in range(k, end))
        return self.trim(doc, range(i, k)) if has_verb_after and k > i else []

    def population_before(self, mention: Span) -> tuple[list[Token], bool, set[int]]:
        """A population named before the mention: "among X", "bei den X", sentence-initial "Of X,".

        Returns:
            (the phrase, whether a cue named it, the token indices of cue and phrase).
        """
        doc, data = mention.doc, self.data
        lower = words_of(doc).lower
        sent = sentence_of(mention)
        for i in range(mention.start - 1, sent.start - 1, -1):
            word = lower[i]
            if word in data.POPULATION_BEFORE or (word in data.OPENING_POPULATION_CUES and i == sent.start):
                outer = next((k for k in range(i - 1, max(i - 3, sent.start - 1), -1) if lower[k] in data.POPULATION_BEFORE), None)
                if outer is not None and all(w in data.DETERMINERS for w in lower[outer + 1 : i]):
                    i = outer  # "bei den unter 30-Jährigen": the outer cue leads the phrase
                phrase, after = self.noun_phrase_after(doc, i + 1, mention.start)
                phrase = self.strip_quantifiers(phrase)
                if phrase:
                    return phrase, True, set(range(i, after))
        return [], False, set()

    def parenthesised_roles(self, mention: Span, starts: set[int]) -> Roles:
        """Roles of "X (N percent) ...": X is the population, a list item, or a whole clause."""
        doc, data = mention.doc, self.data
        sent = sentence_of(mention)
        open_paren, rest = mention.start - 1, mention.end + 1
        lead_start = self.clause_start(doc, open_paren, sent.start)
        lead = tokens_in(doc, lead_start, open_paren)
        rest_end = self.clause_end(doc, rest, sent.end, starts)
        words = words_of(doc)
        if rest < rest_end and words.lower[rest] in data.POPULATION_AFTER:  # "Nearly half (46 %) of X ..."
            population, after = self.noun_phrase_after(doc, rest + 1, rest_end)
            return self.predicate(doc, after, rest_end), population, True
        verbs = [k for k, t in enumerate(lead) if self.words.is_verb(t)]
        after_verb = lead[verbs[-1] + 1 :] if verbs else lead
        if self.continues(doc, rest, rest_end) and len(after_verb) <= _MAX_NOUN_PHRASE:
            # "most remote workers (65 percent) prefer ...", "results show a vast majority (80 %) believe"
            population = self.population_of_phrase(after_verb)
            # "More than half of subscribers (54 percent)": a share of a named group, as with "der"/"of".
            restated = lead_start - 1 in doc.user_data[_MENTION_TOKENS]
            named = bool(population) and (restated or any(t.like_num or t.lower_ in data.FRACTIONS for t in after_verb))
            return self.predicate(doc, rest, rest_end), population, named
        item = self.list_item(lead)
        short = len([t for t in lead if not t.is_punct]) <= _MAX_NOUN_PHRASE
        if item and (self.in_list(doc, lead_start, mention, starts) or short and not self.has_clause(lead)):
            population, cue, _ = self.population_before(mention)
            if not population:
                population = self.subject_noun_phrase(doc, self.opening(doc, item[0].i, sent.start), item[0].i)
            return self.complete_compound(item), population, cue
        # A clause ending in its figure: "more consumers say they are stocking up (59 percent)".
        population, after = self.leading_noun_phrase(doc, lead_start, open_paren)
        subject = self.predicate(doc, after, open_paren)
        if not subject and len(population) > 2 and population[1].lower_ in data.RELATIVES:
            return population[2:], [], False  # "(for) those who have not visited ... (48 percent)"
        if rest < rest_end and not words.is_punct[rest] and words.lower[rest] not in data.CLAUSE_STARTS + data.COORDINATORS:
            subject += self.trim(doc, range(rest, rest_end))  # "name the government (18%) as the top problem"
        return subject, population, False

    def in_list(self, doc: Doc, lead_start: int, mention: Span, starts: set[int]) -> bool:
        """Whether a parenthesised figure is one of a list: "A (1 %), B (2 %) und C (3 %)"."""
        data, words = self.data, words_of(doc)
        text, lower = words.text, words.lower
        sent = sentence_of(mention)
        if lead_start - 2 >= sent.start and text[lead_start - 1] == "," and text[lead_start - 2] == ")":
            return True
        if lower[lead_start] in data.COORDINATORS and lead_start > sent.start and text[lead_start - 1] == ")":
            return True
        after = mention.end + 1  # the token after ")"
        if after < sent.end and (text[after] == "," or lower[after] in data.COORDINATORS):
            return any(text[k] == "(" and k + 1 in starts for k in range(after, min(after + 8, sent.end - 1)))
        return False

    def has_clause(self, lead: list[Token]) -> bool:
        """Whether a lead-in is a clause with its own subject ("they are stocking up on X"), not
        a list item led in by a verb ("Genannt werden Markenbildung")."""
        for k, token in enumerate(lead):
            if self.words.is_verb(token):
                return any(not (t.is_punct or t.lower_ in self.closed_class) or t.lower_ in self.data.SUBJECT_PRONOUNS for t in lead[:k])
        return False

    def continues(self, doc: Doc, rest: int, rest_end: int) -> bool:
        """Whether a predicate follows a parenthesised figure: "(65 percent) prefer a hybrid model"."""
        data = self.data
        tokens = [t for t in tokens_in(doc, rest, rest_end) if t.lower_ not in data.LEADING_FILLERS]
        if not tokens or tokens[0].is_punct or tokens[0].lower_ in data.CLAUSE_STARTS + data.COORDINATORS:
            return False
        return self.words.is_verb(tokens[0]) and (len(tokens) > 1 or tokens[0].lang_ == "en")

    def population_of_phrase(self, tokens: list[Token]) -> list[Token]:
        """In "the vast majority of state residents", the population is what follows "of";
        "About one in five" names none."""
        data = self.data
        tokens = [t for t in tokens if t.lower_ not in data.LEADING_FILLERS]
        for k, token in enumerate(tokens):
            if token.lower_ in data.POPULATION_AFTER and k + 1 < len(tokens):
                return tokens[k + 1 :]
        if any(t.like_num or t.lower_ in data.FRACTIONS for t in tokens):
            return []
        return tokens

    def complete_compound(self, item: list[Token]) -> list[Token]:
        """Complete a German truncated compound from the next conjunct: "Marken- (82 %)
        beziehungsweise Produktkommunikation" -> "Markenkommunikation"."""
        if not item or not item[-1].text.endswith("-") or not self.lemma_values:
            return item
        doc = item[-1].doc
        sentence_end = sentence_of(item[-1]).end
        following = next(
            (doc[k + 1] for k in range(item[-1].i + 1, sentence_end - 1) if doc[k].lower_ in self.data.COORDINATORS and doc[k + 1].is_title),
            None,
        )
        if following is None:
            return item
        word = following.text
        for k in range(2, len(word) - 3):
            head = word[k:].capitalize()
            if head in self.lemma_values:
                return item[:-1] + [_Word(item[-1].text.rstrip("-") + head.lower(), item[-1])]
        return item

    def list_item(self, lead: list[Token]) -> list[Token]:
        """The listed noun phrase before a parenthesised figure: what follows the last verb, without
        a leading preposition or coordinator ("Genannt werden Markenbildung" -> "Markenbildung")."""
        data = self.data
        verbs = [k for k, token in enumerate(lead[:-1]) if self.words.is_verb(token)]  # a list item ends in a noun
        item = lead[verbs[-1] + 1 :] if verbs else lead
        lead_in = data.PREPOSITIONS + data.COORDINATORS + data.LEADING_FILLERS + ("to", "zu")
        while item and (item[0].lower_ in lead_in or item[0].is_punct or item[0].lower_.endswith("ly") and not item[0].is_title):
            item = item[1:]
        return item or lead


class _Word:
    """A word made up from a token ("Markenkommunikation"), standing in for it in `phrase_text`."""

    is_punct = like_num = False

    def __init__(self, text: str, token: Token):
        self.text = self.lemma_ = text
        self.lower_ = text.lower()
        self.whitespace_ = token.whitespace_
        self.i = token.i


@Language.factory(
    "findings_claim_roles",
    assigns=["span._.findings_subject", "span._.findings_population"],
    requires=["doc.spans"],
    default_config={"spans_key": "findings_mentions", "restated_key": "findings_restated"},
)
def make_claim_roles(nlp: Language, name: str, spans_key: str, restated_key: str) -> ClaimRoles:
    """Create the subject/population finder."""
    return ClaimRoles(nlp, spans_key, restated_key)
