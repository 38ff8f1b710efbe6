"""The language modules: the same names in every language, and no word in two qualifier classes."""

import pytest

from extractors import lang


def public_names(module):
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


def test_languages_define_the_same_names():
    de, en = (lang.get(code) for code in ("de", "en"))
    assert public_names(de) == public_names(en)


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_qualifier_phrases_belong_to_one_class(code):
    qualifiers = lang.get(code).QUALIFIERS
    seen = [phrase for phrases in qualifiers.values() for phrase in phrases]
    assert len(seen) == len(set(seen))


def test_unknown_language_names_the_supported_ones():
    with pytest.raises(ValueError, match="supported: de, en"):
        lang.get("fr")


@pytest.mark.parametrize(
    "word,value", [("vierundzwanzig", 24), ("einundneunzig", 91), ("zwölf", 12), ("hundert", 100)]
)
def test_german_number_words(word, value):
    assert lang.get("de").NUMBER_WORDS[word] == value


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_every_mention_in_the_tables_passes_the_candidate_filter(code):
    from extractors.pipeline import is_claim_candidate
    from tests.extractors import test_mentions_de, test_mentions_en

    tables = {"de": test_mentions_de, "en": test_mentions_en}[code]
    texts = [row[0] for row in tables.PERCENTS + tables.DERIVED]
    assert [text for text in texts if not is_claim_candidate(text, code)] == []
