"""English percentage mentions: forms, qualifiers, ranges, number words, points, derived shares."""

import pytest

from tests.extractors.conftest import mentions, only_mention

# (text, mention, value, value_max, qualifier, unit)
PERCENTS = [
    ("Nearly 60% of marketers say so.", "Nearly 60%", 60, None, "under", "percent"),
    ("About 0.5 percent of firms failed.", "About 0.5 percent", 0.5, None, "approx", "percent"),
    ("Some 40 per cent of voters agree.", "Some 40 per cent", 40, None, "approx", "percent"),
    ("Growth was 7 pct last year.", "7 pct", 7, None, "exact", "percent"),
    ("Some 35pc of owners have apps.", "Some 35pc", 35, None, "approx", "percent"),
    ("Twenty-four percent said yes.", "Twenty-four percent", 24, None, "exact", "percent"),
    ("Eleven per cent are unsure.", "Eleven per cent", 11, None, "exact", "percent"),
    ("Two percent disagreed.", "Two percent", 2, None, "exact", "percent"),
    ("More than 50 percent agreed.", "More than 50 percent", 50, None, "over", "percent"),
    ("At least 25% said no.", "At least 25%", 25, None, "over", "percent"),
    ("Less than 10 percent replied.", "Less than 10 percent", 10, None, "under", "percent"),
    ("Just under 25% of respondents use it.", "Just under 25%", 25, None, "under", "percent"),
    ("Some firms invest up to 90% of their budget.", "up to 90%", 90, None, "under", "percent"),
    ("Roughly 22.8% voted for it.", "Roughly 22.8%", 22.8, None, "approx", "percent"),
    ("Only 26 percent reported a drop.", "26 percent", 26, None, "exact", "percent"),
    ("Between 20 and 30 percent said yes.", "Between 20 and 30 percent", 20, 30, "exact", "percent"),
    ("It fell to 20-30% of sales.", "20-30%", 20, 30, "exact", "percent"),
    ("Scores were between 26 percent and 50 percent.", "between 26 percent and 50 percent", 26, 50, "exact", "percent"),
    ("The lead shrank by 3 percentage points.", "3 percentage points", 3, None, "exact", "percentage_points"),
    ("It is within one percentage point of the average.", "within one percentage point", 1, None, "under", "percentage_points"),
    ("Margins of error were plus or minus 3.9 percent.", "plus or minus 3.9 percent", 3.9, None, "exact", "percent"),
    ("Results are within +/- 4 percent.", "within +/- 4 percent", 4, None, "under", "percent"),
    ("Some 40 percent or more will switch.", "Some 40 percent or more", 40, None, "over", "percent"),
]

# (text, mention, value, qualifier)
DERIVED = [
    ("Nearly half of the respondents agreed.", "Nearly half", 50, "under"),
    ("Over half reported higher sales.", "Over half", 50, "over"),
    ("One-third of respondents prefer the office.", "One-third", 33.33, "exact"),
    ("About two-thirds are now online.", "About two-thirds", 66.67, "approx"),
    ("Nearly three-quarters of those surveyed agree.", "Nearly three-quarters", 75, "under"),
    ("About a fifth of adults smoke.", "About a fifth", 20, "approx"),
    ("Around a quarter of their budgets goes to content.", "Around a quarter", 25, "approx"),
    ("7 in 10 nurses feel burned out.", "7 in 10", 70, "exact"),
    ("Nearly six in 10 need credit.", "Nearly six in 10", 60, "under"),
    ("About one in five adults smoke.", "About one in five", 20, "approx"),
    ("Three out of four buyers agree.", "Three out of four", 75, "exact"),
]

NOT_CLAIMS = [
    "See https://example.com/50%25-off for details.",
    "Most marketers say content works.",
    "A majority of adults use social media.",
    "In the first half of 2020 sales rose.",
    "They were twice as likely to agree.",
    "19 out of 30 teams finished.",
    "The score rose 5 points.",
    "Sales in the third quarter rose.",
]


@pytest.mark.parametrize("text,mention,value,value_max,qualifier,unit", PERCENTS)
def test_percent_mentions_en(en_nlp, text, mention, value, value_max, qualifier, unit):
    share = only_mention(en_nlp, text, mention)._.findings_share
    assert (share.value, share.value_max, share.qualifier, share.unit, share.derived) == (
        value, value_max, qualifier, unit, False
    )


@pytest.mark.parametrize("text,mention,value,qualifier", DERIVED)
def test_derived_shares_en(en_nlp, text, mention, value, qualifier):
    share = only_mention(en_nlp, text, mention)._.findings_share
    assert (share.value, share.qualifier, share.derived) == (value, qualifier, True)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims_en(en_nlp, text):
    assert mentions(en_nlp, text) == []


def test_derived_restated_by_percent_is_one_claim_en(en_nlp):
    found = mentions(en_nlp, "Nearly half (46 percent) of respondents said yes.")
    assert [(m.text, m._.findings_share.qualifier, m._.findings_share.derived) for m in found] == [
        ("46 percent", "exact", False)
    ]


def test_respective_figures_give_two_claims_en(en_nlp):
    found = mentions(en_nlp, "Women and men save as often (31 and 29 percent, respectively).")
    assert [(m.text, m._.findings_share.value) for m in found] == [("31", 31), ("29 percent", 29)]
    assert [m.text for m in mentions(en_nlp, "Rates of 31 and 29 percent are common.")] == ["29 percent"]
    found = mentions(en_nlp, "In Kent and Essex the rates were 31.5 and 29.0 per cent respectively.")
    assert [(m.text, m._.findings_share.value) for m in found] == [("31.5", 31.5), ("29.0 per cent", 29)]


def test_change_from_to_gives_two_claims_en(en_nlp):
    found = mentions(en_nlp, "Usage rose from 40% to 50% in a year.")
    assert [m._.findings_share.value for m in found] == [40, 50]
