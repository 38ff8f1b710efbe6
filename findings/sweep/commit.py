"""Writing a sweep to the store: one transaction, so that a killed run leaves the previous state.

The articles and passages staged by the scan, the extractions staged by the plan, the merged
findings recomputed for all (`docs` included), and the rejections.
"""

from __future__ import annotations

import json
import sqlite3

from findings.store import end_reading, finish_run, transaction
from findings.stored_dedup import merge_stored_findings
from findings.sweep.plan import SweepPlan
from findings.sweep.scan import Scan
from findings.table import FIELDS as FINDING_COLUMNS


def write_store(conn: sqlite3.Connection, run_id: int, found: Scan, sweep: SweepPlan) -> dict[str, int]:
    """Write a sweep's outcome in one transaction (the reading transaction of the stages before
    ends here) and return the run's counters."""
    end_reading(conn)
    with transaction(conn):
        write_articles(conn, run_id, found)
        write_extractions(conn)
        counters = write_findings(conn, run_id)
        write_rejected(conn, run_id, found)
        counters |= {
            "articles_new": found.new,
            "articles_changed": found.changed,
            "articles_unchanged": found.unchanged,
            "articles_rejected": len(found.rejected),
            "articles_removed": len(found.removed),
            "articles_extracted": sweep.articles,
            "files_skipped": len(found.skipped),
        }
        finish_run(conn, run_id, counters)
    return counters


def write_articles(conn: sqlite3.Connection, run_id: int, found: Scan) -> None:
    for doc_id in found.removed:
        conn.execute("DELETE FROM extractions WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        conn.execute(
            "UPDATE articles SET status = 'removed', removed_run = ?, mined = NULL WHERE doc_id = ?", (run_id, doc_id)
        )
    conn.execute("DELETE FROM passages WHERE doc_id IN (SELECT doc_id FROM temp.staged_articles)")
    conn.execute(
        """INSERT INTO articles (doc_id, path, content_hash, kind, encoding, lang, title, published, text,
               status, added_run, updated_run, signature)
           SELECT doc_id, path, content_hash, kind, encoding, lang, title, published, text, 'active', ?, ?, signature
           FROM temp.staged_articles WHERE true
           ON CONFLICT (doc_id) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash,
               kind = excluded.kind, encoding = excluded.encoding, lang = excluded.lang,
               title = excluded.title, published = excluded.published, text = excluded.text,
               status = 'active', updated_run = excluded.updated_run, removed_run = NULL,
               signature = excluded.signature""",
        (run_id, run_id),
    )
    conn.execute("INSERT INTO passages SELECT * FROM temp.staged_passages")
    conn.execute(
        "UPDATE articles SET signature = (SELECT signature FROM temp.seen WHERE seen.doc_id = articles.doc_id)"
        " WHERE doc_id IN (SELECT doc_id FROM temp.seen WHERE state = 'unchanged')"
    )


def write_extractions(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM extractions WHERE doc_id IN (SELECT doc_id FROM temp.to_extract)")
    conn.execute("INSERT INTO extractions SELECT * FROM temp.staged_extractions")
    conn.execute(
        "UPDATE articles SET mined = (SELECT mined FROM temp.extracted WHERE extracted.doc_id = articles.doc_id)"
        " WHERE doc_id IN (SELECT doc_id FROM temp.extracted)"
    )


def write_findings(conn: sqlite3.Connection, run_id: int) -> dict[str, int]:
    """Upsert the merged findings (`merge_stored_findings` fills temp.current_findings); mark the
    ones no longer found removed. Returns the claim counters."""
    merge_stored_findings(conn)
    columns = ", ".join(FINDING_COLUMNS)
    differs = " OR ".join(f"c.{name} IS NOT f.{name}" for name in FINDING_COLUMNS)
    new = "SELECT finding_id FROM temp.current_findings c WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.finding_id = c.finding_id)"
    joined = "FROM temp.current_findings c JOIN findings f ON f.finding_id = c.finding_id"
    added = conn.execute(f"SELECT COUNT(*) FROM ({new})").fetchone()[0]
    reactivated = conn.execute(f"SELECT COUNT(*) {joined} WHERE f.status != 'active'").fetchone()[0]
    changed = conn.execute(f"SELECT COUNT(*) {joined} WHERE f.status = 'active' AND ({differs})").fetchone()[0]
    removed = conn.execute(
        "SELECT COUNT(*) FROM findings WHERE status = 'active'"
        " AND finding_id NOT IN (SELECT finding_id FROM temp.current_findings)"
    ).fetchone()[0]
    record_history(conn, run_id, joined, differs)
    conn.execute(
        f"UPDATE findings SET ({columns}) = (SELECT {columns} FROM temp.current_findings c"
        " WHERE c.finding_id = findings.finding_id), status = 'active', updated_run = ?, removed_run = NULL"
        f" WHERE finding_id IN (SELECT c.finding_id {joined} WHERE f.status != 'active' OR {differs})",
        (run_id,),
    )
    conn.execute(
        f"INSERT INTO findings ({columns}, status, added_run, updated_run)"
        f" SELECT {columns}, 'active', ?, ? FROM temp.current_findings WHERE finding_id IN ({new})",
        (run_id, run_id),
    )
    conn.execute(
        "UPDATE findings SET status = 'removed', removed_run = ? WHERE status = 'active'"
        " AND finding_id NOT IN (SELECT finding_id FROM temp.current_findings)",
        (run_id,),
    )
    return {"claims_added": added + reactivated, "claims_removed": removed, "claims_changed": changed}


def record_history(conn: sqlite3.Connection, run_id: int, joined: str, differs: str) -> None:
    """Keep the fields this run changes of active findings as they were (`finding_history`), for
    "What changed" to show old and new side by side."""
    old = ", ".join(f"f.{name}" for name in FINDING_COLUMNS)
    new = ", ".join(f"c.{name}" for name in FINDING_COLUMNS)
    width = len(FINDING_COLUMNS)
    rows = conn.execute(f"SELECT f.finding_id, {old}, {new} {joined} WHERE f.status = 'active' AND ({differs})").fetchall()
    conn.executemany(
        "INSERT OR REPLACE INTO finding_history VALUES (?, ?, ?)",
        [
            (run_id, row[0], json.dumps({
                name: was for name, was, now in zip(FINDING_COLUMNS, row[1 : 1 + width], row[1 + width :]) if was != now
            }, ensure_ascii=False))
            for row in rows
        ],
    )


def write_rejected(conn: sqlite3.Connection, run_id: int, found: Scan) -> None:
    conn.executemany("DELETE FROM rejected WHERE path = ?", [(path,) for path in found.stale_rejections])
    conn.executemany(
        "INSERT OR REPLACE INTO rejected (path, reason, detail, content_hash, run_id, source, signature)"
        " VALUES (?, ?, ?, NULL, ?, ?, ?)",
        [
            (item.rejected.path, item.rejected.reason, item.rejected.detail, run_id, item.source, item.signature)
            for item in found.rejected
        ],
    )
