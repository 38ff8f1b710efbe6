"""Ends a helper process when the process it serves is gone: `python -m findings.guardian PARENT CHILD`.

A run that starts a temporary Prefect server (a process of Prefect's own making) starts a
guardian beside it; if the run dies, even by SIGKILL, the guardian terminates the server, then
exits. It polls twice a second and exits by itself when the server ends first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psutil

POLL_SECONDS = 0.5
GRACE_SECONDS = 5.0


def guard(parent: int, child: int) -> None:
    """Wait while both processes live; when `parent` is gone, terminate `child` (kill it after a grace)."""
    try:
        served, helper = psutil.Process(parent), psutil.Process(child)
    except psutil.NoSuchProcess:
        return
    while alive(served):
        if not alive(helper):
            return
        time.sleep(POLL_SECONDS)
    try:
        helper.terminate()
        helper.wait(GRACE_SECONDS)
    except psutil.TimeoutExpired:
        helper.kill()
    except psutil.NoSuchProcess:
        pass


def alive(process: psutil.Process) -> bool:
    """Whether a process still runs (a zombie, ended but not yet reaped, does not)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def start_guardian(child: int) -> subprocess.Popen:
    """Start a guardian that ends process `child` when this process is gone."""
    command = [sys.executable, "-m", "findings.guardian", str(os.getpid()), str(child)]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    guard(int(sys.argv[1]), int(sys.argv[2]))
