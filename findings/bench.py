"""The throughput benchmark: a synthetic corpus made of the bundled articles, timed stage by stage.

`build_corpus` writes N articles recombined from the sentences of the seed corpora, with a share
of passages repeated verbatim or with a one-word edit, as syndicated copies are. `run_benchmark`
measures, in one process: the bare spaCy tokenizer (the floor), the extraction pipelines before
any rule (sentences and lemmas: a reference), the extraction without Prefect (a run into
a fresh store, as `findings run` does it), the Prefect flow, and the flow again into the same
output folder over the unchanged corpus; the extraction alone on a realistic corpus (whole source
articles with the text around their claims, many copies with fresh figures) against a cold
blank tokenizer on it (made and run); the trained pipelines' size and load time; then, one subprocess per corpus size, time and peak memory of a run into a
fresh store (the main process and its largest extraction worker), so that the numbers of one
size do not colour another's.
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.language import Language

from extractors.pipeline import base_pipeline
from findings.passages import SENTENCE_BOUNDARY, split_passages
from findings.pipeline import worker_count
from findings.store import open_store
from findings.sweep import run_sweep
from findings.sweep.corpus import read_corpus

SEED = 20261123
SCALE_SIZES = (1_000, 10_000, 50_000)
QUICK_SIZES = (1_000,)
# The issue asks what Prefect adds on 10,000 articles: the full run compares stages there.
COMPARISON_SIZE = 10_000
PASSAGES_PER_ARTICLE = (4, 12)
SENTENCES_PER_PASSAGE = (1, 4)
REPEATED_SHARE = 0.10
NEAR_DUPLICATE_SHARE = 0.05
RECENT_PASSAGES = 5_000
ARTICLES_PER_FOLDER = 1_000
MIN_EDIT_WORDS = 12
WARM_UP_ARTICLES = 5
# Copies of each whole source article in the realistic corpus (its text around the claims included).
REALISTIC_COPIES = 20
PERCENT_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?(?=\s*(?:%|prozent|percent|per cent))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentencePool:
    """The material articles are made of: per language, titles and body sentences."""

    titles: dict[str, list[str]]
    sentences: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What `build_corpus` wrote."""

    articles: int
    passages: int
    repeated: int
    near_duplicates: int
    chars: int


@dataclass(frozen=True, slots=True)
class Timing:
    """One timed stage: its wall seconds and its throughput in floor tokens per second."""

    seconds: float
    tokens_per_second: float


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """A run over one corpus size into a fresh store (no Prefect), in its own process: the peak
    memory of that process and of its largest extraction worker."""

    articles: int
    passages: int
    findings: int
    seconds: float
    peak_rss_mb: float
    workers: int
    worker_peak_rss_mb: float


def sentence_pool(roots: Sequence[Path]) -> SentencePool:
    """Headings and body sentences of the supported-language passages below `roots`."""
    titles: dict[str, list[str]] = defaultdict(list)
    sentences: dict[str, list[str]] = defaultdict(list)
    articles, _ = read_corpus(roots)
    for article in articles:
        for passage in split_passages(article):
            if passage.lang not in ("de", "en") or passage.kind == "boilerplate":
                continue
            if passage.kind == "heading":
                titles[passage.lang].append(passage.text)
            else:
                sentences[passage.lang].extend(s for s in SENTENCE_BOUNDARY.split(passage.text) if s.strip())
    return SentencePool(dict(titles), dict(sentences))


def renumber(sentence: str, rng: random.Random) -> str:
    """The sentence with every percentage replaced by a random one, so that claims differ."""
    return PERCENT_NUMBER.sub(lambda _: str(rng.randint(1, 99)), sentence)


def drop_one_word(passage: str, rng: random.Random) -> str:
    """A near-duplicate: the passage without one of its words (long passages only)."""
    words = passage.split(" ")
    if len(words) < MIN_EDIT_WORDS:
        return passage
    del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def build_corpus(root: Path, articles: int, pool: SentencePool, seed: int = SEED) -> CorpusStats:
    """Write `articles` plain-text articles below `root/<lang>/<folder>/`.

    Each article is a title and PASSAGES_PER_ARTICLE passages; a passage is, by chance,
    a verbatim copy of a recent passage of the same language (REPEATED_SHARE), a copy with one word
    dropped (NEAR_DUPLICATE_SHARE), or new: SENTENCES_PER_PASSAGE pool sentences with fresh figures.
    The same seed writes the same corpus.
    """
    rng = random.Random(seed)
    languages = sorted(pool.sentences)
    weights = [len(pool.sentences[lang]) for lang in languages]
    recent: dict[str, list[str]] = {lang: [] for lang in languages}
    passages = repeated = near_duplicates = chars = 0
    for number in range(articles):
        lang = rng.choices(languages, weights)[0]
        body = []
        for _ in range(rng.randint(*PASSAGES_PER_ARTICLE)):
            draw = rng.random()
            if recent[lang] and draw < REPEATED_SHARE:
                body.append(rng.choice(recent[lang]))
                repeated += 1
            elif recent[lang] and draw < REPEATED_SHARE + NEAR_DUPLICATE_SHARE:
                body.append(drop_one_word(rng.choice(recent[lang]), rng))
                near_duplicates += 1
            else:
                count = rng.randint(*SENTENCES_PER_PASSAGE)
                body.append(" ".join(renumber(s, rng) for s in rng.sample(pool.sentences[lang], count)))
                recent[lang] = (recent[lang] + [body[-1]])[-RECENT_PASSAGES:]
        text = "\n\n".join([rng.choice(pool.titles[lang]), *body]) + "\n"
        path = root / lang / f"{number // ARTICLES_PER_FOLDER:03d}" / f"{number:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        passages += len(body) + 1
        chars += len(text)
    return CorpusStats(articles, passages, repeated, near_duplicates, chars)


def build_realistic_corpus(root: Path, sources: Sequence[Path], copies: int, seed: int = SEED) -> int:
    """Write every plain-text article of `sources` `copies` times below `root/<lang>/<copy>/`, whole
    (with the text around its claims), each copy with fresh figures; returns the articles written."""
    rng = random.Random(seed)
    articles, _ = read_corpus(sources)
    written = 0
    for article in articles:
        if article.kind != "text" or article.lang not in ("de", "en"):
            continue
        for copy in range(copies):
            path = root / article.lang / f"{copy:03d}" / f"{written:06d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(renumber(article.text, rng), encoding="utf-8")
            written += 1
    return written


def extraction_alone_seconds(root: Path) -> float:
    """Split and extract every article below `root`, all passages mined (no dedup, no store): what
    the extraction itself costs on them. Files are read and the pipelines loaded before timing."""
    from extractors.pipeline import load_pipeline
    from findings.rows import article_rows

    articles, _ = read_corpus([root])
    for lang in {article.lang for article in articles}:
        load_pipeline(lang)
    start = time.perf_counter()
    for article in articles:
        passages = split_passages(article)
        article_rows(article, passages, {p.index: (article.doc_id,) for p in passages})
    return time.perf_counter() - start


def model_facts() -> dict:
    """Per language, the trained pipeline in use: its folder size and how long it takes to load."""
    import spacy

    from extractors.pipeline import trained_pipeline_path

    facts = {}
    for lang in ("de", "en"):
        path = trained_pipeline_path(lang)
        if path is not None:
            size = sum(file.stat().st_size for file in path.rglob("*") if file.is_file())
            facts[lang] = {"path": f"{path.parent.name}/{path.name}", "size_mb": round(size / 1e6, 1), "load_seconds": round(timed(lambda: spacy.load(path)), 3)}
    return facts


def tokenizer_floor(
    root: Path, make_pipeline: Callable[[str], Language] | None = None, cold: bool = False
) -> tuple[int, float]:
    """Run every article through a freshly made pipeline of its language, once.

    Args:
        root: the synthetic corpus.
        make_pipeline: builds the pipeline for a language; None: a blank one (the floor).
        cold: time the making of each pipeline too (a cold tokenizer).

    Returns:
        (tokens, seconds): the token count and the time `nlp.pipe` took (with `cold`, and the
        time making the pipelines took).
    """
    import spacy

    tokens, seconds = 0, 0.0
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        texts = [path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"))]
        start = time.perf_counter()
        nlp = (make_pipeline or spacy.blank)(folder.name)
        if not cold:
            start = time.perf_counter()
        tokens += sum(len(doc) for doc in nlp.pipe(texts))
        seconds += time.perf_counter() - start
    return tokens, seconds


def timed(run: Callable[[], object]) -> float:
    """Wall seconds of one call."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def run_flow(root: Path, out: Path) -> None:
    """The Prefect flow over `root`, in this process (within `flow_in_this_process`)."""
    from flows.pipeline_flow import findings_pipeline

    findings_pipeline(corpus=[str(root)], out=str(out))


def measure_scale_point(root: Path) -> ScalePoint:
    """Run over `root` in a fresh Python process; its own time and peak memory."""
    completed = subprocess.run(
        [sys.executable, "-m", "findings.bench", str(root)], check=True, capture_output=True, text=True
    )
    return ScalePoint(**json.loads(completed.stdout))


def sweep_point(root: Path) -> ScalePoint:
    """Time a run over `root` into a fresh store in this process; read the peak memory of this
    process and of its children (the extraction workers)."""
    with tempfile.TemporaryDirectory(prefix="findings-scale-") as out:
        start = time.perf_counter()
        run_sweep(out, [root], "run")
        seconds = time.perf_counter() - start
        conn = open_store(out)
        passages = conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        findings = conn.execute("SELECT COUNT(*) FROM findings WHERE status = 'active'").fetchone()[0]
        articles = conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'active'").fetchone()[0]
        conn.close()
    return ScalePoint(
        articles=articles,
        passages=passages,
        findings=findings,
        seconds=round(seconds, 3),
        peak_rss_mb=round(peak_rss_kb() / 1024, 1),
        workers=worker_count(articles),
        worker_peak_rss_mb=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    )


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB. Linux's VmHWM starts afresh at exec, whereas
    ru_maxrss keeps the high-water mark of the process that forked us."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_benchmark(
    sources: Sequence[Path],
    sizes: Sequence[int],
    work: Path,
    report: Callable[[str], None],
    checkpoint: Callable[[dict], None] = lambda results: None,
    compare: int | None = None,
) -> dict:
    """Measure floor, extraction, flow and flow re-run on one size, then each size's scaling point.

    Args:
        sources: corpus folders whose sentences the synthetic articles are made of.
        sizes: article counts of the scaling points.
        work: a scratch folder for the corpora and the flow's output.
        report: called with each line of progress.
        checkpoint: called with the results so far after each scaling point (large sizes take long).
        compare: the size (one of `sizes`) of the in-process comparison; the first size if None.

    Returns:
        The results, JSON-ready, with the ratios `extraction_vs_floor` and `flow_vs_extraction`.
    """
    pool = sentence_pool(sources)
    corpora = {}
    for size in sizes:
        corpora[size] = work / f"corpus_{size}"
        stats = build_corpus(corpora[size], size, pool)
        report(f"corpus of {size} articles: {stats.passages} passages, {stats.chars / 1e6:.1f} M chars")
    first = compare or sizes[0]
    realistic = build_realistic_corpus(work / "realistic", sources, REALISTIC_COPIES)
    realistic_tokens, realistic_floor_seconds = tokenizer_floor(work / "realistic", cold=True)
    realistic_seconds = extraction_alone_seconds(work / "realistic")
    report(f"realistic corpus: {realistic} whole articles, {realistic_tokens} tokens")

    tokens, floor_seconds = tokenizer_floor(corpora[first])
    _, base_seconds = tokenizer_floor(corpora[first], base_pipeline)
    extraction_seconds = timed(lambda: run_sweep(work / "extraction_out", [corpora[first]], "run"))
    build_corpus(work / "warm_up", WARM_UP_ARTICLES, pool)
    from flows.pipeline_flow import flow_in_this_process  # Prefect only here: not in the scaling runs

    with flow_in_this_process():  # one temporary Prefect server for the three flows, as one would run
        server_start_seconds = timed(lambda: run_flow(work / "warm_up", work / "warm_up_out"))
        flow_seconds = timed(lambda: run_flow(corpora[first], work / "flow_out"))
        rerun_seconds = timed(lambda: run_flow(corpora[first], work / "flow_out"))

    def timing(seconds: float) -> Timing:
        return Timing(round(seconds, 3), round(tokens / seconds))

    stages = {
        "floor": timing(floor_seconds),
        "base_pipeline": timing(base_seconds),
        "extraction": timing(extraction_seconds),
        "flow": timing(flow_seconds),
        "flow_rerun": timing(rerun_seconds),
    }
    for name, stage in stages.items():
        report(f"{name:<14} {stage.seconds:8.2f} s {stage.tokens_per_second:>12,} tokens/s")
    results = {
        "machine": {
            "python": platform.python_version(),
            "cpus": len(os.sched_getaffinity(0)),
            "platform": platform.platform(),
        },
        "seed": SEED,
        "articles": first,
        "tokens": tokens,
        "stages": {name: asdict(stage) for name, stage in stages.items()},
        "flow_server_start_seconds": round(server_start_seconds, 3),
        "extraction_vs_floor": round(floor_seconds / extraction_seconds, 4),
        "base_pipeline_vs_floor": round(floor_seconds / base_seconds, 4),
        "flow_vs_extraction": round(extraction_seconds / flow_seconds, 4),
        "rerun_vs_full": round(rerun_seconds / flow_seconds, 4),
        "realistic": {
            "articles": realistic,
            "tokens": realistic_tokens,
            "floor": asdict(Timing(round(realistic_floor_seconds, 3), round(realistic_tokens / realistic_floor_seconds))),
            "extraction": asdict(Timing(round(realistic_seconds, 3), round(realistic_tokens / realistic_seconds))),
        },
        "realistic_extraction_vs_floor": round(realistic_floor_seconds / realistic_seconds, 4),
        "models": model_facts(),
        "scaling": [],
    }
    report(
        f"extraction_vs_floor {results['extraction_vs_floor']:.3f}  base_pipeline_vs_floor "
        f"{results['base_pipeline_vs_floor']:.3f}  flow_vs_extraction {results['flow_vs_extraction']:.3f}  "
        f"rerun_vs_full {results['rerun_vs_full']:.3f}  realistic_extraction_vs_floor "
        f"{results['realistic_extraction_vs_floor']:.3f}"
    )
    for lang, facts in results["models"].items():
        report(f"model {lang}: {facts['size_mb']} MB, loads in {facts['load_seconds']} s")
    for size in sizes:
        point = measure_scale_point(corpora[size])
        results["scaling"].append(asdict(point))
        report(
            f"N={size:>6}: {point.seconds:8.2f} s, peak {point.peak_rss_mb:7.1f} MB"
            f" (+ {point.workers} workers of at most {point.worker_peak_rss_mb:.1f} MB), {point.findings} findings"
        )
        checkpoint(results)
    return results


def plot_scaling(scaling: Sequence[dict], path: Path) -> None:
    """Write a PNG of extraction time and peak memory against the number of articles."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    articles = [point["articles"] for point in scaling]
    figure, axes = plt.subplots(1, 2, figsize=(9, 3.6), constrained_layout=True)
    panels = (
        ("run time", "seconds", {"seconds": ("run", "tab:blue")}),
        (
            "peak memory (RSS)",
            "MB",
            {"peak_rss_mb": ("main process", "tab:orange"), "worker_peak_rss_mb": ("largest worker", "tab:green")},
        ),
    )
    for axis, (title, unit, lines) in zip(axes, panels):
        top = 0.0
        for key, (label, color) in lines.items():
            values = [point.get(key, 0.0) for point in scaling]
            axis.plot(articles, values, "o-", color=color, label=label)
            top = max(top, *values)
        axis.set(xlabel="articles", ylabel=unit, title=title)
        axis.set(xlim=(0, max(articles) * 1.05), ylim=(0, top * 1.15 or 1))
        axis.grid(alpha=0.3)
        if len(lines) > 1:
            axis.legend(loc="lower right")
    figure.savefig(path, dpi=110)
    plt.close(figure)


def run_and_write(sources: Sequence[Path], quick: bool, json_path: Path, plot_path: Path) -> dict:
    """Run the benchmark in a scratch folder, print its lines, write the JSON and the plot after each size."""

    def save(results: dict) -> None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        plot_scaling(results["scaling"], plot_path)

    with tempfile.TemporaryDirectory(prefix="findings-bench-") as work:
        sizes, compare = (QUICK_SIZES, QUICK_SIZES[0]) if quick else (SCALE_SIZES, COMPARISON_SIZE)
        return run_benchmark(sources, sizes, Path(work), print, save, compare)


if __name__ == "__main__":
    print(json.dumps(asdict(sweep_point(Path(sys.argv[1])))))
