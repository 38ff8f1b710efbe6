import codecs
import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import findings.pipeline as pipeline
import findings.sweep as ingest
from findings.cli import main
from findings.commands.ingest import report
from findings.pipeline import run_pipeline
from findings.store import RUN_COUNTERS, active_findings, latest_run, open_store, read_findings, store_lock
from findings.sweep import EXIT_FAILED, EXIT_REJECTED, run_sweep, scan, sources
from findings.sweep import run as sweep_run
from findings.table import read_table, sort_findings

ARTICLES = {
    "a.txt": (
        "Studie: Arbeit im Homeoffice\n\n"
        "Rund 62 Prozent der befragten Beschäftigten arbeiteten 2021 von zu Hause.\n\n"
        "Knapp 15 Prozent der Befragten wünschen sich mehr Bürotage.\n"
    ),
    "b.txt": (
        "Survey: remote work\n\n"
        "More than 40 percent of employees worked from home in 2020.\n\n"
        "Rund 62 Prozent der befragten Beschäftigten arbeiteten 2021 von zu Hause.\n"
    ),
    "c.txt": "Umfrage 2022\n\nEtwa 30 Prozent der Unternehmen planen neue Stellen.\n",
}


def write_corpus(root, articles=ARTICLES):
    root.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def clean_findings(root):
    return sort_findings(run_pipeline([root]).findings)


def stored_findings(out):
    return active_findings(open_store(out))


def test_ingest_one_new_article_adds_exactly_its_claims(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {"c.txt": ARTICLES["c.txt"]})
    summary = run_sweep(tmp_path / "out", [corpus / "c.txt"], "ingest")
    expected = clean_findings(corpus)
    assert expected and stored_findings(tmp_path / "out") == expected
    assert (summary.counters["articles_new"], summary.counters["claims_added"]) == (1, len(expected))


def test_ingest_again_adds_and_extracts_nothing(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    run_sweep(tmp_path / "out", [corpus], "ingest")
    before = read_findings(open_store(tmp_path / "out"))
    summary = run_sweep(tmp_path / "out", [corpus], "ingest")
    assert summary.counters == summary.counters | {
        "articles_new": 0, "articles_changed": 0, "articles_unchanged": 3, "articles_extracted": 0,
        "claims_added": 0, "claims_removed": 0, "claims_changed": 0,
    }
    assert read_findings(open_store(tmp_path / "out")) == before


def test_ingest_touched_but_unchanged_file_is_not_extracted(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    run_sweep(tmp_path / "out", [corpus], "ingest")
    (corpus / "c.txt").write_text(ARTICLES["c.txt"], encoding="utf-8")
    os.utime(corpus / "c.txt", ns=(1, 1))
    summary = run_sweep(tmp_path / "out", [corpus], "ingest")
    assert (summary.counters["articles_unchanged"], summary.counters["articles_extracted"]) == (3, 0)


def test_ingest_edited_passage_changes_only_its_claims(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    run_sweep(out, [corpus], "ingest")
    before = {f.finding_id: f for f in stored_findings(out)}
    edited = ARTICLES["a.txt"].replace("Knapp 15 Prozent", "Knapp 17 Prozent")
    (corpus / "a.txt").write_text(edited, encoding="utf-8")
    summary = run_sweep(out, [corpus], "ingest")
    after = {f.finding_id: f for f in stored_findings(out)}
    assert {after[i].mention for i in after.keys() - before.keys()} == {"Knapp 17 Prozent"}
    assert {before[i].mention for i in before.keys() - after.keys()} == {"Knapp 15 Prozent"}
    assert all(after[i] == before[i] for i in after.keys() & before.keys())
    assert summary.counters == summary.counters | {"articles_changed": 1, "claims_added": 1, "claims_removed": 1}
    assert [row["mention"] for row in read_findings(open_store(out), "removed")] == ["Knapp 15 Prozent"]


@pytest.mark.parametrize("seed", range(3))
def test_ingest_any_sequence_equals_a_clean_run(tmp_path, seed):
    """Add articles in a random order, add a copy that becomes canonical, remove one: as a clean run."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    names = sorted(ARTICLES)
    random.Random(seed).shuffle(names)
    for name in names:
        write_corpus(corpus, {name: ARTICLES[name]})
        run_sweep(out, [corpus / name] if seed % 2 else [corpus], "ingest")
        assert stored_findings(out) == clean_findings(corpus)
    write_corpus(corpus, {"0-copy.txt": ARTICLES[names[0]]})
    run_sweep(out, [corpus], "ingest")
    assert stored_findings(out) == clean_findings(corpus)
    (corpus / names[1]).unlink()
    summary = run_sweep(out, [corpus], "ingest")
    assert summary.counters["articles_removed"] == 1
    assert stored_findings(out) == clean_findings(corpus)


def test_ingest_duplicate_passage_is_linked_not_extracted_again(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, {"a.txt": ARTICLES["a.txt"]})
    run_sweep(out, [corpus], "ingest")
    write_corpus(corpus, {"b.txt": ARTICLES["b.txt"]})
    summary = run_sweep(out, [corpus], "ingest")
    assert summary.counters["articles_extracted"] == 1
    shared = [f for f in stored_findings(out) if f.mention == "Rund 62 Prozent"]
    assert [(f.doc_id, f.docs) for f in shared] == [("a.txt", "a.txt;b.txt")]


HOSTILE_REASONS = {
    "empty.txt": "empty",
    "binary.txt": "binary",
    "huge.txt": "too_large",
    "broken-link.txt": "broken_link",
    "loop.txt": "broken_link",
    "pipe.txt": "not_regular_file",
    "device-link.txt": "outside_root",
    "passwd-link.txt": "outside_root",
    "saved-pdf.txt": "binary",
    "folder-link.txt": "not_regular_file",
    "notes.pdf": "unsupported_type",
    "mixed.txt": "undecodable",
}
GOOD = {
    "cp1252.txt": ("Umfrage zur Ernährung\n\nGut 55 Prozent der Bürger essen täglich Obst.\n", "cp1252"),
    "utf16.txt": ("Survey on sleep\n\nAbout 35 percent of adults sleep less than six hours.\n", "utf-16"),
}


@pytest.fixture
def hostile_corpus(tmp_path):
    root = tmp_path / "hostile"
    root.mkdir()
    for name, (text, encoding) in GOOD.items():
        (root / name).write_bytes(text.encode(encoding))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02" * 100)
    with open(root / "huge.txt", "wb") as huge:
        huge.truncate(20_000_001)
    (root / "broken-link.txt").symlink_to(root / "missing.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    os.mkfifo(root / "pipe.txt")
    (root / "device-link.txt").symlink_to("/dev/zero")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root)  # a folder link loop: never followed
    (root / "folder-link.txt").symlink_to(root / "sub")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "saved-pdf.txt").write_bytes(b"%PDF-1.7\n" + b"BT /F1 12 Tf (45 Prozent) Tj ET\n" * 20)
    (root / "passwd-link.txt").symlink_to("/etc/passwd")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / "page_files").mkdir()
    (root / "page_files" / "style.css").write_text("body { color: red }")
    (root / "page_files" / "logo.png").write_bytes(b"\x89PNG\r\n")
    (root / "mixed.txt").write_bytes("Grüße Ã¼ber 20 Prozent ".encode("cp1252") + b"\x81\x8d")
    return root


def test_ingest_hostile_folder_rejects_the_bad_inputs_and_keeps_the_good(hostile_corpus, tmp_path):
    summary = run_sweep(tmp_path / "out", [hostile_corpus], "ingest")
    reasons = {rejected.path: rejected.reason for rejected in summary.rejected}
    assert reasons == HOSTILE_REASONS | {"sub/up": "unsupported_type"}
    assert (summary.counters["articles_new"], summary.exit_code) == (2, EXIT_REJECTED)
    assert {(skipped.path, skipped.reason) for skipped in summary.skipped} == {
        (".DS_Store", "hidden"), ("page_files/style.css", "page asset"), ("page_files/logo.png", "page asset")
    }
    assert summary.counters["files_skipped"] == 3
    assert {f.doc_id: f.value for f in stored_findings(tmp_path / "out")} == {"cp1252.txt": 55.0, "utf16.txt": 35.0}
    exported = (tmp_path / "out" / "rejected.csv").read_text(encoding="utf-8").splitlines()
    assert exported[0] == "path,reason,detail" and len(exported) == 1 + len(reasons)
    first = {name: (tmp_path / "out" / name).read_bytes() for name in ingest.EXPORTS}
    again = run_sweep(tmp_path / "out", [hostile_corpus], "crawl")
    assert again.counters["articles_unchanged"] == 2 and {r.path for r in again.rejected} == set(reasons)
    assert {name: (tmp_path / "out" / name).read_bytes() for name in ingest.EXPORTS} == first


@pytest.mark.parametrize("corpus", ["shared", "hostile"])
def test_a_sweep_reading_on_worker_processes_equals_one_in_this_process(
    corpus, shared_dir, hostile_corpus, tmp_path, monkeypatch
):
    roots = [hostile_corpus] if corpus == "hostile" else [shared_dir / "corpus", shared_dir / "corpus_en"]
    monkeypatch.setenv(pipeline.WORKERS_SETTING, "2")
    monkeypatch.setattr(scan, "FILES_READ_HERE", 3)
    monkeypatch.setattr(scan, "FILES_PER_LOAD", 2)
    submitted = []
    submit = pipeline.WorkerPool.submit
    monkeypatch.setattr(
        pipeline.WorkerPool, "submit", lambda pool, fn, jobs: submitted.append(fn) or submit(pool, fn, jobs)
    )
    pooled = run_sweep(tmp_path / "pooled", roots, "run")
    assert scan.read_files in submitted
    monkeypatch.setattr(scan, "FILES_READ_HERE", 10**9)
    submitted.clear()
    here = run_sweep(tmp_path / "here", roots, "run")
    assert scan.read_files not in submitted
    assert (pooled.counters, pooled.rejected) == (here.counters, here.rejected)
    for name in ("findings.csv", "rejected.csv"):
        assert (tmp_path / "pooled" / name).read_bytes() == (tmp_path / "here" / name).read_bytes()


def test_load_groups_reads_the_first_files_here_and_the_rest_on_workers_in_order(monkeypatch):
    monkeypatch.setattr(scan, "FILES_READ_HERE", 3)
    monkeypatch.setattr(sources, "MAX_GROUP_FILES", 4)
    verdicts = ["read", "unchanged", "read", "read", "unsupported", "unchanged", "unchanged", "read", "read", "read"]
    entries = [
        sources.FileEntry(Path(f"{i}.txt"), f"{i}.txt", f"/{i}.txt", None, None, None, verdict)
        for i, verdict in enumerate(verdicts)
    ]
    groups = [[entry.doc_id for entry in group] for group in sources.file_groups(entries, 2)]
    assert groups == [["0.txt", "1.txt", "2.txt"], ["3.txt", "4.txt", "5.txt", "6.txt"], ["7.txt", "8.txt"], ["9.txt"]]
    here, there = [], []
    with ThreadPoolExecutor(2) as pool:
        loaded = list(
            scan.load_groups(
                entries,
                run=lambda jobs: here.append(jobs) or [doc_id for _, doc_id in jobs],
                submit=lambda jobs: there.append(jobs) or pool.submit(lambda: [doc_id for _, doc_id in jobs]),
                files_per_group=2,
            )
        )
    assert [[entry.doc_id for entry in group] for group, _ in loaded] == groups
    assert [results for _, results in loaded] == [["0.txt", "2.txt"], ["3.txt"], ["7.txt", "8.txt"], ["9.txt"]]
    # Three files are read here (two groups), the rest on the workers.
    assert (len(here), len(there)) == (2, 2)


def test_ingest_retries_a_rejected_file_when_it_changes(hostile_corpus, tmp_path):
    out = tmp_path / "out"
    run_sweep(out, [hostile_corpus], "ingest")
    (hostile_corpus / "empty.txt").write_text("Studie\n\nGenau 12 Prozent der Befragten lesen täglich.\n")
    summary = run_sweep(out, [hostile_corpus], "ingest")
    assert "empty.txt" not in {rejected.path for rejected in summary.rejected}
    assert 12.0 in {f.value for f in stored_findings(out) if f.doc_id == "empty.txt"}


# Where a run is killed: inside the commit's transaction, or after it, while exporting.
KILL_AT = [("findings.sweep.commit", "write_extractions"), ("findings.sweep.commit", "write_findings"),
           ("findings.sweep.run", "export_tables")]


@pytest.mark.parametrize("module,kill_at", KILL_AT, ids=[name for _, name in KILL_AT])
def test_ingest_killed_midway_then_rerun_equals_a_clean_run(tmp_path, module, kill_at):
    corpus, out = write_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_sweep(out, [corpus / "a.txt"], "ingest")
    write_corpus(corpus, {"a.txt": ARTICLES["a.txt"].replace("15 Prozent", "16 Prozent")})
    script = (
        "import importlib, os, signal\n"
        f"module = importlib.import_module({module!r})\n"
        f"original = getattr(module, {kill_at!r})\n"
        "def killed(*args):\n"
        "    original(*args)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"setattr(module, {kill_at!r}, killed)\n"
        "from findings.sweep import run_sweep\n"
        f"run_sweep({str(out)!r}, [{str(corpus)!r}], 'ingest')\n"
    )
    process = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert process.returncode == -signal.SIGKILL, process.stderr
    committed = kill_at == "export_tables"
    assert latest_run(open_store(out))["status"] == ("done" if committed else "running")
    summary = run_sweep(out, [corpus], "ingest")
    statuses = [row["status"] for row in open_store(out).execute("SELECT status FROM runs ORDER BY run_id")]
    assert statuses == ["done", "done" if committed else "failed", "done"]
    assert summary.counters["articles_unchanged"] == (3 if committed else 0)
    assert stored_findings(out) == clean_findings(corpus)
    clean_out = tmp_path / "clean"
    run_sweep(clean_out, [corpus], "ingest")
    for name in ("findings.csv", "rejected.csv"):
        assert (out / name).read_bytes() == (clean_out / name).read_bytes()


def test_two_concurrent_sweeps_equal_one_sweep(tmp_path):
    corpus, out = write_corpus(tmp_path / "corpus"), tmp_path / "out"
    command = [sys.executable, "-m", "findings.cli", "ingest", str(corpus), "--out", str(out), "--wait", "120"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = sorted(process.communicate()[0].strip() for process in processes)
    assert [process.returncode for process in processes] == [0, 0]
    assert outputs == [
        "articles: 0 new, 0 changed, 3 unchanged, 0 rejected, 0 removed; files skipped: 0; claims: +0 -0",
        f"articles: 3 new, 0 changed, 0 unchanged, 0 rejected, 0 removed; files skipped: 0; claims: +{len(clean_findings(corpus))} -0",
    ]
    assert stored_findings(out) == clean_findings(corpus)


def test_ingest_exits_with_a_clear_message_while_another_run_writes(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    with store_lock(tmp_path / "out"):
        assert main(["ingest", str(corpus), "--out", str(tmp_path / "out")]) == EXIT_FAILED
    assert "another run is writing" in capsys.readouterr().err
    assert main(["ingest", str(corpus), "--out", str(tmp_path / "out")]) == 0


def test_a_file_name_that_is_no_utf8_is_kept_and_named_reversibly(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    latin1_name = os.fsdecode(os.fsencode(str(corpus)) + b"/caf\xe9.txt")
    Path(latin1_name).write_text("Umfrage 2021\n\n45 Prozent der Firmen nutzen Videos.\n", encoding="utf-8")
    (corpus / "ok.txt").write_text("Survey 2021\n\n40 percent of firms use video.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(corpus), "--out", str(out)]) == 0
    assert main(["ingest", str(corpus), "--out", str(out)]) == 0
    assert "0 new, 0 changed, 2 unchanged" in capsys.readouterr().out
    csv_text = (out / "findings.csv").read_text(encoding="utf-8")
    assert "caf\\xe9.txt,caf\\xe9.txt" in csv_text and "ok.txt" in csv_text
    assert codecs.escape_decode("caf\\xe9.txt".encode())[0] == os.fsencode(Path(latin1_name).name)  # reversible


def test_a_run_whose_exports_fail_stays_in_the_store_and_the_next_run_writes_them(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"

    def disk_full(conn, out_dir):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sweep_run, "export_tables", disk_full)
        with pytest.raises(ingest.ExportsStale) as failed:
            run_sweep(out, [corpus], "ingest")
    assert failed.value.summary.counters["articles_new"] == 3
    assert len(stored_findings(out)) == len(clean_findings(corpus))  # the store kept the run
    assert not (out / "findings.csv").exists()
    summary = run_sweep(out, [corpus], "ingest")  # nothing changed on disk, yet the exports are stale
    assert summary.counters["articles_unchanged"] == 3
    assert len(read_table(out / "findings.csv")) == len(clean_findings(corpus))


def test_the_command_line_says_the_store_kept_a_run_whose_exports_failed(tmp_path, capsys):
    summary = ingest.SweepSummary(7, dict.fromkeys(RUN_COUNTERS, 0) | {"articles_new": 2, "claims_added": 5}, [])

    def sweep():
        raise ingest.ExportsStale(summary, OSError(errno.ENOSPC, "No space left on device"))

    assert report(sweep) == ingest.EXIT_EXPORTS_STALE
    printed = capsys.readouterr()
    assert "2 new" in printed.out and "+5" in printed.out
    assert "store holds this run" in printed.err and "findings export" in printed.err and "unchanged" not in printed.err


def test_findings_export_rewrites_the_tables_from_the_store(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert main(["ingest", str(corpus), "--out", str(out)]) == 0
    (out / "findings.csv").unlink()
    assert main(["export", "--out", str(out)]) == 0
    assert len(read_table(out / "findings.csv")) == len(clean_findings(corpus))


def test_a_sweep_that_would_remove_most_articles_refuses_without_prune(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert main(["ingest", str(corpus), "--out", str(out)]) == 0
    before = stored_findings(out)
    (corpus / "a.txt").unlink()
    (corpus / "b.txt").unlink()
    capsys.readouterr()
    assert main(["ingest", str(corpus), "--out", str(out)]) == ingest.EXIT_REFUSED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2 of the 3 articles" in err and "--prune" in err
    assert stored_findings(out) == before
    assert main(["ingest", str(corpus), "--out", str(out), "--prune"]) == 0
    assert "2 removed" in capsys.readouterr().out


def test_a_refused_sweep_leaves_the_store_byte_for_byte_as_it_was(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert main(["ingest", str(corpus), "--out", str(out)]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    (corpus / "a.txt").unlink()
    (corpus / "b.txt").unlink()
    assert main(["ingest", str(corpus), "--out", str(out)]) == ingest.EXIT_REFUSED
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_run_keeps_what_ingest_added_from_elsewhere_unless_the_folders_are_the_whole_collection(tmp_path):
    first = write_corpus(tmp_path / "first", {"a.txt": ARTICLES["a.txt"], "b.txt": ARTICLES["b.txt"]})
    second = write_corpus(tmp_path / "second", {"c.txt": ARTICLES["c.txt"]})
    out = tmp_path / "out"
    run_sweep(out, [first], "ingest")
    assert run_sweep(out, [second], "run").counters["articles_removed"] == 0
    assert {f.doc_id for f in stored_findings(out)} == {"a.txt", "b.txt", "c.txt"}
    with pytest.raises(ingest.RemovesTooMuch):
        run_sweep(out, [second], "run", whole=True)
    assert run_sweep(out, [second], "run", whole=True, prune=True).counters["articles_removed"] == 2
    assert {f.doc_id for f in stored_findings(out)} == {"c.txt"}


def test_names_with_the_docs_separator_or_a_newline_cannot_break_the_exports_or_the_output(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a;b.txt").write_text("Umfrage 2021\n\n45 Prozent der Firmen nutzen Videos.\n", encoding="utf-8")
    (corpus / "fake\nrejected x.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["ingest", str(corpus), "--out", str(out)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert err.splitlines() == ["rejected fake\\x0arejected x.txt: empty: The file has no bytes."]
    (row,) = read_table(out / "findings.csv")
    assert row["doc_id"] == row["docs"] == "a\\x3bb.txt"


def test_two_folders_with_the_same_file_names_keep_both(tmp_path):
    first = write_corpus(tmp_path / "dA", {"report.txt": ARTICLES["a.txt"]})
    second = write_corpus(tmp_path / "dB", {"report.txt": ARTICLES["c.txt"]})
    out = tmp_path / "out"
    run_sweep(out, [first], "ingest")
    summary = run_sweep(out, [second], "ingest")
    assert (summary.counters["articles_new"], summary.rejected) == (1, [])
    assert {f.doc_id for f in stored_findings(out)} == {"report.txt", "dB/report.txt"}
    again = run_sweep(out, [first, second], "run")
    assert (again.counters["articles_unchanged"], again.counters["articles_removed"]) == (2, 0)


def test_a_store_of_an_older_version_gets_the_new_run_counters(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    old = sqlite3.connect(out / "findings.db")
    old.execute("CREATE TABLE runs (run_id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, started_at TEXT,"
                " finished_at TEXT, status TEXT, articles_new INTEGER, error TEXT, exported INTEGER DEFAULT 0)")
    old.commit()
    old.close()
    summary = run_sweep(out, [write_corpus(tmp_path / "corpus")], "ingest")
    assert latest_run(open_store(out))["files_skipped"] == summary.counters["files_skipped"] == 0


def test_temporary_files_a_killed_export_left_are_removed_by_the_next_export(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    leftovers = [out / ".findings.csv.k1ll3d.tmp", out / ".findings.parquet.x.tmp", out / ".rejected.csv.y.tmp"]
    for leftover in leftovers:
        leftover.write_text("half written")
    run_sweep(out, [write_corpus(tmp_path / "corpus")], "ingest")
    assert not any(leftover.exists() for leftover in leftovers)


def test_an_unchanged_sweep_plans_extracts_and_exports_nothing(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    run_sweep(out, [corpus], "ingest")
    exported = {name: (out / name).stat().st_mtime_ns for name in ingest.EXPORTS}

    def must_not_run(*args, **kwargs):
        raise AssertionError("a stage ran on an unchanged sweep")

    with pytest.MonkeyPatch.context() as patch:
        for stage in ("dedupe_passages", "extract_claims", "write_store", "export_tables"):
            patch.setattr(sweep_run, stage, must_not_run)
        summary = run_sweep(out, [corpus], "ingest")
    assert summary.counters["articles_unchanged"] == 3
    assert {name: (out / name).stat().st_mtime_ns for name in ingest.EXPORTS} == exported
