import pytest

from findings.review.highlight import Highlight, find_highlights, missing_parts, passage_around, render_marks

SENTENCE = "Rund 62 Prozent der befragten Unternehmen nutzen 2020 Videos."


@pytest.mark.parametrize(
    "mention, subject, population, year, expected",
    [
        ("Rund 62 Prozent", "nutzen Videos", "befragte Unternehmen", 2020,
         [("MENTION", 0, 3), ("SUBJECT", 6, 7), ("SUBJECT", 8, 9), ("POPULATION", 4, 6), ("YEAR", 7, 8)]),
        ("62 Prozent", "nutzen 2020 Videos", "", None, [("MENTION", 1, 3), ("SUBJECT", 6, 9)]),
        ("rund 62 prozent", "Videos", "Firmen", 2019, [("MENTION", 0, 3), ("SUBJECT", 8, 9)]),
        ("62 %", "", "Händler", None, []),
        ("62 Prozent", "nutzen Podcasts", "", None, [("MENTION", 1, 3)]),
    ],
)
def test_find_highlights_locates_whole_words(mention, subject, population, year, expected):
    found = find_highlights(SENTENCE, mention, subject, population, year)
    assert sorted((h.label, h.start, h.end) for h in found) == sorted(expected)


def test_render_marks_labels_each_part_when_asked():
    markup = render_marks("<b>42 %</b> of <i>x</i>", [Highlight(0, 2, "MENTION")], labelled=True)
    assert markup == '<mark class="mention">&lt;b&gt;42 %&lt;/b&gt;<span class="label">MENTION</span></mark> of &lt;i&gt;x&lt;/i&gt;'


def test_render_marks_escapes_and_skips_overlaps():
    highlights = [Highlight(1, 3, "MENTION"), Highlight(2, 4, "YEAR"), Highlight(3, 4, "SUBJECT")]
    markup = render_marks("a <b> c d", highlights)
    assert markup == 'a <mark class="mention">&lt;b&gt; c</mark> <mark class="subject">d</mark>'


@pytest.mark.parametrize(
    "text, kind, width, expected",
    [
        ("one two three 42 % four five six", "text", 100, ("one two three", "42 %", "four five six")),
        ("one two three 42 % four five six", "text", 7, ("… three", "42 %", "four …")),
        ("<p>Es sind</p>\n<p>42&nbsp;% <b>der</b> Leute</p>", "html", 100, ("Es sind", "42 %", "der Leute")),
    ],
)
def test_passage_around_cuts_between_words(text, kind, width, expected):
    start = text.index("42")
    end = start + (len("42 %") if kind == "text" else len("42&nbsp;%"))
    assert passage_around(text, kind, start, end, width) == expected


PUNCTUATED = "Roughly (between 20 and 30 percent, of adults) said so."


def test_highlights_leave_the_punctuation_around_a_part_outside():
    found = find_highlights(PUNCTUATED, "between 20 and 30 percent", "said so", "adults", None)
    assert render_marks(PUNCTUATED, found) == (
        'Roughly (<mark class="mention">between 20 and 30 percent</mark>, of <mark class="population">adults</mark>)'
        ' <mark class="subject">said so</mark>.'
    )
    assert render_marks(PUNCTUATED, found, labelled=True).endswith('said so<span class="label">SUBJECT</span></mark>.')


def test_a_part_not_in_the_sentence_is_named():
    assert missing_parts(PUNCTUATED, "between 20 and 30 percent", "said so", "Befragte", 2020) == ["POPULATION", "YEAR"]
    assert missing_parts(PUNCTUATED, "between 20 and 30 percent", "", "adults", None) == []
