"""Where a finding's parts stand in its sentence, rendered as escaped HTML marks."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markupsafe import Markup

LABELS = ("MENTION", "SUBJECT", "POPULATION", "YEAR")
MAX_GAP = 2
COLORS = {"MENTION": "#f6c344", "SUBJECT": "#7fc8f8", "POPULATION": "#9be59b", "YEAR": "#f4a6c8"}

_EDGE_PUNCTUATION = "\"'“”„‚‘’«»()[]{}.,;:!?"
_TAG = re.compile(r"<[^>]*>")
_PARTIAL_TAG_START = re.compile(r"^[^<]*>")
_PARTIAL_TAG_END = re.compile(r"<[^>]*$")


@dataclass(frozen=True, slots=True)
class Highlight:
    """A labelled run of whole words of a sentence: words [start, end) of `sentence.split()`."""

    start: int
    end: int
    label: str


def find_highlights(sentence: str, mention: str, subject: str, population: str, year: int | None) -> list[Highlight]:
    """Locate the mention, subject, population and year among the sentence's words.

    A part's words match sentence words that equal them after case folding and trimming punctuation;
    a word also matches an inflected form that differs only in its last two letters (`befragte`,
    `befragten`). The words must come in order, with at most `MAX_GAP` other words between two of them
    (a subject said around the number: `nutzen 2020 Videos`). The first match wins; a part that is not
    in the sentence is left out.

    Returns:
        The highlights found, one per run of adjacent matched words, in the order of `LABELS`.
    """
    words = [_fold(word) for word in sentence.split()]
    parts = zip(LABELS, (mention, subject, population, str(year) if year is not None else ""))
    highlights = []
    for label, part in parts:
        positions = _find_words(words, [_fold(word) for word in part.split()])
        for start, end in _runs(positions):
            highlights.append(Highlight(start, end, label))
    return highlights


def _fold(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).casefold()


def _find_words(words: list[str], part: list[str]) -> list[int]:
    """The positions in `words` of the first in-order match of `part`, or [] (also for an empty part)."""
    for start, word in enumerate(words):
        if part and _same_word(word, part[0]):
            positions = [start]
            for wanted in part[1:]:
                following = range(positions[-1] + 1, min(positions[-1] + 2 + MAX_GAP, len(words)))
                found = next((i for i in following if _same_word(words[i], wanted)), None)
                if found is None:
                    break
                positions.append(found)
            else:
                return positions
    return []


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Adjacent positions joined into [start, end) runs."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return runs


def _same_word(word: str, wanted: str) -> bool:
    if word == wanted:
        return True
    shorter = min(len(word), len(wanted))
    stem = max(shorter - 2, 4)
    return shorter >= 5 and word[:stem] == wanted[:stem] and abs(len(word) - len(wanted)) <= 2


def missing_parts(sentence: str, mention: str, subject: str, population: str, year: int | None) -> list[str]:
    """The labels of the parts a finding has that `find_highlights` does not find in its sentence
    (a population taken from the sentences before, a corrected subject in other words)."""
    found = {h.label for h in find_highlights(sentence, mention, subject, population, year)}
    given = zip(LABELS, (mention, subject, population, year))
    return [label for label, part in given if part not in (None, "") and label not in found]


def render_marks(sentence: str, highlights: list[Highlight], labelled: bool = False) -> Markup:
    """The sentence with `<mark class="label">` around each part (with `labelled`, its label after
    it in a `<span class="label">`), the punctuation around it left outside; a part overlapping an
    earlier one is dropped."""
    words = sentence.split()
    opening: dict[int, str] = {}
    closing: dict[int, str] = {}
    taken: set[int] = set()
    for highlight in highlights:
        span = set(range(highlight.start, highlight.end))
        if span & taken:
            continue
        taken |= span
        opening[highlight.start] = highlight.label.lower()
        closing[highlight.end - 1] = highlight.label
    marked = []
    for i, word in enumerate(words):
        core = word.strip(_EDGE_PUNCTUATION) or word
        at = word.index(core)
        lead, middle, trail = word[:at], word[at : at + len(core)], word[at + len(core) :]
        if i not in opening:
            middle, lead = lead + middle, ""
        if i not in closing:
            middle, trail = middle + trail, ""
        text = html.escape(middle)
        if i in opening:
            text = f'<mark class="{opening[i]}">{text}'
        if i in closing:
            text += f'<span class="label">{closing[i]}</span></mark>' if labelled else "</mark>"
        marked.append(html.escape(lead) + text + html.escape(trail))
    return Markup(" ".join(marked))


def passage_around(text: str, kind: str, char_start: int, char_end: int, width: int = 400) -> tuple[str, str, str]:
    """The article text before, at and after a mention, about `width` characters each side.

    The window is cut between words; for an HTML article the tags are dropped and entities decoded.

    Returns:
        (before, mention, after) as plain text, whitespace collapsed, with an ellipsis where the text goes on.
    """
    left, right = max(char_start - width, 0), min(char_end + width, len(text))
    before, mention, after = text[left:char_start], text[char_start:char_end], text[char_end:right]
    if kind == "html":
        before, after = _PARTIAL_TAG_START.sub("", before), _PARTIAL_TAG_END.sub("", after)
        before, mention, after = (html.unescape(_TAG.sub(" ", piece)) for piece in (before, mention, after))
    before, mention, after = (re.sub(r"\s+", " ", piece) for piece in (before, mention, after))
    if left > 0:
        before = "… " + before.partition(" ")[2]
    if right < len(text):
        after = after.rpartition(" ")[0] + " …"
    return before.strip(), mention.strip(), after.strip()
