"""Train the German and English pipelines (tok2vec, morphologizer, parser) from the Universal
Dependencies treebanks in ../shared/ud, and package them as models/<lang>/ with their scores.

    python models/train.py [de] [en] [--ud ../shared/ud]

Each language is trained by its config `models/<lang>.cfg` on one core, the languages side by
side; the work folder is `build/models/<lang>/`. The treebanks stay where they are: only the
trained pipeline is copied.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from thinc.api import Config

HERE = Path(__file__).resolve().parent
BUILD = HERE.parent / "build" / "models"
# The project's components a config may name (the German lexicon feature), registered for spaCy's commands.
CODE = ("--code", str(HERE.parent / "extractors" / "components" / "lexicon_classes.py"))


@dataclass(frozen=True)
class Treebanks:
    """Which CoNLL-U files train, choose the checkpoint and measure a language's pipeline, and
    the treebanks they come from with their licences (a trained pipeline is a derived work)."""

    sources: tuple[tuple[str, str], ...]
    train: tuple[str, ...]
    dev: tuple[str, ...]  # chooses the checkpoint; empty: every tenth training sentence
    test: tuple[str, ...]  # never seen in training
    merge_subtokens: bool  # "zum" as one token, as spaCy's German tokenizer makes it


TREEBANKS = {
    "de": Treebanks(
        sources=(("UD_German-GSD", "CC BY-SA 4.0"), ("UD_German-PUD", "CC BY-SA 3.0")),
        train=("de/de_gsd-ud-test.conllu", "de/de_pud-ud-test.conllu"),
        dev=(),
        test=("de/de_gsd-ud-dev.conllu",),
        merge_subtokens=True,
    ),
    "en": Treebanks(
        sources=(("UD_English-EWT", "CC BY-SA 4.0"),),
        train=("en/en_ewt-ud-train.conllu",),
        dev=("en/en_ewt-ud-dev.conllu",),
        test=("en/en_ewt-ud-test.conllu",),
        merge_subtokens=False,
    ),
}


def sentences(path: Path) -> list[list[str]]:
    """The sentences of a CoNLL-U file, each as its lines (comments included)."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    return [block.splitlines() for block in blocks if block.strip()]


def universal_relations(sentence: list[str]) -> list[str]:
    """A sentence with its relation subtypes dropped (nmod:poss -> nmod): GSD and PUD write them
    differently, and the rules read universal relations only."""
    lines = []
    for line in sentence:
        columns = line.split("\t")
        if len(columns) == 10 and columns[0].isdigit():
            columns[7] = columns[7].split(":")[0]
            columns[8] = "_"
        lines.append("\t".join(columns))
    return lines


def write_conllu(path: Path, chosen: list[list[str]]) -> None:
    path.write_text("\n\n".join("\n".join(universal_relations(s)) for s in chosen) + "\n\n", encoding="utf-8")


def prepare(lang: str, ud: Path, work: Path) -> dict[str, Path]:
    """Write train/dev/test CoNLL-U with universal relations and convert them to .spacy files."""
    banks = TREEBANKS[lang]
    train = [s for name in banks.train for s in sentences(ud / name)]
    dev = [s for name in banks.dev for s in sentences(ud / name)]
    if not dev:
        dev = train[9::10]
        train = [s for i, s in enumerate(train) if i % 10 != 9]
    test = [s for name in banks.test for s in sentences(ud / name)]
    corpora = {}
    for split, chosen in (("train", train), ("dev", dev), ("test", test)):
        conllu = work / f"{split}.conllu"
        write_conllu(conllu, chosen)
        command = ["spacy", "convert", str(conllu), str(work), "--converter", "conllu", "-n", "10"]
        run([*command, *(["-T"] if banks.merge_subtokens else [])])
        corpora[split] = work / f"{split}.spacy"
    return corpora


def run(command: list[str]) -> None:
    """Run a spaCy command with this interpreter on one core, the project importable (the German
    pipeline's lexicon component, `extractors/components/lexicon_classes.py`, is project code)."""
    print("+", " ".join(command), flush=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-m", *command], check=True, env=env)


def train(lang: str, ud: Path) -> Path:
    """Train, measure on the unseen test split and package `lang`; returns the package folder."""
    work = BUILD / lang
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpora = prepare(lang, ud, work)
    config = HERE / f"{lang}.cfg"
    run(["spacy", "train", str(config), "--output", str(work / "training"), *CODE,
         "--paths.train", str(corpora["train"]), "--paths.dev", str(corpora["dev"])])
    best = work / "training" / "model-best"
    run(["spacy", "evaluate", str(best), str(corpora["test"]), *CODE, "--output", str(work / "test_scores.json")])
    return package(lang, best, work)


def package(lang: str, best: Path, work: Path) -> Path:
    """Copy the best checkpoint to models/<lang>/ and record its scores and sources in meta.json."""
    target = HERE / lang
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(best, target)
    config = Config().from_disk(target / "config.cfg", interpolate=False)
    config["paths"].update(train=None, dev=None)  # where it was trained is no part of the pipeline
    config.to_disk(target / "config.cfg")
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    scores = json.loads((work / "test_scores.json").read_text())
    meta.update(
        name=f"findings_ud_{lang}",
        description=f"Tagger (UPOS and morphology) and parser trained from {', '.join(TREEBANKS[lang].train)}",
        license="CC BY-SA 4.0 (a derived work of the Universal Dependencies treebanks named in sources)",
        sources=[{"name": name, "license": licence, "url": f"https://github.com/UniversalDependencies/{name}"}
                 for name, licence in TREEBANKS[lang].sources],
        test_scores={key: scores[key] for key in ("pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_f")},
        test_treebanks=list(TREEBANKS[lang].test),
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return target


def missing_files(banks: Treebanks, ud: Path) -> list[str]:
    """The CoNLL-U files of `banks` that are not in `ud` (checked before any training starts)."""
    return [name for name in (*banks.train, *banks.dev, *banks.test) if not (ud / name).is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", default=sorted(TREEBANKS), choices=sorted(TREEBANKS))
    parser.add_argument("--ud", type=Path, default=HERE.parent.parent / "shared" / "ud")
    args = parser.parse_args()
    if not args.ud.is_dir():
        parser.error(f"no treebank folder at {args.ud}")
    missing = [name for lang in args.langs for name in missing_files(TREEBANKS[lang], args.ud)]
    if missing:
        parser.error(f"treebank files missing in {args.ud}: {', '.join(missing)}")
    with ThreadPoolExecutor(max_workers=len(args.langs)) as pool:
        for lang, target in zip(args.langs, pool.map(lambda lang: train(lang, args.ud), args.langs)):
            print(f"{lang}: {target}")


if __name__ == "__main__":
    main()
