import codecs
import datetime as dt
import errno
import os
import socket

import pytest

from findings import loading
from findings.loading import (
    MAX_FILE_BYTES,
    dateline_date,
    decode_bytes,
    html_title_and_date,
    read_article,
    text_title_and_date,
)
from findings.records import Article, Rejected
from findings.sweep import run_sweep
from findings.sweep.corpus import read_corpus

GERMAN = "Für 12 % der Befragten wäre das ein Grund – sagt „die Studie“.\r\nZweite Zeile.\n"


def make_empty(path):
    path.touch()


def make_blank(path):
    path.write_text(" \n\t\n", encoding="utf-8")


def make_too_large(path):
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)


def make_binary(path):
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def make_binary_without_nul(path):
    path.write_bytes(bytes(range(1, 32)) * 40 + b"\xff\xfe\x81" * 40)


def make_mixed_encodings(path):
    path.write_bytes("Für die Studie".encode() + " wäre".encode("cp1252"))


def make_bad_bom(path):
    path.write_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd")


def make_broken_link(path):
    path.symlink_to(path.parent / "missing.txt")


def make_looping_link(path):
    path.symlink_to(path)


def make_fifo(path):
    os.mkfifo(path)


def make_device_link(path):
    path.symlink_to("/dev/null")


def make_folder_link(path):
    (path.parent / "folder").mkdir()
    path.symlink_to(path.parent / "folder")


def make_socket(path):
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


@pytest.mark.parametrize(
    "make, reason",
    [
        (make_empty, "empty"),
        (make_blank, "empty"),
        (make_too_large, "too_large"),
        (make_binary, "binary"),
        (make_binary_without_nul, "binary"),
        (make_mixed_encodings, "undecodable"),
        (make_bad_bom, "undecodable"),
        (make_broken_link, "broken_link"),
        (make_looping_link, "broken_link"),
        (make_fifo, "not_regular_file"),
        (make_device_link, "not_regular_file"),
        (make_folder_link, "not_regular_file"),
        (make_socket, "not_regular_file"),
    ],
)
def test_read_article_rejects_hostile_file(tmp_path, make, reason):
    path = tmp_path / "bad.txt"
    make(path)
    result = read_article(path, "bad.txt")
    assert isinstance(result, Rejected)
    assert (result.path, result.reason) == (str(path), reason)
    assert result.detail.endswith(".")


def test_read_article_rejects_a_file_that_fails_to_read(tmp_path, monkeypatch):
    path = tmp_path / "defekt.txt"
    path.write_text("Rund 62 Prozent.", encoding="utf-8")

    def fail(handle):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(loading, "_read_limited", fail)
    result = read_article(path, "defekt.txt")
    assert (result.reason, result.detail) == ("unreadable", "The file cannot be read (Input/output error).")


def test_read_article_rejects_a_file_that_changes_while_read(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text("Erste Zeile.\n", encoding="utf-8")
    read_limited = loading._read_limited

    def read_while_appending(handle):
        with open(path, "a", encoding="utf-8") as writer:
            writer.write("Noch eine Zeile.\n")
        return read_limited(handle)

    monkeypatch.setattr(loading, "_read_limited", read_while_appending)
    assert read_article(path, "growing.txt").reason == "changed_while_reading"  # changed on both tries


def test_read_article_reads_a_file_that_changed_once_again(tmp_path, monkeypatch):
    path = tmp_path / "rewritten.txt"
    path.write_text("Alte Fassung.\n", encoding="utf-8")
    read_limited = loading._read_limited
    tries = []

    def rewrite_during_the_first_read(handle):
        if not tries:
            path.write_text("Neue Fassung: 45 Prozent der Firmen nutzen Videos.\n", encoding="utf-8")
        tries.append(1)
        return read_limited(handle)

    monkeypatch.setattr(loading, "_read_limited", rewrite_during_the_first_read)
    article = read_article(path, "rewritten.txt")
    assert article.text == "Neue Fassung: 45 Prozent der Firmen nutzen Videos.\n" and len(tries) == 2


@pytest.mark.parametrize(
    "head, says",
    [(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n", "PDF"), (b"PK\x03\x04 word/document.xml", "ZIP"), (b"\x89PNG\r\n", "PNG")],
)
def test_read_article_rejects_a_binary_format_whatever_its_name(tmp_path, head, says):
    path = tmp_path / "saved.txt"
    path.write_bytes(head + b"plain looking text " * 20)
    result = read_article(path, "saved.txt")
    assert result.reason == "binary" and says in result.detail


def test_read_article_follows_a_good_link(tmp_path):
    (tmp_path / "real.txt").write_text("Rund 62 Prozent nutzen Videos.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_article(tmp_path / "link.txt", "link.txt").text == "Rund 62 Prozent nutzen Videos."


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + GERMAN.encode("utf-32-be"), "utf-32"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_bytes_keeps_raw_newlines_and_drops_the_bom(raw, encoding):
    assert decode_bytes(raw) == (GERMAN, encoding)


def test_decode_bytes_hands_bytes_undefined_in_cp1252_to_charset_normalizer():
    raw = "Größe und Maße: über 40 Prozent der Fläche, für Käufer.".encode("latin-1") * 3 + b"\x81 Ende."
    text, encoding = decode_bytes(raw)
    assert text == raw.decode("latin-1")
    assert encoding in ("latin_1", "iso8859_15")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("date 2016-10", dt.date(2016, 10, 1)),
        (" date 2016-10 Diese und weitere Erkenntnisse >>>", dt.date(2016, 10, 1)),
        ("Montag, 14. Januar 2013", dt.date(2013, 1, 14)),
        ("Published March 3, 2021", dt.date(2021, 3, 3)),
        ("May 29th, 2017 Comments off", dt.date(2017, 5, 29)),
        ("15 Sep 2010", dt.date(2010, 9, 15)),
        ("Tuesday, October 9, 2012", dt.date(2012, 10, 9)),
        ("BMJ 2013; 346 doi: (Published 24 May 2013) Cite this as: BMJ 2013;346:f3433", dt.date(2013, 5, 24)),
        ("Veröffentlicht am 3. März 2021", dt.date(2021, 3, 3)),
        ("Stand: 12.03.2019", dt.date(2019, 3, 12)),
        ("Archivbeitrag vom 22.04.2015", dt.date(2015, 4, 22)),
        ("Central Statistics Bureau, press release of 15 November 2023", dt.date(2023, 11, 15)),
        ("Statistisches Landesamt, Pressemitteilung vom 15. November 2023", dt.date(2023, 11, 15)),
        ("News release issued 3 March 2024", dt.date(2024, 3, 3)),
        ("(Quelle: Pressemeldung vom 27.03.2000)", dt.date(2000, 3, 27)),
        ("Posted on 2021-03-03T10:00:00+01:00", dt.date(2021, 3, 3)),
        ("Washington, DC, Oct. 9, 2012: A scientific opinion poll released today", dt.date(2012, 10, 9)),
        ("Frankfurt am Main, 5. Juni 2024 – Die Überweisung am Küchentisch ist Alltag.", dt.date(2024, 6, 5)),
        ("Seebacher Bote, Lokales, Dienstag, 4. März 2025", dt.date(2025, 3, 4)),
        ("Farm Weekly, Markets, Friday, June 6, 2025", dt.date(2025, 6, 6)),
        ("Oktober 2016", dt.date(2016, 10, 1)),
        ("Von Jana Roth | 05.06.2023, 09:40 Uhr", dt.date(2023, 6, 5)),
        ("Staff report | Farm Weekly | June 5, 2023", dt.date(2023, 6, 5)),
        ("People in New York City, in this picture taken November 6, 2013.", None),
        ("This latest survey of 12,000 consumers was conducted July 14-20, 2020.", None),
        ("Ziele von Social Media Managers ändern fundamental – Pivot Studie 2013", None),
        ("Heute", None),
        ("today", None),
    ],
)
def test_dateline_date(line, expected):
    assert dateline_date(line) == expected


def test_text_title_and_date_ignore_a_comment_timestamp_below_the_header():
    text = "\n".join(
        ["Social-Media-Strategien selten auf Dialog ausgerichtet"]
        + [f"Absatz {n} über die Studie mit vielen Worten." for n in range(10)]
        + ["Montag, 14. Januar 2013", "Toller Artikel!"]
    )
    assert text_title_and_date(text) == ("Social-Media-Strategien selten auf Dialog ausgerichtet", None)


def test_text_title_and_date_skip_boilerplate_and_date_lines():
    text = "Dieses Blog durchsuchen\n\nMontag, 14. Januar 2013\n\n# Social-Media-Strategien im Test\n\nText."
    assert text_title_and_date(text) == ("Social-Media-Strategien im Test", dt.date(2013, 1, 14))


def test_text_title_and_date_no_title_when_the_body_comes_first():
    assert text_title_and_date("Social Media ist aus dem Marketing nicht mehr wegzudenken.\nFazit\n") == (None, None)


HTML_PAGE = """<html><head><title>Umfrage: Videos im Marketing</title>
<meta property="article:published_time" content="2021-03-03T10:00:00+01:00"></head>
<body><article><h1>Videos im Marketing</h1><p>Rund 62 Prozent nutzen Videos.</p></article>
<section class="comments"><time datetime="2023-05-01">1. Mai 2023</time><p>Super!</p></section></body></html>"""


@pytest.mark.parametrize(
    "source, expected",
    [
        (HTML_PAGE, ("Umfrage: Videos im Marketing", dt.date(2021, 3, 3))),
        (
            HTML_PAGE.replace("<title>Umfrage: Videos im Marketing</title>", "").replace("article:", "og:x"),
            ("Videos im Marketing", None),
        ),
        (
            "<body><article><h1>Studie</h1><time datetime='2019-12-02'>2. Dezember</time></article></body>",
            ("Studie", dt.date(2019, 12, 2)),
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2018-07-01"}</script><h1>T</h1>',
            ("T", dt.date(2018, 7, 1)),
        ),
        ("<h2>Bericht</h2><p>Veröffentlicht am 5. Mai 2020</p><p>Text.</p>", ("Bericht", dt.date(2020, 5, 5))),
    ],
)
def test_html_title_and_date(source, expected):
    assert html_title_and_date(source) == expected


def test_read_article_sniffs_html_in_a_text_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n<!DOCTYPE html><html><body><p>Rund 62 Prozent.</p></body></html>", encoding="utf-8")
    result = read_article(path, "page.txt")
    assert isinstance(result, Article)
    assert result.kind == "html"
    assert result.text.startswith("\n<!DOCTYPE html>")


def test_read_corpus_accounts_for_every_file_as_a_sweep_does(tmp_path):
    root = tmp_path / "corpus"
    (root / "de" / "tief").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("hidden", encoding="utf-8")
    (root / ".notes.txt").write_text("hidden", encoding="utf-8")
    (root / "b.md").write_text("# Titel\n\nRund 62 Prozent.", encoding="utf-8")
    (root / "de" / "a.txt").write_text("Rund 62 Prozent.", encoding="utf-8")
    (root / "de" / "tief" / "c.HTML").write_text("<p>Rund 62 Prozent.</p>", encoding="utf-8")
    (root / "de" / "leer.txt").touch()
    (root / "daten.csv").write_text("a,b", encoding="utf-8")
    (root / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # a page asset: skipped, as a sweep skips it
    (root / "kaputt.htm").symlink_to(root / "fehlt.htm")
    (root / "aussen.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "elsewhere.txt").write_text("Rund 62 Prozent.", encoding="utf-8")
    articles, rejected = read_corpus([root])
    assert [a.doc_id for a in articles] == ["b.md", "de/a.txt", "de/tief/c.HTML"]
    assert [a.kind for a in articles] == ["text", "text", "html"]
    assert [(r.path, r.reason) for r in rejected] == [
        ("aussen.txt", "outside_root"),
        ("daten.csv", "unsupported_type"),
        ("de/leer.txt", "empty"),
        ("kaputt.htm", "broken_link"),
    ]
    sweep = run_sweep(tmp_path / "out", [root], "run")
    assert [(r.path, r.reason) for r in sweep.rejected] == [(r.path, r.reason) for r in rejected]


def test_read_corpus_keeps_two_files_of_one_name_as_a_sweep_does(tmp_path):
    for root in ("de", "en"):
        (tmp_path / root).mkdir()
        (tmp_path / root / "a.txt").write_text(f"Text in {root}.", encoding="utf-8")
    (tmp_path / "en" / "b.txt").write_text("Only here.", encoding="utf-8")
    articles, rejected = read_corpus([tmp_path / "en", tmp_path / "de"])
    assert [a.doc_id for a in articles] == ["a.txt", "b.txt", "de/a.txt"]
    assert rejected == []


def test_read_corpus_reports_a_missing_root(tmp_path):
    articles, rejected = read_corpus([tmp_path / "nowhere"])
    assert articles == []
    assert [r.reason for r in rejected] == ["unreadable"]


SHARED_DATES = {
    "000_6b039d1bfb87037b.txt": dt.date(2016, 10, 1),
    "001_8c336e0e303a5f96.txt": dt.date(2013, 1, 14),
    "002_41c397713d6bd33c.txt": None,
    "003_f43ac848d44b16fd.txt": None,
    "004_18b50fe6f8da242d.txt": None,
    "en_dev_01.txt": None,
    "en_dev_02.txt": None,
    "en_dev_03.txt": None,
    "en_dev_04.txt": None,
    "en_dev_05.txt": dt.date(2017, 5, 29),
    "en_dev_06.txt": dt.date(2017, 5, 8),
    "en_dev_07.txt": None,
    "en_dev_08.txt": None,
    "en_dev_09.txt": dt.date(2012, 10, 9),
    "en_dev_10.txt": dt.date(2012, 10, 9),
    "en_dev_11.txt": dt.date(2010, 9, 15),
    "en_dev_12.txt": dt.date(2013, 5, 24),
    "en_dev_13.txt": None,
    "en_dev_14.txt": None,
}


def test_read_corpus_finds_each_shared_article_date(shared_dir):
    articles, rejected = read_corpus([shared_dir / "corpus", shared_dir / "corpus_en"])
    assert {a.doc_id: a.published for a in articles} == SHARED_DATES
    assert all(a.encoding == "utf-8" and a.kind == "text" and len(a.content_hash) == 64 for a in articles)
    assert [(os.path.basename(r.path), r.reason) for r in rejected] == [("SOURCES.tsv", "unsupported_type")]


UTF8_TEXT = "Über 91 Prozent der Unternehmen nutzen Videos. Größe ändert sich.".encode()


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (UTF8_TEXT + b"\x00\x00\x00", "utf-8"),  # trailing NUL bytes dropped
        (UTF8_TEXT[:20] + b"\xff" + UTF8_TEXT[20:], "utf-8 (1 bad bytes replaced)"),  # one stray byte
        (UTF8_TEXT + "ü".encode()[:1], "utf-8 (1 bad bytes replaced)"),  # a sequence cut at the end
        ("Größe für Zürich".encode("cp1252"), "cp1252"),  # a Western single-byte file stays itself
    ],
)
def test_a_few_bad_bytes_do_not_lose_the_article(raw, encoding):
    text, used = decode_bytes(raw)
    assert used == encoding
    assert text.startswith(("Über 91 Prozent", "Größe für Zürich")) and not text.endswith("\x00")
