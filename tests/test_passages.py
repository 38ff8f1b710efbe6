import pytest

from findings.passages import (
    MAX_PASSAGE_CHARS,
    _language_identifier,
    article_language,
    detect_language,
    parse_html,
    split_passages,
    text_blocks,
)
from findings.records import Article


def article(text: str, kind: str = "text", doc_id: str = "a.txt") -> Article:
    return Article(doc_id=doc_id, text=text, kind=kind, encoding="utf-8", content_hash="0")


def assert_offsets_exact(source: str, passage) -> None:
    """Every visible character of the passage maps back to the same character of the raw source."""
    for i, char in enumerate(passage.text):
        if not char.isspace():
            assert source[passage.raw_offset(i)] == char, (passage.text, i)


def test_split_passages_one_per_line_with_raw_offsets():
    text = "  Titel der Studie\r\n\r\nRund 62 Prozent nutzen Videos.\rZweite Zeile hier.  \n"
    passages = split_passages(article(text))
    assert [p.text for p in passages] == ["Titel der Studie", "Rund 62 Prozent nutzen Videos.", "Zweite Zeile hier."]
    assert [p.index for p in passages] == [0, 1, 2]
    for passage in passages:
        assert text[passage.char_start : passage.char_start + len(passage.text)] == passage.text


@pytest.mark.parametrize(
    "lines, lang, expected",
    [
        (["The survey shows that", "most people agree."], "en", 1),
        (["Die Studie zeigt, dass die", "Mehrheit zustimmt."], "de", 1),
        (["The poll, conducted by the Association for", "Enterprise Opportunity, found more."], "en", 1),
        (["Washington, DC,", "Oct. 9, 2012: A poll was released."], "en", 1),
        (["Eine Umfrage unter 500 Unternehmen –", "Ergebnisse im Überblick."], "de", 1),
        (["Das ist ein ganzer Satz.", "danach kommt klein geschrieben mehr."], "de", 2),
        (["Unternehmen scheuen Kontakt zu Kunden", "Eine aktuelle Studie zeigt das."], "de", 2),
        (["Die wichtigsten Ergebnisse sind die", "* 95 Prozent der Befragten"], "de", 2),
        (["The survey shows that", "", "most people agree."], "en", 2),
        (["„Das ist wichtig.”", "sagt er."], "de", 2),
        # a paragraph's wrapped line that ends on a word goes on, whatever starts the next line
        (["Zuletzt sagten das viele. Am häufigsten hatten", "Frauen damit zu kämpfen, und zwar", "15 Prozent."], "de", 1),
        (["Most said so. Asked again, they named", "Paris first."], "en", 1),
        (["Studie 2021", "15 Prozent der Befragten nutzen Podcasts."], "de", 2),
        (["Quelle: Pressemeldung vom 27.03.2000)", "Den meisten geht es gut."], "de", 2),
        # a dateline is never the rest of the line before, even after a function word
        (["Umfrage: Viele Eltern lesen abends nicht mehr vor", "12.03.2024 | 06:15 Uhr"], "de", 2),
        (["Parents Read Aloud Less Than They Used To", "Published 2024-03-12"], "en", 2),
        # ... and so is a short line with a date after a heading: a dateline or a byline
        (["Fast jeder Dritte spart beim Heizen – Ältere vorsichtiger als", "Bremen, 04.11.2024 (ots)"], "de", 2),
        (["Tenants Cut Back on Heating, Council Finds", "By Staff Writer | 4 November 2024"], "en", 2),
        # ... but a cue word without a date is prose
        (["Die Studie beschreibt den", "Stand der Forschung genau."], "de", 1),
        # a lowercase start after an opening quote continues the line before
        (["Ein Drittel nennt den Zustand", "„mittelmäßig“ (28 Prozent)."], "de", 1),
    ],
)
def test_text_blocks_join_hard_wrapped_lines(lines, lang, expected):
    text = "\n".join(lines)
    blocks = text_blocks(text, lang)
    assert len(blocks) == expected
    for block in blocks:
        assert text[block.char_start : block.char_start + len(block.text)].replace("\n", " ") == block.text


def test_split_passages_joins_a_hard_wrapped_article(shared_dir):
    text = (shared_dir / "corpus_en" / "en_dev_10.txt").read_text(encoding="utf-8")
    passages = split_passages(article(text, doc_id="en_dev_10.txt"))
    assert passages[0].text.startswith("Survey of 470 firms with 10 employees")
    assert passages[0].text.endswith("say obtaining it is a major problem")
    assert passages[1].text.startswith("Washington, DC, Oct. 9, 2012")
    assert passages[1].text.endswith("planning to add staff within the next two.")
    for passage in passages:
        assert_offsets_exact(text, passage)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Sieger Bewegtbild", "heading"),
        ("## Methode", "heading"),
        ("What Does This Mean For You?", "heading"),
        ("* 95 Prozent der Social-Media-Strategien dienen dem Veröffentlichen", "list_item"),
        ("- Kundenbindung (58 Prozent)", "list_item"),
        ("• More people (59 percent) are stocking up now.", "list_item"),
        ("● Still Stocking Up: most consumers are still stocking their pantries.", "list_item"),
        ("3. Endverbraucherprodukte", "list_item"),
        ("Dieses Blog durchsuchen", "boilerplate"),
        ("Kommentar veröffentlichen", "boilerplate"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert.", "boilerplate"),
        ("0 Kommentare", "boilerplate"),
        ("Der Diskussion beitreten?", "boilerplate"),
        ("Quelle: http://pivotcon.com/SOSM2013/Slide19.jpg", "boilerplate"),
        ("Leave a Reply", "boilerplate"),
        ("Your email address will not be published.", "boilerplate"),
        ("May 29th, 2017 Comments off", "boilerplate"),
        ("Posted in Marketing, Studies", "boilerplate"),
        ("Tags: social media, survey", "boilerplate"),
        ("This website uses cookies to improve your experience.", "boilerplate"),
        ("Share this: 95% of readers liked it", "heading"),
        ("Subscribe now: 40 percent off for students.", "body"),
        ("Rund 62 Prozent der befragten Unternehmen nutzen Videos.", "body"),
    ],
)
def test_split_passages_kind(line, kind):
    assert [p.kind for p in split_passages(article(line))] == [kind]


def test_split_passages_caps_long_passages_at_sentence_ends():
    sentence = "Rund 62 Prozent der befragten Unternehmen nutzen Videos für ihre Kommunikation mit Kunden. "
    text = "Einleitung\n" + sentence * 60 + "\n"
    passages = split_passages(article(text))
    body = passages[1:]
    assert len(body) >= 3
    assert all(len(p.text) <= MAX_PASSAGE_CHARS and p.text.endswith("Kunden.") for p in body)
    assert "".join(p.text + " " for p in body) == sentence * 60
    for passage in body:
        assert text[passage.char_start : passage.char_start + len(passage.text)] == passage.text


def test_split_passages_cuts_a_sentence_longer_than_the_cap_at_a_space():
    text = "wort " * 1000
    passages = split_passages(article(text))
    assert all(0 < len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    assert " ".join(p.text for p in passages) == text.strip()


def test_split_passages_language_per_passage():
    text = (
        "Rund 62 Prozent der befragten Unternehmen nutzen Videos für ihre Kommunikation mit Kunden.\n"
        "More than 40 percent of employees worked from home during the pandemic last year.\n"
        "Selon une étude récente, la plupart des entreprises utilisent les réseaux sociaux.\n"
        "Fazit\n"
        "Die meisten Unternehmen wollen ihr Budget für soziale Medien im nächsten Jahr erhöhen.\n"
    )
    assert [p.lang for p in split_passages(article(text))] == ["de", "en", "fr", "de", "de"]


def test_detect_language_short_text_takes_the_default():
    assert detect_language("Fazit", default="en") == "en"
    assert _language_identifier() is _language_identifier()


def test_article_language_asks_the_identifier_unless_function_words_abound():
    german = (
        "Die meisten der befragten Unternehmen wollen ihr Budget für soziale Medien im nächsten Jahr erhöhen. "
        "Rund 62 Prozent nutzen Videos, aber nur jedes dritte hat dafür eine eigene Stelle, wie die Studie zeigt. "
        "Vor allem bei den kleinen Firmen fehlt es an Zeit und an Geld, sagen die Autoren über ihre Ergebnisse."
    )
    # English "per", "in" and "a" outnumber the German "in" here, but they are few kinds of words.
    italian = (
        "Secondo lo studio, il 60 per cento degli intervistati vive in città e lavora a Milano o a Torino. "
        "In media spende per la casa il 30 per cento del reddito, e in alcuni casi arriva a metà dello stipendio."
    )
    assert article_language(german) == "de"
    assert article_language(italian) == "it"


BLOG_PAGE = """<!DOCTYPE html>
<html><head><title>Studie | Blog</title>
<style>.bar { width: 100%; }</style>
<script>var share = "99 Prozent";</script></head>
<body class="single comments-open">
<header class="site-header"><nav class="main-nav"><a href="/">Startseite</a></nav></header>
<main><article class="post tag-social-media">
<header><h1>Social Media: 91&nbsp;% nutzen Videos</h1></header>
<p>Laut einer <b>Studie</b> nutzen 91 Prozent der Befragten &amp; Partner<br>
mindestens einen Kanal.</p>
<p>Erster Absatz.<br><br>Zweiter Absatz.</p>
<ul><li>Markenbildung (72 Prozent)<li>Kundenbindung (58&#x202F;Prozent)</ul>
<div class="share-buttons">Teilen auf Facebook</div>
<footer>Tags: Studie</footer>
</article>
<section id="comments"><p>100% Zustimmung!</p></section>
</main>
<aside class="sidebar"><p>Neueste Beiträge</p></aside>
<div class="cookie-notice">Wir verwenden Cookies.</div>
<footer><p>Impressum</p></footer>
</body></html>"""


def test_parse_html_keeps_content_and_skips_furniture():
    blocks = parse_html(BLOG_PAGE).blocks
    assert [(b.text, b.tag) for b in blocks] == [
        ("Social Media: 91 % nutzen Videos", "h1"),
        ("Laut einer Studie nutzen 91 Prozent der Befragten & Partner mindestens einen Kanal.", "p"),
        ("Erster Absatz.", "p"),
        ("Zweiter Absatz.", "p"),
        ("Markenbildung (72 Prozent)", "li"),
        ("Kundenbindung (58 Prozent)", "li"),
        ("100% Zustimmung!", "p"),
    ]


def test_split_passages_html_kinds_and_offsets():
    passages = split_passages(article(BLOG_PAGE, kind="html", doc_id="a.html"))
    assert [p.kind for p in passages] == ["heading", "body", "body", "body", "list_item", "list_item", "body"]
    for passage in passages:
        assert passage.segments[0] == (0, passage.char_start)
        assert_offsets_exact(BLOG_PAGE, passage)
    mention = passages[1].text.index("91 Prozent")
    assert BLOG_PAGE[passages[1].raw_offset(mention) :].startswith("91 Prozent")


@pytest.mark.parametrize(
    "source, texts",
    [
        ("<div>" * 3000 + "Tief verschachtelt: 5 %" + "</div>" * 3000, ["Tief verschachtelt: 5 %"]),
        ("<p>Ohne Ende <b>fett", ["Ohne Ende fett"]),
        ("</span></div>Text<p>&bogus; &#99999999; A&amp;B &amp C&#x41;", ["Text", "&bogus; \ufffd A&B & CA"]),
        ("<p>a</p><![ &x <p>b</p><![if !x]>c<![endif]>", ["a", "[ &x", "b", "c"]),
        ("<p>x</p><![if !supportLists]>y<![endif]><!-- kommentar --><p>z", ["x", "y", "z"]),
        ("<table><tr><td>Videos</td><td>54%</td></tr></table>", ["Videos", "54%"]),
        ("<noscript>Bitte JavaScript</noscript><template><p>t</p></template><svg><text>s</text></svg>ok", ["ok"]),
    ],
)
def test_parse_html_survives_hostile_markup(source, texts):
    assert [b.text for b in parse_html(source).blocks] == texts


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_fixed_width_spaces_read_as_spaces_and_offsets_stay(space):
    text = f"Umfrage\n\n91{space}Prozent der Firmen nutzen Videos.\n"
    (passage,) = [p for p in split_passages(article(text)) if "Prozent" in p.text]
    assert "91 Prozent" in passage.text
    assert_offsets_exact(text, passage)


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Umfrage\n\n91 Pro\u00adzent der Be\u00adfrag\u00adten nutzen Videos.\n", "text"),
        ("<p>Umfrage</p><p>91 Pro&shy;zent der <b>Be\u00adfrag</b>&shy;ten nutzen Videos.</p>", "html"),
    ],
)
def test_soft_hyphens_are_taken_out_and_offsets_stay(source, kind):
    (passage,) = [p for p in split_passages(article(source, kind)) if "Videos" in p.text]
    assert passage.text == "91 Prozent der Befragten nutzen Videos."
    if kind == "text":
        assert_offsets_exact(source, passage)
    assert source[passage.raw_offset(passage.text.index("zent")) :].startswith("zent")
    assert source[passage.raw_offset(passage.text.index("ten nutzen")) :].startswith("ten nutzen")


def test_an_html_file_is_parsed_once(tmp_path, monkeypatch):
    """Loading reads the page's title and date, splitting cuts its blocks: one parse for both."""
    import findings.passages as passages
    from findings.sweep.scan import read_file

    page = tmp_path / "a.html"
    page.write_text("<html><head><title>T</title></head><body><p>91 Prozent der Firmen nutzen Videos.</p></body></html>")
    parses = []
    parser = passages._HtmlExtractor.feed
    monkeypatch.setattr(passages._HtmlExtractor, "feed", lambda self, data: parses.append(1) or parser(self, data))
    passages.parse_html.cache_clear()
    read = read_file(page, "a.html")
    assert read.passages and len(parses) == 1
