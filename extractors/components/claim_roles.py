"""Subject and population of each mention: what the share is about, and whose share it is.

Without a parser the roles come from the shape of the clause around the mention:
"91 Prozent aller befragten Unternehmen nutzen ..." (population after the mention, subject after
it), "most remote workers (65 percent) prefer ..." (population before a parenthesised mention),
"Markenbildung (72 Prozent), Kundenbindung (58 Prozent)" (a list: the item is the subject).
When a trained pipeline supplies part-of-speech tags, they decide what is a verb.
"""

from __future__ import annotations

from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors import lang as language_data
from extractors.shares import register_extensions

_HARD_BOUNDARIES = {";", ":", "–", "—", "(", ")", "[", "]", "•", "●", "*", "|"}
_QUOTES = {'"', "“", "”", "„", "‚", "‘", "’", "'", "«", "»"}
_NP_PUNCT = {"-", "/", "&", "."}
# A parenthesised lead-in longer than this many words is a clause, not a noun phrase.
_MAX_NOUN_PHRASE = 6
# How far after a comma a mention may start for the comma to close the current clause.
_COMMA_LOOKAHEAD = 4


def words(tokens: list[Token]) -> str:
    """Join tokens as written, without quotes and outer punctuation."""
    text = "".join(t.text_with_ws for t in tokens if t.text not in _QUOTES)
    return " ".join(text.split()).strip(" ,;:.-–—")


class ClaimRoles:
    """Set `span._.findings_subject` and `span._.findings_population` for each mention.

    `span._.findings_population_cue` tells whether the population was named by a cue such as
    "der"/"of"/"among", which makes it the article's current population for later mentions.
    """

    def __init__(self, nlp: Language, spans_key: str):
        register_extensions()
        self.data = language_data.get(nlp.lang)
        self.spans_key = spans_key
        self.closed_class = set(
            self.data.DETERMINERS + self.data.PREPOSITIONS + self.data.LEADING_FILLERS
            + self.data.QUANTIFIERS + self.data.BACK_REFERENCES + self.data.CLAUSE_STARTS
            + self.data.SUBORDINATORS + self.data.COORDINATORS
        )
        lemmatizer = nlp.get_pipe("lemmatizer") if nlp.has_pipe("lemmatizer") else None
        lookups = getattr(lemmatizer, "lookups", None)
        self.lemmas = lookups.get_table("lemma_lookup") if lookups and lookups.has_table("lemma_lookup") else {}

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans.get(self.spans_key, []))
        starts = {m.start for m in mentions}
        for mention in mentions:
            subject, population, cue = self.roles(mention, starts)
            mention._.findings_subject = words(subject)
            mention._.findings_population = self.citation_form(self.strip_quantifiers(population))
            mention._.findings_population_cue = cue and bool(mention._.findings_population)
        return doc

    # -- word classes ----------------------------------------------------------------------

    def is_verb(self, token: Token) -> bool:
        """Whether a token is (or starts) a predicate: from tags when present, else guessed."""
        if token.pos_:
            return token.pos_ in ("VERB", "AUX")
        lower = token.lower_
        if lower in self.closed_class or not token.is_alpha:
            return False
        if token.lang_ == "de":
            if token.is_lower:
                return not self.is_attributive(token)
            # A capitalized word is a noun, unless it opens the sentence and is a verb form.
            return token.is_sent_start and self.lemmas.get(lower, lower) != lower
        return token.lemma_.lower() in self.data.VERB_LEMMAS or lower in ("who", "that", "which")

    def is_attributive(self, token: Token, depth: int = 0) -> bool:
        """A lowercase German adjective before a noun: "befragten Unternehmen", "deutschen Top-Unternehmen"."""
        if not (token.is_lower and token.is_alpha and token.text.endswith(("e", "en", "er", "es", "em"))):
            return False
        if token.lower_ in self.closed_class or depth > 2 or token.lemma_ == token.lower_:
            return False  # an inflected adjective has a different lemma: "befragten" -> "befragen"
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is not None and (
            following.is_title or following.is_upper or self.is_attributive(following, depth + 1)
        )

    def is_boundary(self, token: Token) -> bool:
        """A token that closes a clause: semicolon, colon, dash or parenthesis."""
        if token.text in _HARD_BOUNDARIES:
            return True
        return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)

    # -- clause geometry -------------------------------------------------------------------

    def clause_end(self, doc: Doc, i: int, limit: int, starts: set[int]) -> int:
        """Where the clause running from token `i` ends: a boundary, another mention, a comma
        before a new clause, or the sentence end."""
        data = self.data
        for k in range(i, limit):
            token = doc[k]
            if self.is_boundary(token) or (k in starts and k > i) or token.text in (".", "!", "?"):
                return k
            if token.text == "," and k + 1 < limit:
                following = doc[k + 1]
                if following.lower_ in data.CLAUSE_STARTS or any(j in starts for j in range(k + 1, min(k + 1 + _COMMA_LOOKAHEAD, limit))):
                    return k
                if following.lang_ == "en" and following.lower_.endswith("ing") and following.lower_ not in ("including",):
                    return k  # ", splitting their time ..."
        return limit

    def clause_start(self, doc: Doc, end: int, limit: int) -> int:
        """Where the clause (or list item) ending at token `end` starts, going left."""
        i = end
        while i > limit:
            token = doc[i - 1]
            if self.is_boundary(token) or token.text in (",", ".") or token.lower_ in self.data.LIST_INTRODUCERS:
                break
            if i - 2 >= limit and f"{doc[i - 2].lower_} {token.lower_}" in self.data.LIST_INTRODUCERS:
                break
            i -= 1
        return i

    # -- phrases ---------------------------------------------------------------------------

    def noun_phrase_after(self, doc: Doc, i: int, end: int) -> tuple[list[Token], int]:
        """The noun phrase starting at token `i` and the index after it."""
        data = self.data
        while i < end and doc[i].lower_ in data.DETERMINERS + data.QUANTIFIERS:
            i += 1
        phrase: list[Token] = []
        while i < end:
            token = doc[i]
            if token.is_punct and not (token.text in _NP_PUNCT and phrase):
                break
            if token.like_num and not phrase:
                break
            if phrase and token.lower_ in data.DETERMINERS:
                break
            if token.lang_ == "de":
                if token.is_lower and not self.is_attributive(token):
                    if not (phrase and token.lower_ in ("und", "&") and i + 1 < end and doc[i + 1].is_title):
                        break
                if phrase and phrase[-1].is_title and phrase[-1].lower_.endswith(data.NOUN_ENDINGS):
                    break  # "der befragten Unternehmen | Facebook, Xing oder LinkedIn"
            elif token.lower_ == "aged" and phrase:
                k = i + 1  # "adults aged 18 to 24 years"
                while k < end and (doc[k].like_num or doc[k].lower_ in ("to", "and", "-", "years", "older", "over", "or")):
                    k += 1
                phrase.extend(doc[i:k])
                i = k
                continue
            elif token.lower_ in ("in", "from") and phrase and i + 1 < end and (
                doc[i + 1].is_title or (doc[i + 1].lower_ == "the" and i + 2 < end and doc[i + 2].is_title)
            ):
                pass  # "adults in the United States"
            elif token.lower_ in data.PREPOSITIONS or (
                phrase and self.is_verb(token) and token.lower_ not in data.RESPONDENT_WORDS
            ):
                break
            elif token.lower_.endswith("ly") and len(token) > 4 and token.lower_ not in ("only",):
                break
            phrase.append(token)
            i += 1
        while phrase and phrase[-1].is_punct:
            phrase.pop()
        return phrase, i

    def leading_noun_phrase(self, doc: Doc, start: int, end: int) -> tuple[list[Token], int]:
        """The noun phrase a clause opens with (after fillers), and the index after it."""
        data = self.data
        i = start
        while i < end and (doc[i].is_punct or doc[i].lower_ in data.LEADING_FILLERS + data.CLAUSE_STARTS + data.PREPOSITIONS + data.WHEN_WORDS):
            i += 1
        if i < end and self.is_verb(doc[i]):
            return [], i
        return self.noun_phrase_after(doc, i, end)

    def strip_quantifiers(self, tokens: list[Token]) -> list[Token]:
        """Drop "most", "the vast majority of", "alle" and vague heads ("people") from a population."""
        data = self.data
        while tokens and tokens[0].lower_ in data.QUANTIFIERS + data.DETERMINERS:
            tokens = tokens[1:]
        if len(tokens) == 1 and tokens[0].lower_ in data.VAGUE_POPULATIONS + data.BACK_REFERENCES:
            return []
        return tokens

    def citation_form(self, tokens: list[Token]) -> str:
        """German populations in their citation form: "befragten Unternehmen" -> "befragte Unternehmen"."""
        out = []
        for token in tokens:
            text = token.text
            if token.lang_ == "de":
                if self.is_attributive(token) and text.endswith("en"):
                    text = text[:-1]
                elif token.is_title and token.lemma_ == text[:-1] and text.endswith(self.data.NOMINALIZED_ENDINGS):
                    text = token.lemma_  # "der Befragten" -> "Befragte"
            if text not in _QUOTES:
                out.append(text + token.whitespace_)
        return " ".join("".join(out).split()).strip(" ,;:.-–—")

    def predicate(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The predicate from `start` to `end`, without leading fillers, pronouns and relatives."""
        data = self.data
        tokens = list(doc[start:end])
        skip = set(data.LEADING_FILLERS + data.BACK_REFERENCES + data.WHEN_WORDS + data.SUBORDINATORS + data.RELATIVES)
        while tokens and (tokens[0].lower_ in skip or tokens[0].is_punct):
            tokens = tokens[1:]
        return tokens

    def content_prefix(self, doc: Doc, start: int, end: int) -> list[Token]:
        """The words of a clause before its mention that can belong to the subject ("kommunizieren")."""
        data = self.data
        skip = set(
            data.LEADING_FILLERS + data.PREPOSITIONS + data.DETERMINERS + data.CLAUSE_STARTS + data.WHEN_WORDS
            + data.SUBORDINATORS
        )
        return [t for t in doc[start:end] if not (t.lower_ in skip or t.like_num or t.is_punct)]

    # -- roles -----------------------------------------------------------------------------

    def roles(self, mention: Span, starts: set[int]) -> tuple[list[Token], list[Token], bool]:
        """(subject tokens, population tokens, whether a cue named the population)."""
        doc = mention.doc
        sent = mention.sent
        if mention.start > sent.start and doc[mention.start - 1].text == "(" and mention.end < sent.end and doc[mention.end].text == ")":
            return self.parenthesised_roles(mention, starts)
        return self.inline_roles(mention, starts)

    def inline_roles(self, mention: Span, starts: set[int]) -> tuple[list[Token], list[Token], bool]:
        """Roles of "N Prozent der X tun Y", "N percent of X do Y", "tun N Prozent der X Y"."""
        doc, data = mention.doc, self.data
        sent = mention.sent
        end = self.clause_end(doc, mention.end, sent.end, starts)
        after = mention.end
        population: list[Token] = []
        cue = False
        if after < end and doc[after].lower_ in data.POPULATION_AFTER:
            population, after = self.noun_phrase_after(doc, after + 1, end)
            cue = True
        elif after < end and mention._.findings_share.derived and not self.is_verb(doc[after]):
            population, after = self.noun_phrase_after(doc, after, end)  # "jedes zweite Unternehmen"
            cue = True
        subject = self.predicate(doc, after, end)
        prefix = self.content_prefix(doc, self.clause_start(doc, mention.start, sent.start), mention.start)
        if prefix and any(self.is_verb(t) for t in prefix):
            subject = prefix + subject
        if not population:
            population, cue = self.population_before(mention)
        return subject, population, cue

    def population_before(self, mention: Span) -> tuple[list[Token], bool]:
        """A population named before the mention: "among X", "bei den X", sentence-initial "Of X,"."""
        doc, data = mention.doc, self.data
        sent = mention.sent
        for i in range(mention.start - 1, sent.start - 1, -1):
            word = doc[i].lower_
            if word in data.POPULATION_BEFORE and (word != "of" or i == sent.start):
                phrase, _ = self.noun_phrase_after(doc, i + 1, mention.start)
                phrase = self.strip_quantifiers(phrase)
                if phrase:
                    return phrase, True
        return [], False

    def parenthesised_roles(self, mention: Span, starts: set[int]) -> tuple[list[Token], list[Token], bool]:
        """Roles of "X (N percent) ...": X is the population, a list item, or a whole clause."""
        doc, data = mention.doc, self.data
        sent = mention.sent
        open_paren, rest = mention.start - 1, mention.end + 1
        lead_start = self.clause_start(doc, open_paren, sent.start)
        lead = list(doc[lead_start:open_paren])
        lead_words = [t for t in lead if not t.is_punct]
        rest_end = self.clause_end(doc, rest, sent.end, starts)
        if rest < rest_end and doc[rest].lower_ in data.POPULATION_AFTER:  # "Nearly half (46 %) of X ..."
            population, after = self.noun_phrase_after(doc, rest + 1, rest_end)
            return self.predicate(doc, after, rest_end), population, True
        in_list = bool(lead_words) and lead_words[0].lower_ in data.COORDINATORS or (
            lead_start > sent.start and doc[lead_start - 1].text in (",", ")") and any(
                doc[k].text == ")" for k in range(sent.start, lead_start)
            )
        )
        continues = rest < rest_end and not doc[rest].is_punct and doc[rest].lower_ not in data.CLAUSE_STARTS + data.COORDINATORS
        short = len(lead_words) <= _MAX_NOUN_PHRASE
        if short and continues and not in_list and not any(self.is_verb(t) for t in lead_words):
            population = self.population_of_phrase(lead)  # "most remote workers (65 %) prefer ..."
            return self.predicate(doc, rest, rest_end), population, False
        if short and (in_list or not continues):
            item = self.list_item(lead)
            population, cue = self.population_before(mention)
            if not population:
                population, _ = self.leading_noun_phrase(doc, sent.start, lead_start)
            return item, population, cue
        # A clause ending in its figure: "more consumers say they are stocking up (59 percent)".
        population, after = self.leading_noun_phrase(doc, lead_start, open_paren)
        subject = self.predicate(doc, after, open_paren)
        if continues:
            subject += list(doc[rest:rest_end])
        return subject, population, False

    def population_of_phrase(self, tokens: list[Token]) -> list[Token]:
        """In "the vast majority of state residents", the population is what follows "of"."""
        tokens = [t for t in tokens if t.lower_ not in self.data.LEADING_FILLERS]
        for k, token in enumerate(tokens):
            if token.lower_ in self.data.POPULATION_AFTER and k + 1 < len(tokens):
                return tokens[k + 1 :]
        return tokens

    def list_item(self, lead: list[Token]) -> list[Token]:
        """The listed noun phrase before a parenthesised figure, after any verb, preposition or
        coordinator that leads into it: "purchasing items such as food and water" -> "food and water"."""
        data = self.data
        start = 0
        for k, token in enumerate(lead):
            is_lead_in = token.lower_ in data.PREPOSITIONS + data.COORDINATORS or self.is_verb(token)
            if is_lead_in and not (token.lower_ in data.COORDINATORS and 0 < k < len(lead) - 1 and start < k):
                start = k + 1
        return lead[start:] or lead


@Language.factory(
    "findings_claim_roles",
    assigns=["span._.findings_subject", "span._.findings_population"],
    requires=["doc.spans"],
    default_config={"spans_key": "findings_mentions"},
)
def make_claim_roles(nlp: Language, name: str, spans_key: str) -> ClaimRoles:
    """Create the subject/population finder."""
    return ClaimRoles(nlp, spans_key)
