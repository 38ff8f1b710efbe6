"""Processes a run starts do not outlive it: after SIGKILL of `findings run`, its workers and its
temporary Prefect server go too."""

import os
import signal
import subprocess
import sys
import time

import psutil

ARTICLES = 700  # more than the flow reads and extracts in its own process


def test_workers_end_when_the_run_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(ARTICLES):
        claims = " ".join(
            f"Im Jahr {2000 + k} nutzten {(number + k) % 90 + 5} Prozent der befragten Firmen Videos, {k + 3} Prozent Podcasts."
            for k in range(20)
        )
        text = f"Umfrage {number}\n\n{claims}\n"
        (corpus / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    env = os.environ | {"FINDINGS_WORKERS": "2", "PREFECT_HOME": str(tmp_path / "prefect")}
    command = [sys.executable, "-m", "findings.cli", "run", str(corpus), "--out", str(tmp_path / "out")]
    run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process = psutil.Process(run.pid)
    started = []
    try:
        deadline = time.monotonic() + 240
        while not started and time.monotonic() < deadline and run.poll() is None:
            started = [p for p in process.children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
            time.sleep(0.2)
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
