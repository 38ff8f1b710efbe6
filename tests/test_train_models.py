"""`make models` (models/train.py) refuses a treebank folder that lacks a file before it trains."""

import importlib.util
import subprocess
import sys
from pathlib import Path

TRAIN = Path(__file__).resolve().parent.parent / "models" / "train.py"


def load_train():
    spec = importlib.util.spec_from_file_location("train_models", TRAIN)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


def test_the_files_a_language_needs_are_named_where_missing(tmp_path):
    train = load_train()
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "de_gsd-ud-dev.conllu").write_text("", encoding="utf-8")
    assert train.missing_files(train.TREEBANKS["de"], tmp_path) == ["de/de_gsd-ud-test.conllu", "de/de_pud-ud-test.conllu"]


def test_a_missing_treebank_file_is_one_line_and_nothing_is_trained(tmp_path):
    (tmp_path / "en").mkdir()
    completed = subprocess.run([sys.executable, str(TRAIN), "en", "--ud", str(tmp_path)], capture_output=True, text=True)
    assert completed.returncode == 2
    assert completed.stderr.strip().splitlines()[-1].startswith("train.py: error: treebank files missing in")
    assert "Traceback" not in completed.stderr
