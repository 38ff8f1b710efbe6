import dataclasses
import random
import re

import pytest

from findings import dedup
from findings.dedup import dedupe_passages, merge_duplicate_findings, normalize_for_key, percent_signature
from findings.loading import read_article
from findings.passages import split_passages
from findings.records import Finding, Passage

SEED_PARAGRAPH = (
    "Social Media ist im Jahr 2016 integraler Bestandteil der B2B-Kommunikation. 91 Prozent aller befragten "
    "B2B-Unternehmen nutzen mittlerweile mindestens einen Kanal. Organisatorisch und strategisch ist Social "
    "Media in den Unternehmen angekommen, so die „Studie“ – und das zeigt sich auch im Budget."
)
SYNDICATED = (
    "Social Media ist im Jahr 2016 integraler Bestandteil der B2B-Kommunikation. 91 % aller befragten "
    "B2B-Unternehmen nutzen inzwischen mindestens einen Kanal. Organisatorisch und strategisch ist Social "
    'Media in den Unternehmen angekommen, so die "Studie" - und das zeigt sich auch im Budget.'
)


def passage(text: str, doc_id: str = "a.txt", char_start: int = 0, index: int = 0, kind: str = "body") -> Passage:
    return Passage(doc_id=doc_id, index=index, text=text, char_start=char_start, lang="de", kind=kind)


def cluster_shape(clusters) -> list[tuple[tuple[str, int], ...]]:
    return [tuple((p.doc_id, p.char_start) for p in c.occurrences) for c in clusters]


@pytest.mark.parametrize(
    "text, key",
    [
        ("  Rund\u00a062\u202fProzent  der Befragten ", "rund 62 prozent der befragten"),
        ("„Studie“ – ‚kurz‘ — «lang»", '"studie" - \'kurz\' - "lang"'),
        ("* 95 Prozent der Strategien", "95 prozent der strategien"),
        ("  • More people (59 percent)", "more people (59 percent)"),
        ("● Still Stocking Up", "still stocking up"),
        ("3. Endverbraucherprodukte", "endverbraucherprodukte"),
        ("GROSSE Straße: 12,5 %", "grosse strasse: 12,5 %"),
        ("Ｆｕｌｌｗｉｄｔｈ ５０％", "fullwidth 50%"),
    ],
)
def test_normalize_for_key(text, key):
    assert normalize_for_key(text) == key


@pytest.mark.parametrize(
    "text, signature",
    [
        ("91 Prozent aller Unternehmen", ("91",)),
        ("Rund 12,5 % und 7 Prozent", ("12.5", "7")),
        ("Nur zwei Prozent und 40 per cent", ("40", "zwei")),
        ("Some 35pc of owners, up 3 percentage points", ("3", "35")),
        ("Quelle: http://example.org/a%20b.jpg ohne Anteil", ()),
        ("Keine Zahl hier", ()),
    ],
)
def test_percent_signature(text, signature):
    assert percent_signature(normalize_for_key(text)) == signature


def test_percent_signature_scans_like_the_plain_pattern(shared_dir, monkeypatch):
    """The unit pre-check only skips work, never a number; a signature holds numbers (digits or
    number words) before a unit of either language, nothing else ("to" of "topc", "app")."""
    texts = [
        "x5 % und 5%5% und ab.5 prozent",
        "50prozentig, 3pct, topc 7 v. h., 2 v.h.",
        "siehe www.example.org/50% und 3 % sowie 4 per cent und 6 percentage points",
        "12,5 prozentpunkten; 1.000 prozent. 30 pc",
        "zehn prozent, twenty-four percent, a large percent, knapp 5 pp, die app",
    ]
    texts += [
        normalize_for_key(passage.text)
        for path in sorted((shared_dir / "corpus").glob("*.txt")) + sorted((shared_dir / "corpus_en").glob("*.txt"))
        for passage in split_passages(read_article(path, path.name))
    ]
    fast = [percent_signature(text) for text in texts]
    monkeypatch.setattr(dedup, "PERCENT_UNIT", re.compile(""))
    assert fast == [percent_signature(text) for text in texts]
    assert fast[:5] == [("5", "5", "5"), ("2", "3", "7"), ("3", "4", "6"), ("1", "12.5", "30"), ("5", "four", "zehn")]


def test_dedupe_passages_clusters_the_repeated_body_of_seed_004(shared_dir):
    article = read_article(shared_dir / "corpus" / "004_18b50fe6f8da242d.txt", "004.txt")
    passages = split_passages(article)
    clusters = dedupe_passages(passages)
    repeated = [c for c in clusters if len(c.occurrences) > 1]
    assert len(repeated) == 20
    second_copy = article.text.index("„Nur, weil", article.text.index("„Nur, weil") + 1)
    for cluster in repeated:
        first, second = cluster.occurrences
        assert cluster.canonical == first
        assert first.char_start < second_copy <= second.char_start
        assert first.text == second.text
    assert sum(len(c.occurrences) for c in clusters) == len(passages)


def test_dedupe_passages_clusters_a_syndicated_variant():
    clusters = dedupe_passages([passage(SYNDICATED, "b.txt", 40), passage(SEED_PARAGRAPH, "a.txt", 300)])
    assert cluster_shape(clusters) == [(("a.txt", 300), ("b.txt", 40))]
    assert clusters[0].canonical.doc_id == "a.txt"
    assert clusters[0].docs == ("a.txt", "b.txt")


def test_dedupe_passages_keeps_a_variant_with_a_changed_percentage_apart():
    changed = SYNDICATED.replace("91 %", "93 %")
    clusters = dedupe_passages([passage(SEED_PARAGRAPH, "a.txt"), passage(changed, "b.txt")])
    assert cluster_shape(clusters) == [(("a.txt", 0),), (("b.txt", 0),)]


def test_dedupe_passages_merges_bullet_styles():
    text = "More people (59 percent) are stocking up now as compared to June (53 percent)."
    clusters = dedupe_passages(
        [passage("● " + text, "en_dev_01.txt", 900, kind="list_item"), passage("  • " + text, "en_dev_02.txt", 500)]
    )
    assert cluster_shape(clusters) == [(("en_dev_01.txt", 900), ("en_dev_02.txt", 500))]


def test_dedupe_passages_short_passages_cluster_only_exactly():
    texts = ["Fazit", "FAZIT", "Fazit:", "Methode: Online-Umfrage", "Methode: Online-Umfragen"]
    clusters = dedupe_passages([passage(text, f"{i}.txt") for i, text in enumerate(texts)])
    assert cluster_shape(clusters) == [(("0.txt", 0), ("1.txt", 0)), (("2.txt", 0),), (("3.txt", 0),), (("4.txt", 0),)]


def test_dedupe_passages_is_order_independent(shared_dir):
    passages = [
        p
        for name in ("corpus/004_18b50fe6f8da242d.txt", "corpus_en/en_dev_09.txt", "corpus_en/en_dev_10.txt")
        for p in split_passages(read_article(shared_dir / name, name.split("/")[1]))
    ]
    passages += [passage(SEED_PARAGRAPH, "x.txt", 5), passage(SYNDICATED, "w.txt", 9)]
    expected = dedupe_passages(passages)
    shuffled = passages[:]
    random.Random(7).shuffle(shuffled)
    assert dedupe_passages(shuffled) == expected
    repeated = [c.docs for c in expected if len(c.docs) > 1]
    assert repeated == [("en_dev_09.txt", "en_dev_10.txt")] * 3 + [("w.txt", "x.txt")]


def test_dedupe_passages_empty_input():
    assert dedupe_passages([]) == []


def finding(sentence: str, doc_id: str = "a.txt", char_start: int = 0, **changes) -> Finding:
    base = Finding(
        finding_id=f"{doc_id}:{char_start}",
        doc_id=doc_id,
        docs=doc_id,
        lang="en",
        mention="59 percent",
        value=59.0,
        value_max=None,
        qualifier="exact",
        unit="percent",
        subject="are stocking up",
        population="people",
        year=2020,
        year_source="sentence",
        sentence=sentence,
        char_start=char_start,
        char_end=char_start + 10,
    )
    return dataclasses.replace(base, **changes)


STOCKING = "More people (59 percent) are stocking up now as compared to June (53 percent), purchasing food and water."
SPENDING = (
    "A majority (54 percent) say they are now spending less than at the start of the pandemic, compared to only "
    "26 percent who reported decreased spending in June."
)
SPENDING_WITH_LEAD = (
    "Sparing Spenders: As the economic impact of COVID-19 continues to affect consumers’ budgets, the majority "
    "(54 percent) say they are now spending less than at the start of the pandemic, compared to only 26 percent "
    "who reported decreased spending in June."
)


@pytest.mark.parametrize(
    "first, second, merged",
    [
        (finding(STOCKING), finding(STOCKING, "b.txt"), True),
        (finding(STOCKING), finding("• " + STOCKING.upper().replace(",", " ;"), "b.txt"), True),
        (finding(STOCKING), finding(STOCKING.replace("food", "drinks"), "b.txt"), True),
        (finding(STOCKING), finding(STOCKING.replace(" ", "\n", 3), "b.txt"), True),
        (
            finding(SPENDING, mention="54 percent", value=54.0),
            finding(SPENDING_WITH_LEAD, "b.txt", mention="54 percent", value=54.0),
            False,
        ),
        (finding(STOCKING), finding(STOCKING, "b.txt", value=60.0, mention="60 percent"), False),
        (finding(STOCKING), finding(STOCKING, "b.txt", unit="percentage_points"), False),
        (finding(STOCKING), finding(STOCKING, "b.txt", mention="about 59 percent"), False),
        (finding(STOCKING, value_max=None), finding(STOCKING, "b.txt", value_max=65.0), False),
        (finding("More people (59 percent) are stocking up."), finding("Fewer (59 percent) went out.", "b.txt"), False),
    ],
)
def test_merge_duplicate_findings(first, second, merged):
    result = merge_duplicate_findings([second, first])
    if merged:
        assert result == [dataclasses.replace(first, docs="a.txt;b.txt")]
    else:
        assert result == [second, first]


def test_merge_duplicate_findings_keeps_the_canonical_row_in_place():
    other = finding(SPENDING, "a.txt", 50, mention="54 percent", value=54.0)
    rows = [
        finding(STOCKING, "a.txt", 10),
        other,
        finding(STOCKING, "b.txt", 5, docs="b.txt;c.txt", year=2021),
        finding(STOCKING, "a.txt", 900),
    ]
    assert merge_duplicate_findings(rows) == [
        dataclasses.replace(rows[0], docs="a.txt;b.txt;c.txt"),
        other,
    ]


def test_merge_duplicate_findings_keeps_two_equal_figures_of_one_sentence():
    sentence = "One-third would prefer the office, while one-third would prefer home."
    first = finding(sentence, "a.txt", 0, mention="one-third", value=33.33)
    second = finding(sentence, "a.txt", 41, mention="one-third", value=33.33)
    copy = finding(sentence, "b.txt", 7, mention="one-third", value=33.33)
    assert merge_duplicate_findings([first, second, copy]) == [
        dataclasses.replace(first, docs="a.txt;b.txt"),
        second,
    ]
