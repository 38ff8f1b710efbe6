"""The flow on a Dask cluster: extraction tasks run on the workers; the flow reads the files and writes the store."""

import pytest

import findings.pipeline as pipeline
import findings.sweep.scan as scan
import flows.pipeline_flow as pipeline_flow
from findings.table import read_table

pytest.importorskip("prefect_dask")


def test_flow_on_dask_local_cluster_writes_the_default_runners_table(prefect_server, shared_dir, tmp_path, monkeypatch):
    from prefect_dask import DaskTaskRunner

    corpus = [str(shared_dir / "corpus"), str(shared_dir / "corpus_en")]
    monkeypatch.setattr(pipeline_flow, "ARTICLES_PER_WORKER", 4)
    monkeypatch.setattr(pipeline, "ARTICLES_PER_WORKER", 4)
    pipeline_flow.findings_pipeline(corpus=corpus, out=str(tmp_path / "default"))
    runner = DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None},
    )
    # Dask workers may run elsewhere, without the corpus: the flow reads the files itself.
    monkeypatch.setattr(scan, "FILES_READ_HERE", 3)
    monkeypatch.setattr(pipeline_flow.load_articles, "submit", lambda *args: pytest.fail("a file read on Dask"))
    pipeline_flow.findings_pipeline.with_options(task_runner=runner)(corpus=corpus, out=str(tmp_path / "dask"))
    default_rows = read_table(tmp_path / "default" / "findings.csv")
    assert default_rows and read_table(tmp_path / "dask" / "findings.csv") == default_rows
    assert read_table(tmp_path / "dask" / "findings.parquet") == read_table(tmp_path / "default" / "findings.parquet")
