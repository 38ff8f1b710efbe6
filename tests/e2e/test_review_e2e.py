"""The review workflow in headless Chromium: filter, open, reject, correct, re-run, and the decisions hold."""

import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from findings.cli import main

CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium on a machine without outside network: no background connections, no first-run work.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The README's screenshot; `UPDATE_SCREENSHOT=1 make test` refreshes it, other runs keep the tree clean.
README_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "review.png"
SCRIPT = "<script>alert(1)</script>"
CORPUS = {
    "de/umfrage.txt": (
        "Studie: Videos im Marketing\nVeröffentlicht am 3. März 2021\n\n"
        "Rund 62 Prozent der befragten Unternehmen nutzen 2020 Videos.\n"
        "Knapp 30 Prozent der befragten Händler planen Podcasts.\n"
    ),
    "en/survey.txt": (
        f"Survey: remote work {SCRIPT}\nPublished March 3, 2021\n\n"
        "More than 40 percent of employees worked from home in 2020.\n"
        f"About 25 percent of managers said {SCRIPT} was fine.\n"
    ),
}
LATER_ARTICLE = {"en/later.txt": "Poll 2022\n\nNearly 70 percent of readers prefer print in 2022.\n"}


def write_corpus(root: Path, articles: dict[str, str]) -> None:
    for name, text in articles.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def store_dir(tmp_path):
    write_corpus(tmp_path / "corpus", CORPUS)
    assert main(["ingest", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")]) == 0
    return tmp_path / "out"


@pytest.fixture
def app_url(store_dir):
    """`findings review` serving the store on a free loopback port, stopped after the test."""
    port = free_port()
    command = [sys.executable, "-m", "findings.cli", "review", "--out", str(store_dir), "--port", str(port)]
    server = subprocess.Popen(command, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 30
    while True:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        assert server.poll() is None and time.monotonic() < deadline, "the review app did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


def launched(playwright, attempts: int = 2):
    """A headless Chromium and a blank page it has loaded. A browser that dies before it loads
    anything (as one did, once, on a loaded CI machine) is launched again; the review app has not
    been reached yet, so nothing of the product is retried."""
    from playwright.sync_api import Error

    for attempt in range(attempts):
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto("about:blank")
            return browser, page
        except Error:
            browser.close()
            if attempt == attempts - 1:
                raise


@pytest.fixture
def page():
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: `make browser` installs Debian's chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser, page = launched(playwright)
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        yield page
        browser.close()
    assert dialogs == [], "a script from an article ran in the page"


def exported(store_dir: Path) -> dict[str, dict]:
    with (store_dir / "findings.csv").open(encoding="utf-8", newline="") as file:
        return {row["mention"]: row for row in csv.DictReader(file)}


def test_review_workflow_survives_a_rerun(page, app_url, store_dir, tmp_path):
    from playwright.sync_api import expect

    rows = page.locator("#findings tbody tr")
    page.goto(app_url)
    expect(rows).to_have_count(4)

    page.select_option("select[name=lang]", "de")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(2)

    page.get_by_role("link", name="Knapp 30 Prozent").click()
    expect(page.locator(".sentence")).to_contain_text("MENTION")
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".notice")).to_contain_text("Saved: rejected")

    page.goto(f"{app_url}/?lang=de&q=unternehmen")
    page.get_by_role("link", name="Rund 62 Prozent").click()
    expect(page.locator(".sentence")).to_contain_text("POPULATION")
    screenshot = README_SCREENSHOT if os.environ.get("UPDATE_SCREENSHOT") == "1" else tmp_path / "review.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    page.fill("input[name=year]", "20x0")
    page.get_by_role("button", name="Save correction").click()
    expect(page.locator(".problems")).to_contain_text("year '20x0' is not a year")
    page.fill("input[name=year]", "2020")
    page.fill("input[name=population]", "befragte Firmen")
    page.get_by_role("button", name="Save correction").click()
    expect(page.locator(".notice")).to_contain_text("Saved: corrected")

    page.goto(f"{app_url}/?lang=en")
    expect(page.locator("#findings")).to_contain_text(SCRIPT)  # shown as text, not run

    write_corpus(tmp_path / "corpus", LATER_ARTICLE)
    assert main(["ingest", str(tmp_path / "corpus"), "--out", str(store_dir)]) == 0

    page.goto(f"{app_url}/changes")
    expect(page.locator("#added tbody tr")).to_have_count(1)
    page.goto(f"{app_url}/?review_status=rejected")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Knapp 30 Prozent")
    page.goto(f"{app_url}/?review_status=corrected")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("befragte Firmen")

    exported_rows = exported(store_dir)
    assert len(exported_rows) == 5
    assert exported_rows["Knapp 30 Prozent"]["review_status"] == "rejected"
    corrected = exported_rows["Rund 62 Prozent"]
    assert (corrected["review_status"], corrected["population"], corrected["extracted_population"]) == (
        "corrected", "befragte Firmen", "befragte Unternehmen"
    )


def test_five_findings_reviewed_with_the_keyboard_alone(page, app_url, store_dir, tmp_path):
    """`j` opens the next unreviewed finding; `a` and `r` decide and go on to the next one."""
    from playwright.sync_api import expect

    write_corpus(tmp_path / "corpus", LATER_ARTICLE)
    assert main(["ingest", str(tmp_path / "corpus"), "--out", str(store_dir)]) == 0
    page.goto(app_url)
    page.keyboard.press("?")
    expect(page.locator("#keys")).to_be_visible()
    page.keyboard.press("?")
    expect(page.locator("#keys")).to_be_hidden()
    page.keyboard.press("j")  # in the table: review next
    page.wait_for_url("**/finding/**")
    decisions = {}
    for key in "araar":
        page.wait_for_load_state()  # the keys work once the page's script has run
        mention = page.locator("h1").inner_text().split(" unreviewed")[0].strip()
        page.keyboard.press(key)
        expect(page.locator(".notice")).to_contain_text("Saved: " + {"a": "accepted", "r": "rejected"}[key])
        decisions[mention] = {"a": "accepted", "r": "rejected"}[key]
    expect(page.locator(".queue")).to_contain_text("nothing else left to review")
    rows = exported(store_dir)
    assert len(decisions) == 5 and {mention: rows[mention]["review_status"] for mention in decisions} == decisions


def test_words_selected_in_the_sentence_become_the_subject(page, app_url, store_dir):
    from playwright.sync_api import expect

    page.goto(app_url)
    page.get_by_role("link", name="Rund 62 Prozent").click()
    page.wait_for_url("**/finding/**")
    page.keyboard.press("k")  # the first finding of the table: no previous one, nothing happens
    page.evaluate(
        """() => {
            const sentence = document.querySelector(".sentence");
            const range = document.createRange();
            range.selectNodeContents(sentence);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
        }"""
    )
    page.keyboard.press("s")  # the words only, without the highlights' labels
    expect(page.locator("input[name=subject]")).to_have_value("Rund 62 Prozent der befragten Unternehmen nutzen 2020 Videos.")
    page.keyboard.press("Escape")
    page.keyboard.press("e")
    expect(page.locator("input[name=subject]")).to_be_focused()
