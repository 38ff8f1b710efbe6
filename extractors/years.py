"""The year a figure refers to: in its clause, relative to the study, the study's, the article's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import takewhile
from types import ModuleType

from spacy.tokens import Span

from extractors import lang as language_data
from extractors.sentences import sentence_of
from extractors.shares import number_value
from extractors.tokens import Words, words_of
from extractors.word_classes import word_class

_YEAR = re.compile(r"^(19|20)\d\d$")
_SHORT_YEAR = re.compile(r"^\d\d$")
# Where a Doc keeps its sentences' time marks and segments.
_TIME_MARKS = "findings_time_marks"
_SEGMENTS = "findings_year_segments"
# The most tokens an introductory time phrase may have: "In the spring of 2022,".
_OPENING_MAX = 6
_STUDY_ATTRIBUTES_MAX = 10  # the words between a study word and the year its phrase ends with
_OPENING_STUDY_MAX = 12  # one that names the study: "In the office's 2023 Environmental Quality Survey,"
_TEXT_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?:\s?[-–/]\s?((?:19|20)?\d\d))?(?![\w%])")

@dataclass(frozen=True, slots=True)
class YearContext:
    """What an article says about time: the study's year and the article's own date."""

    study_year: int | None = None
    published_year: int | None = None


@dataclass(frozen=True, slots=True)
class ResolvedYear:
    """A mention's year, where it came from, and whether its sentence says when of its own (a year
    or a relative time such as "jetzt", "last year"), even where nothing resolves it."""

    year: int | None
    source: str
    own_time: bool
    # the offset of a relative time that counts from the time just named ("im Vorjahr", "a year
    # earlier"), for the article memory to resolve against the year its passage last gave a figure
    offset_from_named: int | None = None
    # whether a year of the figure's own sentence comes with the source that reports it ("Wie das
    # Statistische Bundesamt mitteilte, galten im Jahr 2023 …", "…, according to figures published …")
    reported: bool = False
    # the relative offset in years the year was counted with from its base ("last year": -1)
    offset: int = 0
    # whether the year of the figure's own sentence names a study ("In a 2018 field trial, …")
    of_study: bool = False


def is_name_part(previous: str, data: ModuleType) -> bool:
    """A year right after a capitalized word is part of a name ("Healthy People 2020"), unless that
    word is a month, an article ("The 2023 survey"), a unit ("35 Prozent 2022"), a year noun ("Pandemiejahr 2021"),
    names a study ("Pivot Studie 2013", "Bitkom-Umfrage 2022") or, in a language that capitalizes
    its nouns, is a common noun or a verb by the lexicon ("Tourismus 2024: …", "Nannten 2019 …")."""
    word = previous.lower().rstrip(".")
    return (
        previous[:1].isupper()
        and word not in data.MONTHS + data.PREPOSITIONS + data.DETERMINERS + data.PERCENT_UNITS + data.POINT_UNITS
        and not word.endswith(data.YEAR_NOUNS)  # "Pandemiejahr 2021", "Schuljahr 2020"
        and not any(study in word for study in data.STUDY_WORDS)
        and not (data.NOUNS_CAPITALIZED and is_common_word(previous.rstrip(".:,"), data))
    )


def is_common_word(word: str, data: ModuleType) -> bool:
    """Whether the lexicon takes a capitalized word for a common noun ("Tourismus 2024: …") or a
    verb capitalized as a sentence's first word ("Nannten 2019 erst 28 Prozent …"): no name."""
    known = word_class(word, data) or ""
    return known == data.PLAIN_NOUN_CLASS or known.startswith(data.VERB_CLASSES)


def period_end(first: str, second: str | None) -> int:
    """The last year of "2008–2010", "2005-07" or "zwischen 1991 und 2012"; "2016-10" is a month, so 2016."""
    end = int(second if second and len(second) == 4 else first[:2] + (second or first[2:]))
    return end if end > int(first) else int(first)


def has_year(text: str) -> bool:
    """Whether a plain text may name a year: `text_years` finds none in a text without one."""
    return _TEXT_YEAR.search(text) is not None


def text_years(text: str, lang: str) -> list[int]:
    """Years in a plain text, periods read as their last year, name parts and a period's start
    ("seit 2018", "since 2018") skipped (a period such as "2015–2023" names the time reported,
    never a name's year, whatever word stands before it)."""
    data = language_data.get(lang)
    years = []
    for match in _TEXT_YEAR.finditer(text):
        previous_words = text[: match.start()].split()
        if previous_words and not match.group(2) and is_name_part(previous_words[-1], data):
            continue
        if previous_words and previous_words[-1].lower() in data.PERIOD_START_WORDS:
            continue
        years.append(period_end(match.group(1), match.group(2)))
    return years


def token_year(words: Words, i: int, data: ModuleType) -> int | None:
    """The year token `i` stands for ("2010", or the end of "2008 – 2010"), else None."""
    text, lower = words.text, words.lower
    if not _YEAR.match(text[i]):
        return None
    between = i > 0 and (lower[i - 1], lower[i + 1] if i + 1 < len(text) else "") in data.PERIOD_BETWEEN
    if i > 0 and not between and is_name_part(text[i - 1], data):
        return None
    if i > 0 and lower[i - 1] in data.PERIOD_START_WORDS:
        return None
    if i + 2 < len(text) and (text[i + 1] in ("-", "–", "/", "bis", "to") or between):
        second = text[i + 2]
        if _YEAR.match(second) or (_SHORT_YEAR.match(second) and text[i + 1] in ("-", "–", "/")):
            return period_end(text[i], second)
    if i > 1 and text[i - 1] in ("-", "–", "/") and _YEAR.match(text[i - 2]):
        return None  # the second half of a period, read with its first half
    if i > 2 and (lower[i - 3], lower[i - 1]) in data.PERIOD_BETWEEN and _YEAR.match(text[i - 2]):
        return None  # "zwischen 1991 und 2012": read with "1991"
    return int(text[i])


@cache
def relative_phrases(data: ModuleType) -> dict[str, list[tuple[list[str], int]]]:
    """The language's relative time phrases by their first word: [(words, offset in years)]."""
    phrases: dict[str, list[tuple[list[str], int]]] = {}
    for offset, group in ((0, data.PRESENT_WORDS), (-1, data.PREVIOUS_YEAR_WORDS), (1, data.NEXT_YEAR_WORDS), (-10, data.DECADE_BEFORE_WORDS)):
        for phrase in group:
            parts = phrase.split()
            phrases.setdefault(parts[0], []).append((parts, offset))
    return phrases


def relative_years(sentence: Span, data: ModuleType) -> list[tuple[int, int]]:
    """(token index, offset in years) of relative time words: heute 0, last year -1, next year +1,
    "vor 15 Jahren" -15.

    "in the last year" is a span of time, not the previous year, so a determiner before
    the phrase blocks it.
    """
    found = []
    words = words_of(sentence.doc)
    lower = words.lower
    phrases = relative_phrases(data)
    for k in range(sentence.start, sentence.end):
        for parts, offset in phrases.get(lower[k], ()):
            fits = k + len(parts) <= sentence.end and lower[k : k + len(parts)] == parts
            if fits and not (k > sentence.start and lower[k - 1] in ("the", "der", "dem")):
                found.append((k, offset))
        for parts in data.YEARS_AGO:
            if k + len(parts) <= sentence.end and all(p == "#" or lower[k + j] == p for j, p in enumerate(parts)):
                years = number_value(lower[k + parts.index("#")], words.lang)
                if years is not None and years == int(years):
                    found.append((k, -int(years)))
    return sorted(set(found))


def segments(sentence: Span, data: ModuleType) -> list[tuple[int, int]]:
    """Stretches of a sentence a year can belong to, as (start, end) token indices: split at
    commas, semicolons, colons, dashes between clauses, closing brackets and adverbial clauses ("as ...", "since
    Gallup began")."""
    found = sentence.doc.user_data.setdefault(_SEGMENTS, {})
    if sentence.start in found:
        return found[sentence.start]
    words = words_of(sentence.doc)
    text = words.text
    bounds, start = [], sentence.start
    for i in range(sentence.start, sentence.end):
        splits_before = words.lower[i] in data.ADVERBIAL_CLAUSES and i > start and not _YEAR.match(text[i + 1] if i + 1 < len(text) else "")
        opens_aside = text[i] == "(" and is_aside_with_figure(words, i, data)  # "mit 21 % (Vorjahr: 19 %)"
        # "up from 14% and 5%, respectively, in 2022": commas around "respectively" end no clause
        respective = text[i] == "," and ((i > 0 and words.lower[i - 1] in data.RESPECTIVELY) or (i + 1 < len(text) and words.lower[i + 1] in data.RESPECTIVELY))
        if respective:
            continue
        dash = text[i] == "—" or is_dash(words, i)
        if dash and sets_off_figure(words, i, data):
            continue  # "Nearly half of renter households — 49.7% — spent …": the clause goes on around it
        if text[i] in (",", ";", ":") or (text[i] == ")" and not encloses_figure(words, i, data)) or splits_before or dash:
            bounds.append((start, i))
            start = i + (0 if splits_before else 1)
        elif opens_aside and i > start:
            bounds.append((start, i))
            start = i
    bounds.append((start, sentence.end))
    found[sentence.start] = bounds
    return bounds


def is_threshold(mention: Span) -> bool:
    """Whether the parse-based roles found a mention in what another figure's group does ("spent
    more than 30% of their income"); never without them."""
    return Span.has_extension("findings_threshold") and bool(mention._.findings_threshold)


def is_dash(words: Words, i: int) -> bool:
    """Whether a token is a dash set off by spaces that joins two clauses ("52 Prozent – 2019 waren
    es 41 Prozent"), not the hyphen or en dash of a period or range ("2015–2023")."""
    return words.text[i] in ("–", "-") and i > 0 and bool(words.whitespace[i - 1]) and bool(words.whitespace[i])


def is_aside_with_figure(words: Words, opening: int, data: ModuleType) -> bool:
    """Whether an opening bracket starts an aside with a figure of its own and more ("mit 21 %
    (Vorjahr: 19 %)"), not a bracket that holds a figure only ("physicians (63 percent) reported
    ...") or a time only ("from 24% in the previous period (2005-07)"): the clause goes on through those."""
    close = next((k for k in range(opening + 1, min(opening + 12, len(words.text))) if words.text[k] == ")"), None)
    if close is None or encloses_figure(words, close, data):
        return False
    units = {*data.PERCENT_UNITS, *data.POINT_UNITS, "%"}
    return any(words.lower[k] in units for k in range(opening + 1, close))


def sets_off_figure(words: Words, dash: int, data: ModuleType) -> bool:
    """Whether a dash is one of a pair that holds a figure only ("Nearly half of renter households
    — 49.7% — spent …"): the figure restates the share, as a bracket would."""
    units = {*data.PERCENT_UNITS, *data.POINT_UNITS, "%"}
    def is_dash_at(k: int) -> bool:
        return 0 <= k < len(words.text) and (words.text[k] == "—" or is_dash(words, k))
    for step in (1, -1):
        k = dash + step
        while 0 <= k < len(words.text) and abs(k - dash) <= 4 and (words.like_num[k] or words.lower[k] in units):
            k += step
        if abs(k - dash) > 1 and is_dash_at(k):
            return True
    return False


def encloses_figure(words: Words, close: int, data: ModuleType) -> bool:
    """Whether a closing bracket ends a bracket that holds a figure only ("physicians (63
    percent) reported ... in 2021"): the clause goes on after it."""
    units = {*data.PERCENT_UNITS, *data.POINT_UNITS, "%"}
    k = close - 1
    while k >= 0 and close - k <= 4 and (words.like_num[k] or words.lower[k] in units):
        k -= 1
    return k >= 0 and k < close - 1 and words.text[k] == "("


def time_marks(sentence: Span, data: ModuleType) -> list[tuple[int, int | None, int]]:
    """The years and relative time words of a sentence, found once per sentence and kept with its
    Doc: (token index, absolute year or None, relative offset)."""
    found = sentence.doc.user_data.setdefault(_TIME_MARKS, {})
    if sentence.start not in found:
        words = words_of(sentence.doc)
        marks = [(i, year, 0) for i in range(sentence.start, sentence.end) if (year := token_year(words, i, data)) is not None]
        marks += [(i, None, offset) for i, offset in relative_years(sentence, data)]
        found[sentence.start] = [mark for mark in marks if not follows_comparison(words, mark[0], data, sentence.start)]
    return found[sentence.start]


def sentence_year_marks(mention: Span, mentions: list[Span], data: ModuleType) -> list[tuple[int, int | None, int]]:
    """Time marks a mention owns in its sentence: (token index, absolute year or None, relative offset)."""
    sentence = sentence_of(mention)
    words = words_of(mention.doc)
    marks = time_marks(sentence, data)
    in_sentence = [m for m in mentions if sentence_of(m).start == sentence.start]
    owned = []
    for start, end in segments(sentence, data):
        members = [m for m in in_sentence if start <= m.start < end]
        if mention not in members:
            continue
        paired = coordinated_years(words, [mark for mark in marks if start <= mark[0] < end], data)
        if len(members) > 1 and len(paired) == len(members):
            # "2020 und 2022 lag der Anteil bei 61 beziehungsweise 59 Prozent", "47 and 55 percent in 2022 and 2019 respectively"
            owned.append(paired[members.index(mention)])
            continue
        years = [mark for mark in marks if start <= mark[0] < end and mark[1] is not None]
        if len(years) == 1 and (are_coordinated(words, members, data) or change_and_level(words, members, data)):
            owned.append(years[0])  # "down from 25% and 11% respectively in 2022": the one year of both
            continue
        for index, year, offset in marks:
            if start <= index < end and not any(m.start <= index < m.end for m in members):
                nearest = min(members, key=lambda m: (words_between(words, m, index, data), m.start > index))
                if is_threshold(nearest) and not is_threshold(mention):
                    # a threshold within what a figure's group does shares the figure's year
                    # ("49.7% spent more than 30% of their income on rent in 2023")
                    figures = [m for m in members if not is_threshold(m)]
                    nearest = min(figures, key=lambda m: (words_between(words, m, index, data), m.start > index))
                if nearest == mention and not is_baseline(words, mention, index, data):
                    owned.append((index, year, offset))
        if not owned and start > sentence.start and words.lower[start] in data.WHEN_WORDS and words.text[start - 1] == ",":
            # "since 2010, when 50 percent ...": the when-clause is about the year just named (not a
            # comparison's "als": "Mädchen (37 Prozent) häufiger als Jungen (21 Prozent)")
            previous = [i for i in range(sentence.start, start - 1) if _YEAR.match(words.text[i])]
            if previous:
                owned.append((previous[-1], int(words.text[previous[-1]]), 0))
    if not owned:
        owned = time_aside(sentence, mention, in_sentence, marks) or opening_time(sentence, in_sentence, marks) or (
            report_after(sentence, in_sentence, marks, data)) or closing_state(sentence, marks, data)
    return owned


@cache
def time_phrase_words(data: ModuleType) -> frozenset[str]:
    """The words a phrase that only says when may hold besides numbers: prepositions, articles,
    words of time, months and words of a state ("In the 12 months to June 2024", "Stand: Ende 2024")."""
    return frozenset((*data.PREPOSITIONS, *data.DETERMINERS, *data.TIME_WORDS, *data.MONTHS, *data.STATE_WORDS))


def closing_state(sentence: Span, marks: list[tuple[int, int | None, int]], data: ModuleType) -> list:
    """The year of a bracket that closes a sentence and says only when its figures stood
    (`STATE_WORDS`: "(Stand: Ende 2024)", "(as of late 2024)"): it dates them."""
    words = words_of(sentence.doc)
    end = sentence.end - 1
    while end > sentence.start and words.is_punct[end] and words.text[end] != ")":
        end -= 1
    if words.text[end] != ")":
        return []
    opening = next((k for k in range(end - 1, max(sentence.start, end - 8) - 1, -1) if words.text[k] == "("), None)
    if opening is None:
        return []
    inside = range(opening + 1, end)
    if not all(words.is_punct[k] or _YEAR.match(words.text[k]) or words.lower[k] in time_phrase_words(data) for k in inside):
        return []
    return [mark for mark in marks if opening < mark[0] < end and mark[1] is not None]


def report_after(sentence: Span, mentions: list[Span], marks: list[tuple[int, int | None, int]], data: ModuleType) -> list:
    """The years of the clause after a sentence's figures that says who reports them, with a
    reporting verb or a source word ("…, a 2022 laboratory comparison found", "…, researchers at
    Halden University reported in 2019", "…, wie eine Studie aus dem Jahr 2022 zeigt"): the
    findings are of that year."""
    stretches = segments(sentence, data)
    start, end = stretches[-1]
    if len(stretches) < 2 or any(m.start >= start for m in mentions):
        return []
    words = words_of(sentence.doc)
    leads = set(data.SOURCE_LEADS)
    if not any(words.lemma[k].lower() in data.REPORTING_VERBS or words.lower[k] in leads for k in range(start, end)):
        return []
    return [mark for mark in marks if start <= mark[0] < end and mark[1] is not None]


def in_study_name(words: Words, index: int, data: ModuleType) -> bool:
    """Whether the year at `index` is part of a study's name ("Reiseanalyse 2024", "the 2023
    survey", "a 2018 field trial", "ein Feldversuch von 2018") or ends the phrase of a study word
    before it, through its attributes and no verb ("Nach einer Befragung des Vereins unter seinen
    Mitgliedern vom Herbst 2023 haben …"); not across punctuation ("… der Befragten, 2019 waren
    es 51 Prozent")."""
    near = []
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(words.lower) and abs(k - index) <= 2 and any(c.isalnum() for c in words.lower[k]):
            near.append(words.lower[k])
            k += step
    if any(study in word for word in near for study in data.STUDY_WORDS):
        return True
    return study_phrase_before(words, index, data)


def study_phrase_before(words: Words, index: int, data: ModuleType) -> bool:
    """Whether a study word opens the phrase the year at `index` ends: the words back to it are
    articles, possessives, prepositions, numbers, words of time and, capitalised, nouns and names,
    at most `_STUDY_ATTRIBUTES_MAX` of them."""
    for k in range(index - 1, max(index - _STUDY_ATTRIBUTES_MAX - 1, -1), -1):
        word, lower = words.text[k], words.lower[k]
        if any(study in lower for study in data.STUDY_WORDS):
            return True
        if not (lower in attribute_words(data) or word[:1].isupper() or word[:1].isdigit()):
            return False
    return False


@cache
def attribute_words(data: ModuleType) -> frozenset[str]:
    """The lower-case words a study's phrase may have between its study word and its year."""
    return frozenset({*data.DETERMINERS, *data.PREPOSITIONS, *data.PLURAL_POSSESSIVES, *data.SINGULAR_POSSESSIVES,
                      *data.MONTHS, *data.YEAR_NOUNS})


def words_between(words: Words, mention: Span, index: int, data: ModuleType) -> int:
    """How many words stand between a mention and a time mark, not counting prepositions,
    articles and words of time ("von 30 Prozent im Jahr 2019 auf 45 Prozent": as near to 30 as to 45)."""
    between = range(mention.end, index) if mention.start < index else range(index + 1, mention.start)
    fillers = {*data.PREPOSITIONS, *data.DETERMINERS, *data.TIME_WORDS}
    return sum(1 for k in between if words.lower[k] not in fillers)


def time_aside(sentence: Span, mention: Span, mentions: list[Span], marks: list[tuple[int, int | None, int]]) -> list:
    """A year set off right before the figure's stretch, by commas or in brackets: "Vor der
    Pandemie, im Jahr 2019, waren es 3 Prozent", "(2019: 45 Prozent)". Stretches without a
    figure are passed over back to the first one with a year."""
    stretches = segments(sentence, language_data.get(words_of(sentence.doc).lang))
    own = next(k for k, (start, end) in enumerate(stretches) if start <= mention.start < end)
    for start, end in reversed(stretches[:own]):
        if end - start > _OPENING_MAX or any(start <= m.start < end for m in mentions):
            return []
        years = [mark for mark in marks if start <= mark[0] < end]
        if years:
            return years
    return []


def is_baseline(words: Words, mention: Span, index: int, data: ModuleType) -> bool:
    """Whether the time mark at `index` dates the baseline of a comparison that follows a figure:
    "rose by 6 points compared with a survey in 2020" (2020 is not the figure's year), or the start
    of a change in percentage points ("up 5 percentage points from the 2021 edition",
    `CHANGE_START_WORDS`), or the time a change is measured on right after the figure ("up 35
    percent on last year", `CHANGE_BASE_WORDS`)."""
    if index <= mention.end:
        return False
    between = words.lower[mention.end : index]
    if any(cue in " ".join(between) for cue in data.CLAUSE_COMPARISONS):
        return True
    if between and between[0] in data.CHANGE_BASE_WORDS and index - mention.end <= 2:
        return True  # "up 35 percent on last year", "ein Plus von 6,2 Prozent zum Vorjahr"
    return mention._.findings_share.unit == "percentage_points" and any(word in data.CHANGE_START_WORDS for word in between)


def is_compared_figure(words: Words, mention: Span, data: ModuleType) -> bool:
    """Whether a figure is the other side of a comparison ("up from 7 percent in 2017", "compared
    with 41 percent"): its year is the baseline's, not the year the source reports."""
    start = sentence_of(mention).start
    before = " ".join(words.lower[max(start, mention.start - 3) : mention.start])
    return any(before.endswith(cue) for cue in (*data.CLAUSE_COMPARISONS, *data.BASELINE_CUES))


def follows_comparison(words: Words, index: int, data: ModuleType, start: int) -> bool:
    """Whether a time mark is the baseline a comparison names: "Im Vergleich zum Vorjahr",
    "compared with 2019" (but not "up from 46 percent in 2010", where a figure comes between)."""
    window = range(max(index - 4, start), index)  # (within its sentence, which starts at `start`)
    before = " ".join(words.lower[k] for k in window)
    with_mark = f"{before} {words.lower[index]}"  # a cue that ends with the mark's first word: "als im Vorjahr"
    names_baseline = any(before.endswith(cue) or f"{cue} " in before or with_mark.endswith(cue) for cue in data.BASELINE_CUES)
    return names_baseline and not any(words.like_num[k] and not _YEAR.match(words.text[k]) for k in window)


def opening_time(sentence: Span, mentions: list[Span], marks: list[tuple[int, int | None, int]]) -> list:
    """An introductory time phrase ("In 2022, ...", "Three years before, ...") dates the whole
    sentence; so does a longer one that names the study ("In the office's 2023 Environmental
    Quality Survey, ...") or only a time ("In the 12 months to June 2024, ...")."""
    data = language_data.get(words_of(sentence.doc).lang)
    first_start, first_end = segments(sentence, data)[0]
    words = words_of(sentence.doc)
    introduces = first_end < sentence.end and words.text[first_end] == ","
    names_study = any(study in word for word in words.lower[first_start:first_end] for study in data.STUDY_WORDS)
    only_time = all(words.like_num[k] or words.lower[k] in time_phrase_words(data) for k in range(first_start, first_end))
    longest = _OPENING_STUDY_MAX if names_study or only_time else _OPENING_MAX
    if not introduces or first_end - first_start > longest or any(first_start <= m.start < first_end for m in mentions):
        return []
    return [mark for mark in marks if first_start <= mark[0] < first_end]


def names_source(sentence: Span, data: ModuleType) -> bool:
    """Whether a sentence says who reports its figures: a word such as "laut" or "according"
    (`SOURCE_LEADS`), or a comment such as "wie das Bundesamt mitteilte", "as the office reported"
    (`COMMENT_MARKS` and a lemma of `REPORTING_VERBS` before the comma that ends the comment)."""
    words = words_of(sentence.doc)
    for k in range(sentence.start, sentence.end):
        if words.lower[k] in data.SOURCE_LEADS:
            return True
        if words.lower[k] in data.COMMENT_MARKS:
            clause = takewhile(lambda j: words.text[j] != ",", range(k + 1, min(k + 12, sentence.end)))
            if any(words.lemma[j].lower() in data.REPORTING_VERBS for j in clause):
                return True
    return False


def are_coordinated(words: Words, figures: list[Span], data: ModuleType) -> bool:
    """Whether a clause's figures are joined one to the next by a coordinator alone ("25% and 11%
    respectively", "12 bzw. 15 Prozent"), so that they share its time."""
    joiners = {*data.COORDINATORS, *data.RESPECTIVE_JOINERS}
    return len(figures) > 1 and all(
        second.start - first.end == 1 and words.lower[first.end] in joiners for first, second in zip(figures, figures[1:]))


def change_and_level(words: Words, figures: list[Span], data: ModuleType) -> bool:
    """Whether a clause's figures are a change and the level it leads to ("sank 2023 um 0,4
    Prozentpunkte auf 6,8 Prozent", "fell by 0.4 points to 6.8 percent in 2023"): both are of the
    clause's one time (unlike "von 74 auf 78 Prozent", whose first is the level before)."""
    if len(figures) != 2:
        return False
    change, level = figures
    between = words.lower[change.end : level.start]
    return change.start > 0 and words.lower[change.start - 1] in data.CHANGE_CASES and len(between) == 1 and between[0] in data.LEVEL_CASES


def coordinated_years(words: Words, marks: list[tuple[int, int | None, int]], data: ModuleType) -> list[tuple[int, int | None, int]]:
    """The years of a clause's marks when they are coordinated ("2020 und 2022", "2021 bzw. 2023",
    "in 2022 and 2019"), in order, else none: such years go with the clause's figures one by one."""
    years = [mark for mark in marks if mark[1] is not None]
    joiners = {*data.COORDINATORS, *data.RESPECTIVE_JOINERS}
    coordinated = len(years) > 1 and all(
        second - first == 2 and words.lower[first + 1] in joiners for (first, _, _), (second, _, _) in zip(years, years[1:]))
    return years if coordinated else []


def then_year(mention: Span, mentions: list[Span], data: ModuleType) -> int | None:
    """The year a word for "at that time" (`THEN_WORDS`) in the figure's clause stands for
    ("Wir vergleichen mit der Welle von 2017. Damals klagten 29 Prozent …", "back then"): the last
    year its passage named before the sentence; None without one."""
    sentence = sentence_of(mention)
    words = words_of(mention.doc)
    own_start, own_end = next((start, end) for start, end in segments(sentence, data) if start <= mention.start < end)
    after_another = any(m.start < mention.start for m in mentions if sentence_of(m).start == sentence.start)
    start = own_start if after_another else sentence.start  # (the opening phrase of its sentence is the first figure's)
    later = [m.start for m in mentions if sentence_of(m).start == sentence.start and m.start > mention.start]
    end = min([own_end, *later])  # also after the figure in its clause: "lost 3 percent in the same year"
    phrases = [phrase.split() for phrase in data.THEN_WORDS]
    if not any(words.lower[k : k + len(phrase)] == phrase for k in range(start, end) for phrase in phrases):
        return None
    return next((year for i in range(sentence.start - 1, -1, -1) if (year := token_year(words, i, data)) is not None), None)


def resolve_year(mention: Span, mentions: list[Span], context: YearContext) -> ResolvedYear:
    """The year of a mention and where it came from: sentence, context, published or none."""
    data = language_data.get(words_of(mention.doc).lang)
    marks = sentence_year_marks(mention, mentions, data)
    # the year nearest the figure, of those its clause names ("2021 waren es 36 und 2023 44 Prozent": 2023 for 44)
    absolute = [year for _, year, _ in sorted(marks, key=lambda mark: abs(mark[0] - mention.start)) if year is not None]
    relative = [offset for _, year, offset in marks if year is None]
    sentence = sentence_of(mention)
    in_sentence = [m for m in mentions if sentence_of(m).start == sentence.start] if marks else []
    reported = {i for i, _, _ in report_after(sentence, in_sentence, time_marks(sentence, data), data)} if marks else set()
    # a year that names the study or who reports the figures dates the figures after it in its passage too
    named = [year for i, year, _ in marks if year is not None and (in_study_name(words_of(mention.doc), i, data) or i in reported)]
    if named and relative:  # "Laut der Reiseanalyse 2024 haben im vergangenen Jahr 78 Prozent ...": 2023
        return ResolvedYear(named[0] + relative[0], "sentence", True)
    if absolute:
        reported = names_source(sentence, data) and not is_compared_figure(words_of(mention.doc), mention, data)
        return ResolvedYear(absolute[0], "sentence", True, reported=reported, of_study=bool(named))
    then = then_year(mention, mentions, data)
    if then is not None:
        return ResolvedYear(then, "context", True)
    base, base_source = (
        (context.study_year, "context") if context.study_year else (context.published_year, "published")
    )
    if marks:
        index, _, offset = marks[0]
        anaphoric = any(word in data.ANAPHORIC_TIME_WORDS for word in words_of(mention.doc).lower[index : index + 3])
        year, source = (base + offset, base_source) if base else (None, "none")  # (nothing to count from: the article memory may know)
        return ResolvedYear(year, source, True, offset if anaphoric else None, offset=offset)
    own_time = bool(marks) or bool(relative_years(sentence, data))  # "Jetzt setzt sich … fort: … 31 Prozent"
    if context.study_year:
        return ResolvedYear(context.study_year, "context", own_time)
    if context.published_year:
        return ResolvedYear(context.published_year, "published", own_time)
    return ResolvedYear(None, "none", own_time)
