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

# A sentence ends at a full stop before a capital or a quote, or before a year ("… befragt. 2023
# hatten …"); not before another number, where an abbreviation is more likely ("conducted Nov.
# 10-14, 2023", "am 3. Mai").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„“\"]|(?:19|20)\d\d\b)")
_PERCENT = re.compile(rf"\d\s?%|(?<!\w){unit_pattern()}", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DAY = re.compile(r"(?<![\d.])\d{1,2}\.$")  # a day's number and its full stop, at the end of the text searched
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # also one in a name: the source's "Road Safety Review 2021"
_COMMA = re.compile(r",\s")  # not the comma inside "2,400"
_CLAUSE_END = re.compile(r",\s|\s[–—-]\s|[;:]")
_STUDY_PHRASE_WORDS = 12
_ABOUT = r"(?:(?:more than|over|about|nearly|almost|mehr als|über|rund|knapp|insgesamt)\s+)?"
_QUANTITY = _ABOUT + r"\d[\d.,\u202f\u00a0 ]*"
_HUNDREDS = _ABOUT + r"(?:\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|[1-9]\d{2,})"


@cache
def study_word(lang: str) -> re.Pattern[str]:
    """One of the language's study words ("surveys", "Umfrage"); in a language that writes compounds
    as one word, also a word that starts or ends with one ("Umfrageergebnisse", "Mikrozensus",
    "Verbraucherumfrage"), where elsewhere a longer word is another ("Reporter", "polled")."""
    data = language_data.get(lang)
    words = "|".join(re.escape(word) for word in (*data.STUDY_WORDS, *data.SAMPLE_VERBS))
    if data.COMPOUNDS_AS_ONE_WORD:
        return re.compile(rf"\b(?:{words})|(?:{words})(?:e?n|e?s)?\b", re.IGNORECASE)
    return re.compile(rf"\b(?:{words})(?:s|ed|ing)?\b", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """A light sentence split for article-wide cues (the mined passages use spaCy's), not between a
    day and its month ("zwischen dem 4. März und dem 15. April 2024")."""
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if _DAY.search(text, 0, end.start()) and month_start().match(text, end.end()):
            continue
        pieces.append(text[start : end.start()])
        start = end.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


@cache
def month_start() -> re.Pattern[str]:
    """A month's name, of any language, at the start of a text."""
    months = sorted({month for lang in language_data.SUPPORTED for month in language_data.get(lang).MONTHS}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, months))})\b", re.IGNORECASE)


def study_year(article: Article, passages: Sequence[Passage], lang: str) -> int | None:
    """The year of the study an article reports: a year in the title, in a sentence that names a
    study (survey, Umfrage, poll..., or by a verb of asking: "questioned", "befragt") and states no
    percentage itself (before all others: it says when the study ran; up to a study it names as an
    earlier one), or in the phrase that names the study before a sentence's first percentage ("a
    survey of 1,453 teens conducted in the fall of 2023 finds 46% ...", "Laut dem
    Gesundheitsreport 2023 fühlen sich 34 Prozent ..."), not one
    that names an earlier study; or in the phrase that names the study after a figure ("…, according
    to a poll of 2,000 adults conducted in December 2024"), or in a line that names the source
    (`SOURCE_LABELS`: "Quelle: Unfallbilanz 2021 der Landesverkehrswacht"). Periods give their last year;
    a title's year after the article's own names a plan or a forecast, not the study."""
    if article.title:
        published = article.published.year if article.published else None
        years = [year for year in text_years(article.title, lang) if published is None or year <= published]
        if years:  # not a year after the article's own, which a plan or a forecast names ("what homeowners plan for 2025")
            return max(years)
    data = language_data.get(lang)
    beside_figures = None  # the first year of a study named beside figures, which a sentence about the study alone overrides
    for passage in passages:
        if article.title and " ".join(passage.text.split()) == article.title:
            continue  # the title, read above
        label, colon, _ = passage.text[:20].partition(":")
        if colon and label.strip().lower() in data.SOURCE_LABELS and (years := _YEAR.findall(dates_masked(passage.text, lang))):
            return max(map(int, years))  # a line that names the source: "Quelle: Unfallbilanz 2021 der Landesverkehrswacht"
        if passage.kind == "boilerplate" or not (has_year(passage.text) and study_word(lang).search(passage.text)):
            continue  # none of its sentences can name a study and a year
        if passage.kind == "heading" and date_pattern(lang).search(passage.text):
            continue  # a heading with a calendar date dates the article ("Centre for Media | Report summary | 28 January 2025")
        for sentence in sentences(passage.text):
            figures = [m.start() for m in _PERCENT.finditer(sentence)]
            named = [m.start() for m in study_word(lang).finditer(sentence)]
            studies = [start for start in named if not names_earlier_study(sentence, start, lang)]
            if not studies:
                continue
            if figures:
                phrases = [study_phrase_between_figures(sentence, start, figures, lang) for start in studies]
            else:  # the sentence up to a study it names as an earlier one ("…, with its previous 2021 survey")
                phrases = [sentence[: min([earlier_study_start(sentence, start) for start in named if start not in studies], default=None)]]
            years = [year for phrase in phrases for year in text_years(phrase, lang)]
            if years and not figures:
                return max(years)
            if years and beside_figures is None:
                beside_figures = max(years)
    return beside_figures


def study_phrase_between_figures(sentence: str, start: int, figures: Sequence[int], lang: str) -> str:
    """The phrase that names the study at `start`, up to the next figure of its sentence: before
    the first figure with the words before it ("the 2023 travel survey"); after a figure only from
    the study word on, as the words before it may name a study the figure is compared with ("…
    compared with 28 percent in the 2019 survey", but "…, according to a poll of 2,000 adults
    conducted in December 2024"), or from a word that names it as the source ("according to the
    2024 fourth-quarter survey"), and there only to the end of its clause; none where a
    comparison leads to it ("…, down from 31% in our first survey in 2016")."""
    end = next((figure for figure in figures if figure > start), len(sentence))
    if figures[0] > start:
        return study_phrase(sentence, start, end, lang)
    data = language_data.get(lang)
    last_figure = max(figure for figure in figures if figure < start)
    before = f" {' '.join(sentence[max(figures[0], last_figure - 25) : start].lower().split())} "  # from just before that figure
    earlier_value = any(f", {case} " in before for case in data.EARLIER_VALUE_CASES)  # "…, nach 81 Prozent bei der Erhebung 2020"
    if earlier_value or any(f" {cue} " in before for cue in (*data.CLAUSE_COMPARISONS, *data.BASELINE_CUES)):
        return ""  # the study a figure is compared with: "…, down from 31% in our first survey in 2016"
    # (or from the word that names it as the source: "…, according to the 2024 fourth-quarter survey")
    lead = reporting_lead(lang).search(sentence, figures[0], start)
    if lead is not None and not _CLAUSE_END.search(sentence, lead.start(), start):
        start = lead.start()
    clause = _CLAUSE_END.split(sentence[start:end], maxsplit=1)[0]
    return " ".join(before_period(clause.split(), data))


@cache
def reporting_lead(lang: str) -> re.Pattern[str]:
    """The last word before a study that names it as a sentence's source ("according", "laut")."""
    leads = "|".join(re.escape(word) for word in language_data.get(lang).REPORTING_LEADS)
    return re.compile(rf"\b(?:{leads})\b(?!.*\b(?:{leads})\b)", re.IGNORECASE)


def earlier_study_start(sentence: str, start: int) -> int:
    """Where the words that name the study at `start` as an earlier one begin: the three words
    before it, which hold the word that says so (see `names_earlier_study`)."""
    before = list(re.finditer(r"\S+", sentence[:start]))[-3:]
    return before[0].start() if before else start


def names_earlier_study(sentence: str, start: int, lang: str) -> bool:
    """Whether the study word at `start` names an earlier study than the one reported: a period's
    start, a word such as "last" or the cue of a comparison's baseline among the three words
    before it ("Seit der letzten Erhebung im Jahr 2022", "since the previous survey in 2021",
    "compared with a survey in 2020")."""
    data = language_data.get(lang)
    before = [word.lower().strip(",-") for word in sentence[:start].split()[-3:]]  # (with a compound's first part: "Vorgänger|studie")
    joined = f" {' '.join(before)} "
    return any(word in data.EARLIER_STUDY_WORDS for word in before) or any(f" {cue} " in joined for cue in data.BASELINE_CUES)


def study_phrase(sentence: str, start: int, end: int, lang: str) -> str:
    """The words that name a study from its study word at `start`: the two words before it ("the
    2023 travel survey", and before its name where only names are capitalised: "the 2023
    Environmental Quality Survey"), at most a dozen after it and the relative clause set off by commas that
    follows them ("eine Befragung unter 3.100 Pflegekräften, die im Herbst 2024 durchgeführt
    wurde, …"); none at or after `end` (the first percentage), none after a period's start
    ("seit 2010", "since 2010")."""
    data = language_data.get(lang)
    words_before = sentence[:start].split()
    name = 0  # the words of the study's name before its study word, where only names are capitalised
    while not data.NOUNS_CAPITALIZED and name < min(3, len(words_before)) and words_before[-1 - name][:1].isupper():
        name += 1  # "the 2023 Environmental Quality Survey"
    before = words_before[-2 - name :]
    after = sentence[start:end].split()[:_STUDY_PHRASE_WORDS]
    pieces = _COMMA.split(sentence[start:end])
    relative = pieces[1].split() if len(pieces) > 2 else []  # a clause closed between the first two commas
    if not relative or relative[0].lower() not in data.RELATIVE_PRONOUNS:
        relative = []
    return " ".join(before + before_period(after, data) + before_period(relative, data))


def before_period(words: list[str], data) -> list[str]:
    """The words before a period's start ("seit 2010", "since 2010"), which names no study year."""
    return list(takewhile(lambda word: word.lower() not in data.PERIOD_START_WORDS, words))


def study_population(passages: Sequence[Passage], lang: str) -> str:
    """Whom the study asked: "survey of more than 12,000 consumers" -> "consumers", also past a
    participle or two ("poll, covering more than 12,000 consumers", "Umfrage, durchgeführt unter
    1.000 Firmen"), or a sample of a hundred or more "among" whom a sentence naming the study says
    it ran ("The survey, conducted March 1-5, 2024 among 1,200 registered voters"), or a sample of
    a hundred or more that a verb of asking ends the clause of (`SAMPLE_VERBS`: "hat rund 3.200
    Erwerbstätige zu ihren Schlafgewohnheiten befragt", "2,000 adults were surveyed"); written as
    found (`ParsedRoles.sample_citation_form` gives a German dative plural its citation form)."""
    for passage in passages:
        if not _DIGIT.search(passage.text):
            continue  # the number asked is written in digits
        text = dates_masked(passage.text, lang)
        samples = [m for pattern in sample_patterns(lang) for m in pattern.finditer(text)]
        for match in sorted(samples, key=lambda m: m.start()):
            if match.re is sample_patterns(lang)[1] and not study_word(lang).search(sentence_around(text, match.start())):
                continue
            phrase = sample_phrase(match.group(1).split(), lang)
            if phrase:
                return respondents_if_people(phrase, lang)
    return ""


def respondents_if_people(sample: str, lang: str) -> str:
    """A sample whose noun only says they are people (`PEOPLE_NOUNS`: "Personen ab 18 Jahren",
    "people aged 18 and over") names no group of its own: its figures are the respondents'
    (`RESPONDENTS`); another sample stays as found."""
    data = language_data.get(lang)
    return data.RESPONDENTS if sample.split()[0].lower() in data.PEOPLE_NOUNS else sample


def dates_masked(text: str, lang: str) -> str:
    """`text` with its calendar dates blanked out, so that no day is taken for the size of a sample
    ("vom 14. Oktober bis 8. November 2024 insgesamt 3.124 Versicherte", "from March 3 to 12, 2024
    among 2,400 nurses"); the other words keep their places."""
    return date_pattern(lang).sub(lambda match: " " * len(match.group()), text)


@cache
def date_pattern(lang: str) -> re.Pattern[str]:
    """A calendar date with its day, or a span of days, and its year if given: "14. Oktober",
    "2. bis 20. Mai 2024", "3 March 2024", "March 3-12, 2024"."""
    data = language_data.get(lang)
    month = "(?:" + "|".join(re.escape(m) for m in sorted(data.MONTHS, key=len, reverse=True)) + r")\b\.?"
    to = "(?:" + "|".join(re.escape(w) for w in (*data.RANGE_WORDS, *data.COORDINATORS)) + ")"  # "3 to 9 March", "between 3 and 9 March"
    days = rf"\d{{1,2}}\.?(?:\s*{to}\s*\d{{1,2}}\.?)?"
    year = r"(?:,?\s+\d{4}\b)?"
    return re.compile(rf"(?<!\w)(?:{days}\s+{month}|{month}\s+{days}(?!\d)){year}", re.IGNORECASE)


@cache
def sample_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The phrases that say whom a study asked: a study word and its sample ("survey of 2,000
    adults", "Umfrage unter 1.000 Firmen", "Umfrage unter Schulleitungen"), a sample of a hundred or more after a word of
    `SAMPLE_AMONG` ("among 1,200 registered voters"), and one a verb of `SAMPLE_VERBS` follows in
    its clause ("3.200 Erwerbstätige zu ihren Schlafgewohnheiten befragt"). Group 1 is the text
    after the number."""
    data = language_data.get(lang)
    study = "|".join(re.escape(w) for w in data.STUDY_WORDS)
    cases = "|".join(re.escape(w) for w in data.SAMPLE_CASES)
    among = "|".join(re.escape(w) for w in data.SAMPLE_AMONG)
    words = r"((?:[\w.-]+\s*){1,14})"
    # "unter Schulleitungen" needs no number; a year is none ("the Savings Barometer 2024 published today")
    sample = rf"(?:(?:{among})\s+(?:{_QUANTITY})?|(?:(?:{cases})\s+)?(?!(?:19|20)\d\d\b){_QUANTITY})"
    after_study = rf"\b(?:{study})\w*(?:,?\s+(?-i:[^\W\d_A-ZÄÖÜ]+)){{0,2}}\s+{sample}\s*{words}"
    among_sample = rf"\b(?:{among})\s+{_HUNDREDS}\s+{words}"
    verbs = "|".join(re.escape(w) for w in data.SAMPLE_VERBS)
    asked = rf"(?<![\w.,])(?!(?:19|20)\d\d\b){_HUNDREDS}\s+((?:[\w.-]+\s+){{1,8}}?)(?:{verbs})\b"
    return re.compile(after_study, re.IGNORECASE), re.compile(among_sample, re.IGNORECASE), re.compile(asked, re.IGNORECASE)


def sentence_around(text: str, position: int) -> str:
    """The sentence of `text` that holds `position` (by the light split of `sentences`)."""
    start = 0
    for sentence in sentences(text):
        start = text.find(sentence, start)
        if start <= position < start + len(sentence):
            return sentence
        start += len(sentence)
    return ""


def sample_phrase(words: list[str], lang: str) -> str:
    """The noun phrase that opens `words`, the words after a sample's number, with the phrases that
    narrow it ("Pflegekräften in Krankenhäusern und Heimen", "owners of firms with fewer than 50
    employees", "adults aged 18 and over"): up to another preposition, an article or a verb
    (`SAMPLE_ENDS`: "survey of 3,000 employees found") or the sentence's end; in German up to a
    lower-case word after a noun ("1.000 Personen befragt"), in English up to a participle after
    its first word that no number follows ("1,453 teens conducted"); never into the dates it ran
    ("aged 18 to 66 between 3 and 9 March"), nor into how and when it was asked ("in persönlichen
    Interviews", "vom Herbst 2024": a phrase with a study word or a year), nor into where it was
    drawn (`SAMPLE_FRAME_CASES`: "students at 41 universities")."""
    data = language_data.get(lang)
    stop = (set(data.PREPOSITIONS) - set(data.GROUP_MODIFIER_CASES)) | set(data.DETERMINERS) | set(data.SAMPLE_ENDS)
    joiners = set(data.GROUP_MODIFIER_CASES) | set(data.COORDINATORS)
    phrase: list[str] = []
    narrowing = False  # inside a phrase that narrows the group, where articles and numbers belong
    for k, (word, following) in enumerate(zip(words, [*words[1:], ""])):
        lower = word.lower()
        day = data.ORDINAL_FULL_STOP and lower[:1].isdigit() and lower.endswith(".") and following[:1].isalnum()  # "vom 3. bis 21. März"
        if phrase and (without_end_mark(lower) in data.MONTHS or day):
            # the dates the survey ran end the group: "2,010 UK workers aged 18 to 66 between 3 and 9 March",
            # "1,400 businesses with 10 to 999 employees in October"
            while phrase and (phrase[-1][:1].isdigit() or phrase[-1].lower() in (*data.COORDINATORS, *data.TIME_WORDS)):
                phrase.pop()  # the days, and a word for the part of the month ("in late December", "Ende Mai")
            if phrase and (phrase[-1].lower() in joiners or phrase[-1].lower() in data.PREPOSITIONS):
                phrase.pop()  # and their preposition
            break
        if lower in data.NUMBER_GROUP_MODIFIER_CASES and not following[:1].isdigit():
            if len(phrase) > 1 and phrase[-1].lower() in data.COORDINATORS and phrase[-2][:1].isdigit():
                phrase.append(without_end_mark(word))  # "aged 18 and over" ends the phrase
                return " ".join(phrase)
            break  # "über 50" narrows the group, "über ihre Strategien" says what was asked
        if phrase and lower in joiners and any(names_time_or_study(without_end_mark(w), lang) for w in words[k + 1 : k + 4]):
            break  # how and when it was asked, no narrower group: "in persönlichen Interviews", "vom Herbst 2024"
        if phrase and lower in data.SAMPLE_FRAME_CASES and following[:1].isdigit():
            break  # where it was drawn: "students at 41 universities"
        if phrase and lower in joiners and lower not in data.SAMPLE_ENDS:
            narrowing = narrowing or lower in data.GROUP_MODIFIER_CASES
            phrase.append(word)
            continue
        after_joiner = bool(phrase) and phrase[-1].lower() in joiners
        if phrase and phrase[-1][:1].isdigit() and lower in data.RANGE_WORDS and following[:1].isdigit():
            phrase.append(word)  # "adults aged 25 to 64"
            continue
        if narrowing and (word[0].isdigit() or (after_joiner and lower in data.DETERMINERS)):
            phrase.append(without_end_mark(word))
            continue
        if lower in stop or not word[0].isalpha():
            break
        if data.NOUNS_CAPITALIZED and phrase and phrase[-1][0].isupper() and word[0].islower():
            break  # a lower-case word after a German noun is no longer its phrase ("1.000 Personen befragt")
        participle = phrase and "-" not in word and without_end_mark(word).lower().endswith(data.POSTPOSED_PARTICIPLE_ENDINGS)
        if participle and not following[:1].isdigit():
            break  # "survey of 1,453 teens conducted in the fall", not "adults aged 65 and older"
        phrase.append(without_end_mark(word))
        if word.endswith(".") and without_end_mark(word) != word:
            break  # the sentence ends ("2.400 Pflegekräfte. Ihr Arbeitspensum …")
    while phrase and (phrase[-1].lower() in joiners or phrase[-1].lower() in data.DETERMINERS):
        phrase.pop()  # "Pflegekräften in den Heimen und" keeps no dangling joiner
    if data.NOUNS_CAPITALIZED and not any(word[:1].isupper() for word in phrase):
        return ""  # no noun: "Umfrage von 2022 gaben …" names a year, no one asked
    units = {unit.lower() for unit in (*data.PERCENT_UNITS, *data.POINT_UNITS, *data.AMOUNT_UNITS)}
    if phrase and phrase[0].lower() in units:
        return ""  # "ergab, dass 40 Prozent …": a figure, no sample; "mit mehr als 4.000 Euro Haushaltseinkommen": an amount
    return " ".join(phrase)


def names_time_or_study(word: str, lang: str) -> bool:
    """Whether a word after a sample is a year or a study word ("2024", "Interviews"), not the verb
    of asking that ends its clause ("befragt")."""
    return bool(_YEAR.fullmatch(word)) or (bool(study_word(lang).match(word)) and word.lower() not in language_data.get(lang).SAMPLE_VERBS)


def without_end_mark(word: str) -> str:
    """A word without the comma or full stop after it; an abbreviation keeps its own ("U.S.")."""
    word = word.rstrip(",")
    return word if word.count(".") > 1 else word.rstrip(".")
