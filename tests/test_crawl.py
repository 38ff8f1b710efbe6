import asyncio

from findings.cli import main
from findings.store import latest_run, open_store
from findings.sweep import EXIT_REJECTED
from flows.pipeline_flow import CRAWL_DEPLOYMENT, crawl_deployment, crawl_folder

EXPORTS = ("findings.csv", "findings.parquet", "rejected.csv")


def test_crawl_once_twice_extracts_nothing_the_second_time(prefect_server, tiny_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["crawl", str(tiny_corpus), "--once", "--out", str(out)]) == 0
    first = {name: (out / name).read_bytes() for name in EXPORTS}
    assert main(["crawl", str(tiny_corpus), "--once", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "articles: 0 new, 0 changed, 2 unchanged, 0 rejected, 0 removed; files skipped: 0; claims: +0 -0"
    assert latest_run(open_store(out))["articles_extracted"] == 0
    assert {name: (out / name).read_bytes() for name in EXPORTS} == first


def test_crawl_once_exits_3_when_inputs_are_rejected(prefect_server, tiny_corpus, tmp_path, capsys):
    (tiny_corpus / "empty.txt").write_bytes(b"")
    assert main(["crawl", str(tiny_corpus), "--once", "--out", str(tmp_path / "out")]) == EXIT_REJECTED
    assert "rejected empty.txt: empty:" in capsys.readouterr().err


def test_crawl_deployment_runs_once_without_waiting_for_the_clock(prefect_server, tiny_corpus, tmp_path):
    from prefect import get_client
    from prefect.deployments import run_deployment
    from prefect.runner import Runner

    out = tmp_path / "out"

    async def serve_one_run():
        runner = Runner(name="test-crawl", query_seconds=1)
        settings = crawl_deployment(str(tiny_corpus), str(out), "0 3 * * *", "Europe/Berlin")
        deployment_id = await runner.aadd_flow(crawl_folder, **settings)
        flow_run = await run_deployment(f"{crawl_folder.name}/{CRAWL_DEPLOYMENT}", timeout=0)
        await runner.start(run_once=True)
        async with get_client() as client:
            state = (await client.read_flow_run(flow_run.id)).state
            deployment = await client.read_deployment(deployment_id)
        return state, deployment

    state, deployment = asyncio.run(serve_one_run())
    assert state.is_completed()
    assert (deployment.schedules[0].schedule.cron, deployment.schedules[0].schedule.timezone) == (
        "0 3 * * *", "Europe/Berlin",
    )
    run = latest_run(open_store(out))
    assert (run["kind"], run["status"], run["articles_new"]) == ("crawl", "done", 2)
    assert (out / "findings.csv").read_text(encoding="utf-8").count("\n") > 1
