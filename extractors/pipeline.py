"""One spaCy pipeline per language, built in code: tokenizer, sentences, lemmas and our rules."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.util import compile_infix_regex, compile_suffix_regex

import extractors.components.claim_spans  # noqa: F401  (registers the factories)
import extractors.components.dateline  # noqa: F401
import extractors.components.derived_shares  # noqa: F401
import extractors.components.fallback_roles  # noqa: F401
import extractors.components.lexicon_classes  # noqa: F401  (named by the German trained pipeline)
import extractors.components.lookup_lemmas  # noqa: F401
import extractors.components.parsed_roles  # noqa: F401
import extractors.components.percent_mentions  # noqa: F401
from extractors import lang as language_data
from extractors.components.sentence_parse import trained_pipeline
from extractors.lang import SUPPORTED, unit_pattern

# The project's trained pipelines (tagger and parser, see models/README.md), one folder per language.
MODELS = Path(__file__).resolve().parent.parent / "models"
# FINDINGS_SPACY_MODEL=blank keeps the fallback rules without a parse; a folder path (with the
# language in its meta.json) chooses another trained pipeline.
MODEL_SETTING = "FINDINGS_SPACY_MODEL"

RULE_COMPONENTS = ("findings_percent_mentions", "findings_derived_shares")


def trained_pipeline_path(lang: str) -> Path | None:
    """The trained pipeline to parse `lang` with: the setting's, else the project's, else None."""
    setting = os.environ.get(MODEL_SETTING, "")
    if setting == "blank":
        return None
    path = Path(setting) if setting else MODELS / lang
    if setting and not (path / "meta.json").is_file():
        raise ValueError(f"{MODEL_SETTING}={setting!r}: no trained pipeline there (expected 'blank' or a folder with meta.json)")
    if not (path / "meta.json").is_file() or json.loads((path / "meta.json").read_text()).get("lang") != lang:
        return None
    return path


def split_numbers(nlp: Language) -> None:
    """Tokenize "20–30" as three tokens, "35pc" as number and unit, and a year that ends a
    sentence apart from its full stop ("im Jahr 2015.", which German would keep as an ordinal)."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[0-9])[–—-](?=[0-9])"]
    suffixes = list(nlp.Defaults.suffixes) + [rf"(?<=[0-9])(?i:{unit_pattern(nlp.lang)})", r"(?<=(?:19|20)[0-9][0-9])\."]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def base_pipeline(lang: str, trained: Path | None = None) -> Language:
    """A blank `lang` pipeline with a sentencizer and lookup lemmas, on the vocabulary of the
    trained pipeline at `trained` when given (its parses then share strings with the passages)."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(SUPPORTED)}")
    vocab = trained_pipeline(str(trained)).vocab if trained else True
    nlp = spacy.blank(lang, vocab=vocab)
    nlp.add_pipe("sentencizer", config={"punct_chars": [*Sentencizer.default_punct_chars, ";"]})  # a semicolon joins two sentences
    nlp.add_pipe("findings_dateline")
    nlp.add_pipe("findings_lookup_lemmatizer", name="lemmatizer")
    nlp.initialize()
    split_numbers(nlp)
    return nlp


@cache
def load_pipeline(lang: str) -> Language:
    """The extraction pipeline for `lang`, built once per process (`build_pipeline`)."""
    return build_pipeline(lang)


def build_pipeline(lang: str) -> Language:
    """Build the extraction pipeline for `lang`: mentions, then the parse of their sentences and
    the roles read from it; without a trained pipeline, the fallback roles."""
    trained = trained_pipeline_path(lang)
    nlp = base_pipeline(lang, trained)
    for component in RULE_COMPONENTS:
        nlp.add_pipe(component)
    if trained:
        lower_title_case = not language_data.get(lang).NOUNS_CAPITALIZED
        nlp.add_pipe("findings_sentence_parse", config={"model": str(trained), "lower_title_case": lower_title_case})
        nlp.add_pipe("findings_parsed_roles")
    else:
        nlp.add_pipe("findings_fallback_roles")
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
