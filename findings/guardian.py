"""Ends the processes a run started once the run is gone: `python -m findings.guardian PARENT`.

A run that starts a temporary Prefect server (a process of Prefect's own making) starts a
guardian first; if the run dies, even by SIGKILL and while the server is still starting, the
guardian terminates the processes the run had started, then exits. It looks at them twice a
second, in a session of its own (a Ctrl-C in the terminal does not end it); the run ends it
when it stopped the server itself.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import psutil

POLL_SECONDS = 0.5
GRACE_SECONDS = 5.0


def guard(parent: int) -> None:
    """Wait while `parent` lives, noting its descendant processes; once it is gone, terminate those
    (kill them after a grace)."""
    try:
        served = psutil.Process(parent)
    except psutil.NoSuchProcess:
        return
    started: list[psutil.Process] = []
    while alive(served):
        with contextlib.suppress(psutil.NoSuchProcess):
            started = [process for process in served.children(recursive=True) if process.pid != os.getpid()]
        time.sleep(POLL_SECONDS)
    for process in started:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate()
    _, left = psutil.wait_procs(started, timeout=GRACE_SECONDS)
    for process in left:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def alive(process: psutil.Process) -> bool:
    """Whether a process still runs (a zombie, ended but not yet reaped, does not)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def start_guardian() -> subprocess.Popen:
    """Start a guardian that ends the processes this one started when this process is gone."""
    command = [sys.executable, "-m", "findings.guardian", str(os.getpid())]
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


if __name__ == "__main__":
    guard(int(sys.argv[1]))
