import csv
import dataclasses
import math
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from findings import table
from findings.records import Finding, Rejected
from findings.table import (
    FIELDS,
    SCHEMA,
    make_finding_id,
    read_table,
    validate_findings,
    write_records,
    write_rejected,
    write_table,
)


def finding(**changes) -> Finding:
    base = Finding(
        finding_id="a1",
        doc_id="de/a.txt",
        docs="de/a.txt",
        lang="de",
        mention="rund 12,5 Prozent",
        value=12.5,
        value_max=None,
        qualifier="approx",
        unit="percent",
        subject="nutzen Videos",
        population="befragte Unternehmen",
        year=2016,
        year_source="sentence",
        sentence='Rund 12,5 Prozent der befragten Unternehmen nutzen Videos, sagt "die Studie".',
        char_start=10,
        char_end=27,
    )
    return dataclasses.replace(base, **changes)


ROWS = [
    finding(finding_id="c3", doc_id="en/b.txt", docs="en/b.txt;en/c.txt", lang="en", mention="20-30 percent",
            value=20.0, value_max=30.0, qualifier="exact", population="", year=None, year_source="none",
            sentence="Between 20-30 percent, say analysts.", char_start=5, char_end=18),
    finding(finding_id="b2", char_start=40, char_end=50, value=91, unit="percentage_points", derived=True),
    finding(),
]


def test_fields_follow_the_contract_order_then_extra_columns():
    assert FIELDS[:3] == ("finding_id", "doc_id", "docs")
    assert FIELDS[-3:] == ("char_start", "char_end", "derived")


@pytest.mark.parametrize("name", ["findings.csv", "findings.parquet"])
def test_table_round_trip_keeps_rows_columns_and_order(tmp_path, name):
    write_table(ROWS, tmp_path)
    rows = read_table(tmp_path / name)
    expected = [dataclasses.asdict(f) for f in (ROWS[2], ROWS[1], ROWS[0])]
    expected[1]["value"] = 91.0
    assert rows == expected
    assert all(tuple(row) == FIELDS for row in rows)
    assert isinstance(rows[1]["value"], float) and rows[0]["value_max"] is None and rows[2]["year"] is None


def test_table_csv_is_rfc4180_with_empty_cells_for_none(tmp_path):
    write_table(ROWS, tmp_path)
    raw = (tmp_path / "findings.csv").read_bytes().decode("utf-8")
    assert raw.startswith(",".join(FIELDS) + "\r\n")
    assert '"Rund 12,5 Prozent der befragten Unternehmen nutzen Videos, sagt ""die Studie""."' in raw
    with (tmp_path / "findings.csv").open(encoding="utf-8", newline="") as file:
        last = list(csv.DictReader(file))[-1]
    assert (last["value"], last["value_max"], last["year"], last["derived"]) == ("20.0", "30.0", "", "false")


def test_table_parquet_schema_follows_the_dataclass_types(tmp_path):
    write_table(ROWS, tmp_path)
    schema = pq.read_schema(tmp_path / "findings.parquet")
    assert schema.names == list(FIELDS)
    types = {name: str(schema.field(name).type) for name in ("mention", "value", "value_max", "year", "derived")}
    assert types == {"mention": "string", "value": "double", "value_max": "double", "year": "int64", "derived": "bool"}
    assert not schema.field("value").nullable and schema.field("year").nullable


def test_docs_is_a_list_of_strings_in_parquet_and_joined_in_csv(tmp_path):
    rows = [finding(docs="a.txt;b\\x3bc.txt")]
    write_table(rows, tmp_path)
    assert str(pq.read_schema(tmp_path / "findings.parquet").field("docs").type) == "list<element: string>"
    assert pq.read_table(tmp_path / "findings.parquet").column("docs").to_pylist() == [["a.txt", "b\\x3bc.txt"]]
    assert read_table(tmp_path / "findings.parquet") == read_table(tmp_path / "findings.csv")
    assert read_table(tmp_path / "findings.csv")[0]["docs"] == "a.txt;b\\x3bc.txt"


def test_write_table_leaves_no_temporary_files_and_replaces_old_tables(tmp_path):
    write_table(ROWS, tmp_path)
    write_table(ROWS[:1], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.csv", "findings.parquet"]
    assert len(read_table(tmp_path / "findings.parquet")) == 1


MANY_ROWS = [finding(finding_id=f"r{number}", char_start=number, char_end=number + 9) for number in range(7)]


def test_write_table_in_chunks_writes_what_one_chunk_writes(tmp_path, monkeypatch):
    write_table(MANY_ROWS, tmp_path / "one")
    monkeypatch.setattr(table, "EXPORT_CHUNK_ROWS", 3)
    write_table(MANY_ROWS, tmp_path / "chunked")
    one, chunked = tmp_path / "one", tmp_path / "chunked"
    assert (chunked / "findings.csv").read_bytes() == (one / "findings.csv").read_bytes()
    assert read_table(chunked / "findings.parquet") == read_table(one / "findings.parquet")
    assert pq.read_schema(chunked / "findings.parquet") == pq.read_schema(one / "findings.parquet")
    assert pq.read_metadata(one / "findings.parquet").num_row_groups == 1
    metadata = pq.read_metadata(chunked / "findings.parquet")
    assert [metadata.row_group(index).num_rows for index in range(metadata.num_row_groups)] == [3, 3, 1]


def _refuse(record: dict) -> dict:
    raise ValueError(f"bad finding {record['finding_id']}")


@pytest.mark.parametrize(
    "spoil, error",
    [(_refuse, "bad finding r5"), (lambda record: record | {"value": "twelve"}, "Could not convert 'twelve'")],
    ids=["validation-fails", "parquet-refuses-a-value"],
)
def test_write_records_keeps_the_old_files_when_a_late_chunk_fails(tmp_path, monkeypatch, spoil, error):
    """The sixth of seven rows, in the third chunk of two rows, goes wrong: neither file is replaced."""
    write_table(ROWS, tmp_path)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    monkeypatch.setattr(table, "EXPORT_CHUNK_ROWS", 2)
    records = (dataclasses.asdict(row) for row in MANY_ROWS)
    records = (spoil(record) if record["finding_id"] == "r5" else record for record in records)
    with pytest.raises(ValueError, match=error):
        write_records(records, FIELDS, SCHEMA, tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"value": math.nan}, "value nan is not a finite number"),
        ({"value": "12"}, "value '12' is not of type float"),
        ({"value_max": math.inf}, "value_max inf is not a finite number"),
        ({"qualifier": "roughly"}, "qualifier 'roughly' is not one of exact, approx, over, under"),
        ({"unit": "points"}, "unit 'points' is not one of percent, percentage_points"),
        ({"year_source": "title"}, "year_source 'title' is not one of sentence, context, published, none"),
        ({"char_end": 10}, "char_end 10 is not after char_start 10"),
        ({"year": "2016"}, "year '2016' is not empty or of type int"),
        ({"subject": None}, "subject None is not of type str"),
    ],
)
def test_write_table_rejects_a_bad_row_by_name(tmp_path, changes, message):
    bad = finding(finding_id="bad", **changes)
    with pytest.raises(ValueError, match="row 2 .*finding_id='bad'") as error:
        write_table([ROWS[0], bad], tmp_path)
    assert message in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_validate_findings_rejects_a_repeated_finding_id():
    with pytest.raises(ValueError, match="finding_id repeats the row .*'a1'"):
        validate_findings([finding(), finding(char_start=50, char_end=60)])


def test_make_finding_id_is_stable_and_short():
    first = make_finding_id("Rund 91  Prozent nutzen es.", 5, "91 Prozent")
    assert first == make_finding_id("Rund 91 Prozent nutzen es. ", 5, "91\u00a0Prozent")
    assert len(first) == 16 and int(first, 16) >= 0


def test_make_finding_id_is_the_same_in_other_processes():
    code = "from findings.table import make_finding_id; print(make_finding_id('Rund 91 Prozent nutzen es.', 5, '91 Prozent'))"
    ids = {
        subprocess.run(
            [sys.executable, "-c", code], env=os.environ | {"PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout.strip()
        for seed in ("1", "2", "random")
    }
    assert ids == {make_finding_id("Rund 91 Prozent nutzen es.", 5, "91 Prozent")}


@pytest.mark.parametrize(
    "sentence, offset, mention",
    [("Rund 91 Prozent nutzen es nicht.", 5, "91 Prozent"), ("Rund 91 Prozent nutzen es.", 0, "91 Prozent"),
     ("Rund 91 Prozent nutzen es.", 5, "Rund 91 Prozent")],
)
def test_make_finding_id_differs_for_another_claim(sentence, offset, mention):
    assert make_finding_id(sentence, offset, mention) != make_finding_id("Rund 91 Prozent nutzen es.", 5, "91 Prozent")


def test_write_rejected_writes_sorted_rows_with_header(tmp_path):
    write_rejected([Rejected("z.pdf", "binary", "not text"), Rejected("a.txt", "empty", "0 bytes")], tmp_path)
    with (tmp_path / "rejected.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [["path", "reason", "detail"], ["a.txt", "empty", "0 bytes"], ["z.pdf", "binary", "not text"]]


def test_read_table_refuses_other_formats(tmp_path):
    with pytest.raises(ValueError, match="expected a .csv or .parquet file"):
        read_table(tmp_path / "findings.json")


def test_exports_follow_the_umask(tmp_path):
    from findings.records import Finding
    from findings.table import write_table

    finding = Finding(
        finding_id="f1", doc_id="a.txt", docs="a.txt", lang="de", mention="91 Prozent", value=91.0, value_max=None,
        qualifier="exact", unit="percent", subject="nutzen Videos", population="Firmen", year=2016,
        year_source="sentence", sentence="91 Prozent aller Firmen nutzen Videos.", char_start=0, char_end=10,
    )
    previous = os.umask(0o022)
    try:
        write_table([finding], tmp_path)
    finally:
        os.umask(previous)
    assert (tmp_path / "findings.csv").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "findings.parquet").stat().st_mode & 0o777 == 0o644


def test_text_a_spreadsheet_would_run_is_written_safely_and_read_back(tmp_path):
    from findings.records import Finding
    from findings.table import read_table, write_table

    finding = Finding(
        finding_id="f1", doc_id="a.txt", docs="a.txt", lang="de", mention="+ 50,4 %", value=50.4, value_max=None,
        qualifier="exact", unit="percent", subject="=HYPERLINK(\"http://x\")", population="@Firmen", year=2012,
        year_source="sentence", sentence="- Die Zahl stieg um + 50,4 %.", char_start=0, char_end=8,
    )
    write_table([finding], tmp_path)
    with (tmp_path / "findings.csv").open(encoding="utf-8", newline="") as file:
        row = next(csv.DictReader(file))
    assert [row[name][0] for name in ("mention", "subject", "population", "sentence")] == ["'"] * 4
    (read,) = read_table(tmp_path / "findings.csv")
    assert (read["mention"], read["subject"], read["population"]) == ("+ 50,4 %", '=HYPERLINK("http://x")', "@Firmen")
    assert read["sentence"] == "- Die Zahl stieg um + 50,4 %."


def test_each_doc_id_in_the_docs_cell_that_a_spreadsheet_would_run_is_written_safely_and_read_back(tmp_path):
    from findings.records import Finding
    from findings.table import read_table, write_table

    docs = "a.txt;=HYPERLINK(\"http:\\x3b\\x3bx\").txt;@b.txt;'c.txt;-d.txt"
    finding = Finding(
        finding_id="f1", doc_id="a.txt", docs=docs, lang="de", mention="50 %", value=50.0, value_max=None,
        qualifier="exact", unit="percent", subject="nutzen", population="Firmen", year=2012,
        year_source="sentence", sentence="50 % nutzen.", char_start=0, char_end=4,
    )
    write_table([finding], tmp_path)
    with (tmp_path / "findings.csv").open(encoding="utf-8", newline="") as file:
        row = next(csv.DictReader(file))
    assert [element[:1] for element in row["docs"].split(";")] == ["a", "'", "'", "'", "'"]
    (read,) = read_table(tmp_path / "findings.csv")
    assert read["docs"] == docs == read_table(tmp_path / "findings.parquet")[0]["docs"]
