"""What a whole article says about its study: the study's year and whom it asked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import takewhile

from extractors import lang as language_data
from extractors.lang import unit_pattern
from extractors.years import has_year, text_years
from findings.records import Article, Passage

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„“\"])")
_PERCENT = re.compile(rf"\d\s?%|(?<!\w){unit_pattern()}", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_STUDY_PHRASE_WORDS = 12
_QUANTITY = r"(?:(?:more than|over|about|nearly|almost|mehr als|über|rund|knapp|insgesamt)\s+)?\d[\d.,\u202f\u00a0 ]*"


@cache
def study_word(lang: str) -> re.Pattern[str]:
    """A word that starts like one of the language's study words ("Umfrage", "surveys"), or in a
    language that writes compounds as one word, also ends with one ("Mikrozensus", "Verbraucherumfrage")."""
    data = language_data.get(lang)
    words = "|".join(re.escape(word) for word in data.STUDY_WORDS)
    ending = rf"|(?:{words})(?:e?n|e?s)?\b" if data.COMPOUNDS_AS_ONE_WORD else ""
    return re.compile(rf"\b(?:{words}){ending}", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """A light sentence split for article-wide cues (the mined passages use spaCy's)."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def study_year(article: Article, passages: Sequence[Passage], lang: str) -> int | None:
    """The year of the study an article reports: a year in the title, in a sentence that names a
    study (survey, Umfrage, poll...) and states no percentage itself, or in the phrase that names
    the study before a sentence's first percentage ("a survey of 1,453 teens conducted in the fall
    of 2023 finds 46% ...", "Laut dem Gesundheitsreport 2023 fühlen sich 34 Prozent ...").
    Periods give their last year."""
    if article.title:
        years = text_years(article.title, lang)
        if years:
            return max(years)
    for passage in passages:
        if passage.kind == "boilerplate" or not (has_year(passage.text) and study_word(lang).search(passage.text)):
            continue  # none of its sentences can name a study and a year
        for sentence in sentences(passage.text):
            study = study_word(lang).search(sentence)
            if study is None:
                continue
            percent = _PERCENT.search(sentence)
            phrase = study_phrase(sentence, study.start(), percent.start(), lang) if percent else sentence
            years = text_years(phrase, lang)
            if years:
                return max(years)
    return None


def study_phrase(sentence: str, start: int, end: int, lang: str) -> str:
    """The words that name a study from its study word at `start`: the word before it ("the 2023
    survey") and at most a dozen after it, none at or after `end` (the first percentage), none
    after a period's start ("seit 2010", "since 2010")."""
    before = sentence[:start].split()[-1:]
    after = sentence[start:end].split()[:_STUDY_PHRASE_WORDS]
    period_starts = language_data.get(lang).PERIOD_START_WORDS
    after = list(takewhile(lambda word: word.lower() not in period_starts, after))
    return " ".join(before + after)


def study_population(passages: Sequence[Passage], lang: str) -> str:
    """Whom the study asked: "survey of more than 12,000 consumers" -> "consumers", also past a
    participle or two ("poll, covering more than 12,000 consumers", "Umfrage, durchgeführt unter
    1.000 Firmen"); written as found (a German dative plural keeps its -n)."""
    data = language_data.get(lang)
    study = "|".join(re.escape(w) for w in data.STUDY_WORDS)
    pattern = re.compile(
        rf"\b(?:{study})\w*(?:,?\s+(?-i:[^\W\d_A-ZÄÖÜ]+)){{0,2}}\s+(?:(?:of|von|unter|among|mit|with)\s+)?{_QUANTITY}\s*((?:[\w.-]+\s*){{1,5}})",
        re.IGNORECASE,
    )
    stop = set(data.PREPOSITIONS) | set(data.DETERMINERS) | {"was", "were", "is", "are", "who", "that", "shows", "zeigt", "aged", "wurde", "wurden"}
    units = {unit.lower() for unit in (*data.PERCENT_UNITS, *data.POINT_UNITS)}
    for passage in passages:
        if not _DIGIT.search(passage.text):
            continue  # the number asked is written in digits
        for match in pattern.finditer(passage.text):
            phrase = []
            for word in match.group(1).split():
                if word.lower() in stop or not word[0].isalpha():
                    break
                if data.NOUNS_CAPITALIZED and phrase and phrase[-1][0].isupper() and word[0].islower():
                    break  # a lower-case word after a German noun is no longer its phrase ("1.000 Personen befragt")
                phrase.append(word.strip(".,"))
            if data.NOUNS_CAPITALIZED and not any(word[:1].isupper() for word in phrase):
                continue  # no noun: "Umfrage von 2022 gaben …" names a year, no one asked
            if phrase and phrase[0].lower() not in units:  # "ergab, dass 40 Prozent …": a figure, no sample
                return " ".join(phrase)
    return ""
