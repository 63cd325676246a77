"""The managing body a letterhead names above the issuer ("Sở Y tế …" above a hospital)
is stored with the document, listed with it, and names its plans as a preference; an
older database gains the column without losing a row."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from index.storage_schema import MIGRATIONS, open_database
from tests.support.cli import run_cli

PLAN = Path(__file__).resolve().parent / "data" / "parent" / "ke_hoach_benh_vien.txt"


def test_database_of_the_previous_schema_migrates_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    MIGRATIONS.apply(old, stop_before="m006_document_parent")
    assert "parent" not in old["documents"].columns_dict
    old["documents"].insert({"id": 7, "filename": "a.txt", "sha256": "x", "issuer": "Sở A", "year": 2021,
                             "title": "Kế hoạch", "added_at": "2021-01-01T00:00:00"})
    old["chunks"].insert({"id": 3, "document_id": 7, "ordinal": 0, "section": "I", "text": "Nội dung",
                          "embed_text": "Nội dung", "content_hash": "h", "lexical": "noi dung"})
    old["obligations"].insert({"id": 5, "document_id": 7, "who": "Phòng B", "due_on": "2021-06-15"})
    old.conn.close()

    db = open_database(path)
    assert "parent" in db["documents"].columns_dict
    row = next(db.query("SELECT * FROM documents"))
    assert (row["id"], row["issuer"], row["year"], row["parent"]) == (7, "Sở A", 2021, None)
    assert db.execute("SELECT count(*) FROM chunks").fetchone()[0] == 1
    assert db.execute("SELECT due_on FROM obligations WHERE id = 5").fetchone()[0] == "2021-06-15"
    assert db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'noi'").fetchone()[0] == 3
    db.conn.close()
    assert open_database(path)["documents"].count == 1      # a second open: nothing left to apply


def test_parent_is_stored_listed_and_given_by_add(corpus_dir: Path) -> None:
    shutil.copy(PLAN, corpus_dir / PLAN.name)
    listed = json.loads(run_cli(["documents", "--json"]).stdout)
    hospital = next(d for d in listed if d["file"] == PLAN.name)
    assert hospital["parent"] == "Sở Y tế tỉnh Hòa Lạc"
    assert hospital["issuer"] == "Bệnh viện Đa khoa khu vực Bắc Hà"
    assert all(d["parent"] is None for d in listed if d["file"] != PLAN.name)
    text = run_cli(["documents"]).stdout
    assert "(cơ quan chủ quản: Sở Y tế tỉnh Hòa Lạc)" in text


def test_old_data_directory_opens_migrates_and_answers(corpus_dir: Path, tmp_path: Path) -> None:
    shutil.copy(PLAN, corpus_dir / PLAN.name)
    before = json.loads(run_cli(["documents", "--json"]).stdout)
    db_path = tmp_path / "data" / "qcdc.sqlite"
    assert db_path.is_file()
    # make it a database of the previous release: no parent column, m006 never applied,
    # written by the reader before this one
    conn = sqlite3.connect(db_path)
    conn.execute("ALTER TABLE documents DROP COLUMN parent")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_document_parent'")
    conn.execute("DELETE FROM meta WHERE key = 'reader_version'")
    conn.commit()
    conn.close()
    after = json.loads(run_cli(["documents", "--json"]).stdout)
    assert [(d["id"], d["file"], d["deadlines"]) for d in after] == [(d["id"], d["file"], d["deadlines"]) for d in before]
    # the files are read again at the first start of the new reader: the body is filled in
    assert next(d for d in after if d["file"] == PLAN.name)["parent"] == "Sở Y tế tỉnh Hòa Lạc"
    proc = run_cli(["ask", "--json", "Hạn báo cáo sơ kết 6 tháng của Bệnh viện Đa khoa khu vực Bắc Hà?"])
    assert json.loads(proc.stdout)["sources"][0]["document"] == PLAN.name


def test_a_question_naming_the_managing_body_prefers_its_plans(corpus_dir: Path) -> None:
    shutil.copy(PLAN, corpus_dir / PLAN.name)
    proc = run_cli(["ask", "--json", "Sở Y tế hạn sơ kết 6 tháng thực hiện dân chủ là ngày nào?"])
    answer = json.loads(proc.stdout)
    assert answer["sources"][0]["document"] == PLAN.name
    assert any(d["date"] == "2025-06-12" for d in answer["deadlines"])
