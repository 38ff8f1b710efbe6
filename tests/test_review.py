import csv
import dataclasses
import re

import pytest
from starlette.testclient import TestClient

from findings.records import Finding
from findings.review.app import create_app
from findings.store import export_tables, open_store, read_findings

SCRIPT = "<script>alert(1)</script>"
GERMAN_TEXT = (
    "Studie 2020\n\nRund 62 Prozent der befragten Unternehmen nutzen 2020 Videos. "
    "Knapp 30 Prozent der Händler planen Podcasts.\n"
)
ENGLISH_TEXT = f"Survey {SCRIPT}\n\nMore than 40 percent of employees worked from home in 2020 {SCRIPT}.\n"


def finding(text: str, mention: str, **fields) -> Finding:
    """A finding whose offsets point at `mention` in `text`."""
    start = text.index(mention)
    values = {
        "finding_id": f"f{start:03d}{fields.get('lang', 'de')}",
        "doc_id": "de/umfrage.txt",
        "docs": "de/umfrage.txt",
        "lang": "de",
        "mention": mention,
        "value_max": None,
        "qualifier": "exact",
        "unit": "percent",
        "year": 2020,
        "year_source": "sentence",
        "char_start": start,
        "char_end": start + len(mention),
    }
    return Finding(**values | fields)


FINDINGS = [
    finding(
        GERMAN_TEXT, "Rund 62 Prozent", value=62.0, qualifier="approx", subject="nutzen Videos",
        population="befragte Unternehmen", sentence="Rund 62 Prozent der befragten Unternehmen nutzen 2020 Videos.",
    ),
    finding(
        GERMAN_TEXT, "Knapp 30 Prozent", value=30.0, qualifier="under", subject="planen Podcasts",
        population="Händler", year=None, year_source="none",
        sentence="Knapp 30 Prozent der Händler planen Podcasts.",
    ),
    finding(
        ENGLISH_TEXT, "More than 40 percent", doc_id="en/survey.txt", docs="de/umfrage.txt;en/survey.txt", lang="en",
        value=40.0, qualifier="over", subject=f"worked from home {SCRIPT}", population="employees",
        sentence=f"More than 40 percent of employees worked from home in 2020 {SCRIPT}.",
    ),
]


def make_store(out_dir, findings=FINDINGS, run_id=1):
    """A store in `out_dir` holding the two test articles and `findings`, all added by run `run_id`, exported."""
    conn = open_store(out_dir)
    for doc_id, text, lang in (("de/umfrage.txt", GERMAN_TEXT, "de"), ("en/survey.txt", ENGLISH_TEXT, "en")):
        conn.execute(
            "INSERT OR REPLACE INTO articles (doc_id, path, kind, lang, title, published, text, status, added_run)"
            " VALUES (?, ?, 'text', ?, ?, '2021-03-03', ?, 'active', 1)",
            (doc_id, doc_id, lang, text.splitlines()[0], text),
        )
    conn.execute(
        "INSERT INTO runs (run_id, kind, started_at, finished_at, status, claims_added)"
        " VALUES (?, 'run', '2024-01-01T00:00:00+00:00', '2024-01-01T00:01:00+00:00', 'done', ?)",
        (run_id, len(findings)),
    )
    for item in findings:
        row = dataclasses.asdict(item) | {"status": "active", "added_run": run_id, "updated_run": run_id}
        conn.execute(
            f"INSERT INTO findings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
    export_tables(conn, out_dir)
    return conn


@pytest.fixture
def store_dir(tmp_path):
    make_store(tmp_path).close()
    return tmp_path


@pytest.fixture
def client(store_dir):
    with TestClient(create_app(store_dir), base_url="http://127.0.0.1") as client:
        yield client


def token(client, finding_id):
    return re.search(r'name="csrf" value="([^"]+)"', client.get(f"/finding/{finding_id}").text).group(1)


def decide(client, finding_id, **form):
    form = {"csrf": token(client, finding_id)} | form
    return client.post(f"/finding/{finding_id}", data=form, follow_redirects=False)


def exported(store_dir, name="findings.csv"):
    with (store_dir / name).open(encoding="utf-8", newline="") as file:
        return {row["finding_id"]: row for row in csv.DictReader(file)}


def correction(item, **changes):
    fields = {name: getattr(item, name) for name in ("value", "qualifier", "unit", "subject", "population")}
    fields |= {"value_max": item.value_max or "", "year": item.year or ""}
    return {"action": "correct"} | {name: str(value) for name, value in (fields | changes).items()}


def finding_ids(html):
    return re.findall(r'<td><a href="/finding/([0-9a-z]+)[?"]', html)


def test_review_table_lists_the_active_findings(client):
    assert sorted(finding_ids(client.get("/").text)) == sorted(f.finding_id for f in FINDINGS)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("lang=en", [2]),
        ("doc=en/survey", [2]),
        ("doc=umfrage", [0, 1, 2]),
        ("year=2020", [0, 2]),
        ("year=none", [1]),
        ("qualifier=under", [1]),
        ("unit=percentage_points", []),
        ("review_status=unreviewed", [0, 1, 2]),
        ("q=HÄNDLER", [1]),
        ("q=videos", [0]),
        ("q=employees&lang=de", []),
    ],
)
def test_review_table_filters(client, query, expected):
    assert sorted(finding_ids(client.get(f"/?{query}").text)) == sorted(FINDINGS[i].finding_id for i in expected)


@pytest.mark.parametrize(
    "query, order",
    [
        ("sort=value", [1, 2, 0]),
        ("sort=value&dir=desc", [0, 2, 1]),
        ("sort=year", [0, 2, 1]),
        ("sort=bogus", [0, 1, 2]),
    ],
)
def test_review_table_sorts(client, query, order):
    assert finding_ids(client.get(f"/?{query}").text) == [FINDINGS[i].finding_id for i in order]


@pytest.mark.parametrize(
    "query", ["year=20x0", "qualifier=roughly", "review_status=maybe", "unit=%25", "page=x", "page=²", "page=-1"]
)
def test_review_table_bad_filter_or_page_gets_a_message(client, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    assert "were not applied" in response.text and len(finding_ids(response.text)) == 3
    name, value = query.split("=")
    assert f"{name} filter" in response.text or "is not a page number" in response.text


def test_review_table_paginates_on_the_server(tmp_path):
    many = [
        dataclasses.replace(FINDINGS[0], finding_id=f"id{i:03d}", char_start=i, char_end=i + 15) for i in range(120)
    ]
    make_store(tmp_path, many).close()
    with TestClient(create_app(tmp_path), base_url="http://127.0.0.1") as client:
        pages = [finding_ids(client.get(f"/?page={n}").text) for n in (1, 2, 3, 4)]
        assert "page 3 of 3" in client.get("/?page=3").text
    assert [len(page) for page in pages] == [50, 50, 20, 20]
    assert pages[0] + pages[1] + pages[2] == [f.finding_id for f in many]


def test_review_finding_page_shows_the_finding_in_context(client):
    page = client.get(f"/finding/{FINDINGS[2].finding_id}").text
    assert all(label in page for label in ("MENTION", "POPULATION", "YEAR"))
    assert "of employees worked from home" in page  # the passage
    assert 'href="/?doc=de/umfrage.txt"' in page and 'href="/?doc=en/survey.txt"' in page
    assert "(a year in the sentence)" in page


def test_review_finding_page_names_the_missing_finding(client):
    assert client.get("/finding/nothere").status_code == 404


@pytest.mark.parametrize("path", ["/", f"/finding/{FINDINGS[2].finding_id}", "/changes"])
def test_review_app_escapes_article_text(client, path):
    page = client.get(path).text
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_review_reject_is_stored_and_exported(client, store_dir):
    response = decide(client, FINDINGS[1].finding_id, action="reject", note="not a claim")
    assert response.status_code == 303
    assert "Saved: rejected" in client.get(response.headers["location"]).text
    assert exported(store_dir)[FINDINGS[1].finding_id]["review_status"] == "rejected"
    assert FINDINGS[1].finding_id not in exported(store_dir, "findings_reviewed.csv")
    assert len(exported(store_dir, "findings_reviewed.csv")) == 2


def test_review_correction_keeps_the_extracted_value_beside_it(client, store_dir):
    target = FINDINGS[0]
    response = decide(client, target.finding_id, **correction(target, population="befragte Firmen", value="62,5"))
    assert response.status_code == 303
    row = exported(store_dir)[target.finding_id]
    assert (row["review_status"], row["population"], row["extracted_population"]) == (
        "corrected", "befragte Firmen", "befragte Unternehmen"
    )
    assert (row["value"], row["extracted_value"], row["subject"], row["extracted_subject"]) == (
        "62.5", "62.0", "nutzen Videos", ""
    )
    assert target.finding_id in finding_ids(client.get("/?review_status=corrected&q=firmen").text)


def test_a_corrected_year_has_the_reviewer_as_its_source(client, store_dir):
    target = FINDINGS[0]  # year 2020 from its sentence
    decide(client, target.finding_id, **correction(target, population="Firmen"))
    assert exported(store_dir)[target.finding_id]["year_source"] == "sentence"  # the year kept
    decide(client, target.finding_id, **correction(target, year="2019"))
    row = exported(store_dir)[target.finding_id]
    assert (row["year"], row["extracted_year"], row["year_source"]) == ("2019", "2020", "reviewer")
    assert "(corrected by a reviewer)" in client.get(f"/finding/{target.finding_id}").text


def test_review_accept_after_a_correction_restores_the_extracted_values(client, store_dir):
    target = FINDINGS[0]
    decide(client, target.finding_id, **correction(target, population="Firmen"))
    decide(client, target.finding_id, action="accept")
    row = exported(store_dir)[target.finding_id]
    assert (row["review_status"], row["population"]) == ("accepted", "befragte Unternehmen")


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"value": "abc"}, "value 'abc' is not a number"),
        ({"value": "1e9"}, "value '1e9' is not between 0 and 1000"),
        ({"value": "-3"}, "is not between 0 and 1000"),
        ({"value": "nan"}, "is not between 0 and 1000"),
        ({"value": ""}, "value is required"),
        ({"value_max": "10"}, "value_max 10 is below value 62"),
        ({"year": "20201"}, "year '20201' is not a year from 1800 to 2100"),
        ({"year": "1066"}, "is not a year from 1800 to 2100"),
        ({"year": ""}, "year cannot be cleared"),
        ({"qualifier": "roughly"}, "qualifier 'roughly' is not one of exact, approx, over, under"),
        ({"unit": "%"}, "unit '%' is not one of percent, percentage_points"),
        ({"subject": "x" * 501}, "at most 500 are allowed"),
        ({}, "no field differs from the extracted finding"),
        ({"action": "delete"}, "action 'delete' is not one of accept, reject, correct"),
    ],
)
def test_review_bad_input_gets_a_message_and_changes_nothing(client, store_dir, changes, message):
    before = (store_dir / "findings.csv").read_bytes()
    response = decide(client, FINDINGS[0].finding_id, **correction(FINDINGS[0], **changes))
    assert response.status_code == 400
    assert "Nothing was changed" in response.text and message in response.text.replace("&#39;", "'")
    conn = open_store(store_dir)
    assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
    assert (store_dir / "findings.csv").read_bytes() == before


def test_review_post_without_the_token_is_refused(client):
    response = client.post(f"/finding/{FINDINGS[0].finding_id}", data={"action": "reject", "csrf": "guess"})
    assert response.status_code == 403
    assert finding_ids(client.get("/?review_status=rejected").text) == []


def test_review_app_answers_loopback_host_names_only(store_dir):
    with TestClient(create_app(store_dir), base_url="http://attacker.example") as client:
        assert client.get("/").status_code == 400


def test_review_decisions_survive_a_rerun(client, store_dir):
    decide(client, FINDINGS[1].finding_id, action="reject")
    decide(client, FINDINGS[0].finding_id, **correction(FINDINGS[0], population="Firmen"))
    conn = open_store(store_dir)
    conn.execute("DELETE FROM findings")
    make_store(store_dir, run_id=2).close()
    rows = exported(store_dir)
    assert rows[FINDINGS[1].finding_id]["review_status"] == "rejected"
    assert rows[FINDINGS[0].finding_id]["population"] == "Firmen"
    assert len(read_findings(conn)) == 3


def test_review_changes_lists_the_latest_run(store_dir):
    conn = open_store(store_dir)
    conn.execute("INSERT INTO runs (run_id, kind, status) VALUES (2, 'run', 'done')")
    conn.execute(
        "UPDATE findings SET status = 'removed', removed_run = 2 WHERE finding_id = ?", (FINDINGS[0].finding_id,)
    )
    conn.execute("UPDATE findings SET updated_run = 2 WHERE finding_id = ?", (FINDINGS[1].finding_id,))
    with TestClient(create_app(store_dir), base_url="http://127.0.0.1") as client:
        page = client.get("/changes").text
    sections = {
        name: finding_ids(part) for name, part in re.findall(r"<h2>(\w+) \(\d+\)</h2>(.*?)(?=<h2>|$)", page, re.S)
    }
    assert sections == {"Added": [], "Changed": [FINDINGS[1].finding_id], "Removed": [FINDINGS[0].finding_id]}


def test_an_unknown_finding_echoes_its_id_as_text_not_html(client):
    response = client.get("/finding/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/plain")
    assert "<img" not in response.headers["content-type"]


@pytest.mark.parametrize("path", ["/", "/changes", "/finding/nothing"])
def test_every_response_forbids_framing_and_foreign_scripts(client, path):
    headers = client.get(path).headers
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    # the app's own /review.js only: no inline script, none from elsewhere
    assert "script-src 'self';" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"].split("script-src")[1].split(";")[0]


def test_the_keyboard_script_is_served_and_every_page_loads_it(client):
    script = client.get("/review.js")
    assert script.headers["content-type"].startswith("text/javascript") and "keydown" in script.text
    assert '<script src="/review.js" defer></script>' in client.get("/").text
    assert "<script>" not in client.get("/").text


def test_review_next_keeps_the_view_and_skips_reviewed_findings(client):
    german = sorted((f for f in FINDINGS if f.lang == "de"), key=lambda f: (f.doc_id, f.char_start, f.finding_id))
    first = client.get("/next?lang=de", follow_redirects=False)
    assert first.headers["location"] == f"/finding/{german[0].finding_id}?lang=de"
    decided = decide_in_view(client, german[0].finding_id, "lang=de", action="accept")
    # on to the next unreviewed finding of the same view, saying what was saved
    assert decided.headers["location"].startswith(f"/finding/{german[1].finding_id}?saved=accepted&decided={german[0].finding_id}")
    assert decided.headers["location"].endswith("&lang=de")
    page = client.get(decided.headers["location"]).text
    assert "Saved: accepted for" in page and f'href="/finding/{german[0].finding_id}?lang=de" rel="prev"' in page
    assert client.get("/next?lang=de", follow_redirects=False).headers["location"] == f"/finding/{german[1].finding_id}?lang=de"
    for finding in german[1:]:
        decide_in_view(client, finding.finding_id, "lang=de", action="reject")
    assert client.get("/next?lang=de", follow_redirects=False).headers["location"] == "/?lang=de&reviewed=all"
    assert "Every finding these filters show is reviewed" in client.get("/?lang=de&reviewed=all").text


def decide_in_view(client, finding_id, view, **form):
    form = {"csrf": token(client, finding_id)} | form
    return client.post(f"/finding/{finding_id}?{view}", data=form, follow_redirects=False)


@pytest.mark.parametrize("query", ["year=²", "year=99999999999999999999", "page=²", "page=99999999999999999999"])
def test_malformed_numbers_in_the_query_are_no_server_error(client, query):
    response = client.get(f"/?{query}")
    assert response.status_code in (200, 400)


@pytest.mark.parametrize(
    "headers, status",
    [
        ({"origin": "http://evil.example"}, 403),
        ({"sec-fetch-site": "cross-site"}, 403),
        ({"content-length": str(300 * 1024 * 1024)}, 413),
    ],
)
def test_a_foreign_or_huge_post_is_refused_before_the_form_is_read(client, store_dir, headers, status):
    finding_id = FINDINGS[0].finding_id
    form = {"csrf": token(client, finding_id), "action": "reject"}
    response = client.post(f"/finding/{finding_id}", data=form, headers=headers, follow_redirects=False)
    assert response.status_code == status
    assert open_store(store_dir).execute("SELECT count(*) FROM decisions").fetchone()[0] == 0


def test_what_changed_picks_any_run_and_shows_an_edit_as_old_and_new(tmp_path):
    from findings.sweep import run_sweep

    article = tmp_path / "corpus" / "a.txt"
    article.parent.mkdir()
    article.write_text("Umfrage 2021\n\nRund 62 Prozent der Firmen nutzen Videos.\n\nKnapp 15 Prozent der Händler planen Podcasts.\n")
    run_sweep(tmp_path / "out", [tmp_path / "corpus"], "ingest")
    # the figure edited (a new claim id at the same place), the other claim's subject edited (same id)
    article.write_text("Umfrage 2021\n\nRund 62 Prozent der Firmen nutzen Blogs.\n\nKnapp 16 Prozent der Händler planen Podcasts.\n")
    run_sweep(tmp_path / "out", [tmp_path / "corpus"], "ingest")
    with TestClient(create_app(tmp_path / "out"), base_url="http://127.0.0.1") as client:
        latest = client.get("/changes").text
        first = client.get("/changes?run=1").text
        unknown = client.get("/changes?run=99").text
    assert "What changed in run #2" in latest and "<h2>Added (0)</h2>" in latest and "<h2>Removed (0)</h2>" in latest
    assert "<h2>Changed (2)</h2>" in latest
    assert "<del>nutzen Videos</del> → <ins>nutzen Blogs</ins>" in latest
    assert "<del>Knapp 15 Prozent</del> → <ins>Knapp 16 Prozent</ins>" in latest and "<del>15.0</del>" in latest
    assert "What changed in run #1" in first and "<h2>Added (2)</h2>" in first
    assert '<option value="1" selected>' in first and "No run &#39;99&#39; in this store" in unknown
