import sqlite3

import pytest

from findings import table
from findings.records import Finding
from findings.store import (
    EXPORT_FIELDS,
    StoreBusy,
    StoreDamaged,
    decode_finding,
    encode_finding,
    export_tables,
    latest_run,
    open_store,
    read_findings,
    store_lock,
)
from findings.sweep import run_sweep
from findings.table import FIELDS, read_table

CONTRACT_COLUMNS = {
    "articles": {
        "doc_id", "path", "content_hash", "kind", "encoding", "lang", "title", "published", "text", "status",
        "added_run", "updated_run", "removed_run",
    },
    "findings": {*FIELDS, "status", "added_run", "updated_run", "removed_run"},
    "runs": {
        "run_id", "kind", "started_at", "finished_at", "status", "articles_new", "articles_changed",
        "articles_unchanged", "articles_rejected", "articles_removed", "claims_added", "claims_removed",
        "claims_changed",
    },
    "rejected": {"path", "reason", "detail", "content_hash", "run_id"},
    "decisions": {
        "finding_id", "status", "value", "value_max", "qualifier", "unit", "subject", "population", "year", "note",
        "decided_at",
    },
}


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_store_schema_has_the_contract_columns(tmp_path, table):
    conn = open_store(tmp_path)
    columns = {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}
    assert CONTRACT_COLUMNS[table] <= columns


def test_store_opens_in_wal_mode_with_foreign_keys(tmp_path):
    conn = open_store(tmp_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert latest_run(conn) is None


def test_store_finding_json_round_trip():
    finding = Finding(
        finding_id="f1", doc_id="a.txt", docs="a.txt;b.txt", lang="de", mention="12,5 Prozent", value=12.5,
        value_max=None, qualifier="exact", unit="percent", subject="s", population="p", year=None,
        year_source="none", sentence="Genau 12,5 Prozent.", char_start=6, char_end=18, derived=True,
    )
    assert decode_finding(encode_finding(finding)) == finding


def test_store_lock_refuses_a_second_writer(tmp_path):
    with store_lock(tmp_path):
        with pytest.raises(StoreBusy, match="another run is writing"):
            with store_lock(tmp_path, timeout=0.2):
                pass
    with store_lock(tmp_path):
        pass


@pytest.fixture
def stored(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    run_sweep(out, [tiny_corpus], "ingest")
    return tiny_corpus, out


def test_store_export_applies_corrections_and_keeps_machine_values(stored):
    corpus, out = stored
    conn = open_store(out)
    first, second = read_findings(conn)[:2]
    conn.execute(
        "INSERT INTO decisions (finding_id, status, value, population, decided_at) VALUES (?, 'corrected', 61, 'Firmen', 'now')",
        (first["finding_id"],),
    )
    conn.execute("INSERT INTO decisions (finding_id, status) VALUES (?, 'rejected')", (second["finding_id"],))
    export_tables(conn, out)
    csv_rows, parquet_rows = read_table(out / "findings.csv"), read_table(out / "findings.parquet")
    assert list(csv_rows[0]) == list(EXPORT_FIELDS) == list(parquet_rows[0])
    by_id = {row["finding_id"]: row for row in parquet_rows}
    corrected = by_id[first["finding_id"]]
    assert (corrected["review_status"], corrected["value"], corrected["extracted_value"]) == (
        "corrected", 61.0, first["value"],
    )
    assert (corrected["population"], corrected["extracted_population"]) == ("Firmen", first["population"])
    assert (corrected["subject"], corrected["extracted_subject"]) == (first["subject"], None)
    assert by_id[second["finding_id"]]["review_status"] == "rejected"
    assert {row["review_status"] for row in csv_rows} == {"corrected", "rejected", "unreviewed"}


def test_store_export_keeps_the_old_files_when_a_late_finding_is_bad(stored, monkeypatch):
    corpus, out = stored
    conn = open_store(out)
    before = {name: (out / name).read_bytes() for name in ("findings.csv", "findings.parquet")}
    rows = read_findings(conn)
    last = rows[-1]["finding_id"]
    conn.execute("UPDATE findings SET qualifier = 'roughly' WHERE finding_id = ?", (last,))
    monkeypatch.setattr(table, "EXPORT_CHUNK_ROWS", 1)
    with pytest.raises(ValueError, match=f"row {len(rows)} .*{last}.*qualifier 'roughly'"):
        export_tables(conn, out)
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not list(out.glob("*.tmp"))
    conn.execute("UPDATE findings SET qualifier = ? WHERE finding_id = ?", (rows[-1]["qualifier"], last))
    monkeypatch.undo()
    export_tables(conn, out)
    assert {name: (out / name).read_bytes() for name in before} == before


def test_store_decisions_survive_reingest(stored):
    corpus, out = stored
    conn = open_store(out)
    finding_id = read_findings(conn)[0]["finding_id"]
    conn.execute("INSERT INTO decisions (finding_id, status) VALUES (?, 'accepted')", (finding_id,))
    for path in corpus.rglob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "\nNachtrag.\n", encoding="utf-8")
    summary = run_sweep(out, [corpus], "ingest")
    assert summary.counters["articles_changed"] == 2
    assert open_store(out).execute("SELECT status FROM decisions").fetchall()[0][0] == "accepted"
    rows = read_table(out / "findings.parquet")
    assert [row["review_status"] for row in rows if row["finding_id"] == finding_id] == ["accepted"]


def test_a_database_of_another_program_is_no_store_and_is_left_as_it_is(tmp_path):
    with sqlite3.connect(tmp_path / "findings.db") as other:
        other.execute("CREATE TABLE notes (text TEXT)")
    other.close()
    before = (tmp_path / "findings.db").read_bytes()
    with pytest.raises(StoreDamaged, match="is not a findings store"):
        open_store(tmp_path)
    assert (tmp_path / "findings.db").read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["findings.db"]
