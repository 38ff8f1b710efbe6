"""Processes a run starts do not outlive it: after SIGKILL of `findings run`, its workers and its
temporary Prefect server go too; one Ctrl-C ends a run within seconds and leaves the store usable."""

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

ARTICLES = 700  # more than the flow reads and extracts in its own process


def write_claim_dense_corpus(corpus):
    corpus.mkdir()
    for number in range(ARTICLES):
        claims = " ".join(
            f"Im Jahr {2000 + k} nutzten {(number + k) % 90 + 5} Prozent der befragten Firmen Videos, {k + 3} Prozent Podcasts."
            for k in range(20)
        )
        text = f"Umfrage {number}\n\n{claims}\n"
        (corpus / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return corpus


def start_with_workers(command, tmp_path, **popen):
    """Start a findings command and wait until its worker processes run; (process, psutil handle, workers)."""
    env = os.environ | {"FINDINGS_WORKERS": "2", "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_LOGGING_TO_API_ENABLED", None)  # as a user's shell has it
    run = subprocess.Popen([sys.executable, "-m", "findings.cli", *command], env=env, **popen)
    process = psutil.Process(run.pid)
    started = []
    deadline = time.monotonic() + 240
    while not started and time.monotonic() < deadline and run.poll() is None:
        started = [p for p in process.children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
        time.sleep(0.2)
    return run, process, started


def test_workers_end_when_the_run_is_killed(tmp_path):
    corpus = write_claim_dense_corpus(tmp_path / "corpus")
    command = ["run", str(corpus), "--out", str(tmp_path / "out")]
    run, process, started = start_with_workers(command, tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert started, "the run started no worker processes"
        time.sleep(3)  # into the extraction, a batch takes the workers far longer than the wait below
        everything = process.children(recursive=True)
        run.send_signal(signal.SIGKILL)
        run.wait()
        gone, alive = psutil.wait_procs(started, timeout=5)
        assert alive == [], f"workers alive after the run was killed: {[p.cmdline() for p in alive]}"
        gone, alive = psutil.wait_procs(everything, timeout=10)
        assert alive == [], f"processes of the run alive after it was killed: {[p.cmdline() for p in alive]}"
    finally:
        for child in everything if started else process.children(recursive=True):
            if child.is_running():
                child.kill()


@pytest.mark.parametrize("command_name", ["ingest", "run"])
def test_one_ctrl_c_ends_a_run_within_seconds_with_its_one_line_and_the_next_run_completes_the_work(tmp_path, command_name):
    """`ingest` runs the stages in the command's process, `run` as a Prefect flow: both stop alike."""
    corpus = write_claim_dense_corpus(tmp_path / "corpus")
    command = [command_name, str(corpus), "--out", str(tmp_path / "out")]
    run, process, started = start_with_workers(command, tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert started, "the run started no worker processes"
        time.sleep(2)
        everything = process.children(recursive=True)
        interrupted = time.monotonic()
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=30)
        assert time.monotonic() - interrupted < 10
        assert run.returncode == 130 and err.strip().splitlines() == [
            "findings: interrupted; a run that had not committed left the store as it was (the next run completes the work)"
        ], err
        gone, alive = psutil.wait_procs(everything, timeout=5)
        assert alive == []
    finally:
        for child in process.children(recursive=True) if run.poll() is None else []:
            child.kill()
    again = subprocess.run([sys.executable, "-m", "findings.cli", *command], capture_output=True, text=True)
    assert again.returncode == 0 and f"{ARTICLES} new" in again.stdout


def test_the_temporary_server_ends_when_the_run_is_killed_while_it_starts(tmp_path, tiny_corpus):
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect")}
    command = [sys.executable, "-m", "findings.cli", "run", str(tiny_corpus), "--out", str(tmp_path / "out")]
    run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process = psutil.Process(run.pid)
    server = []
    deadline = time.monotonic() + 60
    while not server and time.monotonic() < deadline and run.poll() is None:
        server = [p for p in process.children() if "uvicorn" in " ".join(p.cmdline())]
        time.sleep(0.05)
    everything = process.children(recursive=True)
    try:
        assert server, "the run started no temporary Prefect server"
        time.sleep(1)  # the server takes seconds to answer: still starting
        run.send_signal(signal.SIGKILL)
        run.wait()
        gone, alive = psutil.wait_procs(everything, timeout=5)
        assert alive == [], f"processes of the run alive after it was killed: {[p.cmdline() for p in alive]}"
    finally:
        for child in everything:
            if child.is_running():
                child.kill()
