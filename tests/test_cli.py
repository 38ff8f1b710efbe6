import importlib
import json
import os
import random
import re
import socket
import subprocess
import sys

import pytest

from findings.cli import COMMANDS, main
from findings.records import Finding
from findings.table import read_table, write_table

FINDING = Finding(
    finding_id="f1", doc_id="a.txt", docs="a.txt", lang="de", mention="91 Prozent", value=91.0, value_max=None,
    qualifier="exact", unit="percent", subject="nutzen Videos", population="Firmen", year=2016,
    year_source="sentence", sentence="2016 nutzen 91 Prozent aller Firmen Videos.", char_start=12, char_end=22,
)
GOLD = {
    "doc": "a.txt", "mention": "91 Prozent", "context": "91 Prozent aller Firmen", "value": 91, "value_max": None,
    "qualifier": "exact", "unit": "percent", "subject": "nutzen Videos", "population": "Firmen", "year": 2016,
    "derived": False,
}


@pytest.fixture
def table_and_gold(tmp_path):
    write_table([FINDING], tmp_path)
    gold = tmp_path / "seeds.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n" + json.dumps(GOLD | {"value": 5, "context": "5 Prozent"}) + "\n")
    return tmp_path / "findings.csv", gold


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_modules_expose_add_parser_and_run(name):
    module = importlib.import_module(f"findings.commands.{name}")
    assert callable(module.add_parser) and callable(module.run)


def test_cli_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    help_text = capsys.readouterr().out
    assert all(re.search(rf"^ +{name} ", help_text, re.M) for name in COMMANDS)


def test_cli_eval_scores_a_table(table_and_gold, capsys):
    table, gold = table_and_gold
    assert main(["eval", "--table", str(table), "--gold", str(gold)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split() for line in lines if line.startswith(("recall", "matched"))] == [
        ["matched", "1", "1", "|", "0", "0"], ["recall", "0.500", "0.500", "|", "-", "-"]
    ]


def test_cli_eval_errors_lists_the_missed_claim(table_and_gold, capsys):
    table, gold = table_and_gold
    main(["eval", "--table", str(table), "--gold", str(gold), "--errors"])
    out = capsys.readouterr().out
    assert "== missed gold claims (1) ==\nseeds  a.txt  '91 Prozent'  value 5  context '5 Prozent'" in out
    assert out.index("== missed") < out.index("fully right")


@pytest.mark.parametrize(
    "argv",
    [
        ["eval", "--gold", "g.jsonl"],
        ["eval", "--table", "t.csv"],
        ["eval", "--table", "t.csv", "--corpus", "c", "--gold", "g.jsonl"],
    ],
)
def test_cli_eval_refuses_incomplete_arguments(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_cli_sets_quiet_prefect_defaults_without_overriding(table_and_gold, monkeypatch):
    table, gold = table_and_gold
    monkeypatch.delenv("PREFECT_SERVER_ANALYTICS_ENABLED", raising=False)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "ERROR")
    main(["eval", "--table", str(table), "--gold", str(gold)])
    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert os.environ["PREFECT_LOGGING_LEVEL"] == "ERROR"


def test_cli_eval_does_not_import_prefect(table_and_gold):
    table, gold = table_and_gold
    code = (
        "import sys; from findings.cli import main; "
        f"main(['eval', '--table', {str(table)!r}, '--gold', {str(gold)!r}]); "
        "sys.exit('prefect' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_cli_run_writes_the_tables_and_a_summary(prefect_server, tiny_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(tiny_corpus), "--out", str(out)]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"articles: 2 new, 0 changed, 0 unchanged, 0 rejected, 0 removed; files skipped: 0; claims: \+[1-9]\d* -0", summary)
    assert {"findings.csv", "findings.parquet", "rejected.csv", "findings.db"} <= {p.name for p in out.iterdir()}


@pytest.mark.parametrize(
    "command",
    [["run", "{root}/corpsu"], ["ingest", "{root}/gone/"], ["ingest", "{root}/corpus", "/nonexistent"], ["crawl", "{root}/gone", "--once"]],
)
def test_a_mistyped_path_changes_nothing(tiny_corpus, tmp_path, capsys, command):
    out = tmp_path / "out"
    assert main(["ingest", str(tiny_corpus), "--out", str(out)]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    capsys.readouterr()
    argv = [part.format(root=tmp_path) for part in command] + ["--out", str(out)]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no such file or folder" in error
    assert {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()} == before


@pytest.mark.parametrize("command", ["review", "report", "export"])
def test_review_and_report_refuse_a_folder_without_a_store(tmp_path, capsys, command):
    assert main([command, "--out", str(tmp_path / "typo")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(
    "argv, says",
    [
        (["review", "--port", "99999"], "not a port"),
        (["crawl", "corpus", "--cron", "61 * * * *"], "Invalid cron string"),
        (["crawl", "corpus", "--cron", "0 3 * * *", "--timezone", "Mars/Base"], "Invalid timezone"),
        (["crawl", "corpus", "--once", "--timezone", "Mars/Olympus"], "Invalid timezone"),
        (["crawl", "corpus", "--once", "--timezone", ""], "Invalid timezone"),
        (["crawl", "corpus", "--cron", "0 3 * * *", "--timezone", ""], "Invalid timezone"),
        (["eval", "--table", "missing.csv", "--gold", "missing.jsonl"], "no such file or folder"),
        (["no-such-command"], "invalid choice"),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_2(tmp_path, capsys, argv, says):
    try:
        status = main([*argv, *(["--out", str(tmp_path / "out")] if argv[0] in ("crawl",) else [])])
    except SystemExit as exit:  # argparse exits itself
        status = exit.code
    error = capsys.readouterr().err
    assert status == 2 and error.count("\n") == 1 and says in error
    assert not (tmp_path / "out").exists()


def test_review_on_a_port_in_use_is_one_line_and_exit_2(tiny_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["ingest", str(tiny_corpus), "--out", str(out)]) == 0
    capsys.readouterr()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["review", "--out", str(out), "--port", str(port)]) == 2
    printed = capsys.readouterr()
    assert printed.err.count("\n") == 1 and "cannot listen" in printed.err and not printed.out


def test_a_prefect_api_that_never_answers_fails_the_run_in_bounded_time(tiny_corpus, tmp_path, capsys, monkeypatch):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    import flows.pipeline_flow as pipeline_flow

    monkeypatch.setattr(pipeline_flow, "API_CHECK_SECONDS", 1.0)
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with temporary_settings(updates={PREFECT_API_URL: f"http://127.0.0.1:{silent.getsockname()[1]}/api"}):
            assert main(["run", str(tiny_corpus), "--out", str(tmp_path / "out")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "did not answer within 1 s" in error and "prefect server start" in error
    assert not (tmp_path / "out").exists()


def test_a_cron_crawl_without_a_prefect_server_refuses_at_once(tiny_corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["crawl", str(tiny_corpus), "--cron", "0 3 * * *", "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "prefect server start" in error and "PREFECT_API_URL" in error


@pytest.mark.parametrize("layout", ["one folder with a/x.txt and b/x.txt", "two folders with an x.txt each"])
def test_eval_of_a_corpus_scores_what_a_run_writes(shared_dir, tmp_path, capsys, layout):
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted((shared_dir / "corpus").glob("*.txt"))[:2]}
    (first, second) = texts.values()
    if layout.startswith("one"):
        folders = [tmp_path / "corpus"]
        files = {tmp_path / "corpus" / "a" / "x.txt": first, tmp_path / "corpus" / "b" / "x.txt": second}
    else:
        folders = [tmp_path / "a", tmp_path / "b"]
        files = {tmp_path / "a" / "x.txt": first, tmp_path / "b" / "x.txt": second}
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    gold = shared_dir / "gold" / "seeds.jsonl"
    out = tmp_path / "out"
    assert main(["ingest", *map(str, folders), "--out", str(out)]) == 0
    rows = read_table(out / "findings.csv")
    assert len({row["doc_id"] for row in rows}) == 2  # both kept, distinct doc_ids
    capsys.readouterr()
    assert main(["eval", "--table", str(out / "findings.csv"), "--gold", str(gold)]) == 0
    from_table = capsys.readouterr().out
    assert main(["eval", "--corpus", *map(str, folders), "--gold", str(gold)]) == 0
    assert capsys.readouterr().out == from_table


def test_an_interrupted_command_says_one_line_and_ignores_a_second_ctrl_c_while_it_shuts_down(monkeypatch, capsys):
    import signal

    import findings.commands.export as export_command

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(export_command, "run", interrupted)
    previous = signal.getsignal(signal.SIGINT)
    try:
        assert main(["export", "--out", "anywhere"]) == 130
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN  # the temporary server's shutdown stays quiet
    finally:
        signal.signal(signal.SIGINT, previous)
    assert capsys.readouterr().err.startswith("findings: interrupted;")


@pytest.mark.parametrize("damage", ["random bytes", "truncated"])
@pytest.mark.parametrize(
    "command", [["report"], ["review"], ["export"], ["ingest", "{corpus}"], ["run", "{corpus}"], ["crawl", "{corpus}", "--once"]]
)
def test_a_damaged_store_is_one_line_and_exit_6_and_left_as_it_is(tiny_corpus, tmp_path, capsys, damage, command):
    out = tmp_path / "out"
    if damage == "truncated":
        assert main(["ingest", str(tiny_corpus), "--out", str(out)]) == 0
        database = (out / "findings.db").read_bytes()
        (out / "findings.db").write_bytes(database[: len(database) // 2])
    else:
        out.mkdir()
        (out / "findings.db").write_bytes(random.Random(11).randbytes(20_000))
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    capsys.readouterr()
    assert main([part.format(corpus=tiny_corpus) for part in command] + ["--out", str(out)]) == 6
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"{out / 'findings.db'} is not a findings store or is damaged" in error
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


@pytest.mark.parametrize("below", ["", "/sub"])
@pytest.mark.parametrize("command", [["ingest", "{corpus}"], ["run", "{corpus}"], ["crawl", "{corpus}", "--once"]])
def test_an_out_that_is_a_file_is_one_line_and_exit_2(tiny_corpus, tmp_path, capsys, command, below):
    (tmp_path / "file").write_text("mine\n")
    assert main([part.format(corpus=tiny_corpus) for part in command] + ["--out", f"{tmp_path / 'file'}{below}"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot be a folder" in error
    assert (tmp_path / "file").read_text() == "mine\n"


def test_a_cron_crawl_whose_prefect_api_stops_answering_is_one_line_and_exit_7(tiny_corpus, tmp_path):
    import http.server
    import threading

    release = threading.Event()

    class HealthyThenSilent(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.endswith("/health"):
                self.send_response(200)
                self.send_header("content-length", "4")
                self.end_headers()
                self.wfile.write(b"true")
            else:
                release.wait(60)

        do_POST = do_PATCH = do_PUT = do_DELETE = do_GET

        def log_message(self, *args):
            pass

    api = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HealthyThenSilent)
    api.daemon_threads = True
    threading.Thread(target=api.serve_forever, daemon=True).start()
    env = os.environ | {
        "PREFECT_API_URL": f"http://127.0.0.1:{api.server_address[1]}/api",
        "PREFECT_API_REQUEST_TIMEOUT": "1",
        "PREFECT_CLIENT_MAX_RETRIES": "0",
        "PREFECT_HOME": str(tmp_path / "prefect"),
    }
    command = [sys.executable, "-m", "findings.cli", "crawl", str(tiny_corpus), "--cron", "* * * * *", "--out", str(tmp_path / "out")]
    try:
        crawl = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    finally:
        release.set()
        api.shutdown()
    assert crawl.returncode == 7, crawl.stderr
    assert crawl.stderr.count("\n") == 1 and "stopped answering (ReadTimeout)" in crawl.stderr


def run_in_new_process(tmp_path, argv, patch=""):
    """Run `findings ARGV` in a new process (after `patch`, Python run first); (status, stderr lines)."""
    script = f"import sys\n{patch}\nfrom findings.cli import main\nsys.exit(main({argv!r}))\n"
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_LOGGING_TO_API_ENABLED", None)  # as a user's shell has it
    process = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    return process.returncode, process.stderr.splitlines()


@pytest.mark.parametrize("command", ["run", "crawl"])
def test_a_refused_flow_run_prints_only_its_one_line(tiny_corpus, tmp_path, command):
    out = tmp_path / "out"
    assert main(["ingest", str(tiny_corpus), "--out", str(out)]) == 0
    (tiny_corpus / "de" / "umfrage.txt").unlink()
    (tiny_corpus / "en" / "survey.txt").unlink()
    argv = [command, str(tiny_corpus), "--out", str(out), *(["--once"] if command == "crawl" else [])]
    status, lines = run_in_new_process(tmp_path, argv)
    assert status == 5 and len(lines) == 1 and "would mark 2 of the 2 articles" in lines[0], lines


def test_a_full_disk_while_a_flow_run_exports_prints_only_its_one_line(tiny_corpus, tmp_path):
    patch = (
        "import errno\nimport findings.store\n"
        "def disk_full(*args):\n    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "findings.store.write_records = disk_full\n"
    )
    status, lines = run_in_new_process(tmp_path, ["run", str(tiny_corpus), "--out", str(tmp_path / "out")], patch)
    assert status == 4 and len(lines) == 1 and "the store holds this run" in lines[0], lines
