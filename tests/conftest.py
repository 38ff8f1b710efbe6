"""Test settings: Prefect runs offline and quiet, on a project-local home, set before it is imported."""

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect-test"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def prefect_server():
    """A temporary Prefect server for the session, started only when a test runs a flow."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    """The read-only shared folder beside the repository (corpora, gold, spec)."""
    assert SHARED.is_dir(), f"expected the shared folder beside the repository at {SHARED}"
    return SHARED


TINY_CORPUS = {
    "de/umfrage.txt": (
        "Studie: Videos im Marketing\n"
        "Veröffentlicht am 3. März 2021\n\n"
        "Rund 62 Prozent der befragten Unternehmen nutzen 2020 Videos.\n"
        "Jedes dritte Unternehmen plant mehr Budget.\n"
    ),
    "en/survey.txt": (
        "Survey: remote work\n"
        "Published March 3, 2021\n\n"
        "More than 40 percent of employees worked from home in 2020.\n"
    ),
}


@pytest.fixture
def tiny_corpus(tmp_path) -> pathlib.Path:
    """A corpus folder with one German and one English article."""
    root = tmp_path / "corpus"
    for name, text in TINY_CORPUS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root
