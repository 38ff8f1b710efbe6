"""One spaCy pipeline per language, built in code: tokenizer, sentences, lemmas and our rules."""

from __future__ import annotations

import os
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

import extractors.components.claim_roles  # noqa: F401  (registers the factories)
import extractors.components.derived_shares  # noqa: F401
import extractors.components.lookup_lemmas  # noqa: F401
import extractors.components.parsed_roles  # noqa: F401
import extractors.components.percent_mentions  # noqa: F401
from extractors import lang as language_data
from extractors.lang import SUPPORTED

# Trained pipelines used when installed; the rules never require one.
TRAINED_PIPELINES = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
# Set FINDINGS_SPACY_MODEL=blank to ignore installed trained pipelines, or to a package name.
MODEL_SETTING = "FINDINGS_SPACY_MODEL"

RULE_COMPONENTS = ("findings_percent_mentions", "findings_derived_shares", "findings_claim_roles")


def trained_pipeline_name(lang: str) -> str | None:
    """The trained pipeline to use for `lang`: the setting, else the first one installed."""
    setting = os.environ.get(MODEL_SETTING, "")
    if setting == "blank":
        return None
    if setting and setting[:2] == lang:
        return setting
    return next((name for name in TRAINED_PIPELINES[lang] if spacy.util.is_package(name)), None)


def split_numbers(nlp: Language) -> None:
    """Tokenize "20–30" as three tokens and "35pc" as number and unit."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[0-9])[–—-](?=[0-9])"]
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:pc|pct|Prozent|percent)\.?"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def base_pipeline(lang: str) -> Language:
    """The pipeline the rules run on, newly built: a trained pipeline when installed (see
    `trained_pipeline_name`), otherwise a blank one with a sentencizer and lookup lemmas."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED)}")
    name = trained_pipeline_name(lang)
    if name:
        nlp = spacy.load(name, exclude=["ner"])
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("findings_lookup_lemmatizer", name="lemmatizer")
        nlp.initialize()
    split_numbers(nlp)
    return nlp


@cache
def load_pipeline(lang: str) -> Language:
    """Build (once per process) the extraction pipeline for `lang`: `base_pipeline` and our rules."""
    nlp = base_pipeline(lang)
    for component in RULE_COMPONENTS:
        nlp.add_pipe(component)
    if nlp.has_pipe("parser"):
        nlp.add_pipe("findings_parsed_roles")  # the parse, where there is one, has the last word
    return nlp


def is_claim_candidate(text: str, lang: str) -> bool:
    """Whether `text` has what any mention needs somewhere: a percent sign or word, a fraction or
    ordinal share, a respondents word, or "N in M". A passage without it is not run through the
    pipeline at all. "N in M", slow to try at every word, is tried only where its joiner ("in",
    "von") stands between spaces."""
    percent_or_share, joiner, n_in_m = candidate_patterns(lang)
    return bool(percent_or_share.search(text) or (joiner.search(text) and n_in_m.search(text)))


@cache
def candidate_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of `is_claim_candidate`: percent signs and share words, a joiner, "N in M"."""
    data = language_data.get(lang)
    words = [*data.PERCENT_UNITS, *data.POINT_UNITS, *data.FRACTIONS, *data.ORDINAL_SHARES, *data.RESPONDENT_WORDS]
    words += [sequence[0] for sequence in data.PERCENT_UNIT_SEQUENCES + data.POINT_UNIT_SEQUENCES]
    alternatives = [re.escape(word) for word in words if word[:1].isalpha()]
    number = "|".join([r"\d+", *(re.escape(word) for word in data.NUMBER_WORDS)])
    joiners = "|".join(re.escape(joiner) for joiner in data.N_IN_M)
    n_in_m = rf"\b(?:{number})\s+(?:{joiners})\s+(?:{number})\b"
    patterns = (rf"%|\d\s?pc|\b(?:{'|'.join(alternatives)})", rf"\s(?:{joiners})\s", n_in_m)
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)
