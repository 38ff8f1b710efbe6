"""The word class of a sentence's capitalised first word, from a word-class lexicon (HanTa).

The German tagger trained on 2,500 sentences often takes a capitalised adverb at the start of a
sentence for a noun or a name ("Dahinter folgen ...", "Bloß 17 Prozent ..."), and the lemma table
cannot tell a weak noun ("die Jungen") from an adjectival one ("die Befragten"); HanTa's lexicon,
built from the TIGER treebank, knows both. The roles ask it about a first word and a group's noun,
and for the last part of a compound that completes a truncated one ("Grund- und Hauptschüler").
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType


@cache
def lexicon(model: str):
    """HanTa's tagger with the word-class model `model` (loaded once per process, about 0.1 s)."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(model)


@lru_cache(maxsize=50_000)  # bounded: a long run meets ever new words
def lexicon_classes(model: str, word: str) -> tuple[str, ...]:
    """The classes the lexicon `model` knows `word` in (TIGER tags), likeliest first."""
    return tuple(name for name, _ in lexicon(model).tag_word(word))


def word_class(word: str, data: ModuleType) -> str | None:
    """The class the language's lexicon takes `word` for first (a TIGER tag), or None without a lexicon."""
    classes = lexicon_classes(data.WORD_CLASS_MODEL, word) if data.WORD_CLASS_MODEL else ()
    return classes[0] if classes else None


def is_adverb(word: str, data: ModuleType) -> bool:
    """Whether the language's lexicon takes `word` for an adverb first ("Dahinter", "Demnach")."""
    return word_class(word, data) in data.ADVERB_CLASSES


@lru_cache(maxsize=10_000)
def _last_part(model: str, word: str) -> str | None:
    _, morphemes, _ = lexicon(model).analyze(word, taglevel=3)
    stems = [m for m, tag in morphemes if tag in ("NN", "ADJ", "VV")]
    last, tag = morphemes[-1] if morphemes else ("", "")
    return word[-len(last) :] if len(stems) > 1 and tag in ("NN", "ADJ") and word.lower().endswith(last) else None


@lru_cache(maxsize=10_000)
def _last_stem(model: str, word: str) -> str:
    _, morphemes, _ = lexicon(model).analyze(word, taglevel=3)
    stems = [m for m, tag in morphemes if tag in ("NN", "ADJ")]
    return stems[-1] if stems else word.lower()


def last_stem(word: str, data: ModuleType) -> str:
    """The last stem of a word, in lower case and without its endings ("Branchenschätzungen" ->
    "schätzung"), by the lexicon; the word in lower case without one."""
    return _last_stem(data.WORD_CLASS_MODEL, word) if data.WORD_CLASS_MODEL else word.lower()


def compound_last_part(word: str, data: ModuleType) -> str | None:
    """The last part of a compound as written ("Hauptschüler" -> "schüler", "Fehltag" -> "tag"
    after a verb's stem), or None for a word of one part or without a lexicon."""
    return _last_part(data.WORD_CLASS_MODEL, word) if data.WORD_CLASS_MODEL else None


@lru_cache(maxsize=10_000)
def _separable_particle(model: str, word: str) -> str | None:
    _, morphemes, _ = lexicon(model).analyze(word, taglevel=3)
    first, tag = morphemes[0] if morphemes else ("", "")
    return word[: len(first)] if tag == "PTKVZ_SEP" and len(morphemes) > 1 and word.startswith(first) else None


def separable_particle(verb: str, data: ModuleType) -> str | None:
    """The particle a verb written as one word sheds in a main clause ("zurücklegen" -> "zurück",
    as in "legen Geld zurück"), by the lexicon; None for a verb without one ("verbessern",
    "unterbinden", whose prefix may or may not separate) or without a lexicon."""
    return _separable_particle(data.WORD_CLASS_MODEL, verb) if data.WORD_CLASS_MODEL else None
